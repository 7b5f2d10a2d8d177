"""Small text helpers shared by the stages: whitespace, comparison keys."""

from __future__ import annotations

import html
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_WORD = re.compile(r"\w+")


def clean_text(value: str | None) -> str:
    """Collapse whitespace, drop invisible characters and decode stray HTML entities."""
    if not value:
        return ""
    if "&" in value:
        value = html.unescape(value)
    return _SPACE.sub(" ", value.translate(_INVISIBLE)).strip()


def compare_key(value: str) -> str:
    """A key for loose equality: case, accents' forms and punctuation ignored."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", value).casefold()))


def words(value: str) -> list[str]:
    return _WORD.findall(value.casefold())
