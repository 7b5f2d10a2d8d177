"""Stories printed in full after the page's own: an endless page appends the next articles
below the one its address names (each in its own ``<article>`` or bare ``<div>``), or a
script fills a "next article" container with them. Each has its headline, its date and its
text, so its prose would outweigh a shorter first story or run on after it; the page's
story is the one its first ``<h1>`` heads (the address's: a page prints it first), and the
others are no part of its body. So with the story's own translation set after it in a box
declaring another language: the page, its address and its record are in one language."""

from __future__ import annotations

import bisect

from newsextract.body.date_lines import is_date_line
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk

# A story holds prose: at least one sentence-like paragraph (a block of about a hundred
# characters scores 2.0 to 2.4, ``scoring.block_value``); a header box around a headline,
# a teaser's line or a label holds less.
_STORY_MASS = 2.5
# Levels climbed from the page's headline to the wrapper that is its story: a headline
# sits in a header, the header in the story's element, which a feed or a layout wraps.
_CLIMB = 6
# The elements that date a story: an endless page's next article carries its own date, as
# the first does; a long read's sections (each under a heading of its own) carry none.
_DATED = "time[datetime]"
# The blocks after a story's headline looked at for its date set as a line of text (a bare
# <div> "12 March 2027 09:14" under its headline, no <time>): the date line, or a byline
# and then it; the block before the headline is looked at too (a date over it).
_DATE_LINE_AFTER = 2


def other_stories(walked: Walk, sums: Tally, *, timed: bool = True) -> list[tuple[int, int]]:
    """The container ranges (pre-order start and end) of the stories set after the page's
    own: from the page's first ``<h1>``, its wrappers are climbed while they hold no other
    ``<h1>``; the first holding prose (``_STORY_MASS``) and a dated element (``_DATED``)
    whose later siblings are stories of their own is the page's story, and those siblings
    are the others (stories of one feed, each with its headline, date and text). A sibling
    is a story when it holds prose and a dated element and either an ``<h1>`` or, sharing
    the page story's template (tag and class, the feed's repeated unit), a heading of any
    level. Nothing when the page has no such structure (one story, a page of sections).
    ``timed``: whether the page has dated elements enough to look for (``_dated``)."""
    h1s = sorted(
        block.container for block in walked.blocks if block.kind is HEADING and block.level == 1
    )
    if not h1s:
        return []
    cont, end, mass = walked.containers, sums.end, sums.mass
    headed: list[int] | None = None
    opened: _Headings | None = None
    unit = h1s[0]
    for _ in range(_CLIMB):
        parent = cont.parent[unit]
        if parent < 0 or cont.tag[parent] == "html" or _count(h1s, unit, end[unit]) > 1:
            break
        if mass[unit] >= _STORY_MASS:
            template = (cont.tag[unit], cont.classes[unit])
            found = []
            sibling = end[unit] + 1
            while sibling <= end[parent]:
                stop = end[sibling]
                if mass[sibling] >= _STORY_MASS:
                    if _count(h1s, sibling, stop):
                        if _opens(sums, h1s, sibling, stop):
                            found.append((sibling, stop))
                    elif (cont.tag[sibling], cont.classes[sibling]) == template:
                        if headed is None:
                            headed = sorted(b.container for b in walked.blocks if b.kind is HEADING)
                        if _count(headed, sibling, stop) and _opens(sums, headed, sibling, stop):
                            found.append((sibling, stop))
                sibling = stop + 1
            # the dates asked last, of the few candidates: a query walks the element's subtree
            if found:
                if opened is None:
                    opened = _Headings(walked)
                if _dated(walked, end, unit, timed, opened):
                    found = [
                        (start, stop)
                        for start, stop in found
                        if _dated(walked, end, start, timed, opened)
                    ]
                    if found:
                        return found
        unit = parent
    return []


def _opens(sums: Tally, headings: list[int], start: int, stop: int) -> bool:
    """Whether the first of ``headings`` in ``start``..``stop`` heads that subtree: no prose
    (``_STORY_MASS``) before it. A story's headline opens it; a sign-up box's or a sidebar's
    ``<h1>`` set after the page's own text (a theme's layout holding both) does not."""
    first = headings[bisect.bisect_left(headings, start)]
    return _mass_before(sums, start, first) < _STORY_MASS


def _mass_before(sums: Tally, wrapper: int, index: int) -> float:
    """The mass of ``wrapper``'s subtrees set before ``index``, a container inside it."""
    end, mass = sums.end, sums.mass
    before, child = 0.0, wrapper + 1
    while child < index:
        if end[child] < index:
            before += mass[child]
            child = end[child] + 1
        else:
            child += 1  # an ancestor of ``index``: its own earlier subtrees count
    return before


class _Headings:
    """The page's heading blocks by container (sorted), each with its position among the
    blocks: a story's first heading is found by bisection, its neighbours by position,
    built once a page and only when a story is to be dated."""

    __slots__ = ("containers", "positions")

    def __init__(self, walked: Walk) -> None:
        found: dict[int, int] = {}
        for at, block in enumerate(walked.blocks):
            if block.kind is HEADING:
                found.setdefault(block.container, at)
        self.containers = sorted(found)
        self.positions = [found[container] for container in self.containers]


def _dated(walked: Walk, end: list[int], index: int, timed: bool, headings: _Headings) -> bool:
    """Whether the subtree at ``index`` dates itself: a ``<time datetime>`` in it, or a date
    line right by its first heading (the block before it or the ``_DATE_LINE_AFTER`` after
    it), as a template of bare ``<div>``s sets a story's headline and date. A long read's
    section, a heading and its prose, has no date line by its heading. ``timed``: whether a
    ``<time>`` is looked for (the page has some)."""
    if timed and walked.containers.nodes[index].css_first(_DATED) is not None:
        return True
    stop = end[index]
    at = bisect.bisect_left(headings.containers, index)
    if at == len(headings.containers) or headings.containers[at] > stop:
        return False
    position = headings.positions[at]
    return any(
        block.kind is PARAGRAPH and index <= block.container <= stop and is_date_line(block.text)
        for block in walked.blocks[max(0, position - 1) : position + 1 + _DATE_LINE_AFTER]
    )


# A translation runs about as long as its original: the page's own text before the box is at
# least this share of the box's prose (a quoted letter in another language, a poem's
# original beside a short note, is the text itself when the note is shorter).
_ORIGINAL_SHARE = 0.5


def translations(walked: Walk, sums: Tally, language: str | None) -> list[tuple[int, int]]:
    """The container ranges of the story's translations: each container declaring a language
    (``Walk.languages``) not the page's (``language``, its ``<html lang>``), holding a
    heading (the translated headline) and prose, after the page's own text in the nearest
    wrapper holding more than it, where that text is at least ``_ORIGINAL_SHARE`` of the
    box's. A page that sets its whole text in such a box (its ``<html lang>`` the theme's)
    has no text of its own before it, and keeps it."""
    primary = _primary(language)
    if not primary or not walked.languages:
        return []
    cont, end, mass = walked.containers, sums.end, sums.mass
    headed: list[int] | None = None
    found: list[tuple[int, int]] = []
    for index, lang in walked.languages:
        if (found and index <= found[-1][1]) or _primary(lang) in ("", primary):
            continue
        if mass[index] < _STORY_MASS:
            continue
        if headed is None:
            headed = sorted(b.container for b in walked.blocks if b.kind is HEADING)
        if not _count(headed, index, end[index]):
            continue
        wrapper = cont.parent[index]
        for _ in range(_CLIMB):
            if wrapper < 0 or mass[wrapper] > mass[index]:
                break
            wrapper = cont.parent[wrapper]
        if wrapper < 0:
            continue
        if _mass_before(sums, wrapper, index) >= _ORIGINAL_SHARE * mass[index]:
            found.append((index, end[index]))
    return found


def _primary(tag: str | None) -> str:
    """A language tag's primary subtag, folded ("pt" of "pt-BR"); "" for none."""
    return (tag or "").split("-")[0].strip().casefold()


def merged(*groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of ``groups`` in page order, a range inside another dropped."""
    out: list[tuple[int, int]] = []
    for start, stop in sorted(r for group in groups for r in group):
        if out and start <= out[-1][1]:
            continue
        out.append((start, stop))
    return out


def _count(at: list[int], start: int, stop: int) -> int:
    """How many of the sorted containers ``at`` lie in the range ``start``..``stop``."""
    return bisect.bisect_right(at, stop) - bisect.bisect_left(at, start)


def outside(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of ``ranges`` (disjoint, in page order), for ``within``."""
    return [start for start, _ in ranges], [stop for _, stop in ranges]


def within(starts: list[int], stops: list[int], container: int) -> bool:
    """Whether ``container`` lies in one of the ranges ``outside`` split."""
    at = bisect.bisect_right(starts, container) - 1
    return at >= 0 and container <= stops[at]


__all__ = ["merged", "other_stories", "outside", "translations", "within"]
