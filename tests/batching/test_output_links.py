"""An output named by a link to nothing (a dangling symlink): written through, the run made
a file wherever the link pointed, so a link planted in a shared folder chose where rows went.
``batch``/``crawl`` take such a link for an existing output (``--overwrite`` replaces the link
itself, ``--resume`` is refused), and ``store export`` refuses it as it refuses a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsextract.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1><p>"
    + "The council met on Tuesday to discuss the harbour plan. " * 8
    + "</p></article></body></html>"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    return path


def _dangling(tmp_path: Path) -> tuple[Path, Path]:
    link, target = tmp_path / "out.jsonl", tmp_path / "elsewhere" / "planted.jsonl"
    target.parent.mkdir()
    link.symlink_to(target)
    return link, target


def test_a_dangling_link_is_an_existing_output(page: Path, tmp_path: Path) -> None:
    link, target = _dangling(tmp_path)
    assert main(["batch", str(page), "-o", str(link)]) == 2
    assert main(["batch", str(page), "-o", str(link), "--resume"]) == 2
    assert not target.exists()
    assert main(["batch", str(page), "-o", str(link), "--overwrite"]) == 0
    assert not target.exists()
    assert not link.is_symlink() and link.is_file()


def test_a_link_to_a_file_is_resumed_and_overwritten_as_before(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "rows.jsonl"
    assert main(["batch", str(page), "-o", str(target)]) == 0
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main(["batch", str(page), "-o", str(link)]) == 2
    assert main(["batch", str(page), "-o", str(link), "--resume"]) == 0
    assert len(target.read_text().splitlines()) == 1


def test_store_export_refuses_a_dangling_link(tmp_path: Path) -> None:
    pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
    from newsextract.store.api import Store

    store = tmp_path / "store.sqlite"
    Store(store).close()
    link, target = _dangling(tmp_path)
    assert main(["store", "export", str(store), "-o", str(link)]) == 2
    assert not target.exists()
