"""Page kinds the dev sets lack, written as probes and kept where they still fail:
each is a strict xfail naming the class, so the fix that makes it pass says so."""

from __future__ import annotations

import pytest

import newsextract

_RULES = "".join(
    f"<p>{text}</p>"
    for text in (
        "Prosimy o kulturalne wypowiedzi i szacunek dla innych uczestników dyskusji, "
        "niezależnie od poziomu doświadczenia ogrodniczego.",
        "Zabronione jest zamieszczanie reklam, linków do sklepów internetowych oraz treści "
        "niezwiązanych z tematyką forum bez zgody moderatora.",
        "Przed założeniem nowego tematu skorzystaj z wyszukiwarki, ponieważ wiele pytań "
        "zostało już wyczerpująco omówionych w archiwum.",
    )
)


def _thread(sidebar_tag: str) -> str:
    return (
        "<html lang='pl'><head><title>Czy mogę sadzić lawendę jesienią?</title></head><body>"
        "<div class='site-header'><a href='/'>Forum Ogrodnicze</a></div><div class='container'>"
        "<div id='main' class='content'><div class='thread'><h1>Czy mogę sadzić lawendę "
        "jesienią?</h1><div class='post'><div class='post-author'>ogrodniczka_ewa</div>"
        "<div class='post-text'>Kupiłam kilka sadzonek lawendy na wyprzedaży. Czy posadzenie "
        "ich w październiku ma sens, czy lepiej poczekać do wiosny?</div></div>"
        "<div class='post'><div class='post-author'>zielony_kciuk</div><div class='post-text'>"
        "Można, ale zabezpiecz je na zimę gałązkami świerku.</div></div></div></div>"
        f"<{sidebar_tag} class='sidebar'><div class='forum-rules'><h3>Regulamin forum</h3>"
        f"{_RULES}</div></{sidebar_tag}></div></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://forum.example.pl/t/lawenda").body


def test_a_short_thread_beside_an_aside_of_rules_keeps_the_thread_only() -> None:
    body = _body(_thread("aside"))
    assert "Kupiłam kilka sadzonek" in body and "gałązkami świerku" in body
    assert "Regulamin forum" not in body


@pytest.mark.xfail(
    strict=True,
    reason="the region's best container is the sidebar's box of prose when the sidebar is a "
    "<div> named 'sidebar' and the page's text (a short thread) is shorter",
)
def test_a_short_thread_beside_a_div_sidebar_of_rules_keeps_the_thread_only() -> None:
    body = _body(_thread("div"))
    assert "Kupiłam kilka sadzonek" in body
    assert "Regulamin forum" not in body
