"""A reader's contribution dates itself, not the page (a comment's or a review's microdata
``datePublished``); the Levant's Syriac month names ("٥ آذار ٢٠٢٤") are read on Arabic pages."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date
from newsextract.dating.words import month_numbers
from newsextract.page import ParsedPage, reader_item

_PAGE = """<html lang="en"><head><title>Harbour lights return</title></head><body>
<main><h1>Harbour lights return</h1><p class="byline">By Ann Lee | March 5, 2024</p>
<p>The old harbour lights were switched on again after a long repair that took most of the
winter, and the fishermen were glad to see them.</p>
<p>The council paid for new lamps and a new cable under the pier, and volunteers painted the
posts in the old colours.</p></main>
{extra}</body></html>"""


def _item(kind: str, date: str) -> str:
    return (
        f'<section class="feedback"><div itemscope itemtype="https://schema.org/{kind}">'
        f'<meta itemprop="datePublished" content="{date}"><p itemprop="text">Lovely.</p>'
        "</div></section>"
    )


@pytest.mark.parametrize("kind", ["Comment", "Review", "Answer"])
def test_a_contribution_date_is_not_the_page_date(kind: str) -> None:
    article = newsextract.extract(_PAGE.format(extra=_item(kind, "2024-04-18T10:00:00Z")))
    assert article.published == datetime(2024, 3, 5)


def test_the_page_own_item_date_still_counts() -> None:
    # The opposite: a WebPage item's date is the page's, with or without comments after it.
    extra = (
        '<div itemscope itemtype="https://schema.org/WebPage">'
        '<meta itemprop="datePublished" content="2024-03-05T09:00:00+01:00"></div>'
        + _item("Comment", "2024-04-18T10:00:00Z")
    )
    article = newsextract.extract(_PAGE.format(extra=extra).replace("March 5, 2024", ""))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-05"
    assert article.provenance["published"].startswith("microdata")


def test_reader_item_is_the_nearest_item() -> None:
    page = ParsedPage(
        '<div itemscope itemtype="https://schema.org/Review"><meta itemprop="a" content="1">'
        '<div itemscope itemtype="https://schema.org/Person"><meta itemprop="b" content="2">'
        '</div></div><meta itemprop="c" content="3">'
    )
    found = {n.attributes["itemprop"]: reader_item(n) for n in page.tree.css("meta")}
    assert found == {"a": True, "b": False, "c": False}
    assert "a" not in page.meta and page.meta["b"] == ("2",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثلاثاء ٥ آذار ٢٠٢٤ - ١٠:٣٠", datetime(2024, 3, 5, 10, 30)),
        ("12 أيلول 2023", datetime(2023, 9, 12)),
        ("3 حزيران 2022 الساعة 14:20", datetime(2022, 6, 3, 14, 20)),
        ("5 مارس 2024", datetime(2024, 3, 5)),  # the Egyptian and Gulf name still read
        # the two-word names, with the article or without it
        ("الثلاثاء ٥ تشرين الأول ٢٠٢٣ - ١٠:٣٠", datetime(2023, 10, 5, 10, 30)),
        ("12 كانون الثاني 2024", datetime(2024, 1, 12)),
        ("3 تشرين ثاني 2022 الساعة 14:20", datetime(2022, 11, 3, 14, 20)),
    ],
)
def test_levant_month_names(text: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, "ar") == expected


def test_levant_months_are_a_month_table() -> None:
    assert month_numbers("ar")["آذار"] == 3
    # two letters, shorter than a month's word: read as "أغسطس" (see ``dates``)
    assert month_numbers("ar")["آب"] == 8
