"""Byline labels longer than one word, read from the language files: a German blog's "Blog
Beitrag von NAME" line opening the post is its byline."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = """<!doctype html><html lang="de"><head><title>Gemüse im Winter</title></head><body>
<article><h1>Gemüse im Winter</h1><p>{line}</p>
<p>Im Winter wächst im Garten wenig, doch Feldsalat, Grünkohl und Rosenkohl trotzen dem Frost
und lassen sich bis in den Februar hinein ernten, wenn man sie rechtzeitig aussät.</p>
<p>Wer keinen Garten hat, zieht Sprossen auf der Fensterbank: Kresse, Mungbohnen und Radieschen
keimen in wenigen Tagen und bringen frisches Grün auf den Tisch.</p></article></body></html>"""


@pytest.mark.parametrize(
    "line",
    [
        "Blog Beitrag von Jana Beispiel",
        "Ein Beitrag von Jana Beispiel",
        "Gepostet von Jana Beispiel",
    ],
)
def test_a_german_post_label_before_the_name_is_a_byline(line: str) -> None:
    article = newsextract.extract(_PAGE.format(line=line), url="https://gartenblog.example/winter")
    assert article.authors == ("Jana Beispiel",)
