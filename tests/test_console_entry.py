"""The installed command's entry point stays light, so that batch workers do not import the
whole command line again (see ``newsextract.console``)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_SAMPLE = _ROOT / "samples" / "blog_post.html"
# What the installed ``newsextract`` script is (pip writes the same three lines).
_SCRIPT = """import sys
from newsextract.console import main
if __name__ == "__main__":
    sys.exit(main())
"""


def test_the_command_s_entry_point_is_the_light_module() -> None:
    project = tomllib.loads((_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["newsextract"] == "newsextract.console:main"


def test_importing_the_entry_point_leaves_the_command_line_unimported() -> None:
    code = "import sys, newsextract.console; print('newsextract.cli' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_the_entry_point_runs_the_command_line(tmp_path: Path) -> None:
    script = tmp_path / "newsextract"
    script.write_text(_SCRIPT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script), "--version"], capture_output=True, text=True, check=True
    )
    assert run.stdout.startswith("newsextract ")


def test_batch_workers_do_not_import_the_command_line(tmp_path: Path) -> None:
    """Two workers and the batch process: the command line is imported once, by the batch
    process (``-X importtime`` reports every import of every process of the run)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(8):
        (pages / f"page{number}.html").write_bytes(_SAMPLE.read_bytes())
    script = tmp_path / "newsextract"
    script.write_text(_SCRIPT, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-X", "importtime", str(script), "batch", str(pages)]
    run = subprocess.run(
        [*command, "-o", str(output), "-j", "2"], capture_output=True, text=True, check=True
    )
    imports = [line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()]
    assert imports.count("newsextract.cli") == 1
    assert len(output.read_text(encoding="utf-8").splitlines()) == 8


def test_python_dash_m_runs_the_command_line() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "newsextract", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.startswith("newsextract ")


def test_python_dash_m_batch_runs_each_input_once(tmp_path: Path) -> None:
    """Workers import ``__main__`` again as ``__mp_main__``: the guard keeps them from
    starting a second batch."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(4):
        (pages / f"page{number}.html").write_bytes(_SAMPLE.read_bytes())
    output = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "newsextract", "batch", str(pages), "-o", str(output), "-j", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(output.read_text(encoding="utf-8").splitlines()) == 4
