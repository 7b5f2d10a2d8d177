"""A health page's notice of who reviewed it, set between the text's paragraphs in a box
named for the review, is a trust badge, not the text."""

from __future__ import annotations

import pytest

import newsextract


def _page(names: str) -> str:
    return (
        "<html lang='en'><body><main><article><h1>What to know about the new flu vaccine"
        "</h1><div class='entry-content'><p>The new flu vaccine is recommended for people "
        "over 65 and for those with chronic illness, doctors say.</p>"
        f"<div class='{names}'><p>This article follows current medical guidelines and was "
        "checked by doctors.</p></div><h2>How it is given</h2><p>The vaccine is given once "
        "a year, ideally in October or November, at a pharmacy.</p><p>Side effects are "
        "usually mild and pass within two days for most people.</p></div></article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "names",
    [
        "medically-reviewed",
        "review-note",
        "post-reviewed-by",
        "fact-checked-by",
        "reviewed-badge",
        "content-reviewed",
    ],
)
def test_review_notice_goes(names: str) -> None:
    body = newsextract.extract(_page(names), url="https://health.example/flu").body or ""
    assert "within two days" in body
    assert "checked by doctors" not in body


def test_review_article_box_is_kept() -> None:
    body = newsextract.extract(_page("review-body"), url="https://health.example/flu").body
    assert "checked by doctors" in (body or "")
