"""A feed opening with a long run of line breaks before its root element: feedparser looks
for DOCTYPE and ENTITY declarations there with ``^\\s*<!ENTITY``, line by line, and from
each line break read the rest of the run: 20,000 line breaks took 10 s of CPU, 200,000 a
quarter of an hour. The prolog's runs of white space holding a line break are now one line
break; what the feed lists is read as before."""

from __future__ import annotations

from tests.hang_guard import raised

from newsextract.discovery.feeds import parse_feed
from newsextract.errors import DiscoveryError

FEED = (
    b"<rss version='2.0'><channel><title>Harbour news</title>"
    b"<item><title>Ferry times</title><link>https://news.example/ferry</link></item>"
    b"</channel></rss>"
)


def test_line_breaks_before_the_root_cost_one_pass() -> None:
    error = raised(lambda: list(parse_feed(b"\n" * 400_000 + b"<rss>", "https://news.example/f")))
    assert isinstance(error, DiscoveryError)


def test_a_long_prolog_keeps_the_feed_s_entries() -> None:
    prolog = b"<?xml version='1.0'?>" + b" \n" * 50_000 + b"<!-- generated -->" + b"\n" * 9_000
    pages = list(parse_feed(prolog + FEED, "https://news.example/f"))
    assert [page.url for page in pages] == ["https://news.example/ferry"]
