"""Date probes of a day one apart (issue 12): invented pages, modelled on real layouts, whose
URL path gives one day and whose visible date the day before, late in the evening ("4 March
2024, 23:10" under ``/2024/03/05/``: the URL was cut in UTC, the line in the site's zone), or
whose ``<time datetime>`` is at an offset west of UTC; beside them, blog and forum stamps in
several languages ("Posted on", "Geschrieben am", "发表于", "投稿日：", "Опубликовано"), a theme's
``.entry-date``, and threads whose header shows the last reply's day above the first post's:
the page's date is the first post's. ``python -m tests.metadata.test_date_probes_day_apart``
prints newsextract's and trafilatura's hits. Every page, name and text is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from tests.metadata.language_probes.kit import same_moment
from tests.metadata.test_date_probes_beyond_news import TEXT, _head, _text, blog, comments

import newsextract

EST = timezone(timedelta(hours=-5))
BLOG = "https://garden.example.org/"


def when(*parts: int, tz: timezone | None = None) -> datetime:
    return datetime(*parts, tzinfo=tz)  # type: ignore[misc]


def wordpress(lang: str, title: str, stamp: str, shown: str, *, after: str = "") -> str:
    """A WordPress theme's post: an ``<h1 class="entry-title">``, its ``<time class="entry-date
    published">`` in the post's meta line, the content, then whatever follows (comments)."""
    return (
        _head(lang, title) + '<body class="single"><main id="main"><article class="post">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
        f'<span class="posted-on"><a href="#"><time class="entry-date published" '
        f'datetime="{stamp}">{shown}</time></a></span></div></header><div class="entry-content">'
        f"{_text(lang)}</div></article>{after}</main></body></html>"
    )


def discuz(lang: str, subject: str, label: str, first: str, reply: str, *, head: str = "") -> str:
    """A Discuz!-style thread: a header (the thread's counts, maybe its last reply), then each
    post's author line "发表于 DAY TIME"."""
    posts = "".join(
        f'<div id="post_{n}"><table class="plhin"><tr><td class="pls"><div class="authi">'
        f'<a class="xw1" href="/space-{n}">{name}</a></div></td><td class="plc"><div class="pi">'
        f'<div class="authi"><em id="authorposton{n}">{label} {line}</em></div></div>'
        f'<div class="pct"><div class="t_fsz"><td class="t_f">{TEXT[lang]}</td></div></div>'
        "</td></tr></table></div>"
        for n, (name, line) in enumerate((("gardener", first), ("neighbour", reply)), 1)
    )
    return (
        _head(lang, subject) + f'<body><div id="ct"><div id="postlist"><div class="hm">{head}'
        f'</div><h1 class="ts"><span id="thread_subject">{subject}</span></h1>{posts}</div></div>'
        "</body></html>"
    )


def board(lang: str, subject: str, head: str, first: str, reply: str) -> str:
    """A small forum's topic: above the posts, a line naming the topic's last reply and its day;
    then each post with its own day in its header."""
    posts = "".join(
        f'<div class="forum-post"><div class="post-header"><span class="post-author">{name}'
        f'</span> <span class="post-date">{line}</span></div><div class="post-text"><p>'
        f"{TEXT[lang]}</p></div></div>"
        for name, line in (("gardener", first), ("neighbour", reply))
    )
    return (
        _head(lang, subject) + f'<body><div class="topic"><h1>{subject}</h1><div class="topic-'
        f'stats">{head}</div>{posts}</div></body></html>'
    )


# (name, url, page, published)
PROBES: list[tuple[str, str, str, datetime | None]] = [
    # --- the URL's day and a visible time the evening before --------------------------------
    (
        "en_url_next_day_visible_evening",
        BLOG + "2024/03/05/water-tap/",
        blog("en", "Water tap", "Posted on March 4, 2024 at 11:10 pm by Ann"),
        when(2024, 3, 4),
    ),
    (
        "de_url_next_day_visible_evening",
        BLOG + "2024/03/05/wasserhahn/",
        blog("de", "Wasserhahn", "Geschrieben am 4. März 2024, 23:10 Uhr von Anna"),
        when(2024, 3, 4),
    ),
    (
        "fr_url_next_day_visible_evening",
        BLOG + "2024/03/05/robinet/",
        blog("fr", "Un robinet", "Publié le 4 mars 2024 à 23 h 10 par Anne"),
        when(2024, 3, 4),
    ),
    (
        "es_url_next_day_visible_evening",
        BLOG + "2024/03/05/grifo/",
        blog("es", "Un grifo", "Publicado el 4 de marzo de 2024 a las 23:10 por Ana"),
        when(2024, 3, 4),
    ),
    (
        "ru_url_next_day_visible_evening",
        BLOG + "2024/03/05/kran/",
        blog("ru", "Кран", "Опубликовано 4 марта 2024 в 23:10"),
        when(2024, 3, 4),
    ),
    # --- the URL's day and a <time datetime> at an offset west (east) of UTC, the path cut
    # from the UTC clock: the instant's local day --------------------------------------------
    (
        "en_url_next_day_time_west",
        BLOG + "2024/03/05/water-tap/",
        wordpress("en", "Water tap", "2024-03-04T23:10:00-05:00", "March 4, 2024"),
        when(2024, 3, 4, 23, 10, tz=EST),
    ),
    (
        "es_url_next_day_time_west",
        BLOG + "2024/03/05/grifo/",
        wordpress("es", "Un grifo", "2024-03-04T23:10:00-05:00", "4 de marzo de 2024"),
        when(2024, 3, 4, 23, 10, tz=EST),
    ),
    (
        "de_url_day_before_time_east",
        BLOG + "2024/03/04/wasserhahn/",
        wordpress("de", "Wasserhahn", "2024-03-05T00:30:00+01:00", "5. März 2024"),
        when(2024, 3, 5, 0, 30, tz=timezone(timedelta(hours=1))),
    ),
    # --- the URL's day and a visible day without a time: nothing says which is right; the
    # URL, the stronger source, keeps its day (a draft started the day before) -------------
    (
        "en_url_day_visible_bare_day_before",
        BLOG + "2024/03/05/water-tap/",
        blog("en", "Water tap", "Posted on March 4, 2024 by Ann"),
        when(2024, 3, 5),
    ),
    # --- blog stamps, in several languages ----------------------------------------------
    (
        "en_posted_on_with_comments",
        BLOG + "water-tap/",
        blog(
            "en",
            "Water tap",
            "Posted on March 4, 2024 by Ann",
            after=comments(("2024-03-09T10:00:00+00:00", "March 9, 2024 at 10:00 am")),
        ),
        when(2024, 3, 4),
    ),
    (
        "de_geschrieben_am",
        BLOG + "wasserhahn/",
        blog("de", "Wasserhahn", "Geschrieben am 4. März 2024 von Anna"),
        when(2024, 3, 4),
    ),
    (
        "zh_fabiao_yu_blog",
        BLOG + "shuilongtou/",
        blog("zh", "水龙头", "发表于 2024年3月4日 作者 小林"),
        when(2024, 3, 4),
    ),
    (
        "ja_toukoubi",
        BLOG + "suidou/",
        blog("ja", "水道", "投稿日：2024年3月4日 投稿者：山田"),
        when(2024, 3, 4),
    ),
    (
        "ru_opublikovano_with_comments",
        BLOG + "kran/",
        blog(
            "ru",
            "Кран",
            "Опубликовано 4 марта 2024 автором Анна",
            after=comments(("2024-03-09T10:00:00+03:00", "9 марта 2024 в 10:00")),
        ),
        when(2024, 3, 4),
    ),
    (
        "en_entry_date_with_comments",
        BLOG + "water-tap/",
        wordpress(
            "en",
            "Water tap",
            "2024-03-04T09:00:00+00:00",
            "March 4, 2024",
            after=comments(("2024-03-09T10:00:00+00:00", "March 9, 2024 at 10:00 am")),
        ),
        when(2024, 3, 4, 9, 0, tz=UTC),
    ),
    # --- forums: the first post's day, not the last reply's ------------------------------
    (
        "zh_discuz_first_post",
        "https://bbs.example.org/thread-1234-1-1.html",
        discuz("zh", "菜园装水龙头", "发表于", "2024-3-4 21:10", "2024-3-6 08:05"),
        when(2024, 3, 4),
    ),
    (
        "zh_discuz_last_reply_in_header",
        "https://bbs.example.org/thread-1234-1-1.html",
        discuz(
            "zh",
            "菜园装水龙头",
            "发表于",
            "2024-3-4 21:10",
            "2024-3-6 08:05",
            head="查看: 120 | 回复: 1 | 最后回复 2024-3-6 08:05",
        ),
        when(2024, 3, 4),
    ),
    (
        "en_board_last_post_in_header",
        "https://forum.example.org/topic/1234-water-tap",
        board(
            "en",
            "Water tap",
            "2 posts · Last post by neighbour on March 6, 2024, 8:05 am",
            "March 4, 2024, 9:10 pm",
            "March 6, 2024, 8:05 am",
        ),
        when(2024, 3, 4),
    ),
    (
        "de_board_last_post_in_header",
        "https://forum.example.org/thema/1234-wasserhahn",
        board(
            "de",
            "Wasserhahn",
            "2 Beiträge · Letzter Beitrag von neighbour am 6. März 2024, 08:05",
            "4. März 2024, 21:10",
            "6. März 2024, 08:05",
        ),
        when(2024, 3, 4),
    ),
    (
        "ru_board_last_post_in_header",
        "https://forum.example.org/tema/1234-kran",
        board(
            "ru",
            "Кран",
            "2 сообщения · Последнее сообщение от neighbour 6 марта 2024, 08:05",
            "4 марта 2024, 21:10",
            "6 марта 2024, 08:05",
        ),
        when(2024, 3, 4),
    ),
]

# Probes the code does not yet pass.
_OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("url", "page", "want"),
    [
        pytest.param(
            url,
            page,
            want,
            id=name,
            marks=[pytest.mark.xfail(strict=True)] if name in _OPEN else [],
        )
        for name, url, page, want in PROBES
    ],
)
def test_day_apart_probe(url: str, page: str, want: datetime | None) -> None:
    article = newsextract.extract(page, url=url)
    assert same_moment(article.published, want), f"published: {article.published!r}"


def _hits() -> None:  # pragma: no cover - a report, run by hand
    import trafilatura

    for tool in ("newsextract", "trafilatura"):
        hits = 0
        missed = []
        for name, url, page, want in PROBES:
            if tool == "newsextract":
                got = newsextract.extract(page, url=url).published
            else:
                doc = trafilatura.bare_extraction(page, url=url, with_metadata=True)
                found = (doc if isinstance(doc, dict) else doc.as_dict()) if doc else {}
                day = found.get("date")
                got = datetime.fromisoformat(day) if day else None
                want = want.replace(hour=0, minute=0, tzinfo=None) if want else None
            if same_moment(got, want):
                hits += 1
            else:
                missed.append(f"{name}: {got!r}")
        print(f"{tool}: {hits}/{len(PROBES)}")
        for line in missed:
            print("  ", line)


if __name__ == "__main__":  # pragma: no cover
    _hits()
