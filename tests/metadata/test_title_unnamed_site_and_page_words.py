"""Two titles no source of the page explains: a ``<title>`` whose short last part after a
bar is the site's name on a site that names itself nowhere else (``without_bar_tail``, in
scripts with spaces), and a one-word ``og:title`` a template writes on every page ("Home",
"Startseite") beside a ``<title>`` that names the page."""

from __future__ import annotations

import pytest

from newsextract.metadata.title import choose_title
from newsextract.metadata.title_cleanup import without_bar_tail


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ξεκινούν τα έργα στο παλιό λιμάνι | Νέα της Πόλης", "Ξεκινούν τα έργα στο παλιό λιμάνι"),
        ("Новий парк відкрили біля річки | Місто | Наш Край", "Новий парк відкрили біля річки"),
        ("دانشگاه شهر کتابخانه تازه‌ای ساخت ｜ خبر شهر", "دانشگاه شهر کتابخانه تازه‌ای ساخت"),
        # one word last is a section's name or an abbreviation the title keeps
        (
            "Bridge repairs close the river road | Local",
            "Bridge repairs close the river road | Local",
        ),
        ("New rules for drones | FAQ", "New rules for drones | FAQ"),
        # a short head may be a name too: both parts stay
        ("Contact | Riverside Courier", "Contact | Riverside Courier"),
        # a part as long as a headline's is the headline's own
        (
            "Council approves budget | Residents ask why the pool stays shut all summer",
            "Council approves budget | Residents ask why the pool stays shut all summer",
        ),
        # a bar without spaces, or a dash, is not read here
        ("Council approves new budget|Courier", "Council approves new budget|Courier"),
        ("Council approves new budget - Courier", "Council approves new budget - Courier"),
        # Chinese and Japanese titles are read by without_unspaced_tail
        ("市議会が新しい条例を可決 | みなと新聞", "市議会が新しい条例を可決 | みなと新聞"),
    ],
)
def test_a_short_part_after_a_bar(title: str, expected: str) -> None:
    assert without_bar_tail(title) == expected


def test_the_bar_tail_is_cut_only_where_the_site_names_itself_nowhere() -> None:
    title = "How to grow an avocado tree from a pit | Step-by-Step Guide"
    assert choose_title(None, [title], []).title == title
    assert choose_title(None, [title], [], unnamed_site=True).title == (
        "How to grow an avocado tree from a pit"
    )


@pytest.mark.parametrize("word", ["Home", "Startseite", "Accueil", "Главная"])
def test_a_one_word_og_title_beside_a_title_naming_the_page(word: str) -> None:
    titles = [word, "School bus routes to change next term | Weekly"]
    choice = choose_title(None, titles, ["Weekly"])
    assert choice.title == "School bus routes to change next term"
    assert "page kind" in choice.reasons[0]


def test_a_one_word_name_the_longer_title_repeats_stays() -> None:
    titles = ["Kettle", "Kettle – brushed steel, 1.7 litres | Harbour Tools"]
    assert choose_title(None, titles, ["Harbour Tools"]).title == "Kettle"
