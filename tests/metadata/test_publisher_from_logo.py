"""The publisher of a page whose ``<meta>`` names no site: its logo's name when a second
source of the page agrees (the ``<title>`` ends with it, or the host spells it, transliterated
maybe), and a copyright notice's name in quotation marks. A host's slug is never a name."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>Городская администрация объявила, что библиотека будет открыта до десяти вечера в "
    "период экзаменов. Решение приняли после обращения студентов.</p><p>Дополнительные "
    "расходы покроет экономия на электроэнергии после установки солнечных панелей.</p>"
)
_HEADLINE = "Городская библиотека продлит часы работы"
_LOGO = '<header><a href="/" class="logo"><img src="/logo.svg" alt="{name}"></a></header>'


def _page(title: str, header: str = "", footer: str = "", head: str = "") -> str:
    return (
        f'<html lang="ru"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"{header}<article><h1>{_HEADLINE}</h1>{_TEXT}</article>{footer}</body></html>"
    )


@pytest.mark.parametrize(
    ("page", "url"),
    [
        # the title ends with the logo's name; the host spells it otherwise
        (_page(f"{_HEADLINE} | Вечерње вести", _LOGO.format(name="Вечерње вести")),
         "https://vecernje-vesti.rs/drustvo/1"),
        # the host spells the logo's name in Latin letters; the title does not name the site
        (_page(_HEADLINE, _LOGO.format(name="Вести дня")), "https://vesti-dnya.ru/society/1"),
    ],
)  # fmt: skip
def test_a_logo_two_sources_agree_on_is_the_publisher(page: str, url: str) -> None:
    name = "Вечерње вести" if "vecernje" in url else "Вести дня"
    assert newsextract.extract(page, url=url).publisher == name


def test_a_logo_alone_names_no_publisher() -> None:
    page = _page(_HEADLINE, _LOGO.format(name="Городские новости"))
    assert newsextract.extract(page, url="https://vesti-dnya.ru/society/1").publisher is None


def test_the_hosts_own_spelling_in_the_logo_is_no_name() -> None:
    page = _page(f"{_HEADLINE} - vesti-dnya", _LOGO.format(name="vesti-dnya"))
    assert newsextract.extract(page, url="https://vesti-dnya.ru/society/1").publisher is None


def test_a_site_name_in_meta_comes_before_the_logo() -> None:
    head = '<meta property="og:site_name" content="Вести Дня Онлайн">'
    page = _page(f"{_HEADLINE} | Вести дня", _LOGO.format(name="Вести дня"), head=head)
    url = "https://vesti-dnya.ru/society/1"
    assert newsextract.extract(page, url=url).publisher == "Вести Дня Онлайн"


def test_a_copyright_notice_in_quotation_marks_names_the_site() -> None:
    footer = "<footer><p>© 2024 «Вести дня». Все права защищены.</p></footer>"
    page = _page(_HEADLINE, footer=footer)
    assert newsextract.extract(page, url="https://vesti-dnya.ru/society/1").publisher == "Вести дня"


def test_the_host_alone_names_no_publisher() -> None:
    page = _page(_HEADLINE)
    assert newsextract.extract(page, url="https://vesti-dnya.ru/society/1").publisher is None
