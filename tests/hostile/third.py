"""Helpers of the third blind red team (wave 58), on cost: the attack pages (small inputs built
to make the library slow or hungry) and a meter that runs a call in a forked child, so its CPU
time and its peak memory are its own and a runaway call is ended at a wall-clock guard."""

from __future__ import annotations

import contextlib
import functools
import json
import math
import multiprocessing
import resource
import time
from collections.abc import Callable
from multiprocessing.connection import Connection

import newsextract

# The bound every attack is held to (a page of 1 MB or less): CPU seconds and megabytes of
# peak memory over the child's start. A real page of that size costs well under a tenth.
CPU_BOUND = 2.0
MB_BOUND = 200.0
# Wall seconds after which a child is ended: far above the CPU bound on a machine shared by
# several test runs (a load of four runs a core makes 2 CPU seconds 8 wall seconds).
WALL_GUARD = 30.0
# The guard of a known hole (a strict xfail): it is over the bound, so it need not run long.
HOLE_GUARD = 8.0

# The seconds of ``_pace_work`` on the machine the bounds were set on, at rest (0.38 s,
# 2026-12-06 01:12). The same code ran 1.7-1.8x slower on CI's machine and on this one at
# other hours: a bound is a multiple of an ordinary cost, so it scales with the machine.
PACE_REFERENCE = 0.38
# A machine slower than this many times the reference holds the bounds as this many: past
# it, a bound would no longer tell an attack from an ordinary input.
PACE_CAP = 3.0


def _pace_work() -> None:
    """An ordinary, CPU-bound job of the library's own: feedparser (pure Python over expat)
    reading a feed of 2,500 plain items, as discovery does."""
    from newsextract.discovery.feeds import FeedTooLongError, parse_feed

    item = (
        "<item><title>Quay plan {0}</title><link>https://news.example/2024/05/quay-{0}</link>"
        "<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>A short summary."
        "</description></item>"
    )
    items = "".join(item.format(number) for number in range(2_500))
    data = f"<?xml version='1.0'?><rss version='2.0'><channel><title>H</title>{items}"
    with contextlib.suppress(FeedTooLongError):
        list(parse_feed((data + "</channel></rss>").encode(), "https://news.example/feed"))


@functools.cache
def machine_pace() -> float:
    """How many times slower than the reference this machine runs now (at least 1, at most
    ``PACE_CAP``): the best of three runs of ``_pace_work``, measured once a test session."""
    spent = []
    for _ in range(3):
        started = time.process_time()
        _pace_work()
        spent.append(time.process_time() - started)
    return min(PACE_CAP, max(1.0, min(spent) / PACE_REFERENCE))


def cpu_seconds() -> float:
    """CPU seconds spent so far by this process (every thread) and by the children it has
    waited for: the cost of a call, which a loaded machine does not stretch as it stretches
    wall time. Take the difference of two readings around the call."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


MONTHS = "January February March April May June July August September October November December"
HUNGRY = "12.12.12.12 " * 40 + MONTHS * 5 + " 2020 1 2 3 4 5 6 7 8 9 10 11 12 de de de am um"


def page(body: str, head: str = "", title: str = "Harbour works resume") -> str:
    """An article page: a headline, one real paragraph, then ``body``."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        "<p>The harbour board said on Monday that work on the new quay would resume next"
        f" week after a pause of three months.</p>{body}</article></body></html>"
    )


def para(text: str) -> str:
    """An article page whose second paragraph is ``text``."""
    return page(f"<p>{text}</p>")


def _child(call: Callable[[], object], conn: Connection) -> None:
    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    outcome = "ok"
    try:
        call()
    except newsextract.NewsExtractError as exc:
        outcome = f"typed {type(exc).__name__}"
    except BaseException as exc:  # the verdict: anything else is a hole
        outcome = f"untyped {type(exc).__name__}: {str(exc)[:200]}"
    cpu = time.process_time() - started
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start) / 1024
    conn.send(json.dumps([cpu, peak, outcome]))
    conn.close()


def cost(call: Callable[[], object], guard: float = WALL_GUARD) -> tuple[float, float, str]:
    """CPU seconds, peak megabytes and outcome (``ok``, ``typed X`` or ``untyped X: ...``)
    of ``call()`` in a forked child; ``inf`` seconds if it outran ``WALL_GUARD``."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(call, sender), daemon=True)
    child.start()
    sender.close()
    ready = receiver.poll(guard)
    if not ready:
        child.kill()
        child.join()
        return math.inf, math.inf, "timed out"
    cpu, peak, outcome = json.loads(receiver.recv())
    child.join()
    return float(cpu), float(peak), str(outcome)


def within_bounds(
    call: Callable[[], object],
    cpu_bound: float = CPU_BOUND,
    guard: float = WALL_GUARD,
    mb_bound: float = MB_BOUND,
) -> str:
    """Assert ``call()`` ends, typed, within the CPU and memory bounds; return its outcome."""
    cpu, peak, outcome = cost(call, guard)
    assert not outcome.startswith(("untyped", "timed")), outcome
    bound = cpu_bound * machine_pace()
    assert cpu <= bound, f"{cpu:.2f} s of CPU (bound {cpu_bound} s x pace {machine_pace():.2f})"
    assert peak <= mb_bound, f"{peak:.0f} MB at peak (bound {mb_bound:.0f} MB)"
    return outcome
