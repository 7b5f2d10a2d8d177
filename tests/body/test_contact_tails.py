"""A contact block cut into lines at the text's end (a label line, a name line, then its
telephone or e-mail line) goes whole: the address line was dropped or kept, the label and
the name above it are the block's, not the text's last lines. A text's own short closing
lines stay: facts with their labels, more short lines than a contact has, lines over a
date."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.contact_tails import holds_address

_TEXT = (
    "<p>The harbour trust opened its new ferry pier on Monday after two years of building "
    "work and a long quarrel over its cost.</p><p>Boats to the island now leave every half "
    "hour between seven in the morning and ten at night.</p>"
)


def _body(tail: str) -> str:
    page = (
        "<html lang='en'><body><header><a href='/'>Harbour Trust</a></header><main><h1>New "
        f"ferry pier opens</h1><div class='release'>{_TEXT}{tail}</div></main><footer>© Harbour "
        "Trust</footer></body></html>"
    )
    return newsextract.extract(page, url="https://harbourtrust.example.org/news/pier").body or ""


@pytest.mark.parametrize(
    "tail",
    [
        "<p>Media contact</p><p>Jane Roe | Harbour Trust | Communications</p><p>tel <a "
        "href='tel:+442000000'>+44 20 7946 0000</a> | <a href='mailto:press@trust.example'>"
        "press@trust.example</a></p>",
        "<h3>Press office</h3><p>Jane Roe, head of communications</p><p>Tel. 020 7946 0000</p>",
        "<p>Press contact:</p><p>Jane Roe</p><p><a href='mailto:press@trust.example'>"
        "press@trust.example</a></p>",
    ],
)
def test_a_contact_blocks_label_and_name_lines_go_with_its_address(tail: str) -> None:
    body = _body(tail)
    assert body.rstrip().endswith("between seven in the morning and ten at night.")


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # an event's facts with their labels over the sign-up address are the notice's own
        (
            "<p>Where: the new pier</p><p>When: Saturday 10:00</p><p>Sign up: "
            "<a href='mailto:events@trust.example'>events@trust.example</a></p>",
            "Where: the new pier",
        ),
        # four short lines are a list of the text, not a contact's head
        (
            "<p>Monday</p><p>Tuesday</p><p>Wednesday</p><p>Thursday</p><p>Tel. 020 7946 0000</p>",
            "Wednesday",
        ),
        # a date in figures is no telephone number
        ("<p>Updated</p><p>04.04.2026</p>", "Updated"),
    ],
)
def test_a_texts_own_short_closing_lines_stay(tail: str, kept: str) -> None:
    assert kept in _body(tail)


def test_an_address_is_an_e_mail_or_a_telephone_part_not_a_date() -> None:
    assert holds_address("tel +49 611 7878 394 | press@example.org")
    assert holds_address("Tel. 020 7946 0000")
    assert not holds_address("04.04.2020")
    assert not holds_address("Boats leave every 30 minutes")
