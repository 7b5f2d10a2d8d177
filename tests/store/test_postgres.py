"""The store on a real PostgreSQL server: the same writes, and several crawls at once."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from tests.store import crawl_process
from tests.store.newssite import NewsSite, Story, stories, story_text

import newsextract
from newsextract import Article
from newsextract.store import PageCheck, Store, engine
from newsextract.store.schema import metadata

T0 = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
MakeNewsSite = Callable[[str, dict[str, Story]], NewsSite]


def test_migrations_build_the_schema(postgres_url: str) -> None:
    Store(postgres_url).close()
    db = engine.create_engine(engine.database_url(postgres_url))
    with db.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    db.dispose()


def test_writes_revisions_and_duplicates(postgres_url: str) -> None:
    url, copy_url = "http://a.test/news/harbour", "http://b.test/wire/harbour"
    body = story_text(1)
    with Store(postgres_url) as store:
        check = PageCheck(url=url, checked_at=T0, outcome="article", final_url=url)
        assert store.write_article(Article(url=url, title="A", body=body), check).written == "new"
        again = store.write_article(Article(url=url, title="A", body=body), check)
        assert again.written == "unchanged"
        revised = store.write_article(Article(url=url, title="B", body=body), check)
        assert (revised.written, revised.revision) == ("revised", 2)
        copy = Article(url=copy_url, title="C", body=body + " (wire)")
        result = store.write_article(
            copy, PageCheck(url=copy_url, checked_at=T0, outcome="article")
        )
        assert result.duplicate_of == url
        stats = store.stats()
        assert (stats.articles, stats.revisions, stats.duplicates) == (2, 3, 1)
        # 23:30 UTC is the next day in the server's zone (Tokyo): days are UTC's.
        assert [d.day.isoformat() for d in stats.per_day] == ["2026-11-30", "2026-11-30"]
        assert [a.title for a in store.articles(site="a.test")] == ["B"]


def test_two_crawls_at_once_store_no_url_twice(
    postgres_url: str, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.41", stories(16))
    site.delay = 0.01  # both crawls are still fetching when the other writes
    wire = make_news_site("127.0.0.42", stories(8, topic="railway"))
    sitemaps = [f"{site.url}/sitemap.xml", f"{wire.url}/sitemap.xml"]
    crawls = [crawl_process.start(postgres_url, *order) for order in (sitemaps, sitemaps[::-1])]
    new = 0
    for crawl in crawls:
        _, err = crawl.communicate(timeout=120)
        assert crawl.returncode == 0, err
        new += crawl_process.new_articles(err)
    assert new == 24  # each article was new to exactly one of the two crawls
    db = sa.create_engine(engine.database_url(postgres_url))
    with db.connect() as conn:
        counts = {
            table: conn.execute(
                sa.text(f"SELECT count(*), count(DISTINCT {key}) FROM {table}")
            ).one()
            for table, key in (("articles", "url"), ("pages", "url"), ("revisions", "article_id"))
        }
    db.dispose()
    assert counts == {"articles": (24, 24), "pages": (24, 24), "revisions": (24, 24)}


def test_a_canonical_link_longer_than_an_address_keys_the_article_by_its_page(
    postgres_url: str,
) -> None:
    # PostgreSQL's unique index holds 2,704 bytes a row: a page whose canonical link ran to
    # 6,000 random characters made the write fail, and with it the whole crawl.
    path = "".join(random.Random(7).choices(string.ascii_letters + string.digits, k=6_000))
    page, redirected = "http://a.test/news/storm", f"http://a.test/{path}"
    prose = "<p>" + "The storm came in overnight and flooded the streets. " * 8 + "</p>"
    html = f'<link rel="canonical" href="{redirected}"><article><h1>Storm</h1>{prose}</article>'
    article = newsextract.extract(html, url=redirected)  # a redirect's target, as long
    assert article.canonical_url == redirected
    with Store(postgres_url) as store:
        check = PageCheck(url=page, checked_at=T0, outcome="article", final_url=redirected)
        assert store.write_article(article, check).url == page
