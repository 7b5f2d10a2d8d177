"""Page kinds of probe round 33 (``nonnews_probes.py``): an accordion written as the
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
