"""A fourth batch of probe pages (issue 12): a year-first date after the name in one line
("Szerző: Tóth Balázs 2024.03.06. 14:20"), Persian "خبرنگار" (reporter) left out as a label,
and "IST" on the pages of India's languages that other countries write too (Tamil, Bengali,
Urdu, Punjabi, Nepali: those countries write SLST, BST, PKT, NPT)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.metadata.pages import byline_page

import newsextract
from newsextract.dates import parse_text_date
from newsextract.dating.zones import page_countries
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Szerző: Tóth Balázs 2024.03.06. 14:20", "hu", ["Tóth Balázs"]),
        ("Szerző: Tóth Balázs 2024. március 6. 14:20", "hu", ["Tóth Balázs"]),
        ("By Jane Doe 2024-03-06 14:20", "en", ["Jane Doe"]),
        ("Autor: Jan Novák 06.03.2024 14:20", "cs", ["Jan Novák"]),
    ],
)
def test_a_year_first_date_after_the_name_is_cut(
    byline: str, language: str, names: list[str]
) -> None:
    assert split_byline(byline, language) == names


def test_persian_reporter_word_opening_a_sentence_is_no_byline() -> None:
    """ "خبرنگار" (reporter) is no byline label: "IRNA's reporter reported" would give the
    name "ایرنا گزارش داد" (a script without capitals tells no name from a verb)."""
    line = "<p>خبرنگار ایرنا گزارش داد</p>"
    article = newsextract.extract(byline_page("fa", "خبر", "", line))
    assert article.authors == ()


@pytest.mark.parametrize("language", ["ta", "bn", "ur", "pa", "ne", "hi"])
def test_ist_on_pages_of_india_s_languages(language: str) -> None:
    countries = page_countries(language, "news.example.com", language)
    found = parse_text_date("6 March 2024 02:20 PM IST", language, countries)
    assert found == datetime(2024, 3, 6, 14, 20, tzinfo=timezone(timedelta(hours=5, minutes=30)))


@pytest.mark.parametrize("language", ["en", "de"])
def test_ist_stays_without_offset_where_countries_differ(language: str) -> None:
    found = parse_text_date("6 March 2024 02:20 PM IST", language, frozenset())
    assert found == datetime(2024, 3, 6, 14, 20)
