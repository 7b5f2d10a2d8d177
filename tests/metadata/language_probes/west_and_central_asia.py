"""West and Central Asian languages: Persian, Hebrew, Arabic, Pashto, Tajik, Azerbaijani, Uzbek,
Kazakh, Mongolian, Georgian, Armenian."""

from __future__ import annotations

from .kit import (
    AZT,
    EET,
    GET,
    Probe,
    forum,
    jsonld,
    later_thread_page,
    mediawiki,
    news_cms,
    news_page,
    personal_site,
    plain_blog,
    shop_product,
    tag_line,
    tag_links,
    title_only,
    when,
    wordpress,
)
from .texts import AR, AZ, FA, HE, HY, KA, KK, MN, PS, TG, TR, UZ

PROBES: tuple[Probe, ...] = (
    # --- Persian -----------------------------------------------------------------------
    Probe(
        "fa_news_solar_hijri_time",
        "fa",
        news_cms(
            "fa",
            "آغاز ساخت پل جدید روی رودخانه | خبرگزاری آوای شهر",
            "آغاز ساخت پل جدید روی رودخانه",
            FA,
            site="خبرگزاری آوای شهر",
            meta='<span class="author">نویسنده: مریم رضایی</span>'
            '<span class="date">۱۵ اسفند ۱۴۰۲ - ۱۰:۳۰</span>',
            after='<div class="tags">برچسب‌ها: <a href="/tag/1">پل</a> <a href="/tag/2">ترافیک</a>'
            "</div>",
            section="استان",
        ),
        {
            "title": "آغاز ساخت پل جدید روی رودخانه",
            "authors": ("مریم رضایی",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("پل", "ترافیک"),
            "publisher": "خبرگزاری آوای شهر",
            "language": "fa",
        },
    ),
    Probe(
        "fa_wp_solar_hijri_day",
        "fa",
        wordpress(
            "fa",
            "نگرانی کسبه از بسته شدن مسیرها – وبلاگ محله",
            "نگرانی کسبه از بسته شدن مسیرها",
            FA,
            site="وبلاگ محله",
            meta='<span class="byline">ارسال شده توسط: <a href="/author/a/">علی کریمی</a></span>'
            ' <span class="posted-on">۱۴ فروردین ۱۴۰۳</span>',
            footer=tag_links("برچسب ها:", ("کسبه", "عمران")),
        ),
        {
            "title": "نگرانی کسبه از بسته شدن مسیرها",
            "authors": ("علی کریمی",),
            "published": when(2024, 4, 2),
            "tags": ("کسبه", "عمران"),
            "publisher": "وبلاگ محله",
            "language": "fa",
        },
    ),
    Probe(
        "fa_news_tehran_time_credit",
        "fa",
        news_cms(
            "fa",
            "مسیرهای جایگزین پیش از شروع کار آماده می‌شود - پایگاه خبری شهر ما",
            "مسیرهای جایگزین پیش از شروع کار آماده می‌شود",
            FA,
            meta='<span class="date">سه‌شنبه ۱۵ اسفند ۱۴۰۲ ساعت ۱۸:۴۵</span>',
            after='<p class="source">منبع: ایسنا</p>',
            head=jsonld(headline="مسیرهای جایگزین پیش از شروع کار آماده می‌شود"),
            section="جامعه",
        ),
        {
            "title": "مسیرهای جایگزین پیش از شروع کار آماده می‌شود",
            "authors": (),
            "published": when(2024, 3, 5, 18, 45),
            "publisher": "پایگاه خبری شهر ما",
            "language": "fa",
        },
    ),
    # --- Hebrew ------------------------------------------------------------------------
    Probe(
        "he_news_dotted",
        "he",
        news_cms(
            "he",
            "פארק חדש נפתח בשכונה הצפונית - חדשות הגליל",
            "פארק חדש נפתח בשכונה הצפונית",
            HE,
            site="חדשות הגליל",
            standfirst="העבודות נמשכו כשנתיים ועלו כשלושים מיליון שקלים, אך התושבים מתלוננים "
            "על מחסור בחניה",
            meta='<span class="author">מאת: דנה לוי</span><span class="date">05.03.2024 | 14:30'
            "</span>",
            after='<div class="tags">תגיות: <a href="/tag/1">פארקים</a> <a href="/tag/2">עירייה</a>'
            "</div>",
            section="מקומי",
        ),
        {
            "title": "פארק חדש נפתח בשכונה הצפונית",
            "authors": ("דנה לוי",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("פארקים", "עירייה"),
            "publisher": "חדשות הגליל",
            "language": "he",
            "lead": "העבודות נמשכו כשנתיים ועלו כשלושים מיליון שקלים, אך התושבים מתלוננים על "
            "מחסור בחניה",
        },
    ),
    Probe(
        "he_wp_posted_on_by",
        "he",
        wordpress(
            "he",
            "חניון נוסף ייבנה בשנה הבאה &#8211; הבלוג של השכונה",
            "חניון נוסף ייבנה בשנה הבאה",
            HE,
            site="הבלוג של השכונה",
            meta='<span class="posted-on">פורסם בתאריך <time datetime="2024-03-05T08:10:00+02:00">'
            '5 במרץ 2024</time></span> <span class="byline">על ידי <span class="author vcard">'
            '<a href="/author/y/">יוסי כהן</a></span></span>',
            footer=tag_links("תגיות:", ("חניה", "תחבורה")),
        ),
        {
            "title": "חניון נוסף ייבנה בשנה הבאה",
            "authors": ("יוסי כהן",),
            "published": when(2024, 3, 5, 8, 10, tz=EET),
            "tags": ("חניה", "תחבורה"),
            "publisher": "הבלוג של השכונה",
            "language": "he",
        },
    ),
    Probe(
        "he_relative_only",
        "he",
        news_cms(
            "he",
            "קווי האוטובוס יתוגברו | מקומון העמק",
            "קווי האוטובוס יתוגברו",
            HE,
            meta='<span class="author">נועה פרץ</span><span class="date">לפני 3 שעות</span>',
            section="תחבורה",
        ),
        {
            "title": "קווי האוטובוס יתוגברו",
            "authors": ("נועה פרץ",),
            "published": None,
            "publisher": "מקומון העמק",
            "language": "he",
        },
    ),
    Probe(
        "he_forum_later_page",
        "he",
        forum(
            "he",
            "הפארק החדש בשכונה - עמוד 3",
            "הפארק החדש בשכונה",
            HE,
            user="dani_g",
            posted="05.03.2024, 19:42",
            head=later_thread_page("הפארק החדש בשכונה", "2024-01-10T08:00:00+02:00"),
        ),
        {"title": "הפארק החדש בשכונה", "published": when(2024, 3, 5, 19, 42), "language": "he"},
    ),
    # --- Georgian ----------------------------------------------------------------------
    Probe(
        "ka_news",
        "ka",
        news_cms(
            "ka",
            "ქალაქში ახალი ბიბლიოთეკა გაიხსნა | ამბები დღეს",
            "ქალაქში ახალი ბიბლიოთეკა გაიხსნა",
            KA,
            site="ამბები დღეს",
            meta='<span class="author">ავტორი: ნინო ბერიძე</span>'
            '<span class="date">5 მარტი 2024, 14:30</span>',
            after='<div class="tags">თეგები: <a href="/tag/1">ბიბლიოთეკა</a> <a href="/tag/2">'
            "მერია</a></div>",
            section="საზოგადოება",
        ),
        {
            "title": "ქალაქში ახალი ბიბლიოთეკა გაიხსნა",
            "authors": ("ნინო ბერიძე",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("ბიბლიოთეკა", "მერია"),
            "publisher": "ამბები დღეს",
            "language": "ka",
        },
    ),
    Probe(
        "ka_wp_jsonld_no_author",
        "ka",
        wordpress(
            "ka",
            "ავტოსადგომი წლის ბოლომდე აშენდება - ქალაქის ბლოგი",
            "ავტოსადგომი წლის ბოლომდე აშენდება",
            KA,
            site="ქალაქის ბლოგი",
            meta='<span class="posted-on">05.03.2024 18:20</span>',
            head=jsonld(
                headline="ავტოსადგომი წლის ბოლომდე აშენდება",
                datePublished="2024-03-05T18:20:00+04:00",
            ),
        ),
        {
            "title": "ავტოსადგომი წლის ბოლომდე აშენდება",
            "published": when(2024, 3, 5, 18, 20, tz=GET),
            "publisher": "ქალაქის ბლოგი",
            "language": "ka",
        },
    ),
    # --- Armenian ----------------------------------------------------------------------
    Probe(
        "hy_news_armenian_colon",
        "hy",
        news_cms(
            "hy",
            "Գետի ափին նոր այգի է բացվել | Լուրեր Այսօր",
            "Գետի ափին նոր այգի է բացվել",
            HY,
            site="Լուրեր Այսօր",
            meta='<span class="author">Հեղինակ՝ Անի Պետրոսյան</span>'
            '<span class="date">05.03.2024, 14:30</span>',
            after='<div class="tags">Պիտակներ՝ <a href="/tag/1">այգի</a> <a href="/tag/2">'
            "քաղաքապետարան</a></div>",
            section="Հասարակություն",
        ),
        {
            "title": "Գետի ափին նոր այգի է բացվել",
            "authors": ("Անի Պետրոսյան",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("այգի", "քաղաքապետարան"),
            "publisher": "Լուրեր Այսօր",
            "language": "hy",
        },
    ),
    Probe(
        "hy_news_month_name",
        "hy",
        news_cms(
            "hy",
            "Կայանատեղի կկառուցվի մինչև տարեվերջ - Երևան Թայմս",
            "Կայանատեղի կկառուցվի մինչև տարեվերջ",
            HY,
            meta='<span class="date">5 մարտի 2024, 18:45</span>',
            after="<p><strong>Արամ Սարգսյան</strong></p>",
            section="Քաղաք",
        ),
        {
            "title": "Կայանատեղի կկառուցվի մինչև տարեվերջ",
            "published": when(2024, 3, 5, 18, 45),
            "publisher": "Երևան Թայմս",
            "language": "hy",
        },
    ),
    Probe(
        "kk_news",
        "kk",
        news_cms(
            "kk",
            "Өзен жағасында жаңа саябақ ашылды | Дала жаңалықтары",
            "Өзен жағасында жаңа саябақ ашылды",
            KK,
            site="Дала жаңалықтары",
            meta='<span class="author">Автор: Айгүл Серікова</span>'
            '<span class="date">5 наурыз 2024, 14:30</span>',
            section="Қоғам",
        ),
        {
            "title": "Өзен жағасында жаңа саябақ ашылды",
            "authors": ("Айгүл Серікова",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "Дала жаңалықтары",
            "language": "kk",
        },
    ),
    Probe(
        "fa_af_dari_zodiac_month",
        "fa",
        news_cms(
            "fa-AF",
            "آغاز ساخت پل جدید در ولایت | خبرگزاری کوهسار",
            "آغاز ساخت پل جدید در ولایت",
            FA,
            site="خبرگزاری کوهسار",
            meta='<span class="author">نویسنده: احمد ضیا رحیمی</span>'
            '<span class="date">سه‌شنبه ۱۵ حوت ۱۴۰۲</span>',
            section="ولایات",
        ),
        {
            "title": "آغاز ساخت پل جدید در ولایت",
            "authors": ("احمد ضیا رحیمی",),
            "published": when(2024, 3, 5),
            "publisher": "خبرگزاری کوهسار",
            "language": "fa",
        },
    ),
    Probe(
        "ps_pashto_month",
        "ps",
        news_cms(
            "ps",
            "د سیند پر غاړه نوی پارک پرانیستل شو | د پښتونخوا غږ",
            "د سیند پر غاړه نوی پارک پرانیستل شو",
            PS,
            site="د پښتونخوا غږ",
            meta='<span class="date">۱۵ کب ۱۴۰۲ - ۱۰:۳۰</span>',
            section="خبرونه",
        ),
        {
            "title": "د سیند پر غاړه نوی پارک پرانیستل شو",
            "published": when(2024, 3, 5, 10, 30),
            "publisher": "د پښتونخوا غږ",
            "language": "ps",
        },
    ),
    Probe(
        "tg_izofat_month",
        "tg",
        news_cms(
            "tg",
            "Дар соҳили дарё боғи нав кушода шуд | Хабарҳои Варзоб",
            "Дар соҳили дарё боғи нав кушода шуд",
            TG,
            site="Хабарҳои Варзоб",
            meta='<span class="author">Муаллиф: Фарид Раҳимов</span>'
            '<span class="date">5 марти 2024, 15:45</span>',
            section="Ҷомеа",
        ),
        {
            "title": "Дар соҳили дарё боғи нав кушода шуд",
            "authors": ("Фарид Раҳимов",),
            "published": when(2024, 3, 5, 15, 45),
            "publisher": "Хабарҳои Варзоб",
            "language": "tg",
        },
    ),
    Probe(
        "ar_hijri_then_gregorian",
        "ar",
        news_page(
            "ar",
            "افتتاح حديقة عامة جديدة على ضفاف النهر",
            "أخبار المدينة",
            AR,
            '<span class="author">كتب: سامي الخطيب</span>'
            '<span class="date">الثلاثاء ٢٤ شعبان ١٤٤٥ هـ - ٥ مارس ٢٠٢٤ م - ١٠:٣٠ ص</span>',
            after=tag_line("الوسوم:", "البلدية", "حدائق"),
            section="محليات",
        ),
        {
            "title": "افتتاح حديقة عامة جديدة على ضفاف النهر",
            "authors": ("سامي الخطيب",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("البلدية", "حدائق"),
            "language": "ar",
        },
    ),
    Probe(
        "ar_hijri_alone",
        "ar",
        wordpress(
            "ar",
            "نقص مواقف السيارات قرب الحديقة الجديدة – مدونة الحي",
            "نقص مواقف السيارات قرب الحديقة الجديدة",
            AR,
            site="مدونة الحي",
            meta='<span class="posted-on">نُشر في ٢٤ شعبان ١٤٤٥هـ</span>',
        ),
        {
            "title": "نقص مواقف السيارات قرب الحديقة الجديدة",
            "published": when(2024, 3, 5),
            "language": "ar",
        },
    ),
    Probe(
        "ar_hijri_alone_time",
        "ar",
        news_page(
            "ar",
            "البلدية تعد بموقف جديد قبل نهاية العام",
            "صحيفة الواحة",
            AR,
            '<span class="date">الاثنين ١٥ رمضان ١٤٤٥هـ الساعة ٠٨:١٥ م</span>',
            section="محليات",
        ),
        {
            "title": "البلدية تعد بموقف جديد قبل نهاية العام",
            "published": when(2024, 3, 25, 20, 15),
            "language": "ar",
        },
    ),
    # --- Hebrew calendar: beside the Gregorian date, and alone ------------------------------
    Probe(
        "he_hebrew_beside_gregorian",
        "he",
        news_page(
            "he",
            "פארק חדש נפתח בשכונה הצפונית",
            "חדשות הגליל העליון",
            HE,
            '<span class="author">מאת: דנה לוי</span>'
            '<span class="date">יום שלישי, כ"ה באדר א\' התשפ"ד, 05.03.2024, 10:30</span>',
            section="חדשות",
        ),
        {
            "title": "פארק חדש נפתח בשכונה הצפונית",
            "authors": ("דנה לוי",),
            "published": when(2024, 3, 5, 10, 30),
            "language": "he",
        },
    ),
    Probe(
        "he_hebrew_alone",
        "he",
        wordpress(
            "he",
            "מחסור בחניה ליד הפארק – בלוג הקהילה",
            "מחסור בחניה ליד הפארק",
            HE,
            site="בלוג הקהילה",
            meta='<span class="posted-on">כ״ה באדר א׳ תשפ״ד</span>',
        ),
        {
            "title": "מחסור בחניה ליד הפארק",
            "published": when(2024, 3, 5),
            "language": "he",
        },
    ),
    Probe(
        "az_news_baku_time_updated",
        "az",
        news_page(
            "az",
            "Çayın sahilində yeni park açıldı",
            "Gəncə Xəbər",
            AZ,
            '<span class="author">Müəllif: Elvin Məmmədov</span>'
            '<span class="date">5 mart 2024, 14:30 (Bakı vaxtı)</span>'
            '<span class="updated">Yenilənib: 5 mart 2024, 16:10</span>',
            after=tag_line("Teqlər:", "park", "icra hakimiyyəti"),
            section="Cəmiyyət",
        ),
        {
            "title": "Çayın sahilində yeni park açıldı",
            "authors": ("Elvin Məmmədov",),
            "published": when(2024, 3, 5, 14, 30, tz=AZT),
            # the update's time is in the zone the date line names (Baku's)
            "modified": when(2024, 3, 5, 16, 10, tz=AZT),
            "tags": ("park", "icra hakimiyyəti"),
            "language": "az",
        },
    ),
    Probe(
        "uz_news_hyphen_day",
        "uz",
        news_page(
            "uz",
            "Daryo bo'yida yangi bog' ochildi",
            "Vodiy Yangiliklari",
            UZ,
            '<span class="author">Muallif: Dilnoza Karimova</span>'
            '<span class="date">5-mart 2024, 14:30</span>',
            after=tag_line("Teglar:", "bog'", "hokimlik"),
            section="Jamiyat",
        ),
        {
            "title": "Daryo bo'yida yangi bog' ochildi",
            "authors": ("Dilnoza Karimova",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("bog'", "hokimlik"),
            "language": "uz",
        },
    ),
    Probe(
        "mn_news_initial_name",
        "mn",
        news_page(
            "mn",
            "Голын эрэг дээр шинэ цэцэрлэг нээгдлээ",
            "Хангай Мэдээ",
            MN,
            '<span class="author">Сэтгүүлч: Б.Батбаяр</span>'
            '<span class="date">2024 оны 3 сарын 5, 14:30</span>',
            after=tag_line("Шошго:", "цэцэрлэг", "зогсоол"),
            section="Нийгэм",
        ),
        {
            "title": "Голын эрэг дээр шинэ цэцэрлэг нээгдлээ",
            "authors": ("Б.Батбаяр",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("цэцэрлэг", "зогсоол"),
            "language": "mn",
        },
    ),
    # --- relative stamps beside the byline ("לפני 3 שעות", "۳ ساعت پیش") ------------------
    Probe(
        "he_news_relative_byline",
        "he",
        news_cms(
            "he",
            "השוק בעמק נפתח מחדש | חדשות העמק",
            "השוק בעמק נפתח מחדש",
            HE,
            site="חדשות העמק",
            meta='<span class="author">מאת נועה לוי</span> | <span class="date">לפני 3 שעות</span>',
            head=jsonld(headline="השוק בעמק נפתח מחדש", datePublished="2024-03-05T11:20:00+02:00"),
            section="אזורי",
        ),
        {
            "title": "השוק בעמק נפתח מחדש",
            "authors": ("נועה לוי",),
            "published": when(2024, 3, 5, 11, 20, tz=EET),
            "language": "he",
        },
    ),
    Probe(
        "fa_news_relative_native_digits",
        "fa",
        news_cms(
            "fa",
            "بازار محله بازگشایی شد | خبر شهر",
            "بازار محله بازگشایی شد",
            FA,
            site="خبر شهر",
            meta='<span class="date">۳ ساعت پیش</span>',
            section="شهری",
        ),
        {"title": "بازار محله بازگشایی شد", "published": None, "language": "fa"},
    ),
    Probe(
        "ar_news_role_after_name",
        "ar",
        news_cms(
            "ar",
            "افتتاح سوق جديد في وسط المدينة - أخبار الواحة",
            "افتتاح سوق جديد في وسط المدينة",
            AR,
            site="أخبار الواحة",
            meta='<span class="author">بقلم: سامي الخطيب، محرر الشؤون المحلية</span>',
            section="محليات",
        ),
        {
            "title": "افتتاح سوق جديد في وسط المدينة",
            "authors": ("سامي الخطيب",),
            "language": "ar",
        },
    ),
    Probe(
        "he_title_only_site_first",
        "he",
        title_only(
            "he",
            "חדשות המושב - נפתח פארק חדש בשכונה הצפונית",
            HE,
            site="חדשות המושב",
            byline="מאת: נועה לוי",
        ),
        {
            "title": "נפתח פארק חדש בשכונה הצפונית",
            "authors": ("נועה לוי",),
            "language": "he",
        },
    ),
    Probe(
        "ka_mediawiki_entry",
        "ka",
        mediawiki(
            "ka",
            "ძველი წისქვილი — სოფლის ვიკი",
            "ძველი წისქვილი",
            (
                "არის მდინარის პირას მდგარი ქვის წისქვილი, რომელიც მეცხრამეტე საუკუნეში აშენდა.",
                "დღეს წისქვილში სოფლის პატარა მუზეუმია.",
            ),
            wiki="სოფლის ვიკი",
        ),
        {"title": "ძველი წისქვილი", "authors": (), "language": "ka"},
    ),
    Probe(
        "fa_blog_posted_by",
        "fa",
        plain_blog(
            "fa",
            "پل تازه از نگاه ساکنان | دفترچه محله",
            FA,
            blog="دفترچه محله",
            heading="پل تازه از نگاه ساکنان",
            byline="نوشته شده توسط مریم احمدی",
        ),
        {"title": "پل تازه از نگاه ساکنان", "authors": ("مریم احمدی",), "language": "fa"},
    ),
    Probe(
        "hy_shop_logo_h1",
        "hy",
        shop_product(
            "hy",
            "Ձեռագործ գորգ «Արարատ» | Գորգերի Տուն",
            "Ձեռագործ գորգ «Արարատ»",
            (
                "Բրդյա գորգ՝ գործված ավանդական նախշերով։ Չափսը՝ 120 x 180 սմ։",
                "Մաքրել միայն չոր եղանակով։",
            ),
            shop="Գորգերի Տուն",
            crumbs=("Գլխավոր", "Գորգեր"),
            price="85 000 ֏",
        ),
        {"title": "Ձեռագործ գորգ «Արարատ»", "authors": (), "language": "hy"},
    ),
    Probe(
        "tr_personal_site_owner",
        "tr",
        personal_site(
            "tr",
            "Elif Yıldız | Eski çarşıda yeni bir pazar",
            "Eski çarşıda yeni bir pazar",
            (
                "Salı günü eski çarşının yanında yeni bir semt pazarı açıldı. Yüzden fazla "
                "tezgâhta köylüler sebze, peynir ve bal satıyor.",
                "Sabah erkenden gittim; neyi nereden almak gerektiğini yazdım.",
            ),
            owner="Elif Yıldız",
            shown="5 Mart 2024",
        ),
        {"title": "Eski çarşıda yeni bir pazar", "authors": ("Elif Yıldız",), "language": "tr"},
    ),
    Probe(
        "he_blog_posted_by",
        "he",
        plain_blog(
            "he",
            "נפתח פארק חדש בשכונה | הבלוג של השכונה",
            HE,
            blog="הבלוג של השכונה",
            heading="נפתח פארק חדש בשכונה",
            byline="פורסם על ידי נועה לוי",
        ),
        {"title": "נפתח פארק חדש בשכונה", "authors": ("נועה לוי",), "language": "he"},
    ),
    Probe(
        "ar_blog_posted_by",
        "ar",
        plain_blog(
            "ar",
            "سوق جديد في الحي | مدونة الحي",
            AR,
            blog="مدونة الحي",
            heading="سوق جديد في الحي",
            byline="نشر بواسطة: سامي الخطيب",
        ),
        {"title": "سوق جديد في الحي", "authors": ("سامي الخطيب",), "language": "ar"},
    ),
    # --- Bylines whose label comes after the name ("X tarafından", "by X"), as Turkic
    # languages write "by": Docusaurus's Turkish and Turkmen translations of "by {user}"
    Probe(
        "tr_wp_label_after_name_verb",
        "tr",
        wordpress(
            "tr",
            "Nehir kıyısına yeni park - Mahalle Defteri",
            "Nehir kıyısına yeni park",
            TR,
            site="Mahalle Defteri",
            meta='<span class="byline">Zeynep Karaca tarafından yazıldı</span>',
        ),
        {"authors": ("Zeynep Karaca",), "language": "tr"},
    ),
    Probe(
        "tr_news_two_names_label_after_line",
        "tr",
        news_cms(
            "tr",
            "Nehir kıyısına yeni park | Kıyı Haber",
            "Nehir kıyısına yeni park",
            TR,
            after="<p>Mert Aydın ve Elif Şahin tarafından hazırlandı.</p>",
        ),
        {"authors": ("Mert Aydın", "Elif Şahin"), "language": "tr"},
    ),
    Probe(
        "az_news_label_after_name_line",
        "az",
        news_cms(
            "az",
            "Çay sahilində yeni park | Şəhər Xəbərləri",
            "Çay sahilində yeni park",
            AZ,
            meta="<p>Rəşad Məmmədov tərəfindən</p>",
        ),
        {"authors": ("Rəşad Məmmədov",), "language": "az"},
    ),
    Probe(
        "uz_wp_label_after_name",
        "uz",
        wordpress(
            "uz",
            "Daryo bo'yida yangi bog' - Mahalla kundaligi",
            "Daryo bo'yida yangi bog'",
            UZ,
            site="Mahalla kundaligi",
            meta='<span class="byline">Dilnoza Karimova tomonidan</span>',
        ),
        {"authors": ("Dilnoza Karimova",), "language": "uz"},
    ),
)
