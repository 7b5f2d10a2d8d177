"""Helpers of the blind red team (wave 56): an attack runs in a child process with a memory cap
and a CPU-time limit, so a hole shows as a failed bound, not as a test run that hangs or swaps.
The bounds are CPU seconds scaled by ``machine_pace()``: a loaded or slower machine (CI's runs
up to 1.7x slower) stretches wall time, not what an attack proves."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .third import machine_pace

SRC = Path(__file__).resolve().parents[2] / "src"

_PRELUDE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu_cap}, {cpu_cap}))
import newsextract
started = time.process_time()
outcome = {{}}
try:
{body}
except newsextract.NewsExtractError as exc:
    outcome["typed"] = type(exc).__name__
    outcome["ExtractionError"] = isinstance(exc, newsextract.ExtractionError)
except BaseException as exc:
    outcome["untyped"] = type(exc).__name__ + ": " + str(exc)[:300]
outcome["cpu"] = time.process_time() - started
outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
sys.stdout.write("OUTCOME " + json.dumps(outcome))
"""


# CPU seconds a child may spend beyond its attack's scaled bound: the interpreter's start, the
# imports and the construction of the page (a 100 MB string), which the bound does not count.
SETUP_CPU = 15
# Wall seconds per CPU second the child is allowed before it is ended as hung: a load of 16 on
# two cores stretches a CPU second to eight. The CPU limit ends a runaway attack first.
WALL_STRETCH = 8


def attack(body: str, *, seconds: float, megabytes: int) -> dict[str, object]:
    """Run ``body`` (which may set ``outcome[...]``) in a child under an address-space cap of
    ``megabytes`` plus the interpreter's own, and a CPU limit of ``seconds`` on this machine's
    pace plus ``SETUP_CPU`` (a child past it is killed: an untyped outcome)."""
    cap = (megabytes + 700) * 1024 * 1024  # the interpreter, lexbor and the imports: ~700 MB
    cpu_cap = math.ceil(seconds * machine_pace()) + SETUP_CPU
    code = _PRELUDE.format(
        cap=cap, cpu_cap=cpu_cap, body=textwrap.indent(textwrap.dedent(body), "    ")
    )
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=cpu_cap * WALL_STRETCH,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"untyped": f"hung: no end after {cpu_cap * WALL_STRETCH} s of wall time"}
    line = [x for x in done.stdout.splitlines() if x.startswith("OUTCOME ")]
    if not line:
        return {"untyped": f"died ({done.returncode}): {done.stderr[-500:]}"}
    outcome: dict[str, object] = json.loads(line[-1][len("OUTCOME ") :])
    return outcome


def held(outcome: dict[str, object], seconds: float) -> bool:
    """No untyped error, no ExtractionError (a bug by the docs), within ``seconds`` of CPU
    scaled by this machine's pace."""
    cpu = outcome.get("cpu")
    return (
        "untyped" not in outcome
        and not outcome.get("ExtractionError")
        and isinstance(cpu, float)
        and cpu < seconds * machine_pace()
    )
