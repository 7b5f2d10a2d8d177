"""Wave 73's searches of a page's source: a date-named ``data-`` attribute's epoch
(``source_days._EPOCH_ATTRIBUTE``) and a Chinese wire's dateline (``agency_datelines``) run
over the raw markup, where an attacker writes what runs they like. The first version of the
attribute's regex tested the name's words inside the pattern (a lookahead over the name, then
up to three words each side): a run of "data-data-…" cost it a square (1.5 s at 10,000
characters, 26 s at 40,000); the name is now read in Python after a bounded match."""

from __future__ import annotations

import re

import pytest

from newsextract.metadata.source_days import _EPOCH_ATTRIBUTE

from .regex_inventory import growth

_GROWTH, _FLOOR = 8.0, 0.01  # four times the run: linear is 4, a square 16
_SMALL_LIMIT = 0.5  # seconds for 40,000 characters: the square took 2 s (the guard's cut) here


@pytest.mark.parametrize(
    ("head", "unit"),
    [("", "data-"), ("data-", "a-"), ("data-", "created-"), ("data-created=", "1")],
)
def test_a_run_in_the_source_costs_the_epoch_search_linear_time(head: str, unit: str) -> None:
    compiled: re.Pattern[str] = _EPOCH_ATTRIBUTE.compiled
    small, large = growth(compiled.pattern, compiled.flags, head, unit, "\u2603", 8_000)
    assert small < _SMALL_LIMIT and large <= _GROWTH * small + _FLOOR, (head, unit, small, large)
