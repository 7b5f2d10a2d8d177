"""Hashtags as a post writes its keywords. A keyword string of hashtags between spaces
("#ponte #cultura", with no comma) is one tag a hashtag, as a labelled line of them is; a
paragraph that is hashtag links and nothing else (a video's description, a post's closing
line) lists the post's tags, while a hashtag in a sentence stays a mention."""

from __future__ import annotations

import json

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://posts.example/2025/04/ponte"


def _with_head(html: str, head: str) -> str:
    return html.replace("</head>", head + "</head>", 1)


@pytest.mark.parametrize(
    ("language", "keywords", "want"),
    [
        ("pt", "#ponte #cultura #cidade", ("#ponte", "#cultura", "#cidade")),
        ("ja", "＃金沢 ＃美術館", ("＃金沢", "＃美術館")),
        ("tr", "#köprü   #belediye", ("#köprü", "#belediye")),
    ],
)
def test_a_jsonld_keyword_string_of_hashtags_is_split(
    language: str, keywords: str, want: tuple[str, ...]
) -> None:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "keywords": keywords}
    script = f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script>'
    html = _with_head(article_page(language, "Ponte", filler("ponte")), script)
    assert newsextract.extract(html, URL).tags == want


def test_a_meta_keyword_string_of_hashtags_is_split() -> None:
    head = '<meta name="keywords" content="#Brücke #Radweg">'
    html = _with_head(article_page("de", "Brücke", filler("Brücke")), head)
    assert newsextract.extract(html, URL).tags == ("#Brücke", "#Radweg")


def test_a_string_with_one_word_not_a_hashtag_is_not_split() -> None:
    """ "#1 Hits Radio" or "C# Tips" is a name with a sign in it, no list of hashtags."""
    head = '<meta name="keywords" content="#Brücke Radweg">'
    html = _with_head(article_page("de", "Brücke", filler("Brücke")), head)
    assert newsextract.extract(html, URL).tags == ("#Brücke Radweg",)


@pytest.mark.parametrize(
    ("language", "tags"),
    [("ko", ("#도서관", "#주말")), ("es", ("#Biblioteca", "#Lectura", "#Domingo"))],
)
def test_a_paragraph_of_hashtag_links_lists_the_tags(language: str, tags: tuple[str, ...]) -> None:
    line = " ".join(f'<a href="/hashtag/{n}">{t}</a>' for n, t in enumerate(tags))
    html = article_page(language, "도서관", filler(tags[0][1:]) + f"<p>{line}</p>")
    assert newsextract.extract(html, URL).tags == tags


def test_hashtag_links_in_a_sentence_stay_mentions() -> None:
    prose = (
        '<p>Das Netz diskutiert unter <a href="/h/1">#Brücke</a> und '
        '<a href="/h/2">#Radweg</a> weiter.</p>'
    )
    html = article_page("de", "Brücke", filler("Brücke") + prose)
    assert newsextract.extract(html, URL).tags == ()
