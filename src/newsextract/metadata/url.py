"""Candidates from the URL itself: a date in the path, as many CMSs write it.

The host gives no publisher: its label ("riversidecourier") is a slug, not a name; it only
helps recognise the site's name in titles and bylines (``site_names.site_names_from_url``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from newsextract.dating.bounds import in_bounds
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.origin import Origin
from newsextract.page import ParsedPage

# One separator (or none) throughout: "/2024-0117" is a reference number, not a day.
_PATH_DATE = LazyPattern(
    r"/((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
# Between slashes, month and day may go without their zero: "/2017/7/12/slug" (Squarespace).
_PATH_DATE_UNPADDED = LazyPattern(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)

# A date archive's address (WordPress's "/2024/", "/2024/03/", "/2024/03/05/", under a
# section or not): a breadcrumb step of the calendar, not a section ("2024 › March › 5").
# Years 1900-2099: the span of dated web archives.
_DATE_ARCHIVE_PATH = LazyPattern(r"/(?:19|20)\d\d(?:/[01]?\d(?:/[0-3]?\d)?)?/?$")


def is_date_archive(address: str | None) -> bool:
    """Whether ``address`` is the page listing a year's, a month's or a day's posts."""
    try:
        path = urlsplit(address or "").path
    except ValueError:  # an unclosed "[" in a hostile address
        return False
    return _DATE_ARCHIVE_PATH.search(path) is not None


def home_page_of(address: str, url: str | None) -> bool:
    """Whether ``address``, a page's declared address (a canonical link, ``og:url``), is
    its site's home page while the page's own ``url`` has a path: a template's default,
    not the article's address."""
    if not url:
        return False
    try:
        return urlsplit(address).path in ("", "/") and urlsplit(url).path not in ("", "/")
    except ValueError:  # "http://[::1": no address
        return False


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    if not page.url:
        return
    path = page.url.split("?", 1)[0]
    match = _PATH_DATE.search(path)
    parts = (1, 3, 4) if match else (1, 2, 3)
    match = match or _PATH_DATE_UNPADDED.search(path)
    if match:
        try:
            year, month, day = (int(match.group(n)) for n in parts)
            date = datetime(year, month, day)
        except ValueError:
            return
        if in_bounds(date):
            yield Candidate(field="published", value=date, origin=Origin.URL, detail="path")
