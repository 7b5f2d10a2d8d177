"""The time of a publication day kept in an attribute no source reads: a
``data-publish-date="2024-03-05T17:40:00+01:00"`` on the story's meta box, an ``<input
type=hidden id=pubDate value=…>`` a theme's script formats.

The page search (``page_dates``) finds such a stamp's day in the source, and the vote gives
the day alone. When the day the page was resolved to has no time, the first stamp with a
time that such an attribute keeps on that same day (as written) gives it its time and offset:
the day never changes.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsextract.dates import parse_machine_date
from newsextract.lazy_regex import LazyPattern

# An ISO stamp with a time of day, in quotes, in ASCII digits as a machine writes it (HTML's
# date strings are): its day is then written in the source as ``attribute_time`` looks for it.
_ISO = (
    r"""["']([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"""
    r"""(?:Z|[+-][0-9]{2}:?[0-9]{2})?)["']"""
)
# A ``data-`` attribute named for the publication (its words joined by hyphens:
# "data-publish-date", "data-published", "data-article-pubdate"): not an update's, a
# server clock's nor an event's, whose names hold none of these words.
_DATA_ATTRIBUTE = LazyPattern(
    # "data-" case-sensitive: a literal opening lets the regex engine skip to it (a 200 KB
    # source's scan costs 1 ms, not the 5 ms of a case-blind one)
    r"data-(?i:(?:[a-z]+-){0,3}(?:publish|published|pubdate|publication|publishdate)"
    r"(?:-[a-z]+){0,2})\s*=\s*" + _ISO
)
# A hidden input named or identified for the publication, and its value, in either order.
_INPUT = LazyPattern(r"<input\b[^>]{0,300}>", re.I)
_INPUT_NAME = LazyPattern(
    r"""\b(?:id|name)\s*=\s*["']?(?:pub_?date|publish_?date|published_?(?:at|date)?"""
    r"""|date_?published)["'\s>]""",
    re.I,
)
_INPUT_VALUE = LazyPattern(r"\bvalue\s*=\s*" + _ISO, re.I)


def attribute_time(html_text: str, published: object) -> datetime | None:
    """The stamp with a time a publication attribute keeps on ``published``'s day, when
    ``published`` is a day alone; else None."""
    if not isinstance(published, datetime) or published.time() != datetime.min.time():
        return None
    day = published.date()
    if day.isoformat() not in html_text:
        # A stamp of that day writes it so (``_ISO``): a plain search of the source costs
        # a third of the attribute scans', and most pages dated to a day alone hold none.
        return None
    for match in _DATA_ATTRIBUTE.finditer(html_text):
        stamp = parse_machine_date(match[1])
        if stamp is not None and stamp.date() == day:
            return stamp
    for tag in _INPUT.finditer(html_text):
        text = tag[0]
        if _INPUT_NAME.search(text) and (value := _INPUT_VALUE.search(text)) is not None:
            stamp = parse_machine_date(value[1])
            if stamp is not None and stamp.date() == day:
                return stamp
    return None
