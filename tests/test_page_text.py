"""The page text ``extract`` reads: NULs dropped and tags counted whatever the encoding, when
the bytes are searched first and the text only when the bytes cannot rule it out."""

from __future__ import annotations

import codecs

import pytest

import newsextract
from newsextract.extract import _page_text

PAGE = "<html><head><title>Ti\x00tle</title></head><body><h1>Head\x00line</h1><p>x</p></body>"


@pytest.mark.parametrize(
    "data",
    [
        PAGE,
        PAGE.encode("utf-8"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        codecs.BOM_UTF32_BE + PAGE.encode("utf-32-be"),
    ],
    ids=["text", "utf-8", "utf-16", "utf-32"],
)
def test_nul_characters_are_dropped_in_every_encoding(data: str | bytes) -> None:
    text, tags = _page_text(data)
    assert "\x00" not in text
    assert tags == text.count("<") == PAGE.count("<")
    assert newsextract.extract(data).title == "Title"


def test_tags_are_counted_in_the_text_when_the_bytes_hold_other_0x3c() -> None:
    # In ISO-2022-JP, a double-byte character may hold the byte 0x3C ("<"): "社" is 0x3C 0x52.
    words = "社" * 10
    data = (
        b'<html><head><meta charset="iso-2022-jp"></head><body><p>'
        + words.encode("iso2022_jp")
        + b"</p></body></html>"
    )
    text, tags = _page_text(data)
    assert words in text
    assert tags == text.count("<") == 9 < data.count(b"<")
