"""``newsextract crawl SITE... --store STORE`` in a process of its own, as a user runs it,
with the loopback sites' settings (no politeness delay); and what its summary says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LOOPBACK = ["--delay", "0", "--timeout", "10"]


def start(store: str, *sites: str, extra: tuple[str, ...] = ()) -> subprocess.Popen[str]:
    """The crawl, started (``extra``: more of its options); its output is text on pipes."""
    command = ["crawl", *sites, "--store", store, *LOOPBACK, *extra]
    return subprocess.Popen(
        [sys.executable, "-m", "newsextract.cli", *command],
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
