"""Byline forms of metadata probe round 11 (pages of invented sites): credits of other
contributors beside the writer ("(Fotos)", "사진=", "图/"), a job title's qualifier left as a
name ("Data" of "Data Editor"), an author's note in a
script without letter case ("लेखक वरिष्ठ पत्रकार हैं।"), a list of job titles after the label
("লেখক: সাংবাদিক ও কলাম লেখক"), and labels new to the language files."""

from __future__ import annotations

import pytest
from tests.metadata.pages import Credited, article_page, check_byline_and_credit, filler

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        # a bracketed contributor's word drops that name; a bracketed byline label is cut
        ("Von Anna Berger (Text) und Lukas Weber (Fotos)", "de", ["Anna Berger"]),
        ("Lukas Weber (Fotos) und Anna Berger (Text)", "de", ["Anna Berger"]),
        ("Jo Roe (AFP)", "en", ["Jo Roe"]),
        ("di Sara Conti e Luca Greco (foto)", "it", ["Sara Conti"]),
        ("Par Julie Martin (texte) et Paul Roux (photos)", "fr", ["Julie Martin"]),
        # the qualifier of a job title is no person beside names of two words
        (
            "By Maria Lopez, Health Reporter, and Tom Baker, Data Editor",
            "en",
            ["Maria Lopez", "Tom Baker"],
        ),
        ("Bloomberg News", "en", ["Bloomberg"]),
        ("Reuters Staff", "en", ["Reuters"]),
        # Swahili "na" joins two names on Swahili pages
        ("Na Juma Mwinyi na Halima Said", "sw", ["Juma Mwinyi", "Halima Said"]),
        # an author's note, not a byline: a sentence, or job titles after the label
        ("लेखक वरिष्ठ पत्रकार हैं।", "hi", []),
        ("ലേഖകൻ കോഴിക്കോട് ആസ്ഥാനമായ സ്വതന്ത്ര പത്രപ്രവർത്തകനാണ്.", "ml", []),
        ("লেখক: সাংবাদিক ও কলাম লেখক", "bn", []),
        ("लेखक: राहुल शर्मा", "hi", ["राहुल शर्मा"]),
        # credit marks: Korean "=", a Chinese contributor's "/"
        ("글=김민수 기자, 사진=이지은 기자", "ko", ["김민수"]),
        ("文/李明 图/王芳", "zh", ["李明"]),
        # a middle dot between Hangul joins ("글·사진=": writing and photos; two reporters)
        ("글·사진=박지훈 기자", "ko", ["박지훈"]),
        ("김민수·이지은 기자", "ko", ["김민수", "이지은"]),
        ("By Jane Doe·Updated 3 May", "en", ["Jane Doe"]),
        # a contributor's word joined to the label: the writer took the pictures too
        ("Text & Fotos: Miriam Koch", "de", ["Miriam Koch"]),
        ("Tekst i zdjęcia: Anna Nowak", "pl", ["Anna Nowak"]),
        # another contributor's credit after the names, with or without a colon
        ("By Jane Doe and Photo: John Roe", "en", ["Jane Doe"]),
        ("By Sam Lee & Photos by Ann Roe", "en", ["Sam Lee"]),
    ],
)
def test_split_byline(byline: str, language: str, names: list[str]) -> None:
    assert split_byline(trim_byline(byline), language) == names


@pytest.mark.parametrize(
    "case",
    [
        ("es", "Pueblos", "Textos: Lucía Romero", None, "Lucía Romero", None),
        ("tr", "Sahil", "Haber: Ayşe Yılmaz | Fotoğraf: Mehmet Kaya", None, "Ayşe Yılmaz", None),
        ("th", "ตลาด", "เรื่อง: สมชาย ใจดี ภาพ: วิชัย สุขใจ", None, "สมชาย ใจดี", None),
        ("el", "Λιμάνι", "Γράφουν: Γιώργος Παπαδόπουλος", None, "Γιώργος Παπαδόπουλος", None),
        ("ml", "പുഴ", "എഴുത്ത്: അനിൽ കുമാർ", None, "അനിൽ കുമാർ", None),
        (
            "pt",
            "Veredas",
            "Reportagem: Lucas Pereira | Fotos: Júlia Mendes",
            None,
            "Lucas Pereira",
            None,
        ),
        ("nl", "Dijk", "Door onze verslaggever Tom de Boer", None, "Tom de Boer", None),
        ("it", "Ponte", "Servizio di Marco Bianchi", None, "Marco Bianchi", None),
        ("cs", "Lanovka", "Připravil: Tomáš Dvořák", None, "Tomáš Dvořák", None),
        ("id", "Pelabuhan", "Laporan: Rudi Hartono", None, "Rudi Hartono", None),
    ],
)
def test_labels_new_to_the_language_files(case: Credited) -> None:
    check_byline_and_credit(case)


def test_an_author_note_in_malayalam_is_no_byline() -> None:
    """The byline over the text names the writer; the note under it ("ലേഖകൻ …", "the
    writer is a freelance journalist based in Kozhikode.") names no one."""
    inner = (
        '<div class="byline">എഴുത്ത്: <a href="/a">അനിൽ കുമാർ</a></div>'
        f"{filler('പുഴ')}"
        '<div class="author-bio"><p><em>ലേഖകൻ കോഴിക്കോട് ആസ്ഥാനമായ സ്വതന്ത്ര '
        "പത്രപ്രവർത്തകനാണ്.</em></p></div>"
    )
    article = newsextract.extract(article_page("ml", "പുഴ മറന്ന ഗ്രാമം", inner))
    assert article.authors == ("അനിൽ കുമാർ",)


def test_an_agency_in_capitals_in_the_dateline_is_the_source() -> None:
    inner = (
        "<p>Jakarta (ANTARA) - Pemerintah kota membuka jembatan baru yang menghubungkan dua "
        "kecamatan di tepi sungai.</p>"
        f"{filler('jembatan')}"
    )
    article = newsextract.extract(article_page("id", "Jembatan baru dibuka", inner))
    assert article.source == "ANTARA"


def test_a_perex_is_the_lead() -> None:
    """Czech and Slovak pages class their standfirst "perex"."""
    inner = (
        '<p class="perex">Stavba stála 30 milionů korun a trvala necelé dva roky.</p>'
        f"{filler('knihovna')}"
    )
    article = newsextract.extract(article_page("cs", "Nová knihovna otevřena", inner))
    assert article.lead == "Stavba stála 30 milionů korun a trvala necelé dva roky."


def test_a_bem_announce_element_is_the_lead() -> None:
    """Russian pages name the standfirst "анонс" in their classes ("article__announce")."""
    lead = "Строительство обошлось в два миллиарда рублей и заняло три года."
    inner = f'<div class="article__announce">{lead}</div>{filler("мост")}'
    article = newsextract.extract(article_page("ru", "Новый мост откроют летом", inner))
    assert article.lead == lead
