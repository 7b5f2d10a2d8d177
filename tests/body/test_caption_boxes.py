"""A picture's caption in a classed box, not a ``<figcaption>`` (``body.caption_boxes``):
WordPress's classic ``wp-caption`` box and its ``[caption]`` shortcode's output, a theme's
picture box with an ``image-caption`` box beside the ``<img>``. The caption is a caption
block of ``body_blocks``, out of ``body`` and rendered as a ``<figcaption>``'s is; a caption
box alone, a slider's, a gallery's counter and a credit alone stay out."""

from __future__ import annotations

import pytest

import newsextract

_PARAS = (
    "El ayuntamiento abrió ayer el nuevo mercado cubierto del barrio, después de tres años de "
    "obras y de una larga discusión sobre el destino de la antigua nave de la estación.",
    "Los primeros puestos vendieron sobre todo fruta de la huerta cercana, y los vecinos "
    "llenaron los pasillos desde primera hora de la mañana hasta bien entrada la tarde.",
    "La concejala explicó que el edificio tendrá también una sala para talleres de cocina y "
    "un pequeño espacio para los productores que venden solo los fines de semana.",
)
_CAPTION = "Vecinos recorren los pasillos del nuevo mercado el día de su apertura."


def _article(picture: str) -> newsextract.Article:
    html = (
        "<html lang='es'><head><title>Abre el mercado del barrio</title></head><body><nav "
        "class='menu'><a href='/'>Inicio</a> <a href='/local'>Local</a></nav><article "
        "class='post'><h1 class='entry-title'>Abre el mercado del barrio</h1><div "
        f"class='entry-content'><p>{_PARAS[0]}</p>{picture}<p>{_PARAS[1]}</p><p>{_PARAS[2]}"
        "</p></div></article><aside class='sidebar'><h3>Lo más leído</h3><ul><li><a "
        "href='/otra'>Otra noticia del día</a></li></ul></aside></body></html>"
    )
    return newsextract.extract(html, url="https://diariodelbarrio.example.es/2026/03/mercado/")


def _captions(article: newsextract.Article) -> list[str]:
    return [block.text for block in article.body_blocks if block.caption]


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param(
            f"<div class='wp-caption aligncenter'><img src='/m.jpg' alt=''><p "
            f"class='wp-caption-text'>{_CAPTION}</p></div>",
            id="wp-caption",
        ),
        pytest.param(
            "<div id='attachment_812' style='width: 610px' class='wp-caption alignnone'><a "
            "href='/m-full.jpg'><img class='size-large wp-image-812' src='/m.jpg' alt=''></a><p "
            f"id='caption-attachment-812' class='wp-caption-text'>{_CAPTION}</p></div>",
            id="caption-shortcode",
        ),
        pytest.param(
            "<div class='wp-caption'><img src='/m.jpg' alt=''><p>"
            f"{_CAPTION}</p><p class='wp-caption-source'>Foto: Reuters</p></div>",
            id="wp-caption-plain-paragraph",
        ),
        pytest.param(
            "<figure class='wp-caption alignnone'><img src='/m.jpg' alt=''><figcaption "
            f"class='wp-caption-text'>{_CAPTION}</figcaption></figure>",
            id="figure-wp-caption",
        ),
        pytest.param(
            "<div class='news-image'><img class='img-fluid' src='/m.jpg' alt=''><div "
            f"class='image-caption'>{_CAPTION}</div></div>",
            id="image-caption",
        ),
        pytest.param(
            "<div class='photo'><picture><source srcset='/m.webp'><img src='/m.jpg' alt=''>"
            f"</picture><div class='photo-caption'>{_CAPTION}</div></div>",
            id="photo-caption",
        ),
        pytest.param(
            "<div class='img-box'><div class='img-caption'>"
            f"{_CAPTION}</div><a href='/m.jpg'><img src='/m.jpg' alt=''></a></div>",
            id="caption-before",
        ),
        # Round 56: the caption line in a classed <span> after the picture, read as
        # running text before (``picture_captions.caption_span``).
        pytest.param(
            "<div class='wp-caption aligncenter'><img src='/m.jpg' alt=''><span "
            f"class='wp-caption-text'>{_CAPTION}</span></div>",
            id="wp-caption-span",
        ),
        pytest.param(
            f"<div class='image'><img src='/m.jpg' alt=''><span class='caption'>{_CAPTION}"
            "</span></div>",
            id="span-caption-in-picture-box",
        ),
        pytest.param(
            f"<a href='/m.jpg'><img src='/m.jpg' alt=''></a><br><span class='wp-caption-text'>"
            f"{_CAPTION}</span>",
            id="span-caption-in-the-text",
        ),
        pytest.param(
            f"<p><img src='/m.jpg' alt=''><br><span class='caption'>{_CAPTION}</span></p>",
            id="span-caption-in-a-paragraph",
        ),
    ],
)
def test_a_caption_box_with_its_picture_is_a_caption_block(picture: str) -> None:
    article = _article(picture)
    assert _captions(article) == [_CAPTION]
    assert _CAPTION not in article.body
    assert all(para in article.body for para in _PARAS)


def test_it_renders_as_a_figcaption_does() -> None:
    box = _article(
        "<div class='news-image'><img src='/m.jpg' alt=''><div class='image-caption'>"
        f"{_CAPTION}</div></div>"
    )
    figure = _article(
        f"<figure><img src='/m.jpg' alt=''><figcaption>{_CAPTION}</figcaption></figure>"
    )
    assert box.body_markdown() == figure.body_markdown()
    assert box.body_html() == figure.body_html()


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param(f"<div class='image-caption'>{_CAPTION}</div>", id="alone"),
        pytest.param(
            "<div class='swiper'><div class='swiper-wrapper'><div class='swiper-slide'><img "
            f"src='/m.jpg' alt=''><div class='caption'>{_CAPTION}</div></div><div "
            "class='swiper-slide'><img src='/n.jpg' alt=''><div class='caption'>Otra foto del "
            "mercado.</div></div></div></div>",
            id="slider",
        ),
        pytest.param(
            "<div class='media-box'><img src='/m.jpg' alt=''><div class='caption'>"
            f"{_CAPTION}</div><img src='/n.jpg' alt=''></div>",
            id="two-pictures",
        ),
        pytest.param(
            "<div class='team-box'><img src='/m.jpg' alt=''><div class='team-caption'><h3>"
            f"Mercado</h3><p>{_CAPTION}</p></div></div>",
            id="card-with-title",
        ),
        pytest.param(
            "<div class='related-item'><img src='/m.jpg' alt=''><div class='item-caption'><a "
            f"href='/otra'>{_CAPTION}</a></div></div>",
            id="teaser-card",
        ),
        pytest.param(
            "<div class='cookie-embed video-youtube'><img src='/yt.png' alt=''><div "
            f"class='embed-caption'><p>{_CAPTION}</p></div></div>",
            id="video-placeholder",
        ),
    ],
)
def test_a_caption_box_without_its_one_picture_stays_out(picture: str) -> None:
    article = _article(picture)
    assert not any(_CAPTION in block.text for block in article.body_blocks)


def test_a_gallery_counter_and_a_credit_alone_are_no_captions() -> None:
    counter = _article(
        "<div class='news-image'><img src='/m.jpg' alt=''><div class='image-caption'>1/12"
        "</div></div>"
    )
    credit = _article(
        "<div class='news-image'><img src='/m.jpg' alt=''><div class='image-caption'>Foto: "
        "Reuters</div></div>"
    )
    assert _captions(counter) == []
    assert _captions(credit) == []


def test_a_caption_span_ends_the_run_before_loose_text() -> None:
    """A caption span between a picture and the text's loose words (no ``<p>``): the caption
    is a block of its own, the words after it the text's."""
    html = (
        "<html lang='es'><head><title>Abre el mercado</title></head><body><article><h1>Abre "
        f"el mercado</h1><div class='entry-content'>{_PARAS[0]}<br><br><img src='/m.jpg' "
        f"alt=''><span class='caption'>{_CAPTION}</span>{_PARAS[1]}<br><br>{_PARAS[2]}</div>"
        "</article></body></html>"
    )
    article = newsextract.extract(html, url="https://diariodelbarrio.example.es/2026/03/m/")
    assert _captions(article) == [_CAPTION]
    assert _CAPTION not in article.body
    assert _PARAS[1] in article.body


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param(
            f"<div class='entry'>Texto suelto <span class='caption'>{_CAPTION}</span></div>",
            id="after-words",
        ),
        pytest.param(
            "<div class='slick-slide'><img src='/m.jpg' alt=''><span class='caption'>"
            f"{_CAPTION}</span></div>",
            id="in-a-slider",
        ),
    ],
)
def test_a_caption_span_after_no_picture_or_in_a_slider_is_no_caption(markup: str) -> None:
    assert _captions(_article(markup)) == []
