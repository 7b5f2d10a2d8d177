"""The language probe pages (``language_probes``, a module a region): every scored field of
every page, one test each, so that the suite's misses are a hit rate per field
(``benchmarks/language_probes.py`` prints it, beside trafilatura's)."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

import newsextract

from .language_probes import PROBES, matches

# What the probes found and this library still misses, with why (each an open class).
_OPEN = {
    # a town after the writer's name that CLDR's places (countries, the zones' cities) lack
    # reads as a second writer; a one-word name after a comma may be either
    ("ne_byline_name_and_town", "authors"),
    ("cs_name_comma_town", "authors"),
    ("sq_nga_name_comma_town", "authors"),
    # a wiki's JSON-LD credits its contributors as an organisation ("Участники проектов …")
    ("ru_wiki_no_author", "authors"),
}
# Bikram Sambat dates need nepali-datetime's table of month lengths (an optional library).
_NEEDS_NEPALI_DATETIME = {"ne_bikram_sambat_year_first", "ne_bikram_sambat_month_first"}


def _marks(probe: Any, name: str) -> list[pytest.MarkDecorator]:
    if (probe.name, name) in _OPEN:
        return [pytest.mark.xfail(strict=True)]
    if name == "published" and probe.name in _NEEDS_NEPALI_DATETIME:
        return [pytest.mark.skipif(not _has_nepali_datetime(), reason="nepali-datetime")]
    return []


def _has_nepali_datetime() -> bool:
    return importlib.util.find_spec("nepali_datetime") is not None


_CASES = [
    pytest.param(
        probe,
        name,
        want,
        id=f"{probe.name}-{name}",
        marks=_marks(probe, name),
    )
    for probe in PROBES
    for name, want in probe.want.items()
]


@pytest.fixture(scope="module")
def articles() -> dict[str, newsextract.Article]:
    return {probe.name: newsextract.extract(probe.html, url=probe.url) for probe in PROBES}


@pytest.mark.parametrize(("probe", "field", "want"), _CASES)
def test_probe_field(
    articles: dict[str, newsextract.Article], probe: Any, field: str, want: Any
) -> None:
    got = getattr(articles[probe.name], field)
    assert matches(field, got, want), f"{probe.name} {field}: {got!r}"
