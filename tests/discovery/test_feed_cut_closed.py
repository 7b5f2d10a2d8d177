"""A feed cut before its entry ``MAX_FEED_ENTRIES + 1`` (or its tag ``MAX_FEED_TAGS + 1``)
has the elements open at the cut closed: left open, the cut document failed feedparser's
strict parser at its end, and feedparser read the whole again with its loose parser (10,000
entries: 5-8 s, now 1.4-3 s). The entries read are the same."""

from __future__ import annotations

import io
from collections.abc import Callable

import feedparser
import pytest

from hang_guard import finishes, raised
from newsextract.discovery.feeds import (
    MAX_FEED_ENTRIES,
    FeedTooLongError,
    _closed,
    parse_feed,
)

SOURCE = "https://news.example.org/feed"


def _rss(count: int) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>https://news.example.org/a/{i}</link>"
        "<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
        for i in range(count)
    )
    head = '<?xml version="1.0"?><!-- a comment <x> --><rss version="2.0"><channel>'
    return f"{head}<title>T</title><![CDATA[<a>]]>{items}</channel></rss>".encode()


def _atom(count: int) -> bytes:
    entries = "".join(
        f'<entry><title>Story {i}</title><link href="https://news.example.org/a/{i}"/>'
        "<updated>2026-12-01T10:00:00Z</updated></entry>"
        for i in range(count)
    )
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entries}</feed>'.encode()


@pytest.mark.parametrize("make", [_rss, _atom])
def test_a_cut_feed_gives_the_entries_a_feed_of_that_many_gives(
    make: Callable[[int], bytes],
) -> None:
    whole = list(parse_feed(make(MAX_FEED_ENTRIES), SOURCE))
    with pytest.raises(FeedTooLongError) as caught:
        list(parse_feed(make(MAX_FEED_ENTRIES + 50), SOURCE))
    assert caught.value.pages == whole
    assert len(whole) == MAX_FEED_ENTRIES


def test_the_cut_document_is_closed_and_read_by_the_strict_parser() -> None:
    data = _rss(3)
    cut = data[: data.index(b"<item>", data.index(b"<item>") + 1)]
    closed = _closed(cut)
    assert closed.endswith(b"</channel></rss>")
    parsed = feedparser.parse(io.BytesIO(closed))
    assert not parsed.bozo
    assert [entry.link for entry in parsed.entries] == ["https://news.example.org/a/0"]


def test_closing_reads_end_tags_empty_elements_and_what_is_no_element() -> None:
    data = b'<?xml version="1.0"?><a><b/><c x="1"><d></d><!-- <e> --><![CDATA[<f>]]><g>'
    assert _closed(data) == data + b"</g></c></a>"
    assert _closed(b"<a><b><c></b>") == b"<a><b><c></b></a>"


@pytest.mark.parametrize(
    "flood", [b"<!--x>" * 20_000, b"<![CDATA[x>" * 20_000, b"<a" * 100_000, b'<a x="' * 50_000]
)
def test_closing_reads_each_mark_once(flood: bytes) -> None:
    # Comments and CDATA without their end, or "<" without ">", were searched to the end of
    # the feed again for each one (20,000 "<!--": over 77 s); each is now read once.
    data = _rss(MAX_FEED_ENTRIES + 50).replace(b"<title>T</title>", b"<title>T</title>" + flood)
    closed = finishes(lambda: _closed(data[: len(data) // 2]))
    assert closed.startswith(data[: len(data) // 2])
    assert isinstance(raised(lambda: list(parse_feed(data, SOURCE))), FeedTooLongError)


def test_a_cut_inside_a_comment_or_cdata_is_left_as_it_is() -> None:
    assert _closed(b"<rss><channel><!-- <item>") == b"<rss><channel><!-- <item>"
    assert _closed(b"<rss><![CDATA[ <a>") == b"<rss><![CDATA[ <a>"


def test_end_tags_of_elements_not_open_cost_no_search() -> None:
    # 45,000 open <a> and as many </b>: each </b> looked for a <b> through every open element
    # (22 s); the open names are counted.
    data = b"<rss>" + b"<a>" * 45_000 + b"</b>" * 45_000
    assert finishes(lambda: _closed(data)) == data + b"</a>" * 45_000 + b"</rss>"
