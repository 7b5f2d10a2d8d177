"""Boxes around the text that are not the article: sign-up and call-to-action boxes, forms,
teaser cards, furniture-named containers."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.body.characters import closes_sentence, latin_width
from newsextract.body.class_names import furniture_words, text_widget
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.post_templates import entry_template, signature
from newsextract.body.prompts import is_box_prompt
from newsextract.body.region_data import named_as_text
from newsextract.body.region_record import Region
from newsextract.body.scoring import Tally
from newsextract.body.tables import named_as_facts
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

# A prompt's box: the largest container around it with at most this much text and this
# share of the region's prose.
_BOX_CHARS = 1500
# ... and at most this share of the region's text: a container holding half of it is the
# article (one of short paragraphs, as Chinese, Japanese and Korean write, holds no block
# long enough to stop the climb), not a box around a sign-up line.
_BOX_SHARE = 0.5
# What stops the climb: a paragraph of prose that is no prompt, this long in Latin letters (a
# wide character weighs three: a Chinese paragraph of 34 characters is a long one)...
_BOX_PARAGRAPH = 100
# ... or this many sentences of a paragraph each, of at least this many words (as the script
# writes them, ``text.word_count``): a text of short paragraphs (a brief's, a Hebrew or
# Russian story's lines of ten words) holds no paragraph that long, while a sign-up box's lines
# beside its prompt are a title, a perk of a few words and its fine print.
_BOX_SENTENCES = 2
_BOX_SENTENCE_WORDS = 8
# A teaser card: at most this much text, this share of it linked, this share of the prose.
_CARD_CHARS = 600
_CARD_LINKS = 0.1
_CARD_SHARE = 0.25


def after_region(walked: Walk, region: Region, held_at: list[bool]) -> int:
    """The index of the first block past the region's text: a loose paragraph beyond it,
    with other page text in between, is a note after the article (a comment policy).
    ``held_at``: whether the region holds each block."""
    blocks = walked.blocks
    last = len(held_at) - 1
    while last >= 0 and not held_at[last]:
        last -= 1
    index = last + 1
    while index < len(blocks) and index in region.loose:
        index += 1
    return index


def prompt_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool]
) -> tuple[Region, set[int]]:
    """The small containers around consent, sign-up and subscription prompts that hold no
    paragraph of prose besides the prompts: lists of a subscription's perks and button
    labels go with them, a body section with one "sign up here" line does not (that line
    alone is dropped by ``select_blocks``). Also the positions of the region's prompts.
    ``held_at``: whether the region holds each block."""
    boxes = Region(top=region.top, ranges=[])
    prompts: set[int] = set()
    blocks = walked.blocks
    # The most text a box may hold: a share of the region's, found once for the three kinds.
    most = _BOX_SHARE * sum(len(b.text) for b, held in zip(blocks, held_at, strict=True) if held)
    for position, block in enumerate(blocks):
        if not held_at[position] or not is_box_prompt(block.text):
            continue
        prompts.add(position)
        box = _box_around(
            walked,
            sums,
            region,
            block.container,
            min(_BOX_CHARS, most),
            functools.partial(_prose_below, blocks, position, sums.end),
        )
        if box >= 0:
            boxes.ranges.append((box, sums.end[box]))
    _add_form_boxes(walked, sums, region, held_at, boxes, most)
    _add_call_boxes(walked, sums, region, held_at, boxes, most)
    _add_rating_boxes(walked, sums, region, held_at, boxes)
    boxes.seal()
    return boxes, prompts


# A call to action set in the text (a donation ask, a paywall's meter, a membership offer):
# a named box of one short sentence or two, at most this long, beside its button...
_CALL_CHARS = 250
# ... a link (or a <button>) of at most this many characters: "Donate", "OK", "→".
_CALL_BUTTON = 25


def _add_call_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool], boxes: Region, most: float
) -> None:
    """The boxes that ask the reader to act, whatever their words: a named container
    inside the article holding one short paragraph without links and a button beside it (a
    short link or a ``<button>``), and nothing else, its template met once in the region. A
    text's paragraph stands among others in its container; a product's box with its "Buy"
    button repeats its template down a shopping list; a form's button is the form's."""
    cont, blocks = walked.containers, walked.blocks
    inside: dict[int, list[int]] = {}  # a container of the region: its blocks' positions
    for position, block in enumerate(blocks):
        if held_at[position] and block.container > region.top:
            inside.setdefault(block.container, []).append(position)
    if not inside:
        return
    # At most ``most`` text in a box: a text of one paragraph and a "Read more" link is the
    # page's text, not a call beside it.
    family_of = {index: _family(walked, index) for index in inside}  # read once each
    families: dict[tuple[str, str], int] = {}
    for family in family_of.values():
        families[family] = families.get(family, 0) + 1
    for index, positions in inside.items():
        if not cont.classes[index] or families[family_of[index]] > 1:
            continue
        texts = [p for p in positions if not blocks[p].links]
        buttons = [p for p in positions if blocks[p].links]
        if len(texts) == 2 and _is_call_title(blocks[texts[0]]):
            if blocks[texts[0]].kind is HEADING and blocks[texts[0]].level == 1:
                continue  # the page's headline over its one sentence: a landing page's hero
            texts = texts[1:]  # "Independent journalism needs you" over the ask
        if len(texts) != 1 or len(buttons) > 1:
            continue
        text = blocks[texts[0]]
        if text.kind is not PARAGRAPH or len(text.text) > min(_CALL_CHARS, most):
            continue
        if buttons:
            button = blocks[buttons[0]]
            if button.links < len(button.text) or len(button.text) > _CALL_BUTTON:
                continue
        elif not _holds_a_lone_button(cont.nodes[index]):
            continue
        if sums.text[index] > sum(len(blocks[p].text) for p in positions):
            continue  # text in boxes inside it: a section, not one call
        boxes.ranges.append((index, index))


# A call's title over its sentence: a heading, or a line of at most this many characters
# that ends no sentence ("Arvostamme yksityisyyttäsi", a consent box's "We value your
# privacy"): a box of a text's own, a heading over two paragraphs, holds more than one.
_CALL_TITLE = 60


def _is_call_title(block: RawBlock) -> bool:
    """Whether ``block`` may title a call to action: a heading, or a short line that is no
    sentence, without links."""
    if block.kind is HEADING:
        return True
    return (
        block.kind is PARAGRAPH
        and len(block.text) <= _CALL_TITLE
        and not closes_sentence(block.text)
    )


# A rating widget: a row of star glyphs (and the marks and figures of a score: "★★★★☆",
# "☆☆☆☆☆ 4,6/5")...
# The row may follow its ask's label and a colon on its line ("Beri nilai: ★★★★★", "Rate
# it: ☆☆☆☆☆"): a few words, no figure, at most 30 characters.
_STAR_ROW = LazyPattern(
    r"(?:[^★☆✩✪✫✬✭✮✯⭐:：\d\n]{1,30}[:：]\s*)?"
    r"[★☆✩✪✫✬✭✮✯⭐\s\d.,/()]*[★☆✩✪✫✬✭✮✯⭐][★☆✩✪✫✬✭✮✯⭐\s\d.,/()]*"
)
# A star row, its label and its score hold at most this many characters: a longer block is
# never read against the pattern (a page holds thousands of blocks, and the label's range
# backtracks over each one's first 30 characters).
_STAR_ROW_CHARS = 80
# ... in a box of at most this many other lines, each at most this long: its ask ("Rate this
# article") and its tally ("(128 votes)"). A review's verdict set in its text stands in a
# container of the text's paragraphs.
_RATING_LINES = 3
_RATING_LINE = 60


def _add_rating_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool], boxes: Region
) -> None:
    """The boxes inside the article around a row of rating stars holding only short lines
    beside it, whatever their words: the ask to rate the article and its tally. The box is
    the largest container from the row's up that holds nothing else."""
    blocks, parent = walked.blocks, walked.containers.parent
    for star, block in enumerate(blocks):
        if (
            not held_at[star]
            or block.container <= region.top
            or len(block.text) > _STAR_ROW_CHARS
            or _STAR_ROW.fullmatch(block.text) is None
        ):
            continue
        box, index = -1, block.container
        while index > region.top and _only_short_lines(blocks, star, index, sums.end[index]):
            box, index = index, parent[index]
        if box >= 0:
            boxes.ranges.append((box, sums.end[box]))


def _only_short_lines(blocks: list[RawBlock], star: int, index: int, end: int) -> bool:
    """Whether the containers ``index`` to ``end`` (a subtree: its blocks stand together in
    the page's order) hold, beside the star row at ``star``, at most ``_RATING_LINES``
    blocks, each of at most ``_RATING_LINE`` characters. Read outwards from the row, and no
    further than one block too many."""
    lines = 0
    for step in (-1, 1):
        position = star + step
        while 0 <= position < len(blocks) and index <= blocks[position].container <= end:
            lines += 1
            if lines > _RATING_LINES or len(blocks[position].text) > _RATING_LINE:
                return False
            position += step
    return True


def _add_form_boxes(
    walked: Walk, sums: Tally, region: Region, held_at: list[bool], boxes: Region, most: float
) -> None:
    """The small containers around a ``<form>`` inside the article that asks for an e-mail
    address, holding no paragraph of prose: a sign-up box ("Receba as notícias de Curitiba
    no seu e-mail" over an e-mail field and a button), whatever the language of its words.
    The form itself is furniture already (``container_hints._tag_hint``); its box's heading and
    sentence, set beside it, are its labels. A page-wide form (ASP.NET's around the whole
    page) holds more text than a box."""
    cont, blocks = walked.containers, walked.blocks
    forms = [
        cont.parent[index]
        for start, stop in region.ranges
        for index in range(max(start, region.top + 1), stop + 1)
        if cont.tag[index] == "form" and _asks_for_an_address(cont.nodes[index])
    ]
    forms += _formless_address_fields(walked, region)
    if not forms:
        return
    containers = sorted((block.container, position) for position, block in enumerate(blocks))
    for form in forms:
        box = _box_around(
            walked,
            sums,
            region,
            form,
            min(_BOX_CHARS, most),
            lambda index: _subtree_holds_prose(blocks, containers, index, sums.end[index]),
        )
        if box >= 0:
            boxes.ranges.append((box, sums.end[box]))


def _prose_below(blocks: list[RawBlock], position: int, ends: list[int], index: int) -> bool:
    """``_holds_prose`` of the container ``index``, the box around the prompt at ``position``."""
    return _holds_prose(blocks, position, index, ends[index])


def _box_around(
    walked: Walk,
    sums: Tally,
    region: Region,
    start: int,
    most: float,
    holds_prose: Callable[[int], bool],
) -> int:
    """The largest container from ``start`` up, inside the region, with at most ``most``
    characters of text and no prose of its own (``holds_prose``); -1 when ``start`` is
    already too large or holds prose."""
    parent = walked.containers.parent
    box, index = -1, start
    while index > region.top and sums.text[index] <= most and not holds_prose(index):
        box, index = index, parent[index]
    return box


def _formless_address_fields(walked: Walk, region: Region) -> list[int]:
    """The containers of the region holding an e-mail field set outside any ``<form>`` (a
    script-driven sign-up: "Subscribe to our mornings" over a bare ``<input type="email">``,
    as CMS blocks such as Drupal's simplenews and app widgets set it), met by the walk; each
    is a box's start, as a form's parent is."""
    if not walked.email_fields:
        return []
    cont = walked.containers
    return [
        index
        for field, index in walked.email_fields
        if any(start <= index <= stop for start, stop in region.ranges)
        and index > region.top
        and not _inside_a_form(field)
        and cont.nodes[index].css_first("textarea") is None
    ]


def _inside_a_form(node: LexborNode) -> bool:
    """Whether ``node`` sits inside a ``<form>`` (whose own box ``_add_form_boxes`` reads)."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "form":
            return True
        parent = parent.parent
    return False


def _holds_a_lone_button(node: LexborNode) -> bool:
    """Whether ``node`` holds a ``<button>`` and no field: a call's button, not a form's (a
    search box's line beside its field is a tool of the text)."""
    return (
        node.css_first("button") is not None and node.css_first("input, select, textarea") is None
    )


def _asks_for_an_address(form: LexborNode) -> bool:
    """Whether a form asks only for an e-mail address (an ``<input type="email">``, no text
    area): a sign-up's. A shop's cart form, a search or a comment form asks for more."""
    return (
        form.css_first('input[type="email" i]') is not None and form.css_first("textarea") is None
    )


def _subtree_holds_prose(
    blocks: list[RawBlock], containers: list[tuple[int, int]], start: int, stop: int
) -> bool:
    """Whether the blocks of containers ``start..stop`` (``containers``: each block's
    container and position, sorted) include a paragraph that is not a prompt."""
    at = bisect.bisect_left(containers, (start, -1))
    sentences = 0
    while at < len(containers) and containers[at][0] <= stop:
        sentences += _box_prose(blocks[containers[at][1]])
        if sentences >= _BOX_SENTENCES:
            return True
        at += 1
    return False


def add_cards(walked: Walk, sums: Tally, region: Region, boxes: Region) -> None:
    """Teaser cards inside the article: a nested ``<article>`` element that is short, links
    somewhere and holds little of the region's prose is another story's card ("read our
    live blog"), not a part of this one. A short one of the template of another the region
    reads as text, without a heading, is a post of a thread (a short reply under a long
    question), not a card; a card titles its story."""
    cont = walked.containers
    total = region.mass(sums)
    cards: list[int] = []
    posts: set[tuple[str, str]] = set()  # the templates of the region's nested articles of text
    for start, stop in region.ranges:
        for index in range(max(start, region.top + 1), stop + 1):
            if cont.tag[index] != "article" or index == start or index in region.entries:
                continue
            text = sums.text[index]
            if (
                text <= _CARD_CHARS
                and sums.links[index] >= _CARD_LINKS * text
                and sums.mass[index] <= _CARD_SHARE * total
            ):
                cards.append(index)
            else:
                posts.add(entry_template(walked, index))
    headings: list[int] = []
    if cards and posts:
        headings = sorted(b.container for b in walked.blocks if b.kind is HEADING)
    for index in cards:
        if entry_template(walked, index) not in posts or _holds_heading(
            headings, index, sums.end[index]
        ):
            boxes.ranges.append((index, sums.end[index]))  # a headline: another story's card
    boxes.seal()


def _holds_prose(blocks: list[RawBlock], position: int, start: int, stop: int) -> bool:
    """Whether the blocks of containers ``start..stop`` (a contiguous run of ``blocks``
    around ``position``) include a paragraph that is not a prompt."""
    sentences = 0
    for step in (-1, 1):
        at = position + step
        while 0 <= at < len(blocks) and start <= blocks[at].container <= stop:
            sentences += _box_prose(blocks[at])
            if sentences >= _BOX_SENTENCES:
                return True
            at += step
    return False


def _box_prose(block: RawBlock) -> int:
    """What a block weighs as prose in a prompt's box: ``_BOX_SENTENCES`` for a paragraph of
    ``_BOX_PARAGRAPH`` Latin letters (a wide character weighs three), one for a shorter
    paragraph that is a sentence of ``_BOX_SENTENCE_WORDS`` words (``closes_sentence``), none
    for a prompt or any other block."""
    text = block.text
    if latin_width(text) >= _BOX_PARAGRAPH:
        weight = _BOX_SENTENCES
    elif (
        block.kind is PARAGRAPH
        and closes_sentence(text)
        and word_count(text) >= _BOX_SENTENCE_WORDS
    ):
        weight = 1
    else:
        return 0
    return 0 if is_box_prompt(text) else weight


def furniture_above(
    walked: Walk,
    sums: Tally,
    region: Region,
    container: int,
    floor: float,
    groups: dict[tuple[str, str], float],
    headings: list[int],
    *,
    data: bool = False,
    facts: bool = False,
) -> int:
    """The boilerplate-named container between the region's top and the block that holds it,
    -1 if none; ``data``: the block is a table's row, a definition list's entry or a
    heading, which a container named only by the words of the article's own container
    (``region_data.named_as_text``) does not make furniture.

    A boilerplate name on a container that holds much of the prose is a misnomer (a body
    wrapped in ``article__teaser``) and is looked through; so is one whose component family
    holds much of it together across the region (one ``article-widget`` per paragraph, an
    ``infobox`` among a page builder's ``paragraph--type--text`` components, Elementor's
    ``elementor-widget-container`` around each heading, list and text of a page).
    ``facts``: the block is a table's row or a definition list's entry, which a container
    named only as a box of facts (``_FACT_BOX_WORDS``) does not make furniture.
    """
    cont = walked.containers

    def read_through(index: int) -> bool:
        return (
            sums.mass[index] >= floor
            # a container with no class is named by its id alone: one element, no template
            or (cont.classes[index].strip() != "" and signature(walked, index) in region.trusted)
            or _template_mass(walked, sums, region, index, groups) >= floor
            or (data and named_as_text(walked, region, index))
            or (facts and named_as_facts(cont.names(index)))
            or (facts and _tagged_definitions(walked, sums, index))
            or text_widget(cont.classes[index])
            or _builder_box(cont.classes[index])
            # a <footer> the walk read holds the text's notes (``is_notes_footer``)
            or cont.tag[index] == "footer"
        )

    bad = cont.bad[container]
    while bad > region.top and region.holds(bad):
        if cont.hint[bad] < -1:
            return bad
        if not read_through(bad) and not (
            _part_of_read(cont, region, bad, read_through)
            and (_holds_heading(headings, bad, sums.end[bad]) or titles_part(cont.classes[bad]))
        ):
            return bad
        up = cont.parent[bad]
        bad = cont.bad[up] if up >= 0 else -1
    return -1


# A definition list named by the word "tag" alone (mandoc's "Bl-tag", a man page's tagged
# list of options): a box of tags is a row of linked words, a list whose definitions are
# text with links in at most this share of it is the text's list of terms.
_TAG_WORDS = frozenset({"tag", "tags"})
_TAGGED_LINKS = 0.2


def _tagged_definitions(walked: Walk, sums: Tally, index: int) -> bool:
    """Whether container ``index`` is a definition list named as furniture only by the word
    "tag" (``_TAG_WORDS``) whose text is mostly unlinked (``_TAGGED_LINKS``)."""
    cont = walked.containers
    if cont.tag[index] != "dl" or not sums.text[index]:
        return False
    words = furniture_words(cont.classes[index])
    return (
        bool(words)
        and words <= _TAG_WORDS
        and sums.links[index] <= _TAGGED_LINKS * sums.text[index]
    )


# A page builder's box of a picture beside a title and a line of text ("elementor-widget-
# image-box" around "elementor-image-box-content" with its "-title" and "-description"): the
# text is the page's own (a service, a feature), the picture is skipped anyway. Only these
# builder forms, as a bare "image-box" or "article-image-box" holds a photo's caption.
_BUILDER_BOX = LazyPattern(
    r"(?:^|\s)[a-z0-9]+-(?:widget-image-box|image-box-(?:content|description|title|wrapper))"
    r"(?=$|\s)"
)
_IMAGE_BOX_WORDS = frozenset({"widget", "image-box"})


@functools.lru_cache(maxsize=1024)
def _builder_box(classes: str) -> bool:
    """Whether a container is named as furniture only as a page builder's picture box
    (``_BUILDER_BOX``), whose title and text are the page's own."""
    lower = classes.lower()
    if "image-box" not in lower or not _BUILDER_BOX.search(lower):
        return False
    words = furniture_words(classes)
    return bool(words) and words <= _IMAGE_BOX_WORDS


# The words by which a component names the part that titles it ("menu-item-title",
# "card__heading", "dish-headline"), the last of a class name's words: the heading of an
# entry whose text the region reads, as a heading element would be (a restaurant's dish
# names beside their descriptions). Not "name", an author box's or a poster's name line.
_TITLE_PART_WORDS = LazyPattern(r"[a-z0-9][_-]+(?:title|heading|headline)(?:\s|$)")


@functools.lru_cache(maxsize=4096)  # templates repeat the same class strings
def titles_part(classes: str) -> bool:
    """Whether a class string names a component's title part (``_TITLE_PART_WORDS``)."""
    return _TITLE_PART_WORDS.search(classes.lower()) is not None


def _holds_heading(headings: list[int], start: int, stop: int) -> bool:
    """Whether the subtree ``start..stop`` holds a heading (``headings``: the sorted
    containers of the page's headings, so that a page of thousands of cards stays linear)."""
    at = bisect.bisect_left(headings, start)
    return at < len(headings) and headings[at] <= stop


def _part_of_read(
    cont: Containers, region: Region, index: int, read_through: Callable[[int], bool]
) -> bool:
    """Whether ``index`` is named as a part of a boilerplate-named component above it that
    the region reads (``menu-item-header`` in a restaurant's ``menu-item``, BEM's
    ``card__header`` in ``card``): the furniture word is the component's, already looked
    through there, and does not count again on the part that titles it. Only a part holding
    a heading: a teaser card's kicker or badge beside the text the region reads is a label
    (on half A it added a listing's topic kickers, "Wasserstoff", to the text)."""
    own = cont.classes[index].split()
    if not own:
        return False
    up = cont.parent[index]
    above = cont.bad[up] if up >= 0 else -1
    while above > region.top and region.holds(above):
        if cont.hint[above] < -1:
            return False
        names = cont.classes[above].split()
        if all(any(_extends(name, base) for base in names) for name in own):
            return read_through(above)
        up = cont.parent[above]
        above = cont.bad[up] if up >= 0 else -1
    return False


# A component's class name is a word at least this long: shorter tokens are namespaces and
# utility prefixes ("c-", "u-", "js-") every class of a page may start with.
_COMPONENT_NAME = 3


def _extends(name: str, base: str) -> bool:
    """Whether the class ``name`` names a part of ``base`` (``base-header``, ``base__title``)."""
    return (
        len(base) >= _COMPONENT_NAME
        and len(name) > len(base) + 1
        and name.startswith(base)
        and name[len(base)] in "-_"
    )


def _template_mass(
    walked: Walk, sums: Tally, region: Region, index: int, groups: dict[tuple[str, str], float]
) -> float:
    """The prose mass the containers of ``index``'s component family hold across the region
    (filled in ``groups`` for every family at the first call; a family's container inside
    another of it counts once, with that one). A container that repeats another's text of
    its family word for word counts once too: the same consent line set in an embed's box
    under every post of a live blog is a template's placeholder, not text spread across
    widgets, however often it comes."""
    if not groups:
        groups[("", "")] = 0.0  # filled, even for a region without a family
        inside: dict[tuple[str, str], int] = {}
        # The members counted, by family and text length: the first one's place, then the
        # texts of all once a second one of that length comes (each text is read at most
        # once, and a look-up is a set's: a page of 8,000 cards of one length stays linear).
        counted: dict[tuple[tuple[str, str], int], int | set[str]] = {}
        nodes = walked.containers.nodes
        for start, stop in region.ranges:
            for at in range(start, stop + 1):
                family = _family(walked, at)
                if inside.get(family, -1) >= at:
                    continue
                inside[family] = sums.end[at]
                if not sums.mass[at]:
                    continue
                key = (family, sums.text[at])
                texts = counted.get(key)
                if texts is None:
                    counted[key] = at
                else:
                    if isinstance(texts, int):
                        texts = counted[key] = {nodes[texts].text(deep=True)}
                    text = nodes[at].text(deep=True)
                    if text in texts:
                        continue
                    texts.add(text)
                groups[family] = groups.get(family, 0.0) + sums.mass[at]
    family = _family(walked, index)
    return groups.get(family, 0.0) if family[1] else 0.0  # a bare tag is no family


def _family(walked: Walk, index: int) -> tuple[str, str]:
    """A container's component family: its tag and first class name (a page builder's
    ``paragraph paragraph--type--text`` and ``paragraph paragraph--type--infobox``)."""
    tag, classes = signature(walked, index)
    return tag, classes.split(maxsplit=1)[0] if classes.strip() else ""
