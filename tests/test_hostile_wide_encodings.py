"""Pages in UTF-32 without a BOM. UTF-16 without one was sniffed by its NULs already; UTF-32
was not: little-endian it was read as an 8-bit page (each letter beside three U+FFFD, the
title ``\\ufffdn\\ufffdc...``), big-endian it was refused as binary data (its first bytes
are three NULs). Both orders are now read, with or without a header naming UTF-32, and the
sniff takes neither UTF-16 nor an 8-bit page with stray NULs for UTF-32."""

from __future__ import annotations

import codecs
import time

import pytest

from newsextract import NotHTMLError, extract
from newsextract.decode import decode_html

TITLE = "Ünïcödé harbour plan — Гавань 港口"
TEXT = "Der Stadtrat stimmte über den neuen Hafenplan ab; Совет проголосовал за план. 🚢"
PAGE = (
    f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><article>'
    f"<h1>{TITLE}</h1>{f'<p>{TEXT}</p>' * 6}</article></body></html>"
)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("declared", [None, "utf-32", "UTF-32LE", "utf-16"])
def test_utf32_without_a_bom_is_read(codec: str, declared: str | None) -> None:
    decoded = decode_html(PAGE.encode(codec), declared=declared)
    assert (decoded.text, decoded.encoding) == (PAGE, codec)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_a_utf32_page_gives_its_article(codec: str) -> None:
    article = extract(PAGE.encode(codec), url="https://news.example/a")
    assert article.title == TITLE
    assert article.body.startswith(TEXT)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_is_still_utf16(codec: str) -> None:
    assert decode_html(PAGE.encode(codec)).encoding == codec


@pytest.mark.parametrize(
    "data",
    [b"\x00\x00<html><p>Harbour plan</p></html>", b"<p>a\x00\x00\x00b</p>" * 30],
    ids=["two NULs first", "NUL runs"],
)
def test_stray_nuls_in_an_8_bit_page_are_no_utf32(data: bytes) -> None:
    assert not decode_html(data).encoding.startswith("utf-32")


@pytest.mark.parametrize("data", [b"\x00" * 4096, b"\x00\x00\x00\x01" * 1024])
def test_nuls_alone_are_still_binary(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        extract(data)


def test_a_bom_still_comes_first() -> None:
    data = codecs.BOM_UTF32_LE + PAGE.encode("utf-32-le")
    assert decode_html(data).reason == "bom"


def test_decoding_time_grows_with_the_page_only() -> None:
    def took(copies: int) -> float:
        data = (PAGE * copies).encode("utf-32-le")
        started = time.process_time()
        for _ in range(5):
            decode_html(data)
        return time.process_time() - started

    took(10)  # warm
    small, large = took(400), took(800)
    assert large < 2.2 * small + 0.05
