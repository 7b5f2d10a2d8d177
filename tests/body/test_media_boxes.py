"""A player, a poll or a gallery set between a story's paragraphs, in a build whose classes
say nothing (hashed): the widget's lines go (a clip's title and duration, a poll's question
and count, a gallery's label), told by the ``<video>``/``<audio>`` element, the radio
buttons or the pictures with a slide counter the box holds (``body.media_boxes``). A box
that is the whole page's text (a video page's description) and a slide's caption stay."""

from __future__ import annotations

import pytest

import newsextract

_PARAGRAPHS = (
    "La comuna de Piedra Alta inauguró el sábado un mercado cubierto con ochenta puestos.",
    "Los vendedores que trabajaban en la calle tendrán prioridad para ocupar los puestos.",
    "El mercado abrirá de martes a domingo, de siete de la mañana a tres de la tarde.",
)


def _story(widget: str, lang: str = "es") -> str:
    first, second, third = _PARAGRAPHS
    return (
        f"<html lang='{lang}'><head><title>Mercado nuevo</title></head><body><div "
        "class='x1a2b'><h1 class='x9f8e'>Piedra Alta abre su mercado cubierto</h1><div "
        f"class='x3c4d'><p>{first}</p><p>{second}</p>{widget}<p>{third}</p></div></div>"
        "</body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://diario.example.cl/2026/03/mercado").body


@pytest.mark.parametrize(
    ("widget", "lines"),
    [
        (
            "<div class='q7w8'><div class='e5r6'>Recorrido por el nuevo mercado cubierto</div>"
            "<span class='t1y2'>02:41</span><video poster='/p.jpg'></video></div>",
            ("Recorrido por el nuevo mercado", "02:41"),
        ),
        (
            "<div class='q7w8'><h3 class='e5r6'>Podcast: los puestos de la feria</h3><audio "
            "src='/a.mp3' controls></audio><span>18 min</span></div>",
            ("Podcast: los puestos de la feria",),
        ),
        (
            "<div class='p0o9'><p class='i8u7'>¿Irá usted al nuevo mercado cubierto?</p><form>"
            "<label><input type='radio' name='v'> Sí, cada semana</label><label><input "
            "type='radio' name='v'> No, prefiero la feria</label><button>Votar</button></form>"
            "<p class='y6t5'>2.315 votos</p></div>",
            ("¿Irá usted al nuevo mercado cubierto?", "2.315 votos", "Sí, cada semana"),
        ),
        (
            "<div class='g1h2'><div class='j3k4'>Galería de fotos</div><div><img src='/1.jpg'>"
            "<span>1 / 9</span></div><div><img src='/2.jpg'><span>2 / 9</span></div></div>",
            ("Galería de fotos", "1 / 9"),
        ),
    ],
)
def test_a_widgets_lines_between_paragraphs_go(widget: str, lines: tuple[str, ...]) -> None:
    body = _body(_story(widget))
    for paragraph in _PARAGRAPHS:
        assert paragraph in body
    for line in lines:
        assert line not in body


def test_a_slides_caption_is_no_label() -> None:
    caption = "Los primeros clientes recorren los pasillos del mercado el sábado por la mañana."
    widget = (
        "<div class='g1h2'><div class='j3k4'>Galería</div><div><img src='/1.jpg'><span>1 / 4"
        f"</span><p>{caption}</p></div><div><img src='/2.jpg'><span>2 / 4</span></div></div>"
    )
    body = _body(_story(widget))
    assert "Galería" not in body
    assert caption in body  # a sentence under its picture: kept as the text's, as before


def test_a_video_pages_own_description_stays() -> None:
    description = "El alcalde explica en dos minutos cómo funcionará el nuevo mercado cubierto."
    html = (
        "<html lang='es'><head><title>Video</title></head><body><div class='x1a2b'><h1>Así "
        f"será el mercado</h1><div class='q7w8'><video poster='/p.jpg'></video><p>{description}"
        "</p></div></div></body></html>"
    )
    assert description in _body(html)


def test_a_section_of_text_beside_a_clip_stays() -> None:
    """A box holding a clip and the text's own paragraphs is more than a player's chrome."""
    long = (
        "En el video, la directora del mercado recorre los ochenta puestos y cuenta cómo se "
        "eligió a cada vendedor, uno por uno, durante tres semanas de entrevistas."
    )
    widget = f"<div class='q7w8'><video></video><p>{long}</p><p>{long[:90]}.</p></div>"
    body = _body(_story(widget))
    assert long in body


def test_a_css_tab_sets_radio_buttons_are_no_poll() -> None:
    """Bare radio buttons switch a CSS-only tab set (MkDocs' "tabbed-set"): its panels'
    lines are the text's, not a poll's."""
    tab = "Ejecute esto desde otra máquina; debería imprimir ok:"
    widget = (
        "<div class='tabs'><input checked id='t1' name='t' type='radio'><input id='t2' "
        "name='t' type='radio'><div><label for='t1'>curl</label><label for='t2'>Navegador"
        f"</label></div><div><div><p>{tab}</p></div></div></div>"
    )
    assert tab in _body(_story(widget))
