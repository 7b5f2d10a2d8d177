"""The blind68l probe's kit: a live page's furniture in its language (``Words``), its
entries (``Entry``), the four layouts a live page is built in and ``add``, which sets a live
page in ``pages.page``'s frame and adds it to ``PROBES`` with its must-lines and must-nots."""

from __future__ import annotations

import attrs
from news_probes.interruptions import hashed

from ..pages import Probes, page

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Words:
    """A live page's furniture in one language: the entry share button and its "copy link",
    the pinned badge, the "load more" button, the "updated N minutes ago" line, the ticker
    of other live events (its label and two events), the summary box's heading (neutral)
    and an embedded post's "view on" link."""

    lang: str
    share: str
    copy_link: str
    pinned: str
    load_more: str
    updated: str
    ticker_title: str
    ticker: tuple[str, str]
    key_points: str
    view_on: str
    dir_: str = "ltr"

    def out(self) -> tuple[str, ...]:
        """The lines no body may hold (the summary heading is neutral)."""
        return (
            self.share,
            self.copy_link,
            self.pinned,
            self.load_more,
            self.updated,
            self.ticker_title,
            *self.ticker,
            self.view_on,
        )


@attrs.frozen
class Entry:
    """One update: its time alone (neutral), its headline ('' when none), its paragraphs and
    an insert after them (an image, an embedded post, a table), neutral unless its lines are
    passed as ``must``."""

    time: str
    headline: str
    paras: tuple[str, ...]
    insert: str = ""
    must: tuple[str, ...] = ()


def embed(words: Words, text: str, who: str) -> str:
    """An embedded post: its text neutral (quoted in the stream; truths differ), its
    platform's "view on" link furniture."""
    return (
        f"<blockquote class='twitter-tweet'><p lang='{words.lang}'>{text}</p>&mdash; {who} "
        f"<a href='https://x.example/status/1'>6.12.2026</a><a class='view-on' "
        f"href='https://x.example/status/1'>{words.view_on}</a></blockquote>"
    )


def image(caption: str) -> str:
    """An entry's picture; its caption is neutral."""
    return (
        "<figure class='entry-image'><img src='/img/p.jpg' alt=''><figcaption>"
        f"{caption}</figcaption></figure>"
    )


def table(head: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    cells = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table class='results'><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _share(words: Words) -> str:
    return (
        f"<div class='entry-share'><button class='share-btn'>{words.share}</button><button "
        f"class='copy-link'>{words.copy_link}</button></div>"
    )


def _entry(words: Words, entry: Entry, layout: str, pinned: bool) -> str:
    badge = f"<span class='pinned-badge'>{words.pinned}</span>" if pinned else ""
    text = "".join(f"<p>{para}</p>" for para in entry.paras) + entry.insert
    if layout == "articles":  # each update an <article> with a <time> line and an <h2>
        head = f"<h2 class='live-post__title'>{entry.headline}</h2>" if entry.headline else ""
        return (
            f"<article class='live-post{' is-pinned' if pinned else ''}'>{badge}<time "
            f"class='live-post__time' datetime='2026-12-06'>{entry.time}</time>{head}<div "
            f"class='live-post__body'>{text}</div>{_share(words)}</article>"
        )
    if layout == "timeline":  # an ordered list, the time a span, the headline an <h3>
        head = f"<h3>{entry.headline}</h3>" if entry.headline else ""
        return (
            f"<li class='timeline-item'>{badge}<span class='timeline-time'>{entry.time}</span>"
            f"{head}{text}{_share(words)}</li>"
        )
    # "bare": a rich-text field, entries between <hr>s, the time and headline bold lines,
    # the share links a line of their own
    head = f"<p><strong>{entry.headline}</strong></p>" if entry.headline else ""
    return (
        f"<p>{badge}<strong>{entry.time}</strong></p>{head}{text}<p class='share-line'>"
        f"<a href='#s'>{words.share}</a> | <a href='#c'>{words.copy_link}</a></p><hr>"
    )


def _stream(words: Words, entries: tuple[Entry, ...], layout: str, pinned: Entry | None) -> str:
    """The pinned entry, then the entries newest first, in the layout's wrapper."""
    stream = "".join(_entry(words, entry, layout, False) for entry in entries)
    pin = _entry(words, pinned, layout, True) if pinned else ""
    if layout == "timeline":
        return f"<ol class='timeline'>{pin}{stream}</ol>"
    return f"<div class='liveblog-stream'>{pin}{stream}</div>"


def live_page(
    words: Words, title: str, summary: tuple[str, ...], intro: tuple[str, ...], stream: str
) -> str:
    """The page: the ticker strip over the headline, the "updated" line, the summary box,
    the intro, the ``stream`` (a scoreboard or a results table first, when the page has
    one) and the "load more" button."""
    ticker = "".join(
        f"<li><a href='/live/{n}'>{event}</a></li>" for n, event in enumerate(words.ticker)
    )
    points = "".join(f"<li>{point}</li>" for point in summary)
    return page(
        words.lang,
        title,
        f"<div class='live-ticker'><span class='ticker-label'>{words.ticker_title}</span><ul>"
        f"{ticker}</ul></div><main><article class='liveblog'><h1>{title}</h1><p "
        f"class='live-updated'>{words.updated}</p><div class='key-points'><h2>{words.key_points}"
        f"</h2><ul>{points}</ul></div><div class='liveblog-intro'>"
        + "".join(f"<p>{para}</p>" for para in intro)
        + f"</div>{stream}<button class='load-more'>{words.load_more}</button></article>"
        "</main>",
        dir_=words.dir_,
    )


def add(
    name: str,
    words: Words,
    title: str,
    summary: tuple[str, ...],
    intro: tuple[str, ...],
    entries: tuple[Entry, ...],
    *,
    layout: str = "articles",
    pinned: Entry | None = None,
    top: str = "",
    top_must: tuple[str, ...] = (),
    out: tuple[str, ...] = (),
    also_hashed: bool = False,
) -> None:
    """One live page (and, ``also_hashed``, the same page with every class a hash): the
    summary points, the intro, every entry's headline and paragraphs are must-lines; the
    furniture (``Words.out``, ``out``) must-nots; entry times neutral."""
    posts = (*(() if pinned is None else (pinned,)), *entries)
    must = (
        *summary,
        *intro,
        *top_must,
        *(line for post in posts for line in (post.headline, *post.paras, *post.must) if line),
    )
    out = (*out, *words.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    html = live_page(words, title, summary, intro, top + _stream(words, entries, layout, pinned))
    url = f"https://live.{words.lang}.example/2026/12/06/{name}"
    PROBES.add(f"b68l_{words.lang}_{name}", url, html, must, out)
    if also_hashed:
        PROBES.add(f"b68l_{words.lang}_{name}_hashed", url, hashed(html), must, out)
