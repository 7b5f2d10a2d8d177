"""Article-looking links on a page: the fallback when a site has no feed or sitemap.

Section fronts link to articles, sections, tags, authors and everything else. Article URLs
tend to be deep, end in a long slug of several words or an id, or carry a date; index pages
are short or named like one.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newsextract.discovery.model import DiscoveredURL
from newsextract.discovery.urls import content_address, normalize_url, same_site
from newsextract.page_limits import readable_markup
from newsextract.text import clean_text

logger = logging.getLogger(__name__)

_INDEX_SEGMENTS = re.compile(
    r"^(?:tag|tags|topic|topics|category|categories|author|authors|autor|auteur|section|"
    r"sections|page|search|login|register|subscribe|abo|newsletter|about|contact|impressum|"
    r"datenschutz|privacy|terms|cookies|feed|rss|video|videos|gallery|galleries|live|"
    r"podcast|podcasts|events|jobs|shop|account|user|wp-login\.php|cdn-cgi)$",
    re.I,
)
# Words whose one-segment child is a listing of other pages, never an article (``/tag/x``);
# a content word such as "video" or "live" is left out: ``/live/election-night`` is one.
_LISTING_SEGMENTS = re.compile(
    r"^(?:tag|tags|topic|topics|category|categories|author|authors|autor|auteur|section|"
    r"sections|page|search|user|account|feed|rss)$",
    re.I,
)
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)")
_ID_IN_PATH = re.compile(r"(?:\d{5,}|[-_.]id[-_]?\d+|\.html?$)")
_MEDIA = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|zip|css|js|xml)$", re.I)


def looks_like_article(url: str) -> bool:
    path = urlsplit(url).path
    if _MEDIA.search(path):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments or any(_INDEX_SEGMENTS.match(s) for s in segments[:-1] + segments[-1:]):
        return False
    last = segments[-1]
    words = len(re.findall(r"[^\W\d_]+", last))
    return (
        bool(_DATE_IN_PATH.search(path))
        or words >= 4
        or (len(segments) >= 2 and bool(_ID_IN_PATH.search(path)))
    )


def non_article_reason(url: str) -> str | None:
    """Why a listed URL is no article, from its path alone (None: nothing against it).

    Only what the path states is used, since discovery fetches no page: a media file, the
    site's root, a page named as an index or a service page (``/about``, ``/impressum``) and
    the listings under a listing word (``/tag/elections``, ``/author/jane-doe``, ``/page/2``).
    A deeper path (``/tag/2024/05/…``) may be an article and stays."""
    path = urlsplit(url).path
    media = _MEDIA.search(path)
    if media:
        return f"a {media.group(0)} file, not a page"
    segments = [s for s in path.split("/") if s]
    if not segments:
        return "the site's home page"
    if _INDEX_SEGMENTS.match(segments[-1]):
        return f"an index or service page (/{segments[-1]})"
    if len(segments) == 2 and _LISTING_SEGMENTS.match(segments[0]):
        return f"a listing page (/{segments[0]}/…)"
    return None


#: Links read from one page: the busiest home pages hold a few thousand. A hostile one of 40
#: MB (discovery accepts 50) held a million, which took 20 s and 1 GB to read.
MAX_PAGE_LINKS = 20_000


def article_links(html: str, page_url: str) -> list[DiscoveredURL]:
    """Same-site links that look like articles, in page order, each once; of the page's
    first ``MAX_PAGE_LINKS`` links (a warning says when there are more)."""
    tree = LexborHTMLParser(readable_markup(html))
    seen: set[str] = set()
    found: list[DiscoveredURL] = []
    links = tree.css("a[href]")
    if len(links) > MAX_PAGE_LINKS:
        logger.warning(
            "discovery: %s has %s links; the first %s are read",
            page_url,
            f"{len(links):,}",
            f"{MAX_PAGE_LINKS:,}",
        )
    for node in links[:MAX_PAGE_LINKS]:
        url = normalize_url(content_address(node.attributes.get("href") or ""), page_url)
        if url is None or url in seen or not same_site(url, page_url):
            continue
        seen.add(url)
        if looks_like_article(url):
            title = clean_text(node.text(deep=True, separator=" ")) or None
            found.append(DiscoveredURL(url=url, title=title, source=page_url, via="links"))
    return found
