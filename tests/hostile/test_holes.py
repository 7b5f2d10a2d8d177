"""Regression tests for the holes the fuzz targets of this folder found, one a hole, each
named for it (the fix's commit message names it too)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import newsextract
from newsextract.body.decisions import body_decisions
from newsextract.body.extractor import BodyOptions
from newsextract.cli import main
from newsextract.explain_report import pipeline_decisions
from newsextract.extract import extract_with_resolution
from newsextract.options import ExtractOptions


@pytest.mark.parametrize("key", ["missing-crawl.warc.gz#18324", "missing-notes.jsonl:12"])
def test_a_record_key_of_a_missing_file_fails_under_its_own_key(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Keyed by the file alone, the failure's row matched no listed input, and a resumed run
    # (which skips the keys written) read the record again.
    monkeypatch.chdir(tmp_path)
    (item,) = newsextract.batch([key], workers=1)
    assert item.input == key
    assert item.failure is not None and item.failure.error_type == "FileNotFoundError"


def _long_page() -> str:
    """A page whose body is over 131,072 characters (the csv module's default field limit)."""
    words = ["council", "harbour", "plan", "costs", "debate", "mayor", "port", "budget"]
    paragraphs = (
        "<p>" + " ".join(words[(n * 7 + k * 3) % len(words)] for k in range(200)) + f" {n}.</p>"
        for n in range(200)
    )
    return f"<html><body><article><h1>Long</h1>{''.join(paragraphs)}</article></body></html>"


def test_resuming_a_csv_output_that_holds_a_body_over_the_csv_field_limit(
    tmp_path: Path,
) -> None:
    # The resume read the CSV with the csv module's default limit of 131,072 characters a
    # field: an article longer than that made the file "malformed" and the run refused it.
    page, other, out = tmp_path / "long.html", tmp_path / "other.html", tmp_path / "out.csv"
    page.write_text(_long_page())
    other.write_text(_long_page().replace("<h1>Long", "<h1>Other"))
    default = csv.field_size_limit()
    try:
        csv.field_size_limit(131_072)
        arguments = ["batch", str(page), "-o", str(out), "-j", "1", "--no-progress"]
        assert main(arguments) == 0
        assert len(out.read_text()) > 150_000
        assert main([*arguments[:2], str(other), *arguments[2:], "--resume"]) == 0
    finally:
        csv.field_size_limit(max(default, csv.field_size_limit()))
    with out.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["input"] for row in rows] == [str(page), str(other)]


def test_explain_keeps_a_trafilatura_block_that_spaces_inline_elements() -> None:
    # The page's walk reads "<span>mkestrel</span><span>mkestrel</span>" as one word, the
    # trafilatura fallback body as two: explain matched the body's blocks by exact text and
    # showed the only block of the Article's body as dropped.
    person = '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
    name = f'{person}<span itemprop="name">mkestrel</span></span>'
    page = f'<html lang="en"><body><article><h1></h1>{name}{name}</article></body></html>'
    extraction = extract_with_resolution(page, "https://example.org/2021/03/05/harbour-plan")
    options = ExtractOptions()
    decisions = body_decisions(extraction.page, BodyOptions(favor=options.favor))
    shown = pipeline_decisions(decisions, extraction.article, options)
    kept = [(block.text, block.kind) for block in shown if block.kept]
    assert kept == [(block.text, block.kind) for block in extraction.article.body_blocks]
    assert kept
