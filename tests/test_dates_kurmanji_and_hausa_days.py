"""Kurmanji dates (its months, which dateparser lacks, from CLDR; CLDR's long date "5ê adara
2024an", the day's ezafe "ê" and the year's "an"; the oblique month after a preposition) and
Hausa's "ga" ("of") between a day and its month (invented date lines)."""

from datetime import datetime

import pytest

from newsextract import extract
from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("5 Adar 2024", "ku", datetime(2024, 3, 5)),
        ("sêşem, 5ê adara 2024an, 14:30", "ku", datetime(2024, 3, 5, 14, 30)),
        ("Di 5ê îlonê 2024 de", "ku", datetime(2024, 9, 5)),
        ("berfanbar 12, 2023", "ku", datetime(2023, 12, 12)),
        ("5 ga Maris, 2024", "ha", datetime(2024, 3, 5)),
        ("Talata, 5 ga watan Maris, 2024", "ha", datetime(2024, 3, 5)),
        # the marks beside them read as before
        ("5th March 2024", "en", datetime(2024, 3, 5)),
        ("5 de marzo de 2024", "es", datetime(2024, 3, 5)),
    ],
)
def test_day_and_month_forms(text: str, language: str, want: datetime) -> None:
    assert parse_text_date(text, language) == want


def test_a_german_an_after_a_year_is_no_dated_year() -> None:
    """Kurmanji's year word "an" is in every language's calendar-suffix table, whose year
    pattern allows a space before the word: German "von 2023 an" ("from 2023 on") in a
    sentence must give the page no date and keep its words."""
    html = (
        "<html lang=de><head><title>Neue Regel</title></head><body><article>"
        "<h1>Neue Regel für Mieter</h1><p class=byline>Von Anna Berger</p>"
        "<p>Die Regel gilt von 2023 an, sagte die Ministerin am Dienstag in Berlin.</p>"
        "<p>Mieter sollen damit besser geschützt werden, heißt es aus dem Ministerium.</p>"
        "</article></body></html>"
    )
    article = extract(html, url="https://example.de/neue-regel")
    assert article.published is None
    assert "von 2023 an, sagte" in (article.body or "")
    dated = extract(html.replace("Anna Berger<", "Anna Berger, 5. März 2024<"))
    assert dated.published == datetime(2024, 3, 5)
