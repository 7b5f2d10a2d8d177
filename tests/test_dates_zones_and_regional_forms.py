"""Date forms of metadata probe round 11: a zone abbreviation the tz database gives several
offsets, read in the countries whose press writes the page's language when the page names
no country ("CDT" on an English page is the US's Central Daylight Time, not Cuba's), and the
word Romansh and Friulian write between a day and its month ("14 da mars 2025"), and a Solar
Hijri month written with Arabic letters ("2 تير 1399"), and Quebec's time "9 h 30"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "offset"),
    [
        ("March 14, 2025 at 4:05 p.m. CDT", "en", timedelta(hours=-5)),
        ("March 14, 2025 9:05 a.m. CST", "en", timedelta(hours=-6)),
        ("2025-03-14 09:30 CST", "zh", timedelta(hours=8)),
        # the languages' countries disagree: the wall clock, without an offset
        ("March 14, 2025 at 4:05 p.m. CDT", "es", None),  # the US's or Cuba's
        ("March 14, 2025 9:05 a.m. PST", "en", None),  # the US's or the Philippines'
        ("14 March 2025 09:30 IST", "en", None),  # India's or Ireland's
        ("March 14, 2025 at 4:05 p.m. CDT", None, None),  # no language: nothing to go by
    ],
)
def test_an_ambiguous_zone_takes_the_offset_of_the_countries_writing_the_language(
    text: str, language: str | None, offset: timedelta | None
) -> None:
    value = parse_text_date(text, language)
    assert value is not None
    assert value.utcoffset() == offset


def test_a_page_country_other_than_the_zones_reads_the_language() -> None:
    """A Canadian page's "CDT": Canada is none of the countries the table gives the
    abbreviation, so the language's (English: the US's Central Daylight Time, which is
    Canada's too) gives the offset."""
    value = parse_text_date("March 14, 2025 at 4:05 p.m. CDT", "en", frozenset({"CA"}))
    assert value == datetime(2025, 3, 14, 21, 5, tzinfo=UTC)


def test_an_american_page_keeps_the_offset_of_its_written_cdt_time() -> None:
    html = """<html lang="en"><head>
    <title>Crews pull truck from frozen lake | Lakeside Herald</title></head><body><article>
    <h1>Crews pull truck from frozen lake</h1>
    <div class="entry-meta">March 14, 2025 at 4:05 p.m. CDT</div>
    <p>A pickup truck that broke through the ice on the lake was pulled out on Friday.</p>
    <p>The driver got out on his own and was not hurt, the sheriff's office said.</p>
    </article></body></html>"""
    article = newsextract.extract(html, url="https://lakeside.example/2025/03/14/truck/")
    assert article.published == datetime(2025, 3, 14, 16, 5, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publitgà ils 14 da mars 2025, 08:15", datetime(2025, 3, 14, 8, 15)),  # Romansh
        ("Publicât ai 14 di Març dal 2025", datetime(2025, 3, 14)),  # Friulian
        ("5 de març del 2024", datetime(2024, 3, 5)),  # Catalan, as before
    ],
)
def test_the_word_between_a_day_and_its_month_in_romance_languages(
    text: str, expected: datetime
) -> None:
    found = find_text_date(text)
    assert found is not None
    assert parse_text_date(found) == expected


@pytest.mark.parametrize(
    "text",
    ["2 تير 1399 - 12:09 ب.ظ", "دوشنبه ۲ تير ۱۳۹۹", "2 تیر 1399"],  # Arabic yeh, Persian yeh
)
def test_a_solar_hijri_month_written_with_arabic_letters(text: str) -> None:
    """Iranian sites on Arabic keyboards write Persian's yeh and kaf as Arabic's ("تير")."""
    found = find_text_date(text)
    assert found is not None
    value = parse_text_date(found, "fa")
    assert value is not None
    assert value.date().isoformat() == "2020-06-22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 14 mars 2025 à 9 h 30", datetime(2025, 3, 14, 9, 30)),
        ("le 14 mars 2025 à 21 h 05", datetime(2025, 3, 14, 21, 5)),
        ("14 mars 2025 à 9h30", datetime(2025, 3, 14, 9, 30)),  # as before
    ],
)
def test_a_quebec_time_with_spaces_around_its_h(text: str, expected: datetime) -> None:
    found = find_text_date(text)
    assert found is not None
    assert parse_text_date(found, "fr") == expected


def test_a_quebec_zone_gives_its_offset() -> None:
    found = find_text_date("Publié le 14 mars 2025 à 9 h 30 HNE")
    assert found is not None
    value = parse_text_date(found, "fr")
    assert value is not None
    assert value.utcoffset() == timedelta(hours=-5)


def test_a_flemish_update_label_fills_modified() -> None:
    html = """<html lang="nl-BE"><head><title>Nieuwe fietsbrug in Gent | Scheldebode</title>
    </head><body><article><h1>Nieuwe fietsbrug in Gent geopend</h1>
    <div class="article-meta">vr 14 mrt 2025 om 09:30 · Aangepast op 14 mrt 2025 om 11:05</div>
    <p>In Gent is vrijdag een nieuwe fietsbrug over de Leie geopend voor fietsers.</p>
    <p>De brug is tachtig meter lang en fietsers winnen zo vijf minuten op hun route.</p>
    </article></body></html>"""
    article = newsextract.extract(html, url="https://www.scheldebode.be/gent/fietsbrug")
    assert article.published == datetime(2025, 3, 14, 9, 30)
    assert article.modified == datetime(2025, 3, 14, 11, 5)
