"""A pull quote edited for display (a word cut or changed) repeats the text as much as one
copied whole: it is left out, with the quotee's line beside it in its box. A quotation the
article does not repeat, and its source line, stay."""

from __future__ import annotations

import pytest

import newsextract


def _page(lang: str, paragraphs: list[str], pull: str, quotee: str, real: str, source: str) -> str:
    def box(quote: str, line: str) -> str:
        return (
            f'<div class="quote-box"><blockquote class="quote-box__text">{quote}</blockquote>'
            f'<p class="quote-box__author">{line}</p></div>'
        )

    first, second, third, fourth = (f"<p>{p}</p>" for p in paragraphs)
    body = f"{first}{box(pull, quotee)}{second}{third}{box(real, source)}{fourth}"
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head>'
        f'<body><main><article><h1>T</h1><div class="article-body">{body}</div></article>'
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "paragraphs", "pull", "quotee", "real", "source"),
    [
        (
            "el",
            [
                "Το μετρό της πόλης άρχισε να λειτουργεί το Σάββατο, μετά από σχεδόν είκοσι "
                "χρόνια εργασιών και καθυστερήσεων.",
                "Ο δήμαρχος δήλωσε ότι «η πόλη αλλάζει σελίδα και οι πολίτες θα κερδίζουν κάθε "
                "μέρα πολύτιμο χρόνο στις μετακινήσεις τους», ευχαριστώντας τους εργαζόμενους.",
                "Οι συρμοί θα κινούνται κάθε τρία λεπτά τις ώρες αιχμής και η γραμμή "
                "εξυπηρετεί δεκατρείς σταθμούς.",
                "Οι κάτοικοι των ανατολικών συνοικιών περιμένουν τώρα την επέκταση της γραμμής.",
            ],
            "Η πόλη αλλάζει σελίδα και οι πολίτες θα κερδίζουν πολύτιμο χρόνο στις μετακινήσεις",
            "Ο δήμαρχος της πόλης",
            "Τα μεγάλα έργα κρίνονται από το πώς αλλάζουν την καθημερινότητα των ανθρώπων.",
            "Από την ομιλία του πρυτάνεως, 2023",
        ),
        (
            "nl",
            [
                "De gemeente trekt de komende vier jaar twintig miljoen euro uit voor nieuwe "
                "fietspaden, zo maakte het college dinsdag bekend.",
                "De wethouder noemde het plan een noodzakelijke stap. „We willen dat kinderen "
                "weer veilig en zelfstandig naar school kunnen fietsen, ook in de donkere "
                "wintermaanden”, zei ze tijdens de persconferentie.",
                "Vooral de routes langs de drukke invalswegen worden aangepakt, en op drie "
                "kruispunten komen aparte verkeerslichten voor fietsers.",
                "De fietsersbond is tevreden, maar waarschuwt dat onderhoud niet mag worden "
                "vergeten.",
            ],
            "We willen dat kinderen veilig en zelfstandig naar school kunnen fietsen, ook in "
            "de wintermaanden.",
            "De wethouder verkeer",
            "Elke euro die we nu in fietspaden steken, verdienen we drie keer terug aan "
            "gezondheid en minder files.",
            "Rapport van het planbureau, 2024",
        ),
    ],
    ids=["el", "nl"],
)
def test_an_edited_pull_quote_and_its_quotee_are_left_out(
    lang: str, paragraphs: list[str], pull: str, quotee: str, real: str, source: str
) -> None:
    html = _page(lang, paragraphs, pull, quotee, real, source)
    body = newsextract.extract(html, url="https://news.example.com/a/1").body
    parts = body.split("\n\n")
    assert pull not in parts
    assert quotee not in parts
    assert real in parts and source in parts
    assert all(p in parts for p in paragraphs)


def test_a_quotation_sharing_a_phrase_with_the_text_stays() -> None:
    """A quotation the article discusses repeats a phrase of it, not most of its words."""
    quote = (
        "The river is not a border but a road, and those who live on both banks have always "
        "known it better than the maps."
    )
    paragraphs = [
        "The old ferry between the two villages will stop running in spring, the county said "
        "on Monday, after forty years of daily crossings.",
        "Residents recalled the words of a local poet, who wrote that the river is not a "
        "border at all, and said the bridge planned upstream would be too far to walk.",
        "The county promised a bus link until the bridge opens, with six departures a day "
        "in each direction.",
    ]
    html = (
        "<html><body><article><h1>Ferry</h1>"
        f"<p>{paragraphs[0]}</p><blockquote>{quote}</blockquote>"
        f"<p>{paragraphs[1]}</p><p>{paragraphs[2]}</p></article></body></html>"
    )
    assert quote in newsextract.extract(html).body.split("\n\n")
