"""Links that seek the page's own player to a moment: a video's or a podcast's chapters
("<a href='?t=750'>12:30 New brake pads</a>"), the show notes' lines, not links off the page.

A line of chapters is wholly linked, so the link-list test took it for a menu; a news
ticker's linked line opens with a time too ("12:30 Minister resigns"), but its link leads to
another page, never to a moment of this one's player.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# A clock time code opening a line or a link: "0:04", "12:30", "00:12:30", bracketed or not.
_TIME_CODE = LazyPattern(r"\s*[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?!\d)")

# An address that seeks a player: a start time in the query or the fragment ("?t=750",
# "watch?v=…&t=750s", "#t=750", "?start=750", "time_continue=750") or a fragment that is the
# time itself ("#00:12:30", "#t750"). A bare "#" (a script's link) seeks nothing.
_SEEK_HREF = LazyPattern(r"[?&#;](?:t|start|time|time_continue)=\d|^#t?\d", re.IGNORECASE)


# The links that may seek (``_SEEK_HREF`` tells), found by lexbor: a news ticker's box of
# links to other pages yields none, and Python reads none of them ("start=" holds "t=").
_MAY_SEEK = "a[href*='t='], a[href*='time='], a[href*='time_continue='], a[href^='#']"

# The characters a time code may open with (a block's text is stripped): a digit, a bracket.
TIME_CODE_OPENERS = frozenset("0123456789([")

# The seeking links read of one container at most: a show's chapters are tens; a hostile
# page of thousands of them would make every line of the container read them all.
_MAX_SEEK_LINKS = 200


def opens_with_time_code(text: str) -> bool:
    """Whether ``text`` opens with a clock time code (``_TIME_CODE``)."""
    return _TIME_CODE.match(text) is not None


def seeking_words(container: LexborNode) -> tuple[str, ...]:
    """The words of the links below ``container`` that open with a time code and seek the
    page's own player (``_SEEK_HREF``): a chapter's words, to count as its line's text.
    None in a list boxed apart (``_in_chapter_box``)."""
    if _in_chapter_box(container):
        return ()
    found: list[str] = []
    seen: set[int] = set()  # lexbor gives a link matching two of the selectors twice
    for link in container.css(_MAY_SEEK):
        if link.mem_id in seen:
            continue
        seen.add(link.mem_id)
        words = link.text(deep=True).strip()
        if _TIME_CODE.match(words) is None:
            continue
        if _SEEK_HREF.search((link.attributes.get("href") or "").strip()) is not None:
            found.append(words)
            if len(found) >= _MAX_SEEK_LINKS:
                break
    return tuple(found)


# What a player's chapter box holds beside its list: the list's title.
_BOX_PARTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
# How far above a line its list may be: the line's <li>, a wrapper inside it.
_LIST_REACH = 3


def _in_chapter_box(container: LexborNode) -> bool:
    """Whether ``container`` is in a list set in a box of its own, nothing beside it but its
    title: the player's chapter widget as a platform draws it beside a transcript (the
    chapters navigate the media, as a table of contents does the text). The chapters an
    author wrote in the show notes sit in the text's flow, among its paragraphs."""
    node: LexborNode | None = container
    for _ in range(_LIST_REACH):
        if node is None:
            return False
        if node.tag in ("ul", "ol"):
            box = node.parent
            return box is not None and all(child.tag in _BOX_PARTS for child in box.iter())
        node = node.parent
    return False


# A chapter's line: a time code, then its words ("02:20 Green and brown", "(12:30) Tools").
_CHAPTER_LINE = LazyPattern(r"\s*[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s+(?:[-–—|]\s+)?[^\W\d]")


def is_chapter_button(button: LexborNode) -> bool:
    """Whether a ``<button>`` is a chapter of the page's player, written in the show notes'
    flow: its whole text a time code and the chapter's words ("02:20 Green and brown"),
    which a script seeks the player to, as a chapter's link does with its address. A
    player's own chapter widget (a list boxed apart, ``_in_chapter_box``) is not; a button
    of a time code alone (a transcript's "00:12") or of words alone ("Play") is none."""
    first = button.child
    if first is None or first.tag != "-text":
        return False  # an icon's or a box's button: no line of text
    if (first.text_content or "").lstrip()[:1] not in TIME_CODE_OPENERS:
        return False  # words first ("Play", "Share"): read before the button's whole text
    text = button.text(deep=True)
    if text.lstrip()[:1] not in TIME_CODE_OPENERS or _CHAPTER_LINE.match(text) is None:
        return False
    return button.parent is None or not _in_chapter_box(button.parent)
