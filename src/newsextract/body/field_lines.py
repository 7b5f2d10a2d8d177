"""An event's or a listing's fields, one labelled line each ("Datum: 12. května 2026",
"Místo: Kulturní dům Lipová", "Vstupné: 150 Kč"): the dated field is the event's fact, not
the page's stamp, where its sibling fields are kept, as a definition list's dated facts are
(``dated_facts.with_dated_facts``). A bare date line ("12. května 2026") names no field and
stays a stamp; a post's meta line ("Datum: …" beside "Autor: …") has its siblings dropped
as byline and category lines."""

from __future__ import annotations

from collections.abc import Callable

from newsextract.body.class_names import furniture_words
from newsextract.body.date_lines import is_date_line, line_label
from newsextract.body.finish import UNDER_FURNITURE
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.reasons import FURNITURE_LINE, Judged
from newsextract.body.walk_records import Walk

# Kept undated fields beside the dated one at least, as ``dated_facts._DATED_FACTS`` asks of a
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
    runs: _Runs | None = None
    for position, (block, reason) in enumerate(candidates):
        if reason is None or ":" not in block.text or line_label(block.text) is None:
            continue
        runs = runs if runs is not None else _Runs(walked, candidates)
        # the structure first, the date tests last: they cost more than the rest together
        if runs.kept_fields_beside(position) and _dropped_as_date(
            walked, (block, reason), named.get(position), runs.is_date_line
        ):
            out = out if out is not None else list(candidates)
            out[position] = (block, None)
    return out if out is not None else candidates


def _dropped_as_date(
    walked: Walk, judged: Judged, box: int | None, dated: Callable[[str], bool]
) -> bool:
    """Whether a labelled line was dropped as a date line (``dated``: ``is_date_line``, as
    the runs remember it), or under its own box (``box``) named only for its date, as no
    other furniture line ("Date : 6 décembre 2026" under ``<li class="info date">``; French
    "date" labels no stamp)."""
    block, reason = judged
    if reason == FURNITURE_LINE:
        return dated(block.text)
    return (
        box == block.container
        and reason is not None
        and reason.startswith(UNDER_FURNITURE)
        and furniture_words(walked.containers.names(box)) == _DATE_NAMES
        and (dated(block.text) or not is_furniture_line(block.text))
    )


class _Runs:
    """The runs of field lines (labelled short lines in one box, one after another), each
    read once when a dropped line first asks for it: a page of thousands of field lines
    costs a pass, not a pass a line (10,000 "Updated: …" lines took over a minute)."""

    def __init__(self, walked: Walk, candidates: list[Judged]) -> None:
        self._parent = walked.containers.parent
        self._candidates = candidates
        self._run_of: dict[int, int] = {}  # a field line's position: its run's first
        self._kept: dict[int, int] = {}  # a run's first position: its kept lines
        self._dropped: dict[int, list[int]] = {}  # ...: its dropped lines
        self._undated: dict[int, list[int]] = {}  # ...: those that are no date, when asked
        # ``is_date_line`` of each line asked: a run's lines are asked once for the run and
        # once each as the line looked at (10,000 "Updated: …" lines: 0.2 s the second time).
        self._dated: dict[str, bool] = {}

    def _field_line(self, position: int, box: int) -> bool:
        block = self._candidates[position][0]
        text = block.text
        return (
            self._parent[block.container] == box
            and len(text) <= _FIELD_LINE
            and line_label(text) is not None
        )

    def _run(self, position: int, box: int) -> int | None:
        """The first position of the run holding ``position`` if it is a field line of
        ``box``, else ``None``."""
        if not 0 <= position < len(self._candidates):
            return None
        known = self._run_of.get(position)
        if known is not None:
            return known if self._parent[self._candidates[known][0].container] == box else None
        if not self._field_line(position, box):
            return None
        first = position
        while first > 0 and self._field_line(first - 1, box):
            first -= 1
        end = position + 1
        while end < len(self._candidates) and self._field_line(end, box):
            end += 1
        dropped: list[int] = []
        for member in range(first, end):
            self._run_of[member] = first
            if self._candidates[member][1] is not None:
                dropped.append(member)
        self._kept[first] = end - first - len(dropped)
        self._dropped[first] = dropped
        return first

    def _undated_of(self, run: int) -> list[int]:
        """The dropped lines of a run that are no date: the date tests run once a run."""
        undated = self._undated.get(run)
        if undated is None:
            texts = [(member, self._candidates[member][0].text) for member in self._dropped[run]]
            undated = [member for member, text in texts if not self.is_date_line(text)]
            self._undated[run] = undated
        return undated

    def is_date_line(self, text: str) -> bool:
        """``date_lines.is_date_line``, read once a text."""
        dated = self._dated.get(text)
        if dated is None:
            dated = self._dated[text] = is_date_line(text)
        return dated

    def kept_fields_beside(self, at: int) -> bool:
        """Whether the run of field lines around ``at`` (labelled short lines in sibling
        boxes) holds ``_KEPT_FIELDS`` kept fields and no undated field dropped (a dropped
        dated one, "Time: 19:00", counts neither way; a kept line is no stamp). ``at``
        itself, a dropped line, counts neither way either."""
        box = self._parent[self._candidates[at][0].container]
        runs = {run for run in (self._run(at - 1, box), self._run(at + 1, box)) if run is not None}
        if sum(self._kept[run] for run in runs) < _KEPT_FIELDS:
            return False
        # a byline's or a category's line dropped beside it: a post's meta
        return all(member == at for run in runs for member in self._undated_of(run)[:2])


__all__ = ["with_dated_field_lines"]
