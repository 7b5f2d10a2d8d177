"""Tags printed as a run of links after their label; a standfirst by its newsroom name."""

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


def test_a_standfirst_named_sapo_is_the_lead() -> None:
    sapo = "Hà Nội mở thêm ba tuyến xe buýt điện nối các khu đô thị mới với trung tâm từ tháng sau."
    text = (
        "<p>Đoạn văn đầu tiên của bài báo đủ dài để là văn xuôi, có dấu phẩy, và nhiều chữ.</p>"
        "<p>Đoạn văn thứ hai của bài báo cũng đủ dài để là văn xuôi, có dấu phẩy, và chữ.</p>"
    )
    html = (
        '<html lang="vi"><body><article><h1>Tiêu đề bài báo đủ dài để là tiêu đề</h1>'
        f'<p class="sapo">{sapo}</p>{text}</article></body></html>'
    )
    assert newsextract.extract(html).lead == sapo
