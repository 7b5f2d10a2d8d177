"""Running a command without root's power to read and write whatever it likes.

Permission tests need file modes to hold; as root they do not, so the command runs with
``CAP_DAC_OVERRIDE`` and ``CAP_DAC_READ_SEARCH`` dropped from its capability bounding set
(root then obeys file modes like any user).
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_TIMEOUT = 120


def _drop_file_powers() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(97)


def run(argv: Sequence[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m newsextract.cli ARGV...``, obeying file modes even when run as root."""
    return subprocess.run(
        [sys.executable, "-m", "newsextract.cli", *argv],
        capture_output=True,
        text=True,
        timeout=_TIMEOUT,
        cwd=cwd,
        preexec_fn=_drop_file_powers if os.geteuid() == 0 else None,
        check=False,
    )


def lock(path: Path) -> None:
    """Make ``path`` unreadable (a file) or unlistable (a folder)."""
    path.chmod(0)
