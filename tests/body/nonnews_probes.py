"""Probe pages beside news for the body (round 33): invented pages of kinds whose text is
not a news story's, set in the markup of common CMSes and site builders (WordPress themes,
Wix, Squarespace, Webflow, Ghost, Hugo, Jekyll, MediaWiki, Docusaurus, Sphinx, Discourse,
Drupal, Shopify, Notion's published pages), in many languages and scripts.

The content is of the kinds issue 11 lists as lost: tables and lists that are the text,
``<div>`` and ``<br>`` prose, ``<pre>`` blocks, definition lists, long pages with sections
after the first heading or figure, prose between figures and embeds, pull quotes, lines
rightly repeated (a song's chorus); the pages are product specs, events, glossaries and FAQ
accordions, changelogs, public service pages, course pages, travel guides, results tables,
lyrics and poems, transcripts, answers, talk pages. Each names lines the body must hold and
lines it must not. ``benchmarks/news_probes.py --set nonnews`` scores newsextract and
trafilatura on them. Every name, place and sentence here is invented.
"""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Probe:
    """One invented page: what the body must and must not hold."""

    name: str
    url: str
    html: str
    must: tuple[str, ...]
    must_not: tuple[str, ...] = ()


PROBES: list[Probe] = []


def _add(name: str, url: str, html: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> None:
    PROBES.append(Probe(name=name, url=url, html=html, must=must, must_not=must_not))


def _doc(lang: str, title: str, body: str, *, dir_: str = "ltr", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def _wp(lang: str, title: str, content: str, *, after: str = "", dir_: str = "ltr") -> str:
    """A WordPress theme's page: masthead, menu, the entry, a sidebar of widgets, a footer."""
    return _doc(
        lang,
        title,
        "<div id='page' class='site'><header id='masthead' class='site-header'><p "
        "class='site-title'><a href='/'>Example Site</a></p><nav id='site-navigation' "
        "class='main-navigation'><ul id='primary-menu' class='menu'><li><a href='/'>Home</a>"
        "</li><li><a href='/blog/'>Blog</a></li><li><a href='/about/'>About</a></li></ul></nav>"
        "</header><div id='content' class='site-content'><div id='primary' "
        "class='content-area'><main id='main' class='site-main'><article class='post type-post "
        "status-publish hentry'><header class='entry-header'><h1 class='entry-title'>"
        f"{title}</h1></header><div class='entry-content'>{content}</div>{after}</article>"
        "</main></div><aside id='secondary' class='widget-area'><section class='widget "
        "widget_recent_entries'><h2 class='widget-title'>Recent Posts</h2><ul><li><a "
        "href='/p/1'>Spring cleaning for the garden shed</a></li><li><a href='/p/2'>Three "
        "soups for cold evenings</a></li></ul></section><section class='widget "
        "widget_categories'><h2 class='widget-title'>Categories</h2><ul><li><a href='/c/1'>"
        "Uncategorized</a></li></ul></section></aside></div><footer id='colophon' "
        "class='site-footer'><div class='site-info'>Proudly powered by WordPress</div></footer>"
        "</div>",
        dir_=dir_,
    )


# --- English, WordPress (Astra-like): a list article whose items are h2 sections, each
# after a figure; the text goes on past the first heading and the first picture.
_add(
    "en_wp_listicle_sections_after_figures",
    "https://gardenblog.example/best-shade-plants/",
    _wp(
        "en",
        "Seven plants that thrive in deep shade",
        "<p>Most of my back garden gets less than two hours of sun, so over eight years I have "
        "tried nearly everything the nursery sells for shade.</p>"
        "<h2 class='wp-block-heading'>1. Lungwort</h2><figure class='wp-block-image size-large'>"
        "<img src='/w/lungwort.jpg' alt=''><figcaption>Lungwort in April</figcaption></figure>"
        "<p>Lungwort flowers in early spring, pink at first and then blue, and its spotted "
        "leaves stay handsome until the first frost.</p>"
        "<h2 class='wp-block-heading'>2. Barrenwort</h2><figure class='wp-block-image "
        "size-large'><img src='/w/barrenwort.jpg' alt=''></figure>"
        "<p>Barrenwort copes with dry shade under trees, which very little else will, and "
        "spreads slowly into a dense carpet.</p>"
        "<h2 class='wp-block-heading'>3. Hart's-tongue fern</h2>"
        "<p>This evergreen fern keeps its glossy strap-shaped fronds all winter and likes a "
        "damp corner near a wall.</p><div class='wp-block-buttons'><div class='wp-block-button'>"
        "<a class='wp-block-button__link' href='/shop'>Shop shade plants</a></div></div>",
        after="<footer class='entry-footer'><span class='cat-links'>Posted in <a "
        "href='/c/garden'>Garden</a></span></footer>",
    ),
    (
        "Most of my back garden gets less than two hours of sun",
        "Lungwort flowers in early spring",
        "Barrenwort copes with dry shade under trees",
        "This evergreen fern keeps its glossy",
    ),
    ("Spring cleaning for the garden shed", "Proudly powered by WordPress", "Recent Posts"),
)

# --- German, a shop's product page (Shopware-like): the description and the spec table.
_add(
    "de_shop_product_spec_table",
    "https://shop.example.de/wanderrucksack-fjellgang-32",
    _doc(
        "de",
        "Wanderrucksack Fjellgang 32",
        "<header class='header-main'><a href='/'>Bergladen</a><nav class='main-navigation'>"
        "<a href='/rucksaecke'>Rucksäcke</a><a href='/zelte'>Zelte</a></nav></header>"
        "<main class='content-main'><div class='cms-page'><div class='product-detail'>"
        "<nav class='breadcrumb'><a href='/'>Start</a> / <a href='/rucksaecke'>Rucksäcke</a>"
        "</nav><h1 class='product-detail-name'>Wanderrucksack Fjellgang 32</h1>"
        "<div class='product-detail-price'>89,90 €</div><div class='product-detail-buy'>"
        "<button class='btn-buy'>In den Warenkorb</button></div>"
        "<div class='product-detail-tabs'><div class='tab-content'><div "
        "class='product-detail-description'><h2>Produktbeschreibung</h2><p>Der Fjellgang 32 "
        "ist ein leichter Tagesrucksack für lange Wanderungen im Mittelgebirge.</p><p>Das "
        "Rückensystem hält den Rucksack auf Abstand zum Rücken, damit auch an warmen Tagen "
        "Luft zirkulieren kann.</p></div><div class='product-detail-properties'>"
        "<table class='product-detail-properties-table'><tr><th>Volumen</th><td>32 Liter</td>"
        "</tr><tr><th>Gewicht</th><td>1,1 kg</td></tr><tr><th>Material</th><td>Recyceltes "
        "Polyamid</td></tr><tr><th>Regenhülle</th><td>Im Bodenfach integriert</td></tr>"
        "</table></div></div></div><div class='product-cross-selling'><h2>Das könnte Ihnen "
        "auch gefallen</h2><div class='product-box'><a href='/p/9'>Trinkblase 2 Liter</a>"
        "<span>14,90 €</span></div></div></div></div></main><footer class='footer-main'>"
        "<p>Kostenloser Versand ab 50 €</p></footer>",
    ),
    (
        "Der Fjellgang 32 ist ein leichter Tagesrucksack",
        "Das Rückensystem hält den Rucksack auf Abstand",
        "Recyceltes Polyamid",
        "Im Bodenfach integriert",
    ),
    ("Trinkblase 2 Liter", "Kostenloser Versand ab 50", "In den Warenkorb"),
)

# --- French, an event page (Drupal-like): the event's facts in a definition list, then
# its programme as a list.
_add(
    "fr_drupal_event_facts_programme",
    "https://culture.example.fr/agenda/nuit-des-orgues",
    _doc(
        "fr",
        "La nuit des orgues",
        "<div class='dialog-off-canvas-main-canvas'><header role='banner'><a href='/'>Ville "
        "de Beaumarin</a><nav><a href='/agenda'>Agenda</a><a href='/musees'>Musées</a></nav>"
        "</header><main role='main'><div class='region region-content'><article "
        "class='node node--type-evenement node--view-mode-full'><h1 class='page-title'>"
        "<span class='field field--name-title'>La nuit des orgues</span></h1>"
        "<div class='node__content'><div class='field field--name-body field--type-text-"
        "with-summary'><p>Pour la troisième année, les quatre églises du centre ouvrent "
        "leurs tribunes au public le temps d'une nuit de concerts gratuits.</p></div>"
        "<dl class='infos-pratiques'><dt>Date</dt><dd>Samedi 20 septembre, de 20 h à "
        "minuit</dd><dt>Lieu</dt><dd>Églises Saint-Rémi, Notre-Dame, Saint-Paul et "
        "Sainte-Claire</dd><dt>Tarif</dt><dd>Entrée libre</dd></dl>"
        "<h2>Programme</h2><ul><li>20 h : ouverture par la chorale des écoles à "
        "Saint-Rémi</li><li>21 h 30 : improvisations sur des films muets à Notre-Dame</li>"
        "<li>23 h : toccatas à quatre mains à Sainte-Claire</li></ul></div></article>"
        "<div class='block-partage'><span>Partager :</span><a href='#'>Facebook</a> <a "
        "href='#'>X</a></div></div></main><footer><p>Mairie de Beaumarin, place du Marché"
        "</p><a href='/mentions'>Informations légales</a></footer></div>",
    ),
    (
        "les quatre églises du centre ouvrent leurs tribunes",
        "Entrée libre",
        "improvisations sur des films muets à Notre-Dame",
        "toccatas à quatre mains à Sainte-Claire",
    ),
    ("Informations légales", "Partager :"),
)

# --- Spanish, a glossary page in <details> accordions (Webflow-like markup).
_add(
    "es_webflow_glossary_details",
    "https://finanzas.example.es/glosario",
    _doc(
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
_add(
    "pt_faq_bootstrap_collapse",
    "https://ajuda.example.com.br/perguntas-frequentes",
    _doc(
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
_add(
    "en_hugo_changelog_versions",
    "https://tidepool.example.dev/changelog/",
    _doc(
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

# --- Dutch, a government service page (GOV.UK-like layout): steps, a fee table, contacts.
_add(
    "nl_gov_service_steps_fees",
    "https://www.example-gemeente.nl/paspoort-aanvragen",
    _doc(
        "nl",
        "Paspoort aanvragen",
        "<header class='govuk-header'><a href='/' class='govuk-header__link'>Gemeente "
        "Veldhoven-aan-Zee</a></header><div class='govuk-width-container'><div "
        "class='govuk-breadcrumbs'><ol><li><a href='/'>Home</a></li><li><a href='/burgerzaken'>"
        "Burgerzaken</a></li></ol></div><main class='govuk-main-wrapper' id='main-content'>"
        "<div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'><h1 "
        "class='govuk-heading-xl'>Paspoort aanvragen</h1><p class='govuk-body-l'>U vraagt "
        "een paspoort aan in het stadhuis. Maak hiervoor eerst een afspraak.</p><h2 "
        "class='govuk-heading-m'>Zo werkt het</h2><ol class='govuk-list govuk-list--number'>"
        "<li>Maak online een afspraak bij Burgerzaken.</li><li>Neem een pasfoto mee die niet "
        "ouder is dan zes maanden.</li><li>Haal het paspoort na vijf werkdagen op.</li></ol>"
        "<h2 class='govuk-heading-m'>Kosten</h2><table class='govuk-table'><thead><tr><th>"
        "Document</th><th>Prijs</th></tr></thead><tbody><tr><td>Paspoort 18 jaar en ouder"
        "</td><td>€ 84,70</td></tr><tr><td>Paspoort jonger dan 18 jaar</td><td>€ 63,15</td>"
        "</tr></tbody></table><h2 class='govuk-heading-m'>Spoed</h2><p class='govuk-body'>"
        "Heeft u het paspoort sneller nodig? Tegen een toeslag ligt het de volgende werkdag "
        "klaar.</p></div><div class='govuk-grid-column-one-third'><aside "
        "class='app-related-items'><h2>Gerelateerd</h2><ul><li><a href='/id-kaart'>"
        "Identiteitskaart aanvragen</a></li><li><a href='/rijbewijs'>Rijbewijs verlengen</a>"
        "</li></ul></aside></div></div></main></div><footer class='govuk-footer'><a "
        "href='/cookies'>Cookies</a><a href='/toegankelijkheid'>Toegankelijkheid</a>"
        "</footer>",
    ),
    (
        "Maak online een afspraak bij Burgerzaken.",
        "Neem een pasfoto mee die niet ouder is dan zes maanden.",
        "Paspoort jonger dan 18 jaar",
        "Tegen een toeslag ligt het de volgende werkdag klaar.",
    ),
    ("Identiteitskaart aanvragen", "Toegankelijkheid"),
)

# --- Italian, a university course page: facts in a table, the syllabus as a list.
_add(
    "it_course_page_syllabus",
    "https://www.example-ateneo.it/corsi/2026/idraulica-ambientale",
    _doc(
        "it",
        "Idraulica ambientale",
        "<div id='header'><a href='/'>Ateneo di Valmarina</a><ul class='menu'><li><a "
        "href='/didattica'>Didattica</a></li><li><a href='/ricerca'>Ricerca</a></li></ul>"
        "</div><div id='main-container'><div id='content' class='col-md-9'><h1>Idraulica "
        "ambientale</h1><table class='scheda-insegnamento'><tr><td>Crediti</td><td>9 CFU</td>"
        "</tr><tr><td>Semestre</td><td>Secondo</td></tr><tr><td>Lingua</td><td>Italiano</td>"
        "</tr><tr><td>Docente</td><td>Prof.ssa Livia Ardenghi</td></tr></table><h2>Obiettivi "
        "formativi</h2><p>Il corso fornisce gli strumenti per descrivere il moto delle acque "
        "nei fiumi e negli estuari e per progettare semplici opere di difesa.</p><h2>Programma"
        "</h2><ul><li>Equazioni delle correnti a pelo libero</li><li>Trasporto di sedimenti "
        "e erosione delle sponde</li><li>Dispersione di inquinanti in alveo</li></ul><h2>"
        "Modalità d'esame</h2><p>Prova scritta con esercizi numerici seguita da un colloquio "
        "sul progetto svolto in gruppo.</p></div><div id='sidebar' class='col-md-3'><h3>Link "
        "utili</h3><ul><li><a href='/orari'>Orario delle lezioni</a></li><li><a "
        "href='/aule'>Aule e laboratori</a></li></ul></div></div><div id='footer'><p>Ateneo "
        "di Valmarina - P.IVA 00000000000</p></div>",
    ),
    (
        "Il corso fornisce gli strumenti per descrivere il moto delle acque",
        "Trasporto di sedimenti e erosione delle sponde",
        "Dispersione di inquinanti in alveo",
        "Prova scritta con esercizi numerici",
    ),
    ("Orario delle lezioni", "P.IVA 00000000000"),
)

# --- Japanese, a travel guide in Hugo: sections under headings, pictures between them.
_add(
    "ja_hugo_travel_guide_sections",
    "https://tabi.example.jp/guides/kiritani-onsen/",
    _doc(
        "ja",
        "霧谷温泉の歩き方",
        "<header class='header'><nav class='nav'><div class='logo'><a href='/'>旅のメモ帳</a>"
        "</div><ul id='menu'><li><a href='/guides/'>ガイド</a></li><li><a href='/tags/'>"
        "タグ</a></li></ul></nav></header><main class='main'><article class='post-single'>"
        "<header class='post-header'><h1 class='post-title'>霧谷温泉の歩き方</h1><div "
        "class='post-meta'>2026年4月2日&nbsp;·&nbsp;3 分</div></header><div "
        "class='post-content'><p>霧谷温泉は山あいの小さな温泉街で、駅から路線バスで四十分ほど"
        "かかります。</p><figure><img src='/img/kiritani1.jpg' alt=''></figure><h2 "
        "id='access'>行き方</h2><p>バスは一時間に一本なので、駅に着いたらまず時刻表を確かめて"
        "ください。</p><h2 id='baths'>共同浴場</h2><figure><img src='/img/kiritani2.jpg' "
        "alt=''><figcaption>川沿いの共同浴場</figcaption></figure><p>川沿いに三つの共同浴場が"
        "あり、入浴券一枚で全部に入れます。</p><p>夕方は地元の人で混むので、昼過ぎがおすすめ"
        "です。</p><h2 id='food'>食べ歩き</h2><p>名物は山椒の入った味噌まんじゅうで、駅前の"
        "売店でも買えます。</p></div><footer class='post-footer'><ul class='post-tags'><li>"
        "<a href='/tags/onsen/'>温泉</a></li></ul><nav class='paginav'><a class='prev' "
        "href='/guides/a/'>« 前へ 湖畔の宿</a></nav></footer></article></main><footer "
        "class='footer'><span>© 2026 旅のメモ帳</span> · <span>Powered by Hugo</span>"
        "</footer>",
    ),
    (
        "霧谷温泉は山あいの小さな温泉街で",
        "バスは一時間に一本なので",
        "川沿いに三つの共同浴場があり",
        "名物は山椒の入った味噌まんじゅうで",
    ),
    ("前へ 湖畔の宿", "Powered by Hugo"),
)

# --- Polish, a league's results table after a short report (a club site).
_add(
    "pl_results_table_after_report",
    "https://klub.example.pl/wyniki/kolejka-12",
    _wp(
        "pl",
        "Wyniki 12. kolejki",
        "<p>W dwunastej kolejce ligi okręgowej padło dwadzieścia jeden goli, a lider z "
        "Borowej wygrał po raz ósmy z rzędu.</p><figure class='wp-block-table'><table><thead>"
        "<tr><th>Gospodarze</th><th>Wynik</th><th>Goście</th></tr></thead><tbody><tr><td>"
        "Orzeł Borowa</td><td>3:1</td><td>Sokół Lipnik</td></tr><tr><td>Warta Mostki</td><td>"
        "2:2</td><td>Iskra Dębina</td></tr><tr><td>Polonia Zalesie</td><td>0:4</td><td>"
        "Start Kamionka</td></tr></tbody></table></figure><h2>Tabela</h2><figure "
        "class='wp-block-table'><table><tbody><tr><td>1.</td><td>Orzeł Borowa</td><td>34 pkt"
        "</td></tr><tr><td>2.</td><td>Start Kamionka</td><td>28 pkt</td></tr></tbody></table>"
        "</figure><p>Następna kolejka zostanie rozegrana w sobotę, a mecz na szczycie odbędzie "
        "się w Kamionce.</p>",
    ),
    (
        "W dwunastej kolejce ligi okręgowej padło",
        "Sokół Lipnik",
        "Iskra Dębina",
        "34 pkt",
        "mecz na szczycie odbędzie się w Kamionce",
    ),
    ("Spring cleaning for the garden shed", "Proudly powered by WordPress"),
)

# --- Spanish, a song's lyrics as <div> and <br> lines, the chorus repeated.
_add(
    "es_lyrics_br_repeated_chorus",
    "https://letras.example.com/los-faroleros/puerto-de-sal",
    _doc(
        "es",
        "Puerto de sal - Los Faroleros",
        "<div id='cabecera'><a href='/'>Letras Example</a><form><input name='q'></form></div>"
        "<div id='contenido'><div class='letra-cabecera'><h1>Puerto de sal</h1><h2><a "
        "href='/los-faroleros/'>Los Faroleros</a></h2></div><div class='lyric-original'>"
        "Amanece en el muelle viejo<br>y las redes secan al sol<br>mi abuela cuenta los "
        "barcos<br>que el invierno nunca devolvió<br><br>Ay, puerto de sal, puerto de sal<br>"
        "quien te deja siempre vuelve<br><br>Las gaviotas saben mi nombre<br>la marea sabe "
        "mi canción<br><br>Ay, puerto de sal, puerto de sal<br>quien te deja siempre vuelve"
        "</div><div class='compositores'>Compuesta por: Tomás Arenal</div><div "
        "class='mas-letras'><h3>Más letras de Los Faroleros</h3><ul><li><a href='/lf/1'>Farol "
        "de niebla</a></li><li><a href='/lf/2'>Marinero sin mar</a></li></ul></div></div>"
        "<div id='pie'>Letras Example © 2026</div>",
    ),
    (
        "Amanece en el muelle viejo",
        "que el invierno nunca devolvió",
        "Las gaviotas saben mi nombre",
        "quien te deja siempre vuelve",
    ),
    ("Farol de niebla", "Marinero sin mar"),
)

# --- Russian, a poem in stanzas of <br> lines inside a <div class='poem'>.
_add(
    "ru_poem_stanzas_br",
    "https://stihi.example.ru/avtor/lesnaya/pervyi-sneg",
    _doc(
        "ru",
        "Первый снег",
        "<div class='header'><a href='/'>Стихи и проза</a><a href='/avtory'>Авторы</a></div>"
        "<div class='main'><h1>Первый снег</h1><div class='author'><a "
        "href='/avtor/lesnaya'>Вера Лесная</a></div><div class='poem'><div class='stanza'>"
        "Ещё вчера шумели клёны,<br>и лужи пахли сентябрём,<br>а нынче двор, как лист "
        "вощёный,<br>лежит нетронутым листом.</div><div class='stanza'>Соседский кот ступает "
        "важно,<br>оставив строчку на снегу,<br>и я читаю, что не страшно,<br>и что я тоже "
        "так смогу.</div></div><div class='rating'>Рейтинг: 4,8 · 112 голосов</div><div "
        "class='recs'><h3>Другие стихи автора</h3><a href='/s/1'>Вокзал</a> <a "
        "href='/s/2'>Весна в Твери</a></div></div><div class='footer'>© Стихи и проза</div>",
    ),
    (
        "Ещё вчера шумели клёны,",
        "лежит нетронутым листом.",
        "Соседский кот ступает важно,",
        "и что я тоже так смогу.",
    ),
    ("Весна в Твери", "112 голосов"),
)

# --- English, a podcast transcript: speaker lines, timestamps, a subscribe box.
_add(
    "en_podcast_transcript_speakers",
    "https://podcast.example.org/episodes/42-bees-in-the-city/transcript",
    _doc(
        "en",
        "Episode 42: Bees in the city - transcript",
        "<header class='site-header'><a href='/'>Small Wild Things</a><nav><a "
        "href='/episodes'>Episodes</a><a href='/about'>About</a></nav></header><main><article "
        "class='episode'><h1>Episode 42: Bees in the city</h1><div class='player'><audio "
        "src='/a/42.mp3' controls></audio></div><div class='subscribe'><p>Listen on</p><a "
        "href='#'>Podcasts app</a> <a href='#'>RSS</a></div><section class='transcript'>"
        "<h2>Transcript</h2><p><span class='ts'>[00:00:04]</span> <strong>Maya Lind:</strong> "
        "Welcome back. Today we are on a roof eleven floors above the ring road.</p><p><span "
        "class='ts'>[00:00:19]</span> <strong>Idris Vane:</strong> And this is hive number "
        "three, the calmest of the lot, which is why we let visitors near it.</p><p><span "
        "class='ts'>[00:00:31]</span> <strong>Maya Lind:</strong> How much honey does one "
        "roof make in a year?</p><p><span class='ts'>[00:00:36]</span> <strong>Idris Vane:"
        "</strong> In a good year about forty kilos, mostly from the lime trees along the "
        "canal.</p></section></article><aside class='support'><h3>Support the show</h3><p>"
        "Become a member for three pounds a month and get episodes early.</p></aside></main>"
        "<footer><p>Small Wild Things is an independent production.</p></footer>",
    ),
    (
        "Today we are on a roof eleven floors above the ring road.",
        "the calmest of the lot, which is why we let visitors near it",
        "How much honey does one roof make in a year?",
        "mostly from the lime trees along the canal",
    ),
    ("Become a member for three pounds a month", "is an independent production"),
)

# --- Korean, a Q&A page: the question, two answers with code, voting controls.
_add(
    "ko_qa_answers_with_code",
    "https://qna.example.kr/questions/8812",
    _doc(
        "ko",
        "파이썬에서 딕셔너리를 값으로 정렬하려면?",
        "<header class='top-bar'><a href='/'>개발자 묻고답하기</a><a href='/questions'>질문"
        "</a><a href='/tags'>태그</a></header><div id='content'><div id='mainbar'><h1 "
        "class='question-title'>파이썬에서 딕셔너리를 값으로 정렬하려면?</h1><div "
        "class='question'><div class='votecell'><button>▲</button><span>7</span><button>▼"
        "</button></div><div class='postcell'><div class='s-prose'><p>점수가 담긴 딕셔너리를 "
        "점수가 높은 순서로 출력하고 싶습니다. 키로 정렬하는 방법만 찾았습니다.</p></div></div>"
        "</div><div id='answers'><h2>답변 2개</h2><div class='answer accepted-answer'><div "
        "class='votecell'><span>12</span></div><div class='answercell'><div class='s-prose'>"
        "<p><code>sorted</code> 함수에 값을 돌려주는 키 함수를 넘기면 됩니다.</p><pre><code>"
        "for name, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):\n"
        "    print(name, score)</code></pre></div></div></div><div class='answer'><div "
        "class='votecell'><span>3</span></div><div class='answercell'><div class='s-prose'>"
        "<p>상위 몇 개만 필요하면 <code>heapq.nlargest</code>가 전체 정렬보다 빠릅니다.</p>"
        "</div></div></div></div></div><div id='sidebar'><div class='hot'><h4>인기 질문</h4>"
        "<a href='/q/1'>리스트 컴프리헨션이 더 빠른 이유</a></div></div></div>",
    ),
    (
        "점수가 담긴 딕셔너리를 점수가 높은 순서로",
        "함수에 값을 돌려주는 키 함수를 넘기면 됩니다",
        "key=lambda kv: kv[1], reverse=True",
        "전체 정렬보다 빠릅니다",
    ),
    ("리스트 컴프리헨션이 더 빠른 이유",),
)

# --- German, a MediaWiki talk page: threads of indented replies in <dl><dd>, signatures.
_add(
    "de_mediawiki_talk_page",
    "https://wiki.example.de/wiki/Diskussion:Schwebebahn_Talheim",
    _doc(
        "de",
        "Diskussion:Schwebebahn Talheim",
        "<div id='mw-page-base'></div><div id='content' class='mw-body' role='main'><h1 "
        "id='firstHeading' class='firstHeading'>Diskussion:Schwebebahn Talheim</h1><div "
        "id='bodyContent' class='vector-body'><div id='siteSub'>Aus Beispielwiki</div><div "
        "id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'><h2><span "
        "class='mw-headline' id='Eröffnungsjahr'>Eröffnungsjahr</span><span "
        "class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a "
        "href='?action=edit&amp;section=1'>Quelltext bearbeiten</a><span "
        "class='mw-editsection-bracket'>]</span></span></h2><p>Im Artikel steht 1911, die "
        "Festschrift der Stadt nennt aber 1912 als Jahr der ersten Fahrt. Hat jemand eine "
        "bessere Quelle? <a href='/wiki/Benutzer:Kettenbruch'>Kettenbruch</a> 14:02, 3. Mär. "
        "2026 (CET)</p><dl><dd>Der Eröffnungsbericht im Talheimer Anzeiger ist vom 2. Januar "
        "1912, ich ändere das. <a href='/wiki/Benutzer:Weichenwärter'>Weichenwärter</a> 09:15,"
        " 4. Mär. 2026 (CET)<dl><dd>Danke, passt so. <a "
        "href='/wiki/Benutzer:Kettenbruch'>Kettenbruch</a> 11:40, 4. Mär. 2026 (CET)</dd></dl>"
        "</dd></dl><h2><span class='mw-headline' id='Fahrzeuge'>Fahrzeuge</span></h2><p>Die "
        "Liste der Wagen endet 1975; die beiden Gelenkwagen von 1999 fehlen noch. <a "
        "href='/wiki/Benutzer:Gleisbett'>Gleisbett</a> 18:30, 9. Apr. 2026 (CEST)</p></div>"
        "</div></div></div><div id='mw-navigation'><div id='p-navigation'><h3>Navigation</h3>"
        "<ul><li><a href='/wiki/Hauptseite'>Hauptseite</a></li><li><a "
        "href='/wiki/Spezial:Zufällige_Seite'>Zufälliger Artikel</a></li></ul></div></div>"
        "<div id='footer'><ul id='footer-info'><li>Letzte Änderung dieser Seite: 9. April 2026 "
        "um 18:31 Uhr.</li></ul></div>",
    ),
    (
        "die Festschrift der Stadt nennt aber 1912",
        "Der Eröffnungsbericht im Talheimer Anzeiger",
        "Danke, passt so.",
        "die beiden Gelenkwagen von 1999 fehlen noch",
    ),
    ("Zufälliger Artikel", "Quelltext bearbeiten", "Letzte Änderung dieser Seite"),
)

# --- Turkish, a recipe card (WP Recipe Maker-like): ingredients and steps are the text.
_add(
    "tr_wp_recipe_card",
    "https://mutfak.example.com.tr/mercimek-koftesi/",
    _wp(
        "tr",
        "Mercimek köftesi",
        "<p>Annemin her bayram yaptığı mercimek köftesi, fırın gerektirmeyen ve bir saatte "
        "hazır olan bir tarif.</p><div class='wprm-recipe-container'><div class='wprm-recipe "
        "wprm-recipe-template-classic'><h2 class='wprm-recipe-name'>Mercimek köftesi</h2>"
        "<div class='wprm-recipe-ingredients-container'><h3 class='wprm-recipe-header'>"
        "Malzemeler</h3><ul class='wprm-recipe-ingredients'><li class='wprm-recipe-ingredient'>"
        "<span class='wprm-recipe-ingredient-amount'>1</span> <span "
        "class='wprm-recipe-ingredient-unit'>su bardağı</span> <span "
        "class='wprm-recipe-ingredient-name'>kırmızı mercimek</span></li><li "
        "class='wprm-recipe-ingredient'><span class='wprm-recipe-ingredient-amount'>1,5</span> "
        "<span class='wprm-recipe-ingredient-unit'>su bardağı</span> <span "
        "class='wprm-recipe-ingredient-name'>köftelik bulgur</span></li><li "
        "class='wprm-recipe-ingredient'><span class='wprm-recipe-ingredient-name'>yarım demet "
        "maydanoz</span></li></ul></div><div class='wprm-recipe-instructions-container'><h3 "
        "class='wprm-recipe-header'>Yapılışı</h3><ol class='wprm-recipe-instructions'><li "
        "class='wprm-recipe-instruction'><div class='wprm-recipe-instruction-text'>Mercimeği üç "
        "su bardağı suyla yumuşayana kadar haşlayın.</div></li><li "
        "class='wprm-recipe-instruction'><div class='wprm-recipe-instruction-text'>Ocağı "
        "kapatıp bulguru ekleyin ve kapağı kapalı yirmi dakika dinlendirin.</div></li><li "
        "class='wprm-recipe-instruction'><div class='wprm-recipe-instruction-text'>Soğuyunca "
        "maydanozu ekleyip yoğurun ve elinizle şekil verin.</div></li></ol></div><div "
        "class='wprm-recipe-rating'>5 üzerinden 4,9 (37 oy)</div></div></div>",
    ),
    (
        "fırın gerektirmeyen ve bir saatte hazır olan",
        "kırmızı mercimek",
        "köftelik bulgur",
        "yumuşayana kadar haşlayın.",
        "kapağı kapalı yirmi dakika dinlendirin",
    ),
    ("Proudly powered by WordPress", "Spring cleaning for the garden shed"),
)

# --- English, a long read whose first blockquote is a pull quote of a line further down.
_add(
    "en_longread_pull_quote_first",
    "https://magazine.example.com/features/the-lighthouse-keepers-daughter",
    _doc(
        "en",
        "The lighthouse keeper's daughter",
        "<header class='masthead'><a href='/'>The Example Quarterly</a><nav><a "
        "href='/features'>Features</a></nav></header><main><article class='feature'><h1>The "
        "lighthouse keeper's daughter</h1><p class='byline'>By Orla Quennell</p><div "
        "class='feature-body'><p>Agnes Rook was nine when her father took the post at Skerry "
        "Point, and for the next eleven winters the island was the only home she knew.</p>"
        "<blockquote class='pull-quote'><p>We measured the year by the supply boat, not by "
        "the calendar.</p></blockquote><p>The supply boat came every second Thursday if the "
        "sea allowed it, bringing flour, paraffin, letters and, once, a piano in pieces.</p>"
        "<p>“We measured the year by the supply boat, not by the calendar,” she says now, "
        "at ninety-one, in a care home two hundred miles inland.</p><h2>The long dark</h2>"
        "<p>In December the light burned for seventeen hours, and her father slept in two "
        "shifts so the lamp was never left alone.</p><figure><img src='/i/point.jpg' "
        "alt=''><figcaption>Skerry Point in 1958.</figcaption></figure><p>When the light was "
        "automated in 1971 the family left on the same boat that had brought the piano, "
        "which stayed behind.</p></div></article><section class='more-features'><h2>More "
        "features</h2><a href='/f/1'>The last ferryman of the estuary</a></section></main>",
    ),
    (
        "Agnes Rook was nine when her father took the post",
        "bringing flour, paraffin, letters and, once, a piano in pieces",
        "at ninety-one, in a care home two hundred miles inland",
        "the light burned for seventeen hours",
        "the family left on the same boat that had brought the piano",
    ),
    ("The last ferryman of the estuary",),
)

# --- English, a Sphinx (Read the Docs theme) API page: a function's signature in a <dl>,
# its parameters, an example in <pre>, the headerlinks' pilcrows.
_add(
    "en_sphinx_api_reference",
    "https://quillmap.example.io/en/latest/api/tiles.html",
    _doc(
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
_add(
    "zh_docusaurus_admonition_code",
    "https://docs.example.cn/docs/deploy",
    _doc(
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

# --- English, a Discourse topic: the first post and two replies, each in a cooked div.
_add(
    "en_discourse_topic_replies",
    "https://forum.example.org/t/sourdough-starter-smells-of-acetone/5521",
    _doc(
        "en",
        "Sourdough starter smells of acetone - Baking - Example Forum",
        "<header class='d-header'><div class='title'><a href='/'>Example Forum</a></div>"
        "</header><div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1>"
        "<a href='/t/5521'>Sourdough starter smells of acetone</a></h1><div "
        "class='topic-category'><span class='category-name'>Baking</span></div></div><div "
        "class='topic-body crawler-post'><div class='crawler-post-meta'><span "
        "class='creator'><a href='/u/crumb'><span>crumb</span></a></span><span "
        "class='crawler-post-infos'><time datetime='2026-02-11'>February 11, 2026, 8:14am"
        "</time><span class='post-count'>#1</span></span></div><div class='post' "
        "itemprop='text'><p>My starter is ten days old and this morning it smelled like "
        "nail polish remover. Is it dead?</p></div></div><div class='topic-body "
        "crawler-post'><div class='crawler-post-meta'><span class='creator'><a "
        "href='/u/levain'><span>levain</span></a></span><span class='post-count'>#2</span>"
        "</div><div class='post' itemprop='text'><p>Not dead, just hungry. Feed it twice a "
        "day for a few days and the smell goes away.</p></div></div><div class='topic-body "
        "crawler-post'><div class='crawler-post-meta'><span class='creator'><a "
        "href='/u/crumb'><span>crumb</span></a></span><span class='post-count'>#3</span>"
        "</div><div class='post' itemprop='text'><p>That worked, it doubled by the evening "
        "after two feeds. Thank you!</p></div></div><div id='related-topics' "
        "class='more-topics__list'><h3>Related topics</h3><table><tr><td><a "
        "href='/t/1'>Rye starter never rises</a></td><td>4</td></tr></table></div></div>"
        "<footer class='noscript-footer-nav'><a href='/'>Home</a><a "
        "href='/categories'>Categories</a><a href='/guidelines'>Guidelines</a></footer>",
    ),
    (
        "it smelled like nail polish remover",
        "Not dead, just hungry.",
        "it doubled by the evening after two feeds",
    ),
    ("Rye starter never rises", "Guidelines"),
)


def _elementor(lang: str, title: str, widgets: str) -> str:
    """An Elementor page: every paragraph, heading and picture in a widget of its own,
    widgets in columns in sections."""
    return _doc(
        lang,
        title,
        "<div data-elementor-type='header' class='elementor elementor-location-header'><div "
        "class='elementor-section'><div class='elementor-widget-wrap'><div class='elementor-"
        "widget elementor-widget-theme-site-logo'><a href='/'>Studio</a></div><div "
        "class='elementor-widget elementor-widget-nav-menu'><nav><a href='/'>Start</a><a "
        "href='/kontakt'>Kontakt</a></nav></div></div></div></div><div data-elementor-"
        "type='wp-page' class='elementor elementor-42'>"
        f"{widgets}</div><div data-elementor-type='footer' class='elementor "
        "elementor-location-footer'><div class='elementor-widget elementor-widget-text-editor'>"
        "<div class='elementor-widget-container'><p>© 2026 Studio · Impressum · Datenschutz"
        "</p></div></div></div>",
    )


def _ew(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'><div "
        f"class='elementor-widget-container'>{inner}</div></div>"
    )


def _esection(*widgets: str) -> str:
    return (
        "<section class='elementor-section elementor-top-section'><div class='elementor-"
        "container'><div class='elementor-column elementor-col-100'><div class='elementor-"
        f"widget-wrap elementor-element-populated'>{''.join(widgets)}</div></div></div>"
        "</section>"
    )


# --- German, an Elementor service page of a physiotherapy practice: headings, text widgets
# and pictures, each in a widget of its own, in three sections.
_add(
    "de_elementor_service_page_sections",
    "https://physio.example.de/leistungen/manuelle-therapie/",
    _elementor(
        "de",
        "Manuelle Therapie",
        _esection(
            _ew("heading", "<h1 class='elementor-heading-title'>Manuelle Therapie</h1>"),
            _ew(
                "text-editor",
                "<p>Bei der manuellen Therapie lösen wir Blockaden an Gelenken und Wirbelsäule "
                "mit gezielten, sanften Handgriffen.</p>",
            ),
        )
        + _esection(
            _ew("image", "<img src='/w/hand.jpg' alt=''>"),
            _ew("heading", "<h2 class='elementor-heading-title'>Für wen eignet sie sich?</h2>"),
            _ew(
                "text-editor",
                "<p>Sie hilft bei Rückenschmerzen, steifem Nacken, Kopfschmerzen aus der "
                "Halswirbelsäule und nach Verletzungen des Sprunggelenks.</p>",
            ),
        )
        + _esection(
            _ew("heading", "<h2 class='elementor-heading-title'>Ablauf und Dauer</h2>"),
            _ew(
                "text-editor",
                "<p>Eine Behandlung dauert zwanzig Minuten; meist verordnet die Ärztin sechs "
                "Termine.</p><p>Bringen Sie zum ersten Termin bitte bequeme Kleidung und die "
                "Verordnung mit.</p>",
            ),
            _ew("button", "<a class='elementor-button' href='/termin'>Termin buchen</a>"),
        ),
    ),
    (
        "lösen wir Blockaden an Gelenken und Wirbelsäule",
        "Sie hilft bei Rückenschmerzen, steifem Nacken",
        "Eine Behandlung dauert zwanzig Minuten",
        "Bringen Sie zum ersten Termin bitte bequeme Kleidung",
    ),
    ("Impressum · Datenschutz",),
)

# --- French, a Divi blog post: the text in several text modules between image modules.
_add(
    "fr_divi_post_text_modules",
    "https://atelier.example.fr/blog/restaurer-une-chaise-paillee/",
    _doc(
        "fr",
        "Restaurer une chaise paillée",
        "<div id='page-container'><header id='main-header'><div class='container'><div "
        "class='logo_container'><a href='/'>L'Atelier du Bois</a></div><nav id='top-menu-nav'>"
        "<ul id='top-menu' class='nav'><li><a href='/blog/'>Blog</a></li><li><a "
        "href='/stages/'>Stages</a></li></ul></nav></div></header><div id='et-main-area'><div "
        "id='main-content'><article class='et_pb_post post'><div class='entry-content'><div "
        "class='et-l et-l--post'><div class='et_builder_inner_content et_pb_gutters3'><div "
        "class='et_pb_section et_pb_section_0'><div class='et_pb_row et_pb_row_0'><div "
        "class='et_pb_column et_pb_column_4_4'><div class='et_pb_module et_pb_post_title'><h1 "
        "class='entry-title'>Restaurer une chaise paillée</h1></div><div class='et_pb_module "
        "et_pb_text et_pb_text_0'><div class='et_pb_text_inner'><p>La paille de seigle se "
        "travaille humide : laissez les bottes tremper une nuit dans une bassine d'eau froide."
        "</p></div></div><div class='et_pb_module et_pb_image et_pb_image_0'><span "
        "class='et_pb_image_wrap'><img src='/i/paille.jpg' alt=''></span></div><div "
        "class='et_pb_module et_pb_text et_pb_text_1'><div class='et_pb_text_inner'><h2>Le "
        "tressage</h2><p>On commence par les coins de l'assise, en tournant toujours dans le "
        "même sens, et l'on serre chaque tour avec une cale en bois.</p></div></div><div "
        "class='et_pb_module et_pb_image et_pb_image_1'><span class='et_pb_image_wrap'><img "
        "src='/i/tresse.jpg' alt=''></span></div><div class='et_pb_module et_pb_text "
        "et_pb_text_2'><div class='et_pb_text_inner'><p>Comptez une quinzaine d'heures pour "
        "une chaise d'adulte, un peu moins pour une chaise d'enfant.</p></div></div></div>"
        "</div></div><div class='et_pb_section et_pb_section_1'><div class='et_pb_row'><div "
        "class='et_pb_module et_pb_signup'><h2>Recevez nos dates de stages</h2><input "
        "type='email'><a class='et_pb_newsletter_button' href='#'>S'abonner</a></div></div>"
        "</div></div></div></div></article></div><footer id='main-footer'><div "
        "id='footer-info'>Conçu par Elegant Themes | Propulsé par WordPress</div></footer>"
        "</div></div>",
    ),
    (
        "laissez les bottes tremper une nuit",
        "On commence par les coins de l'assise",
        "Comptez une quinzaine d'heures pour une chaise",
    ),
    ("Recevez nos dates de stages", "Propulsé par WordPress"),
)

# --- English, a Wix blog post: the text in rich-content paragraphs of nested spans.
_add(
    "en_wix_blog_rich_content",
    "https://www.example-yoga.com/post/breathing-before-sleep",
    _doc(
        "en",
        "Breathing before sleep",
        "<div id='SITE_CONTAINER'><header id='SITE_HEADER'><div data-testid='linkElement'><a "
        "href='/'>Lotus Loft</a></div><nav><a href='/classes'>Classes</a><a "
        "href='/blog'>Blog</a></nav></header><main id='PAGES_CONTAINER'><div "
        "id='SITE_PAGES'><div data-hook='post-page'><article><div data-hook='post-title'><h1 "
        "class='blog-post-title-font'><span class='post-title'>Breathing before sleep</span>"
        "</h1></div><div data-hook='post-description'><div data-id='rich-content-viewer' "
        "class='post-content__body'><div class='_1Gqf3'><p dir='auto' id='viewer-a1' "
        "class='_3cFe7 public-DraftStyleDefault-block-depth0'><span class='_2PHJq "
        "public-DraftStyleDefault-ltr'><span>A slow exhale is the quickest way I know to "
        "tell the body that the day is over.</span></span></p><p dir='auto' id='viewer-a2' "
        "class='_3cFe7'><span class='_2PHJq'><span>Lie on your back, one hand on your belly, "
        "and breathe in for four counts and out for eight.</span></span></p><div "
        "id='viewer-a3' class='_3Bkfb'><div data-hook='imageViewer'><img src='/m/breath.jpg' "
        "alt=''></div></div><h2 dir='auto' id='viewer-a4' class='_2pnYl'><span>When the mind "
        "keeps talking</span></h2><p dir='auto' id='viewer-a5' class='_3cFe7'><span "
        "class='_2PHJq'><span>Count the breaths backwards from twenty; if you lose the count, "
        "start again without judging yourself.</span></span></p></div></div></div><div "
        "data-hook='post-footer'><div data-hook='post-stats'><span>48 views</span><span>0 "
        "comments</span></div><div data-hook='recent-posts'><h2>Recent Posts</h2><a "
        "href='/post/x'>Morning stretches for desk workers</a></div></div></article></div>"
        "</div></div></main><footer id='SITE_FOOTER'><p>© 2026 by Lotus Loft. Proudly "
        "created with Wix.com</p></footer></div>",
    ),
    (
        "A slow exhale is the quickest way I know",
        "breathe in for four counts and out for eight",
        "Count the breaths backwards from twenty",
    ),
    ("Morning stretches for desk workers", "Proudly created with Wix.com", "48 views"),
)

# --- Norwegian, a Squarespace page: the text in several html blocks of a grid, an image
# block between them.
_add(
    "no_squarespace_blocks",
    "https://www.example-keramikk.no/om-verkstedet",
    _doc(
        "nb",
        "Om verkstedet",
        "<header id='header' class='header'><div class='header-title'><a href='/'>Leire & "
        "Lys</a></div><nav class='header-nav'><a href='/butikk'>Butikk</a><a "
        "href='/kurs'>Kurs</a></nav></header><main id='page' role='main'><article "
        "class='sections' id='sections'><section class='page-section'><div "
        "class='content-wrapper'><div class='content'><div class='sqs-layout "
        "sqs-grid-12 columns-12'><div class='row sqs-row'><div class='col sqs-col-12 span-12'>"
        "<div class='sqs-block html-block sqs-block-html'><div class='sqs-block-content'><div "
        "class='sqs-html-content'><h1>Om verkstedet</h1><p>Verkstedet ligger i en gammel "
        "smie ved elva, og her har vi dreid kopper og fat siden 2011.</p></div></div></div>"
        "<div class='sqs-block image-block sqs-block-image'><div class='sqs-block-content'>"
        "<img src='/s/smie.jpg' alt=''></div></div><div class='sqs-block html-block "
        "sqs-block-html'><div class='sqs-block-content'><div class='sqs-html-content'><p>All "
        "leire kommer fra et lite teglverk to mil unna, og vi brenner i vedovn to ganger i "
        "året.</p><p>Om sommeren holder vi åpent verksted hver lørdag, og du kan prøve "
        "dreieskiva selv.</p></div></div></div><div class='sqs-block newsletter-block'><div "
        "class='sqs-block-content'><h2>Nyhetsbrev</h2><p>Få beskjed når ovnen åpnes.</p>"
        "<form><input type='email'><button>Meld deg på</button></form></div></div></div></div>"
        "</div></div></div></section></article></main><footer class='sections' "
        "id='footer-sections'><p>Leire & Lys · Elvegata 4</p></footer>",
    ),
    (
        "Verkstedet ligger i en gammel smie ved elva",
        "vi brenner i vedovn to ganger i året",
        "du kan prøve dreieskiva selv",
    ),
    ("Få beskjed når ovnen åpnes.", "Elvegata 4"),
)

# --- Czech, a resource list: the list of links with their descriptions is the text.
_add(
    "cs_link_list_is_the_content",
    "https://blog.example.cz/zdroje-pro-ucitele-fyziky/",
    _wp(
        "cs",
        "Zdroje pro učitele fyziky",
        "<p>Sepsal jsem stránky, ke kterým se při přípravě hodin vracím nejčastěji. Všechny "
        "jsou zdarma.</p><ul><li><a href='https://sim.example.org/'>Simulace pohybu</a> – "
        "interaktivní modely šikmého vrhu a kyvadla s nastavitelným třením.</li><li><a "
        "href='https://ulohy.example.cz/'>Sbírka úloh</a> – přes tisíc úloh řazených podle "
        "ročníků, včetně řešení.</li><li><a href='https://mereni.example.cz/'>Měření mobilem"
        "</a> – návody, jak změřit zrychlení nebo hluk senzory telefonu.</li></ul><p>Pokud "
        "znáte další, napište mi je prosím do komentářů.</p>",
    ),
    (
        "interaktivní modely šikmého vrhu a kyvadla",
        "přes tisíc úloh řazených podle ročníků",
        "jak změřit zrychlení nebo hluk senzory telefonu",
    ),
    ("Spring cleaning for the garden shed", "Proudly powered by WordPress"),
)

# --- Finnish, a glossary as one definition list (Jekyll).
_add(
    "fi_jekyll_glossary_dl",
    "https://sanasto.example.fi/metsasanasto/",
    _doc(
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

# --- Arabic, a government service page: eligibility, documents, fee as a table; RTL.
_add(
    "ar_gov_service_documents",
    "https://www.example.gov.xx/ar/services/birth-certificate",
    _doc(
        "ar",
        "إصدار شهادة ميلاد",
        "<header class='gov-header'><a href='/ar'>البوابة الحكومية</a><nav><a "
        "href='/ar/services'>الخدمات</a><a href='/ar/news'>الأخبار</a></nav></header><main "
        "id='main'><div class='service-page'><h1>إصدار شهادة ميلاد</h1><div "
        "class='service-desc'><p>تتيح هذه الخدمة إصدار شهادة ميلاد للمواطنين والمقيمين المولودين "
        "داخل الدولة.</p></div><div class='service-section'><h2>المستندات المطلوبة</h2><ul><li>"
        "بطاقة هوية أحد الوالدين</li><li>إشعار الولادة الصادر من المستشفى</li><li>عقد الزواج"
        "</li></ul></div><div class='service-section'><h2>الرسوم ومدة الإنجاز</h2><table><tr>"
        "<td>الرسوم</td><td>خمسة دنانير</td></tr><tr><td>مدة الإنجاز</td><td>يوم عمل واحد</td>"
        "</tr></table></div><div class='service-rating'><p>هل كانت هذه الصفحة مفيدة؟</p><button>"
        "نعم</button><button>لا</button></div></div></main><footer><p>جميع الحقوق محفوظة © "
        "البوابة الحكومية</p></footer>",
        dir_="rtl",
    ),
    (
        "تتيح هذه الخدمة إصدار شهادة ميلاد",
        "إشعار الولادة الصادر من المستشفى",
        "خمسة دنانير",
        "يوم عمل واحد",
    ),
    ("هل كانت هذه الصفحة مفيدة؟", "جميع الحقوق محفوظة"),
)

# --- Hebrew, a university course page with a weekly schedule table.
_add(
    "he_course_weekly_table",
    "https://www.example.ac.il/courses/2026/astro-101",
    _doc(
        "he",
        "מבוא לאסטרונומיה",
        "<div class='top-nav'><a href='/'>המכללה האקדמית עמק</a><a href='/courses'>קורסים"
        "</a></div><div class='layout'><div class='side-menu'><ul><li><a href='/f/1'>הפקולטה "
        "למדעים</a></li><li><a href='/f/2'>לוח מבחנים</a></li></ul></div><div "
        "class='page-body'><h1>מבוא לאסטרונומיה</h1><p>הקורס מציג את מבנה מערכת השמש, את חייהם "
        "של כוכבים ואת שיטות התצפית המודרניות.</p><h3>מערך שבועי</h3><table class='syllabus'>"
        "<tr><th>שבוע</th><th>נושא</th></tr><tr><td>1</td><td>השמיים בעין בלתי מזוינת</td>"
        "</tr><tr><td>2</td><td>כוכבי הלכת ומסלוליהם</td></tr><tr><td>3</td><td>טלסקופים "
        "וגלאים</td></tr></table><h3>דרישות</h3><p>נוכחות בשתי תצפיות לילה ועבודה מסכמת של "
        "חמישה עמודים.</p></div></div><div class='footer'>כל הזכויות שמורות למכללה</div>",
        dir_="rtl",
    ),
    (
        "הקורס מציג את מבנה מערכת השמש",
        "כוכבי הלכת ומסלוליהם",
        "טלסקופים וגלאים",
        "נוכחות בשתי תצפיות לילה",
    ),
    ("לוח מבחנים", "כל הזכויות שמורות"),
)

# --- Persian, a ghazal: couplets as pairs of <div>s in a poem container (Ganjoor-like).
_add(
    "fa_ghazal_couplets",
    "https://sher.example.ir/shaer/ghazal-12",
    _doc(
        "fa",
        "غزل شمارهٔ ۱۲",
        "<div id='header'><a href='/'>شعرستان</a><a href='/shaeran'>شاعران</a></div><div "
        "id='garticle'><h2><a href='/shaer'>مهتاب رودباری</a> » غزل شمارهٔ ۱۲</h2><div "
        "class='b'><div class='m1'><p>سحر که باد صبا از کنار رود گذشت</p></div><div "
        "class='m2'><p>هزار قصه ز شب‌های بی‌قرار گذشت</p></div></div><div class='b'><div "
        "class='m1'><p>به کوچه‌های قدیمی هنوز بوی گل است</p></div><div class='m2'><p>اگرچه "
        "عمر به سرعت چو روزگار گذشت</p></div></div><div class='b'><div class='m1'><p>نشان "
        "خانهٔ ما را ز ماه باید جست</p></div><div class='m2'><p>که هر چه بود در این شهر بی‌"
        "شمار گذشت</p></div></div></div><div id='navigation'><a href='/shaer/ghazal-11'>« "
        "غزل شمارهٔ ۱۱</a> <a href='/shaer/ghazal-13'>غزل شمارهٔ ۱۳ »</a></div><div "
        "id='footer'>شعرستان: گنجینهٔ شعر</div>",
        dir_="rtl",
    ),
    (
        "سحر که باد صبا از کنار رود گذشت",
        "هزار قصه ز شب‌های بی‌قرار گذشت",
        "به کوچه‌های قدیمی هنوز بوی گل است",
        "نشان خانهٔ ما را ز ماه باید جست",
    ),
    ("گنجینهٔ شعر",),
)

# --- Hindi, a song's lyrics as a <pre> block with the refrain repeated.
_add(
    "hi_lyrics_pre_refrain",
    "https://geet.example.in/lyrics/baarish-ki-chitthi",
    _doc(
        "hi",
        "बारिश की चिट्ठी - गीत के बोल",
        "<div class='topbar'><a href='/'>गीत संग्रह</a><a href='/new'>नए गाने</a></div><div "
        "class='wrap'><div class='main-col'><h1>बारिश की चिट्ठी</h1><div class='song-info'>"
        "गायक: <a href='/s/1'>अनुराग सेठी</a> | संगीत: <a href='/m/2'>रीमा दास</a></div><pre "
        "class='lyrics'>खिड़की पे बैठी बूँदें\nलिखती हैं नाम तेरा\nभीगी सी एक चिट्ठी\nलाई है "
        "शाम तेरा\n\nआ जा रे, आ जा रे\nसावन बुलाए रे\n\nमिट्टी की ख़ुशबू में\nबसती है याद तेरी"
        "\n\nआ जा रे, आ जा रे\nसावन बुलाए रे</pre><div class='share'>शेयर करें: <a "
        "href='#'>व्हाट्सऐप</a></div></div><div class='side-col'><h3>लोकप्रिय गीत</h3><ul><li>"
        "<a href='/l/1'>चाँदनी का मेला</a></li></ul></div></div><div class='foot'>© गीत "
        "संग्रह</div>",
    ),
    (
        "खिड़की पे बैठी बूँदें",
        "लाई है शाम तेरा",
        "सावन बुलाए रे",
        "बसती है याद तेरी",
    ),
    ("चाँदनी का मेला", "शेयर करें"),
)

# --- Chinese, a product page whose spec table is in a tab panel beside the description.
_add(
    "zh_product_spec_tab",
    "https://shop.example.cn/item/8823.html",
    _doc(
        "zh-CN",
        "晨光 电热水壶 1.7L",
        "<div class='site-nav'><a href='/'>优选商城</a><a href='/cart'>购物车</a><a "
        "href='/login'>登录</a></div><div class='detail-wrap'><div class='crumb'><a "
        "href='/'>首页</a> &gt; <a href='/c/kitchen'>厨房电器</a></div><div "
        "class='item-main'><h1 class='item-title'>晨光 电热水壶 1.7L</h1><div "
        "class='item-price'>¥129</div><a class='buy-btn' href='#'>立即购买</a></div><div "
        "class='item-tabs'><ul class='tab-head'><li class='on'>商品介绍</li><li>规格参数</li>"
        "<li>用户评价(86)</li></ul><div class='tab-panel' id='intro'><p>全钢内胆，沸腾后自动断电"
        "，干烧时也会自动保护。</p><p>底座可以三百六十度旋转，左右手都方便拿取。</p></div><div "
        "class='tab-panel' id='spec' style='display:none'><table class='spec-table'><tr><th>"
        "容量</th><td>1.7升</td></tr><tr><th>功率</th><td>1800瓦</td></tr><tr><th>内胆材质"
        "</th><td>304不锈钢</td></tr></table></div><div class='tab-panel' id='reviews' "
        "style='display:none'><div class='review'>烧水很快，声音也不大。</div></div></div>"
        "<div class='recommend'><h3>看了又看</h3><a href='/item/1'>晨光 养生壶</a></div></div>"
        "<div class='footer'>优选商城 版权所有</div>",
    ),
    (
        "全钢内胆，沸腾后自动断电",
        "底座可以三百六十度旋转",
        "304不锈钢",
        "1800瓦",
    ),
    ("晨光 养生壶", "版权所有", "立即购买"),
)

# --- Greek, an event page whose programme is a table of times and acts.
_add(
    "el_event_programme_table",
    "https://festival.example.gr/2026/programma-savvato",
    _wp(
        "el",
        "Πρόγραμμα Σαββάτου",
        "<p>Το δεύτερο βράδυ του φεστιβάλ γίνεται στο παλιό λιμάνι, με ελεύθερη είσοδο για "
        "όλους.</p><table class='programme'><tr><td>19:00</td><td>Χορωδία του Δήμου</td></tr>"
        "<tr><td>20:30</td><td>Κουαρτέτο εγχόρδων «Αλκυόνη»</td></tr><tr><td>22:00</td><td>"
        "Συναυλία με τη Μαρίνα Λαζαρίδου</td></tr></table><p>Σε περίπτωση βροχής οι "
        "εκδηλώσεις μεταφέρονται στο κλειστό γυμναστήριο.</p>",
    ),
    (
        "γίνεται στο παλιό λιμάνι, με ελεύθερη είσοδο",
        "Χορωδία του Δήμου",
        "Κουαρτέτο εγχόρδων «Αλκυόνη»",
        "οι εκδηλώσεις μεταφέρονται στο κλειστό γυμναστήριο",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Hungarian, a README-like page rendered in a markdown-body with a table of options.
_add(
    "hu_readme_markdown_body",
    "https://git.example.hu/kovacs/szotagolo",
    _doc(
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

# --- Swahili, a public notice as <div> and <br> prose in an old table layout.
_add(
    "sw_notice_div_br_table_layout",
    "https://www.example-halmashauri.go.tz/tangazo/maji",
    _doc(
        "sw",
        "Tangazo la kukatika kwa maji",
        "<table width='100%' class='layout'><tr><td colspan='2' class='banner'><a href='/'>"
        "Halmashauri ya Mji wa Pwani Ndogo</a></td></tr><tr><td width='200' class='menu'><a "
        "href='/'>Mwanzo</a><br><a href='/matangazo'>Matangazo</a><br><a "
        "href='/mawasiliano'>Mawasiliano</a></td><td class='content'><h2>Tangazo la kukatika "
        "kwa maji</h2><div class='tangazo'>Halmashauri inawatangazia wakazi wa kata za "
        "Mwambao na Kilimani kwamba maji yatakatika Jumanne kuanzia saa mbili asubuhi.<br><br>"
        "Kazi hiyo inahusu kubadilisha bomba kuu karibu na soko la samaki.<br><br>Huduma "
        "itarejea jioni ya siku hiyo hiyo. Tunaomba radhi kwa usumbufu.</div></td></tr><tr>"
        "<td colspan='2' class='footer'>Hakimiliki © Halmashauri ya Mji</td></tr></table>",
    ),
    (
        "maji yatakatika Jumanne kuanzia saa mbili asubuhi",
        "kubadilisha bomba kuu karibu na soko la samaki",
        "Huduma itarejea jioni ya siku hiyo hiyo.",
    ),
    ("Hakimiliki", "Mawasiliano"),
)

# --- Vietnamese, a how-to in Ghost with a bookmark card and a YouTube embed between steps.
_add(
    "vi_ghost_howto_embeds",
    "https://blog.example.vn/cach-ghep-cay-cam/",
    _doc(
        "vi",
        "Cách ghép cây cam",
        "<div class='site-wrapper'><header class='site-header'><a class='site-logo' "
        "href='/'>Vườn Nhà</a><nav><a href='/tag/cay-an-qua/'>Cây ăn quả</a></nav></header>"
        "<main id='site-main' class='site-main'><article class='article post'><header "
        "class='article-header'><h1 class='article-title'>Cách ghép cây cam</h1></header>"
        "<section class='gh-content gh-canvas'><p>Ghép mắt giúp cây cam ra quả sau hai năm "
        "thay vì sáu năm nếu trồng từ hạt.</p><figure class='kg-card kg-embed-card'><iframe "
        "src='https://www.youtube.com/embed/xyz' title='Ghép mắt cam'></iframe></figure><p>"
        "Chọn gốc ghép khỏe, thân to bằng chiếc bút chì, và cắt một vết hình chữ T cách mặt "
        "đất hai gang tay.</p><figure class='kg-card kg-bookmark-card'><a "
        "class='kg-bookmark-container' href='https://other.example/'><div "
        "class='kg-bookmark-content'><div class='kg-bookmark-title'>Bảng chọn giống cam theo "
        "vùng</div><div class='kg-bookmark-description'>Danh sách giống hợp khí hậu</div>"
        "</div></a></figure><p>Buộc chặt mắt ghép bằng dây nilon và tháo dây sau ba tuần khi "
        "mắt đã liền.</p></section></article><section class='footer-cta'><h2>Đăng ký nhận "
        "bài mới</h2><a href='#/portal/signup'>Đăng ký</a></section></main><footer "
        "class='site-footer'>Vườn Nhà © 2026 — Powered by Ghost</footer></div>",
    ),
    (
        "Ghép mắt giúp cây cam ra quả sau hai năm",
        "cắt một vết hình chữ T cách mặt đất hai gang tay",
        "tháo dây sau ba tuần khi mắt đã liền",
    ),
    ("Đăng ký nhận bài mới", "Powered by Ghost"),
)

# --- Thai, a travel guide page with numbered places as h3 and paragraphs, a map embed.
_add(
    "th_travel_guide_places",
    "https://thiew.example.co.th/chiang-dao-3-wan",
    _wp(
        "th",
        "เที่ยวเชียงดาว 3 วัน",
        "<p>เชียงดาวเป็นอำเภอเล็ก ๆ ที่มีภูเขาหินปูนสูงเป็นอันดับสามของประเทศ</p><h3>1. "
        "ถ้ำเชียงดาว</h3><p>ถ้ำมีทางเดินยาวหลายกิโลเมตร ต้องจ้างไกด์ถือตะเกียงพาเข้าไป</p>"
        "<div class='map-embed'><iframe src='https://maps.example/embed?q=1'></iframe></div>"
        "<h3>2. บ่อน้ำร้อนโป่งอาง</h3><p>บ่อน้ำร้อนอยู่กลางป่า ควรไปช่วงเช้าเพราะอากาศยังเย็น</p>"
        "<h3>3. ตลาดเช้าวันอังคาร</h3><p>ชาวบ้านจากหมู่บ้านบนดอยนำผักและผ้าทอมาขายทุกเช้าวันอังคาร"
        "</p>",
    ),
    (
        "เชียงดาวเป็นอำเภอเล็ก ๆ ที่มีภูเขาหินปูน",
        "ต้องจ้างไกด์ถือตะเกียงพาเข้าไป",
        "ควรไปช่วงเช้าเพราะอากาศยังเย็น",
        "นำผักและผ้าทอมาขายทุกเช้าวันอังคาร",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Ukrainian, a MediaWiki entry: an infobox, a table of contents, sections, a navbox.
_add(
    "uk_mediawiki_entry_sections",
    "https://wiki.example.ua/wiki/Сокільське_озеро",
    _doc(
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

# --- Indonesian, a Notion-published page: text in block divs, no <p>.
_add(
    "id_notion_blocks_no_p",
    "https://catatan.example.id/panduan-magang",
    _doc(
        "id",
        "Panduan Magang",
        "<div id='notion-app'><div class='notion-frame'><div class='notion-page-content'>"
        "<div class='notion-header-block'><h1>Panduan Magang</h1></div><div "
        "class='notion-text-block'><div class='notranslate' contenteditable='false'>Selamat "
        "datang! Halaman ini menjelaskan minggu pertama kamu di tim kami.</div></div><div "
        "class='notion-sub_header-block'><h3>Hari pertama</h3></div><div "
        "class='notion-bulleted_list-block'><div class='notranslate'>Ambil laptop dan kartu "
        "akses di meja resepsionis lantai dua.</div></div><div "
        "class='notion-bulleted_list-block'><div class='notranslate'>Ikut rapat pagi pukul "
        "sembilan bersama mentor kamu.</div></div><div class='notion-text-block'><div "
        "class='notranslate'>Kalau ada pertanyaan, tulis saja di kanal tim; tidak ada "
        "pertanyaan yang bodoh.</div></div></div></div><div class='notion-footer'><a "
        "href='https://notion.example/'>Dibuat dengan Notion</a></div></div>",
    ),
    (
        "Halaman ini menjelaskan minggu pertama kamu",
        "Ambil laptop dan kartu akses di meja resepsionis",
        "Ikut rapat pagi pukul sembilan",
        "tidak ada pertanyaan yang bodoh",
    ),
    ("Dibuat dengan Notion",),
)

# --- Romanian, terms of a service: numbered sections, a clause repeated on purpose.
_add(
    "ro_terms_numbered_sections",
    "https://www.example-abonamente.ro/termeni",
    _doc(
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

# --- Bengali, an interview transcript as question and answer paragraphs in bold.
_add(
    "bn_interview_qa_paragraphs",
    "https://patrika.example.com.bd/sakkhatkar/nodir-pare",
    _wp(
        "bn",
        "নদীর পাড়ে একটি পাঠাগার",
        "<p>গ্রামের স্কুলশিক্ষক রেহানা পারভীন দশ বছর ধরে নদীর পাড়ে একটি ছোট পাঠাগার চালাচ্ছেন।"
        "</p><p><strong>প্রশ্ন: পাঠাগারের শুরুটা কীভাবে হলো?</strong></p><p>রেহানা: বাবার রেখে "
        "যাওয়া দুই আলমারি বই দিয়ে শুরু করেছিলাম, প্রথম বছর পাঠক ছিল মাত্র বারোজন।</p><p><strong>"
        "প্রশ্ন: এখন কতজন আসে?</strong></p><p>রেহানা: শুক্রবারে প্রায় ষাটজন শিশু আসে, তারা গল্প "
        "শোনে আর ছবি আঁকে।</p>",
    ),
    (
        "দশ বছর ধরে নদীর পাড়ে একটি ছোট পাঠাগার",
        "পাঠাগারের শুরুটা কীভাবে হলো?",
        "প্রথম বছর পাঠক ছিল মাত্র বারোজন",
        "শুক্রবারে প্রায় ষাটজন শিশু আসে",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- English, a recipe whose ingredients sit in an <aside> column beside the method.
_add(
    "en_recipe_ingredients_in_aside_column",
    "https://kitchen.example.com/recipes/barley-risotto",
    _doc(
        "en",
        "Barley risotto with leeks",
        "<header class='site-header'><a href='/'>The Small Kitchen</a><nav><a "
        "href='/recipes'>Recipes</a></nav></header><main class='recipe'><h1>Barley risotto "
        "with leeks</h1><p class='recipe-intro'>Pearl barley keeps its bite where rice goes "
        "soft, which makes this a forgiving weeknight dish.</p><div class='recipe-columns'>"
        "<aside class='recipe-ingredients'><h2>Ingredients</h2><ul><li>250 g pearl barley"
        "</li><li>2 leeks, thinly sliced</li><li>1 litre hot vegetable stock</li><li>40 g "
        "grated hard cheese</li></ul></aside><div class='recipe-method'><h2>Method</h2><ol><li>"
        "Soften the leeks in butter for ten minutes without letting them brown.</li><li>Stir "
        "in the barley, then add the stock a ladle at a time over forty minutes.</li><li>Take "
        "off the heat, beat in the cheese and rest for two minutes before serving.</li></ol>"
        "</div></div></main><footer><p>The Small Kitchen · recipes tested at home</p>"
        "</footer>",
    ),
    (
        "250 g pearl barley",
        "1 litre hot vegetable stock",
        "Soften the leeks in butter for ten minutes",
        "add the stock a ladle at a time over forty minutes",
    ),
    ("recipes tested at home",),
)

# --- German, a real-estate listing whose description sits in a container the site names
# 'comment' (the agent's remarks), beside a facts table.
_add(
    "de_listing_description_named_comment",
    "https://immo.example.de/expose/4471",
    _doc(
        "de",
        "3-Zimmer-Wohnung mit Balkon in Lindenau",
        "<header><a href='/'>Immo Example</a><nav><a href='/suche'>Suche</a></nav></header>"
        "<main><div class='expose'><h1>3-Zimmer-Wohnung mit Balkon in Lindenau</h1><table "
        "class='expose-facts'><tr><td>Kaltmiete</td><td>780 €</td></tr><tr><td>Wohnfläche"
        "</td><td>74 m²</td></tr><tr><td>Zimmer</td><td>3</td></tr></table><div "
        "class='expose-section'><h2>Objektbeschreibung</h2><div class='expose-comment'><p>Die "
        "helle Wohnung liegt im zweiten Obergeschoss eines sanierten Altbaus von 1905.</p><p>"
        "Der Balkon geht nach Süden in den ruhigen Innenhof; Küche und Bad wurden 2023 "
        "erneuert.</p></div></div><div class='expose-section'><h2>Lage</h2><div "
        "class='expose-comment'><p>Straßenbahn und Bäcker sind zwei Minuten entfernt, der "
        "Kanalpark fünf.</p></div></div><div class='contact-box'><h3>Anbieter kontaktieren"
        "</h3><form><input name='name'><button>Nachricht senden</button></form></div></div>"
        "</main><footer>Immo Example GmbH · Impressum</footer>",
    ),
    (
        "Die helle Wohnung liegt im zweiten Obergeschoss",
        "Küche und Bad wurden 2023 erneuert",
        "Straßenbahn und Bäcker sind zwei Minuten entfernt",
    ),
    ("Anbieter kontaktieren", "Nachricht senden"),
)

# --- Spanish, a product page whose long description is in a tab panel hidden by the
# 'hidden' attribute until the tab is chosen.
_add(
    "es_product_description_hidden_tab",
    "https://tienda.example.es/cafetera-italiana-6-tazas",
    _doc(
        "es",
        "Cafetera italiana 6 tazas",
        "<header><a href='/'>Casa Lupe</a><a href='/carrito'>Carrito</a></header><main "
        "class='product'><h1 class='product__title'>Cafetera italiana 6 tazas</h1><p "
        "class='product__price'>24,95 €</p><div class='product__short'><p>Cafetera de "
        "aluminio para fuego de gas y vitrocerámica.</p></div><div class='tabs' "
        "role='tablist'><button role='tab' aria-selected='true'>Envío</button><button "
        "role='tab' aria-selected='false'>Descripción</button></div><div role='tabpanel' "
        "id='tab-envio'><p>Envío gratis a partir de 40 euros.</p></div><div role='tabpanel' "
        "id='tab-desc' hidden><p>El cuerpo de aluminio fundido reparte el calor de forma "
        "uniforme y el café sale sin sabor a quemado.</p><p>La válvula de seguridad y la "
        "junta de silicona se cambian sin herramientas.</p></div></main><footer>Casa Lupe · "
        "Aviso legal</footer>",
    ),
    (
        "Cafetera de aluminio para fuego de gas y vitrocerámica.",
        "El cuerpo de aluminio fundido reparte el calor",
        "La válvula de seguridad y la junta de silicona",
    ),
    ("Aviso legal",),
)

# --- English, a personal blog post closing with short lines of its own (a sign-off, an
# emoticon) after the last paragraph.
_add(
    "en_blog_short_closing_lines",
    "https://jottings.example.net/2026/05/first-swim-of-the-year/",
    _wp(
        "en",
        "First swim of the year",
        "<p>The lake was eleven degrees this morning, which is cold enough to make you "
        "forget everything else for a minute.</p><p>I lasted four minutes, then stood on the "
        "jetty shaking and grinning like an idiot while two herons watched.</p><p>Same time "
        "next week?</p><p>See you there =)</p>",
    ),
    (
        "The lake was eleven degrees this morning",
        "I lasted four minutes, then stood on the jetty",
        "Same time next week?",
        "See you there =)",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Danish, a municipality's page built of accordion items whose bodies are collapsed
# with aria-hidden and a 'collapsed' class.
_add(
    "da_accordion_aria_hidden",
    "https://www.example-kommune.dk/affald-og-genbrug/storskrald",
    _doc(
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

# --- Portuguese (Portugal), a long encyclopedic page whose sections each sit in their own
# <section> elements after a figure, with a 'see also' list at the end.
_add(
    "pt_long_sections_in_section_elements",
    "https://enciclopedia.example.pt/artigos/moinhos-de-mare",
    _doc(
        "pt-PT",
        "Moinhos de maré",
        "<header class='topo'><a href='/'>Enciclopédia Example</a><form><input name='q'>"
        "</form></header><main><article class='verbete'><h1>Moinhos de maré</h1><section "
        "class='intro'><p>Os moinhos de maré aproveitam a subida e a descida da água nos "
        "estuários para moer cereais.</p></section><figure class='verbete-figura'><img "
        "src='/f/moinho.jpg' alt=''><figcaption>Um moinho restaurado no estuário do Lis."
        "</figcaption></figure><section id='funcionamento'><h2>Funcionamento</h2><p>Na "
        "preia-mar a água enche uma caldeira fechada por comportas; na baixa-mar sai pelas "
        "rodas e faz girar as mós.</p></section><section id='historia'><h2>História</h2><p>Os "
        "primeiros registos na costa atlântica datam do século XIII, em documentos de "
        "mosteiros.</p><p>No século XIX havia dezenas deles, mas o vapor e a eletricidade "
        "tornaram-nos obsoletos.</p></section><section class='ver-tambem'><h2>Ver também"
        "</h2><ul><li><a href='/artigos/azenhas'>Azenhas</a></li><li><a "
        "href='/artigos/moinhos-de-vento'>Moinhos de vento</a></li></ul></section></article>"
        "</main><footer>Conteúdo sob licença livre</footer>",
    ),
    (
        "aproveitam a subida e a descida da água",
        "Na preia-mar a água enche uma caldeira",
        "Os primeiros registos na costa atlântica datam do século XIII",
        "o vapor e a eletricidade tornaram-nos obsoletos",
    ),
    ("Conteúdo sob licença livre",),
)

# --- Italian, a blog post whose second half follows a 'related posts' box set inside it.
_add(
    "it_text_after_inline_related_box",
    "https://viaggi.example.it/trekking-val-d-orcia/",
    _wp(
        "it",
        "Trekking in Val d'Orcia",
        "<p>Il percorso ad anello parte da un borgo sulla collina e attraversa campi di grano "
        "per diciotto chilometri.</p><p>Conviene partire all'alba: dopo le undici non c'è un "
        "filo d'ombra.</p><div class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>"
        "Articoli correlati</h3><div class='jp-relatedposts-items'><div "
        "class='jp-relatedposts-post'><a href='/p/1'>Le terme libere della Maremma</a></div>"
        "<div class='jp-relatedposts-post'><a href='/p/2'>Dormire in un agriturismo</a></div>"
        "</div></div><h2>Dove mangiare</h2><p>A metà strada c'è una trattoria con sei tavoli; "
        "il pecorino con il miele vale la sosta.</p><p>L'acqua si trova solo alla fontana del "
        "secondo borgo, quindi portatene almeno due litri.</p>",
    ),
    (
        "attraversa campi di grano per diciotto chilometri",
        "dopo le undici non c'è un filo d'ombra",
        "il pecorino con il miele vale la sosta",
        "portatene almeno due litri",
    ),
    ("Le terme libere della Maremma", "Dormire in un agriturismo"),
)

# --- Japanese, a Q&A answer page where the best answer is in a 'comment'-like named box.
_add(
    "ja_qa_best_answer",
    "https://chiebukuro.example.jp/q/1093",
    _doc(
        "ja",
        "観葉植物の葉が黄色くなる原因は？",
        "<header class='g-header'><a href='/'>知恵の輪</a><a href='/login'>ログイン</a>"
        "</header><div class='main-column'><div class='question-box'><h1>観葉植物の葉が黄色く"
        "なる原因は？</h1><div class='question-text'><p>リビングのパキラの下の葉が次々に黄色く"
        "なります。水は週に二回あげています。</p></div></div><div class='best-answer'><h2>"
        "ベストアンサー</h2><div class='answer-comment'><p>冬に週二回は多すぎます。土の表面が"
        "乾いてから三日ほど待って水をあげてください。</p><p>根腐れしていたら、黒くなった根を切って"
        "新しい土に植え替えましょう。</p></div></div><div class='other-answers'><h2>その他の"
        "回答(1件)</h2><div class='answer-comment'><p>窓際で寒くなっていませんか。夜だけ部屋の"
        "中央に移すと良いです。</p></div></div></div><div class='side-column'><div "
        "class='ranking'><h3>人気の質問</h3><a href='/q/1'>多肉植物の冬越し</a></div></div>",
    ),
    (
        "リビングのパキラの下の葉が次々に黄色くなります",
        "土の表面が乾いてから三日ほど待って",
        "黒くなった根を切って新しい土に植え替えましょう",
        "夜だけ部屋の中央に移すと良いです",
    ),
    ("多肉植物の冬越し",),
)

# --- Polish, a timetable: a long table of short cells is the page's content.
_add(
    "pl_bus_timetable_table",
    "https://mpk.example.pl/rozklad/linia-17/przystanek-rynek",
    _doc(
        "pl",
        "Linia 17 – przystanek Rynek",
        "<div id='top'><a href='/'>MPK Example</a><ul class='menu'><li><a "
        "href='/rozklad'>Rozkład</a></li><li><a href='/bilety'>Bilety</a></li></ul></div>"
        "<div id='tresc'><h1>Linia 17 – przystanek Rynek</h1><p>Kierunek: Osiedle Słoneczne"
        "</p><table class='rozklad'><tr><th>Godz.</th><th>Dni robocze</th><th>Soboty</th>"
        "</tr><tr><td>5</td><td>12 42</td><td>—</td></tr><tr><td>6</td><td>02 17 32 47</td>"
        "<td>15 45</td></tr><tr><td>7</td><td>02 12 22 32 42 52</td><td>15 45</td></tr>"
        "<tr><td>8</td><td>07 27 47</td><td>15 45</td></tr></table><p class='uwagi'>Kursy "
        "oznaczone literą N obsługiwane są pojazdami niskopodłogowymi.</p></div><div "
        "id='stopka'>MPK Example sp. z o.o.</div>",
    ),
    (
        "Kierunek: Osiedle Słoneczne",
        "02 12 22 32 42 52",
        "obsługiwane są pojazdami niskopodłogowymi",
    ),
    ("MPK Example sp. z o.o.",),
)

# --- Korean, a government notice with the text in a table cell of a board layout.
_add(
    "ko_board_notice_table_cell",
    "https://www.example.go.kr/board/view?no=311",
    _doc(
        "ko",
        "도서관 휴관 안내",
        "<div id='header'><a href='/'>시립도서관</a><ul class='gnb'><li><a href='/notice'>"
        "공지사항</a></li><li><a href='/books'>자료검색</a></li></ul></div><div "
        "id='contents'><h2 class='sub-title'>공지사항</h2><table class='board-view'><tr><th>"
        "제목</th><td>도서관 휴관 안내</td></tr><tr><th>작성일</th><td>2026-06-01</td></tr>"
        "<tr><th>조회수</th><td>214</td></tr><tr><td colspan='2' class='view-content'><p>"
        "서고 정리를 위해 6월 10일부터 12일까지 본관이 휴관합니다.</p><p>휴관 기간에 반납하실 "
        "책은 정문 앞 무인반납함에 넣어 주시기 바랍니다.</p><p>분관은 정상 운영합니다.</p></td>"
        "</tr></table><div class='board-nav'><a href='/notice?no=310'>이전글</a><a "
        "href='/notice'>목록</a></div></div><div id='footer'>시립도서관 · 개인정보처리방침</div>",
    ),
    (
        "서고 정리를 위해 6월 10일부터 12일까지 본관이 휴관합니다",
        "정문 앞 무인반납함에 넣어 주시기 바랍니다",
        "분관은 정상 운영합니다.",
    ),
    ("개인정보처리방침", "이전글"),
)

# --- Turkish, a university department page where each staff member is a card: the page's
# text is a short intro, then the research areas as a list of lists.
_add(
    "tr_department_research_areas",
    "https://muh.example.edu.tr/insaat/arastirma",
    _doc(
        "tr",
        "Araştırma Alanları",
        "<div class='topbar'><a href='/'>Örnek Üniversitesi</a><a href='/en'>English</a>"
        "</div><nav class='mainmenu'><a href='/insaat'>Bölüm</a><a href='/insaat/akademik'>"
        "Akademik Kadro</a></nav><div class='page'><div class='col-left'><ul class='submenu'>"
        "<li><a href='/insaat/tarihce'>Tarihçe</a></li><li><a href='/insaat/laboratuvarlar'>"
        "Laboratuvarlar</a></li></ul></div><div class='col-main'><h1>Araştırma Alanları</h1>"
        "<p>Bölümümüzde beş ana dalda lisansüstü araştırma yapılmaktadır.</p><ul><li><strong>"
        "Yapı</strong><ul><li>Depreme dayanıklı yığma yapılar</li><li>Tarihi köprülerin "
        "güçlendirilmesi</li></ul></li><li><strong>Hidrolik</strong><ul><li>Kıyı erozyonu ve "
        "dalgakıranlar</li></ul></li><li><strong>Ulaştırma</strong><ul><li>Kent içi raylı "
        "sistemlerde yolcu akışı</li></ul></li></ul></div></div><div class='footer'>© Örnek "
        "Üniversitesi</div>",
    ),
    (
        "beş ana dalda lisansüstü araştırma yapılmaktadır",
        "Depreme dayanıklı yığma yapılar",
        "Tarihi köprülerin güçlendirilmesi",
        "Kıyı erozyonu ve dalgakıranlar",
        "Kent içi raylı sistemlerde yolcu akışı",
    ),
    ("Laboratuvarlar", "Akademik Kadro"),
)

# --- English, a man-page-like reference: the text is almost all <pre>.
_add(
    "en_manpage_pre",
    "https://man.example.org/1/tidy-logs",
    _doc(
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

# --- English, an old personal site in a table layout with <font> and <center>, the text in
# a cell beside a cell of links, paragraphs split by <br><br>.
_add(
    "en_old_table_layout_font",
    "http://members.example.net/~hwright/canal.html",
    _doc(
        "en",
        "The Ashby canal walk",
        "<center><font size='5' face='Arial'><b>Harold's Walking Pages</b></font></center>"
        "<table width='760' border='0' cellpadding='4'><tr><td width='150' valign='top' "
        "bgcolor='#ddeeff'><font size='2'><a href='index.html'>Home</a><br><a "
        "href='walks.html'>Walks</a><br><a href='links.html'>Links</a><br><a "
        "href='guestbook.html'>Guestbook</a></font></td><td valign='top'><font face='Arial' "
        "size='3'><b>The Ashby canal walk</b><br><br>We started at the stone bridge at nine "
        "and followed the towpath north for eleven miles, past three locks that no longer "
        "open.<br><br>The pub at the halfway point still serves soup in a mug, and the "
        "landlord keeps a map of every boat that has moored there since 1974.<br><br>Allow "
        "five hours and take a torch for the tunnel, which is longer than it looks.</font>"
        "</td></tr></table><center><font size='1'>You are visitor number 004512. Last "
        "updated 12/03/2004.</font></center>",
    ),
    (
        "We started at the stone bridge at nine",
        "the landlord keeps a map of every boat",
        "take a torch for the tunnel",
    ),
    ("You are visitor number", "Guestbook"),
)

# --- German, a Sphinx-free documentation page in plain HTML whose text is mostly code
# blocks with a line of prose before each.
_add(
    "de_docs_code_heavy",
    "https://doku.example.de/backup/restic-einrichten",
    _doc(
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

# --- French, a long how-to whose sections are each in a <div class='step'> with a number
# badge, a picture and a paragraph, and an ad slot between steps.
_add(
    "fr_howto_steps_with_ads",
    "https://bricolage.example.fr/poser-une-etagere",
    _doc(
        "fr",
        "Poser une étagère murale",
        "<header><a href='/'>Bricolo</a></header><main><article class='guide'><h1>Poser une "
        "étagère murale</h1><p class='chapo'>Une heure et une perceuse suffisent, à "
        "condition de choisir les bonnes chevilles.</p><div class='step'><span "
        "class='step-num'>1</span><h2>Repérer les montants</h2><img src='/s/1.jpg' alt=''>"
        "<p>Sur une cloison en plaques de plâtre, cherchez les montants métalliques avec un "
        "aimant.</p></div><div class='ad-slot'><p>Publicité</p></div><div class='step'><span "
        "class='step-num'>2</span><h2>Percer</h2><img src='/s/2.jpg' alt=''><p>Percez au "
        "diamètre indiqué sur la boîte de chevilles, sans percussion dans le plâtre.</p></div>"
        "<div class='step'><span class='step-num'>3</span><h2>Fixer et vérifier</h2><p>Vissez "
        "les équerres, posez la planche puis contrôlez le niveau avant de serrer à fond.</p>"
        "</div></article></main><footer>Bricolo · Conditions d'utilisation</footer>",
    ),
    (
        "cherchez les montants métalliques avec un aimant",
        "sans percussion dans le plâtre",
        "contrôlez le niveau avant de serrer à fond",
    ),
    ("Publicité", "Conditions d'utilisation"),
)

# --- Czech, a sports club's results page: a match report table per round, each under an
# h3, no prose at all besides the tables.
_add(
    "cs_results_tables_only",
    "https://tj.example.cz/volejbal/vysledky-2026",
    _doc(
        "cs",
        "Výsledky sezóny 2026",
        "<div id='hlavicka'><a href='/'>TJ Sokol Example</a><ul><li><a href='/volejbal'>"
        "Volejbal</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></div><div id='obsah'>"
        "<h1>Výsledky sezóny 2026</h1><h3>1. kolo</h3><table><tr><td>Sokol Example</td><td>"
        "Jiskra Horní Ves</td><td>3:1</td></tr><tr><td>Slavoj Dolany</td><td>Sokol "
        "Example B</td><td>0:3</td></tr><tr><td>Lokomotiva Brod</td><td>Tatran Lhota</td><td>"
        "3:2</td></tr></table><h3>2. kolo</h3><table><tr><td>Lokomotiva "
        "Brod</td><td>Sokol Example</td><td>2:3</td></tr><tr><td>Sokol Example B</td><td>"
        "Jiskra Horní Ves</td><td>1:3</td></tr><tr><td>Tatran Lhota</td><td>Slavoj Dolany</td>"
        "<td>3:0</td></tr></table></div><div id='paticka'>TJ Sokol "
        "Example, z. s.</div>",
    ),
    (
        "Jiskra Horní Ves",
        "Slavoj Dolany",
        "Lokomotiva Brod",
        "2. kolo",
    ),
    ("TJ Sokol Example, z. s.",),
)

# --- Spanish, a blog post quoting a long passage of a book in a <blockquote>, and a pull
# quote of the author's own line set in an <aside>.
_add(
    "es_long_quoted_passage",
    "https://lecturas.example.com.ar/2026/03/el-rio-de-los-patos/",
    _wp(
        "es",
        "Releyendo «El río de los patos»",
        "<p>Volví a la novela después de veinte años y lo primero que me sorprendió fue el "
        "comienzo, que recordaba de otra manera.</p><blockquote class='wp-block-quote'><p>El "
        "río bajaba gordo de lluvia y los patos no sabían si nadar o dejarse llevar. Mi padre "
        "decía que los patos, como los hombres, elegían dejarse llevar.</p><cite>Capítulo "
        "uno</cite></blockquote><p>En mi memoria la frase era del abuelo, no del padre, y "
        "ese cambio lo cambia todo.</p><aside class='pullquote'><p>Releer es descubrir que "
        "uno también fue otro lector.</p></aside><p>Releer es descubrir que uno también fue "
        "otro lector, y que la novela esperó con paciencia.</p>",
    ),
    (
        "Volví a la novela después de veinte años",
        "los patos, como los hombres, elegían dejarse llevar",
        "En mi memoria la frase era del abuelo",
        "y que la novela esperó con paciencia",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Dutch, a checklist: a long list of short items is the text.
_add(
    "nl_checklist_short_items",
    "https://kampeer.example.nl/paklijst-kanotocht",
    _doc(
        "nl",
        "Paklijst voor een kanotocht",
        "<header class='site-header'><a href='/'>Buiten Slapen</a><nav><a href='/routes'>"
        "Routes</a><a href='/tips'>Tips</a></nav></header><main><article class='post'><h1>"
        "Paklijst voor een kanotocht</h1><p>Alles wat mee moet voor drie dagen op het water, "
        "in de volgorde waarin wij inpakken.</p><ul class='checklist'><li>Waterdichte "
        "tonnen</li><li>Zwemvest</li><li>Reservepeddel</li><li>Tent en haringen</li><li>"
        "Slaapzak in plastic zak</li><li>Brander en gas</li><li>Waterfilter</li><li>"
        "Hoofdlamp</li><li>Zonnebrand</li><li>Kaart in hoes</li></ul><p>Vergeet niet de "
        "tonnen thuis al eens te vullen: wat niet past, blijft thuis.</p></article><aside "
        "class='related'><h3>Lees ook</h3><a href='/tips/1'>Kamperen zonder vuur</a></aside>"
        "</main><footer>Buiten Slapen · Privacy</footer>",
    ),
    (
        "Waterdichte tonnen",
        "Reservepeddel",
        "Slaapzak in plastic zak",
        "Kaart in hoes",
        "wat niet past, blijft thuis",
    ),
    ("Kamperen zonder vuur",),
)

# --- English, an encyclopedia-like entry with footnote markers, a references list and an
# external links list at the end.
_add(
    "en_entry_footnotes_references",
    "https://history.example.org/entries/tollhouse-riots",
    _doc(
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
_add(
    "el_faq_definition_list",
    "https://bibliothiki.example.gr/syxnes-erotiseis",
    _doc(
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

# --- Chinese (Traditional), a government service page whose steps are in an ordered list of
# <div>s, each with a title and a description, and a downloads table.
_add(
    "zh_tw_service_steps_divs",
    "https://www.example.gov.tw/service/moving-registration",
    _doc(
        "zh-TW",
        "遷入登記",
        "<div class='header'><a href='/'>戶政事務所</a><ul class='menu'><li><a href='/svc'>"
        "服務項目</a></li></ul></div><div class='container'><div class='content'><h2>遷入登記"
        "</h2><div class='intro'>遷入新住址後三十日內，應向新住址所在地的戶政事務所辦理登記。"
        "</div><div class='steps'><div class='step-item'><div class='step-title'>步驟一</div>"
        "<div class='step-desc'>攜帶身分證、印章及新住址的房屋證明文件。</div></div><div "
        "class='step-item'><div class='step-title'>步驟二</div><div class='step-desc'>到櫃檯"
        "填寫申請書並繳回舊的戶口名簿。</div></div><div class='step-item'><div "
        "class='step-title'>步驟三</div><div class='step-desc'>領取新的戶口名簿，約需二十分鐘。"
        "</div></div></div></div></div><div class='footer'>戶政事務所 版權所有</div>",
    ),
    (
        "遷入新住址後三十日內",
        "攜帶身分證、印章及新住址的房屋證明文件",
        "填寫申請書並繳回舊的戶口名簿",
        "領取新的戶口名簿，約需二十分鐘",
    ),
    ("版權所有",),
)

# --- Russian, a product review page with pros and cons lists and a verdict.
_add(
    "ru_review_pros_cons",
    "https://obzor.example.ru/naushniki/tishina-x2",
    _wp(
        "ru",
        "Обзор наушников «Тишина X2»",
        "<p>Мы две недели носили «Тишину X2» в метро, в самолёте и в офисе с открытой "
        "планировкой.</p><div class='pros-cons'><div class='pros'><h4>Плюсы</h4><ul><li>"
        "Шумоподавление лучше, чем у прошлой модели</li><li>Тридцать часов работы</li></ul>"
        "</div><div class='cons'><h4>Минусы</h4><ul><li>Скрипит оголовье</li><li>Нет "
        "чехла в комплекте</li></ul></div></div><h2>Вердикт</h2><p>За свою цену это лучшие "
        "наушники для поездок, если вас не смущает скрип.</p>",
    ),
    (
        "Мы две недели носили «Тишину X2» в метро",
        "Шумоподавление лучше, чем у прошлой модели",
        "Скрипит оголовье",
        "Нет чехла в комплекте",
        "это лучшие наушники для поездок",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Indonesian, a university announcement whose text sits in a Joomla item page.
_add(
    "id_joomla_item_page",
    "https://www.example-univ.ac.id/index.php/pengumuman/123-beasiswa",
    _doc(
        "id",
        "Pendaftaran Beasiswa Prestasi",
        "<div id='sp-header'><a href='/'>Universitas Example</a><ul class='sp-megamenu'><li>"
        "<a href='/akademik'>Akademik</a></li></ul></div><section id='sp-main-body'><div "
        "class='container'><div class='row'><main id='sp-component' class='col-lg-9'><div "
        "class='item-page' itemscope itemtype='https://schema.org/Article'><div "
        "class='page-header'><h2 itemprop='headline'>Pendaftaran Beasiswa Prestasi</h2></div>"
        "<dl class='article-info'><dt class='article-info-term'>Detail</dt><dd "
        "class='category-name'>Kategori: <a href='/pengumuman'>Pengumuman</a></dd><dd "
        "class='hits'>Dilihat: 1042</dd></dl><div itemprop='articleBody'><p>Pendaftaran "
        "beasiswa prestasi semester ganjil dibuka sampai akhir bulan ini.</p><p>Syarat utama "
        "adalah IPK minimal 3,5 dan surat rekomendasi dari dosen wali.</p><ol><li>Isi "
        "formulir daring</li><li>Unggah transkrip nilai</li></ol></div><ul class='pager "
        "pagenav'><li class='previous'><a href='/p/122'>Sebelumnya</a></li></ul></div></main>"
        "<aside id='sp-right' class='col-lg-3'><div class='sp-module'><h3>Agenda</h3><ul><li>"
        "Wisuda periode II</li></ul></div></aside></div></div></section><footer "
        "id='sp-footer'>© Universitas Example</footer>",
    ),
    (
        "dibuka sampai akhir bulan ini",
        "IPK minimal 3,5 dan surat rekomendasi",
        "Unggah transkrip nilai",
    ),
    ("Dilihat: 1042", "Wisuda periode II", "Sebelumnya"),
)

# --- Portuguese, a Blogger post: the text directly in the post body's <div>, lines split by
# <br>, a picture in a separator <div> between them.
_add(
    "pt_blogger_div_br_post",
    "https://receitasdavovo.example.blogspot.com/2026/02/bolo-de-fuba.html",
    _doc(
        "pt-BR",
        "Receitas da Vovó: Bolo de fubá cremoso",
        "<div class='header-outer'><h1 class='title'><a href='/'>Receitas da Vovó</a></h1></div>"
        "<div class='main-outer'><div class='main section' id='main'><div class='blog-posts "
        "hfeed'><div class='date-outer'><h2 class='date-header'><span>sábado, 14 de fevereiro"
        "</span></h2><div class='post-outer'><div class='post hentry'><h3 class='post-title "
        "entry-title'>Bolo de fubá cremoso</h3><div class='post-body entry-content' "
        "id='post-body-881'>Esse bolo a minha avó fazia todo domingo, e a casa inteira "
        "ficava com cheiro de erva-doce.<br><br><div class='separator'><a href='/i/bolo.jpg'>"
        "<img src='/i/bolo-s.jpg'></a></div><br>Bata no liquidificador quatro ovos, três "
        "xícaras de leite, duas de açúcar e uma de fubá.<br>Despeje na forma untada e leve "
        "ao forno médio por quarenta minutos.<br><br>O creme se forma sozinho no meio do bolo, "
        "não precisa fazer nada.<br></div><div class='post-footer'><span "
        "class='post-author'>Postado por Dona Cida</span> <span class='post-comment-link'><a "
        "href='#comments'>3 comentários</a></span></div></div></div></div></div></div></div>"
        "<div class='sidebar-outer'><div class='widget BlogArchive'><h2>Arquivo do blog</h2>"
        "<ul><li><a href='/2026/01/'>janeiro (4)</a></li></ul></div></div>",
    ),
    (
        "a casa inteira ficava com cheiro de erva-doce",
        "Bata no liquidificador quatro ovos",
        "leve ao forno médio por quarenta minutos",
        "O creme se forma sozinho no meio do bolo",
    ),
    ("Arquivo do blog", "3 comentários"),
)

# --- Korean, a blog in a smart editor's markup: every paragraph a component of its own.
_add(
    "ko_smarteditor_components",
    "https://blog.example.kr/hanuri/2231",
    _doc(
        "ko",
        "제주 올레 7코스 걷기",
        "<div id='header'><a href='/'>하누리의 걷기 일기</a></div><div id='post-area'><div "
        "class='se-main-container'><div class='se-component se-documentTitle'><div "
        "class='se-title-text'><span>제주 올레 7코스 걷기</span></div></div><div "
        "class='se-component se-text'><div class='se-module se-module-text'><p "
        "class='se-text-paragraph'><span>외돌개에서 출발해서 월평까지 약 열일곱 킬로미터를 "
        "걸었습니다.</span></p></div></div><div class='se-component se-image'><div "
        "class='se-module se-module-image'><img src='/i/olle.jpg'></div></div><div "
        "class='se-component se-text'><div class='se-module se-module-text'><p "
        "class='se-text-paragraph'><span>바닷가 절벽 길이 이어져서 바람이 강한 날은 조심해야 "
        "합니다.</span></p><p class='se-text-paragraph'><span>중간에 있는 작은 카페에서 "
        "귤 주스를 꼭 드셔 보세요.</span></p></div></div></div><div class='post-btn'><a "
        "href='#'>공감 12</a><a href='#'>댓글 3</a></div></div><div id='footer'>하누리의 "
        "걷기 일기 © 2026</div>",
    ),
    (
        "외돌개에서 출발해서 월평까지",
        "바람이 강한 날은 조심해야 합니다",
        "귤 주스를 꼭 드셔 보세요",
    ),
    ("공감 12",),
)

# --- English, an MkDocs Material page: content tabs (the second hidden by CSS), a
# collapsed <details> admonition, a code block with a copy button.
_add(
    "en_mkdocs_material_tabs_details",
    "https://docs.example.dev/install/",
    _doc(
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

# --- Japanese, a diary-style blog whose text is <div> lines, one sentence a <div>, and
# empty <div><br></div> lines between paragraphs.
_add(
    "ja_blog_div_lines",
    "https://ameblo.example.jp/kotori-no-niwa/entry-1200.html",
    _doc(
        "ja",
        "ベランダのミニトマト",
        "<div class='skin-header'><a href='/'>小鳥の庭</a></div><div class='skin-main'>"
        "<article class='skin-entry'><h1 class='skin-entryTitle'>ベランダのミニトマト</h1>"
        "<div class='skin-entryBody' id='entryBody'><div>今年もベランダでミニトマトを"
        "育てています。</div><div><br></div><div>五月に苗を三本買って、大きめのプランターに"
        "植えました。</div><div>毎朝の水やりが日課になっています。</div><div><br></div><div>"
        "昨日、最初の一粒が赤くなりました！</div></div><div class='skin-entryFooter'><a "
        "href='#'>いいね！</a><a href='/theme/'>テーマ：家庭菜園</a></div></article></div>"
        "<div class='skin-footer'>Example ブログ</div>",
    ),
    (
        "今年もベランダでミニトマトを育てています。",
        "大きめのプランターに植えました",
        "毎朝の水やりが日課になっています",
        "最初の一粒が赤くなりました",
    ),
    ("いいね！",),
)

# --- Arabic, an encyclopedia entry with sections and a data table in the middle.
_add(
    "ar_entry_sections_table",
    "https://mawsua.example.org/wiki/واحة_النخيل",
    _doc(
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

# --- Hindi, a government scheme page: eligibility as a list, benefits as a table.
_add(
    "hi_scheme_page_list_table",
    "https://yojana.example.gov.in/kisan-sinchai",
    _doc(
        "hi",
        "किसान सिंचाई सहायता योजना",
        "<div class='gov-top'><a href='/'>कृषि विभाग</a><a href='/en'>English</a></div><div "
        "class='container'><div class='row'><div class='col-md-3 left-menu'><ul><li><a "
        "href='/yojana'>सभी योजनाएँ</a></li><li><a href='/sampark'>संपर्क</a></li></ul></div>"
        "<div class='col-md-9 inner-content'><h1>किसान सिंचाई सहायता योजना</h1><p>इस योजना में "
        "छोटे किसानों को ड्रिप सिंचाई लगाने के लिए अनुदान दिया जाता है।</p><h2>पात्रता</h2><ul>"
        "<li>किसान के पास दो हेक्टेयर से कम भूमि हो</li><li>भूमि राज्य में पंजीकृत हो</li></ul>"
        "<h2>अनुदान</h2><table class='table'><tr><th>श्रेणी</th><th>अनुदान</th></tr><tr><td>"
        "सीमांत किसान</td><td>लागत का 80 प्रतिशत</td></tr><tr><td>लघु किसान</td><td>लागत का "
        "70 प्रतिशत</td></tr></table></div></div></div><div class='gov-footer'>अंतिम अद्यतन: "
        "10-04-2026 | वेबसाइट नीति</div>",
    ),
    (
        "ड्रिप सिंचाई लगाने के लिए अनुदान दिया जाता है",
        "किसान के पास दो हेक्टेयर से कम भूमि हो",
        "लागत का 80 प्रतिशत",
        "लागत का 70 प्रतिशत",
    ),
    ("वेबसाइट नीति",),
)

# --- English, a phpBB-like forum post whose text sits directly in div.content with <br>s.
_add(
    "en_phpbb_post_content_br",
    "https://forum.example.net/viewtopic.php?t=7710",
    _doc(
        "en",
        "Restoring a 1960s radio - Example Forum",
        "<div id='wrap'><div class='headerbar'><a href='/'>Valve Radio Forum</a></div><div "
        "class='navbar'><a href='/faq'>FAQ</a> <a href='/login'>Login</a></div><h2 "
        "class='topic-title'><a href='#'>Restoring a 1960s radio</a></h2><div id='p1' "
        "class='post bg2'><div class='postbody'><h3 class='first'>Restoring a 1960s radio"
        "</h3><p class='author'>by <a href='/u/1'>anodeglow</a> » Tue Mar 03, 2026 9:12 pm"
        "</p><div class='content'>Picked up a cabinet set at a car boot sale for two "
        "pounds.<br>Dial lamp works, but there is a loud hum on every station.<br><br>Where "
        "should I start?</div></div><dl class='postprofile'><dt>anodeglow</dt><dd>Posts: 12"
        "</dd></dl></div><div id='p2' class='post bg1'><div class='postbody'><h3>Re: "
        "Restoring a 1960s radio</h3><p class='author'>by <a href='/u/2'>heptode</a> » Tue Mar "
        "03, 2026 10:40 pm</p><div class='content'>A hum on every station is nearly always "
        "the smoothing capacitors.<br>Replace both before you power it up again.</div></div>"
        "<dl class='postprofile'><dt>heptode</dt><dd>Posts: 4410</dd></dl></div><div "
        "class='stat-block online-list'><h3>Who is online</h3><p>Users browsing this forum: "
        "no registered users and 3 guests</p></div></div>",
    ),
    (
        "Picked up a cabinet set at a car boot sale",
        "there is a loud hum on every station",
        "nearly always the smoothing capacitors",
        "Replace both before you power it up again.",
    ),
    ("Users browsing this forum", "Posts: 4410"),
)

# --- Swedish, an article page of a municipality whose text is split: the standfirst in a
# <div class='ingress'>, the rest in sections each with a heading.
_add(
    "sv_municipal_sections",
    "https://www.example-kommun.se/bygga-bo/bygglov/altan",
    _doc(
        "sv",
        "Bygga altan",
        "<header class='sv-header'><a href='/'>Example kommun</a><nav><a href='/bygga-bo'>"
        "Bygga och bo</a></nav></header><main id='main'><div class='sv-layout'><div "
        "class='sv-text-portlet sv-use-margins'><h1 class='heading'>Bygga altan</h1></div><div "
        "class='sv-text-portlet'><div class='sv-text-portlet-content'><p class='ingress'>Du "
        "behöver oftast inget bygglov för en altan som är lägre än en meter.</p></div></div>"
        "<div class='sv-text-portlet'><div class='sv-text-portlet-content'><h2 "
        "class='subheading'>När behövs bygglov?</h2><p class='normal'>Om altanen är högre än "
        "en meter eller ligger närmare tomtgränsen än fyra och en halv meter behöver du "
        "bygglov.</p></div></div><div class='sv-text-portlet'><div "
        "class='sv-text-portlet-content'><h2 class='subheading'>Grannarnas medgivande</h2><p "
        "class='normal'>Bygger du nära gränsen ska grannen skriva under en ritning som visar "
        "altanens placering.</p></div></div><div class='sv-text-portlet sv-related'><div "
        "class='sv-text-portlet-content'><p>Senast uppdaterad: 2 mars 2026</p></div></div>"
        "</div></main><footer class='sv-footer'><p>Example kommun, 123 45 Exempelstad</p>"
        "</footer>",
    ),
    (
        "Du behöver oftast inget bygglov för en altan",
        "närmare tomtgränsen än fyra och en halv meter",
        "grannen skriva under en ritning",
    ),
    ("123 45 Exempelstad",),
)


# ---------------------------------------------------------------------------------------
# Round 34: the structures of the trafilatura set's pages (blogs, shops, clubs, councils):
# text inside a page-wide <form>, beside a form or a sign-up box, split by ad slots, in two
# columns, in several <article>s or going on after one; readers' comments and boxes of
# excerpts beside the text; roundups whose headings link what they present; embedded posts.
# --- German, ASP.NET WebForms: the whole page inside one <form>, text in a content panel.
_add(
    "de_aspnet_form_page",
    "https://www.example-verband.de/aktuelles/meldung.aspx?id=412",
    _doc(
        "de",
        "Sommerfest am Vereinsheim",
        "<form method='post' action='./meldung.aspx?id=412' id='aspnetForm'><div "
        "class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' value='abc'></div>"
        "<div id='header'><a href='/'>Example-Verband</a><div id='ctl00_pnlSuche' "
        "class='suche'><label for='q'>Suche</label><input type='text' id='q' name='q'><input "
        "type='submit' value='Los'></div><ul id='nav'><li><a href='/verein'>Verein</a></li>"
        "<li><a href='/termine'>Termine</a></li></ul></div><div id='ctl00_main' "
        "class='main'><div id='ctl00_ContentPlaceHolder1_pnlMeldung'><h1>Sommerfest am "
        "Vereinsheim</h1><span id='ctl00_ContentPlaceHolder1_lblDatum'>12.06.2026</span><br>"
        "<span id='ctl00_ContentPlaceHolder1_lblText'>Am letzten Samstag feierten rund "
        "zweihundert Mitglieder und Gäste das Sommerfest am Vereinsheim am Mühlbach.<br><br>"
        "Die Jugendabteilung hatte einen Parcours mit sieben Stationen aufgebaut, an dem sich "
        "auch viele Eltern versuchten.<br><br>Der Vorstand dankt allen Helferinnen und "
        "Helfern, ohne die das Fest nicht möglich gewesen wäre.</span></div></div><div "
        "id='footer'>© Example-Verband e.V. · <a href='/impressum'>Impressum</a></div></form>",
    ),
    (
        "rund zweihundert Mitglieder und Gäste",
        "Parcours mit sieben Stationen",
        "ohne die das Fest nicht möglich gewesen wäre",
    ),
    ("Impressum",),
)
# --- French, a contact page: text, a form, a line after the form.
_add(
    "fr_text_beside_form",
    "https://www.atelier-exemple.fr/inscription-stage",
    _doc(
        "fr",
        "Inscription au stage de poterie",
        "<header class='site-header'><a href='/'>Atelier Exemple</a></header><main "
        "class='page'><article class='page-content'><h1>Inscription au stage de poterie</h1>"
        "<p>Le stage d'été se déroule sur cinq matinées, du lundi au vendredi, dans l'atelier "
        "de la rue des Tanneurs.</p><p>Les places sont limitées à huit participants ; la terre "
        "et les cuissons sont comprises dans le prix de 180 euros.</p><form "
        "class='wpcf7-form' method='post'><p><label>Votre nom<br><input type='text' "
        "name='nom'></label></p><p><label>Votre e-mail<br><input type='email' "
        "name='mail'></label></p><p><label>Votre message<br><textarea "
        "name='msg'></textarea></label></p><p><input type='submit' value='Envoyer'></p>"
        "</form><p>Nous confirmons chaque inscription par courrier électronique sous deux "
        "jours ouvrés.</p></article></main><footer class='site-footer'><p>Atelier Exemple, "
        "12 rue des Tanneurs</p></footer>",
    ),
    (
        "cinq matinées, du lundi au vendredi",
        "limitées à huit participants",
        "sous deux jours ouvrés",
    ),
    ("Votre e-mail", "12 rue des Tanneurs"),
)
# --- Spanish, a story split by an in-article ad into two containers of different names.
_add(
    "es_text_split_by_ad",
    "https://www.diario-ejemplo.es/cultura/festival-de-titeres",
    _doc(
        "es",
        "El festival de títeres vuelve a la plaza mayor",
        "<header class='cabecera'><a href='/'>Diario Ejemplo</a></header><main><article "
        "class='noticia'><h1>El festival de títeres vuelve a la plaza mayor</h1><div "
        "class='noticia-cuerpo'><p>Después de dos años de obras, el festival de títeres "
        "regresa este verano a la plaza mayor con once compañías.</p><p>La organización ha "
        "ampliado el programa a las mañanas para acercar las funciones a los colegios.</p>"
        "</div><div class='publicidad publicidad-intext'><span>Publicidad</span><div "
        "id='div-gpt-ad-intext-1'></div></div><div class='noticia-continuacion'><p>Entre las "
        "novedades destaca un taller en el que los niños construyen su propio títere con "
        "materiales reciclados.</p><p>Las entradas para las funciones de tarde cuestan cuatro "
        "euros y se venden en la oficina de turismo.</p></div></article></main><footer "
        "class='pie'><p>© Diario Ejemplo</p></footer>",
    ),
    (
        "regresa este verano a la plaza mayor",
        "construyen su propio títere con materiales reciclados",
        "se venden en la oficina de turismo",
    ),
    ("Publicidad",),
)
# --- Polish, a blog post with readers' comments in a section named in Polish.
_add(
    "pl_blog_comments_named_in_polish",
    "https://blog-przyklad.pl/2026/03/kiszenie-ogorkow",
    _doc(
        "pl",
        "Kiszenie ogórków w słoikach",
        "<div class='wrapper'><header><a href='/'>Blog Przykład</a></header><div "
        "class='tresc'><div class='wpis'><h1>Kiszenie ogórków w słoikach</h1><p>Ogórki "
        "najlepiej kisić w dniu zakupu, zanim zdążą zmięknąć.</p><p>Na litr wody daję płaską "
        "łyżkę soli kamiennej, kilka ząbków czosnku i koper z baldachami.</p><p>Słoiki "
        "stawiam na trzy dni w kuchni, a potem przenoszę do piwnicy.</p><p>Po dwóch "
        "tygodniach ogórki są gotowe, ale najlepsze robią się dopiero po miesiącu, kiedy "
        "zalewa stanie się mętna i kwaśna.</p><p>Jeśli na powierzchni pojawi się biały "
        "nalot, zbieram go łyżką; to zwykle nieszkodliwe drożdże.</p></div><div "
        "class='komentarze'><h3>Komentarze (2)</h3><div class='komentarz'><p "
        "class='autor'>Basia, 12.03.2026 o 18:40</p><p>U mnie zawsze dodaję liść chrzanu, "
        "są wtedy bardziej chrupiące.</p></div><div class='komentarz'><p class='autor'>Tomek, "
        "13.03.2026 o 07:15</p><p>Czy można "
        "użyć soli jodowanej, czy ogórki wtedy miękną?</p></div></div></div><footer><p>Blog "
        "Przykład 2026</p></footer></div>",
    ),
    (
        "kisić w dniu zakupu",
        "płaską łyżkę soli kamiennej",
        "przenoszę do piwnicy",
    ),
    ("liść chrzanu", "soli jodowanej"),
)
# --- French, a SPIP blog: the post, a forum of readers' messages, a sidebar with the blog's
# description and a disclaimer.
_add(
    "fr_spip_blog_forum_and_sidebar",
    "https://blogs.exemple-revue.fr/carnet/le-port-endormi",
    _doc(
        "fr",
        "Le port endormi",
        "<div id='page'><div id='entete'><a href='/'>Les carnets de la Revue</a></div><div "
        "id='colonnes'><div id='principal'><div class='entete-article'><h1 class='titre'>Le port "
        "endormi</h1><p class='info-publi'>par Lucie Armand, 4 mars 2026</p></div><div "
        "class='texte'><p>Le petit port de Saint-Aubrac n'accueille plus qu'une dizaine de "
        "chalutiers, contre plus de quarante il y a trente ans.</p><p>Sur le quai, les "
        "casiers empilés et les filets qui sèchent rappellent pourtant que la pêche "
        "côtière n'a pas tout à fait disparu, même si les jeunes se font rares.</p><p>Les "
        "anciens entrepôts "
        "de la criée abritent aujourd'hui un atelier de voilerie et une école de "
        "navigation.</p><p>La municipalité espère attirer des plaisanciers en agrandissant le "
        "bassin à flot d'ici trois ans.</p></div><div class='forum-repondre'><a "
        "href='/forum'>Répondre à ce billet</a></div><ul class='forum'><li><div "
        "class='forum-chapo'><span class='forum-titre'>Et les pêcheurs ?</span> <span "
        "class='forum-date'>(5 mars 2026 @09h12)</span></div><div class='forum-texte'><p>On "
        "parle des plaisanciers, mais personne ne demande aux pêcheurs ce qu'ils en "
        "pensent.</p></div><div class='forum-auteur'>Marin56</div></li><li><div "
        "class='forum-chapo'><span class='forum-titre'>Souvenirs</span> <span "
        "class='forum-date'>(5 mars 2026 @11h40)</span></div><div class='forum-texte'><p>J'y "
        "allais enfant avec mon grand-père, le marché aux poissons était immense.</p></div>"
        "<div class='forum-auteur'>Odile</div></li></ul></div><div id='navigation'><div "
        "class='bloc-presentation'><h2>Les carnets de la Revue</h2><p>Un carnet de route sur "
        "les côtes et les ports, tenu par la rédaction depuis 2012.</p></div><div "
        "class='bloc-avertissement'><p>Chaque billet ne reflète que le point de vue de la "
        "personne qui l'a signé.</p></div></div></div></div>",
    ),
    (
        "une dizaine de chalutiers",
        "atelier de voilerie et une école de navigation",
        "en agrandissant le bassin à flot",
    ),
    (
        "personne ne demande aux pêcheurs",
        "le marché aux poissons était immense",
        "tenu par la rédaction depuis 2012",
        "la personne qui l'a signé",
    ),
)
# --- English, an <article> that holds only the header; the text in a sibling div.
_add(
    "en_article_holds_only_header",
    "https://www.example-trust.org.uk/news/orchard-planting-day",
    _doc(
        "en",
        "Orchard planting day draws a record crowd",
        "<header class='site-header'><a href='/'>Example Trust</a><nav><a href='/news'>News"
        "</a></nav></header><main class='site-main'><article class='news-item'><header "
        "class='news-item__header'><h1>Orchard planting day draws a record crowd</h1><p "
        "class='news-item__date'>14 March 2026</p></header></article><div "
        "class='news-item__body rich-text'><p>More than three hundred volunteers planted "
        "ninety fruit trees at the old rectory field on Saturday.</p><p>The varieties include "
        "local apples that had almost disappeared, grafted from the last trees in village "
        "gardens.</p><p>The trust will hold a pruning workshop in the orchard next winter.</p>"
        "</div><section class='related-news'><h2>More news</h2><article class='card'><h3><a "
        "href='/news/1'>Bat survey results are in</a></h3><p>Our volunteers counted six "
        "species this summer.</p></article><article class='card'><h3><a href='/news/2'>New "
        "footpath opens</a></h3><p>The riverside path is now open to wheelchairs.</p>"
        "</article></section></main><footer class='site-footer'><p>Registered charity "
        "100200</p></footer>",
    ),
    (
        "three hundred volunteers planted ninety fruit trees",
        "grafted from the last trees in village gardens",
        "pruning workshop in the orchard",
    ),
    ("counted six species this summer", "now open to wheelchairs"),
)
# --- Turkish, a text set in two columns side by side.
_add(
    "tr_text_in_two_columns",
    "https://www.ornek-belediye.gov.tr/tarihce",
    _doc(
        "tr",
        "İlçemizin Tarihçesi",
        "<header class='ust'><a href='/'>Örnek Belediyesi</a><nav><a href='/'>Ana Sayfa</a>"
        "<a href='/iletisim'>İletişim</a></nav></header><div class='container'><h1>İlçemizin "
        "Tarihçesi</h1><div class='row'><div class='col-md-6'><p>İlçemizin bilinen ilk "
        "yerleşimi, nehir kıyısındaki höyükte bulunan çanak çömlek parçalarına göre dört bin "
        "yıl öncesine uzanır.</p><p>Orta Çağ'da kervan yolunun üzerinde bulunan kasaba, "
        "hanları ve çarşısıyla bölgenin ticaret merkezi oldu.</p></div><div "
        "class='col-md-6'><p>Yirminci yüzyılın başında açılan demiryolu istasyonu, kasabanın "
        "nüfusunu kısa sürede iki katına çıkardı.</p><p>Bugün ilçemiz, tarihi çarşısı ve "
        "bağlarıyla her yıl binlerce ziyaretçiyi ağırlamaktadır.</p></div></div></div>"
        "<footer class='alt'><p>Örnek Belediyesi © 2026</p></footer>",
    ),
    (
        "dört bin yıl öncesine uzanır",
        "bölgenin ticaret merkezi oldu",
        "nüfusunu kısa sürede iki katına çıkardı",
        "binlerce ziyaretçiyi ağırlamaktadır",
    ),
    ("Örnek Belediyesi © 2026",),
)
# --- Dutch, a newsletter sign-up form set inside the text; the text goes on after it.
_add(
    "nl_signup_form_inside_text",
    "https://www.voorbeeld-tuinblog.nl/moestuin-in-maart",
    _doc(
        "nl",
        "De moestuin in maart",
        "<header><a href='/'>Voorbeeld Tuinblog</a></header><main><article class='post'><h1>De "
        "moestuin in maart</h1><div class='post-content'><p>In maart zaai ik de eerste "
        "tuinbonen direct in de volle grond, zodra die niet meer bevroren is.</p><p>Tomaten "
        "en paprika's zaai ik binnen op de vensterbank, in kleine potjes met zaaigrond.</p>"
        "<div class='mc4wp-form-box'><form class='mc4wp-form'><p>Schrijf je in voor onze "
        "nieuwsbrief en mis geen tuintip meer.</p><input type='email' placeholder='Je "
        "e-mailadres'><button>Aanmelden</button></form></div><p>Vergeet niet de "
        "aardbeienplanten te verspenen: de uitlopers die vorig jaar wortel schoten geven nu "
        "sterke nieuwe planten.</p><p>Eind maart kunnen ook de eerste radijsjes onder een "
        "vliesdoek de grond in.</p></div></article></main><footer><p>Voorbeeld Tuinblog</p>"
        "</footer>",
    ),
    (
        "de eerste tuinbonen direct in de volle grond",
        "kleine potjes met zaaigrond",
        "de aardbeienplanten te verspenen",
        "eerste radijsjes onder een vliesdoek",
    ),
    ("Schrijf je in voor onze nieuwsbrief",),
)
# --- Portuguese, a product page: the short description beside the gallery and the cart
# form, the long description under it.
_add(
    "pt_product_summary_beside_cart_form",
    "https://loja-exemplo.com.br/produto/chaleira-esmaltada",
    _doc(
        "pt",
        "Chaleira esmaltada 2 litros",
        "<header class='site-header'><a href='/'>Loja Exemplo</a><form class='search'><input "
        "type='search' placeholder='Buscar produtos'></form></header><main><div "
        "class='product type-product'><div class='woocommerce-product-gallery'><img "
        "src='/img/chaleira.jpg' alt='Chaleira'></div><div class='summary entry-summary'><h1 "
        "class='product_title'>Chaleira esmaltada 2 litros</h1><p class='price'>R$ 189,00</p>"
        "<div class='woocommerce-product-details__short-description'><p>Chaleira de aço "
        "esmaltado com apito, para fogões a gás, elétricos e de indução.</p></div><form "
        "class='cart' method='post'><div class='quantity'><label>Quantidade</label><input "
        "type='number' value='1'></div><button type='submit'>Comprar</button></form><div "
        "class='product_meta'><span class='sku_wrapper'>SKU: CH-200</span></div></div><div "
        "class='woocommerce-tabs'><ul class='tabs'><li><a href='#tab-description'>Descrição"
        "</a></li></ul><div class='woocommerce-Tabs-panel' id='tab-description'><h2>"
        "Descrição</h2><p>A chaleira é feita à mão em uma pequena fábrica do interior, e "
        "cada peça tem pequenas variações de cor.</p><p>O cabo de baquelite não esquenta, e "
        "o apito pode ser retirado para a limpeza.</p></div></div></div></main><footer><p>"
        "Loja Exemplo Ltda.</p></footer>",
    ),
    (
        "Chaleira de aço esmaltado com apito",
        "feita à mão em uma pequena fábrica do interior",
        "o apito pode ser retirado para a limpeza",
    ),
    ("Loja Exemplo Ltda.",),
)
# --- German, a blog with a left column of recent comments before the text.
_add(
    "de_recent_comments_column_before_text",
    "https://www.beispiel-blog.de/2026/02/nistkaesten-bauen/",
    _doc(
        "de",
        "Nistkästen bauen mit Kindern",
        "<div id='main'><div class='sheet'><div class='header'><a href='/'>Beispiel-Blog</a>"
        "</div><div class='layout'><div class='layout-col-1 left-col'><div class='block'><h3>"
        "Neueste Kommentare</h3><ul><li>Klara: Das haben wir letztes Jahr auch gemacht, die "
        "Meisen sind sofort...</li><li>Jonas: Welches Holz habt ihr genommen? Bei uns hat "
        "sich die Fichte...</li><li>Ute: Danke für die Anleitung, sehr schön erklärt und mit "
        "vielen...</li></ul></div></div><div class='layout-col-2 content'><div "
        "class='post'><h1>Nistkästen bauen mit Kindern</h1><div class='post-body'><p>An einem "
        "verregneten Samstag haben wir mit den Kindern drei Nistkästen aus alten "
        "Schalbrettern gebaut.</p><p>Das Einflugloch bohrten wir mit 28 Millimetern, damit "
        "Blaumeisen einziehen können und die größeren Spatzen draußen bleiben.</p><p>Jetzt "
        "hängen die Kästen in zwei Metern Höhe an der Ostseite des Gartens.</p></div></div>"
        "</div></div></div></div>",
    ),
    (
        "drei Nistkästen aus alten Schalbrettern",
        "damit Blaumeisen einziehen können",
        "an der Ostseite des Gartens",
    ),
    ("die Meisen sind sofort", "Bei uns hat sich die Fichte"),
)
# --- Italian, a long text interrupted twice by ad slots named in Italian, in one container.
_add(
    "it_text_around_ad_slots",
    "https://www.esempio-notizie.it/viaggi/borghi-appennino",
    _doc(
        "it",
        "Tre borghi dell'Appennino da visitare in autunno",
        "<header class='testata'><a href='/'>Esempio Notizie</a></header><main><div "
        "class='articolo'><h1>Tre borghi dell'Appennino da visitare in autunno</h1><div "
        "class='articolo-testo'><p>Il primo è Roccaverde, arroccato su uno sperone di "
        "arenaria, con una torre medievale che domina la valle.</p><div "
        "class='banner-pubblicita'><p>Pubblicità</p><div id='adv-1'></div></div><p>Il secondo "
        "è Castel Piano, famoso per la sagra della castagna che si tiene l'ultima domenica di "
        "ottobre.</p><div class='banner-pubblicita'><p>Pubblicità</p><div id='adv-2'></div>"
        "</div><p>Il terzo è Valdimonte, dove un sentiero ad anello collega i mulini ad acqua "
        "lungo il torrente.</p></div></div></main><footer><p>Esempio Notizie S.r.l.</p>"
        "</footer>",
    ),
    (
        "una torre medievale che domina la valle",
        "la sagra della castagna",
        "collega i mulini ad acqua lungo il torrente",
    ),
    ("Pubblicità",),
)
# --- Czech, several <article>s: a page of a club's notices, each an <article> of its own
# under the page title; all are the page's text.
_add(
    "cs_notices_as_several_articles",
    "https://www.priklad-spolek.cz/oznameni",
    _doc(
        "cs",
        "Oznámení spolku",
        "<header><a href='/'>Příklad spolek</a><nav><a href='/'>Úvod</a><a "
        "href='/kontakt'>Kontakt</a></nav></header><main class='obsah'><h1>Oznámení "
        "spolku</h1><article class='oznameni'><h2>Výroční schůze</h2><p>Výroční schůze se "
        "koná v sobotu 21. března od 17 hodin v sále hasičské zbrojnice.</p></article><article "
        "class='oznameni'><h2>Členské příspěvky</h2><p>Příspěvky na letošní rok ve výši 300 "
        "korun vybírá pokladník do konce dubna.</p></article><article class='oznameni'><h2>"
        "Brigáda na hřišti</h2><p>Na jarní brigádu prosíme vzít hrábě a pracovní rukavice, "
        "občerstvení zajistí výbor.</p></article></main><footer><p>Příklad spolek, z. s.</p>"
        "</footer>",
    ),
    (
        "v sále hasičské zbrojnice",
        "vybírá pokladník do konce dubna",
        "vzít hrábě a pracovní rukavice",
    ),
    ("Příklad spolek, z. s.",),
)

# --- A closing paragraph after an ad, in a wrapper of another name.
_add(
    "sv_last_paragraph_after_ad",
    "https://www.exempel-tidning.se/noje/konsert-i-parken",
    _doc(
        "sv",
        "Sommarkonserter i parken",
        "<header><a href='/'>Exempeltidningen</a></header><main><div class='article'><h1>"
        "Sommarkonserter i parken</h1><div class='article-text'><p>Kommunen bjuder i år på "
        "sex gratiskonserter i stadsparken, varje torsdag från mitten av juni.</p><p>Först "
        "ut är en blåsorkester från grannkommunen, som spelar filmmusik och marscher.</p><p>"
        "Publiken uppmanas att ta med egna filtar, eftersom antalet bänkar är begränsat.</p>"
        "</div><div class='ad-slot'><span>Annons</span></div><div class='article-end'><p>"
        "Vid regn flyttas konserten till sporthallen.</p></div></div></main><footer><p>"
        "Exempeltidningen AB</p></footer>",
    ),
    ("sex gratiskonserter i stadsparken", "Vid regn flyttas konserten till sporthallen."),
    ("Annons",),
)
# --- The <article> holds the first paragraphs; the rest follows in a sibling div.
_add(
    "de_text_goes_on_after_article",
    "https://www.beispiel-zeitung.de/lokales/neue-buecherei",
    _doc(
        "de",
        "Neue Bücherei öffnet im alten Bahnhof",
        "<header><a href='/'>Beispiel-Zeitung</a></header><main class='content'><article "
        "class='story'><h1>Neue Bücherei öffnet im alten Bahnhof</h1><p class='story-"
        "date'>3. März 2026</p><div class='story-text'><p>Nach zwei Jahren Umbau öffnet die "
        "Stadtbücherei am Montag in der früheren Schalterhalle des Bahnhofs.</p><p>Auf zwei "
        "Etagen stehen nun rund vierzigtausend Medien, dazu ein Lesecafé mit Blick auf die "
        "Gleise.</p></div></article><div class='story-rest'><p>Die Baukosten lagen mit 4,2 "
        "Millionen Euro knapp unter dem Plan, wie die Stadtverwaltung mitteilte.</p><p>Zur "
        "Eröffnung liest eine Kinderbuchautorin aus ihrem neuen Buch über eine Eisenbahnmaus."
        "</p></div><section class='related'><h2>Mehr aus Lokales</h2><ul><li><a href='/1'>"
        "Stadtfest mit neuem Programm</a></li></ul></section></main><footer><p>Beispiel-"
        "Zeitung GmbH</p></footer>",
    ),
    (
        "in der früheren Schalterhalle des Bahnhofs",
        "knapp unter dem Plan",
        "über eine Eisenbahnmaus",
    ),
    ("Stadtfest mit neuem Programm",),
)
# --- A landing page of sections of different templates, each a heading and one short line.
_add(
    "es_sections_of_short_lines",
    "https://www.ejemplo-clinica.es/servicios",
    _doc(
        "es",
        "Nuestros servicios",
        "<header class='cabecera'><a href='/'>Clínica Ejemplo</a><nav><a href='/'>Inicio</a>"
        "<a href='/contacto'>Contacto</a></nav></header><main><div class='intro'><h1>Nuestros "
        "servicios</h1><p>En la clínica atendemos a pacientes de todas las edades con cita "
        "previa, de lunes a sábado.</p></div><div class='servicio servicio-fisio'><h2>"
        "Fisioterapia</h2><p>Tratamos lesiones deportivas y dolores de espalda.</p></div><div "
        "class='servicio servicio-podo'><h2>Podología</h2><p>Estudio de la pisada y "
        "plantillas a medida.</p></div><div class='servicio servicio-nutri'><h2>Nutrición"
        "</h2><p>Planes de alimentación para cada etapa de la vida.</p></div></main><footer>"
        "<p>Clínica Ejemplo, calle Mayor 3</p></footer>",
    ),
    (
        "atendemos a pacientes de todas las edades",
        "Tratamos lesiones deportivas",
        "plantillas a medida",
        "cada etapa de la vida",
    ),
    ("calle Mayor 3",),
)
# --- English, excerpts: a list of recent posts, each item cut with an ellipsis, after the text.
_add(
    "en_excerpt_list_after_text",
    "https://www.example-hikes.net/2026/04/ridge-walk/",
    _doc(
        "en",
        "The long ridge walk in April",
        "<div class='wrap'><header><a href='/'>Example Hikes</a></header><div "
        "class='main'><h1>The long ridge walk in April</h1><div class='entry'><p>We set off "
        "from the car park at seven, when the mist still lay in the valley below the "
        "ridge.</p><p>The path climbs steeply for the first hour, then runs along the crest "
        "for nearly six miles with views on both sides.</p><p>We were back at the car by "
        "four, tired and sunburnt, and already planning the autumn walk.</p></div><div "
        "class='more'><h3>From the archive</h3><ul><li>Crossing the moor in fog: we had "
        "planned to reach the bothy by noon, but the mist came down...</li><li>Wild camping "
        "by the lake: the wind rose after midnight and by two o'clock...</li><li>Winter boots "
        "tested: after three seasons on the hill, the soles of the...</li></ul></div></div>"
        "</div>",
    ),
    ("the mist still lay in the valley", "already planning the autumn walk"),
    ("the mist came down", "by two o'clock"),
)

# --- German, a roundup: each item's heading links to the thing it presents.
_add(
    "de_roundup_linked_headings",
    "https://www.beispiel-kochblog.de/10-suppen-fuer-den-herbst/",
    _doc(
        "de",
        "Drei Suppen für den Herbst",
        "<header><a href='/'>Beispiel-Kochblog</a></header><main><article class='post'><h1>"
        "Drei Suppen für den Herbst</h1><div class='entry-content'><p>Wenn es draußen früh "
        "dunkel wird, koche ich am liebsten einen großen Topf Suppe für die ganze Woche.</p>"
        "<h2><a href='/rezept/kuerbissuppe/'>1. Kürbissuppe mit Ingwer</a></h2><p>Der "
        "Klassiker: Hokkaido muss nicht geschält werden, und der Ingwer gibt der Suppe eine "
        "leichte Schärfe.</p><h2><a href='/rezept/linsensuppe/'>2. Rote Linsensuppe</a></h2><p>"
        "In zwanzig Minuten fertig und mit Kreuzkümmel und Zitrone ein echtes Wohlfühlessen."
        "</p><h2><a href='/rezept/maronensuppe/'>3. Maronensuppe</a></h2><p>Vorgegarte "
        "Maronen aus dem Glas machen diese Suppe zu einem schnellen Festtagsgericht.</p>"
        "</div></article><aside class='sidebar'><h3>Beliebt</h3><ul><li><a href='/x'>"
        "Apfelkuchen vom Blech</a></li></ul></aside></main><footer><p>Beispiel-Kochblog</p>"
        "</footer>",
    ),
    (
        "1. Kürbissuppe mit Ingwer",
        "2. Rote Linsensuppe",
        "der Ingwer gibt der Suppe",
        "einem schnellen Festtagsgericht",
    ),
    ("Apfelkuchen vom Blech",),
)
# --- English, a links roundup: each paragraph a linked title and a line about it.
_add(
    "en_links_roundup_paragraphs",
    "https://www.example-devnotes.io/weekly/142",
    _doc(
        "en",
        "Weekly notes 142",
        "<header class='site'><a href='/'>Example Devnotes</a></header><main><article><h1>"
        "Weekly notes 142</h1><div class='post-body'><p>A quieter week, but a few long reads "
        "worth your evening.</p><p><a href='https://a.example/bazel'>Moving a monorepo to "
        "Bazel</a> – a frank account of what broke, and why the migration took a year.</p>"
        "<p><a href='https://b.example/sqlite'>SQLite as a queue</a> – surprisingly far with "
        "one table and a careful index.</p><p><a href='https://c.example/fonts'>Why our fonts "
        "looked blurry</a> – subpixel rendering, explained with pictures.</p></div></article>"
        "</main><footer><p>Example Devnotes</p></footer>",
    ),
    (
        "Moving a monorepo to Bazel",
        "what broke, and why the migration took a year",
        "SQLite as a queue",
        "Why our fonts looked blurry",
    ),
    (),
)
# --- Spanish, a listicle whose items are h3 linked to shop pages, with short descriptions.
_add(
    "es_listicle_linked_h3",
    "https://www.ejemplo-viajes.es/mochilas-ligeras/",
    _doc(
        "es",
        "Las mejores mochilas ligeras",
        "<header><a href='/'>Ejemplo Viajes</a></header><div class='container'><div "
        "class='content'><h1>Las mejores mochilas ligeras</h1><p>Probamos doce mochilas "
        "durante un verano de senderismo por los Pirineos y estas son nuestras favoritas.</p>"
        "<h3><a href='https://tienda.example/a' rel='sponsored'>Mochila Cumbre 30</a></h3><p>"
        "Pesa menos de un kilo y el respaldo de malla evita que la espalda sude.</p><h3><a "
        "href='https://tienda.example/b' rel='sponsored'>Mochila Sendero 24</a></h3><p>La más "
        "barata de la prueba, con un bolsillo para la botella en cada lado.</p></div></div>"
        "<footer><p>Ejemplo Viajes</p></footer>",
    ),
    (
        "Mochila Cumbre 30",
        "Mochila Sendero 24",
        "el respaldo de malla evita",
        "un bolsillo para la botella",
    ),
    (),
)

# --- German, a club's history as a list of years.
_add(
    "de_history_list_of_years",
    "https://www.beispiel-chor.de/ueber-uns/geschichte",
    _doc(
        "de",
        "Unsere Geschichte",
        "<header><a href='/'>Beispiel-Chor</a><nav><a href='/'>Start</a></nav></header><main>"
        "<div class='content'><h1>Unsere Geschichte</h1><p>Der Chor wurde von zwölf "
        "Sängerinnen und Sängern in einem Gasthaus am Marktplatz gegründet.</p><ul><li>1987: "
        "Gründung und erstes Konzert in der Dorfkirche</li><li>1994: Erste Konzertreise nach "
        "Südtirol</li><li>2009: Der Chor zieht in den neuen Probenraum im Bürgerhaus</li><li>"
        "12. Mai 2017: Jubiläumskonzert mit dem Kammerorchester</li></ul><p>Heute singen bei "
        "uns rund vierzig Mitglieder aus fünf Gemeinden.</p></div></main><footer><p>© "
        "Beispiel-Chor e.V.</p></footer>",
    ),
    (
        "1987: Gründung und erstes Konzert",
        "1994: Erste Konzertreise nach Südtirol",
        "2009: Der Chor zieht in den neuen Probenraum",
        "12. Mai 2017: Jubiläumskonzert",
        "rund vierzig Mitglieder",
    ),
    ("Beispiel-Chor e.V.",),
)
# --- French, opening hours and prices of a museum page.
_add(
    "fr_museum_hours_and_prices",
    "https://www.musee-exemple.fr/infos-pratiques",
    _doc(
        "fr",
        "Infos pratiques",
        "<header><a href='/'>Musée Exemple</a></header><main><div class='page'><h1>Infos "
        "pratiques</h1><p>Le musée est installé dans l'ancienne filature, à dix minutes à "
        "pied de la gare.</p><h2>Horaires</h2><p>Du mardi au dimanche, de 10 h à 18 h.</p><p>"
        "Nocturne le jeudi jusqu'à 21 h.</p><h2>Tarifs</h2><ul><li>Plein tarif : 8 €</li><li>"
        "Tarif réduit : 5 €</li><li>Gratuit pour les moins de 18 ans</li></ul></div></main>"
        "<footer><p>Musée Exemple, 4 quai de la Filature</p></footer>",
    ),
    (
        "Du mardi au dimanche, de 10 h à 18 h.",
        "Nocturne le jeudi jusqu'à 21 h.",
        "Plein tarif : 8 €",
        "Gratuit pour les moins de 18 ans",
    ),
    ("4 quai de la Filature",),
)
# --- Italian, a history text whose paragraphs open with dates.
_add(
    "it_history_paragraphs_opening_with_dates",
    "https://www.esempio-parrocchia.it/storia",
    _doc(
        "it",
        "La storia della chiesa",
        "<header><a href='/'>Parrocchia Esempio</a></header><main><article><h1>La storia "
        "della chiesa</h1><div class='testo'><p>Il 3 maggio 1652 il vescovo posò la prima "
        "pietra della nuova chiesa, sul luogo di una cappella più antica.</p><p>Nel 1701 "
        "venne completato il campanile, alto trentadue metri.</p><p>8 settembre 1944: un "
        "bombardamento distrusse il tetto della navata.</p><p>I restauri, terminati nel "
        "1952, hanno restituito gli affreschi dell'abside.</p></div></article></main>"
        "<footer><p>Parrocchia Esempio</p></footer>",
    ),
    (
        "posò la prima pietra",
        "alto trentadue metri",
        "8 settembre 1944: un bombardamento",
        "gli affreschi dell'abside",
    ),
    (),
)
# --- Swedish, an event page with dated programme lines in <p>s.
_add(
    "sv_event_programme_paragraphs",
    "https://www.exempel-bibliotek.se/evenemang/bokcirkel",
    _doc(
        "sv",
        "Bokcirkel på biblioteket",
        "<header><a href='/'>Exempel bibliotek</a></header><main><div class='event'><h1>"
        "Bokcirkel på biblioteket</h1><p>Vi läser och samtalar om nordiska romaner, en bok i "
        "månaden, och alla är välkomna.</p><p><strong>Tid:</strong> tisdag 14 april kl. 18.00"
        "</p><p><strong>Plats:</strong> Läsesalen, plan 2</p><p>Anmälan behövs inte, och "
        "böckerna finns att låna i receptionen.</p></div></main><footer><p>Exempel bibliotek"
        "</p></footer>",
    ),
    (
        "nordiska romaner",
        "Tid: tisdag 14 april kl. 18.00",
        "Plats: Läsesalen, plan 2",
        "böckerna finns att låna",
    ),
    (),
)

# --- Japanese, a story's last line after an ad slot, in a wrapper of its own.
_add(
    "ja_last_line_after_ad",
    "https://www.example-shinbun.jp/local/20260312-matsuri",
    _doc(
        "ja",
        "桜まつり、今年は川沿いで開催",
        "<header><a href='/'>例示新聞</a></header><main><div class='article'><h1>桜まつり、今年は"
        "川沿いで開催</h1><div class='article-body'><p>市は今年の桜まつりを、例年の城跡公園ではなく"
        "川沿いの遊歩道で開くと発表した。</p><p>公園の石垣の修復工事が続いているためで、屋台はおよそ"
        "四十店が並ぶ予定だ。</p><p>期間中は遊歩道の一部が歩行者専用になり、自転車は迂回を求められる。"
        "</p></div><div class='ad-container'><span>広告</span></div><div class='article-foot'>"
        "<p>雨天の場合は翌週の土曜日に順延される。</p></div></div></main><footer><p>例示新聞社"
        "</p></footer>",
    ),
    ("川沿いの遊歩道で開く", "雨天の場合は翌週の土曜日に順延される。"),
    ("広告",),
)
# --- Portuguese, a closing note after an empty sponsor slot.
_add(
    "pt_closing_note_after_sponsor_slot",
    "https://www.exemplo-jornal.pt/cultura/feira-do-livro",
    _doc(
        "pt",
        "Feira do livro regressa ao jardim",
        "<header><a href='/'>Jornal Exemplo</a></header><main><article><h1>Feira do livro "
        "regressa ao jardim</h1><div class='texto'><p>A feira do livro regressa este ano ao "
        "jardim municipal, com oitenta pavilhões de editoras e livreiros.</p><p>A organização "
        "prevê sessões de autógrafos todas as tardes e um espaço de leitura para crianças.</p>"
        "</div><div class='sponsored-slot'></div><div class='nota-final'><p>A entrada é livre "
        "em todos os dias da feira.</p></div></article></main><footer><p>Jornal Exemplo</p>"
        "</footer>",
    ),
    ("oitenta pavilhões de editoras", "A entrada é livre em todos os dias da feira."),
    (),
)
# --- Arabic, a column of recent comments beside a blog post, each cut short; RTL.
_add(
    "ar_excerpt_list_beside_text",
    "https://www.mithal-mudawwana.com/2026/03/zaytoun",
    _doc(
        "ar",
        "موسم قطف الزيتون",
        "<div class='wrap'><header><a href='/'>مدونة مثال</a></header><div class='cols'><div "
        "class='col-main'><h1>موسم قطف الزيتون</h1><div class='post-text'><p>بدأنا قطف الزيتون "
        "هذا العام في منتصف تشرين الأول بعد أول مطر خفيف.</p><p>اجتمعت العائلة كلها في الحقل، "
        "وكان الأطفال يجمعون الحبات المتساقطة في سلال صغيرة.</p><p>أخذنا المحصول إلى المعصرة في "
        "القرية المجاورة وعدنا بزيت أخضر طازج.</p></div></div><div class='col-side'><h3>آخر "
        "التعليقات</h3><ul><li>سلمى: ذكرتني هذه التدوينة بأيام الطفولة في بيت جدي حين كنا...</li>"
        "<li>خالد: هل تستخدمون المشط البلاستيكي أم العصي التقليدية في القطف لأن...</li><li>"
        "منى: صور جميلة جداً، وأتمنى أن تكتبوا عن طريقة تخليل الزيتون الأخضر في...</li></ul>"
        "</div></div></div>",
        dir_="rtl",
    ),
    ("بعد أول مطر خفيف", "وعدنا بزيت أخضر طازج"),
    ("بأيام الطفولة", "المشط البلاستيكي"),
)
# --- Russian, a box of the archive's posts after the text, each cut short with '…'.
_add(
    "ru_archive_excerpts_after_post",
    "https://primer-blog.ru/2026/02/lyzhi/",
    _doc(
        "ru",
        "Первый лыжный выходной",
        "<div id='page'><header><a href='/'>Пример-блог</a></header><div id='content'><div "
        "class='post'><h1>Первый лыжный выходной</h1><div class='post-entry'><p>В субботу мы "
        "наконец выбрались на лыжню в лесопарке за рекой.</p><p>Снега выпало много, и трассу "
        "проложили ещё с утра, так что шли мы легко.</p><p>К обеду добрались до старой "
        "сторожки и пили чай из термоса.</p></div></div><div class='archive-box'><h3>Из архива"
        "</h3><ul><li>Поход к озеру: мы вышли рано утром, но туман держался почти до полудня, и "
        "…</li><li>Как мы выбирали палатку: после трёх сезонов в старой палатке стало ясно, "
        "что…</li><li>Зимняя рыбалка: лёд в этом году встал поздно, поэтому мы решили…</li></ul>"
        "</div></div></div>",
    ),
    ("в лесопарке за рекой", "пили чай из термоса"),
    ("туман держался почти до полудня", "лёд в этом году встал поздно"),
)
# --- Korean, a roundup whose h3 headings link each product to its shop in a new tab.
_add(
    "ko_roundup_linked_headings",
    "https://blog.example.kr/camping-chairs",
    _doc(
        "ko",
        "가벼운 캠핑 의자 세 가지",
        "<header><a href='/'>예시 블로그</a></header><main><div class='post'><h1>가벼운 캠핑 "
        "의자 세 가지</h1><div class='post-content'><p>올해 봄부터 여름까지 캠핑을 다니며 써 본 "
        "의자들 가운데 가장 만족스러웠던 세 가지를 골랐습니다.</p><h3><a "
        "href='https://shop.example.kr/a' target='_blank' rel='noopener'>산들 체어 미니</a>"
        "</h3><p>무게가 팔백 그램밖에 되지 않아 배낭에 넣어도 부담이 없습니다.</p><h3><a "
        "href='https://shop.example.kr/b' target='_blank' rel='noopener'>바람 릴렉스 체어</a>"
        "</h3><p>등받이가 높아서 오래 앉아 있어도 허리가 편합니다.</p><h3><a "
        "href='https://shop.example.kr/c' target='_blank' rel='noopener'>구름 로우 체어</a>"
        "</h3><p>높이가 낮아 모닥불 앞에 "
        "앉기에 가장 좋았습니다.</p></div></div></main><footer><p>예시 블로그</p></footer>",
    ),
    ("산들 체어 미니", "바람 릴렉스 체어", "구름 로우 체어", "배낭에 넣어도 부담이 없습니다"),
    (),
)
# --- French, a listicle whose h2 headings link each place to its own site, plainly.
_add(
    "fr_listicle_linked_h2",
    "https://www.exemple-voyages.fr/trois-refuges-des-pyrenees/",
    _doc(
        "fr",
        "Trois refuges des Pyrénées",
        "<header><a href='/'>Exemple Voyages</a></header><div class='page'><div "
        "class='page-inner'><h1>Trois refuges des Pyrénées</h1><p>Nous avons passé une "
        "semaine à marcher de refuge en refuge, et voici ceux où nous retournerions sans "
        "hésiter.</p><h2><a href='https://refuge.example/a'>Refuge du Lac Vert</a></h2><p>Une "
        "cuisine généreuse et une vue sur le lac dès le petit-déjeuner.</p><h2><a "
        "href='https://refuge.example/b'>Refuge de la Brèche</a></h2><p>Petit et rustique, "
        "mais le gardien connaît chaque sentier de la vallée.</p></div></div><footer><p>"
        "Exemple Voyages</p></footer>",
    ),
    ("Refuge du Lac Vert", "Refuge de la Brèche", "le gardien connaît chaque sentier"),
    (),
)
# --- Hungarian, a Facebook post embedded between two paragraphs.
_add(
    "hu_facebook_post_embed",
    "https://www.pelda-hirek.hu/helyi/uj-kerekparut",
    _doc(
        "hu",
        "Átadták az új kerékpárutat",
        "<header><a href='/'>Példa Hírek</a></header><main><article><h1>Átadták az új "
        "kerékpárutat</h1><div class='cikk-szoveg'><p>Hétfőn átadták a két falut összekötő, "
        "négy kilométeres kerékpárutat a patak mentén.</p><div class='fb-post' "
        "data-href='https://www.facebook.com/x/posts/2'><blockquote "
        "cite='https://www.facebook.com/x/posts/2' class='fb-xfbml-parse-ignore'><p>Ma reggel "
        "már bringával jöttünk dolgozni, köszönjük mindenkinek!</p>Közzétette: <a "
        "href='https://www.facebook.com/x'>Példa Önkormányzat</a> – <a "
        "href='https://www.facebook.com/x/posts/2'>2026. március 9.</a></blockquote></div><p>"
        "Az út építését uniós pályázatból finanszírozták, és esténként lámpák világítják meg."
        "</p></div></article></main><footer><p>Példa Hírek</p></footer>",
    ),
    ("négy kilométeres kerékpárutat", "esténként lámpák világítják meg"),
    ("bringával jöttünk dolgozni",),
)

# --- German, a Facebook post embedded in a local story: the post's text stands in the
# embed's <blockquote> until the script loads.
_add(
    "de_facebook_post_embed",
    "https://www.beispiel-bote.de/lokales/spielplatz-am-weiher",
    _doc(
        "de",
        "Spielplatz am Weiher wird erneuert",
        "<header><a href='/'>Beispiel-Bote</a></header><main><article class='article'><h1>"
        "Spielplatz am Weiher wird erneuert</h1><div class='article-body'><p>Die Gemeinde hat "
        "am Dienstag beschlossen, den Spielplatz am Weiher bis zum Sommer vollständig zu "
        "erneuern und um einen Wasserspielbereich zu erweitern.</p><div class='fb-post' "
        "data-href='https://www.facebook.com/x/posts/1'><blockquote "
        "cite='https://www.facebook.com/x/posts/1' class='fb-xfbml-parse-ignore'><p>Endlich: "
        "der neue Spielplatz kommt! Wir freuen uns auf euch alle.</p>Gepostet von <a "
        "href='https://www.facebook.com/x'>Gemeinde Beispiel</a> am <a "
        "href='https://www.facebook.com/x/posts/1'>Dienstag, 3. März 2026</a></blockquote>"
        "</div><p>Die Kosten von rund 180.000 Euro trägt zur Hälfte das Land, den Rest zahlt "
        "die Gemeinde aus den Rücklagen, wie der Bürgermeister erklärte.</p></div></article>"
        "</main><footer><p>Beispiel-Bote</p></footer>",
    ),
    ("den Spielplatz am Weiher bis zum Sommer", "zur Hälfte das Land"),
    ("Wir freuen uns auf euch alle", "Gepostet von"),
)


# --- Portuguese (Brazil), a personal blog post closing with a smiley alone on its line.
_add(
    "pt_blog_post_closing_smiley",
    "https://diario-exemplo.blogspot.com/2026/03/horta-na-varanda.html",
    _doc(
        "pt",
        "A horta na varanda",
        "<div class='outer-wrapper'><div class='header'><a href='/'>Diário Exemplo</a></div>"
        "<div class='main'><div class='post hentry'><h3 class='post-title'>A horta na "
        "varanda</h3><div class='post-body entry-content'>Plantei manjericão, cebolinha e "
        "três pés de tomate-cereja em vasos na varanda do apartamento.<br><br>Depois de um "
        "mês, já colhi o primeiro punhado de tomates, ainda pequenos mas muito doces.<br><br>"
        ":)</div><div class='post-footer'>Postado por Lia às 10:12</div></div></div></div>",
    ),
    ("três pés de tomate-cereja", "muito doces.\n\n:)"),
    ("Postado por Lia",),
)
