"""Links that say what a line is: a roundup's name linked plainly to another site (a
section of the text, where a teaser's headline opens a page of this site), a list whose
items each link to one comment (a box of recent comments), a changelog's headings linked to
each release (its versions). Invented pages."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.page import host_of, same_site


def _body(html: str, url: str) -> str:
    return newsextract.extract(html, url=url).body or ""


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.Example.fr/a", "example.fr"),
        ("http://blog.example.fr", "blog.example.fr"),
        ("//cdn.example.net/x.js", "cdn.example.net"),
        ("/relative/page", ""),
        ("#comment-3", ""),
        ("mailto:ana@example.org", ""),
        ("https://[::1", ""),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


def test_same_site_takes_hosts_under_one_another() -> None:
    assert same_site("blog.example.fr", "example.fr")
    assert same_site("example.fr", "shop.example.fr")
    assert not same_site("example.fr.other.net", "example.fr")
    assert not same_site("notexample.fr", "example.fr")


def _roundup(first: str, second: str) -> str:
    return (
        "<html lang='it'><body><main><article><h1>Tre rifugi della Val Sarna</h1><div "
        "class='testo'><p>Abbiamo camminato una settimana da un rifugio all'altro, e questi "
        "sono quelli dove torneremmo senza pensarci.</p>"
        f"<h2><a href='{first}'>Rifugio Lago Scuro</a></h2><p>Una cucina abbondante e il "
        "lago sotto la finestra già a colazione.</p>"
        f"<h2><a href='{second}'>Rifugio Forcella Alta</a></h2><p>Piccolo e spartano, ma il "
        "gestore conosce ogni sentiero della valle.</p></div></article></main></body></html>"
    )


def test_headings_linked_plainly_to_other_sites_are_sections() -> None:
    html = _roundup("https://rifugio-lago.example.org/", "https://forcella.example.net/")
    body = _body(html, "https://www.viaggi.example.it/tre-rifugi/")
    assert "Rifugio Lago Scuro" in body
    assert "Rifugio Forcella Alta" in body


def test_headings_linked_to_the_same_site_stay_out() -> None:
    html = _roundup(
        "https://www.viaggi.example.it/rifugi/lago-scuro/",
        "https://viaggi.example.it/rifugi/forcella/",
    )
    body = _body(html, "https://www.viaggi.example.it/tre-rifugi/")
    assert "Rifugio Lago Scuro" not in body
    assert "gestore conosce ogni sentiero" in body


def test_without_the_page_address_plain_links_stay_out() -> None:
    html = _roundup("https://rifugio-lago.example.org/", "https://forcella.example.net/")
    assert "Rifugio Lago Scuro" not in (newsextract.extract(html).body or "")


_POST = (
    "<p>Die Sonnenblumen standen dieses Jahr so dicht, dass wir jede zweite Reihe im Juli "
    "herausgezogen haben.</p><p>Die Vögel haben trotzdem fast alle Kerne geholt, bevor wir "
    "ernten konnten.</p><p>Nächstes Jahr spannen wir früher Netze über die Köpfe.</p>"
)


def _blog(box: str) -> str:
    return (
        "<html lang='de'><body><div class='cols'><div class='left'>"
        f"{box}</div><div class='main'><h1>Sonnenblumen</h1><div class='entry'>{_POST}</div>"
        "</div></div></body></html>"
    )


def test_list_of_links_to_comments_is_a_recent_comments_box() -> None:
    box = (
        "<ul><li><a href='https://garten.example.de/bohnen/#comment-88'>Lena</a>: Bei uns "
        "genauso, die Meisen waren schneller</li><li><a "
        "href='https://garten.example.de/bohnen/#comment-87'>Tim</a>: danke!</li><li><a "
        "href='https://garten.example.de/kartoffeln/#comment-51'>Ute</a>: Welche Sorte war "
        "das?</li></ul>"
    )
    body = _body(_blog(box), "https://garten.example.de/sonnenblumen/")
    assert "die Meisen waren schneller" not in body
    assert "Welche Sorte war das?" not in body
    assert "jede zweite Reihe im Juli" in body


def test_list_of_the_texts_items_linking_elsewhere_stays() -> None:
    post = (
        "<p>Diese drei Sorten haben bei uns am besten getragen, auch im trockenen Sommer "
        "ohne zusätzliches Gießen.</p><ul><li>Riesensonne: bis drei Meter hoch, siehe <a "
        "href='/sorten/riesensonne'>Sortenblatt</a></li><li>Abendrot: kupferfarben, siehe <a "
        "href='/sorten/abendrot'>Sortenblatt</a></li><li>Zwergsonne: für Balkonkästen, siehe "
        "<a href='/sorten/zwerg'>Sortenblatt</a></li></ul>"
    )
    html = (
        "<html lang='de'><body><main><article><h1>Sonnenblumen</h1><div class='entry'>"
        f"{post}{_POST}</div></article></main></body></html>"
    )
    body = _body(html, "https://garten.example.de/sonnenblumen/")
    assert "bis drei Meter hoch" in body


def _changelog(first: str, second: str) -> str:
    return (
        "<html lang='en'><body><main><h1>Changelog</h1><p>Every notable change to the "
        "command line tool is listed here.</p>"
        f"<h2><a href='/releases/1'>{first}</a></h2><ul><li>Exports can now be written as "
        "JSON lines.</li></ul>"
        f"<h2><a href='/releases/2'>{second}</a></h2><ul><li>Fixed a crash when the "
        "configuration file was empty.</li></ul></main></body></html>"
    )


def test_linked_version_headings_are_a_changelogs_releases() -> None:
    body = _body(_changelog("v1.4.0", "[1.3.2] - 2026-02-11"), "https://tool.example.dev/cl")
    assert "v1.4.0" in body
    assert "[1.3.2] - 2026-02-11" in body
    assert "written as JSON lines" in body


def test_linked_date_headings_are_no_versions() -> None:
    body = _body(_changelog("02.03.2026", "01.03.2026"), "https://tool.example.dev/cl")
    assert "02.03.2026" not in body
