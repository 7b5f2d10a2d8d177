"""Whatever the bytes, ``extract`` returns an Article or raises a NewsExtractError.

The Hypothesis side of this is tests/test_fuzz_extract.py."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

import newsextract
from newsextract import Article, NewsExtractError
from newsextract.batching.timelimit import PageTimeoutError, time_limit
from newsextract.body.trafilatura_body import trafilatura_body
from newsextract.metadata.second_opinion import page_date_finder
from newsextract.page import ParsedPage

# The alarm may fire while Python runs a gc callback another library registered
# (hypothesis's, loaded by other tests in the run): Python reports the error raised there as
# unraisable, and ``time_limit`` raises it again at the block's end (its ``fired`` check),
# which is what these tests check; pytest would count the report as a failure.
_ALARM_IN_GC_CALLBACK = pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnraisableExceptionWarning"
)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", newsextract.EmptyInputError),
        (b"   \n\t ", newsextract.EmptyInputError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", newsextract.NotHTMLError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", newsextract.NotHTMLError),
        (bytes(range(256)) * 20, newsextract.NotHTMLError),
        (b"just some words without markup", newsextract.NotHTMLError),
        # random bytes saved as .html: about 10% of them are control bytes no text has
        (random.Random(7).randbytes(3000), newsextract.NotHTMLError),
        (b"<html>" + random.Random(8).randbytes(500), newsextract.NotHTMLError),
    ],
    ids=["empty", "whitespace", "pdf", "png", "binary", "plain-text", "random", "random-tail"],
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


def test_lone_surrogates_in_json_ld_leave_every_value_writable_as_utf8() -> None:
    # json.loads keeps "\ud800" as half a character, which no UTF-8 writer encodes: one such
    # page stopped a whole batch's output file.
    script = (
        '{"@type": "NewsArticle", "headline": "Storm \\ud800 hits", '
        '"author": {"name": "Jo \\udfff Doe"}, "keywords": "weather,\\ud83d"}'
    )
    html = f'<html><head><script type="application/ld+json">{script}</script></head><body>'
    html += "<article><p>" + "The storm came in overnight. " * 10 + "</p></article></body></html>"
    article = newsextract.extract(html)
    assert article.title == "Storm \ufffd hits"
    assert article.authors == ("Jo \ufffd Doe",)
    str(article.to_dict()).encode("utf-8")


def test_control_characters_leave_titles_and_names() -> None:
    script = '{"@type": "NewsArticle", "headline": "Storm\\u0000 hits", "keywords": "a\\u0007b"}'
    html = f'<html><head><script type="application/ld+json">{script}</script>'
    html += '<meta name="author" content="Jo\x01 Doe"></head><body><article><p>'
    html += "The storm came in overnight. " * 10 + "</p></article></body></html>"
    article = newsextract.extract(html)
    assert (article.title, article.authors, article.tags) == ("Storm hits", ("Jo Doe",), ("a b",))


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


def _slow_page(paragraphs: int) -> str:
    text = "".join(
        f"<div><span>Line {i} of a page that takes a while.</span></div>" for i in range(paragraphs)
    )
    return f"<html><body>{text}</body></html>"


@_ALARM_IN_GC_CALLBACK
def test_time_limit_ends_the_trafilatura_fallback() -> None:
    """The batch's per-page limit is a TimeoutError: the fallback must not swallow it."""
    import trafilatura  # noqa: F401  (imported outside the limit: the import alone is slow)

    with pytest.raises(PageTimeoutError), time_limit(0.05):
        trafilatura_body(_slow_page(20_000), None)


@_ALARM_IN_GC_CALLBACK
def test_time_limit_ends_the_date_second_opinion() -> None:
    html = _slow_page(200_000)
    find = page_date_finder(ParsedPage(html, "https://example.org/a"), html)
    with pytest.raises(PageTimeoutError), time_limit(0.05):
        find()


def test_no_log_output_without_logging_configured() -> None:
    """A library's warnings go nowhere unless the program configured logging: Python's
    last-resort handler would otherwise print them (and tracebacks) to stderr."""
    code = (
        "import newsextract\n"
        "from newsextract import FieldRule, SiteRule\n"
        "def broken(page): raise ValueError('hook bug')\n"
        "fields = {'title': FieldRule(hook=broken)}\n"
        "rule = SiteRule(name='r', domains=('example.org',), fields=fields)\n"
        "html = '<html><body><h1>T</h1><p>' + 'words ' * 50 + '</p></body></html>'\n"
        "newsextract.extract(html, url='https://example.org/a', rules=[rule])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""


def test_control_characters_leave_the_body_too() -> None:
    html = "<html><body><article><p>" + "The storm came in. " * 10 + "Then\x07 it\x01 left.</p>"
    html += "<pre>code\x01 here\n  indented</pre></article></body></html>"
    body = newsextract.extract(html).body
    assert "Then it left." in body and "code here\n  indented" in body


def test_a_block_longer_than_its_budget_is_cut_to_it() -> None:
    from newsextract.body.block_text import MAX_BLOCK_CHARS

    html = "<html><body><p>" + "word " * (MAX_BLOCK_CHARS // 2) + "</p></body></html>"
    assert len(newsextract.extract(html).body) <= MAX_BLOCK_CHARS


def test_lines_opening_with_a_byline_word_are_read_for_names_a_bounded_number_of_times() -> None:
    from newsextract.metadata.visible import _MAX_BYLINE_TRIES

    # German "Text" labels a credit ("Text: Anna Berger"); a page of thousands of lines
    # opening with it spent 90 µs on each; past the bound they are text.
    lines = "<p>Text of the section goes on for a while.</p>" * (_MAX_BYLINE_TRIES + 5)
    html = f"<html><body><article><h1>Storm hits the coast</h1>{lines}"
    late = html + "<p>Text: Anna Berger</p></article></body></html>"
    early = html.replace(lines, "<p>Text: Anna Berger</p>" + lines) + "</article></body></html>"
    assert newsextract.extract(early).authors == ("Anna Berger",)
    assert newsextract.extract(late).authors == ()


def test_a_page_of_many_time_elements_reads_its_first_ones() -> None:
    from newsextract.metadata.html import _MAX_TIMES

    stamp = '<time datetime="2021-03-{:02d}T10:00:00Z">March</time>'
    times = "".join(stamp.format(1 + i % 28) for i in range(_MAX_TIMES * 3))
    html = f'<html><body><article><h1>Storm hits</h1><p class="date">{stamp.format(5)}</p>'
    html += "<p>" + "The storm came in. " * 10 + f"</p>{times}</article></body></html>"
    assert newsextract.extract(html).published is not None


def test_a_list_of_many_items_is_judged_in_linear_time() -> None:
    # each item's repeat key held the whole list, hashed at every look-up: 40,000 tag links
    # took 6 s; the list now stands for itself by a number
    items = "".join(f'<li><a href="/tag/{i}">t{i}</a></li>' for i in range(40_000))
    html = "<html><body><article><h1>Storm hits the coast</h1><p>"
    html += "The storm came in overnight. " * 10 + f"</p><ul>{items}</ul></article></body></html>"
    assert "The storm came in overnight." in newsextract.extract(html).body
