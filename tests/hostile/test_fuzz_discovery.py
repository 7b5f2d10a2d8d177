"""Sitemaps, feeds, robots.txt and page charsets as a hostile server would write them.

Sitemaps and feeds with odd ``<loc>``s and dates, DTDs declaring entities, another
encoding declared than written, cut anywhere, gzipped and cut; robots.txt with absurd
delays and rates and patterns; page bytes with any declared charset. Each parser gives its
result or a ``NewsExtractError`` (``DiscoveryError`` for a source), within a time bound.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from hostile.profile import cpu_bound, fuzz
from newsextract.decode import decode_html
from newsextract.discovery.feeds import feed_links, parse_feed
from newsextract.discovery.sitemaps import parse_sitemap, robots_sitemaps
from newsextract.errors import NewsExtractError
from newsextract.fetching.robots import decode_robots, rules_for_status

_LOCS = st.sampled_from(
    [
        *["https://example.org/a", "", " ", "javascript:x", "http://[::1", "//x", "/rel"],
        *["http://a\x00b", "https://example.org/" + "a" * 3000, "http://xn--/", "ftp://x/y"],
        *["http://host:99999/", "https://ex ample.org/", "https://example.org/?utm_source=x"],
    ]
) | st.text(max_size=30)
_DATES = st.sampled_from(
    ["2021-03-05", "2021-03-05T10:00:00+25:00", "99999-01-01", "", "x", "2021-02-30", "1e400"]
) | st.text(max_size=20)
_PROLOGS = [
    *["", "<?xml version='1.0'?>", "\ufeff", "<?xml version='1.0' encoding='utf-16'?>"],
    "<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]>",
    *["<!--", "<?xml version='1.0' encoding='bogus'?>", "<!DOCTYPE x SYSTEM 'file:///etc/passwd'>"],
]


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def _entry(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(["url", "sitemap", "item", "entry"]))
    loc, link, date = _escaped(draw(_LOCS)), _escaped(draw(_LOCS)), _escaped(draw(_DATES))
    return (
        f'<{tag}><loc>{loc}</loc><lastmod>{date}</lastmod><link href="{link}">{loc}</link>'
        f"<news:news><news:publication_date>{date}</news:publication_date>"
        f"<news:title>{_escaped(draw(st.text(max_size=10)))}</news:title></news:news>"
        f"<pubDate>{date}</pubDate><updated>{date}</updated>&b;</{tag}>"
    )


@st.composite
def sitemap_or_feed(draw: st.DrawFn) -> bytes:
    root = draw(st.sampled_from(["urlset", "sitemapindex", "rss", "feed"]))
    entries = "".join(draw(st.lists(_entry(), max_size=5)))
    document = (
        f"{draw(st.sampled_from(_PROLOGS))}<{root} "
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</{root}>'
    )
    data = document.encode("utf-8")
    how = draw(st.integers(0, 4))
    if how == 0:
        return data[: draw(st.integers(0, len(data)))]
    if how == 1:
        return gzip.compress(data, mtime=0)
    if how == 2:
        return gzip.compress(data, mtime=0)[: draw(st.integers(0, 60))]
    return data


def _verdict(call: Callable[[], Any], size: int) -> None:
    started = time.process_time()
    try:
        result = call()
        if hasattr(result, "__next__"):
            list(result)
    except NewsExtractError:
        pass
    assert time.process_time() - started < cpu_bound(size)


@fuzz(80)
@given(sitemap_or_feed(), st.sampled_from(["https://example.org/sitemap.xml", "", "x"]))
def test_sitemaps_and_feeds(data: bytes, source: str) -> None:
    _verdict(lambda: parse_sitemap(data, source), len(data))
    _verdict(lambda: parse_feed(data, source), len(data))


_ROBOTS_LINES = st.sampled_from(
    [
        *["User-agent: *", "User-agent: ", "Disallow: /", "Allow: /a$", "Disallow: " + "*" * 50],
        *["Crawl-delay: 1e400", "Crawl-delay: -1", "Crawl-delay: nan", "Crawl-delay: " + "9" * 60],
        *["Request-rate: 1/0", "Request-rate: 0/10", "Request-rate: 1/1e999", "Request-rate: 1/5m"],
        *[
            "Request-rate: " + "9" * 30 + "/1",
            "Sitemap: ",
            "Sitemap: /s.xml",
            "Sitemap: http://[::1",
        ],
        *["Disallow: /%", "Disallow: /%ZZ", "Disallow: /%ED%A0%80", "Host: x", "\x00"],
    ]
) | st.text(max_size=20)


@fuzz(80)
@given(st.lists(_ROBOTS_LINES, max_size=12))
def test_robots_txt(lines: list[str]) -> None:
    text = decode_robots("\n".join(lines).encode("utf-8"))  # as a fetched robots.txt is read

    def read() -> None:
        rules = rules_for_status(200, text)
        for token in ("newsextract", "*"):
            rules.allows("https://example.org/a/b?c", token)
            rules.delay(token)
        robots_sitemaps(text, "https://example.org/")

    _verdict(read, len(text))


_LABELS = st.sampled_from(
    [None, "utf-8", "utf-16", "x-user-defined", "replacement", "base64", "", "\x00", "hz-gb-2312"]
) | st.text(max_size=10)


@fuzz(150)
@given(st.binary(max_size=400), _LABELS)
def test_charsets(data: bytes, declared: str | None) -> None:
    def decode() -> None:
        decode_html(b"<p>" + data, declared=declared).text.encode("utf-8")

    _verdict(decode, len(data))


@fuzz(60)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["alternate", "alternate feed", "ALTERNATE"]),
            st.sampled_from(["application/rss+xml", "application/atom+xml", "text/xml"]),
            _LOCS,
        ),
        max_size=5,
    ),
    st.sampled_from(["https://example.org/", "", "http://[::1", "x"]),
)
def test_feed_links(links: list[tuple[str, str, str]], base: str) -> None:
    head = "".join(f'<link rel="{r}" type="{t}" href="{_escaped(h)}">' for r, t, h in links)
    _verdict(lambda: feed_links(f"<html><head>{head}</head></html>", base), len(head))
