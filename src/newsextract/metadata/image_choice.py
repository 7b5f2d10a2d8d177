"""The article's image: the first candidate that is a web address once joined with the
page's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsextract.metadata.article_image import image_address
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField, FieldName
from newsextract.metadata.resolution import FieldResolution, Rejection, lower_than, ordered

if TYPE_CHECKING:
    pass

F = ArticleField


def resolve_image(
    by_field: Mapping[FieldName, list[Candidate]], base: Value | None
) -> FieldResolution:
    """The first candidate that is a web address once joined with the page's (``base``)."""
    found, unread = ordered(by_field.get(F.IMAGE, ()), F.IMAGE)
    rejected = list(unread)
    chosen: Candidate | None = None
    value: str | None = None
    for candidate in found:
        if chosen is not None:
            rejected.append(Rejection(candidate, lower_than(chosen)))
            continue
        address = image_address(str(candidate.value), base if isinstance(base, str) else None)
        if address is None:
            rejected.append(Rejection(candidate, "not a web address"))
        else:
            chosen, value = candidate, address
    return FieldResolution(field=F.IMAGE, chosen=chosen, value=value, rejected=tuple(rejected))
