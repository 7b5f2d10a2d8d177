"""Which container holds the article: paragraph scores propagated to ancestors.

Each block with sentence-like text gives its container a score, and a decaying share to the
ancestors above it (readability's idea); scores are damped by the container's link density
and scaled by its class/id hint. The best container is then widened to siblings that carry
article text too (a body split by ad slots, a lead kept in a separate div).
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from collections.abc import Callable

from newsextract.body.characters import latin_width
from newsextract.body.class_names import (
    contents_list_weight,
    is_overlay,
    is_sidebar,
    story_teaser_weight,
)
from newsextract.body.linked_prose import is_linked_sentence
from newsextract.body.model import HEADING, TABLE_ROW
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.lazy_regex import LazyPattern

logger = logging.getLogger(__name__)

# A block shorter than this (a label, a date, a button) says nothing about where prose is.
# Counting every block instead: F1 halves A/B fundus -0.0006/-0.0006, fundus-eval 0/-0.0006,
# trafilatura snippets -0.0022/+0.0023 (one page of B); short blocks closing as sentences
# counted too: fundus-eval B -0.0006, snippets A -0.0008, B unchanged.
_MIN_TEXT = 25
# How a container's class/id hint scales its score (readability's class weights, as factors):
# the page's own body marks (itemprop=articleBody, article-body) lift it, furniture names
# damp it without ruling it out (a body in a misnamed wrapper still wins on its prose).
_HINT_FACTOR = {3: 1.6, 2: 1.35, 1: 1.1, 0: 1.0, -1: 0.4, -2: 0.3}
# A container scoring at least this share of the best is another strong candidate: a body
# cut in two by an ad slot scores about half in each part.
_ALTERNATIVE_SHARE = 0.5
# Steps climbed from the best container towards one that holds the other strong candidates;
# a wrapper that adds no text to what it wraps (a page builder's frame, container, row and
# cell around each content element) is no step: what a step measures is distance in content.
_MAX_CLIMB = 6
# The share of a block's value its container and the ancestors above it receive: a body's
# paragraphs lift their wrapper most, a page-wide wrapper only a little (readability).
_PROPAGATE = (1.0, 0.5, 0.2, 0.1, 0.05)
# A block more than this share linked is a list of links, not prose (worth nothing), unless
# it is a paragraph of sentences whose names are linked (``is_linked_sentence``).
_MAX_PROSE_LINKS = 0.4
# Length counts up to this many characters (one per hundred adds 1): a single very long
# block (a pasted transcript, a table flattened to text) must not outweigh a whole body.
_LENGTH_CAP = 500
# Commas mark sentences (up to three count, 0.2 each); a <p> is prose's own element (x1.2).
_MAX_COMMAS = 3
_COMMA_VALUE = 0.2
_PARAGRAPH_FACTOR = 1.2


# A heading this long is prose set in heading type (a headline rarely passes 100 characters:
# search engines cut titles near 60, newsrooms write headlines to fit): it is text itself.
PROSE_HEADING = 100


def block_value(block: RawBlock) -> float:
    """How much a block looks like article prose: long, few links, some punctuation."""
    kind = block.kind
    if kind is TABLE_ROW or (kind is HEADING and len(block.text) < PROSE_HEADING):
        return 0.0
    length = _effective_length(block.text)
    if length < _MIN_TEXT:
        return 0.0
    density = block.links / len(block.text)
    if density > _MAX_PROSE_LINKS and not (
        block.tag == "p" and is_linked_sentence(block.text, block.links)
    ):
        return 0.0
    value = (
        1.0 + min(length, _LENGTH_CAP) / 100 + min(_commas(block.text), _MAX_COMMAS) * _COMMA_VALUE
    )
    if block.tag == "p":
        value *= _PARAGRAPH_FACTOR
    return value * (1.0 - density)


def _effective_length(text: str) -> int:
    """Length in Latin-script terms: a CJK character carries about as much as three."""
    if text.isascii():  # most blocks: a flag of the string, no character read
        return len(text)
    probe = text[:40]
    if not probe or max(probe) < "\u2e80":
        return len(text)  # no wide character: the common case, found in C
    wide = sum(1 for ch in probe if ch >= "\u2e80")
    if wide * 2 > len(probe):
        return len(text) * 3
    return len(text)


def _commas(text: str) -> int:
    commas = text.count(", ")
    return commas if text.isascii() else commas + text.count("、") + text.count("，")


class Tally:
    """Per-container sums over the subtree: text chars, link chars, pre-order end index.
    A plain class, not attrs: attrs would write its methods at import (2.6 M instructions);
    slots, as attrs made them, for the walks that read them per container."""

    __slots__ = ("end", "links", "mass", "score", "text")

    def __init__(
        self,
        *,
        text: list[int],
        links: list[int],
        end: list[int],
        score: list[float],
        mass: list[float],
    ) -> None:
        self.text = text
        self.links = links
        self.end = end
        self.score = score
        self.mass = mass


def data_row_value(block: RawBlock) -> float:
    """How much a block says where a page's data is, on a page without prose (a results
    table, a timetable): a table row with few links, by its length as a block of prose."""
    if block.kind is not TABLE_ROW or not block.text:
        return 0.0
    density = block.links / len(block.text)
    if density > _MAX_PROSE_LINKS and not (
        block.tag == "p" and is_linked_sentence(block.text, block.links)
    ):
        return 0.0
    return (1.0 + min(len(block.text), _LENGTH_CAP) / 100) * (1.0 - density)


def tally(walked: Walk, value_of: Callable[[RawBlock], float] | None = None) -> Tally:
    """Bottom-up sums in one pass each way (containers are in pre-order, parents first).
    ``value_of``: the blocks' values (``block_value``, how much each looks like prose)."""
    value_of = value_of or block_value
    cont = walked.containers
    n = len(cont.parent)
    text, links, score, mass = [0] * n, [0] * n, [0.0] * n, [0.0] * n
    end = list(range(n))
    for block in walked.blocks:
        text[block.container] += len(block.text)
        links[block.container] += block.links
        value = value_of(block)
        if value:
            mass[block.container] += value
            _propagate(cont.parent, score, block.container, value)
    parent = cont.parent
    for index in range(n - 1, 0, -1):
        up = parent[index]
        if up >= 0:
            text[up] += text[index]
            links[up] += links[index]
            mass[up] += mass[index]
            if end[index] > end[up]:
                end[up] = end[index]
    sums = Tally(text=text, links=links, end=end, score=score, mass=mass)
    _own_teasers(walked, sums)
    return sums


# The tags of a list: a contents box's title over its list ("ez-toc-title": "Contents",
# "[hide]") holds no link either, and stays the box's furniture.
_LIST_TAGS = frozenset({"ol", "ul"})
# A teaser container is the story's own lead when at most this share of its text is linked
# (a card for another story links its headline and picture).
_LEAD_TEASER_LINKS = 0.15


def _own_teasers(walked: Walk, sums: Tally) -> None:
    """Give containers named only as a "teaser" that hold text with few links and no heading
    the weight of their other names: on a story page that is the story's own lead, while a
    card for another story has its headline (``class_names.story_teaser_weight``)."""
    cont = walked.containers
    found = []
    contents = False
    for index, hint in enumerate(cont.hint):
        if hint == -1 and sums.text[index]:
            names = cont.names(index)
            if not sums.links[index] and cont.tag[index] in _LIST_TAGS:
                # a book's contents written out, no link: its list, not the page's nav
                weight = contents_list_weight(names)
                if weight is not None:
                    cont.hint[index] = weight
                    contents = True
                    continue
            weight = story_teaser_weight(names)
            if weight is not None and sums.links[index] <= _LEAD_TEASER_LINKS * sums.text[index]:
                found.append((index, weight))
    if not found:
        if contents:
            _inherit_bad(cont)
        return
    headed = sorted({b.container for b in walked.blocks if b.kind is HEADING})
    templates = Counter((cont.tag[index], cont.classes[index]) for index, _ in found)
    changed = False
    for index, weight in found:
        if _expander(cont.names(index)):
            cont.hint[index] = weight  # the collapsed rest of a text: its sections have titles
            changed = True
            continue
        at = bisect.bisect_left(headed, index)
        if at < len(headed) and headed[at] <= sums.end[index]:
            continue  # a headline: a card for a story
        if templates[cont.tag[index], cont.classes[index]] > 1:
            continue  # one of a list of cards: a story page has one lead
        cont.hint[index] = weight
        changed = True
    if changed or contents:
        _inherit_bad(cont)


def _inherit_bad(cont: Containers) -> None:
    """Each container's nearest furniture-named one again, after hints changed."""
    for index, parent in enumerate(cont.parent):
        inherited = cont.bad[parent] if parent >= 0 else -1
        cont.bad[index] = index if cont.hint[index] < 0 else inherited


# The class words of a read-more expander, a box holding text cut short until a reader opens
# it (a listing's description, its price notes): several on a page, each with its section's
# title, unlike a teaser card, which the link share already tells apart.
_EXPANDER_WORDS = ("readmore", "read-more")


def _expander(names: str) -> bool:
    """Whether a container is named as a read-more expander (and not as a teaser too)."""
    lower = names.lower()
    return any(word in lower for word in _EXPANDER_WORDS) and "teaser" not in lower


def _propagate(parent: list[int], score: list[float], index: int, value: float) -> None:
    for share in _PROPAGATE:
        if index < 0:
            return
        score[index] += value * share
        index = parent[index]


def final_scores(walked: Walk, sums: Tally) -> dict[int, float]:
    """Damped scores of the containers that received any prose score."""
    hint = walked.containers.hint
    out = {}
    for index, raw in enumerate(sums.score):
        if raw <= 0.0:
            continue
        total = sums.text[index]
        density = sums.links[index] / total if total else 0.0
        out[index] = raw * (1.0 - density) * _HINT_FACTOR.get(hint[index], 1.0)
    return out


def best_container(walked: Walk, sums: Tally) -> int:
    """The container with the best damped score, moved up to the ancestor that also holds
    the other strong candidates (a body split into several blocks); -1 without prose."""
    scores = final_scores(walked, sums)
    if not scores:
        return -1
    best = max(scores, key=scores.__getitem__)
    if _in_overlay(walked, best):
        on_page = {i: v for i, v in scores.items() if not _in_overlay(walked, i)}
        if on_page:
            scores = on_page
            best = max(scores, key=scores.__getitem__)
    if _in_sidebar(walked, best):
        beside = {i: v for i, v in scores.items() if not _in_sidebar(walked, i)}
        if beside and max(beside.values()) >= _BESIDE_SIDEBAR:
            scores = beside
            best = max(scores, key=scores.__getitem__)
    listed = -1
    if len(scores) > 1 and _teaser_list(walked, sums, best):
        listed, best = best, _beside_teasers(sums, scores, best)
    floor = scores[best] * _ALTERNATIVE_SHARE
    end = sums.end
    alternatives = [
        index
        for index, value in scores.items()
        if value >= floor
        and not (best <= index <= end[best] or index <= best <= end[index])
        and not _around_or_in(end, listed, index)  # the teasers passed over, their box
    ]
    if alternatives:
        # Another story's teasers are no part of this one, however much prose they hold.
        teasers = TeaserLists(walked, sums)
        alternatives = [index for index in alternatives if not teasers.near(index)]
    if not alternatives:
        return best
    return _shared_ancestor(walked, sums, best, alternatives)


def _around_or_in(end: list[int], listed: int, index: int) -> bool:
    """Whether container ``index`` lies in container ``listed`` or holds it (-1: none)."""
    return listed >= 0 and (listed <= index <= end[listed] or index <= listed <= end[index])


# Prose outside a list of teasers wins over the list when it scores at least this: a short
# text's paragraph or two (a brief, a breaking item, a poem's stanza: a hundred characters
# score 2.0, 2.4 as a <p>); the list's summaries may outweigh it as a whole.
_BESIDE_TEASERS = 2.0


def _beside_teasers(sums: Tally, scores: dict[int, float], best: int) -> int:
    """The best container outside the list of teaser cards that the best of all is, and not
    around it either: a brief of two paragraphs over a river of six headlines with their
    summaries scores below the river, which is other stories. ``best`` when nothing outside
    scores ``_BESIDE_TEASERS`` (a section page: teasers only). A container whose parent
    holds the teasers is no list itself (a story's body beside them in one wrapper)."""
    end = sums.end
    outside = [
        index
        for index, value in scores.items()
        if value >= _BESIDE_TEASERS
        and not best <= index <= end[best]
        and not index <= best <= end[index]
    ]
    return max(outside, key=scores.__getitem__) if outside else best


# A box of teasers: at least this many headings that are links (each card's title, to its
# own story), the box's other headings fewer than them...
_TEASER_TITLES = 3
# ...and at most this much prose per title: a card's excerpt is a sentence or two, while a
# list article's entries under linked names (a product's, a place's) run on for paragraphs.
_TEASER_CHARS = 400
# A heading is a title link when at least this share of its text is linked.
_LINKED_TITLE = 0.5
# A title numbered as a list article numbers its entries ("1. Morskie Oko", "#2 Notion"):
# entries under linked names are the text, when most of the titles are numbered so.
_NUMBERED = LazyPattern(r"\s*(?:#|No\.\s*)?\d{1,3}\s*[.):]")


class TeaserLists:
    """Which containers are lists of teaser cards, each a linked title over a short excerpt
    ("More news", "Leia também", "Baca juga"): other stories, whatever the box is called.
    Counted for every container in one pass over the blocks and one up the tree."""

    def __init__(self, walked: Walk, sums: Tally) -> None:
        size = len(walked.containers.parent)
        self.sums = sums
        self.parent = walked.containers.parent
        self.titles = [0] * size
        headings = [b for b in walked.blocks if b.kind is HEADING and b.container >= 0]
        linked = [b for b in headings if b.links >= _LINKED_TITLE * len(b.text)]
        # Fewer linked titles on the page than a list holds (most articles): no list, and
        # nothing more is counted.
        self.any = len(linked) >= _TEASER_TITLES
        if not self.any:
            return
        self.numbered = [0] * size
        self.headings = [0] * size
        self.prose = [0] * size
        for block in headings:
            self.headings[block.container] += 1
        for block in linked:
            self.titles[block.container] += 1
            self.numbered[block.container] += _NUMBERED.match(block.text) is not None
        for block in walked.blocks:
            if block.kind is not HEADING and block.container >= 0:
                self.prose[block.container] += len(block.text) - block.links
        for index in range(size - 1, 0, -1):  # children come after their parent
            up = self.parent[index]
            if up >= 0:
                self.titles[up] += self.titles[index]
                self.numbered[up] += self.numbered[index]
                self.headings[up] += self.headings[index]
                self.prose[up] += self.prose[index]

    def holds(self, index: int) -> bool:
        """Whether container ``index`` is a list of teaser cards."""
        if not self.any:
            return False
        return _teaser_counts(
            self.titles[index], self.headings[index], self.numbered[index], self.prose[index]
        )

    def near(self, index: int) -> bool:
        """Whether container ``index`` is a list of teasers or one card of one (its
        parent is)."""
        up = self.parent[index]
        return self.holds(index) or (up >= 0 and self.holds(up))


def _teaser_counts(titles: int, headings: int, numbered: int, prose: int) -> bool:
    """Whether a box's counts are a teaser list's: ``_TEASER_TITLES`` linked titles or more,
    most of its headings, few numbered, at most ``_TEASER_CHARS`` of prose a title."""
    return (
        titles >= _TEASER_TITLES
        and 2 * titles >= headings
        and 2 * numbered <= titles
        and prose <= _TEASER_CHARS * titles
    )


def _teaser_list(walked: Walk, sums: Tally, index: int) -> bool:
    """``TeaserLists.holds`` for one container, counted over its blocks alone: asked of the
    best container of every page, where building the page's whole table cost 0.7% of a
    page's instructions. A title is a linked heading, or a linked line followed in its own
    container by an unlinked line (an archive's entry: "<li><a>Title</a><p>Its first
    lines</p></li>"); a menu's links have no unlinked line after them."""
    stop = sums.end[index]
    titles = headings = numbered = prose = 0
    texts: list[RawBlock] = []
    before: RawBlock | None = None
    for block in walked.blocks:
        if block.container > stop:
            break  # a container opened after this one's end: past it in document order
        if block.container < index:
            continue
        if block.kind is HEADING:
            headings += 1
            if block.links >= _LINKED_TITLE * len(block.text):
                titles += 1
                numbered += _NUMBERED.match(block.text) is not None
        else:
            prose += len(block.text) - block.links
            texts.append(block)
            if (
                before is not None
                and before.kind is not HEADING
                and before.container == block.container
                and not block.links
                and before.links >= _LINKED_TITLE * len(before.text)
            ):
                titles += 1
                numbered += _NUMBERED.match(before.text) is not None
        before = block
    if not _teaser_counts(titles, headings, numbered, prose):
        return False
    # The prose in Latin letters: a card's sentence in Han or kana is half as many characters
    # as in Latin, so a story's text in them would count as a few cards' excerpts. Measured
    # only here: the width is never less than the length, so a box the count clears stays so.
    width = sum(latin_width(block.text) - block.links for block in texts)
    return _teaser_counts(titles, headings, numbered, width)


# Prose beside a sidebar wins over the sidebar's when it scores at least this: one paragraph
# of a hundred characters with a comma (1 + 1 + 0.2, x1.2 as a <p>), a post's or a short
# entry's text; a footer's line or a form's label scores less, and a page whose only prose is
# under a container named "sidebar" keeps it.
_BESIDE_SIDEBAR = 2.5


def _in_sidebar(walked: Walk, index: int) -> bool:
    """Whether a container lies in the page's sidebar (``is_sidebar``): its box of rules or
    recent comments may outweigh a short post or thread beside it, yet is never the text."""
    return _under_named(walked, index, is_sidebar)


def _in_overlay(walked: Walk, index: int) -> bool:
    """Whether a container lies in a box drawn over the page (a login modal, a consent
    layer): such text wins only on a page with no prose of its own elsewhere."""
    return _under_named(walked, index, is_overlay)


def _under_named(walked: Walk, index: int, named: Callable[[str], bool]) -> bool:
    """Whether a container or an ancestor has names that ``named`` accepts. Only the
    boilerplate-named ancestors are asked (``Containers.bad`` chains them)."""
    cont = walked.containers
    at = cont.bad[index]
    while at >= 0:
        if named(cont.names(at)):
            return True
        up = cont.parent[at]
        at = cont.bad[up] if up >= 0 else -1
    return False


def _shared_ancestor(walked: Walk, sums: Tally, best: int, alternatives: list[int]) -> int:
    """The nearest ancestor of ``best`` holding half the alternatives, not leaving an
    ``<article>`` with a headline (a page of several stories keeps its best one; a headless
    ``<article>`` is a part of the page's story) nor climbing far (wrappers
    that add no text do not count: a body cut into content elements, each in its own stack
    of eight layout divs, is still one body)."""
    cont = walked.containers
    need = max(1, (len(alternatives) + 1) // 2)
    ancestor, steps = cont.parent[best], 0
    while ancestor >= 0 and steps < _MAX_CLIMB:
        if cont.tag[ancestor] in ("body", "html"):
            break
        start, stop = ancestor, sums.end[ancestor]
        if sum(1 for a in alternatives if start <= a <= stop) >= need:
            return ancestor
        if cont.story_of(ancestor) == ancestor and _has_heading(walked, sums, ancestor):
            break
        up = cont.parent[ancestor]
        if up >= 0 and sums.text[up] > sums.text[ancestor]:
            steps += 1  # a wrapper holding nothing more costs no step
        ancestor = up
    return best


def _has_heading(walked: Walk, sums: Tally, index: int) -> bool:
    """Whether container ``index`` holds a heading: a whole article has its headline, an
    ``<article>`` without one is a component of the page's article (a text block of a page
    builder), not another story."""
    stop = sums.end[index]
    return any(
        block.kind is HEADING and index <= block.container <= stop for block in walked.blocks
    )
