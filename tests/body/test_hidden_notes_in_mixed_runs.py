"""A link's screen-reader note ("opens in a new window") is no word of the paragraph, also
where an icon in the link (an inline ``<svg>``) makes the paragraph a run of parts, and
under a design system's prefix ("go-vh", "u-visually-hidden", "tw-sr-only")."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.blocks import _hiding_classes

_ICON = '<svg class="icon" viewBox="0 0 24 24"><path d="M7 7h10v10"></path></svg>'


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><main><article><h1>{title}</h1><div class="article-body">{body}</div>'
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "hiding", "note", "paragraphs", "linked"),
    [
        (
            "pl",
            "go-vh",
            "(otwiera się w nowym oknie)",
            [
                "Budowa nowego mostu przez rzekę potrwa jeszcze co najmniej dwa lata, "
                "poinformował w piątek zarząd dróg miejskich.",
                "Według {link} pierwsze prace ziemne ruszą wiosną, a ruch tramwajowy zostanie "
                "przeniesiony na tymczasowy wiadukt.",
                "Mieszkańcy okolicznych osiedli obawiają się hałasu, dlatego miasto obiecało "
                "spotkania konsultacyjne w każdej dzielnicy.",
            ],
            "planu przedstawionego radnym",
        ),
        (
            "ja",
            "c-link__visually-hidden",
            "(新しいウィンドウで開きます)",
            [
                "市立図書館の新館が十日、駅前の再開発地区に開館し、初日から多くの市民が訪れた。",
                "{link}によると、新館は地上五階建てで、約四十万冊の蔵書を収めるほか、自習スペースを備える。",
                "市は今後、電子書籍の貸し出しサービスも始める予定で、利用者の声を聞くとしている。",
            ],
            "市の発表",
        ),
        (
            "tr",
            "sr-only",
            "(yeni pencerede açılır)",
            [
                "Kentte uzun süredir beklenen yeni metro hattı cumartesi günü düzenlenen "
                "törenle yolcu taşımaya başladı.",
                "Belediyenin {link} göre hattın günde yüz bin yolcuya hizmet vermesi ve trafik "
                "yükünü azaltması bekleniyor.",
                "Hat üzerindeki on iki istasyonun tamamında asansör ve yürüyen merdiven bulunuyor.",
            ],
            "açıklamasına",
        ),
    ],
)
def test_a_links_hidden_note_beside_an_icon_is_left_out(
    lang: str, hiding: str, note: str, paragraphs: list[str], linked: str
) -> None:
    link = (
        f'<a href="https://example.org/{lang}/doc" target="_blank">{linked}{_ICON}'
        f'<span class="{hiding}">{note}</span></a>'
    )
    html = _page(lang, "T", [p.replace("{link}", link) for p in paragraphs])
    body = newsextract.extract(html, url="https://news.example.com/a/1").body
    assert note not in body
    assert linked in body
    assert body.count("\n\n") == 2


@pytest.mark.parametrize(
    ("classes", "inline", "hides"),
    [
        ("u-sr-only", False, True),
        ("govuk-visually-hidden", False, True),
        ("c-header__visually-hidden", False, True),
        ("wprm-screen-reader-text", False, True),
        ("is-screenreader-only", False, True),
        ("go-vh", True, True),
        # "vh" on a box may be a viewport-height utility: read only on an inline element.
        ("hero-vh", False, False),
        # Tailwind's undo, and a variant for one screen size, show the element.
        ("tw-not-sr-only", False, False),
        ("md:sr-only", False, False),
        ("sr-only-focusable", False, False),
    ],
)
def test_prefixed_screen_reader_classes(classes: str, inline: bool, hides: bool) -> None:
    assert _hiding_classes(classes, inline=inline) is hides


def test_a_link_of_hidden_words_alone_keeps_its_box_judged_as_before() -> None:
    """An icon link whose words are all for screen readers (a share bar's) still counts as a
    link of its box, so the bar's label goes with the bar."""
    prose = (
        "<p>The council approved the new budget on Tuesday after a long debate about school "
        "funding, road repairs and the future of the public library in the old town.</p>"
    )
    share = (
        '<div class="centered"><strong>Share it:</strong><br><br><div class="bar"><ul>'
        + "".join(
            f'<li><a href="https://share.example.net/{n}"><span></span>'
            f'<span class="sharing-screen-reader-text">Click to share on {n} '
            "(opens in new window)</span></a></li>"
            for n in ("Alpha", "Beta", "Gamma")
        )
        + "</ul></div></div>"
    )
    html = f"<html><body><article><h1>Budget</h1>{prose * 3}{share}</article></body></html>"
    body = newsextract.extract(html).body
    assert "Share it" not in body
    assert "opens in new window" not in body
