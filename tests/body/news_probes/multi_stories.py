"""The invented stories of the multi-article probes: per language three (``a`` the newest,
then ``b`` a day older, ``c`` two days older), so that a page may lead with one and append
the others, older or newer. Every name, place and sentence here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from .multi_kit import Story

CET = timezone(timedelta(hours=1))
EET = timezone(timedelta(hours=2))
MSK = timezone(timedelta(hours=3))
TRT = timezone(timedelta(hours=3))
JST = timezone(timedelta(hours=9))
WIB = timezone(timedelta(hours=7))
BRT = timezone(timedelta(hours=-3))
CEST = timezone(timedelta(hours=2))


def story(slug: str, title: str, author: str, when: datetime, shown: str, *paras: str) -> Story:
    return Story(slug, title, author, when, shown, paras)


STORIES: dict[str, dict[str, Story]] = {
    "en": {
        "a": story(
            "harbour-crane-returns",
            "Restored harbour crane returns to the quay at Millbrook",
            "Hannah Greaves",
            datetime(2024, 3, 14, 9, 30, tzinfo=UTC),
            "14 March 2024, 09:30",
            "The steam crane that loaded coal at Millbrook for ninety years was lifted back "
            "onto its old rails on Wednesday after three winters in a restoration shed.",
            "Volunteers of the harbour trust replaced every rivet of the jib by hand, and the "
            "boiler passed its pressure test at the first attempt last month.",
            "The trust plans to run the crane on the first Sunday of each month, when "
            "visitors will be able to climb into the cab and work the levers themselves.",
        ),
        "b": story(
            "library-fines-scrapped",
            "Millbrook library scraps late fines for children",
            "Omar Pell",
            datetime(2024, 3, 13, 16, 5, tzinfo=UTC),
            "13 March 2024, 16:05",
            "Children will no longer pay fines for books brought back late to the county's "
            "libraries, the council's culture committee decided on Tuesday evening.",
            "Librarians had reported that families stayed away for months over debts of a "
            "few pounds, and loans fell most in the poorest wards of the town.",
        ),
        "c": story(
            "cycle-lane-consultation",
            "Consultation opens on a cycle lane along the old canal",
            "Priya Dawes",
            datetime(2024, 3, 12, 11, 0, tzinfo=UTC),
            "12 March 2024, 11:00",
            "Residents have six weeks to comment on plans for a two-way cycle lane on the "
            "towpath between the railway station and the business park.",
            "The canal trust wants a speed limit for bicycles and wider passing places near "
            "the locks, where walkers and anglers gather in summer.",
        ),
    },
    "de": {
        "a": story(
            "faehre-elektrisch",
            "Elektrofähre über den Auensee nimmt den Betrieb auf",
            "Katrin Oberle",
            datetime(2024, 4, 9, 7, 15, tzinfo=CET),
            "09.04.2024, 07:15 Uhr",
            "Seit Dienstagmorgen pendelt die neue Elektrofähre im Zwanzig-Minuten-Takt "
            "zwischen Oberried und dem Strandbad am Westufer des Auensees.",
            "Die Batterien werden an beiden Anlegern während des Ein- und Aussteigens "
            "geladen, sodass das Schiff den ganzen Tag ohne längere Pause fahren kann.",
            "Die Gemeinde rechnet damit, dass im Sommer bis zu tausend Radfahrer am Tag den "
            "Umweg über die Bundesstraße sparen und stattdessen übersetzen.",
        ),
        "b": story(
            "schwimmbad-sanierung",
            "Hallenbad in Oberried bleibt bis zum Herbst geschlossen",
            "Markus Feldhaus",
            datetime(2024, 4, 8, 18, 40, tzinfo=CET),
            "08.04.2024, 18:40 Uhr",
            "Bei der Sanierung des Hallenbads sind unter den Fliesen marode Leitungen "
            "gefunden worden, die nun vollständig ersetzt werden müssen.",
            "Die Schulen weichen für den Schwimmunterricht bis zu den Herbstferien auf das "
            "Bad der Nachbarstadt aus, ein Bus bringt die Klassen dorthin.",
        ),
        "c": story(
            "wochenmarkt-abend",
            "Wochenmarkt öffnet künftig auch am Donnerstagabend",
            "Selin Arslan",
            datetime(2024, 4, 7, 10, 0, tzinfo=CET),
            "07.04.2024, 10:00 Uhr",
            "Ab Mai stehen die Marktstände auf dem Lindenplatz zusätzlich donnerstags von "
            "sechzehn bis einundzwanzig Uhr, mit Musik und Imbissen.",
            "Die Händler hoffen auf Berufstätige, die samstags keine Zeit für den Einkauf "
            "haben und bisher in die Supermärkte am Stadtrand fahren.",
        ),
    },
    "fr": {
        "a": story(
            "tramway-prolongement",
            "Le tramway de Valmont prolongé jusqu'à l'hôpital",
            "Camille Royer",
            datetime(2024, 5, 21, 8, 0, tzinfo=CEST),
            "21 mai 2024 à 08h00",
            "Les premières rames ont desservi mardi matin les quatre nouvelles stations "
            "entre la place du Marché et le centre hospitalier de Valmont.",
            "Les travaux, commencés il y a trois ans, ont coûté quatre-vingts millions "
            "d'euros et ont nécessité le déplacement de plusieurs réseaux souterrains.",
            "La métropole promet un passage toutes les six minutes aux heures de pointe et "
            "un service prolongé jusqu'à une heure du matin le week-end.",
        ),
        "b": story(
            "cantine-bio",
            "Les cantines de Valmont passent au tout bio",
            "Julien Marchetti",
            datetime(2024, 5, 20, 17, 30, tzinfo=CET),
            "20 mai 2024 à 17h30",
            "À partir de la rentrée, tous les repas servis dans les écoles primaires de la "
            "ville seront préparés avec des produits issus de l'agriculture biologique.",
            "La mairie a signé des contrats avec onze fermes des environs, qui livreront "
            "légumes, laitages et viande deux fois par semaine à la cuisine centrale.",
        ),
        "c": story(
            "festival-jazz",
            "Le festival de jazz du port dévoile son affiche",
            "Aïcha Benali",
            datetime(2024, 5, 19, 12, 0, tzinfo=CET),
            "19 mai 2024 à 12h00",
            "Une trentaine de groupes joueront début juillet sur les quais du vieux port, "
            "dont plusieurs formations venues d'Afrique de l'Ouest.",
            "Les concerts de l'après-midi resteront gratuits, tandis que les soirées sur la "
            "grande scène coûteront quinze euros la place.",
        ),
    },
    "es": {
        "a": story(
            "huertos-urbanos",
            "Los huertos urbanos de Río Claro duplican sus parcelas",
            "Lucía Ferrer",
            datetime(2024, 2, 27, 10, 45, tzinfo=CET),
            "27 de febrero de 2024, 10:45",
            "El ayuntamiento de Río Claro ha cedido dos solares abandonados junto a la "
            "estación para ampliar los huertos vecinales, que tenían lista de espera.",
            "Cada parcela mide veinte metros cuadrados y se adjudica por sorteo durante dos "
            "años, con prioridad para jubilados y familias con niños pequeños.",
            "Los hortelanos compartirán un cobertizo de herramientas y un depósito de agua "
            "de lluvia que recoge el tejado de la antigua nave de mercancías.",
        ),
        "b": story(
            "autobus-nocturno",
            "Río Claro estrena una línea de autobús nocturno",
            "Andrés Molina",
            datetime(2024, 2, 26, 19, 20, tzinfo=CET),
            "26 de febrero de 2024, 19:20",
            "La nueva línea circular funcionará los viernes y sábados de medianoche a las "
            "seis de la mañana y unirá el centro con los tres barrios del sur.",
            "Los vecinos llevaban años pidiendo el servicio, porque el último autobús salía "
            "de la plaza Mayor a las once y media de la noche.",
        ),
        "c": story(
            "biblioteca-horario",
            "La biblioteca municipal abrirá los domingos",
            "Marta Iglesias",
            datetime(2024, 2, 25, 9, 0, tzinfo=CET),
            "25 de febrero de 2024, 09:00",
            "Durante la temporada de exámenes, la biblioteca central abrirá también los "
            "domingos por la mañana para los estudiantes que necesiten silencio.",
            "La medida se revisará en junio según el número de visitantes que registren los "
            "tornos de la entrada cada fin de semana.",
        ),
    },
    "it": {
        "a": story(
            "ponte-ciclabile",
            "Aperto il nuovo ponte ciclabile sul fiume a Borgoverde",
            "Giulia Rinaldi",
            datetime(2024, 6, 3, 11, 20, tzinfo=timezone(timedelta(hours=2))),
            "3 giugno 2024 ore 11:20",
            "Dopo due anni di cantiere è stato inaugurato lunedì il ponte riservato a "
            "pedoni e biciclette che collega il centro di Borgoverde al quartiere San Rocco.",
            "La struttura in legno lamellare è lunga centoventi metri e di sera viene "
            "illuminata da una fila di lampade a basso consumo lungo il parapetto.",
            "Il comune stima che almeno duemila persone al giorno lo useranno per andare a "
            "scuola e al lavoro senza passare dalla statale trafficata.",
        ),
        "b": story(
            "mercato-coperto",
            "Il mercato coperto di Borgoverde torna in piazza",
            "Davide Conti",
            datetime(2024, 6, 2, 16, 0, tzinfo=timezone(timedelta(hours=2))),
            "2 giugno 2024 ore 16:00",
            "Finiti i lavori di restauro della tettoia in ghisa, i banchi di frutta, pesce "
            "e formaggi sono tornati sotto le arcate ottocentesche della piazza.",
            "Gli ambulanti hanno ottenuto un orario più lungo il sabato e uno spazio per i "
            "produttori della valle che vendono solo nei mesi estivi.",
        ),
        "c": story(
            "museo-gratis",
            "Musei civici gratuiti la prima domenica del mese",
            "Sara Esposito",
            datetime(2024, 6, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
            "1 giugno 2024 ore 09:30",
            "Da luglio l'ingresso ai tre musei civici sarà gratuito ogni prima domenica del "
            "mese, con visite guidate per famiglie al mattino.",
            "L'assessore alla cultura spera di avvicinare i residenti che non visitano le "
            "collezioni da quando erano bambini con la scuola.",
        ),
    },
    "pt": {
        "a": story(
            "passadico-rio",
            "Passadiço sobre o rio liga as duas margens de Vila Serra",
            "Beatriz Lopes",
            datetime(2024, 7, 15, 14, 0, tzinfo=BRT),
            "15/07/2024 14h00",
            "O novo passadiço de madeira sobre o rio Claro foi aberto na segunda-feira e "
            "encurta para cinco minutos a travessia entre os dois bairros de Vila Serra.",
            "A obra custou quatro milhões de reais e inclui rampas de acesso para cadeiras de "
            "rodas e bancos à sombra a cada cinquenta metros.",
            "A prefeitura promete iluminação nocturna e vigilância por câmeras até ao fim do "
            "mês, depois de reclamações dos moradores sobre a segurança.",
        ),
        "b": story(
            "feira-livros",
            "Feira do livro de Vila Serra volta à praça central",
            "Rafael Nunes",
            datetime(2024, 7, 14, 10, 30, tzinfo=BRT),
            "14/07/2024 10h30",
            "Sessenta editoras participam na feira deste ano, que vai decorrer durante dez "
            "dias na praça central com sessões de autógrafos todas as noites.",
            "As escolas municipais receberam vales para que cada aluno possa escolher um "
            "livro gratuitamente durante as visitas de turma.",
        ),
        "c": story(
            "horta-escolar",
            "Alunos de Vila Serra colhem a primeira horta escolar",
            "Ana Carvalho",
            datetime(2024, 7, 13, 8, 0, tzinfo=BRT),
            "13/07/2024 08h00",
            "Os alunos da escola Dom Pedro colheram alfaces, feijão e abóboras plantados no "
            "início do ano no terreno ao lado do ginásio.",
            "A colheita foi para a cozinha da escola, e as sementes guardadas serão usadas "
            "pelas turmas do próximo ano lectivo.",
        ),
    },
    "nl": {
        "a": story(
            "veerpont-terug",
            "Veerpont bij Zandwijk vaart weer na maanden stilstand",
            "Sanne de Vries",
            datetime(2024, 8, 20, 6, 45, tzinfo=timezone(timedelta(hours=2))),
            "20 augustus 2024, 06:45",
            "Na een half jaar op de werf vaart de veerpont tussen Zandwijk en Oosterhoek "
            "sinds dinsdagochtend weer volgens de oude dienstregeling.",
            "De pont kreeg een nieuwe elektrische motor en een bredere klep, zodat fietsers "
            "met een aanhanger voortaan zonder problemen aan boord kunnen.",
            "Forensen moesten de afgelopen maanden een omweg van twaalf kilometer via de "
            "brug bij de snelweg maken, wat hun een half uur per rit kostte.",
        ),
        "b": story(
            "zwembad-buiten",
            "Buitenbad Zandwijk blijft langer open door warm weer",
            "Daan Bakker",
            datetime(2024, 8, 19, 15, 10, tzinfo=timezone(timedelta(hours=2))),
            "19 augustus 2024, 15:10",
            "Het openluchtbad aan de dijk sluit dit jaar pas half september, twee weken "
            "later dan gepland, omdat de weersverwachting gunstig blijft.",
            "De gemeente betaalt de extra kosten voor de badmeesters uit het potje voor "
            "sport dat dit jaar niet helemaal is opgemaakt.",
        ),
        "c": story(
            "bieb-nieuw",
            "Nieuwe bibliotheek Zandwijk krijgt een dakterras",
            "Fatima El Amrani",
            datetime(2024, 8, 18, 9, 0, tzinfo=timezone(timedelta(hours=2))),
            "18 augustus 2024, 09:00",
            "Het ontwerp voor de nieuwe bibliotheek op het stationsplein is gekozen: een "
            "gebouw van hout met een dakterras waar bezoekers kunnen lezen.",
            "De bouw begint volgend voorjaar en de opening staat gepland voor de zomer van "
            "het jaar daarna, als alle vergunningen op tijd rond zijn.",
        ),
    },
    "pl": {
        "a": story(
            "kladka-otwarta",
            "Nowa kładka nad Wartą w Borowie już otwarta",
            "Agnieszka Wróbel",
            datetime(2024, 9, 10, 12, 0, tzinfo=timezone(timedelta(hours=2))),
            "10 września 2024, 12:00",
            "Pieszo-rowerowa kładka łącząca stare miasto z osiedlem Zielone Wzgórze została "
            "oddana do użytku we wtorek w południe.",
            "Konstrukcja ma dwieście metrów długości i jest oświetlona wieczorem, a na obu "
            "brzegach powstały stojaki na rowery i ławki.",
            "Urząd miasta szacuje, że mieszkańcy osiedla skrócą sobie drogę do centrum o "
            "kwadrans, bo nie muszą już jechać przez most drogowy.",
        ),
        "b": story(
            "tramwaj-nocny",
            "Borów uruchamia nocną linię tramwajową",
            "Tomasz Kaczmarek",
            datetime(2024, 9, 9, 18, 0, tzinfo=timezone(timedelta(hours=2))),
            "9 września 2024, 18:00",
            "Od października tramwaje będą kursować także w nocy z piątku na sobotę i z "
            "soboty na niedzielę, co pół godziny między dworcem a pętlą Lesica.",
            "Radni zgodzili się na pilotaż po petycji studentów, którzy wracając z zajęć "
            "wieczornych musieli czekać na autobus ponad godzinę.",
        ),
        "c": story(
            "park-lesny",
            "Park leśny w Borowie z nowymi ścieżkami",
            "Karolina Zając",
            datetime(2024, 9, 8, 8, 30, tzinfo=timezone(timedelta(hours=2))),
            "8 września 2024, 08:30",
            "W parku leśnym wytyczono trzy nowe ścieżki spacerowe z tablicami o ptakach i "
            "drzewach rosnących nad rzeką.",
            "Najdłuższa trasa liczy sześć kilometrów i kończy się przy wieży widokowej, z "
            "której przy dobrej pogodzie widać góry.",
        ),
    },
    "sv": {
        "a": story(
            "farja-el",
            "Eldriven färja ersätter dieselbåten i Strömvik",
            "Elin Sjöberg",
            datetime(2024, 10, 2, 7, 0, tzinfo=timezone(timedelta(hours=2))),
            "2 oktober 2024 kl. 07.00",
            "Den nya eldrivna färjan mellan Strömvik och ön Granholmen gick sin första tur "
            "med passagerare på onsdagsmorgonen.",
            "Batterierna laddas vid kajen i Strömvik under tiden bilarna kör av och på, och "
            "överfarten tar fortfarande tolv minuter.",
            "Kommunen räknar med att spara nästan en miljon kronor om året i bränsle och att "
            "bullret för de boende vid hamnen minskar kraftigt.",
        ),
        "b": story(
            "skola-mat",
            "Skolorna i Strömvik lagar maten på plats igen",
            "Johan Lindqvist",
            datetime(2024, 10, 1, 13, 30, tzinfo=timezone(timedelta(hours=2))),
            "1 oktober 2024 kl. 13.30",
            "Efter flera år med mat som kördes ut från ett centralkök ska varje skola få "
            "ett eget kök och egna kockar från nästa termin.",
            "Föräldrar och elever har klagat på att maten blev kall och smaklös under "
            "transporten mellan köket och skolorna på landsbygden.",
        ),
        "c": story(
            "cykelbana",
            "Ny cykelbana längs kusten klar före jul",
            "Amira Haddad",
            datetime(2024, 9, 30, 10, 0, tzinfo=timezone(timedelta(hours=2))),
            "30 september 2024 kl. 10.00",
            "Den sista delen av cykelbanan mellan Strömvik och fiskeläget Norrby asfalteras "
            "under november och ska vara klar före jul.",
            "Banan följer den gamla banvallen och blir belyst på sträckan genom skogen, där "
            "många skolbarn cyklar på morgonen.",
        ),
    },
    "cs": {
        "a": story(
            "lavka-vltava",
            "Nová lávka v Lipové spojila oba břehy řeky",
            "Tereza Novotná",
            datetime(2024, 11, 5, 9, 0, tzinfo=CET),
            "5. listopadu 2024 9:00",
            "Lávka pro pěší a cyklisty přes řeku v Lipové byla v úterý ráno slavnostně "
            "otevřena po téměř dvou letech stavby.",
            "Ocelová konstrukce je dlouhá sto osmdesát metrů a večer ji osvětlují lampy "
            "zabudované do zábradlí, aby neoslňovaly lodníky.",
            "Radnice očekává, že lidé ze sídliště za řekou ušetří cestou do centra až "
            "dvacet minut, protože nemusí objíždět přes silniční most.",
        ),
        "b": story(
            "knihovna-nedele",
            "Městská knihovna v Lipové bude otevřená i v neděli",
            "Jakub Dvořák",
            datetime(2024, 11, 4, 15, 45, tzinfo=CET),
            "4. listopadu 2024 15:45",
            "Od prosince bude ústřední knihovna otevřená také v neděli odpoledne, hlavně "
            "kvůli studentům, kteří se připravují na zkoušky.",
            "Zastupitelstvo na to uvolnilo peníze na dva nové knihovníky a na prodloužení "
            "smlouvy s ostrahou budovy.",
        ),
        "c": story(
            "trh-farmar",
            "Farmářské trhy se stěhují na nádvoří zámku",
            "Petra Svobodová",
            datetime(2024, 11, 3, 8, 0, tzinfo=CET),
            "3. listopadu 2024 8:00",
            "Sobotní farmářské trhy se od jara přesunou z parkoviště u nádraží na nádvoří "
            "zámku, kde je více stínu a místa pro stánky.",
            "Prodejci si stěžovali na prach a hluk z parkoviště a zákazníci zase na to, že "
            "neměli kde v klidu posedět.",
        ),
    },
    "tr": {
        "a": story(
            "balik-hali",
            "Karaköy'de yeni balık hali hizmete açıldı",
            "Elif Yıldız",
            datetime(2024, 12, 3, 10, 0, tzinfo=TRT),
            "3 Aralık 2024 10:00",
            "Sahil ilçesi Karaköy'de yeni balık hali salı sabahı düzenlenen törenle hizmete "
            "açıldı ve balıkçılar ilk tezgahlarını kurdu.",
            "Halde kırk tezgah, soğuk hava deposu ve buz makinesi bulunuyor; balıkçılar "
            "avlarını sabahın erken saatlerinde doğrudan satabilecek.",
            "Belediye, halin kış aylarında da açık kalacağını ve hafta sonları çocuklara "
            "yönelik yemek atölyeleri düzenleneceğini açıkladı.",
        ),
        "b": story(
            "otobus-gece",
            "Karaköy'e gece otobüsü geliyor",
            "Mehmet Aydın",
            datetime(2024, 12, 2, 17, 0, tzinfo=TRT),
            "2 Aralık 2024 17:00",
            "Ocak ayından itibaren ilçe merkezi ile sanayi sitesi arasında gece yarısından "
            "sonra da otobüs seferleri yapılacak.",
            "Vardiyalı çalışan işçiler uzun süredir gece taşımacılığı talep ediyor ve "
            "taksi ücretlerinden şikayet ediyordu.",
        ),
        "c": story(
            "park-yenilendi",
            "Sahil parkı yenilenen oyun alanıyla açıldı",
            "Zeynep Kaya",
            datetime(2024, 12, 1, 9, 0, tzinfo=TRT),
            "1 Aralık 2024 09:00",
            "Sahil parkındaki eski oyun alanı yıkılarak yerine engelli çocukların da "
            "kullanabileceği yeni bir alan yapıldı.",
            "Parka ayrıca gölgelik, içme suyu çeşmesi ve bisiklet park yeri eklendi, "
            "çalışmalar üç ay sürdü.",
        ),
    },
    "ru": {
        "a": story(
            "most-peshehodny",
            "В Заречье открыли новый пешеходный мост",
            "Анна Смирнова",
            datetime(2024, 4, 18, 11, 0, tzinfo=MSK),
            "18 апреля 2024, 11:00",
            "Пешеходный мост через реку, соединяющий старый город с новым микрорайоном, "
            "открыли в четверг после двух лет строительства.",
            "Длина моста составляет сто шестьдесят метров, вечером его освещают фонари, "
            "встроенные в перила, а на обоих берегах поставили велопарковки.",
            "Жители микрорайона теперь добираются до центра пешком за десять минут, а "
            "раньше им приходилось ехать в объезд через автомобильный мост.",
        ),
        "b": story(
            "biblioteka-noch",
            "Библиотека Заречья будет работать до полуночи",
            "Дмитрий Орлов",
            datetime(2024, 4, 17, 16, 30, tzinfo=MSK),
            "17 апреля 2024, 16:30",
            "Во время сессии центральная городская библиотека продлит часы работы до "
            "полуночи, чтобы студентам было где готовиться к экзаменам.",
            "Читальный зал на втором этаже оборудуют дополнительными розетками, а у входа "
            "поставят автомат с горячими напитками.",
        ),
        "c": story(
            "rynok-vyhodnye",
            "Фермерский рынок переедет на набережную",
            "Ольга Кузнецова",
            datetime(2024, 4, 16, 9, 0, tzinfo=MSK),
            "16 апреля 2024, 09:00",
            "С мая фермерский рынок выходного дня переедет с привокзальной площади на "
            "набережную, где больше места для прилавков.",
            "Продавцы давно жаловались на шум и пыль от автобусов, а покупателям не хватало "
            "скамеек и тени в жаркие дни.",
        ),
    },
    "ja": {
        "a": story(
            "ferry-denki",
            "港町・浜川に電動フェリーが就航",
            "佐藤 美咲",
            datetime(2024, 5, 8, 9, 0, tzinfo=JST),
            "2024年5月8日 9:00",
            "浜川港と対岸の島を結ぶ新しい電動フェリーが八日朝に就航し、通勤客や観光客を乗せて初便が出航した。",
            "船の電池は乗り降りの間に桟橋で充電され、一日を通して二十分おきに運航できるという。",
            "市は年間の燃料費を大幅に減らせるほか、港周辺の騒音も少なくなると期待している。",
        ),
        "b": story(
            "toshokan-yoru",
            "浜川市立図書館、夜九時まで開館へ",
            "高橋 健太",
            datetime(2024, 5, 7, 15, 0, tzinfo=JST),
            "2024年5月7日 15:00",
            "浜川市立図書館は六月から平日の開館時間を夜九時まで延長し、仕事帰りの市民も利用しやすくする。",
            "延長に合わせて閲覧席を二十席増やし、静かに勉強できる部屋も新たに設ける予定だ。",
        ),
        "c": story(
            "ichiba-asa",
            "朝市が駅前広場に移転、毎週日曜に開催",
            "山本 直子",
            datetime(2024, 5, 6, 8, 0, tzinfo=JST),
            "2024年5月6日 8:00",
            "港の倉庫前で開かれていた朝市が、来月から駅前広場に移り毎週日曜の朝に開かれることになった。",
            "出店する農家や漁師は約三十軒で、駅を利用する観光客にも地元の味を知ってもらいたいとしている。",
        ),
    },
    "ar": {
        "a": story(
            "jisr-mushat",
            "افتتاح جسر جديد للمشاة في مدينة الوادي",
            "ليلى حداد",
            datetime(2024, 3, 5, 10, 0, tzinfo=EET),
            "5 مارس 2024 - 10:00",
            "افتتحت بلدية مدينة الوادي صباح الثلاثاء جسرا جديدا للمشاة والدراجات يربط "
            "الحي القديم بالضفة الأخرى من النهر بعد عامين من العمل.",
            "ويبلغ طول الجسر مئة وخمسين مترا، وتضيئه ليلا مصابيح مثبتة في الدرابزين، كما "
            "أقيمت على طرفيه مواقف للدراجات ومقاعد للاستراحة.",
            "ويقول السكان إن الطريق إلى السوق المركزي صار يستغرق عشر دقائق بعد أن كان "
            "يتطلب الالتفاف عبر جسر السيارات المزدحم.",
        ),
        "b": story(
            "maktaba-layl",
            "المكتبة العامة في الوادي تمدد ساعات عملها",
            "سامي الخطيب",
            datetime(2024, 3, 4, 17, 0, tzinfo=EET),
            "4 مارس 2024 - 17:00",
            "أعلنت المكتبة العامة أنها ستفتح أبوابها حتى منتصف الليل خلال فترة الامتحانات "
            "لتوفير مكان هادئ للطلاب.",
            "وستضاف إلى قاعة القراءة مقاعد جديدة ومقابس كهربائية، إلى جانب ركن للمشروبات "
            "الساخنة عند المدخل.",
        ),
        "c": story(
            "souq-mazarie",
            "سوق المزارعين ينتقل إلى الكورنيش",
            "نور الهدى سليمان",
            datetime(2024, 3, 3, 9, 0, tzinfo=EET),
            "3 مارس 2024 - 09:00",
            "ينتقل سوق المزارعين الأسبوعي اعتبارا من الشهر المقبل من ساحة المحطة إلى "
            "الكورنيش حيث المساحة أوسع والظل أكثر.",
            "وكان الباعة قد اشتكوا من الغبار وضجيج الحافلات، بينما طالب الزبائن بأماكن "
            "للجلوس في أيام الحر.",
        ),
    },
    "id": {
        "a": story(
            "jembatan-baru",
            "Jembatan penyeberangan baru di Sukamaju resmi dibuka",
            "Rina Kartika",
            datetime(2024, 6, 11, 10, 0, tzinfo=WIB),
            "11 Juni 2024, 10:00 WIB",
            "Jembatan penyeberangan orang yang menghubungkan pasar lama Sukamaju dengan "
            "kampung di seberang sungai diresmikan pada Selasa pagi.",
            "Jembatan sepanjang seratus meter itu dilengkapi lampu penerangan dan pagar "
            "pengaman, sehingga aman dilalui anak sekolah pada sore hari.",
            "Warga sebelumnya harus memutar sejauh tiga kilometer melewati jembatan jalan "
            "raya yang padat kendaraan setiap pagi.",
        ),
        "b": story(
            "bus-sekolah",
            "Pemkot Sukamaju tambah armada bus sekolah gratis",
            "Budi Santoso",
            datetime(2024, 6, 10, 14, 0, tzinfo=WIB),
            "10 Juni 2024, 14:00 WIB",
            "Mulai tahun ajaran baru, pemerintah kota menambah sepuluh bus sekolah gratis "
            "untuk melayani desa-desa di lereng gunung.",
            "Orang tua murid menyambut baik kebijakan itu karena selama ini anak-anak harus "
            "menumpang truk sayur untuk berangkat ke sekolah.",
        ),
        "c": story(
            "pasar-malam",
            "Pasar malam Sukamaju kembali digelar setiap Sabtu",
            "Dewi Lestari",
            datetime(2024, 6, 9, 19, 0, tzinfo=WIB),
            "9 Juni 2024, 19:00 WIB",
            "Setelah dua tahun vakum, pasar malam di alun-alun Sukamaju kembali digelar "
            "setiap Sabtu dengan lebih dari seratus pedagang.",
            "Panitia menyediakan tempat parkir di halaman kantor kecamatan dan petugas "
            "kebersihan yang bekerja hingga tengah malam.",
        ),
    },
}
