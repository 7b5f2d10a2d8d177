"""The publisher's name as a brand: a social-media handle or a company's legal name passed
over for a later source's name, the tagline its source writes beside it cut off."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.company import is_brand, is_legal_name
from newsextract.metadata.fields import ArticleField, FieldName
from newsextract.metadata.resolution import FieldResolution, Rejection, in_place_of
from newsextract.metadata.site_names import end_parts, without_tagline
from newsextract.origin import Origin
from newsextract.text import compare_key

if TYPE_CHECKING:
    pass

F = ArticleField


def without_publisher_tagline(
    publisher: FieldResolution, url: str | None, by_field: Mapping[FieldName, list[Candidate]]
) -> FieldResolution:
    """The publisher's name without the tagline its source writes beside it ("AOC media -
    Analyse Opinion Critique"; see ``site_names.without_tagline``), the titles' end parts
    its second witness where the host names no part."""
    if not isinstance(publisher.value, str):
        return publisher

    def title_ends() -> frozenset[str]:
        return frozenset(
            compare_key(part)
            for candidate in by_field.get(F.TITLE, ())
            for part in end_parts(str(candidate.value))
        )

    alone = without_tagline(publisher.value, url, title_ends)
    return publisher if alone == publisher.value else publisher._replace(value=alone)


def as_brand(
    field: ArticleField,
    chosen: Candidate,
    value: Value | None,
    found: list[Candidate],
    rejected: list[Rejection],
) -> FieldResolution:
    """The chosen name, or, when it is a social-media handle, the first later source's
    name that is none; then, when it is a company's legal name, the first later source's
    name that is a brand ("Seeblatt" over "Helvetmedia AG"). A site rule is never
    second-guessed."""
    if chosen.origin is not Origin.RULE and _HANDLE.fullmatch(str(value).strip()):
        later = found[found.index(chosen) + 1 :]
        named = next((c for c in later if c.value and not _HANDLE.fullmatch(str(c.value))), None)
        if named is not None:
            reason = f"a social-media handle; {named.provenance} gives the site's name"
            kept = in_place_of(field, chosen, named, named.value, rejected, reason)
            return as_brand(field, named, named.value, found, list(kept.rejected))
    if chosen.origin is Origin.RULE or not is_legal_name(str(value)):
        return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))
    brand = next(
        (c for c in found[found.index(chosen) + 1 :] if is_brand(str(c.value))),
        None,
    )
    if brand is None:
        return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))
    reason = f"a company's legal name; {brand.provenance} gives the brand"
    return in_place_of(field, chosen, brand, brand.value, rejected, reason)


# A social-media handle as ``twitter:site`` gives it ("@valleyledger"): the account's slug,
# as the host's label is the site's, no name; a later source's name (the <title>'s part
# the host names, the copyright notice, the logo) is the publisher, the handle the last resort.
_HANDLE = LazyPattern(r"@[\w.]+")
