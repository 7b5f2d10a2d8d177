"""Rule tooling behind the CLI: golden tests with readable diffs, explaining, listing.

Scaffolding a new rule (``rules new``) is ``newsextract.rules.scaffold``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from newsextract.article import Article
from newsextract.errors import NewsExtractError, RuleError
from newsextract.extract import Extraction, extract
from newsextract.files import read_page_file
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.resolve import ResolvedMetadata
from newsextract.rules.model import GoldenCase, SiteRule
from newsextract.rules.registry import RuleRegistry


@attrs.frozen(kw_only=True)
class CaseResult:
    """One golden page of one rule: the fields that differ (empty when it passes)."""

    rule: str
    case: GoldenCase
    differences: tuple[tuple[str, Any, Any], ...] = ()
    error: str | None = None

    @property
    def passed(self) -> bool:
        return not self.differences and self.error is None

    def report(self) -> str:
        head = f"{'PASS' if self.passed else 'FAIL'} {self.rule}: {self.case.html.name}"
        if self.error:
            return f"{head}\n    error: {self.error}"
        lines = [head]
        for field, expected, got in self.differences:
            lines.append(
                f"    {field}:\n      - expected {_short(expected)}\n      + got      {_short(got)}"
            )
        return "\n".join(lines)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


def run_golden(rule: SiteRule, registry: RuleRegistry | None = None) -> list[CaseResult]:
    """Extract each of the rule's golden pages and compare with the expected fields."""
    rules = registry if registry is not None else [rule]
    return [_run_case(rule.name, case, rules) for case in rule.tests]


def _run_case(name: str, case: GoldenCase, rules: RuleRegistry | list[SiteRule]) -> CaseResult:
    """One golden page; a page or golden file that cannot be used fails that case alone."""
    try:
        for path in (case.expected, case.html):
            _check_inside(path, case.folder)
        # Read as a page file is: capped, and a FIFO in its place refused, not waited on.
        expected = json.loads(read_page_file(str(case.expected)).decode("utf-8"))
        if not isinstance(expected, dict):
            raise RuleError(
                f"{case.expected}: a golden file holds a JSON object of fields",
                source=str(case.expected),
                key="tests",
            )
        html = read_page_file(str(case.html))
        url = case.url or expected.get("url")
        article = extract(html, url=url if isinstance(url, str) else None, rules=rules)
    except (OSError, ValueError, RecursionError, NewsExtractError) as exc:  # RecursionError: JSON
        error = _case_error(exc, case)
        return CaseResult(rule=name, case=case, error=f"{type(error).__name__}: {error}")
    got = article.to_dict()
    got["rule"] = article.rule
    diffs = tuple((k, v, got.get(k)) for k, v in expected.items() if got.get(k) != v)
    return CaseResult(rule=name, case=case, differences=diffs)


def _case_error(error: BaseException, case: GoldenCase) -> NewsExtractError:
    """A case's failure as the project's error: a golden file that cannot be read, is no
    JSON or is nested past Python's recursion limit is a ``RuleError`` naming the file and
    what is wrong, where ``rules test`` printed Python's ``JSONDecodeError``,
    ``UnicodeDecodeError`` or ``RecursionError``."""
    if isinstance(error, NewsExtractError):
        return error
    source = getattr(error, "filename", None) or str(case.expected)
    if isinstance(error, OSError):
        what = f"cannot be read ({error.strerror or error})"
    elif isinstance(error, RecursionError):
        what = "is nested too deeply to read as JSON"
    elif isinstance(error, UnicodeDecodeError):
        what = "is not UTF-8 text, as a golden JSON file is"
    elif isinstance(error, json.JSONDecodeError):
        what = f"is not JSON ({error.msg}, line {error.lineno} column {error.colno})"
    else:
        what = f"is not a golden JSON file ({error})"
    return RuleError(f"{source} {what}", source=str(source), key="tests")


def _check_inside(path: Path, folder: Path | None) -> None:
    """``RuleError`` unless ``path``, links followed, is in the rule file's ``folder``: a
    case's golden file that is a link (or in a linked folder) to any JSON file on disk had
    ``rules test`` print that file's values in its diff (the loader refuses absolute paths
    and ``..``; git keeps links, and a rules folder is shared as a repository)."""
    if folder is None:
        return
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError) as exc:  # a link loop, a name too long
        raise RuleError(f"{path}: cannot resolve: {exc}", source=str(path)) from None
    if not inside:
        raise RuleError(
            f"{path}: leads out of the rule's folder {folder} (a link): golden files stay in it",
            source=str(path),
        )


def explain(result: Article | Extraction) -> str:
    """Which rule matched and, per field, the value and where it came from. Given an
    ``Extraction`` (``extract_with_resolution``), also every other candidate of the field,
    where it was found and why it lost, one line each."""
    article = result.article if isinstance(result, Extraction) else result
    lines = [f"rule          {article.rule or '(none: generic extraction)'}"]
    resolution = result.resolution if isinstance(result, Extraction) else None
    for field, value in article.to_dict().items():
        if field in ("provenance", "url", "rule"):
            continue
        losers = _losers(resolution, field)
        if value in (None, "", [], False) and not losers:
            continue
        shown = _short(value if field != "body" else f"{len(str(value).split())} words")
        if value in (None, "", [], False):
            shown = "(none)"
        lines.append(f"{field:13} {article.provenance.get(field, '-'):32} {shown}")
        lines.extend(losers)
    return "\n".join(lines)


def _losers(resolution: ResolvedMetadata | None, field: str) -> list[str]:
    """One line per rejected candidate of ``field``: its source, its value and the reason."""
    if resolution is None or field not in _FIELD_NAMES:
        return []
    return [
        f"{'':13} {'x ' + rejection.candidate.provenance:32} "
        f"{_short(_plain(rejection.candidate.value))}: {rejection.reason}"
        for rejection in resolution.resolution(ArticleField(field)).rejected
    ]


_FIELD_NAMES = frozenset(f.value for f in ArticleField)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    return list(value) if isinstance(value, tuple) else value


def describe(rules: Iterable[SiteRule], registry: RuleRegistry) -> str:
    """A table of rules: name, where from, what it matches, which fields it sets."""
    lines = []
    for rule in rules:
        match = ", ".join(rule.domains) or f"signature {rule.signature}"
        if rule.paths:
            match += f" paths {', '.join(rule.paths)}"
        if rule.valid_from or rule.valid_until:
            match += f" [{rule.valid_from or '…'} to {rule.valid_until or '…'}]"
        fields = ", ".join(sorted(rule.fields)) + (", body" if rule.body else "")
        lines.append(
            f"{rule.name:16} {registry.level_of(rule).name.lower():11} {_in_row(match)}\n"
            f"{'':16} fields: {fields or '-'}; goldens: {len(rule.tests)}; "
            f"from {_in_row(str(rule.origin))}"
        )
    return "\n".join(lines)


def _in_row(text: str) -> str:
    """A cell of ``describe``'s rows, its line breaks shown escaped: a rule file named
    "a\\nb.toml" (or a ``paths`` regex holding one) split the rule's row in two."""
    return text.replace("\n", "\\n")
