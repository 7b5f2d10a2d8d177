"""A mail-list archive's sender (``mail_sender``): the bold name right before a ``mailto:``
link under the subject heading, as pipermail writes a message page."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = (
    '<html lang="en"><head><title>[Growers] Orchard work day</title></head><body>'
    "<h1>[Growers] Orchard work day</h1>{sender}<br><i>Mon Mar  4 10:15:02 CET 2024</i>"
    "<pre>Hello all, we will prune the old apple trees on Saturday from nine. Bring gloves "
    "and loppers; soup will be served at noon. We will prune the trees.</pre></body></html>"
)
_URL = "https://lists.example.org/pipermail/growers/2024-March/001207.html"


@pytest.mark.parametrize(
    ("sender", "authors"),
    [
        (
            '<B>Ann Holloway</B> <A HREF="mailto:g%40l.org">ann at example.org</A>',
            ("Ann Holloway",),
        ),
        ('<b>Jürgen Müller</b>\n<a href="MAILTO:j@x.de">j at x.de</a>', ("Jürgen Müller",)),
        # a desk's label before its address names no one
        ('<strong>Media Contact</strong> <a href="mailto:press@x.org">press@x.org</a>', ()),
        # words between the name and the link: no sender's line
        ('<b>Ann Holloway</b> wrote to <a href="mailto:x@y.org">the list</a>', ()),
    ],
)
def test_bold_name_before_the_address_is_the_sender(sender: str, authors: tuple[str, ...]) -> None:
    assert newsextract.extract(_PAGE.format(sender=sender), url=_URL).authors == authors


_HYPERMAIL = (
    '<html lang="en"><head><title>growers: Orchard work day</title></head><body>'
    '<div class="head"><h1>Orchard work day</h1><!-- name="Ann Holloway" -->'
    '<address class="headers"><span id="from"><dfn>From</dfn>: {sender} &lt;<a '
    'href="mailto:ann_at_example.org?Subject=Re">ann_at_example.org</a>&gt;</span><br>'
    '{date}</address></div><div class="mail"><p>Hello all, we will prune the old apple trees '
    "on Saturday from nine. Bring gloves and loppers; soup will be served at noon.</p></div>"
    "</body></html>"
)
_DATE = '<span id="date"><dfn>Date</dfn>: Mon, 04 Mar 2024 10:15:02 +0100</span>'


@pytest.mark.parametrize(
    ("sender", "date", "authors"),
    [
        ("Ann Holloway", _DATE, ("Ann Holloway",)),
        # a header's label in another language: the text up to the colon
        ("Ann Holloway", _DATE.replace("Date", "Datum"), ("Ann Holloway",)),
        # a contact line with no day is no message's header
        ("Ann Holloway", "", ()),
        # the address alone, no name before it
        ("", _DATE, ()),
    ],
)
def test_header_sender_before_the_address(sender: str, date: str, authors: tuple[str, ...]) -> None:
    html = _HYPERMAIL.format(sender=sender, date=date)
    html = html.replace("<dfn>From</dfn>", "<dfn>Von</dfn>") if "Datum" in date else html
    assert newsextract.extract(html, url=_URL).authors == authors
