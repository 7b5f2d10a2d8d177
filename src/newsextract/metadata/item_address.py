"""Whether a JSON-LD article item is another page's: a related story's, a list's teaser, set
on this page with its own address.

A CMS that marks up the stories it links to (a "related" box, the next article) may write
their items alone, without the page's own: the one article item found then names another
page, and its headline is that page's. Its address says so: its ``url`` or
``mainEntityOfPage`` is at another path than the page's address, its canonical link and its
``og:url`` all. Paths are compared loosely (scheme, host, query, fragment, a trailing slash,
an AMP copy's ``amp`` step, ``index.html``, a page's suffix and percent-escapes dropped), and
a home page's address (a template writing the site's root into every item) tells nothing."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage

# The steps an AMP copy or a directory's index adds to an article's path.
_NO_STEPS = frozenset({"amp", "index.html", "index.php", "index.htm"})
# Longer than this, a value is no address (a broken item's text).
_MAX_ADDRESS_CHARS = 2000


def names_another_page(item: dict[str, Any], page: ParsedPage) -> bool:
    """Whether ``item`` gives an address of its own (``url``, else ``mainEntityOfPage``)
    whose path is none of the page's (its address, canonical link, ``og:url``)."""
    own = _item_address(item)
    path = _path(own) if own else None
    if not path:  # no address, or the site's root
        return False
    pages = [page.url] if page.url else []
    pages += [link.attributes.get("href") or "" for link in page.canonical_links]
    pages += page.meta.get("og:url", ())
    known = {_path(address) for address in pages if address}
    known.discard(None)
    return bool(known) and path not in known


def _item_address(item: dict[str, Any]) -> str:
    for key in ("url", "mainEntityOfPage"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith(("http", "/")):
            return value
    return ""


def _path(address: str) -> str | None:
    """The address's path without the steps that name the same page (``_NO_STEPS``), lower
    case; "" for the site's root, None for no address."""
    if len(address) > _MAX_ADDRESS_CHARS:
        return None
    try:
        path = unquote(urlsplit(address.strip()).path)
    except ValueError:
        return None
    steps = [step for step in path.lower().split("/") if step and step not in _NO_STEPS]
    if steps:
        steps[-1] = _PAGE_SUFFIX.sub("", steps[-1])  # "story.html" and "story" alike
    return "/".join(steps)


# A page's file suffix, which one address of a story may write and another not.
_PAGE_SUFFIX = LazyPattern(r"\.(?:s?html?|php|aspx?)$")
