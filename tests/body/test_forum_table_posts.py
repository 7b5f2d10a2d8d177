"""An old forum engine's table of posts (a row per post: the poster's card, a name over
"Joined: …" or "Posts: …", and the post) is read as its posts: the cards and the header row
go. A table whose short cells hold no label and figure (a timeline's years) stays a table.
Invented pages."""

from __future__ import annotations

import newsextract


def _page(rows: str) -> str:
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Which pond pump?</title></head>"
        "<body><div class='cookie-notice'><p>We use cookies to run this board. Accept all</p>"
        "<button>OK</button></div><header id='masthead'><a class='site-logo' href='/'>Logo</a>"
        "<nav class='menu'><ul><li><a href='/'>Forum index</a></li><li><a href='/faq'>FAQ</a>"
        "</li></ul></nav></header><div id='wrapper'><div id='content'>"
        "<div class='crumbs'><a href='/'>Home</a> » <a href='/garden'>Garden</a></div>"
        "<h1>Which pond pump for a small pond?</h1><div class='body'>"
        f"<table class='forumline'>{rows}</table></div>"
        "<div class='sharebar'>Share: Facebook X E-mail</div>"
        "<section class='related'><h3>More topics</h3><ul>"
        "<li><a href='/t/1'><span>Frogspawn in March already</span></a></li>"
        "<li><a href='/t/2'><span>Best plants for a shady bog garden</span></a></li></ul>"
        "</section></div><div id='side'><div class='widget newsletter'><p>Get the board's "
        "weekly digest.</p><form><input type='email'><button>OK</button></form></div></div></div>"
        "<footer class='site-footer'><p>Powered by an invented board engine.</p></footer>"
        "</body></html>"
    )


_POSTS = (
    "<tr><th>Author</th><th>Message</th></tr>"
    "<tr><td><b>pondkeeper</b><br>Joined: 02 Jan 2024<br>Posts: 12</td>"
    "<td><span class='postbody'>My pond holds about two thousand litres and sits in full "
    "sun for most of the day. Which pump would you buy to run a small filter and a fountain "
    "without much noise?</span></td></tr>"
    "<tr><td><b>old_carp</b><br>Joined: 11 May 2019<br>Posts: 804</td>"
    "<td>Take one rated for twice the pond's volume an hour, as the filter and the hose "
    "halve its flow. Mine runs at forty watts and you cannot hear it from the terrace.</td></tr>"
    "<tr><td><b>reed_bed</b><br>Joined: 30 Aug 2021<br>Posts: 57</td>"
    "<td>Keep the pump off the bottom on a brick or two, or the silt will clog its intake "
    "within a month. A cheap basket around it keeps the leaves out in the autumn as well.</td>"
    "</tr>"
    "<tr><td><b>pondkeeper</b><br>Joined: 02 Jan 2024<br>Posts: 13</td>"
    "<td>Thanks, that is what I did in the end.</td></tr>"
)


def test_a_forum_table_is_read_as_its_posts() -> None:
    body = newsextract.extract(_page(_POSTS), url="https://ponds.example.org/t/88").body or ""
    assert body.split("\n\n")[-4:] == [
        "My pond holds about two thousand litres and sits in full sun for most of the day. "
        "Which pump would you buy to run a small filter and a fountain without much noise?",
        "Take one rated for twice the pond's volume an hour, as the filter and the hose halve "
        "its flow. Mine runs at forty watts and you cannot hear it from the terrace.",
        "Keep the pump off the bottom on a brick or two, or the silt will clog its intake "
        "within a month. A cheap basket around it keeps the leaves out in the autumn as well.",
        "Thanks, that is what I did in the end.",
    ]
    assert "Joined" not in body and "Author | Message" not in body


def test_a_timeline_table_keeps_its_years() -> None:
    rows = (
        "<tr><th>Year</th><th>Event</th></tr>"
        "<tr><td>1911</td><td>The first pond of the garden is dug by the estate's gardeners, "
        "who line it with puddled clay carted from the river meadows below the house.</td></tr>"
        "<tr><td>1934</td><td>A fountain is added and the pond is lined with clay again.</td></tr>"
        "<tr><td>1987</td><td>The storm fells the oak beside the pond and fills it with silt."
        "</td></tr>"
    )
    body = newsextract.extract(_page(rows), url="https://ponds.example.org/history").body or ""
    assert "1911 | The first pond" in body
