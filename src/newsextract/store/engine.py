"""Opening a store's database: a SQLite file (the default) or a PostgreSQL URL.

SQLite is set up for several writers: WAL journaling (readers never block the writer),
a busy timeout (a writer waits for the lock instead of failing), and ``BEGIN IMMEDIATE``
(a transaction takes the write lock when it starts, so two writers never deadlock on an
upgrade from read to write; connections that only read, marked ``READ_ONLY``, begin a plain
transaction and never wait for a writer). PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

import os
import re
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from newsextract.errors import StoreError, StoreExtraMissingError
from newsextract.store.deps import INSTALL_HINT

#: How long a SQLite writer waits for another's lock before giving up: a crawl commits one
#: article at a time, so a wait this long means a stuck process, not a busy one.
SQLITE_BUSY_TIMEOUT_MS = 30_000
POSTGRES_SCHEMES = ("postgresql", "postgres")
READ_ONLY = "newsextract_read_only"
"""The execution option of a connection that only reads: on SQLite its transactions take no
write lock (a long export must not hold the crawls' writes back)."""


def database_url(location: str | os.PathLike[str]) -> URL:
    """The SQLAlchemy URL of ``location``: a path is a SQLite file, ``postgresql://...`` a
    server (psycopg 3 is the driver whatever the URL names)."""
    text = os.fspath(location)
    if "\x00" in text:  # no path or URL holds one; SQLite and SQLAlchemy raise ValueError
        raise StoreError("a store location holds no NUL character", location=_hidden(text))
    scheme = text.split("://", 1)[0].split("+", 1)[0].lower() if "://" in text else ""
    if not scheme:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        raise StoreError(
            f"not a store location: {_hidden(text)!r}", location=_hidden(text)
        ) from exc
    if scheme in POSTGRES_SCHEMES:
        return url.set(drivername="postgresql+psycopg")
    if scheme == "sqlite":
        return url
    raise StoreError(
        f"a store is a SQLite file or a postgresql:// URL, not {scheme}://",
        location=url.render_as_string(hide_password=True),
    )


def _hidden(text: str) -> str:
    """A location as written, its password (``user:password@``) replaced by ``***``."""
    return _PASSWORD.sub(r"\1***@", text)


_PASSWORD = re.compile(r"(://[^/@:]*:)[^/]*@")


def shown(url: URL) -> str:
    """The location as told to users: the SQLite path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        try:
            return _sqlite_engine(url)
        except ArgumentError as exc:  # "sqlite://host/file": SQLite URLs name no host
            location = url.render_as_string(hide_password=True)
            raise StoreError(f"not a SQLite URL: {location}", location=location) from exc
    if find_spec("psycopg") is None:
        raise StoreExtraMissingError(
            f"a PostgreSQL store needs psycopg: {INSTALL_HINT}", location=shown(url)
        )
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).parent
        if not folder.is_dir():
            raise StoreError(f"no such folder: {folder}", location=url.database)
    engine = sa.create_engine(url)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions begin where we say (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at each checkpoint
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        reading = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine
