"""trafilatura as a body extractor: the fallback, and the reference we measure against."""

from __future__ import annotations

import logging

from newsextract.body.model import Block, BlockKind, Body

logger = logging.getLogger(__name__)


def trafilatura_body(html: str, url: str | None) -> Body:
    """The body as trafilatura sees it; an empty ``Body`` if it finds nothing or fails."""
    import trafilatura  # deferred: importing it costs ~0.5 s

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, include_tables=True
        )
    except TimeoutError:  # a time limit (the batch's per page) ends the page, not the body
        raise
    except Exception as exc:  # trafilatura raises many kinds; a body failure is not fatal
        logger.debug("trafilatura failed: %s", exc)
        return Body(method="trafilatura")
    text = getattr(document, "text", None) or ""
    blocks = tuple(
        Block(kind=BlockKind.PARAGRAPH, text=line.strip())
        for line in text.split("\n")
        if line.strip()
    )
    return Body(blocks=blocks, method="trafilatura")
