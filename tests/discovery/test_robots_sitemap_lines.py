"""A robots.txt listing sitemaps by the hundred thousand.

Discovery fetches robots.txt with room for a full-size sitemap (50 MB), and each
``Sitemap:`` line was checked against every line before it: 32,000 distinct lines took
4.5 s, a 10 MB file of them minutes. Now the first ``MAX_ROBOTS_BYTES`` are read, as RFC
9309 asks of a crawler, and the first ``MAX_ROBOTS_SITEMAPS`` lines kept.

A line whose value names no sitemap (``#frag``, ``?``, ``.``, ``/``, another host's bare name)
resolved to the robots.txt or the home page, which was fetched as a sitemap, and being a listed
sitemap stopped discovery from trying ``/sitemap.xml``: such lines are passed over.
"""

from __future__ import annotations

import time

import pytest
from tests.discovery.conftest import FAST, MakeSite
from tests.hostile.third import cpu_seconds, machine_pace

from newsextract.discovery import discover
from newsextract.discovery.sitemaps import MAX_ROBOTS_SITEMAPS, robots_sitemaps
from newsextract.fetching.robots import MAX_ROBOTS_BYTES


def _robots(lines: int) -> str:
    return "User-agent: *\n" + "".join(f"Sitemap: /maps/s{i}.xml\n" for i in range(lines))


def test_the_first_sitemap_lines_are_kept_in_order() -> None:
    started = time.process_time()
    found = robots_sitemaps(_robots(500_000), "http://x.example/robots.txt")
    assert time.process_time() - started < 2
    assert len(found) == MAX_ROBOTS_SITEMAPS
    assert found[:2] == ["http://x.example/maps/s0.xml", "http://x.example/maps/s1.xml"]


def test_lines_past_the_robots_cap_are_not_read() -> None:
    padding = "# " + "x" * MAX_ROBOTS_BYTES + "\n"
    found = robots_sitemaps(padding + "Sitemap: /late.xml\n", "http://x.example/robots.txt")
    assert found == []


def test_repeated_lines_count_once() -> None:
    text = "Sitemap: /a.xml\nsitemap: /a.xml\nSITEMAP: /b.xml\n"
    assert robots_sitemaps(text, "http://x.example/") == [
        "http://x.example/a.xml",
        "http://x.example/b.xml",
    ]


def test_discover_on_a_site_whose_robots_lists_a_million_sitemaps(make_site: MakeSite) -> None:
    home = b"<html><body><a href='/2024/05/01/harbour-plan'>Harbour plan</a></body></html>"
    robots = _robots(1_000_000).encode()  # 25 MB: under discovery's fetch cap
    site = make_site(
        "127.0.0.43",
        {"/": (200, "text/html", home), "/robots.txt": (200, "text/plain", robots)},
    )
    started = cpu_seconds()
    found = discover(f"{site.url}/", fetch_options=FAST, articles_only=False)
    list(found)
    assert cpu_seconds() - started < 60 * machine_pace()  # CPU: load stretches wall time
    assert sum(site.hits.get(f"/maps/s{i}.xml", 0) for i in range(100)) <= 50  # max_sources


NO_SITEMAP = ("#frag", "#", " # top", "?", ".", "./#x", "/", "//", "https://other.example")
NO_SITEMAP += ("javascript:void(0)", "ftp://x.example/s.xml", "mailto:maps@x.example", "http:")


@pytest.mark.parametrize("value", NO_SITEMAP)
@pytest.mark.parametrize("base", ["http://x.example/robots.txt", "http://x.example/"])
def test_a_value_naming_no_sitemap_is_passed_over(value: str, base: str) -> None:
    assert robots_sitemaps(f"Sitemap: {value}\n", base) == []


def test_the_robots_txt_is_not_its_own_sitemap() -> None:
    text = "Sitemap: ?q=1\nSitemap: /robots.txt\n"
    assert robots_sitemaps(text, "http://x.example/robots.txt") == []


def test_real_addresses_are_kept_beside_them() -> None:
    text = "Sitemap: #frag\nSitemap: /maps.xml#top\nSitemap: .\nSitemap: /?sitemap=1\n"
    text += "Sitemap: //cdn.example/s.xml\nSitemap: news.xml\n"
    assert robots_sitemaps(text, "http://x.example/robots.txt") == [
        "http://x.example/maps.xml",
        "http://x.example/?sitemap=1",
        "http://cdn.example/s.xml",
        "http://x.example/news.xml",
    ]


def test_a_fragment_line_does_not_stop_the_common_sitemap_paths(make_site: MakeSite) -> None:
    home = b"<html><body><p>Front page</p></body></html>"
    article = "/2024/05/01/harbour-plan"
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{article}</loc></url></urlset>"
    ).encode()
    site = make_site(
        "127.0.0.44",
        {
            "/": (200, "text/html", home),
            "/robots.txt": (200, "text/plain", b"User-agent: *\nSitemap: #frag\nSitemap: .\n"),
            "/sitemap.xml": (200, "application/xml", sitemap),
        },
    )
    started = cpu_seconds()
    found = [item.url for item in discover(f"{site.url}/", fetch_options=FAST)]
    assert cpu_seconds() - started < 30 * machine_pace()  # CPU: load stretches wall time
    assert found == [f"{site.url}{article}"]
