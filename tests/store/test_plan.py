"""Which discovered URLs a crawl fetches, and how (``store.plan``, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsextract.discovery.model import DiscoveredURL
from newsextract.fetching import Validators
from newsextract.store.plan import due
from newsextract.store.records import StoredPage

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CHECKED = NOW - timedelta(hours=3)
URL = "http://a.test/news/1"


def stored(**changes: object) -> dict[str, StoredPage]:
    values: dict[str, object] = {
        "url": URL,
        "checked_at": CHECKED,
        "outcome": "article",
        "etag": '"v1"',
        "content_hash": "h",
    }
    values.update(changes)
    return {URL: StoredPage(**values)}  # type: ignore[arg-type]


def plan(
    known: dict[str, StoredPage], modified: datetime | None = None, **options: object
) -> list[tuple[str, Validators | None, str | None]]:
    fetch, _ = due([DiscoveredURL(url=URL, modified=modified)], known, now=NOW, **options)  # type: ignore[arg-type]
    return [(item.reason, item.validators, item.content_hash) for item in fetch]


def test_a_new_url_is_fetched_whole() -> None:
    assert plan({}) == [("new", None, None)]


def test_a_stored_url_is_left_alone() -> None:
    assert plan(stored()) == []
    assert plan(stored(), modified=CHECKED - timedelta(days=1)) == []


def test_a_newer_lastmod_makes_it_due_conditionally() -> None:
    assert plan(stored(), modified=CHECKED + timedelta(minutes=1)) == [
        ("lastmod", Validators(etag='"v1"'), "h")
    ]


def test_the_lastmod_seen_last_is_the_bar() -> None:
    seen = CHECKED - timedelta(days=2)
    known = stored(source_modified=seen)
    assert plan(known, modified=seen) == []
    assert plan(known, modified=seen + timedelta(seconds=1))[0][0] == "lastmod"


def test_a_recheck_is_due_after_the_interval() -> None:
    assert plan(stored(), recheck_after=timedelta(hours=4)) == []
    assert plan(stored(), recheck_after=timedelta(hours=3))[0][0] == "recheck"


def test_a_failed_url_is_retried_whole() -> None:
    assert plan(stored(outcome="error")) == [("retry", None, None)]


def test_a_page_without_validators_is_fetched_plainly() -> None:
    known = stored(etag=None)
    assert plan(known, recheck_after=timedelta(0)) == [("recheck", None, "h")]
