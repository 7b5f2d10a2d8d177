"""Page kinds of a held-out probe round: a changelog's last release under its heading, an
AMP page's ad fallback, an e-mail's preview line over its web copy, a mailing list's leave
line under an archived message."""

from __future__ import annotations

import newsextract


def _body(html: str, url: str = "https://docs.example/notes") -> str:
    return newsextract.extract(html, url=url).body or ""


def test_last_release_under_its_heading_is_read() -> None:
    # A Ukrainian changelog: its last release, one change under its heading, was left out
    # of the region (a bare list after the text), and its heading went with no text.
    html = (
        "<html lang='uk'><body><section class='page'><h1>Примітки до випуску 5.1</h1>"
        "<h2 id='v5-1-0'>5.1.0 <small>— 3 травня 2025</small></h2><h3>Нове</h3><ul><li>"
        "Експорт таблиць у формат CSV.</li><li>Нічна тема редактора.</li></ul><h3>Виправлено"
        "</h3><ul><li>Редактор більше не зависає під час відкриття великих файлів (<a "
        "href='/issues/512'>#512</a>).</li><li>Правильні номери тижнів у календарі (<a "
        "href='/issues/498'>#498</a>).</li></ul><h2 id='v5-0-2'>5.0.2 <small>— 1 квітня 2025"
        "</small></h2><ul><li>Оновлено довідку.</li></ul><div class='toc'><h3>Зміст</h3><ul>"
        "<li><a href='#v5-1-0'>5.1.0</a></li><li><a href='#v5-0-2'>5.0.2</a></li></ul></div>"
        "</section></body></html>"
    )
    body = _body(html)
    assert "не зависає під час відкриття" in body
    assert "5.0.2 — 1 квітня 2025" in body
    assert "Оновлено довідку." in body
    assert "Зміст" not in body


def test_linked_list_under_a_closing_heading_stays_out() -> None:
    html = (
        "<html lang='en'><body><section class='page'><h1>Release notes 5.1</h1>"
        "<h2>5.1.0</h2><ul><li>Reports can be exported as CSV files from the menu.</li>"
        "<li>A dark theme for the editor, chosen in the settings.</li></ul>"
        "<h2>More from the blog</h2><ul><li><a href='/b/1'>How we test the importer</a></li>"
        "<li><a href='/b/2'>Our plans for the next year</a></li></ul></section></body></html>"
    )
    body = _body(html)
    assert "Reports can be exported" in body
    assert "How we test the importer" not in body


def test_amp_ad_fallback_is_not_text() -> None:
    html = (
        "<!doctype html><html amp lang='en'><head><meta charset='utf-8'><title>Roof garden "
        "opens</title></head><body><article><h1>Roof garden opens</h1><p>More than three "
        "hundred shrubs and twenty fruit trees were planted on the roof of the market hall."
        "</p><amp-ad width='300' height='250' type='example'><div fallback><p>The ad could "
        "not be loaded</p></div></amp-ad><p>The garden is open every day, and rain water "
        "from the roof waters it.</p><amp-social-share type='email'></amp-social-share>"
        "</article></body></html>"
    )
    body = _body(html, "https://news.example/roof-garden")
    assert "twenty fruit trees" in body
    assert "rain water" in body
    assert "could not be loaded" not in body


def test_email_preheader_is_not_text() -> None:
    html = (
        "<html lang='en'><head><title>Harbour bulletin no. 42</title></head><body>"
        "<table width='100%' id='bodyTable'><tr><td><table width='600' id='templateContainer'>"
        "<tr><td id='templatePreheader'><p>If this e-mail does not display correctly, <a "
        "href='/web'>view the web version</a>.</p></td></tr><tr><td id='templateHeader'>"
        "<img src='/logo.png' alt='Harbour Office'></td></tr><tr><td id='templateBody'>"
        "<h1>Harbour bulletin no. 42</h1><p>Dear readers, in this issue we look at the new "
        "timetable and the works on the north pier.</p><h2>Timetable</h2><p>From June the "
        "first ferry leaves at six, half an hour earlier.</p><h2>North pier</h2><p>The pier "
        "stays closed to cars until the end of the summer.</p></td></tr>"
        "<tr><td id='templateFooter'><p>You are receiving this e-mail because you signed up "
        "for our bulletin.</p><p><a href='/unsub'>Unsubscribe</a> | <a href='/prefs'>"
        "Preferences</a></p></td></tr></table></td></tr></table></body></html>"
    )
    body = _body(html, "https://bulletin.example/42")
    assert "first ferry leaves at six" in body
    assert "display correctly" not in body


def test_mailing_list_leave_line_is_not_text() -> None:
    html = (
        "<html lang='hu'><head><title>[kert] Korai palánták</title></head><body>"
        "<h1>[kert] Korai palánták</h1><pre>Sziasztok!\n\nTavaly egy fagyos éjszaka az "
        "összes palántát elvitte, idén fátyolfóliát tettem rájuk, és eddig jól bírják.\n\n"
        "Üdv,\nIldikó\n</pre><p>A listáról itt iratkozhatsz le: <a href='/opts'>beállítások"
        "</a></p></body></html>"
    )
    body = _body(html, "https://lista.example/kert/1042")
    assert "fátyolfóliát tettem rájuk" in body
    assert "iratkozhatsz le" not in body
