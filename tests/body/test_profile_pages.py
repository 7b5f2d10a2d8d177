"""A person's page whose only prose is its biography, in a box named as a bio, keeps that
biography as its text; an article's author box beside the article's own text stays out."""

from __future__ import annotations

import newsextract

_CHROME_AFTER = (
    "<div class='post-tags'><span>Tags:</span> <a href='/t/tiles'>tiles</a> <a "
    "href='/t/oil'>oil</a></div><div class='social-share'><span>Share: Facebook X E-mail"
    "</span></div><div class='author-card'><p>Example Arts is run by a small trust of "
    "volunteers who write about painters of the north since 1998.</p></div><section "
    "class='more-stories'><h3>Related artists</h3><div class='teaser'><a href='/r1'><h4>"
    "Potters of the Humber estuary</h4></a></div><div class='teaser'><a href='/r2'><h4>"
    "A weaver who dyes with moss</h4></a></div></section>"
    "<div id='comments'><h3>Comments (1)</h3><ul class='comment-list'><li><p>Wonderful "
    "colours, I saw the show in Aveiro last spring.</p></li></ul></div>"
)


def _page(main: str) -> str:
    html = (
        "<html lang='en'><head><title>Example Arts</title></head><body><header><nav><a "
        "href='/'>Home</a> <a href='/artists'>Artists</a></nav></header><div id='wrap'>"
        f"<section class='page'><h1>Mara Quinn, painter</h1>{main}</section>{_CHROME_AFTER}"
        "<div class='subscribe-box'><p>Get our monthly letter about new shows in your inbox."
        "</p><form><input type='email'><button>→</button></form></div></div><footer><p>"
        "© 2025 Example Arts Trust</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://arts.example/artists/mara-quinn").body or ""


def test_artist_biography_is_the_text() -> None:
    body = _page(
        "<section class='artist-bio'><h2>Biography</h2><p>Mara Quinn studied painting in "
        "Leeds and lived for ten years in Marseille.</p><p>Her work mixes broken tiles with "
        "oil on wood, and is held by three public collections.</p></section>"
        "<section class='artist-shows'><h2>Exhibitions</h2><ul><li>2019: Tide House, Hull"
        "</li><li>2022: North Gallery, York</li></ul></section>"
    )
    assert "lived for ten years in Marseille" in body
    assert "broken tiles with oil on wood" in body
    assert "Wonderful colours" not in body


def test_author_box_beside_an_article_stays_out() -> None:
    body = _page(
        "<p>The gallery reopened on Saturday after a two-year renovation of its roof and "
        "its three upper rooms.</p><p>Visitors queued along the quay before the doors "
        "opened at ten, and the first day drew more than two thousand people.</p>"
        "<div class='author-bio'><p>Lee Park writes about art for Example Arts.</p><p>He "
        "lives in York with two cats.</p></div>"
    )
    assert "first day drew more than two thousand" in body
    assert "Lee Park writes about art" not in body
