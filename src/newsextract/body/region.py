"""The region of the page that holds the article: a best container plus article siblings."""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.body.class_names import furniture_words, text_widget
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    TABLE_ROW,
    TERM,
    BlockKind,
    filled_cells,
)
from newsextract.body.other_stories import outside, within
from newsextract.body.patterns import HEADING_LEVEL, SKIP_TAGS, ends_as_sentence
from newsextract.body.scoring import Tally, TeaserLists, best_container, block_value
from newsextract.body.twin_sections import twin_section_after
from newsextract.body.verdict_boxes import verdict_after
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.labels import answer_counts
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

logger = logging.getLogger(__name__)

# A sibling joins when it holds this much prose mass: about one sentence-like paragraph (a
# block's value starts at 1 and grows by 1 per 100 characters). A floor relative to what
# the region holds (15% of it) was dropped: it cost the varied pages of the trafilatura set
# 0.0043 on half A and 0.0029 on half B, for 0.0008 on news (benchmarks/ablate_body.py).
_MIN_SIBLING_MASS = 2.5
# Levels climbed from the best container outside an <article> (inside one, the climb goes up
# to it): a body's wrappers rarely nest deeper, and a page-wide wrapper higher up would take
# in the sidebar's prose too.
_MAX_LEVELS = 6
# A sibling this linked is a link list (related stories, a menu), not a part of the text.
_SIBLING_MAX_DENSITY = 0.35
# A paragraph sitting directly in a wrapper the region climbed to joins at this value (a
# sentence of about a hundred characters): a lead beside the body, not a label or a button.
_LOOSE_BLOCK_VALUE = 2.0


class Region:
    """Container subtrees taken whole (pre-order ranges) and loose blocks taken one by one.

    ``top`` is the container the ranges hang from: a boilerplate name above it (a page-wide
    ``main-with-sidebar``) does not count against the blocks inside.

    A plain class, not an attrs one: a working record of one page's walk that nothing
    compares, copies or prints, whose generated methods attrs compiled at every import.
    """

    def __init__(
        self, *, top: int, ranges: list[tuple[int, int]], own_words: frozenset[str] = frozenset()
    ) -> None:
        self.top = top
        self.ranges = ranges
        self.loose: set[int] = set()
        # (tag, class) of the containers from the best one up to ``top``: a template that
        # wraps the article's own text, so its other instances (one wrapper per paragraph,
        # named ``article-widget``) are article text too, whatever the name says.
        self.trusted: set[tuple[str, str]] = set()
        # The boilerplate words the best container's own name carries ("ad" of a
        # classified's "ad-description"): on this page they name the article, so they mark
        # no furniture.
        self.own_words = own_words
        # The <article>s joined as entries beside the story's own (``_add_entries``): posts
        # of one thread, read whole however short (a reply is no teaser card).
        self.entries: set[int] = set()
        self._starts: list[int] = []

    def seal(self) -> None:
        """Merge the ranges into sorted disjoint ones so ``holds`` is a binary search
        (a page of 100,000 sibling blocks must not make the region test quadratic)."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.ranges = merged
        self._starts = [start for start, _ in merged]

    def mass(self, sums: Tally) -> float:
        """The prose mass of the ranges: a sealed range can span sibling subtrees, each of
        whose mass counts (its first container's mass is only the first subtree's)."""
        total = 0.0
        for start, stop in self.ranges:
            index = start
            while index <= stop:
                total += sums.mass[index]
                index = sums.end[index] + 1
        return total

    def holds(self, container: int) -> bool:
        at = bisect.bisect_right(self._starts, container) - 1
        return at >= 0 and container <= self.ranges[at][1]

    def cut(self, walked: Walk, ranges: list[tuple[int, int]]) -> None:
        """Take the subtrees of ``ranges`` (disjoint, in page order) out of the region, with
        the loose blocks and entries in them: other stories the climb or the entries took in
        (``other_stories``)."""
        kept: list[tuple[int, int]] = []
        for start, stop in self.ranges:
            for cut_start, cut_stop in ranges:
                if cut_stop < start or cut_start > stop:
                    continue
                if cut_start > start:
                    kept.append((start, cut_start - 1))
                start = cut_stop + 1
                if start > stop:
                    break
            if start <= stop:
                kept.append((start, stop))
        self.ranges = kept
        self.seal()
        blocks = walked.blocks
        starts, stops = outside(ranges)
        self.loose = {at for at in self.loose if not within(starts, stops, blocks[at].container)}
        self.entries = {index for index in self.entries if not within(starts, stops, index)}


def choose_region(walked: Walk, sums: Tally) -> Region | None:
    """The best container, widened level by level to siblings that hold prose too.

    Article bodies are often cut into sibling blocks (by ad slots, or one wrapper per
    paragraph group); climbing stops at the outermost ``<article>`` or at ``<body>`` (whose
    sections join too: a one-page layout's ``<section>``s sit right under it), and
    siblings that are named like furniture or are link lists never join. Inside an
    ``<article>`` the climb goes all the way up to it (a live blog's summary beside its
    stream of posts, each post six wrappers deep); outside one it stops after a few levels.
    At each level a section of data tables or definition lists right after the text joins
    too (``_data_after``).
    """
    best = best_container(walked, sums)
    if best < 0:
        return None
    headlines = _Headlines(walked, sums)
    best = _permalinked_post(walked, sums, best, headlines)
    cont = walked.containers
    region = Region(
        top=best,
        ranges=[(best, sums.end[best])],
        own_words=furniture_words(walked.containers.names(best)),
    )
    region.seal()
    current = best
    _trust(walked, region, best)
    _trust_entries(walked, sums, region, best)
    story = cont.story_of(best)
    counted: list[TeaserLists] = []

    def teasers() -> TeaserLists:
        if not counted:
            counted.append(TeaserLists(walked, sums))
        return counted[0]

    levels = 0
    while levels < _MAX_LEVELS or (story >= 0 and current != story):
        parent = cont.parent[current]
        if parent < 0 or current == story or cont.tag[parent] == "html":
            break
        levels += 1
        loose = _loose_blocks(walked, parent)
        _trust(walked, region, current)
        joined = _good_siblings(walked, sums, parent, current, region.trusted, teasers)
        if headlines.within(current):
            # A sibling of the same template under a headline of its own is another story
            # (the next article an endless page loads below the first), not more of this
            # one; the article's own header beside its text may hold the headline.
            mark = signature(walked, current)
            joined = [
                index
                for index in joined
                if signature(walked, index) != mark or not headlines.within(index)
            ]
        taken = sorted([*joined, current])
        joined += _between(walked, sums, parent, taken)
        joined += _after_loose_text(walked, sums, parent, taken[0])
        joined += _data_before(walked, sums, parent, taken[0], headlines)
        joined += _question_before(walked, sums, parent, taken[0], current)
        joined += _intro_before(walked, sums, parent, taken[0], headlines)
        after = _data_after(walked, sums, region, parent, taken[-1])
        listed = _list_under_heading(
            walked, sums, parent, (after or taken)[-1], loose
        ) or _list_under_heading_box(walked, sums, parent, (after or taken)[-1])
        if listed:  # the section's data after its list (a match's line-ups, then its stats)
            listed += _data_after(walked, sums, region, parent, listed[-1])
        after += listed
        after += twin_section_after(
            walked, sums, parent, (after or taken)[-1], _SIBLING_MAX_DENSITY
        )
        joined += after
        joined += _closing_line(walked, sums, parent, (after or taken)[-1])
        joined += _notes_after(walked, sums, parent, (after or taken)[-1])
        joined += verdict_after(
            walked, sums, parent, (after or taken)[-1], lambda at: _is_ad_slot(walked, sums, at)
        )
        loose |= _closing_loose_line(walked, sums, parent, (after or taken)[-1])
        for start in joined:
            region.ranges.append((start, sums.end[start]))
        region.seal()
        region.loose |= loose
        region.top = current = parent
    _add_entries(walked, sums, region, headlines)
    if story >= 0 and region.top == story:
        _add_text_after_story(walked, sums, region, story, teasers)
        _add_recipe_card_after_story(walked, sums, region, story, teasers)
    _add_marked_bodies(walked, sums, region)
    region.seal()
    return region


# The fewest posts of one template in a wrapper for it to be a stream of posts (a live
# page's updates, a thread's replies), not a story and its one box.
_STREAM_POSTS = 2


def _permalinked_post(walked: Walk, sums: Tally, best: int, headlines: _Headlines) -> int:
    """The ``<article>`` holding the page's first ``<h1>`` when a wrapper beside it holds
    posts of its own template (``entry_template``, at least ``_STREAM_POSTS``) and ``best``
    is that wrapper, in it, or holds them both: one update's page at its own address, the
    live page's other updates under it ("More updates"), which outweigh the update the page
    is for. A live page's own stream holds its posts beside its summary, not beside a post
    under the headline. Else ``best``."""
    if not headlines.at:
        return best
    cont = walked.containers
    post = cont.story_of(headlines.at[0])
    parent = cont.parent[post] if post >= 0 else -1
    if parent < 0 or post == best:
        return best
    mark = entry_template(walked, post)
    if not mark[1]:
        return best  # a bare <article>: a bare tag is no template
    end = sums.end
    for wrapper in _children(walked, sums, parent):
        if wrapper == post or cont.tag[wrapper] == "article" or not sums.mass[wrapper]:
            continue
        posts = sum(
            1
            for child in _children(walked, sums, wrapper)
            if cont.tag[child] == "article" and entry_template(walked, child) == mark
        )
        if posts < _STREAM_POSTS:
            continue
        if wrapper <= best <= end[wrapper] or best <= parent <= end[best]:
            return post
    return best


def _add_entries(walked: Walk, sums: Tally, region: Region, headlines: _Headlines) -> None:
    """The story's ``<article>`` beside others of its template (the posts of a forum thread,
    a live blog's entries, the posts of a blog's page): they are one text, read together."""
    cont = walked.containers
    story = cont.story_of(region.top)
    parent = cont.parent[story] if story >= 0 else -1
    if parent < 0:
        return
    mark = entry_template(walked, story)
    entries = [
        index
        for index in _children(walked, sums, parent)
        if index != story and sums.mass[index] > 0 and entry_template(walked, index) == mark
    ]
    if entries and headlines.within(story):
        # Each under a headline of its own, they are stories, not entries of one: the next
        # article an endless page loads below the first ("Ďalší článok").
        entries = [index for index in entries if not headlines.within(index)]
    entries += _replies(walked, sums, parent, story, mark)
    if entries:
        region.entries.update(entries)
        region.ranges.extend((index, sums.end[index]) for index in entries)
        region.top = parent
        region.seal()


def _component(word: str) -> str:
    """The component a class names ("story" of "story-rest", "story__text" and "story"): a
    part named after the story's own components is the story's."""
    return re.split(r"__|-", word, maxsplit=1)[0]


# The share of a part after the story's <article> in sentences (paragraphs of five words or
# more closing as one) for it to be the text going on: a box of meta lines after the story
# (its byline, date, a notifications prompt, tags) is mostly no sentence.
_PROSE_AFTER_STORY = 0.8


def _add_text_after_story(
    walked: Walk, sums: Tally, region: Region, story: int, teasers: Callable[[], TeaserLists]
) -> None:
    """The story's text going on right after its ``<article>`` (a template closing the
    article early, "story-rest" beside it), where the climb stops: the next sibling that
    holds text joins when it is prose by its mass, named after a component of the story's
    ("story-rest" after "story", "story-text"), under no name of furniture's, with no
    heading and no ``<article>`` of its own (a related box, a teaser list and the next story
    are titled), few links, and its text in sentences (``_PROSE_AFTER_STORY``)."""
    cont = walked.containers
    parent = cont.parent[story]
    if parent < 0 or cont.tag[parent] in ("body", "html"):
        return
    index = sums.end[story] + 1
    while index <= sums.end[parent] and not sums.text[index]:
        index = sums.end[index] + 1
    if index > sums.end[parent] or cont.hint[index] < 0 or sums.mass[index] < _MIN_SIBLING_MASS:
        return
    if sums.links[index] / sums.text[index] > _SIBLING_MAX_DENSITY:
        return
    end = sums.end[index]
    story_blocks = {
        _component(word)
        for inner in range(story, sums.end[story] + 1)
        for word in cont.classes[inner].split()
    }
    if not any(_component(word) in story_blocks for word in cont.classes[index].split()):
        return  # a box of the blog's or the site's own ("blog-intro"), not the story's
    if any(cont.tag[inner] == "article" for inner in range(index, end + 1)):
        return
    held = [block for block in walked.blocks if index <= block.container <= end]
    if any(block.kind is HEADING for block in held):
        return
    sentences = sum(
        len(block.text)
        for block in held
        if block.kind is PARAGRAPH
        and word_count(block.text) >= _CLOSING_LINE_WORDS
        and ends_as_sentence(block.text.strip())
    )
    if sentences < _PROSE_AFTER_STORY * sum(len(block.text) for block in held):
        return  # a box of the story's meta lines (its byline and date, a prompt, tags)
    if teasers().holds(index):
        return
    region.ranges.append((index, end))
    region.top = parent
    region.seal()


# The fewest list items (ingredients and steps) a recipe card after the story holds.
_RECIPE_ITEMS = 3


def _add_recipe_card_after_story(
    walked: Walk, sums: Tally, region: Region, story: int, teasers: Callable[[], TeaserLists]
) -> None:
    """A recipe card set after the story's ``<article>`` (a recipe plugin's card, where the
    theme closes the post before it), past only boxes named as furniture (a newsletter box,
    an ad slot) and the story's text after it: the next sibling holding text joins when a
    class of its names a recipe ("recipe-card", "wprm-recipe-container"), it holds
    ``_RECIPE_ITEMS`` list items (its ingredients and steps) and no ``<article>``, has few
    links and is no teaser list."""
    cont = walked.containers
    parent = cont.parent[story]
    if parent < 0 or cont.tag[parent] in ("body", "html"):
        return
    index = sums.end[story] + 1
    while index <= sums.end[parent] and (
        not sums.text[index] or cont.hint[index] < 0 or region.holds(index)
    ):
        index = sums.end[index] + 1
    if index > sums.end[parent] or sums.links[index] / sums.text[index] > _SIBLING_MAX_DENSITY:
        return
    if not any(_RECIPE_PART in re.split(r"[-_]+", word) for word in cont.classes[index].split()):
        return
    end = sums.end[index]
    if any(cont.tag[inner] == "article" for inner in range(index, end + 1)):
        return
    items = sum(
        1 for block in walked.blocks if index <= block.container <= end and block.kind is LIST_ITEM
    )
    if items < _RECIPE_ITEMS or teasers().holds(index):
        return
    region.ranges.append((index, end))
    region.top = parent
    region.seal()


# The class word recipe plugins and themes name their card by.
_RECIPE_PART = "recipe"


def _replies(
    walked: Walk, sums: Tally, parent: int, story: int, mark: tuple[str, str]
) -> list[int]:
    """The ``<article>``s after the story's of another template that answer it: a question
    page sets its question in one template and its answers in another ("question",
    "answer accepted"), beside it or in a wrapper of their own beside it ("answers"). Each
    holds prose and no heading at all (a teaser card or another story has its title),
    under a name that is not furniture's (a comment's is), and is no link list."""
    cont = walked.containers
    if cont.tag[story] != "article":
        return []
    candidates: list[int] = []
    for index in _children(walked, sums, parent):
        if index <= story or cont.hint[index] < 0:
            continue
        if cont.tag[index] == "article":
            candidates.append(index)
        elif sums.mass[index] > 0:  # a wrapper of the answers: its own <article>s
            candidates += [
                child for child in _children(walked, sums, index) if cont.tag[child] == "article"
            ]
    out: list[int] = []
    headed: _Headlines | None = None
    for index in candidates:
        total = sums.text[index]
        if (
            entry_template(walked, index) == mark
            or cont.hint[index] < 0
            or not total
            or sums.links[index] / total > _SIBLING_MAX_DENSITY
        ):
            continue
        if headed is None:
            headed = _Headlines(walked, sums, any_level=True)
        if not headed.within(index):
            out.append(index)
    return out


class _Headlines:
    """Where the page's ``<h1>`` headings are (or its headings of any level), to ask whether
    a container holds one."""

    def __init__(self, walked: Walk, sums: Tally, *, any_level: bool = False) -> None:
        self.end = sums.end
        self.at = sorted(
            block.container
            for block in walked.blocks
            if block.kind is HEADING and (any_level or block.level == 1)
        )

    def within(self, container: int) -> bool:
        """Whether the subtree of ``container`` holds an ``<h1>``."""
        first = bisect.bisect_left(self.at, container)
        return first < len(self.at) and self.at[first] <= self.end[container]


def _children(walked: Walk, sums: Tally, parent: int) -> list[int]:
    out = []
    index = parent + 1
    while index <= sums.end[parent]:
        out.append(index)
        index = sums.end[index] + 1
    return out


def _add_marked_bodies(walked: Walk, sums: Tally, region: Region) -> None:
    """Containers the page itself marks as the body (``itemprop=articleBody``,
    ``article-body``) inside the region join even when they hold lists or short lines."""
    cont = walked.containers
    hint = cont.hint
    index, stop = region.top, sums.end[region.top]
    while index <= stop:
        if hint[index] >= 2 and not region.holds(index) and not _in_strong_furniture(cont, index):
            total = sums.text[index]
            if total and sums.links[index] / total <= _SIBLING_MAX_DENSITY:
                region.ranges.append((index, sums.end[index]))
                index = sums.end[index]
        index += 1


def _in_strong_furniture(cont: Containers, index: int) -> bool:
    """Whether a container lies in one strongly named as furniture (a cookie layer, a
    comment section): its "main-content" is the layer's, not the article's."""
    at = cont.bad[index]
    while at >= 0:
        if cont.hint[at] < -1:
            return True
        up = cont.parent[at]
        at = cont.bad[up] if up >= 0 else -1
    return False


def signature(walked: Walk, index: int) -> tuple[str, str]:
    """A container's template: its tag and class attribute."""
    cont = walked.containers
    return cont.tag[index], cont.classes[index]


def _trust(walked: Walk, region: Region, index: int) -> None:
    """Trust the template of a container holding the text, and that template without its
    BEM modifiers (``entry_template``): the best answer's ``answer answer--best`` trusts
    the other answers' ``answer`` (a one-line answer has too little prose to join by its
    mass)."""
    region.trusted.add(signature(walked, index))
    plain = entry_template(walked, index)
    if plain[1]:
        region.trusted.add(plain)


def _trust_entries(walked: Walk, sums: Tally, region: Region, best: int) -> None:
    """Trust the template of the entries the best container holds: two or more children of
    one named template holding text (a live blog's stream of entries). Its entry set apart
    before the stream (a pinned post, the opening one) joins then, whatever its mass."""
    cont = walked.containers
    seen: set[tuple[str, str]] = set()
    for index in _children(walked, sums, best):
        if sums.text[index] and cont.classes[index].strip() and cont.hint[index] >= 0:
            mark = signature(walked, index)
            if mark in seen:
                _trust(walked, region, index)
            seen.add(mark)


def entry_template(walked: Walk, index: int) -> tuple[str, str]:
    """A post's template: its tag and class without the BEM modifiers (``message--mod``,
    ``post--sticky``) that mark one variant of it (a moderator's post, the opening one);
    the posts of one thread are one template whoever wrote them."""
    cont = walked.containers
    names = [name for name in cont.classes[index].split() if "--" not in name]
    return cont.tag[index], " ".join(names)


def _good_siblings(
    walked: Walk,
    sums: Tally,
    parent: int,
    current: int,
    trusted: set[tuple[str, str]],
    teasers: Callable[[], TeaserLists],
) -> list[int]:
    """Children of ``parent`` other than ``current`` whose prose is worth joining: enough of
    it under a name that is not furniture's, or any under the template of the article's own
    wrappers; never a list of teaser cards (``teasers()``, counted once a page)."""
    hint = walked.containers.hint
    floor = _MIN_SIBLING_MASS
    out = []
    index = parent + 1
    while index <= sums.end[parent]:
        if index != current and sums.mass[index] > 0:
            if hint[index] >= 0 and sums.mass[index] >= floor:
                good = True
            else:
                # A wrapper of the article's own template, even named as furniture (one
                # "article-widget" per paragraph); a bare tag is no template: a class-less
                # <div id="sidebar"> beside a class-less article wrapper is the sidebar.
                # Nor is a bare tag named by an id of its own ("header" beside the text's
                # "content"): an id names one element, not an instance of a template.
                tag, classes = signature(walked, index)
                bare = not classes.strip()
                good = (
                    hint[index] > -2
                    and (tag, classes) in trusted
                    and (hint[index] >= 0 or not bare)
                    and not (bare and walked.containers.ids[index])
                ) or (hint[index] >= 0 and not bare and _variant_of(tag, classes, trusted))
            total = sums.text[index]
            if good and (not total or _linked_share(walked, sums, index) <= _SIBLING_MAX_DENSITY):
                out.append(index)
        index = sums.end[index] + 1
    if not out:
        return out
    cards = teasers()
    return [index for index in out if not cards.holds(index)]


def _variant_of(tag: str, classes: str, trusted: set[tuple[str, str]]) -> bool:
    """Whether a class attribute is a trusted template's with words of a state added, none
    named as furniture (the caller's test): a live blog's pinned entry ("entry pinned"
    beside the "entry"s), a thread's accepted answer ("answer accepted"), whose one or two
    sentences are too little prose to join by their mass."""
    if " " not in classes.strip():
        return False  # one class word: no template's with another added
    names: set[str] | None = None
    for own, template in trusted:
        if own == tag and template and template != classes:
            names = names or set(classes.split())
            if names > set(template.split()):
                return True
    return False


def _linked_share(walked: Walk, sums: Tally, index: int) -> float:
    """The share of a sibling's text in links, without those of a table of contents set
    into it (links to the page's own headings, "#symptoms"): such a box makes the section
    that holds it look like a link list, yet its prose is the article's. A link to another
    anchor of the page (an author's pop-up, "#author-0") still counts. Looked for only in a
    sibling over the bar (rare: two queries)."""
    total = sums.text[index]
    share = sums.links[index] / total
    if share <= _SIBLING_MAX_DENSITY:
        return share
    node = walked.containers.nodes[index]
    links = node.css('a[href^="#"]')
    if not links:
        return share
    headings = _heading_ids(node)
    own = sum(
        len(link.text(deep=True))
        for link in links
        if (link.attributes.get("href") or "").strip()[1:] in headings
        and not _under_skipped(link, node)
    )
    return max(0, sums.links[index] - own) / total


_HEADINGS = "h1, h2, h3, h4, h5, h6"
# The ids a contents box links to: a heading's own, or an anchor's inside it (MediaWiki's
# <span class="mw-headline" id=…>).
_HEADING_TARGETS = ", ".join(
    [f"{tag}[id]" for tag in _HEADINGS.split(", ")]
    + [f"{tag} [id]" for tag in _HEADINGS.split(", ")]
)


def _heading_ids(node: LexborNode) -> set[str]:
    """The ids of the page's headings (and of the anchors in them)."""
    root = node
    while root.parent is not None:
        root = root.parent
    return {target.attributes.get("id") or "" for target in root.css(_HEADING_TARGETS)}


def _under_skipped(element: LexborNode, top: LexborNode) -> bool:
    """Whether ``element`` lies in a subtree the walk does not read (its links were not
    counted): a <nav> table of contents, a <button>."""
    at = element.parent
    while at is not None and at.mem_id != top.mem_id:
        if at.tag in SKIP_TAGS:
            return True
        at = at.parent
    return False


def _between(walked: Walk, sums: Tally, parent: int, taken: list[int]) -> list[int]:
    """Children of ``parent`` between the first and the last taken one that hold a table, a
    definition list or a list (with their headings) and nothing else, not named as
    furniture nor linked: such a section of the text has little prose mass, yet the
    sections around it say where the text runs (a listing's "Sleeping arrangements" table
    between two of its sections). Prose between them that did not join is not taken: an
    info box or a teaser set into the text."""
    hint = walked.containers.hint
    first, last = taken[0], taken[-1]
    # A wrapper of the text's template may hold its section's heading alone (the heading,
    # then a figure's wrapper, then the section's prose); a heading of another wrapper
    # between them is a box's title (a logo strip's, a collapsed panel's toggle).
    # Only a classed template: bare <section>s or <div>s are any box's.
    templates = {mark for mark in (signature(walked, index) for index in taken) if mark[1]}
    out = []
    index = first + 1
    while index < last:
        total = sums.text[index]
        if (
            index not in taken
            and total
            and hint[index] >= 0
            and sums.links[index] / total <= _SIBLING_MAX_DENSITY
            and _holds_structure(
                walked,
                index,
                sums.end[index],
                headings=signature(walked, index) in templates,
            )
        ):
            out.append(index)
        index = sums.end[index] + 1
    return out


# Posts of one template in a box that make it a thread of answers: two, the fewest a
# question's answers are listed as.
_THREAD_POSTS = 2


def _question_before(walked: Walk, sums: Tally, parent: int, first: int, current: int) -> list[int]:
    """The child of ``parent`` right before the first taken one when the region so far is a
    thread of answers (``_is_thread``) and that child is the post they answer: a question
    page sets its question in a box of its own before the answers' box ("question", then
    "answers" of "answer"s), and a question of one or two sentences has too little prose
    mass to join as a sibling. The child holds a sentence, is not named as furniture, is no
    link list and holds no page title (``<h1>``: the question's title is the page's)."""
    if first != current:
        return []
    cont = walked.containers
    candidate = -1  # the nearest child before ``first`` holding text
    index = parent + 1
    while index < first:
        if sums.text[index]:
            candidate = index
        index = sums.end[index] + 1
    # The cheap tests first: most levels stop here, before the thread's or the blocks'.
    if candidate < 0 or cont.hint[candidate] < 0:
        return []
    if sums.links[candidate] / sums.text[candidate] > _SIBLING_MAX_DENSITY:
        return []
    if not _is_thread(walked, sums, current):
        return []
    end = sums.end[candidate]
    sentence = False
    for block in walked.blocks:
        if candidate <= block.container <= end:
            if block.kind is HEADING and block.level == 1:
                return []
            sentence = sentence or (block.kind is PARAGRAPH and ends_as_sentence(block.text))
    return [candidate] if sentence else []


def is_answer_count_heading(walked: Walk, sums: Tally, position: int) -> bool:
    """Whether the heading ``walked.blocks[position]`` only counts the answers of the thread
    it opens (a label word of ``answer_counts`` and a number: "3 Answers", "Odpowiedzi (2)",
    "回答 (4)"): the thread's label over its posts, as a widget's is. It is the first text
    of its box, or of a box around that up to ``_COUNT_HEADING_LEVELS`` up, which is a thread
    (``_is_thread``: a post's template its first class, "answer is-best" an answer; one
    post furnished is enough where the heading counts them)."""
    block = walked.blocks[position]
    text = block.text.strip()
    if (
        not text
        or len(text) > _COUNT_HEADING_CHARS
        or not (_COUNT_END(text[0]) or _COUNT_END(text[-1]))
    ):
        return False  # nearly every heading opens and ends with a letter: no pattern tried
    if not answer_count_label().fullmatch(text):
        return False  # no box looked at
    before = walked.blocks[position - 1].container if position else -1
    parents, box = walked.containers.parent, block.container
    for _ in range(_COUNT_HEADING_LEVELS):
        if box < 0 or box <= before <= sums.end[box]:
            return False  # text before the heading in the box: it opens nothing
        if _is_thread(walked, sums, box, template=_base_template, furnished=1):
            return True
        box = parents[box]
    return False


# The count opens or closes the heading ("3 Answers", "回答 (4)"): a figure or a bracket.
_COUNT_END = frozenset("0123456789()[]").__contains__
# A heading counting answers is a word and a number ("Antworten (12)"): longer is a title.
_COUNT_HEADING_CHARS = 40
# The heading may sit in a header box of its own inside the thread's ("<div class='answers'>
# <div class='answers-header'><h2>3 Answers</h2>"): this many boxes up, no further.
_COUNT_HEADING_LEVELS = 2


def _base_template(walked: Walk, index: int) -> tuple[str, str]:
    """A post's tag and first class (a variant's added classes aside: "answer is-best")."""
    cont = walked.containers
    names = [name for name in cont.classes[index].split() if "--" not in name]
    return cont.tag[index], names[0] if names else ""


@functools.cache
def answer_count_label() -> re.Pattern[str]:
    """A count and a label word of ``answer_counts`` either way round, the count bracketed
    or not ("3 Answers", "Antworten (5)", "Ответы 3")."""
    words = "|".join(re.escape(w) for w in sorted(answer_counts(), key=len, reverse=True))
    count = r"[(\[]?\d[\d.,]*[)\]]?"
    return re.compile(rf"(?:{count}\s*(?:{words})|(?:{words})\s*{count})", re.IGNORECASE)


def _is_thread(
    walked: Walk,
    sums: Tally,
    box: int,
    template: Callable[[Walk, int], tuple[str, str]] = entry_template,
    furnished: int = _THREAD_POSTS,
) -> bool:
    """Whether ``box`` holds posts: ``_THREAD_POSTS`` children of one template (its BEM
    modifiers aside, ``entry_template``: the accepted answer is an answer) holding text, each
    with a box of furniture's name holding text inside it (its vote count, its poster's card,
    its date line). A how-to's steps, one template each with its number, carry none.
    A post whose classes are a template's with a state's words added ("answer accepted",
    "post is-op") is of that template too. ``template``: what makes two posts one template;
    ``furnished``: how many must carry furniture."""
    cont = walked.containers
    hint, text, end = cont.hint, sums.text, sums.end
    children: dict[tuple[str, str], list[int]] = {}
    for index in _children(walked, sums, box):
        if text[index]:
            mark = template(walked, index)
            if mark[1]:
                children.setdefault(mark, []).append(index)
    if len(children) > 1:
        children = _with_variants(children)
    for posts in children.values():
        if len(posts) < _THREAD_POSTS:
            continue  # most boxes: no two children of one template, no subtree looked at
        seen = 0
        for index in posts:
            if any(hint[inner] < 0 and text[inner] for inner in range(index + 1, end[index] + 1)):
                seen += 1
                if seen >= furnished:
                    return True
    return False


def _with_variants(
    children: dict[tuple[str, str], list[int]],
) -> dict[tuple[str, str], list[int]]:
    """Each template's children with those of its variants added: a tag's children whose
    classes hold all of the template's and more (``_variant_of``)."""
    out: dict[tuple[str, str], list[int]] = {}
    for mark, posts in children.items():
        found = list(posts)
        for other, more in children.items():
            if other != mark and _variant_of(other[0], other[1], {mark}):
                found += more
        out[mark] = found
    return out


def _after_loose_text(walked: Walk, sums: Tally, parent: int, first: int) -> list[int]:
    """The children of ``parent`` right before the first taken one that hold a table, a
    definition list or a list (with their headings) and nothing else, when a paragraph of
    prose set straight in ``parent`` comes before them: the text runs around them (a
    recipe's opening paragraph, its ingredients, then its method in a box of its own), as
    ``_between`` reads sections between two taken ones. Not one named as furniture, nor a
    linked one."""
    hint = walked.containers.hint
    before = [index for index in _children(walked, sums, parent) if index < first]
    if not before:
        return []
    candidates: list[int] = []
    for index in reversed(before):
        total = sums.text[index]
        if not total:
            continue
        if (
            hint[index] < 0
            or sums.links[index] / total > _SIBLING_MAX_DENSITY
            or not _holds_structure(walked, index, sums.end[index])
        ):
            break
        candidates.append(index)
    if not candidates:
        return []
    start = candidates[-1]  # the first of them in the page
    opening = next(
        (
            position
            for position, block in enumerate(walked.blocks)
            if start <= block.container <= sums.end[start]
        ),
        -1,
    )
    loose_prose = any(
        block.container == parent
        and block.kind is PARAGRAPH
        and block_value(block) >= _LOOSE_BLOCK_VALUE
        for block in walked.blocks[:opening]
    )
    return candidates if loose_prose else []


def _notes_after(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The child of ``parent`` right after the last taken one when it is a ``<footer>``: the
    walk reads one only when it is an article's own footer holding the text's notes
    (``block_records.is_notes_footer``), whose lists and short lines are too little prose
    to join by their mass, and whose name ("footer") reads as furniture."""
    tags = walked.containers.tag
    index = sums.end[last] + 1
    while index <= sums.end[parent]:
        if sums.text[index]:
            return [index] if tags[index] == "footer" else []
        index = sums.end[index] + 1
    return []


def _data_after(walked: Walk, sums: Tally, region: Region, parent: int, last: int) -> list[int]:
    """The children of ``parent`` right after the last taken one that hold a data table or a
    definition list (with their headings) and nothing else: the text's own data after its
    prose (a listing's details table, a review's spec table, a match report's results),
    which has too little prose mass to join. Not one named as furniture (unless only by the
    article's own words, ``named_as_text``), nor a linked one (unless its linked rows each
    link a row's name, ``linked_name_row``). A bare list there is not taken: after the text
    it is as often a box of sources or opening hours."""
    hint = walked.containers.hint
    candidates: list[int] = []
    linked: set[int] = set()  # linked beyond a sibling's bar: data only as linked-name rows
    index = sums.end[last] + 1
    while index <= sums.end[parent]:
        total = sums.text[index]
        if total:
            if hint[index] < 0 and not named_as_text(walked, region, index):
                break
            if sums.links[index] / total > _SIBLING_MAX_DENSITY:
                linked.add(index)
            candidates.append(index)
        index = sums.end[index] + 1
    if not candidates:
        return []
    kinds = _kinds_within(walked, sums, candidates)
    out = []
    for index, (held, link_rows, loose) in zip(candidates, kinds, strict=True):
        if not (held & _DATA and held <= _DATA | _BESIDE_DATA):
            break
        if loose * _DATA_OUTWEIGHS > sums.text[index]:
            break  # as much prose as data: a box of its own, not the text's data
        if index in linked and link_rows:
            break  # a row of links, not a data row naming its link (``linked_name_row``)
        out.append(index)
    return out


_LIST = frozenset({LIST_ITEM})
_HEADING = frozenset({HEADING})


def _list_under_heading(
    walked: Walk, sums: Tally, parent: int, last: int, loose: set[int]
) -> list[int]:
    """The child of ``parent`` right after a heading set directly in ``parent`` (one of its
    ``loose`` blocks) right after the last taken child, when it holds a list and nothing
    else: the section that heading opens (a changelog's last release and its one change,
    "Sources" and the sources), too short to join by its mass. A bare list after the text
    stays out (``_data_after``); under a heading of the text's own flow it is that
    heading's. Not one named as furniture, nor a linked one (a "Related" heading's list of
    stories)."""
    cont = walked.containers
    blocks = walked.blocks
    end = sums.end[last]
    for at in loose:  # at most one follows the last child's last block: no order needed
        if (
            blocks[at].kind is not HEADING
            or at == 0
            or at + 1 >= len(blocks)
            or not last <= blocks[at - 1].container <= end
        ):
            continue
        child = blocks[at + 1].container
        if not end < child <= sums.end[parent]:
            return []
        while cont.parent[child] != parent:
            child = cont.parent[child]
        total = sums.text[child]
        if (
            not total
            or cont.hint[child] < 0
            or sums.links[child] / total > _SIBLING_MAX_DENSITY
            or _kinds_within(walked, sums, [child])[0][0] != _LIST
        ):
            return []
        return [child]
    return []


# The most text a box holding only a section's heading has: a long heading's line.
_HEADING_BOX_CHARS = 150


def _list_under_heading_box(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The two children of ``parent`` right after the last taken one when the first holds a
    heading and nothing else and the second a list and nothing else: the section
    ``_list_under_heading`` takes, as a page builder sets it, each part in a widget box of
    its own ("Materials" and its items). Neither named as furniture (but for the builder's
    word "widget" on a widget of text), nor linked (a "Related" heading's list of stories)."""
    hint = walked.containers.hint
    boxes: list[int] = []
    index = sums.end[last] + 1
    while index <= sums.end[parent] and len(boxes) < 2:
        total = sums.text[index]
        if total:
            # a builder's heading or list widget is named "widget" alone (``text_widget``)
            named = hint[index] < -1 or (
                hint[index] < 0 and not text_widget(walked.containers.classes[index])
            )
            if named or sums.links[index] / total > _SIBLING_MAX_DENSITY:
                return []
            boxes.append(index)
        index = sums.end[index] + 1
    if len(boxes) < 2 or sums.text[boxes[0]] > _HEADING_BOX_CHARS:
        return []  # a box of more than a heading's text: no need to read its blocks
    kinds = _kinds_within(walked, sums, boxes)
    if kinds[0][0] != _HEADING or kinds[1][0] != _LIST:
        return []
    return boxes


def _data_before(
    walked: Walk, sums: Tally, parent: int, first: int, headlines: _Headlines
) -> list[int]:
    """The children of ``parent`` right before the first taken one that hold a data table or
    a definition list and nothing else but their headings (no paragraph): the text's key
    facts set above it (a course's code and credits, a listing's price table, a recipe's
    ingredients under "Ingredients" over its method), and the plain lists between such data
    and the text. Not one named as furniture, nor a linked one, nor one holding the
    headline."""
    hint = walked.containers.hint
    before = [index for index in _children(walked, sums, parent) if index < first]
    candidates: list[int] = []
    for index in reversed(before):
        total = sums.text[index]
        if not total:
            continue
        if hint[index] < 0 or sums.links[index] / total > _SIBLING_MAX_DENSITY:
            break
        if headlines.within(index):
            break
        candidates.append(index)
    if not candidates:
        return []
    candidates.reverse()
    kinds = _kinds_within(walked, sums, candidates)
    out: list[int] = []
    lists: list[int] = []  # lists between the data and the text, taken only below data
    for index, (held, link_rows, loose) in reversed(list(zip(candidates, kinds, strict=True))):
        if held & _DATA and held <= _DATA | _TITLED and not link_rows and not loose:
            out += [*lists, index]
            lists = []
        elif held & _LIST and held <= _LIST | _TITLED and not loose:
            # A plain list under the data over the text is more of the text's facts (a
            # match's scorers under its score, a course's outcomes under its credits);
            # a list alone over the text is as often a teaser's points or a contents box.
            lists.append(index)
        else:
            break
    return out


def _intro_before(
    walked: Walk, sums: Tally, parent: int, first: int, headlines: _Headlines
) -> list[int]:
    """The child of ``parent`` right before the first taken one when only a heading set
    directly in ``parent`` parts them and it holds a sentence of prose and nothing else: the
    page's introduction before its text's first titled section (an episode's description
    over "Transcript", a project's summary over "Installation"), too short to join by its
    mass. The heading between them says the text goes on from the introduction to a section
    of it; without one the line is a box beside the text (a teaser, a standfirst the lead
    takes). Not one named as furniture, nor one with a link, nor one holding the
    headline; the line tests still judge its text."""
    cont = walked.containers
    index = -1  # the last child before ``first`` that holds text
    child = parent + 1
    while child < first:
        if sums.text[child]:
            index = child
        child = sums.end[child] + 1
    if (
        index < 0
        or cont.hint[index] < 0
        or sums.links[index]
        or sums.mass[index] >= _MIN_SIBLING_MASS  # prose that did not join for a reason
        or headlines.within(index)
    ):
        return []  # most pages: a header, a linked box or furniture there; no block read
    end = sums.end[index]
    held: list[RawBlock] = []
    headings = 0  # headings set directly in ``parent`` after the child, before ``first``
    for block in walked.blocks:
        at = block.container
        if at >= first:
            break
        if index <= at <= end:
            if block.kind is not PARAGRAPH:
                return []
            held.append(block)
            headings = 0
        elif held and at == parent and block.kind is HEADING:
            headings += 1
        elif held:
            return []  # text of another kind between them: the line is a box of its own
    if not held or not headings:
        return []
    text = held[-1].text.strip()
    if word_count(text) < _CLOSING_LINE_WORDS or not ends_as_sentence(text):
        return []
    return [index]


# A closing line is one sentence of at least this many words ("This incident affected: API
# and dashboard."): fewer are a link's label or a button's text ("Back to all incidents.").
_CLOSING_LINE_WORDS = 5
# ... and at most this many characters: a sentence, not a box of prose (which the mass test
# weighs as a sibling).
_CLOSING_LINE_CHARS = 300
# ... alone in its wrapper, or under a heading of its own: a heading and the line (a press
# release's "About the company" box of one sentence after the text).
_TITLED_LINE = 2


def _closing_line(walked: Walk, sums: Tally, parent: int, last: int) -> list[int]:
    """The child of ``parent`` right after the last taken one when it holds one sentence of
    its own and nothing else: the text's closing line set in a wrapper of its own (a status
    page's affected components, a report's closing note), too short to join by its mass. Not
    one named as furniture, nor one with a link; the line tests still judge its text. An ad
    slot between them is passed over (``_is_ad_slot``): the ad interrupts the text, whose
    last line goes on after it."""
    if walked.containers.tag[parent] == "body":
        # A line after the whole layout, outside every wrapper, is the page's footer (an
        # old page's "You are visitor number 4512. Last updated …"), not the text's.
        return []
    index = sums.end[last] + 1
    while index <= sums.end[parent] and (not sums.text[index] or _is_ad_slot(walked, sums, index)):
        index = sums.end[index] + 1
    if index > sums.end[parent]:
        return []
    total = sums.text[index]
    if walked.containers.hint[index] < 0 or sums.links[index] or total > _CLOSING_LINE_CHARS:
        return []
    end = sums.end[index]
    held = [block for block in walked.blocks if index <= block.container <= end]
    if len(held) == _TITLED_LINE and held[0].kind is HEADING and end == index:
        # a closing note under its title ("About Acme" over one sentence), set directly in
        # its wrapper: an element beside them (a map, a player) makes the line its label
        held = held[1:]
    if len(held) != 1 or held[0].kind is not PARAGRAPH:
        return []
    text = held[0].text.strip()
    # Words as the script writes them: a Japanese or Thai sentence has no spaces between its
    # words ("この障害は次のサービスに影響しました。" is one run and nine words).
    if word_count(text) < _CLOSING_LINE_WORDS or not ends_as_sentence(text):
        return []
    return [index]


# The class words that name an ad slot among the furniture words (``furniture_words``): a
# slot set into the text says the text is interrupted there, not over.
_AD_WORDS = frozenset(
    {"ad", "ads", "adslot", "adunit", "ad-container", "adcontainer", "ad-wrapper", "adwrapper",
     "dfp", "gpt", "werbung", "anzeige", "publicite", "pub"}
)  # fmt: skip
# An ad slot holds its label at most ("Annons", "Advertisement", "Story continues below"):
# more text is a box of its own, which ends the text.
_AD_LABEL_CHARS = 40


def _is_ad_slot(walked: Walk, sums: Tally, index: int) -> bool:
    """Whether a container is an ad slot: named as furniture by an ad's word (``_AD_WORDS``,
    or ``advert…``, ``sponsor…``), holding its label at most (``_AD_LABEL_CHARS``)."""
    if walked.containers.hint[index] >= 0 or sums.text[index] > _AD_LABEL_CHARS:
        return False
    words = furniture_words(walked.containers.names(index))
    return any(w in _AD_WORDS or w.startswith(("advert", "sponsor")) for w in words)


def _closing_loose_line(walked: Walk, sums: Tally, parent: int, last: int) -> set[int]:
    """The paragraph set directly in ``parent`` right after the last taken child's last
    block, when it is one sentence as ``_closing_line`` asks (five words or more, closing
    as a sentence, no link, 300 characters at most): the text's last line, pushed out of its
    wrapper by a parser mending misnested tags (old pages' ``<font>…<p>last line</font>``,
    whose last ``<p>`` the parser moves after the ``<font>``), too short to join by its
    value. Only a ``<p>``: a line of bare text there is the page's footer ("Last updated 12
    May 2004. You are visitor number 4512.")."""
    blocks = walked.blocks
    end = sums.end[last]
    # the block in ``parent`` right after one of the taken child's (document order)
    at = next(
        (
            i
            for i, block in enumerate(blocks)
            if block.container == parent and i and last <= blocks[i - 1].container <= end
        ),
        -1,
    )
    if at < 0:
        return set()
    block = blocks[at]
    text = block.text.strip()
    if (
        block.tag != "p"  # what the parser moves; a bare line at a page's end is a footer's
        or block.links
        or len(text) > _CLOSING_LINE_CHARS
        or word_count(text) < _CLOSING_LINE_WORDS
        or not ends_as_sentence(text)
    ):
        return set()
    return {at}


# A data table's row with its name linked (a team, a player, a product to its own page) and
# this many other cells of values is the table's row, not a list of links.
_VALUE_CELLS = 2


def linked_name_row(block: RawBlock) -> bool:
    """Whether a row's links fit in one of its cells and at least ``_VALUE_CELLS`` other
    cells hold values: a standings table's "1 | Silver Strikers | 22 | 51"."""
    cells = [cell for cell in block.cells if cell]
    return len(cells) > _VALUE_CELLS and block.links <= max(len(cell) for cell in cells)


def named_as_text(walked: Walk, region: Region, index: int) -> bool:
    """Whether a container is named as furniture only by words the article's own container
    carries too (a classified's "ad-attributes" beside its "ad-description"): on this page
    those words name the article, not a box beside it."""
    cont = walked.containers
    if cont.hint[index] != -1 or not region.own_words:
        return False
    words = furniture_words(cont.names(index))
    return bool(words) and words <= region.own_words


def _kinds_within(
    walked: Walk, sums: Tally, starts: list[int]
) -> list[tuple[set[BlockKind], bool, int]]:
    """The kinds of the blocks in each of the sorted, disjoint subtrees at ``starts``,
    whether it holds a linked table row that is no ``linked_name_row`` (a row of links), and
    the characters of its paragraphs, in one pass over the page's blocks (a page of a
    thousand sibling tables stays linear). A list whose items all name a field and give
    its value, ``_KEY_FACTS`` of them at least, counts as a definition list."""
    kinds: list[set[BlockKind]] = [set() for _ in starts]
    link_rows = [False] * len(starts)
    loose = [0] * len(starts)
    items = [0] * len(starts)
    facts = [0] * len(starts)
    lines = [0] * len(starts)  # paragraph blocks
    rows: list[dict[int, int]] = [{} for _ in starts]  # span rows: container -> blocks
    for block in walked.blocks:
        at = bisect.bisect_right(starts, block.container) - 1
        if at >= 0 and block.container <= sums.end[starts[at]]:
            kind = block.kind
            if kind is TABLE_ROW and _filled(block) < _DATA_ROW_CELLS:
                kind = PARAGRAPH  # a line set in a layout table, not a row of data
            elif kind is LIST_ITEM:
                items[at] += 1
                facts[at] += _LABELLED.match(block.text) is not None
            elif kind is PARAGRAPH and _labelled_lines(block):
                kind = DEFINITION  # "<b>Date:</b> 26 May<br><b>Place:</b> …"
            kinds[at].add(kind)
            if kind is PARAGRAPH:
                loose[at] += len(block.text)
                lines[at] += 1
                if block.tag == "#run" and len(block.text) <= _SPAN_ROW_CHARS:
                    found = rows[at]
                    found[block.container] = found.get(block.container, 0) + 1
            elif block.kind is TABLE_ROW and block.links and not link_rows[at]:
                link_rows[at] = not linked_name_row(block)
    for at, held in enumerate(kinds):
        if facts[at] >= _KEY_FACTS and facts[at] == items[at]:
            held.discard(LIST_ITEM)
            held.add(DEFINITION)  # a key-facts box: "Date: every Sunday in April"
        if lines[at] >= _SPAN_ROWS and _span_rows(walked.containers, rows[at], lines[at]):
            held.discard(PARAGRAPH)
            held.add(DEFINITION)  # a spec sheet's "<div><span>Weight</span><span>…"
            loose[at] = 0
    return list(zip(kinds, link_rows, loose, strict=True))


# A spec sheet written without a table or a <dl>: sibling <div>s of one class, each a label
# <span> and a value <span> ("Weight" "14.2 kg"). Three rows at least: one or two such
# <div>s are a byline's or a date's line of spans; a row is a label and a value, short.
_SPAN_ROWS = 3
_SPAN_ROW_CHARS = 80
# The parts of a row: a label and its value (a unit or a note may be a third).
_SPAN_ROW_PARTS = range(2, 4)


def _span_rows(cont: Containers, rows: dict[int, int], lines: int) -> bool:
    """Whether the ``lines`` paragraph blocks of a subtree are all rows of one shape
    (``rows``: the container of each short loose-text block, and its blocks): sibling
    elements of one tag and class, each holding one line made of two or three ``<span>``s
    and nothing else (no text between them). Such rows are data, as a table's are."""
    if len(rows) != lines or any(count != 1 for count in rows.values()):
        return False
    shapes = {(cont.parent[index], cont.tag[index], cont.classes[index]) for index in rows}
    if len(shapes) != 1:
        return False
    for index in rows:
        parts = 0
        child = cont.nodes[index].child
        while child is not None:
            tag = child.tag
            if tag == "span":
                parts += 1
            elif tag != "-text" or not (child.text_content or "").isspace():
                return False
            child = child.next
        if parts not in _SPAN_ROW_PARTS:
            return False
    return True


# A list item that names a field and gives its value is a definition written as a list: a
# key-facts box ("Data: todos os domingos", "Venue: Pier 4"). The name is a word or three
# (up to 25 characters, a letter first: not a time "10:45" nor a sentence with a colon),
# and the colon is no web address's ("https://…": a list of sources).
_LABELLED = LazyPattern(r"[^\W\d][^:：\n]{0,24}[:：](?!//)\s*\S")
# A key-facts box names two fields at least (a date and a place); one labelled item alone
# after the text is a line of its own ("Themen in diesem Artikel: …", "Source: …").
_KEY_FACTS = 2


def _labelled_lines(block: RawBlock) -> bool:
    """Whether a paragraph is a key-facts box written as lines (``<b>Date:</b> 26 May<br>
    <b>Place:</b> the chapel``, an obituary's farewell, an event's time and place): each of
    its ``_KEY_FACTS`` lines or more names a field and gives its value, and none links (a
    post's "Filed under: …" line links its values)."""
    text = block.text
    if block.links or "\n" not in text:
        return False
    lines = text.split("\n")
    return len(lines) >= _KEY_FACTS and all(_LABELLED.match(line) for line in lines)


# A row of data names something and gives a value: two filled cells at least. A row of one
# (a page's footer line set in a table, "All times are GMT + 1") is a line of the layout.
_DATA_ROW_CELLS = 2
# A data section's blocks: table rows and definition-list entries.
_DATA = frozenset({TABLE_ROW, TERM, DEFINITION})
# What a data section holds beside its data: headings, and short lines (a panel's title
# "Files (49 MB)", a "Download all" button) that ``_DATA_OUTWEIGHS`` keeps few.
_BESIDE_DATA = frozenset({HEADING, PARAGRAPH})
# A data section before the text may hold its title: a recipe's ingredients table under
# "Ingredients" over the method (probes: 0/1 -> 1/1; every dev output identical). A
# paragraph beside the data still makes it a box of its own (a tip with its table).
_TITLED = frozenset({HEADING})
# A data section's text is at least this many times its paragraphs': the rows are what it
# holds; a section of prose with a small table in it is a box, which the mass test weighs.
_DATA_OUTWEIGHS = 3


# Blocks of a section that is structured data, and the headings that title it.
_STRUCTURE = frozenset({TABLE_ROW, TERM, DEFINITION, LIST_ITEM})


def _holds_structure(walked: Walk, start: int, stop: int, *, headings: bool = False) -> bool:
    """Whether the blocks from container ``start`` to ``stop`` are structured data and the
    headings over it; ``headings``: or headings alone (a section's heading in a wrapper of
    its own between two wrappers of the text, a figure's wrapper between them)."""
    held = [b for b in walked.blocks if start <= b.container <= stop]
    kinds = {b.kind for b in held}
    if headings and kinds == {HEADING}:
        # a heading element's: a toggle button read as a heading is a control
        return all(b.tag in HEADING_LEVEL for b in held)
    return bool(kinds & _STRUCTURE) and kinds <= _STRUCTURE | {HEADING}


def _loose_blocks(walked: Walk, parent: int) -> set[int]:
    """Prose blocks, headings and code sitting directly in ``parent`` (a lead paragraph next
    to the body, the section headings between the wrappers of a long read's text, a docs
    page's or release's one-line command, worth little as prose), and rows of a
    layout table with a cell of prose (``holds_prose_cell``: the posts of a forum laid out
    as one table, a row each) and the other rows of their width; a heading without text
    under it is dropped later."""
    held = [(i, block) for i, block in enumerate(walked.blocks) if block.container == parent]
    # The filled cells of the rows with prose: the other rows filling as many are more posts,
    # however short ("Thanks, that fixed it!"); a header row names the columns, and a row
    # spanning the table (its links to reply) fills fewer.
    widths = {
        _filled(block) for _, block in held if block.kind is TABLE_ROW and holds_prose_cell(block)
    }
    return {
        i
        for i, block in held
        if block.kind is HEADING
        or block.kind is PREFORMATTED  # code set in the text's wrapper: no furniture is code
        or block_value(block) >= _LOOSE_BLOCK_VALUE
        or (block.kind is TABLE_ROW and _filled(block) in widths and not block.header)
    }


def _filled(block: RawBlock) -> int:
    """The cells of a table row that hold text."""
    return filled_cells(block.cells)


# A cell of a layout table worth one sentence-like paragraph (``scoring.block_value``, as a
# region's sibling must hold) is text written straight into the table.
_PROSE_CELL = 2.5
# No shorter cell is worth ``_PROSE_CELL``: 29 wide characters (each weighs three) with three
# commas are worth 1 + 0.87 + 0.6. Most cells are shorter and are not weighed (a table of a
# thousand rows weighed each cell as a paragraph of its own, twice).
_PROSE_CELL_CHARS = 30


def holds_prose_cell(block: RawBlock) -> bool:
    """Whether a table row has a cell of running text (a page laid out with a table, its
    text written straight into the cells): such a cell is the page's text, not layout."""
    if max(map(len, block.cells), default=0) < _PROSE_CELL_CHARS:
        return False  # most rows: their longest cell told in C, no cell weighed
    return any(
        len(cell) >= _PROSE_CELL_CHARS
        and block_value(RawBlock(cell, PARAGRAPH, 0, block.container, 0, "td")) >= _PROSE_CELL
        for cell in block.cells
    )
