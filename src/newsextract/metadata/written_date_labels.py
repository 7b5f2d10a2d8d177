"""Which label a written date has, told from the words around it in its line: an update's
("Updated", "Mis à jour") or a publication's, before the date or, in Japanese, after it
("2024年3月5日 10時30分 公開"), a print edition's ("付 朝刊"), or the second stamp of an edit's
span ("10:30 ~ 18:05"). The written dates (``visible_dates``) call a date ``modified`` or
``published`` by these answers."""

from __future__ import annotations

import functools
import re

from newsextract.dates import TextDate, ascii_digits
from newsextract.label_lists import LabelList
from newsextract.labels import (
    labels_after_date,
    print_edition_after,
    print_edition_words,
    searched_alternation,
)
from newsextract.metadata.date_line_labels import publication_label
from newsextract.regex_words import word_alternation


@functools.cache
def updated_label() -> re.Pattern[str]:
    """Words calling a date the last update ("Updated", "Mis à jour", "更新")."""
    return re.compile(searched_alternation(LabelList.UPDATED), re.I)


LABEL_REACH = 40  # a date's label sits just before it; text farther back is other matter


def print_edition_days(found_dates: list[TextDate], text: str) -> set[int]:
    """The indices of the dates a print edition's label follows ("2024年3月6日付 朝刊", the
    files' ``print_editions_after``): the paper's days, not the page's. The words are
    looked for in the text first: most lines hold none."""
    if not found_dates or print_edition_words().search(text) is None:
        return set()
    opening = print_edition_after()
    digits = ascii_digits(text)
    last = found_dates[-1].span
    at = digits.rfind(last)
    tail = digits[at + len(last) :] if at >= 0 else ""
    return {
        index
        for index in range(len(found_dates))
        if opening.match(found_dates[index + 1].label if index + 1 < len(found_dates) else tail)
    }


def calls_update(label: str) -> bool:
    """Whether the words before a date call it the last update: an update label with no
    publication label after it, nearer the date ("Updated 3 days ago · Published March 1,
    2024": the relative update has no date of its own, the day is the publication's)."""
    updates = [found.start() for found in updated_label().finditer(label)]
    if not updates:
        return False
    publications = [found.start() for found in publication_label().finditer(label)]
    return not publications or updates[-1] > publications[-1]


# The marks a span of two stamps is written with ("02.01.2023 10:30 ~ 05.01.2023 18:05"),
# a wave dash in ASCII, Japanese or full width; a hyphen or dash spans an event's days.
_SPAN_MARKS = frozenset({"~", "〜", "～"})


def edit_span(found_dates: list[TextDate], index: int) -> bool:
    """Whether the date at ``index`` closes a span of two timed stamps after a wave dash: a
    post's first writing, then its last edit (a dictionary's or a board's entry), which no
    event's span is written as (its days, or its hours alone)."""
    if index == 0:
        return False
    found = found_dates[index]
    return (
        found.label.strip() in _SPAN_MARKS
        and found.has_time
        and found_dates[index - 1].has_time
        and not found.same_day
    )


def labelled_after(found_dates: list[TextDate], text: str) -> list[TextDate]:
    """The dates of a text, a label written right after a date taken as that date's
    (``labels.labels_after_date``: Japanese "2024年3月5日 10時30分 公開 2024年3月7日 9時00分
    更新"), not as the next date's, which keeps what follows the label."""
    words = labels_after_date()
    if not found_dates or not any(word in text for word in words):
        return found_dates
    pattern = _label_after_date()
    digits = ascii_digits(text)
    out = list(found_dates)
    last = out[-1].span
    at = digits.rfind(last)
    tail = digits[at + len(last) :][:LABEL_REACH] if at >= 0 else ""
    # Whether the line writes its labels after its dates: its last date has one. Otherwise a
    # label set apart from both dates by spaces opens the second's ("2025年3月5日(水) 14:20
    # 最終更新 2025年3月6日(木) 9:15"); one written on its date or in brackets is the date's
    # ("3/5(水) 10:30配信").
    after_dates = pattern.match(tail) is not None
    for index, found in enumerate(out):
        following = out[index + 1].label if index + 1 < len(out) else tail
        match = pattern.match(following)
        if match is None or _labelled(found.label):
            continue  # none, or the date has its label before it ("更新 2024年3月7日 公開 …")
        if (
            index + 1 < len(out)
            and not after_dates
            and _opens_next(following[: match.start(1)], following[match.end() :])
        ):
            continue
        out[index] = found._replace(label=match.group(1))
        if index + 1 < len(out):
            out[index + 1] = out[index + 1]._replace(label=following[match.end() :])
    return out


def _opens_next(before_label: str, after_label: str) -> bool:
    """Whether a label after a date opens the next date's text: set apart from the first by
    spaces only, or by a bracket that the next date stands in ("2024年3月5日 10時30分（最終更新
    2024年3月5日 12時00分）"), not one the label closes ("3/5(水) 10:30(配信)")."""
    if before_label.isspace():
        return True
    opened = before_label.strip()
    return opened in _OPENING_BRACKETS and not any(c in after_label for c in _CLOSING_BRACKETS)


_OPENING_BRACKETS = frozenset("(（")
_CLOSING_BRACKETS = frozenset(")）")


def _labelled(label: str) -> bool:
    return (
        publication_label().search(label) is not None or updated_label().search(label) is not None
    )


@functools.cache
def _label_after_date() -> re.Pattern[str]:
    """A label after a date: in brackets maybe, and not before a colon or another letter
    ("更新日：" opens the next date's label)."""
    return re.compile(
        r"\s*[(（]?\s*(" + word_alternation(labels_after_date()) + r")(?![\w:：])", re.I
    )
