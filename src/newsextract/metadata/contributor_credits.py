"""Other contributors' credits in a byline: the photographer, the editor, the translator, a
health page's reviewer.

"Hans Müller Foto: dpa", "Anna Berger (Text) und Lukas Weber (Fotos)", "Medically reviewed by
Dr. Ana Ruiz — Written by Tom Lee": only the writers are authors, so each other
contributor's credit is cut, with the joining word it leaves behind.
"""

from __future__ import annotations

import functools
import re

from newsextract.label_lists import LabelList
from newsextract.labels import alternation, compiled, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_labels import CONTRIBUTOR_MARKS, byline_prefix
from newsextract.metadata.name_splits import joiner_word, listed_joiner, punctuation_joiner
from newsextract.regex_words import longest_first, word_alternation
from newsextract.text import is_unspaced_char


@functools.cache
def dangling_joiner(language: str | None = None) -> re.Pattern[str]:
    """A joining word or mark left at the end once a contributor's credit after it was cut
    ("By Jane Doe and Photo: John Roe" -> "Jane Doe")."""
    own = words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language) if language is not None else ()
    joiners = word_alternation([*words(LabelList.BYLINE_JOINERS), *own])
    # a language with no joining words of its own writes every language's (``compiled``)
    return compiled(rf"(?:\s+{joiners}|\s*[,،;؛&+/])\s*$", re.I)


# A name's part in brackets after it, one or two words ("Anna Berger (Text) und Lukas Weber
# (Fotos)").
_BRACKETED_WORD = LazyPattern(r"\s*[(（]\s*([^()（）]{1,20}?)\s*[)）]")


@functools.cache
def _credit_words() -> tuple[frozenset[str], frozenset[str]]:
    """The contributors' labels ("Fotos") and the byline labels ("Text"), lower case."""
    return frozenset(words(LabelList.CONTRIBUTORS)), frozenset(words(LabelList.BYLINE))


def without_bracketed_credits(text: str, language: str | None) -> str:
    """``text`` without the names a bracketed contributor's word follows and without a
    bracketed byline label after a name: "Anna Berger (Text) und Lukas Weber (Fotos)" ->
    "Anna Berger", the photographer being no author. Other brackets stay ("Jo Roe (AFP)")."""
    if "(" not in text and "（" not in text:
        return text
    pieces = _BRACKETED_WORD.split(text)
    contributors, labels = _credit_words()
    said = [word.casefold() for word in pieces[1::2]]
    if not any(word in contributors or word in labels for word in said):
        return text
    kept: list[str] = []
    for piece, word, written in zip(pieces[::2], said, pieces[1::2], strict=False):
        if word in contributors:  # the last name before the bracket is the contributor's
            kept.append(_before_last_name(piece, language))
            continue
        kept.append(piece if word in labels else f"{piece} ({written})")
    kept.append(pieces[-1])
    joined = " ".join(" ".join(kept).split())
    return listed_joiner(language).sub("", joined, count=1)


def _before_last_name(text: str, language: str | None) -> str:
    """``text`` up to its last joining word or mark ("di Sara Conti e Luca Greco" -> "di Sara
    Conti"), or nothing when it names one ("Lukas Weber")."""
    cut = max(
        (m.start() for m in joiner_word(language).finditer(text)),
        default=0,
    )
    marks = [m.start() for m in punctuation_joiner(text).finditer(text)]
    return text[: max(cut, *marks)] if marks else text[:cut]


@functools.cache
def contributor_tail() -> re.Pattern[str]:
    """Another contributor's labelled credit after the name, to its end ("Hans Müller Foto:
    dpa", "王小明 责任编辑：李华"): the photographer or editor is not the author; nor is the
    source a credit label names after it ("陈静 来源：新华社")."""
    labels = alternation(LabelList.CONTRIBUTORS, LabelList.CREDIT)
    return re.compile(
        rf"(?:(?:\s+|(?<=[\u3040-\u9fff]))(?:{labels}\s*[{CONTRIBUTOR_MARKS}]|{_closed_credits()}\s)"
        # after a semicolon or a sentence's end, a contributor's word needs no colon: "… ؛
        # ترجمه‌ی مریم رضایی", "Por Ana Wróbel. Traducción de Pablo Serrano"
        rf"|(?:\s*[;؛]|(?<=\w\w)\.)\s*(?:{labels})\s"
        # nor a Han or Hangul one set apart by spaces before a name of two to four of its
        # characters, as a Korean or Chinese credits line writes: "글 박지훈 사진 이서연"
        rf"|\s+(?:{_unspaced_contributors()})\s+(?={_SHORT_UNSPACED_NAME}(?:\s|$))).*$",
        re.IGNORECASE,
    )


# A Chinese or Korean name: two to four Han or Hangul characters.
_SHORT_UNSPACED_NAME = "[\u3400-\u9fff\uac00-\ud7af]{2,4}"


@functools.cache
def _unspaced_contributors() -> str:
    """The contributors' labels written in Han or Hangul only ("사진", "编辑")."""
    found = [
        w for w in words(LabelList.CONTRIBUTORS) if all(_UNSPACED_LABEL_CHAR.match(c) for c in w)
    ]
    return "|".join(re.escape(w) for w in longest_first(found)) or "(?!)"


_UNSPACED_LABEL_CHAR = LazyPattern("[\u3400-\u9fff\uac00-\ud7af]")


def without_contributor_tail(text: str, *, labelled: bool = False) -> str:
    """``text`` without another contributor's credit after the names (``contributor_tail``);
    "" when the credit needs no colon ("Edited by", "Photos by") and the words before it name
    no one: cased words none of them a given name (``data/names/``) or an initial ("Revised
    Edition Edited by Jane Roe", a book's edition and its editor, in an author field). After
    a byline's label (``labelled``) the words before the credit are the writer's name, a
    given name the list lacks too ("By Oksana Melnyk. Translated by Daniel Ross")."""
    found = contributor_tail().search(text)
    if found is None:
        return text
    opening = contributor_opening().match(text)
    if opening is not None and found.start() < opening.end():
        return ""  # a shorter label inside the credit opening the text: "责任编辑：赵立新"
    cut = text[: found.start()]
    if _closed_credit_opening().match(found.group(0)) and not labelled and _no_one_named(cut):
        return ""
    return cut


# What parts a contributor's credit opening a byline from the writer's ("Medically reviewed
# by Dr. Ana Ruiz — Written by Tom Lee"): a spaced dash, bar or dot, or a sentence's end.
_CREDIT_PARTING = LazyPattern(r"\s+[-–—·•|»/]\s+|[.;]\s+")


def past_contributor_credit(text: str) -> str:
    """``text`` from the byline label after another contributor's credit that opens it
    ("Medically reviewed by Dr. Ana Ruiz — Written by Tom Lee" -> "Written by Tom Lee",
    "Revisado por Marta Gil · Por Lucía Prieto"): a health page sets its reviewer first, and
    the reviewer read as the writer. ``text`` itself when no credit opens it or no label
    follows."""
    if contributor_opening().match(text) is None:
        return text
    for parting in _CREDIT_PARTING.finditer(text):
        if byline_prefix().match(text[parting.end() :]) is not None:
            return text[parting.end() :]
    return text


@functools.cache
def _closed_credit_opening() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_closed_credits()})\s", re.I)


def _no_one_named(text: str) -> bool:
    from newsextract.metadata.byline_openings import given_name  # it imports authors: a cycle

    parts = text.split()  # two words or more: a family name alone stays ("Müller Photos by")
    return len(parts) > 1 and all(
        part[:1].isupper() and len(part.rstrip(".")) > 1 and not given_name(part.strip(",."))
        for part in parts
    )


@functools.cache
def _closed_credits() -> str:
    """The contributors' labels that end with a byline label's word and need no colon
    ("photos by", "edited by", "additional reporting by"): "By Sam Lee & Photos by Ann Roe"."""
    labels = frozenset(words(LabelList.BYLINE))
    contributors = frozenset(words(LabelList.CONTRIBUTORS))
    closed = [
        w
        for w in contributors
        if (" " in w and w.split()[-1] in labels) or _glued_credit(w, contributors, labels)
    ]
    return word_alternation(sorted(closed)) if closed else "(?!)"


def _glued_credit(word: str, contributors: frozenset[str], labels: frozenset[str]) -> bool:
    """Whether a contributor's label is another contributor's word glued to a byline label,
    as a script without spaces writes "photos by" (Thai "ภาพโดย": "ภาพ", photo, + "โดย"); in
    a spaced script two labels glued are a word of their own ("fotod", Estonian photos)."""
    return is_unspaced_char(word[-1]) and any(
        word[:cut] in contributors and word[cut:] in labels
        for cut in range(_GLUED_PART, len(word) - _GLUED_PART + 1)
    )


# Characters each glued part has at least: a label of one letter is no word glued.
_GLUED_PART = 2


@functools.cache
def contributor_opening() -> re.Pattern[str]:
    """A value opening with another contributor's labelled credit ("责任编辑：王小明", the
    editor in charge, in an author-classed box): it names no author."""
    labels = alternation(LabelList.CONTRIBUTORS)
    return re.compile(
        rf"^\W*(?:{labels}\s*[{CONTRIBUTOR_MARKS}]|{_closed_credits()}\s)", re.IGNORECASE
    )
