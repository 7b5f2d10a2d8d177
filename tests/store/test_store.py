"""The store on a SQLite file: new, unchanged and revised articles, duplicates, reading."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsextract import Article, StoreError
from newsextract.store import PageCheck, Store

T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
STORY = " ".join(
    f"Paragraph {n} of the report says the river rose {n} metres overnight in the valley."
    for n in range(12)
)
OTHER = " ".join(
    f"Line {n}: the council voted {n} times on the budget for schools and roads this year."
    for n in range(12)
)


def check(url: str, when: datetime = T0, **changes: object) -> PageCheck:
    return PageCheck(url=url, checked_at=when, outcome="article", final_url=url, **changes)  # type: ignore[arg-type]


def article(url: str, title: str = "River rises", body: str = STORY, **more: object) -> Article:
    values: dict[str, object] = {"language": "en", **more}
    return Article(url=url, title=title, body=body, **values)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "news.db") as opened:
        yield opened  # type: ignore[misc]


def test_new_unchanged_revised(store: Store) -> None:
    url = "http://a.test/news/river-rises"
    assert store.write_article(article(url), check(url)).written == "new"
    again = store.write_article(article(url), check(url, T0 + timedelta(hours=1)))
    assert (again.written, again.revision) == ("unchanged", 1)
    changed = article(url, title="River rises two metres")
    revised = store.write_article(changed, check(url, T0 + timedelta(hours=2)))
    assert (revised.written, revised.revision) == ("revised", 2)
    history = store.revisions(url)
    assert [(r.number, r.changes, r.article.title) for r in history] == [
        (1, (), "River rises"),
        (2, ("title",), "River rises two metres"),
    ]
    assert history[1].seen_at == T0 + timedelta(hours=2)
    assert [a.title for a in store.articles()] == ["River rises two metres"]


def test_writing_twice_is_idempotent(store: Store) -> None:
    url = "http://a.test/news/river-rises"
    for _ in range(3):
        store.write_article(article(url), check(url))
    stats = store.stats()
    assert (stats.articles, stats.revisions, stats.pages) == (1, 1, 1)


def test_article_round_trips(store: Store) -> None:
    url = "http://a.test/news/river-rises"
    written = article(
        url,
        authors=("Ann Lee", "Bo Chan"),
        tags=("weather",),
        published=datetime(2026, 11, 29, 22, 15, tzinfo=UTC),
        provenance={"title": "jsonld:headline"},
    )
    store.write_article(written, check(url))
    assert list(store.articles()) == [written]


def test_two_pages_one_canonical_url_are_one_article(store: Store) -> None:
    canonical = "http://a.test/news/river-rises"
    amp = "http://a.test/amp/news/river-rises"
    store.write_article(article(canonical, canonical_url=canonical), check(canonical))
    result = store.write_article(article(amp, canonical_url=canonical), check(amp))
    assert (result.url, result.written) == (canonical, "unchanged")
    assert store.stats().articles == 1
    assert [r.number for r in store.revisions(amp)] == [1]  # found by its page URL too


def test_exact_and_near_copies_point_at_the_first(store: Store) -> None:
    first = "http://a.test/news/river-rises"
    store.write_article(article(first), check(first))
    exact = store.write_article(
        article("http://b.test/wire/river"), check("http://b.test/wire/river")
    )
    assert (exact.duplicate_of, exact.similarity) == (first, 1.0)
    again = store.write_article(
        article("http://b.test/wire/river"), check("http://b.test/wire/river")
    )
    assert (again.written, again.duplicate_of, again.similarity) == ("unchanged", first, 1.0)
    near_body = STORY.replace("Paragraph 11", "Finally") + " Reporting by the agency desk."
    near = store.write_article(
        article("http://c.test/world/river", title="Floods", body=near_body),
        check("http://c.test/world/river"),
    )
    assert near.duplicate_of == first
    assert near.similarity is not None and 0.8 <= near.similarity < 1.0
    unrelated = store.write_article(
        article("http://c.test/city/budget", body=OTHER), check("http://c.test/city/budget")
    )
    assert unrelated.duplicate_of is None
    stored = {s.url: s for s in store.stored_articles()}
    assert stored["http://c.test/world/river"].duplicate_of == first
    assert stored[first].duplicate_of is None
    assert store.stats().duplicates == 2
    originals = [a.url for a in store.articles(originals_only=True)]
    assert originals == [first, "http://c.test/city/budget"]


def test_duplicates_are_found_across_reopenings(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as first_run:
        first_run.write_article(article("http://a.test/n/one"), check("http://a.test/n/one"))
    with Store(tmp_path / "news.db") as second_run:
        copy = second_run.write_article(
            article("http://b.test/n/one", body=STORY + " (AP)"), check("http://b.test/n/one")
        )
    assert copy.duplicate_of == "http://a.test/n/one"


def test_short_or_empty_bodies_are_no_copies(store: Store) -> None:
    for n in range(2):
        url = f"http://a.test/gallery/{n}"
        result = store.write_article(article(url, body=""), check(url))
        assert result.duplicate_of is None


def test_filters(store: Store) -> None:
    store.write_article(article("http://www.a.test/n/1"), check("http://www.a.test/n/1"))
    later = T0 + timedelta(days=1)
    german = article("http://b.test/n/2", body=OTHER, language="de-AT")
    store.write_article(german, check("http://b.test/n/2", later))
    assert [a.url for a in store.articles(site="a.test")] == ["http://www.a.test/n/1"]
    assert [a.url for a in store.articles(site="www.b.test")] == ["http://b.test/n/2"]
    assert [a.url for a in store.articles(site="https://b.test/")] == ["http://b.test/n/2"]
    assert [a.url for a in store.articles(language="de")] == ["http://b.test/n/2"]
    assert [a.url for a in store.articles(since=later)] == ["http://b.test/n/2"]
    days = [(d.site, d.day.isoformat(), d.articles) for d in store.stats().per_day]
    assert days == [("a.test", "2026-11-30", 1), ("b.test", "2026-12-01", 1)]


def test_failed_check_keeps_the_validators(store: Store) -> None:
    url = "http://a.test/news/river-rises"
    store.write_article(article(url), check(url, etag='"v1"', content_hash="h"))
    store.write_page(
        PageCheck(url=url, checked_at=T0 + timedelta(hours=1), outcome="error", error="E")
    )
    page = store.pages([url])[url]
    assert (page.outcome, page.etag, page.content_hash) == ("error", '"v1"', "h")
    assert store.stats().failures == 1


def test_touch_moves_only_the_check_time(store: Store) -> None:
    url = "http://a.test/news/river-rises"
    store.write_article(article(url), check(url, etag='"v1"'))
    store.touch(url, T0 + timedelta(hours=6))
    [stored] = store.stored_articles()
    assert (stored.checked_at, stored.updated_at) == (T0 + timedelta(hours=6), T0)
    assert store.pages([url])[url].etag == '"v1"'


def test_a_bad_location_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such folder"):
        Store(tmp_path / "missing" / "news.db")
    with pytest.raises(StoreError, match="not mysql://"):
        Store("mysql://host/db")
    (tmp_path / "junk.db").write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        Store(tmp_path / "junk.db")


def test_without_the_extra_the_error_names_it() -> None:
    code = (
        "import sys\n"
        "import newsextract\n"
        "assert 'sqlalchemy' not in sys.modules, 'import newsextract imported SQLAlchemy'\n"
        "sys.modules['sqlalchemy'] = None  # as if it were not installed\n"
        "try:\n"
        "    newsextract.Store\n"
        "except newsextract.StoreExtraMissingError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "pip install 'newsextract[store]'" in done.stdout


def test_a_reader_does_not_hold_writers_back(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as reader, Store(tmp_path / "news.db") as writer:
        for n in range(3):
            url = f"http://a.test/n/{n}"
            writer.write_article(article(url, body=f"{STORY} {n}"), check(url))
        export = reader.articles()
        next(export)  # an export under way: its connection is open, its read transaction too
        started = time.monotonic()
        writer.write_article(article("http://a.test/n/9", body=OTHER), check("http://a.test/n/9"))
        assert time.monotonic() - started < 5
        assert len(list(export)) == 2  # the export reads the store as it was when it began
