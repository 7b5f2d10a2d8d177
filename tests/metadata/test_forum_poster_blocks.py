"""A forum thread's first post: the member's name in the poster block beside their rank,
post count and join date (SMF's "poster", phpBB's "postprofile"), and in phpBB 3.0's author
line before "»" and the post's time, where no <time> element holds it."""

from __future__ import annotations

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline

_TEXT = (
    "I had almost given up on the jar at the back of the fridge after three weeks of neglect"
    " and a grey layer on top.<br><br>Two feedings a day with rye flour and a warmer spot"
    " near the oven did more than any trick I had read about in the old threads here."
)


def _smf(name: str, extra: str, *, form: bool = True) -> str:
    post = (
        '<div class="windowbg"><div class="post_wrapper"><div class="poster">'
        f'<h4><a href="/index.php?action=profile;u=1">{name}</a></h4><ul class="reset smalltext">'
        f'{extra}</ul></div><div class="postarea"><div class="keyinfo"><h5>Starter revived</h5>'
        '<div class="smalltext">« <strong>on:</strong> December 3, 2018, 19:45:10 »</div></div>'
        f'<div class="post"><div class="inner">{_TEXT}</div></div></div></div></div>'
    )
    if form:
        post = f'<form action="/index.php?action=quickmod2" method="post">{post}</form>'
    return (
        '<html lang="en"><head><title>Starter revived</title></head><body>'
        '<div id="header"><h1 class="forumtitle"><a href="/">Crumb Forum</a></h1></div>'
        f'<div id="forumposts">{post}</div></body></html>'
    )


def test_smf_poster_block_gives_the_members_name() -> None:
    extra = '<li class="postgroup">Full Member</li><li class="postcount">Posts: 1,234</li>'
    for form in (True, False):
        assert newsextract.extract(_smf("Harriet Vossberg", extra, form=form)).authors == (
            "Harriet Vossberg",
        )


def test_smf_poster_block_gives_a_handle() -> None:
    extra = '<li class="postcount">Posts: 311</li>'
    assert newsextract.extract(_smf("crumb_queen", extra)).authors == ("crumb_queen",)


def test_a_poster_image_is_no_poster_block() -> None:
    page = (
        '<html lang="en"><head><title>Starter revived</title></head><body><article>'
        '<h1>Starter revived</h1><div class="video-poster"><b>Marta Lindqvist</b></div>'
        f"<p>{_TEXT}</p></article></body></html>"
    )
    assert newsextract.extract(page).authors == ()


def test_phpbb_30_author_line_without_time_element() -> None:
    line = "by Marigold Ashcombe » Mon Mar 04, 2024 10:15 am"
    assert split_byline(line, "en") == ["Marigold Ashcombe"]
    assert trim_byline(line) == "by Marigold Ashcombe"
    assert split_byline("von Hauke Brendel »", "de") == ["Hauke Brendel"]
    page = (
        '<html lang="en"><head><title>Tomato leaves curling</title></head><body>'
        '<div class="post"><h3>Tomato leaves curling</h3><p class="author">by <strong>'
        '<a href="./memberlist.php?mode=viewprofile&amp;u=57">Marigold Ashcombe</a></strong>'
        f' &raquo; Mon Mar 04, 2024 10:15 am</p><div class="content">{_TEXT}</div>'
        '<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=57">'
        "Marigold Ashcombe</a></dt><dd>Green Thumb</dd><dd><strong>Posts:</strong> 1,234</dd>"
        "<dd><strong>Joined:</strong> Tue Jun 12, 2018 8:01 pm</dd></dl></div></body></html>"
    )
    article = newsextract.extract(page)
    assert article.authors == ("Marigold Ashcombe",)
    assert article.byline == "by Marigold Ashcombe"
    # the post's time, in the author line alone (phpBB 3.0 prints no <time>)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-04T10:15:00"
