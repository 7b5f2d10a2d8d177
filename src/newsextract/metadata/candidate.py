"""A candidate value for one Article field, and where it came from."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsextract.metadata.fields import FieldName, field_name
from newsextract.origin import Origin

Value = str | datetime | tuple[str, ...] | bool


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

    @provenance.default
    def _provenance(self) -> str:
        return f"{self.origin.value}:{self.detail}" if self.detail else self.origin.value
