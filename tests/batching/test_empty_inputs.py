"""Every input of a batch gives a row: an archive or a JSONL file that holds nothing to
extract (empty, blank lines, only a ``warcinfo`` record, only a 404) is one typed failure row
keyed by its path, reported once (not again on a resumed run); an empty page is one too."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsextract
from newsextract.batching.jsonl import read_jsonl
from newsextract.batching.results import Failure
from newsextract.batching.warc import read_warc

from .warcs import Record, article_html, page, write_warc

INFO = Record(url="", block=b"software: test\r\n", type="warcinfo", content_type="text/plain")


def _rows(path: Path) -> list[tuple[str, str | None]]:
    items = newsextract.batch([str(path)], workers=1)
    return [(item.input, item.failure and item.failure.error_type) for item in items]


@pytest.mark.parametrize("gzipped", [False, True])
def test_an_archive_without_a_page_is_one_failure_row(tmp_path: Path, gzipped: bool) -> None:
    suffix = ".warc.gz" if gzipped else ".warc"
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(gzip.compress(b"") if gzipped else b"")
    info = tmp_path / f"info{suffix}"
    write_warc(info, [INFO, page("https://example.com/gone", b"x", status=404)], gzipped=gzipped)
    for path, message in ((empty, "archive holds no record"), (info, "archive holds no HTML page")):
        [failure] = read_warc(str(path))
        assert isinstance(failure, Failure)
        assert (failure.input, failure.error_type, failure.message) == (
            str(path),
            "EmptyInputError",
            message,
        )
        assert _rows(path) == [(str(path), "EmptyInputError")]
        assert list(read_warc(str(path), skip={str(path)})) == []


def test_an_archive_with_a_page_has_no_such_row(tmp_path: Path) -> None:
    archive = tmp_path / "one.warc"
    body = article_html("Harbour plan").encode()
    [_, offset] = write_warc(archive, [INFO, page("https://example.com/a", body)], gzipped=False)
    assert [item.key for item in read_warc(str(archive))] == [f"{archive}#{offset}"]  # type: ignore[union-attr]
    # resumed: the page's row is there already, and no failure row is added for the archive
    assert list(read_warc(str(archive), skip={f"{archive}#{offset}"})) == []


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_a_jsonl_file_without_a_row_is_one_failure_row(tmp_path: Path, content: bytes) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(content)
    [failure] = read_jsonl(str(rows))
    assert isinstance(failure, Failure)
    assert (failure.input, failure.error_type) == (str(rows), "EmptyInputError")
    assert _rows(rows) == [(str(rows), "EmptyInputError")]
    assert list(read_jsonl(str(rows), skip={str(rows)})) == []
    rows.write_bytes(b'{"url": "https://example.com/a", "html": "<p>x</p>"}\n')
    assert list(read_jsonl(str(rows), skip={f"{rows}:1"})) == []


def test_an_empty_page_is_one_failure_row(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert _rows(empty) == [(str(empty), "EmptyInputError")]
