"""A blind probe of technical and reference pages (round 56): pages written without reading
the extractor, each in the markup its generator writes, with that generator's furniture
around the text (sidebars and navigation trees, "edit this page" and "last updated" lines,
version pickers, "on this page" tables of contents, previous/next links, cookie banners,
copy buttons, footers, scripts). The kinds ``reference_and_docs`` lacks: code with line
numbers set as a table (Pygments' ``highlighttable``, SyntaxHighlighter's gutter, a code
host's ``blob-num`` / ``blob-code`` cells in a file view and an embedded gist) or as an
``<ol>`` of lines, code in tabs, a Jupyter notebook's export (In/Out prompts, an output
table), Sphinx (Read the Docs and Furo themes), MkDocs Material, Docusaurus, Docsy, Just the
Docs, rustdoc, Javadoc, Doxygen, pkgdown, a Go package's page, GitBook, ReadMe.io,
Confluence, DokuWiki and a GitLab wiki, admonitions, a man page as mandoc's HTML, math as
KaTeX and MediaWiki's markup (their hidden MathML and TeX copies must not show), an API's
parameter table, a CLI transcript, a diagram's source, a Stack-Exchange-like answer with
code, a tutorial site's example boxes, a reference page with its compatibility table and
a component's data sheet. Languages and scripts the other files lack (Irish, Esperanto,
Asturian, Luxembourgish, Turkmen, Tatar, Bosnian, Uyghur, Scottish Gaelic, Faroese,
Malagasy, Kinyarwanda) beside others. Every name, place, project and sentence is invented.
"""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# Code lines each probe's ``body_blocks`` must hold in a ``PREFORMATTED`` block (code kept
# as code), and table rows (cells in order) that must be a ``TABLE_ROW``'s cells.
CODE: dict[str, tuple[str, ...]] = {}
ROWS: dict[str, tuple[tuple[str, ...], ...]] = {}
# Lines the body must hold exactly once (a formula with its hidden copy, a tab's code).
ONCE: dict[str, tuple[str, ...]] = {}


def _script(name: str) -> str:
    return (
        f"<script src='/assets/{name}.js'></script><script>window.dataLayer=window.dataLayer"
        "||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>"
    )


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
        "<dd><a href='/pdf/'>pdf</a></dd></dl></div></div>" + _script("theme"),
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
        "material/'>Material for MkDocs</a></div></div></footer></div>" + _script("bundle"),
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
        "바람결. Built with Docusaurus.</div></footer></div>" + _script("main"),
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
        "</div></details></div></section></div></main>" + _script("storage"),
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
        "fa-angle-right'></i></a></div></div>" + _script("gitbook"),
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
        + _script("readme"),
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


def _blob_rows(file_id: str, lines: tuple[str, ...]) -> str:
    """A code host's file view: one row a line, the number drawn from an attribute."""
    return "".join(
        f"<tr><td id='{file_id}L{number}' class='blob-num js-line-number js-code-nav-line-"
        f"number' data-line-number='{number}'></td><td id='{file_id}LC{number}' class='blob-"
        f"code blob-code-inner js-file-line'>{line}</td></tr>"
        for number, line in enumerate(lines, 1)
    )


_GA_LINES = (
    "<span class='pl-c'># Aistrigh dátaí ó fhormáid CSV go JSON.</span>",
    "<span class='pl-k'>import</span> csv",
    "<span class='pl-k'>import</span> json",
    "",
    "<span class='pl-k'>def</span> <span class='pl-en'>aistrigh</span>(conair):",
    '    <span class=\'pl-s\'>"""Léigh an comhad agus tabhair liosta foclóirí ar ais."""</span>',
    "    <span class='pl-k'>with</span> open(conair, encoding=<span class='pl-s'>"
    "'utf-8'</span>) <span class='pl-k'>as</span> comhad:",
    "        <span class='pl-k'>return</span> list(csv.DictReader(comhad))",
)

# --- Irish, a code host's file view: the repository's header and tabs, the branch picker,
# the last commit's line, "Raw", "Blame" and the copy buttons, the file's lines as rows of a
# number cell (drawn from an attribute) and a code cell, the footer.
PROBES.add(
    "ga_code_host_blob_view_rows",
    "https://cod.example.ie/caoimhe/aistritheoir/blob/main/aistrigh.py",
    page(
        "ga",
        "aistritheoir/aistrigh.py ag main · caoimhe/aistritheoir",
        "<div class='js-header-wrapper'><header class='AppHeader'><a href='/' "
        "aria-label='Baile'>cód</a><nav aria-label='Stór'><a href='/caoimhe'>caoimhe</a> / <a "
        "href='/caoimhe/aistritheoir'>aistritheoir</a></nav><nav class='UnderlineNav' "
        "aria-label='Repository'><a href='/caoimhe/aistritheoir' aria-current='page'>Cód</a>"
        "<a href='/caoimhe/aistritheoir/issues'>Saincheisteanna 4</a><a href='/caoimhe/"
        "aistritheoir/pulls'>Iarratais tarraingthe 1</a></nav></header></div><main><div "
        "class='react-repos-tree-pane'><h2>Comhaid</h2><ul><li><a href='/caoimhe/aistritheoir/"
        "blob/main/README.md'>README.md</a></li><li><a href='/caoimhe/aistritheoir/blob/main/"
        "aistrigh.py'>aistrigh.py</a></li><li><a href='/caoimhe/aistritheoir/blob/main/"
        "tastail.py'>tastail.py</a></li></ul></div><div class='react-code-view-header'><button "
        "class='ref-selector'>main</button><nav aria-label='Breadcrumbs'><a href='/caoimhe/"
        "aistritheoir'>aistritheoir</a> / <strong>aistrigh.py</strong></nav><div "
        "class='latest-commit'><a href='/caoimhe'>caoimhe</a> <a href='/caoimhe/aistritheoir/"
        "commit/4be91c0'>Ceartaigh an t-ionchódú</a> <relative-time datetime='2026-02-20'>"
        "20 Feabh 2026</relative-time></div><div class='file-info'>8 líne (7 loc) · 291 Bytes"
        "</div><div class='BtnGroup'><a href='/caoimhe/aistritheoir/raw/main/aistrigh.py' "
        "class='btn'>Raw</a><button class='btn'>Cóipeáil</button><a href='/caoimhe/"
        "aistritheoir/blame/main/aistrigh.py' class='btn'>Blame</a></div></div><div "
        "itemprop='text' class='Box-body p-0 blob-wrapper data type-python'><table "
        "class='highlight tab-size js-file-line-container' data-tab-size='4' "
        "data-paste-markdown-skip>" + _blob_rows("", _GA_LINES) + "</table></div></main>"
        "<footer class='footer'><p>© 2026 cód.example</p><ul><li><a href='/terms'>Téarmaí</a>"
        "</li><li><a href='/privacy'>Príobháideacht</a></li></ul></footer>",
    ),
    (
        "# Aistrigh dátaí ó fhormáid CSV go JSON.",
        "def aistrigh(conair):",
        "Léigh an comhad agus tabhair liosta foclóirí ar ais.",
        "return list(csv.DictReader(comhad))",
    ),
    (
        "Ceartaigh an t-ionchódú",
        "8 líne (7 loc)",
        "Iarratais tarraingthe",
        "tastail.py",
        "Príobháideacht",
    ),
)
CODE["ga_code_host_blob_view_rows"] = ("def aistrigh(conair):",)

# --- Esperanto, a Jupyter notebook exported to HTML (nbconvert's lab template): markdown
# cells, code cells with their "In [n]:" prompts, a printed output and a data frame's
# table with its "Out[n]:" prompt.
PROBES.add(
    "eo_jupyter_notebook_prompts_dataframe",
    "https://kajeroj.example.org/vetero/temperaturoj.html",
    page(
        "eo",
        "temperaturoj",
        "<main><div class='jp-Cell jp-MarkdownCell jp-Notebook-cell'><div "
        "class='jp-Cell-inputWrapper'><div class='jp-InputPrompt jp-InputArea-prompt'></div>"
        "<div class='jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput' "
        "data-mime-type='text/markdown'><h1 id='Temperaturoj-de-la-monta-stacio'>Temperaturoj "
        "de la monta stacio<a class='anchor-link' href='#Temperaturoj-de-la-monta-stacio'>¶"
        "</a></h1><p>En ĉi tiu kajero ni legas la horajn mezurojn de 2025 kaj kalkulas la "
        "monatajn mezumojn.</p></div></div></div><div class='jp-Cell jp-CodeCell "
        "jp-Notebook-cell'><div class='jp-Cell-inputWrapper'><div class='jp-InputArea "
        "jp-Cell-inputArea'><div class='jp-InputPrompt jp-InputArea-prompt'>In&nbsp;[1]:"
        "</div><div class='jp-CodeMirrorEditor jp-Editor jp-InputArea-editor' "
        "data-type='inline'><div class='cm-editor cm-s-jupyter'><div class='highlight "
        "hl-ipython3'><pre><span></span><span class='kn'>import</span> <span class='nn'>"
        "pandas</span> <span class='k'>as</span> <span class='nn'>pd</span>\n<span "
        "class='n'>df</span> <span class='o'>=</span> <span class='n'>pd</span><span "
        "class='o'>.</span><span class='n'>read_csv</span>(<span class='s2'>\"stacio.csv\""
        "</span>, <span class='n'>parse_dates</span><span class='o'>=</span>[<span "
        "class='s2'>\"tempo\"</span>])\n<span class='nb'>print</span>(<span class='nb'>len"
        "</span>(<span class='n'>df</span>))\n</pre></div></div></div></div></div><div "
        "class='jp-Cell-outputWrapper'><div class='jp-OutputArea jp-Cell-outputArea'><div "
        "class='jp-OutputArea-child'><div class='jp-OutputPrompt jp-OutputArea-prompt'></div>"
        "<div class='jp-RenderedText jp-OutputArea-output' data-mime-type='text/plain'><pre>"
        "8760\n</pre></div></div></div></div></div><div class='jp-Cell jp-CodeCell "
        "jp-Notebook-cell'><div class='jp-Cell-inputWrapper'><div class='jp-InputArea "
        "jp-Cell-inputArea'><div class='jp-InputPrompt jp-InputArea-prompt'>In&nbsp;[2]:"
        "</div><div class='jp-CodeMirrorEditor jp-Editor jp-InputArea-editor'><div "
        "class='highlight hl-ipython3'><pre><span></span><span class='n'>monate</span> "
        "<span class='o'>=</span> <span class='n'>df</span>.resample(<span class='s2'>\"ME\""
        "</span>, on=<span class='s2'>\"tempo\"</span>)[<span class='s2'>\"gradoj\"</span>]"
        ".mean().round(1)\n<span class='n'>monate</span>.head(3)\n</pre></div></div></div>"
        "</div><div class='jp-Cell-outputWrapper'><div class='jp-OutputArea "
        "jp-Cell-outputArea'><div class='jp-OutputArea-child jp-OutputArea-executeResult'>"
        "<div class='jp-OutputPrompt jp-OutputArea-prompt'>Out[2]:</div><div class='jp-"
        "RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult' "
        "data-mime-type='text/html'><div><table border='1' class='dataframe'><thead><tr "
        "style='text-align: right;'><th></th><th>gradoj</th></tr><tr><th>tempo</th><th></th>"
        "</tr></thead><tbody><tr><th>2025-01-31</th><td>-6.4</td></tr><tr><th>2025-02-28</th>"
        "<td>-5.1</td></tr><tr><th>2025-03-31</th><td>-1.8</td></tr></tbody></table></div>"
        "</div></div></div></div></div><div class='jp-Cell jp-MarkdownCell "
        "jp-Notebook-cell'><div class='jp-RenderedHTMLCommon jp-RenderedMarkdown "
        "jp-MarkdownOutput' data-mime-type='text/markdown'><p>Januaro estis la plej malvarma "
        "monato; la mezumo leviĝas je ĉirkaŭ tri gradoj ĉiumonate ĝis julio.</p></div></div>"
        "</main>",
    ),
    (
        "En ĉi tiu kajero ni legas la horajn mezurojn de 2025",
        "import pandas as pd",
        'df = pd.read_csv("stacio.csv", parse_dates=["tempo"])',
        "print(len(df))",
        "8760",
        "-6.4",
        "-1.8",
        "Januaro estis la plej malvarma monato",
    ),
    ("In [1]:", "In\xa0[1]:", "Out[2]:", "In [2]:", "In\xa0[2]:"),
)
CODE["eo_jupyter_notebook_prompts_dataframe"] = ("import pandas as pd",)
ROWS["eo_jupyter_notebook_prompts_dataframe"] = (("2025-02-28", "-5.1"),)

# --- Polish, a man page as mandoc writes it in HTML: the head and foot tables (the page's
# name, section and date), sections as <section class="Sh"> with their <h1>, options in a
# tagged definition list, the synopsis in a table.
PROBES.add(
    "pl_mandoc_html_man_page",
    "https://man.example.pl/1/przytnij",
    page(
        "pl",
        "PRZYTNIJ(1)",
        "<div class='topbar'><a href='/'>man.example.pl</a> <form action='/szukaj'><input "
        "name='q' placeholder='Szukaj w podręczniku'></form><a href='/1/'>Sekcja 1</a></div>"
        "<div class='manual-text'><table class='head'><tr><td class='head-ltitle'>PRZYTNIJ(1)"
        "</td><td class='head-vol'>Podręcznik użytkownika</td><td class='head-rtitle'>"
        "PRZYTNIJ(1)</td></tr></table><section class='Sh'><h1 class='Sh' id='NAZWA'><a "
        "class='permalink' href='#NAZWA'>NAZWA</a></h1><p class='Pp'><code class='Nm'>"
        "przytnij</code> — <span class='Nd'>skraca pliki dziennika do podanej liczby wierszy"
        "</span></p></section><section class='Sh'><h1 class='Sh' id='SKŁADNIA'><a "
        "class='permalink' href='#SKŁADNIA'>SKŁADNIA</a></h1><table class='Nm'><tr><td><code "
        "class='Nm'>przytnij</code></td><td>[<code class='Fl'>-k</code>] [<code class='Fl'>-n"
        "</code> <var class='Ar'>wiersze</var>] <var class='Ar'>plik ...</var></td></tr>"
        "</table></section><section class='Sh'><h1 class='Sh' id='OPIS'><a class='permalink' "
        "href='#OPIS'>OPIS</a></h1><p class='Pp'>Narzędzie <code class='Nm'>przytnij</code> "
        "zostawia w każdym pliku tylko ostatnie wiersze i zapisuje plik w miejscu, bez "
        "tworzenia kopii.</p><p class='Pp'>Opcje są następujące:</p><dl class='Bl-tag'><dt "
        "id='k'><a class='permalink' href='#k'><code class='Fl'>-k</code></a></dt><dd>Przed "
        "skróceniem zapisuje kopię z rozszerzeniem .bak.</dd><dt id='n'><a class='permalink' "
        "href='#n'><code class='Fl'>-n</code> <var class='Ar'>wiersze</var></a></dt><dd>"
        "Liczba wierszy do zachowania; domyślnie 1000.</dd></dl></section><section "
        "class='Sh'><h1 class='Sh' id='KOD_WYJŚCIA'><a class='permalink' "
        "href='#KOD_WYJŚCIA'>KOD WYJŚCIA</a></h1><p class='Pp'>Program kończy się kodem 0, a "
        "w razie błędu kodem większym od zera.</p></section><section class='Sh'><h1 "
        "class='Sh' id='PRZYKŁADY'><a class='permalink' href='#PRZYKŁADY'>PRZYKŁADY</a></h1>"
        "<div class='Bd Pp Bd-indent Li'><pre>$ przytnij -k -n 200 /var/log/serwer.log</pre>"
        "</div></section><section class='Sh'><h1 class='Sh' id='ZOBACZ_TAKŻE'><a "
        "class='permalink' href='#ZOBACZ_TAKŻE'>ZOBACZ TAKŻE</a></h1><p class='Pp'><a "
        "class='Xr' href='/1/tail'>tail(1)</a>, <a class='Xr' href='/8/logrotate'>"
        "logrotate(8)</a></p></section></div><table class='foot'><tr><td class='foot-date'>"
        "12 marca 2026</td><td class='foot-os'>narzedzia-dziennika 1.4</td></tr></table><div "
        "class='bottombar'>Wygenerowano przez mandoc · <a href='/o-stronie'>O stronie</a>"
        "</div>",
    ),
    (
        "skraca pliki dziennika do podanej liczby wierszy",
        "zostawia w każdym pliku tylko ostatnie wiersze",
        "Przed skróceniem zapisuje kopię z rozszerzeniem .bak.",
        "Liczba wierszy do zachowania; domyślnie 1000.",
        "Program kończy się kodem 0",
        "$ przytnij -k -n 200 /var/log/serwer.log",
    ),
    ("Szukaj w podręczniku", "Wygenerowano przez mandoc", "O stronie"),
)
CODE["pl_mandoc_html_man_page"] = ("$ przytnij -k -n 200 /var/log/serwer.log",)


def _katex(tex: str, mathml: str, html: str, *, display: bool = False) -> str:
    """KaTeX's output: a MathML copy with its TeX annotation (hidden by the style sheet)
    beside the drawn formula (hidden from screen readers)."""
    inner = (
        "<span class='katex'><span class='katex-mathml'><math xmlns='http://www.w3.org/1998/"
        f"Math/MathML'><semantics><mrow>{mathml}</mrow><annotation encoding='application/"
        f"x-tex'>{tex}</annotation></semantics></math></span><span class='katex-html' "
        f"aria-hidden='true'><span class='base'><span class='strut'></span>{html}</span>"
        "</span></span>"
    )
    return f"<span class='katex-display'>{inner}</span>" if display else inner


# --- Russian, a Hugo blog's post of mathematics: formulas inline and displayed by KaTeX (the
# hidden MathML and TeX copies beside the drawn formula), a proof in a box, the post's tags,
# the prev/next links and the comments' widget.
PROBES.add(
    "ru_hugo_katex_formulas_inline_display",
    "https://zametki.example.ru/posts/summa-geometricheskoy-progressii/",
    page(
        "ru",
        "Сумма геометрической прогрессии | Заметки на полях",
        "<header class='header'><nav class='nav'><a href='/' class='logo'>Заметки на полях"
        "</a><ul id='menu'><li><a href='/posts/'>Записи</a></li><li><a href='/tags/'>Теги</a>"
        "</li></ul></nav></header><main class='main'><article class='post-single'><header "
        "class='post-header'><div class='breadcrumbs'><a href='/'>Главная</a> » <a "
        "href='/posts/'>Записи</a></div><h1 class='post-title'>Сумма геометрической "
        "прогрессии</h1><div class='post-meta'><span title='2026-02-11'>11 февраля 2026"
        "</span> · 3 мин · Ирина Савельева</div></header><div class='toc'><details open>"
        "<summary><span class='details'>Содержание</span></summary><ul><li><a "
        "href='#вывод'>Вывод</a></li></ul></details></div><div class='post-content'><p>"
        "Пусть первый член прогрессии равен "
        + _katex("a", "<mi>a</mi>", "<span class='mord mathnormal'>a</span>")
        + ", а знаменатель равен "
        + _katex(
            "q \\neq 1",
            "<mi>q</mi><mo>≠</mo><mn>1</mn>",
            "<span class='mord mathnormal'>q</span><span class='mrel'>≠</span><span "
            "class='mord'>1</span>",
        )
        + ". Тогда сумма первых n членов выражается короткой формулой.</p><h2 id='вывод'>"
        "Вывод</h2><p>Умножим сумму на знаменатель и вычтем из неё исходную сумму; почти "
        "все слагаемые сократятся:</p>"
        + _katex(
            "S_n = a\\frac{1-q^n}{1-q}",
            "<msub><mi>S</mi><mi>n</mi></msub><mo>=</mo><mi>a</mi><mfrac><mrow><mn>1</mn>"
            "<mo>−</mo><msup><mi>q</mi><mi>n</mi></msup></mrow><mrow><mn>1</mn><mo>−</mo>"
            "<mi>q</mi></mrow></mfrac>",
            "<span class='mord'><span class='mord mathnormal'>S</span><span class='msupsub'>"
            "<span class='mord mathnormal mtight'>n</span></span></span><span class='mrel'>="
            "</span><span class='mord mathnormal'>a</span><span class='mfrac'><span "
            "class='vlist'><span class='mord'>1−q</span><span class='frac-line'></span><span "
            "class='mord'>1−q<span class='msupsub'>n</span></span></span></span>",
            display=True,
        )
        + "<div class='proof-box'><p><strong>Замечание.</strong> При |q| &lt; 1 слагаемое с "
        "q в степени n стремится к нулю, и сумма бесконечной прогрессии равна a/(1−q).</p>"
        "</div><p>Например, 1 + 1/2 + 1/4 + … в пределе даёт ровно 2.</p></div><footer "
        "class='post-footer'><ul class='post-tags'><li><a href='/tags/algebra/'>алгебра</a>"
        "</li><li><a href='/tags/shkola/'>школа</a></li></ul><nav class='paginav'><a "
        "class='prev' href='/posts/chisla-fibonachchi/'><span class='title'>« Назад</span>"
        "<br><span>Числа Фибоначчи без рекурсии</span></a><a class='next' href='/posts/"
        "induktsiya/'><span class='title'>Вперёд »</span><br><span>Индукция на пальцах"
        "</span></a></nav><div class='share-buttons'><a href='#' aria-label='поделиться "
        "ВКонтакте'>ВКонтакте</a><a href='#' aria-label='поделиться в Telegram'>Telegram</a>"
        "</div></footer><div id='comments'><div class='giscus'></div><noscript>Включите "
        "JavaScript, чтобы увидеть комментарии.</noscript></div></article></main><footer "
        "class='footer'><span>© 2026 Заметки на полях</span> · <span>Работает на Hugo</span>"
        "</footer>" + _script("katex"),
    ),
    (
        "Пусть первый член прогрессии равен",
        "Тогда сумма первых n членов выражается короткой формулой.",
        "Умножим сумму на знаменатель и вычтем из неё исходную сумму",
        "сумма бесконечной прогрессии равна a/(1−q).",
        "Например, 1 + 1/2 + 1/4 + … в пределе даёт ровно 2.",
    ),
    (
        "S_n = a\\frac{1-q^n}{1-q}",
        "q \\neq 1",
        "Числа Фибоначчи без рекурсии",
        "Включите JavaScript",
        "Работает на Hugo",
    ),
)
ONCE["ru_hugo_katex_formulas_inline_display"] = ("≠",)


def _wiki_math(tex: str, mathml: str) -> str:
    """MediaWiki's math: the MathML copy hidden by a style, an image whose alt is the TeX."""
    return (
        "<span class='mwe-math-element'><span class='mwe-math-mathml-inline mwe-math-mathml-"
        f"a11y' style='display: none;'><math xmlns='http://www.w3.org/1998/Math/MathML' "
        f"alttext='{{\\displaystyle {tex}}}'><semantics><mrow>{mathml}</mrow><annotation "
        f"encoding='application/x-tex'>{{\\displaystyle {tex}}}</annotation></semantics></math>"
        "</span><img src='https://wiki.example.org/media/math/render/svg/9f1c' class='mwe-math-"
        f"fallback-image-inline' aria-hidden='true' alt='{{\\displaystyle {tex}}}'></span>"
    )


# --- Asturian, a MediaWiki article on an algorithm: the infobox of its data, the table of
# contents, sections with "[editar]" links, formulas in MediaWiki's math markup (a hidden
# MathML copy, an image whose alt is the TeX), pseudocode in <pre>, references, a navbox,
# the categories and the footer's "last edited" line.
PROBES.add(
    "ast_mediawiki_algorithm_math_infobox",
    "https://wiki.example.org/wiki/Ordenación_per mecíu",
    page(
        "ast",
        "Ordenación per mecíu - Wikiexemplu",
        "<div class='mw-page-container'><header class='mw-header'><a class='mw-logo' "
        "href='/'>Wikiexemplu</a><div id='p-search'><input placeholder='Buscar en "
        "Wikiexemplu'></div></header><div class='mw-page-container-inner'><div "
        "id='mw-panel'><nav id='p-navigation' class='vector-menu'><h3>Navegación</h3><ul><li>"
        "<a href='/wiki/Portada'>Portada</a></li><li><a href='/wiki/Especial:Aleatoria'>"
        "Páxina al debalu</a></li></ul></nav></div><main id='content' class='mw-body'><h1 "
        "id='firstHeading' class='firstHeading'>Ordenación per mecíu</h1><div id='bodyContent'"
        "><div id='siteSub'>De Wikiexemplu, la enciclopedia llibre</div><div "
        "id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'><table "
        "class='infobox'><tbody><tr><th colspan='2' class='infobox-above'>Ordenación per mecíu"
        "</th></tr><tr><th scope='row'>Clase</th><td>Algoritmu d'ordenación</td></tr><tr><th "
        "scope='row'>Peor casu</th><td>O(n log n)</td></tr><tr><th scope='row'>Espaciu</th>"
        "<td>O(n)</td></tr></tbody></table><p>La <b>ordenación per mecíu</b> ye un algoritmu "
        "que divide la llista en dos metaes, ordena cada una y depués xúnelas nuna sola "
        "llista ordenada.<sup id='cite_ref-1' class='reference'><a href='#cite_note-1'>[1]"
        "</a></sup></p><div id='toc' class='toc' role='navigation'><div class='toctitle'><h2 "
        "id='mw-toc-heading'>Índiz</h2></div><ul><li class='toclevel-1'><a href='#Costu'><span "
        "class='tocnumber'>1</span> <span class='toctext'>Costu</span></a></li><li "
        "class='toclevel-1'><a href='#Seudocódigu'><span class='tocnumber'>2</span> <span "
        "class='toctext'>Seudocódigu</span></a></li><li class='toclevel-1'><a "
        "href='#Referencies'><span class='tocnumber'>3</span> <span class='toctext'>"
        "Referencies</span></a></li></ul></div><h2><span class='mw-headline' id='Costu'>Costu"
        "</span><span class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a "
        "href='/w/index.php?title=Ordenación&amp;action=edit&amp;section=1'>editar</a><span "
        "class='mw-editsection-bracket'>]</span></span></h2><p>El tiempu cumple la relación "
        + _wiki_math(
            "T(n)=2T(n/2)+n",
            "<mi>T</mi><mo>(</mo><mi>n</mi><mo>)</mo><mo>=</mo><mn>2</mn><mi>T</mi>",
        )
        + ", que da un costu total de "
        + _wiki_math("O(n\\log n)", "<mi>O</mi><mo>(</mo><mi>n</mi><mi>log</mi><mi>n</mi>")
        + " comparances en tolos casos.</p><h2><span class='mw-headline' id='Seudocódigu'>"
        "Seudocódigu</span><span class='mw-editsection'><span class='mw-editsection-bracket'>["
        "</span><a href='/w/index.php?title=Ordenación&amp;action=edit&amp;section=2'>editar"
        "</a><span class='mw-editsection-bracket'>]</span></span></h2><pre>función mecer(A):\n"
        "    si llargor(A) ≤ 1: devolver A\n    esquierda ← mecer(A[0 … m])\n    drecha ← "
        "mecer(A[m … n])\n    devolver xunir(esquierda, drecha)</pre><p>La xunión percuerre "
        "les dos metaes a la vez y escueye en cada pasu l'elementu más pequeñu.</p><h2><span "
        "class='mw-headline' id='Referencies'>Referencies</span></h2><div class='reflist'><ol "
        "class='references'><li id='cite_note-1'><span class='mw-cite-backlink'><a "
        "href='#cite_ref-1'>↑</a></span> <span class='reference-text'>Fernández, Llucía "
        "(2019). <i>Algoritmos pa entamar</i>. Uviéu: Ediciones Nalón.</span></li></ol></div>"
        "<div role='navigation' class='navbox'><table class='nowraplinks'><tr><th "
        "class='navbox-title'>Algoritmos d'ordenación</th></tr><tr><td class='navbox-list'><a "
        "href='/wiki/Burbuya'>Burbuya</a> · <a href='/wiki/Rápida'>Rápida</a> · <a "
        "href='/wiki/Montículu'>Montículu</a></td></tr></table></div></div></div><div "
        "id='catlinks' class='catlinks'><div id='mw-normal-catlinks'><a href='/wiki/"
        "Especial:Categoríes'>Categoríes</a>: <ul><li><a href='/wiki/Categoría:Algoritmos'>"
        "Algoritmos</a></li></ul></div></div></div></main></div><footer id='footer'><ul "
        "id='footer-info'><li id='footer-info-lastmod'>Esta páxina editóse por última vegada "
        "el 9 xineru 2026 a les 18:40.</li><li id='footer-info-copyright'>El testu ta "
        "disponible baxo la Llicencia Creative Commons.</li></ul></footer></div>",
    ),
    (
        "ye un algoritmu que divide la llista en dos metaes",
        "El tiempu cumple la relación",
        "comparances en tolos casos.",
        "función mecer(A):",
        "devolver xunir(esquierda, drecha)",
        "La xunión percuerre les dos metaes a la vez",
    ),
    (
        "\\displaystyle",
        "Buscar en Wikiexemplu",
        "Páxina al debalu",
        "la enciclopedia llibre",
        "editóse por última vegada",
        "Burbuya · Rápida",
    ),
)
CODE["ast_mediawiki_algorithm_math_infobox"] = ("devolver xunir(esquierda, drecha)",)

# --- Luxembourgish, a Docsy (Hugo) documentation page: the navbar with its version menu,
# the section's left menu, "Dës Säit änneren", "Dokumentatioun-Problem mellen", the page's
# table of contents on the right, an alert box, a table of settings, the "War dës Säit
# hëllefräich?" feedback and the "Lescht geännert" line.
PROBES.add(
    "lb_docsy_page_alert_settings_table",
    "https://dokumentatioun.example.lu/docs/portal/umeldung/",
    page(
        "lb",
        "Umeldung um Portal | Gemengeportal Dokumentatioun",
        "<header><nav class='td-navbar navbar-dark js-navbar-scroll'><a class='navbar-brand' "
        "href='/'>Gemengeportal</a><ul class='navbar-nav'><li class='nav-item'><a "
        "class='nav-link active' href='/docs/'>Dokumentatioun</a></li><li class='nav-item'><a "
        "class='nav-link' href='/blog/'>Blog</a></li><li class='nav-item dropdown'><a "
        "class='nav-link dropdown-toggle' href='#'>Versioun 4.2</a><ul class='dropdown-menu'>"
        "<li><a class='dropdown-item' href='/v41/'>Versioun 4.1</a></li></ul></li></ul><div "
        "class='td-search'><input type='search' placeholder='Sichen…'></div></nav></header>"
        "<div class='container-fluid td-outer'><div class='td-main'><div class='row "
        "flex-xl-nowrap'><aside class='col-12 col-md-3 col-xl-2 td-sidebar d-print-none'><nav "
        "class='td-sidebar-nav'><ul class='td-sidebar-nav__section'><li><a href='/docs/portal/'>"
        "Portal</a></li><li><a class='active' href='/docs/portal/umeldung/'>Umeldung um "
        "Portal</a></li><li><a href='/docs/portal/formulairen/'>Formulairen</a></li></ul>"
        "</nav></aside><aside class='d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none'>"
        "<div class='td-page-meta ml-2 pb-1 pt-2 mb-0'><a href='https://code.example.lu/"
        "portal-docs/edit/main/content/portal/umeldung.md' target='_blank'>Dës Säit änneren"
        "</a><a href='https://code.example.lu/portal-docs/new/main/content/portal/' "
        "target='_blank'>Ënnersäit uleeën</a><a href='https://code.example.lu/portal-docs/"
        "issues/new' target='_blank'>Dokumentatioun-Problem mellen</a><a id='print' "
        "href='/docs/portal/_print/'>Ganz Sektioun drécken</a></div><div class='td-toc'><nav "
        "id='TableOfContents'><ul><li><a href='#virbereedung'>Virbereedung</a></li><li><a "
        "href='#astellungen'>Astellungen</a></li></ul></nav></div></aside><main class='col-12 "
        "col-md-9 col-xl-8 ps-md-5' role='main'><nav aria-label='breadcrumb' "
        "class='td-breadcrumbs'><ol class='breadcrumb'><li class='breadcrumb-item'><a "
        "href='/docs/'>Dokumentatioun</a></li><li class='breadcrumb-item'><a "
        "href='/docs/portal/'>Portal</a></li></ol></nav><div class='td-content'><h1>Umeldung "
        "um Portal</h1><div class='lead'>Wéi d'Bierger sech mat hirer digitaler Identitéit um "
        "Gemengeportal umellen.</div><h2 id='virbereedung'>Virbereedung</h2><p>D'Gemeng "
        "brauch e Client-Schlëssel vum staatlechen Identitéitsdéngscht, éier d'Umeldung "
        "funktionéiert. De Schlëssel gëtt eemol am Joer erneiert.</p><div class='alert "
        "alert-warning' role='alert'><h4 class='alert-heading'>Opgepasst</h4>Ouni gültegen "
        "Schlëssel gesi Bierger nëmmen eng eidel Säit amplaz vum Umeldungsformulaire.</div><h2 "
        "id='astellungen'>Astellungen</h2><table><thead><tr><th>Astellung</th><th>"
        "Standardwäert</th><th>Bedeitung</th></tr></thead><tbody><tr><td><code>sessioun."
        "dauer</code></td><td>30</td><td>Minutten ouni Aktivitéit, bis ee sech nei umelle muss"
        "</td></tr><tr><td><code>sproochen</code></td><td>lb, fr, de</td><td>Sproochen, déi "
        "d'Umeldungssäit ubitt</td></tr></tbody></table><p>Nodeems eng Astellung geännert "
        "ass, muss de Portal nei gestart ginn.</p><div class='d-print-none'><h2 "
        "class='feedback--title'>War dës Säit hëllefräich?</h2><button class='btn "
        "btn-primary feedback--answer'>Jo</button><button class='btn btn-primary "
        "feedback--answer'>Neen</button></div><div class='text-muted mt-5 pt-3 border-top'>"
        "Lescht geännert 4. Mäerz 2026: <a href='https://code.example.lu/portal-docs/commit/"
        "7d2e1aa'>Schlëssel-Erneierung beschriwwen (7d2e1aa)</a></div></div></main></div>"
        "</div><footer class='td-footer row d-print-none'><div class='col-6 col-sm-4 "
        "text-xs-center order-sm-2'><ul class='td-footer__links-list'><li><a href='/kontakt'>"
        "Kontakt</a></li></ul></div><div class='td-footer__copyright'>© 2026 Gemengesyndikat "
        "fir Informatik Alle Rechter reservéiert</div></footer></div>" + _script("docsy"),
    ),
    (
        "Wéi d'Bierger sech mat hirer digitaler Identitéit um Gemengeportal umellen.",
        "D'Gemeng brauch e Client-Schlëssel vum staatlechen Identitéitsdéngscht",
        "Ouni gültegen Schlëssel gesi Bierger nëmmen eng eidel Säit",
        "Minutten ouni Aktivitéit, bis ee sech nei umelle muss",
        "Sproochen, déi d'Umeldungssäit ubitt",
        "Nodeems eng Astellung geännert ass, muss de Portal nei gestart ginn.",
    ),
    (
        "Dës Säit änneren",
        "Dokumentatioun-Problem mellen",
        "Ganz Sektioun drécken",
        "War dës Säit hëllefräich?",
        "Lescht geännert",
        "Alle Rechter reservéiert",
        "Formulairen",
    ),
)
ROWS["lb_docsy_page_alert_settings_table"] = (
    ("sessioun.dauer", "30", "Minutten ouni Aktivitéit, bis ee sech nei umelle muss"),
)


def _gutter_table(brush: str, first: int, lines: tuple[str, ...]) -> str:
    """SyntaxHighlighter's table: a gutter cell of numbered line <div>s beside a code cell of
    the same lines."""
    gutter = "".join(
        f"<div class='line number{first + index} index{index} alt{2 - index % 2}'>"
        f"{first + index}</div>"
        for index in range(len(lines))
    )
    code = "".join(
        f"<div class='line number{first + index} index{index} alt{2 - index % 2}'>"
        f"<code class='{brush} plain'>{line}</code></div>"
        for index, line in enumerate(lines)
    )
    return (
        f"<div id='highlighter_{first}' class='syntaxhighlighter {brush}'><div "
        "class='toolbar'><span><a href='#' class='toolbar_item command_help help'>?</a></span>"
        "</div><table border='0' cellpadding='0' cellspacing='0'><tbody><tr><td "
        f"class='gutter'>{gutter}</td><td class='code'><div class='container'>{code}</div>"
        "</td></tr></tbody></table></div>"
    )


# --- Turkmen, a WordPress programming blog whose code is drawn by SyntaxHighlighter: a table
# of a gutter cell of line numbers (from 14: an excerpt) beside the code cell, prose
# between two such tables, the related posts and the comment form after.
PROBES.add(
    "tk_wordpress_syntaxhighlighter_gutter",
    "https://kodlar.example.tm/2026/01/python-sozlukler/",
    page(
        "tk",
        "Python-da sözlükler bilen işlemek – Kodlar",
        "<div id='page'><header id='masthead' class='site-header'><p class='site-title'><a "
        "href='/'>Kodlar</a></p><nav id='site-navigation'><ul><li><a href='/'>Baş sahypa</a>"
        "</li><li><a href='/python/'>Python</a></li></ul></nav></header><main id='main'>"
        "<article class='post hentry'><header class='entry-header'><h1 class='entry-title'>"
        "Python-da sözlükler bilen işlemek</h1><div class='entry-meta'><span class='posted-"
        "on'>15.01.2026</span> <span class='byline'>Merdan Annaýew</span></div></header><div "
        "class='entry-content'><p>Sözlük açar bilen bahany jübütläp saklaýar. Aşakdaky mysal "
        "harytlaryň bahalaryny sözlükde saklaýar we jemini hasaplaýar.</p>"
        + _gutter_table(
            "python",
            14,
            (
                "bahalar = {'alma': 12, 'üzüm': 30, 'nar': 25}",
                "jemi = sum(bahalar.values())",
                "print('Jemi:', jemi)",
            ),
        )
        + "<p>Eger açar sözlükde ýok bolsa, <code>get</code> usuly ýalňyşlyk bermän "
        "başlangyç bahany gaýtarýar.</p>"
        + _gutter_table(
            "python",
            17,
            (
                "erik = bahalar.get('erik', 0)",
                "print(erik)  # 0",
            ),
        )
        + "<p>Indiki makalada sözlükleri aýlaw bilen nädip aýlanmalydygyny görkezeris.</p>"
        "</div><footer class='entry-footer'><span class='cat-links'>Kategoriýa: <a "
        "href='/python/'>Python</a></span></footer></article><div class='jp-relatedposts'><h3 "
        "class='jp-relatedposts-headline'>Meňzeş ýazgylar</h3><div class='jp-relatedposts-"
        "post'><a href='/2025/12/sanawlar/'>Python-da sanawlar</a></div></div><div "
        "id='comments' class='comments-area'><div id='respond' class='comment-respond'><h3 "
        "id='reply-title'>Teswir ýazyň</h3><form><textarea></textarea><input type='submit' "
        "value='Teswiri ugrat'></form></div></div></main><footer id='colophon'><div "
        "class='site-info'>© 2026 Kodlar · WordPress bilen işleýär</div></footer></div>",
    ),
    (
        "Sözlük açar bilen bahany jübütläp saklaýar.",
        "bahalar = {'alma': 12, 'üzüm': 30, 'nar': 25}",
        "jemi = sum(bahalar.values())",
        "başlangyç bahany gaýtarýar.",
        "erik = bahalar.get('erik', 0)",
        "Indiki makalada sözlükleri aýlaw bilen nädip aýlanmalydygyny görkezeris.",
    ),
    ("14\n15\n16", "14\n\n15", "Meňzeş ýazgylar", "Teswir ýazyň", "WordPress bilen işleýär"),
)
CODE["tk_wordpress_syntaxhighlighter_gutter"] = ("jemi = sum(bahalar.values())",)

# --- Chinese, a tech blog's post whose code is an <ol> of lines inside a <pre> (prettify's
# "linenums"), each item one line; a copy button's label, the article's reading count and
# the recommended posts around it.
PROBES.add(
    "zh_prettify_ol_linenums_code",
    "https://blog.example.cn/u/xiaoyun/article/20260118",
    page(
        "zh-CN",
        "用 Go 写一个限流器_小云的博客",
        "<div id='toolbar' class='toolbar-container'><a class='toolbar-logo' href='/'>技术博客"
        "</a><ul><li><a href='/'>首页</a></li><li><a href='/download'>下载</a></li></ul><a "
        "class='toolbar-btn-login' href='/login'>登录</a></div><div class='main_father'><main>"
        "<div class='blog-content-box'><div class='article-header-box'><h1 class='title-"
        "article' id='articleContentId'>用 Go 写一个限流器</h1><div class='article-info-box'>"
        "<span class='time'>于 2026-01-18 10:02:11 发布</span><span class='read-count'>阅读量"
        "2.3k</span><a class='tag-link' href='/tag/go'>Go</a><span class='creativecommons'>版权"
        "声明：本文为博主原创文章，转载请附上原文出处链接和本声明。</span></div></div><div "
        "id='content_views' class='markdown_views prism-atom-one-dark'><p>令牌桶是最常见的限流"
        "算法：桶里按固定速率放入令牌，每个请求取走一个，取不到就拒绝。</p><h2><a "
        "name='t1'></a>实现</h2><pre class='prettyprint linenums prettyprinted'><ol "
        "class='linenums'><li class='L0'><code><span class='kwd'>type</span><span class='pln'> "
        "Bucket </span><span class='kwd'>struct</span><span class='pln'> {</span></code></li>"
        "<li class='L1'><code><span class='pln'>    tokens   float64</span></code></li><li "
        "class='L2'><code><span class='pln'>    rate     float64 </span><span class='com'>// "
        "每秒放入的令牌数</span></code></li><li class='L3'><code><span class='pln'>}</span>"
        "</code></li></ol><div class='hljs-button signin' data-title='登录后复制'></div></pre>"
        "<p>取令牌之前，先按距离上次的时间补足令牌，但不能超过桶的容量。</p><blockquote><p>"
        "注意：并发调用时要给 Bucket 加锁。</p></blockquote></div></div><div "
        "class='more-toolbox'><span class='like'>点赞 12</span><span class='collect'>收藏 "
        "30</span><span class='share'>分享</span></div><div class='recommend-box'><div "
        "class='recommend-item-box'><a href='/r/1'><h3>Go 语言并发编程入门</h3></a><p "
        "class='desc'>本文介绍了 goroutine 和 channel 的基本用法。</p></div></div></main>"
        "<aside class='blog_container_aside'><div id='asideProfile'><div class='profile-intro-"
        "name'>小云</div><dl><dt>原创</dt><dd>86</dd><dt>粉丝</dt><dd>1203</dd></dl><a "
        "class='personal-watch' href='#'>关注</a></div></aside></div>",
    ),
    (
        "令牌桶是最常见的限流算法",
        "type Bucket struct {",
        "tokens   float64",
        "每秒放入的令牌数",
        "取令牌之前，先按距离上次的时间补足令牌",
        "注意：并发调用时要给 Bucket 加锁。",
    ),
    ("登录后复制", "阅读量", "版权声明", "Go 语言并发编程入门", "粉丝", "点赞 12"),
)
CODE["zh_prettify_ol_linenums_code"] = ("type Bucket struct {",)

# --- Tatar, a guide with a terminal session in <pre> (prompts, commands and their output),
# a keyboard shortcut in <kbd>, a note box, and a blog's furniture.
PROBES.add(
    "tt_cli_transcript_pre_kbd",
    "https://kompyuter.example.org/tt/git-belan-tanyshu",
    page(
        "tt",
        "Git белән танышу: беренче коммит",
        "<div class='cookie-notice' role='dialog'><p>Бу сайт cookie файлларын куллана.</p>"
        "<button>Ярый</button></div><header class='site-header'><a href='/tt/'>Компьютер "
        "дәресләре</a><nav><a href='/tt/linux'>Linux</a><a href='/tt/git'>Git</a></nav>"
        "</header><main class='content'><article class='guide'><h1>Git белән танышу: беренче "
        "коммит</h1><p class='guide-meta'>Дәрес 2 / 7 · Укыр өчен 6 минут</p><p>Бу дәрестә без "
        "яңа репозиторий ясыйбыз һәм беренче файлны саклыйбыз. Терминалны ачыгыз: Linux'та "
        "<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>T</kbd> төймәләренә басыгыз.</p><pre "
        "class='terminal'><code>$ mkdir shigyrlar &amp;&amp; cd shigyrlar\n$ git init\n"
        "Initialized empty Git repository in /home/alsu/shigyrlar/.git/\n$ echo 'Туган тел' "
        "&gt; tugan-tel.txt\n$ git add tugan-tel.txt\n$ git commit -m 'Беренче шигырь'\n"
        "[main (root-commit) 3f1a2b9] Беренче шигырь\n 1 file changed, 1 insertion(+)</code>"
        "</pre><p>Соңгы юлда Git ничә файл үзгәргәнен күрсәтә. Коммит тарихын <code>git "
        "log</code> боерыгы белән карап була.</p><div class='note'><strong>Искәрмә:</strong> "
        "Беренче тапкыр коммит ясаганда Git исемегезне һәм электрон почтагызны сорый ала."
        "</div><nav class='lesson-pager'><a href='/tt/git-kuy'>← Алдагы дәрес: Git'ны кую</a>"
        "<a href='/tt/git-tarmaklar'>Киләсе дәрес: Тармаклар →</a></nav></article></main>"
        "<footer class='site-footer'><p>© 2026 Компьютер дәресләре</p></footer>",
    ),
    (
        "Бу дәрестә без яңа репозиторий ясыйбыз һәм беренче файлны саклыйбыз.",
        "$ mkdir shigyrlar && cd shigyrlar",
        "Initialized empty Git repository in /home/alsu/shigyrlar/.git/",
        "$ git commit -m 'Беренче шигырь'",
        "1 file changed, 1 insertion(+)",
        "Соңгы юлда Git ничә файл үзгәргәнен күрсәтә.",
        "Git исемегезне һәм электрон почтагызны сорый ала.",
    ),
    ("Бу сайт cookie файлларын куллана.", "Алдагы дәрес", "Киләсе дәрес", "Укыр өчен 6 минут"),
)
CODE["tt_cli_transcript_pre_kbd"] = ("$ git add tugan-tel.txt",)

# --- Bosnian, a GitLab wiki page: the project's side bar, "Zadnja izmjena" and "Historija
# stranice", a mermaid diagram's source in a <pre>, a numbered list, a table, and the wiki's
# page list and "Kloniraj repozitorij" box on the right.
PROBES.add(
    "bs_gitlab_wiki_mermaid_table",
    "https://git.example.ba/sarajevo-tim/narudzbe/-/wikis/arhitektura",
    page(
        "bs",
        "arhitektura · Wiki · sarajevo-tim / narudzbe · GitLab",
        "<header class='navbar navbar-gitlab'><a class='tanuki-logo' href='/'>GitLab</a><div "
        "class='search'><input placeholder='Pretraži GitLab'></div></header><div "
        "class='layout-page page-with-super-sidebar'><aside class='super-sidebar' "
        "aria-label='Projekt'><ul><li><a href='/sarajevo-tim/narudzbe'>Pregled projekta</a>"
        "</li><li><a href='/sarajevo-tim/narudzbe/-/issues'>Problemi 12</a></li><li><a "
        "href='/sarajevo-tim/narudzbe/-/wikis/home'>Wiki</a></li></ul></aside><div "
        "class='content-wrapper'><nav class='breadcrumbs'><ul><li><a href='/sarajevo-tim'>"
        "sarajevo-tim</a></li><li><a href='/sarajevo-tim/narudzbe'>narudzbe</a></li><li>Wiki"
        "</li></ul></nav><main id='content-body' class='content'><div class='wiki-page-"
        "header'><h1 class='page-title'>arhitektura</h1><div class='wiki-last-edit-by'>Zadnja "
        "izmjena: <strong>Amra Hodžić</strong> prije 3 dana</div><div class='wiki-page-"
        "actions'><a class='btn' href='/sarajevo-tim/narudzbe/-/wikis/arhitektura/edit'>Uredi"
        "</a><a class='btn' href='/sarajevo-tim/narudzbe/-/wikis/arhitektura/-/history'>"
        "Historija stranice</a><a class='btn' href='/sarajevo-tim/narudzbe/-/wikis/new'>Nova "
        "stranica</a></div></div><div class='wiki-page-details'><div class='md js-wiki-page-"
        "content' data-qa-selector='wiki_page_content'><p data-sourcepos='1:1-1:120' dir='auto'>"
        "Servis za narudžbe prima zahtjeve preko API-ja, upisuje ih u red poruka i odgovara "
        "kupcu prije nego što se narudžba obradi.</p><pre class='code highlight js-syntax-"
        "highlight language-mermaid' lang='mermaid' data-sourcepos='3:1-8:3'><code><span "
        "class='line' lang='mermaid'>graph LR</span>\n<span class='line' lang='mermaid'>  "
        "A[API] --&gt; B[(Red poruka)]</span>\n<span class='line' lang='mermaid'>  B --&gt; "
        "C[Radnik]</span>\n<span class='line' lang='mermaid'>  C --&gt; D[(Baza)]</span>"
        "</code><copy-code><button class='btn' title='Kopiraj u međuspremnik'></button>"
        "</copy-code></pre><p data-sourcepos='10:1-10:40' dir='auto'>Tok jedne narudžbe:</p>"
        "<ol data-sourcepos='11:1-13:0' dir='auto'><li>API provjerava podatke i vraća broj "
        "narudžbe.</li><li>Radnik uzima poruku iz reda i rezerviše robu u skladištu.</li><li>"
        "Kada je roba rezervisana, radnik šalje kupcu potvrdu e-poštom.</li></ol><table "
        "data-sourcepos='15:1-18:30' dir='auto'><thead><tr><th>Komponenta</th><th>Tehnologija"
        "</th><th>Vlasnik</th></tr></thead><tbody><tr><td>API</td><td>Go</td><td>Tim Baščaršija"
        "</td></tr><tr><td>Radnik</td><td>Python</td><td>Tim Vratnik</td></tr></tbody></table>"
        "</div></div></main><aside class='right-sidebar wiki-sidebar'><div class='blocks-"
        "container'><div class='block'><h4>Stranice 6</h4><ul class='wiki-pages'><li><a "
        "href='/sarajevo-tim/narudzbe/-/wikis/home'>home</a></li><li><a href='/sarajevo-tim/"
        "narudzbe/-/wikis/deploy'>deploy</a></li></ul><a href='/sarajevo-tim/narudzbe/-/wikis/"
        "pages'>Prikaži sve stranice</a></div><div class='block'><h4>Kloniraj repozitorij</h4>"
        "<input value='git@git.example.ba:sarajevo-tim/narudzbe.wiki.git' readonly></div>"
        "</div></aside></div></div>",
    ),
    (
        "Servis za narudžbe prima zahtjeve preko API-ja",
        "Tok jedne narudžbe:",
        "API provjerava podatke i vraća broj narudžbe.",
        "Radnik uzima poruku iz reda i rezerviše robu u skladištu.",
        "Kada je roba rezervisana, radnik šalje kupcu potvrdu e-poštom.",
        "Tim Baščaršija",
        "Tim Vratnik",
    ),
    (
        "Pretraži GitLab",
        "Zadnja izmjena",
        "Historija stranice",
        "Prikaži sve stranice",
        "Kloniraj repozitorij",
        "Problemi 12",
    ),
)
ROWS["bs_gitlab_wiki_mermaid_table"] = (("Radnik", "Python", "Tim Vratnik"),)

# --- Spanish, a Stack-Exchange-like answer page: the question with its code, the votes, the
# user cards, the comments, an accepted answer with code and a shorter second answer, the
# "Preguntas relacionadas" and "Preguntas populares en la red" side bars.
PROBES.add(
    "es_stack_exchange_answer_code_blocks",
    "https://es.preguntas.example.com/questions/48213/por-que-mi-lista-cambia",
    page(
        "es",
        "python - ¿Por qué mi lista cambia si solo modifiqué la copia? - Preguntas y respuestas",
        "<header class='s-topbar'><a class='s-topbar--logo' href='/'>Preguntas y respuestas"
        "</a><form class='s-topbar--searchbar'><input placeholder='Buscar…'></form><a "
        "href='/users/login'>Iniciar sesión</a><a href='/users/signup'>Registrarse</a>"
        "</header><div class='container'><div id='left-sidebar'><nav><ol class='nav-links'>"
        "<li><a href='/'>Inicio</a></li><li><a href='/questions'>Preguntas</a></li><li><a "
        "href='/tags'>Etiquetas</a></li></ol></nav></div><div id='content'><div "
        "id='question-header'><h1 itemprop='name'><a href='/questions/48213' "
        "class='question-hyperlink'>¿Por qué mi lista cambia si solo modifiqué la copia?</a>"
        "</h1></div><div class='d-flex'><div title='2026-01-08'>Formulada hace 2 meses</div>"
        "<div>Vista 311 veces</div></div><div id='mainbar' role='main'><div class='question "
        "js-question' id='question'><div class='post-layout'><div class='votecell "
        "post-layout--left'><div class='js-voting-container'><button class='js-vote-up-btn'>"
        "</button><div class='js-vote-count' itemprop='upvoteCount'>7</div><button "
        "class='js-vote-down-btn'></button></div></div><div class='postcell post-layout--"
        "right'><div class='s-prose js-post-body' itemprop='text'><p>Copio una lista de "
        "listas y cambio un elemento de la copia, pero también cambia el original:</p><pre "
        "class='lang-py s-code-block'><code class='hljs language-python'>a = [[0, 0], [0, 0]]\n"
        "b = a.copy()\nb[0][0] = 9\nprint(a)  # [[9, 0], [0, 0]]</code></pre><p>¿Cómo hago "
        "una copia independiente?</p></div><div class='post-taglist'><ul class='ml0 list-ls-"
        "none js-post-tag-list-wrapper d-inline'><li><a class='post-tag' href='/tags/python'>"
        "python</a></li><li><a class='post-tag' href='/tags/listas'>listas</a></li></ul></div>"
        "<div class='post-signature owner'><div class='user-info'><div class='user-action-"
        "time'>preguntada el <span class='relativetime'>8 ene. 2026 a las 14:20</span></div>"
        "<div class='user-details'><a href='/users/901'>Lucía Ferrán</a><div class='-flair'>"
        "<span class='reputation-score'>215</span></div></div></div></div></div></div><div "
        "class='comments js-comments-container'><ul class='comments-list'><li class='comment'>"
        "<div class='comment-body'><span class='comment-copy'>¿Qué versión de Python usas?"
        "</span> – <a class='comment-user' href='/users/33'>Tomás R.</a> <span "
        "class='comment-date'>8 ene. a las 14:31</span></div></li></ul><a class='js-add-link "
        "comments-link' href='#'>Añade un comentario</a></div></div><div id='answers'><div "
        "id='answers-header'><h2 class='mb0' data-answercount='2'>2 respuestas</h2><div>"
        "<label for='answer-sort'>Ordenado por:</label><select id='answer-sort'><option>"
        "Puntuación más alta (por defecto)</option></select></div></div><div id='answer-48220' "
        "class='answer js-answer accepted-answer' itemprop='acceptedAnswer'><div "
        "class='post-layout'><div class='votecell'><div class='js-vote-count'>12</div><div "
        "class='js-accepted-answer-indicator' title='Respuesta aceptada'></div></div><div "
        "class='answercell post-layout--right'><div class='s-prose js-post-body' "
        "itemprop='text'><p><code>list.copy()</code> hace una copia superficial: la lista "
        "nueva contiene las mismas sublistas que la original. Para copiar también las "
        "sublistas usa <code>copy.deepcopy</code>:</p><pre class='lang-py s-code-block'><code "
        "class='hljs language-python'>import copy\nb = copy.deepcopy(a)\nb[0][0] = 9\nprint(a)"
        "  # [[0, 0], [0, 0]]</code></pre><p>Si las sublistas solo tienen números, una "
        "comprensión basta y es más rápida: <code>b = [fila[:] for fila in a]</code>.</p>"
        "</div><div class='post-signature'><div class='user-info'><div class='user-action-"
        "time'>respondida el 8 ene. 2026 a las 14:35</div><div class='user-details'><a "
        "href='/users/12'>Andrés Peña</a><span class='reputation-score'>18,4 k</span></div>"
        "</div></div></div></div></div><div id='answer-48231' class='answer js-answer'><div "
        "class='post-layout'><div class='votecell'><div class='js-vote-count'>2</div></div>"
        "<div class='answercell'><div class='s-prose js-post-body' itemprop='text'><p>Otra "
        "forma, sin importar nada, es <code>list(map(list, a))</code>, que copia cada "
        "sublista.</p></div><div class='post-signature'><div class='user-info'><div "
        "class='user-action-time'>respondida el 9 ene. 2026 a las 9:02</div><a "
        "href='/users/77'>Marta Gil</a></div></div></div></div></div><h2 class='bottom-"
        "notice'>No es la respuesta que buscas? Examina otras preguntas con la etiqueta <a "
        "href='/tags/python' class='post-tag'>python</a> o formula tu propia pregunta.</h2>"
        "</div></div><div id='sidebar'><div class='module sidebar-related'><h4>Preguntas "
        "relacionadas</h4><div class='related'><a href='/q/100'>¿Cómo clonar un diccionario?"
        "</a></div></div><div id='hot-network-questions' class='module'><h4>Preguntas "
        "populares en la red</h4><ul><li><a href='/q/9'>¿Por qué el gato duerme en el "
        "teclado?</a></li></ul></div></div></div></div><footer id='footer'><p>Diseño del "
        "sitio / logotipo © 2026 Preguntas S.L.; contribuciones de los usuarios bajo licencia "
        "CC BY-SA.</p></footer>",
    ),
    (
        "Copio una lista de listas y cambio un elemento de la copia",
        "b = a.copy()",
        "¿Cómo hago una copia independiente?",
        "hace una copia superficial",
        "b = copy.deepcopy(a)",
        "una comprensión basta y es más rápida",
        "que copia cada sublista.",
    ),
    (
        "Vista 311 veces",
        "Añade un comentario",
        "Ordenado por:",
        "Preguntas relacionadas",
        "¿Por qué el gato duerme en el teclado?",
        "Lucía Ferrán",
    ),
)
CODE["es_stack_exchange_answer_code_blocks"] = ("b = copy.deepcopy(a)", "b = a.copy()")

# --- Japanese, a component maker's data sheet page: the overview, features as a list, the
# absolute maximum ratings and electrical characteristics as tables with units and notes,
# the pin table; the shop's cart buttons, the "related products" row, the download links.
PROBES.add(
    "ja_component_datasheet_spec_tables",
    "https://www.example-denshi.co.jp/products/sensor/HT-320/",
    page(
        "ja",
        "HT-320 温湿度センサ｜製品情報｜みなと電子",
        "<header class='gHeader'><a class='gHeader__logo' href='/'>みなと電子</a><nav "
        "class='gNav'><ul><li><a href='/products/'>製品情報</a></li><li><a href='/support/'>"
        "サポート</a></li><li><a href='/company/'>企業情報</a></li></ul></nav><a "
        "class='gHeader__contact' href='/contact/'>お問い合わせ</a></header><div "
        "class='topicPath'><ol><li><a href='/'>ホーム</a></li><li><a href='/products/'>製品情報"
        "</a></li><li><a href='/products/sensor/'>センサ</a></li><li>HT-320</li></ol></div>"
        "<main class='product'><div class='product__head'><h1 class='product__title'>HT-320 "
        "温湿度センサ</h1><p class='product__status'><span class='badge'>量産中</span></p>"
        "<div class='product__buy'><p class='price'>参考価格 ¥480（税込）</p><button "
        "class='btn-cart'>カートに入れる</button><button class='btn-sample'>サンプルを依頼"
        "</button></div></div><section class='product__section'><h2>概要</h2><p>HT-320は、"
        "温度と湿度を一つのパッケージで測定するデジタルセンサです。I²Cで読み出し、待機時の"
        "消費電流は0.2µAです。</p><h3>特長</h3><ul class='feature-list'><li>湿度精度 ±2%RH"
        "（20〜80%RH）</li><li>温度精度 ±0.2℃（0〜60℃）</li><li>2.0×2.0mmの小型DFNパッケージ"
        "</li></ul></section><section class='product__section'><h2>絶対最大定格</h2><table "
        "class='spec-table'><thead><tr><th>項目</th><th>記号</th><th>最小</th><th>最大</th><th>"
        "単位</th></tr></thead><tbody><tr><td>電源電圧</td><td>VDD</td><td>-0.3</td><td>6.0"
        "</td><td>V</td></tr><tr><td>動作温度</td><td>Ta</td><td>-40</td><td>125</td><td>℃</td>"
        "</tr></tbody></table><p class='note'>※定格を超えると、素子が破損するおそれがあります。"
        "</p></section><section class='product__section'><h2>端子配置</h2><table "
        "class='spec-table'><tr><th>端子番号</th><th>名称</th><th>機能</th></tr><tr><td>1</td>"
        "<td>SDA</td><td>I²Cデータ</td></tr><tr><td>2</td><td>GND</td><td>グラウンド</td></tr>"
        "<tr><td>3</td><td>SCL</td><td>I²Cクロック</td></tr><tr><td>4</td><td>VDD</td><td>"
        "電源</td></tr></table></section><section class='product__download'><h2>ダウンロード"
        "</h2><ul><li><a href='/pdf/HT-320_datasheet.pdf'>データシート（PDF・1.2MB）</a></li>"
        "<li><a href='/cad/HT-320.zip'>CADデータ</a></li></ul></section><section "
        "class='related'><h2>関連製品</h2><ul class='related__list'><li><a href='/products/"
        "sensor/HT-310/'>HT-310 湿度センサ</a></li><li><a href='/products/sensor/PT-100/'>"
        "PT-100 気圧センサ</a></li></ul></section></main><footer class='gFooter'><ul><li><a "
        "href='/privacy/'>個人情報保護方針</a></li><li><a href='/sitemap/'>サイトマップ</a>"
        "</li></ul><p class='copyright'>© 2026 Minato Denshi Co., Ltd.</p></footer>",
    ),
    (
        "HT-320は、温度と湿度を一つのパッケージで測定するデジタルセンサです。",
        "湿度精度 ±2%RH（20〜80%RH）",
        "2.0×2.0mmの小型DFNパッケージ",
        "絶対最大定格",
        "電源電圧",
        "※定格を超えると、素子が破損するおそれがあります。",
        "I²Cクロック",
    ),
    ("カートに入れる", "サンプルを依頼", "HT-310 湿度センサ", "個人情報保護方針", "お問い合わせ"),
)
ROWS["ja_component_datasheet_spec_tables"] = (
    ("電源電圧", "VDD", "-0.3", "6.0", "V"),
    ("3", "SCL", "I²Cクロック"),
)

# --- Uyghur (right to left), a Linux desktop guide: a table of keyboard shortcuts set in
# <kbd>, a left-to-right command inside the right-to-left text, a tip box, the site's menu,
# the "share" row and the footer.
PROBES.add(
    "ug_linux_shortcuts_kbd_table_rtl",
    "https://komputer.example.org/ug/linux/tizlatquch-kunupkilar",
    page(
        "ug",
        "Linux ئۈستەليۈزىدىكى تېزلەتكۈچ كۇنۇپكىلار",
        "<header class='site-head'><a href='/ug/'>كومپيۇتېر مەكتىپى</a><nav><a "
        "href='/ug/linux/'>Linux</a> <a href='/ug/tor/'>تور</a> <a href='/ug/about'>بىز "
        "ھەققىدە</a></nav></header><main><article class='lesson'><h1>Linux ئۈستەليۈزىدىكى "
        "تېزلەتكۈچ كۇنۇپكىلار</h1><p>تېزلەتكۈچ كۇنۇپكىلار چاشقىنەككە قول سوزماي ئىشلەشكە "
        "ياردەم بېرىدۇ. تۆۋەندىكى جەدۋەلدە ئەڭ كۆپ ئىشلىتىلىدىغانلىرى بار.</p><table "
        "class='shortcuts'><thead><tr><th>كۇنۇپكا</th><th>ۋەزىپىسى</th></tr></thead><tbody><tr>"
        "<td><kbd>Super</kbd></td><td>پروگراممىلار تىزىملىكىنى ئاچىدۇ</td></tr><tr><td><kbd>"
        "Alt</kbd>+<kbd>Tab</kbd></td><td>ئوچۇق كۆزنەكلەر ئارىسىدا ئالماشتۇرىدۇ</td></tr><tr>"
        "<td><kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>T</kbd></td><td>تېرمىنالنى ئاچىدۇ</td></tr>"
        "</tbody></table><p>ئۆزىڭىز يېڭى تېزلەتكۈچ قوشماقچى بولسىڭىز، تەڭشەكلەردىكى "
        "«كۇنۇپكا تاختىسى» بۆلىكىگە كىرىڭ ياكى تېرمىنالدا مۇنۇ بۇيرۇقنى ئىجرا قىلىڭ:</p><pre "
        "dir='ltr'><code>gsettings list-keys org.gnome.desktop.wm.keybindings</code></pre>"
        "<div class='tip'><p><b>ئەسكەرتىش:</b> بەزى كۇنۇپكا بىرىكمىلىرىنى سىستېما ئىگىلىۋالغان، "
        "ئۇلارنى ئۆزگەرتىشتىن بۇرۇن ئەسلىدىكى ۋەزىپىسىنى تەكشۈرۈڭ.</p></div></article><div "
        "class='share-row'><span>ھەمبەھىرلەش:</span><a href='#'>Telegram</a><a href='#'>"
        "Facebook</a></div><nav class='lesson-nav'><a href='/ug/linux/hojjet'>ئالدىنقى: "
        "ھۆججەت باشقۇرغۇچ</a></nav></main><footer><p>© 2026 كومپيۇتېر مەكتىپى · ھەممە ھوقۇقى "
        "قوغدىلىدۇ</p></footer>",
        dir_="rtl",
    ),
    (
        "تېزلەتكۈچ كۇنۇپكىلار چاشقىنەككە قول سوزماي ئىشلەشكە ياردەم بېرىدۇ.",
        "پروگراممىلار تىزىملىكىنى ئاچىدۇ",
        "ئوچۇق كۆزنەكلەر ئارىسىدا ئالماشتۇرىدۇ",
        "gsettings list-keys org.gnome.desktop.wm.keybindings",
        "ئۇلارنى ئۆزگەرتىشتىن بۇرۇن ئەسلىدىكى ۋەزىپىسىنى تەكشۈرۈڭ.",
    ),
    ("ھەمبەھىرلەش:", "ھۆججەت باشقۇرغۇچ", "ھەممە ھوقۇقى قوغدىلىدۇ", "بىز ھەققىدە"),
)
CODE["ug_linux_shortcuts_kbd_table_rtl"] = ("gsettings list-keys org.gnome.desktop.wm.keybindings",)

# --- Scottish Gaelic, a DokuWiki page of a translation team: the wiki's header with its
# tools ("Clàraich a-steach"), the breadcrumb trail, the table of contents box, a style
# guide's sections, a table of terms (English | Gàidhlig | note), a code line, and the
# "Atharrachadh mu dheireadh" line and the licence badge.
PROBES.add(
    "gd_dokuwiki_terms_table_toc",
    "https://uicipeid.example.scot/doku.php?id=eadar-theangachadh:stoidhle",
    page(
        "gd",
        "eadar-theangachadh:stoidhle [Uicipeid nan Eadar-theangaichean]",
        "<div id='dokuwiki__site'><div id='dokuwiki__top' class='site dokuwiki mode_show "
        "tpl_dokuwiki'><div id='dokuwiki__header'><div class='pad group'><div "
        "class='headings group'><ul class='a11y skip'><li><a href='#dokuwiki__content'>leum "
        "dhan t-susbaint</a></li></ul><h1><a href='/doku.php?id=start' accesskey='h'>"
        "Uicipeid nan Eadar-theangaichean</a></h1></div><div class='tools group'><div "
        "id='dokuwiki__usertools'><ul><li class='action login'><a href='/doku.php?do=login'>"
        "Clàraich a-steach</a></li></ul></div><div id='dokuwiki__sitetools'><form "
        "id='dw__search' class='search'><input type='text' placeholder='Lorg'></form><ul><li "
        "class='action recent'><a href='/doku.php?do=recent'>Atharraichean o chionn goirid"
        "</a></li><li class='action index'><a href='/doku.php?do=index'>Clàr-amais</a></li>"
        "</ul></div></div><div class='breadcrumbs'><div class='trace'><span class='bchead'>"
        "Lorg:</span> <bdi><a href='/doku.php?id=start'>start</a></bdi> • <bdi><span "
        "class='curid'><a href='/doku.php?id=eadar-theangachadh:stoidhle'>stoidhle</a></span>"
        "</bdi></div></div></div></div><div class='wrapper group'><div id='dokuwiki__content'>"
        "<div class='pad group'><div class='pageId'><span>eadar-theangachadh:stoidhle</span>"
        "</div><div class='page group'><div id='dw__toc' class='dw__toc'><h3 "
        "class='toggle'>Clàr-innse</h3><div><ul class='toc'><li class='level1'><div "
        "class='li'><a href='#faclan'>Faclan</a></div></li><li class='level1'><div "
        "class='li'><a href='#putanan'>Putanan</a></div></li></ul></div></div><h1 "
        "class='sectionedit1' id='stoidhle_eadar-theangachaidh'>Stoidhle eadar-theangachaidh"
        "</h1><div class='level1'><p>Tha an duilleag seo ag innse mar a bhios sinn a' "
        "sgrìobhadh teacsa bathair-bhog sa Ghàidhlig, gus am bi na prògraman uile a' "
        "bruidhinn san aon dòigh.</p></div><h2 class='sectionedit2' id='faclan'>Faclan</h2>"
        "<div class='level2'><div class='table sectionedit3'><table class='inline'><thead><tr "
        "class='row0'><th class='col0'>Beurla</th><th class='col1'>Gàidhlig</th><th "
        "class='col2'>Nòta</th></tr></thead><tr class='row1'><td class='col0'>file</td><td "
        "class='col1'>faidhle</td><td class='col2'>fireann</td></tr><tr class='row2'><td "
        "class='col0'>folder</td><td class='col1'>pasgan</td><td class='col2'>chan e "
        "«ficheall»</td></tr><tr class='row3'><td class='col0'>download</td><td class='col1'>"
        "luchdaich a-nuas</td><td class='col2'>gnìomhair</td></tr></table></div></div><h2 "
        "class='sectionedit4' id='putanan'>Putanan</h2><div class='level2'><p>Cleachd an "
        "àithne air putan, chan e ainmear: «Sàbhail», chan e «Sàbhaladh». Cumaibh na "
        "caochladairean mar a tha iad:</p><pre class='code'>Chaidh %d faidhle a sguabadh às"
        "</pre></div><div class='secedit editbutton_section'><form class='button btn_secedit'>"
        "<button type='submit'>Deasaich</button></form></div></div><div class='docInfo'><bdi>"
        "eadar-theangachadh/stoidhle.txt</bdi> · Atharrachadh mu dheireadh: 2026/02/27 "
        "21:14 le <bdi>seonag</bdi></div></div></div></div><div id='dokuwiki__footer'><div "
        "class='pad'><div class='license'>Tha susbaint na uicipeid seo fo cheadachas: <bdi><a "
        "href='https://creativecommons.org/licenses/by-sa/4.0/deed.gd'>CC Attribution-Share "
        "Alike 4.0 International</a></bdi></div><div class='buttons'><a "
        "href='https://www.dokuwiki.org/donate'>Donate</a><a href='https://php.net'>Powered "
        "by PHP</a><a href='https://dokuwiki.org/'>Driven by DokuWiki</a></div></div></div>"
        "</div></div>",
    ),
    (
        "Tha an duilleag seo ag innse mar a bhios sinn a' sgrìobhadh teacsa",
        "luchdaich a-nuas",
        "chan e «ficheall»",
        "Cleachd an àithne air putan, chan e ainmear",
        "Chaidh %d faidhle a sguabadh às",
    ),
    (
        "leum dhan t-susbaint",
        "Clàraich a-steach",
        "Atharraichean o chionn goirid",
        "Atharrachadh mu dheireadh",
        "Driven by DokuWiki",
        "Tha susbaint na uicipeid seo fo cheadachas",
        "Deasaich",
    ),
)
ROWS["gd_dokuwiki_terms_table_toc"] = (("folder", "pasgan", "chan e «ficheall»"),)
CODE["gd_dokuwiki_terms_table_toc"] = ("Chaidh %d faidhle a sguabadh às",)

# --- Faroese, a project's changelog in Sphinx's Furo theme: the side drawer with its search
# and tree, "Aftur ovast", "Á hesi síðuni", the light/dark toggle, version headings each
# with its date and lists of changes (one item with code), the footer of prev/next links.
PROBES.add(
    "fo_sphinx_furo_changelog_versions",
    "https://skjal.example.fo/broytingar.html",
    page(
        "fo",
        "Broytingar - Fjølmiðlatól 5.0 skjalfesting",
        "<svg xmlns='http://www.w3.org/2000/svg' style='display: none;'><symbol "
        "id='svg-toc' viewBox='0 0 24 24'><title>Innihald</title></symbol></svg><input "
        "type='checkbox' class='sidebar-toggle' name='__navigation' id='__navigation'><input "
        "type='checkbox' class='sidebar-toggle' name='__toc' id='__toc'><label "
        "class='overlay sidebar-overlay' for='__navigation'></label><div class='page'><header "
        "class='mobile-header'><div class='header-left'><label class='nav-overlay-icon' "
        "for='__navigation'><div class='visually-hidden'>Skift leiðarval</div></label></div>"
        "<div class='header-center'><a href='index.html'><div class='brand'>Fjølmiðlatól 5.0"
        "</div></a></div></header><aside class='sidebar-drawer'><div class='sidebar-container'>"
        "<div class='sidebar-sticky'><a class='sidebar-brand' href='index.html'><span "
        "class='sidebar-brand-text'>Fjølmiðlatól 5.0</span></a><form class='sidebar-search-"
        "container' method='get' action='search.html' role='search'><input class='sidebar-"
        "search' placeholder='Leita' name='q' aria-label='Leita'></form><div "
        "class='sidebar-scroll'><div class='sidebar-tree'><ul><li class='toctree-l1'><a "
        "class='reference internal' href='byrjan.html'>Byrjan</a></li><li class='toctree-l1 "
        "current current-page'><a class='current reference internal' href='#'>Broytingar</a>"
        "</li></ul></div></div></div></div></aside><div class='main'><div class='content'>"
        "<div class='article-container'><a href='#' class='back-to-top muted-link'><span>"
        "Aftur ovast</span></a><div class='content-icon-container'><div class='edit-this-"
        "page'><a class='muted-link' href='https://code.example.fo/fjolmidlatol/edit/main/"
        "docs/broytingar.rst' title='Rætta hesa síðuna'><span class='visually-hidden'>Rætta "
        "hesa síðuna</span></a></div><div class='theme-toggle-container theme-toggle-content'>"
        "<button class='theme-toggle'><div class='visually-hidden'>Skift ljóst/myrkt snið"
        "</div></button></div></div><article role='main' id='furo-main-content'><section "
        "id='broytingar'><h1>Broytingar<a class='headerlink' href='#broytingar'>¶</a></h1><p>"
        "Her eru allar broytingar í útgávunum, tær nýggjastu fyrst.</p><section id='id1'><h2>"
        "5.0.0 (2026-03-01)<a class='headerlink' href='#id1'>¶</a></h2><section "
        "id='brotandi-broytingar'><h3>Brotandi broytingar<a class='headerlink' "
        "href='#brotandi-broytingar'>¶</a></h3><ul class='simple'><li><p>Stuðul fyri Python "
        "3.9 er tikin burtur.</p></li><li><p>Stillingin <code class='docutils literal "
        "notranslate'><span class='pre'>ljóð.snið</span></code> eitur nú <code "
        "class='docutils literal notranslate'><span class='pre'>ljóð.format</span></code>."
        "</p></li></ul></section><section id='nyggjar-funktionir'><h3>Nýggjar funktiónir<a "
        "class='headerlink' href='#nyggjar-funktionir'>¶</a></h3><ul class='simple'><li><p>"
        "Ljóðfílur kunnu nú klippast uttan at verða umkodaðar aftur.</p></li></ul></section>"
        "</section><section id='id2'><h2>4.2.1 (2026-01-14)<a class='headerlink' "
        "href='#id2'>¶</a></h2><ul class='simple'><li><p>Rættar feil, har ið stuttar fílur "
        "vórðu lisnar sum tómar.</p></li></ul></section></section></article></div><footer>"
        "<div class='related-pages'><a class='next-page' href='leyvi.html'><div "
        "class='page-info'><div class='context'><span>Næsta</span></div><div "
        "class='title'>Loyvi</div></div></a><a class='prev-page' href='byrjan.html'><div "
        "class='page-info'><div class='context'><span>Undanfarna</span></div><div "
        "class='title'>Byrjan</div></div></a></div><div class='bottom-of-page'><div "
        "class='left-details'><div class='copyright'>Copyright © 2026, Fjølmiðlatól-"
        "bólkurin</div>Gjørt við <a href='https://www.sphinx-doc.org/'>Sphinx</a> og <a "
        "class='muted-link' href='https://pradyunsg.me'>@pradyunsg</a>'s <a "
        "href='https://github.com/pradyunsg/furo'>Furo</a></div></div></footer></div><aside "
        "class='toc-drawer'><div class='toc-sticky toc-scroll'><div class='toc-title-"
        "container'><span class='toc-title'>Á hesi síðuni</span></div><div class='toc-tree-"
        "container'><div class='toc-tree'><ul><li><a class='reference internal' href='#id1'>"
        "5.0.0 (2026-03-01)</a></li><li><a class='reference internal' href='#id2'>4.2.1 "
        "(2026-01-14)</a></li></ul></div></div></div></aside></div></div>" + _script("furo"),
    ),
    (
        "Her eru allar broytingar í útgávunum, tær nýggjastu fyrst.",
        "5.0.0 (2026-03-01)",
        "Brotandi broytingar",
        "Stuðul fyri Python 3.9 er tikin burtur.",
        "eitur nú ljóð.format.",
        "Ljóðfílur kunnu nú klippast uttan at verða umkodaðar aftur.",
        "4.2.1 (2026-01-14)",
        "Rættar feil, har ið stuttar fílur vórðu lisnar sum tómar.",
    ),
    (
        "Skift leiðarval",
        "Aftur ovast",
        "Rætta hesa síðuna",
        "Skift ljóst/myrkt snið",
        "Á hesi síðuni",
        "Undanfarna",
        "Gjørt við",
    ),
)
ONCE["fo_sphinx_furo_changelog_versions"] = ("5.0.0 (2026-03-01)",)

# --- Malagasy, a pkgdown reference page of an R package: the navbar with the version, the
# function's description, usage in a <pre>, the arguments as a definition list, the value,
# the examples with their "#>" output lines and the "Run this code" button, the sidebar's
# "On this page" and "Developed by" lines.
PROBES.add(
    "mg_pkgdown_reference_arguments_examples",
    "https://fonosana.example.mg/reference/kajy_orana.html",
    page(
        "mg",
        "Manisa ny andro orana — kajy_orana • fonosana",
        "<a href='#main' class='visually-hidden-focusable'>Skip to contents</a><nav "
        "class='navbar fixed-top navbar-light navbar-expand-lg bg-light'><div "
        "class='container'><a class='navbar-brand me-2' href='../index.html'>fonosana</a><small "
        "class='nav-text text-muted me-auto' data-bs-toggle='tooltip' data-bs-placement='bottom' "
        "title='Released version'>1.3.0</small><ul class='navbar-nav me-auto'><li "
        "class='active nav-item'><a class='nav-link' href='../reference/index.html'>Reference"
        "</a></li><li class='nav-item'><a class='nav-link' href='../articles/index.html'>"
        "Articles</a></li><li class='nav-item'><a class='nav-link' href='../news/index.html'>"
        "Changelog</a></li></ul><form class='form-inline' role='search'><input type='search' "
        "class='form-control' name='search-input' aria-label='Search for' autocomplete='off'>"
        "</form></div></nav><div class='container template-reference-topic'><div "
        "class='row'><main id='main' class='col-md-9'><div class='page-header'><h1>Manisa ny "
        "andro orana</h1><small class='dont-index'>Source: <a href='https://code.example.mg/"
        "fonosana/blob/main/R/orana.R'><code>R/orana.R</code></a></small><div class='d-none "
        "name'><code>kajy_orana.Rd</code></div></div><div class='ref-description section "
        "level2'><p>Manisa ny andro nisy orana mihoatra ny fetra iray isaky ny volana, avy "
        "amin'ny tahirin'ny tobim-pandrefesana.</p></div><div class='section level2'><h2 "
        "id='ref-usage'>Usage<a class='anchor' aria-label='anchor' href='#ref-usage'></a></h2>"
        "<div class='sourceCode'><pre class='sourceCode r'><code><span class='fu'>kajy_orana"
        "</span><span class='op'>(</span><span class='va'>tahiry</span>, fetra <span "
        "class='op'>=</span> <span class='fl'>1</span><span class='op'>)</span></code></pre>"
        "</div></div><div class='section level2'><h2 id='arguments'>Arguments<a "
        "class='anchor' href='#arguments'></a></h2><dl><dt>tahiry</dt><dd><p>Tabilao misy ny "
        "tsanganana <code>daty</code> sy <code>mm</code>.</p></dd><dt>fetra</dt><dd><p>Ny "
        "habetsaky ny orana kely indrindra, amin'ny milimetatra, vao isaina ho andro orana."
        "</p></dd></dl></div><div class='section level2'><h2 id='value'>Value<a "
        "class='anchor' href='#value'></a></h2><p>Tabilao misy andalana iray isaky ny volana."
        "</p></div><div class='section level2'><h2 id='ref-examples'>Examples<a "
        "class='anchor' href='#ref-examples'></a></h2><div class='sourceCode'><pre "
        "class='sourceCode r'><code><span class='r-in'><span class='va'>ohatra</span> <span "
        "class='op'>&lt;-</span> <span class='fu'>data.frame</span>(daty <span class='op'>="
        "</span> <span class='fu'>as.Date</span>(<span class='st'>\"2026-01-01\"</span>) "
        "<span class='op'>+</span> <span class='fl'>0</span><span class='op'>:</span><span "
        "class='fl'>2</span>, mm <span class='op'>=</span> <span class='fu'>c</span>(<span "
        "class='fl'>0</span>, <span class='fl'>4.2</span>, <span class='fl'>12</span>))</span>"
        "\n<span class='r-in'><span class='fu'>kajy_orana</span>(<span class='va'>ohatra"
        "</span>)</span>\n<span class='r-out co'><span class='r-pr'>#&gt;</span>     volana "
        "andro_orana</span>\n<span class='r-out co'><span class='r-pr'>#&gt;</span> 1 "
        "2026-01          2</span></code></pre><button class='btn btn-primary'>Run this code"
        "</button></div></div></main><aside class='col-md-3'><nav id='toc' aria-label='Table "
        "of contents'><h2>On this page</h2><ul class='nav nav-pills flex-column'><li><a "
        "class='nav-link' href='#ref-usage'>Usage</a></li><li><a class='nav-link' "
        "href='#arguments'>Arguments</a></li><li><a class='nav-link' href='#value'>Value</a>"
        "</li></ul></nav></aside></div><footer><div class='pkgdown-footer-left'><p>Developed "
        "by Hery Rakotomalala, Voahangy Rasoanaivo.</p></div><div class='pkgdown-footer-"
        "right'><p>Site built with <a href='https://pkgdown.r-lib.org/'>pkgdown</a> 2.1.1.</p>"
        "</div></footer></div>",
    ),
    (
        "Manisa ny andro nisy orana mihoatra ny fetra iray isaky ny volana",
        "kajy_orana(tahiry, fetra = 1)",
        "Tabilao misy ny tsanganana daty sy mm.",
        "vao isaina ho andro orana.",
        "Tabilao misy andalana iray isaky ny volana.",
        "volana andro_orana",
    ),
    (
        "Skip to contents",
        "Released version",
        "Run this code",
        "On this page",
        "Developed by Hery Rakotomalala",
        "Site built with",
    ),
)
CODE["mg_pkgdown_reference_arguments_examples"] = ("kajy_orana(tahiry, fetra = 1)",)

# --- Croatian, a Doxygen page of a C class: the project's title area, the tabs, the
# "Detaljni opis" with a code fragment, the member functions' tables (memitem, memproto,
# memdoc) with their parameter tables, the include line and "Generirano Doxygenom".
PROBES.add(
    "hr_doxygen_class_member_docs",
    "https://dokumentacija.example.hr/mjerac/classMjerac.html",
    page(
        "hr",
        "Mjerač: Mjerac razred – referenca",
        "<div id='top'><div id='titlearea'><table cellspacing='0' cellpadding='0'><tbody><tr "
        "id='projectrow'><td id='projectalign'><div id='projectname'>Mjerač<span "
        "id='projectnumber'>&#160;2.1</span></div><div id='projectbrief'>Biblioteka za "
        "očitavanje mjerila</div></td></tr></tbody></table></div><div id='main-nav'><ul "
        "class='sm sm-dox' id='main-menu'><li><a href='index.html'>Glavna stranica</a></li>"
        "<li><a href='annotated.html'>Razredi</a></li><li><a href='files.html'>Datoteke</a>"
        "</li><li><div id='MSearchBox' class='MSearchBoxInactive'><input type='text' "
        "id='MSearchField' placeholder='Traži'></div></li></ul></div><div id='nav-path' "
        "class='navpath'><ul><li class='navelem'><a class='el' href='classMjerac.html'>Mjerac"
        "</a></li></ul></div></div><div class='header'><div class='summary'><a "
        "href='#pub-methods'>Javne metode</a> &#124; <a href='classMjerac-members.html'>Popis "
        "svih članova</a></div><div class='headertitle'><div class='title'>Mjerac razred – "
        "referenca</div></div></div><div class='contents'><p><code>#include &lt;<a "
        "class='el' href='mjerac_8h_source.html'>mjerac.h</a>&gt;</code></p><table "
        "class='memberdecls'><tr class='heading'><td colspan='2'><h2 class='groupheader'><a "
        "id='pub-methods' name='pub-methods'></a>Javne metode</h2></td></tr><tr "
        "class='memitem:a1'><td class='memItemLeft' align='right' valign='top'>int&#160;</td>"
        "<td class='memItemRight' valign='bottom'><a class='el' href='#a1'>otvori</a> (const "
        "char *uredaj)</td></tr><tr class='memdesc:a1'><td class='mdescLeft'>&#160;</td><td "
        "class='mdescRight'>Otvara vezu s mjerilom.  <a href='#a1'>Detaljnije...</a><br></td>"
        "</tr></table><a name='details' id='details'></a><h2 class='groupheader'>Detaljni "
        "opis</h2><div class='textblock'><p>Razred čita vrijednosti s mjerila spojenog na "
        "serijski priključak i pretvara ih u kilograme.</p><p>Tipična uporaba:</p><div "
        "class='fragment'><div class='line'>Mjerac m;</div><div class='line'><span "
        "class='keywordflow'>if</span> (m.otvori(<span class='stringliteral'>\"/dev/ttyUSB0"
        "\"</span>) == 0) {</div><div class='line'>    <span class='keywordtype'>double</span> "
        "kg = m.ocitaj();</div><div class='line'>}</div></div></div><h2 "
        "class='groupheader'>Dokumentacija funkcija članova</h2><a id='a1' name='a1'></a><h2 "
        "class='memtitle'><span class='permalink'><a href='#a1'>&#9670;&#160;</a></span>"
        "otvori()</h2><div class='memitem'><div class='memproto'><table class='memname'><tr>"
        "<td class='memname'>int Mjerac::otvori</td><td>(</td><td class='paramtype'>const "
        "char *&#160;</td><td class='paramname'><em>uredaj</em></td><td>)</td></tr></table>"
        "</div><div class='memdoc'><p>Otvara vezu s mjerilom i postavlja brzinu na 9600 "
        "bauda.</p><dl class='params'><dt>Parametri</dt><dd><table class='params'><tr><td "
        "class='paramname'>uredaj</td><td>Putanja serijskog uređaja.</td></tr></table></dd>"
        "</dl><dl class='section return'><dt>Vraća</dt><dd>0 ako je veza otvorena, inače kôd "
        "greške.</dd></dl></div></div><hr><p>Dokumentacija za ovaj razred generirana je iz "
        "datoteke:</p><ul><li>mjerac.h</li></ul></div><hr class='footer'><address "
        "class='footer'><small>Generirano Doxygenom 1.10.0</small></address>",
    ),
    (
        "Razred čita vrijednosti s mjerila spojenog na serijski priključak",
        "Tipična uporaba:",
        'if (m.otvori("/dev/ttyUSB0") == 0) {',
        "double kg = m.ocitaj();",
        "Otvara vezu s mjerilom i postavlja brzinu na 9600 bauda.",
        "Putanja serijskog uređaja.",
        "0 ako je veza otvorena, inače kôd greške.",
    ),
    (
        "Biblioteka za očitavanje mjerila",
        "Popis svih članova",
        "Detaljnije...",
        "Generirano Doxygenom",
        "Glavna stranica",
    ),
)
CODE["hr_doxygen_class_member_docs"] = ("double kg = m.ocitaj();",)

# --- Hindi, a Go package's documentation page: the header and search, the module's facts
# ("Imported by", licence, version), the "Documentation" section with an overview, the
# index of functions, each function's signature in <pre> with its comment and example,
# "Source Files" and the footer.
PROBES.add(
    "hi_go_package_docs_index_funcs",
    "https://pkg.example.dev/example.in/ginti/varnmala",
    page(
        "hi",
        "varnmala package - example.in/ginti/varnmala - Go Packages",
        "<header class='go-Header'><a class='go-Header-logo' href='/'>Go</a><nav><ul "
        "class='go-Header-menu'><li><a href='/why'>Why Go</a></li><li><a href='/learn'>"
        "Learn</a></li></ul></nav><form class='go-SearchForm'><input placeholder='Search "
        "packages or symbols'></form></header><main class='go-Main'><div class='go-Main-"
        "banner'></div><header class='go-Main-header'><div class='go-Main-headerBreadcrumb'>"
        "<a href='/'>Discover Packages</a> <span>›</span> <a href='/example.in/ginti'>"
        "example.in/ginti</a></div><h1>varnmala</h1><div class='go-Main-headerDetails'><span "
        "class='go-Main-headerDetailItem'>Version: v0.4.1</span><span class='go-Main-header"
        "DetailItem'>Latest</span><span class='go-Main-headerDetailItem'>Published: Feb 2, "
        "2026</span><span class='go-Main-headerDetailItem'>License: MIT</span><span "
        "class='go-Main-headerDetailItem'>Imports: 2</span><span class='go-Main-headerDetail"
        "Item'>Imported by: 17</span></div></header><aside class='go-Main-aside'><div "
        "class='UnitMeta'><h2>Details</h2><ul><li>Valid go.mod file</li><li>Redistributable "
        "license</li><li>Tagged version</li></ul><h2>Repository</h2><a href='https://code."
        "example.in/ginti'>code.example.in/ginti</a></div></aside><nav class='go-Main-nav'>"
        "<ul><li><a href='#section-documentation'>Documentation</a></li><li><a "
        "href='#section-sourcefiles'>Source Files</a></li></ul></nav><article class='go-Main-"
        "article'><div class='UnitDoc'><h2 class='UnitDoc-title' id='section-documentation'>"
        "Documentation</h2><div class='Documentation-content'><section class='Documentation-"
        "overview'><h3 class='Documentation-overviewHeader'>Overview</h3><p>पैकेज varnmala "
        "देवनागरी पाठ को अक्षरों में बाँटता है, ताकि मात्राएँ और संयुक्ताक्षर अपने व्यंजन से अलग न "
        "हों।</p></section><section class='Documentation-index'><h3 class='Documentation-"
        "indexHeader'>Index</h3><ul class='Documentation-indexList'><li><a "
        "href='#Akshar'>func Akshar(s string) []string</a></li><li><a href='#Gino'>func "
        "Gino(s string) int</a></li></ul></section><section class='Documentation-functions'>"
        "<div class='Documentation-function'><h4 tabindex='-1' id='Akshar' data-kind='function' "
        "class='Documentation-functionHeader'><span>func <a class='Documentation-source' "
        "href='https://code.example.in/ginti/blob/v0.4.1/varnmala/akshar.go#L21'>Akshar</a>"
        "</span> <span class='Documentation-sinceVersion'>added in v0.2.0</span></h4><div "
        "class='Documentation-declaration'><pre>func Akshar(s <a href='/builtin#string'>string"
        "</a>) []<a href='/builtin#string'>string</a></pre></div><p>Akshar पाठ को अक्षरों की "
        "सूची में बदलता है। खाली पाठ के लिए खाली सूची लौटती है।</p><details "
        "class='Documentation-exampleDetails js-exampleContainer' open><summary "
        "class='Documentation-exampleDetailsHeader'>Example <a href='#example-Akshar'>¶</a>"
        "</summary><div class='Documentation-exampleDetailsBody'><pre class='Documentation-"
        'exampleCode\'>fmt.Println(varnmala.Akshar("क्षमा"))\n</pre><pre><span '
        "class='Documentation-exampleOutputLabel'>Output:</span>\n<span class='Documentation-"
        "exampleOutput'>[क्ष मा]\n</span></pre></div><div class='Documentation-"
        "exampleButtonsContainer'><p class='Documentation-exampleError' role='alert' "
        "aria-atomic='true'></p><button class='Documentation-exampleShareButton' "
        "aria-label='Share Code'>Share</button><button class='Documentation-exampleFormat"
        "Button' aria-label='Format Code'>Format</button><button class='Documentation-"
        "exampleRunButton' aria-label='Run Code'>Run</button></div></details></div><div "
        "class='Documentation-function'><h4 id='Gino' class='Documentation-functionHeader'>"
        "<span>func <a href='#'>Gino</a></span></h4><div class='Documentation-declaration'>"
        "<pre>func Gino(s string) int</pre></div><p>Gino पाठ में अक्षरों की संख्या लौटाता है, "
        "बाइटों या रूनों की नहीं।</p></div></section></div></div><h2 id='section-"
        "sourcefiles'>Source Files</h2><div class='UnitFiles'><ul><li><a href='#'>akshar.go"
        "</a></li><li><a href='#'>gino.go</a></li></ul></div></article></main><footer "
        "class='go-Footer'><div class='go-Footer-links'><a href='/about'>About</a><a "
        "href='/cookies'>Cookies</a><a href='/license-policy'>License Policy</a></div><p>"
        "Copyright 2026 Example. All rights reserved.</p></footer>",
    ),
    (
        "पैकेज varnmala देवनागरी पाठ को अक्षरों में बाँटता है",
        "func Akshar(s string) []string",
        "Akshar पाठ को अक्षरों की सूची में बदलता है।",
        'fmt.Println(varnmala.Akshar("क्षमा"))',
        "[क्ष मा]",
        "Gino पाठ में अक्षरों की संख्या लौटाता है, बाइटों या रूनों की नहीं।",
    ),
    (
        "Search packages or symbols",
        "Imported by: 17",
        "Valid go.mod file",
        "Discover Packages",
        "License Policy",
        "Format Code",
    ),
)
CODE["hi_go_package_docs_index_funcs"] = ("func Gino(s string) int",)

# --- Arabic (right to left), a tutorial site's lesson of the W3-like kind: the left menu of
# lessons, "السابق ❮" and "❯ التالي" buttons over and under the lesson, example boxes each
# with its code (left to right) and a "جربها بنفسك »" button, a note box, ads, a quiz box.
PROBES.add(
    "ar_tutorial_example_boxes_prev_next",
    "https://durus.example.com/css/css_flexbox.php",
    page(
        "ar",
        "تخطيط Flexbox في CSS",
        "<div id='topnav'><a href='/' class='w3-bar-item'>دروس</a><a href='/html/'>HTML</a>"
        "<a href='/css/'>CSS</a><a href='/js/'>JavaScript</a><a href='/login'>تسجيل الدخول"
        "</a></div><nav id='leftmenu' class='w3-sidebar w3-bar-block'><h2>دروس CSS</h2><a "
        "href='css_intro.php'>مقدمة CSS</a><a href='css_grid.php'>تخطيط Grid</a><a "
        "class='active' href='css_flexbox.php'>تخطيط Flexbox</a></nav><div id='main' "
        "class='w3-main'><h1>تخطيط <span class='color_h1'>Flexbox</span></h1><div "
        "class='w3-clear nextprev'><a class='w3-left w3-btn' href='css_grid.php'>❮ السابق</a>"
        "<a class='w3-right w3-btn' href='css_media.php'>التالي ❯</a></div><hr><p>يرتب "
        "Flexbox العناصر في صف أو عمود، ويوزع المساحة الفارغة بينها دون حساب العروض يدوياً.</p>"
        "<div class='w3-example'><h3>مثال</h3><p>اجعل العناصر في صف واحد متباعدة:</p><div "
        "class='w3-code notranslate cssHigh' dir='ltr'>.hawiya {<br>&nbsp; display: flex;<br>"
        "&nbsp; justify-content: space-between;<br>}</div><a class='w3-btn w3-margin-bottom' "
        "href='tryit.php?filename=flex1' target='_blank'>جربها بنفسك »</a></div><div "
        "id='mainLeaderboard' class='ad-slot'><div class='ad-label'>إعلان</div></div><h2>اتجاه "
        "المحور</h2><p>تحدد الخاصية <code class='w3-codespan'>flex-direction</code> اتجاه "
        "المحور الرئيسي: صف أو عمود.</p><div class='w3-example'><h3>مثال</h3><div "
        "class='w3-code notranslate cssHigh' dir='ltr'>.hawiya {<br>&nbsp; flex-direction: "
        "column;<br>}</div><a class='w3-btn' href='tryit.php?filename=flex2'>جربها بنفسك »"
        "</a></div><div class='w3-panel w3-note'><p><strong>ملاحظة:</strong> في اللغات التي "
        "تكتب من اليمين إلى اليسار يبدأ الصف من اليمين.</p></div><div class='w3-panel "
        "exercise'><h2>اختبر نفسك بالتمارين</h2><p>أكمل الشيفرة لتصبح العناصر في عمود:</p><a "
        "class='w3-btn' href='/css/exercise.php'>ابدأ التمرين</a></div><div class='w3-clear "
        "nextprev'><a class='w3-left w3-btn' href='css_grid.php'>❮ السابق</a><a "
        "class='w3-right w3-btn' href='css_media.php'>التالي ❯</a></div></div><div "
        "id='right' class='w3-col'><div class='ad-skyscraper'>إعلان</div></div><footer "
        "class='w3-container'><p>الدروس والأمثلة للتعلم فقط، وقد تكون مبسطة.</p><p>حقوق "
        "النشر 2026 محفوظة.</p></footer>",
        dir_="rtl",
    ),
    (
        "يرتب Flexbox العناصر في صف أو عمود",
        "اجعل العناصر في صف واحد متباعدة:",
        "display: flex;",
        "justify-content: space-between;",
        "اتجاه المحور",
        "flex-direction: column;",
        "في اللغات التي تكتب من اليمين إلى اليسار يبدأ الصف من اليمين.",
    ),
    (
        "السابق",
        "التالي",
        "جربها بنفسك",
        "إعلان",
        "مقدمة CSS",
        "حقوق النشر 2026 محفوظة.",
        "تسجيل الدخول",
    ),
)

# --- Khmer, a Just the Docs (Jekyll) page: the side navigation, the search, the page's own
# "table of contents" list inside the text (after its heading), a label, a code block, a
# callout, "Back to top", "Edit this page on GitHub" and "This site uses Just the Docs".
PROBES.add(
    "km_just_the_docs_inline_toc_callout",
    "https://aksar.example.org/docs/font-install/",
    page(
        "km",
        "ការដំឡើងពុម្ពអក្សរ | ឯកសារពុម្ពអក្សរខ្មែរ",
        "<a class='skip-to-main' href='#main-content'>Skip to main content</a><div "
        "class='side-bar'><div class='site-header' role='banner'><a href='/' "
        "class='site-title lh-tight'>ពុម្ពអក្សរខ្មែរ</a></div><nav aria-label='Main' "
        "id='site-nav' class='site-nav'><ul class='nav-list'><li class='nav-list-item'><a "
        "href='/' class='nav-list-link'>ទំព័រដើម</a></li><li class='nav-list-item active'><a "
        "href='/docs/font-install/' class='nav-list-link active'>ការដំឡើងពុម្ពអក្សរ</a></li>"
        "</ul></nav><footer class='site-footer'>This site uses <a href='https://github.com/"
        "just-the-docs/just-the-docs'>Just the Docs</a>, a documentation theme for Jekyll."
        "</footer></div><div class='main' id='top'><div id='main-header' class='main-header'>"
        "<div class='search' role='search'><div class='search-input-wrap'><input type='text' "
        "id='search-input' class='search-input' placeholder='ស្វែងរក ឯកសារពុម្ពអក្សរខ្មែរ'>"
        "</div></div><nav aria-label='Auxiliary' class='aux-nav'><ul class='aux-nav-list'><li "
        "class='aux-nav-list-item'><a href='https://code.example.org/aksar' class='site-"
        "button'>កូដប្រភព</a></li></ul></nav></div><div class='main-content-wrap'><div "
        "id='main-content' class='main-content'><main><h1 id='ការដំឡើងពុម្ពអក្សរ'>"
        "ការដំឡើងពុម្ពអក្សរ</h1><p class='fs-6 fw-300'>របៀបដំឡើងពុម្ពអក្សរ Preah Vihear "
        "នៅលើកុំព្យូទ័ររបស់អ្នក។</p><span class='label label-green'>ថ្មី</span><details "
        "open><summary class='text-delta'>Table of contents</summary><ol id='markdown-toc'><li>"
        "<a href='#លីនុច' id='markdown-toc-លីនុច'>លីនុច</a></li><li><a href='#ពិនិត្យ' "
        "id='markdown-toc-ពិនិត្យ'>ពិនិត្យ</a></li></ol></details><hr><h2 id='លីនុច'>លីនុច</h2>"
        "<p>ចម្លងឯកសារពុម្ពអក្សរទៅក្នុងថតពុម្ពអក្សររបស់អ្នក ហើយធ្វើបច្ចុប្បន្នភាពឃ្លាំងសម្ងាត់៖</p>"
        "<div class='language-shell highlighter-rouge'><div class='highlight'><pre "
        "class='highlight'><code>cp PreahVihear-*.ttf ~/.local/share/fonts/\nfc-cache -f"
        "</code></pre></div></div><h2 id='ពិនិត្យ'>ពិនិត្យ</h2><p>បើកកម្មវិធីសរសេរណាមួយ "
        "ហើយជ្រើសរើស Preah Vihear ពីបញ្ជីពុម្ពអក្សរ។</p><p class='note'>ប្រសិនបើពុម្ពអក្សរ"
        "មិនបង្ហាញ សូមបិទកម្មវិធី ហើយបើកវាម្តងទៀត។</p><hr><footer><p><a href='#top' "
        "id='back-to-top'>Back to top</a></p><p class='text-small text-grey-dk-100 mb-0'>"
        "រក្សាសិទ្ធិ © 2026 ក្រុមពុម្ពអក្សរខ្មែរ</p><div class='d-flex mt-2'><p class='text-small "
        "text-grey-dk-000 mb-0'><a href='https://code.example.org/aksar/tree/main/docs/"
        "font-install.md' id='edit-this-page'>Edit this page on GitHub</a></p></div></footer>"
        "</main></div></div></div>",
    ),
    (
        "របៀបដំឡើងពុម្ពអក្សរ Preah Vihear នៅលើកុំព្យូទ័ររបស់អ្នក។",
        "ចម្លងឯកសារពុម្ពអក្សរទៅក្នុងថតពុម្ពអក្សររបស់អ្នក",
        "cp PreahVihear-*.ttf ~/.local/share/fonts/",
        "fc-cache -f",
        "ហើយជ្រើសរើស Preah Vihear ពីបញ្ជីពុម្ពអក្សរ។",
        "ប្រសិនបើពុម្ពអក្សរមិនបង្ហាញ សូមបិទកម្មវិធី ហើយបើកវាម្តងទៀត។",
    ),
    (
        "Skip to main content",
        "This site uses",
        "Table of contents",
        "Back to top",
        "Edit this page on GitHub",
        "រក្សាសិទ្ធិ © 2026",
        "កូដប្រភព",
    ),
)
CODE["km_just_the_docs_inline_toc_callout"] = ("fc-cache -f",)

# --- Ukrainian, an MDN-like reference page of a method: the breadcrumbs, "Baseline" badge,
# the syntax, parameters as a definition list, the return value, examples with code and
# output, the specifications table, the browser compatibility table (furniture of marks),
# "Дивіться також", the "Знайшли проблему з вмістом?" box and the last-modified line.
PROBES.add(
    "uk_mdn_reference_syntax_params_compat",
    "https://rozrobka.example.org/uk/docs/Web/JavaScript/Reference/Array/chunk",
    page(
        "uk",
        "Array.prototype.chunk() - JavaScript | Довідник розробника",
        "<div class='page-wrapper category-javascript document-page'><div class='top-"
        "navigation'><header class='main-document-header-container'><a href='/uk/' "
        "class='logo'>Довідник</a><nav class='main-nav'><ul class='main-menu'><li><a "
        "href='/uk/docs/Web'>Технології</a></li><li><a href='/uk/docs/Learn'>Навчання</a>"
        "</li></ul></nav><a class='button login-link' href='/users/signin'>Увійти</a></header>"
        "</div><div class='article-actions-container'><nav class='breadcrumbs-container'><ol "
        "typeof='BreadcrumbList' vocab='https://schema.org/'><li><a href='/uk/docs/Web'>"
        "Вебтехнології</a></li><li><a href='/uk/docs/Web/JavaScript'>JavaScript</a></li><li>"
        "<a href='#'>Array.prototype.chunk()</a></li></ol></nav><div class='language-menu'>"
        "<button>Українська</button></div></div><div class='main-wrapper'><aside "
        "class='sidebar'><nav class='sidebar-inner'><h4>Стандартні вбудовані об'єкти</h4><ol>"
        "<li><a href='/uk/docs/Web/JavaScript/Reference/Array'>Array</a></li><li><a "
        "href='/uk/docs/Web/JavaScript/Reference/Array/at'>Array.prototype.at()</a></li></ol>"
        "</nav></aside><aside class='toc'><nav><h2 class='document-toc-heading'>У цій статті"
        "</h2><ul class='document-toc-list'><li><a href='#syntaksys'>Синтаксис</a></li><li><a "
        "href='#pryklady'>Приклади</a></li></ul></nav></aside><main id='content' "
        "class='main-content' role='main'><article class='main-page-content' lang='uk'><header>"
        "<h1>Array.prototype.chunk()</h1><div class='baseline-indicator'><h2>Baseline</h2><p>"
        "Широко доступно</p></div></header><div class='section-content'><p>Метод <code>chunk()"
        "</code> повертає новий масив, поділений на частини заданої довжини. Останя частина "
        "може бути коротшою.</p></div><section aria-labelledby='syntaksys'><h2 "
        "id='syntaksys'>Синтаксис</h2><div class='code-example'><pre class='brush: js "
        "notranslate'><code>chunk(size)</code></pre></div><h3 id='parametry'>Параметри</h3><dl>"
        "<dt><code>size</code></dt><dd><p>Довжина кожної частини. Має бути цілим числом, "
        "більшим за нуль.</p></dd></dl><h3 id='povernene'>Повернене значення</h3><p>Новий "
        "масив масивів; початковий масив не змінюється.</p></section><section "
        "aria-labelledby='pryklady'><h2 id='pryklady'>Приклади</h2><div "
        "class='code-example'><div class='example-header'><span class='language-name'>js"
        "</span><button class='copy-icon' aria-label='Копіювати до буфера обміну'>Копіювати"
        "</button></div><pre class='brush: js notranslate'><code>const dni = [1, 2, 3, 4, 5];"
        "\nconsole.log(dni.chunk(2));\n// [[1, 2], [3, 4], [5]]</code></pre></div></section>"
        "<section aria-labelledby='specyfikatsii'><h2 id='specyfikatsii'>Специфікації</h2>"
        "<table class='standard-table'><thead><tr><th scope='col'>Специфікація</th></tr>"
        "</thead><tbody><tr><td><a href='https://spec.example.org/#sec-array.prototype.chunk'>"
        "Пропозиція Array chunk<br><small># sec-array.prototype.chunk</small></a></td></tr>"
        "</tbody></table></section><section aria-labelledby='sumisnist'><h2 "
        "id='sumisnist'>Сумісність із браузерами</h2><div class='bc-table-wrapper'><table "
        "class='bc-table bc-table-web'><thead><tr class='bc-platforms'><td></td><th "
        "class='bc-platform-desktop'>Настільні</th></tr><tr class='bc-browsers'><td></td><th "
        "class='bc-browser-chrome'>Chrome</th><th class='bc-browser-firefox'>Firefox</th></tr>"
        "</thead><tbody><tr><th class='bc-feature'><code>chunk</code></th><td "
        "class='bc-supports-yes'><span class='bc-version-label'>131</span><abbr "
        "class='bc-level-yes' title='Full support'>Повна підтримка</abbr></td><td "
        "class='bc-supports-yes'><span class='bc-version-label'>133</span><abbr "
        "class='bc-level-yes'>Повна підтримка</abbr></td></tr></tbody></table></div><section "
        "class='bc-legend'><h3 class='visually-hidden'>Легенда</h3><dl class='bc-legend-"
        "items-container'><dt>Повна підтримка</dt><dd>Повна підтримка</dd></dl></section>"
        "</section><section aria-labelledby='dyvitsia'><h2 id='dyvitsia'>Дивіться також</h2>"
        "<ul><li><a href='/uk/docs/Web/JavaScript/Reference/Array/slice'>Array.prototype."
        "slice()</a></li></ul></section><aside class='metadata'><div class='metadata-content-"
        "container'><div id='on-github' class='on-github'><h3>Знайшли проблему з вмістом цієї "
        "сторінки?</h3><ul><li><a href='#'>Відредагуйте сторінку на GitHub.</a></li><li><a "
        "href='#'>Повідомте про проблему з вмістом.</a></li></ul></div><p class='last-"
        "modified-date'>Цю сторінку востаннє змінено <time dateTime='2026-02-18'>18 лют. 2026 "
        "р.</time> <a href='#'>учасниками MDN</a>.</p></div></aside></article></main></div>"
        "<footer id='nav-footer' class='page-footer'><p>© 1998–2026 Довідник розробника</p>"
        "</footer></div>",
    ),
    (
        "повертає новий масив, поділений на частини заданої довжини.",
        "chunk(size)",
        "Довжина кожної частини. Має бути цілим числом, більшим за нуль.",
        "Новий масив масивів; початковий масив не змінюється.",
        "const dni = [1, 2, 3, 4, 5];",
        "// [[1, 2], [3, 4], [5]]",
    ),
    (
        "У цій статті",
        "Стандартні вбудовані об'єкти",
        "Знайшли проблему з вмістом цієї сторінки?",
        "Цю сторінку востаннє змінено",
        "Копіювати",
        "Увійти",
    ),
)
CODE["uk_mdn_reference_syntax_params_compat"] = ("console.log(dni.chunk(2));",)

# --- Kinyarwanda, a Blogger post teaching Android programming with its code in embedded
# gists: each a table of a line-number cell (drawn from an attribute) and a code cell, and
# the gist's meta line ("view raw", "hosted with ❤ by GitHub") under it.
_RW_GIST_1 = (
    "<span class='pl-k'>fun</span> <span class='pl-en'>main</span>() {",
    "    <span class='pl-k'>val</span> amazina <span class='pl-k'>=</span> "
    "listOf(<span class='pl-s'>\"Uwase\"</span>, <span class='pl-s'>\"Mugisha\"</span>)",
    "    amazina.forEach { println(<span class='pl-s'>\"Muraho, </span><span "
    "class='pl-s'>$it</span><span class='pl-s'>\"</span>) }",
    "}",
)


def _gist(file_id: str, name: str, lines: tuple[str, ...]) -> str:
    return (
        f"<script src='https://gist.example.com/kagabo/{file_id}.js'></script><link "
        "rel='stylesheet' href='https://gist.example.com/assets/gist-embed.css'><div "
        f"id='gist{file_id}' class='gist'><div class='gist-file' translate='no'><div "
        "class='gist-data'><div class='js-gist-file-update-container js-task-list-container "
        "file-box'><div id='file-main-kt' class='file my-2'><div itemprop='text' class='Box-"
        "body p-0 blob-wrapper data type-kotlin'><table data-hpc class='highlight tab-size "
        "js-file-line-container' data-tab-size='8' data-paste-markdown-skip "
        f"data-tagsearch-lang='Kotlin'><tbody>{_blob_rows('file-main-kt-', lines)}</tbody>"
        "</table></div></div></div></div><div class='gist-meta'><a href='https://gist.example."
        f"com/kagabo/{file_id}/raw/{name}' style='float:right'>view raw</a><a "
        f"href='https://gist.example.com/kagabo/{file_id}#file-main-kt'>{name}</a> hosted "
        "with ❤ by <a href='https://github.com'>GitHub</a></div></div></div>"
    )


PROBES.add(
    "rw_blogger_gist_embeds_kotlin",
    "https://porogaramu-rw.example.com/2026/02/kotlin-urutonde.html",
    page(
        "rw",
        "Kotlin: gukoresha urutonde (List)",
        "<div class='header-outer'><div class='header'><h1 class='title'><a href='/'>"
        "Porogaramu mu Kinyarwanda</a></h1><p class='description'>Twige gukora porogaramu mu "
        "rurimi rwacu</p></div></div><div class='main-outer'><div class='post hentry'><h3 "
        "class='post-title entry-title'>Kotlin: gukoresha urutonde (List)</h3><div "
        "class='post-header'><span class='post-timestamp'>Ku wa Gatatu, Gashyantare 11, 2026"
        "</span></div><div class='post-body entry-content' id='post-body-5521'>Urutonde "
        "rubika ibintu byinshi mu mwanya umwe. Muri iri somo turakora urutonde rw'amazina "
        "tukarusuhuza umwe umwe.<br><br>"
        + _gist("7c1e55", "main.kt", _RW_GIST_1)
        + "<br>Imikorere ya <b>forEach</b> inyura ku kintu kimwe kimwe cyo mu rutonde. "
        "Ijambo <b>it</b> risobanura ikintu kiriho ubu.<br><br>Mu isomo rikurikira "
        "tuziga urutonde rushobora guhinduka (MutableList).</div><div class='post-footer'>"
        "<div class='post-share-buttons'><a class='share-button' href='#'>Sangiza kuri "
        "Facebook</a></div><span class='post-labels'>Ibirango: <a href='/search/label/"
        "Kotlin'>Kotlin</a></span></div></div><div class='comments' id='comments'><h4>"
        "Ibitekerezo 0</h4><p class='comment-footer'><a href='#'>Tanga igitekerezo</a></p>"
        "</div><div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' "
        "href='/2026/02/mutablelist.html'>Inyandiko nshya</a><a class='home-link' href='/'>"
        "Ahabanza</a></div></div><div class='sidebar'><div class='widget PopularPosts'><h2>"
        "Inyandiko zikunzwe</h2><ul><li><a href='/2025/11/intangiriro.html'>Intangiriro ya "
        "Kotlin</a></li></ul></div></div>",
    ),
    (
        "Urutonde rubika ibintu byinshi mu mwanya umwe.",
        "fun main() {",
        'val amazina = listOf("Uwase", "Mugisha")',
        'amazina.forEach { println("Muraho, $it") }',
        "inyura ku kintu kimwe kimwe cyo mu rutonde.",
        "tuziga urutonde rushobora guhinduka (MutableList).",
    ),
    (
        "view raw",
        "hosted with",
        "Twige gukora porogaramu mu rurimi rwacu",
        "Sangiza kuri Facebook",
        "Tanga igitekerezo",
        "Inyandiko zikunzwe",
    ),
)
CODE["rw_blogger_gist_embeds_kotlin"] = ('val amazina = listOf("Uwase", "Mugisha")',)
