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
from newsextract.extract import extract
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
    results = []
    for case in rule.tests:
        try:
            expected = json.loads(case.expected.read_text(encoding="utf-8"))
            html = case.html.read_bytes()
        except (OSError, ValueError) as exc:
            results.append(CaseResult(rule=rule.name, case=case, error=str(exc)))
            continue
        url = case.url or expected.get("url")
        rules = registry if registry is not None else [rule]
        article = extract(html, url=url, rules=rules)
        got = article.to_dict()
        got["rule"] = article.rule
        diffs = tuple((k, v, got.get(k)) for k, v in expected.items() if got.get(k) != v)
        results.append(CaseResult(rule=rule.name, case=case, differences=diffs))
    return results


_SCAFFOLD_FIELDS = ("title", "authors", "published", "tags", "categories", "source")


def scaffold(html_path: Path, url: str, name: str, out_dir: Path) -> tuple[Path, Path, Path]:
    """A rule file, a copy of the page and its golden JSON filled with today's output.

    The golden file holds what the generic extractor says now: a person corrects it, then
    adds selectors to the rule until ``newsextract rules test`` passes.
    """
    if not re.fullmatch(r"[\w.\-]+", name):
        raise ValueError("a rule name uses letters, digits, '.', '-' or '_'")
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    cases = out_dir / "cases"
    cases.mkdir(parents=True, exist_ok=True)
    page = cases / f"{name}_1.html"
    page.write_bytes(html_path.read_bytes())
    article = extract(page.read_bytes(), url=url, default_rules=False)
    expected = cases / f"{name}_1.expected.json"
    golden = {"url": url, **{k: v for k, v in article.to_dict().items() if k in _GOLDEN_KEYS}}
    expected.write_text(json.dumps(golden, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    rule_file = out_dir / f"{name}.toml"
    rule_file.write_text(
        _rule_template(name, host, article, page.name, expected.name, url), encoding="utf-8"
    )
    return rule_file, page, expected


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
    lines = [
        f"# Rule for {host or 'a site'}: generated from {page}. Fill in selectors for the",
        "# fields the generic extractor gets wrong; delete the fields it gets right.",
        "[rule]",
        f'name = "{name}"',
        f'domains = ["{host}"]' if host else "domains = []",
        "",
    ]
    for field in _SCAFFOLD_FIELDS:
        source = article.provenance.get(field, "not found")
        lines += [f"# [fields.{field}]   # generic: {source}", '# selectors = [""]', ""]
    lines += [
        "# [body]",
        '# containers = [""]   # the elements that hold the article text',
        '# drop = [""]         # furniture inside them',
        "",
        "[[tests]]",
        f'html = "cases/{page}"',
        f'expected = "cases/{expected}"',
        f'url = "{url}"',
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
