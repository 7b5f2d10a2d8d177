"""Public services, courses, events and notices: steps and fees, syllabi, programmes,
timetables and results tables, opening hours."""

from __future__ import annotations

from .pages import (
    Furniture,
    Probes,
    elementor,
    elementor_section,
    elementor_widget,
    furnished,
    page,
    wordpress,
)

PROBES = Probes()

# --- French, an event page (Drupal-like): the event's facts in a definition list, then
# its programme as a list.
PROBES.add(
    "fr_drupal_event_facts_programme",
    "https://culture.example.fr/agenda/nuit-des-orgues",
    page(
        "fr",
        "La nuit des orgues",
        "<div class='dialog-off-canvas-main-canvas'><header role='banner'><a href='/'>Ville "
        "de Beaumarin</a><nav><a href='/agenda'>Agenda</a><a href='/musees'>Musées</a></nav>"
        "</header><main role='main'><div class='region region-content'><article "
        "class='node node--type-evenement node--view-mode-full'><h1 class='page-title'>"
        "<span class='field field--name-title'>La nuit des orgues</span></h1>"
        "<div class='node__content'><div class='field field--name-body field--type-text-"
        "with-summary'><p>Pour la troisième année, les quatre églises du centre ouvrent "
        "leurs tribunes au public le temps d'une nuit de concerts gratuits.</p></div>"
        "<dl class='infos-pratiques'><dt>Date</dt><dd>Samedi 20 septembre, de 20 h à "
        "minuit</dd><dt>Lieu</dt><dd>Églises Saint-Rémi, Notre-Dame, Saint-Paul et "
        "Sainte-Claire</dd><dt>Tarif</dt><dd>Entrée libre</dd></dl>"
        "<h2>Programme</h2><ul><li>20 h : ouverture par la chorale des écoles à "
        "Saint-Rémi</li><li>21 h 30 : improvisations sur des films muets à Notre-Dame</li>"
        "<li>23 h : toccatas à quatre mains à Sainte-Claire</li></ul></div></article>"
        "<div class='block-partage'><span>Partager :</span><a href='#'>Facebook</a> <a "
        "href='#'>X</a></div></div></main><footer><p>Mairie de Beaumarin, place du Marché"
        "</p><a href='/mentions'>Informations légales</a></footer></div>",
    ),
    (
        "les quatre églises du centre ouvrent leurs tribunes",
        "Entrée libre",
        "improvisations sur des films muets à Notre-Dame",
        "toccatas à quatre mains à Sainte-Claire",
    ),
    ("Informations légales", "Partager :"),
)

# --- Dutch, a government service page (GOV.UK-like layout): steps, a fee table, contacts.
PROBES.add(
    "nl_gov_service_steps_fees",
    "https://www.example-gemeente.nl/paspoort-aanvragen",
    page(
        "nl",
        "Paspoort aanvragen",
        "<header class='govuk-header'><a href='/' class='govuk-header__link'>Gemeente "
        "Veldhoven-aan-Zee</a></header><div class='govuk-width-container'><div "
        "class='govuk-breadcrumbs'><ol><li><a href='/'>Home</a></li><li><a href='/burgerzaken'>"
        "Burgerzaken</a></li></ol></div><main class='govuk-main-wrapper' id='main-content'>"
        "<div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'><h1 "
        "class='govuk-heading-xl'>Paspoort aanvragen</h1><p class='govuk-body-l'>U vraagt "
        "een paspoort aan in het stadhuis. Maak hiervoor eerst een afspraak.</p><h2 "
        "class='govuk-heading-m'>Zo werkt het</h2><ol class='govuk-list govuk-list--number'>"
        "<li>Maak online een afspraak bij Burgerzaken.</li><li>Neem een pasfoto mee die niet "
        "ouder is dan zes maanden.</li><li>Haal het paspoort na vijf werkdagen op.</li></ol>"
        "<h2 class='govuk-heading-m'>Kosten</h2><table class='govuk-table'><thead><tr><th>"
        "Document</th><th>Prijs</th></tr></thead><tbody><tr><td>Paspoort 18 jaar en ouder"
        "</td><td>€ 84,70</td></tr><tr><td>Paspoort jonger dan 18 jaar</td><td>€ 63,15</td>"
        "</tr></tbody></table><h2 class='govuk-heading-m'>Spoed</h2><p class='govuk-body'>"
        "Heeft u het paspoort sneller nodig? Tegen een toeslag ligt het de volgende werkdag "
        "klaar.</p></div><div class='govuk-grid-column-one-third'><aside "
        "class='app-related-items'><h2>Gerelateerd</h2><ul><li><a href='/id-kaart'>"
        "Identiteitskaart aanvragen</a></li><li><a href='/rijbewijs'>Rijbewijs verlengen</a>"
        "</li></ul></aside></div></div></main></div><footer class='govuk-footer'><a "
        "href='/cookies'>Cookies</a><a href='/toegankelijkheid'>Toegankelijkheid</a>"
        "</footer>",
    ),
    (
        "Maak online een afspraak bij Burgerzaken.",
        "Neem een pasfoto mee die niet ouder is dan zes maanden.",
        "Paspoort jonger dan 18 jaar",
        "Tegen een toeslag ligt het de volgende werkdag klaar.",
    ),
    ("Identiteitskaart aanvragen", "Toegankelijkheid"),
)

# --- Italian, a university course page: facts in a table, the syllabus as a list.
PROBES.add(
    "it_course_page_syllabus",
    "https://www.example-ateneo.it/corsi/2026/idraulica-ambientale",
    page(
        "it",
        "Idraulica ambientale",
        "<div id='header'><a href='/'>Ateneo di Valmarina</a><ul class='menu'><li><a "
        "href='/didattica'>Didattica</a></li><li><a href='/ricerca'>Ricerca</a></li></ul>"
        "</div><div id='main-container'><div id='content' class='col-md-9'><h1>Idraulica "
        "ambientale</h1><table class='scheda-insegnamento'><tr><td>Crediti</td><td>9 CFU</td>"
        "</tr><tr><td>Semestre</td><td>Secondo</td></tr><tr><td>Lingua</td><td>Italiano</td>"
        "</tr><tr><td>Docente</td><td>Prof.ssa Livia Ardenghi</td></tr></table><h2>Obiettivi "
        "formativi</h2><p>Il corso fornisce gli strumenti per descrivere il moto delle acque "
        "nei fiumi e negli estuari e per progettare semplici opere di difesa.</p><h2>Programma"
        "</h2><ul><li>Equazioni delle correnti a pelo libero</li><li>Trasporto di sedimenti "
        "e erosione delle sponde</li><li>Dispersione di inquinanti in alveo</li></ul><h2>"
        "Modalità d'esame</h2><p>Prova scritta con esercizi numerici seguita da un colloquio "
        "sul progetto svolto in gruppo.</p></div><div id='sidebar' class='col-md-3'><h3>Link "
        "utili</h3><ul><li><a href='/orari'>Orario delle lezioni</a></li><li><a "
        "href='/aule'>Aule e laboratori</a></li></ul></div></div><div id='footer'><p>Ateneo "
        "di Valmarina - P.IVA 00000000000</p></div>",
    ),
    (
        "Il corso fornisce gli strumenti per descrivere il moto delle acque",
        "Trasporto di sedimenti e erosione delle sponde",
        "Dispersione di inquinanti in alveo",
        "Prova scritta con esercizi numerici",
    ),
    ("Orario delle lezioni", "P.IVA 00000000000"),
)


# --- German, an Elementor service page of a physiotherapy practice: headings, text widgets
# and pictures, each in a widget of its own, in three sections.
PROBES.add(
    "de_elementor_service_page_sections",
    "https://physio.example.de/leistungen/manuelle-therapie/",
    elementor(
        "de",
        "Manuelle Therapie",
        elementor_section(
            elementor_widget(
                "heading", "<h1 class='elementor-heading-title'>Manuelle Therapie</h1>"
            ),
            elementor_widget(
                "text-editor",
                "<p>Bei der manuellen Therapie lösen wir Blockaden an Gelenken und Wirbelsäule "
                "mit gezielten, sanften Handgriffen.</p>",
            ),
        )
        + elementor_section(
            elementor_widget("image", "<img src='/w/hand.jpg' alt=''>"),
            elementor_widget(
                "heading", "<h2 class='elementor-heading-title'>Für wen eignet sie sich?</h2>"
            ),
            elementor_widget(
                "text-editor",
                "<p>Sie hilft bei Rückenschmerzen, steifem Nacken, Kopfschmerzen aus der "
                "Halswirbelsäule und nach Verletzungen des Sprunggelenks.</p>",
            ),
        )
        + elementor_section(
            elementor_widget(
                "heading", "<h2 class='elementor-heading-title'>Ablauf und Dauer</h2>"
            ),
            elementor_widget(
                "text-editor",
                "<p>Eine Behandlung dauert zwanzig Minuten; meist verordnet die Ärztin sechs "
                "Termine.</p><p>Bringen Sie zum ersten Termin bitte bequeme Kleidung und die "
                "Verordnung mit.</p>",
            ),
            elementor_widget(
                "button", "<a class='elementor-button' href='/termin'>Termin buchen</a>"
            ),
        ),
    ),
    (
        "lösen wir Blockaden an Gelenken und Wirbelsäule",
        "Sie hilft bei Rückenschmerzen, steifem Nacken",
        "Eine Behandlung dauert zwanzig Minuten",
        "Bringen Sie zum ersten Termin bitte bequeme Kleidung",
    ),
    ("Impressum · Datenschutz",),
)

# --- Arabic, a government service page: eligibility, documents, fee as a table; RTL.
PROBES.add(
    "ar_gov_service_documents",
    "https://www.example.gov.xx/ar/services/birth-certificate",
    page(
        "ar",
        "إصدار شهادة ميلاد",
        "<header class='gov-header'><a href='/ar'>البوابة الحكومية</a><nav><a "
        "href='/ar/services'>الخدمات</a><a href='/ar/news'>الأخبار</a></nav></header><main "
        "id='main'><div class='service-page'><h1>إصدار شهادة ميلاد</h1><div "
        "class='service-desc'><p>تتيح هذه الخدمة إصدار شهادة ميلاد للمواطنين والمقيمين المولودين "
        "داخل الدولة.</p></div><div class='service-section'><h2>المستندات المطلوبة</h2><ul><li>"
        "بطاقة هوية أحد الوالدين</li><li>إشعار الولادة الصادر من المستشفى</li><li>عقد الزواج"
        "</li></ul></div><div class='service-section'><h2>الرسوم ومدة الإنجاز</h2><table><tr>"
        "<td>الرسوم</td><td>خمسة دنانير</td></tr><tr><td>مدة الإنجاز</td><td>يوم عمل واحد</td>"
        "</tr></table></div><div class='service-rating'><p>هل كانت هذه الصفحة مفيدة؟</p><button>"
        "نعم</button><button>لا</button></div></div></main><footer><p>جميع الحقوق محفوظة © "
        "البوابة الحكومية</p></footer>",
        dir_="rtl",
    ),
    (
        "تتيح هذه الخدمة إصدار شهادة ميلاد",
        "إشعار الولادة الصادر من المستشفى",
        "خمسة دنانير",
        "يوم عمل واحد",
    ),
    ("هل كانت هذه الصفحة مفيدة؟", "جميع الحقوق محفوظة"),
)

# --- Hebrew, a university course page with a weekly schedule table.
PROBES.add(
    "he_course_weekly_table",
    "https://www.example.ac.il/courses/2026/astro-101",
    page(
        "he",
        "מבוא לאסטרונומיה",
        "<div class='top-nav'><a href='/'>המכללה האקדמית עמק</a><a href='/courses'>קורסים"
        "</a></div><div class='layout'><div class='side-menu'><ul><li><a href='/f/1'>הפקולטה "
        "למדעים</a></li><li><a href='/f/2'>לוח מבחנים</a></li></ul></div><div "
        "class='page-body'><h1>מבוא לאסטרונומיה</h1><p>הקורס מציג את מבנה מערכת השמש, את חייהם "
        "של כוכבים ואת שיטות התצפית המודרניות.</p><h3>מערך שבועי</h3><table class='syllabus'>"
        "<tr><th>שבוע</th><th>נושא</th></tr><tr><td>1</td><td>השמיים בעין בלתי מזוינת</td>"
        "</tr><tr><td>2</td><td>כוכבי הלכת ומסלוליהם</td></tr><tr><td>3</td><td>טלסקופים "
        "וגלאים</td></tr></table><h3>דרישות</h3><p>נוכחות בשתי תצפיות לילה ועבודה מסכמת של "
        "חמישה עמודים.</p></div></div><div class='footer'>כל הזכויות שמורות למכללה</div>",
        dir_="rtl",
    ),
    (
        "הקורס מציג את מבנה מערכת השמש",
        "כוכבי הלכת ומסלוליהם",
        "טלסקופים וגלאים",
        "נוכחות בשתי תצפיות לילה",
    ),
    ("לוח מבחנים", "כל הזכויות שמורות"),
)

# --- Greek, an event page whose programme is a table of times and acts.
PROBES.add(
    "el_event_programme_table",
    "https://festival.example.gr/2026/programma-savvato",
    wordpress(
        "el",
        "Πρόγραμμα Σαββάτου",
        "<p>Το δεύτερο βράδυ του φεστιβάλ γίνεται στο παλιό λιμάνι, με ελεύθερη είσοδο για "
        "όλους.</p><table class='programme'><tr><td>19:00</td><td>Χορωδία του Δήμου</td></tr>"
        "<tr><td>20:30</td><td>Κουαρτέτο εγχόρδων «Αλκυόνη»</td></tr><tr><td>22:00</td><td>"
        "Συναυλία με τη Μαρίνα Λαζαρίδου</td></tr></table><p>Σε περίπτωση βροχής οι "
        "εκδηλώσεις μεταφέρονται στο κλειστό γυμναστήριο.</p>",
    ),
    (
        "γίνεται στο παλιό λιμάνι, με ελεύθερη είσοδο",
        "Χορωδία του Δήμου",
        "Κουαρτέτο εγχόρδων «Αλκυόνη»",
        "οι εκδηλώσεις μεταφέρονται στο κλειστό γυμναστήριο",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Swahili, a public notice as <div> and <br> prose in an old table layout.
PROBES.add(
    "sw_notice_div_br_table_layout",
    "https://www.example-halmashauri.go.tz/tangazo/maji",
    page(
        "sw",
        "Tangazo la kukatika kwa maji",
        "<table width='100%' class='layout'><tr><td colspan='2' class='banner'><a href='/'>"
        "Halmashauri ya Mji wa Pwani Ndogo</a></td></tr><tr><td width='200' class='menu'><a "
        "href='/'>Mwanzo</a><br><a href='/matangazo'>Matangazo</a><br><a "
        "href='/mawasiliano'>Mawasiliano</a></td><td class='content'><h2>Tangazo la kukatika "
        "kwa maji</h2><div class='tangazo'>Halmashauri inawatangazia wakazi wa kata za "
        "Mwambao na Kilimani kwamba maji yatakatika Jumanne kuanzia saa mbili asubuhi.<br><br>"
        "Kazi hiyo inahusu kubadilisha bomba kuu karibu na soko la samaki.<br><br>Huduma "
        "itarejea jioni ya siku hiyo hiyo. Tunaomba radhi kwa usumbufu.</div></td></tr><tr>"
        "<td colspan='2' class='footer'>Hakimiliki © Halmashauri ya Mji</td></tr></table>",
    ),
    (
        "maji yatakatika Jumanne kuanzia saa mbili asubuhi",
        "kubadilisha bomba kuu karibu na soko la samaki",
        "Huduma itarejea jioni ya siku hiyo hiyo.",
    ),
    ("Hakimiliki", "Mawasiliano"),
)

# --- Polish, a timetable: a long table of short cells is the page's content.
PROBES.add(
    "pl_bus_timetable_table",
    "https://mpk.example.pl/rozklad/linia-17/przystanek-rynek",
    page(
        "pl",
        "Linia 17 – przystanek Rynek",
        "<div id='top'><a href='/'>MPK Example</a><ul class='menu'><li><a "
        "href='/rozklad'>Rozkład</a></li><li><a href='/bilety'>Bilety</a></li></ul></div>"
        "<div id='tresc'><h1>Linia 17 – przystanek Rynek</h1><p>Kierunek: Osiedle Słoneczne"
        "</p><table class='rozklad'><tr><th>Godz.</th><th>Dni robocze</th><th>Soboty</th>"
        "</tr><tr><td>5</td><td>12 42</td><td>—</td></tr><tr><td>6</td><td>02 17 32 47</td>"
        "<td>15 45</td></tr><tr><td>7</td><td>02 12 22 32 42 52</td><td>15 45</td></tr>"
        "<tr><td>8</td><td>07 27 47</td><td>15 45</td></tr></table><p class='uwagi'>Kursy "
        "oznaczone literą N obsługiwane są pojazdami niskopodłogowymi.</p></div><div "
        "id='stopka'>MPK Example sp. z o.o.</div>",
    ),
    (
        "Kierunek: Osiedle Słoneczne",
        "02 12 22 32 42 52",
        "obsługiwane są pojazdami niskopodłogowymi",
    ),
    ("MPK Example sp. z o.o.",),
)

# --- Korean, a government notice with the text in a table cell of a board layout.
PROBES.add(
    "ko_board_notice_table_cell",
    "https://www.example.go.kr/board/view?no=311",
    page(
        "ko",
        "도서관 휴관 안내",
        "<div id='header'><a href='/'>시립도서관</a><ul class='gnb'><li><a href='/notice'>"
        "공지사항</a></li><li><a href='/books'>자료검색</a></li></ul></div><div "
        "id='contents'><h2 class='sub-title'>공지사항</h2><table class='board-view'><tr><th>"
        "제목</th><td>도서관 휴관 안내</td></tr><tr><th>작성일</th><td>2026-06-01</td></tr>"
        "<tr><th>조회수</th><td>214</td></tr><tr><td colspan='2' class='view-content'><p>"
        "서고 정리를 위해 6월 10일부터 12일까지 본관이 휴관합니다.</p><p>휴관 기간에 반납하실 "
        "책은 정문 앞 무인반납함에 넣어 주시기 바랍니다.</p><p>분관은 정상 운영합니다.</p></td>"
        "</tr></table><div class='board-nav'><a href='/notice?no=310'>이전글</a><a "
        "href='/notice'>목록</a></div></div><div id='footer'>시립도서관 · 개인정보처리방침</div>",
    ),
    (
        "서고 정리를 위해 6월 10일부터 12일까지 본관이 휴관합니다",
        "정문 앞 무인반납함에 넣어 주시기 바랍니다",
        "분관은 정상 운영합니다.",
    ),
    ("개인정보처리방침", "이전글"),
)

# --- Turkish, a university department page where each staff member is a card: the page's
# text is a short intro, then the research areas as a list of lists.
PROBES.add(
    "tr_department_research_areas",
    "https://muh.example.edu.tr/insaat/arastirma",
    page(
        "tr",
        "Araştırma Alanları",
        "<div class='topbar'><a href='/'>Örnek Üniversitesi</a><a href='/en'>English</a>"
        "</div><nav class='mainmenu'><a href='/insaat'>Bölüm</a><a href='/insaat/akademik'>"
        "Akademik Kadro</a></nav><div class='page'><div class='col-left'><ul class='submenu'>"
        "<li><a href='/insaat/tarihce'>Tarihçe</a></li><li><a href='/insaat/laboratuvarlar'>"
        "Laboratuvarlar</a></li></ul></div><div class='col-main'><h1>Araştırma Alanları</h1>"
        "<p>Bölümümüzde beş ana dalda lisansüstü araştırma yapılmaktadır.</p><ul><li><strong>"
        "Yapı</strong><ul><li>Depreme dayanıklı yığma yapılar</li><li>Tarihi köprülerin "
        "güçlendirilmesi</li></ul></li><li><strong>Hidrolik</strong><ul><li>Kıyı erozyonu ve "
        "dalgakıranlar</li></ul></li><li><strong>Ulaştırma</strong><ul><li>Kent içi raylı "
        "sistemlerde yolcu akışı</li></ul></li></ul></div></div><div class='footer'>© Örnek "
        "Üniversitesi</div>",
    ),
    (
        "beş ana dalda lisansüstü araştırma yapılmaktadır",
        "Depreme dayanıklı yığma yapılar",
        "Tarihi köprülerin güçlendirilmesi",
        "Kıyı erozyonu ve dalgakıranlar",
        "Kent içi raylı sistemlerde yolcu akışı",
    ),
    ("Laboratuvarlar", "Akademik Kadro"),
)

# --- Czech, a sports club's results page: a match report table per round, each under an
# h3, no prose at all besides the tables.
PROBES.add(
    "cs_results_tables_only",
    "https://tj.example.cz/volejbal/vysledky-2026",
    page(
        "cs",
        "Výsledky sezóny 2026",
        "<div id='hlavicka'><a href='/'>TJ Sokol Example</a><ul><li><a href='/volejbal'>"
        "Volejbal</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></div><div id='obsah'>"
        "<h1>Výsledky sezóny 2026</h1><h3>1. kolo</h3><table><tr><td>Sokol Example</td><td>"
        "Jiskra Horní Ves</td><td>3:1</td></tr><tr><td>Slavoj Dolany</td><td>Sokol "
        "Example B</td><td>0:3</td></tr><tr><td>Lokomotiva Brod</td><td>Tatran Lhota</td><td>"
        "3:2</td></tr></table><h3>2. kolo</h3><table><tr><td>Lokomotiva "
        "Brod</td><td>Sokol Example</td><td>2:3</td></tr><tr><td>Sokol Example B</td><td>"
        "Jiskra Horní Ves</td><td>1:3</td></tr><tr><td>Tatran Lhota</td><td>Slavoj Dolany</td>"
        "<td>3:0</td></tr></table></div><div id='paticka'>TJ Sokol "
        "Example, z. s.</div>",
    ),
    (
        "Jiskra Horní Ves",
        "Slavoj Dolany",
        "Lokomotiva Brod",
        "2. kolo",
    ),
    ("TJ Sokol Example, z. s.",),
)

# --- Chinese (Traditional), a government service page whose steps are in an ordered list of
# <div>s, each with a title and a description, and a downloads table.
PROBES.add(
    "zh_tw_service_steps_divs",
    "https://www.example.gov.tw/service/moving-registration",
    page(
        "zh-TW",
        "遷入登記",
        "<div class='header'><a href='/'>戶政事務所</a><ul class='menu'><li><a href='/svc'>"
        "服務項目</a></li></ul></div><div class='container'><div class='content'><h2>遷入登記"
        "</h2><div class='intro'>遷入新住址後三十日內，應向新住址所在地的戶政事務所辦理登記。"
        "</div><div class='steps'><div class='step-item'><div class='step-title'>步驟一</div>"
        "<div class='step-desc'>攜帶身分證、印章及新住址的房屋證明文件。</div></div><div "
        "class='step-item'><div class='step-title'>步驟二</div><div class='step-desc'>到櫃檯"
        "填寫申請書並繳回舊的戶口名簿。</div></div><div class='step-item'><div "
        "class='step-title'>步驟三</div><div class='step-desc'>領取新的戶口名簿，約需二十分鐘。"
        "</div></div></div></div></div><div class='footer'>戶政事務所 版權所有</div>",
    ),
    (
        "遷入新住址後三十日內",
        "攜帶身分證、印章及新住址的房屋證明文件",
        "填寫申請書並繳回舊的戶口名簿",
        "領取新的戶口名簿，約需二十分鐘",
    ),
    ("版權所有",),
)

# --- Indonesian, a university announcement whose text sits in a Joomla item page.
PROBES.add(
    "id_joomla_item_page",
    "https://www.example-univ.ac.id/index.php/pengumuman/123-beasiswa",
    page(
        "id",
        "Pendaftaran Beasiswa Prestasi",
        "<div id='sp-header'><a href='/'>Universitas Example</a><ul class='sp-megamenu'><li>"
        "<a href='/akademik'>Akademik</a></li></ul></div><section id='sp-main-body'><div "
        "class='container'><div class='row'><main id='sp-component' class='col-lg-9'><div "
        "class='item-page' itemscope itemtype='https://schema.org/Article'><div "
        "class='page-header'><h2 itemprop='headline'>Pendaftaran Beasiswa Prestasi</h2></div>"
        "<dl class='article-info'><dt class='article-info-term'>Detail</dt><dd "
        "class='category-name'>Kategori: <a href='/pengumuman'>Pengumuman</a></dd><dd "
        "class='hits'>Dilihat: 1042</dd></dl><div itemprop='articleBody'><p>Pendaftaran "
        "beasiswa prestasi semester ganjil dibuka sampai akhir bulan ini.</p><p>Syarat utama "
        "adalah IPK minimal 3,5 dan surat rekomendasi dari dosen wali.</p><ol><li>Isi "
        "formulir daring</li><li>Unggah transkrip nilai</li></ol></div><ul class='pager "
        "pagenav'><li class='previous'><a href='/p/122'>Sebelumnya</a></li></ul></div></main>"
        "<aside id='sp-right' class='col-lg-3'><div class='sp-module'><h3>Agenda</h3><ul><li>"
        "Wisuda periode II</li></ul></div></aside></div></div></section><footer "
        "id='sp-footer'>© Universitas Example</footer>",
    ),
    (
        "dibuka sampai akhir bulan ini",
        "IPK minimal 3,5 dan surat rekomendasi",
        "Unggah transkrip nilai",
    ),
    ("Dilihat: 1042", "Wisuda periode II", "Sebelumnya"),
)

# --- Hindi, a government scheme page: eligibility as a list, benefits as a table.
PROBES.add(
    "hi_scheme_page_list_table",
    "https://yojana.example.gov.in/kisan-sinchai",
    page(
        "hi",
        "किसान सिंचाई सहायता योजना",
        "<div class='gov-top'><a href='/'>कृषि विभाग</a><a href='/en'>English</a></div><div "
        "class='container'><div class='row'><div class='col-md-3 left-menu'><ul><li><a "
        "href='/yojana'>सभी योजनाएँ</a></li><li><a href='/sampark'>संपर्क</a></li></ul></div>"
        "<div class='col-md-9 inner-content'><h1>किसान सिंचाई सहायता योजना</h1><p>इस योजना में "
        "छोटे किसानों को ड्रिप सिंचाई लगाने के लिए अनुदान दिया जाता है।</p><h2>पात्रता</h2><ul>"
        "<li>किसान के पास दो हेक्टेयर से कम भूमि हो</li><li>भूमि राज्य में पंजीकृत हो</li></ul>"
        "<h2>अनुदान</h2><table class='table'><tr><th>श्रेणी</th><th>अनुदान</th></tr><tr><td>"
        "सीमांत किसान</td><td>लागत का 80 प्रतिशत</td></tr><tr><td>लघु किसान</td><td>लागत का "
        "70 प्रतिशत</td></tr></table></div></div></div><div class='gov-footer'>अंतिम अद्यतन: "
        "10-04-2026 | वेबसाइट नीति</div>",
    ),
    (
        "ड्रिप सिंचाई लगाने के लिए अनुदान दिया जाता है",
        "किसान के पास दो हेक्टेयर से कम भूमि हो",
        "लागत का 80 प्रतिशत",
        "लागत का 70 प्रतिशत",
    ),
    ("वेबसाइट नीति",),
)

# --- Swedish, an article page of a municipality whose text is split: the standfirst in a
# <div class='ingress'>, the rest in sections each with a heading.
PROBES.add(
    "sv_municipal_sections",
    "https://www.example-kommun.se/bygga-bo/bygglov/altan",
    page(
        "sv",
        "Bygga altan",
        "<header class='sv-header'><a href='/'>Example kommun</a><nav><a href='/bygga-bo'>"
        "Bygga och bo</a></nav></header><main id='main'><div class='sv-layout'><div "
        "class='sv-text-portlet sv-use-margins'><h1 class='heading'>Bygga altan</h1></div><div "
        "class='sv-text-portlet'><div class='sv-text-portlet-content'><p class='ingress'>Du "
        "behöver oftast inget bygglov för en altan som är lägre än en meter.</p></div></div>"
        "<div class='sv-text-portlet'><div class='sv-text-portlet-content'><h2 "
        "class='subheading'>När behövs bygglov?</h2><p class='normal'>Om altanen är högre än "
        "en meter eller ligger närmare tomtgränsen än fyra och en halv meter behöver du "
        "bygglov.</p></div></div><div class='sv-text-portlet'><div "
        "class='sv-text-portlet-content'><h2 class='subheading'>Grannarnas medgivande</h2><p "
        "class='normal'>Bygger du nära gränsen ska grannen skriva under en ritning som visar "
        "altanens placering.</p></div></div><div class='sv-text-portlet sv-related'><div "
        "class='sv-text-portlet-content'><p>Senast uppdaterad: 2 mars 2026</p></div></div>"
        "</div></main><footer class='sv-footer'><p>Example kommun, 123 45 Exempelstad</p>"
        "</footer>",
    ),
    (
        "Du behöver oftast inget bygglov för en altan",
        "närmare tomtgränsen än fyra och en halv meter",
        "grannen skriva under en ritning",
    ),
    ("123 45 Exempelstad",),
)


# ---------------------------------------------------------------------------------------
# Round 34: the structures of the trafilatura set's pages (blogs, shops, clubs, councils):
# text inside a page-wide <form>, beside a form or a sign-up box, split by ad slots, in two
# columns, in several <article>s or going on after one; readers' comments and boxes of
# excerpts beside the text; roundups whose headings link what they present; embedded posts.
# --- German, ASP.NET WebForms: the whole page inside one <form>, text in a content panel.
PROBES.add(
    "de_aspnet_form_page",
    "https://www.example-verband.de/aktuelles/meldung.aspx?id=412",
    page(
        "de",
        "Sommerfest am Vereinsheim",
        "<form method='post' action='./meldung.aspx?id=412' id='aspnetForm'><div "
        "class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' value='abc'></div>"
        "<div id='header'><a href='/'>Example-Verband</a><div id='ctl00_pnlSuche' "
        "class='suche'><label for='q'>Suche</label><input type='text' id='q' name='q'><input "
        "type='submit' value='Los'></div><ul id='nav'><li><a href='/verein'>Verein</a></li>"
        "<li><a href='/termine'>Termine</a></li></ul></div><div id='ctl00_main' "
        "class='main'><div id='ctl00_ContentPlaceHolder1_pnlMeldung'><h1>Sommerfest am "
        "Vereinsheim</h1><span id='ctl00_ContentPlaceHolder1_lblDatum'>12.06.2026</span><br>"
        "<span id='ctl00_ContentPlaceHolder1_lblText'>Am letzten Samstag feierten rund "
        "zweihundert Mitglieder und Gäste das Sommerfest am Vereinsheim am Mühlbach.<br><br>"
        "Die Jugendabteilung hatte einen Parcours mit sieben Stationen aufgebaut, an dem sich "
        "auch viele Eltern versuchten.<br><br>Der Vorstand dankt allen Helferinnen und "
        "Helfern, ohne die das Fest nicht möglich gewesen wäre.</span></div></div><div "
        "id='footer'>© Example-Verband e.V. · <a href='/impressum'>Impressum</a></div></form>",
    ),
    (
        "rund zweihundert Mitglieder und Gäste",
        "Parcours mit sieben Stationen",
        "ohne die das Fest nicht möglich gewesen wäre",
    ),
    ("Impressum",),
)
# --- Czech, several <article>s: a page of a club's notices, each an <article> of its own
# under the page title; all are the page's text.
PROBES.add(
    "cs_notices_as_several_articles",
    "https://www.priklad-spolek.cz/oznameni",
    page(
        "cs",
        "Oznámení spolku",
        "<header><a href='/'>Příklad spolek</a><nav><a href='/'>Úvod</a><a "
        "href='/kontakt'>Kontakt</a></nav></header><main class='obsah'><h1>Oznámení "
        "spolku</h1><article class='oznameni'><h2>Výroční schůze</h2><p>Výroční schůze se "
        "koná v sobotu 21. března od 17 hodin v sále hasičské zbrojnice.</p></article><article "
        "class='oznameni'><h2>Členské příspěvky</h2><p>Příspěvky na letošní rok ve výši 300 "
        "korun vybírá pokladník do konce dubna.</p></article><article class='oznameni'><h2>"
        "Brigáda na hřišti</h2><p>Na jarní brigádu prosíme vzít hrábě a pracovní rukavice, "
        "občerstvení zajistí výbor.</p></article></main><footer><p>Příklad spolek, z. s.</p>"
        "</footer>",
    ),
    (
        "v sále hasičské zbrojnice",
        "vybírá pokladník do konce dubna",
        "vzít hrábě a pracovní rukavice",
    ),
    ("Příklad spolek, z. s.",),
)
# --- French, opening hours and prices of a museum page.
PROBES.add(
    "fr_museum_hours_and_prices",
    "https://www.musee-exemple.fr/infos-pratiques",
    page(
        "fr",
        "Infos pratiques",
        "<header><a href='/'>Musée Exemple</a></header><main><div class='page'><h1>Infos "
        "pratiques</h1><p>Le musée est installé dans l'ancienne filature, à dix minutes à "
        "pied de la gare.</p><h2>Horaires</h2><p>Du mardi au dimanche, de 10 h à 18 h.</p><p>"
        "Nocturne le jeudi jusqu'à 21 h.</p><h2>Tarifs</h2><ul><li>Plein tarif : 8 €</li><li>"
        "Tarif réduit : 5 €</li><li>Gratuit pour les moins de 18 ans</li></ul></div></main>"
        "<footer><p>Musée Exemple, 4 quai de la Filature</p></footer>",
    ),
    (
        "Du mardi au dimanche, de 10 h à 18 h.",
        "Nocturne le jeudi jusqu'à 21 h.",
        "Plein tarif : 8 €",
        "Gratuit pour les moins de 18 ans",
    ),
    ("4 quai de la Filature",),
)
# --- Swedish, an event page with dated programme lines in <p>s.
PROBES.add(
    "sv_event_programme_paragraphs",
    "https://www.exempel-bibliotek.se/evenemang/bokcirkel",
    page(
        "sv",
        "Bokcirkel på biblioteket",
        "<header><a href='/'>Exempel bibliotek</a></header><main><div class='event'><h1>"
        "Bokcirkel på biblioteket</h1><p>Vi läser och samtalar om nordiska romaner, en bok i "
        "månaden, och alla är välkomna.</p><p><strong>Tid:</strong> tisdag 14 april kl. 18.00"
        "</p><p><strong>Plats:</strong> Läsesalen, plan 2</p><p>Anmälan behövs inte, och "
        "böckerna finns att låna i receptionen.</p></div></main><footer><p>Exempel bibliotek"
        "</p></footer>",
    ),
    (
        "nordiska romaner",
        "Tid: tisdag 14 april kl. 18.00",
        "Plats: Läsesalen, plan 2",
        "böckerna finns att låna",
    ),
    (),
)

# --- Bulgarian, a company's press release: a dateline, the text, the company's boilerplate,
# a contact block for the media; related releases and a newsletter box after.
PROBES.add(
    "bg_press_release_contact_block",
    "https://firma.example.bg/press/2026/novo-hranilishte-plovdiv",
    page(
        "bg",
        "Пример АД открива ново хранилище в Пловдив",
        "<header class='site-header'><a href='/'>Пример АД</a><nav><a href='/za-nas'>За нас"
        "</a><a href='/press'>Прес център</a><a href='/karieri'>Кариери</a></nav></header>"
        "<main><div class='press-release'><p class='press-label'>Прессъобщение</p><h1>Пример "
        "АД открива ново хранилище в Пловдив</h1><p class='release-date'>14 май 2026</p><div "
        "class='release-body'><p><strong>Пловдив, 14 май 2026</strong> – Пример АД открива "
        "днес ново хладилно хранилище с площ от дванадесет хиляди квадратни метра.</p><p>В "
        "новия обект ще работят сто и двадесет души, като повечето от тях са наети от "
        "региона.</p><p>„Хранилището ще съкрати пътя на плодовете от полето до магазина с "
        "цял ден“, каза изпълнителният директор Мария Колева.</p><h3>За Пример АД</h3><p>"
        "Пример АД е основана през 1998 г. и управлява логистични центрове в пет "
        "български града.</p><h3>Контакти за медии</h3><p>Десислава Петрова<br>Тел.: +359 2 "
        "000 0000<br>press@firma.example.bg</p></div></div><section class='related-releases'"
        "><h2>Други съобщения</h2><ul><li><a href='/press/1'>Пример АД с нов финансов "
        "директор</a></li><li><a href='/press/2'>Резултати за първото тримесечие</a></li>"
        "</ul></section><div class='newsletter-box'><h2>Абонирайте се за новините ни</h2>"
        "<form><input type='email' placeholder='Имейл'><button>Абонирай ме</button></form>"
        "</div></main><footer><p>© 2026 Пример АД. Всички права запазени.</p></footer>",
    ),
    (
        "открива днес ново хладилно хранилище",
        "ще работят сто и двадесет души",
        "ще съкрати пътя на плодовете",
        "е основана през 1998 г.",
    ),
    (
        "с нов финансов директор",
        "Резултати за първото тримесечие",
        "Абонирайте се",
        "Всички права запазени",
    ),
)

# --- Greek, a ministry's decision on a government portal: numbered articles under their
# own headings, numbered paragraphs, an annex with a table; a share bar, a sign-up, comments
# of a consultation, related notices and a cookie banner around.
PROBES.add(
    "el_gov_decision_articles_annex",
    "https://www.ypourgeio.example.gr/anakoinoseis/apofasi-dasikes-diadromes",
    furnished(
        "el",
        "Απόφαση για τη σήμανση των δασικών διαδρομών",
        "<div class='field field--name-body'><p>Ο Υπουργός, έχοντας υπόψη τις διατάξεις του "
        "νόμου για την προστασία των ορεινών όγκων, αποφασίζει:</p><h3>Άρθρο 1 — Σκοπός</h3>"
        "<p>Η παρούσα απόφαση ορίζει τους κανόνες σήμανσης των δασικών διαδρομών που "
        "ανήκουν στο εθνικό δίκτυο πεζοπορίας.</p><h3>Άρθρο 2 — Πινακίδες</h3><ol><li>Κάθε "
        "διασταύρωση φέρει πινακίδα με την απόσταση σε χιλιόμετρα και τον εκτιμώμενο χρόνο "
        "πορείας.</li><li>Οι πινακίδες κατασκευάζονται από ξύλο καστανιάς χωρίς βερνίκι.</li>"
        "</ol><h3>Άρθρο 3 — Έναρξη ισχύος</h3><p>Η ισχύς της απόφασης αρχίζει από τη "
        "δημοσίευσή της στην Εφημερίδα της Κυβέρνησης.</p><h3>Παράρτημα Ι</h3><p>Χρώματα "
        "σήμανσης ανά κατηγορία διαδρομής:</p><table class='annex'><thead><tr><th>Κατηγορία"
        "</th><th>Χρώμα</th><th>Μέγιστη κλίση</th></tr></thead><tbody><tr><td>Εύκολη</td>"
        "<td>Πράσινο με λευκό περίγραμμα</td><td>10 %</td></tr><tr><td>Μέτρια</td><td>"
        "Κίτρινο με μαύρο περίγραμμα</td><td>18 %</td></tr><tr><td>Δύσκολη</td><td>Κόκκινο "
        "με λευκό περίγραμμα</td><td>30 %</td></tr></tbody></table></div>",
        Furniture(
            cookie="Χρησιμοποιούμε cookies για τη βελτίωση της εμπειρίας σας στον ιστότοπο.",
            share="Κοινοποίηση",
            newsletter="Εγγραφείτε για να λαμβάνετε τις ανακοινώσεις του υπουργείου στο email σας.",
            comments_title="Σχόλια διαβούλευσης",
            comments=(
                "Θα ήθελα να προστεθεί και σήμανση για τις πηγές νερού κατά μήκος της διαδρομής.",
            ),
            related_title="Σχετικές ανακοινώσεις",
            related=("Πρόσκληση για εθελοντές δασοπυρόσβεσης", "Νέοι κανόνες για τα καταφύγια"),
        ),
    ),
    (
        "ορίζει τους κανόνες σήμανσης των δασικών διαδρομών",
        "φέρει πινακίδα με την απόσταση σε χιλιόμετρα",
        "κατασκευάζονται από ξύλο καστανιάς χωρίς βερνίκι",
        "αρχίζει από τη δημοσίευσή της στην Εφημερίδα της Κυβέρνησης",
        "Κίτρινο με μαύρο περίγραμμα",
    ),
    (
        "Χρησιμοποιούμε cookies",
        "Εγγραφείτε για να λαμβάνετε",
        "σήμανση για τις πηγές νερού",
        "Πρόσκληση για εθελοντές",
    ),
)

# --- Korean, a university course page: the description, outcomes as a list, the
# assessment as a table, the readings; the department's other courses beside it.
PROBES.add(
    "ko_university_course_assessment_table",
    "https://www.daehak.example.ac.kr/courses/geo-214",
    furnished(
        "ko",
        "GEO214 하천 지형학",
        "<div class='course-info'><p class='course-meta'>3학점 · 2학기 · 담당 교수 한서윤</p>"
        "<h2>강의 개요</h2><p>이 강의는 하천이 계곡을 깎고 퇴적물을 옮기는 과정을 현장 "
        "관측 자료와 함께 살펴봅니다.</p><h2>학습 목표</h2><ul><li>하천의 유량과 유속을 "
        "직접 측정하고 기록할 수 있다.</li><li>범람원의 퇴적층을 읽고 홍수의 역사를 추정할 "
        "수 있다.</li></ul><h2>평가 방법</h2><table><tr><th>항목</th><th>비율</th></tr><tr>"
        "<td>현장 답사 보고서</td><td>40%</td></tr><tr><td>기말 시험</td><td>35%</td></tr>"
        "<tr><td>주간 퀴즈</td><td>25%</td></tr></table><h2>교재</h2><p>강의 자료는 매주 "
        "학습 관리 시스템에 올라오며 별도의 교재는 구입하지 않아도 됩니다.</p></div>",
        Furniture(
            cookie="이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.",
            share="공유하기",
            newsletter="학과 소식지를 이메일로 받아 보세요.",
            comments_title="수강 후기",
            comments=("답사가 힘들었지만 가장 기억에 남는 수업이었습니다.",),
            related_title="학과의 다른 강의",
            related=("GEO101 지리학 입문", "GEO305 해안 지형과 기후"),
        ),
    ),
    (
        "하천이 계곡을 깎고 퇴적물을 옮기는 과정",
        "직접 측정하고 기록할 수 있다",
        "범람원의 퇴적층을 읽고 홍수의 역사를 추정할",
        "현장 답사 보고서",
        "별도의 교재는 구입하지 않아도 됩니다",
    ),
    ("쿠키를 사용합니다", "학과 소식지를", "가장 기억에 남는 수업", "GEO101 지리학 입문"),
)

# --- French, a real-estate listing: the price and key facts, the description, the features
# as a list; similar listings as cards and a contact form beside it.
PROBES.add(
    "fr_real_estate_listing_facts",
    "https://immo.example.fr/annonce/vente-appartement-3-pieces-74-m2",
    furnished(
        "fr",
        "Appartement 3 pièces de 74 m² avec balcon",
        "<div class='listing'><p class='price'>238 000 €</p><ul class='key-facts'><li>74 m²"
        "</li><li>3 pièces</li><li>2 chambres</li><li>4e étage avec ascenseur</li></ul>"
        "<h2>Description</h2><p>Au cœur du quartier des Tanneurs, cet appartement traversant "
        "donne d'un côté sur un jardin intérieur et de l'autre sur la place du marché.</p>"
        "<p>Le séjour de trente mètres carrés ouvre sur un balcon exposé plein sud, et la "
        "cuisine a été refaite il y a deux ans.</p><h2>Caractéristiques</h2><ul><li>Chauffage "
        "collectif au gaz</li><li>Cave de six mètres carrés au sous-sol</li><li>Double "
        "vitrage dans toutes les pièces</li></ul><div class='similar-listings'><h3>Annonces "
        "similaires</h3><div class='card'><a href='/annonce/2'>Studio de 28 m² près de la "
        "gare</a><span>129 000 €</span></div><div class='card'><a href='/annonce/3'>Maison "
        "de ville avec cour</a><span>315 000 €</span></div></div></div>",
        Furniture(
            cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les "
            "annonces.",
            share="Partager l'annonce",
            newsletter="Recevez par e-mail les nouvelles annonces de ce quartier.",
            comments_title="Questions des visiteurs",
            comments=("Le parking est-il compris dans le prix ?",),
            related_title="Vous avez consulté",
            related=("Maison 5 pièces à rénover", "Terrain à bâtir de 600 m²"),
        ),
    ),
    (
        "238 000 €",
        "cet appartement traversant donne d'un côté sur un jardin intérieur",
        "ouvre sur un balcon exposé plein sud",
        "Cave de six mètres carrés au sous-sol",
    ),
    (
        "mesurer l'audience",
        "Recevez par e-mail",
        "Studio de 28 m² près de la gare",
        "Le parking est-il compris",
        "Maison 5 pièces à rénover",
    ),
)

# --- Spanish, a town's order on its site: each article's title a bold line of its own,
# numbered paragraphs, a closing provision, an annex as a list, the PDF's link.
PROBES.add(
    "es_municipal_order_bold_articles",
    "https://www.ayuntamiento.example.es/normativa/orden-huertos-urbanos",
    furnished(
        "es",
        "Orden por la que se regulan los huertos urbanos municipales",
        "<p>En virtud de las competencias atribuidas a esta concejalía, se dispone:</p><p>"
        "<strong>Artículo 1. Objeto</strong></p><p>Esta orden regula la cesión de parcelas "
        "de los huertos urbanos municipales a vecinos empadronados.</p><p><strong>Artículo 2. "
        "Duración</strong></p><p>1. La cesión se concede por dos años prorrogables una sola "
        "vez.</p><p>2. Las parcelas no podrán subarrendarse ni destinarse a fines "
        "comerciales.</p><p><strong>Disposición final única</strong></p><p>Esta orden entra "
        "en vigor al día siguiente de su publicación.</p><h3>ANEXO I</h3><ul><li>Modelo de "
        "solicitud</li><li>Plano de parcelas</li></ul><p class='docs'><a "
        "href='/f/orden.pdf'>Descargar la orden (PDF, 240 KB)</a></p>",
        Furniture(
            cookie="Este portal utiliza cookies técnicas y analíticas.",
            share="Compartir",
            newsletter="Suscríbase al boletín municipal de novedades.",
            comments_title="Aportaciones vecinales",
            comments=("¿Habrá parcelas adaptadas para personas mayores?",),
            related_title="Normativa relacionada",
            related=("Ordenanza de zonas verdes", "Reglamento de participación ciudadana"),
        ),
    ),
    (
        "Artículo 1. Objeto",
        "regula la cesión de parcelas de los huertos urbanos",
        "Artículo 2. Duración",
        "por dos años prorrogables una sola vez",
        "no podrán subarrendarse",
        "entra en vigor al día siguiente",
        "Modelo de solicitud",
    ),
    ("utiliza cookies técnicas", "boletín municipal", "parcelas adaptadas", "Ordenanza de zonas"),
)

# --- English, a course page whose schedule is a table of dated weeks (a row opening with
# a date is the schedule's, not a dateline).
PROBES.add(
    "en_course_schedule_dated_rows",
    "https://history.example.edu/courses/hist-230",
    furnished(
        "en",
        "HIST 230: Rivers and Empires",
        "<p>This course follows five rivers through three thousand years of trade, war and "
        "farming.</p><h2>Schedule</h2><table><thead><tr><th>Week</th><th>Date</th><th>Topic"
        "</th></tr></thead><tbody><tr><td>1</td><td>3 March 2026</td><td>Floods and the "
        "first granaries</td></tr><tr><td>2</td><td>10 March 2026</td><td>Canals, tolls and "
        "river kings</td></tr><tr><td>3</td><td>17 March 2026</td><td>Mills and the medieval "
        "economy</td></tr></tbody></table><h2>Assessment</h2><p>A map project worth forty "
        "percent and a final essay worth sixty percent.</p>",
        Furniture(
            cookie="This site uses cookies to remember your preferences.",
            share="Share this course",
            newsletter="Sign up for the department's monthly newsletter.",
            comments_title="Student reviews",
            comments=("Loved the field trip to the old mill.",),
            related_title="Other courses",
            related=("HIST 101: World History", "HIST 342: Maps and Power"),
        ),
    ),
    (
        "five rivers through three thousand years",
        "Floods and the first granaries",
        "Canals, tolls and river kings",
        "Mills and the medieval economy",
        "map project worth forty percent",
    ),
    ("uses cookies", "monthly newsletter", "field trip to the old mill", "HIST 101"),
)

# --- Polish, a real-estate listing whose facts are a definition list of short values.
PROBES.add(
    "pl_real_estate_fact_list",
    "https://nieruchomosci.example.pl/oferta/mieszkanie-3-pokoje-stare-miasto",
    furnished(
        "pl",
        "Mieszkanie 3-pokojowe, 54 m², Stare Miasto",
        "<p class='price'>689 000 zł</p><dl class='params'><dt>Powierzchnia</dt><dd>54 m²"
        "</dd><dt>Liczba pokoi</dt><dd>3</dd><dt>Piętro</dt><dd>2/4</dd><dt>Rok budowy</dt>"
        "<dd>1936</dd></dl><h2>Opis</h2><p>Słoneczne mieszkanie w odnowionej kamienicy, z "
        "oknami wychodzącymi na cichy dziedziniec.</p><p>Kuchnia z oknem, łazienka po "
        "remoncie, w piwnicy komórka lokatorska.</p>",
        Furniture(
            cookie="Korzystamy z plików cookie, aby dopasować oferty.",
            share="Udostępnij ogłoszenie",
            newsletter="Zapisz się, a wyślemy Ci nowe oferty z tej okolicy.",
            comments_title="Pytania do ogłoszenia",
            comments=("Czy jest miejsce parkingowe?",),
            related_title="Podobne oferty",
            related=("Kawalerka przy parku", "Dom z ogrodem pod miastem"),
        ),
    ),
    (
        "689 000 zł",
        "Powierzchnia",
        "Rok budowy",
        "odnowionej kamienicy",
        "komórka lokatorska",
    ),
    ("plików cookie", "Zapisz się", "miejsce parkingowe", "Kawalerka przy parku"),
)

# --- Round 37: kinds and languages the dev sets lack.

# --- Georgian, a ministry's order on a government portal (Drupal): numbered articles under
# their headings, an article's points as an ordered list, then the annex's table of fees;
# a print and a PDF link, a share bar and related documents.
PROBES.add(
    "ka_ministry_order_articles_annex",
    "https://ministry.example.gov.ge/ka/brdzaneba/2026/118",
    page(
        "ka",
        "ბრძანება №118 სამუზეუმო მომსახურების საფასურის შესახებ",
        "<header id='header'><a href='/'>სამინისტრო</a><nav><a href='/ka/siakhleebi'>სიახლეები"
        "</a><a href='/ka/dokumentebi'>დოკუმენტები</a></nav></header><div class='node "
        "node--type-document'><h1 class='page-title'>ბრძანება №118 სამუზეუმო მომსახურების "
        "საფასურის შესახებ</h1><div class='doc-tools'><a href='#' class='print'>ამობეჭდვა</a> "
        "<a href='/f/118.pdf' class='pdf'>PDF (214 კბ)</a></div><div class='field "
        "field--name-body'><h3>მუხლი 1. რეგულირების სფერო</h3><p>ეს ბრძანება ადგენს "
        "სახელმწიფო მუზეუმებში ექსკურსიისა და ფოტოგადაღების საფასურს.</p><h3>მუხლი 2. "
        "შეღავათები</h3><p>საფასურისგან თავისუფლდებიან:</p><ol><li>თექვსმეტ წლამდე ბავშვები;"
        "</li><li>სტუდენტები სტუდენტური ბარათის წარდგენისას;</li><li>სამოცდაათი წლის ზემოთ "
        "პირები.</li></ol><h3>მუხლი 3. ამოქმედება</h3><p>ბრძანება ამოქმედდეს 2027 წლის 1 "
        "იანვრიდან.</p><h3>დანართი 1</h3><table><thead><tr><th>მომსახურება</th><th>საფასური"
        "</th></tr></thead><tbody><tr><td>ჯგუფური ექსკურსია</td><td>40 ლარი</td></tr><tr><td>"
        "ფოტოგადაღება შუქის გარეშე</td><td>10 ლარი</td></tr></tbody></table></div><div "
        "class='share'><span>გაზიარება</span> <a href='#'>Facebook</a></div></div><aside "
        "class='related-docs'><h2>მსგავსი დოკუმენტები</h2><ul><li><a href='/d/97'>ბრძანება №97 "
        "ბიბლიოთეკების სამუშაო საათების შესახებ</a></li></ul></aside><footer><p>© სამინისტრო"
        "</p></footer>",
    ),
    (
        "მუხლი 1. რეგულირების სფერო",
        "ექსკურსიისა და ფოტოგადაღების საფასურს",
        "სტუდენტები სტუდენტური ბარათის წარდგენისას",
        "ბრძანება ამოქმედდეს 2027 წლის 1 იანვრიდან.",
        "დანართი 1",
        "ჯგუფური ექსკურსია",
        "40 ლარი",
    ),
    ("ამობეჭდვა", "PDF (214 კბ)", "გაზიარება", "ბიბლიოთეკების სამუშაო საათების"),
)

# --- Kazakh, a district akimat's notice: the points numbered in the text ("1." opening each
# paragraph), an annex table of addresses after a centred annex title; an "accessibility"
# bar, a views counter and the notices list beside it.
PROBES.add(
    "kk_akimat_notice_numbered_points",
    "https://audan.example.gov.kz/kk/habarlandyru/2291",
    page(
        "kk",
        "Сайлау учаскелерінің шекаралары туралы хабарлама",
        "<div class='a11y-bar'><a href='#'>Көру қабілеті нашар адамдарға арналған нұсқа</a>"
        "</div><header><a href='/'>Аудан әкімдігі</a></header><div class='container'><div "
        "class='col-md-8 news-detail'><h1>Сайлау учаскелерінің шекаралары туралы хабарлама</h1>"
        "<div class='news-meta'><span>18.09.2026</span> <span class='views'>Қаралды: 412</span>"
        "</div><div class='news-text'><p>Аудан әкімдігі келесі өзгерістер туралы хабарлайды:</p>"
        "<p>1. №14 сайлау учаскесі мектеп ғимаратынан мәдениет үйіне көшірілді.</p><p>2. Жаңа "
        "шағын аудан тұрғындары №15 учаскеде дауыс береді.</p><p>3. Учаскелердің жұмыс уақыты "
        "сағат 7.00-ден 20.00-ге дейін.</p><p style='text-align:center'><b>Қосымша</b></p><table "
        "border='1'><tr><td>№14</td><td>Абай көшесі, 12, мәдениет үйі</td></tr><tr><td>№15</td>"
        "<td>Жастар шағын ауданы, 3, спорт кешені</td></tr></table></div></div><div "
        "class='col-md-4'><div class='block-news'><h3>Барлық хабарландырулар</h3><ul><li><a "
        "href='/h/2290'>Жылу беру маусымының басталуы</a></li></ul></div></div></div><footer>"
        "<p>© Аудан әкімдігі</p></footer>",
    ),
    (
        "1. №14 сайлау учаскесі мектеп ғимаратынан мәдениет үйіне көшірілді.",
        "2. Жаңа шағын аудан тұрғындары",
        "сағат 7.00-ден 20.00-ге дейін",
        "Абай көшесі, 12, мәдениет үйі",
        "Жастар шағын ауданы, 3, спорт кешені",
    ),
    ("Қаралды: 412", "Көру қабілеті нашар", "Жылу беру маусымының"),
)

# --- Amharic, an event page: the date and place in a facts list, the description, the
# programme as a table of times and items, a ticket button, similar events after it.
PROBES.add(
    "am_event_programme_table",
    "https://zegejet.example.et/events/bahil-mishit",
    page(
        "am",
        "የባህል ምሽት በአዲስ አበባ",
        "<header><a href='/'>ዝግጅቶች</a><nav><a href='/events'>ሁሉም ዝግጅቶች</a></nav></header>"
        "<main class='event-single'><h1>የባህል ምሽት በአዲስ አበባ</h1><ul class='event-facts'><li>"
        "<span class='label'>ቀን፡</span> ቅዳሜ ኅዳር 12</li><li><span class='label'>ቦታ፡</span> "
        "የከተማው የባህል አዳራሽ</li></ul><a class='btn ticket' href='/t/1'>ትኬት ይግዙ</a><div "
        "class='event-description'><p>ከአምስት ክልሎች የመጡ ሙዚቀኞችና ተወዛዋዦች በአንድ መድረክ ላይ "
        "ባህላዊ ሙዚቃና ውዝዋዜ ያቀርባሉ።</p><p>ለቤተሰብ የሚሆን ዝግጅት ሲሆን ልጆች በነጻ ይገባሉ።</p>"
        "<h2>መርሐ ግብር</h2><table class='programme'><tr><th>ሰዓት</th><th>ዝግጅት</th></tr><tr>"
        "<td>18:00</td><td>የእንግዶች አቀባበልና ቡና ሥነ ሥርዓት</td></tr><tr><td>19:00</td><td>"
        "የማሲንቆ ተጫዋቾች ትርኢት</td></tr><tr><td>20:30</td><td>የጋራ ውዝዋዜ</td></tr></table>"
        "</div><section class='related-events'><h2>ተመሳሳይ ዝግጅቶች</h2><ul><li><a "
        "href='/events/2'>የሥዕል ኤግዚቢሽን</a></li></ul></section></main><footer><p>© ዝግጅቶች"
        "</p></footer>",
    ),
    (
        "በአንድ መድረክ ላይ ባህላዊ ሙዚቃና ውዝዋዜ ያቀርባሉ።",
        "ልጆች በነጻ ይገባሉ።",
        "የእንግዶች አቀባበልና ቡና ሥነ ሥርዓት",
        "የማሲንቆ ተጫዋቾች ትርኢት",
        "የጋራ ውዝዋዜ",
    ),
    ("ትኬት ይግዙ", "የሥዕል ኤግዚቢሽን"),
)

# --- Serbian (Cyrillic), a festival's event page: the programme as day headings each over a
# list of times and acts, sponsors' logos and a newsletter box after it.
PROBES.add(
    "sr_festival_programme_by_day",
    "https://festival.example.rs/program/dani-hleba",
    page(
        "sr",
        "Дани хлеба 2026 – програм",
        "<header><a href='/'>Фестивал</a><nav><a href='/program'>Програм</a><a "
        "href='/ulaznice'>Улазнице</a></nav></header><main><div class='event'><h1>Дани хлеба "
        "2026 – програм</h1><p class='event-lead'>Три дана пекара, млинара и радионица за "
        "децу на тргу испред старе воденице.</p><h3>Петак, 9. октобар</h3><ul><li>17.00 "
        "Отварање и паљење пећи на дрва</li><li>19.30 Концерт тамбурашког оркестра</li></ul>"
        "<h3>Субота, 10. октобар</h3><ul><li>10.00 Радионица месења погаче за децу</li><li>"
        "15.00 Такмичење у прављењу проје</li></ul><h3>Недеља, 11. октобар</h3><ul><li>11.00 "
        "Проглашење најбољег хлеба</li></ul><p>Улаз на све програме је слободан.</p></div><div "
        "class='sponsors'><h2>Покровитељи</h2><a href='#'><img alt='Млин Тиса'></a></div>"
        "<div class='newsletter'><h2>Билтен</h2><p>Пријавите се и сазнајте први програм "
        "следеће године.</p></div></main><footer><p>© Фестивал</p></footer>",
    ),
    (
        "Три дана пекара, млинара и радионица",
        "Петак, 9. октобар",
        "Отварање и паљење пећи на дрва",
        "Радионица месења погаче за децу",
        "Проглашење најбољег хлеба",
        "Улаз на све програме је слободан.",
    ),
    ("Пријавите се", "Покровитељи"),
)
