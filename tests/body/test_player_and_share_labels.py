"""The lines a news template sets inside the text in the languages the dev sets lack: an
audio player's label ("Ouvir notícia 03:12", "Слушать статью"), a reading time ("3 мин на
чтение", "Citești în 3 minute"), a share row whose label has more words than the channels
after it ("Partilhe este artigo: Facebook X LinkedIn E-mail"), and an agency credit of two
agencies joined by a hyphen ("(ANSA-AFP)")."""

from __future__ import annotations

import pytest

from newsextract.body.credit_lines import without_closing_credit
from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Ouvir notícia 03:12",
        "Слушать статью",
        "Lyssna på artikeln här 03:12",
        "Kuuntele juttu 4:05",
        "この記事を音声で聞く 04:12",
        "기사 음성으로 듣기 03:12",
    ],
)
def test_an_audio_players_label_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    ["3 мин на чтение", "Citești în 3 minute", "Lettura: 4 min", "3 min. læsning", "阅读约需3分钟"],
)
def test_a_reading_time_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


def test_a_share_row_under_a_long_label_is_furniture() -> None:
    assert is_furniture_line("Partilhe este artigo: Facebook X LinkedIn E-mail")


@pytest.mark.parametrize(
    "line",
    [
        "Слушать музыку на концерте пришли три тысячи человек.",
        "Lettura e scrittura restano le priorità della scuola.",
        "Partilhe a sua opinião sobre o novo regime de rendas connosco.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert not is_furniture_line(line)


def test_two_agencies_joined_by_a_hyphen_are_a_credit() -> None:
    assert without_closing_credit("La Regione ha promesso un incontro. (ANSA-AFP)") == (
        "La Regione ha promesso un incontro."
    )
