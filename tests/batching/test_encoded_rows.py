"""The batch command's rows encoded by its workers (``batching.encoded``): the same bytes as
the batch process wrote from each ``BatchItem``, and the same counts."""

from __future__ import annotations

import argparse
import io
import pickle
from pathlib import Path

import pytest

from newsextract import Article, BatchItem, Failure, Skipped
from newsextract.batching.cli import add_arguments, run_batch
from newsextract.batching.encoded import EncodedRow, encode
from newsextract.batching.runner import batch
from newsextract.batching.writers import open_writer, row_bytes

TRICKY = 'quotes " and, commas\nnew lines\r\n, unicode é 中文, =SUM(1) and a tab\t'


def _items() -> list[BatchItem]:
    article = Article(
        url="https://news.example.org/a",
        title=f"A title {TRICKY}",
        authors=("Jo Doe", "=Ann Roe"),
        body=TRICKY,
        rule="example",
        provenance={"title": "rule:example", "body": "html"},
    )
    return [
        BatchItem(input="pages/a.html", article=article),
        BatchItem(input="pages/b.html", url="https://e.org/b", article=Article(title="-3")),
        BatchItem(input="pages/c.html", skipped=Skipped(reason="not an article: a tag page")),
        BatchItem(
            input="pages/d.html",
            failure=Failure(input="pages/d.html", stage="decode", error_type="E", message="m"),
        ),
    ]


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "out.parquet"])
def test_encoded_rows_write_the_bytes_the_items_write(tmp_path: Path, name: str) -> None:
    fmt = "csv" if name.endswith(".csv") else "jsonl"
    for folder, encoded in (("items", False), ("rows", True)):
        writer = open_writer(tmp_path / folder / name)
        for item in _items():
            result = encode(item, fmt) if encoded else item
            if isinstance(result, EncodedRow):
                writer.write_encoded(pickle.loads(pickle.dumps(result)).data)
            else:
                writer.write(result)
        writer.close()
    assert (tmp_path / "rows" / name).read_bytes() == (tmp_path / "items" / name).read_bytes()


def test_what_an_encoded_row_keeps() -> None:
    ruled, plain, skipped, failed = (encode(item, "jsonl") for item in _items())
    assert isinstance(ruled, EncodedRow) and ruled.failure is None
    assert ruled.data == row_bytes(_items()[0], "jsonl")
    stand_in = ruled.stand_in()
    assert stand_in is not None and stand_in.rule == "example"
    assert stand_in.provenance == {"title": "rule:example", "body": "html"}
    assert isinstance(plain, EncodedRow) and plain.provenance is None  # no rule: not sent
    assert plain.stand_in() == Article()
    assert isinstance(skipped, EncodedRow) and skipped.stand_in() is None
    assert skipped.skipped == Skipped(reason="not an article: a tag page")
    assert failed is _items()[3] or failed == _items()[3]  # a failure stays an item


def test_a_row_that_cannot_be_encoded_stays_an_item() -> None:
    item = BatchItem(input="pages/e.html", article=Article(title="\ud800 lone"))
    assert encode(item, "jsonl") == item  # the batch process meets the error, as before


def _run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    err = io.StringIO()
    return run_batch(parser.parse_args(argv), stdin=io.StringIO(), stderr=err), err.getvalue()


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_the_batch_command_writes_what_batch_yields(
    pages: Path, tmp_path: Path, workers: int, name: str
) -> None:
    missing = str(tmp_path / "missing.html")
    out = tmp_path / name
    code, err = _run([str(pages), missing, "-o", str(out), "-j", str(workers)])
    assert code == 1 and "12 articles, 1 failures (read 1)" in err
    expected = tmp_path / "expected" / name
    writer = open_writer(expected)
    for item in sorted(batch([str(pages), missing], workers=1), key=lambda i: i.input):
        writer.write(item)
    writer.close()
    head, *lines = out.read_bytes().splitlines(keepends=True)
    want_head, *want = expected.read_bytes().splitlines(keepends=True)
    if name.endswith(".csv"):
        assert head == want_head
    else:
        lines, want = [head, *lines], [want_head, *want]
    assert sorted(lines) == sorted(want)  # the order rows complete in, with two workers


def test_skipped_pages_and_failures_to_their_files(pages: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    missing = str(tmp_path / "missing.html")
    argv = [str(pages), missing, "-o", str(out), "--errors", str(errors), "--articles-only"]
    code, err = _run([*argv, "-j", "2"])
    assert code == 1 and "12 skipped (not articles), 1 failures" in err  # short pages
    expected = {"rows": tmp_path / "rows.jsonl", "errors": tmp_path / "errs.jsonl"}
    writers = {name: open_writer(path) for name, path in expected.items()}
    for item in batch([str(pages), missing], workers=1, articles_only=True):
        writers["errors" if item.failure else "rows"].write(item)
    for writer in writers.values():
        writer.close()
    for written, want in ((out, expected["rows"]), (errors, expected["errors"])):
        assert sorted(written.read_bytes().splitlines()) == sorted(want.read_bytes().splitlines())
