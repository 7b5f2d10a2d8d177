"""Which label opens a line of the visible text: a byline label ("By", "Par", "記者"; a page
language's own too, Catalan "Per") or a credit label ("Source:", "Quelle:").

The scans of the visible text (the labelled lines, a post's meta line, a credited source's
line) all ask this one question of most block texts, which open with neither: the labels are
read by the text's first letter, so such a text costs a look-up, not a regex of every label.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import LABEL_COLONS, LABEL_END, alternation, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_labels import BYLINE_LABEL_END
from newsextract.regex_words import first_characters, word_alternation


def _byline_end(text: str, language: str | None = None) -> int:
    """Where a byline label ("By", "Par", "記者"; on a page in ``language``, its own byline
    labels that are other languages' words too: Catalan "Per") opening ``text`` ends, with
    its colon; 0 when none opens it."""
    ends = (
        found.end()
        for pattern in (_byline_start(), _own_byline_start(language))
        if pattern is not None and (found := pattern.match(text)) is not None
    )
    return max(ends, default=0)


@functools.cache
def _byline_start() -> re.Pattern[str]:
    """A byline label of any language opening a text, with its colon."""
    return _opening_byline(words(LabelList.BYLINE))


@functools.cache
def _own_byline_start(language: str | None) -> re.Pattern[str] | None:
    """``language``'s own byline labels (``byline_in_language``) opening a text: a regex of
    their own (a few words, 2 ms), where one of every language's labels and the page
    language's own took 10 ms to build again for each language a process meets."""
    own = words(LabelList.BYLINE_IN_LANGUAGE, language) if language is not None else ()
    return _opening_byline(own) if own else None


def _opening_byline(labels: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        r"^\s*"
        + _OPENING_BRACKET
        + word_alternation(labels)
        + _CASED_ALIKE.format(BYLINE_LABEL_END)
        + rf"\s*[{LABEL_COLONS}]?\s*",
        re.I,
    )


# The tests after a label ask for what no letter's case changes (the end of a word, a Han
# name): read case-sensitively, their regexes build in a third of the time and match alike.
_CASED_ALIKE = "(?-i:{})"


@functools.cache
def _source_start() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(LabelList.CREDIT) + LABEL_END, re.I)


@functools.cache
def _label_start() -> re.Pattern[str]:
    """A byline label of any language (group ``byline``) or else a credit label opening a
    text: the tests of ``_byline_start`` and ``_source_start`` in one regex call, as most
    texts open with neither (what follows the byline label there is optional, so it is left
    out). A page language's own byline labels are ``_own_byline_start``'s."""
    byline = word_alternation(words(LabelList.BYLINE))
    credit = alternation(LabelList.CREDIT)
    opening = first_characters([*words(LabelList.BYLINE), *words(LabelList.CREDIT)])
    byline_end = _CASED_ALIKE.format(BYLINE_LABEL_END)
    credit_end = _CASED_ALIKE.format(LABEL_END)
    return re.compile(
        rf"^\s*{_DASHES_BEFORE}{_OPENING_BRACKET}{opening}"
        rf"(?:(?P<byline>{byline}){byline_end}|{credit}{credit_end})",
        re.I,
    )


def label_kind(text: str, language: str | None = None) -> str | None:
    """ "byline" when a byline label opens ``text`` (``language``'s own too), else "source"
    when a credit label does, else None. A credit label that is also the language's own
    byline label opens a source when the byline reading keeps it in the name: Vietnamese
    "Theo VnExpress" ("according to", before one word) credits a source, "Theo Nguyễn Văn
    An" names a writer."""
    match = _label_start_match(text)
    if match is not None and match.group("byline") is not None:
        return "byline"
    own = _own_byline_start(language)
    if (
        own is not None
        and (opening := own.match(text)) is not None
        and (match is None or not _label_kept(text, opening.group(0), language))
    ):
        return "byline"
    return None if match is None else "source"


def _label_kept(text: str, label: str, language: str | None) -> bool:
    """Whether the byline reading of ``text`` keeps its opening ``label`` in the first name
    (an own-language label is cut only before a name of two words or more)."""
    names = split_byline(text, language)
    return bool(names) and names[0].casefold().startswith(label.strip().casefold())


def only_label(node: LexborNode, kind: str, language: str | None = None) -> bool:
    text = node.text(deep=True)
    if kind == "byline":
        rest = text[_byline_end(text, language) :]
    else:
        rest = _source_start().sub("", text, count=1)
    return not rest.strip(" :\n\t")


# A credit in brackets opening a paragraph ("【記者王小明／台北報導】市議會…",
# "（記者王小明／台北報導）…"): the byline is the bracketed part.
_OPENING_BRACKET = r"[【\[（(]?\s*"
# A signature's dashes before its label ("— by Jane Roe", "---- by Jane Roe").
_DASHES_BEFORE = r"(?:[-–—]+\s*)?"


# What ``_label_start`` reads before the label: white space, a run of dashes (a signature's
# "— by Jane Roe", "---- by Jane Roe") and an opening bracket.
_BEFORE_LABEL = LazyPattern(rf"\s*{_DASHES_BEFORE}{_OPENING_BRACKET}")
_BRACKETS = "【[（("
_DASHES = "-–—"


def _label_start_match(text: str) -> re.Match[str] | None:
    """``_label_start().match(text)``, its span from the label on: the regex of the labels
    whose first letter the label's first character (past white space and a bracket, read as
    the regex reads them: no label opens with either) matches in any case
    (``_LABEL_STARTS``), where the whole regex tries a few hundred first letters' branches
    one by one."""
    start = 0
    if text[:1].isspace() or text[:1] in _BRACKETS or text[:1] in _DASHES:  # "" as well
        found = _BEFORE_LABEL.match(text)
        assert found is not None  # every part optional
        start = found.end()
    char = text[start : start + 1]
    match = _LABEL_STARTS.openers.get(char, UNKNOWN)
    if match is UNKNOWN:
        match = _LABEL_STARTS.look_up(char)
    return None if match is None else match(text, start)


def _label_start_words() -> list[str]:
    """``_label_start``'s labels: the byline and credit labels of every language."""
    found = [*words(LabelList.BYLINE), *words(LabelList.CREDIT)]
    if any(w[:1].isspace() or w[:1] in _BRACKETS for w in found):
        raise ValueError("a label opening with white space or a bracket")
    return found


def _label_start_of(firsts: frozenset[str]) -> re.Pattern[str]:
    """``_label_start`` from the label on, of the labels opening with ``firsts`` (the other
    first letters' branches left out, in the same order)."""
    byline = [w for w in words(LabelList.BYLINE) if w[0] in firsts]
    credit = [w for w in words(LabelList.CREDIT) if w[0] in firsts]
    opening = first_characters([*words(LabelList.BYLINE), *words(LabelList.CREDIT)])
    # A byline label's word with a full stop after it is an abbreviation of another word
    # (Polish "Por." opening a footnote, "compare": not Spanish "por"); no byline writes its
    # label so.
    byline_end = _CASED_ALIKE.format(BYLINE_LABEL_END) + r"(?!\.)"
    credit_end = _CASED_ALIKE.format(LABEL_END)
    branches = [
        rf"(?P<byline>{word_alternation(byline)}){byline_end}" if byline else "(?P<byline>(?!))"
    ]
    branches += [rf"{word_alternation(credit)}{credit_end}"] if credit else []
    return re.compile(rf"{opening}(?:{'|'.join(branches)})", re.I)


# ``_label_start`` by the label's first character, its first letters in 16 groups: a regex
# takes 1.5-2.5 ms to compile (most of it the Han names' range after a byline label), the
# whole one 11 ms; 16 groups' take 40 ms and answer in 0.57 µs a dev text (the whole regex
# 1.03, one regex per first letter 0.47 for 0.22 s of compilation).
_LABEL_GROUPS = 16
_LABEL_STARTS = FirstLetterOpeners(_label_start_words, _label_start_of, _LABEL_GROUPS)


def build_label_starts() -> None:
    """Build ``_label_start``'s regexes of the labels' first letters in their cases and of
    the ASCII letters and digits (what the warm-up runs): a character that opens no label
    costs a look-up when first met, no regex."""
    _LABEL_STARTS.build(string.ascii_letters + string.digits)
