"""The blind66 probe's pages that are not news: an Irish recipe in a recipe card, a Slovak
product page with a spec table, a Croatian forum thread's first post, a Serbian Q&A answer,
an Estonian documentation page with code, an Icelandic wiki entry with an infobox and
sections, a Tagalog podcast episode with show notes, an Albanian event page and a Malay
how-to post of numbered steps."""

from __future__ import annotations

from ._kit import Site, add, comment_prompt, newsletter, paras, related, share

GA = Site(
    lang="ga",
    name="Cistin an Chnoic",
    host="cistinanchnoic.example.ie",
    nav=("Oidis", "Bácáil", "Dinnéar", "Milseoga", "Fúinn"),
    cookie="Úsáideann an suíomh seo fianáin chun do thaithí a fheabhsú.",
    share="Roinn an t-oideas seo",
    newsletter="Cláraigh le haghaidh ár nuachtlitreach agus faigh oideas nua gach seachtain.",
    comment="Fág trácht faoin oideas",
    related_title="Oidis eile a thaitneoidh leat",
    related=("Arán donn gan giosta", "Anraith meacan bán agus úll"),
    footer="Ní féidir na hoidis a athfhoilsiú gan cead.",
)

add(
    "recipe_card",
    GA,
    "Cáca úll Mhamó",
    "<article class='post'><h1 class='entry-title'>Cáca úll Mhamó</h1><div class='entry-content'>"
    + paras(
        "Ba é seo an cáca a bhíodh ar an mbord gach Domhnach i dteach mo sheanmháthar i "
        "mBaile an Locha, agus tá boladh na cistine sin ann fós.",
    )
    + "<div class='wprm-recipe-container'><div class='wprm-recipe'><h2 class='wprm-recipe-name'>"
    "Cáca úll Mhamó</h2><div class='wprm-recipe-times'><span>Ullmhú: 20 nóiméad</span> <span>"
    "Bácáil: 45 nóiméad</span></div><div class='wprm-recipe-ingredients-container'><h3 "
    "class='wprm-recipe-header'>Comhábhair</h3><ul class='wprm-recipe-ingredients'><li "
    "class='wprm-recipe-ingredient'>225 g plúr féinéirí</li><li class='wprm-recipe-"
    "ingredient'>110 g im fuar</li><li class='wprm-recipe-ingredient'>3 úll chócaireachta, "
    "slisnithe</li><li class='wprm-recipe-ingredient'>1 ubh mhór</li></ul></div><div "
    "class='wprm-recipe-instructions-container'><h3 class='wprm-recipe-header'>Modh</h3><ol "
    "class='wprm-recipe-instructions'><li class='wprm-recipe-instruction'>Téigh an oigheann go "
    "180 céim.</li><li class='wprm-recipe-instruction'>Cuimil an t-im isteach sa phlúr go "
    "mbeidh sé cosúil le grabhróga aráin.</li><li class='wprm-recipe-instruction'>Measc an "
    "ubh isteach, leag leath den taos i stán agus cuir na húlla air.</li><li class='wprm-"
    "recipe-instruction'>Clúdaigh leis an gcuid eile den taos agus bácáil go mbeidh sé "
    "órga.</li></ol></div><div class='wprm-recipe-notes'><h3>Nótaí</h3><p>Is fearr é te le "
    "huachtar nó le custard.</p></div></div></div></div>"
    + share(GA)
    + comment_prompt(GA)
    + "</article>",
    (
        "Ba é seo an cáca a bhíodh ar an mbord gach Domhnach",
        "Comhábhair",
        "225 g plúr féinéirí",
        "3 úll chócaireachta, slisnithe",
        "Modh",
        "Téigh an oigheann go 180 céim.",
        "Cuimil an t-im isteach sa phlúr go mbeidh sé cosúil le grabhróga aráin.",
        "Clúdaigh leis an gcuid eile den taos agus bácáil go mbeidh sé órga.",
        "Is fearr é te le huachtar nó le custard.",
    ),
)

SK = Site(
    lang="sk",
    name="Dielňa Plus",
    host="dielnaplus.example.sk",
    nav=("Náradie", "Záhrada", "Dielňa", "Akcie", "Predajne"),
    cookie="Na našej stránke používame súbory cookie na zlepšenie nákupu.",
    share="Zdieľať produkt",
    newsletter="Prihláste sa na odber noviniek a získajte zľavu 5 % na prvý nákup.",
    comment="Napíšte recenziu produktu",
    related_title="Zákazníci si kúpili aj",
    related=("Sada vrtákov do dreva 8 ks", "Nabíjačka 18 V rýchla"),
    footer="Ceny sú uvedené vrátane DPH.",
)

add(
    "product_spec_table",
    SK,
    "Aku vŕtačka Borak AV-18 Kompakt",
    "<div class='product-detail'><div class='product-gallery'><img src='/p1.jpg' alt=''>"
    "</div><div class='product-info'><h1 class='product-title'>Aku vŕtačka Borak AV-18 "
    "Kompakt</h1><div class='price'>89,90 €</div><button class='add-to-cart'>Do košíka"
    "</button><div class='stock'>Skladom</div></div><div class='product-tabs'><ul "
    "class='tabs-nav'><li><a href='#popis'>Popis</a></li><li><a href='#parametre'>Parametre"
    "</a></li></ul><div id='popis' class='tab-pane'>"
    + paras(
        "Kompaktná vŕtačka pre domácich majstrov, ktorá sa zmestí aj do úzkych priestorov "
        "medzi trámami alebo v skrinke pod umývadlom.",
        "Dvojrýchlostná prevodovka zvládne skrutkovanie aj vŕtanie do tvrdého dreva, "
        "LED svetlo osvetlí miesto práce.",
    )
    + "<ul><li>Bezuhlíkový motor s dlhšou životnosťou</li><li>Rýchloupínacie skľučovadlo 10 mm"
    "</li><li>Hmotnosť iba 1,1 kg s batériou</li></ul></div><div id='parametre' "
    "class='tab-pane'><table class='spec-table'><tbody><tr><th>Napätie</th><td>18 V</td></tr>"
    "<tr><th>Krútiaci moment</th><td>42 Nm</td></tr><tr><th>Otáčky naprázdno</th><td>0–1 600 "
    "ot./min</td></tr><tr><th>Kapacita batérie</th><td>2,0 Ah</td></tr></tbody></table></div>"
    "</div></div>"
    + share(SK)
    + related(SK)
    + "<div class='reviews'><h2>Hodnotenia</h2>"
    + comment_prompt(SK)
    + "</div>",
    (
        "Kompaktná vŕtačka pre domácich majstrov, ktorá sa zmestí aj do úzkych priestorov",
        "Dvojrýchlostná prevodovka zvládne skrutkovanie aj vŕtanie do tvrdého dreva",
        "Bezuhlíkový motor s dlhšou životnosťou",
        "Hmotnosť iba 1,1 kg s batériou",
        "Krútiaci moment",
        "42 Nm",
    ),
    ("Do košíka",),
    template="app",
    path="vrtacky/borak-av-18",
)

HR = Site(
    lang="hr",
    name="Forum Vrtlari",
    host="forum-vrtlari.example.hr",
    nav=("Forum", "Pravila", "Članovi", "Pretraga", "Pomoć"),
    cookie="Ovaj forum koristi kolačiće kako bi zapamtio vašu prijavu.",
    share="Podijeli temu",
    newsletter="Primajte tjedni pregled najboljih tema u svoj sandučić.",
    comment="Odgovori na temu",
    related_title="Slične teme",
    related=("Kada presaditi rajčicu iz klijališta", "Puževi golaći i pivske zamke"),
    footer="Vrijeme je UTC + 1 sat.",
)


def _post(n: int, user: str, text: str, signature: str) -> str:
    return (
        f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='inner'><div class='postbody'>"
        f"<h3><a href='#p{n}'>Re: Smokva se suši</a></h3><p class='author'>od <strong>{user}"
        f"</strong> » 2026-12-0{n}</p><div class='content'>{text}</div><div "
        f"class='signature'>{signature}</div></div><dl class='postprofile'><dt>{user}</dt><dd>"
        "Postovi: 212</dd></dl></div></div>"
    )


add(
    "forum_first_post",
    HR,
    "Smokva se suši nakon presađivanja",
    "<div id='page-body'><h2 class='topic-title'><a href='/t/88'>Smokva se suši nakon "
    "presađivanja</a></h2><div class='action-bar'><a class='button' href='/post'>Odgovori</a>"
    "<div class='pagination'>3 posta • Stranica 1 od 1</div></div>"
    + _post(
        1,
        "maslina_iz_kastela",
        "Pozdrav svima, u listopadu sam presadila smokvu iz posude u vrt, uz južni zid kuće."
        "<br><br>Prošlih tjedana listovi su požutjeli i otpali, a vrhovi grana su postali "
        "smeđi i suhi.<br><br>Zalijevam je jednom tjedno, a tlo je dosta glinasto. Treba li je "
        "orezati sada ili čekati proljeće?",
        "Tko sadi drvo, sadi nadu.",
    )
    + _post(
        2,
        "stari_vinogradar",
        "Ne orezuj sada. Smokva zimi ionako odbacuje lišće, pa to što vidiš može biti normalno.",
        "Vinograd u Pelješcu od 1987.",
    )
    + "</div>"
    + related(HR)
    + comment_prompt(HR),
    (
        "u listopadu sam presadila smokvu iz posude u vrt, uz južni zid kuće.",
        "Prošlih tjedana listovi su požutjeli i otpali",
        "Zalijevam je jednom tjedno, a tlo je dosta glinasto.",
    ),
    ("Tko sadi drvo, sadi nadu.", "Vinograd u Pelješcu od 1987.", "3 posta • Stranica 1 od 1"),
    template="table",
    path="viewtopic.php?t=88",
)

SR = Site(
    lang="sr",
    name="Питај Мајстора",
    host="pitajmajstora.example.rs",
    nav=("Питања", "Ознаке", "Корисници", "Без одговора", "Постави питање"),
    cookie="Користимо колачиће да бисмо побољшали ваше искуство на сајту.",
    share="Подели ово питање",
    newsletter="Пријавите се за недељни избор најбољих одговора.",
    comment="Додајте коментар",
    related_title="Повезана питања",
    related=(
        "Зашто бојлер прави буку при загревању",
        "Како заменити дихтунг на славини за судоперу",
    ),
    footer="Садржај корисника је под лиценцом CC BY-SA.",
)

add(
    "qa_accepted_answer",
    SR,
    "Зашто се на плафону купатила појављује буђ иако проветравам?",
    "<div id='question-header'><h1>Зашто се на плафону купатила појављује буђ иако "
    "проветравам?</h1></div><div class='question'><div class='votecell'><span "
    "class='vote-count'>14</span></div><div class='s-prose'>"
    + paras(
        "Станујем у стану из седамдесетих. Сваког јутра после туширања отворим прозор на "
        "пола сата, али се у углу плафона поново појављују тамне флеке.",
        "Да ли је проблем у вентилацији или у изолацији зида?",
    )
    + "</div></div><div id='answers'><h2 class='answers-count'>2 одговора</h2><div "
    "class='answer accepted-answer'><div class='votecell'><span class='vote-count'>23</span>"
    "<span class='accepted'>✓</span></div><div class='s-prose'>"
    + paras(
        "Флеке у углу плафона најчешће указују на топлотни мост: угао спољашњег зида је "
        "хладнији од остатка собе и ту се кондензује влага.",
        "Проверите следеће:",
    )
    + "<ol><li>Да ли је угао хладан на додир зими</li><li>Да ли се флеке шире после хладних "
    "ноћи</li><li>Да ли вентилатор у купатилу заиста извлачи ваздух</li></ol>"
    + paras(
        "Краткорочно помаже ако после туширања обришете плочице и оставите врата отворена. "
        "Трајно решење је изолација спољашњег зида.",
    )
    + "</div><div class='comments'><ul><li class='comment'>Одлично објашњење, хвала! – "
    "Јелена Т.</li></ul>" + "</div></div></div>" + share(SR) + comment_prompt(SR),
    (
        "Станујем у стану из седамдесетих. Сваког јутра после туширања отворим прозор",
        "Да ли је проблем у вентилацији или у изолацији зида?",
        "Флеке у углу плафона најчешће указују на топлотни мост",
        "Проверите следеће:",
        "Да ли је угао хладан на додир зими",
        "Да ли вентилатор у купатилу заиста извлачи ваздух",
        "Трајно решење је изолација спољашњег зида.",
    ),
    template="app",
    path="q/4471/buđ-na-plafonu",
)

ET = Site(
    lang="et",
    name="Kiirtee dokumentatsioon",
    host="docs.kiirtee.example.ee",
    nav=("Alustamine", "Juhendid", "API viide", "Muudatuste logi", "Kogukond"),
    cookie="See sait kasutab küpsiseid, et mõista, kuidas dokumentatsiooni loetakse.",
    share="Jaga seda lehte",
    newsletter="Telli arendajate uudiskiri ja saa teada uutest versioonidest.",
    comment="Kas sellest lehest oli abi?",
    related_title="Seotud juhendid",
    related=("Autentimine API võtmega", "Veateadete käsitlemine"),
    footer="Dokumentatsioon on avaldatud MIT litsentsi alusel.",
)

add(
    "docs_page_code",
    ET,
    "Päringute kordamine",
    "<div class='md-container'><nav class='md-nav md-nav--primary'><ul><li><a href='/a'>"
    "Paigaldamine</a></li><li><a href='/b'>Esimene päring</a></li><li><a href='/c'>Päringute "
    "kordamine</a></li></ul></nav><div class='md-content'><article class='md-content__inner "
    "md-typeset'><a class='md-content__button' href='/edit'>Muuda seda lehte</a><h1>Päringute "
    "kordamine</h1>"
    + paras(
        "Kui server vastab koodiga 503 või ühendus katkeb, kordab klient päringut "
        "automaatselt kuni kolm korda.",
        "Kordamise käitumist saab muuta kliendi loomisel:",
    )
    + "<div class='highlight'><pre><code class='language-python'>from kiirtee import Klient\n\n"
    "klient = Klient(\n    korduste_arv=5,\n    ooteaeg=1.5,\n)\n</code></pre></div>"
    + "<h2>Parameetrid</h2><table><thead><tr><th>Nimi</th><th>Vaikimisi</th><th>Kirjeldus"
    "</th></tr></thead><tbody><tr><td><code>korduste_arv</code></td><td>3</td><td>Korduste "
    "suurim arv</td></tr><tr><td><code>ooteaeg</code></td><td>1.0</td><td>Esimese ootamise "
    "kestus sekundites</td></tr></tbody></table>"
    + "<div class='admonition warning'><p class='admonition-title'>Hoiatus</p><p>Ära korda "
    "päringuid, mis muudavad andmeid, kui server ei toeta idempotentsusvõtit.</p></div>"
    + "<h2>Kordamise keelamine</h2>"
    + paras("Kordamise saab välja lülitada, kui määrata korduste arvuks null.")
    + "<pre><code>klient = Klient(korduste_arv=0)</code></pre>"
    + "</article><div class='md-feedback'><p>"
    + ET.comment
    + "</p><button>👍</button><button>👎</button></div></div></div>"
    + related(ET),
    (
        "Kui server vastab koodiga 503 või ühendus katkeb, kordab klient päringut",
        "Kordamise käitumist saab muuta kliendi loomisel:",
        "from kiirtee import Klient",
        "korduste_arv=5,",
        "Parameetrid",
        "Korduste suurim arv",
        "Esimese ootamise kestus sekundites",
        "Ära korda päringuid, mis muudavad andmeid",
        "Kordamise keelamine",
        "Kordamise saab välja lülitada, kui määrata korduste arvuks null.",
        "klient = Klient(korduste_arv=0)",
    ),
    ("Muuda seda lehte", "Esimene päring"),
    template="app",
    path="juhendid/kordamine/",
)

IS = Site(
    lang="is",
    name="Fróðleiksvefurinn",
    host="frodleikur.example.is",
    nav=("Forsíða", "Handahófsgrein", "Nýlegar breytingar", "Hjálp", "Gefa framlag"),
    cookie="Vefurinn notar vafrakökur til að muna stillingar þínar.",
    share="Deila greininni",
    newsletter="Skráðu þig á póstlista og fáðu grein vikunnar senda.",
    comment="Ræða um þessa grein",
    related_title="Sjá einnig",
    related=("Jöklar á Íslandi", "Listi yfir fossa á Austurlandi"),
    footer="Textinn er aðgengilegur samkvæmt CC BY-SA leyfi.",
)

add(
    "wiki_infobox_sections",
    IS,
    "Hvítárfoss í Dalsá",
    "<div id='content' class='mw-body'><h1 id='firstHeading' class='firstHeading'>Hvítárfoss í "
    "Dalsá</h1><div id='bodyContent'><div class='mw-parser-output'><table class='infobox'>"
    "<tr><th colspan='2'>Hvítárfoss</th></tr><tr><th>Hæð</th><td>38 m</td></tr><tr><th>"
    "Vatnsfall</th><td>Dalsá</td></tr><tr><th>Sveitarfélag</th><td>Norðurbyggð</td></tr>"
    "</table>"
    + paras(
        "Hvítárfoss er foss í Dalsá á Norðausturlandi, um tólf kílómetra frá ósi árinnar.",
        "Fossinn fellur í tveimur þrepum niður í þröngt gljúfur úr stuðlabergi.",
    )
    + "<div id='toc' class='toc'><div class='toctitle'><h2>Efnisyfirlit</h2></div><ul><li>"
    "<a href='#Saga'>1 Saga</a></li><li><a href='#Virkjun'>2 Virkjunaráform</a></li></ul></div>"
    + "<h2><span class='mw-headline' id='Saga'>Saga</span><span class='mw-editsection'>[<a "
    "href='?action=edit&amp;section=1'>breyta</a>]</span></h2>"
    + paras(
        "Í gömlum heimildum er fossinn nefndur Hvítifoss, og segir sagan að smalar hafi "
        "notað úðann til að rata í þoku.",
    )
    + "<h2><span class='mw-headline' id='Virkjun'>Virkjunaráform</span><span "
    "class='mw-editsection'>[<a href='?action=edit&amp;section=2'>breyta</a>]</span></h2>"
    + paras(
        "Árið 1974 voru lögð fram áform um litla virkjun við fossinn, en þeim var hafnað eftir "
        "mótmæli heimamanna.",
        "Fossinn var friðlýstur árið 2011 ásamt gljúfrinu neðan hans.",
    )
    + "<div class='navbox'><table><tr><th>Fossar á Norðausturlandi</th></tr><tr><td><a "
    "href='/a'>Grænifoss</a> · <a href='/b'>Urðarfoss</a> · <a href='/c'>Klettafoss</a></td>"
    "</tr></table></div></div></div><div id='catlinks' class='catlinks'><a "
    "href='/Flokkur'>Flokkar</a>: <a href='/F1'>Fossar á Íslandi</a></div></div>" + related(IS),
    (
        "Hvítárfoss er foss í Dalsá á Norðausturlandi, um tólf kílómetra frá ósi árinnar.",
        "Fossinn fellur í tveimur þrepum niður í þröngt gljúfur úr stuðlabergi.",
        "Saga",
        "Í gömlum heimildum er fossinn nefndur Hvítifoss",
        "Virkjunaráform",
        "Árið 1974 voru lögð fram áform um litla virkjun við fossinn",
        "Fossinn var friðlýstur árið 2011 ásamt gljúfrinu neðan hans.",
    ),
    ("Fossar á Norðausturlandi", "Grænifoss", "Fossar á Íslandi", "Efnisyfirlit", "breyta"),
    template="table",
    path="wiki/Hvítárfoss",
)

TL = Site(
    lang="tl",
    name="Kwentuhan sa Kusina",
    host="kwentuhan.example.ph",
    nav=("Mga Episode", "Mga Host", "Makinig", "Suportahan Kami", "Makipag-ugnayan"),
    cookie="Gumagamit ang site na ito ng cookies para sa mas magandang karanasan.",
    share="Ibahagi ang episode",
    newsletter="Mag-subscribe sa aming newsletter para sa bagong episode tuwing Lunes.",
    comment="Mag-iwan ng komento",
    related_title="Iba pang episode",
    related=(
        "Episode 41: Ang lihim ng malambot na pandesal",
        "Episode 40: Kakanin mula sa Pampanga",
    ),
    footer="Ang lahat ng episode ay gawa ng Kwentuhan Media.",
)

add(
    "podcast_show_notes",
    TL,
    "Episode 42: Ang sinigang ng aming mga lola",
    "<article class='episode'><h1 class='episode-title'>Episode 42: Ang sinigang ng aming mga "
    "lola</h1><div class='player'><audio controls src='/ep42.mp3'></audio><div "
    "class='player-links'><a href='#'>Spotify</a> <a href='#'>Apple Podcasts</a></div></div>"
    "<div class='episode-notes'>"
    + paras(
        "Sa episode na ito, kinausap namin si Aling Rosario Dimaculangan, na limampung taon "
        "nang nagluluto ng sinigang sa kanilang karinderya sa Batangas.",
        "Pinag-usapan namin kung bakit iba-iba ang pampaasim sa bawat probinsya, at kung "
        "paano nagbago ang lasa nito sa paglipas ng panahon.",
    )
    + "<h3>Sa episode na ito</h3><ul><li>02:10 – Paano nagsimula ang karinderya</li><li>14:35 – "
    "Sampalok, kamias o bayabas?</li><li>31:20 – Ang sinigang sa miso ng Pangasinan</li><li>"
    "45:00 – Payo ni Aling Rosario sa mga bagong kusinero</li></ul><h3>Mga nabanggit</h3><ul>"
    "<li>Ang aklat na Lutong Bahay ni Lorna Villanueva</li><li>Ang pista ng kamias sa "
    "Lipa</li></ul></div>"
    + share(TL)
    + "<div class='support-box'><p>"
    + TL.newsletter
    + "</p></div>"
    + comment_prompt(TL)
    + "</article>",
    (
        "Sa episode na ito, kinausap namin si Aling Rosario Dimaculangan",
        "Pinag-usapan namin kung bakit iba-iba ang pampaasim sa bawat probinsya",
        "Sa episode na ito",
        "02:10 – Paano nagsimula ang karinderya",
        "45:00 – Payo ni Aling Rosario sa mga bagong kusinero",
        "Mga nabanggit",
        "Ang pista ng kamias sa Lipa",
    ),
    ("Apple Podcasts",),
    path="episode/42-sinigang",
)

SQ = Site(
    lang="sq",
    name="Qendra Kulturore Ura",
    host="qendra-ura.example.al",
    nav=("Programi", "Ekspozita", "Bileta", "Rreth nesh", "Kontakt"),
    cookie="Kjo faqe përdor cookies për të përmirësuar shfletimin tuaj.",
    share="Shpërndaje eventin",
    newsletter="Regjistrohu për të marrë programin mujor të qendrës.",
    comment="Shkruani një koment për eventin",
    related_title="Evente të tjera",
    related=("Mbrëmje jazz në oborrin e kalasë", "Punëtori qeramike për fëmijë"),
    footer="Qendra Kulturore Ura mbështetet nga Bashkia e Lumishtës.",
)

add(
    "event_page",
    SQ,
    "Festivali i Këngës Polifonike 2027",
    "<div class='event-single'><h1 class='event-title'>Festivali i Këngës Polifonike 2027</h1>"
    "<div class='event-meta'><dl><dt>Data</dt><dd>14–16 maj 2027</dd><dt>Vendi</dt><dd>Sheshi "
    "i Urës, Lumishtë</dd><dt>Hyrja</dt><dd>Falas</dd></dl><a class='btn-calendar' href='/ics'>"
    "Shto në kalendar</a></div><div class='event-description'>"
    + paras(
        "Për të tretin vit, grupet polifonike nga e gjithë krahina mblidhen në sheshin e Urës "
        "për tri mbrëmje këngësh, valle dhe bisedash me mjeshtrit e vjetër.",
        "Këtë vit festivali i kushtohet këngëve të bariut dhe iso-së së grave.",
    )
    + "<h2>Programi</h2><ul><li>E premte, 19:00 – Hapja me grupin e Lumishtës</li><li>E "
    "shtunë, 18:00 – Konkursi i grupeve të reja</li><li>E diel, 17:00 – Koncerti përmbyllës "
    "dhe ndarja e çmimeve</li></ul><h2>Si të vini</h2>"
    + paras("Autobusët nga Tirana nisen çdo dy orë nga terminali lindor.")
    + "</div><div class='event-map'><iframe src='https://maps.example/embed'></iframe></div>"
    "</div>" + share(SQ) + related(SQ),
    (
        "Për të tretin vit, grupet polifonike nga e gjithë krahina mblidhen",
        "Këtë vit festivali i kushtohet këngëve të bariut dhe iso-së së grave.",
        "Programi",
        "E premte, 19:00 – Hapja me grupin e Lumishtës",
        "E diel, 17:00 – Koncerti përmbyllës dhe ndarja e çmimeve",
        "Si të vini",
        "Autobusët nga Tirana nisen çdo dy orë nga terminali lindor.",
    ),
    ("Shto në kalendar",),
    template="portal",
    path="evente/festivali-polifonik-2027",
)

MS = Site(
    lang="ms",
    name="Pondok Tukang",
    host="pondoktukang.example.my",
    nav=("Laman Utama", "Tip Rumah", "Kebun", "Elektrik", "Hubungi"),
    cookie="Laman ini menggunakan kuki untuk pengalaman yang lebih baik.",
    share="Kongsi artikel ini",
    newsletter="Langgan surat berita kami untuk tip baharu setiap minggu.",
    comment="Tinggalkan komen anda",
    related_title="Artikel berkaitan",
    related=("Cara membaiki paip bocor di dapur", "Lima tanaman herba untuk balkoni"),
    footer="Semua tip di laman ini untuk panduan umum sahaja.",
)

add(
    "howto_numbered_steps",
    MS,
    "Cara menukar kepala paip mandi dalam 15 minit",
    "<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>Cara "
    "menukar kepala paip mandi dalam 15 minit</h3><div class='post-body entry-content'>"
    "Kepala paip mandi yang tersumbat kapur boleh ditukar sendiri tanpa memanggil tukang "
    "paip.<br><br><b>Alat yang diperlukan:</b><br>• Sepana boleh laras<br>• Pita teflon<br>• "
    "Kain buruk<br><br><h4>Langkah 1: Tutup injap utama</h4>Pastikan air ditutup supaya tidak "
    "memancut ketika kepala lama dibuka.<br><br><h4>Langkah 2: Buka kepala lama</h4>Balut "
    "sambungan dengan kain supaya sepana tidak mencalarkan krom, kemudian pusing lawan arah "
    "jam.<br><br><div class='separator'><img src='/langkah2.jpg' alt=''></div><h4>Langkah 3: "
    "Pasang kepala baharu</h4>Lilitkan pita teflon tiga kali pada ulir sebelum memasang "
    "kepala baharu dengan tangan.<br><br>Akhir sekali, buka semula injap dan periksa sama ada "
    "sambungan masih menitis.</div></div></div>" + share(MS) + newsletter(MS) + comment_prompt(MS),
    (
        "Kepala paip mandi yang tersumbat kapur boleh ditukar sendiri",
        "Alat yang diperlukan:",
        "Pita teflon",
        "Langkah 1: Tutup injap utama",
        "Pastikan air ditutup supaya tidak memancut ketika kepala lama dibuka.",
        "Langkah 2: Buka kepala lama",
        "Balut sambungan dengan kain supaya sepana tidak mencalarkan krom",
        "Langkah 3: Pasang kepala baharu",
        "Lilitkan pita teflon tiga kali pada ulir",
        "Akhir sekali, buka semula injap dan periksa sama ada sambungan masih menitis.",
    ),
    template="table",
    path="2026/12/tukar-kepala-paip.html",
)
