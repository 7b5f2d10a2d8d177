"""Helpers of the second blind red team (wave 57): commands and snippets run in a child process
with a time limit, so a hang or a crash shows as a failed bound, not as a stuck test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .blind import SRC

ENTRY = "import sys; from newsextract.cli import main; sys.exit(main(sys.argv[1:]))"

PAGE = (
    "<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
    "<h1>{title}</h1><p>The council met on Tuesday to debate the harbour plan and its costs "
    "for the town.</p><p>{text}</p><p>The ferry will run again from the first of June, the "
    "harbour master said after the vote.</p></article></body></html>"
)


def page(title: str = "Harbour plan", text: str = "The ferry came back to the quay.") -> str:
    """A small article page."""
    return PAGE.format(title=title, text=text)


def run(
    argv: list[str],
    *,
    seconds: float = 30,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of a child ``python ARGV`` (sources first on the path)."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    done = subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        timeout=seconds,
        env=environment,
        cwd=cwd,
        input=stdin,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def cli(*argv: str, seconds: float = 30, cwd: Path | None = None) -> tuple[int, str, str]:
    """``newsextract ARGV`` in a child process."""
    return run(["-c", ENTRY, *argv], seconds=seconds, cwd=cwd)


def clean(status: int, err: str, allowed: tuple[int, ...] = (0, 1, 2)) -> bool:
    """An allowed exit status and no Python traceback."""
    return status in allowed and "Traceback" not in err


def batch_of_urls(urls: list[str], folder: Path) -> list[str]:
    """The output lines of ``newsextract batch`` over ``urls`` (listed in a file in
    ``folder``), two workers, no delay and a 4 s timeout: the run must end cleanly."""
    listing = folder / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    out = folder / "o.jsonl"
    status, _, err = cli(
        "batch", "-i", str(listing), "-o", str(out), "--no-progress", "-j", "2",
        "--delay", "0", "--timeout", "4", seconds=120,
    )  # fmt: skip
    assert clean(status, err), err[-1500:]
    return [line for line in out.read_text().splitlines() if line]
