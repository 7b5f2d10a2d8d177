"""Probes of multi-part ``<title>``s on pages with no headline element and no slug in the address
(issue 12): invented blog and small-site pages whose post prints no heading, so the ``<title>``
("Post | Section | Site", "Site – Post", "Post :: Site") is all that names it. The part the page
repeats elsewhere is decoration: the site's name in ``og:site_name``, ``application-name``, the
logo's text or alt, the © line, the host's name (spelled as a host spells it: "Gartenglück" on
gartenglueck.…); a section's name in the navigation beside the site's, or the post's own section
(its breadcrumbs', its ``article:section``) alone. Must-nots: a title whose parts are all the post's
("War and Peace: a review"), a one-part title, a site whose name is never repeated, a section after
a colon, a section not shown; a menu's link opening a title no site's name decorates (a kicker,
maybe). In 12 languages and 4 scripts. ``python -m tests.metadata.test_title_parts_probes`` prints
newsextract's and trafilatura's hits. Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.test_blog_theme_probes import TEXT as BLOG_TEXT
from tests.metadata.title_pages import page, paragraphs

import newsextract

TEXT = {
    **BLOG_TEXT,
    "nl": "Deze week hebben we de oude takken tot drie ogen teruggesnoeid, voordat het sap "
    "steeg, en elke struik een schep compost gegeven.",
}


def bare(
    lang: str, title: str, *, head: str = "", header: str = "", footer: str = "", crumbs: str = ""
) -> str:
    """A theme that prints no title in the post: the site's header (``header``), maybe a
    breadcrumb trail, the post's text, the footer (``footer``: a © line)."""
    return page(
        lang,
        title,
        head,
        f'<header class="site-header">{header}</header>{crumbs}'
        f'<main><article class="post"><div class="post-content">{paragraphs(TEXT[lang])}'
        f'</div></article></main><footer class="site-footer">{footer}</footer>',
    )


def nav(*items: str) -> str:
    """The site's menu: a link to each section."""
    links = "".join(f'<li><a href="/s{n}/">{item}</a></li>' for n, item in enumerate(items))
    return f'<nav class="main-navigation"><ul>{links}</ul></nav>'


def site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


def trail(home: str, *crumbs: str) -> str:
    links = "".join(f'<li><a href="/c{n}/">{c}</a></li>' for n, c in enumerate(crumbs))
    return f'<ol class="breadcrumb"><li><a href="/">{home}</a></li>{links}</ol>'


# (name, url, html, title)
PROBES: list[tuple[str, str, str, object]] = [
    # --- the site's name repeated by the page: a <meta>, the logo, the © line, the host -----
    (
        "en_section_nav_site_meta",
        "https://allotment.example.org/?p=412",
        bare(
            "en",
            "Pruning the old roses | Garden Notes | Ann&#39;s Allotment",
            head=site("Ann's Allotment"),
            header='<a href="/" class="logo">Home</a>' + nav("Garden Notes", "Recipes", "About"),
        ),
        "Pruning the old roses",
    ),
    (
        "de_site_first_logo_alt",
        "https://gartenglueck.example.de/?p=412",
        bare(
            "de",
            "Gartenglück – Rosen schneiden im Spätwinter",
            header='<a href="/" class="logo"><img src="/logo.png" alt="Gartenglück"></a>',
        ),
        "Rosen schneiden im Spätwinter",
    ),
    (
        "fr_double_colon_copyright",
        "https://carnets.example.fr/?p=412",
        bare(
            "fr",
            "Tailler les rosiers en fin d’hiver :: Les carnets de Lucie",
            footer="© 2024 Les carnets de Lucie. Tous droits réservés.",
        ),
        "Tailler les rosiers en fin d’hiver",
    ),
    (
        "es_host_name_last",
        "https://cocinademarta.example.es/?p=413",
        bare("es", "Tortilla de patatas con cebolla - Cocina de Marta"),
        "Tortilla de patatas con cebolla",
    ),
    (
        "es_host_name_first",
        "https://cocinademarta.example.es/?p=414",
        bare("es", "Cocina de Marta - Tortilla de patatas con cebolla"),
        "Tortilla de patatas con cebolla",
    ),
    (
        "de_host_spells_umlaut",
        "https://gartenglueck.example.de/?p=413",
        bare("de", "Rosen schneiden im Spätwinter » Gartenglück"),
        "Rosen schneiden im Spätwinter",
    ),
    (
        "de_host_spells_umlaut_site_first",
        "https://gruenerdaumen.example.de/?p=413",
        bare("de", "Grüner Daumen · Tomaten vorziehen auf der Fensterbank"),
        "Tomaten vorziehen auf der Fensterbank",
    ),
    (
        "ja_application_name",
        "https://niwa.example.jp/archives/412",
        bare(
            "ja",
            "冬の終わりのバラの剪定 | 庭の手帖",
            head='<meta name="application-name" content="庭の手帖">',
        ),
        "冬の終わりのバラの剪定",
    ),
    (
        "ru_site_first_og",
        "https://zametki.example.ru/?p=412",
        bare("ru", "Заметки садовода — Обрезка роз поздней зимой", head=site("Заметки садовода")),
        "Обрезка роз поздней зимой",
    ),
    (
        "ko_site_first_og",
        "https://jeongwon.example.kr/412",
        bare("ko", "정원일기 - 늦겨울 장미 가지치기", head=site("정원일기")),
        "늦겨울 장미 가지치기",
    ),
    (
        "uk_double_colon_copyright",
        "https://oksana.example.ua/?p=412",
        bare("uk", "Обрізка троянд наприкінці зими :: Блог Оксани", footer="© 2024 Блог Оксани"),
        "Обрізка троянд наприкінці зими",
    ),
    (
        "en_copyright_site_first_slash",
        "https://plots.example.org/?p=412",
        bare(
            "en",
            "Riverside Allotments / Pruning the old roses in late winter",
            footer="Copyright © 2024 Riverside Allotments. All rights reserved.",
        ),
        "Pruning the old roses in late winter",
    ),
    (
        "pl_logo_text_site_first",
        "https://ogrod.example.pl/?p=412",
        bare(
            "pl",
            "Mój Ogród - Przycinanie starych róż zimą",
            header='<a class="logo" href="/">Mój Ogród</a>',
        ),
        "Przycinanie starych róż zimą",
    ),
    # --- a section's name beside the site's, or alone: the navigation, the breadcrumbs -------
    (
        "pl_section_in_breadcrumbs_site_meta",
        "https://mojogrod.example.pl/?p=412",
        bare(
            "pl",
            "Przycinanie starych róż | Porady | Mój Ogród",
            head=site("Mój Ogród"),
            crumbs=trail("Strona główna", "Porady"),
        ),
        "Przycinanie starych róż",
    ),
    (
        "it_section_first_site_last",
        "https://orto.example.it/?p=412",
        bare(
            "it",
            "Consigli - Potare le rose a fine inverno - L&#39;orto di Nadia",
            head=site("L'orto di Nadia"),
            header=nav("Consigli", "Ricette"),
        ),
        "Potare le rose a fine inverno",
    ),
    (
        "tr_section_nav_site_meta",
        "https://bahce.example.com.tr/?p=412",
        bare(
            "tr",
            "Kış sonunda gül budama | Bahçe | Ayşe&#39;nin Bahçesi",
            head=site("Ayşe'nin Bahçesi"),
            header=nav("Bahçe", "Tarifler"),
        ),
        "Kış sonunda gül budama",
    ),
    (
        "en_section_only_nav",
        "https://allotment.example.org/?p=413",
        bare("en", "Pruning the old roses | Garden Notes", header=nav("Garden Notes", "Recipes")),
        "Pruning the old roses",
    ),
    (
        "pt_section_only_breadcrumbs",
        "https://quintal.example.pt/?p=412",
        bare(
            "pt",
            "Podar as roseiras no fim do inverno - Dicas",
            crumbs=trail("Início", "Dicas"),
        ),
        "Podar as roseiras no fim do inverno",
    ),
    (
        "es_section_first_only_breadcrumbs",
        "https://huerto.example.es/?p=412",
        bare(
            "es",
            "Consejos – Cómo podar los rosales a finales del invierno",
            crumbs=trail("Inicio", "Consejos"),
        ),
        "Cómo podar los rosales a finales del invierno",
    ),
    (
        "nl_section_only_article_section",
        "https://moestuin.example.nl/?p=412",
        bare(
            "nl",
            "Rozen snoeien aan het eind van de winter » Tuintips",
            head='<meta property="article:section" content="Tuintips">',
            header=nav("Tuintips", "Recepten"),
        ),
        "Rozen snoeien aan het eind van de winter",
    ),
    (
        "de_logo_alt_names_the_image",
        "https://rosen.example.de/?p=412",
        bare(
            "de",
            "Rosen schneiden im Spätwinter · Gartenglück",
            header='<a href="/"><img src="/l.png" alt="Gartenglück Logo"></a>',
        ),
        "Rosen schneiden im Spätwinter",
    ),
    # --- must-nots ---------------------------------------------------------------------------
    (
        "en_review_colon_parts_all_the_post",
        "https://books.example.org/?p=412",
        bare("en", "War and Peace: a review", head=site("Reading Room")),
        "War and Peace: a review",
    ),
    (
        "de_review_colon_then_site",
        "https://lesen.example.de/?p=414",
        bare("de", "Krieg und Frieden: Eine Rezension | Leseecke", head=site("Leseecke")),
        "Krieg und Frieden: Eine Rezension",
    ),
    (
        "en_one_part",
        "https://books.example.org/?p=413",
        bare("en", "Notes on pruning old roses", head=site("Reading Room")),
        "Notes on pruning old roses",
    ),
    (
        "en_site_never_named_dash",
        "https://books.example.org/?p=414",
        bare("en", "Roses in winter - the pruning guide"),
        "Roses in winter - the pruning guide",
    ),
    (
        "en_section_not_shown",
        "https://allotment.example.org/?p=415",
        bare(
            "en",
            "Pruning the old roses | Late winter jobs | Ann&#39;s Allotment",
            head=site("Ann's Allotment"),
            header=nav("Recipes", "About"),
        ),
        "Pruning the old roses | Late winter jobs",
    ),
    (
        "en_section_after_a_colon",
        "https://allotment.example.org/?p=416",
        bare("en", "Pruning the old roses in winter: Tips", crumbs=trail("Home", "Tips")),
        "Pruning the old roses in winter: Tips",
    ),
    (
        "fr_section_before_a_colon",
        "https://carnets.example.fr/?p=413",
        bare(
            "fr",
            "Conseils : tailler les rosiers en fin d’hiver",
            crumbs=trail("Accueil", "Conseils"),
        ),
        "Conseils : tailler les rosiers en fin d’hiver",
    ),
    (
        "fr_menu_link_opening_no_site",
        "https://courrier.example.fr/?p=418",
        bare(
            "fr",
            "Jardin - Tailler les rosiers en fin d’hiver",
            header=nav("Jardin", "Cuisine"),
        ),
        "Jardin - Tailler les rosiers en fin d’hiver",
    ),
    (
        "en_two_short_parts_section_nav",
        "https://allotment.example.org/?p=417",
        bare("en", "Roses | Garden Notes", header=nav("Garden Notes", "Recipes")),
        "Roses | Garden Notes",
    ),
]

_FIELDS = ("title",)
# Probes the code does not yet pass.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, _FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_title_parts_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, _FIELDS)
