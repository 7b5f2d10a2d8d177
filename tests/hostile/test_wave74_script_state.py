"""The script state's update search (``script_state_dates._record_update``) pairs each
publication stamp of the story's day with the update keys near it. Its first version weighed
every record against every update key: a state of 8,000 records whose stamps sit in separate
objects (``{"publishedAt": …}, {"updatedAt": …}``) took 2.5 s at 600 KB, a square in the
records; each record now looks up only the keys within its reach."""

from __future__ import annotations

import time
from datetime import date, datetime

from newsextract.metadata.script_state_dates import _record_update

_GROWTH, _FLOOR = 8.0, 0.02  # four times the records: linear is 4, a square 16
_RECORD = '"publishedAt":"2024-03-05T10:00:00Z"},{"updatedAt":"2024-03-05T11:00:00Z"},'


def _seconds(records: int) -> float:
    state = _RECORD * records
    started = time.process_time()
    assert _record_update(state, date(2024, 3, 5), datetime(2024, 3, 5)) is None
    return time.process_time() - started


def test_a_state_of_many_records_in_separate_objects_costs_linear_time() -> None:
    small, large = _seconds(2_000), _seconds(8_000)
    assert large <= _GROWTH * small + _FLOOR, (small, large)


def test_an_update_beside_its_record_is_still_found() -> None:
    state = '{"publishedAt":"2024-03-05T10:00:00Z","updatedAt":"2024-03-05T11:00:00Z"}'
    found = _record_update(state * 3, date(2024, 3, 5), datetime(2024, 3, 5))
    assert found is not None and found.hour == 11
