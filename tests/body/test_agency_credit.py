"""A news agency's credit closing a paragraph ("… of the month. (Lusa)", "…目指す。（共同）",
BTA's "… /БТА/") is cut from the text: it names the story's source, which the metadata
reads, and is not a sentence. An agency named in the text, or a bracket the sentence has
not closed before, stays."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.credit_lines import without_closing_credit


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "O orçamento segue para a Assembleia Municipal. (Lusa)",
            "O orçamento segue para a Assembleia Municipal.",
        ),
        ("Die Sitzung endete am Abend. (dpa/lno)", "Die Sitzung endete am Abend."),
        ("Rakennustyöt alkavat keväällä. (STT)", "Rakennustyöt alkavat keväällä."),
        ("市は二〇三五年度の開業を目指す。（共同）", "市は二〇三五年度の開業を目指す。"),
        ("Линията ще бъде изпробвана шест месеца /БТА/", "Линията ще бъде изпробвана шест месеца"),
        ("В планах ещё две станции. — ТАСС", "В планах ещё две станции."),
        ("The talks resume on Monday. (AFP, Reuters)", "The talks resume on Monday."),
        ("निर्माण कार्य अगले साल शुरू होगा। (भाषा)", "निर्माण कार्य अगले साल शुरू होगा।"),
    ],
)
def test_a_closing_agency_credit_is_cut(text: str, kept: str) -> None:
    assert without_closing_credit(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The figures were first reported by the news agency (AFP)",  # no sentence closed before
        "The agency quoted officials from the ministry (Reuters reported first).",
        "Kyodo and Reuters both carried the story.",
        "(AFP)",  # a credit alone is a line of its own, judged as such
        "The council met (again) on Monday.",
    ],
)
def test_other_brackets_stay(text: str) -> None:
    assert without_closing_credit(text) == text


_PAGE = """<!DOCTYPE html><html lang="it"><head><title>Treni regionali</title></head><body>
<article><h1>Treni regionali, nuovi orari</h1><div class="testo">
<p>Da lunedì prossimo cambieranno gli orari dei treni regionali sulla linea tra Milano e
Bergamo, con dodici corse in più nelle ore di punta del mattino e della sera.</p>
<p>Lo ha annunciato l'assessore regionale ai trasporti, spiegando che il potenziamento sarà
possibile grazie a sei nuovi convogli consegnati nelle ultime settimane.</p>
<p>La Regione ha promesso un nuovo incontro con i comitati dei viaggiatori entro la fine del
mese. (ANSA)</p>
<p><em>Rettifica: in una prima versione dell'articolo era indicato un numero errato di
convogli.</em></p>
</div></article></body></html>"""


def test_the_credit_goes_and_the_correction_after_it_stays() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/treni").body or ""
    assert "entro la fine del mese." in body
    assert "(ANSA)" not in body
    assert "Rettifica: in una prima versione" in body
