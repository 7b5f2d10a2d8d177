"""The one options object of ``extract``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from newsextract.rules.model import SiteRule
    from newsextract.rules.registry import RuleRegistry

Favor = Literal["balanced", "precision", "recall"]
BodyMethod = Literal["auto", "newsextract", "trafilatura", "none"]


def _rules(value: Iterable[SiteRule] | RuleRegistry) -> tuple[SiteRule, ...] | RuleRegistry:
    return value if hasattr(value, "match") else tuple(value)  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class ExtractOptions:
    """How ``extract`` works on a page.

    ``favor`` leans the body extractor towards precision (less boilerplate, may cut a
    paragraph) or recall (every paragraph, may keep some boilerplate). ``body`` picks the body
    extractor: ``auto`` is newsextract's own with trafilatura as the fallback when it finds
    nothing; ``none`` skips the body for metadata-only runs. ``date_search`` lets the date vote
    read dates written in words (dateparser) and ask htmldate when the page's machine-readable
    dates are missing or disagree; switch it off for speed when metadata dates suffice.
    ``language`` is a hint (ISO 639-1) used when the page does not say. ``rules`` are site
    rules that take precedence over the installed and built-in ones (a list of ``SiteRule``
    or a ``RuleRegistry``); ``default_rules=False`` leaves the installed and built-in ones out.
    """

    favor: Favor = "balanced"
    body: BodyMethod = "auto"
    date_search: bool = True
    language: str | None = None
    rules: tuple[SiteRule, ...] | RuleRegistry = attrs.field(default=(), converter=_rules, eq=False)
    default_rules: bool = True
