"""The blind71c probe's third part: documentation and knowledge tools and static site
themes: Confluence pages (``wiki-content``, page metadata, likes and labels), GitBook pages
(the page's blocks, "previous/next" cards, "last updated"), Notion exports (one ``<div>``
block per paragraph), Sphinx (Read the Docs and Furo themes), MkDocs Material, Hugo themes
(PaperMod, Docsy) and Jekyll's minima."""

from __future__ import annotations

from ._kit import SITES, add, paras


def _toc(*entries: str) -> str:
    items = "".join(f"<li><a href='#s{n}'>{entry}</a></li>" for n, entry in enumerate(entries))
    return f"<ul>{items}</ul>"


add(
    "confluence_page_wiki_content",
    SITES["de"],
    "Release-Prozess für die mobile App",
    "<div id='main' class='aui-page-panel'><div id='main-header'><div id='breadcrumb-"
    "section'><ol id='breadcrumbs'><li><a href='/spaces/MOB'>Mobile</a></li></ol></div><h1 "
    "id='title-heading' class='pagetitle'><span id='title-text'>Release-Prozess für die"
    " mobile App</span></h1></div><div id='content' class='page view'><div class='page-"
    "metadata'><ul><li class='page-metadata-modification-info'>Erstellt von <a "
    "href='/u'>Jonas Keller</a>, zuletzt geändert am 28. Nov. 2026</li></ul></div><div "
    "id='main-content' class='wiki-content'><div class='confluence-information-macro "
    "confluence-information-macro-note'><div class='confluence-information-macro-body'><p>"
    "Dieser Prozess gilt ab Version 5.0.</p></div></div>"
    + paras(
        "Ein Release wird jeden zweiten Dienstag aus dem Zweig release/next gebaut.",
        "Vor dem Einreichen prüft das QA-Team die Build-Kandidaten auf drei Referenzgeräten.",
    )
    + "<h2 id='s1'>Freigabe</h2>"
    + paras("Die Freigabe im Store erfolgt erst nach dem Go der Produktverantwortlichen.")
    + "</div><div id='likes-and-labels-container'><div id='likes-section'><span "
    "class='like-summary'>Gefällt 4 Personen</span></div><div id='labels-section'><span>"
    "Stichwörter</span><ul class='label-list'><li><a class='aui-label' href='/l'>release</a>"
    "</li></ul></div></div><div id='comments-section'><h2>Keine Kommentare</h2></div></div>"
    "</div>",
    (
        "Dieser Prozess gilt ab Version 5.0.",
        "Ein Release wird jeden zweiten Dienstag aus dem Zweig release/next gebaut.",
        "Vor dem Einreichen prüft das QA-Team die Build-Kandidaten",
        "Die Freigabe im Store erfolgt erst nach dem Go der Produktverantwortlichen.",
    ),
    ("Gefällt 4 Personen", "zuletzt geändert am", "Keine Kommentare"),
    shell="docs",
    path="display/MOB/Release-Prozess",
)

add(
    "gitbook_page_blocks_pager",
    SITES["ko"],
    "API 키 발급하기",
    "<div class='flex'><aside class='toc'><ul><li><a href='/intro'>소개</a></li><li><a "
    "href='/keys'>API 키 발급하기</a></li><li><a href='/limits'>요청 한도</a></li></ul></aside>"
    "<main class='flex-1'><header><h1 class='text-4xl'>API 키 발급하기</h1><p "
    "class='text-lg'>대시보드에서 키를 만들고 안전하게 보관하는 방법</p></header><div "
    "class='grid whitespace-pre-wrap'><div class='blocks'><p class='mx-auto'>API 키는 대시보드의"
    " 설정 메뉴에서 만들 수 있습니다.</p></div><div class='blocks'><div class='hint "
    "hint-warning' role='note'><p>키는 생성 직후 한 번만 표시되므로 바로 복사해 두세요.</p></div>"
    "</div><div class='blocks'><h2 id='rotate'>키 교체</h2></div><div class='blocks'><p "
    "class='mx-auto'>키가 노출되었다면 즉시 폐기하고 새 키를 발급하세요.</p></div></div><div "
    "class='page-footer'><a class='pager prev' href='/intro'><span>이전</span><span>소개</span>"
    "</a><a class='pager next' href='/limits'><span>다음</span><span>요청 한도</span></a><p "
    "class='last-modified'>마지막 업데이트 2일 전</p><a href='/edit'>GitHub에서 편집</a></div>"
    "</main><aside class='page-outline'><p>이 페이지에서</p><ul><li><a href='#rotate'>키 교체"
    "</a></li></ul></aside></div>",
    (
        "API 키는 대시보드의 설정 메뉴에서 만들 수 있습니다.",
        "키는 생성 직후 한 번만 표시되므로 바로 복사해 두세요.",
        "키가 노출되었다면 즉시 폐기하고 새 키를 발급하세요.",
    ),
    ("마지막 업데이트 2일 전", "GitHub에서 편집", "이 페이지에서"),
    shell="docs",
    path="docs/api-keys",
)

add(
    "notion_export_block_divs",
    SITES["ja"],
    "新入社員オンボーディング手順",
    "<div class='notion-app-inner'><div class='notion-frame'><div class='notion-page-"
    "content'><div class='notion-header-block'><h1 class='notranslate'>新入社員オンボーディング"
    "手順</h1></div><div data-block-id='a1' class='notion-selectable notion-text-block'><div "
    "class='notranslate' contenteditable='false'>入社初日は午前十時に受付へお越しください。</div>"
    "</div><div data-block-id='a2' class='notion-selectable notion-text-block'><div "
    "class='notranslate'>パソコンとアカウントは総務部が当日までに用意します。</div></div><div "
    "data-block-id='a3' class='notion-selectable notion-sub_header-block'><h3>最初の一週間</h3>"
    "</div><div data-block-id='a4' class='notion-selectable notion-bulleted_list-block'><div "
    "class='notranslate'>各部署の担当者と三十分ずつ面談します。</div></div><div data-block-id="
    "'a5' class='notion-selectable notion-bulleted_list-block'><div class='notranslate'>"
    "金曜日にはチーム全員でランチに行きます。</div></div></div></div><div class='notion-"
    "topbar'><div role='button'>共有</div><div role='button'>Notionで作成</div></div></div>",
    (
        "入社初日は午前十時に受付へお越しください。",
        "パソコンとアカウントは総務部が当日までに用意します。",
        "各部署の担当者と三十分ずつ面談します。",
        "金曜日にはチーム全員でランチに行きます。",
    ),
    ("Notionで作成",),
    shell="docs",
    path="onboarding-3f2a",
)

add(
    "sphinx_rtd_theme_section",
    SITES["fr"],
    "Configurer la journalisation",
    "<div class='wy-grid-for-nav'><nav data-toggle='wy-nav-shift' class='wy-nav-side'><div "
    "class='wy-side-scroll'><div class='wy-menu wy-menu-vertical' role='navigation'><p "
    "class='caption'><span class='caption-text'>Guide</span></p>"
    + _toc("Installation", "Configurer la journalisation", "Déploiement")
    + "</div></div></nav><section class='wy-nav-content-wrap'><div class='wy-nav-content'>"
    "<div class='rst-content'><div role='navigation' aria-label='Page navigation'><ul "
    "class='wy-breadcrumbs'><li><a href='/'>Docs</a> »</li><li>Configurer la"
    " journalisation</li><li class='wy-breadcrumbs-aside'><a href='/src'>Afficher la source de"
    " la page</a></li></ul><hr></div><div role='main' class='document' itemscope><div "
    "itemprop='articleBody'><section id='configurer'><h1>Configurer la journalisation<a "
    "class='headerlink' href='#configurer'>¶</a></h1>"
    + paras(
        "Le module lit sa configuration dans le fichier logging.toml au démarrage.",
        "Chaque gestionnaire déclare un niveau minimal et une destination.",
    )
    + "<div class='admonition note'><p class='admonition-title'>Note</p><p>Les niveaux"
    " inférieurs à INFO sont ignorés en production.</p></div></section></div></div><footer>"
    "<div class='rst-footer-buttons' role='navigation'><a href='/i' class='btn btn-neutral "
    "float-left' rel='prev'>Précédent</a><a href='/d' class='btn btn-neutral float-right' "
    "rel='next'>Suivant</a></div><hr><div role='contentinfo'><p>© Droits d'auteur 2026,"
    " l'équipe Pivot.</p></div>Compilé avec <a href='https://www.sphinx-doc.org/'>Sphinx</a>"
    "</footer></div></div></section></div>",
    (
        "Le module lit sa configuration dans le fichier logging.toml au démarrage.",
        "Chaque gestionnaire déclare un niveau minimal et une destination.",
        "Les niveaux inférieurs à INFO sont ignorés en production.",
    ),
    ("Afficher la source de la page", "© Droits d'auteur 2026", "Compilé avec"),
    shell="docs",
    path="fr/latest/logging.html",
)

add(
    "sphinx_furo_theme_article",
    SITES["zh"],
    "安装与升级",
    "<div class='page'><aside class='sidebar-drawer'><div class='sidebar-container'><div "
    "class='sidebar-tree'>"
    + _toc("快速开始", "安装与升级", "常见问题")
    + "</div></div></aside><div class='main'><div class='content'><div class='article-"
    "container'><a href='#' class='back-to-top muted-link'>回到顶部</a><div "
    "class='content-icon-container'><div class='edit-this-page'><a class='muted-link' "
    "href='/edit'>编辑此页</a></div></div><article role='main' id='furo-main-content'>"
    "<section id='install'><h1>安装与升级</h1>"
    + paras(
        "推荐使用 pip 在虚拟环境中安装本工具。",
        "升级前请先备份配置目录，新版本会自动迁移旧的配置文件。",
    )
    + "<div class='highlight-console notranslate'><div class='highlight'><pre>$ pip install"
    " pivot</pre></div></div></section></article></div><footer><div class='related-pages'>"
    "<a class='next-page' href='/faq'><div class='page-info'><div class='context'>下一页"
    "</div><div class='title'>常见问题</div></div></a></div><div class='bottom-of-page'><div "
    "class='left-details'><div class='copyright'>版权所有 © 2026 Pivot 团队</div>用 Sphinx"
    " 和 Furo 构建</div></div></footer></div></div></div>",
    (
        "推荐使用 pip 在虚拟环境中安装本工具。",
        "升级前请先备份配置目录，新版本会自动迁移旧的配置文件。",
    ),
    ("回到顶部", "编辑此页", "版权所有 © 2026 Pivot 团队"),
    shell="docs",
    path="zh/install.html",
)

add(
    "mkdocs_material_page",
    SITES["es"],
    "Primeros pasos con el sensor",
    "<div class='md-container' data-md-component='container'><main class='md-main' "
    "data-md-component='main'><div class='md-main__inner md-grid'><div class='md-sidebar "
    "md-sidebar--primary' data-md-component='sidebar' data-md-type='navigation'><nav "
    "class='md-nav md-nav--primary'><label class='md-nav__title'>Sensor</label>"
    + _toc("Inicio", "Primeros pasos con el sensor", "Calibración")
    + "</nav></div><div class='md-sidebar md-sidebar--secondary' data-md-type='toc'><nav "
    "class='md-nav md-nav--secondary'><label class='md-nav__title'>Tabla de contenidos"
    "</label><ul><li><a href='#conexion'>Conexión</a></li></ul></nav></div><div "
    "class='md-content' data-md-component='content'><article class='md-content__inner "
    "md-typeset'><a href='/edit' title='Editar esta página' class='md-content__button "
    "md-icon'>✎</a><h1>Primeros pasos con el sensor</h1>"
    + paras("El sensor se alimenta por USB-C y no necesita batería.")
    + "<h2 id='conexion'>Conexión</h2>"
    + paras("Conéctelo al puerto de la placa y espere a que el LED verde deje de parpadear.")
    + "<div class='admonition tip'><p class='admonition-title'>Consejo</p><p>Use un cable de"
    " menos de un metro para evitar lecturas inestables.</p></div><aside class='md-source-"
    "file'><span class='md-source-file__fact'>Última actualización: 2 de diciembre de 2026"
    "</span></aside></article></div></div></main><footer class='md-footer'><nav "
    "class='md-footer__inner md-grid' aria-label='Pie de página'><a href='/' class='md-footer"
    "__link md-footer__link--prev'><span class='md-footer__direction'>Anterior</span><div "
    "class='md-ellipsis'>Inicio</div></a></nav><div class='md-copyright'>Hecho con <a "
    "href='https://squidfactory.example'>Material for MkDocs</a></div></footer></div>",
    (
        "El sensor se alimenta por USB-C y no necesita batería.",
        "Conéctelo al puerto de la placa y espere a que el LED verde deje de parpadear.",
        "Use un cable de menos de un metro para evitar lecturas inestables.",
    ),
    ("Última actualización: 2 de diciembre de 2026", "Tabla de contenidos", "Hecho con"),
    shell="docs",
    path="primeros-pasos/",
)

add(
    "hugo_papermod_post",
    SITES["hi"],
    "रसोई में प्लास्टिक कम करने के सात तरीके",
    "<main class='main'><article class='post-single'><header class='post-header'><div "
    "class='breadcrumbs'><a href='/'>मुखपृष्ठ</a> » <a href='/posts/'>लेख</a></div><h1 "
    "class='post-title entry-hint-parent'>रसोई में प्लास्टिक कम करने के सात तरीके</h1><div "
    "class='post-meta'><span>दिसंबर 3, 2026</span>&nbsp;·&nbsp;<span>4 मिनट</span></div>"
    "</header><div class='toc'><details><summary><span class='details'>विषय सूची</span>"
    "</summary><div class='inner'><ul><li><a href='#a'>थैले</a></li></ul></div></details></div>"
    "<div class='post-content'>"
    + paras(
        "बाज़ार जाते समय कपड़े के दो थैले हमेशा अपने साथ रखें।",
        "दाल और चावल थोक में खरीदकर काँच के डिब्बों में भरें।",
        "बर्तन धोने के लिए प्लास्टिक के स्पंज की जगह नारियल का जूना इस्तेमाल करें।",
    )
    + "</div><footer class='post-footer'><ul class='post-tags'><li><a href='/tags/x'>पर्यावरण"
    "</a></li></ul><nav class='paginav'><a class='prev' href='/p'><span class='title'>« पिछला"
    " पृष्ठ</span><br><span>घर पर खाद बनाना</span></a></nav></footer></article></main>",
    (
        "बाज़ार जाते समय कपड़े के दो थैले हमेशा अपने साथ रखें।",
        "दाल और चावल थोक में खरीदकर काँच के डिब्बों में भरें।",
        "नारियल का जूना इस्तेमाल करें।",
    ),
    ("विषय सूची", "घर पर खाद बनाना", "पिछला पृष्ठ"),
    shell="blog",
    path="posts/plastic-kam/",
)

add(
    "hugo_docsy_docs_page",
    SITES["he"],
    "הגדרת גיבוי אוטומטי",
    "<div class='container-fluid td-outer'><div class='td-main'><div class='row flex-xl-"
    "nowrap'><aside class='col-12 col-md-3 col-xl-2 td-sidebar d-print-none'><nav "
    "class='td-sidebar-nav'>"
    + _toc("התקנה", "הגדרת גיבוי אוטומטי", "שחזור")
    + "</nav></aside><aside class='d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none'>"
    "<div class='td-page-meta'><a href='/edit'>ערכו את הדף</a><a href='/issue'>דווחו על"
    " בעיה</a></div><nav id='TableOfContents'><ul><li><a href='#t'>תזמון</a></li></ul></nav>"
    "</aside><main class='col-12 col-md-9 col-xl-8 ps-md-5' role='main'><div class='td-"
    "content'><h1>הגדרת גיבוי אוטומטי</h1><div class='lead'>כך מגדירים גיבוי לילי של התיקייה"
    " הראשית.</div>"
    + paras(
        "הגיבוי נשמר בתיקייה נפרדת ונשמרים ממנו שבעה עותקים אחרונים.",
        "אפשר לשנות את שעת הגיבוי בקובץ ההגדרות תחת המפתח schedule.",
    )
    + "<div class='td-page-meta__lastmod'>עודכן לאחרונה 30 בנובמבר 2026</div></div></main>"
    "</div></div></div>",
    (
        "כך מגדירים גיבוי לילי של התיקייה הראשית.",
        "הגיבוי נשמר בתיקייה נפרדת ונשמרים ממנו שבעה עותקים אחרונים.",
        "אפשר לשנות את שעת הגיבוי בקובץ ההגדרות",
    ),
    ("ערכו את הדף", "דווחו על בעיה", "עודכן לאחרונה 30 בנובמבר 2026"),
    shell="docs",
    path="docs/backup/",
)

add(
    "jekyll_minima_post",
    SITES["nl"],
    "Mijn eerste marathon",
    "<main class='page-content' aria-label='Content'><div class='wrapper'><article "
    "class='post h-entry' itemscope itemtype='http://schema.org/BlogPosting'><header "
    "class='post-header'><h1 class='post-title p-name' itemprop='name headline'>Mijn eerste"
    " marathon</h1><p class='post-meta'><time class='dt-published'>6 dec 2026</time></p>"
    "</header><div class='post-content e-content' itemprop='articleBody'>"
    + paras(
        "Bij kilometer dertig dacht ik echt dat ik zou moeten opgeven.",
        "Een toeschouwer gaf me een stuk ontbijtkoek en daarmee haalde ik de finish.",
        "Mijn eindtijd was vier uur en twaalf minuten.",
    )
    + "</div><a class='u-url' href='/2026/12/06/marathon.html' hidden></a></article></div>"
    "</main><div class='wrapper'><h2 class='footer-heading'>Loopdagboek</h2><p>Verslagen van"
    " een hardloper uit Utrecht.</p></div>",
    (
        "Bij kilometer dertig dacht ik echt dat ik zou moeten opgeven.",
        "Een toeschouwer gaf me een stuk ontbijtkoek",
        "Mijn eindtijd was vier uur en twaalf minuten.",
    ),
    ("Verslagen van een hardloper uit Utrecht.",),
    shell="blog",
    path="2026/12/06/marathon.html",
)
