"""A live blog's furniture around its entries: a time alone with its zone over each entry
("18:40 МСК", "14:20 WIB") is a date line like "18:40"; an "Auto-update" toggle's label
beside its check box and a pinned entry's "Pinned" mark are no lines of the text."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.date_lines import is_dateline
from newsextract.dating.zones import zone_at_end


@pytest.mark.parametrize(
    "line", ["18:40 МСК", "14:20 WIB", "09:15 CET", "18:40 по Москве", "10:05 мск"]
)
def test_a_time_with_its_zone_is_a_date_line(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "10:30 Art",  # a word in lower case is no zone abbreviation
        "20:15 ARD",  # capitals of no zone: a channel after a programme's time
        "14:20 WIB Pengungsi bertambah di balai desa",
    ],
)
def test_a_time_before_other_words_is_no_date_line(line: str) -> None:
    assert not is_dateline(line)


def test_zone_at_end_finds_where_the_zone_starts() -> None:
    assert zone_at_end("14:20 WIB") == 6
    assert zone_at_end("18:40 по Москве") == 6
    assert zone_at_end("14:20 Uhr") is None


_ENTRIES = """<div class='feed'><div class='entry'><span class='t'>10:32</span><p>The ferry
to Holm Island is cancelled for the rest of the day because of the storm.</p></div>
<div class='entry'><span class='t'>09:50</span><p>Wind gusts of a hundred kilometres an
hour were measured on the coast at Sandvik this morning.</p></div></div>"""


def _body(widgets: str, lang: str = "en") -> str:
    html = (
        f"<html lang='{lang}'><head><title>Storm live</title></head><body><main><article>"
        f"<h1>Storm live: ferries cancelled</h1>{widgets}{_ENTRIES}</article></main></body></html>"
    )
    return newsextract.extract(html, url="https://example.org/live/storm").body or ""


def test_an_auto_update_toggle_label_goes() -> None:
    body = _body(
        "<div class='toggle'><label><input type='checkbox' checked> Auto-update</label>"
        "<span>On</span></div>"
    )
    assert "Auto-update" not in body
    assert "The ferry to Holm Island is cancelled" in body


def test_a_switch_beside_its_label_goes() -> None:
    body = _body(
        "<div class='refresh'><span>Automatisch aktualisieren</span><label class='switch'>"
        "<input type='checkbox'><span class='slider'></span></label></div>",
        lang="de",
    )
    assert "Automatisch aktualisieren" not in body


@pytest.mark.parametrize(
    ("mark", "lang"), [("Pinned", "en"), ("Épinglé", "fr"), ("Закріплено", "uk"), ("置顶", "zh")]
)
def test_a_pinned_entrys_mark_goes(mark: str, lang: str) -> None:
    body = _body(
        f"<div class='entry pinned'><span class='badge'>{mark}</span><p>All roads to the "
        "harbour stay closed until the wind drops below storm force tonight.</p></div>",
        lang=lang,
    )
    assert mark not in body
    assert "All roads to the harbour stay closed" in body
    assert "Wind gusts of a hundred kilometres" in body
