"""Round 13 (issue 11): a press contact set as short lines (a label, a name, telephones and
an address, each after a ``<br>``) is a contact block, dropped as a contact line is; a
paragraph that names an address in a sentence of the text stays."""

from __future__ import annotations

from newsextract.body.furniture_lines import is_furniture_line


def test_a_contact_block_of_short_lines_is_furniture() -> None:
    block = (
        "Press contact:\nJane Roe, Head of Communications\nTelephone: +44 20 7946 0000\n"
        "Mobile: +44 7700 900000\nE-mail: press@harbourline.example"
    )
    assert is_furniture_line(block)


def test_a_contact_line_is_still_furniture() -> None:
    assert is_furniture_line("Media enquiries: press@harbourline.example")


def test_a_sentence_naming_an_address_stays_text() -> None:
    text = (
        "Readers who were on the ferry that morning and saw what happened are asked to write "
        "to the inquiry at witnesses@inquiry.example before the end of May."
    )
    assert not is_furniture_line(text)


def test_a_line_of_text_above_an_address_keeps_the_block_text() -> None:
    # One line is a sentence of the text: the block is not a contact block.
    block = (
        "The inquiry asks everyone who was on the ferry that morning, crew or passenger, to "
        "come forward.\nwitnesses@inquiry.example"
    )
    assert not is_furniture_line(block)
