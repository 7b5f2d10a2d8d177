"""A chronology's short dated entries are the text ("3 June 1910 – Fire."): a run of lines
each opening with its date inside the text, closed by a stop after words of their own, or
closing the text three lines at least; a page's one or two stamps stay out."""

from __future__ import annotations

import newsextract
from newsextract.body.date_lines import opens_with_date

_INTRO = (
    "<p>The brick mill on the east bank has outlived three owners and a war, and this spring "
    "it reopens as a workshop for the town's carpenters.</p>"
)
_OUTRO = "<p>The council bought the building in 2019 and has spent four years on the roof.</p>"


def _body(lang: str, middle: str, *, outro: str = _OUTRO) -> str:
    html = (
        f"<html lang='{lang}'><body><main><article><h1>The mill</h1>{_INTRO}{middle}{outro}"
        "</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://news.example.org/a/mill").body or ""


def test_short_entries_closed_by_a_stop_are_kept() -> None:
    # Each entry is a date and a word or two with a stop: read as page stamps, all but the
    # first (a span of its own) went.
    lines = ["12 March 1872 Mill founded.", "3 June 1910 Fire.", "1 May 1954 Museum opens."]
    body = _body("en", "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
    for line in lines:
        assert line in body


def test_entries_in_a_script_closing_on_a_vowel_sign_are_kept() -> None:
    # "खुला।": the entry's last letter before the danda is a vowel sign, no letter to isalpha.
    lines = ["12 मार्च 1924 – पुल खुला।", "5 जून 1965 – बाढ़।", "1 सितंबर 2010 – मरम्मत।"]
    body = _body("hi", "".join(f"<p>{line}</p>" for line in lines))
    for line in lines:
        assert line in body


def test_a_chronology_closing_the_text_is_kept() -> None:
    lines = [
        "12 mars 2020 : premier confinement.",
        "11 mai 2020 : déconfinement.",
        "30 octobre 2020 : deuxième confinement.",
    ]
    middle = "<p>Voici les dates :</p><ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"
    body = _body("fr", middle, outro="")
    for line in lines:
        assert line in body


def test_two_stamps_closing_the_text_stay_out() -> None:
    # A page's stamps after its text are one or two lines (published, updated).
    stamps = "<p>5 March 2024 – Jane Doe.</p><p>6 March 2024 – updated.</p>"
    body = _body("en", "", outro=_OUTRO + stamps)
    assert "Jane Doe" not in body
    assert "updated." not in body


def test_labelled_stamps_closing_the_text_stay_out() -> None:
    # Three lines, but each opens with its label or a name, not its date: a post's stamps.
    stamps = (
        "<p>Posted by Jane Doe on 5 March 2024 in News.</p><p>Edited by Tom Lee on 6 March "
        "2024 in News.</p><p>Filed by Ann Roe on 7 March 2024 in News.</p>"
    )
    body = _body("en", "", outro=_OUTRO + stamps)
    assert "Posted by" not in body


def test_a_line_opens_with_a_date() -> None:
    assert opens_with_date("12 mars 2020 : premier confinement.")
    assert opens_with_date("1974年4月1日 開園。")
    assert opens_with_date("Maart 2017: plan goedgekeurd.")
    assert not opens_with_date("Published 5 March 2024")
    assert not opens_with_date("Ana Ruiz · 3 May 2024")


def test_a_definition_list_of_dates_over_events_is_kept() -> None:
    # Read under its date term, each short definition looked like a page's stamp: all went.
    dl = (
        "<dl><dt>6 lutego 1989</dt><dd>Początek obrad.</dd><dt>4 czerwca 1989</dt><dd>Wybory."
        "</dd><dt>24 sierpnia 1989</dt><dd>Nowy rząd.</dd></dl>"
    )
    body = _body("pl", dl)
    for line in ("6 lutego 1989", "Początek obrad.", "Wybory.", "Nowy rząd."):
        assert line in body


def test_a_meta_list_named_by_labels_keeps_its_date_out() -> None:
    dl = (
        "<dl class='meta'><dt>Posted</dt><dd>5 March 2024</dd><dt>Updated</dt><dd>6 March 2024"
        "</dd><dt>Filed</dt><dd>7 March 2024</dd></dl>"
    )
    assert "5 March 2024" not in _body("en", dl)
