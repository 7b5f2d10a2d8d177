"""Written dates found by probe round 9: an update on the publication's line ("Publié le
03/03/2025 | Mis à jour le 04/03/2025"), a documentation footer's last update after its
copyright ("Last updated on Mar 03, 2025.", "Päivitetty viimeksi 3.3.2025."), and a date
with its time in the unclassed line under the headline (a wire's "March 03, 2025 08:00 ET |
Source: …", a Kurdish portal's "03-03-2025 14:20"), which the address's day (midnight) no
longer hides."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import newsextract

_TEXT = (
    "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p>"
    "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p>"
)


def test_an_update_on_the_publication_line() -> None:
    page = (
        '<html lang="fr"><head><title>Aire de covoiturage</title></head><body><main>'
        "<h1>Une nouvelle aire de covoiturage</h1>"
        '<p class="fr-text--sm">Publié le 03/03/2025 | Mis à jour le 04/03/2025</p>'
        + _TEXT.format("covoiturage")
        + "</main></body></html>"
    )
    article = newsextract.extract(page)
    assert article.published == datetime(2025, 3, 3)
    assert article.modified == datetime(2025, 3, 4)


def test_a_documentation_footer_gives_the_last_update() -> None:
    for lang, footer, day in [
        ("en", "© Copyright 2025, the Tidewater developers. Last updated on Mar 03, 2025.", 3),
        ("fi", "© Tekijänoikeus 2025, Polkupyörän kehittäjät. Päivitetty viimeksi 5.3.2025.", 5),
    ]:
        page = (
            f'<html lang="{lang}"><head><title>Installation</title></head><body>'
            '<div class="body" role="main"><section><h1>Installation</h1>'
            + _TEXT.format("install")
            + f'</section></div><div class="footer" role="contentinfo">{footer}</div>'
            "</body></html>"
        )
        assert newsextract.extract(page).modified == datetime(2025, 3, day), lang


def test_a_site_footer_without_an_update_label_gives_none() -> None:
    page = (
        '<html lang="en"><head><title>Installation</title></head><body><main><h1>Install</h1>'
        + _TEXT.format("install")
        + "</main><footer>© 2025 Tidewater. Founded March 3, 2019.</footer></body></html>"
    )
    assert newsextract.extract(page).modified is None


def test_a_timed_date_under_the_headline_beats_the_address_day() -> None:
    page = (
        '<html lang="en"><head><title>Voltmark Opens Battery Plant</title></head><body>'
        '<div class="article-header"><h1>Voltmark Opens Battery Plant</h1>'
        "<p>March 03, 2025 08:00 ET | Source: Voltmark Inc.</p></div>"
        '<div class="article-body">' + _TEXT.format("battery") + "</div></body></html>"
    )
    url = "https://www.example-wire.com/news-release/2025/03/03/1/0/en/Voltmark.html"
    article = newsextract.extract(page, url=url)
    assert article.published == datetime(2025, 3, 3, 8, 0, tzinfo=timezone(timedelta(hours=-5)))


def test_a_day_without_time_under_the_headline_is_no_date() -> None:
    page = (
        '<html lang="en"><head><title>Plant opens</title></head><body><article>'
        "<h1>Plant opens</h1><p>On March 5, 2025 the plant opened its doors.</p>"
        + _TEXT.format("battery")
        + "</article></body></html>"
    )
    url = "https://www.example-news.com/2025/03/03/plant-opens/"
    assert newsextract.extract(page, url=url).published == datetime(2025, 3, 3)
