"""A forum post's member named by a handle in an element whose whole class is "post-author"
or "post_author" (issue 12, found by the blind probe): the first post's poster, as phpBB's
"postauthor" was; not a handle that names no member (a placeholder, the site's own name).
Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.test_blind_meta_probes import TEXTS
from tests.metadata.title_pages import page, paragraphs

import newsextract


def _thread(lang: str, cls: str, first: str, second: str = "ate_lorna") -> str:
    """A board's thread: two posts, each its poster's element and its date."""
    posts = "".join(
        f'<div class="post"><div class="{cls}"><a href="/u/{n}">{who}</a></div>'
        f'<div class="post-date">2024-03-1{n}</div>'
        f'<div class="post-body">{paragraphs(TEXTS[lang]) if n == 2 else "<p>…</p>"}</div></div>'
        for n, who in ((2, first), (4, second))
    )
    return page(
        lang,
        "Topic - Forum",
        "",
        '<header><a class="logo" href="/">Forum</a></header>'
        f'<div id="content"><h1 class="thread-title">Topic</h1>{posts}</div>',
    )


@pytest.mark.parametrize(
    ("lang", "cls", "handle"),
    [
        ("tl", "post-author", "ka_berto"),
        ("vi", "post_author", "minhtuan_hn"),
        ("sw", "post-author", "mwanamto77"),
    ],
)
def test_a_post_author_handle_is_the_poster(lang: str, cls: str, handle: str) -> None:
    article = newsextract.extract(
        _thread(lang, cls, handle), url="https://usapang.ph/thread/4471-bagong-tulay"
    )
    assert article.authors == (handle,)


def test_the_site_name_as_a_handle_is_no_member() -> None:
    """A board's announcements, posted by its own account: no person's."""
    article = newsextract.extract(
        _thread("tl", "post-author", "usapangbayan", "usapangbayan"),
        url="https://usapangbayan.ph/thread/4471-bagong-tulay",
    )
    assert article.authors == ()


def test_a_blog_post_author_with_a_name_is_read_as_before() -> None:
    article = newsextract.extract(_thread("tl", "post-author vcard", "Berto Cruz", "Lorna Reyes"))
    assert article.authors == ("Berto Cruz",)
