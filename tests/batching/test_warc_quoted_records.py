"""A page whose HTML quotes a raw WARC record, CRLFs and all (a page about web archiving,
a crawler's debug output), was taken for a record whose ``Content-Length`` ran on into the
next one: the page became an ``EOFError`` failure row. A quoted record is followed by more of
the page; a record the length ran into is followed by nothing but the records after it, cut
where the declared length ends."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import page_keys, read_warc

from .warcs import Record, article_html, block_length, http_response, page

QUOTED = Record(url="https://quoted.example/x", block=http_response(b"<p>quoted</p>")).to_bytes()


def _quoting_page(quote: bytes) -> bytes:
    html = article_html("How web archives store a page").encode()
    return html.replace(b"</h1>", b"</h1><pre>\r\n\r\n" + quote + b"</pre>", 1)


def _longer(record: bytes, extra: int) -> bytes:
    head, _, rest = record.partition(b"Content-Length: ")
    length, _, after = rest.partition(b"\r\n")
    return head + b"Content-Length: " + str(int(length) + extra).encode() + b"\r\n" + after


def _write(tmp_path: Path, records: list[bytes], *, gzipped: bool) -> str:
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    path.write_bytes(b"".join(gzip.compress(r) if gzipped else r for r in records))
    return str(path)


@pytest.mark.parametrize(
    "quote",
    [QUOTED, QUOTED[:60], QUOTED + QUOTED, QUOTED.replace(b"Content-Length", b"X-Length")],
    ids=["whole-record", "cut-header", "two-records", "no-length"],
)
@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_page_quoting_a_raw_record_is_a_page(tmp_path: Path, quote: bytes, gzipped: bool) -> None:
    body = _quoting_page(quote)
    following = page("https://e.org/b", article_html("Second page").encode()).to_bytes()
    path = _write(tmp_path, [page("https://e.org/a", body).to_bytes(), following], gzipped=gzipped)
    first, second = read_warc(path)
    assert isinstance(first, PageTask), first
    assert first.content == body
    assert isinstance(second, PageTask) and second.url == "https://e.org/b"
    assert list(page_keys(path)) == [first.key, second.key]


@pytest.mark.parametrize("extra", [5, 12, 200, 2000])
def test_a_quoting_page_whose_length_runs_on_is_still_a_failure(tmp_path: Path, extra: int) -> None:
    body = _quoting_page(QUOTED)
    following = page("https://e.org/b", article_html("Second page").encode()).to_bytes()
    third = page("https://e.org/c", article_html("Third page").encode()).to_bytes()
    first_record = _longer(page("https://e.org/a", body).to_bytes(), extra)
    path = _write(tmp_path, [first_record, following, third], gzipped=False)
    items = list(read_warc(path))
    assert isinstance(items[0], Failure) and items[0].error_type == "TruncatedRecordError"
    block = block_length(page("https://e.org/a", body).to_bytes())  # as the header states
    assert f"ends after {block} of the {block + extra} bytes" in items[0].message
    assert [i.url for i in items[1:] if isinstance(i, PageTask)][-1] == "https://e.org/c"
