"""``explain --html PATH`` writes a file, a device or a pipe a program reads; never over the
page it reads, and never waiting for ever on a named pipe no program reads."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from hang_guard import finishes
from newsextract.cli import main

from .conftest import PAGES


@pytest.fixture
def page(tmp_path: Path) -> Path:
    copy = tmp_path / "page.html"
    shutil.copyfile(PAGES / "harbour_article.html", copy)
    return copy


def test_a_report_over_the_page_read_is_refused(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = page.read_bytes()
    assert main(["explain", str(page), "--html", str(page)]) == 2
    assert "is the page read" in capsys.readouterr().err
    assert page.read_bytes() == before


def test_a_named_pipe_no_program_reads_fails_at_once(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    assert finishes(lambda: main(["explain", str(page), "--html", str(fifo)])) == 2
    assert "is a pipe no program reads" in capsys.readouterr().err


def test_a_named_pipe_a_program_reads_gets_the_report(page: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while not received and reader.is_alive():
        if finishes(lambda: main(["explain", str(page), "--html", str(fifo)])) == 0:
            break
    reader.join(60)
    assert received and received[0].startswith(b"<!doctype html>")
