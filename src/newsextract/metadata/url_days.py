"""A URL's day against the days the page labels and the sources stamp: an event's day in the
address is no publication, and a later stamp than the address's day is a restamp."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.published_terms import (
    EVENT_URL_REACH,
    LABELLED_DATE,
    SECOND_OPINION,
    URL_DAY_LEAD,
)
from newsextract.origin import Origin


def announced_url_days(
    candidates: Sequence[Candidate],
) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """The candidates without a URL's day that is later than a day the page writes under
    its publication label, within ``EVENT_URL_REACH``, when no machine stamp gives it: the
    day of the event the page announces (see ``EVENT_URL_REACH``). Returns those dropped."""
    labelled = [
        c.value.date()
        for c in candidates
        if c.origin is Origin.TEXT and c.detail == LABELLED_DATE and isinstance(c.value, datetime)
    ]
    if not labelled:
        return list(candidates), []
    low, high = EVENT_URL_REACH
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    for candidate in candidates:
        value = candidate.value
        if (
            candidate.origin is Origin.URL
            and isinstance(value, datetime)
            and any(low < value.date() - day <= high for day in labelled)
            and not any(_stamped_on(c, value.date()) for c in candidates)
        ):
            dropped.append((candidate, "the URL's day is after the labelled publication day"))
        else:
            kept.append(candidate)
    return kept, dropped


def before_restamp(voters: Sequence[Candidate], day: date) -> date:
    """The URL's day instead of ``day`` when ``day`` is more than ``URL_DAY_LEAD`` after it
    (a site rule's date is kept, and so is a day the page alone shows, under its publication
    label: a story republished, its first day left in its address, "Yayınlanma: 05.03.2024
    10:00" under "/2019/05/14/"; a site that re-dated its pages writes the new stamp in its
    sources too, which the URL's day overrules)."""
    if any(candidate.origin is Origin.RULE for candidate in voters):
        return day
    if any(_labelled_on(c, day) for c in voters) and not any(_stamped_on(c, day) for c in voters):
        return day
    url_days = [
        c.value.date() for c in voters if c.origin is Origin.URL and isinstance(c.value, datetime)
    ]
    for url_day in url_days:
        if day - url_day > URL_DAY_LEAD:
            return url_day
    return day


def _labelled_on(candidate: Candidate, day: date) -> bool:
    """Whether ``candidate`` is a date the page writes after a publication label, on ``day``."""
    value = candidate.value
    return (
        candidate.origin is Origin.TEXT
        and candidate.detail == LABELLED_DATE
        and isinstance(value, datetime)
        and value.date() == day
    )


def _stamped_on(candidate: Candidate, day: date) -> bool:
    """Whether ``candidate`` is a machine-readable source's stamp (not the text's, not the
    URL's, not the page search's), on ``day``."""
    value = candidate.value
    return (
        candidate.origin not in (Origin.TEXT, Origin.URL)
        and candidate.detail != SECOND_OPINION
        and isinstance(value, datetime)
        and value.date() == day
    )
