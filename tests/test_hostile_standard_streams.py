"""The standard streams as a shell may hand them over.

An output whose encoding lacks a page's characters: a Windows stdout redirected to a file
(the ANSI code page), ``PYTHONIOENCODING=ascii``. ``extract`` ended with ``UnicodeEncodeError``
at the first "é" or "日" it wrote, the rest of the output lost (status 2). Now JSON is written
with ``\\uXXXX`` escapes (valid and lossless) and text with backslash escapes.

A standard stream closed at the start (``<&-``, ``>&-``, ``2>&-``), which Python gives as
``None``: ``extract -`` and ``batch -i -`` said "AttributeError: 'NoneType' object has no
attribute 'buffer'", ``extract >&-`` the same of 'write', and ``batch 2>&-`` ended before its
first row (status 1, nothing said). Now a closed input or output is said to be closed, and
what goes to a closed standard error is dropped (``standard_streams``)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsextract.cli import main

_PAGE = (
    "<html><head><title>Café à Tōkyō 日本</title></head><body><article><h1>Café à Tōkyō 日本</h1>"
    + "<p>Le conseil a voté le plan du port après un long débat sur les coûts. 港の計画。</p>" * 3
    + "</article></body></html>"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    return path


def _run(arguments: list[str], encoding: str, monkeypatch: pytest.MonkeyPatch) -> str:
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    monkeypatch.setattr("sys.stdout", stdout)
    assert main(arguments) == 0
    stdout.flush()
    return raw.getvalue().decode(encoding)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_on_an_output_without_the_page_s_characters_is_escaped(
    fmt: str, encoding: str, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _run(["extract", "-f", fmt, str(page)], encoding, monkeypatch)
    rows = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert rows[0]["title"] == "Café à Tōkyō 日本"


@pytest.mark.parametrize("command", [["extract", "-f", "text"], ["extract", "-f", "markdown"]])
def test_text_on_an_output_without_the_page_s_characters_is_written_whole(
    command: list[str], page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _run([*command, str(page)], "ascii", monkeypatch)
    assert "Caf\\xe9" in out
    assert "\\u6e2f\\u306e" in out  # the body written to its end: 港の


def test_explain_on_an_output_without_the_page_s_characters(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Caf\\xe9" in _run(["explain", str(page)], "ascii", monkeypatch)


def test_extract_of_a_closed_standard_input_is_a_read_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", None)
    assert main(["extract", "-f", "jsonl", "-"]) == 1
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["input"], row["stage"], row["error"]) == ("-", "read", "OSError")
    assert row["message"] == "standard input is closed"


def test_batch_listing_a_closed_standard_input_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", None)
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-i", "-", "-o", str(out), "--no-progress"]) == 2
    assert "standard input is closed" in capsys.readouterr().err
    assert not out.exists()


def test_extract_to_a_closed_standard_output_says_so(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdout", None)
    assert main(["extract", str(page)]) == 2
    assert capsys.readouterr().err == "newsextract: error: standard output is closed\n"


def test_batch_with_its_standard_streams_closed_writes_every_row(
    page: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    run = "import sys; from newsextract.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", run, "batch", str(page), "-o", str(out), "-j", "1"]
    # the shell closes the three descriptors, then runs the command in their absence
    closed = subprocess.run(["sh", "-c", 'exec "$@" <&- >&- 2>&-', "sh", *command], check=False)
    assert closed.returncode == 0
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["status"] == "ok"
    assert row["title"] == "Café à Tōkyō 日本"
