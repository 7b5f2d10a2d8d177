"""The eighth red team (wave 63): a batch whose inputs reach its own output. A glob or a
is expanded when the run comes to it, after the output was opened: a ``**/*`` line
late in an ``--inputs-from`` list read the run's JSONL output as input, each row it wrote
was read back and written again (3.2 million rows in ten minutes), and its lock file was a
failure row. The files the run writes are now left out of every expansion, with a warning
(``batching.own_files``)."""

from __future__ import annotations

import collections
import csv
import json
from pathlib import Path

import pytest

from newsextract.batching.own_files import OwnFiles

from .test_blind_cli import clean, cli, story

PAGES = 12


def _inputs(path: Path) -> list[str]:
    with path.open(newline="") as lines:
        if path.suffix == ".csv":
            return [row["input"] for row in csv.DictReader(lines)]
        return [str(json.loads(line)["input"]) for line in lines]


@pytest.mark.parametrize(
    ("late_input", "output"),
    [("rows/**/*", "out.jsonl"), ("rows/*.jsonl", "out.jsonl"), ("rows/*", "out.csv")],
)
def test_a_glob_read_after_the_output_is_written_leaves_it_out(
    late_input: str, output: str, tmp_path: Path
) -> None:
    rows = tmp_path / "rows"
    rows.mkdir()
    (rows / "given.jsonl").write_text(
        json.dumps({"url": "https://ferry.example/given", "html": story("Given row")}) + "\n"
    )
    pages = []
    for number in range(PAGES):
        page = tmp_path / f"p{number:02d}.html"
        page.write_text(story(f"Pier notice {number}"))
        pages.append(str(page))
    listing = tmp_path / "inputs.txt"
    listing.write_text("\n".join([*pages, late_input]) + "\n")  # the output has rows by then
    out = rows / output
    status, _, err = cli(
        "batch", "-i", str(listing), "-o", str(out), "-j", "1", "--no-progress", cwd=tmp_path
    )
    assert clean(status, err, (0,)), err[-1500:]
    counts = collections.Counter(_inputs(out))
    assert set(counts) == {*pages, "rows/given.jsonl:1"}, sorted(counts)[:20]
    assert set(counts.values()) == {1}
    assert "this run writes it" in err


def test_own_files_are_told_by_name_and_identity(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("")
    own = OwnFiles.of([out, tmp_path / "failures.jsonl"])
    assert own.holds(str(out))
    assert own.holds(str(tmp_path / "." / "out.jsonl"))
    assert own.holds(str(tmp_path / "out.jsonl.lock"))  # not there: the same name and place
    assert own.holds(str(tmp_path / "failures.jsonl"))
    other = tmp_path / "other"
    other.mkdir()
    (other / "out.jsonl").write_text("")
    assert not own.holds(str(other / "out.jsonl"))
    assert not own.holds(str(tmp_path / "given.jsonl"))
