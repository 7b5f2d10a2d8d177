"""A blind probe of publication dates (issue 12, wave 69), written before reading the date
code, in the forms the seven date kits do not try: other calendars as newsrooms and offices
print them with a time or in numbers (a Solar Hijri "۱۴۰۲/۱۲/۱۴", a Nepali "२०८०/११/२१", an
Ethiopian "25/06/2016 ዓ.ም", a Taiwanese "113-03-05", a Hijri day with its Gregorian twin, a
Hebrew day before the Gregorian one with a time, a Thai Buddhist-era day with "น."), native
digits with a time (Persian, Arabic-Indic, Bengali, Khmer, Thai, Burmese), twelve-hour clocks
in other languages ("ص"/"م", "오전/오후", "午前/午後", "上午/下午", "sáng/chiều", "PTG",
"অপরাহ্ন"), zone words and abbreviations (IST, PKT, WITA, ICT, NZDT, GMT with a dotted time,
"hora de Brasília", "по московскому времени", "hora peninsular"), "updated" printed before
"published", a relative time beside an absolute one, and dates only a breadcrumb or an
image's path shows; in 25 languages, a third of the pages not news. The truth is the
Gregorian day (checked against the calendars' arithmetic, not against any tool); a time as
written with its zone (naive when the page gives none); ``...`` is not judged.
``python -m tests.metadata.test_blind_date_probes_69`` prints newsextract's, trafilatura's and
htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_2 import TEXTS
from tests.metadata.test_blind_date_probes_6 import (
    BRT,
    EST,
    ICT,
    IST,
    MSK,
    WIB,
    at,
    day,
    ld,
    og,
    probe,
)


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


PKT, WITA, NZDT, GMT, CET = _zone(5), _zone(8), _zone(13), _zone(0), _zone(1)

# The story's sentence in the languages the earlier kits have none for.
_MORE = {
    "ne": "नगर पुस्तकालयले दोस्रो तल्लामा नयाँ पढ्ने कोठा खोलेको छ, जहाँ लामा टेबल, शान्त "
    "कक्ष र एक शताब्दी पुराना स्थानीय पत्रिकाहरू राखिएका छन्।",
    "am": "የከተማው ቤተ መጻሕፍት በሁለተኛው ፎቅ ላይ አዲስ የንባብ ክፍል ከፍቷል፤ ረጃጅም ጠረጴዛዎች፣ ጸጥ "
    "ያሉ ክፍሎች እና የመቶ ዓመት የአካባቢ ጋዜጦች አሉት።",
    "km": "បណ្ណាល័យក្រុងបើកបន្ទប់អានថ្មីនៅជាន់ទីពីរ ដែលមានតុវែង កន្លែងស្ងាត់ និងកាសែតក្នុងស្រុកជាងមួយសតវត្សរ៍។",
    "my": "မြို့တော်စာကြည့်တိုက်သည် ဒုတိယထပ်တွင် စာဖတ်ခန်းအသစ်ကို ဖွင့်လှစ်ခဲ့ပြီး "
    "စားပွဲရှည်များ၊ တိတ်ဆိတ်သောအခန်းများနှင့် နှစ်တစ်ရာကြာ ဒေသသတင်းစာများ ရှိသည်။",
    "ms": "Perpustakaan bandar membuka bilik bacaan baharu di tingkat dua, dengan meja "
    "panjang, bilik sunyi dan rak akhbar tempatan sejak seabad lalu.",
}

_RTL = {"ar", "fa", "he"}


def prose(lang: str) -> str:
    """The story's prose: the language's sentence, in two paragraphs."""
    sentence = TEXTS.get(lang) or _MORE[lang]
    return f"<p>{sentence} {sentence}</p><p>{sentence}</p>"


def news(lang: str, title: str, line: str, *, head: str = "", below: str = "") -> str:
    """A news page: ``head`` in ``<head>``, the headline (``title`` before its " | "), its
    date ``line`` under it, the prose, ``below`` it."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header><a class="logo" href="/">{site}'
        '</a><nav><a href="/news">1</a> <a href="/sport">2</a></nav></header>'
        f'<main><article class="story"><h1 class="headline">{h1}</h1>{line}'
        f'<div class="story-body">{prose(lang)}{below}</div></article></main>'
        f"<footer>© {site}</footer></body></html>"
    )


def page(lang: str, title: str, meta: str, *, head: str = "", top: str = "", end: str = "") -> str:
    """A page beyond news (a blog post, a forum's first post, an office's notice): ``top``
    over the headline (a breadcrumb), ``meta`` under it, the prose, ``end`` after it."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header class="site-header">'
        f'<a class="logo" href="/">{site}</a><nav><a href="/blog">Blog</a></nav></header>'
        f'<main id="content">{top}<article class="post"><h1 class="entry-title">{h1}</h1>'
        f'{meta}<div class="entry-content">{prose(lang)}</div>{end}</article></main>'
        f'<footer class="site-footer"><p>{site}</p></footer></body></html>'
    )


def forum(lang: str, title: str, first: str, reply: str) -> str:
    """A forum thread: the first post's header line ``first``, one reply's ``reply``."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><header><a href='/'>{site}</a></header>"
        f'<div class="topic"><h1 class="topic-title">{h1}</h1>'
        f'<div class="post" id="p1"><div class="postbody"><p class="author">{first}</p>'
        f'<div class="content">{prose(lang)}</div></div></div>'
        f'<div class="post" id="p2"><div class="postbody"><p class="author">{reply}</p>'
        '<div class="content">+1</div></div></div></div></body></html>'
    )


def line(css: str, text: str, tag: str = "div") -> str:
    return f'<{tag} class="{css}">{text}</{tag}>'


PROBES: list[tuple[Any, ...]] = [
    # --- other calendars, with a time or in numbers (truth: the Gregorian day) ---
    probe(
        "fa_news_solar_hijri_dash_time",
        "https://www.khabar-shahr.example.ir/news/88412",
        news(
            "fa",
            "گشایش تالار مطالعه تازه | خبر شهر",
            line("news-date", "تاریخ انتشار: ۱۴ اسفند ۱۴۰۲ - ۱۰:۴۵"),
        ),
        at(2024, 3, 4, 10, 45),
    ),
    probe(
        "fa_notice_solar_hijri_numeric_persian_digits",
        "https://www.shahrdari-kavir.example.ir/notice/1402-155",
        page(
            "fa",
            "آگهی فراخوان کتابخانه | شهرداری کویر",
            line("notice-meta", "شماره: ۱۵۵/ک &nbsp; تاریخ: ۱۴۰۲/۱۲/۱۴", "p"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "fa_forum_ersal_shode_saat",
        "https://forum.ketabkhan.example.ir/t/8841",
        forum(
            "fa",
            "سالن مطالعه تازه | انجمن کتاب‌خوان",
            "ارسال شده در ۱۴ اسفند ۱۴۰۲، ساعت ۲۲:۱۵",
            "ارسال شده در ۱۶ اسفند ۱۴۰۲، ساعت ۰۹:۰۲",
        ),
        at(2024, 3, 4, 22, 15),
    ),
    probe(
        "ar_news_hijri_twin_muwafiq",
        "https://www.alwadi-news.example.sa/article/88412",
        news(
            "ar",
            "افتتاح قاعة قراءة جديدة | الوادي",
            line("date", "الإثنين ٢٣ شعبان ١٤٤٥ هـ الموافق ٤ مارس ٢٠٢٤ م"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "ar_news_pm_mim_after_time",
        "https://www.alnahar-alyawm.example.eg/news/88412",
        news(
            "ar",
            "افتتاح قاعة قراءة جديدة | النهار اليوم",
            line("news-time", "نشر في: 04 مارس 2024 - 09:15 م"),
        ),
        at(2024, 3, 4, 21, 15),
    ),
    probe(
        "ar_blog_hijri_slash_gregorian_indic",
        "https://mudawwanat-alnoor.example.com/qaat-qiraa/",
        page(
            "ar",
            "قاعة القراءة الجديدة | مدونة النور",
            line("post-date", "١٥ شعبان ١٤٤٥ هـ / ٢٥ فبراير ٢٠٢٤", "span"),
        ),
        day(2024, 2, 25),
    ),
    probe(
        "ar_forum_indic_digits_pm",
        "https://muntada-alqurraa.example.net/thread/8841",
        forum(
            "ar",
            "قاعة القراءة | منتدى القراء",
            "بتاريخ ٠٤-٠٣-٢٠٢٤ ٠٩:١٥ م",
            "بتاريخ ٠٥-٠٣-٢٠٢٤ ١١:٠٢ ص",
        ),
        at(2024, 3, 4, 21, 15),
    ),
    probe(
        "th_news_be_abbrev_time_na",
        "https://www.siam-daily.example.co.th/news/88412",
        news(
            "th",
            "ห้องสมุดเปิดห้องอ่านใหม่ | สยามเดลี่",
            line("date", "5 มี.ค. 2567 - 14:20 น."),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "th_news_weekday_pho_so_wela",
        "https://www.chiangmai-post.example.co.th/local/88412",
        news(
            "th",
            "ห้องสมุดเปิดห้องอ่านใหม่ | เชียงใหม่โพสต์",
            line("post-date", "วันอังคารที่ 5 มีนาคม พ.ศ. 2567 เวลา 09:30 น."),
        ),
        at(2024, 3, 5, 9, 30),
    ),
    probe(
        "th_blog_thai_digits_be",
        "https://baan-nangsue.example.in.th/hong-aan-mai/",
        page(
            "th",
            "ห้องอ่านใหม่ | บ้านหนังสือ",
            line("entry-meta", "เขียนเมื่อ ๕ มีนาคม ๒๕๖๗", "p"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "th_forum_be_wela_na",
        "https://webboard.rak-an.example.com/topic/8841",
        forum(
            "th",
            "ห้องอ่านใหม่ | เว็บบอร์ดรักอ่าน",
            "โพสต์เมื่อ 5 มีนาคม 2567 เวลา 14:20 น.",
            "ตอบเมื่อ 6 มีนาคม 2567 เวลา 08:02 น.",
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "ja_news_reiwa_gogo_time",
        "https://www.minami-shimbun.example.jp/articles/88412",
        news(
            "ja",
            "図書館に新しい閲覧室 | みなみ新聞",
            line("date", "令和6年3月5日 午後3時20分"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "ja_news_gozen_time_gregorian",
        "https://www.kita-nippo.example.jp/news/88412",
        news(
            "ja",
            "図書館に新しい閲覧室 | 北日報",
            line("article-date", "2024年3月5日 午前10時05分"),
        ),
        at(2024, 3, 5, 10, 5),
    ),
    probe(
        "ja_city_keisaibi_reiwa",
        "https://www.city.aozora.example.lg.jp/kurashi/toshokan/88412.html",
        page(
            "ja",
            "図書館の閲覧室を新設しました | 青空市",
            line("update", "掲載日：令和6年3月5日", "p"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "zh_tw_news_minguo_xiawu",
        "https://news.taoyuan-bao.example.tw/article/88412",
        news(
            "zh-TW",
            "圖書館新閱覽室開放 | 桃園報",
            line("time", "民國113年3月5日 下午3:20"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "zh_tw_gov_roc_hyphen_numeric",
        "https://www.library.hsinchu.example.gov.tw/News_Content.aspx?n=88&s=412",
        page(
            "zh-TW",
            "新閱覽室啟用公告 | 新竹市圖書館",
            line("info", "發布日期：113-03-05 &nbsp; 點閱次數：412", "p"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "zh_tw_gov_roc_slash_xiawu",
        "https://www.culture.pingtung.example.gov.tw/News.aspx?id=88412",
        page(
            "zh-TW",
            "圖書館閱覽室啟用 | 屏東縣文化處",
            line("info", "發布時間：113/03/05 下午 03:20", "p"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "zh_cn_xiawu_time",
        "https://www.huaibei-wanbao.example.cn/news/88412.html",
        news(
            "zh",
            "图书馆新阅览室开放 | 淮北晚报",
            line("info", "2024年3月5日 下午 03:20 来源：淮北晚报"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "he_news_hebrew_date_then_gregorian_time",
        "https://www.yediot-hagalil.example.co.il/article/88412",
        news(
            "he",
            "חדר קריאה חדש בספרייה | ידיעות הגליל",
            line("date", "יום שני, כ״ד באדר א׳ תשפ״ד (04/03/2024) 14:20"),
        ),
        at(2024, 3, 4, 14, 20),
    ),
    probe(
        "he_blog_hebrew_date_only",
        "https://beit-midrash-blog.example.org.il/heder-kria/",
        page(
            "he",
            "חדר הקריאה החדש | בלוג בית המדרש",
            line("entry-date", "כ״ד באדר א׳ תשפ״ד", "p"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "ne_news_bs_month_first_time",
        "https://ekantipath.example.com.np/news/2080/11/21/88412",
        news(
            "ne",
            "पुस्तकालयमा नयाँ पढ्ने कोठा | कान्तिपथ",
            line("published-at", "प्रकाशित : फागुन २१, २०८० १४:२०"),
        ),
        at(2024, 3, 4, 14, 20),
    ),
    probe(
        "ne_blog_bs_with_ad_twin",
        "https://pustak-katha.example.com.np/naya-kotha/",
        page(
            "ne",
            "नयाँ पढ्ने कोठा | पुस्तक कथा",
            line("post-date", "२०८० फागुन २१ (4 March 2024)", "span"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "ne_notice_bs_numeric_devanagari",
        "https://www.nagarpalika-sundar.example.gov.np/notice/88412",
        page(
            "ne",
            "पढ्ने कोठा सम्बन्धी सूचना | सुन्दर नगरपालिका",
            line("notice-meta", "मिति: २०८०/११/२१", "p"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "am_news_ethiopian_only",
        "https://www.addis-zena.example.et/news/88412",
        news(
            "am",
            "አዲስ የንባብ ክፍል ተከፈተ | አዲስ ዜና",
            line("date", "የካቲት 25 ቀን 2016 ዓ.ም"),
        ),
        day(2024, 3, 4),
    ),
    probe(
        "am_notice_ethiopian_numeric",
        "https://www.bahirdar-city.example.gov.et/notice/88412",
        page(
            "am",
            "የንባብ ክፍል ማስታወቂያ | ባሕር ዳር ከተማ",
            line("notice-meta", "ቀን፡ 25/06/2016 ዓ.ም", "p"),
        ),
        day(2024, 3, 4),
    ),
    # --- native digits with a time; twelve-hour clocks in other languages ---
    probe(
        "bn_news_oporahno_bengali_digits",
        "https://www.dainik-nodi.example.com.bd/national/88412",
        news(
            "bn",
            "গ্রন্থাগারে নতুন পাঠকক্ষ | দৈনিক নদী",
            line("time", "প্রকাশিত: সোমবার, ৪ মার্চ, ২০২৪, ০৩:২০ অপরাহ্ন"),
        ),
        at(2024, 3, 4, 15, 20),
    ),
    probe(
        "km_news_khmer_digits_month_time",
        "https://www.mekong-news.example.com.kh/article/88412",
        news(
            "km",
            "បណ្ណាល័យបើកបន្ទប់អានថ្មី | មេគង្គ",
            line("date", "ថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៤:២០"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "my_news_burmese_year_first_khunhit",
        "https://www.ayeyar-thadin.example.com.mm/news/88412",
        news(
            "my",
            "စာကြည့်တိုက် စာဖတ်ခန်းသစ် | ဧရာသတင်း",
            line("date", "၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ko_news_ojeon_dotted_naver",
        "https://www.busan-maeil.example.kr/news/articleView.html?idxno=88412",
        news(
            "ko",
            "도서관 새 열람실 개관 | 부산매일",
            line("byline", "기자 김민수 · 2024. 3. 5. 오전 9:07"),
        ),
        at(2024, 3, 5, 9, 7),
    ),
    probe(
        "ko_board_two_digit_year_ohu",
        "https://cafe.chaekbang.example.kr/board/88412",
        forum(
            "ko",
            "새 열람실 후기 | 책방 카페",
            "작성일 24.03.05 오후 3:20",
            "작성일 24.03.06 오전 8:02",
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "vi_news_sang_time_first",
        "https://www.baohaiphong.example.vn/thu-vien-88412.html",
        news(
            "vi",
            "Thư viện mở phòng đọc mới | Báo Hải Phòng",
            line("time", "8:15 sáng 5/3/2024"),
        ),
        at(2024, 3, 5, 8, 15),
    ),
    probe(
        "vi_blog_chieu_after_date",
        "https://goc-sach.example.vn/phong-doc-moi/",
        page(
            "vi",
            "Phòng đọc mới | Góc Sách",
            line("post-meta", "Đăng ngày 05/03/2024 lúc 3:20 chiều", "p"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "ms_news_ptg",
        "https://www.berita-lembah.example.my/tempatan/88412",
        news(
            "ms",
            "Perpustakaan buka bilik bacaan baharu | Berita Lembah",
            line("date", "Diterbitkan: Selasa, 5 Mac 2024 2:20 PTG"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    # --- zone words and abbreviations ---
    probe(
        "en_in_pm_ist",
        "https://www.deccan-courier.example.in/city/library-reading-room-88412",
        news(
            "en",
            "Library opens new reading room | Deccan Courier",
            line("pub-date", "Published: Mar 5, 2024 02:20 PM IST"),
        ),
        at(2024, 3, 5, 14, 20, tz=IST),
    ),
    probe(
        "en_pk_pkt",
        "https://www.indus-herald.example.pk/news/88412/library-reading-room",
        news(
            "en",
            "Library opens new reading room | Indus Herald",
            line("timestamp", "Published March 5, 2024 - 10:30 PM PKT"),
        ),
        at(2024, 3, 5, 22, 30, tz=PKT),
    ),
    probe(
        "id_news_wita_dotted_time",
        "https://www.kabar-celebes.example.co.id/berita/88412",
        news(
            "id",
            "Perpustakaan buka ruang baca baru | Kabar Celebes",
            line("date", "05 Maret 2024 | 09.15 WITA"),
        ),
        at(2024, 3, 5, 9, 15, tz=WITA),
    ),
    probe(
        "en_th_ict",
        "https://www.bangkok-ledger.example.co.th/news/general/88412",
        news(
            "en",
            "Library opens new reading room | Bangkok Ledger",
            line("date", "5 March 2024 14:20 ICT"),
        ),
        at(2024, 3, 5, 14, 20, tz=ICT),
    ),
    probe(
        "en_nz_nzdt",
        "https://www.harbour-times.example.co.nz/nz/news/88412",
        news(
            "en",
            "Library opens new reading room | Harbour Times",
            line("date", "5 Mar, 2024 05:30 PM NZDT"),
        ),
        at(2024, 3, 5, 17, 30, tz=NZDT),
    ),
    probe(
        "en_gb_dotted_time_gmt",
        "https://www.northern-chronicle.example.co.uk/uk-news/2024/mar/05/library-room",
        news(
            "en",
            "Library opens new reading room | Northern Chronicle",
            line("dateline", "Tue 5 Mar 2024 14.20 GMT", "p"),
        ),
        at(2024, 3, 5, 14, 20, tz=GMT),
    ),
    probe(
        "pt_br_hora_de_brasilia",
        "https://www.gazeta-serrana.example.com.br/cidades/88412",
        news(
            "pt",
            "Biblioteca abre nova sala | Gazeta Serrana",
            line("data", "05/03/2024 às 14h20 (hora de Brasília)"),
        ),
        at(2024, 3, 5, 14, 20, tz=BRT),
    ),
    probe(
        "ru_po_moskovskomu_vremeni",
        "https://www.volga-vesti.example.ru/news/88412",
        news(
            "ru",
            "Библиотека открыла новый зал | Волжские вести",
            line("date", "Опубликовано 5 марта 2024 в 14:20 (по московскому времени)"),
        ),
        at(2024, 3, 5, 14, 20, tz=MSK),
    ),
    probe(
        "es_hora_peninsular",
        "https://www.diario-meseta.example.es/sociedad/88412",
        news(
            "es",
            "La biblioteca abre una sala nueva | Diario de la Meseta",
            line("fecha", "05/03/2024 - 14:20 (hora peninsular)"),
        ),
        at(2024, 3, 5, 14, 20, tz=CET),
    ),
    probe(
        "id_blog_pukul_wib",
        "https://catatan-baca.example.id/ruang-baca-baru/",
        page(
            "id",
            "Ruang baca baru | Catatan Baca",
            line("entry-meta", "Diposting pada 5 Maret 2024 pukul 14.20 WIB", "p"),
        ),
        at(2024, 3, 5, 14, 20, tz=WIB),
    ),
    # --- "updated" printed before "published" ---
    probe(
        "en_updated_first_cnn_style",
        "https://www.metro-wire.example.com/2024/03/05/us/library-reading-room/index.html",
        news(
            "en",
            "Library opens new reading room | Metro Wire",
            line(
                "timestamp",
                "Updated 3:45 PM EST, Tue March 5, 2024 | "
                "Published 10:20 AM EST, Tue March 5, 2024",
            ),
        ),
        at(2024, 3, 5, 10, 20, tz=EST),
        at(2024, 3, 5, 15, 45, tz=EST),
    ),
    probe(
        "de_aktualisiert_first_erstellt",
        "https://www.rheintal-bote.example.de/lokales/lesesaal-88412.html",
        news(
            "de",
            "Bibliothek eröffnet Lesesaal | Rheintal-Bote",
            line("meta", "Aktualisiert: 06.03.2024, 09:15 Uhr | Erstellt: 05.03.2024, 18:40 Uhr"),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "fr_mis_a_jour_first_publie",
        "https://www.echo-du-lac.example.fr/societe/bibliotheque-88412",
        news(
            "fr",
            "La bibliothèque ouvre une salle | L'Écho du Lac",
            line(
                "article-dates",
                "Mis à jour le 6 mars 2024 à 09h15 · Publié le 5 mars 2024 à 18h40",
            ),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "pl_aktualizacja_first_publikacja",
        "https://www.gazeta-nadwislanska.example.pl/kraj/88412",
        news(
            "pl",
            "Biblioteka otwiera czytelnię | Gazeta Nadwiślańska",
            line("article-date", "Aktualizacja: 06.03.2024 09:15 Publikacja: 05.03.2024 18:40"),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "ja_koushinbi_first_koukaibi",
        "https://www.satoyama-journal.example.jp/articles/88412",
        news(
            "ja",
            "図書館に新しい閲覧室 | 里山ジャーナル",
            line("dates", "更新日：2024年3月6日 公開日：2024年3月5日"),
        ),
        day(2024, 3, 5),
        day(2024, 3, 6),
    ),
    probe(
        "ko_sujeong_first_ipryeok",
        "https://www.daegu-today.example.kr/news/articleView.html?idxno=88412",
        news(
            "ko",
            "도서관 새 열람실 개관 | 대구투데이",
            '<ul class="info"><li>수정 2024.03.06 09:15</li><li>입력 2024.03.05 18:40</li></ul>',
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "nl_bijgewerkt_first_gepubliceerd",
        "https://www.polder-courant.example.nl/regio/bibliotheek-88412",
        news(
            "nl",
            "Bibliotheek opent leeszaal | Polder Courant",
            line(
                "meta",
                "Bijgewerkt op 6 maart 2024 om 09:15 · Gepubliceerd op 5 maart 2024 om 18:40",
            ),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "ru_obnovleno_first_opublikovano",
        "https://www.ural-gazeta.example.ru/society/88412",
        news(
            "ru",
            "Библиотека открыла новый зал | Уральская газета",
            line("dates", "Обновлено 6 марта 2024, 09:15 | Опубликовано 5 марта 2024, 18:40"),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "pt_atualizado_first_publicado",
        "https://www.jornal-do-planalto.example.com.br/cidades/88412",
        news(
            "pt",
            "Biblioteca abre nova sala | Jornal do Planalto",
            line("dates", "Atualizado em 06/03/2024 às 09h15 Publicado em 05/03/2024 às 18h40"),
        ),
        at(2024, 3, 5, 18, 40),
        at(2024, 3, 6, 9, 15),
    ),
    probe(
        "hi_updated_first_publish_date_ist",
        "https://www.jagat-samachar.example.in/national/library-88412.html",
        news(
            "hi",
            "पुस्तकालय में नया वाचनालय | जगत समाचार",
            line(
                "date",
                "Updated: Wed, 06 Mar 2024 09:15 AM (IST) Publish Date: Tue, 05 Mar 2024 "
                "02:20 PM (IST)",
            ),
        ),
        at(2024, 3, 5, 14, 20, tz=IST),
        at(2024, 3, 6, 9, 15, tz=IST),
    ),
    probe(
        "en_ca_published_last_updated_bullets",
        "https://www.prairie-post.example.ca/news/local-news/library-reading-room",
        news(
            "en",
            "Library opens new reading room | Prairie Post",
            line(
                "article-dates",
                "Published Mar 05, 2024 • Last updated Mar 06, 2024 • 2 minute read",
            ),
        ),
        day(2024, 3, 5),
        day(2024, 3, 6),
    ),
    # --- a relative time beside an absolute one ---
    probe(
        "en_updated_hours_ago_published_et",
        "https://www.lakeshore-daily.example.com/news/library-reading-room",
        news(
            "en",
            "Library opens new reading room | Lakeshore Daily",
            line("dates", "Published March 5, 2024 10:20 AM EST · Updated 2 hours ago"),
        ),
        at(2024, 3, 5, 10, 20, tz=EST),
    ),
    probe(
        "es_hace_dias_beside_date",
        "https://www.voz-del-sur.example.com.ar/sociedad/88412",
        news(
            "es",
            "La biblioteca abre una sala nueva | La Voz del Sur",
            line("fecha", "hace 3 días · 11 de marzo de 2024"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "de_vor_tagen_veroeffentlicht_am",
        "https://www.saale-kurier.example.de/lokales/88412",
        news(
            "de",
            "Bibliothek eröffnet Lesesaal | Saale-Kurier",
            line("meta", "vor 2 Tagen · Veröffentlicht am 12.03.2024"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "zh_tian_qian_then_stamp",
        "https://www.xiangjiang-news.example.cn/local/88412.html",
        news(
            "zh",
            "图书馆新阅览室开放 | 湘江新闻",
            line("info", '<span class="ago">3天前</span> <span>2024-03-11 14:20</span>'),
        ),
        at(2024, 3, 11, 14, 20),
    ),
    # --- a day only in a breadcrumb, or in an image's path that is not the article's ---
    probe(
        "en_blog_breadcrumb_archive_day_only",
        "https://quiet-shelves.example.org/?p=8841",
        page(
            "en",
            "A new reading room | Quiet Shelves",
            "",
            top='<nav class="breadcrumb"><a href="/">Home</a> › <a href="/2024/">2024</a> › '
            '<a href="/2024/03/">March</a> › <a href="/2024/03/05/">5</a> › A new reading room'
            "</nav>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_image_path_older_than_visible_day",
        "https://www.valley-gazette.example.com/news/library-reading-room",
        news(
            "en",
            "Library opens new reading room | Valley Gazette",
            line("byline", "By Ann Lee | March 5, 2024"),
            head=og("og:image", "https://cdn.valley-gazette.example.com/2019/07/12/library.jpg"),
            below='<figure><img src="https://cdn.valley-gazette.example.com/2019/07/12/'
            'library.jpg" alt=""><figcaption>The library in 2019.</figcaption></figure>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "es_blog_inline_image_path_day_visible_words",
        "https://cuaderno-lector.example.es/sala-nueva/",
        page(
            "es",
            "Una sala nueva | Cuaderno Lector",
            line("entry-meta", "Publicado el 5 de marzo de 2024", "p"),
            end='<img src="/wp-content/uploads/2021/06/15/sala.jpg" alt="">',
        ),
        day(2024, 3, 5),
    ),
    # --- a few more pages beyond news ---
    probe(
        "de_forum_verfasst_weekday_abbrev",
        "https://forum.leseratten.example.de/viewtopic.php?t=8841",
        forum(
            "de",
            "Neuer Lesesaal | Leseratten-Forum",
            "Verfasst: Di 5. Mär 2024, 14:20",
            "Verfasst: Mi 6. Mär 2024, 08:02",
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "en_gb_shop_blog_posted_dotted_pm",
        "https://www.bookbinders-supply.example.co.uk/blog/new-reading-room",
        page(
            "en",
            "Our new reading room | Bookbinders Supply",
            line("post-meta", "Posted 05/03/2024 at 2.20pm", "p"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "ru_forum_v_time",
        "https://forum.chitateli.example.ru/topic/8841",
        forum(
            "ru",
            "Новый читальный зал | Форум читателей",
            "05.03.2024 в 14:20",
            "06.03.2024 в 08:02",
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "ar_blog_jsonld_day_beside_hijri_text",
        "https://mudawwanat-alwarraq.example.com/qaa/",
        page(
            "ar",
            "قاعة جديدة | مدونة الوراق",
            line("post-date", "٢٣ شعبان ١٤٤٥", "span"),
            head=ld(**{"@type": "BlogPosting"}, headline="قاعة جديدة", datePublished="2024-03-04"),
        ),
        day(2024, 3, 4),
    ),
]

# A second group, written after the first group's fixes, before running them: the same
# classes in other forms, to see whether the fixes hold beyond the pages they were made on.
PROBES_2: list[tuple[Any, ...]] = [
    probe(
        "ne_news_bs_hyphen_numeric_time",
        "https://www.himal-khabar.example.com.np/news/88413",
        news(
            "ne",
            "पुस्तकालयमा नयाँ कोठा | हिमाल खबर",
            line("post-date", "प्रकाशित मिति: २०८०-११-२१ १४:२०"),
        ),
        at(2024, 3, 4, 14, 20),
    ),
    probe(
        "am_notice_ethiopian_numeric_megabit",
        "https://www.adama-city.example.gov.et/notice/88413",
        page(
            "am",
            "የንባብ ክፍል ማስታወቂያ | አዳማ ከተማ",
            line("notice-meta", "ቀን: 2/7/2016 ዓ.ም", "p"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "ar_hijri_bracketed_gregorian_then_sabahan",
        "https://www.alsahil-news.example.ae/article/88413",
        news(
            "ar",
            "افتتاح قاعة قراءة جديدة | الساحل",
            line("date", "٢٣ شعبان ١٤٤٥ (٤ مارس ٢٠٢٤) ١٠:٣٠ ص"),
        ),
        at(2024, 3, 4, 10, 30),
    ),
    probe(
        "fa_solar_hijri_numeric_with_time",
        "https://www.akhbar-kavir.example.ir/news/88413",
        news(
            "fa",
            "گشایش تالار مطالعه | اخبار کویر",
            line("news-date", "۱۴۰۲/۱۲/۱۴ - ۱۸:۳۰"),
        ),
        at(2024, 3, 4, 18, 30),
    ),
    probe(
        "zh_tw_roc_dotted_xiawu",
        "https://news.lanyang-bao.example.tw/article/88413",
        news(
            "zh-TW",
            "圖書館新閱覽室開放 | 蘭陽報",
            line("time", "113.03.05 下午3:20"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "ko_two_digit_year_24h_deungrok",
        "https://www.gangwon-ilbo.example.kr/news/articleView.html?idxno=88413",
        news(
            "ko",
            "도서관 새 열람실 개관 | 강원일보",
            line("info", "등록 24.03.05 15:20"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "th_two_digit_be_time_na",
        "https://www.isan-news.example.co.th/news/88413",
        news(
            "th",
            "ห้องสมุดเปิดห้องอ่านใหม่ | อีสานนิวส์",
            line("date", "5 มี.ค. 67 14:20 น."),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "pt_atualizado_ha_horas_publicado",
        "https://www.correio-do-litoral.example.com.br/cidades/88413",
        news(
            "pt",
            "Biblioteca abre nova sala | Correio do Litoral",
            line("dates", "Atualizado há 2 horas · Publicado em 12/03/2024 - 09h15"),
        ),
        at(2024, 3, 12, 9, 15),
    ),
    probe(
        "de_verfasst_am_um_uhr",
        "https://www.vereinsheim-blog.example.de/lesesaal/",
        page(
            "de",
            "Unser neuer Lesesaal | Vereinsheim-Blog",
            line("entry-meta", "Verfasst am 05.03.2024 um 14:20 Uhr von Jana", "p"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "he_hebrew_then_worded_gregorian_bracket_time",
        "https://www.maariv-hadarom.example.co.il/article/88413",
        news(
            "he",
            "חדר קריאה חדש בספרייה | מעריב הדרום",
            line("date", "כ״ד באדר א׳ תשפ״ד (4 במרץ 2024) 21:05"),
        ),
        at(2024, 3, 4, 21, 5),
    ),
    probe(
        "en_breadcrumb_aria_ol_day_archive",
        "https://notes.reading-circle.example.net/node/8841",
        page(
            "en",
            "Reading circle moves | Reading Circle Notes",
            "",
            top='<ol aria-label="Breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/'
            '2024/">2024</a></li><li><a href="/news/2024/03/">Mar</a></li><li><a href="/news/'
            '2024/03/12/">12</a></li></ol>',
        ),
        day(2024, 3, 12),
    ),
    probe(
        "es_hora_canaria",
        "https://www.eco-atlantico.example.es/sociedad/88413",
        news(
            "es",
            "La biblioteca abre una sala nueva | Eco Atlántico",
            line("fecha", "05/03/2024 - 13:20 (hora canaria)"),
        ),
        at(2024, 3, 5, 13, 20, tz=GMT),
    ),
]

FIELDS = ("published", "modified")

# The blind run (before any fix, on 575f5b74), 61 pages, 76 judged values: newsextract 68/76
# (72/76 on the day alone), trafilatura 28/76 and htmldate 35/76 on the day alone. After the
# fixes (labels "publish" (en) and "verfasst" (de); zones "hora peninsular"/"hora canaria"
# (es); a time past the bracket closing a Gregorian day; a two-digit year's day with a
# half-day word before its time; Bikram Sambat and Ethiopian days in numbers; a breadcrumb's
# day archive in the page search): newsextract 76/76. The second group (PROBES_2), blind on
# those fixes: newsextract 11/12 (a Minguo "113.03.05 下午3:20" read as 2013 by the two-digit
# year's new half-day word: a number running on is now no day, and the Minguo stamp's time may
# follow 上午/下午), trafilatura 4/12, htmldate 4/12; after: 12/12.
_OPEN: dict[tuple[str, str], str] = {}


test_blind_date_probe_69 = fetched_field_test(PROBES + PROBES_2, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
    report_date_probes(PROBES_2, FIELDS)
