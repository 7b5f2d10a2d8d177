"""The store's tables, as SQLAlchemy Core metadata: what the migrations build, and what the
code reads and writes. ``tests/store/test_migrations.py`` holds the two equal.

- ``pages``: one row per URL asked for: its last check (status, validators for conditional
  requests, the body's hash, what it gave: an article, a skipped page or an error);
- ``articles``: one row per canonical URL, its latest version (the ``Article`` as JSON), its
  duplicate status and its MinHash signature;
- ``revisions``: every distinct version of an article, numbered from 1, with the fields that
  changed from the one before;
- ``lsh_bands``: the banded MinHash signature of each article, so that near duplicates are
  found by one indexed query, across runs and processes.

Times are stored in UTC and read back timezone-aware (``UTCDateTime``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

#: Constraint names spelled out, so migrations can name what they change (SQLite's batch
#: migrations rebuild a table from what they reflect, and reflect unnamed constraints badly).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware datetime, stored in UTC: SQLite keeps no offset, so every value is
    converted to UTC on the way in and read back as UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: An integer key that is a 64-bit BIGSERIAL on PostgreSQL and SQLite's ROWID alias there
#: (SQLite only makes ``INTEGER PRIMARY KEY`` an auto-increment key).
Key = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

pages = sa.Table(
    "pages",
    metadata,
    sa.Column("id", Key, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("site", sa.Text, nullable=False),
    sa.Column("final_url", sa.Text),
    sa.Column("status", sa.Integer),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("content_hash", sa.Text),
    sa.Column("source_modified", UTCDateTime),
    sa.Column("fetched_at", UTCDateTime),
    sa.Column("checked_at", UTCDateTime, nullable=False),
    sa.Column("outcome", sa.Text, nullable=False),
    sa.Column("error", sa.Text),
    sa.Column("message", sa.Text),
    sa.Column("article_id", Key, sa.ForeignKey("articles.id", ondelete="SET NULL")),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", Key, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("site", sa.Text, nullable=False),
    sa.Column("language", sa.Text),
    sa.Column("published", UTCDateTime),
    sa.Column("title", sa.Text),
    sa.Column("body_hash", sa.Text, nullable=False),
    sa.Column("version_hash", sa.Text, nullable=False),
    sa.Column("revision_count", sa.Integer, nullable=False),
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("checked_at", UTCDateTime, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("duplicate_of", Key, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    sa.Column("similarity", sa.Float),
    sa.Column("signature", sa.LargeBinary),
    sa.Index("ix_articles_site_updated", "site", "updated_at"),
    sa.Index("ix_articles_updated", "updated_at"),
    sa.Index("ix_articles_body_hash", "body_hash"),
)

revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", Key, primary_key=True, autoincrement=True),
    sa.Column("article_id", Key, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("seen_at", UTCDateTime, nullable=False),
    sa.Column("page_url", sa.Text, nullable=False),
    sa.Column("changes", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("body_hash", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.UniqueConstraint("article_id", "number"),
    sa.Index("ix_revisions_seen", "seen_at"),
)

lsh_bands = sa.Table(
    "lsh_bands",
    metadata,
    sa.Column(
        "article_id",
        Key,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("band", sa.SmallInteger, primary_key=True),
    sa.Column("hash", sa.BigInteger, nullable=False),
    sa.Index("ix_lsh_bands_hash", "hash"),
)
