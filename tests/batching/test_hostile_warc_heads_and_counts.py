"""WARC archives that are hostile by their heads and their numbers, audited in the 45th
round and found to hold; kept as the audit's record. A WARC header block of 5 MB in one
field or of 500,000 fields, and an HTTP head that is no HTTP (no status, a status of 18
digits, nothing but CRLF, 200,000 header lines, cut before its end, NUL names) are each one
row of their own, and the record after it is read; ``revisit`` and ``metadata`` records are
no pages. 10,000 tiny records are 10,000 pages, read in time and memory that grow with the
archive no faster than it does."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import page_keys, read_warc

from .warcs import Record, article_html, page

GOOD = page("https://e.org/good", article_html("Good page").encode()).to_bytes()


def _warc_head(fields: bytes) -> bytes:
    return (
        b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.org/x\r\n"
        + fields
        + b"Content-Type: application/http; msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )


HEADS = {
    "a field of 5 MB": _warc_head(b"X-Junk: " + b"a" * 5_000_000 + b"\r\n"),
    "500,000 fields": _warc_head(b"X-J: a\r\n" * 500_000),
}
HTTP_HEADS = {
    "no status": b"HTTP/1.1\r\n\r\n<p>x</p>",
    "a status of 18 digits": b"HTTP/1.1 999999999999999999 X\r\n\r\n<p>x</p>",
    "CRLF alone": b"\r\n\r\n<p>x</p>",
    "no HTTP": b"garbage",
    "200,000 header lines": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
    + b"X: y\r\n" * 200_000
    + b"\r\n<p>x</p>",
    "cut before its end": b"HTTP/1.1 200 OK\r\nContent-Type: text/html",
}


def _rows(path: Path) -> list[PageTask | Failure]:
    started = time.process_time()
    rows = list(read_warc(str(path)))
    assert time.process_time() - started < 10
    return rows


@pytest.mark.parametrize("head", list(HEADS.values()), ids=list(HEADS))
def test_a_huge_warc_header_block_is_one_failure_and_the_next_record_is_read(
    tmp_path: Path, head: bytes
) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(head + GOOD)
    first, second = _rows(path)
    assert isinstance(first, Failure) and first.input == f"{path}#0"
    assert isinstance(second, PageTask) and second.url == "https://e.org/good"
    assert list(page_keys(str(path))) == [first.input, second.key]


@pytest.mark.parametrize("block", list(HTTP_HEADS.values()), ids=list(HTTP_HEADS))
def test_a_broken_http_head_is_one_failure_and_the_next_record_is_read(
    tmp_path: Path, block: bytes
) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(Record(url="https://e.org/b", block=block).to_bytes() + GOOD)
    first, second = _rows(path)
    # a head cut before its end holds no page: an empty one, which the worker's row says
    assert isinstance(first, Failure) or first.content == b""
    assert isinstance(second, PageTask) and second.url == "https://e.org/good"


def test_revisit_and_metadata_records_are_no_pages(tmp_path: Path) -> None:
    revisit = Record(url="https://e.org/r", block=b"HTTP/1.1 200 OK\r\n\r\n", type="revisit")
    metadata = Record(
        url="https://e.org/m",
        block=b"outlinks: x",
        type="metadata",
        content_type="application/warc-fields",
    )
    path = tmp_path / "a.warc"
    path.write_bytes(revisit.to_bytes() + metadata.to_bytes() + GOOD)
    (only,) = _rows(path)
    assert isinstance(only, PageTask) and only.url == "https://e.org/good"


def _tiny_archive(path: Path, records: int) -> Path:
    with path.open("wb") as out:
        for i in range(records):
            out.write(page(f"https://e.org/{i}", b"<p>x</p>").to_bytes())
    return path


def _read(path: Path, *, traced: bool = False) -> tuple[int, float, int]:
    """Pages read, CPU seconds, and (``traced``) the peak of memory allocated meanwhile."""
    if traced:
        tracemalloc.start()
    started = time.process_time()
    count = sum(isinstance(row, PageTask) for row in read_warc(str(path)))
    took = time.process_time() - started
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    tracemalloc.stop()
    return count, took, peak


def test_ten_thousand_tiny_records_are_as_many_pages_in_linear_time_and_flat_memory(
    tmp_path: Path,
) -> None:
    half = _tiny_archive(tmp_path / "half.warc", 5_000)
    whole = _tiny_archive(tmp_path / "whole.warc", 10_000)
    halves, wholes = [_read(half) for _ in range(3)], [_read(whole) for _ in range(3)]
    assert {run[0] for run in halves} == {5_000} and {run[0] for run in wholes} == {10_000}
    # Twice the records in at most three times the time, each the best of three reads (a
    # busy machine's pauses and the collector's passes land on single runs): reading them
    # again for each record, quadratic, would take four times as long.
    assert min(run[1] for run in wholes) < 3 * min(run[1] for run in halves) + 0.1
    # rows are handed on, never held: the peak is a few records' worth, whatever the count
    assert _read(whole, traced=True)[2] < 2_000_000
