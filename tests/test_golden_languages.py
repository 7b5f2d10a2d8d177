"""Golden pages' fields that wait on a code fix: ``<case>.known_problems.json`` in fixtures.

A golden page (see ``test_golden``) may state, beside its ``<case>.expected.json``, fields a
careful reader of the page agrees on that the code does not give yet, each with the reason:
the problem lies in the code (a time after the Arabic comma, a year's ordinal dot), not in
the language data. Each is a strict xfail: once the code gives the value, the test fails as
XPASS and the field moves into ``<case>.expected.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsextract
from test_golden import ARTICLE_FIELDS, FIXTURES, load_expected

KNOWN_SUFFIX = ".known_problems.json"
KNOWN_FILES = sorted(FIXTURES.glob(f"*{KNOWN_SUFFIX}"))


def _case(path: Path) -> str:
    return path.name.removesuffix(KNOWN_SUFFIX)


def _known(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: expected a JSON object"
    return data


def _problems() -> list[Any]:
    cases = []
    for path in KNOWN_FILES:
        for field, problem in _known(path).items():
            mark = pytest.mark.xfail(strict=True, reason=str(problem.get("reason")))
            cases.append(pytest.param(path, field, marks=mark, id=f"{_case(path)}-{field}"))
    return cases


# With every known problem fixed there is nothing to run; the mechanism stays for the next.
_NONE_KNOWN = pytest.mark.skipif(not KNOWN_FILES, reason="no known problems: all fixed")


@_NONE_KNOWN
@pytest.mark.parametrize("path", KNOWN_FILES, ids=[_case(p) for p in KNOWN_FILES])
def test_known_problems_are_well_formed(path: Path) -> None:
    """Each names an Article field the page's expected record leaves out, its value and why."""
    expected_path = path.with_name(f"{_case(path)}.expected.json")
    assert expected_path.is_file() and path.with_name(f"{_case(path)}.html").is_file()
    expected = load_expected(expected_path)
    for field, problem in _known(path).items():
        assert field in ARTICLE_FIELDS, field
        assert field not in expected, f"{field} is expected already: drop it here"
        assert set(problem) == {"expected", "reason"}, field
        assert isinstance(problem["reason"], str) and problem["reason"].strip()


@_NONE_KNOWN
@pytest.mark.parametrize(("path", "field"), _problems())
def test_known_problem(path: Path, field: str) -> None:
    expected = load_expected(path.with_name(f"{_case(path)}.expected.json"))
    page = path.with_name(f"{_case(path)}.html").read_bytes()
    article = newsextract.extract(page, url=expected.get("url"))
    assert article.to_dict().get(field) == _known(path)[field]["expected"]
