"""A forum laid out as a table (one row per post: the poster's cell, then the post's cell)
keeps the posts and drops the poster's join date and post count ("postdetails")."""

from __future__ import annotations

import newsextract


def _row(user: str, details: str, text: str) -> str:
    return (
        f"<tr><td class='profile'><b class='postauthor'>{user}</b><br><span "
        f"class='postdetails'>{details}</span></td><td class='postbody-cell'><div "
        f"class='postbody'>{text}</div></td></tr>"
    )


def test_table_forum_keeps_posts_not_poster_details() -> None:
    html = (
        "<html lang='en'><head><title>Battery for an old motorbike? | Example Board</title>"
        "</head><body><div id='wrap'><h1>Battery for an old motorbike?</h1>"
        "<table class='forumline'><tr><th>Author</th><th>Message</th></tr>"
        + _row(
            "mark77",
            "Joined: 12 Mar 2019<br>Posts: 120",
            "My 1988 motorbike's battery no longer holds a charge overnight. Which new one "
            "should I buy?",
        )
        + _row(
            "old_rider",
            "Joined: 3 Jan 2015<br>Posts: 4410",
            "Check the capacity printed on the old case; twelve amp hours is usually enough."
            "<br><br>A gel battery costs more but never needs topping up with water.",
        )
        + "</table></div><footer><p>Powered by an example board</p></footer></body></html>"
    )
    body = newsextract.extract(html, url="https://forum.example/t/412").body or ""
    assert "holds a charge overnight" in body
    assert "twelve amp hours" in body
    assert "never needs topping up" in body
    assert "Posts: 4410" not in body
    assert "Joined: 3 Jan 2015" not in body
