"""The fifth red team (wave 60): the store's "same site" (whether a page's canonical link
names its own site's row) by the hosts a browser opens: "https://evil.example\\.harbour-
news.example/" is on evil.example, and its canonical link took harbour-news.example's row."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import newsextract

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")
convert = pytest.importorskip("newsextract.store.convert")


def _story(title: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{text} The harbour board met on Monday to settle the plan for the quay.</p>"
        "</article></body></html>"
    )


def test_a_backslashed_look_alike_cannot_take_a_site_s_row(tmp_path: Path) -> None:
    victim = "https://harbour-news.example/2024/05/quay-plan"
    claimant = "https://evil.example\\.harbour-news.example/2024/05/quay-plan"
    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with store_api.Store(tmp_path / "store.sqlite") as store:
        for url, html in (
            (victim, _story("Quay plan", "The council met.")),
            (
                claimant,
                _story("Plan withdrawn", "Nothing of the kind.").replace(
                    "<title>", f"<link rel='canonical' href='{victim}'><title>"
                ),
            ),
        ):
            check = records.PageCheck(url=url, checked_at=now, outcome="article")
            store.write_article(newsextract.extract(html, url=url), check)
        stored = {item.url: item for item in store.stored_articles()}
    assert stored[victim].revisions == 1
    assert stored[victim].article.title == "Quay plan"


@pytest.mark.parametrize(
    ("url", "page_url", "same"),
    [
        ("https://harbour-news.example/a", "https://evil.example\\.harbour-news.example/a", False),
        ("https://harbour-news.example/a", "https://city.harbour-news.example/a", True),
        ("https://xn--bcher-kva.example/a", "https://BÜCHER.example/b", True),
        ("http://[::1/a", "http://[::1]/a", False),
    ],
)
def test_the_store_s_same_site(url: str, page_url: str, same: bool) -> None:
    assert convert.same_site(url, page_url) is same
