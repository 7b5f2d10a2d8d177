"""A blind probe (round 54): pages as site builders and script frameworks emit them, written
without reading the extractor. Their markup names no article: Elementor's nested
``elementor-element`` widgets, Divi's ``et_pb_*`` modules, WPBakery's ``vc_row`` and
``wpb_text_column``, Gutenberg's ``wp-block-*`` columns, groups and media-text, Wix's
``richTextElement`` of inline-styled spans, Squarespace's ``sqs-block``, Webflow's
``w-richtext``, Tilda's ``t-text``, 1C-Bitrix's ``news-detail``, Joomla's ``item-page``,
Drupal's ``field--name-body``, Ghost's ``gh-content``, Substack's ``available-content``,
Medium's ``pw-post-body-paragraph``, Notion's exported blocks, Google Sites, pages of hashed
classes only (styled-components, Emotion, CSS modules), Tailwind's utility classes, AMP and
an e-mail newsletter's nested tables; news, blogs, events, shops, clubs, schools and
portfolios in many languages and scripts, with the furniture around them (menus, cookie
banners, pop-ups, sliders, testimonials, calls to action, footers). Every name, place and
sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

_COOKIE = (
    "<div id='cookie-notice' role='dialog'><p>Wir verwenden Cookies, um Ihnen das beste "
    "Erlebnis auf unserer Website zu bieten.</p><a class='button' href='#'>Alle akzeptieren</a>"
    "</div>"
)


def _el(kind: str, inner: str) -> str:
    """One Elementor widget, as the builder writes it since version 3."""
    return (
        f"<div class='elementor-element elementor-element-{len(inner) % 97:x}a3f "
        f"elementor-widget elementor-widget-{kind}' data-element_type='widget' "
        f"data-widget_type='{kind}.default'><div class='elementor-widget-container'>{inner}"
        "</div></div>"
    )


def _el_section(*widgets: str) -> str:
    return (
        "<section class='elementor-section elementor-top-section elementor-element "
        "elementor-section-boxed' data-element_type='section'><div class='elementor-container "
        "elementor-column-gap-default'><div class='elementor-column elementor-col-100 "
        "elementor-top-column elementor-element' data-element_type='column'><div "
        f"class='elementor-widget-wrap elementor-element-populated'>{''.join(widgets)}</div>"
        "</div></div></section>"
    )


# --- German, Elementor: a yoga studio's blog post, every paragraph a text-editor widget,
# a slider of testimonials and a call-to-action box after it, a cookie notice before.
PROBES.add(
    "de_elementor_studio_blog_widgets",
    "https://yoga-lindenhof.example.de/blog/atmung-im-alltag/",
    page(
        "de",
        "Atmung im Alltag: drei einfache Übungen",
        _COOKIE
        + "<div data-elementor-type='header' class='elementor elementor-location-header'>"
        + _el_section(
            _el("theme-site-logo", "<a href='/'><img src='/logo.png' alt='Lindenhof'></a>"),
            _el(
                "nav-menu",
                "<nav class='elementor-nav-menu--main'><ul class='elementor-nav-menu'><li><a "
                "href='/kurse/'>Kurse</a></li><li><a href='/preise/'>Preise</a></li><li><a "
                "href='/blog/'>Blog</a></li></ul></nav>",
            ),
        )
        + "</div><div data-elementor-type='single-post' class='elementor elementor-1187'>"
        + _el_section(
            _el(
                "theme-post-title",
                "<h1 class='elementor-heading-title'>Atmung im Alltag: drei einfache Übungen</h1>",
            ),
            _el(
                "post-info",
                "<ul class='elementor-post-info'><li>12. März 2026</li><li>"
                "Keine Kommentare</li></ul>",
            ),
            _el(
                "text-editor",
                "<p>Wer am Schreibtisch arbeitet, atmet oft flach und schnell, "
                "ohne es zu merken. Schon wenige Minuten bewusster Atmung am Tag können helfen, "
                "den Kopf zu klären und die Schultern zu lockern.</p>",
            ),
            _el("heading", "<h2 class='elementor-heading-title'>Die Vier-Sieben-Acht-Atmung</h2>"),
            _el(
                "text-editor",
                "<p>Atmen Sie vier Sekunden durch die Nase ein, halten Sie den "
                "Atem sieben Sekunden an und atmen Sie dann acht Sekunden lang durch den Mund "
                "aus. Wiederholen Sie das viermal.</p>",
            ),
            _el("heading", "<h2 class='elementor-heading-title'>Die Wechselatmung</h2>"),
            _el(
                "text-editor",
                "<p>Verschließen Sie das rechte Nasenloch mit dem Daumen und "
                "atmen Sie links ein. Dann wechseln Sie die Seite. Diese Übung eignet sich gut "
                "für die Mittagspause.</p><ul><li>Aufrecht sitzen</li><li>Augen schließen</li>"
                "<li>Fünf Runden üben</li></ul>",
            ),
        )
        + _el_section(
            _el(
                "testimonial-carousel",
                "<div class='swiper-wrapper'><div class='swiper-slide'>"
                "<div class='elementor-testimonial__text'>Seit ich hier übe, schlafe ich viel "
                "besser. Danke an das ganze Team!</div><cite>Martina K.</cite></div></div>",
            ),
            _el(
                "call-to-action",
                "<div class='elementor-cta__content'><h3 class='elementor-"
                "cta__title'>Jetzt Probestunde buchen</h3><div class='elementor-cta__"
                "description'>Ihre erste Stunde ist kostenlos.</div><a class='elementor-cta__"
                "button' href='/buchen/'>Termin wählen</a></div>",
            ),
        )
        + "</div><div data-elementor-type='footer' class='elementor elementor-location-footer'>"
        + _el_section(_el("text-editor", "<p>© 2026 Yoga Lindenhof · Impressum · Datenschutz</p>"))
        + "</div>",
    ),
    (
        "Schon wenige Minuten bewusster Atmung am Tag können helfen",
        "Die Vier-Sieben-Acht-Atmung",
        "atmen Sie dann acht Sekunden lang durch den Mund",
        "Die Wechselatmung",
        "Diese Übung eignet sich gut für die Mittagspause.",
        "Fünf Runden üben",
    ),
    (
        "Seit ich hier übe, schlafe ich viel besser.",
        "Jetzt Probestunde buchen",
        "Ihre erste Stunde ist kostenlos.",
        "Wir verwenden Cookies",
        "Yoga Lindenhof · Impressum",
    ),
)

# --- French, Divi: a restaurant's event page, text modules in rows, a fullwidth slider
# before and a contact form and blurbs after.
PROBES.add(
    "fr_divi_restaurant_event_modules",
    "https://bistrot-du-quai.example.fr/soiree-accords-mets-vins/",
    page(
        "fr",
        "Soirée accords mets et vins du 18 avril",
        "<div id='page-container'><header id='main-header'><div class='container'><div "
        "class='logo_container'><a href='/'><img id='logo' src='/l.png' alt='Bistrot du "
        "Quai'></a></div><div id='et-top-navigation'><nav id='top-menu-nav'><ul id='top-menu' "
        "class='nav'><li><a href='/carte/'>La carte</a></li><li><a href='/reserver/'>Réserver"
        "</a></li></ul></nav></div></div></header><div id='et-main-area'><div "
        "id='main-content'><article class='page type-page'><div class='entry-content'><div "
        "class='et-l et-l--post'><div class='et_builder_inner_content et_pb_gutters3'>"
        "<div class='et_pb_section et_pb_section_0 et_pb_fullwidth_section'><div class='et_pb_"
        "module et_pb_fullwidth_slider_0 et_pb_slider'><div class='et_pb_slides'><div "
        "class='et_pb_slide'><div class='et_pb_slide_description'><h2 class='et_pb_slide_"
        "title'>Nos terrasses sont ouvertes</h2><div class='et_pb_slide_content'>Profitez du "
        "soleil au bord de l'eau</div></div></div></div></div></div>"
        "<div class='et_pb_section et_pb_section_1'><div class='et_pb_row et_pb_row_0'><div "
        "class='et_pb_column et_pb_column_4_4'><div class='et_pb_module et_pb_text "
        "et_pb_text_0 et_pb_text_align_left'><div class='et_pb_text_inner'><h1>Soirée accords "
        "mets et vins du 18 avril</h1></div></div><div class='et_pb_module et_pb_text "
        "et_pb_text_1'><div class='et_pb_text_inner'><p>Le vendredi 18 avril, notre chef "
        "Laurent Mairet et la vigneronne Claire Dubreuil vous proposent un dîner en cinq "
        "services, chacun accompagné d'un vin du domaine des Sablons.</p><p>Le nombre de "
        "places est limité à quarante couverts. Le menu est servi à partir de 19 h 30.</p>"
        "</div></div></div></div><div class='et_pb_row et_pb_row_1'><div class='et_pb_column "
        "et_pb_column_1_2'><div class='et_pb_module et_pb_text et_pb_text_2'><div "
        "class='et_pb_text_inner'><h3>Au menu</h3><ul><li>Velouté d'asperges et huile de "
        "noisette</li><li>Filet de sandre au beurre blanc</li><li>Tarte fine aux pommes"
        "</li></ul></div></div></div><div class='et_pb_column et_pb_column_1_2'><div "
        "class='et_pb_module et_pb_text et_pb_text_3'><div class='et_pb_text_inner'><h3>"
        "Tarif</h3><p>Le prix est de 85 euros par personne, vins compris. La réservation "
        "se fait par téléphone ou sur place.</p></div></div></div></div></div>"
        "<div class='et_pb_section et_pb_section_2'><div class='et_pb_row'><div "
        "class='et_pb_column et_pb_column_1_3'><div class='et_pb_module et_pb_blurb'><div "
        "class='et_pb_blurb_content'><h4 class='et_pb_module_header'>Ouvert 7j/7</h4><div "
        "class='et_pb_blurb_description'>Du mardi au dimanche de midi à minuit</div></div></div>"
        "</div><div class='et_pb_column et_pb_column_2_3'><div class='et_pb_module "
        "et_pb_contact_form_container'><h2 class='et_pb_contact_main_title'>Contactez-nous"
        "</h2><form class='et_pb_contact_form'><input placeholder='Nom'><button "
        "class='et_pb_contact_submit'>Envoyer</button></form></div></div></div></div>"
        "</div></div></div></article></div><footer id='main-footer'><div id='footer-bottom'>"
        "<div id='footer-info'>Conçu par Elegant Themes | Propulsé par WordPress</div></div>"
        "</footer></div></div>",
    ),
    (
        "vous proposent un dîner en cinq services",
        "Le nombre de places est limité à quarante couverts.",
        "Au menu",
        "Filet de sandre au beurre blanc",
        "Le prix est de 85 euros par personne, vins compris.",
    ),
    (
        "Nos terrasses sont ouvertes",
        "Profitez du soleil au bord de l'eau",
        "Du mardi au dimanche de midi à minuit",
        "Contactez-nous",
        "Conçu par Elegant Themes",
    ),
)

# --- Italian, WPBakery: a school's news item, text columns in rows, a row of icon boxes and
# a newsletter pop-up after it.
PROBES.add(
    "it_wpbakery_school_news_vc_rows",
    "https://liceo-marconi.example.it/notizie/olimpiadi-di-matematica-2026/",
    page(
        "it",
        "Olimpiadi di matematica: tre studenti in finale",
        "<div class='wrapper'><div class='topbar'><span>Segreteria: 0321 555 010</span></div>"
        "<header class='main-header'><a class='logo' href='/'>Liceo Marconi</a><ul "
        "class='menu'><li><a href='/scuola/'>La scuola</a></li><li><a href='/notizie/'>Notizie"
        "</a></li><li><a href='/iscrizioni/'>Iscrizioni</a></li></ul></header><div "
        "class='main-content'><div class='vc_row wpb_row vc_row-fluid'><div class='wpb_column "
        "vc_column_container vc_col-sm-12'><div class='vc_column-inner'><div "
        "class='wpb_wrapper'><div class='vc_custom_heading'><h1 style='text-align: left'>"
        "Olimpiadi di matematica: tre studenti in finale</h1></div><div class='wpb_text_column "
        "wpb_content_element'><div class='wpb_wrapper'><p>Tre studenti del nostro liceo si "
        "sono qualificati per la finale nazionale delle Olimpiadi di matematica, che si terrà "
        "a Cesenatico dal 7 al 10 maggio.</p><p>Si tratta di Giulia Ferraris della 4B, Matteo "
        "Boschi della 5A e Sara Colombo della 3C, che hanno superato la gara provinciale con "
        "punteggi tra i più alti della regione.</p></div></div></div></div></div></div><div "
        "class='vc_row wpb_row vc_row-fluid'><div class='wpb_column vc_column_container "
        "vc_col-sm-6'><div class='vc_column-inner'><div class='wpb_wrapper'><div "
        "class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'><h3>Come si sono "
        "preparati</h3><p>Da ottobre i ragazzi hanno seguito un corso pomeridiano con la "
        "professoressa Elena Rinaldi, due ore ogni giovedì, risolvendo i problemi delle "
        "edizioni passate.</p></div></div></div></div></div><div class='wpb_column "
        "vc_column_container vc_col-sm-6'><div class='vc_column-inner'><div class='wpb_wrapper'>"
        "<div class='wpb_single_image wpb_content_element'><figure class='wpb_wrapper "
        "vc_figure'><img src='/img/olimpiadi.jpg' alt=''></figure></div></div></div></div></div>"
        "<div class='vc_row wpb_row vc_row-fluid vc_custom_icons'><div class='wpb_column "
        "vc_column_container vc_col-sm-4'><div class='vc_column-inner'><div class='wpb_wrapper'>"
        "<div class='vc_icon_element'><span class='vc_icon_element-icon fa fa-book'></span>"
        "</div><div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'><p>"
        "Open day sabato 14 dicembre</p></div></div></div></div></div><div class='wpb_column "
        "vc_column_container vc_col-sm-4'><div class='vc_column-inner'><div class='wpb_wrapper'>"
        "<div class='vc_btn3-container'><a class='vc_btn3 vc_btn3-color-blue' href='/iscrizioni/'"
        ">Iscriviti ora</a></div></div></div></div></div></div><div class='popup-newsletter' "
        "style='display:none'><h4>Resta aggiornato</h4><p>Iscriviti alla newsletter della "
        "scuola per ricevere tutte le comunicazioni.</p></div><footer class='site-footer'><p>"
        "Liceo Scientifico G. Marconi – Codice meccanografico NOPS010001</p></footer></div>",
    ),
    (
        "si sono qualificati per la finale nazionale delle Olimpiadi di matematica",
        "Si tratta di Giulia Ferraris della 4B",
        "Come si sono preparati",
        "risolvendo i problemi delle edizioni passate.",
    ),
    (
        "Open day sabato 14 dicembre",
        "Iscriviti ora",
        "Resta aggiornato",
        "Segreteria: 0321 555 010",
        "Codice meccanografico",
    ),
)

# --- Spanish, Gutenberg blocks: a travel blog with columns, a group, a media-text block and
# a table block; a "related posts" block and a subscribe block after it.
PROBES.add(
    "es_gutenberg_travel_columns_media_text",
    "https://mochila-lenta.example.es/2026/02/ruta-por-los-pueblos-blancos/",
    page(
        "es",
        "Ruta de cuatro días por los pueblos blancos",
        "<div class='wp-site-blocks'><header class='wp-block-template-part'><div "
        "class='wp-block-group is-layout-flex'><p class='wp-block-site-title'><a href='/'>"
        "Mochila Lenta</a></p><nav class='wp-block-navigation'><ul class='wp-block-navigation__"
        "container'><li class='wp-block-navigation-item'><a href='/destinos/'>Destinos</a></li>"
        "<li class='wp-block-navigation-item'><a href='/sobre-mi/'>Sobre mí</a></li></ul></nav>"
        "</div></header><main class='wp-block-group is-layout-constrained'><h1 class='wp-block-"
        "post-title'>Ruta de cuatro días por los pueblos blancos</h1><div class='wp-block-post-"
        "date'><time datetime='2026-02-09'>9 de febrero de 2026</time></div><div "
        "class='entry-content wp-block-post-content is-layout-constrained'><p>Los pueblos "
        "blancos de la sierra se recorren bien en coche en cuatro días, durmiendo en dos "
        "sitios distintos para no deshacer la maleta cada noche.</p><div class='wp-block-"
        "columns is-layout-flex'><div class='wp-block-column'><h3 class='wp-block-heading'>"
        "Día 1: Arcos</h3><p>Llegamos a mediodía y subimos a pie hasta el mirador de la "
        "Peña, desde donde se ve todo el valle del río.</p></div><div class='wp-block-column'>"
        "<h3 class='wp-block-heading'>Día 2: Grazalema</h3><p>La carretera del puerto tiene "
        "muchas curvas; conviene salir temprano y parar en la fuente del pueblo.</p></div></div>"
        "<div class='wp-block-media-text is-stacked-on-mobile'><figure class='wp-block-media-"
        "text__media'><img src='/wp-content/uploads/zahara.jpg' alt=''></figure><div "
        "class='wp-block-media-text__content'><p>En Zahara dormimos en una casa rural junto "
        "al embalse, con vistas al castillo y cena casera por veinte euros.</p></div></div>"
        "<div class='wp-block-group has-background'><div class='wp-block-group__inner-container'"
        "><h2 class='wp-block-heading'>Presupuesto</h2><figure class='wp-block-table'><table>"
        "<thead><tr><th>Concepto</th><th>Coste</th></tr></thead><tbody><tr><td>Alojamiento"
        "</td><td>210 €</td></tr><tr><td>Gasolina</td><td>64 €</td></tr></tbody></table>"
        "</figure></div></div></div><div class='wp-block-group related'><h2 class='wp-block-"
        "heading'>También te puede interesar</h2><ul class='wp-block-latest-posts'><li><a "
        "href='/2025/11/lisboa/'>Lisboa en tres días sin prisas</a></li><li><a href='/2025/10/"
        "asturias/'>Playas escondidas de Asturias</a></li></ul></div><div class='wp-block-"
        "jetpack-subscriptions'><p>Suscríbete para recibir las nuevas entradas por correo.</p>"
        "<form><input type='email'><button>Suscribirme</button></form></div></main><footer "
        "class='wp-block-template-part'><p class='has-small-font-size'>Diseñado con WordPress"
        "</p></footer></div>",
    ),
    (
        "se recorren bien en coche en cuatro días",
        "Día 1: Arcos",
        "subimos a pie hasta el mirador de la Peña",
        "conviene salir temprano y parar en la fuente del pueblo.",
        "dormimos en una casa rural junto al embalse",
        "Presupuesto",
        "Alojamiento",
    ),
    (
        "Lisboa en tres días sin prisas",
        "También te puede interesar",
        "Suscríbete para recibir las nuevas entradas por correo.",
        "Diseñado con WordPress",
    ),
)

# --- Portuguese (Brazil), Wix: a bakery's blog post, every line a richTextElement of
# inline-styled spans, absolutely placed boxes, a chat widget and a footer strip.
PROBES.add(
    "pt_wix_bakery_rich_text_spans",
    "https://www.padariasolar.example.com.br/post/fermentacao-natural-em-casa",
    page(
        "pt",
        "Fermentação natural em casa",
        "<div id='SITE_CONTAINER'><div id='main_MF'><header id='SITE_HEADER' "
        "data-testid='layout-header'><div data-testid='richTextElement' class='wixui-rich-"
        "text'><p class='font_9'><span style='color:#6B4226;'>Padaria Solar</span></p></div>"
        "<nav aria-label='Site'><ul><li><a data-testid='linkElement' href='/'>Início</a></li>"
        "<li><a data-testid='linkElement' href='/cardapio'>Cardápio</a></li><li><a "
        "data-testid='linkElement' href='/blog'>Blog</a></li></ul></nav></header><main "
        "id='PAGES_CONTAINER'><div id='SITE_PAGES'><div class='comp-kx81 wixui-column-strip'>"
        "<div data-testid='richTextElement' class='comp-kx82 wixui-rich-text'><h1 "
        "class='font_0'><span style='font-weight:bold;'>Fermentação natural em casa</span>"
        "</h1></div><div data-testid='richTextElement' class='comp-kx83 wixui-rich-text'><p "
        "class='font_8'><span style='font-size:17px;'><span style='color:#333333;'>O "
        "fermento natural é só farinha e água, mas pede paciência: leva de cinco a sete dias "
        "até estar forte o bastante para crescer um pão.</span></span></p><p class='font_8'>"
        "<span style='font-size:17px;'>&nbsp;</span></p><p class='font_8'><span "
        "style='font-size:17px;'><span style='color:#333333;'>Misture cinquenta gramas de "
        "farinha integral com cinquenta gramas de água morna num pote de vidro e deixe "
        "descansar com a tampa solta.</span></span></p></div><div data-testid='richTextElement' "
        "class='comp-kx84 wixui-rich-text'><h2 class='font_2'><span style='font-size:24px;'>"
        "Alimentando o fermento</span></h2></div><div data-testid='richTextElement' "
        "class='comp-kx85 wixui-rich-text'><p class='font_8'><span style='font-size:17px;'>"
        "Todos os dias, descarte metade e junte a mesma quantidade de farinha e água. "
        "Quando ele dobrar de volume em quatro horas, está pronto.</span></p><ul "
        "class='font_8'><li><p class='font_8'><span>Use água filtrada</span></p></li><li><p "
        "class='font_8'><span>Mantenha longe do sol</span></p></li></ul></div></div><div "
        "class='comp-kx90 wixui-column-strip'><div data-testid='richTextElement' "
        "class='wixui-rich-text'><p class='font_7'><span>Encomendas pelo WhatsApp (11) "
        "95555-0101</span></p></div><a data-testid='linkElement' class='wixui-button' "
        "href='/encomendas'><span class='wixui-button__label'>Fazer encomenda</span></a></div>"
        "</div></main><footer id='SITE_FOOTER'><div data-testid='richTextElement' "
        "class='wixui-rich-text'><p class='font_9'><span>© 2026 Padaria Solar. Criado com "
        "Wix.com</span></p></div></footer></div><div id='wix-chat'><p>Olá! Como podemos "
        "ajudar?</p></div></div>",
    ),
    (
        "O fermento natural é só farinha e água, mas pede paciência",
        "Misture cinquenta gramas de farinha integral",
        "Alimentando o fermento",
        "Quando ele dobrar de volume em quatro horas, está pronto.",
        "Use água filtrada",
        "Mantenha longe do sol",
    ),
    (
        "Encomendas pelo WhatsApp",
        "Fazer encomenda",
        "Criado com Wix.com",
        "Olá! Como podemos ajudar?",
    ),
)

# --- Dutch, Squarespace: a photographer's portfolio entry, text in html-blocks between
# image blocks and a gallery block, a newsletter block and the announcement bar.
PROBES.add(
    "nl_squarespace_portfolio_html_blocks",
    "https://www.fotografie-veen.example.nl/projecten/polderlicht",
    page(
        "nl",
        "Polderlicht",
        "<div class='sqs-announcement-bar'><p>Gratis verzending van prints boven de 75 euro"
        "</p></div><header class='header'><div class='header-title'><a href='/'>Anouk van "
        "Veen Fotografie</a></div><nav class='header-nav'><a href='/projecten'>Projecten</a>"
        "<a href='/winkel'>Winkel</a><a href='/contact'>Contact</a></nav></header><main "
        "id='page'><article class='sections'><section class='page-section'><div "
        "class='content-wrapper'><div class='sqs-layout sqs-grid-12 columns-12'><div "
        "class='row sqs-row'><div class='col sqs-col-12 span-12'><div class='sqs-block "
        "html-block sqs-block-html' data-block-type='2'><div class='sqs-block-content'><div "
        "class='sqs-html-content'><h1>Polderlicht</h1><p>Twee winters lang fotografeerde ik "
        "de polders ten noorden van de stad in het eerste uur na zonsopgang, wanneer de "
        "mist nog boven de sloten hangt.</p></div></div></div><div class='sqs-block image-"
        "block sqs-block-image'><div class='sqs-block-content'><img src='/s/polder1.jpg' "
        "alt=''></div></div><div class='sqs-block html-block sqs-block-html'><div "
        "class='sqs-block-content'><div class='sqs-html-content'><p>De serie bestaat uit "
        "achtendertig beelden, allemaal gemaakt met een oude middenformaatcamera op "
        "zwart-witfilm.</p><p>In mei hangt een selectie in de bibliotheek van Zuidmeer.</p>"
        "</div></div></div><div class='sqs-block gallery-block sqs-block-gallery'><div "
        "class='sqs-gallery'><div class='slide'><img src='/s/2.jpg' alt=''></div></div></div>"
        "<div class='sqs-block newsletter-block sqs-block-newsletter'><div class='newsletter-"
        "form-wrapper'><h2 class='newsletter-form-header-title'>Blijf op de hoogte</h2><p>"
        "Ontvang een mail bij elke nieuwe serie.</p><button class='newsletter-form-button'>"
        "Aanmelden</button></div></div></div></div></div></div></section></article></main>"
        "<footer class='sections' id='footer-sections'><div class='sqs-block html-block'><div "
        "class='sqs-html-content'><p>KvK 12345678 · Algemene voorwaarden</p></div></div>"
        "</footer>",
    ),
    (
        "Twee winters lang fotografeerde ik de polders",
        "De serie bestaat uit achtendertig beelden",
        "In mei hangt een selectie in de bibliotheek van Zuidmeer.",
    ),
    (
        "Gratis verzending van prints",
        "Blijf op de hoogte",
        "Ontvang een mail bij elke nieuwe serie.",
        "KvK 12345678",
    ),
)

# --- Swedish, Webflow: a startup's blog post in a w-richtext, a CMS collection of other
# posts and a CTA section after it.
PROBES.add(
    "sv_webflow_blog_w_richtext",
    "https://www.solgard.example.se/blogg/sa-fungerar-vara-batterier",
    page(
        "sv",
        "Så fungerar våra hembatterier",
        "<div class='navbar w-nav' data-collapse='medium'><div class='container w-container'>"
        "<a href='/' class='brand w-nav-brand'>Solgård</a><nav class='nav-menu w-nav-menu'>"
        "<a href='/produkter' class='nav-link w-nav-link'>Produkter</a><a href='/blogg' "
        "class='nav-link w-nav-link'>Blogg</a></nav></div></div><div class='section-blog-"
        "post'><div class='container-narrow'><div class='blog-category'>Teknik</div><h1 "
        "class='heading-blog'>Så fungerar våra hembatterier</h1><div class='blog-meta'><div>"
        "4 min läsning</div></div><div class='rich-text-blog w-richtext'><p>Ett hembatteri "
        "lagrar solelen som paneler producerar mitt på dagen, så att den kan användas på "
        "kvällen när hushållet förbrukar som mest.</p><h2>Hur stort batteri behövs?</h2><p>"
        "För en villa med elbil räcker oftast tio kilowattimmar. En lägenhet klarar sig med "
        "hälften.</p><blockquote>Batteriet betalar sig på ungefär åtta år vid dagens "
        "elpriser.</blockquote><ul role='list'><li>Livslängd: 15 år</li><li>Garanti: 10 år"
        "</li></ul></div></div></div><div class='section-more-posts'><h3>Fler inlägg</h3><div "
        "class='w-dyn-list'><div role='list' class='w-dyn-items'><div role='listitem' "
        "class='w-dyn-item'><a href='/blogg/vinterns-solceller' class='post-card'><div "
        "class='post-card-title'>Solceller på vintern – lönar det sig?</div></a></div></div>"
        "</div></div><div class='section-cta'><h2>Redo att sänka elräkningen?</h2><a "
        "href='/offert' class='button w-button'>Få en gratis offert</a></div><div "
        "class='footer'><div>© 2026 Solgård AB</div><a href='https://webflow.com' "
        "class='w-webflow-badge'>Made in Webflow</a></div>",
    ),
    (
        "Ett hembatteri lagrar solelen som paneler producerar",
        "Hur stort batteri behövs?",
        "För en villa med elbil räcker oftast tio kilowattimmar.",
        "Batteriet betalar sig på ungefär åtta år",
        "Livslängd: 15 år",
    ),
    (
        "Solceller på vintern – lönar det sig?",
        "Redo att sänka elräkningen?",
        "Få en gratis offert",
        "Made in Webflow",
    ),
)

# --- Russian, Tilda: a dance school's news page, blocks of t-title and t-text in t-records,
# a t-store block of courses, a pop-up form and a cookie block.
PROBES.add(
    "ru_tilda_dance_school_t_records",
    "https://tanec-vostok.example.ru/news/otchetnyj-koncert",
    page(
        "ru",
        "Отчётный концерт школы",
        "<div id='allrecords' class='t-records' data-tilda-page-id='3211'><div id='rec1001' "
        "class='r t-rec' data-record-type='257'><div class='t228'><div class='t228__logo'>"
        "<a href='/'>Восток</a></div><nav class='t228__menu'><a class='t-menu__link-item' "
        "href='/raspisanie'>Расписание</a><a class='t-menu__link-item' href='/ceny'>Цены</a>"
        "</nav></div></div><div id='rec1002' class='r t-rec' data-record-type='60'><div "
        "class='t060'><div class='t-container'><div class='t-col t-col_8'><h1 class='t060__"
        "title t-title t-title_md'>Отчётный концерт школы</h1></div></div></div></div><div "
        "id='rec1003' class='r t-rec' data-record-type='106'><div class='t106'><div "
        "class='t-container'><div class='t-col t-col_8 t-prefix_2'><div class='t106__text "
        "t-text t-text_md' field='text'>Двадцать шестого апреля в доме культуры «Заря» "
        "пройдёт отчётный концерт нашей школы. На сцену выйдут больше ста учеников — от "
        "самых маленьких до взрослой группы.<br><br>Программа продлится около двух часов, "
        "в ней будут народные, эстрадные и современные номера.</div></div></div></div></div>"
        "<div id='rec1004' class='r t-rec' data-record-type='30'><div class='t030'><div "
        "class='t-container'><div class='t030__title t-title t-title_xs'>Как попасть на "
        "концерт</div><div class='t030__descr t-descr t-descr_md'>Вход свободный по "
        "пригласительным, которые можно получить у преподавателя группы до двадцатого "
        "апреля.</div></div></div></div><div id='rec1005' class='r t-rec' data-record-"
        "type='754'><div class='t754'><div class='t-store__card'><div class='t-store__card__"
        "title t-name'>Абонемент на 8 занятий</div><div class='t-store__card__price'>4 800 "
        "₽</div><a class='t-btn' href='#order'>Купить</a></div></div></div><div id='rec1006' "
        "class='r t-rec' data-record-type='702'><div class='t702 t-popup'><div class='t702__"
        "title t-title'>Запишитесь на пробное занятие</div><div class='t702__descr t-descr'>"
        "Оставьте телефон, и мы перезвоним в течение часа.</div></div></div><div id='rec1007' "
        "class='r t-rec' data-record-type='886'><div class='t886'><div class='t886__text "
        "t-text'>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь "
        "с этим.</div><button class='t886__btn'>OK</button></div></div><div id='rec1008' "
        "class='r t-rec' data-record-type='345'><div class='t345'><div class='t345__text "
        "t-descr'>© 2026 Школа танца «Восток»</div></div></div></div>",
    ),
    (
        "пройдёт отчётный концерт нашей школы",
        "в ней будут народные, эстрадные и современные номера.",
        "Как попасть на концерт",
        "Вход свободный по пригласительным",
    ),
    (
        "Абонемент на 8 занятий",
        "Запишитесь на пробное занятие",
        "Оставьте телефон, и мы перезвоним в течение часа.",
        "Мы используем файлы cookie.",
        "Школа танца «Восток»",
    ),
)

# --- Ukrainian, 1C-Bitrix: a city portal's news item in news-detail, a bx-breadcrumb, a
# "other news" list component and a voting component beside it.
PROBES.add(
    "uk_bitrix_news_detail_component",
    "https://misto-bereg.example.ua/news/12345/",
    page(
        "uk",
        "У парку відкрили нову велодоріжку",
        "<div id='panel'></div><div class='header'><a class='logo' href='/'>Берегове сьогодні"
        "</a><ul class='top-menu'><li><a href='/news/'>Новини</a></li><li><a href='/afisha/'>"
        "Афіша</a></li></ul></div><div class='bx-breadcrumb'><div class='bx-breadcrumb-item'>"
        "<a href='/'>Головна</a></div><div class='bx-breadcrumb-item'><span>Новини</span></div>"
        "</div><div class='workarea'><h1>У парку відкрили нову велодоріжку</h1><div "
        "class='news-detail'><span class='news-date-time'>14.03.2026</span><img "
        "class='detail_picture' src='/upload/iblock/1a2/park.jpg' alt=''>У міському парку "
        "імені Лесі Українки відкрили велодоріжку завдовжки два кілометри. Вона проходить "
        "уздовж ставка і з'єднує два головні входи.<br><br>Будівництво тривало пів року й "
        "коштувало чотири мільйони гривень із міського бюджету.<br><br>Міська рада обіцяє "
        "влітку встановити вздовж доріжки лавки та ліхтарі.<div style='clear:both'></div><br>"
        "<div class='news-detail-share'><span>Поділитися:</span> <a href='#'>Facebook</a> "
        "<a href='#'>Telegram</a></div></div><div class='news-list other-news'><h3>Інші новини"
        "</h3><p class='news-item'><span class='news-date-time'>13.03.2026</span><a "
        "href='/news/12344/'>Ремонт мосту на Садовій завершать у травні</a></p></div></div>"
        "<div class='sidebar'><div class='voting-form-box'><h3>Опитування</h3><p>Чи "
        "користуєтеся ви велосипедом?</p></div></div><div class='footer'><p>© 2026 Берегове "
        "сьогодні. Усі права захищено.</p></div>",
    ),
    (
        "відкрили велодоріжку завдовжки два кілометри",
        "Будівництво тривало пів року",
        "Міська рада обіцяє влітку встановити вздовж доріжки лавки та ліхтарі.",
    ),
    (
        "Ремонт мосту на Садовій завершать у травні",
        "Чи користуєтеся ви велосипедом?",
        "Поділитися:",
        "Усі права захищено.",
    ),
)

# --- Polish, Joomla: a sports club's article in item-page with its article-info, a module
# of latest results and a "pagenavigation" after it.
PROBES.add(
    "pl_joomla_club_item_page",
    "https://ks-orzel.example.pl/aktualnosci/45-zwyciestwo-w-derbach",
    page(
        "pl",
        "Zwycięstwo w derbach powiatu",
        "<div class='body-innerwrapper'><header id='sp-header'><div class='logo'><a "
        "href='/'>KS Orzeł</a></div><ul class='sp-megamenu-parent menu'><li><a href='/druzyna'"
        ">Drużyna</a></li><li><a href='/terminarz'>Terminarz</a></li></ul></header><section "
        "id='sp-main-body'><div id='sp-component'><div class='item-page' itemscope "
        "itemtype='https://schema.org/Article'><div class='page-header'><h2 "
        "itemprop='headline'>Zwycięstwo w derbach powiatu</h2></div><dl class='article-info "
        "muted'><dt class='article-info-term'>Szczegóły</dt><dd class='createdby'>Napisane "
        "przez Admin</dd><dd class='category-name'>Kategoria: Seniorzy</dd><dd class='hits'>"
        "Odsłony: 412</dd></dl><div itemprop='articleBody'><p>W niedzielę nasi seniorzy "
        "pokonali na własnym boisku Sokół Lipnik 3:1 i awansowali na trzecie miejsce w "
        "tabeli klasy okręgowej.</p><p>Dwie bramki zdobył Kamil Nowicki, a wynik ustalił w "
        "doliczonym czasie Piotr Wrona.</p><table class='table'><tr><td>Orzeł</td><td>3</td>"
        "</tr><tr><td>Sokół Lipnik</td><td>1</td></tr></table></div><ul class='pager "
        "pagenav'><li class='previous'><a href='/aktualnosci/44'>Poprzedni artykuł</a></li>"
        "</ul></div></div><div id='sp-right'><div class='sp-module'><h3 class='sp-module-"
        "title'>Ostatnie wyniki</h3><ul class='latestnews'><li><a href='/a/40'>Juniorzy "
        "remisują w Zawadzie</a></li></ul></div></div></section><footer id='sp-footer'><span "
        "class='sp-copyright'>© 2026 KS Orzeł. Wszelkie prawa zastrzeżone.</span></footer>"
        "</div>",
    ),
    (
        "pokonali na własnym boisku Sokół Lipnik 3:1",
        "Dwie bramki zdobył Kamil Nowicki",
        "Sokół Lipnik",
    ),
    (
        "Juniorzy remisują w Zawadzie",
        "Poprzedni artykuł",
        "Odsłony: 412",
        "Wszelkie prawa zastrzeżone.",
    ),
)

# --- Czech, Drupal 10: a museum's event page with field--name-body, field items for the
# date and place, a "related events" view and a newsletter block.
PROBES.add(
    "cs_drupal_museum_event_fields",
    "https://muzeum-podhradi.example.cz/akce/noc-muzei-2026",
    page(
        "cs",
        "Noc muzeí 2026",
        "<div class='dialog-off-canvas-main-canvas'><header class='header'><div "
        "class='block-system-branding-block'><a href='/'>Muzeum Podhradí</a></div><nav "
        "class='block-menu'><ul class='menu'><li class='menu-item'><a href='/vystavy'>Výstavy"
        "</a></li><li class='menu-item'><a href='/akce'>Akce</a></li></ul></nav></header>"
        "<main><div class='region region-content'><article class='node node--type-event "
        "node--view-mode-full'><h1 class='page-title'><span class='field field--name-title'>"
        "Noc muzeí 2026</span></h1><div class='node__content'><div class='field "
        "field--name-field-date field--type-datetime field--label-inline'><div "
        "class='field__label'>Datum</div><div class='field__item'>16. 5. 2026, 18:00–24:00"
        "</div></div><div class='field field--name-field-place field--label-inline'><div "
        "class='field__label'>Místo</div><div class='field__item'>Hlavní budova muzea</div>"
        "</div><div class='clearfix text-formatted field field--name-body field--type-text-"
        "with-summary field--label-hidden field__item'><p>Muzeum bude o Noci muzeí otevřeno "
        "až do půlnoci a vstup do všech expozic bude zdarma.</p><p>V osm hodin večer začne "
        "komentovaná prohlídka sklepení pod zámkem, kterou povede archeolog Jan Dvořáček.</p>"
        "<h2>Program pro děti</h2><ul><li>Dílna výroby svíček</li><li>Hledání pokladu v "
        "zahradě</li></ul></div></div></article><div class='views-element-container "
        "block-views-related-events'><h2>Další akce</h2><div class='view-content'><div "
        "class='views-row'><a href='/akce/den-remesel'>Den řemesel na nádvoří</a></div></div>"
        "</div><div class='block-simplenews'><h2>Newsletter</h2><p>Přihlaste se k odběru "
        "novinek z muzea.</p></div></div></main><footer class='site-footer'><p>Muzeum "
        "Podhradí, příspěvková organizace kraje</p></footer></div>",
    ),
    (
        "vstup do všech expozic bude zdarma.",
        "komentovaná prohlídka sklepení pod zámkem",
        "Program pro děti",
        "Dílna výroby svíček",
    ),
    (
        "Den řemesel na nádvoří",
        "Přihlaste se k odběru novinek z muzea.",
        "příspěvková organizace kraje",
    ),
)

# --- Turkish, Ghost: a newsletter-blog post in gh-content, a members' sign-up box and the
# "read more" cards.
PROBES.add(
    "tr_ghost_post_gh_content",
    "https://yavas-kahve.example.com.tr/filtre-kahvede-su-sicakligi/",
    page(
        "tr",
        "Filtre kahvede su sıcaklığı neden önemli?",
        "<div class='gh-viewport'><header id='gh-navigation' class='gh-navigation'><div "
        "class='gh-navigation-inner'><a class='gh-navigation-logo' href='/'>Yavaş Kahve</a>"
        "<nav class='gh-navigation-menu'><ul class='nav'><li><a href='/tarifler/'>Tarifler"
        "</a></li><li><a href='/hakkinda/'>Hakkında</a></li></ul></nav><a class='gh-button' "
        "href='#/portal/signup'>Abone ol</a></div></header><main class='gh-main'><article "
        "class='gh-article post'><header class='gh-article-header gh-canvas'><a "
        "class='gh-article-tag' href='/tag/demleme/'>Demleme</a><h1 class='gh-article-title'>"
        "Filtre kahvede su sıcaklığı neden önemli?</h1><p class='gh-article-excerpt'>Kaynar "
        "su kahveyi yakar, ılık su ise tadı çıkarmaz.</p></header><section class='gh-content "
        "gh-canvas'><p>Demleme için ideal sıcaklık doksan ile doksan altı derece arasındadır. "
        "Su kaynadıktan sonra yaklaşık otuz saniye beklemek bu aralığa inmek için yeterlidir."
        "</p><h2 id='denemeler'>Denemelerimiz</h2><p>Aynı çekirdekle üç farklı sıcaklıkta "
        "demleme yaptık. En dengeli fincan doksan üç derecede çıktı.</p><figure "
        "class='kg-card kg-image-card kg-card-hascaption'><img src='/content/images/v60.jpg' "
        "class='kg-image' alt=''><figcaption>Deneme düzeneğimiz</figcaption></figure><div "
        "class='kg-card kg-callout-card kg-callout-card-yellow'><div class='kg-callout-emoji'>"
        "💡</div><div class='kg-callout-text'>Termometreniz yoksa kaynattıktan sonra kapağı "
        "açıp bir dakika bekleyin.</div></div></section></article><section class='gh-cta'>"
        "<h2 class='gh-cta-title'>Yeni yazılardan haberdar olun</h2><form data-members-form>"
        "<input type='email' placeholder='E-posta adresiniz'><button>Abone ol</button></form>"
        "</section><section class='gh-container gh-readmore'><h2 class='gh-container-title'>"
        "Devamını oku</h2><article class='gh-card post'><a class='gh-card-link' href='/"
        "ogutme-ayari/'><h3 class='gh-card-title'>Öğütme ayarını nasıl bulursunuz?</h3></a>"
        "</article></section></main><footer class='gh-footer'><div class='gh-footer-"
        "copyright'>Yavaş Kahve © 2026</div><div class='gh-powered-by'><a href='https://"
        "ghost.org/'>Powered by Ghost</a></div></footer></div>",
    ),
    (
        "Demleme için ideal sıcaklık doksan ile doksan altı derece arasındadır.",
        "Denemelerimiz",
        "En dengeli fincan doksan üç derecede çıktı.",
        "Termometreniz yoksa kaynattıktan sonra kapağı açıp bir dakika bekleyin.",
    ),
    (
        "Yeni yazılardan haberdar olun",
        "Öğütme ayarını nasıl bulursunuz?",
        "Powered by Ghost",
    ),
)

# --- Greek, Substack: a newsletter post in available-content > body markup, subscribe
# widgets between paragraphs, a footnote and the comment prompt.
PROBES.add(
    "el_substack_available_content_subscribe",
    "https://thalassa.example-substack.com/p/ta-limania-tou-aigaiou",
    page(
        "el",
        "Τα λιμάνια του Αιγαίου το χειμώνα",
        "<div id='entry'><div class='main-menu'><div class='navbar-title'><a href='/'>"
        "Θάλασσα</a></div><button class='button primary'>Subscribe</button><a "
        "href='/sign-in'>Sign in</a></div><div class='container'><div class='single-post'>"
        "<div class='post-header'><h1 class='post-title unpublished'>Τα λιμάνια του Αιγαίου το "
        "χειμώνα</h1><h3 class='subtitle'>Όταν φεύγουν οι επισκέπτες</h3><div "
        "class='post-meta'><a href='/@eleni'>Ελένη Μαυρίδου</a><div>Feb 03, 2026</div></div>"
        "<div class='post-ufi'><a class='like-button'>42</a><a class='share-button'>Share</a>"
        "</div></div><div class='available-content'><div dir='auto' class='body markup'><p>"
        "Τον Ιανουάριο τα περισσότερα λιμάνια των μικρών νησιών ησυχάζουν. Τα καφενεία της "
        "παραλίας κλείνουν νωρίς και το πλοίο έρχεται δύο φορές την εβδομάδα.</p><p>Στη "
        "Σίφνο γνώρισα τον κυρ Μανώλη, που επισκευάζει τα δίχτυα του κάθε πρωί στο ίδιο "
        "σημείο εδώ και σαράντα χρόνια.<a class='footnote-anchor' href='#footnote-1' "
        "id='footnote-anchor-1'>1</a></p><div class='subscription-widget-wrap'><div "
        "class='subscription-widget show-subscribe'><div class='preamble'><p>Θάλασσα is a "
        "reader-supported publication. To receive new posts, consider becoming a subscriber."
        "</p></div><form class='subscription-widget-subscribe'><input type='email'><input "
        "type='submit' value='Subscribe'></form></div></div><h2>Η ζωή μετά τον Οκτώβριο</h2>"
        "<p>Οι κάτοικοι λένε ότι ο χειμώνας είναι η εποχή που το νησί ξαναγίνεται δικό τους. "
        "Τα παιδιά παίζουν στην προκυμαία και οι γείτονες τρώνε μαζί τις Κυριακές.</p><div "
        "class='footnote'><a class='footnote-number' href='#footnote-anchor-1' "
        "id='footnote-1'>1</a><div class='footnote-content'><p>Το όνομά του έχει αλλάξει "
        "κατόπιν επιθυμίας του.</p></div></div></div></div><div class='post-footer'><a "
        "class='button'>Share</a><p>Leave a comment</p></div></div><div class='comments-"
        "section'><h4>Discussion about this post</h4><div class='comment-body'>Υπέροχο "
        "κείμενο, μου θύμισε την Αμοργό.</div></div></div><div class='footer-wrap'><p>© 2026 "
        "Ελένη Μαυρίδου · Privacy · Terms</p><p>Substack is the home for great culture</p>"
        "</div></div>",
    ),
    (
        "Τον Ιανουάριο τα περισσότερα λιμάνια των μικρών νησιών ησυχάζουν.",
        "που επισκευάζει τα δίχτυα του κάθε πρωί",
        "Η ζωή μετά τον Οκτώβριο",
        "Τα παιδιά παίζουν στην προκυμαία",
    ),
    (
        "reader-supported publication",
        "Discussion about this post",
        "μου θύμισε την Αμοργό",
        "Substack is the home for great culture",
    ),
)

# --- Indonesian, a Medium-like platform: every paragraph a pw-post-body-paragraph with
# hashed classes beside, the author card, clap bar and "more from" list.
PROBES.add(
    "id_medium_pw_post_body_paragraphs",
    "https://medium.example.com/@rani.w/belajar-membuat-kompos-di-apartemen-7c1f2e",
    page(
        "id",
        "Belajar Membuat Kompos di Apartemen",
        "<div id='root'><div class='a b c'><nav class='ae af ag'><a href='/'>Medium</a><a "
        "href='/m/signin'>Sign in</a><a href='/m/signup'>Get started</a></nav><article><div "
        "class='l'><div class='ab ca'><div class='ch bg dz ea eb ec'><div><h1 "
        "class='pw-post-title gb gc gd bf ge' data-testid='storyTitle'>Belajar Membuat Kompos "
        "di Apartemen</h1><div class='speechify-ignore ab cp'><div class='pw-author'><a "
        "data-testid='authorName' href='/@rani.w'>Rani Wulandari</a><span>Follow</span></div>"
        "<span data-testid='storyReadTime'>5 min read</span><span>·</span><span>Jan 21, 2026"
        "</span></div></div><p class='pw-post-body-paragraph lu lv fq lw b lx ly lz ma mb "
        "mc md me mf mg fj bk' id='a1b2'>Tinggal di apartemen bukan alasan untuk tidak "
        "mengolah sampah dapur. Saya mulai membuat kompos di balkon sejak tiga bulan lalu "
        "dengan dua ember bekas cat.</p><h2 class='mh mi fq bf mj mk ml mm mn mo' id='c3d4'>"
        "Bahan yang dibutuhkan</h2><ul class=''><li class='ng nh fq ni b nj nk ob oc od bk' "
        "id='e5f6'>Dua ember dengan tutup</li><li class='ng nh fq ni b nj nk ob oc od bk' "
        "id='g7h8'>Tanah kering atau sekam</li></ul><p class='pw-post-body-paragraph lu lv fq "
        "lw b lx ly lz ma mb mc md me mf mg fj bk' id='i9j0'>Lubangi ember pertama di bagian "
        "bawah, lalu letakkan di atas ember kedua untuk menampung cairan lindi yang bisa "
        "dipakai sebagai pupuk cair.</p><p class='pw-post-body-paragraph lu lv fq lw b lx ly "
        "lz ma mb mc md me mf mg fj bk' id='k1l2'>Setelah enam minggu, sisa sayur dan kulit "
        "buah sudah berubah menjadi tanah gelap yang wangi.</p></div></div></div></article>"
        "<div class='pw-multi-vote-count'><button>Clap</button><span>128</span></div><div "
        "class='ab cb'><h2 class='bf'>More from Rani Wulandari</h2><a href='/@rani.w/x'><h2 "
        "class='bf'>Menanam Cabai di Pot Kecil</h2></a></div><div class='ab'><p>Help</p><p>"
        "Status</p><p>About</p><p>Careers</p></div></div></div>",
    ),
    (
        "Saya mulai membuat kompos di balkon sejak tiga bulan lalu",
        "Bahan yang dibutuhkan",
        "Dua ember dengan tutup",
        "Tanah kering atau sekam",
        "Lubangi ember pertama di bagian bawah",
        "sudah berubah menjadi tanah gelap yang wangi.",
    ),
    ("More from Rani Wulandari", "Menanam Cabai di Pot Kecil", "Get started"),
)

# --- Japanese, a Notion page published to the web: every line a notion-*-block div of
# notranslate contenteditable leaves, a toggle, a to-do list and a callout.
PROBES.add(
    "ja_notion_published_page_blocks",
    "https://tsukiji-club.example.site/2026-c5e1a9b0f2d84c7e",
    page(
        "ja",
        "春の写真部合宿のお知らせ",
        "<div id='notion-app'><div class='notion-app-inner'><div class='notion-topbar'><div "
        "class='notranslate'>築地写真部</div><div role='button'>Duplicate</div><div "
        "role='button'>Get Notion free</div></div><div class='notion-frame'><div "
        "class='notion-scroller'><div class='notion-page-content'><div class='notion-"
        "selectable notion-header-block'><h1 class='notranslate' contenteditable='false'>"
        "春の写真部合宿のお知らせ</h1></div><div class='notion-selectable notion-text-block' "
        "data-block-id='1'><div class='notranslate' contenteditable='false'>今年の春合宿は"
        "三月二十八日から二泊三日で、長野県の高原にある山小屋で行います。</div></div><div "
        "class='notion-selectable notion-text-block' data-block-id='2'><div class='notranslate'"
        " contenteditable='false'>夜は星空の撮影、朝は霧の湖の撮影を予定しています。三脚を"
        "必ず持ってきてください。</div></div><div class='notion-selectable notion-sub_header-"
        "block'><h3 class='notranslate'>持ち物</h3></div><div class='notion-selectable notion-"
        "to_do-block'><div class='notranslate'>カメラと予備の電池</div></div><div "
        "class='notion-selectable notion-to_do-block'><div class='notranslate'>防寒着と手袋"
        "</div></div><div class='notion-selectable notion-callout-block'><div>⚠️</div><div "
        "class='notranslate'>参加費は一万二千円です。二月末までに会計の佐藤まで払ってください。"
        "</div></div></div></div></div><div class='notion-overlay-container'><div "
        "role='dialog'><div>Sign up or log in to comment</div></div></div></div></div>",
    ),
    (
        "今年の春合宿は三月二十八日から二泊三日で",
        "三脚を必ず持ってきてください。",
        "持ち物",
        "カメラと予備の電池",
        "防寒着と手袋",
        "参加費は一万二千円です。",
    ),
    ("Get Notion free", "Sign up or log in to comment", "Duplicate"),
)

# --- Vietnamese, Google Sites: a primary school class page, text in tyJCtd boxes of
# generated classes and jsname attributes, a header image and the "Report abuse" footer.
PROBES.add(
    "vi_google_sites_class_page",
    "https://sites.example.com/view/lop4a-truonghoaian/thong-bao",
    page(
        "vi",
        "Thông báo lớp 4A",
        "<div class='UtePc RCETm' jsname='UzWXSb'><header id='atIdViewHeader'><div "
        "class='BbxBP'><div class='Mnj4gd'><a class='nGoHqf' href='/view/lop4a'>Lớp 4A – "
        "Trường Hòa An</a></div><nav class='JzO0Vc'><ul class='jYxBte'><li><a class='aJHbb' "
        "href='/view/lop4a/trang-chu'>Trang chủ</a></li><li><a class='aJHbb' href='/view/lop4a/"
        "thong-bao'>Thông báo</a></li></ul></nav></div></header><div role='main' "
        "class='UtePc'><section id='h.p_1' class='yaqOZd'><div class='mYVXT'><div class='LS81yb"
        " VICjCf'><div class='hJDwNd-AhqUyc-uQSCkd'><div class='JNdkSc-SmKAyb'><div "
        "class='tyJCtd mGzaTb baZpAe'><h1 class='zfr3Q duRjpb' dir='ltr'><span "
        "class='C9DxTc'>Thông báo lớp 4A</span></h1></div></div></div></div></div></section>"
        "<section id='h.p_2' class='yaqOZd'><div class='mYVXT'><div class='LS81yb VICjCf'><div "
        "class='hJDwNd-AhqUyc-uQSCkd'><div class='JNdkSc-SmKAyb'><div class='tyJCtd mGzaTb "
        "baZpAe'><p class='zfr3Q CDt4Ke' dir='ltr'><span class='C9DxTc'>Thứ Sáu tuần này lớp "
        "sẽ đi tham quan vườn quốc gia. Các em tập trung ở sân trường lúc sáu giờ rưỡi sáng."
        "</span></p><p class='zfr3Q CDt4Ke' dir='ltr'><span class='C9DxTc'>Phụ huynh vui lòng "
        "chuẩn bị cho các em nước uống, mũ và áo mưa mỏng.</span></p><ul class='n8H08c'><li "
        "class='zfr3Q TYR86d'><p class='zfr3Q CDt4Ke'><span class='C9DxTc'>Mang theo sổ ghi "
        "chép</span></p></li><li class='zfr3Q TYR86d'><p class='zfr3Q CDt4Ke'><span "
        "class='C9DxTc'>Không mang điện thoại</span></p></li></ul></div></div></div></div></div>"
        "</section></div><div class='dZA9kd'><div class='Xpil1b'>Google Sites</div><a "
        "class='wzVAbd' href='#'>Report abuse</a><span>Page details</span><span>Page updated"
        "</span></div></div>",
    ),
    (
        "lớp sẽ đi tham quan vườn quốc gia",
        "Phụ huynh vui lòng chuẩn bị cho các em nước uống",
        "Mang theo sổ ghi chép",
        "Không mang điện thoại",
    ),
    ("Report abuse", "Page details", "Page updated"),
)

# --- Korean, Next.js with styled-components: a news site of hashed classes only (sc-*),
# the __next root, a "most read" rail and a subscription modal.
PROBES.add(
    "ko_nextjs_styled_components_news",
    "https://www.haebit-ilbo.example.kr/article/2026031400123",
    page(
        "ko",
        "시립도서관, 밤 10시까지 문 연다",
        "<div id='__next'><div class='sc-bdVaJa kLmNop'><div class='sc-bwzfXH hIjKlm'><a "
        "class='sc-htpNat abCdEf' href='/'>해빛일보</a><div class='sc-bxivhb ghIjkl'><a "
        "href='/section/society'>사회</a><a href='/section/economy'>경제</a><a "
        "href='/section/culture'>문화</a></div></div><div class='sc-ifAKCX mNoPqr'><div "
        "class='sc-EHOje stUvWx'><h1 class='sc-bZQynM yZaBcD'>시립도서관, 밤 10시까지 문 "
        "연다</h1><div class='sc-gzVnrw eFgHiJ'><span>김도윤 기자</span><span>2026.03.14 "
        "09:12</span></div><div class='sc-htoDjs kLmNoP'><p class='sc-dnqmqq qRsTuV'>시립"
        "도서관이 다음 달부터 평일 운영 시간을 오후 6시에서 밤 10시로 늘린다. 직장인과 "
        "학생들의 요청이 많았기 때문이다.</p><p class='sc-dnqmqq qRsTuV'>도서관 측은 야간 "
        "근무 인력 여섯 명을 새로 채용했으며, 열람실 조명도 모두 교체했다고 밝혔다.</p><p "
        "class='sc-dnqmqq qRsTuV'>주말 운영 시간은 지금처럼 오후 6시까지 유지된다.</p></div>"
        "<div class='sc-iwsKbI wXyZaB'><button>공유하기</button><button>스크랩</button></div>"
        "</div><div class='sc-gZMcBi cDeFgH'><h3 class='sc-gqjmRU'>많이 본 뉴스</h3><ol><li><a "
        "href='/article/2026031300111'>봄철 미세먼지 대책 발표</a></li><li><a href='/article/"
        "2026031300098'>지하철 3호선 연장 확정</a></li></ol></div></div><div class='sc-VigVT "
        "modal'><p>해빛일보 뉴스레터를 구독하고 아침 소식을 받아보세요</p><button>구독하기"
        "</button></div><div class='sc-jTzLTM footer'><p>해빛일보 | 등록번호 서울 아00000 | "
        "무단 전재 및 재배포 금지</p></div></div></div><script id='__NEXT_DATA__' "
        'type=\'application/json\'>{"props":{"pageProps":{"id":"2026031400123"}},'
        '"page":"/article/[id]"}</script>',
    ),
    (
        "평일 운영 시간을 오후 6시에서 밤 10시로 늘린다.",
        "야간 근무 인력 여섯 명을 새로 채용했으며",
        "주말 운영 시간은 지금처럼 오후 6시까지 유지된다.",
    ),
    ("봄철 미세먼지 대책 발표", "뉴스레터를 구독하고", "무단 전재 및 재배포 금지", "공유하기"),
)

# --- Chinese (simplified), Emotion/CSS-in-JS: a product page of css-* hashed classes, the
# description in divs of spans, a specs grid, reviews and a "you may also like" slider.
PROBES.add(
    "zh_emotion_shop_product_description",
    "https://shop.qingshan-chaye.example.cn/products/longjing-mingqian",
    page(
        "zh",
        "明前龙井 250克",
        "<div id='root'><div class='css-1x9k2ab'><div class='css-7kp13n'><a class='css-"
        "1ywo6bq' href='/'>青山茶叶</a><div class='css-k008qs'><a href='/cart'>购物车 (0)</a>"
        "<a href='/login'>登录</a></div></div><div class='css-1d3bbye'><div class='css-"
        "j7qwjs'><img src='/p/lj.jpg' alt=''></div><div class='css-1n2mv2k'><h1 class='css-"
        "1jxf684'>明前龙井 250克</h1><div class='css-6wazwj'>¥ 268.00</div><button "
        "class='css-1hw9j7s'>加入购物车</button></div></div><div class='css-15lgl0d'><div "
        "class='css-1u8qly9'>商品详情</div><div class='css-0'><div class='css-1wx0d5g'>这款"
        "龙井采自西湖周边的茶园，在清明节前采摘一芽一叶，经过手工炒制，外形扁平光滑。</div>"
        "<div class='css-1wx0d5g'>冲泡时建议使用八十度左右的水，第一泡三十秒即可出汤，"
        "可连续冲泡四到五次。</div><div class='css-1wx0d5g'>开封后请密封冷藏，并在三个月内"
        "饮用完毕。</div></div><div class='css-x2k9rw'><div class='css-1l4w6pd'><span>产地"
        "</span><span>浙江杭州</span></div><div class='css-1l4w6pd'><span>保质期</span>"
        "<span>十八个月</span></div></div></div><div class='css-rr2n0f'><div class='css-"
        "1u8qly9'>用户评价 (36)</div><div class='css-8atqhb'>味道很清香，包装也很精致，"
        "会回购。</div></div><div class='css-vqdj2g'><div class='css-1u8qly9'>猜你喜欢</div>"
        "<a href='/products/biluochun'>洞庭碧螺春 100克</a></div><div class='css-1ofqig9'>"
        "<p>© 2026 青山茶叶 版权所有 ICP备00000000号</p></div></div></div>",
    ),
    (
        "在清明节前采摘一芽一叶",
        "冲泡时建议使用八十度左右的水",
        "开封后请密封冷藏，并在三个月内饮用完毕。",
    ),
    ("味道很清香，包装也很精致", "洞庭碧螺春 100克", "加入购物车", "ICP备00000000号"),
)

# --- Hindi, Tailwind: a coaching institute's blog page of utility classes only (prose
# absent), a sticky enrol bar and a testimonials grid.
PROBES.add(
    "hi_tailwind_coaching_blog_utilities",
    "https://www.pragati-classes.example.in/blog/board-pariksha-ki-taiyari",
    page(
        "hi",
        "बोर्ड परीक्षा की तैयारी के पाँच नियम",
        "<div class='min-h-screen bg-gray-50'><nav class='flex items-center justify-between "
        "px-6 py-4 bg-white shadow'><a class='text-xl font-bold text-indigo-600' href='/'>"
        "प्रगति क्लासेज़</a><div class='hidden md:flex space-x-6'><a class='text-gray-700 "
        "hover:text-indigo-600' href='/courses'>कोर्स</a><a class='text-gray-700' "
        "href='/results'>परिणाम</a></div></nav><main class='max-w-3xl mx-auto px-4 py-10'>"
        "<h1 class='text-3xl md:text-4xl font-extrabold text-gray-900 mb-4'>बोर्ड परीक्षा की "
        "तैयारी के पाँच नियम</h1><p class='text-sm text-gray-500 mb-8'>12 जनवरी 2026 · 6 "
        "मिनट</p><div class='space-y-6 text-lg leading-relaxed text-gray-800'><p>परीक्षा से "
        "तीन महीने पहले हर विषय का एक साप्ताहिक कार्यक्रम बनाइए और उसे दीवार पर लगाइए, ताकि "
        "रोज़ याद रहे कि आज क्या पढ़ना है।</p><h2 class='text-2xl font-bold mt-8'>पुराने प्रश्नपत्र "
        "हल करें</h2><p>पिछले पाँच वर्षों के प्रश्नपत्र घड़ी लगाकर हल कीजिए। इससे समय का "
        "अंदाज़ा होता है और घबराहट कम होती है।</p><ul class='list-disc pl-6 space-y-2'><li>"
        "रोज़ सात घंटे की नींद</li><li>हर घंटे दस मिनट का विराम</li></ul></div><div "
        "class='mt-12 grid grid-cols-1 md:grid-cols-2 gap-6'><div class='p-6 bg-white "
        "rounded-xl shadow'><p class='italic text-gray-600'>यहाँ पढ़कर मेरे गणित में 95 अंक "
        "आए।</p><p class='mt-2 font-semibold'>— अंकिता, कक्षा 12</p></div></div></main><div "
        "class='fixed bottom-0 inset-x-0 bg-indigo-600 text-white p-4 flex justify-between'>"
        "<span>नया बैच 1 फ़रवरी से शुरू</span><a class='px-4 py-2 bg-white text-indigo-600 "
        "rounded' href='/enrol'>अभी दाख़िला लें</a></div><footer class='bg-gray-900 "
        "text-gray-400 py-8 text-center text-sm'>© 2026 प्रगति क्लासेज़। सर्वाधिकार सुरक्षित।"
        "</footer></div>",
    ),
    (
        "हर विषय का एक साप्ताहिक कार्यक्रम बनाइए",
        "पुराने प्रश्नपत्र हल करें",
        "इससे समय का अंदाज़ा होता है और घबराहट कम होती है।",
        "रोज़ सात घंटे की नींद",
        "हर घंटे दस मिनट का विराम",
    ),
    ("मेरे गणित में 95 अंक आए", "नया बैच 1 फ़रवरी से शुरू", "अभी दाख़िला लें", "सर्वाधिकार"),
)

# --- Arabic, AMP: a news article with amp-img, an amp-carousel of related stories, an
# amp-ad and the amp-consent banner, right to left.
PROBES.add(
    "ar_amp_news_carousel_consent",
    "https://amp.sahil-news.example.com/local/2026/03/14/mahatta-tahliya",
    page(
        "ar",
        "افتتاح محطة لتحلية المياه في المدينة الساحلية",
        "<amp-consent id='consent' layout='nodisplay'><div class='consent-ui'><p>نستخدم ملفات "
        "تعريف الارتباط لتحسين تجربتك على موقعنا.</p><button on='tap:consent.accept'>موافق"
        "</button></div></amp-consent><header class='amp-header'><a href='/'>أخبار الساحل</a>"
        "<amp-sidebar id='sidebar' layout='nodisplay'><ul><li><a href='/local'>محليات</a>"
        "</li><li><a href='/sport'>رياضة</a></li></ul></amp-sidebar></header><main><article>"
        "<h1 class='amp-title'>افتتاح محطة لتحلية المياه في المدينة الساحلية</h1><div "
        "class='amp-meta'><span>بقلم سامر الحداد</span><time>14 مارس 2026</time></div>"
        "<amp-img src='/img/mahatta.jpg' width='800' height='450' layout='responsive'>"
        "</amp-img><div class='amp-body'><p>افتتح المحافظ صباح اليوم محطة جديدة لتحلية مياه "
        "البحر تنتج ستين ألف متر مكعب يوميًا، وهو ما يكفي حاجة نحو مئتي ألف نسمة.</p><amp-ad "
        "width='300' height='250' type='doubleclick'><div fallback>إعلان</div></amp-ad><p>"
        "وقال مدير المشروع إن المحطة تعمل بالطاقة الشمسية جزئيًا، وإن تكلفة المتر المكعب "
        "ستنخفض بنحو الثلث مقارنة بالمحطة القديمة.</p><p>ومن المقرر أن تبدأ المرحلة الثانية "
        "من المشروع في العام المقبل.</p></div></article><section class='related'><h2>أخبار "
        "ذات صلة</h2><amp-carousel type='carousel' height='200' layout='fixed-height'><div "
        "class='card'><a href='/local/2026/03/13/tariq'>إغلاق الطريق الساحلي للصيانة</a></div>"
        "<div class='card'><a href='/local/2026/03/12/mina'>توسعة الميناء القديم</a></div>"
        "</amp-carousel></section></main><footer class='amp-footer'><p>جميع الحقوق محفوظة © "
        "أخبار الساحل 2026</p></footer>",
        dir_="rtl",
    ),
    (
        "تنتج ستين ألف متر مكعب يوميًا",
        "وقال مدير المشروع إن المحطة تعمل بالطاقة الشمسية جزئيًا",
        "ومن المقرر أن تبدأ المرحلة الثانية من المشروع في العام المقبل.",
    ),
    (
        "نستخدم ملفات تعريف الارتباط",
        "إغلاق الطريق الساحلي للصيانة",
        "جميع الحقوق محفوظة",
    ),
)

# --- English, an e-mail newsletter archive: nested layout tables of a mailing tool, the
# preheader, "view in browser", the text in a mcnTextContent cell, social icons and the
# unsubscribe footer.
PROBES.add(
    "en_newsletter_archive_nested_tables",
    "https://us1.campaign-archive.example.com/?u=ab12&id=cd34",
    page(
        "en",
        "Riverside Allotments – March news",
        "<center><table align='center' border='0' cellpadding='0' cellspacing='0' "
        "height='100%' width='100%' id='bodyTable'><tr><td align='center' valign='top' "
        "id='bodyCell'><table border='0' cellpadding='0' cellspacing='0' width='100%' "
        "class='templateContainer'><tr><td valign='top' id='templatePreheader'><table "
        "class='mcnTextBlock' width='100%'><tr><td class='mcnTextContent'>Seed swap, new "
        "water rules and a thank-you</td><td class='mcnTextContent'><a href='*|ARCHIVE|*'>"
        "View this email in your browser</a></td></tr></table></td></tr><tr><td valign='top' "
        "id='templateHeader'><table class='mcnImageBlock' width='100%'><tr><td><img "
        "src='/logo.png' alt='Riverside Allotments'></td></tr></table></td></tr><tr><td "
        "valign='top' id='templateBody'><table class='mcnTextBlock' width='100%'><tbody "
        "class='mcnTextBlockOuter'><tr><td valign='top' class='mcnTextBlockInner'><table "
        "align='left' width='100%' class='mcnTextContentContainer'><tr><td valign='top' "
        "class='mcnTextContent' style='padding: 9px 18px;'><h1>March news</h1><p>Dear plot "
        "holders, spring is nearly here and the committee met last Tuesday to plan the "
        "season.</p><h2>Seed swap</h2><p>Our seed swap is on Saturday 21 March from ten "
        "until noon in the big shed. Bring labelled envelopes and any spare seedlings.</p>"
        "<h2>Water rules</h2><p>From April the taps will be on between six and nine in the "
        "morning and evening only. Please use watering cans, not hoses.</p><p>Thank you to "
        "everyone who helped mend the fence in February.</p><p>Best wishes,<br>Margaret "
        "Holloway, Secretary</p></td></tr></table></td></tr></tbody></table><table "
        "class='mcnButtonBlock' width='100%'><tr><td align='center'><a class='mcnButton' "
        "href='https://example.org/renew'>Renew your plot</a></td></tr></table></td></tr><tr>"
        "<td valign='top' id='templateFooter'><table class='mcnFollowBlock'><tr><td><a "
        "href='#'>Facebook</a> <a href='#'>Instagram</a></td></tr></table><table "
        "class='mcnTextBlock'><tr><td class='mcnTextContent'><em>Copyright © 2026 Riverside "
        "Allotments Association, All rights reserved.</em><br>You are receiving this email "
        "because you hold a plot.<br><a href='*|UNSUB|*'>unsubscribe from this list</a> "
        "<a href='*|UPDATE_PROFILE|*'>update subscription preferences</a></td></tr></table>"
        "</td></tr></table></td></tr></table></center>",
    ),
    (
        "the committee met last Tuesday to plan the season.",
        "Seed swap",
        "Our seed swap is on Saturday 21 March from ten until noon in the big shed.",
        "Water rules",
        "Please use watering cans, not hoses.",
        "Thank you to everyone who helped mend the fence in February.",
    ),
    (
        "View this email in your browser",
        "unsubscribe from this list",
        "You are receiving this email because you hold a plot.",
        "Renew your plot",
    ),
)

# --- Hebrew, Elementor (right to left): a portfolio's project page of image-box and
# text-editor widgets in inner sections, a counter row and a contact form.
PROBES.add(
    "he_elementor_portfolio_inner_sections",
    "https://studio-gefen.example.co.il/projects/beit-hakerem/",
    page(
        "he",
        "שיפוץ דירה בבית הכרם",
        "<div data-elementor-type='header' class='elementor elementor-location-header'>"
        + _el_section(
            _el("image", "<a href='/'><img src='/logo.svg' alt='סטודיו גפן'></a>"),
            _el(
                "nav-menu",
                "<nav><ul><li><a href='/projects/'>פרויקטים</a></li><li><a "
                "href='/about/'>אודות</a></li></ul></nav>",
            ),
        )
        + "</div><div data-elementor-type='wp-post' class='elementor elementor-2210'>"
        + _el_section(
            _el(
                "heading",
                "<h1 class='elementor-heading-title elementor-size-default'>שיפוץ "
                "דירה בבית הכרם</h1>",
            ),
            "<section class='elementor-section elementor-inner-section elementor-element'>"
            "<div class='elementor-container'><div class='elementor-column elementor-col-50 "
            "elementor-inner-column elementor-element'><div class='elementor-widget-wrap "
            "elementor-element-populated'>"
            + _el(
                "text-editor",
                "<p>הדירה, בת ארבעה חדרים בבניין משנות החמישים, עברה שיפוץ "
                "מלא שנמשך חמישה חודשים. המטרה הייתה לפתוח את המטבח אל הסלון ולהכניס אור "
                "טבעי לכל החדרים.</p>",
            )
            + "</div></div><div class='elementor-column elementor-col-50 elementor-inner-"
            "column elementor-element'><div class='elementor-widget-wrap elementor-element-"
            "populated'>"
            + _el(
                "text-editor",
                "<p>שמרנו על אריחי הבלטות המקוריים במרפסת ועל משקופי העץ, "
                "ובחרנו בגוונים חמים של חול וזית בשאר הבית.</p>",
            )
            + "</div></div></div></section>",
            _el("heading", "<h2 class='elementor-heading-title'>חומרים</h2>"),
            _el(
                "icon-list",
                "<ul class='elementor-icon-list-items'><li class='elementor-icon-"
                "list-item'><span class='elementor-icon-list-text'>פרקט אלון טבעי</span></li><li "
                "class='elementor-icon-list-item'><span class='elementor-icon-list-text'>שיש "
                "קיסר בהיר במטבח</span></li></ul>",
            ),
        )
        + _el_section(
            _el(
                "counter",
                "<div class='elementor-counter'><div class='elementor-counter-"
                "number-wrapper'><span class='elementor-counter-number'>120</span></div><div "
                "class='elementor-counter-title'>פרויקטים שהושלמו</div></div>",
            ),
            _el(
                "form",
                "<form class='elementor-form'><h3>רוצים לשפץ? השאירו פרטים</h3><input "
                "placeholder='שם מלא'><button>שליחה</button></form>",
            ),
        )
        + "</div><div data-elementor-type='footer' class='elementor elementor-location-footer'>"
        + _el_section(_el("text-editor", "<p>כל הזכויות שמורות לסטודיו גפן 2026</p>"))
        + "</div>",
        dir_="rtl",
    ),
    (
        "עברה שיפוץ מלא שנמשך חמישה חודשים",
        "שמרנו על אריחי הבלטות המקוריים במרפסת",
        "חומרים",
        "פרקט אלון טבעי",
        "שיש קיסר בהיר במטבח",
    ),
    ("פרויקטים שהושלמו", "רוצים לשפץ? השאירו פרטים", "כל הזכויות שמורות"),
)

# --- Thai, Gutenberg with a page builder theme (Astra-like): a temple fair event post in
# wp-block-group cards, a wp-block-buttons row, a details block and a table block.
PROBES.add(
    "th_gutenberg_temple_fair_groups",
    "https://watpho-ngam.example.or.th/ngan-wat-2569/",
    page(
        "th",
        "งานประจำปีวัดโพธิ์งาม ๒๕๖๙",
        "<div id='page' class='hfeed site'><header class='site-header ast-primary-header-bar'>"
        "<div class='site-branding'><a href='/'>วัดโพธิ์งาม</a></div><nav class='main-header-"
        "bar-navigation'><ul class='main-header-menu'><li><a href='/'>หน้าแรก</a></li><li><a "
        "href='/donate/'>ทำบุญออนไลน์</a></li></ul></nav></header><div id='content' "
        "class='site-content'><div class='ast-container'><div id='primary' "
        "class='content-area'><main id='main'><article class='post ast-article-single'><header "
        "class='entry-header'><h1 class='entry-title'>งานประจำปีวัดโพธิ์งาม ๒๕๖๙</h1></header>"
        "<div class='entry-content clear'><div class='wp-block-group is-style-card'><p>ขอเชิญ"
        "ชาวบ้านและผู้มีจิตศรัทธาร่วมงานประจำปีของวัด ระหว่างวันที่ ๑๐ ถึง ๑๒ เมษายน ภายในงาน"
        "มีการทำบุญตักบาตร การแสดงลิเก และตลาดสินค้าชุมชน</p></div><h2 class='wp-block-"
        "heading'>กำหนดการ</h2><figure class='wp-block-table is-style-stripes'><table><tbody>"
        "<tr><td>๑๐ เมษายน</td><td>ทำบุญตักบาตรพระสงฆ์ ๙๙ รูป</td></tr><tr><td>๑๑ เมษายน"
        "</td><td>การแสดงลิเกคณะดาวรุ่ง</td></tr></tbody></table></figure><details "
        "class='wp-block-details'><summary>การเดินทาง</summary><p>จากตัวเมืองใช้ถนนสาย ๓๐๑ "
        "ประมาณสิบห้ากิโลเมตร มีที่จอดรถในลานวัด</p></details><div class='wp-block-buttons'>"
        "<div class='wp-block-button'><a class='wp-block-button__link' href='/donate/'>ร่วม"
        "ทำบุญ</a></div></div></div></article></main></div></div></div><footer "
        "class='site-footer'><div class='ast-small-footer'>สงวนลิขสิทธิ์ © ๒๕๖๙ วัดโพธิ์งาม | "
        "ขับเคลื่อนโดย Astra WordPress Theme</div></footer></div>",
    ),
    (
        "ร่วมงานประจำปีของวัด ระหว่างวันที่ ๑๐ ถึง ๑๒ เมษายน",
        "กำหนดการ",
        "ทำบุญตักบาตรพระสงฆ์ ๙๙ รูป",
        "การแสดงลิเกคณะดาวรุ่ง",
        "ประมาณสิบห้ากิโลเมตร มีที่จอดรถในลานวัด",
    ),
    ("ทำบุญออนไลน์", "ขับเคลื่อนโดย Astra", "ร่วมทำบุญ"),
)

# --- Persian, a React app with CSS modules: a club's announcement in divs named
# Module_name__hash, a join banner and a footer of social links, right to left.
PROBES.add(
    "fa_css_modules_club_announcement",
    "https://koohnavard.example.ir/posts/barname-sooud-damavand",
    page(
        "fa",
        "برنامه صعود زمستانی باشگاه",
        "<div id='root'><div class='Layout_wrapper__x7Kp2'><div class='Header_bar__3nQvA'>"
        "<a class='Header_logo__1aZ9c' href='/'>باشگاه کوهنوردی قله</a><div "
        "class='Header_links__Qw8eR'><a href='/programs'>برنامه‌ها</a><a href='/join'>عضویت</a>"
        "</div></div><div class='Post_container__2LmN4'><div class='Post_title__9TzX1'>"
        "برنامه صعود زمستانی باشگاه</div><div class='Post_date__5Gh7K'>۲۴ بهمن ۱۴۰۴</div><div "
        "class='Post_body__7YuI0'><div class='Post_paragraph__cD3e8'>صعود زمستانی امسال به "
        "قله توچال در روزهای پنجشنبه و جمعه هفته آینده برگزار می‌شود. حرکت از میدان آزادی "
        "ساعت پنج صبح خواهد بود.</div><div class='Post_paragraph__cD3e8'>شرکت‌کنندگان باید "
        "کفش کوهنوردی زمستانی، باتوم و لباس گرم همراه داشته باشند. هزینه برنامه برای "
        "اعضا دو میلیون تومان است.</div><div class='Post_paragraph__cD3e8'>سرپرست برنامه "
        "آقای مهدی رستمی است و برای ثبت‌نام تا روز دوشنبه فرصت دارید.</div></div></div><div "
        "class='JoinBanner_box__8PoL3'><div class='JoinBanner_text__4RtY6'>هنوز عضو باشگاه "
        "نیستید؟ همین حالا ثبت‌نام کنید</div><a class='JoinBanner_btn__1QaZ2' href='/join'>"
        "عضویت</a></div><div class='Footer_root__6TgB9'><div>کلیه حقوق برای باشگاه کوهنوردی "
        "قله محفوظ است</div><div><a href='#'>اینستاگرام</a> <a href='#'>تلگرام</a></div></div>"
        "</div></div>",
        dir_="rtl",
    ),
    (
        "صعود زمستانی امسال به قله توچال",
        "کفش کوهنوردی زمستانی، باتوم و لباس گرم همراه داشته باشند.",
        "سرپرست برنامه آقای مهدی رستمی است",
    ),
    ("هنوز عضو باشگاه نیستید؟", "کلیه حقوق برای باشگاه کوهنوردی قله محفوظ است"),
)

# --- Finnish, Divi shop (WooCommerce inside Divi): a product's long description in an
# et_pb_wc_description module, reviews tab and related products, an et_pb_cta.
PROBES.add(
    "fi_divi_woocommerce_description_module",
    "https://villasukka.example.fi/tuote/kasin-neulotut-villasukat/",
    page(
        "fi",
        "Käsin neulotut villasukat",
        "<div id='page-container'><header id='main-header'><div class='logo_container'><a "
        "href='/'>Villasukka</a></div><nav id='top-menu-nav'><ul id='top-menu'><li><a "
        "href='/kauppa/'>Kauppa</a></li><li><a href='/ostoskori/'>Ostoskori</a></li></ul></nav>"
        "</header><div id='et-main-area'><div id='main-content'><div class='et-l "
        "et-l--body'><div class='et_builder_inner_content'><div class='et_pb_section'><div "
        "class='et_pb_row'><div class='et_pb_column et_pb_column_1_2'><div class='et_pb_module "
        "et_pb_wc_images'><img src='/sukat.jpg' alt=''></div></div><div class='et_pb_column "
        "et_pb_column_1_2'><div class='et_pb_module et_pb_wc_title'><h1>Käsin neulotut "
        "villasukat</h1></div><div class='et_pb_module et_pb_wc_price'><p class='price'>"
        "39,00 €</p></div><div class='et_pb_module et_pb_wc_add_to_cart'><button>Lisää "
        "ostoskoriin</button></div></div></div><div class='et_pb_row'><div class='et_pb_column "
        "et_pb_column_4_4'><div class='et_pb_module et_pb_wc_description'><div "
        "class='et_pb_module_inner'><p>Sukat on neulottu käsin suomalaisesta lampaanvillasta "
        "pienessä kyläpajassa Kainuussa. Jokainen pari on hieman erilainen.</p><p>Villa on "
        "värjätty kasviväreillä, joten sävy voi vaihdella erien välillä. Pese sukat käsin "
        "viileässä vedessä ja kuivaa tasolla.</p><ul><li>Koot 36–45</li><li>100 % villaa</li>"
        "</ul></div></div></div></div><div class='et_pb_row'><div class='et_pb_module "
        "et_pb_wc_tabs'><ul class='et_pb_tabs_controls'><li><a href='#'>Arvostelut (4)</a>"
        "</li></ul><div class='et_pb_tab'><p>Lämpimimmät sukat mitä minulla on ollut!</p>"
        "</div></div></div><div class='et_pb_row'><div class='et_pb_module et_pb_cta'><h2 "
        "class='et_pb_module_header'>Ilmainen toimitus yli 60 euron tilauksiin</h2><a "
        "class='et_pb_promo_button' href='/kauppa/'>Jatka ostoksia</a></div></div><div "
        "class='et_pb_row'><div class='et_pb_module et_pb_wc_related_products'><h2>Liittyvät "
        "tuotteet</h2><ul class='products'><li class='product'><a href='/tuote/lapaset/'>"
        "Villalapaset</a></li></ul></div></div></div></div></div></div></div><footer "
        "id='main-footer'><div id='footer-info'>Villasukka Oy · Y-tunnus 1234567-8</div>"
        "</footer></div>",
    ),
    (
        "Sukat on neulottu käsin suomalaisesta lampaanvillasta",
        "Pese sukat käsin viileässä vedessä ja kuivaa tasolla.",
        "Koot 36–45",
    ),
    (
        "Lämpimimmät sukat mitä minulla on ollut!",
        "Ilmainen toimitus yli 60 euron tilauksiin",
        "Villalapaset",
        "Y-tunnus 1234567-8",
    ),
)
