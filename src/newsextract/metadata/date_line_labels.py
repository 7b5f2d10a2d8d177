"""The words around a date in a line of text, as the page search (``page_dates``) reads them:
an update label opening the line, a publication label in it, a citation's access label, a
label of the page's data before the day ("Lieferung:"), the terms of a definition list, and
the time of day written with the day. The search's steps (date elements, free text, the
page's source) and the written dates (``visible_dates``) read lines alike, so the tests live
here, apart from any one step."""

from __future__ import annotations

import functools
import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_dates, read_written_date
from newsextract.dating.zones import localise, split_zone
from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_END,
    access_label,
    alternation,
    print_edition_words,
    searched_alternation,
    starts_with,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage


def spaced_text(node: LexborNode, text: str) -> str:
    """An element's text with a space between its inner elements' ("<b>NAME</b><br>Joined:"
    reads "NAME Joined:", where a label is a whole word), or ``text`` itself (a title's)
    when it has no inner element."""
    return node.text(deep=True, separator=" ") if node.child is not None else text


@functools.cache
def update_opening() -> re.Pattern[str]:
    """An update label opening a text ("Updated", "Aktualisiert am", "آخر تحديث"), in any
    language."""
    return re.compile(r"\W*" + alternation(LabelList.UPDATED) + LABEL_END, re.I)


@functools.cache
def publication_label() -> re.Pattern[str]:
    """A publication label anywhere in a text: searched at every position, so after the
    lookahead of its first characters (``searched_alternation``; 65 -> 15 us a date line,
    which a page of 10,000 "Updated: …" lines asks once a line)."""
    return re.compile(searched_alternation(LabelList.PUBLISHED) + LABEL_END, re.I)


def accessed(text: str) -> bool:
    """Whether a text with a date holds a citation's access label ("Retrieved 12 May 2021",
    "Abgerufen am …", a reference list's): its date is the day a cited page was read.
    Searched only once a date is found, in the text's start (a date line is short). A
    print edition's label written after its day ("2024年4月2日付 夕刊") passes it over too:
    the paper's day, not the page's."""
    return (
        access_label().search(text, 0, MAX_LINE) is not None
        or print_edition_words().search(text) is not None
    )


def opens_with_update(text: str) -> bool:
    """Whether a text opens with an update label and a publication label follows ("Updated
    7.5.2024 Published 5.5.2024", "آخر تحديث … نشر في …"): its first date is the last
    update's. (An update label alone keeps its date: "Stand - 12.11.2021" is the only day a
    page without a publication date shows.)"""
    line = " ".join(text[: MAX_LINE * 2].split())[:MAX_LINE]
    opening = update_opening().match(line)
    return opening is not None and publication_label().search(line, opening.end()) is not None


# The start of a date line read for its labels: two labelled dates with their times.
MAX_LINE = 120


def under_data_label(node: LexborNode, segment: str) -> bool:
    """Whether the first date ``segment`` writes follows a label of the page's data
    ("Lieferung:", "Termin:", ``data_labels.data_day``) in an element not named for a
    date, and no publication label in the text ("Received: … / Published online: …", a
    journal's history line, dates its publication too): an event's or an offer's day, which
    the visible reading passes over too."""
    from newsextract.metadata.data_labels import (  # it reads this module
        data_day,
        may_hold_data_label,
        named_for_a_date,
    )

    if not may_hold_data_label(segment):
        return False  # no word before a colon, as a data label ends: no date search
    found = next(find_text_dates(segment), None)
    return (
        found is not None
        and data_day(found.label, found.span)
        and not named_for_a_date(node)
        and publication_label().search(segment) is None
    )


def with_terms(node: LexborNode, raw: str) -> str:
    """``raw``, the text of ``node``, with a colon after each term of a definition list in it:
    a term labels its description's date ("<dt>Termin</dt><dd>14. Juni 2025</dd>", an
    event's facts; "<dt>Veröffentlicht</dt><dd>3. März 2024</dd>", a post's)."""
    if node.css_first("dt") is None:
        return raw
    parts = [
        ":" if inner.tag == "dd" else inner.text_content or ""
        for inner in node.traverse(include_text=True)
        if inner.tag in ("-text", "dd")
    ]
    return " ".join(parts)


def page_language(page: ParsedPage) -> str | None:
    """The language its ``<html lang>`` names ("vi" of "vi-VN"), which orders a written
    date's numbers for ``with_written_time``."""
    lang = page.html_lang
    return (lang.replace("_", "-").split("-", 1)[0].lower() or None) if lang else None


def with_written_time(
    text: str, day: datetime, node: LexborNode, language: str | None = None
) -> datetime:
    """``day`` with the time of day written with it in ``text`` ("Inviato: Lun Mar 04, 2024
    9:12 pm", a forum post's header whose label names no publication; "« ב: מרץ 04, 2024,
    21:12:00 »"), and the offset of a zone written after the time: the search reads days,
    and the same day with its time says more. Only plain forms are read (no dateparser: see
    ``read_written_date``, its numbers in ``language``'s order: "T2 04/03/2024 9:12 pm");
    a time of another day is another date's, and so is one under a
    label of the page's data in ``node``, an element not named for a date (as
    ``visible_dates`` reads them: ``data_label``): ``day`` stays."""
    from newsextract.metadata.data_labels import data_day, named_for_a_date  # it reads this module

    for found in find_text_dates(text):
        if not found.has_time:
            continue
        if data_day(found.label, found.span) and not named_for_a_date(node):
            break  # an event's or an offer's day and time under its own label ("Termin:")
        rest, zone = split_zone(found.span)
        timed = read_written_date(rest, language)
        if timed is not None and zone is not None:
            timed = localise(timed, zone)
        if timed is not None and timed.date() == day.date():
            return timed
    return day


ASCII_DIGIT = LazyPattern("[0-9]")


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``: an ASCII text by one search for 0-9 (the only
    ASCII digits), where the generator stepped through each character in Python."""
    if text.isascii():
        return ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


@functools.cache
def published_opening() -> re.Pattern[str]:
    """A text opening with a publication label ("Published", "Opublikowano")."""
    return starts_with(LabelList.PUBLISHED)
