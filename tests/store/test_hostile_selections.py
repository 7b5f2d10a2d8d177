"""A read the database refuses, or a selection that names no site, is a ``StoreError``:
``articles(language=<100,000 letters>)`` left the store's API as SQLAlchemy's
OperationalError ("LIKE or GLOB pattern too complex", its SQL in the message) and
``articles(site="http://[::1")`` as a ValueError; ``store export`` printed them so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsextract import Article, StoreError
from newsextract.cli import main

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")


def _store(path: Path) -> Path:
    # The database checks a LIKE pattern when it first compares a row with it.
    article = Article(url="https://harbour.example.org/a", title="T", language="en-GB")
    check = records.PageCheck(
        url=article.url, checked_at=datetime(2026, 3, 2, tzinfo=UTC), outcome="article"
    )
    with store_api.Store(path) as store:
        store.write_article(article, check)
    return path


@pytest.mark.parametrize(
    "selection", [{"language": "a" * 100_000}, {"site": "http://[::1"}, {"site": "[::1"}]
)
def test_a_refused_read_is_a_store_error(tmp_path: Path, selection: dict[str, str]) -> None:
    with store_api.Store(_store(tmp_path / "store.sqlite")) as store:
        with pytest.raises(StoreError, match="cannot read the store"):
            list(store.articles(**selection))  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="cannot read the store"):
            list(store.all_revisions(**selection))  # type: ignore[arg-type]


def test_store_export_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _store(tmp_path / "store.sqlite")
    assert main(["store", "export", str(store), "--language", "a" * 100_000]) == 2
    err = capsys.readouterr().err
    assert "StoreError: cannot read the store" in err
    assert "SELECT" not in err
