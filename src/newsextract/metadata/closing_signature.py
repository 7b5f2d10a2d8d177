"""A closing signature: the article's last paragraph holding one writer's name alone, set in
bold or italics ("…the last sentence.</p><p><strong>Jane Roe</strong></p>") or after a dash
("<p>— Jane Roe</p>"), as magazines and blogs sign a piece below its text instead of above
it. Read only when no byline names anyone, and only as the page's last text outside its
furniture (a footer, a sidebar, the navigation): a name closing a box elsewhere is a
contact's or a teaser's.
"""

from __future__ import annotations

from itertools import islice

from selectolax.lexbor import LexborNode

from newsextract.ancestry import within_tags
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# The detail of a name a closing signature gives.
CLOSING_SIGNATURE = "closing-signature"
# The page's texts read back from its end for the signature: a footer's and a sidebar's lines
# come after it (their links, a copyright line), a few dozen at most on a blog's page.
_LAST_TEXTS = 60
# A signature is a name or two words more, not a sentence.
_MAX_SIGNATURE_CHARS = 60
# A given name alone ("Jules") signs as often as a nickname: two words at least.
_MIN_NAME_WORDS = 2
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
# The page's furniture after an article: its texts are passed over, not read as the end of it.
_FURNITURE = frozenset({"footer", "nav", "aside"})
_ANCESTORS_CHECKED = 8
# A dash before the name, as a letter or a blog post is signed in plain type ("— Kari
# Nordmann"): a mark of a signature as bold is; a single hyphen opens list items and ranges.
_SIGNING_DASH = LazyPattern(r"^\s*(?:[—–―]|-{2,})\s*(?=\S)")


def closing_signature(page: ParsedPage, language: str | None) -> tuple[str, str] | None:
    """``(detail, name)`` of the name signing the article at its end, or None: the page's
    last text outside its furniture is a bold or italic name, or a dash and a name, filling a
    ``<p>`` that follows another paragraph."""
    for node, tag, own in islice(reversed(page.own_texts), _LAST_TEXTS):
        if within_tags(node, _FURNITURE, _ANCESTORS_CHECKED):
            continue
        if own is None or len(own) > _MAX_SIGNATURE_CHARS:
            return None
        if tag in _EMPHASIS:
            return _signed(node, node.parent, own, language)
        if tag == "p" and (dash := _SIGNING_DASH.match(own)) is not None:
            if _quotation(_previous_paragraph(node)):
                return None  # "“Stay hungry.”</p><p>— Steve Jobs": the quote's attribution
            return _signed(node, node, own[dash.end() :], language)
        return None
    return None


def _signed(
    node: LexborNode, paragraph: LexborNode | None, own: str, language: str | None
) -> tuple[str, str] | None:
    """The name ``own`` (the signature's text, its dash cut) gives, when it fills
    ``paragraph`` (``node`` itself, or the paragraph around its emphasis)."""
    if paragraph is None or paragraph.tag != "p" or not _after_paragraph(paragraph):
        return None
    text = clean_text(own)
    whole = clean_text(paragraph.text(deep=True, separator=" "))
    if (whole != text and _SIGNING_DASH.sub("", whole, count=1) != text) or outside_article(node):
        return None
    names = split_byline(text, language)
    if len(names) != 1 or len(names[0].split()) < _MIN_NAME_WORDS:
        return None
    return (CLOSING_SIGNATURE, names[0]) if looks_like_name(names[0]) else None


def _previous_paragraph(paragraph: LexborNode) -> LexborNode | None:
    """The element before ``paragraph`` among its siblings, when it is a ``<p>``."""
    previous = paragraph.prev
    while previous is not None and previous.tag == "-text":
        previous = previous.prev
    return previous if previous is not None and previous.tag == "p" else None


def _after_paragraph(paragraph: LexborNode) -> bool:
    """Whether a paragraph with text comes before ``paragraph`` among its siblings."""
    previous = _previous_paragraph(paragraph)
    return previous is not None and bool(previous.text(deep=True).strip())


# The marks closing a quotation, in the scripts' forms.
_QUOTE_CLOSINGS = ('"', "”", "“", "»", "«", "’", "」", "』", "„")


def _quotation(paragraph: LexborNode | None) -> bool:
    """Whether ``paragraph`` ends with a quotation mark (maybe before its full stop): a
    dashed name after it attributes the quotation, as an epigraph or a closing quote is."""
    if paragraph is None:
        return False
    return paragraph.text(deep=True).rstrip().rstrip(".").endswith(_QUOTE_CLOSINGS)
