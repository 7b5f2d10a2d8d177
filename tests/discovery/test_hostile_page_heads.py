"""A served page whose head is built to cost discovery time: telling a feed from a page must
cost the page's first 4 KB once, not once per way of reading them."""

from __future__ import annotations

from tests.discovery.conftest import FAST, MakeSite
from tests.hang_guard import finishes

from newsextract.discovery import discover


def test_a_head_of_empty_comments_is_read_once(make_site: MakeSite) -> None:
    # 585 comments in the 4 KB looked at: the regex that tells a feed by its root tried every
    # way of splitting them (2**585) before saying "not a feed"; the discovery never ended.
    page = b"<!---->" * 1000 + b'<html><body><a href="/2024/05/01/harbour-plan">x</a></body></html>'
    site = make_site("127.0.0.61", {"/": (200, "text/html", page)})
    run = discover(site.url + "/", fetch_options=FAST)
    urls = finishes(lambda: [item.url for item in run])
    assert urls == [site.url + "/2024/05/01/harbour-plan"]


def test_comments_before_a_feed_root_still_make_it_a_feed(make_site: MakeSite) -> None:
    site = make_site("127.0.0.62", {})
    item = f"<item><link>{site.url}/2024/05/01/harbour-plan</link></item>"
    head = '<?xml version="1.0"?>\n<!-- one -->\n<!-- two -->\n'
    feed = f'{head}<rss version="2.0"><channel>{item}</channel></rss>'
    site.routes["/feed"] = (200, "text/plain", feed.encode())
    run = discover(site.url + "/feed", fetch_options=FAST)
    assert [found.url for found in run] == [site.url + "/2024/05/01/harbour-plan"]
