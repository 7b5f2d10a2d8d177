"""Page kinds of probe round 33 (``nonnews_probes``): an accordion written as the
disclosure pattern, a toggle button and, right after it, the panel it opens, hidden until
then with nothing naming it."""

from __future__ import annotations

import newsextract


def _body(html: str, url: str = "https://kommune.example.dk/affald") -> str:
    return newsextract.extract(html, url=url).body or ""


def test_a_panel_right_after_its_toggle_is_read() -> None:
    # A Danish municipality's page: every answer hidden (aria-hidden) after the button that
    # opens it, no aria-controls; the body held nothing but its standfirst.
    html = (
        "<html lang='da'><body><main><h1>Storskrald</h1><p>Du kan få hentet storskrald ved din "
        "bolig fire gange om året.</p><div class='accordion'><div class='accordion__item'>"
        "<button aria-expanded='false'>Hvad er storskrald?</button><div "
        "class='accordion__content' aria-hidden='true'><p>Møbler, madrasser og tæpper, der er "
        "for store til skraldespanden.</p></div></div><div class='accordion__item'><h3><button "
        "aria-expanded='false'>Hvordan bestiller jeg?</button></h3><div hidden><p>Bestil "
        "senest fredag kl. 12 på selvbetjeningen, så henter vi i den følgende uge.</p></div>"
        "</div></div></main></body></html>"
    )
    body = _body(html)
    assert "Møbler, madrasser og tæpper" in body
    assert "Bestil senest fredag kl. 12" in body


def test_a_menu_buttons_hidden_list_stays_out() -> None:
    # A toggle that opens a pop-up (aria-haspopup) opens a menu, not the text.
    html = (
        "<html lang='en'><body><main><h1>Bulky waste</h1><p>The council collects bulky waste "
        "from your home four times a year, on a day you choose when you book.</p><p>Furniture, "
        "mattresses and carpets that do not fit in the bin all count as bulky waste.</p>"
        "<button aria-expanded='false' aria-haspopup='true'>Share</button><div hidden><p>Copy "
        "the link to this page and send it to a friend by e-mail.</p></div></main></body></html>"
    )
    body = _body(html, "https://council.example/bulky")
    assert "Furniture, mattresses and carpets" in body
    assert "Copy the link to this page" not in body


def test_a_wikis_category_box_is_no_line_of_the_entry() -> None:
    # MediaWiki's box of an entry's categories under its text ("Категорії: Озера").
    html = (
        "<html lang='uk'><body><div id='content'><h1>Біле озеро</h1><div "
        "id='mw-content-text'><div class='mw-parser-output'><p><b>Біле озеро</b> — прісне "
        "озеро карстового походження на заході області, відоме прозорою водою.</p><p>На "
        "березі озера стоїть дерев'яна церква, збудована без жодного цвяха.</p><div "
        "id='catlinks' class='catlinks'>Категорії: <a href='/wiki/K'>Озера області</a></div>"
        "</div></div></div></body></html>"
    )
    body = _body(html, "https://wiki.example.ua/wiki/Біле_озеро")
    assert "дерев'яна церква" in body
    assert "Категорії" not in body


def test_a_footer_named_in_polish_is_furniture() -> None:
    # A timetable's page: the operator's line in a footer named in Polish ("stopka").
    html = (
        "<html lang='pl'><body><div id='tresc'><h1>Linia 4 – przystanek Dworzec</h1><p>"
        "Kursy oznaczone literą N obsługiwane są pojazdami niskopodłogowymi, a w soboty "
        "autobusy jeżdżą co pół godziny.</p><table><tr><td>6</td><td>05 35</td></tr><tr><td>7"
        "</td><td>05 25 45</td></tr></table></div><div id='stopka'>Przewoźnik Example sp. z "
        "o.o.</div></body></html>"
    )
    body = _body(html, "https://mpk.example.pl/rozklad/4")
    assert "05 25 45" in body
    assert "Przewoźnik Example" not in body


def test_a_joomla_view_count_is_no_line_of_the_text() -> None:
    # Joomla's article-info list holds the page's view count ("Dilihat: 1042", class "hits").
    html = (
        "<html lang='id'><body><main><div class='item-page'><h2>Pendaftaran Beasiswa</h2><dl "
        "class='article-info'><dd class='hits'>Dilihat: 1042</dd></dl><div "
        "itemprop='articleBody'><p>Pendaftaran beasiswa prestasi semester ganjil dibuka sampai "
        "akhir bulan ini bagi mahasiswa semua fakultas.</p><p>Syarat utama adalah IPK minimal "
        "3,5 dan surat rekomendasi dari dosen wali.</p></div></div></main></body></html>"
    )
    body = _body(html, "https://univ.example.ac.id/pengumuman/123")
    assert "IPK minimal 3,5" in body
    assert "Dilihat" not in body


def test_a_page_of_results_tables_without_prose_is_read_around_them() -> None:
    # A club's results page: a table a round under its heading, no paragraph at all. With
    # no prose to find, the body was left to the fallback, which read the whole page as one
    # line, menu and footer too.
    def table(*matches: tuple[str, str, str]) -> str:
        rows = "".join(
            f"<tr><td>{a}</td><td>{b}</td><td>{score}</td></tr>" for a, b, score in matches
        )
        return f"<table>{rows}</table>"

    first = table(
        ("Sokol Dolní Ves", "Jiskra Horní Ves", "3:1"),
        ("Slavoj Dolany", "Sokol Dolní Ves B", "0:3"),
        ("Lokomotiva Brod", "Tatran Lhota", "3:2"),
    )
    second = table(
        ("Jiskra Horní Ves", "Lokomotiva Brod", "1:3"),
        ("Tatran Lhota", "Slavoj Dolany", "3:0"),
        ("Sokol Dolní Ves B", "Sokol Dolní Ves", "2:3"),
    )
    html = (
        "<html lang='cs'><body><div id='hlavicka'><a href='/'>TJ Sokol Dolní Ves</a><ul><li><a "
        "href='/volejbal'>Volejbal</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></div>"
        f"<div id='obsah'><h1>Výsledky sezóny</h1><h3>1. kolo</h3>{first}<h3>2. kolo</h3>"
        f"{second}</div></body></html>"
    )
    article = newsextract.extract(html, url="https://tj.example.cz/vysledky")
    body = article.body or ""
    assert "Slavoj Dolany | Sokol Dolní Ves B | 0:3" in body
    assert "2. kolo" in body
    assert "Tatran Lhota | Slavoj Dolany | 3:0" in body
    assert "Kontakt" not in body


def _listing(box: str) -> str:
    return (
        "<html lang='de'><body><header><a href='/'>Immo</a></header><main><div class='expose'>"
        "<h1>3-Zimmer-Wohnung mit Balkon</h1><table><tr><td>Kaltmiete</td><td>780 €</td></tr>"
        "<tr><td>Zimmer</td><td>3</td></tr></table><h2>Objektbeschreibung</h2>"
        f"{box}</div></main></body></html>"
    )


def test_text_in_boxes_a_template_names_comment_is_read() -> None:
    # A listing's description in boxes named "expose-comment": sentences and nothing else,
    # no poster, no date, no reply link. They were weighed as a comment section and the
    # body held the facts table alone.
    html = _listing(
        "<div class='expose-comment'><p>Die helle Wohnung liegt im zweiten Obergeschoss eines "
        "sanierten Altbaus.</p><p>Der Balkon geht nach Süden in den ruhigen Innenhof.</p></div>"
        "<div class='expose-comment'><p>Straßenbahn und Bäcker sind zwei Minuten entfernt.</p>"
        "</div>"
    )
    body = _body(html, "https://immo.example.de/expose/1")
    assert "Die helle Wohnung liegt im zweiten Obergeschoss" in body
    assert "Straßenbahn und Bäcker" in body


def test_readers_comments_under_a_short_description_stay_out() -> None:
    # A short description with readers' comments under it: each comment shows its poster (a
    # link) or a line that is no sentence (a name and "vor 2 Tagen"), and stays out.
    said = (
        "Sehr schöne Wohnung, aber für eine Familie mit zwei Kindern leider viel zu teuer.",
        "Wir haben sie letzte Woche besichtigt, der Innenhof ist wirklich ruhig und grün.",
        "Die Heizkosten wurden bei der Besichtigung nicht genannt, bitte nachfragen.",
    )
    for poster in ("<a href='/u/{0}'>{0}</a>", "<div>{0} · vor 2 Tagen</div>"):
        comments = "".join(
            f"<div class='comment'>{poster.format(name)}<p>{text}</p></div>"
            for name, text in zip(("Ana", "Jonas", "Lea"), said, strict=True)
        )
        html = _listing(
            f"<p>Helle Wohnung im Altbau, ab sofort frei.</p><div class='comments'>{comments}</div>"
        )
        body = _body(html, "https://immo.example.de/expose/2")
        assert "Helle Wohnung im Altbau" in body
        assert "viel zu teuer" not in body
        assert "Heizkosten" not in body
