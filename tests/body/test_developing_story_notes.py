"""A developing story's closing note that more is coming ("This is a breaking news story -
more to follow", "Diese Meldung wird laufend aktualisiert") is about the article, not of it:
it leaves the body's end like a first-published note. Mid-text sentences stay."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.about_lines import is_about_line


@pytest.mark.parametrize(
    "note",
    [
        "This is a breaking news story - more to follow",
        "This is a developing story and will be updated.",
        "More to follow.",
        "Fire crews remain at the scene - more updates to follow",
        "Dieser Artikel wird laufend aktualisiert.",
        "Mehr in Kürze.",
        "Cet article sera mis à jour.",
        "Noticia en desarrollo.",
        "Notizia in aggiornamento",
        "Dit bericht wordt aangevuld.",
        "Notícia em atualização.",
    ],
)
def test_a_developing_story_note_is_about_the_article(note: str) -> None:
    assert is_about_line(note)


@pytest.mark.parametrize(
    "line",
    [
        "There is more to follow in the next chapter of his life, he said.",
        "The more to follow the rules, the better, the coach joked on Friday.",
        "The police said that more arrests were expected in the coming days.",
    ],
)
def test_other_sentences_stay(line: str) -> None:
    assert not is_about_line(line)


_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Ferry runs aground</title></head>
<body><header><nav><a href="/">Harbour Gazette</a></nav></header>
<article><h1>Ferry runs aground off Kestrel Point</h1>
<div class="article-body">
<p>A passenger ferry with 140 people on board ran aground off Kestrel Point on Tuesday
morning, the coastguard said, and lifeboats from two stations were sent to the scene.</p>
<p>No one was hurt, according to the operator, which said the vessel was stable and that
passengers would be taken ashore once the tide turned in the early afternoon.</p>
<p>The harbour master has closed the channel to other traffic until further notice.</p>
<p>This is a breaking news story - more to follow</p>
</div></article>
<footer><p>Harbour Gazette, 4 Quay Street</p></footer></body></html>"""


def test_the_note_leaves_the_end_of_the_body() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/ferry").body or ""
    assert "channel to other traffic" in body
    assert "more to follow" not in body
