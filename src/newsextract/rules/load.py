"""Loading rules: TOML data files (validated), directories, and installed entry points.

A data file is checked on load; every problem names the file, the key and what is wrong,
so a rule author sees ``rules/example.toml: fields.title.selectors[1]: invalid CSS selector``
rather than a traceback from deep inside extraction.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsextract.errors import InputError, RuleError
from newsextract.files import read_page_file
from newsextract.rules import patterns
from newsextract.rules.model import (
    RULE_FIELDS,
    BodyRule,
    FieldRule,
    GoldenCase,
    SiteRule,
    host_problem,
)
from newsextract.rules.transforms import parse_transform

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "newsextract.rules"
_RULE_KEYS = {"name", "domains", "paths", "signature", "valid_from", "valid_until", "priority"}
_FIELD_KEYS = {"selectors", "attribute", "regex", "transforms", "first"}
_BODY_KEYS = {"containers", "drop"}
_TEST_KEYS = {"html", "expected", "url"}
_TOP_KEYS = {"rule", "fields", "body", "tests"}
_CSS_PROBE = LexborHTMLParser("<html></html>")


class _Checker:
    """Collects the location of a value while validating it."""

    def __init__(self, source: Path | str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> RuleError:
        where = f"{_one_line(str(self.source))}: {_one_line(key)}"
        return RuleError(f"{where}: {problem}", source=str(self.source), key=key)

    def table(self, value: Any, key: str, allowed: set[str]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table, not {type(value).__name__}")
        unknown = set(value) - allowed
        if unknown:
            raise self.fail(
                f"{key}.{sorted(unknown)[0]}" if key else sorted(unknown)[0],
                f"unknown key; allowed: {', '.join(sorted(allowed))}",
            )
        return value

    def strings(self, value: Any, key: str) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise self.fail(key, "must be a string or a list of non-empty strings")
        return tuple(items)

    def domains(self, value: Any) -> tuple[str, ...]:
        items = self.strings(value, "rule.domains")
        for index, domain in enumerate(items):
            problem = host_problem(domain)
            if problem is not None:
                raise self.fail(f"rule.domains[{index}]", problem)
        return items

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail(key, "must be a non-empty string")
        return value

    def selectors(self, value: Any, key: str) -> tuple[str, ...]:
        items = self.strings(value, key)
        if len(items) > MAX_SELECTORS:
            raise self.fail(
                key, f"{len(items):,} selectors, more than the {MAX_SELECTORS} a key takes"
            )
        for index, selector in enumerate(items):
            if len(selector) > MAX_SELECTOR_CHARS:
                raise self.fail(
                    f"{key}[{index}]",
                    f"a selector of {len(selector):,} characters, over the {MAX_SELECTOR_CHARS:,}"
                    " one may have",
                )
            try:
                _CSS_PROBE.css(selector)
            except Exception as exc:  # selectolax raises its own error type
                raise self.fail(f"{key}[{index}]", f"invalid CSS selector {selector!r}") from exc
        return items

    def regexes(self, value: Any, key: str) -> tuple[str, ...]:
        items = self.strings(value, key)
        for index, pattern in enumerate(items):
            try:
                patterns.compiled(pattern)
            except ValueError as exc:  # re.error and regex.error are ValueErrors
                raise self.fail(f"{key}[{index}]", f"invalid regex: {exc}") from exc
            except RecursionError as exc:  # the parser recurses once per group: ((((...))))
                raise self.fail(f"{key}[{index}]", "invalid regex: nested too deeply") from exc
        return items

    def date(self, value: Any, key: str) -> date | None:
        # A TOML date-time is a ``datetime``, a subclass of ``date`` that cannot be compared
        # with one: it would fail when the rule is matched, not here.
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(key, "must be a date (2024-01-31)")


def rule_from_mapping(data: Mapping[str, Any], source: Path | str = "<rule>") -> SiteRule:
    """A validated ``SiteRule`` from the parsed TOML structure."""
    check = _Checker(source)
    top = check.table(dict(data), "", _TOP_KEYS)
    head = check.table(top.get("rule"), "rule", _RULE_KEYS)
    name = head.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[\w.\-]+", name):
        raise check.fail("rule.name", "required: letters, digits, '.', '-' or '_'")
    priority = head.get("priority", 0)
    # A TOML boolean is a Python int too; the model would refuse it without the file's name.
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise check.fail("rule.priority", "must be an integer")
    signature = head.get("signature")
    if signature is not None:
        signature = check.selectors(check.string(signature, "rule.signature"), "rule.signature")[0]
    base = Path(source).parent if isinstance(source, Path) else Path()
    return SiteRule(
        name=name,
        domains=check.domains(head["domains"]) if head.get("domains") else (),
        paths=check.regexes(head["paths"], "rule.paths") if head.get("paths") else (),
        signature=signature,
        valid_from=check.date(head.get("valid_from"), "rule.valid_from"),
        valid_until=check.date(head.get("valid_until"), "rule.valid_until"),
        priority=priority,
        fields={
            k: _field(check, k, v)
            for k, v in check.table(top.get("fields", {}), "fields", set(RULE_FIELDS)).items()
        },
        body=_body(check, top["body"]) if "body" in top else None,
        tests=_tests(check, top.get("tests", []), base),
        origin=str(source),
    )


def _field(check: _Checker, name: str, value: Any) -> FieldRule:
    key = f"fields.{name}"
    table = check.table(value, key, _FIELD_KEYS)
    if "selectors" not in table:
        raise check.fail(f"{key}.selectors", "required")
    transforms = (
        check.strings(table.get("transforms", []), f"{key}.transforms")
        if table.get("transforms")
        else ()
    )
    for index, spec in enumerate(transforms):
        try:
            parse_transform(spec)
        except KeyError:
            raise check.fail(f"{key}.transforms[{index}]", f"unknown transform {spec!r}") from None
        except ValueError as exc:
            raise check.fail(f"{key}.transforms[{index}]", str(exc)) from None
    attribute = table.get("attribute")
    if attribute is not None and not isinstance(attribute, str):
        raise check.fail(f"{key}.attribute", "must be a string")
    regex = table.get("regex")
    if regex is not None:
        regex = check.regexes(check.string(regex, f"{key}.regex"), f"{key}.regex")[0]
    first = table.get("first", False)
    if not isinstance(first, bool):
        raise check.fail(f"{key}.first", "must be true or false")
    return FieldRule(
        selectors=check.selectors(table["selectors"], f"{key}.selectors"),
        attribute=attribute,
        regex=regex,
        transforms=transforms,
        first=first,
    )


def _body(check: _Checker, value: Any) -> BodyRule:
    table = check.table(value, "body", _BODY_KEYS)
    return BodyRule(
        containers=check.selectors(table.get("containers", []), "body.containers")
        if table.get("containers")
        else (),
        drop=check.selectors(table.get("drop", []), "body.drop") if table.get("drop") else (),
    )


def _tests(check: _Checker, value: Any, base: Path) -> tuple[GoldenCase, ...]:
    if not isinstance(value, list):
        raise check.fail("tests", "must be an array of tables ([[tests]])")
    return tuple(_test(check, index, item, base) for index, item in enumerate(value))


def _test(check: _Checker, index: int, value: Any, base: Path) -> GoldenCase:
    key = f"tests[{index}]"
    table = check.table(value, key, _TEST_KEYS)
    for part in ("html", "expected"):
        if not isinstance(table.get(part), str):
            raise check.fail(f"{key}.{part}", "required: a path relative to the rule file")
        if not _stays_inside(table[part]):
            raise check.fail(f"{key}.{part}", "must be a path inside the rule file's folder")
    url = table.get("url")
    if url is not None:
        url = check.string(url, f"{key}.url")
    return GoldenCase(
        html=base / table["html"], expected=base / table["expected"], url=url, folder=base
    )


def _stays_inside(relative: str) -> bool:
    """Whether a golden file's path stays below the rule file's folder: a rule from a rules
    folder or an installed package must not have ``rules test`` read, and print the text
    of, ``/etc/passwd`` or ``../../.ssh/id_rsa`` (absolute paths, ``..``, a NUL)."""
    normal = os.path.normpath(relative)
    return not (
        "\0" in relative
        or Path(relative).is_absolute()
        or normal == ".."
        or normal.startswith(".." + os.sep)
    )


def load_rule_file(path: str | Path) -> SiteRule:
    """One rule from a TOML file; ``RuleError`` names the file and key of any problem."""
    path = Path(path)
    shown = _one_line(str(path))
    try:
        # Read as a page file is: a FIFO named ``x.toml`` in a rules folder is refused,
        # not waited on, and a file over ``MAX_RULE_BYTES`` is not read whole.
        # ``utf-8-sig``: a byte-order mark, which some editors write, was "invalid TOML
        # (at line 1, column 1)", naming nothing one sees in the file.
        text = read_page_file(str(path), limit=MAX_RULE_BYTES).decode("utf-8-sig")
        data = tomllib.loads(text)
    except (OSError, InputError) as exc:
        raise RuleError(f"{shown}: cannot read: {exc}", source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise RuleError(f"{shown}: not UTF-8 text: {exc}", source=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{shown}: invalid TOML: {exc}", source=str(path)) from exc
    except RecursionError as exc:  # tomllib reads nested arrays and tables recursively
        raise RuleError(f"{shown}: invalid TOML: nested too deeply", source=str(path)) from exc
    return rule_from_mapping(data, path)


MAX_RULE_BYTES = 1024 * 1024
MAX_SELECTOR_CHARS = 1_000
"""A rule's selector is under 100 characters. One of 1 MB (``:not(`` 100,000 deep, or 20,000
copies of ``div p a`` joined by commas) loaded in 50 ms and then cost 23 s to 35 s a page."""
MAX_SELECTORS = 64
"""Selectors in one key's list (built-in rules have at most 7): each is tried on every page."""
"""A rule file is a few kilobytes of selectors; 30 MB of domains took 5 s and 350 MB to load."""


def load_rule_dir(path: str | Path) -> list[SiteRule]:
    """Every ``*.toml`` rule below a directory, sorted by path; ``RuleError`` if it is not one.

    A mistyped ``--rules-dir`` must not run silently with no rules. A folder whose name ends
    in ``.toml`` is a folder, not a rule: it is passed over (the rules inside it still load)
    rather than failing the whole rules folder; any other entry so named (a FIFO, a broken
    link, an unreadable file) is a ``RuleError`` naming it.
    """
    path = Path(path)
    if not path.is_dir():
        problem = "no such folder" if not path.exists() else "not a folder"
        raise RuleError(f"{_one_line(str(path))}: {problem}", source=str(path))
    return [load_rule_file(p) for p in sorted(path.rglob("*.toml")) if not p.is_dir()]


def _one_line(text: str) -> str:
    """``text`` fit for a one-line message: control characters (a newline in a TOML key or a
    file name) shown escaped."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def builtin_rules() -> list[SiteRule]:
    """The rules shipped in the package (``newsextract/rules/builtin/*.toml``)."""
    rules = load_rule_dir(Path(__file__).parent / "builtin")
    return [_with_origin(rule, "builtin") for rule in rules]


def entry_point_rules() -> list[SiteRule]:
    """Rules of installed packages, from the ``newsextract.rules`` entry point group.

    An entry point may name a ``SiteRule``, an iterable of them, a path to a TOML file or a
    directory, or a callable returning any of those. A broken one is logged and skipped.
    """
    from importlib.metadata import entry_points  # on first use: ~10 ms of import time

    found: list[SiteRule] = []
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            found.extend(
                _with_origin(rule, f"entry point {point.name}") for rule in _coerce(point.load())
            )
        except Exception as exc:  # a third-party package must not break extraction
            logger.warning("rules entry point %s failed to load: %s", point.name, exc)
    return found


def _coerce(value: Any) -> Iterator[SiteRule]:
    if callable(value) and not isinstance(value, SiteRule):
        value = value()
    if isinstance(value, SiteRule):
        yield value
    elif isinstance(value, (str, Path)):
        path = Path(value)
        yield from load_rule_dir(path) if path.is_dir() else [load_rule_file(path)]
    elif isinstance(value, Iterable):
        for item in value:
            yield from _coerce(item)
    else:
        raise RuleError(f"not a rule: {value!r}")


def _with_origin(rule: SiteRule, origin: str) -> SiteRule:
    import attrs

    return attrs.evolve(
        rule, origin=origin if rule.origin == "python" else f"{origin} ({rule.origin})"
    )
