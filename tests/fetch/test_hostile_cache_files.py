"""The on-disk HTTP cache is as hostile as the network: an entry another program wrote
(a status that is no number, headers that are no text, a body chunk that is no bytes, a
number column holding text) or a database of another layout is passed over or a
``FetchError``, never a TypeError or RuntimeError out of the fetcher."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import pytest

from newsextract import FetchError
from newsextract.fetching.transport import CACHE_FILE

from .servers import PAGE, Site, fast_options, fetch_once

Entry = dict[str, Any]


def _tamper(cache: Path, change: Callable[[Entry, sqlite3.Connection], None]) -> None:
    with sqlite3.connect(cache / CACHE_FILE) as db:
        for id_, data in db.execute("SELECT id, data FROM entries").fetchall():
            entry = msgpack.unpackb(data)
            change(entry, db)
            db.execute("UPDATE entries SET data = ? WHERE id = ?", (msgpack.packb(entry), id_))
    db.close()


def _status(value: object) -> Callable[[Entry, sqlite3.Connection], None]:
    return lambda entry, db: entry["response"].__setitem__("status_code", value)


def _header(value: object) -> Callable[[Entry, sqlite3.Connection], None]:
    return lambda entry, db: entry["response"]["headers"].__setitem__("content-type", value)


def _sql(statement: str) -> Callable[[Entry, sqlite3.Connection], None]:
    return lambda entry, db: db.execute(statement)


PASSED_OVER = {
    "status that is text": _status("200"),
    "status that is nothing": _status(None),
    "status out of range": _status(99_999),
    "header value that is a number": _header([5]),
    "header value that is bytes": _header([b"text/html"]),
    "headers that are a string": lambda entry, db: entry["response"].__setitem__("headers", "x"),
    "no response": lambda entry, db: entry.pop("response"),
    "expiry that is text": _sql("UPDATE entries SET expires_at = 'x', last_accessed_at = 'y'"),
}

FAILED = {
    "body chunk that is text": _sql("UPDATE streams SET chunk_data = 'abc'"),
    "chunk count that is text": _sql(
        "UPDATE entries SET chunk_count = 'x' WHERE chunk_count IS NOT NULL"
    ),
    "chunks that are missing": _sql(
        "UPDATE entries SET chunk_count = 100000000 WHERE chunk_count IS NOT NULL"
    ),
}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("damage", list(PASSED_OVER))
def test_a_damaged_cache_entry_is_passed_over_and_the_page_fetched(
    site: Site, tmp_path: Path, kind: str, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    options = fast_options(cache_dir=tmp_path)
    fetch_once("sync", site.url("/fresh"), options)
    _tamper(tmp_path, PASSED_OVER[damage])
    with caplog.at_level(logging.CRITICAL):  # hishel logs what it cannot read, with a traceback
        page = fetch_once(kind, site.url("/fresh"), options)
    assert (page.status, page.text, page.from_cache) == (200, PAGE, False)
    assert site.hits["/fresh"] == 2


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("damage", list(FAILED))
def test_a_cached_body_that_cannot_be_read_back_is_a_fetch_error(
    site: Site, tmp_path: Path, kind: str, damage: str
) -> None:
    options = fast_options(cache_dir=tmp_path)
    fetch_once("sync", site.url("/fresh"), options)
    _tamper(tmp_path, FAILED[damage])
    with pytest.raises(FetchError, match=r"HTTP cache .* is damaged") as raised:
        fetch_once(kind, site.url("/fresh"), options)
    assert raised.value.url == site.url("/fresh")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cache_database_of_another_layout_is_passed_over(
    site: Site, tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("CREATE TABLE entries (x)")
    db.close()
    with caplog.at_level(logging.WARNING, logger="newsextract"):
        page = fetch_once(kind, site.url("/fresh"), fast_options(cache_dir=tmp_path))
    assert (page.text, page.from_cache) == (PAGE, False)
    assert "fetched without it" in caplog.text
