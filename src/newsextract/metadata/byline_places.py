"""Where a story was filed from, as a byline writes it after or around the names.

A Chinese reporter's place of report ("記者王小明／台北報導"), a Korean one's ("부산=박서준
기자"), the page language's "in" and the section or place after it ("por Ana López en
Madrid") and a town after a comma ("di Marco Bellini, da Ivrea") are no writers: they are
cut from the byline or dropped from its names.
"""

from __future__ import annotations

import functools
import re

from newsextract.label_lists import LabelList
from newsextract.labels import compiled, news_agencies, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_labels import HAN_NAME
from newsextract.metadata.name_splits import joiner_word
from newsextract.regex_words import word_alternation


@functools.cache
def _place_of_report() -> re.Pattern[str]:
    """``HAN_NAMES_BEFORE_PLACE`` to the text's end, built on the first text opening with a
    Han character (``without_place_of_report``): its sets cost the regex compiler 2 ms."""
    return re.compile(rf"^({HAN_NAME}(?:、{HAN_NAME})*)\s*[／/].*$")


def without_place_of_report(text: str) -> str:
    """``text`` without the place of report after the Han names opening it (see
    ``_place_of_report``); a text opening with another character has none."""
    if not "\u4e00" <= text[:1] <= "\u9fff":
        return text
    return _place_of_report().sub(r"\1", text)


# A writer's name of two words or more, in a script that sets words apart with spaces (a
# Chinese, Japanese or Korean name is often one word or two), then a lower-case word and
# one capitalised word: another language's "from" or "in" and the town the story was filed
# from ("di Marco Bellini, da Ivrea", "Par Jean Dupont, à Lyon"), no second writer. A lone
# word after the comma ("Petr Svoboda, Prostějov") stays: dropping it cost a one-word
# writer's name on a dev page, and CLDR's places (``is_place``) hold no towns.
_MIN_WORDS_BEFORE_TOWN = 2
_MAX_PREPOSITION = 5  # the longest "from" or "in" read before a town: "desde", "aus", "da"
_UNSPACED_NAME = LazyPattern("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff]")


def town_after_closed_list(text: str, names: list[str], language: str | None) -> bool:
    """Whether the last of ``names`` is one word after a comma that follows a list its
    joining word closed ("Amina Juma na Hassan Mwinyi, Mwanza", "Jo Roe and Al Lee, Leeds"):
    the "and" named the last writer, the word is the town filed from (an agency stays)."""
    last, before_last = names[-1], names[-2]
    if " " in last or last in news_agencies():
        return False
    head, comma, tail = text.rpartition(",")
    if not comma or tail.strip() != last or not head.rstrip().endswith(before_last):
        return False
    at = len(head.rstrip()) - len(before_last)
    return any(m.end() == at for m in joiner_word(language).finditer(head))


def town_may_follow(first: str) -> bool:
    return len(first.split()) >= _MIN_WORDS_BEFORE_TOWN and _UNSPACED_NAME.search(first) is None


def town_after_name(name: str) -> bool:
    """Whether ``name``, a later part of a byline after a writer's name, is the town it was
    filed from, after a preposition (see ``_MIN_WORDS_BEFORE_TOWN``)."""
    from newsextract.metadata.byline_openings import given_name  # it imports authors: a cycle

    preposition, *place = name.split()
    return (
        len(place) == 1
        and preposition.islower()
        and len(preposition) <= _MAX_PREPOSITION
        and place[0][:1].isupper()
        and not given_name(place[0])  # "Jane Doe, de Tom" would be a writer named so
    )


@functools.cache
def _own_place(language: str) -> re.Pattern[str] | None:
    """``language``'s "in" (``place_prepositions``) after a name, lower case as written
    between words; None for a language that lists none."""
    found = words(LabelList.PLACE_PREPOSITIONS, language)
    if not found:
        return None
    return compiled(rf"(?<=\S)\s+{word_alternation(found)}\s+(?=\S)")


@functools.cache
def _name_separators(language: str) -> re.Pattern[str]:
    """The separators of a byline's names on a ``language`` page: commas and the joining
    words, less its "in" (Spanish "en", which is Dutch "and"). Built apart from
    ``_own_place``, for a byline holding its "in" alone: every language's joining words
    case-blind cost the regex compiler about 1 ms on each language's first page."""
    found = words(LabelList.PLACE_PREPOSITIONS, language)
    joiners = [
        w
        for w in (
            *words(LabelList.BYLINE_JOINERS),
            *words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language),
        )
        if w not in found
    ]
    # the same separators for 14 of the 18 languages with an "in" (``compiled``), built by the
    # warm-up
    # a comma and the joining word after it are one separator (the serial comma; an
    # apposition's closing comma: "Anna Berg, Korrespondentin in Wien, und Paul Roth"), the
    # word in lower case there (Balinese "I Made Wirawan" opens with a capital "I")
    joining = word_alternation(joiners)
    return compiled(rf"\s*[,;]\s*(?-i:{joining}\s+)?|(?<=\S)\s+{joining}\s+(?=\S)", re.I)


def without_own_place_tail(text: str, language: str) -> str:
    """``text`` without the section or place a blog's meta line or a wire's credit sets
    after the names, opened by the page language's "in" ("przez Anna Nowak w kategorii
    Ogród", "por Ana López en Recetas", "av Anna Berg i Trädgård"): from the first "in" to
    the end or the next semicolon, or, when each name has its own ("Ana López en Madrid y
    Juan Pérez en Sevilla"), each name's, the names kept with their separators."""
    place = _own_place(language)
    if place is None:
        return text
    first = place.search(text)
    if first is None:
        return text
    separator = _name_separators(language)
    pieces = separator.split(text)
    marks = separator.findall(text)
    if len(pieces) > 1 and all(place.search(piece) or _opens_a_name(piece) for piece in pieces):
        # a writer without a place among them keeps the names after it ("Anna Berg in Kyiv
        # and Tom Klein": Tom Klein is no part of the place)
        cut = [
            piece[: found.start()] if (found := place.search(piece)) else piece for piece in pieces
        ]
        return "".join(p + m for p, m in zip(cut, [*marks, ""], strict=True))
    # a semicolon ends the place: a wire's next credit follows ("Reporting by Jana Novak in
    # Prague; Writing by Tom Beckett")
    closing = text.find(";", first.end())
    return text[: first.start()] + (text[closing:] if closing >= 0 else "")


def _opens_a_name(piece: str) -> bool:
    """Whether a byline's part between its separators is a writer's name: two words or more,
    the first a given name (``data/names/``), where "New York and Los Angeles" are places."""
    from newsextract.metadata.byline_openings import given_name  # it imports authors: a cycle

    first, *rest = piece.split()
    return bool(rest) and given_name(first)


# A Korean credit's place of report before "=" and the reporter ("부산=박서준 기자"): a word
# of Hangul, not a label (those, "글=", are read as labels first).
@functools.cache
def _korean_place() -> re.Pattern[str]:
    """Built on the first text opening with a Hangul syllable (``without_korean_place``):
    its sets cost the regex compiler 1 ms."""
    return re.compile(r"^[\uac00-\ud7a3]{1,8}\s*=\s*(?=[\uac00-\ud7a3])")


def without_korean_place(text: str) -> str:
    """``text`` without a Korean credit's place of report (``_korean_place``), which opens
    with a Hangul syllable."""
    if not "\uac00" <= text[:1] <= "\ud7a3":
        return text
    return _korean_place().sub("", text, count=1)
