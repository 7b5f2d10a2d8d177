"""The one options object of ``extract``."""

from __future__ import annotations

from typing import Literal

import attrs

Favor = Literal["balanced", "precision", "recall"]
BodyMethod = Literal["auto", "newsextract", "trafilatura", "none"]


@attrs.frozen(kw_only=True)
class ExtractOptions:
    """How ``extract`` works on a page.

    ``favor`` leans the body extractor towards precision (less boilerplate, may cut a
    paragraph) or recall (every paragraph, may keep some boilerplate). ``body`` picks the body
    extractor: ``auto`` is newsextract's own with trafilatura as the fallback when it finds
    nothing; ``none`` skips the body for metadata-only runs. ``text_dates`` allows reading dates
    written in words (slower, through dateparser) when the page has no machine-readable date.
    """

    favor: Favor = "balanced"
    body: BodyMethod = "auto"
    text_dates: bool = True
    language: str | None = None
