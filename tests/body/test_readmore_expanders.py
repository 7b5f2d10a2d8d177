"""A listing's text set in read-more expanders (several per page, each under its section's
title) is the page's text; a read-more box of linked headlines is still other stories."""

from __future__ import annotations

import newsextract

_CHROME_AFTER = (
    "<div class='post-tags'><span>Tags:</span> <a href='/t/canal'>canal</a> <a "
    "href='/t/dogs'>dogs</a></div><div class='social-share'><span>Share: Facebook X "
    "E-mail</span></div><div class='author-card'><p>Example Boats has matched narrowboat "
    "owners with holiday crews on the northern canals since 2006.</p></div><section "
    "class='more-stories'><h3>Similar boats</h3><div class='teaser'><a href='/b1'><h4>"
    "Kingfisher, a six-berth cruiser</h4></a></div><div class='teaser'><a href='/b2'><h4>"
    "Little Heron for two</h4></a></div><div class='teaser'><a href='/b3'><h4>The old "
    "coal barge Dunmore</h4></a></div></section><div id='comments'><h3>Guest book (2)"
    "</h3><ul class='comment-list'><li><b>Priya</b><p>Lovely quiet week, we will book "
    "again in May.</p></li><li><b>Owen</b><p>The locks were easy with two of us.</p></li>"
    "</ul></div><div class='subscribe-box'><p>New boats and offers every month by e-mail."
    "</p><form><input type='email'><button>→</button></form></div>"
)


def _page(main: str) -> str:
    html = (
        "<html lang='en'><head><title>Narrowboat Wagtail | Example Boats</title></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/search'>Search</a> <a "
        "href='/account'>My account</a></nav></header><div id='wrap'><section class='boat'>"
        f"<h1>Narrowboat Wagtail</h1>{main}</section>{_CHROME_AFTER}</div><footer><p>© "
        "2025 Example Boats Ltd</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://boats.example/hire/wagtail").body or ""


_LISTING = (
    "<div class='summary'><p>from £95 a night</p><p>sleeps 4</p></div>"
    "<div class='js-readmore'><h3>About the boat</h3><p>Wagtail is a 50-foot narrowboat "
    "with a wood stove, a galley with a gas oven and a shower room at the stern.</p></div>"
    "<div class='js-readmore'><h3>Good to know</h3><p>Dogs are welcome on board, and life "
    "jackets for children are provided.</p></div>"
    "<a class='readmore-toggle' href='#'>Show more</a>"
)


def test_expanders_of_a_listing_are_its_text() -> None:
    body = _page(_LISTING)
    assert "a wood stove, a galley with a gas oven" in body
    assert "Dogs are welcome on board" in body
    assert "Lovely quiet week" not in body
    assert "Kingfisher" not in body


def test_readmore_box_of_linked_headlines_stays_out() -> None:
    body = _page(
        _LISTING + "<div class='readmore'><h3>You may also like</h3><ul>"
        "<li><a href='/hire/1'>A cruiser on the river with a sun deck</a></li>"
        "<li><a href='/hire/2'>A day boat for a family picnic on the canal</a></li>"
        "<li><a href='/hire/3'>A wide beam barge for large groups</a></li></ul></div>"
    )
    assert "Dogs are welcome on board" in body
    assert "A cruiser on the river" not in body
