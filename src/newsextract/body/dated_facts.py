"""A key-facts list's dates given back: the dated definitions of a definition list whose other
facts are kept ("Data: 14 iunie 2025" beside "Loc: Sala Palatului"), which read alone under
their terms look like a page's stamp. One pass of the cleanup's second looks."""

from __future__ import annotations

from newsextract.body.date_lines import is_date_line
from newsextract.body.model import (
    DEFINITION,
)
from newsextract.body.reasons import (
    FURNITURE_LINE,
    Judged,
)
from newsextract.body.walk_records import Walk

# A definition list of key facts (an event's place and tickets, a product's weight) gives
# its date and time as facts too ("Data: 14 iunie 2025", "Ora: 19:00"), which read under
# their terms look like a page's stamp. When this many of the list's definitions are kept
# and are no dates, its dated definitions are the facts': a post's meta list names its
# author and category beside the date, which go as byline and category lines.
_DATED_FACTS = 2


def with_dated_facts(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the dated definitions of a key-facts list kept (``_DATED_FACTS``)."""
    lists: dict[int, list[int]] = {}  # a definition list's container: its definitions
    containers = walked.containers
    for position, (block, _) in enumerate(candidates):
        if block.kind is DEFINITION:
            container = block.container
            if containers.tag[container] == "dd":
                container = containers.parent[container]
            lists.setdefault(container, []).append(position)
    out: list[Judged] | None = None
    for positions in lists.values():
        dated = [
            p
            for p in positions
            if candidates[p][1] == FURNITURE_LINE and is_date_line(candidates[p][0].text)
        ]
        if not dated:
            continue
        facts = sum(
            1
            for p in positions
            if candidates[p][1] is None and not is_date_line(candidates[p][0].text)
        )
        if facts < _DATED_FACTS:
            continue
        out = out if out is not None else list(candidates)
        for p in dated:
            out[p] = (out[p][0], None)
    return out if out is not None else candidates
