"""The blind74s probe's first part: release notes and changelogs, council and government
notices, press releases, obituaries, event announcements and job ads."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows

add(
    "keep_a_changelog_versions_with_dates",
    SITES["et"],
    "Muudatuste logi",
    "<article class='doc'><h1>Muudatuste logi</h1>"
    + paras("Kõik olulised muudatused Arvelaua rakenduses on kirjas sellel lehel.")
    + "<h2>[3.2.0] – 2026-11-28</h2><h3>Lisatud</h3>"
    + bullets(
        "Arveid saab nüüd eksportida PDF/A formaadis.",
        "Uus kiirklahv <code>Ctrl+K</code> otsingu avamiseks.",
    )
    + "<h3>Parandatud</h3>"
    + bullets("Käibemaksu ümardamine ei anna enam ühesendist viga.")
    + "<h2>[3.1.4] – 2026-10-02</h2><h3>Muudetud</h3>"
    + bullets("Kliendikaardil kuvatakse viimane makse esimesena.")
    + "<div class='doc-footer'><a href='/edit'>Muuda seda lehte GitHubis</a>"
    "<span class='last-updated'>Viimati uuendatud 28.11.2026</span></div></article>",
    (
        "Arveid saab nüüd eksportida PDF/A formaadis.",
        "Käibemaksu ümardamine ei anna enam ühesendist viga.",
        "Kliendikaardil kuvatakse viimane makse esimesena.",
        "Kõik olulised muudatused Arvelaua rakenduses",
    ),
    ("Muuda seda lehte GitHubis", "Viimati uuendatud 28.11.2026"),
    path="docs/muudatused",
    template="app",
)

add(
    "app_whats_new_bullet_characters",
    SITES["ja"],
    "バージョン履歴",
    "<div class='release-history'><h1>バージョン履歴</h1><div class='version-entry'><p "
    "class='version-head'><strong>バージョン 5.2.1</strong>・2026年12月3日</p><p>"
    "・ログイン画面で文字が重なる問題を修正しました<br>・通知の設定画面を見直しました<br>"
    "・細かな不具合を修正しました</p></div><div class='version-entry'><p class='version-head'>"
    "<strong>バージョン 5.2.0</strong>・2026年11月20日</p><p>・家計簿のグラフに月別の比較を追加"
    "しました<br>・ダークモードに対応しました</p></div><div class='store-badges'><a href='#'>"
    "App Storeでダウンロード</a><a href='#'>Google Playで手に入れよう</a></div></div>",
    (
        "ログイン画面で文字が重なる問題を修正しました",
        "通知の設定画面を見直しました",
        "家計簿のグラフに月別の比較を追加しました",
        "ダークモードに対応しました",
        "バージョン 5.2.0",
    ),
    ("App Storeでダウンロード", "Google Playで手に入れよう"),
    path="app/history",
)

add(
    "github_like_release_with_contributors",
    SITES["pl"],
    "Wersja 2.8.0",
    "<div class='release-body markdown-body'><h1>Wersja 2.8.0</h1>"
    + paras("To wydanie przynosi obsługę plików GeoJSON i szybsze wczytywanie map.")
    + "<h2>Nowe funkcje</h2>"
    + bullets(
        "Import warstw z plików GeoJSON przez @kasia-m w <a href='/pull/812'>#812</a>",
        "Podgląd wysokości terenu po najechaniu kursorem przez @tomek w "
        "<a href='/pull/820'>#820</a>",
    )
    + "<h2>Poprawki</h2>"
    + bullets("Legenda nie znika już po zmianie języka (<a href='/pull/817'>#817</a>)")
    + "<p><strong>Pełna lista zmian</strong>: <a href='/compare'>v2.7.3...v2.8.0</a></p>"
    "<div class='release-assets'><h3>Zasoby 4</h3><ul><li><a href='#'>mapownik-2.8.0.zip</a>"
    "</li><li><a href='#'>Kod źródłowy (tar.gz)</a></li></ul></div><div class='reactions'>"
    "<span>👍 14</span><span>🎉 6</span><span>5 osób zareagowało</span></div></div>",
    (
        "To wydanie przynosi obsługę plików GeoJSON",
        "Import warstw z plików GeoJSON przez @kasia-m",
        "Podgląd wysokości terenu po najechaniu kursorem",
        "Legenda nie znika już po zmianie języka",
    ),
    ("Zasoby 4", "mapownik-2.8.0.zip", "Kod źródłowy (tar.gz)", "5 osób zareagowało"),
    path="releases/v2.8.0",
)

add(
    "council_notice_numbered_clauses_contact_box",
    SITES["lv"],
    "Paziņojums par publisko apspriešanu",
    "<div class='node node--type-notice'><h1>Paziņojums par publisko apspriešanu</h1><div "
    "class='field--name-body'><p>Ozolkalna novada pašvaldība paziņo par detālplānojuma "
    "projekta publisko apspriešanu.</p><p><span class='num'>1.</span> Apspriešana notiek no "
    "2027. gada 4. janvāra līdz 1. februārim.</p><p><span class='num'>2.</span> Ar projektu "
    "var iepazīties pašvaldības ēkā darba dienās no 9.00 līdz 16.00.</p><p><span "
    "class='num'>2.1.</span> Projekta materiāli pieejami arī pašvaldības tīmekļvietnē.</p>"
    "<p><span class='num'>3.</span> Rakstiskus priekšlikumus var iesniegt līdz 1. februārim."
    "</p></div><aside class='contact-box'><h2>Kontaktpersona</h2><p>Inese Kalniņa, "
    "teritorijas plānotāja</p><p>Tālr. 64412345</p><p>inese.kalnina@ozolkalns.example.lv</p>"
    "</aside><div class='attachments'><a href='/f.pdf'>Lejupielādēt paziņojumu (PDF, 210 KB)"
    "</a></div><p class='page-helpful'>Vai šī informācija bija noderīga? <a href='#'>Jā</a> "
    "<a href='#'>Nē</a></p></div>",
    (
        "paziņo par detālplānojuma projekta publisko apspriešanu",
        "Apspriešana notiek no 2027. gada 4. janvāra līdz 1. februārim.",
        "darba dienās no 9.00 līdz 16.00",
        "Projekta materiāli pieejami arī pašvaldības tīmekļvietnē.",
        "Rakstiskus priekšlikumus var iesniegt līdz 1. februārim.",
    ),
    (
        "Lejupielādēt paziņojumu (PDF, 210 KB)",
        "Vai šī informācija bija noderīga?",
    ),
    path="pazinojumi/detalplanojums",
    template="portal",
)

add(
    "council_agenda_nested_items",
    SITES["sl"],
    "Vabilo na 14. redno sejo občinskega sveta",
    "<div class='news-detail'><h1>Vabilo na 14. redno sejo občinskega sveta</h1>"
    + paras(
        "Župan sklicuje 14. redno sejo, ki bo v četrtek, 17. decembra 2026, ob 17. uri v "
        "sejni sobi občine."
    )
    + "<p><strong>Predlagani dnevni red:</strong></p><ol><li>Potrditev zapisnika 13. seje</li>"
    "<li>Proračun za leto 2027 – prva obravnava<ol><li>Splošni del</li><li>Načrt razvojnih "
    "programov</li></ol></li><li>Sklep o cenah vrtca Sončnica</li><li>Pobude in vprašanja "
    "svetnikov</li></ol><p class='download'><a href='/gradivo.zip'>Prenesi gradivo za sejo "
    "(ZIP, 4 MB)</a></p><p class='print'><a href='#'>Natisni stran</a></p></div>",
    (
        "Župan sklicuje 14. redno sejo",
        "Potrditev zapisnika 13. seje",
        "Proračun za leto 2027 – prva obravnava",
        "Načrt razvojnih programov",
        "Pobude in vprašanja svetnikov",
    ),
    ("Prenesi gradivo za sejo (ZIP, 4 MB)", "Natisni stran"),
    path="seje/14-redna-seja",
    template="portal",
)

add(
    "ministry_notice_table_of_deadlines",
    SITES["el"],
    "Ανακοίνωση για τις αιτήσεις επιδότησης θέρμανσης",
    "<main class='gov-content'><h1>Ανακοίνωση για τις αιτήσεις επιδότησης θέρμανσης</h1>"
    + paras(
        "Η πλατφόρμα για το επίδομα θέρμανσης ανοίγει στις 15 Δεκεμβρίου για όλους τους "
        "δικαιούχους."
    )
    + rows(
        ("Α΄ δόση", "έως 31 Δεκεμβρίου", "50% του ποσού"),
        ("Β΄ δόση", "έως 30 Απριλίου", "το υπόλοιπο"),
        head=("Δόση", "Προθεσμία", "Ποσό"),
    )
    + paras("Οι αιτήσεις υποβάλλονται μόνο ηλεκτρονικά με κωδικούς Taxisnet.")
    + "<div class='gov-feedback'><p>Βρήκατε αυτό που ψάχνατε;</p><button>Ναι</button>"
    "<button>Όχι</button></div><div class='gov-updated'>Τελευταία ενημέρωση: 02/12/2026</div>"
    "</main>",
    (
        "Η πλατφόρμα για το επίδομα θέρμανσης ανοίγει στις 15 Δεκεμβρίου",
        "έως 31 Δεκεμβρίου",
        "50% του ποσού",
        "Οι αιτήσεις υποβάλλονται μόνο ηλεκτρονικά με κωδικούς Taxisnet.",
    ),
    ("Βρήκατε αυτό που ψάχνατε;", "Τελευταία ενημέρωση: 02/12/2026"),
    path="anakoinoseis/epidoma-thermansis",
    template="portal",
)

add(
    "press_release_about_and_media_contact",
    SITES["ca"],
    "La Fira del Llibre del Vallès tanca amb 40.000 visitants",
    "<article class='press-release'><h1>La Fira del Llibre del Vallès tanca amb 40.000 "
    "visitants</h1><p class='dateline'>Sabadell, 6 de desembre de 2026</p>"
    + paras(
        "La dotzena edició de la Fira del Llibre del Vallès ha tancat amb 40.000 visitants, "
        "un vint per cent més que l'any passat.",
        "Les editorials locals han venut més de 12.000 exemplars durant els tres dies.",
    )
    + "<p><strong>Sobre l'Associació d'Editors del Vallès</strong><br>L'Associació d'Editors"
    " del Vallès agrupa trenta-dues editorials independents des del 1998.</p><p><strong>"
    "Contacte de premsa</strong><br>Marta Puig<br>premsa@editorsvalles.example.cat<br>"
    "+34 937 123 456</p><p class='separator'>###</p></article>",
    (
        "La dotzena edició de la Fira del Llibre del Vallès ha tancat amb 40.000 visitants",
        "Les editorials locals han venut més de 12.000 exemplars",
    ),
    (
        "agrupa trenta-dues editorials independents",
        "premsa@editorsvalles.example.cat",
        "+34 937 123 456",
    ),
    path="premsa/fira-llibre-2026",
)

add(
    "press_release_chinese_about_boilerplate",
    SITES["zh"],
    "青禾科技发布新一代农业无人机",
    "<div class='news-content'><h1>青禾科技发布新一代农业无人机</h1><p>（2026年12月5日，成都）"
    "青禾科技今日发布新一代农业植保无人机“青禾T9”，单次作业面积提升至每小时六十亩。</p><p>该机型"
    "采用全新的雷达避障系统，可在丘陵地区稳定飞行。</p><p><strong>关于青禾科技</strong></p><p>"
    "青禾科技成立于2015年，专注于智慧农业装备的研发与制造。</p><p><strong>媒体联系</strong>"
    "<br>王小姐<br>电话：028-8765 4321<br>邮箱：media@qinghe.example.cn</p></div>",
    (
        "青禾科技今日发布新一代农业植保无人机",
        "该机型采用全新的雷达避障系统，可在丘陵地区稳定飞行。",
    ),
    ("专注于智慧农业装备的研发与制造", "media@qinghe.example.cn", "028-8765 4321"),
    path="news/2026/t9",
    template="app",
)

add(
    "obituary_funeral_details_candles_guestbook",
    SITES["is"],
    "Jón Ragnar Einarsson",
    "<article class='obituary'><h1>Jón Ragnar Einarsson</h1><p class='lifespan'>"
    "f. 12. mars 1941 – d. 28. nóvember 2026</p>"
    + paras(
        "Jón fæddist á Ísafirði og ólst upp við sjóinn, yngstur sjö systkina.",
        "Hann var skipstjóri í fjörutíu ár og kenndi síðan ungum sjómönnum siglingafræði.",
        "Útför hans fer fram frá Hallgrímskirkju föstudaginn 11. desember kl. 13.",
    )
    + "<div class='candle-strip'><button class='light-candle'>Kveikja á kerti</button>"
    "<span>87 kerti loga</span></div><section class='guestbook'><h2>Minningabók</h2><div "
    "class='guestbook-entry'><p>Innilegar samúðarkveðjur til fjölskyldunnar. Anna og Bjarni"
    "</p></div><a href='#'>Skrifa í minningabókina</a></section></article>",
    (
        "Jón fæddist á Ísafirði og ólst upp við sjóinn",
        "Hann var skipstjóri í fjörutíu ár",
        "Útför hans fer fram frá Hallgrímskirkju föstudaginn 11. desember kl. 13.",
    ),
    (
        "Kveikja á kerti",
        "87 kerti loga",
        "Innilegar samúðarkveðjur til fjölskyldunnar.",
        "Skrifa í minningabókina",
    ),
    path="andlat/jon-ragnar-einarsson",
)

add(
    "concert_announcement_ticket_box",
    SITES["ca"],
    "Concert de Sant Esteve: la Coral Vallesana i l'Orfeó",
    "<article class='event'><h1>Concert de Sant Esteve: la Coral Vallesana i l'Orfeó</h1>"
    "<ul class='event-facts'><li>26 de desembre de 2026, 18.00 h</li><li>Església de Sant "
    "Feliu, Sabadell</li><li>Entrada: 12 €</li></ul>"
    + paras(
        "Les dues corals s'uneixen per primer cop per interpretar nadales populars i el "
        "Magnificat de Vivaldi.",
        "El concert, d'una hora i quart, anirà a càrrec del director Pere Soler.",
    )
    + "<div class='ticket-box'><a class='btn' href='#'>Compra les entrades</a><a "
    "class='add-calendar' href='#'>Afegeix al calendari</a></div></article>",
    (
        "26 de desembre de 2026, 18.00 h",
        "Església de Sant Feliu, Sabadell",
        "Les dues corals s'uneixen per primer cop",
        "El concert, d'una hora i quart",
    ),
    ("Compra les entrades", "Afegeix al calendari"),
    path="agenda/concert-sant-esteve",
)

add(
    "job_ad_requirements_apply_box",
    SITES["sw"],
    "Nafasi ya Kazi: Afisa Ugani Kilimo",
    "<div class='job-listing'><h1>Nafasi ya Kazi: Afisa Ugani Kilimo</h1><ul "
    "class='job-meta'><li>Mahali: Korogwe, Tanga</li><li>Mwisho wa kutuma maombi: 20 "
    "Desemba 2026</li></ul>"
    + paras(
        "Chama cha Ushirika cha Wakulima wa Chai kinatafuta Afisa Ugani atakayewasaidia "
        "wakulima wadogo kuongeza mavuno."
    )
    + "<h2>Majukumu</h2>"
    + bullets(
        "Kutembelea mashamba ya wanachama kila wiki",
        "Kuandaa mafunzo ya kilimo bora cha chai",
    )
    + "<h2>Sifa za mwombaji</h2>"
    + bullets(
        "Shahada ya kilimo kutoka chuo kinachotambulika",
        "Uzoefu wa miaka miwili katika kazi za ugani",
        "Leseni ya kuendesha pikipiki",
    )
    + "<div class='apply-box'><p>Tuma maombi yako sasa</p><a class='btn-apply' "
    "href='#'>Omba kazi hii</a><a href='#'>Hifadhi tangazo</a></div></div>",
    (
        "Mahali: Korogwe, Tanga",
        "kinatafuta Afisa Ugani atakayewasaidia wakulima wadogo",
        "Kutembelea mashamba ya wanachama kila wiki",
        "Shahada ya kilimo kutoka chuo kinachotambulika",
        "Leseni ya kuendesha pikipiki",
    ),
    ("Tuma maombi yako sasa", "Omba kazi hii", "Hifadhi tangazo"),
    path="kazi/afisa-ugani-korogwe",
)

add(
    "job_ad_dl_fields_and_share",
    SITES["de"],
    "Werkstudent (m/w/d) Technische Dokumentation",
    "<section class='job-posting'><h1>Werkstudent (m/w/d) Technische Dokumentation</h1><dl "
    "class='job-facts'><dt>Standort</dt><dd>Leipzig oder remote</dd><dt>Umfang</dt><dd>15 bis "
    "20 Stunden pro Woche</dd><dt>Start</dt><dd>ab Februar 2027</dd></dl><h2>Das erwartet "
    "dich</h2>"
    + bullets(
        "Du schreibst Anleitungen für neue Funktionen von Werkbank.",
        "Du pflegst unsere Beispielprojekte auf GitHub.",
    )
    + "<h2>Das bringst du mit</h2>"
    + bullets(
        "Ein Studium der Informatik, Germanistik oder Vergleichbares",
        "Sehr gutes Deutsch und gutes Englisch",
    )
    + "<div class='job-cta'><a class='button' href='#'>Jetzt bewerben</a><p>Fragen? Schreib "
    "an jobs@werkbank.example.de</p></div><div class='job-share'>Stelle teilen: <a "
    "href='#'>LinkedIn</a> <a href='#'>XING</a></div></section>",
    (
        "Leipzig oder remote",
        "15 bis 20 Stunden pro Woche",
        "Du schreibst Anleitungen für neue Funktionen von Werkbank.",
        "Sehr gutes Deutsch und gutes Englisch",
    ),
    ("Jetzt bewerben", "Stelle teilen:"),
    path="karriere/werkstudent-doku",
)

add(
    "funeral_notice_russian_table_layout",
    SITES["ru"],
    "Памяти Анны Сергеевны Ковалёвой",
    "<table class='memorial' width='100%'><tr><td><h1>Памяти Анны Сергеевны Ковалёвой</h1>"
    "<p>1938 – 2026</p><p>Анна Сергеевна сорок лет преподавала физику в школе номер три и "
    "вырастила не одно поколение инженеров.</p><p>Прощание состоится 9 декабря в 11 часов в "
    "ритуальном зале на улице Садовой, 14.</p><p>Коллеги и ученики скорбят вместе с "
    "семьёй.</p></td><td class='sidebar' width='200'><p><a href='#'>Заказать венок</a></p><p>"
    "<a href='#'>Оставить соболезнование</a></p></td></tr></table>",
    (
        "сорок лет преподавала физику в школе номер три",
        "Прощание состоится 9 декабря в 11 часов",
        "Коллеги и ученики скорбят вместе с семьёй.",
    ),
    ("Заказать венок", "Оставить соболезнование"),
    path="pamyat/kovalyova",
    template="table",
)

add(
    "changelog_dated_headings_br_lines",
    SITES["ru"],
    "История изменений",
    "<div class='page-content'><h1>История изменений</h1><h4>Версия 4.0 — 1 декабря 2026</h4>"
    "<p>— добавлен импорт выписок из банков<br>— ускорено построение отчётов в три раза<br>"
    "— исправлена ошибка с часовыми поясами</p><h4>Версия 3.9 — 14 октября 2026</h4><p>— "
    "новый шаблон счёта для самозанятых<br>— мелкие исправления</p><p class='subscribe-"
    "updates'><a href='#'>Подписаться на обновления</a></p></div>",
    (
        "добавлен импорт выписок из банков",
        "ускорено построение отчётов в три раза",
        "исправлена ошибка с часовыми поясами",
        "новый шаблон счёта для самозанятых",
    ),
    ("Подписаться на обновления",),
    path="changelog",
)

add(
    "press_release_korean_company_intro_contact",
    SITES["ko"],
    "한빛도서관재단, 섬마을 작은도서관 열 곳 개관",
    "<div class='press-view'><h1>한빛도서관재단, 섬마을 작은도서관 열 곳 개관</h1><p>한빛"
    "도서관재단은 전라남도 신안군의 섬마을 열 곳에 작은도서관을 열었다고 7일 밝혔다.</p><p>각 "
    "도서관에는 어린이 책 2천 권과 태블릿 열 대가 비치된다.</p><p>■ 한빛도서관재단 소개<br>"
    "한빛도서관재단은 2008년 설립된 비영리 재단으로 전국에 작은도서관 120곳을 운영하고 있다."
    "</p><p>문의: 홍보팀 김지은 02-1234-5678</p><div class='press-files'><a href='#'>"
    "보도자료 원문 내려받기</a></div></div>",
    (
        "섬마을 열 곳에 작은도서관을 열었다고 7일 밝혔다.",
        "각 도서관에는 어린이 책 2천 권과 태블릿 열 대가 비치된다.",
    ),
    (
        "전국에 작은도서관 120곳을 운영하고 있다.",
        "02-1234-5678",
        "보도자료 원문 내려받기",
    ),
    path="press/2026/1207",
    template="portal",
)

add(
    "job_ad_japanese_requirements_table",
    SITES["ja"],
    "【正社員】Webエンジニア（福岡勤務）",
    "<div class='job-detail'><h1>【正社員】Webエンジニア（福岡勤務）</h1><p>地域の農家と"
    "飲食店をつなぐ受発注サービスの開発メンバーを募集します。</p><h2>募集要項</h2>"
    + rows(
        ("仕事内容", "受発注システムの設計・開発・運用"),
        ("必須条件", "Webアプリケーション開発の実務経験3年以上"),
        ("勤務地", "福岡市中央区（週2日まで在宅可）"),
        ("給与", "年収450万円〜700万円"),
    )
    + "<div class='entry-box'><a class='entry-btn' href='#'>この求人に応募する</a><a "
    "href='#'>気になるリストに追加</a></div></div>",
    (
        "飲食店をつなぐ受発注サービスの開発メンバーを募集します。",
        "受発注システムの設計・開発・運用",
        "Webアプリケーション開発の実務経験3年以上",
        "年収450万円〜700万円",
    ),
    ("この求人に応募する", "気になるリストに追加"),
    path="jobs/fukuoka-web",
)

add(
    "district_notice_signed_by_officer",
    SITES["sw"],
    "Tangazo la Kufungwa kwa Barabara",
    "<div class='tangazo'><h1>Tangazo la Kufungwa kwa Barabara</h1><p>Halmashauri ya Wilaya"
    " inawatangazia wananchi kuwa barabara ya Soko Kuu itafungwa kwa matengenezo.</p><ol><li>"
    "Barabara itafungwa kuanzia tarehe 14 hadi 18 Desemba 2026.</li><li>Magari yatapita "
    "barabara ya Mnarani kwa muda huo.</li><li>Wafanyabiashara wa soko wataendelea na "
    "biashara kama kawaida.</li></ol><p>Imetolewa na:<br>Mkurugenzi Mtendaji wa Wilaya</p>"
    "<p class='tangazo-download'><a href='#'>Pakua tangazo (PDF)</a></p></div>",
    (
        "barabara ya Soko Kuu itafungwa kwa matengenezo.",
        "Barabara itafungwa kuanzia tarehe 14 hadi 18 Desemba 2026.",
        "Magari yatapita barabara ya Mnarani kwa muda huo.",
        "Wafanyabiashara wa soko wataendelea na biashara kama kawaida.",
    ),
    ("Pakua tangazo (PDF)",),
    path="matangazo/barabara-soko-kuu",
    template="portal",
)
