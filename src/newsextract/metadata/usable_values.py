"""The value a plain field gets from a candidate (its items cleaned, its language a code, its
address one a caller can fetch), or why the candidate is unusable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsextract.browser_urls import browser_address
from newsextract.language import primary_code
from newsextract.metadata.candidate import Value
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.name_cleaning import unique_names
from newsextract.metadata.tags import without_accent_twins
from newsextract.page import web_address
from newsextract.text import clean_text

if TYPE_CHECKING:
    pass

F = ArticleField


def usable_value(field: ArticleField, value: Value) -> tuple[Value | None, str]:
    """The value a plain field gets from a candidate, or why the candidate is unusable."""
    if field in (F.TAGS, F.CATEGORIES):
        items = unique_names(
            clean_text(i) for i in (value if isinstance(value, tuple) else (str(value),))
        )
        if field is F.TAGS:
            items = without_accent_twins(items)
        return (items, "") if items else (None, "no item left after cleaning")
    if field is F.LANGUAGE:
        code = language_code(str(value))
        return (code, "") if code else (None, f"{value!r} is not a language code")
    if field is F.CANONICAL_URL:
        # A page names itself in og:url, a link or JSON-LD as it likes: "javascript:",
        # "file:///etc/passwd" or "http://[::1" is no address for a caller to fetch or store.
        address = web_address(browser_address(str(value)))
        return (address, "") if address else (None, f"{value!r} is not a web address")
    if value in (None, "", ()):
        return None, "empty"
    return value, ""


def language_code(value: str) -> str | None:
    """The ISO 639-1 code of a language tag or locale ("fr" of "fr_FR"), or its ISO 639-3
    code where the language has none ("ceb"); see ``language.primary_code``."""
    return primary_code(value)
