"""The source's name on a partner's copy of its article.

A partner that republishes a story (a syndication network, a regional portal of the same
group) keeps its own masthead, ``og:site_name`` and JSON-LD publisher, but declares by its
canonical link that the article is the source's page on another site, and names that site
in a link to it ("This article originally appeared in <a href=…>The Harbour Ledger</a>").
The publisher of the article is then the source: the site the canonical link points at,
named as the page names it in a link there, when the source's host spells that name.
A page whose canonical link stays on its own site (most pages) is not read further.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsextract.browser_urls import ascii_host
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.copyright_notice import spells_host
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.site_names import site_names_from_url
from newsextract.origin import Origin
from newsextract.page import MAX_URL_CHARS, ParsedPage, host_of
from newsextract.text import clean_text, compare_key

# A site's name is a few words: a longer link text is a headline or a sentence.
_MAX_NAME_CHARS = 60


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    """The source's name when the page's canonical link points at another site's page and
    a link to that site names it (``_named_link``); not when the page's own site name is
    the source's (its page reached by a redirect or a proxy's address, not a copy)."""
    link = next(iter(page.canonical_links), None)
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    if not page.url or not href.startswith("http") or len(href) > MAX_URL_CHARS:
        return
    if host_of(href) == page.site:
        return  # most pages: their own address (no look-up of its domain in the suffix list)
    source = site_names_from_url(href)
    own = site_names_from_url(page.url)
    if not source or not own or source[-1] == own[-1]:
        return
    label = compare_key(source[0]).replace(" ", "")
    if any(spells_host(own_name, label, page.html_lang) for own_name in _own_names(page)):
        return  # the source's own page, reached by another address (a feed's redirect)
    name = _named_link(page, source[-1], label)
    if name:
        yield Candidate(
            field=ArticleField.PUBLISHER, value=name, origin=Origin.HTML, detail="copy-source"
        )


# The <meta> names a page names its own site with.
_SITE_META = ("og:site_name", "application-name")


def _own_names(page: ParsedPage) -> list[str]:
    return [name for key in _SITE_META for name in page.meta.get(key, ())]


def _named_link(page: ParsedPage, domain: str, label: str) -> str | None:
    """The text of the first link to a page on ``domain`` that names the site as its host's
    ``label`` spells it ("The Harbour Ledger", harbourledger.co.uk); None if none does."""
    root = page.body or page.root
    if root is None:
        return None
    tried: set[str] = set()
    site = ascii_host(domain)  # as ``host_of`` spells a link's host
    for anchor in root.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        if domain not in href:
            continue  # most links: told apart without splitting their address
        host = host_of(href)
        if host != site and not host.endswith("." + site):
            continue
        text = clean_text(anchor.text())
        if not 0 < len(text) <= _MAX_NAME_CHARS or text in tried:
            continue
        if spells_host(text, label, page.html_lang):
            return text
        tried.add(text)
        if len(tried) >= _MAX_NAMES_TRIED:
            break
    return None


# A copy links its source a few times (the note naming it, a byline, a "read on" link); a
# page with more links there is the site's own under another address (a blog's country
# domain), where each text spelled out cost ~0.1 ms: a page of 200 posts' links, 20 ms.
_MAX_NAMES_TRIED = 30
