"""A documentation page whose only day is its footer's "last updated" line gives that day
as ``modified`` and, through the page search, as ``published`` in every script alike (the
docs' step list: month names of every language, other scripts' digits, the Buddhist era and
the Solar Hijri calendar read): Thai, Persian, Khmer, Sinhala, Burmese and Japanese footers
gave none where Latin, Cyrillic and Devanagari ones did. Every text here is invented."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tests.metadata.test_last_update_nouns import _docs

import newsextract
from newsextract.metadata.short_text_days import short_text_day, written_day

_TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."


@pytest.mark.parametrize(
    ("lang", "footer"),
    [
        ("en", "Last updated: 5 March 2024"),
        ("de", "Zuletzt aktualisiert: 5. März 2024"),
        ("ru", "Обновлено: 5 марта 2024"),
        ("th", "อัปเดตล่าสุด: 5 มีนาคม 2567"),
        ("fa", "آخرین به‌روزرسانی: ۱۵ اسفند ۱۴۰۲"),
        ("km", "កែប្រែចុងក្រោយ: ៥ មីនា ២០២៤"),
        ("si", "යාවත්කාලීන කළේ: 2024 මාර්තු 5"),
        ("my", "ပြင်ဆင်သည်: ၂၀၂၄ မတ်လ ၅"),
        ("ja", "最終更新: 2024年3月5日"),
    ],
)
def test_a_docs_footers_last_update_reads_alike_in_every_script(lang: str, footer: str) -> None:
    article = newsextract.extract(_docs(lang, footer, _TEXT))
    assert article.modified is not None and article.modified.date() == date(2024, 3, 5)
    assert article.published is not None and article.published.date() == date(2024, 3, 5)
    assert article.provenance.get("published") == "html:page-date"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5 มีนาคม 2567", datetime(2024, 3, 5)),
        ("۱۵ اسفند ۱۴۰۲", datetime(2024, 3, 5)),
        ("2024 මාර්තු 5", datetime(2024, 3, 5)),
        ("Ціна: 1 250 грн", None),
    ],
)
def test_the_page_search_reads_the_written_dates_forms(text: str, day: datetime | None) -> None:
    assert short_text_day(text) == day


def test_a_text_without_a_date_gives_no_day() -> None:
    assert written_day("no date here 12") is None


def test_a_numbers_tail_is_no_day() -> None:
    assert written_day("125 March 2024 März") is None
