"""Greek bylines opened by "Γράφει" ("writes"): "Γράφει ο/η NAME" and "Γράφει: NAME", in a
byline block or as the article's first line, which the body does not keep."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import article_page

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό του επόμενου έτους μετά από μακρά "
        "συζήτηση που κράτησε μέχρι αργά το βράδυ.",
        "Οι αρμόδιοι δήλωσαν ότι τα επιπλέον κονδύλια θα διατεθούν για την επισκευή δρόμων, "
        "σχολείων και μιας νέας μονάδας επεξεργασίας νερού.",
        "Η αντιπολίτευση υποστήριξε ότι το σχέδιο βασίζεται υπερβολικά στον δανεισμό.",
    )
)


@pytest.mark.parametrize(
    "byline",
    ["Γράφει ο Γιώργος Παπαδόπουλος", "Γράφει: Γιώργος Παπαδόπουλος"],
)
def test_the_name_after_grafei(byline: str) -> None:
    assert split_byline(byline) == ["Γιώργος Παπαδόπουλος"]


@pytest.mark.parametrize(
    "block",
    [
        '<div class="author">Γράφει: Γιώργος Παπαδόπουλος</div>',
        "<p>Γράφει: Γιώργος Παπαδόπουλος</p>",
        "<p>Γράφει ο Γιώργος Παπαδόπουλος</p>",
    ],
)
def test_a_grafei_line_is_the_byline_and_not_the_body(block: str) -> None:
    html = article_page("el", "Εγκρίθηκε ο προϋπολογισμός", block + PARAGRAPHS)
    article = newsextract.extract(html, url="https://www.poli-nea.example.gr/eidiseis/55123")
    assert article.authors == ("Γιώργος Παπαδόπουλος",)
    assert "Γράφει" not in (article.body or "")


def test_each_name_joined_with_its_own_genitive_label() -> None:
    """ "Του X και της Y": the second name has its label ("της") again after the joiner."""
    from newsextract.metadata.authors import split_byline

    byline = "Του Γιώργου Παπαδάκη και της Ελένης Ρήγα"
    assert split_byline(byline, "el") == ["Γιώργου Παπαδάκη", "Ελένης Ρήγα"]
