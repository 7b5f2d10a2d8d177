"""The thirty-second hostile round: small pages whose one long run of a character (a table
cell of letters with no colon) made a regex search try its pattern from every position of
the run, a quadratic cost (40,000 letters: 37 s, a megabyte hours). Each case is a page of a
few hundred KB that must be read within the hang guard; the checks say what it gives."""

from __future__ import annotations

from tests.hang_guard import finishes

import newsextract
from newsextract.body import entries
from newsextract.body.blocks import walk
from newsextract.metadata import visible_dates
from newsextract.page import ParsedPage

_TEXT = (
    "<p>The ferry company added an early boat on weekdays after complaints from commuters"
    " on the island.</p><p>The new timetable starts in spring and runs until October.</p>"
)


def _page(body: str) -> str:
    return (
        "<html><head><title>Ferry timetable</title></head><body><article>"
        f"<h1>Ferry timetable</h1>{_TEXT}{body}{_TEXT}</article></body></html>"
    )


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table>{cells}</table>"


def test_a_table_cell_of_one_long_word_is_read_in_linear_time() -> None:
    word = "a" * 200_000
    article = finishes(lambda: newsextract.extract(_page(_table([(word, word), ("x", "y")]))))
    assert "early boat" in article.body


def test_a_cell_longer_than_a_poster_card_is_the_post() -> None:
    # the post first, holding a label and a figure of its own, the card second: a cell over
    # DATA_CELL is not searched for a card (it was, and taken for one, the table no posts)
    post = "Update: 3 boats a day now. I took the early one and it left on time, for once, at six."
    card = "Marta<br>Joined: 02.01.2024<br>Posts: 312"
    assert len(post) > entries.DATA_CELL
    cells = "".join(f"<tr><td>{post}</td><td>{card}</td></tr>" for _ in range(3))
    page = ParsedPage(f"<html><body><table>{cells}</table></body></html>")
    assert page.body is not None
    blocks = walk(page.body, figures=True).blocks
    posts = entries.with_posts_of_tables([(block, None) for block in blocks])
    assert [block.text for block, _ in posts] == [post] * 3


def test_a_paragraph_of_capitals_is_no_dateline_and_costs_one_pass() -> None:
    # the dateline's place is up to four capitalised words: a run of 180 capitals could be
    # cut into four in a million ways, each tried, on each of the first four paragraphs
    capitals = "A" * 4_000
    text = visible_dates.clean_text(capitals)[: 2 * visible_dates._DATELINE_OPENING]
    assert visible_dates._DATELINE_PLACE.match(text) is None
    assert visible_dates._DATELINE_PLACE.match("PORT ALDER, Ore., 3 March 2024 –")
    assert visible_dates._DATELINE_PLACE.match("MARKT ELLENRODE, 3. März 2024 –")
    page = _page(f"<p>{capitals}</p>" * 4)
    article = finishes(lambda: newsextract.extract(page))
    assert article.published is None
