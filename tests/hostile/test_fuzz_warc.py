"""WARC archives with lying and broken headers, through the reader and the batch worker.

Records are drawn with every header that steers the reader wrong: a ``Content-Length`` too
short, too long, negative or of 20 digits, a cut record, no or an unknown type, HTTP heads
that are no HTTP, codings that are claimed but not applied (or applied but not claimed),
chunked bodies, junk between gzip members, an archive cut anywhere. Whatever the archive,
reading it raises nothing, gives at least one row, and every page it gives becomes a row
(an Article or a Failure) in the worker, within a CPU-time bound.
"""

from __future__ import annotations

import gzip
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hostile.profile import cpu_bound, fuzz
from newsextract.batching.results import BatchItem, Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import read_warc
from newsextract.batching.workers import process
from newsextract.options import ExtractOptions

_PAGE = (
    b"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    b"<p>The council voted on the harbour plan after a long debate on its costs.</p>"
    b"</article></body></html>"
)
_CODINGS = [None, "gzip", "deflate", "br", "zstd", "gzip, gzip", "chunked", "identity", "x-gzip"]
_CONTENT_TYPES = [
    *["text/html", "text/html; charset=utf-8", "text/html; charset=x-bogus", "text/plain", ""],
    *["application/xhtml+xml", 'text/html; charset="utf-16"', "text/html;charset=base64"],
]
_STATUS_LINES = [
    *[b"HTTP/1.1 200 OK", b"HTTP/1.1 200", b"HTTP/1.0 999 X", b"HTTP/1.1 301 Moved"],
    *[b"200 OK", b"", b"HTTP/1.1 2000 OK", b"HTTP/1.1 -1 OK"],
]
_EXTRA_HEADERS = [
    *[b"Content-Length: 5", b"Content-Length: -1", b"Content-Length: 99999999999999999999"],
    *[b"X: y", b"\xff\xfe: \x00", b"Transfer-Encoding: chunked", b"Content-Encoding: gzip"],
]
_TYPES = [b"response", b"response", b"resource", b"request", b"revisit", b"", b"RESPONSE", b"x"]
_URIS = [
    *[b"https://example.org/a", b"", b"javascript:alert(1)", b"file:///etc/passwd"],
    *[
        b"http://[::1",
        b"<https://example.org/b>",
        b"\xff\xfe",
        b"https://example.org/" + b"a" * 5000,
    ],
]
_DATES = [b"2021-03-05T10:00:00Z", b"", b"0000-00-00T00:00:00Z", b"99999-01-01T00:00:00Z", b"x"]


@st.composite
def _http_block(draw: st.DrawFn) -> bytes:
    payload = draw(
        st.sampled_from([_PAGE, b"", b"\x00" * 10, _PAGE * 50]) | st.binary(max_size=200)
    )
    coding = draw(st.sampled_from(_CODINGS))
    # Every gzip member here has mtime 0: a member holding the time of day compressed to
    # lengths that varied from run to run inside an outer one, and Hypothesis, drawing a
    # cut of that length, stopped a long run with "Inconsistent data generation".
    body = payload
    if draw(st.booleans()):  # the coding applied, as claimed (else claimed only)
        if coding and "gzip" in coding:
            body = gzip.compress(payload, mtime=0)
        elif coding == "deflate":
            body = zlib.compress(payload)
        elif coding == "chunked":
            body = b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"
    head = [draw(st.sampled_from(_STATUS_LINES))]
    content_type = draw(st.sampled_from(_CONTENT_TYPES))
    if content_type:
        head.append(b"Content-Type: " + content_type.encode())
    if coding == "chunked":
        head.append(b"Transfer-Encoding: chunked")
    elif coding:
        head.append(b"Content-Encoding: " + coding.encode())
    head += draw(st.lists(st.sampled_from(_EXTRA_HEADERS), max_size=2))
    return b"\r\n".join(head) + b"\r\n\r\n" + body


@st.composite
def _record(draw: st.DrawFn) -> bytes:
    block = draw(_http_block())
    length = len(block) + draw(st.sampled_from([0, 0, 0, -1, 1, -len(block), 10**6, 10**20]))
    head = [
        b"WARC/1.0",
        b"WARC-Type: " + draw(st.sampled_from(_TYPES)),
        b"WARC-Target-URI: " + draw(st.sampled_from(_URIS)),
        b"WARC-Date: " + draw(st.sampled_from(_DATES)),
        b"WARC-Record-ID: <urn:uuid:1>",
        b"Content-Length: %d" % length,
    ]
    if draw(st.booleans()):
        head.append(b"Content-Type: application/http; msgtype=response")
    record = b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"
    cut = draw(st.sampled_from([None, None, None, 0.1, 0.5, 0.9]))
    return record[: int(len(record) * cut)] if cut else record


@st.composite
def warc_archive(draw: st.DrawFn) -> tuple[bytes, bool]:
    """An archive's bytes, and whether it is gzipped (a member per record, one member for
    all, or members cut short, with junk after them)."""
    records = draw(st.lists(_record(), max_size=4))
    if not draw(st.booleans()):
        return b"".join(records), False
    how = draw(st.integers(0, 2))
    if how == 1:
        data = gzip.compress(b"".join(records), mtime=0)
    else:
        data = b"".join(gzip.compress(record, mtime=0) for record in records)
        if how == 2:
            data = data[: draw(st.integers(0, len(data)))]
    tail = draw(st.sampled_from([b"", b"\x1f\x8b\x08", b"garbage", b"\x00" * 100]))
    return data + tail, True


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("warcs")


@fuzz(150)
@given(warc_archive())
def test_hostile_archives_give_rows_not_errors(folder: Path, archive: tuple[bytes, bool]) -> None:
    data, gzipped = archive
    path = folder / ("fuzz.warc.gz" if gzipped else "fuzz.warc")
    path.write_bytes(data)
    started = time.process_time()
    rows: list[Any] = []
    for item in read_warc(str(path)):
        if isinstance(item, PageTask):
            item = process(item, ExtractOptions())
            assert isinstance(item, BatchItem)
        else:
            assert isinstance(item, Failure)
        rows.append(item)
    assert rows, "an archive gave no row"
    assert time.process_time() - started < cpu_bound(len(data))
