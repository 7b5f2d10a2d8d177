"""A blind byline probe in languages the byline rounds probe little (issue 12: trafilatura
set authors B is the lowest metadata figure): Indonesian, Vietnamese, Thai, Hindi, Bengali,
Swahili, Persian, Hebrew, Ukrainian, Romanian, Hungarian, Malay, Tagalog, Urdu and Tamil news
pages. Bylines with roles ("Reporter: … | Editor: …", "Pewarta: … Editor: …"), several
writers joined by the language's own "and" (Hebrew's glued to the next name), an agency
beside a name, a byline closing the article, a label glued to a name in a script without
capitals. Written before reading the byline code; the truth set down before any run.
``python -m tests.metadata.test_blind_byline_probes_67`` prints newsextract's and
trafilatura's figures. Every site, name and text here is invented.

Decisions (a writer is who wrote the page's text): a reporter is a writer, an editor is not;
"text and photos" credits name the writer; an agency beside a name stays among the authors,
as docs/fields.md has it (``source``, step 4). The blind truth of the two agency pages left
the agency out, against that convention: they were set to it after the blind run, which
counted them both ways (below)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.title_pages import page, paragraphs

import newsextract

# One sentence per language: the river ferry got a new engine and runs again.
SAY = {
    "id": "Kapal penyeberangan sungai mendapat mesin baru dan kembali beroperasi setiap pagi "
    "sejak hari Senin, kata petugas pelabuhan kepada warga.",
    "vi": "Chiếc phà qua sông đã được thay động cơ mới và hoạt động trở lại mỗi sáng từ thứ "
    "Hai, cán bộ bến phà cho biết với người dân.",
    "th": "เรือข้ามฟากได้รับเครื่องยนต์ใหม่และกลับมาให้บริการทุกเช้าตั้งแต่วันจันทร์ เจ้าหน้าที่ท่าเรือแจ้งกับชาวบ้าน",
    "hi": "नदी की नौका को नया इंजन मिला है और सोमवार से वह हर सुबह फिर चलने लगी है, घाट के "
    "अधिकारियों ने लोगों को बताया।",
    "bn": "নদীর খেয়া নৌকায় নতুন ইঞ্জিন বসানো হয়েছে এবং সোমবার থেকে প্রতিদিন সকালে আবার "
    "চলছে, ঘাটের কর্মকর্তারা জানিয়েছেন।",
    "sw": "Kivuko cha mto kimepata injini mpya na kimeanza tena kufanya kazi kila asubuhi tangu "
    "Jumatatu, maafisa wa bandari waliwaambia wakazi.",
    "fa": "قایق گذر رودخانه موتور تازه‌ای گرفته و از دوشنبه دوباره هر صبح کار می‌کند، "
    "مسئولان اسکله به مردم گفتند.",
    "he": "המעבורת על הנהר קיבלה מנוע חדש וחזרה לפעול בכל בוקר מאז יום שני, כך מסרו עובדי "
    "הנמל לתושבים.",
    "uk": "Річковий пором отримав новий двигун і з понеділка знову курсує щоранку, повідомили "
    "мешканцям працівники пристані.",
    "ro": "Bacul de pe râu a primit un motor nou și circulă din nou în fiecare dimineață de "
    "luni, au anunțat angajații portului.",
    "hu": "A folyami komp új motort kapott, és hétfőtől ismét minden reggel közlekedik, "
    "közölték a kikötő dolgozói a lakókkal.",
    "ms": "Feri sungai menerima enjin baharu dan kembali beroperasi setiap pagi sejak Isnin, "
    "kata pegawai jeti kepada penduduk.",
    "tl": "Ang bangkang tawiran sa ilog ay may bagong makina at muling bumibiyahe tuwing "
    "umaga mula Lunes, sabi ng mga kawani ng pantalan.",
    "ur": "دریا کی کشتی کو نیا انجن مل گیا ہے اور پیر سے وہ ہر صبح دوبارہ چل رہی ہے، گھاٹ "
    "کے عملے نے شہریوں کو بتایا۔",
    "ta": "ஆற்றுப் படகுக்குப் புதிய இயந்திரம் பொருத்தப்பட்டு திங்கள் முதல் தினமும் காலை "
    "மீண்டும் இயங்குகிறது என்று துறைமுக ஊழியர்கள் தெரிவித்தனர்.",
}


def portal(lang: str, h1: str, meta: str, *, site: str, after: str = "") -> str:
    """A news portal's story: logo and sections, the headline, a meta line (the byline, a
    date), the text, ``after`` (what closes the story), then a "read also" list."""
    return page(
        lang,
        f"{h1} - {site}",
        f'<meta property="og:site_name" content="{site}">',
        f'<header class="site-head"><a class="brand" href="/">{site}</a><ul class="sections">'
        '<li><a href="/news">▤</a></li></ul></header><div class="container"><article '
        f'class="detail"><h1 class="detail__title">{h1}</h1><div class="detail__meta">{meta}'
        f'</div><div class="detail__body">{paragraphs(SAY[lang], SAY[lang])}{after}</div>'
        '</article><aside class="read-also"><ul><li><a href="/news/2">▸▸</a></li>'
        '<li><a href="/news/3">▸▸▸</a></li></ul></aside></div>'
        f'<footer class="site-foot">© 2024 {site}</footer>',
    )


def footer_byline(lang: str, h1: str, date: str, credit: str, *, site: str) -> str:
    """A story whose only byline is in the article's own footer, after the text."""
    return page(
        lang,
        h1,
        "",
        f'<div class="top"><a href="/">{site}</a></div><main><article class="story">'
        f'<h1>{h1}</h1><time class="story-date">{date}</time><div class="story-text">'
        f'{paragraphs(SAY[lang], SAY[lang])}</div><footer class="story-footer">{credit}'
        f'</footer></article></main><footer class="page-footer">{site}</footer>',
    )


FIELDS = ("authors",)

# A probe: name, url, html, authors.
PROBES: list[tuple[Any, ...]] = [
    (
        "id_reporter_pipe_editor",
        "https://kabarsungai.example.id/berita/feri-mesin-baru",
        portal(
            "id",
            "Feri Sungai Dapat Mesin Baru",
            '<div class="detail__author">Reporter: Andi Pratama | Editor: Siti Rahmawati</div>'
            '<div class="detail__date">Senin, 11 Mar 2024 09:15 WIB</div>',
            site="Kabar Sungai",
        ),
        ("Andi Pratama",),
    ),
    (
        "id_pewarta_editor_footer",
        "https://warta-pelabuhan.example.id/berita/123/feri",
        footer_byline(
            "id",
            "Feri sungai kembali beroperasi",
            "11 Maret 2024",
            "<p>Pewarta: Budi Santoso<br>Editor: Rina Wulandari<br>"
            "Copyright © Warta Pelabuhan 2024</p>",
            site="Warta Pelabuhan",
        ),
        ("Budi Santoso",),
    ),
    (
        "vi_bai_va_anh_two_va",
        "https://baobenpha.example.vn/pha-qua-song-154.html",
        portal(
            "vi",
            "Phà qua sông hoạt động trở lại",
            '<span class="author">Bài và ảnh: Nguyễn Văn An và Trần Thị Bình</span> '
            '<span class="time">Thứ Hai, 11/3/2024 - 09:15</span>',
            site="Báo Bến Phà",
        ),
        ("Nguyễn Văn An", "Trần Thị Bình"),
    ),
    (
        "vi_bold_name_closing",
        "https://tinmientay.example.vn/pha-moi.html",
        portal(
            "vi",
            "Phà qua sông có động cơ mới",
            '<span class="time">11/03/2024 09:15</span>',
            site="Tin Miền Tây",
            after='<p style="text-align:right"><strong>Lê Hoàng Nam</strong></p>',
        ),
        ("Lê Hoàng Nam",),
    ),
    (
        "th_doi_two_lae",
        "https://khaoriverside.example.co.th/news/12345",
        portal(
            "th",
            "เรือข้ามฟากกลับมาให้บริการ",
            '<div class="byline">โดย สมชาย ใจดี และ มาลี ศรีสุข</div>'
            '<div class="date">11 มี.ค. 2567 09:15 น.</div>',
            site="ข่าวริมน้ำ",
        ),
        ("สมชาย ใจดี", "มาลี ศรีสุข"),
    ),
    (
        "hi_reporter_aur",
        "https://nadisamachar.example.in/news/nauka-naya-engine",
        portal(
            "hi",
            "नदी की नौका को मिला नया इंजन",
            '<p class="author-line">रिपोर्टर: राजेश कुमार और सुनीता वर्मा</p>'
            '<p class="date-line">11 मार्च 2024, 09:15 IST</p>',
            site="नदी समाचार",
        ),
        ("राजेश कुमार", "सुनीता वर्मा"),
    ),
    (
        "bn_footer_protibedok",
        "https://nodirkhobor.example.com/news/kheya",
        footer_byline(
            "bn",
            "খেয়া নৌকায় নতুন ইঞ্জিন",
            "১১ মার্চ ২০২৪",
            "<p>প্রতিবেদক: রহিম উদ্দিন</p>",
            site="নদীর খবর",
        ),
        ("রহিম উদ্দিন",),
    ),
    (
        "sw_na_na_town",
        "https://habarimto.example.co.tz/habari/kivuko",
        portal(
            "sw",
            "Kivuko cha mto chaanza kazi tena",
            '<p class="byline">Na Amina Juma na Hassan Mwinyi, Mwanza</p>'
            '<p class="date">Machi 11, 2024</p>',
            site="Habari Mto",
        ),
        ("Amina Juma", "Hassan Mwinyi"),
    ),
    (
        "fa_label_glued_va",
        "https://khabarrud.example.ir/news/12345",
        portal(
            "fa",
            "قایق رودخانه دوباره به کار افتاد",
            '<div class="news-author">گزارش:علی رضایی و مریم احمدی</div>'
            '<div class="news-date">۲۱ اسفند ۱۴۰۲</div>',
            site="خبر رود",
        ),
        ("علی رضایی", "مریم احمدی"),
    ),
    (
        "he_me_et_vav_glued",
        "https://hanahar-news.example.co.il/article/4567",
        portal(
            "he",
            "המעבורת חזרה לפעול",
            '<div class="author-box">מאת: דני כהן ורונית לוי</div>'
            '<div class="date-box">11.03.2024 09:15</div>',
            site="חדשות הנהר",
        ),
        ("דני כהן", "רונית לוי"),
    ),
    (
        "uk_name_comma_agency",
        "https://richkovi-visti.example.ua/news/porom",
        portal(
            "uk",
            "Річковий пором знову курсує",
            '<div class="article-author">Олена Коваль, Укрінформ</div>'
            '<div class="article-date">11 березня 2024, 09:15</div>',
            site="Річкові вісті",
        ),
        ("Олена Коваль", "Укрінформ"),
    ),
    (
        "ro_footer_text_si",
        "https://stiridelarau.example.ro/stiri/bacul",
        footer_byline(
            "ro",
            "Bacul de pe râu circulă din nou",
            "11 martie 2024",
            "<p>Text: Ioana Marin și Mihai Stan</p>",
            site="Știri de la râu",
        ),
        ("Ioana Marin", "Mihai Stan"),
    ),
    (
        "hu_szerzo_es",
        "https://folyoparti-hirek.example.hu/hirek/komp",
        portal(
            "hu",
            "Újra közlekedik a folyami komp",
            '<div class="author">Szerző: Kovács Péter és Nagy Anna</div>'
            '<div class="date">2024. március 11. 09:15</div>',
            site="Folyóparti Hírek",
        ),
        ("Kovács Péter", "Nagy Anna"),
    ),
    (
        "ms_oleh_dan_bernama",
        "https://beritasungai.example.my/berita/feri",
        portal(
            "ms",
            "Feri sungai kembali beroperasi",
            '<div class="byline">Oleh Ahmad Faizal dan Nurul Huda Zainal - Bernama</div>'
            '<div class="date">11 Mac 2024, 9:15 pg</div>',
            site="Berita Sungai",
        ),
        ("Ahmad Faizal", "Nurul Huda Zainal", "Bernama"),
    ),
    (
        "tl_ni_at",
        "https://balitangilog.example.ph/balita/bangka",
        portal(
            "tl",
            "Bangkang tawiran muling bumibiyahe",
            '<p class="byline">Ni Juan dela Cruz at Maria Santos</p>'
            '<p class="date">Marso 11, 2024</p>',
            site="Balitang Ilog",
        ),
        ("Juan dela Cruz", "Maria Santos"),
    ),
    (
        "ur_reporter_editor",
        "https://daryakikhabar.example.pk/news/kashti",
        portal(
            "ur",
            "دریا کی کشتی دوبارہ چل پڑی",
            '<div class="reporter">رپورٹر: احمد علی</div><div class="editor">ایڈیٹر: سلمان '
            'خان</div><div class="date">11 مارچ 2024</div>',
            site="دریا کی خبر",
        ),
        ("احمد علی",),
    ),
    (
        "ta_label_glued_footer",
        "https://aatruseithi.example.in/news/padagu",
        footer_byline(
            "ta",
            "ஆற்றுப் படகு மீண்டும் இயக்கம்",
            "11 மார்ச் 2024",
            "<p>செய்தியாளர்:கவிதா ராமன்</p>",
            site="ஆறு செய்தி",
        ),
        ("கவிதா ராமன்",),
    ),
]

# Blind (before any fix): newsextract 13 of 17 pages right (author-set F1 0.890) as first
# judged, 14 of 17 with the agency kept as docs/fields.md has it; trafilatura 0 of 17 (F1
# 0.039), 1 of 17 with the agency kept. Fixed since: a Persian "گزارش:" label in an author
# element (a markup-only label, its colon glued to the name), an agency after a spaced dash
# closing several writers ("… dan … - Bernama"), and one word after a list its "and" closed,
# the town ("…na Hassan Mwinyi, Mwanza"): newsextract 17 of 17.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_byline_probe_67(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
