"""JSON-LD blocks: tolerant parsing, ``@graph`` flattening and ``@id`` resolution.

Real pages ship JSON-LD with trailing commas, raw newlines inside strings, HTML comments or
CDATA wrappers and several objects pasted together; a strict ``json.loads`` drops a third of
them. Repairs are tried in order, cheapest first, and a block that still fails is skipped.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from newsextract.lazy_regex import LazyPattern

logger = logging.getLogger(__name__)

JsonObject = dict[str, Any]

_WRAPPERS = LazyPattern(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?://\s*\]\]>|\]\]>|-->)\s*$")
_TRAILING_COMMA = LazyPattern(r",\s*([}\]])")


#: ``<script type="application/ld+json">`` blocks read on a page, the first ones: seven times
#: the dev pages' most (28). Each block read is a JSON parse and each of its nodes walked by
#: every ``of_type`` query; 40,000 blocks of one node took 0.5 s of CPU (2.5 s under load).
MAX_JSONLD_SCRIPTS = 200
#: JSON-LD nodes read on a page, the first ones (``@graph`` lists unpacked): forty times the
#: dev pages' most (233). One block may hold any number: a ``@graph`` of a million small
#: nodes (30 MB) took 7.6 s of CPU, most of it walking every node for each type asked for.
MAX_JSONLD_NODES = 10_000


#: A list a JSON-LD property holds is read to its first this many items (an author list, a
#: breadcrumb's items): thirteen times the dev pages' longest, 75. A node of a million
#: authors (44 MB) took 3.2 s of CPU and 610 MB in the stages reading them.
MAX_JSONLD_LIST = 1_000
# Lists are cut in blocks longer than this only: two and a half times the dev pages' longest
# block (39,650 characters); a shorter one holds no list long enough to cost.
_CUT_LISTS_OVER = 100_000


def parse_block(text: str, limit: int = MAX_JSONLD_NODES) -> list[JsonObject]:
    """The JSON objects in one ``<script type="application/ld+json">`` block, its first
    ``limit``."""
    if "<!" in text or "]]>" in text or "-->" in text:  # every wrapper has one of them
        text = _WRAPPERS.sub("", text)
    text = text.strip().rstrip(";")
    if not text:
        return []
    text = mend_surrogate_escapes(text)
    if "\\u00" in text:
        text = _ESCAPED_CONTROL.sub(r"\\u0020", text)
    data = _decoded(text)
    if data is _UNREAD:
        return []
    nodes = list(islice(_objects(data), max(limit, 0)))
    # the controls' replacements keep the text's length
    return _with_lists_cut(nodes) if len(text) > _CUT_LISTS_OVER else nodes


_UNREAD = object()  # no repair reads the block


def _decoded(text: str) -> Any:
    """The JSON value of ``text`` with its raw control characters replaced
    (``_RAW_CONTROL``), repaired if need be, or ``_UNREAD``.

    Strict JSON refuses a raw control character but DEL, inside a string or out: a text it
    reads holds none to replace, and is not scanned for them (a block in a hundred is not
    strict JSON; the scan of every character cost a fifth of the JSON-LD view)."""
    if "\x7f" not in text:
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            pass
    cleaned = _RAW_CONTROL.sub(" ", text)
    # read as it is above, unless it held a control character (DEL among them)
    repairs = _REPAIRS if cleaned != text else _REPAIRS[1:]
    for repair in repairs:
        try:
            return repair(cleaned)
        except (ValueError, RecursionError):
            continue
    logger.debug("unparseable JSON-LD block skipped: %.80r", cleaned)
    return _UNREAD


# A surrogate escape ("\\ud83d") is half of a character: ``json.loads`` joins a high half
# followed by a low one and leaves a lone half as it is, a string no UTF-8 writer can encode
# (one such value in a page would stop a batch's output file).
_LONE_SURROGATE = LazyPattern(
    r"(\\u[dD][89abAB][0-9a-fA-F]{2})(\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


# Control characters (C0 but tab and line breaks, and DEL) are no text: written raw in a
# string (which the repairs accept) or escaped ("\\u0000"), they would reach titles and
# names, and a NUL is a value PostgreSQL's text refuses. Each becomes a space.
_RAW_CONTROL = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ESCAPED_CONTROL = LazyPattern(r"\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])")


def mend_surrogate_escapes(text: str) -> str:
    """JSON ``text`` with each escaped lone surrogate written as U+FFFD instead."""
    if "\\ud" in text or "\\uD" in text:  # every escaped surrogate has one of them
        return _LONE_SURROGATE.sub(_replace_lone_surrogate, text)
    return text


def _replace_lone_surrogate(match: re.Match[str]) -> str:
    """A pair as it is; a lone half becomes U+FFFD, the replacement character."""
    return match.group(0) if match.group(2) else "\\ufffd"


def _as_is(text: str) -> Any:
    return json.loads(text)


def _escape_controls(text: str) -> Any:
    # Raw newlines and tabs inside strings are the most common breakage; whitespace between
    # tokens is harmless to escape because json accepts neither form there anyway.
    return json.loads(text, strict=False)


def _drop_trailing_commas(text: str) -> Any:
    return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)


def _integer(digits: str) -> int | str:
    """A JSON integer; one longer than Python reads from text (``_MAX_INT_DIGITS``) kept as
    its digits: the ``ValueError`` lost the whole block, headline and all."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


# Python's limit on an int read from text (``sys.get_int_max_str_digits``, CVE-2020-10735);
# only the last repair reads past it, as a Python call per integer slows the first reading.
_MAX_INT_DIGITS = 4300


def _concatenated(text: str) -> Any:
    decoder = json.JSONDecoder(strict=False, parse_int=_integer)
    text = _TRAILING_COMMA.sub(r"\1", text)
    items, pos = [], 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(text):
            break
        item, pos = decoder.raw_decode(text, pos)
        items.append(item)
    if not items:
        raise ValueError("no JSON value")
    return items


_REPAIRS = (_as_is, _escape_controls, _drop_trailing_commas, _concatenated)


def _with_lists_cut(nodes: list[JsonObject]) -> list[JsonObject]:
    """``nodes`` with every list inside them cut to ``MAX_JSONLD_LIST`` items (the nodes
    themselves are counted by ``MAX_JSONLD_NODES``); walked without recursion."""
    stack: list[Any] = list(nodes)
    while stack:
        value = stack.pop()
        items = value.values() if isinstance(value, dict) else value
        if isinstance(value, list) and len(value) > MAX_JSONLD_LIST:
            del value[MAX_JSONLD_LIST:]
        stack.extend(item for item in items if isinstance(item, (dict, list)))
    return nodes


def _objects(data: Any) -> Iterator[JsonObject]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _objects(graph)
            rest = {k: v for k, v in data.items() if k not in ("@graph", "@context")}
            if len(rest) > 1:
                yield data
        else:
            yield data


# schema.org types of an article's node (and the kinds of post and report that carry a
# headline, an author and a text): where the metadata and the body's articleBody are read.
ARTICLE_TYPES = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "SatiricalArticle",
    "AskPublicNewsArticle",
    "TechArticle",
    "Report",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Review",
    "Blog",
    "MedicalWebPage",
)


class JsonLdGraph:
    """All JSON-LD nodes of a page, with ``@id`` references resolvable across blocks."""

    def __init__(self, nodes: Iterable[JsonObject]) -> None:
        self.nodes: tuple[JsonObject, ...] = tuple(nodes)
        self._by_id: dict[str, JsonObject] = {}
        for node in self.nodes:
            node_id = node.get("@id")
            if isinstance(node_id, str) and len(node) > 1:
                self._by_id.setdefault(node_id, node)
        # Each walked node with its types, found once: ``of_type`` is asked for several
        # kinds of node on every page, and walked each node again for every question.
        self._typed: list[tuple[JsonObject, set[str]]] = [
            (node, node_types(node)) for node in self._walk()
        ]

    def resolve(self, value: Any) -> Any:
        """Follow an ``{"@id": ...}`` reference to its full node, if the page has it."""
        if isinstance(value, dict) and len(value) == 1 and "@id" in value:
            return self._by_id.get(str(value["@id"]), value)
        return value

    def of_type(self, *types: str) -> list[JsonObject]:
        """Nodes (top level and ``mainEntity``) whose ``@type`` is one of ``types``."""
        return [node for node, kinds in self._typed if not kinds.isdisjoint(types)]

    def _walk(self) -> Iterator[JsonObject]:
        for node in self.nodes:
            yield node
            for key in ("mainEntity", "mainEntityOfPage", "itemListElement"):
                child = self.resolve(node.get(key))
                if isinstance(child, dict) and child is not node:
                    yield child


def node_types(node: JsonObject) -> set[str]:
    """The node's ``@type`` values without a ``schema:`` or URL prefix."""
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].removeprefix("schema:") for t in items if t}
