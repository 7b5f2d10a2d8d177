"""The news agency a paragraph of its own credits after the article's last one ("— Reuters",
"(MTI)", "<p><em>Mit Material von dpa</em></p>"): the story's source when no labelled line
gives one.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.labels import agency_line
from newsextract.metadata.closing_paragraphs import closes_text
from newsextract.metadata.credited_sources import closing_credit_line
from newsextract.metadata.markup_places import outside_article
from newsextract.page import ParsedPage


def closing_agency(page: ParsedPage) -> str | None:
    """The news agency a paragraph of its own credits after the article's last one, behind a
    dash or in brackets ("— Reuters", "(MTI)", "-- AFP"): the story's source."""
    paragraphs = 0
    for node, tag, own in reversed(page.own_texts):
        if tag in _EMPHASIS and own is not None and (whole := _whole_paragraph(node)) is not None:
            node, tag = whole, "p"  # "<p><em>Mit Material von dpa</em></p>": its whole text
        if tag != "p" or own is None:
            continue
        paragraphs += 1
        if paragraphs > _CLOSING_REACH:
            return None
        if len(own) > _AGENCY_LINE_MAX:
            continue
        match = agency_line().fullmatch(own)
        agency = match.group(1) if match is not None else closing_credit_line(own)
        if agency is None or not closes_text(node, text_box=True) or outside_article(node):
            continue
        return agency
    return None


# The emphasis a closing credit is set in, the paragraph's only element ("<p><em>…</em></p>").
_EMPHASIS = frozenset({"em", "i", "strong", "b"})


def _whole_paragraph(node: LexborNode) -> LexborNode | None:
    """The ``<p>`` whose only content ``node`` is, or None."""
    parent = node.parent
    if parent is None or parent.tag != "p" or node.prev is not None or node.next is not None:
        return None
    return parent


# An agency's name alone, behind a dash or in brackets, is a short line ...
_AGENCY_LINE_MAX = 40
# ... among the page's last paragraphs: the article's closing one, or the few of the site
# after it (a footer note, a newsletter line).
_CLOSING_REACH = 10
