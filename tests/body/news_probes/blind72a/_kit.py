"""The blind72a probe's kit: a regional site's furniture in its language (``Words``), the two
page shells regional sites use (``old_table``: a layout of nested tables, text in ``<font>``
cells; ``portal``: header, article column, "most read" rail and footer), the furniture
blocks set inside the text (``also``, ``ad``, ``share``, ``comments``, ``letter``, ``app``,
``tags``, ``bio``), and ``add``, which checks that no must-not line is part of a must-line
and adds the page to ``PROBES`` with the shell's furniture among its must-nots."""

from __future__ import annotations

import attrs

from ..pages import Probes

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Words:
    """A regional site's furniture in its language."""

    lang: str
    name: str
    host: str
    nav: tuple[str, str, str, str]
    cookie: str
    read_also: str
    related: str
    share: str
    comments: str
    newsletter: str
    app: str
    tags: str
    most_read: str
    rail: tuple[str, str]
    advert: str
    footer: str
    dir_: str = "ltr"

    def shell_out(self) -> tuple[str, ...]:
        """The shell's furniture no body may hold."""
        return (self.cookie, self.most_read, *self.rail, self.footer)


def _nav(w: Words) -> str:
    return " | ".join(f"<a href='/c/{n}'>{item}</a>" for n, item in enumerate(w.nav))


def _menu_rows(w: Words) -> str:
    return "".join(f"<tr><td><a href='/l/{n}'>{x}</a></td></tr>" for n, x in enumerate(w.nav))


def _rail(w: Words) -> str:
    items = "".join(f"<li><a href='/mr/{n}'>{item}</a></li>" for n, item in enumerate(w.rail))
    return f"<div class='most-read'><h3>{w.most_read}</h3><ol>{items}</ol></div>"


def _head(w: Words, title: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{w.lang}' dir='{w.dir_}'><head><meta charset='utf-8'>"
        f"<title>{title} - {w.name}</title></head><body>"
    )


def old_table(w: Words, title: str, content: str) -> str:
    """A site of the early 2000s: a banner table, then one row of three cells (menu, text,
    rail), the title and the text in <font> inside the middle cell, a footer table."""
    return (
        f"{_head(w, title)}<div id='cookie' class='cookie-bar'>{w.cookie} <a href='/c'>OK</a>"
        f"</div><table width='100%' border='0' cellpadding='0' cellspacing='0'><tr><td "
        f"class='banner'><a href='/'><img src='/logo.gif' alt='{w.name}'></a></td></tr>"
        f"<tr><td class='menu'>{_nav(w)}</td></tr></table><table width='980' border='0' "
        "cellpadding='4' cellspacing='0' align='center'><tr><td width='160' valign='top' "
        f"class='left'><table width='100%'>{_menu_rows(w)}"
        "</table></td><td width='580' valign='top' class='content'>"
        f"{content}</td><td width='240' valign='top' class='right'>{_rail(w)}</td></tr>"
        "</table><table width='100%' class='footer'><tr><td align='center'><font size='1'>"
        f"{w.footer}</font></td></tr></table></body></html>"
    )


def portal(w: Words, title: str, content: str) -> str:
    """A local news portal: a header and menu, the article column, a "most read" rail and a
    footer."""
    return (
        f"{_head(w, title)}<div class='cookie-consent' role='dialog'><p>{w.cookie}</p>"
        f"<button>OK</button></div><header class='site-header'><a class='logo' href='/'>"
        f"{w.name}</a><nav class='main-nav'>{_nav(w)}</nav></header><div class='container'>"
        f"<div class='row'><div class='col-main'>{content}</div><aside class='col-side'>"
        f"{_rail(w)}</aside></div></div><footer class='site-footer'><p>{w.footer}</p>"
        "</footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def brs(*texts: str) -> str:
    """Prose as text runs between <br> pairs, no <p>."""
    return "<br><br>".join(texts)


def also(w: Words, headline: str, *, shape: str = "box") -> str:
    """A "read also" pointer set inside the text: a box, a bold paragraph or a bare line."""
    if shape == "box":
        return (
            f"<div class='read-also'><span>{w.read_also}</span> <a href='/ra/1'>{headline}"
            "</a></div>"
        )
    if shape == "p":
        return f"<p><strong>{w.read_also}</strong> <a href='/ra/2'>{headline}</a></p>"
    return f"<b>{w.read_also}</b> <a href='/ra/3'>{headline}</a>"


def ad(w: Words) -> str:
    return (
        f"<div class='ads ad-slot'><div class='ad-label'>{w.advert}</div><ins "
        "class='adsbygoogle' data-ad-slot='12345'></ins></div>"
    )


def share(w: Words) -> str:
    return (
        f"<div class='share-buttons'><span>{w.share}</span> <a href='#'>Facebook</a> "
        "<a href='#'>X</a> <a href='#'>WhatsApp</a> <a href='#'>Telegram</a></div>"
    )


def comments(w: Words) -> str:
    return (
        f"<div id='comments' class='comments-box'><h4>{w.comments}</h4><form><textarea>"
        "</textarea><button>OK</button></form></div>"
    )


def letter(w: Words) -> str:
    return (
        f"<div class='newsletter-signup'><p>{w.newsletter}</p><form><input type='email'>"
        "<button>OK</button></form></div>"
    )


def app(w: Words) -> str:
    return f"<div class='app-promo'><a href='/app'>{w.app}</a></div>"


def tags(w: Words, *items: str) -> str:
    links = " ".join(f"<a href='/tag/{n}' rel='tag'>{item}</a>" for n, item in enumerate(items))
    return f"<div class='tags'><span>{w.tags}</span> {links}</div>"


def related(w: Words, *headlines: str) -> str:
    items = "".join(f"<li><a href='/rel/{n}'>{h}</a></li>" for n, h in enumerate(headlines))
    return f"<div class='related-news'><h3>{w.related}</h3><ul>{items}</ul></div>"


def bio(name: str, text: str) -> str:
    return (
        f"<div class='author-box'><img src='/a.jpg' alt=''><div class='author-info'><h4>"
        f"{name}</h4><p>{text}</p></div></div>"
    )


def add(
    name: str,
    w: Words,
    title: str,
    html: str,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
    *,
    path: str = "tin/1",
) -> None:
    """Adds the page; the shell's furniture joins its must-nots."""
    out = tuple(dict.fromkeys((*must_not, *w.shell_out())))
    for line in out:
        assert not any(line in one for one in must), (name, line)
    PROBES.add(f"b72a_{w.lang}_{name}", f"https://{w.host}/{path}", html, must, out)
