"""Date lines: a line that only dates the page or a story (a dateline, a time stamp), not the
text."""

from __future__ import annotations

import functools
import re
import unicodedata

from newsextract.body.characters import (
    DIGIT,
    SENTENCE_END,
    WORD,
)
from newsextract.dateparser_words import calendar_words, clock_marks, clock_words
from newsextract.dates import ascii_digits
from newsextract.dating.relative import find_relative_stamp, with_figure, within_the_web
from newsextract.dating.zones import zone_at_end
from newsextract.label_lists import LabelList
from newsextract.labels import WORD_MARKS, words
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count


# Date lines: a date or time with at most a few other words (a section, a name).
@functools.cache
def _date_signal() -> re.Pattern[str]:
    r"""A time of day, a numeric date, a year from 1900 to 2099 or a CJK date (a relative
    stamp, "3 hours ago", is ``find_relative_stamp``'s).

    Every signal opens with a digit, so the pattern opens with one too, and the regex engine
    skips to the digits of a line instead of trying each signal at every position (half the
    time of a line with a number and no date). The word boundary some signals need before
    their first digit is asked after it, looking back at the character before (``(?<!\w\d)``),
    and the year's first digit by a look back (``(?<=1)9``): the same matches as
    ``\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}|...``, at the same
    places."""
    return re.compile(
        r"\d(?:\d?[:.h]\d{2}\b|(?<!\w\d)\d{0,3}[./-]\d{1,2}[./-]\d{2,4}\b|"
        r"(?<!\w\d)(?<=1)9\d{2}|(?<!\w\d)(?<=2)0\d{2}|\d*\s*[年月日時])",
        re.IGNORECASE,
    )


# A date more precise than a year: a time, a numeric date, a CJK date.
_PRECISE_DATE = LazyPattern(
    r"\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\d+\s*[年月日時]"
)
# Words a date line is made of besides numbers (up to 12 characters: "03", "2021", "5th",
# "10h30"): month and day names (dateparser's), then the words around a date and time in the
# language data ("published", "um", "kl"), dateparser's clock and "ago" words, and these
# time zones and clock words, which are no language's.
_ZONE_AND_CLOCK_WORDS = frozenset(
    ["am", "pm", "jst", "est", "edt", "gmt", "bst", "cet", "cest", "utc", "pst", "pdt"]
)
_DATE_WORD_LISTS = (LabelList.DATE_WORDS, LabelList.PUBLISHED, LabelList.UPDATED)


# A calendar name's form this long is no other language's short word: the three- and
# four-letter abbreviations are ("die", "out", "mar", "maj"), the inflected forms are not.
_INFLECTED_MONTH = 5


@functools.cache
def date_name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The calendar names, and every word a date line may hold besides numbers."""
    calendar = calendar_words(abbreviations=False) | calendar_words("en")  # "Mar 3, 2024"
    # A month's other long forms: the case a date is written in ("12 grudnia 2026",
    # "3 декабря 2025", "5. joulukuuta"), which is not the longest form of every language.
    calendar |= {name for name in calendar_words() if len(name) >= _INFLECTED_MONTH}
    labels = {w for kind in _DATE_WORD_LISTS for phrase in words(kind) for w in phrase.split()}
    return calendar, calendar | labels | clock_words() | _ZONE_AND_CLOCK_WORDS


# A time of day a clock's word is written against: hours and minutes, or an hour's figure
# before a CJK hour sign ("10:30", "10時30分", "3点").
_CLOCK_TIME = LazyPattern(r"\d{1,2}(?:[:.]\d{2}|[時时点點시])")


@functools.cache
def _clock_mark_words() -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    """``clock_marks``, lower case, the length of the longest word of a half of the day,
    and the last characters of those words (most times have a space or a digit before
    them, which ends none: their words are not looked up)."""
    letters, halves = clock_marks()
    return letters, halves, max(map(len, halves), default=0), frozenset(w[-1:] for w in halves)


def _without_clock_marks(text: str, start: int) -> str:
    """``text`` without the clock's words written against its times from ``start`` on: a
    word of a half of the day right before the figures ("上午10:30", "午前10時30分"), a
    clock's letter right after hours and minutes ("١٠:٣٠ ص", "10:30 น."), which alone is no
    word of a date (an initial, a list's letter). A dot after the letter stays: a
    sentence's or the abbreviation's, the line's closing mark decides ("Ended at 18.40 h."
    is a sentence). Looked up in sets at each time's two ends, not searched for."""
    letters, halves, longest, last_letters = _clock_mark_words()
    parts: list[str] = []
    done = 0  # the end of the text already copied to ``parts``
    for time in _CLOCK_TIME.finditer(text, start):
        begin, end = time.start(), time.end()
        # A word's last letter in lower case is the lower case of its last letter alone but
        # for a final sigma ("Σ" → "ς"), which ends no word of a half of the day.
        if text[begin - 1 : begin].lower()[-1:] in last_letters:
            for length in range(min(longest, begin - done), 1, -1):
                if text[begin - length : begin].lower() in halves:
                    begin -= length
                    break
        after = end + 1 if text[end : end + 1].isspace() else end
        if (
            time.group()[-1].isdecimal()
            and text[after : after + 1].lower() in letters
            and not _WORD_CHAR.match(text, after + 1)
        ):
            end = after + 1
        if begin != time.start() or end != time.end():
            parts += [text[done:begin], time.group()]
            done = end
    return "".join([*parts, text[done:]]) if parts else text


_WORD_CHAR = LazyPattern(r"\w")


# More words than this besides a date's own (a place, a label, an author) make a line
# that says more than a date ("Berlin, 5. März 2024" is one; a sentence with a date is not).
_DATE_MAX_WORDS = 3
# A label opening a line: one to three words and a colon ("Termin:", "Kick-off time:").
# Its words go on over combining marks (an Indic vowel sign or virama: "बैठक की तिथि:").
_LINE_LABEL = LazyPattern(
    rf"^\W*([^\W\d][\w'’{WORD_MARKS}-]*(?:\s+[^\W\d][\w'’{WORD_MARKS}-]*){{0,2}})\s*:"
)
# A word of a date or a time written in figures: digits, with the units and ordinal endings
# written inside it ("5th", "1er", "12h30", "2021年3月5日", "10時30分"). A word that only
# starts with a figure ("3カ月間試行する", "3D-Drucker") is an ordinary word.
_FIGURE_WORD = LazyPattern(
    r"\d+(?:(?:st|nd|rd|th|er|e|º|h|[年月日时時分秒년월일시초])\d*)*", re.IGNORECASE
)


def line_label(text: str) -> str | None:
    """The label opening a line ("Místo" of "Místo: Kulturní dům"): one to three words and a
    colon (``_LINE_LABEL``), or ``None``."""
    label = _LINE_LABEL.match(text)
    return label.group(1) if label else None


def is_date_line(text: str) -> bool:
    """Whether a short line is a date (a page's or a section's stamp), as the furniture
    test reads it."""
    return len(text) <= DATELINE and is_dateline(text)


def opens_with_date(text: str) -> bool:
    """Whether a line's first word is a date's: a figure ("12 mars 2020 : …", "1974年4月1日
    開園。") or a month's or a day's name ("Maart 2017: …"). A page's stamp opens with its
    label ("Published 5 March 2024") or a name ("Ana Ruiz · 3 May")."""
    first = WORD.search(text)
    if first is None:
        return False
    word = first.group()
    return word[0].isdecimal() or word.lower() in date_name_sets()[0]


# Letters of a script written without spaces per word: Chinese and Japanese words are one to
# three characters, most often two (a name is two to four).
_LETTERS_PER_UNSPACED_WORD = 2


def _words_in_run(run: str) -> int:
    """The words of a run of letters between spaces: one in most scripts, but a clause in one
    written without them, whose letters outside a date's figures count ("渡辺洋介2025年1月13日"
    is a name of four letters and a date; "梁振英在星期二" is a clause)."""
    letters = word_count(_FIGURE_WORD.sub("", run))
    return max(1, -(-letters // _LETTERS_PER_UNSPACED_WORD)) if letters > 1 else 1


# A release's number: three or more figures joined by dots, the last a single figure, or
# figures after a "v" ("3.2.0", "4.47.4", "v2.1"). No date is written so (its year has two or
# four figures), and a line naming a release ("3.2.0 — 27 November 2026", "Patch notes
# 4.47.4") heads the notes of that release in a changelog or a forum's patch notes; its
# figures read as a date ("4.47" a time) and its words were too few to say more than one.
# Two figures after a word and a space, the second a single one ("Version 8.4", "גרסה 4.2")
# name a release too: no date or time writes its minutes or month so ("8.04", "5.3.").
_RELEASE_NUMBER = LazyPattern(
    r"(?<![\w.])(?:v\d+(?:\.\d+)+|\d+(?:\.\d+)+\.\d|(?<=[^\W\d] )\d+\.\d)(?![\w.])", re.I
)


# A clock time written right against a word's letters: a badge and the time of a live
# page's entry in two inline elements with no space between ("<span>Pinned</span><time>
# 12:00</time>" reads "Pinned12:00"), which the reader sees apart.
_GLUED_CLOCK = LazyPattern(r"\d{1,2}[:.]\d{2}(?!\d)")


def is_dateline(text: str, *, list_item: bool = False) -> bool:
    """A short line that is a date: a year alone dates a topic ("The flood of 1953"), so it
    needs a month or day name, a time or a numeric date with it. ``list_item``: the line is
    an item of a list, where a time of day after words of its own is a step's or a rule's
    ("Wake up before 5:30 am"), not a stamp: it needs a date too."""
    # Every date signal starts at a digit: most lines have none, found by a one-character
    # scan, and the signal is looked for from the first one on.
    digit = DIGIT.search(text)
    if digit is None:
        return _is_unnumbered_relative_line(text)
    start = digit.start()
    if start and text[start - 1].isalpha() and _GLUED_CLOCK.match(text, start):
        text = f"{text[:start]} {text[start:]}"  # "Pinned12:00": a badge against the time
        start += 1
    if _is_relative_line(" ".join(ascii_digits(text).split())):
        return True
    signal = _date_signal().search(text, start)
    while signal is not None and _no_clock(text, signal):
        signal = _date_signal().search(text, signal.end())
    if signal is None or _is_price(text, signal.start(), signal.end()):
        return False
    text = _without_clock_marks(text, start)
    if _RELEASE_NUMBER.search(text):
        return False  # a release's heading, dated: the notes of a changelog under it
    if _TIME_RANGE.search(text):
        return False  # a span of hours ("2:00 PM – 5:00 PM") times an event, no page is
    if _DATE_SPAN.match(text):
        return False  # a span of two dates: a life's or an event's ("3 May 1931 – 2 June 2024")
    calendar_names, date_names = date_name_sets()
    if is_change_note(text):
        return False  # what an update changed, after its date: the text's note, no stamp
    label = _LINE_LABEL.match(text)
    if label and not set(label.group(1).lower().split()) <= date_names:
        return False  # a date the text gives under its own label ("Deadline: 3 April")
    words = WORD.findall(text)
    if words and words[-1].lower() not in date_names and not words[-1][0].isdecimal():
        zone = zone_at_end(text)
        if zone is not None and zone > start:
            # the time's zone, a word of no date list ("18:40 МСК", "14:20 WIB")
            words = WORD.findall(text[:zone])
    rest = others = 0  # the words, and the runs of letters, that are not a date's
    named = False
    for index, word in enumerate(words):
        if word[0].isdecimal() and _FIGURE_WORD.fullmatch(word):
            continue
        lower = word.lower()
        if lower in date_names:
            if not named and lower in calendar_names:
                named = _beside_a_day(words, index) and _beside_a_day_not_an_hour(text, word)
            continue
        others += 1
        rest += 1 if word.isascii() else _words_in_run(word)
        if rest > _DATE_MAX_WORDS:
            return False  # enough words that are not a date's: this line says more
    if others < len(words) and (named or _precise_date(text)):
        # A time of day before words of its own, with no date, times an entry: a chapter
        # of a podcast, an item of a programme ("02:22 Why bats fly at dusk").
        if named or rest == 0:
            return True
        if _DATE_BEYOND_TIME.search(text) is None:
            if list_item:
                return False  # a time in an item's own words: "Doors open at 19:30"
            if SENTENCE_END.search(text) is not None:
                return False  # a sentence telling a time: "The meeting ended at 18.40."
        return _CLOCK_ENTRY.match(text) is None
    return False


# Words a note of what changed has at least: "added a statement", "ஆணையரின் கருத்து
# சேர்க்கப்பட்டது" (agglutinative languages say it in two or three).
_CHANGE_NOTE_WORDS = 2


def is_change_note(text: str) -> bool:
    """Whether a dated line goes on, after a colon or a semicolon, to a sentence of its own
    without figures ("Updated 3 March, 14:20; the commissioner's comment added."): an update
    or a correction note telling what changed, which the text keeps, not a stamp. Only the
    part after the last turn is read (one pass from its end)."""
    if SENTENCE_END.search(text) is None:
        return False
    # a colon or a semicolon with a space after it (a time's colon has none: "14:20")
    turn = max(text.rfind(": "), text.rfind("; "))
    if turn < 0:
        return False
    tail = text[turn + 1 :]
    if DIGIT.search(tail) is not None:
        return False
    date_names = date_name_sets()[1]
    own = [w for w in WORD.findall(tail) if w.lower() not in date_names]
    return len(own) >= _CHANGE_NOTE_WORDS


# A line this long or longer holds more than a stamp without a figure and a name beside it
# ("Ana Ruiz · vor einer Stunde"): not tried (most lines have no figure; the test is cost).
_UNNUMBERED_LINE = 60


def _is_unnumbered_relative_line(text: str) -> bool:
    """Whether a line without a figure is a relative stamp that writes its one in a word or
    not at all ("an hour ago", "vor einer Stunde", "il y a une heure", "час назад"), as
    ``_is_relative_line`` reads one with its figure ("vor 2 Stunden")."""
    if len(text) >= _UNNUMBERED_LINE:
        return False
    line = with_figure(text)
    return line is not None and _is_relative_line(line)


def _is_relative_line(line: str) -> bool:
    """Whether a line (its digits ASCII, its spaces single) is a relative stamp of a past
    time ("vor 4 Stunden", "3 saat önce", "Published 3 months ago", "3小时前") with at most
    ``_DATE_MAX_WORDS`` words of its own (a name, a label), and no sentence ("3 years ago I
    moved to Lisbon.")."""
    stamp = find_relative_stamp(line)
    if stamp is None or not within_the_web(stamp):
        return False
    after = line[stamp.end :]
    # an abbreviated unit's dot ("vor 3 Std.", "3 g. temu") is the stamp's, no sentence's
    after = after[1:] if after[:1] == "." and line[stamp.end - 1].isalpha() else after
    before = line[: stamp.start]
    _, date_names = date_name_sets()
    apart = _set_apart(before, date_names, end=True) and _set_apart(after, date_names, end=False)
    if not apart and not _opens_with_date_label(line, date_names):
        return False  # the stamp runs on in a phrase: "Die Markthalle von Talheim vor 25 Jahren"
    rest = f"{before} {after}"
    label = _LINE_LABEL.match(rest)
    if label and not set(label.group(1).lower().split()) <= date_names:
        return False  # an age the text gives under its own label ("Alter: 3 Jahre")
    others = 0
    for word in WORD.findall(rest):
        if (word[0].isdecimal() and _FIGURE_WORD.fullmatch(word)) or word.lower() in date_names:
            continue
        others += 1 if word.isascii() else _words_in_run(word)
        if others > _DATE_MAX_WORDS:
            return False
    return not others or SENTENCE_END.search(rest) is None


# What sets a stamp apart from a name or a label beside it ("Ana Ruiz · hace 2 horas",
# "Nadia Okoro|3 months ago", "Ольга Смирнова, 5 часов назад", "Name - 3 ngày trước").
_STAMP_SEPARATORS = frozenset("|·•-–—,:/")


def _set_apart(part: str, date_names: frozenset[str], *, end: bool) -> bool:
    """Whether the text on one side of a stamp (``end``: before it) holds no words, or
    meets the stamp at a separator or a date's word ("Published 3 months ago")."""
    part = part.strip()
    words = WORD.findall(part)
    if not words:
        return True
    edge = part[-1] if end else part[0]
    if edge in _STAMP_SEPARATORS:
        return True
    return words[-1 if end else 0].lower() in date_names


def _opens_with_date_label(line: str, date_names: frozenset[str]) -> bool:
    """Whether a line opens with a date's label ("Posted by Jane 3 days ago", "Opdateret
    af Ole for 2 timer siden") or a calendar name; a word that only joins a date's parts (a
    ``date_words`` connector, a clock's word: Danish and Dutch "de", "at", "den") opens a
    clause as often ("De gik for et minut siden": "They left a minute ago")."""
    first = WORD.search(line)
    if first is None:
        return False
    word = first.group().lower()
    return word in date_name_sets()[0] or word in _label_words()


@functools.cache
def _label_words() -> frozenset[str]:
    """The first words of every language's labels of a publication or an update date."""
    return frozenset(
        phrase.split()[0]
        for kind in (LabelList.PUBLISHED, LabelList.UPDATED)
        for phrase in words(kind)
        if phrase.split()
    )


# A line that is two dates with years joined by a dash ("12 Mart 1940 – 4 Ocak 2024",
# "01.03.2024 - 15.03.2024"): a life's or an event's span; a page's stamp is one moment.
_SPAN_DATE = (
    rf"(?:\d{{1,2}}\.?\s*)?(?:[^\W\d][\w.{WORD_MARKS}]*\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-])?(?:1[5-9]|20)\d{2}"
)
_DATE_SPAN = LazyPattern(rf"^\W*{_SPAN_DATE}\s*[–—-]\s*{_SPAN_DATE}\W*$")


# A time of day written as figures: its hour and its minutes.
_CLOCK = LazyPattern(r"(\d{1,2})([:.h])(\d{2})")
# The last hour of a day a clock writes ("24:00" closes one) and its last minute.
_LAST_HOUR = 24
_LAST_MINUTE = 59
# A day of a month and a month, written "30.11." where the dot parts them.
_LAST_DAY = 31
_LAST_MONTH = 12


# A numeric date ("31.10.2023"), whose day and month read as an impossible time of day.
_NUMERIC_DATE = LazyPattern(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


def _no_clock(text: str, found: re.Match[str]) -> bool:
    """Whether a date signal of ``text`` written as a time of day is none: an hour past 24
    or minutes past 59 ("31:12", a runner's time in a results list; "4.75", a figure), and
    no numeric date opening there ("31.10.2023")."""
    clock = _CLOCK.fullmatch(found.group())
    if clock is None:
        return False
    first, mark, second = int(clock.group(1)), clock.group(2), int(clock.group(3))
    if first <= _LAST_HOUR and second <= _LAST_MINUTE:
        return False
    if mark == "." and 1 <= first <= _LAST_DAY and 1 <= second <= _LAST_MONTH:
        return False  # a day and its month ("30.11.", "31.12 – New Year's Eve")
    return _NUMERIC_DATE.match(text, found.start()) is None


def _precise_date(text: str) -> bool:
    """Whether ``text`` holds a date more precise than a year (``_PRECISE_DATE``) that is
    no impossible time of day."""
    return any(not _no_clock(text, found) for found in _PRECISE_DATE.finditer(text))


def _is_price(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is an amount of money: a currency sign (Unicode
    category Sc) right before or after it, a space allowed ("£7.50", "7.50 €"). A menu's
    or a listing's price is no time of day, whatever its dot says."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return any(char and unicodedata.category(char) == "Sc" for char in (before, after))


# The date signals of ``_PRECISE_DATE`` other than a time of day: a numeric date, a CJK date.
_DATE_BEYOND_TIME = LazyPattern(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\d+\s*[年月日時]")


# The time may stand in brackets or before a dash ("(03:12) Why buses bunch", "[03:12]
# ...", "03:12 – Why ..."), as chapter lists of podcasts and videos write it.
_CLOCK_ENTRY = LazyPattern(r"^\W*\d{1,2}[:.h]\d{2}(?::\d{2})?[)\]]?\s+(?:[-–—|]\s+)?[^\W\d]")
# Two times of day joined by a dash ("10:00–12:30", "2:00 PM - 5:00 PM", "19h - 21h30"):
# opening hours, a programme, an event; a page's stamp is one moment.
_TIME_RANGE = LazyPattern(
    r"\d{1,2}(?:[:.h]\d{2}|h)\s*(?:[ap]\.?\s?m\.?\s*)?[–—-]\s*\d{1,2}(?:[:.h]\d{2}|h)",
    re.IGNORECASE,
)


# A month or day name dates a line only beside a day of the month, at most one word away
# ("5 March", "March 5", "5 de marzo", "Monday, March 5"): every language's names are looked
# for, and some are other languages' words ("Mac", Malay March, in "Mac Studio 2025 review";
# "marca", Slovak "of March", in "La nueva marca de 2024").
_NAME_TO_DAY = 2
_DAY_OF_MONTH = LazyPattern(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|º)?", re.IGNORECASE)


def _beside_a_day(words: list[str], index: int) -> bool:
    near = words[max(0, index - _NAME_TO_DAY) : index] + words[index + 1 : index + 1 + _NAME_TO_DAY]
    return any(_DAY_OF_MONTH.fullmatch(word) for word in near)


# A time of day in hours and minutes ("20:00"), whose hour is no day of the month: "Friday
# 20:00 – The Marlow Quintet" is a programme's entry, not "Friday 20".
_HOURS_MINUTES = LazyPattern(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")


def _beside_a_day_not_an_hour(text: str, name: str) -> bool:
    """Whether the day beside a month's or a day's ``name`` is one once the line's times of
    day are cut (looked at only when a name is beside a figure, and a colon is there)."""
    if ":" not in text:
        return True
    words = WORD.findall(_HOURS_MINUTES.sub(" ", text))
    return name in words and _beside_a_day(words, words.index(name))


DATELINE = 120
