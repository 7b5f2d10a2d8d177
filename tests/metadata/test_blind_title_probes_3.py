"""A third blind title probe (issue 12): pages written without reading the title code, in
30 languages the dev sets lack (sw, am, ta, te, bn, ur, fa, he, th, vi, km, my, ka, hy, mn,
kk, uz, az, sq, sr, mk, lt, lv, et, is, ga, cy, eu, ca, gl) and on layouts the first two
probes left out: an ``<h1>`` that is a section name or a date, a ``<title>`` that is only the
site's name, a kicker and the headline as spans of one ``<h1>``, a headline broken over two
lines by ``<br>``, emoji, all-caps headlines, the site's own name inside the headline (it
stays), single-page apps whose title is only in JSON or ``og:title``, and pages carrying the
headline in two languages.

Each expected title is what a reader takes for it: the visible headline in the page's
language, without the site's name, a section or a date. ``python -m
tests.metadata.test_blind_title_probes_3 /work/shared/eval`` prints newsextract's and
trafilatura's hits, judged as the eval's ``title_loose`` judges and strictly: the blind
figure is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, page, paragraphs
from tests.metadata.title_pages import og_meta as _og

import newsextract

# One text per language: a town's new public library opening its doors.
TEXTS = {
    "sw": "Maktaba mpya ya umma imefunguliwa katikati ya mji, ikiwa na vitabu elfu kumi na "
    "chumba cha kusomea watoto kinachofunguliwa kila siku hadi saa mbili usiku.",
    "am": "አዲሱ የሕዝብ ቤተ መጻሕፍት በከተማዋ መሃል ተከፍቷል፤ አሥር ሺህ መጻሕፍትና ለልጆች የንባብ ክፍል "
    "አለው፤ በየቀኑ እስከ ምሽት ሁለት ሰዓት ክፍት ነው።",
    "ta": "நகரின் மையத்தில் புதிய பொது நூலகம் திறக்கப்பட்டது; பத்தாயிரம் நூல்களும் "
    "குழந்தைகளுக்கான வாசிப்பு அறையும் உள்ளன, தினமும் இரவு எட்டு மணி வரை திறந்திருக்கும்.",
    "te": "పట్టణం మధ్యలో కొత్త ప్రజా గ్రంథాలయం ప్రారంభమైంది; పది వేల పుస్తకాలు, పిల్లల "
    "కోసం చదువుకునే గది ఉన్నాయి, ప్రతిరోజూ రాత్రి ఎనిమిది గంటల వరకు తెరిచి ఉంటుంది.",
    "bn": "শহরের কেন্দ্রে নতুন গণগ্রন্থাগার চালু হয়েছে; দশ হাজার বই আর শিশুদের পড়ার ঘর "
    "আছে, প্রতিদিন রাত আটটা পর্যন্ত খোলা থাকবে।",
    "ur": "شہر کے وسط میں نئی عوامی لائبریری کھل گئی ہے، جس میں دس ہزار کتابیں اور بچوں کے "
    "لیے مطالعے کا کمرہ ہے جو روزانہ رات آٹھ بجے تک کھلا رہے گا۔",
    "fa": "کتابخانه عمومی تازه‌ای در مرکز شهر گشایش یافت که ده هزار جلد کتاب و اتاق مطالعه "
    "کودکان دارد و هر روز تا ساعت هشت شب باز است.",
    "he": "ספרייה ציבורית חדשה נפתחה במרכז העיר, ובה עשרת אלפים ספרים וחדר קריאה לילדים "
    "שפתוח מדי יום עד שמונה בערב.",
    "th": "ห้องสมุดประชาชนแห่งใหม่เปิดให้บริการกลางเมือง มีหนังสือหนึ่งหมื่นเล่ม "
    "และห้องอ่านหนังสือสำหรับเด็กที่เปิดทุกวันจนถึงสองทุ่ม",
    "vi": "Thư viện công cộng mới đã mở cửa ở trung tâm thị trấn, với mười nghìn cuốn sách và "
    "một phòng đọc cho trẻ em mở cửa hằng ngày đến tám giờ tối.",
    "km": "បណ្ណាល័យសាធារណៈថ្មីមួយបានបើកនៅកណ្តាលក្រុង ដែលមានសៀវភៅមួយម៉ឺនក្បាល "
    "និងបន្ទប់អានសម្រាប់កុមារ បើករៀងរាល់ថ្ងៃរហូតដល់ម៉ោងប្រាំបីយប់។",
    "my": "မြို့လယ်တွင် ပြည်သူ့စာကြည့်တိုက်အသစ် ဖွင့်လှစ်လိုက်ပြီး စာအုပ်တစ်သောင်းနှင့် "
    "ကလေးများအတွက် စာဖတ်ခန်း ပါရှိကာ နေ့စဉ် ညရှစ်နာရီအထိ ဖွင့်ထားမည်ဖြစ်သည်။",
    "ka": "ქალაქის ცენტრში ახალი საჯარო ბიბლიოთეკა გაიხსნა, სადაც ათი ათასი წიგნი და "
    "ბავშვების სამკითხველო ოთახია, ყოველდღე საღამოს რვა საათამდე.",
    "hy": "Քաղաքի կենտրոնում բացվել է նոր հանրային գրադարան՝ տասը հազար գրքով և "
    "երեխաների ընթերցասրահով, որը բաց է ամեն օր մինչև երեկոյան ժամը ութը։",
    "mn": "Хотын төвд шинэ нийтийн номын сан нээгдлээ. Арван мянган ном, хүүхдийн "
    "уншлагын танхимтай бөгөөд өдөр бүр оройн найман цаг хүртэл ажиллана.",
    "kk": "Қала орталығында жаңа қоғамдық кітапхана ашылды: он мың кітап пен балаларға "
    "арналған оқу залы бар, күн сайын кешкі сегізге дейін жұмыс істейді.",
    "uz": "Shahar markazida yangi ommaviy kutubxona ochildi: unda o'n ming kitob va bolalar "
    "uchun o'qish zali bor, har kuni kechki soat sakkizgacha ishlaydi.",
    "az": "Şəhərin mərkəzində yeni ictimai kitabxana açıldı: burada on min kitab və uşaqlar "
    "üçün oxu zalı var, hər gün axşam saat səkkizə qədər işləyir.",
    "sq": "Në qendër të qytetit u hap një bibliotekë e re publike, me dhjetë mijë libra dhe "
    "një sallë leximi për fëmijët që është e hapur çdo ditë deri në orën tetë.",
    "sr": "У центру града отворена је нова јавна библиотека са десет хиљада књига и "
    "читаоницом за децу, која ради сваког дана до осам увече.",
    "mk": "Во центарот на градот е отворена нова јавна библиотека со десет илјади книги и "
    "читална за деца, која работи секој ден до осум навечер.",
    "lt": "Miesto centre atidaryta nauja viešoji biblioteka su dešimčia tūkstančių knygų ir "
    "skaitykla vaikams, kuri dirba kasdien iki aštuntos vakaro.",
    "lv": "Pilsētas centrā atvērta jauna publiskā bibliotēka ar desmit tūkstošiem grāmatu un "
    "lasītavu bērniem, kas strādā katru dienu līdz astoņiem vakarā.",
    "et": "Linna keskel avati uus rahvaraamatukogu, kus on kümme tuhat raamatut ja "
    "lastele mõeldud lugemissaal, mis on avatud iga päev kella kaheksani õhtul.",
    "is": "Nýtt almenningsbókasafn var opnað í miðbænum með tíu þúsund bókum og "
    "lesstofu fyrir börn sem er opin alla daga til klukkan átta á kvöldin.",
    "ga": "Osclaíodh leabharlann phoiblí nua i lár an bhaile, le deich míle leabhar agus "
    "seomra léitheoireachta do pháistí atá ar oscailt gach lá go dtí a hocht tráthnóna.",
    "cy": "Mae llyfrgell gyhoeddus newydd wedi agor yng nghanol y dref, gyda deng mil o "
    "lyfrau ac ystafell ddarllen i blant sydd ar agor bob dydd tan wyth y nos.",
    "eu": "Liburutegi publiko berria ireki dute herrigunean, hamar mila liburu eta "
    "haurrentzako irakurgela batekin, egunero arratsaldeko zortziak arte zabalik.",
    "ca": "S'ha obert una nova biblioteca pública al centre de la vila, amb deu mil llibres "
    "i una sala de lectura infantil oberta cada dia fins a les vuit del vespre.",
    "gl": "Abriu unha nova biblioteca pública no centro da vila, con dez mil libros e unha "
    "sala de lectura infantil aberta todos os días ata as oito da tarde.",
    "en": "A new public library has opened in the town centre, with ten thousand books and "
    "a children's reading room open every day until eight in the evening.",
}


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.net/2024/09/03/library-5512"


def _story(lang: str, site: str, heading: str, *, above: str = "", logo: str = "") -> str:
    """A news site's body: the logo (raw markup, else a link with the site's name), a menu,
    the story (``above``, then ``heading`` as raw markup, a date line and the text), a
    related-stories box and the footer."""
    mark = logo or f'<a class="site-logo" href="/">{site}</a>'
    text = TEXTS[lang]
    return (
        f'<header class="top">{mark}<nav class="menu"><a href="/news/">·</a>'
        '<a href="/culture/">··</a></nav></header><div class="wrap"><article class="post">'
        f'{above}{heading}<div class="meta"><time datetime="2024-09-03T09:40:00+03:00">'
        f'03.09.2024</time></div><div class="post-content">{paragraphs(text, text)}</div>'
        '</article><aside class="more"><h4>…</h4><ul><li><a href="/2024/09/02/77">…</a>'
        f"</li></ul></aside></div><footer><p>© 2024 {site}</p></footer>"
    )


def _spa(lang: str, site: str, state: str) -> str:
    """A single-page app's body before it runs: an empty mount point, a noscript line and
    the page's state as JSON; the article's text is in the state, not the markup."""
    return (
        f'<div id="root"></div><noscript>{site}</noscript>'
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'
    )


def _state(headline: str, lang: str) -> str:
    return json.dumps(
        {"props": {"pageProps": {"article": {"title": headline, "body": TEXTS[lang]}}}},
        ensure_ascii=False,
    )


FIELDS = ("title",)

PROBES: list[tuple[Any, ...]] = [
    (name, _url(name), page(lang, title, head, body), want)
    for name, lang, title, head, body, want in [
        # --- The <h1> is a section name or a date -------------------------------------------
        (
            "sw_section_h1_headline_entry_h2",
            "sw",
            "Maktaba mpya ya umma yafunguliwa Tanga | Sauti ya Pwani",
            "",
            _story(
                "sw",
                "Sauti ya Pwani",
                '<h1 class="section-name">Habari za Mikoa</h1>'
                '<h2 class="entry-title">Maktaba mpya ya umma yafunguliwa Tanga</h2>',
            ),
            "Maktaba mpya ya umma yafunguliwa Tanga",
        ),
        (
            "km_date_h1_headline_h2",
            "km",
            "បណ្ណាល័យសាធារណៈថ្មីបើកនៅក្រុងកំពត - ព័ត៌មានទន្លេ",
            "",
            _story(
                "km",
                "ព័ត៌មានទន្លេ",
                '<h1 class="day">ថ្ងៃទី ៣ ខែកញ្ញា ឆ្នាំ ២០២៤</h1><h2>បណ្ណាល័យសាធារណៈថ្មីបើកនៅក្រុងកំពត</h2>',
            ),
            "បណ្ណាល័យសាធារណៈថ្មីបើកនៅក្រុងកំពត",
        ),
        (
            "en_date_h1_archive_style_headline_h2",
            "en",
            "Tuesday, September 3, 2024 - Millbrook Ledger",
            _og("New library opens its doors on Quarry Street", "Millbrook Ledger"),
            _story(
                "en",
                "Millbrook Ledger",
                "<h1>Tuesday, September 3, 2024</h1>"
                '<h2 class="post-title">New library opens its doors on Quarry Street</h2>',
            ),
            "New library opens its doors on Quarry Street",
        ),
        (
            "lv_section_h1_no_h2_og_headline",
            "lv",
            "Kultūra - Vidzemes Balss",
            _og("Valmierā atvērta jauna publiskā bibliotēka", "Vidzemes Balss"),
            _story(
                "lv",
                "Vidzemes Balss",
                "<h1>Kultūra</h1>"
                '<div class="headline">Valmierā atvērta jauna publiskā bibliotēka</div>',
            ),
            "Valmierā atvērta jauna publiskā bibliotēka",
        ),
        (
            "ka_date_h1_jsonld_headline",
            "ka",
            "03.09.2024 | ახალი ამბები",
            ld("NewsArticle", headline="ქუთაისში ახალი საჯარო ბიბლიოთეკა გაიხსნა"),
            _story(
                "ka",
                "ახალი ამბები",
                "<h1>03.09.2024</h1>"
                '<h3 class="article-title">ქუთაისში ახალი საჯარო ბიბლიოთეკა გაიხსნა</h3>',
            ),
            "ქუთაისში ახალი საჯარო ბიბლიოთეკა გაიხსნა",
        ),
        (
            "mn_section_h1_title_full",
            "mn",
            "Дархан хотод шинэ номын сан нээгдлээ - Нийгэм - Өглөөний Мэдээ",
            "",
            _story(
                "mn",
                "Өглөөний Мэдээ",
                '<h1 class="cat">Нийгэм</h1>'
                '<h2 class="title">Дархан хотод шинэ номын сан нээгдлээ</h2>',
            ),
            "Дархан хотод шинэ номын сан нээгдлээ",
        ),
        # --- The <title> is only the site's name --------------------------------------------
        (
            "am_title_only_site",
            "am",
            "ጣና ዜና",
            "",
            _story("am", "ጣና ዜና", "<h1>አዲስ የሕዝብ ቤተ መጻሕፍት በባሕር ዳር ተከፈተ</h1>"),
            "አዲስ የሕዝብ ቤተ መጻሕፍት በባሕር ዳር ተከፈተ",
        ),
        (
            "ur_title_only_site_tagline",
            "ur",
            "روزنامہ ساحل | سچ کی آواز",
            "",
            _story(
                "ur",
                "روزنامہ ساحل",
                '<h1 class="story-heading">گوادر میں نئی عوامی لائبریری کھل گئی</h1>',
            ),
            "گوادر میں نئی عوامی لائبریری کھل گئی",
        ),
        (
            "is_title_only_site_og_site",
            "is",
            "Fjarðafréttir",
            _og(site="Fjarðafréttir"),
            _story("is", "Fjarðafréttir", "<h1>Nýtt bókasafn opnað á Ísafirði</h1>"),
            "Nýtt bókasafn opnað á Ísafirði",
        ),
        (
            "uz_title_only_site_domain",
            "uz",
            "vodiy-xabar.uz",
            "",
            _story("uz", "Vodiy Xabar", "<h1>Namanganda yangi ommaviy kutubxona ochildi</h1>"),
            "Namanganda yangi ommaviy kutubxona ochildi",
        ),
        # --- A kicker and the headline in one <h1> ------------------------------------------
        (
            "ta_kicker_span_in_h1",
            "ta",
            "மதுரையில் புதிய பொது நூலகம் திறப்பு | தென்றல் செய்திகள்",
            "",
            _story(
                "ta",
                "தென்றல் செய்திகள்",
                '<h1><span class="kicker">மதுரை</span> '
                '<span class="headline">மதுரையில் புதிய பொது நூலகம் திறப்பு</span></h1>',
            ),
            "மதுரையில் புதிய பொது நூலகம் திறப்பு",
        ),
        (
            "sq_kicker_span_colon_in_h1",
            "sq",
            "Hapet biblioteka e re publike në Korçë - Zëri i Juglindjes",
            "",
            _story(
                "sq",
                "Zëri i Juglindjes",
                '<h1 class="title"><span class="overline">Kulturë:</span> '
                "Hapet biblioteka e re publike në Korçë</h1>",
            ),
            "Hapet biblioteka e re publike në Korçë",
        ),
        (
            "et_kicker_block_span_no_space",
            "et",
            "Tartus avati uus rahvaraamatukogu | Lõunaleht",
            "",
            _story(
                "et",
                "Lõunaleht",
                '<h1><span class="label" style="display:block">UUDIS</span>'
                "Tartus avati uus rahvaraamatukogu</h1>",
            ),
            "Tartus avati uus rahvaraamatukogu",
        ),
        (
            "kk_kicker_span_title_only_site",
            "kk",
            "Дала Жаршысы",
            "",
            _story(
                "kk",
                "Дала Жаршысы",
                '<h1 class="article__title"><span class="article__rubric">Қоғам</span>'
                '<span class="article__text">Шымкентте жаңа қоғамдық кітапхана ашылды</span>'
                "</h1>",
            ),
            "Шымкентте жаңа қоғамдық кітапхана ашылды",
        ),
        # --- A headline broken over two lines -----------------------------------------------
        (
            "te_h1_br_two_lines",
            "te",
            "వరంగల్‌లో కొత్త ప్రజా గ్రంథాలయం ప్రారంభం - తెలుగు వెలుగు",
            "",
            _story(
                "te",
                "తెలుగు వెలుగు",
                "<h1>వరంగల్‌లో కొత్త ప్రజా<br>గ్రంథాలయం ప్రారంభం</h1>",
            ),
            "వరంగల్‌లో కొత్త ప్రజా గ్రంథాలయం ప్రారంభం",
        ),
        (
            "cy_h1_br_title_only_site",
            "cy",
            "Newyddion y Fro",
            "",
            _story(
                "cy",
                "Newyddion y Fro",
                "<h1>Llyfrgell newydd yn agor<br/>yng nghanol Aberteifi</h1>",
            ),
            "Llyfrgell newydd yn agor yng nghanol Aberteifi",
        ),
        (
            "eu_h1_br_span_second_line",
            "eu",
            "Liburutegi berria ireki dute Zarautzen - Kostaldeko Hitza",
            "",
            _story(
                "eu",
                "Kostaldeko Hitza",
                '<h1>Liburutegi berria<br><span class="light">ireki dute Zarautzen</span></h1>',
            ),
            "Liburutegi berria ireki dute Zarautzen",
        ),
        # --- Emoji -------------------------------------------------------------------------
        (
            "bn_emoji_in_h1",
            "bn",
            "📚 খুলনায় নতুন গণগ্রন্থাগার চালু | নদীর খবর",
            "",
            _story("bn", "নদীর খবর", "<h1>📚 খুলনায় নতুন গণগ্রন্থাগার চালু</h1>"),
            "📚 খুলনায় নতুন গণগ্রন্থাগার চালু",
        ),
        (
            "en_emoji_only_in_title_tag",
            "en",
            "🔥 New library opens on Quarry Street 🔥 | Millbrook Ledger",
            "",
            _story(
                "en",
                "Millbrook Ledger",
                '<h1 class="entry-title">New library opens on Quarry Street</h1>',
            ),
            "New library opens on Quarry Street",
        ),
        (
            "vi_emoji_end_og_no_h1",
            "vi",
            "Thư viện mới mở cửa ở Hội An 🎉 - Tin Phố Cổ",
            _og("Thư viện mới mở cửa ở Hội An 🎉", "Tin Phố Cổ"),
            _story("vi", "Tin Phố Cổ", ""),
            "Thư viện mới mở cửa ở Hội An 🎉",
        ),
        # --- All caps -----------------------------------------------------------------------
        (
            "lt_all_caps_h1",
            "lt",
            "Klaipėdoje atidaryta nauja viešoji biblioteka - Pajūrio žinios",
            "",
            _story(
                "lt",
                "Pajūrio žinios",
                "<h1>KLAIPĖDOJE ATIDARYTA NAUJA VIEŠOJI BIBLIOTEKA</h1>",
            ),
            "Klaipėdoje atidaryta nauja viešoji biblioteka",
        ),
        (
            "ga_all_caps_title_only",
            "ga",
            "LEABHARLANN NUA AR OSCAILT I NDÚN NA NGALL | NUACHT AN IARTHAIR",
            "",
            _story("ga", "Nuacht an Iarthair", ""),
            "Leabharlann nua ar oscailt i nDún na nGall",
        ),
        (
            "az_all_caps_site_all_caps_title",
            "az",
            "GƏNCƏDƏ YENİ KİTABXANA AÇILDI - XƏZƏR XƏBƏR",
            "",
            _story("az", "Xəzər Xəbər", "<h1>GƏNCƏDƏ YENİ KİTABXANA AÇILDI</h1>"),
            # As shown: casefold() turns "İ" into "i̇", so the lower-case spelling written
            # blind ("Gəncədə yeni …") never equals it; the blind run counted it a miss.
            "GƏNCƏDƏ YENİ KİTABXANA AÇILDI",
        ),
        # --- The site's own name inside the headline (it stays) -----------------------------
        (
            "en_site_name_starts_headline",
            "en",
            "Millbrook Ledger wins county award for library coverage | Millbrook Ledger",
            "",
            _story(
                "en",
                "Millbrook Ledger",
                "<h1>Millbrook Ledger wins county award for library coverage</h1>",
            ),
            "Millbrook Ledger wins county award for library coverage",
        ),
        (
            "fa_site_name_inside_headline",
            "fa",
            "جایزه ادبی آینه شرق به نویسنده جوان رسید - آینه شرق",
            "",
            _story(
                "fa",
                "آینه شرق",
                "<h1>جایزه ادبی آینه شرق به نویسنده جوان رسید</h1>",
            ),
            "جایزه ادبی آینه شرق به نویسنده جوان رسید",
        ),
        (
            "ca_site_name_ends_headline_no_h1",
            "ca",
            "La biblioteca nova, segons els lectors de La Veu del Port | La Veu del Port",
            _og(site="La Veu del Port"),
            _story("ca", "La Veu del Port", ""),
            "La biblioteca nova, segons els lectors de La Veu del Port",
        ),
        (
            "gl_site_name_in_headline_after_colon",
            "gl",
            "Voz da Ría: vinte anos contando a vila | Voz da Ría",
            "",
            _story("gl", "Voz da Ría", "<h1>Voz da Ría: vinte anos contando a vila</h1>"),
            "Voz da Ría: vinte anos contando a vila",
        ),
        # --- Single-page apps: the title only in JSON or og:title ---------------------------
        (
            "he_spa_og_title_only",
            "he",
            "חדשות המפרץ",
            _og("ספרייה ציבורית חדשה נפתחה בנהריה", "חדשות המפרץ"),
            _spa("he", "חדשות המפרץ", _state("ספרייה ציבורית חדשה נפתחה בנהריה", "he")),
            "ספרייה ציבורית חדשה נפתחה בנהריה",
        ),
        (
            "th_spa_jsonld_only",
            "th",
            "ข่าวริมโขง",
            ld("NewsArticle", headline="ห้องสมุดประชาชนแห่งใหม่เปิดที่หนองคาย"),
            _spa("th", "ข่าวริมโขง", _state("ห้องสมุดประชาชนแห่งใหม่เปิดที่หนองคาย", "th")),
            "ห้องสมุดประชาชนแห่งใหม่เปิดที่หนองคาย",
        ),
        (
            "my_spa_loading_title_og",
            "my",
            "Loading…",
            _og("မော်လမြိုင်တွင် ပြည်သူ့စာကြည့်တိုက်အသစ် ဖွင့်လှစ်", "ရွှေမြစ်သတင်း"),
            _spa("my", "ရွှေမြစ်သတင်း", "{}"),
            "မော်လမြိုင်တွင် ပြည်သူ့စာကြည့်တိုက်အသစ် ဖွင့်လှစ်",
        ),
        (
            "hy_spa_twitter_title_site_title",
            "hy",
            "Արարատ Լուրեր",
            '<meta name="twitter:title" content="Գյումրիում բացվել է նոր հանրային գրադարան">',
            _spa("hy", "Արարատ Լուրեր", "{}"),
            "Գյումրիում բացվել է նոր հանրային գրադարան",
        ),
        (
            "mk_spa_jsonld_and_og_with_site",
            "mk",
            "Вардарски Весник",
            _og("Во Битола отворена нова јавна библиотека | Вардарски Весник")
            + ld("NewsArticle", headline="Во Битола отворена нова јавна библиотека"),
            _spa("mk", "Вардарски Весник", "{}"),
            "Во Битола отворена нова јавна библиотека",
        ),
        # --- Two languages' titles ----------------------------------------------------------
        (
            "ga_irish_h1_english_subtitle",
            "ga",
            "Leabharlann nua ar oscailt i nGaillimh | New library opens in Galway - Nuacht Thiar",
            "",
            _story(
                "ga",
                "Nuacht Thiar",
                "<h1>Leabharlann nua ar oscailt i nGaillimh</h1>"
                '<p class="translation" lang="en">New library opens in Galway</p>',
            ),
            "Leabharlann nua ar oscailt i nGaillimh",
        ),
        (
            "cy_welsh_h1_english_h2",
            "cy",
            "Llyfrgell newydd yn agor yn Llanelli / New library opens in Llanelli",
            "",
            _story(
                "cy",
                "Y Glannau",
                "<h1>Llyfrgell newydd yn agor yn Llanelli</h1>"
                '<h2 lang="en">New library opens in Llanelli</h2>',
            ),
            "Llyfrgell newydd yn agor yn Llanelli",
        ),
        (
            "sr_cyrillic_h1_latin_og",
            "sr",
            "Нова јавна библиотека отворена у Чачку | Моравски лист",
            _og("Nova javna biblioteka otvorena u Čačku", "Moravski list"),
            _story(
                "sr",
                "Моравски лист",
                "<h1>Нова јавна библиотека отворена у Чачку</h1>",
            ),
            "Нова јавна библиотека отворена у Чачку",
        ),
        (
            "eu_basque_h1_spanish_og_and_title",
            "eu",
            "Abren una nueva biblioteca en Tolosa - Kostaldeko Hitza",
            _og("Abren una nueva biblioteca en Tolosa", "Kostaldeko Hitza"),
            _story("eu", "Kostaldeko Hitza", "<h1>Liburutegi berria ireki dute Tolosan</h1>"),
            "Liburutegi berria ireki dute Tolosan",
        ),
        (
            "ur_urdu_h1_english_title",
            "ur",
            "New public library opens in Gwadar - Daily Sahil",
            "",
            _story("ur", "Daily Sahil", "<h1>گوادر میں نئی عوامی لائبریری کا افتتاح</h1>"),
            "گوادر میں نئی عوامی لائبریری کا افتتاح",
        ),
        # --- More languages, ordinary and mixed layouts ------------------------------------
        (
            "sw_site_first_bar_no_h1",
            "sw",
            "Sauti ya Pwani | Maktaba mpya yafunguliwa Mombasa",
            "",
            _story("sw", "Sauti ya Pwani", ""),
            "Maktaba mpya yafunguliwa Mombasa",
        ),
        (
            "ta_logo_h1_headline_h2",
            "ta",
            "சேலத்தில் புதிய நூலகம் திறப்பு - கொங்கு மலர்",
            "",
            _story(
                "ta",
                "கொங்கு மலர்",
                '<h2 class="news-title">சேலத்தில் புதிய நூலகம் திறப்பு</h2>',
                logo='<h1 class="logo"><a href="/">கொங்கு மலர்</a></h1>',
            ),
            "சேலத்தில் புதிய நூலகம் திறப்பு",
        ),
        (
            "bn_section_and_site_title_h1",
            "bn",
            "সিলেটে নতুন গণগ্রন্থাগার | সারাদেশ | নদীর খবর",
            "",
            _story("bn", "নদীর খবর", "<h1>সিলেটে নতুন গণগ্রন্থাগার</h1>"),
            "সিলেটে নতুন গণগ্রন্থাগার",
        ),
        (
            "th_date_in_title_site_h1",
            "th",
            "ห้องสมุดแห่งใหม่เปิดที่เชียงราย 3 ก.ย. 2567 - ข่าวริมโขง",
            "",
            _story("th", "ข่าวริมโขง", "<h1>ห้องสมุดแห่งใหม่เปิดที่เชียงราย</h1>"),
            "ห้องสมุดแห่งใหม่เปิดที่เชียงราย",
        ),
        (
            "vi_kicker_above_h1_in_p",
            "vi",
            "Thư viện mới mở cửa ở Đà Lạt | Tin Cao Nguyên",
            "",
            _story(
                "vi",
                "Tin Cao Nguyên",
                "<h1>Thư viện mới mở cửa ở Đà Lạt</h1>",
                above='<p class="kicker">Văn hóa</p>',
            ),
            "Thư viện mới mở cửa ở Đà Lạt",
        ),
        (
            "he_headline_quotes_site_first",
            "he",
            'חדשות המפרץ - "הספרייה היא הבית השני שלנו": נפתחה ספרייה בעכו',
            "",
            _story(
                "he",
                "חדשות המפרץ",
                '<h1>"הספרייה היא הבית השני שלנו": נפתחה ספרייה בעכו</h1>',
            ),
            '"הספרייה היא הבית השני שלנו": נפתחה ספרייה בעכו',
        ),
        (
            "lt_h1_strong_link_inside",
            "lt",
            "Šiauliuose atidaryta biblioteka - Saulės kraštas",
            "",
            _story(
                "lt",
                "Saulės kraštas",
                '<h1><a href="/2024/09/03/library-5512"><strong>Šiauliuose</strong> '
                "atidaryta biblioteka</a></h1>",
            ),
            "Šiauliuose atidaryta biblioteka",
        ),
        (
            "kk_latin_site_cyrillic_headline",
            "kk",
            "Алматыда жаңа кітапхана ашылды — Dala News",
            "",
            _story("kk", "Dala News", "<h1>Алматыда жаңа кітапхана ашылды</h1>"),
            "Алматыда жаңа кітапхана ашылды",
        ),
        (
            "is_h1_with_time_span",
            "is",
            "Nýtt bókasafn á Akureyri - Norðurljós",
            "",
            _story(
                "is",
                "Norðurljós",
                '<h1>Nýtt bókasafn á Akureyri <small class="time">09:40</small></h1>',
            ),
            "Nýtt bókasafn á Akureyri",
        ),
    ]
]

# Blind figures (before any fix), judged loose / strict as ``_report`` prints them.
# The scorer's casefold miss on az_all_caps_site_all_caps_title (see there) is in both blind
# figures; with it corrected, after the fixes: newsextract 43/46, trafilatura 34/46 (loose).
BLIND_FIGURES = {"newsextract": "38/46 loose, 38/46 strict", "trafilatura": "33/46, 32/46"}

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("ur_title_only_site_tagline", "title"): "the site's tagline left in the <title> once its "
    "name is cut wins over the <h1>",
    ("kk_kicker_span_title_only_site", "title"): "a kicker span by class on the headline's line "
    "is read with it (tried: it moved a page each way on half B)",
    ("eu_basque_h1_spanish_og_and_title", "title"): "og:title and <title> in another language, "
    "agreeing, outvote the <h1> in the page's own",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_3(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def _report() -> None:  # pragma: no cover
    """Both tools' hits (the eval folder given as the first argument)."""
    import sys

    from tests.metadata.language_probes.kit import report_titles

    report_titles(PROBES, sys.argv[1])


if __name__ == "__main__":  # pragma: no cover
    _report()
