"""How long the fuzz tests of this folder run.

In CI (the default) each test tries a modest, fixed set of cases: ``derandomize`` draws the
same ones on every run, so a failure is reproducible and the suite's time is stable. A long
local run draws fresh cases, many more of them::

    NEWSEXTRACT_FUZZ=long pytest tests/hostile        # 50 times the cases, new ones each run
    NEWSEXTRACT_FUZZ=long:200 pytest tests/hostile    # 200 times

Every test keeps its own time bound per input (CPU seconds, by the input's size), in both.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

_PROFILE, _, _FACTOR = os.environ.get("NEWSEXTRACT_FUZZ", "ci").partition(":")
LONG = _PROFILE == "long"
_TIMES = int(_FACTOR) if _FACTOR.isdigit() else 50


def fuzz(cases: int) -> settings:
    """Hypothesis settings for a fuzz test of ``cases`` cases in CI."""
    return settings(
        max_examples=cases * _TIMES if LONG else cases,
        derandomize=not LONG,
        database=None,
        # A wall-clock deadline per case, far above any case's cost on a loaded machine: the
        # tests' own bounds (CPU time) are the tight ones.
        deadline=timedelta(seconds=60),
        # Generated pages are big and slow to draw by design; that is no health problem.
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


def cpu_bound(size: int, *, base: float = 4.0, per_mb: float = 10.0) -> float:
    """The CPU seconds an input of ``size`` bytes or characters may take: ``base`` plus
    ``per_mb`` a megabyte (big_pages.py holds 60 MB pages to about 2 s; generated pages are
    under 2 MB, and the bound is loose so a loaded CI machine does not fail it)."""
    return base + per_mb * size / 1_000_000
