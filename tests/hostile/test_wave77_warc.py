"""Hostile input, wave 77: WARC failure rows that named the wrong cause.

A ``.warc.gz`` whose gzip member is cut short (its compressed data ends before the
member's end, the next member's bytes follow) was "unreadable record: its WARC header
cannot be parsed": the header was never reached. It now says the member is cut short (or,
for bytes that are no deflate data, that it is corrupt).

A record whose ``Content-Length`` runs past the archive's end was "truncated record: 1321
of 999956 bytes": both counts were its payload's, after the HTTP head FastWARC had read, so
neither was the length the record states (1000000). The counts are now the block's, as the
WARC header states them.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import read_warc

HTML = b"<html><head><title>Harbour works</title></head><body><p>Harbour works.</p></body></html>"


def _record(uri: bytes, length: int | None = None) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + b"\r\n"
        b"WARC-Date: 2024-05-03T09:40:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n"
        % (len(block) if length is None else length)
        + block
        + b"\r\n\r\n"
    )


def _rows(path: Path) -> list[str]:
    return [
        item.url or "" if isinstance(item, PageTask) else f"{item.error_type}: {item.message}"
        for item in read_warc(str(path))
        if isinstance(item, (PageTask, Failure))
    ]


def test_a_cut_gzip_member_says_so(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    cut = gzip.compress(_record(b"https://example.org/2"))[:-30]
    path.write_bytes(
        gzip.compress(_record(b"https://example.org/1"))
        + cut
        + gzip.compress(_record(b"https://example.org/3"))
    )
    first, failure, last = _rows(path)
    assert (first, last) == ("https://example.org/1", "https://example.org/3")
    assert failure.startswith("UnreadableRecordError: ")
    # the inflater runs on into the next member's bytes: out of data, or junk to it
    assert "gzip member is cut short" in failure or "gzip member is corrupt" in failure
    assert "WARC header" not in failure, failure


def test_a_corrupt_gzip_member_says_so(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    member = bytearray(gzip.compress(_record(b"https://example.org/2")))
    member[12:40] = b"\xff" * 28  # deflate data no inflater reads
    path.write_bytes(
        gzip.compress(_record(b"https://example.org/1"))
        + bytes(member)
        + gzip.compress(_record(b"https://example.org/3"))
    )
    first, failure, last = _rows(path)
    assert (first, last) == ("https://example.org/1", "https://example.org/3")
    assert "gzip member is corrupt" in failure, failure


def test_a_record_past_the_archives_end_counts_its_stated_length(tmp_path: Path) -> None:
    for name, pack in (("crawl.warc", bytes), ("crawl.warc.gz", gzip.compress)):
        path = tmp_path / name
        records = [_record(b"https://example.org/1"), _record(b"https://example.org/2", 1_000_000)]
        path.write_bytes(b"".join(pack(record) for record in records))
        first, failure = _rows(path)
        assert first == "https://example.org/1"
        assert failure.startswith("TruncatedRecordError: ")
        # what the archive holds after the record's WARC header (its block and the "\r\n\r\n")
        held = len(_record(b"https://example.org/2").split(b"\r\n\r\n", 1)[1])
        assert f"{held} of the 1000000 bytes it declares" in failure, failure


def test_a_cut_member_read_by_its_key_says_so(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    first = gzip.compress(_record(b"https://example.org/1"))
    cut = gzip.compress(_record(b"https://example.org/2"))[:-30]
    path.write_bytes(first + cut + gzip.compress(_record(b"https://example.org/3")))
    (failure,) = read_warc(str(path), offset=len(first))
    assert isinstance(failure, Failure) and failure.input == f"{path}#{len(first)}"
    assert "gzip member is" in failure.message, failure.message


def test_a_record_whose_length_is_under_its_block_in_a_whole_member_is_read(
    tmp_path: Path,
) -> None:
    # the member is whole: what its short length leaves out is no gzip fault
    path = tmp_path / "crawl.warc.gz"
    records = [_record(b"https://example.org/1", 60), _record(b"https://example.org/2")]
    path.write_bytes(b"".join(gzip.compress(record) for record in records))
    rows = _rows(path)
    assert rows[0] == "https://example.org/1" and "https://example.org/2" in rows, rows
