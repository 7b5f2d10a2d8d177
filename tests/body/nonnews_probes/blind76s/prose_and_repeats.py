"""The blind76s probe's third part: prose in shapes beside ``<p>`` and text that repeats (a
chess game's moves between comments, a page of quotations in ``<blockquote>``s, an advice
column's letter and answer, letters to the editor, an itinerary's days in ``<br>`` lines, a
privacy policy whose text speaks of cookies, terms in numbered ``<div>`` clauses, a film
review with its cast, a parallel translation in a table, a regional forecast, a feast's
programme, a lost pet notice, a how-to's steps between figures, a litany's repeated
response)."""

from __future__ import annotations

from ._kit import SITES, add, paras, rows, share

add(
    "chess_game_moves_pre_between_comments",
    SITES["et"],
    "Kommenteeritud partii: Tamm – Kask, Tartu 2026",
    "<article><h1>Kommenteeritud partii: Tamm – Kask, Tartu 2026</h1>"
    + paras("Selles partiis näeme, kuidas valge kasutab ära musta hilinenud arengut.")
    + "<pre class='pgn'>1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6</pre>"
    + paras("Siin oleks must pidanud mängima 5...a6, kuid ta valis riskantsema jätku.")
    + "<pre class='pgn'>5. Nc3 g6 6. Be3 Bg7 7. f3 O-O</pre>"
    + paras("Valge pikk vangerdus ja kuningatiiva rünnak otsustasid partii.")
    + "<div class='board-tools'><a href='#'>Laadi PGN alla</a><a href='#'>Ava analüüsilaual</a>"
    "</div></article>",
    (
        "valge kasutab ära musta hilinenud arengut.",
        "1. e4 c5 2. Nf3 d6",
        "Siin oleks must pidanud mängima 5...a6",
        "5. Nc3 g6 6. Be3 Bg7",
        "kuningatiiva rünnak otsustasid partii.",
    ),
    ("Laadi PGN alla", "Ava analüüsilaual"),
    path="partiid/tamm-kask",
)

add(
    "quotations_page_all_blockquotes",
    SITES["lv"],
    "Citāti par jūru",
    "<div class='quotes-page'><h1>Citāti par jūru</h1>"
    + "".join(
        f"<blockquote class='quote'><p>{q}</p><cite>{c}</cite></blockquote><div"
        " class='quote-tools'><a href='#'>Kopēt citātu</a></div>"
        for q, c in (
            (
                "Jūra neprasa, no kurienes tu nāc; tā prasa, vai tu proti airēt.",
                "Zvejnieku teiciens",
            ),
            ("Kas jūru redzējis, tas krastā vairs nemierīgi neguļ.", "Anna Liepa"),
            ("Vilnis atnāk un aiziet, bet krasts atceras katru.", "Jānis Ozols"),
        )
    )
    + "</div>",
    (
        "Jūra neprasa, no kurienes tu nāc",
        "Kas jūru redzējis, tas krastā vairs nemierīgi neguļ.",
        "Vilnis atnāk un aiziet, bet krasts atceras katru.",
    ),
    ("Kopēt citātu",),
    path="citati/jura",
)

add(
    "advice_column_letter_and_answer",
    SITES["is"],
    "Spurðu Gunnu: Tengdamóðirin kemur of oft",
    "<article class='column'><h1>Spurðu Gunnu: Tengdamóðirin kemur of oft</h1>"
    "<div class='letter'><em>Kæra Gunna. Tengdamóðir mín kemur í heimsókn á hverjum degi án"
    " þess að láta vita. Maðurinn minn sér ekkert athugavert við það. Hvað á ég að gera?"
    "<br>– Þreytt í Kópavogi</em></div>"
    + paras(
        "Kæra Þreytt. Þú ert ekki ein um þetta, og það er gott að þú viljir leysa málið í sátt.",
        "Ræddu fyrst við manninn þinn í rólegheitum og segðu hvernig þér líður, ekki hvað hún"
        " gerir rangt.",
    )
    + "<div class='ask-box'><p>Áttu spurningu fyrir Gunnu?</p><a href='#'>Sendu inn spurningu"
    "</a></div></article>",
    (
        "Tengdamóðir mín kemur í heimsókn á hverjum degi",
        "Hvað á ég að gera?",
        "Þú ert ekki ein um þetta",
        "segðu hvernig þér líður, ekki hvað hún gerir rangt.",
    ),
    ("Áttu spurningu fyrir Gunnu?", "Sendu inn spurningu"),
    path="gunna/tengdamodir",
)

add(
    "letters_to_the_editor_signed",
    SITES["sw"],
    "Barua za wasomaji: Desemba 7",
    "<div class='letters'><h1>Barua za wasomaji: Desemba 7</h1>"
    "<div class='letter'><h3>Barabara ya Mbezi ifanyiwe ukarabati</h3>"
    + paras(
        "Barabara ya Mbezi imekuwa na mashimo kwa miezi sita sasa. Tunaomba halmashauri"
        " ichukue hatua kabla ya mvua za masika.",
    )
    + "<p class='signature'>Juma Hamisi, Mbezi</p></div><div class='letter'><h3>Asante kwa"
    " walimu</h3>"
    + paras("Nawashukuru walimu wa shule ya msingi Kibo kwa kuwafundisha watoto wetu kusoma.")
    + "<p class='signature'>Mama Neema, Moshi</p></div><div class='write-to-us'><a href='#'>"
    "Tuandikie barua</a></div></div>",
    (
        "Barabara ya Mbezi imekuwa na mashimo kwa miezi sita sasa.",
        "Juma Hamisi, Mbezi",
        "Nawashukuru walimu wa shule ya msingi Kibo",
    ),
    ("Tuandikie barua",),
    path="barua/desemba-7",
)

add(
    "itinerary_days_in_divs_with_br",
    SITES["ta"],
    "மதுரை - ராமேஸ்வரம் 3 நாள் சுற்றுலா",
    "<div class='tour'><h1>மதுரை - ராமேஸ்வரம் 3 நாள் சுற்றுலா</h1><div class='price-box'>"
    "<span>₹12,500 / நபர்</span><a class='btn' href='#'>இப்போதே முன்பதிவு செய்யுங்கள்</a></div>"
    "<div class='itinerary'>"
    "<div class='day'><strong>நாள் 1: மதுரை</strong><br>காலை மீனாட்சி அம்மன் கோவில் தரிசனம்."
    "<br>மாலை திருமலை நாயக்கர் மஹால் ஒளி-ஒலி காட்சி.</div>"
    "<div class='day'><strong>நாள் 2: ராமேஸ்வரம்</strong><br>பாம்பன் பாலம் வழியாக பயணம்."
    "<br>ராமநாதசுவாமி கோவிலில் தீர்த்த நீராடல்.</div>"
    "<div class='day'><strong>நாள் 3: தனுஷ்கோடி</strong><br>கடற்கரை பார்வை, மதியம் மதுரை"
    " திரும்புதல்.</div></div></div>",
    (
        "காலை மீனாட்சி அம்மன் கோவில் தரிசனம்.",
        "மாலை திருமலை நாயக்கர் மஹால் ஒளி-ஒலி காட்சி.",
        "பாம்பன் பாலம் வழியாக பயணம்.",
        "ராமநாதசுவாமி கோவிலில் தீர்த்த நீராடல்.",
        "மதியம் மதுரை திரும்புதல்.",
    ),
    ("இப்போதே முன்பதிவு செய்யுங்கள்",),
    path="tours/madurai-rameswaram",
)

add(
    "privacy_policy_text_about_cookies",
    SITES["bn"],
    "গোপনীয়তা নীতি",
    "<div class='policy'><h1>গোপনীয়তা নীতি</h1><p class='updated'>সর্বশেষ হালনাগাদ: ১ ডিসেম্বর"
    " ২০২৬</p><h2>১. আমরা কী তথ্য সংগ্রহ করি</h2>"
    + paras("আপনি নিবন্ধন করলে আমরা আপনার নাম, ইমেইল ঠিকানা এবং ফোন নম্বর সংগ্রহ করি।")
    + "<h2>২. কুকি</h2>"
    + paras(
        "আমরা কুকি ব্যবহার করি যাতে আপনার ভাষা ও লগইন মনে রাখা যায়।",
        "আপনি ব্রাউজারের সেটিংস থেকে যেকোনো সময় কুকি মুছে ফেলতে পারেন।",
    )
    + "<h2>৩. তথ্য শেয়ার</h2>"
    + paras("আইনের প্রয়োজন ছাড়া আমরা আপনার তথ্য কোনো তৃতীয় পক্ষের কাছে বিক্রি করি না।")
    + "</div>",
    (
        "আমরা আপনার নাম, ইমেইল ঠিকানা এবং ফোন নম্বর সংগ্রহ করি।",
        "আমরা কুকি ব্যবহার করি যাতে আপনার ভাষা ও লগইন মনে রাখা যায়।",
        "যেকোনো সময় কুকি মুছে ফেলতে পারেন।",
        "কোনো তৃতীয় পক্ষের কাছে বিক্রি করি না।",
    ),
    (),
    path="privacy",
)

add(
    "terms_numbered_clauses_in_divs",
    SITES["fa"],
    "شرایط استفاده از خدمات",
    "<div class='terms'><h1>شرایط استفاده از خدمات</h1>"
    "<div class='clause'><span class='num'>۱.</span> کاربر موظف است اطلاعات درست و کامل در"
    " هنگام ثبت‌نام وارد کند.</div>"
    "<div class='clause'><span class='num'>۲.</span> مسئولیت حفظ رمز عبور بر عهده کاربر"
    " است.<br>در صورت سوءاستفاده، باید فوراً به پشتیبانی اطلاع داده شود.</div>"
    "<div class='clause'><span class='num'>۳.</span> شرکت می‌تواند این شرایط را با اطلاع قبلی"
    " تغییر دهد.</div><div class='accept-bar'><button>می‌پذیرم</button></div></div>",
    (
        "کاربر موظف است اطلاعات درست و کامل",
        "مسئولیت حفظ رمز عبور بر عهده کاربر است.",
        "باید فوراً به پشتیبانی اطلاع داده شود.",
        "شرکت می‌تواند این شرایط را با اطلاع قبلی تغییر دهد.",
    ),
    ("می‌پذیرم",),
    path="terms",
)

add(
    "film_review_cast_dl_and_verdict",
    SITES["lt"],
    "Recenzija: „Rūko upė“ – tylus, bet stiprus debiutas",
    "<article class='review'><h1>Recenzija: „Rūko upė“ – tylus, bet stiprus debiutas</h1>"
    "<dl class='film-facts'><dt>Režisierius</dt><dd>Rokas Vaitkus</dd><dt>Vaidina</dt><dd>"
    "Eglė Mockutė, Tomas Jonaitis</dd><dt>Trukmė</dt><dd>104 min.</dd></dl>"
    + paras(
        "Vaitkaus debiutas pasakoja apie seserį, grįžtančią į apleistą tėvų sodybą prie Nemuno.",
        "Ilgi kadrai ir beveik be muzikos sukurta tyla kartais vargina, bet finalas atperka viską.",
    )
    + "<div class='verdict'><b>Verdiktas:</b> drąsus ir asmeniškas filmas, vertas didžiojo"
    " ekrano.</div><div class='user-rating'><span>Įvertinkite filmą</span>☆☆☆☆☆</div>"
    "</article>",
    (
        "Rokas Vaitkus",
        "grįžtančią į apleistą tėvų sodybą prie Nemuno.",
        "bet finalas atperka viską.",
        "drąsus ir asmeniškas filmas, vertas didžiojo ekrano.",
    ),
    ("Įvertinkite filmą",),
    path="recenzijos/ruko-upe",
)

add(
    "parallel_translation_two_column_table",
    SITES["sq"],
    "Këngë popullore me përkthim anglisht",
    "<div class='entry'><h1>Këngë popullore me përkthim anglisht</h1>"
    + paras("Më poshtë jepet teksti origjinal dhe përkthimi rresht pas rreshti.")
    + rows(
        ("Moj e bukura More", "O beautiful Morea"),
        ("Që kur të lash s'të pashë më", "Since I left you I have not seen you"),
        ("Atje kam zotin tim", "There I left my father"),
        head=("Shqip", "English"),
    )
    + share(SITES["sq"])
    + "</div>",
    (
        "teksti origjinal dhe përkthimi rresht pas rreshti.",
        "Që kur të lash s'të pashë më",
        "Since I left you I have not seen you",
        "Atje kam zotin tim",
    ),
    (),
    path="kenge/moj-e-bukura-more",
)

add(
    "regional_forecast_under_headings",
    SITES["cy"],
    "Rhagolygon y tywydd: penwythnos",
    "<div class='forecast'><h1>Rhagolygon y tywydd: penwythnos</h1>"
    "<div class='region'><h3>Gogledd Cymru</h3><p>Glaw trwm ar brydiau, gwyntoedd cryfion ar yr"
    " arfordir.</p></div><div class='region'><h3>Canolbarth</h3><p>Cymylog gyda chyfnodau"
    " sych, uchafswm o 8 gradd.</p></div><div class='region'><h3>De Cymru</h3><p>Heulwen"
    " fore Sul, ond cawodydd yn y prynhawn.</p></div><div class='warning-banner'><a href='#'>"
    "Gweld pob rhybudd</a></div></div>",
    (
        "Glaw trwm ar brydiau, gwyntoedd cryfion ar yr arfordir.",
        "Cymylog gyda chyfnodau sych, uchafswm o 8 gradd.",
        "Heulwen fore Sul, ond cawodydd yn y prynhawn.",
    ),
    ("Gweld pob rhybudd",),
    path="tywydd/penwythnos",
)

add(
    "feast_programme_days_dl",
    SITES["mt"],
    "Programm tal-Festa ta' San Ġorġ",
    "<div class='programme'><h1>Programm tal-Festa ta' San Ġorġ</h1>"
    + paras("Il-Kumitat tal-Festa jistieden lil kulħadd jingħaqad magħna f'din il-ġimgħa.")
    + "<dl><dt>Il-Ħamis</dt><dd>19:00 Quddiesa solenni u marċ mill-banda lokali.</dd>"
    "<dt>Il-Ġimgħa</dt><dd>21:00 Logħob tan-nar fuq il-port.</dd><dt>Is-Sibt</dt><dd>18:30"
    " Purċissjoni bl-istatwa mit-toroq tar-raħal.</dd></dl>"
    "<div class='sponsors'><span>Sponsorjat minn</span><img src='/s1.png' alt='Ħanut"
    " Borg'></div></div>",
    (
        "jistieden lil kulħadd jingħaqad magħna",
        "Quddiesa solenni u marċ mill-banda lokali.",
        "Logħob tan-nar fuq il-port.",
        "Purċissjoni bl-istatwa mit-toroq tar-raħal.",
    ),
    ("Sponsorjat minn",),
    path="festa/san-gorg",
)

add(
    "lost_pet_notice_facts_and_call_button",
    SITES["si"],
    "නැතිවූ බළලෙක්: ලොකු",
    "<div class='lost-pet'><h1>නැතිවූ බළලෙක්: ලොකු</h1><figure><img src='/cat.jpg' alt=''>"
    "</figure><ul class='pet-facts'><li>වර්ණය: තැඹිලි සහ සුදු</li><li>අවසන් වරට දුටුවේ:"
    " මහනුවර, දෙසැම්බර් 3</li></ul>"
    + paras(
        "ලොකු ඉතා මිත්‍රශීලී බළලෙකි. ඔහු රතු කරපටියක් පැළඳ සිටී.",
        "ඔහුව දුටුවහොත් කරුණාකර අපට දන්වන්න. ත්‍යාගයක් පිරිනමනු ලැබේ.",
    )
    + "<div class='contact-owner'><a class='btn' href='#'>අයිතිකරුට කතා කරන්න</a></div>"
    + share(SITES["si"])
    + "</div>",
    (
        "තැඹිලි සහ සුදු",
        "ලොකු ඉතා මිත්‍රශීලී බළලෙකි.",
        "ඔහුව දුටුවහොත් කරුණාකර අපට දන්වන්න.",
    ),
    ("අයිතිකරුට කතා කරන්න",),
    path="lost/loku",
)

add(
    "howto_steps_between_figures_sections",
    SITES["af"],
    "Hoe om 'n braaivleisvuur reg aan te steek",
    "<article class='post'><h1>Hoe om 'n braaivleisvuur reg aan te steek</h1>"
    + paras("Geduld is die geheim van 'n goeie vuur. Moenie die kole haastig maak nie.")
    + "<section class='step'><h2>Stap 1: Pak die hout</h2><figure><img src='/s1.jpg' alt=''>"
    "<figcaption>Kameeldoring brand warm en lank.</figcaption></figure><p>Pak droë"
    " kameeldoringhout in 'n piramide bo-op 'n paar blokkies aansteker.</p></section>"
    "<section class='step'><h2>Stap 2: Wag vir die kole</h2><figure><img src='/s2.jpg'"
    " alt=''></figure><p>Wag ongeveer veertig minute totdat die vlamme gaan lê en die kole"
    " wit is.</p></section><section class='step'><h2>Stap 3: Toets die hitte</h2><p>Hou jou"
    " hand tien sentimeter bo die rooster: as jy dit net vyf sekondes kan hou, is dit"
    " reg.</p></section>" + share(SITES["af"]) + "</article>",
    (
        "Geduld is die geheim van 'n goeie vuur.",
        "Pak droë kameeldoringhout in 'n piramide",
        "totdat die vlamme gaan lê en die kole wit is.",
        "as jy dit net vyf sekondes kan hou, is dit reg.",
    ),
    (),
    path="resepte/braaivuur",
)

add(
    "litany_repeated_response_paragraphs",
    SITES["tl"],
    "Panalangin ng Bayan: Ikalawang Linggo ng Adbiyento",
    "<div class='entry-content'><h1>Panalangin ng Bayan: Ikalawang Linggo ng Adbiyento</h1>"
    + paras(
        "Para sa Simbahan, upang maging ilaw sa mga naliligaw.",
        "<b>Panginoon, dinggin mo kami.</b>",
        "Para sa mga maysakit at nag-iisa, upang madama nila ang pag-asa.",
        "<b>Panginoon, dinggin mo kami.</b>",
        "Para sa mga yumao, upang makapiling nila ang Ama.",
        "<b>Panginoon, dinggin mo kami.</b>",
    )
    + "</div>",
    (
        "Para sa Simbahan, upang maging ilaw sa mga naliligaw.",
        "Panginoon, dinggin mo kami.",
        "upang madama nila ang pag-asa.",
        "Para sa mga yumao, upang makapiling nila ang Ama.",
    ),
    (),
    path="panalangin/adbiyento-2",
)
