"""A forum poster's line, the name and the day the poster signed up ("lu_na_varanda Membro
desde 2023"), over each post of a thread is the thread's furniture: its year does not make
the posts a chronology whose dates are the text (``entries.with_chronology``). A timeline's
own dates are kept as before (``test_chronology``); the card it heads, the poster's tallies
under it one a line, stays out of the text. Invented threads (modelled on a Discourse-like
forum and a vBulletin one)."""

from __future__ import annotations

import newsextract
from newsextract.body.poster_lines import is_poster_card, is_poster_line

_POSTS = (
    ("lu_na_varanda", "Plantei tomate cereja em vaso na varanda e metade dos frutos racha."),
    ("seu_dito", "Quase sempre é rega irregular: a terra seca demais e depois você rega muito."),
    ("horta_da_bia", "Comigo foi igual, cobrir a terra com palha resolveu em duas semanas."),
)


def _thread(joined: str) -> str:
    posts = "".join(
        f"<div class='topic-post'><div class='topic-meta-data'><span class='username'><a "
        f"href='/u/{n}'>{user}</a></span><span class='user-joined'>{joined}</span></div><div "
        f"class='cooked'><p>{text}</p></div></div>"
        for n, (user, text) in enumerate(_POSTS)
    )
    return (
        "<html lang='pt'><head><title>Tomates rachando</title></head><body><h1>Tomates "
        f"rachando</h1><div class='post-stream'>{posts}</div></body></html>"
    )


def test_poster_lines_over_posts_stay_out() -> None:
    html = _thread("Membro desde 2023")
    body = newsextract.extract(html, url="https://forum.example.com.br/t/tomates/8").body
    assert "cobrir a terra com palha" in body and "Quase sempre é rega irregular" in body
    assert "Membro desde" not in body


def test_a_poster_line_is_a_label_and_a_date() -> None:
    assert is_poster_line("lu_na_varandaMembro desde 2023")
    assert is_poster_line("anna_k Joined: March 2021")
    assert is_poster_line("さいくる太郎登録日 2022年")
    assert not is_poster_line("He rejoined the club in 2019")
    assert not is_poster_line("I joined the club in 2019 and have grown tomatoes ever since")
    assert not is_poster_line("Joined forces with the neighbours")


def test_a_poster_line_is_no_word_going_on() -> None:
    """The label's word going on is an inflection in the text, not the label: a Bulgarian
    company "регистрирана 2011" was registered, no member joined."""
    assert is_poster_line("Регистриран: 03.2011")
    assert not is_poster_line("Фирмата е регистрирана 2011")


def test_a_poster_card_is_a_few_short_lines_one_a_poster_line() -> None:
    assert is_poster_card("Join Date: Mar 2011\nPosts: 2,304")
    assert is_poster_card("Регистриран: 03.2011\nМнения: 2 304")
    assert not is_poster_card("Posts: 2,304\nLocation: Leeds")
    assert not is_poster_card("I joined the club in 2019 and have grown tomatoes ever since")
    assert not is_poster_card("\n".join(["Joined: 2011", *(f"step {n}" for n in range(8))]))


def test_an_old_forum_table_cards_stay_out() -> None:
    """vBulletin's cell beside a post: the poster's name, sign-up day and post count in
    "smallfont" divs with no class naming them (blind67c's Bulgarian thread kept them)."""
    html = (
        "<html lang='en'><head><title>Moving hives</title></head><body><table class='tborder'>"
        "<tr><td class='alt2'><div class='bigusername'>old_beekeeper</div><div "
        "class='smallfont'>Join Date: Mar 2011<br>Posts: 2,304</div></td></tr><tr><td "
        "class='alt1'><div id='post_message_1'>You can, but only on a cold day, when the bees"
        " sit in their cluster.<br><br>Close the entrances the evening before and drive "
        "slowly.</div></td></tr></table></body></html>"
    )
    body = newsextract.extract(html, url="https://forum.example.com/showthread.php?t=1").body
    assert "You can, but only on a cold day" in body
    assert "Join Date" not in body and "Posts: 2,304" not in body
