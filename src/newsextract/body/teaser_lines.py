"""Blocks of links to other pages: an excerpt cut off before its read-more link, a summary
closed by one, a teaser under an upper-case label or an arrow; and the labelled list of
linked names that looks like them but is the article's own text."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import ends_as_sentence, latin_width
from newsextract.label_lists import LabelList
from newsextract.labels import alternation, words
from newsextract.lazy_regex import LazyPattern


# An excerpt of another page: text cut off by an ellipsis before a read-more link, or a
# read-more link with an ellipsis or arrow after it ("… Weiterlesen …", "[…] Read more »").
@functools.cache
def _excerpt_end() -> re.Pattern[str]:
    phrase = alternation(LabelList.READ_MORE)
    return re.compile(
        rf"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*{phrase}\W*$|\b{phrase}\s*(?:…|\.\.\.|»|→|›|>>)\W*$",
        re.IGNORECASE,
    )


def is_excerpt(text: str, links: int) -> bool:
    """Whether a block with links is another page's excerpt ending in its read-more link."""
    if links <= 0:
        return False
    tail = text[-_EXCERPT_TAIL:]
    # Every match holds one of the marks (a scan in C each; few blocks end with one, and the
    # search tried every read-more phrase at every position: 17 µs a linked block).
    return any(mark in tail for mark in _EXCERPT_MARKS) and _excerpt_end().search(tail) is not None


# A summary of another page closing with its read-more link and no ellipsis ("Gets the
# type's id. <a href=…>Read more</a>", a reference's inherited member): the link is the
# block's last words and its only one, a read-more label of the data; the block is a
# sentence or two at most (an article's paragraph ending with such a link is longer).
_SUMMARY_OF_ELSEWHERE = 160
# The marks a read-more link's words may carry ("Read more »", "Weiterlesen →").
_READ_MORE_MARKS = " \u00a0»›→>.:"


def is_summary_of_elsewhere(text: str, links: int) -> bool:
    """Whether a short block's only link closes it with a read-more label: another page's
    summary (see ``_SUMMARY_OF_ELSEWHERE``), no sentence of this one. Read off the block's
    last ``links`` characters, which are the link's when it closes the block."""
    if not 0 < links < len(text) or len(text) > _SUMMARY_OF_ELSEWHERE:
        return False
    tail = text[-links:]
    if tail[:1].isalnum() and text[-links - 1 : -links].isalnum():
        return False  # the tail starts inside a word: the link is elsewhere in the block
    label = tail.strip(_READ_MORE_MARKS).lower()
    if label not in _read_more_labels():
        return False
    return ends_as_sentence(text[:-links].rstrip())


@functools.cache
def _read_more_labels() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words(LabelList.READ_MORE))


# The marks around an excerpt's read-more link, one of which every match of
# ``_excerpt_end`` holds ("[…]" and "[...]" hold the first two).
_EXCERPT_MARKS = ("…", "...", "»", "→", "›", ">>")


# The end of a block searched for a read-more link: the longest phrase and its marks.
_EXCERPT_TAIL = 80


# A teaser is a label and a headline (a headline rarely passes 100 characters, with a
# standfirst some 300): a longer block is text.
TEASER_MAX = 300


# A teaser link set off by a label or an arrow: "READ MORE | headline", ">> Hier finden Sie".
_TEASER_LABEL = LazyPattern(r"^\s*([^:：|»>\d]{2,40}?)\s*[:：|»>]")
_TEASER_ARROW = LazyPattern(r"^\s*(?:>>|»|→|►|▶)")
_TEASER_LINKS = 0.4


def is_teaser_link(text: str, links: int) -> bool:
    """Whether a short block is a link to another story under an upper-case label or an
    arrow (the label's language does not matter: "READ MORE |", "LEIA TAMBÉM:")."""
    if len(text) > TEASER_MAX or links < _TEASER_LINKS * len(text):
        return False
    if _TEASER_ARROW.match(text):
        return True
    label = _TEASER_LABEL.match(text)
    return label is not None and label.group(1).isupper()


# A list of names after a label in running text ("宮崎県：高鍋町、新富町、宮崎市", "Affected
# districts: Mayur Vihar, Yamuna Bazar"): sites link each place, company or person named to
# its topic page, so the line is mostly links, yet it is the article's content. The label
# is a few words (the longest a line's opening label runs, as ``_TEASER_LABEL``); a name is
# a few words too, in Latin-script characters (a teaser's headline is longer), set off by a
# list's separator of any script (the ideographic, Arabic and Ethiopic commas, a semicolon,
# a middle dot).
_ENUMERATION_LABEL = 40
# A label names the list in a word or three ("Betroffene Orte", "상승 종목"); a longer lead-in
# is a phrase about the page ("Artikel abgelegt unter": its tags).
_ENUMERATION_LABEL_WORDS = 3
_ENUMERATION_NAME = 30
_LIST_SEPARATORS = ",，、;；・·،፣"
_LABELLED_LIST = LazyPattern(
    rf"\s*[^:：{_LIST_SEPARATORS}]{{1,{_ENUMERATION_LABEL}}}?\s*[:：]\s*(.+?)\s*[.。]?\s*"
)
_LIST_SEPARATOR = LazyPattern(rf"\s*[{_LIST_SEPARATORS}]\s*")


def is_labelled_enumeration(text: str, links: int) -> bool:
    """Whether a block is a label and a list of two or more names after it, the names
    linked and the label not (see ``_LABELLED_LIST``): a line of the text however dense
    in links. A furniture label ("Tags:", "Related:", "标签：") is still furniture:
    ``is_furniture_line`` reads the line after this test."""
    found = _LABELLED_LIST.fullmatch(text)
    if found is None or links > len(text) - found.start(1):
        return False
    if len(text[: found.start(1)].split()) > _ENUMERATION_LABEL_WORDS:
        return False
    names = _LIST_SEPARATOR.split(found.group(1))
    return len(names) >= 2 and all(0 < _name_width(name) <= _ENUMERATION_NAME for name in names)


def _name_width(name: str) -> int:
    """A name's length in Latin letters (see ``_WIDE_WEIGHT``); a colon makes it no name."""
    if ":" in name or "：" in name:
        return 0
    return latin_width(name)
