"""Labels of languages the dev sets lack, found by probe pages written by hand (issue 12):
Greek "Από τον/την" (the byline label with the article before the name), Finnish
"Tunnisteet:" and "Asiasanat:" (tag labels), Vietnamese "Phóng viên:" (the reporter's
label before the name)."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, byline_page, filler

import newsextract


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Από τον Γιώργο Παπαδόπουλο", "Γιώργο Παπαδόπουλο"),
        ("Από την Μαρία Νικολάου", "Μαρία Νικολάου"),
        ("Από τη Μαρία Νικολάου", "Μαρία Νικολάου"),
        ("Από Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ],
)
def test_greek_by_the(byline: str, author: str) -> None:
    article = newsextract.extract(byline_page("el", "ειδήσεις", byline))
    assert article.authors == (author,)
    assert article.byline == byline


@pytest.mark.parametrize("label", ["Tunnisteet", "Asiasanat"])
def test_finnish_tag_labels(label: str) -> None:
    tags = (
        f'<div class="tags">{label}: <a href="/t/1">Helsinki</a> <a href="/t/2">raitiotie</a></div>'
    )
    article = newsextract.extract(byline_page("fi", "uutiset", "Kirjoittanut Matti Virtanen", tags))
    assert article.tags == ("Helsinki", "raitiotie")


def test_vietnamese_reporter_label_after_the_body() -> None:
    inner = f'{filler("tin")}<p class="author">Phóng viên: Lê Thu Hà</p>'
    article = newsextract.extract(article_page("vi", "Tin tức hôm nay", inner))
    assert article.authors == ("Lê Thu Hà",)


def test_vietnamese_reporter_after_the_name_is_still_a_job_title() -> None:
    article = newsextract.extract(byline_page("vi", "tin", "Lê Thu Hà (phóng viên)"))
    assert article.authors == ("Lê Thu Hà",)


def test_vietnamese_theo_before_one_word_credits_no_writer() -> None:
    """ "Theo VnExpress" (according to) closing the text is a credit, not the byline: the
    visible byline stays the signature the JSON-LD author matches."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tin tức",'
        ' "author": {"@type": "Person", "name": "Minh Anh"}}</script>'
    )
    inner = f'{filler("tin")}<p class="author"><strong>Minh Anh</strong></p><p>Theo VnExpress</p>'
    page = article_page("vi", "Tin tức", inner).replace("</head>", f"{ld}</head>")
    article = newsextract.extract(page)
    assert article.authors == ("Minh Anh",)
    assert article.byline == "Minh Anh"


def test_vietnamese_theo_before_a_full_name_is_a_byline() -> None:
    inner = f"{filler('tin')}<p>Theo Nguyễn Văn An</p>"
    article = newsextract.extract(article_page("vi", "Tin tức", inner))
    assert article.authors == ("Nguyễn Văn An",)


def test_a_signature_credits_its_agency_in_brackets() -> None:
    """Vietnamese pages sign the article flush right in bold, the agency in brackets after
    the name: the writer is the author, the agency the source, as a byline's would be."""
    signature = '<p style="text-align:right"><strong>Nguyễn Hoàng (TTXVN)</strong></p>'
    article = newsextract.extract(article_page("vi", "Tin tức", filler("tin") + signature))
    assert article.authors == ("Nguyễn Hoàng",)
    assert article.source == "TTXVN"


def test_a_signature_before_a_closing_credit_line() -> None:
    """The signature is the last paragraph but for the credit lines after it ("Theo
    VnExpress"): the visible byline, beside the JSON-LD author it matches."""
    signature = '<p style="text-align:right"><strong>Nguyễn Hoàng (TTXVN)</strong></p>'
    page = article_page("vi", "Tin tức", filler("tin") + signature + "<p>Theo VnExpress</p>")
    article = newsextract.extract(page)
    assert article.byline == "Nguyễn Hoàng (TTXVN)"
    assert article.authors == ("Nguyễn Hoàng",)
