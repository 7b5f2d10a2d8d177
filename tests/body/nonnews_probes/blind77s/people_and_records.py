"""The blind77s probe's first part: pages about a person, a thing or a place whose text is
a record (a researcher's homepage, a CV's ``<dl>`` of years, a library catalogue record, a
museum object, a property listing, a sports club's page, a conference programme's table of
times, an artist's homepage, a company's history in ``<div>`` rows, a genealogy record, a
data set's landing page, a wine's sheet, a temple's visitor page, a plant database
entry)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows, share

add(
    "researcher_homepage_bio_and_publications",
    SITES["pl"],
    "dr hab. Ewa Nowicka",
    "<div id='main'><h1>dr hab. Ewa Nowicka</h1><div class='bio'>"
    + paras(
        "Jestem adiunktem w Zakładzie Ekologii Wód Śródlądowych. Badam wpływ suszy na"
        " bezkręgowce małych rzek nizinnych.",
        "Wcześniej pracowałam w stacji terenowej nad Biebrzą, gdzie prowadziłam wieloletni"
        " monitoring torfowisk.",
    )
    + "</div><h2>Wybrane publikacje</h2>"
    + bullets(
        "Nowicka E., Kruk P. (2025) Susza a makrobezkręgowce rzek nizinnych. Ekologia Wód 12:"
        " 45–61.",
        "Nowicka E. (2023) Torfowiska Biebrzy w czasie zmian klimatu. Monografia, 210 s.",
    )
    + "<h2>Dydaktyka</h2>"
    + paras("Prowadzę ćwiczenia terenowe z hydrobiologii dla studentów drugiego roku.")
    + "<div class='cv-download'><a class='button' href='/cv.pdf'>Pobierz CV (PDF)</a></div>"
    "<p class='visits'>Licznik odwiedzin: 18 402</p></div>",
    (
        "Badam wpływ suszy na bezkręgowce małych rzek nizinnych.",
        "prowadziłam wieloletni monitoring torfowisk.",
        "Wybrane publikacje",
        "Susza a makrobezkręgowce rzek nizinnych.",
        "Torfowiska Biebrzy w czasie zmian klimatu.",
        "Prowadzę ćwiczenia terenowe z hydrobiologii",
    ),
    ("Pobierz CV (PDF)", "Licznik odwiedzin"),
    path="~nowicka/",
)

add(
    "cv_years_in_dl",
    SITES["lt"],
    "Gyvenimo aprašymas – Rūta Petrauskienė",
    "<main class='cv'><h1>Gyvenimo aprašymas – Rūta Petrauskienė</h1><h2>Darbo patirtis</h2><dl>"
    "<dt>2021–dabar</dt><dd>Vilniaus miesto bibliotekos direktorė: vadovauju 40 darbuotojų"
    " komandai.</dd><dt>2014–2021</dt><dd>Kauno apskrities viešosios bibliotekos skaitytojų"
    " aptarnavimo skyriaus vedėja.</dd></dl><h2>Išsilavinimas</h2><dl><dt>2012</dt><dd>Vilniaus"
    " universitetas, informacijos mokslų magistrė.</dd></dl><h2>Kalbos</h2>"
    + bullets("Lietuvių – gimtoji", "Anglų – C1", "Lenkų – B2")
    + "<div class='cv-actions'><a href='#'>Atsisiųsti PDF</a><a href='#'>Spausdinti</a></div>"
    "</main>",
    (
        "2021–dabar",
        "Vilniaus miesto bibliotekos direktorė",
        "skaitytojų aptarnavimo skyriaus vedėja.",
        "informacijos mokslų magistrė.",
        "Anglų – C1",
    ),
    ("Atsisiųsti PDF", "Spausdinti"),
    path="cv/petrauskiene",
)

add(
    "library_catalogue_record_table",
    SITES["kk"],
    "Дала әуендері: өлеңдер жинағы",
    "<div class='record'><h1>Дала әуендері: өлеңдер жинағы</h1><table class='marc-fields'>"
    "<tr><th>Авторы</th><td>Сәуле Жұмабаева</td></tr><tr><th>Баспа</th><td>Алматы: Өнер,"
    " 2019</td></tr><tr><th>Көлемі</th><td>184 бет</td></tr><tr><th>ISBN</th>"
    "<td>978-601-000-00-0</td></tr><tr><th>Тақырыптар</th><td>Қазақ поэзиясы; Табиғат</td>"
    "</tr></table><h2>Аннотация</h2>"
    + paras(
        "Жинаққа ақынның соңғы он жылда жазған табиғат пен туған жер туралы өлеңдері енген."
        " Кітап жасөспірімдер мен ересек оқырмандарға арналған."
    )
    + "<div class='holdings-actions'><a class='btn' href='#'>Брондау</a><a class='btn'"
    " href='#'>Сөреге қосу</a><a href='#'>Сілтемені көшіру</a></div></div>",
    (
        "Сәуле Жұмабаева",
        "Алматы: Өнер, 2019",
        "978-601-000-00-0",
        "табиғат пен туған жер туралы өлеңдері енген.",
    ),
    ("Брондау", "Сөреге қосу", "Сілтемені көшіру"),
    path="catalog/record/88213",
    template="portal",
)

add(
    "museum_object_dl_and_description",
    SITES["tg"],
    "Кӯзаи сафолини сирдор, асри XI",
    "<article class='object'><h1>Кӯзаи сафолини сирдор, асри XI</h1><figure><img src='/o.jpg'"
    " alt=''><figcaption>Рақами инвентарӣ: ОТ-1142</figcaption></figure><dl class='object-data'>"
    "<dt>Давра</dt><dd>Сомониён, асри XI</dd><dt>Мавод</dt><dd>Сафол, сир</dd><dt>Андоза</dt>"
    "<dd>Баландӣ 24 см</dd><dt>Ҷойи ёфт</dt><dd>Панҷакент</dd></dl>"
    + paras(
        "Кӯза дар соли 1978 ҳангоми ҳафриёти бостоншиносӣ дар наздикии Панҷакент ёфт шудааст.",
        "Нақшҳои гиёҳии он бо ранги сабз ва қаҳваранг кашида шудаанд ва ба услуби"
        " кулолони Самарқанд наздиканд.",
    )
    + "<div class='object-tools'><a href='#'>Тасвирро зеркашӣ кунед</a><a href='#'>Ба"
    " коллексияи ман илова кунед</a></div></article>",
    (
        "Сомониён, асри XI",
        "Баландӣ 24 см",
        "ҳангоми ҳафриёти бостоншиносӣ дар наздикии Панҷакент ёфт шудааст.",
        "ба услуби кулолони Самарқанд наздиканд.",
    ),
    ("Тасвирро зеркашӣ кунед", "Ба коллексияи ман илова кунед"),
    path="collection/ot-1142",
)

add(
    "property_listing_description_and_agent",
    SITES["mt"],
    "Maisonette b'bitħa, Ħaż-Żebbuġ",
    "<div class='listing'><h1>Maisonette b'bitħa, Ħaż-Żebbuġ</h1><div class='price'>€285,000"
    "</div><div class='description'>"
    + paras(
        "Maisonette spazjuża fl-ewwel sular b'bitħa kbira fuq wara, f'triq kwieta qrib iċ-ċentru"
        " tar-raħal.",
        "Il-proprjetà tinkludi tliet kmamar tas-sodda, żewġ kmamar tal-banju u kamra tal-ħasil.",
    )
    + "</div><table class='details'><tr><td>Daqs</td><td>145 m²</td></tr><tr><td>Kmamar tas-sodda"
    "</td><td>3</td></tr><tr><td>Garaxx</td><td>Iva</td></tr></table><div class='agent-card'>"
    "<strong>Marija Borg</strong><span>Aġent tal-proprjetà</span><a href='#'>Ikkuntattja"
    " lill-aġent</a><a href='#'>Ipprenota żjara</a></div><div class='mortgage-calc'><h3>"
    "Ikkalkula l-ipoteka tiegħek</h3><input></div></div>",
    (
        "Maisonette spazjuża fl-ewwel sular b'bitħa kbira",
        "tliet kmamar tas-sodda, żewġ kmamar tal-banju",
        "145 m²",
    ),
    ("Ikkuntattja lill-aġent", "Ipprenota żjara", "Ikkalkula l-ipoteka tiegħek", "Marija Borg"),
    path="propjetajiet/4471",
)

add(
    "sports_club_page_training_table_and_sponsors",
    SITES["lb"],
    "Eis Handballsektioun",
    "<div class='club-page'><h1>Eis Handballsektioun</h1>"
    + paras(
        "D'Handballsektioun gouf 1968 gegrënnt a spillt haut mat zwou Seniorequippen an der"
        " Nationaldivisioun.",
        "Mir sichen ëmmer nei Spiller an all Alter: kommt einfach bei en Training laanscht.",
    )
    + "<h2>Trainingszäiten</h2>"
    + rows(
        ("Minimes", "Méindes", "17:00–18:30"),
        ("Seniore", "Dënschdes an Donneschdes", "20:00–22:00"),
        head=("Equipe", "Dag", "Auerzäit"),
    )
    + "<div class='sponsors'><h3>Eis Sponsoren</h3><a href='#'><img src='/s1.png' alt='Bäckerei"
    " Weis'></a><a href='#'><img src='/s2.png' alt='Garage Thill'></a></div><a class='btn-join'"
    " href='#'>Member ginn</a></div>",
    (
        "D'Handballsektioun gouf 1968 gegrënnt",
        "kommt einfach bei en Training laanscht.",
        "Trainingszäiten",
        "Dënschdes an Donneschdes",
        "20:00–22:00",
    ),
    ("Eis Sponsoren", "Member ginn"),
    path="handball",
)

add(
    "conference_programme_table_of_times",
    SITES["eu"],
    "Egitaraua: Euskal Filologia Jardunaldiak 2027",
    "<div class='programme'><h1>Egitaraua: Euskal Filologia Jardunaldiak 2027</h1>"
    + paras("Jardunaldiak Gasteizko Letren Fakultatean egingo dira, martxoaren 4an eta 5ean.")
    + "<h2>Martxoak 4, osteguna</h2>"
    + rows(
        ("9:30", "Harrera eta agiriak"),
        ("10:00", "Hitzaldi nagusia: Aezkerako hizkeraren azken lekukoak"),
        ("11:30", "Mahai-ingurua: euskalkiak eskolan"),
        head=("Ordua", "Saioa"),
    )
    + "<h2>Martxoak 5, ostirala</h2>"
    + rows(("10:00", "Komunikazioak: onomastika"), ("13:00", "Itxiera"), head=("Ordua", "Saioa"))
    + "<div class='event-cta'><a href='#'>Gehitu egutegira</a><a class='btn' href='#'>Erregistratu"
    " orain</a></div></div>",
    (
        "Letren Fakultatean egingo dira",
        "Martxoak 4, osteguna",
        "Aezkerako hizkeraren azken lekukoak",
        "Mahai-ingurua: euskalkiak eskolan",
        "Komunikazioak: onomastika",
    ),
    ("Gehitu egutegira", "Erregistratu orain"),
    path="jardunaldiak/egitaraua",
    template="portal",
)

add(
    "artist_homepage_exhibitions_list",
    SITES["hy"],
    "Անի Սարգսյան – նկարիչ",
    "<div class='artist'><h1>Անի Սարգսյան – նկարիչ</h1>"
    + paras(
        "Նկարում եմ Սևանի ափերը տարբեր եղանակներին՝ յուղաներկով և ջրաներկով։",
        "Ավարտել եմ Երևանի գեղարվեստի ակադեմիան 2010 թվականին։",
    )
    + "<h2>Ցուցահանդեսներ</h2>"
    + bullets(
        "2025 – «Լճի լույսը», Գյումրու արվեստի կենտրոն",
        "2022 – «Ձմեռային ափեր», Երևան",
    )
    + "<div class='shop-link'><a class='btn' href='#'>Գնել տպագրությունը</a></div><div"
    " class='social-follow'><a href='#'>Instagram</a><a href='#'>Behance</a></div></div>",
    (
        "Նկարում եմ Սևանի ափերը տարբեր եղանակներին",
        "Ավարտել եմ Երևանի գեղարվեստի ակադեմիան",
        "«Լճի լույսը», Գյումրու արվեստի կենտրոն",
        "«Ձմեռային ափեր», Երևան",
    ),
    ("Գնել տպագրությունը", "Behance"),
    path="about",
)

add(
    "company_history_timeline_divs",
    SITES["uz"],
    "Bizning tariximiz",
    "<section class='history'><h1>Bizning tariximiz</h1>"
    + "".join(
        f"<div class='timeline-item'><div class='year'>{y}</div><div class='text'>{t}</div></div>"
        for y, t in (
            ("1996", "Samarqandda kichik tikuvchilik ustaxonasi sifatida ish boshladik."),
            ("2008", "Birinchi eksport shartnomasi: Qozog'istonga paxta matolari."),
            ("2019", "Yangi fabrika ochildi va xodimlar soni 300 kishiga yetdi."),
        )
    )
    + "<div class='cta-box'><p>Biz bilan ishlashni xohlaysizmi?</p><a href='#'>Vakansiyalarni"
    " ko'rish</a></div></section>",
    (
        "kichik tikuvchilik ustaxonasi sifatida ish boshladik.",
        "Birinchi eksport shartnomasi",
        "xodimlar soni 300 kishiga yetdi.",
    ),
    ("Biz bilan ishlashni xohlaysizmi?", "Vakansiyalarni ko'rish"),
    path="biz-haqimizda/tarix",
)

add(
    "genealogy_record_dl_and_notes",
    SITES["is"],
    "Guðrún Jónsdóttir (1851–1930)",
    "<div class='person'><h1>Guðrún Jónsdóttir (1851–1930)</h1><dl class='facts'><dt>Fædd</dt>"
    "<dd>3. maí 1851, Hólum í Hjaltadal</dd><dt>Dáin</dt><dd>12. janúar 1930, Akureyri</dd>"
    "<dt>Foreldrar</dt><dd>Jón Pálsson og Sigríður Einarsdóttir</dd></dl><h2>Athugasemdir</h2>"
    + paras(
        "Guðrún var ljósmóðir í Skagafirði í rúm þrjátíu ár og tók á móti yfir fimm hundruð"
        " börnum.",
    )
    + "<div class='tree-actions'><a href='#'>Bæta við ættartré</a><a href='#'>Tilkynna villu</a>"
    "</div></div>",
    (
        "3. maí 1851, Hólum í Hjaltadal",
        "Jón Pálsson og Sigríður Einarsdóttir",
        "var ljósmóðir í Skagafirði í rúm þrjátíu ár",
    ),
    ("Bæta við ættartré", "Tilkynna villu"),
    path="einstaklingar/i118",
)

add(
    "dataset_landing_description_and_files",
    SITES["fi"],
    "Järvien jääpeitteen havainnot 1950–2025",
    "<main class='dataset'><h1>Järvien jääpeitteen havainnot 1950–2025</h1>"
    + paras(
        "Aineisto sisältää 84 järven jäätymis- ja jäänlähtöpäivät vapaaehtoisten havaitsijoiden"
        " ilmoittamina.",
        "Havainnot on tarkistettu ja puuttuvat vuodet merkitty tyhjiksi.",
    )
    + "<h2>Tiedostot</h2>"
    + rows(("jaat.csv", "1,2 Mt", "CSV"), ("kuvaus.pdf", "240 kt", "PDF"))
    + "<div class='download-box'><a class='btn' href='#'>Lataa aineisto (ZIP, 24 Mt)</a></div>"
    "<div class='metrics'>Katselukerrat 3 120 · Lataukset 411</div></main>",
    (
        "84 järven jäätymis- ja jäänlähtöpäivät",
        "puuttuvat vuodet merkitty tyhjiksi.",
        "jaat.csv",
    ),
    ("Lataa aineisto (ZIP, 24 Mt)", "Katselukerrat 3 120"),
    path="dataset/jaapeite",
    template="app",
)

add(
    "wine_sheet_tasting_notes_and_dl",
    SITES["ca"],
    "Clos de l'Ermita 2021, negre criança",
    "<div class='product'><h1>Clos de l'Ermita 2021, negre criança</h1><div class='buy'>"
    "<span class='price'>18,50 €</span><button>Afegeix a la cistella</button></div><h2>Nota de"
    " tast</h2>"
    + paras(
        "Color cirera intens. En nas, fruita negra madura, regalèssia i un record de garriga.",
        "En boca és sedós, amb tanins ben integrats i un final llarg i fresc.",
    )
    + "<h2>Fitxa tècnica</h2><dl><dt>Varietats</dt><dd>Garnatxa 60 %, carinyena 40 %</dd>"
    "<dt>Criança</dt><dd>12 mesos en bóta de roure</dd></dl><div class='reviews-link'>"
    "<a href='#'>Valoracions (12)</a></div></div>",
    (
        "fruita negra madura, regalèssia i un record de garriga.",
        "tanins ben integrats i un final llarg i fresc.",
        "Garnatxa 60 %, carinyena 40 %",
        "12 mesos en bóta de roure",
    ),
    ("Afegeix a la cistella", "Valoracions (12)"),
    path="vins/clos-ermita-2021",
)

add(
    "temple_visitor_page_hours_table",
    SITES["km"],
    "វត្តភ្នំ: ព័ត៌មានសម្រាប់ភ្ញៀវ",
    "<div class='visit'><h1>វត្តភ្នំ: ព័ត៌មានសម្រាប់ភ្ញៀវ</h1>"
    + paras(
        "វត្តភ្នំត្រូវបានសាងសង់ឡើងនៅឆ្នាំ១៣៧២ ហើយជាទីសក្ការៈដ៏ចំណាស់បំផុតនៅក្នុងទីក្រុង។",
        "សូមស្លៀកពាក់សមរម្យ និងដោះស្បែកជើងមុនចូលព្រះវិហារ។",
    )
    + "<h2>ម៉ោងបើក</h2>"
    + rows(("ច័ន្ទ – សុក្រ", "៧:០០ – ១៨:០០"), ("សៅរ៍ – អាទិត្យ", "៦:០០ – ១៩:០០"))
    + "<div class='ticket-box'><a class='btn' href='#'>ទិញសំបុត្រតាមអ៊ីនធឺណិត</a></div></div>",
    (
        "ជាទីសក្ការៈដ៏ចំណាស់បំផុតនៅក្នុងទីក្រុង។",
        "ដោះស្បែកជើងមុនចូលព្រះវិហារ។",
        "សៅរ៍ – អាទិត្យ",
    ),
    ("ទិញសំបុត្រតាមអ៊ីនធឺណិត",),
    path="visit/wat-phnom",
)

add(
    "plant_database_entry",
    SITES["cy"],
    "Briallu Mair (Primula veris)",
    "<div class='plant'><h1>Briallu Mair (Primula veris)</h1><table class='plant-facts'>"
    "<tr><th>Teulu</th><td>Primulaceae</td></tr><tr><th>Blodeuo</th><td>Ebrill – Mai</td></tr>"
    "<tr><th>Cynefin</th><td>Dolydd calchog, ymylon ffyrdd</td></tr></table>"
    + paras(
        "Mae'r blodau melyn yn crogi mewn sypiau ar goesyn byr, ac mae arogl melys arnynt.",
        "Roedd y planhigyn yn brin yn yr wythdegau ond mae wedi dychwelyd i lawer o ymylon ffyrdd.",
    )
    + "<div class='garden-tools'><a href='#'>Ychwanegu at fy ngardd</a><a href='#'>Cofnodi"
    " gweld</a></div>" + share(SITES["cy"]) + "</div>",
    (
        "Primulaceae",
        "Dolydd calchog, ymylon ffyrdd",
        "mae arogl melys arnynt.",
        "wedi dychwelyd i lawer o ymylon ffyrdd.",
    ),
    ("Ychwanegu at fy ngardd", "Cofnodi gweld"),
    path="planhigion/briallu-mair",
)
