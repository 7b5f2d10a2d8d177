"""A site of thousands of near-identical pages: each new article was compared with every
earlier one sharing a band of its signature, so the n-th write cost n comparisons and a sort
of n times the bands' rows (3,000 took 108 s, growing; 100,000 days). A write compares at
most ``MAX_CANDIDATES``, and every copy still points at its group's first article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsextract import Article

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")
duplicates = pytest.importorskip("newsextract.store.duplicates")
minhash = pytest.importorskip("newsextract.store.minhash")

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
WORDS = "the council met on tuesday to discuss the harbour plan and its costs for the town"


def test_near_copies_compare_a_bounded_number_and_point_at_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared: list[int] = []
    real = minhash.Signature.similarity

    def counted(self: object, other: object) -> float:
        compared[-1] += 1
        return real(self, other)  # type: ignore[arg-type]

    monkeypatch.setattr(minhash.Signature, "similarity", counted)
    copies = duplicates.MAX_CANDIDATES + 60
    with store_api.Store(tmp_path / "store.sqlite") as store:
        for i in range(copies):
            body = f"{WORDS} " * 20 + f"story {i}"
            article = Article(url=f"https://copies.example.org/a/{i}", title=f"T{i}", body=body)
            compared.append(0)
            check = records.PageCheck(url=article.url, checked_at=NOW, outcome="article")
            store.write_article(article, check)
        stored = list(store.stored_articles())
    assert len(stored) == copies
    assert max(compared) == duplicates.MAX_CANDIDATES
    first = "https://copies.example.org/a/0"
    assert {item.duplicate_of for item in stored if item.url != first} == {first}
