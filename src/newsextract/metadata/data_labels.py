"""Dates that are the page's data, not its stamp: a day under a label of the page's data
("Termin:", "Lieferung:", "Date of the concert:"), a day followed by a span of hours ("15
June 2025, 11:00–18:00"), a box of facts listing an event. Such a day is an event's or an
offer's, and both date readings pass it over: the written dates (``visible_dates``) and the
page search (``page_dates``, through ``date_line_labels``), unless the element is named for
a date (``named_for_a_date``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from newsextract.body.date_lines import date_name_sets
from newsextract.dateparser_words import short_weekday_names
from newsextract.dates import BIDI_MARKS, TextDate, find_text_dates
from newsextract.label_lists import LabelList
from newsextract.labels import WORD_MARKS
from newsextract.labels import words as listed_words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.date_line_labels import publication_label, with_terms
from newsextract.metadata.visible_blocks import DIGIT, MAX_BLOCK
from newsextract.text import clean_text, is_unspaced_char

# The words of ``DATE_SCOPES`` that name an element for a date or a time: its label is the
# date's, whatever it says ("<p class=date>Filed: 2024-03-05 10:20</p>"); the others
# ("info", "meta", "data") name boxes of any facts.
_NAMED_FOR_A_DATE = LazyPattern(r"date|time|datum|fecha|tarih|tanggal|publi|posted", re.I)


def named_for_a_date(node: LexborNode) -> bool:
    """Whether ``node`` is a ``<time>`` or its class or id names a date (``_NAMED_FOR_A_DATE``)."""
    if node.tag == "time":
        return True
    names = " ".join(filter(None, class_and_id(node)))
    return _NAMED_FOR_A_DATE.search(names) is not None


# A label of one to three words and a colon right before a date ("Termin:", "Deadline:",
# "Livraison estimée :", "Kick-off:"): the page's data gives the day of an event or an
# offer so; a page's own stamp is labelled with a date's words (published, updated, the
# language files' date words, a month's or a weekday's name: "Veröffentlicht am:", "Datum:");
# a label holding one such word is a date's ("Datum der Veranstaltung:" too).
# Its words go on over combining marks (an Indic vowel sign or virama: "প্রকাশ:") and over
# the zero-width (non-)joiner Persian writes between a word's parts ("به‌روزرسانی:", updated,
# was read as its last part, no date word, and its update taken for an event's day).
_IN_WORD = f"\\w'’{WORD_MARKS}\u200c\u200d-"
_DATA_LABEL_WORD = rf"[^\W\d][{_IN_WORD}]*"
_DATA_LABEL = LazyPattern(
    rf"(?:^|[^\s{_IN_WORD}])\s*({_DATA_LABEL_WORD}(?:\s+{_DATA_LABEL_WORD}){{0,2}})\s*:\s*$"
)
# A word and a colon after it, as ``_DATA_LABEL`` ends, in a text before its digits are
# read (its bidirectional marks are spaces then): a text without one has no data label, and
# its date search is spared (a page of 10,000 lines "1 March 2021, 0:00" ran it per line).
_WORD_BEFORE_COLON = LazyPattern(rf"(?<![{_IN_WORD}]){_DATA_LABEL_WORD}[\s{BIDI_MARKS}]*:")


def may_hold_data_label(text: str) -> bool:
    """Whether ``text`` may write a date after a label of the page's data (``data_label``):
    a word and a colon, the cheap test before ``find_text_dates``."""
    return ":" in text and _WORD_BEFORE_COLON.search(text) is not None


# A time with its seconds ("04 Mart 2024, 21:12:00"): a stamp a program printed, a forum
# post's or a log's, never an event's announced hour; a data label before it ("Tarih:", date,
# Turkish SMF's post header) is then the stamp's own (probe tr_smf).
_SECONDS = LazyPattern(r"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)")


# The dashes between two times of one day that make them a span of hours ("11:00 – 18:00"):
# the hours an event, an opening or a shift runs, never a page's stamp, which is an instant.
_RANGE_DASHES = frozenset("-–—")


def hours_after(found_dates: Sequence[TextDate], index: int) -> bool:
    """Whether the date ``found_dates[index]`` is followed by a span of hours on its day: its
    time, a dash and another time ("15 June 2025, 11:00–18:00"), or, written without a
    time, two times with a dash between them ("za 15 juni 2024 Tijd: 11:00 – 18:00")."""
    following = found_dates[index + 1 : index + 3]
    if not following or not following[0].same_day or found_dates[index].same_day:
        return False
    if found_dates[index].has_time:
        return following[0].label.strip() in _RANGE_DASHES
    return (
        len(following) == 2
        and following[1].same_day
        and following[1].label.strip() in _RANGE_DASHES
    )


def data_day(label: str, span: str) -> bool:
    """Whether a date written as ``span`` after ``label`` is the page's data (``data_label``),
    unless its time gives the seconds (``_SECONDS``)."""
    return data_label(label) and _SECONDS.search(span) is None


def data_label(label: str) -> bool:
    """Whether the text before a date ends with a label of the page's data (``_DATA_LABEL``),
    maybe with a weekday's name after it ("Date: Saturday, 14 June 2025")."""
    date_words = date_name_sets()[1]
    words = label.rstrip(" ,").rsplit(None, 1)
    if len(words) == 2 and _calendar_name(words[1].lower().rstrip(",."), date_words):
        label = words[0]  # a weekday's name: the label is before it
    if not label.rstrip().endswith(":"):
        return False
    match = _DATA_LABEL.search(label)
    if match is None:
        return False
    found = set(match.group(1).lower().split())
    return not found & date_words and not any(map(_unspaced_date_compound, found))


def _calendar_name(word: str, date_words: frozenset[str]) -> bool:
    """Whether ``word`` is a date's word or a weekday's name, short forms too ("fr" of
    "Lieferung: Fr, 08.03.2024"): right after a label's colon, before the date, it is the
    weekday written with it, not a word of another language."""
    return word in date_words or word in short_weekday_names()


# The shortest label read opening a compound of a script without spaces: two characters
# ("投稿", "更新"); one is part of too many other words.
_MIN_COMPOUND_PART = 2


@functools.cache
def _unspaced_stamp_labels() -> tuple[str, ...]:
    """The publication and update labels of scripts written without spaces, two characters
    or more: the first part of a label glued into one word there ("投稿日時")."""
    return tuple(
        label.lower()
        for kind in (LabelList.PUBLISHED, LabelList.UPDATED)
        for label in listed_words(kind)
        if len(label) >= _MIN_COMPOUND_PART and all(map(is_unspaced_char, label))
    )


def _unspaced_date_compound(word: str) -> bool:
    """Whether ``word``, in a script written without spaces, opens with a publication or an
    update label: a page's stamp labelled in one word ("投稿日時", "posted" and "date and
    time"; "更新日時"), no event's data ("開催日時", "held on")."""
    if not word or not is_unspaced_char(word[0]):
        return False
    return word.startswith(_unspaced_stamp_labels())


def class_and_id(node: LexborNode) -> tuple[str | None, str | None]:
    """The element's class and id: with its tag and its parent, all that ``in_other_item``
    and ``in_sidebar`` read of it (the rest is its ancestors'), so that siblings alike share
    their verdict (an archive list's 500 dated items in a sidebar: one walk up, not 500)."""
    attrs = node.attributes
    return attrs.get("class"), attrs.get("id")


# A word of the text between a publication label and its date: letters (with an Indic vowel
# sign or a joiner inside), read to tell a label that runs on into another thing's name.
_LABEL_WORD = LazyPattern(rf"[^\W\d_][{_IN_WORD}]*")


def names_another_thing(opened: re.Match[str] | None, label: str) -> bool:
    """Whether the words between a publication label (``opened``, its match in ``label``)
    and its date, closed by a colon, name something other than a date: "Fecha del evento:"
    (the event's date; Spanish "fecha", date, is a publication label), "Date of the
    concert:". A page's own label runs on only with a date's words ("Publicado el",
    "Veröffentlicht am Montag,") or none."""
    if opened is None or not label.rstrip().endswith((":", "：")):
        return False
    date_words = date_name_sets()[1]
    rest = _LABEL_WORD.findall(label[opened.end() :].lower())
    return any(word not in date_words for word in rest)


def label_runs_on(label: str) -> bool:
    """``names_another_thing`` of the last publication label in the text before a date
    (searched only when that text closes with a colon)."""
    if not label.rstrip().endswith((":", "：")):
        return False
    last = None
    for last in publication_label().finditer(label):  # noqa: B007 (the last is kept)
        pass
    return names_another_thing(last, label)


# The boxes of facts whose terms label each their own value: a definition list, a table.
_FACT_BOXES = frozenset({"dl", "table"})
_FACT_BOX_CLIMB = 3  # a term's box: its <dl>, or its <table> above a <tr> and a <tbody>


def hours_in_facts(term: LexborNode, span: str) -> bool:
    """Whether the day ``span`` a label alone in its term or cell dates is followed by a span
    of hours in the same box of facts (``hours_after``): an event's listing ("Datum: za 15
    juni 2024, Tijd: 11:00 – 18:00, Locatie: …"), whose date is no page's."""
    box = term.parent
    for _ in range(_FACT_BOX_CLIMB):
        if box is None or box.tag in _FACT_BOXES:
            break
        box = box.parent
    return box is not None and box.tag in _FACT_BOXES and event_facts(box, span)


def event_facts(box: LexborNode, span: str | None = None) -> bool:
    """Whether a day (``span``, or any) in ``box``, a short box of facts, is followed there by
    a span of hours (``hours_after``): an event's listing, not the page's stamp. The box's
    text may join the day to the time after it ("15 de junio de 2024 Horario 10:00")."""
    raw = box.text(deep=True, separator=" ")
    if len(raw) > MAX_BLOCK or DIGIT.search(raw) is None:
        return False
    found_dates = list(find_text_dates(clean_text(with_terms(box, raw)), same_day_times=True))
    return any(
        (span is None or found.span.startswith(span)) and hours_after(found_dates, index)
        for index, found in enumerate(found_dates)
    )
