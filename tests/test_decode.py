from __future__ import annotations

import codecs

import pytest

from newsextract.decode import decode_html, normalize_encoding
from newsextract.errors import EmptyInputError, NotHTMLError

TEXT = "Café « déjà » — 5 €"


def page(charset_tag: str, body: str = TEXT) -> str:
    return f"<html><head>{charset_tag}</head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("data", "encoding", "reason"),
    [
        (codecs.BOM_UTF8 + page("").encode("utf-8"), "utf-8", "bom"),
        (codecs.BOM_UTF16_LE + page("").encode("utf-16-le"), "utf-16-le", "bom"),
        (page('<meta charset="windows-1252">').encode("cp1252"), "cp1252", "meta"),
        (
            page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode(
                "cp1252"
            ),
            "cp1252",
            "meta",
        ),
        (page("").encode("utf-8"), "utf-8", "utf-8-valid"),
        # a stale single-byte declaration on a UTF-8 page
        (page('<meta charset="iso-8859-1">').encode("utf-8"), "utf-8", "utf-8-valid"),
    ],
    ids=["bom-utf8", "bom-utf16", "meta-charset", "http-equiv", "plain-utf8", "stale-declaration"],
)
def test_decoding_order(data: bytes, encoding: str, reason: str) -> None:
    decoded = decode_html(data)
    assert (decoded.encoding, decoded.reason) == (encoding, reason)
    assert TEXT in decoded.text


def test_http_header_charset_wins_over_detection() -> None:
    decoded = decode_html(page("").encode("cp1252"), declared="windows-1252")
    assert decoded.reason == "http-header"
    assert TEXT in decoded.text


def test_a_meta_charset_that_decodes_cleanly_wins_over_a_header_that_does_not() -> None:
    # A server's UTF-8 over a page saved in windows-1252 that says so: every accented
    # letter was U+FFFD.
    decoded = decode_html(page('<meta charset="windows-1252">').encode("cp1252"), declared="utf-8")
    assert (decoded.encoding, decoded.reason, decoded.lossless) == ("cp1252", "meta", True)
    assert TEXT in decoded.text


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">', '<meta charset="shift_jis">'])
def test_a_lossy_header_stays_when_the_page_declares_nothing_better(meta: str) -> None:
    decoded = decode_html(page(meta).encode("cp1252"), declared="utf-8")
    assert (decoded.encoding, decoded.reason, decoded.lossless) == ("utf-8", "http-header", False)


def test_undeclared_legacy_bytes_are_detected() -> None:
    body = "Les élèves ont été très appréciés à l'école. " * 30
    decoded = decode_html(page("", body).encode("cp1252"))
    assert decoded.reason == "detected"
    assert "élèves" in decoded.text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ISO-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("UTF8", "utf-8"),
        ("utf-16", "utf-8"),
        ("gb2312", "gb18030"),
        ("nonsense-charset", None),
        (None, None),
    ],
)
def test_normalize_encoding(label: str | None, codec: str | None) -> None:
    assert normalize_encoding(label) == codec


@pytest.mark.parametrize("label", ["base64", "rot13", "hex", "undefined", "utf-7", "idna", "bz2"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_non_text_charsets_are_ignored_as_browsers_do(label: str, where: str) -> None:
    """A codec that is not a web text encoding must not be used, nor raise."""
    assert normalize_encoding(label) is None
    tag = f'<meta charset="{label}">' if where == "meta" else ""
    data = page(tag).encode("utf-8")
    decoded = decode_html(data, declared=label if where == "header" else None)
    assert decoded.encoding == "utf-8"
    assert TEXT in decoded.text


@pytest.mark.parametrize("data", [b"", b" ", b" \t\n\r\x0b\x0c"])
def test_input_of_ascii_white_space_alone_is_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_html(data)


@pytest.mark.parametrize("data", [b"\xa0", b"\x1c<p>x</p>", b"\x85 <b>"])
def test_a_byte_that_bytes_strip_keeps_is_no_empty_input(data: bytes) -> None:
    # What ``bytes.strip`` strips is what ``bytes.isspace`` calls space: ASCII white space.
    try:
        decode_html(data)
    except NotHTMLError:
        pass
    except EmptyInputError:  # pragma: no cover  (the failure this test is for)
        pytest.fail(f"{data!r} taken for empty input")
