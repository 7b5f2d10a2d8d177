"""Learning and science: lecture notes of theorems and proofs, a sky-watching guide, a
clinical case report, a book's errata, a lesson plan, a board game's rules, a transit
service notice and a bilingual page set side by side."""

from __future__ import annotations

from ._registry import PROBES, astra, bootstrap, drupal, field, gov, table_layout

# --- German, lecture notes: theorem, definition and proof environments as classed divs
# with their labels in spans, MathJax's inline TeX, the course's sidebar of chapters.
PROBES.add(
    "de_lecture_notes_theorem_proof_divs",
    "https://skript.example-uni.de/analysis1/kap3-folgen.html",
    bootstrap(
        "de",
        "Kapitel 3: Konvergente Folgen",
        "<div class='definition env'><span class='env-label'>Definition 3.1</span> Eine "
        "Folge \\((a_n)\\) heißt beschränkt, wenn es eine Zahl \\(M\\) gibt, sodass alle "
        "Glieder betragsmäßig kleiner als \\(M\\) sind.</div><div class='theorem env'><span "
        "class='env-label'>Satz 3.2</span> Jede konvergente Folge ist beschränkt.</div><div "
        "class='proof env'><span class='env-label'>Beweis.</span> Ab einem Index liegen alle "
        "Glieder in der Umgebung des Grenzwerts; von den endlich vielen Gliedern davor nimmt "
        "man das größte. ∎</div><p>Die Umkehrung gilt nicht, wie die Folge der "
        "abwechselnden Vorzeichen zeigt.</p><nav class='d-flex justify-content-between'><a "
        "href='kap2.html'>← Kapitel 2</a><a href='kap4.html'>Kapitel 4 →</a></nav>",
        brand="Analysis I – Skript",
        nav=("Skript", "Übungsblätter", "Klausur"),
        card_title="Kapitel",
        cards=("1 Mengen und Abbildungen", "2 Die reellen Zahlen"),
        footer="Lehrstuhl für Analysis · Impressum",
    ),
    (
        "Jede konvergente Folge ist beschränkt.",
        "Ab einem Index liegen alle Glieder in der Umgebung des Grenzwerts",
        "Die Umkehrung gilt nicht",
        "Glieder betragsmäßig kleiner als",
    ),
    ("Kapitel 4 →", "Übungsblätter", "1 Mengen und Abbildungen"),
)

# --- Hindi, a sky-watching guide for the month: an intro, a table of events by date,
# paragraphs on the planets; an app-download box and a newsletter form.
PROBES.add(
    "hi_sky_guide_events_table_planets",
    "https://aakash.example.in/hi/akash-darshan-disambar-2026",
    astra(
        "hi",
        "दिसंबर 2026 का आकाश दर्शन",
        "<p>इस महीने की लंबी और साफ़ रातें तारे देखने के लिए सबसे अच्छी होती हैं।</p>"
        "<figure class='wp-block-table'><table><thead><tr><th>तारीख</th><th>घटना</th></tr>"
        "</thead><tbody><tr><td>14 दिसंबर</td><td>मिथुन उल्का वर्षा का चरम</td></tr><tr><td>"
        "21 दिसंबर</td><td>शीत अयनांत, साल की सबसे लंबी रात</td></tr></tbody></table>"
        "</figure><h2>ग्रह</h2><p>शुक्र शाम को पश्चिमी क्षितिज पर सबसे चमकीला दिखाई देगा।"
        "</p><p>बृहस्पति आधी रात के आसपास सिर के ऊपर होगा और छोटी दूरबीन से उसके चार "
        "चंद्रमा दिख जाएंगे।</p>",
        site="आकाश दर्शन",
        after="<div class='app-box'><p>हमारा ऐप डाउनलोड करें और हर घटना की सूचना पाएं।</p>"
        "<a href='#'>Google Play</a></div><div class='newsletter'><p>मासिक पत्रिका के लिए "
        "ईमेल दर्ज करें</p><input></div>",
        widget_title="पिछले महीने",
        widgets=("नवंबर 2026 का आकाश दर्शन", "अक्टूबर 2026 का आकाश दर्शन"),
        footer="© 2026 आकाश दर्शन",
    ),
    (
        "तारे देखने के लिए सबसे अच्छी होती हैं",
        "मिथुन उल्का वर्षा का चरम",
        "शुक्र शाम को पश्चिमी क्षितिज पर सबसे चमकीला दिखाई देगा।",
        "उसके चार चंद्रमा दिख जाएंगे",
    ),
    ("हमारा ऐप डाउनलोड करें", "मासिक पत्रिका के लिए", "नवंबर 2026 का आकाश दर्शन"),
)

# --- Italian, a clinical case report on a society's site: sections (presentation,
# examinations, discussion) under <h3>s, a teaching-points box, a quiz after.
PROBES.add(
    "it_clinical_case_sections_quiz_after",
    "https://casiclinici.example.it/caso/2026-44-tosse-cronica",
    drupal(
        "it",
        "Caso clinico: tosse cronica in un fornaio di 52 anni",
        field(
            "body",
            "<h3>Presentazione</h3><p>Un uomo di 52 anni, fornaio da trent'anni, riferisce "
            "tosse secca da sei mesi che peggiora nei giorni di lavoro.</p><h3>Esami</h3><p>La "
            "spirometria mostra un lieve deficit ostruttivo reversibile dopo "
            "broncodilatatore.</p><h3>Discussione</h3><p>L'esposizione alla farina è una "
            "causa nota di asma professionale e va indagata in ogni panificatore con "
            "sintomi respiratori.</p><div class='teaching-points'><h4>Punti chiave</h4><ul><li>"
            "Chiedere sempre del lavoro al paziente con tosse cronica.</li></ul></div>",
        )
        + "<div class='quiz'><h3>Mettiti alla prova</h3><p>Qual è il prossimo esame da "
        "richiedere?</p><label><input type='radio'> Prick test per la farina</label></div>",
        site="Casi Clinici",
        menu=("Casi", "Quiz", "Iscriviti"),
        sidebar_title="Casi recenti",
        sidebar=("Dolore toracico in una maratoneta", "Febbre al ritorno dal Mali"),
        footer="Società Italiana di Medicina Generale · Privacy",
    ),
    (
        "tosse secca da sei mesi che peggiora nei giorni di lavoro",
        "lieve deficit ostruttivo reversibile",
        "causa nota di asma professionale",
        "Chiedere sempre del lavoro al paziente con tosse cronica.",
    ),
    ("Mettiti alla prova", "Prick test per la farina", "Dolore toracico in una maratoneta"),
)

# --- Hungarian, a book's errata page: an intro line, then a table of page, line, wrong
# and right; the publisher's menu and a "report an error" form.
PROBES.add(
    "hu_errata_table_after_intro",
    "https://kiado.example.hu/konyvek/a-tiszai-halaszok/hibajegyzek",
    table_layout(
        "hu",
        "Hibajegyzék – A tiszai halászok (2. kiadás)",
        "<p>Olvasóink figyelmességének köszönhetően az alábbi hibákat találtuk a második "
        "kiadásban.</p><table border='1' cellpadding='4'><tr><th>Oldal</th><th>Sor</th><th>"
        "Hibás</th><th>Helyesen</th></tr><tr><td>47</td><td>12</td><td>1887-ben</td><td>"
        "1878-ban</td></tr><tr><td>112</td><td>3</td><td>varsát</td><td>vejszét</td></tr>"
        "</table><p>A harmadik kiadásban a hibákat javítjuk.</p><form><b>Hibát talált?</b> "
        "<input name='hiba'> <input type='submit' value='Beküldés'></form>",
        menu=("Főoldal", "Könyveink", "Szerzőink", "Kapcsolat"),
        footer="Folyópart Kiadó · látogató",
    ),
    (
        "az alábbi hibákat találtuk a második kiadásban",
        "1878-ban",
        "vejszét",
        "A harmadik kiadásban a hibákat javítjuk.",
    ),
    ("Hibát talált?", "Szerzőink"),
)

# --- Finnish, a teacher's lesson plan: goals as a list, the lesson's phases in a table
# of time and activity, materials; the teachers' material bank's furniture.
PROBES.add(
    "fi_lesson_plan_phases_table",
    "https://opemateriaali.example.fi/tuntisuunnitelmat/murtoluvut-pizzalla",
    drupal(
        "fi",
        "Tuntisuunnitelma: Murtoluvut pizzan avulla (4. lk)",
        field(
            "body",
            "<h2>Tavoitteet</h2><ul><li>Oppilas osaa nimetä puolikkaan, kolmasosan ja "
            "neljäsosan.</li><li>Oppilas vertailee murtolukuja kuvan avulla.</li></ul><h2>"
            "Tunnin kulku</h2><table><tr><th>Aika</th><th>Toiminta</th></tr><tr><td>10 min"
            "</td><td>Pahvipizzojen leikkaaminen pareittain</td></tr><tr><td>20 min</td><td>"
            "Palojen vertailu ja tulosten kirjaaminen vihkoon</td></tr></table><h2>"
            "Materiaalit</h2><p>Pahvia, saksia ja tusseja jokaiselle parille.</p>",
        )
        + "<div class='rating'>Arvioi materiaali: ☆☆☆☆☆</div>",
        site="Opemateriaali",
        menu=("Materiaalit", "Lataa oma", "Kirjaudu"),
        sidebar_title="Samankaltaiset",
        sidebar=("Kellonajat leikkikellolla", "Kertotaulut pihalla"),
        footer="Opemateriaali ry · Saavutettavuusseloste",
    ),
    (
        "Oppilas osaa nimetä puolikkaan, kolmasosan ja neljäsosan.",
        "Pahvipizzojen leikkaaminen pareittain",
        "Pahvia, saksia ja tusseja jokaiselle parille.",
    ),
    ("Arvioi materiaali", "Kellonajat leikkikellolla", "Saavutettavuusseloste"),
)

# --- Hebrew, a board game's rules page: components, setup as an ordered list, the turn
# in short sections; the shop's "add to cart" and other games.
PROBES.add(
    "he_board_game_rules_setup_turn",
    "https://mishakim.example.co.il/hukim/shuk-hatavlinim",
    bootstrap(
        "he",
        "חוקי המשחק: שוק התבלינים",
        "<h2 class='h5'>מה בקופסה</h2><p>לוח שוק, 60 קלפי תבלין, 4 עגלות עץ ו־20 מטבעות."
        "</p><h2 class='h5'>הכנה</h2><ol><li>מניחים את הלוח במרכז ומערבבים את קלפי "
        "התבלין.</li><li>כל שחקן מקבל עגלה ושלושה מטבעות.</li></ol><h2 class='h5'>מהלך תור"
        "</h2><p>בתורכם אפשר לקנות תבלין אחד מהדוכן או להעביר את העגלה שני דוכנים קדימה."
        "</p><p>המשחק נגמר כשאחד השחקנים אוסף חמישה תבלינים שונים.</p><a class='btn "
        "btn-success' href='/cart/add/77'>הוספה לסל</a>",
        brand="משחקים בקופסה",
        nav=("משחקים", "חוקים", "צור קשר"),
        card_title="משחקים נוספים",
        cards=("נמל הדייגים", "מסע הגמלים"),
        footer="© משחקים בקופסה",
        dir_="rtl",
    ),
    (
        "לוח שוק, 60 קלפי תבלין, 4 עגלות עץ ו־20 מטבעות.",
        "כל שחקן מקבל עגלה ושלושה מטבעות.",
        "להעביר את העגלה שני דוכנים קדימה",
        "אוסף חמישה תבלינים שונים",
    ),
    ("הוספה לסל", "נמל הדייגים"),
)

# --- Malayalam, a transit authority's service notice on a government design system: the
# change, the affected stops as a list, the alternative.
PROBES.add(
    "ml_transit_service_notice_stops_list",
    "https://metro.example.gov.in/ml/arippukal/2026-11-kaloor",
    gov(
        "ml",
        "കലൂർ സ്റ്റേഷനിൽ താൽക്കാലിക സേവന മാറ്റം",
        "<p class='govuk-body-l'>ട്രാക്ക് അറ്റകുറ്റപ്പണി കാരണം നവംബർ 15, 16 തീയതികളിൽ രാത്രി "
        "9 മണിക്കുശേഷം കലൂർ സ്റ്റേഷനിൽ ട്രെയിനുകൾ നിർത്തില്ല.</p><h2 "
        "class='govuk-heading-m'>ബാധിക്കുന്ന സ്റ്റേഷനുകൾ</h2><ul class='govuk-list "
        "govuk-list--bullet'><li>കലൂർ</li><li>ടൗൺ ഹാൾ</li></ul><p class='govuk-body'>ഈ "
        "സമയത്ത് യാത്രക്കാർക്കായി ഓരോ പതിനഞ്ച് മിനിറ്റിലും സൗജന്യ ഫീഡർ ബസ് ഓടും.</p>",
        service="മെട്രോ റെയിൽ",
        crumbs=("ഹോം", "അറിയിപ്പുകൾ"),
        feedback="ഈ പേജ് ഉപകാരപ്രദമായിരുന്നോ?",
        footer="സ്വകാര്യതാ നയം · പ്രവേശനക്ഷമത",
        related_title="ബന്ധപ്പെട്ടവ",
        related=("ടിക്കറ്റ് നിരക്കുകൾ", "ട്രെയിൻ സമയം"),
    ),
    (
        "രാത്രി 9 മണിക്കുശേഷം കലൂർ സ്റ്റേഷനിൽ ട്രെയിനുകൾ നിർത്തില്ല.",
        "ടൗൺ ഹാൾ",
        "സൗജന്യ ഫീഡർ ബസ് ഓടും",
    ),
    ("ഈ പേജ് ഉപകാരപ്രദമായിരുന്നോ?", "ടിക്കറ്റ് നിരക്കുകൾ", "സ്വകാര്യതാ നയം"),
)

# --- Traditional Chinese with English, a bilingual notice set side by side: two columns
# of the same text, each in its language; a language switch above.
PROBES.add(
    "zh_hant_bilingual_columns_notice",
    "https://www.example-library.org.hk/notice/2026-renovation",
    bootstrap(
        "zh-Hant",
        "圖書館翻新工程通告 Library Renovation Notice",
        "<div class='lang-switch mb-3'><a href='?lang=tc'>繁</a> | <a href='?lang=en'>EN"
        "</a></div><div class='row'><div class='col-md-6' lang='zh-Hant'><p>本館二樓自習室將於"
        "十二月一日起暫停開放，進行為期八星期的翻新工程。</p><p>工程期間，讀者可使用三樓"
        "的臨時自習區。</p></div><div class='col-md-6' lang='en'><p>The second-floor study "
        "room will close from 1 December for eight weeks of renovation.</p><p>During the "
        "works, readers may use the temporary study area on the third floor.</p></div></div>",
        brand="城東公共圖書館",
        nav=("館藏", "活動", "聯絡我們"),
        card_title="最新通告",
        cards=("聖誕節開放時間", "電子書平台維護"),
        footer="© 城東公共圖書館",
    ),
    (
        "本館二樓自習室將於十二月一日起暫停開放",
        "讀者可使用三樓的臨時自習區",
        "The second-floor study room will close from 1 December",
        "readers may use the temporary study area on the third floor",
    ),
    ("聖誕節開放時間", "聯絡我們"),
)
