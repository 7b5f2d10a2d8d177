"""A blind metadata probe (issue 12): pages written without reading the code, as real sites
mark them up (a top bar with today's date, a site's name in the ``<title>``, related stories'
and comments' dates, a newsletter box signed "by" the site), in languages the dev sets lack or
hold little of, and of kinds beyond news (a forum thread, a recipe, a docs page, a product, a
government notice). Month names and date forms are the languages' own (dateparser's data).
A date the page gives without an offset is judged on its day alone.
``python -m tests.metadata.test_blind_meta_probes`` prints newsextract's and trafilatura's
hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

EAT = timezone(timedelta(hours=3))
ICT = timezone(timedelta(hours=7))
NPT = timezone(timedelta(hours=5, minutes=45))
ULAT = timezone(timedelta(hours=8))
WAT = timezone(timedelta(hours=1))
TBS = timezone(timedelta(hours=4))

# One text per language: a town's new footbridge over its river.
TEXTS = {
    "sw": "Daraja jipya la waenda kwa miguu limefunguliwa juu ya mto, na wakazi wa pande zote "
    "mbili sasa wanavuka kwa dakika tano badala ya saa nzima.",
    "am": "አዲሱ የእግረኛ ድልድይ በወንዙ ላይ ተከፍቷል፤ የሁለቱም ወገን ነዋሪዎች አሁን በአንድ ሰዓት ፋንታ በአምስት ደቂቃ ይሻገራሉ።",
    "ta": "ஆற்றின் மேல் புதிய நடைபாலம் திறக்கப்பட்டது; இரு கரை மக்களும் இப்போது ஒரு மணி நேரத்திற்குப் "
    "பதிலாக ஐந்து நிமிடங்களில் கடக்கின்றனர்.",
    "bn": "নদীর ওপর নতুন পায়ে চলা সেতু খুলে দেওয়া হয়েছে; দুই পাড়ের মানুষ এখন এক ঘণ্টার বদলে "
    "পাঁচ মিনিটে পার হচ্ছেন।",
    "th": "สะพานคนเดินข้ามแม่น้ำแห่งใหม่เปิดใช้แล้ว ชาวบ้านทั้งสองฝั่งใช้เวลาข้ามเพียงห้านาที "
    "แทนที่จะเป็นหนึ่งชั่วโมงเหมือนก่อน",
    "vi": "Cây cầu đi bộ mới bắc qua sông đã được thông xe, người dân hai bờ giờ chỉ mất năm phút "
    "thay vì cả tiếng đồng hồ để sang bên kia.",
    "tl": "Binuksan na ang bagong tulay para sa mga naglalakad sa ibabaw ng ilog, at limang "
    "minuto na lamang ang tawid ng mga residente sa halip na isang oras.",
    "ka": "ახალი ფეხით მოსიარულეთა ხიდი მდინარეზე გაიხსნა და ორივე ნაპირის მცხოვრებნი ახლა "
    "საათის ნაცვლად ხუთ წუთში გადადიან.",
    "hy": "Գետի վրա բացվել է հետիոտնային նոր կամուրջը, և երկու ափերի բնակիչներն այժմ անցնում "
    "են հինգ րոպեում՝ մեկ ժամվա փոխարեն։",
    "kk": "Өзен үстінен жаңа жаяу жүргінші көпірі ашылды, енді екі жағалаудың тұрғындары бір "
    "сағаттың орнына бес минутта өтеді.",
    "uz": "Daryo ustidan yangi piyodalar ko'prigi ochildi, endi ikki qirg'oq aholisi bir soat "
    "o'rniga besh daqiqada o'tmoqda.",
    "fa": "پل عابر پیاده تازه بر روی رودخانه گشایش یافت و ساکنان دو سوی رود اکنون به جای یک "
    "ساعت در پنج دقیقه از آن می‌گذرند.",
    "ur": "دریا پر پیدل چلنے والوں کا نیا پل کھول دیا گیا ہے اور دونوں کناروں کے رہائشی اب ایک "
    "گھنٹے کے بجائے پانچ منٹ میں پار کر لیتے ہیں۔",
    "ha": "An bude sabuwar gadar masu tafiya a kafa a kan kogin, kuma mazauna bangarorin biyu "
    "yanzu suna ketarewa cikin minti biyar maimakon awa daya.",
    "si": "ගඟ හරහා නව පදික පාලම විවෘත කරන ලද අතර, දෙපස වැසියන් දැන් පැයක් වෙනුවට විනාඩි පහකින් එගොඩ වෙති.",
    "ne": "नदीमाथि नयाँ पैदल पुल खुला भएको छ, र दुवै किनारका बासिन्दा अब एक घण्टाको सट्टा पाँच "
    "मिनेटमै वारपार गर्छन्।",
    "km": "ស្ពានថ្មើរជើងថ្មីឆ្លងកាត់ទន្លេត្រូវបានបើកហើយ ហើយប្រជាជនទាំងសងខាងឥឡូវឆ្លងកាត់ក្នុងរយៈពេល"
    "ប្រាំនាទីជំនួសឱ្យមួយម៉ោង។",
    "lo": "ຂົວຄົນຍ່າງໃໝ່ຂ້າມແມ່ນ້ຳໄດ້ເປີດນຳໃຊ້ແລ້ວ ປະຊາຊົນທັງສອງຝັ່ງດຽວນີ້ຂ້າມໄດ້ພາຍໃນຫ້ານາທີ ແທນທີ່ຈະເປັນໜຶ່ງຊົ່ວໂມງ.",
    "my": "မြစ်ကိုဖြတ်ကျော်သည့် လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်ပြီးဖြစ်၍ ကမ်းနှစ်ဖက်မှ "
    "နေထိုင်သူများသည် တစ်နာရီအစား ငါးမိနစ်အတွင်း ကူးသွားနိုင်ကြပြီ။",
    "mn": "Голын дээгүүр явган хүний шинэ гүүр нээгдэж, хоёр эргийн оршин суугчид одоо нэг "
    "цагийн оронд таван минутад гарч байна.",
}


def _site(lang: str, site: str, today: str, article: str, *, aside: str = "") -> str:
    """A site's frame: a top bar with today's date, the logo and menu, the article, a
    related-stories list (each with its own date), a newsletter box and the footer."""
    return (
        f'<div class="top-bar"><span class="today">{today}</span></div>'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>'
        '<li><a href="/news">1</a></li><li><a href="/sport">2</a></li></ul></nav></header>'
        f'<main id="main">{article}</main><aside class="sidebar">{aside}'
        f'<div class="newsletter"><h3>Newsletter</h3><p>by {site}</p>'
        '<input type="email"></div></aside>'
        f'<footer class="site-footer"><p>© 2024 {site}</p></footer>'
    )


def _related(*items: tuple[str, str]) -> str:
    """Related stories, each a link and its date."""
    rows = "".join(
        f'<li><a href="/r/{n}">{title}</a> <span class="date">{day}</span></li>'
        for n, (title, day) in enumerate(items, 1)
    )
    return f'<div class="related"><h3>•</h3><ul>{rows}</ul></div>'


def _comments(*items: tuple[str, str]) -> str:
    """Readers' comments, each a name and its date."""
    rows = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="fn">{who}</b> '
        f'<time class="comment-date">{day}</time></div><p>👍</p></li>'
        for who, day in items
    )
    return f'<section id="comments"><ol class="comment-list">{rows}</ol></section>'


def story(
    lang: str,
    title: str,
    h1: str,
    *,
    site: str,
    today: str,
    meta_line: str,
    head: str = "",
    after: str = "",
    aside: str = "",
) -> str:
    """A news story: the headline, a meta line (byline and date), the text, then ``after``
    (tags, comments, related stories)."""
    article = (
        f'<article class="post"><h1 class="entry-title">{h1}</h1>'
        f'<div class="post-meta">{meta_line}</div>'
        f'<div class="entry-content">{paragraphs(TEXTS[lang], TEXTS[lang])}</div>{after}</article>'
    )
    return page(lang, title, head, _site(lang, site, today, article, aside=aside))


def og(site: str, title: str, kind: str = "article") -> str:
    return (
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="og:title" content="{title}"><meta property="og:type" content="{kind}">'
    )


def tag_row(label: str, *tags: str) -> str:
    links = "".join(f'<a href="/tag/{n}" rel="tag">{t}</a> ' for n, t in enumerate(tags, 1))
    return f'<div class="tags">{label} {links}</div>'


# A probe: name, url, html, title, authors, published, modified, publisher, tags, language
# (``...`` not judged).
FIELDS = ("title", "authors", "published", "modified", "publisher", "tags", "language")

PROBES: list[tuple[Any, ...]] = [
    (
        "sw_news_meta_time_today_bar",
        "https://habarimtoni.example.co.tz/habari/daraja-jipya-mtoni",
        story(
            "sw",
            "Daraja jipya lafunguliwa Mtoni - Habari Mtoni",
            "Daraja jipya lafunguliwa Mtoni",
            site="Habari Mtoni",
            today="Jumatano, 4 Desemba 2024",
            meta_line='<span class="byline">Na Juma Mwinyi</span> · '
            '<span class="date">12 Machi 2024 saa 3:15 asubuhi</span>',
            head=og("Habari Mtoni", "Daraja jipya lafunguliwa Mtoni")
            + '<meta property="article:published_time" content="2024-03-12T09:15:00+03:00">',
            after=_related(("Soko jipya", "10 Machi 2024"), ("Mvua kubwa", "2 Machi 2024")),
        ),
        "Daraja jipya lafunguliwa Mtoni",
        ("Juma Mwinyi",),
        datetime(2024, 3, 12, 9, 15, tzinfo=EAT),
        ...,
        "Habari Mtoni",
        ...,
        "sw",
    ),
    (
        "am_news_jsonld_no_lang_attr",
        "https://addis-zena.example.et/news/4471",
        story(
            "am",
            "አዲሱ የእግረኛ ድልድይ ተከፈተ | አዲስ ዜና",
            "አዲሱ የእግረኛ ድልድይ ተከፈተ",
            site="አዲስ ዜና",
            today="ማክሰኞ ዲሴምበር 3, 2024",
            meta_line='<span class="author">በአበበ ከበደ</span>',
            head=ld(
                "NewsArticle",
                headline="አዲሱ የእግረኛ ድልድይ ተከፈተ",
                datePublished="2024-03-12T08:00:00+03:00",
                dateModified="2024-03-12T11:40:00+03:00",
                author={"@type": "Person", "name": "አበበ ከበደ"},
            ),
            after=_comments(("ሰላም", "ማርች 13, 2024")),
        ).replace('<html lang="am">', "<html>"),
        "አዲሱ የእግረኛ ድልድይ ተከፈተ",
        ("አበበ ከበደ",),
        datetime(2024, 3, 12, 8, 0, tzinfo=EAT),
        datetime(2024, 3, 12, 11, 40, tzinfo=EAT),
        ...,
        ...,
        "am",
    ),
    (
        "ta_news_visible_date_and_author_label",
        "https://nagaramalar.example.in/news/padalam-4471",
        story(
            "ta",
            "ஆற்றின் மேல் புதிய நடைபாலம் திறப்பு - நகரமலர்",
            "ஆற்றின் மேல் புதிய நடைபாலம் திறப்பு",
            site="நகரமலர்",
            today="இன்று: டிசம்பர் 4, 2024",
            meta_line='<span class="author">எழுதியவர்: க. முருகன்</span> | '
            '<span class="posted">பதிவு: மார்ச் 12, 2024 14:30</span>',
            after=_related(("மழை எச்சரிக்கை", "மார்ச் 10, 2024")),
        ),
        ...,
        ("க. முருகன்",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "bn_news_bengali_digits_updated",
        "https://dainikshetu.example.com.bd/national/4471",
        story(
            "bn",
            "নদীর ওপর নতুন পায়ে চলা সেতু খুলল | দৈনিক সেতু",
            "নদীর ওপর নতুন পায়ে চলা সেতু খুলল",
            site="দৈনিক সেতু",
            today="বুধবার, ৪ ডিসেম্বর ২০২৪",
            meta_line='<span class="reporter">নিজস্ব প্রতিবেদক</span> '
            '<span class="pub">প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০</span> '
            '<span class="upd">আপডেট: ১৩ মার্চ ২০২৪, ০৮:০০</span>',
            after=_related(("বন্যার খবর", "১১ মার্চ ২০২৪")),
        ),
        "নদীর ওপর নতুন পায়ে চলা সেতু খুলল",
        ...,
        datetime(2024, 3, 12),
        datetime(2024, 3, 13),
        ...,
        ...,
        ...,
    ),
    (
        "th_news_buddhist_year_and_tags",
        "https://khaosanmaenam.example.co.th/news/4471",
        story(
            "th",
            "เปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่ - ข่าวสารแม่น้ำ",
            "เปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่",
            site="ข่าวสารแม่น้ำ",
            today="วันพุธที่ 4 ธันวาคม 2567",
            meta_line='<span class="date">12 มีนาคม 2567 10:30 น.</span>',
            after=tag_row("แท็ก:", "สะพาน", "แม่น้ำ"),
        ),
        ...,
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ("สะพาน", "แม่น้ำ"),
        ...,
    ),
    (
        "vi_news_gmt_offset_and_closing_author",
        "https://baosongque.example.vn/thoi-su/cau-di-bo-moi-4471.html",
        story(
            "vi",
            "Thông xe cầu đi bộ mới qua sông - Báo Sông Quê",
            "Thông xe cầu đi bộ mới qua sông",
            site="Báo Sông Quê",
            today="Thứ tư, 4/12/2024",
            meta_line='<span class="date">Thứ ba, 12/3/2024, 10:30 (GMT+7)</span>',
            after='<p class="author" style="text-align:right"><strong>Minh Anh</strong></p>'
            + _related(("Mưa lớn", "10/3/2024")),
        ),
        "Thông xe cầu đi bộ mới qua sông",
        ("Minh Anh",),
        datetime(2024, 3, 12, 10, 30, tzinfo=ICT),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "tl_forum_thread_first_post",
        "https://usapang-bayan.example.ph/thread/4471-bagong-tulay",
        page(
            "tl",
            "Bagong tulay sa ilog, bukas na | Usapang Bayan Forum",
            "",
            '<div class="top-bar">Huling pagbisita: Disyembre 4, 2024</div>'
            '<header><a class="logo" href="/">Usapang Bayan</a></header>'
            '<div id="content"><h1 class="thread-title">Bagong tulay sa ilog, bukas na</h1>'
            '<div class="post" id="p1"><div class="post-author"><a href="/u/ka_berto">'
            'ka_berto</a></div><div class="post-date">Nai-post noong Marso 12, 2024</div>'
            f'<div class="post-body">{paragraphs(TEXTS["tl"])}</div></div>'
            '<div class="post" id="p2"><div class="post-author"><a href="/u/ate_lorna">'
            'ate_lorna</a></div><div class="post-date">Nai-post noong Marso 14, 2024</div>'
            '<div class="post-body"><p>Salamat sa balita!</p></div></div></div>',
        ),
        "Bagong tulay sa ilog, bukas na",
        ("ka_berto",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ka_recipe_jsonld_and_comment_dates",
        "https://gemrieli-sufra.example.ge/recipes/khachapuri",
        page(
            "ka",
            "იმერული ხაჭაპური — გემრიელი სუფრა",
            ld(
                "Recipe",
                name="იმერული ხაჭაპური",
                author={"@type": "Person", "name": "ნანა ლომიძე"},
                datePublished="2024-03-12T10:00:00+04:00",
                recipeIngredient=["ფქვილი", "ყველი"],
            ),
            '<header><a class="logo" href="/">გემრიელი სუფრა</a></header>'
            '<main><article class="recipe"><h1>იმერული ხაჭაპური</h1>'
            '<p class="recipe-meta">ავტორი: ნანა ლომიძე · 12 მარტი 2024</p>'
            '<ul class="ingredients"><li>ფქვილი</li><li>ყველი</li></ul>'
            f"{paragraphs(TEXTS['ka'])}</article>"
            + _comments(("გიორგი", "15 მარტი 2024"), ("თამარი", "2 აპრილი 2024"))
            + "</main>",
        ),
        "იმერული ხაჭაპური",
        ("ნანა ლომიძე",),
        datetime(2024, 3, 12, 10, 0, tzinfo=TBS),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "hy_docs_last_updated",
        "https://docs.kamurj.example.am/hy/install",
        page(
            "hy",
            "Տեղադրում — Կամուրջ փաստաթղթեր",
            "",
            '<nav class="sidebar"><a href="/hy/">Սկիզբ</a><a href="/hy/install">Տեղադրում</a>'
            '</nav><div role="main" class="document"><h1>Տեղադրում</h1>'
            f"{paragraphs(TEXTS['hy'])}</div>"
            '<footer><p class="last-updated">Վերջին թարմացում՝ 12 մարտի 2024</p></footer>',
        ),
        "Տեղադրում",
        (),
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        "hy",
    ),
    (
        "kk_government_notice",
        "https://akimdik.example.gov.kz/kk/news/4471",
        page(
            "kk",
            "Жаяу жүргінші көпірі ашылды | Өзенді ауданының әкімдігі",
            '<meta property="og:site_name" content="Өзенді ауданының әкімдігі">',
            '<header><a class="logo" href="/">Өзенді ауданының әкімдігі</a></header>'
            "<main><h1>Жаяу жүргінші көпірі ашылды</h1>"
            '<div class="news-date">Жарияланған күні: 12 наурыз 2024, 10:30</div>'
            f"{paragraphs(TEXTS['kk'])}"
            '<div class="print-info">Басып шығарылған күні: 04.12.2024</div></main>',
        ),
        "Жаяу жүргінші көпірі ашылды",
        (),
        datetime(2024, 3, 12),
        ...,
        "Өзенді ауданының әкімдігі",
        ...,
        "kk",
    ),
    (
        "uz_news_today_bar_and_muallif",
        "https://daryo-xabar.example.uz/2024/03/12/kopri",
        story(
            "uz",
            "Yangi piyodalar ko'prigi ochildi — Daryo Xabar",
            "Yangi piyodalar ko'prigi ochildi",
            site="Daryo Xabar",
            today="Bugun: 4 dekabr 2024, chorshanba",
            meta_line='<span class="muallif">Muallif: Dilnoza Karimova</span> '
            '<span class="sana">12 mart 2024, 10:30</span>',
            after=_related(("Yomg'ir", "11 mart 2024")),
        ),
        ...,
        ("Dilnoza Karimova",),
        datetime(2024, 3, 12),
        ...,
        "Daryo Xabar",
        ...,
        ...,
    ),
    (
        "fa_news_solar_hijri_date",
        "https://khabar-rud.example.ir/news/4471",
        story(
            "fa",
            "پل عابر پیاده تازه گشایش یافت - خبر رود",
            "پل عابر پیاده تازه گشایش یافت",
            site="خبر رود",
            today="چهارشنبه ۱۴ آذر ۱۴۰۳",
            meta_line='<span class="date">تاریخ انتشار: ۲۲ اسفند ۱۴۰۲ - ۱۰:۳۰</span>',
            after=_related(("باران", "۲۰ اسفند ۱۴۰۲")),
        ),
        "پل عابر پیاده تازه گشایش یافت",
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ur_news_reporter_label",
        "https://roznama-darya.example.pk/news/4471",
        story(
            "ur",
            "دریا پر پیدل پل کھول دیا گیا | روزنامہ دریا",
            "دریا پر پیدل پل کھول دیا گیا",
            site="روزنامہ دریا",
            today="بدھ 4 دسمبر 2024",
            meta_line='<span class="reporter">رپورٹ: عمران احمد</span> '
            '<span class="date">12 مارچ 2024</span>',
            head=og("روزنامہ دریا", "دریا پر پیدل پل کھول دیا گیا"),
        ),
        "دریا پر پیدل پل کھول دیا گیا",
        ("عمران احمد",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ha_news_daga_byline",
        "https://labaran-kogi.example.ng/labarai/4471",
        story(
            "ha",
            "An bude sabuwar gada a kan kogi - Labaran Kogi",
            "An bude sabuwar gada a kan kogi",
            site="Labaran Kogi",
            today="Laraba, 4 Disamba, 2024",
            meta_line='<span class="byline">Daga Aminu Bello</span> '
            '<span class="date">Talata, 12 Maris, 2024</span>',
            head=og("Labaran Kogi", "An bude sabuwar gada a kan kogi")
            + '<meta property="article:published_time" content="2024-03-12T09:00:00+01:00">',
        ),
        "An bude sabuwar gada a kan kogi",
        ("Aminu Bello",),
        datetime(2024, 3, 12, 9, 0, tzinfo=WAT),
        ...,
        "Labaran Kogi",
        ...,
        ...,
    ),
    (
        "si_product_page_no_date",
        "https://gama-kade.example.lk/product/tea-4471",
        page(
            "si",
            "කඳුකර තේ කොළ 200g | ගම කඩේ",
            og("ගම කඩේ", "කඳුකර තේ කොළ 200g", "product"),
            '<div class="top-bar">අද: 2024 දෙසැම්බර් 4</div>'
            '<header><a class="logo" href="/">ගම කඩේ</a></header>'
            '<main class="product"><h1 class="product-title">කඳුකර තේ කොළ 200g</h1>'
            '<p class="price">රු. 850.00</p>'
            f'<div class="description">{paragraphs(TEXTS["si"])}</div>'
            '<div class="reviews"><div class="review"><b>නිමල්</b> 2024 මාර්තු 15</div></div>'
            "</main>",
        ),
        "කඳුකර තේ කොළ 200g",
        ...,
        None,
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ne_news_jsonld_npt_offset",
        "https://nadi-khabar.example.com.np/news/4471",
        story(
            "ne",
            "नदीमाथि नयाँ पैदल पुल खुला :: नदी खबर",
            "नदीमाथि नयाँ पैदल पुल खुला",
            site="नदी खबर",
            today="बुधबार, मंसिर १९, २०८१",
            meta_line='<span class="author">राम शर्मा</span> '
            '<span class="date">मार्च १२, २०२४</span>',
            head=ld(
                "NewsArticle",
                headline="नदीमाथि नयाँ पैदल पुल खुला",
                datePublished="2024-03-12T10:15:00+05:45",
                author=[{"@type": "Person", "name": "राम शर्मा"}],
            ),
        ),
        "नदीमाथि नयाँ पैदल पुल खुला",
        ("राम शर्मा",),
        datetime(2024, 3, 12, 10, 15, tzinfo=NPT),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "km_news_khmer_digits",
        "https://kampuchea-tonle.example.com.kh/news/4471",
        story(
            "km",
            "ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់ | ព័ត៌មានទន្លេ",
            "ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់",
            site="ព័ត៌មានទន្លេ",
            today="ថ្ងៃពុធ ទី៤ ខែធ្នូ ឆ្នាំ២០២៤",
            meta_line='<span class="date">ថ្ងៃអង្គារ ទី១២ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០</span>',
        ),
        "ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់",
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "lo_government_notice",
        "https://khwaeng.example.gov.la/lo/news/4471",
        page(
            "lo",
            "ເປີດນຳໃຊ້ຂົວຄົນຍ່າງໃໝ່ - ຫ້ອງການແຂວງ",
            '<meta property="og:site_name" content="ຫ້ອງການແຂວງ">',
            '<header><a class="logo" href="/">ຫ້ອງການແຂວງ</a></header>'
            "<main><h1>ເປີດນຳໃຊ້ຂົວຄົນຍ່າງໃໝ່</h1>"
            '<p class="date">ວັນທີ 12 ມີນາ 2024</p>'
            f"{paragraphs(TEXTS['lo'])}</main>",
        ),
        "ເປີດນຳໃຊ້ຂົວຄົນຍ່າງໃໝ່",
        ...,
        datetime(2024, 3, 12),
        ...,
        "ຫ້ອງການແຂວງ",
        ...,
        ...,
    ),
    (
        "my_news_burmese_digits",
        "https://myittaw-news.example.com.mm/news/4471",
        story(
            "my",
            "လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ် - မြစ်တော်သတင်း",
            "လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်",
            site="မြစ်တော်သတင်း",
            today="ဒီဇင်ဘာ ၄၊ ၂၀၂၄",
            meta_line='<span class="author">ကိုအောင်</span> <span class="date">မတ် ၁၂၊ ၂၀၂၄</span>',
        ),
        ...,
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "mn_news_dotted_date_and_tags",
        "https://gol-medee.example.mn/news/4471",
        story(
            "mn",
            "Явган хүний шинэ гүүр нээгдлээ | Гол Мэдээ",
            "Явган хүний шинэ гүүр нээгдлээ",
            site="Гол Мэдээ",
            today="2024 оны 12-р сарын 4, Лхагва",
            meta_line='<span class="author">Б. Болд</span> '
            '<span class="date">2024.03.12 10:30</span>',
            head='<meta property="article:published_time" content="2024-03-12T10:30:00+08:00">',
            after=tag_row("Түлхүүр үг:", "гүүр", "хот"),
        ),
        ...,
        ("Б. Болд",),
        datetime(2024, 3, 12, 10, 30, tzinfo=ULAT),
        ...,
        ...,
        ("гүүр", "хот"),
        ...,
    ),
    # harder shapes: visible dates and names alone, several names, update lines, site first
    (
        "sw_two_authors_na_visible_only",
        "https://habarimtoni.example.co.tz/habari/soko-jipya",
        story(
            "sw",
            "Habari Mtoni | Daraja jipya lafunguliwa Mtoni",
            "Daraja jipya lafunguliwa Mtoni",
            site="Habari Mtoni",
            today="Jumatano, 4 Desemba 2024",
            meta_line='<p class="byline">Na Juma Mwinyi na Rehema Ali</p>'
            '<p class="date">Jumanne, Machi 12, 2024</p>',
            after=_comments(("Mwana", "Machi 13, 2024")),
        ),
        "Daraja jipya lafunguliwa Mtoni",
        ("Juma Mwinyi", "Rehema Ali"),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "tl_news_ni_byline_and_time",
        "https://balitangbayan.example.ph/balita/bagong-tulay",
        story(
            "tl",
            "Bagong tulay sa ilog, binuksan na | Balitang Bayan",
            "Bagong tulay sa ilog, binuksan na",
            site="Balitang Bayan",
            today="Miyerkules, Disyembre 4, 2024",
            meta_line='<span class="byline">Ni Maria Santos</span> '
            '<span class="date">Marso 12, 2024 | 10:30 AM</span>',
            after=tag_row("Mga tag:", "tulay", "ilog"),
        ),
        ...,
        ("Maria Santos",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ("tulay", "ilog"),
        ...,
    ),
    (
        "th_abbreviated_month_with_dots",
        "https://khaosanmaenam.example.co.th/news/4472",
        story(
            "th",
            "เปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่ - ข่าวสารแม่น้ำ",
            "เปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่",
            site="ข่าวสารแม่น้ำ",
            today="4 ธ.ค. 2567",
            meta_line='<span class="author">โดย สมชาย ใจดี</span> '
            '<span class="date">12 มี.ค. 2567 10:30 น.</span>',
            after=_related(("ฝนตกหนัก", "10 มี.ค. 2567")),
        ),
        ...,
        ("สมชาย ใจดี",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ka_news_published_and_updated_lines",
        "https://mdinaris-ambebi.example.ge/news/4471",
        story(
            "ka",
            "მდინარეზე ახალი ხიდი გაიხსნა - მდინარის ამბები",
            "მდინარეზე ახალი ხიდი გაიხსნა",
            site="მდინარის ამბები",
            today="ოთხშაბათი, 4 დეკემბერი 2024",
            meta_line='<span class="author">ავტორი: ლევან ბერიძე</span> '
            '<span class="pub">გამოქვეყნებულია: 12 მარტი, 2024 14:30</span> '
            '<span class="upd">განახლებულია: 13 მარტი, 2024 09:00</span>',
        ),
        ...,
        ("ლევან ბერიძე",),
        datetime(2024, 3, 12),
        datetime(2024, 3, 13),
        ...,
        ...,
        ...,
    ),
    (
        "hy_news_armenian_colon_byline",
        "https://getapnya-lurer.example.am/news/4471",
        story(
            "hy",
            "Գետի վրա բացվել է նոր կամուրջ | Գետափնյա լուրեր",
            "Գետի վրա բացվել է նոր կամուրջ",
            site="Գետափնյա լուրեր",
            today="Չորեքշաբթի, 4 դեկտեմբերի 2024",
            meta_line='<span class="author">Հեղինակ՝ Արամ Պետրոսյան</span> '
            '<span class="date">12 մարտի 2024, 14:30</span>',
        ),
        ...,
        ("Արամ Պետրոսյան",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "uz_cyrillic_date",
        "https://daryo-xabar.example.uz/uz-cyrl/2024/kopri",
        story(
            "uz",
            "Янги пиёдалар кўприги очилди — Дарё Хабар",
            "Янги пиёдалар кўприги очилди",
            site="Дарё Хабар",
            today="Бугун: 4 декабрь 2024",
            meta_line='<span class="sana">12 март 2024, 10:30</span>',
        ).replace('lang="uz"', 'lang="uz-Cyrl"'),
        "Янги пиёдалар кўприги очилди",
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "mn_written_date_visible_only",
        "https://gol-medee.example.mn/news/4472",
        story(
            "mn",
            "Гол Мэдээ - Явган хүний шинэ гүүр нээгдлээ",
            "Явган хүний шинэ гүүр нээгдлээ",
            site="Гол Мэдээ",
            today="2024 оны 12-р сарын 4",
            meta_line='<span class="date">Нийтэлсэн: 2024 оны 3-р сарын 12, 10:30</span>',
            after=_related(("Бороо", "2024 оны 3-р сарын 10")),
        ),
        "Явган хүний шинэ гүүр нээгдлээ",
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "bn_news_lekhok_and_tags",
        "https://dainikshetu.example.com.bd/national/4472",
        story(
            "bn",
            "নদীর ওপর নতুন সেতু | দৈনিক সেতু",
            "নদীর ওপর নতুন সেতু",
            site="দৈনিক সেতু",
            today="৪ ডিসেম্বর ২০২৪",
            meta_line='<span class="author">লেখক: রফিকুল ইসলাম</span> '
            '<span class="pub">১২ মার্চ ২০২৪, ১০:৩০</span>',
            after=tag_row("ট্যাগ:", "সেতু", "নদী"),
        ),
        ...,
        ("রফিকুল ইসলাম",),
        datetime(2024, 3, 12),
        ...,
        ...,
        ("সেতু", "নদী"),
        ...,
    ),
    (
        "am_visible_gregorian_amharic_month",
        "https://addis-zena.example.et/news/4472",
        story(
            "am",
            "አዲሱ የእግረኛ ድልድይ ተከፈተ | አዲስ ዜና",
            "አዲሱ የእግረኛ ድልድይ ተከፈተ",
            site="አዲስ ዜና",
            today="ዲሴምበር 4, 2024",
            meta_line='<span class="date">ማርች 12, 2024</span>',
            after=_comments(("ሰላም", "ማርች 14, 2024")),
        ),
        ...,
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "ur_news_date_with_time_word",
        "https://roznama-darya.example.pk/news/4472",
        story(
            "ur",
            "روزنامہ دریا | دریا پر پیدل پل کھول دیا گیا",
            "دریا پر پیدل پل کھول دیا گیا",
            site="روزنامہ دریا",
            today="4 دسمبر 2024",
            meta_line='<span class="date">شائع 12 مارچ 2024 10:30am</span>',
            after=_related(("بارش", "10 مارچ 2024")),
        ),
        "دریا پر پیدل پل کھول دیا گیا",
        ...,
        datetime(2024, 3, 12),
        ...,
        ...,
        ...,
        ...,
    ),
]

_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_meta_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS)
