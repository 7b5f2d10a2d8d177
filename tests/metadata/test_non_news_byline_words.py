"""Author and date lines of pages that are not news: a recipe's "Recipe by" / "Rezept von",
a Vietnamese blog's "Đăng bởi NAME vào ngày …", a Chinese forum post's "发表于 …" date line
(a label, never the poster's name, though an element named for the author holds it); a
forum thread's first poster; a Q&A page's question (JSON-LD `Question`: its asker, the day
it was asked)."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract


@pytest.mark.parametrize(
    ("language", "line", "author"),
    [
        ("en", "Recipe by <a href='/cooks/ines'>Ines Marlow</a> · Prep 10 min", "Ines Marlow"),
        ("de", "Rezept von <a href='/profil/jk'>Jana Kessler</a> · 45 Minuten", "Jana Kessler"),
        ("vi", "Đăng bởi <b>Trần Minh Châu</b> vào ngày 9 tháng 4 năm 2022", "Trần Minh Châu"),
    ],
)
def test_a_blog_or_recipe_author_line_names_its_author(
    language: str, line: str, author: str
) -> None:
    inner = f"<div class='recipe-meta'>{line}</div>{filler('soup')}"
    page = article_page(language, "Weeknight soup", inner)
    assert newsextract.extract(page, "https://pantry.example.org/soup").authors == (author,)


def test_a_forum_post_date_label_is_no_author() -> None:
    post = (
        "<div class='authi'><em id='authorposton1'>发表于 2021-6-2 20:15:40</em></div>"
        "<p>今年六月我们从昆明出发，沿着滇西的公路一路向北，走了大约两千公里。</p>"
        "<p>路上风景很好，但是雨季的山路比较难走，建议大家提前查好天气再出发。</p>"
    )
    article = newsextract.extract(
        article_page("zh", "滇西自驾路线", post), "https://bbs.road.example.cn/thread-1-1-1.html"
    )
    assert article.authors == ()
    assert article.published is not None
    assert (article.published.hour, article.published.minute) == (20, 15)


@pytest.mark.parametrize(
    ("language", "meta", "author"),
    [
        (
            "ja",
            "<time datetime='2022-10-09'>2022年10月9日</time> 投稿者: <a href='/me'>高橋 美咲</a>",
            "高橋 美咲",
        ),
        (
            "en",
            "<span class='date'>3 March 2024</span> Written by <a href='/me'>Nora Castell</a>",
            "Nora Castell",
        ),
    ],
)
def test_a_byline_label_after_a_date_in_its_own_element_names_the_author(
    language: str, meta: str, author: str
) -> None:
    inner = f"<div class='entry-meta'>{meta}</div>{filler('walk')}"
    page = article_page(language, "A walk by the river", inner)
    assert newsextract.extract(page, "https://riverwalk.example.org/walk").authors == (author,)


def test_a_threads_first_poster_handle_wins_over_a_later_posts_name() -> None:
    def post(member: str, when: str, text: str) -> str:
        return (
            f"<div class='post'><p class='author'>Beitrag von <strong>"
            f"<a class='username' href='/u/{member}'>{member}</a></strong> » {when}</p>"
            f"<div class='content'>{text}</div></div>"
        )

    thread = post(
        "kurbelwelle42",
        "Mo 4. Mär 2024, 09:10",
        "Seit dem Tausch der Kette rutscht die Schaltung am Berg immer wieder auf das nächste "
        "Ritzel. Die Zugspannung habe ich schon mehrmals nachgestellt, leider ohne Erfolg.",
    ) + post("Speichenfee", "Mo 4. Mär 2024, 10:02", "Klingt nach einer alten Kassette.")
    page = article_page("de", "Schaltung springt", thread)
    article = newsextract.extract(page, "https://forum.rad.example.de/viewtopic.php?t=1")
    assert article.authors == ("kurbelwelle42",)


def test_a_qa_pages_question_gives_the_asker_and_the_day_asked() -> None:
    data = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage",'
        '"mainEntity":{"@type":"Question","name":"How do I pot a fern?",'
        '"dateCreated":"2023-04-11T08:15:00+02:00",'
        '"author":{"@type":"Person","name":"Maren Solberg"},"answerCount":1,'
        '"acceptedAnswer":{"@type":"Answer","dateCreated":"2023-04-12T10:00:00+02:00",'
        '"author":{"@type":"Person","name":"Olaf Brandt"},"text":"Use loose soil."}}}</script>'
    )
    page = article_page("en", "How do I pot a fern?", filler("fern"))
    page = page.replace("</head>", data + "</head>", 1)
    article = newsextract.extract(page, "https://askgarden.example.org/q/881")
    assert article.authors == ("Maren Solberg",)
    assert article.published is not None
    assert article.published.isoformat() == "2023-04-11T08:15:00+02:00"


def sidebar_page(boxes: str, byline: str = "") -> str:
    inner = f"{byline}{filler('island')}"
    page = article_page("sv", "Kajak runt öarna", inner)
    return page.replace("</article>", f"</article><aside class='sidebar'>{boxes}</aside>", 1)


BOX = (
    "<div class='widget author-box'><h3>Om mig</h3><p class='author-name'>{name}</p>"
    "<p>Jag skriver om livet i skärgården.</p></div>"
)
URL = "https://skargard.example.org/2021/07/kajak/"


def test_a_blogs_sidebar_author_box_names_the_author_when_no_byline_does() -> None:
    page = sidebar_page(BOX.format(name="Ebba Lindholm"))
    assert newsextract.extract(page, URL).authors == ("Ebba Lindholm",)


def test_a_byline_wins_over_the_sidebar_box() -> None:
    page = sidebar_page(BOX.format(name="Ebba Lindholm"), "<p class='byline'>Av Nils Wahl</p>")
    assert newsextract.extract(page, URL).authors == ("Nils Wahl",)


@pytest.mark.parametrize(
    "boxes",
    [
        BOX.format(name="Ebba Lindholm") + BOX.format(name="Nils Wahl"),  # the site's writers
        BOX.format(name="Ebba"),  # a given name alone
        "<div class='comment-author'><b>Ebba Lindholm</b></div>",  # a comment's
    ],
)
def test_no_sidebar_author_from_several_boxes_a_given_name_or_a_comment(boxes: str) -> None:
    assert newsextract.extract(sidebar_page(boxes), URL).authors == ()


def test_a_greek_blogs_written_by_line_names_its_author() -> None:
    line = "<div class='meta'>Γράφτηκε από Ελένη Ρήγα · 15 Μαρτίου 2022</div>"
    page = article_page("el", "Νάξος", line + filler("νησί"))
    assert newsextract.extract(page, "https://taxidi.example.org/naxos").authors == ("Ελένη Ρήγα",)
