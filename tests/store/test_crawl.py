"""Incremental crawls into a SQLite store, against a loopback news site that changes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import attrs
import pytest
from tests.store.newssite import FAST, FIRST_DAY, NewsSite, Story, stories, story_text

from newsextract import Article
from newsextract.store import CrawlReport, PageCheck, Store, WriteResult, crawl_into
from newsextract.store.crawl import FETCH_THREADS

MakeNewsSite = Callable[[str, dict[str, Story]], NewsSite]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "news.db") as opened:
        yield opened  # type: ignore[misc]


def crawl(
    store: Store, site: NewsSite, recheck_after: timedelta | None = None, workers: int = 1
) -> CrawlReport:
    """One crawl of ``site`` (from its sitemap) into ``store``, extracting in this process
    unless ``workers`` says otherwise."""
    return crawl_into(
        store,
        [f"{site.url}/sitemap.xml"],
        fetch_options=FAST,
        recheck_after=recheck_after,
        workers=workers,
    )


def test_worker_processes_store_what_one_process_stores(
    tmp_path: Path, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.39", stories(12))
    site.broken.add("harbour-report-number-3")
    stored = {}
    for workers in (1, 2):
        with Store(tmp_path / f"news-{workers}.db") as store:
            report = crawl(store, site, workers=workers)
            assert report.counts == {"new": 11, "failed": 1}
            stored[workers] = {
                s.url: (s.article.title, s.article.body) for s in store.stored_articles()
            }
    assert stored[2] == stored[1] and len(stored[2]) == 11


def test_a_second_crawl_of_an_unchanged_site_fetches_no_article(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.31", stories(6))
    first = crawl(store, site)
    assert (first.counts["new"], first.requests["full"]) == (6, 6)
    site.hits.clear()
    second = crawl(store, site)
    assert (second.discovered, second.stored, second.extracted) == (6, 6, 0)
    assert set(site.hits) <= {"sitemap", "robots"}
    assert store.stats().revisions == 6


def test_due_rechecks_are_conditional_and_cost_no_extraction(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.32", stories(4))
    crawl(store, site)
    site.hits.clear()
    again = crawl(store, site, recheck_after=timedelta(0))
    assert again.requests == {"conditional": 4}
    assert again.counts == {"not-modified": 4}
    assert site.hits["article-304"] == 4 and site.hits["article"] == 0
    assert again.extracted == 0


def test_a_changed_article_yields_exactly_one_revision(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.33", stories(5))
    crawl(store, site)
    slug = "harbour-report-number-2"
    changed = site.stories[slug]
    changed.title = "The harbour report number 2, corrected"
    changed.body = story_text(2) + "\n\nCorrection: an earlier version gave the wrong day."
    changed.modified = FIRST_DAY + timedelta(days=1)
    site.hits.clear()
    second = crawl(store, site)
    assert second.counts == {"revised": 1}
    assert site.hits["conditional-200"] == 1 and site.hits["article"] == 0
    third = crawl(store, site)
    assert third.extracted == 0  # the new lastmod is now the one the store has seen
    history = store.revisions(site.article_url(slug))
    assert [r.number for r in history] == [1, 2]
    assert set(history[1].changes) >= {"title", "body"}
    assert history[1].article.title == "The harbour report number 2, corrected"
    stats = store.stats()
    assert (stats.articles, stats.revisions, stats.revised) == (5, 6, 1)


def test_a_change_without_lastmod_is_found_by_a_recheck(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.34", stories(3))
    for story in site.stories.values():
        story.lastmod_in_sitemap = False
    crawl(store, site)
    site.stories["harbour-report-number-0"].title = "Harbour works stopped"
    not_due = crawl(store, site)
    assert not_due.extracted == 0
    due = crawl(store, site, recheck_after=timedelta(0))
    assert due.counts == {"revised": 1, "not-modified": 2}


def test_a_copy_on_another_host_is_a_duplicate_of_the_first(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.35", stories(3))
    crawl(store, site)
    original = site.stories["harbour-report-number-1"]
    copy = Story(
        title="Harbour plan agreed after long talks (wire)",
        body=original.body + "\n\nThis story was provided by a news agency.",
    )
    other = make_news_site("127.0.0.36", {"wire-harbour-plan-agreed-today": copy})
    result = crawl(store, other)
    assert result.counts == {"new": 1}
    stored = {s.url: s for s in store.stored_articles()}
    duplicate = stored[other.article_url("wire-harbour-plan-agreed-today")]
    assert duplicate.duplicate_of == site.article_url("harbour-report-number-1")
    assert duplicate.similarity is not None and duplicate.similarity >= 0.8
    assert store.stats().duplicates == 1


def test_failed_pages_are_recorded_and_retried(store: Store, make_news_site: MakeNewsSite) -> None:
    site = make_news_site("127.0.0.37", stories(2))
    site.broken.add("harbour-report-number-1")
    first = crawl(store, site)
    assert first.counts == {"new": 1, "failed": 1}
    assert store.stats().failures == 1
    site.broken.clear()
    second = crawl(store, site)
    assert second.counts == {"new": 1}
    assert store.stats().failures == 0


def test_a_page_that_fails_then_recovers_is_no_failure(
    store: Store, make_news_site: MakeNewsSite
) -> None:
    site = make_news_site("127.0.0.38", stories(2))
    crawl(store, site)
    site.broken.add("harbour-report-number-0")
    assert crawl(store, site, recheck_after=timedelta(0)).counts["failed"] == 1
    site.broken.clear()
    retry = crawl(store, site)
    assert retry.counts == {"unchanged": 1}  # fetched whole again: the failure replaced it
    assert store.stats().failures == 0


#: Pages the site serves at once before it waits for the crawl's first stored article.
GATE = 24
#: Seconds the site waits for it: far longer than a worker pool takes to start (the
#: crawl's read timeout is longer still).
GATE_WAIT = 15.0


@pytest.mark.parametrize("workers", [1, 2])
def test_articles_are_stored_as_their_extraction_completes(
    store: Store, make_news_site: MakeNewsSite, workers: int
) -> None:
    """The first article is written once its chunk is extracted, not once the dispatcher
    holds its bound of pages in flight (2 workers: 64): a crawl killed early has stored
    what it extracted. The site serves GATE pages, then waits for that first write (a
    dispatcher that waited for its bound would find the site slow, and write late)."""
    site = make_news_site("127.0.0.52", stories(100))
    first_write = threading.Event()
    served_at_writes: list[int] = []
    serve_article, write_article = site.article, store.write_article

    def gated(request: BaseHTTPRequestHandler, slug: str) -> None:
        if site.hits["article"] >= GATE:
            first_write.wait(GATE_WAIT)
        serve_article(request, slug)

    def recording(article: Article, check: PageCheck) -> WriteResult:
        served_at_writes.append(site.hits["article"])
        first_write.set()
        return write_article(article, check)

    site.article = gated  # type: ignore[method-assign]
    store.write_article = recording  # type: ignore[method-assign]
    patient = attrs.evolve(FAST, read_timeout=2 * GATE_WAIT, total_timeout=3 * GATE_WAIT)
    sitemap = [f"{site.url}/sitemap.xml"]
    report = crawl_into(store, sitemap, fetch_options=patient, workers=workers)
    assert report.counts == {"new": 100}
    # GATE, and the pages the fetch threads had asked for meanwhile
    assert served_at_writes[0] <= GATE + FETCH_THREADS, served_at_writes[:10]
