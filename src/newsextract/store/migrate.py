"""Schema migrations with Alembic: a store of any earlier version is upgraded in place when
it is opened, in one transaction, by one process at a time.

The migration scripts are in ``migrations/versions`` (Alembic's own layout, so
``alembic revision`` works for maintainers); a store newer than this newsextract is refused
rather than written with a schema it does not know.
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsextract.errors import StoreError

SCRIPT_LOCATION = "newsextract.store:migrations"
#: The key of the PostgreSQL advisory lock held while a store is migrated, so that two crawl
#: processes opening a new store at once do not both create its tables (any fixed number;
#: these are the ASCII codes of "newsxtrc").
MIGRATION_LOCK_KEY = 0x6E65777378747263


@cache
def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


@cache
def head() -> str:
    """The newest schema revision this newsextract knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(connection: sa.Connection) -> str | None:
    """The store's schema revision (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, *, location: str, target: str = "head") -> None:
    """Bring the store's schema to ``target`` (the newest by default), in place."""
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    with engine.connect() as connection:
        found = current(connection)
        connection.rollback()
    if found == head() and target == "head":
        return  # the common case: no lock, no transaction
    if found is not None and found not in known:
        raise StoreError(
            f"the store's schema ({found}) is newer than this newsextract knows ({head()}):"
            " upgrade newsextract",
            location=location,
        )
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        config = _config()
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, target)
        finally:
            config.attributes.pop("connection", None)
