"""Furniture only its words tell (``body.reader_asks``): the site's ask or notice goes when
it has an ask's shape (it ends on its link, a button follows it, it is a box of its own
between the paragraphs) or stands at the text's edge; the same words inside the story's
run, without that shape, stay. And an editor's "Update:" note written as a sentence is the
story's text, where "Updated: <date>" is a date line."""

from __future__ import annotations

import newsextract

_TEXT = [
    "The marina at Coldharbour will close for three months from January while its pontoons "
    "are replaced, the harbour trust said on Wednesday.",
    "Boat owners have been offered berths at the fishing quay in Lowmouth, a forty-minute "
    "sail along the coast, at the marina's own rates.",
    "The trust said the new pontoons would last forty years and carry electric charging "
    "points for the first time.",
]


def _body(*middle: str, first: str = "", last: str = "") -> str:
    """The body of a story whose paragraphs have ``middle`` set between the first and the
    second paragraph, ``first`` before them and ``last`` after them (raw HTML each)."""
    parts = [first, f"<p>{_TEXT[0]}</p>", *middle, *(f"<p>{t}</p>" for t in _TEXT[1:]), last]
    html = (
        "<html lang='en'><body><article><h1>Marina to close for repairs</h1>"
        f"<div class='story-body'>{''.join(parts)}</div></article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/marina").body or ""


_ASK = "Like our harbour coverage? Support our work with a small monthly gift."


def test_ask_ending_on_its_link_goes() -> None:
    body = _body(f"<p>{_ASK} <a href='/give'>Give monthly</a></p>")
    assert _TEXT[1] in body
    assert "Support our work" not in body


def test_ask_before_a_button_goes() -> None:
    donate = (
        "The Coldharbour Post is a nonprofit newsroom. If you value local reporting, please "
        "make a donation today."
    )
    body = _body(f"<div><p>{donate}</p><p><a href='/donate'>Donate now</a></p></div>")
    assert _TEXT[1] in body
    assert "please make a donation" not in body


def test_ask_in_a_box_of_its_own_between_paragraphs_goes() -> None:
    appeal = "The Post is funded by its members. Become a member for the price of a coffee."
    body = _body(f"<div class='kg-card'><div class='kg-callout-text'>{appeal}</div></div>")
    assert _TEXT[1] in body
    assert "funded by its members" not in body


def test_the_same_words_in_the_run_without_the_shape_stay() -> None:
    said = (
        "The trust's chair said boat owners who value the marina should become a member of "
        "the friends' association, which raised the first £40,000."
    )
    body = _body(f"<p>{said}</p>")
    assert said in body


def test_cookie_notice_as_first_paragraph_goes() -> None:
    notice = (
        "This website uses cookies to improve your experience. By continuing to browse the "
        "site you agree to our use of cookies."
    )
    body = _body(first=f"<p>{notice}</p>")
    assert _TEXT[0] in body
    assert "uses cookies" not in body


def test_republishing_note_closing_the_text_goes() -> None:
    note = "Republish this story for free under a Creative Commons licence, crediting the Post."
    body = _body(last=f"<p><em>{note}</em></p>")
    assert _TEXT[2] in body
    assert "Republish this story" not in body


def test_editors_update_sentence_stays_and_update_stamp_goes() -> None:
    update = "Update: After this story ran, the trust said the work would start two weeks late."
    body = _body(f"<p>{update}</p>", last="<p>Updated: 12 March 2026, 10:40</p>")
    assert update in body
    assert "12 March 2026" not in body


def test_short_update_sentence_stays_and_short_stamps_go() -> None:
    """A note of three words or more opened by a capital, no figure in it, is the editor's;
    a lower-case or dated rest is a stamp (wave 71v)."""
    note = "Update: The pontoons have now arrived."
    body = _body(
        f"<p>{note}</p>",
        last="<p>Updated: two hours ago.</p><p>Updated: Today, 10:40.</p>",
    )
    assert note in body
    assert "two hours ago" not in body
    assert "Today, 10:40" not in body


# A newsletter's note about itself: "our newsletter" is the subject of most of its paragraphs.
_ABOUT_ITSELF = [
    "This spring our newsletter turned ten, and the Saturday issue now reaches four thousand "
    "readers along the estuary, from the ferry towns to the marsh villages.",
    "Most new readers found us through the series on the closing of the Lowmouth lido, which "
    "was forwarded more often than anything we had written before.",
    "Our newsletter stays free to read. Friends of the Post pay for it, and nobody has to "
    "pay to open an issue.",
]


def _page(*paragraphs: str) -> str:
    html = (
        "<html lang='en'><body><article><h1>Ten years of the Saturday issue</h1>"
        f"<div class='story-body'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div>"
        "</article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/ten-years").body or ""


def test_a_text_about_its_own_newsletter_keeps_its_paragraphs() -> None:
    body = _page(*_ABOUT_ITSELF)
    assert all(paragraph in body for paragraph in _ABOUT_ITSELF), body


def test_plain_asks_among_a_story_s_paragraphs_still_go() -> None:
    asks = (
        "Sign up for our newsletter to get the Post in your inbox every Saturday.",
        "Never miss a story: get our free daily newsletter.",
    )
    body = _page(_TEXT[0], asks[0], _TEXT[1], asks[1])
    assert _TEXT[0] in body and _TEXT[1] in body, body
    assert not any(ask in body for ask in asks), body
