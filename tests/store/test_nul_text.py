"""A NUL in what the store writes: PostgreSQL's text holds none (psycopg refused the title,
the language and a check's message; the body and tags, written inside the JSON, went in),
SQLite's does. Both stores now write the texts without it, the same article in either, and
refuse an address holding one with a StoreError (tests start their own PostgreSQL server)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsextract import Article, StoreError

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")

T0 = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
URL = "http://harbour.example.org/news/plan"
BODY = "The council of Exampleton voted on the harbour plan after a long debate. " * 5


def _hostile() -> Article:
    return Article(
        url=URL,
        title="Harbour\x00 plan",
        lead="A vote\x00",
        authors=("Ann\x00 Bee",),
        tags=("harbour\x00", "council"),
        language="e\x00n",
        publisher="The Exampleton\x00 Post",
        body=BODY.replace("harbour", "har\x00bour"),
        provenance={"title": "h1\x00"},
    )


def _clean() -> Article:
    return Article(
        url=URL,
        title="Harbour plan",
        lead="A vote",
        authors=("Ann Bee",),
        tags=("harbour", "council"),
        language="en",
        publisher="The Exampleton Post",
        body=BODY,
        provenance={"title": "h1"},
    )


def _check(url: str = URL, **kwargs: object) -> object:
    return records.PageCheck(url=url, checked_at=T0, outcome="article", **kwargs)


def _writes_without_nul(location: str) -> None:
    with store_api.Store(location) as store:
        check = _check(etag='"v1\x00"')
        assert store.write_article(_hostile(), check).written == "new"
        (stored,) = store.articles()
        assert "\x00" not in repr(stored)
        assert (stored.title, stored.tags, stored.language) == ("Harbour plan", _clean().tags, "en")
        assert stored.body == BODY
        assert store.pages([URL])[URL].etag == '"v1"'
        # the clean article is the same version: no new revision
        assert store.write_article(_clean(), _check()).written == "unchanged"
        failed = records.PageCheck(
            url="http://harbour.example.org/gone",
            checked_at=T0,
            outcome="error",
            error="HTTPStatus\x00Error",
            message="not\x00 found",
        )
        store.write_page(failed)
        store.touch(URL, T0, etag='"v2\x00"', last_modified="Mon\x00")
        assert store.pages([URL])[URL].etag == '"v2"'
        assert store.stats().pages == 2


def _refuses_nul_addresses(location: str) -> None:
    with store_api.Store(location) as store:
        for article, check in (
            (_clean(), _check(URL + "\x00")),
            (_clean(), _check(final_url=URL + "\x00")),
            (Article(url=URL + "\x00", title="A", body=BODY), _check()),
            (Article(url=URL, canonical_url=URL + "/c\x00", title="A", body=BODY), _check()),
        ):
            with pytest.raises(StoreError, match=r"\\x00 to the store .*no NUL character"):
                store.write_article(article, check)
        with pytest.raises(StoreError, match="no NUL character"):
            store.write_page(_check(URL + "\x00"))
        with pytest.raises(StoreError, match="no NUL character"):
            store.touch(URL + "\x00", T0)
        assert store.stats().pages == 0
        assert store.stats().articles == 0
        # a read naming a NUL finds nothing or is a StoreError, never the driver's error
        with contextlib.suppress(StoreError):
            assert list(store.articles(site="harbour\x00.example.org")) == []


def test_sqlite_writes_texts_without_nul(tmp_path: Path) -> None:
    _writes_without_nul(str(tmp_path / "store.sqlite"))


def test_sqlite_refuses_addresses_holding_nul(tmp_path: Path) -> None:
    _refuses_nul_addresses(str(tmp_path / "store.sqlite"))


def test_postgres_writes_texts_without_nul(postgres_url: str) -> None:
    _writes_without_nul(postgres_url)


def test_postgres_refuses_addresses_holding_nul(postgres_url: str) -> None:
    _refuses_nul_addresses(postgres_url)
