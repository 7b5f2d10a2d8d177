"""Technical probe pages, part 2: code views and formulas (a code host's file view, a
notebook, a man page, KaTeX and MediaWiki math, Docsy, SyntaxHighlighter, prettify, a CLI
transcript, a GitLab wiki)."""

from __future__ import annotations

from ..pages import page
from ._registry import CODE, ONCE, PROBES, ROWS, script


def blob_rows(file_id: str, lines: tuple[str, ...]) -> str:
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
        "data-paste-markdown-skip>" + blob_rows("", _GA_LINES) + "</table></div></main>"
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
        "</footer>" + script("katex"),
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
        "fir Informatik Alle Rechter reservéiert</div></footer></div>" + script("docsy"),
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
