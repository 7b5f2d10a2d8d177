"""A page's byline links when more stories follow its own in full
(``metadata.first_story``): the ``rel=author`` links of a later story's headed wrapper are
that story's; a headline in the masthead before the story, or a byline set apart from its
story's headline, leaves every link read. Invented pages."""

from __future__ import annotations

import newsextract

TEXT = (
    "<p>The ferry between the two villages of the lake runs again from Monday, after a winter "
    "in the yard where its engine was replaced.</p><p>Commuters who drove round the lake for "
    "three months will save half an hour a day, the operator says.</p>"
)


def _story(title: str, author: str) -> str:
    return (
        f"<article class='story'><header><h1>{title}</h1><span class='byline'>By <a "
        f"rel='author' href='/author/{author[:3]}'>{author}</a></span></header>"
        f"<div class='text'>{TEXT}</div></article>"
    )


def _authors(main: str) -> tuple[str, ...]:
    html = (
        "<html lang='en'><head><title>Lake Courier</title></head><body>"
        f"<main>{main}</main></body></html>"
    )
    return newsextract.extract(html, url="https://lake.example/2024/03/ferry").authors


def test_the_next_storys_byline_link_is_not_the_pages() -> None:
    main = _story("Ferry runs again", "Ann Lee") + _story("School grows", "Bob Hart")
    assert _authors(main) == ("Ann Lee",)


def test_a_masthead_headline_leaves_the_storys_links() -> None:
    main = (
        "<div class='masthead'><h1>Lake Courier</h1></div><article><h1>Ferry runs again</h1>"
        "<p class='byline'>By <a rel='author' href='/a/ann'>Ann Lee</a> and <a rel='author' "
        f"href='/a/bob'>Bob Hart</a></p>{TEXT}</article>"
    )
    assert _authors(main) == ("Ann Lee", "Bob Hart")
