"""A mail-list archive's sender: the name a message page sets right before the sender's
address link, under the subject heading: in bold (pipermail: ``<H1>Subject</H1><B>Ann
Holloway</B> <A HREF="mailto:…">ann at example.org</A>``) or after a header's label
(hypermail: ``<span id="from"><dfn>From</dfn>: Ann Holloway &lt;<a href="mailto:…">``).
Such a page has no byline label nor class; the name beside the address is its writer."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_dates
from newsextract.metadata.byline_openings import names_a_person
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# The candidate's detail: ``text:mail-sender``.
MAIL_SENDER = "mail-sender"
# The elements after the subject heading looked at: the sender comes first in pipermail, a
# line or two of list furniture ("Previous message") only after the address and the date.
_AFTER_HEADLINE = 3
_BOLD = frozenset({"b", "strong"})
# Text and comments between the elements (hypermail writes the headers as comments too).
_NOT_ELEMENTS = frozenset({"-text", "-comment"})
_MAX_NAME_CHARS = 60  # a name of four long words


def mail_sender(page: ParsedPage) -> tuple[str, str] | None:
    """The bold name right before a ``mailto:`` link among the first elements after the
    page's first headline that names a person (``names_a_person``: two to four capitalised
    words, a given name first, read as one name; a press release's "Media Contact" before
    its desk's address is no one's)."""
    headlines = page.headlines
    if not headlines:
        return None
    sibling, seen = headlines[0].next, 0
    while sibling is not None and seen < _AFTER_HEADLINE:
        if sibling.tag in _NOT_ELEMENTS:
            sibling = sibling.next
            continue
        seen += 1
        if sibling.tag in _BOLD and _mail_link(_next_element(sibling)):
            bold = clean_text(sibling.text(deep=True, separator=" "))
            if len(bold) <= _MAX_NAME_CHARS and names_a_person(bold) and _dated(sibling):
                return MAIL_SENDER, bold
            return None
        if (header := _header_sender(sibling)) is not None and _dated(sibling):
            return MAIL_SENDER, header
        sibling = sibling.next
    return None


# The elements from the sender's read for the message's date: pipermail's is in the
# ``<I>`` after the address link and a ``<BR>``, hypermail's in the same header block.
_DATE_REACH = 4


def _dated(node: LexborNode) -> bool:
    """Whether the sender's element or one of the few after it shows a date: a message's
    header names its sender and its day, a press release's contact line no day."""
    current: LexborNode | None = node
    seen = 0
    while current is not None and seen < _DATE_REACH:
        if current.tag not in _NOT_ELEMENTS:
            seen += 1
            if next(find_text_dates(current.text(deep=True)), None) is not None:
                return True
        current = current.next
    return False


# A message's header block is a few short lines (from, date, subject, reply-to).
_MAX_HEADERS_CHARS = 400
# What a header line sets between the sender's name and the address: "Ann Holloway <…>",
# "Ann Holloway (…)".
_ADDRESS_OPENINGS = " <(«\u2039"


def _header_sender(block: LexborNode) -> str | None:
    """The name in a short header block right before its first ``mailto:`` link, after the
    header's label and colon ("From: Ann Holloway <ann_at_…>", in any language: the label
    is the text up to the colon), when it names a person."""
    if len(block.text(deep=True)) > _MAX_HEADERS_CHARS:
        return None
    link = block.css_first('a[href^="mailto:" i]')
    before = link.prev if link is not None else None
    if before is None or before.tag != "-text":
        return None
    text = (before.text_content or "").rstrip().rstrip(_ADDRESS_OPENINGS)
    name = clean_text(text.rpartition(":")[2])
    return name if len(name) <= _MAX_NAME_CHARS and names_a_person(name) else None


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node``, past white space (any other text between them: none)."""
    following = node.next
    while following is not None and following.tag == "-text":
        if (following.text_content or "").strip():
            return None
        following = following.next
    return following


def _mail_link(node: LexborNode | None) -> bool:
    if node is None or node.tag != "a":
        return False
    return (node.attributes.get("href") or "").lstrip()[:7].casefold() == "mailto:"
