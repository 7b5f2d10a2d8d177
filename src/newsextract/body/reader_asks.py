"""Furniture written as plain prose, which no class name gives away: a site's cookie notice
as a bare paragraph, a newsletter, donation or membership ask in the text's own paragraph
class, a publisher's event promotion, a standing "republish this story" note.

Words alone never drop a paragraph (a story about a cookie ruling, a charity's report on its
donations, a newsletter's own issue uses the same words): the words (``data/reader_asks.toml``)
are read only in a short paragraph, and the paragraph goes only when it also has an ask's
shape (``is_shaped_ask``: it ends on its link, a button follows it, or it sits in a box of
its own between the text's paragraphs) or sits at the text's edge (``is_edge_ask``: the
first or last paragraph, read by ``text_edges.trim_head`` and ``text_edges.trim_tail``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ahocorasick_rs import AhoCorasick

from newsextract.body.characters import latin_width
from newsextract.body.model import PARAGRAPH, Block
from newsextract.body.prompts import is_box_prompt
from newsextract.body.walk_records import RawBlock

# An ask or a notice is a sentence or two (Latin letters; a wide character weighs three):
# a longer paragraph holding the words is the story's text about them.
_ASK_MAX = 320
# The link an ask ends on is a button's words ("Subscribe", "Jetzt unterstützen", "Book
# your place"): at most this many characters; a longer link is a sentence's own.
_ASK_LINK = 40
# A button after an ask: a block that is all link, at most this many characters.
_BUTTON_MAX = 30
# Characters ending a sentence before the link an ask ends on (or a space before it).
_BEFORE_LINK = frozenset(".!?:;…。！？।۔؟ ")


@functools.cache
def _ask_words() -> tuple[AhoCorasick, tuple[str, ...]]:
    """Every group's words in every language, lower case, in one automaton (one pass over a
    short paragraph's text; most paragraphs are longer than ``_ASK_MAX`` and skip it), and
    each word's group by its index."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "reader_asks.toml")
    groups: dict[str, dict[str, list[str]]] = tomllib.loads(path.read_text(encoding="utf-8"))
    found = {
        word.lower(): name
        for name, group in groups.items()
        for words in group.values()
        for word in words
    }
    ordered = sorted(found)
    return AhoCorasick(ordered), tuple(found[word] for word in ordered)


def _groups_held(text: str) -> set[str]:
    """The groups whose words a short paragraph holds (none for a longer one)."""
    if len(text) > _ASK_MAX or latin_width(text) > _ASK_MAX:
        return set()
    automaton, group_of = _ask_words()
    return {group_of[index] for index, _, _ in automaton.find_matches_as_indexes(text.lower())}


def holds_ask_words(text: str) -> bool:
    """Whether a short paragraph holds a reader ask's or a site notice's words."""
    return bool(_groups_held(text) - _KEPT_GROUPS)


# The groups whose paragraph is never dropped: an invitation to comment, which the dev
# truths keep as the writer's closing word (``is_comment_ask``).
_KEPT_GROUPS = frozenset({"comment"})


def is_comment_ask(text: str) -> bool:
    """Whether a short paragraph invites the reader to comment under the text ("Leave your
    comment below."): kept, but it does not end the text for ``text_edges.trim_tail``, which
    reads on past it for a bio set before it."""
    return "comment" in _groups_held(text)


# A closing ask longer than this (a podcast's blurb ending on "subscribe to our newsletter")
# is one the fundus truths keep (``text_edges._TAIL_PROMPT``); a cookie notice goes at any
# length up to ``_ASK_MAX``: no story ends on one.
_EDGE_ASK = 200
# The groups whose notice is never the story's, at the edge of the text.
_NOTICE_GROUPS = frozenset({"consent"})
# The groups read only at the text's end: a pointer to the site's other piece closes a text
# ("… we explain in our article"), where a story's opening recalls its own coverage so.
_CLOSING_GROUPS = frozenset({"pointer"})


def is_edge_ask(text: str, *, closing: bool = False) -> bool:
    """Whether the text's first or last paragraph (``closing``: its last) is the site's ask
    or notice (its place at the edge is the shape: the story's run does not end on a cookie
    notice)."""
    held = _groups_held(text) - _KEPT_GROUPS
    if not closing:
        held -= _CLOSING_GROUPS
    return bool(held) and (len(text) <= _EDGE_ASK or not held.isdisjoint(_NOTICE_GROUPS))


def is_shaped_ask(blocks: list[RawBlock], index: int) -> bool:
    """Whether the paragraph at ``index``, set among the text's paragraphs, is an ask: its
    words, and the shape of one (it ends on its link, a button follows it, or it is a box
    of its own between two paragraphs of one flow)."""
    block = blocks[index]
    if block.kind is not PARAGRAPH or len(block.text) > _ASK_MAX:
        return False
    # The shape first: a few comparisons, where the words cost a pass of the automaton.
    shaped = _ends_on_link(block) or _button_after(blocks, index) or _own_box(blocks, index)
    return shaped and holds_ask_words(block.text)


def _ends_on_link(block: RawBlock) -> bool:
    """Whether a paragraph's one short link closes it ("… every morning. Sign up")."""
    text, links = block.text, block.links
    if not 0 < links <= _ASK_LINK or links >= len(text):
        return False
    return text[len(text) - links - 1] in _BEFORE_LINK


def _button_after(blocks: list[RawBlock], index: int) -> bool:
    """Whether the next block is a button: short and all link ("Donate now")."""
    if index + 1 >= len(blocks):
        return False
    after = blocks[index + 1]
    return 0 < len(after.text) <= _BUTTON_MAX and after.links >= len(after.text)


def _own_box(blocks: list[RawBlock], index: int) -> bool:
    """Whether a paragraph is a box of its own set between two paragraphs of one container
    (a callout card between the text's paragraphs); an icon without letters beside it is
    the box's. Where each paragraph has a wrapper of its own, the neighbours' containers
    differ and no paragraph is a box."""
    before = _neighbour(blocks, index, -1)
    after = _neighbour(blocks, index, 1)
    if before is None or after is None:
        return False
    return before.container == after.container != blocks[index].container


def _neighbour(blocks: list[RawBlock], index: int, step: int) -> RawBlock | None:
    """The nearest paragraph on one side, past blocks without a letter (an icon's glyph)."""
    at = index + step
    while 0 <= at < len(blocks):
        block = blocks[at]
        text = block.text
        if text[:1].isalpha() or any(char.isalpha() for char in text):  # most open on one
            return block if block.kind is PARAGRAPH else None
        at += step
    return None


# An appeal closing the text: its opening paragraph (the ``appeal`` group's words) and at
# most this many short paragraphs after it, the plea itself, which names no ask's words.
_APPEAL_AFTER = 2


def appeal_opening(blocks: Sequence[Block]) -> int | None:
    """The index of an appeal's opening among the text's last paragraphs ("Before you go:
    we have a small favour to ask."), when every block from it to the end is a short
    paragraph (``_ASK_MAX``) and the text goes on before it; ``None`` otherwise."""
    for at in range(len(blocks) - 1, max(0, len(blocks) - 2 - _APPEAL_AFTER), -1):
        block = blocks[at]
        if block.kind is not PARAGRAPH or len(block.text) > _ASK_MAX:
            return None
        if "appeal" in _groups_held(block.text):
            return at if at > 0 else None
    return None


# A text whose prompt words are its subject: at least this many plain paragraphs hold them...
_SUBJECT_PARAGRAPHS = 2
# ... and they are more than this share of the text's paragraphs.
_SUBJECT_SHARE = 0.5


def prompts_are_subject(blocks: list[RawBlock], held_at: list[bool], prompts: set[int]) -> bool:
    """Whether the paragraphs holding a prompt's words (``prompts``: "our newsletter", "de
    nieuwsbrief") are the text's subject, not asks set in it: most of the text's paragraphs
    hold them, each plain (no link to sign up by). An ask is one paragraph among a story's
    (or a box of its own, read by ``boxes.prompt_boxes``); a newsletter's own issue about its
    readers, a service's note on its subscription, names it in paragraph after paragraph.
    ``held_at``: whether the region holds each block."""
    if len(prompts) < _SUBJECT_PARAGRAPHS:
        return False
    plain = 0
    for index in prompts:
        block = blocks[index]
        if block.kind is not PARAGRAPH or block.links:
            return False
        plain += 1
    paragraphs = sum(
        1 for block, held in zip(blocks, held_at, strict=True) if held and block.kind is PARAGRAPH
    )
    return plain > _SUBJECT_SHARE * paragraphs


def kept_prompts_are_subject(blocks: Sequence[Block]) -> bool:
    """``prompts_are_subject`` for the body's kept blocks (``text_edges.trim_tail``, asked only
    when the last paragraph holds a prompt's words): most kept paragraphs hold them."""
    paragraphs = [block.text for block in blocks if block.kind is PARAGRAPH]
    held = sum(1 for text in paragraphs if is_box_prompt(text))
    return held >= _SUBJECT_PARAGRAPHS and held > _SUBJECT_SHARE * len(paragraphs)
