"""A player, a poll or a gallery set between the text's paragraphs: its lines are the widget's
chrome, not the text, whatever its class names (a CSS-in-JS build hashes them all) and its
language. What tells them is what the box holds beside its few words: a ``<video>`` or an
``<audio>`` element (a player's title and duration: "Rundgang durch das neue Hallenbad"),
radio buttons (a poll's question and its count of votes: "¿Crees que hacen falta más
centros de día?", "1.318 votos"), or pictures with a slide counter ("1 / 12": a gallery's
label, "Galería de imaxes"). A player's or a gallery's line that closes a sentence is a
description or a caption, maybe the text's, and stays; a poll's question is one. Only a box
with the text's kept blocks on both sides of it is read so: a video page's own description,
beside its player with nothing around, stays.
"""

from __future__ import annotations

import bisect

from newsextract.body.characters import closes_sentence
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.reasons import MEDIA_BOX_LINE
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.lazy_regex import LazyPattern

Judged = tuple[RawBlock, str | None]

# A widget's line is a title or a question (a headline's length at most); its box holds
# little more (a title, a duration, a question, its options and a count; a label and a few
# captions): more text is a section of the text that holds a picture or a clip.
_LINE = 160
_BOX_TEXT = {"player": 250, "poll": 500, "gallery": 600}
_MOST_BOX_TEXT = max(_BOX_TEXT.values())
_CLIMB = 3  # the line's container and two above: a title's own <div> inside the player's
# A gallery's label is a name ("Galería de imaxes", "Фотогалерија"), no sentence.
_GALLERY_LABEL = 60
_GALLERY_PICTURES = 2
_POLL_CHOICES = 2  # radio buttons: a choice among two at least
# A slide counter opening a line, alone or before the slide's caption: "1 / 12", "(2/5)";
# not a date ("12/05/2026", "12/05.").
_COUNTER_OPENINGS = frozenset("0123456789([")  # a counter's first character, tested first
_SLIDE_COUNTER = LazyPattern(r"\W{0,2}\d{1,3} ?/ ?\d{1,3}(?![\d/.])(?:\W|$)")
_LINE_KINDS = frozenset({PARAGRAPH, HEADING})


def without_media_box_lines(walked: Walk, sums: Tally, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the kept lines of a player's, a poll's or a gallery's box set
    between the text's kept blocks dropped (``MEDIA_BOX_LINE``). The players and radio
    buttons and the pictures are the walk's (``Walk.players``, ``Walk.choices``,
    ``Walk.pictures``); most lines stand in a
    container of more text than a widget's box holds and cost two tests; the slide
    counters are looked for only in a small box of pictures."""
    kept = [position for position, (_, reason) in enumerate(candidates) if reason is None]
    if len(kept) < 3:
        return candidates
    text = sums.text
    found_in = _Widgets(walked, sums, candidates)
    if not found_in.may_hold_widget():
        return candidates  # most pages: no box is a widget's, none asked
    first, last = candidates[kept[0]][0].container, candidates[kept[-1]][0].container
    boxes: dict[int, tuple[int, str]] = {}  # a line's container: its widget box and kind
    out: list[Judged] | None = None
    for position in kept[1:-1]:
        block = candidates[position][0]
        if text[block.container] > _MOST_BOX_TEXT or not _may_be_line(block):
            continue  # most lines: in the text's own container
        found = boxes.get(block.container)
        if found is None:
            found = boxes[block.container] = found_in.box(block.container, (first, last))
        box, kind = found
        if box < 0:
            continue
        if kind != "poll" and closes_sentence(block.text):
            continue  # a sentence: a slide's caption, the text's words beside a clip
        if kind == "gallery" and len(block.text) > _GALLERY_LABEL:
            continue  # a caption without its full stop
        if out is None:
            out = list(candidates)
        out[position] = (block, f"{MEDIA_BOX_LINE} ({kind})")
    return candidates if out is None else out


def _may_be_line(block: RawBlock) -> bool:
    return not block.caption and block.kind in _LINE_KINDS and len(block.text) <= _LINE


class _Widgets:
    """The widgets of one walk, asked box by box: each container's kind read once."""

    def __init__(self, walked: Walk, sums: Tally, candidates: list[Judged]) -> None:
        self.walked = walked
        self.sums = sums
        self.candidates = candidates
        self._sorted: dict[str, list[int]] = {}  # the walk's lists, sorted when first asked
        self._counters: list[int] | None = None  # the slide counters' containers, when asked
        self.kinds: dict[int, str] = {}

    def may_hold_widget(self) -> bool:
        """Whether any box of the walk can be a widget's (``_kind``): a player met, two
        radio buttons, or two pictures and a slide counter; told once a page by the walk's
        lists, where most pages have none of them, instead of climbing from each line."""
        walked = self.walked
        return bool(
            walked.players
            or len(walked.choices) >= _POLL_CHOICES
            or (len(walked.pictures) >= _GALLERY_PICTURES and self.counters())
        )

    def box(self, container: int, around: tuple[int, int]) -> tuple[int, str]:
        """The box of a widget holding ``container`` (itself or up to ``_CLIMB`` - 1 above)
        and its kind; ``(-1, "")`` when none does. ``around``: the containers of the text's
        first and last kept blocks, which no widget's box holds."""
        sums, parents = self.sums, self.walked.containers.parent
        for _ in range(_CLIMB):
            if container < 0 or sums.text[container] > _MOST_BOX_TEXT:
                break  # the text only grows going up
            if self._holds(container, around[0]) or self._holds(container, around[1]):
                break  # the box of the text's own first or last block, and all above it
            kind = self.kinds.get(container)
            if kind is None:
                kind = self.kinds[container] = self._kind(container)
            if kind and sums.text[container] <= _BOX_TEXT[kind]:
                return container, kind
            container = parents[container]
        return -1, ""

    def _holds(self, box: int, container: int) -> bool:
        """Whether ``container`` is ``box`` or under it (containers in pre-order)."""
        return box <= container <= self.sums.end[box]

    def _found(self, name: str) -> list[int]:
        """The walk's list ``name`` of containers, sorted (the walk appends in its order)."""
        found = self._sorted.get(name)
        if found is None:
            found = self._sorted[name] = sorted(getattr(self.walked, name))
        return found

    def _count(self, found: list[int], box: int) -> int:
        """How many of ``found`` (containers, sorted) are ``box`` or under it."""
        return bisect.bisect_right(found, self.sums.end[box]) - bisect.bisect_left(found, box)

    def _kind(self, box: int) -> str:
        """What widget a container is: "player", "poll", "gallery" or none ("")."""
        if self._count(self._found("players"), box):
            return "player"
        if self._count(self._found("choices"), box) >= _POLL_CHOICES:
            return "poll"
        if self._count(self._found("pictures"), box) >= _GALLERY_PICTURES and self._count(
            self.counters(), box
        ):
            return "gallery"
        return ""

    def counters(self) -> list[int]:
        """The containers of the blocks a slide counter opens, sorted."""
        if self._counters is None:
            self._counters = sorted(
                block.container
                for block, _ in self.candidates
                if block.text[:1] in _COUNTER_OPENINGS and _SLIDE_COUNTER.match(block.text)
            )
        return self._counters
