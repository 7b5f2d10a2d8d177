"""The article store: follow news sites over time.

``Store`` keeps the pages fetched, one row per article (its latest version), every revision
and the duplicates found between articles, in a SQLite file or a PostgreSQL database. Module
by module:

- ``schema``: the tables; ``migrate`` and ``migrations/``: upgrading a store in place
- ``engine``: opening SQLite (WAL, busy timeout) or PostgreSQL (psycopg 3)
- ``writing``: pages, articles and revisions, each write one idempotent transaction
- ``minhash`` and ``duplicates``: exact and near-duplicate bodies
- ``reading`` and ``stats``: articles, revisions and counts out
- ``crawl``: incremental crawls into a store; ``cli``: ``newsextract store``

It needs the ``store`` extra (SQLAlchemy, Alembic, psycopg, datasketch): without it,
importing this package raises ``StoreExtraMissingError`` saying how to install it.
"""

from newsextract.store.deps import require_store_extra

require_store_extra()

from newsextract.store.api import Store  # noqa: E402
from newsextract.store.records import (  # noqa: E402
    PageCheck,
    Revision,
    StoredArticle,
    StoredPage,
    WriteResult,
)
from newsextract.store.stats import SiteDay, StoreStats  # noqa: E402

__all__ = [
    "PageCheck",
    "Revision",
    "SiteDay",
    "Store",
    "StoreStats",
    "StoredArticle",
    "StoredPage",
    "WriteResult",
]
