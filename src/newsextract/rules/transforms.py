"""Named transforms a rule can apply to a field's raw text, in order.

A transform is ``name`` or ``name:argument``: ``strip``, ``lower``, ``title``,
``strip_prefix:By``, ``strip_suffix: - Site``, ``replace:old=>new``, ``split:,`` (text to a
list), ``byline`` (names out of a byline), ``date`` (human or machine date to a datetime,
hinted by ``date:fr``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from newsextract.dates import find_text_date, parse_machine_date, parse_text_date
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


def _replace(value: str, argument: str) -> str:
    old, _, new = argument.partition("=>")
    return value.replace(old, new)


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
}


def parse_transform(spec: str) -> tuple[str, str]:
    """``"split:,"`` to ``("split", ",")``; raises KeyError for an unknown name."""
    name, _, argument = spec.partition(":")
    if name not in TRANSFORMS:
        raise KeyError(name)
    return name, argument


def apply_transforms(value: Any, specs: tuple[str, ...]) -> Any:
    for spec in specs:
        name, argument = parse_transform(spec)
        value = TRANSFORMS[name](value, argument)
        if value is None:
            return None
    return value
