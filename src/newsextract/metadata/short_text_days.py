"""The calendar day a short text writes: a date line's start, an attribute, a ``<meta>``
content, a URL's path. Every step of the page search (``page_dates``) reads its candidates
with these readers, by form alone (ISO, eight digits, numbers day first or year first, a month
in words in any language dateparser knows, CJK) and without dateparser: a text is read by its
first ``MAX_SEGMENT`` characters, and one that reads as something else (a price, a phone
number, a time or a year alone) gives no day. The limits every step shares are here too
(``MAX_CANDIDATES``)."""

from __future__ import annotations

import re
from datetime import datetime

from newsextract.dates import (
    ascii_digits,
    find_text_date,
    full_year,
    parse_machine_date,
    read_written_date,
)
from newsextract.dating.bounds import in_bounds
from newsextract.dating.ethiopian import with_ethiopian_as_gregorian
from newsextract.dating.spaced_parts import with_spaced_parts
from newsextract.dating.words import date_order, settled_month_numbers, weekday_settled
from newsextract.lazy_regex import LazyPattern

# The web's years as the patterns accept them (htmldate's bounds): 1990-2039.
YEAR_PATTERN = r"(?:199\d|20[0-3]\d)"
MONTH_PATTERN = r"[0-1]?\d"
DAY_PATTERN = r"[0-3]?\d"
MIN_SEGMENT = 6  # a text shorter than this holds no full date
MAX_SEGMENT = 52  # only a text's start is read: a date label is short
# A short text with more figures is a number (a phone, an account), not a date: a date with
# its time of day and seconds has 14.
MAX_DIGITS = 18
# Characters of an element's text read for its date: only ``MAX_SEGMENT`` of it count once
# its white space is collapsed, which a text of 60 MB took seconds to do whole.
_MAX_ELEMENT_CHARS = 100_000
# Characters of a URL searched for a date: a real one is under a few KB, and an image's
# "data:" URL of 60 MB took a second.
_MAX_URL_CHARS = 1_000_000
# Above this many candidate elements (or days) a step of the page search is skipped: the page
# is a listing or an archive of dates, not one article's.
MAX_CANDIDATES = 1000


_URL_DAY = LazyPattern(rf"\D({YEAR_PATTERN})[/_-]({MONTH_PATTERN})[/_-]({DAY_PATTERN})(?:\D|$)")


# A short text that is no date: a time alone, a lone year, prices, codes, phone numbers,
# postcodes, addresses on the web, bank accounts (three capitals: a currency or an acronym).
_NOT_A_DATE = LazyPattern(
    r"^\d{2}:\d{2}(?: |:|$)|^\D*\d{4}\D*$|[$€¥Ұ£¢₽₱฿#₹]|[A-Z]{3}[^A-Z]|"
    r"(?:^|\D)(?:\+\d{2}|\d{3}|\d{5})\D|ftps?|https?|sftp|"
    r"\.(?:com|net|org|info|gov|edu|de|fr|io)\b|IBAN|[A-Z]{2}[0-9]{2}|®"
)
# A zone written as an offset from UTC or GMT after a time ("14:20 GMT+7", Vietnamese pages;
# "(UTC+08:00)"): the offset's own digits keep the abbreviation inside the text, where it
# reads as a code (``_NOT_A_DATE``); it is left out, as a zone at the text's end is.
_ZONE_OFFSET = LazyPattern(r"\(?\b(?:GMT|UTC)\s?[+\-−]\d{1,2}(?::?\d{2})?\)?")
_TRAILING_NON_DIGITS = LazyPattern(r"\D+$")
_TRAILING_DIGITS = LazyPattern(r"\d+$")
_DIGIT_CAP = LazyPattern(rf"(?:\D*\d){{{MAX_DIGITS}}}")  # a text up to its MAX_DIGITS-th digit
_LEADING_DIGITS = LazyPattern(r"\d{4,}")


_EIGHT_DIGITS = LazyPattern(r"\b(\d{8})\b")
_NUMERIC_DAY = LazyPattern(
    rf"(?:\D|^)(?:(?P<year>{YEAR_PATTERN})[\-/.](?P<month>{MONTH_PATTERN})[\-/.](?P<day>{DAY_PATTERN})|"
    # two digits followed by a colon or a dot and digits are a time's hour, not a year: "5.3.
    # 14:20" is 5 March at 14:20 of a year not written (Finnish, German, Czech pages)
    rf"(?P<day2>{DAY_PATTERN})(?:[\-/]|\.\s?)(?P<month2>{MONTH_PATTERN})(?:[\-/]|\.\s?)"
    rf"(?P<year2>\d{{4}}|\d{{2}}(?![:.]\d)))(?:\D|$)"
)
_SHORT_YEAR_DIGITS = 2  # "23" of "23.01.02"
_NUMERIC_MONTH = LazyPattern(
    rf"(?:\D|^)(?:(?P<year>{YEAR_PATTERN})[\-/.](?P<month>{MONTH_PATTERN})|"
    rf"(?P<month2>{MONTH_PATTERN})[\-/.](?P<year2>{YEAR_PATTERN}))(?:\D|$)"
)
# A day with its month in words, in either order ("March 5th, 2021", "5. März 2021",
# "5 de marzo de 2021", "Marzo 05 de 2021"); the word is a month if dateparser's data names one.
# A word: a letter, then letters or characters of the Indic and Southeast Asian blocks, whose
# vowel signs and viramas are marks, not letters ("നവംബർ", "नवंबर", "နိုဝင်ဘာ").
_MARKED_SCRIPTS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
# (Matched with case in the case-blind pattern: the blocks have no case, and a case-blind set
# of them costs the regex compiler a lower-casing of each character, see ``in_text._MARKED_CHAR``.)
_WORD = rf"(?<![^\W\d_])[^\W\d_](?:[^\W\d_]|(?-i:[{_MARKED_SCRIPTS}])){{2,}}"
_WORDED_DAY = LazyPattern(
    rf"(?P<month>{_WORD})\.?\s(?P<day>{DAY_PATTERN})(?:st|nd|rd|th)?,?\s(?:de\s)?(?P<year>{YEAR_PATTERN})|"
    rf"(?P<day2>{DAY_PATTERN})(?:st|nd|rd|th|er|\.)?\s(?:of\s|de\s)?(?P<month2>{_WORD})[,.]?\s"
    rf"(?:de\s)?(?P<year2>{YEAR_PATTERN})",
    re.I,
)
_CJK_DAY = LazyPattern(rf"({YEAR_PATTERN})\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]")


def plausible_day(year: int, month: int, day: int, *, day_first: bool = False) -> datetime | None:
    """The day, if it exists and is plausible; a two-digit year is 1990-2089, and numbers
    written day first whose "month" is over 12 were written month first."""
    if year < 100:
        year += 1900 if year >= 90 else 2000
    if day_first and month > 12 and day <= 12:
        day, month = month, day
    try:
        value = datetime(year, month, day)
    except ValueError:
        return None
    return value if in_bounds(value) else None


def read_day(text: str, language: str | None = None) -> datetime | None:
    """The calendar day a short text writes, by its form: ISO, eight digits, numbers day
    first (or year first), a month in words in any language dateparser knows, or CJK;
    ``language``, the page's, reads a year-first language's two-digit year opening it."""
    leading = _LEADING_DIGITS.match(text)
    if leading is not None:
        if len(leading[0]) >= 8:
            found = plausible_day(int(text[:4]), int(text[4:6]), int(text[6:8]))
        else:
            machine = parse_machine_date(text, language)
            found = bare_day(machine) if machine is not None else None
        if found is not None:
            return found
    # a whole day before a month alone: "Nr. 12/2024 vom 4. März 2024" (a release's number,
    # then its day) is 4 March, and a month alone is the day's last resort (its first)
    for reader in (_eight_digits, _numeric_day, _worded_day, _cjk_day, _numeric_month):
        found = _numeric_day(text, language) if reader is _numeric_day else reader(text)
        if found is not None:
            return found
    return None


def bare_day(value: datetime) -> datetime:
    return datetime(value.year, value.month, value.day)


def _eight_digits(text: str) -> datetime | None:
    match = _EIGHT_DIGITS.search(text)
    digits = match.group(1) if match else ""
    return plausible_day(int(digits[:4]), int(digits[4:6]), int(digits[6:])) if digits else None


def _numeric_day(text: str, language: str | None = None) -> datetime | None:
    match = _NUMERIC_DAY.search(text)
    if match is None:
        return None
    if match.group("year"):
        return plausible_day(int(match["year"]), int(match["month"]), int(match["day"]))
    if (
        len(match["day2"]) == len(match["month2"]) == len(match["year2"]) == _SHORT_YEAR_DIGITS
        and date_order(language) == "YMD"
    ):
        # a year-first language's two-digit year opens the numbers ("23.01.02", Korean boards)
        return plausible_day(full_year(match["day2"]), int(match["month2"]), int(match["year2"]))
    day = plausible_day(
        int(match["year2"]), int(match["month2"]), int(match["day2"]), day_first=True
    )
    return weekday_settled(day, text[: match.start("day2")]) if day is not None else None


def _numeric_month(text: str) -> datetime | None:
    match = _NUMERIC_MONTH.search(text)
    if match is None:
        return None
    return plausible_day(
        int(match["year"] or match["year2"]), int(match["month"] or match["month2"]), 1
    )


def _worded_day(text: str) -> datetime | None:
    months = settled_month_numbers()
    for match in _WORDED_DAY.finditer(text):
        word = (match["month"] or match["month2"]).lower()
        month = months.get(word)
        if month is not None:
            found = plausible_day(
                int(match["year"] or match["year2"]), month, int(match["day"] or match["day2"])
            )
            if found is not None:
                return found
    return None


def _cjk_day(text: str) -> datetime | None:
    match = _CJK_DAY.search(text)
    return plausible_day(int(match[1]), int(match[2]), int(match[3])) if match else None


def short_text_day(text: str | None, language: str | None = None) -> datetime | None:
    """The day a short text (a label, an attribute) writes, unless it reads as something
    else (a price, a phone number, a time or a year alone); ``language`` as ``read_day``'s."""
    if not text:
        return None
    text = ascii_digits(collapsed_start(text))  # "၂၀၂၆ နိုဝင်ဘာ ၂၇"
    # another calendar's year that passes for a Gregorian one, as the written dates read it
    # (probe am_ethiopian_beside_gregorian)
    text = with_ethiopian_as_gregorian(text)
    if "GMT" in text or "UTC" in text:
        text = _ZONE_OFFSET.sub("", text)
    # the digits counted by ``map`` in C: a generator stepped a character at a time in
    # Python (some 40 texts a page, 600 characters)
    if not 4 <= sum(map(str.isdigit, text)) <= MAX_DIGITS or _NOT_A_DATE.search(text):
        return None
    # "Mon Mar  4 09:34:12 CET 2024", "05-Mar-2024"
    found = read_day(with_spaced_parts(text), language)
    return found if found is not None or text.isascii() else written_day(text)


def written_day(text: str) -> datetime | None:
    """The day of the first date the written dates find in ``text``, read in its plain forms
    (no dateparser): a date of a script or calendar the page search's own forms miss, a
    Buddhist-era year ("5 มีนาคม 2567"), a Solar Hijri day ("۱۵ اسفند ۱۴۰۲"), a year
    before a month's name ("2024 මාර්තු 5", "၂၀၂၄ မတ်လ ၅"), a Khmer month: every script
    read alike, as the docs page's footer showed (th, fa, km, si and my gave no day where
    other languages did). Asked only of a text outside ASCII that ``read_day`` left."""
    span = find_text_date(text)
    if span is None:
        return None
    at = text.find(span)  # -1 when the span is written otherwise (ASCII digits, a Gregorian day)
    if at > 0 and text[at - 1].isdigit():
        return None  # a number's tail ("125 March 2024"), no day
    found = read_written_date(span)
    return bare_day(found) if found is not None else None


# Characters of a text collapsed first for its ``MAX_SEGMENT`` start: collapsing a 60 MB
# attribute or ``<time datetime>`` whole took a second; a start this long that collapses to
# ``MAX_SEGMENT`` or more begins as the whole text collapsed does.
_COLLAPSED_READ = 4_096


def collapsed_start(text: str) -> str:
    """The first ``MAX_SEGMENT`` characters of ``text`` with its white space collapsed, as
    collapsing the whole text gives them."""
    if len(text) > _COLLAPSED_READ:
        start = " ".join(text[:_COLLAPSED_READ].split())
        if len(start) >= MAX_SEGMENT:
            return start[:MAX_SEGMENT]
    return " ".join(text.split())[:MAX_SEGMENT]


# Characters of an element's text collapsed first: only the collapsed text's first
# ``MAX_SEGMENT`` + 1 are read, and a start that collapses to that many begins as the whole
# text collapsed does (a page's footer, a date step's candidate, is read whole: thousands).
ELEMENT_START = 512


def element_day(text: str, language: str | None = None) -> datetime | None:
    """An element's text: its start, cut after the last digit, and after the ``MAX_DIGITS``th
    digit (a line with two dates, "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30",
    is read by its first)."""
    whole = text
    text = " ".join(whole[:ELEMENT_START].split())
    if len(text) <= MAX_SEGMENT and len(whole) > ELEMENT_START:
        text = " ".join(whole[:_MAX_ELEMENT_CHARS].split())
    if len(text) <= MIN_SEGMENT:
        return None
    # an Ethiopian date's era mark after its last digit, which the cut below drops ("ቀን፡
    # 25/06/2016 ዓ.ም"), tells its calendar: read as its Gregorian day first
    start = with_ethiopian_as_gregorian(text[:MAX_SEGMENT])
    if len(text) > MAX_SEGMENT and text[MAX_SEGMENT].isdigit():
        # a number cut by the segment's end is no number ("12.03.20|25": no year 2020)
        start = _TRAILING_DIGITS.sub("", start)
    cut = _DIGIT_CAP.match(start)
    found = short_text_day(_TRAILING_NON_DIGITS.sub("", cut[0] if cut else start), language)
    # the cut may leave a date's closing mark, which its script needs ("2024年3月5日")
    return found if found is not None or start.isascii() else written_day(start)


def url_day(url: str | None) -> datetime | None:
    match = _URL_DAY.search(url[:_MAX_URL_CHARS]) if url else None
    return plausible_day(int(match[1]), int(match[2]), int(match[3])) if match else None
