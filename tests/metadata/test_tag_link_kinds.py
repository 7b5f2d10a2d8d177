"""Tag links beyond rel=tag and labels. Tags shown as hashtag chips ("<a class=chip>#Mostar</a>"),
without rel=tag, a label or a topic address, are the article's tags as the page writes them;
a hashtag in a sentence, a numbered table of contents and a lone hashtag link are not.
And rel=tag links to category pages are the categories."""

from __future__ import annotations

from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://news.example/2025/04/most"


def chips(*texts: str, href: str = "/t/") -> str:
    links = "".join(f'<a class="chip" href="{href}{i}">{t}</a>' for i, t in enumerate(texts))
    return f'<div class="tag-list">{links}</div>'


def test_hashtag_chips_are_tags() -> None:
    html = article_page("bs", "Most", filler("most") + chips("#Mostar", "#Turizam", "#Mostovi"))
    article = newsextract.extract(html, URL)
    assert article.tags == ("#Mostar", "#Turizam", "#Mostovi")
    assert article.provenance["tags"] == "html:hashtag-links"


def test_full_width_number_signs_on_cjk_pages() -> None:
    html = article_page("ja", "新しい橋", filler("橋") + chips("＃金沢", "＃美術館"))
    assert newsextract.extract(html, URL).tags == ("＃金沢", "＃美術館")


def test_hashtags_in_a_sentence_are_mentions() -> None:
    prose = '<p>Heute im Netz: <a href="/t/1">#Mostar</a> und <a href="/t/2">#Brücke</a>.</p>'
    html = article_page("de", "Brücke", filler("Brücke") + prose)
    assert newsextract.extract(html, URL).tags == ()


def test_a_numbered_table_of_contents_is_no_tag_list() -> None:
    contents = chips("#1 Spielebogen", "#2 Steckturm", href="#s")
    html = article_page("de", "Spiele", contents + filler("Spiel"))
    assert newsextract.extract(html, URL).tags == ()


def test_hashtags_linked_to_a_bare_number_sign_are_tags() -> None:
    """A platform's hashtag chips handled by a script (href="#"): no link within the page."""
    links = "".join(f'<a class="item" href="#">{t}</a>' for t in ("#시장", "#여행"))
    html = article_page("ko", "시장", filler("시장") + f'<div class="post_tag">{links}</div>')
    assert newsextract.extract(html, URL).tags == ("#시장", "#여행")


def test_a_number_sign_in_its_own_element_opens_the_hashtag() -> None:
    signed = [f'<span class="prefix">#</span>{t}' for t in ("python", "cli")]
    html = article_page("en", "CLI", filler("cli") + chips(*signed))
    assert newsextract.extract(html, URL).tags == ("#python", "#cli")


def test_two_labelled_lists_on_one_line_are_each_their_labels() -> None:
    line = (
        '<div class="tags-box"><span class="label">分类专栏：</span><a href="/c/1">Python 实战</a>'
        '<span class="label">文章标签：</span><a href="/s/1">python</a>'
        '<a href="/s/2">日志</a></div>'
    )
    article = newsextract.extract(article_page("zh", "日志", filler("日志") + line), URL)
    assert article.tags == ("python", "日志")
    assert article.categories == ("Python 实战",)


def test_one_hashtag_link_is_no_list() -> None:
    html = article_page("en", "Bridge", filler("bridge") + chips("#bridges"))
    assert newsextract.extract(html, URL).tags == ()


def test_rel_tag_links_to_category_pages_are_categories() -> None:
    """A theme marking its category links rel=tag ("Kategorien: <a rel=tag
    href=/category/laender/>"): those are the categories, the other rel=tag links the tags."""
    footer = (
        '<footer class="entry-footer"><span>Kategorien:</span> '
        '<a href="/category/gesellschaft/" rel="tag">Gesellschaft</a>, '
        '<a href="/category/sri-lanka/" rel="tag">Sri Lanka</a><br><span>Schlagwörter:</span> '
        '<a href="/tag/alltag/" rel="tag">Alltag</a>, '
        '<a href="/tag/sri-lanka/" rel="tag">Sri Lanka</a>'
        "</footer>"
    )
    article = newsextract.extract(article_page("de", "Sri Lanka", filler("Lanka") + footer), URL)
    assert article.tags == ("Alltag", "Sri Lanka")
    assert article.categories == ("Gesellschaft", "Sri Lanka")
