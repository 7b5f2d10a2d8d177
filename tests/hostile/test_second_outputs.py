"""Second blind red team, wave 57: what batch writes. Values holding every character a line
reader splits on (U+2028, U+0085, form feed, a lone CR) in JSONL and CSV, then ``--resume``;
an output that is a symlink to an input, a FIFO, a dangling symlink, a file on a full disk
(``RLIMIT_FSIZE``), or the same file as ``--errors``; two runs writing one output at once.

Expected outcome: every input exactly once in the output, each row whole, before and after a
resume; a refused output is exit status 2 in one line before any work, and an input is never
written over; a full disk is a one-line error (no traceback) and a resume completes the run.
Bound: 30 s a command."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .blind import SRC
from .second import ENTRY, clean, cli, page

SPLITTERS = ["\u2028", "\u2029", "\x85", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\x0b"]


def _pages(folder: Path, count: int, title: str = "Harbour {n}") -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"p{n:04d}.html"
        path.write_text(page(title=title.format(n=n)), encoding="utf-8")
        paths.append(str(path))
    return paths


def _hostile_page(folder: Path) -> str:
    # The splitters in the title (JSON-LD, where HTML's parser keeps them), the body and a tag.
    folder.mkdir(exist_ok=True)
    text = "".join(f"part{n}{c}" for n, c in enumerate(SPLITTERS))
    jsonld = json.dumps({"@type": "NewsArticle", "headline": "Harbour " + text, "keywords": [text]})
    html = page(title="Harbour", text="The ferry " + text + " came back.").replace(
        "</head>", f'<script type="application/ld+json">{jsonld}</script></head>'
    )
    path = folder / "hostile.html"
    path.write_text(html, encoding="utf-8")
    return str(path)


def _jsonl_inputs(path: Path) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    return [row["input"] for row in rows]


def _csv_inputs(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as stream:
        return [row["input"] for row in csv.DictReader(stream)]


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_line_splitters_in_values_survive_a_resume(suffix: str, tmp_path: Path) -> None:
    # A reader that splits lines as str.splitlines() does sees a JSONL row holding U+2028 as
    # two rows: a resume taking the second half for a torn last line would cut a whole row.
    hostile = _hostile_page(tmp_path / "in")
    others = _pages(tmp_path / "in", 2)
    out = tmp_path / f"out.{suffix}"
    status, _, err = cli("batch", hostile, others[0], "-o", str(out), "-j", "1", "--no-progress")
    assert clean(status, err, (0,)), err[-1500:]
    status, _, err = cli(
        "batch", hostile, *others, "-o", str(out), "-j", "1", "--no-progress", "--resume"
    )
    assert clean(status, err, (0,)), err[-1500:]
    read = _jsonl_inputs if suffix == "jsonl" else _csv_inputs
    assert sorted(read(out)) == sorted([hostile, *others])
    if suffix == "jsonl":
        for line in out.read_text(encoding="utf-8").split("\n"):
            assert not line or len(line.splitlines()) == 1, "a row a line reader splits"


def test_an_output_that_is_a_symlink_to_an_input_is_refused(tmp_path: Path) -> None:
    inputs = _pages(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    out.symlink_to(inputs[0])
    before = Path(inputs[0]).read_bytes()
    status, _, err = cli("batch", *inputs, "-o", str(out), "--overwrite", "-j", "1")
    assert status == 2 and "Traceback" not in err, err[-1500:]
    assert Path(inputs[0]).read_bytes() == before


def test_an_errors_file_that_is_a_symlink_to_an_input_is_refused(tmp_path: Path) -> None:
    inputs = _pages(tmp_path / "in", 2)
    errors = tmp_path / "errors.jsonl"
    errors.symlink_to(inputs[1])
    before = Path(inputs[1]).read_bytes()
    status, _, err = cli(
        "batch",
        *inputs,
        str(tmp_path / "missing.html"),
        "-o",
        str(tmp_path / "out.jsonl"),
        "--errors",
        str(errors),
        "-j",
        "1",
    )
    assert status == 2 and "Traceback" not in err, err[-1500:]
    assert Path(inputs[1]).read_bytes() == before


def test_the_errors_file_named_as_the_output_is_refused_or_holds_each_input_once(
    tmp_path: Path,
) -> None:
    inputs = [*_pages(tmp_path / "in", 2), str(tmp_path / "missing.html")]
    out = tmp_path / "out.jsonl"
    status, _, err = cli("batch", *inputs, "-o", str(out), "--errors", str(out), "-j", "1")
    assert clean(status, err, (1, 2)), err[-1500:]
    if status == 1:
        assert sorted(_jsonl_inputs(out)) == sorted(inputs)


@pytest.mark.parametrize("flag", [[], ["--resume"], ["--overwrite"]])
def test_an_output_that_is_a_fifo_is_refused_without_waiting(
    flag: list[str], tmp_path: Path
) -> None:
    inputs = _pages(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    os.mkfifo(out)
    status, _, err = cli("batch", *inputs, "-o", str(out), "-j", "1", *flag, seconds=20)
    assert status == 2 and "Traceback" not in err, err[-1500:]


def test_an_output_that_is_a_dangling_symlink_is_written_or_refused(tmp_path: Path) -> None:
    inputs = _pages(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    out.symlink_to(tmp_path / "nowhere" / "x.jsonl")
    status, _, err = cli("batch", *inputs, "-o", str(out), "-j", "1")
    assert status == 2 and "Traceback" not in err, err[-1500:]


def _limited(argv: list[str], limit: int) -> tuple[int, str]:
    """``newsextract ARGV`` with files limited to ``limit`` bytes (a full disk)."""
    code = (
        f"import resource; resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}));" + ENTRY
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=False,
    )
    return done.returncode, done.stderr


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_a_full_disk_is_one_line_and_a_resume_completes_the_run(
    suffix: str, tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow") if suffix == "parquet" else None
    inputs = _pages(tmp_path / "in", 12)
    out = tmp_path / f"out.{suffix}"
    argv = ["batch", *inputs, "-o", str(out), "-j", "1", "--no-progress"]
    status, err = _limited(argv, 3_000)  # room for a few rows
    assert status in (1, 2) and "Traceback" not in err, err[-1500:]
    assert len([line for line in err.splitlines() if line.strip()]) <= 4, err[-1500:]
    status, _, err = cli(*argv, "--resume")
    assert clean(status, err, (0,)), err[-1500:]
    if suffix == "jsonl":
        assert sorted(_jsonl_inputs(out)) == sorted(inputs)
    elif suffix == "csv":
        assert sorted(_csv_inputs(out)) == sorted(inputs)
    else:
        import pyarrow.parquet as pq

        assert sorted(pq.read_table(out).column("input").to_pylist()) == sorted(inputs)


def test_two_runs_writing_one_output_at_once(tmp_path: Path) -> None:
    # Two runs started on one output at the same moment (cron firing twice, no flock): one is
    # refused, or the file holds each input once, every row whole.
    inputs = _pages(tmp_path / "in", 150)
    out = tmp_path / "out.jsonl"
    argv = [
        sys.executable,
        "-c",
        ENTRY,
        "batch",
        *inputs,
        "-o",
        str(out),
        "-j",
        "1",
        "--no-progress",
        "--resume",
    ]
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    first = subprocess.Popen(argv, env=environment, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    second = subprocess.run(
        argv, env=environment, capture_output=True, text=True, timeout=60, check=False
    )
    _, first_err = first.communicate(timeout=60)
    assert "Traceback" not in first_err + second.stderr, (first_err + second.stderr)[-1500:]
    assert sorted(_jsonl_inputs(out)) == sorted(inputs)


def test_markdown_output_of_hostile_values_injects_no_markup(tmp_path: Path) -> None:
    # A headline, byline, tags and body text that look like markdown and HTML: the markdown
    # output has one heading (the title's), and no raw tag or live link of the page's text.
    hostile = "Harbour\\n\\n# Injected\\n<img src=x onerror=alert(1)> [x](javascript:alert(1))"
    jsonld = (
        '{"@type": "NewsArticle", "headline": "' + hostile + '", "author": {"@type": "Person",'
        ' "name": "Ana <b>Ruiz</b>"}, "keywords": "a|b,<i>c</i>,[d](javascript:x)"}'
    )
    body = (
        "&lt;script&gt;alert(2)&lt;/script&gt; [click](javascript:alert(3)) ![i](http://e.x/i)"
        "<br># not a heading<br>| a | b |<br>---"
    )
    html = page(title="Harbour", text=body).replace(
        "</head>", f'<script type="application/ld+json">{jsonld}</script></head>'
    )
    path = tmp_path / "p.html"
    path.write_text(html, encoding="utf-8")
    status, out, err = cli("extract", str(path), "--format", "markdown")
    assert clean(status, err, (0,)), err[-1500:]
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert len(headings) == 1, headings
    unescaped = out.replace("\\<", "")  # "\<img" is text in markdown, not a tag
    assert "<script" not in unescaped and "<img" not in unescaped and "<b>" not in unescaped
    assert "](javascript:" not in out.replace("\\]", ""), out
