"""A box of teaser cards (each a linked title over an excerpt of another story) is no part
of the article whatever the box is called ("leia-tambem", "baca-juga"): it neither joins
the region as a sibling nor pulls the region up to a wrapper holding both; a list article
whose numbered entries are linked names keeps them."""

from __future__ import annotations

import newsextract

_LONG = (
    "The council approved the new bus lanes on Tuesday after a debate that ran late into "
    "the evening, and the first works on the harbour road are due to start in early May."
)


def _cards(excerpt_words: int) -> str:
    filler = " ".join(["harbour"] * excerpt_words)
    return "".join(
        f"<div class='item'><h3><a href='/story-{n}'>Another story number {n}</a></h3>"
        f"<p>Excerpt {n}: a summary of another story about the town and its {filler}.</p></div>"
        for n in range(1, 5)
    )


def _page(story: str, box: str) -> str:
    html = (
        "<html lang='pt'><body><nav><a href='/'>Início</a></nav><main><div class='wrap'>"
        f"<h1>Bus lanes approved</h1><div class='story'>{story}</div>"
        f"<div class='leia-tambem'><h2>Leia também</h2>{box}</div></div></main>"
        "<footer><p>© 2024 Exemplo</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/bus-lanes").body or ""


def test_teasers_with_long_excerpts_do_not_pull_the_region_up() -> None:
    story = "".join(f"<p>Paragraph {n}. {_LONG}</p>" for n in range(1, 5))
    body = _page(story, _cards(12))
    assert "Paragraph 4." in body
    assert "Excerpt" not in body


def test_teasers_beside_the_text_do_not_join_it() -> None:
    story = "".join(f"<p>Paragraph {n}. {_LONG} {_LONG}</p>" for n in range(1, 7))
    body = _page(story, _cards(2))
    assert "Paragraph 6." in body
    assert "Excerpt" not in body


def test_a_list_article_keeps_its_numbered_linked_entries() -> None:
    intro = (
        "<p>We tested forty note-taking apps over three months, on phones and laptops, and "
        "these are the ones we kept using after the test ended.</p><p>Prices are per year, "
        "and every app here has a free tier that is worth trying first.</p>"
    )
    entries = "".join(
        f"<div class='entry'><h2><a href='https://apps.example/{n}'>{n}. App number {n}</a>"
        f"</h2><p>Entry {n}: it syncs fast, works offline and exports to Markdown.</p></div>"
        for n in range(1, 7)
    )
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><main><h1>Best note apps</h1>"
        f"<div class='intro'>{intro}</div><div class='entries'>{entries}</div></main>"
        "<footer>© 2024</footer></body></html>"
    )
    body = newsextract.extract(html, url="https://reviews.example/notes").body or ""
    assert "free tier" in body
    assert all(f"Entry {n}:" in body for n in range(1, 7))
