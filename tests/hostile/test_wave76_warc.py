"""Hostile input, wave 76: a WARC record whose HTTP head FastWARC cannot parse.

A ``response`` record whose WARC ``Content-Type`` is HTML or missing (not
``application/http``) while its block opens with an HTTP status line is read again as an
HTTP answer (``as_http``). FastWARC refuses an HTTP head over its header limit (32 KB:
one 40 KB header line, or 50,000 short ones) with an ``OSError``; raised in that second
read, it ended the whole archive: one row keyed by the archive, every record after the
hostile one lost (in a ``.warc.gz`` too, whose members stand alone). The record is now an
``UnreadableRecordError`` row of its own and the records after it are read.

The same second read took a whole block over ``MAX_PAGE_BYTES`` for one cut short: its row
said "damaged record: its WARC header is cut short", naming no cap. It now says the payload
is over the cap, as a record FastWARC reads as HTTP does; a record whose length lies (the
archive ends inside it) is still the damaged one, and a record written inside the oversized
payload is still no page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import MAX_PAGE_BYTES, page_keys, read_warc

HTML = (
    b"<html><head><title>Harbour works</title></head><body><h1>Harbour works</h1><p>"
    + b"Harbour works resumed on Monday after the strike ended. " * 8
    + b"</p></body></html>"
)
LONG_LINE = b"X-Padding: " + b"a" * 40_000 + b"\r\n"  # over FastWARC's 32 KB head limit
MANY_LINES = b"X-Padding: a\r\n" * 50_000  # 700 KB of short header lines


def _record(uri: bytes, head: bytes = b"", body: bytes = HTML) -> bytes:
    """A ``response`` record stating no WARC ``Content-Type``, as some crawlers write."""
    block = b"HTTP/1.1 200 OK\r\n" + head + b"Content-Type: text/html\r\n\r\n" + body
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + b"\r\n"
        b"WARC-Date: 2024-05-03T09:40:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Length: %d\r\n\r\n" % len(block) + block + b"\r\n\r\n"
    )


def _archive(tmp_path: Path, head: bytes, *, compressed: bool, body: bytes = HTML) -> Path:
    records = [
        _record(b"https://example.org/1"),
        _record(b"https://example.org/2", head, body),
        _record(b"https://example.org/3"),
    ]
    if compressed:
        path = tmp_path / "crawl.warc.gz"
        path.write_bytes(b"".join(gzip.compress(record) for record in records))
    else:
        path = tmp_path / "crawl.warc"
        path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize("head", [LONG_LINE, MANY_LINES], ids=["long-line", "many-lines"])
@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_an_unparsable_http_head_costs_its_record_only(
    tmp_path: Path, head: bytes, compressed: bool
) -> None:
    path = _archive(tmp_path, head, compressed=compressed)
    items = list(read_warc(str(path)))
    pages = [item.url for item in items if isinstance(item, PageTask)]
    failures = [item for item in items if isinstance(item, Failure)]
    assert pages == ["https://example.org/1", "https://example.org/3"]
    assert len(failures) == 1
    assert failures[0].error_type == "UnreadableRecordError"
    assert failures[0].input.startswith(f"{path}#")  # the record's key, not the archive's
    assert "HTTP head" in failures[0].message
    # page_keys, which a resumed run compares with OUT, names the same three records
    assert list(page_keys(str(path))) == [_key(item) for item in items]


def _key(item: PageTask | Failure) -> str:
    return item.key if isinstance(item, PageTask) else item.input


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_a_whole_oversized_block_says_so(tmp_path: Path, compressed: bool) -> None:
    inside = _record(b"https://attacker.example/planted")  # no record of the archive's
    body = b"<p>" + b"a" * MAX_PAGE_BYTES + b"\n" + inside + b"</p>"
    path = _archive(tmp_path, b"", compressed=compressed, body=body)
    items = list(read_warc(str(path)))
    assert [item.url for item in items if isinstance(item, PageTask)] == [
        "https://example.org/1",
        "https://example.org/3",
    ]
    (failure,) = [item for item in items if isinstance(item, Failure)]
    assert failure.error_type == "ResponseTooLargeError"
    assert str(MAX_PAGE_BYTES) in failure.message
    assert list(page_keys(str(path))) == [_key(item) for item in items]


def test_a_lying_length_is_still_a_damaged_record(tmp_path: Path) -> None:
    record = _record(b"https://example.org/1")
    stated = b"Content-Length: %d" % (MAX_PAGE_BYTES * 2)
    lying = record.replace(b"Content-Length: ", stated + b"\r\nX-Was: ", 1)
    path = tmp_path / "crawl.warc"
    path.write_bytes(lying + b"<p>" + b"a" * (MAX_PAGE_BYTES + 10))
    (failure,) = list(read_warc(str(path)))
    assert isinstance(failure, Failure) and failure.error_type == "TruncatedRecordError"
