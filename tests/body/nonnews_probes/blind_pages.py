"""A blind probe (round 53): pages written without reading the extractor, of kinds and in
languages the other probe files lack (Lao, Tibetan and Burmese verse; Yoruba, Tigrinya and
Punjabi announcements; Uzbek and Kyrgyz FAQs in ``<details>``; Mongolian, Nepali and Dhivehi
service pages; Telugu and Malayalam course pages; Pashto, Sorani and Kannada science posts
with a formula in ``<pre>`` and a figure; Azerbaijani, Welsh and Estonian minutes; Albanian,
Afrikaans and Basque match reports, readmes and reviews; Gujarati and Marathi episode
pages; Somali, Hausa and Maltese notices; Macedonian, Tajik and Belarusian reviews and
guides), each in the markup a real site writes, with its template noise around the text
(menus, cookie banners, related links, newsletter boxes, comment forms, footers, scripts).
Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# A figure's caption is kept apart from ``body`` by design (docs/fields.md: it is a caption
# block of ``body_blocks``): the captions each page must hold there, by probe.
CAPTIONS: dict[str, str] = {
    "ps_science_blog_pre_formula_figure": "شکل ۱: د غاښ لرونکي څرخ تجربه",
    "ckb_ghost_explainer_code_formula_sections": "پەستان بە پێی بەرزی لە ئاستی دەریاوە",
    "kn_blogger_science_pre_caption_table": "ಚಿತ್ರ: ಒಂದು ಮೀಟರ್ ಉದ್ದದ ಲೋಲಕದ ಚಲನೆ",
}


def _cms(lang: str, title: str, content: str, *, dir_: str = "ltr", site: str = "Tovuz") -> str:
    """A Drupal-like site: a cookie bar, a header with its menu, a breadcrumb, the node, a
    sidebar of latest items, a newsletter box and a footer with a script after it."""
    return page(
        lang,
        title,
        "<div id='sliding-popup' class='eu-cookie-compliance-banner'><div class='popup-"
        "content'><p>We use cookies to improve your experience on our website.</p><button "
        "class='agree-button'>Accept all</button></div></div><div class='layout-container'>"
        f"<header role='banner'><div class='site-branding'><a href='/' rel='home'>{site}</a>"
        "</div><nav role='navigation' class='menu--main'><ul class='menu'><li><a href='/1'>"
        "1</a></li><li><a href='/2'>2</a></li></ul></nav></header><div class='region "
        "region-breadcrumb'><nav class='breadcrumb'><ol><li><a href='/'>/</a></li></ol></nav>"
        "</div><main role='main'><div class='layout-content'><article class='node node--full'>"
        f"<h1 class='page-title'>{title}</h1><div class='node__content clearfix'>{content}"
        "</div></article></div></main></div><footer role='contentinfo' class='site-footer'>"
        f"<div class='footer-bottom'><p>© 2026 {site}</p></div></footer><script>window."
        "dataLayer=window.dataLayer||[];dataLayer.push({'event':'pageview'});</script>",
        dir_=dir_,
    )


# --- Lao, a poem on a literary blog: stanzas of <br> lines, no spaces between words.
PROBES.add(
    "lo_poem_stanzas_br_blog",
    "https://kaplao.example.la/2026/03/dok-champa-nai-ban",
    page(
        "lo",
        "ດອກຈຳປາໃນບ້ານ",
        "<div class='header-outer'><div class='header'><a href='/'>ກາບກອນລາວ</a></div><ul "
        "class='nav'><li><a href='/'>ໜ້າຫຼັກ</a></li><li><a href='/p/about'>ກ່ຽວກັບ</a></li>"
        "</ul></div><div class='main-outer'><div class='post hentry'><h3 class='post-title "
        "entry-title'>ດອກຈຳປາໃນບ້ານ</h3><div class='post-header'><span class='post-author'>"
        "ໂດຍ ນາງສີດາ</span></div><div class='post-body entry-content'>ດອກຈຳປາບານໃນຍາມເຊົ້າ<br>"
        "ກິ່ນຫອມລອຍມາຕາມລົມເບົາ<br>ແມ່ນັ່ງຖັກແສ່ວຢູ່ໜ້າເຮືອນ<br>ເພງເກົ່າຂອງພໍ່ຍັງດັງຢູ່<br><br>"
        "ແມ່ນ້ຳຂອງໄຫຼຜ່ານບ້ານເຮົາ<br>ເຮືອນ້ອຍລອຍໄປຫາຝັ່ງໄກ<br>ລູກຫຼານກັບມາໃນເດືອນຫ້າ<br>"
        "ບ້ານເກົ່າຍັງລໍຖ້າຢູ່ສະເໝີ</div><div class='post-footer'><span class='post-labels'>"
        "ປ້າຍກຳກັບ: <a href='/search/label/kap'>ກາບກອນ</a></span><div class='post-share-"
        "buttons'><a href='#'>ແບ່ງປັນໃສ່ Facebook</a></div></div></div><div class='comments' "
        "id='comments'><h4>ຄຳເຫັນ 2 ລາຍການ</h4><div class='comment-body'>ງາມຫຼາຍເອື້ອຍ "
        "ອ່ານແລ້ວຄິດຮອດບ້ານ</div><div class='comment-form'><p>ສະແດງຄຳເຫັນຂອງທ່ານ</p></div>"
        "</div><div class='blog-pager'><a href='/2026/02/'>ບົດຄວາມເກົ່າກວ່າ</a></div></div>"
        "<div class='sidebar'><h2>ບົດກອນຍອດນິຍົມ</h2><ul><li><a href='/x/1'>ຝົນເດືອນຫົກ</a>"
        "</li><li><a href='/x/2'>ທົ່ງນາຍາມແລງ</a></li></ul></div>",
    ),
    (
        "ດອກຈຳປາບານໃນຍາມເຊົ້າ",
        "ເພງເກົ່າຂອງພໍ່ຍັງດັງຢູ່",
        "ແມ່ນ້ຳຂອງໄຫຼຜ່ານບ້ານເຮົາ",
        "ບ້ານເກົ່າຍັງລໍຖ້າຢູ່ສະເໝີ",
    ),
    ("ອ່ານແລ້ວຄິດຮອດບ້ານ", "ຝົນເດືອນຫົກ", "ບົດຄວາມເກົ່າກວ່າ", "ສະແດງຄຳເຫັນຂອງທ່ານ"),
)

# --- Tibetan, a poem in a WordPress theme: each stanza a <p> of <br> lines (tsheg marks,
# no spaces), a share bar and a reply form after it.
PROBES.add(
    "bo_poem_wordpress_reply_form",
    "https://tsomdrel.example.org/2026/01/gangs-ri/",
    page(
        "bo",
        "གངས་རིའི་གླུ།",
        "<div id='page'><header id='masthead'><p class='site-title'><a href='/'>རྩོམ་འབྲེལ།</a>"
        "</p><nav class='main-navigation'><a href='/'>མ་ཤོག</a> <a href='/snyan'>སྙན་ངག</a>"
        "</nav></header><main id='main'><article class='post'><h1 class='entry-title'>"
        "གངས་རིའི་གླུ།</h1><div class='entry-meta'><span class='posted-on'>2026-01-14</span>"
        "</div><div class='entry-content'><p>ཉི་མ་ཤར་བའི་གངས་རི་དཀར།<br>འབྲོག་པའི་ཕྱུགས་ཚོགས་"
        "རི་ལ་འགྲོ།<br>ཆུ་བོ་སྔོན་པོ་དལ་གྱིས་འབབ།</p><p>ཨ་མའི་གླུ་དབྱངས་ཐག་རིང་ནས།<br>"
        "སེམས་ལ་དྲན་པའི་མེ་ཏོག་བཞད།<br>ཕ་ཡུལ་གྱི་ས་ལ་སླར་ཡང་ལོག</p></div><div class='sharedaddy'>"
        "<h3 class='sd-title'>Share this:</h3><a href='#'>Facebook</a> <a href='#'>X</a></div>"
        "</article><div id='comments'><div id='respond' class='comment-respond'><h3 "
        "id='reply-title'>Leave a Reply</h3><form id='commentform'><p class='comment-notes'>"
        "Your email address will not be published.</p><textarea></textarea><input "
        "type='submit' value='Post Comment'></form></div></div></main><footer "
        "id='colophon'><div class='site-info'>Proudly powered by WordPress</div></footer>"
        "</div>",
    ),
    (
        "ཉི་མ་ཤར་བའི་གངས་རི་དཀར།",
        "ཆུ་བོ་སྔོན་པོ་དལ་གྱིས་འབབ།",
        "ཨ་མའི་གླུ་དབྱངས་ཐག་རིང་ནས།",
        "ཕ་ཡུལ་གྱི་ས་ལ་སླར་ཡང་ལོག",
    ),
    ("Leave a Reply", "Your email address will not be published.", "Share this:"),
)

# --- Burmese, a poem in a <div class='poem'> of one <p> per line, stanzas parted by empty
# paragraphs; a "read also" box and a newsletter sign-up after it.
PROBES.add(
    "my_poem_line_paragraphs_newsletter",
    "https://kabya.example.com.mm/poems/moe-thein-tae-nya",
    page(
        "my",
        "မိုးသဲတဲ့ည",
        "<nav class='navbar'><a class='brand' href='/'>ကဗျာနံ့</a><a href='/poets'>ကဗျာဆရာများ"
        "</a></nav><div class='container'><div class='row'><div class='col-md-8'><h1>"
        "မိုးသဲတဲ့ည</h1><p class='byline'>ကဗျာ - ခင်မြတ်နိုး</p><div class='poem'><p>"
        "မိုးသဲတဲ့ညမှာ</p><p>အမေ့ရဲ့မီးအိမ်လေး</p><p>လမ်းထိပ်ကိုထွန်းထားတယ်</p><p>&nbsp;</p>"
        "<p>ရွာကလေးတစ်ခုလုံး</p><p>အိပ်မောကျနေချိန်</p><p>သားကိုစောင့်နေဆဲပါ</p></div><div "
        "class='read-also'><h4>ဒါတွေလည်းဖတ်ကြည့်ပါ</h4><ul><li><a href='/p/9'>နွေဦးရဲ့သီချင်း</a>"
        "</li><li><a href='/p/10'>မြစ်ကမ်းပါးက နေ့လယ်</a></li></ul></div><div "
        "class='newsletter'><p>ကဗျာအသစ်များကို အီးမေးလ်ဖြင့် လက်ခံရယူပါ</p><form><input "
        "type='email'><button>စာရင်းသွင်းမည်</button></form></div></div><div class='col-md-4 "
        "sidebar'><h4>လူကြိုက်များသော</h4><a href='/p/1'>ဆောင်းညရဲ့ကြယ်</a></div></div></div>"
        "<footer><p>© ကဗျာနံ့ ၂၀၂၆</p></footer>",
    ),
    (
        "မိုးသဲတဲ့ညမှာ",
        "လမ်းထိပ်ကိုထွန်းထားတယ်",
        "ရွာကလေးတစ်ခုလုံး",
        "သားကိုစောင့်နေဆဲပါ",
    ),
    ("နွေဦးရဲ့သီချင်း", "ကဗျာအသစ်များကို အီးမေးလ်ဖြင့် လက်ခံရယူပါ", "ဆောင်းညရဲ့ကြယ်"),
)

# --- Yoruba, a parish's announcement: service times as a list, a donation box, a
# Squarespace-like footer.
PROBES.add(
    "yo_church_announcement_service_times",
    "https://www.ijo-imole.example.ng/iroyin/ajodun-ikore",
    page(
        "yo",
        "Ajọ̀dún Ìkórè 2026",
        "<header class='Header'><div class='Header-branding'><a href='/'>Ìjọ Ìmọ́lẹ̀ Ayé</a>"
        "</div><nav class='Header-nav'><a href='/nipa'>Nípa wa</a><a href='/iroyin'>Ìròyìn</a>"
        "<a href='/fifunni'>Fífúnni</a></nav></header><main class='Main'><section "
        "class='Main-content'><article class='BlogItem'><h1 class='BlogItem-title'>Ajọ̀dún "
        "Ìkórè 2026</h1><div class='sqs-block html-block'><div class='sqs-block-content'><p>"
        "Ẹ káàbọ̀ sí ajọ̀dún ìkórè ọdún yìí. A ó dúpẹ́ lọ́wọ́ Ọlọ́run fún òjò àti oúnjẹ tí ó "
        "fún wa ní ọdún tó kọjá.</p><h2>Ètò ìsìn</h2><ul><li>Ọjọ́ Ẹtì: ìpàdé àdúrà ní agogo "
        "mẹ́fà ìrọ̀lẹ́</li><li>Ọjọ́ Àbámẹ́ta: ọjà ìkórè ní àgbàlá ìjọ</li><li>Ọjọ́ Àìkú: ìsìn "
        "ìdúpẹ́ ní agogo mẹ́sàn-án òwúrọ̀</li></ul><p>Gbogbo ọmọ ìjọ ni kí wọ́n mú èso oko wá "
        "fún ọjà ìkórè.</p></div></div><div class='sqs-block button-block'><a "
        "class='sqs-block-button-element' href='/fifunni'>Fi ọrẹ ránṣẹ́ lórí ayélujára</a>"
        "</div></article><nav class='BlogItem-pagination'><a href='/iroyin/ipade-odo'>"
        "Ìpàdé àwọn ọ̀dọ́</a></nav></section></main><footer class='Footer'><p>Ìjọ Ìmọ́lẹ̀ Ayé"
        ", Òpópónà Àkànní 12, Ìbàdàn</p><p>Powered by Squarespace</p></footer>",
    ),
    (
        "A ó dúpẹ́ lọ́wọ́ Ọlọ́run fún òjò àti oúnjẹ",
        "Ètò ìsìn",
        "Ọjọ́ Àbámẹ́ta: ọjà ìkórè ní àgbàlá ìjọ",
        "ìsìn ìdúpẹ́ ní agogo mẹ́sàn-án òwúrọ̀",
        "Gbogbo ọmọ ìjọ ni kí wọ́n mú èso oko wá",
    ),
    ("Fi ọrẹ ránṣẹ́ lórí ayélujára", "Ìpàdé àwọn ọ̀dọ́", "Powered by Squarespace"),
)

# --- Tigrinya, a church's notice in Ge'ez script: a programme table, then a closing
# paragraph; a donate box in the sidebar.
PROBES.add(
    "ti_church_notice_programme_table",
    "https://www.betekrstian.example.er/ti/zena/ba-al-meskel",
    _cms(
        "ti",
        "በዓል መስቀል",
        "<div class='field--name-body'><p>ናይ ሎሚ ዓመት በዓል መስቀል ብሓባር ምስ ኩሎም ምእመናን "
        "ክነብዕሎ ኢና። ኩሉ ሰብ ብሰላም ክመጽእ ንዕድም።</p><h3>መደብ በዓል</h3><table><thead><tr>"
        "<th>ሰዓት</th><th>መደብ</th></tr></thead><tbody><tr><td>ሰዓት 4 ድሕሪ ቐትሪ</td><td>ጸሎት "
        "ምሸት ኣብ ቤተ ክርስትያን</td></tr><tr><td>ሰዓት 6 ምሸት</td><td>ደመራ ኣብ ቅድሚ ቤተ ክርስትያን"
        "</td></tr></tbody></table><p>ድሕሪ ደመራ ንኹሉ ሰብ ቡን ክቐርብ እዩ።</p></div><div "
        "class='block-donate'><h2>ሓገዝ ይግበሩ</h2><a href='/donate'>ሕጂ ይሃቡ</a></div>",
        site="ቤተ ክርስትያን ቅድስቲ ማርያም",
    ),
    (
        "ናይ ሎሚ ዓመት በዓል መስቀል ብሓባር ምስ ኩሎም ምእመናን",
        "መደብ በዓል",
        "ጸሎት ምሸት ኣብ ቤተ ክርስትያን",
        "ደመራ ኣብ ቅድሚ ቤተ ክርስትያን",
        "ድሕሪ ደመራ ንኹሉ ሰብ ቡን ክቐርብ እዩ።",
    ),
    ("ሕጂ ይሃቡ", "We use cookies to improve your experience", "dataLayer"),
)

# --- Punjabi (Gurmukhi), a gurdwara committee's announcement with the langar rota as a
# list and a committee contact card.
PROBES.add(
    "pa_gurdwara_announcement_rota",
    "https://gurdwara.example.org.uk/pa/suchna/gurpurab",
    page(
        "pa",
        "ਗੁਰਪੁਰਬ ਦੀ ਸੂਚਨਾ",
        "<div class='top-bar'><span>ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ</span> <a href='/hukamnama'>ਪੜ੍ਹੋ</a></div>"
        "<header><a href='/' class='logo'>ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਨਾਨਕਸਰ</a><ul class='menu'><li><a "
        "href='/pa/suchna'>ਸੂਚਨਾਵਾਂ</a></li><li><a href='/pa/sampark'>ਸੰਪਰਕ</a></li></ul>"
        "</header><div class='content-wrap'><div class='announcement'><h1>ਗੁਰਪੁਰਬ ਦੀ ਸੂਚਨਾ"
        "</h1><p>ਸਾਰੀ ਸੰਗਤ ਨੂੰ ਸੂਚਿਤ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਕਿ ਗੁਰਪੁਰਬ ਦੇ ਮੌਕੇ ਤੇ ਅਖੰਡ ਪਾਠ ਸ਼ੁੱਕਰਵਾਰ "
        "ਸਵੇਰੇ ਆਰੰਭ ਹੋਵੇਗਾ।</p><p>ਲੰਗਰ ਦੀ ਸੇਵਾ ਲਈ ਪਰਿਵਾਰਾਂ ਦੀ ਵਾਰੀ ਇਸ ਤਰ੍ਹਾਂ ਹੈ:</p><ol><li>"
        "ਸ਼ੁੱਕਰਵਾਰ: ਗਿੱਲ ਪਰਿਵਾਰ ਅਤੇ ਸੰਧੂ ਪਰਿਵਾਰ</li><li>ਸ਼ਨੀਵਾਰ: ਬੀਬੀਆਂ ਦਾ ਸਤਿਸੰਗ ਜਥਾ</li><li>"
        "ਐਤਵਾਰ: ਨੌਜਵਾਨ ਸਭਾ</li></ol><p>ਭੋਗ ਐਤਵਾਰ ਦੁਪਹਿਰ ਬਾਰਾਂ ਵਜੇ ਪੈਣਗੇ।</p></div><div "
        "class='contact-card'><h4>ਪ੍ਰਬੰਧਕ ਕਮੇਟੀ</h4><p>ਫ਼ੋਨ: 0121 000 0000</p></div></div>"
        "<footer><p>© ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਨਾਨਕਸਰ · Registered charity 0000000</p></footer>",
    ),
    (
        "ਅਖੰਡ ਪਾਠ ਸ਼ੁੱਕਰਵਾਰ ਸਵੇਰੇ ਆਰੰਭ ਹੋਵੇਗਾ।",
        "ਸ਼ੁੱਕਰਵਾਰ: ਗਿੱਲ ਪਰਿਵਾਰ ਅਤੇ ਸੰਧੂ ਪਰਿਵਾਰ",
        "ਐਤਵਾਰ: ਨੌਜਵਾਨ ਸਭਾ",
        "ਭੋਗ ਐਤਵਾਰ ਦੁਪਹਿਰ ਬਾਰਾਂ ਵਜੇ ਪੈਣਗੇ।",
    ),
    ("ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ", "Registered charity 0000000", "ਫ਼ੋਨ: 0121 000 0000"),
)

# --- Uzbek (Latin), a public-services portal's FAQ: each question a <details> whose answer
# is closed; a rating widget and a chat button after it.
PROBES.add(
    "uz_portal_faq_details",
    "https://my.example.uz/uz/faq/pasport",
    page(
        "uz",
        "Ko'p beriladigan savollar: biometrik pasport",
        "<div class='cookie-alert'>Saytdan foydalanish orqali siz cookie-fayllardan "
        "foydalanishga rozilik bildirasiz. <a href='/cookie'>Batafsil</a></div><header "
        "class='portal-header'><a href='/'>Yagona portal</a><a href='/login'>Kirish</a>"
        "</header><main><div class='container'><h1>Ko'p beriladigan savollar: biometrik "
        "pasport</h1><div class='faq-list'><details class='faq-item'><summary>Pasportni "
        "qayerda olish mumkin?</summary><div class='faq-answer'><p>Pasportni yashash joyingiz "
        "bo'yicha migratsiya bo'limida yoki davlat xizmatlari markazida olishingiz mumkin."
        "</p></div></details><details class='faq-item'><summary>Davlat boji qancha?</summary>"
        "<div class='faq-answer'><p>Davlat boji bazaviy hisoblash miqdorining bir baravari "
        "miqdorida to'lanadi.</p></div></details><details class='faq-item'><summary>Pasport "
        "necha kunda tayyor bo'ladi?</summary><div class='faq-answer'><p>Hujjatlar qabul "
        "qilingandan keyin pasport o'n besh ish kunida tayyor bo'ladi.</p></div></details>"
        "</div><div class='rate-page'><span>Ushbu sahifa foydali bo'ldimi?</span><button>Ha"
        "</button><button>Yo'q</button></div></div></main><button class='chat-open'>Onlayn "
        "yordamchi</button><footer><p>© 2026 Yagona interaktiv davlat xizmatlari portali</p>"
        "</footer>",
    ),
    (
        "Pasportni qayerda olish mumkin?",
        "migratsiya bo'limida yoki davlat xizmatlari markazida",
        "Davlat boji qancha?",
        "bazaviy hisoblash miqdorining bir baravari",
        "pasport o'n besh ish kunida tayyor bo'ladi.",
    ),
    ("Ushbu sahifa foydali bo'ldimi?", "Onlayn yordamchi", "cookie-fayllardan"),
)

# --- Kyrgyz, a bank's FAQ: questions as <details> inside an accordion, one answer a list.
PROBES.add(
    "ky_bank_faq_details_list_answer",
    "https://www.example-bank.kg/ky/faq/kartalar",
    _cms(
        "ky",
        "Карталар боюнча суроолор",
        "<div class='accordion'><details><summary><h3>Картаны кантип ачсам болот?</h3>"
        "</summary><div><p>Картаны каалаган филиалдан паспорт менен ачсаңыз болот. Карта "
        "үч жумуш күнүндө даяр болот.</p></div></details><details><summary><h3>Карта "
        "жоголсо эмне кылуу керек?</h3></summary><div><ul><li>Мобилдик тиркемеден картаны "
        "дароо бөгөттөңүз.</li><li>Колл-борборго 0000 номери аркылуу чалыңыз.</li><li>Жаңы "
        "карта үчүн филиалга кайрылыңыз.</li></ul></div></details><details><summary><h3>"
        "Картаны тейлөө канча турат?</h3></summary><div><p>Жылдык тейлөө акысы карта түрүнө "
        "жараша 300 сомдон башталат.</p></div></details></div><div class='cta-block'><p>"
        "Суроонуз калдыбы? Бизге жазыңыз</p><a href='/chat'>Чат ачуу</a></div>",
        site="Ала-Тоо Банк",
    ),
    (
        "Картаны кантип ачсам болот?",
        "Картаны каалаган филиалдан паспорт менен ачсаңыз болот.",
        "Мобилдик тиркемеден картаны дароо бөгөттөңүз.",
        "Колл-борборго 0000 номери аркылуу чалыңыз.",
        "Жылдык тейлөө акысы карта түрүнө жараша 300 сомдон башталат.",
    ),
    ("Суроонуз калдыбы? Бизге жазыңыз", "Чат ачуу", "© 2026 Ала-Тоо Банк"),
)

# --- Mongolian, a government service page: steps as an ordered list, a fee table, a
# "related services" box and an e-service login banner.
PROBES.add(
    "mn_gov_service_steps_fee_table",
    "https://www.example.gov.mn/uilchilgee/jolooch-unemleh",
    page(
        "mn",
        "Жолоочийн үнэмлэх сунгах",
        "<div class='gov-topbar'>Монгол Улсын Засгийн газрын албан ёсны цахим хуудас</div>"
        "<header><a href='/'>Тээврийн газар</a><nav><a href='/medee'>Мэдээ</a><a "
        "href='/uilchilgee'>Үйлчилгээ</a></nav></header><main class='page-main'><div "
        "class='service'><h1>Жолоочийн үнэмлэх сунгах</h1><p class='lead'>Үнэмлэхийн "
        "хугацаа дуусахаас нэг сарын өмнө сунгалт хийлгэхийг зөвлөж байна.</p><h2>Алхамууд"
        "</h2><ol><li>Эрүүл мэндийн үзлэгт хамрагдана.</li><li>Цахим системээр цаг "
        "захиална.</li><li>Үйлчилгээний төвд иргэний үнэмлэхтэйгээ ирнэ.</li></ol><h2>"
        "Төлбөр</h2><table class='table'><tr><th>Үйлчилгээ</th><th>Төлбөр</th></tr><tr><td>"
        "Үнэмлэх сунгах</td><td>15 000 ₮</td></tr><tr><td>Яаралтай олгох</td><td>30 000 ₮"
        "</td></tr></table></div><aside class='related-services'><h3>Холбоотой үйлчилгээ"
        "</h3><ul><li><a href='/u/1'>Тээврийн хэрэгсэл бүртгүүлэх</a></li><li><a "
        "href='/u/2'>Торгууль төлөх</a></li></ul></aside><div class='e-banner'><p>"
        "Үйлчилгээг E-Mongolia-аар онлайнаар авах</p></div></main><footer><p>© Тээврийн "
        "газар. Утас: 1800-0000</p></footer>",
    ),
    (
        "Эрүүл мэндийн үзлэгт хамрагдана.",
        "Цахим системээр цаг захиална.",
        "Үнэмлэх сунгах",
        "30 000 ₮",
        "Алхамууд",
    ),
    ("Тээврийн хэрэгсэл бүртгүүлэх", "албан ёсны цахим хуудас", "Утас: 1800-0000"),
)

# --- Nepali, a municipality's notice: the notice in a bordered box, then a table of ward
# offices and their dates, a "download PDF" link and a visitor counter.
PROBES.add(
    "ne_municipal_notice_ward_table",
    "https://www.example-nagarpalika.gov.np/notice/khop-karyakram",
    _cms(
        "ne",
        "खोप कार्यक्रम सम्बन्धी सूचना",
        "<div class='notice-box'><p>यस नगरपालिका भित्रका सबै पाँच वर्ष मुनिका बालबालिकालाई "
        "दादुरा रुबेला विरुद्धको खोप निःशुल्क लगाइने भएकोले सम्बन्धित सबैको जानकारीका लागि यो "
        "सूचना प्रकाशित गरिएको छ।</p><table class='table table-bordered'><thead><tr><th>वडा"
        "</th><th>स्थान</th><th>मिति</th></tr></thead><tbody><tr><td>वडा नं. १</td><td>"
        "स्वास्थ्य चौकी, बेसीसहर</td><td>माघ ५</td></tr><tr><td>वडा नं. २</td><td>सामुदायिक "
        "भवन, चिसापानी</td><td>माघ ६</td></tr></tbody></table><p>खोप लगाउन आउँदा बच्चाको "
        "खोप कार्ड अनिवार्य रूपमा ल्याउनुहोला।</p></div><div class='attachments'><a "
        "href='/files/notice.pdf'>PDF डाउनलोड गर्नुहोस्</a></div><div class='visitor'>"
        "आगन्तुक संख्या: 104233</div>",
        site="बेसीसहर नगरपालिका",
    ),
    (
        "दादुरा रुबेला विरुद्धको खोप निःशुल्क लगाइने",
        "स्वास्थ्य चौकी, बेसीसहर",
        "सामुदायिक भवन, चिसापानी",
        "खोप कार्ड अनिवार्य रूपमा ल्याउनुहोला।",
    ),
    ("PDF डाउनलोड गर्नुहोस्", "आगन्तुक संख्या", "We use cookies"),
)

# --- Dhivehi (Thaana, RTL), an island council's announcement of a public meeting with
# its agenda as a list.
PROBES.add(
    "dv_island_council_meeting_agenda",
    "https://council.example.mv/dv/announcements/2026-14",
    page(
        "dv",
        "އާންމު ބައްދަލުވުމުގެ އިޢުލާން",
        "<header class='site-header'><a href='/'>ފެހެރަށު ކައުންސިލް</a><nav><a "
        "href='/dv/news'>ޚަބަރު</a><a href='/dv/announcements'>އިޢުލާން</a></nav></header>"
        "<div class='container'><div class='main-col'><h1>އާންމު ބައްދަލުވުމުގެ އިޢުލާން</h1>"
        "<div class='meta'>ނަންބަރު: 2026/14</div><div class='announcement-body'><p>ރަށުގެ "
        "ތަރައްޤީއާ ބެހޭގޮތުން ރައްޔިތުންގެ ޚިޔާލު ހޯދުމަށް އާންމު ބައްދަލުވުމެއް ބާއްވަން "
        "ނިންމައިފިއެވެ.</p><p>ބައްދަލުވުމުގައި މަޝްވަރާކުރާނެ ކަންތައްތައް:</p><ul><li>ބަނދަރު "
        "ފުޅާކުރުމުގެ މަޝްރޫޢު</li><li>ކުނި މެނޭޖްކުރުމުގެ ނިޒާމު</li><li>ކުޅިވަރު ދަނޑު "
        "މަރާމާތުކުރުން</li></ul><p>ބައްދަލުވުން ބާއްވާނީ ހުކުރު ދުވަހު ރޭގަނޑު ކައުންސިލް "
        "އިދާރާގައެވެ.</p></div></div><div class='side-col'><h3>އެހެނިހެން އިޢުލާން</h3><a "
        "href='/dv/a/13'>ގޯތި ދޫކުރުމުގެ ލިސްޓް</a></div></div><footer><p>© 2026 ފެހެރަށު "
        "ކައުންސިލް</p></footer>",
        dir_="rtl",
    ),
    (
        "އާންމު ބައްދަލުވުމެއް ބާއްވަން",
        "ބަނދަރު ފުޅާކުރުމުގެ މަޝްރޫޢު",
        "ކުނި މެނޭޖްކުރުމުގެ ނިޒާމު",
        "ބައްދަލުވުން ބާއްވާނީ ހުކުރު ދުވަހު",
    ),
    ("ގޯތި ދޫކުރުމުގެ ލިސްޓް", "© 2026 ފެހެރަށު"),
)

# --- Telugu, a university course page: a facts table, objectives, a nested syllabus of
# units as an ordered list with sub-lists, and the department's sidebar.
PROBES.add(
    "te_university_course_units",
    "https://www.example-university.ac.in/te/courses/telugu-sahityam-101",
    page(
        "te",
        "తెలుగు సాహిత్య చరిత్ర",
        "<div class='skip'><a href='#main'>ప్రధాన విషయానికి వెళ్ళండి</a></div><header><a "
        "href='/'>విశ్వవిద్యాలయం</a><nav><a href='/admissions'>ప్రవేశాలు</a><a "
        "href='/exams'>పరీక్షలు</a></nav></header><div class='row'><main id='main' "
        "class='col-9'><h1>తెలుగు సాహిత్య చరిత్ర</h1><table class='course-facts'><tr><th>"
        "క్రెడిట్లు</th><td>4</td></tr><tr><th>సెమిస్టర్</th><td>మొదటి</td></tr></table><h2>"
        "లక్ష్యాలు</h2><p>ఈ కోర్సు నన్నయ నుండి ఆధునిక కవుల వరకు తెలుగు సాహిత్య పరిణామాన్ని "
        "పరిచయం చేస్తుంది.</p><h2>పాఠ్యాంశాలు</h2><ol><li>ప్రాచీన యుగం<ul><li>నన్నయ భారతం"
        "</li><li>తిక్కన రచనా శైలి</li></ul></li><li>ప్రబంధ యుగం<ul><li>అష్టదిగ్గజ కవులు</li>"
        "</ul></li><li>ఆధునిక యుగం<ul><li>భావకవిత్వం మరియు అభ్యుదయ కవిత్వం</li></ul></li></ol>"
        "<h2>మూల్యాంకనం</h2><p>అంతర్గత పరీక్షలకు ముప్పై మార్కులు, సెమిస్టర్ చివరి పరీక్షకు "
        "డెబ్బై మార్కులు.</p></main><aside class='col-3'><h3>విభాగం లింకులు</h3><ul><li><a "
        "href='/faculty'>అధ్యాపకులు</a></li><li><a href='/timetable'>టైమ్ టేబుల్</a></li></ul>"
        "</aside></div><footer><p>© విశ్వవిద్యాలయం · అన్ని హక్కులు ప్రత్యేకించబడ్డాయి</p>"
        "</footer>",
    ),
    (
        "నన్నయ నుండి ఆధునిక కవుల వరకు తెలుగు సాహిత్య పరిణామాన్ని",
        "నన్నయ భారతం",
        "అష్టదిగ్గజ కవులు",
        "భావకవిత్వం మరియు అభ్యుదయ కవిత్వం",
        "సెమిస్టర్ చివరి పరీక్షకు డెబ్బై మార్కులు.",
    ),
    ("ప్రధాన విషయానికి వెళ్ళండి", "టైమ్ టేబుల్", "అన్ని హక్కులు ప్రత్యేకించబడ్డాయి"),
)

# --- Malayalam, an online course's syllabus page: weeks in a definition list, an
# enrol button and an instructor card.
PROBES.add(
    "ml_online_course_weeks_dl",
    "https://padanam.example.in/course/malayalam-vyakaranam",
    page(
        "ml",
        "മലയാള വ്യാകരണം: അടിസ്ഥാന കോഴ്സ്",
        "<div class='announcement-bar'>പുതിയ ബാച്ച് ജനുവരിയിൽ ആരംഭിക്കുന്നു!</div><nav "
        "class='navbar'><a href='/'>പഠനം</a><a href='/courses'>കോഴ്സുകൾ</a><a "
        "href='/login'>ലോഗിൻ</a></nav><div class='course-hero'><h1>മലയാള വ്യാകരണം: "
        "അടിസ്ഥാന കോഴ്സ്</h1><a class='btn btn-enroll' href='/enroll'>ഇപ്പോൾ ചേരുക</a>"
        "</div><div class='course-body'><section class='about'><h2>ഈ കോഴ്സിനെക്കുറിച്ച്</h2>"
        "<p>സന്ധി, സമാസം, വിഭക്തി എന്നിവ ലളിതമായ ഉദാഹരണങ്ങളിലൂടെ പഠിപ്പിക്കുന്ന ആറ് ആഴ്ചത്തെ "
        "കോഴ്സാണിത്.</p></section><section class='syllabus'><h2>പാഠ്യപദ്ധതി</h2><dl><dt>"
        "ഒന്നാം ആഴ്ച</dt><dd>അക്ഷരമാലയും ഉച്ചാരണവും</dd><dt>രണ്ടാം ആഴ്ച</dt><dd>സന്ധി "
        "നിയമങ്ങൾ</dd><dt>മൂന്നാം ആഴ്ച</dt><dd>സമാസങ്ങളും അവയുടെ തരങ്ങളും</dd></dl>"
        "</section><div class='instructor-card'><img src='/t.jpg' alt=''><h4>അധ്യാപിക</h4>"
        "<p>ഡോ. ലക്ഷ്മി മേനോൻ, ഇരുപത് വർഷത്തെ അധ്യാപന പരിചയം</p></div></div><footer><a "
        "href='/terms'>നിബന്ധനകൾ</a> <a href='/privacy'>സ്വകാര്യതാ നയം</a></footer>",
    ),
    (
        "സന്ധി, സമാസം, വിഭക്തി എന്നിവ ലളിതമായ ഉദാഹരണങ്ങളിലൂടെ",
        "അക്ഷരമാലയും ഉച്ചാരണവും",
        "സന്ധി നിയമങ്ങൾ",
        "സമാസങ്ങളും അവയുടെ തരങ്ങളും",
    ),
    ("പുതിയ ബാച്ച് ജനുവരിയിൽ ആരംഭിക്കുന്നു", "ഇപ്പോൾ ചേരുക", "സ്വകാര്യതാ നയം"),
)

# --- Pashto (RTL), a science blog post: a formula in <pre>, a figure with its caption,
# then more prose; tags, a newsletter box and related posts after it.
PROBES.add(
    "ps_science_blog_pre_formula_figure",
    "https://poha.example.af/2026/02/da-ranra-sor-ati",
    page(
        "ps",
        "د رڼا سرعت څنګه اندازه شو؟",
        "<header class='blog-header'><a href='/'>پوهه بلاګ</a><nav><a href='/fizik'>فزیک</a>"
        "<a href='/kimia'>کیمیا</a></nav></header><main><article class='post-content'><h1>"
        "د رڼا سرعت څنګه اندازه شو؟</h1><div class='post-meta'><span>لیکوال: احمد ولي</span>"
        " · <span>۵ دقیقې لوستل</span></div><div class='post-body'><p>د رڼا سرعت د طبیعت "
        "یو له مهمو ثابتو شمیرو څخه دی او پوهانو پېړۍ پېړۍ د هغې د اندازه کولو هڅه کړې ده."
        "</p><p>که چېرې رڼا یو واټن په یوه ټاکلي وخت کې ووهي، سرعت یې په دې ډول حسابېږي:</p>"
        "<pre class='formula'>c = d / t\nc ≈ 299 792 km/s</pre><figure><img "
        "src='/img/mirror.png' alt='آینه او څرخ'><figcaption>شکل ۱: د غاښ لرونکي څرخ تجربه "
        "چې د رڼا سرعت یې اندازه کړ.</figcaption></figure><p>نن ورځ د لیزر او اټومي "
        "ساعتونو په مرسته دا شمېره په ډېر دقت سره پېژندل شوې ده.</p></div><div "
        "class='post-tags'>ټګونه: <a href='/t/1'>فزیک</a> <a href='/t/2'>رڼا</a></div>"
        "</article><div class='subscribe-box'><h3>زموږ خبرپاڼې ته غړیتوب واخلئ</h3><form>"
        "<input type='email'></form></div><section class='related-posts'><h3>اړوند لیکنې"
        "</h3><a href='/p/1'>تور سوري څه دي؟</a> <a href='/p/2'>د ځمکې جاذبه</a></section>"
        "</main><footer><p>© ۲۰۲۶ پوهه بلاګ</p></footer>",
        dir_="rtl",
    ),
    (
        "د رڼا سرعت د طبیعت یو له مهمو ثابتو شمیرو څخه دی",
        "c = d / t",
        "c ≈ 299 792 km/s",
        "د لیزر او اټومي ساعتونو په مرسته",
    ),
    ("زموږ خبرپاڼې ته غړیتوب واخلئ", "تور سوري څه دي؟", "۵ دقیقې لوستل"),
)

# --- Sorani Kurdish (RTL), a science explainer on a Ghost blog: a formula as MathML-free
# <pre><code>, a figure, an <h2> section after it; a members' sign-up after the text.
PROBES.add(
    "ckb_ghost_explainer_code_formula_sections",
    "https://zanist.example.krd/pestani-hewa/",
    page(
        "ckb",
        "پەستانی هەوا و بەرزی",
        "<div class='site-wrapper'><header class='gh-head'><a class='gh-head-logo' "
        "href='/'>زانست</a><nav class='gh-head-menu'><a href='/'>سەرەکی</a><a "
        "href='/about/'>دەربارە</a></nav><a class='gh-head-btn' href='#/portal/signup'>"
        "بەشداربە</a></header><main class='gh-main'><article class='gh-article post'><header "
        "class='gh-article-header'><h1 class='gh-article-title'>پەستانی هەوا و بەرزی</h1>"
        "</header><section class='gh-content gh-canvas'><p>هەرچەند بەرزتر بچینە سەرەوە، "
        "پەستانی هەوا کەمتر دەبێتەوە، چونکە چینی هەوای سەرمان تەنکتر دەبێت.</p><pre><code>"
        "P(h) = P0 · e^(-h/H)\nH ≈ 8.4 km</code></pre><figure class='kg-card kg-image-card "
        "kg-card-hascaption'><img src='/content/images/chart.png' alt=''><figcaption>"
        "پەستان بە پێی بەرزی لە ئاستی دەریاوە تا دوازدە کیلۆمەتر</figcaption></figure><h2>"
        "بۆچی گوێمان دەتەقێت؟</h2><p>کاتێک فڕۆکە بەرز دەبێتەوە، پەستانی ناو گوێ لەگەڵ "
        "دەرەوە جیاواز دەبێت تا قووت دانمان هاوسەنگی دەکاتەوە.</p></section></article><section "
        "class='gh-cta'><h2>ئەم بابەتە بۆ ئەندامانە</h2><a href='#/portal/signup'>بەخۆڕایی "
        "ببە بە ئەندام</a></section><section class='gh-read-next'><h3>زیاتر بخوێنەوە</h3><a "
        "href='/ba/'>بۆچی ئاسمان شینە؟</a></section></main><footer class='gh-foot'><p>زانست "
        "© 2026 · Powered by Ghost</p></footer></div>",
        dir_="rtl",
    ),
    (
        "پەستانی هەوا کەمتر دەبێتەوە",
        "P(h) = P0 · e^(-h/H)",
        "بۆچی گوێمان دەتەقێت؟",
        "تا قووت دانمان هاوسەنگی دەکاتەوە.",
    ),
    ("بەخۆڕایی ببە بە ئەندام", "بۆچی ئاسمان شینە؟", "Powered by Ghost"),
)

# --- Kannada, a science blog post on Blogger: the formula in a <pre>, the figure in
# Blogger's caption table, a second figure-less section.
PROBES.add(
    "kn_blogger_science_pre_caption_table",
    "https://vijnana.example.blogspot.com/2026/04/sarala-lolaka.html",
    page(
        "kn",
        "ಸರಳ ಲೋಲಕದ ಆವರ್ತಕಾಲ",
        "<div class='navbar section'><div class='widget Navbar'></div></div><div "
        "class='header-outer'><h1 class='title'><a href='/'>ವಿಜ್ಞಾನ ಲೋಕ</a></h1></div><div "
        "class='main-inner'><div class='date-outer'><h2 class='date-header'><span>ಶುಕ್ರವಾರ, "
        "ಏಪ್ರಿಲ್ 10, 2026</span></h2><div class='post-outer'><div class='post hentry'><h3 "
        "class='post-title entry-title'>ಸರಳ ಲೋಲಕದ ಆವರ್ತಕಾಲ</h3><div class='post-body "
        "entry-content' id='post-body-1'>ಗಡಿಯಾರದ ಲೋಲಕವು ಒಂದು ಬಾರಿ ಹೋಗಿ ಬರಲು ತೆಗೆದುಕೊಳ್ಳುವ "
        "ಸಮಯವನ್ನು ಆವರ್ತಕಾಲ ಎನ್ನುತ್ತಾರೆ.<br><br>ಅದರ ಸೂತ್ರ ಹೀಗಿದೆ:<br><pre>T = 2π √(L / g)"
        "</pre><table class='tr-caption-container'><tbody><tr><td><img src='/l.png'></td>"
        "</tr><tr><td class='tr-caption'>ಚಿತ್ರ: ಒಂದು ಮೀಟರ್ ಉದ್ದದ ಲೋಲಕದ ಚಲನೆ</td></tr>"
        "</tbody></table>ಲೋಲಕದ ಉದ್ದ ನಾಲ್ಕು ಪಟ್ಟು ಹೆಚ್ಚಾದರೆ ಆವರ್ತಕಾಲ ಎರಡು ಪಟ್ಟು "
        "ಹೆಚ್ಚಾಗುತ್ತದೆ.<br><br>ಮನೆಯಲ್ಲೇ ದಾರ ಮತ್ತು ಕಲ್ಲಿನಿಂದ ಈ ಪ್ರಯೋಗ ಮಾಡಿ ನೋಡಿ.</div><div "
        "class='post-footer'><span class='post-author vcard'>ಇವರಿಂದ ಪೋಸ್ಟ್ ಮಾಡಲಾಗಿದೆ ರವಿ "
        "ಶಂಕರ್</span><span class='post-labels'>ಲೇಬಲ್‌ಗಳು: <a href='/l/1'>ಭೌತಶಾಸ್ತ್ರ</a></span>"
        "</div></div><div class='comments'><h4>2 ಕಾಮೆಂಟ್‌ಗಳು:</h4><p>ತುಂಬಾ ಚೆನ್ನಾಗಿ "
        "ವಿವರಿಸಿದ್ದೀರಿ ಸರ್</p><p class='comment-footer'><a href='#'>ಕಾಮೆಂಟ್‌ ಪೋಸ್ಟ್‌ ಮಾಡಿ</a>"
        "</p></div></div></div></div><div class='sidebar'><h2>ಜನಪ್ರಿಯ ಪೋಸ್ಟ್‌ಗಳು</h2><a "
        "href='/x'>ಮಳೆಬಿಲ್ಲು ಹೇಗೆ ಮೂಡುತ್ತದೆ</a></div>",
    ),
    (
        "ಸಮಯವನ್ನು ಆವರ್ತಕಾಲ ಎನ್ನುತ್ತಾರೆ.",
        "T = 2π √(L / g)",
        "ಆವರ್ತಕಾಲ ಎರಡು ಪಟ್ಟು ಹೆಚ್ಚಾಗುತ್ತದೆ.",
        "ಮನೆಯಲ್ಲೇ ದಾರ ಮತ್ತು ಕಲ್ಲಿನಿಂದ ಈ ಪ್ರಯೋಗ ಮಾಡಿ ನೋಡಿ.",
    ),
    ("ತುಂಬಾ ಚೆನ್ನಾಗಿ ವಿವರಿಸಿದ್ದೀರಿ", "ಮಳೆಬಿಲ್ಲು ಹೇಗೆ ಮೂಡುತ್ತದೆ", "ಕಾಮೆಂಟ್‌ ಪೋಸ್ಟ್‌ ಮಾಡಿ"),
)

# --- Azerbaijani, a municipality's minutes: attendance, numbered agenda items each with
# its decision, a vote table; a print link and "other minutes" after it.
PROBES.add(
    "az_municipal_minutes_votes_table",
    "https://www.example-belediyye.az/protokollar/2026-03",
    _cms(
        "az",
        "Bələdiyyə iclasının protokolu № 3",
        "<p>İclasda bələdiyyənin doqquz üzvündən yeddisi iştirak edirdi. İclası sədr Səbinə "
        "Əliyeva açdı.</p><h3>Gündəlik</h3><ol><li><strong>Yerli yolların təmiri haqqında."
        "</strong> Qərara alındı: Çay küçəsinin təmiri üçün 40 min manat ayrılsın.</li><li>"
        "<strong>Uşaq meydançası haqqında.</strong> Qərara alındı: məsələ növbəti iclasa "
        "keçirilsin.</li></ol><h3>Səsvermənin nəticələri</h3><table><tr><th>Məsələ</th><th>"
        "Lehinə</th><th>Əleyhinə</th></tr><tr><td>Yolların təmiri</td><td>6</td><td>1</td>"
        "</tr><tr><td>Uşaq meydançası</td><td>7</td><td>0</td></tr></table><div "
        "class='print-link'><a href='#' onclick='window.print()'>Çap et</a></div><div "
        "class='other-minutes'><h4>Digər protokollar</h4><ul><li><a href='/p/2'>Protokol "
        "№ 2 (fevral)</a></li></ul></div>",
        site="Qəbələ bələdiyyəsi",
    ),
    (
        "doqquz üzvündən yeddisi iştirak edirdi",
        "Çay küçəsinin təmiri üçün 40 min manat ayrılsın.",
        "məsələ növbəti iclasa keçirilsin.",
        "Səsvermənin nəticələri",
        "Yolların təmiri",
    ),
    ("Çap et", "Protokol № 2 (fevral)", "We use cookies"),
)

# --- Welsh, a community council's minutes in a bare site-builder page: items as <h3>
# with paragraphs, apologies as a line; a bilingual footer.
PROBES.add(
    "cy_community_council_minutes",
    "https://www.cyngor-cymuned.example.cymru/cofnodion/mawrth-2026",
    page(
        "cy",
        "Cofnodion cyfarfod Mawrth 2026",
        "<div id='wsite-header'><a href='/'>Cyngor Cymuned Llanfair Isaf</a><ul "
        "class='wsite-menu-default'><li><a href='/cofnodion'>Cofnodion</a></li><li><a "
        "href='/cysylltu'>Cysylltu</a></li></ul></div><div id='wsite-content' "
        "class='wsite-elements'><h2 class='wsite-content-title'>Cofnodion cyfarfod Mawrth "
        "2026</h2><div class='paragraph'>Yn bresennol: y Cynghorwyr Elin Rhys (Cadeirydd), "
        "Dafydd Morgan, Siân Pugh a Gwyn Ellis.<br>Ymddiheuriadau: y Cynghorydd Huw Jones."
        "</div><h3 class='wsite-content-title'>1. Llwybrau cyhoeddus</h3><div "
        "class='paragraph'>Adroddwyd bod y gamfa ger Fferm y Wern wedi torri. Penderfynwyd "
        "gofyn i'r Cyngor Sir ei thrwsio cyn yr haf.</div><h3 class='wsite-content-title'>"
        "2. Cyllid</h3><div class='paragraph'>Cymeradwywyd taliad o £240 am dorri gwair y "
        "fynwent.</div></div><div id='wsite-footer'><div class='paragraph'>Clerc: "
        "clerc@example.cymru · Hawlfraint © 2026</div><div class='weebly-footer'>Powered by "
        "Weebly</div></div>",
    ),
    (
        "Yn bresennol: y Cynghorwyr Elin Rhys",
        "1. Llwybrau cyhoeddus",
        "Penderfynwyd gofyn i'r Cyngor Sir ei thrwsio cyn yr haf.",
        "Cymeradwywyd taliad o £240 am dorri gwair y fynwent.",
    ),
    ("Powered by Weebly", "clerc@example.cymru", "Cysylltu"),
)

# --- Estonian, a rural municipality's council minutes as a table of points (number,
# question, decision) in a layout table.
PROBES.add(
    "et_council_minutes_decision_table",
    "https://www.example-vald.ee/volikogu/protokoll-5-2026",
    page(
        "et",
        "Volikogu istungi protokoll nr 5",
        "<div class='header'><a href='/'>Metsaküla vald</a><ul class='menu'><li><a "
        "href='/volikogu'>Volikogu</a></li><li><a href='/teenused'>Teenused</a></li></ul>"
        "</div><div class='breadcrumbs'><a href='/'>Avaleht</a> › <a href='/volikogu'>"
        "Volikogu</a></div><div class='content'><h1>Volikogu istungi protokoll nr 5</h1><p>"
        "Istung toimus vallamajas 12. mail kell 16.00. Kohal oli 11 volikogu liiget 13-st."
        "</p><table class='protocol'><thead><tr><th>Nr</th><th>Päevakorrapunkt</th><th>"
        "Otsus</th></tr></thead><tbody><tr><td>1</td><td>Kooli katuse remont</td><td>Kinnitati"
        " hange summas 85 000 eurot</td></tr><tr><td>2</td><td>Bussiliini muutmine</td><td>"
        "Saadeti tagasi komisjoni</td></tr><tr><td>3</td><td>Raamatukogu lahtiolekuajad</td>"
        "<td>Kinnitati laupäevane lahtiolek</td></tr></tbody></table><p>Protokollis: Mari "
        "Tamm, volikogu sekretär.</p></div><div class='sidebar'><h3>Kiirlingid</h3><a "
        "href='/dokumendiregister'>Dokumendiregister</a></div><div class='footer'>Metsaküla "
        "Vallavalitsus · Tel 600 0000 · Kõik õigused kaitstud</div>",
    ),
    (
        "Kohal oli 11 volikogu liiget 13-st.",
        "Kooli katuse remont",
        "Kinnitati hange summas 85 000 eurot",
        "Saadeti tagasi komisjoni",
        "Kinnitati laupäevane lahtiolek",
    ),
    ("Dokumendiregister", "Kõik õigused kaitstud", "Kiirlingid"),
)

# --- Albanian, a football club's match report: a score table, goal scorers as a list,
# the report's paragraphs; tickets banner, sponsor strip and next fixtures.
PROBES.add(
    "sq_club_match_report_score_table",
    "https://www.example-klubi.al/lajme/fitore-ne-shtepi",
    page(
        "sq",
        "Fitore e thellë në shtëpi",
        "<div class='tickets-banner'><a href='/bileta'>Blej biletat për ndeshjen e radhës"
        "</a></div><header class='club-header'><a href='/'>KF Lumi Blu</a><nav><a "
        "href='/ekipi'>Ekipi</a><a href='/lajme'>Lajme</a><a href='/dyqani'>Dyqani</a></nav>"
        "</header><main><article class='match-report'><h1>Fitore e thellë në shtëpi</h1>"
        "<table class='scoreboard'><tr><th>KF Lumi Blu</th><td>3</td><td>–</td><td>1</td>"
        "<th>KS Malësia</th></tr></table><ul class='scorers'><li>12' Arben Hoxha</li><li>"
        "40' Dritan Kola</li><li>67' Arben Hoxha</li></ul><div class='report-text'><p>Skuadra"
        " jonë dominoi ndeshjen që në minutat e para dhe shënoi herët me një goditje me "
        "kokë.</p><p>Mysafirët e ngushtuan rezultatin pas pushimit, por Hoxha vulosi "
        "fitoren me golin e tij të dytë.</p><p>Trajneri tha pas ndeshjes se ekipi luajti "
        "me kurajo dhe disiplinë.</p></div></article><section class='next-fixtures'><h3>"
        "Ndeshjet e ardhshme</h3><ul><li>KS Fusha – KF Lumi Blu, e shtunë 18:00</li></ul>"
        "</section><div class='sponsors'><span>Sponsorët tanë</span><img src='/s1.png' "
        "alt='Banka Alfa'></div></main><footer><p>© 2026 KF Lumi Blu. Të gjitha të drejtat "
        "e rezervuara.</p></footer>",
    ),
    (
        "Skuadra jonë dominoi ndeshjen që në minutat e para",
        "Hoxha vulosi fitoren me golin e tij të dytë.",
        "Trajneri tha pas ndeshjes se ekipi luajti me kurajo",
        "12' Arben Hoxha",
    ),
    ("Blej biletat për ndeshjen e radhës", "KS Fusha – KF Lumi Blu", "Sponsorët tanë"),
)

# --- Afrikaans, a rugby club's match report with a points table (tries, conversions)
# inside the text, then a gallery link and a sponsor line.
PROBES.add(
    "af_rugby_match_report_points_table",
    "https://www.example-rugbyklub.co.za/nuus/derby-oorwinning",
    _cms(
        "af",
        "Derby-oorwinning op eie veld",
        "<p>Die eerste span het Saterdag hul bure met 27–18 geklop in 'n wedstryd wat tot "
        "die laaste fluitjie spannend was.</p><table class='points'><caption>Puntetelling"
        "</caption><tr><th></th><th>Drieë</th><th>Doelskoppe</th><th>Strafskoppe</th>"
        "<th>Totaal</th></tr><tr><td>Bergrivier</td><td>3</td><td>3</td><td>2</td><td>27"
        "</td></tr><tr><td>Vlakteveld</td><td>2</td><td>1</td><td>2</td><td>18</td></tr>"
        "</table><p>Die losvoorspeler Pieter Nel is as speler van die wedstryd aangewys na "
        "twee drieë in die tweede helfte.</p><p>Volgende week speel die span weg teen "
        "Kloofsig.</p><div class='gallery-link'><a href='/foto'>Sien al die foto's van die "
        "wedstryd</a></div><p class='sponsor-line'>Ons wedstryddag word geborg deur "
        "Slaghuis Venter.</p>",
        site="Bergrivier Rugbyklub",
    ),
    (
        "hul bure met 27–18 geklop",
        "Puntetelling",
        "Vlakteveld",
        "speler van die wedstryd aangewys na twee drieë",
        "Volgende week speel die span weg teen Kloofsig.",
    ),
    ("Sien al die foto's van die wedstryd", "We use cookies"),
)

# --- Basque, a README rendered on a code host (Gitea-like): headings, install commands in
# <pre>, a usage table; the repository's file list and a star button around it.
PROBES.add(
    "eu_gitea_readme_rendered",
    "https://git.example.eus/lagunak/hiztegia",
    page(
        "eu",
        "lagunak/hiztegia: Euskara hiztegi txiki bat terminalerako",
        "<div class='full height'><div class='ui top secondary menu'><a href='/'>Gitea</a><a "
        "href='/explore'>Arakatu</a><a href='/user/login'>Hasi saioa</a></div><div "
        "class='repository file list'><div class='repo-header'><a href='/lagunak'>lagunak"
        "</a> / <a href='/lagunak/hiztegia'>hiztegia</a><a class='ui button' href='#'>"
        "Izarra 42</a><a class='ui button' href='#'>Sardexka 3</a></div><table "
        "id='repo-files-table'><tr><td><a href='/src/docs'>docs</a></td><td>Dokumentazioa "
        "eguneratu</td><td>duela 3 egun</td></tr><tr><td><a href='/src/main.py'>main.py</a>"
        "</td><td>Bilaketa azkarragoa</td><td>duela aste bat</td></tr></table><div "
        "id='readme' class='file segment'><h4 class='file-header'>README.md</h4><div "
        "class='markup markdown'><h1>hiztegia</h1><p>Euskara-gaztelania hiztegi txiki bat, "
        "terminaletik hitzak bilatzeko.</p><h2>Instalazioa</h2><pre><code>pip install "
        "hiztegia\nhiztegia --eguneratu</code></pre><h2>Erabilera</h2><table><thead><tr>"
        "<th>Agindua</th><th>Zer egiten du</th></tr></thead><tbody><tr><td><code>hiztegia "
        "etxe</code></td><td>Hitzaren itzulpena erakusten du</td></tr><tr><td><code>hiztegia "
        "-a</code></td><td>Ausazko hitz bat erakusten du</td></tr></tbody></table><h2>"
        "Lizentzia</h2><p>MIT lizentziapean argitaratua.</p></div></div></div></div><footer "
        "class='page-footer'><a href='https://about.gitea.com'>Gitea-k bultzatua</a> "
        "Orria: 12ms</footer>",
    ),
    (
        "Euskara-gaztelania hiztegi txiki bat, terminaletik hitzak bilatzeko.",
        "pip install hiztegia",
        "Hitzaren itzulpena erakusten du",
        "Ausazko hitz bat erakusten du",
        "MIT lizentziapean argitaratua.",
    ),
    ("Bilaketa azkarragoa", "Gitea-k bultzatua", "Dokumentazioa eguneratu"),
)

# --- Gujarati, a podcast episode page: a short description, then the transcript as
# speaker turns in <p><strong>; a player, subscribe links and other episodes.
PROBES.add(
    "gu_podcast_episode_transcript_turns",
    "https://vaat.example.in/episodes/42-khedut-ane-varsad",
    page(
        "gu",
        "એપિસોડ 42: ખેડૂત અને વરસાદ",
        "<header><a href='/'>વાત પોડકાસ્ટ</a><nav><a href='/episodes'>એપિસોડ</a><a "
        "href='/about'>અમારા વિશે</a></nav></header><main class='episode'><h1>એપિસોડ 42: "
        "ખેડૂત અને વરસાદ</h1><div class='player'><audio controls src='/a/42.mp3'></audio>"
        "<span>00:00 / 32:15</span></div><div class='subscribe'>સાંભળો: <a href='#'>Spotify"
        "</a> <a href='#'>Apple Podcasts</a></div><div class='description'><p>આ એપિસોડમાં "
        "અમે સૌરાષ્ટ્રના એક ખેડૂત સાથે ઓછા વરસાદમાં ખેતી વિશે વાત કરીએ છીએ.</p></div><h2>"
        "ટ્રાન્સક્રિપ્ટ</h2><div class='transcript'><p><strong>નીતા:</strong> આ વર્ષે "
        "વરસાદ મોડો આવ્યો, તમે વાવણી ક્યારે કરી?</p><p><strong>ભરતભાઈ:</strong> અમે "
        "પહેલા વરસાદની રાહ જોઈ અને પછી મગફળીને બદલે બાજરી વાવી.</p><p><strong>નીતા:"
        "</strong> ટપક સિંચાઈથી કેટલો ફરક પડ્યો?</p><p><strong>ભરતભાઈ:</strong> પાણી "
        "અડધું વપરાય છે અને પાક પણ સારો થાય છે.</p></div><section class='more-episodes'>"
        "<h3>બીજા એપિસોડ</h3><ul><li><a href='/episodes/41'>એપિસોડ 41: ગામની શાળા</a>"
        "</li></ul></section></main><footer><p>© 2026 વાત પોડકાસ્ટ</p></footer>",
    ),
    (
        "ઓછા વરસાદમાં ખેતી વિશે વાત કરીએ છીએ.",
        "આ વર્ષે વરસાદ મોડો આવ્યો, તમે વાવણી ક્યારે કરી?",
        "મગફળીને બદલે બાજરી વાવી.",
        "પાણી અડધું વપરાય છે અને પાક પણ સારો થાય છે.",
    ),
    ("એપિસોડ 41: ગામની શાળા", "Apple Podcasts", "00:00 / 32:15"),
)

# --- Marathi, a video lecture page: the summary, then a time-coded transcript as a
# list, chapter chips and a comments prompt.
PROBES.add(
    "mr_video_lecture_timecoded_transcript",
    "https://shikshan.example.in/video/itihas-shivkal",
    page(
        "mr",
        "शिवकालीन किल्ले: व्याख्यान",
        "<div class='cookie-consent'>ही वेबसाइट कुकीज वापरते. <button>मान्य</button></div>"
        "<header class='top'><a href='/'>शिक्षण वाहिनी</a><input placeholder='शोधा'></header>"
        "<div class='video-page'><div class='video-wrap'><iframe src='https://video.example"
        ".com/embed/xyz'></iframe></div><h1>शिवकालीन किल्ले: व्याख्यान</h1><div "
        "class='views'>१२,४०० वेळा पाहिले · ३ आठवड्यांपूर्वी</div><div class='summary'><p>"
        "सह्याद्रीतील किल्ल्यांची रचना, पाणीपुरवठा आणि संरक्षण व्यवस्था यांचा आढावा या "
        "व्याख्यानात घेतला आहे.</p></div><h2>लिखित प्रत</h2><ul class='transcript'><li><span "
        "class='ts'>00:12</span> किल्ल्यावर पाण्याची टाकी खडकात खोदलेली असे.</li><li><span "
        "class='ts'>03:40</span> दरवाजे वळणदार बांधले जात, म्हणजे शत्रूला वेग घेता येत "
        "नसे.</li><li><span class='ts'>07:05</span> माचीवर शेती आणि गुरांसाठी जागा ठेवली "
        "जाई.</li></ul><div class='comments-prompt'><p>तुमचे मत खाली लिहा</p><textarea>"
        "</textarea></div><div class='up-next'><h3>पुढील व्हिडिओ</h3><a href='/v/2'>"
        "सागरी किल्ले आणि आरमार</a></div></div><footer>© शिक्षण वाहिनी</footer>",
    ),
    (
        "सह्याद्रीतील किल्ल्यांची रचना, पाणीपुरवठा आणि संरक्षण व्यवस्था",
        "किल्ल्यावर पाण्याची टाकी खडकात खोदलेली असे.",
        "दरवाजे वळणदार बांधले जात",
        "माचीवर शेती आणि गुरांसाठी जागा ठेवली जाई.",
    ),
    ("सागरी किल्ले आणि आरमार", "ही वेबसाइट कुकीज वापरते", "तुमचे मत खाली लिहा"),
)

# --- Somali, an NGO's field update: a table of aid distributed per district, a quote,
# a "donate" block and a partners' logo strip.
PROBES.add(
    "so_ngo_update_distribution_table",
    "https://www.example-ngo.so/so/warbixin/gargaar-biyo",
    page(
        "so",
        "Warbixin: qaybinta biyaha iyo cuntada",
        "<header class='ngo-header'><a href='/so'>Hay'adda Samafal</a><nav><a "
        "href='/so/mashaariic'>Mashaariicda</a><a href='/so/deeq'>Deeq bixi</a></nav>"
        "</header><main><div class='entry'><h1>Warbixin: qaybinta biyaha iyo cuntada</h1>"
        "<p class='dateline'>Garoowe, 4 Maarso 2026</p><p>Kooxahayagu waxay bishii hore "
        "biyo iyo cunto u qaybiyeen qoysaska ay abaartu saamaysay.</p><table><thead><tr><th>"
        "Degmada</th><th>Qoysaska</th><th>Biyo (litir)</th></tr></thead><tbody><tr><td>"
        "Burtinle</td><td>1,200</td><td>360,000</td></tr><tr><td>Eyl</td><td>850</td><td>"
        "255,000</td></tr></tbody></table><blockquote><p>Biyaha waxay noo yimaadeen "
        "xilli xoolaheenna ay dhimanayeen.</p></blockquote><p>Mashruucu wuxuu socon doonaa "
        "ilaa dhammaadka xagaaga.</p></div><div class='donate-box'><h3>Naga caawi</h3><p>"
        "$10 waxay siinaysaa qoys biyo toddobaad ah.</p><a href='/so/deeq'>Deeq bixi</a>"
        "</div><div class='partners'><span>La-hawlgalayaasha</span><img alt='partner'>"
        "</div></main><footer><p>© Hay'adda Samafal · Dhammaan xuquuqda way xifdisan yihiin"
        "</p></footer>",
    ),
    (
        "biyo iyo cunto u qaybiyeen qoysaska ay abaartu saamaysay.",
        "Burtinle",
        "360,000",
        "Biyaha waxay noo yimaadeen xilli xoolaheenna ay dhimanayeen.",
        "Mashruucu wuxuu socon doonaa ilaa dhammaadka xagaaga.",
    ),
    ("$10 waxay siinaysaa qoys biyo toddobaad ah.", "La-hawlgalayaasha", "Dhammaan xuquuqda"),
)

# --- Hausa, a youth association's announcement of a training with its requirements as a
# list; a WhatsApp share row and a "recent posts" widget.
PROBES.add(
    "ha_association_training_requirements",
    "https://matasa.example.ng/sanarwa/horon-kwamfuta",
    page(
        "ha",
        "Sanarwa: horon kwamfuta kyauta",
        "<div class='topbar'>Barka da zuwa shafin Ƙungiyar Matasa</div><header><a "
        "href='/'>Ƙungiyar Matasa ta Kano</a><ul class='nav'><li><a href='/'>Gida</a></li>"
        "<li><a href='/sanarwa'>Sanarwa</a></li></ul></header><div class='wrap'><article "
        "class='post'><h1>Sanarwa: horon kwamfuta kyauta</h1><div class='entry-content'><p>"
        "Ƙungiyar tana sanar da matasa cewa za a fara horon kwamfuta na makonni shida a "
        "cibiyar matasa daga watan gobe.</p><p><b>Abubuwan da ake bukata:</b></p><ul><li>"
        "Shekaru tsakanin 16 zuwa 30</li><li>Takardar shaidar kammala sakandare</li><li>"
        "Hoton fasfo guda biyu</li></ul><p>Za a rufe rajista ranar Juma'a mai zuwa.</p></div>"
        "<div class='share-row'>Raba: <a href='#'>WhatsApp</a> <a href='#'>Facebook</a>"
        "</div></article><aside class='widget'><h3>Sabbin rubuce-rubuce</h3><ul><li><a "
        "href='/s/1'>Gasar ƙwallon ƙafa ta matasa</a></li></ul></aside></div><footer>"
        "Haƙƙin mallaka © 2026</footer>",
    ),
    (
        "za a fara horon kwamfuta na makonni shida",
        "Abubuwan da ake bukata:",
        "Takardar shaidar kammala sakandare",
        "Hoton fasfo guda biyu",
        "Za a rufe rajista ranar Juma'a mai zuwa.",
    ),
    ("Gasar ƙwallon ƙafa ta matasa", "Barka da zuwa shafin", "Raba:"),
)

# --- Maltese, a parish bulletin: the week's Mass times as a table by day, notices as
# paragraphs with bold openings; a Facebook feed box and a weather widget.
PROBES.add(
    "mt_parish_bulletin_mass_times",
    "https://www.example-parrocca.mt/avviżi/il-gimgha-din",
    page(
        "mt",
        "Avviżi tal-ġimgħa",
        "<header><a href='/'>Parroċċa San Ġużepp</a><nav><a href='/quddies'>Quddies</a><a "
        "href='/avvizi'>Avviżi</a></nav></header><div class='weather-widget'>Il-Belt: 18°C"
        "</div><main><h1>Avviżi tal-ġimgħa</h1><table class='quddies'><tr><th>Jum</th><th>"
        "Ħin</th></tr><tr><td>Il-Ħadd</td><td>7.00, 9.00, 11.00</td></tr><tr><td>Mit-Tnejn "
        "sal-Ġimgħa</td><td>6.30, 18.00</td></tr></table><p><strong>Katekiżmu:</strong> "
        "il-lezzjonijiet jerġgħu jibdew nhar l-Erbgħa wara n-nofsinhar.</p><p><strong>Ġabra"
        ":</strong> il-ġabra tal-Ħadd li għadda laħqet €1,250 għall-bejt tal-knisja.</p>"
        "</main><aside class='fb-feed'><h3>Segwina fuq Facebook</h3><div "
        "class='fb-page'></div></aside><footer>© Parroċċa San Ġużepp · Politika tal-"
        "privatezza</footer>",
    ),
    (
        "Mit-Tnejn sal-Ġimgħa",
        "6.30, 18.00",
        "il-lezzjonijiet jerġgħu jibdew nhar l-Erbgħa",
        "laħqet €1,250 għall-bejt tal-knisja.",
    ),
    ("Segwina fuq Facebook", "Il-Belt: 18°C", "Politika tal-privatezza"),
)

# --- Macedonian, a product comparison review: two phones in a spec table, pros and cons
# as lists, a verdict; price widgets, affiliate buttons and comments around it.
PROBES.add(
    "mk_phone_comparison_spec_table",
    "https://tehno.example.mk/sporedba/dva-telefoni",
    page(
        "mk",
        "Споредба: Орка 5 против Вега 12",
        "<div class='ad-top'>Реклама</div><header><a href='/'>Техно Преглед</a><nav><a "
        "href='/telefoni'>Телефони</a><a href='/laptopi'>Лаптопи</a></nav></header><main>"
        "<article class='review'><h1>Споредба: Орка 5 против Вега 12</h1><div "
        "class='review-body'><p>Двата телефона чинат речиси исто, но се разликуваат по "
        "камерата и батеријата.</p><table class='spec-compare'><thead><tr><th></th><th>Орка "
        "5</th><th>Вега 12</th></tr></thead><tbody><tr><td>Екран</td><td>6,1 инчи</td><td>"
        "6,7 инчи</td></tr><tr><td>Батерија</td><td>4000 mAh</td><td>5500 mAh</td></tr><tr>"
        "<td>Тежина</td><td>172 г</td><td>205 г</td></tr></tbody></table><h2>Предности и "
        "недостатоци</h2><ul class='pros'><li>Орка 5: полесен и подобра камера ноќе</li>"
        "</ul><ul class='cons'><li>Вега 12: тежок за една рака</li></ul><h2>Заклучок</h2>"
        "<p>Ако често патувате, батеријата на Вега 12 ќе ви значи повеќе од камерата.</p>"
        "</div><div class='price-widget'><h4>Најниски цени</h4><a href='/go/1'>Купи кај "
        "Продавница А — 19.990 ден.</a></div></article><section class='comments'><h3>"
        "Коментари (3)</h3><p>Јас го имам Орка 5, одличен е.</p><form><textarea "
        "placeholder='Напишете коментар'></textarea></form></section></main><footer>© "
        "Техно Преглед</footer>",
    ),
    (
        "се разликуваат по камерата и батеријата.",
        "5500 mAh",
        "Тежина",
        "Орка 5: полесен и подобра камера ноќе",
        "Вега 12: тежок за една рака",
        "батеријата на Вега 12 ќе ви значи повеќе од камерата.",
    ),
    ("Купи кај Продавница А", "Јас го имам Орка 5, одличен е.", "Напишете коментар"),
)

# --- Tajik, a laptop review on a shop's blog: a spec <dl>, the review's sections, a star
# rating and a product carousel after it.
PROBES.add(
    "tg_laptop_review_spec_dl",
    "https://blog.example-magoza.tj/barrasi/noutbuk-sabuk",
    page(
        "tg",
        "Баррасии ноутбуки сабук барои донишҷӯён",
        "<header class='shop-header'><a href='/'>Мағоза</a><a href='/cart'>Сабад (0)</a>"
        "</header><div class='blog-wrap'><article><h1>Баррасии ноутбуки сабук барои "
        "донишҷӯён</h1><p>Ин ноутбук вазни камтар аз як килограмм дорад ва барои дарс ва "
        "сафар қулай аст.</p><dl class='specs'><dt>Протсессор</dt><dd>8 ядро, 2,4 ГГс</dd>"
        "<dt>Хотира</dt><dd>16 ГБ</dd><dt>Батарея</dt><dd>то 14 соат</dd></dl><h2>Экран ва "
        "садо</h2><p>Экрани он дар офтоб ҳам хуб намоён аст, вале садои баландгӯякҳо "
        "заиф аст.</p><h2>Хулоса</h2><p>Барои донишҷӯ интихоби хуб аст, агар бозиҳои вазнин "
        "лозим набошанд.</p><div class='rating'>Баҳо: 4,5 аз 5</div></article><div "
        "class='product-carousel'><h3>Маҳсулоти монанд</h3><div class='card'><a "
        "href='/p/1'>Ноутбуки Сомон 14</a><span>6 900 сомонӣ</span></div></div></div>"
        "<footer>© Мағоза · Ҳамаи ҳуқуқҳо ҳифз шудаанд</footer>",
    ),
    (
        "вазни камтар аз як килограмм дорад",
        "8 ядро, 2,4 ГГс",
        "то 14 соат",
        "садои баландгӯякҳо заиф аст.",
        "Барои донишҷӯ интихоби хуб аст",
    ),
    ("Ноутбуки Сомон 14", "Сабад (0)", "Ҳамаи ҳуқуқҳо ҳифз шудаанд"),
)

# --- Belarusian, a travel guide: sections under <h2>, a practical-information box with
# hours and prices, a map embed, and a booking widget.
PROBES.add(
    "be_travel_guide_practical_box",
    "https://padarozhzha.example.by/gid/stary-zamak",
    _cms(
        "be",
        "Стары замак: даведнік для падарожніка",
        "<p>Замак над возерам пабудавалі ў XVI стагоддзі, і сёння ён адзін з самых "
        "наведвальных помнікаў краю.</p><h2>Што паглядзець</h2><p>Абавязкова падыміцеся "
        "на паўночную вежу: адтуль відаць усе тры азёры.</p><h2>Дзе паесці</h2><p>У "
        "карчме каля брамы гатуюць дранікі па старым рэцэпце.</p><div class='practical-info'>"
        "<h3>Практычная інфармацыя</h3><ul><li>Час працы: 10:00–18:00, панядзелак — "
        "выхадны</li><li>Квіток: 12 рублёў, для студэнтаў 6 рублёў</li></ul></div><div "
        "class='map-embed'><iframe src='https://maps.example.com/embed'></iframe></div><div "
        "class='booking-widget'><h4>Забраніраваць гатэль побач</h4><form><input "
        "type='date'><button>Шукаць</button></form></div>",
        site="Падарожжа",
    ),
    (
        "Замак над возерам пабудавалі ў XVI стагоддзі",
        "Што паглядзець",
        "адтуль відаць усе тры азёры.",
        "гатуюць дранікі па старым рэцэпце.",
        "Час працы: 10:00–18:00, панядзелак — выхадны",
        "Квіток: 12 рублёў, для студэнтаў 6 рублёў",
    ),
    ("Забраніраваць гатэль побач", "We use cookies", "© 2026 Падарожжа"),
)

# --- Javanese, a recipe on a personal blog: a story, ingredients as a list, steps as an
# ordered list, a printable recipe card's buttons and a "jump to recipe" link.
PROBES.add(
    "jv_blog_recipe_story_ingredients",
    "https://pawon.example.id/resep/sayur-lodeh",
    page(
        "jv",
        "Resep sayur lodeh simbah",
        "<header><a href='/'>Pawon Simbah</a><nav><a href='/resep'>Resep</a><a "
        "href='/crita'>Crita</a></nav></header><main><article><h1>Resep sayur lodeh simbah"
        "</h1><a class='jump-to-recipe' href='#recipe'>Langsung menyang resep</a><p>Saben "
        "udan teka, simbah mesthi masak sayur lodeh kanggo wong sak omah. Ambune santen "
        "isih dakelingi nganti saiki.</p><div id='recipe' class='wprm-recipe-container'><h2 "
        "class='wprm-recipe-name'>Sayur lodeh</h2><div class='wprm-recipe-buttons'><a "
        "href='#'>Cetak resep</a> <a href='#'>Simpen</a></div><h3>Bahan</h3><ul><li>"
        "500 ml santen encer</li><li>1 iris labu siyem</li><li>5 lonjor kacang dawa</li></ul>"
        "<h3>Carane masak</h3><ol><li>Godhog santen karo bumbu alus nganti umob.</li><li>"
        "Lebokna labu siyem lan kacang dawa, masak nganti empuk.</li><li>Tambahna uyah lan "
        "gula sethithik, banjur sajikake anget-anget.</li></ol></div></article><div "
        "class='ad-slot'>Iklan</div><section class='comments'><h3>Tinggalkan Balasan</h3>"
        "<form><textarea></textarea></form></section></main><footer>© Pawon Simbah</footer>",
    ),
    (
        "simbah mesthi masak sayur lodeh kanggo wong sak omah.",
        "500 ml santen encer",
        "5 lonjor kacang dawa",
        "Godhog santen karo bumbu alus nganti umob.",
        "banjur sajikake anget-anget.",
    ),
    ("Langsung menyang resep", "Cetak resep", "Tinggalkan Balasan"),
)

# --- Galician, a public library's event page: a description, the session list as a
# table, an accessibility note; "add to calendar" and other events after it.
PROBES.add(
    "gl_library_event_sessions_table",
    "https://bibliotecas.example.gal/actividades/obradoiro-banda-deseñada",
    page(
        "gl",
        "Obradoiro de banda deseñada para mozos",
        "<div class='cookies'>Este sitio usa cookies propias e de terceiros. <a "
        "href='/cookies'>Máis información</a> <button>Aceptar</button></div><header><a "
        "href='/'>Rede de Bibliotecas</a><nav><a href='/actividades'>Actividades</a><a "
        "href='/catalogo'>Catálogo</a></nav></header><main><div class='evento'><h1>Obradoiro "
        "de banda deseñada para mozos</h1><div class='evento-descricion'><p>Durante catro "
        "sesións, a ilustradora Uxía Barreiro ensinará a contar unha historia en viñetas, "
        "dende o guión ata a cor.</p></div><table class='sesions'><tr><th>Data</th><th>Tema"
        "</th></tr><tr><td>3 de marzo</td><td>O guión e os personaxes</td></tr><tr><td>10 "
        "de marzo</td><td>Encadramento e ritmo</td></tr><tr><td>17 de marzo</td><td>Tinta e "
        "cor</td></tr></table><p class='accesibilidade'>A sala é accesible para persoas "
        "con mobilidade reducida.</p><div class='calendar-add'><a href='/ics/1'>Engadir ao "
        "calendario</a></div></div><section class='outras'><h3>Outras actividades</h3><ul>"
        "<li><a href='/a/2'>Clube de lectura en inglés</a></li></ul></section></main><footer>"
        "<p>Xunta de Galicia · Aviso legal</p></footer>",
    ),
    (
        "ensinará a contar unha historia en viñetas",
        "O guión e os personaxes",
        "Encadramento e ritmo",
        "Tinta e cor",
        "A sala é accesible para persoas con mobilidade reducida.",
    ),
    ("Clube de lectura en inglés", "Engadir ao calendario", "cookies propias e de terceiros"),
)

# --- Xhosa, a school's notice to parents: the term dates as a list and a uniform note;
# a marquee of news, a login for the parents' portal and a footer.
PROBES.add(
    "xh_school_notice_term_dates",
    "https://www.example-sikolo.co.za/izaziso/ikota-yesibini",
    page(
        "xh",
        "Isaziso kubazali: ikota yesibini",
        "<div class='marquee'><span>Iindaba: iqela lebhola lingenile kumdlalo wokugqibela!"
        "</span></div><header><a href='/'>Isikolo Samabanga Aphakamileyo iNtaba</a><a "
        "href='/portal'>Ungena kwiPortal yabazali</a></header><div class='content'><h1>"
        "Isaziso kubazali: ikota yesibini</h1><p>Bazali abathandekayo, siyanazisa ngemihla "
        "ebalulekileyo yekota yesibini.</p><ul><li>Isikolo siqala ngoLwesibini, 8 Epreli"
        "</li><li>Iintlanganiso zabazali ngoLwesine, 23 Meyi</li><li>Isikolo sivala "
        "ngoLwesihlanu, 21 Juni</li></ul><p>Nceda uqinisekise ukuba umntwana wakho unxiba "
        "iyunifomu epheleleyo yonke imihla.</p><p>Enkosi ngentsebenziswano yenu.</p></div>"
        "<footer><p>Isikolo iNtaba · Inombolo: 000 000 0000</p><p>Website by SchoolSites</p>"
        "</footer>",
    ),
    (
        "siyanazisa ngemihla ebalulekileyo yekota yesibini.",
        "Isikolo siqala ngoLwesibini, 8 Epreli",
        "Iintlanganiso zabazali ngoLwesine, 23 Meyi",
        "unxiba iyunifomu epheleleyo yonke imihla.",
    ),
    ("iqela lebhola lingenile", "Ungena kwiPortal yabazali", "Website by SchoolSites"),
)
