"""Issue 11, wave 57: a call to act closing a page builder's text, a strip of the text's own
row template holding one short line that is no sentence beside a button or a form ("Jeden
Samstag Flohmarkt am Hafen" beside "Jetzt anmelden"), goes whatever its words. The text's
own last line stays: one that closes a sentence, one without a control beside it (a line
that is itself the button, a video's chapter: ``cs_video_chapters_button_paragraphs``)."""

from __future__ import annotations

import newsextract

_ROW = "<div class='row-x'><div class='col-x'><div class='text-x'>{}</div></div>{}</div>"
_TEXT = _ROW.format(
    "<p>Der Verein hat am Wochenende den neuen Steg am Hafen eröffnet, nach zwei Jahren Bauzeit "
    "und vielen Spenden aus dem Ort.</p><p>Am Steg können nun acht Boote gleichzeitig anlegen, "
    "und ein Kran hebt sie im Herbst an Land.</p>",
    "",
) + _ROW.format(
    "<h3>Wer hat gebaut?</h3><p>Gebaut haben die Mitglieder selbst, an vierzig Samstagen, mit "
    "Holz aus dem Stadtwald.</p>",
    "",
)


def _body(rows: str) -> str:
    html = (
        "<html lang='de'><body><header><a href='/'>Segelverein Nordufer</a></header><main>"
        f"<div class='content-x'><h1>Neuer Steg eröffnet</h1>{rows}</div></main><footer><p>"
        "Segelverein Nordufer e. V.</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://segelverein.example.de/steg").body or ""


def test_a_line_beside_a_button_in_a_row_of_its_own_goes() -> None:
    strip = _ROW.format(
        "<p>Jeden Samstag Flohmarkt am Hafen</p>",
        "<div class='col-x'><a class='btn btn-primary' href='/anmelden'>Jetzt anmelden</a></div>",
    )
    body = _body(_TEXT + strip)
    assert "Holz aus dem Stadtwald" in body
    assert "Flohmarkt" not in body


def test_a_titled_line_beside_a_form_goes() -> None:
    strip = _ROW.format(
        "<h4>Geöffnet</h4><p>Dienstag bis Sonntag ab zehn Uhr</p>",
        "<div class='col-x'><form><input placeholder='Name'><button>Senden</button></form></div>",
    )
    body = _body(_TEXT + strip)
    assert "Dienstag bis Sonntag" not in body
    assert "Geöffnet" not in body


def test_a_closing_sentence_beside_a_button_stays() -> None:
    strip = _ROW.format(
        "<p>Der Steg ist ab Montag für alle offen.</p>",
        "<div class='col-x'><button>Teilen</button></div>",
    )
    assert "ab Montag für alle offen" in _body(_TEXT + strip)


def test_a_short_line_without_a_control_stays() -> None:
    strip = _ROW.format("<p>Ein Steg für alle Boote am Nordufer</p>", "")
    assert "Ein Steg für alle Boote" in _body(_TEXT + strip)
