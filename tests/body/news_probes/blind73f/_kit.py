"""The blind73f probe's kit: a news site's furniture in its language (``Words``), the page
shell (header, article column, a "most read" rail, a footer, a cookie bar), the widgets set
inside a live blog or a results list (``share``, ``ad``, ``newsletter``, ``load_more``), and
``add``, which checks that no must-not line is part of a must-line and adds the page to
``PROBES`` with the shell's furniture among its must-nots."""

from __future__ import annotations

import attrs

from ..pages import Probes, as_json

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Words:
    """A news site's furniture in its language."""

    lang: str
    host: str
    cookie: str
    share: str
    load_more: str
    newsletter: str
    advert: str
    most_read: str
    rail: tuple[str, str]
    footer: str
    dir_: str = "ltr"

    def shell_out(self) -> tuple[str, ...]:
        """The shell's furniture no body may hold."""
        return (self.cookie, self.most_read, *self.rail, self.footer)


def shell(w: Words, title: str, content: str, *, head: str = "", after: str = "") -> str:
    """A news page: a cookie bar, a header and menu, the article column (``content`` under
    the <h1>, then ``after`` outside the <article>), a "most read" rail beside it and a
    footer."""
    rail = "".join(f"<li><a href='/mr/{n}'>{item}</a></li>" for n, item in enumerate(w.rail))
    return (
        f"<!DOCTYPE html><html lang='{w.lang}' dir='{w.dir_}'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body><div class='cookie-bar' role='dialog'><p>"
        f"{w.cookie}</p><button>OK</button></div><header class='masthead'><a href='/' "
        "class='logo'>Logo</a><nav><a href='/n'>1</a> <a href='/s'>2</a> <a href='/c'>3</a>"
        f"</nav></header><main class='page'><article class='story'><h1>{title}</h1>{content}"
        f"</article>{after}<aside class='rail'><h3>{w.most_read}</h3><ol>{rail}</ol></aside></main>"
        f"<footer class='site-footer'><p>{w.footer}</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def share(w: Words) -> str:
    return (
        f"<div class='share-tools'><span>{w.share}</span><a href='#fb'>f</a><a href='#x'>x</a>"
        "</div>"
    )


def ad(w: Words) -> str:
    return (
        f"<div class='ad-slot'><span class='ad-label'>{w.advert}</span><div "
        "class='ad-unit' data-slot='mid'></div></div>"
    )


def newsletter(w: Words) -> str:
    return (
        f"<div class='newsletter-box'><p>{w.newsletter}</p><form><input type='email'>"
        "<button>→</button></form></div>"
    )


def load_more(w: Words) -> str:
    return f"<button class='load-more'>{w.load_more}</button>"


def live_json(title: str, url: str, headlines: tuple[str, ...]) -> str:
    """The LiveBlogPosting JSON-LD live blogs carry: its updates' headlines, no bodies."""
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": line, "url": f"{url}#post-{n}"}
            for n, line in enumerate(headlines)
        ],
    }
    return f"<script type='application/ld+json'>{as_json(data)}</script>"


def add(
    w: Words,
    name: str,
    url: str,
    html: str,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
) -> None:
    """Add a page; a must-not line inside a must-line would be a kit error."""
    must_not = (*must_not, *w.shell_out())
    clashes = [(out, line) for out in must_not for line in must if out in line]
    assert not clashes, clashes
    PROBES.add(name, url, html, must, must_not)
