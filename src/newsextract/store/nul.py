"""NUL characters in what the store writes.

PostgreSQL's text holds no NUL (psycopg refuses it: "PostgreSQL text fields cannot contain
NUL (0x00) bytes"), SQLite's does; a hand-built Article or page check may hold one, which
``extract`` never gives (its parser reads a NUL as U+FFFD). So both stores write the text
without it, the same article in either: the headline, body, tags and every other text of
the Article, and a check's error, message and validators. An address holding one (the
article's URL or canonical URL, the check's URL or final URL) is no page's: ``Store``
makes ``NulAddress`` a ``StoreError``, as it does for a location holding one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsextract.article import Article
from newsextract.store.records import PageCheck

#: Fields that are addresses: a NUL in one is refused, not removed (it would name another page).
_ARTICLE_ADDRESSES = ("url", "canonical_url")
_CHECK_ADDRESSES = ("url", "final_url")
#: Fields written as they are (body_blocks are not stored: ``body`` is).
_NOT_WRITTEN = ("body_blocks",)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, tuple):
        return any(isinstance(item, str) and "\x00" in item for item in value)
    if isinstance(value, Mapping):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    return False


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, tuple):
        return tuple(_without_nul(item) for item in value)
    if isinstance(value, Mapping):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    return value


class NulAddress(ValueError):
    """An address holding a NUL; its text is the address, NULs written ``\\x00``."""


def refuse_address(value: str | None) -> None:
    """``NulAddress`` for an address holding a NUL."""
    if value is not None and "\x00" in value:
        raise NulAddress(value.replace("\x00", "\\x00"))


def _refuse_addresses(record: Any, names: tuple[str, ...]) -> None:
    for name in names:
        refuse_address(getattr(record, name))


def article_without_nul(article: Article) -> Article:
    """``article`` with no NUL in its texts (itself when it has none); ``NulAddress`` for
    an address holding one."""
    _refuse_addresses(article, _ARTICLE_ADDRESSES)
    changed = {
        field.name: _without_nul(getattr(article, field.name))
        for field in attrs.fields(Article)
        if field.name not in _NOT_WRITTEN and _has_nul(getattr(article, field.name))
    }
    return attrs.evolve(article, **changed) if changed else article


def check_without_nul(check: PageCheck) -> PageCheck:
    """``check`` with no NUL in its texts; ``NulAddress`` for an address holding one."""
    _refuse_addresses(check, _CHECK_ADDRESSES)
    changed = {
        field.name: _without_nul(getattr(check, field.name))
        for field in attrs.fields(PageCheck)
        if _has_nul(getattr(check, field.name))
    }
    return attrs.evolve(check, **changed) if changed else check


def without_nul(text: str | None) -> str | None:
    """``text`` without NUL characters."""
    return text.replace("\x00", "") if text is not None else None
