"""The publication date: a weighted vote among the sources instead of "first one wins".

Pages often carry several dates (JSON-LD, OpenGraph, ``<time>``, the URL, the text) and the
first by precedence is wrong more often than the day most sources agree on. Each origin's
weight reflects how often it was right on the evaluation sets (the URL path and OpenGraph
most, visible text least). A second opinion, a search of the whole page for its day
(``page_dates``, htmldate's method on the tree already parsed), votes too when the sources
disagree, give one weak date or none.

Within the chosen day the most precise value wins: a time of day over a bare day, then an
offset. A date written on the page with its time is read when every other source gives a
bare day; it then outweighs any one of them, and a written time without an offset takes the
offset the page's other dates of that day carry. So does a day written without a time under
a publication label when every source gives a bare day, none later (theirs a draft's).

When the sources give times only in UTC or without an offset, the reader's day is unknown
(00:25 UTC is the evening before in Buenos Aires): the first date written on the page is read
too, and when its time of day is a source's instant at an offset in use ("3 de mayo de 2022
21:25" beside "2022-05-04T00:25:56Z"), it is the publication as the reader saw it: it
outweighs any one source and lends the page its offset. A written time that is no source's
instant is a teaser's or a comment's and does not vote; a written day without a time votes
only where a UTC instant is exactly its midnight east of UTC (a bare day kept as local
midnight: 2021-11-04T23:00:00Z is the 5th in Berlin).

A story republished keeps its first publication in the sources while its byline shows the
day it came out again, which a later ``modified`` stamp gives: that written day is the date.
And when every published stamp is the ``modified`` instant (the CMS wrote the update over
the publication), a first written time up to ``URL_DAY_LEAD`` earlier that is no source's
instant is the publication.

When the sources disagree on the day, the first date written on the page is read as well: the
day the reader sees, when one of the sources gives it, votes for that day (a press release's
hidden microdata of the evening before against its ``<meta name=date>`` and its dateline).
Beside a source with the site's offset a written time tells nothing more than its day, and
votes with the visible text's weight only.

A UTC instant early in the day, which a published ``<time>``'s own text or a publication
label shows as the day before, is that evening west of UTC (``local_instants.day_before_west``).

A URL's day that is a source's instant's day in UTC and not its local one ("/2024/03/05/"
beside "2024-03-04T23:10:00-05:00") was cut from the UTC clock: it votes for the local day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import NamedTuple

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.local_instants import (
    day_before_west,
    days_of_sources,
    localised,
    next_day_east,
    url_cut_in_utc,
    with_page_offset,
)
from newsextract.metadata.published_terms import (
    LABELLED_DATE,
    ORIGIN_WEIGHTS,
    SECOND_OPINION,
    URL_DAY_LEAD,
    has_local_offset,
    has_time,
    more_precise,
    rank,
)
from newsextract.metadata.second_opinion import DateFinder, as_text_reads, needs_second_opinion
from newsextract.metadata.shown_dates import later_modified_days, shown_over_stamps
from newsextract.metadata.url_days import announced_url_days, before_restamp
from newsextract.metadata.written_clocks import written_bare_days, written_clocks
from newsextract.origin import Origin

# A date written on the page with its time of day, when the machine-readable sources give
# only bare days: the time was written at publication, while a day in the URL or a bare day
# in a tag is often the day a draft was started. Above any one source (the URL's 3.0), below
# two agreeing ones.
TIMED_TEXT_WEIGHT = 3.5
# The second opinion (``page_dates``): below JSON-LD and OpenGraph, above a <meta> and the
# visible text (htmldate's weight when it gave the opinion, kept: the answers are the same).
SECOND_OPINION_WEIGHT = 1.8
# A written date after a publication label ("Veröffentlicht am 14.08.2019"): the page names
# it the publication, as a structured source does (JSON-LD's weight), above the page search's
# guess, which may be a comment's date.
LABELLED_TEXT_WEIGHT = 2.0


def needs_written_date(candidates: Sequence[Candidate], modified: Sequence[Candidate] = ()) -> bool:
    """Whether the dates written on the page are worth reading (dateparser is slow): when no
    source has a date, when every one gives a bare day and the page may give its time, when
    the sources disagree on the day and the one the page shows may settle it, when a
    source's ``modified`` stamp is of a later day and the page may show that day (a story
    republished), or when no source gives the site's offset and the page's written time may
    give it."""
    if any(c.origin is Origin.RULE for c in candidates):
        return False
    if not any(has_time(c.value) for c in candidates):
        return True
    if len(days_of_sources(candidates)) > 1:
        return True  # the day the page shows may settle it (see ``written_clocks.written_clocks``)
    if later_modified_days(candidates, modified):
        return True  # the page may show its republication (see ``shown_dates._republished``)
    return not any(has_local_offset(c.value) for c in candidates)


class DateVote(NamedTuple):
    """The outcome of the vote: the winner, each day's score and why each candidate lost."""

    chosen: Candidate | None
    value: datetime | None
    scores: Mapping[date, float]
    rejected: tuple[tuple[Candidate, str], ...]


def choose_published(
    candidates: Sequence[Candidate], second_opinion: DateFinder | None = None
) -> tuple[datetime, str] | None:
    """The voted date and its provenance, or None when no source has a date."""
    outcome = vote(candidates, second_opinion)
    if outcome.chosen is None or outcome.value is None:
        return None
    return outcome.value, outcome.chosen.provenance


def vote(
    candidates: Sequence[Candidate],
    second_opinion: DateFinder | None = None,
    modified: Sequence[Candidate] = (),
    thread_page: bool = False,
    shown_days: Sequence[date] = (),
) -> DateVote:
    """The weighted vote per calendar day (see the module docstring), with its reasons;
    ``modified``: the sources' modification stamps, for a page showing its republication;
    ``thread_page``: the page is a later page of a forum thread
    (``shown_dates._first_post_here``); ``shown_days``: the days a published ``<time>``'s own
    text shows (``local_instants.day_before_west``)."""
    shown, reason = shown_over_stamps(candidates, modified, thread_page)
    if shown is not None and isinstance(shown.value, datetime):
        return DateVote(
            chosen=shown,
            value=shown.value,
            scores={shown.value.date(): ORIGIN_WEIGHTS.get(Origin.TEXT, 1.0)},
            rejected=tuple((c, reason) for c in candidates if c is not shown),
        )
    # A source with the site's offset leaves a written time nothing to tell but its day.
    local = any(has_local_offset(c.value) for c in candidates if c.origin is not Origin.TEXT)
    bare_days = written_bare_days(candidates)
    west = {*shown_days, *written_bare_days(candidates, labelled=True)}
    candidates, announced = announced_url_days(candidates)
    candidates, rejected, clocks = written_clocks(candidates)
    rejected.extend(announced)
    candidates = next_day_east(day_before_west(candidates, west), bare_days)
    candidates = url_cut_in_utc(localised(candidates))
    scores: dict[date, float] = defaultdict(float)
    best: dict[date, Candidate] = {}
    seen: set[str] = set()
    voters: list[Candidate] = []
    machine = [c.value for c in candidates if c.origin is not Origin.TEXT]
    only_days = bool(machine) and not any(has_time(v) for v in machine)
    last_source_day = max((v.date() for v in machine if isinstance(v, datetime)), default=None)
    for candidate in candidates:
        if not isinstance(candidate.value, datetime):
            rejected.append((candidate, "not a date"))
            continue
        if candidate.provenance in seen:
            rejected.append((candidate, f"{candidate.provenance} already voted once"))
            continue
        seen.add(candidate.provenance)
        voters.append(candidate)
        day = candidate.value.date()
        timed_text = only_days or (candidate.provenance in clocks and not local)
        if candidate.detail == LABELLED_DATE and not has_time(candidate.value):
            # a labelled bare day outweighs bare sources only on or after their last day
            timed_text = timed_text and last_source_day is not None and day >= last_source_day
        scores[day] += _weight(candidate, timed_text)
        if day not in best or more_precise(candidate, best[day]):
            best[day] = candidate
    top = max(scores.values(), default=0.0)
    if needs_second_opinion(scores, top) and second_opinion is not None:
        other = second_opinion()
        if other is not None:
            other = as_text_reads(other, voters)
            scores[other.date()] += SECOND_OPINION_WEIGHT
            opinion = Candidate(
                field=ArticleField.PUBLISHED,
                value=other,
                origin=Origin.HTML,
                detail=SECOND_OPINION,
            )
            voters.append(opinion)
            if other.date() not in best:
                best[other.date()] = opinion
    if not scores:
        return DateVote(chosen=None, value=None, scores={}, rejected=tuple(rejected))
    day = before_restamp(voters, max(scores, key=lambda d: (scores[d], -rank(best[d]))))
    chosen = best[day]
    assert isinstance(chosen.value, datetime)
    for candidate in voters:
        if candidate is not chosen:
            rejected.append((candidate, _why_lost(candidate, chosen, scores)))
    return DateVote(
        chosen=chosen,
        value=with_page_offset(chosen.value, candidates),
        scores=dict(scores),
        rejected=tuple(rejected),
    )


def _why_lost(candidate: Candidate, chosen: Candidate, scores: Mapping[date, float]) -> str:
    assert isinstance(candidate.value, datetime) and isinstance(chosen.value, datetime)
    day, won = candidate.value.date(), chosen.value.date()
    if chosen.origin is Origin.URL and day - won > URL_DAY_LEAD:
        return f"its day {day} is a later stamp: more than {URL_DAY_LEAD.days} days after the URL's"
    if day != won:
        return f"its day {day} scored {scores[day]:g}, {won} scored {scores[won]:g}"
    if has_time(chosen.value) and not has_time(candidate.value):
        return "same day without time"
    if chosen.value.tzinfo is not None and candidate.value.tzinfo is None:
        return "same day without offset"
    if candidate.value == chosen.value:
        return f"same value, from a weaker source than {chosen.provenance}"
    return f"same day, less precise or from a weaker source than {chosen.provenance}"


def _weight(candidate: Candidate, timed_text: bool) -> float:
    if candidate.origin is Origin.TEXT and timed_text and has_time(candidate.value):
        return TIMED_TEXT_WEIGHT
    if candidate.origin is Origin.TEXT and candidate.detail == LABELLED_DATE:
        # beside sources giving bare days only, all of them earlier, a day under its
        # publication label was written when the page came out, as a written time is
        # (TIMED_TEXT_WEIGHT), their days when a draft was started; a source's later day is
        # a zone's reach or a repost's address, which keeps its vote
        return TIMED_TEXT_WEIGHT if timed_text else LABELLED_TEXT_WEIGHT
    return ORIGIN_WEIGHTS.get(candidate.origin, 1.0)
