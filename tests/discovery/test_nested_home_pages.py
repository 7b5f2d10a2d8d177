"""Home pages built to make the HTML parser slow, read by discovery for feeds and links.

``extract`` flattens deep nesting and refuses pages of over 200,000 tags before parsing
(``page_limits``), but discovery parsed a home page as it came: 100,000 nested ``<div>``
(600 KB) took lexbor 22 s, twice (once for the feed links, once for the article links),
and discovery fetches a home page with room for 50 MB. Now it reads
``readable_markup(html)``: nesting flattened as for ``extract``, the page cut after
``MAX_PAGE_TAGS`` tags.
"""

from __future__ import annotations

import time

from tests.discovery.conftest import FAST, MakeSite
from tests.hostile.third import cpu_seconds, machine_pace

from newsextract.discovery import discover
from newsextract.discovery.feeds import feed_links
from newsextract.discovery.links import article_links
from newsextract.page_limits import MAX_PAGE_TAGS, readable_markup

HEAD = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
STORY = '<a href="/2024/05/01/harbour-plan-approved">Harbour plan approved</a>'


def _nested(depth: int) -> str:
    return f"{HEAD}<body><p>{STORY}</p>{'<div>' * depth}<p>deep</p></body></html>"


def test_feeds_and_links_of_a_deeply_nested_page_are_read_in_time() -> None:
    html = _nested(100_000)
    started = time.process_time()
    feeds = feed_links(html, "http://x.example/")
    links = article_links(html, "http://x.example/")
    assert time.process_time() - started < 3
    assert feeds == ["http://x.example/feed.xml"]
    assert [link.url for link in links] == ["http://x.example/2024/05/01/harbour-plan-approved"]


def test_a_page_over_the_tag_cap_is_read_up_to_it() -> None:
    html = HEAD + "<body>" + STORY + "<b>x</b>" * MAX_PAGE_TAGS + "</body></html>"
    readable = readable_markup(html)
    assert readable.count("<") < MAX_PAGE_TAGS and readable.startswith(HEAD)
    assert len(article_links(html, "http://x.example/")) == 1


def test_an_ordinary_page_is_read_as_it_is() -> None:
    html = _nested(50)
    assert readable_markup(html) is html


def test_discover_on_a_deeply_nested_home_page(make_site: MakeSite) -> None:
    feed = (
        b'<rss version="2.0"><channel><title>t</title><item><link>'
        b"http://127.0.0.45/2024/05/02/bridge-reopens</link></item></channel></rss>"
    )
    site = make_site(
        "127.0.0.45",
        {
            "/": (200, "text/html", _nested(300_000).encode()),
            "/feed.xml": (200, "application/rss+xml", feed),
        },
    )
    started = cpu_seconds()
    found = [u.url for u in discover(f"{site.url}/", fetch_options=FAST, articles_only=False)]
    assert cpu_seconds() - started < 30 * machine_pace()  # CPU: load stretches wall time
    assert "http://127.0.0.45/2024/05/02/bridge-reopens" in found
