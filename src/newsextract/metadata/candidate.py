"""A candidate value for one Article field, and where it came from."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsextract.metadata.fields import ArticleField, Evidence, FieldName, field_name
from newsextract.origin import Origin

Value = str | datetime | tuple[str, ...] | bool

#: Characters of a value: the longest real title, name or byline is a few hundred (187 on
#: the dev pages); a longer value is a page's text or a hostile one, and the regexes reading
#: titles and names cost more than linear time on it (a 5 MB ``<meta name=author>`` ran for
#: minutes). A longer value is cut to its budget.
MAX_VALUE_CHARS = 2_000
#: ... but a standfirst may be a few paragraphs long.
MAX_LEAD_CHARS = 10_000
#: Items of a list value: three times the longest real list seen (157 tags on a dev page);
#: past it a list is keyword stuffing, and each item costs its own cleaning.
MAX_ITEMS = 500
# Values read whole: the body text JSON-LD gives, and addresses (cutting one breaks it).
_UNBOUNDED: frozenset[FieldName] = frozenset(
    {Evidence.ARTICLE_BODY, ArticleField.IMAGE, ArticleField.CANONICAL_URL}
)


def _within_budget(value: Value, field: FieldName) -> Value:
    """``value`` cut to its field's budget (see ``MAX_VALUE_CHARS``)."""
    if isinstance(value, str):
        if len(value) <= MAX_VALUE_CHARS or field in _UNBOUNDED:
            return value
        budget = MAX_LEAD_CHARS if field is ArticleField.LEAD else MAX_VALUE_CHARS
        return value[:budget]
    if isinstance(value, tuple) and (
        len(value) > MAX_ITEMS or any(len(item) > MAX_VALUE_CHARS for item in value)
    ):
        return tuple(item[:MAX_VALUE_CHARS] for item in value[:MAX_ITEMS])
    return value


@attrs.frozen(kw_only=True)
class Candidate:
    """One source's answer for one field; ``detail`` names the exact key or selector.

    ``field`` is given as its name ("title") or enum member and kept as the enum member
    (``ArticleField`` or ``Evidence``), which compares equal to the name.
    """

    field: FieldName = attrs.field(converter=field_name)
    value: Value
    origin: Origin
    detail: str = ""
    provenance: str = attrs.field(init=False, eq=False, repr=False)
    """``origin:detail`` ("jsonld:headline"), or the origin alone: how the resolution table
    and ``Article.provenance`` name the source. Written once: resolution reads it for every
    candidate of every field it ranks (about 80 reads a page)."""

    def __attrs_post_init__(self) -> None:
        # Set here, not by a ``@provenance.default`` method: mypy's attrs plugin removes
        # that decorator from the method it type-checks, so the compiled build (mypyc, which
        # builds from mypy's tree) never applies it and the attribute is never set. str() of
        # the StrEnum member is its value, read in C (``.value`` is a Python-level property).
        origin = str(self.origin)
        object.__setattr__(self, "provenance", f"{origin}:{self.detail}" if self.detail else origin)
        value = self.value
        if value.__class__ is str and len(value) <= MAX_VALUE_CHARS:
            return  # most values: no call for them (22,000 on the 448 pages of a set)
        capped = _within_budget(value, self.field)
        if capped is not value:
            object.__setattr__(self, "value", capped)  # frozen: set once, while created
