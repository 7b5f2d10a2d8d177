"""The article store: follow news sites over time.

``Store`` keeps the pages fetched, one row per article (its latest version), every revision
and the duplicates found between articles, in a SQLite file or a PostgreSQL database. Module
by module:

- ``schema``: the tables; ``migrate`` and ``migrations/``: upgrading a store in place
- ``engine``: opening SQLite (WAL, busy timeout) or PostgreSQL (psycopg 3)
- ``writing``: pages, articles and revisions, each write one idempotent transaction
- ``minhash`` and ``duplicates``: exact and near-duplicate bodies
- ``reading`` and ``stats``: articles, revisions and counts out
- ``plan`` and ``crawl``: incremental crawls into a store
- ``cli``: ``newsextract crawl --store`` and ``newsextract store export|stats``

It needs the ``store`` extra (SQLAlchemy, Alembic, psycopg, datasketch). Its names are
loaded on first use, so the CLI can name its options without them; without the extra, the
first use raises ``StoreExtraMissingError`` saying how to install it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newsextract.store.deps import require_store_extra

if TYPE_CHECKING:
    from newsextract.store.api import Store
    from newsextract.store.crawl import CrawlReport, crawl_into
    from newsextract.store.records import (
        PageCheck,
        Revision,
        StoredArticle,
        StoredPage,
        WriteResult,
    )
    from newsextract.store.stats import SiteDay, StoreStats

_LAZY = {
    "Store": "newsextract.store.api",
    "CrawlReport": "newsextract.store.crawl",
    "crawl_into": "newsextract.store.crawl",
    "PageCheck": "newsextract.store.records",
    "Revision": "newsextract.store.records",
    "StoredArticle": "newsextract.store.records",
    "StoredPage": "newsextract.store.records",
    "WriteResult": "newsextract.store.records",
    "SiteDay": "newsextract.store.stats",
    "StoreStats": "newsextract.store.stats",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsextract.store' has no attribute {name!r}")
    require_store_extra()
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CrawlReport",
    "PageCheck",
    "Revision",
    "SiteDay",
    "Store",
    "StoreStats",
    "StoredArticle",
    "StoredPage",
    "WriteResult",
    "crawl_into",
]
