"""What every step of the publication date's vote shares: the reaches and tolerances of its
readings, the details that mark a written date's kind, whether a value has a time or the
site's offset, and the rank of the sources' precision."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from newsextract.dating.zones import offsets_in_use
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import POLICIES, ArticleField
from newsextract.origin import Origin

# The vote's weights live in the resolution table (``fields.POLICIES``).
ORIGIN_WEIGHTS: Mapping[Origin, float] = POLICIES[ArticleField.PUBLISHED].weights


LABELLED_DATE = "date-label"  # its detail: provenance ``text:date-label``
SECOND_OPINION = "page-date"  # its detail: provenance ``html:page-date``
# A written time of day is a source's instant when it is that instant's wall clock at some
# offset to the minute: pages write no seconds.
CLOCK_TOLERANCE = timedelta(seconds=60)
# A day in the URL path is set when the article is first published (a draft is started a
# few days before at most): sources whose day is more than this after the URL's carry a later
# stamp (an update, a move of the site re-dating its pages), and the URL keeps the day; a
# day the page alone shows under its publication label is no stamp (``url_days.before_restamp``).
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


def has_time(value: object) -> bool:
    """A datetime with a time of day; midnight is how a bare day is written."""
    return isinstance(value, datetime) and value.time() != datetime.min.time()


def has_local_offset(value: object) -> bool:
    """A datetime with an offset other than UTC's: the wall clock of the site's zone."""
    return isinstance(value, datetime) and value.utcoffset() not in (None, timedelta(0))


def latest_day(value: datetime) -> date:
    """The calendar day of ``value`` in the zone furthest east (a bare day is that day)."""
    if not has_time(value) and value.tzinfo is None:
        return value.date()
    return (as_utc(value) + max(offsets_in_use())).date()


def as_utc(value: datetime) -> datetime:
    """The instant in UTC; a value without an offset is taken as UTC's wall clock."""
    return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)


def rank(candidate: Candidate) -> int:
    """The origin's place by weight, heaviest first, equal weights in the table's order."""
    return _BY_WEIGHT.index(candidate.origin) if candidate.origin in _BY_WEIGHT else len(_BY_WEIGHT)


_BY_WEIGHT = sorted(
    (o for o in POLICIES[ArticleField.PUBLISHED].sources if isinstance(o, Origin)),
    key=lambda o: -ORIGIN_WEIGHTS.get(o, 0.0),
)


def more_precise(new: Candidate, old: Candidate) -> bool:
    """Prefer a value with a time of day over a bare day (even one with an offset), then one
    with an offset, then the stronger origin."""
    assert isinstance(new.value, datetime) and isinstance(old.value, datetime)
    new_info = (has_time(new.value), new.value.tzinfo is not None)
    old_info = (has_time(old.value), old.value.tzinfo is not None)
    if new_info != old_info:
        return new_info > old_info
    return rank(new) < rank(old)
