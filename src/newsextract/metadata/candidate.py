"""A candidate value for one Article field, and where it came from."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsextract.origin import Origin

Value = str | datetime | tuple[str, ...] | bool


@attrs.frozen(kw_only=True)
class Candidate:
    """One source's answer for one field; ``detail`` names the exact key or selector."""

    field: str
    value: Value
    origin: Origin
    detail: str = ""

    @property
    def provenance(self) -> str:
        return f"{self.origin.value}:{self.detail}" if self.detail else self.origin.value
