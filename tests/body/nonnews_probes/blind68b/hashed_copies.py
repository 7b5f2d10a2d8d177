"""The blind68b probe's fourth batch: every page of the first three again as a CSS-in-JS
build serves it (``hashed``: every class a hash, no ids, roles or data attributes, the tags
kept), where only the words and the tags tell the furniture from the text; the same
must-lines and must-nots, decided with the pages."""

from __future__ import annotations

from news_probes.interruptions import hashed

from ..pages import Probes


def add_hashed_copies(probes: Probes) -> None:
    """A hashed copy of each page ``probes`` holds, named ``{name}_hashed``."""
    for probe in list(probes):
        probes.add(
            f"{probe.name}_hashed", probe.url, hashed(probe.html), probe.must, probe.must_not
        )
