"""An output file that an input reads without naming it: a page in a folder input, a file a
glob matches, the JSONL file or archive of a record key (``pages.jsonl:2``, ``a.warc#0``).

Only inputs named as files were checked, so ``batch pages -o pages/a.html -f jsonl
--overwrite`` emptied ``pages/a.html`` before reading it (lost, and an "input is empty"
failure row), and ``batch pages.jsonl:2 -o pages.jsonl --overwrite`` wrote over the rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract.cli import main

from .warcs import article_html, page, write_warc

ARTICLE = article_html("Harbour plan").encode()


def _pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(ARTICLE)
    (folder / "sub" / "b.html").write_bytes(ARTICLE)
    return folder


@pytest.mark.parametrize("extra", [["--overwrite"], ["--resume"]])
@pytest.mark.parametrize(
    ("given", "output"),
    [
        ("pages", "pages/a.html"),
        ("pages", "pages/sub/b.html"),
        ("pages/*.html", "pages/a.html"),
        ("pages/**/*.html", "pages/sub/b.html"),
    ],
)
def test_a_file_a_folder_or_glob_reads_is_no_output(
    tmp_path: Path, given: str, output: str, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path)
    args = ["batch", str(tmp_path / given), "-o", str(tmp_path / output), "-f", "jsonl", *extra]
    assert main(args) == 2
    assert "is an input and an output of this run" in capsys.readouterr().err
    assert (tmp_path / output).read_bytes() == ARTICLE


def test_the_file_of_a_record_key_is_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "pages.jsonl"
    rows.write_text("".join(json.dumps({"html": ARTICLE.decode()}) + "\n" for _ in range(3)))
    before = rows.read_bytes()
    assert main(["batch", f"{rows}:2", "-o", str(rows), "--overwrite"]) == 2
    assert "is an input and an output of this run" in capsys.readouterr().err
    assert rows.read_bytes() == before

    archive = tmp_path / "crawl.warc"
    [offset] = write_warc(archive, [page("https://e.org/a", ARTICLE)], gzipped=False)
    before = archive.read_bytes()
    args = ["batch", f"{archive}#{offset}", "-o", str(archive), "-f", "jsonl", "--overwrite"]
    assert main(args) == 2
    assert archive.read_bytes() == before


def test_an_output_beside_a_folders_pages_is_fine(tmp_path: Path) -> None:
    folder = _pages(tmp_path)
    out = folder / "out.jsonl"  # a folder input reads no JSONL file
    out.write_text("")
    assert main(["batch", str(folder), "-o", str(out), "--overwrite"]) == 0
    assert len(out.read_text().splitlines()) == 2
