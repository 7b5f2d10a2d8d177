"""One author's name made clean, or refused, and a list of names without duplicates.

A value from a byline's part or from structured data may still hold a label, a job title, a
handle, a degree or a "See all posts" link, or be a URL, a date or a placeholder: a name is
what is left when those are gone, or None.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_END,
    LABEL_START,
    news_agencies,
    picture_agencies,
    searched_alternation,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_date_tails import without_calendar_tail
from newsextract.metadata.byline_labels import byline_prefix, caseless_label_opening
from newsextract.metadata.byline_placeholders import named_desk, no_name_words, unspaced_desk
from newsextract.metadata.byline_roles import without_role
from newsextract.metadata.contributor_credits import contributor_opening, contributor_tail
from newsextract.metadata.name_shapes import institution
from newsextract.metadata.name_splits import is_unspaced
from newsextract.regex_words import longest_first
from newsextract.text import clean_text, compare_key


@functools.cache
def _not_name() -> re.Pattern[str]:
    """What no name holds: a URL, an address, a clock time, markup, a colon (a label left
    before a value, "Source: Reuters", "来源：新华社": a credit, not a byline), a stock-photo
    agency, a date's label."""
    dated = searched_alternation(LabelList.PUBLISHED, LabelList.UPDATED)
    pictures = "|".join(re.escape(a) for a in longest_first(picture_agencies()))
    return re.compile(
        r"https?://|www\.|@|\d{3,}|\b\d{1,2}[:.]\d{2}\b|[{}=<>\[\]:：\\]|\.(?:svg|png|jpe?g|js)\b|"
        rf"\b(?:{pictures})\b|{LABEL_START}{dated}{LABEL_END}",
        re.I,
    )


_DEGREES = LazyPattern(
    r"^(?:ph\.?d|m\.?d|m\.?s|r\.?d|r\.?n|mba|msc|bsc|ma|ba|dr|prof|jr|sr|esq|mph|dds|cpa)\.?$", re.I
)
_SEE_ALL = LazyPattern(
    r"\s+(?:alle artikel|all articles|all stories|more from|mehr von|tous les articles|"
    r"follow|folgen|suivre|seguir|contact|kontakt|e-?mail|twitter|profil[e]?)\b.*$",
    re.I,
)
_ALL_POSTS = LazyPattern(
    r"^(?:view all posts by|all posts by|posts by|more posts by|zeige alle beiträge von|"
    r"alle beiträge von|beiträge von|voir tous les articles de|tous les articles de|"
    r"ver todas las entradas de|entradas de|artículos de|alle berichten van|tutti gli articoli di)"
    r"\s+(.+?)(?:\s+anzeigen)?$",
    re.I,
)


_HANDLE = LazyPattern(r"\s*\([^)]{0,12}\)?\s*$")
# A longer note in brackets closing a name (``_named_before``): the newsroom, outlet or
# place the writer works for ("Dafydd Roberts (BBC Cymru Fyw)"), no part of the name.
_BRACKETED_NOTE = LazyPattern(r"\s*[(（][^()（）]{1,40}[)）]\s*$")
# A Chinese or Japanese name is written without a space: two characters or more of it
# before such a note ("佐藤健（市立図書館長）", the city library's director) are a name.
_MIN_UNSPACED_NAME = 2


def _named_before(text: str) -> bool:
    """Whether ``text``, before a bracketed note, is a name of two words or more, or of two
    Han or kana characters or more."""
    stripped = text.strip()
    return " " in stripped or (len(stripped) >= _MIN_UNSPACED_NAME and is_unspaced(stripped))


_TRAILING = LazyPattern(r"^[\s,،.;؛:|\-–—•·()]+|[\s,،.;؛:|\-–—•·()»]+$")
_MAX_NAME_WORDS = 6
# A word longer than this is no part of a name: the longest in use run to 35 letters (a
# German family name, "Wolfeschlegelsteinhausenbergerdorff"), a Thai family name to about 20;
# a field of 2,000 "A"s, a run of references, an id is a value no reader would call a name.
_MAX_NAME_WORD_CHARS = 40
# A family name written as its initial keeps its dot, as a middle initial does ("Camille M.",
# a review's or a forum's writer): the dot is the name's, no punctuation after it.
_CLOSING_INITIAL = LazyPattern(r"\w\s+[^\W\d_]\.$")


# Values up to this long keep their verdict: the sources, the byline splits and the
# resolution clean the same names several times a page (4,338 calls on the dev pages, for
# 1,139 values); a longer value (a paragraph in an author field) is not held.
_KEPT_NAME_CHARS = 200
_KEPT_NAMES = 256  # a few pages' names (a page cleans a handful of distinct values)


def clean_name(value: str) -> str | None:
    """One person's name, or None if the value is not a plausible name."""
    if len(value) <= _KEPT_NAME_CHARS:
        return _kept_name(value)
    return _clean_name(value)


@functools.lru_cache(maxsize=_KEPT_NAMES)
def _kept_name(value: str) -> str | None:
    return _clean_name(value)


def _clean_name(value: str) -> str | None:
    name = clean_text(value)
    posts = _ALL_POSTS.match(name)
    if posts:
        name = posts.group(1)
    # The label's match cut off: ``sub`` tried the anchored pattern at every position.
    if (label := byline_prefix().match(name)) is not None:
        name = name[label.end() :]
    if contributor_opening().match(name):
        return None
    name = contributor_tail().sub("", name)
    if institution(name) is None:  # "Ministry of Health", "Bundesministerium für Gesundheit"
        name = without_role(name)
    if not name:
        return None
    name = _HANDLE.sub("", name)
    if (note := _BRACKETED_NOTE.search(name)) is not None and _named_before(name[: note.start()]):
        name = name[: note.start()]
    name = _SEE_ALL.sub("", name)
    if " " in name:
        name = without_calendar_tail(name)
    initial = _CLOSING_INITIAL.search(name) is not None and name[-2].isupper()
    name = _TRAILING.sub("", name) + ("." if initial else "")
    if not name or _not_name().search(name) or _DEGREES.match(name):
        return None
    if label is None and caseless_label_opening().match(name):
        return None  # "كتب منوعات": a label's word before one word, no credit
    if name.casefold() in no_name_words() or name.lower() in calendar_words():
        return None
    if unspaced_desk(name) or named_desk(name):
        return None
    parts = name.split()
    if len(parts) > _MAX_NAME_WORDS and institution(name) is None:
        return None
    if len(name) < 2 or not any(c.isalpha() for c in name):
        return None
    if any(len(part) > _MAX_NAME_WORD_CHARS for part in parts):
        return None
    if len(parts) == 1 and name.islower() and name not in news_agencies():
        return None  # "red", "amw": newsroom initials and handles, not names
    if name.isupper() and len(name) > 5 and len(parts) > 1:
        name = name.title()
    return name


def unique_names(names: Iterable[str], *, exclude: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Names in order without duplicates (loosely compared) and without excluded values."""
    excluded = {compare_key(e) for e in exclude if e}
    seen: set[str] = set()
    out = []
    for name in names:
        key = compare_key(name)
        if not key or key in seen or key in excluded:
            continue
        seen.add(key)
        out.append(name)
    return tuple(out)


# The detail of a forum poster's handle (``html``): a member's name, no person's in form,
# taken as the board prints it, without the cleaning of names above (which would drop it).
FORUM_HANDLE = "username"
