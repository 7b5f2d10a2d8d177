"""Notes a wire or a broadcaster sets under the story, about it rather than of it: "Jane Roe
in Paris contributed to this report", German public broadcasters' "Sendung: hr-INFO, …";
and a caption closing with its picture's credit in brackets ("(name / iStock.com)")."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.about_lines import is_about_line
from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "note",
    [
        "Associated Press writer John Roe in Paris contributed to this report.",
        "Fox News' Jane Roe and John Doe contributed to this report",
        "Jane Roe contributed reporting from Kyiv.",
        "Sendung: hr-INFO, 25.04.2024, 10.45 Uhr",
    ],
)
def test_a_wire_or_broadcast_note_is_about_the_article(note: str) -> None:
    assert is_about_line(note)


def test_a_sentence_about_contributions_is_no_note() -> None:
    assert not is_about_line("Donors contributed to the fund this year, the charity said.")


@pytest.mark.parametrize(
    "caption",
    [
        "Der Schneehase ist im Winter gut getarnt. (fotowerk / iStock.com)",
        "Supporters wait outside the court. (AP Photo/Jane Roe)",
    ],
)
def test_a_caption_closing_with_a_bracketed_picture_credit_is_furniture(caption: str) -> None:
    assert is_furniture_line(caption)


@pytest.mark.parametrize(
    "line",
    ["Environmental Protection Agency (EPA)", "Results of the 2021/2022 season (table)"],
)
def test_other_closing_brackets_stay(line: str) -> None:
    assert not is_furniture_line(line)


_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Talks resume</title></head><body>
<article><h1>Talks resume in Geneva</h1><div class="story">
<p>Negotiators returned to Geneva on Monday for a third round of talks on the ceasefire,
officials from both delegations said after the first session ended.</p>
<p>The talks are expected to last until Friday, when the foreign ministers will join them
for a final session on the exchange of prisoners.</p>
<p>Associated Press writer John Roe in Paris contributed to this report.</p>
</div></article></body></html>"""


def test_the_wire_note_leaves_the_body() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/talks").body or ""
    assert body.endswith("on the exchange of prisoners.")
