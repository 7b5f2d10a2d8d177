"""The region of the page that holds the article: a best container plus article siblings.

The climb lives here: the siblings it joins by their prose mass or their template, the
entries beside the story's ``<article>`` and the text going on after it. What joins on
other grounds is read apart: data sections in ``region_data``, short lines in
``region_lines``, a thread's posts in ``post_templates``; the record is ``region_record``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.body.characters import ends_as_sentence
from newsextract.body.class_names import furniture_words
from newsextract.body.model import HEADING, LIST_ITEM, PARAGRAPH
from newsextract.body.post_templates import (
    entry_template,
    question_before,
    replies,
    signature,
    variant_of,
)
from newsextract.body.region_data import (
    after_loose_text,
    between,
    data_after,
    data_before,
    headed_lists_before,
    list_under_heading,
    list_under_heading_box,
)
from newsextract.body.region_lines import (
    CLOSING_LINE_WORDS,
    closing_line,
    closing_loose_line,
    intro_before,
    is_ad_slot,
    loose_blocks,
    notes_after,
)
from newsextract.body.region_record import (
    MIN_SIBLING_MASS,
    SIBLING_MAX_DENSITY,
    Headlines,
    Region,
    children_of,
)
from newsextract.body.scoring import Tally, TeaserLists, best_container
from newsextract.body.tag_sets import SKIP_TAGS
from newsextract.body.twin_sections import twin_section_after
from newsextract.body.verdict_boxes import verdict_after
from newsextract.body.walk_records import Containers, Walk
from newsextract.text import word_count

logger = logging.getLogger(__name__)


# Levels climbed from the best container outside an <article> (inside one, the climb goes up
# to it): a body's wrappers rarely nest deeper, and a page-wide wrapper higher up would take
# in the sidebar's prose too.
_MAX_LEVELS = 6


def choose_region(walked: Walk, sums: Tally) -> Region | None:
    """The best container, widened level by level to siblings that hold prose too.

    Article bodies are often cut into sibling blocks (by ad slots, or one wrapper per
    paragraph group); climbing stops at the outermost ``<article>`` or at ``<body>`` (whose
    sections join too: a one-page layout's ``<section>``s sit right under it), and
    siblings that are named like furniture or are link lists never join. Inside an
    ``<article>`` the climb goes all the way up to it (a live blog's summary beside its
    stream of posts, each post six wrappers deep); outside one it stops after a few levels.
    At each level a section of data tables or definition lists right after the text joins
    too (``data_after``).
    """
    best = best_container(walked, sums)
    if best < 0:
        return None
    headlines = Headlines(walked, sums)
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
        loose = loose_blocks(walked, parent)
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
        joined += between(walked, sums, parent, taken)
        joined += after_loose_text(walked, sums, parent, taken[0])
        joined += data_before(walked, sums, parent, taken[0], headlines)
        joined += [
            index
            for index in headed_lists_before(walked, sums, parent, taken[0], loose)
            if index not in joined
        ]
        joined += question_before(walked, sums, parent, taken[0], current)
        joined += intro_before(walked, sums, parent, taken[0], headlines)
        after = data_after(walked, sums, region, parent, taken[-1])
        listed = list_under_heading(
            walked, sums, parent, (after or taken)[-1], loose
        ) or list_under_heading_box(walked, sums, parent, (after or taken)[-1])
        if listed:  # the section's data after its list (a match's line-ups, then its stats)
            listed += data_after(walked, sums, region, parent, listed[-1])
        after += listed
        after += twin_section_after(walked, sums, parent, (after or taken)[-1], SIBLING_MAX_DENSITY)
        joined += after
        joined += closing_line(walked, sums, parent, (after or taken)[-1])
        joined += notes_after(walked, sums, parent, (after or taken)[-1])
        joined += verdict_after(
            walked, sums, parent, (after or taken)[-1], lambda at: is_ad_slot(walked, sums, at)
        )
        loose |= closing_loose_line(walked, sums, parent, (after or taken)[-1])
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


def _permalinked_post(walked: Walk, sums: Tally, best: int, headlines: Headlines) -> int:
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
    for wrapper in children_of(walked, sums, parent):
        if wrapper == post or cont.tag[wrapper] == "article" or not sums.mass[wrapper]:
            continue
        posts = sum(
            1
            for child in children_of(walked, sums, wrapper)
            if cont.tag[child] == "article" and entry_template(walked, child) == mark
        )
        if posts < _STREAM_POSTS:
            continue
        if wrapper <= best <= end[wrapper] or best <= parent <= end[best]:
            return post
    return best


def _add_entries(walked: Walk, sums: Tally, region: Region, headlines: Headlines) -> None:
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
        for index in children_of(walked, sums, parent)
        if index != story and sums.mass[index] > 0 and entry_template(walked, index) == mark
    ]
    if entries and headlines.within(story):
        # Each under a headline of its own, they are stories, not entries of one: the next
        # article an endless page loads below the first ("Ďalší článok").
        entries = [index for index in entries if not headlines.within(index)]
    entries += replies(walked, sums, parent, story, mark)
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
    if index > sums.end[parent] or cont.hint[index] < 0 or sums.mass[index] < MIN_SIBLING_MASS:
        return
    if sums.links[index] / sums.text[index] > SIBLING_MAX_DENSITY:
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
        and word_count(block.text) >= CLOSING_LINE_WORDS
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
    if index > sums.end[parent] or sums.links[index] / sums.text[index] > SIBLING_MAX_DENSITY:
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


def _add_marked_bodies(walked: Walk, sums: Tally, region: Region) -> None:
    """Containers the page itself marks as the body (``itemprop=articleBody``,
    ``article-body``) inside the region join even when they hold lists or short lines."""
    cont = walked.containers
    hint = cont.hint
    index, stop = region.top, sums.end[region.top]
    while index <= stop:
        if hint[index] >= 2 and not region.holds(index) and not _in_strong_furniture(cont, index):
            total = sums.text[index]
            if total and sums.links[index] / total <= SIBLING_MAX_DENSITY:
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
    for index in children_of(walked, sums, best):
        if sums.text[index] and cont.classes[index].strip() and cont.hint[index] >= 0:
            mark = signature(walked, index)
            if mark in seen:
                _trust(walked, region, index)
            seen.add(mark)


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
    floor = MIN_SIBLING_MASS
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
                ) or (hint[index] >= 0 and not bare and variant_of(tag, classes, trusted))
            total = sums.text[index]
            if good and (not total or _linked_share(walked, sums, index) <= SIBLING_MAX_DENSITY):
                out.append(index)
        index = sums.end[index] + 1
    if not out:
        return out
    cards = teasers()
    return [index for index in out if not cards.holds(index)]


def _linked_share(walked: Walk, sums: Tally, index: int) -> float:
    """The share of a sibling's text in links, without those of a table of contents set
    into it (links to the page's own headings, "#symptoms"): such a box makes the section
    that holds it look like a link list, yet its prose is the article's. A link to another
    anchor of the page (an author's pop-up, "#author-0") still counts. Looked for only in a
    sibling over the bar (rare: two queries)."""
    total = sums.text[index]
    share = sums.links[index] / total
    if share <= SIBLING_MAX_DENSITY:
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
