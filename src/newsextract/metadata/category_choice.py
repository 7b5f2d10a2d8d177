"""The categories: sections a source names, else the breadcrumb path without the home page
and the article; a kicker's section after the breadcrumb path."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField, Evidence, FieldName
from newsextract.metadata.name_cleaning import unique_names
from newsextract.metadata.plain_fields import resolve_plain
from newsextract.metadata.resolution import FieldResolution, Rejection
from newsextract.metadata.title_agreement import cut_with_ellipsis
from newsextract.text import compare_key

if TYPE_CHECKING:
    pass

F = ArticleField

# The provenance of a kicker's section (metadata.kicker), read after the breadcrumb path.
_KICKER = "html:kicker"


def resolve_categories(by_field: Mapping[FieldName, list[Candidate]]) -> FieldResolution:
    """Sections named by a source, else the breadcrumb path without home page and article."""
    crumbs = by_field.get(Evidence.BREADCRUMBS, [])
    resolution = resolve_plain(F.CATEGORIES, by_field)
    if not crumbs:
        return resolution
    kicker = resolution.chosen if resolution.provenance == _KICKER else None
    if kicker is not None:  # the lowest source: a breadcrumb path comes first
        crumbed = resolve_categories({**by_field, F.CATEGORIES: []})
        if crumbed.chosen is not None:
            loser = Rejection(kicker, f"lower in precedence than {crumbed.provenance}")
            return crumbed._replace(rejected=(*crumbed.rejected, loser))
        return resolution
    if resolution.chosen is not None:
        losers = tuple(
            Rejection(c, f"lower in precedence than {resolution.provenance}") for c in crumbs
        )
        return resolution._replace(rejected=resolution.rejected + losers)
    first, *others = crumbs
    value = _breadcrumb_categories(first.value, by_field)
    rejected = [
        *resolution.rejected,
        *(Rejection(c, "only the first breadcrumb list is read") for c in others),
    ]
    if not value:
        rejected.insert(0, Rejection(first, "only the home page and the article in the path"))
        return resolution._replace(rejected=tuple(rejected))
    return FieldResolution(field=F.CATEGORIES, chosen=first, value=value, rejected=tuple(rejected))


def _breadcrumb_categories(
    value: Value, by_field: Mapping[FieldName, list[Candidate]]
) -> tuple[str, ...]:
    names = list(value) if isinstance(value, tuple) else []
    if names:
        names = names[1:]  # the home page
    titles = {
        compare_key(str(c.value))
        for c in [*by_field.get(F.TITLE, ()), *by_field.get(Evidence.HEADLINE, ())]
    }
    while names and (
        compare_key(names[-1]) in titles
        or len(names[-1]) > 60
        or any(cut_with_ellipsis(names[-1], title) for title in titles)
    ):
        if _section_as_headline(names[-1], by_field):
            break
        names.pop()  # the article: its title, whole or cut short
    return unique_names([name for name in names if name])


def _section_as_headline(step: str, by_field: Mapping[FieldName, list[Candidate]]) -> bool:
    """Whether the trail's last ``step``, which a structured title repeats, is a section a
    template wrote as the headline (JSON-LD's "headline": "Local news"): the visible
    headline and the ``<title>`` are both there and neither holds it. The article's own
    step is its title, whole or cut, which they hold."""
    key = compare_key(step)
    shown = [
        compare_key(str(c.value))
        for c in [
            *by_field.get(Evidence.HEADLINE, ())[:1],
            *(c for c in by_field.get(F.TITLE, ()) if c.provenance == "html:title"),
        ]
    ]
    return len(shown) >= 2 and bool(key) and not any(key in text for text in shown)
