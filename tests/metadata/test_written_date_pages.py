"""Pages dated only by a date written for people, in forms read since metadata probe 6:
a comma after the month's name, a day joined to its month by a hyphen."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page

import newsextract


@pytest.mark.parametrize(
    ("language", "headline", "inner", "published"),
    [
        (
            "en",
            "City council approves new bus depot",
            '<div class="byline">By Priya Nair</div><div class="date">3 March, 2025 14:20</div>'
            "<p>The council approved the depot on Monday after a two-year consultation.</p>"
            "<p>Work on the site near the ring road starts in the autumn.</p>",
            datetime(2025, 3, 3, 14, 20),
        ),
        (
            "uz",
            "Toshkentda yangi metro liniyasi qurilishi boshlandi",
            '<div class="entry-meta"><span class="posted-on">3-mart 2025, 14:20</span></div>'
            "<p>Toshkent shahrida yangi metro liniyasi qurilishi boshlandi, unda sakkiz bekat"
            " bor.</p><p>Qurilish ishlari 2027-yilda yakunlanishi rejalashtirilgan.</p>",
            datetime(2025, 3, 3, 14, 20),
        ),
    ],
)
def test_a_page_dated_by_its_written_date(
    language: str, headline: str, inner: str, published: datetime
) -> None:
    page = article_page(language, headline, inner)
    assert newsextract.extract(page).published == published
