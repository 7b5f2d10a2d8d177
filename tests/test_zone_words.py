"""Time-zone words that dateparser's table lacks, as data in the language files ("мск",
"توقيت مكة", "שעון ישראל"): a fixed offset, or a tz database zone whose offset follows the
date (Israel's summer time)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import newsextract
from newsextract import label_lists, labels, language_files
from newsextract.dates import find_text_date, parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("9 июня 2023, 07:15 мск", "ru", 3),
        ("9 июня 2023, 07:15 (МСК)", "ru", 3),
        ("9/6/2023 07:15 (توقيت مكة)", "ar", 3),
        ("9/6/2023 07:15 بتوقيت مكة المكرمة", "ar", 3),
        ("9/6/2023 07:15 بتوقيت غرينتش", "ar", 0),
        ("09.06.23 | 07:15 שעון ישראל", "he", 3),  # summer time
        ("09.01.24 | 07:15 שעון ישראל", "he", 2),
    ],
)
def test_zone_words_give_the_offset(text: str, language: str, hours: int) -> None:
    span = find_text_date(text)
    assert span is not None
    value = parse_text_date(span, language)
    assert value is not None
    assert (value.hour, value.minute) == (7, 15)
    assert value.utcoffset() == timedelta(hours=hours)


def test_zone_words_come_from_the_language_files() -> None:
    assert labels.zone_words()["мск"] == "Europe/Moscow"
    assert labels.zone_words()["שעון ישראל"] == "Asia/Jerusalem"
    assert labels.zone_words()["توقيت مكة"] == "+03:00"


def test_a_zone_table_with_no_offset_is_refused() -> None:
    lists: dict[str, object] = {kind.value: [] for kind in label_lists.LabelList}
    with pytest.raises(ValueError, match="zones"):
        language_files._language("xx", {**lists, "zones": {"mecca time": "three hours"}})


_PAGE = """<!doctype html><html lang="ru"><head><title>Открыт новый мост</title></head><body>
<article><h1>Открыт новый мост</h1><span class="news-date">9 июня 2023, 07:15 мск</span>
<p>В городе открыли движение по новому мосту через реку. Он сократит путь из спальных районов
в центр почти на двадцать минут.</p>
<p>Строительство заняло два года и обошлось дешевле, чем планировалось в начале работ.</p>
</article></body></html>"""


def test_a_russian_page_time_in_moscow_time() -> None:
    article = newsextract.extract(_PAGE, url="https://novosti.example.ru/most")
    assert article.published is not None
    assert article.published.isoformat() == "2023-06-09T07:15:00+03:00"
    assert article.published == datetime.fromisoformat("2023-06-09T04:15:00+00:00")
