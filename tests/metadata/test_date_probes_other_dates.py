"""Date probes of pages dated only by something else (issue 12): invented pages, modelled on
real layouts, whose one date is not their publication's: a side column's list of other posts,
each with its ``<time datetime>``; a picture's credit ("© name, day"); a footer's copyright
year; readers' comments. Beside them, pages whose lines give an update before the
publication, or an update and the day first written, and numeric days in each language's
order: the publication is still the answer. Every page, name and text is invented."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.language_probes.kit import same_moment
from tests.metadata.test_date_probes_beyond_news import _head, _text, blog, comments, news, related

import newsextract


def aside(*items: tuple[str, str]) -> str:
    """A theme's side column as an ``<aside>``, no class naming it: other posts, each with
    its ``<time datetime>``."""
    return (
        '<aside class="widget-area"><section class="widget"><ul>'
        + "".join(
            f'<li><a href="/p/{n}">…</a> <time datetime="{stamp}">{shown}</time></li>'
            for n, (stamp, shown) in enumerate(items)
        )
        + "</ul></section></aside>"
    )


def gallery(lang: str, title: str, credits: str) -> str:
    """A foundation's topic page, no date of its own: the text, then a gallery of photos,
    each with its caption and its credit."""
    return (
        _head(lang, title) + f'<body><main><h1>{title}</h1><div class="text">{_text(lang)}</div>'
        f'<div class="gallery">{credits}</div></main></body></html>'
    )


def credit(caption: str, line: str) -> str:
    """A photo's caption and its credit line."""
    return (
        f'<figure><img src="/p.jpg" alt=""><figcaption><p>{caption}</p><p>{line}</p>'
        "</figcaption></figure>"
    )


def when(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day)


# (name, page, published); None: the page gives no publication day.
PROBES: list[tuple[str, str, datetime | None]] = [
    # --- a side column's other posts, each with its <time datetime>, the page's only date --
    (
        "de_side_times_only",
        blog(
            "de",
            "Endlich ein Wasserhahn",
            "von Anna",
            side=related(
                ("2021-05-02T10:00:00+02:00", "2. Mai 2021"),
                ("2021-04-20T10:00:00+02:00", "20. April 2021"),
            ),
        ),
        None,
    ),
    (
        "ja_aside_times_only",
        news("ja", "市民農園に水道", "文・山田").replace(
            '<aside class="sidebar"></aside>',
            aside(
                ("2021-05-02T10:00:00+09:00", "2021年5月2日"),
                ("2021-04-20T10:00:00+09:00", "2021年4月20日"),
            ),
        ),
        None,
    ),
    (
        "ru_aside_times_only",
        news("ru", "Наконец кран в огороде", "Анна Петрова").replace(
            '<aside class="sidebar"></aside>',
            aside(
                ("2021-05-02T10:00:00+03:00", "2 мая 2021"),
                ("2021-04-20T10:00:00+03:00", "20 апреля 2021"),
            ),
        ),
        None,
    ),
    (
        "ar_aside_times_only",
        news("ar", "أخيرا صنبور في الحديقة", "بقلم سلمى").replace(
            '<aside class="sidebar"></aside>',
            aside(("2021-05-02T10:00:00+03:00", "2 مايو 2021")),
        ),
        None,
    ),
    (
        "es_related_times_after_text",
        blog(
            "es",
            "Por fin un grifo",
            "por Lucía",
            after=related(("2021-05-02T10:00:00+02:00", "2 de mayo de 2021")),
        ),
        None,
    ),
    # ... and with the page's own date: the page's, not the side column's older one
    (
        "fr_aside_times_and_own",
        news("fr", "Enfin un robinet", "Publié le 4 mars 2024").replace(
            '<aside class="sidebar"></aside>',
            aside(("2024-01-20T10:00:00+01:00", "20 janvier 2024")),
        ),
        when(2024, 3, 4),
    ),
    # --- a picture's credit with its day, the page's only full date ----------------------
    (
        "de_photo_credit_only",
        gallery(
            "de",
            "Windräder vor der Küste",
            credit("Windpark vor Lüttholm", "© Gerda Albrecht, 31.05.2013"),
        ),
        None,
    ),
    (
        "en_photo_credit_only",
        gallery(
            "en", "Turbines off the coast", credit("Lowfield array", "© Sam Ortega 14/06/2012")
        ),
        None,
    ),
    (
        "fr_photo_credit_only",
        gallery(
            "fr",
            "Des éoliennes en mer",
            credit("Le parc de Ploumarec", "(c) Yves Le Goff, 12.09.2014"),
        ),
        None,
    ),
    # --- a footer's copyright year: no day -----------------------------------------------
    (
        "en_copyright_only",
        blog("en", "Water tap", "by Ann Lee", after="<footer><p>© 2022 Garden Club.</p></footer>"),
        None,
    ),
    (
        "de_copyright_range_only",
        blog(
            "de",
            "Wasserhahn",
            "von Anna",
            after="<footer><p>Copyright © 2019–2022 Garten</p></footer>",
        ),
        None,
    ),
    # --- an update line before the publication line, no metadata --------------------------
    (
        "de_updated_first",
        news(
            "de",
            "Neuer Wasserhahn",
            "Aktualisiert: 11.04.2020, 10:27 <br> Publiziert: 03.04.2020, 12:35",
        ),
        when(2020, 4, 3),
    ),
    (
        "fr_updated_first",
        news(
            "fr",
            "Un robinet",
            "Mis à jour le 11 avril 2020 à 10h27 · Publié le 3 avril 2020 à 12h35",
        ),
        when(2020, 4, 3),
    ),
    (
        "pl_updated_first",
        news("pl", "Kran", "Aktualizacja: 11.04.2020 10:27 · Publikacja: 03.04.2020 12:35"),
        when(2020, 4, 3),
    ),
    (
        "ru_updated_first",
        news("ru", "Кран", "Обновлено 11 апреля 2020 · Опубликовано 3 апреля 2020"),
        when(2020, 4, 3),
    ),
    # --- "last updated X, first written Y": the first --------------------------------------
    (
        "en_updated_originally_created",
        blog(
            "en",
            "Water tap",
            "by Ann Lee | Last updated 04 Jun 2020, originally created 17 Jun 2019",
        ),
        when(2019, 6, 17),
    ),
    (
        "de_updated_first_published",
        blog(
            "de",
            "Wasserhahn",
            "Zuletzt aktualisiert am 4. Juni 2020, erstmals veröffentlicht am 17. Juni 2019",
        ),
        when(2019, 6, 17),
    ),
    (
        "es_updated_originally_published",
        blog(
            "es",
            "Un grifo",
            "Última actualización: 4 de junio de 2020 · "
            "Publicado originalmente el 17 de junio de 2019",
        ),
        when(2019, 6, 17),
    ),
    # --- numeric days in the language's order ---------------------------------------------
    ("fr_day_first_slashes", blog("fr", "Un robinet", "Par Anne, le 04/03/2021"), when(2021, 3, 4)),
    ("it_day_first_slashes", blog("it", "Un rubinetto", "di Anna, 04/03/2021"), when(2021, 3, 4)),
    ("pt_day_first_hyphens", blog("pt", "Uma torneira", "Por Ana em 04-03-2021"), when(2021, 3, 4)),
    ("ru_day_first_short_year", blog("ru", "Кран", "Анна, 04.03.21"), when(2021, 3, 4)),
    (
        "en_month_first_slashes",
        blog("en", "Water tap", "Posted by Ann on 04/03/2021"),
        when(2021, 4, 3),
    ),
    # --- readers' comments, the page's only date (open: the page search keeps a comment's
    # day, a forum thread's posts being its content) --------------------------------------
    (
        "en_comments_only",
        blog(
            "en",
            "Water tap",
            "by Ann Lee",
            after=comments(("2021-05-02T10:00:00+00:00", "May 2, 2021 at 10:00")),
        ),
        None,
    ),
    (
        "uk_comments_only_written_days",
        blog(
            "uk",
            "Нарешті кран",
            "Ганна",
            after='<div id="comments"><ol class="commentlist"><li class="comment"><cite>Оля'
            '</cite><div class="comment-meta">2 травня 2021, 10:00</div><p>Браво!</p></li>'
            '<li class="comment"><cite>Іван</cite><div class="comment-meta">3 травня 2021, 8:15'
            "</div><p>Чудово.</p></li></ol></div>",
        ),
        None,
    ),
    # ... under a text of kana and Han, shorter in characters than a Latin one of its length
    (
        "ja_comments_only_kana_text",
        blog(
            "ja",
            "水道がついた",
            "文・山田",
            after=comments(("2021-05-02T10:00:00+09:00", "2021年5月2日 10:00")),
        ),
        None,
    ),
    # ... and a later day elsewhere in the source (an archive's capture stamp in a script):
    # a page is published before its first comment, so the comment's day is the latest it
    # can be, and answers
    (
        "it_comments_then_later_capture_stamp",
        blog(
            "it",
            "Finalmente un rubinetto",
            "di Lucia",
            after=comments(("2021-05-02T10:00:00+02:00", "2 maggio 2021 alle 10:00")),
        ).replace("</body>", '<script>var captured = "2023-08-14T09:30:00";</script></body>'),
        when(2021, 5, 2),
    ),
    # ... but a story whose own box a comment word names (an opinion piece's class), its
    # headline inside, after a long lead-in: its date line dates it
    (
        "es_story_box_named_comment",
        _head("es", "Por fin un grifo")
        + f'<body><div class="intro">{_text("es")}</div><div class="comment-piece">'
        '<h1>Por fin un grifo</h1><p class="meta-line">4 de marzo de 2024</p>'
        f"{_text('es')}</div></body></html>",
        when(2024, 3, 4),
    ),
    (
        "fr_comments_only",
        blog(
            "fr",
            "Un robinet",
            "Par Anne",
            after=comments(("2021-05-02T10:00:00+02:00", "2 mai 2021 à 10 h 00")),
        ),
        None,
    ),
]

# Probes the code does not yet pass.
_OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("page", "want"),
    [
        pytest.param(
            page,
            want,
            id=name,
            marks=[pytest.mark.xfail(strict=True)] if name in _OPEN else [],
        )
        for name, page, want in PROBES
    ],
)
def test_other_dates_probe(page: str, want: datetime | None) -> None:
    article = newsextract.extract(page, url="https://garden.example.org/posts/water-tap")
    assert same_moment(article.published, want), f"published: {article.published!r}"
