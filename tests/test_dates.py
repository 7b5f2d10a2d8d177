from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import (
    find_text_date,
    find_text_dates,
    parse_machine_date,
    parse_text_date,
    read_written_date,
)
from newsextract.dating.words import month_numbers

PARIS = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-08-03T07:41:27+02:00", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("2020-08-03T05:41:27.000Z", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        ("2020-08-03 07:41:27 +0200", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("2020-08-03", datetime(2020, 8, 3)),
        ("Mon, 03 Aug 2020 07:41:27 +0200", datetime(2020, 8, 3, 7, 41, 27, tzinfo=PARIS)),
        ("1596433287", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        ("1596433287000", datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        (1596433287, datetime(2020, 8, 3, 5, 41, 27, tzinfo=UTC)),
        # an epoch whose digits also read as a day ("1701-12-13"), then compact stamps
        ("1701121314", datetime(2023, 11, 27, 21, 41, 54, tzinfo=UTC)),
        ("20240305103000", datetime(2024, 3, 5, 10, 30)),
        ("202403051030", datetime(2024, 3, 5, 10, 30)),
        ("20240305T103000Z", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("20240305", datetime(2024, 3, 5)),
        # ISO 8601's week and ordinal dates: the Tuesday of week 10, the 65th day
        ("2024-W10-2", datetime(2024, 3, 5)),
        ("2024W102T10:30Z", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("2024-065", datetime(2024, 3, 5)),
        ("2024-065T10:30:00+00", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ],
)
def test_machine_dates(value: str | int, expected: datetime) -> None:
    assert parse_machine_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2999-01-01",
        "1066-10-14",
        "2020-13-45",
        "yesterday",
        "",
        None,
        "0000-00-00",
        # no 366th day in 2023, no week 53 in 2024, a hyphened number running on (an id)
        "2023-366",
        "2024-W53-1",
        "2024-123x",
    ],
)
def test_machine_dates_out_of_bounds_or_invalid(value: str | None) -> None:
    assert parse_machine_date(value) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Veröffentlicht am 12. März 2021, 14:30 Uhr", "de", datetime(2021, 3, 12, 14, 30)),
        ("publié le 3 août 2020 à 07h41", "fr", datetime(2020, 8, 3, 7, 41)),
        ("Updated March 3, 2020 at 5:04 pm", "en", datetime(2020, 3, 3, 17, 4)),
        ("Publicado el 5 de mayo de 2019", "es", datetime(2019, 5, 5)),
        ("2020年8月3日 10:00", "ja", datetime(2020, 8, 3, 10, 0)),
        # "del" before the year, as "de" (Mexican, Peruvian, Argentine and Catalan pages).
        ("Publicado el 14 de junio del 2023, 18:05", "es", datetime(2023, 6, 14, 18, 5)),
        ("dimecres, 14 de juny del 2023, 18:05 h", "ca", datetime(2023, 6, 14, 18, 5)),
        ("14 de junio del 2023", "es", datetime(2023, 6, 14)),
        ("Junio 14 del 2023", "es", datetime(2023, 6, 14)),
        ("14 de junio de 2023 - 18:05", "es", datetime(2023, 6, 14, 18, 5)),
    ],
)
def test_text_dates_in_many_languages(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


@pytest.mark.parametrize(
    "value",
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01T00:30:00+14:00"],
)
def test_dates_with_no_utc_equivalent_are_rejected(value: str) -> None:
    """Year 1 east of UTC and year 9999 west of it overflow a datetime once converted."""
    assert parse_machine_date(value) is None


EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
CET = timezone(timedelta(hours=1))
JST = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5 de marzo de 2021 - 10:30", "es", datetime(2021, 3, 5, 10, 30)),
        ("2021年3月5日 10時30分", "ja", datetime(2021, 3, 5, 10, 30)),
        ("12 апреля 2021, 18:40", "ru", datetime(2021, 4, 12, 18, 40)),
        ("12 апреля 2021 в 18:40", "ru", datetime(2021, 4, 12, 18, 40)),
        ("18:40, 12 апреля 2021", "ru", datetime(2021, 4, 12, 18, 40)),
        ("2021년 3월 5일 오후 3:20", "ko", datetime(2021, 3, 5, 15, 20)),
        ("2021年3月5日 下午3:20", "zh", datetime(2021, 3, 5, 15, 20)),
        ("5 marca 2021 godz. 10:30", "pl", datetime(2021, 3, 5, 10, 30)),
        ("Von Markus am 07.06.2014, 10:24 | 0 Meinungen", None, datetime(2014, 6, 7, 10, 24)),
        # A comma after the month's name of a day-first date (Indian, British, Latvian,
        # Bangladeshi pages).
        ("3 March, 2025 14:20", "en", datetime(2025, 3, 3, 14, 20)),
        ("Updated: 3rd March, 2025 02:20 PM", "en", datetime(2025, 3, 3, 14, 20)),
        ("3. marts, 2025 14:20", "lv", datetime(2025, 3, 3, 14, 20)),
        ("৩ মার্চ, ২০২৫ ১৪:২০", "bn", datetime(2025, 3, 3, 14, 20)),
        ("3 March, 2025", None, datetime(2025, 3, 3)),
        # A day joined to its month's name by a hyphen (Uzbek).
        ("3-mart 2025, 14:20", "uz", datetime(2025, 3, 3, 14, 20)),
        ("12-may 2024 09:05", "uz", datetime(2024, 5, 12, 9, 5)),
        ("3-mart 2025-yil, 14:20", "uz", datetime(2025, 3, 3, 14, 20)),
        ("5. März 2024, 10:30", "de", datetime(2024, 3, 5, 10, 30)),
        # A two-digit year after hyphens, before a time (Dutch pages), as after dots.
        ("03-03-25, 14:20", "nl", datetime(2025, 3, 3, 14, 20)),
        ("05.03.24 | 10:30", "nl", datetime(2024, 3, 5, 10, 30)),
        # Other scripts and calendars: other digits, month names with vowel signs, dotted
        # abbreviations, the Buddhist era, year-first worded dates.
        # Arabic-Indic digits, as Egyptian and Gulf sites print them.
        ("٥ مارس ٢٠٢٤ ١٠:٣٠", "ar", datetime(2024, 3, 5, 10, 30)),
        # Full-width digits in a Japanese date.
        ("２０２４年３月５日 10:30", "ja", datetime(2024, 3, 5, 10, 30)),
        # A Hindi month name: its vowel signs are no word characters to Python's regex.
        ("05 मार्च 2024, 10:30 AM", "hi", datetime(2024, 3, 5, 10, 30)),
        # A Thai month abbreviation with a dot inside, in the Buddhist era (2567 = 2024);
        # dateparser alone reads "มี.ค." as January.
        ("5 มี.ค. 2567 10:30 น.", "th", datetime(2024, 3, 5, 10, 30)),
        ("5 มีนาคม 2567", "th", datetime(2024, 3, 5)),
        # Hungarian writes the year first.
        ("2024. március 5. 10:30", "hu", datetime(2024, 3, 5, 10, 30)),
        # Persian digits, the Arabic comma and a connector of the language file.
        ("۵ مارس ۲۰۲۴، ساعت ۱۰:۳۰", "fa", datetime(2024, 3, 5, 10, 30)),
        # A year with its ordinal dot, then a connector and the time (Serbian).
        ("05.03.2024. у 10:30", "sr", datetime(2024, 3, 5, 10, 30)),
        # A two-digit year with a time after it (Israeli pages).
        ("05.03.24 | 10:30", "he", datetime(2024, 3, 5, 10, 30)),
        # A space after the clock's colon, as Bangladeshi newsrooms print a time.
        ("৫ এপ্রিল ২০২৪, ১০: ৩০", "bn", datetime(2024, 4, 5, 10, 30)),
        # The weekday's name between the date and its time (Turkish pages).
        ("12 Nisan 2024 Cuma 15:05", "tr", datetime(2024, 4, 12, 15, 5)),
        # Khmer digits, and the words glued before the day, the month and the year
        # ("ទី", "ខែ", "ឆ្នាំ"; the language file's calendar prefixes).
        ("ថ្ងៃអង្គារ ទី០៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០", "km", datetime(2024, 3, 5, 10, 30)),
        ("ទី៥ ខែមីនា ឆ្នាំ២០២៤", "km", datetime(2024, 3, 5)),
        # Forms the dev sets lack: parts of the day, a year's abbreviation before the time,
        # the time first, a weekday between, a GMT offset, a Spanish month first.
        # Bengali day periods before the time (CLDR's: dateparser's data has none).
        ("০৫ মার্চ ২০২৪, সকাল ১০:৩০", "bn", datetime(2024, 3, 5, 10, 30)),
        ("০৫ মার্চ ২০২৪, দুপুর ০১:২০", "bn", datetime(2024, 3, 5, 13, 20)),
        ("০৫ মার্চ ২০২৪, বিকাল ০৪:১৫", "bn", datetime(2024, 3, 5, 16, 15)),
        ("০৫ মার্চ ২০২৪, বিকেল ৩:০০", "bn", datetime(2024, 3, 5, 15, 0)),
        ("০৫ মার্চ ২০২৪, রাত ০৯:৪৫", "bn", datetime(2024, 3, 5, 21, 45)),
        ("০৫ মার্চ ২০২৪, রাত ২:১০", "bn", datetime(2024, 3, 5, 2, 10)),
        # Malay day periods after the time.
        ("5 Mac 2024, 3:30 petang", "ms", datetime(2024, 3, 5, 15, 30)),
        ("5 Mac 2024 | 9:05 pagi", "ms", datetime(2024, 3, 5, 9, 5)),
        ("5 Mac 2024 @ 9:45 malam", "ms", datetime(2024, 3, 5, 21, 45)),
        # Hindi: a period word and a connector with vowel signs ("को").
        ("05 मार्च 2024 को शाम 6:10", "hi", datetime(2024, 3, 5, 18, 10)),
        ("05 मार्च 2024 को 13:15", "hi", datetime(2024, 3, 5, 13, 15)),
        # dateparser's words for before and after noon of the page's language, after the time.
        ("Thứ Ba, 5/3/2024, 03:30 CH", "vi", datetime(2024, 3, 5, 15, 30)),
        ("5 Mac 2024, 3:30 ptg", "ms", datetime(2024, 3, 5, 15, 30)),
        ("5. března 2024 3:30 odp.", "cs", datetime(2024, 3, 5, 15, 30)),
        ("5 марта 2024, 3:30 пп", "ru", datetime(2024, 3, 5, 15, 30)),
        # Spanish parts of the day after the time (CLDR's, in es.toml), which Asturian's words
        # for after noon also are.
        ("5 de marzo de 2024, 3:30 de la tarde", "es", datetime(2024, 3, 5, 15, 30)),
        ("5 de marzo de 2024, 10:30 de la noche", "es", datetime(2024, 3, 5, 22, 30)),
        # Another language's word for before noon after the time is left out (Hungarian "de").
        ("5 mars 2024, 3:30 de", "fr", datetime(2024, 3, 5, 3, 30)),
        # A 24-hour clock keeps its hour whatever the period word says.
        ("5 Mac 2024, 15:30 petang", "ms", datetime(2024, 3, 5, 15, 30)),
        # A year's abbreviation ("year") between the date and its time.
        ("12 квітня 2024 р., 18:40", "uk", datetime(2024, 4, 12, 18, 40)),
        ("12 апреля 2024 г., 18:40", "ru", datetime(2024, 4, 12, 18, 40)),
        ("12 апреля 2024 года в 18:40", "ru", datetime(2024, 4, 12, 18, 40)),
        ("12 kwietnia 2024 r., godz. 18:40", "pl", datetime(2024, 4, 12, 18, 40)),
        # Vietnamese: the time first, a weekday before the day, a GMT offset after.
        ("10:30 05/03/2024", "vi", datetime(2024, 3, 5, 10, 30)),
        (
            "Thứ ba, 5/3/2024, 10:30 (GMT+7)",
            "vi",
            datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=7))),
        ),
        (
            "Thứ Ba, 05/03/2024 - 10:30 GMT+7",
            "vi",
            datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=7))),
        ),
        ("05/03/2024 | 10:30", "vi", datetime(2024, 3, 5, 10, 30)),
        # The time first with a weekday between it and the day, or with its part of the day.
        ("10:30, Thứ ba, 05/03/2024", "vi", datetime(2024, 3, 5, 10, 30)),
        ("10:30 sáng 05/03/2024", "vi", datetime(2024, 3, 5, 10, 30)),
        ("Thứ Ba, 5/3/2024, 3:30 chiều", "vi", datetime(2024, 3, 5, 15, 30)),
        ("Thứ Ba, 5/3/2024, 9:15 tối", "vi", datetime(2024, 3, 5, 21, 15)),
        # Spanish month first, as Colombian and other Latin American sites write it.
        ("Marzo 05 de 2024", "es", datetime(2024, 3, 5)),
        ("marzo 5 de 2024 - 10:30 a.m.", "es", datetime(2024, 3, 5, 10, 30)),
        # Maltese "ta'" ("of") between the day and its month, with either apostrophe.
        ("3 ta' Marzu 2025, 14:20", "mt", datetime(2025, 3, 3, 14, 20)),
        ("3 ta’ Marzu 2025 fil-14:20", "mt", datetime(2025, 3, 3, 14, 20)),
        # Mongolian: the year's and the month's numbers each followed by a word (the
        # language file's calendar suffixes), the day's genitive ending after the day.
        ("2025 оны 3 сарын 3, 14:20", "mn", datetime(2025, 3, 3, 14, 20)),
        ("2025 оны 3-р сарын 3-ны 14:20", "mn", datetime(2025, 3, 3, 14, 20)),
        ("2025 оны 12 сарын 31", "mn", datetime(2025, 12, 31)),
    ],
)
def test_text_dates_keep_their_time_in_any_language(
    text: str, language: str | None, expected: datetime
) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("March 3, 2024 at 5:12 p.m. EST", "en", datetime(2024, 3, 3, 17, 12, tzinfo=EST)),
        ("3. März 2024, 17:12 Uhr MESZ", "de", datetime(2024, 3, 3, 17, 12, tzinfo=PARIS)),
        ("3 mars 2024 à 17h12 (CET)", "fr", datetime(2024, 3, 3, 17, 12, tzinfo=CET)),
        ("2024年3月3日 17:12 JST", "ja", datetime(2024, 3, 3, 17, 12, tzinfo=JST)),
        ("Mar 3, 2024 10:30 GMT+2", "en", datetime(2024, 3, 3, 10, 30, tzinfo=PARIS)),
        # A generic US zone follows daylight saving time: EDT in July, EST in March.
        ("July 3, 2024 5:12 PM ET", "en", datetime(2024, 7, 3, 17, 12, tzinfo=EDT)),
        ("March 3, 2024 5:12 PM ET", "en", datetime(2024, 3, 3, 17, 12, tzinfo=EST)),
        # The time before the day, the zone between them (US pages: "Published 9:42 a.m. ET
        # March 3, 2025").
        ("Published 9:42 a.m. ET March 3, 2025", "en", datetime(2025, 3, 3, 9, 42, tzinfo=EST)),
        ("Updated 4:05 p.m. EDT July 3, 2024", "en", datetime(2024, 7, 3, 16, 5, tzinfo=EDT)),
    ],
)
def test_text_dates_keep_their_zone(text: str, language: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    parsed = parse_text_date(span, language)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "Oct 3, 2020, 12:45 IST",  # India, Israel or Ireland: the tz database has all three
        "Mar 3, 2024 10:30 AP",  # an agency's name, not a zone
        "10:30 AP Mar 3, 2024",  # the same before the day
    ],
)
def test_an_unknown_or_ambiguous_zone_leaves_the_wall_clock(text: str) -> None:
    span = find_text_date(text)
    assert span is not None
    parsed = parse_text_date(span, "en")
    assert parsed is not None and parsed.tzinfo is None
    assert (parsed.hour, parsed.minute) in ((12, 45), (10, 30))


def test_a_date_is_not_read_as_a_time() -> None:
    """ "04.04" of a second "04.04.2020" is no time of day."""
    assert find_text_date("2 min 04.04.2020 04.04.2020 Video") == "04.04.2020"


def test_each_date_of_a_text_comes_with_its_label() -> None:
    text = "Published March 3, 2024 at 5:12 p.m. EST · Updated March 4, 2024"
    found = list(find_text_dates(text))
    assert [d.label.strip(" ·") for d in found] == ["Published", "Updated"]
    assert [d.span for d in found] == ["March 3, 2024 at 5:12 p.m. EST", "March 4, 2024"]
    assert [d.has_time for d in found] == [True, False]


@pytest.mark.parametrize(
    ("span", "language", "expected"),
    [
        ("12. März 2021", "de", datetime(2021, 3, 12)),
        ("March 3, 2020", None, datetime(2020, 3, 3)),
        ("5 de marzo de 2021 - 10:30", "es", datetime(2021, 3, 5, 10, 30)),
        ("18:40, 12 апреля 2021", "ru", datetime(2021, 4, 12, 18, 40)),
        ("June 14, 2021 03:27:18 PM", "en", datetime(2021, 6, 14, 15, 27, 18)),
        ("Apr 8, 2020 12:25 am", "en", datetime(2020, 4, 8, 0, 25)),
        ("17.03.2021, 09:42 Uhr", "de", datetime(2021, 3, 17, 9, 42)),
        ("07.11.2023", None, datetime(2023, 11, 7)),  # dots: day first when the language is unknown
        ("07.11.2023", "en", datetime(2023, 7, 11)),  # the language's own order, as dateparser
        ("07/11/2023", "fr", datetime(2023, 11, 7)),
        ("2020/07/13 01:10", "ja", datetime(2020, 7, 13, 1, 10)),
        ("2020年07月03日", "ja", datetime(2020, 7, 3)),
        ("Juli 30, 2013 um 2:33 pm", "de", datetime(2013, 7, 30, 14, 33)),  # filler words
        ("5 de marzo de 2021 a las 10:30", "es", datetime(2021, 3, 5, 10, 30)),
        ("26. Mai 2008 um 21:07", None, datetime(2008, 5, 26, 21, 7)),
        ("3 mars 2021 à 10h30", "fr", datetime(2021, 3, 3, 10, 30)),
        ("September 1, 2017 at 0h00", "fr", datetime(2017, 9, 1)),  # English on a French page
        ("2021年3月5日 10時30分", "ja", datetime(2021, 3, 5, 10, 30)),  # the hour's, minute's signs
        ("2021年3月5日10时30分", "zh", datetime(2021, 3, 5, 10, 30)),  # with no space too
    ],
)
def test_plain_written_dates_are_read_without_dateparser(
    span: str, language: str | None, expected: datetime
) -> None:
    assert read_written_date(span, language) == expected


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("07/11/2023", None),  # slashes without a language: dateparser guesses the order
        ("07.11.2023", "xx"),  # a language dateparser does not know
        ("March 3, 2024 at 5:12 p.m. EST", "en"),
        ("5 Blorp 2021", "en"),  # no month
        ("31.02.2021", "de"),  # no such day
    ],
)
def test_other_written_dates_are_left_to_dateparser(span: str, language: str | None) -> None:
    assert read_written_date(span, language) is None


def test_month_names_of_the_page_language_first() -> None:
    assert month_numbers("cs")["listopad"] == 11
    assert month_numbers("hr")["listopad"] == 10
    assert month_numbers()["mar"] == 3  # English first among the languages that share it


@pytest.mark.parametrize("language", ["ar", "ja", "de"])
def test_a_date_in_english_is_read_on_a_page_of_another_language(language: str) -> None:
    # dateparser tries the page's language, then English alone (not its 200 locales)
    expected = datetime(2024, 3, 3, 17, 12)
    assert parse_text_date("the 3rd of March 2024 at 5:12 pm", language) == expected


@pytest.mark.parametrize(
    ("span", "language", "expected"),
    [
        ("5 de marzo de 2021 a las 10:30", "es", datetime(2021, 3, 5, 10, 30)),
        ("5.3.2021 kello 10.30", "fi", datetime(2021, 3, 5, 10, 30)),
        ("5 Mart 2021 saat 10:30", "tr", datetime(2021, 3, 5, 10, 30)),
        ("05/03/2021 lúc 10:30", "vi", datetime(2021, 3, 5, 10, 30)),
        ("5 Μαρτίου 2021 στις 10:30", "el", datetime(2021, 3, 5, 10, 30)),
        ("5 Maret 2021 pukul 10:30", "id", datetime(2021, 3, 5, 10, 30)),
    ],
)
def test_the_language_files_words_before_a_time_are_read_without_dateparser(
    span: str, language: str, expected: datetime
) -> None:
    """dateparser's filler lists miss "a las", "kello", "saat", "lúc", "στις", "pukul": the
    language files' ``date_words`` join a day and its time as well."""
    assert read_written_date(span, language) == expected


def test_a_word_for_the_afternoon_is_never_filler() -> None:
    """Korean date words include 오후 (afternoon): 3:20 after it is 15:20 (the word is one of
    dateparser's for after noon, read as the day's second half)."""
    assert read_written_date("2021년 3월 5일 오후 3:20", "ko") == datetime(2021, 3, 5, 15, 20)
    assert read_written_date("5 March 2021 오후 3:00", "ko") == datetime(2021, 3, 5, 15, 0)


def test_the_dot_after_a_year_keeps_the_time_after_it() -> None:
    """Croatian, Serbian and Hungarian write a dot after the year: "5. ožujka 2021. u 10:30"."""
    (found,) = find_text_dates("Objavljeno: 5. ožujka 2021. u 10:30")
    assert found.has_time
    assert parse_text_date(found.span, "hr") == datetime(2021, 3, 5, 10, 30)


def test_the_arabic_comma_joins_a_day_and_its_time() -> None:
    (found,) = find_text_dates("5 مارس 2024، 10:30")
    assert found.has_time
    assert parse_text_date(found.span, "ar") == datetime(2024, 3, 5, 10, 30)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Paskelbta 2021 m. kovo 5 d. 10:30", "lt", datetime(2021, 3, 5, 10, 30)),
        ("2021 m. kovo 5 d.", "lt", datetime(2021, 3, 5)),
        ("2024. március 5. 10:30", "hu", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_a_year_first_date_with_abbreviated_words(
    text: str, language: str, expected: datetime
) -> None:
    """Lithuanian writes "m." (year) and "d." (day) around the month: dateparser reads neither."""
    (found,) = find_text_dates(text)
    assert parse_text_date(found.span, language) == expected


def test_a_year_and_a_word_before_a_number_is_no_date() -> None:
    assert list(find_text_dates("In 2021 we saw 5 people")) == []


_DEL_PAGE = """<!doctype html><html lang="es-MX"><head><title>Abre el nuevo mercado</title></head>
<body><article><h1>Abre el nuevo mercado</h1>
<p class="fecha">14 de junio del 2023, 18:05</p>
<p>El nuevo mercado municipal abrió sus puertas este miércoles con más de cien locales de
frutas, verduras y comida preparada, informó el ayuntamiento.</p>
<p>Los comerciantes del antiguo mercado, cerrado por obras desde hace dos años, tienen
prioridad para ocupar los locales durante el primer mes.</p></article></body></html>"""


def test_a_page_date_with_del() -> None:
    article = newsextract.extract(_DEL_PAGE, url="https://noticias.example/mercado")
    assert article.published == datetime(2023, 6, 14, 18, 5)


def test_a_two_digit_year_with_hyphens_and_no_time_is_no_date() -> None:
    assert find_text_date("versie 1-2-34") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Közzétéve: 2024. március 5. 10:30", "hu", datetime(2024, 3, 5, 10, 30)),
        ("Publicado: 5 Mac 2024, 3:30 petang", "ms", datetime(2024, 3, 5, 15, 30)),
        ("Publicado: ٥ مارس ٢٠٢٤ ١٠:٣٠", "ar", datetime(2024, 3, 5, 10, 30)),
    ],
)
def test_a_label_before_a_written_date_is_passed_over(
    text: str, language: str, expected: datetime
) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected
