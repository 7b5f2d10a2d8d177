"""The blind67 probe's third batch, text behind a page's switches and marks: an Icelandic
product page whose description sits in a closed tab, a Maltese recipe of one box per step,
a Swahili Q&A page with the thread's marks (an answer count, QAPage data), an Amharic press
release closing on "###" and a media contact, a Yoruba wiki entry under a hatnote and a
contents box, and an Urdu event page of labelled fields."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, paras, share
from ._kit import Site, add

IS = Site(
    lang="is",
    name="Útivistarbúðin",
    host="utivist.example.is",
    nav=("Tjöld", "Fatnaður", "Skór", "Útsala"),
    cookie="Við notum vafrakökur til að bæta upplifun þína.",
    share="Deila vöru",
    newsletter="Skráðu þig á póstlistann og fáðu tilboð fyrst.",
    comment="Skrifa umsögn",
    related_title="Tengdar vörur",
    related=("Svefnpoki, -10°C", "Göngustafir úr áli"),
    footer="Verð eru með virðisaukaskatti.",
)

add(
    "product_closed_tab",
    IS,
    "Tveggja manna fjallatjald",
    "<div class='product-page'><h1>Tveggja manna fjallatjald</h1><span class='price'>54.900 kr."
    "</span><button class='add-to-cart'>Setja í körfu</button><div class='tabs' "
    "role='tablist'><button role='tab' aria-selected='true' aria-controls='t1'>Lýsing</button>"
    "<button role='tab' aria-selected='false' aria-controls='t2'>Tæknilýsing</button></div>"
    "<div id='t1' role='tabpanel'>"
    + paras(
        "Létt og sterkt tjald sem þolir íslenskt veður, jafnvel í miklum vindi á hálendinu.",
        "Tjaldið er sett upp á innan við fimm mínútum og rúmar tvo með farangur.",
    )
    + "</div><div id='t2' role='tabpanel' hidden><table><tr><th>Þyngd</th><td>2,1 kg</td></tr>"
    "<tr><th>Vatnsheldni</th><td>3000 mm</td></tr></table></div></div>",
    (
        "Létt og sterkt tjald sem þolir íslenskt veður, jafnvel í miklum vindi á hálendinu.",
        "Tjaldið er sett upp á innan við fimm mínútum og rúmar tvo með farangur.",
    ),
    ("Setja í körfu",),
    path="vara/fjallatjald-2",
)

MT = Site(
    lang="mt",
    name="Kċina Maltija",
    host="kcina.example.mt",
    nav=("Riċetti", "Ħelu", "Ħut", "Dwarna"),
    cookie="Dan is-sit juża l-cookies.",
    share="Aqsam ir-riċetta",
    newsletter="Irċievi riċetta ġdida kull ġimgħa.",
    comment="Ħalli kumment",
    related_title="Riċetti oħra",
    related=("Ftira Għawdxija", "Imqaret bl-għasel"),
    footer="Kċina Maltija - riċetti tan-nanna.",
)


def _step(n: int, text: str) -> str:
    return (
        f"<div class='elementor-widget elementor-widget-text-editor step'><div "
        f"class='elementor-widget-container'><span class='step-number'>{n}</span><img "
        f"src='/s{n}.jpg' alt=''><p>{text}</p></div></div>"
    )


add(
    "recipe_step_boxes",
    MT,
    "Stuffat tal-fenek",
    "<div class='elementor'><div class='elementor-widget elementor-widget-heading'><h1>Stuffat"
    " tal-fenek</h1></div><div class='elementor-widget elementor-widget-text-editor'>"
    + paras("Il-fenek moqli bl-inbid huwa l-ikla tal-Ħadd f'ħafna djar Maltin.")
    + "</div>"
    + _step(1, "Aqta' l-fenek biċċiet u ħallih jinqagħ fl-inbid il-lejl kollu.")
    + _step(2, "Aqli l-biċċiet fiż-żejt sakemm jieħdu kulur kannella.")
    + _step(3, "Żid it-tadam, il-piżelli u l-patata, u ħallih isajjar siegħa u nofs.")
    + "<div class='elementor-widget elementor-widget-button'><a class='elementor-button'>"
    "Stampa r-riċetta</a></div></div>" + share(MT) + comment_prompt(MT),
    (
        "Il-fenek moqli bl-inbid huwa l-ikla tal-Ħadd f'ħafna djar Maltin.",
        "Aqta' l-fenek biċċiet u ħallih jinqagħ fl-inbid il-lejl kollu.",
        "Aqli l-biċċiet fiż-żejt sakemm jieħdu kulur kannella.",
        "Żid it-tadam, il-piżelli u l-patata, u ħallih isajjar siegħa u nofs.",
    ),
    ("Stampa r-riċetta",),
    template="app",
)

SW = Site(
    lang="sw",
    name="Maswali na Majibu",
    host="maswali.example.co.tz",
    nav=("Maswali", "Lebo", "Watumiaji"),
    cookie="Tovuti hii inatumia vidakuzi.",
    share="Shiriki swali hili",
    newsletter="Pokea maswali bora kila wiki.",
    comment="Jibu lako",
    related_title="Maswali yanayohusiana",
    related=("Jinsi ya kupanda mahindi?", "Mbolea gani ni bora kwa nyanya?"),
    footer="Maudhui yako chini ya leseni CC BY-SA.",
)

_SW_LD = (
    '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":'
    '"QAPage","mainEntity":{"@type":"Question","name":"Kwa nini majani ya mihogo'
    ' yanageuka manjano?","answerCount":2}}</script>'
)


def _sw_answer(classes: str, votes: int, text: str) -> str:
    return (
        f"<div class='{classes}'><div class='votecell'><span class='vote-count'>{votes}</span>"
        f"</div><div class='answercell'><div class='post-text'><p>{text}</p></div><div "
        "class='user-info'>alijibu Juma</div></div></div>"
    )


add(
    "qa_thread_marks",
    SW,
    "Kwa nini majani ya mihogo yanageuka manjano?",
    _SW_LD + "<div id='question-header'><h1>Kwa nini majani ya mihogo yanageuka manjano?</h1></div>"
    "<div class='question'><div class='votecell'><span class='vote-count'>4</span></div><div "
    "class='postcell'><div class='post-text'><p>Shamba langu la mihogo lina majani ya manjano"
    " tangu mvua zilipoisha. Nifanye nini?</p></div></div></div><div id='answers'><h2>Majibu"
    " 2</h2>"
    + _sw_answer(
        "answer accepted-answer",
        9,
        "Huenda ni ugonjwa wa michirizi ya kahawia; ng'oa mimea iliyoathirika na panda vipandikizi"
        " safi.",
    )
    + _sw_answer("answer", 2, "Pia angalia kama udongo una upungufu wa naitrojeni.")
    + "</div>"
    + comment_prompt(SW),
    (
        "Shamba langu la mihogo lina majani ya manjano tangu mvua zilipoisha. Nifanye nini?",
        "Huenda ni ugonjwa wa michirizi ya kahawia",
    ),
    ("alijibu Juma",),
    template="app",
    path="maswali/312/majani-ya-mihogo",
)

AM = Site(
    lang="am",
    name="አዲስ ውሃ አክሲዮን ማህበር",
    host="addiswuha.example.et",
    nav=("ስለ እኛ", "ፕሮጀክቶች", "ዜና", "ያግኙን"),
    cookie="ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል።",
    share="አጋራ",
    newsletter="ለዜና መጽሔታችን ይመዝገቡ።",
    comment="ጥያቄ ይላኩ",
    related_title="ሌሎች ዜናዎች",
    related=("አዲስ የውሃ ማጣሪያ ተከፈተ", "የሰራተኞች ስልጠና ተጠናቀቀ"),
    footer="© አዲስ ውሃ አክሲዮን ማህበር",
)

add(
    "press_release_end_mark",
    AM,
    "አዲስ ውሃ በአምስት ከተሞች ንጹህ የመጠጥ ውሃ ያቀርባል",
    "<article class='press'><h1>አዲስ ውሃ በአምስት ከተሞች ንጹህ የመጠጥ ውሃ ያቀርባል</h1>"
    + paras(
        "አዲስ አበባ፣ ኅዳር 25 — አዲስ ውሃ አክሲዮን ማህበር በአምስት ከተሞች አዳዲስ የውሃ ጉድጓዶችን መቆፈሩን ዛሬ አስታወቀ።",
        "ፕሮጀክቱ ከሁለት መቶ ሺህ በላይ ነዋሪዎችን ተጠቃሚ ያደርጋል ተብሎ ይጠበቃል።",
        "###",
        "<strong>ለመገናኛ ብዙሃን፦</strong> ሰላም ታደሰ፣ press@addiswuha.example.et",
    )
    + "</article>"
    + share(AM),
    (
        "አዲስ ውሃ አክሲዮን ማህበር በአምስት ከተሞች አዳዲስ የውሃ ጉድጓዶችን መቆፈሩን ዛሬ አስታወቀ።",
        "ፕሮጀክቱ ከሁለት መቶ ሺህ በላይ ነዋሪዎችን ተጠቃሚ ያደርጋል ተብሎ ይጠበቃል።",
    ),
    template="portal",
)

YO = Site(
    lang="yo",
    name="Wikipẹdia Ilé",
    host="wikiile.example.ng",
    nav=("Ojúewé Àkọ́kọ́", "Àyọkà àìròtẹ́lẹ̀", "Ìrànlọ́wọ́"),
    cookie="Ojú òpó yìí ń lo kúkì.",
    share="Pín àyọkà yìí",
    newsletter="Forúkọ sílẹ̀ fún ìròyìn ọ̀sẹ̀ọ̀sẹ̀.",
    comment="Ìjíròrò",
    related_title="Ẹ tún wo",
    related=("Àwọn odò ní ìpínlẹ̀ Ọ̀ṣun", "Àwọn ìlú ńlá Yorùbá"),
    footer="Ọ̀rọ̀ wà lábẹ́ ìwé àṣẹ CC BY-SA.",
)

add(
    "wiki_hatnote_toc",
    YO,
    "Odò Ọbà",
    "<div class='mw-body'><h1>Odò Ọbà</h1><div class='mw-parser-output'><div "
    "class='hatnote'>Fún ìlú tí ó ní orúkọ kan náà, wo <a href='/wiki/x'>Ọbà (ìlú)</a>.</div>"
    + paras("<b>Odò Ọbà</b> jẹ́ odò kan ní ìwọ̀ oòrùn Nàìjíríà tí ó ń ṣàn lọ sí Odò Ọ̀ṣun.")
    + "<div id='toc' class='toc'><div class='toctitle'><h2>Àkóónú</h2></div><ul><li><a "
    "href='#Itan'>1 Ìtàn</a></li><li><a href='#Eja'>2 Ẹja</a></li></ul></div><h2><span "
    "id='Itan' class='mw-headline'>Ìtàn</span></h2>"
    + paras("Àwọn àgbẹ̀ ti ń lo omi odò yìí fún oko wọn láti ìgbà àtijọ́.")
    + "<h2><span id='Eja' class='mw-headline'>Ẹja</span></h2>"
    + paras("Ọ̀pọ̀lọpọ̀ ẹja ló wà nínú odò náà, pàápàá jùlọ ní àkókò òjò.")
    + "</div></div>",
    (
        "jẹ́ odò kan ní ìwọ̀ oòrùn Nàìjíríà tí ó ń ṣàn lọ sí Odò Ọ̀ṣun.",
        "Àwọn àgbẹ̀ ti ń lo omi odò yìí fún oko wọn láti ìgbà àtijọ́.",
        "Ọ̀pọ̀lọpọ̀ ẹja ló wà nínú odò náà, pàápàá jùlọ ní àkókò òjò.",
    ),
    ("Fún ìlú tí ó ní orúkọ kan náà", "Àkóónú"),
    path="wiki/Odò_Ọbà",
)

UR = Site(
    lang="ur",
    name="شہر کی تقریبات",
    host="taqreebat.example.pk",
    nav=("مشاعرے", "نمائشیں", "کھیل", "بچوں کے لیے"),
    cookie="یہ ویب سائٹ کوکیز استعمال کرتی ہے۔",
    share="شیئر کریں",
    newsletter="ہفتہ وار تقریبات کی فہرست ای میل پر حاصل کریں۔",
    comment="تبصرہ کریں",
    related_title="دیگر تقریبات",
    related=("کتاب میلہ، ایکسپو سینٹر", "قوالی کی شام"),
    footer="تمام حقوق محفوظ ہیں۔",
    dir_="rtl",
)

add(
    "event_labelled_fields",
    UR,
    "سالانہ مشاعرہ ۲۰۲۶",
    "<div class='event'><h1>سالانہ مشاعرہ ۲۰۲۶</h1><dl class='event-details'><dt>تاریخ</dt>"
    "<dd>۱۸ دسمبر، شام سات بجے</dd><dt>مقام</dt><dd>الحمرا آرٹس کونسل، ہال نمبر دو</dd>"
    "<dt>داخلہ</dt><dd>مفت، نشستیں محدود ہیں</dd></dl><a class='add-to-calendar'>کیلنڈر میں"
    " شامل کریں</a><div class='event-body'>"
    + paras(
        "اس سال کے مشاعرے میں ملک بھر سے بیس شعرا اپنا کلام پیش کریں گے۔",
        "صدارت معروف شاعرہ نسرین انجم کریں گی۔",
    )
    + "</div></div>"
    + share(UR),
    (
        "اس سال کے مشاعرے میں ملک بھر سے بیس شعرا اپنا کلام پیش کریں گے۔",
        "صدارت معروف شاعرہ نسرین انجم کریں گی۔",
        "الحمرا آرٹس کونسل، ہال نمبر دو",
    ),
    ("کیلنڈر میں شامل کریں",),
    template="portal",
)
