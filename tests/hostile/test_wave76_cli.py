"""Hostile input, wave 76: the command line's output names and rule files.

``batch -o results -f jsonl`` writes an output whose name tells no format, as ``--format``
allows; ``--resume`` on it then stopped with "OptionError: cannot tell the format of
'results'": the rows already written were read by the name's format only, ``--format``
not asked. They are now read in the format the run writes.

A rule file saved with a UTF-8 byte-order mark (as some Windows editors write it) was
refused as "invalid TOML: Invalid statement (at line 1, column 1)", a message that names
nothing the user can see in the file. The mark is now read past, as Python's ``utf-8-sig``
codec does.

``--fetched-at 9999-12-31T23:59-23:59`` (or ``0001-01-01T00:00+23:59``) parsed as ISO 8601
but names no moment in years 1 to 9999 once in UTC: the run stopped on the options'
check, "OptionError: invalid option fetched_at=datetime.date...conds=86340)))", a cut Python
repr. It is now argparse's usage error naming the option and the value, as an unparsable
date is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract.cli import main

WORDS = "Harbour works resumed on Monday after the strike ended. "
HTML = (
    "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
    f"<p>{WORDS * 8}</p></article></body></html>"
)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_reads_an_output_named_without_a_suffix_in_its_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    first, second = tmp_path / "one.html", tmp_path / "two.html"
    first.write_text(HTML, encoding="utf-8")
    second.write_text(HTML.replace("Harbour works", "Dock works"), encoding="utf-8")
    out = tmp_path / "results"
    common = ["batch", "-j", "1", "--no-progress", "-f", fmt, "-o", str(out)]
    assert main([*common, str(first)]) == 0
    capsys.readouterr()
    status = main([*common, "--resume", str(first), str(second)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "resumed" in err or "1 inputs" in err, err
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        inputs = [json.loads(line)["input"] for line in text.splitlines()]
        assert inputs == [str(first), str(second)]
    else:
        assert text.count(str(first)) == 1 and text.count(str(second)) == 1


def test_a_rule_file_with_a_byte_order_mark_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = (
        '[rule]\nname = "harbour"\ndomains = ["harbour.example"]\n'
        '[fields.title]\nselectors = ["h1"]\n'
    )
    (tmp_path / "harbour.toml").write_bytes(b"\xef\xbb\xbf" + rule.encode("utf-8"))
    status = main(["rules", "list", "--rules-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "harbour" in out


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00+23:59"])
@pytest.mark.parametrize("command", ["extract", "explain"])
def test_a_fetched_at_outside_utcs_years_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], when: str, command: str
) -> None:
    page = tmp_path / "one.html"
    page.write_text(HTML, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main([command, "--fetched-at", when, str(page)])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "--fetched-at" in err and when in err
    assert "datetime." not in err and "OptionError" not in err
