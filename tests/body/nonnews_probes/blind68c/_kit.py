"""The blind68c probe's kit: a language's furniture (blind66's ``Site``) and the filler its
long text is made of (``Lang``: sentences built from a few subjects, times and predicates
written in the language, so that a page runs to 1,500 words and more without a sentence
repeating within a paragraph), and the page skeletons, each a whole page: sibling sections
with no ``<article>``, sibling ``<div>``s, an old site's layout table, a body of custom
elements, a ``<div role="main">``, ``<br><br>`` prose, a ``<dl>`` glossary, a FAQ of closed
``<details>``, ``<ol>`` steps split by figures, chapters opening on full-width figures,
hashed-class grid columns, a sidebar longer than the story. Every page's must-lines are
three sentences written by hand, put at its text's start, middle and end (and for a
glossary or FAQ, a term or question), its must-nots the site's furniture and the page's
own (an ad label, a sidebar's teaser)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..blind66._kit import Site
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "Lang", "Site", "add"]


@attrs.frozen(kw_only=True)
class Lang:
    """A language's site and filler: ``form`` puts a subject, a time and a predicate in
    the language's order (``{s}``, ``{m}``, ``{e}``), ``stop`` ends the sentence; ``heads``
    are section headings; ``ad`` is the ad slot's label."""

    site: Site
    form: str
    subjects: tuple[str, ...]
    times: tuple[str, ...]
    predicates: tuple[str, ...]
    heads: tuple[str, ...]
    ad: str
    stop: str = "."

    def sentence(self, k: int) -> str:
        s = self.subjects[k % len(self.subjects)]
        m = self.times[(k // len(self.subjects)) % len(self.times)]
        e = self.predicates[(k // 25 + k) % len(self.predicates)]
        return self.form.format(s=s, m=m, e=e) + self.stop

    def paras(self, seed: int, count: int, anchors: Sequence[str]) -> list[str]:
        """``count`` paragraphs of seven to nine sentences, the first anchor opening the
        first, the second inside the middle one and the third closing the last."""
        out = []
        k = seed * 37
        for n in range(count):
            size = 7 + n % 3
            out.append(" ".join(self.sentence(k + i) for i in range(size)))
            k += size
        first, middle, last = anchors
        half = count // 2
        out[0] = f"{first} {out[0]}" if first else out[0]
        out[half] = f"{out[half]} {middle}" if middle else out[half]
        out[-1] = f"{out[-1]} {last}" if last else out[-1]
        return out


def _p(texts: Sequence[str], tag: str = "p", cls: str = "") -> str:
    attr = f" class='{cls}'" if cls else ""
    return "".join(f"<{tag}{attr}>{text}</{tag}>" for text in texts)


def _chunks(items: Sequence[str], parts: int) -> list[Sequence[str]]:
    """``items`` in ``parts`` runs as even as can be, in order."""
    bounds = [len(items) * n // parts for n in range(parts + 1)]
    return [items[bounds[n] : bounds[n + 1]] for n in range(parts)]


def _menu(site: Site) -> str:
    return "".join(f"<li><a href='/m/{n}'>{entry}</a></li>" for n, entry in enumerate(site.nav))


def cookie(site: Site) -> str:
    return (
        f"<div id='cookie-consent' class='cookie-banner' role='dialog'><p>{site.cookie}</p>"
        "<button class='accept'>OK</button></div>"
    )


def header(site: Site) -> str:
    return (
        f"{cookie(site)}<header class='site-header'><a class='logo' href='/'>{site.name}</a>"
        f"<nav class='main-nav'><ul>{_menu(site)}</ul></nav></header>"
    )


def footer(site: Site) -> str:
    return f"<footer class='site-footer'><p>{site.footer}</p><p>© 2026 {site.name}</p></footer>"


def share(site: Site) -> str:
    return (
        f"<div class='share-buttons'><span>{site.share}</span><a href='#'>Facebook</a>"
        "<a href='#'>X</a><a href='#'>WhatsApp</a></div>"
    )


def newsletter(site: Site) -> str:
    return (
        f"<div class='newsletter-signup'><p>{site.newsletter}</p><form><input type='email'>"
        "<button>OK</button></form></div>"
    )


def related(site: Site) -> str:
    items = "".join(
        f"<li><a href='/r/{n}'><img src='/r{n}.jpg' alt=''>{item}</a></li>"
        for n, item in enumerate(site.related)
    )
    return f"<section class='related'><h3>{site.related_title}</h3><ul>{items}</ul></section>"


def ad(lang: Lang, n: int) -> str:
    return (
        f"<div class='ad-container' id='ad-{n}'><span class='ad-label'>{lang.ad}</span>"
        f"<div class='ad-unit' data-slot='{n}'></div></div>"
    )


def comments(site: Site) -> str:
    return (
        f"<div id='comments' class='comments-area'><h3>{site.comment}</h3><form><textarea>"
        "</textarea><button>OK</button></form></div>"
    )


def page(lang: Lang, title: str, body: str) -> str:
    site = lang.site
    return (
        f"<!DOCTYPE html><html lang='{site.lang}' dir='{site.dir_}'><head><meta "
        f"charset='utf-8'><title>{title} | {site.name}</title><meta name='viewport' "
        f"content='width=device-width'></head><body>{body}</body></html>"
    )


def add(
    name: str,
    lang: Lang,
    title: str,
    html: str,
    must: tuple[str, ...],
    out: tuple[str, ...] = (),
) -> None:
    """One probe (``b68c_{lang}_{name}``): its must-lines and its must-nots (its own and
    the site's furniture), none of which may sit inside a must-line or the title."""
    site = lang.site
    out = (*out, *site.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    url = f"https://{site.host}/2026/12/06/{name}"
    PROBES.add(f"b68c_{site.lang}_{name}", url, html, must, out)


# The skeletons: each returns a whole page; ``anchors`` are the start, middle and end
# sentences; ``seed`` varies the filler between pages of one language.


def sections_no_article(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """Sibling ``<section>``s of a story under a plain wrapper, with no ``<article>``,
    an ad, a related strip and a newsletter between them."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 28, anchors), 6)
    between = {1: ad(lang, 1), 3: related(site), 4: newsletter(site)}
    parts = "".join(
        f"<section class='story-part' id='part-{n}'><h2>{lang.heads[n]}</h2>{_p(chunk)}"
        f"</section>{between.get(n, '')}"
        for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{header(site)}<div class='page-wrap'><div class='hero'><h1>{title}</h1></div>"
        f"{parts}{share(site)}</div>{footer(site)}",
    )


def divs_no_article(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """Sibling ``<div>`` blocks of headed text in a content ``<div>``, a newsletter box
    and a "read also" box between them."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 27, anchors), 5)
    also = (
        f"<div class='read-also'><strong>{site.related_title}</strong> <a href='/r/0'>"
        f"{site.related[0]}</a></div>"
    )
    between = {1: also, 2: newsletter(site)}
    blocks = "".join(
        f"<div class='text-block'><h2>{lang.heads[n]}</h2>{_p(chunk)}</div>{between.get(n, '')}"
        for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{header(site)}<div id='content'><div class='entry-head'><h1>{title}</h1></div>"
        f"{blocks}{share(site)}{comments(site)}</div><div id='sidebar'>"
        f"<div class='widget'><h3>{site.related_title}</h3><p>{site.related[1]}</p></div>"
        f"</div>{footer(site)}",
    )


def layout_table(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, *, breaks: bool = True
) -> str:
    """An old site: a table whose middle cell holds the text (``<br><br>`` runs and
    ``<b>`` headings, or ``<p>``s), a left cell of links, a right cell of boxes."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 26, anchors), 4)
    if breaks:
        text = "".join(
            f"<b>{lang.heads[n]}</b><br><br>" + "<br><br>".join(chunk) + "<br><br>"
            for n, chunk in enumerate(chunks)
        )
    else:
        text = "".join(
            f"<p><b>{lang.heads[n]}</b></p>{_p(chunk)}" for n, chunk in enumerate(chunks)
        )
    links = "<br>".join(f"<a href='/m/{n}'>{entry}</a>" for n, entry in enumerate(site.nav))
    rel = "<br>".join(f"<a href='/r/{n}'>{item}</a>" for n, item in enumerate(site.related))
    return page(
        lang,
        title,
        f"{cookie(site)}<table width='780' border='0' cellpadding='4' cellspacing='0' "
        f"align='center'><tr><td colspan='3' bgcolor='#336699'><font color='white' "
        f"size='5'>{site.name}</font></td></tr><tr><td width='150' valign='top' "
        f"bgcolor='#eeeeee'>{links}<br><br><b>{site.related_title}</b><br>{rel}</td><td "
        f"width='480' valign='top'><font face='Verdana' size='2'><font size='4'><b>{title}"
        f"</b></font><br><br>{text}</font><br><font size='1'>{site.share}</font></td><td "
        f"width='150' valign='top'><font size='1'>{site.newsletter}</font><br><form><input "
        f"name='m' size='12'></form></td></tr><tr><td colspan='3' align='center'><font "
        f"size='1'>{site.footer} © 2003-2026 {site.name}</font></td></tr></table>",
    )


def web_component(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """A body of custom elements (no ``<article>``, ``<p>`` or ``<main>``): paragraphs in
    ``<my-paragraph>``, sections in ``<my-section>``, a recirculation rail of cards."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 26, anchors), 5)
    sections = "".join(
        f"<my-section><my-heading level='2'>{lang.heads[n]}</my-heading>"
        + "".join(f"<my-paragraph>{text}</my-paragraph>" for text in chunk)
        + "</my-section>"
        + (f"<my-ad-slot label='{lang.ad}'>{lang.ad}</my-ad-slot>" if n == 2 else "")
        for n, chunk in enumerate(chunks)
    )
    cards = "".join(
        f"<my-card href='/r/{n}'><my-card-title>{item}</my-card-title></my-card>"
        for n, item in enumerate(site.related)
    )
    return page(
        lang,
        title,
        f"<site-app>{cookie(site)}<site-header><site-logo>{site.name}</site-logo><site-nav>"
        + "".join(f"<a href='/m/{n}'>{e}</a>" for n, e in enumerate(site.nav))
        + f"</site-nav></site-header><my-article><my-headline>{title}</my-headline>"
        f"{sections}<my-share>{site.share}</my-share></my-article><my-recirc><my-recirc-title>"
        f"{site.related_title}</my-recirc-title>{cards}</my-recirc><my-newsletter>"
        f"{site.newsletter}</my-newsletter><site-footer>{site.footer}</site-footer></site-app>",
    )


def role_main(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """ARIA roles on plain ``<div>``s and no HTML5 landmarks: ``role="main"`` holds the
    headline and headed paragraphs, ``role="complementary"`` the boxes."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 28, anchors), 5)
    text = "".join(
        f"<h2>{lang.heads[n]}</h2>{_p(chunk)}" + (ad(lang, n) if n == 2 else "")
        for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{cookie(site)}<div class='wrap'><div role='banner' class='top'><a href='/'>"
        f"{site.name}</a><div role='navigation'><ul>{_menu(site)}</ul></div></div><div "
        f"role='main' id='main-content'><h1>{title}</h1>{text}{share(site)}</div><div "
        f"role='complementary' class='side'>{related(site)}{newsletter(site)}</div><div "
        f"role='contentinfo'><p>{site.footer}</p></div></div>",
    )


def br_prose(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """A blog post (a Blogger-like template) whose text is one ``<div>`` of lines and
    ``<br><br>`` breaks, with no ``<p>`` and no headings."""
    site = lang.site
    text = "<br><br>".join(lang.paras(seed, 26, anchors))
    return page(
        lang,
        title,
        f"{header(site)}<div class='content-outer'><div class='main-inner'><div "
        f"class='date-outer'><h2 class='date-header'><span>06.12.2026</span></h2><div "
        f"class='post hentry'><h3 class='post-title entry-title'>{title}</h3><div "
        f"class='post-header'></div><div class='post-body entry-content' "
        f"id='post-body-1'>{text}<div style='clear: both;'></div></div><div "
        f"class='post-footer'>{share(site)}</div></div>{comments(site)}</div></div><div "
        f"class='sidebar section' id='sidebar'>{related(site)}</div></div>{footer(site)}",
    )


def dl_glossary(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, terms: Sequence[str]
) -> str:
    """A glossary: one ``<dl>`` of terms, each definition two or three paragraphs, under
    a row of letter links."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 27, anchors), len(terms))
    entries = "".join(
        f"<dt id='t{n}'>{term}</dt><dd>{_p(chunk)}</dd>"
        for n, (term, chunk) in enumerate(zip(terms, chunks, strict=True))
    )
    letters = "".join(f"<a href='#t{n}'>{term[:1]}</a> " for n, term in enumerate(terms))
    return page(
        lang,
        title,
        f"{header(site)}<main id='main'><h1>{title}</h1><nav class='letter-index'>{letters}"
        f"</nav><dl class='glossary'>{entries}</dl>{share(site)}</main><aside>"
        f"{related(site)}{newsletter(site)}</aside>{footer(site)}",
    )


def details_faq(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, questions: Sequence[str]
) -> str:
    """A long FAQ: each question a closed ``<details>``'s ``<summary>``, its answer two or
    three paragraphs."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 27, anchors), len(questions))
    items = "".join(
        f"<details class='faq-item'><summary>{q}</summary><div class='faq-answer'>"
        f"{_p(chunk)}</div></details>"
        for q, chunk in zip(questions, chunks, strict=True)
    )
    return page(
        lang,
        title,
        f"{header(site)}<main class='faq-page'><h1>{title}</h1><div class='faq-list'>{items}"
        f"</div>{newsletter(site)}</main><aside class='sidebar'>{related(site)}</aside>"
        f"{footer(site)}",
    )


def ol_steps_images(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """Numbered steps in ``<ol>``s that a figure splits (the next list goes on with
    ``start``), each step a paragraph or two."""
    site = lang.site
    steps = _chunks(lang.paras(seed, 26, anchors), 16)
    lists = []
    start = 1
    for part, group in enumerate(_chunks(steps, 4)):
        items = "".join(f"<li>{_p(step)}</li>" for step in group)
        lists.append(
            f"<ol class='steps' start='{start}'>{items}</ol><figure class='step-image'><img "
            f"src='/s{part}.jpg' alt='' width='800'></figure>"
        )
        start += len(group)
    return page(
        lang,
        title,
        f"{header(site)}<main><article class='howto'><h1>{title}</h1>{''.join(lists)}"
        f"{ad(lang, 7)}{share(site)}</article>{comments(site)}</main><aside>{related(site)}"
        f"</aside>{footer(site)}",
    )


def chapters_figures(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, caption: str
) -> str:
    """A long read whose chapters each open with a full-width figure (the caption a
    filler sentence, neutral) before the chapter's heading and text."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 30, anchors), 6)
    chapters = "".join(
        f"<div class='chapter'><figure class='full-bleed chapter-opener'><picture><source "
        f"srcset='/c{n}.webp'><img src='/c{n}.jpg' alt='' width='1600'></picture><figcaption>"
        f"{caption} {n + 1}</figcaption></figure><h2 class='chapter-title'>{lang.heads[n]}"
        f"</h2>{_p(chunk)}</div>" + (newsletter(site) if n == 3 else "")
        for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{header(site)}<main><article class='longread'><header class='longread-hero'><h1>"
        f"{title}</h1></header>{chapters}{share(site)}</article>{related(site)}</main>"
        f"{footer(site)}",
    )


def hashed_grid(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, *, div_text: bool = False
) -> str:
    """A script framework's page of hashed classes: the text in two grid columns of
    ``css-…`` ``<div>``s (paragraphs as ``<p>`` or as bare ``<div>``s), a rail beside."""
    site = lang.site
    paras = lang.paras(seed, 28, anchors)
    tag = "div" if div_text else "p"
    columns = "".join(
        f"<div class='css-r5t4y3 e1x2y3z0'><h2 class='css-0k9j8h'>{lang.heads[n]}</h2>"
        f"{_p(chunk, tag, 'css-u2i1o0 e9f8g7h1')}</div>"
        for n, chunk in enumerate(_chunks(paras, 2))
    )
    rail = "".join(
        f"<a class='css-m3n4b5' href='/r/{n}'><div class='css-v6c7x8'>{item}</div></a>"
        for n, item in enumerate(site.related)
    )
    return page(
        lang,
        title,
        f"<div id='__next'>{cookie(site)}<div class='css-1x2y3z'><div class='css-9k2j1a'>"
        f"<a class='css-a1s2d3' href='/'>{site.name}</a><div class='css-f4g5h6'>"
        + "".join(f"<a href='/m/{n}'>{e}</a>" for n, e in enumerate(site.nav))
        + f"</div></div><div class='css-p0o9i8'><h1 class='css-l1k2j3'>{title}</h1></div>"
        f"<div class='css-q8w7e6'>{columns}<div class='css-7h6g5f'><div "
        f"class='css-z1x2c3'>{site.related_title}</div>{rail}<div class='css-b4n5m6'>"
        f"{site.newsletter}</div></div></div><div class='css-w2e3r4'>{site.share}</div>"
        f"<div class='css-t5y6u7'>{site.footer}</div></div></div>",
    )


def sidebar_longer(lang: Lang, title: str, anchors: Sequence[str], seed: int, side: str) -> str:
    """A story beside a sidebar of long teasers (each a filler paragraph of another post,
    one opening with ``side``) whose text is longer than the story's."""
    site = lang.site
    story = lang.paras(seed, 22, anchors)
    teasers = lang.paras(seed + 50, 34, (side, "", ""))
    boxes = "".join(
        f"<div class='widget teaser'><h4><a href='/t/{n}'>{lang.heads[n % len(lang.heads)]}"
        f"</a></h4><p>{text}</p></div>"
        for n, text in enumerate(teasers)
    )
    return page(
        lang,
        title,
        f"{header(site)}<div class='container'><div class='col-main'><article class='post'>"
        f"<h1 class='post-title'>{title}</h1><div class='post-content'>{_p(story)}</div>"
        f"{share(site)}</article>{comments(site)}</div><div class='col-side'>{boxes}"
        f"{related(site)}</div></div>{footer(site)}",
    )


# The second part's skeletons, written after the first part was run.


def sibling_articles(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """A long read whose chapters are each an ``<article>`` of their own, siblings under a
    plain wrapper, the headline above them all, an ad between two."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 28, anchors), 5)
    chapters = "".join(
        f"<article class='chapter' id='ch{n}'><h2>{lang.heads[n]}</h2>{_p(chunk)}</article>"
        + (ad(lang, n) if n == 2 else "")
        for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{header(site)}<div class='story'><div class='story-head'><h1>{title}</h1></div>"
        f"{chapters}{share(site)}</div>{related(site)}{footer(site)}",
    )


def grid_rail_blurbs(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, blurbs: Sequence[str]
) -> str:
    """Hashed-class grid columns of text, and in the same grid a rail of "most read"
    blurbs: each a sentence in a bare ``<div>`` under a linked headline."""
    site = lang.site
    columns = "".join(
        "<div class='css-8j7h6g'><p class='css-5t6y7u'>"
        + "</p><p class='css-5t6y7u'>".join(c)
        + "</p></div>"
        for c in _chunks(lang.paras(seed, 28, anchors), 2)
    )
    rail = "".join(
        f"<div class='css-k9l8m7'><a class='css-n6b5v4' href='/t/{n}'>{site.related[n % 2]}"
        f"</a><div class='css-c3x2z1'>{blurb}</div></div>"
        for n, blurb in enumerate(blurbs)
    )
    return page(
        lang,
        title,
        f"<div id='root'>{cookie(site)}<div class='css-h1g2f3'><a href='/'>{site.name}</a>"
        "</div><div class='css-d4s5a6'><h1 class='css-p7o8i9'>"
        f"{title}</h1><div class='css-u1y2t3'>{columns}<div class='css-r4e5w6'>{rail}</div>"
        f"</div></div><div class='css-q1w2e3'>{site.footer}</div></div>",
    )


def sidebar_first(lang: Lang, title: str, anchors: Sequence[str], seed: int, side: str) -> str:
    """A two-column page whose left column (first in the source), under a "read also"
    heading, is a long list of dated entries, each a filler paragraph (the first opening
    with ``side``); the story comes after it."""
    site = lang.site
    briefs = lang.paras(seed + 60, 14, (side, "", ""))
    left = "".join(
        f"<li><span class='brief-date'>0{1 + n % 9}.12.2026</span><p>{text}</p></li>"
        for n, text in enumerate(briefs)
    )
    return page(
        lang,
        title,
        f"{header(site)}<div class='columns'><div class='col-left'><h3>{site.related_title}"
        f"</h3><ul class='briefs'>{left}</ul></div><div class='col-right'><h1>{title}</h1>"
        f"<div class='text'>{_p(lang.paras(seed, 24, anchors))}</div>{share(site)}</div>"
        f"</div>{footer(site)}",
    )


def intro_in_header(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """A long read whose first two paragraphs sit in its ``<header>`` (the hero, over a
    full-width picture, with the headline), the rest in the body's sections."""
    site = lang.site
    paras = lang.paras(seed, 28, anchors)
    sections = "".join(
        f"<section><h2>{lang.heads[n]}</h2>{_p(chunk)}</section>"
        for n, chunk in enumerate(_chunks(paras[2:], 4))
    )
    return page(
        lang,
        title,
        f"{header(site)}<main><article><header class='hero hero--full'><img src='/h.jpg' "
        f"alt='' width='1920'><div class='hero-text'><h1>{title}</h1>{_p(paras[:2])}</div>"
        f"</header><div class='article-body'>{sections}</div>{share(site)}</article>"
        f"{newsletter(site)}</main>{footer(site)}",
    )


def toc_with_summaries(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, summaries: Sequence[str]
) -> str:
    """A guide opening on a table of contents whose entries each carry a one-sentence
    summary of their chapter (furniture: a way into the text), then the chapters."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 28, anchors), len(summaries))
    toc = "".join(
        f"<li><a href='#c{n}'>{lang.heads[n]}</a><span class='toc-summary'>{s}</span></li>"
        for n, s in enumerate(summaries)
    )
    chapters = "".join(
        f"<h2 id='c{n}'>{lang.heads[n]}</h2>{_p(chunk)}" for n, chunk in enumerate(chunks)
    )
    return page(
        lang,
        title,
        f"{header(site)}<main><h1>{title}</h1><nav class='toc' aria-label='toc'><ol>{toc}</ol>"
        f"</nav><div class='guide-body'>{chapters}</div>{share(site)}</main><aside>"
        f"{related(site)}</aside>{footer(site)}",
    )


def dl_linked_terms(
    lang: Lang, title: str, anchors: Sequence[str], seed: int, terms: Sequence[str]
) -> str:
    """A glossary whose terms are links to their own pages and whose definitions are bare
    text in the ``<dd>`` (no ``<p>``), three paragraphs each set apart by ``<br><br>``."""
    site = lang.site
    defs = _chunks(lang.paras(seed, 3 * len(terms), anchors), len(terms))
    entries = "".join(
        f"<dt><a href='/term/{n}'>{term}</a></dt><dd>{'<br><br>'.join(text)}</dd>"
        for n, (term, text) in enumerate(zip(terms, defs, strict=True))
    )
    return page(
        lang,
        title,
        f"{header(site)}<div class='content'><h1>{title}</h1><dl>{entries}</dl></div>"
        f"<aside>{related(site)}{newsletter(site)}</aside>{footer(site)}",
    )


def step_divs_with_tips(lang: Lang, title: str, anchors: Sequence[str], seed: int, tip: str) -> str:
    """Steps as ``<div>``s numbered by CSS (no list), a picture after every other step and
    a tip box (the text's) in the middle; an ad after the last step."""
    site = lang.site
    steps = _chunks(lang.paras(seed, 26, anchors), 12)
    body = "".join(
        f"<div class='step'><div class='step-text'>{_p(step)}</div></div>"
        + (f"<div class='step-media'><img src='/m{n}.jpg' alt=''></div>" if n % 2 else "")
        + (f"<div class='tip-box'><strong>💡</strong> {tip}</div>" if n == 5 else "")
        for n, step in enumerate(steps)
    )
    return page(
        lang,
        title,
        f"{header(site)}<main><div class='recipe'><h1>{title}</h1><div class='steps'>{body}"
        f"</div>{ad(lang, 3)}</div>{comments(site)}</main>{footer(site)}",
    )


def rtl_in_ltr_site(lang: Lang, title: str, anchors: Sequence[str], seed: int) -> str:
    """A right-to-left text (``dir="rtl"`` on its wrapper) on a left-to-right site's
    template whose furniture is English: the page's ``<html>`` is ``lang="en"``."""
    site = lang.site
    chunks = _chunks(lang.paras(seed, 26, anchors), 4)
    text = "".join(f"<h2>{lang.heads[n]}</h2>{_p(chunk)}" for n, chunk in enumerate(chunks))
    return (
        "<!DOCTYPE html><html lang='en' dir='ltr'><head><meta charset='utf-8'><title>"
        f"{title} | World Service</title></head><body>{cookie(site)}<header "
        "class='site-header'><a href='/'>World Service</a><nav><a href='/en'>English</a> "
        f"<a href='/{site.lang}'>{site.nav[0]}</a></nav></header><main><div "
        f"class='story' lang='{site.lang}' dir='rtl'><h1>{title}</h1>{text}"
        f"{share(site)}</div>{related(site)}</main>{footer(site)}</body></html>"
    )
