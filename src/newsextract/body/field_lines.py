"""An event's or a listing's fields, one labelled line each ("Datum: 12. května 2026",
"Místo: Kulturní dům Lipová", "Vstupné: 150 Kč"): the dated field is the event's fact, not
the page's stamp, where its sibling fields are kept, as a definition list's dated facts are
(``cleanup._with_dated_facts``). A bare date line ("12. května 2026") names no field and
stays a stamp; a post's meta line ("Datum: …" beside "Autor: …") has its siblings dropped
as byline and category lines."""

from __future__ import annotations

from newsextract.body.class_names import furniture_words
from newsextract.body.date_lines import is_date_line, line_label
from newsextract.body.finish import UNDER_FURNITURE
from newsextract.body.patterns import is_furniture_line
from newsextract.body.reasons import FURNITURE_LINE, Judged
from newsextract.body.walk_records import Walk

# Kept undated fields beside the dated one at least, as ``cleanup._DATED_FACTS`` asks of a
# definition list: a post's meta names its author and category beside the date, and those
# go as byline and category lines.
_KEPT_FIELDS = 2
# A field's own box named only for its date ("event-date", "field-date"): the furniture
# word is the field's name, not a stamp box's.
_DATE_NAMES = frozenset({"date"})
# A field line is short: a label and a value, no paragraph (``date_lines.DATELINE``).
_FIELD_LINE = 120


def with_dated_field_lines(
    walked: Walk, candidates: list[Judged], named: dict[int, int]
) -> list[Judged]:
    """The candidates with a dated field line kept (``_KEPT_FIELDS``). ``named``: the
    positions dropped under a furniture-named container, and that container. Only a dropped
    labelled line is looked at (a regex match a dropped block)."""
    out: list[Judged] | None = None
    for position, (block, reason) in enumerate(candidates):
        if reason is None or ":" not in block.text or line_label(block.text) is None:
            continue
        # the structure first, the date tests last: they cost more than the rest together
        if _kept_fields_beside(walked, candidates, position) and _dropped_as_date(
            walked, (block, reason), named.get(position)
        ):
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


def _dropped_as_date(walked: Walk, judged: Judged, box: int | None) -> bool:
    """Whether a labelled line was dropped as a date line, or under its own box (``box``)
    named only for its date, as no other furniture line ("Date : 6 décembre 2026" under
    ``<li class="info date">``; French "date" labels no stamp)."""
    block, reason = judged
    if reason == FURNITURE_LINE:
        return is_date_line(block.text)
    return (
        box == block.container
        and reason is not None
        and reason.startswith(UNDER_FURNITURE)
        and furniture_words(walked.containers.names(box)) == _DATE_NAMES
        and (is_date_line(block.text) or not is_furniture_line(block.text))
    )


def _kept_fields_beside(walked: Walk, candidates: list[Judged], at: int) -> bool:
    """Whether the run of field lines around ``at`` (labelled short lines in sibling boxes)
    holds ``_KEPT_FIELDS`` kept fields and no undated field dropped (a dropped dated one,
    "Time: 19:00", counts neither way; a kept line is no stamp)."""
    parent = walked.containers.parent
    box = parent[candidates[at][0].container]
    kept = 0
    dropped: list[str] = []
    for positions in (range(at - 1, -1, -1), range(at + 1, len(candidates))):
        for position in positions:
            block, reason = candidates[position]
            text = block.text
            if (
                parent[block.container] != box
                or len(text) > _FIELD_LINE
                or line_label(text) is None
            ):
                break
            if reason is None:
                kept += 1
            else:
                dropped.append(text)
    # a byline's or a category's line dropped beside it: a post's meta
    return kept >= _KEPT_FIELDS and all(map(is_date_line, dropped))


__all__ = ["with_dated_field_lines"]
