"""Two credits found by the blind67m probes: a site's users' or readers' reviews under a
product or a recipe ("user-reviews", "reader-reviews", a shop's customer reviews under
another word) are no place of the article's byline; and Korean's one-syllable label opens
a one-word name after its colon as after a space ("글: 김민수")."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page, filler


@pytest.mark.parametrize("box", ["user-reviews", "reader-reviews"])
def test_a_users_review_names_no_author(box: str) -> None:
    reviews = (
        f'<div class="{box}"><h3>Reviews</h3><div class="review"><span class="review-author">'
        "by John Dalton</span><p>Great bag, comfy.</p></div></div>"
    )
    page = article_page("en", "Trailpeak 40 backpack", filler("pack") + reviews)
    assert newsextract.extract(page, url="https://gear.example.com/r/pack").authors == ()


@pytest.mark.parametrize("line", ["글: 김민수", "필자: 김민수", "글 : 김민수", "글 김민수"])
def test_a_korean_label_before_its_colon(line: str) -> None:
    page = article_page("ko", "올레길 걷기", f"<div>{line}</div>" + filler("바다"))
    assert newsextract.extract(page, url="https://trip.example.kr/a/1").authors == ("김민수",)


def test_a_korean_label_glued_to_a_word_is_none() -> None:
    page = article_page("ko", "올레길 걷기", "<div>글김민수</div>" + filler("바다"))
    assert newsextract.extract(page, url="https://trip.example.kr/a/1").authors == ()
