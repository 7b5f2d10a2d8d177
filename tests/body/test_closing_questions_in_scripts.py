"""Round 17 (issue 11): a short question to the reader closing the page ("Was this article
helpful?") is left out in any script: the full-width "？" of Chinese and Japanese, the Arabic
"؟", the Greek ";" (U+037E as NFC writes it); its length counted in Latin letters (a wide
character weighs three). A lead-in closing with a full-width or Ethiopic colon, its teaser
gone, is left out as one with ":" is."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = (
    "<html lang='{lang}'><head><meta property='og:type' content='article'><title>T</title>"
    "</head><body><article><h1>{title}</h1><div class='body'>{paragraphs}<p>{tail}</p>"
    "</div></article></body></html>"
)

_TEXTS = {
    "zh": (
        "河滨公园完成改造",
        [
            "河滨公园改造工程上月底完工，新增了两条步道和一座儿童游乐场。",
            "公园管理处表示，夜间照明将在下个月全部更换为节能灯具。",
            "附近居民普遍认为，改造后的公园更适合老人和孩子散步。",
        ],
    ),
    "ja": (
        "駅前広場が完成",
        [
            "駅前広場の整備工事が終わり、週末には記念の催しが開かれた。",
            "広場には木陰のベンチが並び、夜は足元を照らす灯りがともる。",
            "市は来年、広場の隣に自転車の駐輪場を設ける予定だ。",
        ],
    ),
    "ar": (
        "افتتاح حديقة جديدة",
        [
            "افتتحت البلدية حديقة جديدة على ضفة النهر تضم ممرات للمشي وملعباً للأطفال.",
            "وقال مدير الحدائق إن الإنارة الليلية ستعمل بالطاقة الشمسية بالكامل.",
            "ويأمل السكان أن تصبح الحديقة مكاناً للقاء العائلات في المساء.",
        ],
    ),
    "el": (
        "Νέο πάρκο στην παραλία",
        [
            "Το νέο πάρκο της παραλίας άνοιξε το Σάββατο με διαδρόμους περιπάτου και παιδική χαρά.",
            "Ο δήμος ανακοίνωσε ότι ο φωτισμός θα λειτουργεί με ηλιακή ενέργεια.",
            "Οι κάτοικοι ελπίζουν ότι το πάρκο θα γίνει τόπος συνάντησης των οικογενειών.",
        ],
    ),
}


def _body(lang: str, tail: str) -> str:
    title, paragraphs = _TEXTS[lang]
    page = _PAGE.format(
        lang=lang, title=title, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs), tail=tail
    )
    return newsextract.extract(page, url="https://park.example.org/a.html").body or ""


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("zh", "这篇文章对您有帮助吗？"),
        ("ja", "この記事は役に立ちましたか？"),
        ("ar", "هل كان هذا المقال مفيداً؟"),
        ("el", "Σας φάνηκε χρήσιμο το άρθρο;"),
        ("zh", "更多精彩内容，请关注："),
    ],
)
def test_a_short_question_or_lead_in_closing_the_page_goes(lang: str, tail: str) -> None:
    body = _body(lang, tail)
    assert body.endswith(_TEXTS[lang][1][-1])


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        # The article's own closing question, a sentence: longer than a prompt in any script.
        ("zh", "改造后的公园能否真正留住年轻人，还要看接下来几个月的管理水平如何？"),
        ("el", "Θα αντέξει όμως ο νέος φωτισμός τους ισχυρούς ανέμους του χειμώνα στην παραλία;"),
    ],
)
def test_the_articles_own_closing_question_stays(lang: str, tail: str) -> None:
    assert _body(lang, tail).endswith(tail)
