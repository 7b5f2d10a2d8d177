"""Round 13: the reading store commands leave a file that is no store as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.cli import main
from newsextract.errors import StoreError
from newsextract.store import Store


@pytest.mark.parametrize("command", ["export", "stats"])
def test_an_empty_file_is_no_store_and_stays_empty(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite takes an empty file for an empty database and wrote its header into it."""
    page = tmp_path / "page.html"
    page.touch()
    assert main(["store", command, str(page)]) == 2
    assert "not a newsextract store (an empty file)" in capsys.readouterr().err
    assert page.read_bytes() == b""


def test_an_empty_file_is_refused_by_a_reader_and_made_a_store_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    path.touch()
    with pytest.raises(StoreError, match="an empty file"):
        Store(path, create=False)
    with Store(path) as store:  # a writer may start its store in a file made for it
        assert store.stats().articles == 0
