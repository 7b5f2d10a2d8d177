"""One-off helpers: fetch one page, or fetch and extract it."""

from __future__ import annotations

from typing import Unpack

import attrs

from newsextract.article import Article
from newsextract.extract import extract
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import Page
from newsextract.fetching.sync_fetcher import Fetcher
from newsextract.options import ExtractKeywords, options_from


def fetch(url: str, options: FetchOptions | None = None) -> Page:
    """Fetch one page with a fresh ``Fetcher`` (so robots.txt is fetched too).

    For more than a handful of URLs keep one ``Fetcher`` (or ``AsyncFetcher``) open instead:
    it keeps connections, robots.txt and the per-host politeness between calls.
    """
    with Fetcher(options) as fetcher:
        return fetcher.fetch(url)


def extract_url(
    url: str, fetch_options: FetchOptions | None = None, **options: Unpack[ExtractKeywords]
) -> Article:
    """Fetch a page and extract its ``Article``; the keywords are those of ``extract``.

    The page is decoded with the charset of its HTTP ``Content-Type`` header (see
    ``Page.encoding``) and extracted with its final URL, after redirects, and its fetch time
    as ``fetched_at`` (unless given): a relative stamp, "3 hours ago", dates it. Raises a
    ``FetchError`` when the page cannot be fetched, and what ``extract`` raises otherwise.
    """
    # Checked before fetching: a bad value costs no request.
    keywords = {name: value for name, value in options.items() if name != "options"}
    chosen = options_from(options.get("options"), **keywords)
    page = fetch(url, fetch_options)
    if chosen.fetched_at is None:  # a relative stamp ("3 hours ago") is reckoned from it
        chosen = attrs.evolve(chosen, fetched_at=page.fetched_at)
    return extract(page.text, url=page.final_url, options=chosen)
