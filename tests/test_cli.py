from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

from newsextract.cli import main, run_extract

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "fr_wordpress_byline_par.html"


def run(inputs: list[str], fmt: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_extract(inputs, fmt, out, err)
    return code, out.getvalue(), err.getvalue()


def test_json_output_for_a_file() -> None:
    code, out, _ = run([str(PAGE)], "json")
    assert code == 0
    [record] = json.loads(out)
    assert record["input"] == str(PAGE)
    assert record["authors"] == ["Camille Lefèvre"]


def test_folder_and_gzip_inputs_as_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.read_bytes()))
    (tmp_path / "b.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "notes.txt").write_text("ignored")
    code, out, _ = run([str(tmp_path)], "jsonl")
    assert code == 0
    assert len(out.splitlines()) == 2


def test_text_and_markdown_formats() -> None:
    _, text, _ = run([str(PAGE)], "text")
    assert "Camille Lefèvre" in text
    _, markdown, _ = run([str(PAGE)], "markdown")
    assert markdown.startswith("# La métropole de Valmont")


def test_a_bad_input_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"%PDF-1.4 not a page")
    code, out, err = run([str(bad), str(PAGE), str(tmp_path / "missing.html")], "jsonl")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error") for r in rows] == ["NotHTMLError", None, "FileNotFoundError"]
    assert "bad.html" in err


def test_console_script_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", "extract", str(PAGE), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["language"] == "fr"


def test_no_command_prints_help() -> None:
    assert main([]) == 2
