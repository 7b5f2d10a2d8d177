"""``store stats``: what a store holds, per site and day, and its totals."""

from __future__ import annotations

from datetime import date

import attrs
import sqlalchemy as sa

from newsextract.store.schema import articles, pages, revisions


@attrs.frozen(kw_only=True)
class SiteDay:
    """Articles of one site first seen on one day (UTC)."""

    site: str
    day: date
    articles: int


@attrs.frozen(kw_only=True)
class StoreStats:
    """Totals (``failures``: URLs whose last check failed; ``skipped``: pages that are not
    articles; ``revised``: articles with more than one revision) and ``per_day``."""

    articles: int
    revisions: int
    revised: int
    duplicates: int
    pages: int
    failures: int
    skipped: int
    per_day: tuple[SiteDay, ...]


def store_stats(conn: sa.Connection) -> StoreStats:
    def count(query: sa.Select[int]) -> int:
        return int(conn.execute(query).scalar() or 0)

    total = sa.func.count()
    return StoreStats(
        articles=count(sa.select(total).select_from(articles)),
        revisions=count(sa.select(total).select_from(revisions)),
        revised=count(sa.select(total).where(articles.c.revision_count > 1)),
        duplicates=count(sa.select(total).where(articles.c.duplicate_of.is_not(None))),
        pages=count(sa.select(total).select_from(pages)),
        failures=count(sa.select(total).where(pages.c.outcome == "error")),
        skipped=count(sa.select(total).where(pages.c.outcome == "skipped")),
        per_day=_per_day(conn),
    )


def _per_day(conn: sa.Connection) -> tuple[SiteDay, ...]:
    stored: sa.ColumnElement[object] = articles.c.first_seen
    day: sa.ColumnElement[object]
    if conn.dialect.name == "postgresql":
        day = sa.cast(sa.func.timezone("UTC", stored), sa.Date)
    else:  # SQLite keeps UTC text: its date() reads the day off it
        day = sa.func.date(stored)
    query = (
        sa.select(articles.c.site, day.label("day"), sa.func.count().label("n"))
        .group_by(articles.c.site, day)
        .order_by(day, articles.c.site)
    )
    return tuple(
        SiteDay(site=str(row.site), day=_date(row.day), articles=int(row.n))
        for row in conn.execute(query)
    )


def _date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def format_stats(stats: StoreStats) -> str:
    """The text ``store stats`` prints."""
    lines = [
        f"articles    {stats.articles}",
        f"revisions   {stats.revisions} ({stats.revised} articles revised)",
        f"duplicates  {stats.duplicates}",
        f"pages       {stats.pages} ({stats.skipped} not articles, {stats.failures} failed)",
    ]
    if stats.per_day:
        lines.append("")
        lines.append("day         articles  site")
        lines.extend(f"{row.day}  {row.articles:>8}  {row.site}" for row in stats.per_day)
    return "\n".join(lines) + "\n"
