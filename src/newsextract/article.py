"""The frozen ``Article`` record and its JSON form."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from newsextract.body.model import Block
from newsextract.record_checks import check_article


class ReadOnlyDict(dict[str, str]):
    """A dict that refuses changes: the record stays frozen, and it pickles (worker pools,
    Dask), which a ``MappingProxyType`` does not."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("Article.provenance is read-only; use attrs.evolve to change it")

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[ReadOnlyDict], tuple[dict[str, str]]]:
        return (ReadOnlyDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return value if isinstance(value, ReadOnlyDict) else ReadOnlyDict(value)


#: The metadata fields of an Article, in reading order (what rules may set, what renders show).
METADATA_FIELDS = (
    "title",
    "lead",
    "byline",
    "authors",
    "published",
    "modified",
    "publisher",
    "source",
    "tags",
    "categories",
    "language",
    "image",
    "canonical_url",
)


@attrs.frozen(kw_only=True)
class Article:
    """One news article as extracted from a page.

    Every field is optional: a page without an article still yields a record with what could
    be found. ``provenance`` maps each filled field to where its value came from (``jsonld``,
    ``opengraph``, ``meta``, ``microdata``, ``html``, ``text``, ``url``, ``rule:<name>``...);
    its ``page`` entry, when there, tells the page was cut to its element budget
    (``cut:elements:20000-of-99002``: what followed was not read).
    ``body`` is plain text, paragraphs separated by one blank line; ``body_blocks`` keeps its
    structure (headings and their levels, nested and numbered lists, table rows as cells,
    code with its language, quotes, definition lists, figure captions) for
    ``body_markdown()`` and ``body_html()``. ``is_paywalled`` is True when the page marks the
    article as not free or the body is far shorter than the length the page declares.
    ``rule`` names the site rule that matched the page, if any (its fields' provenance reads
    ``rule:<name>``).
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    lead: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    publisher: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    language: str | None = None
    image: str | None = None
    body: str = ""
    is_paywalled: bool = False
    body_blocks: tuple[Block, ...] = attrs.field(default=(), repr=False)
    rule: str | None = None
    provenance: Mapping[str, str] = attrs.field(
        factory=dict, converter=_frozen_mapping, eq=True, hash=False
    )

    def body_markdown(self) -> str:
        """The body as Markdown: headings, nested and numbered lists, quotes, fenced code,
        GitHub tables, definition lists and captions (in italics), text escaped."""
        from newsextract.body.render import to_markdown  # loaded by the first rendering

        return to_markdown(self.body_blocks)

    def body_html(self) -> str:
        """The body as clean HTML: only structural tags, text escaped, no attributes but a code
        block's ``class="language-x"``."""
        from newsextract.body.render import to_html

        return to_html(self.body_blocks)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ISO 8601 dates, lists for tuples, plain dict for provenance.

        ``body_blocks`` is left out (``body`` holds the text; use ``body_markdown()`` or
        ``body_html()`` for the structure).
        """
        check_article(self)  # a hand-built record of wrong types: one typed error
        out: dict[str, Any] = {}
        for field in attrs.fields(Article):
            if field.name == "body_blocks":
                continue
            value = getattr(self, field.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Mapping):
                value = dict(value)
            out[field.name] = value
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The ``to_dict`` form as a JSON string (UTF-8 text, not ASCII-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
