"""Round 13 (issue 11): a forum laid out as one table, a row per post. The first post, its
cell broken by <br>s, is walked as a container and chosen as the best one; the other posts
are rows read whole. Rows of that table with a cell of prose, and the other rows of their
width however short, join the region as loose blocks; the header row and rows of another
width (a row of links) do not."""

from __future__ import annotations

import newsextract

_FIRST = (
    "Since last week the heating upstairs gurgles all night.<br>I bled the radiators and "
    "the pressure reads 1.2 bar on the gauge in the boiler cupboard.<br>Any ideas?"
)
_REPLY = (
    "For a house with an upper floor 1.2 bar is too low. Top it up to about 1.8 bar, then "
    "bleed every radiator once more, from the bottom floor up."
)
_SHORT = "Thanks, that did it!"


def _page() -> str:
    def row(name: str, text: str) -> str:
        return (
            f"<tr><td class='row'><b>{name}</b></td><td class='row'><span class='when'>"
            f"Posted 14.02.2024</span><hr><span class='postbody'>{text}</span></td></tr>"
        )

    return (
        "<html lang='en'><body><table><tr><td><a href='/'>Forum</a> » <a href='/f'>Heating"
        "</a></td></tr></table><table class='forumline'><tr><th>Author</th><th>Message</th>"
        f"</tr>{row('heater77', _FIRST)}{row('fitter_k', _REPLY)}{row('heater77', _SHORT)}"
        "<tr><td colspan='2'><a href='/new'>New topic</a> <a href='/reply'>Reply</a></td>"
        "</tr></table></body></html>"
    )


def test_every_post_of_a_table_laid_out_thread_is_read() -> None:
    body = newsextract.extract(_page()).body or ""
    assert "heating upstairs gurgles all night" in body
    assert "Top it up to about 1.8 bar" in body
    assert _SHORT in body


def test_the_header_row_and_a_row_of_links_stay_out() -> None:
    body = newsextract.extract(_page()).body or ""
    assert "Author | Message" not in body
    assert "New topic" not in body
