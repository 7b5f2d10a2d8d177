"""Date probes, second round (issue 12): invented pages in languages the dev sets lack, each
a class that dates a page wrongly elsewhere: another calendar's date beside or instead of the
Gregorian one, an event's day beside the day it was posted, readers' comments on an undated
page, "N days ago" with and without the crawl's time, a day in an archive-style URL against
the page's written day, a JSON-LD time without an offset beside a written one with a zone, a
copyright year alone, and "published … / updated …" in one line. Every page, name and text is
invented; all dates are 15 March 2024 (published) and 16 March 2024 (updated)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from tests.metadata.language_probes import texts
from tests.metadata.language_probes.kit import (
    EAT,
    GET,
    IRST,
    IST,
    DateProbe,
    check_date_probe,
    date_probe_cases,
    event_page,
    jsonld,
    news_page,
    plain_blog,
    when,
    wordpress,
)

_URL = "https://town.example.org/news/new-library"
_FETCHED = datetime(2024, 3, 18, 12, 0, tzinfo=UTC)  # three days after the 15th
_AMT = timezone(timedelta(hours=4))  # Armenia's offset


def _comments(*lines: str) -> str:
    """Readers' comments under the text: a name and a date line each, no ``<time>``."""
    return (
        '<div id="comments" class="comments"><ol class="commentlist">'
        + "".join(
            f'<li class="comment"><div class="comment-author"><cite>reader{n}</cite></div>'
            f'<div class="comment-meta">{line}</div><p>👍</p></li>'
            for n, line in enumerate(lines)
        )
        + "</ol></div>"
    )


def _footer(notice: str) -> str:
    return f'<footer class="site-footer"><p class="copyright">{notice}</p></footer>'


# (name, page, url, fetched_at, published, modified); a modified of ... is not scored.
PROBES: list[DateProbe] = [
    # --- another calendar's date, beside the Gregorian one or instead of it -----------------
    (
        "fa_solar_hijri_only",
        news_page("fa", "کتابخانه تازه باز شد", "خبر شهر", texts.FA, "۲۵ اسفند ۱۴۰۲"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "fa_solar_hijri_then_gregorian",
        news_page(
            "fa",
            "کتابخانه تازه باز شد",
            "خبر شهر",
            texts.FA,
            "جمعه ۲۵ اسفند ۱۴۰۲ - ۱۵ مارس ۲۰۲۴ ساعت ۱۰:۳۰",
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30),
        ...,
    ),
    (
        "ar_hijri_beside_gregorian",
        news_page(
            "ar",
            "افتتاح مكتبة جديدة",
            "أخبار المدينة",
            texts.AR,
            "الجمعة 5 رمضان 1445 هـ الموافق 15 مارس 2024",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "ar_gregorian_then_hijri",
        news_page(
            "ar",
            "افتتاح مكتبة جديدة",
            "أخبار المدينة",
            texts.AR,
            "15 مارس 2024م - 5 رمضان 1445هـ",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "ur_hijri_beside_gregorian",
        news_page(
            "ur", "نئی لائبریری کا افتتاح", "شہر کی خبریں", texts.UR, "15 مارچ 2024 / 5 رمضان 1445ھ"
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "fa_af_solar_hijri_dari_month",  # Afghanistan's names of the solar months: حوت, Pisces
        news_page("fa", "کتابخانه تازه باز شد", "خبر شهر", texts.FA, "۲۵ حوت ۱۴۰۲"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "fa_solar_hijri_numbers_only",
        news_page("fa", "کتابخانه تازه باز شد", "خبر شهر", texts.FA, "۱۴۰۲/۱۲/۲۵ - ۱۰:۳۰"),
        _URL,
        None,
        when(2024, 3, 15, 10, 30),
        ...,
    ),
    (
        "ar_hijri_only",
        news_page("ar", "افتتاح مكتبة جديدة", "أخبار المدينة", texts.AR, "الجمعة 5 رمضان 1445 هـ"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "am_ethiopian_only",
        news_page("am", "አዲስ ቤተ መጻሕፍት ተከፈተ", "የከተማ ዜና", texts.AM, "መጋቢት 6 ቀን 2016 ዓ.ም"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "am_ethiopian_beside_gregorian",
        news_page(
            "am",
            "አዲስ ቤተ መጻሕፍት ተከፈተ",
            "የከተማ ዜና",
            texts.AM,
            "መጋቢት 6/2016 ዓ.ም (March 15, 2024)",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "km_buddhist_era",
        news_page("km", "បណ្ណាល័យថ្មីបើកហើយ", "ព័ត៌មានក្រុង", texts.KM, "ថ្ងៃទី១៥ ខែមីនា ព.ស.២៥៦៧"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "km_gregorian_khmer_digits",
        news_page(
            "km",
            "បណ្ណាល័យថ្មីបើកហើយ",
            "ព័ត៌មានក្រុង",
            texts.KM,
            "ថ្ងៃសុក្រ ទី១៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០",
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30),
        ...,
    ),
    (
        "my_gregorian_burmese_digits",
        news_page("my", "စာကြည့်တိုက်သစ် ဖွင့်လှစ်", "မြို့သတင်း", texts.MY, "၂၀၂၄ ခုနှစ် မတ်လ ၁၅ ရက်"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "lo_buddhist_era",
        news_page("lo", "ຫໍສະໝຸດໃໝ່ເປີດແລ້ວ", "ຂ່າວເມືອງ", texts.LO, "15 ມີນາ 2567"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "lo_buddhist_era_marked",
        news_page("lo", "ຫໍສະໝຸດໃໝ່ເປີດແລ້ວ", "ຂ່າວເມືອງ", texts.LO, "ວັນສຸກ 15 ມີນາ ພ.ສ. 2567"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "bn_bengali_calendar_beside_gregorian",
        news_page("bn", "নতুন গ্রন্থাগার চালু", "শহরের খবর", texts.BN, "১ চৈত্র ১৪৩০ | ১৫ মার্চ ২০২৪"),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    # --- an event's day beside the day it was posted ----------------------------------------
    (
        "en_event_posted_before",
        wordpress(
            "en",
            "Spring seed swap",
            "Spring seed swap",
            texts.EN,
            meta="Posted on March 15, 2024 · Event date: April 20, 2024, 10:00",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "hi_event_posted_before",
        wordpress(
            "hi",
            "बीज मेला",
            "बीज मेला",
            texts.HI,
            meta="प्रकाशित: 15 मार्च 2024 | कार्यक्रम की तारीख: 20 अप्रैल 2024",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "sw_event_only",
        event_page(
            "sw",
            "Maonyesho ya mbegu",
            "Maonyesho ya mbegu",
            texts.SW,
            site="Bustani ya Mji",
            when_where="Tarehe: 20 Aprili 2024, 10:00 · Ukumbi wa Mji",
            organiser="Chama cha Bustani",
        ),
        _URL,
        None,
        None,
        ...,
    ),
    (
        "ka_event_only",
        event_page(
            "ka",
            "თესლების გაცვლა",
            "თესლების გაცვლა",
            texts.KA,
            site="ქალაქის ბაღი",
            when_where="20 აპრილი 2024, 10:00 · ქალაქის დარბაზი",
            organiser="ბაღის კლუბი",
        ),
        _URL,
        None,
        None,
        ...,
    ),
    (
        "tr_event_date_label_beside_post_stamp",
        wordpress(
            "tr",
            "Tohum takası",
            "Tohum takası",
            texts.TR,
            meta="Yayınlanma: 15 Mart 2024 · <p>Tarih: 20 Nisan 2024, 10:00</p>",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "ca_events_calendar_plugin",  # WordPress's The Events Calendar: the event's day only
        '<html lang="ca"><head><meta charset="utf-8"><title>Intercanvi de llavors</title></head>'
        '<body><main id="main"><div id="tribe-events-content" class="tribe-events-single">'
        '<h1 class="tribe-events-single-event-title">Intercanvi de llavors</h1>'
        '<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-'
        'start">20 abril 2024 @ 10:00</span> - <span class="tribe-event-time">13:00</span>'
        '</h2></div><div class="tribe-events-single-event-description tribe-events-content">'
        f"<p>{texts.CA[0]}</p><p>{texts.CA[1]}</p></div></div></main></body></html>",
        _URL,
        None,
        None,
        ...,
    ),
    (
        "hi_event_details_then_published",
        wordpress(
            "hi",
            "बीज मेला",
            "बीज मेला",
            texts.HI,
            meta='<div class="event-details">20 अप्रैल 2024, सुबह 10 बजे</div>'
            "<p>प्रकाशित: 15 मार्च 2024</p>",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        ...,
    ),
    # --- readers' comments on a page that carries no date of its own ------------------------
    (
        "ta_comments_only",
        news_page(
            "ta",
            "புதிய நூலகம் திறப்பு",
            "நகர செய்திகள்",
            texts.TA,
            "",
            after=_comments("16 மார்ச் 2024, 09:12", "17 மார்ச் 2024, 18:40"),
        ),
        _URL,
        None,
        None,
        ...,
    ),
    (
        "hy_comments_only",
        news_page(
            "hy",
            "Նոր գրադարան",
            "Քաղաքի լուրեր",
            texts.HY,
            "",
            after=_comments("16 մարտի 2024, 09:12", "17 մարտի 2024, 18:40"),
        ),
        _URL,
        None,
        None,
        ...,
    ),
    (
        "bn_story_date_then_comments",
        news_page(
            "bn",
            "নতুন গ্রন্থাগার চালু",
            "শহরের খবর",
            texts.BN,
            "প্রকাশ: ১৫ মার্চ ২০২৪, ১০:৩০",
            after=_comments("১৬ মার্চ ২০২৪, ০৯:১২", "১৭ মার্চ ২০২৪, ১৮:৪০"),
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30),
        ...,
    ),
    # --- "N days ago", with the crawl's time and without ------------------------------------
    *(
        (
            f"{lang}_days_ago{'_fetched' if fetched else ''}",
            news_page(lang, h1, site, body, stamp),
            _URL,
            _FETCHED if fetched else None,
            when(2024, 3, 15) if fetched else None,
            ...,
        )
        for lang, h1, site, body, stamp in (
            ("hi", "नई लाइब्रेरी खुली", "शहर समाचार", texts.HI, "3 दिन पहले"),
            ("sw", "Maktaba mpya yafunguliwa", "Habari za Mji", texts.SW, "siku 3 zilizopita"),
            ("ka", "ახალი ბიბლიოთეკა გაიხსნა", "ქალაქის ამბები", texts.KA, "3 დღის წინ"),
            ("fa", "کتابخانه تازه باز شد", "خبر شهر", texts.FA, "۳ روز پیش"),
            ("bn", "নতুন গ্রন্থাগার চালু", "শহরের খবর", texts.BN, "৩ দিন আগে"),
            ("ta", "புதிய நூலகம் திறப்பு", "நகர செய்திகள்", texts.TA, "3 நாட்களுக்கு முன்பு"),
            ("ur", "نئی لائبریری کا افتتاح", "شہر کی خبریں", texts.UR, "3 دن پہلے"),
            ("hy", "Նոր գրադարան", "Քաղաքի լուրեր", texts.HY, "3 օր առաջ"),
            ("am", "አዲስ ቤተ መጻሕፍት ተከፈተ", "የከተማ ዜና", texts.AM, "ከ3 ቀናት በፊት"),
            ("km", "បណ្ណាល័យថ្មីបើកហើយ", "ព័ត៌មានក្រុង", texts.KM, "៣ ថ្ងៃមុន"),
            ("my", "စာကြည့်တိုက်သစ် ဖွင့်လှစ်", "မြို့သတင်း", texts.MY, "ပြီးခဲ့သည့် ၃ ရက်"),
            ("ar", "افتتاح مكتبة جديدة", "أخبار المدينة", texts.AR, "منذ 3 أيام"),
            ("uk", "Відкрили нову бібліотеку", "Міські новини", texts.UK, "3 дні тому"),
            ("ne", "नयाँ पुस्तकालय खुल्यो", "सहर समाचार", texts.NE, "३ दिन अघि"),
            ("az", "Yeni kitabxana açıldı", "Şəhər xəbərləri", texts.AZ, "3 gün əvvəl"),
            ("mn", "Шинэ номын сан нээгдлээ", "Хотын мэдээ", texts.MN, "3 хоногийн өмнө"),
            (
                "tl",
                "Bagong aklatan, binuksan",
                "Balitang Bayan",
                texts.TL,
                "3 araw na ang nakalipas",
            ),
        )
        for fetched in (True, False)
    ),
    (
        "hi_days_ago_beside_comments_hours_ago",  # the comments' stamps are the readers'
        news_page(
            "hi",
            "नई लाइब्रेरी खुली",
            "शहर समाचार",
            texts.HI,
            "3 दिन पहले",
            after=_comments("2 घंटे पहले", "1 घंटे पहले"),
        ),
        _URL,
        _FETCHED,
        when(2024, 3, 15),
        ...,
    ),
    (
        "ar_undated_story_comments_hours_ago",  # only the readers' comments are dated
        news_page(
            "ar",
            "افتتاح مكتبة جديدة",
            "أخبار المدينة",
            texts.AR,
            "",
            after=_comments("منذ 2 ساعات", "منذ 1 ساعة"),
        ),
        _URL,
        _FETCHED,
        None,
        ...,
    ),
    # --- a day in an archive-style URL against the page's written day -----------------------
    (
        "hi_url_day_before_written_time",
        news_page("hi", "नई लाइब्रेरी खुली", "शहर समाचार", texts.HI, "15 मार्च 2024, 10:30 IST"),
        "https://town.example.org/2024/03/14/new-library/",
        None,
        when(2024, 3, 15, 10, 30, tz=IST),
        ...,
    ),
    (
        "sw_url_month_written_day",
        news_page("sw", "Maktaba mpya yafunguliwa", "Habari za Mji", texts.SW, "15 Machi 2024"),
        "https://town.example.org/2024/03/maktaba-mpya/",
        None,
        when(2024, 3, 15),
        ...,
    ),
    (
        "ka_url_day_after_written_day",  # a page moved the next day: the written day stands
        news_page("ka", "ახალი ბიბლიოთეკა გაიხსნა", "ქალაქის ამბები", texts.KA, "15 მარტი 2024"),
        "https://town.example.org/2024/03/16/new-library/",
        None,
        when(2024, 3, 15),
        ...,
    ),
    # --- JSON-LD's time without an offset beside a written time with one --------------------
    (
        "fa_jsonld_naive_written_tehran",
        news_page(
            "fa",
            "کتابخانه تازه باز شد",
            "خبر شهر",
            texts.FA,
            "۱۵ مارس ۲۰۲۴ ساعت ۱۰:۳۰ به وقت تهران",
            head=jsonld(datePublished="2024-03-15T10:30:00"),
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30, tz=IRST),
        ...,
    ),
    (
        "hy_jsonld_naive_written_offset",
        news_page(
            "hy",
            "Նոր գրադարան",
            "Քաղաքի լուրեր",
            texts.HY,
            "15.03.2024, 10:30 (GMT+4)",
            head=jsonld(datePublished="2024-03-15T10:30:00"),
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30, tz=_AMT),
        ...,
    ),
    (
        "hi_jsonld_naive_written_ist",
        news_page(
            "hi",
            "नई लाइब्रेरी खुली",
            "शहर समाचार",
            texts.HI,
            "अपडेट: 15 मार्च 2024, 10:30 IST",
            head=jsonld(datePublished="2024-03-15T10:30:00"),
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30, tz=IST),
        ...,
    ),
    (
        "ka_jsonld_naive_written_offset",
        news_page(
            "ka",
            "ახალი ბიბლიოთეკა გაიხსნა",
            "ქალაქის ამბები",
            texts.KA,
            "15 მარტი 2024, 10:30 (GMT+4)",
            head=jsonld(datePublished="2024-03-15T10:30:00"),
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30, tz=GET),
        ...,
    ),
    # --- a copyright year and nothing else --------------------------------------------------
    *(
        (
            f"{lang}_copyright_only",
            news_page(lang, h1, site, body, "", after=_footer(notice)),
            _URL,
            None,
            None,
            ...,
        )
        for lang, h1, site, body, notice in (
            (
                "hi",
                "नई लाइब्रेरी खुली",
                "शहर समाचार",
                texts.HI,
                "© 2024 शहर समाचार। सर्वाधिकार सुरक्षित।",
            ),
            (
                "ka",
                "ახალი ბიბლიოთეკა გაიხსნა",
                "ქალაქის ამბები",
                texts.KA,
                "© 2024 ყველა უფლება დაცულია",
            ),
            ("sw", "Maktaba mpya yafunguliwa", "Habari za Mji", texts.SW, "Hakimiliki © 2024"),
            ("fa", "کتابخانه تازه باز شد", "خبر شهر", texts.FA, "© ۱۴۰۲ کلیه حقوق محفوظ است"),
            ("km", "បណ្ណាល័យថ្មីបើកហើយ", "ព័ត៌មានក្រុង", texts.KM, "© ២០២៤ រក្សាសិទ្ធិគ្រប់យ៉ាង"),
            ("am", "አዲስ ቤተ መጻሕፍት ተከፈተ", "የከተማ ዜና", texts.AM, "© 2016 ዓ.ም የከተማ ዜና"),
            (
                "ur",
                "نئی لائبریری کا افتتاح",
                "شہر کی خبریں",
                texts.UR,
                "جملہ حقوق محفوظ ہیں © 2024",
            ),
            ("my", "စာကြည့်တိုက်သစ် ဖွင့်လှစ်", "မြို့သတင်း", texts.MY, "© ၂၀၂၄ မြို့သတင်း"),
            ("bn", "নতুন গ্রন্থাগার চালু", "শহরের খবর", texts.BN, "স্বত্ব © ২০২৪ শহরের খবর"),
        )
    ),
    # --- "published … / updated …" in one line ----------------------------------------------
    *(
        (
            f"{lang}_published_updated_one_line",
            news_page(lang, h1, site, body, line),
            _URL,
            None,
            when(2024, 3, 15, 10, 30, tz=tz),
            when(2024, 3, 16, 8, 0, tz=tz),
        )
        for lang, h1, site, body, line, tz in (
            (
                "hi",
                "नई लाइब्रेरी खुली",
                "शहर समाचार",
                texts.HI,
                "प्रकाशित: 15 मार्च 2024, 10:30 IST | अपडेट: 16 मार्च 2024, 08:00 IST",
                IST,
            ),
            (
                "sw",
                "Maktaba mpya yafunguliwa",
                "Habari za Mji",
                texts.SW,
                "Imechapishwa: 15/03/2024 10:30 EAT | Imesasishwa: 16/03/2024 08:00 EAT",
                EAT,
            ),
            (
                "ka",
                "ახალი ბიბლიოთეკა გაიხსნა",
                "ქალაქის ამბები",
                texts.KA,
                "გამოქვეყნდა: 15.03.2024 10:30 · განახლდა: 16.03.2024 08:00",
                None,
            ),
            (
                "fa",
                "کتابخانه تازه باز شد",
                "خبر شهر",
                texts.FA,
                "تاریخ انتشار: ۱۴۰۲/۱۲/۲۵ ساعت ۱۰:۳۰ | به‌روزرسانی: ۱۴۰۲/۱۲/۲۶ ساعت ۰۸:۰۰",
                None,
            ),
            (
                "hy",
                "Նոր գրադարան",
                "Քաղաքի լուրեր",
                texts.HY,
                "Հրապարակվել է՝ 15.03.2024, 10:30 | Թարմացվել է՝ 16.03.2024, 08:00",
                None,
            ),
            (
                "tr",
                "Yeni kütüphane açıldı",
                "Şehir Haberleri",
                texts.TR,
                "Yayınlanma: 15.03.2024 10:30 - Güncelleme: 16.03.2024 08:00",
                None,
            ),
            (
                "id",
                "Perpustakaan baru dibuka",
                "Kabar Kota",
                texts.ID,
                "Diterbitkan: 15 Maret 2024, 10:30 WIB | Diperbarui: 16 Maret 2024, 08:00 WIB",
                timezone(timedelta(hours=7)),
            ),
            (
                "bn",
                "নতুন গ্রন্থাগার চালু",
                "শহরের খবর",
                texts.BN,
                "প্রকাশ: ১৫ মার্চ ২০২৪, ১০:৩০ | আপডেট: ১৬ মার্চ ২০২৪, ০৮:০০",
                None,
            ),
            (
                "am",
                "አዲስ ቤተ መጻሕፍት ተከፈተ",
                "የከተማ ዜና",
                texts.AM,
                "የታተመው: 15/03/2024 10:30 | የተሻሻለው: 16/03/2024 08:00",
                None,
            ),
            (
                "ur",
                "نئی لائبریری کا افتتاح",
                "شہر کی خبریں",
                texts.UR,
                "شائع 15 مارچ 2024 10:30 | اپ ڈیٹ 16 مارچ 2024 08:00",
                None,
            ),
            (
                "km",
                "បណ្ណាល័យថ្មីបើកហើយ",
                "ព័ត៌មានក្រុង",
                texts.KM,
                "ចេញផ្សាយ៖ 15/03/2024 10:30 | កែប្រែ៖ 16/03/2024 08:00",
                None,
            ),
            (
                "ta",
                "புதிய நூலகம் திறப்பு",
                "நகர செய்திகள்",
                texts.TA,
                "வெளியிடப்பட்டது: 15 மார்ச் 2024 10:30 | புதுப்பிக்கப்பட்டது: 16 மார்ச் 2024 08:00",
                None,
            ),
        )
    ),
    # the update first, then the publication
    *(
        (
            f"{lang}_updated_then_published",
            news_page(lang, h1, site, body, line),
            _URL,
            None,
            when(2024, 3, 15, 10, 30),
            when(2024, 3, 16, 8, 0),
        )
        for lang, h1, site, body, line in (
            (
                "hi",
                "नई लाइब्रेरी खुली",
                "शहर समाचार",
                texts.HI,
                "अपडेटेड: 16 मार्च 2024, 08:00 | प्रकाशित: 15 मार्च 2024, 10:30",
            ),
            (
                "sw",
                "Maktaba mpya yafunguliwa",
                "Habari za Mji",
                texts.SW,
                "Imesasishwa: 16/03/2024 08:00 · Imechapishwa: 15/03/2024 10:30",
            ),
            (
                "ka",
                "ახალი ბიბლიოთეკა გაიხსნა",
                "ქალაქის ამბები",
                texts.KA,
                "განახლდა: 16.03.2024 08:00 | გამოქვეყნდა: 15.03.2024 10:30",
            ),
            (
                "ko",
                "새 도서관 개관",
                "동네 소식",
                texts.KO,
                "수정 2024.03.16 08:00 · 입력 2024.03.15 10:30",
            ),
        )
    ),
    # the update a time alone on the day after: its day is the publication's next
    (
        "id_updated_time_only_same_day",
        news_page(
            "id",
            "Perpustakaan baru dibuka",
            "Kabar Kota",
            texts.ID,
            "Diterbitkan: 15 Maret 2024, 10:30 · Diperbarui: 15:45",
        ),
        _URL,
        None,
        when(2024, 3, 15, 10, 30),
        when(2024, 3, 15, 15, 45),
    ),
    # a blog's post, no theme: "posted" in the same line as "edited", Amharic labels
    (
        "ur_blog_published_updated",
        plain_blog(
            "ur",
            "نئی لائبریری",
            texts.UR,
            blog="میرا بلاگ",
            heading="نئی لائبریری",
            byline="شائع: 15 مارچ 2024 — اپ ڈیٹ: 16 مارچ 2024",
        ),
        _URL,
        None,
        when(2024, 3, 15),
        when(2024, 3, 16),
    ),
]

# What the probes found and this library still misses, with why (each an open class).
_OPEN = {
    # a written day without its time a day before the URL's: the URL's day wins (3.0 against
    # 1.2, weights the dev sets set), where a page moved or a URL written in UTC may say later
    ("ka_url_day_after_written_day", "published"),
}


_CASES = date_probe_cases(PROBES, _OPEN)


@pytest.mark.parametrize(("page", "url", "fetched", "field", "want"), _CASES)
def test_date_probe(
    page: str, url: str, fetched: datetime | None, field: str, want: datetime | None
) -> None:
    check_date_probe(page, url, fetched, field, want)
