"""A picture's credit in a box of its own beside its caption box (``body.caption_boxes``):
a "credits" box under the picture and its "image-caption" box is the picture's, as a
credit closing a ``<figcaption>`` is, and is dropped as that one is (``docs/fields.md``):
never a line of the body. A credit box with no caption box beside it, an author's box and
a "Source:" line closing the text are left as they were."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.caption_boxes import credit_box

_PARAS_DE = (
    "Der Gemeinderat hat am Dienstagabend den Umbau des alten Schulhauses beschlossen, nachdem "
    "die Pläne während zweier Jahre in mehreren Versammlungen besprochen worden waren.",
    "Im Erdgeschoss soll eine Bibliothek entstehen, im oberen Stock Räume für Vereine, die "
    "bisher in der Turnhalle oder in Wohnzimmern ihrer Mitglieder zusammenkamen.",
    "Die Arbeiten beginnen im Frühling und dauern nach Schätzung der Baukommission rund "
    "achtzehn Monate, sofern das Wetter im Winter keine längere Pause erzwingt.",
)
_CAPTION_DE = "Das alte Schulhaus am Dorfplatz wird zur Bibliothek umgebaut."
_PARAS_PT = (
    "A câmara municipal inaugurou ontem a nova ciclovia ao longo do rio, depois de quatro anos "
    "de obras e de uma longa discussão sobre o traçado junto ao antigo cais.",
    "Os primeiros ciclistas percorreram o troço completo logo pela manhã, e muitos moradores "
    "vieram a pé ver a ponte pedonal que liga as duas margens do bairro.",
    "O vereador explicou que a ciclovia terá ainda iluminação nova e bancos de madeira em "
    "cada um dos miradouros construídos ao longo do percurso.",
)
_CAPTION_PT = "Ciclistas atravessam a nova ponte pedonal no dia da inauguração."


def _article(picture: str, *, lang: str = "de", tail: str = "") -> newsextract.Article:
    paras = _PARAS_DE if lang == "de" else _PARAS_PT
    html = (
        f"<html lang='{lang}'><head><title>Neues aus dem Ort</title></head><body><nav "
        "class='menu'><a href='/'>Start</a> <a href='/lokal'>Lokal</a></nav><article "
        "class='post'><h1 class='entry-title'>Neues aus dem Ort</h1><div "
        f"class='entry-content'><p>{paras[0]}</p>{picture}<p>{paras[1]}</p><p>{paras[2]}"
        f"</p>{tail}</div></article><aside class='sidebar'><h3>Meistgelesen</h3><ul><li><a "
        "href='/andere'>Eine andere Meldung</a></li></ul></aside></body></html>"
    )
    return newsextract.extract(html, url="https://dorfblatt.example.ch/2026/03/schulhaus/")


# A page builder's field boxes (Drupal's): every paragraph of the text in a box of the same
# family as the picture's caption and credit boxes, so the family is read through as text.
_FIELD = "clearfix text-formatted field field--name-field-{} field--type-text-long field__item"


def _builder_page(picture: str, lang: str) -> newsextract.Article:
    paras = _PARAS_DE if lang == "de" else _PARAS_PT
    fields = "".join(f"<div class='{_FIELD.format('text')}'><p>{para}</p></div>" for para in paras)
    html = (
        f"<html lang='{lang}'><head><title>Neues aus dem Ort</title></head><body><h1>Neues "
        f"aus dem Ort</h1><div class='content__wrapper'>{picture}{fields}</div></body></html>"
    )
    return newsextract.extract(html, url="https://dorfblatt.example.ch/2026/03/schulhaus/")


def _captions(article: newsextract.Article) -> list[str]:
    return [block.text for block in article.body_blocks if block.caption]


def _picture(caption: str, credit: str, credit_name: str, *, credit_first: bool = False) -> str:
    boxes = [
        f"<div class='{_FIELD.format('image-caption')}'><p>{caption}</p></div>",
        f"<div class='{_FIELD.format(credit_name)}'><p>{credit}</p></div>",
    ]
    if credit_first:
        boxes.reverse()
    return (
        "<article class='media media--type-image'><div class='field field--name-field-image "
        "field__item'><picture><source srcset='/s.webp'><img src='/s.jpg' alt=''></picture>"
        f"</div>{''.join(boxes)}</article>"
    )


@pytest.mark.parametrize(
    ("caption", "credit", "credit_name", "lang", "credit_first"),
    [
        pytest.param(_CAPTION_DE, "Bildagentur", "image-credits", "de", False, id="credits-de"),
        pytest.param(
            _CAPTION_DE, "Foto: Lena Hofer", "image-copyright", "de", False, id="copyright-de"
        ),
        pytest.param(_CAPTION_PT, "© Agência Lusa", "image-source", "pt", False, id="source-pt"),
        pytest.param(_CAPTION_PT, "Arquivo", "image-credit", "pt", True, id="credit-first-pt"),
    ],
)
def test_a_credit_box_beside_a_caption_box_is_no_body_line(
    caption: str, credit: str, credit_name: str, lang: str, credit_first: bool
) -> None:
    article = _builder_page(_picture(caption, credit, credit_name, credit_first=credit_first), lang)
    assert _captions(article) == [caption]
    assert not any(credit in block.text for block in article.body_blocks)
    paras = _PARAS_DE if lang == "de" else _PARAS_PT
    assert all(para in article.body for para in paras)


def test_a_source_line_closing_the_text_stays_the_text_s() -> None:
    tail = "<p class='source'>Quelle: Gemeindeverwaltung</p>"
    with_picture = _article(
        "<div class='news-image'><img src='/s.jpg' alt=''><div class='image-caption'>"
        f"{_CAPTION_DE}</div></div>",
        tail=tail,
    )
    without = _article("", tail=tail)
    assert ("Quelle: Gemeindeverwaltung" in with_picture.body) == (
        "Quelle: Gemeindeverwaltung" in without.body
    )
    assert with_picture.source == without.source


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div class='photo'><img src='/s.jpg' alt=''><div class='photo-caption'>"
            f"{_CAPTION_DE}</div><div class='photo-credit'>Foto: Lena Hofer</div></div>",
            True,
            id="picture-caption-credit",
        ),
        pytest.param(
            "<div class='author-box'><img class='avatar' src='/a.jpg' alt=''><div "
            "class='author-credit'>Text: Lena Hofer</div></div>",
            False,
            id="author-box-no-caption",
        ),
        pytest.param(
            f"<div class='text'><img src='/s.jpg' alt=''><p>{_PARAS_DE[0]}</p><div "
            "class='source'>Quelle: Gemeindeverwaltung</div></div>",
            False,
            id="source-line-among-the-text",
        ),
        pytest.param(
            "<div class='photo'><img src='/s.jpg' alt=''><img src='/t.jpg' alt=''><div "
            f"class='photo-caption'>{_CAPTION_DE}</div><div class='photo-credit'>Foto: Lena "
            "Hofer</div></div>",
            False,
            id="two-pictures",
        ),
    ],
)
def test_credit_box_asks_for_the_picture_and_its_caption_box(html: str, expected: bool) -> None:
    node = LexborHTMLParser(html).css_first("[class*=credit], [class=source]")
    assert node is not None
    assert credit_box(node) is expected
