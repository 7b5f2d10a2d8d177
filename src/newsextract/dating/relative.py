"""Relative stamps ("3 hours ago", "vor 4 Stunden", "il y a 3 jours", "3 saat önce", "2 часа
назад", "3小时前", "2시간 전") in every language dateparser has data for.

dateparser's ``relative-type-regex`` patterns of a past time are each a literal text before
the number and one after it ("vor (\\d+) stunden", "(\\d+)小时前"). They are read once into a
table keyed by the text after the number, so a line is looked up at its numbers (a few slices
and set lookups) instead of run through an alternation of 1,800 patterns.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from newsextract.dating.bounds import EARLIEST
from newsextract.dating.words import dateparser_data
from newsextract.language_codes import dateparser_code
from newsextract.lazy_regex import LazyPattern

# The number group every pattern of dateparser's data holds, as written there.
_NUMBER_GROUP = r"(\d++[.,]?\d*+)"
# What dateparser writes for "a space or none" between the number and a unit ("vor 3h").
_OPTIONAL_SPACE = r"\s*"
# Anything else regex-like in a part left ("decades? ago") is a pattern, not a text: skipped.
_REGEX_MARKS = LazyPattern(r"[\\?*+()\[\]{}|^$]")
# The units of dateparser's keys ("\\1 hour ago"), in seconds but for months and years.
UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
_AGO_KEY = LazyPattern(r"\\1 (\w+) ago")


class RelativeForm(NamedTuple):
    """One way a language writes a past time: the text before the number, the unit."""

    before: str  # lower case, "" when the number opens the stamp
    unit: str  # one of ``UNITS``


class RelativeStamp(NamedTuple):
    """A relative stamp found in a text: where it is, its number and unit."""

    start: int
    end: int
    amount: float
    unit: str


class _FormTable(NamedTuple):
    """The forms of some languages keyed by the text after their number, lower case."""

    after: Mapping[str, tuple[RelativeForm, ...]]
    # The lengths of the keys opening with each two characters, shortest first (with 0 when
    # "" is a key, and 1 when the first character is a key of its own), and of each key of
    # one character under that character: of every language's 25 key lengths only those of
    # the keys opening with the two characters after the number are sliced and looked up
    # (2.2 a place on average, against 4.3 keyed by one character: "m" opens 21 lengths).
    lengths_after: Mapping[str, tuple[int, ...]]
    # The lengths tried where no key opens with the characters after the number (or the text
    # ends there): the empty key's, if it is one.
    lengths_else: tuple[int, ...]
    # Each key's forms by the character the text before the number must end with: those whose
    # ``before`` ends with it, and those without a ``before``, in ``after``'s order; a form
    # whose ``before`` ends otherwise cannot open there (a key has up to 16 forms, "min" of
    # as many languages, each tried by ``_opening`` at every number of every line).
    by_before_end: Mapping[str, Mapping[str, tuple[RelativeForm, ...]]]


def _split(pattern: str) -> tuple[str, str] | None:
    """A dateparser pattern's literal texts before and after its number, or None."""
    if pattern.count(_NUMBER_GROUP) != 1:
        return None
    before, after = (part.replace(_OPTIONAL_SPACE, " ") for part in pattern.split(_NUMBER_GROUP))
    if _REGEX_MARKS.search(before + after):
        return None
    return " ".join(before.lower().split()), " ".join(after.lower().split())


def _language_forms(code: str) -> Iterable[tuple[str, RelativeForm]]:
    """The past forms of one dateparser language and of the language files' additions, each
    with the text after its number."""
    from newsextract.labels import relative_forms

    info = dateparser_data().get(code, {})
    for key, patterns in info.get("relative-type-regex", {}).items():
        unit = _AGO_KEY.fullmatch(key)
        if unit is None or unit[1] not in UNITS:
            continue  # a future form ("in \\1 day"), or a decade's or a century's
        for pattern in patterns:
            parts = _split(pattern)
            if parts is not None:
                yield parts[1], RelativeForm(parts[0], unit[1])
    for form, unit_ in relative_forms(code.split("-")[0]).items():
        before, _, after = form.partition("{n}")
        yield " ".join(after.split()), RelativeForm(" ".join(before.split()), unit_)


# Forms read on a page of any language only when they say "ago" in their language's word, or
# name their unit in three letters or more: "for 24 h" (Danish "24 hours ago") is an
# English line's "for 24 hours", and a dash or a minus before a figure (Nordic "−3 h") is a
# range's or a count's. A page in the language reads all of its forms.
_MIN_BLIND_UNIT = 3


def _is_distinct(code: str, before: str, after: str) -> bool:
    """Whether a form says it is a past time on a page of any language (``_MIN_BLIND_UNIT``)."""
    if before and not any(c.isalpha() for c in before):
        return False
    ago = {str(word).lower() for word in dateparser_data().get(code, {}).get("ago", ())}
    words = f"{before} {after}".split()
    if not ago or any(word in ago for word in words):
        return True
    # an "ago" glued to its unit (Chinese and Japanese "前": "天前", "3日前"), not a letter
    if any(a in after for a in ago if len(a) > 1 or not a.isascii()):
        return True
    return any(sum(c.isalpha() for c in word) >= _MIN_BLIND_UNIT for word in after.split())


@functools.cache
def relative_forms_table(language: str | None) -> _FormTable:
    """The forms of ``language`` (a dateparser code or an ISO 639-1 one), or of every
    language (``_is_distinct`` ones only) when it is None or dateparser lacks it."""
    wanted = {language, dateparser_code(language)} if language is not None else set()
    codes = [c for c in dateparser_data() if c in wanted or c.split("-")[0] in wanted]
    blind = not codes
    after: dict[str, dict[RelativeForm, None]] = {}
    for code in codes or dateparser_data():
        for text, form in _language_forms(code):
            if blind and not _is_distinct(code, form.before, text):
                continue
            key = unicodedata.normalize("NFC", text)
            after.setdefault(key, {})[form] = None
            if _ZERO_WIDTH_SPACE in key:  # Khmer "ថ្ងៃ\u200bមុន": pages write it with or without
                after.setdefault(key.replace(_ZERO_WIDTH_SPACE, ""), {})[form] = None
    empty = (0,) if "" in after else ()
    by_opening: dict[str, set[int]] = {}
    for text in after:
        if len(text) == 1:
            by_opening.setdefault(text, set()).add(1)
        elif text:
            by_opening.setdefault(text[:2], set()).add(len(text))
    for opening, found in by_opening.items():
        if len(opening) == 2 and opening[0] in after:
            found.add(1)  # a key of one character opens the keys of two and more too
    return _FormTable(
        after={text: tuple(forms) for text, forms in after.items()},
        lengths_after={first: (*empty, *sorted(found)) for first, found in by_opening.items()},
        lengths_else=empty,
        by_before_end={text: _by_before_end(tuple(forms)) for text, forms in after.items()},
    )


def _by_before_end(forms: tuple[RelativeForm, ...]) -> Mapping[str, tuple[RelativeForm, ...]]:
    """``forms`` filed by the last character of their ``before`` (``_FormTable``): for each
    such character, the forms ending with it and the forms without a ``before``, in order;
    under "" the forms without one alone."""
    ends = {form.before[-1] for form in forms if form.before}
    filed = {end: tuple(f for f in forms if not f.before or f.before[-1] == end) for end in ends}
    filed[""] = tuple(f for f in forms if not f.before)
    return filed


# The invisible word break dateparser writes inside some keys (Khmer "ថ្ងៃ\u200bមុន", "days
# ago"), which a page may leave out: each such key is kept without it too.
_ZERO_WIDTH_SPACE = "\u200b"
# A count in figures: "3", "1,5" (dateparser's pattern allows a fraction).
_COUNT = LazyPattern(r"\d+(?:[.,]\d+)?")
# A word's character: a stamp ends a word, and its opening text starts one.
_WORD = LazyPattern(r"\w")


def find_relative_stamp(text: str, language: str | None = None) -> RelativeStamp | None:
    """The first relative stamp of a past time in ``text`` (its digits ASCII, its spaces
    single), in ``language``'s forms, or in every language's distinct ones."""
    table = relative_forms_table(language)
    lower = text.lower()
    if len(lower) != len(text):
        return None  # a letter whose lower case is longer (Turkish "İ"): spans would shift
    for count in _COUNT.finditer(lower):
        start = count.start()
        glued = bool(start) and lower[start - 1].isalnum()
        if glued and not lower[start - 1].isalpha():
            continue  # a longer figure
        # A number glued to a letter is inside a word ("A320"), unless a form's text before
        # the number is written glued to it (Amharic "ከ3 ቀናት በፊት", "3 days ago").
        rest = count.end() + (lower[count.end() : count.end() + 1] == " ")
        lengths = table.lengths_after.get(lower[rest : rest + 2]) or table.lengths_after.get(
            lower[rest : rest + 1], table.lengths_else
        )
        head_end = -1  # read at the first key found after this number
        for length in lengths:
            if length:
                key = lower[rest : rest + length]
                if len(key) < length:
                    break
                filed = table.by_before_end.get(key)
                if filed is None or not _ends_word(lower, rest + length, key):
                    continue
            else:
                # the empty key (a form that is all text before the number): it ends a word
                # wherever it is, and is looked up with no slice (every number has it)
                filed = table.by_before_end[""]
            if head_end < 0:
                head_end = _head_end(lower, start)
            # only the forms whose text before the number may end where the text does
            forms = filed.get(lower[head_end - 1], filed[""]) if head_end else filed[""]
            for form in forms:
                if glued and not form.before:
                    continue
                begin = _opening(lower, start, head_end, form.before)
                if begin is not None:
                    amount = float(count.group().replace(",", "."))
                    return RelativeStamp(begin, rest + length, amount, form.unit)
    return None


def _ends_word(text: str, end: int, key: str) -> bool:
    """Whether a stamp's text ends a word at ``end`` (or is written in a script without spaces)."""
    if end >= len(text) or not key:
        return True
    last = key[-1]
    if last.isalpha() and ord(last) >= _SPACELESS_FROM:
        return True
    return _WORD.match(text, end) is None


# Scripts from here on (Thai, CJK, kana, Hangul) write no space after a word; the scripts
# before (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari) do.
_SPACELESS_FROM = 0x0E00


def _head_end(text: str, start: int) -> int:
    """Where the text before the number at ``start`` ends, less the spaces before the
    number: ``len(text[:start].rstrip(" "))``, read once for every form of a key (a key
    has up to 30, of as many languages), without slicing the text."""
    end = start
    while end and text[end - 1] == " ":
        end -= 1
    return end


def _opening(text: str, start: int, head_end: int, before: str) -> int | None:
    """Where a form opening with ``before`` starts when ``text`` has it right before the
    number at ``start`` (``head_end``: ``_head_end(text, start)``), on a word's boundary;
    None when it does not."""
    if not before:
        return start
    if not text.endswith(before, 0, head_end):
        return None
    begin = head_end - len(before)
    if begin and _WORD.match(text, begin - 1):
        return None
    return begin


# The length of each unit in days (a month and a year on average).
_UNIT_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
}


def stamp_age(stamp: RelativeStamp) -> timedelta:
    """How long ago a stamp says (a month and a year as their average length)."""
    return timedelta(days=stamp.amount * _UNIT_DAYS[stamp.unit])


def within_the_web(stamp: RelativeStamp, now: datetime | None = None) -> bool:
    """Whether a stamp's age is one a page can have: no older than the first web page
    ("vor 60 Jahren" is a story's age, no post's)."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    # compared in days: "99999999999999999999 years ago" is past any timedelta
    return stamp.amount * _UNIT_DAYS[stamp.unit] <= (now - EARLIEST) / timedelta(days=1)


# The counts of days back dateparser's "relative-type" keys name that a post's stamp writes
# beside a time: "today" and "yesterday" ("сегодня в 10:30", "Yesterday, 05:12 PM", "今天
# 10:30"); "the day before" is left out, few platforms write it.
_DAY_WORD_KEYS = {"0 day ago": 0.0, "1 day ago": 1.0}
# What may stand between the day's word and its time: a comma, a space, one or two short
# words ("в", "at", "um", "à", Spanish "a las", Italian "alle"): a day's word elsewhere in a
# line ("today's headlines") is no stamp. The time's hours and minutes apart by a colon, a
# dot or French's "h" ("hier à 11h05").
_DAY_WORD_TIME = r"(?![\w'’])[,\s]{0,2}(?:\w{1,4}\s){0,2}\s*\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?!\d)"


class _DayWords(NamedTuple):
    """A language's words for today and yesterday (lower case, with their days back) and
    the pattern of one before a time."""

    back: Mapping[str, float]
    pattern: re.Pattern[str]


@functools.cache
def _day_words(language: str) -> _DayWords | None:
    """``language``'s words for today and yesterday in dateparser's data, or None."""
    data = dateparser_data().get(dateparser_code(language), {}).get("relative-type", {})
    back = {
        str(word).lower(): count
        for key, count in _DAY_WORD_KEYS.items()
        for word in data.get(key, ())
        if " " not in str(word)  # "till date": a phrase, no stamp's word
    }
    if not back:
        return None
    alternation = "|".join(sorted(map(re.escape, back), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?P<word>{alternation}){_DAY_WORD_TIME}", re.IGNORECASE)
    return _DayWords(back, pattern)


def opens_with_today(text: str, language: str | None) -> bool:
    """Whether ``text`` opens with ``language``'s word for today before a colon, a comma or a
    space ("Today: 4 December 2024", "අද: 2024 දෙසැම්බර් 4", a top bar's): the date after it
    is the day of the visit, no page's."""
    words = _day_words(language) if language else None
    if words is None:
        return False
    head = text.lstrip()[:_TODAY_HEAD].lower()
    return any(
        head.startswith(word) and not head[len(word) : len(word) + 1].isalnum()
        for word, back in words.back.items()
        if back == 0
    )


# The start of a text looked at for the word for today (the longest, Khmer's, is 7 letters).
_TODAY_HEAD = 24


def find_day_word_stamp(text: str, language: str | None) -> RelativeStamp | None:
    """A stamp naming its day in a word, in ``language``: "today at 10:30" (a day back 0),
    "yesterday, 17:12" (a day back 1); its time is the site's clock, whose zone the page
    seldom gives, so only its day is reckoned from the fetch."""
    words = _day_words(language) if language else None
    match = words.pattern.search(text) if words is not None else None
    if words is None or match is None:
        return None
    return RelativeStamp(match.start(), match.end(), words.back[match["word"].lower()], "day")


# A stamp written without a figure ("an hour ago", "vor einer Stunde", "час назад") is a
# line of a few words: a longer line is no stamp's, and is not tried.
_UNNUMBERED_WORDS = 6
# A number word of dateparser's simplifications: a plain word ("an", "einer", "une", "una")
# whose value is a figure; its other keys are patterns ("од(ин|на|...)"), left out.
_PLAIN_WORD = LazyPattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PLAIN_FIGURE = LazyPattern(r"\d+")


@functools.cache
def _number_words() -> Mapping[str, str]:
    """Every language's number words, lower case, to their figure, as dateparser's
    ``simplifications`` write them ("an": "1", "einer": "1", "deux": "2"); the first
    language's figure wins where two differ; then the language files' words for one."""
    from newsextract.labels import one_words

    found: dict[str, str] = {}
    for info in dateparser_data().values():
        for entry in info.get("simplifications", ()):
            for key, value in entry.items():
                if _PLAIN_WORD.fullmatch(key) and _PLAIN_FIGURE.fullmatch(str(value)):
                    found.setdefault(key.lower(), str(value))
    for word in one_words():  # the language files' words for one dateparser lacks ("bir")
        found.setdefault(word.replace("’", "'"), "1")
    return found


@functools.cache
def _stamp_last_words() -> frozenset[str]:
    """The last word of every form's text after its number, of every language ("ago",
    "stunde", "heure", "назад"): a stamp without a figure ends a line with one."""
    return frozenset(key.split()[-1] for key in relative_forms_table(None).after if key.strip())


def _unelided(word: str, numbers: Mapping[str, str]) -> tuple[str, ...]:
    """``word`` as two when it opens with an elided number word ("un'ora" → "un'", "ora"),
    which a figure replaces as a whole word's; else ``word`` alone."""
    head, mark, tail = word.replace("’", "'").partition("'")
    if mark and tail and f"{head.lower()}'" in numbers:
        return f"{head}'", tail
    return (word,)


def with_figure(line: str) -> str | None:
    """``line`` (no figure; its spaces made single) rewritten with the figure its relative stamp
    leaves out, when it is a stamp so: a number word as its figure ("an hour ago" → "1 hour
    ago", "vor einer Stunde", "il y a une heure", dateparser's simplifications), or a unit
    alone, which counts one ("час назад" → "1 час назад", "منذ ساعة", "לפני שעה", as
    dateparser's Russian simplification "час (назад)" → "1 час" reads it). None otherwise.
    Only a short line ending with a form's last word is tried (a set lookup for most); one
    ending with a full stop is a sentence."""
    last = line.rstrip().rpartition(" ")[2]  # the last word, read before any split
    if last.lower() not in _stamp_last_words():
        return None
    words = line.split()
    if len(words) > _UNNUMBERED_WORDS:
        return None
    numbers = _number_words()
    words = [part for word in words for part in _unelided(word, numbers)]
    for index, word in enumerate(words):
        figure = numbers.get(word.lower())
        if figure is not None:
            trial = " ".join([*words[:index], figure, *words[index + 1 :]])
            if find_relative_stamp(trial) is not None:
                return trial
        trial = " ".join([*words[:index], "1", *words[index:]])
        if find_relative_stamp(trial) is not None:
            return trial
    return None
