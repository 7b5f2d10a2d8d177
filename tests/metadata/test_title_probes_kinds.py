"""Title probes, second round: kinds of page the first round did not try. A paged article's
place in its ``<title>`` ("पृष्ठ 2", "Seite 2", "第2页"), the site's name opening the title,
an ``<h1>`` that is the logo or a section's name over the headline's ``<h2>``, several
``<h1>``s (a modal's, a cookie banner's, a sidebar widget's), a social title cut with an
ellipsis, emoji and capitals, podcast and video episodes, events and products, AMP pages,
quotations in other scripts' marks, and a JSON-LD headline of another item than the page's.
In 20 languages and 14 scripts; every name, place, site and text here is made up."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import ld as _ld
from tests.metadata.title_pages import news
from tests.metadata.title_pages import page as _page
from tests.metadata.title_pages import paragraphs as _text

import newsextract


def _og(title: str | None = None, site: str | None = None) -> str:
    tags = ""
    if title is not None:
        tags += f'<meta property="og:title" content="{title}">'
    if site is not None:
        tags += f'<meta property="og:site_name" content="{site}">'
    return tags


def old_portal(
    lang: str, title: str, headline: str, text: str, *, site: str, head: str = ""
) -> str:
    """An old portal's story without an ``<h1>``: the headline in a box classed a title."""
    return _page(
        lang,
        title,
        head,
        f'<div class="top"><img src="/logo.png" alt="{site}"></div><div class="content">'
        f'<div class="news-title">{headline}</div>{_text(text)}</div>',
    )


def banner_h1(lang: str, title: str, first: str, headline: str, text: str, *, kind: str) -> str:
    """A page whose first ``<h1>`` is no headline: a ``kind`` box (a cookie banner, a
    newsletter modal, a sidebar widget) set before the content, which has no ``<article>``
    or ``<main>`` around it; the story's ``<h1>`` follows in a plain ``<div>``."""
    return _page(
        lang,
        title,
        "",
        f'<div class="{kind}"><h1>{first}</h1><p>…</p><button>OK</button></div>'
        f'<div id="wrap"><div class="txt"><h1>{headline}</h1>'
        f'<div class="post-body">{_text(text)}</div></div></div>',
    )


def section_h1(lang: str, title: str, section: str, headline: str, text: str, *, site: str) -> str:
    """A theme that heads the page with its section's name in an ``<h1>`` and sets the
    story's headline in an ``<h2 class="entry-title">`` under it."""
    return _page(
        lang,
        title,
        _og(site=site),
        f'<header><a class="logo" href="/">{site}</a></header><div id="content">'
        f'<h1 class="archive-title">{section}</h1><div class="post"><h2 class="entry-title">'
        f'{headline}</h2><div class="entry-content">{_text(text)}</div></div></div>',
    )


def amp(lang: str, title: str, h1: str, text: str, *, site: str, head: str = "") -> str:
    """A WordPress AMP plugin's page: ``<html amp>``, the header's site link, a sidebar
    menu (``amp-sidebar``) and the article's ``h1.amp-wp-title``."""
    return _page(
        lang,
        title,
        '<link rel="canonical" href="https://example.org/story/">' + head,
        f'<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">⌂</a></li></ul>'
        f'</amp-sidebar><header class="amp-wp-header"><div><a href="/">{site}</a></div>'
        '</header><article class="amp-wp-article"><header class="amp-wp-article-header">'
        f'<h1 class="amp-wp-title">{h1}</h1></header><div class="amp-wp-article-content">'
        f'<amp-img src="/a.jpg" width="600" height="400"></amp-img>{_text(text)}</div>'
        "</article>",
        amp=True,
    )


def shop(lang: str, title: str, name: str, text: str, *, shop_name: str, head: str = "") -> str:
    """A shop's product page: the logo, the product's name in ``h2.product-title``, its
    price and description; no ``<h1>``."""
    return _page(
        lang,
        title,
        head,
        f'<header><a class="logo" href="/">{shop_name}</a></header><div class="product">'
        f'<h2 class="product-title">{name}</h2><div class="price">199</div>'
        f'<div class="description">{_text(text)}</div></div>',
    )


PROBES: list[tuple[str, str, str, str]] = [
    # (name, url, html, want)
    # -- a paged article's place in the <title>
    (
        "hi_page_label_part_no_h1",
        "https://nagar-samachar.in/rajya/2024/03/05/bus-seva?page=2",
        old_portal(
            "hi",
            "नगर निगम ने नई बस सेवा शुरू की – पृष्ठ 2 – नगर समाचार",
            "नगर निगम ने नई बस सेवा शुरू की",
            "नई बस सेवा शहर के सभी बड़े इलाकों को जोड़ेगी।",
            site="नगर समाचार",
            head=_og(site="नगर समाचार"),
        ),
        "नगर निगम ने नई बस सेवा शुरू की",
    ),
    (
        "de_seite_in_jsonld_headline",
        "https://talbote.de/lokales/2024/03/05/radwege/seite-2",
        news(
            "de",
            "Neue Radwege für die Altstadt - Seite 2 | Talbote",
            "Neue Radwege für die Altstadt",
            "Der Stadtrat hat am Dienstag die Pläne für drei neue Radwege beschlossen.",
            site="Talbote",
            head=_ld("NewsArticle", headline="Neue Radwege für die Altstadt - Seite 2"),
        ),
        "Neue Radwege für die Altstadt",
    ),
    (
        "zh_page_number_in_parentheses_no_h1",
        "https://jiangcheng-news.cn/2024/03/05/a1_2.html",
        old_portal(
            "zh",
            "老城区将新建三座公园(第2页)_江城新闻网",
            "老城区将新建三座公园",
            "老城区今年将新建三座公园，预计年底完工。",
            site="江城新闻网",
            head=_og(site="江城新闻网"),
        ),
        "老城区将新建三座公园",
    ),
    (
        "zh_page_number_after_space_no_h1",
        "https://jiangcheng-news.cn/2024/03/05/a2_3.html",
        old_portal(
            "zh",
            "市图书馆周末延长开放时间 第3页 - 江城新闻网",
            "市图书馆周末延长开放时间",
            "市图书馆从本周起周末延长开放时间。",
            site="江城新闻网",
            head=_og(site="江城新闻网"),
        ),
        "市图书馆周末延长开放时间",
    ),
    (
        "uk_page_label_lower_and_of",
        "https://visti-polissia.com.ua/novyny/2024/03/05/mist/page/3",
        old_portal(
            "uk",
            "У місті відкрили новий міст | сторінка 3 з 4 | Вісті Полісся",
            "У місті відкрили новий міст",
            "Новий міст відкрили у вівторок вранці.",
            site="Вісті Полісся",
            head=_og(site="Вісті Полісся"),
        ),
        "У місті відкрили новий міст",
    ),
    # -- the site's name opening the title
    (
        "ka_site_colon_title_no_h1",
        "https://kalakis-ambebi.ge/news/2024/03/05/khidi",
        old_portal(
            "ka",
            "ქალაქის ამბები: ქალაქში ახალი ხიდი გაიხსნა",
            "ქალაქში ახალი ხიდი გაიხსნა",
            "ახალი ხიდი სამშაბათს დილით გაიხსნა.",
            site="ქალაქის ამბები",
            head=_og(site="ქალაქის ამბები"),
        ),
        "ქალაქში ახალი ხიდი გაიხსნა",
    ),
    (
        "bn_site_bar_title_metadata_only",
        "https://nodibarta.com.bd/news/2024/03/05/setu",
        _page(
            "bn",
            "নদীবার্তা | শহরে নতুন সেতু খুলে দেওয়া হলো",
            _og(site="নদীবার্তা"),
            '<header><a class="logo" href="/">নদীবার্তা</a></header><div class="content">'
            + _text("মঙ্গলবার সকালে শহরে নতুন সেতুটি খুলে দেওয়া হয়।")
            + "</div>",
        ),
        "শহরে নতুন সেতু খুলে দেওয়া হলো",
    ),
    (
        "ja_site_in_brackets_first_no_h1",
        "https://minato-shinpo.jp/articles/20240305-9",
        old_portal(
            "ja",
            "【みなと新報】市民マラソンに三千人が参加",
            "市民マラソンに三千人が参加",
            "市民マラソンが日曜日に開かれ、三千人が走った。",
            site="みなと新報",
            head=_og(site="みなと新報"),
        ),
        "市民マラソンに三千人が参加",
    ),
    (
        "sw_site_bar_title_og_site_first",
        "https://habari-pwani.co.ke/habari/2024/03/05/daraja",
        old_portal(
            "sw",
            "Habari Pwani | Daraja jipya lafunguliwa mjini Mombasa",
            "Daraja jipya lafunguliwa mjini Mombasa",
            "Daraja jipya lilifunguliwa Jumanne asubuhi mbele ya wakazi wengi.",
            site="Habari Pwani",
            head=_og(title="Habari Pwani | Daraja jipya lafunguliwa mjini Mombasa"),
        ),
        "Daraja jipya lafunguliwa mjini Mombasa",
    ),
    # -- an <h1> that is a section's name or the site's, the headline an <h2>
    (
        "ta_section_h1_entry_title_h2",
        "https://maalai-murasu.in/2024/03/05/puthiya-palam",
        section_h1(
            "ta",
            "நகரில் புதிய பாலம் திறப்பு - மாலை முரசு",
            "செய்திகள்",
            "நகரில் புதிய பாலம் திறப்பு",
            "செவ்வாய்க்கிழமை காலை புதிய பாலம் மக்களுக்காக திறக்கப்பட்டது.",
            site="மாலை முரசு",
        ),
        "நகரில் புதிய பாலம் திறப்பு",
    ),
    (
        "hy_section_h1_entry_title_h2",
        "https://kaghaki-lurer.am/2024/03/05/kamurj",
        section_h1(
            "hy",
            "Քաղաքում բացվեց նոր կամուրջ | Քաղաքի լուրեր",
            "Մշակույթ",
            "Քաղաքում բացվեց նոր կամուրջ",
            "Նոր կամուրջը բացվեց երեքշաբթի առավոտյան։",
            site="Քաղաքի լուրեր",
        ),
        "Քաղաքում բացվեց նոր կամուրջ",
    ),
    (
        "km_plain_site_h1_in_header_h2_headline",
        "https://meatonle-news.com.kh/2024/03/05/spean",
        _page(
            "km",
            "ស្ពានថ្មីត្រូវបានបើកនៅក្នុងទីក្រុង - មាតុភូមិ",
            "",
            '<header><h1><a href="/">មាតុភូមិ</a></h1></header><div id="content">'
            '<div class="post"><h2>ស្ពានថ្មីត្រូវបានបើកនៅក្នុងទីក្រុង</h2>'
            + _text("ស្ពានថ្មីត្រូវបានបើកនៅព្រឹកថ្ងៃអង្គារ។")
            + "</div></div>",
        ),
        "ស្ពានថ្មីត្រូវបានបើកនៅក្នុងទីក្រុង",
    ),
    # -- several <h1>s: a cookie banner's, a modal's, a sidebar widget's before the story's
    (
        "fa_cookie_banner_h1_first",
        "https://khabar-shahr.ir/news/2024/03/05/pol",
        banner_h1(
            "fa",
            "پل جدید شهر افتتاح شد | خبر شهر",
            "ما از کوکی‌ها استفاده می‌کنیم",
            "پل جدید شهر افتتاح شد",
            "پل جدید صبح سه‌شنبه با حضور شهردار افتتاح شد.",
            kind="cookie-banner",
        ),
        "پل جدید شهر افتتاح شد",
    ),
    (
        "he_newsletter_modal_h1_first",
        "https://hadashot-haemek.co.il/news/5120",
        banner_h1(
            "he",
            "נפתח גן ציבורי חדש בשכונה | חדשות העמק",
            "הירשמו לניוזלטר שלנו",
            "נפתח גן ציבורי חדש בשכונה",
            "הגן החדש נפתח ביום שלישי בבוקר לקהל הרחב.",
            kind="modal newsletter-modal",
        ),
        "נפתח גן ציבורי חדש בשכונה",
    ),
    (
        "el_sidebar_widget_h1_first",
        "https://nea-tis-polis.gr/2024/03/05/limani",
        banner_h1(
            "el",
            "Ξεκινούν τα έργα στο παλιό λιμάνι - Νέα της Πόλης",
            "Δημοφιλή άρθρα",
            "Ξεκινούν τα έργα στο παλιό λιμάνι",
            "Τα έργα στο παλιό λιμάνι ξεκινούν την Τρίτη το πρωί.",
            kind="sidebar widget",
        ),
        "Ξεκινούν τα έργα στο παλιό λιμάνι",
    ),
    # -- a social title cut with an ellipsis beside the whole <h1>
    (
        "si_og_title_cut_with_ellipsis",
        "https://nagara-puwath.lk/news/2024/03/05/palama",
        news(
            "si",
            "නගරයේ නව පාලම අඟහරුවාදා උදෑසන මහජනතාවට විවෘත කෙරේ | නගර පුවත්",
            "නගරයේ නව පාලම අඟහරුවාදා උදෑසන මහජනතාවට විවෘත කෙරේ",
            "නව පාලම අඟහරුවාදා උදෑසන විවෘත කරන ලදී.",
            site="නගර පුවත්",
            head=_og(title="නගරයේ නව පාලම අඟහරුවාදා උදෑසන…"),
        ),
        "නගරයේ නව පාලම අඟහරුවාදා උදෑසන මහජනතාවට විවෘත කෙරේ",
    ),
    (
        "el_jsonld_and_og_cut_site_only_title",
        "https://nea-tis-polis.gr/2024/03/05/vivliothiki",
        news(
            "el",
            "Νέα της Πόλης",
            "Η νέα δημοτική βιβλιοθήκη ανοίγει τις πόρτες της στο κέντρο της πόλης",
            "Η βιβλιοθήκη ανοίγει την Τρίτη το πρωί.",
            site="Νέα της Πόλης",
            head=_og(title="Η νέα δημοτική βιβλιοθήκη ανοίγει τις πόρτες της...")
            + _ld("NewsArticle", headline="Η νέα δημοτική βιβλιοθήκη ανοίγει τις πόρτες της..."),
        ),
        "Η νέα δημοτική βιβλιοθήκη ανοίγει τις πόρτες της στο κέντρο της πόλης",
    ),
    # -- emoji and capitals
    (
        "sw_emoji_before_title_not_in_h1",
        "https://habari-pwani.co.ke/habari/2024/03/05/mafuta",
        news(
            "sw",
            "📢 Bei ya mafuta yashuka tena | Habari Pwani",
            "Bei ya mafuta yashuka tena",
            "Bei ya mafuta ya petroli imeshuka kwa mara ya pili mwezi huu.",
            site="Habari Pwani",
            head=_og(title="📢 Bei ya mafuta yashuka tena"),
        ),
        "Bei ya mafuta yashuka tena",
    ),
    (
        "el_capitals_without_accents_jsonld",
        "https://nea-tis-polis.gr/2024/03/05/agora",
        news(
            "el",
            "Νέα της Πόλης",
            "Νέα αγορά τροφίμων στο κέντρο της πόλης",
            "Η αγορά θα λειτουργεί κάθε Σάββατο το πρωί.",
            site="Νέα της Πόλης",
            head=_ld("NewsArticle", headline="ΝΕΑ ΑΓΟΡΑ ΤΡΟΦΙΜΩΝ ΣΤΟ ΚΕΝΤΡΟ ΤΗΣ ΠΟΛΗΣ"),
        ),
        "Νέα αγορά τροφίμων στο κέντρο της πόλης",
    ),
    (
        "uk_capitals_title_only_metadata",
        "https://visti-polissia.com.ua/novyny/2024/03/05/park",
        _page(
            "uk",
            "У МІСТІ ВІДКРИЛИ НОВИЙ ПАРК | Вісті Полісся",
            _og(site="Вісті Полісся", title="У місті відкрили новий парк"),
            '<header><a class="logo" href="/">Вісті Полісся</a></header><div class="content">'
            + _text("Новий парк відкрили у вівторок вранці.")
            + "</div>",
        ),
        "У місті відкрили новий парк",
    ),
    # -- podcast and video episodes: the episode's number is the title's own
    (
        "uk_podcast_episode_number",
        "https://miska-rozmova.ua/epizody/12",
        news(
            "uk",
            "Епізод 12: Як ми будували міст | Міська розмова",
            "Епізод 12: Як ми будували міст",
            "У цьому епізоді ми говоримо з інженерами, які будували міст.",
            site="Міська розмова",
            head=_og(title="Епізод 12: Як ми будували міст"),
        ),
        "Епізод 12: Як ми будували міст",
    ),
    (
        "he_podcast_episode_jsonld_name_without_number",
        "https://hadashot-haemek.co.il/podcast/12",
        news(
            "he",
            "פרק 12: סיפורו של הנמל הישן | חדשות העמק",
            "פרק 12: סיפורו של הנמל הישן",
            "בפרק הזה אנחנו מספרים את סיפורו של הנמל הישן.",
            site="חדשות העמק",
            head=_ld("PodcastEpisode", name="סיפורו של הנמל הישן", episodeNumber=12),
        ),
        "פרק 12: סיפורו של הנמל הישן",
    ),
    (
        "th_video_page_video_label",
        "https://khao-mueang-nuea.co.th/video/2024/03/05/3",
        news(
            "th",
            "คลิป: เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ | ข่าวเมืองเหนือ",
            "เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ",
            "ตลาดน้ำแห่งใหม่เปิดให้บริการเมื่อวันเสาร์ที่ผ่านมา",
            site="ข่าวเมืองเหนือ",
            head=_ld("VideoObject", name="คลิป: เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ"),
        ),
        "เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ",
    ),
    # -- events and products
    (
        "am_event_date_part",
        "https://addis-zena.et/events/book-fair-2024",
        news(
            "am",
            "የመጽሐፍ ትርኢት 2024 – 05.03.2024 – አዲስ ዜና",
            "የመጽሐፍ ትርኢት 2024",
            "የመጽሐፍ ትርኢቱ ማክሰኞ ጠዋት በከተማው አዳራሽ ይከፈታል።",
            site="አዲስ ዜና",
            head=_ld("Event", name="የመጽሐፍ ትርኢት 2024", startDate="2024-03-05"),
        ),
        "የመጽሐፍ ትርኢት 2024",
    ),
    (
        "km_product_price_part_no_h1",
        "https://lumo-shop.com.kh/products/lumo-a5",
        shop(
            "km",
            "ទូរស័ព្ទ Lumo A5 128GB – $199 – ហាងលុមោ",
            "ទូរស័ព្ទ Lumo A5 128GB",
            "ទូរស័ព្ទថ្មីមានអេក្រង់ធំ និងថ្មប្រើបានយូរ។",
            shop_name="ហាងលុមោ",
            head=_og(site="ហាងលុមោ"),
        ),
        "ទូរស័ព្ទ Lumo A5 128GB",
    ),
    (
        "fa_product_buy_and_price_words",
        "https://forushgah-novin.ir/product/lumo-a5",
        _page(
            "fa",
            "گوشی Lumo A5 ظرفیت ۱۲۸ گیگابایت | فروشگاه نوین",
            _og(site="فروشگاه نوین", title="گوشی Lumo A5 ظرفیت ۱۲۸ گیگابایت")
            + _ld("Product", name="گوشی Lumo A5 ظرفیت ۱۲۸ گیگابایت"),
            '<header><a class="logo" href="/">فروشگاه نوین</a></header><div class="product">'
            '<h1 class="product-title">گوشی Lumo A5 ظرفیت ۱۲۸ گیگابایت</h1>'
            '<div class="price">۹٬۹۰۰٬۰۰۰ تومان</div>'
            + _text("این گوشی صفحه‌ای بزرگ و باتری بادوام دارد.")
            + "</div>",
        ),
        "گوشی Lumo A5 ظرفیت ۱۲۸ گیگابایت",
    ),
    # -- AMP pages
    (
        "ur_amp_page",
        "https://roznama-sehar.pk/news/2024/03/05/pul/amp/",
        amp(
            "ur",
            "شہر میں نیا پل کھول دیا گیا - روزنامہ سحر",
            "شہر میں نیا پل کھول دیا گیا",
            "نیا پل منگل کی صبح عوام کے لیے کھول دیا گیا۔",
            site="روزنامہ سحر",
        ),
        "شہر میں نیا پل کھول دیا گیا",
    ),
    (
        "bn_amp_sidebar_h1_menu",
        "https://nodibarta.com.bd/amp/news/2024/03/05/bazar",
        _page(
            "bn",
            "নদীবার্তা",
            "",
            '<amp-sidebar id="menu" layout="nodisplay"><h1>মেনু</h1><ul><li><a href="/">'
            'প্রথম পাতা</a></li></ul></amp-sidebar><header><a href="/">নদীবার্তা</a>'
            '</header><div class="amp-story"><h1>নদীর ধারে নতুন বাজার চালু হলো</h1>'
            + _text("শনিবার সকালে নদীর ধারে নতুন বাজারটি চালু হয়।")
            + "</div>",
            amp=True,
        ),
        "নদীর ধারে নতুন বাজার চালু হলো",
    ),
    # -- the section before the site's name, the headline after it, nothing naming the section
    (
        "uk_section_site_short_headline",
        "https://visti-polissia.com.ua/2024/03/05/biblioteka",
        _page(
            "uk",
            "Новини | Вісті Полісся | Відкрили нову бібліотеку",
            _og(site="Вісті Полісся"),
            '<header><a href="/"><img src="/logo.png" alt="Вісті Полісся"></a></header>'
            '<main><div class="story"><div class="story-text">'
            + _text("Нову бібліотеку відкрили у вівторок вранці.")
            + "</div></div></main>",
        ),
        "Відкрили нову бібліотеку",
    ),
    # -- quotations in other scripts' marks
    (
        "fr_guillemets_quote_colon",
        "https://courrier-du-val.fr/2024/03/05/quartier",
        news(
            "fr",
            "« Nous ne partirons pas » : les habitants du quartier se mobilisent"
            " - Le Courrier du Val",
            "« Nous ne partirons pas » : les habitants du quartier se mobilisent",
            "Les habitants se sont réunis mardi soir devant la mairie.",
            site="Le Courrier du Val",
        ),
        "« Nous ne partirons pas » : les habitants du quartier se mobilisent",
    ),
    (
        "ja_corner_brackets_headline",
        "https://minato-shinpo.jp/articles/20240305-5",
        news(
            "ja",
            "「まちの本屋」が閉店へ 70年の歴史に幕 | みなと新報",
            "「まちの本屋」が閉店へ 70年の歴史に幕",
            "駅前の書店が今月末で閉店する。",
            site="みなと新報",
        ),
        "「まちの本屋」が閉店へ 70年の歴史に幕",
    ),
    (
        "he_gershayim_quote_after_speaker",
        "https://hadashot-haemek.co.il/news/5121",
        news(
            "he",
            "ראש העיר: ״נפתח את הספרייה בקיץ״ | חדשות העמק",
            "ראש העיר: ״נפתח את הספרייה בקיץ״",
            "ראש העיר הודיע כי הספרייה תיפתח בקיץ.",
            site="חדשות העמק",
            head=_og(title="ראש העיר: ״נפתח את הספרייה בקיץ״"),
        ),
        "ראש העיר: ״נפתח את הספרייה בקיץ״",
    ),
    (
        "uk_guillemets_quote_colon_og_without",
        "https://visti-polissia.com.ua/novyny/2024/03/05/skver",
        news(
            "uk",
            "«Ми не здамося»: мешканці захищають сквер | Вісті Полісся",
            "«Ми не здамося»: мешканці захищають сквер",
            "Мешканці зібралися у сквері у вівторок увечері.",
            site="Вісті Полісся",
        ),
        "«Ми не здамося»: мешканці захищають сквер",
    ),
    # -- a JSON-LD headline of another item than the page's
    (
        "hi_related_article_jsonld_in_aside",
        "https://nagar-samachar.in/rajya/2024/03/05/pustakalaya",
        news(
            "hi",
            "शहर में नया पुस्तकालय खुला | नगर समाचार",
            "शहर में नया पुस्तकालय खुला",
            "नया पुस्तकालय मंगलवार सुबह जनता के लिए खोला गया।",
            site="नगर समाचार",
            head='<link rel="canonical" href="https://nagar-samachar.in/rajya/2024/03/05/'
            'pustakalaya">'
            + _ld(
                "NewsArticle",
                headline="नदी पर बने पुल की मरम्मत अगले सप्ताह से",
                url="https://nagar-samachar.in/rajya/2024/03/04/pul",
                mainEntityOfPage="https://nagar-samachar.in/rajya/2024/03/04/pul",
            ),
        ),
        "शहर में नया पुस्तकालय खुला",
    ),
    (
        "ta_breadcrumb_jsonld_only_no_h1",
        "https://maalai-murasu.in/arasiyal/2024/03/05/kootam",
        old_portal(
            "ta",
            "நகர சபை கூட்டத்தில் புதிய திட்டங்கள் அறிவிப்பு - அரசியல் - மாலை முரசு",
            "நகர சபை கூட்டத்தில் புதிய திட்டங்கள் அறிவிப்பு",
            "நகர சபை கூட்டம் செவ்வாய்க்கிழமை நடைபெற்றது.",
            site="மாலை முரசு",
            head=_ld(
                "BreadcrumbList",
                itemListElement=[
                    {"@type": "ListItem", "position": 1, "name": "முகப்பு"},
                    {"@type": "ListItem", "position": 2, "name": "அரசியல்"},
                ],
            ),
        ),
        "நகர சபை கூட்டத்தில் புதிய திட்டங்கள் அறிவிப்பு",
    ),
    (
        "sw_webpage_name_is_section",
        "https://habari-pwani.co.ke/michezo/2024/03/05/mbio",
        news(
            "sw",
            "Mbio za nyika zavutia wakimbiaji elfu tatu - Habari Pwani",
            "Mbio za nyika zavutia wakimbiaji elfu tatu",
            "Wakimbiaji elfu tatu walishiriki mbio za nyika Jumapili.",
            site="Habari Pwani",
            head=_ld("WebPage", name="Michezo"),
        ),
        "Mbio za nyika zavutia wakimbiaji elfu tatu",
    ),
    # -- more of the kinds above: prices in other currencies' signs, pages in other
    # scripts' counters, hidden boxes' <h1>s, capitals in the <h1>, another page's item
    (
        "bn_product_taka_price_part_no_h1",
        "https://dokan-ghor.com.bd/product/kettle-k2",
        shop(
            "bn",
            "বৈদ্যুতিক কেটলি Rona K2 – ৳1,490 – দোকানঘর",
            "বৈদ্যুতিক কেটলি Rona K2",
            "এই কেটলিতে দুই মিনিটে পানি ফুটে যায়।",
            shop_name="দোকানঘর",
            head=_og(site="দোকানঘর"),
        ),
        "বৈদ্যুতিক কেটলি Rona K2",
    ),
    (
        "ka_product_lari_price_part_no_h1",
        "https://saqoneli.ge/product/chaidani-k2",
        shop(
            "ka",
            "ელექტრო ჩაიდანი Rona K2 | 89 ₾ | საქონელი",
            "ელექტრო ჩაიდანი Rona K2",
            "ჩაიდანი წყალს ორ წუთში ადუღებს.",
            shop_name="საქონელი",
            head=_og(site="საქონელი"),
        ),
        "ელექტრო ჩაიდანი Rona K2",
    ),
    (
        "th_event_baht_price_part_no_h1",
        "https://ngan-mueang.co.th/events/concert-2024",
        shop(
            "th",
            "คอนเสิร์ตริมแม่น้ำ 2024 | ฿350 | งานเมือง",
            "คอนเสิร์ตริมแม่น้ำ 2024",
            "คอนเสิร์ตจัดขึ้นริมแม่น้ำในคืนวันเสาร์",
            shop_name="งานเมือง",
            head=_og(site="งานเมือง"),
        ),
        "คอนเสิร์ตริมแม่น้ำ 2024",
    ),
    (
        "ja_page_counter_after_headline_no_h1",
        "https://minato-shinpo.jp/articles/20240305-7?page=2",
        old_portal(
            "ja",
            "駅前に新しい図書館が開館（2ページ目） | みなと新報",
            "駅前に新しい図書館が開館",
            "駅前に新しい図書館が五日に開館した。",
            site="みなと新報",
            head=_og(site="みなと新報"),
        ),
        "駅前に新しい図書館が開館",
    ),
    (
        "ko_page_counter_no_h1",
        "https://gangbyeon-ilbo.kr/news/articleView.html?idxno=1204&page=2",
        old_portal(
            "ko",
            "시청 앞 광장에 새 분수 설치 (2/3) - 강변일보",
            "시청 앞 광장에 새 분수 설치",
            "시청 앞 광장에 새 분수가 설치됐다.",
            site="강변일보",
            head=_og(site="강변일보"),
        ),
        "시청 앞 광장에 새 분수 설치",
    ),
    (
        "ka_dialog_h1_first",
        "https://kalakis-ambebi.ge/news/2024/03/05/parki",
        _page(
            "ka",
            "ქალაქის ამბები",
            _og(site="ქალაქის ამბები"),
            "<dialog><h1>გამოიწერეთ ჩვენი სიახლეები</h1><p>…</p></dialog>"
            '<div id="wrap"><div class="txt"><h1>ქალაქში ახალი პარკი გაიხსნა</h1>'
            + _text("ახალი პარკი სამშაბათს დილით გაიხსნა.")
            + "</div></div>",
        ),
        "ქალაქში ახალი პარკი გაიხსნა",
    ),
    (
        "hy_hidden_popup_h1_first",
        "https://kaghaki-lurer.am/2024/03/05/aygi",
        _page(
            "hy",
            "Քաղաքի լուրեր",
            _og(site="Քաղաքի լուրեր"),
            '<div id="popup-7" hidden><h1>Բաժանորդագրվեք մեր լրատուին</h1></div>'
            '<div id="wrap"><div class="txt"><h1>Քաղաքում բացվեց նոր այգի</h1>'
            + _text("Նոր այգին բացվեց երեքշաբթի առավոտյան։")
            + "</div></div>",
        ),
        "Քաղաքում բացվեց նոր այգի",
    ),
    (
        "si_display_none_h1_first",
        "https://nagara-puwath.lk/news/2024/03/05/pola",
        _page(
            "si",
            "නගර පුවත්",
            _og(site="නගර පුවත්"),
            '<div id="box-3" style="display: none"><h1>අපගේ පුවත් ලිපියට එක්වන්න</h1></div>'
            '<div id="wrap"><div class="txt"><h1>නගරයේ නව පොළක් විවෘත කෙරේ</h1>'
            + _text("නව පොළ අඟහරුවාදා උදෑසන විවෘත කරන ලදී.")
            + "</div></div>",
        ),
        "නගරයේ නව පොළක් විවෘත කෙරේ",
    ),
    (
        "sw_capitals_h1_title_mixed",
        "https://habari-pwani.co.ke/habari/2024/03/05/mvua",
        news(
            "sw",
            "Mvua kubwa yanyesha Pwani kwa siku tatu | Habari Pwani",
            "MVUA KUBWA YANYESHA PWANI KWA SIKU TATU",
            "Mvua kubwa imenyesha kwa siku tatu mfululizo katika mikoa ya Pwani.",
            site="Habari Pwani",
        ),
        "Mvua kubwa yanyesha Pwani kwa siku tatu",
    ),
    (
        "fa_related_item_in_graph_no_h1",
        "https://khabar-shahr.ir/news/2024/03/05/bazar",
        old_portal(
            "fa",
            "بازار جدید در مرکز شهر گشایش یافت - خبر شهر",
            "بازار جدید در مرکز شهر گشایش یافت",
            "بازار جدید صبح سه‌شنبه گشایش یافت.",
            site="خبر شهر",
            head=_og(site="خبر شهر")
            + _ld(
                "NewsArticle",
                headline="ترافیک سنگین در بزرگراه شمالی",
                url="https://khabar-shahr.ir/news/2024/03/04/traffic",
            ),
        ),
        "بازار جدید در مرکز شهر گشایش یافت",
    ),
    # -- a third set: quotations before the headline in other scripts' marks, pages' places
    # in structured titles, a web page's name that is a section's, kickers in capitals
    (
        "he_gershayim_quote_colon_og_without",
        "https://hadashot-haemek.co.il/news/5122",
        news(
            "he",
            "ראש העיר פתח את הספרייה החדשה | חדשות העמק",
            "״זה יום היסטורי״: ראש העיר פתח את הספרייה החדשה",
            "ראש העיר פתח הבוקר את הספרייה החדשה במרכז העיר.",
            site="חדשות העמק",
            head=_og(title="ראש העיר פתח את הספרייה החדשה"),
        ),
        "״זה יום היסטורי״: ראש העיר פתח את הספרייה החדשה",
    ),
    (
        "el_guillemets_quote_colon_og_without",
        "https://nea-tis-polis.gr/2024/03/05/vivliothiki-2",
        news(
            "el",
            "Άνοιξε η νέα βιβλιοθήκη της πόλης - Νέα της Πόλης",
            "«Ιστορική μέρα»: Άνοιξε η νέα βιβλιοθήκη της πόλης",
            "Η βιβλιοθήκη άνοιξε την Τρίτη το πρωί.",
            site="Νέα της Πόλης",
            head=_og(title="Άνοιξε η νέα βιβλιοθήκη της πόλης"),
        ),
        "«Ιστορική μέρα»: Άνοιξε η νέα βιβλιοθήκη της πόλης",
    ),
    (
        "ja_corner_quote_colon_og_without",
        "https://minato-shinpo.jp/articles/20240305-8",
        news(
            "ja",
            "市長が新図書館を開館 | みなと新報",
            "「歴史的な一日」：市長が新図書館を開館",
            "市長は五日、駅前の新しい図書館を開館した。",
            site="みなと新報",
            head=_og(title="市長が新図書館を開館"),
        ),
        "「歴史的な一日」：市長が新図書館を開館",
    ),
    (
        "el_page_label_in_og_and_jsonld_no_h1",
        "https://nea-tis-polis.gr/2024/03/05/limani-2?page=2",
        old_portal(
            "el",
            "Ξεκινούν τα έργα στο παλιό λιμάνι - Σελίδα 2 - Νέα της Πόλης",
            "Ξεκινούν τα έργα στο παλιό λιμάνι",
            "Τα έργα στο παλιό λιμάνι ξεκινούν την Τρίτη το πρωί.",
            site="Νέα της Πόλης",
            head=_og(site="Νέα της Πόλης", title="Ξεκινούν τα έργα στο παλιό λιμάνι - Σελίδα 2")
            + _ld("NewsArticle", headline="Ξεκινούν τα έργα στο παλιό λιμάνι - Σελίδα 2"),
        ),
        "Ξεκινούν τα έργα στο παλιό λιμάνι",
    ),
    (
        "am_page_label_title_only",
        "https://addis-zena.et/news/2024/03/05/bridge-2/page/2",
        _page(
            "am",
            "በከተማው አዲስ ድልድይ ተከፈተ | ገጽ 2 | አዲስ ዜና",
            _og(site="አዲስ ዜና"),
            '<header><a class="logo" href="/">አዲስ ዜና</a></header><div class="content">'
            + _text("አዲሱ ድልድይ ማክሰኞ ጠዋት ለሕዝብ ክፍት ሆነ።")
            + "</div>",
        ),
        "በከተማው አዲስ ድልድይ ተከፈተ",
    ),
    (
        "sw_webpage_name_is_section_no_h1",
        "https://habari-pwani.co.ke/michezo/2024/03/05/mbio-2",
        old_portal(
            "sw",
            "Mbio za nyika zavutia wakimbiaji elfu tatu - Habari Pwani",
            "Mbio za nyika zavutia wakimbiaji elfu tatu",
            "Wakimbiaji elfu tatu walishiriki mbio za nyika Jumapili.",
            site="Habari Pwani",
            head=_og(site="Habari Pwani") + _ld("WebPage", name="Michezo"),
        ),
        "Mbio za nyika zavutia wakimbiaji elfu tatu",
    ),
    (
        "hi_capitals_kicker_span_in_h1",
        "https://nagar-samachar.in/rajya/2024/03/05/metro",
        news(
            "en",
            "Metro line to reach the airport by 2026 | Nagar Samachar",
            '<span class="tag">EXCLUSIVE</span> Metro line to reach the airport by 2026',
            "The new line will link the old city with the airport.",
            site="Nagar Samachar",
            head=_og(title="Metro line to reach the airport by 2026"),
        ),
        "Metro line to reach the airport by 2026",
    ),
    (
        "uk_live_badge_after_headline",
        "https://visti-polissia.com.ua/novyny/2024/03/05/povin",
        news(
            "uk",
            "Повінь на Прип'яті: що відомо зараз | Вісті Полісся",
            'Повінь на Прип\'яті: що відомо зараз <span class="badge">НАЖИВО</span>',
            "Рівень води в річці піднявся на два метри за добу.",
            site="Вісті Полісся",
        ),
        "Повінь на Прип'яті: що відомо зараз",
    ),
    (
        "ta_og_and_title_cut_h1_whole",
        "https://maalai-murasu.in/2024/03/05/nool-nilaiyam",
        news(
            "ta",
            "நகரின் மையத்தில் புதிய நூலகம் செவ்வாய்க்கிழமை…",
            "நகரின் மையத்தில் புதிய நூலகம் செவ்வாய்க்கிழமை திறக்கப்பட்டது",
            "புதிய நூலகம் செவ்வாய்க்கிழமை காலை திறக்கப்பட்டது.",
            site="மாலை முரசு",
            head=_og(title="நகரின் மையத்தில் புதிய நூலகம் செவ்வாய்க்கிழமை…"),
        ),
        "நகரின் மையத்தில் புதிய நூலகம் செவ்வாய்க்கிழமை திறக்கப்பட்டது",
    ),
    (
        "km_title_cut_no_h1_og_whole",
        "https://meatonle-news.com.kh/2024/03/05/phsar",
        _page(
            "km",
            "ផ្សារថ្មីត្រូវបានបើកនៅមាត់ទន្លេ...",
            _og(site="មាតុភូមិ", title="ផ្សារថ្មីត្រូវបានបើកនៅមាត់ទន្លេក្នុងទីក្រុង"),
            '<header><a class="logo" href="/">មាតុភូមិ</a></header><div class="content">'
            + _text("ផ្សារថ្មីត្រូវបានបើកនៅព្រឹកថ្ងៃអង្គារ។")
            + "</div>",
        ),
        "ផ្សារថ្មីត្រូវបានបើកនៅមាត់ទន្លេក្នុងទីក្រុង",
    ),
    (
        "hy_site_first_dash_title_h1_agrees",
        "https://kaghaki-lurer.am/2024/03/05/shuka",
        news(
            "hy",
            "Քաղաքի լուրեր - Քաղաքում բացվեց նոր շուկա",
            "Քաղաքում բացվեց նոր շուկա",
            "Նոր շուկան բացվեց երեքշաբթի առավոտյան։",
            site="Քաղաքի լուրեր",
        ),
        "Քաղաքում բացվեց նոր շուկա",
    ),
    (
        "fa_site_first_no_h1_title_only",
        "https://khabar-shahr.ir/news/2024/03/05/mooze",
        _page(
            "fa",
            "خبر شهر | موزه تاریخ شهر پس از مرمت بازگشایی شد",
            _og(site="خبر شهر"),
            '<header><a class="logo" href="/">خبر شهر</a></header><div class="content">'
            + _text("موزه تاریخ شهر پس از دو سال مرمت بازگشایی شد.")
            + "</div>",
        ),
        "موزه تاریخ شهر پس از مرمت بازگشایی شد",
    ),
    (
        "si_video_jsonld_name_with_site",
        "https://nagara-puwath.lk/video/2024/03/05/palama",
        news(
            "si",
            "නව පාලම විවෘත කෙරේ | නගර පුවත්",
            "නව පාලම විවෘත කෙරේ",
            "නව පාලම අඟහරුවාදා උදෑසන විවෘත කරන ලදී.",
            site="නගර පුවත්",
            head=_ld("VideoObject", name="නව පාලම විවෘත කෙරේ | නගර පුවත්"),
        ),
        "නව පාලම විවෘත කෙරේ",
    ),
    (
        "bn_event_jsonld_and_date_in_title",
        "https://nodibarta.com.bd/events/boimela-2024",
        news(
            "bn",
            "নদীর ধারে বইমেলা ২০২৪ | ৫ মার্চ | নদীবার্তা",
            "নদীর ধারে বইমেলা ২০২৪",
            "বইমেলা মঙ্গলবার সকালে শুরু হবে।",
            site="নদীবার্তা",
            head=_ld("Event", name="নদীর ধারে বইমেলা ২০২৪", startDate="2024-03-05"),
        ),
        "নদীর ধারে বইমেলা ২০২৪",
    ),
    # -- a fourth set: a modal shown over the page, a widget in an <aside>, a show's name
    # over its episode, a structured headline that is a section's name in an unspaced script
    (
        "hi_shown_modal_dialog_role_h1_first",
        "https://nagar-samachar.in/rajya/2024/03/05/bagicha",
        _page(
            "hi",
            "नगर समाचार",
            _og(site="नगर समाचार"),
            '<div class="consent" role="dialog" aria-modal="true"><h1>हम कुकीज़ का उपयोग'
            " करते हैं</h1><button>ठीक है</button></div>"
            '<div id="wrap"><div class="txt"><h1>शहर में नया बगीचा खुला</h1>'
            + _text("नया बगीचा मंगलवार सुबह जनता के लिए खोला गया।")
            + "</div></div>",
        ),
        "शहर में नया बगीचा खुला",
    ),
    (
        "sw_aside_widget_h1_first_site_title",
        "https://habari-pwani.co.ke/habari/2024/03/05/soko",
        _page(
            "sw",
            "Habari Pwani",
            _og(site="Habari Pwani"),
            '<aside class="widget-area"><h1>Habari maarufu</h1><ul><li><a href="/x">…</a>'
            '</li></ul></aside><div id="wrap"><div class="txt"><h1>Soko jipya lafunguliwa'
            " karibu na bandari</h1>"
            + _text("Soko jipya lilifunguliwa Jumanne asubuhi karibu na bandari.")
            + "</div></div>",
        ),
        "Soko jipya lafunguliwa karibu na bandari",
    ),
    (
        "uk_show_name_h1_episode_entry_title",
        "https://miska-rozmova.com.ua/epizody/13",
        _page(
            "uk",
            "Епізод 13: Хто рятує старі парки | Міська розмова",
            _og(site="Міська розмова"),
            '<header><h1 class="site-title"><a href="/">Міська розмова</a></h1></header>'
            '<main><article><h2 class="entry-title">Епізод 13: Хто рятує старі парки</h2>'
            '<audio controls src="/e13.mp3"></audio>'
            + _text("У цьому епізоді ми говоримо з людьми, які доглядають старі парки.")
            + "</article></main>",
        ),
        "Епізод 13: Хто рятує старі парки",
    ),
    (
        "th_jsonld_headline_is_breadcrumb_section",
        "https://khao-mueang-nuea.co.th/news/2024/03/05/4",
        news(
            "th",
            "เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ | ข่าวเมืองเหนือ",
            "เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            "เทศบาลเปิดสวนสาธารณะแห่งใหม่เมื่อเช้าวันอังคาร",
            site="ข่าวเมืองเหนือ",
            head=_ld("NewsArticle", headline="ข่าวท้องถิ่น")
            + _ld(
                "BreadcrumbList",
                itemListElement=[
                    {"@type": "ListItem", "position": 1, "name": "หน้าแรก"},
                    {"@type": "ListItem", "position": 2, "name": "ข่าวท้องถิ่น"},
                ],
            ),
        ),
        "เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
    ),
    # ... in a spaced script too, the trail's last step the section's name the headline holds
    (
        "id_jsonld_headline_is_breadcrumb_section",
        "https://kabar-kota.co.id/berita/2024/03/05/taman-baru",
        news(
            "id",
            "Pemkot buka taman baru di tepi sungai | Kabar Kota",
            "Pemkot buka taman baru di tepi sungai",
            "Taman itu dibuka Selasa pagi oleh wali kota",
            site="Kabar Kota",
            head=_ld("NewsArticle", headline="Berita Daerah")
            + _ld(
                "BreadcrumbList",
                itemListElement=[
                    {"@type": "ListItem", "position": 1, "name": "Beranda"},
                    {"@type": "ListItem", "position": 2, "name": "Berita Daerah"},
                ],
            ),
        ),
        "Pemkot buka taman baru di tepi sungai",
    ),
    (
        "zh_jsonld_headline_is_section_name",
        "https://jiangcheng-news.cn/2024/03/05/a9.html",
        news(
            "zh",
            "老城区将新建三座公园_江城新闻网",
            "老城区将新建三座公园",
            "老城区今年将新建三座公园，预计年底完工。",
            site="江城新闻网",
            head=_ld("NewsArticle", headline="本地新闻", articleSection="本地新闻"),
        ),
        "老城区将新建三座公园",
    ),
    # -- a page's place in languages whose files had no word for a page
    (
        "si_page_label_no_h1",
        "https://nagara-puwath.lk/news/2024/03/05/pola-2?page=2",
        _page(
            "si",
            "නගරයේ නව පොළක් විවෘත කෙරේ | පිටුව 2 | නගර පුවත්",
            _og(site="නගර පුවත්"),
            '<header><a class="logo" href="/">නගර පුවත්</a></header><div class="content">'
            + _text("නව පොළ අඟහරුවාදා උදෑසන විවෘත කරන ලදී.")
            + "</div>",
        ),
        "නගරයේ නව පොළක් විවෘත කෙරේ",
    ),
    (
        "ur_page_label_no_h1",
        "https://roznama-sehar.pk/news/2024/03/05/pul-2/page/2",
        _page(
            "ur",
            "شہر میں نیا پل کھول دیا گیا - صفحہ 2 - روزنامہ سحر",
            _og(site="روزنامہ سحر"),
            '<header><a class="logo" href="/">روزنامہ سحر</a></header><div class="content">'
            + _text("نیا پل منگل کی صبح عوام کے لیے کھول دیا گیا۔")
            + "</div>",
        ),
        "شہر میں نیا پل کھول دیا گیا",
    ),
    (
        "km_page_label_no_h1",
        "https://meatonle-news.com.kh/2024/03/05/spean-2?page=2",
        _page(
            "km",
            "ស្ពានថ្មីត្រូវបានបើកនៅក្នុងទីក្រុង | ទំព័រ 2 | មាតុភូមិ",
            _og(site="មាតុភូមិ"),
            '<header><a class="logo" href="/">មាតុភូមិ</a></header><div class="content">'
            + _text("ស្ពានថ្មីត្រូវបានបើកនៅព្រឹកថ្ងៃអង្គារ។")
            + "</div>",
        ),
        "ស្ពានថ្មីត្រូវបានបើកនៅក្នុងទីក្រុង",
    ),
    (
        "be_page_label_no_h1",
        "https://naviny-palessia.by/2024/03/05/most/page/3",
        _page(
            "be",
            "У горадзе адкрылі новы мост — Старонка 3 — Навіны Палесся",
            _og(site="Навіны Палесся"),
            '<header><a class="logo" href="/">Навіны Палесся</a></header><div class="content">'
            + _text("Новы мост адкрылі ў аўторак раніцай.")
            + "</div>",
        ),
        "У горадзе адкрылі новы мост",
    ),
    # -- a price in a currency's sign the shops' usual few lack, the site's name first
    (
        "ka_site_first_lari_price_no_heading",
        "https://saqoneli.ge/product/chaidani-k3",
        _page(
            "ka",
            "საქონელი | ელექტრო ჩაიდანი Rona K3 – 89 ₾",
            _og(site="საქონელი"),
            '<header><a class="logo" href="/">საქონელი</a></header><div class="content">'
            + _text("ჩაიდანი წყალს ორ წუთში ადუღებს.")
            + "</div>",
        ),
        "ელექტრო ჩაიდანი Rona K3",
    ),
    (
        "ta_rupee_abbreviation_price_no_heading",
        "https://kadai-veedu.in/product/kettle-k3",
        _page(
            "ta",
            "மின்சார கெட்டில் Rona K3 | Rs. 1,299 | கடை வீடு",
            _og(site="கடை வீடு"),
            '<header><a class="logo" href="/">கடை வீடு</a></header><div class="content">'
            + _text("இந்த கெட்டில் இரண்டு நிமிடங்களில் தண்ணீரை கொதிக்க வைக்கும்.")
            + "</div>",
        ),
        "மின்சார கெட்டில் Rona K3",
    ),
]


# Probes the code does not yet pass.
_OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("url", "html", "want"),
    [
        pytest.param(u, h, w, id=n, marks=[pytest.mark.xfail(strict=True)] if n in _OPEN else [])
        for n, u, h, w in PROBES
    ],
)
def test_title_probe(url: str, html: str, want: str) -> None:
    assert newsextract.extract(html, url=url).title == want
