"""A tag list of one item that a later source's longer list holds is that list's summary
(the main topic), not the page's tags: the longer list is (resolve._narrowed)."""

from __future__ import annotations

import newsextract


def _page(article_tags: list[str], keywords: str) -> str:
    tags = "".join(f'<meta property="article:tag" content="{tag}">' for tag in article_tags)
    return f"""<html lang="vi"><head><title>Ho kéo dài - Báo Gia Đình</title>{tags}
    <meta name="news_keywords" content="{keywords}"></head><body><article>
    <h1>Ho kéo dài, đi khám phát hiện bệnh lạ</h1>
    <p>Người đàn ông bị đau bụng nhiều tháng, đi khám thì bác sĩ phát hiện bệnh hiếm gặp.</p>
    <p>Các bác sĩ khuyên người dân không nên chủ quan với những cơn đau kéo dài.</p>
    </article></body></html>"""


URL = "https://suckhoe.example.vn/dau-bung-keo-dai-123.html"


def test_a_one_item_tag_list_gives_way_to_the_longer_list_holding_it() -> None:
    page = _page(["Rối loạn tiêu hóa"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa")
    article = newsextract.extract(page, url=URL)
    assert article.tags == ("ung thư ruột non", "đau bụng", "rối loạn tiêu hóa")


def test_a_one_item_list_the_longer_one_does_not_hold_stays() -> None:
    page = _page(["Sức khỏe"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa")
    assert newsextract.extract(page, url=URL).tags == ("Sức khỏe",)


def test_a_list_of_two_items_inside_a_longer_one_stays() -> None:
    page = _page(["đau bụng", "rối loạn tiêu hóa"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa")
    assert newsextract.extract(page, url=URL).tags == ("đau bụng", "rối loạn tiêu hóa")
