"""The labels of Esperanto, Scottish Gaelic, Kurdish (Kurmanji), Luxembourgish, Odia,
Kinyarwanda, Kyrgyz, Tajik, Turkmen and Uyghur, as data: before these files their bylines
("Nivîskar:", "Муаллиф:", "Awtor:", "vum", "Le", "ଲେଖକ:", "ئاپتور:") were missed or kept
their label, their credit lines ("Çavkanî: AFP", "Булак: Кабар") gave no source, and one in
quotation marks ("Манбаъ: «Ховар»") kept them. A Kinyarwanda byline with its date after the
name ("Yanditswe na X kuya 3 Werurwe 2025 saa 14:20") keeps the name alone once the month
and what follows are cut."""

from __future__ import annotations

import pytest
from tests.metadata.pages import Credited, article_page, check_byline_and_credit, filler

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline


@pytest.mark.parametrize(
    "case",
    [
        ("ku", "Pira", "Nivîskar: Rênas Ehmed", "Çavkanî: AFP", "Rênas Ehmed", "AFP"),
        ("tg", "Беморхона", "Муаллиф: Фарид Раҳимов", "Манбаъ: Ховар", "Фарид Раҳимов", "Ховар"),
        ("tk", "Kitaphana", "Awtor: Merdan Orazow", None, "Merdan Orazow", None),
        ("ky", "Парк", "Автор: Айгүл Осмонова", "Булак: Кабар", "Айгүл Осмонова", "Кабар"),
        # the quotation marks a credit line sets around the source are no part of its name
        ("tg", "Бемор", "Муаллиф: Фарид Раҳимов", "Манбаъ: «Ховар»", "Фарид Раҳимов", "Ховар"),
        ("lb", "Tram", "vum Pol Weber", None, "Pol Weber", None),
        ("gd", "Aiseag", "Le Calum MacLeòid", None, "Calum MacLeòid", None),
        ("or", "ଟର୍ମିନାଲ", "ଲେଖକ: ସୁଜାତା ମହାନ୍ତି", None, "ସୁଜାତା ମହାନ୍ତି", None),
        ("ug", "كۇتۇپخانا", "ئاپتور: ئابلىكىم تۇرسۇن", None, "ئابلىكىم تۇرسۇن", None),
    ],
)
def test_byline_and_credit_of_the_language(case: Credited) -> None:
    check_byline_and_credit(case)


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        (
            "Yanditswe na Habimana Jean Bosco kuya 3 Werurwe 2025 saa 14:20", "rw",
            ["Habimana Jean Bosco"],
        ),
        ("Nivîskar: Rênas Ehmed û Azad Şêx", "ku", ["Rênas Ehmed", "Azad Şêx"]),
        ("vum Pol Weber an Anne Schmit", "lb", ["Pol Weber", "Anne Schmit"]),
        ("Le Calum MacLeòid agus Mòrag NicLeòid", "gd", ["Calum MacLeòid", "Mòrag NicLeòid"]),
        ("Le Monde", None, ["Le Monde"]),  # French "the": a label on Gaelic pages only
    ],
)  # fmt: skip
def test_labels_and_joiners_on_their_language_pages(
    byline: str, language: str | None, names: list[str]
) -> None:
    assert split_byline(trim_byline(byline), language) == names


def test_the_new_date_words_make_no_labelled_line_a_date_line() -> None:
    """The body reads every word of a date phrase or a date label alone: Kinyarwanda "ku wa"
    (its "wa", "of" in Swahili too), Gaelic "air", Kurdish "roja" (Spanish "red") and "hat
    weşandin" (German "hat"), Esperanto "je" (French "I"), Turkmen "çap edildi" (Turkish
    "edildi") would make a labelled line with a date ("Mwisho wa kutuma maombi: 15 Desemba
    2026") a date line, left out of the body; the files hold other words."""
    items = "<li>Mahali: Arusha, Tanzania</li><li>Mwisho wa kutuma maombi: 15 Desemba 2026</li>"
    page = article_page(
        "sw", "Afisa Mikopo", f"<ul>{items}</ul>" + filler("mikopo") + filler("kazi")
    )
    body = newsextract.extract(page).body_markdown() or ""
    assert "Mwisho wa kutuma maombi" in body
