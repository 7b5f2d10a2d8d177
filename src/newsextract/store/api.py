"""``Store``: the article store, a SQLite file or a PostgreSQL database."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from newsextract.article import Article
from newsextract.errors import StoreError
from newsextract.store import engine, migrate, nul, reading, writing
from newsextract.store.records import PageCheck, Revision, StoredArticle, StoredPage, WriteResult
from newsextract.store.stats import StoreStats, store_stats


class Store:
    """Articles followed over time: the latest version of each, every revision, the pages
    fetched, and which articles copy which.

    ``Store("news.db")`` opens (or creates) a SQLite file, the embedded default;
    ``Store("postgresql://user@host/db")`` a PostgreSQL database that several crawl
    processes or machines may write to at once. An older store is upgraded in place when
    opened. Every write is its own transaction: a process killed mid-crawl loses only the
    article it was writing, and writing the same thing again changes nothing.

    ``create=False`` opens only an existing store (a reader's typo then fails instead of
    making a new, empty store). Use it as a context manager, or call ``close()``. Errors
    opening or writing it are a ``StoreError`` naming the store.
    """

    def __init__(self, location: str | os.PathLike[str], *, create: bool = True) -> None:
        if not isinstance(location, (str, os.PathLike)):  # None, bytes, a number: no store
            raise StoreError(
                f"a store is a SQLite file or a postgresql:// URL, not {type(location).__name__}",
                location=repr(location)[:200],
            )
        url = engine.database_url(location)
        self.location = engine.shown(url)
        if not create and url.get_backend_name() == "sqlite":
            if not _exists(url):
                raise StoreError(f"no such store: {self.location}", location=self.location)
            if _is_empty_file(url):
                # SQLite takes an empty file for an empty database and, opening it (WAL),
                # writes its header: ``store export page.html`` rewrote an empty page file.
                raise StoreError(
                    f"not a newsextract store (an empty file): {self.location}",
                    location=self.location,
                )
        self._engine = engine.create_engine(url)
        try:
            if not create:
                self._require_schema()
            migrate.upgrade(self._engine, location=self.location)
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise self._error("cannot open", exc) from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    def close(self) -> None:
        """Release the store's connections."""
        self._engine.dispose()

    # -- writing

    def write_article(self, article: Article, check: PageCheck) -> WriteResult:
        """Store the article a page gave: new, a new revision (its headline or body
        changed), or unchanged (only its check time moves on); see ``WriteResult``."""
        try:
            article, check = nul.article_without_nul(article), nul.check_without_nul(check)
        except nul.NulAddress as exc:
            raise self._nul_address(exc) from None
        try:
            with self._engine.begin() as conn:
                return writing.write_article(conn, article, check)
        except _UNWRITABLE as exc:
            raise self._error(f"cannot write {check.url} to", exc) from exc

    def write_page(self, check: PageCheck) -> None:
        """Record a page that gave no article: not one (``skipped``), or an ``error``."""
        try:
            check = nul.check_without_nul(check)
        except nul.NulAddress as exc:
            raise self._nul_address(exc) from None
        try:
            with self._engine.begin() as conn:
                writing.write_page(conn, check)
        except _UNWRITABLE as exc:
            raise self._error(f"cannot write {check.url} to", exc) from exc

    def touch(
        self,
        url: str,
        checked_at: datetime,
        *,
        source_modified: datetime | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """A page checked and found unchanged (a 304, or the same body): only its check
        time (and its article's) moves on."""
        try:
            nul.refuse_address(url)
        except nul.NulAddress as exc:
            raise self._nul_address(exc) from None
        etag, last_modified = nul.without_nul(etag), nul.without_nul(last_modified)
        try:
            with self._engine.begin() as conn:
                writing.touch_page(
                    conn,
                    url,
                    checked_at,
                    source_modified,
                    etag=etag,
                    last_modified=last_modified,
                )
        except _UNWRITABLE as exc:
            raise self._error(f"cannot write {url} to", exc) from exc

    # -- reading

    def pages(self, urls: Iterable[str]) -> dict[str, StoredPage]:
        """What the store knows of each of ``urls`` it has seen (for planning a crawl)."""
        with self._reading() as conn, self._read_errors():
            return reading.stored_pages(conn, urls)

    def articles(
        self,
        *,
        since: datetime | None = None,
        site: str | None = None,
        language: str | None = None,
        originals_only: bool = False,
    ) -> Iterator[Article]:
        """The latest version of the stored articles, as ``Article`` records (their
        ``body`` text; ``body_blocks`` are not kept), oldest change first.

        ``since``: changed (new or revised) on/after it; ``site``: a host (``www.``
        ignored); ``language``: ``en`` also matches ``en-GB``; ``originals_only`` leaves
        out articles found to copy another.
        """
        for stored in self.stored_articles(
            since=since, site=site, language=language, originals_only=originals_only
        ):
            yield stored.article

    def stored_articles(
        self,
        *,
        since: datetime | None = None,
        site: str | None = None,
        language: str | None = None,
        originals_only: bool = False,
    ) -> Iterator[StoredArticle]:
        """As ``articles``, with what the store knows of each (``StoredArticle``)."""
        selection = reading.Selection(
            since=since, site=site, language=language, originals_only=originals_only
        )
        with self._reading() as conn, self._read_errors():
            yield from reading.iter_articles(conn, selection)

    def revisions(self, url: str) -> list[Revision]:
        """Every version of the article at ``url`` (its canonical URL, or a page URL that
        gave it), oldest first; empty when the store has no such article."""
        with self._reading() as conn, self._read_errors():
            return reading.revisions_of(conn, url)

    def all_revisions(
        self,
        *,
        since: datetime | None = None,
        site: str | None = None,
        language: str | None = None,
    ) -> Iterator[tuple[str, Revision]]:
        """Every revision seen on/after ``since``, with its article's canonical URL."""
        selection = reading.Selection(since=since, site=site, language=language)
        with self._reading() as conn, self._read_errors():
            yield from reading.iter_revisions(conn, selection)

    def stats(self) -> StoreStats:
        """Articles per site and day, revisions, duplicates, failures."""
        with self._reading() as conn, self._read_errors():
            return store_stats(conn)

    # -- helpers

    def _require_schema(self) -> None:
        with self._engine.connect() as conn:
            found = migrate.current(conn)
        if found is None:
            self._engine.dispose()
            raise StoreError(
                f"not a newsextract store (no schema): {self.location}", location=self.location
            )

    def _reading(self) -> sa.Connection:
        try:
            return self._engine.connect().execution_options(**{engine.READ_ONLY: True})
        except SQLAlchemyError as exc:
            raise self._error("cannot read", exc) from exc

    @contextlib.contextmanager
    def _read_errors(self) -> Iterator[None]:
        """A read's failure as a ``StoreError``: a query the database refuses (a
        ``language`` of 100,000 characters: "LIKE pattern too complex") or a ``site`` that
        is no host (``http://[::1``) left the store's API as a SQLAlchemy or ValueError, and
        one that is no string (``site=5``, ``language=5``, ``pages(5)``) as a TypeError or
        AttributeError."""
        try:
            yield
        except (SQLAlchemyError, ValueError, TypeError, AttributeError) as exc:
            if isinstance(exc, StoreError):
                raise
            raise self._error("cannot read", exc) from exc

    def _nul_address(self, exc: nul.NulAddress) -> StoreError:
        return StoreError(
            f"cannot write {exc} to the store {self.location}: an address holds no NUL character",
            location=self.location,
        )

    def _error(self, what: str, exc: Exception) -> StoreError:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return StoreError(f"{what} the store {self.location}: {reason}", location=self.location)


# What a write can fail with: the database's errors, text no database stores (a lone
# surrogate in an Article built by hand, which UTF-8 cannot encode: a UnicodeEncodeError),
# and an address urllib cannot split (a hand-built "http://[::1": its site and key are read
# with ``urlsplit``, whose ValueError ended the write untyped), which names no page; and a
# hand-built check's status past 64 bits, which SQLite's INTEGER cannot hold (OverflowError).
_UNWRITABLE = (SQLAlchemyError, UnicodeError, ValueError, OverflowError)


def _exists(url: sa.URL) -> bool:
    return url.database in (None, "", ":memory:") or Path(url.database).exists()


def _is_empty_file(url: sa.URL) -> bool:
    if url.database in (None, "", ":memory:"):
        return False
    path = Path(url.database)
    return path.is_file() and path.stat().st_size == 0
