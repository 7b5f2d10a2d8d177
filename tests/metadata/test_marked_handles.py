"""A member's handle written with its mark: an hCard's formatted name as "id:name" or
"@name" is the member's id without the mark; a byline of a handle with the member's name in
brackets after it ("@kim_l (Kim Lan)") names the bracketed name."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://posts.example.org/entry/2024/03/12/harbour-market"


@pytest.mark.parametrize(
    ("lang", "written", "handle"),
    [("de", "id:seemoewe", "seemoewe"), ("es", "@gaviota_azul", "gaviota_azul")],
)
def test_a_vcards_marked_handle_is_the_member(lang: str, written: str, handle: str) -> None:
    footer = (
        f'<footer><span class="author vcard"><span class="fn">{written}</span></span> '
        '<time datetime="2024-03-12T10:21:00Z">10:21</time></footer>'
    )
    html = article_page(lang, "Harbour market", filler("market") + footer)
    assert newsextract.extract(html, URL).authors == (handle,)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("ko", '<a href="/@haneul_k">@haneul_k</a><span>(김하늘)</span>', "김하늘"),
        ("pt", '<a href="/joao_s">joao_s</a> <span>(João Silva)</span>', "João Silva"),
    ],
)
def test_a_handle_with_the_name_in_brackets_names_the_name(lang: str, line: str, name: str) -> None:
    html = article_page(lang, "Harbour market", f'<div class="post-author">{line}</div>')
    html = html.replace("</article>", filler("market") + "</article>")
    assert newsextract.extract(html, URL).authors == (name,)
