"""A run of "label: items" lines (the towns of each region that felt a quake), each line a
paragraph of one template: a line whose items are all linked to topic pages reads as a link
list, yet set between kept lines of its run it is one of the run's entries. A box of linked
label lines with no kept line around them (a story's tags and sections) still goes."""

from __future__ import annotations

import newsextract

_OPENING = (
    "<p>The weather office said a magnitude 6.1 earthquake struck off the east coast at "
    "9.20 pm on Monday, at a depth of about 30 kilometres, and issued no tsunami warning. "
    "Shaking was felt across the region.</p><p>The intensity by town was as follows.</p>"
)


def _topic(name: str) -> str:
    return f"<a class='kw' href='/topics/{name.lower()}'>{name}</a>"


def _page(lines: str) -> str:
    return (
        "<html lang='en'><body><article><h1>Quake shakes east coast</h1>"
        f"{_OPENING}{lines}"
        "<p>No damage was reported by Tuesday morning, the regional office said.</p>"
        "</article></body></html>"
    )


def test_a_wholly_linked_line_between_kept_lines_of_its_run_stays() -> None:
    lines = (
        f"<p>Eastland: {_topic('Portmoor')}, Hallow Bay, {_topic('Kettering')}, Lowmere</p>"
        f"<p>{_topic('Westvale')}: {_topic('Brindle')}</p>"
        f"<p>{_topic('Northmarch')}: {_topic('Orrin')}, {_topic('Tessel')}</p>"
        f"<p>Southfold: {_topic('Carrow')}, Deepwick, {_topic('Amberly')}, Fenn</p>"
    )
    body = newsextract.extract(_page(lines), url="https://news.example/quake").body or ""
    for line in ("Westvale: Brindle", "Northmarch: Orrin, Tessel", "Southfold: Carrow"):
        assert line in body


def test_a_box_of_linked_label_lines_alone_still_goes() -> None:
    lines = (
        f"<div class='story-tags'><p>Tags: {_topic('Earthquakes')}, {_topic('Coast')}</p>"
        f"<p>Section: {_topic('Weather')}</p><p>More: {_topic('Science')}</p></div>"
    )
    body = newsextract.extract(_page(lines), url="https://news.example/quake").body or ""
    assert "Earthquakes" not in body


def test_a_linked_headline_in_a_run_of_read_lines_still_goes() -> None:
    lines = (
        "<p>Read: Harbour board names a new chair after the spring elections</p>"
        "<p>Read: <a href='/story/9'>Fishermen's guild asks for a winter ferry to the isles</a></p>"
        "<p>Read: Council opens the old pier again after two years of repairs</p>"
    )
    body = newsextract.extract(_page(lines), url="https://news.example/quake").body or ""
    assert "winter ferry to the isles" not in body
