"""Shop, listing, review and recipe pages: spec tables, descriptions in tabs, pros and cons,
ingredients."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page, wordpress

PROBES = Probes()

# --- German, a shop's product page (Shopware-like): the description and the spec table.
PROBES.add(
    "de_shop_product_spec_table",
    "https://shop.example.de/wanderrucksack-fjellgang-32",
    page(
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

# --- Turkish, a recipe card (WP Recipe Maker-like): ingredients and steps are the text.
PROBES.add(
    "tr_wp_recipe_card",
    "https://mutfak.example.com.tr/mercimek-koftesi/",
    wordpress(
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

# --- Chinese, a product page whose spec table is in a tab panel beside the description.
PROBES.add(
    "zh_product_spec_tab",
    "https://shop.example.cn/item/8823.html",
    page(
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

# --- English, a recipe whose ingredients sit in an <aside> column beside the method.
PROBES.add(
    "en_recipe_ingredients_in_aside_column",
    "https://kitchen.example.com/recipes/barley-risotto",
    page(
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
PROBES.add(
    "de_listing_description_named_comment",
    "https://immo.example.de/expose/4471",
    page(
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
PROBES.add(
    "es_product_description_hidden_tab",
    "https://tienda.example.es/cafetera-italiana-6-tazas",
    page(
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

# --- Russian, a product review page with pros and cons lists and a verdict.
PROBES.add(
    "ru_review_pros_cons",
    "https://obzor.example.ru/naushniki/tishina-x2",
    wordpress(
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
# --- Portuguese, a product page: the short description beside the gallery and the cart
# form, the long description under it.
PROBES.add(
    "pt_product_summary_beside_cart_form",
    "https://loja-exemplo.com.br/produto/chaleira-esmaltada",
    page(
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

# --- Slovak, a shop's category page: a grid of product cards, then a long buying guide under
# it (the category's own text).
PROBES.add(
    "sk_category_grid_buying_guide",
    "https://obchod.example.sk/kategoria/rychlovarne-kanvice",
    page(
        "sk",
        "Rýchlovarné kanvice",
        "<header class='header'><a href='/'>Obchod Príklad</a><form class='search'><input "
        "placeholder='Hľadať'></form><a href='/kosik'>Košík (0)</a></header><nav "
        "class='category-menu'><a href='/k/kuchyna'>Kuchyňa</a><a href='/k/kanvice'>Kanvice"
        "</a><a href='/k/mixery'>Mixéry</a></nav><main class='category-page'><h1>Rýchlovarné "
        "kanvice</h1><div class='toolbar'><span>Zoradiť: Najpredávanejšie</span><span>48 "
        "produktov</span></div><ul class='products'><li class='product'><a href='/p/1'><h2 "
        "class='product-title'>Kanvica Vara 1,7 l nerez</h2></a><span class='price'>34,90 €"
        "</span><button>Do košíka</button></li><li class='product'><a href='/p/2'><h2 "
        "class='product-title'>Kanvica Liro sklenená s LED</h2></a><span class='price'>"
        "42,50 €</span><button>Do košíka</button></li><li class='product'><a href='/p/3'><h2 "
        "class='product-title'>Kanvica Mini 0,8 l cestovná</h2></a><span class='price'>"
        "19,90 €</span><button>Do košíka</button></li></ul><nav class='pagination'><a "
        "href='?p=2'>2</a><a href='?p=3'>3</a><a href='?p=2'>Ďalšia</a></nav><div "
        "class='category-description'><h2>Ako vybrať rýchlovarnú kanvicu</h2><p>Pri výbere "
        "kanvice sa oplatí sledovať najmä objem, materiál a spôsob ohrevu.</p><p>Kanvica s "
        "objemom 1,7 litra stačí pre štvorčlennú rodinu, pre jedného človeka postačí aj menší "
        "model.</p><h3>Nerez, sklo alebo plast?</h3><p>Nerezové kanvice vydržia dlho a "
        "nepraskajú, sklenené zase ukazujú, koľko vody v nich zostalo a či sa v nich netvorí "
        "vodný kameň.</p><p>Ak máte tvrdú vodu, vyberte model s vyberateľným filtrom, ktorý "
        "sa dá vyčistiť octom.</p></div></main><footer class='footer'><p>Doprava zadarmo nad "
        "49 €</p><p>© 2026 Obchod Príklad</p></footer>",
    ),
    (
        "Ako vybrať rýchlovarnú kanvicu",
        "Pri výbere kanvice sa oplatí sledovať",
        "stačí pre štvorčlennú rodinu",
        "Nerezové kanvice vydržia dlho",
        "vyberte model s vyberateľným filtrom",
    ),
    ("Do košíka", "Doprava zadarmo", "Zoradiť: Najpredávanejšie", "Košík (0)"),
)

# --- Slovenian, a category page whose text sits above the grid, half of it folded under a
# "read more" toggle (a class the script removes), then the product cards.
PROBES.add(
    "sl_category_text_folded_above_grid",
    "https://trgovina.example.si/kategorija/pohodni-cevlji",
    page(
        "sl",
        "Pohodni čevlji",
        "<header class='header'><a href='/'>Trgovina Primer</a><a href='/kosarica'>Košarica"
        "</a></header><main class='catalog'><h1>Pohodni čevlji</h1><div "
        "class='category-intro'><div class='category-text is-collapsed'><p>Dobri pohodni "
        "čevlji morajo biti udobni že od prvega dne, zato jih pomerite popoldne, ko je noga "
        "nekoliko večja.</p><p>Za lažje poti po dolinah zadostujejo nizki čevlji z mehkim "
        "podplatom, za skalnat teren pa izberite visoke čevlje s trdim podplatom.</p><p>"
        "Membrana ohranja nogo suho v dežju, a poleti se noga v njej bolj poti.</p></div>"
        "<button class='read-more'>Preberi več</button></div><div class='filters'><span>"
        "Velikost</span><span>Znamka</span><span>Cena</span></div><div class='product-grid'>"
        "<div class='product-card'><a href='/p/11'>Čevlji Triglav GTX</a><span "
        "class='price'>149,00 €</span><span class='badge'>Novo</span></div><div "
        "class='product-card'><a href='/p/12'>Čevlji Krn Low</a><span class='price'>"
        "99,00 €</span></div><div class='product-card'><a href='/p/13'>Čevlji Snežnik Mid"
        "</a><span class='price'>119,00 €</span></div></div></main><footer>Brezplačna "
        "dostava nad 50 €</footer>",
    ),
    (
        "Dobri pohodni čevlji morajo biti udobni",
        "za skalnat teren pa izberite visoke čevlje",
        "Membrana ohranja nogo suho v dežju",
    ),
    ("Čevlji Triglav GTX", "149,00 €", "Brezplačna dostava", "Preberi več"),
)

# --- Japanese, a product comparison: a spec table of three kettles, a section on each with
# a shop button, a verdict; related articles beside it.
PROBES.add(
    "ja_product_comparison_spec_table",
    "https://kurashi.example.jp/hikaku/denki-kettle",
    furnished(
        "ja",
        "電気ケトル3機種を比べてみた",
        "<p>毎朝お湯を沸かす電気ケトルを、容量と沸騰までの時間、音の大きさで比べました。</p>"
        "<h2>スペック比較表</h2><table class='spec-table'><thead><tr><th>機種</th><th>容量"
        "</th><th>沸騰時間（500ml）</th><th>重さ</th></tr></thead><tbody><tr><td>ミナモ "
        "K1</td><td>0.8L</td><td>2分40秒</td><td>780g</td></tr><tr><td>ソヨカ S2</td><td>"
        "1.0L</td><td>3分05秒</td><td>910g</td></tr><tr><td>ハルト H3</td><td>1.2L</td>"
        "<td>3分30秒</td><td>1,050g</td></tr></tbody></table><h2>ミナモ K1</h2><p>いちばん"
        "速く沸きますが、注ぎ口が細いのでカップ麺には少し時間がかかります。</p><div "
        "class='shop-buttons'><a class='btn-amazon' href='#'>Amazonで見る</a><a "
        "class='btn-rakuten' href='#'>楽天で見る</a></div><h2>ソヨカ S2</h2><p>沸騰中の音が"
        "三機種の中でいちばん静かで、早朝に使っても家族を起こしませんでした。</p><div "
        "class='shop-buttons'><a class='btn-amazon' href='#'>Amazonで見る</a><a "
        "class='btn-rakuten' href='#'>楽天で見る</a></div><h2>結論</h2><p>一人暮らしなら"
        "ミナモ、家族で使うなら容量の大きいハルトがおすすめです。</p>",
        Furniture(
            cookie="当サイトではサービス向上のためにクッキーを使用しています。",
            share="この記事をシェアする",
            newsletter="新しい比較記事をメールでお届けします。",
            comments_title="コメント",
            comments=("ソヨカを買いました。本当に静かです。",),
            related_title="関連記事",
            related=("トースター5機種の焼きむらを比べた", "コーヒーミルの選び方"),
        ),
    ),
    (
        "容量と沸騰までの時間、音の大きさで比べました",
        "2分40秒",
        "注ぎ口が細いのでカップ麺には少し時間がかかります",
        "早朝に使っても家族を起こしませんでした",
        "家族で使うなら容量の大きいハルトがおすすめです",
    ),
    ("クッキーを使用しています", "楽天で見る", "本当に静かです", "トースター5機種の焼きむら"),
)

# --- Portuguese (Brazil), round 38: a short recipe post beside a sidebar with the author's
# bio, a "rate this recipe" box under the steps and a grid of related recipes.
PROBES.add(
    "pt_short_recipe_rating_related_grid",
    "https://receitas.example.com.br/bolo-de-fuba-cremoso/",
    page(
        "pt",
        "Bolo de fubá cremoso",
        "<header><a href='/'>Cozinha da Tia Lu</a><nav><a href='/bolos'>Bolos</a></nav></header>"
        "<div class='wrap'><main class='content'><article class='recipe-post'><h1>Bolo de fubá "
        "cremoso</h1><p>Este bolo forma uma camada de creme no meio enquanto assa, sem nenhum "
        "truque além de muito leite.</p><h2>Ingredientes</h2><ul><li>3 xícaras de leite</li><li>"
        "1 xícara de fubá</li><li>2 ovos</li></ul><h2>Modo de preparo</h2><ol><li>Bata tudo no "
        "liquidificador por dois minutos.</li><li>Asse em forma untada por quarenta minutos a "
        "180 graus.</li></ol><div class='recipe-rating'><p>Avalie esta receita</p><div "
        "class='stars'>★★★★☆</div><p>4,7 de 5 (212 avaliações)</p></div></article><section "
        "class='related-recipes'><h3>Receitas relacionadas</h3><div class='grid'><a "
        "href='/bolo-de-milho/'>Bolo de milho de lata</a><a href='/broa/'>Broa de fubá com "
        "erva-doce</a><a href='/pamonha/'>Pamonha de forno</a></div></section></main><aside "
        "class='sidebar'><div class='widget about'><h3>Sobre mim</h3><p>Sou a Lu, cozinho para "
        "a família há trinta anos e divido aqui as receitas da minha avó.</p></div><div "
        "class='widget'><h3>Mais vistas</h3><ul><li><a href='/pudim/'>Pudim de leite sem "
        "furinhos</a></li></ul></div></aside></div><footer><p>© Cozinha da Tia Lu</p></footer>",
    ),
    (
        "Este bolo forma uma camada de creme no meio",
        "1 xícara de fubá",
        "Asse em forma untada por quarenta minutos",
    ),
    (
        "Avalie esta receita",
        "212 avaliações",
        "Bolo de milho de lata",
        "cozinho para a família há trinta anos",
        "Pudim de leite sem furinhos",
    ),
)

# --- Czech, round 38: a shop's product page with a two-sentence description, a carousel of
# "customers also bought" cards and a sidebar of categories.
PROBES.add(
    "cs_short_product_also_bought_carousel",
    "https://obchod.example.cz/hrnek-smaltovany-modry",
    page(
        "cs",
        "Smaltovaný hrnek modrý 0,4 l",
        "<div class='page'><aside class='left-col'><h4>Kategorie</h4><ul><li><a href='/k/1'>"
        "Kuchyně</a></li><li><a href='/k/2'>Kempování</a></li><li><a href='/k/3'>Výprodej"
        "</a></li></ul></aside><main class='center-col'><div class='p-detail'><h1>Smaltovaný "
        "hrnek modrý 0,4 l</h1><div class='p-price'>189 Kč</div><button>Do košíku</button><div "
        "class='p-short-description'><p>Smaltovaný hrnek vyrobený ručně v malé dílně na "
        "Vysočině, vhodný na chatu i na výlety.</p><p>Hrnek lze mýt v myčce, ale nesmí do "
        "mikrovlnné trouby.</p></div></div><div class='products-carousel'><h3>Zákazníci také "
        "koupili</h3><div class='product'><a href='/p/2'>Smaltovaný talíř hluboký</a><span>229 "
        "Kč</span></div><div class='product'><a href='/p/3'>Plechová konvička na čaj</a><span>"
        "349 Kč</span></div></div></main></div><footer><p>Doprava zdarma nad 1500 Kč</p>"
        "</footer>",
    ),
    (
        "Smaltovaný hrnek vyrobený ručně v malé dílně",
        "Hrnek lze mýt v myčce",
    ),
    ("Zákazníci také koupili", "Smaltovaný talíř hluboký", "Plechová konvička", "Výprodej"),
)

# --- Arabic, right to left, round 38: a short recipe with a "similar recipes" list and a
# newsletter box after it inside the same article.
PROBES.add(
    "ar_short_recipe_similar_list_newsletter",
    "https://www.example.com/ar/recipes/lentil-soup",
    page(
        "ar",
        "شوربة العدس الأحمر",
        "<main><article class='recipe'><h1>شوربة العدس الأحمر</h1><div class='recipe-body'><p>"
        "شوربة دافئة تحضر في نصف ساعة وتكفي أربعة أشخاص في ليالي الشتاء.</p><h2>المكونات</h2>"
        "<ul><li>كوب عدس أحمر</li><li>بصلة مفرومة</li><li>ملعقة كمون</li></ul><h2>طريقة "
        "التحضير</h2><p>يقلى البصل ثم يضاف العدس والماء ويطهى حتى ينضج، ثم يهرس ويقدم مع الليمون."
        "</p></div><div class='recipe-more'><h3>وصفات مشابهة</h3><ul><li><a href='/ar/r/1'>شوربة "
        "الخضار بالشعيرية</a></li><li><a href='/ar/r/2'>فتة الحمص</a></li></ul></div><div "
        "class='recipe-signup'><p>اشترك في نشرتنا لتصلك وصفة جديدة كل أسبوع</p><form><input "
        "type='email'></form></div></article></main>",
        dir_="rtl",
    ),
    (
        "شوربة دافئة تحضر في نصف ساعة",
        "كوب عدس أحمر",
        "يقلى البصل ثم يضاف العدس",
    ),
    ("وصفات مشابهة", "شوربة الخضار بالشعيرية", "اشترك في نشرتنا"),
)

# --- Polish, round 38: a short recipe in a page builder's column beside a column of popular
# recipes and an "about me" note, neither named a sidebar.
PROBES.add(
    "pl_short_recipe_beside_unnamed_column",
    "https://przepisy.example.pl/placki-ziemniaczane/",
    page(
        "pl",
        "Placki ziemniaczane babci Zosi",
        "<div class='row'><div class='col-8'><article><h1>Placki ziemniaczane babci Zosi</h1>"
        "<p>Najlepsze placki wychodzą z mączystych ziemniaków, startych na drobnych oczkach i "
        "dobrze odciśniętych.</p><h2>Składniki</h2><ul><li>1 kg ziemniaków</li><li>1 cebula"
        "</li><li>2 jajka</li></ul><h2>Przygotowanie</h2><p>Smaż na rozgrzanym oleju po trzy "
        "minuty z każdej strony, aż będą złote.</p></article></div><div class='col-4'><div "
        "class='box'><h3>Popularne przepisy</h3><ul><li><a href='/pierogi/'>Pierogi ruskie z "
        "cebulką</a></li><li><a href='/zurek/'>Żurek na zakwasie</a></li></ul></div><div "
        "class='box'><h3>O mnie</h3><p>Gotuję od dziecka, a na blogu zapisuję przepisy z "
        "rodzinnego zeszytu.</p></div></div></div>",
    ),
    (
        "Najlepsze placki wychodzą z mączystych ziemniaków",
        "1 kg ziemniaków",
        "Smaż na rozgrzanym oleju",
    ),
    ("Pierogi ruskie z cebulką", "Żurek na zakwasie", "na blogu zapisuję przepisy"),
)

# --- Greek, round 38: a shop's short description with a "customers also bought" row whose
# classes name nothing.
PROBES.add(
    "el_short_product_unnamed_also_bought",
    "https://shop.example.gr/kouzina/briki-xalkino",
    page(
        "el",
        "Χάλκινο μπρίκι για καφέ",
        "<main><div class='pd'><h1>Χάλκινο μπρίκι για καφέ</h1><div class='pd-price'>24,90 €"
        "</div><button>Προσθήκη στο καλάθι</button><div class='pd-text'><p>Χειροποίητο χάλκινο "
        "μπρίκι με ξύλινη λαβή, για δύο φλιτζάνια ελληνικού καφέ.</p><p>Πλένεται μόνο στο χέρι "
        "με ζεστό νερό.</p></div></div><div class='row-x'><h3>Οι πελάτες αγόρασαν επίσης</h3>"
        "<div class='it'><a href='/p/2'>Φλιτζάνια πορσελάνης σετ δύο</a><span>18,00 €</span>"
        "</div><div class='it'><a href='/p/3'>Καφές ελληνικός 500 γρ.</a><span>7,40 €</span>"
        "</div></div></main>",
    ),
    (
        "Χειροποίητο χάλκινο μπρίκι με ξύλινη λαβή",
        "Πλένεται μόνο στο χέρι",
    ),
    ("Οι πελάτες αγόρασαν επίσης", "Φλιτζάνια πορσελάνης", "Προσθήκη στο καλάθι"),
)
