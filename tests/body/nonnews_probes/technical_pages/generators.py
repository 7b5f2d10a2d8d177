"""Technical probe pages, part 1: documentation generators' pages (Sphinx, MkDocs Material,
Docusaurus, rustdoc, Javadoc, GitBook, ReadMe.io, Confluence)."""

from __future__ import annotations

from ..pages import page
from ._registry import CODE, ONCE, PROBES, ROWS, script

# --- French, a Sphinx page in the Read the Docs theme: a code block with its line numbers
# as Pygments' highlighttable, a note and a warning admonition, a "versionadded" line, the
# navigation side bar, "Edit on GitHub", the version picker and the previous/next buttons.
PROBES.add(
    "fr_sphinx_rtd_highlighttable_admonitions",
    "https://tisserin.example.fr/fr/latest/guide/configuration.html",
    page(
        "fr",
        "Configuration — Documentation Tisserin 2.4",
        "<div class='wy-grid-for-nav'><nav data-toggle='wy-nav-shift' class='wy-nav-side'>"
        "<div class='wy-side-scroll'><div class='wy-side-nav-search'><a href='../index.html' "
        "class='icon icon-home'>Tisserin</a><div class='version'>2.4</div><div role='search'>"
        "<form id='rtd-search-form' class='wy-form'><input type='text' name='q' "
        "placeholder='Rechercher docs'></form></div></div><div class='wy-menu wy-menu-"
        "vertical' role='navigation' aria-label='Navigation menu'><p class='caption'><span "
        "class='caption-text'>Guide</span></p><ul class='current'><li class='toctree-l1'><a "
        "class='reference internal' href='installation.html'>Installation</a></li><li "
        "class='toctree-l1 current'><a class='reference internal current' href='#'>"
        "Configuration</a></li><li class='toctree-l1'><a class='reference internal' "
        "href='greffons.html'>Écrire un greffon</a></li></ul></div></div></nav><section "
        "data-toggle='wy-nav-shift' class='wy-nav-content-wrap'><nav class='wy-nav-top'><a "
        "href='../index.html'>Tisserin</a></nav><div class='wy-nav-content'><div class='rst-"
        "content'><div role='navigation' aria-label='Fil d’Ariane'><ul class='wy-breadcrumbs'>"
        "<li><a href='../index.html' class='icon icon-home'></a> »</li><li>Configuration</li>"
        "<li class='wy-breadcrumbs-aside'><a href='https://code.example.org/tisserin/blob/main"
        "/docs/guide/configuration.rst' class='fa fa-github'> Edit on GitHub</a></li></ul><hr>"
        "</div><div role='main' class='document' itemscope='itemscope' itemtype='http://schema"
        ".org/Article'><div itemprop='articleBody'><section id='configuration'><h1>"
        "Configuration<a class='headerlink' href='#configuration' title='Lien permanent vers "
        "cette rubrique'>¶</a></h1><p>Tisserin lit sa configuration dans un fichier "
        "<code class='docutils literal notranslate'><span class='pre'>tisserin.toml</span>"
        "</code> placé à la racine du projet. Chaque section du fichier règle un étage de la "
        "chaîne de fabrication.</p><div class='highlight-toml notranslate'><div "
        "class='highlight'><table class='highlighttable'><tr><td class='linenos'><div "
        "class='linenodiv'><pre><span class='normal'>1</span>\n<span class='normal'>2</span>\n"
        "<span class='normal'>3</span>\n<span class='normal'>4</span>\n<span class='normal'>"
        "5</span></pre></div></td><td class='code'><div><pre><span></span><span class='k'>"
        "[projet]</span>\n<span class='n'>nom</span> <span class='o'>=</span> <span "
        "class='s'>\"atelier-lin\"</span>\n<span class='n'>sortie</span> <span class='o'>="
        "</span> <span class='s'>\"_build/html\"</span>\n<span class='k'>[greffons]</span>\n"
        "<span class='n'>actifs</span> <span class='o'>=</span> [<span class='s'>\"sommaire"
        '"</span>, <span class=\'s\'>"index"</span>]\n</pre></div></td></tr></table></div>'
        "</div><div class='admonition note'><p class='admonition-title'>Note</p><p>Les chemins "
        "relatifs sont lus depuis le dossier du fichier de configuration, et non depuis le "
        "dossier courant.</p></div><section id='variables'><h2>Variables d’environnement<a "
        "class='headerlink' href='#variables' title='Lien permanent vers cette rubrique'>¶"
        "</a></h2><p>Toute clé peut être remplacée par une variable préfixée par "
        "<code class='docutils literal notranslate'><span class='pre'>TISSERIN_</span></code>"
        " : la clé <code>projet.sortie</code> devient <code>TISSERIN_PROJET_SORTIE</code>."
        "</p><div class='versionadded'><p><span class='versionmodified added'>Nouveau dans la "
        "version 2.3: </span>les variables peuvent aussi régler les greffons.</p></div><div "
        "class='admonition warning'><p class='admonition-title'>Avertissement</p><p>Une "
        "variable vide efface la valeur du fichier au lieu de la laisser intacte.</p></div>"
        "</section></section></div></div><footer><div class='rst-footer-buttons' "
        "role='navigation' aria-label='Pied de page'><a href='installation.html' class='btn "
        "btn-neutral float-left' title='Installation' accesskey='p' rel='prev'><span "
        "class='fa fa-arrow-circle-left'></span> Précédent</a><a href='greffons.html' "
        "class='btn btn-neutral float-right' title='Écrire un greffon' accesskey='n' "
        "rel='next'>Suivant <span class='fa fa-arrow-circle-right'></span></a></div><hr><div "
        "role='contentinfo'><p>© Copyright 2026, L’équipe Tisserin.</p></div>Compilé avec <a "
        "href='https://www.sphinx-doc.org/'>Sphinx</a> en utilisant un <a href='https://"
        "github.com/readthedocs/sphinx_rtd_theme'>thème</a> fourni par <a href='https://"
        "readthedocs.org'>Read the Docs</a>.</footer></div></div></section></div><div "
        "class='rst-versions' data-toggle='rst-versions' role='note' aria-label='Versions'>"
        "<span class='rst-current-version' data-toggle='rst-current-version'><span class='fa "
        "fa-book'> Read the Docs</span> v: latest <span class='fa fa-caret-down'></span>"
        "</span><div class='rst-other-versions'><dl><dt>Versions</dt><dd><a href='/fr/latest/'>"
        "latest</a></dd><dd><a href='/fr/2.3/'>2.3</a></dd></dl><dl><dt>Téléchargements</dt>"
        "<dd><a href='/pdf/'>pdf</a></dd></dl></div></div>" + script("theme"),
    ),
    (
        "Tisserin lit sa configuration dans un fichier",
        'nom = "atelier-lin"',
        'sortie = "_build/html"',
        "Les chemins relatifs sont lus depuis le dossier du fichier de configuration",
        "Variables d’environnement",
        "les variables peuvent aussi régler les greffons.",
        "Une variable vide efface la valeur du fichier",
    ),
    (
        "Edit on GitHub",
        "Précédent",
        "Compilé avec",
        "Rechercher docs",
        "Écrire un greffon",
        "Téléchargements",
        "1\n2\n3",
    ),
)
CODE["fr_sphinx_rtd_highlighttable_admonitions"] = ('sortie = "_build/html"', "[greffons]")

# --- German, an MkDocs Material page: content tabs of code (one shown), an admonition, a
# collapsible note, a code block with annotations, the tabs bar, both side bars (the
# navigation and "Inhaltsverzeichnis"), "Seite bearbeiten", the previous/next footer and the
# cookie consent form.
PROBES.add(
    "de_mkdocs_material_tabs_annotations_consent",
    "https://doku.example.de/pegelbox/einrichtung/netzwerk/",
    page(
        "de",
        "Netzwerk - Pegelbox",
        "<div class='md-consent' data-md-component='consent' id='__consent' hidden><div "
        "class='md-consent__overlay'></div><aside class='md-consent__inner'><form "
        "class='md-consent__form md-grid md-typeset' name='consent'><h4>Cookie-Einwilligung"
        "</h4><p>Wir verwenden Cookies, um die Wirksamkeit unserer Dokumentation zu messen."
        "</p><div class='md-consent__controls'><button class='md-button md-button--primary'>"
        "Akzeptieren</button><button class='md-button'>Ablehnen</button></div></form></aside>"
        "</div><header class='md-header' data-md-component='header'><nav class='md-header__"
        "inner md-grid'><a href='/' class='md-header__button md-logo'>Pegelbox</a><div "
        "class='md-header__title'><span class='md-ellipsis'>Netzwerk</span></div><div "
        "class='md-search' data-md-component='search'><input type='text' class='md-search__"
        "input' placeholder='Suche'></div><div class='md-header__source'><a href='https://code."
        "example.de/pegelbox' class='md-source'><div class='md-source__repository'>pegelbox/"
        "pegelbox<ul class='md-source__facts'><li class='md-source__fact md-source__fact--"
        "version'>v3.1.0</li><li class='md-source__fact md-source__fact--stars'>412</li></ul>"
        "</div></a></div></nav><nav class='md-tabs' data-md-component='tabs'><ul class='md-"
        "tabs__list'><li class='md-tabs__item'><a href='/'>Start</a></li><li class='md-tabs__"
        "item md-tabs__item--active'><a href='/einrichtung/'>Einrichtung</a></li><li class='md-"
        "tabs__item'><a href='/referenz/'>Referenz</a></li></ul></nav></header><div class='md-"
        "container'><main class='md-main'><div class='md-main__inner md-grid'><div class='md-"
        "sidebar md-sidebar--primary' data-md-component='sidebar' data-md-type='navigation'>"
        "<nav class='md-nav md-nav--primary'><ul class='md-nav__list'><li class='md-nav__item'>"
        "<a href='../sensoren/' class='md-nav__link'>Sensoren anschließen</a></li><li "
        "class='md-nav__item md-nav__item--active'><a href='./' class='md-nav__link md-nav__"
        "link--active'>Netzwerk</a></li><li class='md-nav__item'><a href='../updates/' "
        "class='md-nav__link'>Aktualisierungen</a></li></ul></nav></div><div class='md-"
        "sidebar md-sidebar--secondary' data-md-component='sidebar' data-md-type='toc'><nav "
        "class='md-nav md-nav--secondary' aria-label='Inhaltsverzeichnis'><label class='md-"
        "nav__title'>Inhaltsverzeichnis</label><ul class='md-nav__list'><li class='md-nav__"
        "item'><a href='#wlan' class='md-nav__link'>WLAN</a></li><li class='md-nav__item'><a "
        "href='#statische-adresse' class='md-nav__link'>Statische Adresse</a></li></ul></nav>"
        "</div><div class='md-content' data-md-component='content'><article class='md-"
        "content__inner md-typeset'><a href='https://code.example.de/pegelbox/edit/main/docs/"
        "einrichtung/netzwerk.md' title='Seite bearbeiten' class='md-content__button md-icon'>"
        "Seite bearbeiten</a><h1>Netzwerk</h1><p>Die Pegelbox sendet ihre Messwerte alle zehn "
        "Minuten an den Server. Ohne Netz puffert sie bis zu drei Tage Daten auf der "
        "Speicherkarte.</p><h2 id='wlan'>WLAN<a class='headerlink' href='#wlan' "
        "title='Permanent link'>¶</a></h2><p>Das WLAN wird über die Kommandozeile der Box "
        "eingerichtet:</p><div class='tabbed-set tabbed-alternate' data-tabs='1:2'><input "
        "checked id='__tabbed_1_1' name='__tabbed_1' type='radio'><input id='__tabbed_1_2' "
        "name='__tabbed_1' type='radio'><div class='tabbed-labels'><label for='__tabbed_1_1'>"
        "Linux</label><label for='__tabbed_1_2'>Windows</label></div><div class='tabbed-"
        "content'><div class='tabbed-block'><div class='language-bash highlight'><pre><span>"
        "</span><code><span class='go'>pegel wlan setzen --ssid Messnetz --schluessel-datei "
        "~/wlan.key</span></code></pre></div></div><div class='tabbed-block'><div "
        "class='language-powershell highlight'><pre><span></span><code><span class='go'>"
        "pegel.exe wlan setzen --ssid Messnetz --schluessel-datei C:\\pegel\\wlan.key</span>"
        "</code></pre></div></div></div></div><div class='admonition warning'><p "
        "class='admonition-title'>Achtung</p><p>Die Box unterstützt nur das 2,4-GHz-Band. "
        "Netze, die ausschließlich auf 5 GHz senden, werden nicht gefunden.</p></div><h2 "
        "id='statische-adresse'>Statische Adresse<a class='headerlink' href='#statische-"
        "adresse' title='Permanent link'>¶</a></h2><p>Für Messstellen ohne DHCP-Server wird "
        "die Adresse in der Datei <code>netz.yml</code> festgelegt:</p><div class='language-"
        "yaml highlight'><pre><span></span><code><span class='nt'>adresse</span><span "
        "class='p'>:</span> <span class='l'>192.168.40.17/24</span> <span class='c1'># (1)!"
        "</span>\n<span class='nt'>gateway</span><span class='p'>:</span> <span class='l'>"
        "192.168.40.1</span>\n</code></pre></div><ol><li>Die Adresse muss außerhalb des "
        "Bereichs liegen, den der Router selbst vergibt.</li></ol><details class='tip'><summary>"
        "Adresse vergessen?</summary><p>Halten Sie die Taste am Gehäuse zehn Sekunden lang "
        "gedrückt: Die Box kehrt dann zu DHCP zurück.</p></details><aside class='md-source-"
        "file'><span class='md-source-file__fact'>Letzte Aktualisierung: 14. März 2026</span>"
        "</aside></article></div></div></main><footer class='md-footer'><nav class='md-footer"
        "__inner md-grid' aria-label='Fußzeile'><a href='../sensoren/' class='md-footer__link "
        "md-footer__link--prev' aria-label='Zurück: Sensoren anschließen'><div class='md-"
        "footer__title'><span class='md-footer__direction'>Zurück</span><div class='md-"
        "ellipsis'>Sensoren anschließen</div></div></a><a href='../updates/' class='md-footer__"
        "link md-footer__link--next' aria-label='Weiter: Aktualisierungen'><div class='md-"
        "footer__title'><span class='md-footer__direction'>Weiter</span><div class='md-"
        "ellipsis'>Aktualisierungen</div></div></a></nav><div class='md-footer-meta md-"
        "typeset'><div class='md-copyright'><div class='md-copyright__highlight'>Copyright © "
        "2026 Pegelbox-Projekt</div>Made with <a href='https://squidfunk.github.io/mkdocs-"
        "material/'>Material for MkDocs</a></div></div></footer></div>" + script("bundle"),
    ),
    (
        "Die Pegelbox sendet ihre Messwerte alle zehn Minuten an den Server.",
        "pegel wlan setzen --ssid Messnetz --schluessel-datei ~/wlan.key",
        "pegel.exe wlan setzen --ssid Messnetz",
        "Die Box unterstützt nur das 2,4-GHz-Band.",
        "Statische Adresse",
        "adresse: 192.168.40.17/24",
        "gateway: 192.168.40.1",
        "Die Adresse muss außerhalb des Bereichs liegen",
        "Halten Sie die Taste am Gehäuse zehn Sekunden lang gedrückt",
    ),
    (
        "Cookie-Einwilligung",
        "Seite bearbeiten",
        "Inhaltsverzeichnis",
        "Sensoren anschließen",
        "Made with",
        "Letzte Aktualisierung",
        "pegelbox/pegelbox",
    ),
)
CODE["de_mkdocs_material_tabs_annotations_consent"] = (
    "pegel wlan setzen --ssid Messnetz --schluessel-datei ~/wlan.key",
    "gateway: 192.168.40.1",
)

# --- Korean, a Docusaurus page: a version banner, the breadcrumbs, code in tabs (one panel
# hidden), a titled code block with its copy button, a warning admonition, "이 페이지
# 편집", the last-updated line, the previous/next pager and the "on this page" list.
PROBES.add(
    "ko_docusaurus_code_tabs_admonition_versions",
    "https://docs.example.kr/next/guides/webhooks",
    page(
        "ko",
        "웹훅 받기 | 바람결 문서",
        "<div id='__docusaurus'><div role='region' aria-label='본문으로 건너뛰기'><a "
        "class='skipToContent_fXgn' href='#__docusaurus_skipToContent_fallback'>본문으로 "
        "건너뛰기</a></div><nav aria-label='Main' class='navbar navbar--fixed-top'><div "
        "class='navbar__inner'><div class='navbar__items'><a class='navbar__brand' href='/'>"
        "<b class='navbar__title text--truncate'>바람결</b></a><a class='navbar__item "
        "navbar__link' href='/docs/intro'>문서</a><a class='navbar__item navbar__link' "
        "href='/blog'>블로그</a><div class='navbar__item dropdown dropdown--hoverable'><a "
        "class='navbar__link' href='#'>Next</a><ul class='dropdown__menu'><li><a "
        "class='dropdown__link' href='/docs/guides/webhooks'>2.x</a></li></ul></div></div>"
        "</div></nav><div class='main-wrapper docsWrapper_hBAB'><div class='docRoot_UBD9'>"
        "<aside class='theme-doc-sidebar-container docSidebarContainer_YfHR'><nav "
        "aria-label='Docs sidebar' class='menu thin-scrollbar'><ul class='theme-doc-sidebar-"
        "menu menu__list'><li class='theme-doc-sidebar-item-link menu__list-item'><a "
        "class='menu__link' href='/next/guides/auth'>인증</a></li><li class='theme-doc-"
        "sidebar-item-link menu__list-item'><a class='menu__link menu__link--active' "
        "aria-current='page' href='/next/guides/webhooks'>웹훅 받기</a></li></ul></nav>"
        "</aside><main class='docMainContainer_TBSr'><div class='container padding-top--md'>"
        "<div class='row'><div class='col docItemCol_VOVn'><div class='theme-doc-version-"
        "banner alert alert--warning margin-bottom--md' role='alert'><div>이 문서는 아직 "
        "출시되지 않은 바람결 Next 버전의 문서입니다.</div><div class='margin-top--md'>최신 "
        "문서는 <b><a href='/docs/guides/webhooks'>최신 버전</a></b>(2.x)을 확인하세요.</div>"
        "</div><div class='docItemContainer_c0TR'><article><nav class='theme-doc-breadcrumbs "
        "breadcrumbsContainer_Z_bl' aria-label='Breadcrumbs'><ul class='breadcrumbs'><li "
        "class='breadcrumbs__item'><a class='breadcrumbs__link' href='/'>🏠</a></li><li "
        "class='breadcrumbs__item'><span class='breadcrumbs__link'>가이드</span></li></ul>"
        "</nav><span class='theme-doc-version-badge badge badge--secondary'>버전: Next</span>"
        "<div class='theme-doc-markdown markdown'><header><h1>웹훅 받기</h1></header><p>"
        "바람결은 결제가 끝나면 등록된 주소로 POST 요청을 보냅니다. 요청 본문은 JSON이며 "
        "서명 헤더가 함께 옵니다.</p><h2 class='anchor anchorWithStickyNavbar_LWe7' "
        "id='서명-확인'>서명 확인<a class='hash-link' href='#서명-확인' aria-label='서명 확인에 "
        "대한 직접 링크'>\u200b</a></h2><p>받은 요청은 처리하기 전에 반드시 서명을 확인해야 "
        "합니다.</p><div class='tabs-container tabList__CuJ'><ul role='tablist' "
        "aria-orientation='horizontal' class='tabs'><li role='tab' tabindex='0' "
        "aria-selected='true' class='tabs__item tabItem_LNqP tabs__item--active'>Node.js</li>"
        "<li role='tab' tabindex='-1' aria-selected='false' class='tabs__item tabItem_LNqP'>"
        "Python</li></ul><div class='margin-top--md'><div role='tabpanel' class='tabItem_Ymn6'>"
        "<div class='language-js codeBlockContainer_Ckt0 theme-code-block'><div "
        "class='codeBlockContent_biex'><pre tabindex='0' class='prism-code language-js "
        "codeBlock_bY9V thin-scrollbar'><code class='codeBlockLines_e6Vv'><span "
        "class='token-line'>const ok = baram.verify(body, req.headers['x-baram-signature']);"
        "</span>\n<span class='token-line'>if (!ok) return res.status(401).end();</span>"
        "</code></pre><div class='buttonGroup__atx'><button type='button' aria-label='코드를 "
        "클립보드에 복사' title='복사' class='clean-btn'><span class='copyButtonIcons_eSgA'>"
        "</span></button></div></div></div></div><div role='tabpanel' class='tabItem_Ymn6' "
        "hidden><div class='language-python codeBlockContainer_Ckt0 theme-code-block'><div "
        "class='codeBlockContent_biex'><pre tabindex='0' class='prism-code language-python "
        "codeBlock_bY9V thin-scrollbar'><code class='codeBlockLines_e6Vv'><span "
        "class='token-line'>ok = baram.verify(body, request.headers['X-Baram-Signature'])"
        "</span>\n<span class='token-line'>if not ok: abort(401)</span></code></pre></div>"
        "</div></div></div></div><div class='theme-admonition theme-admonition-warning "
        "alert alert--warning admonition_xJq3'><div class='admonitionHeading_Gvgb'><span "
        "class='admonitionIcon_Rf37'></span>주의</div><div class='admonitionContent_BuS1'><p>"
        "서명은 요청 본문의 원래 바이트로 계산됩니다. JSON을 다시 직렬화하면 확인에 "
        "실패합니다.</p></div></div><h2 class='anchor' id='재시도'>재시도<a class='hash-link' "
        "href='#재시도'>\u200b</a></h2><p>응답이 2xx가 아니면 바람결은 최대 다섯 번, 간격을 "
        "두 배씩 늘리며 다시 보냅니다.</p><div class='language-text codeBlockContainer_Ckt0 "
        "theme-code-block'><div class='codeBlockTitle_Ktv7'>재시도 간격</div><div "
        "class='codeBlockContent_biex'><pre class='prism-code language-text'><code><span "
        "class='token-line'>1분 → 2분 → 4분 → 8분 → 16분</span></code></pre></div></div>"
        "</div><footer class='theme-doc-footer docusaurus-mt-lg'><div class='theme-doc-footer-"
        "edit-meta-row row'><div class='col'><a href='https://code.example.kr/baram/docs/edit/"
        "main/guides/webhooks.md' target='_blank' class='theme-edit-this-page'>이 페이지 "
        "편집</a></div><div class='col lastUpdated_JAkA'><span class='theme-last-updated'>"
        "최종 수정: <b><time datetime='2026-03-02T09:12:00.000Z'>2026년 3월 2일</time></b> "
        "작성자: <b>윤하늘</b></span></div></div></footer></article><nav class='pagination-"
        "nav docusaurus-mt-lg' aria-label='문서 페이지'><a class='pagination-nav__link "
        "pagination-nav__link--prev' href='/next/guides/auth'><div class='pagination-nav__"
        "sublabel'>이전</div><div class='pagination-nav__label'>인증</div></a><a "
        "class='pagination-nav__link pagination-nav__link--next' href='/next/guides/refunds'>"
        "<div class='pagination-nav__sublabel'>다음</div><div class='pagination-nav__label'>"
        "환불 처리</div></a></nav></div></div><div class='col col--3'><div class='tableOfContents"
        "_bqdL thin-scrollbar theme-doc-toc-desktop'><ul class='table-of-contents table-of-"
        "contents__left-border'><li><a href='#서명-확인' class='table-of-contents__link toc-"
        "highlight'>서명 확인</a></li><li><a href='#재시도' class='table-of-contents__link "
        "toc-highlight'>재시도</a></li></ul></div></div></div></div></main></div></div>"
        "<footer class='footer footer--dark'><div class='footer__copyright'>Copyright © 2026 "
        "바람결. Built with Docusaurus.</div></footer></div>" + script("main"),
    ),
    (
        "바람결은 결제가 끝나면 등록된 주소로 POST 요청을 보냅니다.",
        "받은 요청은 처리하기 전에 반드시 서명을 확인해야 합니다.",
        "const ok = baram.verify(body, req.headers['x-baram-signature']);",
        "ok = baram.verify(body, request.headers['X-Baram-Signature'])",
        "서명은 요청 본문의 원래 바이트로 계산됩니다.",
        "응답이 2xx가 아니면 바람결은 최대 다섯 번",
        "1분 → 2분 → 4분 → 8분 → 16분",
    ),
    (
        "본문으로 건너뛰기",
        "출시되지 않은 바람결 Next 버전의 문서입니다",
        "이 페이지 편집",
        "최종 수정",
        "환불 처리",
        "Built with Docusaurus",
        "코드를 클립보드에 복사",
    ),
)
CODE["ko_docusaurus_code_tabs_admonition_versions"] = (
    "if (!ok) return res.status(401).end();",
    "if not ok: abort(401)",
)
ONCE["ko_docusaurus_code_tabs_admonition_versions"] = ("서명 확인",)

# --- English, a rustdoc page of a struct: the sidebar of items, the search bar, the item's
# declaration, its docs with examples and a "Panics" section, the methods, and the
# generated trait implementations (auto traits, blanket ones) after them.
PROBES.add(
    "en_rustdoc_struct_methods_blanket_impls",
    "https://docs.example.rs/tallow/0.9.2/tallow/struct.RingBuffer.html",
    page(
        "en",
        "RingBuffer in tallow - Rust",
        "<nav class='mobile-topbar'><button class='sidebar-menu-toggle' title='show "
        "sidebar'></button></nav><nav class='sidebar'><div class='sidebar-crate'><h2><a "
        "href='../tallow/index.html'>tallow</a><span class='version'>0.9.2</span></h2></div>"
        "<div class='sidebar-elems'><section id='rustdoc-toc'><h2 class='location'><a "
        "href='#'>RingBuffer</a></h2><h3><a href='#implementations'>Methods</a></h3><ul "
        "class='block method'><li><a href='#method.with_capacity'>with_capacity</a></li><li>"
        "<a href='#method.push'>push</a></li></ul><h3><a href='#trait-implementations'>Trait "
        "Implementations</a></h3><ul class='block trait-implementation'><li><a "
        "href='#impl-Debug-for-RingBuffer%3CT%3E'>Debug</a></li></ul><h3><a href='#synthetic-"
        "implementations'>Auto Trait Implementations</a></h3><ul class='block synthetic-"
        "implementation'><li><a href='#impl-Send-for-RingBuffer%3CT%3E'>Send</a></li></ul>"
        "</section><div id='rustdoc-modnav'><h2><a href='index.html'>In crate tallow</a></h2>"
        "<h3><a href='index.html#structs'>Structs</a></h3><ul class='block struct'><li><a "
        "href='struct.Drain.html'>Drain</a></li><li><a href='struct.RingBuffer.html'>"
        "RingBuffer</a></li></ul></div></div></nav><div class='sidebar-resizer'></div><main>"
        "<div class='width-limiter'><rustdoc-search></rustdoc-search><section id='main-"
        "content' class='content'><div class='main-heading'><div class='rustdoc-breadcrumbs'>"
        "<a href='index.html'>tallow</a></div><h1>Struct <span class='struct'>RingBuffer</span>"
        "<button id='copy-path' title='Copy item path to clipboard'>Copy item path</button>"
        "</h1><rustdoc-toolbar></rustdoc-toolbar><span class='sub-heading'><a class='src' "
        "href='../src/tallow/ring.rs.html#12-16'>Source</a></span></div><pre class='rust "
        "item-decl'><code>pub struct RingBuffer&lt;T&gt; { <span class='comment'>/* private "
        "fields */</span> }</code></pre><details class='toggle top-doc' open><summary "
        "class='hideme'><span>Expand description</span></summary><div class='docblock'><p>A "
        "fixed-size buffer that overwrites its oldest element once it is full.</p><p>Pushing "
        "never allocates after construction, which makes the buffer safe to use inside an "
        "audio callback.</p><h2 id='examples'><a class='doc-anchor' href='#examples'>§</a>"
        "Examples</h2><div class='example-wrap'><pre class='rust rust-example-rendered'><code>"
        "<span class='kw'>let </span><span class='kw-2'>mut </span>ring = RingBuffer::with_"
        "capacity(<span class='number'>3</span>);\nring.push(<span class='number'>1</span>);"
        "\nring.push(<span class='number'>2</span>);\n<span class='macro'>assert_eq!</span>"
        "(ring.len(), <span class='number'>2</span>);</code></pre></div></div></details><h2 "
        "id='implementations' class='section-header'>Implementations<a href='#implementations' "
        "class='anchor'>§</a></h2><div id='implementations-list'><details class='toggle "
        "implementors-toggle' open><summary><section id='impl-RingBuffer%3CT%3E' class='impl'>"
        "<a class='src rightside' href='../src/tallow/ring.rs.html#18-74'>Source</a><h3 "
        "class='code-header'>impl&lt;T&gt; RingBuffer&lt;T&gt;</h3></section></summary><div "
        "class='impl-items'><details class='toggle method-toggle' open><summary><section "
        "id='method.with_capacity' class='method'><a class='src rightside' href='../src/"
        "tallow/ring.rs.html#24'>Source</a><h4 class='code-header'>pub fn <a href='#method."
        "with_capacity' class='fn'>with_capacity</a>(capacity: usize) -&gt; Self</h4>"
        "</section></summary><div class='docblock'><p>Creates an empty buffer holding at most "
        "<code>capacity</code> elements.</p><h5 id='panics'><a class='doc-anchor' "
        "href='#panics'>§</a>Panics</h5><p>Panics if <code>capacity</code> is zero.</p></div>"
        "</details><details class='toggle method-toggle' open><summary><section "
        "id='method.push' class='method'><a class='src rightside' href='../src/tallow/ring.rs."
        "html#40'>Source</a><h4 class='code-header'>pub fn <a href='#method.push' "
        "class='fn'>push</a>(&amp;mut self, value: T) -&gt; Option&lt;T&gt;</h4></section>"
        "</summary><div class='docblock'><p>Appends <code>value</code> and returns the element "
        "it pushed out, if the buffer was full.</p></div></details></div></details></div><h2 "
        "id='trait-implementations' class='section-header'>Trait Implementations<a "
        "href='#trait-implementations' class='anchor'>§</a></h2><div id='trait-"
        "implementations-list'><details class='toggle implementors-toggle' open><summary>"
        "<section id='impl-Debug-for-RingBuffer%3CT%3E' class='impl'><a class='src rightside' "
        "href='../src/tallow/ring.rs.html#76'>Source</a><h3 class='code-header'>impl&lt;T: "
        "Debug&gt; Debug for RingBuffer&lt;T&gt;</h3></section></summary><div class='impl-"
        "items'><details class='toggle method-toggle' open><summary><section id='method.fmt' "
        "class='method trait-impl'><h4 class='code-header'>fn fmt(&amp;self, f: &amp;mut "
        "Formatter&lt;'_&gt;) -&gt; Result</h4></section></summary><div class='docblock'>"
        "Formats the value using the given formatter. <a href='https://doc.rust-lang.org/"
        "core/fmt/trait.Debug.html#tymethod.fmt'>Read more</a></div></details></div></details>"
        "</div><h2 id='synthetic-implementations' class='section-header'>Auto Trait "
        "Implementations<a href='#synthetic-implementations' class='anchor'>§</a></h2><div "
        "id='synthetic-implementations-list'><section id='impl-Send-for-RingBuffer%3CT%3E' "
        "class='impl'><h3 class='code-header'>impl&lt;T&gt; Send for RingBuffer&lt;T&gt; "
        "<div class='where'>where T: Send,</div></h3></section><section id='impl-Unpin-for-"
        "RingBuffer%3CT%3E' class='impl'><h3 class='code-header'>impl&lt;T&gt; Unpin for "
        "RingBuffer&lt;T&gt;</h3></section></div><h2 id='blanket-implementations' "
        "class='section-header'>Blanket Implementations<a href='#blanket-implementations' "
        "class='anchor'>§</a></h2><div id='blanket-implementations-list'><details "
        "class='toggle implementors-toggle'><summary><section id='impl-Any-for-T' "
        "class='impl'><h3 class='code-header'>impl&lt;T&gt; Any for T <div class='where'>"
        "where T: 'static + ?Sized,</div></h3></section></summary><div class='impl-items'>"
        "<details class='toggle method-toggle'><summary><section id='method.type_id' "
        "class='method trait-impl'><h4 class='code-header'>fn type_id(&amp;self) -&gt; TypeId"
        "</h4></section></summary><div class='docblock'>Gets the TypeId of self. <a "
        "href='https://doc.rust-lang.org/core/any/trait.Any.html#tymethod.type_id'>Read more"
        "</a></div></details></div></details><details class='toggle implementors-toggle'>"
        "<summary><section id='impl-Borrow%3CT%3E-for-T' class='impl'><h3 class='code-"
        "header'>impl&lt;T&gt; Borrow&lt;T&gt; for T <div class='where'>where T: ?Sized,"
        "</div></h3></section></summary><div class='impl-items'><details class='toggle "
        "method-toggle'><summary><section id='method.borrow' class='method trait-impl'><h4 "
        "class='code-header'>fn borrow(&amp;self) -&gt; &amp;T</h4></section></summary><div "
        "class='docblock'>Immutably borrows from an owned value. <a href='https://doc.rust-"
        "lang.org/core/borrow/trait.Borrow.html#tymethod.borrow'>Read more</a></div></details>"
        "</div></details></div></section></div></main>" + script("storage"),
    ),
    (
        "A fixed-size buffer that overwrites its oldest element once it is full.",
        "Pushing never allocates after construction",
        "let mut ring = RingBuffer::with_capacity(3);",
        "assert_eq!(ring.len(), 2);",
        "Creates an empty buffer holding at most capacity elements.",
        "Panics if capacity is zero.",
        "Appends value and returns the element it pushed out, if the buffer was full.",
    ),
    (
        "Copy item path",
        "Expand description",
        "In crate tallow",
        "Immutably borrows from an owned value.",
        "Gets the TypeId of self.",
    ),
)
CODE["en_rustdoc_struct_methods_blanket_impls"] = ("assert_eq!(ring.len(), 2);",)

# --- Japanese, a Javadoc class page (a Japanese locale's labels): the skip link and the
# navigation bar, the class's description with a code sample, the method summary table,
# the methods inherited from Object, each method's detail, the footer.
PROBES.add(
    "ja_javadoc_class_method_summary",
    "https://api.example.jp/kumo-core/3.2/jp/example/kumo/TileCache.html",
    page(
        "ja",
        "TileCache (kumo-core 3.2 API)",
        "<div class='flex-box'><header role='banner' class='flex-header'><nav role='navigation'>"
        "<div class='top-nav' id='navbar-top'><div class='skip-nav'><a href='#skip-navbar-top' "
        "title='ナビゲーション・リンクをスキップ'>ナビゲーション・リンクをスキップ</a></div><ul "
        "id='navbar-top-firstrow' class='nav-list' title='ナビゲーション'><li><a "
        "href='../../../index.html'>概要</a></li><li><a href='package-summary.html'>パッケージ"
        "</a></li><li class='nav-bar-cell1-rev'>クラス</li><li><a href='class-use/TileCache."
        "html'>使用</a></li><li><a href='package-tree.html'>階層ツリー</a></li><li><a "
        "href='../../../deprecated-list.html'>非推奨</a></li><li><a href='../../../index-all."
        "html'>索引</a></li><li><a href='../../../help-doc.html#class'>ヘルプ</a></li></ul>"
        "</div><div class='sub-nav'><div><ul class='sub-nav-list'><li>概要:&nbsp;</li><li>"
        "ネスト&nbsp;|&nbsp;</li><li>フィールド&nbsp;|&nbsp;</li><li><a href='#constructor-"
        "summary'>コンストラクタ</a>&nbsp;|&nbsp;</li><li><a href='#method-summary'>メソッド"
        "</a></li></ul></div><div class='nav-list-search'><label for='search-input'>SEARCH:"
        "</label><input type='text' id='search-input' value='search'></div></div></nav>"
        "</header><div class='flex-content'><main role='main'><div class='header'><div "
        "class='sub-title'><span class='package-label-in-type'>パッケージ</span>&nbsp;<a "
        "href='package-summary.html'>jp.example.kumo</a></div><h1 title='クラスTileCache' "
        "class='title'>クラスTileCache</h1></div><div class='inheritance' title='継承ツリー'>"
        "java.lang.Object<div class='inheritance'>jp.example.kumo.TileCache</div></div>"
        "<section class='class-description' id='class-description'><dl class='notes'><dt>"
        "すべての実装されたインタフェース:</dt><dd><code>AutoCloseable</code></dd></dl><hr>"
        "<div class='type-signature'><span class='modifiers'>public final class </span><span "
        "class='element-name type-name-label'>TileCache</span><span class='extends-"
        "implements'>extends Object implements AutoCloseable</span></div><div class='block'>"
        "地図タイルをメモリとディスクの二段で保持するキャッシュです。メモリがいっぱいになると、"
        "最も長く使われていないタイルからディスクへ移されます。<p>次の例は、上限を256枚にして"
        "キャッシュを作ります。</p><pre>try (TileCache cache = TileCache.open(dir, 256)) {\n"
        "    Tile t = cache.get(14, 14552, 6451);\n}</pre></div><dl class='notes'><dt>導入"
        "されたバージョン:</dt><dd>2.0</dd></dl></section><section class='summary'><ul "
        "class='summary-list'><li><section class='method-summary' id='method-summary'><h2>"
        "メソッドのサマリー</h2><div id='method-summary-table'><div class='table-tabs' "
        "role='tablist' aria-orientation='horizontal'><button id='method-summary-table-tab0' "
        "role='tab' aria-selected='true' class='active-table-tab'>すべてのメソッド</button>"
        "<button id='method-summary-table-tab2' role='tab' aria-selected='false' "
        "class='table-tab'>インスタンス・メソッド</button></div><div class='summary-table "
        "three-column-summary'><div class='table-header col-first'>修飾子とタイプ</div><div "
        "class='table-header col-second'>メソッド</div><div class='table-header col-last'>"
        "説明</div><div class='col-first even-row-color'><code>Tile</code></div><div "
        "class='col-second even-row-color'><code><a href='#get(int,int,int)' class='member-"
        "name-link'>get</a>(int&nbsp;zoom, int&nbsp;x, int&nbsp;y)</code></div><div "
        "class='col-last even-row-color'><div class='block'>指定したタイルを返し、なければ"
        "読み込みます。</div></div><div class='col-first odd-row-color'><code>void</code>"
        "</div><div class='col-second odd-row-color'><code><a href='#evict(int)' "
        "class='member-name-link'>evict</a>(int&nbsp;zoom)</code></div><div class='col-last "
        "odd-row-color'><div class='block'>指定したズームのタイルをすべて捨てます。</div></div>"
        "</div></div><div class='inherited-list'><h3 id='methods-inherited-from-class-java."
        "lang.Object'>クラス<a href='https://docs.oracle.com/javase/17/docs/api/java.base/java/"
        "lang/Object.html'>Object</a>で宣言されたメソッド</h3><code>clone, equals, finalize, "
        "getClass, hashCode, notify, notifyAll, toString, wait, wait, wait</code></div>"
        "</section></li></ul></section><section class='details'><ul class='details-list'><li>"
        "<section class='method-details' id='method-detail'><h2>メソッドの詳細</h2><ul "
        "class='member-list'><li><section class='detail' id='get(int,int,int)'><h3>get</h3>"
        "<div class='member-signature'><span class='modifiers'>public</span>&nbsp;<span "
        "class='return-type'>Tile</span>&nbsp;<span class='element-name'>get</span><wbr><span "
        "class='parameters'>(int&nbsp;zoom, int&nbsp;x, int&nbsp;y)</span></div><div "
        "class='block'>指定したタイルを返し、なければ読み込みます。ディスクにもない場合は"
        "タイル・サーバーから取得し、両方の段に保存します。</div><dl class='notes'><dt>"
        "パラメータ:</dt><dd><code>zoom</code> - ズーム・レベル(0から20)</dd><dt>戻り値:</dt>"
        "<dd>読み込まれたタイル</dd><dt>例外:</dt><dd><code>IllegalArgumentException</code> - "
        "ズーム・レベルが範囲外の場合</dd></dl></section></li></ul></section></li></ul>"
        "</section></main><footer role='contentinfo'><hr><p class='legal-copy'><small>"
        "Copyright © 2026 Kumo Project. All rights reserved.</small></p></footer></div></div>",
    ),
    (
        "地図タイルをメモリとディスクの二段で保持するキャッシュです。",
        "次の例は、上限を256枚にしてキャッシュを作ります。",
        "Tile t = cache.get(14, 14552, 6451);",
        "指定したズームのタイルをすべて捨てます。",
        "ディスクにもない場合はタイル・サーバーから取得し、両方の段に保存します。",
        "ズーム・レベル(0から20)",
        "ズーム・レベルが範囲外の場合",
    ),
    (
        "ナビゲーション・リンクをスキップ",
        "階層ツリー",
        "getClass, hashCode, notify",
        "Copyright © 2026 Kumo Project",
        "SEARCH:",
    ),
)
CODE["ja_javadoc_class_method_summary"] = ("Tile t = cache.get(14, 14552, 6451);",)

# --- Portuguese, a GitBook (HonKit) chapter: the book's summary, the header with the book's
# title, the chapter (a list of steps, a code block, a hint box), the page arrows and the
# "Publicado com GitBook" line.
PROBES.add(
    "pt_gitbook_honkit_chapter_hint",
    "https://apostila.example.com.br/capitulo-3/lacos.html",
    page(
        "pt-BR",
        "Laços de repetição · Apostila de Lua",
        "<div class='book'><div class='book-summary'><div id='book-search-input' "
        "role='search'><input type='text' placeholder='Digite para pesquisar'></div><nav "
        "role='navigation'><ul class='summary'><li class='chapter' data-level='1.1'><a "
        "href='../'>Introdução</a></li><li class='chapter' data-level='1.3'><a href='../"
        "capitulo-2/'>Variáveis e tipos</a></li><li class='chapter active' data-level='1.4'>"
        "<a href='lacos.html'>Laços de repetição</a></li><li class='divider'></li><li><a "
        "href='https://www.gitbook.com' target='blank' class='gitbook-link'>Publicado com "
        "GitBook</a></li></ul></nav></div><div class='book-body'><div class='body-inner'><div "
        "class='book-header' role='navigation'><a class='btn pull-left js-toolbar-action' "
        "aria-label='' href='#'><i class='fa fa-align-justify'></i></a><h1><i class='fa "
        "fa-circle-o-notch fa-spin'></i><a href='..'>Laços de repetição</a></h1></div><div "
        "class='page-wrapper' tabindex='-1' role='main'><div class='page-inner'><div "
        "id='book-search-results'><div class='search-noresults'><section class='normal "
        "markdown-section'><h1 id='laços-de-repetição'>Laços de repetição</h1><p>Em Lua há "
        "três formas de repetir um bloco: <code>while</code>, <code>repeat</code> e "
        "<code>for</code>. Este capítulo mostra quando usar cada uma.</p><h2 id='o-for-"
        "numérico'>O for numérico</h2><ol><li>Escolha o valor inicial e o final.</li><li>Se "
        "precisar, informe o passo como terceiro número.</li><li>Escreva o corpo entre "
        "<code>do</code> e <code>end</code>.</li></ol><pre><code class='lang-lua'>for i = 10, "
        "1, -3 do\n  print(i)\nend\n</code></pre><p>O exemplo imprime 10, 7, 4 e 1.</p><div "
        "class='hint hint-warning'><p><strong>Atenção:</strong> alterar a variável "
        "<code>i</code> dentro do laço não muda o número de voltas.</p></div><h2 id='exercício'>"
        "Exercício</h2><p>Escreva um laço que some os números pares de 2 a 100.</p></section>"
        "</div><div class='search-results'><div class='has-results'><h1 class='search-results-"
        "title'><span class='search-results-count'></span> resultados correspondentes</h1>"
        "</div><div class='no-results'><h1 class='search-results-title'>Nenhum resultado para "
        "<span class='search-query'></span></h1></div></div></div></div></div></div><a "
        "href='../capitulo-2/' class='navigation navigation-prev' aria-label='Previous page: "
        "Variáveis e tipos'><i class='fa fa-angle-left'></i></a><a href='tabelas.html' "
        "class='navigation navigation-next' aria-label='Next page: Tabelas'><i class='fa "
        "fa-angle-right'></i></a></div></div>" + script("gitbook"),
    ),
    (
        "Em Lua há três formas de repetir um bloco",
        "Escolha o valor inicial e o final.",
        "Escreva o corpo entre do e end.",
        "for i = 10, 1, -3 do",
        "O exemplo imprime 10, 7, 4 e 1.",
        "alterar a variável i dentro do laço não muda o número de voltas.",
        "Escreva um laço que some os números pares de 2 a 100.",
    ),
    (
        "Digite para pesquisar",
        "Variáveis e tipos",
        "Publicado com GitBook",
        "resultados correspondentes",
        "Nenhum resultado para",
    ),
)
CODE["pt_gitbook_honkit_chapter_hint"] = ("for i = 10, 1, -3 do",)

# --- Spanish, a ReadMe.io API reference page: the endpoint, its description, the query
# parameters as rows of name, type and description, the response codes; the "Try It!"
# console, the language picker, "¿Te ayudó esta página?" and the updated line around it.
PROBES.add(
    "es_readme_api_reference_params",
    "https://desarrolladores.example.mx/reference/listar-envios",
    page(
        "es",
        "Listar envíos",
        "<div id='ssr-main'><header class='rm-Header'><div class='rm-Header-top'><a "
        "class='rm-Logo' href='/'>Paquetería Nopal</a><div class='rm-Header-bottom'><a "
        "class='Button rm-Header-link' href='/docs'>Guías</a><a class='Button rm-Header-link "
        "active' href='/reference'>Referencia de la API</a><a class='Button rm-Header-link' "
        "href='/changelog'>Novedades</a><button class='rm-SearchToggle'>Buscar</button></div>"
        "</div></header><div class='rm-Container rm-Container_flex'><nav class='rm-Sidebar "
        "hub-sidebar reference-redesign' id='reference-sidebar'><section class='Sidebar-"
        "listWrapper'><h2 class='Sidebar-headingTRQyOa3pk0gh'>Envíos</h2><ul class='Sidebar-"
        "list'><li class='Sidebar-item'><a class='Sidebar-link active' href='/reference/"
        "listar-envios'><span class='Sidebar-link-text'>Listar envíos</span><span "
        "class='rm-APIMethod APIMethod_get'>get</span></a></li><li class='Sidebar-item'><a "
        "class='Sidebar-link' href='/reference/crear-envio'><span>Crear un envío</span><span "
        "class='rm-APIMethod APIMethod_post'>post</span></a></li></ul></section></nav><main "
        "class='rm-Article' id='content'><header id='content-head'><h1 class='heading-"
        "title'>Listar envíos</h1><div class='rm-APIHeader'><span class='rm-APIMethod "
        "APIMethod_get'>get</span><span class='rm-APIUrl'>https://api.example.mx/v2/envios"
        "</span></div></header><div class='markdown-body rm-Markdown'><p>Devuelve los envíos "
        "de la cuenta, del más reciente al más antiguo, en páginas de hasta cien "
        "elementos.</p><blockquote class='callout callout_info' theme='📘'><h3 "
        "class='callout-heading'>Paginación</h3><p>Use el valor <code>siguiente</code> de la "
        "respuesta como <code>cursor</code> de la próxima petición.</p></blockquote></div>"
        "<section class='rm-ParamsSection'><div class='APISectionHeader'><h2 "
        "class='APISectionHeader-heading'>Parámetros de consulta</h2></div><table "
        "class='rm-ParamsTable'><thead><tr><th>Nombre</th><th>Tipo</th><th>Descripción</th>"
        "</tr></thead><tbody><tr><td><code>limite</code></td><td>integer</td><td>Cuántos "
        "envíos devolver, de 1 a 100. Por defecto 20.</td></tr><tr><td><code>cursor</code>"
        "</td><td>string</td><td>El cursor de la página que se quiere leer.</td></tr><tr><td>"
        "<code>estado</code></td><td>string</td><td>Filtra por estado: en_camino, entregado "
        "o devuelto.</td></tr></tbody></table></section><section class='rm-Responses'><h2 "
        "class='APISectionHeader-heading'>Respuestas</h2><div class='rm-APIResponseSchema'>"
        "<div><span class='APIResponse-status'>200</span> Lista de envíos</div><div><span "
        "class='APIResponse-status'>401</span> La clave de la API falta o no es válida</div>"
        "</div></section><div class='rm-UpdatedAt'>Actualizado hace 3 meses</div><hr><nav "
        "class='rm-Pagination'><a class='rm-Pagination-prev' href='/reference/autenticacion'>"
        "<span class='rm-Pagination-label'>Autenticación</span></a><a class='rm-Pagination-"
        "next' href='/reference/crear-envio'><span class='rm-Pagination-label'>Crear un "
        "envío</span></a></nav><div class='rm-PageVoting'><p>¿Te ayudó esta página?</p>"
        "<button>Sí</button><button>No</button></div></main><aside class='rm-Playground'><div "
        "class='rm-LanguagePicker'><h3>LENGUAJE</h3><button>Shell</button><button>Node</button>"
        "<button>Python</button></div><div class='rm-Credentials'><h3>CREDENCIALES</h3><span>"
        "Bearer</span><input placeholder='token'></div><div class='rm-APIRequestExample'><div "
        "class='CodeSnippet'><pre><code>curl --request GET \\\n     --url 'https://api.example."
        "mx/v2/envios?limite=20' \\\n     --header 'accept: application/json'</code></pre>"
        "</div><button class='rm-TryIt'>Try It!</button></div><div class='rm-"
        "APIResponseExample'><h3>RESPUESTA</h3><p>Haga clic en <code>Try It!</code> para "
        "iniciar una petición y ver la respuesta aquí.</p></div></aside></div></div>"
        + script("readme"),
    ),
    (
        "Devuelve los envíos de la cuenta, del más reciente al más antiguo",
        "Use el valor siguiente de la respuesta como cursor de la próxima petición.",
        "Parámetros de consulta",
        "Cuántos envíos devolver, de 1 a 100. Por defecto 20.",
        "Filtra por estado: en_camino, entregado o devuelto.",
        "La clave de la API falta o no es válida",
    ),
    (
        "Actualizado hace 3 meses",
        "¿Te ayudó esta página?",
        "CREDENCIALES",
        "para iniciar una petición y ver la respuesta aquí",
        "Novedades",
    ),
)
ROWS["es_readme_api_reference_params"] = (
    ("limite", "integer", "Cuántos envíos devolver, de 1 a 100. Por defecto 20."),
    ("Nombre", "Tipo", "Descripción"),
)

# --- Dutch, a Confluence page: the space's side bar, the breadcrumbs, the page's byline
# ("Gemaakt door … laatst gewijzigd op …"), an info macro, a table, a code macro, then "Vind
# ik leuk", "Geen labels" and the comment box.
PROBES.add(
    "nl_confluence_runbook_info_macro_table",
    "https://wiki.example.nl/display/OPS/Database+failover",
    page(
        "nl",
        "Database failover - Beheer - Confluence",
        "<div id='page'><header id='header' role='banner'><nav class='aui-header'><a "
        "id='logo' href='/'>Confluence</a><ul class='aui-nav'><li><a href='/spaces'>Ruimtes"
        "</a></li><li><a href='/people'>Personen</a></li><li><a class='aui-button "
        "create-dialog-button' href='#'>Aanmaken</a></li></ul></nav></header><div "
        "class='ia-splitter'><div class='ia-splitter-left'><div class='acs-side-bar'><div "
        "class='acs-side-bar-space-info'><span class='space-name'>Beheer</span></div><div "
        "class='acs-nav-sections'><a href='/pages'>Pagina's</a><a href='/blog'>Blog</a></div>"
        "<div class='acs-side-bar-page-tree'><ul><li><a href='/display/OPS/Back-ups'>Back-ups"
        "</a></li><li><a href='/display/OPS/Database+failover'>Database failover</a></li></ul>"
        "</div><a class='acs-side-bar-footer' href='#'>Ruimte-instellingen</a></div></div><div "
        "id='main' class='aui-page-panel'><div id='main-header'><div id='navigation' "
        "class='content-navigation view'><ul class='ajs-menu-bar'><li><a id='editPageLink' "
        "href='/pages/editpage.action?pageId=88213'>Bewerken</a></li><li><a "
        "id='shareContentLink' href='#'>Delen</a></li><li><a id='watch-content-button' "
        "href='#'>Volgen</a></li></ul></div><div id='breadcrumb-section'><ol "
        "id='breadcrumbs'><li><a href='/display/OPS'>Beheer</a></li><li><a "
        "href='/display/OPS/Runbooks'>Runbooks</a></li></ol></div><h1 id='title-heading' "
        "class='pagetitle'><span id='title-text'><a href='/display/OPS/Database+failover'>"
        "Database failover</a></span></h1></div><div id='content' class='page view'><div "
        "class='page-metadata'><ul><li class='page-metadata-modification-info'>Gemaakt door "
        "<a class='url fn' href='/display/~jvdberg'>Joost van den Berg</a>, laatst gewijzigd "
        "door <a class='url fn' href='/display/~efokkema'>Eelke Fokkema</a> op <a "
        "class='last-modified' href='#'>12 feb 2026</a></li></ul></div><div id='main-content' "
        "class='wiki-content'><div class='confluence-information-macro confluence-"
        "information-macro-information'><span class='aui-icon aui-icon-small aui-iconfont-"
        "info confluence-information-macro-icon'></span><div class='confluence-information-"
        "macro-body'><p>Voer deze stappen alleen uit als de primaire database langer dan vijf "
        "minuten onbereikbaar is.</p></div></div><h2 id='Databasefailover-Stappen'>Stappen"
        "</h2><ol><li>Zet de applicatie in onderhoudsstand.</li><li>Promoveer de replica in "
        "het tweede datacenter.</li><li>Pas het DNS-record aan en wacht tot de TTL verlopen "
        "is.</li></ol><div class='code panel pdl conf-macro output-block'><div "
        "class='codeContent panelContent pdl'><pre class='syntaxhighlighter-pre' "
        "data-syntaxhighlighter-params='brush: bash; gutter: false'>pg_ctl promote -D "
        "/var/lib/pg/replica</pre></div></div><h2 id='Databasefailover-Contactpersonen'>"
        "Contactpersonen</h2><div class='table-wrap'><table class='confluenceTable'><tbody>"
        "<tr><th class='confluenceTh'>Rol</th><th class='confluenceTh'>Naam</th><th "
        "class='confluenceTh'>Bereikbaar</th></tr><tr><td class='confluenceTd'>DBA van dienst"
        "</td><td class='confluenceTd'>Eelke Fokkema</td><td class='confluenceTd'>24/7 via "
        "pieper</td></tr><tr><td class='confluenceTd'>Netwerk</td><td class='confluenceTd'>"
        "Sanne Wiersma</td><td class='confluenceTd'>werkdagen 8–18</td></tr></tbody></table>"
        "</div></div><div id='likes-and-labels-container'><div id='likes-section'><a "
        "href='#' class='like-button'>Vind ik leuk</a><span class='like-summary'>Wees de "
        "eerste die dit leuk vindt</span></div><div id='labels-section' class='pageSection "
        "group'><div class='labels-section-content'><span class='labels-heading'>Geen labels"
        "</span></div></div></div><div id='comments-section' class='pageSection group'><div "
        "class='quick-comment-container'><div class='quick-comment-prompt'><span>Schrijf een "
        "opmerking...</span></div></div></div></div></div></div><div id='footer' "
        "role='contentinfo'><section class='footer-body'><ul id='poweredby'><li "
        "class='noprint'>Mogelijk gemaakt door Atlassian Confluence 8.5.4</li><li "
        "class='print-only'>Gedrukt door Atlassian Confluence 8.5.4</li></ul><ul><li><a "
        "href='#'>Een bug melden</a></li><li><a href='#'>Atlassian-nieuws</a></li></ul>"
        "</section></div></div>",
    ),
    (
        "Voer deze stappen alleen uit als de primaire database langer dan vijf minuten "
        "onbereikbaar is.",
        "Zet de applicatie in onderhoudsstand.",
        "Pas het DNS-record aan en wacht tot de TTL verlopen is.",
        "pg_ctl promote -D /var/lib/pg/replica",
        "Contactpersonen",
        "24/7 via pieper",
        "werkdagen 8–18",
    ),
    (
        "Ruimte-instellingen",
        "Gemaakt door",
        "Wees de eerste die dit leuk vindt",
        "Geen labels",
        "Schrijf een opmerking",
        "Mogelijk gemaakt door Atlassian Confluence",
        "Een bug melden",
    ),
)
CODE["nl_confluence_runbook_info_macro_table"] = ("pg_ctl promote -D /var/lib/pg/replica",)
ROWS["nl_confluence_runbook_info_macro_table"] = (
    ("DBA van dienst", "Eelke Fokkema", "24/7 via pieper"),
)
