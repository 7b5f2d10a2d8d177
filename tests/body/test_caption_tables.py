"""A picture set in a table with its caption in a cell named for it (Blogger's
``tr-caption-container`` and ``tr-caption``, an old site's picture table) is a figure and
its caption: the caption is a caption block of ``body_blocks``, out of ``body`` as a
``<figcaption>`` is (``caption_boxes.cell_of_picture``, round 53's blind probe); a cell so named
in a table without a picture stays furniture."""

from __future__ import annotations

import newsextract

_TEXT = (
    "A maré vazia deixa à vista as antigas estacas do cais, que os pescadores usavam para "
    "prender os barcos no inverno.<br><br>Há quem diga que as estacas têm mais de cem anos e "
    "que foram cravadas à mão, uma a uma, durante as marés vivas de setembro."
)
_CAPTION = "As estacas do cais velho na maré vazia de março"


def _article(picture: str) -> newsextract.Article:
    html = (
        "<html lang='pt'><head><title>As estacas do cais</title></head><body><div "
        "class='header'><a href='/'>Diário da Ria</a></div><div class='post hentry'><h3 "
        "class='post-title'>As estacas do cais</h3><div class='post-body entry-content'>"
        f"{_TEXT}<table class='tr-caption-container'><tbody><tr><td>{picture}</td></tr><tr><td "
        f"class='tr-caption'>{_CAPTION}</td></tr></tbody></table>Ao fim da tarde, a luz baixa "
        "faz das estacas uma fila de sombras compridas sobre a areia molhada.</div></div>"
        "<div class='sidebar'><h2>Arquivo</h2><a href='/2026/'>2026</a></div></body></html>"
    )
    return newsextract.extract(html, url="https://diariodaria.example.pt/2026/03/estacas.html")


def test_the_caption_cell_under_a_picture_is_a_caption_block() -> None:
    article = _article("<img src='/estacas.jpg' alt=''>")
    assert [block.text for block in article.body_blocks if block.caption] == [_CAPTION]
    assert _CAPTION not in article.body
    assert "uma fila de sombras compridas" in article.body


def test_a_caption_named_cell_without_a_picture_stays_out() -> None:
    article = _article("Sem imagem")
    assert not any(_CAPTION in block.text for block in article.body_blocks)
