"""Globs over folders with linked loops, and globs whose name is not UTF-8: each costs the
files it matches, and each yields rows a batch can write."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hang_guard import finishes
from newsextract.batching.inputs import expand_glob, iter_sources
from newsextract.cli import main

from .warcs import article_html


def _tree(root: Path) -> Path:
    (root / "pages" / "sub" / ".cache").mkdir(parents=True)
    (root / "pages" / "a.html").write_text(article_html("Harbour plan"))
    (root / "pages" / "sub" / "b.html").write_text(article_html("Ferry timetable"))
    (root / "pages" / "sub" / ".cache" / "c.html").write_text(article_html("Old copy"))
    return root / "pages"


def test_a_recursive_glob_enters_no_linked_folder(tmp_path: Path) -> None:
    pages = _tree(tmp_path)
    # Two links to folders above at each level: glob.glob followed them, 2**depth paths
    # until the name grew too long, a search that never ended.
    (pages / "sub" / "up").symlink_to("..")
    (pages / "sub" / "top").symlink_to("../..")
    found = finishes(lambda: list(expand_glob(f"{pages}/**/*.html")))
    assert found == [f"{pages}/a.html", f"{pages}/sub/b.html"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("**/*.html", ["a.html", "sub/b.html"]),
        ("./**/*.html", ["./a.html", "./sub/b.html"]),
        ("**/.cache/*.html", ["sub/.cache/c.html"]),
        ("s*/**/*.html", ["sub/b.html"]),
        ("sub/**", ["sub/b.html"]),
        ("*/*.html", ["sub/b.html"]),
    ],
)
def test_a_recursive_glob_matches_as_glob_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, expected: list[str]
) -> None:
    monkeypatch.chdir(_tree(tmp_path))
    assert list(expand_glob(pattern)) == expected


def test_a_glob_of_bytes_that_are_not_utf8_is_a_row_like_any_other(tmp_path: Path) -> None:
    # A line of a binary file given to -i: a glob matching nothing, whose row held a lone
    # surrogate no output can store, so writing it ended the batch (exit 2, rows lost).
    name = os.fsdecode(b"ab[\xc3\x28*.html")
    [failure] = iter_sources([name])
    assert not isinstance(failure, str)
    assert failure.input == "ab[\\xc3(*.html"
    failure.message.encode("utf-8")


def test_batch_of_a_binary_input_list_writes_a_row_for_each_line(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    page = tmp_path / "page.html"
    page.write_text(article_html("Harbour plan"))
    listing.write_bytes(b"[\xff\xfe*\n" + str(page).encode() + b"\n?\xc3(\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-i", str(listing), "-o", str(out), "-j", "1"]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(row["status"] for row in rows) == ["error", "error", "ok"]
