"""Round 13b (issue 11): a list of names after a label in running text ("熊本県：人吉市、
球磨村、相良村"), each name linked to its topic page as many sites link places, companies
and people, is a line of the article however dense in links; a furniture label ("タグ：",
"Tags:") in front of the same shape is still furniture, and a labelled link to another
story is still a teaser."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.body.teaser_lines import is_labelled_enumeration

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "ja_keyword_link_lists.html"


def test_place_lists_of_a_japanese_report_stay_with_their_labels() -> None:
    article = newsextract.extract(_FIXTURE.read_text(encoding="utf-8"))
    markdown = article.body_markdown()
    assert "熊本県：人吉市、球磨村、相良村\n\n鹿児島県：伊佐市、湧水町" in markdown
    assert "避難指示が出ているのは次の地域。" in markdown
    assert "住民に早めの避難を呼びかけている" in markdown
    assert "タグ" not in markdown


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("熊本県：人吉市、球磨村、相良村", "熊本県："),
        ("상승 종목: 삼성전자, SK하이닉스, 현대차", "상승 종목: "),
        ("प्रभावित इलाके: मयूर विहार, यमुना बाजार", "प्रभावित इलाके: "),
        ("Betroffene Orte: Passau, Deggendorf; Straubing.", "Betroffene Orte: "),
    ],
)
def test_a_label_and_linked_names_is_an_enumeration(text: str, label: str) -> None:
    assert is_labelled_enumeration(text, len(text) - len(label))


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("熊本県：人吉市、球磨村、相良村", 15),  # the label linked too: a row of links
        ("関連記事：九州南部で梅雨前線が停滞し、週末にかけて大雨の恐れ", 20),  # one headline
        ("熊本県：人吉市", 3),  # one name: a labelled link, not a list
        ("Dieser Artikel ist abgelegt unter: Merkel, Kanzlerin", 16),  # a phrase: tags
        ("Read more: how the river rose overnight and what comes next, in pictures", 50),
    ],
)
def test_other_linked_lines_are_no_enumeration(text: str, links: int) -> None:
    assert not is_labelled_enumeration(text, links)


def _body(paragraphs: str) -> str:
    page = (
        "<html lang='de'><body><article><h1>Bericht</h1><div class='article-body'>"
        "<p>Die Regierung hat am Dienstag ein neues Programm für die Sanierung von Brücken "
        f"beschlossen, das in den nächsten fünf Jahren umgesetzt werden soll.</p>{paragraphs}"
        "</div></article></body></html>"
    )
    return newsextract.extract(page).body or ""


_TAGS = (
    "<p>Mehr: <a href='/t/1'>Brückensanierung</a>, <a href='/t/2'>Verkehrspolitik</a>, "
    "<a href='/t/3'>Bundeshaushalt</a></p>"
)
_PLACES = (
    "<p>Betroffene Orte: <a href='/o/1'>Passau</a>, <a href='/o/2'>Deggendorf</a>, "
    "<a href='/o/3'>Straubing</a></p>"
)
_MORE = "<p>Die ersten Arbeiten beginnen im Frühjahr an der Donau und dauern bis zum Herbst.</p>"


def test_a_list_of_links_closing_the_text_alone_is_its_tags() -> None:
    assert "Brückensanierung, Verkehrspolitik" not in _body(_TAGS)


def test_a_list_the_text_goes_on_after_stays() -> None:
    assert "Betroffene Orte: Passau, Deggendorf, Straubing" in _body(_PLACES + _MORE)


def test_a_series_of_lists_may_close_the_text() -> None:
    second = _PLACES.replace("Betroffene Orte", "Weitere Orte").replace("Passau", "Landshut")
    body = _body(_PLACES + second)
    assert "Betroffene Orte: Passau" in body
    assert "Weitere Orte: Landshut" in body
