"""Round 13 (issue 11): an embed's placeholder set word for word under every entry of a
live blog is one template line, whatever language it is in: its boxes (named as furniture)
do not add up to "text spread across widgets", so each of them is dropped, the first one
too. Boxes of one family holding different texts still add up (one widget per paragraph)."""

from __future__ import annotations

import newsextract

_PLACEHOLDER = (
    "Klik hier om de inhoud van een externe dienst te laden; daarvoor is uw toestemming nodig."
)
_POSTS = (
    "De eerste boten zijn om negen uur vertrokken en worden rond het middaguur in de haven "
    "terugverwacht.",
    "Door de harde wind is de veerdienst naar het eiland voor de rest van de dag uitgevallen.",
    "De burgemeester roept bewoners op binnen te blijven tot de storm is gaan liggen.",
)


def _page(boxes: list[str]) -> str:
    posts = "".join(
        f"<div class='live-entry'><h3>Update {n}</h3><p>{text}</p>"
        f"<div class='embed-box'><p>{box}</p></div></div>"
        for n, (text, box) in enumerate(zip(_POSTS, boxes, strict=True), start=1)
    )
    return (
        "<html lang='nl'><body><nav><a href='/'>Home</a></nav><article><h1>Storm live</h1>"
        "<div class='entry-content'><p>We volgen de storm langs de kust de hele dag op de "
        f"voet.</p>{posts}</div></article><footer>© Kustkrant</footer></body></html>"
    )


def test_a_placeholder_repeated_in_each_entry_is_dropped_every_time() -> None:
    body = newsextract.extract(_page([_PLACEHOLDER] * 3)).body or ""
    assert "Klik hier om de inhoud" not in body
    for text in _POSTS:
        assert text in body


def test_boxes_of_one_family_with_their_own_texts_still_add_up() -> None:
    # Each entry's box holds a quote of its own: together they are much of the text, so the
    # family's name ("embed-box") does not make them furniture.
    quotes = [
        "De havenmeester: 'We hebben alle schepen op tijd binnen kunnen halen, dat is het "
        f"belangrijkste.' Hij verwacht morgen weer normaal te varen, zei hij om {hour} uur."
        for hour in ("tien", "twaalf", "twee")
    ]
    body = newsextract.extract(_page(quotes)).body or ""
    assert "om tien uur" in body
    assert "om twee uur" in body
