"""JSON-LD ``articleBody``: the publisher's own statement of the text, checked against the page.

``articleBody`` loses paragraph breaks, is sometimes truncated (paywalls, previews) and
sometimes holds HTML, so it is used to *select* the page's blocks: the blocks whose text it
contains are the article, in page order, with their breaks. Only when the page itself lacks
the text (rendered by script) is ``articleBody`` returned as text.
"""

from __future__ import annotations

import html
import logging
import re

from selectolax.lexbor import LexborHTMLParser

from newsextract.body.block_records import as_blocks
from newsextract.body.blocks import walk
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.model import HEADING, PARAGRAPH, Block
from newsextract.body.teaser_lines import is_teaser_link
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.jsonld import ARTICLE_TYPES, JsonLdGraph
from newsextract.lazy_regex import LazyPattern
from newsextract.page_limits import readable_markup
from newsextract.text import drop_invisible

logger = logging.getLogger(__name__)

# The nodes whose articleBody or text is read: an article's, and a page's (WebPage) text.
_BODY_TYPES = (*ARTICLE_TYPES, "WebPage")
# An articleBody shorter than this (a sentence or two) is a teaser's, too short to say which
# page blocks are the text.
_MIN_BODY = 200
_HTML_HINT = LazyPattern(r"<(?:p|br|div|h[1-6]|li|ul|span|a|strong|em)\b", re.IGNORECASE)
_WORD = LazyPattern(r"\w+")
# A lower-case letter followed by an upper-case one: paragraphs glued without a space
# ("...am späten AbendDer Zug hielt...") are split on both sides alike. The upper-case
# letter is asked first: most positions fail that one test and skip the look back (half
# the time of a search asking the lower-case letter first).
_GLUED = LazyPattern(r"(?=[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω])(?<=[a-zß-öø-ÿа-яα-ω])")
# A block this short is only a match as a run of whole words: a shorter substring ("the
# city") is found in any long text by chance.
_SHORT = 20
# Characters probed at each end of a block whose inline markup differs from articleBody's:
# a phrase this long is a match, not a coincidence.
_PROBE = 50
# A block with this share of its text in links is a linked headline pasted into articleBody.
_MAX_LINKED = 0.8
# A long block with at least this share of its word triples in articleBody is its paragraph
# with a few words inserted by the page ("Link opens in a new tab", a footnote mark, an
# inline ad label): a paragraph of another text shares few triples by chance.
_MIN_SHARED_TRIPLES = 0.7
# Triples looked up in a block at most, spread over it: each is a search of articleBody, so a
# block of a megabyte must not cost a search per word.
_MAX_TRIPLES = 200
# Lines of a plain-text articleBody read as blocks: twenty times the most of a dev page's
# (481). The page's own blocks are bounded by its tags; articleBody's lines were not, and
# 3 million one-letter lines (a 9 MB page) took 26 s as as many blocks.
MAX_BODY_LINES = 10_000
# Characters of articleBody matched against the page's blocks: seventy times the longest of
# the dev pages' (about 13,000); a real text ends far before.
MAX_MATCHED_CHARS = 1_000_000
# Characters of articleBody read at all (as blocks, for a continuation): as many, for the
# same reason. A 50 MB articleBody of one line was one block of 50 MB: 3.1 s and 1.2 GB.
MAX_BODY_CHARS = MAX_MATCHED_CHARS
# The first MAX_BODY_LINES lines, each ended as str.splitlines ends one (atomic: a "\r\n"
# is never tried as two ends).
_BREAKS = "\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
_FIRST_LINES = LazyPattern(rf"(?>[^{_BREAKS}]*(?:\r\n|[{_BREAKS}])){{{MAX_BODY_LINES}}}")


# The page shows the opening of ``articleBody`` (each of its paragraphs of prose found in
# it) and ``articleBody`` goes on past the page's last one by at least this many characters
# (a sentence or two, more than a closing line): the text a paywall or a "load more"
# button keeps off the page. Shorter, the rest is a credit or a note the page sets apart.
_REST = 120
# Words closing the page's last paragraph, looked up in an ``articleBody`` without breaks:
# a run this long is found where that paragraph ends, not by chance.
_CLOSING_WORDS = 6
# What a sentence's end may carry after its last word: the stop, quotes, brackets.
_AFTER_LAST_WORD = " \t\n.!?…\"'”’»)]。"


def article_body(graph: JsonLdGraph) -> str:
    """The longest ``articleBody``/``text`` string among the page's article nodes, cut to
    its first ``MAX_BODY_CHARS``."""
    best = ""
    nodes = list(graph.nodes) + graph.of_type(*_BODY_TYPES)
    for node in nodes:
        for key in ("articleBody", "text"):
            value = node.get(key)
            if isinstance(value, list):
                value = " ".join(str(v) for v in value if isinstance(v, str))
            if isinstance(value, str) and len(value) > len(best):
                best = value
    return best[:MAX_BODY_CHARS]


def live_updates(graph: JsonLdGraph) -> list[RawBlock]:
    """A ``LiveBlogPosting``'s entries (its ``liveBlogUpdate`` nodes, in their order, newest
    first as publishers list them), each its headline and its ``articleBody`` as blocks."""
    blocks: list[RawBlock] = []
    for node in graph.of_type("LiveBlogPosting"):
        updates = node.get("liveBlogUpdate")
        for update in updates if isinstance(updates, list) else [updates]:
            if not isinstance(update, dict) or not isinstance(update.get("articleBody"), str):
                continue
            headline = update.get("headline")
            if isinstance(headline, str) and headline.strip():
                text = " ".join(drop_invisible(html.unescape(headline)).split())
                blocks.append(RawBlock(text, HEADING, 2, -1, 0, "#jsonld"))
            blocks.extend(body_blocks(update["articleBody"]))
    return blocks


def with_live_updates(walked: Walk, graph: JsonLdGraph) -> list[Block]:
    """A live blog's entries, to follow the page's blocks, when no block of the page holds
    any of them (a script renders the stream; the markup holds the headline and the
    intro): they are the page's text, as its entries are where the markup holds them."""
    if not graph.of_type("LiveBlogPosting"):
        return []
    updates = [b for b in live_updates(graph) if b.kind is PARAGRAPH]
    if not updates:
        return []
    seen = f" {' '.join(norm(block.text) for block in walked.blocks)} "
    if any(f" {norm(block.text)} " in seen for block in updates):
        return []
    return [block.to_block() for block in live_updates(graph)]


def body_blocks(raw: str) -> list[RawBlock]:
    """``articleBody`` as blocks: walked as HTML when it holds markup, else split on lines;
    its first ``MAX_BODY_CHARS`` (a live blog's updates are read one by one)."""
    raw = raw[:MAX_BODY_CHARS]
    if _HTML_HINT.search(raw):
        root = LexborHTMLParser(readable_markup(raw)).body
        if root is not None:
            return walk(root, figures=True).blocks
    text = html.unescape(raw)
    if (lines := _FIRST_LINES.match(text)) is not None:
        text = text[: lines.end()]  # at most MAX_BODY_LINES lines
    return [
        RawBlock(" ".join(drop_invisible(line).split()), PARAGRAPH, 0, -1, 0, "#jsonld")
        for line in text.splitlines()
        if line.strip()
    ]


def norm(text: str) -> str:
    """Casefolded words joined by single spaces, for containment tests: punctuation and
    spacing differ between ``articleBody`` and the page (straight and curly quotes, a space
    before a comma, dashes), the words do not."""
    return " ".join(_WORD.findall(_GLUED.sub(" ", text).casefold()))


class BodyMatch:
    """Which page blocks the ``articleBody`` contains, and how much of it they cover."""

    def __init__(self, blocks: list[RawBlock], body_text: str, *, least: float = 0.0) -> None:
        """``least``: the blocks are matched only when the normed body is this long at least
        (a shorter one is not taken, whatever it matches: its blocks need no norming)."""
        # Its first MAX_MATCHED_CHARS only: 9 MB of one-letter lines took 1.7 s to norm.
        self.body_norm = norm(html.unescape(_strip_markup(body_text[:MAX_MATCHED_CHARS])))
        self.matched: list[int] = []
        self.coverage = 0.0
        if len(self.body_norm) >= max(_MIN_BODY, least):
            self._match(blocks)

    def _match(self, blocks: list[RawBlock]) -> None:
        body = f" {self.body_norm} "
        seen: set[str] = set()
        covered = 0
        openings: set[str] = set()  # the first words of each block matched so far
        for index, block in enumerate(blocks):
            text = norm(block.text)
            if len(text) < 2:
                continue
            opening = text[:_PROBE]
            if not _contained(text, body) and (
                opening in openings or not _nearly_contained(text, body)
            ):
                continue
            openings.add(opening)
            self.matched.append(index)
            if len(text) >= 20 and text not in seen:
                seen.add(text)
                covered += len(text)
        self.coverage = min(1.0, covered / len(body))


def _contained(text: str, body: str) -> bool:
    """Whether the words of ``text`` occur as a run of whole words in ``body`` (padded)."""
    # One search of the body each way: a long text not in it is not in it as whole words.
    if text in body if len(text) >= _SHORT else f" {text} " in body:
        return True
    # Inline markup can differ (a link's spacing, a footnote mark): probe both ends.
    if len(text) < 3 * _PROBE:
        return False
    head, _, _ = text[:_PROBE].rpartition(" ")
    _, _, tail = text[-_PROBE:].partition(" ")
    return f" {head} " in body and f" {tail} " in body


def _nearly_contained(text: str, body: str) -> bool:
    """Whether ``text`` is a paragraph of ``body`` with a few words the page inserted. Only
    asked of a block that does not open like one already matched: a caption repeating the
    lead's sentence with a photo credit is a repeat, not more of the text."""
    if len(text) < 3 * _PROBE:
        return False
    head, _, _ = text[:_PROBE].rpartition(" ")
    _, _, tail = text[-_PROBE:].partition(" ")
    if f" {head} " not in body and f" {tail} " not in body:
        return False  # neither end is articleBody's: another text (and a cheap answer)
    words = text.split()
    step = max(1, (len(words) - 2) // _MAX_TRIPLES)  # a huge block is sampled, not scanned
    triples = [" ".join(words[i : i + 3]) for i in range(0, len(words) - 2, step)]
    shared = sum(1 for triple in triples if f" {triple} " in body)
    return shared >= _MIN_SHARED_TRIPLES * len(triples)


def _strip_markup(text: str) -> str:
    if not _HTML_HINT.search(text):
        return text
    root = LexborHTMLParser(readable_markup(text)).body
    return root.text(deep=True, separator=" ") if root is not None else text


def select_matched(walked: Walk, match: BodyMatch) -> list[Block]:
    """The page blocks inside ``articleBody``, from its first long match to its last.

    Short blocks (a subheading, a one-word line) only count between long matches, where a
    chance substring match is unlikely to be furniture; subheadings that ``articleBody``
    left out are kept when the next block is matched.
    """
    blocks = walked.blocks
    long_matches = [i for i in match.matched if len(blocks[i].text) >= 20]
    if not long_matches:
        return []
    first, last = long_matches[0], long_matches[-1]
    matched = set(match.matched)
    out: list[RawBlock] = []
    seen: set[str] = set()
    for index in range(first, last + 1):
        block = blocks[index]
        keep = index in matched
        if not keep and block.kind is HEADING and block.level > 1:
            keep = index + 1 in matched and not is_furniture_line(block.text)
        if keep and (
            block.links > _MAX_LINKED * len(block.text) or is_teaser_link(block.text, block.links)
        ):
            keep = False  # a linked headline pasted into articleBody ("READ MORE")
        if keep and block.text not in seen and not is_furniture_line(block.text):
            seen.add(block.text)
            out.append(block)
    return as_blocks(walked, out)


def continuation(page: list[Block], raw_body: str) -> list[Block]:
    """``articleBody``'s text after the page's last paragraph, as blocks, when the page's
    text is its opening (each of the page's paragraphs of prose found in it) and it goes on
    by ``_REST`` characters or more; none otherwise. A paywalled page sets its whole text in
    its structured data and shows its first paragraphs."""
    prose = [b for b in page if b.kind is PARAGRAPH and len(b.text) >= _SHORT]
    if not prose:
        return []
    body = f" {norm(html.unescape(_strip_markup(raw_body)))} "
    if not all(_contained(norm(block.text), body) for block in prose):
        return []
    blocks = body_blocks(raw_body)
    if len(blocks) > 1:
        last = norm(prose[-1].text)
        at = next((i for i, block in enumerate(blocks) if last and last in norm(block.text)), -1)
        if at < 0:
            return []
        seen = f" {' '.join(norm(block.text) for block in page)} "
        rest = [b for b in blocks[at + 1 :] if f" {norm(b.text)} " not in seen]
    else:
        text = html.unescape(_strip_markup(raw_body))
        words = _WORD.findall(prose[-1].text)[-_CLOSING_WORDS:]
        found = re.search(r"\W+".join(map(re.escape, words)), text, re.IGNORECASE)
        if found is None:
            return []
        tail = " ".join(drop_invisible(text[found.end() :]).split()).lstrip(_AFTER_LAST_WORD)
        rest = [RawBlock(tail, PARAGRAPH, 0, -1, 0, "#jsonld")] if tail else []
    if sum(len(block.text) for block in rest) < _REST:
        return []
    return [block.to_block() for block in rest]
