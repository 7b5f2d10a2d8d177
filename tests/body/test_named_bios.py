"""A closing paragraph that opens with the name of the page's author and names a profession
after it is the writer's bio (``about_lines.is_named_bio``): the name anchors it in the
scripts without capitals and the languages that write no copula; a closing paragraph opening
with the name and naming no profession, or a long one, is the text's. Greek and Hebrew bios
with their copula are read as the cased scripts' are (``about_lines.is_about_line``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.about_lines import is_about_line, is_named_bio
from newsextract.text import compare_key


def _keys(*names: str) -> frozenset[str]:
    return frozenset(compare_key(name) for name in names)


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        ("سارة الحسن", "سارة الحسن صحفية في قسم الشؤون المحلية."),
        ("مریم احمدی", "مریم احمدی خبرنگار حوزه شهری است."),
        ("王晓明", "王晓明，青水日报城市新闻部记者，长期关注公共文化服务。"),
        ("田中 美咲", "田中美咲　社会部記者。市政と教育を担当。"),
        ("김민준", "김민준 기자는 사회부에서 지역 행정을 담당하고 있습니다."),
        ("राहुल शर्मा", "राहुल शर्मा वरिष्ठ संवाददाता हैं।"),
        ("สมศรี ใจดี", "สมศรี ใจดี เป็นผู้สื่อข่าวสายภูมิภาค"),
    ],
)
def test_named_bio(name: str, bio: str) -> None:
    assert is_named_bio(bio, _keys(name))


def test_named_line_without_profession_or_other_name_is_not_a_bio() -> None:
    assert not is_named_bio("سارة الحسن شكرت المتطوعين على جهودهم.", _keys("سارة الحسن"))
    assert not is_named_bio("王晓明，青水日报记者。", _keys("李建国"))
    assert not is_named_bio("Anna Berg, reporter", _keys("Ann"))  # not a name's whole word
    assert not is_named_bio("Anna Berg is a reporter. " * 20, _keys("Anna Berg"))  # too long


@pytest.mark.parametrize(
    "bio",
    [
        "Ο Γιώργος Παπαδόπουλος είναι συντάκτης του τμήματος Αυτοδιοίκησης.",
        "נועה לוי היא כתבת לענייני מוניציפליה.",
    ],
)
def test_greek_and_hebrew_bios(bio: str) -> None:
    assert is_about_line(bio)


def _page(byline: str, closing: str) -> str:
    return (
        "<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>خبر</title></head><body>"
        "<article><h1>بلدية الواحة تطلق مشروعا لزراعة الأشجار</h1>"
        f"<p class='byline'>بقلم: {byline}</p>"
        "<p>أطلقت بلدية الواحة يوم الأحد مشروعا لزراعة عشرة آلاف شجرة في الشوارع والحدائق "
        "العامة خلال العامين المقبلين.</p>"
        "<p>وقال رئيس البلدية إن تكلفة المشروع تبلغ نحو خمسة ملايين دينار، وسيجري تمويلها "
        "بالشراكة مع القطاع الخاص.</p>"
        f"<p>{closing}</p></article></body></html>"
    )


def test_pipeline_drops_the_writers_bio() -> None:
    bio = "سارة الحسن صحفية في قسم الشؤون المحلية بصحيفة أخبار المدينة."
    article = newsextract.extract(_page("سارة الحسن", bio), url="https://ar.example/a/1")
    assert "سارة الحسن" in article.authors
    assert "خمسة ملايين دينار" in (article.body or "")
    assert bio not in (article.body or "")


def test_pipeline_drops_the_bio_before_a_closing_comment_ask() -> None:
    bio = "سارة الحسن صحفية في قسم الشؤون المحلية بصحيفة أخبار المدينة."
    ask = "ما رأيك؟ شاركنا تعليقك في الأسفل."
    html = _page("سارة الحسن", bio).replace("</article>", f"<p>{ask}</p></article>")
    body = newsextract.extract(html, url="https://ar.example/a/1").body or ""
    assert bio not in body
    assert ask in body


def test_pipeline_keeps_a_closing_line_of_someone_else() -> None:
    closing = "خالد المنصور صحفي سابق عمل في البلدية عشرين عاما قبل أن يترشح للرئاسة."
    article = newsextract.extract(_page("سارة الحسن", closing), url="https://ar.example/a/1")
    assert closing in (article.body or "")
