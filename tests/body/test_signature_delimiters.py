"""Round 13 (issue 11): a block opening with a signature delimiter on a line of its own
(mail's "-- ", forum software's rule of underscores) is a poster's signature, not the post;
a short blank to fill in, or a dash opening a line of the text, is not a delimiter. Wave 63: a
rule inside a paragraph (an agency's "___" above its closing note) sets two parts of the text
apart: it goes, the text on both sides stays."""

from __future__ import annotations

import pytest

import newsextract

_POST = (
    "I replaced the thermostat last weekend and the heater now blows warm air within five "
    "minutes of a cold start, which it had not done for two winters."
)


def _body(after: str) -> str:
    page = (
        "<html lang='en'><body><div class='nav'><a href='/'>Forum</a></div><div id='posts'>"
        f"<div class='post'><div class='message'>{_POST}</div><div>{after}</div></div>"
        "</div></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize(
    "signature",
    [
        "__________________<br>'04 Golf 1.9 TDI, 180k miles",
        "-- <br>Sent from the garage, covered in oil",
    ],
)
def test_a_signature_under_its_delimiter_is_dropped(signature: str) -> None:
    body = _body(signature)
    assert _POST in body
    assert "180k miles" not in body
    assert "covered in oil" not in body


def test_a_blank_to_fill_in_is_no_delimiter() -> None:
    line = "Fill in the form: name ________<br>and the date you bought the part, then post it."
    assert "and the date you bought the part" in _body(line)


def test_a_dash_opening_a_line_of_text_is_no_delimiter() -> None:
    line = "-- and then the fan came on, which it never had before, so I left it running."
    assert "the fan came on" in _body(line)


def _story(paragraph: str) -> str:
    page = (
        "<html lang='nl'><body><article><h1>Sluis dicht</h1><p>De sluis bij Oosterweg gaat "
        "maandag dicht voor groot onderhoud aan de deuren, meldt het waterschap.</p>"
        f"<p>{paragraph}</p></article></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize("rule", ["___", "* * *", "———", "-----"])
def test_a_rule_inside_a_paragraph_is_no_text(rule: str) -> None:
    body = _story(
        f"Het werk duurt naar verwachting drie weken.<br>{rule}<br>Dit artikel hoort bij "
        "onze reeks over het water in de regio."
    )
    assert "drie weken.\nDit artikel hoort bij onze reeks" in body
    assert rule not in body


def test_a_lone_dash_on_a_line_of_a_paragraph_stays() -> None:
    body = _story("Kosten:<br>–<br>Het waterschap betaalt de helft van de rekening zelf.")
    assert "Kosten:\n–\nHet waterschap" in body
