"""Dates an element keeps in its attributes rather than its text: a tooltip's ``title`` (a
relative time shown, "2 hours ago", with the absolute date as its tooltip) and an instant in
seconds since 1970 (``EPOCH_ATTRIBUTES``, "<span data-timestamp=…>3小时前</span>"). The
written dates (``visible_dates``) read them beside each date-classed element's text; one walk
of a small element's subtree tells what their queries inside it would find (``inner_marks``),
as each query costs lexbor more than the walk."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.dates import TextDate, find_text_dates
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.visible_blocks import DIGIT
from newsextract.text import clean_text


def holds_term(node: LexborNode) -> bool:
    """``node.css_first("dt") is not None`` (``date_line_labels.with_terms``), by a walk of its
    subtree, itself first, as a query matches its root."""
    dt = _dt_tag_id()
    return any(element.tag_id == dt for element in node.traverse())


# The attributes where a theme keeps the instant it shows as a relative time, in seconds
# (or milliseconds) since 1970: "<span class=time data-timestamp=1740982800>3小时前</span>"
# (Chinese portals), Facebook-style "<abbr data-utime=…>".
EPOCH_ATTRIBUTES = ("data-timestamp", "data-time", "data-utime")
_TOOLTIP_ATTRIBUTES = ("title", *EPOCH_ATTRIBUTES)
TOOLTIP_OR_STAMP = ",".join(f"[{name}]" for name in _TOOLTIP_ATTRIBUTES)
_EPOCH_DIGITS = LazyPattern(r"\d{10}(?:\d{3})?")


def _epoch_stamp(attributes: Mapping[str, str | None]) -> str | None:
    """The instant in seconds since 1970 an element (its attributes, read once: each
    ``attributes`` builds a new dict) keeps in an ``EPOCH_ATTRIBUTES`` one."""
    for name in EPOCH_ATTRIBUTES:
        value = (attributes.get(name) or "").strip()
        if _EPOCH_DIGITS.fullmatch(value):
            return value
    return None


_EPOCH_STAMPED = ",".join(f"[{name}]" for name in EPOCH_ATTRIBUTES)
_TOOLTIP_NAMES = frozenset(_TOOLTIP_ATTRIBUTES)
_TOOLTIP_ONLY = frozenset({"title"})


class InnerMarks(NamedTuple):
    """What the queries of ``_scoped_dates`` inside an element with inner elements would find
    there, told by one walk of its subtree (itself first, as a query matches its root)."""

    terms: bool  # a <dt> in it: ``node.css_first("dt")`` (``date_line_labels.with_terms``)
    stamped: bool  # an element keeping an ``EPOCH_ATTRIBUTES`` instant (``_EPOCH_STAMPED``)
    tooltips: list[LexborNode]  # ``node.css(TOOLTIP_OR_STAMP)``, in its order


# Elements of a subtree walked before its queries are asked instead: a query costs lexbor
# 19-34 K instructions whatever the subtree (the selector parsed again), the walk about 3 K an
# element (six elements: 18.6 K against 53 K for two queries); nine in ten of the dev pages'
# date elements with inner elements have fewer than eight.
_WALKED_ELEMENTS = 16


@functools.cache
def _dt_tag_id() -> int:
    """Lexbor's id of ``<dt>`` (``tag_id`` is an integer, ``tag`` a new string each read),
    read off a parsed probe on first use, as ``page._own_text_tag_ids``."""
    body = LexborHTMLParser("<dl><dt></dt></dl>").body
    found = body.css_first("dt") if body is not None else None
    if found is None:  # pragma: no cover  (a parser that renames a tag)
        raise RuntimeError("no tag id for dt")
    return found.tag_id


def inner_marks(node: LexborNode) -> InnerMarks | None:
    """``InnerMarks`` of an element with inner elements, or None past ``_WALKED_ELEMENTS`` (the
    queries are asked). Lexbor lists an element once for each selector of a list it matches
    (its attributes here), element after element in page order."""
    dt = _dt_tag_id()
    terms = stamped = False
    tooltips: list[LexborNode] = []
    for count, element in enumerate(node.traverse()):
        if count == _WALKED_ELEMENTS:
            return None
        if element.tag_id == dt:
            terms = True
        attributes = element.attributes
        if not attributes:
            continue
        named = _TOOLTIP_NAMES.intersection(attributes)
        if named:
            tooltips.extend([element] * len(named))
            if not stamped and named != _TOOLTIP_ONLY:
                stamped = _epoch_stamp(attributes) is not None
    return InnerMarks(terms, stamped, tooltips)


def keeps_epoch_stamp(
    node: LexborNode, attributes: Mapping[str, str | None], leaf: bool, inner: InnerMarks | None
) -> bool:
    """Whether an element without a digit in its text keeps an instant in an
    ``EPOCH_ATTRIBUTES`` one, its own or an inner element's ("<span data-time=…>gestern
    </span>", "昨天"): a relative day shown in words. ``attributes``: the element's;
    ``leaf``: it has no inner element; ``inner``: its ``inner_marks``, when walked."""
    if _epoch_stamp(attributes) is not None:
        return True
    if leaf:
        return False
    if inner is not None:
        return inner.stamped
    return any(_epoch_stamp(found.attributes) is not None for found in node.css(_EPOCH_STAMPED))


def tooltip_elements(
    node: LexborNode, attributes: Mapping[str, str | None], leaf: bool, inner: InnerMarks | None
) -> list[LexborNode]:
    """``node.css(TOOLTIP_OR_STAMP)``: lexbor lists an element once for each selector of
    the list it matches, so an element without inner elements is listed once for each of
    the attributes it has (``inner``: see ``keeps_epoch_stamp``)."""
    if not leaf:
        return inner.tooltips if inner is not None else node.css(TOOLTIP_OR_STAMP)
    return [node] * sum(name in attributes for name in _TOOLTIP_ATTRIBUTES)


def title_dates(node: LexborNode, text: str, inner: list[LexborNode]) -> list[TextDate]:
    """The dates in the ``title`` attribute (the tooltip) of ``node`` and of the elements
    inside it whose visible text holds none: a relative time shown ("2 hours ago", "пре 2
    сата") with the absolute date as its tooltip (``<time title="March 5, 2024 10:30 AM
    PHT">``), after the dates of the text; or a day alone with its time in the tooltip (a
    Hugo theme's ``<span title="2025-03-03 14:20:00 +0100 CET">3. März 2025</span>``), which
    lends the day its time (``WrittenDates._timed_same_day``). The text of ``text`` before
    the element, from the previous such element on, is the date's label ("Updated").
    ``inner``: ``node.css(TOOLTIP_OR_STAMP)`` (``tooltip_elements``)."""
    found_dates: list[TextDate] = []
    start = 0
    for element in (node, *inner):
        attributes = element.attributes
        title = attributes.get("title")
        stamp = _epoch_stamp(attributes) if not title else None
        if not stamp and (not title or DIGIT.search(title) is None):
            continue
        shown = clean_text(element.text(deep=True, separator=" "))
        shown_date = next(find_text_dates(shown), None)
        if shown_date is not None and shown_date.has_time:
            continue  # its text has a date of its own: read as text
        if stamp:
            found: TextDate | None = TextDate("", stamp, has_time=True)
        else:
            found = next(find_text_dates(clean_text(title or "")), None)
        if found is None or (shown_date is not None and not found.has_time):
            continue
        at = text.find(shown, start) if shown else -1
        before = text[start:at] if at >= 0 else ""
        start = at + len(shown) if at >= 0 else start
        found_dates.append(found._replace(label=f"{before} {found.label}".strip()))
    return found_dates
