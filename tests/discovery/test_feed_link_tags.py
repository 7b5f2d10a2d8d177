"""A home page announcing feeds by the ten thousand with ``<link rel="alternate">``.

Each feed URL was compared with every one before it: 40,000 tags (a 2.7 MB page) took 7 s,
and discovery fetches a home page with room for 50 MB. Now the first ``MAX_FEED_LINKS``
distinct ones are kept, each checked once.
"""

from __future__ import annotations

import time

from tests.discovery.conftest import FAST, MakeSite
from tests.hostile.third import cpu_seconds, machine_pace

from newsextract.discovery import discover
from newsextract.discovery.feeds import MAX_FEED_LINKS, feed_links


def _home(feeds: int) -> bytes:
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/feeds/f{i}.xml">'
        for i in range(feeds)
    )
    return f"<html><head>{links}</head><body><p>Home</p></body></html>".encode()


def test_the_first_announced_feeds_are_kept_in_order() -> None:
    started = time.process_time()
    found = feed_links(_home(40_000).decode(), "http://x.example/")
    assert time.process_time() - started < 2
    assert len(found) == MAX_FEED_LINKS
    assert found[:2] == ["http://x.example/feeds/f0.xml", "http://x.example/feeds/f1.xml"]


def test_a_feed_announced_twice_counts_once() -> None:
    page = _home(2).decode().replace("</head>", _home(1).decode().split("<head>")[1])
    assert feed_links(page, "http://x.example/") == [
        "http://x.example/feeds/f0.xml",
        "http://x.example/feeds/f1.xml",
    ]


def test_discover_on_a_home_page_of_a_hundred_thousand_feed_links(make_site: MakeSite) -> None:
    site = make_site("127.0.0.44", {"/": (200, "text/html", _home(100_000))})
    started = cpu_seconds()
    list(discover(f"{site.url}/", fetch_options=FAST, articles_only=False))
    assert cpu_seconds() - started < 60 * machine_pace()  # CPU: load stretches wall time
    assert sum(n for path, n in site.hits.items() if path.startswith("/feeds/")) <= 50
