"""The article body of a parsed page, as paragraph blocks.

Order of evidence: the page's own ``articleBody`` in JSON-LD when it is complete (used to pick
the page's paragraphs, which keep their breaks), then the best-scored container of the page
(``<article>``/``itemprop=articleBody`` boost it) widened to its article siblings, and inside
it only the blocks that are not furniture (link lists, share bars, credits, ad labels). A page
whose markup holds no article (rendered by script) is read from the HTML in its script data.
Whatever the source, the notes after the last paragraph (author bio, first-published or
translation note) are cut, and a first-published note over the first one (a partner's copy).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal, NamedTuple

import attrs
from selectolax.lexbor import LexborNode

from newsextract.body.back_matter import without_back_matter
from newsextract.body.blocks import walk
from newsextract.body.characters import ends_as_sentence
from newsextract.body.cleanup import select_blocks
from newsextract.body.comments import COMMENT_NAME, comment_sections, declares_article
from newsextract.body.jsonld_body import (
    BodyMatch,
    article_body,
    body_blocks,
    continuation,
    select_matched,
    with_live_updates,
)
from newsextract.body.link_notes import without_link_notes
from newsextract.body.live_stream import add_live_stream, live_headlines
from newsextract.body.model import PARAGRAPH, QUOTE, Block, Body
from newsextract.body.other_stories import (
    merged,
    other_stories,
    outside,
    translations,
    within,
)
from newsextract.body.region import choose_region
from newsextract.body.scoring import block_value, data_row_value, tally
from newsextract.body.script_body import script_html
from newsextract.body.text_edges import cut_agency_credits, trim_head, trim_tail
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.jsonld import ARTICLE_TYPES, JsonLdGraph
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage
from newsextract.text import compare_key

logger = logging.getLogger(__name__)

# articleBody is trusted when the page's blocks cover this share of it...
_COVERAGE = 0.6
# ...and it is not much shorter than what the generic method found (a truncated preview).
_COMPLETE = 0.6
# The page lacks the text when the generic result is this much shorter than articleBody.
_PAGE_LACKS = 0.3
# Below this many characters the markup holds no article: look for it in script data.
_SCRIPT_FALLBACK = 200


class BodyOptions(NamedTuple):
    """``favor`` trades precision for recall: "precision" drops doubtful blocks, "recall"
    keeps them."""

    favor: Literal["balanced", "precision", "recall"] = "balanced"


_DEFAULT = BodyOptions()


class BodyRead(NamedTuple):
    """A body and the walk of the page its blocks were chosen from: the page's walk, or its
    walk as a thread's when the body was read as one (``_as_thread``). When the body is not
    the page's blocks (JSON-LD text, script data, none) it is the page's walk, the one
    judged first. ``script`` is the walk of the HTML in the page's script data when the
    body is read from it. ``body.decisions`` tells the decisions on these walks' blocks."""

    body: Body
    walked: Walk | None
    script: Walk | None = None


def extract_body(page: ParsedPage, options: BodyOptions = _DEFAULT) -> Body:
    """The article text of ``page``; an empty ``Body`` when the page has none. Read once a
    page and options: the report of an extraction (``explain``) asks for it again, which
    cost a second walk and judging of every block (45,000 paragraphs: 1.6 s)."""
    return read_body(page, options).body


def read_body(page: ParsedPage, options: BodyOptions = _DEFAULT) -> BodyRead:
    """``extract_body``'s body with the walk it was read from (what ``explain`` shows)."""
    bodies = page.derived(_bodies)
    read = bodies.get(options)
    if read is None:
        read = bodies[options] = _extract_body(page, options)
    return read


def _bodies(page: ParsedPage) -> dict[BodyOptions, BodyRead]:
    """The bodies of ``page`` read so far, by their options (see ``extract_body``)."""
    return {}


def _extract_body(page: ParsedPage, options: BodyOptions) -> BodyRead:
    root = page.body or page.root
    if root is None:
        return BodyRead(body=Body(), walked=None)
    discussion = is_discussion(page.jsonld)
    book = is_book(page.jsonld) and not declares_article(page)
    walked = walk(
        root,
        figures=True,
        discussion=discussion,
        book=book,
        comments=comment_sections(page),
        site=page.site,
    )
    walked.address = page.address or ""
    generic = _generic(walked, options, page)
    raw_body = article_body(page.jsonld)
    if raw_body:
        body = _with_jsonld(walked, generic, raw_body)
    elif generic and (rest := with_live_updates(walked, page.jsonld)):
        body = Body(blocks=(*generic, *rest), method="generic+jsonld")
    else:
        body = Body(blocks=tuple(generic), method="generic" if generic else "empty")
    script: Walk | None = None
    if sum(len(block.text) for block in body.blocks) < _SCRIPT_FALLBACK:
        scripted = _from_script(page, options)
        if scripted is not None:
            body, script = scripted
    # Read as a thread only when the walk read a container as a comment's: else that walk
    # is this one, and its blocks were judged twice (40,000 date lines: 1.3 s more).
    if not body.blocks and walked.by_comments and not discussion and not declares_article(page):
        thread = _as_thread(root, options, site=page.site)
        if thread is not None:
            body, walked = thread
    elif (
        walked.by_comments
        and not discussion
        and _short_beside_quiet_boxes(body, walked)
        and not declares_article(page)
    ):
        thread = _as_thread(root, options, floor=0, site=page.site)
        if thread is not None and _chars(thread[0]) >= _THREAD_GAIN * _chars(body):
            body, walked = thread
    blocks, credit = cut_agency_credits(trim_head(trim_tail(body.blocks, book=book)))
    blocks = without_link_notes(blocks)
    blocks = _with_video_titles(blocks, page.jsonld)
    blocks = without_back_matter(page, blocks, walked)
    body = attrs.evolve(body, blocks=_unquoted(blocks), credit=credit)
    return BodyRead(body=body, walked=walked, script=script)


# A video's title is a line, not a paragraph of text: at most this many characters.
_VIDEO_TITLE = 150


def _with_video_titles(blocks: tuple[Block, ...], graph: JsonLdGraph) -> tuple[Block, ...]:
    """``blocks`` with a paragraph that is the title of a video the page declares (a
    JSON-LD ``VideoObject``'s ``name``), set under its player outside the figure, marked as
    the caption it is: a line that names the video, not a line of the text. A sentence
    (closing with its mark) is the text's, whatever the video is called."""
    videos = graph.of_type("VideoObject")
    for article in graph.of_type(*ARTICLE_TYPES):  # an article's own "video" property
        found = graph.resolve(article.get("video"))
        for item in found if isinstance(found, list) else [found]:
            if isinstance(video := graph.resolve(item), dict):
                videos.append(video)
    titles = {
        compare_key(name)
        for node in videos
        if isinstance(name := node.get("name"), str) and 0 < len(name) <= _VIDEO_TITLE
    }
    titles.discard("")
    descriptions = [
        key
        for node in videos
        if isinstance(text := node.get("description"), str)
        and len(text) <= _VIDEO_DESCRIPTION
        and len(key := compare_key(text)) >= _VIDEO_DESCRIPTION_MIN
    ]
    if not titles and not descriptions:
        return blocks
    return tuple(
        attrs.evolve(block, caption=True)
        if block.kind is PARAGRAPH
        and not block.caption
        and (
            (
                len(block.text) <= _VIDEO_TITLE
                and not ends_as_sentence(block.text)
                and compare_key(block.text) in titles
            )
            or (descriptions and _describes_a_video(block.text, descriptions))
        )
        else block
        for block in blocks
    )


# A video's description shown under its player is a sentence or two: at most this long...
_VIDEO_DESCRIPTION = 400
# ... and long enough to be told from a line of the text by its words (a description of
# four words, "Watch the full speech", could be any line).
_VIDEO_DESCRIPTION_MIN = 40
# The player's stamp after the description (its date and length, "18.04.2024 | 0:21 min"):
# at most this many characters of its key.
_VIDEO_STAMP = 30
# The stamp ends with the video's running time ("0:21 min", "1:02:45"): the mark of a
# player's line. A paragraph that only repeats a video's description may be the text's own
# (a story's first paragraph that its video was described with), and stays.
_RUNNING_TIME = LazyPattern(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*\w{1,4}\.?)?\s*$")


def _describes_a_video(text: str, descriptions: list[str]) -> bool:
    """Whether a paragraph is a declared video's description (its JSON-LD ``description``)
    shown under its player with the player's stamp after it, its date and running time."""
    if len(text) > _VIDEO_DESCRIPTION + _VIDEO_STAMP or _RUNNING_TIME.search(text) is None:
        return False
    key = compare_key(text)
    return any(
        key.startswith(found) and 0 < len(key) - len(found) <= _VIDEO_STAMP
        for found in descriptions
    )


# A body this much of whose text is in quotation blocks sets its own text in <blockquote>:
# vBulletin's posts ("<blockquote class=postcontent>"), a letter printed as a quote. It is
# the text, not a quotation inside it (Markdown would open every paragraph with "> ").
_QUOTED_BODY = 0.8


def _unquoted(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with the quotation blocks made paragraphs when they are the body's text."""
    quoted = sum(len(block.text) for block in blocks if block.kind is QUOTE)
    if not quoted or quoted <= _QUOTED_BODY * sum(len(block.text) for block in blocks):
        return blocks
    return tuple(
        attrs.evolve(block, kind=PARAGRAPH) if block.kind is QUOTE else block for block in blocks
    )


def is_discussion(graph: JsonLdGraph) -> bool:
    """Whether the page says it is a thread (a forum topic, a question and its answers)."""
    return bool(graph.of_type(*_DISCUSSION_TYPES))


def is_book(graph: JsonLdGraph) -> bool:
    """Whether the page's structured data holds a book (a publisher's or a shop's book page;
    an article reviewing or listing books declares an article beside it)."""
    return bool(graph.of_type(*_BOOK_TYPES))


# schema.org types of a book (an audiobook is one): its page introduces the author.
_BOOK_TYPES = ("Book", "Audiobook")
# schema.org types of a page whose replies are its content.
_DISCUSSION_TYPES = ("DiscussionForumPosting", "QAPage")


# A body shorter than this (characters) beside boxes named as comments may be only what
# comes before the page's own text set in them (a question over its answers, a listing's
# facts over its description): an article's text under its comments is longer.
_SHORT_BESIDE_COMMENTS = 300
# Read as a thread, the page must hold this many times the body's text to be read so.
_THREAD_GAIN = 3


def _chars(body: Body) -> int:
    return sum(len(block.text) for block in body.blocks)


def _short_beside_quiet_boxes(body: Body, walked: Walk) -> bool:
    """Whether ``body`` is short and every box named as a comment holds sentences and
    nothing a reader's comment shows: no link (the poster's name, "Reply", a permalink), no
    time or written date, no picture (an avatar), no button or form, no line that is no
    sentence (a poster's name, "2 days ago"). Such a box ("expose-comment", "answer-comment")
    is the page's own text under a name a template chose."""
    if _chars(body) >= _SHORT_BESIDE_COMMENTS:
        return False
    cont = walked.containers
    boxes = set()
    for index, hint in enumerate(cont.hint):
        if hint != -2 or not COMMENT_NAME.search(cont.names(index)):
            continue
        node = cont.nodes[index]
        if node.css_first(_COMMENT_MARKS) is not None:
            return False
        if _DATE_TEXT.search(node.text(deep=True)):
            return False
        boxes.add(index)
    if not boxes:
        return False
    parent = cont.parent
    for block in walked.blocks:
        at = block.container
        while at >= 0 and at not in boxes:
            at = parent[at]
        if at >= 0 and not ends_as_sentence(block.text):
            return False
    return True


# What a reader's comment shows beside its text: the poster's link or avatar, its time, a
# reply button or form.
_COMMENT_MARKS = "a, time, img, button, form, input"
# A date or time written as text ("02.03.2026", "2026-03-02", "10:04").
_DATE_TEXT = LazyPattern(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b")


def _as_thread(
    root: LexborNode, options: BodyOptions, *, floor: int = _SCRIPT_FALLBACK, site: str = ""
) -> tuple[Body, Walk] | None:
    """The body of a page whose text is all in boxes named as comments (a forum's or a
    guestbook's posts, each a "comment"), read as a thread's, on a page that declares no
    article and where nothing else is text: its comments are its text, as on a page that
    says it is a thread (a video's short description keeps its page's comments out); or
    the page's own text in boxes a template named so (``_short_beside_quiet_boxes``). With
    it, the walk it was read from; None when it holds under ``floor`` characters."""
    walked = walk(root, figures=True, discussion=True, site=site)
    blocks = _generic(walked, options)
    if not blocks or sum(len(block.text) for block in blocks) < floor:
        return None
    return Body(blocks=tuple(blocks), method="generic"), walked


def _from_script(page: ParsedPage, options: BodyOptions) -> tuple[Body, Walk] | None:
    """The body a script-rendered page carries as HTML in its inline script data, and the
    walk of that HTML."""
    root = page.root
    fragment = script_html(root) if root is not None else None
    if fragment is None:
        return None
    walked = walk(fragment, figures=True, site=page.site)
    blocks = _generic(walked, options)
    if not blocks:
        return None
    return Body(blocks=tuple(blocks), method="script"), walked


# Stories after the page's own are told by their dates: the page's story and one more each
# carry a dated element (``other_stories``); on a page with fewer, only date lines are.
_DATED_STORIES = 2


def _generic(walked: Walk, options: BodyOptions, page: ParsedPage | None = None) -> list[Block]:
    """The page's blocks in the region that holds its text; ``page``, when the walk is the
    page's (not a fragment of it, nor its thread), has the stories after its own and its
    translations cut."""
    if not walked.blocks:
        return []
    sums = tally(walked)
    others: list[tuple[int, int]] = []
    if page is not None:
        others = other_stories(walked, sums, timed=len(page.dated_times) >= _DATED_STORIES)
        if page.html_lang and walked.languages:
            others = merged(others, translations(walked, sums, page.html_lang))
    if others:
        # The stories after the page's own weigh nothing, so that none of them is taken
        # for the text, and none is read with it.
        starts, stops = outside(others)
        sums = tally(
            walked,
            lambda block: 0.0 if within(starts, stops, block.container) else block_value(block),
        )
    region = choose_region(walked, sums)
    if region is not None and page is not None and (heads := live_headlines(page.jsonld)):
        add_live_stream(walked, sums, region, heads)
    if region is not None and others:
        region.cut(walked, others)
    value_of = value_outside(others, block_value)
    if region is None:
        # No prose at all: a page whose text is its data tables (a league's results, a
        # timetable) is read around the tables' rows, as a page of prose around its text.
        value_of = data_row_value
        sums = tally(walked, value_of)
        region = choose_region(walked, sums)
        if region is None:
            return []
    blocks = select_blocks(walked, sums, region, options.favor)
    if blocks:
        return blocks
    # Every block of the region dropped as furniture (an unnamed consent banner's sentence
    # outweighing a changelog's short list items, each in its own section): it held no text,
    # and the best of the rest is read, once.
    sums = tally(walked, value_outside(sorted(region.ranges), value_of))
    region = choose_region(walked, sums)
    return [] if region is None else select_blocks(walked, sums, region, options.favor)


def value_outside(
    ranges: list[tuple[int, int]], value_of: Callable[[RawBlock], float]
) -> Callable[[RawBlock], float]:
    """``value_of`` with the blocks in ``ranges`` (container ranges) worth nothing."""
    if not ranges:
        return value_of
    starts, stops = outside(ranges)

    def value(block: RawBlock) -> float:
        return 0.0 if within(starts, stops, block.container) else value_of(block)

    return value


def _with_jsonld(walked: Walk, generic: list[Block], raw_body: str) -> Body:
    """Prefer the page blocks that ``articleBody`` confirms; fall back on its own text."""
    generic_len = sum(len(b.text) for b in generic)
    # A body shorter than the test below asks is never matched block by block (1 page in 8).
    match = BodyMatch(walked.blocks, raw_body, least=_COMPLETE * generic_len)
    body_len = len(match.body_norm)
    if match.coverage >= _COVERAGE and body_len >= _COMPLETE * generic_len:
        chosen = select_matched(walked, match)
        if chosen:
            return Body(blocks=tuple(chosen), method="jsonld+page")
    if body_len and generic_len < _PAGE_LACKS * body_len:
        blocks = [b.to_block() for b in body_blocks(raw_body)]
        if blocks:
            return Body(blocks=tuple(blocks), method="jsonld")
    rest = continuation(generic, raw_body) if body_len > generic_len else []
    if rest:
        return Body(blocks=(*generic, *rest), method="generic+jsonld")
    return Body(blocks=tuple(generic), method="generic" if generic else "empty")
