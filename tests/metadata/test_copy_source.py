"""Wave 58 (issue 12): the publisher of a partner's copy of another site's article is the
source, where the page says so: its canonical link points at the source's page and a link
there names the source as its host spells it (``metadata.copy_source``). The partner's own
name stays the publisher when the canonical link stays on its site, when no link names the
source, or when the link's words are no name its host spells. And the writers a line right
after the headline names beside the day (``byline_openings.dated_name_line``): two names
joined as a byline joins them, a day with a space after each dot as Czech writes it. Every
name and site here is invented."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = "".join(
    f"<p>{line}</p>"
    for line in (
        "Die neue Fähre verbindet seit Montag beide Ufer des Sees im Takt von zwanzig Minuten, "
        "und die Gemeinde rechnet mit deutlich weniger Autoverkehr über die alte Brücke.",
        "Pendler sparen nach Angaben der Betreiber fast eine halbe Stunde am Tag, und am "
        "Wochenende fährt die Fähre bis Mitternacht.",
    )
)


def _partner(canonical: str, note: str, *, lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head><title>Neue Fähre über den See – Seenland Online</title>'
        f'<link rel="canonical" href="{canonical}">'
        '<meta property="og:site_name" content="Seenland Online"></head><body>'
        '<header><a href="/">Seenland Online</a></header><article><h1>Neue Fähre über den See'
        f"</h1>{_TEXT}<p><em>{note}</em></p></article><footer>© Seenland Online</footer>"
        "</body></html>"
    )


_URL = "https://www.seenland-online.de/story/faehre"
_SOURCE = "https://www.kieselbote.de/region/neue-faehre-1234"


@pytest.mark.parametrize(
    "note",
    [
        f'Dieser Artikel erschien zuerst bei <a href="{_SOURCE}">Kieselbote</a>.',
        'Quelle: <a href="https://kieselbote.de/">Kieselbote</a>',
    ],
)
def test_the_source_a_partners_copy_names_is_the_publisher(note: str) -> None:
    assert newsextract.extract(_partner(_SOURCE, note), url=_URL).publisher == "Kieselbote"


def test_the_source_named_in_another_script_by_its_host() -> None:
    page = _partner(
        "https://gorodskie-vesti.ru/news/parom",
        'Материал впервые опубликован в <a href="https://gorodskie-vesti.ru/">Городские вести</a>.',
        lang="ru",
    )
    assert newsextract.extract(page, url=_URL).publisher == "Городские вести"


@pytest.mark.parametrize(
    ("canonical", "note"),
    [
        # the canonical link stays on the partner's site
        (_URL, f'Dieser Artikel erschien zuerst bei <a href="{_SOURCE}">Kieselbote</a>.'),
        # no link names the source
        (_SOURCE, "Dieser Artikel erschien zuerst in einer Zeitung der Region."),
        # the link's words are no name the source's host spells
        (_SOURCE, f'<a href="{_SOURCE}">Zum Originalartikel</a>'),
    ],
)
def test_the_partners_name_stays_otherwise(canonical: str, note: str) -> None:
    assert newsextract.extract(_partner(canonical, note), url=_URL).publisher == "Seenland Online"


def _print_view(lang: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Stará zbrojnice bude kavárnou</title></head><body>'
        '<div class="print"><h1>Stará zbrojnice bude kavárnou</h1>'
        f'<p class="meta">{line}</p>{_TEXT}</div></body></html>'
    )


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("cs", "Tereza Horáková · 8. 2. 2024", ("Tereza Horáková",)),
        ("fr", "Élise Fabre, Thomas Rouquié · 20/02/2024", ("Élise Fabre", "Thomas Rouquié")),
        (
            "pl",
            "12.03.2024 | Katarzyna Mazur i Piotr Zieliński",
            ("Katarzyna Mazur", "Piotr Zieliński"),
        ),
    ],
)
def test_the_writers_beside_the_day_under_the_headline(
    lang: str, line: str, names: tuple[str, ...]
) -> None:
    got = newsextract.extract(_print_view(lang, line), url="https://x.example/a/1").authors
    assert sorted(got) == sorted(names)


def test_a_place_beside_the_day_is_no_writer() -> None:
    page = _print_view("cs", "Praha, Brno · 8. 2. 2024")
    assert newsextract.extract(page, url="https://x.example/a/1").authors == ()


def test_a_page_linking_the_canonical_site_at_every_turn_is_no_copy_of_it() -> None:
    # A blog read under its country address: its canonical link is the same blog under
    # another domain, which it links in every post's title (far more than a copy links its
    # source); the name in its footer, after them, is not looked for.
    posts = "".join(
        f'<li><a href="https://www.kieselbote.de/2024/{n:03d}">Beitrag Nummer {n}</a></li>'
        for n in range(100)
    )
    note = f'<ul>{posts}</ul><a href="https://kieselbote.de/">Kieselbote</a>'
    assert newsextract.extract(_partner(_SOURCE, note), url=_URL).publisher == "Seenland Online"
