"""Hostile input, wave 73: the HTTP cache file damaged on disk as a crash, a full disk or
another program leaves it: cut short, overwritten with junk, an entry that is no msgpack or
msgpack of another shape, a body chunk of no bytes at all. Expected outcome: the page is
fetched past the cache or a ``FetchError`` naming the cache, never another error."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import msgpack
import pytest
from tests.fetch.servers import fetch_once

from newsextract import FetchError
from newsextract.fetching.transport import CACHE_FILE

from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server, send


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


def _cut(cache: Path) -> None:
    file = cache / CACHE_FILE
    size = file.stat().st_size
    with file.open("r+b") as f:
        f.truncate(size // 2)


def _junk(cache: Path) -> None:
    file = cache / CACHE_FILE
    file.write_bytes(os.urandom(file.stat().st_size))


def _header_only(cache: Path) -> None:
    file = cache / CACHE_FILE
    data = file.read_bytes()
    file.write_bytes(data[:100])


def _sql(statement: str, *args: object) -> Callable[[Path], None]:
    def change(cache: Path) -> None:
        with sqlite3.connect(cache / CACHE_FILE) as db:
            db.execute(statement, args)
        db.close()

    return change


DAMAGE: dict[str, Callable[[Path], None]] = {
    "file cut in half": _cut,
    "file of junk": _junk,
    "file header only": _header_only,
    "entry not msgpack": _sql("UPDATE entries SET data = ?", b"\xc1\xff\x00junk"),
    "entry msgpack int": _sql("UPDATE entries SET data = ?", msgpack.packb(5)),
    "entry msgpack list": _sql("UPDATE entries SET data = ?", msgpack.packb([1, 2, 3])),
    "entry msgpack deep": _sql("UPDATE entries SET data = ?", b"\x91" * 100_000 + b"\x00"),
    "entry data text": _sql("UPDATE entries SET data = 'abc'"),
    "chunk number": _sql("UPDATE streams SET chunk_data = 5"),
    "chunks gone": _sql("DELETE FROM streams"),
    "entries dropped": _sql("DROP TABLE entries"),
    "streams dropped": _sql("DROP TABLE streams"),
}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_cache_file_damaged_on_disk_is_a_page_or_a_fetch_error(
    kind: str, damage: str, server: RawServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server.routes["/c"] = send(
        head("200 OK", "Cache-Control: max-age=3600", length=len(PAGE)) + PAGE
    )
    first = fetch_once("sync", server.url("/c"), options(cache_dir=tmp_path))
    assert first.text
    DAMAGE[damage](tmp_path)
    with caplog.at_level(logging.CRITICAL):
        try:
            page = fetch_once(kind, server.url("/c"), options(cache_dir=tmp_path))
        except FetchError as exc:
            assert "cache" in str(exc)
        else:
            assert page.content == PAGE
