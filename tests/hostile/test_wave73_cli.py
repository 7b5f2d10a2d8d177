"""Hostile input, wave 73: the command line over files a user's folder may hold.

``rules list`` printed a rule file's path as it was: a file named "a\\nb.toml" split the
rule's second row in two, a row the table's reader takes for another rule. A line break in
a row's cells (a path, a ``paths`` regex) is now shown escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.cli import main


@pytest.mark.parametrize("name", ["a\nb.toml", "line\n\nbreaks.toml"])
def test_rules_list_keeps_a_rule_to_its_two_rows(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / name).write_text(
        '[rule]\nname = "harbour"\ndomains = ["harbour.example"]\n'
        'paths = ["^/news/(?x) a  # comment\\n b"]\n'
        '[fields.title]\nselectors = ["h1"]\n',
        encoding="utf-8",
    )
    status = main(["rules", "list", "--rules-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 0, err
    rows = [line for line in out.splitlines() if "harbour" in line or str(tmp_path) in line]
    assert len(rows) == 2, out
    assert "\\n" in rows[1]
    assert "comment\\n b" in rows[0]
