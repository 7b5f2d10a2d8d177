"""Rule tooling behind the CLI: golden tests with readable diffs, scaffolding, explaining."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsextract.article import Article
from newsextract.errors import NewsExtractError, RuleError, RuleExistsError
from newsextract.extract import extract
from newsextract.files import read_page_file
from newsextract.rules.model import GoldenCase, SiteRule
from newsextract.rules.registry import RuleRegistry
from newsextract.rules.toml_text import basic_string, comment_text, string_array


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
        expected = json.loads(case.expected.read_text(encoding="utf-8"))
        if not isinstance(expected, dict):
            raise ValueError(f"{case.expected}: a golden file holds a JSON object of fields")
        html = read_page_file(str(case.html))
        url = case.url or expected.get("url")
        article = extract(html, url=url if isinstance(url, str) else None, rules=rules)
    except (OSError, ValueError, NewsExtractError) as exc:
        return CaseResult(rule=name, case=case, error=f"{type(exc).__name__}: {exc}")
    got = article.to_dict()
    got["rule"] = article.rule
    diffs = tuple((k, v, got.get(k)) for k, v in expected.items() if got.get(k) != v)
    return CaseResult(rule=name, case=case, differences=diffs)


_SCAFFOLD_FIELDS = ("title", "authors", "published", "tags", "categories", "source")


def scaffold(
    html_path: Path, url: str, name: str, out_dir: Path, *, force: bool = False
) -> tuple[Path, Path, Path]:
    """A rule file, a copy of the page and its golden JSON filled with today's output.

    The golden file holds what the generic extractor says now: a person corrects it, then
    adds selectors to the rule until ``newsextract rules test`` passes. Those hand-edited
    files are never replaced silently: ``RuleExistsError`` unless ``force``. A bad ``name``
    or ``url`` is a ``RuleError``; nothing is written until every value is known good.
    """
    if not re.fullmatch(r"[\w.\-]+", name):
        raise RuleError("a rule name uses letters, digits, '.', '-' or '_'", key="rule.name")
    rule_file = out_dir / f"{name}.toml"
    page = out_dir / "cases" / f"{name}_1.html"
    expected = out_dir / "cases" / f"{name}_1.expected.json"
    existing = tuple(str(path) for path in (rule_file, page, expected) if path.exists())
    if existing and not force:
        raise RuleExistsError(
            f"rule {name!r} already has files ({', '.join(existing)}); "
            "force (--force) replaces them",
            paths=existing,
        )
    host = _host(url)
    html = read_page_file(str(html_path))
    article = extract(html, url=url, default_rules=False)
    golden = {"url": url, **{k: v for k, v in article.to_dict().items() if k in _GOLDEN_KEYS}}
    try:
        text = _rule_template(name, host, article, page.name, expected.name, url)
    except ValueError as exc:
        raise RuleError(
            f"page URL {url!r} cannot go in a rule file: {exc}", key="tests[0].url"
        ) from exc
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(html)
    expected.write_text(json.dumps(golden, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    rule_file.write_text(text, encoding="utf-8")
    return rule_file, page, expected


def _host(url: str) -> str:
    """The domain the rule will match; a rule without one would match every site."""
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError as exc:  # an unclosed "[" of an IPv6 host, for one
        raise RuleError(f"page URL {url!r} is not a URL: {exc}", key="tests[0].url") from exc
    if not host:
        raise RuleError(
            f"page URL {url!r} has no host to give the rule its domain", key="rule.domains"
        )
    return host


_GOLDEN_KEYS = (
    "title",
    "authors",
    "published",
    "publisher",
    "source",
    "tags",
    "categories",
    "language",
    "body",
)


def _rule_template(
    name: str, host: str, article: Article, page: str, expected: str, url: str
) -> str:
    """The rule file's text; every value from the user goes through the TOML escaper."""
    lines = [
        f"# Rule for {comment_text(host)}: generated from {comment_text(page)}.",
        "# Fill in selectors for the fields the generic extractor gets wrong; delete the fields",
        "# it gets right.",
        "[rule]",
        f"name = {basic_string(name)}",
        f"domains = {string_array([host])}",
        "",
    ]
    for field in _SCAFFOLD_FIELDS:
        source = comment_text(article.provenance.get(field, "not found"))
        lines += [f"# [fields.{field}]   # generic: {source}", '# selectors = [""]', ""]
    lines += [
        "# [body]",
        '# containers = [""]   # the elements that hold the article text',
        '# drop = [""]         # furniture inside them',
        "",
        "[[tests]]",
        f"html = {basic_string('cases/' + page)}",
        f"expected = {basic_string('cases/' + expected)}",
        f"url = {basic_string(url)}",
        "",
    ]
    return "\n".join(lines)


def explain(article: Article) -> str:
    """Which rule matched and where each filled field came from, one line a field."""
    lines = [f"rule          {article.rule or '(none: generic extraction)'}"]
    for field, value in article.to_dict().items():
        if field in ("provenance", "url", "rule") or value in (None, "", [], False):
            continue
        shown = _short(value if field != "body" else f"{len(str(value).split())} words")
        lines.append(f"{field:13} {article.provenance.get(field, '-'):32} {shown}")
    return "\n".join(lines)


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
            f"{rule.name:16} {registry.level_of(rule).name.lower():11} {match}\n"
            f"{'':16} fields: {fields or '-'}; goldens: {len(rule.tests)}; from {rule.origin}"
        )
    return "\n".join(lines)
