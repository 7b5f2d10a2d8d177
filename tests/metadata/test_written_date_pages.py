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


@pytest.mark.parametrize(
    ("language", "headline", "inner", "published", "modified"),
    [
        (
            "fi",
            "Kaupunginvaltuusto hyväksyi raitiotien",
            '<div class="tiedot"><span class="julkaistu">Julkaistu 3.3.2025 klo 14.20</span>'
            ' <span class="paivitetty">Päivitetty 3.3.2025 klo 16.05</span></div>'
            "<p>Valtuusto hyväksyi maanantaina raitiotien yleissuunnitelman äänin 43–24.</p>"
            "<p>Hankkeen kustannusarvio on noin 300 miljoonaa euroa.</p>",
            datetime(2025, 3, 3, 14, 20),
            datetime(2025, 3, 3, 16, 5),
        ),
        (
            "en",
            "Ferry service returns to the island",
            "<p>Published 3 March 2025, 14:20</p><p>Updated 3 March 2025, 16:05</p>"
            "<p>The ferry returned to service on Monday after a winter of repairs.</p>"
            "<p>Crossings run every twenty minutes at peak times.</p>",
            datetime(2025, 3, 3, 14, 20),
            datetime(2025, 3, 3, 16, 5),
        ),
    ],
)
def test_an_update_label_opening_a_block_no_class_names_dates_the_update(
    language: str, headline: str, inner: str, published: datetime, modified: datetime
) -> None:
    """The labelled lines in blocks whose class names no date ("paivitetty"): the update's
    as well as the publication's."""
    article = newsextract.extract(article_page(language, headline, inner))
    assert (article.published, article.modified) == (published, modified)


def test_a_day_in_another_calendar_gives_way_to_the_same_date_restated_with_its_time() -> None:
    """A Nepali blog's Bikram Sambat day first, its Gregorian date and time in brackets,
    beside a day in the URL: the bracketed date gives the time."""
    inner = (
        '<div class="entry-meta"><span class="posted-on">फागुन १९, २०८१ (3 March 2025, 14:20)'
        "</span></div><p>बिहान सबेरै फेवा तालको किनारमा पुग्दा हिमालमा घाम लागिसकेको थियो।</p>"
        "<p>दिउँसो हामीले डुङ्गा चढेर ताल बाराही मन्दिरसम्म पुग्यौँ।</p>"
    )
    page = article_page("ne", "पोखरा लेकसाइडमा एक दिन", inner)
    article = newsextract.extract(page, url="https://blog.example.com/2025/03/03/pokhara/")
    assert article.published == datetime(2025, 3, 3, 14, 20)
