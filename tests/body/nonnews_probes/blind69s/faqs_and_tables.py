"""The blind69s probe's second part: FAQ pages (<details>/<summary>, accordion <div>s, a
<dl>, headings), comparison and spec tables (<thead>, ``rowspan``, ``colspan``, a
<caption>, a <tfoot>) and sports and election results tables."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, share
from ._kit import SITES, add

add(
    "faq_details_summary",
    SITES["es"],
    "Preguntas frecuentes sobre envíos",
    "<article class='faq-page'><h1>Preguntas frecuentes sobre envíos</h1>"
    "<details><summary>¿Cuánto tarda en llegar mi pedido?</summary><p>Los pedidos a la"
    " península llegan en 48 a 72 horas laborables.</p></details><details><summary>¿Puedo"
    " cambiar la dirección de entrega?</summary><p>Sí, mientras el pedido no haya salido del"
    " almacén. Escríbenos indicando el número de pedido.</p></details><details><summary>"
    "¿Hacéis envíos a Canarias?</summary><p>Sí, con un recargo de 6 euros y un plazo de"
    " cinco a siete días.</p></details><div class='faq-helpful'><p>¿Te ha resultado útil"
    " esta página?</p><button>Sí</button><button>No</button></div><div class='faq-contact'>"
    "<p>¿No encuentras tu respuesta? <a href='#'>Contacta con nosotros</a></p></div></article>",
    (
        "¿Cuánto tarda en llegar mi pedido?",
        "Los pedidos a la península llegan en 48 a 72 horas laborables.",
        "¿Puedo cambiar la dirección de entrega?",
        "mientras el pedido no haya salido del almacén.",
        "¿Hacéis envíos a Canarias?",
        "con un recargo de 6 euros y un plazo de cinco a siete días.",
    ),
    ("¿Te ha resultado útil esta página?", "¿No encuentras tu respuesta?"),
    path="ayuda/envios",
)


def _accordion_item(n: int, question: str, answer: str) -> str:
    return (
        f"<div class='accordion-item'><h2 class='accordion-header' id='h{n}'><button"
        f" class='accordion-button collapsed' type='button' data-bs-toggle='collapse'"
        f" data-bs-target='#c{n}' aria-expanded='false' aria-controls='c{n}'>{question}"
        f"</button></h2><div id='c{n}' class='accordion-collapse collapse' aria-labelledby="
        f"'h{n}'><div class='accordion-body'><p>{answer}</p></div></div></div>"
    )


add(
    "faq_bootstrap_accordion",
    SITES["nl"],
    "Veelgestelde vragen over de afvalpas",
    "<div class='page-content'><h1>Veelgestelde vragen over de afvalpas</h1>"
    + paras("Hieronder vindt u antwoorden op de meest gestelde vragen over de afvalpas.")
    + "<div class='accordion' id='faq'>"
    + _accordion_item(
        1,
        "Ik ben mijn afvalpas kwijt. Wat nu?",
        "U kunt online een nieuwe pas aanvragen. Dit kost 7,50 euro.",
    )
    + _accordion_item(
        2,
        "Hoe vaak mag ik naar de milieustraat?",
        "Met uw pas mag u twaalf keer per jaar gratis afval brengen.",
    )
    + _accordion_item(
        3,
        "Mag mijn buurman mijn pas gebruiken?",
        "Nee, de pas hoort bij uw adres en mag alleen voor dat adres worden gebruikt.",
    )
    + "</div><p class='last-modified'>Laatst gewijzigd: 14 november 2026</p></div>",
    (
        "Ik ben mijn afvalpas kwijt. Wat nu?",
        "U kunt online een nieuwe pas aanvragen. Dit kost 7,50 euro.",
        "Hoe vaak mag ik naar de milieustraat?",
        "twaalf keer per jaar gratis afval brengen.",
        "Mag mijn buurman mijn pas gebruiken?",
        "de pas hoort bij uw adres",
    ),
    template="portal",
    path="afval/veelgestelde-vragen",
)

add(
    "faq_microdata_headings",
    SITES["ar"],
    "أسئلة شائعة عن الاستعارة",
    "<section class='faq' itemscope itemtype='https://schema.org/FAQPage'><h1>أسئلة شائعة عن"
    " الاستعارة</h1><div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'>"
    "<h3 itemprop='name'>كم كتابا يمكنني استعارته؟</h3><div itemscope itemprop='acceptedAnswer'"
    " itemtype='https://schema.org/Answer'><p itemprop='text'>يمكن لكل عضو استعارة خمسة كتب"
    " في وقت واحد.</p></div></div><div itemscope itemprop='mainEntity'"
    " itemtype='https://schema.org/Question'><h3 itemprop='name'>ما مدة الاستعارة؟</h3><div"
    " itemscope itemprop='acceptedAnswer' itemtype='https://schema.org/Answer'><p"
    " itemprop='text'>مدة الاستعارة أسبوعان، ويمكن تمديدها مرة واحدة.</p></div></div><div"
    " itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'><h3"
    " itemprop='name'>هل توجد غرامة على التأخير؟</h3><div itemscope itemprop='acceptedAnswer'"
    " itemtype='https://schema.org/Answer'><p itemprop='text'>نعم، ربع دينار عن كل يوم"
    " تأخير.</p></div></div></section>" + share(SITES["ar"]),
    (
        "كم كتابا يمكنني استعارته؟",
        "يمكن لكل عضو استعارة خمسة كتب في وقت واحد.",
        "ما مدة الاستعارة؟",
        "مدة الاستعارة أسبوعان، ويمكن تمديدها مرة واحدة.",
        "هل توجد غرامة على التأخير؟",
        "نعم، ربع دينار عن كل يوم تأخير.",
    ),
    path="faq/isti3ara",
)

add(
    "faq_aria_hidden_panels",
    SITES["hi"],
    "आधार कार्ड: अक्सर पूछे जाने वाले प्रश्न",
    "<div class='faq-wrap'><h1>आधार कार्ड: अक्सर पूछे जाने वाले प्रश्न</h1>"
    "<div class='faq-item'><button class='faq-q' aria-expanded='false' aria-controls='a1'>"
    "क्या आधार में मोबाइल नंबर ऑनलाइन बदला जा सकता है?</button><div id='a1' class='faq-a'"
    " hidden><p>नहीं, मोबाइल नंबर बदलने के लिए नज़दीकी आधार केंद्र जाना होगा।</p></div></div>"
    "<div class='faq-item'><button class='faq-q' aria-expanded='false' aria-controls='a2'>"
    "पता बदलने में कितना शुल्क लगता है?</button><div id='a2' class='faq-a' hidden><p>ऑनलाइन"
    " पता बदलने का शुल्क 50 रुपये है।</p></div></div>"
    "<div class='faq-item'><button class='faq-q' aria-expanded='false' aria-controls='a3'>"
    "नया आधार कितने दिनों में आता है?</button><div id='a3' class='faq-a' hidden><p>सामान्यतः"
    " 90 दिनों के भीतर आधार डाक से पहुँच जाता है।</p></div></div></div>" + newsletter(SITES["hi"]),
    (
        "क्या आधार में मोबाइल नंबर ऑनलाइन बदला जा सकता है?",
        "मोबाइल नंबर बदलने के लिए नज़दीकी आधार केंद्र जाना होगा।",
        "पता बदलने में कितना शुल्क लगता है?",
        "ऑनलाइन पता बदलने का शुल्क 50 रुपये है।",
        "90 दिनों के भीतर आधार डाक से पहुँच जाता है।",
    ),
    path="sevaen/aadhaar-faq",
)

add(
    "faq_in_dl_with_related_questions",
    SITES["it"],
    "Tassa sui rifiuti: le domande dei lettori",
    "<article class='article-body'><h1>Tassa sui rifiuti: le domande dei lettori</h1>"
    + paras("Abbiamo raccolto le domande più frequenti arrivate in redazione sulla nuova tassa.")
    + "<dl class='faq'><dt>Quando scade la prima rata?</dt><dd>La prima rata scade il 31"
    " gennaio 2027.</dd><dt>Chi ha diritto alla riduzione?</dt><dd>Le famiglie con un solo"
    " occupante e chi fa il compostaggio domestico.</dd><dt>Si può pagare online?</dt><dd>Sì,"
    " con il modulo PagoPA inviato a casa.</dd></dl><div class='related-questions'><h4>Domande"
    " correlate</h4><ul><li><a href='#'>Come si calcola la tassa sui passi carrai?</a></li>"
    "<li><a href='#'>Quando arriva il bollettino dell'acqua?</a></li></ul></div></article>"
    + comment_prompt(SITES["it"]),
    (
        "Quando scade la prima rata?",
        "La prima rata scade il 31 gennaio 2027.",
        "Chi ha diritto alla riduzione?",
        "chi fa il compostaggio domestico.",
        "Si può pagare online?",
        "con il modulo PagoPA inviato a casa.",
    ),
    ("Domande correlate", "Come si calcola la tassa sui passi carrai?"),
    path="2026/12/06/tassa-rifiuti-domande",
)

# Comparison and spec tables.

add(
    "comparison_colspan_groups",
    SITES["el"],
    "Σύγκριση: τρία κινητά μεσαίας κατηγορίας",
    "<article class='review'><h1>Σύγκριση: τρία κινητά μεσαίας κατηγορίας</h1>"
    + paras("Δοκιμάσαμε τρία κινητά κάτω από 400 ευρώ για δύο εβδομάδες.")
    + "<table class='compare'><thead><tr><th rowspan='2'>Μοντέλο</th><th colspan='2'>Κάμερα"
    "</th><th rowspan='2'>Μπαταρία</th></tr><tr><th>Κύρια</th><th>Selfie</th></tr></thead>"
    "<tbody><tr><td>Άλφα 5</td><td>50 MP</td><td>16 MP</td><td>5000 mAh</td></tr><tr><td>"
    "Βήτα Pro</td><td>64 MP</td><td>32 MP</td><td>4500 mAh</td></tr><tr><td>Γάμμα S</td>"
    "<td>48 MP</td><td>8 MP</td><td>6000 mAh</td></tr></tbody></table>"
    + paras("Το Γάμμα S κράτησε σχεδόν δύο μέρες με μία φόρτιση.")
    + "<div class='price-widget'><p>Δείτε τιμές σε καταστήματα</p><a href='#'>Αγορά από 329 €"
    "</a></div></article>",
    (
        "Δοκιμάσαμε τρία κινητά κάτω από 400 ευρώ",
        "Άλφα 5 | 50 MP | 16 MP | 5000 mAh",
        "Βήτα Pro | 64 MP | 32 MP | 4500 mAh",
        "Γάμμα S | 48 MP | 8 MP | 6000 mAh",
        "Το Γάμμα S κράτησε σχεδόν δύο μέρες",
    ),
    ("Δείτε τιμές σε καταστήματα", "Αγορά από 329 €"),
    path="sygkriseis/kinita-400",
)

add(
    "spec_table_rowspan_groups",
    SITES["fr"],
    "Fiche technique : vélo cargo Mule 2",
    "<article class='post'><h1>Fiche technique : vélo cargo Mule 2</h1>"
    + paras("Le Mule 2 est le vélo cargo que nous avons assemblé avec l'atelier de Grenoble.")
    + "<table class='specs'><tbody><tr><th rowspan='3' scope='rowgroup'>Moteur</th><th"
    " scope='row'>Position</th><td>pédalier</td></tr><tr><th scope='row'>Couple</th><td>85 Nm"
    "</td></tr><tr><th scope='row'>Batterie</th><td>625 Wh</td></tr><tr><th rowspan='2'"
    " scope='rowgroup'>Cadre</th><th scope='row'>Matière</th><td>acier chromoly</td></tr><tr>"
    "<th scope='row'>Charge maximale</th><td>180 kg</td></tr></tbody></table>"
    + paras("Comptez douze heures d'assemblage pour un atelier bénévole.")
    + "</article>",
    (
        "Moteur | Position | pédalier",
        "Couple | 85 Nm",
        "Batterie | 625 Wh",
        "Cadre | Matière | acier chromoly",
        "Charge maximale | 180 kg",
        "Comptez douze heures d'assemblage",
    ),
    path="projets/mule-2-fiche",
)

add(
    "pricing_plans_ticks",
    SITES["cs"],
    "Ceník členství v dílně",
    "<div class='pricing'><h1>Ceník členství v dílně</h1>"
    + paras("Členství platí pro všechny stroje v dílně na Smíchově.")
    + "<table><thead><tr><th>Služba</th><th>Základ</th><th>Plus</th><th>Firma</th></tr>"
    "</thead><tbody><tr><td>Přístup do dílny</td><td>✓</td><td>✓</td><td>✓</td></tr><tr><td>"
    "Laserová řezačka</td><td>✗</td><td>✓</td><td>✓</td></tr><tr><td>Skříňka na nářadí</td>"
    "<td>✗</td><td>✗</td><td>✓</td></tr><tr><td>Cena za měsíc</td><td>490 Kč</td><td>890 Kč"
    "</td><td>2 400 Kč</td></tr></tbody></table><p class='cta'><a class='btn' href='#'>Stát se"
    " členem</a></p></div>",
    (
        "Služba | Základ | Plus | Firma",
        "Přístup do dílny | ✓ | ✓ | ✓",
        "Laserová řezačka | ✗ | ✓ | ✓",
        "Cena za měsíc | 490 Kč | 890 Kč | 2 400 Kč",
    ),
    ("Stát se členem",),
    template="app",
    path="clenstvi/cenik",
)

add(
    "table_with_caption_and_tfoot",
    SITES["vi"],
    "Điểm chuẩn Đại học Sông Hồng năm 2026",
    "<div class='detail-content'><h1>Điểm chuẩn Đại học Sông Hồng năm 2026</h1>"
    + paras("Trường công bố điểm chuẩn của năm ngành theo phương thức xét điểm thi tốt nghiệp.")
    + "<table><caption>Bảng 1. Điểm chuẩn theo ngành (thang 30)</caption><thead><tr><th>Mã"
    " ngành</th><th>Tên ngành</th><th>Điểm chuẩn</th></tr></thead><tbody><tr><td>7480201</td>"
    "<td>Công nghệ thông tin</td><td>26,5</td></tr><tr><td>7340101</td><td>Quản trị kinh doanh"
    "</td><td>24,1</td></tr><tr><td>7220201</td><td>Ngôn ngữ Anh</td><td>25,0</td></tr>"
    "</tbody><tfoot><tr><td colspan='3'>Nguồn: Phòng Đào tạo, ngày 20/8/2026.</td></tr></tfoot>"
    "</table></div>" + share(SITES["vi"]),
    (
        "Bảng 1. Điểm chuẩn theo ngành (thang 30)",
        "Mã ngành | Tên ngành | Điểm chuẩn",
        "7480201 | Công nghệ thông tin | 26,5",
        "7220201 | Ngôn ngữ Anh | 25,0",
        "Nguồn: Phòng Đào tạo, ngày 20/8/2026.",
    ),
    path="diem-chuan/song-hong-2026",
)

add(
    "nutrition_table_header_column",
    SITES["de"],
    "Nährwerte im Vergleich: Haferdrinks",
    "<article class='entry'><h1>Nährwerte im Vergleich: Haferdrinks</h1>"
    + paras("Wir haben vier Haferdrinks aus dem Supermarkt verglichen, je 100 ml.")
    + "<table><thead><tr><td></td><th scope='col'>Marke A</th><th scope='col'>Marke B</th>"
    "<th scope='col'>Marke C</th></tr></thead><tbody><tr><th scope='row'>Energie</th><td>46"
    " kcal</td><td>42 kcal</td><td>59 kcal</td></tr><tr><th scope='row'>Zucker</th><td>4,0 g"
    "</td><td>3,3 g</td><td>4,1 g</td></tr><tr><th scope='row'>Calcium</th><td>120 mg</td><td>"
    "—</td><td>120 mg</td></tr></tbody></table>"
    + paras("Marke B ist ohne Calciumzusatz, dafür am wenigsten süß.")
    + "</article>"
    + share(SITES["de"]),
    (
        "Marke A | Marke B | Marke C",
        "Energie | 46 kcal | 42 kcal | 59 kcal",
        "Zucker | 4,0 g | 3,3 g | 4,1 g",
        "Calcium | 120 mg | — | 120 mg",
        "Marke B ist ohne Calciumzusatz",
    ),
    path="ernaehrung/haferdrinks-vergleich",
)

# Sports and election results.

add(
    "league_table",
    SITES["it"],
    "Promozione, la classifica dopo la 14ª giornata",
    "<article class='article-body'><h1>Promozione, la classifica dopo la 14ª giornata</h1>"
    + paras("Il Borgo Alto allunga in vetta dopo il pareggio del Sanfelice nel derby.")
    + "<table class='standings'><thead><tr><th>Pos</th><th>Squadra</th><th>G</th><th>V</th>"
    "<th>N</th><th>P</th><th>Pt</th></tr></thead><tbody><tr><td>1</td><td>Borgo Alto</td>"
    "<td>14</td><td>10</td><td>3</td><td>1</td><td>33</td></tr><tr><td>2</td><td>Sanfelice"
    "</td><td>14</td><td>9</td><td>3</td><td>2</td><td>30</td></tr><tr><td>3</td><td>Virtus"
    " Pieve</td><td>14</td><td>8</td><td>2</td><td>4</td><td>26</td></tr></tbody></table>"
    "<div class='betting-box'><p>Quote del prossimo turno</p><p>Borgo Alto 1.85 · X 3.20"
    "</p></div></article><div class='live-ticker'><span>Diretta</span> Virtus Pieve -"
    " Castello 1-0 (67')</div>",
    (
        "Il Borgo Alto allunga in vetta",
        "Pos | Squadra | G | V | N | P | Pt",
        "1 | Borgo Alto | 14 | 10 | 3 | 1 | 33",
        "3 | Virtus Pieve | 14 | 8 | 2 | 4 | 26",
    ),
    ("Quote del prossimo turno", "Borgo Alto 1.85", "Castello 1-0 (67')"),
    path="sport/2026/12/06/promozione-classifica",
)

add(
    "election_results_party_table",
    SITES["es"],
    "Resultados de las elecciones municipales en Villanueva del Río",
    "<article class='noticia'><h1>Resultados de las elecciones municipales en Villanueva del"
    " Río</h1><p class='escrutinio'>Escrutado: 100 %</p>"
    + paras("La candidatura vecinal gana por primera vez la alcaldía con siete concejales.")
    + "<table class='resultados'><thead><tr><th>Candidatura</th><th>Votos</th><th>%</th><th>"
    "Concejales</th></tr></thead><tbody><tr><td>Vecinos por Villanueva</td><td>3.412</td><td>"
    "41,2</td><td>7</td></tr><tr><td>Partido del Valle</td><td>2.980</td><td>36,0</td><td>6"
    "</td></tr><tr><td>Izquierda Ribereña</td><td>1.104</td><td>13,3</td><td>2</td></tr></tbody>"
    "</table><p class='participacion'>Participación: 68,4 %. Abstención: 31,6 %.</p>"
    "<div class='widget-mapa'><p>Consulta los resultados de tu municipio</p><input"
    " placeholder='Municipio'></div></article>",
    (
        "La candidatura vecinal gana por primera vez la alcaldía",
        "Candidatura | Votos | % | Concejales",
        "Vecinos por Villanueva | 3.412 | 41,2 | 7",
        "Izquierda Ribereña | 1.104 | 13,3 | 2",
        "Participación: 68,4 %.",
    ),
    ("Consulta los resultados de tu municipio",),
    path="2026/12/06/elecciones-villanueva",
)

add(
    "ski_jumping_results",
    SITES["pl"],
    "Konkurs w Wiśle: wyniki",
    "<article class='news'><h1>Konkurs w Wiśle: wyniki</h1>"
    + paras("Tomasz Wrona wygrał sobotni konkurs po dwóch skokach na odległość 131 metrów.")
    + "<table><thead><tr><th>M.</th><th>Zawodnik</th><th>Kraj</th><th>I seria</th><th>II"
    " seria</th><th>Nota</th></tr></thead><tbody><tr><td>1.</td><td>Tomasz Wrona</td><td>POL"
    "</td><td>131,0</td><td>131,0</td><td>289,4</td></tr><tr><td>2.</td><td>Jonas Keller</td>"
    "<td>GER</td><td>129,5</td><td>130,0</td><td>284,1</td></tr><tr><td>3.</td><td>Aki Laine"
    "</td><td>FIN</td><td>128,0</td><td>127,5</td><td>276,8</td></tr></tbody></table>"
    "<p class='next-event'>Następny konkurs: niedziela, godz. 16:00. <a href='#'>Kup bilet"
    "</a></p></article>" + comment_prompt(SITES["pl"]),
    (
        "Tomasz Wrona wygrał sobotni konkurs",
        "M. | Zawodnik | Kraj | I seria | II seria | Nota",
        "1. | Tomasz Wrona | POL | 131,0 | 131,0 | 289,4",
        "3. | Aki Laine | FIN | 128,0 | 127,5 | 276,8",
    ),
    ("Kup bilet",),
    path="wyniki/2026/12/05/wisla-konkurs",
)

add(
    "election_district_colspan",
    SITES["ko"],
    "제9회 지방선거 구청장 개표 결과",
    "<div class='article'><h1>제9회 지방선거 구청장 개표 결과</h1>"
    + paras("한빛구에서는 무소속 후보가 2.1%포인트 차이로 당선됐다.")
    + "<table><thead><tr><th rowspan='2'>선거구</th><th colspan='2'>1위</th><th colspan='2'>"
    "2위</th></tr><tr><th>후보</th><th>득표율</th><th>후보</th><th>득표율</th></tr></thead>"
    "<tbody><tr><td>한빛구</td><td>김서연</td><td>45.3%</td><td>박도윤</td><td>43.2%</td></tr>"
    "<tr><td>솔내구</td><td>이하준</td><td>52.8%</td><td>정민지</td><td>40.1%</td></tr></tbody>"
    "</table><p class='updated'>업데이트 2026.12.04 23:41</p></div>",
    (
        "무소속 후보가 2.1%포인트 차이로 당선됐다.",
        "한빛구 | 김서연 | 45.3% | 박도윤 | 43.2%",
        "솔내구 | 이하준 | 52.8% | 정민지 | 40.1%",
    ),
    template="app",
    path="news/2026/12/04/election-results",
)

add(
    "athletics_results_ordered_list",
    SITES["sv"],
    "Resultat från inomhus-SM i Umeå",
    "<article class='article'><h1>Resultat från inomhus-SM i Umeå</h1>"
    + paras("Här är de tre främsta i lördagens finaler.")
    + "<h2>60 meter, damer</h2><ol><li>Anna Berg, IFK Umeå, 7,31</li><li>Elin Sjö, Hässelby"
    " SK, 7,35</li><li>Maja Lind, Malmö AI, 7,40</li></ol><h2>Höjdhopp, herrar</h2><ol><li>"
    "Oskar Falk, Spårvägen, 2,21</li><li>Leo Nyberg, Örgryte, 2,18</li><li>Emil Ek, IF Göta,"
    " 2,15</li></ol></article>" + share(SITES["sv"]),
    (
        "Här är de tre främsta i lördagens finaler.",
        "60 meter, damer",
        "Anna Berg, IFK Umeå, 7,31",
        "Maja Lind, Malmö AI, 7,40",
        "Höjdhopp, herrar",
        "Oskar Falk, Spårvägen, 2,21",
        "Emil Ek, IF Göta, 2,15",
    ),
    path="sport/2026/12/05/inomhus-sm-resultat",
)
