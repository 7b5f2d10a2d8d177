"""Full-text scholarly and long-form documents (round 43): HTML full-text papers in the
markup journal platforms write (numbered ``<section>``s with "1. Introduction", inline
citations "[12]", figures with captions, tables with a ``<caption>``, equations as MathML,
footnotes), with their furniture around the text (a references list, "Cite this article",
a metrics box, "Download PDF", keywords); podcast and video episode pages with a transcript
(speaker labels, time codes, show notes, the player's and the platforms' buttons); release
notes and changelogs (version headings, lists, code); terms and standards of numbered
clauses; long explainers with a table of contents, ``<details>`` sections and footnote
back-links. In languages and scripts the dev sets lack. Every name, place and sentence here
is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def citation_meta(title: str, journal_title: str) -> str:
    """The Highwire ``citation_*`` meta tags every journal platform writes for the scholars'
    search engines."""
    return (
        f"<meta name='citation_title' content='{title}'><meta name='citation_journal_title' "
        f"content='{journal_title}'><meta name='citation_pdf_url' content='/article.pdf'>"
    )


def journal(lang: str, title: str, article: str, *, dir_: str = "ltr", aside: str = "") -> str:
    """A journal platform's page: its masthead and menu, the article (its own furniture
    inside), a sidebar of the issue's other papers, the publisher's footer."""
    return page(
        lang,
        title,
        "<header class='c-header'><a class='c-header__logo' href='/'>Example Journals</a>"
        "<nav class='c-header__menu'><a href='/journals'>Journals</a> <a href='/about'>About"
        "</a> <a href='/submit'>Submit</a> <a href='/login'>Log in</a></nav></header><div "
        f"class='c-page-layout'><main class='c-page-layout__main'>{article}</main><aside "
        f"class='c-page-layout__side'>{aside}</aside></div><footer class='c-footer'><p>"
        "Example Journals · ISSN 0000-0000 · Open access under CC BY 4.0</p></footer>",
        dir_=dir_,
        head=citation_meta(title, "Example Journal"),
    )


# --- German, an Open Journal Systems article's HTML galley: the abstract, numbered
# sections, inline citations in brackets, a figure, a table with a caption, "Literatur".
PROBES.add(
    "de_ojs_html_galley_numbered_sections",
    "https://zeitschrift.example.de/index.php/zfg/article/view/412/388",
    journal(
        "de",
        "Bodenfeuchte und Ertrag im Hügelland: eine Feldstudie 2019–2024",
        "<div class='pkp_structure_main'><div class='obj_article_details'><h1 class='page_title'>"
        "Bodenfeuchte und Ertrag im Hügelland: eine Feldstudie 2019–2024</h1><ul "
        "class='authors'><li><span class='name'>Lena Brückner</span><span "
        "class='affiliation'>Institut für Agrarökologie, Universität Neustadt</span></li></ul>"
        "<div class='item doi'><span class='label'>DOI:</span> <a href='#'>https://doi.org/"
        "10.0000/zfg.412</a></div><div class='item keywords'><span class='label'>Schlagworte:"
        "</span> <span class='value'>Bodenfeuchte, Winterweizen, Hanglage</span></div><section "
        "class='item abstract'><h2 class='label'>Abstract</h2><p>Auf zwölf Hangparzellen wurde "
        "fünf Jahre lang die Bodenfeuchte in drei Tiefen gemessen und mit dem Ertrag von "
        "Winterweizen verglichen.</p></section><div class='galley_links'><a class='obj_galley_"
        "link pdf' href='/view/412/389'>PDF herunterladen</a></div></div><div "
        "class='article-fulltext'><section id='s1'><h2>1. Einleitung</h2><p>Trockene Frühjahre "
        "treffen Betriebe in Hanglagen stärker als solche in der Ebene [1, 4]. Bisherige "
        "Studien beruhen jedoch meist auf Daten einzelner Jahre [7].</p></section><section "
        "id='s2'><h2>2. Material und Methoden</h2><h3>2.1 Versuchsflächen</h3><p>Die Parzellen "
        "liegen zwischen 310 und 420 m über dem Meer auf Lössböden mit einer Neigung von vier "
        "bis zwölf Prozent.</p><figure id='f1'><img src='/f1.png' alt=''><figcaption><b>Abb. 1"
        "</b> Lage der Messparzellen am Südhang.</figcaption></figure><p>Gemessen wurde "
        "stündlich mit kapazitiven Sonden in 10, 30 und 60 cm Tiefe.</p></section><section "
        "id='s3'><h2>3. Ergebnisse</h2><table><caption>Tab. 1 Mittlerer Ertrag nach Hangposition"
        "</caption><thead><tr><th>Position</th><th>Ertrag (t/ha)</th><th>Feuchte (Vol.-%)</th>"
        "</tr></thead><tbody><tr><td>Oberhang</td><td>6,1</td><td>18,2</td></tr><tr><td>"
        "Mittelhang</td><td>7,0</td><td>21,5</td></tr><tr><td>Unterhang</td><td>7,8</td><td>"
        "24,9</td></tr></tbody></table><p>Der Ertrag am Unterhang lag im Mittel um 28 Prozent "
        "über dem am Oberhang; in trockenen Jahren wuchs der Abstand auf 41 Prozent.</p>"
        "</section><section id='s4'><h2>4. Diskussion</h2><p>Die Unterschiede zeigen, dass "
        "eine nach Hangposition gestaffelte Aussaatstärke Verluste mindern könnte [12].</p>"
        "</section><section class='references'><h2>Literatur</h2><ol><li>Albers, K. (2015). "
        "Wasserhaushalt geneigter Ackerflächen. Zeitschrift für Feldbau 12, 33–51.</li><li>"
        "Berger, T. &amp; Moll, S. (2018). Ertragskarten im Hügelland. Agrarforschung 4, "
        "101–118.</li></ol></section></div><div class='item citation'><h2>Zitationsvorschlag"
        "</h2><div class='csl-entry'>Brückner, L. (2025). Bodenfeuchte und Ertrag im Hügelland."
        "</div><a href='#'>Weitere Zitationsformate</a></div></div>",
        aside="<div class='pkp_block block_most_read'><h2>Meistgelesen</h2><ul><li><a "
        "href='/a/1'>Humusaufbau durch Zwischenfrüchte</a></li><li><a href='/a/2'>Drainagen "
        "im Wandel</a></li></ul></div>",
    ),
    (
        "Auf zwölf Hangparzellen wurde fünf Jahre lang die Bodenfeuchte",
        "Einleitung",
        "Trockene Frühjahre treffen Betriebe in Hanglagen stärker",
        "liegen zwischen 310 und 420 m über dem Meer",
        "Gemessen wurde stündlich mit kapazitiven Sonden",
        "Mittelhang",
        "Der Ertrag am Unterhang lag im Mittel um 28 Prozent",
        "4. Diskussion",
        "gestaffelte Aussaatstärke Verluste mindern könnte",
    ),
    (
        "Wasserhaushalt geneigter Ackerflächen",
        "Ertragskarten im Hügelland",
        "PDF herunterladen",
        "Weitere Zitationsformate",
        "Humusaufbau durch Zwischenfrüchte",
        "Open access under CC BY 4.0",
    ),
)

# --- French, an OpenEdition-style article: the text in div#text with h1.texte section
# titles, footnote calls, notes at the foot, "Bibliographie", "Pour citer cet article".
PROBES.add(
    "fr_openedition_article_notes_and_citation",
    "https://journals.example.org/cahiers/2231",
    page(
        "fr",
        "Les lavoirs communaux de la Sarthe, 1850-1914",
        "<div id='wrapper'><div id='header'><a href='/'>Cahiers d'histoire rurale</a><ul "
        "id='menu'><li><a href='/sommaire'>Sommaires</a></li><li><a href='/auteurs'>Auteurs"
        "</a></li></ul></div><div id='main'><div id='docTitle'><h1>Les lavoirs communaux de "
        "la Sarthe, 1850-1914</h1></div><div id='docAuthor'><a href='/auteur/12'>Hélène "
        "Vasseur</a></div><div class='tools'><a href='/pdf/2231'>Télécharger le PDF</a> <a "
        "href='#'>Partager</a></div><div id='resume' class='section'><h2>Résumé</h2><p "
        "class='resume'>L'article retrace la construction de cent douze lavoirs communaux et "
        "ce qu'elle révèle des budgets municipaux.</p></div><div id='text' class='section'>"
        "<h1 class='texte'><a href='#tocto1n1'>1. Un équipement de village</a></h1><p "
        "class='texte'>Entre 1850 et 1914, presque chaque commune du département se dote d'un "
        "lavoir couvert<a class='footnotecall' id='bodyftn1' href='#ftn1'>1</a>.</p><p "
        "class='texte'>Les délibérations montrent que la dépense est souvent votée après une "
        "épidémie, comme à Saint-Aubin en 1866.</p><h1 class='texte'><a href='#tocto1n2'>2. "
        "Financer l'eau</a></h1><p class='texte'>Le coût moyen d'un lavoir atteint 2 400 "
        "francs, soit près d'un quart du budget annuel d'une petite commune<a "
        "class='footnotecall' id='bodyftn2' href='#ftn2'>2</a>.</p><p class='texte'>Les "
        "souscriptions des habitants couvrent rarement plus du dixième de la somme.</p></div>"
        "<div id='notes' class='section'><h2>Notes</h2><p class='notesbaspage'><a "
        "class='FootnoteSymbol' id='ftn1' href='#bodyftn1'>1</a> Archives départementales, "
        "série O, dossiers des communes.</p><p class='notesbaspage'><a class='FootnoteSymbol' "
        "id='ftn2' href='#bodyftn2'>2</a> Comptes de gestion de 1880.</p></div><div "
        "id='bibliography' class='section'><h2>Bibliographie</h2><p class='bibliographie'>"
        "Durand Paul, <em>L'eau au village</em>, Rennes, 1998.</p><p class='bibliographie'>"
        "Morin Claire, « Laver en commun », <em>Revue du Maine</em>, 2004.</p></div><div "
        "id='quotation' class='section'><h2>Pour citer cet article</h2><h3>Référence "
        "électronique</h3><p>Hélène Vasseur, « Les lavoirs communaux de la Sarthe », "
        "<em>Cahiers d'histoire rurale</em>, 31 | 2025, mis en ligne le 3 mars 2025.</p></div>"
        "<div id='licence' class='section'><p>CC BY-NC-ND 4.0</p></div></div><div id='footer'>"
        "<a href='/mentions'>Mentions légales</a> · <a href='/credits'>Crédits</a></div></div>",
        head=citation_meta(
            "Les lavoirs communaux de la Sarthe, 1850-1914", "Cahiers d&#39;histoire rurale"
        ),
    ),
    (
        "retrace la construction de cent douze lavoirs communaux",
        "presque chaque commune du département se dote d'un lavoir couvert",
        "la dépense est souvent votée après une épidémie",
        "Le coût moyen d'un lavoir atteint 2 400 francs",
        "couvrent rarement plus du dixième de la somme",
    ),
    (
        "L'eau au village",
        "Laver en commun",
        "Référence électronique",
        "mis en ligne le 3 mars 2025",
        "Télécharger le PDF",
        "Mentions légales",
    ),
)

# --- Spanish, a SciELO full text: sections as div.articleSection with an h1 of their own,
# a table in a box, references in ul.refList, "Cómo citar" and the article's tools.
PROBES.add(
    "es_scielo_fulltext_sections_reflist",
    "https://www.scielo.example.cl/scielo.php?script=sci_arttext&pid=S0000-00002025000100004",
    page(
        "es",
        "Consumo de agua en viviendas sociales de Valdivia",
        "<header class='scielo__header'><a class='brand' href='/'>SciELO</a><nav><a "
        "href='/revistas'>Revistas</a> <a href='/buscar'>Buscar</a></nav></header><section "
        "class='articleCtt'><div class='articleBadge-editionMeta-doi-copyLink'><span>Rev. "
        "urban. vol.18 no.1</span> <a class='_doi' href='#'>https://doi.org/10.0000/ru.4</a> "
        "<a class='copyLink' href='#'>Copiar</a></div><h1 class='article-title'>Consumo de "
        "agua en viviendas sociales de Valdivia</h1><div class='contribGroup'><a "
        "href='#aff1'>Rocío Alarcón</a></div><div class='articleMenu'><a href='#'>Texto (ES)"
        "</a> <a href='/pdf/4.pdf'>Descargar PDF</a> <a href='#'>Cómo citar</a> <a href='#'>"
        "Métricas</a></div><article id='articleText'><div class='articleSection "
        "articleSection--resumen' data-anchor='Resumen'><h1 class='articleSectionTitle'>"
        "Resumen</h1><p>Se midió el consumo diario de agua en 86 viviendas sociales durante "
        "un año completo.</p></div><div class='articleSection articleSection--introduccion' "
        "data-anchor='Introducción'><h1 class='articleSectionTitle'>Introducción</h1><p>Las "
        "políticas de vivienda rara vez consideran el consumo de agua de los hogares "
        "(<a href='#B3'>Muñoz, 2019</a>).</p></div><div class='articleSection' "
        "data-anchor='Resultados'><h1 class='articleSectionTitle'>Resultados</h1><p>El "
        "consumo medio fue de 118 litros por persona y día, con un máximo en enero.</p><div "
        "class='row table' id='t1'><div class='col-md-12'><table><caption>Tabla 1. Consumo "
        "por tipo de vivienda</caption><tr><th>Tipo</th><th>Viviendas</th><th>Litros</th></tr>"
        "<tr><td>Casa pareada</td><td>52</td><td>124</td></tr><tr><td>Departamento</td><td>"
        "34</td><td>109</td></tr><tr><td>Total</td><td>86</td><td>118</td></tr></table></div>"
        "</div><p>Los hogares con jardín consumieron un 23 % más que los demás.</p></div><div "
        "class='articleSection articleSection--referencias' data-anchor='Referencias'><h1 "
        "class='articleSectionTitle'>Referencias</h1><ul class='refList'><li><div>Muñoz, A. "
        "(2019). Agua y ciudad en el sur de Chile. Santiago: Editorial Austral.</div></li><li>"
        "<div>Pérez, L. (2021). Medición del consumo doméstico. Revista de Hidráulica, 9(2)."
        "</div></li></ul></div></article><div class='modal' id='ModalCitar'><h2>Cómo citar"
        "</h2><p>Alarcón, R. Consumo de agua en viviendas sociales de Valdivia. Rev. urban. "
        "2025.</p></div></section><footer class='scielo__footer'>Todo el contenido de esta "
        "revista está bajo una licencia Creative Commons</footer>",
        head=citation_meta(
            "Consumo de agua en viviendas sociales de Valdivia", "Revista de urbanismo"
        ),
    ),
    (
        "Se midió el consumo diario de agua en 86 viviendas sociales",
        "rara vez consideran el consumo de agua de los hogares",
        "El consumo medio fue de 118 litros por persona y día",
        "Casa pareada",
        "Los hogares con jardín consumieron un 23 % más",
    ),
    (
        "Agua y ciudad en el sur de Chile",
        "Medición del consumo doméstico",
        "Descargar PDF",
        "Todo el contenido de esta revista",
        "Copiar",
    ),
)

# --- Portuguese, an MDPI-style html-body: sections typed "intro", numbered h2 with
# data-nested, inline citations in brackets linking to the list, an equation in MathML, a
# figure, "Author Contributions", the references list, the metrics and citation boxes.
PROBES.add(
    "pt_mdpi_html_body_mathml",
    "https://www.example-pub.com/2071-1050/17/3/1204/htm",
    journal(
        "pt",
        "Telhados verdes e escoamento urbano em Belo Horizonte",
        "<article><div class='html-article-content'><div class='bib-identity'><a href='#'>"
        "Sustentabilidade</a> <b>2025</b>, 17(3), 1204</div><div class='html-article-title'>"
        "<h1>Telhados verdes e escoamento urbano em Belo Horizonte</h1></div><div "
        "class='art-authors'>por <a href='#'>Tiago Moreira</a> e <a href='#'>Ana Ribeiro</a>"
        "</div><div class='pubhistory'>Recebido: 4 de dezembro de 2024 / Publicado: 2 de "
        "fevereiro de 2025</div><div class='art-abstract in-tab'><p>Este estudo mede quanto "
        "da chuva fica retido em quarenta telhados verdes de diferentes idades.</p></div><div "
        "class='art-keywords'><b>Palavras-chave:</b> drenagem; telhado verde; chuva</div>"
        "<div class='html-body'><section id='sec1-sustainability' type='intro'><h2 "
        "data-nested='1'>1. Introdução</h2><div class='html-p'>A impermeabilização do solo "
        "aumenta o pico das cheias urbanas [<a class='html-bibr' href='#B1'>1</a>,<a "
        "class='html-bibr' href='#B2'>2</a>].</div></section><section id='sec2-sustainability' "
        "type='methods'><h2 data-nested='1'>2. Materiais e Métodos</h2><div class='html-p'>A "
        "retenção de cada telhado foi calculada pela razão</div><div "
        "class='html-disp-formula-info'><math display='block'><mi>R</mi><mo>=</mo><mn>1</mn>"
        "<mo>−</mo><mfrac><msub><mi>Q</mi><mi>s</mi></msub><mi>P</mi></mfrac></math><label>(1)"
        "</label></div><div class='html-p'>onde o escoamento medido na calha é comparado com "
        "a precipitação do mesmo evento.</div><div class='html-fig-wrap' id='fig1'><img "
        "src='/fig1.png' alt=''><div class='html-fig_description'><b>Figura 1.</b> Localização "
        "dos telhados estudados.</div></div></section><section id='sec3-sustainability' "
        "type='results'><h2 data-nested='1'>3. Resultados</h2><div class='html-p'>Os telhados "
        "com mais de cinco anos retiveram em média 61% da chuva, contra 38% dos mais novos "
        "[<a class='html-bibr' href='#B3'>3</a>].</div></section><section "
        "id='sec4-sustainability' type='conclusions'><h2 data-nested='1'>4. Conclusões</h2>"
        "<div class='html-p'>A idade do substrato pesa mais do que a sua espessura na "
        "retenção.</div></section></div><div class='html-back'><section><h2>Contribuições dos "
        "Autores</h2><div class='html-p'>Conceituação, T.M.; análise, A.R.</div></section>"
        "<section><h2>Conflitos de Interesse</h2><div class='html-p'>Os autores declaram não "
        "haver conflitos de interesse.</div></section></div><div class='html-references'><h2>"
        "Referências</h2><ol class='html-references_list'><li id='B1'>Costa, P. Cheias "
        "urbanas no Brasil. <em>Rev. Hidrol.</em> <b>2018</b>, 5, 10–22.</li><li id='B2'>"
        "Lima, R. Solo impermeável e drenagem. <em>Água Urbana</em> <b>2020</b>, 2, 1–9.</li>"
        "</ol></div></div><div class='article-metrics'><h3>Métricas do artigo</h3><p>"
        "Visualizações: 1.482 · Downloads: 311 · Citações: 4</p></div><div "
        "class='cite-this'><h3>Citar este artigo</h3><p>Moreira, T.; Ribeiro, A. Telhados "
        "verdes e escoamento urbano. <em>Sustentabilidade</em> 2025, 17, 1204.</p><a "
        "href='#'>Exportar citação</a></div></article>",
        aside="<div class='right-column'><a class='button' href='/pdf'>Baixar PDF</a><h3>"
        "Artigos relacionados</h3><ul><li><a href='/r/1'>Chuvas extremas em capitais</a>"
        "</li></ul></div>",
    ),
    (
        "mede quanto da chuva fica retido em quarenta telhados verdes",
        "aumenta o pico das cheias urbanas",
        "A retenção de cada telhado foi calculada pela razão",
        "comparado com a precipitação do mesmo evento",
        "retiveram em média 61% da chuva",
        "A idade do substrato pesa mais do que a sua espessura",
    ),
    (
        "Cheias urbanas no Brasil",
        "Solo impermeável e drenagem",
        "Visualizações: 1.482",
        "Exportar citação",
        "Baixar PDF",
        "Chuvas extremas em capitais",
    ),
)

# --- Russian, a CyberLeninka-style page: "Текст научной работы на тему", the text in
# div.ocr itemprop=articleBody with numbered headings written as paragraphs in bold,
# "Похожие темы", "Для цитирования", the reader's counters.
PROBES.add(
    "ru_cyberleninka_ocr_text",
    "https://cyberleninka.example.ru/article/n/rechnoy-led-na-verhney-kame",
    page(
        "ru",
        "Сроки ледостава на верхней Каме в 1950–2020 годах",
        "<header class='header'><a class='logo' href='/'>КиберЛенинка</a><form><input "
        "placeholder='Поиск'></form></header><div class='main'><div class='infoblock'><h1><i "
        "itemprop='headline'>Сроки ледостава на верхней Каме в 1950–2020 годах</i></h1><div "
        "class='labels'><div class='label'>Науки о Земле</div></div><ul class='author-list'>"
        "<li itemprop='author'><span>Кузнецова Ольга Петровна</span></li></ul><div "
        "class='statitem views'>1 204</div><div class='statitem downloads'>87</div><div "
        "class='btn-group'><a class='btn' href='/pdf'>Скачать PDF</a> <a class='btn' "
        "href='#cite'>Цитировать</a></div><h2 class='right-title'>Аннотация научной статьи</h2>"
        "<p itemprop='description'>По данным шести гидрологических постов показано, что "
        "ледостав на верхней Каме наступает в среднем на девять дней позже, чем в середине "
        "прошлого века.</p><div class='keywords'><i>Ключевые слова:</i> ледостав, Кама, "
        "климат</div></div><div class='article-text'><h2 class='right-title'>Текст научной "
        "работы на тему «Сроки ледостава на верхней Каме»</h2><div class='ocr' "
        "itemprop='articleBody'><p><b>1. Введение</b></p><p>Сроки ледостава важны для "
        "судоходства и для работы водозаборов [3].</p><p>Ряды наблюдений на Каме длиннее, "
        "чем на большинстве рек Урала, что позволяет оценить изменения за семьдесят лет.</p>"
        "<p><b>2. Данные и методы</b></p><p>Использованы даты первого ледостава на шести "
        "постах за 1950–2020 годы; тренды оценены методом Тейла–Сена.</p><p><b>3. Результаты"
        "</b></p><p>Наибольший сдвиг, четырнадцать дней, отмечен у поста Пожва.</p><p><b>"
        "Список литературы</b></p><p>1. Белов А. В. Ледовый режим рек Урала. Пермь, 2001.</p>"
        "<p>2. Гусева Н. И. Климат и реки. М.: Наука, 2010.</p></div></div><div "
        "class='similar'><h2>Похожие темы научных работ по наукам о Земле</h2><ul><li><a "
        "href='/a/1'>Ледовые явления на Вятке</a></li><li><a href='/a/2'>Зимний сток малых "
        "рек</a></li></ul></div><div id='cite' class='cite'><h2>Для цитирования</h2><p>"
        "Кузнецова О. П. Сроки ледостава на верхней Каме // Вестник гидрологии. 2021. № 3."
        "</p></div></div><footer class='footer'>© 2012–2026 КиберЛенинка</footer>",
        head=citation_meta(
            "Сроки ледостава на верхней Каме в 1950–2020 годах", "Вестник гидрологии"
        ),
    ),
    (
        "ледостав на верхней Каме наступает в среднем на девять дней позже",
        "Сроки ледостава важны для судоходства",
        "позволяет оценить изменения за семьдесят лет",
        "тренды оценены методом Тейла–Сена",
        "Наибольший сдвиг, четырнадцать дней, отмечен у поста Пожва",
    ),
    (
        "Ледовый режим рек Урала",
        "Климат и реки",
        "Ледовые явления на Вятке",
        "Скачать PDF",
        "Вестник гидрологии",
        "КиберЛенинка",
    ),
)

# --- Japanese, a J-STAGE-style full text: the abstract, sections as div.section with
# h3 titles "1. はじめに", figure and table captions, "引用文献" with numbered entries, the
# article's metrics and "この記事を共有" buttons.
PROBES.add(
    "ja_jstage_fulltext_sections",
    "https://www.jstage.example.jp/article/jsce/81/2/81_24-00012/_html/-char/ja",
    page(
        "ja",
        "都市河川における夏季水温の上昇要因",
        "<header id='header'><a href='/'>J-STAGE</a><nav><a href='/browse'>資料を探す</a> "
        "<a href='/help'>ヘルプ</a></nav></header><div id='contents'><div "
        "class='global-article-title'>都市河川における夏季水温の上昇要因</div><div "
        "class='global-authors-name-tags'><a href='#'>佐藤 花子</a>, <a href='#'>田中 一郎</a>"
        "</div><div class='accodion_body_wrap'><ul class='article-tools'><li><a "
        "href='/pdf'>PDF形式でダウンロード (1.2MB)</a></li><li><a href='#'>引用文献を"
        "ダウンロード</a></li></ul><div class='article-overiew-abstract-wrap'><h2>抄録</h2><p>"
        "市街地を流れる三つの河川で夏季の水温を二年間観測し，上昇の要因を比較した．</p>"
        "</div><div id='article-body'><div class='section'><h3>1. はじめに</h3><p>都市河川"
        "の水温は，周囲の舗装面からの熱や排水の影響を受けて上昇しやすい<sup>1)</sup>．</p>"
        "</div><div class='section'><h3>2. 観測方法</h3><p>各河川の上流と下流に自記式の"
        "水温計を設置し，十分間隔で記録した．</p><div class='figure'><img src='/f1.jpg' "
        "alt=''><p class='caption'>図-1 観測地点の配置</p></div></div><div "
        "class='section'><h3>3. 結果と考察</h3><p>下流の水温は上流より平均で2.4℃高く，"
        "晴天日の午後に差が最大となった．</p><p>河畔林のある区間では上昇が半分以下に"
        "抑えられていた．</p></div><div class='section'><h3>4. おわりに</h3><p>河畔の緑化"
        "は水温上昇を抑える有効な手段となり得る．</p></div></div><div "
        "class='references'><h3>引用文献</h3><ol><li>1) 山本太郎：都市と水辺の熱環境，"
        "水文学会誌，Vol.12，pp.45-52，2015．</li><li>2) 鈴木次郎：河川水温の長期変化，"
        "土木学会論文集，Vol.70，2018．</li></ol></div><div class='article-metrics'><span>"
        "記事の閲覧数 2,310</span> <span>被引用数 3</span></div><div class='share'><span>"
        "この記事を共有</span> <a href='#'>X</a> <a href='#'>Facebook</a></div></div></div>"
        "<footer id='footer'>国立研究開発法人 科学技術振興機構</footer>",
        head=citation_meta("都市河川における夏季水温の上昇要因", "土木学会論文集"),
    ),
    (
        "市街地を流れる三つの河川で夏季の水温を二年間観測し",
        "周囲の舗装面からの熱や排水の影響を受けて上昇しやすい",
        "各河川の上流と下流に自記式の水温計を設置し",
        "下流の水温は上流より平均で2.4℃高く",
        "河畔林のある区間では上昇が半分以下に抑えられていた",
        "河畔の緑化は水温上昇を抑える有効な手段となり得る",
    ),
    (
        "都市と水辺の熱環境",
        "河川水温の長期変化",
        "PDF形式でダウンロード",
        "記事の閲覧数",
        "この記事を共有",
        "科学技術振興機構",
    ),
)

# --- Simplified Chinese, a Chinese journal's HTML full text: 摘要, 关键词, sections "1 引言"
# as h2, citations as superscript brackets, a table with a caption, 参考文献, "引用本文",
# 下载 PDF and the reading counters.
PROBES.add(
    "zh_hans_journal_fulltext_html",
    "https://www.example-journal.cn/article/doi/10.0000/j.issn.1000-0000.2025.02.008",
    page(
        "zh-CN",
        "城市社区垃圾分类参与度的影响因素",
        "<div class='header'><a href='/'>某某学报</a><ul class='nav'><li><a href='/'>首页"
        "</a></li><li><a href='/qk'>期刊浏览</a></li><li><a href='/tg'>投稿指南</a></li></ul>"
        "</div><div class='container'><div class='article-header'><h1 class='article-title'>"
        "城市社区垃圾分类参与度的影响因素</h1><div class='article-author'>王晓明, 李娜</div>"
        "<div class='article-tools'><a href='/pdf'>下载PDF</a> <a href='#cite'>引用本文</a> "
        "<a href='#'>导出引用</a> <span class='read-count'>阅读次数: 3567</span> <span>"
        "PDF下载次数: 412</span></div></div><div class='abstract'><h2>摘要</h2><p>基于对"
        "六个城市1200户居民的问卷调查，分析了垃圾分类参与度的主要影响因素。</p><p "
        "class='keywords'><b>关键词：</b>垃圾分类；社区治理；问卷调查</p></div><div "
        "class='article-content'><div class='section'><h2>1 引言</h2><p>自2019年起，多个"
        "城市相继实施生活垃圾强制分类制度<sup>[1-3]</sup>。</p><p>已有研究多关注政策设计，"
        "对居民日常行为的考察相对不足<sup>[4]</sup>。</p></div><div class='section'><h2>2 "
        "研究方法</h2><p>问卷于2023年春季发放，共回收有效问卷1134份。</p><div "
        "class='table-wrap'><table><caption>表1 样本基本情况</caption><tr><th>城市</th><th>"
        "样本数</th><th>参与率</th></tr><tr><td>甲市</td><td>201</td><td>72%</td></tr><tr><td>"
        "乙市</td><td>188</td><td>65%</td></tr><tr><td>丙市</td><td>195</td><td>58%</td></tr>"
        "</table></div></div><div class='section'><h2>3 结果分析</h2><p>社区志愿者的现场"
        "指导使参与率平均提高了十四个百分点。</p></div><div class='section'><h2>4 结论</h2>"
        "<p>持续的现场指导比罚款更能提高居民的参与度。</p></div></div><div "
        "class='references'><h2>参考文献</h2><ol><li>[1] 张伟. 城市垃圾治理研究[J]. 环境"
        "科学, 2020, 41(3): 12-18.</li><li>[2] 刘洋. 社区参与与公共政策[M]. 北京: 某某出版"
        "社, 2019.</li></ol></div><div id='cite' class='cite-box'><h3>引用本文</h3><p>王晓明"
        ", 李娜. 城市社区垃圾分类参与度的影响因素[J]. 某某学报, 2025(2): 8.</p></div></div>"
        "<div class='footer'>版权所有 © 某某学报编辑部 京ICP备00000000号</div>",
        head=citation_meta("城市社区垃圾分类参与度的影响因素", "某某学报"),
    ),
    (
        "分析了垃圾分类参与度的主要影响因素",
        "多个城市相继实施生活垃圾强制分类制度",
        "对居民日常行为的考察相对不足",
        "共回收有效问卷1134份",
        "社区志愿者的现场指导使参与率平均提高了十四个百分点",
        "持续的现场指导比罚款更能提高居民的参与度",
    ),
    (
        "城市垃圾治理研究",
        "社区参与与公共政策",
        "阅读次数",
        "下载PDF",
        "京ICP备",
    ),
)

# --- Korean, a scholarly database's full text: 국문 초록, roman-numbered sections
# "Ⅰ. 서론", a table, 참고문헌, and the database's "인용하기", "원문보기" and counters.
PROBES.add(
    "ko_scholarly_db_roman_sections",
    "https://www.example-kci.kr/landing/article.kci?arti_id=ART000000001",
    page(
        "ko",
        "지방 소도시 전통시장의 방문객 변화",
        "<div id='header'><a href='/'>학술지인용색인</a><ul class='gnb'><li><a href='/s'>"
        "논문검색</a></li><li><a href='/j'>학술지</a></li></ul></div><div id='container'>"
        "<div class='po_view'><h1 class='tit'>지방 소도시 전통시장의 방문객 변화</h1><p "
        "class='author'>김민지, 박준호</p><div class='btn_area'><a href='#'>원문보기</a> <a "
        "href='#'>인용하기</a> <a href='#'>내보내기</a> <span class='hit'>조회 1,024</span> "
        "<span>다운로드 96</span></div><div class='box_abstract'><h2>국문 초록</h2><p>본 "
        "연구는 인구 5만 명 이하 도시 열두 곳의 전통시장 방문객 수를 2015년부터 2024년까지 "
        "분석하였다.</p></div><div class='fulltext'><h2>Ⅰ. 서론</h2><p>지방 소도시의 "
        "전통시장은 지역 주민의 생활과 밀접하게 연결되어 있다(이수진, 2018).</p><h2>Ⅱ. "
        "연구 방법</h2><p>시장 상인회가 매주 집계한 방문객 수와 주변 대형마트의 개점 "
        "시기를 함께 살펴보았다.</p><table><caption>&lt;표 1&gt; 조사 대상 시장</caption><tr>"
        "<th>지역</th><th>점포 수</th><th>개설 연도</th></tr><tr><td>가 시</td><td>142</td>"
        "<td>1968</td></tr><tr><td>나 군</td><td>87</td><td>1975</td></tr><tr><td>다 시</td>"
        "<td>203</td><td>1959</td></tr></table><h2>Ⅲ. 분석 결과</h2><p>대형마트가 들어선 "
        "뒤 첫 해에 방문객은 평균 18% 줄었으나, 주말 장터를 연 시장은 3년 안에 회복하였다."
        "</p><h2>Ⅳ. 결론</h2><p>상설 행사보다 정기적인 장터가 방문객 회복에 더 효과적이었다."
        "</p></div><div class='box_ref'><h2>참고문헌</h2><ul><li>(2018). 이수진, 전통시장과 "
        "지역경제, 지역연구, 34(2), 55-78.</li><li>(2020). 최영수, 소도시 상권의 변화, "
        "도시행정학보, 12, 1-20.</li></ul></div><div class='box_similar'><h2>관련 논문</h2>"
        "<ul><li><a href='/r/1'>농촌 장터의 재생 사례</a></li></ul></div></div></div><div "
        "id='footer'>한국연구재단 · 개인정보처리방침</div>",
        head=citation_meta("지방 소도시 전통시장의 방문객 변화", "지역연구"),
    ),
    (
        "전통시장 방문객 수를 2015년부터 2024년까지 분석하였다",
        "지역 주민의 생활과 밀접하게 연결되어 있다",
        "주변 대형마트의 개점 시기를 함께 살펴보았다",
        "주말 장터를 연 시장은 3년 안에 회복하였다",
        "정기적인 장터가 방문객 회복에 더 효과적이었다",
    ),
    (
        "전통시장과 지역경제",
        "소도시 상권의 변화",
        "농촌 장터의 재생 사례",
        "조회 1,024",
        "개인정보처리방침",
    ),
)

# --- Turkish, a DergiPark-style article page: Öz and Abstract, the full text in
# numbered sections, "Kaynakça", "Ayrıntılar", "Atıfta bulunmak için" and the download.
PROBES.add(
    "tr_dergipark_article_fulltext",
    "https://dergipark.example.org.tr/tr/pub/ktd/issue/81234/1412345",
    page(
        "tr",
        "Kıyı kasabalarında yazlık konutların kış kullanımı",
        "<nav class='navbar'><a class='navbar-brand' href='/'>DergiPark</a><a href='/tr/"
        "search'>Ara</a></nav><div class='container'><div class='article-header'><h1 "
        "class='article-title'>Kıyı kasabalarında yazlık konutların kış kullanımı</h1><p "
        "class='article-authors'>Elif Kaya, Murat Demir</p><div class='article-toolbar'><a "
        "class='btn' href='/download/article-file/1'>Tam Metin PDF</a> <a class='btn' "
        "href='#cite'>Atıf</a> <span>Görüntülenme: 412</span> <span>İndirme: 95</span></div>"
        "</div><div class='article-abstract'><h3>Öz</h3><p>Çalışma, Ege kıyısındaki dört "
        "kasabada yazlık konutların kış aylarında ne ölçüde kullanıldığını incelemektedir."
        "</p><div class='article-keywords'><b>Anahtar Kelimeler:</b> yazlık konut, kıyı "
        "turizmi, ikinci konut</div></div><div class='article-fulltext'><h2>1. Giriş</h2><p>"
        "Uzaktan çalışmanın yaygınlaşmasıyla bazı yazlık konutlar yıl boyu kullanılmaya "
        "başlanmıştır (Aksoy, 2021).</p><h2>2. Yöntem</h2><p>Belediyelerin su ve elektrik "
        "abonelik verileri ile 240 hane sahibiyle yapılan görüşmeler birlikte "
        "değerlendirilmiştir.</p><h2>3. Bulgular</h2><p>Konutların yaklaşık üçte biri Ocak "
        "ayında da en az iki hafta kullanılmaktadır.</p><p>Kış kullanımı en çok emekli "
        "haneler arasında yaygındır.</p><h2>4. Sonuç</h2><p>Kış nüfusundaki artış, "
        "belediyelerin hizmet planlamasını yeniden düşünmesini gerektirmektedir.</p></div>"
        "<div class='article-references'><h3>Kaynakça</h3><ul><li>Aksoy, B. (2021). İkinci "
        "konutlar ve uzaktan çalışma. Turizm Araştırmaları, 7(1), 22-40.</li><li>Yılmaz, S."
        " (2017). Kıyı kentlerinde nüfus. İstanbul: Deniz Yayınları.</li></ul></div><div "
        "class='article-details'><h3>Ayrıntılar</h3><table><tr><th>Birincil Dil</th><td>"
        "Türkçe</td></tr><tr><th>Yayımlanma Tarihi</th><td>30 Haziran 2025</td></tr></table>"
        "</div><div id='cite' class='article-cite'><h3>Atıfta bulunmak için</h3><p>Kaya, E."
        ", Demir, M. (2025). Kıyı kasabalarında yazlık konutların kış kullanımı.</p></div>"
        "</div><footer class='footer'>TÜBİTAK ULAKBİM · Gizlilik</footer>",
        head=citation_meta(
            "Kıyı kasabalarında yazlık konutların kış kullanımı", "Kıyı Turizmi Dergisi"
        ),
    ),
    (
        "Ege kıyısındaki dört kasabada yazlık konutların kış aylarında",
        "bazı yazlık konutlar yıl boyu kullanılmaya başlanmıştır",
        "240 hane sahibiyle yapılan görüşmeler birlikte",
        "Konutların yaklaşık üçte biri Ocak ayında da",
        "Kış kullanımı en çok emekli haneler arasında yaygındır",
        "hizmet planlamasını yeniden düşünmesini gerektirmektedir",
    ),
    (
        "İkinci konutlar ve uzaktan çalışma",
        "Kıyı kentlerinde nüfus",
        "Tam Metin PDF",
        "Görüntülenme",
        "Birincil Dil",
        "Gizlilik",
    ),
)

# --- Indonesian, a paper converted to HTML by LaTeXML (arXiv's HTML view): ltx_ classes,
# section tags in spans, equations as MathML tables, a bibliography, the viewer's banner
# and "Report issue" buttons.
PROBES.add(
    "id_latexml_paper_ltx_sections",
    "https://arxiv.example.org/html/2503.01234v1",
    page(
        "id",
        "Prediksi curah hujan harian dengan jaringan saraf ringan",
        "<header class='desktop_header'><a href='/'>arXiv</a><a href='/abs/2503.01234'>"
        "Kembali ke abstrak</a> <a href='/pdf/2503.01234'>Unduh PDF</a></header><div "
        "class='package-alerts ltx_document' role='status'>Laporkan masalah pada tampilan "
        "HTML ini</div><div class='ltx_page_main'><div class='ltx_page_content'><article "
        "class='ltx_document ltx_authors_1line'><h1 class='ltx_title ltx_title_document'>"
        "Prediksi curah hujan harian dengan jaringan saraf ringan</h1><div "
        "class='ltx_authors'><span class='ltx_creator ltx_role_author'><span "
        "class='ltx_personname'>Rina Wulandari</span></span></div><div class='ltx_abstract'>"
        "<h6 class='ltx_title ltx_title_abstract'>Abstrak</h6><p class='ltx_p'>Kami "
        "melatih jaringan saraf kecil dengan data tiga puluh stasiun cuaca di Jawa Barat.</p>"
        "</div><section class='ltx_section' id='S1'><h2 class='ltx_title "
        "ltx_title_section'><span class='ltx_tag ltx_tag_section'>1 </span>Pendahuluan</h2>"
        "<div class='ltx_para' id='S1.p1'><p class='ltx_p'>Model cuaca numerik memerlukan "
        "daya komputasi besar yang jarang tersedia di kantor daerah <cite class='ltx_cite "
        "ltx_citemacro_cite'>[<a class='ltx_ref' href='#bib.bib3'>3</a>]</cite>.</p></div>"
        "</section><section class='ltx_section' id='S2'><h2 class='ltx_title "
        "ltx_title_section'><span class='ltx_tag ltx_tag_section'>2 </span>Metode</h2><div "
        "class='ltx_para' id='S2.p1'><p class='ltx_p'>Galat diukur dengan rata-rata "
        "kuadrat</p><table class='ltx_equation ltx_eqn_table' id='S2.E1'><tr "
        "class='ltx_equation ltx_eqn_row'><td class='ltx_eqn_cell'><math "
        "class='ltx_Math' display='block'><mrow><mi>E</mi><mo>=</mo><mfrac><mn>1</mn><mi>n"
        "</mi></mfrac><mo>∑</mo><msup><mrow><mo>(</mo><mi>y</mi><mo>−</mo><mi>ŷ</mi><mo>)"
        "</mo></mrow><mn>2</mn></msup></mrow></math></td><td class='ltx_eqn_cell "
        "ltx_eqn_eqno'><span class='ltx_tag ltx_tag_equation'>(1)</span></td></tr></table>"
        "<p class='ltx_p'>dengan data lima tahun terakhir sebagai data uji.</p></div>"
        "</section><section class='ltx_section' id='S3'><h2 class='ltx_title "
        "ltx_title_section'><span class='ltx_tag ltx_tag_section'>3 </span>Hasil</h2><div "
        "class='ltx_para' id='S3.p1'><p class='ltx_p'>Jaringan kecil ini hanya dua persen "
        "kurang akurat daripada model besar, tetapi berjalan di laptop biasa.</p></div>"
        "</section><section class='ltx_bibliography' id='bib'><h2 class='ltx_title "
        "ltx_title_bibliography'>Daftar Pustaka</h2><ul class='ltx_biblist'><li "
        "class='ltx_bibitem' id='bib.bib3'><span class='ltx_bibblock'>S. Hartono. Model "
        "cuaca untuk daerah tropis. Jurnal Meteorologi, 2019.</span></li><li "
        "class='ltx_bibitem' id='bib.bib4'><span class='ltx_bibblock'>D. Putri. Data "
        "stasiun dan kualitasnya. 2021.</span></li></ul></section></article></div><footer "
        "class='ltx_page_footer'>Dibuat oleh LaTeXML</footer></div>",
    ),
    (
        "data tiga puluh stasiun cuaca di Jawa Barat",
        "daya komputasi besar yang jarang tersedia di kantor daerah",
        "Galat diukur dengan rata-rata kuadrat",
        "dengan data lima tahun terakhir sebagai data uji",
        "hanya dua persen kurang akurat daripada model besar",
    ),
    (
        "Model cuaca untuk daerah tropis",
        "Data stasiun dan kualitasnya",
        "Unduh PDF",
        "Laporkan masalah",
        "Dibuat oleh LaTeXML",
    ),
)

# --- Persian, a journal article page (right to left): چکیده, numbered sections, a table,
# منابع, "استناد به این مقاله" and the counters.
PROBES.add(
    "fa_journal_article_rtl_sections",
    "https://journal.example.ac.ir/article_12345.html",
    journal(
        "fa",
        "اثر کم‌آبی بر کشت پسته در دشت رفسنجان",
        "<div class='article_info'><h1 class='margin-bottom-3'>اثر کم‌آبی بر کشت پسته در "
        "دشت رفسنجان</h1><p class='author'>مریم احمدی؛ علی رضایی</p><ul class='list-inline'>"
        "<li><a href='/pdf'>دریافت PDF</a></li><li><a href='#cite'>استناد به این مقاله</a>"
        "</li><li>تعداد مشاهده مقاله: ۸۴۱</li><li>تعداد دریافت فایل: ۲۰۳</li></ul></div><div "
        "class='article_abstract'><h4>چکیده</h4><p>این پژوهش تغییر سطح زیر کشت پسته را در "
        "بیست سال گذشته با افت سطح آب زیرزمینی مقایسه می‌کند.</p><p class='keywords'>"
        "کلیدواژه‌ها: آب زیرزمینی، پسته، کشاورزی</p></div><div class='article_body'><h2>۱. "
        "مقدمه</h2><p>افت آب زیرزمینی در دشت‌های جنوب شرقی کشور بیش از یک متر در سال گزارش "
        "شده است.</p><h2>۲. روش پژوهش</h2><p>داده‌های چهل چاه مشاهده‌ای و نقشه‌های کاربری "
        "زمین از سال ۱۳۸۰ تا ۱۴۰۰ بررسی شد.</p><h2>۳. یافته‌ها</h2><p>در مناطقی که آب بیش "
        "از سی متر افت کرده، یک‌چهارم باغ‌ها رها شده‌اند.</p><h2>۴. نتیجه‌گیری</h2><p>آبیاری "
        "قطره‌ای تنها زمانی مؤثر است که سطح زیر کشت نیز افزایش نیابد.</p></div><div "
        "class='article_refs'><h4>منابع</h4><ol><li>کریمی، ح. (۱۳۹۵). منابع آب در ایران. "
        "تهران: نشر دانشگاهی.</li><li>نوری، ف. (۱۳۹۸). باغ‌های پسته و خشکسالی. مجله آب، "
        "۱۲(۲).</li></ol></div><div id='cite' class='cite-box'><h4>استناد به این مقاله</h4>"
        "<p>احمدی، مریم، رضایی، علی. (۱۴۰۳). اثر کم‌آبی بر کشت پسته.</p></div>",
        dir_="rtl",
        aside="<div class='panel'><h4>مقالات مرتبط</h4><ul><li><a href='/r/1'>شوری خاک در "
        "کرمان</a></li></ul></div>",
    ),
    (
        "تغییر سطح زیر کشت پسته را در بیست سال گذشته",
        "بیش از یک متر در سال گزارش شده است",
        "داده‌های چهل چاه مشاهده‌ای",
        "یک‌چهارم باغ‌ها رها شده‌اند",
        "آبیاری قطره‌ای تنها زمانی مؤثر است",
    ),
    (
        "منابع آب در ایران",
        "باغ‌های پسته و خشکسالی",
        "تعداد مشاهده مقاله",
        "دریافت PDF",
        "شوری خاک در کرمان",
    ),
)


def episode(lang: str, title: str, content: str, *, dir_: str = "ltr") -> str:
    """A podcast host's episode page: the show's header, a player bar with its buttons, the
    episode (its own furniture inside), the other episodes, the host's footer."""
    return page(
        lang,
        title,
        "<header class='show-header'><a class='show-logo' href='/'>Example Podcast</a><nav><a "
        "href='/episodes'>Episodes</a> <a href='/about'>About</a></nav></header><main "
        "class='episode-page'><div class='player' role='region'><button class='play'>▶"
        "</button><span class='time'>00:00 / 42:17</span><button>1x</button><a "
        "href='/ep.mp3' download>MP3</a></div>"
        f"<article class='episode'>{content}</article></main><footer class='site-footer'><p>"
        "Hosted on Example Podcasts · RSS</p></footer>",
        dir_=dir_,
    )


# --- Dutch, a podcast episode: show notes with links, then the transcript with speaker
# labels in <strong> and time codes, the platforms' subscribe buttons between.
PROBES.add(
    "nl_podcast_shownotes_transcript_speakers",
    "https://podcast.example.nl/afleveringen/47-dijkwerkers",
    episode(
        "nl",
        "#47 De dijkwerkers van Zeeland",
        "<h1 class='episode-title'>#47 De dijkwerkers van Zeeland</h1><p class='meta'>12 "
        "maart 2026 · 42 min</p><div class='subscribe'><span>Abonneer via</span> <a "
        "href='#'>Spotify</a> <a href='#'>Apple Podcasts</a> <a href='#'>Pocket Casts</a>"
        "</div><div class='episode-description'><p>Sanne praat met dijkwerker Kees Oosterling"
        " over veertig jaar onderhoud aan de zeewering.</p></div><h2>Shownotes</h2><ul><li><a "
        "href='/l/1'>Kaart van de dijkring</a></li><li><a href='/l/2'>Het rapport over de "
        "stormvloed van 1953</a></li></ul><h2>Transcript</h2><div class='transcript'><p><span "
        "class='timestamp'>[00:00:05]</span> <strong>Sanne:</strong> Welkom bij aflevering "
        "zevenenveertig, vandaag staan we letterlijk op de dijk.</p><p><span "
        "class='timestamp'>[00:00:19]</span> <strong>Kees:</strong> Ik loop hier al sinds "
        "1986 elke week dezelfde zeven kilometer.</p><p><span class='timestamp'>[00:01:02]"
        "</span> <strong>Sanne:</strong> Wat zie je als eerste na een storm?</p><p><span "
        "class='timestamp'>[00:01:08]</span> <strong>Kees:</strong> Het gras. Als de "
        "grasmat beschadigd is, kan het water de klei wegspoelen.</p></div><div "
        "class='support'><p>Steun de podcast via onze ledenpagina.</p></div>",
    ),
    (
        "over veertig jaar onderhoud aan de zeewering",
        "Welkom bij aflevering zevenenveertig",
        "Ik loop hier al sinds 1986 elke week dezelfde zeven kilometer",
        "Wat zie je als eerste na een storm?",
        "kan het water de klei wegspoelen",
    ),
    ("Abonneer via", "Apple Podcasts", "Steun de podcast", "Hosted on Example Podcasts"),
)

# --- Arabic, a video page with its transcript: each line a button with its time code and
# a span of text, the description, the channel's subscribe button and related videos.
PROBES.add(
    "ar_video_transcript_time_buttons",
    "https://video.example.com/ar/watch/handmade-paper",
    page(
        "ar",
        "صناعة الورق اليدوي في فاس",
        "<header class='top'><a href='/'>منصة الفيديو</a><form><input placeholder='بحث'>"
        "</form></header><main><div class='video-player'><video src='/v.mp4'></video><div "
        "class='controls'><button>تشغيل</button><button>كتم الصوت</button></div></div><h1 "
        "class='video-title'>صناعة الورق اليدوي في فاس</h1><div class='channel'><a "
        "href='/c/1'>قناة الحرف</a> <button class='subscribe'>اشترك</button> <span>١٢٠ ألف "
        "مشترك</span></div><div class='description'><p>نزور ورشة صغيرة في المدينة القديمة "
        "ما زالت تصنع الورق من بقايا القطن كما كانت تفعل قبل قرن.</p></div><section "
        "class='transcript'><h2>النص الكامل</h2><div class='segment'><button "
        "class='ts'>0:04</button><span class='text'>يبدأ العمل في الفجر بنقع القطن في أحواض "
        "الماء.</span></div><div class='segment'><button class='ts'>0:31</button><span "
        "class='text'>بعد ثلاثة أيام يُدق القطن حتى يصير عجينة ناعمة.</span></div><div "
        "class='segment'><button class='ts'>1:12</button><span class='text'>ثم تُفرد العجينة "
        "على إطار من الخشب وتُترك لتجف في الشمس.</span></div><div class='segment'><button "
        "class='ts'>2:05</button><span class='text'>تبيع الورشة معظم إنتاجها لفناني الخط "
        "العربي.</span></div></section><aside class='related'><h3>فيديوهات ذات صلة</h3><ul>"
        "<li><a href='/w/1'>دباغة الجلود بالطريقة التقليدية</a></li><li><a href='/w/2'>صناعة "
        "الفخار في آسفي</a></li></ul></aside></main><footer>© منصة الفيديو · الشروط</footer>",
        dir_="rtl",
    ),
    (
        "ما زالت تصنع الورق من بقايا القطن",
        "يبدأ العمل في الفجر بنقع القطن في أحواض الماء",
        "يُدق القطن حتى يصير عجينة ناعمة",
        "تُفرد العجينة على إطار من الخشب",
        "تبيع الورشة معظم إنتاجها لفناني الخط العربي",
    ),
    ("دباغة الجلود", "صناعة الفخار في آسفي", "١٢٠ ألف مشترك", "كتم الصوت"),
)

# --- Hindi, a podcast episode whose transcript sits in a closed <details> under the show
# notes, speaker labels in bold followed by a colon.
PROBES.add(
    "hi_podcast_transcript_in_details",
    "https://podcast.example.in/episodes/baarish-ka-pani",
    episode(
        "hi",
        "एपिसोड 12: बारिश का पानी कैसे बचाएँ",
        "<h1>एपिसोड 12: बारिश का पानी कैसे बचाएँ</h1><div class='episode-notes'><p>इस "
        "एपिसोड में राधिका जल संरक्षण कार्यकर्ता सुरेश यादव से छत पर बारिश का पानी जमा करने "
        "के आसान तरीकों पर बात करती हैं।</p><h3>इस एपिसोड में</h3><ul><li>टैंक का सही आकार "
        "कैसे चुनें</li><li>पहली बारिश का पानी क्यों बहा दें</li><li>गाँवों में सामूहिक टैंक"
        "</li></ul></div><details class='transcript'><summary>पूरा ट्रांसक्रिप्ट पढ़ें</summary>"
        "<p><b>राधिका:</b> नमस्ते, आज हमारे साथ सुरेश जी हैं जो बीस साल से यह काम कर रहे हैं।"
        "</p><p><b>सुरेश:</b> धन्यवाद। हमने पिछले साल अकेले अपने ज़िले में तीन सौ टैंक बनवाए।"
        "</p><p><b>राधिका:</b> एक घर के लिए कितना बड़ा टैंक काफ़ी है?</p><p><b>सुरेश:</b> "
        "पाँच लोगों के परिवार के लिए पाँच हज़ार लीटर का टैंक आमतौर पर पूरी गर्मी चल जाता है।"
        "</p></details><div class='share'><span>शेयर करें</span> <a href='#'>WhatsApp</a> "
        "<a href='#'>X</a></div><div class='more'><h3>और एपिसोड</h3><ul><li><a "
        "href='/e/11'>एपिसोड 11: सौर ऊर्जा से खेती</a></li></ul></div>",
    ),
    (
        "छत पर बारिश का पानी जमा करने के आसान तरीकों",
        "टैंक का सही आकार कैसे चुनें",
        "आज हमारे साथ सुरेश जी हैं",
        "तीन सौ टैंक बनवाए",
        "पाँच हज़ार लीटर का टैंक आमतौर पर पूरी गर्मी चल जाता है",
    ),
    ("शेयर करें", "सौर ऊर्जा से खेती", "Hosted on Example Podcasts"),
)

# --- Swahili, a radio station's interview transcript: speaker labels in capitals as the
# paragraphs' first words, "Sikiliza" and "Pakua" buttons, the station's schedule beside.
PROBES.add(
    "sw_radio_interview_transcript_caps_labels",
    "https://redio.example.co.tz/mahojiano/wavuvi-wa-ziwa",
    page(
        "sw",
        "Mahojiano: Wavuvi wa Ziwa Victoria na bei ya dagaa",
        "<header class='site-header'><a href='/'>Redio Mfano</a><nav><a href='/habari'>Habari"
        "</a> <a href='/vipindi'>Vipindi</a> <a href='/sikiliza'>Sikiliza Mubashara</a></nav>"
        "</header><div class='content-wrap'><main><article class='post'><h1>Mahojiano: "
        "Wavuvi wa Ziwa Victoria na bei ya dagaa</h1><div class='audio-box'><button>Sikiliza"
        "</button> <a href='/a.mp3'>Pakua sauti (MB 18)</a></div><div class='entry'><p>Katika "
        "kipindi cha Uchumi Wetu, mtangazaji Neema Mushi alizungumza na mwenyekiti wa chama "
        "cha wavuvi wa Musoma.</p><p>MTANGAZAJI: Bei ya dagaa imepanda mara mbili tangu "
        "mwaka jana. Nini kimetokea?</p><p>MWENYEKITI: Samaki wamepungua karibu na ufukwe, "
        "kwa hiyo tunalazimika kwenda mbali zaidi na mafuta ni ghali.</p><p>MTANGAZAJI: "
        "Serikali imefanya nini kusaidia?</p><p>MWENYEKITI: Tumeahidiwa mikopo ya injini "
        "mpya, lakini bado hatujaipata.</p></div><div class='share'>Shiriki: <a "
        "href='#'>Facebook</a> <a href='#'>WhatsApp</a></div></article></main><aside "
        "class='schedule'><h3>Ratiba ya leo</h3><ul><li>06:00 Habari za asubuhi</li><li>"
        "09:00 Muziki na salamu</li><li>13:00 Uchumi Wetu</li></ul></aside></div><footer>"
        "Haki zote zimehifadhiwa © Redio Mfano</footer>",
    ),
    (
        "alizungumza na mwenyekiti wa chama cha wavuvi wa Musoma",
        "MTANGAZAJI: Bei ya dagaa imepanda mara mbili",
        "tunalazimika kwenda mbali zaidi na mafuta ni ghali",
        "Serikali imefanya nini kusaidia?",
        "Tumeahidiwa mikopo ya injini mpya",
    ),
    ("Pakua sauti", "Ratiba ya leo", "Muziki na salamu", "Haki zote zimehifadhiwa"),
)

# --- Polish, a video podcast's page in a site builder: chapters with time codes as a list
# of links (the player's, not the text), then the transcript in paragraphs with speakers.
PROBES.add(
    "pl_video_podcast_chapters_and_transcript",
    "https://example-podcast.pl/odcinki/odcinek-88-pszczoly-w-miescie",
    episode(
        "pl",
        "Odcinek 88: Pszczoły w mieście",
        "<h1>Odcinek 88: Pszczoły w mieście</h1><div class='episode-summary'><p>Rozmawiamy "
        "z pszczelarką Martą Zielińską, która trzyma dwanaście uli na dachu biblioteki.</p>"
        "</div><div class='chapters'><h3>Rozdziały</h3><ul><li><a href='?t=0'>00:00 Wstęp</a>"
        "</li><li><a href='?t=190'>03:10 Ule na dachu</a></li><li><a href='?t=905'>15:05 Miód "
        "z lip</a></li></ul></div><h2>Transkrypcja</h2><div class='transcript-body'><p><em>"
        "00:12</em> — <b>Tomasz</b>: Skąd pomysł, żeby trzymać pszczoły na dachu biblioteki?"
        "</p><p><em>00:20</em> — <b>Marta</b>: Dyrektorka zapytała mnie po wykładzie, czy "
        "dach się nada, i po miesiącu stały tam pierwsze ule.</p><p><em>03:15</em> — <b>"
        "Tomasz</b>: Czy sąsiedzi się nie skarżą?</p><p><em>03:21</em> — <b>Marta</b>: "
        "Pszczoły latają wysoko, więc ludzie na ulicy w ogóle ich nie zauważają.</p></div>"
        "<div class='patronite'><p>Wesprzyj nas na Patronite i słuchaj odcinków bez "
        "reklam.</p></div>",
    ),
    (
        "trzyma dwanaście uli na dachu biblioteki",
        "Skąd pomysł, żeby trzymać pszczoły na dachu biblioteki?",
        "po miesiącu stały tam pierwsze ule",
        "Czy sąsiedzi się nie skarżą?",
        "ludzie na ulicy w ogóle ich nie zauważają",
    ),
    ("Wesprzyj nas na Patronite", "03:10 Ule na dachu", "Hosted on Example Podcasts"),
)

# --- Czech, a code host's release page: the release's markdown-body (version heading,
# lists of changes, a code block), then "Assets", reactions and the contributors' avatars.
PROBES.add(
    "cs_code_host_release_notes_markdown_body",
    "https://git.example.cz/vltava/kalendar/releases/tag/v2.4.0",
    page(
        "cs",
        "Vydání v2.4.0 · vltava/kalendar",
        "<header class='AppHeader'><a href='/'>Example Git</a><nav><a href='/pulls'>Pull "
        "requesty</a> <a href='/issues'>Úkoly</a></nav></header><main><div "
        "class='repohead'><a href='/vltava'>vltava</a> / <a href='/vltava/kalendar'>kalendar"
        "</a> <span class='Counter'>Hvězdičky 1,2k</span></div><div class='release-entry'>"
        "<section class='Box'><div class='Box-header'><h1 class='d-inline'>v2.4.0</h1> "
        "<span class='Label Label--success'>Nejnovější</span><div class='text-small'><a "
        "href='/u/jnovak'>jnovak</a> vydal toto 3. března</div></div><div "
        "class='Box-body'><div class='markdown-body'><h2>Novinky</h2><ul><li>Opakované "
        "události lze nyní upravit jen od zvoleného data dál.</li><li>Export do formátu iCal "
        "zachovává časová pásma.</li></ul><h2>Opravy</h2><ul><li>Týdenní pohled už "
        "nezobrazuje neděli dvakrát při přechodu na letní čas.</li></ul><h2>Aktualizace</h2>"
        "<p>Po aktualizaci spusťte migraci databáze:</p><pre><code>kalendar migrate --to "
        "2.4</code></pre><p>Starší konfigurační soubory se převedou automaticky.</p></div>"
        "</div><div class='Box-footer'><details><summary>Assets <span "
        "class='Counter'>3</span></summary><ul><li><a href='/d/1'>kalendar-2.4.0.tar.gz</a>"
        "</li><li><a href='/d/2'>Source code (zip)</a></li></ul></details><div "
        "class='reactions'>👍 14 🎉 6</div><div class='contributors'>Přispěvatelé: "
        "<a href='/u/1'>jnovak</a>, <a href='/u/2'>pdvorak</a></div></div></section></div>"
        "</main><footer class='footer'>© 2026 Example Git · Podmínky · Soukromí</footer>",
    ),
    (
        "Opakované události lze nyní upravit jen od zvoleného data dál",
        "Export do formátu iCal zachovává časová pásma",
        "nezobrazuje neděli dvakrát při přechodu na letní čas",
        "Po aktualizaci spusťte migraci databáze",
        "kalendar migrate --to 2.4",
        "Starší konfigurační soubory se převedou automaticky",
    ),
    ("kalendar-2.4.0.tar.gz", "Source code (zip)", "Přispěvatelé", "Hvězdičky", "Podmínky"),
)

# --- Vietnamese, a documentation site's changelog page (Docusaurus-like): versions as h2
# with dates, sections of lists, the docs sidebar, "Chỉnh sửa trang này", the pager.
PROBES.add(
    "vi_docs_changelog_versions",
    "https://docs.example.vn/changelog",
    page(
        "vi",
        "Nhật ký thay đổi | Thư viện Sen",
        "<nav class='navbar'><a class='navbar__brand' href='/'>Thư viện Sen</a><a "
        "class='navbar__item' href='/docs'>Tài liệu</a> <a class='navbar__item' "
        "href='/blog'>Blog</a></nav><div class='main-wrapper'><aside "
        "class='theme-doc-sidebar-container'><ul class='menu__list'><li><a "
        "class='menu__link' href='/docs/cai-dat'>Cài đặt</a></li><li><a class='menu__link' "
        "href='/changelog'>Nhật ký thay đổi</a></li></ul></aside><main><article><div "
        "class='theme-doc-markdown markdown'><h1>Nhật ký thay đổi</h1><p>Mọi thay đổi "
        "đáng chú ý của dự án được ghi lại ở đây.</p><h2 id='3-1-0'>3.1.0 (2026-02-10)</h2>"
        "<h3>Tính năng mới</h3><ul><li>Hỗ trợ đọc tệp CSV có dấu phân cách là dấu chấm phẩy."
        "</li><li>Thêm tùy chọn <code>--khong-mau</code> để tắt màu trong đầu ra.</li></ul>"
        "<h3>Sửa lỗi</h3><ul><li>Không còn lỗi khi tên tệp chứa dấu tiếng Việt.</li></ul><h2 "
        "id='3-0-2'>3.0.2 (2026-01-05)</h2><ul><li>Giảm một nửa bộ nhớ dùng khi đọc tệp lớn."
        "</li></ul></div><footer class='theme-doc-footer'><a href='/edit'>Chỉnh sửa trang "
        "này</a><span>Cập nhật lần cuối vào 10 thg 2, 2026</span></footer><nav "
        "class='pagination-nav'><a class='pagination-nav__link' href='/docs/cai-dat'>Trước"
        "<div>Cài đặt</div></a></nav></article></main></div><footer class='footer'>Bản quyền "
        "© 2026 Thư viện Sen</footer>",
    ),
    (
        "Mọi thay đổi đáng chú ý của dự án được ghi lại ở đây",
        "3.1.0 (2026-02-10)",
        "dấu phân cách là dấu chấm phẩy",
        "để tắt màu trong đầu ra",
        "Không còn lỗi khi tên tệp chứa dấu tiếng Việt",
        "Giảm một nửa bộ nhớ dùng khi đọc tệp lớn",
    ),
    ("Chỉnh sửa trang này", "Cập nhật lần cuối", "Bản quyền"),
)

# --- Ukrainian, an app's "what's new" page on its own site: versions as h3 with a date
# line, each a list of changes; a download box and store badges beside.
PROBES.add(
    "uk_app_whats_new_versions",
    "https://example-app.ua/shcho-novoho",
    page(
        "uk",
        "Що нового в застосунку Маршрут",
        "<header class='top-bar'><a href='/'>Маршрут</a><nav><a href='/pro'>Можливості</a> "
        "<a href='/faq'>Питання</a></nav></header><main class='page'><h1>Що нового</h1><div "
        "class='release'><h3>Версія 5.2</h3><p class='release-date'>14 лютого 2026</p><ul><li>"
        "Маршрути для велосипедів тепер враховують підйоми.</li><li>Офлайн-карти займають "
        "на третину менше місця.</li></ul></div><div class='release'><h3>Версія 5.1</h3><p "
        "class='release-date'>9 січня 2026</p><ul><li>Додано нічну тему, яка вмикається за "
        "заходом сонця.</li><li>Виправлено рідкісне зависання під час пошуку адреси.</li>"
        "</ul><p>Дякуємо всім, хто надсилав звіти про помилки.</p></div></main><aside "
        "class='download'><h4>Завантажити</h4><a href='#'><img alt='App Store' "
        "src='/as.svg'></a><a href='#'><img alt='Google Play' src='/gp.svg'></a><p>Понад "
        "200 тисяч завантажень</p></aside><footer>© Маршрут · Політика конфіденційності"
        "</footer>",
    ),
    (
        "Маршрути для велосипедів тепер враховують підйоми",
        "займають на третину менше місця",
        "Додано нічну тему, яка вмикається за заходом сонця",
        "Виправлено рідкісне зависання під час пошуку адреси",
        "Дякуємо всім, хто надсилав звіти про помилки",
    ),
    ("Понад 200 тисяч завантажень", "Політика конфіденційності"),
)

# --- Hebrew, a service's terms of use (right to left): numbered clauses as nested ordered
# lists ("1.", "1.1"), a "last updated" line, a consent banner and the footer's links.
PROBES.add(
    "he_terms_of_use_nested_clauses",
    "https://www.example-service.co.il/terms",
    page(
        "he",
        "תנאי שימוש",
        "<div class='cookie-consent'><p>אתר זה משתמש בעוגיות לשיפור חוויית הגלישה.</p><button>"
        "אישור</button></div><header><a href='/'>שירות לדוגמה</a><nav><a href='/prices'>"
        "מחירים</a> <a href='/contact'>צור קשר</a></nav></header><main class='legal-page'><h1>"
        "תנאי שימוש</h1><p class='updated'>עודכן לאחרונה: 1 בינואר 2026</p><ol "
        "class='clauses'><li><h2>כללי</h2><ol><li>השימוש באתר כפוף לתנאים המפורטים להלן, "
        "והגלישה בו מהווה הסכמה להם.</li><li>החברה רשאית לעדכן את התנאים מעת לעת, והנוסח "
        "המחייב הוא זה המופיע באתר.</li></ol></li><li><h2>הרשמה וחשבון</h2><ol><li>המשתמש "
        "אחראי לשמור את סיסמתו בסוד ולא להעבירה לאחרים.</li><li>חשבון שלא נעשה בו שימוש "
        "במשך שנתיים עלול להימחק לאחר הודעה מוקדמת.</li></ol></li><li><h2>ביטול עסקה</h2>"
        "<ol><li>ניתן לבטל מנוי בתוך ארבעה עשר יום מיום ההצטרפות ולקבל החזר מלא.</li></ol>"
        "</li></ol></main><footer><a href='/privacy'>מדיניות פרטיות</a> · <a "
        "href='/a11y'>הצהרת נגישות</a> · © 2026</footer>",
        dir_="rtl",
    ),
    (
        "השימוש באתר כפוף לתנאים המפורטים להלן",
        "החברה רשאית לעדכן את התנאים מעת לעת",
        "המשתמש אחראי לשמור את סיסמתו בסוד",
        "עלול להימחק לאחר הודעה מוקדמת",
        "ניתן לבטל מנוי בתוך ארבעה עשר יום",
    ),
    ("אתר זה משתמש בעוגיות", "הצהרת נגישות", "מדיניות פרטיות"),
)

# --- Italian, a shop's general conditions of sale: "Art. 1" headings as <h3> in a
# WordPress page, clauses as numbered paragraphs, the shop's widgets around.
PROBES.add(
    "it_condizioni_generali_articles",
    "https://www.example-bottega.it/condizioni-generali-di-vendita/",
    page(
        "it",
        "Condizioni generali di vendita",
        "<div id='page' class='site'><header class='site-header'><a href='/'>Bottega Esempio"
        "</a><div class='header-cart'><a href='/carrello'>Carrello (0)</a></div></header><div "
        "id='content'><main class='site-main'><article class='page'><h1 class='entry-title'>"
        "Condizioni generali di vendita</h1><div class='entry-content'><h3>Art. 1 – Oggetto"
        "</h3><p>1.1 Le presenti condizioni regolano la vendita dei prodotti tramite il sito "
        "da parte di Bottega Esempio S.r.l.</p><p>1.2 Le condizioni applicabili sono quelle "
        "in vigore alla data dell'ordine.</p><h3>Art. 2 – Prezzi e pagamento</h3><p>2.1 I "
        "prezzi sono indicati in euro e comprensivi di IVA.</p><p>2.2 Il pagamento può "
        "avvenire con carta di credito o bonifico bancario anticipato.</p><h3>Art. 3 – "
        "Diritto di recesso</h3><p>3.1 Il consumatore può recedere dal contratto entro "
        "quattordici giorni dalla consegna, senza indicarne il motivo.</p></div></article>"
        "</main><aside class='widget-area'><section class='widget'><h2>Spedizione gratuita"
        "</h2><p>Per ordini superiori a 49 euro.</p></section></aside></div><footer "
        "class='site-footer'>P. IVA 00000000000 · Privacy · Cookie</footer></div>",
    ),
    (
        "Art. 1 – Oggetto",
        "Le presenti condizioni regolano la vendita dei prodotti",
        "in vigore alla data dell'ordine",
        "I prezzi sono indicati in euro e comprensivi di IVA",
        "con carta di credito o bonifico bancario anticipato",
        "entro quattordici giorni dalla consegna",
    ),
    ("Carrello (0)", "Per ordini superiori a 49 euro", "P. IVA"),
)

# --- Thai, a privacy policy with numbered clauses as <h2> sections and lists of what is
# collected, a table of contents box at the top and "back to top" links.
PROBES.add(
    "th_privacy_policy_numbered_sections_toc",
    "https://www.example-shop.co.th/privacy-policy",
    page(
        "th",
        "นโยบายความเป็นส่วนตัว",
        "<header class='header'><a href='/'>ร้านตัวอย่าง</a><nav><a href='/products'>สินค้า"
        "</a> <a href='/contact'>ติดต่อเรา</a></nav></header><main class='policy'><h1>"
        "นโยบายความเป็นส่วนตัว</h1><div class='toc'><p class='toc-title'>สารบัญ</p><ol><li><a "
        "href='#s1'>ข้อมูลที่เราเก็บ</a></li><li><a href='#s2'>การใช้ข้อมูล</a></li><li><a "
        "href='#s3'>สิทธิของเจ้าของข้อมูล</a></li></ol></div><h2 id='s1'>1. ข้อมูลที่เราเก็บ"
        "</h2><p>เราเก็บข้อมูลเท่าที่จำเป็นต่อการจัดส่งสินค้าและการให้บริการหลังการขาย</p><ul>"
        "<li>ชื่อและที่อยู่สำหรับจัดส่ง</li><li>หมายเลขโทรศัพท์สำหรับติดต่อเรื่องคำสั่งซื้อ</li>"
        "</ul><p class='back'><a href='#top'>กลับด้านบน</a></p><h2 id='s2'>2. การใช้ข้อมูล"
        "</h2><p>เราจะไม่ขายหรือให้เช่าข้อมูลส่วนบุคคลของท่านแก่บุคคลภายนอก</p><p "
        "class='back'><a href='#top'>กลับด้านบน</a></p><h2 id='s3'>3. สิทธิของเจ้าของข้อมูล"
        "</h2><p>ท่านสามารถขอให้ลบข้อมูลของท่านได้ทุกเมื่อโดยส่งอีเมลถึงเจ้าหน้าที่คุ้มครองข้อมูล"
        "</p></main><footer>© 2569 ร้านตัวอย่าง สงวนลิขสิทธิ์</footer>",
    ),
    (
        "เราเก็บข้อมูลเท่าที่จำเป็นต่อการจัดส่งสินค้า",
        "ชื่อและที่อยู่สำหรับจัดส่ง",
        "เราจะไม่ขายหรือให้เช่าข้อมูลส่วนบุคคลของท่าน",
        "ท่านสามารถขอให้ลบข้อมูลของท่านได้ทุกเมื่อ",
    ),
    ("กลับด้านบน", "สงวนลิขสิทธิ์", "สารบัญ"),
)

# --- Amharic, an authority's regulation page: articles "አንቀጽ 1" as bold paragraphs,
# sub-clauses numbered in the text, a download link of the gazette and the ministry's menu.
PROBES.add(
    "am_regulation_articles_bold_paragraphs",
    "https://www.example-authority.gov.et/am/regulations/water-use",
    page(
        "am",
        "የውሃ አጠቃቀም መመሪያ ቁጥር 12/2018",
        "<div class='top-menu'><a href='/'>መነሻ</a> <a href='/about'>ስለ እኛ</a> <a "
        "href='/news'>ዜና</a> <a href='/contact'>ያግኙን</a></div><div class='container'><div "
        "class='content'><h1>የውሃ አጠቃቀም መመሪያ ቁጥር 12/2018</h1><p><a href='/g.pdf'>መመሪያውን "
        "በፒዲኤፍ ያውርዱ</a></p><p><b>አንቀጽ 1. አጭር ርዕስ</b></p><p>ይህ መመሪያ «የከተማ ውሃ አጠቃቀም "
        "መመሪያ» ተብሎ ሊጠቀስ ይችላል።</p><p><b>አንቀጽ 2. ዓላማ</b></p><p>የመመሪያው ዓላማ በደረቅ "
        "ወቅት የውሃ አቅርቦትን ለሁሉም ነዋሪዎች በፍትሃዊነት ማዳረስ ነው።</p><p><b>አንቀጽ 3. ክልከላዎች"
        "</b></p><p>1/ በደረቅ ወቅት የአትክልት ቦታን በቧንቧ ውሃ ማጠጣት የተከለከለ ነው።</p><p>2/ "
        "መኪናን በቧንቧ ውሃ ማጠብ የሚፈቀደው በሳምንት አንድ ጊዜ ብቻ ነው።</p></div></div><footer>"
        "የቅጂ መብት © 2018 ባለስልጣን</footer>",
    ),
    (
        "አንቀጽ 1. አጭር ርዕስ",
        "ተብሎ ሊጠቀስ ይችላል",
        "የውሃ አቅርቦትን ለሁሉም ነዋሪዎች በፍትሃዊነት ማዳረስ ነው",
        "የአትክልት ቦታን በቧንቧ ውሃ ማጠጣት የተከለከለ ነው",
        "በሳምንት አንድ ጊዜ ብቻ ነው",
    ),
    ("በፒዲኤፍ ያውርዱ", "የቅጂ መብት", "ያግኙን"),
)

# --- Georgian, a standard's public text on a standards body's site: clause numbers in
# their own spans, "ტერმინები და განმარტებები" as a definition list, the body's menu.
PROBES.add(
    "ka_standard_clauses_and_terms",
    "https://www.example-standard.ge/ka/standards/sst-112-2024",
    page(
        "ka",
        "სსტ 112:2024 საცალო ვაჭრობის სასწორები",
        "<header class='header'><a href='/'>სტანდარტების ეროვნული სააგენტო</a><ul "
        "class='menu'><li><a href='/ka/about'>ჩვენ შესახებ</a></li><li><a href='/ka/cat'>"
        "კატალოგი</a></li></ul></header><div class='page'><h1>სსტ 112:2024 საცალო "
        "ვაჭრობის სასწორები</h1><div class='std-text'><h2><span class='num'>1</span> "
        "გამოყენების სფერო</h2><p>ეს სტანდარტი ვრცელდება მაღაზიებში გამოყენებულ "
        "ელექტრონულ სასწორებზე.</p><h2><span class='num'>2</span> ტერმინები და "
        "განმარტებები</h2><dl><dt>2.1 ტარა</dt><dd>შეფუთვის მასა, რომელიც აკლდება საერთო "
        "წონას.</dd><dt>2.2 დანაყოფი</dt><dd>ორ მეზობელ ჩვენებას შორის ყველაზე მცირე "
        "სხვაობა.</dd></dl><h2><span class='num'>3</span> მოთხოვნები</h2><p><span "
        "class='num'>3.1</span> სასწორის ეკრანი მყიდველისთვის კარგად უნდა ჩანდეს.</p><p>"
        "<span class='num'>3.2</span> შემოწმება ტარდება წელიწადში ერთხელ მაინც.</p></div>"
        "<div class='buy'><a href='/buy'>სრული ტექსტის შეძენა</a> <span>ფასი: 40 ლარი</span>"
        "</div></div><footer>© სააგენტო, ყველა უფლება დაცულია</footer>",
    ),
    (
        "ვრცელდება მაღაზიებში გამოყენებულ ელექტრონულ სასწორებზე",
        "შეფუთვის მასა, რომელიც აკლდება საერთო წონას",
        "ორ მეზობელ ჩვენებას შორის ყველაზე მცირე სხვაობა",
        "სასწორის ეკრანი მყიდველისთვის კარგად უნდა ჩანდეს",
        "შემოწმება ტარდება წელიწადში ერთხელ მაინც",
    ),
    ("სრული ტექსტის შეძენა", "ფასი: 40 ლარი", "ყველა უფლება დაცულია"),
)

# --- Bengali, a long explainer: a table of contents box, sections, a closed <details>
# "আরও পড়ুন" section holding text, footnote calls and notes with back-links.
PROBES.add(
    "bn_explainer_toc_details_footnotes",
    "https://www.example-bangla.com/byakhya/nodi-bhangon",
    page(
        "bn",
        "নদীভাঙন কেন বাড়ছে: একটি ব্যাখ্যা",
        "<header class='site-header'><a href='/'>উদাহরণ বাংলা</a><nav><a href='/news'>খবর"
        "</a> <a href='/explainers'>ব্যাখ্যা</a></nav></header><main><article "
        "class='longform'><h1>নদীভাঙন কেন বাড়ছে: একটি ব্যাখ্যা</h1><nav class='toc'><h2>"
        "সূচিপত্র</h2><ol><li><a href='#k1'>ভাঙনের কারণ</a></li><li><a href='#k2'>কোথায় "
        "বেশি</a></li><li><a href='#k3'>কী করা যায়</a></li></ol></nav><h2 id='k1'>ভাঙনের "
        "কারণ</h2><p>বর্ষায় পানির স্রোত বাড়লে নদীর পাড়ের বালুমাটি দ্রুত ধসে পড়ে<sup "
        "id='r1'><a href='#n1'>১</a></sup>।</p><p>উজানে বাঁধ ও বালু উত্তোলন স্রোতের দিক বদলে "
        "দেয়।</p><h2 id='k2'>কোথায় বেশি</h2><p>গত দশ বছরে যমুনার তীরের তিনটি উপজেলায় "
        "সবচেয়ে বেশি জমি হারিয়েছে<sup id='r2'><a href='#n2'>২</a></sup>।</p><details><summary>"
        "আরও পড়ুন: একটি গ্রামের গল্প</summary><p>চরের একটি গ্রামের বাসিন্দারা পাঁচ বছরে তিনবার "
        "ঘর সরিয়েছেন।</p></details><h2 id='k3'>কী করা যায়</h2><p>জিও-ব্যাগ দিয়ে পাড় রক্ষা "
        "অস্থায়ী সমাধান, স্থায়ী সমাধানের জন্য নদী খনন প্রয়োজন।</p><section "
        "class='footnotes'><ol><li id='n1'>পানি উন্নয়ন বোর্ডের ২০২৩ সালের প্রতিবেদন। <a "
        "href='#r1'>↩</a></li><li id='n2'>উপগ্রহ চিত্রের বিশ্লেষণ। <a href='#r2'>↩</a></li>"
        "</ol></section><div class='share'>শেয়ার করুন: <a href='#'>ফেসবুক</a></div>"
        "</article></main><footer>© উদাহরণ বাংলা</footer>",
    ),
    (
        "নদীর পাড়ের বালুমাটি দ্রুত ধসে পড়ে",
        "উজানে বাঁধ ও বালু উত্তোলন স্রোতের দিক বদলে দেয়",
        "তিনটি উপজেলায় সবচেয়ে বেশি জমি হারিয়েছে",
        "পাঁচ বছরে তিনবার ঘর সরিয়েছেন",
        "স্থায়ী সমাধানের জন্য নদী খনন প্রয়োজন",
    ),
    ("সূচিপত্র", "শেয়ার করুন", "↩"),
)

# --- Traditional Chinese, a long-form explainer on a media site: a TOC list of anchor
# links, sections with h2, a quote, footnotes with back-links, "延伸閱讀" after.
PROBES.add(
    "zh_hant_longform_toc_footnote_backlinks",
    "https://www.example-media.tw/explainer/typhoon-shelters",
    page(
        "zh-Hant",
        "颱風來了要去哪裡？避難所制度一次看懂",
        "<header class='masthead'><a href='/'>範例媒體</a><nav><a href='/news'>新聞</a> <a "
        "href='/explainer'>解釋</a></nav></header><main><article class='explainer'><h1>"
        "颱風來了要去哪裡？避難所制度一次看懂</h1><div class='article-toc'><p>本文目錄</p><ul>"
        "<li><a href='#a'>誰負責開設避難所</a></li><li><a href='#b'>可以帶什麼</a></li></ul>"
        "</div><h2 id='a'>誰負責開設避難所</h2><p>依照現行規定，鄉鎮公所須在颱風警報發布後"
        "評估是否開設避難所<sup><a id='fnref1' href='#fn1'>[1]</a></sup>。</p><p>多數避難所"
        "設在學校與活動中心，每處平均可容納一百二十人。</p><blockquote><p>「最難的是說服年長"
        "的居民離開家。」一位里長這樣說。</p></blockquote><h2 id='b'>可以帶什麼</h2><p>民眾"
        "應自備三天份的藥品與飲用水，寵物則需裝在籠內<sup><a id='fnref2' href='#fn2'>[2]"
        "</a></sup>。</p><hr><ol class='footnotes'><li id='fn1'>災害防救法施行細則。<a "
        "href='#fnref1'>↑ 回到內文</a></li><li id='fn2'>各縣市公告之避難須知。<a "
        "href='#fnref2'>↑ 回到內文</a></li></ol></article><section class='related'><h3>"
        "延伸閱讀</h3><ul><li><a href='/r/1'>地震包要準備哪些東西</a></li></ul></section>"
        "</main><footer>© 範例媒體 版權所有</footer>",
    ),
    (
        "須在颱風警報發布後評估是否開設避難所",
        "每處平均可容納一百二十人",
        "最難的是說服年長的居民離開家",
        "應自備三天份的藥品與飲用水",
    ),
    ("回到內文", "地震包要準備哪些東西", "本文目錄", "版權所有"),
)

# --- Malay, a government agency's guide with collapsible <details> sections that hold
# the text (each question a summary), a "Kandungan" list and a feedback box.
PROBES.add(
    "ms_guide_details_sections_kandungan",
    "https://www.example-agensi.gov.my/panduan/cukai-tanah",
    page(
        "ms",
        "Panduan Membayar Cukai Tanah",
        "<header class='gov-header'><a href='/'>Agensi Contoh</a><nav><a href='/'>Utama</a> "
        "<a href='/perkhidmatan'>Perkhidmatan</a></nav></header><main class='guide'><h1>"
        "Panduan Membayar Cukai Tanah</h1><div class='kandungan'><strong>Kandungan</strong>"
        "<ul><li><a href='#bila'>Bila perlu dibayar</a></li><li><a href='#cara'>Cara bayar"
        "</a></li></ul></div><p>Cukai tanah dikenakan setiap tahun ke atas semua pemilik "
        "tanah berdaftar di negeri ini.</p><details id='bila' open><summary>Bila perlu "
        "dibayar?</summary><p>Bayaran perlu dibuat sebelum 31 Mei setiap tahun untuk "
        "mengelakkan denda lewat.</p></details><details id='cara'><summary>Bagaimana cara "
        "membayar?</summary><p>Bayaran boleh dibuat dalam talian, di kaunter pejabat tanah "
        "daerah atau melalui perbankan internet.</p><p>Simpan resit sebagai bukti bayaran "
        "selama sekurang-kurangnya tujuh tahun.</p></details><div class='feedback'><p>Adakah "
        "maklumat ini membantu?</p><button>Ya</button><button>Tidak</button></div></main>"
        "<footer>Hak Cipta Terpelihara © 2026 Agensi Contoh · Penafian</footer>",
    ),
    (
        "dikenakan setiap tahun ke atas semua pemilik tanah berdaftar",
        "sebelum 31 Mei setiap tahun untuk mengelakkan denda lewat",
        "di kaunter pejabat tanah daerah atau melalui perbankan internet",
        "Simpan resit sebagai bukti bayaran",
    ),
    ("Adakah maklumat ini membantu?", "Hak Cipta Terpelihara", "Penafian"),
)

# --- Armenian, an encyclopedic explainer on a cultural site: an infobox-free long text
# with a floating TOC, footnote superscripts, "Ծանոթագրություններ" with back-links, the
# site's "Կարդացեք նաև" list.
PROBES.add(
    "hy_explainer_notes_and_read_also",
    "https://www.example-mshakuyt.am/hodvacner/lavash",
    page(
        "hy",
        "Լավաշը՝ ինչպես է այն թխվում",
        "<header class='header'><a href='/'>Մշակույթ</a><nav><a href='/hodvacner'>Հոդվածներ"
        "</a> <a href='/mer-masin'>Մեր մասին</a></nav></header><main><article><h1>Լավաշը՝ "
        "ինչպես է այն թխվում</h1><aside class='toc'><b>Բովանդակություն</b><ul><li><a "
        "href='#h1'>Խմորը</a></li><li><a href='#h2'>Թոնիրը</a></li></ul></aside><h2 "
        "id='h1'>Խմորը</h2><p>Լավաշի խմորը պատրաստվում է միայն ալյուրից, ջրից և աղից, առանց "
        "խմորիչի<sup><a href='#cite1' id='ref1'>1</a></sup>։</p><p>Խմորը բարակ գլանվում է "
        "փայտե սեղանի վրա, մինչև այն դառնա գրեթե թափանցիկ։</p><h2 id='h2'>Թոնիրը</h2><p>"
        "Կանայք խմորը կպցնում են տաք թոնրի պատին, և այն թխվում է մեկ րոպեից էլ պակաս ժամանակում"
        "<sup><a href='#cite2' id='ref2'>2</a></sup>։</p><h2>Ծանոթագրություններ</h2><ol "
        "class='references'><li id='cite1'><a href='#ref1'>↑</a> Ազգագրական ժողովածու, 1985։"
        "</li><li id='cite2'><a href='#ref2'>↑</a> Գյուղական տնտեսություն, 2002։</li></ol>"
        "</article><section class='read-also'><h3>Կարդացեք նաև</h3><ul><li><a href='/h/2'>"
        "Գաթայի պատմությունը</a></li></ul></section></main><footer>© Մշակույթ, 2026</footer>",
    ),
    (
        "պատրաստվում է միայն ալյուրից, ջրից և աղից",
        "մինչև այն դառնա գրեթե թափանցիկ",
        "թխվում է մեկ րոպեից էլ պակաս ժամանակում",
    ),
    ("Գաթայի պատմությունը", "Բովանդակություն", "Կարդացեք նաև"),
)
