"""A post's meta line beside its byline: a reading time ("4 min read"), a count of views
("1,204 views") and a writer's follow button after a name and a date. Each is a short line
holding a figure; the labels are every language's (``labels``)."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import SENTENCE_END
from newsextract.dates import ascii_digits, find_text_date
from newsextract.label_lists import LabelList
from newsextract.labels import view_counts, words
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import first_characters, word_alternation

# A reading-time line is a label and a number ("4 min read", "Lesedauer: 5 Minuten", "By
# Jane Roe · 6 min read"): at most a short line.
READING_TIME_LINE = 60
# ... and a few words: a byline before it at most; a sentence naming a reading time is text.
# (A separator between the parts, "·", "/", "|", is no word: "Lesson 2 / 7 · 6 min read".)
_READING_TIME_WORDS = 7
# Minutes are one to three digits: a line with a longer number (a year, a count) says else.
_LONG_NUMBER = LazyPattern(r"\d{4}")


# A count of the page's or a post's views is a short line ("1,204 views", "Aufrufe: 312",
# "128 lượt xem"); one this long or longer says more, and is not tried.
VIEW_TALLY_LINE = 40
# Words after the count that an element run on without a space may add ("128 lượt xemTheo
# dõi": a "Follow" link beside it); more are a phrase of the text ("3 visitas imprescindibles").
_VIEW_TALLY_REST = 2
# A count of views: "1,204", "1 204", "18.4K", "2M".
_VIEW_COUNT = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?\s?[kKmM]?\+?"
# A post's stats row runs the view count on with its other tallies, each a number and at most
# one word ("48 views 0 comments 12": comments, likes): a phrase after a number is text.
_OTHER_TALLIES = LazyPattern(rf"(?:\s*{_VIEW_COUNT}(?:\s*[^\W\d]+)?)+\s*")


# A post's stats row of counts, one of them its comments' or its views' ("공감 24 댓글 3",
# "12 likes 3 comments", "Katselukerrat 3 120 · Lataukset 411"): two counts or more, each
# with one word before or after it, spaces or a middle dot, bar or bullet between them, and
# one of those words a comments or a view-count label of the language files (blind73s: a
# Naver blog's row was kept; blind77s: a data set page's views and downloads row).
_COUNT = rf"(?:[^\W\d]+\s*)?{_VIEW_COUNT}(?:\s*[^\W\d]+)?"
_COUNTS_ROW = LazyPattern(rf"{_COUNT}(?:(?:\s*[·|•]\s*|\s+){_COUNT})+")


@functools.cache
def _tally_words() -> frozenset[str]:
    """The one-word comments and view-count labels of every language file, in lower case."""
    found = (*words(LabelList.COMMENTS), *view_counts())
    return frozenset(word.lower() for word in found if " " not in word)


def is_counts_row(text: str) -> bool:
    """Whether a short line is a stats row of counts naming the post's comments or views."""
    line = text.strip()
    # The pattern's counts and words may split a run several ways: past a short line's length
    # a run failing at its end costs exponential time (the caller asks short lines only).
    if len(line) > VIEW_TALLY_LINE or _COUNTS_ROW.fullmatch(line) is None:
        return False
    labels = _tally_words()
    return any(word in labels for word in re.split(r"[\W\d]+", line.lower()) if word)


@functools.cache
def _view_tally() -> re.Pattern[str] | None:
    """A view count of the language files' ``view_counts`` opening a line, the count before
    its word or after it ("1,204 views", "Aufrufe: 312"); None when no file lists one."""
    found = view_counts()
    if not found:
        return None
    labels = "|".join(
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(found, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:{_VIEW_COUNT}\s*(?:{labels})|(?:{labels})\s*:?\s*{_VIEW_COUNT})", re.IGNORECASE
    )


# A post's meta line ending in its writer's follow button: a name, the date and the label
# run on ("바다산책 2026. 12. 5. 18:20이웃추가", "Ana Ruiz · 3 dic 2026 · Seguir"); at most
# this long, and the name beside the date at most ``_FOLLOW_NAME_WORDS`` words, none in lower
# case (a clause that ends with "follow" is the text's).
FOLLOW_LINE = 80
_FOLLOW_NAME_WORDS = 4


@functools.cache
def _follow_labels() -> tuple[str, ...]:
    """The follow buttons' labels of the language files' ``follow`` lists, in lower case (a
    tuple: ``str.endswith`` tries them all in one call)."""
    return tuple(sorted({word.lower() for word in words(LabelList.FOLLOW)}, key=len))


def is_followed_meta_line(text: str) -> bool:
    """Whether ``text`` is a name and a date before a follow label, nothing else."""
    stripped = text.rstrip(" .!·|›»>")
    line, labels = stripped.lower(), _follow_labels()
    if not line.endswith(labels):
        return False
    label = max((word for word in labels if line.endswith(word)), key=len)
    head = ascii_digits(stripped[: len(stripped) - len(label)])
    date = find_text_date(head)
    if date is None:
        return False
    name = [word for word in head.replace(date, " ").split() if any(map(str.isalnum, word))]
    # A name's words open with a capital (or a script without case): "the others" is a clause.
    return len(name) <= _FOLLOW_NAME_WORDS and not any(word[0].islower() for word in name)


def is_view_tally(text: str) -> bool:
    """Whether a line is a view count alone: nothing after it, or a few words an element
    ran on against it, which open with a capital ("128 lượt xemTheo dõi"); a word the count's
    word runs into ("3 viewpoints") or a phrase after a space is the text's."""
    pattern = _view_tally()
    match = pattern.match(text.strip()) if pattern is not None else None
    if match is None:
        return False
    rest = text.strip()[match.end() :]
    if not rest or _OTHER_TALLIES.fullmatch(rest):
        return True
    return (
        rest[0].isupper()
        and match.group().rstrip()[-1:].isalpha()
        and len(rest.split()) <= _VIEW_TALLY_REST
        and SENTENCE_END.search(rest) is None
    )


def is_reading_time(text: str) -> bool:
    """Whether a short line holding a figure (the caller's tests: ``READING_TIME_LINE``,
    a digit) is a reading time: a few words, a label of the data, and no long number but a
    date's year."""
    return (
        _few_words(text)
        and _reading_time().search(text) is not None
        and (not _LONG_NUMBER.search(text) or _long_number_is_a_date(text))
    )


def _long_number_is_a_date(text: str) -> bool:
    """Whether every long number of a reading-time line is a date's (its year): a post's meta
    line gives its date beside its reading time ("3 dic 2026 · 2 min de lectura")."""
    date = find_text_date(text)
    return date is not None and not _LONG_NUMBER.search(ascii_digits(text).replace(date, " "))


def _few_words(text: str) -> bool:
    """Whether a line holds at most ``_READING_TIME_WORDS`` words, its separators aside
    (counted only when the line's parts are more)."""
    parts = text.split()
    return len(parts) <= _READING_TIME_WORDS or (
        sum(1 for part in parts if any(c.isalnum() for c in part)) <= _READING_TIME_WORDS
    )


# In a reading-time label of the data, the number's place when words stand on both sides of
# it ("อ่าน # นาที": "อ่าน 3 นาที", read 3 minutes): neither side alone is a label ("read").
_NUMBER_PLACE = "#"


@functools.cache
def _reading_time() -> re.Pattern[str]:
    """A reading-time label anywhere in the line: scripts without spaces write it against
    the number ("約3分で読めます"), so no word boundary is asked; a label written around the
    number ("Ανάγνωση σε 3 λεπτά") holds it between its words, up to three marks or spaces
    before it ("Lecture : 3 min") and a space after. The lookahead of first letters (in
    both cases, the search ignoring case) halves the search of a line without."""
    found = words(LabelList.READING_TIME)
    cased = {case(word[:1]) for word in found for case in (str.lower, str.upper)}
    plain = word_alternation(w for w in found if _NUMBER_PLACE not in w)
    around = [
        r"\W{0,3}\d{1,3}\s?".join(
            re.escape(side.strip()).replace(r"\ ", r"\s+") for side in w.split(_NUMBER_PLACE, 1)
        )
        for w in sorted(found, key=len, reverse=True)
        if _NUMBER_PLACE in w
    ]
    labels = "(?:" + "|".join([*around, plain]) + ")"
    return re.compile(first_characters(sorted(cased)) + labels, re.I)
