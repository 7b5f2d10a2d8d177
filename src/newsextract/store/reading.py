"""Reading the store: the pages a crawl plans with, articles and their revisions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

import attrs
import sqlalchemy as sa

from newsextract.store import convert
from newsextract.store.records import Revision, StoredArticle, StoredPage
from newsextract.store.schema import articles, pages, revisions

#: URLs looked up per query: well under SQLite's 32,766 bound parameters and PostgreSQL's
#: 65,535, and small enough to keep each query quick.
LOOKUP_CHUNK = 500
#: Rows fetched from the database at a time while an export or ``articles()`` streams.
STREAM_ROWS = 500


@attrs.frozen(kw_only=True)
class Selection:
    """Which articles to read: changed on/after ``since``, of ``site`` (a host or a URL,
    ``www.`` ignored), in ``language`` (``en`` also matches ``en-GB``); ``originals_only`` leaves
    out those found to copy another."""

    since: datetime | None = None
    site: str | None = None
    language: str | None = None
    originals_only: bool = False


def stored_pages(conn: sa.Connection, urls: Iterable[str]) -> dict[str, StoredPage]:
    """What the store knows of each of ``urls`` it has seen."""
    found: dict[str, StoredPage] = {}
    wanted = list(dict.fromkeys(urls))
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        query = sa.select(
            pages.c.url,
            pages.c.checked_at,
            pages.c.outcome,
            pages.c.etag,
            pages.c.last_modified,
            pages.c.content_hash,
            pages.c.source_modified,
        ).where(pages.c.url.in_(chunk))
        for row in conn.execute(query):
            found[row.url] = StoredPage(**row._asdict())
    return found


def _filtered(
    query: sa.Select[tuple[object, ...]], selection: Selection
) -> sa.Select[tuple[object, ...]]:
    if selection.site:
        if not isinstance(selection.site, str):  # a list's spelling is no host either
            raise TypeError(f"site is a host, not {type(selection.site).__name__}")
        site = selection.site if "://" in selection.site else f"//{selection.site}"
        query = query.where(articles.c.site == convert.site_of(site))
    if selection.language:
        language = selection.language.lower()
        query = query.where(
            sa.or_(
                sa.func.lower(articles.c.language) == language,
                sa.func.lower(articles.c.language).like(f"{language}-%"),
            )
        )
    if selection.originals_only:
        query = query.where(articles.c.duplicate_of.is_(None))
    return query


def iter_articles(conn: sa.Connection, selection: Selection) -> Iterator[StoredArticle]:
    """The latest version of every selected article, oldest change first."""
    original = articles.alias("original")
    query = _filtered(
        sa.select(articles, original.c.url.label("original_url")).outerjoin(
            original, articles.c.duplicate_of == original.c.id
        ),
        selection,
    )
    if selection.since is not None:
        query = query.where(articles.c.updated_at >= selection.since)
    query = query.order_by(articles.c.updated_at, articles.c.id)
    for row in conn.execution_options(yield_per=STREAM_ROWS).execute(query):
        yield StoredArticle(
            article=convert.from_json(row.data),
            url=row.url,
            site=row.site,
            first_seen=row.first_seen,
            updated_at=row.updated_at,
            checked_at=row.checked_at,
            revisions=row.revision_count,
            duplicate_of=row.original_url,
            similarity=row.similarity,
        )


def iter_revisions(conn: sa.Connection, selection: Selection) -> Iterator[tuple[str, Revision]]:
    """Every revision of the selected articles (seen on/after ``since``), with the article's
    URL, oldest first."""
    query = _filtered(
        sa.select(revisions, articles.c.url.label("article_url")).join(
            articles, revisions.c.article_id == articles.c.id
        ),
        selection,
    )
    if selection.since is not None:
        query = query.where(revisions.c.seen_at >= selection.since)
    query = query.order_by(revisions.c.seen_at, revisions.c.id)
    for row in conn.execution_options(yield_per=STREAM_ROWS).execute(query):
        yield row.article_url, _revision(row)


def revisions_of(conn: sa.Connection, url: str) -> list[Revision]:
    """The revisions of the article at canonical ``url`` (or of the one page ``url`` gave)."""
    by_page = sa.select(pages.c.article_id).where(pages.c.url == url).scalar_subquery()
    article_id = conn.execute(
        sa.select(articles.c.id).where(sa.or_(articles.c.url == url, articles.c.id == by_page))
    ).scalar()
    if article_id is None:
        return []
    query = (
        sa.select(revisions)
        .where(revisions.c.article_id == article_id)
        .order_by(revisions.c.number)
    )
    return [_revision(row) for row in conn.execute(query)]


def _revision(row: sa.Row[tuple[object, ...]]) -> Revision:
    mapping = row._mapping
    return Revision(
        number=int(mapping["number"]),
        seen_at=mapping["seen_at"],
        page_url=str(mapping["page_url"]),
        changes=tuple(convert.read_json(str(mapping["changes"]))),
        article=convert.from_json(str(mapping["data"])),
    )
