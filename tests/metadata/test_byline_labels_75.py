"""The byline labels wave 75 added to the language data (its blind author probe's misses):
Portuguese "crítica por" (a review's credit), Thai "ข่าว" (news: a credits line's reporter),
Persian "گزارش از" (report by), Vietnamese "PV" (reporter), all read only inside an element
the markup names as the author's; and an author box's heading opened by a label. Names
invented."""

from __future__ import annotations

from tests.metadata.test_blind_author_probes_75 import SAY, blog, story

import newsextract

_URL = "https://example.com/2024/04/ponte"


def _authors(html: str) -> tuple[str, ...]:
    return tuple(newsextract.extract(html, url=_URL).authors)


def test_portuguese_review_credit_names_its_writer() -> None:
    html = blog(
        "pt-BR",
        "A ponte, de novo",
        '<span class="byline">Crítica por Beatriz Moura</span> · 9 de abril de 2024',
        site="Cine Ponte",
    )
    assert _authors(html) == ("Beatriz Moura",)


def test_portuguese_review_title_opened_by_critica_de_is_no_byline() -> None:
    # "crítica de" stays out of the labels: it opens reviews' titles
    html = blog("pt-BR", "Crítica de A Ponte Velha", "9 de abril de 2024", site="Cine Ponte")
    assert _authors(html) == ()


def test_thai_news_credit_in_an_author_element_names_the_reporter() -> None:
    html = story(
        "th",
        "สะพานเปิดแล้ว",
        '<span class="byline">ข่าว: ประยุทธ์ มีสุข ภาพ: สุดา ทองดี</span>',
        site="ข่าวริมน้ำ",
    )
    assert _authors(html) == ("ประยุทธ์ มีสุข",)


def test_thai_news_word_in_free_text_is_no_label() -> None:
    # "ข่าว" (news) opens headings and sentences outside an author's element
    html = story(
        "th",
        "สะพานเปิดแล้ว",
        "",
        site="ข่าวริมน้ำ",
        after=f"<p>ข่าว: ชาวบ้านดีใจ {SAY['th']}</p>",
    )
    assert _authors(html) == ()


def test_an_author_box_heading_opened_by_a_label_names_no_one() -> None:
    from newsextract.metadata.byline_placeholders import no_name_words

    # Turkish "Yazar Hakkında" (about the writer): the label "yazar", then no name
    assert "hakkında" in no_name_words()
    html = story(
        "tr",
        "Köprü açıldı",
        "",
        site="Nehir Haber",
        after='<div class="author-box"><h4>Yazar Hakkında</h4></div>',
    )
    assert _authors(html) == ()


def test_an_author_box_heading_then_a_marked_name_gives_the_name() -> None:
    html = story(
        "tr",
        "Köprü açıldı",
        "",
        site="Nehir Haber",
        after='<div class="author-box"><h4>Yazar Hakkında</h4><p class="author-name">Deniz '
        "Yalçın</p><p>Gazeteci.</p></div>",
    )
    assert _authors(html) == ("Deniz Yalçın",)


def test_vietnamese_pv_credit_in_an_author_element_names_the_reporter() -> None:
    html = story("vi", "Cầu mở lại", '<p class="author">PV: Đỗ Minh Khoa</p>', site="Báo Sông Quê")
    assert _authors(html) == ("Đỗ Minh Khoa",)


def test_vietnamese_interview_pv_turn_in_free_text_is_no_label() -> None:
    # "PV:" opens an interviewer's questions in an interview's text
    html = story(
        "vi",
        "Cầu mở lại",
        "",
        site="Báo Sông Quê",
        after="<p>PV: Ông Nguyễn Văn Lâm nghĩ gì về cây cầu mới?</p>",
    )
    assert _authors(html) == ()


def test_persian_report_by_in_an_author_element_names_the_reporter() -> None:
    html = story(
        "fa", "پل باز شد", '<div class="author">گزارش از: نرگس امینی</div>', site="خبر رود"
    )
    assert _authors(html) == ("نرگس امینی",)
