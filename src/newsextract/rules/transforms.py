"""Named transforms a rule can apply to a field's raw text, in order.

A transform is ``name`` or ``name:argument``: ``strip``, ``lower``, ``title``,
``strip_prefix:By``, ``strip_suffix: - Site``, ``replace:old=>new``, ``split:,`` (text to a
list), ``byline`` (names out of a byline), ``date`` (human or machine date to a datetime,
hinted by ``date:fr``; a zone written after the time, "5:12 p.m. EST", becomes its offset),
``zone:America/New_York`` (the site's time zone, for a date the page writes without one or
with an abbreviation several zones use, "IST").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from newsextract.dates import find_text_date, parse_machine_date, parse_text_date
from newsextract.dating.zones import GENERIC_ZONES
from newsextract.metadata.authors import split_byline
from newsextract.text import clean_text

Transform = Callable[[Any, str], Any]


def _each(function: Callable[[str, str], Any]) -> Transform:
    def apply(value: Any, argument: str) -> Any:
        if isinstance(value, list):
            return [function(item, argument) for item in value]
        return function(value, argument)

    return apply


def _split(value: Any, argument: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        out.extend(part.strip() for part in str(item).split(argument or ","))
    return [item for item in out if item]


def _byline(value: Any, _: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [name for item in items for name in split_byline(str(item))]


def _date(value: Any, language: str) -> datetime | None:
    text = str(value[0] if isinstance(value, list) and value else value)
    machine = parse_machine_date(text)
    if machine is not None:
        return machine
    span = find_text_date(text) or text
    return parse_text_date(span, language or None)


def _zone(value: Any, name: str) -> datetime | None:
    """A date read in the site's zone when the page gives it none: a zone the page writes
    (its offset, from ``dates``) wins over the rule's."""
    moment = value if isinstance(value, datetime) else _date(value, "")
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=site_zone(name))


def site_zone(name: str) -> tzinfo:
    """The tz database zone ``name`` ("Europe/Paris", or a US generic zone such as "ET");
    ``ValueError`` saying what is wrong, checked when the rule is loaded."""
    if not name:
        raise ValueError("a zone transform names a tz database zone: zone:America/New_York")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # on first use (see dating.zones)

    try:
        return ZoneInfo(GENERIC_ZONES.get(name, name))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name!r} (a tz database name)") from None


def _replace(value: str, argument: str) -> str:
    """``value`` with ``old`` replaced by ``new``, growing it to ``MAX_GROWN_CHARS`` at most:
    64 replaces of "" by "ab" in a rule's list took a title of 26 characters to all the
    memory there was (each one triples it); the replacements past the cap are not made."""
    old, _, new = argument.partition("=>")
    growth = len(new) - len(old)
    if growth <= 0:
        return value.replace(old, new)
    return value.replace(old, new, max(MAX_GROWN_CHARS - len(value), 0) // growth)


#: The longest a replace makes a value: ten times the longest field a rule fills (a lead's
#: 10,000 characters), so no value a rule means is cut and none grows past a few hundred KB.
MAX_GROWN_CHARS = 100_000


TRANSFORMS: dict[str, Transform] = {
    "strip": _each(lambda v, a: v.strip(a or None)),
    "clean": _each(lambda v, _: clean_text(v)),
    "lower": _each(lambda v, _: v.lower()),
    "title": _each(lambda v, _: v.title()),
    "strip_prefix": _each(
        lambda v, a: v[len(a) :].strip() if v.lower().startswith(a.lower()) else v
    ),
    "strip_suffix": _each(
        lambda v, a: v[: -len(a)].strip() if a and v.lower().endswith(a.lower()) else v
    ),
    "replace": _each(_replace),
    "split": _split,
    "byline": _byline,
    "date": _date,
    "zone": _zone,
}

#: Transforms whose argument is checked when the rule is loaded, not on the first page.
_ARGUMENT_CHECKS: dict[str, Callable[[str], object]] = {"zone": site_zone}


def parse_transform(spec: str) -> tuple[str, str]:
    """``"split:,"`` to ``("split", ",")``; ``KeyError`` for an unknown name, ``ValueError``
    for an argument the transform cannot use."""
    name, _, argument = spec.partition(":")
    if name not in TRANSFORMS:
        raise KeyError(name)
    if name in _ARGUMENT_CHECKS:
        _ARGUMENT_CHECKS[name](argument)
    return name, argument


def apply_transforms(value: Any, specs: tuple[str, ...]) -> Any:
    for spec in specs:
        name, argument = parse_transform(spec)
        value = TRANSFORMS[name](value, argument)
        if value is None:
            return None
    return value
