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
import re
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


def _anchored(
    keys: str, words: tuple[str, ...]
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """Each of ``words`` with the keys of ``keys`` (``|``-joined) that hold it and its
    offset in each, every key filed under the first word it holds (a key that holds none
    under itself)."""
    filed: dict[str, list[tuple[str, int]]] = {}
    for key in keys.split("|"):
        word = next((word for word in words if word in key), key)
        filed.setdefault(word, []).append((key, key.index(word)))
    return tuple((word, tuple(held)) for word, held in filed.items())


# Each pattern's keys, found by a few words they share before the regex is matched at their
# offsets: a regex opening with an alternation gets no literal head start and tries every
# character of a script (about 1 ms on a state of 60 KB), a search of each key costs 17
# searches of the script (0.3 ms), of the words 3 of them.
_UPDATED_ANCHORS = _anchored(_UPDATED_KEYS, ("odified", "pdated", "lastPublishedAt"))
_PUBLISHED_ANCHORS = _anchored(_PUBLISHED_KEYS, ("ublish", "ublicationDate", "date_gmt"))
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
        # the words' search first: most scripts hold no update key (a test that stops at
        # the first word found, and spares the keys' matching its lists)
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


# The update keys' distinctive parts (``_UPDATED_ANCHORS``' words): a plain substring
# search of a 200 KB source costs 0.1 ms, a regex search for the keys 5 ms (the regex
# engine tries each position).
_UPDATE_WORDS = tuple(word for word, _ in _UPDATED_ANCHORS)


def _may_hold_update(html_text: str) -> bool:
    return any(word in html_text for word in _UPDATE_WORDS)


def _record_update(text: str, day: date, published: object) -> datetime | None:
    """The update stamp nearest a publication stamp of ``day`` (of ``published``'s instant
    first) in a script's ``text``."""
    updates = [
        (match.start(), stamp)
        for match in _keyed_matches(_UPDATED, _UPDATED_ANCHORS, text)
        if (stamp := parse_machine_date(match["value"])) is not None
    ]
    if not updates:  # no update key: the publication keys' scan is spared
        return None
    records = [
        (match.start(), stamp)
        for match in _keyed_matches(_PUBLISHED, _PUBLISHED_ANCHORS, text)
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


def _keyed_matches(
    pattern: LazyPattern,
    anchors: tuple[tuple[str, tuple[tuple[str, int], ...]], ...],
    text: str,
) -> list[re.Match[str]]:
    """``pattern.finditer(text)``'s matches, the same ones in the same order, found by
    matching ``pattern`` (which opens with an alternation of the keys ``anchors`` files)
    only where a key starts: a match can start nowhere else, and a match at an offset
    within the last match is skipped, as ``finditer`` resumes at a match's end."""
    starts: set[int] = set()
    for word, keys in anchors:
        at = text.find(word)
        while at >= 0:
            for key, offset in keys:
                start = at - offset
                if start >= 0 and text.startswith(key, start):
                    starts.add(start)
            at = text.find(word, at + 1)
    matches: list[re.Match[str]] = []
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            matches.append(match)
            resume = match.end()
    return matches


def _same_record(text: str, one: int, other: int) -> bool:
    """No brace between two keys: they are members of one object, not of a record and the
    nested block or picture it holds (whose own "updatedAt" stamps the block)."""
    between = text[min(one, other) : max(one, other)]
    return "{" not in between and "}" not in between
