"""The blind67 probe's community and commerce pages: a Catalan Q&A page, a Galician recipe,
an Afrikaans product page, an Esperanto blog post with comments, a Sinhala forum thread, a
Punjabi travel post, a Zulu job posting, a Lao hotel page, a Burmese web novel's chapter
and a Telugu film review."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, add

CA = Site(
    lang="ca",
    name="Preguntes de Codi",
    host="preguntesdecodi.example.cat",
    nav=("Preguntes", "Etiquetes", "Usuaris", "Sense resposta"),
    cookie="Utilitzem galetes per millorar la teva experiència al lloc.",
    share="Comparteix aquesta pregunta",
    newsletter="Rep cada setmana les preguntes més votades al teu correu.",
    comment="La teva resposta",
    related_title="Preguntes relacionades",
    related=("Com ordenar un diccionari per valor?", "Diferència entre llista i tupla"),
    footer="Contingut sota llicència CC BY-SA.",
)


def _votes(n: int) -> str:
    return (
        "<div class='js-voting-container'><button class='js-vote-up' aria-label='Vot a favor'>"
        f"▲</button><div class='js-vote-count'>{n}</div><button class='js-vote-down' "
        "aria-label='Vot en contra'>▼</button></div>"
    )


def _comments(*texts: str) -> str:
    items = "".join(
        f"<li class='comment'><span class='comment-copy'>{t}</span></li>" for t in texts
    )
    return (
        f"<div class='comments'><ul class='comments-list'>{items}</ul><a class='js-add-link' "
        "href='#'>Afegeix un comentari</a></div>"
    )


add(
    "qa_votes_comments",
    CA,
    "Com llegir un fitxer CSV amb accents en Python?",
    "<div id='question-header'><h1 itemprop='name'>Com llegir un fitxer CSV amb accents en"
    " Python?</h1></div><div id='mainbar'><div class='question'>"
    + _votes(12)
    + "<div class='s-prose js-post-body'>"
    + paras(
        "Tinc un fitxer CSV exportat d'un full de càlcul i, quan el llegeixo, les paraules"
        " com «cançó» surten amb caràcters estranys.",
        "He provat d'obrir-lo sense indicar res més i obtinc un error de descodificació.",
    )
    + "</div><div class='post-taglist'><a class='post-tag'>python</a><a class='post-tag'>csv"
    "</a></div><div class='user-info'>preguntat fa 3 dies per <a>Jordi P.</a></div>"
    + _comments("Quin sistema operatiu fas servir?")
    + "</div><h2 class='answers-header'>2 respostes</h2><div class='answer accepted-answer'>"
    + _votes(20)
    + "<div class='s-prose js-post-body'>"
    + paras(
        "Cal indicar la codificació en obrir el fitxer; els fulls de càlcul solen desar en"
        " UTF-8 amb marca d'ordre de bytes:"
    )
    + "<pre><code>with open('dades.csv', encoding='utf-8-sig') as f:\n"
    "    lector = csv.reader(f)</code></pre>"
    + paras("Si el fitxer ve d'un equip antic, prova amb <code>cp1252</code>.")
    + "</div><div class='user-info'>respost fa 2 dies per <a>Marta V.</a></div>"
    + _comments("Gràcies, ha funcionat a la primera!")
    + "</div><div class='answer'>"
    + _votes(3)
    + "<div class='s-prose js-post-body'>"
    + paras("També pots fer servir la biblioteca pandas amb el paràmetre encoding.")
    + "</div></div>"
    + comment_prompt(CA)
    + "</div>",
    (
        "Tinc un fitxer CSV exportat d'un full de càlcul",
        "He provat d'obrir-lo sense indicar res més i obtinc un error de descodificació.",
        "Cal indicar la codificació en obrir el fitxer",
        "encoding='utf-8-sig'",
        "Si el fitxer ve d'un equip antic, prova amb",
    ),
    ("Afegeix un comentari", "Vot a favor", "Gràcies, ha funcionat a la primera!"),
    template="app",
    path="preguntes/4512/llegir-csv-accents",
)

GL = Site(
    lang="gl",
    name="Cociña da Avoa",
    host="cocinadaavoa.example.gal",
    nav=("Receitas", "Sobremesas", "Peixes", "Tempada", "Sobre min"),
    cookie="Este sitio usa cookies para mellorar a túa experiencia.",
    share="Comparte a receita",
    newsletter="Apúntate e recibirás unha receita nova cada domingo.",
    comment="Deixa o teu comentario",
    related_title="Tamén che pode gustar",
    related=("Empanada de zamburiñas", "Filloas de sangue da avoa"),
    footer="Todas as receitas están probadas na nosa cociña.",
)

add(
    "recipe_nutrition",
    GL,
    "Caldo galego de inverno",
    "<article class='post'><h1 class='entry-title'>Caldo galego de inverno</h1>"
    "<a class='wprm-recipe-jump' href='#receita'>Saltar á receita</a><div class='entry-content'>"
    + paras(
        "Cando chega o frío, na casa da avoa sempre había unha pota de caldo no lume.",
        "O segredo está nos grelos frescos e en deixalo repousar unha hora antes de servir.",
    )
    + "<div id='receita' class='wprm-recipe-container'><h2 class='wprm-recipe-name'>Caldo"
    " galego</h2><div class='wprm-recipe-rating'>★★★★★ <span>Valora esta receita</span></div>"
    "<a class='wprm-recipe-print' href='#'>Imprimir receita</a>"
    "<h3>Ingredientes</h3><ul class='wprm-recipe-ingredients'>"
    "<li>500 g de grelos</li><li>4 patacas medianas</li><li>200 g de fabas brancas</li>"
    "<li>1 anaco de unto</li></ul><h3>Elaboración</h3><ol class='wprm-recipe-instructions'>"
    "<li>Pon as fabas a remollo a noite anterior.</li>"
    "<li>Coce as fabas co unto durante unha hora a lume baixo.</li>"
    "<li>Engade as patacas en anacos e, dez minutos despois, os grelos picados.</li></ol>"
    "<h3>Información nutricional</h3><table class='wprm-nutrition'><tr><td>Calorías</td>"
    "<td>320 kcal</td></tr><tr><td>Proteínas</td><td>14 g</td></tr></table></div></div>"
    + share(GL)
    + comment_prompt(GL)
    + "</article>",
    (
        "Cando chega o frío, na casa da avoa sempre había unha pota de caldo no lume.",
        "O segredo está nos grelos frescos",
        "500 g de grelos",
        "4 patacas medianas",
        "1 anaco de unto",
        "Pon as fabas a remollo a noite anterior.",
        "Coce as fabas co unto durante unha hora a lume baixo.",
        "Engade as patacas en anacos e, dez minutos despois, os grelos picados.",
    ),
    ("Saltar á receita", "Valora esta receita", "Imprimir receita"),
)

AF = Site(
    lang="af",
    name="Tuinwinkel",
    host="tuinwinkel.example.co.za",
    nav=("Gereedskap", "Sade", "Potte", "Besproeiing", "Uitverkoping"),
    cookie="Ons gebruik koekies om jou inkopie-ervaring te verbeter.",
    share="Deel hierdie produk",
    newsletter="Teken in vir ons nuusbrief en kry 10% afslag op jou eerste bestelling.",
    comment="Skryf 'n resensie",
    related_title="Klante het ook gekoop",
    related=("Tuinhandskoene, leer", "Gieter van 10 liter"),
    footer="Pryse sluit BTW in.",
)

add(
    "product_specs_reviews",
    AF,
    "Druppelbesproeiingstel vir 20 plante",
    "<div class='product'><div class='product-gallery'><img src='/p/1.jpg' alt=''></div>"
    "<div class='summary'><h1 class='product_title'>Druppelbesproeiingstel vir 20 plante</h1>"
    "<p class='price'>R449,00</p><form class='cart'><input type='number' value='1'><button "
    "class='single_add_to_cart_button'>Voeg by mandjie</button></form><p class='stock'>In "
    "voorraad</p><p class='shipping-note'>Gratis aflewering op bestellings bo R500</p></div>"
    "<div class='woocommerce-tabs'><ul class='tabs'><li><a href='#beskrywing'>Beskrywing</a>"
    "</li><li><a href='#spesifikasies'>Spesifikasies</a></li><li><a href='#resensies'>"
    "Resensies (2)</a></li></ul><div id='beskrywing' class='panel'>"
    + paras(
        "Hierdie stel gee elke plant presies genoeg water, selfs as jy met vakansie is.",
        "Die pyp word met 'n gewone tuinkraan verbind en die druppers is maklik verstelbaar.",
    )
    + "</div><div id='spesifikasies' class='panel'><table class='shop_attributes'>"
    "<tr><th>Pyplengte</th><td>15 m</td></tr><tr><th>Druppers</th><td>20 stuks</td></tr>"
    "<tr><th>Waarborg</th><td>2 jaar</td></tr></table></div><div id='resensies' "
    "class='panel'><ol class='commentlist'><li class='review'><p class='meta'>Annelie, 3 Nov"
    " 2026</p><p>Werk uitstekend op my balkon.</p></li></ol></div></div>" + related(AF) + "</div>",
    (
        "Hierdie stel gee elke plant presies genoeg water, selfs as jy met vakansie is.",
        "Die pyp word met 'n gewone tuinkraan verbind",
        "Pyplengte",
        "15 m",
        "20 stuks",
        "Waarborg",
    ),
    ("Voeg by mandjie", "Gratis aflewering op bestellings bo R500"),
    path="produk/druppelbesproeiingstel-20",
)

EO = Site(
    lang="eo",
    name="Taglibro de Vojaĝanto",
    host="vojaganto.example.org",
    nav=("Hejmo", "Vojaĝoj", "Libroj", "Pri mi"),
    cookie="Ĉi tiu retejo uzas kuketojn.",
    share="Kunhavigu ĉi tiun afiŝon",
    newsletter="Abonu por ricevi novajn afiŝojn retpoŝte.",
    comment="Lasu respondon",
    related_title="Similaj afiŝoj",
    related=("Tri tagoj en la montaro", "Kiel mi lernis paki malpeze"),
    footer="Funkciigita de libera programaro.",
)

add(
    "blog_with_comments",
    EO,
    "Mia unua kongreso",
    "<article class='post hentry'><h1 class='entry-title'>Mia unua kongreso</h1><div "
    "class='entry-meta'>Afiŝita la 2-an de decembro de <a>Karlo</a></div><div "
    "class='entry-content'>"
    + paras(
        "Antaŭ unu semajno mi revenis de mia unua kongreso, kaj mi ankoraŭ ne trovis vortojn.",
        "Dum kvin tagoj mi parolis kun homoj el dudek landoj, kaj neniam mi bezonis tradukiston.",
        "La plej belan momenton mi travivis dum la internacia vespero, kiam ĉiuj kantis kune.",
    )
    + "</div><footer class='entry-footer'><span class='tags-links'>Etikedoj: <a>kongreso</a>"
    "</span></footer></article><div class='author-box'><h3>Pri la aŭtoro</h3><p>Karlo verkas"
    " pri vojaĝoj kaj lingvoj ekde 2019.</p></div><div id='comments' class='comments-area'>"
    "<h2 class='comments-title'>3 komentoj</h2><ol class='comment-list'><li class='comment'>"
    "<div class='comment-author'>Ana</div><div class='comment-content'><p>Bonega raporto, mi"
    " volonte venos venontjare!</p></div><a class='comment-reply-link'>Respondi</a></li></ol>"
    + comment_prompt(EO)
    + "</div>",
    (
        "Antaŭ unu semajno mi revenis de mia unua kongreso",
        "Dum kvin tagoj mi parolis kun homoj el dudek landoj",
        "La plej belan momenton mi travivis dum la internacia vespero",
    ),
    ("Bonega raporto, mi volonte venos venontjare!", "3 komentoj", "Respondi"),
)

SI = Site(
    lang="si",
    name="ගොවි සංසදය",
    host="govisansadaya.example.lk",
    nav=("සංසද", "සාමාජිකයන්", "සොයන්න", "ලියාපදිංචි වන්න"),
    cookie="මෙම අඩවිය කුකීස් භාවිතා කරයි.",
    share="මෙම මාතෘකාව බෙදාගන්න",
    newsletter="නව පිළිතුරු ගැන ඊමේල් මගින් දැනුම් ලබාගන්න.",
    comment="පිළිතුරක් ලියන්න",
    related_title="සමාන මාතෘකා",
    related=("පොල් ගස්වල කොළ කහ වීම", "වී වගාවට සුදුසු පොහොර"),
    footer="සියලු හිමිකම් ඇවිරිණි.",
)


def _post(user: str, text: str, signature: str) -> str:
    return (
        f"<div class='post'><div class='postprofile'><a class='username'>{user}</a>"
        "<dd>සම්බන්ධ වූයේ: 2024</dd><dd>පළ කිරීම්: 812</dd></div><div class='postbody'>"
        "<ul class='post-buttons'><li><a class='button-quote'>උපුටන්න</a></li></ul>"
        f"<div class='content'>{text}</div><div class='signature'>{signature}</div></div></div>"
    )


add(
    "forum_signatures",
    SI,
    "තක්කාලි පැළවල කොළ හැකිලීම",
    "<div class='page-body'><h2 class='topic-title'>තක්කාලි පැළවල කොළ හැකිලීම</h2>"
    "<div class='pagination'>පිටුව 1 න් 2</div>"
    + _post(
        "නිමල්",
        "මගේ තක්කාලි පැළවල කොළ පසුගිය සතියේ සිට හැකිලෙමින් තිබේ.<br>වතුර දවසට"
        " දෙවරක් දමනවා, නමුත් පස තෙත්ව තිබේ. මෙයට හේතුව කුමක්ද?",
        "නිමල් - කුරුණෑගල ගෙවත්ත",
    )
    + _post(
        "සුනිලා",
        "ඔබ වැඩිපුර වතුර දමනවා විය හැකියි. පස වියළෙන තුරු දින දෙකක් නවත්වා බලන්න.",
        "වගාව යනු ජීවිතයයි",
    )
    + "<a class='button post-reply'>පිළිතුරු දෙන්න</a></div>",
    (
        "මගේ තක්කාලි පැළවල කොළ පසුගිය සතියේ සිට හැකිලෙමින් තිබේ.",
        "නමුත් පස තෙත්ව තිබේ. මෙයට හේතුව කුමක්ද?",
    ),
    ("නිමල් - කුරුණෑගල ගෙවත්ත", "වගාව යනු ජීවිතයයි", "උපුටන්න", "පිළිතුරු දෙන්න", "පළ කිරීම්"),
    template="table",
    path="viewtopic.php?t=2291",
)

PA = Site(
    lang="pa",
    name="ਸਫ਼ਰਨਾਮਾ",
    host="safarnama.example.in",
    nav=("ਮੁੱਖ ਪੰਨਾ", "ਪਹਾੜ", "ਪਿੰਡ", "ਮੇਰੇ ਬਾਰੇ"),
    cookie="ਇਹ ਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ।",
    share="ਇਹ ਪੋਸਟ ਸਾਂਝੀ ਕਰੋ",
    newsletter="ਨਵੀਆਂ ਪੋਸਟਾਂ ਈਮੇਲ ਰਾਹੀਂ ਪ੍ਰਾਪਤ ਕਰੋ।",
    comment="ਟਿੱਪਣੀ ਕਰੋ",
    related_title="ਹੋਰ ਸਫ਼ਰ",
    related=("ਸਪੀਤੀ ਘਾਟੀ ਦੇ ਸੱਤ ਦਿਨ", "ਰਾਵੀ ਕੰਢੇ ਇੱਕ ਸ਼ਾਮ"),
    footer="ਸਾਰੀਆਂ ਤਸਵੀਰਾਂ ਲੇਖਕ ਦੀਆਂ ਹਨ।",
)

add(
    "travel_post_pager",
    PA,
    "ਧੌਲਾਧਾਰ ਦੀ ਬਰਫ਼ ਹੇਠ ਇੱਕ ਪਿੰਡ",
    "<article class='post'><header><h1 class='entry-title'>ਧੌਲਾਧਾਰ ਦੀ ਬਰਫ਼ ਹੇਠ ਇੱਕ ਪਿੰਡ</h1>"
    "</header><div class='entry-content'>"
    + paras(
        "ਸਵੇਰੇ ਛੇ ਵਜੇ ਅਸੀਂ ਬੱਸ ਤੋਂ ਉਤਰੇ ਤਾਂ ਪਹਾੜਾਂ ਉੱਤੇ ਧੁੱਪ ਪੈ ਰਹੀ ਸੀ।",
        "ਪਿੰਡ ਦੇ ਲੋਕਾਂ ਨੇ ਸਾਨੂੰ ਮੱਕੀ ਦੀ ਰੋਟੀ ਅਤੇ ਗੁੜ ਵਾਲੀ ਚਾਹ ਪਿਲਾਈ।",
    )
    + "<div class='wp-block-gallery'><figure><img src='/g1.jpg' alt=''><figcaption>ਪਿੰਡ ਦਾ"
    " ਪੁਰਾਣਾ ਮੰਦਰ</figcaption></figure><figure><img src='/g2.jpg' alt=''><figcaption>ਬਰਫ਼ ਵਿੱਚ"
    " ਰਸਤਾ</figcaption></figure></div>"
    + paras("ਦੁਪਹਿਰ ਨੂੰ ਅਸੀਂ ਝਰਨੇ ਤੱਕ ਤੁਰੇ, ਜਿੱਥੇ ਪਾਣੀ ਅੱਧਾ ਜੰਮਿਆ ਹੋਇਆ ਸੀ।")
    + "</div></article><nav class='navigation post-navigation'><div class='nav-previous'><a>"
    "<span class='meta-nav'>ਪਿਛਲੀ ਪੋਸਟ</span> ਅੰਮ੍ਰਿਤਸਰ ਦੀਆਂ ਗਲੀਆਂ ਵਿੱਚ ਖਾਣਾ</a></div><div "
    "class='nav-next'><a><span class='meta-nav'>ਅਗਲੀ ਪੋਸਟ</span> ਮਨਾਲੀ ਤੋਂ ਲੇਹ ਸੜਕ ਰਾਹੀਂ</a>"
    "</div></nav>" + share(PA) + comment_prompt(PA),
    (
        "ਸਵੇਰੇ ਛੇ ਵਜੇ ਅਸੀਂ ਬੱਸ ਤੋਂ ਉਤਰੇ ਤਾਂ ਪਹਾੜਾਂ ਉੱਤੇ ਧੁੱਪ ਪੈ ਰਹੀ ਸੀ।",
        "ਪਿੰਡ ਦੇ ਲੋਕਾਂ ਨੇ ਸਾਨੂੰ ਮੱਕੀ ਦੀ ਰੋਟੀ ਅਤੇ ਗੁੜ ਵਾਲੀ ਚਾਹ ਪਿਲਾਈ।",
        "ਦੁਪਹਿਰ ਨੂੰ ਅਸੀਂ ਝਰਨੇ ਤੱਕ ਤੁਰੇ, ਜਿੱਥੇ ਪਾਣੀ ਅੱਧਾ ਜੰਮਿਆ ਹੋਇਆ ਸੀ।",
    ),
    ("ਪਿਛਲੀ ਪੋਸਟ", "ਅੰਮ੍ਰਿਤਸਰ ਦੀਆਂ ਗਲੀਆਂ ਵਿੱਚ ਖਾਣਾ", "ਮਨਾਲੀ ਤੋਂ ਲੇਹ ਸੜਕ ਰਾਹੀਂ"),
)

ZU = Site(
    lang="zu",
    name="Imisebenzi Namuhla",
    host="imisebenzi.example.co.za",
    nav=("Sesha imisebenzi", "Abaqashi", "Izeluleko", "Ngena"),
    cookie="Le webhusayithi isebenzisa amakhukhi.",
    share="Yabelana ngalo msebenzi",
    newsletter="Thola imisebenzi emisha nsuku zonke ku-imeyili yakho.",
    comment="Buza umbuzo",
    related_title="Imisebenzi efanayo",
    related=("Umsizi wasehhovisi, eThekwini", "Umshayeli weloli, eMgungundlovu"),
    footer="Imisebenzi Namuhla ayikhokhisi abafuna umsebenzi.",
)

add(
    "job_posting",
    ZU,
    "Umphathi Wesitolo – Pietermaritzburg",
    "<div class='job-detail'><h1 class='job-title'>Umphathi Wesitolo – Pietermaritzburg</h1>"
    "<ul class='job-meta'><li>Isikhathi esigcwele</li><li>R18 000 ngenyanga</li></ul><a "
    "class='btn btn-apply'>Faka isicelo manje</a><a class='btn-save'>Londoloza umsebenzi</a>"
    "<div class='job-description'>"
    + paras(
        "Sifuna umphathi onolwazi ozohola ithimba labasebenzi abayishumi esitolo sethu esisha.",
    )
    + "<h3>Imisebenzi</h3><ul><li>Ukuhlela amashifu abasebenzi masonto onke</li>"
    "<li>Ukuqinisekisa ukuthi izimpahla zihlala zitholakala</li></ul><h3>Izidingo</h3>"
    "<ul><li>Iminyaka emithathu yokuphatha esitolo</li><li>Ilayisense yokushayela</li></ul>"
    "</div><a class='btn btn-apply'>Faka isicelo manje</a></div>" + share(ZU),
    (
        "Sifuna umphathi onolwazi ozohola ithimba labasebenzi abayishumi",
        "Ukuhlela amashifu abasebenzi masonto onke",
        "Ukuqinisekisa ukuthi izimpahla zihlala zitholakala",
        "Iminyaka emithathu yokuphatha esitolo",
        "Ilayisense yokushayela",
    ),
    ("Faka isicelo manje", "Londoloza umsebenzi"),
    template="app",
    path="umsebenzi/88213",
)

LO = Site(
    lang="lo",
    name="ທ່ຽວລາວ",
    host="thiewlao.example.la",
    nav=("ໂຮງແຮມ", "ສະຖານທີ່", "ອາຫານ", "ຕິດຕໍ່"),
    cookie="ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້.",
    share="ແບ່ງປັນໜ້ານີ້",
    newsletter="ລົງທະບຽນເພື່ອຮັບຂໍ້ສະເໜີພິເສດ.",
    comment="ຂຽນຄຳເຫັນ",
    related_title="ໂຮງແຮມໃກ້ຄຽງ",
    related=("ເຮືອນພັກແຄມນ້ຳຂອງ", "ໂຮງແຮມສວນດອກໄມ້"),
    footer="ລາຄາອາດມີການປ່ຽນແປງ.",
)

add(
    "hotel_page",
    LO,
    "ເຮືອນພັກພູຊີ ຫຼວງພະບາງ",
    "<div class='hotel'><h1>ເຮືອນພັກພູຊີ ຫຼວງພະບາງ</h1><div class='rating-badge'>8.9 "
    "ດີເລີດ</div><a class='btn-book'>ຈອງດຽວນີ້</a><div class='hotel-description'>"
    + paras(
        "ເຮືອນພັກໄມ້ແບບດັ້ງເດີມນີ້ຕັ້ງຢູ່ຫ່າງຈາກຕະຫຼາດກາງຄືນພຽງຫ້ານາທີຍ່າງ.",
        "ທຸກຫ້ອງມີລະບຽງເບິ່ງເຫັນພູເຂົາ ແລະ ອາຫານເຊົ້າແມ່ນລວມຢູ່ໃນລາຄາ.",
    )
    + "</div><h2>ສິ່ງອຳນວຍຄວາມສະດວກ</h2><ul class='amenities'><li>ອິນເຕີເນັດໄຮ້ສາຍຟຣີ</li>"
    "<li>ລົດຮັບສົ່ງສະໜາມບິນ</li><li>ເຊົ່າລົດຖີບ</li></ul><div class='booking-widget'>"
    "<label>ວັນເຂົ້າພັກ</label><input type='date'><a class='btn-book'>ຈອງດຽວນີ້</a></div></div>"
    + related(LO),
    (
        "ເຮືອນພັກໄມ້ແບບດັ້ງເດີມນີ້ຕັ້ງຢູ່ຫ່າງຈາກຕະຫຼາດກາງຄືນພຽງຫ້ານາທີຍ່າງ.",
        "ທຸກຫ້ອງມີລະບຽງເບິ່ງເຫັນພູເຂົາ ແລະ ອາຫານເຊົ້າແມ່ນລວມຢູ່ໃນລາຄາ.",
        "ອິນເຕີເນັດໄຮ້ສາຍຟຣີ",
        "ລົດຮັບສົ່ງສະໜາມບິນ",
        "ເຊົ່າລົດຖີບ",
    ),
    ("ຈອງດຽວນີ້", "ວັນເຂົ້າພັກ"),
    template="portal",
    path="hotel/phousi-guesthouse",
)

MY = Site(
    lang="my",
    name="ဝတ္ထုတိုအိမ်",
    host="wuttutoeain.example.mm",
    nav=("ဝတ္ထုများ", "စာရေးဆရာများ", "အသစ်", "ဝင်ရန်"),
    cookie="ဤဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုသည်။",
    share="မျှဝေပါ",
    newsletter="အခန်းသစ်များကို အီးမေးလ်ဖြင့် ရယူပါ။",
    comment="မှတ်ချက်ရေးရန်",
    related_title="ဆက်စပ်ဝတ္ထုများ",
    related=("မိုးရာသီ၏ နောက်ဆုံးရက်", "ဆိပ်ကမ်းမှ ပုံပြင်"),
    footer="ဝတ္ထုများ၏ မူပိုင်ခွင့်သည် စာရေးသူများထံတွင် ရှိသည်။",
)

_CHAPTER_NAV = (
    "<div class='chapter-nav'><a class='prev'>ယခင်အခန်း</a><select class='chapter-select'>"
    "<option>အခန်း ၁</option><option>အခန်း ၂</option><option>အခန်း ၃</option></select>"
    "<a class='next'>နောက်အခန်း</a></div>"
)

add(
    "novel_chapter",
    MY,
    "မြစ်ကမ်းနားက အိမ် - အခန်း ၃",
    "<div class='reading-content'><h1 class='chapter-title'>မြစ်ကမ်းနားက အိမ် - အခန်း ၃</h1>"
    + _CHAPTER_NAV
    + "<div class='text-left chapter-content'>"
    + paras(
        "ထိုညက မိုးသည် တစ်ညလုံး ရွာနေခဲ့သည်။",
        "မမြသည် ပြတင်းပေါက်နားတွင် ထိုင်ရင်း မြစ်ပြင်ကို ငေးကြည့်နေသည်။",
        "နံနက်မိုးလင်းသောအခါ လှေကလေးတစ်စင်းသည် ကမ်းနားသို့ ကပ်လာခဲ့သည်။",
    )
    + "</div>"
    + _CHAPTER_NAV
    + "</div>"
    + comment_prompt(MY),
    (
        "ထိုညက မိုးသည် တစ်ညလုံး ရွာနေခဲ့သည်။",
        "မမြသည် ပြတင်းပေါက်နားတွင် ထိုင်ရင်း မြစ်ပြင်ကို ငေးကြည့်နေသည်။",
        "နံနက်မိုးလင်းသောအခါ လှေကလေးတစ်စင်းသည် ကမ်းနားသို့ ကပ်လာခဲ့သည်။",
    ),
    ("ယခင်အခန်း", "နောက်အခန်း"),
    template="app",
    path="novel/myit-kan/chapter-3",
)

TE = Site(
    lang="te",
    name="సినీ సమీక్ష",
    host="cinesameeksha.example.in",
    nav=("సమీక్షలు", "వార్తలు", "గ్యాలరీ", "బాక్సాఫీస్"),
    cookie="ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది.",
    share="ఈ సమీక్షను షేర్ చేయండి",
    newsletter="ప్రతి శుక్రవారం కొత్త సమీక్షలు మీ ఇన్‌బాక్స్‌కు.",
    comment="మీ అభిప్రాయం రాయండి",
    related_title="ఇతర సమీక్షలు",
    related=("పల్లెటూరి ప్రేమ సమీక్ష", "చీకటి వీధి సమీక్ష"),
    footer="సినీ సమీక్ష - స్వతంత్ర సినిమా పత్రిక.",
)

add(
    "film_review_cast",
    TE,
    "గోదావరి తీరం సమీక్ష: నెమ్మదిగా సాగే అందమైన కథ",
    "<article class='review'><h1>గోదావరి తీరం సమీక్ష: నెమ్మదిగా సాగే అందమైన కథ</h1><div "
    "class='review-box'><span class='score'>3.5/5</span><table class='movie-info'><tr><th>"
    "దర్శకుడు</th><td>రవి కిరణ్</td></tr><tr><th>నటీనటులు</th><td>సాయి, లక్ష్మి</td></tr>"
    "</table><a class='trailer-btn'>ట్రైలర్ చూడండి</a></div><div class='review-body'>"
    + paras(
        "ఒక పల్లెటూరి పడవవాడి జీవితాన్ని దర్శకుడు ఎంతో ఓపికగా తెరకెక్కించాడు.",
        "మొదటి సగం కొంచెం నెమ్మదిగా సాగినా, రెండో సగంలో భావోద్వేగాలు బలంగా పండాయి.",
        "సంగీతం ఈ సినిమాకు ప్రాణం అని చెప్పవచ్చు.",
    )
    + "<p class='verdict'><strong>తీర్పు:</strong> కుటుంబంతో కలిసి చూడదగిన సినిమా.</p>"
    "</div></article>" + share(TE) + newsletter(TE),
    (
        "ఒక పల్లెటూరి పడవవాడి జీవితాన్ని దర్శకుడు ఎంతో ఓపికగా తెరకెక్కించాడు.",
        "మొదటి సగం కొంచెం నెమ్మదిగా సాగినా",
        "సంగీతం ఈ సినిమాకు ప్రాణం అని చెప్పవచ్చు.",
        "కుటుంబంతో కలిసి చూడదగిన సినిమా.",
    ),
    ("ట్రైలర్ చూడండి",),
    path="review/godavari-teeram",
)
