"""Hostile and broken input files through ``newsextract.batch`` and its readers: each one is a
typed failure row of its own, and none hangs the run, fills memory or stops later inputs."""

from __future__ import annotations

import gzip
import json
import os
import random
import time
import zlib
from pathlib import Path

import pytest

import newsextract
from hostile_inputs import gzip_bomb
from newsextract.batching.inputs import iter_work
from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import MAX_PAGE_BYTES as MAX_RECORD_BYTES
from newsextract.batching.warc import read_warc, undo_codings
from newsextract.batching.workers import WorkerCrashedError
from newsextract.errors import InputTooLargeError, NewsExtractError
from newsextract.fetching import FetchOptions
from newsextract.files import MAX_PAGE_BYTES

from .warcs import Record, article_html, fifo_beside_a_page, page, write_warc


def broken_gzip_files(folder: Path) -> dict[str, Path]:
    packed = gzip.compress(article_html("Packed").encode())
    files = {
        "truncated": packed[: len(packed) // 2],
        "corrupt": packed[:10] + bytes(random.Random(1).randbytes(200)),
        "not-gzip": b"<html><p>plain text under a .gz name</p></html>",
    }
    for name, data in files.items():
        (folder / f"{name}.html.gz").write_bytes(data)
    return {name: folder / f"{name}.html.gz" for name in files}


def outcomes(inputs: list[str], **kwargs: object) -> dict[str, str | None]:
    """input -> error type (None for an article), over ``newsextract.batch``."""
    return {
        item.input: item.failure.error_type if item.failure else None
        for item in newsextract.batch(inputs, **kwargs)  # type: ignore[arg-type]
    }


def test_the_page_cap_is_the_fetchers() -> None:
    assert FetchOptions().max_bytes == MAX_PAGE_BYTES


@pytest.mark.parametrize("workers", [1, 2])
def test_a_gzip_bomb_is_refused_at_the_cap(tmp_path: Path, workers: int) -> None:
    bomb = gzip_bomb(tmp_path / "bomb.html.gz", MAX_PAGE_BYTES + (1 << 20))
    good = tmp_path / "good.html"
    good.write_text(article_html("Good"))
    assert bomb.stat().st_size < 100_000
    result = outcomes([str(bomb), str(good)], workers=workers)
    assert result == {str(bomb): "InputTooLargeError", str(good): None}


def test_corrupt_and_truncated_gzip_files_are_typed_failures(tmp_path: Path) -> None:
    broken = broken_gzip_files(tmp_path)
    good = tmp_path / "good.html"
    good.write_text(article_html("Good"))
    inputs = [*map(str, broken.values()), str(good)]
    result = outcomes(inputs, workers=1)
    assert result == {**{str(p): "CorruptInputError" for p in broken.values()}, str(good): None}


def test_random_binary_named_html_is_not_html(tmp_path: Path) -> None:
    inputs = []
    for seed in range(5):
        path = tmp_path / f"noise{seed}.html"
        path.write_bytes(random.Random(seed).randbytes(4000))
        inputs.append(str(path))
    assert set(outcomes(inputs, workers=1).values()) == {"NotHTMLError"}


def test_a_file_name_that_is_not_utf8_is_a_failure_every_writer_can_store(tmp_path: Path) -> None:
    # Python keeps such a name's bytes as lone surrogates, which no UTF-8 output can hold:
    # one such file stopped the whole batch (UnicodeEncodeError, exit 2).
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.html").write_text(article_html("Storm hits the coast"), encoding="utf-8")
    bad = os.fsdecode(os.fsencode(str(folder)) + b"/bad\xffname.html")
    Path(bad).write_text(article_html("Another story"), encoding="utf-8")
    found = outcomes([str(folder)], workers=1)
    assert found == {
        f"{folder}/bad\\xffname.html": "InputNameError",
        str(folder / "good.html"): None,
    }
    for key in found:
        key.encode("utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@pytest.mark.parametrize("name", ["page.html", "crawl.warc.gz", "rows.jsonl"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path, name: str) -> None:
    started = time.monotonic()
    with fifo_beside_a_page(tmp_path, name) as (fifo, good):
        result = outcomes([str(fifo), str(good)], workers=1)
    assert time.monotonic() - started < 4
    assert result == {str(fifo): "NotRegularFileError", str(good): None}


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused() -> None:
    assert outcomes(["/dev/zero"], workers=1) == {"/dev/zero": "NotRegularFileError"}


# ---------------------------------------------------------------- WARC archives


def _archive(path: Path, *, gzipped: bool, metadata: bool = False) -> list[int]:
    records = [page(f"https://e.org/{i}", article_html(f"Story {i}").encode()) for i in range(5)]
    if metadata:
        records.append(
            Record(
                url="https://e.org/4",
                block=b"via: x\r\n",
                type="metadata",
                content_type="application/warc-fields",
            )
        )
    return write_warc(path, records, gzipped=gzipped)


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_an_archive_cut_anywhere_in_its_last_record_yields_every_record(
    tmp_path: Path, gzipped: bool
) -> None:
    archive = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    offsets = _archive(archive, gzipped=gzipped)
    whole = archive.read_bytes()
    last = f"{archive}#{offsets[-1]}"
    for end in range(offsets[-1] + 1, len(whole), 3):
        archive.write_bytes(whole[:end])
        items = list(read_warc(str(archive)))
        assert len(items) == 5, f"cut at byte {end}"
        first_four = [i.key for i in items[:4] if isinstance(i, PageTask)]
        assert first_four == [f"{archive}#{o}" for o in offsets[:4]], f"cut at byte {end}"
        cut = items[4]
        if isinstance(cut, Failure):  # the record, or the archive that FastWARC gave up on
            assert cut.stage == "read" and cut.input in (last, str(archive)), cut
        else:  # only the end of the gzip member or the record's closing blank lines are gone
            assert cut.key == last and cut.content == article_html("Story 4").encode()


def test_an_archive_cut_after_its_last_page_reports_the_damaged_record(tmp_path: Path) -> None:
    archive = tmp_path / "cut.warc.gz"
    offsets = _archive(archive, gzipped=True, metadata=True)
    whole = archive.read_bytes()
    archive.write_bytes(whole[: offsets[-1] + 20])
    items = list(read_warc(str(archive)))
    assert len(items) == 6
    assert isinstance(items[5], Failure) and items[5].input == f"{archive}#{offsets[-1]}"


def test_a_whole_archive_with_other_records_has_no_failure(tmp_path: Path) -> None:
    archive = tmp_path / "whole.warc.gz"
    _archive(archive, gzipped=True, metadata=True)
    assert all(isinstance(item, PageTask) for item in read_warc(str(archive)))
    assert len(list(read_warc(str(archive)))) == 5


def test_a_payload_bomb_in_a_warc_record_is_refused() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = compressor.compress(b"\0" * (MAX_RECORD_BYTES + 1)) + compressor.flush()
    with pytest.raises(InputTooLargeError):
        undo_codings(bomb, ("gzip",))


# ---------------------------------------------------------------- JSONL files


def test_a_lone_surrogate_escape_in_a_jsonl_row_becomes_the_replacement_character(
    tmp_path: Path,
) -> None:
    # json.loads keeps "\ud800" as half a character, which no output file can store: such a
    # row's url stopped the whole batch when its row was written.
    rows = tmp_path / "rows.jsonl"
    row = {"html": article_html("Storm hits the coast"), "url": "https://example.com/a\ud800b"}
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [item] = newsextract.batch([str(rows)], workers=1)
    assert item.ok and item.url == "https://example.com/a\ufffdb"


def test_an_endless_jsonl_line_is_a_failure_and_the_next_row_is_read(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    with rows.open("wb") as out:
        out.write(b'{"html": "' + b"a" * (MAX_PAGE_BYTES + 10) + b'"}\n')
        out.write(json.dumps({"html": article_html("Second")}).encode() + b"\n")
    items = list(iter_work([str(rows)]))
    assert [type(i).__name__ for i in items] == ["Failure", "PageTask"]
    assert isinstance(items[0], Failure) and items[0].error_type == "InputTooLargeError"
    assert items[1].key == f"{rows}:2"  # type: ignore[union-attr]


def test_a_corrupt_gzipped_jsonl_file_is_one_failure(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl.gz"
    packed = gzip.compress(b'{"html": "<p>x</p>"}\n' * 1000)
    rows.write_bytes(packed[:20] + bytes(random.Random(2).randbytes(300)))
    [failure] = iter_work([str(rows)])
    assert isinstance(failure, Failure) and failure.input == str(rows)


def test_worker_errors_are_newsextract_errors() -> None:
    from newsextract.batching.timelimit import PageTimeoutError

    assert issubclass(WorkerCrashedError, NewsExtractError)
    assert issubclass(PageTimeoutError, NewsExtractError)


def test_an_archive_gzipped_whole_is_still_read(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    _archive(plain, gzipped=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()) + b"trailing junk, not a member")
    items = list(read_warc(str(whole)))
    assert sum(isinstance(item, PageTask) for item in items) == 5
