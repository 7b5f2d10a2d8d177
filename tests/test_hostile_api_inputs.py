"""``extract`` given what a caller may pass by mistake: a bytes-like page is read as bytes,
anything else that is no page is a ``NotHTMLError`` naming its type, and a ``url`` that is
no string, or a string no UTF-8 writer can encode, is no URL.

Before, a ``bytearray`` or a ``bytes`` subclass failed inside the page-size check
(``ExtractionError: KeyError``), a ``memoryview`` or a list was read as the text of its
``repr`` ("<memory at 0x…>" came out as an article), ``None`` was "input has no HTML
markup", an ``int`` url was an ``ExtractionError`` (AttributeError) and a url holding a lone
surrogate became ``Article.url``, which stopped any UTF-8 writer."""

from __future__ import annotations

import json
from array import array

import pytest

from newsextract import NotHTMLError, extract
from newsextract.page import MAX_URL_CHARS

PAGE = (
    "<html><head><title>Harbour plan approved</title></head><body><article>"
    "<h1>Harbour plan approved</h1>"
    + "<p>The council of Exampleton voted on the harbour plan after a long debate.</p>" * 4
    + "</article></body></html>"
)


class _Bytes(bytes):
    pass


class _Text(str):
    pass


@pytest.mark.parametrize(
    "data",
    [
        bytearray(PAGE.encode()),
        memoryview(PAGE.encode()),
        _Bytes(PAGE.encode()),
        _Text(PAGE),
        memoryview(array("B", PAGE.encode())),
    ],
    ids=["bytearray", "memoryview", "bytes-subclass", "str-subclass", "array-view"],
)
def test_a_bytes_like_or_str_like_page_is_read(data: object) -> None:
    article = extract(data)  # type: ignore[arg-type]
    assert article.title == "Harbour plan approved"


@pytest.mark.parametrize("data", [None, 5, 1.5, [PAGE], {"html": PAGE}, object()])
def test_anything_else_is_not_html_naming_its_type(data: object) -> None:
    with pytest.raises(NotHTMLError, match=f"input is {type(data).__name__}, not bytes or str"):
        extract(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", [5, b"https://harbour.example.org/plan", ["https://harbour.example.org/plan"]]
)
def test_a_url_that_is_no_string_is_no_url(url: object) -> None:
    article = extract(PAGE, url)  # type: ignore[arg-type]
    assert article.url is None
    assert article.title == "Harbour plan approved"


@pytest.mark.parametrize(
    "url", ["https://harbour.example.org/\ud800", "https://harbour\udcff.example.org/plan"]
)
def test_a_url_no_utf8_writer_can_encode_is_no_url(url: str) -> None:
    article = extract(PAGE, url)
    assert article.url is None
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_an_ordinary_url_is_kept_as_given() -> None:
    url = "https://harbour.example.org/2026/03/plan?id=1"
    assert extract(PAGE, url).url == url


def test_a_url_longer_than_any_address_is_no_url() -> None:
    """A 60 MB url took 15 s of CPU (its folders split for section names)."""
    base = "https://harbour.example.org/"
    longest = base + "a/" * ((MAX_URL_CHARS - len(base)) // 2)
    assert extract(PAGE, longest).url == longest
    article = extract(PAGE, base + "a/" * 2_000_000)
    assert article.url is None
    assert article.title == "Harbour plan approved"
