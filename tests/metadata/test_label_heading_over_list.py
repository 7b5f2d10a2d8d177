"""A heading right over a list the body kept is a section's title whatever its word (a call
for papers' "Topics" over its topics, Catalan "Temes"), not a tag label taken out of the body
for the tags field (``extract._over_kept_list``); a tag label over its links, which the
body drops, still goes."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The conference meets in Vic on 14 and 15 May and takes papers in Catalan, Spanish and"
    " English; abstracts of at most three hundred words reach the committee by February.</p>"
)
_URL = "https://history.example/conference/2027/call"


_AFTER = _TEXT.replace("Vic", "Manlleu")


def _page(section: str) -> str:
    return (
        "<html lang='en'><head><title>Call for papers</title></head><body><main><article>"
        f"<h1>Call for papers: local history days 2027</h1>{_TEXT}{section}{_AFTER}"
        "</article></main></body></html>"
    )


def test_a_label_word_heading_over_a_kept_list_stays() -> None:
    topics = (
        "<h2>Topics</h2><ul><li>Markets and fairs in the early modern age</li><li>Parish"
        " archives as a source of population history</li></ul>"
    )
    body = newsextract.extract(_page(topics), url=_URL).body
    assert "Topics\n\nMarkets and fairs in the early modern age" in body


def test_a_tag_label_over_its_links_goes() -> None:
    tags = (
        "<h2>Tags</h2><ul class='tags'><li><a href='/t/history'>history</a></li><li><a"
        " href='/t/archives'>archives</a></li></ul>"
    )
    body = newsextract.extract(_page(tags), url=_URL).body
    assert "Tags" not in body.split("\n\n")
