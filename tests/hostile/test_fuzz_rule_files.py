"""Site-rule data files drawn hostile: TOML of every shape a rule file has, its values of
the wrong types, selectors and regexes that are none, dates and priorities out of range,
golden cases pointing out of the folder, golden JSON of odd values (lone surrogates among
them); and the file as bytes: cut short, behind a BOM, with NULs, not UTF-8, nested deep.

Loading a file gives a ``SiteRule`` or raises a ``RuleError`` naming the file; a loaded
rule extracts its grammar-made golden page to an Article or a verdict on the input; the
``rules list``, ``rules test`` and ``explain --rules-dir`` commands end with an exit status,
never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsextract
from hostile.grammar import article_page, json_value, text
from hostile.profile import fuzz
from hostile_inputs import is_unexpected
from newsextract import RuleError, SiteRule
from newsextract.cli import main
from newsextract.rules.load import load_rule_file

_SELECTORS = st.sampled_from(
    [*["h1", "p", "article p", ".byline", "", "!!!", "p >", ":has(p)", "\x00", "#", "p" * 2000]]
)
_REGEXES = st.sampled_from(["(.*)", "(a|aa)+$", "", "(", "\\", "(?i)by (.*)", "(?P<x>"])
_TRANSFORMS = st.sampled_from(["strip", "lower", "date", "split:,", "unknown", "", "split:"])
_FIELDS = st.sampled_from(["title", "authors", "published", "lead", "tags", "image", "x"])
_ODD_VALUE = st.sampled_from(
    [None, 0, -1, 2**70, 1.5, math.inf, math.nan, True, "", [], {}, date(1, 1, 1), "\ud800"]
)
_DATES = st.sampled_from(["2021-03-05", "2021-13-45", "x", date(9999, 12, 31), 5, None])


def _either(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right type, at times one of the wrong type."""
    return st.one_of(good, good, good, _ODD_VALUE, json_value)


@st.composite
def rule_data(draw: st.DrawFn) -> dict[str, Any]:
    head = {
        "name": draw(_either(st.sampled_from(["fuzz", "a.b-c_d", "", "bad name", "x" * 300]))),
        "domains": draw(_either(st.lists(st.sampled_from(["example.org", "", "."]), max_size=3))),
        "paths": draw(_either(st.lists(_REGEXES, max_size=2))),
        "signature": draw(_either(_SELECTORS)),
        "valid_from": draw(_DATES),
        "valid_until": draw(_DATES),
        "priority": draw(_either(st.integers(-(2**63), 2**63))),
    }
    head = {key: value for key, value in head.items() if value is not None and draw(st.booleans())}
    head.setdefault("name", "fuzz")
    fields = {
        draw(_FIELDS): {
            "selectors": draw(_either(st.lists(_SELECTORS, max_size=70))),
            "attribute": draw(_either(st.sampled_from(["content", "href", "", "\x00"]))),
            "regex": draw(_either(_REGEXES)),
            "transforms": draw(_either(st.lists(_TRANSFORMS, max_size=2))),
            "first": draw(_either(st.booleans())),
        }
        for _ in range(draw(st.integers(0, 3)))
    }
    data: dict[str, Any] = {"rule": head, "fields": fields}
    if draw(st.booleans()):
        data["body"] = {
            "containers": draw(_either(st.lists(_SELECTORS, max_size=3))),
            "drop": draw(_either(st.lists(_SELECTORS, max_size=3))),
        }
    if draw(st.booleans()):
        data["tests"] = [
            {
                "html": draw(st.sampled_from(["page.html", "../page.html", "/etc/hostname", ""])),
                "expected": draw(st.sampled_from(["page.json", "missing.json", "page.html"])),
                "url": draw(_either(st.sampled_from(["https://example.org/a", "http://[::1"]))),
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
    if draw(st.integers(0, 5)) == 0:
        data[draw(st.sampled_from(["extra", "rule", "fields"]))] = draw(json_value)
    return data


def _toml_value(value: Any) -> str:
    """``value`` in TOML: strings escaped as JSON does (a lone surrogate's escape is not valid
    TOML: the loader must say so); None, which TOML lacks, as an empty inline table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, (int, datetime, date)):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml_value, value)) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items())
            + "}"
        )
    return "{}"


def _items(table: Any) -> list[tuple[str, Any]]:
    """A table's keys and values; a value that is no table as a key of its own."""
    if isinstance(table, dict):
        return [(json.dumps(str(key)), value) for key, value in table.items()]
    return [("value", table)]


def toml_text(data: dict[str, Any]) -> str:
    lines = []
    for table, content in data.items():
        if table == "tests" and isinstance(content, list):
            for case in content:
                lines.append("[[tests]]")
                lines += [f"{key} = {_toml_value(v)}" for key, v in _items(case)]
        elif table == "fields" and isinstance(content, dict):
            for name, field in content.items():
                lines.append(f"[fields.{json.dumps(name)}]")
                lines += [f"{key} = {_toml_value(v)}" for key, v in _items(field)]
        elif isinstance(content, dict):
            lines.append(f"[{table}]")
            lines += [f"{key} = {_toml_value(v)}" for key, v in content.items()]
        else:
            lines.append(f"{table} = {_toml_value(content)}")
    return "\n".join(lines) + "\n"


@st.composite
def rule_file(draw: st.DrawFn) -> bytes:
    """A rule file's bytes: well formed or broken as a file can be."""
    raw = toml_text(draw(rule_data())).encode("utf-8", "surrogatepass")
    how = draw(st.integers(0, 9))
    if how == 0:
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif how == 1:
        raw = b"\xef\xbb\xbf" + raw
    elif how == 2:
        raw = raw.replace(b"\n", b"\x00\n", 1)
    elif how == 3:
        raw = raw + b"\xff\xfe"
    elif how == 4:
        raw = raw + b"deep = " + b"[" * draw(st.integers(10, 100_000))
    elif how == 5:
        raw = raw + b"big = " + b'"' + b"a" * draw(st.integers(1000, 1_200_000)) + b'"\n'
    elif how == 6:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def _quiet(call: Callable[[], int]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = call()
    return code, out.getvalue() + err.getvalue()


@pytest.fixture(autouse=True)
def _quiet_rule_warnings(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="newsextract.rules")


@fuzz(25)
@given(rule_file(), article_page(), json_value | st.dictionaries(_FIELDS, json_value), text)
def test_hostile_rule_files(
    tmp_path_factory: pytest.TempPathFactory,
    raw: bytes,
    page: str,
    expected: Any,
    golden_text: str,
) -> None:
    folder = tmp_path_factory.mktemp("rules")
    path = folder / "fuzz.toml"
    path.write_bytes(raw)
    (folder / "page.html").write_bytes(page.encode("utf-8", "surrogatepass"))
    fields = {"title": golden_text, **expected} if isinstance(expected, dict) else expected
    golden = json.dumps(fields, allow_nan=True)
    (folder / "page.json").write_text(golden, encoding="utf-8")
    try:
        rule = load_rule_file(path)
    except RuleError as exc:
        str(exc).encode("utf-8")  # the message names the file, and is writable
        rule = None
    if rule is not None:
        assert isinstance(rule, SiteRule)
        try:
            newsextract.extract(page, url="https://example.org/a", rules=[rule])
        except Exception as exc:
            if is_unexpected(exc):
                raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
    for arguments in (
        ["rules", "list", "--rules-dir", str(folder)],
        ["rules", "test", "--rules-dir", str(folder)],
        ["explain", str(folder / "page.html"), "--rules-dir", str(folder)],
    ):
        code, shown = _quiet(lambda arguments=arguments: main(arguments))  # type: ignore[misc]
        assert code in (0, 1, 2) and "Traceback" not in shown, (arguments, shown[-2000:])
