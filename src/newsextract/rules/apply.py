"""Applying a rule to a page: candidates for the fields it defines, and its body."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from selectolax.lexbor import LexborNode, SelectolaxError

from newsextract.body.blocks import walk
from newsextract.body.model import Block, Body
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate, Value
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.rules import patterns
from newsextract.rules.model import DATE_FIELDS, LIST_FIELDS, FieldRule, SiteRule
from newsextract.rules.transforms import apply_transforms
from newsextract.text import clean_text

logger = logging.getLogger(__name__)


def rule_candidates(
    rule: SiteRule, page: ParsedPage, *, skip: Collection[str] = ()
) -> Iterator[Candidate]:
    """One candidate per field the rule defines and finds on the page, but those of ``skip``
    (fields the caller would drop: neither read nor queried)."""
    fields = {f: spec for f, spec in rule.fields.items() if f not in skip}
    selected = _selects_any(fields.values(), page, rule.name)
    for field, spec in fields.items():
        if spec.hook is None and not selected:
            continue  # no element matches any of the fields' selectors
        try:
            value = _field_value(field, spec, page, rule.name)
        except (TimeoutError, KeyboardInterrupt):  # a time limit (the batch's per page) or
            raise  # the user's Ctrl-C ends the page, not the field
        except BaseException as exc:  # a broken hook or transform costs the field, not the page:
            # a hook's SystemExit or GeneratorExit too, which ended the caller or a whole batch
            logger.warning("rule %s failed on field %s: %r", rule.name, field, exc)
            continue
        if value not in (None, "", ()):
            yield Candidate(field=field, value=value, origin=Origin.RULE, detail=rule.name)


def _selects_any(specs: Iterable[FieldRule], page: ParsedPage, rule: str) -> bool:
    """Whether any element matches any selector of the rule's fields: one query of the tree
    for all of them, where each selector of each field is a query of its own (a theme rule's
    six selectors, 0.3 ms, on every page of its theme that has none of its lists). Also True
    when a selector does not parse: the fields are then tried one by one, as before."""
    selectors = [s for spec in specs if spec.hook is None for s in spec.selectors]
    selectors = patterns.usable(selectors, page.tree, rule)
    if not selectors:
        return False
    try:
        return page.tree.css_first(", ".join(selectors)) is not None
    except SelectolaxError:  # a bad selector: its field logs the error on its own
        return True


def _field_value(field: str, spec: FieldRule, page: ParsedPage, rule: str) -> Value | None:
    raw: Any = spec.hook(page) if spec.hook is not None else _select(spec, page, field, rule)
    if raw is None:
        return None
    if spec.hook is None:
        raw = apply_transforms(raw, spec.transforms)
    return _typed(field, raw)


def _select(spec: FieldRule, page: ParsedPage, field: str, rule: str) -> Any:
    many = field in LIST_FIELDS and not spec.first
    for selector in patterns.usable(spec.selectors, page.tree, rule):
        values = [v for v in (_read(node, spec) for node in page.tree.css(selector)) if v]
        if values:
            return values if many else values[0]
    return None


def _read(node: LexborNode, spec: FieldRule) -> str:
    if spec.attribute:
        text = node.attributes.get(spec.attribute) or ""
    else:
        text = node.text(deep=True, separator=" ")
    text = clean_text(text)
    if spec.regex and text:
        match = patterns.search(spec.regex, text)
        if not match:
            return ""
        text = match.group(1) if match.groups() else match.group(0)
    return text.strip()


def _typed(field: str, raw: Any) -> Value | None:
    if field in DATE_FIELDS:
        if isinstance(raw, datetime):
            return _plain_datetime(raw)
        from newsextract.rules.transforms import TRANSFORMS

        value = TRANSFORMS["date"](raw, "")
        return value if isinstance(value, datetime) else None
    if field in LIST_FIELDS:
        items = raw if isinstance(raw, (list, tuple)) else [raw]
        return tuple(t for t in (_text(i) for i in items) if t)
    if isinstance(raw, (list, tuple)):
        raw = raw[0] if raw else None
    return _text(raw) if raw is not None else None


def _plain_datetime(moment: datetime) -> datetime:
    """A hook's ``datetime`` as a plain one at the same moment and offset: a zone of the
    caller's own class (or a subclass of ``datetime``) holding what no pickle takes made an
    Article that could not go back from a batch's worker, and the chunk of pages beside it
    failed with it. A ``ZoneInfo`` or ``timezone`` zone, which pickles, is kept; a zone
    whose offset cannot be read raises, and costs the field as a failing hook does."""
    from zoneinfo import ZoneInfo  # loaded already when a zone of it is in use

    zone = moment.tzinfo
    if type(moment) is datetime and (zone is None or type(zone) in (timezone, ZoneInfo)):
        return moment
    offset = moment.utcoffset()  # None when naive; a zone's error leaves the hook's field
    return datetime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
        moment.microsecond, tzinfo=None if offset is None else timezone(offset),
        fold=moment.fold,
    )  # fmt: skip


def _text(raw: object) -> str:
    """A hook's value as a field's text: cleaned as a page's text is, and each lone surrogate
    (a Python string can hold one, a page's parsed text cannot) as U+FFFD: no UTF-8 writer
    (the JSONL, CSV and Parquet outputs, the store) can encode it."""
    text = clean_text(str(raw))
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = LazyPattern("[\ud800-\udfff]")


def rule_body(rule: SiteRule, page: ParsedPage) -> Body | None:
    """The body from the rule's containers, minus its drop selectors; None if none match."""
    if rule.body is None or not rule.body.containers:
        return None
    blocks: list[Block] = []
    # A container inside one already read is in its blocks: read again, its text came twice,
    # and a selector matching each of 2,000 nested elements cloned and walked the page's
    # depth 2,000 times (1.5 s and 360 MB). Each element is marked once: a read container's
    # whole tree, then skipped.
    seen: set[int] = set()
    drop = tuple(patterns.usable(rule.body.drop, page.tree, rule.name))
    for selector in patterns.usable(rule.body.containers, page.tree, rule.name):
        for node in page.tree.css(selector):
            if node.mem_id in seen:
                continue
            seen.update(inner.mem_id for inner in node.traverse(include_text=False))
            blocks.extend(_container_blocks(node, drop))
    if not blocks:
        return None
    return Body(blocks=tuple(blocks), method=f"rule:{rule.name}")


def _container_blocks(node: LexborNode, drop: tuple[str, ...]) -> list[Block]:
    copy = node.clone()
    for selector in drop:
        for junk in copy.css(selector):
            junk.decompose()
    walked = walk(copy, figures=True)
    return [raw.to_block() for raw in walked.blocks if raw.text.strip()]
