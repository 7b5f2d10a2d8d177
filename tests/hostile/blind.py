"""Helpers of the blind red team (wave 56): an attack runs in a child process with a memory cap
and a time limit, so a hole shows as a failed bound, not as a test run that hangs or swaps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

_PRELUDE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
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


def attack(body: str, *, seconds: float, megabytes: int) -> dict[str, object]:
    """Run ``body`` (which may set ``outcome[...]``) in a child under an address-space cap of
    ``megabytes`` plus the interpreter's own, within ``seconds`` of wall time."""
    cap = (megabytes + 700) * 1024 * 1024  # the interpreter, lexbor and the imports: ~700 MB
    code = _PRELUDE.format(cap=cap, body=textwrap.indent(textwrap.dedent(body), "    "))
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=seconds + 5,  # the import and the page's construction
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"untyped": f"timed out after {seconds + 5} s"}
    line = [x for x in done.stdout.splitlines() if x.startswith("OUTCOME ")]
    if not line:
        return {"untyped": f"died ({done.returncode}): {done.stderr[-500:]}"}
    outcome: dict[str, object] = json.loads(line[-1][len("OUTCOME ") :])
    return outcome


def held(outcome: dict[str, object], seconds: float) -> bool:
    """No untyped error, no ExtractionError (a bug by the docs), within the CPU bound."""
    cpu = outcome.get("cpu")
    return (
        "untyped" not in outcome
        and not outcome.get("ExtractionError")
        and isinstance(cpu, float)
        and cpu < seconds
    )
