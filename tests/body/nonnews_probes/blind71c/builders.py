"""The blind71c probe's second part: site builders: Wix blog posts (``data-hook`` and
``data-testid`` rich text, "recent posts" and the like counter), Squarespace posts and pages
(the text in ``sqs-block-html`` blocks of a block field, a newer/older pager), Webflow CMS
items (``w-richtext`` beside a related collection), Tilda pages (each text its own record,
``t-text``/``t-redactor``), Elementor pages (one text spread over many text-editor widgets
between headings, images and buttons) and Gutenberg block pages (groups, columns,
media-text, cover, pullquote)."""

from __future__ import annotations

from ._kit import SITES, add, newsletter, paras, share

# Wix.

add(
    "wix_blog_post_data_hooks",
    SITES["es"],
    "Cómo elegimos el café de nuestra tostadora",
    "<div data-hook='post-page'><article data-hook='post'><div data-hook='post-header'><div "
    "data-hook='user-name'>Lucía Prieto</div><span data-hook='time-ago'>3 dic 2026</span>"
    "<span data-hook='time-to-read'>2 min de lectura</span></div><h1 data-hook='post-title'>"
    "Cómo elegimos el café de nuestra tostadora</h1><div data-hook='post-description'><div "
    "data-id='content-viewer' class='rich-content-viewer'><div data-testid='rich-content-"
    "viewer'>"
    + "".join(
        f"<div type='paragraph' data-breakout='normal' class='_1mJWS'><p class='MMl86 "
        f"_1j-51' dir='auto'><span>{t}</span></p></div>"
        for t in (
            "Compramos el café verde directamente a tres cooperativas de Huila y Cajamarca.",
            "Cada lote se cata a ciegas antes de decidir el perfil de tueste.",
            "Solo uno de cada cinco lotes que probamos llega a nuestra tienda.",
        )
    )
    + "</div></div></div><div data-hook='post-footer'><div data-hook='post-stats'><span "
    "data-hook='views-label'>48 visualizaciones</span><span data-hook='comment-count'>0"
    " comentarios</span><span data-hook='like-button-with-count__like-count'>12</span></div>"
    "</div></article><section data-hook='recent-posts'><h2>Entradas recientes</h2><a "
    "href='/post/1'>Ver todo</a></section></div>",
    (
        "Compramos el café verde directamente a tres cooperativas de Huila y Cajamarca.",
        "Cada lote se cata a ciegas antes de decidir el perfil de tueste.",
        "Solo uno de cada cinco lotes que probamos llega a nuestra tienda.",
    ),
    ("48 visualizaciones", "Entradas recientes", "Ver todo", "2 min de lectura"),
    shell="wix",
    path="post/como-elegimos-el-cafe",
)

add(
    "wix_page_rich_text_components",
    SITES["pt"],
    "Sobre a nossa escola de surf",
    "<section id='comp-la1' class='wixui-section'><div class='wixui-column-strip'><div "
    "id='comp-la2' class='wixui-rich-text' data-testid='richTextElement'><h1 "
    "class='font_0 wixui-rich-text__text'>Sobre a nossa escola de surf</h1></div><div "
    "id='comp-la3' class='wixui-rich-text' data-testid='richTextElement'><p class='font_8 "
    "wixui-rich-text__text'>A escola nasceu em 2011 na praia da Arrifana, com duas pranchas e"
    " uma carrinha.</p></div><div id='comp-la4' class='wixui-image'><img src='/w.jpg' "
    "alt=''></div></div></section><section id='comp-lb1' class='wixui-section'><div "
    "id='comp-lb2' class='wixui-rich-text' data-testid='richTextElement'><p class='font_8 "
    "wixui-rich-text__text'>Hoje temos seis monitores certificados e aulas para todas as"
    " idades a partir dos oito anos.</p><p class='font_8 wixui-rich-text__text'>Todo o"
    " material, incluindo fatos isotérmicos, está incluído no preço da aula.</p></div><div "
    "id='comp-lb3' class='wixui-button'><a href='/reservas'><span class='wixui-button__label'>"
    "Reservar aula</span></a></div></section>",
    (
        "A escola nasceu em 2011 na praia da Arrifana",
        "Hoje temos seis monitores certificados",
        "Todo o material, incluindo fatos isotérmicos, está incluído no preço da aula.",
    ),
    ("Reservar aula",),
    shell="wix",
    path="sobre",
)

# Squarespace.

add(
    "squarespace_blog_item_html_blocks",
    SITES["fr"],
    "Carnet de fouilles : semaine trois",
    "<article class='blog-item' data-item-id='6570'><div class='blog-item-top-wrapper'><h1 "
    "class='entry-title'>Carnet de fouilles : semaine trois</h1><div class='blog-meta-"
    "section'><span class='blog-author'>Claire M.</span><time class='blog-date'>4 déc."
    " 2026</time></div></div><div class='blog-item-content-wrapper'><div class='blog-item-"
    "content e-content'><div class='sqs-layout sqs-grid-12 columns-12' data-type='item'><div "
    "class='row sqs-row'><div class='col sqs-col-12 span-12'><div class='sqs-block html-block"
    " sqs-block-html' data-block-type='2'><div class='sqs-block-content'><div "
    "class='sqs-html-content'>"
    + paras("Cette semaine, le sondage nord a livré un foyer et des tessons de l'âge du fer.")
    + "</div></div></div><div class='sqs-block image-block sqs-block-image'><div "
    "class='sqs-block-content'><img src='/s.jpg' alt=''></div></div><div class='sqs-block "
    "html-block sqs-block-html'><div class='sqs-block-content'><div class='sqs-html-content'>"
    + paras(
        "Les charbons prélevés partiront en datation au carbone 14 dès janvier.",
        "Nous rouvrirons le chantier au public pour une visite le samedi 19.",
    )
    + "</div></div></div></div></div></div></div></div><div class='blog-item-comments'><a "
    "class='sqs-comment-link' href='#'>0 commentaires</a></div><section class='item-"
    "pagination'><a class='item-pagination-link--prev' href='/p'><span>Précédent</span><h2 "
    "class='item-pagination-title'>Carnet de fouilles : semaine deux</h2></a></section>"
    "</article>",
    (
        "Cette semaine, le sondage nord a livré un foyer et des tessons de l'âge du fer.",
        "Les charbons prélevés partiront en datation au carbone 14 dès janvier.",
        "Nous rouvrirons le chantier au public pour une visite le samedi 19.",
    ),
    ("0 commentaires", "Carnet de fouilles : semaine deux"),
    shell="squarespace",
    path="journal/semaine-trois",
)

add(
    "squarespace_page_sections_fluid_engine",
    SITES["nl"],
    "Over onze bakkerij",
    "<article class='sections' id='sections' data-page-sections><section class='page-"
    "section' data-section-id='1'><div class='content-wrapper'><div class='fluid-engine "
    "fe-1'><div class='fe-block fe-block-a'><div class='sqs-block html-block sqs-block-html'>"
    "<div class='sqs-block-content'><div class='sqs-html-content'><h1>Over onze bakkerij</h1>"
    "</div></div></div></div><div class='fe-block fe-block-b'><div class='sqs-block "
    "html-block sqs-block-html'><div class='sqs-block-content'><div class='sqs-html-content'>"
    + paras("Wij bakken sinds 1994 elke nacht ons brood met zuurdesem uit eigen starter.")
    + "</div></div></div></div></div></div></section><section class='page-section'><div "
    "class='content-wrapper'><div class='fluid-engine'><div class='fe-block'><div "
    "class='sqs-block html-block sqs-block-html'><div class='sqs-block-content'><div "
    "class='sqs-html-content'>"
    + paras(
        "Het meel komt van een molen in Twente die nog op windkracht maalt.",
        "Op zaterdag geven we een workshop voor wie thuis zuurdesem wil kweken.",
    )
    + "</div></div></div></div><div class='fe-block'><div class='sqs-block button-block "
    "sqs-block-button'><a class='sqs-block-button-element' href='/workshop'>Schrijf je in"
    "</a></div></div></div></div></section></article>",
    (
        "Wij bakken sinds 1994 elke nacht ons brood met zuurdesem uit eigen starter.",
        "Het meel komt van een molen in Twente die nog op windkracht maalt.",
        "Op zaterdag geven we een workshop voor wie thuis zuurdesem wil kweken.",
    ),
    ("Schrijf je in",),
    shell="squarespace",
    path="over-ons",
)

# Webflow.

add(
    "webflow_cms_item_richtext_related",
    SITES["sv"],
    "Fem saker vi lärt oss om distansarbete",
    "<section class='section-blog-header'><div class='container'><div class='blog-"
    "category'>Arbetsliv</div><h1 class='heading-xl'>Fem saker vi lärt oss om distansarbete"
    "</h1><div class='blog-meta'><div>Elin Berg</div><div>5 min läsning</div></div></div>"
    "</section><section class='section-blog-body'><div class='container-small'><div "
    "class='blog-rich-text w-richtext'>"
    + paras(
        "Vi har arbetat helt på distans sedan 2020 och har i dag fyrtio anställda i sex länder.",
        "Det viktigaste vi lärt oss är att skriva ner beslut i stället för att ta dem i"
        " videomöten.",
    )
    + "<figure class='w-richtext-align-fullwidth w-richtext-figure-type-image'><div><img "
    "src='/wf.jpg' alt=''></div><figcaption>Teamträffen i Göteborg</figcaption></figure>"
    + paras("En gång om året träffas alla i verkligheten under en vecka.")
    + "</div></div></section><section class='section-related'><div class='container'><h2>"
    "Relaterade inlägg</h2><div class='w-dyn-list'><div role='list' class='w-dyn-items'><div"
    " role='listitem' class='w-dyn-item'><a href='/blog/x' class='blog-card'><h3>Så "
    "onboardar vi nya kollegor</h3><p>En guide till de första två veckorna.</p></a></div>"
    "</div></div></div></section>",
    (
        "Vi har arbetat helt på distans sedan 2020",
        "Det viktigaste vi lärt oss är att skriva ner beslut",
        "En gång om året träffas alla i verkligheten under en vecka.",
    ),
    ("Relaterade inlägg", "Så onboardar vi nya kollegor", "5 min läsning"),
    shell="webflow",
    path="blog/distansarbete",
)

add(
    "webflow_landing_sections_no_richtext",
    SITES["de"],
    "Unsere Werkstatt für Lastenräder",
    "<section class='section hero'><div class='container w-container'><h1 "
    "class='hero-heading'>Unsere Werkstatt für Lastenräder</h1><p class='paragraph-large'>"
    "Wir reparieren und warten Lastenräder aller Marken in Kreuzberg.</p><a href='/termin' "
    "class='button w-button'>Termin buchen</a></div></section><section class='section'><div"
    " class='container w-container'><div class='w-layout-grid grid-2'><div class='text-"
    "block'><h2>Reparaturen</h2><p class='paragraph'>Die meisten Reparaturen erledigen wir"
    " innerhalb von zwei Werktagen.</p></div><div class='text-block'><h2>Leihräder</h2><p "
    "class='paragraph'>Während der Reparatur leihen wir Ihnen kostenlos ein Ersatzrad.</p>"
    "</div></div></div></section>",
    (
        "Wir reparieren und warten Lastenräder aller Marken in Kreuzberg.",
        "Die meisten Reparaturen erledigen wir innerhalb von zwei Werktagen.",
        "Während der Reparatur leihen wir Ihnen kostenlos ein Ersatzrad.",
    ),
    ("Termin buchen",),
    shell="webflow",
    path="werkstatt",
)

# Tilda.


def _rec(n: int, kind: int, inner: str) -> str:
    return (
        f"<div id='rec{n}' class='r t-rec t-rec_pt_30 t-rec_pb_30' data-record-type='{kind}'>"
        f"<div class='t{kind}'><div class='t-container'><div class='t-col t-col_8 "
        f"t-prefix_2'>{inner}</div></div></div></div>"
    )


add(
    "tilda_records_one_text_each",
    SITES["ru"],
    "Как мы делаем керамику",
    _rec(10, 30, "<h1 class='t030__title t-title t-title_xs'>Как мы делаем керамику</h1>")
    + _rec(
        11,
        4,
        "<div class='t004 t-text t-text_md' field='text'>Наша мастерская работает в Коломне"
        " с 2015 года.<br><br>Каждую чашку мы формуем вручную на гончарном круге.</div>",
    )
    + _rec(12, 3, "<img class='t-img' src='/t.jpg' alt=''>")
    + _rec(
        13,
        4,
        "<div class='t004 t-text t-text_md' field='text'>Глазурь мы составляем сами из"
        " местной глины и золы.<br>Обжиг длится двенадцать часов при 1250 градусах.</div>",
    )
    + _rec(
        14,
        191,
        "<div class='t191__btn'><a href='/shop' class='t-btn'><span>Перейти в магазин</span>"
        "</a></div>",
    ),
    (
        "Наша мастерская работает в Коломне с 2015 года.",
        "Каждую чашку мы формуем вручную на гончарном круге.",
        "Глазурь мы составляем сами из местной глины и золы.",
        "Обжиг длится двенадцать часов при 1250 градусах.",
    ),
    ("Перейти в магазин", "Made on Tilda"),
    shell="tilda",
    path="about",
)

add(
    "tilda_feeds_post_redactor",
    SITES["ru"],
    "Пять правил хранения муки",
    "<div class='t-feed__post-popup__container'><div class='t-feed__post-popup__content'>"
    "<h1 class='js-feed-post-title t-feed__post-popup__title t-title'>Пять правил хранения"
    " муки</h1><div class='t-feed__post-popup__date-parts-wrapper'><span class='js-feed-post-"
    "date t-feed__post-popup__date t-uptitle'>2 декабря 2026</span></div><div "
    "class='t-redactor__text'>Мука впитывает запахи, поэтому её нельзя держать рядом со"
    " специями.</div><div class='t-redactor__text'>Лучшая тара — стеклянная банка с плотной"
    " крышкой.</div><h2 class='t-redactor__h2'>Сколько она хранится</h2><div "
    "class='t-redactor__text'>Цельнозерновая мука хранится не больше трёх месяцев, белая —"
    " до года.</div></div><div class='t-feed__post-popup__arrow-wrapper'><a href='#' "
    "class='t-feed__post-popup__arrow-back'>Все статьи</a></div></div>",
    (
        "Мука впитывает запахи, поэтому её нельзя держать рядом со специями.",
        "Лучшая тара — стеклянная банка с плотной крышкой.",
        "Цельнозерновая мука хранится не больше трёх месяцев",
    ),
    ("Все статьи", "Made on Tilda"),
    shell="tilda",
    path="blog/tpost/muka",
)

# Elementor.


def _widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}' "
        f"data-widget_type='{kind}.default'><div class='elementor-widget-container'>{inner}"
        "</div></div>"
    )


def _section(*widgets: str) -> str:
    return (
        "<section class='elementor-section elementor-top-section elementor-section-boxed'><div"
        " class='elementor-container elementor-column-gap-default'><div class='elementor-"
        "column elementor-col-100 elementor-top-column'><div class='elementor-widget-wrap "
        f"elementor-element-populated'>{''.join(widgets)}</div></div></div></section>"
    )


add(
    "elementor_post_text_over_many_widgets",
    SITES["it"],
    "Trekking sul Sentiero degli Dei",
    "<div data-elementor-type='wp-post' class='elementor elementor-1234'>"
    + _section(
        _widget(
            "heading", "<h1 class='elementor-heading-title'>Trekking sul Sentiero degli Dei</h1>"
        ),
        _widget(
            "text-editor",
            paras("Il sentiero parte da Agerola e scende fino a Nocelle in circa tre ore."),
        ),
    )
    + _section(
        _widget("image", "<img src='/e.jpg' alt=''>"),
        _widget("heading", "<h2 class='elementor-heading-title'>Cosa portare</h2>"),
        _widget(
            "text-editor",
            paras("Servono scarpe da trekking e almeno un litro e mezzo d'acqua a testa."),
        ),
        _widget(
            "button",
            "<a class='elementor-button' href='/tour'><span class='elementor-"
            "button-text'>Prenota il tour</span></a>",
        ),
    )
    + _section(
        _widget(
            "text-editor",
            paras("In estate conviene partire prima delle otto per evitare il caldo."),
        ),
        _widget("share-buttons", "<div class='elementor-share-btn'>Condividi su Facebook</div>"),
    )
    + "</div>",
    (
        "Il sentiero parte da Agerola e scende fino a Nocelle in circa tre ore.",
        "Servono scarpe da trekking e almeno un litro e mezzo d'acqua a testa.",
        "In estate conviene partire prima delle otto per evitare il caldo.",
    ),
    ("Prenota il tour", "Condividi su Facebook"),
    shell="elementor",
    path="sentiero-degli-dei",
)

add(
    "elementor_service_page_icon_boxes",
    SITES["pl"],
    "Biuro rachunkowe dla małych firm",
    "<div data-elementor-type='wp-page' class='elementor elementor-77'>"
    + _section(
        _widget(
            "heading", "<h1 class='elementor-heading-title'>Biuro rachunkowe dla małych firm</h1>"
        ),
        _widget(
            "text-editor",
            paras(
                "Prowadzimy księgowość ponad dwustu jednoosobowych działalności z Krakowa.",
                "Każdy klient ma jedną stałą księgową, z którą rozmawia bezpośrednio.",
            ),
        ),
    )
    + _section(
        _widget(
            "icon-box",
            "<div class='elementor-icon-box-wrapper'><h3 class='elementor-"
            "icon-box-title'>KPiR</h3><p class='elementor-icon-box-description'>Pełna"
            " ewidencja przychodów i rozchodów.</p></div>",
        ),
        _widget(
            "icon-box",
            "<div class='elementor-icon-box-wrapper'><h3 class='elementor-"
            "icon-box-title'>Kadry</h3><p class='elementor-icon-box-description'>Umowy,"
            " listy płac i deklaracje ZUS.</p></div>",
        ),
        _widget(
            "counter",
            "<div class='elementor-counter'><span class='elementor-counter-"
            "number'>214</span><div class='elementor-counter-title'>zadowolonych"
            " klientów</div></div>",
        ),
    )
    + _section(
        _widget("text-editor", paras("Pierwsza konsultacja jest bezpłatna i trwa około godziny.")),
        _widget(
            "form",
            "<form class='elementor-form'><input name='email'><button "
            "type='submit'>Wyślij zapytanie</button></form>",
        ),
    )
    + "</div>",
    (
        "Prowadzimy księgowość ponad dwustu jednoosobowych działalności z Krakowa.",
        "Każdy klient ma jedną stałą księgową",
        "Pierwsza konsultacja jest bezpłatna i trwa około godziny.",
    ),
    ("zadowolonych klientów", "Wyślij zapytanie"),
    shell="elementor",
    path="uslugi",
)

add(
    "elementor_theme_post_content_widget",
    SITES["vi"],
    "Kinh nghiệm du lịch Đà Lạt mùa mưa",
    "<div data-elementor-type='single-post' class='elementor elementor-location-single "
    "post-55 post type-post'>"
    + _section(
        _widget(
            "theme-post-title",
            "<h1 class='elementor-heading-title'>Kinh nghiệm du lịch Đà Lạt mùa mưa</h1>",
        ),
        _widget(
            "post-info",
            "<ul class='elementor-post-info'><li><span class='elementor-"
            "post-info__item--type-author'>Minh Anh</span></li><li><span>3 bình luận"
            "</span></li></ul>",
        ),
        _widget(
            "theme-post-content",
            paras(
                "Mùa mưa ở Đà Lạt kéo dài từ tháng năm đến tháng mười một.",
                "Mưa thường đến vào buổi chiều, nên buổi sáng vẫn đi tham quan được.",
                "Nhớ mang theo áo khoác vì nhiệt độ ban đêm có thể xuống dưới mười lăm độ.",
            ),
        ),
        _widget(
            "post-navigation",
            "<div class='elementor-post-navigation'><a href='/p'>Bài"
            " trước</a><a href='/n'>Bài tiếp theo</a></div>",
        ),
    )
    + "</div>",
    (
        "Mùa mưa ở Đà Lạt kéo dài từ tháng năm đến tháng mười một.",
        "Mưa thường đến vào buổi chiều",
        "Nhớ mang theo áo khoác vì nhiệt độ ban đêm",
    ),
    ("3 bình luận", "Bài tiếp theo"),
    shell="elementor",
    path="da-lat-mua-mua",
)

# Gutenberg blocks.

add(
    "gutenberg_groups_and_columns",
    SITES["fr"],
    "Notre potager en permaculture",
    "<main class='wp-block-group is-layout-flow'><h1 class='wp-block-post-title'>Notre"
    " potager en permaculture</h1><div class='entry-content wp-block-post-content'><div "
    "class='wp-block-group has-background is-layout-constrained'>"
    + paras("Nous avons commencé par trois buttes de culture sur une ancienne pelouse.")
    + "</div><div class='wp-block-columns is-layout-flex'><div class='wp-block-column'>"
    + paras("La première butte accueille les courges et le maïs, comme les trois sœurs.")
    + "</div><div class='wp-block-column'>"
    + paras("La deuxième est réservée aux salades, semées tous les quinze jours.")
    + "</div></div><div class='wp-block-media-text is-stacked-on-mobile'><figure "
    "class='wp-block-media-text__media'><img src='/g.jpg' alt=''></figure><div "
    "class='wp-block-media-text__content'>"
    + paras("Le paillage de feuilles mortes garde l'humidité pendant tout l'été.")
    + "</div></div></div>"
    + share(SITES["fr"])
    + "</main>",
    (
        "Nous avons commencé par trois buttes de culture sur une ancienne pelouse.",
        "La première butte accueille les courges et le maïs",
        "La deuxième est réservée aux salades, semées tous les quinze jours.",
        "Le paillage de feuilles mortes garde l'humidité pendant tout l'été.",
    ),
    shell="wordpress",
    path="potager-permaculture",
)

add(
    "gutenberg_cover_then_text_pullquote",
    SITES["es"],
    "Un año viviendo en una furgoneta",
    "<main class='wp-block-group'><div class='wp-block-cover alignfull'><span "
    "class='wp-block-cover__background has-background-dim'></span><img class='wp-block-"
    "cover__image-background' src='/c.jpg' alt=''><div class='wp-block-cover__inner-"
    "container'><h1 class='wp-block-post-title has-text-align-center'>Un año viviendo en una"
    " furgoneta</h1><p class='has-text-align-center'>Lo que aprendimos recorriendo catorce"
    " mil kilómetros.</p></div></div><div class='entry-content wp-block-post-content "
    "is-layout-constrained'>"
    + paras(
        "Vendimos el piso en marzo y compramos una furgoneta de segunda mano en Burgos.",
        "Los primeros meses dormimos sobre todo en áreas de autocaravanas del norte.",
    )
    + "<figure class='wp-block-pullquote'><blockquote><p>Nunca hemos gastado menos ni"
    " hemos visto más.</p><cite>Marta</cite></blockquote></figure>"
    + paras("En invierno bajamos a Almería, donde el gasto en calefacción fue casi nulo.")
    + "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__"
    "link' href='/ruta'>Ver el mapa de la ruta</a></div></div></div>"
    "<div class='wp-block-post-navigation-link'><a href='/p'>Entrada anterior</a></div></main>",
    (
        "Vendimos el piso en marzo y compramos una furgoneta de segunda mano en Burgos.",
        "Los primeros meses dormimos sobre todo en áreas de autocaravanas del norte.",
        "En invierno bajamos a Almería",
    ),
    ("Ver el mapa de la ruta", "Entrada anterior"),
    shell="wordpress",
    path="un-ano-en-furgoneta",
)

add(
    "gutenberg_details_and_table_blocks",
    SITES["tr"],
    "Ev yapımı yoğurt nasıl mayalanır",
    "<main class='wp-block-group'><h1 class='wp-block-post-title'>Ev yapımı yoğurt nasıl"
    " mayalanır</h1><div class='entry-content wp-block-post-content'>"
    + paras(
        "Sütü önce kaynatıp elinizi yakmayacak kadar, yaklaşık kırk beş dereceye soğutun.",
        "Bir kaşık eski yoğurdu biraz sütle açıp tencereye karıştırın.",
    )
    + "<figure class='wp-block-table'><table><tbody><tr><td>Süt</td><td>2 litre</td></tr>"
    "<tr><td>Maya yoğurt</td><td>1 yemek kaşığı</td></tr></tbody></table></figure>"
    "<details class='wp-block-details'><summary>Yoğurt neden sulu olur?</summary>"
    + paras("Süt yeterince ılık değilse ya da tencere erken açılırsa yoğurt sulu kalır.")
    + "</details>"
    + paras("Tencereyi bir battaniyeye sarıp sekiz saat dokunmadan bekletin.")
    + "</div><div class='wp-block-post-terms taxonomy-post_tag'><a href='/t'>mutfak</a></div>"
    + newsletter(SITES["tr"])
    + "</main>",
    (
        "Sütü önce kaynatıp elinizi yakmayacak kadar",
        "Bir kaşık eski yoğurdu biraz sütle açıp tencereye karıştırın.",
        "Süt yeterince ılık değilse ya da tencere erken açılırsa yoğurt sulu kalır.",
        "Tencereyi bir battaniyeye sarıp sekiz saat dokunmadan bekletin.",
    ),
    shell="wordpress",
    path="ev-yapimi-yogurt",
)

add(
    "gutenberg_query_loop_after_post",
    SITES["pt"],
    "Guia para começar a correr",
    "<main class='wp-block-group'><h1 class='wp-block-post-title'>Guia para começar a correr"
    "</h1><div class='wp-block-post-date'><time>5 de dezembro de 2026</time></div><div "
    "class='entry-content wp-block-post-content'>"
    + paras(
        "Comece por alternar um minuto de corrida com dois de caminhada durante vinte minutos.",
        "Aumente o tempo de corrida só quando as três sessões da semana forem confortáveis.",
    )
    + "<div class='wp-block-group is-style-card'><h3>Dica</h3>"
    + paras("Corra devagar o suficiente para conseguir conversar.")
    + "</div></div><div class='wp-block-query'><h2>Mais artigos</h2><ul class='wp-block-post-"
    "template'><li class='wp-block-post'><h2 class='wp-block-post-title'><a href='/a'>Os"
    " melhores ténis para iniciantes</a></h2><div class='wp-block-post-excerpt'><p "
    "class='wp-block-post-excerpt__excerpt'>Testámos doze modelos em estrada e trilho.</p>"
    "</div></li></ul></div></main>",
    (
        "Comece por alternar um minuto de corrida com dois de caminhada",
        "Aumente o tempo de corrida só quando as três sessões da semana forem confortáveis.",
        "Corra devagar o suficiente para conseguir conversar.",
    ),
    ("Mais artigos", "Os melhores ténis para iniciantes", "Testámos doze modelos"),
    shell="wordpress",
    path="comecar-a-correr",
)
