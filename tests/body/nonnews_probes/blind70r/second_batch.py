"""The blind70r probe's second batch (written after the first 50 pages were run, run on the
tree with their fixes): the same kinds in other engines' shapes: a "read more" link (not a
button) before the hidden rest, a hidden tab of a definition list, a recipe whose
ingredients are a table, a Sphinx documentation page, a XenForo-like thread, a one-page
layout of sections under ``<body>``, an untitled inline box of links inside the text, a
post split into one wrapper per paragraph around an ad, a long read whose first chapter
holds the headline, a grid of numbered cards, a Q&A whose answers sit in a ``<ul>``."""

from __future__ import annotations

from ._kit import SITES, ad, add, newsletter, paras, share

add(
    "read_more_link_before_hidden_rest",
    SITES["pt"],
    "O farol que voltou a acender",
    "<article class='post'><h1>O farol que voltou a acender</h1><div class='post-body'>"
    + paras(
        "O farol da Ponta do Castelo voltou a acender na noite de sábado, depois de doze anos"
        " apagado.",
        "A lanterna original foi restaurada por técnicos da Marinha em Lisboa.",
    )
    + "<p><a href='#' class='js-read-more'>Ler mais</a></p><div class='post-more'"
    " style='display:none'>"
    + paras(
        "A autarquia quer abrir o farol a visitas guiadas a partir da primavera.",
        "O antigo faroleiro, hoje com oitenta anos, esteve presente na cerimónia.",
    )
    + "</div></div></article>",
    (
        "O farol da Ponta do Castelo voltou a acender na noite de sábado",
        "A lanterna original foi restaurada por técnicos da Marinha em Lisboa.",
        "A autarquia quer abrir o farol a visitas guiadas a partir da primavera.",
        "O antigo faroleiro, hoje com oitenta anos, esteve presente na cerimónia.",
    ),
    ("Ler mais",),
    path="noticias/farol",
)

add(
    "product_hidden_tab_definition_list",
    SITES["sv"],
    "Skidpjäxa Fjäll 90",
    "<div class='product-info'><h1>Skidpjäxa Fjäll 90</h1><div class='product-tabs'>"
    "<a class='product-tab active' href='#beskrivning'>Beskrivning</a><a class='product-tab'"
    " href='#specifikation'>Specifikation</a></div><div class='product-panel active'"
    " id='beskrivning'>"
    + paras(
        "Fjäll 90 är en pjäs för turåkning med gångläge och ett lätt skal i glasfiberförstärkt"
        " plast.",
        "Innerskon kan formas efter foten i butiken.",
    )
    + "</div><div class='product-panel' id='specifikation' hidden><dl><dt>Flex</dt><dd>90"
    "</dd><dt>Vikt</dt><dd>1 450 g per pjäs</dd><dt>Rörelseomfång</dt><dd>55 grader</dd>"
    "</dl></div><button class='buy'>Lägg i varukorgen</button></div>",
    (
        "Fjäll 90 är en pjäs för turåkning med gångläge",
        "Innerskon kan formas efter foten i butiken.",
        "1 450 g per pjäs",
        "55 grader",
    ),
    ("Lägg i varukorgen",),
    path="butik/fjall-90",
)

add(
    "recipe_ingredients_table_three_wrappers",
    SITES["it"],
    "Pizzoccheri della Valtellina",
    "<div class='ricetta-intro'><h1>Pizzoccheri della Valtellina</h1>"
    + paras(
        "I pizzoccheri sono tagliatelle di grano saraceno condite con verza, patate e"
        " formaggio Casera.",
    )
    + "</div><div class='ricetta-ingredienti'><h2>Ingredienti</h2><table><tr><td>Farina di"
    " grano saraceno</td><td>400 g</td></tr><tr><td>Verza</td><td>250 g</td></tr><tr><td>"
    "Formaggio Casera</td><td>250 g</td></tr></table></div>"
    + ad("Pubblicità")
    + "<div class='ricetta-preparazione'><h2>Preparazione</h2>"
    + paras(
        "Impastate le due farine con l'acqua e stendete la sfoglia a tre millimetri.",
        "Cuocete la pasta con le verdure e condite a strati con burro e formaggio.",
    )
    + "</div>",
    (
        "I pizzoccheri sono tagliatelle di grano saraceno",
        "Farina di grano saraceno | 400 g",
        "Formaggio Casera | 250 g",
        "Impastate le due farine con l'acqua e stendete la sfoglia a tre millimetri.",
        "Cuocete la pasta con le verdure e condite a strati con burro e formaggio.",
    ),
    ("Pubblicità",),
    path="ricette/pizzoccheri",
)

add(
    "sphinx_docs_sections",
    SITES["de"],
    "Konfiguration der Werkbank",
    "<div class='wy-grid-for-nav'><nav class='wy-nav-side'><div class='wy-menu'><ul><li><a"
    " href='#'>Installation</a></li><li><a href='#'>Konfiguration</a></li></ul></div></nav>"
    "<section class='wy-nav-content-wrap'><div class='wy-nav-content'><div class='rst-content'>"
    "<div role='navigation' aria-label='breadcrumbs'><a href='#'>Doku</a> » Konfiguration"
    "</div><div class='document' itemscope itemtype='http://schema.org/Article'><div"
    " itemprop='articleBody'><section id='konfiguration'><h1>Konfiguration der Werkbank"
    "<a class='headerlink' href='#konfiguration'>¶</a></h1><p>Die Einstellungen liegen in"
    " der Datei werkbank.toml im Projektordner.</p><section id='pfade'><h2>Pfade<a"
    " class='headerlink' href='#pfade'>¶</a></h2><p>Relative Pfade werden vom Projektordner"
    " aus aufgelöst.</p><div class='admonition note'><p class='admonition-title'>Hinweis</p>"
    "<p>Umgebungsvariablen überschreiben die Werte aus der Datei.</p></div></section>"
    "<section id='cache'><h2>Cache<a class='headerlink' href='#cache'>¶</a></h2><div"
    " class='highlight-toml notranslate'><div class='highlight'><pre>[cache]\ngroesse ="
    ' "2 GB"</pre></div></div></section></section></div></div><footer><div'
    " class='rst-footer-buttons'><a href='#' class='btn'>Zurück</a><a href='#'"
    " class='btn'>Weiter</a></div><p>© Copyright 2026, Werkbank-Team.</p></footer></div>"
    "</div></section></div>",
    (
        "Die Einstellungen liegen in der Datei werkbank.toml im Projektordner.",
        "Relative Pfade werden vom Projektordner aus aufgelöst.",
        "Umgebungsvariablen überschreiben die Werte aus der Datei.",
        'groesse = "2 GB"',
    ),
    ("© Copyright 2026, Werkbank-Team.",),
    path="doku/konfiguration.html",
)

add(
    "xenforo_like_thread",
    SITES["fr"],
    "Quel bois pour un établi ?",
    "<div class='p-body-header'><h1 class='p-title-value'>Quel bois pour un établi ?</h1>"
    "</div><div class='block-body js-replyNewMessageContainer'>"
    + "".join(
        f"<article class='message message--post'><div class='message-cell"
        f" message-cell--user'><h4 class='message-name'><a href='#'>{user}</a></h4><h5"
        f" class='userTitle'>{title}</h5></div><div class='message-cell message-cell--main'>"
        f"<header class='message-attribution'><time>{when}</time></header><div"
        f" class='message-content'><div class='bbWrapper'>{text}</div></div><footer"
        f" class='message-footer'><a class='actionBar-action' href='#'>J'aime</a><a"
        f" class='actionBar-action' href='#'>Répondre</a></footer></div></article>"
        for user, title, when, text in (
            (
                "menuisier44",
                "Membre actif",
                "3 déc. 2026",
                "Je veux construire un établi pour mon garage. Hêtre ou chêne ?",
            ),
            (
                "Copeau",
                "Modérateur",
                "4 déc. 2026",
                "Le hêtre est le choix classique : dur, stable et moins cher que le chêne.",
            ),
            (
                "Lucie_B",
                "Nouveau membre",
                "5 déc. 2026",
                "Pour le plateau, un lamellé-collé de hêtre de 60 mm suffit largement.",
            ),
        )
    )
    + "</div><div class='block-outer'><a href='#'>Connectez-vous pour répondre</a></div>",
    (
        "Je veux construire un établi pour mon garage. Hêtre ou chêne ?",
        "Le hêtre est le choix classique : dur, stable et moins cher que le chêne.",
        "Pour le plateau, un lamellé-collé de hêtre de 60 mm suffit largement.",
    ),
    ("Membre actif", "Connectez-vous pour répondre", "Modérateur"),
    path="forum/threads/etabli.1234",
)

add(
    "one_page_sections_under_body",
    SITES["el"],
    "Το χωριό που έγινε μουσείο",
    "<section class='intro'><h1>Το χωριό που έγινε μουσείο</h1>"
    + paras("Στα Ζαγοροχώρια, ένα ολόκληρο χωριό έγινε υπαίθριο μουσείο της πέτρας.")
    + "</section><section class='block'>"
    + paras(
        "Οι κάτοικοι αποφάσισαν να μην αλλάξουν τίποτα στα σπίτια, ούτε τα παράθυρα.",
        "Οι επισκέπτες περπατούν στα καλντερίμια με έναν χάρτη από το καφενείο.",
    )
    + "</section><section class='block quote-block'><blockquote>«Η πέτρα θυμάται.»"
    "</blockquote></section><section class='block'>"
    + paras("Το μουσείο δεν έχει εισιτήριο· οι δωρεές πάνε στη συντήρηση των γεφυριών.")
    + "</section>",
    (
        "ένα ολόκληρο χωριό έγινε υπαίθριο μουσείο της πέτρας.",
        "Οι κάτοικοι αποφάσισαν να μην αλλάξουν τίποτα στα σπίτια",
        "Οι επισκέπτες περπατούν στα καλντερίμια",
        "Το μουσείο δεν έχει εισιτήριο",
    ),
    template="table",
    path="istories/zagori",
)

add(
    "untitled_link_box_inside_text",
    SITES["ru"],
    "Сборщик мусора в трёх абзацах",
    "<article class='tm-article'><h1>Сборщик мусора в трёх абзацах</h1><div"
    " class='article-formatted-body'>"
    + paras(
        "Сборщик мусора следит за тем, на какие объекты ещё есть ссылки из программы.",
        "Объекты без ссылок считаются мусором и освобождаются при следующем проходе.",
    )
    + "<div class='tm-box'><ul><li><a href='/1'>Разбор: поколения объектов</a></li><li><a"
    " href='/2'>Почему утекает память</a></li><li><a href='/3'>Слабые ссылки на"
    " практике</a></li></ul></div>"
    + paras(
        "Проходы запускаются не по таймеру, а когда выделено слишком много новых объектов.",
    )
    + "</div></article>",
    (
        "Сборщик мусора следит за тем, на какие объекты ещё есть ссылки из программы.",
        "Объекты без ссылок считаются мусором",
        "Проходы запускаются не по таймеру",
    ),
    ("Разбор: поколения объектов", "Почему утекает память", "Слабые ссылки на практике"),
    path="articles/gc-three",
)

add(
    "one_wrapper_per_paragraph_around_ad",
    SITES["ko"],
    "터미널에서 자주 쓰는 단축키",
    "<div class='article-view'><h1>터미널에서 자주 쓰는 단축키</h1>"
    "<div class='par'><p>터미널에서 Ctrl+R을 누르면 이전에 입력한 명령을 검색할 수 있다.</p></div>"
    "<div class='par'><p>Ctrl+A와 Ctrl+E는 줄의 처음과 끝으로 커서를 옮긴다.</p></div>"
    + ad("광고")
    + "<div class='par'><p>Ctrl+U는 커서 앞의 내용을 한 번에 지운다.</p></div>"
    + newsletter(SITES["ko"])
    + "<div class='par'><p>이 단축키들은 대부분의 셸에서 똑같이 동작한다.</p></div></div>",
    (
        "터미널에서 Ctrl+R을 누르면 이전에 입력한 명령을 검색할 수 있다.",
        "Ctrl+A와 Ctrl+E는 줄의 처음과 끝으로 커서를 옮긴다.",
        "Ctrl+U는 커서 앞의 내용을 한 번에 지운다.",
        "이 단축키들은 대부분의 셸에서 똑같이 동작한다.",
    ),
    ("광고",),
    path="docs/terminal-shortcuts",
)

add(
    "long_read_first_chapter_holds_headline",
    SITES["cs"],
    "Poslední vor na Vltavě",
    "<main class='longread'><article class='lr-chapter'><header><h1>Poslední vor na Vltavě"
    "</h1><p class='lr-byline'>Text: Jana Malá</p></header>"
    + paras(
        "Voroplavba na Vltavě skončila v roce 1960, ale v Purkarci ji každé léto připomínají.",
        "Vor se staví z dvaceti kmenů svázaných vrbovými houžvemi.",
    )
    + "</article><article class='lr-chapter'><h2>Plavba</h2>"
    + paras(
        "Na voru plují čtyři muži a jeden kormidelník, který zná každý jez.",
        "Nejtěžší je průjezd šlajsnou, kde voda padá přes metr.",
    )
    + "</article><article class='lr-chapter'><h2>Budoucnost</h2>"
    + paras("Voroplavba je od roku 2022 zapsána na seznamu nehmotného dědictví UNESCO.")
    + "</article></main>"
    + share(SITES["cs"]),
    (
        "Voroplavba na Vltavě skončila v roce 1960",
        "Vor se staví z dvaceti kmenů svázaných vrbovými houžvemi.",
        "Na voru plují čtyři muži a jeden kormidelník, který zná každý jez.",
        "Voroplavba je od roku 2022 zapsána na seznamu nehmotného dědictví UNESCO.",
    ),
    path="reportaz/vor",
)

add(
    "grid_numbered_cards_each_a_paragraph",
    SITES["vi"],
    "Năm điều cần biết về kỳ thi năm 2027",
    "<h1>Năm điều cần biết về kỳ thi năm 2027</h1><div class='grid grid-cols-2'>"
    "<div class='card'><span class='card-num'>01</span><p>Kỳ thi sẽ diễn ra trong hai ngày"
    " cuối tháng sáu.</p></div><div class='card'><span class='card-num'>02</span><p>Thí sinh"
    " thi bốn môn, trong đó có hai môn bắt buộc.</p></div><div class='card'><span"
    " class='card-num'>03</span><p>Đề thi môn Toán vẫn theo hình thức trắc nghiệm.</p></div>"
    "<div class='card'><span class='card-num'>04</span><p>Kết quả được công bố vào giữa"
    " tháng bảy.</p></div></div>",
    (
        "Kỳ thi sẽ diễn ra trong hai ngày cuối tháng sáu.",
        "Thí sinh thi bốn môn, trong đó có hai môn bắt buộc.",
        "Đề thi môn Toán vẫn theo hình thức trắc nghiệm.",
        "Kết quả được công bố vào giữa tháng bảy.",
    ),
    template="app",
    path="tin-tuc/ky-thi-2027",
)

add(
    "qa_answers_in_list_items",
    SITES["ar"],
    "كيف أحفظ قصيدة طويلة؟",
    "<div class='question-box'><h1>كيف أحفظ قصيدة طويلة؟</h1><p>أحاول حفظ معلقة امرئ القيس"
    " لكنني أنسى الأبيات بعد يومين. هل من طريقة؟</p></div><h2 class='answers-title'>3"
    " إجابات</h2><ul class='answers'><li class='answer'><p>قسّم القصيدة إلى مقاطع من خمسة"
    " أبيات، واحفظ مقطعا واحدا كل يوم.</p><span class='answer-votes'>12 صوتا</span></li>"
    "<li class='answer'><p>اقرأ الأبيات بصوت عال قبل النوم، فالذاكرة تثبتها أثناء النوم.</p>"
    "<span class='answer-votes'>7 أصوات</span></li><li class='answer'><p>اكتب القصيدة"
    " بخط يدك مرة كل أسبوع.</p><span class='answer-votes'>2 صوتان</span></li></ul>",
    (
        "أحاول حفظ معلقة امرئ القيس لكنني أنسى الأبيات بعد يومين.",
        "قسّم القصيدة إلى مقاطع من خمسة أبيات، واحفظ مقطعا واحدا كل يوم.",
        "اقرأ الأبيات بصوت عال قبل النوم، فالذاكرة تثبتها أثناء النوم.",
        "اكتب القصيدة بخط يدك مرة كل أسبوع.",
    ),
    ("12 صوتا", "7 أصوات"),
    path="asila/hifz-qasida",
)

add(
    "docs_page_toc_left_content_tabs_hidden_table",
    SITES["zh"],
    "新手入门：账号与服务器",
    "<div class='help-layout'><aside class='help-toc'><h3>本页目录</h3><ul><li><a"
    " href='#a'>注册账号</a></li><li><a href='#b'>选择服务器</a></li></ul></aside><div"
    " class='help-content'><h1>新手入门：账号与服务器</h1><h2 id='a'>注册账号</h2><p>使用手机号"
    "即可注册，每个手机号只能绑定一个账号。</p><h2 id='b'>选择服务器</h2><p>建议选择离你最近的"
    "服务器，以减少延迟。</p><div class='srv-tabs'><div class='srv-tab-pane active'><table>"
    "<tr><td>华东一区</td><td>上海</td></tr><tr><td>华南一区</td><td>广州</td></tr><tr><td>"
    "华北一区</td><td>北京</td></tr></table></div><div class='srv-tab-pane' hidden><table>"
    "<tr><td>亚洲一区</td><td>新加坡</td></tr><tr><td>亚洲二区</td><td>东京</td></tr><tr><td>"
    "欧洲一区</td><td>法兰克福</td></tr></table></div></div></div></div>",
    (
        "使用手机号即可注册，每个手机号只能绑定一个账号。",
        "建议选择离你最近的服务器，以减少延迟。",
        "华东一区 | 上海",
        "亚洲一区 | 新加坡",
    ),
    ("本页目录",),
    path="help/getting-started",
)
