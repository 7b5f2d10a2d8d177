"""Zones written as another zone and hours ("МСК+4"), with typesetting's minus sign
("UTC−3"), before the time they set ("北京时间21:12") or its day, or after an hour word
("21:12 h. CET"); CJK hour and minute signs; and the page search's day with the time
written beside it. Invented texts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsextract.dates import parse_text_date
from newsextract.metadata.page_dates import find_page_day
from newsextract.page import ParsedPage


def _at(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("4 марта 2024, 21:12 (МСК+4)", "ru", datetime(2024, 3, 4, 21, 12, tzinfo=_at(7))),
        ("04.03.2024 21:12 мск-1", "ru", datetime(2024, 3, 4, 21, 12, tzinfo=_at(2))),
        ("4 марта 2024, 21:12 MSK+2", "ru", datetime(2024, 3, 4, 21, 12, tzinfo=_at(5))),
        ("04/03/2024 21h12 (UTC−3)", "pt", datetime(2024, 3, 4, 21, 12, tzinfo=_at(-3))),
        ("4 March 2024, 21:12 GMT+3", "en", datetime(2024, 3, 4, 21, 12, tzinfo=_at(3))),
        ("4 de marzo de 2024 - 21:12 h. CET", "es", datetime(2024, 3, 4, 21, 12, tzinfo=_at(1))),
        ("04/03/2024 21:12 hrs. CET", "es", datetime(2024, 3, 4, 21, 12, tzinfo=_at(1))),
        ("2024年3月4日 北京时间21:12", "zh", datetime(2024, 3, 4, 21, 12, tzinfo=_at(8))),
        ("2024.03.04 한국시간 21:12", "ko", datetime(2024, 3, 4, 21, 12, tzinfo=_at(9))),
        # the hour's and the minute's signs, with no space after the day
        ("2024年3月4日21时12分", "zh", datetime(2024, 3, 4, 21, 12)),
        ("2024年3月4日21時12分", "ja", datetime(2024, 3, 4, 21, 12)),
        ("2024년 3월 4일 21시 12분", "ko", datetime(2024, 3, 4, 21, 12)),
        # no zone word before the time: the words are the reader's ("下午", afternoon)
        ("2024年3月4日 下午9:12", "zh", datetime(2024, 3, 4, 21, 12)),
    ],
)
def test_zone_forms(text: str, language: str, want: datetime) -> None:
    got = parse_text_date(text, language)
    assert got == want and got is not None and got.utcoffset() == want.utcoffset()


def test_a_shift_past_any_zone_is_no_zone() -> None:
    got = parse_text_date("4 марта 2024, 21:12 мск+30", "ru")
    assert got is None or got.utcoffset() is None


def _page(line: str) -> str:
    return (
        "<html><body><h1>Water tap at last</h1>"
        f"<div class='smalltext'>{line}</div>"
        "<p>" + "We dug the trench over two weekends. " * 6 + "</p></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Inviato: Lun Mar 04, 2024 9:12 pm", datetime(2024, 3, 4, 21, 12)),
        ("« on: March 04, 2024, 09:12:00 PM »", datetime(2024, 3, 4, 21, 12)),
        # a time of another day is another date's
        ("March 04, 2024 · reply March 05, 2024, 08:03", datetime(2024, 3, 4)),
    ],
)
def test_the_page_searchs_day_takes_the_time_written_with_it(line: str, want: datetime) -> None:
    html = _page(line)
    found = find_page_day(ParsedPage(html), html)
    assert found is not None and found[0] == want


def test_an_events_day_under_its_label_gives_way_to_the_pages_own_in_the_page_search() -> None:
    """In an element not named for a date, as the written dates read it (since date56)."""
    html = _page("Termin: Samstag, 14. Juni 2025, 19:30 Uhr").replace(
        "<p>", "<p>2 June 2025</p><p>", 1
    )
    assert find_page_day(ParsedPage(html), html) == (datetime(2025, 6, 2), "free-text")


def test_an_events_day_under_its_label_is_read_when_the_page_writes_no_other() -> None:
    """A page's one labelled day ("Date: 05.03.2024" over a notice) is more often its own
    than not: read last, rather than leave the page without a date."""
    html = _page("Termin: Samstag, 14. Juni 2025, 19:30 Uhr")
    assert find_page_day(ParsedPage(html), html) == (datetime(2025, 6, 14), "free-text")
