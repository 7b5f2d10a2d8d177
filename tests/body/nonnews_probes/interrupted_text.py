"""Text interrupted or framed by what is not it: ad slots, forms, related boxes, columns,
excerpt lists and roundups of linked headings."""

from __future__ import annotations

from .pages import Probes, page, wordpress

PROBES = Probes()

# --- Italian, a blog post whose second half follows a 'related posts' box set inside it.
PROBES.add(
    "it_text_after_inline_related_box",
    "https://viaggi.example.it/trekking-val-d-orcia/",
    wordpress(
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
# --- French, a contact page: text, a form, a line after the form.
PROBES.add(
    "fr_text_beside_form",
    "https://www.atelier-exemple.fr/inscription-stage",
    page(
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
PROBES.add(
    "es_text_split_by_ad",
    "https://www.diario-ejemplo.es/cultura/festival-de-titeres",
    page(
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
# --- English, an <article> that holds only the header; the text in a sibling div.
PROBES.add(
    "en_article_holds_only_header",
    "https://www.example-trust.org.uk/news/orchard-planting-day",
    page(
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
PROBES.add(
    "tr_text_in_two_columns",
    "https://www.ornek-belediye.gov.tr/tarihce",
    page(
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
PROBES.add(
    "nl_signup_form_inside_text",
    "https://www.voorbeeld-tuinblog.nl/moestuin-in-maart",
    page(
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
# --- German, a blog with a left column of recent comments before the text.
PROBES.add(
    "de_recent_comments_column_before_text",
    "https://www.beispiel-blog.de/2026/02/nistkaesten-bauen/",
    page(
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
PROBES.add(
    "it_text_around_ad_slots",
    "https://www.esempio-notizie.it/viaggi/borghi-appennino",
    page(
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

# --- A closing paragraph after an ad, in a wrapper of another name.
PROBES.add(
    "sv_last_paragraph_after_ad",
    "https://www.exempel-tidning.se/noje/konsert-i-parken",
    page(
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
PROBES.add(
    "de_text_goes_on_after_article",
    "https://www.beispiel-zeitung.de/lokales/neue-buecherei",
    page(
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
# --- English, excerpts: a list of recent posts, each item cut with an ellipsis, after the text.
PROBES.add(
    "en_excerpt_list_after_text",
    "https://www.example-hikes.net/2026/04/ridge-walk/",
    page(
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
PROBES.add(
    "de_roundup_linked_headings",
    "https://www.beispiel-kochblog.de/10-suppen-fuer-den-herbst/",
    page(
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
PROBES.add(
    "en_links_roundup_paragraphs",
    "https://www.example-devnotes.io/weekly/142",
    page(
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
PROBES.add(
    "es_listicle_linked_h3",
    "https://www.ejemplo-viajes.es/mochilas-ligeras/",
    page(
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

# --- Japanese, a story's last line after an ad slot, in a wrapper of its own.
PROBES.add(
    "ja_last_line_after_ad",
    "https://www.example-shinbun.jp/local/20260312-matsuri",
    page(
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
PROBES.add(
    "pt_closing_note_after_sponsor_slot",
    "https://www.exemplo-jornal.pt/cultura/feira-do-livro",
    page(
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
PROBES.add(
    "ar_excerpt_list_beside_text",
    "https://www.mithal-mudawwana.com/2026/03/zaytoun",
    page(
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
PROBES.add(
    "ru_archive_excerpts_after_post",
    "https://primer-blog.ru/2026/02/lyzhi/",
    page(
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
PROBES.add(
    "ko_roundup_linked_headings",
    "https://blog.example.kr/camping-chairs",
    page(
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
PROBES.add(
    "fr_listicle_linked_h2",
    "https://www.exemple-voyages.fr/trois-refuges-des-pyrenees/",
    page(
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

# --- Italian, a long read in <section>s, each opened by a <header> of its own holding the
# section's heading and a line under it.
PROBES.add(
    "it_sections_with_own_headers",
    "https://rivista.example.it/lungo/il-fiume-che-non-c-e-piu",
    page(
        "it",
        "Il fiume che non c'è più",
        "<header class='masthead'><a href='/'>Rivista Esempio</a><nav><a href='/cultura'>"
        "Cultura</a><a href='/viaggi'>Viaggi</a><a href='/abbonati'>Abbonati</a></nav>"
        "</header><main><article class='longform'><header class='longform-header'><h1>Il "
        "fiume che non c'è più</h1><p class='dek'>Viaggio lungo il letto asciutto del "
        "Sorvo</p><p class='byline'>di Giulia Ferri</p></header><section class='chapter'>"
        "<header class='chapter-header'><h2>La sorgente</h2><p class='chapter-kicker'>Capitolo "
        "primo</p></header><p>Il Sorvo nasceva da una grotta sopra il paese, e ogni bambino "
        "sapeva indicare il punto esatto in cui l'acqua usciva dalla roccia.</p><p>Oggi la "
        "grotta è asciutta e l'ingresso è chiuso da un cancello arrugginito.</p></section>"
        "<section class='chapter'><header class='chapter-header'><h2>Il mulino</h2><p "
        "class='chapter-kicker'>Capitolo secondo</p></header><p>Più a valle, il mulino dei "
        "Bertoli macinava grano per tre comuni fino al 1962, quando il canale fu deviato "
        "verso la centrale.</p><p>Il nipote dell'ultimo mugnaio ci accompagna tra le macine "
        "ferme e racconta che il rumore dell'acqua si sentiva dalla piazza.</p></section>"
        "<section class='chapter'><header class='chapter-header'><h2>La foce</h2><p "
        "class='chapter-kicker'>Capitolo terzo</p></header><p>Dove il fiume incontrava il "
        "lago ora c'è un parcheggio, e solo una targa ricorda il vecchio ponte di legno."
        "</p></section><footer class='longform-footer'><p class='tags'><a href='/t/fiumi'>"
        "fiumi</a> <a href='/t/memoria'>memoria</a></p></footer></article><aside "
        "class='more'><h2>Leggi anche</h2><a href='/l/1'>Le case di ringhiera di Milano</a>"
        "</aside></main><footer class='site-footer'>© 2026 Rivista Esempio · P.IVA 00000000000"
        "</footer>",
    ),
    (
        "Il Sorvo nasceva da una grotta sopra il paese",
        "Oggi la grotta è asciutta",
        "Il mulino",
        "il mulino dei Bertoli macinava grano",
        "Il nipote dell'ultimo mugnaio",
        "La foce",
        "solo una targa ricorda il vecchio ponte",
    ),
    ("Le case di ringhiera di Milano", "Abbonati", "P.IVA"),
)

# --- Chinese, a product's release notes page: several releases, each a <section> with a
# <header> of version and date, and a list of changes.
PROBES.add(
    "zh_release_notes_sections",
    "https://app.example.cn/release-notes",
    page(
        "zh",
        "更新日志",
        "<div class='topbar'><a href='/'>示例笔记</a><a href='/download'>下载</a><a "
        "href='/pricing'>价格</a></div><main class='release-notes'><h1>更新日志</h1><section "
        "class='release'><header class='release-header'><h2>版本 4.2.0</h2><time "
        "datetime='2026-05-10'>2026年5月10日</time></header><ul><li>新增离线模式，没有网络时"
        "也可以编辑笔记。</li><li>修复了在平板上插入图片后光标跳到开头的问题。</li></ul>"
        "</section><section class='release'><header class='release-header'><h2>版本 4.1.3"
        "</h2><time datetime='2026-04-22'>2026年4月22日</time></header><ul><li>同步速度提高"
        "约三成。</li><li>导出PDF时保留表格的边框。</li></ul></section><section "
        "class='release'><header class='release-header'><h2>版本 4.1.0</h2><time "
        "datetime='2026-04-02'>2026年4月2日</time></header><ul><li>支持按标签筛选笔记，并可以"
        "把筛选结果保存为智能文件夹。</li></ul></section></main><footer class='site-footer'>"
        "<a href='/privacy'>隐私政策</a><span>© 2026 示例科技</span></footer>",
    ),
    (
        "新增离线模式，没有网络时也可以编辑笔记。",
        "光标跳到开头的问题",
        "同步速度提高约三成。",
        "导出PDF时保留表格的边框。",
        "支持按标签筛选笔记",
    ),
    ("隐私政策", "示例科技"),
)

# --- Indonesian, a blog theme's box of recent comments before the text: each item the
# commenter's name linked to the comment on another post ("#comment-…") and the comment's
# opening, most cut short with "...", a short one whole.
PROBES.add(
    "id_recent_comments_linked_to_anchors",
    "https://catatan.contoh.id/2026/04/menanam-cabai-di-pot/",
    page(
        "id",
        "Menanam cabai di pot",
        "<div id='wrap'><div class='head'><a href='/'>Catatan Kebun</a></div><div "
        "class='cols'><div class='col-left'><div class='box'><div class='box-head'>Komentar"
        "</div><div class='box-body'><ul><li><a href='https://catatan.contoh.id/2026/03/"
        "pupuk-kompos/#comment-412'>Rini</a>: Terima kasih, kompos saya sekarang tidak bau "
        "lagi setelah dicampur daun...</li><li><a href='https://catatan.contoh.id/2026/03/"
        "pupuk-kompos/#comment-409'>Bayu</a>: mantap, makasih</li><li><a "
        "href='https://catatan.contoh.id/2026/02/tomat-ceri/#comment-377'>Dewi</a>: Tomat "
        "ceri saya berbuah lebat tapi kulitnya pecah setelah hujan deras, apakah...</li><li>"
        "<a href='https://catatan.contoh.id/2026/02/tomat-ceri/#comment-371'>Agus</a>: Saya "
        "pakai ember bekas cat dan hasilnya ternyata tidak kalah dengan pot...</li></ul></div>"
        "</div></div><div class='col-main'><div class='post'><h1>Menanam cabai di pot</h1>"
        "<div class='post-entry'><p>Cabai rawit bisa tumbuh subur di pot berdiameter tiga "
        "puluh sentimeter asalkan mendapat sinar matahari minimal enam jam sehari.</p><p>"
        "Campurkan tanah, kompos dan sekam bakar dengan perbandingan yang sama, lalu siram "
        "setiap pagi ketika tanah bagian atas mulai kering.</p><p>Setelah tiga bulan, buah "
        "pertama biasanya sudah bisa dipetik.</p></div></div></div></div></div>",
    ),
    (
        "Cabai rawit bisa tumbuh subur di pot berdiameter tiga puluh sentimeter",
        "dengan perbandingan yang sama",
        "buah pertama biasanya sudah bisa dipetik",
    ),
    ("kompos saya sekarang tidak bau", "mantap, makasih", "ember bekas cat"),
)

# --- Round 37: kinds and languages the dev sets lack.

# --- Icelandic, a photo essay: a short introduction, then six figures with captions and a
# paragraph or two between them to the end; a photographer's credit line and a gallery
# counter on each figure.
_IS_FIGURES = [
    (
        "Bátarnir bíða í höfninni fyrir dögun.",
        "Hafnarstjórinn opnar skúrinn klukkan fimm, löngu áður en fyrstu sjómennirnir mæta.",
    ),
    (
        "Netin eru bætt í gamla beitningaskúrnum.",
        "Þrjár konur gera við netin á veturna og "
        "þær segja að enginn ungur maður kunni lengur réttu hnútana.",
    ),
    (
        "Fiskurinn flokkaður á bryggjunni.",
        "Á góðum degi koma tólf tonn í land, en í haust "
        "hafa dagarnir verið færri en nokkru sinni fyrr.",
    ),
    (
        "Kaffistofan þar sem allir hittast.",
        "Í kaffistofunni er rætt um veðrið, verðið á "
        "þorski og hver hafi síðast séð hvali í firðinum.",
    ),
    (
        "Síðasti bátur dagsins kemur inn.",
        "Þegar myrkrið skellur á eru ljósin í höfninni það eina sem sést frá þjóðveginum.",
    ),
    (
        "Höfnin að kvöldi.",
        "Næsta vor á að lengja brimgarðinn, og þá vonast þorpsbúar til "
        "að stærri skip geti landað hér aftur.",
    ),
]
PROBES.add(
    "is_photo_essay_text_between_figures",
    "https://myndir.example.is/myndasaga/hofnin-i-vetur",
    page(
        "is",
        "Höfnin í vetur",
        "<header><a href='/'>Myndasögur</a></header><main><article class='photo-essay'><h1>"
        "Höfnin í vetur</h1><p class='byline'>Myndir og texti: Sigrún Ólafs</p><p>Í litla "
        "sjávarþorpinu snýst allt um höfnina, og í vetur fylgdum við henni frá morgni til "
        "kvölds.</p>"
        + "".join(
            f"<figure class='wp-block-image size-full'><img src='/m/{number}.jpg' alt=''>"
            f"<figcaption>{caption} <span class='counter'>{number}/6</span> <span "
            f"class='credit'>Mynd: Sigrún Ólafs</span></figcaption></figure><p>{text}</p>"
            for number, (caption, text) in enumerate(_IS_FIGURES, 1)
        )
        + "<div class='share'>Deila: <a href='#'>Facebook</a></div></article><section "
        "class='more-essays'><h2>Fleiri myndasögur</h2><ul><li><a href='/m/2'>Réttir í "
        "Skagafirði</a></li></ul></section></main><footer><p>© Myndasögur</p></footer>",
    ),
    (
        "í vetur fylgdum við henni frá morgni til kvölds",
        "Hafnarstjórinn opnar skúrinn klukkan fimm",
        "enginn ungur maður kunni lengur réttu hnútana",
        "hver hafi síðast séð hvali í firðinum",
        "ljósin í höfninni það eina sem sést frá þjóðveginum",
        "stærri skip geti landað hér aftur",
    ),
    ("Réttir í Skagafirði", "Deila:", "2/6"),
)

# --- Urdu, a photo story (RTL) whose pictures sit in slider items, each with its caption
# paragraph, the running text in paragraphs between the slider's groups of slides.
PROBES.add(
    "ur_photo_story_text_between_sliders",
    "https://tasveer.example.pk/kahani/purane-shehar-ki-chhaten",
    page(
        "ur",
        "پرانے شہر کی چھتیں",
        "<header><a href='/'>تصویری کہانیاں</a></header><main><div class='story'><h1>پرانے "
        "شہر کی چھتیں</h1><div class='story-text'><p>پرانے شہر میں گرمیوں کی شامیں چھتوں "
        "پر گزرتی ہیں، جہاں پتنگیں اڑتی ہیں اور پڑوسی ایک دوسرے سے باتیں کرتے ہیں۔</p></div>"
        "<div class='slider'><div class='slide'><img src='/s/1.jpg' alt=''><p "
        "class='slide-caption'>ایک لڑکا پتنگ کی ڈور سنبھالتا ہوا</p></div><div "
        "class='slide'><img src='/s/2.jpg' alt=''><p class='slide-caption'>چھت پر کبوتروں کا "
        "ڈربہ</p></div></div><div class='story-text'><p>بہت سے گھروں میں آج بھی کبوتر پالے "
        "جاتے ہیں، اور شام کو ان کی واپسی کا انتظار ایک رسم بن چکا ہے۔</p><p>بزرگ بتاتے "
        "ہیں کہ پچاس سال پہلے ہر گلی کی چھتیں آپس میں جڑی ہوتی تھیں۔</p></div><div "
        "class='slider'><div class='slide'><img src='/s/3.jpg' alt=''><p "
        "class='slide-caption'>مغرب کے وقت کی روشنی</p></div></div><div class='story-text'>"
        "<p>اب نئی عمارتیں اونچی ہو رہی ہیں، مگر پرانی چھتوں کی شامیں ابھی باقی ہیں۔</p>"
        "</div><div class='share'>شیئر کریں</div></div><aside><h3>مزید کہانیاں</h3><ul><li>"
        "<a href='/k/2'>دریا کنارے کے ملاح</a></li></ul></aside></main><footer><p>© "
        "تصویری کہانیاں</p></footer>",
        dir_="rtl",
    ),
    (
        "جہاں پتنگیں اڑتی ہیں",
        "آج بھی کبوتر پالے جاتے ہیں",
        "ہر گلی کی چھتیں آپس میں جڑی ہوتی تھیں",
        "پرانی چھتوں کی شامیں ابھی باقی ہیں",
    ),
    ("دریا کنارے کے ملاح", "شیئر کریں"),
)
