"""A cell a ``rowspan`` covers is an empty cell of the rows below, as a ``colspan``'s is: the
columns line up (in ``body_blocks`` and the Markdown), the rows under a grouped header are
as wide as the first, and a spec sheet of grouped rows is a data table, not layout. Two
dotted figures after a word ("Version 8.4") head a release, not a date line."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.blocks import walk

_INTRO = (
    "<p>The cargo bike we built with the workshop weighs forty kilos and carries two"
    " children and a week of shopping up the hill.</p>"
)


def _extract(body: str) -> newsextract.Article:
    return newsextract.extract(
        f"<html><body><article><h1>Specs</h1>{_INTRO}{body}</article></body></html>"
    )


def test_a_grouped_spec_sheet_is_data_and_its_columns_line_up() -> None:
    article = _extract(
        "<table><tr><th rowspan='3'>Motor</th><th>Position</th><td>crank</td></tr>"
        "<tr><th>Torque</th><td>85 Nm</td></tr><tr><th>Battery</th><td>625 Wh</td></tr>"
        "<tr><th rowspan='2'>Frame</th><th>Material</th><td>steel</td></tr>"
        "<tr><th>Load</th><td>180 kg</td></tr></table>"
    )
    assert "Torque | 85 Nm" in article.body
    rows = [block.cells for block in article.body_blocks if block.kind == "tr"]
    assert rows == [
        ("Motor", "Position", "crank"),
        ("", "Torque", "85 Nm"),
        ("", "Battery", "625 Wh"),
        ("Frame", "Material", "steel"),
        ("", "Load", "180 kg"),
    ]


def test_a_span_in_a_middle_column_and_a_header_over_two_rows() -> None:
    article = _extract(
        "<table><thead><tr><th rowspan='2'>Model</th><th colspan='2'>Camera</th></tr>"
        "<tr><th>Main</th><th>Selfie</th></tr></thead><tbody><tr><td>Alpha</td>"
        "<td rowspan='2'>50 MP</td><td>16 MP</td></tr><tr><td>Beta</td><td>8 MP</td></tr>"
        "<tr><td>Gamma</td><td>64 MP</td><td>32 MP</td></tr></tbody></table>"
    )
    markdown = article.body_markdown()
    assert "| Model | Camera |  |\n| --- | --- | --- |\n|  | Main | Selfie |" in markdown
    assert "| Alpha | 50 MP | 16 MP |\n| Beta |  | 8 MP |\n| Gamma | 64 MP | 32 MP |" in markdown


def test_a_span_ends_with_its_row_group() -> None:
    # A rowspan reaching past its <tbody> covers nothing in the next one.
    article = _extract(
        "<table><tbody><tr><td rowspan='5'>A</td><td>1</td><td>2</td></tr></tbody>"
        "<tbody><tr><td>B</td><td>3</td><td>4</td></tr><tr><td>C</td><td>5</td><td>6</td>"
        "</tr></tbody></table>"
    )
    rows = [block.cells for block in article.body_blocks if block.kind == "tr"]
    assert ("B", "3", "4") in rows


def test_a_release_heading_of_two_figures_after_a_word_is_kept() -> None:
    article = _extract(
        "<h3>Version 8.4 (2 December 2026)</h3><ul><li>Dark mode follows the phone.</li>"
        "<li>Faster start on old phones.</li></ul><h3>Version 8.3 (10 November 2026)</h3>"
        "<ul><li>A tab for local results.</li></ul>"
    )
    assert "Version 8.4 (2 December 2026)" in article.body
    assert "Version 8.3 (10 November 2026)" in article.body


def test_a_huge_span_is_capped_as_a_colspan_is() -> None:
    # rowspan and colspan past the cap (50) cover no more than it: no row of a million cells,
    # and the rows past the fiftieth are covered no more.
    rows = "".join(f"<tr><td>r{n}</td><td>{n}</td></tr>" for n in range(60))
    html = f"<table><tr><td rowspan='999999' colspan='999999'>A</td><td>1</td></tr>{rows}</table>"
    root = LexborHTMLParser(f"<html><body>{html}</body></html>").body
    assert root is not None
    widths = [len(block.cells) for block in walk(root).blocks if block.kind == "tr"]
    assert widths[0] == 51  # the span's 50 columns and the cell after it
    assert widths[1:50] == [52] * 49  # each row under it: 50 covered, its own two
    assert widths[50:] == [2] * 11
