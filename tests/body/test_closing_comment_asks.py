"""A closing invitation to comment ("What do you think? Leave your comment below.",
``reader_asks.toml``'s ``comment`` group) stays: the dev truths keep it as the writer's last
word. It does not end the text for the tail trim: an author's bio set between the text and
it goes; a heading or a paragraph of the text before it stays."""

from __future__ import annotations

import newsextract
from newsextract.body.reader_asks import holds_ask_words, is_comment_ask, is_edge_ask

_PARAGRAPHS = [
    "The ferry between Holm and the mainland will run every forty minutes from Monday, the "
    "harbour board said on Tuesday, after a second boat was leased for the summer.",
    "Islanders had asked for more crossings for years, as the single boat was often full by "
    "the morning and commuters had to wait for the afternoon sailing.",
    "The leased boat carries 120 passengers and twenty cars and will stay until October, "
    "when the board will decide whether to buy it.",
]
_ASK = "What do you think of the new timetable? Leave your comment below."


def _body(*closing: str) -> str:
    html = (
        "<html lang='en'><head><title>More ferries for Holm</title></head><body><article>"
        "<h1>More ferries for Holm</h1>"
        + "".join(f"<p>{p}</p>" for p in (*_PARAGRAPHS, *closing))
        + "</article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/holm-ferry").body or ""


def test_comment_ask_is_never_dropped_by_its_words() -> None:
    assert is_comment_ask(_ASK)
    assert not is_edge_ask(_ASK, closing=True)
    assert not holds_ask_words(_ASK)
    assert is_comment_ask("O que você achou desta notícia? Deixe seu comentário abaixo.")


def test_closing_comment_ask_stays() -> None:
    body = _body(_ASK)
    assert "decide whether to buy it" in body
    assert _ASK in body


def test_bio_before_a_closing_comment_ask_goes() -> None:
    bio = "Jane Roe is a transport reporter at Example News."
    body = _body(bio, _ASK)
    assert bio not in body
    assert body.rstrip().endswith(_ASK)


def test_text_before_a_closing_comment_ask_stays() -> None:
    body = _body("What happens in October?", _ASK)
    assert "What happens in October?" in body
    assert _ASK in body
