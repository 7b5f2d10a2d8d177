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
from newsextract.body.model import Block, BlockKind
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


def without_back_matter(page: ParsedPage, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` without a paper's references and what follows them, on a page that
    declares a paper; ``blocks`` as they are otherwise."""
    if len(blocks) <= _TEXT_BEFORE or not declares_paper(page):
        return blocks
    headings = reference_headings()
    for position in range(_TEXT_BEFORE, len(blocks)):
        block = blocks[position]
        if block.kind is BlockKind.HEADING or (
            block.kind is BlockKind.PARAGRAPH and len(block.text.split()) <= _HEADING_WORDS
        ):
            label = _SECTION_NUMBER.sub("", block.text.strip()).rstrip(" :：").lower()
            if " ".join(label.split()) in headings:
                return blocks[:position] if _mostly_before(blocks, position) else blocks
    return blocks


def _mostly_before(blocks: tuple[Block, ...], position: int) -> bool:
    """Whether the blocks before ``position`` hold ``_TEXT_SHARE`` of the characters."""
    before = sum(len(block.text) for block in blocks[:position])
    return before >= _TEXT_SHARE * (before + sum(len(block.text) for block in blocks[position:]))
