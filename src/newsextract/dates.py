"""Dates: machine-readable forms parsed directly, human-written ones through dateparser.

``dateparser`` costs milliseconds a call, so it is used only for visible text, hinted with
the page's language, and only when no machine-readable date was found. Every result passes
sanity bounds: nothing before the web, nothing more than a day or two in the future.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)

EARLIEST = datetime(1991, 8, 6)  # the first web page
FUTURE_SLACK = timedelta(days=2)

_ISO_PREFIX = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"  # date
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?"  # time
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",  # offset
    re.I,
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_RFC2822_HINT = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}")

# A date written in words or numbers inside a longer text: "12. März 2021", "March 3, 2020",
# "03/08/2020", "2020年8月3日". Used to cut the part dateparser has to read.
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_TEXT_DATE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?" + _MONTH_WORD + r"\s+(?:de\s+)?\d{4}"
    r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)"
    r"(?:(?:\s*[,|\-–—/]\s*|\s+(?:um|à|a las|at|às|alle|om|kl\.?|o)?\s*)"
    r"\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:Uhr|h))?)?",
    re.I,
)


def in_bounds(value: datetime, now: datetime | None = None) -> bool:
    """True for a plausible publication date: after the first web page, not in the future."""
    try:
        naive = value.replace(tzinfo=None) if value.tzinfo is None else _to_naive_utc(value)
    except OverflowError:  # year 1 or 9999 with an offset has no UTC equivalent
        return False
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return EARLIEST <= naive <= now + FUTURE_SLACK


def _to_naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def parse_machine_date(value: Any) -> datetime | None:
    """ISO 8601 (and its common variants), RFC 2822 or a Unix epoch; None if not one of them."""
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed = _parse_iso(text)
    if parsed is None and _EPOCH.match(text):
        parsed = _from_epoch(float(text[:10]))
    if parsed is None and _RFC2822_HINT.match(text):
        parsed = _parse_rfc2822(text)
    if parsed is not None and in_bounds(parsed):
        return parsed
    return None


def _parse_iso(text: str) -> datetime | None:
    match = _ISO_PREFIX.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        tz = _offset(offset)
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError("offset out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _parse_rfc2822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        value = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return value if in_bounds(value) else None


def find_text_date(text: str) -> str | None:
    """The first date-looking span of a visible text, for ``parse_text_date``."""
    match = _TEXT_DATE.search(text)
    return match.group(0) if match else None


def parse_text_date(text: str, language: str | None = None) -> datetime | None:
    """A human-written date in any language; ``language`` (ISO 639-1) speeds it up a lot."""
    text = text.strip()
    if not text or len(text) > 200:
        return None
    machine = parse_machine_date(text)
    if machine is not None:
        return machine
    return _dateparser(text, language)


@lru_cache(maxsize=2048)
def _dateparser(text: str, language: str | None) -> datetime | None:
    import dateparser  # deferred: importing it costs ~0.3 s and most pages never need it

    settings = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    languages = [language] if language and language in _dateparser_languages() else None
    try:
        value = dateparser.parse(text, languages=languages, settings=settings)
        if value is None and languages is not None:
            value = dateparser.parse(text, settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError) as exc:
        logger.debug("dateparser failed on %r: %s", text, exc)
        return None
    if value is None or not in_bounds(value):
        return None
    return value


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map().keys())
