"""A heading that is a ``<title>``'s part without the kicker or label opening it is the
page's headline: a shop's bracketed label ("【送料無料】", free shipping) or an event page's
kind ("Sự kiện:") is the ``<title>``'s, not the name the page shows (invented pages)."""

from __future__ import annotations

import newsextract

_TEXT = "<p>" + "Ein Absatz mit genug Worten, um als Text der Seite zu gelten. " * 6 + "</p>"


def _page(lang: str, title: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}{_TEXT}</body></html>"
    )


def test_bracketed_label_before_product_name() -> None:
    html = _page(
        "ja",
        "【送料無料】手作り木のスプーン｜きらめき雑貨店",
        '<h1><a href="/"><img alt="きらめき雑貨店"></a></h1>'
        '<div class="item"><h2 class="item-name">手作り木のスプーン</h2></div>',
    )
    assert newsextract.extract(html, url="https://kirameki.example.jp/items/12").title == (
        "手作り木のスプーン"
    )


def test_page_kind_label_before_event_name() -> None:
    html = _page(
        "vi",
        "Sự kiện: Hội chợ hoa xuân 2024 - Nhà Vườn",
        '<div class="event"><h2 class="title">Hội chợ hoa xuân 2024</h2></div>',
    )
    assert newsextract.extract(html, url="https://nhavuon.example.vn/su-kien/hoi-cho").title == (
        "Hội chợ hoa xuân 2024"
    )


def test_label_the_heading_shares_stays() -> None:
    """A heading that shows the label too is the title as it is."""
    html = _page(
        "en",
        "Update: Ferry timetable changes in spring - Harbour Post",
        '<div class="story"><h2 class="title">Update: Ferry timetable changes in spring</h2></div>',
    )
    got = newsextract.extract(html, url="https://harbourpost.example.com/ferry").title
    assert got == "Update: Ferry timetable changes in spring"


def test_short_name_after_a_bracketed_shop_name() -> None:
    """A short headline (under the 12 characters a headline needs to agree inside a longer
    title) agrees with a title that is it behind a bracketed label: "[솔빛공방]", the shop's
    own name, before its product's."""
    html = _page(
        "ko",
        "[솔빛공방] 원목 도마 세트 : 솔빛공방",
        '<header><a href="/"><img alt="솔빛공방"></a></header>'
        '<div class="product"><h2 class="name">원목 도마 세트</h2></div>',
    )
    got = newsextract.extract(html, url="https://solbit.example.kr/product/12").title
    assert got == "원목 도마 세트"
