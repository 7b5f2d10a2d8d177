"""The renderings a story's copies come in, as real tools produce them: the site's own desktop
page (what the replays and wrappers carry), a replay toolbar or an archive's banner injected
over it, an archive snapshot that inlined it, an AMP page, a print view, a text-only and a
reader view, a partner's syndicated copy, a feed reader's item page, a newsletter's web
version, an instant article and a search cache's wrapper. Each returns its page, its address
and the lines no body of it may hold (``out``)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import attrs

from ._stories import WORDS, Story


@attrs.frozen
class Rendering:
    html: str
    url: str
    out: tuple[str, ...]


def _dir(story: Story) -> str:
    return ' dir="rtl"' if story.lang in {"ar", "fa", "he", "ur"} else ""


def shown(story: Story) -> str:
    return story.published.strftime(WORDS[story.lang].day)


def paras(story: Story, *, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{text}</p>" for text in story.paras)


def newsarticle(story: Story, **extra: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.iso,
        "author": [{"@type": "Person", "name": name} for name in story.authors],
        "publisher": {"@type": "Organization", "name": story.site},
        "mainEntityOfPage": story.url,
        **extra,
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def site_out(story: Story) -> tuple[str, ...]:
    """The site's furniture every copy of its page carries: the related stories."""
    words = WORDS[story.lang]
    return (words.related, *words.others)


def original(story: Story) -> str:
    """The site's desktop page: head with its metadata, masthead, the story, related
    stories, footer."""
    words = WORDS[story.lang]
    names = ", ".join(f'<a href="/author/{n}">{name}</a>' for n, name in enumerate(story.authors))
    related = "".join(
        f'<li><a href="/{story.section.lower()}/other-{n}">{title}</a></li>'
        for n, title in enumerate(words.others)
    )
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"{_dir(story)}><head><meta charset="utf-8">'
        f"<title>{story.title} | {story.site}</title>"
        f'<link rel="canonical" href="{story.url}">'
        f'<meta property="og:site_name" content="{story.site}">'
        f'<meta property="og:title" content="{story.title}">'
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{story.iso}">'
        f"{newsarticle(story)}"
        '<link rel="stylesheet" href="/static/site.css"></head><body>'
        f'<header class="masthead"><a class="logo" href="/">{story.site}</a>'
        f'<nav class="main-nav"><a href="/">⌂</a> <a href="/s/">{story.section}</a></nav>'
        '</header><main class="content"><article class="story">'
        f'<p class="story-section"><a href="/s/">{story.section}</a></p>'
        f'<h1 class="story-headline">{story.title}</h1>'
        f'<div class="story-byline"><span class="author">{words.by} {names}</span> '
        f'<time datetime="{story.iso}">{shown(story)}</time></div>'
        f'<div class="story-body">{paras(story)}</div></article>'
        f'<aside class="related"><h2>{words.related}</h2><ul>{related}</ul></aside></main>'
        f'<footer class="site-footer"><p>© 2024 {story.site}</p></footer></body></html>'
    )


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%d%H%M%S")


def _rewrite(html: str, prefix: str, host: str) -> str:
    """A replay's address rewriting: every link and source under the archive's path."""
    html = re.sub(r'(href|src)="/(?!/)', rf'\1="{prefix}https://{host}/', html)
    return re.sub(r'(href|src)="https://', rf'\1="{prefix}https://', html)


def replay_toolbar(story: Story, *, captures: int, hidden: bool) -> Rendering:
    """A web archive's replay: its scripts in the head, its toolbar (capture calendar,
    captures count, "collected by") at the top of the body, every address rewritten under
    its path and its comment at the end. ``hidden``: the toolbar is hidden until its script
    shows it, as one archive serves it."""
    capture = story.published + timedelta(days=3, hours=8, minutes=12, seconds=44)
    ts = _stamp(capture)
    prefix = f"/web/{ts}/"
    span = f"{capture.strftime('%d %b %Y')} - 4 Nov 2025"
    style = ' style="display:none;direction:ltr;"' if hidden else ' style="direction:ltr;"'
    head = (
        '<script src="//webvault.org/_static/js/bundle-playback.js?v=1B2M2Y8A" '
        'charset="utf-8"></script><script>__wm.init("https://webvault.org/web");'
        f'__wm.wombat("{story.url}","{ts}","https://webvault.org/","web","/_static/");'
        '</script><link rel="stylesheet" type="text/css" '
        'href="/_static/css/banner-styles.css?v=S1zqJCYt"><!-- End Web Vault Rewrite JS '
        "Include -->"
    )
    month = capture.strftime("%b").upper()
    toolbar = (
        f'<!-- BEGIN WEB VAULT TOOLBAR INSERT --><div id="wm-ipp-base" lang="en"{style}>'
        '<div id="wm-ipp"><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" '
        'title="Web Vault home page">Web Vault</a></div><div class="c"><div class="u">'
        '<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb">'
        f'<input type="text" name="url" id="wmtbURL" value="{story.url}">'
        '<input type="submit" value="Go"></form></div><div class="n"><table><tbody>'
        f'<tr class="m"><td class="b"><a href="/web/{ts}*/{story.url}">PREV</a></td>'
        f'<td class="c" id="displayMonthEl">{month}</td><td class="f">NEXT</td></tr>'
        f'<tr class="d"><td class="c" id="displayDayEl">{capture.day:02d}</td></tr>'
        f'<tr class="y"><td class="b">{capture.year - 1}</td><td class="c" '
        f'id="displayYearEl">{capture.year}</td><td class="f">{capture.year + 1}</td></tr>'
        '</tbody></table></div><div class="s"><div id="wm-nav-captures">'
        f'<a class="t" href="/web/*/{story.url}">{captures} captures</a>'
        f'<div class="r" title="Timespan for captures of this URL">{span}</div></div>'
        '</div><div class="r"><a id="wm-btn-close" href="#close">close</a> '
        '<a href="/help">help</a> <a href="#about">About this capture</a></div></div>'
        '<div id="wm-capinfo"><div id="wm-capinfo-collected-by"><div class="wm-title">'
        "COLLECTED BY</div><p>Organization: <a href='/details/otw'>Open Web Trust</a></p>"
        "<p>Collection: <a href='/details/news'>News homepages and articles</a></p>"
        "<p>Web crawl data from the news collection, captured every few hours.</p></div>"
        '<div id="wm-capinfo-timestamps"><div class="wm-title">TIMESTAMPS</div></div></div>'
        "</div></div></div><!-- END WEB VAULT TOOLBAR INSERT -->"
    )
    tail = (
        f"<!-- FILE ARCHIVED ON {capture.strftime('%H:%M:%S %b %d, %Y')} AND RETRIEVED FROM "
        "THE WEB VAULT ON 10:02:51 Dec 01, 2025. JAVASCRIPT APPENDED BY WEB VAULT, COPYRIGHT "
        "OPEN WEB TRUST. --><!-- playback timings (ms): captures_list: 0.61 -->"
    )
    page = _rewrite(original(story), prefix, story.host)
    page = page.replace("<head>", "<head>" + head, 1)
    page = re.sub(r"<body>", "<body>" + toolbar, page, count=1)
    page = page.replace("</html>", "</html>" + tail)
    return Rendering(
        page,
        f"https://webvault.org{prefix}{story.url}",
        (
            f"{captures} captures",
            span,
            "About this capture",
            "COLLECTED BY",
            "Web crawl data from the news collection, captured every few hours.",
            "News homepages and articles",
            *site_out(story),
        ),
    )


def archive_banner(story: Story, *, banner: str, lines: tuple[str, ...], host: str) -> Rendering:
    """A national web archive's replay: a banner of its own in its language (``banner``
    markup, ``lines`` its sentences) over the page, addresses rewritten under its path."""
    capture = story.published + timedelta(days=3, hours=6, minutes=41)
    prefix = f"/wayback/{_stamp(capture)}/"
    page = _rewrite(original(story), prefix, story.host)
    page = page.replace("<body>", f"<body>{banner}", 1)
    return Rendering(page, f"https://{host}{prefix}{story.url}", (*lines, *site_out(story)))


def _inline(body: str) -> str:
    """An archive snapshot's inlining: classes and ids gone, styles written out, no
    scripts, times without their machine-readable value."""
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    body = re.sub(r' (class|id|datetime)="[^"]*"', "", body)
    body = re.sub(
        r"<(div|p|h1|h2|header|footer|nav|main|article|aside|ul|li|span|time)>",
        r'<\1 style="box-sizing:border-box;margin:0px;padding:0px;">',
        body,
    )
    return body


def snapshot(story: Story, *, capture: datetime) -> Rendering:
    """An archive snapshot: the archive's own head (the page's title kept, the capture's
    time as the document's), its header (saved from, the capture's time, other snapshots,
    share and download), then the page's body inlined."""
    body = original(story).split("<body>", 1)[1].split("</body>", 1)[0]
    stamp = capture.strftime("%Y-%m-%dT%H:%M:%SZ")
    said = capture.strftime("%d %b %Y %H:%M:%S UTC")
    page = (
        f'<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#"'
        f' itemscope itemtype="http://schema.org/Article"><head><meta charset="utf-8">'
        '<meta name="robots" content="index,noarchive">'
        f"<title>{story.title} | {story.site}</title>"
        '<link rel="canonical" href="https://vaultsnap.is/Xk3pQ">'
        '<meta property="og:url" content="https://vaultsnap.is/Xk3pQ">'
        f'<meta property="article:modified_time" content="{stamp}">'
        f'<meta itemprop="dateModified" content="{stamp}"></head><body>'
        '<center><div id="HEADER" style="background-color:#fff;text-align:left;">'
        '<table style="width:1028px;font-size:10px;"><tr><td rowspan="2">'
        '<a href="https://vaultsnap.is/">vaultsnap.is</a></td><td>webpage capture</td>'
        f'<td>Saved from <input type="text" value="{story.url}"> <a href="/search">search</a>'
        f'</td><td><time itemprop="pubdate" datetime="{stamp}">{said}</time></td></tr>'
        "<tr><td>no other snapshots from this url</td><td>"
        f'<a href="/{story.host}">All snapshots</a> from host <a href="/{story.host}">'
        f"{story.host}</a></td></tr><tr><td>Webpage</td><td><a href='/Xk3pQ/image'>"
        "Screenshot</a></td><td><a href='#share'>share</a> <a href='/download/Xk3pQ.zip'>"
        "download .zip</a> <a href='/abuse'>report bug or abuse</a></td></tr></table></div>"
        '</center><div id="SOLID"><div id="CONTENT" style="width:1024px;"><div '
        f'style="position:relative;text-align:left;">{_inline(body)}</div></div></div>'
        "</body></html>"
    )
    return Rendering(
        page,
        "https://vaultsnap.is/Xk3pQ",
        (
            "webpage capture",
            said,
            "no other snapshots from this url",
            "All snapshots",
            "report bug or abuse",
            *site_out(story),
        ),
    )


@attrs.frozen(kw_only=True)
class AmpWords:
    """An AMP page's furniture in its language."""

    menu: tuple[str, ...]
    consent: str
    accept: str
    ad: str
    share: str
    next_label: str
    next_titles: tuple[str, str]
    full: str
    caption: str


def amp(story: Story, words: AmpWords, *, carousel: tuple[str, str] | None = None) -> Rendering:
    """An AMP page: the ⚡ html, the boilerplate style, the canonical link to the desktop
    page, a sidebar menu, a consent banner, ``<amp-img>`` figures, an ad slot between the
    paragraphs, share buttons, a carousel, the next page's teasers and a "full version"
    link."""
    first, second, *rest = story.paras
    menu = "".join(f'<li><a href="/s{n}/">{item}</a></li>' for n, item in enumerate(words.menu))
    slides = ""
    if carousel:
        slides = (
            '<amp-carousel type="slides" width="800" height="500" layout="responsive">'
            + "".join(
                f'<figure><amp-img src="/img/g{n}.jpg" width="800" height="500" '
                f'layout="responsive" alt=""></amp-img><figcaption>{text}</figcaption></figure>'
                for n, text in enumerate(carousel)
            )
            + "</amp-carousel>"
        )
    pages = json.dumps(
        [
            {"image": f"/img/n{n}.jpg", "title": t, "url": f"/amp/next-{n}"}
            for n, t in enumerate(words.next_titles)
        ],
        ensure_ascii=False,
    )
    names = ", ".join(story.authors)
    page = (
        f'<!doctype html><html ⚡ lang="{story.lang}"{_dir(story)}><head><meta charset="utf-8">'
        f"<title>{story.title} - {story.site}</title>"
        f'<link rel="canonical" href="{story.url}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-carousel" '
        'src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js">'
        "</script>"
        f'<meta property="og:site_name" content="{story.site}">'
        f"{newsarticle(story)}"
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
        "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
        "<style amp-custom>.ad-label{font-size:10px}</style></head><body>"
        f'<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{menu}</ul></amp-sidebar>'
        '<header class="amp-header"><button on="tap:menu.toggle" aria-label="menu">☰</button>'
        f'<a href="/"><amp-img src="/logo.png" width="160" height="32" alt="{story.site}">'
        "</amp-img></a></header>"
        f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>'
        f'{words.consent}</p><button on="tap:consent.accept">{words.accept}</button></div>'
        '</amp-consent><article class="amp-article">'
        f'<h1 class="amp-title">{story.title}</h1><div class="amp-byline">'
        f'<span class="amp-author">{names}</span> <time datetime="{story.iso}">'
        f"{shown(story)}</time></div>"
        '<figure class="amp-lead-image"><amp-img src="/img/lead.jpg" width="1200" '
        f'height="675" layout="responsive" alt=""></amp-img><figcaption>{words.caption}'
        f"</figcaption></figure><p>{first}</p>"
        f'<div class="amp-ad-wrap"><span class="ad-label">{words.ad}</span><amp-ad '
        'width="300" height="250" type="doubleclick" data-slot="/1234/amp_article_1">'
        "<div placeholder></div><div fallback></div></amp-ad></div>"
        f"<p>{second}</p>{slides}{''.join(f'<p>{text}</p>' for text in rest)}"
        f'<div class="amp-share"><span>{words.share}</span><amp-social-share type="facebook" '
        'width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" '
        'width="40" height="40"></amp-social-share><amp-social-share type="email" '
        'width="40" height="40"></amp-social-share></div></article>'
        f'<amp-next-page><script type="application/json">{pages}</script>'
        f'<div separator><p class="next-label">{words.next_label}</p></div>'
        '<div recommendation-box class="next-box">'
        + "".join(f'<a href="/amp/next-{n}">{t}</a>' for n, t in enumerate(words.next_titles))
        + "</div></amp-next-page>"
        f'<footer class="amp-footer"><a href="{story.url}">{words.full}</a> '
        f"<p>© 2024 {story.site}</p></footer></body></html>"
    )
    return Rendering(
        page,
        f"https://{story.host}/amp{story.path}",
        (words.consent, words.ad, words.next_label, *words.next_titles, words.full),
    )


@attrs.frozen(kw_only=True)
class PrintWords:
    """A print view's furniture in its language."""

    print_: str
    close: str
    printed: str  # "printed on" before the day
    address: str  # "address of this article:" before the URL
    rights: str


def print_view(story: Story, words: PrintWords, *, link: tuple[str, str]) -> Rendering:
    """A print view: no menus, the logo, print and close buttons, the story with the
    address of its one link printed after it, and a closing block with the story's address,
    the day it was printed and the rights notice. ``link``: the last paragraph's linked
    words and the address they link to."""
    *head, last = story.paras
    linked, href = link
    printed = (story.published + timedelta(days=40)).strftime("%d.%m.%Y %H:%M")
    names = ", ".join(story.authors)
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f'<title>{story.title} - {story.site}</title><meta name="robots" content="noindex">'
        f'<link rel="canonical" href="{story.url}"><link rel="stylesheet" media="print" '
        'href="/css/print.css"></head><body class="print" onload="window.print()">'
        f'<div class="print-header"><img src="/img/logo-print.png" alt="{story.site}">'
        f'<a href="javascript:window.print()" class="print-button">{words.print_}</a> '
        f'<a href="javascript:window.close()" class="close-button">{words.close}</a></div>'
        f'<div class="print-article"><h1>{story.title}</h1><p class="print-meta">{names} · '
        f"{shown(story)}</p>"
        + "".join(f"<p>{text}</p>" for text in head)
        + f'<p>{last} <a href="{href}">{linked}</a><span class="print-url"> [{href}]</span>'
        "</p></div>"
        f'<div class="print-footer"><p>{words.address} {story.url}</p><p>{words.printed} '
        f"{printed}</p><p>© 2024 {story.site}. {words.rights}</p></div></body></html>"
    )
    return Rendering(
        page,
        f"https://{story.host}{story.path}?print=1",
        (words.print_, words.close, href, f"{words.printed} {printed}", words.rights),
    )


@attrs.frozen(kw_only=True)
class LiteWords:
    """A text-only edition's furniture in its language."""

    edition: str
    updated: str  # the label before the shown moment
    source: str  # "Source:" before the site's name
    full_article: str
    full_site: str
    note: str


def lite(story: Story, words: LiteWords) -> Rendering:
    """A text-only ("lite") edition: no scripts, no pictures, no classes but a few ids; the
    headline, a byline, a moment line, a source line, the paragraphs, links to the full
    article and site."""
    names = " and ".join(story.authors)
    moment = f"{words.updated} 9:30 AM, {story.published.strftime('%a %B %d, %Y')}"
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{story.title} | {story.site} {words.edition}</title>"
        f'<link rel="canonical" href="{story.url}"></head><body>'
        f'<header><a href="/">{story.site} {words.edition}</a></header><main><article>'
        f'<h2 class="headline">{story.title}</h2><p id="byline">{WORDS[story.lang].by} '
        f"{names}, {story.site}</p>"
        f'<p id="published-datetime">{moment}</p><p>{words.source}: {story.site}</p><hr>'
        f"{paras(story)}</article></main><footer>"
        f'<p><a href="{story.url}">{words.full_article}</a></p>'
        f'<p><a href="https://{story.host}/">{words.full_site}</a></p><p>{words.note}</p>'
        "</footer></body></html>"
    )
    return Rendering(
        page,
        f"https://lite.{story.host.removeprefix('www.')}{story.path}",
        (words.full_article, words.full_site, words.note, moment),
    )


def reader_view(story: Story, *, minutes: str) -> Rendering:
    """A browser's reader view, saved: its header (the site's domain, the title, the
    credits, the reading time) over the story's paragraphs."""
    domain = story.host.removeprefix("www.")
    names = ", ".join(story.authors)
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"{_dir(story)}><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{story.title}</title>'
        '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css"></head>'
        '<body class="light sans-serif loaded"><div class="container" style="--font-size:20px;">'
        f'<div class="header reader-header reader-show-element"><a class="domain reader-domain" '
        f'href="{story.url}">{domain}</a><div class="domain-border"></div>'
        f'<h1 class="reader-title">{story.title}</h1><div class="credits reader-credits">'
        f'{names}</div><div class="meta-data"><div class="reader-estimated-time">{minutes}'
        '</div></div></div><hr><div class="content"><div class="moz-reader-content '
        f'reader-show-element"><div id="readability-page-1" class="page">{paras(story)}</div>'
        "</div></div></div></body></html>"
    )
    return Rendering(page, f"about:reader?url={story.url}", (minutes, domain))


@attrs.frozen(kw_only=True)
class Partner:
    """A partner site's furniture around a syndicated copy, in its language."""

    name: str
    host: str
    menu: tuple[str, ...]
    note: str  # "This article originally appeared in" the source, in its words
    more: str
    more_titles: tuple[str, str]
    newsletter: str


def syndicated(story: Story, partner: Partner, *, note_first: bool) -> Rendering:
    """A partner's copy: the partner's masthead, menu, site name and newsletter box; the
    canonical link and a note naming the source; the story's byline and day; the partner's
    own stories after it. ``note_first``: the note over the text rather than under it."""
    menu = "".join(f'<a href="/m{n}/">{item}</a>' for n, item in enumerate(partner.menu))
    names = ", ".join(story.authors)
    note = (
        f'<p class="syndication-note"><em>{partner.note} <a href="{story.url}">{story.site}'
        "</a>.</em></p>"
    )
    more = "".join(
        f'<li><a href="/story/{n}">{title}</a></li>' for n, title in enumerate(partner.more_titles)
    )
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{story.title} – {partner.name}</title>"
        f'<link rel="canonical" href="{story.url}">'
        f'<meta property="og:site_name" content="{partner.name}">'
        f'<meta property="og:url" content="https://{partner.host}/story/{story.path[-18:]}">'
        f'<meta name="author" content="{names}">'
        f'<meta property="article:published_time" content="{story.iso}"></head><body>'
        f'<header class="site-header"><a class="brand" href="/">{partner.name}</a>'
        f'<nav class="primary-menu">{menu}</nav></header><main><article class="post">'
        f'<h1 class="post-title">{story.title}</h1><div class="post-meta">'
        f'<span class="byline">{WORDS[story.lang].by} {names}</span> · <span class="date">'
        f"{shown(story)}</span></div>"
        f'<div class="post-content">{note if note_first else ""}{paras(story)}'
        f"{'' if note_first else note}</div></article>"
        f'<section class="more-from"><h3>{partner.more}</h3><ul>{more}</ul></section>'
        f'<div class="newsletter-box"><p>{partner.newsletter}</p><form><input type="email">'
        "</form></div></main>"
        f'<footer class="site-footer"><p>© 2024 {partner.name}</p></footer></body></html>'
    )
    return Rendering(
        page,
        f"https://{partner.host}/story/{story.path.rsplit('/', 1)[-1]}",
        (partner.note, partner.more, *partner.more_titles, partner.newsletter),
    )


@attrs.frozen(kw_only=True)
class ReaderApp:
    """A feed reader's web view in its language."""

    app: str
    feeds: tuple[str, ...]
    actions: tuple[str, ...]  # mark as read, star, share...
    open_original: str
    from_: str  # "from" before the feed's name
    appeared: str  # the feed's own closing line, "The post ... appeared first on ..."


def feed_item(story: Story, app: ReaderApp) -> Rendering:
    """A feed item's full content rendered as a page by a feed reader: its app bar, the
    list of feeds with their unread counts, the item's toolbar, the item (title linking to
    the original, source, author and day) and the content as the feed gave it, with the
    feed's own closing line."""
    feeds = "".join(
        f'<li class="feed"><a href="/feed/{n}">{name}</a> <span class="unread">({n * 7 + 3})'
        "</span></li>"
        for n, name in enumerate((story.site, *app.feeds))
    )
    actions = "".join(f'<button class="item-action">{label}</button>' for label in app.actions)
    names = ", ".join(story.authors)
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{story.title} - {app.app}</title></head><body>"
        f'<div class="app-bar"><span class="app-name">{app.app}</span></div>'
        f'<div class="layout"><nav class="feed-list"><ul>{feeds}</ul></nav>'
        f'<div class="reader-pane"><div class="item-toolbar">{actions}'
        f'<a class="open-original" href="{story.url}">{app.open_original}</a></div>'
        f'<div class="item"><h1 class="item-title"><a href="{story.url}">{story.title}</a>'
        f'</h1><div class="item-meta">{app.from_} <a href="https://{story.host}/">'
        f'{story.site}</a> · {names} · <time datetime="{story.iso}">{shown(story)}</time>'
        f'</div><div class="item-content">{paras(story)}<p>{app.appeared}</p></div></div>'
        "</div></div></body></html>"
    )
    return Rendering(
        page,
        f"https://{app.app.lower().replace(' ', '')}.example/i/{story.path.rsplit('/', 1)[-1]}",
        (app.open_original, app.appeared, *app.actions, *app.feeds),
    )


@attrs.frozen(kw_only=True)
class Letter:
    """A newsletter's furniture in its language."""

    name: str
    subject: str
    view: str  # "View this email in your browser"
    preheader: str
    read_on: str
    forward: str
    why: str  # "You are receiving this email because..."
    unsubscribe: str


def newsletter(story: Story, letter: Letter) -> Rendering:
    """A newsletter's web version of one story: tables, a hidden preheader, a "view in
    browser" line, the newsletter's name and day, the story (headline, byline, text, a
    button to the site), then forward, the reason you get it and unsubscribe."""
    names = ", ".join(story.authors)
    cell = 'style="padding:0 24px;font-family:Georgia,serif;font-size:17px;line-height:1.5"'
    page = (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{letter.subject}</title>"
        '<meta name="viewport" content="width=device-width"></head><body style="margin:0">'
        '<span class="preheader" style="display:none!important;max-height:0;overflow:hidden">'
        f"{letter.preheader}</span>"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td '
        f'align="center"><p style="font-size:11px"><a href="#">{letter.view}</a></p>'
        '<table role="presentation" width="600"><tr><td align="center">'
        f'<img src="https://{story.host}/mail/logo.png" alt="{story.site}" width="200">'
        f'<p style="font-size:13px">{letter.name} · {shown(story)}</p></td></tr>'
        f'<tr><td {cell}><h1 style="font-size:28px">{story.title}</h1>'
        f'<p style="color:#666">{WORDS[story.lang].by} {names}</p>'
        + "".join(f'<p style="margin:0 0 16px">{text}</p>' for text in story.paras)
        + f'<a href="{story.url}?utm_source=newsletter" style="background:#0a5;color:#fff;'
        f'padding:10px 18px">{letter.read_on}</a></td></tr>'
        f'<tr><td style="font-size:11px;color:#888"><p><a href="#fwd">{letter.forward}</a></p>'
        f'<p>{letter.why}</p><p><a href="#unsub">{letter.unsubscribe}</a></p>'
        f"<p>{story.site}</p></td></tr></table></td></tr></table></body></html>"
    )
    return Rendering(
        page,
        f"https://news.{story.host.removeprefix('www.')}/archive/{story.path[-20:].strip('/')}",
        (
            letter.view,
            letter.preheader,
            letter.read_on,
            letter.forward,
            letter.why,
            letter.unsubscribe,
        ),
    )


def instant(story: Story, *, kicker: str, credit: str, related: tuple[str, str]) -> Rendering:
    """An instant article: the ``op`` markup (a cover figure, the kicker, the address of
    the author, ``op-published`` and ``op-modified`` times), the paragraphs with an
    ``op-ad`` figure and an ``op-interactive`` between them, an ``op-tracker`` figure, and
    a footer of credits, the rights line and related articles."""
    first, *rest = story.paras
    authors = "".join(f"<address><a>{name}</a></address>" for name in story.authors)
    modified = (story.published + timedelta(days=1)).strftime("%Y-%m-%dT11:00:00+03:00")
    related_items = "".join(
        f'<li><a href="https://{story.host}/r/{n}">{t}</a></li>' for n, t in enumerate(related)
    )
    page = (
        f'<!doctype html><html lang="{story.lang}"{_dir(story)} '
        'prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">'
        f'<link rel="canonical" href="{story.url}">'
        '<meta property="op:markup_version" content="v1.0">'
        '<meta property="fb:article_style" content="default"></head><body><article><header>'
        '<figure><img src="https://img.example/cover.jpg"></figure>'
        f'<h1>{story.title}</h1><h3 class="op-kicker">{kicker}</h3>{authors}'
        f'<time class="op-published" datetime="{story.iso}">{shown(story)}</time>'
        f'<time class="op-modified" datetime="{modified}">{modified[:10]}</time></header>'
        f"<p>{first}</p>"
        '<figure class="op-ad"><iframe width="300" height="250" style="border:0;margin:0;" '
        'src="https://ads.example/slot?p=ia"></iframe></figure>'
        + "".join(f"<p>{text}</p>" for text in rest[:1])
        + '<figure class="op-interactive"><iframe class="no-margin" width="640" height="360">'
        '<div id="map"></div></iframe></figure>'
        + "".join(f"<p>{text}</p>" for text in rest[1:])
        + '<figure class="op-tracker"><iframe><script>var _q=[];_q.push(["track","ia"]);'
        "</script></iframe></figure>"
        f"<footer><aside>{credit}</aside><small>© 2024 {story.site}</small>"
        f'<ul class="op-related-articles">{related_items}</ul></footer></article></body></html>'
    )
    return Rendering(page, story.url + "?ia=1", (credit, *related, kicker))


def cache_wrapper(
    story: Story, *, header: str, lines: tuple[str, ...], text_only: bool
) -> Rendering:
    """A search engine's cache: the page as the crawler fetched it, a ``<base>`` pointing
    home, and the cache's header (``header`` markup, ``lines`` its sentences) at the top of
    the body. ``text_only``: the cache's text version, its styles, scripts and pictures
    gone."""
    page = original(story)
    if text_only:
        page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
        page = re.sub(r"<(img|link)\b[^>]*>", "", page)
    page = page.replace("<head>", f'<head><base href="{story.url}">', 1)
    page = page.replace(
        "<body>",
        f'<body><div style="position:relative">{header}</div><div style="position:relative">',
        1,
    ).replace("</body>", "</div></body>")
    return Rendering(
        page,
        f"https://webcache.searchhub.example/search?q=cache:{story.url}",
        (*lines, *site_out(story)),
    )
