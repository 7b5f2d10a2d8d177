"""The blind67k pages: one news story a language, its body split by one insert."""

from __future__ import annotations

from ..blind66._kit import site_from
from ._kit import Site, add_story


def _site(lang: str, name: str, nav: tuple[str, ...], *words: str) -> Site:
    """A site from its furniture in order: cookie, share, newsletter, comment, related
    title, two related entries, footer."""
    return site_from(lang, name, f"{name.lower().replace(' ', '')}.example", nav, words)


CA = _site(
    "ca",
    "Diari del Ter",
    ("Comarques", "Cultura", "Esports"),
    "Aquest web utilitza galetes pròpies i de tercers.",
    "Comparteix la notícia",
    "Rep cada matí les notícies de la comarca al teu correu.",
    "Deixa el teu comentari",
    "Les més llegides",
    "Tanca la fàbrica de galetes de Roda",
    "Nova passera sobre el riu",
    "Tots els drets reservats al Diari del Ter",
)
DA = _site(
    "da",
    "Vestkysten Nu",
    ("Lokalt", "Kultur", "Sport"),
    "Vi bruger cookies for at forbedre din oplevelse.",
    "Del artiklen",
    "Få dagens vigtigste nyheder i din indbakke hver morgen.",
    "Skriv en kommentar",
    "Mest læste",
    "Havnebadet åbner igen til sommer",
    "Ny cykelsti langs fjorden",
    "Eftertryk kun med tilladelse fra Vestkysten Nu",
)
ET = _site(
    "et",
    "Saarte Sõnumid",
    ("Uudised", "Kultuur", "Sport"),
    "See veebileht kasutab küpsiseid.",
    "Jaga artiklit",
    "Telli uudiskiri ja saa hommikused uudised postkasti.",
    "Lisa kommentaar",
    "Loetumad lood",
    "Praamiliiklus on tormi tõttu katkenud",
    "Kuressaare turg kolib",
    "Saarte Sõnumid kõik õigused kaitstud",
)
SK = _site(
    "sk",
    "Spišský denník",
    ("Región", "Kultúra", "Šport"),
    "Táto stránka používa súbory cookie.",
    "Zdieľať článok",
    "Prihláste sa na odber a dostávajte správy každé ráno.",
    "Pridajte komentár",
    "Najčítanejšie",
    "Levočská bazilika dostane nové lešenie",
    "Vlaky do Popradu meškajú",
    "Spišský denník všetky práva vyhradené",
)
AF = _site(
    "af",
    "Karoo Nuus",
    ("Plaaslik", "Sake", "Sport"),
    "Hierdie webwerf gebruik koekies.",
    "Deel hierdie artikel",
    "Teken in vir ons nuusbrief en kry elke oggend die nuus.",
    "Lewer kommentaar",
    "Gewildste stories",
    "Droogte tref skaapboere swaar",
    "Nuwe kliniek vir Beaufort-Wes",
    "Kopiereg Karoo Nuus alle regte voorbehou",
)
GL = _site(
    "gl",
    "Xornal da Ría",
    ("Comarca", "Cultura", "Deportes"),
    "Este sitio emprega cookies propias e de terceiros.",
    "Comparte esta nova",
    "Recibe cada mañá as novas da ría no teu correo.",
    "Deixa un comentario",
    "O máis lido",
    "Pecha a última conserveira do porto",
    "Nova ponte sobre o Ulla",
    "Xornal da Ría todos os dereitos reservados",
)
EO = _site(
    "eo",
    "Libera Folio",
    ("Novaĵoj", "Kulturo", "Movado"),
    "Ĉi tiu retejo uzas kuketojn.",
    "Kundividu la artikolon",
    "Abonu nian novaĵleteron kaj ricevu la novaĵojn ĉiusemajne.",
    "Aldonu komenton",
    "Plej legataj",
    "Nova vortaro aperis en Varsovio",
    "Junulara kongreso en Lisbono",
    "Libera Folio ĉiuj rajtoj rezervitaj",
)
MK = _site(
    "mk",
    "Охридски весник",
    ("Град", "Култура", "Спорт"),
    "Оваа страница користи колачиња.",
    "Сподели ја веста",
    "Пријавете се за билтенот и добивајте вести секое утро.",
    "Остави коментар",
    "Најчитани",
    "Ново пристаниште за бродовите",
    "Фестивалот добива нова сцена",
    "Охридски весник сите права задржани",
)
BE = _site(
    "be",
    "Гарадзенскі веснік",
    ("Горад", "Культура", "Спорт"),
    "Гэты сайт выкарыстоўвае файлы cookie.",
    "Падзяліцца навіной",
    "Падпішыцеся на рассылку і атрымлівайце навіны кожную раніцу.",
    "Пакіньце каментар",
    "Самае чытанае",
    "На рацэ адкрылі новы мост",
    "Старая аптэка стане музеем",
    "Гарадзенскі веснік усе правы абароненыя",
)
NN = _site(
    "nn",
    "Fjordingen",
    ("Lokalt", "Kultur", "Sport"),
    "Denne nettstaden nyttar informasjonskapslar.",
    "Del saka",
    "Få dei viktigaste nyheitene i innboksen kvar morgon.",
    "Skriv ein kommentar",
    "Mest lese",
    "Ferja står att i storm",
    "Ny skule på Sandane",
    "Fjordingen alle rettar reserverte",
)
BS = _site(
    "bs",
    "Unsko-sanske novine",
    ("Vijesti", "Kultura", "Sport"),
    "Ova stranica koristi kolačiće.",
    "Podijeli članak",
    "Prijavite se na newsletter i primajte vijesti svako jutro.",
    "Ostavite komentar",
    "Najčitanije",
    "Rafting sezona počinje ranije",
    "Novi most u Bihaću",
    "Unsko-sanske novine sva prava zadržana",
)
LV = _site(
    "lv",
    "Kurzemes Vārds",
    ("Novadā", "Kultūra", "Sports"),
    "Šī vietne izmanto sīkdatnes.",
    "Dalīties ar rakstu",
    "Piesakies jaunumiem un saņem ziņas katru rītu.",
    "Pievieno komentāru",
    "Lasītākie raksti",
    "Liepājas ostā jauns ledlauzis",
    "Ventspils tirgus pārbūve",
    "Kurzemes Vārds visas tiesības aizsargātas",
)
LT = _site(
    "lt",
    "Žemaičių žinios",
    ("Regionas", "Kultūra", "Sportas"),
    "Ši svetainė naudoja slapukus.",
    "Dalintis straipsniu",
    "Užsisakykite naujienlaiškį ir gaukite žinias kas rytą.",
    "Parašykite komentarą",
    "Skaitomiausi",
    "Plungės dvaras atveria duris",
    "Telšių ežere rado seną valtį",
    "Žemaičių žinios visos teisės saugomos",
)
TL = _site(
    "tl",
    "Balitang Bayan",
    ("Probinsya", "Kultura", "Palaro"),
    "Gumagamit ang site na ito ng cookies.",
    "Ibahagi ang balita",
    "Mag-subscribe sa aming newsletter para sa balita tuwing umaga.",
    "Mag-iwan ng komento",
    "Pinakabinasa",
    "Bagong tulay sa Batangas",
    "Pista ng mangga sa Guimaras",
    "Balitang Bayan lahat ng karapatan ay nakalaan",
)
SL = _site(
    "sl",
    "Gorenjski utrip",
    ("Novice", "Kultura", "Šport"),
    "Ta spletna stran uporablja piškotke.",
    "Deli članek",
    "Naročite se na e-novice in jih prejemajte vsako jutro.",
    "Dodaj komentar",
    "Najbolj brano",
    "Na Bledu nova pristajalna ploščad",
    "Kranj dobi novo knjižnico",
    "Gorenjski utrip vse pravice pridržane",
)


_add = add_story


_add(
    "gallery_carousel",
    CA,
    "La fira de Sant Andreu torna a omplir el mercat",
    (
        "Més de cent parades van ocupar ahir la plaça del mercat de Manlleu.",
        "Els organitzadors calculen que hi van passar prop de vuit mil visitants.",
    ),
    "<div class='gallery-carousel swiper' data-count='8'><div class='swiper-wrapper'>"
    "<figure class='swiper-slide'><img src='/g/1.jpg' alt=''><figcaption>Una parada de formatges"
    "</figcaption></figure><figure class='swiper-slide'><img src='/g/2.jpg' alt=''><figcaption>"
    "El ball de gegants</figcaption></figure></div><div class='swiper-pagination'>"
    "<span class='counter'>1 / 8</span></div><button class='swiper-button-prev'>Anterior</button>"
    "<button class='swiper-button-next'>Següent</button><a class='gallery-open' href='/g'>"
    "Veure la galeria completa</a></div>",
    (
        "El regidor de comerç va dir que la fira tornarà a durar tres dies l'any vinent.",
        "Els paradistes es van queixar, però, de la manca d'aparcament als afores.",
    ),
    ("1 / 8", "Veure la galeria completa", "Següent"),
)

_add(
    "video_transcript_toggle",
    DA,
    "Fiskerne i Thyborøn frygter ny kvote",
    (
        "Fiskerne i Thyborøn venter spændt på næste års kvoter for sild.",
        "Ifølge foreningen kan en ny nedskæring koste op mod tyve job i byen.",
    ),
    "<div class='video-player' data-id='v77'><div class='vjs-poster'></div>"
    "<button class='vjs-play'>Afspil video</button><span class='duration'>02:41</span>"
    "<p class='video-title'>Se: Fiskerne melder sig klar til protest</p>"
    "<button class='transcript-toggle' aria-expanded='false'>Vis transskription</button>"
    "<div class='transcript' hidden><p>Vi har fisket her i fire generationer.</p></div></div>",
    (
        "Ministeren har lovet at besøge havnen inden jul.",
        "Indtil da vil bådene blive liggende i havnen i protest.",
    ),
    ("Vis transskription", "Afspil video", "Fiskerne melder sig klar til protest"),
)

_add(
    "instagram_embed",
    ET,
    "Kihnu naised said rahvarõivaste eest auhinna",
    (
        "Kihnu naiste seltsi pälvis tänavu kultuurkapitali rahvakultuuri aastapreemia.",
        "Seltsi naised on kümme aastat kudunud saare vanu seelikumustreid uuesti.",
    ),
    "<blockquote class='instagram-media' data-instgrm-permalink='https://ig.example/p/1'>"
    "<div><a href='https://ig.example/p/1'>Vaata seda postitust Instagramis</a>"
    "<p>Täna on meie suur päev ja tänan kõiki kudujaid südamest</p><p>Postitust jagas "
    "Kihnu Naised (@kihnunaised)</p></div></blockquote>"
    "<script async src='//ig.example/embed.js'></script>",
    (
        "Preemia antakse üle jaanuaris Tallinnas toimuval pidulikul õhtul.",
        "Rahasumma kavatsetakse kulutada uute kangastelgede ostmiseks.",
    ),
    ("Vaata seda postitust Instagramis", "tänan kõiki kudujaid südamest"),
)

_add(
    "also_read_card",
    SK,
    "V Levoči otvorili obnovenú radnicu",
    (
        "Levočská radnica sa po troch rokoch rekonštrukcie opäť otvorila verejnosti.",
        "Obnova stála mesto a eurofondy spolu takmer štyri milióny eur.",
    ),
    "<div class='inline-related card'><span class='label'>Prečítajte si aj</span><a "
    "href='/c/9'><img src='/c9.jpg' alt=''><h3>Spišský hrad čaká najväčšia oprava za "
    "desaťročie</h3><span class='meta'>3 min čítania</span></a></div>",
    (
        "V prízemí radnice bude nové informačné centrum pre turistov.",
        "Prvú prehliadku pre verejnosť pripravili na sobotu.",
    ),
    ("Prečítajte si aj", "Spišský hrad čaká najväčšia oprava", "3 min čítania"),
)

_add(
    "poll",
    AF,
    "Munisipaliteit wil water rantsoeneer",
    (
        "Die munisipaliteit van Beaufort-Wes oorweeg om water vanaf Januarie te rantsoeneer.",
        "Die dam se vlak het die afgelope maand tot onder twaalf persent gedaal.",
    ),
    "<div class='poll-widget'><h4 class='poll-question'>Moet die dorp se water gerantsoeneer "
    "word?</h4><form><label><input type='radio' name='v'> Ja, dadelik</label><label><input "
    "type='radio' name='v'> Nee, nog nie</label><button type='submit'>Stem nou</button>"
    "</form><a class='poll-results' href='#'>Sien uitslae</a></div>",
    (
        "Inwoners kan tot einde volgende week skriftelik kommentaar lewer.",
        "Die raad sal die voorstel op sy vergadering van 14 Desember bespreek.",
    ),
    ("Moet die dorp se water gerantsoeneer", "Stem nou", "Sien uitslae", "Nee, nog nie"),
)

_add(
    "ad_slot_label",
    GL,
    "Os mariscadores de Carril alertan da baixa do berberecho",
    (
        "As mariscadoras de Carril recolleron este outono a metade de berberecho ca hai un ano.",
        "A confraría atribúe a caída ás choivas fortes de outubro.",
    ),
    "<div class='ad-slot ad-inread' data-slot='inread1'><span class='ad-label'>Publicidade"
    "</span><div id='div-gpt-ad-1'></div></div>",
    (
        "A Xunta prometeu axudas directas para as familias afectadas.",
        "As mariscadoras pediron tamén un estudo sobre a calidade da auga.",
    ),
    ("Publicidade",),
    template="portal",
)

_add(
    "map_embed",
    EO,
    "Nova Esperanto-domo malfermiĝis en Herzberg",
    (
        "En la urbeto Herzberg malfermiĝis lastan sabaton nova Esperanto-domo.",
        "La domo havas bibliotekon, kursejon kaj kvar gastoĉambrojn.",
    ),
    "<div class='map-embed'><iframe src='https://maps.example/embed?q=herzberg' width='600' "
    "height='300'></iframe><a class='map-link' href='https://maps.example/?q=herzberg'>"
    "Vidi pli grandan mapon</a><span class='map-credit'>Mapo: OpenStreetMap-kontribuantoj"
    "</span></div>",
    (
        "La unuaj kursoj komenciĝos en februaro kaj daŭros po semajnon.",
        "La urbestro promesis ŝildon ĉe la stacidomo por montri la vojon.",
    ),
    ("Vidi pli grandan mapon", "OpenStreetMap-kontribuantoj"),
)

_add(
    "podcast_player",
    MK,
    "Рибарите бараат забрана за риболов на пастрмка",
    (
        "Охридските рибари побараа целосна забрана за риболов на охридска пастрмка.",
        "Според нив бројот на рибите е преполовен во последните пет години.",
    ),
    "<div class='podcast-player audio-embed'><span class='podcast-label'>Подкаст</span>"
    "<p class='episode-title'>Епизода 41: Езерото што го губиме</p><audio controls "
    "src='/a/41.mp3'></audio><span class='time'>34:12</span><a class='subscribe' href='#'>"
    "Слушајте на Spotify</a></div>",
    (
        "Министерството вети дека ќе одговори до крајот на месецот.",
        "Рибарите најавија средба со научниците од хидробиолошкиот завод.",
    ),
    ("Епизода 41", "Слушајте на Spotify", "34:12"),
    template="app",
)

_add(
    "paywall_teaser_midway",
    BE,
    "Гродна атрымае новы трамвайны маршрут",
    (
        "Гарадскія ўлады абвясцілі, што ў Гродна вернецца трамвай.",
        "Першы маршрут звяжа вакзал са старым горадам.",
    ),
    "<div class='paywall-teaser premium-box'><p class='paywall-title'>Гэты матэрыял "
    "даступны падпісчыкам</p><p>Аформіце падпіску за 3 рублі ў месяц і чытайце без "
    "абмежаванняў.</p><a class='btn subscribe' href='/subscribe'>Падпісацца</a><a "
    "class='login' href='/login'>Увайсці</a></div>",
    (
        "Будаўніцтва пачнецца вясной і працягнецца два гады.",
        "Кошт праекта ацэньваюць у сорак мільёнаў рублёў.",
    ),
    ("Гэты матэрыял даступны падпісчыкам", "Аформіце падпіску", "Падпісацца"),
)

_add(
    "infographic_figure",
    NN,
    "Laksen kjem seinare opp i elvane",
    (
        "Villaksen gjekk i år opp i elvane i Sogn nesten tre veker seinare enn vanleg.",
        "Forskarar trur varmare sjø langs kysten er mykje av forklaringa.",
    ),
    "<figure class='infographic wp-block-image'><a class='enlarge' href='/i/laks.png'>"
    "<img src='/i/laks.png' alt='Grafikk'></a><figcaption>Grafikken viser kva veke laksen "
    "kom opp i Lærdalselva kvart år sidan 1990, med snittet for kvart tiår som ei raud "
    "linje. Dei siste fem åra har laksen kome seinare enn i noko tiår før. Kjelde: "
    "Havforskingsinstituttet.</figcaption><a class='download' href='/i/laks.pdf'>Last ned "
    "grafikken som PDF</a></figure>",
    (
        "Elveeigarane vil no flytte fiskesesongen ei veke ut i august.",
        "Statsforvaltaren skal avgjere saka før nyttår.",
    ),
    ("Last ned grafikken som PDF",),
)

_add(
    "read_more_button",
    BS,
    "Una ponovo poplavila kampove kod Bihaća",
    (
        "Nabujala Una u noći na petak poplavila je tri kampa nizvodno od Bihaća.",
        "Vlasnici kampova kažu da je voda porasla za više od metra za samo nekoliko sati.",
    ),
    "<div class='read-more-wrap'><button class='read-more-btn' aria-expanded='false'>"
    "Pročitajte više</button></div>",
    (
        "Civilna zaštita je evakuisala dvadesetak turista iz Njemačke i Slovenije.",
        "Šteta na opremi i objektima još nije procijenjena.",
    ),
    ("Pročitajte više",),
    template="table",
)

_add(
    "more_videos_strip",
    LV,
    "Liepājā atklāj jaunu koncertzāles ērģeļu sezonu",
    (
        "Liepājas koncertzālē svētdien pirmo reizi skanēs jaunās ērģeles.",
        "Instrumentu trīs gadus būvēja meistari no Vācijas un Latvijas.",
    ),
    "<section class='video-rail'><h3 class='rail-title'>Vairāk video</h3><ul><li><a "
    "href='/v/1'><span class='dur'>1:12</span>Ostas ledlauzis iziet jūrā</a></li><li><a "
    "href='/v/2'><span class='dur'>3:05</span>Rudens gadatirgus Kuldīgā</a></li></ul></section>",
    (
        "Biļetes uz pirmo koncertu tika izpārdotas dažu stundu laikā.",
        "Koncertu tiešraidē varēs skatīties arī pilsētas laukumā.",
    ),
    ("Vairāk video", "Ostas ledlauzis iziet jūrā", "Rudens gadatirgus Kuldīgā"),
    template="app",
)

_add(
    "facebook_embed",
    LT,
    "Plungėje rastas XVII amžiaus lobis",
    (
        "Statybininkai Plungės senamiestyje rado molinį puodą su sidabrinėmis monetomis.",
        "Archeologai monetas datuoja septynioliktojo amžiaus pradžia.",
    ),
    "<div class='fb-post' data-href='https://fb.example/plunge/posts/5'><blockquote "
    "cite='https://fb.example/plunge/posts/5' class='fb-xfbml-parse-ignore'><p>Šiandien "
    "mūsų mieste tikra sensacija, ačiū statybininkams už budrumą</p>Paskelbė <a "
    "href='https://fb.example/plunge'>Plungės savivaldybė</a></blockquote></div>"
    "<script async defer src='https://connect.fb.example/sdk.js'></script>",
    (
        "Radinys bus perduotas Žemaičių dailės muziejui.",
        "Statybos darbai sklype sustabdyti iki pavasario.",
    ),
    ("tikra sensacija, ačiū statybininkams",),
)

_add(
    "newsletter_box_midway",
    TL,
    "Mga mangingisda sa Taal, nagbalik na sa lawa",
    (
        "Nagbalik na sa Lawa ng Taal ang mga mangingisda matapos ang dalawang linggong pagbabawal.",
        "Sinabi ng Phivolcs na bumaba na ang singaw ng asupre mula sa bulkan.",
    ),
    "<div class='inline-newsletter'><h4>Huwag mahuli sa balita</h4><p>Ilagay ang iyong email "
    "at matanggap ang mga ulo ng balita araw-araw.</p><form><input type='email'><button>"
    "Mag-sign up</button></form></div>",
    (
        "Nanatili pa rin ang babala laban sa paglapit sa pulo ng bulkan.",
        "Inaasahang babalik ang presyo ng tawilis sa dati sa susunod na linggo.",
    ),
    ("Huwag mahuli sa balita", "Ilagay ang iyong email", "Mag-sign up"),
)

_add(
    "gallery_link_box",
    SL,
    "V Bohinju podrli zadnje stare senike",
    (
        "V Stari Fužini so ta teden podrli zadnja dva stara senika ob cesti.",
        "Lastniki pravijo, da bi bila obnova predraga in prenevarna.",
    ),
    "<div class='gallery-teaser'><a href='/galerija/44'><img src='/g44.jpg' alt=''><span "
    "class='gallery-count'>12 fotografij</span><span class='gallery-cta'>Oglejte si "
    "fotogalerijo</span></a><span class='photo-credit'>Foto: Miha Zupan</span></div>",
    (
        "Društvo za varstvo dediščine je zahtevalo vsaj fotografsko dokumentacijo.",
        "Občina bo spomladi pripravila seznam senikov, ki jih je še mogoče rešiti.",
    ),
    ("12 fotografij", "Oglejte si fotogalerijo"),
    template="portal",
)
