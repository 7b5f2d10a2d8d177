"""Second blind red team, wave 57: the article store when its file is not what a store of this
version wrote: from a newer schema, truncated, zeroed, read-only, or holding rows a hostile
hand wrote (data that is no JSON, no object, wrong types, dates that are no dates).

Expected outcome of each: ``StoreError`` from Python (a ``NewsExtractError``) and, on the
command line, an exit status of 1 or 2 with one line and no traceback; never an untyped error.
Bound: 30 s a command (a store opens in ~1 s), memory that of a small store."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newsextract import Article, NewsExtractError

from .second import clean, cli

pytest.importorskip("sqlalchemy", reason="the store extra is missing")

NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
URL = "https://a.example/2026/11/30/harbour"


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two articles (one revised), written through the API."""
    from newsextract import Store
    from newsextract.store import PageCheck

    path = tmp_path_factory.mktemp("store") / "good.db"
    with Store(str(path)) as store:
        for n, title in enumerate(["Harbour reopens", "Harbour reopens on Monday", "Other"]):
            url = URL if n < 2 else URL + "-other"
            check = PageCheck(url=url, checked_at=NOW, outcome="article")
            body = "Ships are back in the harbour after the storm. " * (n + 1)
            store.write_article(Article(url=url, title=title, body=body, language="en"), check)
    return path


def _copy(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    shutil.copy(good, path)
    return path


def _sql(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        for statement in statements:
            db.execute(statement)
        db.commit()


def _reads(store: Any) -> list[Callable[[], object]]:
    """Every way of reading an open store from Python."""
    return [
        lambda: list(store.articles()),
        lambda: list(store.articles(since=NOW, language="en", site="a.example")),
        lambda: list(store.stored_articles()),
        lambda: list(store.all_revisions()),
        lambda: store.revisions(URL),
        lambda: store.pages([URL]),
        store.stats,
    ]


def _command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``newsextract ARGV`` in this process (a child's start costs 1-3 s a command); an
    error the command lets through fails the test as a traceback would."""
    from newsextract.cli import main

    status = main(argv)
    return status, capsys.readouterr().err


def _assert_typed_everywhere(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsextract import Store

    with contextlib.suppress(NewsExtractError), Store(str(path)) as store:
        for call in _reads(store):
            with contextlib.suppress(NewsExtractError):
                call()
    for argv in (["store", "export", str(path), "--revisions"], ["store", "stats", str(path)]):
        status, err = _command(argv, capsys)
        assert status in (0, 1, 2), (argv, err[-1500:])
        assert len([line for line in err.splitlines() if line.strip()]) <= 3, err[-1500:]


def test_a_store_of_a_newer_schema_is_refused_in_one_line(
    good_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A store a later newsextract migrated: its alembic revision is one this version has not.
    path = _copy(good_store, tmp_path)
    _sql(path, "UPDATE alembic_version SET version_num = '9999'")
    _assert_typed_everywhere(path, capsys)
    status, err = _command(["store", "stats", str(path)], capsys)
    assert status == 2, err[-1500:]


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_store_file_is_a_store_error(
    good_store: Path, tmp_path: Path, keep: float, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(good_store, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    _assert_typed_everywhere(path, capsys)


def test_a_store_file_of_zeroed_pages_is_a_store_error(
    good_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(good_store, tmp_path)
    data = bytearray(path.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # the header page intact, every other page zeros
    path.write_bytes(bytes(data))
    _assert_typed_everywhere(path, capsys)


@pytest.mark.parametrize(
    "data",
    [
        "not json",
        "[]",
        "null",
        "5",
        '{"title": 5, "authors": "Ana", "published": "the day after", "tags": {"a": 1}}',
        '{"url": ["x"], "body": null, "provenance": []}',
        '{"published": "9999-99-99T99:99:99"}',
        '{"unknown_field": 1}',
    ],
    ids=["no-json", "list", "null", "number", "wrong-types", "wrong-types-2", "bad-date", "extra"],
)
def test_hostile_article_rows_are_a_store_error_or_read(
    good_store: Path, tmp_path: Path, data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A row written by hand, by another tool or by a buggy version: data no Article holds.
    path = _copy(good_store, tmp_path)
    quoted = data.replace("'", "''")
    _sql(path, f"UPDATE articles SET data = '{quoted}'", f"UPDATE revisions SET data = '{quoted}'")
    _assert_typed_everywhere(path, capsys)


@pytest.mark.parametrize(
    "column",
    [
        "updated_at = 'yesterday'",
        "first_seen = X'00ff'",
        "revision_count = 'many'",
        "checked_at = NULL",
        "signature = X'0102'",
    ],
)
def test_hostile_columns_are_a_store_error_or_read(
    good_store: Path, tmp_path: Path, column: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(good_store, tmp_path)
    with contextlib.suppress(sqlite3.IntegrityError):
        _sql(path, f"UPDATE articles SET {column}")
    _assert_typed_everywhere(path, capsys)


def test_a_write_to_a_store_with_hostile_rows_is_a_store_error_or_written(
    good_store: Path, tmp_path: Path
) -> None:
    # A new revision of an article whose stored row is no JSON: the write compares the two.
    from newsextract import Store
    from newsextract.store import PageCheck

    path = _copy(good_store, tmp_path)
    _sql(path, "UPDATE articles SET data = 'not json'", "UPDATE lsh_bands SET hash = 'x'")
    check = PageCheck(url=URL, checked_at=NOW, outcome="article")
    body = "Ships are back in the harbour after the storm. " * 3
    for article in (
        Article(url=URL, title="Harbour reopens at last", body=body),
        Article(url=URL + "-copy", title="Copy", body=body * 20),
    ):
        try:
            with Store(str(path)) as store:
                store.write_article(article, check)
        except NewsExtractError:
            pass


def test_a_read_only_store_file_is_a_store_error(good_store: Path, tmp_path: Path) -> None:
    from newsextract import Store
    from newsextract.store import PageCheck

    folder = tmp_path / "ro"
    folder.mkdir()
    path = _copy(good_store, folder)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        check = PageCheck(url=URL, checked_at=NOW, outcome="article")
        try:
            with Store(str(path)) as store:
                store.write_article(Article(url=URL, title="New", body="New text."), check)
        except NewsExtractError:
            pass
        status, _, err = cli("store", "export", str(path))
        assert clean(status, err), err[-1500:]
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(
    "target",
    ["postgresql://nobody@127.0.0.1:1/news", "mysql://x@127.0.0.1:1/n", "sqlite:///", "::"],
)
def test_a_store_url_that_names_no_reachable_store(target: str, tmp_path: Path) -> None:
    # A refused connection is immediate: the bound is the connect, not a 30 s busy wait.
    for argv in (["store", "stats", target], ["store", "export", target]):
        status, _, err = cli(*argv, seconds=20, cwd=tmp_path)
        assert clean(status, err, (1, 2)), (argv, err[-1500:])
