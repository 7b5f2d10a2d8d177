"""The blind76s probe's second part: help, reference and shop pages whose text is steps,
entries, rows and panels (a how-to's steps in ``<div>``s, a glossary under a letter index,
an FAQ accordion of buttons and panels, a plan comparison table, a travel guide with a
facts sidebar, a match report's line-ups, a forum thread of layout tables with quotes and
signatures, a shop's spec table and reviews, a medicine leaflet, a call for papers, a
library's hours, a course catalogue entry, proverbs, an errata table, a TV schedule)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, comment_prompt, helpful, paras, rows, share, tools_row

add(
    "howto_numbered_steps_in_divs",
    SITES["mk"],
    "Како да замените гума на велосипед",
    "<article class='howto'><h1>Како да замените гума на велосипед</h1>"
    "<div class='howto-meta'><span>Тежина: лесно</span><span>Време: 20 мин</span></div>"
    + paras("Пукната гума не мора да го уништи излетот. Еве како да ја замените сами.")
    + "".join(
        f"<div class='step'><div class='step-number'>{n}</div><div class='step-text'>{t}</div>"
        "</div>"
        for n, t in (
            (1, "Отпуштете ја кочницата и извадете го тркалото од рамката."),
            (2, "Со лостови за гуми внимателно симнете ја надворешната гума од бандажот."),
            (3, "Ставете ја новата внатрешна гума и малку надујте ја пред монтажа."),
            (4, "Вратете ја гумата на бандажот и надујте ја до пропишаниот притисок."),
        )
    )
    + helpful("Дали ова упатство ви помогна?", "Да", "Не")
    + share(SITES["mk"])
    + "</article>",
    (
        "Пукната гума не мора да го уништи излетот.",
        "извадете го тркалото од рамката.",
        "симнете ја надворешната гума од бандажот.",
        "Ставете ја новата внатрешна гума",
        "надујте ја до пропишаниот притисок.",
    ),
    ("Дали ова упатство ви помогна?",),
    path="upatstva/guma",
)

add(
    "glossary_letter_index_and_term_divs",
    SITES["be"],
    "Слоўнік тэрмінаў ткацтва",
    "<div class='glossary'><h1>Слоўнік тэрмінаў ткацтва</h1><nav class='alphabet'>"
    + "".join(f"<a href='#{c}'>{c}</a>" for c in "АБВГДЖЗКЛМНП")
    + "<a href='/all'>Усе тэрміны</a></nav>"
    "<div class='term' id='А'><h3>Аснова</h3><div class='definition'>Ніткі, нацягнутыя ўздоўж"
    " ткацкага станка, праз якія праходзіць уток.</div></div>"
    "<div class='term' id='Б'><h3>Бёрда</h3><div class='definition'>Дэталь станка, падобная"
    " на грэбень, якая прыбівае ўток да тканіны.</div></div>"
    "<div class='term' id='Н'><h3>Навой</h3><div class='definition'>Вал, на які накручваюць"
    " аснову перад пачаткам працы.</div></div>"
    "<a class='back-top' href='#top'>↑ Уверх</a></div>",
    (
        "Ніткі, нацягнутыя ўздоўж ткацкага станка",
        "якая прыбівае ўток да тканіны.",
        "Вал, на які накручваюць аснову",
    ),
    ("Усе тэрміны", "↑ Уверх"),
    path="slounik",
)

add(
    "faq_accordion_buttons_and_panels",
    SITES["uz"],
    "Ko'p beriladigan savollar: soliq deklaratsiyasi",
    "<section class='faq'><h1>Ko'p beriladigan savollar: soliq deklaratsiyasi</h1>"
    + "".join(
        f"<div class='accordion-item'><h3 class='accordion-header'><button class='accordion-"
        f"button collapsed' aria-expanded='false'>{q}</button></h3><div class='accordion-"
        f"collapse collapse'><div class='accordion-body'>{a}</div></div></div>"
        for q, a in (
            (
                "Deklaratsiyani qachongacha topshirish kerak?",
                "Yillik deklaratsiya keyingi yilning 1 apreligacha topshiriladi.",
            ),
            (
                "Deklaratsiyani onlayn topshirsa bo'ladimi?",
                "Ha, soliq idorasining shaxsiy kabineti orqali topshirish mumkin.",
            ),
            (
                "Kechiktirilsa qanday jarima bor?",
                "Kechiktirilgan har bir oy uchun soliq summasining besh foizi undiriladi.",
            ),
        )
    )
    + helpful("Javob foydali bo'ldimi?", "Ha", "Yo'q")
    + "</section>",
    (
        "Deklaratsiyani qachongacha topshirish kerak?",
        "keyingi yilning 1 apreligacha topshiriladi.",
        "Deklaratsiyani onlayn topshirsa bo'ladimi?",
        "shaxsiy kabineti orqali topshirish mumkin.",
        "soliq summasining besh foizi undiriladi.",
    ),
    ("Javob foydali bo'ldimi?",),
    template="portal",
    path="faq/deklaratsiya",
)

add(
    "plan_comparison_table_with_choose_buttons",
    SITES["ml"],
    "പ്രീപെയ്ഡ് പ്ലാനുകൾ താരതമ്യം ചെയ്യുക",
    "<div class='page-content'><h1>പ്രീപെയ്ഡ് പ്ലാനുകൾ താരതമ്യം ചെയ്യുക</h1>"
    + paras("നിങ്ങളുടെ ഉപയോഗത്തിന് അനുയോജ്യമായ പ്ലാൻ തിരഞ്ഞെടുക്കാൻ ഈ പട്ടിക സഹായിക്കും.")
    + rows(
        ("കാലാവധി", "28 ദിവസം", "56 ദിവസം", "84 ദിവസം"),
        ("ദിവസേന ഡാറ്റ", "1.5 GB", "2 GB", "2.5 GB"),
        ("വില", "₹249", "₹479", "₹719"),
        (
            "",
            "<a class='btn'>ഈ പ്ലാൻ തിരഞ്ഞെടുക്കുക</a>",
            "<a class='btn'>ഈ പ്ലാൻ തിരഞ്ഞെടുക്കുക</a>",
            "<a class='btn'>ഈ പ്ലാൻ തിരഞ്ഞെടുക്കുക</a>",
        ),
        head=("", "ബേസിക്", "സ്റ്റാൻഡേർഡ്", "പ്രീമിയം"),
    )
    + paras("എല്ലാ പ്ലാനുകളിലും പരിധിയില്ലാത്ത കോളുകളും ദിവസം 100 എസ്എംഎസും ലഭിക്കും.")
    + "</div>",
    (
        "ഈ പട്ടിക സഹായിക്കും.",
        "ദിവസേന ഡാറ്റ",
        "₹479",
        "പരിധിയില്ലാത്ത കോളുകളും ദിവസം 100 എസ്എംഎസും ലഭിക്കും.",
    ),
    ("ഈ പ്ലാൻ തിരഞ്ഞെടുക്കുക",),
    template="app",
    path="plans/compare",
)

add(
    "travel_guide_sections_and_facts_sidebar",
    SITES["gu"],
    "પાટણ: રાણીની વાવનું શહેર",
    "<div class='guide-layout'><article class='guide-main'><h1>પાટણ: રાણીની વાવનું શહેર</h1>"
    + paras("પાટણ ઉત્તર ગુજરાતનું એક ઐતિહાસિક શહેર છે, જે એક સમયે ગુજરાતની રાજધાની હતું.")
    + "<h2>શું જોવું</h2>"
    + paras(
        "રાણીની વાવ તેની બારીક કોતરણી માટે વિશ્વ વિખ્યાત છે. સવારે વહેલા જવાથી ભીડ ઓછી મળે છે.",
        "સહસ્ત્રલિંગ તળાવના અવશેષો વાવથી થોડા જ અંતરે આવેલા છે.",
    )
    + "<h2>શું ખરીદવું</h2>"
    + paras("પાટણના પટોળા હાથવણાટની સાડીઓ છે, જેને બનાવતા મહિનાઓ લાગે છે.")
    + "</article><aside class='quick-facts'><h3>ઝડપી માહિતી</h3><ul><li>શ્રેષ્ઠ સમય:"
    " નવેમ્બર થી ફેબ્રુઆરી</li><li>નજીકનું સ્ટેશન: મહેસાણા</li></ul><div class='booking-widget'>"
    "<a href='#'>હોટેલ બુક કરો</a></div></aside></div>",
    (
        "પાટણ ઉત્તર ગુજરાતનું એક ઐતિહાસિક શહેર છે",
        "રાણીની વાવ તેની બારીક કોતરણી માટે વિશ્વ વિખ્યાત છે.",
        "સહસ્ત્રલિંગ તળાવના અવશેષો",
        "પાટણના પટોળા હાથવણાટની સાડીઓ છે",
    ),
    ("હોટેલ બુક કરો",),
    path="guide/patan",
)

add(
    "match_report_with_team_lineups",
    SITES["pa"],
    "ਪੰਜਾਬ ਵਾਰੀਅਰਜ਼ ਨੇ ਹਰਿਆਣਾ ਨੂੰ 3-1 ਨਾਲ ਹਰਾਇਆ",
    "<article class='match-report'><h1>ਪੰਜਾਬ ਵਾਰੀਅਰਜ਼ ਨੇ ਹਰਿਆਣਾ ਨੂੰ 3-1 ਨਾਲ ਹਰਾਇਆ</h1>"
    "<div class='scoreline'><span>ਪੰਜਾਬ</span><b>3-1</b><span>ਹਰਿਆਣਾ</span></div>"
    + paras(
        "ਜਲੰਧਰ ਦੇ ਸਟੇਡੀਅਮ ਵਿੱਚ ਖੇਡੇ ਗਏ ਹਾਕੀ ਮੈਚ ਵਿੱਚ ਪੰਜਾਬ ਨੇ ਸ਼ੁਰੂ ਤੋਂ ਹੀ ਦਬਦਬਾ ਬਣਾਈ ਰੱਖਿਆ।",
        "ਗੁਰਜੀਤ ਸਿੰਘ ਨੇ ਦੋ ਪੈਨਲਟੀ ਕਾਰਨਰਾਂ ਨੂੰ ਗੋਲ ਵਿੱਚ ਬਦਲਿਆ।",
    )
    + "<div class='lineups'><div class='team'><h3>ਪੰਜਾਬ</h3>"
    + bullets("ਹਰਮਨ ਸਿੰਘ (ਗੋਲਕੀਪਰ)", "ਗੁਰਜੀਤ ਸਿੰਘ", "ਮਨਦੀਪ ਸਿੰਘ", "ਰੁਪਿੰਦਰ ਪਾਲ")
    + "</div><div class='team'><h3>ਹਰਿਆਣਾ</h3>"
    + bullets("ਸੁਰਜੀਤ ਕੁਮਾਰ (ਗੋਲਕੀਪਰ)", "ਅਮਿਤ ਰੋਹਿਦਾਸ", "ਸੰਜੈ ਕੁਮਾਰ", "ਵਿਕਾਸ ਦਹੀਆ")
    + "</div></div><div class='live-scores-widget'><h4>ਲਾਈਵ ਸਕੋਰ</h4><a href='#'>ਸਾਰੇ ਮੈਚ"
    " ਦੇਖੋ</a></div></article>",
    (
        "ਪੰਜਾਬ ਨੇ ਸ਼ੁਰੂ ਤੋਂ ਹੀ ਦਬਦਬਾ ਬਣਾਈ ਰੱਖਿਆ।",
        "ਗੁਰਜੀਤ ਸਿੰਘ ਨੇ ਦੋ ਪੈਨਲਟੀ ਕਾਰਨਰਾਂ ਨੂੰ ਗੋਲ ਵਿੱਚ ਬਦਲਿਆ।",
        "ਹਰਮਨ ਸਿੰਘ (ਗੋਲਕੀਪਰ)",
        "ਸੰਜੈ ਕੁਮਾਰ",
    ),
    ("ਲਾਈਵ ਸਕੋਰ", "ਸਾਰੇ ਮੈਚ ਦੇਖੋ"),
    path="hockey/punjab-haryana",
)


def _post(user: str, stats: str, body: str, sig: str) -> str:
    """A vBulletin-like post: a layout table, the author's cell and the message's."""
    return (
        "<table class='tborder post' width='100%'><tr><td class='alt2 userinfo' width='175'>"
        f"<a class='bigusername' href='#'>{user}</a><div class='smallfont'>{stats}</div></td>"
        f"<td class='alt1'><div class='postbody'>{body}</div><div class='signature'>"
        f"__________________<br>{sig}</div><div class='postfoot'><a href='#'>Jawaab ku"
        " xigasho</a></div></td></tr></table>"
    )


add(
    "forum_layout_table_posts_quotes_signatures",
    SITES["so"],
    "Goorma ayaa la beeraa galleyda dayrta?",
    "<div id='posts'><h1>Goorma ayaa la beeraa galleyda dayrta?</h1>"
    + _post(
        "Cabdi_Beere",
        "Ku biiray: 2019 · Qoraallo: 1,204",
        "Nabad dhammaan. Roobabka dayrta sannadkan waa soo daahay, goorma ayaan beerta galleyda"
        " bilaabaa?",
        "Beer wanaagsan waa hanti waarta.",
    )
    + _post(
        "Faadumo_G",
        "Ku biiray: 2021 · Qoraallo: 87",
        "<div class='bbcode_quote'>Xigasho: Cabdi_Beere<br>goorma ayaan beerta galleyda"
        " bilaabaa?</div>Waxaan kula talinayaa inaad sugto ilaa dhulka qoyaankiisu gaaro"
        " laba cagood.",
        "Faadumo · Afgooye",
    )
    + "</div>",
    (
        "Roobabka dayrta sannadkan waa soo daahay",
        "Waxaan kula talinayaa inaad sugto ilaa dhulka qoyaankiisu gaaro laba cagood.",
    ),
    ("Beer wanaagsan waa hanti waarta.", "Qoraallo: 1,204", "Jawaab ku xigasho"),
    template="table",
    path="forum/galley",
)

add(
    "shop_spec_table_reviews_and_cart",
    SITES["ky"],
    "Кийиз шырдак «Ала-Тоо», 2х3 м",
    "<div class='product'><h1>Кийиз шырдак «Ала-Тоо», 2х3 м</h1><div class='price-box'>"
    "<span class='price'>18 500 сом</span><button>Себетке кошуу</button><a href='#'>Суроо"
    " берүү</a></div><div class='tabs'><div class='tab-pane' id='description'>"
    + paras(
        "Шырдак Нарын облусундагы чеберлер тарабынан табигый жүндөн колго тигилген.",
        "Ар бир оюм өзүнчө кесилип, кош тигиш менен бекитилет, ошондуктан шырдак ондогон жылдар"
        " кызмат кылат.",
    )
    + "</div><div class='tab-pane' id='specs'>"
    + rows(("Өлчөмү", "200 × 300 см"), ("Материал", "100% кой жүнү"), ("Салмагы", "9 кг"))
    + "</div><div class='tab-pane' id='reviews'><div class='review'><span class='stars'>★★★★★"
    "</span><p>Абдан сапаттуу, түстөрү сүрөттөгүдөй.</p><span class='author'>Айгүл</span></div>"
    "</div></div></div>",
    (
        "табигый жүндөн колго тигилген.",
        "шырдак ондогон жылдар кызмат кылат.",
        "100% кой жүнү",
        "200 × 300 см",
    ),
    ("Себетке кошуу", "Суроо берүү"),
    path="shop/shyrdak-ala-too",
)

add(
    "medicine_leaflet_numbered_sections",
    SITES["ka"],
    "ინფორმაცია პაციენტისთვის: პარაცეტამოლი 500 მგ",
    "<div class='leaflet'><h1>ინფორმაცია პაციენტისთვის: პარაცეტამოლი 500 მგ</h1>"
    "<h2>1. რა არის პარაცეტამოლი და რისთვის გამოიყენება</h2>"
    + paras("პარაცეტამოლი ამცირებს ტკივილს და სიცხეს.")
    + "<h2>2. როგორ მივიღოთ</h2>"
    + bullets(
        "მოზრდილებს: 1-2 ტაბლეტი ყოველ 4-6 საათში.",
        "არ მიიღოთ 8 ტაბლეტზე მეტი 24 საათში.",
    )
    + "<h2>3. შესაძლო გვერდითი მოვლენები</h2>"
    + paras("იშვიათად შეიძლება განვითარდეს კანის გამონაყარი. ასეთ შემთხვევაში მიმართეთ ექიმს.")
    + tools_row("ბეჭდვა", "PDF ვერსია")
    + "</div>",
    (
        "პარაცეტამოლი ამცირებს ტკივილს და სიცხეს.",
        "1-2 ტაბლეტი ყოველ 4-6 საათში.",
        "არ მიიღოთ 8 ტაბლეტზე მეტი 24 საათში.",
        "იშვიათად შეიძლება განვითარდეს კანის გამონაყარი.",
    ),
    ("PDF ვერსია",),
    path="leaflets/paracetamol",
)

add(
    "call_for_papers_topics_and_dates_dl",
    SITES["ca"],
    "Crida a comunicacions: Jornades d'Història Local 2027",
    "<article class='cfp'><h1>Crida a comunicacions: Jornades d'Història Local 2027</h1>"
    + paras(
        "Les Jornades se celebraran a Vic els dies 14 i 15 de maig i acceptaran"
        " comunicacions en català, castellà i anglès."
    )
    + "<h2>Temes</h2>"
    + bullets(
        "Mercats i fires a l'època moderna",
        "Arxius parroquials com a font demogràfica",
        "Memòria oral del segle XX",
    )
    + "<h2>Dates importants</h2><dl class='dates'><dt>Enviament de resums</dt><dd>28 de febrer"
    " de 2027</dd><dt>Notificació d'acceptació</dt><dd>31 de març de 2027</dd></dl>"
    "<div class='submit-box'><a class='button' href='#'>Envia el teu resum</a></div>"
    "</article>",
    (
        "acceptaran comunicacions en català, castellà i anglès.",
        "Arxius parroquials com a font demogràfica",
        "Enviament de resums",
        "28 de febrer de 2027",
        "31 de març de 2027",
    ),
    ("Envia el teu resum",),
    path="jornades/2027/crida",
)

add(
    "library_hours_table_and_closures",
    SITES["eu"],
    "Ordutegia eta itxiera egunak",
    "<div class='region-content'><h1>Ordutegia eta itxiera egunak</h1>"
    + rows(
        ("Astelehenetik ostiralera", "09:00 – 20:00"),
        ("Larunbata", "10:00 – 14:00"),
        ("Igandea", "Itxita"),
        head=("Eguna", "Ordua"),
    )
    + "<h2>Itxiera egunak</h2>"
    + bullets("Abenduaren 25a (Eguberria)", "Urtarrilaren 1a", "Uztailaren 31 (San Ignazio)")
    + paras("Udan, ekainaren 15etik irailaren 15era, liburutegia goizez bakarrik irekiko da.")
    + "</div>",
    (
        "Astelehenetik ostiralera",
        "09:00 – 20:00",
        "Abenduaren 25a (Eguberria)",
        "liburutegia goizez bakarrik irekiko da.",
    ),
    (),
    template="portal",
    path="ordutegia",
)

add(
    "course_catalogue_entry_dl_and_description",
    SITES["az"],
    "İdman fiziologiyası (İF-204)",
    "<div class='course'><h1>İdman fiziologiyası (İF-204)</h1><dl class='course-facts'>"
    "<dt>Kredit</dt><dd>6 AKTS</dd><dt>Semestr</dt><dd>Yaz</dd><dt>Ön şərt</dt><dd>İnsan"
    " anatomiyası (İF-101)</dd></dl>"
    + paras(
        "Kurs bədənin fiziki yükə cavabını, ürək-damar və tənəffüs sistemlərinin uyğunlaşmasını"
        " öyrədir.",
        "Tələbələr laboratoriyada ürək döyüntüsü və oksigen sərfiyyatı ölçmələri aparırlar.",
    )
    + "<div class='enrol'><a class='btn' href='#'>Kursa yazıl</a></div></div>",
    (
        "6 AKTS",
        "İnsan anatomiyası (İF-101)",
        "tənəffüs sistemlərinin uyğunlaşmasını öyrədir.",
        "oksigen sərfiyyatı ölçmələri aparırlar.",
    ),
    ("Kursa yazıl",),
    path="kurslar/if-204",
)

add(
    "proverbs_with_meanings_dl",
    SITES["te"],
    "తెలుగు సామెతలు మరియు వాటి అర్థాలు",
    "<div class='post-body'><h1>తెలుగు సామెతలు మరియు వాటి అర్థాలు</h1>"
    + paras("మన పెద్దలు చెప్పిన సామెతలు తరతరాల అనుభవాన్ని చిన్న మాటల్లో చెబుతాయి.")
    + "<dl class='proverbs'><dt>కోటి విద్యలు కూటి కొరకే</dt><dd>ఎన్ని విద్యలు నేర్చినా అవన్నీ"
    " జీవనోపాధి కోసమే.</dd><dt>ఆలస్యం అమృతం విషం</dt><dd>ఆలస్యం చేస్తే మంచి అవకాశం కూడా"
    " చేజారిపోతుంది.</dd><dt>చెరపకురా చెడేవు</dt><dd>ఇతరులకు హాని చేస్తే మనకే హాని"
    " జరుగుతుంది.</dd></dl>" + comment_prompt(SITES["te"]) + "</div>",
    (
        "తరతరాల అనుభవాన్ని చిన్న మాటల్లో చెబుతాయి.",
        "కోటి విద్యలు కూటి కొరకే",
        "ఆలస్యం చేస్తే మంచి అవకాశం కూడా చేజారిపోతుంది.",
        "ఇతరులకు హాని చేస్తే మనకే హాని జరుగుతుంది.",
    ),
    (),
    path="samethalu",
)

add(
    "errata_table_of_corrections",
    SITES["km"],
    "កំហុសឆ្គង និងការកែតម្រូវ៖ ប្រវត្តិសាស្ត្រភូមិ បោះពុម្ពលើកទី២",
    "<div class='page'><h1>កំហុសឆ្គង និងការកែតម្រូវ</h1>"
    + paras("យើងសូមអភ័យទោសចំពោះកំហុសខាងក្រោមនៅក្នុងការបោះពុម្ពលើកទី២។")
    + rows(
        ("១២", "ឆ្នាំ ១៨៦៣", "ឆ្នាំ ១៨៦៤"),
        ("៤៥", "ព្រះបាទ អង្គឌួង", "ព្រះបាទ អង្គចន្ទ"),
        head=("ទំព័រ", "ខុស", "ត្រូវ"),
    )
    + "<div class='report-error'><a href='#'>រាយការណ៍កំហុសថ្មី</a></div></div>",
    (
        "យើងសូមអភ័យទោសចំពោះកំហុសខាងក្រោម",
        "ព្រះបាទ អង្គចន្ទ",
        "ឆ្នាំ ១៨៦៤",
    ),
    ("រាយការណ៍កំហុសថ្មី",),
    path="errata/reueng-preng-2",
)

add(
    "tv_schedule_rows_of_divs",
    SITES["mn"],
    "Телевизийн хөтөлбөр: Бямба гараг",
    "<div class='schedule'><h1>Телевизийн хөтөлбөр: Бямба гараг</h1><div class='day-tabs'>"
    "<a href='#'>Баасан</a><a class='active' href='#'>Бямба</a><a href='#'>Ням</a></div>"
    + "".join(
        f"<div class='slot'><span class='time'>{t}</span><span class='show'>{s}</span>"
        f"<span class='desc'>{d}</span></div>"
        for t, s, d in (
            ("08:00", "Өглөөний мэнд", "Өглөөний мэдээ, цаг агаар."),
            ("12:30", "Говийн түүх", "Баримтат кино: Говийн нүүдэлчдийн амьдрал."),
            ("20:00", "Мэдээ", "Өдрийн гол мэдээ."),
        )
    )
    + "</div>",
    (
        "Өглөөний мэнд",
        "Баримтат кино: Говийн нүүдэлчдийн амьдрал.",
        "Өдрийн гол мэдээ.",
    ),
    (),
    template="app",
    path="tv/saturday",
)
