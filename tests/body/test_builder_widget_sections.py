"""Round 54, from the blind probe of site builders' markup (``nonnews_probes.builder_pages``):
a section whose heading and list sit each in a widget box of its own after the text joins it;
a builder's testimonial slider (customers' praise) stays out, as comments do; a cookie block
named by nothing but speaking of consent by use, and a Czech newsletter box asking to
subscribe to "news", are dropped by their words."""

from __future__ import annotations

import newsextract


def _widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'><div "
        f"class='elementor-widget-container'>{inner}</div></div>"
    )


def _builder_page(lang: str, columns: str, after: str) -> str:
    """A builder's page: the title widget, an inner section of two text columns, then the
    widgets after it in the same column."""
    column = (
        "<div class='elementor-column elementor-inner-column elementor-element'><div "
        "class='elementor-widget-wrap'>{}</div></div>"
    )
    inner = "".join(column.format(_widget("text-editor", text)) for text in columns.split("|"))
    return (
        f"<html lang='{lang}'><body><nav><a href='/'>Start</a> <a href='/o'>O nas</a></nav>"
        "<div class='elementor elementor-90'><section class='elementor-section elementor-"
        "top-section'><div class='elementor-container'><div class='elementor-column "
        "elementor-top-column elementor-element'><div class='elementor-widget-wrap'>"
        + _widget("heading", "<h1>Tytuł</h1>")
        + "<section class='elementor-section elementor-inner-section'><div class='elementor-"
        f"container'>{inner}</div></section>{after}</div></div></div></section></div>"
        "<footer><p>© 2026 Pracownia</p></footer></body></html>"
    )


_POLISH = (
    "<p>Remont kuchni w kamienicy trwał trzy miesiące i objął wymianę instalacji, podłóg oraz "
    "wszystkich szafek.</p>|<p>Zachowaliśmy oryginalne drewniane okna i piec kaflowy, który "
    "po renowacji znów ogrzewa cały pokój dzienny.</p>"
)


def test_heading_and_list_in_widgets_of_their_own_join() -> None:
    html = _builder_page(
        "pl",
        _POLISH,
        _widget("heading", "<h2>Materiały</h2>")
        + _widget(
            "icon-list",
            "<ul class='elementor-icon-list-items'><li>Dąb olejowany</li><li>Płytki z "
            "lastryko</li></ul>",
        ),
    )
    body = newsextract.extract(html, url="https://pracownia.example.pl/realizacje/kuchnia").body
    assert "Zachowaliśmy oryginalne drewniane okna" in (body or "")
    assert "Materiały" in (body or "")
    assert "Płytki z lastryko" in (body or "")


def test_heading_and_linked_list_in_widgets_stay_out() -> None:
    html = _builder_page(
        "pl",
        _POLISH,
        _widget("heading", "<h2>Inne realizacje</h2>")
        + _widget(
            "icon-list",
            "<ul><li><a href='/r/1'>Łazienka na Mokotowie</a></li><li><a href='/r/2'>"
            "Salon w Gdyni</a></li></ul>",
        ),
    )
    body = newsextract.extract(html, url="https://pracownia.example.pl/realizacje/kuchnia").body
    assert "Łazienka na Mokotowie" not in (body or "")


def test_testimonial_slider_stays_out() -> None:
    html = _builder_page(
        "pl",
        _POLISH,
        _widget(
            "testimonial-carousel",
            "<div class='swiper-slide'><div class='elementor-testimonial__text'>Polecam "
            "pracownię każdemu, wszystko zrobione na czas i bardzo starannie.</div><cite>"
            "Agnieszka</cite></div>",
        ),
    )
    body = newsextract.extract(html, url="https://pracownia.example.pl/realizacje/kuchnia").body
    assert "piec kaflowy" in (body or "")
    assert "Polecam pracownię" not in (body or "")


def _blocks_page(lang: str, text: str, box: str) -> str:
    return (
        f"<html lang='{lang}'><body><div class='t-records'><div class='t-rec'><h1 "
        f"class='t-title'>Заголовок</h1></div><div class='t-rec'><div class='t-text'>{text}"
        f"</div></div><div class='t-rec'><div class='t-text'>{box}</div></div></div>"
        "</body></html>"
    )


def test_cookie_block_consent_by_use_is_dropped() -> None:
    html = _blocks_page(
        "ru",
        "Летний лагерь нашей студии откроется в июне. Смены длятся две недели, занятия "
        "проходят каждый день с десяти утра до пяти вечера.<br><br>Записаться можно у "
        "администратора студии до конца мая.",
        "Этот сайт хранит файлы cookie. Продолжая пользоваться сайтом, вы даёте согласие на "
        "их обработку.",
    )
    body = newsextract.extract(html, url="https://studio.example.ru/news/lager").body or ""
    assert "Смены длятся две недели" in body
    assert "Продолжая пользоваться сайтом" not in body


def test_czech_news_subscription_box_is_dropped() -> None:
    html = (
        "<html lang='cs'><body><main><article><h1>Jarní trh</h1><div class='text'><p>Na "
        "náměstí se v sobotu koná jarní trh s místními farmáři, řemeslníky a hudbou. Trh "
        "začíná v osm hodin ráno.</p><p>Parkovat se dá u sokolovny a u nádraží, náměstí "
        "bude po celý den uzavřené.</p></div><div class='block-box'><h2>Zpravodaj</h2><p>"
        "Přihlaste se k odběru novinek z radnice a nic vám neunikne.</p></div></article>"
        "</main></body></html>"
    )
    body = newsextract.extract(html, url="https://obec.example.cz/aktuality/trh").body or ""
    assert "u sokolovny a u nádraží" in body
    assert "Přihlaste se k odběru novinek" not in body
