"""Input lists (``batch -i FILE``) are read as warily as pages: a device is refused in one
line before the run (``/dev/zero`` is one endless line, read for ever), and a byte order mark
before the first name (a list saved by Notepad) does not cost that name. ``--overwrite``
replaces regular files only."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

import newsextract
from hang_guard import finishes
from newsextract.cli import main

from .warcs import article_html

ARTICLE = article_html("Harbour plan").encode()


def _rows(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_a_device_as_the_input_list_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    status = finishes(lambda: main(["batch", "-i", "/dev/zero", "-o", str(out)]))
    assert status == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "cannot read the input list /dev/zero: it is a device" in line


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_a_byte_order_mark_before_the_first_name_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    first, second = tmp_path / "first.html", tmp_path / "second.html"
    first.write_bytes(ARTICLE)
    second.write_bytes(ARTICLE)
    listing = ("\ufeff" + f"{first}\r\n{second}\r\n").encode()
    out = tmp_path / "out.jsonl"
    if how == "file":
        (tmp_path / "list.txt").write_bytes(listing)
        name = str(tmp_path / "list.txt")
    else:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listing), "utf-8"))
        name = "-"
    assert main(["batch", "-i", name, "-o", str(out), "--no-progress"]) == 0
    assert [row["input"] for row in _rows(out)] == [str(first), str(second)]


def test_a_byte_order_mark_inside_the_list_is_still_part_of_its_name(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{page}\n\ufeff{page}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-i", str(listing), "-o", str(out), "--no-progress"]) == 1
    assert [row["status"] for row in _rows(out)] == ["ok", "error"]


def _device(path: Path) -> bool:
    """A character device like /dev/null at ``path``, when this user may make one."""
    try:
        os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        return False
    return True


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_overwrite_refuses_an_output_that_is_no_regular_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """``--overwrite`` deleted the output first: ``-o /dev/null --overwrite`` run as root
    deleted the device node and left a file of rows in its place."""
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    out = tmp_path / "out.jsonl"
    if kind == "fifo":
        os.mkfifo(out)
    elif not _device(out):
        pytest.skip("making a device node needs root")
    before = out.stat()
    status = finishes(lambda: main(["batch", str(page), "-o", str(out), "--overwrite"]))
    assert status == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "is not a regular file: --overwrite replaces files only" in line
    after = out.stat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


def test_overwrite_still_replaces_a_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    out = tmp_path / "out.jsonl"
    out.write_text("old rows\n")
    assert main(["batch", str(page), "-o", str(out), "--overwrite", "--no-progress"]) == 0
    assert [row["input"] for row in _rows(out)] == [str(page)]


def test_an_input_that_is_no_string_is_a_failure_row_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    """A list of inputs read from a database may hold a NULL: before, one None raised
    TypeError out of ``batch`` and ended it, every other input with it."""
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    items = list(newsextract.batch([None, str(page), 5, b"page.html"], workers=1))  # type: ignore[list-item]
    outcomes = {item.input: item.failure.error_type if item.failure else "ok" for item in items}
    assert outcomes == {
        "None": "InputNameError",
        str(page): "ok",
        "5": "InputNameError",
        "b'page.html'": "InputNameError",
    }
