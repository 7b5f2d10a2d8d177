"""Reference pages: documentation with code, changelogs, READMEs, man pages, encyclopedia
entries with sections and footnotes, glossaries, FAQs and accordions, terms."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page

PROBES = Probes()

# --- Spanish, a glossary page in <details> accordions (Webflow-like markup).
PROBES.add(
    "es_webflow_glossary_details",
    "https://finanzas.example.es/glosario",
    page(
        "es",
        "Glosario de finanzas personales",
        "<div class='navbar w-nav'><a class='brand w-nav-brand' href='/'>Cuentas Claras</a>"
        "<nav class='nav-menu w-nav-menu'><a class='nav-link w-nav-link' href='/blog'>Blog</a>"
        "<a class='nav-link w-nav-link' href='/glosario'>Glosario</a></nav></div>"
        "<div class='section'><div class='container w-container'><h1 class='heading'>Glosario "
        "de finanzas personales</h1><p class='paragraph'>Los términos que más aparecen en "
        "extractos, contratos y simuladores, explicados sin jerga.</p>"
        "<div class='glossary-list'><details class='faq-item'><summary class='faq-question'>"
        "Amortización</summary><div class='faq-answer w-richtext'><p>Es la parte de cada "
        "cuota que devuelve el dinero prestado, sin contar los intereses.</p></div></details>"
        "<details class='faq-item'><summary class='faq-question'>Euríbor</summary><div "
        "class='faq-answer w-richtext'><p>Es el tipo de interés al que los bancos europeos se "
        "prestan dinero entre sí y sirve de referencia para muchas hipotecas.</p></div>"
        "</details><details class='faq-item'><summary class='faq-question'>TAE</summary><div "
        "class='faq-answer w-richtext'><p>La tasa anual equivalente suma intereses y "
        "comisiones, y permite comparar préstamos de plazos distintos.</p></div></details>"
        "</div></div></div><div class='footer'><div class='footer-text'>© Cuentas Claras. "
        "Todos los derechos reservados.</div></div>",
    ),
    (
        "Amortización",
        "Es la parte de cada cuota que devuelve el dinero prestado",
        "sirve de referencia para muchas hipotecas",
        "permite comparar préstamos de plazos distintos",
    ),
    ("Todos los derechos reservados",),
)

# --- Portuguese, a FAQ whose answers sit in collapsed Bootstrap panels.
PROBES.add(
    "pt_faq_bootstrap_collapse",
    "https://ajuda.example.com.br/perguntas-frequentes",
    page(
        "pt-BR",
        "Perguntas frequentes",
        "<nav class='navbar navbar-expand-lg'><a class='navbar-brand' href='/'>Bike Já</a>"
        "<ul class='navbar-nav'><li class='nav-item'><a class='nav-link' href='/planos'>Planos"
        "</a></li></ul></nav><main class='container'><h1>Perguntas frequentes</h1>"
        "<div class='accordion' id='faq'><div class='card'><div class='card-header'><h2 "
        "class='mb-0'><button class='btn btn-link' data-toggle='collapse' "
        "data-target='#r1'>Como desbloqueio uma bicicleta?</button></h2></div><div id='r1' "
        "class='collapse' data-parent='#faq'><div class='card-body'>Abra o aplicativo, "
        "aponte a câmera para o código no guidão e aguarde o sinal sonoro da trava.</div>"
        "</div></div><div class='card'><div class='card-header'><h2 class='mb-0'><button "
        "class='btn btn-link' data-toggle='collapse' data-target='#r2'>Posso devolver em "
        "qualquer estação?</button></h2></div><div id='r2' class='collapse' "
        "data-parent='#faq'><div class='card-body'>Sim, desde que a estação tenha uma vaga "
        "livre; se estiver cheia, o aplicativo mostra a mais próxima com vagas.</div></div>"
        "</div><div class='card'><div class='card-header'><h2 class='mb-0'><button "
        "class='btn btn-link' data-toggle='collapse' data-target='#r3'>Quanto custa a "
        "viagem avulsa?</button></h2></div><div id='r3' class='collapse' data-parent='#faq'>"
        "<div class='card-body'>A viagem avulsa custa oito reais pelos primeiros trinta "
        "minutos e dois reais por cada quarto de hora a mais.</div></div></div></div></main>"
        "<footer class='footer'><p>Bike Já · Central de atendimento</p></footer>",
    ),
    (
        "Como desbloqueio uma bicicleta?",
        "aponte a câmera para o código no guidão",
        "desde que a estação tenha uma vaga livre",
        "custa oito reais pelos primeiros trinta minutos",
    ),
    ("Central de atendimento",),
)

# --- English, a changelog in Keep a Changelog form (Hugo docs theme).
PROBES.add(
    "en_hugo_changelog_versions",
    "https://tidepool.example.dev/changelog/",
    page(
        "en",
        "Changelog | Tidepool",
        "<header class='td-navbar'><a class='navbar-brand' href='/'>Tidepool</a><a "
        "href='/docs/'>Docs</a><a href='/blog/'>Blog</a></header><div class='container-fluid "
        "td-outer'><div class='td-main'><div class='row flex-xl-nowrap'><aside "
        "class='td-sidebar'><nav class='td-sidebar-nav'><a href='/docs/install/'>Install</a>"
        "<a href='/docs/config/'>Configuration</a></nav></aside><main class='td-content' "
        "role='main'><h1>Changelog</h1><p>All notable changes to this project are documented "
        "in this file.</p><h2 id='2-4-0'>[2.4.0] - 2026-03-02</h2><h3>Added</h3><ul><li>A "
        "<code>--dry-run</code> flag that prints the planned moves without touching disk."
        "</li><li>Support for reading settings from <code>tidepool.toml</code>.</li></ul>"
        "<h3>Fixed</h3><ul><li>Symbolic links to directories are no longer followed twice."
        "</li></ul><h2 id='2-3-1'>[2.3.1] - 2026-01-15</h2><h3>Fixed</h3><ul><li>The progress "
        "bar no longer flickers on narrow terminals.</li></ul><h2 id='2-3-0'>[2.3.0] - "
        "2025-12-01</h2><h3>Changed</h3><ul><li>The default log level is now "
        "<code>warning</code>.</li></ul><div class='td-page-meta'><a href='/edit'>Edit this "
        "page</a><a href='/issue'>Create documentation issue</a></div></main></div></div>"
        "</div><footer class='td-footer'>© 2026 The Tidepool Authors</footer>",
    ),
    (
        "prints the planned moves without touching disk",
        "Symbolic links to directories are no longer followed twice.",
        "The progress bar no longer flickers on narrow terminals.",
        "The default log level is now",
    ),
    ("Create documentation issue", "The Tidepool Authors"),
)

# --- English, a Sphinx (Read the Docs theme) API page: a function's signature in a <dl>,
# its parameters, an example in <pre>, the headerlinks' pilcrows.
PROBES.add(
    "en_sphinx_api_reference",
    "https://quillmap.example.io/en/latest/api/tiles.html",
    page(
        "en",
        "quillmap.tiles — quillmap 3.1 documentation",
        "<div class='wy-grid-for-nav'><nav data-toggle='wy-nav-shift' "
        "class='wy-nav-side'><div class='wy-side-scroll'><div class='wy-side-nav-search'><a "
        "href='../index.html'>quillmap</a><form id='rtd-search-form'><input type='text' "
        "name='q' placeholder='Search docs'></form></div><div class='wy-menu wy-menu-vertical'>"
        "<ul><li class='toctree-l1'><a href='../install.html'>Installation</a></li><li "
        "class='toctree-l1 current'><a href='#'>quillmap.tiles</a></li></ul></div></div></nav>"
        "<section data-toggle='wy-nav-shift' class='wy-nav-content-wrap'><div "
        "class='wy-nav-content'><div class='rst-content'><div role='navigation' "
        "aria-label='Page navigation'><ul class='wy-breadcrumbs'><li><a href='../index.html'>"
        "Home</a> »</li><li>quillmap.tiles</li></ul></div><div class='document' "
        "itemscope='itemscope' itemtype='http://schema.org/Article'><div "
        "itemprop='articleBody'><section id='module-quillmap.tiles'><h1>quillmap.tiles<a "
        "class='headerlink' href='#module-quillmap.tiles'>¶</a></h1><p>Helpers to cut a large "
        "raster into web map tiles.</p><dl class='py function'><dt class='sig sig-object py' "
        "id='quillmap.tiles.cut'><span class='sig-name descname'>cut</span>(<em "
        "class='sig-param'>path</em>, <em class='sig-param'>zoom=12</em>)</dt><dd><p>Cut the "
        "raster at <em>path</em> into 256-pixel tiles for every level up to <em>zoom</em>.</p>"
        "<dl class='field-list simple'><dt class='field-odd'>Parameters</dt><dd "
        "class='field-odd'><ul class='simple'><li><p><strong>path</strong> – a GeoTIFF file."
        "</p></li><li><p><strong>zoom</strong> – the deepest zoom level to write.</p></li>"
        "</ul></dd></dl><div class='highlight-python notranslate'><div class='highlight'><pre>"
        "<span class='n'>tiles</span> <span class='o'>=</span> <span class='n'>cut</span>"
        "(<span class='s2'>\"valley.tif\"</span>, <span class='n'>zoom</span><span "
        "class='o'>=</span><span class='mi'>9</span>)</pre></div></div></dd></dl></section>"
        "</div></div><footer><div class='rst-footer-buttons'><a href='../install.html' "
        "class='btn btn-neutral float-left'>Previous</a></div><hr><div role='contentinfo'>"
        "<p>© Copyright 2026, the quillmap developers.</p></div>Built with <a "
        "href='https://www.sphinx-doc.org/'>Sphinx</a> using a theme provided by Read the "
        "Docs.</footer></div></div></section></div>",
    ),
    (
        "Helpers to cut a large raster into web map tiles.",
        "into 256-pixel tiles for every level up to",
        "the deepest zoom level to write.",
        'tiles = cut("valley.tif", zoom=9)',
    ),
    ("the quillmap developers", "Search docs", "using a theme provided by Read the Docs"),
)

# --- Chinese, a Docusaurus docs page: an admonition, a code block with its copy button,
# the pager and the edit link.
PROBES.add(
    "zh_docusaurus_admonition_code",
    "https://docs.example.cn/docs/deploy",
    page(
        "zh-CN",
        "部署到服务器 | 云栈文档",
        "<div id='__docusaurus'><nav class='navbar navbar--fixed-top'><div "
        "class='navbar__inner'><a class='navbar__brand' href='/'>云栈</a><a "
        "class='navbar__item navbar__link' href='/docs/intro'>文档</a></div></nav><div "
        "class='main-wrapper'><div class='docPage'><aside class='theme-doc-sidebar-container'>"
        "<nav class='menu'><ul class='theme-doc-sidebar-menu menu__list'><li><a "
        "class='menu__link' href='/docs/intro'>简介</a></li><li><a class='menu__link "
        "menu__link--active' href='/docs/deploy'>部署到服务器</a></li></ul></nav></aside>"
        "<main class='docMainContainer'><div class='container'><article><div "
        "class='theme-doc-markdown markdown'><header><h1>部署到服务器</h1></header><p>构建完成"
        "后，把 <code>dist</code> 目录上传到任意静态文件服务器即可。</p><div "
        "class='theme-admonition theme-admonition-warning alert alert--warning'><div "
        "class='admonitionHeading'>注意</div><div class='admonitionContent'><p>上传前请删除"
        "目录里的 <code>.env</code> 文件，以免泄露密钥。</p></div></div><h2 id='nginx'>使用 "
        "Nginx</h2><div class='language-nginx codeBlockContainer theme-code-block'><div "
        "class='codeBlockContent'><pre class='prism-code language-nginx'><code>"
        "<span class='token-line'>location / {</span>\n<span class='token-line'>  try_files "
        "$uri /index.html;</span>\n<span class='token-line'>}</span></code></pre><div "
        "class='buttonGroup'><button type='button' aria-label='复制代码' "
        "class='clean-btn'>复制</button></div></div></div><p>修改配置后执行 <code>nginx -s "
        "reload</code> 使其生效。</p></div><footer class='theme-doc-footer docusaurus-mt-lg'>"
        "<div class='theme-doc-footer-edit-meta-row'><a href='https://git.example.cn/edit' "
        "class='theme-edit-this-page'>编辑此页</a></div></footer></article><nav "
        "class='pagination-nav' aria-label='文件选项卡'><a class='pagination-nav__link "
        "pagination-nav__link--prev' href='/docs/intro'><div "
        "class='pagination-nav__sublabel'>上一页</div><div class='pagination-nav__label'>简介"
        "</div></a></nav></div></main></div></div><footer class='footer'><div "
        "class='footer__copyright'>Copyright © 2026 云栈</div></footer></div>",
    ),
    (
        "目录上传到任意静态文件服务器即可",
        "以免泄露密钥",
        "try_files $uri /index.html;",
        "使其生效",
    ),
    ("编辑此页", "上一页", "Copyright © 2026"),
)

# --- Finnish, a glossary as one definition list (Jekyll).
PROBES.add(
    "fi_jekyll_glossary_dl",
    "https://sanasto.example.fi/metsasanasto/",
    page(
        "fi",
        "Metsäsanasto",
        "<header class='site-header'><a class='site-title' href='/'>Metsäblogi</a><nav "
        "class='site-nav'><a class='page-link' href='/about/'>Tietoa</a></nav></header><main "
        "class='page-content'><div class='wrapper'><article class='post'><header "
        "class='post-header'><h1 class='post-title'>Metsäsanasto</h1></header><div "
        "class='post-content'><p>Metsänhoidon sanoja, joita kysytään usein.</p><dl><dt>"
        "Harvennus</dt><dd>Osa puista kaadetaan, jotta jäljelle jäävät kasvavat paremmin."
        "</dd><dt>Taimikonhoito</dt><dd>Nuoresta metsästä poistetaan vesakko ja liian tiheät "
        "taimet.</dd><dt>Kantokäsittely</dt><dd>Kaadetun kuusen kanto käsitellään, ettei "
        "juurikääpä leviä.</dd></dl></div></article></div></main><footer "
        "class='site-footer'><div class='wrapper'><p>Metsäblogi – kirjoituksia metsästä</p>"
        "<ul class='social-media-list'><li><a href='/feed.xml'>RSS</a></li></ul></div>"
        "</footer>",
    ),
    (
        "Harvennus",
        "jotta jäljelle jäävät kasvavat paremmin",
        "poistetaan vesakko ja liian tiheät taimet",
        "ettei juurikääpä leviä",
    ),
    ("kirjoituksia metsästä",),
)

# --- Hungarian, a README-like page rendered in a markdown-body with a table of options.
PROBES.add(
    "hu_readme_markdown_body",
    "https://git.example.hu/kovacs/szotagolo",
    page(
        "hu",
        "kovacs/szotagolo: Magyar szótagoló",
        "<header class='Header'><a href='/'>Example Git</a><a href='/explore'>Felfedezés</a>"
        "</header><div class='repository-content'><div class='file-navigation'><a "
        "href='/kovacs/szotagolo/archive.zip'>ZIP letöltése</a></div><div id='readme' "
        "class='Box'><div class='Box-header'><h2>README.md</h2></div><div class='Box-body'>"
        "<article class='markdown-body entry-content'><h1>szotagolo</h1><p>Magyar szavak "
        "szótagokra bontása kötőjelezéshez, szótár nélkül.</p><h2>Telepítés</h2><pre><code>"
        "pip install szotagolo</code></pre><h2>Beállítások</h2><table><thead><tr><th>Kapcsoló"
        "</th><th>Jelentés</th></tr></thead><tbody><tr><td><code>--min</code></td><td>A "
        "legrövidebb elválasztható szó hossza</td></tr><tr><td><code>--jel</code></td><td>A "
        "beszúrt elválasztójel</td></tr></tbody></table><h2>Licenc</h2><p>MIT</p></article>"
        "</div></div></div><footer class='footer'><a href='/terms'>Feltételek</a><a "
        "href='/privacy'>Adatvédelem</a></footer>",
    ),
    (
        "szótagokra bontása kötőjelezéshez",
        "pip install szotagolo",
        "A legrövidebb elválasztható szó hossza",
        "A beszúrt elválasztójel",
    ),
    ("ZIP letöltése", "Adatvédelem"),
)

# --- Ukrainian, a MediaWiki entry: an infobox, a table of contents, sections, a navbox.
PROBES.add(
    "uk_mediawiki_entry_sections",
    "https://wiki.example.ua/wiki/Сокільське_озеро",
    page(
        "uk",
        "Сокільське озеро — Прикладопедія",
        "<div id='content' class='mw-body'><h1 id='firstHeading'>Сокільське озеро</h1><div "
        "id='bodyContent'><div id='siteSub'>Матеріал з Прикладопедії</div><div "
        "id='mw-content-text'><div class='mw-parser-output'><table class='infobox'><tr><th "
        "colspan='2'>Сокільське озеро</th></tr><tr><td>Площа</td><td>4,2 км²</td></tr><tr>"
        "<td>Глибина</td><td>до 11 м</td></tr></table><p><b>Сокільське озеро</b> — прісне "
        "озеро льодовикового походження на півночі області.</p><div id='toc' class='toc'><div "
        "class='toctitle'><h2>Зміст</h2></div><ul><li><a href='#Історія'>1 Історія</a></li><li>"
        "<a href='#Фауна'>2 Фауна</a></li></ul></div><h2><span class='mw-headline' "
        "id='Історія'>Історія</span><span class='mw-editsection'>[<a "
        "href='?action=edit&amp;section=1'>ред.</a>]</span></h2><p>Перші рибальські хутори на "
        "березі згадуються в описі 1782 року.</p><h2><span class='mw-headline' "
        "id='Фауна'>Фауна</span></h2><p>В озері водяться щука, лин і рідкісний озерний сиг."
        "</p><div class='navbox'><table><tr><th>Озера області</th></tr><tr><td><a "
        "href='/wiki/A'>Біле</a> · <a href='/wiki/B'>Глибоке</a></td></tr></table></div>"
        "<div id='catlinks'>Категорії: <a href='/wiki/K'>Озера</a></div></div></div></div>"
        "</div><div id='footer'>Текст доступний на умовах ліцензії</div>",
    ),
    (
        "прісне озеро льодовикового походження",
        "Перші рибальські хутори на березі згадуються",
        "щука, лин і рідкісний озерний сиг",
    ),
    ("Текст доступний на умовах ліцензії", "Категорії:"),
)

# --- Romanian, terms of a service: numbered sections, a clause repeated on purpose.
PROBES.add(
    "ro_terms_numbered_sections",
    "https://www.example-abonamente.ro/termeni",
    page(
        "ro",
        "Termeni și condiții",
        "<header><a href='/'>Cutia cu Cărți</a><nav><a href='/abonamente'>Abonamente</a></nav>"
        "</header><main><div class='container legal'><h1>Termeni și condiții</h1><h2>1. "
        "Abonamentul</h2><p>1.1. Abonamentul lunar include o carte aleasă de librarii noștri "
        "și se reînnoiește automat.</p><p>1.2. Puteți anula oricând din contul "
        "dumneavoastră.</p><h2>2. Livrarea</h2><p>2.1. Coletele pleacă în prima zi lucrătoare "
        "a fiecărei luni.</p><p>2.2. Puteți anula oricând din contul dumneavoastră.</p><h2>3. "
        "Returul</h2><p>3.1. O carte deteriorată la transport se înlocuiește gratuit în "
        "paisprezece zile.</p></div></main><footer><p>Cutia cu Cărți SRL · CUI 0000000</p><a "
        "href='/anpc'>ANPC</a></footer>",
    ),
    (
        "Abonamentul lunar include o carte aleasă de librarii noștri",
        "Coletele pleacă în prima zi lucrătoare",
        "2.2. Puteți anula oricând din contul dumneavoastră.",
        "se înlocuiește gratuit în paisprezece zile",
    ),
    ("CUI 0000000",),
)

# --- Danish, a municipality's page built of accordion items whose bodies are collapsed
# with aria-hidden and a 'collapsed' class.
PROBES.add(
    "da_accordion_aria_hidden",
    "https://www.example-kommune.dk/affald-og-genbrug/storskrald",
    page(
        "da",
        "Storskrald",
        "<header class='header'><a href='/'>Example Kommune</a><nav><a href='/borger'>Borger"
        "</a><a href='/erhverv'>Erhverv</a></nav></header><main id='main'><div "
        "class='article-page'><h1>Storskrald</h1><p class='manchet'>Du kan få hentet "
        "storskrald ved din bolig fire gange om året.</p><div class='accordion'><div "
        "class='accordion__item'><button class='accordion__toggle' aria-expanded='false'>"
        "Hvad er storskrald?</button><div class='accordion__content collapsed' "
        "aria-hidden='true'><p>Møbler, madrasser og tæpper, der er for store til "
        "skraldespanden.</p></div></div><div class='accordion__item'><button "
        "class='accordion__toggle' aria-expanded='false'>Hvordan bestiller jeg "
        "afhentning?</button><div class='accordion__content collapsed' aria-hidden='true'>"
        "<p>Bestil senest fredag kl. 12 på selvbetjeningen, så henter vi i den følgende "
        "uge.</p></div></div></div></div></main><footer><p>Example Kommune · Rådhustorvet 1"
        "</p><a href='/cookies'>Cookies</a></footer>",
    ),
    (
        "Du kan få hentet storskrald ved din bolig fire gange om året.",
        "Møbler, madrasser og tæpper",
        "Bestil senest fredag kl. 12 på selvbetjeningen",
    ),
    ("Rådhustorvet 1",),
)

# --- English, a man-page-like reference: the text is almost all <pre>.
PROBES.add(
    "en_manpage_pre",
    "https://man.example.org/1/tidy-logs",
    page(
        "en",
        "tidy-logs(1)",
        "<div class='head'><a href='/'>man.example.org</a> &gt; <a href='/1/'>Section 1</a>"
        "</div><div class='manual-text'><h1>tidy-logs(1)</h1><pre>NAME\n       tidy-logs - "
        "compress and prune old log files\n\nSYNOPSIS\n       tidy-logs [-n DAYS] [-z] DIR\n\n"
        "DESCRIPTION\n       tidy-logs walks DIR, compresses every log older than one day "
        "and\n       deletes every compressed log older than DAYS (default 30).\n\nOPTIONS\n"
        "       -n DAYS   keep compressed logs for DAYS days\n       -z        use zstd "
        "instead of gzip</pre></div><div class='foot'>Generated by mandoc · man.example.org"
        "</div>",
    ),
    (
        "compress and prune old log files",
        "tidy-logs [-n DAYS] [-z] DIR",
        "deletes every compressed log older than DAYS",
        "use zstd instead of gzip",
    ),
    ("Generated by mandoc",),
)

# --- German, a Sphinx-free documentation page in plain HTML whose text is mostly code
# blocks with a line of prose before each.
PROBES.add(
    "de_docs_code_heavy",
    "https://doku.example.de/backup/restic-einrichten",
    page(
        "de",
        "Restic einrichten",
        "<nav class='topnav'><a href='/'>Doku</a><a href='/backup/'>Backup</a></nav><div "
        "class='layout'><nav class='sidenav'><ul><li><a href='/backup/restic-einrichten'>"
        "Restic einrichten</a></li><li><a href='/backup/zeitplan'>Zeitplan</a></li></ul></nav>"
        "<main class='doc'><h1>Restic einrichten</h1><p>Zuerst das Repository auf der "
        "externen Platte anlegen:</p><pre><code>restic init --repo /mnt/platte/restic</code>"
        "</pre><p>Dann die erste Sicherung des Home-Verzeichnisses starten:</p><pre><code>"
        "restic -r /mnt/platte/restic backup ~ --exclude ~/.cache</code></pre><p>Alte "
        "Stände aufräumen:</p><pre><code>restic -r /mnt/platte/restic forget --keep-daily 7 "
        "--keep-weekly 4 --prune</code></pre></main></div><footer><a "
        "href='/impressum'>Impressum</a></footer>",
    ),
    (
        "Zuerst das Repository auf der externen Platte anlegen:",
        "restic init --repo /mnt/platte/restic",
        "backup ~ --exclude ~/.cache",
        "forget --keep-daily 7 --keep-weekly 4 --prune",
    ),
    ("Impressum",),
)

# --- English, an encyclopedia-like entry with footnote markers, a references list and an
# external links list at the end.
PROBES.add(
    "en_entry_footnotes_references",
    "https://history.example.org/entries/tollhouse-riots",
    page(
        "en",
        "The tollhouse riots",
        "<header><a href='/'>County History Online</a></header><main><article><h1>The "
        "tollhouse riots</h1><p>In the summer of 1843 farmers from four parishes pulled down "
        "six tollgates on the turnpike road in a single night.<sup><a "
        "href='#fn1'>1</a></sup></p><p>Troops sent from the garrison town arrived three days "
        "later and found the gates already rebuilt by the trust's own men.<sup><a "
        "href='#fn2'>2</a></sup></p><h2>Aftermath</h2><p>A commission of inquiry the next "
        "year lowered the tolls on lime and manure, the farmers' chief complaint.</p><h2>"
        "References</h2><ol class='footnotes'><li id='fn1'>Parish records, vol. 3, p. 41."
        "</li><li id='fn2'>Garrison order book, August 1843.</li></ol><h2>External links</h2>"
        "<ul><li><a href='https://archive.example/t'>Turnpike trust papers at the county "
        "archive</a></li></ul></article></main><footer>County History Online · About</footer>",
    ),
    (
        "farmers from four parishes pulled down six tollgates",
        "found the gates already rebuilt by the trust's own men",
        "lowered the tolls on lime and manure",
    ),
    ("County History Online · About",),
)

# --- Greek, a FAQ written as a definition list of questions and answers.
PROBES.add(
    "el_faq_definition_list",
    "https://bibliothiki.example.gr/syxnes-erotiseis",
    page(
        "el",
        "Συχνές ερωτήσεις",
        "<div class='header'><a href='/'>Δημοτική Βιβλιοθήκη</a><ul class='nav'><li><a "
        "href='/ores'>Ώρες</a></li></ul></div><div class='main'><h1>Συχνές ερωτήσεις</h1>"
        "<dl class='faq'><dt>Πόσα βιβλία μπορώ να δανειστώ;</dt><dd>Έως πέντε βιβλία για "
        "τρεις εβδομάδες, με δυνατότητα ανανέωσης μία φορά.</dd><dt>Χρειάζεται κάρτα μέλους;"
        "</dt><dd>Ναι, εκδίδεται δωρεάν με την αστυνομική σας ταυτότητα.</dd><dt>Υπάρχει "
        "ασύρματο δίκτυο;</dt><dd>Ναι, ο κωδικός δίνεται στο γραφείο δανεισμού.</dd></dl>"
        "</div><div class='footer'>Δημοτική Βιβλιοθήκη · Όροι χρήσης</div>",
    ),
    (
        "Πόσα βιβλία μπορώ να δανειστώ;",
        "Έως πέντε βιβλία για τρεις εβδομάδες",
        "εκδίδεται δωρεάν με την αστυνομική σας ταυτότητα",
        "ο κωδικός δίνεται στο γραφείο δανεισμού",
    ),
    ("Όροι χρήσης",),
)

# --- English, an MkDocs Material page: content tabs (the second hidden by CSS), a
# collapsed <details> admonition, a code block with a copy button.
PROBES.add(
    "en_mkdocs_material_tabs_details",
    "https://docs.example.dev/install/",
    page(
        "en",
        "Install - Ferrule",
        "<header class='md-header'><a class='md-header__button md-logo' href='/'>Ferrule</a>"
        "<div class='md-search'><input placeholder='Search'></div></header><div "
        "class='md-container'><main class='md-main'><div class='md-main__inner md-grid'><div "
        "class='md-sidebar md-sidebar--primary'><nav class='md-nav'><ul><li><a "
        "href='/'>Home</a></li><li><a href='/install/'>Install</a></li></ul></nav></div><div "
        "class='md-content'><article class='md-content__inner md-typeset'><h1>Install</h1><p>"
        "Ferrule needs Python 3.10 or newer and a C compiler for its parser.</p><div "
        "class='tabbed-set tabbed-alternate'><input type='radio' id='t1' checked><input "
        "type='radio' id='t2'><div class='tabbed-labels'><label for='t1'>pip</label><label "
        "for='t2'>conda</label></div><div class='tabbed-content'><div class='tabbed-block'>"
        "<pre><code>pip install ferrule</code></pre></div><div class='tabbed-block'><pre><code>"
        "conda install -c example ferrule</code></pre></div></div></div><details "
        "class='note'><summary>Building on Windows</summary><p>Install the build tools of "
        "your compiler first, then run the same command from its developer prompt.</p>"
        "</details><p>Check the install with <code>ferrule --version</code>.</p></article>"
        "</div></div></main><footer class='md-footer'><div class='md-copyright'>Made with "
        "Material for MkDocs</div></footer></div>",
    ),
    (
        "Ferrule needs Python 3.10 or newer",
        "pip install ferrule",
        "conda install -c example ferrule",
        "then run the same command from its developer prompt",
    ),
    ("Made with Material for MkDocs",),
)

# --- Arabic, an encyclopedia entry with sections and a data table in the middle.
PROBES.add(
    "ar_entry_sections_table",
    "https://mawsua.example.org/wiki/واحة_النخيل",
    page(
        "ar",
        "واحة النخيل",
        "<div id='content' class='mw-body'><h1 id='firstHeading'>واحة النخيل</h1><div "
        "id='mw-content-text'><div class='mw-parser-output'><p><b>واحة النخيل</b> واحة صغيرة "
        "في جنوب الصحراء يسكنها نحو ثلاثة آلاف نسمة.</p><h2><span class='mw-headline'>المناخ"
        "</span></h2><p>الصيف حار وجاف والشتاء معتدل، ونادرًا ما يسقط المطر.</p><table "
        "class='wikitable'><tr><th>الشهر</th><th>يناير</th><th>يوليو</th></tr><tr><td>"
        "متوسط الحرارة</td><td>١٤</td><td>٣٦</td></tr><tr><td>الأمطار (مم)</td><td>٥</td>"
        "<td>٠</td></tr></table><h2><span class='mw-headline'>الاقتصاد</span></h2><p>يعتمد "
        "السكان على زراعة التمور وتربية الإبل وتجارة الملح.</p></div></div></div><div "
        "id='footer'>النص متاح بموجب رخصة المشاع الإبداعي</div>",
        dir_="rtl",
    ),
    (
        "واحة صغيرة في جنوب الصحراء",
        "الصيف حار وجاف والشتاء معتدل",
        "متوسط الحرارة",
        "يعتمد السكان على زراعة التمور",
    ),
    ("رخصة المشاع الإبداعي",),
)

# --- Catalan, a wiki entry (MediaWiki): an infobox, the lead, a table of contents, then the
# sections; a navigation box and categories after.
PROBES.add(
    "ca_wiki_infobox_and_toc",
    "https://ca.wiki.example.org/wiki/Estany_de_Montvell",
    page(
        "ca",
        "Estany de Montvell",
        "<div id='mw-navigation'><div id='p-search'><input placeholder='Cerca'></div><div "
        "id='mw-panel'><a href='/wiki/Portada'>Portada</a><a href='/wiki/Especial:Aleatòria'>"
        "Article a l'atzar</a></div></div><div id='content' class='mw-body'><h1 "
        "id='firstHeading'>Estany de Montvell</h1><div id='bodyContent'><div "
        "id='mw-content-text'><div class='mw-parser-output'><table class='infobox'><tr><th "
        "colspan='2'>Estany de Montvell</th></tr><tr><th>Altitud</th><td>2.214 m</td></tr><tr>"
        "<th>Superfície</th><td>11 ha</td></tr><tr><th>Conca</th><td><a href='/wiki/Noguera'>"
        "Noguera</a></td></tr></table><p>L'<b>estany de Montvell</b> és un estany d'origen "
        "glacial situat a la capçalera de la vall de Montvell, al Pirineu.</p><div id='toc' "
        "class='toc' role='navigation'><div class='toctitle'><h2>Contingut</h2></div><ul><li "
        "class='toclevel-1'><a href='#Geologia'><span class='tocnumber'>1</span> <span "
        "class='toctext'>Geologia</span></a></li><li class='toclevel-1'><a "
        "href='#Hist%C3%B2ria'><span class='tocnumber'>2</span> <span class='toctext'>"
        "Història</span></a></li><li class='toclevel-1'><a href='#Fauna'><span "
        "class='tocnumber'>3</span> <span class='toctext'>Fauna</span></a></li></ul></div><h2>"
        "<span class='mw-headline' id='Geologia'>Geologia</span><span "
        "class='mw-editsection'>[<a href='?action=edit&amp;section=1'>modifica</a>]</span>"
        "</h2><p>La cubeta es va formar quan la glacera es va retirar fa uns dotze mil anys i "
        "va deixar una morrena que fa de dic natural.</p><h2><span class='mw-headline' "
        "id='Història'>Història</span></h2><p>Al segle XIX els pastors de la vall hi pujaven "
        "els ramats a l'estiu, i encara es conserven les restes de dues cabanes de pedra "
        "seca.</p><h2><span class='mw-headline' id='Fauna'>Fauna</span></h2><p>A les seves "
        "aigües hi viu la truita comuna, introduïda als anys seixanta per a la pesca.</p>"
        "<div role='navigation' class='navbox'><table><tr><th>Estanys del Pirineu</th><td><a "
        "href='/wiki/A'>Estany Gran</a> · <a href='/wiki/B'>Estany Negre</a> · <a "
        "href='/wiki/C'>Estany Llong</a></td></tr></table></div></div></div><div id='catlinks' "
        "class='catlinks'><a href='/wiki/Categoria:Estanys'>Estanys de Catalunya</a></div>"
        "</div></div><div id='footer'>El text està disponible sota la llicència CC BY-SA."
        "</div>",
    ),
    (
        "és un estany d'origen glacial",
        "La cubeta es va formar quan la glacera es va retirar",
        "els pastors de la vall hi pujaven els ramats",
        "hi viu la truita comuna",
    ),
    ("Article a l'atzar", "Estanys de Catalunya", "sota la llicència CC BY-SA"),
)

# --- Vietnamese, a documentation page whose "on this page" box sits inside the text, after
# the introduction; the sections and a code block follow it.
PROBES.add(
    "vi_docs_toc_inside_text",
    "https://docs.example.vn/huong-dan/cai-dat",
    page(
        "vi",
        "Cài đặt công cụ dòng lệnh",
        "<div class='docs-layout'><nav class='docs-sidebar'><ul><li><a href='/gioi-thieu'>"
        "Giới thiệu</a></li><li><a href='/huong-dan/cai-dat'>Cài đặt</a></li><li><a "
        "href='/huong-dan/cau-hinh'>Cấu hình</a></li><li><a href='/api'>Tham chiếu API</a>"
        "</li></ul></nav><main class='docs-content'><article class='markdown-body'><h1>Cài "
        "đặt công cụ dòng lệnh</h1><p>Trang này hướng dẫn cài đặt công cụ trên Linux, macOS "
        "và Windows.</p><nav class='table-of-contents'><p>Trên trang này</p><ul><li><a "
        "href='#yeu-cau'>Yêu cầu</a></li><li><a href='#cai-dat'>Cài đặt</a></li><li><a "
        "href='#kiem-tra'>Kiểm tra</a></li></ul></nav><h2 id='yeu-cau'>Yêu cầu</h2><p>Bạn "
        "cần Python 3.10 trở lên và quyền ghi vào thư mục người dùng.</p><h2 "
        "id='cai-dat'>Cài đặt</h2><p>Chạy lệnh sau trong cửa sổ dòng lệnh:</p><pre><code>"
        "pip install --user congcu-example</code></pre><h2 id='kiem-tra'>Kiểm tra</h2><p>Sau "
        "khi cài xong, lệnh congcu --version phải in ra số phiên bản.</p></article><div "
        "class='docs-pager'><a href='/gioi-thieu'>« Giới thiệu</a><a "
        "href='/huong-dan/cau-hinh'>Cấu hình »</a></div><div class='feedback'>Trang này có "
        "hữu ích không? <button>Có</button><button>Không</button></div></main></div><footer>"
        "© 2026 Dự án Ví dụ</footer>",
    ),
    (
        "Trang này hướng dẫn cài đặt công cụ",
        "Bạn cần Python 3.10 trở lên",
        "pip install --user congcu-example",
        "phải in ra số phiên bản",
    ),
    ("Tham chiếu API", "Trang này có hữu ích không?", "Dự án Ví dụ"),
)

# --- Lithuanian, a long FAQ whose questions and answers are <div>s (no <p>, no <dl>), each
# answer in a panel of its own.
PROBES.add(
    "lt_faq_answers_in_divs",
    "https://savivaldybe.example.lt/duk/atliekos",
    page(
        "lt",
        "Dažniausiai užduodami klausimai apie atliekas",
        "<header class='site-header'><a href='/'>Savivaldybė</a><nav><a href='/paslaugos'>"
        "Paslaugos</a><a href='/kontaktai'>Kontaktai</a></nav></header><div "
        "class='page-wrapper'><div class='page-content'><h1>Dažniausiai užduodami klausimai "
        "apie atliekas</h1><div class='faq-list'><div class='faq-item'><div "
        "class='faq-question'>Kada išvežamos mišrios atliekos?</div><div "
        "class='faq-answer'>Mišrios atliekos iš individualių namų išvežamos kas dvi savaites, "
        "grafiką rasite savo seniūnijos puslapyje.</div></div><div class='faq-item'><div "
        "class='faq-question'>Kur palikti senus baldus?</div><div class='faq-answer'>Didžiąsias "
        "atliekas nemokamai priima aikštelė Pramonės gatvėje, darbo dienomis nuo 8 iki 18 "
        "valandos.</div></div><div class='faq-item'><div class='faq-question'>Ar galima "
        "užsisakyti papildomą konteinerį?</div><div class='faq-answer'>Taip, papildomą "
        "konteinerį galima užsisakyti internetu arba telefonu, mokestis priklauso nuo "
        "dydžio.</div></div><div class='faq-item'><div class='faq-question'>Ką daryti su "
        "baterijomis?</div><div class='faq-answer'>Panaudotas baterijas meskite į dėžutes "
        "prekybos centruose, jų negalima dėti į mišrių atliekų konteinerį.</div></div></div>"
        "<div class='page-rating'>Ar ši informacija buvo naudinga? <a href='#'>Taip</a> <a "
        "href='#'>Ne</a></div></div><aside class='page-aside'><h2>Susiję puslapiai</h2><ul>"
        "<li><a href='/a'>Rinkliavos lengvatos</a></li><li><a href='/b'>Konteinerių "
        "aikštelės</a></li></ul></aside></div><footer>Savivaldybės administracija, "
        "Rotušės a. 1</footer>",
    ),
    (
        "Kada išvežamos mišrios atliekos?",
        "išvežamos kas dvi savaites",
        "nemokamai priima aikštelė Pramonės gatvėje",
        "papildomą konteinerį galima užsisakyti internetu",
        "Panaudotas baterijas meskite į dėžutes",
    ),
    ("Rinkliavos lengvatos", "Ar ši informacija buvo naudinga?", "Rotušės a. 1"),
)

# --- Hebrew, an FAQ whose answers are <div>s hidden by a style until a script opens them
# (no <details>, no aria): the questions are <div>s too.
PROBES.add(
    "he_faq_answers_hidden_by_style",
    "https://kupat-holim.example.co.il/faq/tor",
    page(
        "he",
        "שאלות נפוצות: זימון תורים",
        "<header class='top'><a href='/'>קופת הדוגמה</a><nav><a href='/services'>שירותים</a>"
        "<a href='/branches'>סניפים</a></nav></header><main id='main'><h1>שאלות נפוצות: "
        "זימון תורים</h1><div class='accordion'><div class='acc-row'><div class='acc-q' "
        "onclick='toggle(this)'>איך מזמינים תור לרופא משפחה?</div><div class='acc-a' "
        "style='display:none'>אפשר להזמין תור באתר, באפליקציה או במוקד הטלפוני, עד שלושה "
        "שבועות מראש.</div></div><div class='acc-row'><div class='acc-q' "
        "onclick='toggle(this)'>מה עושים אם לא מגיעים לתור?</div><div class='acc-a' "
        "style='display:none'>יש לבטל את התור לפחות ארבע שעות לפני המועד, כדי שמטופל אחר "
        "יוכל לקבל אותו.</div></div><div class='acc-row'><div class='acc-q' "
        "onclick='toggle(this)'>האם אפשר להזמין תור עבור ילד?</div><div class='acc-a' "
        "style='display:none'>כן, הורה רשום יכול להזמין תורים לילדיו עד גיל שמונה עשרה "
        "מהחשבון שלו.</div></div></div></main><footer><a href='/access'>הצהרת נגישות</a> "
        "<span>כל הזכויות שמורות</span></footer>",
        dir_="rtl",
    ),
    (
        "איך מזמינים תור לרופא משפחה?",
        "עד שלושה שבועות מראש",
        "יש לבטל את התור לפחות ארבע שעות",
        "הורה רשום יכול להזמין תורים לילדיו",
    ),
    ("הצהרת נגישות", "כל הזכויות שמורות"),
)

# --- Russian, a project's release notes page (a code host's release): the notes in a
# markdown body with sections and lists, then the assets and reactions.
PROBES.add(
    "ru_release_notes_assets",
    "https://kod.example.ru/lodka/lodka/releases/tag/v3.2.0",
    furnished(
        "ru",
        "Лодка 3.2.0",
        "<div class='release'><div class='release-header'><span class='label'>Последний "
        "выпуск</span><relative-time datetime='2026-04-02'>2 апреля</relative-time></div>"
        "<div class='markdown-body'><p>В этом выпуске ускорена синхронизация и исправлены "
        "ошибки, найденные после перехода на новый формат журнала.</p><h2>Новое</h2><ul><li>"
        "Команда <code>lodka sync --only-changed</code> переносит только изменённые файлы."
        "</li><li>Журнал можно выгрузить в формате CSV.</li></ul><h2>Исправлено</h2><ul><li>"
        "Имена файлов с пробелами больше не обрезаются при копировании.</li><li>Утечка "
        "памяти при долгой работе в фоне устранена.</li></ul><h2>Обновление</h2><pre><code>"
        "pip install --upgrade lodka==3.2.0</code></pre></div><details class='assets' open>"
        "<summary>Файлы 3</summary><ul><li><a href='/dl/1'>lodka-3.2.0.tar.gz</a></li><li>"
        "<a href='/dl/2'>Исходный код (zip)</a></li></ul></details><div class='reactions'>"
        "<button>👍 12</button><button>🎉 4</button></div></div>",
        Furniture(
            cookie="Мы используем файлы cookie, чтобы сайт работал лучше.",
            share="Поделиться",
            newsletter="Подпишитесь на уведомления о новых выпусках.",
            comments_title="Обсуждение",
            comments=("Спасибо, CSV очень ждали!",),
            related_title="Другие выпуски",
            related=("Лодка 3.1.4", "Лодка 3.1.3"),
        ),
    ),
    (
        "ускорена синхронизация и исправлены ошибки",
        "переносит только изменённые файлы",
        "Журнал можно выгрузить в формате CSV.",
        "Имена файлов с пробелами больше не обрезаются при копировании.",
        "pip install --upgrade lodka==3.2.0",
    ),
    ("используем файлы cookie", "Подпишитесь на уведомления", "CSV очень ждали", "Лодка 3.1.4"),
)

# --- Arabic, a glossary in sections by letter: a row of letter links at the top, each
# term an h3 and its definition a paragraph; RTL.
PROBES.add(
    "ar_glossary_letter_sections",
    "https://maarifa.example.net/mustalahat/falak",
    furnished(
        "ar",
        "مسرد مصطلحات علم الفلك",
        "<nav class='letters'><a href='#a'>أ</a> <a href='#b'>ب</a> <a href='#j'>ج</a></nav>"
        "<p>يجمع هذا المسرد المصطلحات التي ترد في دروس الفلك للمبتدئين مع شرح موجز لكل منها."
        "</p><section id='a'><h2>أ</h2><h3>الأوج</h3><p>أبعد نقطة في مدار جرم سماوي عن الأرض."
        "</p><h3>الاعتدال</h3><p>اليوم الذي يتساوى فيه طول الليل والنهار في أنحاء الأرض كلها."
        "</p></section><section id='b'><h2>ب</h2><h3>البرج</h3><p>مجموعة من النجوم تبدو "
        "متقاربة في السماء وإن كانت بعيدة بعضها عن بعض.</p></section><section id='j'><h2>ج"
        "</h2><h3>الجاذبية</h3><p>القوة التي تشد الأجسام بعضها إلى بعض وتبقي القمر في مداره "
        "حول الأرض.</p></section>",
        Furniture(
            cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع.",
            share="شارك",
            newsletter="اشترك في نشرتنا لتصلك الدروس الجديدة كل أسبوع.",
            comments_title="التعليقات",
            comments=("مسرد مفيد جدا، أرجو إضافة مصطلح الكسوف.",),
            related_title="مسارد أخرى",
            related=("مسرد مصطلحات الجيولوجيا", "مسرد مصطلحات الأرصاد الجوية"),
        ),
        dir_="rtl",
    ),
    (
        "يجمع هذا المسرد المصطلحات التي ترد في دروس الفلك",
        "أبعد نقطة في مدار جرم سماوي عن الأرض.",
        "يتساوى فيه طول الليل والنهار",
        "مجموعة من النجوم تبدو متقاربة في السماء",
        "وتبقي القمر في مداره حول الأرض",
    ),
    (
        "نستخدم ملفات تعريف الارتباط",
        "اشترك في نشرتنا",
        "أرجو إضافة مصطلح الكسوف",
        "مسرد مصطلحات الجيولوجيا",
    ),
)

# --- Korean, a changelog whose version headings link to each release's page, each over
# its date and a list of changes.
PROBES.add(
    "ko_changelog_linked_versions",
    "https://app.example.kr/changelog",
    furnished(
        "ko",
        "변경 내역",
        "<p>모든 주요 변경 사항을 이 페이지에 기록합니다.</p><h2><a href='/releases/v2.1.0'>"
        "v2.1.0</a></h2><p class='date'>2026-04-02</p><ul><li>검색 결과를 CSV로 내보낼 수 "
        "있습니다.</li><li>다크 모드를 지원합니다.</li></ul><h2><a href='/releases/v2.0.3'>"
        "v2.0.3</a></h2><p class='date'>2026-03-11</p><ul><li>긴 파일 이름이 잘리는 문제를 "
        "고쳤습니다.</li></ul>",
        Furniture(
            cookie="이 사이트는 쿠키를 사용합니다.",
            share="공유",
            newsletter="새 버전 소식을 이메일로 받아 보세요.",
            comments_title="의견",
            comments=("다크 모드 감사합니다!",),
            related_title="문서",
            related=("설치 안내", "자주 묻는 질문"),
        ),
    ),
    (
        "모든 주요 변경 사항을",
        "v2.1.0",
        "CSV로 내보낼 수 있습니다",
        "다크 모드를 지원합니다",
        "v2.0.3",
        "긴 파일 이름이 잘리는 문제",
    ),
    ("쿠키를 사용합니다", "새 버전 소식을", "다크 모드 감사합니다", "설치 안내"),
)

# --- Round 37: kinds and languages the dev sets lack.

# --- Slovak, an API reference page (JSDoc-like): each function's signature in <code> under
# its heading, a parameter table, what it returns and an example; a sidebar of every
# function, an "edit this page" link and previous/next links.
PROBES.add(
    "sk_api_reference_parameter_tables",
    "https://dokumentacia.example.sk/api/mapa",
    page(
        "sk",
        "Modul mapa – referencia API",
        "<nav class='docs-sidebar'><h3>Moduly</h3><ul><li><a href='/api/mapa'>mapa</a></li>"
        "<li><a href='/api/vrstvy'>vrstvy</a></li><li><a href='/api/trasy'>trasy</a></li>"
        "</ul></nav><main class='docs-content'><h1>Modul mapa</h1><p>Modul mapa vytvára "
        "mapové okno a spravuje jeho stred, priblíženie a vrstvy.</p><h2 "
        "id='vytvorMapu'><code>vytvorMapu(prvok, nastavenia)</code></h2><p>Vytvorí mapu v "
        "zadanom prvku stránky a vráti jej objekt.</p><table class='params'><thead><tr><th>"
        "Parameter</th><th>Typ</th><th>Popis</th></tr></thead><tbody><tr><td><code>prvok"
        "</code></td><td><code>HTMLElement</code></td><td>Prvok, do ktorého sa mapa vloží."
        "</td></tr><tr><td><code>nastavenia</code></td><td><code>Object</code></td><td>Stred, "
        "priblíženie a zoznam vrstiev.</td></tr></tbody></table><h4>Vracia</h4><p><code>Mapa"
        "</code> – objekt novej mapy.</p><h4>Príklad</h4><pre><code>const m = vytvorMapu("
        "document.getElementById('mapa'), { priblizenie: 12 });</code></pre><h2 "
        "id='posunNa'><code>posunNa(mapa, bod)</code></h2><p>Plynulo posunie stred mapy na "
        "zadaný bod.</p><table class='params'><thead><tr><th>Parameter</th><th>Typ</th><th>"
        "Popis</th></tr></thead><tbody><tr><td><code>bod</code></td><td><code>[number, "
        "number]</code></td><td>Zemepisná šírka a dĺžka.</td></tr></tbody></table><div "
        "class='docs-footer'><a class='edit-link' href='#'>Upraviť túto stránku</a><div "
        "class='pagination-nav'><a href='/api/'>« Úvod</a> <a href='/api/vrstvy'>vrstvy »"
        "</a></div></div></main><footer><p>© Projekt Mapa, licencia MIT</p></footer>",
    ),
    (
        "vytvorMapu(prvok, nastavenia)",
        "Prvok, do ktorého sa mapa vloží.",
        "Stred, priblíženie a zoznam vrstiev.",
        "priblizenie: 12",
        "posunNa(mapa, bod)",
        "Zemepisná šírka a dĺžka.",
    ),
    ("Upraviť túto stránku", "licencia MIT", "« Úvod"),
)

# --- Ukrainian, a project's release notes (a docs theme): a version heading with its date,
# "New" and "Fixed" lists with inline code, an upgrade note; a version switcher, a star
# badge and a "was this page helpful" box.
PROBES.add(
    "uk_release_notes_versions",
    "https://docs.example.com.ua/uk/zminy/",
    page(
        "uk",
        "Історія змін",
        "<header class='md-header'><a href='/'>Копач</a><div class='md-version'><button>v4.2"
        "</button></div><a class='md-source' href='#'>★ 2,3 тис.</a></header><div "
        "class='md-container'><nav class='md-nav'><ul><li><a href='/uk/'>Вступ</a></li><li><a "
        "href='/uk/zminy/'>Історія змін</a></li></ul></nav><article class='md-content__inner "
        "md-typeset'><h1>Історія змін</h1><h2 id='v4-2-0'>4.2.0 <small>(14 жовтня 2026)</small>"
        "</h2><h3>Нове</h3><ul><li>Команда <code>kopach sync --dry-run</code> показує зміни без "
        "запису на диск.</li><li>Налаштування <code>retry_limit</code> обмежує кількість "
        "повторних спроб.</li></ul><h3>Виправлено</h3><ul><li>Архіви з кириличними назвами "
        "файлів більше не пошкоджуються при розпакуванні.</li></ul><div class='admonition "
        "warning'><p class='admonition-title'>Оновлення</p><p>Перед оновленням з версії 3.x "
        "видаліть старий файл кешу.</p></div><h2 id='v4-1-3'>4.1.3 <small>(2 вересня 2026)"
        "</small></h2><h3>Виправлено</h3><ul><li>Повідомлення про помилку мережі тепер "
        "називає адресу сервера.</li></ul><div class='feedback'><p>Чи була ця сторінка "
        "корисною?</p><button>Так</button><button>Ні</button></div></article></div>",
    ),
    (
        "kopach sync --dry-run",
        "обмежує кількість повторних спроб",
        "Архіви з кириличними назвами файлів",
        "видаліть старий файл кешу",
        "4.1.3",
        "називає адресу сервера",
    ),
    ("Чи була ця сторінка корисною", "2,3 тис."),
)

# --- Persian, a glossary as one definition list (RTL): a row of letter links over it, each
# term with an anchor and a "back to top" link, a search box beside it.
PROBES.add(
    "fa_glossary_definition_list",
    "https://vazhenameh.example.ir/nojum",
    page(
        "fa",
        "واژه‌نامهٔ نجوم",
        "<header class='site'><a href='/'>واژه‌نامه</a><form class='search'><input "
        "placeholder='جستجوی واژه'></form></header><main><h1>واژه‌نامهٔ نجوم</h1><p>این "
        "واژه‌نامه اصطلاحات پایهٔ نجوم را برای دانش‌آموزان دبیرستان به زبان ساده توضیح می‌دهد."
        "</p><nav class='letters'><a href='#a'>آ</a> <a href='#b'>ب</a> <a href='#s'>س</a> "
        "<a href='#k'>ک</a></nav><dl class='glossary'><dt id='a'>اختر</dt><dd>هر جرم آسمانی "
        "درخشانی که در شب با چشم دیده می‌شود. <a class='top' href='#'>↑ بالا</a></dd><dt "
        "id='b'>برج</dt><dd>هر یک از دوازده بخش مسیر ظاهری خورشید در آسمان. <a class='top' "
        "href='#'>↑ بالا</a></dd><dt id='s'>سحابی</dt><dd>ابری از گاز و غبار در فضا که "
        "ستارگان تازه در آن شکل می‌گیرند. <a class='top' href='#'>↑ بالا</a></dd><dt "
        "id='k'>کهکشان</dt><dd>مجموعه‌ای از میلیاردها ستاره که با گرانش کنار هم مانده‌اند. <a "
        "class='top' href='#'>↑ بالا</a></dd></dl></main><aside><h3>واژه‌نامه‌های دیگر</h3><ul>"
        "<li><a href='/zamin'>واژه‌نامهٔ زمین‌شناسی</a></li></ul></aside><footer><p>© "
        "واژه‌نامه</p></footer>",
        dir_="rtl",
    ),
    (
        "برای دانش‌آموزان دبیرستان به زبان ساده",
        "اختر",
        "هر یک از دوازده بخش مسیر ظاهری خورشید",
        "ابری از گاز و غبار در فضا",
        "کهکشان",
        "مجموعه‌ای از میلیاردها ستاره",
    ),
    ("↑ بالا", "واژه‌نامهٔ زمین‌شناسی", "جستجوی واژه"),
)

# --- German, round 38: a short documentation page between a navigation tree and an "on this
# page" column, closed by a "was this page helpful?" box and previous/next links.
PROBES.add(
    "de_short_doc_page_helpful_box",
    "https://docs.example.de/handbuch/konto/passwort-aendern",
    page(
        "de",
        "Passwort ändern",
        "<div class='docs'><nav class='docs-nav'><ul><li><a href='/handbuch/'>Einführung</a>"
        "</li><li><a href='/handbuch/konto/'>Konto</a></li><li><a href='/handbuch/abrechnung/'>"
        "Abrechnung</a></li></ul></nav><main class='docs-content'><h1>Passwort ändern</h1><p>"
        "Öffnen Sie die Kontoeinstellungen und wählen Sie den Reiter Sicherheit.</p><p>Geben "
        "Sie das alte Passwort einmal und das neue zweimal ein, dann speichern Sie.</p><div "
        "class='feedback'><p>War diese Seite hilfreich?</p><button>Ja</button><button>Nein"
        "</button></div><div class='pager'><a href='/handbuch/konto/'>← Konto anlegen</a><a "
        "href='/handbuch/abrechnung/'>Rechnungen herunterladen →</a></div></main><aside "
        "class='docs-toc'><p>Auf dieser Seite</p><ul><li><a href='#a'>Voraussetzungen</a></li>"
        "</ul></aside></div>",
    ),
    (
        "Öffnen Sie die Kontoeinstellungen",
        "Geben Sie das alte Passwort einmal",
    ),
    ("War diese Seite hilfreich?", "Rechnungen herunterladen", "Auf dieser Seite", "Abrechnung"),
)

# --- Armenian, round 38: a short encyclopedia stub followed by a navigation box of linked
# names and a category line.
PROBES.add(
    "hy_wiki_stub_navbox",
    "https://hy.example.org/wiki/Լճակ_գյուղ",
    page(
        "hy",
        "Լճակ (գյուղ)",
        "<div id='content'><h1 id='firstHeading'>Լճակ (գյուղ)</h1><div id='bodyContent'><div "
        "class='mw-parser-output'><p><b>Լճակ</b>, գյուղ լեռնային շրջանում, ծովի մակարդակից մոտ "
        "հազար ութ հարյուր մետր բարձրության վրա։</p><p>Գյուղում ապրում է մոտ չորս հարյուր մարդ, "
        "որոնք հիմնականում զբաղվում են անասնապահությամբ։</p><div class='navbox'><table><tr><th>"
        "Շրջանի բնակավայրեր</th></tr><tr><td><a href='/wiki/1'>Արևիկ</a> · <a "
        "href='/wiki/2'>Բերդաշեն</a> · <a href='/wiki/3'>Գետափ</a> · <a href='/wiki/4'>Ծաղկաձոր"
        "</a></td></tr></table></div></div><div id='catlinks'><a href='/wiki/Կատեգորիա'>Կատեգորիա"
        "</a>: <a href='/wiki/Կ1'>Շրջանի գյուղեր</a></div></div></div>",
    ),
    (
        "գյուղ լեռնային շրջանում",
        "Գյուղում ապրում է մոտ չորս հարյուր մարդ",
    ),
    ("Շրջանի բնակավայրեր", "Բերդաշեն", "Շրջանի գյուղեր"),
)
