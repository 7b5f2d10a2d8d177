"""An ``Article`` to the store's JSON text and back, and the keys the store derives from it."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsextract import sites
from newsextract.article import Article
from newsextract.browser_urls import browser_host
from newsextract.discovery.urls import fits_url_limit

#: Fields whose JSON form is ISO 8601 text, read back as datetimes.
_DATES = frozenset({"published", "modified"})
_TUPLES = frozenset(
    name for name, value in attrs.asdict(Article(), recurse=False).items() if value == ()
) - {"body_blocks"}


def to_json(article: Article) -> str:
    """The article's ``to_dict`` form (``body_blocks`` are not kept: ``body`` is)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def read_json(text: str) -> Any:
    """A stored column's JSON; a ValueError (the store's read and write errors) for text
    nested past the decoder's stack: a row edited on disk to "[[[[..." 100,000 deep raised
    a RecursionError out of every read of the store."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("stored JSON nested too deep to read") from exc


def from_json(text: str) -> Article:
    """The ``Article`` of ``to_json``'s text; keys this version does not know are dropped."""
    data: dict[str, Any] = read_json(text)
    known = {field.name for field in attrs.fields(Article)} - {"body_blocks"}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or value is None:
            continue
        if name in _DATES:
            value = datetime.fromisoformat(value)
        elif name in _TUPLES:
            value = tuple(value)
        values[name] = value
    return Article(**values)


def site_of(url: str) -> str:
    """The site an URL belongs to: the host a browser opens (``browser_host``: lower case,
    an IDN in its ``xn--`` form, no trailing dot), without ``www.``. Read by ``urlsplit``,
    "https://evil.example\\@news.example/" was filed under news.example, and a site
    spelt ``BÜCHER.example`` and ``xn--bcher-kva.example`` under two. An address urllib
    cannot split ("http://[::1") names no page: its ValueError is the store's error."""
    urlsplit(url)
    return browser_host(url).removeprefix("www.")


def canonical_url(article: Article, page_url: str, *, fallback: str | None = None) -> str:
    """The key of the article's row: its canonical URL, unless that is a site's home page
    (a template's mistake that would fold every article into one), longer than an address
    can be (``MAX_URL_BYTES``: a hostile page's) or on another site than the page (see
    ``same_site``), else the page's URL; ``fallback`` (the address the page was asked for)
    when even that is too long (a redirect's target)."""
    canonical = article.canonical_url
    if canonical and not same_site(canonical, page_url):
        canonical = None
    for candidate in (canonical, article.url, page_url):
        if candidate and urlsplit(candidate).path.strip("/") and fits_url_limit(candidate):
            return candidate
    return fallback if fallback is not None and fits_url_limit(fallback) else page_url


def same_site(url: str, page_url: str) -> bool:
    """Whether ``url`` is on the page's site: the same host (``www.`` aside), or one a
    subdomain of the other (a mobile page's canonical desktop one). A canonical link is the
    page's own word: one naming another site's address made this page a revision of that
    site's article (its headline and body replaced by any page claiming it)."""
    # the hosts a browser opens (``browser_host``; "" for an unclosed IPv6 host): a page
    # given as "https://evil.example\\.news.example/x" is on evil.example, not under
    # news.example, whose article its canonical link would otherwise take
    host, page_host = browser_host(url), browser_host(page_url)
    if not host or not page_host:
        return False
    # not across a public suffix: a blog at x.github.io naming github.io's page, or another
    # tenant's, took that page's row (``sites.same_site``)
    return sites.same_site(host, page_host)


def digest(text: str | bytes) -> str:
    """SHA-256, hex: the content, body and version hashes."""
    data = text.encode() if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def body_hash(article: Article) -> str:
    """The hash of the body's words (spacing ignored): exact copies share it."""
    return digest(" ".join(article.body.split()))


def version_hash(article: Article) -> str:
    """What makes a new revision: the headline or the body changed."""
    return digest(f"{article.title or ''}\0{' '.join(article.body.split())}")


#: Fields compared to tell what changed between two revisions (``provenance`` is how, not
#: what, and is left out).
COMPARED = tuple(
    field.name for field in attrs.fields(Article) if field.name not in ("provenance", "body_blocks")
)


def changed_fields(before: Article, after: Article) -> tuple[str, ...]:
    return tuple(name for name in COMPARED if getattr(before, name) != getattr(after, name))
