"""The general causes behind the fourth blind byline probe's misses (issue 12): byline and
interview labels as data (German "Getestet von", "Das Gespräch führte"; Hebrew "מתכון",
Japanese "レシピ考案" after a full-width colon, Thai "รีวิวโดย"; Ukrainian "Розмовляла",
Russian "Беседовал"); a social handle after the name is the writer's account, no name; a
bold name alone closing the article signs it. Every name is invented."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.metadata.authors import split_byline

URL = "https://news.example/2025/04/seed-shed"


def _authors(language: str, inner: str) -> tuple[str, ...]:
    return newsextract.extract(article_page(language, "seed seed", inner), url=URL).authors


@pytest.mark.parametrize(
    ("language", "css", "byline", "authors"),
    [
        ("de", "byline", "Getestet von Wiebke Harmsen", ("Wiebke Harmsen",)),
        ("th", "byline", "รีวิวโดย สุดารัตน์ วงศ์ใหญ่", ("สุดารัตน์ วงศ์ใหญ่",)),
        ("he", "recipe-author", "מתכון: אביגיל שטרן", ("אביגיל שטרן",)),
        ("ja", "recipe-author", "レシピ考案：小野寺 菜摘", ("小野寺 菜摘",)),
        ("uk", "author", "Розмовляла Соломія Кравець", ("Соломія Кравець",)),
        ("ru", "author", "Беседовал Арсений Колокольцев", ("Арсений Колокольцев",)),
        ("de", "author-note", "Das Gespräch führte Imke Hollenberg.", ("Imke Hollenberg",)),
    ],
)
def test_a_languages_byline_and_interview_labels_are_data(
    language: str, css: str, byline: str, authors: tuple[str, ...]
) -> None:
    inner = f'{filler("seed")}<p class="{css}">{byline}</p>'
    if css != "author-note":
        inner = f'<span class="{css}">{byline}</span>{filler("seed")}'
    assert _authors(language, inner) == authors


def test_getestet_von_stays_a_markup_label_in_free_text() -> None:
    # "Getestet von Stiftung Warentest" opening a sentence names a tester, not the writer
    inner = f"<p>Getestet von Stiftung Warentest wurden zwölf Geräte.</p>{filler('Gerät')}"
    assert _authors("de", inner) == ()


@pytest.mark.parametrize(
    "byline",
    [
        "By Cressida Wolstenholme @cresswolst",
        'By Cressida Wolstenholme <a href="https://social.example/cresswolst">@cresswolst</a>',
    ],
)
def test_a_social_handle_after_the_name_is_cut(byline: str) -> None:
    assert _authors("en", f'<span class="byline">{byline}</span>{filler("seed")}') == (
        "Cressida Wolstenholme",
    )


def test_a_handle_alone_names_no_one() -> None:
    assert split_byline("By @cresswolst", "en") == []


def _signed_page(signature: str, after: str = "") -> str:
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Saatgut im Schuppen</title></head>'
        '<body><header><a href="/">Gartenblatt</a></header><main><div class="entry">'
        f"<h1>Saatgut im Schuppen</h1>{filler('Saatgut')}{signature}</div>{after}</main>"
        '<footer id="colophon"><p>© Gartenblatt</p><p><a href="/impressum">Impressum</a></p>'
        "</footer></body></html>"
    )


def test_a_bold_name_closing_the_article_signs_it() -> None:
    html = _signed_page('<p class="clearfix"><strong>Henrike Lammersdorf</strong></p>')
    assert newsextract.extract(html, url=URL).authors == ("Henrike Lammersdorf",)


@pytest.mark.parametrize(
    ("signature", "after"),
    [
        # a given name alone signs as often as a nickname
        ("<p><strong>Henrike</strong></p>", ""),
        # a bold name with more text in its paragraph is a sentence's subject
        ("<p><strong>Henrike Lammersdorf</strong> hat den Schuppen gebaut.</p>", ""),
        # the article's last text is no name: a name before it closes nothing
        ("<p><strong>Henrike Lammersdorf</strong></p>", "<div class='more'><p>Weiter</p></div>"),
        # a name in a sidebar's box is its owner's
        ("", "<aside><p>Über mich</p><p><b>Henrike Lammersdorf</b></p></aside>"),
    ],
)
def test_no_signature_where_no_name_alone_closes_the_article(signature: str, after: str) -> None:
    assert newsextract.extract(_signed_page(signature, after), url=URL).authors == ()


def test_a_byline_above_outranks_no_signature_read() -> None:
    # the signature is read only when no byline names anyone
    html = _signed_page(
        '<p class="byline">Von Jorinde Abelmann</p><p><strong>Henrike Lammersdorf</strong></p>'
    )
    assert newsextract.extract(html, url=URL).authors == ("Jorinde Abelmann",)
