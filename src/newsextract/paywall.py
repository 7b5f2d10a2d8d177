"""Is the article behind a paywall (or its body cut short)?

Three kinds of evidence, any one is enough: the page says so in structured data
(``isAccessibleForFree: false``, ``article:content_tier`` locked/metered), paywall markup sits
in the page, or the body holds far fewer words than the ``wordCount`` the page declares.
"""

from __future__ import annotations

from newsextract.name_lists import PAYWALL
from newsextract.page import ParsedPage

_LOCKED_TIERS = frozenset({"locked", "metered", "premium", "subscriber", "paid"})
TRUNCATED_SHARE = 0.5  # a body under half the declared word count was cut short


def is_paywalled(
    page: ParsedPage, declared_free: bool | None, word_count: int | None, body: str
) -> bool:
    """True when any evidence says the page does not give the whole article away."""
    if declared_free is False:
        return True
    tier = page.meta_first("article:content_tier")
    if tier and tier.strip().lower() in _LOCKED_TIERS:
        return True
    if word_count and len(body.split()) < TRUNCATED_SHARE * word_count:
        return True
    markup = PAYWALL.for_page(page.names)
    return bool(markup) and page.tree.css_first(markup) is not None
