"""Probes of a site's name read from its logo's alt text (issue 12): invented blog and small-site
pages whose post prints no heading, whose header's logo is an image linked to the home page
with an alt text that says it is a logo ("Gartenglück Logo", "Logo der Stadtwerke", "Logotipo de
La Voz", "みなと新報のロゴ"), and whose ``<title>`` repeats the name beside the post's. With the
logo word cut, the name is the site's: the title loses it, and the publisher is it. Must-nots: a
partner's logo in the footer and a sponsor's in the article (linking elsewhere: no site's
name), a header photo whose alt describes it, an alt that is the word "logo" alone. In 14
languages and 6 scripts. ``python -m tests.metadata.test_logo_name_probes`` prints
newsextract's and trafilatura's hits. Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.test_title_parts_probes import TEXT
from tests.metadata.title_pages import page, paragraphs

import newsextract


def logo_page(lang: str, title: str, alt: str, *, article: str = "", footer: str = "") -> str:
    """A theme that prints no title in the post: its header's logo an image linked home with
    the alt text ``alt``, the post's text (``article`` after it), the footer (``footer``)."""
    return page(
        lang,
        title,
        "",
        f'<header class="site-header"><a href="/" class="custom-logo-link">'
        f'<img src="/logo.png" alt="{alt}"></a></header>'
        f'<main><article class="post"><div class="post-content">{paragraphs(TEXT[lang])}'
        f'{article}</div></article></main><footer class="site-footer">{footer}</footer>',
    )


# (name, url, html, title, publisher)
PROBES: list[tuple[str, str, str, object, object]] = [
    (
        "de_name_then_logo",
        "https://rosen.example.de/?p=412",
        logo_page("de", "Rosen schneiden im Spätwinter · Gartenglück", "Gartenglück Logo"),
        "Rosen schneiden im Spätwinter",
        "Gartenglück",
    ),
    (
        "de_logo_der_name",
        "https://netz.example.de/?p=9",
        logo_page("de", "Neue Ladesäulen am Marktplatz | Stadtwerke", "Logo der Stadtwerke"),
        "Neue Ladesäulen am Marktplatz",
        "Stadtwerke",
    ),
    (
        "en_name_logo_site_first",
        "https://blog.example.org/?p=31",
        logo_page("en", "Garden Notes – Pruning old roses in late winter", "Garden Notes logo"),
        "Pruning old roses in late winter",
        "Garden Notes",
    ),
    (
        "es_logotipo_de",
        "https://noticias.example.es/?p=77",
        logo_page(
            "es", "Cómo podar los rosales viejos | La Voz del Valle", "Logotipo de La Voz del Valle"
        ),
        "Cómo podar los rosales viejos",
        "La Voz del Valle",
    ),
    (
        "fr_logo_de",
        "https://jardin.example.fr/?p=5",
        logo_page(
            "fr",
            "Tailler les rosiers en fin d’hiver - La Gazette Verte",
            "Logo de La Gazette Verte",
        ),
        "Tailler les rosiers en fin d’hiver",
        "La Gazette Verte",
    ),
    (
        "it_logo_colon",
        "https://orto.example.it/?p=8",
        logo_page("it", "Potare le rose a fine inverno | Orto Felice", "Logo: Orto Felice"),
        "Potare le rose a fine inverno",
        "Orto Felice",
    ),
    (
        "pt_logotipo_do",
        "https://horta.example.pt/?p=3",
        logo_page(
            "pt",
            "Podar as roseiras no fim do inverno | Jornal da Horta",
            "Logotipo de Jornal da Horta",
        ),
        "Podar as roseiras no fim do inverno",
        "Jornal da Horta",
    ),
    (
        "nl_logo_van",
        "https://tuin.example.nl/?p=4",
        logo_page(
            "nl", "Rozen snoeien aan het eind van de winter | Tuinkrant", "Logo van Tuinkrant"
        ),
        "Rozen snoeien aan het eind van de winter",
        "Tuinkrant",
    ),
    (
        "pl_name_logo",
        "https://ogrod.example.pl/?p=6",
        logo_page("pl", "Przycinanie starych róż | Zielony Zakątek", "Zielony Zakątek logo"),
        "Przycinanie starych róż",
        "Zielony Zakątek",
    ),
    (
        "tr_logosu",
        "https://bahce.example.com.tr/?p=2",
        logo_page("tr", "Güllerin kış sonunda budanması | Bahçe Postası", "Bahçe Postası Logosu"),
        "Güllerin kış sonunda budanması",
        "Bahçe Postası",
    ),
    (
        "ru_logotip",
        "https://sad.example.ru/?p=7",
        logo_page(
            "ru", "Обрезка старых роз в конце зимы | Садовый вестник", "Логотип Садовый вестник"
        ),
        "Обрезка старых роз в конце зимы",
        "Садовый вестник",
    ),
    (
        "uk_logotip",
        "https://sad.example.ua/?p=7",
        logo_page(
            "uk", "Обрізка старих троянд наприкінці зими | Садова газета", "Садова газета логотип"
        ),
        "Обрізка старих троянд наприкінці зими",
        "Садова газета",
    ),
    (
        "ja_no_rogo",
        "https://niwa.example.jp/?p=1",
        logo_page("ja", "冬の終わりのバラの剪定 | みなと新報", "みなと新報のロゴ"),
        "冬の終わりのバラの剪定",
        "みなと新報",
    ),
    (
        "zh_biaozhi",
        "https://huayuan.example.cn/?p=1",
        logo_page("zh", "冬末修剪老玫瑰_晨光园艺", "晨光园艺标志"),
        "冬末修剪老玫瑰",
        "晨光园艺",
    ),
    (
        "ko_rogo",
        "https://jeongwon.example.kr/?p=1",
        logo_page("ko", "늦겨울 장미 가지치기 | 한빛정원", "한빛정원 로고"),
        "늦겨울 장미 가지치기",
        "한빛정원",
    ),
    (
        "ar_shiar",
        "https://hadiqa.example.com/?p=1",
        logo_page("ar", "تقليم الورود القديمة في آخر الشتاء | حديقة النهار", "شعار حديقة النهار"),
        "تقليم الورود القديمة في آخر الشتاء",
        "حديقة النهار",
    ),
    # --- must-nots ---------------------------------------------------------------------------
    (
        "de_partner_logo_in_footer",
        "https://netz.example.de/?p=10",
        logo_page(
            "de",
            "Stadtwerke – Neue Ladesäulen am Marktplatz",
            "Startseite",
            footer='<a href="https://partner.example.de/" class="partner-logo">'
            '<img src="/p.png" alt="Logo der Stadtwerke"></a>',
        ),
        "Stadtwerke – Neue Ladesäulen am Marktplatz",
        None,
    ),
    (
        "en_sponsor_logo_in_article",
        "https://blog.example.org/?p=32",
        logo_page(
            "en",
            "Baking bread with children | Korn Bakery",
            "Home",
            article='<div class="sponsor">Supported by <a href="https://korn.example.com/">'
            '<img src="/s.png" alt="Korn Bakery logo"></a></div>',
        ),
        ...,  # a two-part title's last part is cut as the site's however named
        None,
    ),
    (
        "en_header_photo_described",
        "https://blog.example.org/?p=33",
        logo_page(
            "en",
            "Pruning old roses in late winter | Roses in the morning light",
            "Roses in the morning light beside the new garden logo",
        ),
        "Pruning old roses in late winter | Roses in the morning light",
        None,
    ),
    (
        "ja_alt_logo_alone",
        "https://niwa.example.jp/?p=2",
        logo_page("ja", "冬の終わりのバラの剪定 | ロゴ", "ロゴ"),
        ...,  # a two-part title's last part is cut as the site's however named
        None,
    ),
]

_FIELDS = ("title", "publisher")
# Probes the code does not yet pass.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, _FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_logo_name_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, _FIELDS)
