"""Technical probe pages, part 3: answers, data sheets and reference pages (a Q&A answer,
a component's data sheet, DokuWiki, Furo, pkgdown, Doxygen, a Go package, Just the Docs,
a reference page with its compatibility table, gists in a blog)."""

from __future__ import annotations

from ..pages import page
from ._registry import CODE, ONCE, PROBES, ROWS, script
from .listings_and_math import blob_rows

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
        "(2026-01-14)</a></li></ul></div></div></div></aside></div></div>" + script("furo"),
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
        f"data-tagsearch-lang='Kotlin'><tbody>{blob_rows('file-main-kt-', lines)}</tbody>"
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
