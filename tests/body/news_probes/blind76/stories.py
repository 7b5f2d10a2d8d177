"""The blind76 probe's pages: each story in six layouts. ``teasers``: the text split twice
by the site's own "read more" cards (a picture, a label, a headline, a summary), a credit
line under the lead picture, a "most read" rail after the article. ``review``: a sign-up box
and an affiliate product box between the paragraphs, a correction note closing the text.
``interview``: an update note over an intro, then bold questions each over its answer.
``explainer``: ``<h2>`` sections, an ``<ol>`` of steps, a fact box and a timeline in an
``<aside>`` inside the text. ``opinion``: the author's bio card between the headline and the
text. ``archive``: a web archive's replay, its toolbar above the page, the text in two boxes
with an ad slot ``<div>`` between them."""

from __future__ import annotations

from ._kit import Site, add
from .sites import SITES


def _rail(s: Site) -> str:
    items = "".join(
        f"<li><a href='/popular/{n}'>{item}</a></li>" for n, item in enumerate(s.most_read_items)
    )
    return f"<aside class='most-read'><h3>{s.most_read}</h3><ol>{items}</ol></aside>"


def _shell(s: Site, article: str, *, head: str = "", before: str = "", prefix: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head><meta charset='utf-8'>"
        f"<title>{s.title}</title><meta property='og:type' content='article'>{head}</head>"
        f"<body>{before}<header class='site-header'><a class='logo' href='{prefix}/'>Logo</a>"
        f"<nav><a href='{prefix}/a'>1</a> <a href='{prefix}/b'>2</a> "
        f"<a href='{prefix}/c'>3</a></nav></header><main class='main'>{article}{_rail(s)}"
        f"</main><footer class='site-footer'><p>© {s.host}</p></footer></body></html>"
    )


def _url(s: Site, kind: str) -> str:
    return f"https://{s.host}/vijesti/2026/03/03/{kind}-{s.lang.lower()}"


def _header(s: Site) -> str:
    return (
        f"<header class='article-header'><h1>{s.title}</h1><div class='byline'>"
        f"<span class='author'>{s.byline}</span> <time datetime='2026-03-03T09:30:00Z'>"
        "03.03.2026</time></div></header>"
    )


def _card(s: Site, n: int) -> str:
    return (
        f"<div class='related-card'><a href='/vijesti/2026/02/{n}'><img src='/img/t{n}.jpg' "
        f"alt=''></a><span class='kicker'>{s.more_label}</span><h3><a href='/vijesti/2026/02/"
        f"{n}'>{s.teasers[n]}</a></h3><p class='summary'>{s.teaser_summary}</p></div>"
    )


def _teasers(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    article = (
        f"<article class='story'>{_header(s)}<figure class='lead'><img src='/img/lead.jpg' "
        f"alt=''><figcaption>{s.caption}</figcaption><p class='photo-credit'>{s.credit}</p>"
        f"</figure><div class='story-body'><p>{p1}</p>{_card(s, 0)}<p>{p2}</p><p>{p3}</p>"
        f"{_card(s, 1)}<p>{p4}</p></div></article>"
    )
    add(
        f"b76_teasers_{s.lang}",
        _url(s, "teasers"),
        _shell(s, article),
        s.paras,
        (s.credit, *s.teasers, s.teaser_summary, *s.most_read_items),
    )


def _review(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    article = (
        f"<article class='story review'>{_header(s)}<div class='story-body'><p>{p1}</p>"
        f"<div class='newsletter-box'><h3>{s.newsletter_title}</h3><p>{s.newsletter}</p>"
        "<form><input type='email' placeholder='email'><button>OK</button></form></div>"
        f"<p>{p2}</p><div class='product-box'><img src='/img/p.jpg' alt=''><div>"
        f"<strong>{s.product}</strong><a class='buy-button' rel='sponsored nofollow' "
        f"href='https://shop.example/p?aff=1'>{s.buy}</a></div></div><p>{p3}</p><p>{p4}</p>"
        f"<p class='correction'><em>{s.correction}</em></p></div></article>"
    )
    add(
        f"b76_review_{s.lang}",
        _url(s, "review"),
        _shell(s, article),
        (*s.paras, s.correction),
        (s.newsletter_title, s.newsletter, s.buy, *s.most_read_items),
    )


def _interview(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    q1, q2 = s.questions
    article = (
        f"<article class='story'>{_header(s)}<div class='story-body'><p><em>{s.update}</em></p>"
        f"<p>{p1}</p><p><strong>{q1}</strong></p><p>{p2}</p><p>{p3}</p><p><strong>{q2}"
        f"</strong></p><p>{p4}</p></div></article>"
    )
    add(
        f"b76_interview_{s.lang}",
        _url(s, "interview"),
        _shell(s, article),
        (s.update, *s.paras, q1, q2),
        tuple(s.most_read_items),
    )


def _explainer(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    h1, h2 = s.headings
    steps = "".join(f"<li>{step}</li>" for step in s.steps)
    facts = "".join(f"<li>{fact}</li>" for fact in s.facts)
    article = (
        f"<article class='story explainer'>{_header(s)}<div class='story-body'><p>{p1}</p>"
        f"<h2>{h1}</h2><p>{p2}</p><ol>{steps}</ol><aside class='factbox'><h4>{s.fact_title}"
        f"</h4><ul>{facts}</ul></aside><h2>{h2}</h2><p>{p3}</p><p>{p4}</p></div></article>"
    )
    add(
        f"b76_explainer_{s.lang}",
        _url(s, "explainer"),
        _shell(s, article),
        (*s.paras, h1, h2, *s.steps),
        tuple(s.most_read_items),
    )


def _opinion(s: Site) -> None:
    article = (
        f"<article class='story opinion'><header class='article-header'><span class='label'>"
        f"Op-ed</span><h1>{s.title}</h1></header><div class='author-card'><img "
        f"src='/img/a.jpg' alt=''><div><a class='author-name' href='/autor/1'>{s.byline}</a>"
        f"<p class='author-bio'>{s.bio}</p></div></div><div class='story-body'>"
        f"{''.join(f'<p>{p}</p>' for p in s.paras)}</div></article>"
    )
    add(
        f"b76_opinion_{s.lang}",
        _url(s, "opinion"),
        _shell(s, article),
        s.paras,
        (s.bio, *s.most_read_items),
    )


_TOOLBAR_CAPTURE = "The Wayback Machine - https://web.archive.org/web/20260303101500/"
_TOOLBAR_COUNT = "27 captures"
_TOOLBAR_SPAN = "03 Mar 2026 - 19 Nov 2026"


def _archive(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    url = _url(s, "archive")
    prefix = f"/web/20260303101500/https://{s.host}"
    toolbar = (
        "<script src='//archive.org/includes/athena.js'></script><!-- BEGIN WAYBACK TOOLBAR "
        "INSERT --><div id='wm-ipp-base' lang='en' style='display:block;direction:ltr'>"
        "<div id='wm-ipp' style='position:fixed'><div id='wm-ipp-inside'><table "
        "id='wm-ipp-table'><tr><td class='n'><a href='https://web.archive.org/web/'>"
        "Wayback Machine</a></td><td class='c'><form><input id='wmtbURL' type='text' "
        f"value='{url}'></form></td><td class='s'><a class='t' href='/web/*/{url}'>"
        f"{_TOOLBAR_COUNT}</a><div class='r'>{_TOOLBAR_SPAN}</div></td><td>"
        "<a href='#close'>Close</a> <a href='https://help.archive.org/'>Help</a></td></tr>"
        "</table></div></div></div><div id='wm-ipp-print'>"
        f"{_TOOLBAR_CAPTURE}{url}</div><!-- END WAYBACK TOOLBAR INSERT -->"
    )
    article = (
        f"<article class='story'>{_header(s)}<div class='story-body'><p>{p1}</p><p>{p2}</p>"
        f"</div><div class='ad-slot' id='div-gpt-ad-1'><span class='ad-label'>{s.ad_label}"
        f"</span></div><div class='story-body story-body--rest'><p>{p3}</p><p>{p4}</p></div>"
        "</article>"
    )
    add(
        f"b76_archive_{s.lang}",
        f"https://web.archive.org/web/20260303101500/{url}",
        _shell(s, article, before=toolbar, prefix=prefix),
        s.paras,
        (_TOOLBAR_CAPTURE, _TOOLBAR_COUNT, _TOOLBAR_SPAN, s.ad_label, *s.most_read_items),
    )


for _layout in (_teasers, _review, _interview, _explainer, _opinion, _archive):
    for _site in SITES:
        _layout(_site)
