"""The blind68l news live pages: storms, strikes, summits and trials, one a language."""

from __future__ import annotations

from ._kit import Entry, Words, add, embed, image

DE = Words(
    lang="de",
    share="Eintrag teilen",
    copy_link="Link zum Eintrag kopieren",
    pinned="Angeheftet",
    load_more="Ältere Einträge laden",
    updated="Aktualisiert vor 4 Minuten",
    ticker_title="Weitere Liveticker",
    ticker=("Landtag im Liveticker", "Bahnstreik: Alle Entwicklungen"),
    key_points="Das Wichtigste in Kürze",
    view_on="Beitrag auf X ansehen",
)
add(
    "sturm_ostsee",
    DE,
    "Sturmflut an der Ostsee: Die Lage im Liveblog",
    (
        "Der Pegel in Wismar liegt fast zwei Meter über dem mittleren Wasserstand.",
        "Die Fähren nach Poel und Hiddensee fahren bis Montag nicht.",
    ),
    (
        "Ein Sturmtief drückt seit dem Abend Wasser in die westliche Ostsee, die Behörden "
        "rechnen mit der höchsten Flut seit zwanzig Jahren.",
    ),
    (
        Entry(
            "14:52 Uhr",
            "Altstadt von Wismar teilweise überflutet",
            (
                "Am Alten Hafen steht das Wasser knöcheltief in den Gassen, die Feuerwehr "
                "pumpt seit Mittag Keller leer.",
            ),
            image("Feuerwehrleute am Alten Hafen in Wismar."),
        ),
        Entry(
            "14:10 Uhr",
            "",
            (
                "Der Deutsche Wetterdienst hat die Unwetterwarnung für Rügen bis "
                "Sonntagmorgen verlängert.",
            ),
            embed(
                DE,
                "Bitte meiden Sie die Uferpromenade, die Wellen schlagen über die Mauer.",
                "Polizei Rostock (@polizei_hro)",
            ),
        ),
        Entry(
            "13:31 Uhr",
            "Schulen bleiben geschlossen",
            (
                "Das Bildungsministerium in Schwerin hat den Unterricht an allen Schulen der "
                "Küstenkreise für Montag abgesagt.",
                "Eine Notbetreuung soll es in den Grundschulen trotzdem geben, teilte die "
                "Ministerin mit.",
            ),
        ),
    ),
    pinned=Entry(
        "12:00 Uhr",
        "Hier finden Sie die Notrufnummern",
        ("Das Bürgertelefon des Landkreises ist rund um die Uhr unter 0385 000 000 erreichbar.",),
    ),
    also_hashed=True,
)

FR = Words(
    lang="fr",
    share="Partager ce post",
    copy_link="Copier le lien du post",
    pinned="Épinglé",
    load_more="Voir plus de posts",
    updated="Mis à jour il y a 3 minutes",
    ticker_title="Les autres directs",
    ticker=("Direct : la réforme au Sénat", "Suivez la Ligue 1 en direct"),
    key_points="Ce qu'il faut retenir",
    view_on="Voir la publication sur X",
)
add(
    "greve_transports",
    FR,
    "Grève dans les transports : suivez la journée en direct",
    (
        "Un train régional sur trois circule en Occitanie ce mardi.",
        "Le métro de Toulouse fonctionne normalement jusqu'à 20 heures.",
    ),
    (
        "Les syndicats de cheminots appellent à une troisième journée de mobilisation contre "
        "la fermeture de petites lignes.",
    ),
    (
        Entry(
            "16h45",
            "Le cortège arrive place du Capitole",
            (
                "Plusieurs milliers de manifestants ont rejoint la place en milieu "
                "d'après-midi, selon la préfecture.",
            ),
        ),
        Entry(
            "15h20",
            "La ministre promet une réunion jeudi",
            (
                "Interrogée à l'Assemblée, la ministre des Transports a proposé de recevoir "
                "les syndicats jeudi matin.",
            ),
            embed(
                FR,
                "Nous serons au rendez-vous jeudi, mais la grève continue.",
                "Syndicat Rail Sud (@railsud)",
            ),
        ),
        Entry(
            "14h02",
            "",
            (
                "Les guichets de la gare de Montauban resteront fermés toute la journée, "
                "faute de personnel.",
            ),
        ),
    ),
    layout="timeline",
    also_hashed=True,
)

ES = Words(
    lang="es",
    share="Compartir esta entrada",
    copy_link="Copiar enlace",
    pinned="Fijado",
    load_more="Cargar más entradas",
    updated="Actualizado hace 2 minutos",
    ticker_title="Otros directos",
    ticker=("Directo: pleno del Congreso", "La Vuelta, etapa a etapa"),
    key_points="Claves del día",
    view_on="Ver publicación en X",
)
add(
    "incendio_sierra",
    ES,
    "Incendio en la sierra de Gredos, última hora",
    (
        "El fuego ha calcinado unas 1.200 hectáreas desde el viernes.",
        "Unos 400 vecinos de dos pueblos siguen desalojados.",
    ),
    (),
    (
        Entry(
            "18:40",
            "Los medios aéreos se retiran al anochecer",
            (
                "Los once hidroaviones que trabajaban en el flanco norte han vuelto a sus "
                "bases y los bomberos seguirán por tierra durante la noche.",
            ),
        ),
        Entry(
            "17:15",
            "Reabre la carretera de El Arenal",
            (
                "La Guardia Civil ha levantado el corte de la carretera tras dos días cerrada.",
                "Los vecinos de Mombeltrán todavía no pueden volver a sus casas, según el alcalde.",
            ),
            image("Un bombero forestal en el flanco norte del incendio."),
        ),
        Entry(
            "16:03",
            "",
            (
                "El viento ha girado hacia el sur y empuja las llamas hacia zonas ya "
                "quemadas, lo que facilita el trabajo de los equipos.",
            ),
        ),
    ),
    layout="bare",
    also_hashed=True,
)

IT = Words(
    lang="it",
    share="Condividi questo aggiornamento",
    copy_link="Copia il link",
    pinned="In evidenza",
    load_more="Carica altri aggiornamenti",
    updated="Aggiornato 6 minuti fa",
    ticker_title="Altre dirette",
    ticker=("Diretta Senato: il voto sulla manovra", "Serie A, la diretta della giornata"),
    key_points="I punti chiave",
    view_on="Guarda il post su X",
)
add(
    "vertice_ue",
    IT,
    "Vertice europeo a Bruxelles, la diretta",
    (
        "I capi di governo discutono il bilancio fino a tarda notte.",
        "Sul tavolo anche il fondo per le regioni colpite dall'alluvione.",
    ),
    (
        "La seconda giornata del vertice si apre con un accordo ancora lontano sul bilancio "
        "pluriennale.",
    ),
    (
        Entry(
            "23:10",
            "Fumata nera sul bilancio",
            (
                "Il presidente del Consiglio europeo ha sospeso la riunione senza un'intesa, "
                "i lavori riprenderanno domattina alle nove.",
            ),
        ),
        Entry(
            "21:35",
            "La premier: «Nessun passo indietro»",
            (
                "Lasciando la sala per una pausa, la premier ha detto ai giornalisti che "
                "l'Italia non accetterà tagli ai fondi di coesione.",
            ),
            embed(
                IT, "Una giornata lunga, il negoziato continua.", "Consiglio europeo (@consiglioUE)"
            ),
        ),
        Entry(
            "20:05",
            "",
            (
                "Secondo fonti diplomatiche, la nuova bozza riduce di tre miliardi la "
                "dotazione per l'agricoltura.",
            ),
        ),
    ),
    pinned=Entry(
        "09:00",
        "Come seguire la diretta",
        (
            "Questa pagina si aggiorna in automatico con le dichiarazioni dei leader e le "
            "bozze del testo finale.",
        ),
    ),
)

NL = Words(
    lang="nl",
    share="Deel dit bericht",
    copy_link="Kopieer link",
    pinned="Vastgezet",
    load_more="Laad meer berichten",
    updated="Bijgewerkt 5 minuten geleden",
    ticker_title="Andere liveblogs",
    ticker=("Liveblog: de formatie", "Eredivisie live"),
    key_points="In het kort",
    view_on="Bekijk dit bericht op X",
)
add(
    "storing_spoor",
    NL,
    "Grote storing op het spoor rond Utrecht: liveblog",
    (
        "Tussen Utrecht en Amersfoort rijden de hele middag geen treinen.",
        "Reizigers wordt aangeraden de bus via Zeist te nemen.",
    ),
    (
        "Een kapotte wissel bij Utrecht Centraal legt sinds het begin van de ochtend een "
        "groot deel van het treinverkeer stil.",
    ),
    (
        Entry(
            "15.20 uur",
            "Monteurs verwachten morgenochtend klaar te zijn",
            (
                "ProRail zegt dat de wissel vannacht wordt vervangen en dat de eerste treinen "
                "om zes uur weer rijden.",
            ),
        ),
        Entry(
            "13.55 uur",
            "",
            (
                "Op het station in Amersfoort staan lange rijen bij de bushaltes, de "
                "vervoerder zet extra bussen in.",
            ),
            image("Wachtende reizigers bij het busstation van Amersfoort."),
        ),
        Entry(
            "12.30 uur",
            "Reizigersvereniging wil compensatie",
            (
                "De reizigersvereniging vraagt de spoorwegen om alle getroffen reizigers hun "
                "ritprijs terug te geven.",
            ),
        ),
    ),
    layout="timeline",
)

PL = Words(
    lang="pl",
    share="Udostępnij wpis",
    copy_link="Skopiuj link do wpisu",
    pinned="Przypięty",
    load_more="Pokaż starsze wpisy",
    updated="Zaktualizowano 7 minut temu",
    ticker_title="Inne relacje na żywo",
    ticker=("Sejm na żywo: głosowanie nad budżetem", "Ekstraklasa: relacja z meczu"),
    key_points="Najważniejsze informacje",
    view_on="Zobacz wpis na X",
)
add(
    "powodz_klodzko",
    PL,
    "Wysoka woda w Kotlinie Kłodzkiej. Relacja na żywo",
    (
        "Nysa Kłodzka przekroczyła stan alarmowy w trzech miejscach.",
        "Do akcji skierowano dodatkowe zastępy straży z Wrocławia.",
    ),
    ("Od nocy pada bez przerwy, a synoptycy zapowiadają kolejne opady do środy.",),
    (
        Entry(
            "19:25",
            "Ewakuacja szpitala w Kłodzku",
            (
                "Pacjentów z oddziału na parterze przeniesiono na wyższe piętra, a część "
                "przewieziono do Wałbrzycha.",
            ),
        ),
        Entry(
            "18:02",
            "",
            ("Wojewoda ogłosił, że szkoły w powiecie kłodzkim będą jutro zamknięte.",),
            embed(PL, "Prosimy nie wjeżdżać na zalane drogi.", "Policja Dolnośląska (@policja_ds)"),
        ),
        Entry(
            "16:40",
            "Mieszkańcy układają worki z piaskiem",
            (
                "Przy moście w Bystrzycy wolontariusze od rana napełniają worki, piasek "
                "dowozi gmina.",
            ),
        ),
    ),
    also_hashed=True,
)

PT = Words(
    lang="pt",
    share="Partilhar esta atualização",
    copy_link="Copiar ligação",
    pinned="Fixado",
    load_more="Ver mais atualizações",
    updated="Atualizado há 8 minutos",
    ticker_title="Outros diretos",
    ticker=("Direto: debate do Orçamento", "Liga Portugal ao minuto"),
    key_points="O essencial",
    view_on="Ver publicação no X",
)
add(
    "greve_professores",
    PT,
    "Greve de professores: acompanhe ao minuto",
    (
        "A adesão à greve ronda os 70 por cento no distrito de Braga.",
        "O ministro recebe os sindicatos na sexta-feira.",
    ),
    (
        "Os professores voltam a parar para exigir a contagem integral do tempo de serviço "
        "congelado.",
    ),
    (
        Entry(
            "17:30",
            "Manifestação junta milhares em Lisboa",
            (
                "O desfile saiu do Marquês de Pombal e terminou frente ao ministério, sem "
                "incidentes registados pela polícia.",
            ),
            image("Professores na Avenida da Liberdade."),
        ),
        Entry(
            "15:12",
            "",
            ("Em Coimbra, onze escolas secundárias estiveram fechadas durante toda a manhã.",),
        ),
        Entry(
            "13:48",
            "Pais queixam-se da falta de aviso",
            (
                "A confederação das associações de pais pede que as escolas avisem as "
                "famílias com dois dias de antecedência.",
            ),
        ),
    ),
    layout="bare",
)

SV = Words(
    lang="sv",
    share="Dela inlägget",
    copy_link="Kopiera länk",
    pinned="Fäst inlägg",
    load_more="Visa fler inlägg",
    updated="Uppdaterad för 9 minuter sedan",
    ticker_title="Fler direktrapporter",
    ticker=("Direkt: partiledardebatten", "Allsvenskan just nu"),
    key_points="Det här har hänt",
    view_on="Se inlägget på X",
)
add(
    "snokaos_norrland",
    SV,
    "Snökaoset i Norrland – senaste nytt",
    (
        "E4 är avstängd mellan Umeå och Skellefteå.",
        "Flera tusen hushåll saknar el efter nattens storm.",
    ),
    ("Ett oväntat kraftigt snöfall har lamslagit trafiken längs kusten sedan tidig morgon.",),
    (
        Entry(
            "16:05",
            "Tågen till Luleå ställs in",
            (
                "Trafikverket meddelar att inga tåg går norr om Umeå förrän tidigast i morgon "
                "eftermiddag.",
            ),
        ),
        Entry(
            "14:47",
            "",
            (
                "Räddningstjänsten har fått hjälp av Hemvärnet för att nå bilister som "
                "fastnat på väg 95.",
            ),
            embed(
                SV,
                "Stanna hemma om du kan, vägarna är farliga.",
                "Polisen Västerbotten (@polisen_ac)",
            ),
        ),
        Entry(
            "13:20",
            "Elbolaget lovar ström till kvällen",
            (
                "Nätbolaget säger att de flesta kunder i Robertsfors ska ha el igen före "
                "klockan sex.",
            ),
        ),
    ),
    layout="timeline",
    also_hashed=True,
)
