"""Hostile input, wave 77: a URL whose host DNS could not hold.

A host of 3,000 "ü" (an IDNA bomb: its ``xn--`` label alone is thousands of characters,
where DNS takes 63) is under the 65,536-character URL cap, and was kept as the article's
``url`` (a caller's ``url=``, a WARC record's target URI), ``canonical_url`` and
``image``. No resolver looks such a name up and no browser opens it, so it is now no
address, as a port of 0 is (``browser_urls.has_dns_sized_host``): over 253 characters, or
a label over 63.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import extract
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import read_warc
from newsextract.batching.workers import process
from newsextract.browser_urls import has_dns_sized_host
from newsextract.options import ExtractOptions
from newsextract.page import web_address

WORDS = "Harbour works resumed on Monday after the strike ended. " * 8
BOMBS = [
    "https://" + "ü" * 3000 + ".example/a.jpg",  # one label, IDNA's
    "https://" + "a" * 64 + ".example/a.jpg",  # one label over 63
    "https://" + ("a" * 60 + ".") * 5 + "example/a.jpg",  # 312 characters of name
    "https://" + "%C3%BC" * 100 + ".example/a.jpg",  # escaped, 100 "ü" once decoded
]


def _page(address: str) -> str:
    graph = {"@type": "NewsArticle", "headline": "Harbour works", "image": address}
    return (
        f'<html><head><title>Harbour works</title><link rel="canonical" href="{address}">'
        f'<meta property="og:image" content="{address}">'
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head>'
        f"<body><article><h1>Harbour works</h1><p>{WORDS}</p></article></body></html>"
    )


@pytest.mark.parametrize("bomb", BOMBS, ids=["idna", "label", "name", "escaped"])
def test_a_host_dns_cannot_hold_is_no_address(bomb: str) -> None:
    assert web_address(bomb) is None
    article = extract(_page(bomb), url=bomb)
    assert article.url is None and article.canonical_url is None and article.image is None
    # the page itself is read as ever
    assert article.title == "Harbour works" and "strike ended" in article.body


def test_a_warc_records_bomb_uri_is_no_url(tmp_path: Path) -> None:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _page("").encode()
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
        + BOMBS[0].encode()
        + b"\r\nWARC-Date: 2024-05-03T09:40:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + b"Content-Length: %d\r\n\r\n" % len(block)
        + block
        + b"\r\n\r\n"
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(record)
    (task,) = list(read_warc(str(path)))
    assert isinstance(task, PageTask)
    item = process(task, ExtractOptions())
    assert item.failure is None and item.article is not None
    assert item.article.url is None
    assert item.article.title == "Harbour works"


@pytest.mark.parametrize(
    "host",
    [
        "news.example",
        "a" * 63 + ".example",
        ("a" * 62 + ".") * 3 + "example",  # 196 characters
        "ü" * 60 + "\u3002example",  # an ideographic full stop ends a label
        "b" * 63 + ".example.",  # the root's dot
        "::1",
    ],
)
def test_hosts_dns_holds_are_kept(host: str) -> None:
    assert has_dns_sized_host(host)
    wrapped = f"[{host}]" if ":" in host else host
    assert web_address(f"https://{wrapped}/news/harbour-works") is not None
