"""Where a date is written inside a longer text: a day, a month and a year in words or numbers,
with the time of day before or after it."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.words import meridiem_periods
from newsextract.lazy_regex import LazyPattern

# A date written in words or numbers inside a longer text: "12. März 2021", "March 3, 2020",
# "03/08/2020", "2020年8月3日", with the time of day written before or after it. Used to cut
# the part dateparser has to read; month names and the words around a time are left to
# dateparser (any word of three letters or more may be a month here).
# The scripts that write a month's name with vowel signs and other marks (Hindi "मार्च",
# Thai "มีนาคม"), which Python's ``\w`` leaves out: the Indic, Thai, Lao, Burmese and Khmer
# blocks, taken whole (their digits are read as ASCII first, see ``ascii_digits``), and the
# Arabic script's vowel marks (harakat, the tanwin of "ظهرًا", "at noon", and the dagger alif).
MARKED = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u064b-\u065f\u0670"
# A character of those blocks, matched with case (``(?-i:``) in the case-blind patterns too:
# they have no case, and a case-blind set of them made the regex compiler lower-case each of
# its 1,850 characters in Python, every time it is written (a quarter of the import's dates).
_MARKED_CHAR = f"(?-i:[{MARKED}])"
# A month's name: three letters or more ("März", "Sept."), or an abbreviation of those
# scripts with a dot inside ("มี.ค.", Thai for March). At most MAX_MONTH_CHARS: the longest
# word of a month's name in dateparser's data is 23 characters, and an unbounded run made a
# long unspaced text cost quadratic time (a 50,000-letter word: 43 s).
MAX_MONTH_CHARS = 24


def _month_word(marked_char: str, after_letters: str = "", letter_or_mark: str = "") -> str:
    """A month's name whose characters of the marked scripts are ``marked_char``; with
    ``after_letters``, also a name with a combining mark (``MARKED_MONTH_WORD``): letters,
    the mark ``after_letters`` matches, then letters or marks (``letter_or_mark``)."""
    forms = [
        rf"[^\W\d_]{{3,{MAX_MONTH_CHARS}}}",
        rf"{marked_char}{{3,{MAX_MONTH_CHARS}}}",
        rf"{marked_char}{{1,3}}\.{marked_char}{{1,3}}",
    ]
    if after_letters:
        forms.append(
            rf"[^\W\d_]{{1,{MAX_MONTH_CHARS}}}{after_letters}{letter_or_mark}{{0,{MAX_MONTH_CHARS}}}"
        )
    return "(?:" + "|".join(forms) + r")\.?"


_MONTH_WORD = _month_word(_MARKED_CHAR)
# Or a name with a combining mark no precomposed letter has (Yoruba "Ẹrẹ̀nà", March: "ẹ" with
# a grave U+0300; Python's ``\w`` leaves marks out): in a second pattern, for the texts that
# hold such a mark (``has_mark``), as trying it on every word cost a quarter more.
_COMBINING = "\u0300-\u036f"
MARKED_MONTH_WORD = _month_word(_MARKED_CHAR, f"[{_COMBINING}]", rf"(?:[^\W\d_]|[{_COMBINING}])")
# The same characters in forms the regex compiler builds in a third of the time, for the
# case-blind patterns compiled at import that read one short span each (``dates``), where
# a repeat of alternatives instead of a repeat of one set costs nothing that counts. The
# compiler writes a set of more than two runs as a bitmap of the whole plane, in Python, each
# time the set is written (0.26 ms for ``_MARKED_CHAR``): so at most two runs a set. A
# case-blind ``[\u0300-\u036f]`` also matches the iotas (U+0345 folds to "ι") and lower-cases
# its 112 characters: after letters it is the set with case and the iotas; beside a letter
# (``[^\W\d_]``, which holds the iotas) the set with case alone. ``test_import_cost`` checks
# each against the form it stands for over every code point.
MARKED_CHAR_FEW_RUNS = (
    "(?:(?-i:[\u064b-\u065f\u0670])|(?-i:[\u0900-\u0eff\u1000-\u109f])|(?-i:[\u1780-\u17ff]))"
)
COMBINING_CASE_BLIND_FEW_RUNS = "(?:(?-i:[\u0300-\u036f\u0399])|(?-i:[\u03b9\u1fbe]))"
LETTER_OR_COMBINING_FEW_RUNS = rf"(?:[^\W\d_]|(?-i:[{_COMBINING}]))"
MARKED_MONTH_WORD_FEW_RUNS = _month_word(
    MARKED_CHAR_FEW_RUNS, COMBINING_CASE_BLIND_FEW_RUNS, LETTER_OR_COMBINING_FEW_RUNS
)
_HAS_MARK = LazyPattern(f"[{_COMBINING}]")


def has_mark(text: str) -> bool:
    """Whether ``text`` holds a combining mark (see ``MARKED_MONTH_WORD``)."""
    return _HAS_MARK.search(text) is not None


# The web's years only ("Dorfstraße 23, 1727" is an address), and those of the Buddhist era
# that Thai pages write (2567 is 2024; see ``common_era``).
YEAR = r"(?:19|20|25)\d{2}(?!\d)"
# The word before the year in Spanish, Catalan and Portuguese dates: "de" ("5 de marzo de
# 2024"), or "del" (Mexican, Peruvian, Argentine and Catalan pages: "5 de març del 2024"),
# Friulian "dal" ("14 di Març dal 2025").
BEFORE_YEAR = r"(?:del?\s+|dal\s+)?"
# The word between a day and its month's name: Spanish, Catalan and Portuguese "de" ("5 de
# marzo"), Romansh "da" ("14 da mars 2025"), Friulian "di" ("14 di Març"), Maltese "ta'"
# ("3 ta' Marzu 2025", also with a typographic apostrophe), Hausa "ga", maybe with "watan"
# ("5 ga watan Maris, 2024", "the 5th of the month of March"); Scottish Gaelic's article, which
# CLDR's stand-alone months carry ("5 Am Màrt 2024", "12 An t-Samhain 2024").
BEFORE_MONTH = r"(?:d[aei]\s+|ta['’]\s*|ga\s+(?:watan\s+)?|a[mn]\s+(?:t-)?)?"
PARTICLE = r"[^\W\d_]{1,2}\."  # an abbreviated word with its dot: "m.", "d."
# The mark after a day before its month's name: an English or French ordinal's letters, a
# dot (German, Slavic, Nordic), "º" (Spanish), Kurmanji's ezafe "ê" (CLDR's long date, "5ê
# adara 2024an") and Sorani's "ی" (CLDR's long date, "5ی ئازاری 2024", "dی MMMMی y"), or the
# hyphen Uzbek and Azerbaijani write with no space ("3-mart 2025"), or Turkmen's ordinal
# ending after one ("5-nji mart 2024", "6-njy").
DAY_MARK = r"(?:(?:st|nd|rd|th|er|ê|ی|\.|º|-nj[iy])?\s+|-)"


# What each form of ``_day_forms`` holds: a year of four digits, or a day in numbers ending
# in a two-digit year. A text without either holds no date; this search for them costs a
# fraction of ``text_date``'s, which tries a month's name at every letter (``may_hold_date``).
_YEAR_OR_SHORT_YEAR = LazyPattern(rf"{YEAR}|\d[./-]\d{{1,2}}[./-]\d{{2}}")


def may_hold_date(text: str) -> bool:
    """Whether ``text`` holds the year every date ``text_date`` finds writes: when not, the
    search for one is skipped (``_YEAR_OR_SHORT_YEAR``)."""
    return _YEAR_OR_SHORT_YEAR.search(text) is not None


def _day_forms(month: str) -> tuple[str, ...]:
    """The forms of a day, with ``month`` the pattern of a month's name."""
    return (
        # A comma may follow the month: "3 March, 2025" (Indian and British pages), "3. marts,
        # 2025".
        # Or the Arabic comma ("12 كانون الثاني، 2024", the Levant's pages), or Burmese's
        # ("မတ် ၅၊ ၂၀၂၄", the "၊" its pages write for a comma).
        rf"\d{{1,2}}{DAY_MARK}{BEFORE_MONTH}{month}[,،၊]?\s+{BEFORE_YEAR}{YEAR}",
        # Month first, also with Spanish "de" before the year ("Marzo 05 de 2024", Colombia).
        rf"{month}\s+\d{{1,2}}(?:st|nd|rd|th)?[,၊.]?\s+{BEFORE_YEAR}{YEAR}",
        # Year first: Hungarian "2024. március 5.", Lithuanian "2021 m. kovo 5 d." (a short
        # abbreviation with its dot after the year and the day: "m." year, "d." day).
        rf"{YEAR}\.?(?:\s+{PARTICLE})?\s+{month}\s+\d{{1,2}}(?:\.|\s*{PARTICLE})?(?!\d)",
        rf"\d{{1,2}}(?:\.\s?|[/-])\d{{1,2}}(?:\.\s?|[/-]){YEAR}",  # "4.2.2022", "4. 2. 2022"
        # A two-digit year ("05.03.24 | 10:30", Israeli and German pages; "03-03-25, 14:20",
        # Dutch; "05/03/24 | 14:20", Israeli, "3/5/24 2:20 PM", American) only with a time
        # after it: without one, "1.2.34" is as likely a version as a date, "1/2/34" a fraction.
        # A word for the half of the day may stand before that time ("24.03.05 오후 3:20", a
        # Korean board's; "午後", "下午", Arabic "م"): four letters at most. Not inside a longer
        # number ("113.03.05 下午3:20" is a Minguo year's, not "13.03.05").
        r"(?<![\d.])\d{1,2}(?P<short_sep>[./-])\d{1,2}(?P=short_sep)\d{2}"
        # The time's hours and minutes apart by a colon, an "h" or a dot ("5.3.24 klo 14.20",
        # Finnish), a dot's not a longer number's ("12.04.2021"). The spaces taken whole
        # (possessive): backtracking through a run of 100,000 spaces on each side of the
        # optional mark was quadratic.
        # A word there may end in its abbreviation's dot ("12.03.24 kl. 15.20", Norwegian
        # and Danish "klokken").
        r"(?=\s*+[,|·•\-–—]?\s*+(?:[^\W\d_]{1,4}\.?\s*)?\d{1,2}[:h.]\d{2}(?!\d|\.\d))",
        rf"{YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}",
        # Year first with a dot and a space after each number: "2025. 3. 3. 14:20" (Korean portals).
        rf"{YEAR}\.\s\d{{1,2}}\.\s\d{{1,2}}\.(?!\d)",
        rf"{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日",
        rf"{YEAR}\s*년\s*\d{{1,2}}\s*월\s*\d{{1,2}}\s*일",
    )


_DAY = "(?:" + "|".join(_day_forms(_MONTH_WORD)) + ")"
# The two-digit year's form of ``_day_forms`` without the time after it, for a day whose time
# is written before it.
_SHORT_YEAR_DAY = r"\d{1,2}(?P<timed_sep>[./-])\d{1,2}(?P=timed_sep)\d{2}"
_MARKED_DAY = "(?:" + "|".join(_day_forms(MARKED_MONTH_WORD)) + ")"
# A time of day: "10:30", "10h30", "10.30:15", "10時30分", "10时30分", "10시 30분", "5:12 p.m.",
# "5 pm", maybe followed by "Uhr"/"h". The digits never continue ("12.04" of "12.04.2021" is
# no time). A colon may have a space after it, as Bangladeshi newsrooms print a time ("১০: ৩০"), and
# an "h" spaces on both sides, as Quebec's do ("9 h 30").
_MERIDIEM = r"\s*[ap]\.?\s?m\b\.?"
CLOCK = (
    r"\d{1,2}(?:(?:[:h.]|: | h )\d{2}(?!\d|\.\d)(?::\d{2})?(?:" + _MERIDIEM + r")?"
    # "Uhr", "h", "h." after the digits ("21:12 h. CET", Spanish and Catalan pages)
    r"(?:\s*(?:Uhr|h)\b\.?)?"
    r"|\s*[時时시]\s*(?:\d{1,2}\s*[分분])?"
    r"|" + _MERIDIEM + r")"
)
# Between a day and its time: a separator (also the dot South Slavic and Hungarian write
# after a year, "5. ožujka 2021. u 10:30", and the Arabic comma) and at most two short words
# of any language ("at", "a las", "um", "в", "godz.", "alle ore", "오후", "下午", "সকাল").
# A word of any script, with the vowel signs and other marks Python's ``\w`` leaves out ("को",
# Hindi "on"; "সকাল", Bengali "morning").
LETTER = rf"(?:[^\W\d_]|{_MARKED_CHAR})"
# ``LETTER`` for the patterns compiled at import (see ``MARKED_CHAR_FEW_RUNS``).
LETTER_FEW_RUNS = rf"(?:[^\W\d_]|{MARKED_CHAR_FEW_RUNS})"
# Punctuation between a day and its time, or between the words there: also the "@" of
# Malaysian pages ("5 Mac 2024 @ 9:45 malam") and Burmese's comma ("၁၄ ရက်၊ ၁၀:၃၀").
SEPARATOR = r"[,،၊|/·•\-–—@]"
# A word between a day and its time: a connector or a weekday's name, the longest of these in
# dateparser's data, but for a few languages without a file, 14 letters (Lithuanian
# "ketvirtadienis"; English "Wednesday" is 9).
MAX_JOIN_WORD = 14
_JOIN = (
    rf"(?:\s*(?:{SEPARATOR}|\.)\s*|\s*)"
    # each word may be followed by punctuation: "р., 18:40" (Ukrainian "year"), "r., godz."
    # a word may stand in brackets: the weekday of Japanese and Chinese dates ("2025年3月5日(水)
    # 14:20", "2025/03/05（三）14:20"), in ASCII or full-width brackets
    rf"(?:[(（]?{LETTER}{{1,{MAX_JOIN_WORD}}}\.?[)）]?(?:\s*{SEPARATOR}\s*|\s*)){{0,2}}"
)
# A zone after the time: an upper-case abbreviation ("EST", "MESZ", "(CET)", "GMT+2") or a
# numeric offset; abbreviations dateparser does not know are dropped by ``_split_zone``. The
# zone words of the language files ("мск", "(توقيت مكة)") join them in ``text_date``.
# A sign may be the minus sign of typesetting ("UTC−3", U+2212), which ``split_zone`` reads as
# a hyphen's.
ZONE_ABBREVIATION = r"\s*\(?(?-i:[A-Z]{2,5}(?:[+\-−]\d{1,2}(?::?\d{2})?)?)\)?(?![^\W\d_])"
ZONE_OFFSET = r"\s*[+\-−]\d{2}:?\d{2}(?!\d)"
# Hours added to a zone word ("МСК+4", "мск-1": Russian regional newsrooms write their time as
# Moscow's and the difference).
ZONE_SHIFT = r"(?:\s?[+\-−]\d{1,2})?"


@lru_cache(maxsize=2)
def text_date(marked: bool = False) -> re.Pattern[str]:
    """A day with its time of day before or after it and a zone after the time; a part of
    the day named after the time ("3:30 petang": afternoon, Malay) from the language files
    (read on first use, so compiled then). ``marked``: for a text with a combining mark
    (``has_mark``), whose month's name may hold one."""
    from newsextract.label_lists import LabelList
    from newsextract.labels import day_periods, hour_words, zone_words
    from newsextract.labels import words as label_words
    from newsextract.language_files import languages
    from newsextract.regex_words import word_alternation

    meridiem = (word for code in languages() for word in meridiem_periods(code))
    # a part of the day, or a word naming the hour ("14:30 ч.", Bulgarian), after the time
    words = [*day_periods(), *meridiem, *hour_words()]
    period = rf"(?:\s*{word_alternation(words)}(?!{LETTER}))?"
    forms = [ZONE_ABBREVIATION, ZONE_OFFSET]
    if zone_words():
        forms.insert(1, rf"\s*\(?{word_alternation(zone_words())}{ZONE_SHIFT}\)?(?!{LETTER})")
    zone = "(?P<zone>" + "|".join(forms) + ")"
    # a word of the language files' connectors labelling the time with a colon ("5 Mart 2025
    # Çarşamba, Saat: 14:20", Turkish "hour"; "pukul:", "ora:"); a colon after any other word
    # ("…, Updated: 14:20") leaves the time to that label
    labelled = rf"(?:(?<!{LETTER}){word_alternation(label_words(LabelList.DATE_WORDS))}\.?\s*:\s*)?"
    # a zone word of the language files before the time, after the day ("14 mart 2024, Bakı
    # vaxtı ilə 10:30", by Baku time; "د کابل په وخت ۱۰:۳۰"): longer than ``_JOIN``'s two
    # words, read by ``zones.split_zone`` as the time's zone; also past the bracket closing
    # a day written beside another calendar's ("۲۴ کب ۱۴۰۲ (۱۴ مارچ ۲۰۲۴)، د کابل په وخت
    # ۱۰:۳۰"), which the zone word then opens the time after
    zone_first = (
        rf"(?:(?:[)）]\s*{SEPARATOR}?\s*)?"
        rf"(?<!{LETTER})\(?{word_alternation(zone_words())}\)?\s*[:：]?\s*)?"
        if zone_words()
        else ""
    )
    return re.compile(
        # a time before the day, not the end of a longer dotted number ("Versio 1.2.34 ·
        # Julkaistu 12.3.2024": a version's "2.34" is no time)
        r"(?:(?P<before>(?<!\d)(?<!\d[.:])" + CLOCK + period + r")"
        # then a separator, and a weekday's words maybe ("10:30, Thứ ba, 05/03/2024")
        rf"(?P<between>(?:\s*{SEPARATOR}\s*|\s+)(?:{LETTER}{{1,{MAX_JOIN_WORD}}}\.?"
        rf"(?:\s*{SEPARATOR}\s*|\s+)){{0,2}}))?"
        r"(?P<day>"
        + (_MARKED_DAY if marked else _DAY)
        # a two-digit year with its time written before it ("10:30 05/03/21"), as after it
        + r"|(?(before)"
        + _SHORT_YEAR_DAY
        + r"(?![\d:]|[./-]\d)|(?!))"
        + r")"
        # a time after the day, unless one stood before it: that one is the next date's
        # ("Updated 11:30 AM EST, February 12, 2025 · Published 9:45 AM EST, …")
        r"(?(before)|(?:(?P<after>"
        # past the bracket closing a Gregorian day written beside another calendar's ("כ״ד
        # באדר א׳ תשפ״ד (04/03/2024) 14:20"): the time after it is that day's
        + r"(?:[)）](?=\s))?"
        + _JOIN
        + zone_first
        + labelled
        + CLOCK
        + period
        + r")"
        + zone
        + r"?)?)",
        re.I,
    )
