"""Whether the standfirst belongs to the headline or to the body's flow.

A standfirst set with the headline, in the article's ``<header>``, in the ``<h1>``'s own small
container or right after the ``<h1>``, is the lead and only the lead: the body starts below
it (the seed page's ``entry-subtitle``). One the page writes further down, as the opening
paragraph of the text (``<p class="intro">`` among the body's paragraphs), is read as part of
the article too, as both evaluation truths that mark the body have it (halves A/B: fundus
+0.0020/+0.0013, trafilatura snippets +0.0018/+0.0047 against cutting it wherever it opens
the body). A kicker the headline's group sets above the standfirst ("The long read") goes
with it; the standfirst is then cut below it as well, which costs the truths that count it as
text 0.001 (fundus and trafilatura snippets, half B; half A unchanged), the price of a lead
that is not repeated as the body's first paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from newsextract.ancestry import near_ancestor
from newsextract.body.characters import ends_as_sentence
from newsextract.body.model import HEADING, LIST_ITEM, PARAGRAPH, Block
from newsextract.page import ParsedPage
from newsextract.text import compare_key, word_count

# The h1's container is a headline group when it holds no more than this beyond the headline
# and the standfirst: room for a kicker, a byline and a date, not for a paragraph of text.
_HEADLINE_GROUP_EXTRA = 300
# Elements looked at after the h1: the standfirst, or a kicker/byline line, then it.
_AFTER_HEADLINE = 2


# A kicker over the headline ("The long read", "Analyse"): a label of a few words.
MAX_KICKER_WORDS = 5


def without_headline_group(page: ParsedPage, blocks: Sequence[Block], lead: str) -> list[Block]:
    """``blocks`` without the first blocks that are the standfirst set with the headline (the
    lead, not the body: a paragraph, or a summary box's label and points), nor the kicker
    the headline's group sets above it."""
    key = compare_key(lead)
    start = 0
    if (
        len(blocks) > 1
        and compare_key(blocks[1].text) == key
        and word_count(blocks[0].text) <= MAX_KICKER_WORDS
        and not ends_as_sentence(blocks[0].text)
        and beside_headline(page, blocks[0].text, spaced=False)
    ):
        start = 1
    end = _lead_end(blocks, start, key)
    if end and beside_headline(page, lead):
        return list(blocks[end:])
    return list(blocks)


def _lead_end(blocks: Sequence[Block], start: int, key: str) -> int:
    """The end of the blocks from ``start`` on whose text, joined, is the lead's (``key``),
    or 0: a standfirst is one paragraph, but a summary box read as the lead ("Das
    Wichtigste", "Key events": its label and its points) is several of the body's blocks.
    The lead's length (at most 600 characters) bounds the walk."""
    joined = ""
    for end in range(start, len(blocks)):
        part = compare_key(blocks[end].text)
        joined = f"{joined} {part}" if joined else part
        if joined == key:
            return end + 1
        if not part or not key.startswith(joined + " "):
            return 0
    return 0


def without_kicker(page: ParsedPage, blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` without a first block that is a kicker set right above an ``<h1>`` (its
    element before it, in the headline's box: a topic label, "Live"), when no standfirst
    took it away: the page's label over its headline, not the text's first line. A line of
    a few words (``MAX_KICKER_WORDS``) closing no sentence; the ``<h1>`` itself must not be
    the next block (a headline the body keeps is a section of the text, and so is the line
    above it)."""
    if not blocks or word_count(blocks[0].text) > MAX_KICKER_WORDS:
        return list(blocks)
    first = blocks[0]
    if first.kind not in _KICKER_KINDS or ends_as_sentence(first.text):
        return list(blocks)
    key = compare_key(first.text).replace(" ", "")
    for headline in page.headlines[:_KICKER_HEADLINES]:
        before = headline.prev
        while before is not None and before.tag in ("-text", "-comment"):
            before = before.prev
        if before is None or _key(before).replace(" ", "") != key:
            continue
        if len(blocks) > 1 and compare_key(blocks[1].text) == _key(headline):
            return list(blocks)
        return list(blocks[1:])
    return list(blocks)


def without_repeated_headline(
    page: ParsedPage,
    blocks: Sequence[Block],
    title: str | None,
    declared: Sequence[str] = (),
) -> list[Block]:
    """``blocks`` without a first block that is a heading repeating the headline: the page's
    title, another headline it declares (``declared``: the social cards' ``og:title`` when
    it differs from the one written for search engines) or an ``<h1>``'s text (punctuation
    aside: "Kicker – Headline" beside "Kicker: Headline"), or the title under a kicker of a
    few words. A page that sets its ``<h1>`` in the breadcrumb for search engines writes the
    headline the reader sees as an ``<h2>``, which the body read as its first section's
    heading; a kicker set in a box of its own inside that ``<h2>`` is a heading line of its
    own before it, and goes with it. A page without an ``<h1>`` keeps its first heading:
    the one headline it sets (a page builder's title widget)."""
    if not blocks or blocks[0].kind is not HEADING or not page.headlines:
        return list(blocks)
    key = compare_key(blocks[0].text)
    if not key:
        return list(blocks)
    headlines = {_key(headline) for headline in page.headlines[:_KICKER_HEADLINES]}
    headlines.update(compare_key(other) for other in declared)
    if title:
        title_key = compare_key(title)
        headlines.add(title_key)
        if title_key and key.endswith(" " + title_key):
            kicker = key[: -len(title_key) - 1]
            if word_count(kicker) <= MAX_KICKER_WORDS:
                return list(blocks[1:])
    headlines.discard("")
    if key in headlines:
        return list(blocks[1:])
    if (
        len(blocks) > 1
        and blocks[1].kind is HEADING
        and compare_key(blocks[1].text) in headlines
        and word_count(blocks[0].text) <= MAX_KICKER_WORDS
        and not ends_as_sentence(blocks[0].text)
    ):
        return list(blocks[2:])  # the kicker's line, then the headline
    return list(blocks)


def without_headline_deck(page: ParsedPage, blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` without a first heading that is the headline's second line (a deck): an
    ``<h2>``-``<h6>`` set after the ``<h1>`` in the ``<header>`` that holds it, beside the
    byline, when the text goes on outside that header. The article's header holds its
    headline, deck, byline and date, never its text's sections."""
    if len(blocks) < 2 or blocks[0].kind is not HEADING or not page.headlines:
        return list(blocks)
    if ends_as_sentence(blocks[0].text):
        return list(blocks)  # a standfirst set as a heading: the lead's, kept as before
    key = compare_key(blocks[0].text)
    after = compare_key(blocks[1].text)
    if not key or not after:
        return list(blocks)
    for headline in page.headlines[:_KICKER_HEADLINES]:
        header = _header_of(headline)
        if header is None or after in _key(header):
            continue
        if any(
            _key(heading) == key
            for heading in header.css("h2, h3, h4, h5, h6")
            if heading.mem_id != headline.mem_id
        ):
            return list(blocks[1:])
    return list(blocks)


# How far above the <h1> its header may be: its own box, a wrapper or two.
_HEADER_REACH = 4


def _header_of(headline: LexborNode) -> LexborNode | None:
    """The ``<header>`` element the headline is set in, a few levels up at most."""
    return near_ancestor(headline, "header", _HEADER_REACH)


# A kicker is read as a paragraph or a heading line; the h1s looked at: a page sets its
# headline in its first one or two (a site's logo in an <h1> comes first).
_KICKER_KINDS = frozenset({PARAGRAPH, HEADING})
_KICKER_HEADLINES = 2


def beside_headline(page: ParsedPage, standfirst: str, *, spaced: bool = True) -> bool:
    """Whether ``standfirst`` is set in a ``<header>`` or with the ``<h1>``. ``spaced=False``
    compares a kicker without its spaces: a badge of spans ("<span>Live</span><span>updated
    </span>") reads as one word in the body's block and as two in the header's text."""
    key = compare_key(standfirst)
    if not key:
        return False
    tree = page.tree
    if spaced:
        if any(key in _key(header) for header in tree.css("header")):
            return True
    elif any(key in _key(header).replace(" ", "") for header in tree.css("header")):
        return True
    headline = page.headlines[0] if page.headlines else None
    if headline is None:
        return False
    sibling, seen = headline.next, 0
    while sibling is not None and seen < _AFTER_HEADLINE:
        if sibling.tag != "-text":
            if _key(sibling) == key:
                return True
            seen += 1
        sibling = sibling.next
    holder = headline.parent
    if holder is None:
        return False
    group = _key(holder)
    return key in group and len(group) - len(key) - len(_key(headline)) <= _HEADLINE_GROUP_EXTRA


def _key(node: LexborNode) -> str:
    return compare_key(node.text(separator=" "))


# A headline's summary points: a list set right after the ``<h1>`` (its next element), of
# this many items: two points at least (one is a standfirst in a list), a handful at most (a
# list article's first section is longer)...
_POINTS = range(2, 7)
# ... each a sentence (a list article's items of prose are longer) of a few words at
# least (a list of names or tags is no summary)...
_POINT_CHARS = 200
_POINT_WORDS = 4
# ... and none a field's label and value ("Location: Arusha", "Deadline: 15 May"): a list
# of those under the headline is the text's key facts (a job or an event), read as text.
# A label is at most this long before its colon.
_FIELD_LABEL = 30


def headline_points(page: ParsedPage, blocks: Sequence[Block]) -> int:
    """How many of the blocks that open ``blocks`` are the headline's summary points: the
    short, unlinked items of a list set right after the ``<h1>``, before the byline and the
    text ("Two batches of notes carry the error"), the lead written as points (0 when they
    are none). The text must go on below them."""
    if not blocks or blocks[0].kind is not LIST_ITEM or not page.headlines:
        return 0
    sibling = page.headlines[0].next
    while sibling is not None and sibling.tag == "-text":
        sibling = sibling.next
    if sibling is None or sibling.tag not in ("ul", "ol") or sibling.css_first("a[href]"):
        return 0
    items = [_key(item) for item in sibling.iter() if item.tag == "li"]
    count = len(items)
    if (
        count not in _POINTS
        or len(blocks) <= count
        or any(not item or len(item) > _POINT_CHARS for item in items)
        or any(word_count(block.text) < _POINT_WORDS for block in blocks[:count])
        or any(_labels_a_field(block.text) for block in blocks[:count])
        or any(block.kind is not LIST_ITEM for block in blocks[:count])
        or [compare_key(block.text) for block in blocks[:count]] != items
    ):
        return 0
    return count


def _labels_a_field(text: str) -> bool:
    """Whether a list item opens with a field's label and a colon ("Location: Arusha")."""
    colon = min((at for at in (text.find(":"), text.find("：")) if at >= 0), default=-1)
    return 0 < colon <= _FIELD_LABEL
