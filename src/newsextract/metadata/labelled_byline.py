"""The byline a labelled line gives: its names (split and each looking like a name), a news
agency joined to it or helping its writers, a staff credit naming no one, or a forum member's
handle.

Kept apart from the scans that find such lines (``labelled_lines``, ``meta_line_bylines``),
which decide only where a byline is written: a line outside the article, or set above the
headline (a kicker in a byline's words, "By Popular Demand"), gives none here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import alternation, news_agencies
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_agencies import (
    BYLINE_AGENCY,
    byline_agency,
    without_helping_agency,
)
from newsextract.metadata.byline_placeholders import staff_credit
from newsextract.metadata.byline_tails import trim_byline
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.markup_bylines import forum_handle, unmarked_last
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_cleaning import FORUM_HANDLE
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.visible_blocks import cand
from newsextract.regex_words import longest_first

# The longest text read as a byline (a label, names, a role, an agency): a longer one is a
# sentence, or a line of several parts whose first part is read.
MAX_BYLINE = 100
# The marks a post's meta line sets between its byline and its dates.
_META_MARK = LazyPattern(r"\s[|·•]\s")
# A credit in brackets opening a paragraph ("【記者王小明／台北報導】市議會…",
# "（記者王小明／台北報導）…"): the byline is the bracketed part.
_BRACKETED_CREDIT = LazyPattern(r"^\s*[【\[（(]([^】\]）)]{2,60})[】\]）)]")


def line_candidates(
    node: LexborNode, text: str, language: str | None = None
) -> Iterator[Candidate]:
    """The byline, authors and agency of a labelled line ``text`` of ``node``: none for a line
    outside the article, longer than a byline, or set above the headline."""
    bracketed = _BRACKETED_CREDIT.match(text)
    if bracketed is not None:
        text = bracketed.group(1)
    if len(text) > MAX_BYLINE:
        # a post's meta line: the byline, then its dates after marks ("Penulis: Budi Santoso
        # | Diterbitkan Selasa, 17 April 2023 12:02 WIB | Diperbarui …"); the byline is the
        # line's first part (a first part past twice a byline's length is none, however
        # long: the text is split from its start, not whole)
        text = _META_MARK.split(text[: 2 * MAX_BYLINE], maxsplit=1)[0]
    if outside_article(node) or len(text) > MAX_BYLINE or _above_headline(node):
        return
    split = split_byline(text, language)
    names = [n for n in split if looks_like_name(n)]
    if len(names) > 1 and unmarked_last(node, names, text):
        names = names[:-1]
    if not names and len(split) == 1 and split[0] in news_agencies():
        names = split  # an agency alone, as it writes its name ("Von dpa", "sid")
    agency = byline_agency(names, text) if names else None
    names = without_helping_agency(names, text)
    if names:
        yield cand("byline", trim_byline(text, language), "byline-text")
        yield cand("authors", tuple(names), "byline-text")
    elif not split and staff_credit(text):
        yield cand("byline", trim_byline(text), "byline-text")  # "By Ledger Staff": no author
    elif (handle := forum_handle(node)) is not None:
        # a forum post's author line naming a member ("Beitrag von <a class=username>
        # kettenblatt77</a> » …"): the thread's first poster, not a later post's name
        yield cand("authors", (handle,), FORUM_HANDLE)
    if agency is None and (joined := _joined_agency().search(text)) is not None:
        agency = joined.group(1)
    if agency is not None:
        yield cand("source", agency, BYLINE_AGENCY)


# Boxes around a kicker that hold nothing else ("<div class=eyebrow><span>By Popular
# Demand</span></div>"): one or two, as themes wrap the line above a headline.
_KICKER_WRAPPERS = 2


def _above_headline(node: LexborNode) -> bool:
    """Whether ``node`` is the line set right above the headline, its kicker ("By Popular
    Demand", "By the Numbers": a series' name in the words of a byline): the ``<h1>`` is the
    element after it, or opens the element after it; a byline stands under the headline."""
    text = node.text(deep=True)
    current: LexborNode | None = node
    for _ in range(_KICKER_WRAPPERS + 1):
        if current is None:
            return False
        following = _next_element(current)
        if following is not None:
            if following.tag == "h1":
                return True
            first = following.child
            while first is not None and not (first.tag or "").isalnum():
                first = first.next
            return first is not None and first.tag == "h1"
        current = current.parent
        if current is None or current.text(deep=True).strip() != text.strip():
            return False
    return False


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, passing blank text and comments; None
    when text stands between."""
    following = node.next
    while following is not None:
        tag = following.tag or ""
        if tag == "-text":
            if (following.text_content or "").strip():
                return None
        elif tag.isalnum():
            return following
        following = following.next
    return None


@functools.cache
def _joined_agency() -> re.Pattern[str]:
    """An agency joined to the end of a byline ("La rédaction avec AFP", "Redaktion mit dpa",
    "Von Anna Berg mit dpa"): the story's source, whether or not the byline's names are
    read (a newsroom is no author; whether the agency is one varies between newsrooms)."""
    agencies = longest_first(news_agencies())
    return re.compile(
        rf"\s{alternation(LabelList.BYLINE_JOINERS)}\s+({'|'.join(map(re.escape, agencies))})\W*$",
        re.I,
    )
