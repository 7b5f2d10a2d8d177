"""A WARC record whose Content-Length is longer than its block: FastWARC reads the declared
bytes, taking in the next record's header as the end of the page, then finds the next record
on its own. That record is a failure (its page may be cut short), the next one a page."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import page_keys, read_warc

from .warcs import article_html, block_length, page

PAGE_A = article_html("First page").encode()
PAGE_B = article_html("Second page").encode()


def _longer(record: bytes, extra: int) -> bytes:
    head, _, rest = record.partition(b"Content-Length: ")
    length, _, after = rest.partition(b"\r\n")
    return head + b"Content-Length: " + str(int(length) + extra).encode() + b"\r\n" + after


def _archive(tmp_path: Path, extra: int, *, gzipped: bool, first: bytes = PAGE_A) -> str:
    a = _longer(page("https://e.org/a", first).to_bytes(), extra)
    b = page("https://e.org/b", PAGE_B).to_bytes()
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    path.write_bytes(gzip.compress(a) + gzip.compress(b) if gzipped else a + b)
    return str(path)


# 5: one byte of the next version line; 12: all of it; 200: into its WARC header.
@pytest.mark.parametrize("extra", [5, 12, 200])
@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_length_running_into_the_next_record_is_a_failure(
    tmp_path: Path, extra: int, gzipped: bool
) -> None:
    path = _archive(tmp_path, extra, gzipped=gzipped)
    first, second = read_warc(path)
    assert isinstance(first, Failure)
    assert (first.input, first.stage, first.error_type) == (
        f"{path}#0",
        "read",
        "TruncatedRecordError",
    )
    block = block_length(page("https://e.org/a", PAGE_A).to_bytes())  # as the header states
    assert f"ends after {block} of the {block + extra} bytes" in first.message
    assert isinstance(second, PageTask)
    assert (second.url, second.content) == ("https://e.org/b", PAGE_B)
    assert list(page_keys(path)) == [first.input, second.key]


@pytest.mark.parametrize("extra", [1, 4])
def test_a_length_over_by_the_end_marker_only_keeps_the_page(tmp_path: Path, extra: int) -> None:
    first, second = read_warc(_archive(tmp_path, extra, gzipped=False))
    assert isinstance(first, PageTask) and isinstance(second, PageTask)
    assert first.content.rstrip(b"\r\n") == PAGE_A


def test_a_page_that_quotes_a_warc_header_is_a_page(tmp_path: Path) -> None:
    quoted = article_html("About WARC", text="A record starts with WARC/1.1 and its type.")
    body = quoted.encode().replace(b"<p>", b"<p>\nWARC/1.0\n", 1)
    first, second = read_warc(_archive(tmp_path, 0, gzipped=False, first=body))
    assert isinstance(first, PageTask) and first.content == body
    assert isinstance(second, PageTask)


def test_the_record_read_by_its_key_alone_is_the_same_failure(tmp_path: Path) -> None:
    path = _archive(tmp_path, 200, gzipped=True)
    [failure] = read_warc(path, offset=0)
    assert isinstance(failure, Failure) and failure.error_type == "TruncatedRecordError"
