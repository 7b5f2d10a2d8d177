"""The blind69n pages (issue 12, wave 69): thirty whole news pages in languages no whole-page
kit had, each in the layouts of ``whole_pages_68`` (tagDiv's Newspaper, Arc, Brightspot,
Drupal, a custom PHP site), every field's truth written down before either tool ran. Every
site, name and text is invented; the dates are the Gregorian days the pages' words name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tests.metadata.whole_pages_68 import (
    Story,
    WholeProbe,
    Words,
    arc,
    brightspot,
    day,
    drupal,
    jsonld,
    newspaper,
    og,
    php,
    whole_probe,
)

PROBES: list[WholeProbe] = []


def add(
    name: str,
    host: str,
    layout: Callable[[Story], str],
    story: Story,
    authors: tuple[str, ...],
    published: object,
    source: str | None = None,
) -> None:
    """A probe on ``host``; the custom PHP layout writes its tag links as hashtags, and the
    project keeps a hashtag as the page writes it (docs/fields.md, html:hashtag-links)."""
    tags = tuple(f"#{t}" for t in story.tags) if layout is php else story.tags
    PROBES.append(
        whole_probe(
            name,
            f"https://{host}/2024/{name.replace('_', '-')}",
            layout(story),
            story,
            authors=authors,
            published=published,
            source=source,
            tags=tags,
        )
    )


def person(*names: str) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": n} for n in names]


# Galician: a Newspaper theme, no metadata; two authors joined by "e".
add(
    "gl_newspaper_e_no_markup",
    "xornaldamarina.gal",
    newspaper,
    Story(
        lang="gl",
        site="Xornal da Mariña",
        h1="O porto de Burela estrea unha nova lonxa para o peixe fresco",
        byline='<span class="td-post-author-name">Por Xosé Manuel Pereiro e Uxía Rivas</span> '
        '<span class="td-post-date">15 de maio de 2024, 10:45</span>',
        lead="A nova lonxa permitirá vender o peixe con menos tempo de espera.",
        body=(
            "A confraría de Burela inaugurou onte a nova lonxa, que substitúe o vello edificio "
            "construído hai máis de corenta anos xunto ao peirao.",
            "O patrón maior explicou que a subasta electrónica reducirá á metade o tempo que os "
            "barcos agardan para descargar.",
            "As obras custaron preto de catro millóns de euros e foron financiadas pola Xunta e "
            "polos fondos europeos de pesca.",
            "A confraría espera que a nova instalación atraia máis compradores de Asturias e do "
            "norte de Portugal nos próximos meses.",
        ),
        caption="A nova lonxa de Burela no día da súa inauguración.",
        read_also="A frota do bonito sae cara ao Cantábrico",
        tags=("Burela", "pesca", "lonxa"),
        source_line="Fonte: Europa Press",
        comment="Xa era hora, a vella lonxa caía a anacos.",
        related=("Foz renova o paseo marítimo", "Viveiro acolle a feira do mel"),
        words=Words(
            "Inicio",
            "Comarca",
            "Publicidade",
            "Le tamén",
            "Etiquetas",
            "Compartir",
            "Comentarios",
            "Noticias relacionadas",
            "© 2024 Xornal da Mariña. Todos os dereitos reservados.",
        ),
    ),
    ("Xosé Manuel Pereiro", "Uxía Rivas"),
    day(2024, 5, 15),
    "Europa Press",
)

# Slovak: Arc with JSON-LD (author, date, keywords).
SK = Story(
    lang="sk",
    site="Žilinský večerník",
    h1="Žilina opraví most cez Váh, doprava sa obmedzí na tri mesiace",
    byline="Autor: Ján Novák | 5. apríla 2024 o 14:20",
    lead="Vodiči budú musieť počítať s obchádzkou cez Strečno.",
    body=(
        "Mesto Žilina začne v pondelok s rekonštrukciou mosta cez Váh, ktorý je v zlom "
        "technickom stave už niekoľko rokov.",
        "Primátor na tlačovej besede uviedol, že oprava bude stáť takmer šesť miliónov eur a "
        "väčšinu zaplatia eurofondy.",
        "Autobusy mestskej hromadnej dopravy pôjdu počas opravy po náhradnej trase cez "
        "priemyselnú zónu.",
        "Práce by sa mali skončiť v júli, ak to dovolí počasie a hladina rieky.",
    ),
    caption="Most cez Váh pred rekonštrukciou.",
    read_also="V Martine otvorili novú cyklotrasu",
    tags=("Žilina", "doprava", "most"),
    source_line="Zdroj: TASR",
    comment="Konečne, ten most je nebezpečný.",
    related=("Kysuce čaká nová diaľnica", "Ceny bytov v Žiline rastú"),
    words=Words(
        "Domov",
        "Regióny",
        "Reklama",
        "Prečítajte si aj",
        "Štítky",
        "Zdieľať",
        "Diskusia",
        "Súvisiace články",
        "© 2024 Žilinský večerník. Všetky práva vyhradené.",
    ),
    head=jsonld(
        headline="Žilina opraví most cez Váh, doprava sa obmedzí na tri mesiace",
        datePublished="2024-04-05T14:20:00+02:00",
        author=person("Ján Novák"),
        keywords="Žilina, doprava, most",
    ),
)
add("sk_arc_jsonld_full", "zilinskyvecernik.sk", arc, SK, ("Ján Novák",), day(2024, 4, 5), "TASR")

# Slovenian: Drupal, no metadata; "Avtorja: X in Y", "ob" before the time.
add(
    "sl_drupal_in_ob_no_markup",
    "stajerskidnevnik.si",
    drupal,
    Story(
        lang="sl",
        site="Štajerski dnevnik",
        h1="V Mariboru bodo zgradili novo brv čez Dravo",
        byline='<div class="node__submitted">Avtorja: Mojca Kranjc in Tomaž Zupan, '
        "8. aprila 2024 ob 9.15</div>",
        lead="Brv bo povezala Lent z Magdalenskim parkom.",
        body=(
            "Mestni svet je včeraj potrdil načrt za novo brv čez Dravo, ki bo namenjena pešcem "
            "in kolesarjem.",
            "Župan je povedal, da bodo gradbena dela stekla jeseni, ko bo vodostaj reke nižji.",
            "Nekateri meščani opozarjajo, da bo gradnja za nekaj mesecev zaprla priljubljeno "
            "sprehajalno pot ob reki.",
            "Brv naj bi bila odprta do poletja prihodnje leto, stala pa bo približno pet "
            "milijonov evrov.",
        ),
        caption="Tako bo videti nova brv čez Dravo.",
        read_also="Na Lentu bo poleti znova festival",
        tags=("Maribor", "Drava", "promet"),
        source_line="Vir: STA",
        comment="Lepa ideja, samo da bo res končana.",
        related=("Ptuj dobi novo knjižnico", "Celje podražilo parkiranje"),
        words=Words(
            "Domov",
            "Lokalno",
            "Oglas",
            "Preberite tudi",
            "Oznake",
            "Deli",
            "Komentarji",
            "Povezani članki",
            "© 2024 Štajerski dnevnik. Vse pravice pridržane.",
        ),
    ),
    ("Mojca Kranjc", "Tomaž Zupan"),
    day(2024, 4, 8),
    "STA",
)

# Latvian: custom PHP with og tags (no date in them); the date in words.
LV = Story(
    lang="lv",
    site="Kurzemes Balss",
    h1="Liepājā atklās jaunu peldbaseinu bērniem",
    byline="Autors: Andris Bērziņš | 2024. gada 22. aprīlī, 11:05",
    lead="Baseinā peldēt mācīsies visu pilsētas skolu otro klašu skolēni.",
    body=(
        "Liepājas dome ir nolēmusi atklāt jaunu peldbaseinu bērniem pie Ezerkrasta "
        "sākumskolas jau šā gada rudenī.",
        "Domes priekšsēdētājs norādīja, ka būvniecība izmaksās gandrīz trīs miljonus eiro un "
        "daļu sedz valsts budžets.",
        "Vecāki jau vairākus gadus lūdza vietu, kur bērni varētu droši apgūt peldēšanu ziemas "
        "mēnešos.",
        "Baseins būs atvērts arī iedzīvotājiem vakaros un brīvdienās par nelielu samaksu.",
    ),
    caption="Jaunā baseina būvlaukums Ezerkrastā.",
    read_also="Liepājas ostā ienāca rekordliels kuģis",
    tags=("Liepāja", "sports", "izglītība"),
    source_line="Avots: LETA",
    comment="Ļoti vajadzīgs, paldies!",
    related=("Ventspilī remontē tiltu", "Kuldīgā sāksies rumbas svētki"),
    words=Words(
        "Sākums",
        "Novadi",
        "Reklāma",
        "Lasi arī",
        "Birkas",
        "Dalīties",
        "Komentāri",
        "Saistītie raksti",
        "© 2024 Kurzemes Balss. Visas tiesības aizsargātas.",
    ),
)
LV = Story(**{**LV.__dict__, "head": og(LV, section="Novadi")})
add(
    "lv_php_og_locative_month",
    "kurzemesbalss.lv",
    php,
    LV,
    ("Andris Bērziņš",),
    day(2024, 4, 22),
    "LETA",
)

# Lithuanian: Brightspot, no metadata; "Autoriai: X ir Y", the day in words.
add(
    "lt_brightspot_ir_no_markup",
    "aukstaitijosaidas.lt",
    brightspot,
    Story(
        lang="lt",
        site="Aukštaitijos aidas",
        h1="Panevėžyje atnaujins seną vandentiekį",
        byline='<div class="ArticlePage-authorBy">Autoriai: Rasa Jankauskienė ir Tomas '
        'Vaitkus</div><div class="ArticlePage-datePublished">2024 m. gegužės 3 d. 16:40</div>',
        lead="Darbai truks beveik dvejus metus ir palies tris miesto rajonus.",
        body=(
            "Panevėžio savivaldybė pasirašė sutartį dėl senojo vandentiekio tinklo atnaujinimo "
            "miesto centre ir Klaipėdos gatvės rajone.",
            "Vandentvarkos bendrovės vadovas sakė, kad kai kurie vamzdžiai buvo nutiesti dar "
            "prieš šešiasdešimt metų.",
            "Gyventojai bus iš anksto informuojami apie trumpalaikius vandens tiekimo "
            "sutrikimus jų gatvėse.",
            "Projektui skirta beveik aštuoni milijonai eurų iš Europos Sąjungos fondų.",
        ),
        caption="Vandentiekio darbai Klaipėdos gatvėje.",
        read_also="Rokiškyje atidarytas naujas parkas",
        tags=("Panevėžys", "vandentiekis", "savivaldybė"),
        source_line="Šaltinis: ELTA",
        comment="Pagaliau, vanduo jau seniai rudas.",
        related=("Biržuose remontuos pilį", "Utenoje kils nauja mokykla"),
        words=Words(
            "Pradžia",
            "Regionai",
            "Reklama",
            "Taip pat skaitykite",
            "Žymės",
            "Dalintis",
            "Komentarai",
            "Susiję straipsniai",
            "© 2024 Aukštaitijos aidas. Visos teisės saugomos.",
        ),
    ),
    ("Rasa Jankauskienė", "Tomas Vaitkus"),
    day(2024, 5, 3),
    "ELTA",
)

# Estonian: Newspaper theme with JSON-LD (date only); "kell" before the time.
ET = Story(
    lang="et",
    site="Lõunaleht",
    h1="Tartu avab suveks uue rattaringluse jaama",
    byline='<span class="td-post-author-name">Autor: Kadri Tamm</span> '
    '<span class="td-post-date">14. märts 2024 kell 13:30</span>',
    lead="Uus jaam tuleb Emajõe kaldale kesklinna lähedale.",
    body=(
        "Tartu linnavalitsus otsustas avada suveks uue rattaringluse jaama Emajõe kaldal, kus "
        "seni puudus võimalus rattaid laenutada.",
        "Abilinnapea sõnul kasutati eelmisel aastal linna rattaid üle miljoni korra, mis on "
        "rekordiline tulemus.",
        "Uude jaama tuleb kakskümmend elektrirattaga kohta ning laadimiseks vajalik taristu.",
        "Jaam peaks valmima juuni alguseks, enne kui algab turistide hooaeg.",
    ),
    caption="Rattaringluse jaam Tartu kesklinnas.",
    read_also="Tartu bussiliinid muutuvad aprillis",
    tags=("Tartu", "rattaringlus", "transport"),
    source_line="Allikas: BNS",
    comment="Väga hea uudis, kasutan iga päev.",
    related=("Viljandis algab folgi ettevalmistus", "Võru sai uue spordihalli"),
    words=Words(
        "Avaleht",
        "Uudised",
        "Reklaam",
        "Loe ka",
        "Sildid",
        "Jaga",
        "Kommentaarid",
        "Seotud artiklid",
        "© 2024 Lõunaleht. Kõik õigused kaitstud.",
    ),
    head=jsonld(headline="Tartu avab suveks uue rattaringluse jaama", datePublished="2024-03-14"),
)
add(
    "et_newspaper_jsonld_date_only",
    "lounaleht.ee",
    newspaper,
    ET,
    ("Kadri Tamm",),
    day(2024, 3, 14),
    "BNS",
)

# Icelandic: Drupal with og tags including the published time.
IS = Story(
    lang="is",
    site="Austurfréttir",
    h1="Ný ferja siglir milli Seyðisfjarðar og Færeyja í sumar",
    byline='<div class="node__submitted">Höfundur: Guðrún Sigurðardóttir | 12. mars 2024 '
    "kl. 08:45</div>",
    lead="Ferjan tekur allt að sex hundruð farþega í hverri ferð.",
    body=(
        "Nýja ferjan mun sigla vikulega milli Seyðisfjarðar og Færeyja frá byrjun júní og "
        "fram í september.",
        "Sveitarstjórinn segir að ferðamönnum sem koma sjóleiðina hafi fjölgað mikið á "
        "síðustu árum.",
        "Hafnarsvæðið verður stækkað svo stærri bílar og flutningabílar komist auðveldlega um "
        "borð.",
        "Miðasala hefst á netinu í næstu viku og er búist við mikilli eftirspurn.",
    ),
    caption="Ferjan við bryggju á Seyðisfirði.",
    read_also="Fjarðarheiðargöng aftur á dagskrá",
    tags=("Seyðisfjörður", "ferja", "ferðaþjónusta"),
    source_line="Heimild: RÚV",
    comment="Frábærar fréttir fyrir Austurland.",
    related=("Snjóflóðavarnir reistar á Neskaupstað", "Nýr skóli á Egilsstöðum"),
    words=Words(
        "Forsíða",
        "Fréttir",
        "Auglýsing",
        "Lestu einnig",
        "Merki",
        "Deila",
        "Athugasemdir",
        "Tengdar fréttir",
        "© 2024 Austurfréttir. Öll réttindi áskilin.",
    ),
)
IS = Story(**{**IS.__dict__, "head": og(IS, published="2024-03-12T08:45:00+00:00")})
add(
    "is_drupal_og_published",
    "austurfrettir.is",
    drupal,
    IS,
    ("Guðrún Sigurðardóttir",),
    day(2024, 3, 12),
    "RÚV",
)

# Maltese: custom PHP, no metadata; "Minn" byline, the weekday and "ta'" in the date.
add(
    "mt_php_minn_no_markup",
    "ilgazzettatalgzira.com.mt",
    php,
    Story(
        lang="mt",
        site="Il-Gazzetta tal-Gżira",
        h1="Il-Kunsill Lokali jiftaħ ġnien ġdid għat-tfal",
        byline="Minn Joseph Borg | It-Tlieta, 19 ta' Marzu 2024 - 10:30",
        lead="Il-ġnien fih logħob ġdid u spazju għall-familji.",
        body=(
            "Il-Kunsill Lokali tal-Gżira fetaħ ġnien ġdid għat-tfal fi triq ix-Xatt, fejn qabel "
            "kien hemm parkeġġ abbandunat.",
            "Is-sindku qal li l-proġett ħa aktar minn sena biex jitlesta minħabba permessi u "
            "xogħlijiet fuq id-drenaġġ.",
            "Il-ġenituri laqgħu l-aħbar b'sodisfazzjon għax fil-lokalità ma kienx hemm post "
            "sigur fejn it-tfal jilagħbu.",
            "Il-ġnien se jkun miftuħ kuljum mis-seba' ta' filgħodu sas-sebgħa ta' filgħaxija.",
        ),
        caption="Il-ġnien il-ġdid fi triq ix-Xatt.",
        read_also="Xogħlijiet fit-toroq tal-Imsida",
        tags=("Gżira", "tfal", "ambjent"),
        source_line="Sors: Kunsill Lokali Gżira",
        comment="Prosit, kien hemm bżonn.",
        related=("Sliema tibdel is-sistema tal-iskart", "Ferries ġodda bejn Malta u Għawdex"),
        words=Words(
            "Paġna ewlenija",
            "Lokali",
            "Reklam",
            "Aqra wkoll",
            "Tikketti",
            "Aqsam",
            "Kummenti",
            "Aħbarijiet relatati",
            "© 2024 Il-Gazzetta tal-Gżira. Id-drittijiet kollha riservati.",
        ),
    ),
    ("Joseph Borg",),
    day(2024, 3, 19),
)

# Welsh: Arc with JSON-LD; "Gan X a Y", the month "Mawrth" (also Tuesday's name).
CY = Story(
    lang="cy",
    site="Newyddion y Fro",
    h1="Ysgol Gymraeg newydd i agor yn y Barri",
    byline="Gan Rhys Morgan a Catrin Jones | Dydd Iau 21 Mawrth 2024",
    lead="Bydd lle i dros bedwar cant o ddisgyblion yn yr ysgol newydd.",
    body=(
        "Mae cyngor Bro Morgannwg wedi cadarnhau y bydd ysgol gynradd Gymraeg newydd yn agor "
        "yn y Barri fis Medi nesaf.",
        "Dywedodd aelod o'r cabinet fod y galw am addysg Gymraeg yn yr ardal wedi cynyddu'n "
        "sylweddol dros y degawd diwethaf.",
        "Bydd yr adeilad newydd yn cynnwys meithrinfa, neuadd chwaraeon a gardd i'r plant.",
        "Mae rhieni yn cael eu hannog i gofrestru eu plant cyn diwedd mis Mai.",
    ),
    caption="Safle'r ysgol newydd yn y Barri.",
    read_also="Cynllun beicio newydd i Gaerdydd",
    tags=("Y Barri", "addysg", "Cymraeg"),
    source_line="Ffynhonnell: Cyngor Bro Morgannwg",
    comment="Newyddion gwych i'r dref!",
    related=("Gwaith ar y rheilffordd ym Mhenarth", "Gŵyl fwyd yn Llanilltud Fawr"),
    words=Words(
        "Hafan",
        "Lleol",
        "Hysbyseb",
        "Darllenwch hefyd",
        "Tagiau",
        "Rhannu",
        "Sylwadau",
        "Straeon cysylltiedig",
        "© 2024 Newyddion y Fro. Cedwir pob hawl.",
    ),
    head=jsonld(
        headline="Ysgol Gymraeg newydd i agor yn y Barri",
        datePublished="2024-03-21T09:00:00+00:00",
        author=person("Rhys Morgan", "Catrin Jones"),
    ),
)
add(
    "cy_arc_jsonld_two_authors",
    "newyddionyfro.cymru",
    arc,
    CY,
    ("Rhys Morgan", "Catrin Jones"),
    day(2024, 3, 21),
)

# Irish: Brightspot with og tags (no date); "Le" byline, the month Bealtaine.
GA = Story(
    lang="ga",
    site="Nuacht an Iarthair",
    h1="Seirbhís farantóireachta nua go hOileáin Árann",
    byline='<div class="ArticlePage-authorBy">Le Síle Ní Bhriain</div><div '
    'class="ArticlePage-datePublished">2 Bealtaine 2024</div>',
    lead="Beidh an bád nua ag seoladh trí huaire sa lá i rith an tsamhraidh.",
    body=(
        "D'fhógair an comhlacht inniu go mbeidh seirbhís farantóireachta nua ag tosú idir Ros "
        "an Mhíl agus Oileáin Árann ón gcéad mhí eile.",
        "Dúirt urlabhraí ón gcomhlacht go bhfuil an bád nua níos tapúla agus níos compordaí "
        "ná an seanbhád.",
        "Tá áthas ar mhuintir na n-oileán mar go raibh fadhbanna leis an tseirbhís le tamall "
        "anuas.",
        "Beidh ticéid ar fáil ar líne agus ag an gcé i Ros an Mhíl.",
    ),
    caption="An bád farantóireachta nua i Ros an Mhíl.",
    read_also="Féile cheoil in Inis Mór",
    tags=("Árainn", "farantóireacht", "Gaeltacht"),
    source_line="Foinse: RTÉ",
    comment="Togra iontach, go n-éirí leo.",
    related=("Scoil nua sa Cheathrú Rua", "Bóthar nua go Carna"),
    words=Words(
        "Baile",
        "Réigiúin",
        "Fógra",
        "Léigh freisin",
        "Clibeanna",
        "Roinn",
        "Tuairimí",
        "Scéalta gaolmhara",
        "© 2024 Nuacht an Iarthair. Gach ceart ar cosaint.",
    ),
)
GA = Story(**{**GA.__dict__, "head": og(GA)})
add(
    "ga_brightspot_og_bealtaine",
    "nuachtaniarthair.ie",
    brightspot,
    GA,
    ("Síle Ní Bhriain",),
    day(2024, 5, 2),
    "RTÉ",
)

# Albanian: Newspaper theme, no metadata; "Nga X dhe Y".
add(
    "sq_newspaper_dhe_no_markup",
    "lajmetejugut.al",
    newspaper,
    Story(
        lang="sq",
        site="Lajmet e Jugut",
        h1="Vlora nis ndërtimin e shëtitores së re bregdetare",
        byline='<span class="td-post-author-name">Nga Arben Hoxha dhe Elira Dervishi</span> '
        '<span class="td-post-date">18 qershor 2024 - 12:10</span>',
        lead="Shëtitorja do të lidhë portin me plazhin e Jonufrës.",
        body=(
            "Bashkia e Vlorës nisi sot punimet për shëtitoren e re bregdetare, e cila do të "
            "jetë mbi tre kilometra e gjatë.",
            "Kryetari i bashkisë tha se projekti do të përfundojë para sezonit turistik të "
            "vitit të ardhshëm.",
            "Banorët e lagjes pranë portit kanë kërkuar prej kohësh më shumë hapësira të "
            "gjelbra dhe ndriçim.",
            "Punimet financohen nga buxheti i shtetit dhe nga një grant i Bankës Botërore.",
        ),
        caption="Punimet e para në shëtitoren e Vlorës.",
        read_also="Rritet numri i turistëve në Himarë",
        tags=("Vlora", "turizëm", "infrastrukturë"),
        source_line="Burimi: ATA",
        comment="Më në fund, qyteti e meriton.",
        related=("Saranda hap portin e ri", "Fieri me park të ri"),
        words=Words(
            "Kryefaqja",
            "Lajme",
            "Reklamë",
            "Lexo edhe",
            "Etiketa",
            "Shpërndaje",
            "Komente",
            "Lajme të ngjashme",
            "© 2024 Lajmet e Jugut. Të gjitha të drejtat e rezervuara.",
        ),
    ),
    ("Arben Hoxha", "Elira Dervishi"),
    day(2024, 6, 18),
    "ATA",
)

# Macedonian: custom PHP with JSON-LD (headline and publisher only).
MK = Story(
    lang="mk",
    site="Охридски весник",
    h1="Охрид добива нов пешачки мост над Црни Дрим",
    byline="Автор: Марија Стојановска | 20 март 2024 во 14:30",
    lead="Мостот ќе ги поврзе Струга и новото шеталиште.",
    body=(
        "Општина Охрид денеска потпиша договор за изградба на нов пешачки мост над Црни Дрим "
        "во близина на езерото.",
        "Градоначалникот изјави дека проектот ќе чини околу два милиони евра и ќе биде готов "
        "до летото.",
        "Граѓаните со години бараат безбеден премин за пешаци и велосипедисти на ова место.",
        "Работите ќе започнат следната недела, откако ќе пристигне опремата.",
    ),
    caption="Местото каде ќе се гради новиот мост.",
    read_also="Рекорден број туристи во Охрид",
    tags=("Охрид", "мост", "инфраструктура"),
    source_line="Извор: МИА",
    comment="Одлично, конечно нешто за граѓаните.",
    related=("Нов пазар во Струга", "Реконструкција на патот до Галичица"),
    words=Words(
        "Почетна",
        "Локално",
        "Реклама",
        "Прочитајте и",
        "Тагови",
        "Сподели",
        "Коментари",
        "Поврзани вести",
        "© 2024 Охридски весник. Сите права се задржани.",
    ),
    head=jsonld(
        headline="Охрид добива нов пешачки мост над Црни Дрим",
        publisher={"@type": "Organization", "name": "Охридски весник"},
    ),
)
add(
    "mk_php_jsonld_publisher_only",
    "ohridskivesnik.mk",
    php,
    MK,
    ("Марија Стојановска",),
    day(2024, 3, 20),
    "МИА",
)

# Bosnian: Drupal, no metadata; "Piše:" label, "Objavljeno:" before the date.
add(
    "bs_drupal_pise_no_markup",
    "tuzlanskiglas.ba",
    drupal,
    Story(
        lang="bs",
        site="Tuzlanski glas",
        h1="Tuzla dobija novu gradsku tržnicu",
        byline='<div class="node__submitted">Piše: Emina Hodžić | Objavljeno: 11. juni 2024. '
        "u 10:20</div>",
        lead="Tržnica će imati više od stotinu tezgi i natkriveni parking.",
        body=(
            "Gradsko vijeće Tuzle usvojilo je odluku o izgradnji nove gradske tržnice na mjestu "
            "stare autobuske stanice.",
            "Gradonačelnik je kazao da će domaći proizvođači imati prednost pri dodjeli tezgi.",
            "Prodavači sa stare tržnice godinama se žale na loše uslove i prokišnjavanje krova.",
            "Izgradnja bi trebala trajati godinu dana, a vrijednost radova je osam miliona maraka.",
        ),
        caption="Stara tržnica u centru Tuzle.",
        read_also="Pantanska jezera otvaraju sezonu",
        tags=("Tuzla", "tržnica", "privreda"),
        source_line="Izvor: Fena",
        comment="Bilo je i vrijeme.",
        related=("Lukavac dobija novi vrtić", "Gradačac obnavlja kulu"),
        words=Words(
            "Naslovnica",
            "Vijesti",
            "Reklama",
            "Pročitajte još",
            "Tagovi",
            "Podijeli",
            "Komentari",
            "Povezane vijesti",
            "© 2024 Tuzlanski glas. Sva prava zadržana.",
        ),
    ),
    ("Emina Hodžić",),
    day(2024, 6, 11),
    "Fena",
)

# Georgian: Arc with og tags (no date); "ავტორი:" label, the month name after the day.
KA = Story(
    lang="ka",
    site="ქუთაისის ამბები",
    h1="ქუთაისში ახალი საბავშვო ბაღი გაიხსნა",
    byline="ავტორი: ნინო ბერიძე | 5 ივლისი 2024, 17:20",
    lead="ბაღში ორასზე მეტი ბავშვი ისწავლის.",
    body=(
        "ქუთაისის მერიამ დღეს ქალაქის ცენტრში ახალი საბავშვო ბაღი გახსნა, რომელიც ორი წლის "
        "განმავლობაში შენდებოდა.",
        "მერის თქმით, ბაღის მშენებლობა ადგილობრივი ბიუჯეტიდან დაფინანსდა.",
        "მშობლები აცხადებენ, რომ ძველ ბაღებში ადგილები არ ჰყოფნიდათ.",
        "ბაღი სექტემბრიდან მიიღებს ბავშვებს და სარეგისტრაციო განაცხადები უკვე მიიღება.",
    ),
    caption="ახალი საბავშვო ბაღი ქუთაისში.",
    read_also="ქუთაისის აეროპორტი ახალ ფრენებს იწყებს",
    tags=("ქუთაისი", "განათლება", "ბავშვები"),
    source_line="წყარო: ინტერპრესნიუსი",
    comment="ძალიან კარგი ამბავია.",
    related=("ზესტაფონში გზა რემონტდება", "ტყიბულის მაღაროები"),
    words=Words(
        "მთავარი",
        "რეგიონები",
        "რეკლამა",
        "ასევე წაიკითხეთ",
        "თეგები",
        "გაზიარება",
        "კომენტარები",
        "მსგავსი სიახლეები",
        "© 2024 ქუთაისის ამბები. ყველა უფლება დაცულია.",
    ),
)
KA = Story(**{**KA.__dict__, "head": og(KA)})
add(
    "ka_arc_og_no_date",
    "kutaisisambebi.ge",
    arc,
    KA,
    ("ნინო ბერიძე",),
    day(2024, 7, 5),
    "ინტერპრესნიუსი",
)

# Armenian: Newspaper theme with JSON-LD (author, date); the genitive month.
HY = Story(
    lang="hy",
    site="Շիրակի լուրեր",
    h1="Գյումրիում կվերանորոգեն պատմական թաղամասը",
    byline='<span class="td-post-author-name">Հեղինակ՝ Արամ Պետրոսյան</span> '
    '<span class="td-post-date">9 օգոստոսի 2024, 11:40</span>',
    lead="Վերանորոգումը կընդգրկի ավելի քան հարյուր շենք։",
    body=(
        "Գյումրու համայնքապետարանը հայտարարել է Կումայրի պատմական թաղամասի վերանորոգման "
        "ծրագրի մեկնարկի մասին։",
        "Քաղաքապետի խոսքով՝ աշխատանքները կֆինանսավորվեն պետական բյուջեից և միջազգային "
        "դրամաշնորհներից։",
        "Բնակիչները ողջունում են նախաձեռնությունը, քանի որ շատ շենքեր վթարային վիճակում են։",
        "Առաջին փուլի աշխատանքները կավարտվեն հաջորդ տարվա գարնանը։",
    ),
    caption="Կումայրի թաղամասի շենքերից մեկը։",
    read_also="Գյումրիում նոր զբոսայգի կբացվի",
    tags=("Գյումրի", "Կումայրի", "վերանորոգում"),
    source_line="Աղբյուրը՝ Արմենպրես",
    comment="Շատ լավ նորություն է։",
    related=("Վանաձորում նոր դպրոց", "Արթիկում ճանապարհ են նորոգում"),
    words=Words(
        "Գլխավոր",
        "Մարզեր",
        "Գովազդ",
        "Կարդացեք նաև",
        "Պիտակներ",
        "Կիսվել",
        "Մեկնաբանություններ",
        "Առնչվող նյութեր",
        "© 2024 Շիրակի լուրեր։ Բոլոր իրավունքները պաշտպանված են։",
    ),
    head=jsonld(
        headline="Գյումրիում կվերանորոգեն պատմական թաղամասը",
        datePublished="2024-08-09T11:40:00+04:00",
        author=person("Արամ Պետրոսյան"),
    ),
)
add(
    "hy_newspaper_jsonld_genitive_month",
    "shirakilurer.am",
    newspaper,
    HY,
    ("Արամ Պետրոսյան",),
    day(2024, 8, 9),
    "Արմենպրես",
)

# Azerbaijani: custom PHP, no metadata; "Müəllif:" label, two authors joined by "və".
add(
    "az_php_ve_no_markup",
    "gencexeber.az",
    php,
    Story(
        lang="az",
        site="Gəncə Xəbər",
        h1="Gəncədə yeni idman kompleksi istifadəyə verildi",
        byline="Müəllif: Elvin Məmmədov və Aynur Quliyeva | 14 sentyabr 2024, 09:30",
        lead="Kompleksdə üzgüçülük hovuzu və güləş zalı var.",
        body=(
            "Gəncə şəhərində yeni idman kompleksi bu gün rəsmi mərasimlə istifadəyə verildi.",
            "Şəhər icra hakimiyyətinin nümayəndəsi bildirdi ki, tikintiyə iki il vaxt sərf olunub.",
            "Yerli idmançılar artıq burada yarışlara hazırlaşmağa başlayıblar.",
            "Kompleks həftənin bütün günləri səhər saat yeddidən axşam onadək açıq olacaq.",
        ),
        caption="Yeni idman kompleksinin açılışı.",
        read_also="Gəncədə yeni park salınır",
        tags=("Gəncə", "idman", "kompleks"),
        source_line="Mənbə: APA",
        comment="Çox gözəl xəbərdir.",
        related=("Şəmkirdə yol təmiri", "Naftalanda turizm mövsümü"),
        words=Words(
            "Əsas səhifə",
            "Bölgələr",
            "Reklam",
            "Həmçinin oxuyun",
            "Teqlər",
            "Paylaş",
            "Şərhlər",
            "Oxşar xəbərlər",
            "© 2024 Gəncə Xəbər. Bütün hüquqlar qorunur.",
        ),
    ),
    ("Elvin Məmmədov", "Aynur Quliyeva"),
    day(2024, 9, 14),
    "APA",
)

# Uzbek (Latin): Brightspot with og tags including the published time; "3-oktyabr".
UZ = Story(
    lang="uz",
    site="Samarqand Xabarlari",
    h1="Samarqandda yangi avtobus yo'nalishlari ochildi",
    byline='<div class="ArticlePage-authorBy">Muallif: Dilshod Karimov</div><div '
    'class="ArticlePage-datePublished">3-oktyabr 2024, 18:05</div>',
    lead="Yangi yo'nalishlar shahar chekkasidagi mahallalarni markaz bilan bog'laydi.",
    body=(
        "Samarqand shahar hokimligi bugun beshta yangi avtobus yo'nalishini ishga "
        "tushirganini ma'lum qildi.",
        "Transport boshqarmasi rahbarining aytishicha, yangi avtobuslar elektr quvvatida ishlaydi.",
        "Aholi uzoq vaqtdan beri chekka mahallalarga qatnov yetishmasligidan shikoyat qilib "
        "kelgan.",
        "Yo'l haqi avvalgidek qoladi va elektron karta orqali to'lash mumkin.",
    ),
    caption="Samarqanddagi yangi elektr avtobuslar.",
    read_also="Registon maydonida tungi sayohatlar",
    tags=("Samarqand", "transport", "avtobus"),
    source_line="Manba: UzA",
    comment="Juda yaxshi yangilik.",
    related=("Buxoroda yangi mehmonxona", "Toshkent metrosi kengaymoqda"),
    words=Words(
        "Bosh sahifa",
        "Hududlar",
        "Reklama",
        "Shuningdek o'qing",
        "Teglar",
        "Ulashish",
        "Izohlar",
        "Aloqador xabarlar",
        "© 2024 Samarqand Xabarlari. Barcha huquqlar himoyalangan.",
    ),
)
UZ = Story(**{**UZ.__dict__, "head": og(UZ, published="2024-10-03T18:05:00+05:00")})
add(
    "uz_brightspot_og_published",
    "samarqandxabarlari.uz",
    brightspot,
    UZ,
    ("Dilshod Karimov",),
    day(2024, 10, 3),
    "UzA",
)

# Mongolian: Drupal with JSON-LD (author only); the date as "2024 оны 11 сарын 12".
MN = Story(
    lang="mn",
    site="Дархан Мэдээ",
    h1="Дархан хотод шинэ эмнэлэг ашиглалтад орлоо",
    byline='<div class="node__submitted">Сурвалжлагч: Батбаярын Болормаа | 2024 оны 11 сарын '
    "12, 15:00</div>",
    lead="Эмнэлэг нь хоёр зуун ортой.",
    body=(
        "Дархан хотод хоёр зуун ортой шинэ эмнэлэг өнөөдөр албан ёсоор ашиглалтад орлоо.",
        "Аймгийн Засаг дарга эмнэлгийн барилгыг төрийн төсвөөр санхүүжүүлсэн гэж мэдэгдэв.",
        "Иргэд урьд нь Улаанбаатар хүртэл явж эмчлүүлдэг байсан гэж ярьж байна.",
        "Эмнэлэг ирэх сараас хүүхдийн тасгийг нээхээр төлөвлөж байна.",
    ),
    caption="Дархан хотын шинэ эмнэлэг.",
    read_also="Дарханд шинэ сургууль баригдана",
    tags=("Дархан", "эрүүл мэнд", "эмнэлэг"),
    source_line="Эх сурвалж: МОНЦАМЭ",
    comment="Маш сайн мэдээ байна.",
    related=("Эрдэнэтэд зам засвар", "Сэлэнгэд ургац хураалт"),
    words=Words(
        "Нүүр",
        "Орон нутаг",
        "Сурталчилгаа",
        "Мөн уншаарай",
        "Шошго",
        "Хуваалцах",
        "Сэтгэгдэл",
        "Холбоотой мэдээ",
        "© 2024 Дархан Мэдээ. Бүх эрх хуулиар хамгаалагдсан.",
    ),
    head=jsonld(
        headline="Дархан хотод шинэ эмнэлэг ашиглалтад орлоо",
        author=person("Батбаярын Болормаа"),
    ),
)
add(
    "mn_drupal_jsonld_author_only",
    "darkhanmedee.mn",
    drupal,
    MN,
    ("Батбаярын Болормаа",),
    day(2024, 11, 12),
    "МОНЦАМЭ",
)

# Nepali: Arc, no metadata; the Bikram Sambat date in Devanagari digits.
add(
    "ne_arc_bikram_sambat_no_markup",
    "pokharakhabar.com.np",
    arc,
    Story(
        lang="ne",
        site="पोखरा खबर",
        h1="पोखरामा नयाँ बसपार्क निर्माण सुरु",
        byline="लेखक: रामप्रसाद अधिकारी | मंसिर ५, २०८१",
        lead="बसपार्कमा एकै पटक दुई सय बस अटाउने छन्।",
        body=(
            "पोखरा महानगरपालिकाले पृथ्वीचोकमा नयाँ बसपार्क निर्माणको काम आजदेखि सुरु गरेको छ।",
            "मेयरका अनुसार निर्माणमा करिब पचास करोड रुपैयाँ लाग्नेछ।",
            "यात्रुहरूले पुरानो बसपार्कमा सुविधा नहुँदा लामो समयदेखि गुनासो गर्दै आएका थिए।",
            "बसपार्क आगामी वर्षको दसैंअघि सम्पन्न गर्ने लक्ष्य राखिएको छ।",
        ),
        caption="पोखराको पुरानो बसपार्क।",
        read_also="फेवाताल सरसफाइ अभियान सुरु",
        tags=("पोखरा", "बसपार्क", "यातायात"),
        source_line="स्रोत: रासस",
        comment="राम्रो काम, छिटो सकियोस्।",
        related=("लेखनाथमा नयाँ सडक", "स्याङ्जामा पहिरो"),
        words=Words(
            "गृहपृष्ठ",
            "प्रदेश",
            "विज्ञापन",
            "यो पनि पढ्नुहोस्",
            "ट्याग",
            "सेयर गर्नुहोस्",
            "प्रतिक्रिया",
            "सम्बन्धित समाचार",
            "© २०२४ पोखरा खबर। सर्वाधिकार सुरक्षित।",
        ),
    ),
    ("रामप्रसाद अधिकारी",),
    day(2024, 11, 20),
    "रासस",
)

# Sinhala: custom PHP with og tags including the published time.
SI = Story(
    lang="si",
    site="ගාලු පුවත්",
    h1="ගාල්ලේ නව මත්ස්‍ය වරාය ඉදිකිරීම අරඹයි",
    byline="ලේඛක: නිමල් පෙරේරා | 2024 මාර්තු 28",
    lead="වරාය නිම කිරීමට වසර දෙකක් ගතවනු ඇත.",
    body=(
        "ගාල්ල නගරයේ නව මත්ස්‍ය වරායක ඉදිකිරීම් කටයුතු අද උදෑසන ආරම්භ කෙරිණි.",
        "ධීවර අමාත්‍යාංශය පවසන්නේ මෙම ව්‍යාපෘතිය සඳහා රුපියල් බිලියන දෙකක් වැය වන බවයි.",
        "ප්‍රදේශයේ ධීවරයින් දීර්ඝ කාලයක් තිස්සේ නව වරායක් ඉල්ලා සිටියහ.",
        "වරාය නිම වූ පසු බෝට්ටු තුන්සියයකට එකවර නැංගුරම් ලෑමට හැකිවනු ඇත.",
    ),
    caption="ගාල්ල වරාය ප්‍රදේශය.",
    read_also="ගාලු කොටුවට සංචාරකයින් වැඩි වෙයි",
    tags=("ගාල්ල", "ධීවර", "වරාය"),
    source_line="මූලාශ්‍රය: ලංකා පුවත්",
    comment="ඉතා හොඳ ආරංචියක්.",
    related=("මාතර නව පාලමක්", "හික්කඩුවේ වෙරළ පිරිසිදු කිරීම"),
    words=Words(
        "මුල් පිටුව",
        "පළාත්",
        "දැන්වීම",
        "මෙයත් කියවන්න",
        "ටැග්",
        "බෙදාගන්න",
        "අදහස්",
        "ආශ්‍රිත පුවත්",
        "© 2024 ගාලු පුවත්. සියලු හිමිකම් ඇවිරිණි.",
    ),
)
SI = Story(**{**SI.__dict__, "head": og(SI, published="2024-03-28T07:30:00+05:30")})
add("si_php_og_published", "galupuwath.lk", php, SI, ("නිමල් පෙරේරා",), day(2024, 3, 28), "ලංකා පුවත්")

# Khmer: Newspaper theme with og tags (no date); the date in Khmer digits and month names.
KM = Story(
    lang="km",
    site="សៀមរាបថ្ងៃនេះ",
    h1="សៀមរាបបើកផ្លូវថ្មីទៅកាន់ប្រាសាទបន្ទាយស្រី",
    byline='<span class="td-post-author-name">ដោយ៖ សុខ ចាន់ថា</span> '
    '<span class="td-post-date">ថ្ងៃទី១៥ ខែមេសា ឆ្នាំ២០២៤</span>',
    lead="ផ្លូវថ្មីនេះនឹងកាត់បន្ថយពេលធ្វើដំណើរពាក់កណ្តាល។",
    body=(
        "អាជ្ញាធរខេត្តសៀមរាបបានបើកផ្លូវថ្មីមួយទៅកាន់ប្រាសាទបន្ទាយស្រីកាលពីព្រឹកមិញ។",
        "អភិបាលខេត្តបានប្រាប់ថា ផ្លូវនេះមានប្រវែងជាងសាមសិបគីឡូម៉ែត្រ។",
        "អ្នកលក់ដូរនៅតាមផ្លូវសង្ឃឹមថា ភ្ញៀវទេសចរនឹងមកកាន់តែច្រើន។",
        "ការងារកែលម្អផ្លូវបន្ថែមនឹងបន្តនៅឆ្នាំក្រោយ។",
    ),
    caption="ផ្លូវថ្មីទៅកាន់ប្រាសាទបន្ទាយស្រី។",
    read_also="ភ្ញៀវទេសចរមកអង្គរកើនឡើង",
    tags=("សៀមរាប", "ផ្លូវ", "ទេសចរណ៍"),
    source_line="ប្រភព៖ AKP",
    comment="ល្អណាស់ សូមអរគុណ។",
    related=("បាត់ដំបងសាងសង់ស្ពានថ្មី", "កំពតរៀបចំពិព័រណ៍"),
    words=Words(
        "ទំព័រដើម",
        "ខេត្ត",
        "ពាណិជ្ជកម្ម",
        "អានបន្ថែម",
        "ស្លាក",
        "ចែករំលែក",
        "មតិយោបល់",
        "ព័ត៌មានពាក់ព័ន្ធ",
        "© ២០២៤ សៀមរាបថ្ងៃនេះ។ រក្សាសិទ្ធិគ្រប់យ៉ាង។",
    ),
)
KM = Story(**{**KM.__dict__, "head": og(KM)})
add(
    "km_newspaper_og_khmer_digits",
    "siemreaptoday.com.kh",
    newspaper,
    KM,
    ("សុខ ចាន់ថា",),
    day(2024, 4, 15),
    "AKP",
)

# Lao: Drupal, no metadata; "ໂດຍ:" and the month name.
add(
    "lo_drupal_no_markup",
    "khaoluangprabang.la",
    drupal,
    Story(
        lang="lo",
        site="ຂ່າວຫຼວງພະບາງ",
        h1="ຫຼວງພະບາງເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່",
        byline='<div class="node__submitted">ໂດຍ: ສົມພອນ ແກ້ວມະນີ | ວັນທີ 22 ພຶດສະພາ 2024</div>',
        lead="ຕະຫຼາດໃໝ່ມີຮ້ານຄ້າຫຼາຍກວ່າສອງຮ້ອຍຮ້ານ.",
        body=(
            "ແຂວງຫຼວງພະບາງໄດ້ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່ຢູ່ໃກ້ກັບແຄມແມ່ນ້ຳຂອງໃນມື້ນີ້.",
            "ເຈົ້າແຂວງກ່າວວ່າ ຕະຫຼາດນີ້ຈະຊ່ວຍໃຫ້ຊາວບ້ານມີລາຍໄດ້ເພີ່ມຂຶ້ນ.",
            "ນັກທ່ອງທ່ຽວຫຼາຍຄົນມາຍ່າງຊົມຕະຫຼາດຕັ້ງແຕ່ຄືນທຳອິດ.",
            "ຕະຫຼາດຈະເປີດທຸກມື້ ແຕ່ເວລາຫ້າໂມງແລງ ຫາ ສິບໂມງກາງຄືນ.",
        ),
        caption="ຕະຫຼາດກາງຄືນແຫ່ງໃໝ່ໃນຫຼວງພະບາງ.",
        read_also="ນັກທ່ອງທ່ຽວມາລາວເພີ່ມຂຶ້ນ",
        tags=("ຫຼວງພະບາງ", "ຕະຫຼາດ", "ທ່ອງທ່ຽວ"),
        source_line="ແຫຼ່ງຂ່າວ: ຂປລ",
        comment="ດີຫຼາຍ ຂອບໃຈ.",
        related=("ວຽງຈັນສ້າງຂົວໃໝ່", "ວັງວຽງຮັບນັກທ່ອງທ່ຽວ"),
        words=Words(
            "ໜ້າຫຼັກ",
            "ແຂວງ",
            "ໂຄສະນາ",
            "ອ່ານຕື່ມ",
            "ແທັກ",
            "ແບ່ງປັນ",
            "ຄຳເຫັນ",
            "ຂ່າວທີ່ກ່ຽວຂ້ອງ",
            "© 2024 ຂ່າວຫຼວງພະບາງ. ສະຫງວນລິຂະສິດ.",
        ),
    ),
    ("ສົມພອນ ແກ້ວມະນີ",),
    day(2024, 5, 22),
    "ຂປລ",
)

# Burmese: Arc with JSON-LD (author, date); the visible date in Burmese digits.
MY = Story(
    lang="my",
    site="မန္တလေးသတင်း",
    h1="မန္တလေးတွင် ရေပေးဝေရေးစီမံကိန်းသစ် စတင်",
    byline="ရေးသားသူ - အောင်ကိုကို | ၂၀၂၄ ခုနှစ် ဧပြီလ ၁၀ ရက်",
    lead="စီမံကိန်းသည် ရပ်ကွက်ငါးခုကို ရေပေးဝေမည်။",
    body=(
        "မန္တလေးမြို့တော်စည်ပင်သာယာရေးအဖွဲ့သည် ရေပေးဝေရေးစီမံကိန်းသစ်ကို ယနေ့ စတင်ခဲ့သည်။",
        "မြို့တော်ဝန်က စီမံကိန်းသည် နှစ်နှစ်ကြာမြင့်မည်ဟု ပြောကြားခဲ့သည်။",
        "ဒေသခံများသည် ရေရှားပါးမှုကြောင့် နှစ်ပေါင်းများစွာ ဒုက္ခရောက်ခဲ့ကြသည်။",
        "ပထမအဆင့်ကို လာမည့်နှစ် နွေရာသီတွင် ပြီးစီးရန် မျှော်မှန်းထားသည်။",
    ),
    caption="မန္တလေးမြို့ ရေပိုက်လိုင်းလုပ်ငန်း။",
    read_also="မန္တလေးတွင် ဈေးသစ်ဖွင့်",
    tags=("မန္တလေး", "ရေ", "စီမံကိန်း"),
    source_line="သတင်းရင်းမြစ် - MNA",
    comment="ကောင်းလိုက်တာ။",
    related=("စစ်ကိုင်းတံတားပြင်ဆင်", "ပုဂံခရီးသွားများတိုး"),
    words=Words(
        "ပင်မစာမျက်နှာ",
        "ဒေသ",
        "ကြော်ငြာ",
        "ဆက်စပ်ဖတ်ရှုရန်",
        "တက်ဂ်များ",
        "မျှဝေရန်",
        "မှတ်ချက်များ",
        "ဆက်စပ်သတင်းများ",
        "© ၂၀၂၄ မန္တလေးသတင်း။ မူပိုင်ခွင့်ရယူထားသည်။",
    ),
    head=jsonld(
        headline="မန္တလေးတွင် ရေပေးဝေရေးစီမံကိန်းသစ် စတင်",
        datePublished="2024-04-10T10:00:00+06:30",
        author=person("အောင်ကိုကို"),
    ),
)
add("my_arc_jsonld_burmese_digits", "mandalaythadinn.com", arc, MY, ("အောင်ကိုကို",), day(2024, 4, 10))

# Hausa: custom PHP, no metadata; "Daga" byline, the weekday and "ga" in the date.
add(
    "ha_php_daga_no_markup",
    "muryarkano.ng",
    php,
    Story(
        lang="ha",
        site="Muryar Kano",
        h1="Gwamnatin Kano za ta gina sabuwar kasuwa a Kurmi",
        byline="Daga Aminu Bello | Talata, 12 ga Maris, 2024",
        lead="Kasuwar za ta samar da shaguna sama da dubu biyu.",
        body=(
            "Gwamnatin Jihar Kano ta sanar da shirin gina sabuwar kasuwa a unguwar Kurmi domin "
            "rage cunkoso a tsohuwar kasuwar.",
            "Kwamishinan kasuwanci ya ce aikin zai dauki akalla shekara biyu kafin a kammala.",
            "'Yan kasuwa sun dade suna korafi kan rashin isasshen wuri da kuma gobara.",
            "Za a fara aikin ne bayan kammala tattaunawa da shugabannin 'yan kasuwa.",
        ),
        caption="Tsohuwar Kasuwar Kurmi a Kano.",
        read_also="An bude sabuwar hanya a Kano",
        tags=("Kano", "kasuwa", "tattalin arziki"),
        source_line="Majiya: NAN",
        comment="Wannan abin farin ciki ne.",
        related=("Katsina ta bude asibiti", "Jigawa za ta gina makarantu"),
        words=Words(
            "Gida",
            "Labarai",
            "Talla",
            "Karanta kuma",
            "Alamomi",
            "Raba",
            "Sharhi",
            "Labarai masu alaka",
            "© 2024 Muryar Kano. Duk hakkoki a kiyaye suke.",
        ),
    ),
    ("Aminu Bello",),
    day(2024, 3, 12),
    "NAN",
)

# Yoruba: Brightspot with og tags including the published time; "Oṣù Kẹta" (third month).
YO = Story(
    lang="yo",
    site="Ìròyìn Ìbàdàn",
    h1="Ìjọba Ọ̀yọ́ ṣí ọjà tuntun ní Ìbàdàn",
    byline='<div class="ArticlePage-authorBy">Akọ̀ròyìn: Adébáyọ̀ Ògúnlànà</div><div '
    'class="ArticlePage-datePublished">18 Oṣù Kẹta 2024</div>',
    lead="Ọjà náà ní ṣọ́ọ̀bù tí ó ju ẹgbẹ̀rún kan lọ.",
    body=(
        "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti ṣí ọjà tuntun kan ní agbègbè Bódìjà ní ìlú Ìbàdàn lónìí.",
        "Gómìnà sọ pé ọjà náà yóò ran àwọn oníṣòwò lọ́wọ́ láti ta ọjà wọn láìsí ìdààmú.",
        "Àwọn oníṣòwò ti ń ráhùn fún ọ̀pọ̀lọpọ̀ ọdún nípa àìsí ààyè tó péye.",
        "Ọjà náà yóò máa ṣí láti aago mẹ́fà òwúrọ̀ títí di aago mẹ́fà ìrọ̀lẹ́.",
    ),
    caption="Ọjà tuntun ní Bódìjà, Ìbàdàn.",
    read_also="Ojú ọ̀nà tuntun ní Ògbómọ̀ṣọ́",
    tags=("Ìbàdàn", "ọjà", "Ọ̀yọ́"),
    source_line="Orísun: NAN",
    comment="Iṣẹ́ rere ni èyí.",
    related=("Ilé ìwòsàn tuntun ní Ọ̀yọ́", "Ìdíje bọ́ọ̀lù ní Ìbàdàn"),
    words=Words(
        "Ojú-ìwé àkọ́kọ́",
        "Ìròyìn",
        "Ìpolówó",
        "Ka èyí náà",
        "Àmì",
        "Pín",
        "Èrò àwọn òǹkàwé",
        "Ìròyìn tó jọ mọ́ ọn",
        "© 2024 Ìròyìn Ìbàdàn. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.",
    ),
)
YO = Story(**{**YO.__dict__, "head": og(YO, published="2024-03-18T09:00:00+01:00")})
add(
    "yo_brightspot_og_published",
    "iroyinibadan.ng",
    brightspot,
    YO,
    ("Adébáyọ̀ Ògúnlànà",),
    day(2024, 3, 18),
    "NAN",
)

# Somali: Drupal with JSON-LD (date only); "Qoraa:" label, the month name first.
SO = Story(
    lang="so",
    site="Hargeysa Today",
    h1="Hargeysa oo furtay isbitaal cusub oo carruurta ah",
    byline='<div class="node__submitted">Qoraa: Cabdiraxmaan Maxamed | Abriil 14, 2024</div>',
    lead="Isbitaalku wuxuu leeyahay boqol sariirood.",
    body=(
        "Dowladda hoose ee Hargeysa ayaa maanta si rasmi ah u furtay isbitaal cusub oo "
        "loogu talagalay carruurta.",
        "Duqa magaalada ayaa sheegay in dhismaha isbitaalka uu qaatay laba sano.",
        "Waalidiinta ayaa muddo dheer ka cabanayay yaraanta adeegyada caafimaadka carruurta.",
        "Isbitaalku wuxuu furnaan doonaa habeen iyo maalin toddobaadka oo dhan.",
    ),
    caption="Isbitaalka cusub ee carruurta ee Hargeysa.",
    read_also="Waddo cusub oo laga dhisay Burco",
    tags=("Hargeysa", "caafimaad", "carruurta"),
    source_line="Ilo: SONNA",
    comment="War wanaagsan.",
    related=("Berbera oo ballaarisay dekedda", "Boorama oo dhistay iskuul"),
    words=Words(
        "Bogga hore",
        "Wararka",
        "Xayeysiis",
        "Sidoo kale akhri",
        "Calaamado",
        "La wadaag",
        "Faallooyin",
        "Warar la xiriira",
        "© 2024 Hargeysa Today. Xuquuqda oo dhan way dhowran tahay.",
    ),
    head=jsonld(
        headline="Hargeysa oo furtay isbitaal cusub oo carruurta ah", datePublished="2024-04-14"
    ),
)
add(
    "so_drupal_jsonld_date_only",
    "hargeysatoday.so",
    drupal,
    SO,
    ("Cabdiraxmaan Maxamed",),
    day(2024, 4, 14),
)

# Pashto: Newspaper theme, no metadata; Persian digits and the Gregorian month's name.
add(
    "ps_newspaper_no_markup",
    "kandaharghag.af",
    newspaper,
    Story(
        lang="ps",
        site="د کندهار غږ",
        h1="په کندهار کې نوی روغتون پرانیستل شو",
        byline='<span class="td-post-author-name">لیکوال: احمد شاه ځدران</span> '
        '<span class="td-post-date">۱۸ اپریل ۲۰۲۴</span>',
        lead="روغتون سل بستره لري.",
        body=(
            "په کندهار ښار کې نن یو نوی روغتون په رسمي ډول پرانیستل شو چې د ښځو او ماشومانو "
            "درملنه به کوي.",
            "د روغتیا ریاست مشر وویل چې د روغتون جوړول دوه کاله وخت ونیو.",
            "سیمه ییزو اوسیدونکو ویلي چې پخوا به یې ناروغان کابل ته وړل.",
            "روغتون به د اونۍ په ټولو ورځو کې خلاص وي.",
        ),
        caption="په کندهار کې نوی روغتون.",
        read_also="په هلمند کې نوی سړک جوړیږي",
        tags=("کندهار", "روغتیا", "روغتون"),
        source_line="سرچینه: باختر",
        comment="ډېر ښه خبر دی.",
        related=("په زابل کې ښوونځی جوړ شو", "په ارزګان کې باران"),
        words=Words(
            "کور پاڼه",
            "ولایتونه",
            "اعلان",
            "دا هم ولولئ",
            "ټګونه",
            "شریکول",
            "نظرونه",
            "اړوند خبرونه",
            "© ۲۰۲۴ د کندهار غږ. ټول حقونه خوندي دي.",
        ),
    ),
    ("احمد شاه ځدران",),
    day(2024, 4, 18),
    "باختر",
)

# Kurmanji Kurdish: custom PHP with og tags (no date); "Nivîskar:" and the month Adar.
KU = Story(
    lang="ku",
    site="Nûçeyên Wanê",
    h1="Li Wanê pirtûkxaneyeke nû hat vekirin",
    byline="Nivîskar: Rojda Aydın | 21 Adar 2024, 14:00",
    lead="Di pirtûkxaneyê de zêdetirî deh hezar pirtûk hene.",
    body=(
        "Li navenda bajarê Wanê pirtûkxaneyeke nû ya zarokan îro bi merasîmekê hat vekirin.",
        "Berpirsê pirtûkxaneyê got ku pirtûkên bi kurdî û tirkî li vir hene.",
        "Malbatan diyar kir ku berê cihekî wiha ji bo zarokan li taxê tunebû.",
        "Pirtûkxane dê her roj ji sibehê heta êvarê vekirî be.",
    ),
    caption="Pirtûkxaneya nû ya zarokan li Wanê.",
    read_also="Li Wanê festîvala çandê dest pê kir",
    tags=("Wan", "pirtûkxane", "zarok"),
    source_line="Çavkanî: ANF",
    comment="Gelek baş e.",
    related=("Li Colemêrgê rê hat çêkirin", "Li Mûşê dibistana nû"),
    words=Words(
        "Destpêk",
        "Herêm",
        "Reklam",
        "Vê jî bixwîne",
        "Etîket",
        "Parve bike",
        "Şîrove",
        "Nûçeyên têkildar",
        "© 2024 Nûçeyên Wanê. Hemû maf parastî ne.",
    ),
)
KU = Story(**{**KU.__dict__, "head": og(KU)})
add("ku_php_og_adar", "nuceyenwane.com", php, KU, ("Rojda Aydın",), day(2024, 3, 21), "ANF")

# Tajik: Arc, no metadata; the month in the izofat form "апрели".
add(
    "tg_arc_izofat_no_markup",
    "khujandnews.tj",
    arc,
    Story(
        lang="tg",
        site="Хабарҳои Хуҷанд",
        h1="Дар Хуҷанд пули нав сохта мешавад",
        byline="Муаллиф: Фарҳод Раҳимов | 16 апрели 2024, 10:25",
        lead="Пул ду соҳили Сирдарёро мепайвандад.",
        body=(
            "Мақомоти шаҳри Хуҷанд аз оғози сохтмони пули нав аз болои дарёи Сирдарё хабар доданд.",
            "Раиси шаҳр гуфт, ки сохтмони пул тақрибан ду сол давом мекунад.",
            "Сокинони шаҳр солҳои зиёд аз роҳбандӣ дар пули кӯҳна шикоят мекарданд.",
            "Пули нав барои мошинҳо ва пиёдагардон пешбинӣ шудааст.",
        ),
        caption="Ҷои сохтмони пули нав дар Хуҷанд.",
        read_also="Дар Истаравшан бозори нав кушода шуд",
        tags=("Хуҷанд", "пул", "сохтмон"),
        source_line="Манбаъ: Ховар",
        comment="Хабари хуб.",
        related=("Дар Панҷакент роҳ таъмир мешавад", "Бӯстон мактаби нав дорад"),
        words=Words(
            "Саҳифаи асосӣ",
            "Минтақаҳо",
            "Реклама",
            "Инчунин хонед",
            "Барчаспҳо",
            "Мубодила",
            "Шарҳҳо",
            "Хабарҳои марбут",
            "© 2024 Хабарҳои Хуҷанд. Ҳамаи ҳуқуқҳо ҳифз шудаанд.",
        ),
    ),
    ("Фарҳод Раҳимов",),
    day(2024, 4, 16),
    "Ховар",
)

# Basque: Brightspot, no metadata; "Egileak: X eta Y", the genitive month.
add(
    "eu_brightspot_eta_no_markup",
    "gipuzkoakoberriak.eus",
    brightspot,
    Story(
        lang="eu",
        site="Gipuzkoako Berriak",
        h1="Tolosak liburutegi berria irekiko du udazkenean",
        byline='<div class="ArticlePage-authorBy">Egileak: Miren Etxeberria eta Jon Agirre</div>'
        '<div class="ArticlePage-datePublished">2024ko apirilaren 9a, 11:20</div>',
        lead="Liburutegiak hogei mila liburu baino gehiago izango ditu.",
        body=(
            "Tolosako Udalak liburutegi berria irekiko du udazkenean, herriko plaza nagusiaren "
            "ondoan dagoen eraikin zaharrean.",
            "Alkateak esan du obrek ia bi milioi euro kostatu dituztela.",
            "Herritarrek aspalditik eskatzen zuten ikasteko eta irakurtzeko leku lasai bat.",
            "Liburutegia astelehenetik larunbatera egongo da zabalik.",
        ),
        caption="Tolosako liburutegi berriaren eraikina.",
        read_also="Azpeitiak kirolgune berria du",
        tags=("Tolosa", "liburutegia", "kultura"),
        source_line="Iturria: EFE",
        comment="Oso albiste ona.",
        related=("Beasainen bidegorri berria", "Zarautzen hondartza garbitu dute"),
        words=Words(
            "Hasiera",
            "Eskualdeak",
            "Iragarkia",
            "Irakurri ere",
            "Etiketak",
            "Partekatu",
            "Iruzkinak",
            "Lotutako albisteak",
            "© 2024 Gipuzkoako Berriak. Eskubide guztiak erreserbatuta.",
        ),
    ),
    ("Miren Etxeberria", "Jon Agirre"),
    day(2024, 4, 9),
    "EFE",
)


# A second batch, written after the first's blind run and before this one's: stories of the
# first under another layout without metadata, most with two authors joined by the
# language's "and", the date line in the numeric or other form its newsrooms also write.
def variant(
    name: str,
    host: str,
    layout: Callable[[Story], str],
    story: Story,
    byline: str,
    authors: tuple[str, ...],
    published: object,
) -> None:
    add(name, host, layout, replace(story, byline=byline, head=""), authors, published)


variant(
    "sk_drupal_a_spaced_numeric",
    "zilinskyvecernik.sk",
    drupal,
    SK,
    '<div class="node__submitted">Autori: Ján Novák a Petra Kováčová | 5. 4. 2024, 14:20</div>',
    ("Ján Novák", "Petra Kováčová"),
    day(2024, 4, 5),
)
variant(
    "mk_newspaper_i_dotted",
    "ohridskivesnik.mk",
    newspaper,
    MK,
    '<span class="td-post-author-name">Марија Стојановска и Горан Трајковски</span> '
    '<span class="td-post-date">20.03.2024 во 14:30</span>',
    ("Марија Стојановска", "Горан Трајковски"),
    day(2024, 3, 20),
)
variant(
    "hy_php_dotted_pipe_time",
    "shirakilurer.am",
    php,
    HY,
    "Հեղինակ՝ Արամ Պետրոսյան | 09.08.2024 | 11:40",
    ("Արամ Պետրոսյան",),
    day(2024, 8, 9),
)
variant(
    "ka_drupal_da_dotted",
    "kutaisisambebi.ge",
    drupal,
    KA,
    '<div class="node__submitted">ნინო ბერიძე და გიორგი კაპანაძე | 05.07.2024 17:20</div>',
    ("ნინო ბერიძე", "გიორგი კაპანაძე"),
    day(2024, 7, 5),
)
variant(
    "cy_php_gan_day_first_slashes",
    "newyddionyfro.cymru",
    php,
    CY,
    "Gan Rhys Morgan | 21/03/2024",
    ("Rhys Morgan",),
    day(2024, 3, 21),
)
variant(
    "et_arc_ja_dotted",
    "lounaleht.ee",
    arc,
    ET,
    "Kadri Tamm ja Mart Saar | 14.03.2024 13:30",
    ("Kadri Tamm", "Mart Saar"),
    day(2024, 3, 14),
)
variant(
    "is_brightspot_og_kl",
    "austurfrettir.is",
    brightspot,
    IS,
    '<div class="ArticlePage-authorBy">Guðrún Sigurðardóttir og Jón Einarsson</div><div '
    'class="ArticlePage-datePublished">12.3.2024 kl. 08:45</div>',
    ("Guðrún Sigurðardóttir", "Jón Einarsson"),
    day(2024, 3, 12),
)
variant(
    "uz_newspaper_va_dotted",
    "samarqandxabarlari.uz",
    newspaper,
    UZ,
    '<span class="td-post-author-name">Dilshod Karimov va Nodira Yusupova</span> '
    '<span class="td-post-date">03.10.2024, 18:05</span>',
    ("Dilshod Karimov", "Nodira Yusupova"),
    day(2024, 10, 3),
)
variant(
    "mn_php_initial_dotted_year_first",
    "darkhanmedee.mn",
    php,
    MN,
    "Сурвалжлагч: Б.Болормаа | 2024.11.12 15:00",
    ("Б.Болормаа",),
    day(2024, 11, 12),
)
variant(
    "so_arc_iyo_slashes",
    "hargeysatoday.so",
    arc,
    SO,
    "Qoraa: Cabdiraxmaan Maxamed iyo Faadumo Cali | 14/04/2024",
    ("Cabdiraxmaan Maxamed", "Faadumo Cali"),
    day(2024, 4, 14),
)
variant(
    "km_drupal_ning_khmer_slashes",
    "siemreaptoday.com.kh",
    drupal,
    KM,
    '<div class="node__submitted">ដោយ៖ សុខ ចាន់ថា និង ហេង សុភា | ១៥/០៤/២០២៤</div>',
    ("សុខ ចាន់ថា", "ហេង សុភា"),
    day(2024, 4, 15),
)
variant(
    "my_php_burmese_month_name",
    "mandalaythadinn.com",
    php,
    MY,
    "ရေးသားသူ - အောင်ကိုကို | ၁၀ ဧပြီ ၂၀၂၄",
    ("အောင်ကိုကို",),
    day(2024, 4, 10),
)


# A third batch, written after the second's run and before this one's: the date line with an
# "updated" stamp beside the published one (before it, or after it), in the page's words.
variant(
    "lv_arc_atjaunots_before_publicets",
    "kurzemesbalss.lv",
    arc,
    LV,
    "Andris Bērziņš | Atjaunots: 23.04.2024. 08:10 | Publicēts: 22.04.2024. 11:05",
    ("Andris Bērziņš",),
    day(2024, 4, 22),
)
variant(
    "et_drupal_uuendatud_before_avaldatud",
    "lounaleht.ee",
    drupal,
    ET,
    '<div class="node__submitted">Kadri Tamm | Uuendatud 15.03.2024 kell 09:00 | Avaldatud '
    "14.03.2024 kell 13:30</div>",
    ("Kadri Tamm",),
    day(2024, 3, 14),
)
variant(
    "mk_brightspot_objaveno_azurirano",
    "ohridskivesnik.mk",
    brightspot,
    MK,
    '<div class="ArticlePage-authorBy">Марија Стојановска</div><div '
    'class="ArticlePage-datePublished">Објавено: 20.03.2024 | Ажурирано: 21.03.2024 08:15</div>',
    ("Марија Стојановска",),
    day(2024, 3, 20),
)
variant(
    "hy_arc_tarmacvel_before",
    "shirakilurer.am",
    arc,
    HY,
    "Արամ Պետրոսյան | Թարմացվել է՝ 10.08.2024 09:00 | Հրապարակվել է՝ 09.08.2024 11:40",
    ("Արամ Պետրոսյան",),
    day(2024, 8, 9),
)
variant(
    "sk_php_aktualizovane_before",
    "zilinskyvecernik.sk",
    php,
    SK,
    "Ján Novák | Aktualizované 6. 4. 2024 8:00 | Publikované 5. 4. 2024 14:20",
    ("Ján Novák",),
    day(2024, 4, 5),
)
variant(
    "is_newspaper_birt_uppfaert",
    "austurfrettir.is",
    newspaper,
    IS,
    '<span class="td-post-author-name">Guðrún Sigurðardóttir</span> '
    '<span class="td-post-date">Birt: 12.3.2024 kl. 08:45 · Uppfært: 13.3.2024 kl. 10:00</span>',
    ("Guðrún Sigurðardóttir",),
    day(2024, 3, 12),
)
