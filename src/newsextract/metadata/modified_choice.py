"""The modification date: the first stamp by precedence at the page's offset, none before the
publication, a late stamp (relative, a script state's) when no source gives one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField, FieldName
from newsextract.metadata.local_instants import localised_modified
from newsextract.metadata.plain_fields import resolve_plain
from newsextract.metadata.resolution import FieldResolution, Rejection

if TYPE_CHECKING:
    pass

F = ArticleField


def relative_modified(modified: FieldResolution, stamp: Candidate | None) -> FieldResolution:
    """``modified`` from a late stamp: a relative update's (``relative_dates.relative_update``)
    or a script state's (``script_state_dates``)."""
    if stamp is None or not isinstance(stamp.value, datetime):
        return modified
    return modified._replace(chosen=stamp, value=stamp.value)


def not_before_published(modified: FieldResolution, published: Value | None) -> FieldResolution:
    """``modified`` without a value earlier than the publication (a JSON-LD ``dateModified``
    before its ``datePublished``: a draft's last save before a scheduled publication, or a
    stale field): a page is not changed before it is out, and a reader asking "was it
    updated?" would be told a wrong yes. The stamp is kept among the rejected, with why.
    Two instants are compared when both have an offset, else their days."""
    value = modified.value
    if not isinstance(value, datetime) or not isinstance(published, datetime):
        return modified
    if (value.tzinfo is not None) == (published.tzinfo is not None) and value.tzinfo is not None:
        earlier = value < published
    else:
        earlier = value.date() < published.date()
    if not earlier or modified.chosen is None:
        return modified
    reason = f"earlier than the publication ({published.isoformat()})"
    return modified._replace(
        chosen=None, value=None, rejected=(*modified.rejected, Rejection(modified.chosen, reason))
    )


def resolve_modified(
    by_field: Mapping[FieldName, list[Candidate]],
    written: Sequence[Candidate],
    published: Value | None,
) -> FieldResolution:
    """The first modification stamp by precedence, at the page's offset as the publication
    is (``local_instants.localised_modified``): the same instant, in the reader's clock."""
    resolution = resolve_plain(F.MODIFIED, by_field, extra=written)
    if not isinstance(resolution.value, datetime):
        return resolution
    stamps = [c.value for c in (*by_field.get(F.MODIFIED, ()), *written)]
    local = localised_modified(resolution.value, stamps, published)
    return resolution._replace(value=local)
