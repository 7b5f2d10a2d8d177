"""A public service's page of labelled sentences set as a table (``tables._KEY_VALUE``) and
the rating scale under it (``control_lines.is_rating_scale``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.control_lines import is_rating_scale

_ROWS = (
    ("Who may apply", "Residents of the parish aged 16 or over, in person or through a guardian."),
    (
        "Processing time",
        "Up to fifteen working days from the day the form is handed in, or five for a fee.",
    ),
    ("Fees", "The parish fee and the card's price are paid at the desk when you apply."),
)


def _page() -> str:
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in _ROWS)
    return (
        "<html lang='en'><head><title>Resident card</title></head><body>"
        "<header><a href='/'>Parish Services</a></header><div class='service'>"
        f"<h1>Applying for a resident card</h1><table class='service-info'>{rows}</table>"
        "<div class='service-rate'>Rate this service: <a>1</a><a>2</a><a>3</a><a>4</a>"
        "<a>5</a></div></div></body></html>"
    )


def test_labelled_sentences_in_a_table_are_read_and_the_scale_goes() -> None:
    body = newsextract.extract(_page(), url="https://parish.example.org/services/card").body
    for label, value in _ROWS:
        assert f"{label} | {value}" in body
    assert "Rate this service" not in body


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        ("Rate this service: 1 2 3 4 5", True),
        ("Оцініть якість послуги: 12345", True),
        ("Vota questa poesia: 1 2 3 4 5 6 7 8 9 10", True),
        ("Steps: 1 2", False),  # two points are no scale
        ("The vote was 12 to 3", False),
        ("Scores: 1 3 5", False),  # not counted from one
    ],
)
def test_rating_scales(line: str, scale: bool) -> None:
    assert is_rating_scale(line) is scale
