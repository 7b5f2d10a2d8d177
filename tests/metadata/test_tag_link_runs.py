"""Tags printed as a run of links right after their label, with no box around them."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>Første avsnitt av artikkelen er langt nok til å være prosa, med komma, ja.</p>"
    "<p>Andre avsnitt av artikkelen er også langt nok til å være prosa, med komma.</p>"
)


def test_every_link_after_a_label_heading_is_a_tag() -> None:
    links = (
        '<a href="/emne/utdanning">Utdanning</a> <a href="/emne/helse">Helse</a> '
        '<a href="/emne/nord-norge">Nord-Norge</a>'
    )
    html = (
        '<html lang="no"><body><article><h1>En overskrift som er lang nok</h1>'
        f"{_TEXT}<h4>Emner</h4>{links}<p>Publisert av redaksjonen.</p></article></body></html>"
    )
    assert newsextract.extract(html).tags == ("Utdanning", "Helse", "Nord-Norge")


def test_a_label_with_its_list_in_a_box_is_read_as_before() -> None:
    box = (
        '<ul><li><a href="/emne/helse">Helse</a></li><li><a href="/emne/skole">Skole</a></li></ul>'
    )
    html = (
        '<html lang="no"><body><article><h1>En overskrift som er lang nok</h1>'
        f"{_TEXT}<h4>Emner</h4>{box}</article></body></html>"
    )
    assert newsextract.extract(html).tags == ("Helse", "Skole")
