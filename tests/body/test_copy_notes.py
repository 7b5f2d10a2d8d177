"""Wave 58 (issue 11): the lines a copy of an article adds to its text. A partner's note that
the story appeared first in its source, over the text or under it, in the languages' words
(``about_notes``); a feed's footer naming the article by its headline ("The post <headline>
appeared first on <site>."), in any language; a print view's address printed after a link.
And what stays: a citation naming the article with its address, a closing sentence that
uses a short title as a name, an address the text writes in brackets after other words.
Every name and sentence here is invented."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "De gemeente opende zaterdag de nieuwe fietsbrug over de rivier, na twee jaar bouwen en "
    "een lange discussie over de kosten van het ontwerp.",
    "Bewoners van beide oevers zijn nu in vijf minuten aan de overkant, waar ze vroeger een "
    "half uur omfietsten via de oude brug bij het station.",
    "De wethouder zei bij de opening dat de brug ook 's avonds verlicht blijft en dat er in "
    "de zomer concerten op het middendeel worden gehouden.",
)


def _page(title: str, before: str = "", after: str = "", text: tuple[str, ...] = _TEXT) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text)
    return (
        f"<html><head><title>{title}</title></head><body><header><a href='/'>Brugnieuws</a>"
        f"</header><article><h1>{title}</h1><div class='content'>{before}{paragraphs}{after}"
        "</div></article><footer>© Brugnieuws</footer></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://www.brugnieuws.example/a/1").body or ""


@pytest.mark.parametrize(
    "note",
    [
        "Dit artikel verscheen eerder in <a href='https://www.rivierbode.example/x'>De "
        "Rivierbode</a>.",
        "Artykuł ukazał się pierwotnie w <a href='https://www.gazeta.example/x'>Gazecie "
        "Nadrzecznej</a>.",
        "Questo articolo è stato pubblicato originariamente su <a "
        "href='https://www.lavoce.example/x'>La Voce del Fiume</a>.",
    ],
)
def test_a_partners_note_over_the_text_goes(note: str) -> None:
    body = _body(_page("Nieuwe fietsbrug over de rivier geopend", before=f"<p><em>{note}</em></p>"))
    assert body.startswith(_TEXT[0])
    assert _TEXT[2] in body


def test_a_partners_note_under_the_text_goes() -> None:
    note = "<p>Dieser Artikel erschien zuerst bei <a href='https://x.example/'>Flussbote</a>.</p>"
    body = _body(_page("Nieuwe fietsbrug over de rivier geopend", after=note))
    assert body.endswith(_TEXT[2])


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("Der Beitrag", "erschien zuerst auf Brugnieuws."),
        ("The post", "appeared first on Brugnieuws."),
        ("La entrada", "se publicó primero en Brugnieuws."),
    ],
)
def test_a_feeds_footer_naming_the_headline_goes(opening: str, closing: str) -> None:
    title = "Nieuwe fietsbrug over de rivier geopend"
    footer = f"<p>{opening} <a href='/a/1'>{title}</a> {closing}</p>"
    body = _body(_page(title, after=footer))
    assert body.endswith(_TEXT[2])


def test_a_citation_naming_the_headline_stays() -> None:
    title = "Nieuwe fietsbrug over de rivier geopend"
    citation = (
        f"Aanbevolen citaat: Jansen, Pieter: {title}, Brugnieuws, 2024/03/12, "
        "https://www.brugnieuws.example/a/1."
    )
    body = _body(_page(title, after=f"<p>{citation}</p>"))
    assert body.endswith(citation)


def test_a_closing_sentence_using_a_short_title_stays() -> None:
    closing = "De plaatsen op de Fietsbrugdag Rivierstad zijn beperkt, dus meld je op tijd aan."
    body = _body(_page("Fietsbrugdag Rivierstad", after=f"<p>{closing}</p>"))
    assert body.endswith(closing)


@pytest.mark.parametrize(
    "printed",
    [
        "<span class='print-href'> [https://www.rivierstad.example/brug]</span>",
        " (https://www.rivierstad.example/brug)",
    ],
)
def test_a_print_views_address_after_its_link_goes(printed: str) -> None:
    line = (
        "Meer over de planning staat op <a href='https://www.rivierstad.example/brug'>de "
        f"projectpagina</a>{printed}</p>"
    )
    body = _body(_page("Nieuwe fietsbrug over de rivier geopend", after=f"<p>{line}"))
    assert body.endswith("Meer over de planning staat op de projectpagina")


def test_an_address_the_text_writes_after_other_words_stays() -> None:
    line = (
        "Meer over de planning staat op <a href='https://www.rivierstad.example/brug'>de "
        "projectpagina</a> en in het raadsbesluit (https://www.rivierstad.example/besluit)."
    )
    body = _body(_page("Nieuwe fietsbrug over de rivier geopend", after=f"<p>{line}</p>"))
    assert body.endswith("(https://www.rivierstad.example/besluit).")


@pytest.mark.parametrize(
    "note",
    [
        "Гэты матэрыял упершыню з'явіўся на сайце «Рачныя навіны».",
        "Оваа статија првпат беше објавена на порталот Речен весник.",
        "Ky artikull u botua fillimisht në portalin Lajmet e Lumit.",
        "Greinin birtist fyrst á vef Árfrétta.",
        "Foilsíodh an t-alt seo ar dtús ar shuíomh Nuacht na hAbhann.",
        "Ymddangosodd yr erthygl hon gyntaf ar wefan Newyddion yr Afon.",
        "এই প্রতিবেদনটি প্রথম প্রকাশিত হয়েছিল নদী বার্তার ওয়েবসাইটে।",
        "यो समाचार पहिलो पटक नदी खबरमा प्रकाशित भएको थियो।",
        "ਇਹ ਲੇਖ ਪਹਿਲੀ ਵਾਰ ਦਰਿਆ ਟਾਈਮਜ਼ ਉੱਤੇ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਇਆ ਸੀ।",
        "An fara wallafa wannan labarin a shafin Jaridar Kogi.",
        "دا راپور لومړی ځل د سیند ورځپاڼې په وېبپاڼه کې خپور شوی و.",
    ],
)
def test_a_partners_closing_note_goes_in_wave_77s_languages(note: str) -> None:
    # wave 77's obituaries: where the text first appeared, in be, mk, sq, is, ga, cy, bn, ne,
    # pa, ha, ps
    body = _body(_page("Nieuwe fietsbrug over de rivier geopend", after=f"<p><em>{note}</em></p>"))
    assert body.endswith(_TEXT[2])
