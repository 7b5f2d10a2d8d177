"""Hostile input, wave 69: what the wave-68 round left, through the public entry points.

Expected outcome: ``rules new`` given a rule name longer than its files' names can hold is a
one-line ``RuleError`` that writes nothing (it wrote the page's copy, then failed on the golden
file's name with an ``OSError``, and the half rule it left made the next run refuse with
``RuleExistsError``); a write that fails part-way takes back the files the call made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsextract import RuleError
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
