"""Civic and legal records: patents (claims and numbered paragraphs), a tender notice with
its lots, a parliament's verbatim record, an open letter before its signatories, a product
recall, a grant call, a political speech with the audience's reactions, an admission list,
an earthquake report and a party's manifesto of numbered pledges."""

from __future__ import annotations

from ._registry import PROBES, app, bootstrap, drupal, field, gov, table_layout

# --- Japanese, a patent publication as a patent database renders it: a bibliographic
# table, the abstract, the claims 【請求項1】..., the description's numbered paragraphs
# 【0001】..., then cited-by and family tables.
PROBES.add(
    "ja_patent_claims_numbered_paragraphs",
    "https://patents.example.jp/JP2026-118842A/ja",
    app(
        "ja",
        "折り畳み式の雨水貯留タンク",
        "<section class='css-bib'><table class='css-meta'><tr><th>出願番号</th><td>特願2025-"
        "044871</td></tr><tr><th>出願人</th><td>株式会社ミズホリ工業</td></tr><tr><th>"
        "公開日</th><td>2026-08-27</td></tr></table></section><section class='css-abs' "
        "itemprop='abstract'><h2>要約</h2><div class='abstract'>【課題】使わない季節には"
        "薄く畳んで保管でき、設置時には工具なしで組み立てられる雨水貯留タンクを提供する。"
        "</div></section><section itemprop='claims'><h2>請求項（3）</h2><div class='claim' "
        "num='1'>【請求項1】蛇腹状に折り畳まれる側壁と、前記側壁の上端に嵌合する環状の"
        "枠体とを備える雨水貯留タンク。</div><div class='claim' num='2'>【請求項2】前記"
        "枠体が樹脂製の四つの円弧部材からなる、請求項1に記載の雨水貯留タンク。</div>"
        "</section><section itemprop='description'><h2>説明</h2><h3>【技術分野】</h3><div "
        "class='description-paragraph' num='0001'>【0001】本発明は、家庭の庭先で雨樋から"
        "雨水を集めて貯める折り畳み式のタンクに関する。</div><h3>【背景技術】</h3><div "
        "class='description-paragraph' num='0002'>【0002】従来のタンクは硬い樹脂で一体に"
        "成形されており、冬の間も庭の場所を占めていた。</div></section><section "
        "class='css-cited'><h2>被引用文献 (2)</h2><table><tr><th>公開番号</th><th>出願人"
        "</th></tr><tr><td>JP2027-00311A</td><td>有限会社アマガサ設計</td></tr></table>"
        "</section><section class='css-family'><h2>ファミリー</h2><ul><li>WO2026/101877"
        "</li></ul></section>",
        brand="特許サーチ",
        related_title="類似の特許",
        related=("雨水利用装置及びその設置方法", "可搬式の貯水袋"),
        footer="© 2026 特許サーチ 利用規約",
    ),
    (
        "使わない季節には薄く畳んで保管でき",
        "蛇腹状に折り畳まれる側壁と",
        "前記枠体が樹脂製の四つの円弧部材からなる",
        "家庭の庭先で雨樋から雨水を集めて貯める",
        "冬の間も庭の場所を占めていた",
    ),
    ("有限会社アマガサ設計", "雨水利用装置及びその設置方法", "利用規約"),
)

# --- Korean, a patent in a patent office's old-style viewer: the claims in a table of
# numbered rows, the description in paragraphs marked [0001].
PROBES.add(
    "ko_patent_claims_table_rows",
    "https://kpat.example.kr/view?no=1020260031772",
    table_layout(
        "ko",
        "접이식 자전거 거치대",
        "<table class='bibliography' border='1'><tr><td>출원번호</td><td>10-2026-0031772"
        "</td></tr><tr><td>출원인</td><td>한빛레저 주식회사</td></tr></table><br><b>요약</b>"
        "<br>벽에 붙여 두었다가 필요할 때 펼쳐 자전거 두 대를 세울 수 있는 거치대가 "
        "개시된다.<br><br><b>청구범위</b><table class='claims' border='0'><tr><td "
        "valign='top'>청구항 1</td><td>벽면에 고정되는 베이스 판과, 상기 베이스 판에 "
        "힌지로 연결되어 90도로 펼쳐지는 지지 암을 포함하는 자전거 거치대.</td></tr><tr><td "
        "valign='top'>청구항 2</td><td>상기 지지 암의 끝에 바퀴를 받치는 고무 홈이 형성된 "
        "자전거 거치대.</td></tr></table><br><b>발명의 설명</b><p>[0001] 본 발명은 좁은 "
        "베란다에서도 쓸 수 있는 접이식 자전거 거치대에 관한 것이다.</p><p>[0002] 종래의 "
        "거치대는 바닥에 놓는 방식이어서 통로를 막는 문제가 있었다.</p><br><a "
        "href='/pdf/1020260031772.pdf'>전문 PDF 내려받기</a> | <a href='/print'>인쇄</a>",
        menu=("특허 검색", "상표 검색", "디자인 검색", "이용 안내"),
        footer="특허정보 검색서비스 · 방문자 수",
    ),
    (
        "필요할 때 펼쳐 자전거 두 대를 세울 수 있는",
        "힌지로 연결되어 90도로 펼쳐지는 지지 암을 포함하는",
        "바퀴를 받치는 고무 홈이 형성된",
        "좁은 베란다에서도 쓸 수 있는",
        "통로를 막는 문제가 있었다",
    ),
    ("전문 PDF 내려받기", "상표 검색", "방문자 수"),
)

# --- French, a public tender notice on a procurement portal: the buyer, the object, lots
# in a table, the deadlines as a definition list; a login box and similar tenders around.
PROBES.add(
    "fr_tender_notice_lots_and_deadlines",
    "https://marches.example.fr/avis/2026-BOAMP-118844",
    bootstrap(
        "fr",
        "Réfection de la toiture du gymnase Paul-Arène",
        "<div class='badge bg-success mb-3'>Avis en cours</div><dl class='row'><dt "
        "class='col-sm-4'>Acheteur</dt><dd class='col-sm-8'>Commune de Saint-Orbel</dd><dt "
        "class='col-sm-4'>Date limite de réception des offres</dt><dd class='col-sm-8'>"
        "14 septembre 2026 à 12h00</dd><dt class='col-sm-4'>Procédure</dt><dd "
        "class='col-sm-8'>Procédure adaptée</dd></dl><h2 class='h4'>Objet du marché</h2><p>"
        "Le marché porte sur la dépose de la couverture en fibrociment du gymnase et sur la "
        "pose d'une toiture en bac acier isolée, avec reprise des chéneaux.</p><p>Les "
        "travaux se dérouleront pendant les vacances scolaires d'automne, le bâtiment "
        "restant fermé au public.</p><h2 class='h4'>Lots</h2><table class='table'><thead><tr>"
        "<th>Lot</th><th>Désignation</th></tr></thead><tbody><tr><td>1</td><td>Désamiantage "
        "et dépose de la couverture</td></tr><tr><td>2</td><td>Couverture bac acier et "
        "zinguerie</td></tr></tbody></table><h2 class='h4'>Critères d'attribution</h2><ul><li>"
        "Valeur technique de l'offre : 60 %</li><li>Prix des prestations : 40 %</li></ul>"
        "<div class='alert alert-info'>Connectez-vous pour télécharger le dossier de "
        "consultation. <a class='btn btn-primary' href='/login'>Se connecter</a></div>",
        brand="MarchésLocaux",
        nav=("Avis", "Entreprises", "Acheteurs", "Aide"),
        card_title="Avis similaires",
        cards=("Rénovation de la salle des fêtes de Mirandol", "Entretien des toitures scolaires"),
        footer="MarchésLocaux · Mentions légales · Plan du site",
    ),
    (
        "dépose de la couverture en fibrociment du gymnase",
        "le bâtiment restant fermé au public",
        "Couverture bac acier et zinguerie",
        "Valeur technique de l'offre : 60 %",
    ),
    (
        "Connectez-vous pour télécharger le dossier",
        "Rénovation de la salle des fêtes de Mirandol",
        "Mentions légales",
    ),
)

# --- Polish, a parliament's verbatim record: speakers' names in bold paragraphs of their
# own, the audience's reactions in brackets, a pager between sittings.
PROBES.add(
    "pl_verbatim_record_speakers_reactions",
    "https://sejmik.example.pl/stenogramy/posiedzenie-41/punkt-3",
    drupal(
        "pl",
        "Sprawozdanie stenograficzne z 41. sesji Sejmiku – punkt 3",
        field(
            "body",
            "<p class='speaker'><strong>Przewodnicząca Halina Wrębiak:</strong></p><p>"
            "Przechodzimy do punktu trzeciego, czyli projektu uchwały w sprawie dopłat do "
            "biletów kolejowych dla uczniów.</p><p class='speaker'><strong>Radny Tomasz "
            "Kielar:</strong></p><p>Pani Przewodnicząca, Wysoka Izbo, ten projekt pozwoli "
            "dojeżdżać do szkół średnich za połowę dzisiejszej ceny.</p><p><em>(Oklaski)"
            "</em></p><p>Koszt dla budżetu województwa wyniesie cztery miliony złotych "
            "rocznie.</p><p class='speaker'><strong>Radna Irena Sochań:</strong></p><p>Pytam, "
            "dlaczego dopłaty nie obejmą studentów zaocznych.</p>",
        )
        + "<nav class='pager'><a href='/punkt-2'>‹ Punkt 2</a> <a href='/punkt-4'>Punkt 4 ›"
        "</a></nav><div class='field--name-field-attachments'><a href='/s41.pdf'>Pobierz "
        "stenogram (PDF, 2 MB)</a></div>",
        site="Sejmik Województwa",
        menu=("Sejmik", "Sesje", "Uchwały", "Kontakt"),
        sidebar_title="Ostatnie sesje",
        sidebar=("40. sesja – 18 czerwca", "39. sesja – 21 maja"),
        footer="Urząd Marszałkowski · Deklaracja dostępności",
    ),
    (
        "projektu uchwały w sprawie dopłat do biletów kolejowych",
        "dojeżdżać do szkół średnich za połowę dzisiejszej ceny",
        "cztery miliony złotych rocznie",
        "dlaczego dopłaty nie obejmą studentów zaocznych",
    ),
    ("Pobierz stenogram", "40. sesja – 18 czerwca", "Deklaracja dostępności"),
)

# --- Spanish, an open letter: its text, then the first signatories as a long list, a
# counter and a form to sign.
PROBES.add(
    "es_open_letter_then_signature_form",
    "https://cartaabierta.example.es/biblioteca-barrio",
    app(
        "es",
        "Carta abierta: no cierren la biblioteca del barrio de Las Eras",
        "<div class='css-letter'><p>Al Ayuntamiento de Villanueva del Campo:</p><p>Los "
        "vecinos y vecinas de Las Eras hemos sabido que la biblioteca municipal cerrará en "
        "enero por falta de personal.</p><p>Es el único lugar del barrio donde los chavales "
        "pueden estudiar por la tarde con calefacción y conexión a internet.</p><p>Pedimos "
        "que se convoquen las dos plazas vacantes antes de que acabe el año.</p></div><div "
        "class='css-sign'><div class='css-count'>1.284 firmas</div><form><input "
        "placeholder='Nombre'><input placeholder='Correo electrónico'><button>Firmar la "
        "carta</button></form><p class='css-legal'>Al firmar aceptas la política de "
        "privacidad.</p></div>",
        brand="CartaAbierta",
        related_title="Otras cartas",
        related=("Más sombra en el patio del colegio", "Un paso de cebra en la calle Olmo"),
        footer="© 2026 CartaAbierta",
    ),
    (
        "la biblioteca municipal cerrará en enero por falta de personal",
        "pueden estudiar por la tarde con calefacción",
        "se convoquen las dos plazas vacantes",
    ),
    ("Firmar la carta", "Al firmar aceptas", "Más sombra en el patio del colegio"),
)

# --- Dutch, a product recall on a government design system: what is recalled, a table of
# batch codes, what to do.
PROBES.add(
    "nl_product_recall_batch_table",
    "https://www.voedselwacht.example.nl/terugroepacties/hazelnootpasta-2026",
    gov(
        "nl",
        "Terugroepactie: hazelnootpasta van merk Notenhof",
        "<p class='govuk-body-l'>Notenhof roept hazelnootpasta terug omdat er stukjes "
        "glas in kunnen zitten.</p><h2 class='govuk-heading-m'>Om welke producten gaat "
        "het?</h2><table class='govuk-table'><thead><tr><th>Product</th><th>Partijcode"
        "</th><th>Houdbaar tot</th></tr></thead><tbody><tr><td>Hazelnootpasta 400 g</td>"
        "<td>L26-114</td><td>12-03-2027</td></tr><tr><td>Hazelnootpasta 750 g</td><td>"
        "L26-115</td><td>14-03-2027</td></tr></tbody></table><h2 class='govuk-heading-m'>Wat "
        "moet u doen?</h2><p class='govuk-body'>Eet de pasta niet en breng de pot terug naar "
        "de winkel waar u hem kocht; u krijgt uw geld terug, ook zonder kassabon.</p>",
        service="Voedselwacht",
        crumbs=("Home", "Terugroepacties"),
        feedback="Is deze pagina nuttig?",
        footer="Privacy · Toegankelijkheid · Cookies",
        related_title="Gerelateerd",
        related=("Allergenen op het etiket", "Melden van een klacht"),
    ),
    (
        "er stukjes glas in kunnen zitten",
        "Hazelnootpasta 750 g",
        "L26-114",
        "ook zonder kassabon",
    ),
    ("Is deze pagina nuttig?", "Allergenen op het etiket", "Toegankelijkheid"),
)

# --- Swedish, a research funder's grant call: the call's text, who can apply as a list,
# dates in a summary box at the top.
PROBES.add(
    "sv_grant_call_summary_box_and_eligibility",
    "https://www.forskningsfond.example.se/utlysningar/kustnara-ekosystem-2027",
    drupal(
        "sv",
        "Utlysning: Kustnära ekosystem i förändring 2027",
        "<div class='call-summary'><dl><dt>Sista ansökningsdag</dt><dd>3 februari 2027</dd>"
        "<dt>Belopp</dt><dd>Upp till 4 miljoner kronor</dd></dl></div>"
        + field(
            "body",
            "<p>Stiftelsen utlyser medel för forskning om hur grunda havsvikar påverkas av "
            "varmare vintrar och minskat istäcke.</p><h2>Vem kan söka?</h2><ul><li>Forskare "
            "med doktorsexamen anställda vid ett svenskt lärosäte</li><li>Forskargrupper med "
            "minst en partner i ett annat Östersjöland</li></ul><h2>Hur bedöms ansökan?</h2>"
            "<p>Ansökningarna granskas av en internationell panel som väger vetenskaplig "
            "kvalitet mot nyttan för kustkommunerna.</p>",
        )
        + "<a class='button' href='/portal'>Till ansökningsportalen</a>",
        site="Forskningsfonden",
        menu=("Utlysningar", "Beviljade projekt", "Om oss"),
        sidebar_title="Fler utlysningar",
        sidebar=("Hållbart skogsbruk 2027", "Resebidrag för doktorander"),
        footer="Forskningsfonden · Om webbplatsen · Kakor",
    ),
    (
        "hur grunda havsvikar påverkas av varmare vintrar",
        "Forskare med doktorsexamen anställda vid ett svenskt lärosäte",
        "minst en partner i ett annat Östersjöland",
        "väger vetenskaplig kvalitet mot nyttan för kustkommunerna",
    ),
    ("Till ansökningsportalen", "Hållbart skogsbruk 2027", "Om webbplatsen"),
)

# --- Ukrainian, a mayor's speech as published by the city: paragraphs with the hall's
# reactions in brackets, a video embed above, tags and share links after.
PROBES.add(
    "uk_speech_text_with_reactions",
    "https://misto.example.ua/promovy/zvit-2026",
    bootstrap(
        "uk",
        "Виступ міського голови на звітній сесії",
        "<div class='ratio ratio-16x9 mb-3'><iframe src='https://video.example/e/771' "
        "title='Відео виступу'></iframe></div><p>Шановні депутати, шановні мешканці "
        "громади!</p><p>Цього року ми відремонтували чотири школи й уперше запустили "
        "нічний тролейбус до лікарні.</p><p>(Оплески)</p><p>Наступного року головне "
        "завдання — утеплити дитячі садки на Лівому березі, бо торішня зима показала, "
        "скільки тепла ми втрачаємо.</p><p>Дякую за увагу.</p><div class='tags mt-4'><a "
        "class='badge bg-secondary' href='/t/sesiya'>сесія</a> <a class='badge "
        "bg-secondary' href='/t/zvit'>звіт</a></div><div class='share'>Поділитися: <a "
        "href='#'>Facebook</a> <a href='#'>Telegram</a></div>",
        brand="Міська рада",
        nav=("Новини", "Документи", "Звернення"),
        card_title="Інші виступи",
        cards=("Звернення до мешканців щодо опалення", "Промова на Дні міста"),
        footer="© Міська рада, 2026",
    ),
    (
        "уперше запустили нічний тролейбус до лікарні",
        "утеплити дитячі садки на Лівому березі",
        "скільки тепла ми втрачаємо",
    ),
    ("Поділитися", "Звернення до мешканців щодо опалення", "© Міська рада"),
)

# --- Romanian, an admission results page: a note on the procedure, the list as a table,
# the appeal's dates after it.
PROBES.add(
    "ro_admission_results_table_and_appeals",
    "https://liceul-teoretic.example.ro/admitere/rezultate-2026",
    table_layout(
        "ro",
        "Rezultatele admiterii la clasa a IX-a, sesiunea iulie 2026",
        "<p>Candidații admiși sunt rugați să depună dosarul de înscriere la secretariat "
        "până vineri la ora 14.</p><table border='1' cellpadding='3'><tr><th>Nr.</th><th>"
        "Cod candidat</th><th>Media</th><th>Rezultat</th></tr><tr><td>1</td><td>CJ-0412</td>"
        "<td>9,45</td><td>Admis</td></tr><tr><td>2</td><td>CJ-0388</td><td>9,12</td><td>"
        "Admis</td></tr><tr><td>3</td><td>CJ-0501</td><td>8,70</td><td>Respins</td></tr>"
        "</table><p>Contestațiile se depun joi între orele 9 și 13 și se soluționează în "
        "aceeași zi.</p>",
        menu=("Acasă", "Admitere", "Orar", "Contact"),
        footer="Liceul Teoretic „Ion Pădure” · vizitatori",
    ),
    (
        "să depună dosarul de înscriere la secretariat",
        "CJ-0388",
        "Contestațiile se depun joi între orele 9 și 13",
    ),
    ("vizitatori",),
)

# --- Turkish, a seismology institute's event report: the event's data table, then the
# text on aftershocks, a map placeholder and the latest events list beside.
PROBES.add(
    "tr_earthquake_report_data_table_text",
    "https://deprem.example.edu.tr/olay/2026-11-02-kaletepe",
    bootstrap(
        "tr",
        "Kaletepe (Yeşilova) açıklarında 4,8 büyüklüğünde deprem",
        "<table class='table table-sm'><tr><th>Tarih</th><td>2 Kasım 2026 03:14:22</td></tr>"
        "<tr><th>Derinlik</th><td>9,6 km</td></tr><tr><th>Büyüklük</th><td>4,8 (Mw)</td></tr>"
        "</table><div class='map-placeholder'>Harita yükleniyor…</div><p>Deprem, bölgedeki "
        "doğrultu atımlı fay zonunun güney kolunda meydana gelmiştir.</p><p>İlk altı saatte "
        "büyüklüğü 2,0 ile 3,1 arasında değişen on dört artçı sarsıntı kaydedilmiştir.</p><p>"
        "Bölgede hasar bildirimi alınmamış olup istasyon verileri incelenmeye devam "
        "etmektedir.</p>",
        brand="Deprem Araştırma Merkezi",
        nav=("Son Depremler", "Raporlar", "İletişim"),
        card_title="Son depremler",
        cards=("3,2 Akçaköy – 01.11.2026", "2,9 Saraylı – 31.10.2026"),
        footer="© 2026 Deprem Araştırma Merkezi",
    ),
    (
        "doğrultu atımlı fay zonunun güney kolunda",
        "on dört artçı sarsıntı kaydedilmiştir",
        "istasyon verileri incelenmeye devam etmektedir",
    ),
    ("Harita yükleniyor", "3,2 Akçaköy", "Deprem Araştırma Merkezi"),
)

# --- Tamil, a party's manifesto page: pledges as a numbered list under section headings,
# a download button and a donation box after.
PROBES.add(
    "ta_manifesto_numbered_pledges",
    "https://katchi.example.in/ta/thaerthal-arikkai-2026",
    drupal(
        "ta",
        "2026 உள்ளாட்சித் தேர்தல் அறிக்கை",
        field(
            "body",
            "<p>எங்கள் நகரை அடுத்த ஐந்து ஆண்டுகளில் தூய்மையான, பசுமையான நகரமாக மாற்ற "
            "நாங்கள் உறுதியளிக்கிறோம்.</p><h2>குடிநீர்</h2><ol><li>ஒவ்வொரு வார்டிலும் "
            "இருபத்து நான்கு மணி நேர குடிநீர் வழங்கப்படும்.</li><li>பழைய குழாய்கள் இரண்டு "
            "ஆண்டுகளுக்குள் மாற்றப்படும்.</li></ol><h2>போக்குவரத்து</h2><ol><li>பள்ளி "
            "நேரங்களில் கூடுதல் சிற்றுந்துகள் இயக்கப்படும்.</li></ol>",
        )
        + "<a class='button' href='/arikkai.pdf'>அறிக்கையைப் பதிவிறக்குக</a><div "
        "class='donate-box'><h3>நன்கொடை அளியுங்கள்</h3><p>உங்கள் சிறு உதவி எங்கள் "
        "பிரச்சாரத்தை வலுப்படுத்தும்.</p></div>",
        site="மக்கள் முன்னணி",
        menu=("முகப்பு", "வேட்பாளர்கள்", "தொடர்பு"),
        sidebar_title="சமீபத்திய செய்திகள்",
        sidebar=("வேட்பாளர் பட்டியல் வெளியீடு", "பிரச்சாரப் பயணம் தொடக்கம்"),
        footer="© மக்கள் முன்னணி",
    ),
    (
        "தூய்மையான, பசுமையான நகரமாக மாற்ற",
        "இருபத்து நான்கு மணி நேர குடிநீர் வழங்கப்படும்.",
        "பழைய குழாய்கள் இரண்டு ஆண்டுகளுக்குள் மாற்றப்படும்.",
        "கூடுதல் சிற்றுந்துகள் இயக்கப்படும்.",
    ),
    ("அறிக்கையைப் பதிவிறக்குக", "உங்கள் சிறு உதவி", "வேட்பாளர் பட்டியல் வெளியீடு"),
)
