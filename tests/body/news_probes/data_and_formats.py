"""News written as data and in formats other than running prose (round 44): match reports
with line-ups, a scoring summary and tables; election, market and weather reports whose
tables are the text; interviews labelled by question and answer or by speaker; photo essays
whose captions are the text; numbered listicles; timelines; FAQ accordions (``<details>``,
``aria-expanded`` buttons over hidden panels) and fact boxes set inside the text."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page

PROBES = Probes()


def _rows(*rows: tuple[str, ...], head: tuple[str, ...] = ()) -> str:
    """A table of cells, with a header row when ``head`` names its columns."""
    header = "<thead><tr>" + "".join(f"<th>{cell}</th>" for cell in head) + "</tr></thead>"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table>{header if head else ''}<tbody>{body}</tbody></table>"


# --- German, a Bundesliga-style match report: line-ups as two lists, the goals as a list,
# the standings table in the sidebar (the league's, not the report's).
PROBES.add(
    "de_match_report_lineups_goals_standings_aside",
    "https://www.sport.example.de/fussball/regionalliga/2026/04/18/spielbericht-moorfeld",
    page(
        "de",
        "Moorfeld dreht das Derby in zehn Minuten",
        "<div class='page'><main><article class='match-report'><h1>Moorfeld dreht das Derby in "
        "zehn Minuten</h1><p class='teaser'>Nach einem 0:1 zur Pause gewinnt der SV Moorfeld "
        "gegen Eichenau mit 3:1.</p><div class='article-text'>"
        "<p>Lange sah es nach einem ruhigen Nachmittag für die Gäste aus, die nach einer "
        "Viertelstunde durch einen Kopfball von Brenner in Führung gegangen waren.</p>"
        "<p>Nach dem Seitenwechsel stellte Trainer Hollmann auf drei Spitzen um, und zwischen "
        "der 61. und der 71. Minute trafen Kessler, Ohm und der eingewechselte Yilmaz.</p>"
        "<p>Mit dem Sieg rückt Moorfeld auf den vierten Platz vor, Eichenau bleibt im "
        "Mittelfeld der Tabelle hängen.</p>"
        "<h2>Aufstellungen</h2><div class='lineups'><div class='team'><h3>SV Moorfeld</h3><ul>"
        "<li>Hartwig</li><li>Lenz</li><li>Baumann</li><li>Kessler</li><li>Ohm</li></ul></div>"
        "<div class='team'><h3>FC Eichenau</h3><ul><li>Stroh</li><li>Pichler</li><li>Brenner"
        "</li><li>Wendt</li><li>Auer</li></ul></div></div>"
        "<h2>Tore</h2><ul class='goals'><li>0:1 Brenner (15.)</li><li>1:1 Kessler (61.)</li>"
        "<li>2:1 Ohm (66.)</li><li>3:1 Yilmaz (71.)</li></ul>"
        "<p class='match-info'>Schiedsrichter: Karl Vogt (Lindach) – Zuschauer: 2.340</p>"
        "</div></article></main><aside class='sidebar'><div class='widget standings'><h3>"
        "Tabelle</h3>"
        + _rows(
            ("1.", "TSV Grünwald", "58"),
            ("2.", "SC Haldern", "55"),
            ("3.", "VfR Kohlstadt", "50"),
            ("4.", "SV Moorfeld", "49"),
            head=("Pl.", "Verein", "Pkt."),
        )
        + "<a href='/tabelle'>Zur kompletten Tabelle</a></div></aside></div>",
    ),
    (
        "durch einen Kopfball von Brenner in Führung",
        "trafen Kessler, Ohm und der eingewechselte Yilmaz",
        "rückt Moorfeld auf den vierten Platz vor",
        "3:1 Yilmaz (71.)",
        "Schiedsrichter: Karl Vogt",
    ),
    ("TSV Grünwald", "Zur kompletten Tabelle"),
)

# --- Spanish, a match chronicle closing with its "ficha técnica" (a table of the two sides,
# goals, referee), readers' comments after it.
PROBES.add(
    "es_cronica_ficha_tecnica",
    "https://deportes.example.es/futbol/2026/02/08/rioverde-cala-alta-2-2",
    furnished(
        "es",
        "Empate loco en el Municipal de Rioverde",
        "<p>El Rioverde y el Cala Alta firmaron un empate a dos en un partido que se decidió "
        "en los últimos cinco minutos, con dos goles en el añadido.</p><p>Los locales "
        "dominaron la primera parte, pero el portero visitante Ibarra detuvo un penalti a "
        "Solís antes del descanso.</p><p>Tras el empate, el Rioverde suma cuatro jornadas sin "
        "ganar y el Cala Alta sigue fuera del descenso por un punto.</p>"
        "<div class='ficha-tecnica'><h3>Ficha técnica</h3>"
        + _rows(
            ("Rioverde", "Molina; Paredes, Roig, Vela, Chaves; Solís, Arce; Nieto, Ramos."),
            ("Cala Alta", "Ibarra; Lucena, Prats, Gil, Tena; Baños, Ortiz; Duro, Sáez."),
            ("Goles", "1-0 Nieto (12'); 1-1 Duro (55'); 2-1 Ramos (90+1'); 2-2 Sáez (90+4')."),
            ("Árbitro", "Fernández Rey. Amonestó a Roig y Ortiz."),
        )
        + "</div>",
        Furniture(
            cookie="Utilizamos cookies propias y de terceros.",
            share="Compartir",
            newsletter="Recibe cada lunes el resumen de la jornada.",
            comments_title="Comentarios",
            comments=("Otra vez nos empatan en el descuento, qué sufrimiento.",),
            related_title="Te puede interesar",
            related=("Clasificación de Segunda RFEF, grupo 3",),
        ),
    ),
    (
        "con dos goles en el añadido",
        "detuvo un penalti a Solís antes del descanso",
        "sigue fuera del descenso por un punto",
        "Molina; Paredes, Roig, Vela, Chaves",
        "2-2 Sáez (90+4')",
    ),
    ("Recibe cada lunes", "qué sufrimiento", "Clasificación de Segunda RFEF"),
)

# --- French, a round-up of the day's rugby results: the results table and the standings
# table are the story; a "Les plus lus" box follows the article.
PROBES.add(
    "fr_rugby_results_and_standings_tables",
    "https://www.example.fr/sport/rugby/federale-1/resultats-12e-journee",
    page(
        "fr",
        "Fédérale 1 : les résultats de la 12e journée",
        "<main id='main'><article><header><h1>Fédérale 1 : les résultats de la 12e journée"
        "</h1><p class='chapo'>Vallombre garde la tête après sa victoire bonifiée à "
        "Saint-Clair.</p></header><div class='article__content'>"
        "<p>La journée a été marquée par la large victoire de Vallombre, qui a inscrit six "
        "essais sur la pelouse gelée de Saint-Clair.</p><h2>Les résultats</h2>"
        + _rows(
            ("Saint-Clair", "12 – 41", "Vallombre"),
            ("Montbarry", "23 – 23", "Les Aubiers"),
            ("Pontroux", "30 – 17", "Vézenac"),
            head=("Domicile", "Score", "Extérieur"),
        )
        + "<h2>Le classement</h2>"
        + _rows(
            ("1", "Vallombre", "52"),
            ("2", "Pontroux", "44"),
            ("3", "Montbarry", "39"),
            head=("Rang", "Équipe", "Points"),
        )
        + "<p>La 13e journée se disputera le 25 janvier, avec le choc Pontroux – Vallombre."
        "</p></div></article><section class='most-read'><h2>Les plus lus</h2><ol><li><a "
        "href='/a'>Un pilier de Vézenac suspendu six semaines</a></li><li><a href='/b'>Le "
        "calendrier complet de la saison</a></li></ol></section></main>",
    ),
    (
        "six essais sur la pelouse gelée de Saint-Clair",
        "12 – 41",
        "Les Aubiers",
        "Vallombre",
        "avec le choc Pontroux – Vallombre",
    ),
    ("suspendu six semaines", "Le calendrier complet"),
)

# --- Polish, municipal election results: the table of committees and votes is the text.
PROBES.add(
    "pl_election_results_table",
    "https://wiadomosci.example.pl/wybory-2026/wyniki-rada-miasta-brzezno",
    furnished(
        "pl",
        "Wybory w Brzeznie: komitet burmistrza traci większość",
        "<p>Komitet urzędującego burmistrza zdobył jedenaście z dwudziestu trzech mandatów w "
        "radzie miasta i po raz pierwszy od dwunastu lat nie będzie miał w niej większości.</p>"
        "<p>Frekwencja wyniosła 58,3 procent, o sześć punktów więcej niż pięć lat temu.</p>"
        "<h2>Wyniki głosowania</h2>"
        + _rows(
            ("KWW Razem dla Brzezna", "41,2%", "11"),
            ("Obywatelskie Brzezno", "33,7%", "8"),
            ("Nowa Lewica Miejska", "15,4%", "4"),
            ("Pozostałe komitety", "9,7%", "0"),
            head=("Komitet", "Głosy", "Mandaty"),
        )
        + "<p>Pierwsza sesja nowej rady odbędzie się w ciągu trzech tygodni.</p>",
        Furniture(
            cookie="Ta strona korzysta z plików cookie.",
            share="Udostępnij",
            newsletter="Zapisz się na nasz newsletter wyborczy.",
            comments_title="Komentarze",
            comments=("Nareszcie jakaś zmiana w tym mieście.",),
            related_title="Czytaj także",
            related=("Kto zostanie przewodniczącym rady?",),
        ),
    ),
    (
        "zdobył jedenaście z dwudziestu trzech mandatów",
        "Frekwencja wyniosła 58,3 procent",
        "KWW Razem dla Brzezna",
        "33,7%",
        "Pierwsza sesja nowej rady",
    ),
    ("newsletter wyborczy", "jakaś zmiana", "przewodniczącym rady"),
)

# --- Czech, a regional election's results as a definition list (turnout, seats) and a table.
PROBES.add(
    "cs_election_results_dl_and_table",
    "https://www.zpravy.example.cz/volby/krajske-2026/vysledky-kraj-horni-polabi",
    page(
        "cs",
        "Krajské volby: v Horním Polabí vyhrálo hnutí starostů",
        "<main><article class='article'><h1>Krajské volby: v Horním Polabí vyhrálo hnutí "
        "starostů</h1><div class='article-body'><p>Hnutí starostů získalo v krajských volbách "
        "v Horním Polabí sedmnáct mandátů a bude vyjednávat o koalici jako první.</p>"
        "<dl class='results-summary'><dt>Volební účast</dt><dd>41,8 %</dd><dt>Sečteno okrsků"
        "</dt><dd>100 %</dd><dt>Počet mandátů</dt><dd>45</dd></dl>"
        + _rows(
            ("Hnutí starostů", "31,9 %", "17"),
            ("Občanská unie", "24,3 %", "13"),
            ("Zelená alternativa", "12,6 %", "7"),
            head=("Strana", "Hlasy", "Mandáty"),
        )
        + "<p>Lídr vítězů Tomáš Kubíček řekl, že chce jednat nejprve s Občanskou unií.</p>"
        "</div><div class='article-tags'><span>Témata:</span><a href='/t/volby'>Volby</a> "
        "<a href='/t/kraje'>Kraje</a></div></article><div class='poll-widget'><p>Půjdete "
        "k druhému kolu senátních voleb?</p><button>Ano</button><button>Ne</button></div>"
        "</main>",
    ),
    (
        "získalo v krajských volbách",
        "Volební účast",
        "41,8 %",
        "Zelená alternativa",
        "chce jednat nejprve s Občanskou unií",
    ),
    ("Půjdete k druhému kolu",),
)

# --- Turkish, a market close report: the index table is the text; a ticker bar runs atop.
PROBES.add(
    "tr_market_close_index_table_ticker",
    "https://ekonomi.example.com.tr/piyasalar/2026/03/06/borsa-gunu-yukselisle-kapatti",
    page(
        "tr",
        "Borsa günü yükselişle kapattı",
        "<div class='ticker-bar'><ul><li><span>BIST 100</span> <b>%1,42</b></li><li><span>"
        "Dolar</span> <b>%0,12</b></li><li><span>Altın</span> <b>%-0,30</b></li></ul></div>"
        "<main><article><h1>Borsa günü yükselişle kapattı</h1><div class='news-detail'>"
        "<p>Borsa İstanbul'da gösterge endeks günü yüzde 1,42 yükselişle tamamladı; en çok "
        "kazandıran sektör bankacılık oldu.</p><p>Analistler, yükselişte merkez bankasının "
        "faiz kararına ilişkin beklentilerin etkili olduğunu belirtti.</p>"
        "<h2>Günün kapanış verileri</h2>"
        + _rows(
            ("BIST 100", "10.482,15", "%1,42"),
            ("BIST 30", "11.317,60", "%1,58"),
            ("Bankacılık", "14.905,33", "%2,71"),
            head=("Endeks", "Kapanış", "Değişim"),
        )
        + "<p class='disclaimer'>Burada yer alan bilgiler yatırım danışmanlığı kapsamında "
        "değildir.</p></div></article></main>",
    ),
    (
        "günü yüzde 1,42 yükselişle tamamladı",
        "faiz kararına ilişkin beklentilerin etkili olduğunu",
        "10.482,15",
        "Bankacılık",
    ),
    ("Altın",),
)

# --- Simplified Chinese, a market report: the closing numbers as a table inside the text.
PROBES.add(
    "zh_hans_market_report_table",
    "https://finance.example.com.cn/stock/2026/05/12/shichang-shoupan.html",
    page(
        "zh-Hans",
        "沪深两市午后回升 成交额超过万亿元",
        "<div class='wrap'><div class='main-left'><div class='article'><h1>沪深两市午后回升 "
        "成交额超过万亿元</h1><div class='info'><span>来源：示例财经</span></div><div "
        "id='artibody'><p>周二午后沪深两市震荡回升，沪指收涨百分之零点八，两市成交额连续第三个"
        "交易日超过一万亿元。</p><p>分析人士认为，新能源和半导体板块的反弹是指数回升的主要动力，"
        "但短期内市场仍可能反复。</p><p>收盘数据如下：</p>"
        + _rows(
            ("上证指数", "3412.56", "+0.80%"),
            ("深证成指", "10876.21", "+1.12%"),
            ("创业板指", "2198.40", "+1.47%"),
            head=("指数", "收盘", "涨跌幅"),
        )
        + "<p class='statement'>免责声明：本文仅供参考，不构成投资建议。</p></div></div></div>"
        "<div class='main-right'><div class='hot-news'><h3>热门新闻</h3><ul><li><a "
        "href='/a'>央行发布一季度货币政策报告</a></li></ul></div></div></div>",
    ),
    (
        "两市成交额连续第三个交易日超过一万亿元",
        "新能源和半导体板块的反弹",
        "上证指数",
        "10876.21",
    ),
    ("央行发布一季度货币政策报告", "热门新闻"),
)

# --- Japanese, a weather report: the forecast table of cities is the text.
PROBES.add(
    "ja_weather_forecast_table",
    "https://www.example.jp/weather/2026/06/20/tsuyu-ame",
    page(
        "ja",
        "週末は西日本で大雨のおそれ",
        "<main><article class='article'><h1>週末は西日本で大雨のおそれ</h1><div "
        "class='article-body'><p>梅雨前線の影響で、土曜日から日曜日にかけて西日本の太平洋側を"
        "中心に非常に激しい雨が降るおそれがあります。</p><p>気象台は、土砂災害や河川の増水に十分"
        "注意するよう呼びかけています。</p><h2>各地の予報（土曜日）</h2>"
        + _rows(
            ("福岡", "雨", "26℃", "90%"),
            ("高知", "大雨", "25℃", "100%"),
            ("大阪", "くもり時々雨", "28℃", "60%"),
            head=("地点", "天気", "最高気温", "降水確率"),
        )
        + "<p>来週は前線が北上し、東日本でも雨の日が多くなる見込みです。</p></div></article>"
        "<section class='ranking'><h2>アクセスランキング</h2><ol><li><a href='/r1'>新幹線の"
        "新型車両が公開</a></li></ol></section></main>",
    ),
    (
        "非常に激しい雨が降るおそれがあります",
        "土砂災害や河川の増水に十分注意するよう",
        "くもり時々雨",
        "来週は前線が北上し",
    ),
    ("新幹線の新型車両が公開", "アクセスランキング"),
)

# --- Korean, a weather report as region cards (one <div> a region) inside the text.
PROBES.add(
    "ko_weather_region_cards",
    "https://news.example.co.kr/weather/2026/01/15/hanpa",
    page(
        "ko",
        "내일 아침 영하 15도…올겨울 최강 한파",
        "<main><div class='article-view'><h1>내일 아침 영하 15도…올겨울 최강 한파</h1><div "
        "class='article-txt'><p>내일 아침 서울의 기온이 영하 15도까지 떨어지는 등 올겨울 들어 "
        "가장 강한 추위가 찾아오겠습니다.</p><p>기상청은 수도관 동파와 빙판길 사고에 대비해 달라고 "
        "당부했습니다.</p><div class='weather-cards'>"
        "<div class='card'><strong>서울</strong><span>영하 15도</span><span>맑음</span></div>"
        "<div class='card'><strong>춘천</strong><span>영하 19도</span><span>맑음</span></div>"
        "<div class='card'><strong>부산</strong><span>영하 6도</span><span>구름 조금</span></div>"
        "</div><p>이번 추위는 주말 오후부터 차츰 풀리겠습니다.</p></div><div class='reporter'>"
        "<p>김하늘 기자 sky@example.co.kr</p></div></div><div class='popular'><h3>많이 본 뉴스"
        "</h3><ul><li><a href='/p1'>설 연휴 귀성길 교통 전망</a></li></ul></div></main>",
    ),
    (
        "올겨울 들어 가장 강한 추위가 찾아오겠습니다",
        "수도관 동파와 빙판길 사고에 대비해",
        "주말 오후부터 차츰 풀리겠습니다",
    ),
    ("설 연휴 귀성길 교통 전망", "많이 본 뉴스"),
)

# --- German, an interview labelled "Frage:" / "Antwort:" in bold, a short bio box after it.
PROBES.add(
    "de_interview_frage_antwort_labels",
    "https://www.example.de/kultur/interview-orgelbauerin-2026",
    furnished(
        "de",
        "„Eine Orgel baut man für hundert Jahre“",
        "<p class='intro'>Die Orgelbauerin Marlene Thiel über Geduld, Holz und ihren ersten "
        "Auftrag.</p>"
        "<p><strong>Frage:</strong> Frau Thiel, wie lange dauert es, eine Orgel zu bauen?</p>"
        "<p><strong>Antwort:</strong> Für eine Dorfkirche etwa zwei Jahre, für einen Dom kann "
        "es auch fünf werden. Das meiste davon ist Warten auf trockenes Holz.</p>"
        "<p><strong>Frage:</strong> Was war Ihr schwierigster Auftrag?</p>"
        "<p><strong>Antwort:</strong> Eine Orgel in einem Fischerdorf, wo die salzige Luft "
        "jedes Jahr die Pfeifen angreift. Wir haben dort Zinn statt Blei verwendet.</p>"
        "<div class='person-box'><p>Marlene Thiel, 48, führt seit 2011 eine Werkstatt in "
        "Oberlauch.</p></div>",
        Furniture(
            cookie="Wir verwenden Cookies, um unser Angebot zu verbessern.",
            share="Teilen",
            newsletter="Der Kultur-Newsletter: jeden Freitag.",
            comments_title="Kommentare",
            comments=("Wunderbares Gespräch, danke!",),
            related_title="Mehr zum Thema",
            related=("Die älteste Orgel der Region wird restauriert",),
        ),
    ),
    (
        "wie lange dauert es, eine Orgel zu bauen?",
        "Für eine Dorfkirche etwa zwei Jahre",
        "Was war Ihr schwierigster Auftrag?",
        "Wir haben dort Zinn statt Blei verwendet",
    ),
    ("Der Kultur-Newsletter", "Wunderbares Gespräch", "älteste Orgel der Region"),
)

# --- Spanish, an interview whose answers open with the speaker's name, questions in bold
# "P." lines.
PROBES.add(
    "es_entrevista_p_r_speaker",
    "https://www.example.com.mx/cultura/entrevista-cineasta-2026",
    page(
        "es",
        "“Filmé en mi pueblo porque nadie más lo iba a hacer”",
        "<main class='main'><article class='nota'><h1>“Filmé en mi pueblo porque nadie más lo "
        "iba a hacer”</h1><h2 class='bajada'>La directora Rocío Andrade estrena su primer "
        "largometraje en el festival de Valle Claro.</h2><div class='nota-cuerpo'>"
        "<p><b>P. ¿Cómo convenció a sus vecinos de actuar?</b></p>"
        "<p><b>Rocío Andrade:</b> Les pagué con comida y con la promesa de que la película se "
        "estrenaría primero en la plaza del pueblo.</p>"
        "<p><b>P. ¿Qué fue lo más difícil del rodaje?</b></p>"
        "<p><b>Rocío Andrade:</b> La lluvia. Perdimos once días de rodaje y tuvimos que "
        "reescribir el final dos veces.</p></div><div class='nota-relacionadas'><h3>Notas "
        "relacionadas</h3><ul><li><a href='/n1'>El festival de Valle Claro anuncia su "
        "programa</a></li></ul></div></article></main>",
    ),
    (
        "¿Cómo convenció a sus vecinos de actuar?",
        "Les pagué con comida",
        "¿Qué fue lo más difícil del rodaje?",
        "Perdimos once días de rodaje",
    ),
    ("anuncia su programa",),
)

# --- Hebrew, an interview with "ש:" / "ת:" labels, right to left.
PROBES.add(
    "he_interview_question_answer_labels",
    "https://www.example.co.il/culture/2026/09/interview-architect",
    page(
        "he",
        "\u201cבניין טוב נראה כאילו תמיד היה שם\u201d",
        "<main><article><h1>\u201cבניין טוב נראה כאילו תמיד היה שם\u201d</h1><div "
        "class='article-content'><p>שיחה עם האדריכלית נועה ברק על השכונה שתכננה בעמק.</p>"
        "<p><strong>ש:</strong> למה בחרת לבנות מאבן מקומית?</p>"
        "<p><strong>ת:</strong> כי האבן שומרת על קרירות בקיץ, והתושבים מכירים אותה מהבתים של "
        "סבא וסבתא שלהם.</p>"
        "<p><strong>ש:</strong> מה הייתה ההתנגדות הגדולה ביותר?</p>"
        "<p><strong>ת:</strong> החניה. כולם רצו חניה מתחת לבית, ואני רציתי רחוב שאפשר לשחק בו."
        "</p></div><div class='newsletter'><p>הירשמו לניוזלטר התרבות שלנו</p><form><input "
        "type='email'></form></div></article></main>",
        dir_="rtl",
    ),
    (
        "למה בחרת לבנות מאבן מקומית?",
        "כי האבן שומרת על קרירות בקיץ",
        "מה הייתה ההתנגדות הגדולה ביותר?",
        "ואני רציתי רחוב שאפשר לשחק בו",
    ),
    ("הירשמו לניוזלטר",),
)

# --- Persian, an interview whose questions are <h3>s and answers paragraphs.
PROBES.add(
    "fa_interview_question_headings",
    "https://www.example.ir/fa/news/2026/farhang/goftogu-ba-naghash",
    page(
        "fa",
        "گفت‌وگو با نقاشی که دیوارهای شهر را رنگ کرد",
        "<main><article class='news'><h1>گفت‌وگو با نقاشی که دیوارهای شهر را رنگ کرد</h1>"
        "<div class='body'><h3>چرا دیوارهای مدرسه‌ها را انتخاب کردید؟</h3><p>چون بچه‌ها هر روز "
        "از کنار آن‌ها رد می‌شوند و می‌خواستم اولین چیزی که صبح می‌بینند رنگ باشد.</p>"
        "<h3>شهرداری چه واکنشی نشان داد؟</h3><p>اول مخالف بود، اما بعد از اینکه اهالی محل "
        "نامه نوشتند، مجوز ده دیوار دیگر را هم داد.</p></div><div class='tags'><a "
        "href='/t/1'>فرهنگ</a><a href='/t/2'>هنر</a></div></article><aside><h4>پربازدیدترین"
        "</h4><ul><li><a href='/m1'>نمایشگاه کتاب از فردا آغاز می‌شود</a></li></ul></aside>"
        "</main>",
        dir_="rtl",
    ),
    (
        "چرا دیوارهای مدرسه‌ها را انتخاب کردید؟",
        "می‌خواستم اولین چیزی که صبح می‌بینند رنگ باشد",
        "شهرداری چه واکنشی نشان داد؟",
        "مجوز ده دیوار دیگر را هم داد",
    ),
    ("نمایشگاه کتاب از فردا آغاز می‌شود",),
)

# --- Arabic, a photo essay: an intro and figures whose captions are the text.
PROBES.add(
    "ar_photo_essay_figcaptions",
    "https://www.example.net/ar/photos/2026/10/mawsim-al-zaytoun",
    page(
        "ar",
        "موسم الزيتون في القرى الجبلية بالصور",
        "<main><article class='photo-essay'><h1>موسم الزيتون في القرى الجبلية بالصور</h1>"
        "<p class='intro'>يبدأ موسم قطف الزيتون مع أول مطر في الخريف، وتشارك فيه العائلات "
        "بأكملها.</p>"
        "<figure><img src='/p/1.jpg' alt=''><figcaption>تفرش النساء القماش تحت الأشجار قبل "
        "أن يهز الرجال الأغصان بالعصي الطويلة. <span class='credit'>تصوير: سامي نور</span>"
        "</figcaption></figure>"
        "<figure><img src='/p/2.jpg' alt=''><figcaption>ينقل الأطفال الأكياس الممتلئة إلى "
        "الحمير التي تحملها إلى المعصرة في أسفل الوادي. <span class='credit'>تصوير: سامي نور"
        "</span></figcaption></figure>"
        "<figure><img src='/p/3.jpg' alt=''><figcaption>في المعصرة يعمل الرجال حتى منتصف "
        "الليل، ويذوق كل صاحب محصول زيته قبل أن يعود به إلى البيت.</figcaption></figure>"
        "</article><div class='more-galleries'><h3>معارض صور أخرى</h3><a href='/g/2'>سوق "
        "الأحد في المدينة القديمة</a></div></main>",
        dir_="rtl",
    ),
    (
        "تفرش النساء القماش تحت الأشجار",
        "ينقل الأطفال الأكياس الممتلئة",
        "ويذوق كل صاحب محصول زيته",
    ),
    ("سوق الأحد في المدينة القديمة", "معارض صور أخرى"),
)

# --- Indonesian, a gallery of slides (<div>s each an image and a caption paragraph) with a
# slide counter and a "Galeri lainnya" strip.
PROBES.add(
    "id_gallery_slides_caption_paragraphs",
    "https://foto.example.co.id/galeri/2026/08/lomba-perahu-naga",
    page(
        "id",
        "Lomba Perahu Naga di Sungai Karang",
        "<main><div class='gallery-detail'><h1>Lomba Perahu Naga di Sungai Karang</h1>"
        "<div class='gallery-slider'>"
        "<div class='slide'><span class='counter'>1/3</span><img src='/s/1.jpg' alt=''><p "
        "class='caption'>Dua puluh tim dari lima kabupaten bertanding dalam lomba perahu naga "
        "tahunan di Sungai Karang, Minggu pagi.</p></div>"
        "<div class='slide'><span class='counter'>2/3</span><img src='/s/2.jpg' alt=''><p "
        "class='caption'>Penabuh genderang di haluan menjaga irama dayung agar perahu tetap "
        "lurus melawan arus.</p></div>"
        "<div class='slide'><span class='counter'>3/3</span><img src='/s/3.jpg' alt=''><p "
        "class='caption'>Tim dari Desa Lubuk Jaya menjadi juara setelah unggul setengah "
        "perahu di garis akhir.</p></div></div>"
        "<div class='gallery-other'><h3>Galeri lainnya</h3><ul><li><a href='/g/1'>Festival "
        "layang-layang di pantai selatan</a></li></ul></div></div></main>",
    ),
    (
        "Dua puluh tim dari lima kabupaten bertanding",
        "Penabuh genderang di haluan menjaga irama dayung",
        "Tim dari Desa Lubuk Jaya menjadi juara",
    ),
    ("Festival layang-layang di pantai selatan", "Galeri lainnya"),
)

# --- Italian, a numbered listicle: a heading, an image and a paragraph per item.
PROBES.add(
    "it_listicle_numbered_headings_images",
    "https://viaggi.example.it/2026/05/borghi-da-visitare-in-primavera",
    furnished(
        "it",
        "Cinque borghi da visitare in primavera",
        "<p>Dalle colline ai laghi, ecco cinque borghi poco conosciuti dove la primavera "
        "arriva prima.</p>"
        + "".join(
            f"<h2>{number}. {name}</h2><figure><img src='/b/{number}.jpg' alt='{name}'>"
            f"<figcaption>{name}</figcaption></figure><p>{text}</p>"
            for number, name, text in (
                (
                    1,
                    "Roccalba",
                    "Arroccato su uno sperone di tufo, Roccalba fiorisce ad aprile "
                    "con i mandorli che circondano le mura.",
                ),
                (
                    2,
                    "Lagoverde",
                    "Sul lago omonimo, Lagoverde offre passeggiate lungo la riva e "
                    "una sagra del pesce a fine maggio.",
                ),
                (
                    3,
                    "Castelnebbia",
                    "Il castello di Castelnebbia apre le sue sale al pubblico "
                    "solo nei fine settimana di primavera.",
                ),
                (
                    4,
                    "Pratobello",
                    "A Pratobello i prati di narcisi attirano fotografi da tutta la regione.",
                ),
                (
                    5,
                    "Sassomorto",
                    "Nonostante il nome, Sassomorto è uno dei borghi più vivaci, "
                    "con un mercato artigiano ogni domenica.",
                ),
            )
        ),
        Furniture(
            cookie="Questo sito utilizza cookie.",
            share="Condividi",
            newsletter="Ricevi ogni settimana le nostre idee di viaggio.",
            comments_title="Commenti",
            comments=("Roccalba è bellissima, ci sono stato l'anno scorso!",),
            related_title="Potrebbe interessarti",
            related=("Le spiagge più belle della costa adriatica",),
        ),
    ),
    (
        "cinque borghi poco conosciuti",
        "fiorisce ad aprile con i mandorli",
        "una sagra del pesce a fine maggio",
        "4. Pratobello",
        "con un mercato artigiano ogni domenica",
    ),
    ("ci sono stato l'anno scorso", "Le spiagge più belle", "idee di viaggio"),
)

# --- Vietnamese, a listicle as an <ol> whose items hold an <h3>, an image and a paragraph.
PROBES.add(
    "vi_listicle_ordered_list_items",
    "https://www.example.vn/du-lich/7-mon-an-sang-ha-noi.html",
    page(
        "vi",
        "Bốn món ăn sáng nên thử ở phố cổ",
        "<main><article class='detail'><h1>Bốn món ăn sáng nên thử ở phố cổ</h1><p "
        "class='sapo'>Không chỉ có phở, phố cổ còn nhiều món sáng đáng thử.</p><ol "
        "class='list-items'>"
        "<li><h3>Bún chả</h3><img src='/m/1.jpg' alt=''><p>Bún chả được nướng trên than hoa từ "
        "sáu giờ sáng, ăn kèm rau sống và nước chấm chua ngọt.</p></li>"
        "<li><h3>Xôi xéo</h3><img src='/m/2.jpg' alt=''><p>Xôi xéo vàng ươm với đậu xanh và "
        "hành phi là món quen của người đi làm sớm.</p></li>"
        "<li><h3>Bánh cuốn</h3><img src='/m/3.jpg' alt=''><p>Bánh cuốn tráng mỏng tại chỗ, "
        "nhân thịt và mộc nhĩ, chấm nước mắm pha loãng.</p></li>"
        "<li><h3>Cháo sườn</h3><img src='/m/4.jpg' alt=''><p>Cháo sườn nấu nhừ, rắc quẩy giòn, "
        "hợp với những sáng trời se lạnh.</p></li></ol></article><div class='box-tinlienquan'>"
        "<h4>Tin liên quan</h4><ul><li><a href='/t1'>Phố đi bộ mở rộng thêm ba tuyến</a></li>"
        "</ul></div></main>",
    ),
    (
        "nướng trên than hoa từ sáu giờ sáng",
        "Xôi xéo vàng ươm với đậu xanh",
        "Bánh cuốn tráng mỏng tại chỗ",
        "hợp với những sáng trời se lạnh",
    ),
    ("Phố đi bộ mở rộng thêm ba tuyến",),
)

# --- Ukrainian, a timeline as an <ol> of dated entries after an intro.
PROBES.add(
    "uk_timeline_ordered_list_dated",
    "https://www.example.ua/news/2026/03/khronolohiia-budivnytstva-mostu",
    furnished(
        "uk",
        "Хронологія: як будували міст через Сіверку",
        "<p>Міст через Сіверку, відкритий у неділю, будували майже шість років. Ось головні "
        "події.</p><ol class='timeline'>"
        "<li><time datetime='2020-04-02'>2 квітня 2020</time><p>Міська рада ухвалила рішення "
        "про будівництво нового мосту замість зруйнованого повінню.</p></li>"
        "<li><time datetime='2022-09-15'>15 вересня 2022</time><p>Після двох невдалих "
        "тендерів підрядником обрали обласне дорожнє підприємство.</p></li>"
        "<li><time datetime='2025-11-30'>30 листопада 2025</time><p>Встановили останній "
        "прольот, і по мосту вперше проїхала техніка.</p></li>"
        "<li><time datetime='2026-03-08'>8 березня 2026</time><p>Міст відкрили для руху "
        "автомобілів і пішоходів.</p></li></ol>",
        Furniture(
            cookie="Ми використовуємо файли cookie.",
            share="Поділитися",
            newsletter="Підпишіться на щоденну розсилку новин.",
            comments_title="Коментарі",
            comments=("Нарешті! Чекали цього шість років.",),
            related_title="Читайте також",
            related=("Які вулиці перекриють на вихідних",),
        ),
    ),
    (
        "будували майже шість років",
        "ухвалила рішення про будівництво нового мосту",
        "15 вересня 2022",
        "Встановили останній прольот",
        "Міст відкрили для руху автомобілів і пішоходів",
    ),
    ("Підпишіться на щоденну розсилку", "Чекали цього шість років", "перекриють на вихідних"),
)

# --- Traditional Chinese, a timeline of <div>s (a date and a paragraph each).
PROBES.add(
    "zh_hant_timeline_div_entries",
    "https://news.example.com.tw/politics/2026/07/shijian-suyuan",
    page(
        "zh-Hant",
        "一張圖看懂：捷運延伸線爭議始末",
        "<main><article class='article-content'><h1>一張圖看懂：捷運延伸線爭議始末</h1><div "
        "class='article-body'><p>捷運延伸線從規劃到動工歷經八年，期間多次因環評與預算問題延宕。"
        "</p><div class='timeline'>"
        "<div class='timeline-item'><div class='date'>2018年3月</div><div class='text'><p>"
        "市府提出延伸線可行性研究，預估經費一百二十億元。</p></div></div>"
        "<div class='timeline-item'><div class='date'>2021年6月</div><div class='text'><p>"
        "環評大會要求補充地下水影響資料，計畫暫停一年。</p></div></div>"
        "<div class='timeline-item'><div class='date'>2026年7月</div><div class='text'><p>"
        "延伸線正式動工，預計四年後通車。</p></div></div></div></div><div "
        "class='article-tags'>"
        "<a href='/tag/1'>捷運</a><a href='/tag/2'>交通</a></div></article><div "
        "class='recommend'><h3>推薦閱讀</h3><ul><li><a href='/r/1'>公車路線下月起調整</a></li>"
        "</ul></div></main>",
    ),
    (
        "從規劃到動工歷經八年",
        "市府提出延伸線可行性研究",
        "2021年6月",
        "環評大會要求補充地下水影響資料",
        "延伸線正式動工",
    ),
    ("公車路線下月起調整", "推薦閱讀"),
)

# --- Dutch, an explainer ending in a FAQ of <details>/<summary> items.
PROBES.add(
    "nl_explainer_details_summary_faq",
    "https://www.example.nl/nieuws/2026/09/nieuwe-afvalregels-vragen",
    page(
        "nl",
        "Nieuwe afvalregels: dit moet je weten",
        "<main><article class='article'><h1>Nieuwe afvalregels: dit moet je weten</h1><div "
        "class='article__body'><p>Vanaf 1 januari haalt de gemeente Weidemeer het restafval "
        "nog maar eens per vier weken op, en betalen inwoners per zak.</p><h2>Veelgestelde "
        "vragen</h2><div class='faq'>"
        "<details><summary>Wat kost een zak restafval?</summary><p>Een zak van zestig liter "
        "kost 1,80 euro; een kleine zak van dertig liter 0,90 euro.</p></details>"
        "<details><summary>Waar koop ik de zakken?</summary><p>De zakken liggen bij alle "
        "supermarkten in de gemeente en bij het milieupark aan de Havenweg.</p></details>"
        "<details><summary>Wat als ik luiers weggooi?</summary><p>Gezinnen met kinderen onder "
        "de twee jaar kunnen een gratis luiercontainer aanvragen.</p></details></div></div>"
        "</article><section class='related'><h2>Meer over dit onderwerp</h2><ul><li><a "
        "href='/r1'>Gemeente verhoogt ook de parkeertarieven</a></li></ul></section></main>",
    ),
    (
        "haalt de gemeente Weidemeer het restafval",
        "Wat kost een zak restafval?",
        "kost 1,80 euro",
        "bij het milieupark aan de Havenweg",
        "een gratis luiercontainer aanvragen",
    ),
    ("verhoogt ook de parkeertarieven",),
)

# --- Swahili, a FAQ of aria-expanded buttons over hidden panels whose text is in the HTML.
PROBES.add(
    "sw_faq_aria_expanded_hidden_panels",
    "https://www.example.co.tz/habari/2026/02/maswali-kuhusu-kitambulisho-kipya",
    page(
        "sw",
        "Kitambulisho kipya cha taifa: maswali na majibu",
        "<main><article><h1>Kitambulisho kipya cha taifa: maswali na majibu</h1><div "
        "class='entry-content'><p>Serikali imeanza kutoa vitambulisho vipya vya taifa vyenye "
        "chipu, na wananchi wana hadi mwisho wa mwaka kubadilisha vya zamani.</p><div "
        "class='accordion'>"
        "<div class='accordion-item'><h3><button aria-expanded='false' "
        "aria-controls='faq1'>Nitapata wapi kitambulisho kipya?</button></h3><div id='faq1' "
        "class='accordion-panel' hidden><p>Ofisi za wilaya zitatoa vitambulisho kila siku ya "
        "kazi kuanzia saa mbili asubuhi.</p></div></div>"
        "<div class='accordion-item'><h3><button aria-expanded='false' "
        "aria-controls='faq2'>Je, kuna gharama yoyote?</button></h3><div id='faq2' "
        "class='accordion-panel' hidden><p>Kitambulisho cha kwanza ni bure, lakini kupoteza "
        "na kuomba kingine kunagharimu shilingi elfu ishirini.</p></div></div>"
        "</div></div></article><div class='jiunge'><p>Jiunge na chaneli yetu ya WhatsApp kwa "
        "habari zaidi</p><a href='/wa'>Jiunge</a></div></main>",
    ),
    (
        "wananchi wana hadi mwisho wa mwaka",
        "Nitapata wapi kitambulisho kipya?",
        "Ofisi za wilaya zitatoa vitambulisho",
        "kunagharimu shilingi elfu ishirini",
    ),
    ("Jiunge na chaneli yetu ya WhatsApp",),
)

# --- German, a story opening with a "Das Wichtigste in Kürze" box of points inside the text.
PROBES.add(
    "de_das_wichtigste_in_kuerze_box",
    "https://www.example.de/politik/2026/10/grundsteuer-reform-beschluss",
    furnished(
        "de",
        "Landtag beschließt neue Grundsteuer",
        "<div class='summary-box'><h2>Das Wichtigste in Kürze</h2><ul><li>Die neue "
        "Grundsteuer gilt ab 2028 für alle Gemeinden des Landes.</li><li>Für Einfamilienhäuser "
        "auf dem Land soll die Steuer im Schnitt sinken.</li><li>Die Opposition kündigt eine "
        "Klage an.</li></ul></div>"
        "<p>Nach monatelangem Streit hat der Landtag am Donnerstag die Reform der Grundsteuer "
        "mit den Stimmen der Regierungsfraktionen beschlossen.</p><p>Künftig richtet sich die "
        "Steuer nach der Fläche des Grundstücks und nicht mehr nach seinem Wert.</p><p>Die "
        "Opposition hält das für ungerecht und will vor dem Verfassungsgericht klagen.</p>",
        Furniture(
            cookie="Wir nutzen Cookies.",
            share="Artikel teilen",
            newsletter="Politik-Newsletter abonnieren",
            comments_title="Leserkommentare",
            comments=("Wieder eine Reform, die keiner versteht.",),
            related_title="Das könnte Sie auch interessieren",
            related=("Was die Reform für Mieter bedeutet",),
        ),
    ),
    (
        "Nach monatelangem Streit hat der Landtag",
        "nach der Fläche des Grundstücks",
        "vor dem Verfassungsgericht klagen",
    ),
    ("Politik-Newsletter", "die keiner versteht", "Was die Reform für Mieter bedeutet"),
)

# --- English, a "Key facts" box as a definition list in the middle of the text.
PROBES.add(
    "en_key_facts_dl_mid_text",
    "https://www.example.co.uk/news/2026/11/reservoir-plan-approved",
    page(
        "en",
        "Reservoir plan approved after ten-year wait",
        "<main><article class='story'><h1>Reservoir plan approved after ten-year wait</h1><div "
        "class='story-body'><p>Plans for a new reservoir in the Hollin valley have been "
        "approved by the county council, a decade after they were first proposed.</p><p>The "
        "water company says the reservoir will secure supplies for 400,000 homes during dry "
        "summers.</p><aside class='key-facts'><h3>Key facts</h3><dl><dt>Capacity</dt><dd>"
        "18 billion litres</dd><dt>Cost</dt><dd>£310m</dd><dt>Completion</dt><dd>2033</dd>"
        "</dl></aside><p>Campaigners who opposed the scheme said they would consider a legal "
        "challenge over the loss of farmland.</p><p>Construction of the access road is due to "
        "start next spring.</p></div></article><div class='promo'><h3>Get the morning "
        "briefing</h3><p>Sign up for our free newsletter.</p></div></main>",
    ),
    (
        "approved by the county council, a decade after",
        "secure supplies for 400,000 homes",
        "would consider a legal challenge",
        "Construction of the access road",
    ),
    ("Sign up for our free newsletter", "Get the morning briefing"),
)

# --- Hindi, election results as a table after the story; a "ये भी पढ़ें" box inside the text.
PROBES.add(
    "hi_election_results_table_read_also",
    "https://www.example.in/hindi/chunav/2026/nagar-nigam-natije",
    page(
        "hi",
        "नगर निगम चुनाव: नीलपुर में किसी दल को बहुमत नहीं",
        "<main><article><h1>नगर निगम चुनाव: नीलपुर में किसी दल को बहुमत नहीं</h1><div "
        "class='story'><p>नीलपुर नगर निगम के चुनाव में किसी भी दल को स्पष्ट बहुमत नहीं मिला है और "
        "निर्दलीय पार्षदों की भूमिका अहम हो गई है।</p><div class='read-also'><strong>ये भी पढ़ें"
        "</strong><a href='/x'>मतगणना केंद्र पर देर रात तक हंगामा</a></div><p>कुल साठ वार्डों "
        "में से सबसे बड़े दल को छब्बीस सीटें मिली हैं।</p>"
        + _rows(
            ("जन विकास मोर्चा", "26"),
            ("लोक समता दल", "21"),
            ("निर्दलीय", "13"),
            head=("दल", "सीटें"),
        )
        + "<p>महापौर का चुनाव अगले महीने पार्षदों के मतदान से होगा।</p></div></article></main>",
    ),
    (
        "किसी भी दल को स्पष्ट बहुमत नहीं मिला है",
        "सबसे बड़े दल को छब्बीस सीटें मिली हैं",
        "लोक समता दल",
        "महापौर का चुनाव अगले महीने",
    ),
    ("मतगणना केंद्र पर देर रात तक हंगामा",),
)

# --- Thai, a weather report: a warning paragraph list and a region table.
PROBES.add(
    "th_weather_warning_region_table",
    "https://www.example.co.th/news/weather/2026/09/fon-tok-nak",
    page(
        "th",
        "เตือนฝนตกหนักภาคเหนือและภาคอีสาน",
        "<main><div class='content-detail'><h1>เตือนฝนตกหนักภาคเหนือและภาคอีสาน</h1><div "
        "class='detail'><p>กรมอุตุนิยมวิทยาเตือนให้ประชาชนในภาคเหนือและภาคตะวันออกเฉียงเหนือ"
        "ระวังฝนตกหนักถึงหนักมากในช่วงสามวันข้างหน้า</p><p>ประชาชนที่อาศัยอยู่ใกล้ทางน้ำไหลผ่าน"
        "ควรเตรียมพร้อมรับมือน้ำป่าไหลหลาก</p>"
        + _rows(
            ("ภาคเหนือ", "ฝนตกร้อยละ 70", "22-31 องศา"),
            ("ภาคตะวันออกเฉียงเหนือ", "ฝนตกร้อยละ 60", "23-32 องศา"),
            ("กรุงเทพมหานคร", "ฝนตกร้อยละ 40", "25-34 องศา"),
            head=("ภาค", "ฝน", "อุณหภูมิ"),
        )
        + "</div><div class='tags'><a href='/t1'>พยากรณ์อากาศ</a></div></div><div "
        "class='popular-news'><h3>ข่าวยอดนิยม</h3><ul><li><a href='/p1'>ราคาทองวันนี้ปรับขึ้น"
        "</a></li></ul></div></main>",
    ),
    (
        "ระวังฝนตกหนักถึงหนักมากในช่วงสามวันข้างหน้า",
        "ควรเตรียมพร้อมรับมือน้ำป่าไหลหลาก",
        "ภาคตะวันออกเฉียงเหนือ",
        "25-34 องศา",
    ),
    ("ราคาทองวันนี้ปรับขึ้น", "ข่าวยอดนิยม"),
)

# --- Bengali, a Q&A explainer with "প্রশ্ন:" / "উত্তর:" labels as paragraphs.
PROBES.add(
    "bn_explainer_prosno_uttor_labels",
    "https://www.example.com.bd/bangla/2026/04/prosno-uttor-notun-vara",
    page(
        "bn",
        "নতুন বাসভাড়া: প্রশ্ন ও উত্তর",
        "<main><article class='news-details'><h1>নতুন বাসভাড়া: প্রশ্ন ও উত্তর</h1><div "
        "class='news-content'><p>প্রশ্ন: নতুন ভাড়া কবে থেকে কার্যকর হবে?</p><p>উত্তর: আগামী "
        "মাসের প্রথম দিন থেকে সব শহরের বাসে নতুন ভাড়া কার্যকর হবে।</p><p>প্রশ্ন: শিক্ষার্থীরা কি "
        "ছাড় পাবে?</p><p>উত্তর: হ্যাঁ, পরিচয়পত্র দেখালে শিক্ষার্থীরা অর্ধেক ভাড়ায় যাতায়াত করতে "
        "পারবে।</p></div><div class='share'><span>শেয়ার করুন</span></div></article><div "
        "class='more-news'><h3>আরও পড়ুন</h3><ul><li><a href='/m1'>মেট্রোরেলের সময়সূচিতে "
        "পরিবর্তন</a></li></ul></div></main>",
    ),
    (
        "নতুন ভাড়া কবে থেকে কার্যকর হবে?",
        "সব শহরের বাসে নতুন ভাড়া কার্যকর হবে",
        "শিক্ষার্থীরা কি ছাড় পাবে?",
        "শিক্ষার্থীরা অর্ধেক ভাড়ায় যাতায়াত করতে",
    ),
    ("মেট্রোরেলের সময়সূচিতে পরিবর্তন",),
)

# --- Portuguese (Brazil), a FAQ in Bootstrap's collapse cards (a button toggling a
# ``.collapse`` panel) after the text's paragraphs.
PROBES.add(
    "pt_br_bootstrap_collapse_faq",
    "https://www.example.com.br/economia/2026/04/imposto-de-renda-duvidas",
    page(
        "pt-BR",
        "Imposto de Renda 2026: tire suas dúvidas",
        "<main><article class='materia'><h1>Imposto de Renda 2026: tire suas dúvidas</h1><div "
        "class='materia-conteudo'><p>O prazo para entregar a declaração do Imposto de Renda "
        "começa em março e termina no último dia útil de maio, segundo a Receita.</p><div "
        "class='accordion' id='faq'>"
        "<div class='card'><div class='card-header'><button class='btn btn-link' "
        "data-toggle='collapse' data-target='#r1' aria-expanded='false'>Quem precisa "
        "declarar?</button></div><div id='r1' class='collapse' data-parent='#faq'><div "
        "class='card-body'>Precisa declarar quem recebeu mais de trinta mil reais em "
        "rendimentos tributáveis no ano passado.</div></div></div>"
        "<div class='card'><div class='card-header'><button class='btn btn-link' "
        "data-toggle='collapse' data-target='#r2' aria-expanded='false'>Quando sai a "
        "restituição?</button></div><div id='r2' class='collapse' data-parent='#faq'><div "
        "class='card-body'>A restituição é paga em cinco lotes, de maio a setembro, primeiro "
        "para idosos e professores.</div></div></div></div></div></article><div "
        "class='mais-lidas'><h3>Mais lidas</h3><ol><li><a href='/m1'>Gasolina sobe pela "
        "terceira semana</a></li></ol></div></main>",
    ),
    (
        "termina no último dia útil de maio",
        "Quem precisa declarar?",
        "mais de trinta mil reais em rendimentos tributáveis",
        "A restituição é paga em cinco lotes",
    ),
    ("Gasolina sobe pela terceira semana",),
)

# --- Spanish, a FAQ of role=button questions over answers set display:none.
PROBES.add(
    "es_faq_display_none_answers",
    "https://www.example.com.ar/sociedad/2026/03/preguntas-nuevo-dni",
    page(
        "es",
        "Nuevo DNI digital: preguntas frecuentes",
        "<main><article><h1>Nuevo DNI digital: preguntas frecuentes</h1><div "
        "class='article-body'><p>El registro nacional empezó a emitir el nuevo DNI digital, "
        "que convivirá con la tarjeta plástica hasta fines de 2028.</p><div class='faq'>"
        "<div class='faq-q' role='button' aria-expanded='false'>¿Cómo lo descargo?</div><div "
        "class='faq-a' style='display:none'><p>Se descarga desde la aplicación oficial tras "
        "validar la identidad con una foto del rostro.</p></div>"
        "<div class='faq-q' role='button' aria-expanded='false'>¿Sirve para viajar?</div>"
        "<div class='faq-a' style='display:none'><p>Sirve para vuelos de cabotaje, pero no "
        "para cruzar fronteras terrestres con países vecinos.</p></div></div></div>"
        "</article><div class='newsletter-box'><p>Suscribite a nuestro newsletter diario</p>"
        "</div></main>",
    ),
    (
        "convivirá con la tarjeta plástica",
        "¿Cómo lo descargo?",
        "validar la identidad con una foto del rostro",
        "no para cruzar fronteras terrestres",
    ),
    ("Suscribite a nuestro newsletter",),
)

# --- French, an interview whose speakers are named in spans before each turn.
PROBES.add(
    "fr_interview_speaker_spans",
    "https://www.example.fr/culture/2026/05/entretien-luthier",
    page(
        "fr",
        "« Un violon se règle comme une horloge »",
        "<main><article class='article'><h1>« Un violon se règle comme une horloge »</h1><div "
        "class='article__content'><p class='article__paragraph'><span class='speaker'>Notre "
        "journal :</span> Combien de violons fabriquez-vous par an ?</p><p "
        "class='article__paragraph'><span class='speaker'>Claire Vautrin :</span> Six, "
        "parfois sept. Chaque instrument demande près de trois cents heures de travail.</p><p "
        "class='article__paragraph'><span class='speaker'>Notre journal :</span> Qui sont vos "
        "clients ?</p><p class='article__paragraph'><span class='speaker'>Claire Vautrin :"
        "</span> Surtout des élèves de conservatoire, et quelques musiciens d'orchestre qui "
        "cherchent un second instrument.</p></div><div class='article__subscribe'><p>Cet "
        "article vous est offert. Abonnez-vous pour lire la suite de nos entretiens.</p></div>"
        "</article></main>",
    ),
    (
        "Combien de violons fabriquez-vous par an ?",
        "près de trois cents heures de travail",
        "Qui sont vos clients ?",
        "Surtout des élèves de conservatoire",
    ),
    ("Abonnez-vous pour lire la suite",),
)

# --- Russian, a timeline as a definition list (a date term over what happened).
PROBES.add(
    "ru_timeline_definition_list",
    "https://www.example.ru/society/2026/06/khronika-stroitelstva-teatra/",
    page(
        "ru",
        "Хроника: как в Заречье строили новый театр",
        "<main><article class='article'><h1>Хроника: как в Заречье строили новый театр</h1><div "
        "class='article__text'><p>Новый драматический театр в Заречье откроется в сентябре, "
        "спустя девять лет после закладки первого камня.</p><dl class='chronicle'>"
        "<dt>Май 2017</dt><dd>Городские власти заложили первый камень на месте старого "
        "кинотеатра.</dd><dt>Осень 2020</dt><dd>Стройку остановили из-за спора с подрядчиком о "
        "стоимости работ.</dd><dt>Март 2026</dt><dd>Труппа провела первую репетицию на новой "
        "сцене.</dd></dl></div></article><div class='read-more'><h3>Читайте также</h3><a "
        "href='/r1'>В городе открыли новый парк</a></div></main>",
    ),
    (
        "спустя девять лет после закладки первого камня",
        "Осень 2020",
        "Стройку остановили из-за спора с подрядчиком",
        "Труппа провела первую репетицию",
    ),
    ("В городе открыли новый парк",),
)

# --- Czech, a listicle of <div>s each a number badge, a heading, a picture with its credit
# and a paragraph.
PROBES.add(
    "cs_listicle_number_badges_credits",
    "https://www.example.cz/cestovani/2026/07/tri-rozhledny",
    page(
        "cs",
        "Tři rozhledny, kam vyrazit o víkendu",
        "<main><article><h1>Tři rozhledny, kam vyrazit o víkendu</h1><div "
        "class='article-content'><p>Vybrali jsme tři méně známé rozhledny, na které se dá "
        "dojít z vlakového nádraží.</p>"
        + "".join(
            f"<div class='list-item'><span class='list-number'>{number}</span><h2>{name}</h2>"
            f"<img src='/r/{number}.jpg' alt=''><p class='photo-credit'>Foto: Jan Brázda</p>"
            f"<p>{text}</p></div>"
            for number, name, text in (
                (
                    1,
                    "Na Vršku",
                    "Dřevěná rozhledna Na Vršku stojí jen dva kilometry od "
                    "nádraží a výhled z ní sahá až ke Krkonoším.",
                ),
                (
                    2,
                    "Hůrka",
                    "Kamenná věž na Hůrce je otevřená jen o víkendech, vstupné se "
                    "platí v chatě pod ní.",
                ),
                (
                    3,
                    "Liščí skála",
                    "Na Liščí skálu vede strmá stezka, odměnou je ale výhled na celé údolí řeky.",
                ),
            )
        )
        + "</div></article></main>",
    ),
    (
        "dojít z vlakového nádraží",
        "výhled z ní sahá až ke Krkonoším",
        "vstupné se platí v chatě pod ní",
        "odměnou je ale výhled na celé údolí",
    ),
    ("Foto: Jan Brázda",),
)

# --- Italian, a gallery whose slides carry a counter and a credit under each caption.
PROBES.add(
    "it_gallery_counters_and_credits",
    "https://www.example.it/foto/2026/09/vendemmia-in-collina",
    page(
        "it",
        "La vendemmia in collina, le foto",
        "<main><div class='gallery'><h1>La vendemmia in collina, le foto</h1>"
        + "".join(
            f"<div class='gallery-item'><img src='/v/{number}.jpg' alt=''><div "
            f"class='gallery-caption'><span class='count'>{number} / 3</span><p>{text}</p>"
            "<span class='credit'>Foto di Luca Ferri</span></div></div>"
            for number, text in (
                (
                    1,
                    "All'alba le squadre di raccoglitori salgono tra i filari con le cassette "
                    "vuote.",
                ),
                (2, "A metà mattina i trattori portano l'uva in cantina, dove viene pesata."),
                (3, "La sera i vendemmiatori cenano insieme nell'aia della fattoria."),
            )
        )
        + "<div class='gallery-next'><a href='/foto/2'>Galleria successiva: la festa del "
        "fungo</a></div></div></main>",
    ),
    (
        "le squadre di raccoglitori salgono tra i filari",
        "i trattori portano l'uva in cantina",
        "cenano insieme nell'aia della fattoria",
    ),
    ("1 / 3", "Foto di Luca Ferri", "la festa del fungo"),
)
