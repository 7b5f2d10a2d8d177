"""The vote's second opinion: a lazy search of the parsed page for its day, asked only when
the sources leave the answer open, and read as the page's language reads a written date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.page_dates import URL_STEP, find_page_day
from newsextract.metadata.url import candidates as url_candidates
from newsextract.origin import Origin
from newsextract.page import ParsedPage

CONFIDENT = 5.0  # two strong sources agreeing: no need for a second opinion
AGREEING = 2.0  # nor when every source gives the same day and one of them is structured data

DateFinder = Callable[[], datetime | None]


def needs_second_opinion(scores: dict[date, float], top: float) -> bool:
    """The page search (about 1 ms) is asked only when it can change the answer: no date at
    all, sources that disagree, or one weak source. On the dev sets it never changed the day
    chosen when all sources agreed on one day with a weight of 2 or more."""
    if top >= CONFIDENT:
        return False
    return len(scores) != 1 or top < AGREEING


def as_text_reads(other: datetime, voters: list[Candidate]) -> datetime:
    """The second opinion's day, or the day a written date read in the page language's order
    gives where the search read the same numbers day first ("03/04/2021": the search reads
    3 April everywhere, an English page's text 4 March): one writing, read two ways, is one
    opinion, and the language's reading is the page's."""
    if other.day > MONTHS or other.day == other.month:
        return other
    for candidate in voters:
        value = candidate.value
        if (
            candidate.origin is Origin.TEXT
            and isinstance(value, datetime)
            and (value.year, value.month, value.day) == (other.year, other.day, other.month)
        ):
            return other.replace(month=other.day, day=other.month)
    return other


MONTHS = 12


def page_date_finder(page: ParsedPage, html: str) -> DateFinder:
    """A lazy search of the parsed page for its publication day (``page_dates``): no second
    parse, and dateparser is never called (htmldate's search, which it replaces, cost ~20 ms a
    page for the same answers on the dev sets)."""

    def find() -> datetime | None:
        found = find_page_day(page, html)
        if found is None:
            return None
        day, step = found
        if step == URL_STEP and any(c.value == day for c in url_candidates(page)):
            return None  # the URL's own day, which its source already votes for: no second view
        return day

    return find
