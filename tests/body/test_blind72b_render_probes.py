"""The blind72b round (``nonnews_probes.blind72b``, wave 72): does ``body_markdown()`` render
a table's caption, a footnote mark, a table of links, headers of two rows, tables and code in
figures, reversed and split lists, several descriptions of a term, inline ``<kbd>``/``<del>``
and text that reads as Markdown as decided for them, and is ``body_html()`` well-formed?"""

from __future__ import annotations

import pytest
from nonnews_probes.blind72b import PROBES, RenderProbe
from probe_checks import HtmlTagCheck, holds_blocks, probe_cases

import newsextract
from newsextract import Block, BlockKind
from newsextract.body.model import Body
from newsextract.body.render import to_html, to_markdown

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 35 pages): newsextract 24/35, trafilatura 7/35 (its
# markdown read against the same strings: tables in "|---|" rows with trailing spaces, a
# caption and a footnote mark glued to the text, a definition list as bullets, inline code
# in backticks).
# newsextract failed: a table's <caption> as a plain paragraph (3 pages) and, over a table
# of links, alone; a table whose every cell is a link dropped (2); a figure's credit caption
# ("Source : …") cut after its table; <ol reversed> numbered upwards (2); a footnote mark
# glued to its sentence ("Kilogramm.1", "week.1") or set apart by a space (3).
# Fixed by method: a <caption> read right before its table's rows is the table's caption, a
# TABLE_ROW with caption=True, kept in the text and rendered as the table's title (italics
# before a GitHub table, <caption> in HTML) (body.block_records, body.render): 27/35.
_KNOWN_FAILURES: dict[str, str] = {
    "b72b_schedule_all_links": "a table whose every cell is a link is dropped as link furniture",
    "b72b_caption_all_links": "a table whose every cell is a link is dropped as link furniture",
    "b72b_table_in_figure": "a figure's caption reading as a credit is cut by design",
    "b72b_ol_reversed": "<ol reversed> is numbered upwards",
    "b72b_ol_start_reversed": "<ol reversed> is numbered upwards",
    "b72b_footnote_linked_mark": "a footnote mark is glued to its sentence",
    "b72b_footnote_bare_sup_after_period": "a footnote mark is glued to its sentence",
    "b72b_footnote_mark_after_word": "a footnote mark is set apart as a word",
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_markdown(probe: RenderProbe) -> None:
    rendered = newsextract.extract(probe.html, url=probe.url).body_markdown()
    assert holds_blocks(rendered, probe.markdown), rendered


def test_every_probe_is_known_by_name() -> None:
    names = {probe.name for probe in PROBES}
    assert len(names) == len(PROBES) and set(_KNOWN_FAILURES) <= names


@pytest.mark.parametrize("probe", PROBES, ids=[probe.name for probe in PROBES])
def test_probe_html_is_well_formed(probe: RenderProbe) -> None:
    checker = HtmlTagCheck()
    checker.feed(newsextract.extract(probe.html, url=probe.url).body_html())
    checker.close()
    assert checker.errors == [] and checker.open == []


def test_a_tables_caption_opens_its_table_and_stays_in_the_text() -> None:
    caption = Block(kind=BlockKind.TABLE_ROW, text="Crews", cells=("Crews",), caption=True)
    rows = [
        Block(
            kind=BlockKind.TABLE_ROW, text="Class | Crews", cells=("Class", "Crews"), header=True
        ),
        Block(kind=BlockKind.TABLE_ROW, text="Junior | 14", cells=("Junior", "14")),
    ]
    assert to_markdown([caption, *rows]) == (
        "*Crews*\n\n| Class | Crews |\n| --- | --- |\n| Junior | 14 |"
    )
    assert to_html([caption, *rows]) == (
        "<table>\n<caption>Crews</caption>\n<thead>\n<tr><th>Class</th><th>Crews</th></tr>\n"
        "</thead>\n<tbody>\n<tr><td>Junior</td><td>14</td></tr>\n</tbody>\n</table>"
    )
    # a second caption opens a second table; a caption alone is its title alone
    assert to_markdown([caption, rows[1], caption, rows[1]]).count("| --- | --- |") == 2
    assert to_markdown([caption]) == "*Crews*"
    assert to_html([caption]) == "<table>\n<caption>Crews</caption>\n</table>"
    figure = Block(kind=BlockKind.PARAGRAPH, text="A photo", caption=True)
    text = Body(blocks=(Block(kind=BlockKind.PARAGRAPH, text="x" * 40), figure, caption, *rows))
    assert text.text.split("\n\n")[1:] == ["Crews", "Class | Crews", "Junior | 14"]


def test_a_caption_whose_table_was_dropped_stays_a_paragraph() -> None:
    probe = next(p for p in PROBES if p.name == "b72b_caption_all_links")
    blocks = newsextract.extract(probe.html, url=probe.url).body_blocks
    found = [b for b in blocks if b.text == "Crew pages"]
    assert found == [] or found[0].kind is BlockKind.PARAGRAPH
