"""Golden tests: each page in ``tests/fixtures`` against its hand-written expected record.

A case is a pair ``<case>.html`` + ``<case>.expected.json``. The JSON holds a subset of the
``Article.to_dict()`` keys; only the keys present are compared, so a case states exactly what a
careful reader of the page would agree on and leaves the rest unchecked. The optional ``"url"``
key is the page address passed to ``extract`` (and, being an ``Article`` field, is compared too).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsextract
from newsextract.article import Article

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED_SUFFIX = ".expected.json"
EXPECTED_FILES = sorted(FIXTURES.glob(f"*{EXPECTED_SUFFIX}"))
ARTICLE_FIELDS = {field.name for field in attrs.fields(Article)}
DATE_FIELDS = ("published", "modified")


def case_name(expected_path: Path) -> str:
    """The case name of an expected-JSON path: ``foo.expected.json`` -> ``foo``."""
    return expected_path.name.removesuffix(EXPECTED_SUFFIX)


def load_expected(expected_path: Path) -> dict[str, Any]:
    data = json.loads(expected_path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{expected_path.name}: expected a JSON object"
    return data


def html_path(expected_path: Path) -> Path:
    return expected_path.with_name(f"{case_name(expected_path)}.html")


CASE_IDS = [case_name(path) for path in EXPECTED_FILES]


def test_fixtures_exist() -> None:
    assert EXPECTED_FILES, f"no *{EXPECTED_SUFFIX} files in {FIXTURES}"


def test_every_page_has_expectations() -> None:
    pages = {path.stem for path in FIXTURES.glob("*.html")}
    assert pages == set(CASE_IDS)


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=CASE_IDS)
def test_expected_file_is_well_formed(expected_path: Path) -> None:
    """The expected JSON only names Article fields and writes dates as ``isoformat()`` does."""
    expected = load_expected(expected_path)
    unknown = sorted(set(expected) - ARTICLE_FIELDS)
    assert not unknown, f"keys that are not Article fields: {unknown}"
    for key in DATE_FIELDS:
        value = expected.get(key)
        if value is not None:
            assert datetime.fromisoformat(value).isoformat() == value, key


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=CASE_IDS)
def test_golden(expected_path: Path) -> None:
    expected = load_expected(expected_path)
    html_bytes = html_path(expected_path).read_bytes()

    article = newsextract.extract(html_bytes, url=expected.get("url"))

    actual = article.to_dict()
    # Compare the two dicts restricted to the expected keys: pytest prints a per-key diff.
    got = {key: actual.get(key) for key in expected}
    assert got == expected
