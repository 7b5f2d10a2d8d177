"""A forum poster's line, the name and the day the poster signed up ("lu_na_varanda Membro
desde 2023"), over each post of a thread is the thread's furniture: its year does not make
the posts a chronology whose dates are the text (``entries.with_chronology``). A timeline's
own dates are kept as before (``test_chronology``). Invented thread (modelled on a
Discourse-like forum)."""

from __future__ import annotations

import newsextract
from newsextract.body.poster_lines import is_poster_line

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
