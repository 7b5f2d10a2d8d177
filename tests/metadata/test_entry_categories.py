"""A microformats2 post's ``p-category`` elements are its tags: those of the page's first
``h-entry`` only (a blog's index lists several posts), and a ``rel=tag`` list first."""

from __future__ import annotations

import newsextract

_TEXT = "<p>" + "Der Fluss führt nach dem Regen wieder mehr Wasser als im Sommer. " * 6 + "</p>"


def _entry(name: str, categories: str, *, rel: str = "") -> str:
    return (
        f'<article class="h-entry"><h1 class="p-name">{name}</h1><p>von <a class="p-author '
        'h-card" href="/">Mara Lenz</a> <time class="dt-published" datetime="2023-04-02T09:00'
        f'+02:00">2. April</time></p><div class="e-content">{_TEXT}</div><p>{categories}</p>'
        f"{rel}</article>"
    )


def _page(*entries: str) -> str:
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Flussnotizen</title></head><body>'
        f"<main>{''.join(entries)}</main></body></html>"
    )


def test_an_entrys_categories_are_its_tags() -> None:
    html = _page(
        _entry(
            "Hochwasser im April",
            '<a class="p-category" href="/t/fluss">Fluss</a>, '
            '<span class="p-category">Wetter</span>',
        )
    )
    assert newsextract.extract(html, url="https://flussnotizen.example.de/hochwasser").tags == (
        "Fluss",
        "Wetter",
    )


def test_only_the_first_entrys_categories() -> None:
    html = _page(
        _entry("Hochwasser im April", '<a class="p-category" href="/t/fluss">Fluss</a>'),
        _entry("Zugvögel", '<a class="p-category" href="/t/voegel">Vögel</a>'),
    )
    tags = newsextract.extract(html, url="https://flussnotizen.example.de/hochwasser").tags
    assert "Vögel" not in tags


def test_rel_tag_links_come_first() -> None:
    html = _page(
        _entry(
            "Hochwasser im April",
            '<a class="p-category" href="/t/fluss">Fluss</a>',
            rel='<p>Schlagworte: <a rel="tag" href="/tag/regen">Regen</a></p>',
        )
    )
    tags = newsextract.extract(html, url="https://flussnotizen.example.de/hochwasser").tags
    assert tags == ("Regen",)
