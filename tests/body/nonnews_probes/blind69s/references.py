"""The blind69s probe's first part: API reference pages (a signature in <code>, parameters
in a <dl> or a table, examples in <pre>) and changelogs and release notes (version headings
over short bullet lists)."""

from __future__ import annotations

from ..blind66._kit import paras, share
from ._kit import SITES, add

_DOCS_TAIL = (
    "<div class='docs-feedback'><p>War diese Seite hilfreich?</p><button>Ja</button>"
    "<button>Nein</button></div><nav class='pager'><a class='prev' href='#'>Vorherige Seite:"
    " werkbank.lade()</a><a class='next' href='#'>Nächste Seite: werkbank.schliesse()</a></nav>"
)

add(
    "function_reference_dl",
    SITES["de"],
    "werkbank.speichere()",
    "<article class='doc-page'><div class='doc-tools'><a class='edit-link' href='#'>Auf GitHub"
    " bearbeiten</a></div><h1>werkbank.speichere()</h1>"
    "<pre class='signature'><code>werkbank.speichere(pfad, daten, *, ueberschreiben=False)"
    "</code></pre>"
    + paras(
        "Schreibt die Daten eines Projekts in eine Datei und gibt die Anzahl der"
        " geschriebenen Bytes zurück."
    )
    + "<h2>Parameter</h2><dl class='params'><dt><code>pfad</code> (str)</dt><dd>Der Zielpfad"
    " der Datei, relativ zum Projektordner.</dd><dt><code>daten</code> (bytes)</dt><dd>Der"
    " Inhalt, der geschrieben wird.</dd><dt><code>ueberschreiben</code> (bool)</dt><dd>Ob eine"
    " vorhandene Datei ersetzt wird. Standard: <code>False</code>.</dd></dl>"
    "<h2>Rückgabewert</h2>"
    + paras("Die Anzahl der geschriebenen Bytes als <code>int</code>.")
    + "<h2>Beispiel</h2><pre><code class='language-python'>import werkbank\n\nn ="
    " werkbank.speichere('notizen.txt', b'Hallo')\nprint(n)  # 5</code></pre>"
    "<div class='admonition warning'><p class='admonition-title'>Warnung</p><p>Ohne"
    " <code>ueberschreiben=True</code> löst eine vorhandene Datei einen Fehler aus.</p></div>"
    "</article>" + _DOCS_TAIL,
    (
        "werkbank.speichere(pfad, daten, *, ueberschreiben=False)",
        "Schreibt die Daten eines Projekts in eine Datei",
        "Der Zielpfad der Datei, relativ zum Projektordner.",
        "Ob eine vorhandene Datei ersetzt wird. Standard: False.",
        "Die Anzahl der geschriebenen Bytes als int.",
        "n = werkbank.speichere('notizen.txt', b'Hallo')",
        "löst eine vorhandene Datei einen Fehler aus.",
    ),
    ("Auf GitHub bearbeiten", "War diese Seite hilfreich?", "Nächste Seite:", "Vorherige Seite:"),
    template="app",
    path="referenz/speichere",
)

add(
    "method_reference_table",
    SITES["ja"],
    "Client.fetch メソッド",
    "<div class='content'><nav class='toc'><p>目次</p><ul><li><a href='#sig'>構文</a></li>"
    "<li><a href='#args'>引数</a></li><li><a href='#ex'>使用例</a></li></ul></nav><article>"
    "<h1>Client.fetch メソッド</h1>"
    + paras("指定したURLからデータを取得し、レスポンスオブジェクトを返します。")
    + "<h2 id='sig'>構文</h2><pre><code>client.fetch(url, timeout=30, retries=3)</code></pre>"
    "<h2 id='args'>引数</h2><table class='args'><thead><tr><th>引数</th><th>型</th><th>説明"
    "</th></tr></thead><tbody><tr><td><code>url</code></td><td>str</td><td>取得するURL。</td>"
    "</tr><tr><td><code>timeout</code></td><td>int</td><td>秒単位のタイムアウト。</td></tr>"
    "<tr><td><code>retries</code></td><td>int</td><td>失敗時の再試行回数。</td></tr></tbody>"
    "</table><h2 id='ex'>使用例</h2><pre><code>resp = client.fetch('https://example.jp/api')\n"
    "print(resp.status)</code></pre>"
    + paras("接続に失敗した場合は <code>FetchError</code> が送出されます。")
    + "</article><div class='helpful'><p>このページは役に立ちましたか？</p><button>はい"
    "</button><button>いいえ</button></div></div>",
    (
        "指定したURLからデータを取得し、レスポンスオブジェクトを返します。",
        "client.fetch(url, timeout=30, retries=3)",
        "引数 | 型 | 説明",
        "timeout | int | 秒単位のタイムアウト。",
        "retries | int | 失敗時の再試行回数。",
        "resp = client.fetch('https://example.jp/api')",
        "FetchError が送出されます。",
    ),
    ("このページは役に立ちましたか？", "目次"),
    path="docs/client/fetch",
)

add(
    "rest_endpoint",
    SITES["pt"],
    "Consultar pedido",
    "<div class='endpoint'><h1>Consultar pedido</h1><p class='method'><span class='verb'>GET"
    "</span> <code>/v2/pedidos/{id}</code></p>"
    + paras("Retorna os dados de um pedido, incluindo os itens e o status de entrega.")
    + "<h2>Parâmetros de caminho</h2><table><thead><tr><th>Nome</th><th>Tipo</th><th>"
    "Obrigatório</th><th>Descrição</th></tr></thead><tbody><tr><td>id</td><td>string</td><td>"
    "sim</td><td>Identificador do pedido.</td></tr></tbody></table><h2>Parâmetros de consulta"
    "</h2><table><thead><tr><th>Nome</th><th>Tipo</th><th>Obrigatório</th><th>Descrição</th>"
    "</tr></thead><tbody><tr><td>expandir</td><td>string</td><td>não</td><td>Campos extras,"
    " separados por vírgula.</td></tr></tbody></table><h2>Exemplo de resposta</h2><div"
    " class='code-box'><button class='copy-btn'>Copiar</button><pre><code class='language-json'>"
    '{\n  "id": "PED-1029",\n  "status": "enviado"\n}</code></pre></div>'
    "<a class='btn try-it' href='#'>Experimente agora</a></div>",
    (
        "GET /v2/pedidos/{id}",
        "Retorna os dados de um pedido, incluindo os itens e o status de entrega.",
        "Nome | Tipo | Obrigatório | Descrição",
        "id | string | sim | Identificador do pedido.",
        "expandir | string | não | Campos extras, separados por vírgula.",
        '"status": "enviado"',
    ),
    ("Copiar", "Experimente agora"),
    template="app",
    path="docs/api/pedidos/consultar",
)

add(
    "cli_command_options",
    SITES["ko"],
    "mdg deploy 명령",
    "<main class='docs'><h1>mdg deploy 명령</h1>"
    + paras("현재 프로젝트를 지정한 환경에 배포합니다.")
    + "<h2>사용법</h2><pre>mdg deploy [옵션] &lt;환경&gt;</pre><h2>옵션</h2><dl><dt><code>"
    "--force</code></dt><dd>확인 질문 없이 배포합니다.</dd><dt><code>--tag &lt;이름&gt;</code>"
    "</dt><dd>배포할 이미지의 태그를 지정합니다.</dd><dt><code>--dry-run</code></dt><dd>실제로"
    " 배포하지 않고 변경 사항만 출력합니다.</dd></dl><h2>종료 코드</h2><table><tr><th>코드</th>"
    "<th>의미</th></tr><tr><td>0</td><td>성공</td></tr><tr><td>3</td><td>인증 실패</td></tr>"
    "</table><p class='page-meta'>마지막 수정: 2026년 11월 2일 · <a href='#'>이 페이지 수정하기"
    "</a></p></main>",
    (
        "현재 프로젝트를 지정한 환경에 배포합니다.",
        "mdg deploy [옵션] <환경>",
        "--force",
        "확인 질문 없이 배포합니다.",
        "--tag <이름>",
        "배포할 이미지의 태그를 지정합니다.",
        "코드 | 의미",
        "3 | 인증 실패",
    ),
    ("이 페이지 수정하기",),
    template="portal",
    path="docs/cli/deploy",
)

add(
    "class_reference_methods",
    SITES["ru"],
    "Класс Очередь",
    "<article class='api-class'><h1>Класс Очередь</h1>"
    + paras("Потокобезопасная очередь с ограниченной ёмкостью.")
    + "<pre><code>class Очередь(ёмкость: int = 0)</code></pre><h2>Методы</h2>"
    "<h3 id='put'><code>положить(элемент, ждать=True)</code></h3>"
    + paras(
        "Добавляет элемент в конец очереди. Если очередь полна и <code>ждать</code> ложно,"
        " вызывает исключение <code>Переполнение</code>."
    )
    + "<h3 id='get'><code>взять(таймаут=None)</code></h3>"
    + paras("Извлекает и возвращает первый элемент очереди.")
    + "<h3 id='size'><code>размер()</code></h3>"
    + paras("Возвращает приблизительное число элементов.")
    + "<h2>Пример</h2><pre><code>о = Очередь(10)\nо.положить('задача')\nprint(о.взять())"
    "</code></pre><p class='source-link'><a href='#'>[исходный код]</a></p></article>"
    + share(SITES["ru"]),
    (
        "Потокобезопасная очередь с ограниченной ёмкостью.",
        "class Очередь(ёмкость: int = 0)",
        "положить(элемент, ждать=True)",
        "Добавляет элемент в конец очереди.",
        "взять(таймаут=None)",
        "Возвращает приблизительное число элементов.",
        "о.положить('задача')",
    ),
    ("[исходный код]",),
    path="docs/ochered",
)

# Changelogs and release notes.

add(
    "changelog_version_sections",
    SITES["fr"],
    "Journal des modifications",
    "<article class='post'><h1>Journal des modifications</h1><p class='feed'><a href='#'>"
    "S'abonner au flux RSS des versions</a></p>"
    "<h2>3.2.0 — 30 novembre 2026</h2><h3>Ajouté</h3><ul><li>Export des projets au format"
    " ODS.</li><li>Raccourci Ctrl+K pour la recherche.</li></ul><h3>Corrigé</h3><ul><li>Les"
    " dates de l'agenda ne décalent plus d'un jour en hiver.</li></ul>"
    "<h2>3.1.2 — 4 novembre 2026</h2><h3>Corrigé</h3><ul><li>Plantage à l'ouverture d'un"
    " fichier vide.</li><li>Traduction manquante dans le menu Aide.</li></ul>"
    "<h2>3.1.0 — 12 octobre 2026</h2><h3>Modifié</h3><ul><li>L'icône de l'application est"
    " redessinée.</li></ul><p><a class='button' href='#'>Voir toutes les versions sur"
    " GitHub</a></p></article>",
    (
        "3.2.0 — 30 novembre 2026",
        "Ajouté",
        "Export des projets au format ODS.",
        "Raccourci Ctrl+K pour la recherche.",
        "Les dates de l'agenda ne décalent plus d'un jour en hiver.",
        "3.1.2 — 4 novembre 2026",
        "Plantage à l'ouverture d'un fichier vide.",
        "Traduction manquante dans le menu Aide.",
        "L'icône de l'application est redessinée.",
    ),
    ("S'abonner au flux RSS des versions", "Voir toutes les versions sur GitHub"),
    path="journal-des-modifications",
)

add(
    "app_release_notes_sections",
    SITES["sv"],
    "Nyheter i Norrsidan-appen",
    "<div class='releases'><h1>Nyheter i Norrsidan-appen</h1>"
    "<section class='release'><h3>Version 8.4 <small>(2 december 2026)</small></h3><ul><li>Mörkt"
    " läge följer nu telefonens inställning.</li><li>Snabbare start på äldre telefoner.</li>"
    "</ul><a class='btn download' href='#'>Ladda ner från App Store</a></section>"
    "<section class='release'><h3>Version 8.3 <small>(10 november 2026)</small></h3><ul><li>"
    "Ny flik för lokala sportresultat.</li><li>Rättat: notiser kom dubbelt.</li></ul></section>"
    "<section class='release'><h3>Version 8.2 <small>(20 oktober 2026)</small></h3><ul><li>"
    "Uppläsning av artiklar på samiska.</li></ul></section><button class='load-more'>Visa"
    " äldre versioner</button></div>",
    (
        "Version 8.4",
        "Mörkt läge följer nu telefonens inställning.",
        "Snabbare start på äldre telefoner.",
        "Ny flik för lokala sportresultat.",
        "Rättat: notiser kom dubbelt.",
        "Uppläsning av artiklar på samiska.",
    ),
    ("Ladda ner från App Store", "Visa äldre versioner"),
    template="portal",
    path="appen/nyheter",
)

add(
    "patch_notes_balance_table",
    SITES["zh"],
    "12.3版本更新公告",
    "<div class='notice-detail'><h1>12.3版本更新公告</h1><p class='meta'>发布时间：2026-12-01"
    " 阅读：12万</p>"
    + paras("亲爱的玩家，12.3版本将于12月3日凌晨更新，届时服务器将停机维护约四小时。")
    + "<h2>一、英雄调整</h2><table class='balance'><thead><tr><th>英雄</th><th>改动项</th>"
    "<th>改动前</th><th>改动后</th></tr></thead><tbody><tr><td>青岚</td><td>技能冷却</td>"
    "<td>12秒</td><td>10秒</td></tr><tr><td>铁壁</td><td>基础护甲</td><td>35</td><td>32</td>"
    "</tr></tbody></table><h2>二、问题修复</h2><ul><li>修复了组队语音偶尔无声的问题。</li>"
    "<li>修复了商城页面图标错位的问题。</li></ul><div class='dl-box'><a href='#'>立即下载"
    "</a><a href='#'>预约新版本</a></div></div>",
    (
        "12.3版本将于12月3日凌晨更新",
        "一、英雄调整",
        "英雄 | 改动项 | 改动前 | 改动后",
        "青岚 | 技能冷却 | 12秒 | 10秒",
        "铁壁 | 基础护甲 | 35 | 32",
        "修复了组队语音偶尔无声的问题。",
        "修复了商城页面图标错位的问题。",
    ),
    ("立即下载", "预约新版本", "阅读：12万"),
    path="news/notice/2026/12/01/patch-12-3",
)

add(
    "release_with_details_full_list",
    SITES["pl"],
    "Edytor Pióro 5.0",
    "<article class='release-post'><h1>Edytor Pióro 5.0</h1>"
    + paras("Wersja 5.0 przynosi nowy silnik sprawdzania pisowni i tryb pracy bez rozpraszaczy.")
    + "<h2>Najważniejsze zmiany</h2><ul><li>Sprawdzanie pisowni działa teraz offline.</li>"
    "<li>Tryb skupienia ukrywa wszystkie panele.</li></ul><details><summary>Pełna lista zmian"
    "</summary><ul><li>Poprawiono eksport do PDF z polskimi znakami.</li><li>Usunięto"
    " przestarzałą wtyczkę do FTP.</li><li>Nowe skróty klawiszowe dla nagłówków.</li></ul>"
    "</details><p class='dl'><a class='btn' href='#'>Pobierz dla Windows</a> <a class='btn'"
    " href='#'>Pobierz dla Linuksa</a></p></article>" + share(SITES["pl"]),
    (
        "nowy silnik sprawdzania pisowni",
        "Sprawdzanie pisowni działa teraz offline.",
        "Tryb skupienia ukrywa wszystkie panele.",
        "Pełna lista zmian",
        "Poprawiono eksport do PDF z polskimi znakami.",
        "Usunięto przestarzałą wtyczkę do FTP.",
        "Nowe skróty klawiszowe dla nagłówków.",
    ),
    ("Pobierz dla Windows", "Pobierz dla Linuksa"),
    path="technologie/edytor-pioro-5-0",
)

add(
    "changelog_in_dl",
    SITES["tr"],
    "Sürüm geçmişi",
    "<div class='entry-content'><h1>Sürüm geçmişi</h1>"
    + paras("Kütüphanenin tüm sürümleri ve değişiklikleri aşağıda listelenmiştir.")
    + "<dl class='versions'><dt>v2.4.1 (28 Kasım 2026)</dt><dd><ul><li>Bağlantı havuzundaki"
    " sızıntı giderildi.</li></ul></dd><dt>v2.4.0 (3 Kasım 2026)</dt><dd><ul><li>Zaman"
    " aşımı ayarı eklendi.</li><li>Türkçe hata mesajları iyileştirildi.</li></ul></dd>"
    "<dt>v2.3.0 (15 Eylül 2026)</dt><dd><ul><li>Python 3.9 desteği kaldırıldı.</li></ul></dd>"
    "</dl></div>",
    (
        "v2.4.1 (28 Kasım 2026)",
        "Bağlantı havuzundaki sızıntı giderildi.",
        "v2.4.0 (3 Kasım 2026)",
        "Zaman aşımı ayarı eklendi.",
        "Türkçe hata mesajları iyileştirildi.",
        "Python 3.9 desteği kaldırıldı.",
    ),
    template="table",
    path="belgeler/surum-gecmisi",
)

add(
    "release_notes_h4_lists",
    SITES["he"],
    "מה חדש באפליקציית ידע פתוח",
    "<div class='entry-content'><h1>מה חדש באפליקציית ידע פתוח</h1>"
    + paras("כאן תמצאו את השינויים בכל גרסה של האפליקציה.")
    + "<h4>גרסה 4.2 · נובמבר 2026</h4><ul><li>אפשר לשמור כתבות לקריאה בלי חיבור.</li><li>גודל"
    " הגופן נשמר בין הפעלות.</li></ul><h4>גרסה 4.1 · אוקטובר 2026</h4><ul><li>תוקנה קריסה"
    " בפתיחת מפות.</li></ul><p><a class='store-badge' href='#'>הורידו מ-Google Play</a></p>"
    "</div>",
    (
        "גרסה 4.2 · נובמבר 2026",
        "אפשר לשמור כתבות לקריאה בלי חיבור.",
        "גודל הגופן נשמר בין הפעלות.",
        "גרסה 4.1 · אוקטובר 2026",
        "תוקנה קריסה בפתיחת מפות.",
    ),
    ("הורידו מ-Google Play",),
    path="app/ma-hadash",
)
