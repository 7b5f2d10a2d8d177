"""A programme's item opening with a weekday and a time of day ("Friday 20:00 – The Marlow
Quintet") is an entry of the text: the hour of "20:00" is no day of the month, so the
weekday dates nothing. A weekday beside a day ("Friday 7 June") still dates a line, and a
stamp of a weekday and a time alone stays a date line."""

from __future__ import annotations

import pytest

from newsextract.body.date_lines import is_date_line
from newsextract.body.extractor import extract_body
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.page import ParsedPage


@pytest.mark.parametrize(
    "line",
    ["Friday 20:00 – The Marlow Quintet", "Sábado 21:30 – Orquesta del Puerto"],
)
def test_a_programme_item_is_not_a_date_line(line: str) -> None:
    assert not is_furniture_line(line, list_item=True)


@pytest.mark.parametrize("line", ["Friday 20:00", "Friday 7 June 2024", "Friday, 7 June 20:00"])
def test_a_stamp_stays_a_date_line(line: str) -> None:
    assert is_date_line(line)


def test_the_programme_s_items_are_kept() -> None:
    html = (
        "<html><body><main><article><h1>Harbour Jazz Weekend</h1>"
        "<p>Three days of jazz on the old harbour front, with more than forty concerts on "
        "two stages and a market of records and instruments on the quay.</p>"
        "<h2>Programme highlights</h2><ul><li>Friday 20:00 – The Marlow Quintet</li>"
        "<li>Saturday 15:00 – Youth big band competition</li>"
        "<li>Sunday 18:00 – closing jam session with guests</li></ul>"
        "</article></main></body></html>"
    )
    text = extract_body(ParsedPage(html, "https://jazz.example/2024")).text
    assert "Friday 20:00 – The Marlow Quintet" in text
    assert "Sunday 18:00 – closing jam session with guests" in text
