"""Whole news pages of the blind68n round (wave 68): every field of one page judged at once.

Each page is a regional newsroom's story as its CMS lays it out (a WordPress Newspaper theme,
Arc, Brightspot, Drupal, a custom PHP site): header and menu, breadcrumbs, the headline, a
byline with its date line in the page's own words, the lead, the text with a figure, an ad and
a "read also" box, tags, the source's credit, a share bar, readers' comments, related stories
and the footer. Which fields carry metadata varies (JSON-LD, og tags, none). The truth was
decided before either tool ran. Every site, name and text is invented."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from tests.metadata.language_probes.kit import matches

import newsextract

FIELDS = ("title", "authors", "published", "tags", "publisher", "source", "language")


@dataclass(frozen=True)
class Words:
    """The page's furniture in its own language."""

    home: str
    section: str
    ad: str
    read_also: str
    tags: str
    share: str
    comments: str
    related: str
    footer: str


@dataclass(frozen=True)
class Story:
    """One page's content: what its layout writes around it."""

    lang: str
    site: str
    h1: str
    byline: str
    lead: str
    body: tuple[str, ...]
    caption: str
    read_also: str
    tags: tuple[str, ...]
    source_line: str
    comment: str
    related: tuple[str, ...]
    words: Words
    title: str = ""
    head: str = ""


@dataclass(frozen=True)
class WholeProbe:
    """A page, its truth per field (a field left out is not judged) and its body's lines."""

    name: str
    url: str
    html: str
    want: dict[str, Any] = field(default_factory=dict)
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


def jsonld(**fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def og(story: Story, *, published: str = "", section: str = "") -> str:
    tags = [
        f'<meta property="og:site_name" content="{story.site}">',
        f'<meta property="og:title" content="{story.h1}">',
        f'<meta property="og:description" content="{story.lead}">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        tags.append(f'<meta property="article:published_time" content="{published}">')
    if section:
        tags.append(f'<meta property="article:section" content="{section}">')
    tags += [f'<meta property="article:tag" content="{t}">' for t in story.tags]
    return "".join(tags)


def _head(story: Story) -> str:
    rtl = ' dir="rtl"' if story.lang in {"fa", "ur", "he"} else ""
    title = story.title or f"{story.h1} - {story.site}"
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"{rtl}><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title>'
        f"{story.head}</head>"
    )


def _body_parts(story: Story) -> tuple[str, str, str]:
    """The text's first half, the figure/ad/read-also between, its second half."""
    half = len(story.body) // 2
    first = "".join(f"<p>{p}</p>" for p in story.body[:half])
    rest = "".join(f"<p>{p}</p>" for p in story.body[half:])
    return first, rest, story.words.ad


def _comments(story: Story) -> str:
    return (
        f'<div id="comments" class="comments-area"><h3 class="comments-title">'
        f'{story.words.comments}</h3><ol class="comment-list"><li class="comment">'
        f'<div class="comment-author vcard"><b class="fn">Minh</b></div>'
        f'<div class="comment-content"><p>{story.comment}</p></div></li></ol></div>'
    )


def _related(story: Story, css: str) -> str:
    items = "".join(
        f'<li><a href="/tin/{n}.html">{t}</a></li>' for n, t in enumerate(story.related, 1)
    )
    return f'<div class="{css}"><h4>{story.words.related}</h4><ul>{items}</ul></div>'


def newspaper(story: Story) -> str:
    """tagDiv's Newspaper theme for WordPress: td-post-header, td-post-content, the tags
    under 'td-post-source-tags', a share bar of td-social buttons."""
    w = story.words
    first, rest, ad = _body_parts(story)
    tags = "".join(f'<li><a href="/tag/t{n}/">{t}</a></li>' for n, t in enumerate(story.tags))
    return (
        _head(story) + '<body class="post-template-default single single-post td-standard-pack">'
        f'<div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" '
        f'href="/"><span class="td-visual-hidden">{story.site}</span></a></div>'
        f'<ul class="sf-menu"><li><a href="/">{w.home}</a></li><li><a href="/s/">{w.section}'
        "</a></li></ul></div>"
        '<div class="td-main-content-wrap"><div class="td-crumb-container"><div '
        f'class="entry-crumbs"><span><a href="/" class="entry-crumb">{w.home}</a></span> '
        f'<i class="td-bread-sep"></i> <span><a href="/s/" class="entry-crumb">{w.section}'
        '</a></span></div></div><article class="post type-post"><div class="td-post-header">'
        f'<ul class="td-category"><li><a class="td-post-category" href="/s/">{w.section}</a>'
        f'</li></ul><header class="td-post-title"><h1 class="entry-title">{story.h1}</h1>'
        f'<div class="td-module-meta-info">{story.byline}</div></header></div>'
        f'<div class="td-post-sharing-top"><div class="td-social-sharing-buttons">'
        f'<span class="td-social-but-text">{w.share}</span> Facebook Twitter Zalo</div></div>'
        f'<div class="td-post-content tagdiv-type"><p><strong>{story.lead}</strong></p>{first}'
        f'<figure class="wp-block-image"><img src="/img/1.jpg" alt=""><figcaption>'
        f'{story.caption}</figcaption></figure><div class="td-a-rec td-a-rec-id-content_inline">'
        f'<span class="td-adspot-title">{ad}</span><ins class="adsbygoogle"></ins></div>'
        f'<div class="td_block_related_posts"><strong>{w.read_also}:</strong> '
        f'<a href="/tin/9.html">{story.read_also}</a></div>{rest}'
        f'<p style="text-align:right"><em>{story.source_line}</em></p></div>'
        f'<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box">'
        f"<li><span>{w.tags}</span></li>{tags}</ul></div></footer></article>"
        f"{_related(story, 'td-related-row')}{_comments(story)}</div>"
        f'<div class="td-footer-wrapper"><p>{w.footer}</p></div></body></html>'
    )


def arc(story: Story) -> str:
    """An Arc XP site: Fusion's root div, b-* classes, the text's paragraphs as
    'c-paragraph', an interstitial 'read also' link and an ad slot between them."""
    w = story.words
    first, rest, ad = _body_parts(story)
    tags = "".join(f'<a class="c-tag" href="/tags/{n}/">{t}</a>' for n, t in enumerate(story.tags))
    return (
        _head(story)
        + f'<body><div id="fusion-app"><header class="b-header-nav"><a class="b-logo" href="/">'
        f'<img alt="{story.site}" src="/logo.svg"></a><nav><a href="/">{w.home}</a> '
        f'<a href="/s/">{w.section}</a></nav></header><main class="b-article">'
        f'<nav class="b-breadcrumbs"><a href="/">{w.home}</a> / <a href="/s/">{w.section}</a>'
        f'</nav><h1 class="b-headline">{story.h1}</h1><h2 class="b-subheadline">{story.lead}'
        f'</h2><div class="b-byline-date">{story.byline}</div><div class="b-share-bar">'
        f'<span>{w.share}</span> <a href="#">f</a> <a href="#">x</a></div>'
        '<article class="b-article-body">'
        + first.replace("<p>", '<p class="c-paragraph">')
        + f'<figure class="c-media-item"><img src="/1.jpg" alt=""><figcaption>{story.caption}'
        f'</figcaption></figure><div class="b-ad-block"><span>{ad}</span><div id="arcad-1">'
        f'</div></div><p class="c-interstitial-link"><a href="/9/">{w.read_also}: '
        f"{story.read_also}</a></p>"
        + rest.replace("<p>", '<p class="c-paragraph">')
        + f'<p class="c-paragraph"><i>{story.source_line}</i></p></article>'
        f'<div class="b-tags"><span>{w.tags}</span>{tags}</div>{_comments(story)}'
        f'{_related(story, "b-top-table-list")}</main><footer class="b-footer"><p>'
        f"{w.footer}</p></footer></div></body></html>"
    )


def brightspot(story: Story) -> str:
    """A Brightspot page: Page-header, ArticlePage-headline, the text in RichTextArticleBody,
    an Enhancement block for the figure and another for the 'read also' promo."""
    w = story.words
    first, rest, ad = _body_parts(story)
    tags = "".join(f'<li><a href="/tag/{n}">{t}</a></li>' for n, t in enumerate(story.tags))
    return (
        _head(story)
        + f'<body class="ArticlePage"><header class="Page-header"><a class="Page-header-logo" '
        f'href="/">{story.site}</a><nav class="Navigation"><a href="/">{w.home}</a> '
        f'<a href="/s">{w.section}</a></nav></header><main class="Page-main">'
        f'<div class="ArticlePage-breadcrumbs"><a href="/">{w.home}</a> › <a href="/s">'
        f'{w.section}</a></div><h1 class="ArticlePage-headline">{story.h1}</h1>'
        f'<div class="ArticlePage-subHeadline">{story.lead}</div>'
        f'<div class="ArticlePage-authorInfo">{story.byline}</div>'
        f'<div class="ArticlePage-actions"><span>{w.share}</span></div>'
        '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">'
        f'{first}<div class="Enhancement"><figure class="Figure"><img src="/1.jpg" alt="">'
        f'<div class="Figure-caption">{story.caption}</div></figure></div>'
        f'<div class="GoogleDfpAd-wrapper"><span>{ad}</span></div><div class="Enhancement">'
        f'<div class="PromoSmall"><span class="PromoSmall-label">{w.read_also}</span> '
        f'<a class="PromoSmall-title" href="/9">{story.read_also}</a></div></div>{rest}'
        f"<p>{story.source_line}</p></div></div>"
        f'<div class="ArticlePage-tags"><h3>{w.tags}</h3><ul>{tags}</ul></div>'
        f"{_comments(story)}{_related(story, 'ListD')}</main>"
        f'<footer class="Page-footer"><p>{w.footer}</p></footer></body></html>'
    )


def drupal(story: Story) -> str:
    """A Drupal 9 node: the breadcrumb block, page title, the submitted line, the body
    field (with an inline 'read also' paragraph), the tags field, a share block."""
    w = story.words
    first, rest, ad = _body_parts(story)
    tags = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{n}">{t}</a></div>'
        for n, t in enumerate(story.tags, 1)
    )
    return (
        _head(story) + f'<body class="path-node page-node-type-article"><header role="banner">'
        f'<a href="/" rel="home" class="site-logo">{story.site}</a><nav role="navigation">'
        f'<a href="/">{w.home}</a></nav></header><div class="region-breadcrumb">'
        f'<nav class="breadcrumb"><ol><li><a href="/">{w.home}</a></li><li><a href="/s">'
        f'{w.section}</a></li></ol></nav></div><main role="main"><h1 class="page-title">'
        f'<span class="field--name-title">{story.h1}</span></h1><article role="article" '
        f'class="node node--type-article"><div class="node__meta">{story.byline}</div>'
        f'<div class="node__content"><div class="field--name-field-lead"><p>{story.lead}</p>'
        f'</div><div class="field--name-body">{first}<p><strong>{w.read_also}:</strong> '
        f'<a href="/node/9">{story.read_also}</a></p><div class="media media--type-image">'
        f'<img src="/1.jpg" alt=""><div class="field--name-field-caption">{story.caption}'
        f'</div></div><div class="block-ad"><small>{ad}</small></div>{rest}'
        f'<p class="source">{story.source_line}</p></div><div class="field--name-field-tags">'
        f'<div class="field__label">{w.tags}</div><div class="field__items">{tags}</div>'
        f'</div></div></article><div class="block-social-share">{w.share}</div>'
        f"{_comments(story)}{_related(story, 'view-related-content')}</main>"
        f'<footer class="site-footer">{w.footer}</footer></body></html>'
    )


def php(story: Story) -> str:
    """A custom PHP site: divs named in the newsroom's own shorthand, no semantic markup."""
    w = story.words
    first, rest, ad = _body_parts(story)
    tags = " ".join(f'<a href="/tag.php?t={n}">#{t}</a>' for n, t in enumerate(story.tags))
    return (
        _head(story) + f'<body><div id="top"><div class="logo"><a href="/">{story.site}</a></div>'
        f'<div class="menu"><a href="/">{w.home}</a> | <a href="/cat.php?id=2">{w.section}'
        f'</a></div></div><div id="wrap"><div class="path"><a href="/">{w.home}</a> &raquo; '
        f'<a href="/cat.php?id=2">{w.section}</a></div><div id="left"><div class="haber">'
        f'<h1>{story.h1}</h1><div class="info">{story.byline}</div><div class="spot">'
        f'{story.lead}</div><div class="share">{w.share}: <a href="#">FB</a> <a href="#">TW'
        f'</a></div><div class="detay">{first}<div class="resim"><img src="/r/1.jpg" alt="">'
        f'<span>{story.caption}</span></div><div class="reklam">{ad}</div>'
        f'<div class="ilgili"><b>{w.read_also}:</b> <a href="/haber.php?id=9">'
        f"{story.read_also}</a></div>{rest}<p><b>{story.source_line}</b></p></div>"
        f'<div class="etiket">{w.tags}: {tags}</div></div>{_comments(story)}</div>'
        f'<div id="right">{_related(story, "kutu")}</div></div><div id="alt">{w.footer}'
        "</div></body></html>"
    )


def whole_probe(
    name: str,
    url: str,
    html: str,
    story: Story,
    *,
    authors: tuple[str, ...],
    published: object,
    source: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    tags: tuple[str, ...] | None = None,
) -> WholeProbe:
    """A probe whose title is the headline, tags the story's tags, language its ``lang``,
    publisher its site, its body every text paragraph and none of the furniture."""
    want = {
        "title": title or story.h1,
        "authors": authors,
        "published": published,
        "tags": story.tags if tags is None else tags,
        "publisher": publisher or story.site,
        "language": story.lang.split("-")[0],
    }
    if source is not None:
        want["source"] = source
    must_not = (
        story.read_also,
        story.comment,
        *story.related,
        story.words.footer,
        story.words.ad,
    )
    return WholeProbe(
        name=name,
        url=url,
        html=html,
        want=want,
        must=(story.body[0], story.body[-1]),
        must_not=must_not,
    )


def day(y: int, m: int, d: int) -> datetime:
    """A published day, judged on the day alone."""
    return datetime(y, m, d)


def field_params(probes: Sequence[WholeProbe], open_: dict[tuple[str, str], str]) -> list[Any]:
    """One case per probe and judged field; a field in ``open_`` a strict xfail with its
    reason."""
    cases = []
    for probe in probes:
        for name in FIELDS:
            if name not in probe.want:
                continue
            reason = open_.get((probe.name, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(
                pytest.param(
                    probe.url,
                    probe.html,
                    name,
                    probe.want[name],
                    id=f"{probe.name}-{name}",
                    marks=marks,
                )
            )
    return cases


def whole_page_tests(
    probes: Sequence[WholeProbe],
    open_: dict[tuple[str, str], str],
    body_open: dict[str, str] | None = None,
) -> tuple[Callable[..., None], Callable[..., None]]:
    """A kit's two tests: each judged field of each probe (a field in ``open_`` a strict
    xfail with its reason), and each probe's body (a probe in ``body_open`` likewise)."""
    bodies = [
        pytest.param(
            p,
            id=p.name,
            marks=[pytest.mark.xfail(strict=True, reason=body_open[p.name])]
            if body_open and p.name in body_open
            else [],
        )
        for p in probes
    ]

    @pytest.mark.parametrize(("url", "html", "name", "want"), field_params(probes, open_))
    def test_field(url: str, html: str, name: str, want: object) -> None:
        got = getattr(newsextract.extract(html, url=url), name)
        assert matches(name, got, want), f"{name}: {got!r}"

    @pytest.mark.parametrize("probe", bodies)
    def test_body(probe: WholeProbe) -> None:
        """The text's first and last paragraphs in the lead and body; no "read also" link,
        comment, related story, footer or ad label."""
        article = newsextract.extract(probe.html, url=probe.url)
        text = "\n\n".join(part for part in (article.lead, article.body) if part)
        assert [line for line in probe.must if line not in text] == []
        assert [line for line in probe.must_not if line in text] == []

    return test_field, test_body


def report(probes: Sequence[WholeProbe]) -> None:  # pragma: no cover
    """Print both tools' hits per probe field and body, and their totals."""
    import trafilatura
    from tests.metadata.language_probes.kit import trafilatura_fields

    for tool in ("newsextract", "trafilatura"):
        hits = total = 0
        for probe in probes:
            if tool == "newsextract":
                article = newsextract.extract(probe.html, url=probe.url)
                got = {name: getattr(article, name) for name in FIELDS}
                text = "\n\n".join(p for p in (article.lead, article.body) if p)
            else:
                got = trafilatura_fields(probe.html, probe.url)
                text = trafilatura.extract(probe.html, url=probe.url) or ""
            for name, want in probe.want.items():
                total += 1
                ok = matches(name, got.get(name), want)
                hits += ok
                if not ok:
                    print(f"   {tool} {probe.name} {name}: {got.get(name)!r}")
            total += 1
            ok = all(m in text for m in probe.must) and not any(m in text for m in probe.must_not)
            hits += ok
            if not ok:
                print(f"   {tool} {probe.name} body")
        print(f"{tool}: {hits}/{total}")
