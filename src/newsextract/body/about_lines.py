"""Notes about the article or its author: an author box's label and bio."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ahocorasick_rs import AhoCorasick

from newsextract.body.characters import (
    EMAIL,
    WIDE,
    latin_width,
)
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, LABEL_END, words
from newsextract.language_files import languages
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import word_alternation
from newsextract.text import compare_key

# Hangul's blocks: Korean is written wide but with spaces between its words.
_HANGUL = ("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\uac00", "\ud7af")


def _unspaced(char: str) -> bool:
    """Whether ``char`` is a wide letter of a script written without spaces (Chinese's,
    Japanese's): not Hangul's."""
    return char >= WIDE and not any(low <= char <= high for low, high in _HANGUL)


# Notes that close an article and are about it rather than of it: who wrote it (an author
# bio), where it appeared first, who translated it. Only looked for after the last
# paragraph of the text, where a sentence like "X is a reporter" is not the story.
@functools.cache
def _bio() -> re.Pattern[str]:
    """An author bio's sentence (``bio_branches``). Every branch opens with a word: one of
    them is asked first, at a word's start, where the branches of two dozen languages were
    tried one by one at every position (half the search's time). It matches where the
    branches do."""
    branches, openers = bio_branches()
    return re.compile(rf"\b(?={word_alternation(openers)})(?:{branches})", re.IGNORECASE)


@functools.cache
def bio_branches() -> tuple[str, frozenset[str]]:
    """An author bio's sentence as regex branches: a copula and, a few words on, a
    profession of the same language, also as the end of a compound ("X ist
    Wirtschaftsredakteurin"), or a profession written with its copula as one word (a
    language that lists no copula); or an English or German bio phrase. A copula pairs with its
    own language's professions: Finnish "on" ("is") is an English word too ("based on a
    piece the writer wrote"). Also the words the branches open with."""
    pairs = [
        (copulas, professions)
        for code in sorted(languages())
        if (copulas := words(LabelList.COPULAS, code))
        and (professions := words(LabelList.PROFESSIONS, code))
    ]
    paired = "|".join(
        rf"\b{word_alternation(copulas)}\s+(?:[\w'’.-]+\s+){{0,5}}?[\w-]*?"
        rf"{word_alternation(professions)}\b"
        for copulas, professions in pairs
    )
    # A language that writes "to be" as the profession's ending ("muhabiridir", Turkish "is a
    # reporter") lists no copula: its professions are written as the predicate, and open it.
    predicates = sorted(
        {
            profession
            for code in languages()
            if not words(LabelList.COPULAS, code)
            for profession in words(LabelList.PROFESSIONS, code)
        }
    )
    if predicates:
        paired += rf"|\b{word_alternation(predicates)}\b"
    branches = (
        rf"{paired}|"
        r"\b(?:he|she|they)\s+(?:is|are)\s+based\s+in\b|\bis\s+the\s+author\s+of\b|"
        r"\bwrites\s+(?:about|on)\b|\bfollow\s+(?:him|her|them)\s+on\b|"
        r"\bist\s+bei\s+[\w-]+\s+für\b|\b(?:er|sie)\s+schreibt\s+über\b"
    )
    openers = {word for copulas, _ in pairs for word in copulas}.union(_PHRASE_OPENERS, predicates)
    return branches, frozenset(openers)


@functools.cache
def _dash_bio() -> re.Pattern[str]:
    """The rest of an author bio after its name that joins the name and the profession with
    a dash and no verb, as Baltic and Slavic languages write "is" ("Rūta Jonaitienė –
    „Žemaičių žinių“ žurnalistė, …", "Jan Kowalski – dziennikarz …"): the dash, a few words,
    a profession of any language's list, also as the end of a compound."""
    professions = sorted(
        {word for code in languages() for word in words(LabelList.PROFESSIONS, code)}
    )
    return re.compile(
        rf"[–—]\s+(?:\S+\s+){{0,5}}?[\w-]*?{word_alternation(professions)}\b", re.IGNORECASE
    )


# The first words of ``_bio``'s phrases.
_PHRASE_OPENERS = frozenset({"he", "she", "they", "is", "writes", "follow", "ist", "er", "sie"})


# An author bio is a few sentences; a longer closing paragraph is the article's.
_BIO_MAX = 600
# A name opens a bio: one to three words, each opening on a capital (Latin, Cyrillic,
# Greek with its accented capitals), or on a Hebrew letter, a script without capitals whose
# bio the copula and profession of ``_bio`` must still follow.
_NAME_START = LazyPattern(r"^\W{0,3}(?:[A-ZÀ-ÞА-ЯĀ-ŽΆ-ΏΑ-Ω\u05d0-\u05ea][\w'’.-]*\s+){1,3}")


# A note about the article: the openings of the language data (``about_notes``), and as
# regex grammar a list of phrases cannot say: "this article/story/piece was (first)
# published/appeared" anywhere in the line (108 phrases written out), "… contributed to
# this report" (a wire's note naming its other reporters), a translation credit
# with a slot for the language ("Aus dem Englischen von", "Übersetzung aus dem …:",
# "Traduction :"), and "read the original" with its verb, article and noun in five languages.
@functools.cache
def _about_text() -> re.Pattern[str]:
    notes = words(LabelList.ABOUT_NOTES)
    # A note's opening that ends in a colon or a Chinese or Japanese character ("声明：",
    # "本文经授权转载") runs on into its text without a space, as those scripts write: only
    # the others must end at a word's end ("first published", not "first publishedness";
    # Korean sets spaces between words, "기자 소개" too).
    run_on = [note for note in notes if note[-1] in LABEL_COLONS or _unspaced(note[-1])]
    ended = [note for note in notes if note not in run_on]
    return re.compile(
        rf"^\W*(?:{word_alternation(run_on)}|{word_alternation(ended)}{LABEL_END})|"
        r"\bthis\s+(?:article|story|piece)\s+(?:was|is|first|originally)\s+"
        r"(?:first\s+|originally\s+)?(?:published|republished|appeared)\b|"
        # a wire's note naming who else reported ("Jane Roe in Paris contributed to this
        # report", "Additional reporting ... contributed reporting")
        r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b|"
        r"\bcontributed\s+reporting\b|"
        # a developing story's closing note that more is coming, after what it is ("This is
        # a breaking news story - more to follow", "Police are at the scene. More to follow.")
        r"\bmore\s+(?:details\s+|updates\s+)?to\s+follow\W*$|"
        r"^\W*(?:aus\s+dem\s+\w+\s+(?:von|übersetzt)|übersetzung(?:\s+aus\s+dem\s+\w+)?\s*:|"
        r"traduction\s*:)|"
        r"^\W*(?:read|lest|lesen\s+sie|lisez|lea|leia|leggi)\s+(?:the|den|das|l'|el|o|l')\s*"
        r"(?:original|originalartikel|originaltext|article\s+original|artículo\s+original)",
        re.IGNORECASE,
    )


# A note about the article (where it first appeared, who translated it) is a sentence.
_ABOUT_MAX = 200


def is_about_label(text: str) -> bool:
    """Whether a short line is the label of a note about the article ("About the author",
    "この記事を書いた人"): a box of such notes may follow it."""
    return _about_text().search(text) is not None


def is_copy_note(text: str) -> bool:
    """Whether a block set over an article's text is a note about the copy rather than part
    of it: where it first appeared ("Dieser Artikel erschien zuerst bei …", a partner's
    syndicated copy), who translated it. Only the notes' wording: a bio or an address
    over the text is the text's."""
    return len(text) <= _ABOUT_MAX and _about_text().search(text) is not None


def is_about_line(text: str) -> bool:
    """Whether a block closing an article is about it or its author rather than part of it:
    an author bio ("Jane Roe is a reporter based in Paris"), a first-published or
    translation note, an invitation to read more stories or to write to the newsroom."""
    n = len(text)
    if n <= _ABOUT_MAX and _about_text().search(text):
        return True
    if n <= _ABOUT_MAX and "@" in text and EMAIL.search(text):
        return True  # "Got a story? Email our news team at …": the newsroom's address
    if n > _BIO_MAX or (name := _NAME_START.match(text)) is None:
        return False
    return _bio().search(text) is not None or _dash_bio().match(text, name.end()) is not None


# A note to the reader closing the text (a donation or membership ask, a notice from the
# newsroom) is a few sentences: at most this many characters. The dev pages' one is 415; a
# longer closing paragraph that opens so is a letter's own text.
_READER_NOTE_MAX = 600


@functools.cache
def _reader_note() -> re.Pattern[str]:
    """The openings of ``reader_notes`` (every language's), at a word's end where the
    script sets spaces ("Dear reader -", "Liebe Leserinnen und Leser,")."""
    notes = words(LabelList.READER_NOTES)
    run_on = [note for note in notes if _unspaced(note[-1])]
    ended = [note for note in notes if note not in run_on]
    return re.compile(
        rf"^\W*(?:{word_alternation(run_on)}|{word_alternation(ended)}{LABEL_END})",
        re.IGNORECASE,
    )


def is_reader_note(text: str, before: Sequence[str]) -> bool:
    """Whether a block closing an article opens by addressing its reader ("Dear reader - we
    need your support …"): the publisher's ask or notice, not the text's. Not when a block
    ``before`` it opens so too: the text is then a letter to its readers, its closing
    address its own."""
    return (
        len(text) <= _READER_NOTE_MAX
        and _reader_note().match(text) is not None
        and not any(_reader_note().match(other) for other in before)
    )


# A bio that opens with the writer's name is a sentence or two: a longer closing paragraph
# opening so is the text's (a column signed at its start). Latin letters; a wide character
# weighs three.
_NAMED_BIO_MAX = 300


@functools.cache
def _any_profession() -> AhoCorasick:
    """Every language's profession in lower case, found anywhere in lower-cased text (a
    compound's end too: "Wirtschaftsredakteur", and the scripts that set no spaces run it
    into the words around it: "新闻部记者"); one automaton, cheaper to build than a regex of
    every language's words."""
    professions = {
        word.lower() for code in languages() for word in words(LabelList.PROFESSIONS, code)
    }
    return AhoCorasick(sorted(professions))


def is_named_bio(text: str, name_keys: frozenset[str]) -> bool:
    """Whether a paragraph closing the text is its writer's bio: it opens with the name of one
    of the page's authors (``name_keys``: their comparison keys) and names a profession after
    it ("Mariam Ahmadi, reporter on the city desk", "王晓明，青水日报记者", "김민준 기자는 …").
    The name the page gives its writer anchors the bio where no capital can (the scripts
    without case) and no copula is written (Arabic, Persian, Chinese)."""
    if not name_keys or latin_width(text) > _NAMED_BIO_MAX:
        return False
    key = compare_key(text)
    for name in name_keys:
        if key.startswith(name) and (
            len(key) == len(name) or not key[len(name)].isalnum() or _unspaced(key[len(name)])
        ):
            rest = text[_name_end(text, name) :]
            return bool(_any_profession().find_matches_as_indexes(rest.lower()))
    return False


def _name_end(text: str, name_key: str) -> int:
    """Where in ``text`` the name whose key opens its key ends: after as many of its word
    characters as the key holds."""
    wanted = sum(1 for char in name_key if char.isalnum())
    seen = 0
    for index, char in enumerate(text):
        if char.isalnum():
            seen += 1
            if seen == wanted:
                return index + 1
    return len(text)
