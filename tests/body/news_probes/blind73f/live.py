"""Live blogs whose intro stands apart from the stream of entries: a summary of two
paragraphs closed by a line pointing down ("Follow the latest updates below:"), then the
entries, newest first, each with a time, a headline (an <h3>, a bold paragraph or an <h2> in
a list item) and its text, one of them with a social post embedded and a sentence after it.
Decided before running: the intro, every entry's headline and text, and the sentence after
the embed are the story (must); the pointer line and the embedded post are neutral; the
share row, an ad label, a sign-up box and the "load more" button are not (must-not)."""

from __future__ import annotations

from ._kit import ad, add, live_json, load_more, newsletter, paras, share, shell
from .words import WORDS

# (language, title, intro, pointer line, entries (time, headline, text), the embedded
# post, the sentence after it)
Live = tuple[str, str, tuple[str, str], str, tuple[tuple[str, str, str], ...], str, str]

LIVES: tuple[Live, ...] = (
    (
        "en",
        "Storm Hawick live: gales close the coast road as ferries stay in port",
        (
            "Storm Hawick has brought winds of up to 90mph to the north coast, with the harbour "
            "authority keeping every ferry in port until at least Monday.",
            "Forecasters expect the worst of the gales overnight, and schools in three towns "
            "have already said they will stay shut tomorrow.",
        ),
        "Follow the latest updates below:",
        (
            (
                "18:42",
                "Coast road closed at Merrow Point",
                "Police closed the coast road at "
                "Merrow Point after waves threw stones across both lanes.",
            ),
            (
                "17:15",
                "Power cut for 4,000 homes",
                "About 4,000 homes around Kelby lost power "
                "when a line came down near the quarry, the grid operator said.",
            ),
            (
                "16:03",
                "Ferry firm apologises to stranded travellers",
                "The ferry company said "
                "passengers would be offered rooms in the town's two hotels.",
            ),
        ),
        "Waves over the harbour wall at Kelby this afternoon. Stay away from the front!",
        "The coastguard repeated its warning that people should not go near the sea wall.",
    ),
    (
        "de",
        "Tarifstreit im Nahverkehr: Der Streiktag im Liveblog",
        (
            "Im Rheintal stehen seit dem frühen Morgen alle Busse und Straßenbahnen still, "
            "weil die Gewerkschaft zu einem ganztägigen Warnstreik aufgerufen hat.",
            "Die Verkehrsbetriebe rechnen erst am Freitagmorgen wieder mit einem "
            "regulären Fahrplan und raten Pendlern, Fahrgemeinschaften zu bilden.",
        ),
        "Alle Entwicklungen lesen Sie hier im Liveblog:",
        (
            (
                "15.20 Uhr",
                "Arbeitgeber legen neues Angebot vor",
                "Der Verband der "
                "Verkehrsbetriebe bietet nun vier Prozent mehr Lohn über zwei Jahre an.",
            ),
            (
                "12.05 Uhr",
                "Kundgebung vor dem Rathaus",
                "Rund 600 Beschäftigte haben sich "
                "vor dem Rathaus versammelt, die Polizei meldet keine Zwischenfälle.",
            ),
            (
                "07.30 Uhr",
                "Staus auf den Einfallstraßen",
                "Auf der Bundesstraße vor der "
                "Stadt staut sich der Verkehr auf mehr als acht Kilometern.",
            ),
        ),
        "Seit 4 Uhr steht bei uns alles. Wir streiken für bessere Bedingungen!",
        "Die Gewerkschaft kündigte an, am Nachmittag über weitere Schritte zu beraten.",
    ),
    (
        "fr",
        "Crue de la Sorne : la situation heure par heure",
        (
            "La Sorne a atteint dans la nuit son plus haut niveau depuis vingt ans, et "
            "plusieurs quartiers bas de la commune ont été évacués par les pompiers.",
            "La préfecture a placé le département en vigilance rouge jusqu'à jeudi midi et "
            "demande aux habitants de limiter leurs déplacements.",
        ),
        "Suivez les dernières informations ci-dessous :",
        (
            (
                "14h10",
                "Le pont de la Gare fermé à la circulation",
                "Les services techniques "
                "ont fermé le pont de la Gare après avoir constaté des fissures sur une pile.",
            ),
            (
                "11h45",
                "Un gymnase ouvert pour les sinistrés",
                "Le gymnase Jean-Moulin "
                "accueille depuis ce matin une centaine de personnes évacuées.",
            ),
            (
                "08h20",
                "Les écoles restent fermées",
                "Le rectorat annonce que les écoles de "
                "la vallée resteront fermées jusqu'à la fin de la semaine.",
            ),
        ),
        "Images impressionnantes de la Sorne ce matin depuis le pont Neuf.",
        "Le maire a indiqué qu'une cellule d'aide psychologique serait ouverte en mairie.",
    ),
    (
        "es",
        "Incendio en la sierra de Almenara, en directo",
        (
            "Un incendio declarado a mediodía en la sierra de Almenara ha quemado ya más de "
            "300 hectáreas y obligado a desalojar dos urbanizaciones.",
            "Más de cien bomberos y seis aviones trabajan en la extinción, dificultada por "
            "las rachas de viento de poniente.",
        ),
        "Sigue aquí la última hora:",
        (
            (
                "21:30",
                "Los vecinos podrán volver mañana",
                "La Guardia Civil prevé que los "
                "vecinos desalojados puedan regresar a sus casas a primera hora.",
            ),
            (
                "19:10",
                "Cortada la carretera comarcal",
                "Tráfico ha cortado la carretera "
                "comarcal entre Almenara y Los Pinos en ambos sentidos.",
            ),
            (
                "15:45",
                "Se activa el nivel 2 de emergencia",
                "La Junta ha elevado la alerta "
                "al nivel 2 por la cercanía de las llamas a zonas habitadas.",
            ),
        ),
        "Columna de humo visible desde toda la comarca esta tarde.",
        "El alcalde pidió a los vecinos que no se acerquen a la zona para no estorbar.",
    ),
    (
        "it",
        "Neve in Valle Aurina: la diretta della giornata",
        (
            "Una nevicata eccezionale ha coperto la valle con oltre un metro di neve fresca, "
            "isolando per ore tre frazioni di montagna.",
            "La protezione civile ha aperto un centro di coordinamento in municipio e chiede "
            "di non mettersi in viaggio senza catene.",
        ),
        "Segui qui sotto tutti gli aggiornamenti:",
        (
            (
                "16:50",
                "Riaperta la strada provinciale",
                "Dopo cinque ore di lavoro degli "
                "spazzaneve la strada provinciale è di nuovo percorribile.",
            ),
            (
                "13:25",
                "Scuole chiuse anche domani",
                "Il sindaco ha firmato un'ordinanza che "
                "tiene chiuse le scuole della valle anche per la giornata di domani.",
            ),
            (
                "09:40",
                "Treni sospesi sulla linea della valle",
                "Le ferrovie hanno sospeso la "
                "circolazione per un albero caduto sui binari vicino alla stazione.",
            ),
        ),
        "Così questa mattina la piazza del paese, sepolta sotto la neve.",
        "I vigili del fuoco hanno raggiunto a piedi le frazioni rimaste isolate.",
    ),
    (
        "pt",
        "Eleições autárquicas: a noite eleitoral em direto",
        (
            "As urnas fecharam às 20h00 e a contagem dos votos já começou nas 42 freguesias "
            "do concelho, com uma afluência acima da das últimas eleições.",
            "Os dois principais candidatos à presidência da câmara aguardam os resultados nas "
            "respetivas sedes de campanha.",
        ),
        "Acompanhe aqui todas as atualizações:",
        (
            (
                "23:15",
                "Candidata da oposição reconhece a derrota",
                "Marta Sequeira "
                "felicitou o vencedor e prometeu uma oposição firme mas construtiva.",
            ),
            (
                "22:05",
                "Contagem chega às freguesias rurais",
                "Com 80 por cento dos votos "
                "contados, a diferença entre os dois candidatos é de mil votos.",
            ),
            (
                "20:00",
                "Fecham as urnas",
                "A afluência às urnas chegou aos 58 por cento, mais "
                "seis pontos do que há quatro anos.",
            ),
        ),
        "Fila à porta da escola primária para votar esta manhã.",
        "A comissão eleitoral não registou qualquer incidente durante o dia.",
    ),
    (
        "nl",
        "Dijkdoorbraak bij Westerhaven: alle ontwikkelingen",
        (
            "Bij Westerhaven is vannacht een stuk dijk bezweken, waardoor een polder met "
            "twintig boerderijen onder water is gelopen.",
            "Het waterschap zet pompen en zandzakken in en verwacht de dijk binnen twee dagen "
            "provisorisch te kunnen dichten.",
        ),
        "Lees hieronder de laatste berichten:",
        (
            (
                "17:35",
                "Koeien met boten gered",
                "Vrijwilligers hebben met roeiboten ruim "
                "zestig koeien uit een ondergelopen stal gehaald.",
            ),
            (
                "14:20",
                "Minister komt naar de polder",
                "De minister van Infrastructuur bezoekt "
                "morgenochtend het getroffen gebied, meldt het ministerie.",
            ),
            (
                "10:05",
                "Wegen in de polder afgesloten",
                "Alle wegen in de polder zijn afgesloten, ook voor fietsers en voetgangers.",
            ),
        ),
        "Luchtfoto van de polder vanochtend: alles staat blank.",
        "De burgemeester bedankte de vrijwilligers voor hun snelle hulp.",
    ),
    (
        "pl",
        "Awaria wodociągu w Nadwiślu. Relacja na żywo",
        (
            "Po awarii głównej magistrali wodociągowej kilkanaście tysięcy mieszkańców "
            "Nadwiśla od rana nie ma wody w kranach.",
            "Wodociągi miejskie ustawiły beczkowozy przy szkołach i zapowiadają, że naprawa "
            "potrwa co najmniej do jutra.",
        ),
        "Najnowsze informacje poniżej:",
        (
            (
                "16:40",
                "Woda wraca na Starym Mieście",
                "Mieszkańcy Starego Miasta znów mają wodę, choć ciśnienie jest jeszcze niskie.",
            ),
            (
                "13:15",
                "Szpital korzysta z rezerwy",
                "Szpital powiatowy przeszedł na własny "
                "zbiornik rezerwowy i przyjmuje pacjentów normalnie.",
            ),
            (
                "08:50",
                "Beczkowozy przy szkołach",
                "Pierwsze beczkowozy stanęły przy trzech "
                "szkołach podstawowych na osiedlu Słonecznym.",
            ),
        ),
        "Tak wygląda wykop przy ulicy Długiej, gdzie pękła rura.",
        "Prezydent miasta zapowiedział kontrolę stanu całej sieci.",
    ),
    (
        "sv",
        "Skogsbranden vid Storsjön – senaste nytt",
        (
            "En skogsbrand norr om Storsjön har spridit sig över 200 hektar och räddningstjänsten "
            "har uppmanat boende i två byar att hålla dörrar och fönster stängda.",
            "Två helikoptrar och ett sextiotal brandmän deltar i släckningsarbetet under kvällen.",
        ),
        "Följ utvecklingen här nedan:",
        (
            (
                "20:55",
                "Vägen mot Storsjöbyn öppnad igen",
                "Trafikverket har öppnat vägen mot Storsjöbyn sedan branden flyttat sig norrut.",
            ),
            (
                "18:30",
                "Evakuering av campingplats",
                "Ett sjuttiotal gäster på campingen vid sjön har fått lämna området med buss.",
            ),
            (
                "15:10",
                "Branden upptäcktes vid lunch",
                "Branden upptäcktes av en flygande brandspanare strax efter klockan tolv.",
            ),
        ),
        "Röken syns ända från centrum i kväll.",
        "Räddningschefen räknar med att branden kan vara under kontroll till helgen.",
    ),
    (
        "tr",
        "İzmir'de deprem: son dakika gelişmeleri",
        (
            "İzmir açıklarında sabah saatlerinde meydana gelen 5,1 büyüklüğündeki deprem "
            "kentin birçok ilçesinde hissedildi.",
            "Valilik ilk belirlemelere göre can kaybı olmadığını, bazı eski binalarda hasar "
            "tespit edildiğini açıkladı.",
        ),
        "Gelişmeleri aşağıdan takip edebilirsiniz:",
        (
            (
                "14:30",
                "Okullarda eğitime bir gün ara",
                "Valilik, hasar tespit çalışmaları "
                "nedeniyle okulların yarın kapalı olacağını duyurdu.",
            ),
            (
                "11:50",
                "Artçı sarsıntılar sürüyor",
                "Deprem sonrası bölgede 3 büyüklüğünü aşan on iki artçı sarsıntı kaydedildi.",
            ),
            (
                "09:15",
                "Vatandaşlar parklarda bekliyor",
                "Depremden sonra birçok vatandaş "
                "evlerine girmeyerek parklarda beklemeyi tercih etti.",
            ),
        ),
        "Sahil yolunda insanlar sokağa çıktı, herkes telaşlı.",
        "Belediye parklara battaniye ve sıcak içecek dağıtmaya başladı.",
    ),
)


def tweet(post: str) -> str:
    return (
        f"<blockquote class='twitter-tweet'><p lang='und'>{post}</p>&mdash; Reporter "
        "(@reporter) <a href='https://x.example/reporter/status/1'>March 2</a></blockquote>"
    )


def _entry(shape: str, time: str, head: str, body: str, w_share: str) -> str:
    """One entry in the page's shape: an <article> with an <h3>, a <div> whose headline is
    a bold paragraph, or a list item with an <h2>."""
    if shape == "split":
        return f"<article class='post'><time>{time}</time><h3>{head}</h3>{body}{w_share}</article>"
    if shape == "bold":
        return (
            f"<div class='lb-entry'><span class='lb-time'>{time}</span><p><strong>{head}"
            f"</strong></p>{body}{w_share}</div>"
        )
    return f"<li class='tl-item'><time>{time}</time><h2>{head}</h2>{body}{w_share}</li>"


def _live(number: int, item: Live) -> None:
    lang, title, intro, pointer, items, post, after = item
    w = WORDS[lang]
    shape = ("split", "bold", "list")[number % 3]
    url = f"https://{w.host}/live/2026/03/02/{lang}-live-{number}"
    built = []
    for n, (time, head, text) in enumerate(items):
        body = paras(text) + (tweet(post) + paras(after) if n == 1 else "")
        built.append(_entry(shape, time, head, body, share(w)))
    built.insert(1, ad(w))
    if shape == "split":
        content = (
            f"<div class='live-summary'>{paras(*intro, pointer)}</div><section "
            f"class='live-feed'>{''.join(built)}</section>{load_more(w)}"
        )
    elif shape == "bold":
        content = (
            f"<div class='article-body'>{paras(*intro, pointer)}</div><div class='liveblog'>"
            f"{built[0]}{newsletter(w)}{''.join(built[1:])}</div>{load_more(w)}"
        )
    else:
        content = (
            f"<p class='standfirst'>{intro[0]}</p>{paras(intro[1], pointer)}<ol "
            f"class='timeline'>{''.join(built)}</ol>{load_more(w)}"
        )
    head = live_json(title, url, tuple(entry[1] for entry in items))
    must = (*intro, *(line for entry in items for line in entry[1:]), after)
    add(
        w,
        f"b73f_live_{lang}_{shape}",
        url,
        shell(w, title, content, head=head),
        must,
        (w.share, w.load_more, w.newsletter, w.advert),
    )


for _number, _item in enumerate(LIVES):
    _live(_number, _item)
