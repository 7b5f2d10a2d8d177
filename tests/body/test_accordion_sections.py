"""A course page's syllabus set as an accordion: a heading per year over list items whose
toggle (a link going nowhere, ``href="#"``) opens a panel holding a table per subject. The
headings are the text's (the toggle between a heading and its rows is passed over), a
numbered heading over a subheading keeps its section, and a one-row table of the same
template as the data tables beside it is data too."""

from __future__ import annotations

import newsextract

_YEARS = (
    ("1ο έτος", (("Ηλεκτροτεχνία", "Νόμος του Ωμ, κυκλώματα συνεχούς ρεύματος"),
                 ("Μαθηματικά", "Εξισώσεις και συναρτήσεις"))),
    ("2ο έτος", (("Αισθητήρες", "Αισθητήρες θερμοκρασίας και πίεσης"),
                 ("Προγραμματισμός", "Μικροελεγκτές και απλά προγράμματα"))),
    ("3ο έτος", (("Δίκτυα", "Πρωτόκολλα επικοινωνίας σε οχήματα"),)),
)  # fmt: skip


def _page(toggle_href: str = "#", subheading: str = "") -> str:
    items = "".join(
        f"<h4><strong>{year}</strong></h4><li><a href='{toggle_href}'>Μαθήματα</a><div>"
        f"{subheading}<table><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        + "</tbody></table></div></li>"
        for year, rows in _YEARS
    )
    return (
        "<html lang='el'><head><title>Τεχνικός Ηλεκτρονικών Συστημάτων</title></head><body>"
        "<nav><a href='/'>Αρχική</a> <a href='/epikoinonia'>Επικοινωνία</a></nav><main>"
        "<h1>Τεχνικός Ηλεκτρονικών Συστημάτων</h1><p>Το πρόγραμμα διαρκεί τρία έτη και "
        "συνδυάζει μαθήματα στην τάξη με πρακτική άσκηση σε εργαστήρια.</p>"
        f"<h2>Περιεχόμενα μαθημάτων</h2><ul class='accordion'>{items}</ul></main>"
        "<footer><p>© 2024 Σχολή</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://school.example/programmes/electronics").body


def test_headings_over_an_accordions_tables_are_kept() -> None:
    body = _body(_page())
    assert "Περιεχόμενα μαθημάτων" in body
    assert "1ο έτος" in body and "3ο έτος" in body
    assert "Νόμος του Ωμ" in body


def test_a_one_row_table_of_the_series_template_is_data() -> None:
    assert "Δίκτυα | Πρωτόκολλα επικοινωνίας σε οχήματα" in _body(_page())


def test_a_numbered_heading_over_a_subheading_keeps_its_section() -> None:
    # "1. Έτος" is numbered as a listicle's item is; the subheading under it opens its text.
    sections = "".join(
        f"<h4>{n}. Έτος</h4><h5>Ύλη εξαμήνου {n}</h5><table>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        + "</table>"
        for n, (_, rows) in enumerate(_YEARS, start=1)
    )
    html = _page().replace("<ul class='accordion'>", sections + "<ul class='accordion'>")
    body = _body(html)
    assert "1. Έτος\n\nΎλη εξαμήνου 1" in body


def test_a_heading_over_links_away_is_still_dropped() -> None:
    html = (
        "<html lang='en'><body><main><h1>Harbour works</h1>"
        + "".join(
            f"<p>Paragraph {n} of the report on the harbour works, with enough words to read "
            "as prose and to be taken for the article's own running text.</p>"
            for n in range(4)
        )
        + "<h3>More on this</h3><ul><li><a href='/harbour/old-quay'>The old quay's last "
        "ships</a></li></ul><p>Closing paragraph of the report on the harbour works, which "
        "the text goes on with below the box of links to other stories.</p></main></body></html>"
    )
    body = newsextract.extract(html, url="https://news.example/harbour").body
    assert "More on this" not in body
    assert "Closing paragraph" in body
