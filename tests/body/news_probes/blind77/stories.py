"""The blind77 probe's pages: each story in nine layouts. ``live``: an intro, a "key events"
list linking the entries, three timestamped entries, readers' comments after the article.
``photo``: every paragraph a picture's caption in a figure of its own, with a photo credit.
``data``: a sponsored-content note over the text, a chart whose fallback table is in
``<noscript>``. ``court``: a "what we know" box with a list between the paragraphs, readers'
comments after the article. ``sports``: a score table after the first paragraph, line-ups
under a heading at the end. ``obit``: a "survived by" list, a syndication line closing the
text. ``video``: the player and its "watch" label, the intro, the transcript behind a "show"
button. ``amp``: an AMP page with a sidebar, an ad slot and share buttons in the text.
``spans``: the paragraphs as glued ``<span>`` s in one ``<div>``, split by ``<br><br>``,
with an ad label between them."""

from __future__ import annotations

import re

from ._kit import Site, add
from .sites import SITES
from .sites_more import MORE_SITES

# Where the glued-spans layout splits a paragraph: after its first comma (Latin or Arabic).
_COMMA = re.compile(r"(?<=[,،]) ")


def _shell(s: Site, article: str, *, after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head><meta charset='utf-8'>"
        f"<title>{s.title}</title><meta property='og:type' content='article'></head>"
        f"<body><header class='site-header'><a class='logo' href='/'>Logo</a>"
        "<nav><a href='/a'>1</a> <a href='/b'>2</a> <a href='/c'>3</a></nav></header>"
        f"<main class='main'>{article}{after}</main><footer class='site-footer'><p>© "
        f"{s.host}</p></footer></body></html>"
    )


def _url(s: Site, kind: str) -> str:
    return f"https://{s.host}/news/2026/04/14/{kind}-{s.lang.lower()}"


def _header(s: Site) -> str:
    return (
        f"<header class='article-header'><h1>{s.title}</h1><div class='byline'>"
        f"<span class='author'>{s.byline}</span> <time datetime='2026-04-14T08:15:00Z'>"
        "14.04.2026</time></div></header>"
    )


def _body(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _comments(s: Site) -> str:
    items = "".join(
        f"<div class='comment'><span class='comment-author'>{name}</span> <time "
        f"datetime='2026-04-14T10:0{n}:00Z'>10:0{n}</time><p>{text}</p><a class='reply' "
        "href='#reply'>↩</a></div>"
        for n, (name, text) in enumerate(zip(s.commenters, s.comments, strict=True))
    )
    return f"<section class='comments' id='comments'><h3>{s.comments_title}</h3>{items}</section>"


def _comment_lines(s: Site) -> tuple[str, ...]:
    return (s.comments_title, *s.commenters, *s.comments)


def _live(s: Site) -> None:
    p1, *rest = s.paras
    keys = "".join(f"<li><a href='#e{n}'>{event}</a></li>" for n, event in enumerate(s.key_events))
    entries = "".join(
        f"<article class='live-entry' id='e{n}'><time datetime='2026-04-14T1{n}:2{n}:00Z'>"
        f"1{n}:2{n}</time><h3>{head}</h3><p>{para}</p><div class='entry-share'>{s.share}"
        "</div></article>"
        for n, (head, para) in enumerate(zip(s.entries, rest, strict=True))
    )
    article = (
        f"<article class='live-blog'>{_header(s)}<div class='live-intro'><p>{p1}</p></div>"
        f"<div class='key-events'><h2>{s.key_label}</h2><ul>{keys}</ul></div>"
        f"<div class='live-feed'>{entries}</div></article>"
    )
    add(
        f"b77_live_{s.lang}",
        _url(s, "live"),
        _shell(s, article, after=_comments(s)),
        (*s.paras, *s.entries),
        (s.key_label, *s.key_events, s.share, *_comment_lines(s)),
    )


def _photo(s: Site) -> None:
    items = "".join(
        f"<figure class='essay-item'><img src='/img/e{n}.jpg' alt=''><figcaption><p>{para}"
        f"</p><span class='credit'>{s.credit}</span></figcaption></figure>"
        for n, para in enumerate(s.paras)
    )
    article = f"<article class='photo-essay'>{_header(s)}<div class='essay'>{items}</div></article>"
    add(f"b77_photo_{s.lang}", _url(s, "photo"), _shell(s, article), s.paras, (s.credit,))


def _data(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    col1, col2 = s.chart_cols
    rows = "".join(
        f"<tr><td>{year}</td><td>{value}</td></tr>"
        for year, value in (("2022", "41"), ("2023", "57"), ("2024", "63"))
    )
    chart = (
        "<figure class='chart'><div class='flourish-embed flourish-chart' "
        "data-src='visualisation/1840211'><script src='https://public.flourish.studio/"
        "resources/embed.js'></script><noscript><table><thead><tr>"
        f"<th>{col1}</th><th>{col2}</th></tr></thead><tbody>{rows}</tbody></table></noscript>"
        f"</div><figcaption>{s.chart_source}</figcaption></figure>"
    )
    article = (
        f"<article class='story'>{_header(s)}<div class='sponsored-disclaimer'><p>"
        f"{s.sponsored}</p></div><div class='story-body'>{_body(p1, p2)}{chart}"
        f"{_body(p3, p4)}</div></article>"
    )
    add(f"b77_data_{s.lang}", _url(s, "data"), _shell(s, article), s.paras, (s.sponsored,))


def _court(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    know = "".join(f"<li>{item}</li>" for item in s.know)
    article = (
        f"<article class='story'>{_header(s)}<div class='story-body'>{_body(p1, p2)}"
        f"<div class='key-points'><h2>{s.know_title}</h2><ul>{know}</ul></div>"
        f"{_body(p3, p4)}</div></article>"
    )
    add(
        f"b77_court_{s.lang}",
        _url(s, "court"),
        _shell(s, article, after=_comments(s)),
        (*s.paras, s.know_title, *s.know),
        _comment_lines(s),
    )


def _sports(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    home, away = s.teams
    table = (
        "<table class='scoreboard'><thead><tr><th></th><th>1</th><th>2</th><th>∑</th></tr>"
        f"</thead><tbody><tr><td>{home}</td><td>1</td><td>2</td><td>3</td></tr><tr>"
        f"<td>{away}</td><td>0</td><td>1</td><td>1</td></tr></tbody></table>"
    )
    lineups = "".join(
        f"<p><strong>{team}:</strong> {line}</p>"
        for team, line in zip(s.teams, s.lineups, strict=True)
    )
    article = (
        f"<article class='story match-report'>{_header(s)}<div class='story-body'>"
        f"{_body(p1)}{table}{_body(p2, p3, p4)}<h3>{s.lineup_label}</h3>{lineups}</div>"
        "</article>"
    )
    add(
        f"b77_sports_{s.lang}",
        _url(s, "sports"),
        _shell(s, article),
        (*s.paras, *s.lineups),
        (),
    )


def _obit(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    survivors = "".join(f"<li>{item}</li>" for item in s.survivors)
    article = (
        f"<article class='story obituary'>{_header(s)}<div class='story-body'>"
        f"{_body(p1, p2, p3)}<p>{s.survivors_intro}</p><ul>{survivors}</ul>{_body(p4)}"
        f"<p class='syndication'><em>{s.syndication}</em></p></div></article>"
    )
    add(
        f"b77_obit_{s.lang}",
        _url(s, "obit"),
        _shell(s, article),
        (*s.paras, s.survivors_intro, *s.survivors),
        (s.syndication,),
    )


def _video(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    article = (
        f"<article class='story video-report'>{_header(s)}<div class='video-player'>"
        "<div class='player' data-video-id='v81127'></div><p class='video-label'>"
        f"{s.watch}</p></div><div class='story-body'>{_body(p1)}</div><div "
        f"class='transcript'><h2>{s.transcript_label}</h2><button class='transcript-toggle' "
        f"aria-expanded='false'>{s.show_transcript}</button><div class='transcript-text'>"
        f"{_body(p2, p3, p4)}</div></div></article>"
    )
    add(
        f"b77_video_{s.lang}",
        _url(s, "video"),
        _shell(s, article),
        s.paras,
        (s.watch, s.show_transcript),
    )


def _amp(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    url = _url(s, "amp")
    html = (
        f"<!doctype html><html amp lang='{s.lang}' dir='{s.dir_}'><head><meta charset='utf-8'>"
        f"<title>{s.title}</title><link rel='canonical' href='{url.replace('/amp-', '/')}'>"
        "<meta name='viewport' content='width=device-width'><script async "
        "src='https://cdn.ampproject.org/v0.js'></script><script async "
        "custom-element='amp-ad' src='https://cdn.ampproject.org/v0/amp-ad-0.1.js'></script>"
        "<style amp-custom>body{font-family:serif}</style></head><body>"
        "<amp-sidebar id='sidebar' layout='nodisplay' side='left'><nav><a href='/'>1</a>"
        "<a href='/a'>2</a><a href='/b'>3</a></nav></amp-sidebar><header class='amp-header'>"
        "<button on='tap:sidebar.toggle'>☰</button><a href='/'>Logo</a></header><main>"
        f"<article class='amp-article'><h1>{s.title}</h1><div class='amp-byline'>{s.byline}"
        "</div><amp-img src='/img/lead.jpg' layout='responsive' width='1200' height='675'>"
        f"</amp-img><div class='amp-article-body'>{_body(p1, p2)}<div class='amp-ad-wrapper'>"
        f"<span class='ad-label'>{s.ad_label}</span><amp-ad width='300' height='250' "
        "type='doubleclick' data-slot='/1234/news'></amp-ad></div>"
        f"{_body(p3)}<div class='amp-share'><span>{s.share}</span><amp-social-share "
        "type='facebook'></amp-social-share><amp-social-share type='twitter'>"
        f"</amp-social-share></div>{_body(p4)}</div></article></main><footer><p>© {s.host}"
        "</p></footer></body></html>"
    )
    add(f"b77_amp_{s.lang}", url, html, s.paras, (s.ad_label, s.share))


def _spans(s: Site) -> None:
    def glued(para: str) -> str:
        first, rest = _COMMA.split(para, maxsplit=1)
        return f"<span>{first}</span><span> {rest}</span>"

    p1, p2, p3, p4 = s.paras
    text = (
        f"{glued(p1)}<br><br>{glued(p2)}<br><br><div class='ad'><span>{s.ad_label}</span>"
        f"</div>{glued(p3)}<br><br>{glued(p4)}"
    )
    article = (
        f"<article class='story'>{_header(s)}<div class='article-text' "
        f"itemprop='articleBody'>{text}</div></article>"
    )
    add(f"b77_spans_{s.lang}", _url(s, "spans"), _shell(s, article), s.paras, (s.ad_label,))


for _layout in (_live, _photo, _data, _court, _sports, _obit, _video, _amp, _spans):
    for _site in (*SITES, *MORE_SITES):
        assert all(_COMMA.search(para) for para in _site.paras), _site.lang
        _layout(_site)
