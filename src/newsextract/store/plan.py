"""Which discovered URLs an incremental crawl fetches, and how.

A URL the store has not seen is fetched. A stored one is fetched again only when it is due:
its feed or sitemap gives a ``lastmod`` newer than what the store last saw, the re-check
interval has passed since its last check, or its last fetch failed. A stored page is
fetched conditionally, with its validators, so an unchanged one costs a 304 and no
extraction. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Literal

import attrs

from newsextract.discovery.dates import aware
from newsextract.discovery.model import DiscoveredURL
from newsextract.fetching.page import Validators
from newsextract.store.records import StoredPage

Reason = Literal["new", "lastmod", "recheck", "retry"]


@attrs.frozen(kw_only=True)
class Due:
    """A URL to fetch, why, and what the store has of it (for the conditional request and
    the unchanged-body check)."""

    url: str
    reason: Reason
    source_modified: datetime | None = None
    validators: Validators | None = None
    content_hash: str | None = None


def due(
    found: Iterable[DiscoveredURL],
    stored: Mapping[str, StoredPage],
    *,
    now: datetime,
    recheck_after: timedelta | None = None,
) -> tuple[list[Due], int]:
    """The URLs of ``found`` to fetch, in discovery order, and how many are skipped."""
    fetch: list[Due] = []
    skipped = 0
    for item in found:
        page = stored.get(item.url)
        reason = _reason(item, page, now, recheck_after)
        if reason is None:
            skipped += 1
            continue
        modified = aware(item.modified) if item.modified else None
        if page is None or reason == "retry":
            # A retry is fetched and extracted whole: the failure replaced what the page gave.
            fetch.append(Due(url=item.url, reason=reason, source_modified=modified))
            continue
        validators = Validators(etag=page.etag, last_modified=page.last_modified)
        fetch.append(
            Due(
                url=item.url,
                reason=reason,
                source_modified=modified,
                validators=validators if validators.request_headers() else None,
                content_hash=page.content_hash,
            )
        )
    return fetch, skipped


def _reason(
    item: DiscoveredURL,
    page: StoredPage | None,
    now: datetime,
    recheck_after: timedelta | None,
) -> Reason | None:
    if page is None:
        return "new"
    if page.outcome == "error":
        return "retry"
    seen = page.source_modified or page.checked_at
    if item.modified is not None and aware(item.modified) > seen:
        return "lastmod"
    if recheck_after is not None and now - page.checked_at >= recheck_after:
        return "recheck"
    return None
