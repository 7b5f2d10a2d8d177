"""A mail-list archive's sender: the name a message page sets in bold right before the
sender's address link, under the subject heading (pipermail's and MHonArc-like layouts:
``<H1>Subject</H1><B>Ann Holloway</B> <A HREF="mailto:…">ann at example.org</A>``). Such a
page has no byline label nor class; the bold name beside the address is its writer."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.metadata.byline_openings import names_a_person
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# The candidate's detail: ``text:mail-sender``.
MAIL_SENDER = "mail-sender"
# The elements after the subject heading looked at: the sender comes first in pipermail, a
# line or two of list furniture ("Previous message") only after the address and the date.
_AFTER_HEADLINE = 3
_BOLD = frozenset({"b", "strong"})
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
        if sibling.tag == "-text":
            sibling = sibling.next
            continue
        seen += 1
        if sibling.tag in _BOLD and _mail_link(_next_element(sibling)):
            name = clean_text(sibling.text(deep=True, separator=" "))
            if len(name) <= _MAX_NAME_CHARS and names_a_person(name):
                return MAIL_SENDER, name
            return None
        sibling = sibling.next
    return None


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
