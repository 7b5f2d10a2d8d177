"""A legal disclaimer closing a text, under its label: a company statement's "Forward-looking
statements" section after the statement (a newswire sets it in the release's body, with the
text), a "Disclaimer:" line opening the last paragraph. The body ends before the label.

The labels are ``data/disclaimers.toml``'s, every language's at once (a release in one
language often closes with an English section). A label counts as a line of its own (a
heading, a bold paragraph, with or without its colon) or as a paragraph's run-in start
followed by a colon, among the last blocks, with at most ``_DISCLAIMER_CHARS`` after it: a
disclaimer is a paragraph or three, and a label with more text after it heads a section of
the text (an article about disclaimers).

A company's "about" boilerplate closing a press release ("About Ferrovia Logistics: …")
counts as such a label too: the words of ``[about_company]`` around a capitalised name of at
most ``_NAME_WORDS`` words, then a colon or a line break inside the paragraph (a bold
line over a ``<br>`` and the boilerplate: "Sobre l'Associació d'Editors del Vallès",
"■ 한빛재단 소개"; a heading of its own, round 41's kit keeps with its paragraph). The
name opens on a name's word and may hold short lowercase joining words after it ("del",
"d'") and words of a script without capitals; a language written without spaces sets its
word right before the name ("关于青禾科技": ``glued_before``)."""

from __future__ import annotations

import functools
import re

from newsextract.body.model import Block

# The blocks looked at from the end: a disclaimer's label and its paragraphs.
_TAIL_REACH = 6
# Characters from the label to the end at most (the dev pages' longest closing disclaimer
# sections run to about a thousand; a text's own section under such a word runs on).
_DISCLAIMER_CHARS = 1500
# A company's name in an "about" label: a few words (a longer run before a colon is a
# sentence's start).
_NAME_WORDS = 4
# A lowercase word this short joins a name's words ("Editors del Vallès", "Bank of Ireland"),
# it names nothing: allowed in the name, not counted as one of its words.
_JOINING_WORD = 3
# An elided article or preposition glued to a name's word ("l'Associació", "d'Editors").
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’]")


@functools.cache
def _label() -> re.Pattern[str]:
    """A disclaimer's label: a line of its own, or a run-in start with its colon."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "disclaimers.toml")
    by_language: dict[str, list[str]] = tomllib.loads(path.read_text(encoding="utf-8"))["labels"]
    labels = sorted({label for words in by_language.values() for label in words}, key=len)
    alternation = "|".join(re.escape(label) for label in reversed(labels))
    return re.compile(rf"^\W*(?:{alternation})\s*(?:[:：]|$)", re.IGNORECASE)


@functools.cache
def _about_label() -> tuple[re.Pattern[str], ...]:
    """An "about <company>:" label's forms: its word before the name (with a space, or
    glued to it in a language written without spaces), or after it; the label ends on a
    colon or a line break."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "disclaimers.toml")
    words: dict[str, list[str]] = tomllib.loads(path.read_text(encoding="utf-8"))["about_company"]

    def alternation(key: str) -> str:
        return "|".join(re.escape(word) for word in sorted(words[key], key=len, reverse=True))

    # a colon, or a line break inside the paragraph (a run-in label set on a line of its
    # own); not a block's end: round 41's kit keeps a heading "About X" over its paragraph
    end = r"\s*(?:[:：]|\n)"
    return (
        re.compile(rf"^\W*(?i:{alternation('before')})\s+([^:：\n]{{2,80}}?){end}"),
        re.compile(rf"^\W*(?:{alternation('glued_before')})([^\s:：]{{2,20}}?){end}"),
        re.compile(rf"^\W*([^:：\n]{{2,80}}?)\s+(?i:{alternation('after')}){end}"),
    )


def _names_something(word: str) -> bool | None:
    """Whether a word of an "about" label's name is a name's word (capitalised, a number, or
    in a script without capitals), a joining word (``None``: short and lowercase), or
    neither (``False``: a common word, "the study")."""
    first = _ELISION.sub("", word)[:1] or word[0]
    if first.isupper() or first.isdigit() or (first.isalpha() and not first.islower()):
        return True
    return None if len(word) <= _JOINING_WORD and word.islower() else False


def _is_about_label(text: str) -> bool:
    """Whether ``text`` opens on "About <Name>:", the name a few capitalised words."""
    for pattern in _about_label():
        found = pattern.match(text)
        if found is None:
            continue
        kinds = [_names_something(word) for word in found.group(1).split()]
        # a name opens on a name's word: "Über den Autor", "Über die Studie" are German
        # common nouns after an article, a box's or a method note's heading, no company
        if kinds[:1] == [True] and False not in kinds and kinds.count(True) <= _NAME_WORDS:
            return True
    return False


def before_disclaimer(blocks: tuple[Block, ...]) -> int:
    """Where the disclaimer closing ``blocks`` starts (``len(blocks)`` when there is none):
    the earliest label among the last ``_TAIL_REACH`` blocks, not the first block, with at
    most ``_DISCLAIMER_CHARS`` from it to the end."""
    end = found = len(blocks)
    after = 0
    for at in range(end - 1, max(1, end - _TAIL_REACH) - 1, -1):
        text = blocks[at].text
        after += len(text)
        if after > _DISCLAIMER_CHARS:
            break
        if _label().match(text) or _is_about_label(text):
            found = at
    return found
