"""rel=tag links of other stories' teasers are theirs: a news theme prints each teaser's
topics under its headline's link, as it prints the article's under its ``<h1>`` (a page's
rel=tag links taken together were the site's topics of the day)."""

from __future__ import annotations

from tests.metadata.title_pages import page, paragraphs

import newsextract

URL = "https://wiesentalbote.example.de/lokales/faehre-faehrt-wieder"
TEXT = (
    "Die Fähre über den Altrhein fährt nach dem Hochwasser wieder nach Fahrplan, teilte der "
    "Betreiber am Montag mit."
)


def _tags(*names: str) -> str:
    return (
        '<ul class="tags">'
        + "".join(f'<li><a href="/thema/{n.lower()}" rel="tag">{n}</a></li>' for n in names)
        + "</ul>"
    )


def _teaser(slug: str, headline: str, *names: str) -> str:
    return (
        f'<section class="ticker-item"><header><h2><a href="/lokales/{slug}">{headline}</a>'
        f"</h2></header><footer>{_tags(*names)}</footer></section>"
    )


def _related(slug: str, headline: str, *names: str) -> str:
    return (
        f'<div class="rp-text"><a class="rp-title" href="/lokales/{slug}">{headline}</a>'
        f'<div class="rp-tags">{_tags(*names)}</div></div>'
    )


def _page(*, teasers: bool = True, linked_h1: bool = False) -> str:
    h1 = (
        f'<h1><a href="{URL}">Fähre fährt wieder</a></h1>'
        if linked_h1
        else "<h1>Fähre fährt wieder</h1>"
    )
    ticker = (
        _teaser("radweg-gesperrt", "Radweg am Damm gesperrt", "Radverkehr", "Baustelle")
        + _teaser("brand-in-scheune", "Brand in Scheune", "Feuerwehr", "Polizei")
        if teasers
        else ""
    )
    return page(
        "de",
        "Fähre fährt wieder",
        "",
        f'<aside class="ticker">{ticker}</aside><main><article><header>{h1}</header>'
        f'<footer><time datetime="2025-03-10">10.03.2025</time>{_tags("Fähre", "Hochwasser")}'
        f"</footer>{paragraphs(TEXT, TEXT)}"
        + _related("pegel-sinkt", "Pegel sinkt langsam", "Hochwasser", "Wetter")
        + "</article></main>",
    )


def test_tag_lists_after_other_stories_headline_links_are_theirs() -> None:
    assert newsextract.extract(_page(), url=URL).tags == ("Fähre", "Hochwasser")


def test_a_headline_linking_the_article_itself_keeps_its_tags() -> None:
    assert newsextract.extract(_page(linked_h1=True), url=URL).tags == ("Fähre", "Hochwasser")


def test_a_related_post_s_tags_inside_the_article_are_its_own() -> None:
    assert newsextract.extract(_page(teasers=False), url=URL).tags == ("Fähre", "Hochwasser")


def test_a_card_s_lists_after_its_other_meta_lines_are_its_own() -> None:
    card = (
        '<section class="game-card"><h2><a href="/spiele/nebelfeste/">Nebelfeste</a></h2>'
        '<div class="card-meta"><span>Plattform: <a href="/plattform/pc/" rel="tag">PC</a>'
        '</span><span>Release: 2026</span><span>Genre: <a href="/genre/rpg/" rel="tag">RPG'
        "</a></span></div></section>"
    )
    html = _page(teasers=False).replace('<aside class="ticker">', f'<aside class="ticker">{card}')
    assert newsextract.extract(html, url=URL).tags == ("Fähre", "Hochwasser")


def test_an_archived_copy_s_headline_link_to_its_original_is_its_own() -> None:
    archived = f"https://web.archive.org/web/20250311080000/{URL}"
    html = _page(linked_h1=True).replace(
        f'<h1><a href="{URL}">', '<h1><a href="/lokales/faehre-faehrt-wieder">'
    )
    assert newsextract.extract(html, url=archived).tags == ("Fähre", "Hochwasser")
