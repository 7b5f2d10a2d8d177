"""A site-rules file is data another hand may have written: a selector of a megabyte (which
loaded in 50 ms and then cost 23 s to 35 s on every page), a list of thousands of selectors,
or a regex nested past Python's recursion limit is a ``RuleError`` naming the key when the
rule is loaded, not a slow run or a RecursionError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsextract import RuleError
from newsextract.rules.load import MAX_SELECTOR_CHARS, MAX_SELECTORS, rule_from_mapping


def _rule(**head: Any) -> dict[str, Any]:
    return {"rule": {"name": "hostile", **head}}


@pytest.mark.parametrize(
    ("data", "key", "problem"),
    [
        (_rule(signature=":not(" * 100_000 + "a" + ")" * 100_000), "rule.signature[0]", "over"),
        (
            {"rule": {"name": "x"}, "fields": {"title": {"selectors": ",".join(["h1 a"] * 300)}}},
            "fields.title.selectors[0]",
            "over",
        ),
        (
            {"rule": {"name": "x"}, "body": {"containers": [f".c{i}" for i in range(1_000)]}},
            "body.containers",
            "more than",
        ),
        (_rule(paths=["(" * 5_000 + ")" * 5_000]), "rule.paths[0]", "nested too deeply"),
        (
            {
                "rule": {"name": "x"},
                "fields": {"title": {"selectors": "h1", "regex": "a{9999999999}"}},
            },
            "fields.title.regex[0]",
            "invalid regex",
        ),
    ],
)
def test_a_hostile_rule_is_a_rule_error_naming_its_key(
    data: dict[str, Any], key: str, problem: str
) -> None:
    with pytest.raises(RuleError, match=problem) as raised:
        rule_from_mapping(data)
    assert raised.value.key == key


def test_rules_at_the_caps_still_load() -> None:
    selector = "article " + "x" * (MAX_SELECTOR_CHARS - len("article "))
    fields = {"title": {"selectors": [selector] + ["h1"] * (MAX_SELECTORS - 1)}}
    rule = rule_from_mapping({"rule": {"name": "ok"}, "fields": fields})
    assert len(rule.fields["title"].selectors) == MAX_SELECTORS


def test_the_commands_say_so_in_one_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    deep = "(" * 5_000 + ")" * 5_000
    (rules / "deep.toml").write_text(f"[rule]\nname = 'deep'\npaths = ['{deep}']\n")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>A page.</p></body></html>")
    run = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", "extract", "--rules-dir", str(rules), str(page)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    [line] = run.stderr.splitlines()
    assert "rule.paths[0]: invalid regex: nested too deeply" in line
