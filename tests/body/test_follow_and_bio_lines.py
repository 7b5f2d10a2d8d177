"""Lines closing a news page in the languages the dev sets lack: a follow prompt and an app
banner ("Obserwuj nas na Facebooku", "Ladda ner appen: …") are read-more openings, and an
author's bio under the text ("Jana Nováková je redaktorkou domácí rubriky", "Anna Kowalska
jest dziennikarką …") is a note about the article, read with the copula and the forms a
profession takes after it."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.about_lines import is_about_line
from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Obserwuj nas na Facebooku i Instagramie.",
        "Sledujte nás na Instagramu.",
        "Följ oss på Instagram och Facebook.",
        "Ladda ner appen: nyheter i realtid.",
        "Pobierz aplikację: wiadomości w czasie rzeczywistym.",
        "Seuraa meitä Instagramissa.",
    ],
)
def test_a_follow_or_app_line_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "bio",
    [
        "Anna Kowalska jest dziennikarką działu miejskiego od 2015 roku.",
        "Jana Nováková je redaktorkou domácí rubriky od roku 2015.",
        "Анна Иванова работает корреспондентом отдела городских новостей.",
        "Andi Wijaya adalah wartawan desk metropolitan sejak 2015.",
    ],
)
def test_an_authors_bio_is_about_the_article(bio: str) -> None:
    assert is_about_line(bio)


def test_a_closing_sentence_with_a_copula_and_no_profession_stays() -> None:
    assert not is_about_line("Jana Nováková je přesvědčena, že se stavba stihne do roku 2031.")


_PAGE = """<!DOCTYPE html><html lang="cs"><head><title>Metro D</title></head><body>
<div class="wrap"><h1>Praha otevře novou linku metra později</h1><div class="txt">
<p>Stavba první části linky metra D v Praze se zpozdí nejméně o dva roky, oznámil ve středu
dopravní podnik na tiskové konferenci.</p>
<p>Důvodem jsou podle jeho mluvčího složitější geologické podmínky pod Pankrácí a zdražení
stavebních materiálů v posledních letech.</p>
<p>Sledujte nás na Instagramu a Facebooku.</p>
<div class="c-10"><img src="/a.jpg" alt=""><p>Jana Nováková je redaktorkou domácí rubriky od
roku 2015.</p></div>
</div></div></body></html>"""


def test_the_follow_line_and_the_bio_leave_the_body() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/metro").body or ""
    assert body.endswith("v posledních letech.")
