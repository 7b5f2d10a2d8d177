"""Languages without an ISO 639-1 code (Cebuano "ceb", Hawaiian "haw") keep their ISO 639-3
code, so their language files apply; three-letter codes of languages with a two-letter one
become it."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import label_lists, labels, language_files
from newsextract.language import detect_language
from newsextract.metadata.usable_values import language_code


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ceb", "ceb"),
        ("ceb-PH", "ceb"),
        ("haw", "haw"),
        ("fil-PH", "tl"),
        ("tgl", "tl"),
        ("deu", "de"),
        ("ger", "de"),
        ("en-US", "en"),
        ("und", None),
        ("x-klingon", None),
    ],
)
def test_language_code_keeps_three_letters_only_where_there_are_no_two(
    tag: str, code: str | None
) -> None:
    assert language_code(tag) == code


CEBUANO_PAGE = """<!doctype html>
<html lang="ceb"><head><meta charset="utf-8">
<title>Bag-ong merkado sa Talisay giablihan</title></head>
<body><article><h1>Bag-ong merkado sa Talisay giablihan</h1>
<div class="meta-line">Ni Jose Abellana</div>
<p>Giablihan na karong adlawa ang bag-ong merkado publiko sa dakbayan sa Talisay human sa duha
ka tuig nga pagtukod. Matod sa mayor, kapin sa tulo ka gatos ka mga tindera ang makabaligya
na sulod sa bag-ong bilding.</p>
<p>Daghang mga lumulupyo ang miadto aron motan-aw sa pag-abli niini ug mipalit og mga utanon
ug isda. Ang merkado adunay bag-ong sistema sa tubig ug kuryente.</p>
</article></body></html>"""


def test_a_cebuano_page_keeps_its_language_and_its_byline_label() -> None:
    article = newsextract.extract(CEBUANO_PAGE, url="https://balita.example.ph/2025/merkado")
    assert article.language == "ceb"
    assert article.authors == ("Jose Abellana",)


def test_the_cebuano_file_loads_under_its_three_letter_code() -> None:
    assert "ceb" in language_files.languages()
    assert "ni" in labels.words(label_lists.LabelList.BYLINE_IN_LANGUAGE, "ceb")


def test_the_text_tells_cebuano() -> None:
    text = (
        "Giablihan na karong adlawa ang bag-ong merkado publiko sa dakbayan sa Talisay human sa"
        " duha ka tuig nga pagtukod. Matod sa mayor, kapin sa tulo ka gatos ka mga tindera ang"
        " makabaligya na sulod sa bag-ong bilding. Daghang mga lumulupyo ang miadto aron"
        " motan-aw sa pag-abli niini ug mipalit og mga utanon ug isda."
    )
    assert detect_language(text) == "ceb"
