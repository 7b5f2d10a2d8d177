"""Notes set as asides (round 53): an e-book's or a long read's footnotes each in an
``<aside epub:type="footnote">`` (EPUB 3's semantics, as e-book exporters write them), or with
the DPUB-ARIA roles ``doc-footnote`` / ``doc-endnote``, beside or after the paragraphs that
call them. The notes are the text's own (a paper's sources, an essay's asides); the site's
sidebar asides are not. Every name, place and sentence here is invented."""

from __future__ import annotations

from .feature_formats import magazine
from .pages import Probes

PROBES = Probes()


def _page(lang: str, title: str, content: str) -> str:
    """A magazine's long read (``feature_formats.magazine``) with its furniture in English."""
    return magazine(
        lang,
        title,
        content,
        share="Share",
        author="Written by a staff writer of the Quarterly.",
        newsletter="Sign up for our monthly letter.",
        comments=("3 comments", "Lovely piece, thank you!"),
        related=("Read next", "The lighthouse keepers", "Salt roads of the north"),
    )


_FURNITURE_OUT = (
    "Written by a staff writer",
    "Sign up for our monthly letter",
    "Lovely piece, thank you",
    "The lighthouse keepers",
)


def _call(number: int, target: str) -> str:
    """A note's call in the text: a linked superscript figure."""
    link = f"<a epub:type='noteref' role='doc-noteref' href='#{target}{number}'>"
    return f"{link}<sup>{number}</sup></a>"


# --- English, an e-book export: each note an <aside epub:type="footnote"> right after the
# paragraph that calls it (no role).
PROBES.add(
    "en_epub_footnote_asides_between_paragraphs",
    "https://quarterly.example.org/essays/the-canal-that-never-was",
    _page(
        "en",
        "The canal that never was",
        f"<p>The plan for a canal from Ashby to the sea was drawn up in 1791{_call(1, 'n')}, "
        "and the first mile was dug within a year.</p><aside epub:type='footnote' id='n1'><p>"
        "The surveyor's drawings survive in the county record office, bound in two volumes."
        "</p></aside><p>Money ran out before the second mile, and the cut filled with water "
        f"and reeds{_call(2, 'n')}.</p><aside epub:type='footnote' id='n2'><p>Local people "
        "called it the Long Pond well into the twentieth century.</p></aside><p>Today a "
        "footpath follows the old towpath for most of its length.</p>",
    ),
    (
        "The plan for a canal from Ashby to the sea",
        "The surveyor's drawings survive in the county record office",
        "called it the Long Pond well into the twentieth century.",
        "Today a footpath follows the old towpath",
    ),
    _FURNITURE_OUT,
)

# --- German, a long read whose notes are <aside role="doc-footnote"> boxes after the text.
PROBES.add(
    "de_doc_footnote_asides_after_text",
    "https://magazin.example.de/geschichte/die-vergessene-faehre",
    _page(
        "de",
        "Die vergessene Fähre",
        f"<p>Bis 1962 setzte bei Lindhaven eine Seilfähre über den Strom{_call(1, 'fn')}.</p>"
        "<p>Der letzte Fährmann, ein gelernter Schmied, fuhr sie mehr als dreißig Jahre lang"
        f"{_call(2, 'fn')}.</p><p>Heute erinnert nur noch ein Poller am Ufer an die Fähre.</p>"
        "<aside role='doc-footnote' id='fn1'><p>1 Die Konzession stammt aus dem Jahr 1874 "
        "und liegt im Stadtarchiv.</p></aside><aside role='doc-footnote' id='fn2'><p>2 So "
        "erzählt es seine Enkelin, die noch heute in Lindhaven lebt.</p></aside>",
    ),
    (
        "Bis 1962 setzte bei Lindhaven eine Seilfähre",
        "Die Konzession stammt aus dem Jahr 1874",
        "die noch heute in Lindhaven lebt.",
        "Heute erinnert nur noch ein Poller",
    ),
    _FURNITURE_OUT,
)

# --- French, a paper's endnotes, each an <aside role="doc-endnote" epub:type="endnote">
# in a section of notes.
PROBES.add(
    "fr_doc_endnote_asides_in_notes_section",
    "https://revue.example.fr/articles/les-moulins-de-la-sarre-blanche",
    _page(
        "fr",
        "Les moulins de la Sarre blanche",
        f"<p>On comptait onze moulins sur la Sarre blanche au début du XIXe siècle{_call(1, 'en')}"
        f".</p><p>Le dernier a cessé de moudre en 1951{_call(2, 'en')}.</p><section "
        "epub:type='endnotes'><h2>Notes</h2><aside role='doc-endnote' epub:type='endnote' "
        "id='en1'><p>D'après le cadastre de 1812, feuille de Valroche.</p></aside><aside "
        "role='doc-endnote' epub:type='endnote' id='en2'><p>Entretien avec l'ancien meunier, "
        "recueilli en 2004.</p></aside></section>",
    ),
    (
        "On comptait onze moulins",
        "Le dernier a cessé de moudre en 1951",
        "D'après le cadastre de 1812",
        "Entretien avec l'ancien meunier",
    ),
    _FURNITURE_OUT,
)

# --- Spanish, sidenotes: <aside epub:type="footnote" class="sidenote"> inside the paragraph's
# box, beside its text (a long read's margin notes).
PROBES.add(
    "es_epub_footnote_sidenotes_in_paragraph_box",
    "https://ensayos.example.es/ciudad/el-mercado-de-abastos",
    _page(
        "es",
        "El mercado de abastos",
        "<div class='para'><p>El mercado de abastos de Villalba abrió sus puertas en 1928"
        f"{_call(1, 'nota')}, en el solar de un antiguo convento.</p><aside epub:type="
        "'footnote' class='sidenote' id='nota1'><p>La fecha figura en la lápida de la "
        "entrada principal.</p></aside></div><div class='para'><p>Sus puestos de pescado "
        "eran famosos en toda la comarca.</p></div><p>Hoy conserva cuarenta y dos puestos, "
        "la mitad de ellos de fruta.</p>",
    ),
    (
        "abrió sus puertas en 1928",
        "La fecha figura en la lápida de la entrada principal.",
        "Sus puestos de pescado eran famosos",
        "Hoy conserva cuarenta y dos puestos",
    ),
    _FURNITURE_OUT,
)
