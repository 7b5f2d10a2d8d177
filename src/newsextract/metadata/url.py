"""Candidates from the URL itself: a date in the path, as many CMSs write it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from newsextract.dates import in_bounds
from newsextract.metadata.candidate import Candidate
from newsextract.origin import Origin
from newsextract.page import ParsedPage

_HOST_PREFIXES = frozenset({"www", "m", "amp", "mobile", "edition", "web", "news"})


def site_label(url: str) -> str | None:
    """The site's own label in its host name ("lemonde" for www.lemonde.fr): the publisher of
    last resort, when the page names none."""
    host = (urlsplit(url).hostname or "").lower()
    labels = [label for label in host.split(".") if label and label not in _HOST_PREFIXES]
    if len(labels) < 2 or labels[-1].isdigit():
        return None
    # "bbc.co.uk", "abc.net.au": skip a generic second-level label before a country code.
    if len(labels) >= 3 and labels[-2] in ("co", "com", "net", "org", "gov", "ac", "or", "ne"):
        return labels[-3]
    return labels[-2]


_PATH_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    if not page.url:
        return
    site = site_label(page.url)
    if site:
        yield Candidate(field="publisher", value=site, origin=Origin.URL, detail="host")
    match = _PATH_DATE.search(page.url.split("?", 1)[0])
    if match:
        try:
            date = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return
        if in_bounds(date):
            yield Candidate(field="published", value=date, origin=Origin.URL, detail="path")
