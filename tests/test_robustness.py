"""Whatever the bytes, ``extract`` returns an Article or raises a NewsExtractError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsextract
from newsextract import Article, NewsExtractError

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))


def _extract_or_error(data: bytes | str) -> None:
    try:
        article = newsextract.extract(data, url="https://example.org/a")
    except NewsExtractError:
        return
    assert isinstance(article, Article)
    article.to_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    _extract_or_error(data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    _extract_or_error(text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(FIXTURES),
    st.lists(st.tuples(st.floats(0, 1), st.integers(1, 400), st.binary(max_size=64)), max_size=6),
)
def test_mutated_fixtures(path: Path, edits: list[tuple[float, int, bytes]]) -> None:
    """Cut, splice and overwrite random spans of real-looking pages."""
    data = bytearray(path.read_bytes())
    for where, length, insert in edits:
        start = int(where * len(data))
        data[start : start + length] = insert
    _extract_or_error(bytes(data))


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", newsextract.EmptyInputError),
        (b"   \n\t ", newsextract.EmptyInputError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", newsextract.NotHTMLError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", newsextract.NotHTMLError),
        (bytes(range(256)) * 20, newsextract.NotHTMLError),
        (b"just some words without markup", newsextract.NotHTMLError),
    ],
    ids=["empty", "whitespace", "pdf", "png", "binary", "plain-text"],
)
def test_non_html_is_a_clear_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        newsextract.extract(data)


def test_errors_share_one_base() -> None:
    for name in ("EmptyInputError", "NotHTMLError", "ExtractionError", "InputError"):
        assert issubclass(getattr(newsextract, name), NewsExtractError)
    assert issubclass(newsextract.NotHTMLError, ValueError)


def test_invalid_utf8_and_nul_bytes() -> None:
    html = b"<html><head><title>T\xff\xfe</title></head><body><h1>Head\x00line</h1>"
    html += b"<p>" + b"Some text \x00 with a NUL byte and \xc3\x28 bad UTF-8. " * 20 + b"</p>"
    article = newsextract.extract(html)
    assert article.title is not None
    assert "\x00" not in article.body


def test_deeply_nested_divs() -> None:
    depth = 20_000
    html = "<html><body>" + "<div>" * depth + "<p>" + "deep text " * 50 + "</p>"
    html += "</div>" * depth + "</body></html>"
    article = newsextract.extract(html)
    assert isinstance(article, Article)


def test_large_page() -> None:
    sentence = "A sentence of an article that goes on for a while. " * 20
    paragraphs = "".join(f"<p>{i}: {sentence}</p>\n" for i in range(5_000))
    html = "<html><head><title>Big</title></head><body><article>"
    html += paragraphs + "</article></body></html>"  # about 5 MB
    article = newsextract.extract(html.encode())
    assert article.title == "Big"
    assert len(article.body) > 1_000_000


@pytest.mark.parametrize(
    "block",
    [
        '{"@type": "NewsArticle", "headline": "X", "datePublished": "99999-99-99"}',
        '{"@type": "NewsArticle", "datePublished": "2999-01-01T00:00:00Z"}',
        '{"@type": "NewsArticle", "datePublished": "1066-10-14"}',
        '{"@type": "NewsArticle", "author": [[[[{}]]]], "datePublished": 1e300}',
        '{"@graph": "not a list", "@type": ["NewsArticle", null, 5]}',
        "[" * 5000 + "]" * 5000,
        '{"headline": "unterminated',
    ],
    ids=["bad-date", "future", "before-web", "odd-types", "odd-graph", "deep", "truncated"],
)
def test_broken_jsonld_and_absurd_dates(block: str) -> None:
    html = f'<html><head><script type="application/ld+json">{block}</script></head>'
    html += "<body><h1>A headline here</h1><p>Text of the article.</p></body></html>"
    article = newsextract.extract(html)
    assert article.published is None or 1991 <= article.published.year <= 2100
