"""Round 54, from the blind probe of site builders' markup (``nonnews_probes.builder_pages``):
a titled box before the page's ``<h1>`` inside the region (a hero slider's slide, a banner's
heading and line) is the builder's, not the text, whose sections follow its title (its
heading kept, or dropped as a read-more label: wave 68c); a page
titling its sections by several ``<h1>``s, and a kicker beside the ``<h1>`` in its header,
are judged as before."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>Il sabato mattina il mercato contadino torna in piazza Garibaldi con trenta banchi di "
    "frutta, verdura, formaggi e pane cotto a legna dei produttori della valle.</p><p>I "
    "banchi aprono alle otto e chiudono a mezzogiorno; il parcheggio della stazione è "
    "gratuito per tutta la mattina.</p>"
)


def _page(before: str, header: str = "<h1>Il mercato contadino torna in piazza</h1>") -> str:
    return (
        "<html lang='it'><body><nav><a href='/'>Home</a> <a href='/eventi'>Eventi</a></nav>"
        "<div class='builder-content'><div class='section'><div class='row'><div "
        "class='module text'>"
        f"{before}</div></div></div><div class='section'><div class='row'><div "
        f"class='module text'>{header}{_TEXT}</div></div></div>"
        "<div class='section'><div class='row'><div class='column half'><div "
        "class='module text'><h3>Come arrivare</h3><p>Dalla stazione si raggiunge la piazza "
        "in dieci minuti a piedi seguendo il corso principale verso il municipio.</p></div>"
        "</div><div class='column half'><div class='module text'><h3>Chi partecipa</h3><p>"
        "Partecipano solo aziende agricole della provincia con una certificazione biologica "
        "o di filiera corta.</p></div></div></div></div>"
        "</div><footer><p>© 2026 Pro Loco</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://proloco.example.it/eventi/mercato").body or ""


def test_slide_before_title_is_dropped() -> None:
    body = _body(
        _page(
            "<div class='slides'><div class='slide'><h2>Estate in paese</h2><div>Scopri tutti "
            "gli eventi di luglio</div></div></div>"
        )
    )
    assert "trenta banchi di frutta" in body
    assert "Estate in paese" not in body
    assert "Scopri tutti gli eventi di luglio" not in body


def test_box_under_a_read_more_label_before_title_is_dropped() -> None:
    """A box titled by a heading that is itself furniture (a "Leggi anche" label over a
    column of briefs) is the site's as surely as one under a kept heading (blind68c)."""
    body = _body(
        _page(
            "<h3>Leggi anche</h3><ul><li><span>01.12.2026</span><p>La giunta ha approvato "
            "ieri il bilancio per il prossimo anno.</p></li></ul>"
        )
    )
    assert "trenta banchi di frutta" in body
    assert "La giunta ha approvato" not in body


def test_kicker_in_title_header_is_judged_as_before() -> None:
    header = "<h2>Eventi</h2><h1>Il mercato contadino torna in piazza</h1>"
    plain = _body(_page("", header=header))
    assert "parcheggio della stazione" in plain


def test_sections_titled_by_several_h1s_stay() -> None:
    html = (
        "<html lang='it'><body><main><div class='box'><h2>Premessa</h2><p>Questa guida "
        "raccoglie le regole del circolo approvate dall'assemblea dei soci nel mese di "
        "marzo.</p></div><div class='box'><h1>Regolamento</h1><p>I soci possono prenotare "
        "i campi da tennis fino a sette giorni prima, per non più di due ore al giorno.</p>"
        "</div><div class='box'><h1>Quote</h1><p>La quota annuale è di centoventi euro e si "
        "paga entro il trentuno gennaio presso la segreteria del circolo.</p></div></main>"
        "</body></html>"
    )
    body = newsextract.extract(html, url="https://circolo.example.it/regolamento").body or ""
    assert "Questa guida raccoglie le regole del circolo" in body
