"""Round 13 of the hostile-server checks: what the first rounds left open.

A redirect to, or a URL with, a port no TCP connection can use made the async fetcher raise
an untyped ``ExceptionGroup``; an address that embeds a refused IPv4 address in its 6to4 form
passed the private-address guard; a body that the ``Content-Type`` header says is UTF-16 was
read as UTF-8.
"""

from __future__ import annotations

import asyncio
import zlib
from urllib.parse import quote

import pytest

from newsextract import AsyncFetcher, Fetcher, Page
from newsextract.errors import BlockedAddressError, FetchConnectionError, InvalidURLError
from newsextract.fetching.dns import refusal
from newsextract.fetching.robots import MAX_ROBOTS_BYTES
from newsextract.fetching.stream import BodyReader

from .servers import Site, fast_options, fetch_once
from .test_blocked import FakeDNS

KINDS = ["sync", "async"]
BAD_PORTS = ["99999", "65536", "0"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("port", BAD_PORTS)
def test_a_redirect_to_a_port_out_of_range_is_an_invalid_url(
    site: Site, kind: str, port: str
) -> None:
    url = site.url(f"/to?url={quote(f'http://127.0.0.1:{port}/page')}")
    with pytest.raises(InvalidURLError, match=f"invalid port {port}") as caught:
        fetch_once(kind, url, fast_options())
    assert caught.value.url == url


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("port", BAD_PORTS)
def test_a_url_with_a_port_out_of_range_is_an_invalid_url(kind: str, port: str) -> None:
    with pytest.raises(InvalidURLError):
        fetch_once(kind, f"http://127.0.0.1:{port}/page", fast_options())


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
        ("2002:a00:1::", "private"),  # 6to4 of 10.0.0.1
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254, the cloud metadata
    ],
)
def test_a_6to4_address_is_judged_by_the_ipv4_address_it_holds(address: str, why: str) -> None:
    assert refusal(address) == why


def test_a_6to4_address_of_a_public_ipv4_address_is_public() -> None:
    assert refusal("2002:5db8:d822::1") is None  # 93.184.216.34


@pytest.mark.parametrize("kind", KINDS)
def test_a_host_resolving_to_a_6to4_loopback_is_refused(site: Site, kind: str) -> None:
    dns = FakeDNS({"sixtofour.example": ["2002:7f00:1::1"]})
    options = fast_options(block_private_addresses=True)
    with pytest.raises(BlockedAddressError, match="loopback"):
        fetch_once(kind, f"http://sixtofour.example:{site.port}/page", options, resolver=dns)


UTF16_PAGE = "<html><head><title>Café “déjà”</title></head><body><p>Élan</p></body></html>"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_body_the_header_declares_is_read_as_utf16(
    site: Site, kind: str, codec: str
) -> None:
    """WHATWG: a ``charset=utf-16`` header is honoured (UTF-16LE, or BE when the byte order
    says so); only a ``<meta>`` cannot declare UTF-16, as it is read as ASCII."""
    body = UTF16_PAGE.encode(codec)
    label = "utf-16" if codec == "utf-16-le" else "utf-16be"
    url = site.url(f"/raw?body={quote(body.hex())}&type={quote(f'text/html; charset={label}')}")
    page = fetch_once(kind, url, fast_options())
    assert "<title>Café “déjà”</title>" in page.text


@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_the_server_closed_unanswered_is_tried_again(site: Site, kind: str) -> None:
    """RFC 9112 9.3.1: a GET the server closed the connection on, without a byte of answer,
    may be sent again; a batch had lost every other page of such a server."""
    options = fast_options(respect_robots=False)
    urls = [site.url(f"/one-per-connection?n={n}") for n in range(3)]
    if kind == "sync":
        with Fetcher(options) as fetcher:
            pages = [fetcher.fetch(url) for url in urls]
    else:

        async def fetch_all() -> list[Page]:
            async with AsyncFetcher(options) as fetcher:
                return [await fetcher.fetch(url) for url in urls]

        pages = asyncio.run(fetch_all())
    assert [page.status for page in pages] == [200, 200, 200]


@pytest.mark.parametrize("kind", KINDS)
def test_a_server_that_never_answers_is_tried_retries_times(site: Site, kind: str) -> None:
    options = fast_options(retries=2, respect_robots=False)
    with pytest.raises(FetchConnectionError, match="without sending a response"):
        fetch_once(kind, site.url("/close-at-once"), options)
    assert site.hits["/close-at-once"] == 3  # the first try and two more


@pytest.mark.parametrize("chunk", [64 * 1024, None], ids=["64k-chunks", "one-chunk"])
def test_a_truncating_reader_keeps_exactly_its_limit_of_a_bomb(chunk: int | None) -> None:
    """robots.txt is cut at its limit; once full, the reader stops pulling from the decoder
    (it decoded the rest of the raw chunk in vain: 0.28 s for a 500 KB chunk of a bomb)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = compressor.compress(b"#" * (64 * 1024 * 1024)) + compressor.flush()
    reader = BodyReader(url="u", limit=MAX_ROBOTS_BYTES, content_encoding="gzip", truncate=True)
    step = chunk or len(bomb)
    for start in range(0, len(bomb), step):
        if reader.feed(bomb[start : start + step]):
            break
    assert reader.finish() == b"#" * MAX_ROBOTS_BYTES
