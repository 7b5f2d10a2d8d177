"""Byline-classed elements (html.py's class scan) that are no byline of a writer: a date
line opening with an "updated" label, and a newsroom credited "with" an agency."""

from __future__ import annotations

import newsextract

_SHELL = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>
{meta}
<p>{para}</p>
<p>{para}</p>
</article></body></html>"""


def _page(lang: str, title: str, meta: str, para: str) -> str:
    return _SHELL.format(lang=lang, title=title, meta=meta, para=para)


def test_an_updated_line_in_a_byline_class_is_no_author() -> None:
    html = _page(
        "mr",
        "घरी कोथिंबीर कशी वाढवावी",
        '<div class="byline_info">अंतिम अद्यतन: 14 ऑक्टोबर 2026</div>',
        "कोथिंबीर वाढवण्यासाठी उथळ कुंडी आणि भुसभुशीत माती पुरेशी असते. बिया भिजवून पेरल्यास"
        " त्या लवकर उगवतात आणि दहा दिवसांत पाने दिसू लागतात.",
    )
    article = newsextract.extract(html, url="https://kase.example.in/kothimbir")
    assert article.authors == ()
    assert article.byline is None


def test_a_newsroom_with_an_agency_credits_the_agency() -> None:
    html = _page(
        "fr",
        "Les vendanges commencent tôt dans le Bordelais",
        '<div class="meta"><span class="signature">La rédaction avec AFP</span></div>',
        "Les vendanges ont commencé avec deux semaines d’avance dans plusieurs communes du"
        " Bordelais, en raison d’un été particulièrement chaud et sec selon les viticulteurs.",
    )
    article = newsextract.extract(html, url="https://journal.example.fr/vendanges")
    assert article.source == "AFP"
    assert article.authors == ()


def test_a_papers_authors_before_their_affiliation() -> None:
    """LaTeXML's author block: the names' element, then the affiliation's, run together."""
    html = _page(
        "nl",
        "Een nieuw corpus van gesproken Fries",
        '<div class="ltx_authors"><span class="ltx_creator ltx_role_author">'
        '<span class="ltx_personname">Geartsje Dykstra, Pieter de Haan</span>'
        '<span class="ltx_author_notes"><span class="ltx_contact ltx_role_affiliation">'
        "Tresoar Fries Archief, Leeuwarden</span></span></span></div>",
        "Wij beschrijven een nieuw corpus van gesproken Fries met honderd uur opnamen uit twintig"
        " dorpen, en trainen daarmee een model voor spraakherkenning.",
    )
    article = newsextract.extract(html, url="https://papers.example.org/fries-corpus")
    assert article.authors == ("Geartsje Dykstra", "Pieter de Haan")


def test_drupal_submitted_line_without_a_label_names_the_authors() -> None:
    """Drupal's "node__submitted" line printed by a theme without the author field's markup
    and without a label: the names before the date are the authors."""
    html = _page(
        "ka",
        "ქუთაისში ახალი საბავშვო ბაღი გაიხსნა",
        '<div class="node__submitted">ნინო ბერიძე და გიორგი კაპანაძე | 05.07.2024 17:20</div>',
        "ქუთაისის მერიამ დღეს ქალაქის ცენტრში ახალი საბავშვო ბაღი გახსნა, რომელიც ორი წლის"
        " განმავლობაში შენდებოდა და სექტემბრიდან მიიღებს ბავშვებს.",
    )
    article = newsextract.extract(html, url="https://ambebi.example.ge/bagi")
    assert article.authors == ("ნინო ბერიძე", "გიორგი კაპანაძე")


def test_drupal_submitted_line_of_a_placeholder_is_no_author() -> None:
    html = _page(
        "en",
        "Library opens on Sundays",
        '<div class="node__submitted">Submitted by admin on 5 July 2024</div>',
        "The town library will open on Sundays from next month, the council said, after a"
        " survey found most readers wanted longer weekend hours.",
    )
    assert newsextract.extract(html, url="https://town.example.org/library").authors == ()
