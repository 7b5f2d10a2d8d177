"""Folders given as inputs that hold traps: links in a loop (to itself, to the folder above),
a dangling link, a FIFO, a link to a character device, a sub-folder named like a page, and
folders that hold no page at all. Each trap is a typed row of its own or is left out, the
pages beside them are read, nothing blocks, and no Python traceback reaches the user. A
folder holding no page (empty, or only a folder named ``x.html``) gave no row at all, and a
batch of it ended with status 0 as if all were read: it is an ``EmptyInputError`` row."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hang_guard import finishes
from newsextract.batching.inputs import iter_sources
from newsextract.batching.results import Failure
from newsextract.cli import main

from .warcs import article_html


def _trapped_folder(root: Path) -> Path:
    folder = root / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_text(article_html("Harbour plan"))
    (folder / "sub" / "b.html").write_text(article_html("Ferry timetable"))
    (folder / "sub" / "up").symlink_to("..")
    (folder / "loop.html").symlink_to("loop.html")
    (folder / "dangling.html").symlink_to("nowhere.html")
    os.mkfifo(folder / "fifo.html")
    (folder / "zero.html").symlink_to("/dev/zero")
    (folder / "x.html").mkdir()  # a folder named like a page: not walked into twice
    return folder


def test_each_trap_is_a_typed_row_and_the_pages_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _trapped_folder(tmp_path)
    assert finishes(lambda: main(["extract", str(folder)])) == 1
    captured = capsys.readouterr()
    rows = {Path(row["input"]).name: row for row in json.loads(captured.out)}
    assert {name for name, row in rows.items() if row["status"] == "ok"} == {"a.html", "b.html"}
    errors = {name: row["error"] for name, row in rows.items() if row["status"] == "error"}
    assert errors == {
        "dangling.html": "FileNotFoundError",
        "fifo.html": "NotRegularFileError",
        "zero.html": "NotRegularFileError",
        "loop.html": "OSError",
    }
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("content", ["nothing", "a folder named x.html", "notes only"])
def test_a_folder_holding_no_page_is_one_row(tmp_path: Path, content: str) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    if content == "a folder named x.html":
        (folder / "x.html").mkdir()
    elif content == "notes only":
        (folder / "notes.txt").write_text("to read")
    [row] = iter_sources([folder])
    assert isinstance(row, Failure)
    assert (row.input, row.error_type) == (str(folder), "EmptyInputError")


def test_a_batch_of_an_empty_folder_writes_its_row_and_fails(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "-j", "1"]) == 1
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert (row["input"], row["error"]) == (str(folder), "EmptyInputError")


def test_a_folder_with_pages_has_no_such_row(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(article_html("Harbour plan"))
    assert list(iter_sources([folder])) == [str(folder / "a.html")]
