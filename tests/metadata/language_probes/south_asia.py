"""South Asian languages: Hindi, Bengali, Tamil, Urdu, Nepali, Marathi, Gujarati, Telugu,
Malayalam, Punjabi, Sinhala, Assamese, Odia, Sindhi, Kannada."""

from __future__ import annotations

from datetime import timedelta, timezone

from .kit import (
    IST,
    PKT,
    Probe,
    blogger,
    event_page,
    jsonld,
    mediawiki,
    news_cms,
    news_page,
    portal_story,
    recipe,
    tag_links,
    when,
    wordpress,
)
from .texts import AS, BN, GU, HI, KN, ML, MR, NE, OR, PA, SD, SI, TA, TE, UR

PROBES: tuple[Probe, ...] = (
    Probe(
        "hi_wp_native_digits",
        "hi",
        wordpress(
            "hi",
            "पुराने बाज़ार में नई जल योजना शुरू | नगर दर्पण",
            "पुराने बाज़ार में नई जल योजना शुरू",
            HI,
            site="नगर दर्पण",
            meta='<span class="byline">लेखक: <a href="/author/r/">रमेश कुमार वर्मा</a></span> '
            '<span class="posted-on">प्रकाशित: ५ मार्च २०२४</span>',
            footer=tag_links("टैग:", ("जल आपूर्ति", "नगर निगम")),
        ),
        {
            "title": "पुराने बाज़ार में नई जल योजना शुरू",
            "authors": ("रमेश कुमार वर्मा",),
            "published": when(2024, 3, 5),
            "tags": ("जल आपूर्ति", "नगर निगम"),
            "publisher": "नगर दर्पण",
            "language": "hi",
        },
    ),
    Probe(
        "hi_news_ist",
        "hi",
        news_cms(
            "hi",
            "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी - जनवाणी समाचार",
            "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी",
            HI,
            standfirst="नगर निगम का दावा है कि गर्मियों से पहले सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
            meta='<span class="author">न्यूज़ डेस्क, जनवाणी</span> | '
            '<span class="date">Updated Tue, 05 Mar 2024 08:30 PM IST</span>',
            head=jsonld(headline="बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी"),
            section="शहर",
        ),
        {
            "title": "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी",
            "authors": (),
            # only the update's time is shown (20:30 IST, ``modified``): the day is all that
            # is known of the publication
            "published": when(2024, 3, 5),
            "publisher": "जनवाणी समाचार",
            "language": "hi",
            "lead": "नगर निगम का दावा है कि गर्मियों से पहले सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
        },
    ),
    Probe(
        "hi_blogger",
        "hi",
        blogger(
            "hi",
            "घुमक्कड़ी की डायरी: पहाड़ों में पहला दिन",
            "पहाड़ों में पहला दिन",
            HI,
            blog="घुमक्कड़ी की डायरी",
            date_header="मंगलवार, 5 मार्च 2024",
            posted_by='प्रस्तुतकर्ता <span class="fn"><a href="/profile/1">अनिल जोशी</a></span>'
            ' पर <abbr class="published" title="2024-03-05T18:40:00+05:30">6:40 pm</abbr>',
            labels='लेबल: <a href="/search/label/a" rel="tag">यात्रा</a>, '
            '<a href="/search/label/b" rel="tag">पहाड़</a>',
        ),
        {
            "title": "पहाड़ों में पहला दिन",
            "authors": ("अनिल जोशी",),
            "published": when(2024, 3, 5, 18, 40, tz=IST),
            "tags": ("यात्रा", "पहाड़"),
            "language": "hi",
        },
    ),
    # --- Bengali -----------------------------------------------------------------------
    Probe(
        "bn_news_staff_native",
        "bn",
        news_cms(
            "bn",
            "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার | দৈনিক নদীবার্তা",
            "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার",
            BN,
            site="দৈনিক নদীবার্তা",
            meta='<span class="author">নিজস্ব প্রতিবেদক, সিরাজগঞ্জ</span>'
            '<span class="time">প্রকাশ: ০৫ মার্চ ২০২৪, ১০: ৩০</span>',
            after='<div class="tags">বিষয়: <a href="/topic/1">নদীভাঙন</a>'
            '<a href="/topic/2">বন্যা</a></div>',
            section="সারাদেশ",
        ),
        {
            "title": "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার",
            "authors": (),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("নদীভাঙন", "বন্যা"),
            "publisher": "দৈনিক নদীবার্তা",
            "language": "bn",
        },
    ),
    Probe(
        "bn_wp_month_first",
        "bn",
        wordpress(
            "bn",
            "চরাঞ্চলে নতুন বাঁধের দাবি – গ্রামের কথা",
            "চরাঞ্চলে নতুন বাঁধের দাবি",
            BN,
            site="গ্রামের কথা",
            lead="বর্ষার আগে বাঁধ মেরামতের দাবিতে মানববন্ধন করেছেন চরাঞ্চলের বাসিন্দারা।",
            meta='<span class="byline">লিখেছেন: <a href="/author/t/">তানভীর হাসান</a></span>'
            ' <time class="entry-date" datetime="2024-03-05T09:15:00+06:00">মার্চ ৫, ২০২৪</time>',
            footer=tag_links("ট্যাগ:", ("বাঁধ", "চরাঞ্চল")),
        ),
        {
            "title": "চরাঞ্চলে নতুন বাঁধের দাবি",
            "authors": ("তানভীর হাসান",),
            "published": when(2024, 3, 5, 9, 15, tz=timezone(timedelta(hours=6))),
            "tags": ("বাঁধ", "চরাঞ্চল"),
            "publisher": "গ্রামের কথা",
            "language": "bn",
            "lead": "বর্ষার আগে বাঁধ মেরামতের দাবিতে মানববন্ধন করেছেন চরাঞ্চলের বাসিন্দারা।",
        },
    ),
    Probe(
        "bn_relative_only",
        "bn",
        news_cms(
            "bn",
            "বাঁধের কাজ শুরু শুষ্ক মৌসুমে - কলকাতা খবর",
            "বাঁধের কাজ শুরু শুষ্ক মৌসুমে",
            BN,
            meta='<span class="author">প্রতিবেদন: রিয়া দত্ত</span><span class="time">২ ঘণ্টা আগে</span>',
            section="রাজ্য",
        ),
        {
            "title": "বাঁধের কাজ শুরু শুষ্ক মৌসুমে",
            "authors": ("রিয়া দত্ত",),
            "published": None,
            "language": "bn",
        },
    ),
    # --- Tamil -------------------------------------------------------------------------
    Probe(
        "ta_wp",
        "ta",
        wordpress(
            "ta",
            "நகரில் புதிய பொது நூலகம் திறப்பு - தமிழ் மலர்",
            "நகரில் புதிய பொது நூலகம் திறப்பு",
            TA,
            site="தமிழ் மலர்",
            meta='<span class="byline">எழுதியவர்: <a href="/author/k/">கவிதா ராஜன்</a></span>'
            ' <span class="posted-on">மார்ச் 5, 2024 10:30 AM</span>',
            footer=tag_links("குறிச்சொற்கள்:", ("நூலகம்", "கல்வி")),
        ),
        {
            "title": "நகரில் புதிய பொது நூலகம் திறப்பு",
            "authors": ("கவிதா ராஜன்",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("நூலகம்", "கல்வி"),
            "publisher": "தமிழ் மலர்",
            "language": "ta",
        },
    ),
    Probe(
        "ta_news_byline_after",
        "ta",
        news_cms(
            "ta",
            "நூலகத்தில் இலவச இணைய வசதி | செய்திச் சுடர்",
            "நூலகத்தில் இலவச இணைய வசதி",
            TA,
            meta='<span class="date">வெளியிடப்பட்டது: 05 மார்ச் 2024 14:20 IST</span>',
            after='<p class="reporter">செய்தியாளர்: அருண் பிரகாஷ்</p>',
            head=jsonld(headline="நூலகத்தில் இலவச இணைய வசதி"),
            section="மாவட்டம்",
        ),
        {
            "title": "நூலகத்தில் இலவச இணைய வசதி",
            "authors": ("அருண் பிரகாஷ்",),
            "published": when(2024, 3, 5, 14, 20, tz=IST),
            "publisher": "செய்திச் சுடர்",
            "language": "ta",
        },
    ),
    # --- Urdu --------------------------------------------------------------------------
    Probe(
        "ur_news_extended_digits",
        "ur",
        news_cms(
            "ur",
            "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل - روزنامہ سحر",
            "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل",
            UR,
            site="روزنامہ سحر",
            meta='<span class="author">تحریر: عائشہ ملک</span>'
            '<span class="date">۵ مارچ ۲۰۲۴</span>',
            after='<div class="tags">ٹیگز: <a href="/tag/1">بارش</a> <a href="/tag/2">ٹریفک</a>'
            "</div>",
            section="شہر",
        ),
        {
            "title": "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل",
            "authors": ("عائشہ ملک",),
            "published": when(2024, 3, 5),
            "tags": ("بارش", "ٹریفک"),
            "publisher": "روزنامہ سحر",
            "language": "ur",
        },
    ),
    Probe(
        "ur_wp_web_desk_jsonld",
        "ur",
        wordpress(
            "ur",
            "نکاسی آب کا نیا منصوبہ | اردو نامہ",
            "نکاسی آب کا نیا منصوبہ",
            UR,
            site="اردو نامہ",
            meta='<span class="byline">ویب ڈیسک</span> <span class="posted-on">05 مارچ 2024</span>',
            head=jsonld(
                headline="نکاسی آب کا نیا منصوبہ", datePublished="2024-03-05T14:15:00+05:00"
            ),
            footer=tag_links("ٹیگز:", ("نکاسی آب", "بلدیہ")),
        ),
        {
            "title": "نکاسی آب کا نیا منصوبہ",
            "authors": (),
            "published": when(2024, 3, 5, 14, 15, tz=PKT),
            "tags": ("نکاسی آب", "بلدیہ"),
            "publisher": "اردو نامہ",
            "language": "ur",
        },
    ),
    Probe(
        "ur_relative_with_meta",
        "ur",
        news_cms(
            "ur",
            "تاجروں کی شکایات پر اجلاس طلب - خبر نامہ",
            "تاجروں کی شکایات پر اجلاس طلب",
            UR,
            meta='<span class="author">رپورٹ: فیصل احمد</span><span class="date">3 گھنٹے پہلے'
            "</span>",
            head='<meta property="article:published_time" content="2024-03-05T09:00:00+05:00">',
            section="کاروبار",
        ),
        {
            "title": "تاجروں کی شکایات پر اجلاس طلب",
            "authors": ("فیصل احمد",),
            "published": when(2024, 3, 5, 9, 0, tz=PKT),
            "publisher": "خبر نامہ",
            "language": "ur",
        },
    ),
    Probe(
        "ne_daytime_baje",
        "ne",
        news_cms(
            "ne",
            "खोला किनारमा नयाँ पार्क सञ्चालनमा - नगर खबर",
            "खोला किनारमा नयाँ पार्क सञ्चालनमा",
            NE,
            site="नगर खबर",
            meta='<span class="author">लेखक: राम बहादुर थापा</span>'
            '<span class="date">५ मार्च २०२४, दिउँसो २:३० बजे</span>',
            section="समाचार",
        ),
        {
            "title": "खोला किनारमा नयाँ पार्क सञ्चालनमा",
            "authors": ("राम बहादुर थापा",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "नगर खबर",
            "language": "ne",
        },
    ),
    Probe(
        "ne_byline_name_and_town",
        "ne",
        news_cms(
            "ne",
            "पार्किङ अभावको गुनासो | पहाड दैनिक",
            "पार्किङ अभावको गुनासो",
            NE,
            site="पहाड दैनिक",
            meta='<span class="author">सीता गुरुङ, पोखरा</span><span class="date">५ मार्च २०२४</span>',
            section="प्रदेश",
        ),
        {
            "title": "पार्किङ अभावको गुनासो",
            "authors": ("सीता गुरुङ",),
            "published": when(2024, 3, 5),
            "language": "ne",
        },
    ),
    Probe(
        "mr_locative_day_period",
        "mr",
        news_cms(
            "mr",
            "नदीकाठी नवीन उद्यान खुले | महानगर वार्ता",
            "नदीकाठी नवीन उद्यान खुले",
            MR,
            site="महानगर वार्ता",
            meta='<span class="author">लेखक: प्रिया देशपांडे</span>'
            '<span class="date">५ मार्च २०२४, दुपारी २:३० वाजता</span>',
            section="शहर",
        ),
        {
            "title": "नदीकाठी नवीन उद्यान खुले",
            "authors": ("प्रिया देशपांडे",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "महानगर वार्ता",
            "language": "mr",
        },
    ),
    Probe(
        "gu_native_digits_period",
        "gu",
        wordpress(
            "gu",
            "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો - શહેર સમાચાર",
            "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો",
            GU,
            site="શહેર સમાચાર",
            meta='<span class="byline">લેખક: <a href="/author/k/">કિરણ પટેલ</a></span> '
            '<span class="posted-on">૫ માર્ચ ૨૦૨૪, બપોરે ૨:૩૦</span>',
        ),
        {
            "title": "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો",
            "authors": ("કિરણ પટેલ",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "શહેર સમાચાર",
            "language": "gu",
        },
    ),
    Probe(
        "ta_evening_period",
        "ta",
        news_cms(
            "ta",
            "நூலகத்துக்கு மாலை நேர வாசகர்கள் | மாநகர செய்தி",
            "நூலகத்துக்கு மாலை நேர வாசகர்கள்",
            TA,
            site="மாநகர செய்தி",
            meta='<span class="date">மார்ச் 5, 2024 மாலை 6:30</span>',
            section="மாநகரம்",
        ),
        {
            "title": "நூலகத்துக்கு மாலை நேர வாசகர்கள்",
            "published": when(2024, 3, 5, 18, 30),
            "publisher": "மாநகர செய்தி",
            "language": "ta",
        },
    ),
    Probe(
        "te_evening_period",
        "te",
        news_cms(
            "te",
            "నది ఒడ్డున కొత్త పార్కు ప్రారంభం | నగర వార్తలు",
            "నది ఒడ్డున కొత్త పార్కు ప్రారంభం",
            TE,
            site="నగర వార్తలు",
            meta='<span class="date">మార్చి 5, 2024 సాయంత్రం 6:30</span>',
            section="నగరం",
        ),
        {
            "title": "నది ఒడ్డున కొత్త పార్కు ప్రారంభం",
            "published": when(2024, 3, 5, 18, 30),
            "publisher": "నగర వార్తలు",
            "language": "te",
        },
    ),
    Probe(
        "ml_evening_period",
        "ml",
        news_cms(
            "ml",
            "പുഴയോരത്ത് പുതിയ ഉദ്യാനം | നഗരവാർത്ത",
            "പുഴയോരത്ത് പുതിയ ഉദ്യാനം",
            ML,
            site="നഗരവാർത്ത",
            meta='<span class="date">2024 മാർച്ച് 5, വൈകുന്നേരം 6:30</span>',
            section="പ്രാദേശികം",
        ),
        {
            "title": "പുഴയോരത്ത് പുതിയ ഉദ്യാനം",
            "published": when(2024, 3, 5, 18, 30),
            "publisher": "നഗരവാർത്ത",
            "language": "ml",
        },
    ),
    Probe(
        "pa_evening_period",
        "pa",
        news_cms(
            "pa",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ | ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ",
            PA,
            site="ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            meta='<span class="author">ਲੇਖਕ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ</span>'
            '<span class="date">5 ਮਾਰਚ 2024 ਸ਼ਾਮ 6:30</span>',
            section="ਸ਼ਹਿਰ",
        ),
        {
            "title": "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ",
            "authors": ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ",),
            "published": when(2024, 3, 5, 18, 30),
            "publisher": "ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            "language": "pa",
        },
    ),
    Probe(
        "si_pm_before_time",
        "si",
        news_cms(
            "si",
            "ගඟ අසල නව උද්‍යානයක් | නගර පුවත්",
            "ගඟ අසල නව උද්‍යානයක්",
            SI,
            site="නගර පුවත්",
            meta='<span class="date">2024 මාර්තු 05, ප.ව. 2.30</span>',
            section="පුවත්",
        ),
        {
            "title": "ගඟ අසල නව උද්‍යානයක්",
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "නගර පුවත්",
            "language": "si",
        },
    ),
    Probe(
        "bn_bd_pm_word",
        "bn",
        news_cms(
            "bn",
            "নতুন বাঁধের কাজ শুরু | দৈনিক চরবার্তা",
            "নতুন বাঁধের কাজ শুরু",
            BN,
            site="দৈনিক চরবার্তা",
            meta='<span class="author">লেখক: শাহানা পারভীন</span>'
            '<span class="date">প্রকাশিত: ০৩:৪৫ অপরাহ্ণ, ০৫ মার্চ ২০২৪</span>',
            section="সারাদেশ",
        ),
        {
            "title": "নতুন বাঁধের কাজ শুরু",
            "authors": ("শাহানা পারভীন",),
            "published": when(2024, 3, 5, 15, 45),
            "publisher": "দৈনিক চরবার্তা",
            "language": "bn",
        },
    ),
    Probe(
        "ur_hijri_beside_gregorian",
        "ur",
        news_page(
            "ur",
            "بارش کے بعد سڑکیں زیرِ آب",
            "روزنامہ شمال",
            UR,
            '<span class="author">تحریر: عائشہ ملک</span>'
            '<span class="date">منگل 5 مارچ 2024ء، 23 شعبان المعظم 1445ھ</span>',
            section="شہر",
        ),
        {
            "title": "بارش کے بعد سڑکیں زیرِ آب",
            "authors": ("عائشہ ملک",),
            # Pakistan sights the moon a day after Saudi Arabia's calendar: the Hijri day
            # converts to 4 March, the Gregorian date printed beside it is the page's
            "published": when(2024, 3, 5),
            "language": "ur",
        },
    ),
    # --- Bikram Sambat: Nepal's calendar, year first and month first ---------------------
    Probe(
        "ne_bikram_sambat_year_first",
        "ne",
        news_page(
            "ne",
            "खोला किनारमा नयाँ पार्क",
            "हिमाल खबरपत्र",
            NE,
            '<span class="author">लेखक: हरि प्रसाद अधिकारी</span>'
            '<span class="date">२०८० फागुन २२ गते मंगलबार ११:१५</span>',
            section="समाचार",
        ),
        {
            "title": "खोला किनारमा नयाँ पार्क",
            "authors": ("हरि प्रसाद अधिकारी",),
            "published": when(2024, 3, 5, 11, 15),
            "language": "ne",
        },
    ),
    Probe(
        "ne_bikram_sambat_month_first",
        "ne",
        wordpress(
            "ne",
            "पार्किङको अभाव – गाउँको आवाज",
            "पार्किङको अभाव",
            NE,
            site="गाउँको आवाज",
            meta='<span class="posted-on">मंगलबार, फाल्गुन २२, २०८०</span>',
        ),
        {"title": "पार्किङको अभाव", "published": when(2024, 3, 5), "language": "ne"},
    ),
    # --- Pages that are no news ---------------------------------------------------------
    Probe(
        "hi_recipe_h2_lekhika",
        "hi",
        recipe(
            "hi",
            "रसोई घर - आलू पराठा बनाने की आसान विधि",
            "आलू पराठा बनाने की आसान विधि",
            ("2 कप आटा", "3 उबले आलू", "1 हरी मिर्च", "नमक स्वादानुसार"),
            (
                "आटे में पानी मिलाकर नरम गूंध लें और दस मिनट ढककर रखें।",
                "आलू मसलकर उसमें मिर्च और नमक मिलाएं, फिर लोई में भरकर बेलें।",
                "तवे पर घी लगाकर दोनों ओर सुनहरा होने तक सेकें।",
            ),
            site="रसोई घर",
            credit="लेखिका: सुनीता शर्मा",
        ),
        {
            "title": "आलू पराठा बनाने की आसान विधि",
            "authors": ("सुनीता शर्मा",),
            "language": "hi",
        },
    ),
    Probe(
        "bn_mediawiki_entry",
        "bn",
        mediawiki(
            "bn",
            "চরের হাট — গ্রামকোষ",
            "চরের হাট",
            (
                "নদীর চরে প্রতি মঙ্গলবার বসা একটি পুরনো সাপ্তাহিক বাজার। এখানে মাছ, সবজি ও হাতে বোনা "
                "মাদুর বিক্রি হয়।",
                "বর্ষায় হাটটি নৌকায় করে পাশের গ্রামে সরিয়ে নেওয়া হয়।",
            ),
            wiki="গ্রামকোষ",
        ),
        {"title": "চরের হাট", "authors": (), "language": "bn"},
    ),
    Probe(
        "ta_wp_role_after_name",
        "ta",
        wordpress(
            "ta",
            "புதிய நூலகம் திறப்பு | தமிழ் மலர்",
            "புதிய நூலகம் திறப்பு",
            TA,
            site="தமிழ் மலர்",
            meta='<span class="byline">எழுதியவர்: <a href="/author/k/">கவிதா ராமன்</a>, '
            "மூத்த செய்தியாளர்</span>",
        ),
        {"title": "புதிய நூலகம் திறப்பு", "authors": ("கவிதா ராமன்",), "language": "ta"},
    ),
    Probe(
        "hi_recipe_site_section_title",
        "hi",
        recipe(
            "hi",
            "रसोई घर | मिठाइयाँ | गाजर का हलवा",
            "गाजर का हलवा",
            ("500 ग्राम गाजर", "1 लीटर दूध", "चीनी स्वादानुसार"),
            ("गाजर को कद्दूकस करें।", "दूध में धीमी आंच पर गाढ़ा होने तक पकाएं।"),
            site="रसोई घर",
            credit="लेखिका: सुनीता शर्मा",
        ),
        {"title": "गाजर का हलवा", "authors": ("सुनीता शर्मा",), "language": "hi"},
    ),
    Probe(
        "ta_event_site_section_title",
        "ta",
        event_page(
            "ta",
            "கலை அரங்கம் | நிகழ்வுகள் | இசை மாலை",
            "இசை மாலை",
            ("நகர இளைஞர் இசைக்குழு பழைய மற்றும் புதிய பாடல்களை வழங்குகிறது. அனுமதி இலவசம்.",),
            site="கலை அரங்கம்",
            when_where="மார்ச் 23, மாலை 6 மணி · பெரிய அரங்கம்",
            organiser="ஏற்பாடு: இளைஞர் மன்றம்",
        ),
        {"title": "இசை மாலை", "authors": (), "language": "ta"},
    ),
    # --- Bylines whose label comes after the name ("X द्वारा", "by X"): the postposition of
    # the languages of India, as Docusaurus's Hindi and Bengali translations write "by {user}"
    Probe(
        "hi_wp_byline_label_after_name",
        "hi",
        wordpress(
            "hi",
            "झील किनारे नया पुस्तकालय खुला | शहर की बात",
            "झील किनारे नया पुस्तकालय खुला",
            HI,
            site="शहर की बात",
            meta='<span class="byline">प्रिया सक्सेना द्वारा</span> '
            '<span class="posted-on">5 मार्च 2024</span>',
        ),
        {"authors": ("प्रिया सक्सेना",), "language": "hi"},
    ),
    Probe(
        "hi_news_two_names_label_after_line",
        "hi",
        news_cms(
            "hi",
            "मंडी में नई सड़क का काम शुरू - प्रदेश वार्ता",
            "मंडी में नई सड़क का काम शुरू",
            HI,
            after="<p>अमित जोशी और नेहा पांडे द्वारा लिखित</p>",
        ),
        {"authors": ("अमित जोशी", "नेहा पांडे"), "language": "hi"},
    ),
    Probe(
        "bn_news_label_after_name_line",
        "bn",
        news_cms(
            "bn",
            "নদীর ধারে নতুন পার্ক | নগর সংবাদ",
            "নদীর ধারে নতুন পার্ক",
            BN,
            meta="<p>তানভীর হাসান দ্বারা</p>",
        ),
        {"authors": ("তানভীর হাসান",), "language": "bn"},
    ),
    Probe(
        "ne_wp_label_after_name",
        "ne",
        wordpress(
            "ne",
            "खोला किनारमा नयाँ पार्क | उपत्यका डायरी",
            "खोला किनारमा नयाँ पार्क",
            NE,
            site="उपत्यका डायरी",
            meta='<span class="author vcard">सुमन श्रेष्ठ द्वारा</span>',
        ),
        {"authors": ("सुमन श्रेष्ठ",), "language": "ne"},
    ),
    Probe(
        "gu_news_label_after_name_line",
        "gu",
        news_cms(
            "gu",
            "નદી કિનારે નવો બગીચો | નગર સમાચાર",
            "નદી કિનારે નવો બગીચો",
            GU,
            meta="<p>કિરણ પટેલ દ્વારા</p>",
        ),
        {"authors": ("કિરણ પટેલ",), "language": "gu"},
    ),
    Probe(
        "pa_wp_label_after_name",
        "pa",
        wordpress(
            "pa",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਬਾਗ਼ | ਪਿੰਡ ਦੀ ਡਾਇਰੀ",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਬਾਗ਼",
            PA,
            site="ਪਿੰਡ ਦੀ ਡਾਇਰੀ",
            meta='<span class="byline">ਹਰਪ੍ਰੀਤ ਕੌਰ ਦੁਆਰਾ</span>',
        ),
        {"authors": ("ਹਰਪ੍ਰੀਤ ਕੌਰ",), "language": "pa"},
    ),
    Probe(
        "hi_title_site_section_headline",
        "hi",
        portal_story(
            "hi",
            "नगर दर्पण | शहर | नदी पर नए पुल का उद्घाटन हुआ",
            HI,
            logo="नगर दर्पण",
            crumbs=("होम", "शहर"),
            site="नगर दर्पण",
        ),
        {"title": "नदी पर नए पुल का उद्घाटन हुआ"},
    ),
    Probe(
        "bn_title_site_section_headline_double_colons",
        "bn",
        portal_story(
            "bn",
            "দৈনিক নদীবার্তা :: শহর :: নদীর ধারে নতুন পার্ক খুলল",
            BN,
            logo="দৈনিক নদীবার্তা",
            crumbs=("প্রচ্ছদ", "শহর"),
            head=jsonld(publisher={"@type": "Organization", "name": "দৈনিক নদীবার্তা"}),
        ),
        {"title": "নদীর ধারে নতুন পার্ক খুলল"},
    ),
    Probe(
        "ta_logo_h1_itemprop_headline",
        "ta",
        portal_story(
            "ta",
            "தமிழ் மலர் | செய்திகள்",
            TA,
            logo='<h1 class="brand"><a href="/">தமிழ் மலர்</a></h1>',
            crumbs=("முகப்பு", "செய்திகள்"),
            site="தமிழ் மலர்",
            heading='<span class="news-head" itemprop="headline">ஆற்றங்கரையில் புதிய பூங்கா '
            "திறப்பு</span>",
        ),
        {"title": "ஆற்றங்கரையில் புதிய பூங்கா திறப்பு"},
    ),
    Probe(
        "bn_site_only_title_article_h2",
        "bn",
        portal_story(
            "bn",
            "দৈনিক নদীবার্তা",
            BN,
            logo="দৈনিক নদীবার্তা",
            crumbs=(),
            heading="<article><h2>নদীর ধারে নতুন পার্ক খুলল</h2></article>",
        ),
        {"title": "নদীর ধারে নতুন পার্ক খুলল"},
    ),
    # Bangladesh's own calendar ("বঙ্গাব্দ"), the story's only date: a line with its time, and
    # the month first
    Probe(
        "bn_bangla_calendar_time",
        "bn",
        news_cms(
            "bn",
            "চরের স্কুলে নতুন ভবন | দৈনিক চরবার্তা",
            "চরের স্কুলে নতুন ভবন",
            BN,
            site="দৈনিক চরবার্তা",
            meta='<span class="author">রহিম উদ্দিন</span>'
            '<span class="date">প্রকাশিত: ২১ ফাল্গুন ১৪৩০ বঙ্গাব্দ, বিকেল ০৪:১৫</span>',
            section="সারাদেশ",
        ),
        {
            "title": "চরের স্কুলে নতুন ভবন",
            "authors": ("রহিম উদ্দিন",),
            "published": when(2024, 3, 5, 16, 15),
            "language": "bn",
        },
    ),
    Probe(
        "bn_bangla_calendar_month_first",
        "bn",
        wordpress(
            "bn",
            "গ্রামের হাটে নতুন ঘাট – গ্রামের কথা",
            "গ্রামের হাটে নতুন ঘাট",
            BN,
            site="গ্রামের কথা",
            meta='<span class="posted-on">আষাঢ় ৩, ১৪৩১</span>',
        ),
        {"title": "গ্রামের হাটে নতুন ঘাট", "published": when(2024, 6, 17), "language": "bn"},
    ),
    # --- Assamese, Odia, Sinhala bylines ------------------------------------------------
    Probe(
        "as_news_likhok_label",
        "as",
        news_cms(
            "as",
            "পুৰণি বজাৰত নতুন পানী আঁচনি | নগৰ বাৰ্তা",
            "পুৰণি বজাৰত নতুন পানী আঁচনি",
            AS,
            site="নগৰ বাৰ্তা",
            meta='<span class="author">লিখক: ৰমেন কলিতা</span>'
            '<span class="date">প্ৰকাশিত: ৫ মাৰ্চ, ২০২৪</span>',
            section="অসম",
        ),
        {
            "title": "পুৰণি বজাৰত নতুন পানী আঁচনি",
            "authors": ("ৰমেন কলিতা",),
            "published": when(2024, 3, 5),
            "publisher": "নগৰ বাৰ্তা",
            "language": "as",
        },
    ),
    Probe(
        "as_wp_reporter_and_tags",
        "as",
        wordpress(
            "as",
            "পুৰণি বজাৰত নতুন পানী আঁচনি – গাঁৱৰ কথা",
            "পুৰণি বজাৰত নতুন পানী আঁচনি",
            AS,
            site="গাঁৱৰ কথা",
            meta='<span class="byline">প্ৰতিবেদক: <a href="/author/m/">মৃদুলা বৰা</a></span> '
            '<span class="posted-on">মঙ্গলবাৰ, ৫ মাৰ্চ ২০২৪</span>',
            footer=tag_links("টেগ:", ("পানী যোগান", "পৌৰ নিগম")),
        ),
        {
            "title": "পুৰণি বজাৰত নতুন পানী আঁচনি",
            "authors": ("মৃদুলা বৰা",),
            "published": when(2024, 3, 5),
            "tags": ("পানী যোগান", "পৌৰ নিগম"),
            "language": "as",
        },
    ),
    Probe(
        "or_news_lekhaka_label",
        "or",
        news_cms(
            "or",
            "ନଦୀ କୂଳରେ ନୂଆ ପାର୍କ | ସହର ସମାଚାର",
            "ନଦୀ କୂଳରେ ନୂଆ ପାର୍କ",
            OR,
            site="ସହର ସମାଚାର",
            meta='<span class="author">ଲେଖକ: ସୁଜାତା ମହାନ୍ତି</span>'
            '<span class="date">ପ୍ରକାଶିତ: ମାର୍ଚ୍ଚ 5, 2024</span>',
            section="ଓଡ଼ିଶା",
        ),
        {
            "title": "ନଦୀ କୂଳରେ ନୂଆ ପାର୍କ",
            "authors": ("ସୁଜାତା ମହାନ୍ତି",),
            "published": when(2024, 3, 5),
            "language": "or",
        },
    ),
    Probe(
        "si_news_lipiya_label",
        "si",
        news_cms(
            "si",
            "ගඟ අසල නව උද්‍යානයක් | නගර පුවත්",
            "ගඟ අසල නව උද්‍යානයක්",
            SI,
            site="නගර පුවත්",
            meta='<span class="author">ලිපිය: නිමාලි පෙරේරා</span><span class="date">2024 මාර්තු 05</span>',
            section="පුවත්",
        ),
        {
            "title": "ගඟ අසල නව උද්‍යානයක්",
            "authors": ("නිමාලි පෙරේරා",),
            "published": when(2024, 3, 5),
            "language": "si",
        },
    ),
    Probe(
        "sd_news_likhak_label",
        "sd",
        news_cms(
            "sd",
            "پراڻي بازار ۾ نئين پاڻي جي اسڪيم | شهر خبرون",
            "پراڻي بازار ۾ نئين پاڻي جي اسڪيم",
            SD,
            site="شهر خبرون",
            meta='<span class="author">ليکڪ: علي محمد سومرو</span>'
            '<span class="date">شايع ٿيل: 5 مارچ 2024</span>',
            section="سنڌ",
        ),
        {
            "title": "پراڻي بازار ۾ نئين پاڻي جي اسڪيم",
            "authors": ("علي محمد سومرو",),
            "published": when(2024, 3, 5),
            "language": "sd",
        },
    ),
    # --- Kannada: byline labels and native dates ----------------------------------------------
    Probe(
        "kn_news_month_first",
        "kn",
        news_cms(
            "kn",
            "ಹಳೆಯ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಹೊಸ ನೀರು ಯೋಜನೆ | ನಗರ ವಾರ್ತೆ",
            "ಹಳೆಯ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಹೊಸ ನೀರು ಯೋಜನೆ",
            KN,
            site="ನಗರ ವಾರ್ತೆ",
            meta='<span class="author">ಲೇಖಕರು: ರಮೇಶ್ ಗೌಡರ್</span>'
            '<span class="date">ಪ್ರಕಟಿಸಲಾಗಿದೆ: ಮಾರ್ಚ್ 5, 2024</span>',
            section="ನಗರ ವಾರ್ತೆ",
        ),
        {
            "title": "ಹಳೆಯ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಹೊಸ ನೀರು ಯೋಜನೆ",
            "authors": ("ರಮೇಶ್ ಗೌಡರ್",),
            "published": when(2024, 3, 5),
            "publisher": "ನಗರ ವಾರ್ತೆ",
            "language": "kn",
        },
    ),
)
