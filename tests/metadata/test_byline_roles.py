"""A job title between the byline label and the name ("door verslaggever Sanne de Vries",
"Von Redakteurin Anna Berg") is cut alone: the name after it stays the author."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.name_cleaning import clean_name


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("door verslaggever Marloes van Dijk", ["Marloes van Dijk"]),
        ("Door verslaggevers Marloes van Dijk en Joost Smit", ["Marloes van Dijk", "Joost Smit"]),
        ("Von Redakteurin Jana Beispiel", ["Jana Beispiel"]),
        ("Redakteure Jana Beispiel und Max Muster", ["Jana Beispiel", "Max Muster"]),
        ("Redaktor Petr Svoboda", ["Petr Svoboda"]),
        ("redaktoři Petr Svoboda a Eva Malá", ["Petr Svoboda", "Eva Malá"]),
        ("correspondenten Joost Smit en Marloes van Dijk", ["Joost Smit", "Marloes van Dijk"]),
        # a role after the name still goes with what follows it
        ("Marloes van Dijk, verslaggever", ["Marloes van Dijk"]),
        # a British council-funded reporter's title, all of it ("Local Democracy" is no name)
        ("By Laura Hepburn, Local Democracy Reporter", ["Laura Hepburn"]),
        # a university's or an agency's press office signing its news with the writer
        ("By Rachel Osei, University Communications", ["Rachel Osei"]),
        ("Rachel Osei, Office of Communications", ["Rachel Osei"]),
        ("By Tom Reyes, Media Relations", ["Tom Reyes"]),
        # the outlet's word before the job title: the name after both
        ("By Ledger staff writer Jane Doe", ["Jane Doe"]),
        ("By Courier Staff Writers Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By AP Sports Writer Tim Reynolds", ["Tim Reynolds"]),
    ],
)
def test_a_role_before_the_name_is_cut_alone(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "value",
    [
        "Staff Reports",  # one word after the role: no name
        "News Desk",
        "By Business Insider Staff",
        "Photo Jane Doe",  # a contributor's word: the photographer, not the author
        "Photographer Jane Doe",
    ],
)
def test_a_credit_naming_no_one_stays_no_name(value: str) -> None:
    assert split_byline(value) == []
    assert clean_name(value) is None


def test_clean_name_cuts_a_leading_role() -> None:
    assert clean_name("Chefredakteur Max Muster") == "Max Muster"


_PAGE = """<!doctype html><html lang="nl"><head><title>Nieuwe fietsbrug geopend</title></head>
<body><article><h1>Nieuwe fietsbrug geopend</h1>
<p class="article__byline">door verslaggevers Marloes van Dijk en Joost Smit</p>
<p>De nieuwe fietsbrug over het kanaal is vanochtend geopend. Fietsers besparen zo een omweg
van bijna twee kilometer naar het station en de binnenstad.</p>
<p>De gemeente verwacht dat dagelijks enkele duizenden fietsers de brug gebruiken, vooral
scholieren en forenzen uit de nieuwe wijken aan de overkant.</p></article></body></html>"""


def test_a_page_byline_with_a_plural_role() -> None:
    article = newsextract.extract(_PAGE, url="https://nieuws.example/fietsbrug")
    assert article.authors == ("Marloes van Dijk", "Joost Smit")


def test_a_korean_reporter_credit_with_its_address_in_brackets() -> None:
    """ "김민수 기자(kms@…)": the role "기자" (reporter) before a bracket ends the name."""
    from newsextract.metadata.authors import split_byline

    assert split_byline("김민수 기자(kms@example.com)") == ["김민수"]


def test_a_journalist_classed_element_is_a_byline() -> None:
    import newsextract

    page = (
        "<html lang='ko'><body><article><h1>부산 해운대 산책로 새 단장</h1>"
        "<em class='media_end_head_journalist_name'>김민수 기자</em>"
        "<p>부산 해운대구가 해변 산책로를 새로 단장해 다음 달부터 시민에게 개방한다고 밝혔다. "
        "구는 조명과 쉼터를 늘리고 보행로를 넓혔다.</p></article></body></html>"
    )
    assert newsextract.extract(page).authors == ("김민수",)


@pytest.mark.parametrize(
    ("lang", "byline", "authors"),
    [
        ("en", "By Senior Editor Jane Doe", ("Jane Doe",)),
        ("en", "By Deputy Political Editor Sarah Lane", ("Sarah Lane",)),
        ("en", "By Managing Editor Tom Hill and Staff Writer John Roe", ("Tom Hill", "John Roe")),
        ("id", "Oleh Redaktur Senior Budi Santoso", ("Budi Santoso",)),
    ],
)
def test_a_title_ending_in_a_contributors_word_before_the_name(
    lang: str, byline: str, authors: tuple[str, ...]
) -> None:
    """A job title whose last word is another language's contributor credit ("Editor", the
    Indonesian editor's credit line) is the writer's title after another title word."""
    html = (
        f'<html lang="{lang}"><head><title>Harbour market</title></head><body><article>'
        f'<h1>Harbour market</h1><div class="author">{byline}</div>'
        + "<p>The harbour market opens early and closes late every day of the week.</p>" * 3
        + "</article></body></html>"
    )
    assert newsextract.extract(html, "https://x.example.com/a/harbour").authors == authors


def test_a_contributors_word_alone_opens_no_title() -> None:
    """A contributor's word opening the title ("Photo Editor") credits no writer, as before."""
    assert split_byline("Photo Editor Jane Doe") == []
