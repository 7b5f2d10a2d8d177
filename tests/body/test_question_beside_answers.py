"""A question in a box of its own before its answers' box (round 49): it joins the text
however short, as the post the thread answers; the posters' cards and log-in boxes go."""

from __future__ import annotations

import newsextract
from newsextract.body.class_names import class_weight

_URL = "https://ask.example.org/questions/1/item"


def _body(html: str) -> str:
    return newsextract.extract(html, url=_URL).body or ""


def _answers(*answers: tuple[str, str, str]) -> str:
    return "".join(
        f"<div class='answer'><div class='votes'>{votes}</div><p>{text}</p><div "
        f"class='user'>{user}</div></div>"
        for votes, text, user in answers
    )


def test_a_short_question_before_a_thread_of_answers_joins() -> None:
    html = (
        "<html><body><main><h1>Why does the gate squeak?</h1><div class='question'><p>Our "
        "garden gate squeaks at every opening. What oil works?</p></div><div "
        "class='answers'>"
        + _answers(
            ("7", "A drop of light machine oil on each hinge pin stops it for months.", "by Lin"),
            ("2", "Lift the gate off its hinges and clean the rust off the pins first.", "by Oz"),
        )
        + "</div></main></body></html>"
    )
    body = _body(html)
    assert body.startswith("Our garden gate squeaks at every opening.")
    assert "A drop of light machine oil" in body
    assert "clean the rust off the pins" in body
    assert "by Lin" not in body
    assert "by Oz" not in body


def test_a_box_before_paragraph_wrappers_is_no_question() -> None:
    # One paragraph a wrapper: the text's own template, no thread of posts; the short box
    # before it (a standfirst's kicker line here) stays out as before.
    html = (
        "<html><body><main><h1>Bridge closes</h1><div class='kicker'><p>Roads.</p></div><div "
        "class='text'>"
        + "".join(
            f"<div class='para'><p>The old bridge closes for repairs on day {n} of the month "
            "and the ferry runs every twenty minutes instead.</p></div>"
            for n in range(1, 4)
        )
        + "</div></main></body></html>"
    )
    assert "Roads." not in _body(html)


def test_a_user_content_box_is_text() -> None:
    # "user" as a whole name is a poster's card; "user-content" holds what was written.
    html = (
        "<html><body><main><h1>Notes</h1><div class='markdown-body user-content'><p>The "
        "library opens at nine on weekdays and at ten on Saturdays from next month on.</p><p>"
        "Returns go in the box by the side door when the desk is closed.</p></div></main>"
        "</body></html>"
    )
    body = _body(html)
    assert "The library opens at nine" in body
    assert "Returns go in the box" in body


def test_an_accepted_answers_mark_alone_on_a_line_goes() -> None:
    # The label a Q&A site sets over the answer its asker took, in the page's language.
    html = (
        "<html lang='de'><body><main><h1>Warum quietscht das Tor?</h1><div class='question'>"
        "<p>Unser Gartentor quietscht bei jedem Öffnen. Welches Öl hilft?</p></div><div "
        "class='answers'><div class='answer'><div class='mark'>Beste Antwort</div><p>Ein "
        "Tropfen Nähmaschinenöl auf jeden Scharnierbolzen hilft für Monate.</p><div "
        "class='votes'>7</div></div><div class='answer'><p>Die Bolzen vorher vom Rost "
        "befreien, sonst quietscht es bald wieder.</p><div class='votes'>2</div></div></div>"
        "</main></body></html>"
    )
    body = _body(html)
    assert "Unser Gartentor quietscht" in body
    assert "Ein Tropfen Nähmaschinenöl" in body
    assert "Beste Antwort" not in body


def test_poster_cards_and_log_in_boxes_are_named_as_furniture() -> None:
    for names in ("user", "a-user", "username", "user-card", "ClapLv1UserInfo", "login-box"):
        assert class_weight(names) < 0, names
    assert class_weight("markdown-body user-content") >= 0
