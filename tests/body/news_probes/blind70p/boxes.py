"""Boxes and lines a newsroom's template or editor sets inside the story's own container:
sign-up boxes, "read also" links and lists, bio boxes, appeals, app prompts, disclosures,
credit lines, republication footers, correction notes, counts, reaction bars, players,
reading-time lines, print and share words, consent placeholders."""

from __future__ import annotations

from ._kit import add, ps

# --- English: a newsletter sign-up box between the third and fourth paragraphs.
add(
    "en_newsletter_box_mid",
    "en",
    "Harbour ferry fares to rise in spring",
    ps(
        "Ferry fares across the harbour will rise by forty cents from March, the transport "
        "authority said on Thursday, the first increase in six years.",
        "Officials blamed the cost of diesel and a new maintenance contract for the two older "
        "boats, which are due to be replaced before the end of the decade.",
        "Commuters who buy a monthly pass will pay about four dollars more, while children and "
        "pensioners will keep travelling at the current price.",
    )
    + "<div class='inline-promo'><h3>Sign up for The Morning Ledger</h3><p>Our free briefing "
    "lands in your inbox every weekday at 7am.</p><form><input type='email' placeholder='Your "
    "email'><button>Sign up</button></form></div>"
    + ps(
        "The authority will hold two public meetings on the new fares in January, one at the "
        "town hall and one at the northern terminal.",
    ),
    (
        "Ferry fares across the harbour will rise by forty cents",
        "Commuters who buy a monthly pass will pay about four dollars more",
        "The authority will hold two public meetings",
    ),
    ("Sign up for The Morning Ledger", "lands in your inbox every weekday"),
)

# --- German: an inline "read also" line between paragraphs, its label in bold.
add(
    "de_lesen_sie_auch_inline",
    "de",
    "Neue Buslinie verbindet Altstadt und Klinikum",
    ps(
        "Ab dem kommenden Montag fährt eine neue Buslinie alle zwanzig Minuten von der Altstadt "
        "bis zum Klinikum am Stadtrand, teilten die Stadtwerke mit.",
        "Bisher mussten Patienten und Beschäftigte zweimal umsteigen, um das Krankenhaus mit "
        "öffentlichen Verkehrsmitteln zu erreichen.",
    )
    + "<p><strong>Lesen Sie auch:</strong> <a href='/verkehr/radweg-am-fluss'>Radweg am Fluss "
    "wird bis zum Sommer gesperrt</a></p>"
    + ps(
        "Die Linie wird zunächst für zwei Jahre getestet; danach entscheidet der Stadtrat, ob "
        "sie dauerhaft bleibt.",
        "Für die neue Verbindung haben die Stadtwerke drei Elektrobusse gekauft und zwölf "
        "Fahrerinnen und Fahrer eingestellt.",
    ),
    (
        "Ab dem kommenden Montag fährt eine neue Buslinie",
        "Die Linie wird zunächst für zwei Jahre getestet",
        "drei Elektrobusse gekauft",
    ),
    ("Lesen Sie auch", "Radweg am Fluss wird bis zum Sommer gesperrt"),
)

# --- French: an "à lire aussi" box of two links set between paragraphs, no class word.
add(
    "fr_a_lire_aussi_list",
    "fr",
    "La médiathèque rouvre après deux ans de travaux",
    ps(
        "La médiathèque municipale a rouvert ses portes samedi après deux ans de travaux, avec "
        "une salle de lecture agrandie et un étage entièrement consacré à la jeunesse.",
        "Le chantier a coûté quatre millions d’euros, financés pour moitié par la région et "
        "pour un quart par l’État.",
    )
    + "<div class='bloc-encart'><p class='encart-titre'>À lire aussi</p><ul><li><a "
    "href='/culture/festival-bd'>Le festival de bande dessinée change de date</a></li><li><a "
    "href='/culture/cinema'>Le cinéma du centre-ville cherche un repreneur</a></li></ul></div>"
    + ps(
        "Les horaires d’ouverture sont élargis : la médiathèque ouvrira désormais le dimanche "
        "matin et jusqu’à vingt heures le mercredi.",
        "L’inscription reste gratuite pour les habitants de la commune et coûte quinze euros "
        "par an pour les autres.",
    ),
    (
        "La médiathèque municipale a rouvert ses portes samedi",
        "Les horaires d’ouverture sont élargis",
        "L’inscription reste gratuite",
    ),
    (
        "À lire aussi",
        "Le festival de bande dessinée change de date",
        "Le cinéma du centre-ville cherche un repreneur",
    ),
)

# --- Spanish: the author's bio box closes the story's container.
add(
    "es_author_bio_box",
    "es",
    "El pueblo que recupera su antigua estación de tren",
    ps(
        "Los vecinos de Valdelosa han convertido la antigua estación de tren, cerrada desde "
        "1984, en un centro cultural con biblioteca, sala de ensayo y un pequeño museo.",
        "La obra se ha pagado con una subvención europea y con el trabajo voluntario de más de "
        "sesenta personas durante tres veranos.",
        "El alcalde espera que el edificio atraiga a los ciclistas que recorren la vía verde "
        "que pasa por delante.",
    )
    + "<div class='autor-ficha'><img src='/a/lucia.jpg' alt=''><p><strong>Lucía Ferrer</strong>"
    "</p><p>Lucía Ferrer es periodista de la sección de Sociedad. Antes trabajó en Radio Norte "
    "y escribe sobre el mundo rural.</p></div>",
    (
        "han convertido la antigua estación de tren",
        "La obra se ha pagado con una subvención europea",
        "El alcalde espera que el edificio atraiga",
    ),
    ("Lucía Ferrer es periodista de la sección de Sociedad", "Antes trabajó en Radio Norte"),
)

# --- Italian: a donation appeal as the story's last two paragraphs, a button under them.
add(
    "it_donation_appeal_end",
    "it",
    "Il ponte sul torrente riapre dopo la frana",
    ps(
        "Il ponte sul torrente Rio Freddo riaprirà al traffico lunedì, sei mesi dopo la frana "
        "che aveva isolato le frazioni più alte del comune.",
        "I lavori sono costati un milione e duecentomila euro e hanno rinforzato anche il "
        "versante sopra la strada con reti e ancoraggi.",
        "Fino a primavera il passaggio sarà consentito solo ai mezzi sotto le dieci tonnellate.",
    )
    + "<div class='sostegno'><p>Il nostro giornalismo è gratuito e resta aperto a tutti. Se "
    "puoi, sostienici con una donazione: bastano due euro al mese.</p><a class='btn' "
    "href='/sostieni'>Dona ora</a></div>",
    (
        "Il ponte sul torrente Rio Freddo riaprirà al traffico lunedì",
        "I lavori sono costati un milione",
        "solo ai mezzi sotto le dieci tonnellate",
    ),
    ("sostienici con una donazione", "Dona ora"),
)

# --- Brazilian Portuguese: an app-download prompt between paragraphs, store links under it.
add(
    "pt_app_download_prompt",
    "pt",
    "Chuva forte deixa bairros sem luz em Campo Alto",
    ps(
        "Uma tempestade com ventos de até noventa quilômetros por hora derrubou árvores e "
        "deixou cerca de doze mil casas sem energia em Campo Alto na noite de terça-feira.",
        "A distribuidora informou que metade dos imóveis já teve a luz restabelecida e que o "
        "restante deve ser atendido até quinta-feira.",
    )
    + "<div class='app-cta'><p>Baixe o aplicativo do Diário Serrano e receba as notícias da "
    "região no seu celular.</p><p><a href='#'>Google Play</a> <a href='#'>App Store</a></p>"
    "</div>"
    + ps(
        "A Defesa Civil pede que os moradores evitem encostas e não se aproximem de fios "
        "caídos até a chegada das equipes.",
    ),
    (
        "Uma tempestade com ventos de até noventa quilômetros",
        "A distribuidora informou que metade dos imóveis",
        "A Defesa Civil pede que os moradores evitem encostas",
    ),
    ("Baixe o aplicativo do Diário Serrano", "Google Play"),
)

# --- Dutch: the site's boilerplate affiliate notice opens a product test (furniture: it is
# about the site's links, not the test).
add(
    "nl_affiliate_notice_top",
    "nl",
    "Getest: vijf elektrische fietsen onder de tweeduizend euro",
    "<p class='melding'><em>Dit artikel bevat affiliate links: als je via zo'n link iets koopt, "
    "ontvangen wij mogelijk een kleine vergoeding.</em></p>"
    + ps(
        "We reden drie weken met vijf elektrische fietsen die minder dan tweeduizend euro "
        "kosten, door de stad en over de dijk met tegenwind.",
        "De Stadsrijder 3 had de beste accu: met een volle lading haalden we ruim negentig "
        "kilometer op de laagste ondersteuning.",
        "De goedkoopste fiets in de test remde slecht op nat wegdek en kreeg daarom de laagste "
        "score.",
    ),
    (
        "We reden drie weken met vijf elektrische fietsen",
        "De Stadsrijder 3 had de beste accu",
        "De goedkoopste fiets in de test remde slecht",
    ),
    ("Dit artikel bevat affiliate links", "ontvangen wij mogelijk een kleine vergoeding"),
)

# --- English: a funding note naming who paid for this story's reporting closes it. The
# convention of this kit: a disclosure about the article itself (who funded it, a partner
# who reported it) is the article's; a site's standing affiliate notice is furniture.
add(
    "en_funding_note_is_content",
    "en",
    "Rural clinics struggle to keep night nurses",
    ps(
        "Three of the five clinics in the valley have cut their night shifts since the summer, "
        "leaving patients to drive an hour to the county hospital after dark.",
        "Managers say they cannot match the pay offered by agencies in the city, where a "
        "night nurse earns almost twice as much.",
        "The state health department has promised a retention bonus, but the money will not "
        "arrive before next autumn.",
    )
    + "<p><em>This reporting was supported by a grant from the Eastbrook Fund for Rural "
    "Journalism, which had no role in the editing of this story.</em></p>",
    (
        "Three of the five clinics in the valley have cut their night shifts",
        "The state health department has promised a retention bonus",
        "This reporting was supported by a grant from the Eastbrook Fund",
    ),
    (),
)

# --- Polish: a bare credit line under the story's photo, set as its own paragraph.
add(
    "pl_photo_credit_paragraph",
    "pl",
    "Nowa kładka nad Wisłą gotowa przed terminem",
    "<figure><img src='/img/kladka.jpg' alt='Kładka'></figure><p class='foto-podpis'>Fot. Anna "
    "Zielińska / East News</p>"
    + ps(
        "Kładka pieszo-rowerowa nad Wisłą zostanie otwarta w sobotę, dwa miesiące przed "
        "terminem zapisanym w umowie z wykonawcą.",
        "Konstrukcja ma czterysta metrów długości i połączy bulwary w centrum z parkiem na "
        "drugim brzegu rzeki.",
        "Miasto zapłaciło za inwestycję sto dwadzieścia milionów złotych, z czego połowę "
        "pokryły fundusze unijne.",
    ),
    (
        "Kładka pieszo-rowerowa nad Wisłą zostanie otwarta w sobotę",
        "Konstrukcja ma czterysta metrów długości",
        "z czego połowę pokryły fundusze unijne",
    ),
    ("Fot. Anna Zielińska / East News",),
)

# --- English: "Photo: NAME/Getty Images" as a paragraph of its own under an inline image.
add(
    "en_photo_getty_line",
    "en",
    "Marathon organisers add a second start wave",
    ps(
        "Organisers of the city marathon will send runners off in two waves next year after "
        "complaints about crowding on the first bridge.",
    )
    + "<p><img src='/i/marathon.jpg' alt=''></p><p>Photo: Carl Brenner/Getty Images</p>"
    + ps(
        "The second wave will start twenty minutes after the first, and runners will be "
        "placed by their finishing times from earlier races.",
        "Entries open on 15 January and are capped at twenty-two thousand, two thousand more "
        "than this year.",
    ),
    (
        "Organisers of the city marathon will send runners off in two waves",
        "The second wave will start twenty minutes after the first",
        "Entries open on 15 January",
    ),
    ("Photo: Carl Brenner/Getty Images",),
)

# --- English: a republication footer closes a story ("first published by ..."): a note
# about the copy, furniture by the project's convention (``about_notes``).
add(
    "en_republished_footer",
    "en",
    "Why the river's salmon are arriving later each year",
    ps(
        "Salmon returning to the Alder River to spawn now arrive almost three weeks later than "
        "they did in the 1980s, according to a study of forty years of counts.",
        "The researchers link the delay to warmer water at the river's mouth in late summer, "
        "which the fish wait out in the estuary.",
        "Fishing guides say the late runs have shortened their season and hurt the small "
        "hotels that depend on autumn visitors.",
    )
    + "<p><em>This article was first published by The Coastal Review and is republished here "
    "under a Creative Commons licence.</em></p>",
    (
        "Salmon returning to the Alder River to spawn",
        "The researchers link the delay to warmer water",
        "Fishing guides say the late runs have shortened their season",
    ),
    ("This article was first published by The Coastal Review",),
)

# --- Spanish: the same footer in Spanish.
add(
    "es_publicado_originalmente",
    "es",
    "Los glaciares del norte pierden un tercio de su superficie",
    ps(
        "Los glaciares de la cordillera norte han perdido un tercio de su superficie desde "
        "el año 2000, según un inventario publicado por el instituto geográfico.",
        "Los científicos calculan que los más pequeños desaparecerán antes de 2040 si las "
        "temperaturas siguen subiendo al ritmo actual.",
        "Los agricultores del valle ya notan que el río baja con menos agua a finales del verano.",
    )
    + "<p><em>Este artículo fue publicado originalmente en El Faro del Sur y se reproduce con "
    "permiso.</em></p>",
    (
        "Los glaciares de la cordillera norte han perdido un tercio",
        "Los científicos calculan que los más pequeños desaparecerán",
        "Los agricultores del valle ya notan",
    ),
    ("Este artículo fue publicado originalmente en El Faro del Sur",),
)

# --- German: a correction note closing the story is the story's (content).
add(
    "de_korrektur_note_content",
    "de",
    "Sanierung der Stadthalle wird teurer",
    ps(
        "Die Sanierung der Stadthalle wird nach neuen Schätzungen rund elf Millionen Euro "
        "kosten, drei Millionen mehr als im Frühjahr geplant.",
        "Als Grund nennt die Verwaltung den schlechten Zustand des Dachstuhls, der erst bei "
        "den Vorarbeiten im Sommer sichtbar wurde.",
        "Der Gemeinderat soll im Januar entscheiden, ob die Halle trotzdem wie geplant 2028 "
        "wieder öffnet.",
    )
    + "<p><em>Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Stadthalle "
    "sei 1962 eröffnet worden. Richtig ist 1964.</em></p>",
    (
        "Die Sanierung der Stadthalle wird nach neuen Schätzungen",
        "Als Grund nennt die Verwaltung den schlechten Zustand",
        "Korrektur: In einer früheren Fassung dieses Artikels",
    ),
    (),
)

# --- English: a correction note set at the top of the story (content).
add(
    "en_correction_top_content",
    "en",
    "Council approves budget with new youth centre",
    "<p class='correction'><strong>Correction, 4 December:</strong> An earlier version of this "
    "article misstated the number of seats on the council. It is nine, not eleven.</p>"
    + ps(
        "The council approved next year's budget on Tuesday by six votes to three, including "
        "money for a youth centre in the old library building.",
        "The centre will open in the autumn and will be run by a charity that already manages "
        "two sports halls in the district.",
        "Opponents said the budget leaves too little for road repairs after a wet winter.",
    ),
    (
        "An earlier version of this article misstated the number of seats",
        "The council approved next year's budget on Tuesday",
        "Opponents said the budget leaves too little",
    ),
    (),
)

# --- French: a comment count and "réagir" link set inside the story's top.
add(
    "fr_comment_count_inline",
    "fr",
    "Le marché de Noël s’installe place du Château",
    "<p class='compteurs'><a href='#commentaires'>12 commentaires</a> · <a "
    "href='#reagir'>Réagir</a></p>"
    + ps(
        "Le marché de Noël ouvre vendredi place du Château avec quarante-deux chalets, dix de "
        "plus que l’an dernier.",
        "La mairie a prévu une patinoire synthétique et des navettes gratuites depuis les "
        "parkings de l’entrée de la ville.",
        "Les exposants ont été choisis parmi plus de cent candidatures, en donnant la priorité "
        "aux artisans de la région.",
    ),
    (
        "Le marché de Noël ouvre vendredi place du Château",
        "La mairie a prévu une patinoire synthétique",
        "Les exposants ont été choisis parmi plus de cent candidatures",
    ),
    ("12 commentaires", "Réagir"),
)

# --- Swedish: a reaction bar after the text, inside its container.
add(
    "sv_reaction_bar",
    "sv",
    "Isbanan på torget öppnar i helgen",
    ps(
        "Den konstfrusna isbanan på Stortorget öppnar på lördag och kommer att vara öppen "
        "varje dag fram till sportlovet.",
        "Skridskor kan lånas gratis i paviljongen bredvid banan, och på tisdagar finns "
        "ledare som lär barn att åka.",
        "Kommunen räknar med att banan kostar omkring en miljon kronor för hela säsongen.",
    )
    + "<div class='reaktioner'><p>Vad tyckte du om artikeln?</p><button>👍 24</button>"
    "<button>😮 3</button><button>😢 1</button></div>",
    (
        "Den konstfrusna isbanan på Stortorget öppnar på lördag",
        "Skridskor kan lånas gratis i paviljongen",
        "Kommunen räknar med att banan kostar",
    ),
    ("Vad tyckte du om artikeln?", "👍 24"),
)

# --- English: a "listen to this article" player at the top of the story's container.
add(
    "en_listen_player",
    "en",
    "Library extends opening hours for exam season",
    "<div class='audio-widget'><button>▶</button><span>Listen to this article</span> "
    "<span>4 min</span><p>Voiced by artificial intelligence.</p></div>"
    + ps(
        "The central library will stay open until midnight for the next three weeks so that "
        "students can revise for their winter exams.",
        "Extra staff will be hired for the late shifts, and the café on the ground floor will "
        "also keep its doors open.",
        "Last year more than nine hundred people used the reading rooms after ten o'clock.",
    ),
    (
        "The central library will stay open until midnight",
        "Extra staff will be hired for the late shifts",
        "Last year more than nine hundred people",
    ),
    ("Listen to this article", "Voiced by artificial intelligence"),
)

# --- German: a read-aloud player in the story's top.
add(
    "de_artikel_anhoeren",
    "de",
    "Wochenmarkt zieht auf den Rathausplatz",
    "<div class='vorlesen'><button>Artikel anhören</button><span>5:12 Min.</span></div>"
    + ps(
        "Der Wochenmarkt zieht im neuen Jahr vom Parkplatz an der Stadthalle auf den "
        "Rathausplatz, den der Stadtrat dafür umgestalten lässt.",
        "Die Händlerinnen und Händler hatten sich den Umzug seit Jahren gewünscht, weil "
        "der alte Platz bei Regen unter Wasser stand.",
        "Der Markt findet weiterhin mittwochs und samstags von sieben bis dreizehn Uhr statt.",
    ),
    (
        "Der Wochenmarkt zieht im neuen Jahr",
        "Die Händlerinnen und Händler hatten sich den Umzug",
        "Der Markt findet weiterhin mittwochs und samstags",
    ),
    ("Artikel anhören", "5:12 Min."),
)

# --- Japanese: a reading-time line at the top of the text.
add(
    "ja_reading_time_line",
    "ja",
    "市立動物園に新しいゾウ舎が完成",
    "<p class='yomu'>この記事は約3分で読めます</p>"
    + ps(
        "市立動物園で建設が進められていた新しいゾウ舎が完成し、来月から一般公開されることになりました。",
        "新しい施設は旧舎の約三倍の広さがあり、ゾウが自由に水浴びできるプールも設けられています。",
        "動物園は来年の春までに、もう一頭のゾウを海外の動物園から迎える予定です。",
    ),
    (
        "新しいゾウ舎が完成し",
        "旧舎の約三倍の広さがあり",
        "もう一頭のゾウを海外の動物園から迎える予定です",
    ),
    ("この記事は約3分で読めます",),
)

# --- Russian: a reading-time line and a print link in the story's top.
add(
    "ru_reading_time_print",
    "ru",
    "В городе откроют три новые станции проката велосипедов",
    "<div class='meta-row'><span>Время чтения: 4 минуты</span> <a href='#print'>Версия для "
    "печати</a></div>"
    + ps(
        "Весной в городе появятся три новые станции проката велосипедов: у вокзала, у "
        "университета и в парке на набережной.",
        "Каждая станция рассчитана на двадцать велосипедов, а оплатить поездку можно будет "
        "транспортной картой.",
        "В прошлом сезоне прокатом воспользовались более сорока тысяч раз.",
    ),
    (
        "Весной в городе появятся три новые станции проката",
        "Каждая станция рассчитана на двадцать велосипедов",
        "В прошлом сезоне прокатом воспользовались",
    ),
    ("Время чтения: 4 минуты", "Версия для печати"),
)

# --- Italian: print, send and share words in a row between the lead and the text.
add(
    "it_print_share_row",
    "it",
    "La biblioteca civica apre anche la domenica",
    "<p class='strumenti'><a href='#'>Stampa</a> · <a href='#'>Invia per email</a> · <a "
    "href='#'>Condividi</a></p>"
    + ps(
        "Da gennaio la biblioteca civica sarà aperta anche la domenica pomeriggio, grazie a un "
        "accordo con due associazioni di volontari.",
        "Il comune ha stanziato trentamila euro per il riscaldamento e la pulizia delle sale "
        "nei giorni festivi.",
        "La sperimentazione durerà un anno e sarà valutata in base al numero di presenze.",
    ),
    (
        "Da gennaio la biblioteca civica sarà aperta",
        "Il comune ha stanziato trentamila euro",
        "La sperimentazione durerà un anno",
    ),
    ("Invia per email", "Condividi"),
)

# --- Czech: a consent placeholder where an embedded video would be.
add(
    "cs_consent_placeholder_embed",
    "cs",
    "Hasiči cvičili záchranu z rozvodněné řeky",
    ps(
        "Hasiči z celého kraje cvičili v sobotu záchranu lidí z rozvodněné řeky pod jezem v "
        "centru města.",
    )
    + "<div class='embed-souhlas'><p>Tento obsah poskytuje YouTube. Pro jeho zobrazení je "
    "nutný souhlas s použitím cookies třetích stran.</p><button>Souhlasím</button></div>"
    + ps(
        "Cvičení se zúčastnilo osm jednotek a dva čluny, které dopravily figuríny z "
        "peřejí na břeh.",
        "Velitel zásahu řekl, že podobné cvičení chtějí zopakovat na jaře, kdy je voda nejvyšší.",
    ),
    (
        "Hasiči z celého kraje cvičili v sobotu záchranu",
        "Cvičení se zúčastnilo osm jednotek",
        "Velitel zásahu řekl, že podobné cvičení",
    ),
    ("nutný souhlas s použitím cookies", "Souhlasím"),
)

# --- Turkish: a consent placeholder for an embedded post.
add(
    "tr_consent_embed",
    "tr",
    "Belediye sahil yolunu bisiklet yoluna çeviriyor",
    ps(
        "Belediye, sahil yolunun iki kilometrelik bölümünü gelecek yazdan itibaren trafiğe "
        "kapatarak bisiklet ve yaya yoluna çevirecek.",
    )
    + "<div class='gomulu-icerik'><p>Bu içeriği görüntülemek için çerezleri kabul etmeniz "
    "gerekiyor.</p><button>Çerezleri kabul et</button></div>"
    + ps(
        "Projeye göre yolun kenarına iki bin ağaç dikilecek ve üç yeni dinlenme alanı yapılacak.",
        "Esnaf ise otoparkların azalmasından endişe ediyor ve belediyeden yeni bir otopark "
        "istiyor.",
    ),
    (
        "sahil yolunun iki kilometrelik bölümünü",
        "Projeye göre yolun kenarına iki bin ağaç dikilecek",
        "Esnaf ise otoparkların azalmasından endişe ediyor",
    ),
    ("çerezleri kabul etmeniz gerekiyor", "Çerezleri kabul et"),
)

# --- English: a metered paywall's appeal set between paragraphs.
add(
    "en_meter_subscribe_appeal",
    "en",
    "School district adds two new bus routes",
    ps(
        "The school district will add two bus routes in January to serve the new housing "
        "estates on the east side of town.",
        "About three hundred pupils live more than two miles from their school there and "
        "currently rely on their parents for lifts.",
    )
    + "<div class='meter-note'><p>You have read 3 of your 5 free articles this month. "
    "Subscribe today for unlimited access from £1 a week.</p></div>"
    + ps(
        "The routes will cost the district about £180,000 a year, paid for from savings on "
        "its energy contract.",
    ),
    (
        "The school district will add two bus routes",
        "About three hundred pupils live more than two miles",
        "paid for from savings on its energy contract",
    ),
    ("You have read 3 of your 5 free articles", "Subscribe today for unlimited access"),
)

# --- Danish: a newsletter box set as plain paragraphs with a form, mid-text.
add(
    "da_nyhedsbrev_box",
    "da",
    "Havnebadet får ny sauna til vinterbadere",
    ps(
        "Havnebadet i Nordhavn får en ny sauna, som åbner i februar og kan rumme tyve "
        "vinterbadere ad gangen.",
        "Saunaen er bygget af genbrugstræ fra den gamle pakhusbygning og opvarmes med fjernvarme.",
    )
    + "<div class='tilmelding'><p><strong>Tilmeld dig vores nyhedsbrev</strong></p><p>Få de "
    "vigtigste lokale nyheder hver morgen.</p><form><input type='email'><button>Tilmeld"
    "</button></form></div>"
    + ps(
        "Adgang koster fyrre kroner, men er gratis for medlemmer af vinterbadeklubben.",
    ),
    (
        "Havnebadet i Nordhavn får en ny sauna",
        "Saunaen er bygget af genbrugstræ",
        "Adgang koster fyrre kroner",
    ),
    ("Tilmeld dig vores nyhedsbrev", "Få de vigtigste lokale nyheder hver morgen"),
)

# --- Korean: an app-download prompt closing the story, before the reporter's line.
add(
    "ko_app_prompt",
    "ko",
    "시립미술관 야간 개장 내년까지 연장",
    ps(
        "시립미술관은 금요일 야간 개장을 내년 말까지 연장한다고 밝혔다. "
        "야간에는 오후 아홉 시까지 관람할 수 있다.",
        "미술관 측은 올해 야간 관람객이 지난해보다 두 배 가까이 늘었다고 설명했다.",
        "야간 개장 기간에는 작가와의 대화와 작은 음악회도 함께 열린다.",
    )
    + "<p class='app-banner'>앱에서 더 많은 뉴스를 확인하세요. 지금 다운로드</p>",
    (
        "시립미술관은 금요일 야간 개장을 내년 말까지 연장한다고",
        "야간 관람객이 지난해보다 두 배 가까이 늘었다고",
        "작가와의 대화와 작은 음악회도 함께 열린다",
    ),
    ("앱에서 더 많은 뉴스를 확인하세요",),
)

# --- Norwegian: a donation appeal for a local paper set as the text's last paragraph.
add(
    "no_stott_appeal",
    "no",
    "Ny gang- og sykkelvei langs fjorden er åpnet",
    ps(
        "Den nye gang- og sykkelveien langs fjorden ble åpnet fredag, og gjør det mulig å "
        "sykle trygt fra sentrum til skolen på Nesset.",
        "Veien er tre kilometer lang og har kostet førtifem millioner kroner, delt mellom "
        "kommunen og fylket.",
        "Elevrådet på skolen har kjempet for veien i mer enn ti år.",
    )
    + "<p class='stotte'><strong>Støtt lokaljournalistikken!</strong> Bli abonnent fra 49 "
    "kroner i måneden.</p>",
    (
        "Den nye gang- og sykkelveien langs fjorden ble åpnet fredag",
        "Veien er tre kilometer lang",
        "Elevrådet på skolen har kjempet for veien",
    ),
    ("Støtt lokaljournalistikken", "Bli abonnent fra 49 kroner"),
)

# --- Indonesian: two "Baca juga" lines between paragraphs, as Indonesian portals write them.
add(
    "id_baca_juga_inline",
    "id",
    "Pemkot bangun tiga taman baru di pinggir sungai",
    ps(
        "Pemerintah kota akan membangun tiga taman baru di pinggir sungai tahun depan dengan "
        "anggaran sekitar dua puluh miliar rupiah.",
    )
    + "<p><strong>Baca juga:</strong> <a href='/a/1'>Jalan Layang Baru Dibuka Akhir Bulan "
    "Ini</a></p>"
    + ps(
        "Taman-taman itu akan dilengkapi jalur lari, lapangan bermain anak dan lampu tenaga surya.",
        "Wali kota berharap warga bisa berolahraga di sana tanpa harus pergi ke pusat kota.",
    )
    + "<p><strong>Baca juga:</strong> <a href='/a/2'>Banjir Rendam Ratusan Rumah di Utara</a>"
    "</p>",
    (
        "Pemerintah kota akan membangun tiga taman baru",
        "Taman-taman itu akan dilengkapi jalur lari",
        "Wali kota berharap warga bisa berolahraga",
    ),
    ("Baca juga", "Jalan Layang Baru Dibuka", "Banjir Rendam Ratusan Rumah"),
)

# --- Arabic: an inline "read also" line between paragraphs.
add(
    "ar_iqra_aydan_inline",
    "ar",
    "افتتاح أول مكتبة عامة في الحي الشمالي",
    ps(
        "افتتحت البلدية يوم السبت أول مكتبة عامة في الحي الشمالي، وتضم أكثر من عشرين ألف كتاب "
        "وقاعة للأطفال.",
        "وقال رئيس البلدية إن المكتبة ستفتح أبوابها سبعة أيام في الأسبوع حتى التاسعة مساء.",
    )
    + "<p><strong>اقرأ أيضا:</strong> <a href='/a/3'>تأجيل افتتاح المسبح البلدي إلى الربيع</a>"
    "</p>"
    + ps(
        "وتنظم المكتبة ورشات أسبوعية في الكتابة والرسم للأطفال والشباب بالمجان.",
    ),
    dir_="rtl",
    must=(
        "افتتحت البلدية يوم السبت أول مكتبة عامة",
        "ستفتح أبوابها سبعة أيام في الأسبوع",
        "وتنظم المكتبة ورشات أسبوعية",
    ),
    must_not=("اقرأ أيضا", "تأجيل افتتاح المسبح البلدي"),
)

# --- Hindi: "ये भी पढ़ें" with two links mid-text, as Hindi portals set them.
add(
    "hi_ye_bhi_padhen_list",
    "hi",
    "शहर में खुलेंगे पांच नए सरकारी स्कूल",
    ps(
        "राज्य सरकार ने शहर के बाहरी इलाकों में अगले साल पांच नए सरकारी स्कूल खोलने की घोषणा की है।",
        "शिक्षा मंत्री ने बताया कि हर स्कूल में विज्ञान की प्रयोगशाला और एक पुस्तकालय होगा।",
    )
    + "<div class='ye-bhi'><p><b>ये भी पढ़ें:</b></p><ul><li><a href='/a/4'>बारिश से कई "
    "सड़कें बंद</a></li><li><a href='/a/5'>मेट्रो का नया रूट तय</a></li></ul></div>"
    + ps("इन स्कूलों में करीब चार हजार बच्चों को दाखिला मिलेगा।"),
    (
        "पांच नए सरकारी स्कूल खोलने की घोषणा की है",
        "हर स्कूल में विज्ञान की प्रयोगशाला",
        "करीब चार हजार बच्चों को दाखिला मिलेगा",
    ),
    ("ये भी पढ़ें", "बारिश से कई सड़कें बंद", "मेट्रो का नया रूट तय"),
)

# --- Thai: a "read more" line with a link between paragraphs.
add(
    "th_an_phoem_inline",
    "th",
    "เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลอง",
    ps(
        "เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลองเมื่อวันเสาร์ที่ผ่านมา มีร้านค้าชุมชนกว่าหกสิบร้านมาร่วมขายสินค้า",
        "นายกเทศมนตรีกล่าวว่าตลาดจะเปิดทุกวันหยุดสุดสัปดาห์ตั้งแต่เช้าจนถึงบ่ายสามโมง",
    )
    + "<p><strong>อ่านเพิ่มเติม:</strong> <a href='/a/6'>ฝนตกหนักทำถนนหลายสายน้ำท่วม</a></p>"
    + ps("ชาวบ้านหวังว่าตลาดน้ำจะช่วยดึงนักท่องเที่ยวให้กลับมาที่ชุมชนอีกครั้ง"),
    (
        "เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลอง",
        "ตลาดจะเปิดทุกวันหยุดสุดสัปดาห์",
        "ชาวบ้านหวังว่าตลาดน้ำจะช่วยดึงนักท่องเที่ยว",
    ),
    ("อ่านเพิ่มเติม", "ฝนตกหนักทำถนนหลายสายน้ำท่วม"),
)

# --- Vietnamese: a "Xem thêm" line with a link between paragraphs.
add(
    "vi_xem_them_inline",
    "vi",
    "Thành phố mở thêm hai tuyến xe buýt điện",
    ps(
        "Thành phố sẽ đưa vào hoạt động hai tuyến xe buýt điện mới từ đầu tháng Một, nối trung "
        "tâm với các khu đô thị phía đông.",
        "Mỗi tuyến có mười hai xe, chạy từ năm giờ sáng đến mười giờ tối với tần suất mười lăm "
        "phút một chuyến.",
    )
    + "<p><em>Xem thêm:</em> <a href='/a/7'>Giá vé tàu điện sẽ giữ nguyên trong năm tới</a></p>"
    + ps("Giá vé của các tuyến mới bằng giá vé xe buýt thông thường."),
    (
        "hai tuyến xe buýt điện mới từ đầu tháng Một",
        "Mỗi tuyến có mười hai xe",
        "Giá vé của các tuyến mới bằng giá vé xe buýt thông thường",
    ),
    ("Xem thêm", "Giá vé tàu điện sẽ giữ nguyên"),
)

# --- Chinese (Simplified): an "extended reading" box of links between paragraphs.
add(
    "zh_yanshen_yuedu_list",
    "zh",
    "老城区将新增三座口袋公园",
    ps(
        "市园林局表示，明年老城区将利用闲置地块新建三座口袋公园，每座面积约两千平方米。",
        "公园内将设置儿童游乐设施、健身步道和休息座椅，预计明年六月前完工。",
    )
    + "<div class='yanshen'><p>延伸阅读：</p><ul><li><a href='/a/8'>地铁五号线开通时间确定</a>"
    "</li><li><a href='/a/9'>本周末气温将明显下降</a></li></ul></div>"
    + ps("市民可以通过园林局的网站对公园的设计方案提出意见。"),
    (
        "将利用闲置地块新建三座口袋公园",
        "公园内将设置儿童游乐设施",
        "市民可以通过园林局的网站",
    ),
    ("延伸阅读", "地铁五号线开通时间确定", "本周末气温将明显下降"),
)

# --- Ukrainian: a newsletter/Telegram follow prompt inside the text.
add(
    "uk_telegram_prompt",
    "uk",
    "У місті відремонтують сім шкільних стадіонів",
    ps(
        "Наступного року в місті відремонтують сім шкільних стадіонів, на це з бюджету "
        "виділили понад двадцять мільйонів гривень.",
        "На стадіонах покладуть нове покриття, встановлять освітлення та тренажери для "
        "занять просто неба.",
    )
    + "<p class='tg-cta'>Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися про "
    "новини міста.</p>" + ps("Роботи мають завершити до початку наступного навчального року."),
    (
        "в місті відремонтують сім шкільних стадіонів",
        "На стадіонах покладуть нове покриття",
        "Роботи мають завершити до початку",
    ),
    ("Підписуйтеся на наш Telegram-канал",),
)
