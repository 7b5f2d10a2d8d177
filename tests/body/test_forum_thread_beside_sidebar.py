"""A short forum thread beside the page's sidebar of rules: the sidebar's box of prose
outweighs the thread, yet the text is the thread's (``scoring._in_sidebar``)."""

from __future__ import annotations

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


def test_a_short_thread_beside_a_div_sidebar_of_rules_keeps_the_thread_only() -> None:
    body = _body(_thread("div"))
    assert "Kupiłam kilka sadzonek" in body
    assert "Regulamin forum" not in body


def test_a_sidebar_named_in_a_compound_is_no_sidebar() -> None:
    # a layout's wrapper of its main column ("page-sidebar-wrap") holds the text
    html = _thread("div").replace("class='container'", "class='page-sidebar-wrap'")
    html = html.replace("<div class='sidebar'>", "<div class='widget-area'>")
    assert "gałązkami świerku" in _body(html)


def test_a_page_whose_only_prose_is_in_the_sidebar_keeps_it() -> None:
    html = _thread("div").replace(
        "<div class='post-text'>Można, ale zabezpiecz je na zimę gałązkami świerku.</div>", ""
    )
    html = html.replace(
        "<div class='post-text'>Kupiłam kilka sadzonek lawendy na wyprzedaży. Czy posadzenie "
        "ich w październiku ma sens, czy lepiej poczekać do wiosny?</div>",
        "",
    )
    assert "Prosimy o kulturalne" in _body(html)
