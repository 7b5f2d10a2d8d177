"""The day a Chinese news agency's dateline names at the opening of a story's text:
"（中央社記者王小明台北5日電）" (Taiwan's CNA: the day of the month alone), "新华社北京3月5日电",
"中新网3月5日电" (the month and the day). The wire writes the day it filed the story, so a later
day the page search finds (an update line, a modification stamp) is not the publication's:
the dateline's day, in the month and year of that later day, is. But a later stamp in the
night's first hours of the day right after the dateline's is the publication of a story filed
that evening ("新华社北京3月4日电" above "2024-03-05 00:20"): it stands."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from newsextract.lazy_regex import LazyPattern

# "日電" / "日电": a day then "telegraph", the Chinese wires' dateline mark; found by a plain
# substring search of the source first (a page without one costs that search alone).
_MARKS = ("日電", "日电")
# The dateline before its mark: an optional month ("3月") and the day, digits of either
# width ("5日電", "3月5日电", "５日電"), right before the mark.
_DATELINE = LazyPattern(r"(?:(\d{1,2})月)?(\d{1,2})$")
# How far back from the mark the month and day are read: "12月31" is the longest.
_LOOKBACK = 6
# A dateline names a day at most a month before the page's later day (a story updated
# weeks on); farther, it is another story's (a quoted wire report).
_REACH = timedelta(days=31)
# A stamp before this hour on the day after the dateline's is the night's publication of the
# evening's filing: the wires' evening copy goes out past midnight, an update later in the
# morning (a stamp at midnight exactly is a day without its time).
_NIGHT_ENDS = time(6)


def dateline_day(html: str, later: datetime) -> datetime | None:
    """The day the first agency dateline after the page's first ``<h1>`` names, in the
    month and year of ``later`` (or the month before, when its day of the month is
    after ``later``'s), when that day is before ``later`` and within ``_REACH``."""
    start = max(html.find("<h1"), 0)
    mark = min((i for i in (html.find(m, start) for m in _MARKS) if i >= 0), default=-1)
    if mark < 0:
        return None
    found = _DATELINE.search(html, max(mark - _LOOKBACK, 0), mark)
    if found is None:
        return None
    month = int(found.group(1)) if found.group(1) else None
    day = _named_day(later.date(), month, int(found.group(2)))
    if day is None or not later.date() - _REACH <= day < later.date():
        return None
    if day == later.date() - timedelta(days=1) and time(0) < later.time() < _NIGHT_ENDS:
        return None  # filed in the evening, published after midnight
    return later.replace(year=day.year, month=day.month, day=day.day, hour=0, minute=0, second=0)


def _named_day(later: date, month: int | None, day: int) -> date | None:
    """The latest day on or before ``later`` with the day of the month ``day`` (and the
    month ``month`` when given) in the last two months (or year), or None."""
    for back in range(2 if month is None else 13):
        year, index = divmod(later.year * 12 + later.month - 1 - back, 12)
        if month is not None and index + 1 != month:
            continue
        try:
            found = date(year, index + 1, day)
        except ValueError:  # no such day in that month (the 31st of April): the month before
            continue
        if found <= later:
            return found
    return None
