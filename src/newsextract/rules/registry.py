"""Which rule serves a page: matching, and precedence between rules from several places.

Precedence, strongest first: rules passed to ``extract`` (or a ``RuleRegistry`` built by the
caller), rules from a directory, rules of installed packages (entry points), built-in rules.
Within one level a site rule beats a CMS-family rule, then the higher ``priority``, then the
longer (more specific) domain. Two rules tied on all of that are a conflict: the first loaded
wins and the conflict is logged and kept in ``conflicts``.
"""

from __future__ import annotations

import enum
import functools
import logging
import re
from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urlsplit

import attrs

from newsextract.browser_urls import browser_address, browser_host
from newsextract.errors import RuleError
from newsextract.page import ParsedPage
from newsextract.rules import patterns
from newsextract.rules.model import SiteRule

logger = logging.getLogger(__name__)


class Level(enum.IntEnum):
    """Where a rule comes from; a lower value wins."""

    EXPLICIT = 0
    DIRECTORY = 1
    ENTRY_POINT = 2
    BUILTIN = 3


@attrs.frozen
class Conflict:
    """Two rules that match the same page with the same precedence."""

    url: str | None
    chosen: str
    other: str


class RuleRegistry:
    """A set of rules with their precedence levels; ``match`` finds a page's rule."""

    def __init__(self) -> None:
        self._rules: list[tuple[Level, int, SiteRule]] = []
        self.conflicts: list[Conflict] = []

    def add(self, rules: Iterable[SiteRule], level: Level = Level.EXPLICIT) -> RuleRegistry:
        for rule in rules:
            self._rules.append((level, len(self._rules), rule))
        return self

    @property
    def rules(self) -> list[SiteRule]:
        return [rule for _, _, rule in sorted(self._rules, key=lambda item: (item[0], item[1]))]

    def level_of(self, rule: SiteRule) -> Level:
        return next(level for level, _, r in self._rules if r is rule)

    def match(self, page: ParsedPage, published: datetime | None = None) -> SiteRule | None:
        """The rule for this page, or None; ``published`` selects among dated versions.

        Domains and paths are matched on ``page.address``: the page's URL, else its canonical
        link or ``og:url``, so a rule serves a saved page of its site too.
        """
        address = page.address
        # the host a browser opens (``browser_host``): "example.org." is example.org, and
        # "https://evil.example\\.example.org/" is on evil.example, not under example.org
        host = browser_host(address) if address else ""
        path = urlsplit(browser_address(address)).path if address else ""
        day = published.date() if published else None
        placed = [
            (level, order, rule)
            for level, order, rule in self._rules
            if _placed(rule, host, path, day)
        ]
        signed = {rule.signature: rule.name for _, _, rule in placed if rule.signature is not None}
        usable = set(patterns.usable(signed, page.tree, " or ".join(signed.values())))
        # One query for every signature first: most pages carry none, and each query walks
        # the whole tree (four built-in signatures cost 0.12 ms a page one by one).
        any_signed = bool(usable) and signature_found(page, ", ".join(usable))
        found = [
            (self._rank(level, order, rule, host), rule)
            for level, order, rule in placed
            if rule.signature is None
            or (any_signed and rule.signature in usable and signature_found(page, rule.signature))
        ]
        if not found:
            return None
        found.sort(key=lambda item: item[0])
        best_rank, best = found[0]
        for rank, other in found[1:]:
            if rank[:-1] == best_rank[:-1] and other.name != best.name:
                self.conflicts.append(Conflict(address, best.name, other.name))
                logger.warning(
                    "rules %s and %s both match %s; using %s",
                    best.name,
                    other.name,
                    address,
                    best.name,
                )
        return best

    @staticmethod
    def _rank(
        level: Level, order: int, rule: SiteRule, host: str
    ) -> tuple[int, int, int, int, int, int]:
        domain = max((len(d) for d in rule.domains if _host_in(host, d)), default=0)
        undated = int(rule.valid_from is None and rule.valid_until is None)
        return (level, int(rule.is_family), -rule.priority, -domain, undated, order)


# A selector each of whose alternatives is one ``<meta>`` or ``<link>`` with attribute tests
# alone ("meta[name=generator][content^=WordPress]", 'link[href*="/wp-content/"]'), as the
# CMS families' signatures are written; a name, an operator, a value (quoted without an
# escape, or bare) and a case flag each.
_ATTRIBUTE_TEST = (
    r"""\[\s*(?P<name>[a-z_][\w-]*)\s*"""
    r"""(?:[~|^$*]?=\s*(?:"[^"\\]*"|'[^'\\]*'|[^\s\]"'\\]+)(?:\s+[is])?\s*)?\]"""
)
_HEAD_ALTERNATIVE = re.compile(rf"\s*(?P<tag>meta|link)(?P<tests>(?:{_ATTRIBUTE_TEST})*)\s*", re.I)
_TEST_NAME = re.compile(_ATTRIBUTE_TEST, re.I)
# Elements outside <head> that a signature of head elements is asked of one by one, each
# ``css_matches`` parsing the selector again (a sixtieth of a walk of the tree): past
# this many, the tree is queried.
_MAX_ELEMENTS_TESTED = 8
# Elements outside <head> whose attributes are read for that: past this many (a page of
# thousands of <meta>), the tree is queried, one walk in C.
_MAX_ELEMENTS_READ = 64


def signature_found(page: ParsedPage, selector: str) -> bool:
    """Whether ``selector`` finds an element of ``page`` (``tree.css_first``). A selector of
    ``<meta>`` and ``<link>`` elements alone (``_head_alternatives``) is run on ``<head>``,
    then tested on each such element outside it that has the attributes it names
    (``ParsedPage.meta_and_link_elements``; a page's microdata ``<meta>``, a few): a query
    walks every element below its root, the whole tree a query cost 1.3 % of a dev page's
    instructions, and these elements stand in ``<head>``."""
    head = page.tree.head
    alternatives = _head_alternatives(selector)
    if head is None or alternatives is None:
        return page.tree.css_first(selector) is not None
    if head.css_first(selector) is not None:
        return True
    head_id = head.mem_id
    tested = []
    read = 0
    for node in page.meta_and_link_elements:
        parent = node.parent
        if parent is not None and parent.mem_id == head_id:
            continue  # the query of <head> tested it
        read += 1
        if read > _MAX_ELEMENTS_READ:
            return page.tree.css_first(selector) is not None
        tag, names = node.tag, node.attributes.keys()
        if any(tag == wanted and needed <= names for wanted, needed in alternatives):
            tested.append(node)
            if len(tested) > _MAX_ELEMENTS_TESTED:
                return page.tree.css_first(selector) is not None
    # An element's ``css_matches`` tests it and what it holds: a <meta> or <link> holds
    # nothing (one of SVG that does holds only others of the list).
    return any(node.css_matches(selector) for node in tested)


@functools.lru_cache(maxsize=256)  # a registry's few signatures, asked on every page
def _head_alternatives(selector: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """Each alternative's tag and the attributes it names, when every alternative of
    ``selector`` is a ``<meta>`` or a ``<link>`` with attribute tests alone; else None."""
    found = []
    for part in selector.split(","):
        match = _HEAD_ALTERNATIVE.fullmatch(part)
        if match is None:
            return None  # another element, a combinator, a pseudo-class, a comma in a value
        names = {test.group("name").lower() for test in _TEST_NAME.finditer(match["tests"])}
        found.append((match["tag"].lower(), frozenset(names)))
    return tuple(found)


def _host_in(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _placed(rule: SiteRule, host: str, path: str, day: date | None) -> bool:
    """Whether the page's address and date are the rule's (its signature aside)."""
    if rule.domains and not any(_host_in(host, d) for d in rule.domains):
        return False
    if rule.paths and not any(_path_matches(rule, p, path) for p in rule.paths):
        return False
    return _in_dates(rule, day)


def _path_matches(rule: SiteRule, pattern: str, path: str) -> bool:
    """Whether ``pattern`` finds ``path``; a match past its time limit costs the rule this
    page (a warning), not the page: the path is the page's, a hostile page's too."""
    try:
        return patterns.search(pattern, path) is not None
    except RuleError as exc:
        logger.warning("rule %s: paths: %s", rule.name, exc)
        return False


def _in_dates(rule: SiteRule, day: date | None) -> bool:
    if rule.valid_from is None and rule.valid_until is None:
        return True
    if day is None:
        # An undated page gets the current version: one that is still valid.
        return rule.valid_until is None
    if rule.valid_from is not None and day < rule.valid_from:
        return False
    return rule.valid_until is None or day <= rule.valid_until
