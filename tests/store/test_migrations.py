"""Migrations build exactly the tables of ``schema``, and upgrade an older store in place."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsextract import Article, StoreError
from newsextract.store import PageCheck, Store, engine, migrate
from newsextract.store.schema import metadata


def test_head_is_the_schema(tmp_path: Path) -> None:
    Store(tmp_path / "news.db").close()
    db = engine.create_engine(engine.database_url(tmp_path / "news.db"))
    with db.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        assert migrate.current(conn) == migrate.head()
    db.dispose()


def test_an_older_store_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = engine.create_engine(engine.database_url(path))
    migrate.upgrade(db, location=str(path), target="0001")
    when = datetime(2026, 11, 1, tzinfo=UTC)
    with db.begin() as conn:  # a store written by the first version: no duplicate columns
        conn.execute(
            sa.text(
                "INSERT INTO articles (url, site, body_hash, version_hash, revision_count,"
                " first_seen, updated_at, checked_at, data) VALUES ('http://a.test/n/1',"
                " 'a.test', 'b', 'v', 1, :t, :t, :t, '{\"title\": \"Old\"}')"
            ),
            {"t": when.replace(tzinfo=None)},
        )
    db.dispose()
    with Store(path) as store:
        assert [a.title for a in store.articles()] == ["Old"]
        copy = Article(url="http://b.test/n/1", title="New", body="x " * 50)
        store.write_article(copy, PageCheck(url=copy.url or "", checked_at=when, outcome="article"))
        assert store.stats().articles == 2
    with Store(path):  # at head already: opening again changes nothing
        pass


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    Store(path).close()
    db = engine.create_engine(engine.database_url(path))
    with db.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(StoreError, match="newer than this newsextract"):
        Store(path)
