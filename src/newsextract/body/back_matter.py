"""A scholarly paper's back matter: its references and what follows them.

A paper's full text ends with the apparatus a reader does not read as its text: the list of
works cited, then the platform's "Cite this article", metrics and related papers. The body
ends at the heading of its references ("References", "Literatur", "参考文献": the language
data's ``references`` words) when the page declares itself a scholarly article, as every
journal platform does for the scholars' search engines (the Highwire ``citation_*`` meta
tags, or a JSON-LD ``ScholarlyArticle``). An encyclopedic page's list of sources, on a page
that declares no paper, stays its text's (``linked_lists``).
"""

from __future__ import annotations

from newsextract.body.linked_lists import reference_headings
from newsextract.body.model import HEADING, PARAGRAPH, Block
from newsextract.body.walk_records import Walk
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage

# The meta tags a journal platform writes for the scholars' search engines: a page with one
# of them is a paper's (its title, its journal, its DOI or its PDF's address).
_CITATION_META = ("citation_title", "citation_journal_title", "citation_doi", "citation_pdf_url")
# Blocks of text before the references heading at least: a heading at the top of the body
# is a page of references itself, not a paper's back matter.
_TEXT_BEFORE = 2
# ... and this share of the body's characters at least: a "References" line early in the
# body (a table of contents' entry) opens no back matter after a page of text.
_TEXT_SHARE = 0.25
# A references heading set as a short bold paragraph (a platform's converted text) is a
# label of a few words.
_HEADING_WORDS = 4
# A section's number before its title ("6.", "6 ", "6.1", "VI.", "Ⅵ."), set aside to read the
# title; a Roman one with its dot (a word in capitals is no number).
_SECTION_NUMBER = LazyPattern(
    r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[IVXLC]+[.)]|[\u2160-\u217f]+[.)]?)\s+"
)


def declares_paper(page: ParsedPage) -> bool:
    """Whether the page declares itself a scholarly article (see the module's docstring)."""
    meta = page.meta
    if any(name in meta for name in _CITATION_META):
        return True
    return bool(page.jsonld.of_type("ScholarlyArticle"))


def without_back_matter(
    page: ParsedPage, blocks: tuple[Block, ...], walked: Walk | None = None
) -> tuple[Block, ...]:
    """``blocks`` without a paper's references and what follows them, on a page that
    declares a paper; ``blocks`` as they are otherwise. ``walked``: the walk the blocks were
    read from, where a references heading the body dropped is looked for too."""
    if len(blocks) <= _TEXT_BEFORE or not declares_paper(page):
        return blocks
    headings = reference_headings()
    for position in range(_TEXT_BEFORE, len(blocks)):
        block = blocks[position]
        if (
            block.kind is HEADING
            or (block.kind is PARAGRAPH and len(block.text.split()) <= _HEADING_WORDS)
        ) and _is_references_label(block.text, headings):
            return blocks[:position] if _mostly_before(blocks, position) else blocks
    if walked is not None:
        position = _after_dropped_heading(walked, blocks, headings)
        if position >= 0 and _mostly_before(blocks, position):
            return blocks[:position]
    return blocks


def _is_references_label(text: str, headings: frozenset[str]) -> bool:
    """Whether a heading's text, its section number set aside, is a references heading."""
    label = _SECTION_NUMBER.sub("", text.strip()).rstrip(" :：").lower()
    return " ".join(label.split()) in headings


def _after_dropped_heading(
    walked: Walk, blocks: tuple[Block, ...], headings: frozenset[str]
) -> int:
    """The position in ``blocks`` of the first block after a references heading of the walk
    that the body dropped: a paper that titles its sections with ``<h1>``s has each read as
    the page's title, its references' too (the body's first block only read after it, none
    read before it); -1 when there is none."""
    found = walked.blocks
    for at in range(_TEXT_BEFORE, len(found)):
        heading = found[at]
        if heading.kind is not HEADING or not _is_references_label(heading.text, headings):
            continue
        if any(block.text == heading.text for block in blocks):
            return -1  # the heading is read: the test above passed it over
        before = {block.text for block in found[:at]}
        after = {block.text for block in found[at + 1 :]}
        for position in range(_TEXT_BEFORE, len(blocks)):
            text = blocks[position].text
            if text in after and text not in before:
                return position
        return -1
    return -1


def _mostly_before(blocks: tuple[Block, ...], position: int) -> bool:
    """Whether the blocks before ``position`` hold ``_TEXT_SHARE`` of the characters."""
    before = sum(len(block.text) for block in blocks[:position])
    return before >= _TEXT_SHARE * (before + sum(len(block.text) for block in blocks[position:]))
