"""Hand-built Articles and page checks, with hostile values, written to and read from a
store: every write and read succeeds or raises ``StoreError``, whatever the addresses
(unsplittable, NUL, lone surrogates, over the length limit), dates (the ends of the range,
odd offsets) and numbers (a status past 64 bits)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hostile.profile import fuzz
from newsextract import Article, StoreError

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")

_ZONES = st.sampled_from(
    [
        None,
        UTC,
        timezone(timedelta(hours=14)),
        timezone(timedelta(hours=-23, minutes=-59)),
        timezone(timedelta(seconds=1)),
    ]
)
_DATES = st.datetimes(timezones=_ZONES) | st.sampled_from(
    [
        datetime.min,
        datetime.max,
        datetime.min.replace(tzinfo=timezone(timedelta(hours=5))),
        datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))),
    ]
)
_TEXTS = (
    st.none()
    | st.text(max_size=20)
    | st.sampled_from(["\ud800", "a\x00b", "", " ", "a" * 5000, "\udcff\U0010ffff"])
)
_URLS = st.sampled_from(
    [
        "https://example.org/a",
        "https://example.org/\ud800",
        "https://EXAMPLE.org:443/a#f",
        "http://[::1",
        "http://[::1/a",
        "https://example.org/a\x00",
        "not a url",
        "",
        "https://example.org/" + "a" * 3000,
        "HTTPS://WWW.example.org/a",
    ]
) | st.text(max_size=20)


@st.composite
def _article(draw: st.DrawFn) -> Article:
    return Article(
        url=draw(_URLS),
        canonical_url=draw(st.none() | _URLS),
        title=draw(_TEXTS),
        byline=draw(_TEXTS),
        authors=tuple(draw(st.lists(st.text(max_size=10) | st.just("\ud800"), max_size=3))),
        published=draw(st.none() | _DATES),
        modified=draw(st.none() | _DATES),
        publisher=draw(_TEXTS),
        tags=tuple(draw(st.lists(st.text(max_size=5), max_size=3))),
        language=draw(_TEXTS),
        image=draw(_TEXTS),
        body=draw(st.text(max_size=50) | st.just("\ud800\x00")),
        provenance=draw(st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2)),
    )


@st.composite
def _check(draw: st.DrawFn, url: str) -> Any:
    return records.PageCheck(
        url=url,
        checked_at=draw(_DATES),
        outcome=draw(st.sampled_from(["article", "skipped", "error"])),
        final_url=draw(st.none() | _URLS),
        status=draw(st.none() | st.integers(-(2**70), 2**70)),
        etag=draw(_TEXTS),
        last_modified=draw(_TEXTS),
        source_modified=draw(st.none() | _DATES),
        error=draw(_TEXTS),
        message=draw(_TEXTS),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One store for all cases (opening one is a migration: 0.5 s): they pile up in it."""
    path: Path = tmp_path_factory.mktemp("store") / "store.sqlite"
    with store_api.Store(path) as opened:
        yield opened


@fuzz(60)
@given(data=st.data())
def test_hostile_records_in_and_out_of_a_store(store: Any, data: st.DataObject) -> None:
    article = data.draw(_article())
    check = data.draw(_check(article.url or "https://example.org/x"))
    calls = [
        lambda: store.write_article(article, check),
        lambda: store.write_page(check),
        lambda: store.touch(check.url, check.checked_at, etag=check.etag),
        lambda: store.pages([check.url, article.canonical_url or ""]),
        lambda: store.revisions(article.canonical_url or check.url),
        lambda: list(store.articles(since=check.source_modified, language=article.language)),
        lambda: list(store.all_revisions(since=check.checked_at)),
        store.stats,
    ]
    for call in calls:
        with contextlib.suppress(StoreError):
            call()
