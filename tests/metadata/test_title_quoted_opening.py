"""A visible headline that opens with a quotation and a colon ("„Endlich geschafft“: …"): the
quote is the headline's own words, and a metadata title that leaves it out (a social title,
an SEO title) is the headline cut short, not a headline that the <h1> decorates with a
kicker. Invented pages and names, in eight languages and four scripts."""

from __future__ import annotations

import json

import pytest

import newsextract
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import agrees, quoted_opening

SITE = ["Riverside Courier", "riversidecourier", "riversidecourier.com"]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("„Endlich geschafft“: Lena Berg gewinnt den Stadtlauf", "„Endlich geschafft“: "),
        ("« On n'abandonne pas » : le maire défend son tram", "« On n'abandonne pas » : "),
        ("'We don't give up': Mayor vows to rebuild library", "'We don't give up': "),
        ("«Мы не сдадимся»: мэр пообещал восстановить мост", "«Мы не сдадимся»: "),
        ("「もう一度走りたい」: 市民ランナーが復帰を宣言", "「もう一度走りたい」: "),
        ("“我们做到了”：市长为新桥剪彩", "“我们做到了”："),
    ],
)
def test_a_quotation_and_a_colon_open_the_headline(title: str, opening: str) -> None:
    assert quoted_opening(title) == len(opening)


@pytest.mark.parametrize(
    "title",
    [
        "Verkehr: Neue Buslinie startet im Mai",  # a kicker, no quotation
        "'90s: the decade that shaped the town",  # an apostrophe, no quotation
        "„Tatort“-Kritik: Ein Abend in Kiel",  # the quotation is a word of a kicker
        "„Endlich geschafft“ bei Lena Berg nach dem Stadtlauf",  # no colon after it
        "„Endlich geschafft“: ",  # nothing after it
    ],
)
def test_no_quoted_opening(title: str) -> None:
    assert quoted_opening(title) == 0


def test_a_title_without_the_headline_s_quotation_agrees_with_it() -> None:
    headline = "'We will rebuild': Mayor vows to restore flooded library"
    assert agrees(headline, "Mayor vows to restore flooded library - Riverside Courier")
    assert agrees(headline, "Mayor vows to restore flooded library")
    # the rest must be the title's whole, and a headline of its own
    assert not agrees(headline, "Mayor vows to restore")
    assert not agrees("'We will rebuild': Mayor vows", "Mayor vows")


def test_the_visible_headline_wins_over_metadata_titles_without_its_quotation() -> None:
    titles = [
        "Mayor vows to restore flooded library - Riverside Courier",
        "Mayor vows to restore flooded library - Riverside Courier",
    ]
    headline = "'We will rebuild': Mayor vows to restore flooded library"
    choice = choose_title(headline, titles, SITE)
    assert (choice.title, choice.index) == (headline, -1)


def test_the_visible_headline_wins_over_a_structured_headline_without_its_quotation() -> None:
    headline = "'We will rebuild': Mayor vows to restore flooded library"
    titles = ["Mayor vows to restore flooded library", "Mayor vows to restore flooded library"]
    choice = choose_title(headline, titles, SITE, trusted=1)
    assert (choice.title, choice.index) == (headline, -1)
    assert choice.reasons[0] == "the visible headline, cut short"


def test_a_quotation_only_the_metadata_carry_is_read_as_a_kicker() -> None:
    """An <h1> without the quotation: the metadata's may be a kicker line its CMS glued on
    (unchanged: the headline the <h1> gives alone wins)."""
    titles = ["'We will rebuild': Mayor vows to restore flooded library"]
    choice = choose_title("Mayor vows to restore flooded library", titles, SITE, trusted=1)
    assert choice.title == "Mayor vows to restore flooded library"


def _page(language: str, headline: str, social: str, site: str, *, structured: bool) -> str:
    """A news page showing ``headline`` whose ``<title>`` and ``og:title`` give ``social``
    (with the site's name), and, with ``structured``, a JSON-LD headline giving it bare."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": social,
        "publisher": {"@type": "Organization", "name": site},
    }
    script = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        if structured
        else ""
    )
    text = "".join(f"<p>{headline} {social}.</p>" for _ in range(3))
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{social} - {site}</title>'
        f'<meta property="og:title" content="{social} - {site}">{script}</head><body>'
        f"<article><h1>{headline}</h1>{text}</article></body></html>"
    )


# (language, the visible headline, the title without its quotation, the site, its host)
CITING = [
    (
        "de",
        "„Endlich geschafft“: Lena Berg gewinnt den Stadtlauf",
        "Lena Berg gewinnt den Stadtlauf",
        "Stadtbote",
        "stadtbote.de",
    ),
    (
        "fr",
        "« On n'abandonne pas » : le maire défend son projet de tram",
        "le maire défend son projet de tram",
        "Le Courrier du Val",
        "courrierduval.fr",
    ),
    (
        "pl",
        "„Jestem szczęśliwy”: Jan Nowak wygrywa maraton w mieście",
        "Jan Nowak wygrywa maraton w mieście",
        "Gazeta Miejska",
        "gazetamiejska.pl",
    ),
    (
        "ru",
        "«Мы не сдадимся»: мэр пообещал восстановить старый мост",
        "Мэр пообещал восстановить старый мост",
        "Заречные вести",
        "zarechnye-vesti.ru",
    ),
    (
        "cs",
        "„Tohle jsme nečekali“: vesnice slaví nový most přes řeku",
        "Vesnice slaví nový most přes řeku",
        "Poříční listy",
        "poricnilisty.cz",
    ),
    (
        "ja",
        "「もう一度走りたい」: 市民ランナーが大会への復帰を宣言",
        "市民ランナーが大会への復帰を宣言",
        "みなと新聞",
        "minato-shimbun.jp",
    ),
    ("zh", "“我们做到了”：市长为新桥通车剪彩", "市长为新桥通车剪彩", "河畔日报", "hepan.cn"),
    (
        "tr",
        "“Söz verdik, yaptık”: Belediye başkanı yeni köprüyü açtı",
        "Belediye başkanı yeni köprüyü açtı",
        "Kent Haber",
        "kenthaber.com.tr",
    ),
]


@pytest.mark.parametrize("structured", [False, True], ids=["metadata", "json-ld"])
@pytest.mark.parametrize("case", CITING, ids=[case[0] for case in CITING])
def test_pages_keep_the_quotation_their_headline_opens_with(
    case: tuple[str, str, str, str, str], structured: bool
) -> None:
    language, headline, social, site, host = case
    html = _page(language, headline, social, site, structured=structured)
    article = newsextract.extract(html, url=f"https://{host}/2025/05/story")
    assert article.title == headline
