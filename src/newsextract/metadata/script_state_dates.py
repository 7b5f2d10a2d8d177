"""The last update a script's state gives: ``"updatedAt"`` or ``"dateModified"`` beside the
story's publication stamp in the JSON a JavaScript site ships for its page (Next.js'
``<script id="__NEXT_DATA__">``, Nuxt's ``window.__NUXT__ = {…}``, a ``window.__ARTICLE__``).

Such a site writes no ``<meta>`` nor JSON-LD for its update and shows only the publication;
its state holds both stamps of the story's record. A state lists other records too (related
stories, their authors, each with its own stamps): the one read is the record whose
publication stamp falls on the day the page's publication was resolved to (its very instant
first), its update stamp the nearest key of the same record (no brace between them). Read
only when no source gives ``modified`` and a publication is known (``resolve``), so it never
moves the publication.
"""

from __future__ import annotations

import bisect
from datetime import UTC, date, datetime

from newsextract.dates import parse_machine_date
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.origin import Origin
from newsextract.page import ParsedPage

# A key (quoted, as JSON writes it, or bare, as a JavaScript literal does: the pattern opens
# with the key, not an optional quote, for the regex engine's first-letter skip) and its stamp:
# the spellings of the publication's and the update's keys in the states of the common
# frameworks and headless CMSes (Next.js, Nuxt, Strapi, Contentful, Sanity, WordPress' REST).
_STAMP = (
    r"""(?P<key>{keys})["']?\s*:\s*["'](?P<value>\d{{4}}-\d\d-\d\d[T ][0-9:.]+"""
    r"""(?:Z|[+-]\d\d:?\d\d)?)["']"""
)
_PUBLISHED_KEYS = (
    "datePublished|publishedAt|published_at|publishDate|publishedDate|publicationDate"
    "|firstPublishedAt|date_gmt"
)  # not "createdAt": every entity of a CMS has one (a content block, a picture)
_UPDATED_KEYS = (
    "dateModified|updatedAt|updated_at|modifiedAt|modified_at|lastModified|dateUpdated"
    "|lastPublishedAt|modified_gmt"
)
_PUBLISHED = LazyPattern(_STAMP.format(keys=_PUBLISHED_KEYS))
_UPDATED = LazyPattern(_STAMP.format(keys=_UPDATED_KEYS))
# How far (in characters) an update key may stand from the publication key of its record:
# a record's stamps are written side by side; a related story's are further off.
_SAME_RECORD_CHARS = 300
# A state's script is not the page's JSON-LD (read as a source already) nor a template.
_READ_TYPES = frozenset({"", "text/javascript", "application/json", "module"})


def script_update(page: ParsedPage, published: object) -> Candidate | None:
    """The update stamp of the state's record published on ``published``'s day, else None."""
    if not isinstance(published, (date, datetime)):
        return None
    day = published.date() if isinstance(published, datetime) else published
    # Each script's words searched, not the source's: a script's text is the source's as
    # written (raw text), and the scripts' texts are a fraction of the source, often in a
    # narrower string kind (the source's search cost up to 0.8 ms on a 550 KB page).
    for script in page.other_scripts:  # the ld+json ones are of no type read
        if (script.attributes.get("type") or "").strip().lower() not in _READ_TYPES:
            continue
        text = script.text(deep=True)
        # the words' search first: most scripts hold no update key, and the keys' regex
        # tries each of a script's characters
        if not _may_hold_update(text):
            continue
        found = _record_update(text, day, published)
        if found is not None:
            return Candidate(
                field=ArticleField.MODIFIED,
                value=found,
                origin=Origin.HTML,
                detail="script-state",
            )
    return None


# The update keys' distinctive parts: a plain substring search of a 200 KB source costs
# 0.1 ms, a regex search for the keys 5 ms (the regex engine tries each position).
_UPDATE_WORDS = ("odified", "pdated", "lastPublishedAt")


def _may_hold_update(html_text: str) -> bool:
    return any(word in html_text for word in _UPDATE_WORDS)


def _record_update(text: str, day: date, published: object) -> datetime | None:
    """The update stamp nearest a publication stamp of ``day`` (of ``published``'s instant
    first) in a script's ``text``."""
    updates = [
        (match.start(), stamp)
        for match in _UPDATED.finditer(text)
        if (stamp := parse_machine_date(match["value"])) is not None
    ]
    if not updates:  # no update key: the publication keys' scan is spared
        return None
    records = [
        (match.start(), stamp)
        for match in _PUBLISHED.finditer(text)
        if (stamp := parse_machine_date(match["value"])) is not None
        # the record's day as written, or in UTC (a state writes its stamps in UTC)
        and day in (stamp.date(), stamp.astimezone(UTC).date())
    ]
    # The record of the publication's very instant first: related stories of the same day
    # are listed too, often before the story's own record.
    if isinstance(published, datetime) and published.tzinfo is not None:
        records.sort(key=lambda record: record[1] != published)
    # the update keys' offsets, in order (``finditer``'s): each record looks up only the
    # keys within its reach, as a state of thousands of records took seconds, each record
    # weighed against every key
    offsets = [at for at, _ in updates]
    for start, _ in records:
        first = bisect.bisect_left(offsets, start - _SAME_RECORD_CHARS)
        last = bisect.bisect_right(offsets, start + _SAME_RECORD_CHARS)
        near = [
            (abs(at - start), value)
            for at, value in updates[first:last]
            if _same_record(text, at, start)
        ]
        if near:
            return min(near, key=lambda pair: pair[0])[1]
    return None


def _same_record(text: str, one: int, other: int) -> bool:
    """No brace between two keys: they are members of one object, not of a record and the
    nested block or picture it holds (whose own "updatedAt" stamps the block)."""
    between = text[min(one, other) : max(one, other)]
    return "{" not in between and "}" not in between
