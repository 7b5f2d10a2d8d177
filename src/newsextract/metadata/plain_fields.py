"""Fields that take the first usable candidate in the table's order, or any yes, of their
own candidates alone: the lists narrowed to what sources agree on, the publisher's name
made a brand's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import POLICIES, ArticleField, Combine, FieldName
from newsextract.metadata.list_agreement import narrowed
from newsextract.metadata.publisher_names import as_brand
from newsextract.metadata.resolution import FieldResolution, Rejection, ordered
from newsextract.metadata.usable_values import usable_value
from newsextract.origin import Origin
from newsextract.paywall import MARKUP as PAYWALL_MARKUP

if TYPE_CHECKING:
    pass

F = ArticleField

# Fields that take the first usable candidate (or any "yes") of their own candidates alone,
# whatever the other fields hold: these alone can be refined with late candidates.
PLAIN_FIELDS = (
    F.LEAD,
    F.BYLINE,
    F.PUBLISHER,
    F.SOURCE,
    F.TAGS,
    F.LANGUAGE,
    F.CANONICAL_URL,
    F.IS_PAYWALLED,
)


def resolve_plain(
    field: ArticleField,
    by_field: Mapping[FieldName, list[Candidate]],
    extra: Sequence[Candidate] = (),
) -> FieldResolution:
    found, unread = ordered([*by_field.get(field, ()), *extra], field)
    rejected = list(unread)
    if POLICIES[field].combine is Combine.ANY:
        return _any(field, found, rejected)
    chosen: Candidate | None = None
    value: Value | None = None
    for candidate in found:
        if chosen is not None:
            rejected.append(Rejection(candidate, f"lower in precedence than {chosen.provenance}"))
            continue
        cleaned, problem = usable_value(field, candidate.value)
        if problem:
            rejected.append(Rejection(candidate, problem))
        else:
            chosen, value = candidate, cleaned
    if POLICIES[field].combine is Combine.NARROWED and chosen is not None:
        return narrowed(field, chosen, value, found, rejected)
    if POLICIES[field].combine is Combine.BRAND and chosen is not None:
        return as_brand(field, chosen, value, found, rejected)
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


def _any(field: ArticleField, found: list[Candidate], rejected: list[Rejection]) -> FieldResolution:
    """A yes/no field: the first source saying yes wins; else the first saying no. Paywall
    markup says yes only where the page does not declare itself free: templates leave it on
    free articles too."""
    declared_no = any(c.value is False and c.origin in _DECLARING for c in found)
    overruled = [c for c in found if declared_no and c.detail == PAYWALL_MARKUP]
    yes = (c for c in found if c.value is True and c not in overruled)
    chosen = next(yes, next((c for c in found if c not in overruled), None))
    for candidate in found:
        if candidate is not chosen:
            assert chosen is not None
            if candidate in overruled:
                reason = "paywall markup on a page its structured data declares free"
            elif chosen.value is True:
                reason = f"{chosen.provenance} says yes, which is enough"
            else:
                reason = f"lower in precedence than {chosen.provenance}"
            rejected.append(Rejection(candidate, reason))
    value = bool(chosen.value) if chosen is not None else False
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


# Sources that declare a yes/no field (a site rule, the page's structured data), not guess it.
_DECLARING = frozenset({Origin.RULE, Origin.JSONLD})
