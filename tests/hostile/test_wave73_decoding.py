"""Hostile input, wave 73: page bytes in every encoding form through ``extract``.

A short 8-bit page followed by bytes with a NUL in every other place (a UTF-16 fragment
pasted into its tail, a binary blob) was sniffed as UTF-16 from its first KiB, ahead of its
own ``<meta charset>``: every character became a CJK one and the page "has no HTML markup"
(a lost record) or an article of garbage. UTF-16 without a BOM opens with its markup, an
ASCII character with a NUL beside it; the sniff now asks that of the first pair."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.decode import decode_html

WORDS = "Harbour works resumed on Monday after the strike ended. "
PAGE = (
    "<html><head><title>Harbour works resume</title></head><body><article>"
    f"<h1>Harbour works resume</h1><p>{WORDS * 8}</p></article></body></html>"
)


@pytest.mark.parametrize("meta", ["", '<meta charset="euc-kr">', '<meta charset="windows-1252">'])
@pytest.mark.parametrize("tail", [b"\xc9\x00" * 100_000, b"a\x00" * 1000, b"\x00\xe9" * 1000])
def test_an_8_bit_page_with_a_tail_of_nul_pairs_is_not_utf16(meta: str, tail: bytes) -> None:
    data = (meta + PAGE).encode() + tail
    assert not decode_html(data).encoding.startswith("utf-16")
    article = newsextract.extract(data, "https://news.example/a")
    assert article.title == "Harbour works resume"
    assert WORDS.strip() in article.body


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("opening", ["", "\n  ", "\u00a0"])
def test_utf16_without_a_bom_is_still_sniffed(encoding: str, opening: str) -> None:
    data = (opening + PAGE.replace("Harbour", "Härbour ☃")).encode(encoding)
    assert decode_html(data).encoding == encoding
    assert newsextract.extract(data).title == "Härbour ☃ works resume"
