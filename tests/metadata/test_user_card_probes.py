"""Probes of a post's member named by a bare user element (issue 12): a Q&A site's user card
(``div.user-details``, the member's link and reputation, the asker's card after an editor's)
and a forum's ``<span class="user">`` beside the post's date, in languages and scripts the
dev sets lack; and pages where such an element names no author (a log-in box in the header,
a reader's comment). ``python -m tests.metadata.test_user_card_probes`` prints newsextract's
and trafilatura's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import page, paragraphs

import newsextract

TEXTS = {
    "ru": "Волонтёры посадили на выходных четыреста молодых дубов вдоль берега реки, а совет "
    "пообещал поливать их всё первое засушливое лето.",
    "pt": "Os voluntários plantaram quatrocentos carvalhos jovens ao longo da margem do rio no "
    "fim de semana, e a câmara prometeu regá-los durante o primeiro verão seco.",
    "ja": "ボランティアは週末に川岸に沿って四百本の若いオークを植え、市議会は最初の乾燥した夏の間"
    "ずっと水をやると約束した。",
    "uk": "Волонтери висадили на вихідних чотириста молодих дубів уздовж берега річки, а рада "
    "пообіцяла поливати їх усе перше посушливе літо.",
    "tr": "Gönüllüler hafta sonu nehir kıyısı boyunca dört yüz genç meşe dikti ve belediye ilk "
    "kurak yaz boyunca onları sulamaya söz verdi.",
    "ka": "მოხალისეებმა შაბათ-კვირას მდინარის ნაპირზე ოთხასი ახალგაზრდა მუხა დარგეს, საბჭომ კი "
    "პირველი მშრალი ზაფხულის განმავლობაში მათი მორწყვა დაჰპირდა.",
}


def _shell(site: str, main: str, header: str = "") -> str:
    return (
        f'<header><a class="logo" href="/">{site}</a>{header}<nav><a href="/a">A</a></nav>'
        f"</header><main>{main}</main><footer>© {site}</footer>"
    )


def _card(action: str, name: str, slug: str, *, owner: bool = False) -> str:
    """A Q&A post's signature box: the action's time, then the member's link and reputation."""
    kind = "post-signature owner" if owner else "post-signature"
    return (
        f'<div class="{kind}"><div class="user-info"><div class="user-action-time">{action}'
        f'</div><div class="user-details"><a href="/users/{slug}">{name}</a> '
        '<span class="reputation">1,204</span></div></div></div>'
    )


def qa(lang: str, title: str, cards: str, answer_card: str) -> str:
    """A Stack-like question: the title, the text, its signature boxes, then an answer."""
    return page(
        lang,
        f"{title} - Q&amp;A",
        f'<meta property="og:title" content="{title}"><meta property="og:type" content="website">',
        _shell(
            "Q&amp;A",
            f'<div id="question-header"><h1><a href="/questions/4412">{title}</a></h1></div>'
            f'<div class="question"><div class="s-prose">{paragraphs(TEXTS[lang])}</div>'
            f'<div class="post-signatures">{cards}</div></div>'
            f'<div class="answer"><div class="s-prose"><p>…</p></div>{answer_card}</div>',
        ),
    )


def forum(lang: str, title: str, first: str, when: str, second: str, later: str) -> str:
    """A forum thread: each post's head a bare ``span.user`` and the post's date."""
    return page(
        lang,
        f"{title} - Forum",
        "",
        _shell(
            "Forum",
            f'<h1 class="topic-title">{title}</h1>'
            f'<div class="post"><div class="post-head"><span class="user">{first}</span> '
            f'<span class="date">{when}</span></div>{paragraphs(TEXTS[lang])}</div>'
            f'<div class="post"><div class="post-head"><span class="user">{second}</span> '
            f'<span class="date">{later}</span></div><p>…</p></div>',
        ),
    )


PROBES: list[tuple[str, str, str, object, object]] = [
    (
        "ru_qa_asker_card",
        "https://voprosy-sada.example.ru/questions/4412",
        qa(
            "ru",
            "Как часто поливать молодые дубы?",
            _card("задан 5 мар 2021 в 10:30", "Ирина Соколова", "81/irina", owner=True),
            _card("ответ дан 6 мар 2021 в 8:00", "Пётр Иванов", "92/petr"),
        ),
        ("Ирина Соколова",),
        datetime(2021, 3, 5, 10, 30),
    ),
    (
        "pt_qa_editor_then_asker",
        "https://perguntas-jardim.example.pt/questions/4412",
        qa(
            "pt",
            "Com que frequência regar carvalhos jovens?",
            _card("editada 9/03/2021 às 12:00", "Rui Mendes", "7/rui")
            + _card("perguntada 5/03/2021 às 10:30", "Ana Souza", "81/ana", owner=True),
            _card("respondida 6/03/2021 às 8:00", "João Lima", "92/joao"),
        ),
        ("Ana Souza",),
        ...,
    ),
    (
        "ja_qa_asker_card",
        "https://niwa-qa.example.jp/questions/4412",
        qa(
            "ja",
            "若いオークはどのくらいの頻度で水やりするべき？",
            _card("質問日時: 2021年3月5日", "山田花子", "81/hanako", owner=True),
            _card("回答日時: 2021年3月6日", "佐藤一郎", "92/ichiro"),
        ),
        ("山田花子",),
        datetime(2021, 3, 5),
    ),
    (
        "uk_forum_span_user",
        "https://forum-sadivnykiv.example.ua/thread/4412",
        forum(
            "uk",
            "Полив молодих дубів улітку",
            "Оксана Мельник",
            "05.03.2024 10:30",
            "Тарас Бойко",
            "12.04.2024 20:15",
        ),
        ("Оксана Мельник",),
        datetime(2024, 3, 5, 10, 30),
    ),
    (
        "tr_forum_span_user_handle",
        "https://bahce-forumu.example.com.tr/konu/4412",
        forum(
            "tr",
            "Genç meşeleri yazın sulamak",
            "yesil_eller",
            "05.03.2024 10:30",
            "Mert Aydın",
            "12.04.2024 20:15",
        ),
        ("yesil_eller",),
        datetime(2024, 3, 5, 10, 30),
    ),
    (
        "ka_forum_span_user",
        "https://baghis-forumi.example.ge/thread/4412",
        forum(
            "ka",
            "ახალგაზრდა მუხების მორწყვა ზაფხულში",
            "ნინო ბერიძე",
            "05.03.2024 10:30",
            "გიორგი კაპანაძე",
            "12.04.2024 20:15",
        ),
        ("ნინო ბერიძე",),
        ...,
    ),
    # a signed-in visitor's name in the site's header is no post's member
    (
        "pt_forum_signed_in_visitor",
        "https://forum-hortas.example.pt/topico/4412",
        page(
            "pt",
            "Rega de carvalhos jovens no verão - Fórum",
            "",
            '<header><a class="logo" href="/">Fórum</a><div class="user"><a href="/perfil">'
            'Carla Dias</a></div></header><div id="content"><h1>Rega de carvalhos jovens no '
            f"verão</h1>{paragraphs(TEXTS['pt'])}</div>",
        ),
        (),
        ...,
    ),
    # a log-in box in the site's header names no author of the story
    (
        "ru_news_login_box_in_header",
        "https://novosti-reki.example.ru/2024/03/05/duby",
        page(
            "ru",
            "Волонтёры посадили четыреста дубов - Новости реки",
            "",
            _shell(
                "Новости реки",
                "<article><h1>Волонтёры посадили четыреста дубов</h1>"
                '<p class="byline">Автор: Анна Белова</p>'
                f"{paragraphs(TEXTS['ru'])}</article>",
                header='<div class="user"><a href="/login">Войти</a></div>',
            ),
        ),
        ("Анна Белова",),
        ...,
    ),
]

_FIELDS = ("authors", "published")
_CASES = field_cases(PROBES, _FIELDS, {})


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_user_card_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, _FIELDS)
