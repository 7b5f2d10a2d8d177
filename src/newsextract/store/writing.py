"""Writing to the store: each call one transaction, idempotent, safe beside other writers.

Rows are keyed by unique constraints (a page's URL, an article's canonical URL, a revision's
article and number) and written with ``INSERT ... ON CONFLICT``, so writing the same thing
twice changes nothing. Article writes are serialised across processes (PostgreSQL: a
transaction-level advisory lock; SQLite: ``BEGIN IMMEDIATE``), so a revision number or a
duplicate is never decided on a view another writer is changing.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsextract.article import Article
from newsextract.store import convert, duplicates
from newsextract.store.minhash import signature
from newsextract.store.records import PageCheck, WriteResult, Written
from newsextract.store.schema import articles, pages, revisions

#: The PostgreSQL advisory lock an article write holds until it commits (any fixed number;
#: the ASCII codes of "newswrit").
WRITE_LOCK_KEY = 0x6E65777377726974


def _insert(conn: sa.Connection, table: sa.Table) -> Any:
    """The dialect's INSERT, the one with ``on_conflict_do_*``."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


#: What a failed check leaves as the last good fetch set it: the validators, the body's hash
#: and the article it gave.
_KEPT_ON_ERROR = ("etag", "last_modified", "content_hash", "fetched_at", "article_id")


@functools.cache
def _page_upsert(dialect: str, failed: bool) -> Any:
    """``INSERT INTO pages ... ON CONFLICT (url) DO UPDATE``, built once per dialect (its
    ``excluded`` columns are costly to build for every page)."""
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(pages)
    changed = {
        column.name: insert.excluded[column.name]
        for column in pages.columns
        if column.name not in ("id", "url") and not (failed and column.name in _KEPT_ON_ERROR)
    }
    return insert.on_conflict_do_update(index_elements=["url"], set_=changed)


def write_page(conn: sa.Connection, check: PageCheck, article_id: int | None = None) -> None:
    """Insert or update the page's row with this check (a failed check keeps the validators,
    hash and article of the last good one)."""
    values = {
        "url": check.url,
        "site": convert.site_of(check.final_url or check.url),
        "final_url": check.final_url,
        "status": check.status,
        "etag": check.etag,
        "last_modified": check.last_modified,
        "content_hash": check.content_hash,
        "source_modified": check.source_modified,
        "fetched_at": check.checked_at if check.content_hash else None,
        "checked_at": check.checked_at,
        "outcome": check.outcome,
        "error": check.error,
        "message": check.message,
        "article_id": article_id,
    }
    conn.execute(_page_upsert(conn.dialect.name, check.outcome == "error"), values)


def touch_page(
    conn: sa.Connection,
    url: str,
    checked_at: datetime,
    source_modified: datetime | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    """An unchanged page (a 304, or the same body): only its check time moves on (and the
    articles it gave), with the source's ``lastmod`` and any new validators."""
    values: dict[str, Any] = {"checked_at": checked_at}
    if source_modified is not None:
        values["source_modified"] = source_modified
    if etag is not None:
        values["etag"] = etag
    if last_modified is not None:
        values["last_modified"] = last_modified
    conn.execute(pages.update().where(pages.c.url == url).values(values))
    article_id = sa.select(pages.c.article_id).where(pages.c.url == url).scalar_subquery()
    conn.execute(articles.update().where(articles.c.id == article_id).values(checked_at=checked_at))


def write_article(conn: sa.Connection, article: Article, check: PageCheck) -> WriteResult:
    """Store ``article`` as its page's check found it: a new article, a new revision of a
    stored one (headline or body changed), or only a later check time."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    url = convert.canonical_url(article, check.final_url or check.url, fallback=check.url)
    stored = conn.execute(
        sa.select(
            articles.c.id,
            articles.c.version_hash,
            articles.c.revision_count,
            articles.c.data,
            articles.c.duplicate_of,
            articles.c.similarity,
        ).where(articles.c.url == url)
    ).one_or_none()
    if stored is None:
        article_id, number = _insert_article(conn, url, article, check), 1
        written: Written = "new"
        _add_revision(conn, article_id, 1, article, check, changes=())
    elif stored.version_hash == convert.version_hash(article):
        conn.execute(
            articles.update().where(articles.c.id == stored.id).values(checked_at=check.checked_at)
        )
        write_page(conn, check, stored.id)
        return WriteResult(
            url=url,
            written="unchanged",
            revision=stored.revision_count,
            duplicate_of=_url_of(conn, stored.duplicate_of) if stored.duplicate_of else None,
            similarity=stored.similarity,
        )
    else:
        article_id, number, written = stored.id, stored.revision_count + 1, "revised"
        changes = convert.changed_fields(convert.from_json(stored.data), article)
        _add_revision(conn, article_id, number, article, check, changes=changes)
        _update_article(conn, article_id, number, article, check)
    exact_key = convert.body_hash(article) if article.body.strip() else None
    match = duplicates.record(conn, article_id, exact_key, signature(article.body))
    write_page(conn, check, article_id)
    original = _url_of(conn, match.article_id) if match else None
    return WriteResult(
        url=url,
        written=written,
        revision=number,
        duplicate_of=original,
        similarity=match.similarity if match else None,
    )


def _article_values(article: Article, check: PageCheck) -> dict[str, Any]:
    return {
        "language": article.language,
        "published": article.published,
        "title": article.title,
        "body_hash": convert.body_hash(article),
        "version_hash": convert.version_hash(article),
        "updated_at": check.checked_at,
        "checked_at": check.checked_at,
        "data": convert.to_json(article),
    }


def _insert_article(conn: sa.Connection, url: str, article: Article, check: PageCheck) -> int:
    values = {
        "url": url,
        "site": convert.site_of(url),
        "revision_count": 1,
        "first_seen": check.checked_at,
        **_article_values(article, check),
    }
    inserted = conn.execute(
        _insert(conn, articles)
        .values(values)
        .on_conflict_do_nothing(index_elements=["url"])
        .returning(articles.c.id)
    ).scalar()
    if inserted is None:  # only without the write lock; the row is there, so use it
        inserted = conn.execute(sa.select(articles.c.id).where(articles.c.url == url)).scalar_one()
    return int(inserted)


def _update_article(
    conn: sa.Connection, article_id: int, number: int, article: Article, check: PageCheck
) -> None:
    conn.execute(
        articles.update()
        .where(articles.c.id == article_id)
        .values(revision_count=number, **_article_values(article, check))
    )


def _add_revision(
    conn: sa.Connection,
    article_id: int,
    number: int,
    article: Article,
    check: PageCheck,
    *,
    changes: tuple[str, ...],
) -> None:
    values = {
        "article_id": article_id,
        "number": number,
        "seen_at": check.checked_at,
        "page_url": check.url,
        "changes": json.dumps(list(changes)),
        "title": article.title,
        "body_hash": convert.body_hash(article),
        "data": convert.to_json(article),
    }
    conn.execute(
        _insert(conn, revisions)
        .values(values)
        .on_conflict_do_nothing(index_elements=["article_id", "number"])
    )


def _url_of(conn: sa.Connection, article_id: int) -> str:
    return str(conn.execute(sa.select(articles.c.url).where(articles.c.id == article_id)).scalar())
