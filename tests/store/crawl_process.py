"""``newsextract crawl SITE... --store STORE`` in a process of its own, as a user runs it,
with the loopback sites' settings (no politeness delay); and what its summary says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LOOPBACK = ["--delay", "0", "--timeout", "10"]


def start(store: str, *sites: str) -> subprocess.Popen[str]:
    """The crawl, started; its output is text on pipes."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsextract.cli", "crawl", *sites, "--store", store, *LOOPBACK],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def new_articles(summary: str) -> int:
    """The articles the crawl's summary on stderr says were new to the store."""
    match = re.search(r"newsextract crawl: (\d+) new,", summary)
    assert match is not None, summary
    return int(match.group(1))
