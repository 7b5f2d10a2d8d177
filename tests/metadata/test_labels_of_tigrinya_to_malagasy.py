"""The labels of Tigrinya, Sindhi, Dhivehi, West Frisian, Faroese, Māori, Samoan, Javanese,
Sundanese, Haitian Creole, Igbo and Malagasy, as data: before these files their bylines
("ጸሓፊ:", "رپورٽ:", "ލިޔުނީ:", "Troch", "Høvundur:", "Nā", "Tusia e", "Panulis:", "Ku:", "Pa",
"Onye dere:", "Nosoratan'i") were missed or kept their label, and a Haitian credit line
("Sous: AHP") gave no source."""

from __future__ import annotations

import pytest
from tests.metadata.pages import Credited, byline_page, check_byline_and_credit

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline


@pytest.mark.parametrize(
    "case",
    [
        ("ti", "ክሊኒክ", "ጸሓፊ: ሰለሙን ተኽለ", None, "ሰለሙን ተኽለ", None),
        ("sd", "پل", "رپورٽ: علي حسن ميمڻ", None, "علي حسن ميمڻ", None),
        ("dv", "ހޮސްޕިޓަލް", "ލިޔުނީ: އަޙްމަދު ނާޒިމް", None, "އަޙްމަދު ނާޒިމް", None),
        ("fy", "Brêge", "Troch Sjoerd de Vries", None, "Sjoerd de Vries", None),
        ("fo", "Ferja", "Høvundur: Jógvan Hansen", None, "Jógvan Hansen", None),
        ("mi", "Kura", "Nā Aroha Te Whare", None, "Aroha Te Whare", None),
        ("sm", "Falemaʻi", "Tusia e Sione Tavita", None, "Sione Tavita", None),
        ("jv", "Pasar", "Panulis: Budi Santoso", None, "Budi Santoso", None),
        ("su", "Sakola", "Ku: Asep Saepudin", None, "Asep Saepudin", None),
        ("ht", "Lekòl", "Pa Jean-Robert Pierre", "Sous: AHP", "Jean-Robert Pierre", "AHP"),
        ("ig", "Ụlọ", "Onye dere: Chinedu Okafor", None, "Chinedu Okafor", None),
        (
            "mg",
            "Lalana",
            "Nosoratan'i Rakoto Andry",
            "Loharano: Taratra",
            "Rakoto Andry",
            "Taratra",
        ),
    ],
)
def test_byline_and_credit_of_the_language(case: Credited) -> None:
    check_byline_and_credit(case)


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Troch Sjoerd de Vries en Anke Hoekstra", "fy", ["Sjoerd de Vries", "Anke Hoekstra"]),
        ("Nā Aroha Te Whare me Hēmi Walker", "mi", ["Aroha Te Whare", "Hēmi Walker"]),
        ("Ku: Asep Saepudin jeung Euis Komalasari", "su", ["Asep Saepudin", "Euis Komalasari"]),
        ("Pa Jean-Robert Pierre ak Marie Joseph", "ht", ["Jean-Robert Pierre", "Marie Joseph"]),
        # words read as labels and joiners on their own language's pages only
        ("Pa Gasol", None, ["Pa Gasol"]),
        ("Tekstur Nordic", None, ["Tekstur Nordic"]),
    ],
)
def test_labels_and_joiners_on_their_language_pages(
    byline: str, language: str | None, names: list[str]
) -> None:
    assert split_byline(trim_byline(byline), language) == names


def test_a_photo_credit_in_faroese_is_no_author() -> None:
    page = byline_page(
        "fo",
        "Ferja",
        "Høvundur: Jógvan Hansen",
        "<figure><figcaption>Mynd: Rannvá Joensen</figcaption></figure>",
    )
    assert newsextract.extract(page).authors == ("Jógvan Hansen",)
