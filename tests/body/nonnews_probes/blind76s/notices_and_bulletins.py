"""The blind76s probe's first part: bulletins, newsletters, notices and adverts whose text is
lists, tables and short entries (a parish bulletin's mass times and notices, a school
newsletter's sections, a council's notice with its attachments, a press release's "About"
and media contact, a job advert in ``<br>`` lines, a community notice board, a university's
admission notice, a product recall, a bus route change, a scholarship call)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, helpful, newsletter, paras, rows, share, tools_row

add(
    "parish_bulletin_mass_times_and_notices",
    SITES["gl"],
    "Folla parroquial: semana do 7 ao 13 de decembro",
    "<article class='bulletin'><h1>Folla parroquial: semana do 7 ao 13 de decembro</h1>"
    "<h2>Horario de misas</h2>"
    + rows(
        ("Sábado", "19:30", "Igrexa parroquial"),
        ("Domingo", "10:00", "Capela de San Roque"),
        ("Domingo", "12:30", "Igrexa parroquial"),
        head=("Día", "Hora", "Lugar"),
    )
    + "<h2>Avisos</h2>"
    + bullets(
        "O martes ás 18:00 reúnese o consello pastoral na casa reitoral.",
        "A colecta do domingo pasado para Cáritas foi de 412 euros. Grazas a todos.",
        "As inscricións para a confirmación pechan o día 20 de decembro.",
    )
    + "<h2>Intencións</h2>"
    + paras("Sábado: por Manuel Rey e familia. Domingo 12:30: polas almas do purgatorio.")
    + "<div class='donate-cta'><a class='btn' href='#'>Doazóns en liña</a></div>"
    + share(SITES["gl"])
    + "</article>",
    (
        "Capela de San Roque",
        "reúnese o consello pastoral na casa reitoral.",
        "A colecta do domingo pasado para Cáritas foi de 412 euros.",
        "As inscricións para a confirmación pechan o día 20 de decembro.",
        "por Manuel Rey e familia.",
    ),
    ("Doazóns en liña",),
    path="folla/2026-12-07",
)

add(
    "school_newsletter_sections_and_dates",
    SITES["ga"],
    "Nuachtlitir Mhí na Nollag",
    "<div class='entry-content'><h1>Nuachtlitir Mhí na Nollag</h1>"
    + tools_row("Íoslódáil an leagan PDF", "Priontáil")
    + "<h2>Focal ón bPríomhoide</h2>"
    + paras(
        "A thuismitheoirí, a chairde, tá téarma gnóthach curtha dínn againn agus táimid an-"
        "bhródúil as na daltaí go léir.",
        "Gabhaimid buíochas leis an gCumann Tuismitheoirí as an aonach Nollag a eagrú.",
    )
    + "<h2>Dátaí le cur sa dialann</h2>"
    + bullets(
        "15 Nollaig: Ceolchoirm na Nollag sa halla ag 7 i.n.",
        "19 Nollaig: Dúnfaidh an scoil ag 12 meán lae.",
        "6 Eanáir: Filleann na daltaí ar scoil.",
    )
    + "<h2>Spórt</h2>"
    + paras("Bhuaigh foireann peile na gcailíní an chraobh cheantair den chéad uair riamh.")
    + "</div>",
    (
        "tá téarma gnóthach curtha dínn againn",
        "as an aonach Nollag a eagrú.",
        "15 Nollaig: Ceolchoirm na Nollag sa halla ag 7 i.n.",
        "6 Eanáir: Filleann na daltaí ar scoil.",
        "Bhuaigh foireann peile na gcailíní an chraobh cheantair",
    ),
    ("Íoslódáil an leagan PDF", "Priontáil"),
    path="nuachtlitir/nollaig-2026",
)

add(
    "council_notice_with_attachments_list",
    SITES["kn"],
    "ಸಾರ್ವಜನಿಕ ಸೂಚನೆ: ರಸ್ತೆ ಅಗಲೀಕರಣ ಯೋಜನೆ",
    "<div class='node node--type-notice'><h1>ಸಾರ್ವಜನಿಕ ಸೂಚನೆ: ರಸ್ತೆ ಅಗಲೀಕರಣ ಯೋಜನೆ</h1>"
    "<div class='field field--name-field-date'>ಪ್ರಕಟಣೆ ದಿನಾಂಕ: 04.12.2026</div>"
    "<div class='field field--name-body'>"
    + paras(
        "ನಗರದ ಮುಖ್ಯ ರಸ್ತೆಯನ್ನು ಅಗಲಗೊಳಿಸುವ ಯೋಜನೆಯ ಕರಡು ನಕ್ಷೆಯನ್ನು ಸಾರ್ವಜನಿಕರ ಅವಗಾಹನೆಗೆ ಪ್ರಕಟಿಸಲಾಗಿದೆ.",
        "ಆಕ್ಷೇಪಣೆಗಳನ್ನು ಮೂವತ್ತು ದಿನಗಳ ಒಳಗೆ ಲಿಖಿತವಾಗಿ ಪಾಲಿಕೆ ಕಚೇರಿಗೆ ಸಲ್ಲಿಸಬಹುದು.",
    )
    + "</div><div class='field field--name-field-attachments'><h2>ಲಗತ್ತುಗಳು</h2>"
    "<ul><li><a href='/a.pdf'>ಕರಡು ನಕ್ಷೆ (PDF, 2.4 MB)</a></li><li><a href='/b.pdf'>"
    "ಆಕ್ಷೇಪಣೆ ನಮೂನೆ (PDF, 180 KB)</a></li></ul></div>"
    + tools_row("ಈ ಪುಟವನ್ನು ಮುದ್ರಿಸಿ", "ಸೂಚನೆಗಳ ಪಟ್ಟಿಗೆ ಹಿಂತಿರುಗಿ")
    + helpful("ಈ ಪುಟ ಉಪಯುಕ್ತವಾಗಿತ್ತೇ?", "ಹೌದು", "ಇಲ್ಲ")
    + "</div>",
    (
        "ಕರಡು ನಕ್ಷೆಯನ್ನು ಸಾರ್ವಜನಿಕರ ಅವಗಾಹನೆಗೆ ಪ್ರಕಟಿಸಲಾಗಿದೆ.",
        "ಆಕ್ಷೇಪಣೆಗಳನ್ನು ಮೂವತ್ತು ದಿನಗಳ ಒಳಗೆ",
    ),
    ("ಈ ಪುಟವನ್ನು ಮುದ್ರಿಸಿ", "ಸೂಚನೆಗಳ ಪಟ್ಟಿಗೆ ಹಿಂತಿರುಗಿ", "ಈ ಪುಟ ಉಪಯುಕ್ತವಾಗಿತ್ತೇ?"),
    template="portal",
    path="notices/road-widening",
)

add(
    "press_release_about_company_and_media_contact",
    SITES["lo"],
    "ບໍລິສັດ ນ້ຳຂອງ ພະລັງງານ ເປີດນຳໃຊ້ໂຮງໄຟຟ້າແສງຕາເວັນແຫ່ງທຳອິດ",
    "<article class='press-release'><h1>ບໍລິສັດ ນ້ຳຂອງ ພະລັງງານ ເປີດນຳໃຊ້ໂຮງໄຟຟ້າແສງຕາເວັນແຫ່ງທຳອິດ"
    "</h1><p class='dateline'>ວຽງຈັນ, 3 ທັນວາ 2026</p>"
    + paras(
        "ມື້ນີ້ ບໍລິສັດ ນ້ຳຂອງ ພະລັງງານ ໄດ້ເປີດນຳໃຊ້ໂຮງໄຟຟ້າແສງຕາເວັນ ຂະໜາດ 40 ເມກາວັດ ຢູ່ແຂວງສະຫວັນນະເຂດ.",
        "ໂຮງໄຟຟ້າແຫ່ງນີ້ຈະສະໜອງໄຟຟ້າໃຫ້ແກ່ຄົວເຮືອນປະມານ ສາມສິບພັນຄົວເຮືອນ.",
        "ການກໍ່ສ້າງໃຊ້ເວລາ ສິບແປດເດືອນ ແລະ ໄດ້ສ້າງວຽກເຮັດງານທຳໃຫ້ຄົນທ້ອງຖິ່ນ ຫຼາຍກວ່າ ຫ້າຮ້ອຍຄົນ.",
    )
    + "<h3>ກ່ຽວກັບ ບໍລິສັດ ນ້ຳຂອງ ພະລັງງານ</h3>"
    + paras("ບໍລິສັດ ນ້ຳຂອງ ພະລັງງານ ກໍ່ຕັ້ງຂຶ້ນໃນປີ 2009 ແລະ ເປັນຜູ້ຜະລິດພະລັງງານທົດແທນຊັ້ນນຳ.")
    + "<h3>ຕິດຕໍ່ສື່ມວນຊົນ</h3>"
    + paras("ທ່ານ ນາງ ສຸດາ ພົມມະວົງ<br>ໂທ: +856 21 000 000<br>press@namkhong.example.la")
    + "</article>",
    (
        "ໄດ້ເປີດນຳໃຊ້ໂຮງໄຟຟ້າແສງຕາເວັນ ຂະໜາດ 40 ເມກາວັດ",
        "ໂຮງໄຟຟ້າແຫ່ງນີ້ຈະສະໜອງໄຟຟ້າໃຫ້ແກ່ຄົວເຮືອນ",
        "ການກໍ່ສ້າງໃຊ້ເວລາ ສິບແປດເດືອນ",
    ),
    ("press@namkhong.example.la", "ກໍ່ຕັ້ງຂຶ້ນໃນປີ 2009"),
    path="news/solar-plant",
)

add(
    "job_advert_div_br_lines_and_apply_box",
    SITES["yo"],
    "Olùkọ́ Ìmọ̀ Sáyẹ́nsì - Ilé-ẹ̀kọ́ Gíga Ọ̀yọ́",
    "<div class='job-view'><h1>Olùkọ́ Ìmọ̀ Sáyẹ́nsì</h1><div class='job-meta'><span>Ọ̀yọ́</span>"
    "<span>Àkókò kíkún</span><span>₦250,000 lóṣù</span></div><div class='job-description'>"
    "Ilé-ẹ̀kọ́ wa ń wá olùkọ́ tó nífẹ̀ẹ́ sí kíkọ́ àwọn ọmọdé ní ìmọ̀ sáyẹ́nsì.<br><br>"
    "<b>Ojúṣe:</b><br>- Kíkọ́ kíláàsì kẹfà sí kẹsàn-án<br>- Ṣíṣe àkóso yàrá ìwádìí<br>"
    "- Pípèsè ìròyìn ìlọsíwájú fún àwọn òbí<br><br><b>Ohun tí a nílò:</b><br>- Ìwé-ẹ̀rí"
    " B.Sc. nínú Físíìsì tàbí Kẹ́mísírì<br>- Ìrírí ọdún méjì ó kéré tán</div>"
    "<div class='apply-box'><a class='btn' href='#'>Bẹ̀rẹ̀ ìbéèrè rẹ</a><a href='#'>Fi"
    " iṣẹ́ yìí pamọ́</a></div>" + share(SITES["yo"]) + "</div>",
    (
        "Ilé-ẹ̀kọ́ wa ń wá olùkọ́ tó nífẹ̀ẹ́ sí kíkọ́ àwọn ọmọdé",
        "Kíkọ́ kíláàsì kẹfà sí kẹsàn-án",
        "Ṣíṣe àkóso yàrá ìwádìí",
        "Ìrírí ọdún méjì ó kéré tán",
    ),
    ("Bẹ̀rẹ̀ ìbéèrè rẹ", "Fi iṣẹ́ yìí pamọ́"),
    path="jobs/oluko-sayensi",
)

add(
    "community_notice_board_short_entries",
    SITES["zu"],
    "Izaziso zomphakathi",
    "<main class='notices'><h1>Izaziso zomphakathi</h1>"
    "<div class='notice'><h3>Kulahlekile inkomo</h3><p>Inkomo ensundu enophawu olumhlophe"
    " ebunzini ilahleke ngoLwesibili eduze nesikole.</p></div>"
    "<div class='notice'><h3>Umhlangano wabahlali</h3><p>Umhlangano uzoba ngoMgqibelo"
    " ehholo lomphakathi ngehora leshumi ekuseni.</p></div>"
    "<div class='notice'><h3>Amanzi azovalwa</h3><p>Amanzi azovalwa ngoLwesine kusukela"
    " ngehora lesishiyagalombili kuya ngehora lesine.</p></div>"
    "<div class='post-notice'><a class='btn' href='#'>Faka isaziso sakho</a></div></main>",
    (
        "Inkomo ensundu enophawu olumhlophe",
        "Umhlangano uzoba ngoMgqibelo ehholo lomphakathi",
        "Amanzi azovalwa ngoLwesine",
    ),
    ("Faka isaziso sakho",),
    template="app",
    path="izaziso",
)

add(
    "admission_notice_dates_table_documents_list",
    SITES["ps"],
    "د ۱۴۰۶ کال د داخلې خبرتیا",
    "<div class='notice-body'><h1>د ۱۴۰۶ کال د داخلې خبرتیا</h1>"
    + paras("د کابل پوهنتون د لیسانس دورې لپاره د نوي کال داخله د لیندۍ له لومړۍ نیټې پیلیږي.")
    + "<h2>مهمې نیټې</h2>"
    + rows(
        ("د غوښتنلیک پیل", "۱ لیندۍ"),
        ("د غوښتنلیک پای", "۳۰ لیندۍ"),
        ("د ازموینې ورځ", "۱۵ مرغومی"),
    )
    + "<h2>اړین اسناد</h2>"
    + bullets("د تذکرې کاپي", "د بکلوریا سند", "دوه عکسونه")
    + tools_row("چاپ", "PDF ښکته کول")
    + "</div>",
    (
        "د لیسانس دورې لپاره د نوي کال داخله",
        "د غوښتنلیک پای",
        "۱۵ مرغومی",
        "د بکلوریا سند",
    ),
    ("PDF ښکته کول",),
    template="portal",
    path="admission/1406",
)

add(
    "product_recall_batches_table",
    SITES["sl"],
    "Odpoklic: otroška kašica z jabolki",
    "<article class='recall'><h1>Odpoklic: otroška kašica z jabolki</h1>"
    + paras(
        "Proizvajalec odpoklicuje otroško kašico z jabolki zaradi možne prisotnosti delcev stekla.",
        "Izdelka ne uživajte in ga vrnite na prodajno mesto, kjer vam bodo povrnili kupnino.",
    )
    + rows(
        ("Kašica jabolko 190 g", "L2611A", "12. 5. 2027"),
        ("Kašica jabolko-hruška 190 g", "L2611B", "14. 5. 2027"),
        head=("Izdelek", "Serija", "Rok uporabe"),
    )
    + "<div class='related-recalls'><h3>Drugi odpoklici</h3><ul><li><a href='#'>Sir z"
    " zelišči</a></li></ul></div></article>",
    (
        "zaradi možne prisotnosti delcev stekla.",
        "Izdelka ne uživajte in ga vrnite na prodajno mesto",
        "L2611A",
        "Kašica jabolko-hruška 190 g",
    ),
    ("Drugi odpoklici", "Sir z zelišči"),
    path="odpoklici/kasica",
)

add(
    "bus_route_change_stops_list",
    SITES["ne"],
    "बस रुट नम्बर ७ मा परिवर्तन",
    "<div class='content-area'><h1>बस रुट नम्बर ७ मा परिवर्तन</h1>"
    + paras("सडक मर्मतका कारण पुस १ देखि रुट नम्बर ७ को बस तलका बिसौनीहरू हुँदै चल्नेछ।")
    + bullets("पुरानो बसपार्क", "रानीपोखरी", "बागबजार", "पुतलीसडक", tag="ol", cls="stops")
    + "<figure><img src='/map7.png' alt=''><figcaption>नयाँ रुटको नक्सा</figcaption></figure>"
    + paras("मर्मत सकिएपछि बस पुरानै रुटमा फर्किनेछ। यात्रुहरूलाई असुविधाका लागि क्षमा चाहन्छौं।")
    + newsletter(SITES["ne"])
    + "</div>",
    (
        "रुट नम्बर ७ को बस तलका बिसौनीहरू हुँदै चल्नेछ।",
        "रानीपोखरी",
        "पुतलीसडक",
        "मर्मत सकिएपछि बस पुरानै रुटमा फर्किनेछ।",
    ),
    (),
    path="notice/route-7",
)

add(
    "scholarship_call_eligibility_and_deadline",
    SITES["am"],
    "የ2027 የትምህርት ዕድል ማስታወቂያ",
    "<article><h1>የ2027 የትምህርት ዕድል ማስታወቂያ</h1>"
    + paras("ፋውንዴሽኑ ለሃያ ተማሪዎች ሙሉ የትምህርት ዕድል ይሰጣል።")
    + "<h2>መስፈርቶች</h2>"
    + bullets(
        "የሁለተኛ ደረጃ ትምህርት ያጠናቀቀ",
        "አማካይ ውጤት 3.5 እና ከዚያ በላይ",
        "የቤተሰብ ገቢ ማረጋገጫ ያለው",
    )
    + "<h2>የማመልከቻ ቀነ ገደብ</h2>"
    + paras("ማመልከቻዎች እስከ ጥር 30 ድረስ ይቀበላሉ።")
    + "<div class='apply-cta'><a class='button' href='#'>አሁን ያመልክቱ</a></div></article>",
    (
        "ፋውንዴሽኑ ለሃያ ተማሪዎች ሙሉ የትምህርት ዕድል ይሰጣል።",
        "አማካይ ውጤት 3.5 እና ከዚያ በላይ",
        "የቤተሰብ ገቢ ማረጋገጫ ያለው",
        "ማመልከቻዎች እስከ ጥር 30 ድረስ ይቀበላሉ።",
    ),
    ("አሁን ያመልክቱ",),
    path="scholarship/2027",
)

add(
    "meeting_minutes_present_list_decisions",
    SITES["hy"],
    "Համայնքի ավագանու նիստի արձանագրություն",
    "<div class='minutes'><h1>Համայնքի ավագանու նիստի արձանագրություն</h1>"
    "<p><b>Ներկա էին՝</b> Ա. Սարգսյան, Լ. Պետրոսյան, Մ. Հակոբյան, Ն. Գևորգյան</p>"
    "<h2>Որոշումներ</h2><ol>"
    "<li>Հաստատել 2027 թվականի բյուջեի նախագիծը։</li>"
    "<li>Գյուղի դպրոցի տանիքի վերանորոգումը սկսել մարտին։</li>"
    "<li>Հաջորդ նիստը գումարել հունվարի 15-ին։</li></ol>"
    + tools_row("Տպել", "Ներբեռնել DOC")
    + "</div>",
    (
        "Ա. Սարգսյան, Լ. Պետրոսյան",
        "Հաստատել 2027 թվականի բյուջեի նախագիծը։",
        "Գյուղի դպրոցի տանիքի վերանորոգումը սկսել մարտին։",
        "Հաջորդ նիստը գումարել հունվարի 15-ին։",
    ),
    ("Ներբեռնել DOC",),
    template="portal",
    path="minutes/2026-12",
)

add(
    "archived_newsletter_table_layout",
    SITES["my"],
    "မြို့နယ် သတင်းလွှာ - ဒီဇင်ဘာ",
    "<table class='email-wrapper' width='600' align='center'><tr><td class='header'>"
    "<h1>မြို့နယ် သတင်းလွှာ - ဒီဇင်ဘာ</h1></td></tr><tr><td class='body'>"
    "<table width='100%'><tr><td><h2>ရေပေးဝေမှု</h2><p>ဒီဇင်ဘာ ၁၀ ရက်နေ့တွင် ရေပိုက်လိုင်း ပြုပြင်ရန်"
    " ရေပေးဝေမှုကို ခေတ္တ ရပ်ဆိုင်းပါမည်။</p></td></tr><tr><td><h2>စာကြည့်တိုက်</h2><p>စာကြည့်တိုက်သည်"
    " စနေနေ့တိုင်း ညနေ ၆ နာရီအထိ ဖွင့်ပါမည်။</p></td></tr></table></td></tr>"
    "<tr><td class='footer-links'><a href='#'>စာရင်းမှ ထွက်ရန်</a> | <a href='#'>ဘရောက်ဇာတွင်"
    " ကြည့်ရန်</a></td></tr></table>",
    (
        "ရေပေးဝေမှုကို ခေတ္တ ရပ်ဆိုင်းပါမည်။",
        "စနေနေ့တိုင်း ညနေ ၆ နာရီအထိ ဖွင့်ပါမည်။",
    ),
    ("စာရင်းမှ ထွက်ရန်", "ဘရောက်ဇာတွင် ကြည့်ရန်"),
    template="table",
    path="newsletter/december",
)
