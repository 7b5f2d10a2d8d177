"""A forum post's poster: the handle the board prints in the post's author line (phpBB's
"by <a class=username>", XenForo's and vBulletin's username links) is the author, though no
person's name in form; a name of words in such a line is still read as a name."""

from __future__ import annotations

import newsextract

_POST = (
    "<p>Planning a two-day trip in April with three friends, two of them new to moving water."
    " Last time we put in at the old bridge, but the access road washed out this winter.</p>"
    "<p>Has anyone been up there since January? Is the gravel bar below the campground still"
    " usable, or should we drive round to the ranger station?</p>"
)


def _page(author_line: str) -> str:
    return (
        '<html lang="en"><head><title>Best put-in spot? - River Forum</title></head><body>'
        f'<div class="post"><h3>Best put-in spot?</h3><p class="author">{author_line}</p>'
        f'<div class="content">{_POST}</div></div></body></html>'
    )


def test_the_poster_handle_of_a_phpbb_post_is_the_author() -> None:
    line = (
        'by <strong><a href="./memberlist.php?u=5521" class="username">paddlefish_77</a>'
        '</strong> » <time datetime="2025-03-03T14:20:00+00:00">Mon Mar 03, 2025 2:20 pm</time>'
    )
    assert newsextract.extract(_page(line)).authors == ("paddlefish_77",)


def test_a_username_link_of_several_words_reads_as_a_name() -> None:
    line = 'by <a href="/u/1" class="username">Jane Roe</a> » Mon Mar 03, 2025 2:20 pm'
    assert newsextract.extract(_page(line)).authors == ("Jane Roe",)


def test_a_sentence_in_a_username_link_is_no_handle() -> None:
    line = 'by <a href="/u/1" class="username">click here to log in</a>'
    assert newsextract.extract(_page(line)).authors == ()
