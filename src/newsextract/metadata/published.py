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
label shows as the day before, is that evening west of UTC (``_day_before_west``).

A URL's day that is a source's instant's day in UTC and not its local one ("/2024/03/05/"
beside "2024-03-04T23:10:00-05:00") was cut from the UTC clock: it votes for the local day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import NamedTuple

import attrs

from newsextract.dating.zones import offsets_in_use
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import POLICIES, ArticleField
from newsextract.metadata.page_dates import URL_STEP, find_page_day
from newsextract.metadata.url import candidates as url_candidates
from newsextract.origin import Origin
from newsextract.page import ParsedPage

# The vote's weights live in the resolution table (``fields.POLICIES``).
ORIGIN_WEIGHTS: Mapping[Origin, float] = POLICIES[ArticleField.PUBLISHED].weights
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
LABELLED_DATE = "date-label"  # its detail: provenance ``text:date-label``
SECOND_OPINION = "page-date"  # its detail: provenance ``html:page-date``
# A written time of day is a source's instant when it is that instant's wall clock at some
# offset to the minute: pages write no seconds.
CLOCK_TOLERANCE = timedelta(seconds=60)
# A day in the URL path is set when the article is first published (a draft is started a
# few days before at most): sources whose day is more than this after the URL's carry a later
# stamp (an update, a move of the site re-dating its pages), and the URL keeps the day; a
# day the page alone shows under its publication label is no stamp (``_before_restamp``).
URL_DAY_LEAD = timedelta(days=31)
# A day in the URL more than a day (a zone's reach) after the day the page writes under its
# publication label, and within a year of it, is the day of what the page announces (an
# event's "/events/2024/06/15/summer-fair" posted on 5 March), never its publication: an
# address is set when the page goes out, not later. A year on, it is a repost's day.
EVENT_URL_REACH = (timedelta(days=1), timedelta(days=366))
# A time in UTC or without an offset this close to midnight is the next day east of UTC
# (Europe, Africa, the Middle East: +01:00 to +03:00); a bare day of that next day from a
# structured source is then the local day it was published on.
EVENING_REACH = timedelta(hours=3)
# A time in UTC this long after midnight is still the evening before in a zone west of UTC
# where people write news: Hawaii's -10:00 is the furthest (-11:00 and -12:00 are a few
# islands); a written day before it is then the local day it was published on.
MORNING_REACH = timedelta(hours=10)
# Two sources' stamps this close are one instant written twice (one in UTC, one at the
# site's offset): a CMS may round or truncate the seconds of one of them.
SAME_INSTANT = timedelta(seconds=120)
# A modification this close to the publication is shown at the publication's offset: a
# zone's offset changes at most twice a year (daylight saving time), so within a week the
# site's offset is the publication's but in the odd week of a change.
UPDATE_OFFSET_REACH = timedelta(days=7)
# A JSON-LD stamp this much older than the day the page shows is its template's, not the
# story's: an update shows its own label (the written date is the publication's), and a
# story republished years on keeps its first day in more than one source.
TEMPLATE_AGE = timedelta(days=365)
CONFIDENT = 5.0  # two strong sources agreeing: no need for a second opinion
AGREEING = 2.0  # nor when every source gives the same day and one of them is structured data

DateFinder = Callable[[], datetime | None]


def has_time(value: object) -> bool:
    """A datetime with a time of day; midnight is how a bare day is written."""
    return isinstance(value, datetime) and value.time() != datetime.min.time()


def has_local_offset(value: object) -> bool:
    """A datetime with an offset other than UTC's: the wall clock of the site's zone."""
    return isinstance(value, datetime) and value.utcoffset() not in (None, timedelta(0))


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
    if len(_source_days(candidates)) > 1:
        return True  # the day the page shows may settle it (see ``_written_clocks``)
    if _later_modified_days(candidates, modified):
        return True  # the page may show its republication (see ``_republished``)
    return not any(has_local_offset(c.value) for c in candidates)


def _later_modified_days(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> set[date]:
    """The days of the sources' ``modified`` stamps later than every published day."""
    days = _source_days(candidates)
    if not days:
        return set()
    return {
        c.value.date()
        for c in modified
        if c.origin not in (Origin.TEXT, Origin.RULE)
        and isinstance(c.value, datetime)
        and c.value.date() > max(days)
    }


def _republished(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> Candidate | None:
    """The first written date when it is the day of a later ``modified`` stamp: the story
    was republished, and its byline shows the day it came out again, which is the date its
    readers (and the evaluation sets) give it; the sources keep the first publication. A
    site rule's date is kept."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    later = _later_modified_days(candidates, modified)
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    day = written.value.date()
    published = [
        c.value for c in candidates if c.origin is not Origin.TEXT and isinstance(c.value, datetime)
    ]
    # Later than every published day even where it is latest (2021-11-04T23:00Z is the 5th
    # in Berlin: a page showing the 5th shows its publication, not a republication).
    return written if day in later and all(day > _latest_day(v) for v in published) else None


def _first_post_here(candidates: Sequence[Candidate]) -> Candidate | None:
    """On a later page of a forum thread, the first written date (its first post's) when
    its day is later than the JSON-LD thread's: that node dates the thread's first post, on
    page one, and the posts here were written after it. An earlier day is no post of the
    thread (a member's join date, a sidebar's). A site rule's date is kept."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    day = written.value.date()
    stamps = [
        c.value for c in candidates if c.origin is Origin.JSONLD and isinstance(c.value, datetime)
    ]
    if not stamps or not all(day > _latest_day(v) for v in stamps):
        return None
    # The same day from another source may carry the time (a post's <time datetime>).
    for other in candidates:
        same_day = isinstance(other.value, datetime) and other.value.date() == day
        if same_day and other.origin is not Origin.JSONLD and _more_precise(other, written):
            written = other
    return written


def _latest_day(value: datetime) -> date:
    """The calendar day of ``value`` in the zone furthest east (a bare day is that day)."""
    if not has_time(value) and value.tzinfo is None:
        return value.date()
    return (_as_utc(value) + max(offsets_in_use())).date()


def _shown_over_stamps(
    candidates: Sequence[Candidate], modified: Sequence[Candidate], thread_page: bool = False
) -> tuple[Candidate | None, str]:
    """The first written date when the page's stamps are known to be other than its
    publication (a republication, an overwritten stamp, a later page of a thread), with why
    it wins."""
    shown = _first_post_here(candidates) if thread_page else None
    if shown is not None:
        return shown, "a later page of a thread: JSON-LD gives its first post, on page one"
    shown = _republished(candidates, modified)
    if shown is not None and isinstance(shown.value, datetime):
        return shown, f"the page shows its republication on {shown.value.date()}"
    shown = _before_overwrite(candidates, modified)
    if shown is not None:
        return shown, "every published stamp is the modified one: the written time is earlier"
    shown = _over_template_stamp(candidates)
    if shown is not None:
        return shown, f"JSON-LD's day is more than {TEMPLATE_AGE.days} days before the page's"
    return None, ""


def _over_template_stamp(candidates: Sequence[Candidate]) -> Candidate | None:
    """The first written date when the only stamps are JSON-LD's and each is more than
    ``TEMPLATE_AGE`` before it: the site's template wrote them (its launch, a default),
    while the page shows the story's day (probe en_jsonld_template_year_older). The
    written date must be labelled a publication, or the stamps bare days (a template's
    value is typed by hand, a CMS's stamp carries the second it was saved): on a landing
    page the first date written is a listed post's ("22. Juni 2022" under a WebPage's
    stamp of two years before). A site rule's date is kept."""
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if written is None or not isinstance(written.value, datetime):
        return None
    stamps = [c for c in candidates if c.origin is not Origin.TEXT]
    if not stamps or any(c.origin is not Origin.JSONLD for c in stamps):
        return None
    if written.detail != LABELLED_DATE and any(has_time(c.value) for c in stamps):
        return None
    day = written.value.date()
    old = all(
        isinstance(c.value, datetime) and day - _latest_day(c.value) > TEMPLATE_AGE for c in stamps
    )
    return written if old else None


def _before_overwrite(
    candidates: Sequence[Candidate], modified: Sequence[Candidate]
) -> Candidate | None:
    """The first written time when every published stamp is the ``modified`` instant (the
    CMS wrote the update over the publication: "January 19, 2020 / 12:25 PM / Updated 8
    hours ago" beside ``published_time`` = ``modified_time`` = the next morning), it is
    earlier than them by at most ``URL_DAY_LEAD`` and no source's instant at any offset."""
    if any(c.origin is Origin.RULE for c in candidates):
        return None
    updates = [
        _as_utc(c.value)
        for c in modified
        if c.origin not in (Origin.TEXT, Origin.RULE)
        and isinstance(c.value, datetime)
        and has_time(c.value)
    ]
    stamps = [
        c.value for c in candidates if c.origin is not Origin.TEXT and isinstance(c.value, datetime)
    ]
    written = next((c for c in candidates if c.origin is Origin.TEXT), None)
    if (
        not updates
        or not stamps
        or written is None
        or not isinstance(written.value, datetime)
        or not has_time(written.value)
    ):
        return None
    overwritten = all(
        has_time(v) and any(abs(_as_utc(v) - u) <= CLOCK_TOLERANCE for u in updates) for v in stamps
    )
    if not overwritten or _seen_as(written.value, stamps) is not None:
        return None
    earlier = min(map(_as_utc, stamps)) - _as_utc(written.value)
    return written if timedelta(0) < earlier <= URL_DAY_LEAD else None


def _as_utc(value: datetime) -> datetime:
    """The instant in UTC; a value without an offset is taken as UTC's wall clock."""
    return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _source_days(candidates: Sequence[Candidate]) -> set[date]:
    """The days the machine-readable sources give (the visible text's are not theirs), an
    instant in UTC taken at the page's offset when another source gives the same instant
    with it (two writings of one instant are no disagreement)."""
    return {
        c.value.date()
        for c in _localised([c for c in candidates if c.origin is not Origin.TEXT])
        if isinstance(c.value, datetime)
    }


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
    ``thread_page``: the page is a later page of a forum thread (``_first_post_here``);
    ``shown_days``: the days a published ``<time>``'s own text shows (``_day_before_west``)."""
    shown, reason = _shown_over_stamps(candidates, modified, thread_page)
    if shown is not None and isinstance(shown.value, datetime):
        return DateVote(
            chosen=shown,
            value=shown.value,
            scores={shown.value.date(): ORIGIN_WEIGHTS.get(Origin.TEXT, 1.0)},
            rejected=tuple((c, reason) for c in candidates if c is not shown),
        )
    # A source with the site's offset leaves a written time nothing to tell but its day.
    local = any(has_local_offset(c.value) for c in candidates if c.origin is not Origin.TEXT)
    bare_days = _written_bare_days(candidates)
    west = {*shown_days, *_written_bare_days(candidates, labelled=True)}
    candidates, announced = _announced_url_days(candidates)
    candidates, rejected, clocks = _written_clocks(candidates)
    rejected.extend(announced)
    candidates = _next_day_east(_day_before_west(candidates, west), bare_days)
    candidates = _url_cut_in_utc(_localised(candidates))
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
        if day not in best or _more_precise(candidate, best[day]):
            best[day] = candidate
    top = max(scores.values(), default=0.0)
    if _needs_second_opinion(scores, top) and second_opinion is not None:
        other = second_opinion()
        if other is not None:
            other = _as_text_reads(other, voters)
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
    day = _before_restamp(voters, max(scores, key=lambda d: (scores[d], -_rank(best[d]))))
    chosen = best[day]
    assert isinstance(chosen.value, datetime)
    for candidate in voters:
        if candidate is not chosen:
            rejected.append((candidate, _why_lost(candidate, chosen, scores)))
    return DateVote(
        chosen=chosen,
        value=_with_page_offset(chosen.value, candidates),
        scores=dict(scores),
        rejected=tuple(rejected),
    )


def _announced_url_days(
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


def _before_restamp(voters: Sequence[Candidate], day: date) -> date:
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


def _written_clocks(
    candidates: Sequence[Candidate],
) -> tuple[list[Candidate], list[tuple[Candidate, str]], frozenset[str]]:
    """Beside the sources' dates, a written day without a time votes only when a UTC instant
    is its local midnight, and a written date with its time (beside sources with times) only
    as a source's instant seen at an offset in use: each then carries that offset (unless
    the instant had none and the clocks agree). Returns the candidates, those dropped with
    why, and the provenance of the written dates with a time that matched."""
    machine = [c.value for c in candidates if c.origin is not Origin.TEXT]
    if not machine:
        return list(candidates), [], frozenset()
    instants = [v for v in machine if has_time(v)]
    source_days = _source_days(candidates)
    kept: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = []
    matched: set[str] = set()
    for candidate in candidates:
        value = candidate.value
        if candidate.origin is not Origin.TEXT or not isinstance(value, datetime):
            kept.append(candidate)
            continue
        if value.tzinfo is None and not has_time(value):  # a day written without a time
            midnight = _local_midnight(value, instants)
            if midnight is not None:
                kept.append(attrs.evolve(candidate, value=midnight))
            elif len(source_days) > 1 and value.date() in source_days:
                kept.append(candidate)  # the day the reader sees, between disagreeing sources
            elif (
                not instants
                and candidate.detail == LABELLED_DATE
                and value.date() >= max(source_days, default=value.date())
            ):
                kept.append(candidate)  # under its label, on or after bare days: see _weight
            else:
                dropped.append((candidate, "a bare written day adds nothing to the sources"))
            continue
        if not instants:
            kept.append(candidate)  # beside bare days: see TIMED_TEXT_WEIGHT
            continue
        seen = _seen_as(value, instants)
        if seen is None:
            dropped.append((candidate, "its time of day is no source's instant at any offset"))
            continue
        matched.add(candidate.provenance)
        kept.append(attrs.evolve(candidate, value=seen))
    return kept, dropped, frozenset(matched)


def _written_bare_days(candidates: Sequence[Candidate], *, labelled: bool = False) -> set[date]:
    """The days written on the page without a time (the first written date, in practice);
    with ``labelled``, only after a publication label (not a caption's day, a teaser's)."""
    return {
        c.value.date()
        for c in candidates
        if c.origin is Origin.TEXT
        and (not labelled or c.detail == LABELLED_DATE)
        and isinstance(c.value, datetime)
        and c.value.tzinfo is None
        and not has_time(c.value)
    }


def _next_day_east(
    candidates: Sequence[Candidate], shown_days: set[date] | frozenset[date] = frozenset()
) -> list[Candidate]:
    """Instants in UTC or without an offset within ``EVENING_REACH`` of midnight, beside a
    structured source's bare day of the next day or that day written on the page
    (``shown_days``), shown at the smallest offset in use that puts them on it
    (2020-12-05T23:15:00 beside a bare 2020-12-06 becomes 2020-12-06T00:15:00+01:00)."""
    next_days = set(shown_days) | {
        c.value.date()
        for c in candidates
        if c.origin not in (Origin.TEXT, Origin.URL)
        and isinstance(c.value, datetime)
        and c.value.tzinfo is None
        and not has_time(c.value)
    }
    if not next_days:
        return list(candidates)
    out = []
    for candidate in candidates:
        value = candidate.value
        if (
            isinstance(value, datetime)
            and has_time(value)
            and value.utcoffset() in (None, timedelta(0))
            and value.date() + timedelta(days=1) in next_days
        ):
            utc = value.replace(tzinfo=UTC)
            midnight = datetime.combine(value.date() + timedelta(days=1), datetime.min.time(), UTC)
            reach = [o for o in offsets_in_use() if timedelta(0) < o <= EVENING_REACH]
            east = min((o for o in reach if utc + o >= midnight), default=None)
            if east is not None:
                candidate = attrs.evolve(candidate, value=utc.astimezone(timezone(east)))
        out.append(candidate)
    return out


def _day_before_west(candidates: Sequence[Candidate], shown_days: set[date]) -> list[Candidate]:
    """Instants in UTC within ``MORNING_REACH`` after midnight, when the page shows only the
    day before (a published ``<time>``'s own text, or a day after a publication label, without
    a time) and no source gives an offset other than UTC's, shown at the smallest offset west
    of UTC in use that puts them on that day (2024-03-05T04:10:00Z beside "March 4, 2024"
    becomes 2024-03-04T23:10:00-05:00): the site stores UTC and prints its own day, and the
    instant is kept. A page showing another day (two days before, a caption's, a time far
    from midnight) keeps the UTC day."""
    if len(shown_days) != 1 or any(has_local_offset(c.value) for c in candidates):
        return list(candidates)
    (shown,) = shown_days
    out = []
    for candidate in candidates:
        value = candidate.value
        if (
            isinstance(value, datetime)
            and has_time(value)
            and value.utcoffset() == timedelta(0)
            and value.date() - timedelta(days=1) == shown
        ):
            since = value - datetime.combine(value.date(), datetime.min.time(), value.tzinfo)
            reach = [o for o in offsets_in_use() if -MORNING_REACH <= o < timedelta(0)]
            west = max((o for o in reach if since + o < timedelta(0)), default=None)
            if west is not None:
                candidate = attrs.evolve(candidate, value=value.astimezone(timezone(west)))
        out.append(candidate)
    return out


def _local_midnight(day: datetime, instants: Sequence[object]) -> datetime | None:
    """The written ``day``'s midnight at the offset east of UTC where one of the UTC
    ``instants`` is exactly that midnight (a CMS storing a bare day as local midnight writes
    2021-11-04T23:00:00Z for the 5th in Berlin), or None."""
    for instant in instants:
        assert isinstance(instant, datetime)
        if instant.utcoffset() != timedelta(0):
            continue
        offset = day.replace(tzinfo=UTC) - instant
        if offset > timedelta(0) and offset in offsets_in_use():
            return day.replace(tzinfo=timezone(offset))
    return None


def _seen_as(written: datetime, instants: Sequence[object]) -> datetime | None:
    """``written`` with the offset at which it is the wall clock of one of ``instants`` (a
    value without an offset counts as UTC, or, beside a written time with its offset, as the
    same wall clock), or None when it is none of them."""
    for instant in instants:
        assert isinstance(instant, datetime)
        utc = instant.astimezone(UTC) if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
        if written.tzinfo is not None:
            if abs(written - utc) <= CLOCK_TOLERANCE:
                return written
            if instant.tzinfo is None and abs(written.replace(tzinfo=None) - instant) <= (
                CLOCK_TOLERANCE
            ):
                return written  # a source's wall clock, its zone written on the page ("IST")
            continue
        delta = written.replace(tzinfo=UTC) - utc
        for offset in offsets_in_use():
            if abs(delta - offset) <= CLOCK_TOLERANCE:
                if not offset and instant.tzinfo is None:
                    return written  # the same clock, in a zone neither names
                return written.replace(tzinfo=timezone(offset))
    return None


def _with_page_offset(value: datetime, candidates: Sequence[Candidate]) -> datetime:
    """A time written without an offset, given the offset the page's other dates of that
    day carry: the wall clock on a page is in the site's own zone. UTC is no evidence (many
    sites write every date in UTC), so only another offset is taken."""
    if value.tzinfo is not None or not has_time(value):
        return value
    for candidate in candidates:
        other = candidate.value
        if (
            isinstance(other, datetime)
            and other.date() == value.date()
            and other.utcoffset() not in (None, timedelta(0))
        ):
            return value.replace(tzinfo=other.tzinfo)
    return value


def _needs_second_opinion(scores: dict[date, float], top: float) -> bool:
    """The page search (about 1 ms) is asked only when it can change the answer: no date at
    all, sources that disagree, or one weak source. On the dev sets it never changed the day
    chosen when all sources agreed on one day with a weight of 2 or more."""
    if top >= CONFIDENT:
        return False
    return len(scores) != 1 or top < AGREEING


def _rank(candidate: Candidate) -> int:
    """The origin's place by weight, heaviest first, equal weights in the table's order."""
    return _BY_WEIGHT.index(candidate.origin) if candidate.origin in _BY_WEIGHT else len(_BY_WEIGHT)


_BY_WEIGHT = sorted(
    (o for o in POLICIES[ArticleField.PUBLISHED].sources if isinstance(o, Origin)),
    key=lambda o: -ORIGIN_WEIGHTS.get(o, 0.0),
)


def _more_precise(new: Candidate, old: Candidate) -> bool:
    """Prefer a value with a time of day over a bare day (even one with an offset), then one
    with an offset, then the stronger origin."""
    assert isinstance(new.value, datetime) and isinstance(old.value, datetime)
    new_info = (has_time(new.value), new.value.tzinfo is not None)
    old_info = (has_time(old.value), old.value.tzinfo is not None)
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
                if abs(other - value) <= SAME_INSTANT:
                    candidate = Candidate(
                        field=candidate.field,
                        value=value.astimezone(other.tzinfo),
                        origin=candidate.origin,
                        detail=candidate.detail,
                    )
                    break
        out.append(candidate)
    return out


def _url_cut_in_utc(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The URL's day moved to a source's local day when it is that source's instant's day in
    UTC and not its local one: the CMS cut the path from the UTC clock ("/2024/03/05/" beside
    "2024-03-04T23:10:00-05:00"), and the reader's day is the local one. One writing of one
    instant, not two days disagreeing."""
    if not any(c.origin is Origin.URL for c in candidates):
        return list(candidates)  # most pages: no day in the URL
    instants = [
        c.value
        for c in candidates
        if c.origin not in (Origin.TEXT, Origin.URL)
        and has_time(c.value)
        and has_local_offset(c.value)
    ]
    out = []
    for candidate in candidates:
        value = candidate.value
        if candidate.origin is Origin.URL and isinstance(value, datetime):
            for instant in instants:
                assert isinstance(instant, datetime)
                local_day = instant.date()
                if local_day != value.date() == _as_utc(instant).date():
                    candidate = attrs.evolve(
                        candidate, value=datetime.combine(local_day, datetime.min.time())
                    )
                    break
        out.append(candidate)
    return out


def localised_modified(value: datetime, stamps: Sequence[object], published: object) -> datetime:
    """The chosen modification time ``value`` at the page's own offset, as the publication
    gets it: a UTC instant at the offset another modification stamp gives the same instant
    (``_localised``), else, within ``UPDATE_OFFSET_REACH`` of a ``published`` time that has
    the site's offset, at that offset ("2024-03-05T19:12:00Z" beside a publication at -05:00
    is 14:12-05:00); a time written without an offset ("Päivitetty 5.3.2024 12.47") takes
    it too. UTC is no evidence of the site's zone (many sites write every date in UTC)."""
    if not has_time(value):
        return value
    if value.utcoffset() == timedelta(0):
        for other in stamps:
            if (
                isinstance(other, datetime)
                and other.utcoffset() not in (None, timedelta(0))
                and abs(other - value) <= SAME_INSTANT
            ):
                return value.astimezone(other.tzinfo)
    if not isinstance(published, datetime) or published.utcoffset() in (None, timedelta(0)):
        return value
    if abs(_as_utc(value) - _as_utc(published)) > UPDATE_OFFSET_REACH:
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=published.tzinfo)
    if value.utcoffset() == timedelta(0):
        return value.astimezone(published.tzinfo)
    return value


def _as_text_reads(other: datetime, voters: list[Candidate]) -> datetime:
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
