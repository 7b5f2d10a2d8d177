"""JSON nested past the decoder's depth in a batch's inputs and in a rule's golden files.

``json.loads`` recurses once per level, and a line of 100,000 "[" raised ``RecursionError``,
which no reader caught: a JSONL input ended the whole batch ("error: RecursionError: ...",
no row for it or any input after it), and a golden file ended ``rules test`` for every case.
Now such a row is a failure row of its own and such a golden file fails its case alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import newsextract
from newsextract.batching.inputs import iter_work
from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask
from newsextract.rules import load_rule_file
from newsextract.rules.tooling import run_golden

from .warcs import article_html

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_HTML = b'{"html": ' + b"[" * 100_000 + b"}"


def _rows(tmp_path: Path) -> Path:
    rows = tmp_path / "rows.jsonl"
    good = json.dumps({"html": article_html("Harbour plan"), "url": "https://e.org/a"}).encode()
    rows.write_bytes(b"\n".join([DEEP, good, DEEP_HTML, good]) + b"\n")
    return rows


def test_a_row_nested_too_deeply_is_a_failure_and_the_next_row_is_read(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    items = list(iter_work([str(rows)]))
    assert [type(i).__name__ for i in items] == ["Failure", "PageTask", "Failure", "PageTask"]
    for failure in items[0], items[2]:
        assert isinstance(failure, Failure) and failure.stage == "read"
        assert (failure.error_type, failure.message) == (
            "MalformedRowError",
            "row nested too deeply to read",
        )
    assert isinstance(items[3], PageTask) and items[3].key == f"{rows}:4"


def test_a_batch_over_such_rows_has_a_row_for_every_input(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    results = list(newsextract.batch([str(rows)], workers=1))
    assert sorted(r.input for r in results) == [f"{rows}:{n}" for n in (1, 2, 3, 4)]
    assert [r.article is not None for r in sorted(results, key=lambda r: r.input)] == [
        False,
        True,
        False,
        True,
    ]


RULE = """\
[rule]
name = "deep"
domains = ["news.example.org"]

[fields.title]
selectors = ["h1"]

[[tests]]
html = "page.html"
expected = "page.json"
"""


def test_a_golden_file_nested_too_deeply_fails_its_case_alone(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(article_html("Harbour plan"))
    (tmp_path / "page.json").write_bytes(DEEP)
    path = tmp_path / "site.toml"
    path.write_text(RULE)
    [result] = run_golden(load_rule_file(path))
    assert result.error is not None and result.error.startswith("RuleError")
