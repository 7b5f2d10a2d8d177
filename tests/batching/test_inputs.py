"""Inputs of every kind expanded into work items with stable keys."""

from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

import pytest

from newsextract.batching.inputs import count_work, iter_sources, iter_work, kind_of
from newsextract.batching.results import Failure
from newsextract.batching.tasks import FileTask, PageTask, UrlTask

from .warcs import article_html, page, write_warc


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("https://example.org/news/1", "url"),
        ("http://example.org/a.html", "url"),
        ("https://data.example.org/crawl/CC-NEWS-1.warc.gz", "warc"),
        ("s3://bucket/x.warc", "warc"),
        ("pages/a.WARC.GZ", "warc"),
        ("rows.jsonl", "jsonl"),
        ("rows.ndjson.gz", "jsonl"),
        ("page.html.gz", "page"),
        ("saved-page", "page"),
    ],
    ids=lambda value: str(value),
)
def test_kind_of(item: str, kind: str) -> None:
    assert kind_of(item) == kind


def test_a_folder_is_its_pages_in_sorted_order(pages: Path) -> None:
    keys = [item.key for item in iter_work([pages]) if isinstance(item, FileTask)]
    names = [Path(key).relative_to(pages).as_posix() for key in keys]
    assert names == [*(f"p{i:02d}.html" for i in range(10)), "sub/g.html.gz", "sub/h.htm"]


def test_a_glob_is_the_files_it_matches(pages: Path) -> None:
    sources = list(iter_sources([str(pages / "**" / "*.htm*")]))
    names = [Path(s).relative_to(pages).as_posix() for s in sources if isinstance(s, str)]
    assert names == [*(f"p{i:02d}.html" for i in range(10)), "sub/g.html.gz", "sub/h.htm"]


def test_a_glob_that_matches_nothing_is_a_failure(tmp_path: Path) -> None:
    [failure] = iter_work([str(tmp_path / "*.html")])
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.error_type) == ("read", "FileNotFoundError")


def test_urls_and_plain_files_are_taken_as_given(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    items = list(iter_work(["https://example.org/a", missing]))
    assert items == [UrlTask(key="https://example.org/a"), FileTask(key=missing, path=missing)]


def test_jsonl_rows_are_keyed_by_line(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"url": "https://example.org/1", "html": "<p>one</p>"})
        + "\n\n"
        + "{not json\n"
        + json.dumps({"url": "https://example.org/4"})
        + "\n"
        + json.dumps({"html": "<p>five</p>"})
        + "\n"
    )
    items = list(iter_work([rows]))
    assert [getattr(i, "key", None) or getattr(i, "input", None) for i in items] == [
        f"{rows}:1",
        f"{rows}:3",
        f"{rows}:4",
        f"{rows}:5",
    ]
    first, bad_json, no_html, last = items
    assert first == PageTask(key=f"{rows}:1", content="<p>one</p>", url="https://example.org/1")
    assert isinstance(bad_json, Failure) and bad_json.stage == "read"
    assert isinstance(no_html, Failure) and "html" in no_html.message
    assert isinstance(last, PageTask) and last.url is None


def test_gzipped_jsonl(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl.gz"
    rows.write_bytes(gzip.compress(b'{"html": "<p>x</p>"}\n'))
    [item] = iter_work([rows])
    assert isinstance(item, PageTask) and item.key == f"{rows}:1"


def test_a_failure_key_is_a_valid_input(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"html": "<p>1</p>"}\n{"html": "<p>2</p>"}\n')
    archive = tmp_path / "crawl.warc.gz"
    offsets = write_warc(
        archive,
        [page(f"https://example.org/{i}", article_html(f"T{i}").encode()) for i in range(3)],
        gzipped=True,
    )
    items = list(iter_work([f"{rows}:2", f"{archive}#{offsets[1]}", f"{rows}:9"]))
    assert isinstance(items[0], PageTask) and items[0].content == "<p>2</p>"
    assert isinstance(items[1], PageTask) and items[1].url == "https://example.org/1"
    assert items[1].key == f"{archive}#{offsets[1]}"
    assert isinstance(items[2], Failure) and items[2].input == f"{rows}:9"


def test_skip_leaves_out_done_keys_of_every_kind(pages: Path, tmp_path: Path) -> None:
    archive = tmp_path / "a.warc"
    offsets = write_warc(
        archive, [page(f"https://e.org/{i}", b"<p>x</p>") for i in range(2)], gzipped=False
    )
    everything = [pages, archive, "https://example.org/x"]
    done = {str(pages / "p03.html"), f"{archive}#{offsets[0]}", "https://example.org/x"}
    left = {getattr(i, "key", None) for i in iter_work(everything, done)}
    assert not left & done
    assert len(left) == 12 + 2 - 2


def test_count_work_counts_what_iter_work_yields(pages: Path, tmp_path: Path) -> None:
    archive = tmp_path / "a.warc.gz"
    write_warc(
        archive,
        [
            page("https://e.org/1", b"<p>x</p>"),
            page("https://e.org/2", b"png", content_type="image/png"),
        ],
        gzipped=True,
    )
    rows = tmp_path / "r.jsonl"
    rows.write_text('{"html": "<p>1</p>"}\n\n{"html": "<p>2</p>"}\n')
    inputs = [str(pages), str(archive), str(rows), "https://example.org/", "nothing-*.html"]
    skip = {str(pages / "p00.html")}
    expected = len(list(iter_work(inputs, skip)))
    assert count_work(inputs, skip, threading.Event()) == expected == 11 + 1 + 2 + 1 + 1


def test_count_work_stops_when_asked(pages: Path) -> None:
    stop = threading.Event()
    stop.set()
    assert count_work([pages], (), stop) is None
