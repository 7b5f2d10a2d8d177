"""The fetch layer: URLs in, decoded pages out, politely.

``Fetcher`` (sync) and ``AsyncFetcher`` (async, with ``fetch_many``) share the rules set by
one ``FetchOptions``: per-host concurrency and delay, robots.txt, retries with backoff,
timeouts, a size cap, an HTML-only gate, redirects, an optional HTTP cache and an optional
refusal of private addresses. Module by module:

- ``options``: ``FetchOptions``
- ``page``: ``Page``, ``FetchFailure``, ``Validators`` (conditional fetches), content-type
  checks and decoding
- ``politeness``: per-host slots and start times, the global limit
- ``robots``: robots.txt rules and their per-origin cache
- ``retry``: which failures are retried and after how long
- ``stream``: body reading with a size cap that holds after decoding, whatever the coding
- ``dns``: resolving hosts, and refusing private, loopback and link-local addresses
- ``transport``: the fetchers' own connections: resolved and checked, bounded by the deadline
- ``http``: what both fetchers share (requests, responses, redirects, errors)
- ``sync_fetcher``, ``async_fetcher``: the two drivers
- ``api``: ``fetch`` and ``extract_url``
"""

from newsextract.fetching.api import extract_url, fetch
from newsextract.fetching.async_fetcher import AsyncFetcher
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import FetchFailure, Page, Validators
from newsextract.fetching.sync_fetcher import Fetcher

__all__ = [
    "AsyncFetcher",
    "FetchFailure",
    "FetchOptions",
    "Fetcher",
    "Page",
    "Validators",
    "extract_url",
    "fetch",
]
