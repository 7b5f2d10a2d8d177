"""Whether an element's words are a link's, and how many: a link to another page or to a
place on its own, a document file attached, the characters of the links below an element,
a closing "More..." jump. Kept apart because link density decides many blocks, and every
reader counts links the same way."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.body.characters import ends_as_sentence
from newsextract.body.subtree_tags import Tagged
from newsextract.lazy_regex import LazyPattern

# A list item's link to a document file is an attachment of the text (a notice's forms, a
# release's PDF), not a way off to another page: its words count as the text's. (Counted so
# in every block, it kept paragraphs that only link a file, "Download", "the draw in Pune",
# which the evaluation truths leave out: snippets A -0.001.)
_DOCUMENT_HREF = LazyPattern(
    r"\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip|epub)(?:[?#]|$)", re.IGNORECASE
)


def is_link(element: LexborNode, *, elsewhere: bool = False, attachments: bool = False) -> bool:
    """Whether ``element`` is a link whose words are a link's (see ``link_chars``);
    ``attachments``: a link to a document file is not (the block is a list item)."""
    return element.tag == "a" and counts_as_link(
        element, elsewhere=elsewhere, attachments=attachments
    )


def counts_as_link(anchor: LexborNode, *, elsewhere: bool, attachments: bool) -> bool:
    """``is_link`` of an ``<a>``, its tag already read: a caller that walks elements reads
    each one's tag once (each read decodes the name into a new string)."""
    if attachments:
        href = anchor.attributes.get("href")
        if href is not None and _DOCUMENT_HREF.search(href.strip()):
            return False
    return not elsewhere or _leads_elsewhere(anchor)


def link_chars(
    node: LexborNode,
    *,
    elsewhere: bool = False,
    attachments: bool = False,
    elements: Tagged | None = None,
) -> int:
    """The characters of the links below ``node`` (``elsewhere``: of those that lead off
    the page's own text, not an ``<a name>`` jump target nor an ``href="#…"`` anchor;
    ``attachments``: not a link to a document file), found in one pass over its elements
    rather than a CSS query (``elements``: those elements with their tags, when the caller
    has them, ``elements_below``)."""
    if elements is not None:
        return sum(
            len(element.text(deep=True))
            for element, tag in elements
            if tag == "a"
            and (
                not (elsewhere or attachments)
                or counts_as_link(element, elsewhere=elsewhere, attachments=attachments)
            )
        )
    below = node.traverse()
    next(below)  # the node itself
    if not (elsewhere or attachments):  # every <a> counts: its tag is the one test
        return sum(len(element.text(deep=True)) for element in below if element.tag == "a")
    return sum(
        len(element.text(deep=True))
        for element in below
        if is_link(element, elsewhere=elsewhere, attachments=attachments)
    )


def jumps_on_page(link: LexborNode) -> bool:
    """Whether ``link`` leads to a place on its own page (``href="#…"``)."""
    href = link.attributes.get("href")
    return href is not None and href.lstrip().startswith("#")


# The ellipses a generator's "More..." link ends with (Doxygen's "More...", "Mehr...",
# "Detaljnije..."): the sign, in any language, of a jump to the entry's full text.
_MORE_ELLIPSES = ("...", "…")


# Such a link is a word or two ("More...", "Plus de détails..."); a longer one is a phrase.
_MORE_LINK_WORDS = 3


def ends_with_ellipsis(text: str) -> bool:
    """Whether ``text`` ends with an ellipsis (a cheap test before ``closing_more_link``)."""
    return text.rstrip().endswith(_MORE_ELLIPSES)


def closing_more_link(node: LexborNode) -> str | None:
    """The text of the link closing ``node`` when it is a jump to the entry's own full text
    on the page: an ``href="#…"`` link of a word or two ending with an ellipsis, after a
    sentence's end, nothing but spaces and line breaks after it ("Opens the connection.
    <a href='#a1'>More...</a>", a reference's summary of a member); else ``None``. Its
    words say where to read on, in any language, not what the entry is."""
    links = node.css("a")
    if not links:
        return None
    link = links[-1]
    words = link.text(deep=True).strip()
    if not ends_with_ellipsis(words) or len(words.split()) > _MORE_LINK_WORDS:
        return None
    href = (link.attributes.get("href") or "").strip()
    if not href.startswith("#") or len(href) == 1:
        return None  # a bare "#" is a script's button (a teaser's "Read more..."), no jump
    element: LexborNode | None = link
    while element is not None and element.mem_id != node.mem_id:
        after = element.next
        while after is not None:
            if after.tag == "-text" and (after.text_content or "").strip():
                return None
            if after.tag not in ("-text", "br"):
                return None
            after = after.next
        element = element.parent
    before = node.text(deep=True).rstrip()[: -len(words)].rstrip()
    return words if before and ends_as_sentence(before) else None


def _leads_elsewhere(link: LexborNode) -> bool:
    href = link.attributes.get("href")
    return href is not None and not href.lstrip().startswith("#")
