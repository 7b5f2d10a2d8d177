"""Hostile input, wave 74: standard input that is a directory (``newsextract extract - < /``).

Decided: nothing of ours can answer it. CPython opens its standard streams before it reads
a line of any program, and refuses a directory there ("Fatal Python error: init_sys_streams:
<stdin> is a directory, cannot continue", status 1): ``python -m newsextract`` and the
``newsextract`` script end before ``newsextract`` is imported, and within the process no
``sys.stdin`` can be a directory (``io.FileIO`` refuses one). This test holds that answer:
a status that is not 0, nothing on standard output, and the interpreter's one line saying
why, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="opens the root directory as a file")
@pytest.mark.parametrize("command", ["extract", "batch", "explain"])
def test_a_directory_on_standard_input_ends_the_run_with_one_line(command: str) -> None:
    fd = os.open("/", os.O_RDONLY)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsextract", command, "-"],
            stdin=fd,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(fd)
    assert done.returncode != 0
    assert done.stdout == ""
    assert "is a directory" in done.stderr
    assert "Traceback" not in done.stderr
