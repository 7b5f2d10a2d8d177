"""Forms of metadata probe round 12 (pages of invented sites, page kinds beyond classic news):
a desk or team after a job title ("Staff Engineer, Platform"), a byline and a publication date
in a definition list or a table whose label has its own cell, and update lines written as a
review or an edit ("Page last reviewed:", a wiki's "This page was last edited on", Russian
government pages' "Дата изменения:")."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

_TEXT = (
    "<p>The tidal mill on the east bank has not turned since the winter storms, and the"
    " volunteers who keep it have begun to count what the repairs will cost.</p>"
    "<p>Most of the damage is to the sluice gate, which was rebuilt in oak forty years ago"
    " and now leans badly against its frame.</p>"
)


def _page(body: str, lang: str = "en", after: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Mill news</title></head>'
        f"<body><main><article><h1>The mill waits for its repairs</h1>{body}{_TEXT}"
        f"</article></main>{after}</body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Written by Dana Whitfield Staff Engineer, Platform", ["Dana Whitfield"]),
        ("By Jane Doe, Staff Writer, Metro", ["Jane Doe"]),
        # a second writer after the role stays; so does an agency
        ("By Jane Doe, Staff Writer, and Bob Smith", ["Jane Doe", "Bob Smith"]),
        ("By Jane Doe, Staff Writer, Reuters", ["Jane Doe", "Reuters"]),
        # no job title before it: a one-word name is a name
        ("By Jane Doe and Madonna", ["Jane Doe", "Madonna"]),
    ],
)
def test_desk_after_a_job_title_is_no_person(byline: str, names: list[str]) -> None:
    assert split_byline(byline, "en") == names


def test_byline_in_a_definition_list() -> None:
    body = (
        '<dl class="article-meta"><dt>Autorin</dt><dd>Jana Petersen</dd>'
        "<dt>Ressort</dt><dd>Lokales</dd></dl>"
    )
    assert newsextract.extract(_page(body, "de")).authors == ("Jana Petersen",)


def test_publication_date_in_the_next_table_cell() -> None:
    """The label's cell alone, the date in the next: not a date written in the text."""
    page = (
        '<html lang="pl"><head><meta charset="utf-8"><title>Obwieszczenie</title></head>'
        '<body><main><div class="bip-article"><h1>Obwieszczenie Wójta Gminy Borek</h1>'
        "<p>Wójt Gminy Borek zawiadamia o rozpoczęciu konsultacji społecznych projektu"
        " uchwały w sprawie programu współpracy.</p>"
        "<p>Uwagi można składać w sekretariacie urzędu do dnia 27 marca 2025 roku.</p>"
        '<table class="metryczka"><tr><td>Data publikacji:</td><td>06.03.2025 12:00</td>'
        "</tr></table></div></main></body></html>"
    )
    published = newsextract.extract(page).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2025, 3, 6, 12, 0)


@pytest.mark.parametrize(
    ("lang", "line", "after", "modified"),
    [
        (
            "en",
            "",
            '<div class="reviewed"><p>Page last reviewed: 20 March 2025</p></div>',
            (2025, 3, 20),
        ),
        (
            "en",
            "",
            '<footer class="mw-footer"><ul><li>This page was last edited on 4 March 2025, at'
            " 10:12.</li></ul></footer>",
            (2025, 3, 4, 10, 12),
        ),
        ("ru", "<p>Дата изменения: 05.03.2025 16:05</p>", "", (2025, 3, 5, 16, 5)),
    ],
)
def test_review_and_edit_lines_are_updates(
    lang: str, line: str, after: str, modified: tuple[int, ...]
) -> None:
    body = f"<p>Published: 12 February 2025</p>{line}"
    article = newsextract.extract(_page(body, lang, after))
    assert article.modified is not None
    assert article.modified.replace(tzinfo=None) == datetime(*modified)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("oc", "Per Joan Bernat — publicat lo 3 de març de 2025", ("Joan Bernat",)),
        ("co", "Da Ghjuvanni Santoni", ("Ghjuvanni Santoni",)),
        ("la", "Scripsit Marcus Valerius", ("Marcus Valerius",)),
    ],
)
def test_byline_labels_of_occitan_corsican_latin(
    lang: str, line: str, names: tuple[str, ...]
) -> None:
    """Their language files' byline labels ("Per" and "Da" on their own pages only)."""
    article = newsextract.extract(_page(f'<p class="byline">{line}</p>', lang))
    assert article.authors == names


def test_german_wiki_footer_edit_line_is_the_update() -> None:
    after = (
        '<footer id="footer" class="mw-footer"><ul><li>Diese Seite wurde zuletzt am'
        " 4. März 2025 um 10:12 Uhr bearbeitet.</li></ul></footer>"
    )
    article = newsextract.extract(_page("", "de", after))
    assert article.modified is not None
    assert article.modified.replace(tzinfo=None) == datetime(2025, 3, 4, 10, 12)


@pytest.mark.parametrize(
    "marked",
    [
        # RDFa Lite with schema.org
        '<span property="datePublished" content="2025-03-02T08:45:00+01:00">zondag 2 maart</span>',
        # Drupal 7's Dublin Core
        '<span property="dc:date dc:created" content="2025-03-02T08:45:00+01:00"'
        ' datatype="xsd:dateTime">zo, 02/03/2025</span>',
    ],
)
def test_rdfa_date_keeps_its_time(marked: str) -> None:
    """A page marked up in RDFa only: the property's stamp, not the visible day alone."""
    published = newsextract.extract(_page(f'<p class="meta">{marked}</p>', "nl")).published
    assert published is not None
    assert published.isoformat() == "2025-03-02T08:45:00+01:00"


def test_manager_is_a_job_title_and_its_desk_no_person() -> None:
    names = split_byline("By Nadia Brandt, Communications Manager, Logistics", "en")
    assert names == ["Nadia Brandt"]


def test_italian_publication_label_in_its_own_cell() -> None:
    after = (
        "<div><p>Le famiglie possono consultare le fermate entro il 14 marzo 2025.</p>"
        '<table class="scheda"><tr><td>Data di pubblicazione:</td><td>05/03/2025 09:30</td>'
        "</tr></table></div>"
    )
    published = newsextract.extract(_page("", "it", after)).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2025, 3, 5, 9, 30)
