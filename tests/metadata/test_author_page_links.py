"""A link to the author's page is a byline even without a byline's class or rel=author: a
theme's "View all posts by Rebecca Holt" under the article; a teaser's, in a sidebar, is not."""

from __future__ import annotations

from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://news.example/2025/04/harbor-plan"


def test_a_link_to_the_authors_page_names_the_author() -> None:
    link = '<a href="/author/rebecca-holt/">View all posts by Rebecca Holt</a>'
    footer = f'<div class="post-footer">{link}</div>'
    article = newsextract.extract(article_page("en", "Harbor plan", filler("harbor") + footer), URL)
    assert article.authors == ("Rebecca Holt",)


def test_a_teasers_author_link_in_a_sidebar_is_not() -> None:
    aside = '<aside><a href="/author/greg-lawson/">Greg Lawson</a></aside>'
    article = newsextract.extract(article_page("en", "Harbor plan", filler("harbor") + aside), URL)
    assert article.authors == ()


def test_a_chinese_papers_own_reporter_label() -> None:
    inner = f'<p class="author">本报记者 王晓明</p>{filler("公园")}'
    article = newsextract.extract(article_page("zh", "杭州新建公园", inner), URL)
    assert article.authors == ("王晓明",)


def test_a_writer_the_text_mentions_is_no_byline() -> None:
    mention = '<p>As <a href="/author/greg-lawson/">Greg Lawson</a> wrote last week, it rained.</p>'
    byline = '<div class="author">Rebecca Holt</div>'
    html = article_page("en", "Harbor plan", mention + filler("harbor") + byline)
    assert newsextract.extract(html, URL).authors == ("Rebecca Holt",)
