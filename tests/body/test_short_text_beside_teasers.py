"""A short text beside a list of teaser cards (each a linked headline over its summary) is
the body, though the list's summaries outscore it as a whole: a one-paragraph breaking item
over a river of the latest news, a brief over its related stories. The cards' lines stay
out, and a page of teasers only still reads them."""

from __future__ import annotations

import newsextract

_ITEM = (
    "The harbour road in Lindqvist was closed in both directions on Tuesday afternoon after "
    "a lorry shed its load of timber near the ferry terminal, police said."
)


def _river(count: int) -> str:
    return "".join(
        f"<li><time>1{n}:05</time><h3><a href='/news/{n}'>Another headline number {n} of the "
        f"day</a></h3><p>Summary {n}: the council agreed a new budget for the schools, the "
        "libraries and the swimming pools of the district, after a long debate.</p></li>"
        for n in range(count)
    )


def _page(text: str, river: str) -> str:
    return (
        "<html lang='en'><body><header><nav><a href='/'>Home</a></nav></header><main>"
        "<article class='story'><h1>Harbour road closed</h1><div class='story__content'>"
        f"{text}</div></article><section class='river'><h2>Latest news</h2><ol>{river}</ol>"
        "</section></main><footer><p>© 2026 Example</p></footer></body></html>"
    )


def test_a_one_paragraph_item_over_a_river_of_teasers() -> None:
    article = newsextract.extract(_page(f"<p>{_ITEM}</p>", _river(6)), url="https://n.example/a")
    assert _ITEM in (article.body or "")
    assert "Summary" not in (article.body or "") + (article.lead or "")


def test_a_page_of_teasers_only_keeps_them() -> None:
    article = newsextract.extract(_page("", _river(6)), url="https://n.example/latest")
    assert "Summary 5" in (article.body or "")


def test_the_summary_of_a_card_after_a_short_brief_is_no_standfirst() -> None:
    cards = "".join(
        f"<article class='teaser'><h3 class='teaser__title'><a href='/r/{n}'>Another story "
        f"number {n} from the region</a></h3><p class='teaser__summary'>Summary {n}: the "
        "mayor opened the new library, which holds twenty thousand books.</p></article>"
        for n in range(5)
    )
    html = (
        "<html lang='en'><body><main><article class='article'><h1>Bridge reopens on Monday"
        f"</h1><div class='article__body'><p>{_ITEM}</p></div></article><section "
        f"class='related'><h2>More from the region</h2>{cards}</section></main></body></html>"
    )
    article = newsextract.extract(html, url="https://n.example/bridge")
    assert not (article.lead or "").startswith(("Another story", "Summary"))


def test_a_poem_over_an_archive_of_linked_titles_and_first_lines() -> None:
    archive = "".join(
        f"<li><a href='/poem/{n}'>Earlier poem {n}</a><p class='archive__excerpt'>First line "
        f"{n}: the hills are green far away from us, my grandfather said one summer.</p></li>"
        for n in range(6)
    )
    html = (
        "<html lang='ga'><body><main class='poem-page'><article class='poem'><h1>The moon over "
        "the harbour</h1><div class='poem__text'><p>The moon sits over the harbour,<br>the "
        "boats asleep on the quiet water;<br>I hear the sea far away from me,<br>like a song "
        "my mother sang me long ago.</p><p>Tomorrow the wind will blow again,<br>but tonight "
        "the whole world is silent.</p></div></article><section class='archive'><h2>Other "
        f"poems</h2><ul>{archive}</ul></section></main></body></html>"
    )
    article = newsextract.extract(html, url="https://poems.example/today")
    assert "like a song my mother sang me long ago." in (article.body or "")
    assert "First line" not in (article.body or "") + (article.lead or "")
