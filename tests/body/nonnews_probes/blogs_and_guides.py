"""Blog posts, guides and long reads in the markup of site builders: sections after figures,
<div>/<br> prose, short lines, list articles, pull quotes."""

from __future__ import annotations

from .pages import Probes, page, wordpress

PROBES = Probes()

# --- English, WordPress (Astra-like): a list article whose items are h2 sections, each
# after a figure; the text goes on past the first heading and the first picture.
PROBES.add(
    "en_wp_listicle_sections_after_figures",
    "https://gardenblog.example/best-shade-plants/",
    wordpress(
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

# --- Japanese, a travel guide in Hugo: sections under headings, pictures between them.
PROBES.add(
    "ja_hugo_travel_guide_sections",
    "https://tabi.example.jp/guides/kiritani-onsen/",
    page(
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
PROBES.add(
    "pl_results_table_after_report",
    "https://klub.example.pl/wyniki/kolejka-12",
    wordpress(
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

# --- English, a long read whose first blockquote is a pull quote of a line further down.
PROBES.add(
    "en_longread_pull_quote_first",
    "https://magazine.example.com/features/the-lighthouse-keepers-daughter",
    page(
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

# --- French, a Divi blog post: the text in several text modules between image modules.
PROBES.add(
    "fr_divi_post_text_modules",
    "https://atelier.example.fr/blog/restaurer-une-chaise-paillee/",
    page(
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
PROBES.add(
    "en_wix_blog_rich_content",
    "https://www.example-yoga.com/post/breathing-before-sleep",
    page(
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
PROBES.add(
    "no_squarespace_blocks",
    "https://www.example-keramikk.no/om-verkstedet",
    page(
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
PROBES.add(
    "cs_link_list_is_the_content",
    "https://blog.example.cz/zdroje-pro-ucitele-fyziky/",
    wordpress(
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

# --- Vietnamese, a how-to in Ghost with a bookmark card and a YouTube embed between steps.
PROBES.add(
    "vi_ghost_howto_embeds",
    "https://blog.example.vn/cach-ghep-cay-cam/",
    page(
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
PROBES.add(
    "th_travel_guide_places",
    "https://thiew.example.co.th/chiang-dao-3-wan",
    wordpress(
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

# --- Indonesian, a Notion-published page: text in block divs, no <p>.
PROBES.add(
    "id_notion_blocks_no_p",
    "https://catatan.example.id/panduan-magang",
    page(
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

# --- English, a personal blog post closing with short lines of its own (a sign-off, an
# emoticon) after the last paragraph.
PROBES.add(
    "en_blog_short_closing_lines",
    "https://jottings.example.net/2026/05/first-swim-of-the-year/",
    wordpress(
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

# --- Portuguese (Portugal), a long encyclopedic page whose sections each sit in their own
# <section> elements after a figure, with a 'see also' list at the end.
PROBES.add(
    "pt_long_sections_in_section_elements",
    "https://enciclopedia.example.pt/artigos/moinhos-de-mare",
    page(
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

# --- English, an old personal site in a table layout with <font> and <center>, the text in
# a cell beside a cell of links, paragraphs split by <br><br>.
PROBES.add(
    "en_old_table_layout_font",
    "http://members.example.net/~hwright/canal.html",
    page(
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

# --- French, a long how-to whose sections are each in a <div class='step'> with a number
# badge, a picture and a paragraph, and an ad slot between steps.
PROBES.add(
    "fr_howto_steps_with_ads",
    "https://bricolage.example.fr/poser-une-etagere",
    page(
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

# --- Spanish, a blog post quoting a long passage of a book in a <blockquote>, and a pull
# quote of the author's own line set in an <aside>.
PROBES.add(
    "es_long_quoted_passage",
    "https://lecturas.example.com.ar/2026/03/el-rio-de-los-patos/",
    wordpress(
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
PROBES.add(
    "nl_checklist_short_items",
    "https://kampeer.example.nl/paklijst-kanotocht",
    page(
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

# --- Portuguese, a Blogger post: the text directly in the post body's <div>, lines split by
# <br>, a picture in a separator <div> between them.
PROBES.add(
    "pt_blogger_div_br_post",
    "https://receitasdavovo.example.blogspot.com/2026/02/bolo-de-fuba.html",
    page(
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
PROBES.add(
    "ko_smarteditor_components",
    "https://blog.example.kr/hanuri/2231",
    page(
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

# --- Japanese, a diary-style blog whose text is <div> lines, one sentence a <div>, and
# empty <div><br></div> lines between paragraphs.
PROBES.add(
    "ja_blog_div_lines",
    "https://ameblo.example.jp/kotori-no-niwa/entry-1200.html",
    page(
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
# --- A landing page of sections of different templates, each a heading and one short line.
PROBES.add(
    "es_sections_of_short_lines",
    "https://www.ejemplo-clinica.es/servicios",
    page(
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

# --- German, a club's history as a list of years.
PROBES.add(
    "de_history_list_of_years",
    "https://www.beispiel-chor.de/ueber-uns/geschichte",
    page(
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
# --- Italian, a history text whose paragraphs open with dates.
PROBES.add(
    "it_history_paragraphs_opening_with_dates",
    "https://www.esempio-parrocchia.it/storia",
    page(
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


# --- Portuguese (Brazil), a personal blog post closing with a smiley alone on its line.
PROBES.add(
    "pt_blog_post_closing_smiley",
    "https://diario-exemplo.blogspot.com/2026/03/horta-na-varanda.html",
    page(
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

# --- Ukrainian, a LiveJournal entry: <br> prose in the entry body, tags, then a thread of
# readers' comments under it.
PROBES.add(
    "uk_livejournal_entry_comments",
    "https://sadivnyk.livejournal.example/48213.html",
    page(
        "uk",
        "Як ми рятували старий сад",
        "<div class='s-header'><a class='s-header-item__link' href='/'>LiveJournal</a><a "
        "href='/shop'>Магазин</a><a href='/login'>Увійти</a></div><div class='s-schemius'>"
        "<div class='j-w-header'><h2 class='j-w-title'><a href='/'>Нотатки садівника</a></h2>"
        "</div><article class='b-singlepost entry hentry'><header class='b-singlepost-header'>"
        "<h1 class='b-singlepost-title entry-title'>Як ми рятували старий сад</h1><p "
        "class='b-singlepost-author'><a class='i-ljuser-username' href='/profile'>sadivnyk"
        "</a></p><time class='b-singlepost-author-date published'>2026-04-12 18:40:00</time>"
        "</header><div class='b-singlepost-body entry-content e-content' lj-sale-entry>"
        "Цієї весни ми нарешті взялися за сад, який дістався нам разом із будинком.<br><br>"
        "Дванадцять яблунь ніхто не обрізав років п'ятнадцять, і крони переплелися так, що "
        "світло майже не доходило до землі.<br><br>Спершу ми вирізали сухі гілки, а тоді по "
        "одній третині живих, щоб дерева не отримали шоку.<br><br>Сусід показав нам, як "
        "замазувати зрізи садовим варом, і тепер ми знаємо, навіщо в коморі стояла та "
        "банка.<br><br>Восени розкажу, скільки яблук ми зібрали.</div><div "
        "class='b-singlepost-tags'><span class='b-singlepost-tags-title'>Мітки:</span> <a "
        "href='/tag/сад'>сад</a>, <a href='/tag/яблуні'>яблуні</a></div><div "
        "class='b-singlepost-addfriend'><a href='/friends/add'>Додати в друзі</a></div>"
        "</article><div class='b-xylem'><span>12 коментарів</span></div><div "
        "class='b-tree b-tree-root'><div class='b-tree-twig b-tree-twig-1'><div "
        "class='b-leaf b-leaf-article'><div class='b-leaf-header'><a class='i-ljuser' "
        "href='/u/olenka'>olenka</a><span class='b-leaf-createdtime'>12 квітня 2026, 19:02"
        "</span></div><div class='b-leaf-article'>У нас така сама історія з грушею, дякую "
        "за пораду про вар!</div><div class='b-leaf-actions'><a href='#'>Відповісти</a></div>"
        "</div></div><div class='b-tree-twig b-tree-twig-2'><div class='b-leaf'><div "
        "class='b-leaf-header'><a class='i-ljuser' href='/u/petro'>petro_k</a><span "
        "class='b-leaf-createdtime'>12 квітня 2026, 20:15</span></div><div "
        "class='b-leaf-article'>А чим обробляли від парші навесні, мідним купоросом?</div>"
        "<div class='b-leaf-actions'><a href='#'>Відповісти</a></div></div></div></div></div>"
        "<footer class='s-footer'>© LiveJournal · Умови використання</footer>",
    ),
    (
        "Цієї весни ми нарешті взялися за сад",
        "Дванадцять яблунь ніхто не обрізав",
        "Спершу ми вирізали сухі гілки",
        "Сусід показав нам, як замазувати зрізи",
        "Восени розкажу, скільки яблук ми зібрали.",
    ),
    ("дякую за пораду про вар", "мідним купоросом", "Додати в друзі", "Умови використання"),
)

# --- Russian, a VC-like blog platform: every paragraph, heading and quote an "island" block
# of its own, a figure between them, the author's subsite over it, reactions and comments after.
PROBES.add(
    "ru_vc_like_island_blocks",
    "https://vc.example.ru/life/912034-kak-ya-pereehal-v-derevnyu",
    page(
        "ru",
        "Как я переехал в деревню и не пожалел",
        "<div class='layout'><div class='header'><a href='/'>vc.example</a><input "
        "placeholder='Поиск'><a href='/new'>Написать</a></div><aside class='sidebar'><a "
        "href='/popular'>Популярное</a><a href='/fresh'>Свежее</a><a href='/my'>Моя лента</a>"
        "</aside><div class='view'><div class='content content--full'><div "
        "class='content-header'><a class='content-header-author' href='/u/51'>Игорь "
        "Ветров</a><span class='time'>3 часа назад</span><h1 class='content-title'>Как я "
        "переехал в деревню и не пожалел</h1></div><div class='content-body'><div "
        "class='block-wrapper block-wrapper--default'><div class='block-text'><p>Два года "
        "назад я продал квартиру в Твери и купил дом в деревне на сорок жителей.</p></div>"
        "</div><div class='block-wrapper block-wrapper--default'><div class='block-text'><p>"
        "Работаю я удалённо, поэтому главным вопросом был интернет, а не дорога.</p></div>"
        "</div><div class='block-wrapper block-wrapper--wide'><div class='block-media'><figure"
        "><img src='/i/dom.jpg' alt=''><figcaption>Дом до ремонта</figcaption></figure></div>"
        "</div><div class='block-wrapper block-wrapper--default'><div class='block-header'><h2>"
        "Сколько это стоило</h2></div></div><div class='block-wrapper block-wrapper--default'>"
        "<div class='block-text'><p>Ремонт крыши и печи обошёлся дороже, чем сам дом, и это "
        "стоит учитывать всем, кто думает о переезде.</p></div></div><div class='block-wrapper "
        "block-wrapper--default'><div class='block-quote'><blockquote><p>Самое сложное — не "
        "зима, а первая весна, когда дороги превращаются в кашу.</p></blockquote></div></div>"
        "<div class='block-wrapper block-wrapper--default'><div class='block-text'><p>Если "
        "будут вопросы, отвечу в комментариях.</p></div></div></div><div "
        "class='content-footer'><div class='reactions'><button>👍 214</button><button>🔥 31"
        "</button></div><a class='comments-counter' href='#comments'>87 комментариев</a><a "
        "class='bookmark' href='#'>В закладки</a></div></div><div class='comments' "
        "id='comments'><div class='comment'><a class='comment__author' href='/u/7'>Марина К."
        "</a><div class='comment__text'>А как с медициной, далеко до больницы?</div></div>"
        "</div></div></div>",
    ),
    (
        "Два года назад я продал квартиру в Твери",
        "главным вопросом был интернет",
        "Сколько это стоило",
        "Ремонт крыши и печи обошёлся дороже",
        "Самое сложное — не зима, а первая весна",
        "Если будут вопросы, отвечу в комментариях.",
    ),
    ("далеко до больницы", "87 комментариев", "Моя лента", "В закладки"),
)

# --- Korean, a Tistory blog post: paragraphs with data-ke attributes, a heading, a table,
# then the like buttons and another category's posts.
PROBES.add(
    "ko_tistory_post_another_category",
    "https://jejumom.tistory.example/214",
    page(
        "ko",
        "제주 한 달 살기 비용 정리",
        "<div id='wrap'><header id='header'><h1 class='blog-title'><a href='/'>제주맘의 "
        "일기</a></h1><nav id='gnb'><a href='/category'>분류 전체보기</a><a href='/guestbook'>"
        "방명록</a></nav></header><div id='container'><main class='main'><div "
        "class='area-view'><div class='article-header'><strong class='title'>제주 한 달 살기 "
        "비용 정리</strong><span class='date'>2026. 5. 2. 21:14</span></div><div "
        "class='article-view'><div class='tt_article_useless_p_margin contents_style'><p "
        "data-ke-size='size16'>지난달 아이 둘과 제주 서쪽에서 한 달을 살았습니다.</p><p "
        "data-ke-size='size16'>숙소는 애월의 작은 독채였고, 비수기라 생각보다 저렴했어요.</p>"
        "<h3 data-ke-size='size23'>항목별 비용</h3><table data-ke-align='alignLeft'><tbody>"
        "<tr><td>숙소</td><td>180만 원</td></tr><tr><td>렌터카</td><td>75만 원</td></tr><tr>"
        "<td>식비</td><td>120만 원</td></tr></tbody></table><p data-ke-size='size16'>"
        "렌터카는 장기 대여로 예약하면 하루 요금이 절반 가까이 내려갑니다.</p><p "
        "data-ke-size='size16'>다음 글에서는 아이와 가기 좋은 오름을 소개할게요.</p></div>"
        "<div class='container_postbtn #post_button_group'><div class='postbtn_like'><button "
        "class='btn_post uoc-icon'><span class='uoc-count'>37</span>공감</button></div><button "
        "class='btn_post sns_btn btn_share'>공유하기</button><button class='btn_post "
        "btn_etc2'>게시글 관리</button></div><div class='another_category "
        "another_category_color_gray'><h4>'<a href='/category/여행'>여행</a>' 카테고리의 다른 "
        "글</h4><table><tr><th><a href='/213'>애월 독채 숙소 고르는 법</a></th><td>"
        "2026.04.28</td></tr><tr><th><a href='/209'>비행기에서 아이 달래기</a></th><td>"
        "2026.04.11</td></tr></table></div></div></div><div class='area-reply'><h3>댓글</h3>"
        "<div class='reply-item'><span class='name'>하늘이네</span><p>정리 감사합니다! "
        "렌터카 팁 유용해요</p></div></div></main></div><footer id='footer'>Designed by "
        "티스토리</footer></div>",
    ),
    (
        "지난달 아이 둘과 제주 서쪽에서 한 달을 살았습니다.",
        "숙소는 애월의 작은 독채였고",
        "항목별 비용",
        "180만 원",
        "렌터카는 장기 대여로 예약하면",
        "다음 글에서는 아이와 가기 좋은 오름을 소개할게요.",
    ),
    ("애월 독채 숙소 고르는 법", "비행기에서 아이 달래기", "렌터카 팁 유용해요", "게시글 관리"),
)

# --- Malay, a photo essay: the story told in the captions of its figures, a line before and
# after.
PROBES.add(
    "ms_photo_essay_in_captions",
    "https://majalah.example.my/esei-foto/nelayan-terakhir-kuala-sepetang",
    page(
        "ms",
        "Nelayan terakhir di muara",
        "<header class='site-header'><a href='/'>Majalah Contoh</a><nav><a href='/berita'>"
        "Berita</a><a href='/esei-foto'>Esei Foto</a></nav></header><main><article "
        "class='photo-essay'><h1>Nelayan terakhir di muara</h1><p class='byline'>Foto dan "
        "teks: Aina Rahim</p><p>Di kampung ini dahulu ada tiga puluh perahu. Kini tinggal "
        "empat.</p><figure class='essay-photo'><img src='/f/1.jpg' alt=''><figcaption>Pak "
        "Salleh, 71 tahun, membaiki pukatnya setiap pagi sebelum air pasang, seperti yang "
        "diajar oleh bapanya.</figcaption></figure><figure class='essay-photo'><img "
        "src='/f/2.jpg' alt=''><figcaption>Anak-anaknya bekerja di kilang di bandar dan hanya "
        "pulang ketika Hari Raya, jadi dia turun ke laut seorang diri.</figcaption></figure>"
        "<figure class='essay-photo'><img src='/f/3.jpg' alt=''><figcaption>Hasil tangkapan "
        "semakin berkurang sejak hutan bakau di hulu ditebang untuk kolam udang."
        "</figcaption></figure><figure class='essay-photo'><img src='/f/4.jpg' alt=''>"
        "<figcaption>Pada waktu petang, isterinya menjual ikan kering di tepi jalan kepada "
        "pelancong yang singgah.</figcaption></figure><p>Apabila ditanya siapa yang akan "
        "meneruskan kerjanya, Pak Salleh hanya tersenyum dan memandang ke laut.</p>"
        "</article><section class='related'><h2>Esei foto lain</h2><ul><li><a "
        "href='/e/1'>Pasar malam terakhir di Jalan Lama</a></li><li><a href='/e/2'>Penjaga "
        "rumah api Pulau Kecil</a></li></ul></section></main><footer>© 2026 Majalah Contoh"
        "</footer>",
    ),
    (
        "Di kampung ini dahulu ada tiga puluh perahu.",
        "membaiki pukatnya setiap pagi sebelum air pasang",
        "Anak-anaknya bekerja di kilang di bandar",
        "sejak hutan bakau di hulu ditebang",
        "isterinya menjual ikan kering di tepi jalan",
        "Pak Salleh hanya tersenyum dan memandang ke laut.",
    ),
    ("Pasar malam terakhir di Jalan Lama", "Penjaga rumah api Pulau Kecil"),
)

# --- Romanian, a page of short posts (a microblog's profile or a service's status feed):
# each post an <article> with its author, time and counts.
PROBES.add(
    "ro_microblog_feed_short_posts",
    "https://social.example.ro/@biblioteca_cluj",
    page(
        "ro",
        "Biblioteca Județeană (@biblioteca_cluj)",
        "<div class='ui'><nav class='navigation-panel'><a href='/home'>Acasă</a><a "
        "href='/explore'>Explorează</a><a href='/notifications'>Notificări</a></nav><main "
        "class='columns-area'><div class='account__header'><h1>Biblioteca Județeană</h1><p "
        "class='account__header__content'>Contul oficial al bibliotecii. Program: luni–vineri."
        "</p><div class='account__header__extra__links'><span>1.204 postări</span><span>3.380 "
        "urmăritori</span></div></div><div class='item-list' role='feed'><article "
        "class='status'><header class='status__info'><a class='status__display-name' "
        "href='/@biblioteca_cluj'>Biblioteca Județeană</a><time datetime='2026-05-06T09:00'>"
        "6 mai</time></header><div class='status__content'><p>Sâmbătă, de la ora 11, atelier "
        "de legătorie pentru copii în sala de lectură de la etajul întâi.</p></div><div "
        "class='status__action-bar'><button>Răspunde</button><button>Distribuie 12</button>"
        "<button>Favorit 40</button></div></article><article class='status'><header "
        "class='status__info'><a class='status__display-name' href='/@biblioteca_cluj'>"
        "Biblioteca Județeană</a><time datetime='2026-05-04T15:30'>4 mai</time></header><div "
        "class='status__content'><p>Am primit trei sute de cărți noi în limba maghiară, le "
        "găsiți deja în catalogul online.</p></div><div class='status__action-bar'><button>"
        "Răspunde</button><button>Distribuie 5</button><button>Favorit 22</button></div>"
        "</article><article class='status'><header class='status__info'><a "
        "class='status__display-name' href='/@biblioteca_cluj'>Biblioteca Județeană</a><time "
        "datetime='2026-05-02T08:10'>2 mai</time></header><div class='status__content'><p>"
        "Luni biblioteca este închisă pentru inventar; împrumuturile scadente se prelungesc "
        "automat cu o săptămână.</p></div><div class='status__action-bar'><button>Răspunde"
        "</button><button>Distribuie 30</button><button>Favorit 51</button></div></article>"
        "</div></main><aside class='drawer'><h2>Tendințe</h2><a href='/tags/carte'>#carte</a>"
        "<a href='/tags/cluj'>#cluj</a></aside></div>",
    ),
    (
        "atelier de legătorie pentru copii",
        "trei sute de cărți noi în limba maghiară",
        "biblioteca este închisă pentru inventar",
    ),
    ("Explorează", "Tendințe", "Favorit 40", "3.380 urmăritori"),
)

# --- Serbian (Cyrillic), a photo essay with no paragraph at all: the title, then figures
# whose captions tell the story, a credit line under each.
PROBES.add(
    "sr_photo_essay_captions_only",
    "https://foto.example.rs/eseji/poslednji-skelar",
    page(
        "sr",
        "Последњи скелар на Тиси",
        "<header class='site'><a href='/'>Фото пример</a><nav><a href='/eseji'>Есеји</a><a "
        "href='/autori'>Аутори</a></nav></header><main><article class='gallery-story'><h1>"
        "Последњи скелар на Тиси</h1><figure class='gallery-item'><img src='/g/1.jpg' alt=''>"
        "<figcaption><span class='caption-text'>Милан вози скелу преко Тисе четрдесет и "
        "две године, од пролећа до првог леда.</span><span class='caption-credit'>Фото: "
        "Ана Јовић</span></figcaption></figure><figure class='gallery-item'><img "
        "src='/g/2.jpg' alt=''><figcaption><span class='caption-text'>Ујутру превози ђаке и "
        "раднике, а поподне тракторе и стада оваца са друге обале.</span><span "
        "class='caption-credit'>Фото: Ана Јовић</span></figcaption></figure><figure "
        "class='gallery-item'><img src='/g/3.jpg' alt=''><figcaption><span "
        "class='caption-text'>Када буде завршен нови мост, скела ће бити продата као старо "
        "гвожђе.</span><span class='caption-credit'>Фото: Ана Јовић</span></figcaption>"
        "</figure></article><aside class='more-essays'><h2>Још есеја</h2><a href='/e/4'>"
        "Ковачи из Горњег села</a><a href='/e/5'>Воденице на Ресави</a></aside></main>"
        "<footer>© 2026 Фото пример</footer>",
    ),
    (
        "Милан вози скелу преко Тисе",
        "Ујутру превози ђаке и раднике",
        "скела ће бити продата као старо гвожђе",
    ),
    ("Ковачи из Горњег села", "Воденице на Ресави"),
)

# --- Japanese, a Hatena-like blog entry: the text with footnote marks, the footnotes under
# it, then bookmark buttons and the blog's related entries.
PROBES.add(
    "ja_hatena_entry_footnotes",
    "https://tetsudo-memo.hatenablog.example/entry/2026/05/03/210000",
    page(
        "ja",
        "廃線跡を歩く：旧北川線",
        "<div id='globalheader'><a href='/'>はてなブログ</a><a href='/login'>ログイン</a>"
        "</div><div id='container'><div id='blog-title'><h1><a href='/'>鉄道メモ帳</a></h1>"
        "</div><div id='content'><article class='entry hentry'><header "
        "class='entry-header'><time datetime='2026-05-03'>2026-05-03</time><h1 "
        "class='entry-title'><a href='/entry/1'>廃線跡を歩く：旧北川線</a></h1></header><div "
        "class='entry-content hatenablog-entry'><p>連休の二日目、旧北川線の廃線跡を歩いてきまし"
        "た。<a href='#f-1' class='footnote' id='fn-1'>*1</a></p><p>駅舎は残っていませんが、"
        "ホームの石積みは草の中にはっきりと見えます。</p><h3>トンネル</h3><p>二つ目のトンネル"
        "は入口が塞がれていて、残念ながら中には入れませんでした。<a href='#f-2' "
        "class='footnote' id='fn-2'>*2</a></p><div class='footnote'><p class='footnote'><a "
        "href='#fn-1' id='f-1'>*1</a>：一九七四年に廃止された地方線です。</p><p "
        "class='footnote'><a href='#fn-2' id='f-2'>*2</a>：地元の方によると落石のためだそう"
        "です。</p></div></div><footer class='entry-footer'><div "
        "class='social-buttons'><a class='hatena-bookmark-button' href='#'>Bookmark</a>"
        "</div><div class='customized-footer'><div class='related-entries'><p>関連記事</p>"
        "<ul><li><a href='/entry/0'>森林鉄道の跡を探して</a></li></ul></div></div>"
        "</footer></article></div></div>",
    ),
    (
        "旧北川線の廃線跡を歩いてきました。",
        "ホームの石積みは草の中にはっきりと見えます。",
        "残念ながら中には入れませんでした。",
        "一九七四年に廃止された地方線です。",
        "落石のためだそうです。",
    ),
    ("森林鉄道の跡を探して", "ログイン"),
)
