"""The page's own texts that may open with a label, read once for every label scan.

Three scans look for elements whose own text opens with a label: tag and category lists
(``html``), byline and credit lines and dates after a publication label (``visible``). Each
ran its own regex over every own text of the page (a hundred or so), most of them prose. One
test of each text against all their labels at once keeps the few that may open with one;
each scan then tests those alone. A scan that matches a text has matched one of these labels
at its start, so it loses nothing: a scan reading a label of another list must add the list
to ``SCANNED_LABELS``.
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsextract.labels import LabelList, first_characters, word_alternation, words
from newsextract.page import ParsedPage

#: The label lists the scans of own texts open with: byline and credit lines (with the
#: byline labels a language reads on its own pages), tag and category lists, publication
#: and update dates.
SCANNED_LABELS = (
    LabelList.BYLINE,
    LabelList.BYLINE_IN_LANGUAGE,
    LabelList.CREDIT,
    LabelList.TAGS,
    LabelList.CATEGORIES,
    LabelList.PUBLISHED,
    LabelList.UPDATED,
)

OwnText = tuple[LexborNode, str, str | None]


def label_texts(page: ParsedPage) -> tuple[OwnText, ...]:
    """The entries of ``page.own_texts`` whose text may open with a label of
    ``SCANNED_LABELS`` (after any non-word characters, in any case), in page order; a long
    own text (not kept, see ``own_texts``) is always there."""
    return page.derived(_label_texts)


def _label_texts(page: ParsedPage) -> tuple[OwnText, ...]:
    return tuple(entry for entry in page.own_texts if entry[2] is None or _opens(entry[2]))


# The first word character of a text: where a label opening with a word character starts.
_FIRST_WORD_CHAR = re.compile(r"\W*(\w)")


def _opens(text: str) -> bool:
    """Whether ``text`` opens with a label of any scanned list (after non-word characters),
    with no test of what follows: every scan's own regex asks for more, so a text it matches
    passes. An ASCII first letter picks the regex of the labels it can open (a few dozen of
    several hundred); another character, the regex of all of them."""
    by_ascii = _labels_by_ascii()
    first = _FIRST_WORD_CHAR.match(text)
    if by_ascii is None or (first is not None and not first.group(1).isascii()):
        return _any_label().match(text) is not None
    if first is None:
        return False  # no word character, and every label opens with one
    labels = by_ascii.get(first.group(1))
    return labels is not None and labels.match(text, first.start(1)) is not None


@functools.cache
def _any_label() -> re.Pattern[str]:
    found = _scanned_words()
    return re.compile(r"^\W*" + first_characters(found) + word_alternation(found), re.I)


@functools.cache
def _labels_by_ascii() -> dict[str, re.Pattern[str]] | None:
    """For each ASCII word character, a regex of the labels whose first letter it matches
    in any case (as the scans' regexes compare it: "K" opens "kategorie"); None when a label
    opens with another character (then a label may start before the first word character)."""
    found = _scanned_words()
    if not all(re.match(r"\w", word) for word in found):
        return None
    by_first: dict[str, list[str]] = {}
    for word in found:
        by_first.setdefault(word[0], []).append(word)
    ascii_word_chars = [c for c in map(chr, range(128)) if re.fullmatch(r"\w", c)]
    opening: dict[str, list[str]] = {}
    for first, labels in by_first.items():
        same = re.compile(re.escape(first), re.I).fullmatch
        for char in ascii_word_chars:
            if same(char):
                opening.setdefault(char, []).extend(labels)
    return {char: re.compile(word_alternation(labels), re.I) for char, labels in opening.items()}


def _scanned_words() -> list[str]:
    return [word for kind in SCANNED_LABELS for word in words(kind)]
