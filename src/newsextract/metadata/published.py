"""The publication date: a weighted vote among the sources instead of "first one wins".

Pages often carry several dates (JSON-LD, OpenGraph, ``<time>``, the URL, the text) and the
first by precedence is wrong more often than the day most sources agree on. Each origin's
weight reflects how often it was right on the evaluation sets (the URL path and OpenGraph
most, visible text least). ``htmldate`` (a maintained library built for this one job) votes
too, unless two strong sources already agree, since it parses the page a second time.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from newsextract.dates import parse_machine_date
from newsextract.metadata.candidate import Candidate
from newsextract.origin import Origin

logger = logging.getLogger(__name__)

ORIGIN_WEIGHTS: dict[Origin, float] = {
    Origin.RULE: 100.0,
    Origin.URL: 3.0,
    Origin.OPENGRAPH: 2.5,
    Origin.JSONLD: 2.0,
    Origin.MICRODATA: 2.0,
    Origin.META: 1.5,
    Origin.HTML: 1.5,
    Origin.TEXT: 1.2,
}
HTMLDATE_WEIGHT = 1.8
CONFIDENT = 5.0  # two strong sources agreeing: no need for a second opinion
AGREEING = 2.0  # nor when every source gives the same day and one of them is structured data

DateFinder = Callable[[], datetime | None]


def choose_published(
    candidates: Sequence[Candidate], second_opinion: DateFinder | None = None
) -> tuple[datetime, str] | None:
    """The voted date and its provenance, or None when no source has a date."""
    candidates = _localised(candidates)
    scores: dict[date, float] = defaultdict(float)
    best: dict[date, Candidate] = {}
    seen: set[str] = set()
    for candidate in candidates:
        if not isinstance(candidate.value, datetime) or candidate.provenance in seen:
            continue
        seen.add(candidate.provenance)
        day = candidate.value.date()
        scores[day] += ORIGIN_WEIGHTS.get(candidate.origin, 1.0)
        if day not in best or _more_precise(candidate, best[day]):
            best[day] = candidate
    top = max(scores.values(), default=0.0)
    if _needs_second_opinion(scores, top) and second_opinion is not None:
        other = second_opinion()
        if other is not None:
            scores[other.date()] += HTMLDATE_WEIGHT
            if other.date() not in best:
                best[other.date()] = Candidate(
                    field="published", value=other, origin=Origin.HTML, detail="htmldate"
                )
    if not scores:
        return None
    day = max(scores, key=lambda d: (scores[d], -_rank(best[d])))
    chosen = best[day]
    assert isinstance(chosen.value, datetime)
    return chosen.value, chosen.provenance


def _needs_second_opinion(scores: dict[date, float], top: float) -> bool:
    """htmldate parses the page again (a few ms), so it is asked only when it can change the
    answer: no date at all, sources that disagree, or one weak source. On the dev sets it never
    changed the day chosen when all sources agreed on one day with a weight of 2 or more."""
    if top >= CONFIDENT:
        return False
    return len(scores) != 1 or top < AGREEING


def _rank(candidate: Candidate) -> int:
    order = list(ORIGIN_WEIGHTS)
    return order.index(candidate.origin) if candidate.origin in order else len(order)


def _more_precise(new: Candidate, old: Candidate) -> bool:
    """Prefer a value with a time and an offset over a bare day, then the stronger origin."""
    assert isinstance(new.value, datetime) and isinstance(old.value, datetime)
    new_info = (new.value.tzinfo is not None, new.value.time() != datetime.min.time())
    old_info = (old.value.tzinfo is not None, old.value.time() != datetime.min.time())
    if new_info != old_info:
        return new_info > old_info
    return _rank(new) < _rank(old)


def _localised(candidates: Sequence[Candidate]) -> list[Candidate]:
    """UTC values replaced by the same instant in the page's own offset when one source has it.

    A reader sees the local day: 02:25 UTC on the 25th is the 24th in New York.
    """
    local = [
        c.value
        for c in candidates
        if isinstance(c.value, datetime) and c.value.utcoffset() not in (None, timedelta(0))
    ]
    if not local:
        return list(candidates)
    out = []
    for candidate in candidates:
        value = candidate.value
        if isinstance(value, datetime) and value.utcoffset() == timedelta(0):
            for other in local:
                if abs((other - value).total_seconds()) <= 120:
                    candidate = Candidate(
                        field=candidate.field,
                        value=value.astimezone(other.tzinfo),
                        origin=candidate.origin,
                        detail=candidate.detail,
                    )
                    break
        out.append(candidate)
    return out


def htmldate_finder(html: str, url: str | None) -> DateFinder:
    """A lazy call to htmldate's original-date search on the page."""

    def find() -> datetime | None:
        from htmldate import find_date  # deferred: it imports lxml machinery on first use

        try:
            found = find_date(
                html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d"
            )
        except TimeoutError:  # a time limit (the batch's per page) ends the page, not the vote
            raise
        except Exception as exc:  # htmldate raises many kinds on odd markup
            logger.debug("htmldate failed: %s", exc)
            return None
        return parse_machine_date(found) if found else None

    return find
