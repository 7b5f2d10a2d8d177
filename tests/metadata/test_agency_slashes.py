"""A news agency in slashes after the dateline, no dash after it ("София, 3 март /БТА/
Текст", as BTA, PAP, TASR write it), and at the end of the text's last paragraph ("…
текст. /БТА/"): the story's source, a general credit form (issue 12), as a press release's
"/PRNewswire/ --" was."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.metadata.credited_sources import source_from_body


@pytest.mark.parametrize(
    ("first", "agency"),
    [
        ("София, 3 март /БТА/ Правителството одобри бюджета.", "БТА"),
        ("Пловдив /БТА/ Кметът откри новия мост.", "БТА"),
        ("Warszawa, 3 marca /PAP/ Rząd przyjął nowy budżet.", "PAP"),
        ("Bratislava 3. marca /TASR/ Vláda schválila rozpočet.", "TASR"),
        ("Roma, 3 marzo /ANSA/ Il governo ha approvato il bilancio.", "ANSA"),
        # TASS's full stops around the slashes, and RIA Novosti after a dash
        ("МОСКВА, 5 марта. /ТАСС/. Совет Федерации одобрил закон.", "ТАСС"),
        ("МОСКВА, 5 марта - РИА Новости. Совет Федерации одобрил закон.", "РИА Новости"),
        # the dash after the slashes as before
        ("COLUMBUS, Ohio, March 3, 2025 /PRNewswire/ -- BrightLoop opened a plant.", "PRNewswire"),
    ],
)
def test_an_agency_in_slashes_after_the_dateline_is_the_source(first: str, agency: str) -> None:
    assert source_from_body(first, "") == agency


@pytest.mark.parametrize(
    "first",
    [
        "София, 3 март /БТА/",  # nothing after it: no dateline opening a text
        "Sofia, 3 March /Sofia News/ The city opened a bridge.",  # no agency of the data
    ],
)
def test_slashes_around_no_agency_or_before_no_text_are_no_credit(first: str) -> None:
    assert source_from_body(first, "") is None


def test_an_agency_in_slashes_ending_the_last_paragraph_is_the_source() -> None:
    last = "Министърът каза, че мерките ще влязат в сила от април. /БТА/"
    assert source_from_body("Правителството одобри бюджета.", last) == "БТА"
    # slashes inside a word or figure are no credit
    assert source_from_body("Текст.", "Курсът е 3/БТА/") is None


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("София, 3 март /БТА/ Правителството одобри днес бюджета за следващата година.", ""),
        ("", "Министърът каза, че мерките ще влязат в сила от април. /БТА/"),
    ],
)
def test_a_bulgarian_page_credits_bta(first: str, last: str) -> None:
    inner = (
        (f"<p>{first}</p>" if first else "") + filler("дума") + (f"<p>{last}</p>" if last else "")
    )
    article = newsextract.extract(article_page("bg", "Бюджетът за следващата година", inner))
    assert article.source == "БТА"
