"""A list field's value when sources disagree: a narrower list a later source agrees on, a
longer one the chosen list only summarises, the list two later sources give alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import POLICIES, ArticleField
from newsextract.metadata.resolution import FieldResolution, Rejection, in_place_of
from newsextract.metadata.usable_values import usable_value
from newsextract.origin import Origin
from newsextract.text import compare_key

if TYPE_CHECKING:
    pass

# A narrower list must keep at least this share of the chosen one's items: a source that
# repeats one or two of many tags (a "main topic" field) is a summary, not the agreed list.
_MIN_KEPT_SHARE = 0.5
# ...and at least this many items: one shared item is a coincidence, not an agreement.
_MIN_AGREED_ITEMS = 2
# A chosen list of this many items that a later source's longer list holds is that list's
# summary (its main topic), not the page's tags: the longer list is. Two or more items are
# a list of their own, which a later source may extend with loose keywords (measured: a
# bound of half the longer list's items lost on half A of both sets).
MAX_SUMMARY_ITEMS = 1
# A later list of this many items beside such a one-item list that it does not hold: the one
# item is the taxonomy's term (a desk, "Transport"), the longer list the story's keywords.
MIN_KEYWORD_LIST = 3


def narrowed(
    field: ArticleField,
    chosen: Candidate,
    value: Value | None,
    found: list[Candidate],
    rejected: list[Rejection],
) -> FieldResolution:
    """The chosen list (or the list two later sources agree on against it, see
    ``_agreed_elsewhere``), or a shorter one from a later source that it wholly contains, or
    a longer one that wholly contains it when it is that list's summary
    (``MAX_SUMMARY_ITEMS``: an ``article:tag`` naming the main topic among the
    ``news_keywords``)."""
    assert isinstance(value, tuple)
    fills_only = POLICIES[field].fills_only
    if fills_only:
        found = [c for c in found if c is chosen or c.provenance not in fills_only]
    first = chosen
    if (agreed := _agreed_elsewhere(field, chosen, _list_key(value), found)) is not None:
        chosen, value, sources = agreed
        reason = f"{sources} later sources agree on another list, {chosen.provenance}'s"
        rejected = [r for r in rejected if r.candidate is not chosen]
        rejected.append(Rejection(first, reason))
    keys = {compare_key(item) for item in value}
    for candidate in found:
        if candidate is chosen or candidate is first:
            continue
        items, problem = usable_value(field, candidate.value)
        if problem or not isinstance(items, tuple):
            continue
        narrower = {compare_key(item) for item in items}
        if len(keys) <= MAX_SUMMARY_ITEMS and keys < narrower:
            reason = f"a summary of the {len(items)} items {candidate.provenance} gives"
            return in_place_of(field, chosen, candidate, items, rejected, reason)
        if _beside_news_keywords(chosen, candidate, items, found):
            reason = (
                f"a taxonomy's term beside the {len(items)} keywords {candidate.provenance} gives"
            )
            return in_place_of(field, chosen, candidate, items, rejected, reason)
        if (
            narrower < keys
            and len(narrower) >= _MIN_AGREED_ITEMS
            and len(narrower) >= _MIN_KEPT_SHARE * len(keys)
        ):
            reason = f"holds items beyond the {len(items)} that {candidate.provenance} agrees on"
            return in_place_of(field, chosen, candidate, items, rejected, reason)
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


def _beside_news_keywords(
    chosen: Candidate, later: Candidate, items: tuple[str, ...], found: list[Candidate]
) -> bool:
    """Whether ``chosen`` is one item that ``later``, a ``news_keywords`` list of
    ``MIN_KEYWORD_LIST`` or more, does not hold and no other source repeats: the taxonomy's
    term ("Transport") beside the story's keywords, which Google News' meta is for."""
    if later.detail != "news_keywords" or len(items) < MIN_KEYWORD_LIST:
        return False
    value = chosen.value
    if not isinstance(value, tuple) or len(value) > MAX_SUMMARY_ITEMS:
        return False
    keys = _list_key(value)
    if not keys.isdisjoint(_list_key(items)):
        return False
    return not any(
        other is not chosen and isinstance(other.value, tuple) and _list_key(other.value) == keys
        for other in found
    )


# Lists that this many sources give alike outvote the first source's list when no other
# source gives that one: the first list is its writer's own (a content system's facets,
# "Desk: Metro"; a category written as an article:tag), the one repeated is the tags.
_AGREEING_SOURCES = 2


def _agreed_elsewhere(
    field: ArticleField, chosen: Candidate, keys: frozenset[str], found: list[Candidate]
) -> tuple[Candidate, tuple[str, ...], int] | None:
    """The first candidate of a list (``_MIN_AGREED_ITEMS`` or more) that ``_AGREEING_SOURCES``
    later sources give alike, with the count, when no other source repeats ``chosen``'s list;
    else None. A site rule's list is never outvoted."""
    if chosen.origin is Origin.RULE or len(found) <= _AGREEING_SOURCES:
        return None  # a site rule's list, or too few lists to outvote it (most pages)
    lists: dict[frozenset[str], list[tuple[Candidate, tuple[str, ...]]]] = {}
    for candidate in found:
        items, problem = usable_value(field, candidate.value)
        if problem or not isinstance(items, tuple):
            continue
        lists.setdefault(_list_key(items), []).append((candidate, items))
    if len(_sources(lists.get(keys, []))) > 1:
        return None
    for agreed, given in lists.items():  # in precedence order of their first source
        count = len(_sources(given))
        if agreed != keys and len(agreed) >= _MIN_AGREED_ITEMS and count >= _AGREEING_SOURCES:
            return (*given[0], count)
    return None


def _list_key(items: tuple[str, ...]) -> frozenset[str]:
    """A list's items compared loosely and split at commas: a source that splits the list
    string it holds ("Fees, rates and charges" as two) gives the list of one that
    repeats a tag a property, when the words are the same."""
    return frozenset(compare_key(part) for item in items for part in item.split(","))


def _sources(given: list[tuple[Candidate, tuple[str, ...]]]) -> set[tuple[str, str]]:
    """The distinct writers of the candidates: a <meta> by its name (``article:tag`` read as
    OpenGraph and as a plain <meta> is one element), the other origins as one each (a
    labelled list of ``rel=tag`` links is read twice by the markup's scans)."""
    return {
        ("meta", c.detail) if c.origin in (Origin.OPENGRAPH, Origin.META) else (c.origin, "")
        for c, _ in given
    }
