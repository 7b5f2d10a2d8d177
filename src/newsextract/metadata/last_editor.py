"""The page's last editor a wiki's footer names, as its author where nothing else names one.

A wiki or a documentation site prints who last edited the page in its page-info line:
MoinMoin's "Page (last edited 2019-11-10 13:28:18 by <a>UserName</a>)", DokuWiki's "Last
modified: 2021/04/02 10:12 by <bdi>username</bdi>", "Zuletzt bearbeitet am 2. April 2021 von
<a>Klaro</a>". Such a page has no byline; its evaluation truths credit that editor, so the
name is the resolution's last resort for ``authors`` (``fields.POLICIES``), read only when no
source names one (``resolve``'s ``last_editor``): most pages pay nothing for it. The labels are the
language files' ``updated`` and ``byline`` words; the name must be the text of the line's own
last element (a link to the user's page), a member name of one word maybe ("UserName").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from newsextract.label_lists import LabelList
from newsextract.labels import searched_alternation, words
from newsextract.metadata.byline_openings import names_a_person
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.regex_words import word_alternation
from newsextract.text import clean_text

LAST_EDITOR = "last-editor"
# The page-info line sits in the footer, among the page's last texts: this many are read.
_LAST_TEXTS = 40
# A line longer than this is prose, no page-info line.
_MAX_LINE_CHARS = 200
# Between the update label and the byline label: the date and time, maybe a colon.
_MAX_BETWEEN = 60
# The date after the name ("on Mar 11, 2024 at 10:04"): this many characters at most.
_MAX_DATE_CHARS = 30
# A member's name is one word to four.
_MAX_NAME_WORDS = 4
# The elements a page-info line sets its editor's name in: a link to the user's page, or a
# span or bidi-isolate around it.
_NAME_TAGS = frozenset({"a", "span", "bdi"})
# The closing marks a line may set after the name's element ("(… by <a>X</a>)").
_CLOSERS = " )]."


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    texts = page.own_texts[-_LAST_TEXTS:]
    if not texts:
        return
    enders = _label_ends()
    for node, _, own in reversed(texts):
        if own is None or len(own) > _MAX_LINE_CHARS:
            continue
        tail = own.rstrip(_CLOSERS).rsplit(None, 1)[-1:]  # a set test before any query
        if not tail:
            continue
        # "… by X on Mar 11, 2024": the date closes the line, a byline label within it
        dated = tail[0][-1:].isdigit() and not enders.isdisjoint(own.casefold().split())
        if not (dated or tail[0].casefold() in enders):
            continue
        last = node.last_child
        while last is not None and last.tag not in _NAME_TAGS:
            last = last.prev
        name = clean_text(last.text(deep=True)) if last is not None else ""
        if len(name.split()) > _MAX_NAME_WORDS or not (name or dated):
            continue
        found = _line().search(clean_text(node.text(deep=True)))
        if found is None or (dated and found["date"] is None):
            continue
        # without a date after it, what the date's group took closes the name ("User 2")
        got = " ".join(part for part in (found["name"], None if dated else found["date"]) if part)
        if dated and not name and names_a_person(got):
            name = got  # a plain line names a person, no member ("Lena Hoffmann")
        if got == name:
            yield Candidate(
                field=ArticleField.AUTHORS, value=(name,), origin=Origin.HTML, detail=LAST_EDITOR
            )
            return


@functools.cache
def _label_ends() -> frozenset[str]:
    """The last words of every byline label ("by", "von", "par"): a page-info line's own
    text ends with one, its name's element after it."""
    return frozenset(label.split()[-1] for label in words(LabelList.BYLINE))


@functools.cache
def _line() -> re.Pattern[str]:
    """An update label, the date after it, a byline label and the name, closing the line;
    or the labels, the name and the date after it ("Last edited by <a>Karl Jensen</a> on Mar
    11, 2024", "Zuletzt bearbeitet von Lena Hoffmann am 11.03.2024"), a date word of the
    language lists or a digit opening it (one pattern: its labels' compiling is the cost)."""
    updated = searched_alternation(LabelList.UPDATED)
    byline = word_alternation(words(LabelList.BYLINE))
    date_words = word_alternation(words(LabelList.DATE_WORDS))
    return re.compile(
        rf"(?<!\w){updated}(?!\w).{{0,{_MAX_BETWEEN}}}?\s{byline}\s+"
        rf"(?P<name>[^\s()\[\]][^()\[\]]*?)(?:\s+(?P<date>(?:(?:{date_words})\s+\S|\d)"
        rf"[^()\[\]]{{0,{_MAX_DATE_CHARS}}}))?\s*[)\].]?$",
        re.I,
    )
