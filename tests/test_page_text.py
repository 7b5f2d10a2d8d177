"""The page text ``extract`` reads: NULs dropped and tags counted whatever the encoding, when
the bytes are searched first and the text only when the bytes cannot rule it out."""

from __future__ import annotations

import codecs

import pytest

import newsextract
from newsextract.extract import _page_text
from newsextract.page import ParsedPage

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
    text, tags, _ = _page_text(data)
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
    text, tags, _ = _page_text(data)
    assert words in text
    assert tags == text.count("<") == 9 < data.count(b"<")


CLEAN = "<html><body><h1>Überschrift</h1><p>Text – ein Absatz.</p></body></html>"


@pytest.mark.parametrize(
    ("data", "passed_on"),
    [
        (CLEAN.encode("utf-8"), True),
        (b'<meta charset="utf-8">' + CLEAN.encode("utf-8"), True),
        (codecs.BOM_UTF8 + CLEAN.encode("utf-8"), False),  # the text lacks the BOM
        (b'<meta charset="utf-8">' + CLEAN.encode("utf-8") + b"\xff", False),  # replaced
        (CLEAN.encode("utf-8").replace(b"<p>", b"<p>\x00"), False),  # NUL dropped
        (b'<meta charset="windows-1252">' + CLEAN.encode("cp1252"), False),
        (CLEAN, False),
    ],
    ids=["utf-8", "declared", "bom", "invalid", "nul", "cp1252", "text"],
)
def test_the_bytes_are_passed_on_only_when_they_are_the_text(
    data: str | bytes, passed_on: bool
) -> None:
    text, _, utf8 = _page_text(data)
    assert (utf8 is not None) is passed_on
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")
        assert ParsedPage(text, utf8=utf8).tree.html == ParsedPage(text).tree.html
