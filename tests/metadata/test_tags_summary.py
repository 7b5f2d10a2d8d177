"""A tag list of one item that a later source's longer list holds is that list's summary
(the main topic), not the page's tags: the longer list is (list_agreement.narrowed)."""

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


def test_a_one_item_list_the_news_keywords_do_not_hold_gives_way_to_them() -> None:
    # The one item is the taxonomy's term ("Sức khỏe", Health), the news_keywords the story's
    # (wave 74: one fundus page of each half gained, none lost; it stayed before).
    page = _page(["Sức khỏe"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa")
    assert newsextract.extract(page, url=URL).tags == (
        "ung thư ruột non",
        "đau bụng",
        "rối loạn tiêu hóa",
    )


def test_a_one_item_list_another_source_repeats_stays() -> None:
    # Two sources giving the one item alike (the JSON-LD keywords and the article:tag) say it
    # is the tag list, whatever the news_keywords hold.
    page = _page(["Sức khỏe"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa").replace(
        "</head>",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"keywords": "Sức khỏe"}</script></head>',
    )
    assert newsextract.extract(page, url=URL).tags == ("Sức khỏe",)


def test_a_one_item_list_beside_a_plain_keywords_meta_stays() -> None:
    # Only news_keywords is a story's list by its purpose; a plain keywords meta is often the
    # site's terms.
    page = _page(["Sức khỏe"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa").replace(
        'name="news_keywords"', 'name="keywords"'
    )
    assert newsextract.extract(page, url=URL).tags == ("Sức khỏe",)


def test_a_list_of_two_items_inside_a_longer_one_stays() -> None:
    page = _page(["đau bụng", "rối loạn tiêu hóa"], "ung thư ruột non, đau bụng, rối loạn tiêu hóa")
    assert newsextract.extract(page, url=URL).tags == ("đau bụng", "rối loạn tiêu hóa")
