"""Byline labels written after the author's name: a postposition meaning "by" ("प्रिया
सक्सेना द्वारा", "Zeynep Karaca tarafından yazıldı", "Szabó Eszter által"), Japanese "著".

Languages that put "by" after its noun write a byline that way, where the label-first readers
see a name holding a word of its language. The labels are data (``byline_after`` in the
language files, ``labels.byline_labels_after``); this module cuts them from a byline with
what follows them (a verb, "written"; a date), and finds a short line of the article that is
names and such a label, as pages print it without a byline's class.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, byline_labels_after, words
from newsextract.metadata.name_splits import is_unspaced
from newsextract.regex_words import word_alternation

# A line of names and a label after them is short: two names of three words, the label and a
# date or a verb. A longer one is a sentence that names its agent ("… द्वारा लिया गया").
MAX_LINE = 80
# What may follow the label on such a line, counted in words without a digit: a verb or two
# ("लिखित", "hazırlandı", "yazıldı") and a date's month or weekday ("2024. március 5.").
# A sentence goes on longer.
_MAX_WORDS_AFTER = 3
# The characters of a Japanese name: katakana and kanji (hiragana write the particles).
_NAME_CHARACTERS = "\u30a0-\u30ff\u4e00-\u9fff"
# A line's names before the label: two words at least, a person's given and family name (one
# word is a body's: "Belediye tarafından yapılan açıklama", the statement made by the
# town hall); in a script without spaces, two characters at least.
_MIN_NAME_WORDS = 2
_MIN_UNSPACED_NAME = 2


@functools.cache
def _label_after() -> re.Pattern[str] | None:
    """A label after a name, with what follows it to the text's end (group ``rest``): a
    spaced script's word after white space, ending its word; a label of a script without
    spaces ("著") right after a name's character (kanji or katakana: a hiragana before it is
    a particle of prose, "村上春樹の著") or a space, closing the text (the character opens
    words too: "著名", famous). None when no language lists one."""
    labels = byline_labels_after()
    spaced = [w for w in labels if not is_unspaced(w)]
    unspaced = [w for w in labels if is_unspaced(w)]
    branches = []
    if spaced:
        branches.append(rf"(?<=\S)\s+{word_alternation(spaced)}{LABEL_END}(?P<rest>.*)")
    if unspaced:
        branches.append(rf"(?<=[{_NAME_CHARACTERS}])\s*{word_alternation(unspaced)}\s*")
    if not branches:
        return None
    return re.compile(rf"(?:{'|'.join(branches)})$", re.I | re.S)


def without_label_after(text: str) -> str:
    """``text`` without a byline label after its names and what follows it ("Kiss Gábor
    által, 2024. március 5." -> "Kiss Gábor"); unchanged when none follows a name."""
    pattern = _label_after()
    if pattern is None:
        return text
    found = pattern.search(text)
    if found is None:
        return text
    return text[: found.start()].rstrip(" ,;")


def label_after_line(text: str) -> bool:
    """Whether ``text``, a line of the page, is names and a byline label after them, with a
    verb or a date at most after it ("अमित जोशी और नेहा पांडे द्वारा लिखित")."""
    if len(text) > MAX_LINE:
        return False
    pattern = _label_after()
    found = pattern.search(text) if pattern is not None else None
    if found is None:
        return False
    before = text[: found.start()].split()
    joined = "".join(before)
    unspaced_name = len(joined) >= _MIN_UNSPACED_NAME and is_unspaced(joined)
    if len(before) < _MIN_NAME_WORDS and not unspaced_name:
        return False
    if _contributor_opening().match(text) is not None:
        return False  # a photo's credit: "Görsel: Deniz Kaya tarafından çekildi."
    rest = found.groupdict().get("rest") or ""
    return _words_without_digits(rest.split()) <= _MAX_WORDS_AFTER


@functools.cache
def _contributor_opening() -> re.Pattern[str]:
    """Another contributor's word (``contributors``: "Photo", "Fotoğraf", "写真") opening a
    line: what follows it credits a photo or a graphic, not the text."""
    return re.compile(rf"^\s*{word_alternation(words(LabelList.CONTRIBUTORS))}{LABEL_END}", re.I)


def _words_without_digits(parts: Iterable[str]) -> int:
    return sum(1 for word in parts if not any(c.isdigit() for c in word))


def may_hold_label(own: str) -> bool:
    """Whether an element's own text (its direct text, the names maybe in a link beside it)
    holds a label after a name anywhere: the cheap test (one search for the labels as they
    are written) before the element's whole text is read."""
    return _any_label().search(own) is not None


@functools.cache
def _any_label() -> re.Pattern[str]:
    labels = byline_labels_after()
    return re.compile("|".join(map(re.escape, labels)) if labels else "(?!)", re.I)
