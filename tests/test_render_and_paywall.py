from __future__ import annotations

import pytest

import newsextract
from newsextract import Block, BlockKind

ARTICLE = """<html lang="en"><head><title>Rates</title></head><body><article>
<h1>Rates rise again</h1>
<p>The central bank raised its main rate on Thursday, the third rise this year.</p>
<h2>What changes for borrowers</h2>
<p>Mortgage holders on variable rates will pay more from next month, lenders said.</p>
<ul><li>Variable mortgages: up 0.25 points</li><li>Savings: most banks follow</li></ul>
<blockquote><p>We will do what it takes to bring inflation down, the governor said.</p></blockquote>
<p>Markets had expected the move & priced it in weeks ago, analysts said on Thursday.</p>
</article></body></html>"""


def test_markdown_and_html_keep_the_structure() -> None:
    article = newsextract.extract(ARTICLE)
    markdown = article.body_markdown()
    assert "## What changes for borrowers" in markdown
    assert "- Variable mortgages: up 0.25 points\n- Savings: most banks follow" in markdown
    assert "> We will do what it takes" in markdown
    html = article.body_html()
    assert "<h2>What changes for borrowers</h2>" in html
    assert "<ul>\n<li>Variable mortgages: up 0.25 points</li>" in html
    assert "move &amp; priced" in html
    assert "<script" not in html and "class=" not in html


def test_rendering_blocks_directly() -> None:
    article = newsextract.Article(
        body_blocks=(
            Block(kind=BlockKind.PARAGRAPH, text="a *b* [c]"),
            Block(kind=BlockKind.TABLE_ROW, text="Team | Points", cells=("Team", "Points")),
            Block(kind=BlockKind.TABLE_ROW, text="Reds | 3", cells=("Reds", "3")),
        )
    )
    assert (
        article.body_markdown()
        == "a \\*b\\* \\[c\\]\n\n| Team | Points |\n| --- | --- |\n| Reds | 3 |"
    )
    assert "<tbody>\n<tr><td>Team</td><td>Points</td></tr>" in article.body_html()


def test_a_row_without_cells_is_one_cell_never_split_on_its_text() -> None:
    article = newsextract.Article(
        body_blocks=(Block(kind=BlockKind.TABLE_ROW, text="Team | Points"),)
    )
    assert article.body_markdown() == "| Team \\| Points |\n| --- |"


def _page(extra_head: str = "", extra_body: str = "") -> str:
    return (
        f"<html><head>{extra_head}</head><body><article><h1>A headline for the test</h1>"
        f"<p>{'Words of the article teaser go here. ' * 8}</p>{extra_body}</article></body></html>"
    )


def test_free_article_is_not_paywalled() -> None:
    assert newsextract.extract(_page()).is_paywalled is False


def test_paywall_from_structured_data() -> None:
    block = '{"@type": "NewsArticle", "headline": "A", "isAccessibleForFree": "False"}'
    page = _page(f'<script type="application/ld+json">{block}</script>')
    article = newsextract.extract(page)
    assert article.is_paywalled is True
    assert article.provenance["is_paywalled"] == "jsonld:isAccessibleForFree"


def test_paywall_from_content_tier_and_markup() -> None:
    tier = '<meta property="article:content_tier" content="locked">'
    assert newsextract.extract(_page(tier)).is_paywalled is True
    box = '<div class="paywall-box"><p>Subscribe to continue reading.</p></div>'
    assert newsextract.extract(_page(extra_body=box)).is_paywalled is True


def test_paywall_from_a_body_shorter_than_its_word_count() -> None:
    block = '{"@type": "NewsArticle", "headline": "A", "wordCount": 1200}'
    page = _page(f'<script type="application/ld+json">{block}</script>')
    assert newsextract.extract(page).is_paywalled is True


def test_paywall_from_the_part_json_ld_marks_not_free() -> None:
    block = (
        '{"@type": "NewsArticle", "headline": "A", "hasPart": {"@type": "WebPageElement", '
        '"isAccessibleForFree": false, "cssSelector": ".paywalled"}}'
    )
    article = newsextract.extract(_page(f'<script type="application/ld+json">{block}</script>'))
    assert article.is_paywalled is True
    assert article.provenance["is_paywalled"] == "jsonld:hasPart.isAccessibleForFree"


@pytest.mark.parametrize(
    "box",
    [
        '<div id="poool-widget"></div>',
        '<div id="laterpay-widget"><p>Buy this article.</p></div>',
        '<div class="piano-offer"><p>Subscribe.</p></div>',
    ],
)
def test_paywall_vendors_widgets_are_paywall_markup(box: str) -> None:
    article = newsextract.extract(_page(extra_body=box))
    assert article.is_paywalled is True
    assert article.provenance["is_paywalled"] == "html:paywall-markup"


def test_paywall_markup_on_a_page_declared_free_is_the_templates() -> None:
    block = '{"@type": "NewsArticle", "headline": "A", "isAccessibleForFree": true}'
    head = f'<script type="application/ld+json">{block}</script>'
    article = newsextract.extract(_page(head, extra_body='<div class="paywall" hidden></div>'))
    assert article.is_paywalled is False
    # A locked tier is the page's own statement, not a template's leftover.
    tier = '<meta property="article:content_tier" content="locked">'
    assert newsextract.extract(_page(head + tier)).is_paywalled is True


def test_a_class_naming_a_topic_is_no_paywall() -> None:
    tags = '<div class="tags"><a class="tag-paywall" href="/tag/paywall">paywall</a></div>'
    assert newsextract.extract(_page(extra_body=tags)).is_paywalled is False


def test_a_chinese_body_its_word_count_in_characters_is_not_paywalled() -> None:
    """A Chinese page declares its length in characters; its body, with no spaces, is one
    'word' between spaces: it is counted as ``word_count`` counts it."""
    text = "江城火车站日均发送旅客超过八万人次，比去年同期增长百分之十二。" * 6
    block = f'{{"@type": "NewsArticle", "headline": "A", "wordCount": {len(text)}}}'
    page = (
        '<html lang="zh"><head><script type="application/ld+json">'
        f"{block}</script></head><body><article><h1>江城火车站</h1><p>{text}</p>"
        "</article></body></html>"
    )
    assert newsextract.extract(page).is_paywalled is False
