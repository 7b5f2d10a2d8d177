"""Two title decorations the second blind title probe found: a section's name after a double
colon ("Titulek :: Zprávy :: Site", as Czech and Slovak sites write their titles), cut as a
section after a bar or a dash is; and a JSON-LD headline cut bare at a length limit between
two words of one sentence ("… am Wochenende und"), which gives way to the visible headline
even where no other metadata title gives it whole. A headline that ends on punctuation, or
that the ``<h1>`` extends after a separator, is one of its own."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract
from newsextract.metadata.title_cleanup import without_date_part

_TEXT = (
    "The ferry to the island is running again after a three-month pause for repairs to the "
    "pier, with six crossings a day and an extra evening boat at weekends."
)


def _story(lang: str, title: str, head: str, h1: str, site: str) -> str:
    return page(
        lang,
        title,
        head,
        f'<header><a class="logo" href="/">{site}</a></header><main><article>{h1}'
        f"<div class='body'>{paragraphs(_TEXT, _TEXT)}</div></article></main>",
    )


@pytest.mark.parametrize(
    ("lang", "title", "site", "want"),
    [
        (
            "cs",
            "Přívoz na ostrov znovu jezdí :: Zprávy :: Novinky z Polabí",
            "Novinky z Polabí",
            "Přívoz na ostrov znovu jezdí",
        ),
        (
            "sk",
            "Trajekt na ostrov opäť premáva :: Regióny :: Hlas Pobrežia",
            "Hlas Pobrežia",
            "Trajekt na ostrov opäť premáva",
        ),
        (
            "hu",
            "Újra jár a komp a szigetre :: Belföld :: Parti Hírek",
            "Parti Hírek",
            "Újra jár a komp a szigetre",
        ),
    ],
    ids=["cs", "sk", "hu"],
)
def test_a_section_after_a_double_colon_is_cut(lang: str, title: str, site: str, want: str) -> None:
    html = _story(lang, title, "", "", site)
    assert newsextract.extract(html, url="https://example.cz/2024/05/14/8821").title == want


def test_a_headline_part_after_one_colon_stays() -> None:
    html = _story("de", "Verkehr: Lokales | Inselbote", "", "", "Inselbote")
    assert newsextract.extract(html, url="https://example.de/a/1").title == "Verkehr: Lokales"


_WHOLE = {
    "de": "Fähre zur Insel fährt nach drei Monaten wieder – Gemeinde plant zusätzliche "
    "Abfahrten am Wochenende und im Sommer",
    "es": "El transbordador vuelve a navegar hacia la isla tras tres meses de parada y el "
    "ayuntamiento promete más salidas durante el verano",
    "ru": "Паром на остров снова ходит после трёх месяцев перерыва, а администрация обещает "
    "дополнительные рейсы по выходным и летом",
}


@pytest.mark.parametrize("lang", sorted(_WHOLE))
def test_a_jsonld_headline_cut_between_two_words_gives_way(lang: str) -> None:
    whole = _WHOLE[lang]
    cut = whole[: whole.rfind(" ", 0, 105)]
    assert len(cut) >= 100
    html = _story(
        lang, "Inselbote", ld("NewsArticle", headline=cut), f"<h1>{whole}</h1>", "Inselbote"
    )
    assert newsextract.extract(html, url="https://example.org/a/1").title == whole


def test_a_whole_jsonld_headline_the_h1_decorates_stays() -> None:
    headline = (
        "Ferry to the island runs again after three months: six crossings a day, an evening "
        "boat at weekends?"
    )
    html = _story(
        "en",
        "Bay Herald",
        ld("NewsArticle", headline=headline),
        f"<h1>{headline} Watch the video</h1>",
        "Bay Herald",
    )
    assert newsextract.extract(html, url="https://example.org/a/1").title == headline


@pytest.mark.parametrize(
    ("lang", "title", "site", "want"),
    [
        (
            "ja",
            "フェリー、3か月ぶりに運航再開：港町タイムズ",
            "港町タイムズ",
            "フェリー、3か月ぶりに運航再開",
        ),
        ("zh", "渡轮停航三个月后恢复运行：滨江日报", "滨江日报", "渡轮停航三个月后恢复运行"),
        (
            "en",
            "Ferry service to Gull Island resumes: Bay Herald",
            "Bay Herald",
            "Ferry service to Gull Island resumes",
        ),
        (
            "en",
            "Ferry service to Gull Island resumes: what riders need to know",
            "Bay Herald",
            "Ferry service to Gull Island resumes: what riders need to know",
        ),
    ],
    ids=["ja", "zh", "en", "en-headline-own-colon"],
)
def test_the_site_name_after_a_closing_colon_is_cut(
    lang: str, title: str, site: str, want: str
) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    html = _story(lang, title, head, "", site)
    assert newsextract.extract(html, url="https://example.jp/2024/05/14/8821").title == want


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Concierto de primavera de la Banda Municipal - 18 de mayo de 2024 - Teatro Principal",
            "Concierto de primavera de la Banda Municipal - Teatro Principal",
        ),
        ("Jazz night | Saturday, May 18, 2024 | Harbour Hall", "Jazz night | Harbour Hall"),
        ("Sommerfest – 18. Mai 2024 – Kulturhaus", "Sommerfest – Kulturhaus"),
        ("Концерт оркестра | 18 мая 2024 | Дом культуры", "Концерт оркестра | Дом культуры"),
        ("市民コンサート｜2024年5月18日｜市民ホール", "市民コンサート｜市民ホール"),
        # a date inside a part, opening the title, or a month without its day: kept
        ("Budget vote - 18 May 2024 council meeting - Valley Post", None),
        ("18 May 2024 - Town fair", None),
        ("Review - May 2024 - Valley Post", None),
        ("Elections 2024 - what to know", None),
    ],
)
def test_a_written_date_part_is_cut(title: str, expected: str | None) -> None:
    assert without_date_part(title) == (expected or title)


def test_an_event_page_title_loses_its_written_date() -> None:
    html = page(
        "es",
        "Concierto de primavera de la Banda Municipal - 18 de mayo de 2024 - Teatro Principal",
        '<meta property="og:site_name" content="Teatro Principal">',
        '<header><a class="logo" href="/">Teatro Principal</a></header><main><div class="event">'
        f"{paragraphs(_TEXT)}</div></main>",
    )
    got = newsextract.extract(html, url="https://example.es/agenda/concierto-primavera")
    assert got.title == "Concierto de primavera de la Banda Municipal"


@pytest.mark.parametrize(
    ("lang", "title", "site"),
    [
        ("zh", "渡轮停航三个月后恢复运行【滨江日报】", "滨江日报"),
        ("ko", "여객선 석 달 만에 운항 재개 [바닷가신문]", "바닷가신문"),
        ("ja", "フェリー、3か月ぶりに運航再開：港町タイムズ", "港町タイムズ"),
        ("zh", "渡轮停航三个月后恢复运行 - 滨江日报 - 滨江网", "滨江日报"),
    ],
    ids=["zh-brackets", "ko-brackets", "ja-closing-colon", "zh-name-before-portal"],
)
def test_the_logo_names_the_site_a_title_sets_in_brackets_after_a_colon_or_before_its_portal(
    lang: str, title: str, site: str
) -> None:
    # No <meta> names the site: its logo's text does, where the <title> sets it.
    html = _story(lang, title, "", "", site)
    got = newsextract.extract(html, url="https://example.cn/2024/05/14/8821.html")
    assert (got.title, got.publisher) == (title.split(site)[0].rstrip(" -：【["), site)
