"""The article store: incremental crawls of a loopback site, write speed and size on disk.

Part 1 crawls a loopback news site of ``--articles`` articles (a sitemap with lastmods,
pages with ETags; the site of ``tests/store/newssite.py``) into a SQLite store four times:
the first crawl, a second one of the unchanged site, a third with every URL due for a
re-check (``recheck_after=0``: conditional requests), and a fourth after ``--changed``
articles were corrected (their sitemap lastmod moved on). For each: the requests the site
served, by kind, and the articles extracted.

Part 2 writes ``--writes`` generated articles (``--words`` words each, all different) with
``Store.write_article`` to a SQLite file and to a PostgreSQL database (a server started in
a temporary folder, as the tests do; skipped without ``initdb``), one transaction each as
a crawl writes them, and reports articles per second and the size on disk per 10,000.

    python benchmarks/store_bench.py [--articles 1000] [--changed 10] [--writes 10000]
                                     [--words 600] [--no-postgres]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # measure the working tree
sys.path.insert(0, str(HERE.parent))  # the loopback site and the PostgreSQL server of the tests

from tests.store import postgres  # noqa: E402
from tests.store.newssite import FAST, FIRST_DAY, NewsSite, stories  # noqa: E402

from newsextract import Article  # noqa: E402
from newsextract.store import PageCheck, Store, crawl_into  # noqa: E402

_TEXT = (
    "council city mayor budget transport tram airport project vote million euros works "
    "residents plan region minister report week year school hospital police market river "
    "bridge station energy water housing street district museum festival season club "
    "court judge trial witness storm flood harbour railway strike union wages prices"
)
_VOCABULARY = _TEXT.split()


def crawls(count: int, changed: int) -> None:
    site = NewsSite("127.0.0.61", stories(count))
    sitemap = f"{site.url}/sitemap.xml"
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "news.db") as store:
        runs = [("first crawl", None), ("second crawl, unchanged site", None)]
        runs.append(("re-check of every URL (recheck_after=0)", timedelta(0)))
        print(f"## Incremental crawls of a {count}-article loopback site (SQLite store)\n")
        print("| crawl | seconds | requests served (by kind) | extracted | outcome |")
        print("|---|---:|---|---:|---|")
        for name, recheck in runs:
            _crawl(store, site, sitemap, name, recheck)
        for slug in list(site.stories)[:changed]:
            story = site.stories[slug]
            story.body = story.body + "\n\nCorrection: an earlier version gave the wrong date."
            story.modified = FIRST_DAY + timedelta(days=1)
        _crawl(store, site, sitemap, f"after {changed} articles were corrected", None)
    site.close()


def _crawl(
    store: Store, site: NewsSite, sitemap: str, name: str, recheck: timedelta | None
) -> None:
    site.hits.clear()
    started = time.perf_counter()
    report = crawl_into(store, [sitemap], fetch_options=FAST, recheck_after=recheck)
    seconds = time.perf_counter() - started
    served = ", ".join(f"{kind} {n}" for kind, n in sorted(site.hits.items()))
    outcome = ", ".join(f"{kind} {n}" for kind, n in sorted(report.counts.items())) or "-"
    print(f"| {name} | {seconds:.1f} | {served} | {report.extracted} | {outcome} |")


def generated(n: int, words: int, host: str) -> Article:
    rng = random.Random(n)
    paragraphs = [
        " ".join(rng.choice(_VOCABULARY) for _ in range(words // 6)) + "." for _ in range(6)
    ]
    return Article(
        url=f"http://{host}/news/{n}-{rng.choice(_VOCABULARY)}-{rng.choice(_VOCABULARY)}",
        title=" ".join(rng.choice(_VOCABULARY) for _ in range(8)).capitalize(),
        authors=(f"Reporter {n % 17}",),
        published=FIRST_DAY + timedelta(minutes=n),
        language="en",
        body="\n\n".join(paragraphs),
    )


def writes(location: str, count: int, words: int) -> float:
    """Articles written per second."""
    now = datetime.now(UTC)
    articles = [generated(n, words, f"site{n % 50}.test") for n in range(count)]
    with Store(location) as store:
        started = time.perf_counter()
        for article in articles:
            url = article.url or ""
            store.write_article(
                article,
                PageCheck(url=url, checked_at=now, outcome="article", final_url=url,
                          etag='"e"', content_hash="0" * 64),
            )  # fmt: skip
        return count / (time.perf_counter() - started)


def sqlite_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def postgres_size(url: str) -> int:
    import sqlalchemy as sa

    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        size = conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar()
        empty = conn.execute(sa.text("SELECT pg_database_size('template1')")).scalar()
    engine.dispose()
    return int(size or 0) - int(empty or 0)


def throughput(count: int, words: int, with_postgres: bool) -> None:
    print(f"\n## Writing {count} articles of {words} words, one transaction each\n")
    print("| store | articles/s | size on disk | per 10,000 articles |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.db"
        rate = writes(str(path), count, words)
        _row("SQLite (WAL)", rate, sqlite_size(path), count)
    if not with_postgres:
        return
    if not postgres.available():
        print("| PostgreSQL | not measured: initdb is not on PATH | | |")
        return
    server = postgres.PostgresServer()
    try:
        url = server.create_database("bench")
        rate = writes(url, count, words)
        _row("PostgreSQL 15 (fsync off)", rate, postgres_size(url), count)
    finally:
        server.stop()


def _row(name: str, rate: float, size: int, count: int) -> None:
    per = size * 10_000 / count
    print(f"| {name} | {rate:.0f} | {size / 1e6:.1f} MB | {per / 1e6:.1f} MB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=10)
    parser.add_argument("--writes", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    crawls(args.articles, args.changed)
    throughput(args.writes, args.words, not args.no_postgres)


if __name__ == "__main__":
    main()
