"""An author bio that sets a dash in the verb's place between the name and the profession
("Rūta Jonaitienė – žurnalistė, …"), as Baltic and Slavic languages write "is", closes the
text as a bio does; a closing sentence with a dash and no profession is the text's."""

from __future__ import annotations

import pytest

from newsextract.body.about_lines import is_about_line


@pytest.mark.parametrize(
    "text",
    [
        "Rūta Jonaitienė – „Žemaičių žinių“ žurnalistė, rašanti apie sportą ir švietimą.",
        "Jan Kowalski — dziennikarz działu gospodarczego, pisze o energetyce.",
        "Petra Nováková – redaktorka zpravodajství, dříve pracovala v rozhlase.",
    ],
)
def test_dash_bio_is_about_the_author(text: str) -> None:
    assert is_about_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Petraitis – ūkininkas iš Telšių – sako, kad derlius šiemet geresnis.",
        "Kauno arena – didžiausia salė mieste, talpinanti penkiolika tūkstančių žiūrovų.",
    ],
)
def test_dash_sentence_without_a_profession_is_text(text: str) -> None:
    assert not is_about_line(text)
