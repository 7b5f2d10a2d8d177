"""A role written before or after a name in a byline ("Photos:", "Redakteurin", "Staff Writer"),
cut from it."""

from __future__ import annotations

import functools
import re

from ahocorasick_rs import AhoCorasick

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.name_splits import (
    PLACE_PREPOSITIONS,
    is_unspaced,
    listed_joiner,
    split_names,
)
from newsextract.regex_words import word_alternation

# A role this long is also found as the end of a compound ("Chefkorrespondentin").
_COMPOUND_ROLE = 6


@functools.cache
def _role_words() -> tuple[list[str], list[str], list[str]]:
    """The job titles of the data by how they are matched: whole words, the end of a
    compound ("Sportredakteur"), and words of a script without spaces ("기자")."""
    spaced: list[str] = []
    compound: list[str] = []
    unspaced: list[str] = []
    for role in words(LabelList.ROLES):
        if is_unspaced(role):
            unspaced.append(role)
        elif len(role) >= _COMPOUND_ROLE:
            compound.append(role)
        else:
            spaced.append(role)
    return spaced, compound, unspaced


def _role_alternation(spaced: list[str], compound: list[str]) -> str:
    groups = [word_alternation(spaced)] if spaced else []
    if compound:  # a compound role may end a longer word ("Sportredakteur")
        groups.append(rf"\w*{word_alternation(compound)}")
    return "|".join(groups) or "(?!)"


@functools.cache
def _roles() -> re.Pattern[str]:
    """A job title and all that follows it ("Jane Doe, Staff Writer", "김철수 기자", and its
    address in brackets, "김철수 기자(kim@…)"), and a place or employer after a preposition
    ("Jane Doe in Paris")."""
    spaced, compound, unspaced = _role_words()
    roles = _role_alternation(spaced, compound)
    return re.compile(
        rf"(?:^|(?<=\s))(?:{roles})(?=[\s,.;:(（]|$).*$"
        rf"|{word_alternation(unspaced) if unspaced else '(?!)'}(?=[\s,.;:、(（]|$).*$"
        rf"|(?<=\s){PLACE_PREPOSITIONS}(?=\s).*$",
        re.I,
    )


# ``_roles()``'s last branch alone: a place or an employer after a preposition.
_PLACE_OR_EMPLOYER = LazyPattern(rf"(?<=\s){PLACE_PREPOSITIONS}(?=\s).*$", re.I)


def role_tail(text: str) -> re.Pattern[str] | LazyPattern:
    """The regex that reads ``text`` as ``_roles()`` does: ``_PLACE_OR_EMPLOYER`` for a text
    that holds no job title (``_may_hold_role``), where that branch is all ``_roles()`` can
    match (its job titles' branch searched every word for a compound's end: 12 µs a name,
    against 1 µs)."""
    return _roles() if _may_hold_role(text) else _PLACE_OR_EMPLOYER


def _may_hold_role(text: str) -> bool:
    """Whether a job title of ``_role_words`` may be in ``text``. False only for a text of
    ASCII characters (most bylines) in which one automaton pass finds the first word of no
    title in any case: every title ``_roles()`` and ``_leading_roles()`` match holds it."""
    if not text.isascii():
        return True
    finder = _ascii_role_finder()
    return finder is None or bool(finder.find_matches_as_indexes(text.lower()))


@functools.cache
def _ascii_role_finder() -> AhoCorasick | None:
    """An automaton of the job titles' first words as an ASCII text in lower case holds
    them where the regexes match them in any case (``re.I`` matches the Kelvin sign to "k",
    the dotless "ı" to "i"): each character read as the ASCII ones ``re.I`` matches it to, a
    title with a character matching none left out (no ASCII text holds it). None when a
    character would read as two (the test would be unsure)."""
    pieces: set[str] = set()
    for role in (word for kind in _role_words() for word in kind):
        first = role.split(" ")[0]
        if not first:
            return None
        folded = [_ascii_matches(char) for char in first]
        if any(len(matches) > 1 for matches in folded):
            return None
        if all(folded):
            pieces.add("".join(folded))
    return AhoCorasick(sorted(pieces)) if pieces else None


@functools.cache
def _ascii_matches(pattern_char: str) -> str:
    """The ASCII characters a regex's ``pattern_char`` matches in any case, in lower case
    (one, none, or two if ever a character matched two letters)."""
    test = re.compile(re.escape(pattern_char), re.I).fullmatch
    return "".join(sorted({chr(c).lower() for c in range(128) if test(chr(c))}))


@functools.cache
def _leading_roles() -> re.Pattern[str]:
    """Job titles opening the text, before the name ("verslaggever Sanne de Vries" after
    "door", "Redakteurin Anna Berg", "Senior Editor Jane Doe", "Reporter: Jane Doe"); not one
    opening with a contributor's word ("Photo Jane Doe", "Photographer Jane Doe" credit the
    photographer)."""
    contributors = tuple(words(LabelList.CONTRIBUTORS))
    spaced, compound, _ = _role_words()
    # A contributor's word is no title opening the text, but after a title it is the
    # writer's own ("Senior Editor Jane Doe": Indonesian lists "editor" as a credit, the
    # editor's, of a line "Editor: …" opens).
    first = _leading_alternation(
        [r for r in spaced if not r.startswith(contributors)],
        [r for r in compound if not r.startswith(contributors)],
    )
    later = _leading_alternation(spaced, compound)
    # a title before a colon heads the line as a label does ("প্রতিবেদক: তানিয়া রহমান",
    # "خبرنگار: مریم احمدی": reporter)
    colon = rf"(?:\s*[{LABEL_COLONS}])?\s+"
    return re.compile(rf"^(?:{first}){colon}(?:(?:{later}){colon})*", re.I)


def _leading_alternation(spaced: list[str], compound: list[str]) -> str:
    """Whole titles first, the longest preferred ("Staff Writers", not "Staff" then a name
    "Writers Jane Doe"), then a compound's end ("Sportredakteurin")."""
    whole = word_alternation(spaced + compound)
    return rf"{whole}|{_role_alternation([], compound)}" if compound else whole


def opens_with_role(text: str) -> bool:
    """Whether a job title opens ``text`` ("Senior Editor …", "محرر …")."""
    return _may_hold_role(text) and _leading_roles().match(text) is not None


def without_leading_roles(text: str, language: str | None = None) -> str:
    """``text`` without the job titles opening it, when a name of two words or more follows
    them ("verslaggevers Sanne de Vries en Pieter Bakker" -> "Sanne de Vries en Pieter
    Bakker"); else unchanged ("Staff Reports", "Business Insider Staff": the role is part of
    a credit naming no one, cut with the rest by ``_roles``), as when another job title
    closes the words after them: those words were the title's own ("Senior Local Government
    Correspondent" is one title, no name)."""
    lead = _leading_roles().match(text) if _may_hold_role(text) else None
    if lead is None:
        return text
    rest = text[lead.end() :]
    if listed_joiner(language).match(rest):
        return text  # a list of job titles ("সাংবাদিক ও কলাম লেখক", journalist and columnist)
    first_part = split_names(rest, language)[0]
    first = role_tail(first_part).sub("", first_part).strip(" ,;")
    if first != first_part.strip(" ,;") and _PLACE_OR_EMPLOYER.search(first_part) is None:
        return text  # a job title, no place, closes the words: one title ("Senior Local
        # Government Correspondent")
    if len(first.split()) >= MIN_NAME_AFTER_ROLE and looks_like_name(first):
        return rest
    return text


# A name after a leading job title has two words or more: one word left ("Staff Reports",
# "News Desk") is the rest of a credit, not a name.
MIN_NAME_AFTER_ROLE = 2


def without_role(name: str) -> str:
    """``name`` without the job titles opening it (``without_leading_roles``), or opening
    it after an outlet's word, and a job title after it with what follows it; but one role
    word after an organisation's initials ("BBC News", "CBS News") is the organisation's
    name, kept whole: a person's name is not written in capitals as one word, and a job
    title after initials has a noun of its own ("AP Sports Writer": AP's sports writer)."""
    name = without_leading_roles(name)
    cut = role_tail(name).sub("", name).strip()
    if cut != name and " " not in cut:
        # The outlet's word before the job title, the name after both ("Ledger staff writer
        # Jane Doe", "Times Staff Writer John Roe"): the name, as after a title alone.
        titled = name[len(cut) :].strip()
        after = without_leading_roles(titled)
        if after != titled:
            return role_tail(after).sub("", after).strip()
        if (named := _unspaced_name_after_role(titled)) is not None:
            return named  # "新华社记者 王小明": the agency's reporter
    if cut != name and _INITIALS.match(cut) and len(name.split()) == 2:
        return name
    return cut


# A Chinese or Japanese name written without a space: a family name of one or two Han
# characters and a given name of one to three.
_UNSPACED_NAME_CHARS = (2, 5)


def _unspaced_name_after_role(titled: str) -> str | None:
    """The name after a job title of a script without spaces and one space ("记者 王小明", the
    rest of "新华社记者 王小明"), when it is two to five such characters; else None."""
    role, _, rest = titled.partition(" ")
    low, high = _UNSPACED_NAME_CHARS
    if role.casefold() not in _unspaced_roles() or not low <= len(rest) <= high:
        return None
    return rest if is_unspaced(rest) else None


@functools.cache
def _unspaced_roles() -> frozenset[str]:
    return frozenset(_role_words()[2])


# An organisation's initials: one word of two to six capitals ("BBC", "HLNF", "AP").
_INITIALS = LazyPattern(r"^[A-Z]{2,6}$")
