"""An address urllib cannot split ("http://[::1", an unclosed IPv6 host) and a status past
64 bits, in an Article or page check built by hand, are a ``StoreError`` and nothing is
written: before, ``write_article``, ``write_page`` and ``touch`` let urllib's ValueError or
SQLite's OverflowError out (found by tests/hostile's store fuzzing)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from tests.store.hand_built import NOW, PAGE

from newsextract import StoreError, extract

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")

GOOD = "https://harbour.example.org/plan"


@pytest.mark.parametrize("where", ["url", "final_url", "article"])
def test_an_unsplittable_address_is_a_store_error(tmp_path: Path, where: str) -> None:
    article = extract(PAGE, url=GOOD)
    check = records.PageCheck(url=GOOD, checked_at=NOW, outcome="article")
    if where == "article":
        article = attrs.evolve(article, url="http://[::1", canonical_url=None)
        check = attrs.evolve(check, url="http://[::1")
    else:
        check = attrs.evolve(check, **{where: "http://[::1/plan"})
    with store_api.Store(tmp_path / "store.sqlite") as store:
        with pytest.raises(StoreError, match="Invalid IPv6 URL"):
            store.write_article(article, check)
        with pytest.raises(StoreError, match="Invalid IPv6 URL"):
            store.write_page(attrs.evolve(check, outcome="error", error="X"))
        assert store.stats().articles == 0
        assert store.pages([GOOD, "http://[::1", "http://[::1/plan"]) == {}


def test_a_status_past_64_bits_is_a_store_error(tmp_path: Path) -> None:
    check = records.PageCheck(url=GOOD, checked_at=NOW, outcome="error", status=2**70)
    with store_api.Store(tmp_path / "store.sqlite") as store:
        with pytest.raises(StoreError, match="cannot write"):
            store.write_page(check)
        assert store.pages([GOOD]) == {}
