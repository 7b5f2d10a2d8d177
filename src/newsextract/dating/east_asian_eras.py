"""Years of Japan's imperial eras and of Taiwan's Minguo calendar as Gregorian years."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.lazy_regex import LazyPattern

# Japanese pages (a city's, a ministry's, a paper's) date in the imperial era as often as in
# the Gregorian calendar: "令和7年3月3日" is 3 March 2025. Each era's year 0 in the Gregorian
# calendar (Reiwa from 2019, Heisei 1989-2019; "元年" is an era's first year).
# Taiwan's pages (its government's above all) count years of the Republic of China (the Minguo
# calendar): "中華民國114年3月5日", "民國114年" is 2025, its year 0 being 1911 (the longer
# name first, so that it goes whole).
ERA_YEARS = {
    "令和": 2018,
    "平成": 1988,
    "中華民國": 1911,
    "中華民国": 1911,
    "民國": 1911,
    "民国": 1911,
}
_FIRST_ERA_YEAR = "元"


# An era's year (up to three digits: Minguo's are past 100), and the Gregorian year a page may
# write beside it in brackets ("令和7年（2025年）"), which is then kept alone.
@lru_cache(maxsize=1)
def japanese_era_year() -> re.Pattern[str]:
    return re.compile(
        rf"({'|'.join(ERA_YEARS)})\s*(\d{{1,3}}|{_FIRST_ERA_YEAR})\s*年"
        r"(?:\s*[（(]\s*(\d{4})\s*年?\s*[）)])?"
    )


def gregorian_of_era_year(found: re.Match[str]) -> str:
    """The Gregorian year of an era's ("令和7年" as "2025年"): one character longer than the
    span, a rewrite that moves what follows, as a two-word month's name read as one word does
    (no caller needs a span's place in the text: one that looks for it finds none)."""
    if found[3]:
        return f"{found[3]}年"
    year = 1 if found[2] == _FIRST_ERA_YEAR else int(found[2])
    return f"{ERA_YEARS[found[1]] + year}年"


# Japanese offices write an era's year by the era's initial in numbers after a label and its
# colon ("掲載日：R6.3.5", "更新日: H31.4.1"): the initials of the government's forms, R for
# Reiwa, H for Heisei; after a Japanese label only, as "R6.3.5" alone could be a version.
ERA_INITIAL_NUMBERS = LazyPattern(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff][：:])(\s?)([RH])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?![\d.])"
)
_ERA_OF_INITIAL = {"R": "令和", "H": "平成"}


def gregorian_of_era_initial(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("R6.3.5" as "2024.3.5"), longer than the span (see
    ``gregorian_of_era_year``)."""
    year = ERA_YEARS[_ERA_OF_INITIAL[found[2]]] + int(found[3])
    return f"{found[1]}{year}.{found[4]}.{found[5]}"


# Taiwan's government pages write a Minguo date in numbers after a Chinese label and its colon,
# the era's name left out ("發布日期：113-03-04", "更新日期: 113/03/06"): the years of the web
# written with three digits (100-128, 2011-2039; a two-digit year could be anything's).
# Compiled at its first search (about one dev page in nine reaches it): its Han set is 21,000
# characters the regex compiler walks in Python, 1.1 ms of the import.
MINGUO_NUMBERS = LazyPattern(
    r"(?<=[\u4e00-\u9fff])([：:]\s?)(1[01]\d|12[0-8])([-/.])(\d{1,2})\3(\d{1,2})(?!\d)"
)


# The same date with a time after it and no label before ("113/03/05 15:20", a news page's
# stamp): a three-digit year is no other calendar's, and a day and a time after it make it
# no version or count; the half of the day may stand before the time ("113.03.05 下午3:20",
# afternoon). Opening with its literal "1" (a lookbehind first made the search 40
# times slower: it runs on every text with a colon); what stands before it is tested after.
MINGUO_NUMBERS_TIMED = LazyPattern(
    r"(1(?:[01]\d|2[0-8]))([-/.])(\d{1,2})\2(\d{1,2})(?=\s+(?:[上下]午\s*)?\d{1,2}:\d{2}(?!\d))"
)
_BEFORE_MINGUO_NUMBERS = frozenset("0123456789/.:-")


def gregorian_of_timed_minguo_numbers(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("113/03/05" as "2024/03/05"); the span as it was
    inside a longer number or date ("2113/03/05")."""
    start = found.start()
    if start and found.string[start - 1] in _BEFORE_MINGUO_NUMBERS:
        return found[0]
    year = ERA_YEARS["民國"] + int(found[1])
    return f"{year}{found[2]}{found[3]}{found[2]}{found[4]}"


# The same pages' years before 100 (85-99: 1996-2010, from the first government sites on), in
# archives still served ("發布日期：98-03-04"): two digits could be any calendar's, so only
# after a date label of Traditional Chinese ("日期", "時間"), where no page writes a
# Gregorian year with two digits.
MINGUO_TWO_DIGITS = LazyPattern(
    r"(?<=日期|時間)([：:]\s?)(8[5-9]|9\d)([-/.])(\d{1,2})\3(\d{1,2})(?!\d)"
)


# The same years written with "年" and the era's name left out, as Taiwan's news and
# government pages print their dates ("發布時間：113年3月5日", "113年03月05日"): three digits
# (100-128) are no Gregorian year of the web, and with a month and a day after them no count
# of years either ("建校113年" is the school's age). Opening with its literal "1" (a
# lookbehind first made the search 170 times slower); what stands before it is tested after.
MINGUO_BARE_YEAR = LazyPattern(r"(1(?:[01]\d|2[0-8]))(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_BEFORE_BARE_YEAR = frozenset("0123456789.")


def gregorian_of_bare_minguo_year(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("113年3月5日" as "2024年3月5日"), a character
    longer than the span (see ``gregorian_of_era_year``); the span as it was after a digit
    ("2113年…")."""
    start = found.start()
    if start and found.string[start - 1] in _BEFORE_BARE_YEAR:
        return found[0]
    return f"{ERA_YEARS['民國'] + int(found[1])}{found[2]}"


def gregorian_of_minguo_numbers(found: re.Match[str]) -> str:
    """The date with its Gregorian year ("：113-03-04" as "：2024-03-04"), a character or
    two longer than the span (see ``gregorian_of_era_year``)."""
    year = ERA_YEARS["民國"] + int(found[2])
    return f"{found[1]}{year}{found[3]}{found[4]}{found[3]}{found[5]}"
