"""Hostile input, wave 69: what the wave-68 round left, through the public entry points.

Expected outcome: ``rules new`` given a rule name longer than its files' names can hold is a
one-line ``RuleError`` that writes nothing (it wrote the page's copy, then failed on the golden
file's name with an ``OSError``, and the half rule it left made the next run refuse with
``RuleExistsError``); a write that fails part-way takes back the files the call made; the
batch command's regex cache file replaced by a FIFO, a link to one or to ``/dev/zero``, or a
sparse file of gigabytes is passed over (a FIFO hung the batch as it started); ``--resume``
of a Parquet output whose journal is a FIFO or a dangling link is an ``OptionError`` (the
FIFO hung the run); ``newsextract.dask.write`` writes a partition file in place of a link
planted there (it wrote through it) and refuses a FIFO there (it hung) with an
``OptionError``."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from tests.hang_guard import finishes, raised

from newsextract import OptionError, RuleError, regex_cache
from newsextract.batching.resume import done_keys
from newsextract.batching.writers import journal_path
from newsextract.rules import scaffold as scaffolding
from newsextract.rules.scaffold import MAX_NAME_BYTES, scaffold

from .test_blind_cli import cli, story

URL = "https://news.example/2024/05/02/quay"


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(story())
    return page


@pytest.mark.parametrize("name", ["n" * 245, "ü" * 120])
def test_a_rule_name_too_long_for_its_files_is_a_rule_error_that_writes_nothing(
    name: str, tmp_path: Path
) -> None:
    page = _page(tmp_path)
    rules = tmp_path / "rules"
    status, _, err = cli("rules", "new", str(page), "--url", URL, "--name", name, "-o", str(rules))
    assert status == 2
    assert err.count("\n") == 1 and "RuleError" in err and "Traceback" not in err
    assert not rules.exists() or not any(rules.rglob("*"))  # no half rule left behind


def test_a_rule_name_at_the_cap_writes_its_three_files(tmp_path: Path) -> None:
    name = "n" * MAX_NAME_BYTES
    files = scaffold(_page(tmp_path), URL, name, tmp_path / "rules")
    assert all(path.is_file() for path in files)
    with pytest.raises(RuleError):
        scaffold(_page(tmp_path), URL, name + "n", tmp_path / "more")


def test_a_write_failing_part_way_takes_back_the_files_the_call_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    written = scaffolding._write_in_place
    calls: list[Path] = []

    def full_disk(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, os.strerror(28), str(path))  # ENOSPC on the golden file
        written(path, data)

    monkeypatch.setattr(scaffolding, "_write_in_place", full_disk)
    with pytest.raises(OSError):
        scaffold(_page(tmp_path), URL, "quay", rules)
    assert not any(path.is_file() for path in rules.rglob("*"))
    monkeypatch.undo()
    files = scaffold(_page(tmp_path), URL, "quay", rules)  # the rerun is not refused
    assert all(path.is_file() for path in files)


@pytest.mark.parametrize("kind", ["fifo", "link to a fifo", "dev zero", "sparse gigabytes"])
def test_the_regex_cache_file_replaced_by_no_file_of_ours_is_passed_over(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The batch command's fork server reads the cache as it starts: a FIFO there held it in
    # ``open`` for ever (and deaf to SIGTERM, which Python handles only between calls).
    monkeypatch.setenv("NEWSEXTRACT_CACHE_DIR", str(tmp_path))
    path = regex_cache.cache_file()
    assert path is not None
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to a fifo":
        os.mkfifo(tmp_path / "pipe")
        path.symlink_to(tmp_path / "pipe")
    elif kind == "dev zero":
        path.symlink_to("/dev/zero")
    else:
        with path.open("wb") as sparse:
            sparse.truncate(regex_cache.MAX_FILE_BYTES + 1)

    def compile_one() -> bool:
        with regex_cache.compiled_from_disk():
            return (
                re.compile(r"quay-\d{4}-(?P<n>harbour)+").fullmatch("quay-2024-harbour") is not None
            )

    assert finishes(compile_one)


@pytest.mark.parametrize("kind", ["fifo", "link to nothing"])
def test_resuming_a_parquet_output_whose_journal_is_no_file_is_an_option_error(
    kind: str, tmp_path: Path
) -> None:
    # The output itself was checked; its journal (``<OUT>.partial.jsonl``), read back and
    # appended to as well, was not: a FIFO there held ``batch --resume`` for ever.
    out = tmp_path / "out.parquet"
    journal = journal_path(out)
    if kind == "fifo":
        os.mkfifo(journal)
    else:
        journal.symlink_to(tmp_path / "elsewhere.jsonl")
    error = raised(lambda: done_keys(out))
    assert isinstance(error, OptionError) and "partial.jsonl" in str(error)
    assert not (tmp_path / "elsewhere.jsonl").exists()


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_dask_writes_a_partition_in_place_of_a_planted_link_and_refuses_a_fifo(
    fmt: str, tmp_path: Path
) -> None:
    # ``newsextract.dask.write`` opened a partition file through fsspec, which follows a
    # link planted in its place (the rows went wherever it led) and waits on a FIFO for ever.
    nd = pytest.importorskip("newsextract.dask")
    page = _page(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    part = out / f"part-00000.{fmt}"
    part.symlink_to(tmp_path / "elsewhere")
    counts = finishes(lambda: nd.write([str(page)], out, format=fmt))
    assert counts == {"articles": 1, "failures": 0, "files": 1}
    assert part.is_file() and not part.is_symlink()
    assert not (tmp_path / "elsewhere").exists()
    part.unlink()
    os.mkfifo(part)
    error = raised(lambda: nd.write([str(page)], out, format=fmt))
    assert isinstance(error, OptionError)
