"""The records of metadata resolution and the steps every field's choice shares: a candidate
that lost and why, one field's outcome, and the candidates a field's policy reads in its
order (``fields.POLICIES``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import POLICIES, ArticleField, FieldName


class Rejection(NamedTuple):
    """A candidate that lost, and why, in one line."""

    candidate: Candidate
    reason: str


class FieldResolution(NamedTuple):
    """One field's outcome. ``value`` is what the Article gets: the chosen candidate's value,
    cleaned (a title without the site name, authors as names)."""

    field: ArticleField
    chosen: Candidate | None
    value: Value | None
    rejected: tuple[Rejection, ...] = ()

    @property
    def provenance(self) -> str | None:
        return self.chosen.provenance if self.chosen is not None else None


def group(candidates: Iterable[Candidate]) -> dict[FieldName, list[Candidate]]:
    by_field: dict[FieldName, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_field[candidate.field].append(candidate)
    return by_field


def ordered(
    candidates: Iterable[Candidate], field: ArticleField
) -> tuple[list[Candidate], list[Rejection]]:
    """The candidates ``field``'s policy reads, in its order (stable within one source), and
    those it does not read."""
    policy = POLICIES[field]
    ranked: list[tuple[int, Candidate]] = []
    unread: list[Rejection] = []
    for candidate in candidates:
        position = policy.rank(candidate.provenance, candidate.origin)
        if position is None:
            unread.append(Rejection(candidate, f"{candidate.origin} is not a source of {field}"))
        else:
            ranked.append((position, candidate))
    ranked.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in ranked], unread


def first_ranked(candidates: Iterable[Candidate], field: ArticleField) -> Candidate | None:
    """The most trusted candidate of ``field`` (before any check of its value)."""
    found, _ = ordered(candidates, field)
    return found[0] if found else None


def in_place_of(
    field: ArticleField,
    chosen: Candidate,
    winner: Candidate,
    value: Value,
    rejected: list[Rejection],
    reason: str,
) -> FieldResolution:
    """``winner`` with ``value`` where ``chosen`` stood; ``chosen`` loses for ``reason``."""
    kept = [r for r in rejected if r.candidate is not winner]
    kept.append(Rejection(chosen, reason))
    return FieldResolution(field=field, chosen=winner, value=value, rejected=tuple(kept))


def lower_than(chosen: Candidate | None) -> str:
    return f"lower in precedence than {chosen.provenance}" if chosen else "not usable"
