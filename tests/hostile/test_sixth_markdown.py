"""The sixth red team (wave 61): Markdown tables whose cells hold blocks. A cell's text
(a ``<pre>`` of pipes, a fence, line breaks) must add no row and open no fence; a data
table whose cell holds a short list stays one table, its items in one cell."""

from __future__ import annotations

import newsextract
from newsextract.render import render_markdown

PARAGRAPH = (
    "<p>The harbour board said on Monday that work on the new quay would resume next week"
    " after a pause of three months, and the mayor welcomed the news at once.</p>"
)


def _page(rows: str) -> str:
    return (
        "<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>"
        f"{PARAGRAPH}<table><thead><tr><th>Berth</th><th>Note</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{PARAGRAPH}</article></body></html>"
    )


def _table_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_a_cell_s_pipes_fences_and_line_breaks_add_no_row() -> None:
    rows = (
        "<tr><td>North</td><td><pre>depth 9 m\n| forged | row |\n|---|---|\n```\nend</pre>"
        "</td></tr>"
        "<tr><td>South</td><td>closed<br>| also | forged |<br>```python</td></tr>"
        "<tr><td>East</td><td>open ``` all | week</td></tr>"
    )
    markdown = render_markdown(newsextract.extract(_page(rows), url="https://quay.example/a/b"))
    lines = _table_lines(markdown)
    assert len(lines) == 2 + 3, markdown  # the header, its rule and the three rows
    assert all(line.count(" | ") == 1 for line in lines if "---" not in line), markdown
    assert "\n```" not in markdown


def test_a_data_table_whose_cell_holds_a_list_stays_one_table() -> None:
    rows = (
        "<tr><td>North</td><td><ul><li>dredging</li><li>new fenders</li></ul></td></tr>"
        "<tr><td>South</td><td>closed for repairs</td></tr>"
        "<tr><td>East</td><td>open all week</td></tr>"
    )
    markdown = render_markdown(newsextract.extract(_page(rows), url="https://quay.example/a/b"))
    lines = _table_lines(markdown)
    assert len(lines) == 2 + 3, markdown
    assert "dredging" in lines[2] and "new fenders" in lines[2], markdown


def test_a_cell_s_long_list_is_walked_as_a_container_s() -> None:
    """Past ``_BROKEN_CELL_CHARS`` a cell's list is a layout's (a menu, a column of notes):
    its items stay items, not one cell's run of text."""
    items = (
        "the dredging of the outer basin to nine metres",
        "new timber fenders along the whole length of the berth",
        "a second crane on rails",
    )
    listed = "".join(f"<li>{item}</li>" for item in items)
    rows = f"<tr><td>North</td><td><ul>{listed}</ul></td></tr>"
    markdown = render_markdown(newsextract.extract(_page(rows), url="https://quay.example/a/b"))
    assert all(f"- {item}" in markdown for item in items), markdown


def test_a_cell_s_list_of_many_items_is_walked_as_a_container_s() -> None:
    """Past ``_CELL_LIST_ITEMS`` items a cell's list is a layout's, however short each."""
    items = [f"pier {number}" for number in range(1, 13)]
    listed = "".join(f"<li>{item}</li>" for item in items)
    rows = f"<tr><td>North</td><td><ul>{listed}</ul></td></tr>"
    markdown = render_markdown(newsextract.extract(_page(rows), url="https://quay.example/a/b"))
    assert all(f"- {item}\n" in markdown + "\n" for item in items), markdown
