"""Dates written in other calendars and forms, rewritten as plain Gregorian dates before they
are read: Buddhist-era and era-name years, Solar Hijri dates, days with a prefix or a suffix.

This module holds the order of the rewrites and the cheap tests that skip them; each calendar
and form is read in a module of its own (``lunar_hijri``, ``east_asian_eras``, ...)."""

from __future__ import annotations

from newsextract.dating.bangla import BANGLA_MONTH_SIGNS, bangla_date, gregorian_of_bangla
from newsextract.dating.bikram_sambat import (
    BS_NUMBERS,
    DEVANAGARI_LETTER,
    bikram_sambat_date,
    gregorian_of_bikram_sambat,
    gregorian_of_bs_numbers,
)
from newsextract.dating.east_asian_eras import (
    ERA_INITIAL_NUMBERS,
    MINGUO_BARE_YEAR,
    MINGUO_NUMBERS,
    MINGUO_NUMBERS_TIMED,
    MINGUO_TWO_DIGITS,
    gregorian_of_bare_minguo_year,
    gregorian_of_era_initial,
    gregorian_of_era_year,
    gregorian_of_minguo_numbers,
    gregorian_of_timed_minguo_numbers,
    japanese_era_year,
)
from newsextract.dating.ethiopian import with_ethiopian_as_gregorian
from newsextract.dating.hebrew import HEBREW_LETTER, gregorian_of_hebrew, hebrew_date
from newsextract.dating.lunar_hijri import (
    GREGORIAN_ERA_MARK_AFTER_YEAR,
    HIJRI_NUMBERS,
    gregorian_of_hijri,
    gregorian_of_hijri_numbers,
    hijri_date,
    second_month_name,
    without_era_mark,
    without_second_name,
)
from newsextract.dating.prefixed_dates import (
    calendar_prefix,
    prefixed_day_date,
    prefixed_numbered,
    spaced_month_forms,
)
from newsextract.dating.short_years import (
    APOSTROPHE_YEAR,
    THAI_LETTER,
    TWO_DIGITS_AFTER_APOSTROPHE,
    full_apostrophe_year,
    full_buddhist_year,
    thai_short_year,
)
from newsextract.dating.solar_hijri import (
    ARABIC_LETTER,
    SOLAR_HIJRI_NUMBERS,
    gregorian_of_solar_hijri,
    gregorian_of_solar_hijri_numbers,
    solar_hijri_date,
)
from newsextract.dating.spaced_parts import with_spaced_parts
from newsextract.dating.spoken_times import digits_of_spoken_time, spoken_time
from newsextract.dating.suffixed_dates import (
    closing_year_word,
    suffixed_date,
    suffixed_numbered,
    worded_numbered,
    worded_suffixed_date,
    year_without_word,
)


def without_prefixes(text: str) -> str:
    """``text`` with the words glued before a day, month or year ("ខែមីនា", Khmer "month
    March") blanked, one space for each character (a span's place in the text is kept), a
    date's parts set apart by slashes or hyphens or in asctime's order written plainly
    (``with_spaced_parts``), and
    a date written with words after its year's and month's numbers as the same date in
    numbers ("2025 оны 3 сарын 3" as "2025-03-03", padded to the same length)."""
    text = with_spaced_parts(text)
    worded = worded_suffixed_date()
    if worded is not None and worded[1].search(text) is not None:
        text = worded[0].sub(worded_numbered, text)
        text = closing_year_word(worded[1]).sub(year_without_word, text)
    if "13" in text or "14" in text:  # what a Solar Hijri year of the web opens with
        text = SOLAR_HIJRI_NUMBERS.sub(gregorian_of_solar_hijri_numbers, text)
    spoken = spoken_time()
    if spoken is not None and any(w in text or w.capitalize() in text for w in spoken[1]):
        text = spoken[0].sub(digits_of_spoken_time, text)
    if TWO_DIGITS_AFTER_APOSTROPHE.search(text) is not None:
        text = APOSTROPHE_YEAR.sub(full_apostrophe_year, text)
    if ":" in text and MINGUO_NUMBERS_TIMED.search(text) is not None:
        text = MINGUO_NUMBERS_TIMED.sub(gregorian_of_timed_minguo_numbers, text)
    if text.isascii():
        return text
    spaced = spaced_month_forms()
    if spaced is not None and any(word in text for word in spaced[1]):
        names = spaced[2]
        text = spaced[0].sub(lambda found: names[" ".join(found[0].lower().split())], text)
    prefixed = prefixed_day_date()
    if prefixed is not None and any(word in text for word in prefixed[1]):
        text = prefixed[0].sub(prefixed_numbered, text)
    prefix = calendar_prefix()
    if prefix is not None and any(word in text for word in prefix[1]):
        text = prefix[0].sub(lambda found: " " * len(found[0]), text)
    suffixed = suffixed_date()
    if suffixed is not None and suffixed[1] in text:
        text = suffixed[0].sub(suffixed_numbered, text)
    if ARABIC_LETTER.search(text) is not None:
        if ("(" in text or "/" in text) and second_month_name().search(text) is not None:
            text = second_month_name().sub(without_second_name, text)
        text = solar_hijri_date()[0].sub(gregorian_of_solar_hijri, text)
        if GREGORIAN_ERA_MARK_AFTER_YEAR.search(text) is not None:
            text = GREGORIAN_ERA_MARK_AFTER_YEAR.sub(without_era_mark, text)
        if "14" in text:  # what a lunar Hijri year of the web opens with
            text = hijri_date().sub(lambda found: gregorian_of_hijri(found, text), text)
            text = HIJRI_NUMBERS.sub(lambda found: gregorian_of_hijri_numbers(found, text), text)
    if ("״" in text or '"' in text) and HEBREW_LETTER.search(text) is not None:
        text = hebrew_date().sub(lambda found: gregorian_of_hebrew(found, text), text)
    if "20" in text and DEVANAGARI_LETTER.search(text) is not None:
        text = bikram_sambat_date().sub(gregorian_of_bikram_sambat, text)
        text = BS_NUMBERS.sub(gregorian_of_bs_numbers, text)
    if ("13" in text or "14" in text) and any(sign in text for sign in BANGLA_MONTH_SIGNS):
        text = bangla_date().sub(lambda found: gregorian_of_bangla(found, text), text)
    text = with_ethiopian_as_gregorian(text)
    if "年" in text:
        text = japanese_era_year().sub(gregorian_of_era_year, text)
        text = MINGUO_BARE_YEAR.sub(gregorian_of_bare_minguo_year, text)
    if (
        ("：" in text or ":" in text)
        and ("R" in text or "H" in text)
        and ERA_INITIAL_NUMBERS.search(text) is not None
    ):
        text = ERA_INITIAL_NUMBERS.sub(gregorian_of_era_initial, text)
    if ("：" in text or ":" in text) and MINGUO_NUMBERS.search(text) is not None:
        text = MINGUO_NUMBERS.sub(gregorian_of_minguo_numbers, text)
    if ("日期" in text or "時間" in text) and MINGUO_TWO_DIGITS.search(text) is not None:
        text = MINGUO_TWO_DIGITS.sub(gregorian_of_minguo_numbers, text)
    if THAI_LETTER.search(text) is not None:
        text = thai_short_year().sub(full_buddhist_year, text)
    return text
