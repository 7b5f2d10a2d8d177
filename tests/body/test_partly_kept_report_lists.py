"""A page's list of its press coverage, each item opening with its day and year ("14 March
2023: …"), some items plain text and some linked, is read whole when its first item is read
already; a dated box of links the text does not reach into stays out."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The touring company takes a small stage on a trailer to villages without a "
    "theatre, and plays three evenings in each.</p><p>Since the first tour more than "
    "sixty villages have hosted it, most of them in the hill country.</p>"
)


def _body(main: str) -> str:
    html = (
        "<html lang='en'><head><title>The touring stage | Example Players</title></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/shows'>Shows</a> <a "
        "href='/support'>Support us</a></nav></header><main><div class='entry-content'><h1>"
        f"The touring stage</h1>{_TEXT}{main}</div></main><footer><p>© 2025 Example Players"
        "</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://players.example/touring-stage/").body or ""


def test_press_list_partly_linked_is_read_whole() -> None:
    body = _body(
        "<h2>Press</h2><ul>"
        "<li>14 March 2023: Hill Country Gazette, “A stage that comes to the village hall "
        "on two wheels”</li>"
        "<li>9 March 2023: <a href='https://radio.example/a'>Radio North arts programme, "
        "an interview with the company</a></li>"
        "<li>2 March 2023: Review in the Weekly Post – the winter tour</li>"
        "<li>27 February 2023: <a href='https://radio.example/b'>Morning show feature</a>"
        "</li><li>20 February 2023: Valley Courier</li></ul>"
    )
    assert "comes to the village hall on two wheels" in body
    assert "an interview with the company" in body
    assert "Morning show feature" in body
    assert "Valley Courier" in body


def test_dated_links_box_not_reached_by_the_text_stays_out() -> None:
    body = _body(
        "<div class='more-links'><ul>"
        "<li>12 March 2025: <a href='/news/1'>The company names a new director</a></li>"
        "<li>3 March 2025: <a href='/news/2'>Auditions open for the summer tour</a></li>"
        "<li>1 March 2025: <a href='/news/3'>The trailer gets a new roof</a></li>"
        "</ul></div>"
    )
    assert "three evenings in each" in body
    assert "names a new director" not in body
    assert "trailer gets a new roof" not in body
