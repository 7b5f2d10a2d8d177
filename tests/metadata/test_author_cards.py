"""An author card closing the article (a heading, the name as a link or in bold, a short bio)
gives the name alone: the heading ("Über die Autorin", "عن الكاتب", "この記事を書いた人") and
the bio are no part of it, in scripts with and without letter case."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://news.example/2025/04/bridge"


def card_page(language: str, word: str, heading: str, name: str, bio: str = "") -> str:
    card = (
        f'<div class="author-card"><h4>{heading}</h4><img src="/a.jpg" alt="">'
        f'<a href="/author/x"><strong>{name}</strong></a><p>{bio}</p></div>'
    )
    return article_page(language, f"{word} {word}", filler(word) + card)


@pytest.mark.parametrize(
    ("language", "word", "heading", "name", "bio"),
    [
        ("de", "Brücke", "Über die Autorin", "Jonas Albrecht", "Schreibt über Verkehr und Stadt."),
        ("en", "bridge", "About the author", "Rebecca Holt", "Rebecca covers city hall."),
        ("it", "ponte", "L'autore", "Marco Bianchi", ""),
        ("ru", "мост", "Об авторе", "Дмитрий Волков", ""),
        ("kk", "көпір", "Автор туралы", "Ерлан Жақыпов", ""),
        ("is", "brú", "Um höfundinn", "Gunnar Magnússon", ""),
        ("ar", "جسر", "عن الكاتب", "سارة المنصوري", ""),
        ("ne", "पुल", "लेखकको बारेमा", "राम बहादुर थापा", ""),
        ("ja", "橋", "この記事を書いた人", "佐藤健一", ""),
    ],
)
def test_an_author_card_gives_the_name_without_its_heading_or_bio(
    language: str, word: str, heading: str, name: str, bio: str
) -> None:
    article = newsextract.extract(card_page(language, word, heading, name, bio), URL)
    assert article.authors == (name,)


def test_a_forum_posters_box_is_no_author_card() -> None:
    """A box named for its user beside each post ("username_container": the poster's name,
    then "Profile", "Posts" links) is not a card: its links are no author's name."""
    boxes = "".join(
        f'<div class="username_container"><a class="username" href="/u/{n}">{n}</a> '
        '<a href="/p">Profil</a> <a href="/s">Beiträge anzeigen</a></div><p>Gute Frage.</p>'
        for n in ("Predator", "Chatfix")
    )
    html = article_page("de", "Auslieferung verschoben", filler("Auslieferung") + boxes)
    assert "Profil" not in newsextract.extract(html, URL).authors


def test_the_byline_leaves_the_cards_heading_out() -> None:
    html = card_page("nl", "brug", "Over de auteur", "Thijs Bakker")
    article = newsextract.extract(html, URL)
    assert article.byline == "Thijs Bakker"
