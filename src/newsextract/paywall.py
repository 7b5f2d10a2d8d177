"""Is the article behind a paywall (or its body cut short)?

Three kinds of evidence, any one is enough, and which one it is goes into the candidate's
provenance: the page's content tier (``article:content_tier`` locked/metered), a body far
shorter than the ``wordCount`` the page declares (both ``html:paywall``), or paywall markup
in the page (``html:paywall-markup``), which templates also leave on free articles, so a
page declaring itself free in its JSON-LD overrules it (``resolve``). The JSON-LD's own
``isAccessibleForFree`` is read with the other JSON-LD fields.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.name_lists import PAYWALL, html_tokens
from newsextract.page import ParsedPage
from newsextract.text import word_count as text_words

_LOCKED_TIERS = frozenset({"locked", "metered", "premium", "subscriber", "paid"})
TRUNCATED_SHARE = 0.5  # a body under half the declared word count was cut short
# What the evidence is, as the candidate's detail.
STATED = "paywall"
MARKUP = "paywall-markup"
# Class names a content system gives a post for each of its tags and sections ("tag-paywall"
# on an article about paywalls): they name a topic, not the page's paywall.
_TAXONOMY_PREFIXES = ("tag-", "category-", "topic-", "tags-")
# Elements tried past the first whose paywall name is a topic's.
_MARKUP_TRIES = 8


def paywall_evidence(page: ParsedPage, word_count: int | None, body: str) -> str | None:
    """``STATED`` or ``MARKUP`` when the page shows its article is not given away whole, the
    stronger first; None without evidence."""
    tier = page.meta_first("article:content_tier")
    if tier and tier.strip().lower() in _LOCKED_TIERS:
        return STATED
    # Short in words between spaces and in ``word_count``'s too (read only then): a Chinese or
    # Japanese page declares its length in characters, and its body has few spaces to split.
    if (
        word_count
        and len(body.split()) < TRUNCATED_SHARE * word_count
        and text_words(body) < TRUNCATED_SHARE * word_count
    ):
        return STATED
    markup = PAYWALL.for_page(page.names, page.names_by_attribute)
    if markup and any(names_paywall(node) for node in page.tree.css(markup)[:_MARKUP_TRIES]):
        return MARKUP
    return None


def names_paywall(node: LexborNode) -> bool:
    """Whether the element's class or id names a paywall, not a topic of that name."""
    attributes = node.attributes
    names = html_tokens(f"{attributes.get('class') or ''} {attributes.get('id') or ''}")
    return any(
        word in name.lower() and not name.lower().startswith(_TAXONOMY_PREFIXES)
        for name in names
        for word in PAYWALL.words
    )
