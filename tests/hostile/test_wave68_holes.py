"""Hostile input, wave 68: what the wave-67 red team left, through the public entry points.

Expected outcome: every input of a batch gives a row keyed as it was given (an empty name
included); a WARC ``response`` record that states no type and holds the page without its
HTTP head is an article (binary such, a typed failure row), not passed over; the compiled
site-rule regexes kept for reuse stay within a total size, however large the patterns."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from tests.batching.warcs import article_html

import newsextract
from newsextract.batching.warc import page_keys
from newsextract.rules import patterns


@pytest.mark.parametrize("name", ["", " ", "\n"])
def test_an_empty_or_blank_input_name_is_a_row_keyed_as_given(name: str) -> None:
    # "" is the working folder to pathlib: its walk failed naming no file, a row keyed "?".
    (item,) = newsextract.batch([name], workers=1)
    assert item.input == name
    assert item.failure is not None and item.failure.error_type == "FileNotFoundError"


def _untyped_response(block: bytes, n: int) -> bytes:
    """A ``response`` record stating no ``Content-Type`` at all (``warcs.Record`` states one)."""
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n"
        f"WARC-Target-URI: https://news.example/2024/05/02/quay-{n}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def test_an_untyped_response_record_of_raw_html_is_a_page(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc"
    page = _untyped_response(article_html("Quay").encode(), 0)
    image = _untyped_response(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), 1)
    archive.write_bytes(page + image)
    items = list(newsextract.batch([str(archive)], workers=1))
    by_key = {item.input: item for item in items}
    assert set(by_key) == {f"{archive}#0", f"{archive}#{len(page)}"}
    article = by_key[f"{archive}#0"].article
    assert article is not None and article.title == "Quay"
    assert article.url == "https://news.example/2024/05/02/quay-0"
    failure = by_key[f"{archive}#{len(page)}"].failure
    assert failure is not None and failure.error_type == "NotHTMLError"
    assert set(page_keys(str(archive))) == set(by_key)  # --resume counts the same records


def test_the_compiled_regex_cache_is_bounded_by_size_not_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 1,024 patterns were kept whatever their size: a set of 20,000 characters compiles to
    # 10 MB, so a thousand such (a rule file's size cap allows them) held gigabytes. The cap
    # is made a tenth here, to compile a tenth as much.
    monkeypatch.setattr(patterns, "MAX_CACHED_SIZE", patterns.MAX_CACHED_SIZE // 10)
    big_set = "[" + "".join(chr(0x4E00 + i) for i in range(0, 600, 2)) + "]"
    for n in range(80):
        patterns.compiled(f"{big_set}{{{n}}}")
        assert patterns.cached_size() <= patterns.MAX_CACHED_SIZE
    assert patterns.cached_size() > patterns.MAX_CACHED_SIZE // 2  # it still keeps many
    small = r"^/(?:news|sport)/\d{4}/"
    assert patterns.compiled(small) is patterns.compiled(small)  # a real one is reused
    before = patterns.cached_size()
    patterns.compiled("[" + "a" * patterns.MAX_CACHED_SIZE + "]")  # over the cap: not kept
    assert patterns.cached_size() == before


_REAL = "<p>The harbour council met on Tuesday to debate the new quay and its costs.</p>" * 4
_COPY = (
    "<html><head><title>Copy title</title><meta property='og:title' content='Copy og'>"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Copy ld"}'
    "</script></head><body><article><h1>Copy headline</h1>"
    + "<p>Enable JavaScript to read this page, a copy of it for readers without scripts.</p>" * 12
    + "</article></body></html>"
)


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_noscript_holding_a_whole_page_wins_neither_title_nor_body(where: str) -> None:
    # Its JSON-LD headline or <meta property="og:title"> won the title (the page had none
    # of its own); a browser running scripts reads a <noscript>'s content as text and shows
    # none of it.
    copy = f"<noscript>{_COPY}</noscript>"
    page = (
        "<html><head><meta charset=utf-8><title>Quay plan debated | Courier</title></head>"
        f"<body>{copy if where == 'before' else ''}<article><h1>Quay plan debated</h1>{_REAL}"
        f"</article>{copy if where == 'after' else ''}<footer>Courier</footer></body></html>"
    )
    article = newsextract.extract(page, url="https://news.example/2024/05/02/quay")
    # the page's own <h1>: the headline reader's scope query meets the copy's <h1> first
    # and passes it over, as the page's views do
    assert article.title == "Quay plan debated", article.title
    assert "harbour council" in article.body and "JavaScript" not in article.body


def test_a_noscript_an_open_element_made_hold_the_page_still_gives_its_headline() -> None:
    # "<noscript><div></noscript>": the parser ignores that end tag (the <div> is open), and
    # the page's content is all inside the <noscript>: its <h1> is the only one there is.
    page = (
        "<html><head><meta charset=utf-8></head><body><noscript><div id=nojs></noscript>"
        f"<article><h1>Quay plan debated</h1>{_REAL}</article></div></body></html>"
    )
    article = newsextract.extract(page, url="https://news.example/2024/05/02/quay")
    assert article.title == "Quay plan debated"
    assert "harbour council" in article.body


def test_a_json_ld_number_longer_than_python_reads_loses_nothing_else() -> None:
    # Python reads no int of over 4,300 digits from text: json.loads raised, and the whole
    # block, headline, author and date with it, was skipped.
    count = "9" * 100_000
    page = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Quay plan debated", "wordCount": '
        f'{count}, "commentCount": {count}, "author": {{"@type": "Person", "name": '
        '"Ana Lopes"}, "datePublished": "2024-05-02T08:00:00Z"}</script></head>'
        f"<body><article><h2>Port news</h2>{_REAL}</article></body></html>"
    )
    article = newsextract.extract(page, url="https://news.example/2024/05/02/quay")
    assert article.title == "Quay plan debated"
    assert article.authors == ("Ana Lopes",)
    assert article.published is not None and article.published.day == 2
