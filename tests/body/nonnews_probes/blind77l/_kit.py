"""The blind77l probe's kit: blind76s's sites (sixty-one languages) with this set's own
``PROBES`` and ``add``, and the skeletons long structured pages are written in: a wiki
article (infobox, table of contents, sections with edit links, footnotes, "see also", a
navbox), four documentation generators' pages (Sphinx, a Javadoc-like page, MkDocs
Material, Docusaurus), a long-read of full-width figures, pull quotes and embeds, and
the furniture each carries."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe, paras, share
from ..blind73s._kit import rows
from ..blind74s._kit import bullets
from ..blind76s._kit import SITES
from ..pages import Probes

PROBES = Probes()
__all__ = [
    "PROBES",
    "SITES",
    "Site",
    "ad_slot",
    "add",
    "bullets",
    "docusaurus",
    "figure",
    "javadoc",
    "mkdocs",
    "paras",
    "pre",
    "pullquote",
    "rows",
    "share",
    "sphinx",
    "wiki",
]

add = functools.partial(add_probe, PROBES, "b77l")


def _headline(level: int, text: str, edit: str) -> str:
    return (
        f"<h{level}><span class='mw-headline' id='{text[:12]}'>{text}</span><span "
        f"class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a "
        f"href='?action=edit'>{edit}</a><span class='mw-editsection-bracket'>]</span></span>"
        f"</h{level}>"
    )


def wiki(
    title: str,
    infobox: tuple[tuple[str, str], ...],
    lead: str,
    sections: tuple[tuple[int, str, str], ...],
    *,
    edit: str,
    contents: str,
    see_also: tuple[str, str],
    references: tuple[str, tuple[str, ...]],
    navbox: tuple[str, tuple[str, ...]],
) -> str:
    """A MediaWiki article: the infobox, the lead, the table of contents, sections (level,
    heading, html) each with its edit link, "see also" (heading, list html), the footnotes
    (heading, notes) and a collapsible navbox of links."""
    box = (
        f"<table class='infobox vcard'><caption>{title}</caption><tbody>"
        + "".join(f"<tr><th scope='row'>{k}</th><td>{v}</td></tr>" for k, v in infobox)
        + "</tbody></table>"
    )
    toc = (
        f"<div id='toc' class='toc' role='navigation'><div class='toctitle'><h2>{contents}</h2>"
        "</div><ul>"
        + "".join(
            f"<li class='toclevel-{lv - 1}'><a href='#{h[:12]}'><span class='tocnumber'>{n}"
            f"</span> <span class='toctext'>{h}</span></a></li>"
            for n, (lv, h, _) in enumerate(sections, 1)
        )
        + "</ul></div>"
    )
    body = "".join(_headline(lv, h, edit) + html for lv, h, html in sections)
    also = _headline(2, see_also[0], edit) + see_also[1]
    notes = (
        _headline(2, references[0], edit)
        + "<div class='reflist'><ol class='references'>"
        + "".join(
            f"<li id='cite_note-{n}'><span class='mw-cite-backlink'><a href='#cite_ref-{n}'>^"
            f"</a></span> <span class='reference-text'>{r}</span></li>"
            for n, r in enumerate(references[1], 1)
        )
        + "</ol></div>"
    )
    nav = (
        "<div role='navigation' class='navbox' aria-labelledby='nb'><table class='nowraplinks "
        f"navbox-inner'><tr><th class='navbox-title' colspan='2'><div id='nb'>{navbox[0]}</div>"
        "</th></tr><tr><td class='navbox-list'><div>"
        + " · ".join(f"<a href='/wiki/{n}'>{x}</a>" for n, x in enumerate(navbox[1]))
        + "</div></td></tr></table></div>"
    )
    return (
        f"<div id='content' class='mw-body' role='main'><h1 id='firstHeading' class='firstHeading'>"
        f"<span class='mw-page-title-main'>{title}</span></h1><div id='bodyContent' "
        "class='vector-body'><div id='mw-content-text' class='mw-body-content'><div "
        f"class='mw-parser-output'>{box}<p>{lead}</p>{toc}{body}{also}{notes}{nav}</div></div>"
        "<div id='catlinks' class='catlinks'><div class='mw-normal-catlinks'><ul><li><a "
        "href='/c'>·</a></li></ul></div></div></div></div>"
    )


def pre(code: str, lang: str = "python") -> str:
    """A highlighted code block (Pygments' markup), its lines as given."""
    return (
        f"<div class='highlight-{lang} notranslate'><div class='highlight'><pre>{code}</pre>"
        "</div></div>"
    )


def sphinx(title: str, inner: str, *, prev: str, next_: str, source: str) -> str:
    """A Sphinx (Read the Docs theme) page: the breadcrumbs' "view source" link, the body
    with headerlinks, and the previous/next footer."""
    return (
        "<div class='wy-nav-content'><div class='rst-content'><div role='navigation' "
        "aria-label='breadcrumbs'><ul class='wy-breadcrumbs'><li><a href='/'>⌂</a> »</li>"
        f"<li class='wy-breadcrumbs-aside'><a href='_sources/x.rst.txt' rel='nofollow'>{source}"
        "</a></li></ul><hr/></div><div role='main' class='document' itemscope='itemscope'>"
        f"<div itemprop='articleBody'><section id='api'><h1>{title}<a class='headerlink' "
        f"href='#api'>¶</a></h1>{inner}</section></div></div><footer><div "
        "class='rst-footer-buttons' role='navigation'><a href='p.html' class='btn btn-neutral "
        f"float-left' rel='prev'>{prev}</a><a href='n.html' class='btn btn-neutral "
        f"float-right' rel='next'>{next_}</a></div><hr/></footer></div></div>"
    )


def sphinx_function(signature: str, name: str, doc: str, fields: str) -> str:
    """One ``py function`` entry: its signature line, its text and its field list."""
    return (
        f"<dl class='py function'><dt class='sig sig-object py' id='{name}'><span "
        f"class='sig-name descname'><span class='pre'>{name}</span></span><span "
        f"class='sig-paren'>(</span>{signature}<span class='sig-paren'>)</span><a "
        f"class='headerlink' href='#{name}'>¶</a></dt><dd>{doc}<dl class='field-list "
        f"simple'>{fields}</dl></dd></dl>"
    )


def javadoc(cls: str, inner: str, *, nav: tuple[str, ...]) -> str:
    """A Javadoc-like page: the top navigation bar, the class header, the member details."""
    return (
        "<header role='banner' class='flex-header'><nav role='navigation'><div "
        "class='top-nav' id='navbar-top'><ul class='nav-list'>"
        + "".join(f"<li><a href='#'>{x}</a></li>" for x in nav)
        + "</ul></div></nav></header><div class='flex-content'><main role='main'><div "
        f"class='header'><h1 title='{cls}' class='title'>{cls}</h1></div>{inner}</main></div>"
    )


def mkdocs(title: str, inner: str, *, edit: str, toc_title: str, toc: tuple[str, ...]) -> str:
    """An MkDocs Material page: the "edit this page" icon, the typeset article and the
    right-hand "on this page" table of contents."""
    side = (
        "<div class='md-sidebar md-sidebar--secondary' data-md-component='sidebar'><nav "
        f"class='md-nav md-nav--secondary'><label class='md-nav__title'>{toc_title}</label><ul>"
        + "".join(f"<li class='md-nav__item'><a class='md-nav__link'>{x}</a></li>" for x in toc)
        + "</ul></nav></div>"
    )
    return (
        f"<div class='md-main__inner md-grid'>{side}<div class='md-content' data-md-component="
        "'content'><article class='md-content__inner md-typeset'><a href='edit' title='"
        f"{edit}' class='md-content__button md-icon'>{edit}</a><h1>{title}</h1>{inner}</article>"
        "</div></div>"
    )


def docusaurus(title: str, inner: str, *, edit: str, prev: str, next_: str, toc_title: str) -> str:
    """A Docusaurus page: breadcrumbs, the markdown, "edit this page", the pagination and
    the "on this page" table of contents beside it."""
    return (
        "<div class='docItemContainer_Djhp'><article><nav class='theme-doc-breadcrumbs' "
        "aria-label='Breadcrumbs'><ul class='breadcrumbs'><li class='breadcrumbs__item'><a "
        "class='breadcrumbs__link' href='/'>⌂</a></li></ul></nav><div class='tocCollapsible_"
        f"ETCw theme-doc-toc-mobile'><button type='button'>{toc_title}</button></div><div "
        f"class='theme-doc-markdown markdown'><header><h1>{title}</h1></header>{inner}</div>"
        "<footer class='theme-doc-footer docusaurus-mt-lg'><div class='row margin-top--sm "
        "theme-doc-footer-edit-meta-row'><div class='col'><a href='edit' target='_blank' "
        f"class='theme-edit-this-page'>{edit}</a></div></div></footer></article><nav "
        "class='pagination-nav docusaurus-mt-lg' aria-label='Docs pages'><a class='pagination-"
        f"nav__link pagination-nav__link--prev' href='p'><div class='pagination-nav__label'>« "
        f"{prev}</div></a><a class='pagination-nav__link pagination-nav__link--next' href='n'>"
        f"<div class='pagination-nav__label'>{next_} »</div></a></nav></div>"
    )


def prism(*lines: str, lang: str = "js") -> str:
    """A Docusaurus code block: one ``token-line`` per line and a copy button."""
    return (
        f"<div class='language-{lang} codeBlockContainer_Ckt0 theme-code-block'><div "
        f"class='codeBlockContent_biex'><pre tabindex='0' class='prism-code language-{lang}'>"
        "<code class='codeBlockLines_e6Vv'>"
        + "".join(f"<span class='token-line'>{x}\n</span>" for x in lines)
        + "</code></pre><div class='buttonGroup__atx'><button type='button' aria-label='Copy'"
        " class='clean-btn'>⧉</button></div></div></div>"
    )


def figure(src: str, caption: str, credit: str = "", *, wide: bool = True) -> str:
    """A figure with its caption (and a credit in a span of its own)."""
    cls = "figure--full-bleed" if wide else "figure--inline"
    credit_html = f" <span class='credit'>{credit}</span>" if credit else ""
    return (
        f"<figure class='{cls}'><picture><source srcset='/{src}.webp'><img src='/{src}.jpg' "
        f"alt='' loading='lazy'></picture><figcaption>{caption}{credit_html}</figcaption>"
        "</figure>"
    )


def pullquote(text: str) -> str:
    """A pull quote: a sentence of the text set again large beside it."""
    return (
        f"<aside class='pullquote' aria-hidden='true'><blockquote><p>{text}</p></blockquote>"
        "</aside>"
    )


def ad_slot(label: str) -> str:
    """An ad slot with its label in the page's language."""
    return (
        f"<div class='ad-container ad-inline'><span class='ad-label'>{label}</span><div "
        "id='div-gpt-ad-1' class='gpt-slot'></div></div>"
    )


def embed(provider: str, title: str) -> str:
    """A video embed in its responsive wrapper."""
    return (
        f"<div class='embed embed-{provider}'><iframe src='https://www.{provider}.com/embed/x1'"
        f" title='{title}' allowfullscreen></iframe></div>"
    )
