"""The article's picture, where the page's metadata names none: the first figure of the
article, and the web address of an image as a page writes it.

Lazy-loading themes leave a placeholder in ``src`` (a data: URI, a one-pixel gif) and put the
picture in ``data-src`` or a ``srcset`` of several widths, the widest of which is the
picture itself. Metadata may write a picture's address relative to the page ("/img/a.jpg",
"//cdn.example.com/a.jpg"): it is joined with the page's address; an address that is no
web address (``javascript:``, ``data:``) is no picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from newsextract.browser_urls import browser_address
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.html import main_scope
from newsextract.origin import Origin
from newsextract.page import ParsedPage, web_address

# Attributes lazy-loading scripts read the picture's address from, the most used first.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    scope = main_scope(page)
    picture = scope.css_first("figure img") if scope is not None else None
    if picture is None:
        return
    source = _source(picture)
    if source:
        yield Candidate(
            field=ArticleField.IMAGE, value=source, origin=Origin.HTML, detail="figure-image"
        )


def _source(image: LexborNode) -> str | None:
    """The picture's address: a lazy-loading attribute's, the widest of a ``srcset``, else
    ``src`` unless it is a placeholder written inline."""
    attributes = image.attributes
    for name in _LAZY_SOURCES:
        value = (attributes.get(name) or "").strip()
        if not value or value.startswith("data:"):
            continue
        return _widest(value) if name.endswith("srcset") else value
    return None


def _widest(srcset: str) -> str | None:
    """The address of a ``srcset``'s widest candidate ("a-400.jpg 400w, a-800.jpg 800w")."""
    best: tuple[float, str] | None = None
    for item in srcset.split(","):
        parts = item.split()
        if not parts:
            continue
        width = parts[1] if len(parts) > 1 else "1x"
        try:
            size = float(width[:-1]) if width[-1] in "wx" else 0.0
        except ValueError:
            size = 0.0
        if best is None or size > best[0]:
            best = (size, parts[0])
    return best[1] if best else None


def image_address(value: str, base: str | None) -> str | None:
    """``value`` as an absolute http(s) address (joined with ``base``, the page's address,
    its inner spaces escaped), or None when it is no web address."""
    value = browser_address(value).strip().replace(" ", "%20")
    if base and not value.startswith(("https://", "http://")):  # absolute: nothing to join
        try:
            value = urljoin(base, value)
        except ValueError:  # a hostile address urllib cannot split ("http://[::1")
            return None
    return web_address(value)
