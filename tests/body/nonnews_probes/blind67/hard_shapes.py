"""The blind67 probe's second batch, pages whose text is short beside their furniture or
is not prose: a Nepali Q&A page of a one-line question under long comments, a Malayalam
product page beside an "also viewed" shelf, a Kazakh thread whose first post is shorter
than its replies, an Uzbek blog post shorter than its comments, an Azerbaijani docs page of
code and a parameter table, a Hausa dictionary entry, a Luxembourgish changelog of lists
alone and a Welsh wiki stub under a long infobox and navbox."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, paras
from ._kit import Site, add

NE = Site(
    lang="ne",
    name="प्रश्नोत्तर चौतारी",
    host="chautari.example.com.np",
    nav=("प्रश्नहरू", "ट्यागहरू", "प्रयोगकर्ता"),
    cookie="यो साइटले कुकीहरू प्रयोग गर्छ।",
    share="सेयर गर्नुहोस्",
    newsletter="साप्ताहिक लोकप्रिय प्रश्नहरू इमेलमा पाउनुहोस्।",
    comment="तपाईंको उत्तर",
    related_title="सम्बन्धित प्रश्नहरू",
    related=("नेपाली युनिकोड कसरी टाइप गर्ने?", "फन्ट किन बिग्रन्छ?"),
    footer="सामग्री CC BY-SA अन्तर्गत उपलब्ध छ।",
)

_NE_COMMENTS = (
    "<ul class='comments-list'><li class='comment'><span class='comment-copy'>मैले पनि यही"
    " समस्या भोगेको थिएँ, तर मेरो कम्प्युटरमा भाषा सेटिङ बदलेपछि पनि केही फरक परेन, त्यसैले"
    " म अझै अर्को उपाय खोजिरहेको छु।</span></li><li class='comment'><span "
    "class='comment-copy'>कुन ब्राउजर प्रयोग गर्दै हुनुहुन्छ? पुरानो संस्करणमा यस्तो हुन्छ"
    " भन्ने सुनेको छु, अपडेट गरेर हेर्नुहोस्।</span></li></ul><a class='js-add-link'>"
    "टिप्पणी थप्नुहोस्</a>"
)

add(
    "qa_short_question",
    NE,
    "मितिहरू नेपाली अंकमा कसरी देखाउने?",
    "<div class='question'><h1>मितिहरू नेपाली अंकमा कसरी देखाउने?</h1><div class='post-text'>"
    + paras("मेरो वेबसाइटमा मिति २०२६ को सट्टा 2026 देखिन्छ, नेपाली अंक कसरी देखाउने?")
    + "</div>"
    + _NE_COMMENTS
    + "</div><div class='answer accepted-answer'><div class='post-text'>"
    + paras(
        "अंकहरू बदल्न एउटा सानो तालिका बनाउनुहोस् र हरेक अंकलाई नेपाली अंकले बदल्नुहोस्।",
        "धेरैजसो प्रोग्रामिङ भाषामा यसका लागि तयार कार्यहरू पनि उपलब्ध छन्।",
    )
    + "</div></div>"
    + comment_prompt(NE),
    (
        "मेरो वेबसाइटमा मिति २०२६ को सट्टा 2026 देखिन्छ, नेपाली अंक कसरी देखाउने?",
        "अंकहरू बदल्न एउटा सानो तालिका बनाउनुहोस्",
        "धेरैजसो प्रोग्रामिङ भाषामा यसका लागि तयार कार्यहरू पनि उपलब्ध छन्।",
    ),
    ("टिप्पणी थप्नुहोस्", "मैले पनि यही समस्या भोगेको थिएँ"),
    template="app",
    path="questions/771/nepali-digits",
)

ML = Site(
    lang="ml",
    name="കേരള കൈത്തറി",
    host="kaithari.example.in",
    nav=("സാരി", "മുണ്ട്", "ഷർട്ട്", "ഓഫറുകൾ"),
    cookie="ഈ സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു.",
    share="ഈ ഉൽപ്പന്നം പങ്കിടുക",
    newsletter="പുതിയ ശേഖരങ്ങൾ ആദ്യം അറിയാൻ സബ്സ്ക്രൈബ് ചെയ്യുക.",
    comment="ഒരു ചോദ്യം ചോദിക്കുക",
    related_title="ഉപഭോക്താക്കൾ കണ്ടവ",
    related=("കസവ് സെറ്റ് മുണ്ട് - ₹1,450", "കോട്ടൺ ഷർട്ട്, വെള്ള - ₹899"),
    footer="എല്ലാ ഉൽപ്പന്നങ്ങളും നെയ്ത്തുകാരിൽ നിന്ന് നേരിട്ട്.",
)


def _card(name: str, blurb: str) -> str:
    return (
        f"<li class='product-card'><a href='/p/{len(name)}'><img src='/c.jpg' alt=''><h3>{name}"
        f"</h3></a><p class='card-blurb'>{blurb}</p><span class='price'>₹2,100</span><button>"
        "കാർട്ടിലേക്ക്</button></li>"
    )


add(
    "product_beside_shelf",
    ML,
    "ബാലരാമപുരം കൈത്തറി സാരി",
    "<div class='pdp'><h1>ബാലരാമപുരം കൈത്തറി സാരി</h1><span class='price'>₹3,200</span><button "
    "class='add-to-cart'>കാർട്ടിലേക്ക് ചേർക്കുക</button><div class='pdp-description'>"
    + paras("നേർത്ത കോട്ടൺ നൂലിൽ കൈകൊണ്ട് നെയ്ത ഈ സാരിക്ക് വീതിയുള്ള സ്വർണ്ണ കസവ് കരയുണ്ട്.")
    + "<ul class='pdp-specs'><li>നീളം: 6.2 മീറ്റർ</li><li>പരിപാലനം: തണുത്ത വെള്ളത്തിൽ കഴുകുക"
    "</li></ul></div><section class='also-viewed'><h2>ഇതും കണ്ടവർ</h2><ul>"
    + _card(
        "കസവ് സാരി, ചുവപ്പ് കര",
        "ഉത്സവങ്ങൾക്കും വിവാഹങ്ങൾക്കും അനുയോജ്യമായ, ചുവന്ന കരയുള്ള പരമ്പരാഗത കസവ് സാരി.",
    )
    + _card(
        "ടിഷ്യു സാരി, പച്ച കര",
        "മൃദുവായ ടിഷ്യു തുണിയിൽ നെയ്ത, പച്ച കരയുള്ള ഭാരം കുറഞ്ഞ സാരി, ദിവസേനയുള്ള ഉപയോഗത്തിന്.",
    )
    + "</ul></section></div>",
    (
        "നേർത്ത കോട്ടൺ നൂലിൽ കൈകൊണ്ട് നെയ്ത ഈ സാരിക്ക് വീതിയുള്ള സ്വർണ്ണ കസവ് കരയുണ്ട്.",
        "നീളം: 6.2 മീറ്റർ",
        "പരിപാലനം: തണുത്ത വെള്ളത്തിൽ കഴുകുക",
    ),
    (
        "കാർട്ടിലേക്ക് ചേർക്കുക",
        "ഇതും കണ്ടവർ",
        "ഉത്സവങ്ങൾക്കും വിവാഹങ്ങൾക്കും അനുയോജ്യമായ",
        "മൃദുവായ ടിഷ്യു തുണിയിൽ നെയ്ത",
    ),
    path="p/balaramapuram-saree",
)

KK = Site(
    lang="kk",
    name="Балықшылар форумы",
    host="balyk.example.kz",
    nav=("Форумдар", "Іздеу", "Қатысушылар", "Кіру"),
    cookie="Форум cookie файлдарын пайдаланады.",
    share="Тақырыппен бөлісу",
    newsletter="Жаңа жауаптар туралы хабарлама алу.",
    comment="Жауап жазу",
    related_title="Ұқсас тақырыптар",
    related=("Қыстағы балық аулау", "Қармақ таңдау"),
    footer="Форум ережелерін сақтаңыз.",
)


def _kk_post(user: str, text: str, signature: str) -> str:
    return (
        f"<tr class='post'><td class='post-author'><b>{user}</b><br>Хабарламалар: 340</td>"
        f"<td class='post-content'><div class='post-text'>{text}</div><div class='signature'>"
        f"{signature}</div></td></tr>"
    )


add(
    "thread_short_first_post",
    KK,
    "Балқашта қай жерде көксерке жақсы қабады?",
    "<h1 class='thread-title'>Балқашта қай жерде көксерке жақсы қабады?</h1><table "
    "class='posts'>"
    + _kk_post(
        "Ерлан",
        "Келесі аптада Балқашқа барамын. Көксерке қай жерде жақсы қабады?",
        "Ерлан, Қарағанды",
    )
    + _kk_post(
        "Серік",
        "Өткен жылы Шұбартүбек маңында аулағанбыз, таңғы сағат бестен сегізге дейін жақсы"
        " қабады. Жағадан емес, қайықтан аулаған дұрыс, өйткені тереңдік кемінде төрт метр"
        " болуы керек. Жемге ұсақ балық алыңыз, жасанды жем онша нәтиже бермеді.",
        "Балық аулау - жанымның тынысы",
    )
    + "</table><a class='button reply'>Жауап беру</a>",
    ("Келесі аптада Балқашқа барамын. Көксерке қай жерде жақсы қабады?",),
    ("Ерлан, Қарағанды", "Балық аулау - жанымның тынысы", "Жауап беру", "Хабарламалар: 340"),
    template="table",
    path="forum/topic/5521",
)

UZ = Site(
    lang="uz",
    name="Oshxona daftari",
    host="oshxona.example.uz",
    nav=("Bosh sahifa", "Retseptlar", "Men haqimda"),
    cookie="Sayt cookie fayllaridan foydalanadi.",
    share="Ulashish",
    newsletter="Yangi yozuvlarni elektron pochtangizga oling.",
    comment="Izoh qoldiring",
    related_title="O‘xshash yozuvlar",
    related=("Onamning somsasi", "Qishki murabbolar"),
    footer="Oshxona daftari - shaxsiy blog.",
)


def _uz_comment(name: str, text: str) -> str:
    return (
        f"<li class='comment'><article class='comment-body'><footer class='comment-meta'><b "
        f"class='fn'>{name}</b> <time>3 dekabr 2026</time></footer><div class='comment-content'>"
        f"<p>{text}</p></div><a class='comment-reply-link'>Javob berish</a></article></li>"
    )


add(
    "post_shorter_than_comments",
    UZ,
    "Bugun birinchi marta norin tayyorladim",
    "<article class='post'><h1 class='entry-title'>Bugun birinchi marta norin tayyorladim</h1>"
    "<div class='entry-content'>"
    + paras(
        "Bugun buvimning daftaridagi retsept bo‘yicha birinchi marta norin tayyorladim.",
        "Xamirni juda yupqa yoyish oson emas ekan, lekin natija kutganimdan ham yaxshi chiqdi.",
    )
    + "</div></article><div id='comments' class='comments-area'><h2 class='comments-title'>"
    "2 ta izoh</h2><ol class='comment-list'>"
    + _uz_comment(
        "Dilnoza",
        "Tabriklayman! Men ham bir necha yil oldin birinchi marta tayyorlaganimda xamir"
        " juda qalin bo‘lib qolgan edi, keyin onam xamirni muzlatgichda yarim soat dam"
        " oldirishni o‘rgatdi, shundan beri har doim yupqa va chiroyli chiqadi.",
    )
    + _uz_comment(
        "Bobur",
        "Norinni qazi bilan qilsangiz yanada mazali bo‘ladi, go‘shtni esa bir kun oldin"
        " pishirib, sovuq joyda saqlab qo‘ysangiz, kesish ancha oson bo‘ladi, sinab ko‘ring.",
    )
    + "</ol>"
    + comment_prompt(UZ)
    + "</div>",
    (
        "Bugun buvimning daftaridagi retsept bo‘yicha birinchi marta norin tayyorladim.",
        "Xamirni juda yupqa yoyish oson emas ekan",
    ),
    ("Tabriklayman!", "Norinni qazi bilan qilsangiz yanada mazali bo‘ladi", "Javob berish"),
)

AZ = Site(
    lang="az",
    name="Kitabxana sənədləri",
    host="docs.kitabxana.example.az",
    nav=("Başlanğıc", "Bələdçilər", "API", "Dəyişikliklər"),
    cookie="Bu sayt kukilərdən istifadə edir.",
    share="Səhifəni paylaş",
    newsletter="Yeni buraxılışlar haqqında xəbər alın.",
    comment="Sual verin",
    related_title="Əlaqəli səhifələr",
    related=("Quraşdırma", "Tez-tez verilən suallar"),
    footer="Sənədlər MIT lisenziyası ilə yayımlanır.",
)

add(
    "docs_code_and_params",
    AZ,
    "oxu() funksiyası",
    "<div class='md-content'><article class='md-typeset'><h1>oxu() funksiyası</h1>"
    + paras("Faylı oxuyub sətirlərin siyahısını qaytarır.")
    + "<pre><code>from kitabxana import oxu\nsetirler = oxu('qeydler.txt', kodlama='utf-8')"
    "</code></pre><h2>Parametrlər</h2><table><thead><tr><th>Ad</th><th>Tip</th><th>Təsvir</th>"
    "</tr></thead><tbody><tr><td>yol</td><td>str</td><td>Faylın yolu</td></tr><tr><td>kodlama"
    "</td><td>str</td><td>Faylın kodlaması, standart olaraq utf-8</td></tr></tbody></table>"
    "<h2>Nümunə</h2><pre><code>for s in oxu('a.txt'):\n    print(s)</code></pre></article>"
    "<nav class='md-footer'><a class='md-footer__link--prev'>Əvvəlki: yaz()</a><a "
    "class='md-footer__link--next'>Növbəti: sil()</a></nav><a class='md-content__button' "
    "title='Bu səhifəni redaktə et'>Bu səhifəni redaktə et</a></div>",
    (
        "Faylı oxuyub sətirlərin siyahısını qaytarır.",
        "setirler = oxu('qeydler.txt', kodlama='utf-8')",
        "Parametrlər",
        "Faylın kodlaması, standart olaraq utf-8",
        "for s in oxu('a.txt'):",
    ),
    ("Əvvəlki: yaz()", "Növbəti: sil()", "Bu səhifəni redaktə et"),
    path="api/oxu/",
)

HA = Site(
    lang="ha",
    name="Kamus na Hausa",
    host="kamus.example.ng",
    nav=("Nema", "Haruffa", "Game da mu"),
    cookie="Wannan shafin yana amfani da kukis.",
    share="Raba wannan kalma",
    newsletter="Karɓi kalmar rana a imel ɗinka.",
    comment="Ba da shawara",
    related_title="Kalmomi masu alaƙa",
    related=("ruwan sama", "ruwan zafi"),
    footer="Kamus na Hausa kyauta ne ga kowa.",
)

add(
    "dictionary_entry",
    HA,
    "ruwa",
    "<div class='entry'><h1 class='headword'>ruwa</h1><button class='audio'>Saurari</button>"
    "<span class='pos'>suna (n.)</span><ol class='senses'><li><span class='def'>Abin sha mara"
    " launi da ake samu daga rijiya ko famfo.</span><p class='example'><i>Ta kawo ruwa daga"
    " rijiya.</i></p></li><li><span class='def'>Ruwan sama da ke sauka daga gajimare.</span>"
    "<p class='example'><i>An yi ruwa sosai jiya da dare.</i></p></li></ol></div>",
    (
        "Abin sha mara launi da ake samu daga rijiya ko famfo.",
        "Ta kawo ruwa daga rijiya.",
        "Ruwan sama da ke sauka daga gajimare.",
        "An yi ruwa sosai jiya da dare.",
    ),
    ("Saurari",),
    template="portal",
    path="kalma/ruwa",
)

LB = Site(
    lang="lb",
    name="Kalenner-App",
    host="kalenner.example.lu",
    nav=("Funktiounen", "Download", "Hëllef", "Neiegkeeten"),
    cookie="Dës Säit benotzt Cookien.",
    share="Deelen",
    newsletter="Abonnéiert Iech fir Informatiounen iwwer nei Versiounen.",
    comment="E Feeler mellen",
    related_title="Méi Hëllef",
    related=("Éischt Schrëtt", "Synchroniséierung astellen"),
    footer="Kalenner-App ass gratis Software.",
)

add(
    "changelog_lists_only",
    LB,
    "Ännerungen",
    "<div class='changelog'><h1>Ännerungen</h1><h2>Versioun 3.2</h2><ul><li>Feierdeeg fir"
    " Lëtzebuerg agebaut</li><li>Neit donkelt Design</li></ul><h2>Versioun 3.1</h2><ul><li>"
    "Erënnerungen och offline</li></ul><h2>Versioun 3.0</h2><ul><li>Nei Kalennersäit fir"
    " d'Woch</li><li>Export als PDF</li></ul></div><aside class='versions-box'><h3>Versiounen"
    "</h3><ul><li><a>3.2</a></li><li><a>3.1</a></li><li><a>3.0</a></li></ul><a>Alles weisen"
    "</a></aside>",
    (
        "Versioun 3.2",
        "Feierdeeg fir Lëtzebuerg agebaut",
        "Neit donkelt Design",
        "Erënnerungen och offline",
        "Versioun 3.0",
        "Nei Kalennersäit fir d'Woch",
        "Export als PDF",
    ),
    ("Alles weisen",),
    template="portal",
    path="aenderungen",
)

CY = Site(
    lang="cy",
    name="Wicipedia Bro",
    host="wicibro.example.cymru",
    nav=("Hafan", "Erthygl ar hap", "Cymorth"),
    cookie="Mae'r wefan hon yn defnyddio cwcis.",
    share="Rhannu'r erthygl",
    newsletter="Tanysgrifiwch i gael erthyglau newydd bob wythnos.",
    comment="Sgwrs",
    related_title="Gweler hefyd",
    related=("Rhestr o fryniau'r sir", "Afonydd y fro"),
    footer="Mae'r testun ar gael dan drwydded CC BY-SA.",
)

_NAVBOX = "".join(
    f"<li><a href='/wiki/{name}'>{name}</a></li>"
    for name in ("Bryn Glas", "Moel Fach", "Carreg Wen", "Pen y Cefn", "Mynydd Du Bach")
)

add(
    "wiki_stub_long_infobox",
    CY,
    "Moel Ddu",
    "<div class='mw-body'><h1>Moel Ddu</h1><div class='mw-parser-output'><table "
    "class='infobox'><tr><th colspan='2'>Moel Ddu</th></tr><tr><td>Uchder</td><td>512 m</td>"
    "</tr><tr><td>Sir</td><td>Y Fro</td></tr><tr><td>Cyfesurynnau</td><td>52.1°G 3.4°Gn</td>"
    "</tr><tr><td>Craig</td><td>Tywodfaen</td></tr><tr><td>Dringfa gyntaf</td><td>Anhysbys"
    "</td></tr></table>"
    + paras(
        "Bryn yng ngogledd y fro yw <b>Moel Ddu</b>, a'i gopa yn codi uwchben cwm Afon Llwyd.",
        "Mae llwybr cyhoeddus yn arwain o bentref Llan i'r copa mewn tua awr o gerdded.",
    )
    + "<h2>Cyfeiriadau<span class='mw-editsection'>[<a href='/w/index.php?action=edit"
    "&amp;section=1'>golygu</a>]</span></h2><ol class='references'><li>Arolwg Bryniau'r Fro,"
    " 2001.</li></ol><div class='navbox'><div class='navbox-title'>Bryniau'r fro</div><ul>"
    + _NAVBOX
    + "</ul></div></div></div>",
    (
        "Bryn yng ngogledd y fro yw Moel Ddu",
        "Mae llwybr cyhoeddus yn arwain o bentref Llan i'r copa mewn tua awr o gerdded.",
    ),
    ("golygu", "Mynydd Du Bach", "Carreg Wen"),
    path="wiki/Moel_Ddu",
)
