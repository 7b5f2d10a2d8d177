"""WARC archives written by hand, read back as pages (and only pages)."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsextract.batching import batch
from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import page_keys, read_warc, undo_codings

from .warcs import Record, article_html, page, write_warc

LATIN = article_html("Café society", text="Le café où l’on débat du budget municipal, été.")


def mixed_records() -> list[Record]:
    return [
        Record(url="", block=b"software: test\r\n", type="warcinfo", content_type="text/plain"),
        Record(
            url="https://e.org/a",
            block=b"GET /a HTTP/1.1\r\nHost: e.org\r\n\r\n",
            type="request",
            content_type="application/http; msgtype=request",
        ),
        # The charset is in the HTTP header only: no <meta> says it.
        page("https://e.org/a", LATIN.encode("cp1252"), content_type="text/html; charset=cp1252"),
        page("https://e.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        page("https://e.org/old", b"", status=301, headers=[("Location", "https://e.org/a")]),
        page("https://e.org/gone", b"<html>not found</html>", status=404),
        Record(url="https://e.org/a", block=b"HTTP/1.1 304 X\r\n\r\n", type="revisit"),
        page(
            "https://e.org/x", article_html("XHTML").encode(), content_type="application/xhtml+xml"
        ),
        Record(
            url="https://e.org/r",
            block=article_html("Resource").encode(),
            type="resource",
            content_type="text/html; charset=utf-8",
        ),
        page("https://e.org/untyped", article_html("Untyped").encode(), content_type=None),
    ]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_only_html_pages_are_read_with_url_date_and_charset(tmp_path: Path, gzipped: bool) -> None:
    archive = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    offsets = write_warc(archive, mixed_records(), gzipped=gzipped)
    tasks = list(read_warc(str(archive)))
    assert all(isinstance(task, PageTask) for task in tasks)
    assert [t.url for t in tasks if isinstance(t, PageTask)] == [
        "https://e.org/a",
        "https://e.org/x",
        "https://e.org/r",
        "https://e.org/untyped",
    ]
    first = tasks[0]
    assert isinstance(first, PageTask)
    assert first.key == f"{archive}#{offsets[2]}"
    assert first.charset == "cp1252"
    assert first.retrieved == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_extraction_uses_the_http_charset_and_keeps_url_and_date(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, mixed_records(), gzipped=True)
    items = {item.url: item for item in batch([archive], workers=1)}
    cafe = items["https://e.org/a"]
    assert cafe.article is not None
    assert cafe.article.title == "Café society"
    assert "où l’on débat" in cafe.article.body
    assert cafe.article.url == "https://e.org/a"
    assert cafe.retrieved == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert len(items) == 4


def test_http_codings_are_undone(tmp_path: Path) -> None:
    html = article_html("Encoded").encode()
    compressed = gzip.compress(html)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(compressed[i : i + 50]), compressed[i : i + 50])
        for i in range(0, len(compressed), 50)
    )
    records = [
        page(
            "https://e.org/gz",
            chunked + b"0\r\n\r\n",
            headers=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        ),
        # Archivers often store the decoded payload and keep the original header.
        page("https://e.org/plain", html, headers=[("Content-Encoding", "gzip")]),
    ]
    archive = tmp_path / "codings.warc"
    write_warc(archive, records, gzipped=False)
    titles = {
        i.url: i.article.title if i.article else i.failure for i in batch([archive], workers=1)
    }
    assert titles == {"https://e.org/gz": "Encoded", "https://e.org/plain": "Encoded"}


def test_undo_codings() -> None:
    assert undo_codings(zlib.compress(b"<p>x</p>"), ("deflate",)) == b"<p>x</p>"
    assert undo_codings(b"<p>x</p>", ("br",)) == b"<p>x</p>"  # already decoded
    with pytest.raises(ValueError, match="br"):
        undo_codings(b"\x1b\x00\x00binary", ("br",))


def test_a_truncated_record_is_a_failure(tmp_path: Path) -> None:
    archive = tmp_path / "cut.warc"
    write_warc(archive, [page("https://e.org/1", article_html("One").encode())], gzipped=False)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) - 40])
    [failure] = read_warc(str(archive))
    assert isinstance(failure, Failure)
    assert (failure.input, failure.stage, failure.error_type) == (
        f"{archive}#0",
        "read",
        "TruncatedRecordError",
    )


def test_a_file_that_is_not_a_warc_is_one_failure(tmp_path: Path) -> None:
    archive = tmp_path / "bogus.warc.gz"
    archive.write_bytes(gzip.compress(b"hello, not a WARC"))
    [failure] = read_warc(str(archive))
    assert isinstance(failure, Failure)
    assert (failure.input, failure.stage) == (str(archive), "read")
    assert list(read_warc(str(archive), skip={str(archive)})) == []


def test_an_archive_read_once_whatever_the_skip(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc.gz"
    offsets = write_warc(
        archive, [page(f"https://e.org/{i}", b"<p>x</p>") for i in range(4)], gzipped=True
    )
    done = {f"{archive}#{offsets[1]}", f"{archive}#{offsets[3]}"}
    keys = [t.key for t in read_warc(str(archive), skip=done) if isinstance(t, PageTask)]
    assert keys == [f"{archive}#{offsets[0]}", f"{archive}#{offsets[2]}"]


def _damaged_then_good(first: bytes, *, gzipped: bool, tmp_path: Path) -> tuple[str, int]:
    """An archive of a damaged record (``first``) and a good page after it; its path and
    the good record's offset."""
    good = page("https://e.org/good", article_html("Good").encode()).to_bytes()
    archive = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    parts = [gzip.compress(first), gzip.compress(good)] if gzipped else [first, good]
    archive.write_bytes(b"".join(parts))
    return str(archive), len(parts[0])


def _with_length(record: bytes, length: str) -> bytes:
    head, _, rest = record.partition(b"Content-Length: ")
    return head + b"Content-Length: " + length.encode() + b"\r\n" + rest.partition(b"\r\n")[2]


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize(
    "damage",
    [
        "a length running past the archive's end",
        "a negative length",
        "a header over FastWARC's limit",
    ],
)
def test_a_damaged_record_costs_that_record_only(
    tmp_path: Path, damage: str, gzipped: bool
) -> None:
    # Each of these once ended the archive, with the pages after the damaged record unread
    # (or, for the header, the whole archive one failure).
    record = page("https://e.org/bad", article_html("Bad").encode()).to_bytes()
    if damage == "a length running past the archive's end":
        record = _with_length(record, "999999999999")
    elif damage == "a negative length":
        record = _with_length(record, "-5")
    else:
        record = record.replace(b"WARC-Date:", b"X-Padding: " + b"x" * 70_000 + b"\r\nWARC-Date:")
    path, good_at = _damaged_then_good(record, gzipped=gzipped, tmp_path=tmp_path)
    items = list(read_warc(path))
    failures = [item for item in items if isinstance(item, Failure)]
    pages = [item for item in items if isinstance(item, PageTask)]
    assert [f.input for f in failures] == [f"{path}#0"]
    assert [(p.key, p.url) for p in pages] == [(f"{path}#{good_at}", "https://e.org/good")]
    assert sorted(page_keys(path)) == sorted([f"{path}#0", f"{path}#{good_at}"])


def test_a_relative_stamp_is_dated_from_the_record_date(tmp_path: Path) -> None:
    """A WARC record's ``WARC-Date`` is when the page was captured: a story dated only "3
    hours ago" (invented) is dated three hours before it, to the hour."""
    story = (
        '<html lang="en"><head><title>Ferry returns</title></head><body><article><h1>Ferry '
        'returns to the harbour</h1><div class="post-meta"><span class="posted-on">3 hours '
        "ago</span></div><p>The old ferry came back to the harbour on Tuesday after a winter "
        "in the dry dock, repainted and with a new engine.</p></article></body></html>"
    )
    archive = tmp_path / "crawl.warc"
    write_warc(
        archive, [page("https://ferry.example.org/news/ferry", story.encode())], gzipped=False
    )
    [item] = batch([archive], workers=1)  # WARC-Date: 2024-01-02T03:04:05Z
    assert item.article is not None
    assert item.article.published == datetime(2024, 1, 2, 0, 0, tzinfo=UTC)
    assert item.article.provenance["published"] == "text:relative-stamp:hour"
