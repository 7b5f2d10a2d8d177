"""Body lines that belong to a field (``extract._metadata_line_test``): a line without words,
the byline, a source line and a tag line leave the body; prose in any script stays."""

from __future__ import annotations

import pytest

from newsextract.extract import _metadata_line_test


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("* * *", True),  # no word at all
        ("— · —", True),
        ("By Jane Doe", True),  # the byline
        ("Source: Reuters", True),  # ends with the source, with a colon
        ("Tags: rail, strikes", True),
        ("Share this article", True),  # a label alone
        ("Comments (12)", True),  # a label with its count
        ("Tag 1: Anreise nach Lissabon", False),  # German "day", not the tag label
        ("Topics covered this week", False),  # a label word opening a phrase
        ("Themen der Sitzung", False),
        ("東京で雨が降った。", False),  # words, none of them ASCII
        ("Москва, 5 марта.", False),
        ("A sentence of the article itself.", False),
        ("ﬁ", False),  # a ligature normalises to letters
    ],
)
def test_metadata_lines(text: str, dropped: bool) -> None:
    is_metadata_line = _metadata_line_test("By Jane Doe", "Reuters")
    assert is_metadata_line(text) is dropped


def test_without_a_byline_or_source_only_wordless_and_label_lines_go() -> None:
    is_metadata_line = _metadata_line_test(None, None)
    assert is_metadata_line("…") and is_metadata_line("Tags: rail")
    assert not is_metadata_line("By Jane Doe, in Paris, on a rainy day")


def test_a_table_row_or_code_keeps_a_first_word_that_is_a_label() -> None:
    """ "Tag | Vormittag | Nachmittag", an opening-hours table's header, is a row of the
    text; the label test is for lines."""
    import newsextract

    rows = "".join(f"<tr><td>Montag</td><td>{n}-12</td><td>14-18</td></tr>" for n in (8, 9, 10))
    html = (
        "<html lang='de'><body><article><h1>Öffnungszeiten der Bibliothek</h1>"
        "<p>Die Stadtbibliothek ändert ab Januar ihre Öffnungszeiten, wie die Verwaltung am "
        "Montag mitteilte. Die neuen Zeiten gelten zunächst für ein Jahr.</p>"
        f"<table><tr><th>Tag</th><th>Vormittag</th><th>Nachmittag</th></tr>{rows}</table>"
        "<p>Am Samstag bleibt die Bibliothek wie bisher bis 13 Uhr geöffnet, teilte die Stadt "
        "weiter mit.</p></article></body></html>"
    )
    article = newsextract.extract(html)
    assert "Tag | Vormittag | Nachmittag" in article.body
