"""A store named, or a selection given, by a value that is no string (``None``, a number, a
list, from a caller's data) is a ``StoreError``: before, ``Store(None)``, ``Store(5)``,
``articles(site=5)``, ``articles(language=5)`` and ``pages(5)`` left the API as TypeError
or AttributeError."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsextract import StoreError

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")


@pytest.mark.parametrize("location", [None, 5, b"news.db", ["news.db"]])
def test_a_location_that_is_no_path_is_a_store_error(location: object) -> None:
    with pytest.raises(StoreError, match="a store is a SQLite file or a postgresql:// URL, not"):
        store_api.Store(location)


@pytest.mark.parametrize(
    "read",
    [
        lambda s: list(s.articles(site=5)),
        lambda s: list(s.articles(language=5)),
        lambda s: list(s.stored_articles(site=["example.org"])),
        lambda s: list(s.all_revisions(language=1.5)),
        lambda s: s.pages(5),
    ],
    ids=["site", "language", "site-list", "revisions-language", "pages"],
)
def test_a_selection_that_is_no_string_is_a_store_error(
    tmp_path: Path, read: Callable[[Any], object]
) -> None:
    with store_api.Store(tmp_path / "news.db") as store:
        with pytest.raises(StoreError, match="cannot read"):
            read(store)
        assert list(store.articles(site="example.org")) == []
