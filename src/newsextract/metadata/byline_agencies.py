"""The news agency a byline credits beside or instead of its writers ("Erik Lindqvist/TT",
"Juan Pérez | EFE", "Nguyễn Văn Hùng (TTXVN)").

The agency is the story's source too (``byline_agency``); an agency whose copy only helped
("Par Camille Roux avec AFP") is no co-writer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_START, alternation, news_agencies, with_words, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_labels import CONTRIBUTOR_MARKS, byline_prefix
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.name_splits import is_unspaced
from newsextract.regex_words import longest_first, word_alternation


@functools.cache
def _glued_agency() -> re.Pattern[str]:
    """An agency's name of two words or more after a name with nothing between ("Sam Ortiz
    Associated Press": the agency's line set in its own element beside the name); the name
    of one word ("dpa", "AP") is left alone, as it may be a name's part."""
    agencies = longest_first(a for a in news_agencies() if " " in a)
    return re.compile(rf"(?<=[^\W\d_])\s+({'|'.join(map(re.escape, agencies))})$")


def split_glued_agency(text: str) -> str:
    """``text`` with a comma between a name and the agency glued after it, when what comes
    before the agency reads as a name ("Sam Ortiz Associated Press"; not "Sam Ortiz and
    The Associated Press")."""
    glued = _glued_agency().search(text)
    if glued is None:
        return text
    before = byline_prefix().sub("", text[: glued.start()], count=1).strip()
    if not looks_like_name(before) or before.split()[-1].lower() == "the":
        return text
    return f"{text[: glued.start()]}, {glued.group(1)}"


# A preposition before an agency's name after the writers ("Rui Martins, da Lusa", "de EFE",
# "from AP"): one short lower-case word.
_PREPOSITION = LazyPattern(r"^[^\W\d_]{1,4}\s+(?=\S)")


def agency_after_preposition(name: str) -> str:
    """``name`` as the agency it credits after a preposition ("da Lusa" -> "Lusa")."""
    found = _PREPOSITION.match(name)
    if found is None or not found.group(0)[0].islower():
        return name
    rest = name[found.end() :]
    return rest if rest in news_agencies() else name


# The detail of a source candidate that is the agency a byline credits: ``text:byline-agency``,
# ``html:byline-agency``, after a "Source:" line and the body's credits in the table.
BYLINE_AGENCY = "byline-agency"


# The article an English byline writes before an agency's name ("By The Associated Press",
# kept in the author's name as written), which the agency list leaves out.
_ENGLISH_ARTICLE = "The "
# An agency written in capitals in the data ("HINA") is also itself written as a word ("Hina")
# from this many letters: a shorter one is a given name as often ("Mia", "Ata").
_MIN_WORD_AGENCY = 4


def byline_agency(names: Iterable[str], byline: str = "") -> str | None:
    """The news agency a byline credits beside or instead of its writers ("Erik Lindqvist/TT",
    "Mette Krogh og Jonas Bech, Ritzau"), or in brackets after them in ``byline``, the text
    the names came from ("Nguyễn Văn Hùng (TTXVN)"), as the page writes it: the story's
    source too."""
    agencies = news_agencies()
    named = next(
        (
            name.removeprefix(_ENGLISH_ARTICLE)
            for name in names
            if name in agencies
            or (len(name) >= _MIN_WORD_AGENCY and name.upper() in agencies)
            or (name.startswith(_ENGLISH_ARTICLE) and name[len(_ENGLISH_ARTICLE) :] in agencies)
        ),
        None,
    )
    if named is not None:
        return named
    credited = _credited_source().search(byline)
    if credited is not None and (source := credited.group(1).strip()) in agencies:
        return source  # "作者：陈静 来源：新华社": the agency a credit label names
    if (employer := _agency_before_role().match(byline)) is not None:
        return employer.group(1)  # "新华社记者 王小明": the agency's reporter
    if not ("(" in byline or "（" in byline):
        return None
    bracketed = (
        _opening_joiner().sub("", m.group(1), count=1) for m in _BRACKETED_PART.finditer(byline)
    )
    return next((part for part in bracketed if part in agencies), None)


def without_helping_agency(names: list[str], text: str) -> list[str]:
    """``names`` without a news agency ``text`` sets right after a writer and the language's
    "with" (``with_words``: "Par Camille Roux avec AFP", "Por Lucía Prieto con EFE"): the
    agency's copy helped, as "(avec AFP)" says in brackets; it is the story's source
    (``byline_agency``), no co-writer. An agency named first or alone stays."""
    if len(names) < 2 or not any(name in news_agencies() for name in names[1:]):
        return names
    kept = names[:1]
    for name in names[1:]:
        at = text.rfind(name)
        if name not in news_agencies() or at < 0 or not _with_before().search(text, 0, at):
            kept.append(name)
    return kept


@functools.cache
def _with_before() -> re.Pattern[str]:
    """A "with" of any language closing a text, before the agency that follows it."""
    return re.compile(rf"(?<!\w){word_alternation(with_words())}\s+$", re.I)


@functools.cache
def _agency_before_role() -> re.Pattern[str]:
    """An agency written without spaces opening the byline, its job title at once ("新华社
    记者 王小明", "共同通信記者 …"): the writer's employer, the story's source."""
    agencies = longest_first(a for a in news_agencies() if is_unspaced(a))
    roles = [r for r in words(LabelList.ROLES) if is_unspaced(r)]
    if not agencies or not roles:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*({'|'.join(map(re.escape, agencies))}){word_alternation(roles)}")


@functools.cache
def _credited_source() -> re.Pattern[str]:
    """A credit label and the source it names inside a byline ("来源：新华社", "Source: AP"),
    up to the next separator."""
    return re.compile(
        rf"{LABEL_START}{alternation(LabelList.CREDIT)}\s*[{CONTRIBUTOR_MARKS}]\s*([^,;|/()（）]+)",
        re.I,
    )


@functools.cache
def _opening_joiner() -> re.Pattern[str]:
    """A joining word opening a bracketed credit ("(avec AFP)", "(with AP)", "(mit dpa)")."""
    return re.compile(rf"^{alternation(LabelList.BYLINE_JOINERS)}\s+", re.I)


# A part of a byline in brackets: an agency after the writer's name ("Jo Roe (AFP)").
_BRACKETED_PART = LazyPattern(r"[(（]\s*([^()（）]{1,30}?)\s*[)）]")
