"""Relative stamps of a past time in every language ("vor 4 Stunden", "3 saat önce", "3小时前"):
read from dateparser's data (and the language files' additions), found at a line's numbers,
and a body line that is one is a date line, not text. Every line here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsextract
from newsextract.body.date_lines import is_dateline
from newsextract.dating.relative import find_relative_stamp, within_the_web
from newsextract.language_files import _language


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("vor 4 Stunden", 4, "hour"),
        ("il y a 3 jours", 3, "day"),
        ("hace 2 horas", 2, "hour"),
        ("3 saat önce", 3, "hour"),
        ("2 часа назад", 2, "hour"),
        ("5 часов назад", 5, "hour"),  # a Russian plural the language file adds
        ("3小时前", 3, "hour"),
        ("3 小时前", 3, "hour"),
        ("3天前", 3, "day"),  # "前", "ago", glued to its unit
        ("3日前", 3, "day"),
        ("2시간 전", 2, "hour"),
        ("قبل 3 ساعات", 3, "hour"),
        ("לפני 3 שעות", 3, "hour"),
        ("3 घंटे पहले", 3, "hour"),
        ("3 ngày trước", 3, "day"),
        ("2 jam yang lalu", 2, "hour"),
        ("3 dni temu", 3, "day"),  # a Polish plural the language file adds
        ("acum 3 ore", 3, "hour"),  # a Romanian plural the language file adds
        ("saa 3 zilizopita", 3, "hour"),
        ("5 mins ago", 5, "minute"),  # an English plural the language file adds
        ("Published 3 months ago", 3, "month"),
        ("3h ago", 3, "hour"),
    ],
)
def test_a_stamp_in_any_language_is_found(text: str, amount: int, unit: str) -> None:
    stamp = find_relative_stamp(text)
    assert stamp is not None
    assert (stamp.amount, stamp.unit) == (amount, unit)
    assert text[stamp.start : stamp.end].endswith(text.split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Bake for 20 min",
        "open for 24 h",  # Danish "for 24 h" (24 hours ago) is read on Danish pages only
        "– 5 min",  # Nordic "−5 min": a count or a range on a page of any language
        "A320 days ago",  # a figure inside a word
        "3 days",
    ],
)
def test_a_look_alike_in_another_language_is_no_stamp(text: str) -> None:
    assert find_relative_stamp(text) is None


def test_a_language_reads_all_of_its_own_forms() -> None:
    assert find_relative_stamp("for 24 h", "da") is not None
    assert find_relative_stamp("for 24 h") is None


def test_a_stamp_older_than_the_web_is_a_storys_age() -> None:
    stamp = find_relative_stamp("vor 60 Jahren")
    assert stamp is not None
    assert not within_the_web(stamp)


@pytest.mark.parametrize(
    "line",
    [
        "vor 4 Stunden",
        "Aktualisiert vor 4 Stunden",
        "Camille Arnaud · il y a 3 jours",
        "Ольга Смирнова, 5 часов назад",
        "Nguyễn Thu Hà - 3 ngày trước",
        "Nadia Okoro | vor 3 Std.",
        "Posted by Jane 3 days ago",
        "۳ ساعت پیش",  # Persian digits
        "3 ชั่วโมงที่แล้ว",
        "2시간 전",
    ],
)
def test_a_stamp_line_is_a_date_line(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vor 3 Jahren zog sie nach Berlin und eröffnete ein Café.",
        "Il y a 3 jours, le maire a annoncé sa démission.",
        "3 years ago I moved to Lisbon.",
        "Die Markthalle von Talheim vor 25 Jahren",  # the stamp runs on in a heading
        "Das Hochwasser am Fluss vor 60 Jahren",
        "3 days ago by Jane Doe in Recipes",
        "他3天前来到北京开了一家小店。",
        "3日前に東京で開かれた会議で",
    ],
)
def test_a_sentence_or_a_phrase_telling_an_age_is_text(line: str) -> None:
    assert not is_dateline(line)


def test_a_language_file_adds_forms_with_a_unit() -> None:
    language = _language("xx", _minimal({"relative_forms": {"{n} hrs ago": "hour"}}))
    assert language.relative_forms == {"{n} hrs ago": "hour"}
    with pytest.raises(ValueError, match="relative_forms"):
        _language("xx", _minimal({"relative_forms": {"{n} hrs ago": "fortnight"}}))
    with pytest.raises(ValueError, match="relative_forms"):
        _language("xx", _minimal({"relative_forms": {"hrs ago": "hour"}}))


def _minimal(extra: dict[str, object]) -> dict[str, object]:
    from newsextract.label_lists import LabelList

    return {"name": "Test", **{kind.value: [] for kind in LabelList}, **extra}


@pytest.mark.parametrize("stamp", ["99999999999999999999 years ago", "1e30 weeks ago"])
def test_an_age_past_any_timedelta_is_no_date_not_an_error(stamp: str) -> None:
    """Hostile stamps: the age was built as a timedelta first, which overflowed, and the
    page's whole extraction failed."""
    found = find_relative_stamp(stamp)
    assert found is None or not within_the_web(found)
    page = f"<html><body><article><h1>Ferry</h1><span class='date'>{stamp}</span></article>"
    fetched = datetime(2024, 3, 5, 14, tzinfo=UTC)
    assert newsextract.extract(page, fetched_at=fetched).published is None
