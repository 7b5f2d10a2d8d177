"""A press release's first paragraph classed as a dateline, "Related:" labels
of the language data, a media contact given by a phone number, a dated press-coverage list,
an author bio's copula."""

from __future__ import annotations

import newsextract

_CHROME_TOP = """<header id="masthead"><a class="site-logo" href="/">Logo</a><nav class="menu"><ul>
<li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Contact</a></li>
</ul></nav></header>"""


def _page(lang: str, title: str, content: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body>{_CHROME_TOP}<main><article class="post">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{content}</div></article></main>
<footer class="site-footer"><p>© 2025 Example Media.</p></footer></body></html>"""


def test_dateline_classed_paragraph_keeps_its_prose() -> None:
    html = _page(
        "en",
        "Riverside Pumps opens a plant",
        "<p class='dateline'>Millford, 4 February 2025 – Riverside Pumps will invest 18 million "
        "euros in a new assembly hall and create 120 jobs in the town.</p>"
        "<p>The hall is due to open in the autumn of 2026 and will be heated with waste heat "
        "from the company's own foundry next door.</p>"
        "<p>Riverside Pumps has made pumps for farms and industry since 1921.</p>",
    )
    body = newsextract.extract(html, url="https://news.example.com/pumps").body
    assert body.startswith("Riverside Pumps will invest 18 million euros")
    assert "Millford, 4 February 2025" not in body


def test_dateline_alone_still_goes() -> None:
    html = _page(
        "en",
        "Riverside Pumps opens a plant",
        "<p class='dateline'>Millford, 4 February 2025</p>"
        "<p>Riverside Pumps will invest 18 million euros in a new assembly hall and create 120 "
        "jobs in the town, the company said on Tuesday.</p>"
        "<p>The hall is due to open in the autumn of 2026 and will be heated with waste heat "
        "from the company's own foundry next door.</p>",
    )
    body = newsextract.extract(html, url="https://news.example.com/pumps").body
    assert "Millford" not in body
    assert body.startswith("Riverside Pumps will invest")


def _prose(n: int) -> str:
    return (
        f"<p>A város vezetése a {n}. ülésén döntött arról, hogy a belvárosi főutca mentén "
        f"kétirányú kerékpársáv épül, amely ősszel készül el.</p>"
    )


def test_related_labels_of_the_language_data() -> None:
    for lang, label in (
        ("hu", "Kapcsolódó: Drágul a parkolás a városban"),
        ("cs", "Související: Nové parkoviště u nádraží"),
        ("id", "Berita terkait: Harga parkir naik di pusat kota"),
    ):
        html = _page(lang, "Új kerékpársáv épül", f"<p>{label}</p>{_prose(1)}{_prose(2)}")
        body = newsextract.extract(html, url="https://news.example.com/bike").body
        assert label not in body, lang
        assert body.startswith("A város vezetése a 1.")


_RELEASE = (
    "<p>Harbour Bank will launch a savings account without monthly fees for school pupils "
    "across the country from next month, the bank said.</p>"
    "<p>Parents can open the account in the bank's app with a first deposit of ten euros, "
    "and pupils get a card of their own at twelve.</p>"
)


def test_media_contact_with_only_a_phone_number_goes() -> None:
    contact = "<p><b>Media contact:</b><br>Jane Roe<br>0812 3456 7890</p>"
    html = _page("en", "Harbour Bank launches a pupils' account", _RELEASE + contact)
    body = newsextract.extract(html, url="https://news.example.com/bank").body
    assert "0812 3456 7890" not in body and "Jane Roe" not in body
    assert body.endswith("a card of their own at twelve.")


def test_venue_box_without_a_label_stays() -> None:
    venue = "<p>The Anchor Kitchen<br>12 Quay Street<br>(555) 942-6384</p>"
    html = _page("en", "Harbour Bank launches a pupils' account", _RELEASE + venue)
    body = newsextract.extract(html, url="https://news.example.com/bank").body
    assert "(555) 942-6384" in body


_COVERAGE = (
    "<ul><li>6 décembre 2019 : <a href='https://journal.example.fr/atelier'>Un atelier où "
    "l'on apprend à réparer son vélo soi-même</a></li>"
    "<li>14 mars 2020 : <a href='https://radio.example.fr/velos'>Reportage radio sur nos "
    "ateliers du samedi</a></li>"
    "<li>2 juin 2021 : <a href='https://hebdo.example.fr/velo'>La solidarité sur deux roues "
    "dans le quartier</a></li></ul>"
)
_INTRO = (
    "<p>Depuis sa création, l'atelier a reçu la visite de plusieurs journalistes. Voici les "
    "articles et reportages consacrés à nos ateliers de réparation et à nos bénévoles.</p>"
)
_OUTRO = (
    "<p>Vous êtes journaliste et souhaitez nous rencontrer ? Écrivez-nous, nous vous "
    "répondrons avec plaisir et dans les meilleurs délais.</p>"
)


def test_dated_press_coverage_list_is_read() -> None:
    html = _page("fr", "Ils parlent de nous", _INTRO + _COVERAGE + _OUTRO)
    body = newsextract.extract(html, url="https://atelier.example.org/presse").body
    assert "6 décembre 2019 : Un atelier où l'on apprend" in body
    assert body.endswith("dans les meilleurs délais.")


def test_dated_list_under_a_read_more_label_stays_out() -> None:
    boxed = _INTRO + "<h3>À lire aussi</h3>" + _COVERAGE + _OUTRO
    html = _page("fr", "Ils parlent de nous", boxed)
    body = newsextract.extract(html, url="https://atelier.example.org/presse").body
    assert "6 décembre 2019" not in body


_LAKES = (
    "<p>Suomen järvien pintavesi on lämmennyt keskimäärin puolitoista astetta viidessäkymmenessä "
    "vuodessa, kertoo tuore tutkimus.</p>"
    "<p>Lämpeneminen näkyy erityisesti kesäkuussa, jolloin jäiden lähtö on aikaistunut "
    "monilla järvillä jo useita päiviä.</p>"
)


def test_finnish_bio_with_on_goes() -> None:
    bio = "<p>Liisa Mäki on tiedetoimittaja, joka kirjoittaa ympäristöstä ja ilmastosta.</p>"
    html = _page("fi", "Järvet lämpenevät", _LAKES + bio)
    body = newsextract.extract(html, url="https://news.example.com/jarvet").body
    assert "tiedetoimittaja" not in body
    assert body.endswith("useita päiviä.")


def test_english_closing_note_with_on_stays() -> None:
    text = (
        "<p>The harbour board voted on Tuesday to rebuild the quay walls, after two years of "
        "delays and a long dispute with the residents over the cost of the works.</p>"
        "<p>Work is due to start in the spring and to last until the end of next year, the "
        "board's chair told the meeting.</p>"
    )
    note = "<p>Harbour Street Films made a documentary on the dispute with a local writer.</p>"
    html = _page("en", "Quay works approved", text + note)
    body = newsextract.extract(html, url="https://news.example.com/quay").body
    assert body.endswith("with a local writer.")
