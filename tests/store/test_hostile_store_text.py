"""Text no database can store (a lone surrogate, which UTF-8 cannot encode, in an Article or
a page check built by hand) is a ``StoreError`` naming the URL, and the write leaves the
store as it was: before, a UnicodeEncodeError came out of ``write_article``."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from tests.store.hand_built import NOW, PAGE

from newsextract import StoreError, extract

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")


def test_a_lone_surrogate_is_a_store_error_and_nothing_is_written(tmp_path: Path) -> None:
    article = extract(PAGE, url="https://harbour.example.org/plan")
    with store_api.Store(tmp_path / "store.sqlite") as store:
        bad = attrs.evolve(article, title="Harbour \ud800 plan")
        check = records.PageCheck(url=article.url, checked_at=NOW, outcome="article")
        with pytest.raises(StoreError, match=r"cannot write https://harbour\.example\.org/plan"):
            store.write_article(bad, check)
        failed = records.PageCheck(
            url="https://harbour.example.org/gone",
            checked_at=NOW,
            outcome="error",
            error="HTTPStatusError",
            message="not found \udcff",
        )
        with pytest.raises(StoreError, match="surrogates not allowed"):
            store.write_page(failed)
        assert store.stats().pages == 0
        assert store.write_article(article, check).written == "new"
        assert store.stats().articles == 1


def test_an_outcome_the_store_does_not_know_is_refused_when_the_check_is_made() -> None:
    with pytest.raises(ValueError, match="outcome"):
        records.PageCheck(url="https://example.org/a", checked_at=NOW, outcome="nonsense")
