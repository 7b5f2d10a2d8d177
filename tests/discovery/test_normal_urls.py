"""normalize_url's fast path (an address already normal is returned as it is) gives what the
urllib reading (_normalize) gives, on varied addresses and on random ones of tricky letters."""

from __future__ import annotations

import random

from newsextract.discovery.sitemaps import parse_sitemap
from newsextract.discovery.urls import _NORMAL, _normalize, normalize_url

BASES = [
    None,
    "",
    "https://www.example.com/sitemap.xml",
    "http://news.example.org/a/b/feed.rss",
    "http://[::1/broken",  # urljoin refuses this base: every address is None
    "https://bücher.example/s.xml",
]

VARIED = [
    "https://www.example.com/news/2026/story-1",
    "https://www.example.com/",
    "https://www.example.com",
    "http://example.org/a/b?x=1&y=2",
    "http://example.org/a/b?x=1&utm_source=feed&y=2",
    "http://example.org/a/b?utm_medium=x",
    "http://example.org/a/b?UTM_Source=x",
    "http://example.org/a/b?refx=1",
    "http://example.org/a/b?ref=1",
    "http://example.org/a/b?x=1&",
    "http://example.org/a/b?",
    "http://example.org/a/b?x",
    "http://example.org/a/b?x=a=b",
    "http://example.org/a/b?x=a+b",
    "http://example.org/a/b?x=a%20b",
    "http://example.org/a/b?x=%2f",
    "http://example.org/a/b?x=%2F",
    "http://example.org/a/b#frag",
    "http://example.org/a/b?x=1#frag",
    "http://example.org/a/b#",
    "HTTP://Example.ORG/A/B",
    "http://EXAMPLE.org/a",
    "http://example.org:80/a",
    "https://example.org:443/a",
    "http://example.org:443/a",
    "https://example.org:80/a",
    "http://example.org:8080/a",
    "http://example.org:080/a",
    "http://example.org:99999/a",
    "http://example.org:abc/a",
    "http://example.org:/a",
    "http://user:pw@example.org/a",
    "http://[::1]/a",
    "http://[::1/a",
    "http://bücher.example/a",
    "http://xn--bcher-kva.example/a",
    "http://BÜCHER.example/a",
    "http://example.org/caf%C3%A9/%7euser",
    "http://example.org/café/naïve",
    "http://example.org/a/../b/./c",
    "http://example.org/./a",
    "../up/one",
    "./here",
    "/root/path",
    "//other.example.com/x",
    "relative?x=1",
    "?q=1",
    "#only",
    "",
    "   ",
    " https://www.example.com/padded ",
    "https://www.example.com/a b",
    "https://www.example.com/a\tb",
    "https://www.example.com/a\nb",
    "https://www.example.com/a\x00b",
    "https://www.example.com/a\x1b]0;x\x07",
    "https://www.example.com/a\x85b",
    "https://www.example.com/a;p",
    "https://www.example.com/a;",
    "https://www.example.com/a;p?x=1",
    "https://www.example.com//double//slash",
    "https://www.example.com/a/b/",
    "https://www.example.com/(x)!$*',:@=&",
    "https://www.example.com/~a-b_c.d",
    "https://www.example.com/%",
    "https://www.example.com/%zz",
    "https://www.example.com/a?x=~-_.",
    "mailto:someone@example.com",
    "javascript:alert(1)",
    "ftp://example.com/a",
    "https:/example.com/a",
    "https:example.com/a",
    "https://./a",
    "https://-/a",
    "https://a..b/x",
    "https:///a",
    "https://www.example.com/" + "a" * 2100,
    "https://www.example.com/" + "é" * 1000,
    "https://www.example.com/" + "a" * 2020,
]

LETTERS = "aZ09.-_~:/?#[]@!$&'()*+,;=% \t\n\x00\x1b\x7f\x85éü" + "hpst"


def _check(url: str, base: str | None) -> None:
    assert normalize_url(url, base) == _normalize(url, base), (url, base)


def test_varied_addresses_normalise_as_urllib_reads_them() -> None:
    for base in BASES:
        for url in VARIED:
            _check(url, base)


def test_random_addresses_normalise_as_urllib_reads_them() -> None:
    rng = random.Random(21)
    fast = 0
    for _ in range(20_000):
        prefix = rng.choice(["https://", "http://", "HTTPS://", "", "https://www.example.com/"])
        host = rng.choice(["example.com", "ex-1.example.org", "Ex.com", "bü.example", ""])
        tail = "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 30)))
        url = prefix + host + "/" + tail if prefix.endswith("//") else prefix + tail
        base = rng.choice(BASES)
        fast += _NORMAL.fullmatch(url) is not None
        _check(url, base)
    assert fast > 100  # the fast path was tried


def test_sitemap_urls_take_the_fast_path_and_read_the_same() -> None:
    locs = [
        "https://www.example.com/news/2026/11/story-{i}",
        "https://www.example.com/news/story-{i}?page=2&utm_source=sitemap",
        "HTTPS://WWW.Example.com/news/story-{i}#top",
        "/news/relative-{i}",
        "https://www.example.com:443/news/{i}/../x",
    ]
    entries = "".join(
        f"<url><loc>{loc.format(i=i).replace('&', '&amp;')}</loc></url>"
        for i in range(200)
        for loc in locs
    )
    data = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + entries + "</urlset>"
    ).encode()
    source = "https://www.example.com/sitemap.xml"
    _, pages = parse_sitemap(data, source)
    expected = [_normalize(loc.format(i=i), source) for i in range(200) for loc in locs]
    assert [p.url for p in pages] == expected


def test_an_entrys_fields_are_their_first_texts_not_empty() -> None:
    entry = (
        "<url><loc> </loc><!-- a comment --><loc>https://www.example.com/story</loc>"
        "<news:news><news:title>  </news:title><news:publication_date>2026-10-11T10:00:00Z"
        "</news:publication_date><news:title>Ferry timetable</news:title></news:news>"
        "<lastmod>2026-11-02</lastmod><lastmod>2026-11-05</lastmod>"
        "<image:image><image:loc>https://img.example.com/1.jpg</image:loc></image:image></url>"
    )
    data = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">' + entry + "</urlset>"
    ).encode()
    _, (page,) = parse_sitemap(data, "https://www.example.com/sitemap.xml")
    assert page.url == "https://www.example.com/story"
    assert page.title == "Ferry timetable"
    assert (page.published.day, page.modified.day) == (11, 2)  # type: ignore[union-attr]
    assert page.via == "news-sitemap"
