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
