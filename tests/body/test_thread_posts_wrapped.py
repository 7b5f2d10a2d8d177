"""A thread whose posts are ``<article>``s each wrapped in a container of its own (a forum
engine's "topic-post"): a short reply is a post like the long ones, not a teaser card of
another story; a short card with a headline is still a card. Invented pages."""

from __future__ import annotations

import newsextract

_POSTS = (
    (
        "hollyhock",
        "I have a 6x8 glass greenhouse and want to keep it frost free this winter. Is the "
        "old paraffin heater my grandfather used still a good idea, or should I run a cable "
        "for an electric one? The greenhouse is about twenty metres from the house.",
    ),
    (
        "tomtit",
        "For frost protection only, a tubular heater on a thermostat is cheap to buy and "
        "safe. Paraffin gives off water vapour and fumes, which the plants do not like, and "
        "you have to go out and fill it on the coldest nights.",
    ),
    ("bramble_jo", "Mine costs about 40p a night in a cold snap with bubble wrap on the glass."),
    ("hollyhock", "Thanks all, I went with the tubular heater and an armoured cable."),
)


def _post(number: int, user: str, text: str, title: str = "") -> str:
    heading = f"<h3><a href='/t/{number}'>{title}</a></h3>" if title else ""
    return (
        f"<div class='topic-post'><article class='boxed onscreen-post'><div class='row'>"
        f"<div class='topic-body'><div class='topic-meta-data'><span class='username'>"
        f"<a href='/u/{user}'>{user}</a></span> <a class='post-date' href='/t/12/{number}'>"
        f"Mar {number}</a></div><div class='cooked'>{heading}<p>{text}</p></div>"
        "<nav class='post-controls'><button class='reply'>Reply</button></nav></div></div>"
        "</article></div>"
    )


def _body(posts: str) -> str:
    html = (
        "<html lang='en'><head><title>Greenhouse heater</title></head><body>"
        "<header><a href='/'>Growers Forum</a></header><div id='main-outlet'>"
        f"<h1>Greenhouse heater: paraffin or electric?</h1><div class='post-stream'>{posts}"
        "</div></div><footer><p>Powered by a forum engine</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://growers.example/t/12").body or ""


def test_short_replies_of_a_thread_are_read() -> None:
    body = _body("".join(_post(n, u, t) for n, (u, t) in enumerate(_POSTS, 1)))
    assert "paraffin heater my grandfather used" in body
    assert "Mine costs about 40p a night" in body
    assert "I went with the tubular heater" in body
    assert "Reply" not in body


def test_a_short_card_with_a_headline_stays_out() -> None:
    body = _body(
        "".join(_post(n, u, t) for n, (u, t) in enumerate(_POSTS[:2], 1))
        + _post(9, "editor", "A new guide to cold frames is out now.", "Cold frames explained")
    )
    assert "frost protection only" in body
    assert "Cold frames explained" not in body
