"""Content behind page widgets that a reader opens: sections ``hidden="until-found"``, the
rest of a text hidden before the "read more" control that shows it, a list's items hidden
before its "show all" control, spoilers; beside hidden boxes no reader counts as the text
(a popup before its opener, a menu's hidden links, a control that leads to another page).
Every name and sentence is invented."""

from __future__ import annotations

import pytest

import newsextract

_OPENING = (
    "<p>Die neue Fähre zwischen Nordhafen und Sandwig fährt seit Montag im Halbstundentakt "
    "und ersetzt das alte Schiff, das seit vierzig Jahren im Dienst war.</p>"
)
_CLOSING = (
    "<p>Die Gemeinde will im Herbst prüfen, ob der dichtere Fahrplan auch im Winter "
    "gebraucht wird, wenn weniger Gäste auf die Insel kommen.</p>"
)
_REST = "Der Kapitän erzählte, dass die ersten Fahrten fast ausgebucht waren."


def _body(inner: str, *, after: str = _CLOSING) -> str:
    html = (
        "<html lang='de'><head><title>Neue Fähre</title></head><body><main><h1>Neue Fähre"
        f"</h1>{_OPENING}{inner}{after}</main></body></html>"
    )
    return newsextract.extract(html).body or ""


def test_a_section_hidden_until_found_is_text() -> None:
    body = _body(f"<h2>Geschichte</h2><section hidden='until-found'><p>{_REST}</p></section>")
    assert _REST in body


def test_a_section_hidden_outright_stays_out() -> None:
    assert _REST not in _body(f"<section hidden><p>{_REST}</p></section>")


@pytest.mark.parametrize(
    "rest",
    [
        f"<div class='post-more' style='display:none'><p>{_REST}</p></div>",
        f"<div x-show='open' x-cloak style='display: none;'><p>{_REST}</p></div>",
        f"<div class='details' hidden><p>{_REST}</p></div>",
    ],
)
def test_the_rest_hidden_before_its_read_more_control_is_text(rest: str) -> None:
    assert _REST in _body(f"{rest}<button type='button'>Weiterlesen</button>")
    assert _REST in _body(f"{rest}<a href='#' class='more'>Weiterlesen</a>")


def test_a_hidden_block_before_a_link_to_another_page_stays_out() -> None:
    rest = f"<div style='display:none'><p>{_REST}</p></div>"
    assert _REST not in _body(f"{rest}<a href='/archiv'>Archiv</a>")


def test_a_popup_before_its_opener_stays_out() -> None:
    popup = (
        "<div class='newsletter-popup' style='display:none'><p>Melden Sie sich für unseren "
        "Newsletter an und lesen Sie jeden Morgen die wichtigsten Nachrichten.</p></div>"
    )
    assert "Newsletter" not in _body(f"{popup}<button>Newsletter</button>")


def test_a_few_hidden_words_before_a_button_stay_out() -> None:
    # A loading note or a label: no sentences of a text's rest.
    assert "Wird geladen" not in _body("<div hidden>Wird geladen.</div><button>Mehr</button>")


def test_a_lists_hidden_items_before_its_show_all_control_are_text() -> None:
    items = (
        "<ul><li>Hafenstraße am Fähranleger</li><li>Deichweg bis zur Mühle</li><li "
        "class='d-none'>Kirchplatz vor der Schule</li></ul><button>Alle zeigen</button>"
    )
    body = _body(items)
    assert "Kirchplatz vor der Schule" in body
    assert "Alle zeigen" not in body


@pytest.mark.parametrize(
    "items",
    [
        # a hidden item that links: a closed menu's
        "<ul><li>Hafenstraße am Fähranleger</li><li class='d-none'><a href='/k'>Kirchplatz vor "
        "der Schule</a></li></ul><button>Alle zeigen</button>",
        # the first item hidden: a list's template
        "<ul><li class='d-none'>Kirchplatz vor der Schule</li><li>Hafenstraße am "
        "Fähranleger</li></ul><button>Alle zeigen</button>",
    ],
)
def test_hidden_items_of_a_menu_or_a_template_stay_out(items: str) -> None:
    assert "Kirchplatz vor der Schule" not in _body(items)


def test_a_spoilers_body_is_text() -> None:
    spoiler = (
        "<div class='spoiler'><div class='spoiler-title'>Mehr über das Schiff</div><div "
        f"class='spoiler-body' style='display:none'><p>{_REST}</p></div></div>"
    )
    assert _REST in _body(spoiler)
