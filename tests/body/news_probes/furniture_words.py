"""A blind probe (round 61, issue 11): furniture that only its words tell, written before
reading the extractor. No class names the furniture here: a cookie notice as a bare
paragraph, a newsletter or donation ask in the text's own paragraph class ending on its
link, an unclassed affiliate disclosure over the text, an event promotion set between
paragraphs, a standing "republish this story" note, and Ghost's generic callout card holding
an appeal. Forty stories in thirty-one languages, in the round-60 shells.

Half the pages guard precision: the same words are the story's content there (a story
about a cookie ruling, a charity's report on its donations, a newsletter's own issue about
its subscribers, a festival's ticket sale, a Ghost callout holding the post's own update),
so those paragraphs are must-lines. Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes
from .prose_furniture import (
    Part,
    adder,
    arc,
    bespoke,
    drupal,
    ghost,
    hashed,
    linked,
    p,
    prose,
    wordpress,
)

PROBES = Probes()


def ask(text: str, link: str, href: str = "/subscribe") -> Part:
    """An ask as a bare paragraph ending on its link (the shell may class it like the text)."""
    return linked(text, link, href=href)


def callout(text: str, emoji: str = "💌", must: bool = False) -> Part:
    """Ghost's generic callout card: an appeal (furniture) or the post's own note (content)."""
    html = (
        "<div class='kg-card kg-callout-card kg-callout-card-grey'><div "
        f"class='kg-callout-emoji'>{emoji}</div><div class='kg-callout-text'>{text}</div></div>"
    )
    return Part(html, must=(text,)) if must else Part(html, out=(text,))


def button_ask(text: str, button: str, href: str = "/donate") -> Part:
    """An ask as a paragraph with a button link after it, in an unclassed wrapper."""
    return Part(f"<div><p>{text}</p><p><a href='{href}'>{button}</a></p></div>", out=(text,))


add = adder(PROBES)


# --- cookie notices as bare paragraphs, and stories about cookies

add(
    "en_bespoke_bare_cookie_paragraph_top",
    "https://www.harbourline-gazette.example.com/news/ferry-timetable-2027",
    "en",
    bespoke,
    "Winter ferry timetable cuts the last crossing",
    [
        prose(
            "This website uses cookies to improve your experience. By continuing to browse "
            "the site you are agreeing to our use of cookies."
        ),
        p(
            "The last ferry from Kelsing Pier to Drummond Isle will leave at half past eight "
            "from December, an hour earlier than this summer, the operator said on Tuesday."
        ),
        p(
            "Islanders who work late shifts on the mainland say the change leaves them with a "
            "choice between a hotel room and a forty-minute taxi to the southern slipway."
        ),
        p(
            "The operator blamed a shortage of deck crew and said it would review the "
            "timetable in March if it can recruit six more sailors over the winter."
        ),
    ],
)

add(
    "fr_wp_story_about_cookie_ruling_keeps_its_words",
    "https://www.le-courrier-numerique.example.fr/2026/10/amende-cookies/",
    "fr",
    wordpress,
    "Bannières de cookies : une amende record pour un site de voyages",
    [
        p(
            "L'autorité de protection des données a infligé jeudi une amende de deux millions "
            "d'euros au site de voyages Partiloin, dont la bannière de cookies ne proposait "
            "pas de bouton « Tout refuser » sur sa première page."
        ),
        p(
            "Selon la décision, refuser les cookies demandait quatre clics alors qu'un seul "
            "suffisait pour les accepter, ce que l'autorité juge contraire au consentement libre."
        ),
        p(
            "Le site dispose de trois mois pour modifier sa bannière. Ses avocats ont annoncé "
            "qu'ils feraient appel, estimant que les règles sur les cookies restaient floues."
        ),
        prose(
            "Nous utilisons des cookies pour vous offrir la meilleure expérience possible. En "
            "poursuivant votre navigation, vous acceptez leur utilisation."
        ),
    ],
)

add(
    "pl_drupal_cookie_sentence_after_text",
    "https://www.glos-doliny.example.pl/wiadomosci/most-na-sanie",
    "pl",
    drupal,
    "Nowy most na Sanie otwarty przed terminem",
    [
        p(
            "Nowy most drogowy na Sanie w Brzozowej Woli został otwarty w piątek, trzy "
            "tygodnie przed terminem zapisanym w umowie z wykonawcą."
        ),
        p(
            "Przeprawa skraca drogę do szpitala powiatowego o dwanaście kilometrów, a "
            "kierowcy ciężarówek nie muszą już jechać objazdem przez centrum Lasowic."
        ),
        p(
            "Koszt budowy wyniósł czterdzieści osiem milionów złotych, z czego połowę "
            "pokryły środki unijne."
        ),
        ask(
            "Ta strona korzysta z plików cookie. Korzystając ze strony, wyrażasz zgodę na ich "
            "używanie zgodnie z ustawieniami przeglądarki.",
            "Dowiedz się więcej",
            href="/polityka-cookies",
        ),
    ],
)

add(
    "de_hashed_story_about_cookie_banners_in_court",
    "https://www.netzrecht-heute.example.de/urteil-cookie-banner",
    "de",
    hashed,
    "Gericht: Cookie-Banner muss „Ablehnen“ gleich groß zeigen",
    [
        p(
            "Das Landgericht Hollstadt hat entschieden, dass ein Online-Shop seine Besucher "
            "nicht mit einem winzigen Ablehnen-Link zum Akzeptieren aller Cookies drängen darf."
        ),
        p(
            "Der Shop hatte argumentiert, wer die Website weiter nutze, stimme der Verwendung "
            "von Cookies ohnehin zu. Diese Formulierung reiche nach dem Urteil nicht aus."
        ),
        p(
            "Verbraucherschützer sprachen von einem Signal für die ganze Branche, weil viele "
            "Banner noch immer nur einen großen Knopf zum Zustimmen anbieten."
        ),
    ],
    after=(
        prose(
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Wenn "
            "Sie die Website weiter nutzen, gehen wir von Ihrem Einverständnis aus."
        ),
    ),
)

add(
    "ko_bespoke_cookie_paragraph_bottom",
    "https://www.haean-ilbo.example.kr/news/2026/10/fishing-port",
    "ko",
    bespoke,
    "해안 어항 정비 사업 내년 착공",
    [
        p(
            "해양수산부는 남부 해안의 작은 어항 네 곳을 정비하는 사업을 내년 봄에 착공한다고 "
            "밝혔다. 방파제를 높이고 선착장을 넓히는 것이 핵심이다."
        ),
        p(
            "어민들은 태풍 때마다 배를 육지로 끌어올려야 했다며 공사가 빨리 끝나기를 바란다고 "
            "말했다. 총 사업비는 이백억 원 규모다."
        ),
        prose(
            "이 웹사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다. 사이트를 계속 이용하시면 "
            "쿠키 사용에 동의하는 것으로 간주됩니다."
        ),
    ],
)

add(
    "tr_arc_cookie_sentence_between_paragraphs",
    "https://www.ege-postasi.example.com.tr/yerel/zeytin-hasadi-2026",
    "tr",
    arc,
    "Zeytin hasadında işçi sıkıntısı",
    [
        p(
            "Körfez köylerinde zeytin hasadı başladı ancak üreticiler bu yıl yeterli işçi "
            "bulamadıklarını, bazı ağaçların toplanamadan kalabileceğini söylüyor."
        ),
        ask(
            "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Siteyi "
            "kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.",
            "Ayrıntılı bilgi",
            href="/cerez-politikasi",
        ),
        p(
            "Kooperatif başkanı, günlük yevmiyenin geçen yıla göre yüzde kırk arttığını ve "
            "buna rağmen gençlerin şehirde kalmayı tercih ettiğini anlattı."
        ),
        p(
            "Bazı üreticiler hasat makinesi kiralamayı düşünüyor, fakat makinelerin yaşlı "
            "ağaçlara zarar vermesinden endişe ediliyor."
        ),
    ],
)

# --- sign-up asks in the text's own class, ending on their link; and newsletters' own posts

add(
    "fr_arc_newsletter_ask_with_link_mid_story",
    "https://www.ouest-matin.example.fr/societe/ecole-de-voile-fermee",
    "fr",
    arc,
    "L'école de voile de Port-Bréval ferme ses portes",
    [
        p(
            "Après quarante-deux saisons, l'école de voile de Port-Bréval ne rouvrira pas au "
            "printemps : la commune n'a pas trouvé de repreneur pour le bâtiment de la digue."
        ),
        p(
            "Les six moniteurs ont été reclassés dans les clubs voisins et les dériveurs seront "
            "vendus aux enchères le mois prochain au profit de la société de sauvetage."
        ),
        ask(
            "Vous aimez nos reportages sur la côte ? Recevez chaque vendredi notre lettre "
            "d'information gratuite dans votre boîte mail.",
            "Je m'inscris",
        ),
        p(
            "Les anciens élèves ont lancé une pétition qui a déjà recueilli mille huit cents "
            "signatures pour que la municipalité revoie sa décision."
        ),
    ],
)

add(
    "es_arc_newsletter_ask_end",
    "https://www.diario-del-valle.example.es/local/mercado-abastos-obras",
    "es",
    arc,
    "El mercado de abastos reabre tras dos años de obras",
    [
        p(
            "El mercado de abastos de Villaseca reabrió el sábado con cuarenta y dos puestos, "
            "una cubierta nueva y un aparcamiento subterráneo para doscientos coches."
        ),
        p(
            "Los comerciantes aseguran que la afluencia del primer día superó sus previsiones, "
            "aunque algunos se quejan de que el alquiler de los puestos ha subido un tercio."
        ),
        p(
            "El ayuntamiento estudia abrir también los domingos por la mañana durante el "
            "verano, cuando la ciudad recibe más visitantes."
        ),
        ask(
            "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de "
            "la comarca.",
            "Suscribirme",
        ),
    ],
)

add(
    "nl_wp_newsletter_issue_about_subscribers_keeps_its_words",
    "https://www.stadsbrief.example.nl/2026/10/vijfduizend-lezers/",
    "nl",
    wordpress,
    "De Stadsbrief heeft nu vijfduizend abonnees",
    [
        p(
            "Deze week passeerde onze nieuwsbrief de grens van vijfduizend abonnees. Toen we "
            "drie jaar geleden begonnen, schreven we voor tweehonderd buren in de Oosthoek."
        ),
        p(
            "De meeste nieuwe abonnees kwamen via de serie over de sluiting van het zwembad, "
            "die vaker werd doorgestuurd dan alles wat we eerder schreven."
        ),
        p(
            "We blijven de nieuwsbrief gratis versturen. Wie ons wil steunen, kan een "
            "vriendenlidmaatschap nemen, maar niemand hoeft te betalen om hem te lezen."
        ),
    ],
    after=(
        ask(
            "Nog geen abonnee? Schrijf je in en ontvang De Stadsbrief elke zondag gratis in je "
            "mailbox.",
            "Inschrijven",
        ),
    ),
)

add(
    "sv_hashed_newsletter_sentence_between_paragraphs",
    "https://www.norrlandsposten.example.se/nyheter/isvag-oppnar",
    "sv",
    hashed,
    "Isvägen till Storholmen öppnar tidigt",
    [
        p(
            "Isvägen över fjärden till Storholmen öppnar redan på lördag, två veckor tidigare "
            "än i fjol, efter en kall och vindstilla december."
        ),
        ask(
            "Vill du få de viktigaste nyheterna från länet varje morgon? Prenumerera på vårt "
            "kostnadsfria nyhetsbrev.",
            "Anmäl dig här",
        ),
        p(
            "Isen är trettiofem centimeter tjock vid landfästet, och vägen får till en början "
            "bara trafikeras av bilar som väger under två ton."
        ),
        p(
            "Trafikverket påminner om att man ska hålla minst femtio meters avstånd till bilen "
            "framför och aldrig stanna på isen."
        ),
    ],
)

add(
    "ru_drupal_telegram_ask_with_link",
    "https://www.pribrezhnye-vesti.example.ru/news/novaya-shkola",
    "ru",
    drupal,
    "В Заречном открылась новая школа",
    [
        p(
            "В посёлке Заречный в понедельник открылась новая школа на шестьсот учеников. "
            "Здание строили три года, сроки дважды переносили из-за подрядчика."
        ),
        p(
            "В школе есть бассейн, обсерватория на крыше и мастерские, где старшеклассники "
            "смогут учиться работать на станках."
        ),
        ask(
            "Подписывайтесь на наш канал в Телеграме, чтобы первыми узнавать главные новости "
            "района.",
            "Подписаться",
            href="https://t.me/example",
        ),
        p(
            "Родители жалуются, что автобус до школы пока ходит только два раза в день. В "
            "администрации обещают добавить рейсы с января."
        ),
    ],
)

add(
    "ja_wp_mail_magazine_ask",
    "https://www.yamabe-shimbun.example.jp/2026/10/tunnel/",
    "ja",
    wordpress,
    "峠のトンネル、来春に開通へ",
    [
        p(
            "県は二十日、山辺峠を貫く新しいトンネルが来年四月に開通すると発表した。"
            "冬の通行止めがなくなり、隣町までの時間は約二十分短くなる。"
        ),
        p(
            "地元の運送会社は、雪のたびに遠回りしていた配送が楽になると期待を寄せている。"
            "一方、峠の茶屋の店主は客が減ることを心配している。"
        ),
        ask(
            "山辺新聞のメールマガジンに登録すると、毎朝最新の地域ニュースをお届けします。",
            "無料で登録する",
        ),
    ],
)

add(
    "hu_arc_newsletter_and_donation_ask",
    "https://www.dunaparti-hirlap.example.hu/helyi/kompjarat",
    "hu",
    arc,
    "Újraindul a komp a Duna két partja között",
    [
        p(
            "Két év szünet után hétfőtől ismét közlekedik a komp Alsóréved és Felsőkeszi "
            "között, óránként egyszer, reggel hattól este nyolcig."
        ),
        p(
            "A felújított hajó tizenkét autót és hatvan utast szállíthat, a jegy ára "
            "személyautóval ezerkétszáz forint."
        ),
        ask(
            "Támogasd a független helyi újságírást! Már havi ezer forinttal is sokat segítesz "
            "abban, hogy tovább dolgozhassunk.",
            "Támogatom",
            href="/tamogatas",
        ),
        p(
            "A környékbeli gazdák szerint a komp nélkül negyven kilométert kellett kerülniük a "
            "legközelebbi hídig, ha a piacra akartak menni."
        ),
    ],
)

# --- donation asks, and a charity's report on its donations

add(
    "en_wp_donation_ask_with_button_end",
    "https://www.the-valley-record.example.org/2026/10/library-hours/",
    "en",
    wordpress,
    "County libraries will open on Sundays again",
    [
        p(
            "All nine branches of the Ashcombe County library will open on Sunday afternoons "
            "from January, reversing a cut made three years ago."
        ),
        p(
            "The county board found the money by renegotiating its energy contract, which had "
            "been costing the library service more than its book budget."
        ),
        p(
            "Librarians say Sunday was their busiest day before the cut, with families using "
            "the computers and the children's rooms."
        ),
        button_ask(
            "The Valley Record is a nonprofit newsroom. If you value local reporting like "
            "this, please make a donation today. Every gift helps us keep our journalism free "
            "for everyone.",
            "Donate now",
        ),
    ],
)

add(
    "en_drupal_charity_report_on_donations_keeps_its_words",
    "https://www.northgate-courier.example.co.uk/news/food-bank-winter",
    "en",
    drupal,
    "Food bank donations rise as winter demand grows",
    [
        p(
            "Donations to the Northgate food bank rose by a fifth this autumn, its trustees "
            "said in their quarterly report, but demand rose faster still."
        ),
        p(
            "The charity received eleven tonnes of food in September and October, most of it "
            "from supermarket collection points, and cash donations of about £14,000."
        ),
        p(
            "Its manager, Ruth Appleyard, said the shelves of tinned fish and cooking oil were "
            "empty by Thursday most weeks, and asked residents who could afford it to donate "
            "those items at the collection points in the town's two supermarkets."
        ),
        p(
            "The trustees plan to open a second distribution day on Saturdays if volunteers "
            "can be found to run it."
        ),
    ],
)

add(
    "de_bespoke_donation_ask_unclassed_end",
    "https://www.waldviertel-zeitung.example.at/region/schwimmbad",
    "de",
    bespoke,
    "Freibad Hohenau wird saniert",
    [
        p(
            "Das Freibad in Hohenau bleibt im kommenden Sommer geschlossen: Die Gemeinde "
            "lässt die Becken und die Filteranlage für 3,2 Millionen Euro erneuern."
        ),
        p(
            "Der Schwimmverein trainiert in dieser Zeit im Hallenbad der Nachbarstadt, die "
            "Gemeinde übernimmt die Kosten für den Bus."
        ),
        ask(
            "Unabhängiger Lokaljournalismus kostet Geld. Unterstützen Sie unsere Arbeit mit "
            "einem freiwilligen Beitrag, schon ab fünf Euro im Monat.",
            "Jetzt unterstützen",
            href="/unterstuetzen",
        ),
    ],
)

add(
    "it_hashed_charity_story_about_donating_blood_keeps_its_words",
    "https://www.cronaca-lagunare.example.it/salute/donatori-sangue",
    "it",
    hashed,
    "Mancano donatori di sangue, appello dell'ospedale",
    [
        p(
            "Il centro trasfusionale dell'ospedale di Santa Chiara ha scorte di sangue per soli "
            "tre giorni, la metà del livello di sicurezza."
        ),
        p(
            "«Chi è in buona salute e ha tra i diciotto e i sessantacinque anni può donare "
            "anche senza appuntamento, dalle otto alle undici», ha detto la primaria Elena "
            "Marzotto, che chiede ai cittadini di donare prima delle feste."
        ),
        p(
            "Le donazioni calano ogni anno a novembre, spiega l'associazione dei donatori, "
            "perché molti volontari abituali si ammalano di influenza."
        ),
    ],
)

add(
    "uk_wp_donation_ask_with_link_between_paragraphs",
    "https://www.pivdenni-visti.example.ua/2026/10/vodogin/",
    "uk",
    wordpress,
    "У Приморському відновили водогін",
    [
        p(
            "Комунальники завершили ремонт магістрального водогону в Приморському, і вода "
            "знову надходить до всіх будинків міста вперше за два тижні."
        ),
        ask(
            "Ми — незалежне видання, яке існує завдяки читачам. Підтримайте нашу роботу "
            "щомісячним внеском.",
            "Підтримати",
            href="/donate",
        ),
        p(
            "Поки тривав ремонт, мешканці набирали воду з цистерн, які двічі на день "
            "приїжджали до шкіл і лікарні."
        ),
        p(
            "Міська рада обіцяє до кінця року замінити ще два кілометри старих труб у "
            "центральній частині міста."
        ),
    ],
)

add(
    "ar_bespoke_donation_ask_end",
    "https://www.sawt-alwadi.example.com/local/2026/10/bridge",
    "ar",
    bespoke,
    "افتتاح جسر جديد فوق وادي الرمان",
    [
        p(
            "افتتحت البلدية يوم الأحد جسرًا جديدًا فوق وادي الرمان يربط بين الحيين الشرقي "
            "والغربي، بعد ثلاث سنوات من العمل."
        ),
        p(
            "وقال رئيس البلدية إن الجسر سيختصر الطريق إلى المدرسة الثانوية بنحو عشرين دقيقة "
            "للطلاب الذين كانوا يعبرون الوادي سيرًا على الأقدام."
        ),
        ask(
            "صوت الوادي منصة مستقلة تعتمد على دعم قرائها. ادعم صحافتنا المحلية بتبرع شهري.",
            "تبرع الآن",
            href="/donate",
        ),
    ],
    dir_="rtl",
)

add(
    "hi_arc_donation_ask_mid_story",
    "https://www.gaon-khabar.example.in/local/2026/10/pul",
    "hi",
    arc,
    "नदी पर नया पुल बनकर तैयार",
    [
        p(
            "सोनपुर और रामगढ़ के बीच नदी पर बना नया पुल सोमवार को आम लोगों के लिए खोल दिया गया। "
            "इसके बनने में चार साल लगे।"
        ),
        ask(
            "गाँव ख़बर एक स्वतंत्र मंच है जो पाठकों के सहयोग से चलता है। हमारी पत्रकारिता को "
            "सहयोग देने के लिए आज ही योगदान करें।",
            "सहयोग करें",
            href="/support",
        ),
        p(
            "पहले बरसात के दिनों में लोगों को नाव से नदी पार करनी पड़ती थी, जिसमें कई बार "
            "हादसे भी हुए। अब बस सेवा भी शुरू करने की योजना है।"
        ),
    ],
)

# --- affiliate disclosures over the text, and a story about affiliate rules

add(
    "es_bespoke_affiliate_disclosure_unclassed_top",
    "https://www.comparativas-hoy.example.es/cocina/freidoras-de-aire",
    "es",
    bespoke,
    "Probamos cinco freidoras de aire baratas",
    [
        prose(
            "Este artículo contiene enlaces de afiliados. Si compras a través de ellos, "
            "podemos recibir una comisión sin coste adicional para ti.",
            em=True,
        ),
        p(
            "Durante un mes cocinamos patatas, alitas y verduras en cinco freidoras de aire de "
            "menos de ochenta euros, y medimos el consumo de cada una con un enchufe medidor."
        ),
        p(
            "La que mejor resultado dio fue la más pequeña, aunque su cesta solo admite "
            "raciones para dos personas."
        ),
    ],
)

add(
    "it_wp_affiliate_disclosure_top",
    "https://www.provato-per-voi.example.it/2026/10/zaini-da-viaggio/",
    "it",
    wordpress,
    "Cinque zaini da viaggio alla prova del bagaglio a mano",
    [
        prose(
            "Questo articolo contiene link di affiliazione: se acquisti tramite questi link, "
            "potremmo ricevere una piccola commissione senza costi aggiuntivi per te."
        ),
        p(
            "Abbiamo portato cinque zaini su dieci voli di compagnie diverse, misurandoli ogni "
            "volta con la sagoma al gate."
        ),
        p(
            "Solo due sono sempre passati senza discussioni; il più capiente è stato fermato "
            "tre volte perché, pieno, superava di due centimetri la profondità consentita."
        ),
    ],
)

add(
    "ro_drupal_story_about_affiliate_rules_keeps_its_words",
    "https://www.jurnalul-de-consum.example.ro/stiri/reguli-afiliere",
    "ro",
    drupal,
    "Influencerii vor trebui să spună când primesc comision",
    [
        p(
            "Autoritatea pentru protecția consumatorilor a publicat joi reguli noi: cine "
            "recomandă produse pe internet prin link-uri de afiliere trebuie să spună clar că "
            "primește un comision din vânzare."
        ),
        p(
            "Mențiunea trebuie să apară la începutul postării, nu în josul paginii, și să fie "
            "scrisă în limba română, au precizat inspectorii."
        ),
        p(
            "Amenzile pentru cei care nu respectă regulile ajung la cincizeci de mii de lei, "
            "iar platformele vor fi obligate să șteargă postările."
        ),
    ],
)

add(
    "id_hashed_affiliate_disclosure_top",
    "https://www.ulasan-gawai.example.co.id/review/earbud-murah",
    "id",
    hashed,
    "Kami menguji lima earbud di bawah tiga ratus ribu",
    [
        prose(
            "Artikel ini mengandung tautan afiliasi. Jika Anda membeli melalui tautan "
            "tersebut, kami dapat menerima komisi tanpa biaya tambahan bagi Anda.",
            em=True,
        ),
        p(
            "Selama dua minggu kami memakai lima earbud murah di kereta, di pasar, dan saat "
            "berolahraga, lalu mengukur daya tahan baterai masing-masing."
        ),
        p(
            "Pemenangnya bertahan enam jam sekali isi, tetapi kotaknya terlalu besar untuk "
            "saku celana."
        ),
    ],
)

# --- event promotions set in the story, and a festival's own ticket story

add(
    "en_arc_event_promo_mid_story",
    "https://www.metro-ledger.example.com/business/harbour-warehouses",
    "en",
    arc,
    "Old harbour warehouses to become flats",
    [
        p(
            "The three brick warehouses on Tollgate Quay will be turned into 140 flats after "
            "the planning committee approved the scheme by five votes to four."
        ),
        ask(
            "Join us at the Ledger Business Breakfast on 12 November at the Corn Exchange, "
            "where local leaders will discuss the future of the waterfront. Tickets are "
            "limited.",
            "Book your place",
            href="/events",
        ),
        p(
            "A third of the flats will be let at below market rents, and the ground floors "
            "will hold shops and a small boatyard museum."
        ),
        p(
            "Objectors had argued that the quay's narrow road could not take the traffic; the "
            "developer has agreed to pay for a new junction."
        ),
    ],
)

add(
    "pt_drupal_festival_ticket_story_keeps_its_words",
    "https://www.jornal-da-serra.example.pt/cultura/festival-de-outono",
    "pt",
    drupal,
    "Festival de Outono regressa com bilhetes mais baratos",
    [
        p(
            "O Festival de Outono da Serra da Lousã regressa em novembro depois de dois anos "
            "de interrupção, com doze concertos em três aldeias."
        ),
        p(
            "Os bilhetes começam a ser vendidos na segunda-feira, na junta de freguesia e "
            "online, e custam metade do que custavam na última edição, graças a um apoio da "
            "câmara."
        ),
        p(
            "A organização pede a quem vem de longe que deixe o carro no parque da vila e use "
            "os autocarros gratuitos, porque as estradas das aldeias são estreitas."
        ),
    ],
)

add(
    "el_wp_event_promo_between_paragraphs",
    "https://www.nea-tou-limaniou.example.gr/2026/10/limani/",
    "el",
    wordpress,
    "Νέα προβλήτα για τα κρουαζιερόπλοια",
    [
        p(
            "Το λιμενικό ταμείο ενέκρινε την κατασκευή νέας προβλήτας για τα κρουαζιερόπλοια, "
            "ώστε να μη δένουν πια δίπλα στα αλιευτικά."
        ),
        ask(
            "Ελάτε στη συζήτηση που διοργανώνουμε για το μέλλον του λιμανιού την Πέμπτη 20 "
            "Νοεμβρίου στο Πνευματικό Κέντρο. Η είσοδος είναι ελεύθερη.",
            "Δηλώστε συμμετοχή",
            href="/ekdiloseis",
        ),
        p(
            "Οι ψαράδες λένε ότι τα μεγάλα πλοία ανακατεύουν τον βυθό και διώχνουν τα ψάρια "
            "από τον κόλπο κάθε καλοκαίρι."
        ),
        p("Το έργο θα κοστίσει οκτώ εκατομμύρια ευρώ και θα ολοκληρωθεί σε δύο χρόνια."),
    ],
)

add(
    "zh_bespoke_event_promo_end",
    "https://www.binhai-ribao.example.cn/news/2026/10/ditie",
    "zh",
    bespoke,
    "滨海地铁三号线年底试运行",
    [
        p("滨海市地铁三号线将于年底开始试运行，全长二十四公里，设站十八座，连接机场与老城区。"),
        p("市交通局表示，试运行期间暂不载客，正式开通时间将根据安全评估结果另行公布。"),
        ask(
            "欢迎参加本报主办的城市发展论坛，时间为十一月十五日下午两点，地点在市民中心三楼报告厅，名额有限。",
            "立即报名",
            href="/events",
        ),
    ],
)

# --- standing republishing notes, and a story about republishing

add(
    "en_bespoke_republish_note_end",
    "https://www.prairie-report.example.org/stories/water-rights-ruling",
    "en",
    bespoke,
    "Court sides with ranchers in river water dispute",
    [
        p(
            "The state supreme court ruled on Friday that ranchers along the Cottonwood River "
            "hold senior rights to its water, overturning a lower court's decision."
        ),
        p(
            "The ruling means the town of Bellcreek may have to cut its summer pumping by a "
            "third in dry years, its water manager said."
        ),
        p(
            "Lawyers for the town said they were studying the opinion and had not decided "
            "whether to ask for a rehearing."
        ),
        prose(
            "Republish this story for free. The Prairie Report's articles may be republished "
            "online or in print under a Creative Commons licence, as long as you credit us.",
            em=True,
        ),
    ],
)

add(
    "da_hashed_republish_note_end",
    "https://www.vestkysten-nyt.example.dk/artikel/klitter-fredes",
    "da",
    hashed,
    "Klitterne ved Stormby bliver fredet",
    [
        p(
            "Fredningsnævnet har besluttet at frede tre kilometer klitter syd for Stormby, "
            "hvor der ellers var planer om et sommerhusområde."
        ),
        p(
            "Grundejerne får erstatning, og stierne gennem klitterne bliver åbne for "
            "offentligheden hele året."
        ),
        prose(
            "Du er velkommen til at genudgive denne artikel gratis, så længe du krediterer "
            "Vestkysten Nyt og linker til den oprindelige artikel.",
            em=True,
        ),
    ],
)

add(
    "sw_wp_republish_note_end",
    "https://www.habari-za-pwani.example.co.ke/2026/10/bandari/",
    "sw",
    wordpress,
    "Bandari ndogo ya wavuvi yafunguliwa",
    [
        p(
            "Bandari mpya ya wavuvi katika kijiji cha Mwambao ilifunguliwa Jumamosi, na sasa "
            "boti hamsini zinaweza kutia nanga salama wakati wa upepo mkali."
        ),
        p(
            "Wavuvi walisema awali walilazimika kuvuta boti zao ufukweni kila jioni, kazi "
            "iliyochukua saa mbili."
        ),
        prose(
            "Makala hii inaweza kuchapishwa tena bila malipo chini ya leseni ya Creative "
            "Commons, mradi tu utaje Habari za Pwani kama chanzo.",
            em=True,
        ),
    ],
)

add(
    "no_drupal_story_about_republishing_keeps_its_words",
    "https://www.fjordavisa.example.no/nyheter/lokalaviser-deler",
    "nb",
    drupal,
    "Lokalaviser deler saker gratis med hverandre",
    [
        p(
            "Tolv lokalaviser på Vestlandet har avtalt å la hverandre publisere sakene sine "
            "gratis, så lenge den opprinnelige avisen får kreditt og lenke."
        ),
        p(
            "Redaktør Sigrid Hovland i Fjordavisa sier ordningen gjør det mulig å dekke "
            "fylkestinget uten å sende en journalist fra hver avis."
        ),
        p(
            "Medieforskere mener modellen kan bli viktig for små aviser, men advarer mot at "
            "alle aviser da trykker de samme sakene."
        ),
    ],
)

# --- Ghost's callout card: an appeal, or the post's own note

add(
    "en_ghost_callout_member_appeal",
    "https://www.riverside-dispatch.example.com/council-budget-vote/",
    "en",
    ghost,
    "Council approves a smaller budget for parks",
    [
        p(
            "The city council voted seven to two on Monday to cut the parks budget by twelve "
            "percent, closing two paddling pools and a greenhouse."
        ),
        callout(
            "The Dispatch is funded by its members. If you found this reporting useful, "
            "become a paying member for the price of a coffee a month."
        ),
        p(
            "Councillors who backed the cut said the money was needed to fill potholes after "
            "the wettest winter on record."
        ),
        p(
            "The two councillors who opposed it said the pools were the only free place for "
            "children in the east side to cool off in summer."
        ),
    ],
)

add(
    "fa_ghost_callout_post_update_keeps_its_words",
    "https://www.shahrnameh.example.com/kitabkhaneh-markazi/",
    "fa",
    ghost,
    "کتابخانه مرکزی شهر دوباره باز می‌شود",
    [
        p(
            "کتابخانه مرکزی شهر پس از دو سال بازسازی از هفته آینده دوباره به روی مردم باز "
            "می‌شود و ساعت کار آن تا ده شب تمدید شده است."
        ),
        callout(
            "به‌روزرسانی: پس از انتشار این گزارش، شهرداری اعلام کرد که افتتاح یک هفته عقب "
            "افتاده است.",
            emoji="📌",
            must=True,
        ),
        p(
            "سالن مطالعه تازه دویست صندلی دارد و بخش کودکان به طبقه همکف منتقل شده است تا "
            "خانواده‌ها راحت‌تر به آن دسترسی داشته باشند."
        ),
    ],
    dir_="rtl",
)

add(
    "vi_ghost_callout_support_appeal",
    "https://www.tin-que-nha.example.vn/cho-noi-cai-be/",
    "vi",
    ghost,
    "Chợ nổi thu hẹp dần vì ghe hàng vắng",
    [
        p(
            "Chợ nổi trên sông Tiền chỉ còn khoảng năm mươi ghe hàng mỗi sáng, chưa bằng một "
            "phần ba so với mười năm trước."
        ),
        p(
            "Nhiều tiểu thương đã chuyển sang bán hàng trên bờ hoặc bán qua mạng, vì đường bộ "
            "giờ đã thuận tiện hơn đường sông."
        ),
        callout(
            "Tin Quê Nhà là trang tin độc lập do độc giả nuôi dưỡng. Hãy ủng hộ chúng tôi để "
            "tiếp tục đưa tin về miền Tây.",
            emoji="🙏",
        ),
    ],
)

add(
    "he_ghost_callout_newsletter_appeal",
    "https://www.hamekomon.example.co.il/shuk-hair/",
    "he",
    ghost,
    "השוק העירוני יישאר פתוח גם בשבת",
    [
        p(
            "מועצת העיר אישרה ביום שני לפתוח את השוק העירוני גם בשבת בבוקר, לאחר שנה של "
            "מחלוקת בין הסוחרים לתושבי השכונה."
        ),
        p("התושבים הסכימו בתנאי שהפריקה תסתיים עד שמונה בבוקר ושהרחובות הסמוכים ייסגרו לתנועה."),
        callout(
            "רוצים לקבל את הכתבות שלנו ישירות למייל? הירשמו לניוזלטר השבועי של המקומון.",
            emoji="✉️",
        ),
    ],
    dir_="rtl",
)

# --- more scripts: Thai, Bengali, Czech, Finnish

add(
    "th_arc_line_follow_ask",
    "https://www.khao-thongthin.example.co.th/local/2026/10/talat",
    "th",
    arc,
    "ตลาดน้ำเปิดใหม่หลังน้ำลด",
    [
        p(
            "ตลาดน้ำริมคลองบางใหญ่กลับมาเปิดอีกครั้งเมื่อวันเสาร์ หลังจากปิดไปนานสองเดือน"
            "เพราะน้ำท่วม พ่อค้าแม่ค้ากว่าแปดสิบรายกลับมาขายของตามเดิม"
        ),
        p(
            "ผู้ใหญ่บ้านกล่าวว่าทางเทศบาลได้ซ่อมท่าเรือและทางเดินริมคลองเสร็จแล้ว "
            "และจะจัดเรือรับส่งนักท่องเที่ยวฟรีในเดือนแรก"
        ),
        ask(
            "ติดตามข่าวท้องถิ่นทุกวันได้ง่ายๆ เพียงเพิ่มเราเป็นเพื่อนในไลน์",
            "เพิ่มเพื่อน",
            href="https://line.example/add",
        ),
    ],
)

add(
    "bn_wp_cookie_and_donation_unclassed",
    "https://www.nodir-khobor.example.com.bd/2026/10/setu/",
    "bn",
    wordpress,
    "নদীর ওপর নতুন সেতু চালু",
    [
        prose(
            "এই ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে। সাইটটি ব্যবহার চালিয়ে "
            "গেলে আপনি কুকি ব্যবহারে সম্মতি দিচ্ছেন।"
        ),
        p(
            "দীর্ঘ অপেক্ষার পর সোমবার নদীর ওপর নতুন সেতুটি যান চলাচলের জন্য খুলে দেওয়া হয়েছে। "
            "এতে দুই উপজেলার মধ্যে যাতায়াতের সময় এক ঘণ্টা কমবে।"
        ),
        p("স্থানীয় কৃষকেরা বলছেন, এখন তাঁরা সহজেই শহরের বাজারে সবজি পৌঁছে দিতে পারবেন।"),
        ask(
            "নদীর খবর একটি স্বাধীন সংবাদমাধ্যম। আমাদের সাংবাদিকতা টিকিয়ে রাখতে আজই অনুদান দিন।",
            "অনুদান দিন",
            href="/donate",
        ),
    ],
)

add(
    "cs_hashed_newsletter_ask_unclassed",
    "https://www.podhorsky-denik.example.cz/zpravy/lanovka",
    "cs",
    hashed,
    "Lanovka na Vysoký vrch pojede i v létě",
    [
        p(
            "Lanová dráha na Vysoký vrch bude od příští sezony jezdit i v létě. Provozovatel "
            "chce přilákat cyklisty a rodiny s dětmi."
        ),
        p(
            "Na horní stanici vznikne rozhledna a dětské hřiště, obec na ně přispěje dvěma "
            "miliony korun."
        ),
        ask(
            "Chcete mít přehled o dění v regionu? Přihlaste se k odběru našeho newsletteru a "
            "každé ráno dostanete nejdůležitější zprávy do e-mailu.",
            "Přihlásit se",
        ),
        p(
            "Místní ubytovatelé doufají, že letní provoz prodlouží turistickou sezonu, která "
            "dosud končila s táním sněhu."
        ),
    ],
)

add(
    "fi_bespoke_newsletter_issue_own_post_keeps_its_words",
    "https://www.kylakirje.example.fi/kirjeet/2026-10-syksy",
    "fi",
    bespoke,
    "Kyläkirje: kiitos, tilaajat",
    [
        p(
            "Tämä kirje lähtee nyt tuhannelle tilaajalle. Kun aloitimme kaksi vuotta sitten, "
            "lähetimme sen kolmellekymmenelle naapurille Rantakylässä."
        ),
        p(
            "Moni teistä on kysynyt, miksi kirje on ilmainen. Vastaus on yksinkertainen: "
            "kyläkoulun ja kaupan uutiset kuuluvat kaikille, eivät vain maksaville."
        ),
        p(
            "Ensi kuussa kerromme, mitä kunnanvaltuusto päättää koulun tulevaisuudesta. "
            "Kokous on avoin kaikille, ja aiomme olla paikalla."
        ),
    ],
    after=(
        ask(
            "Tilaa Kyläkirje ilmaiseksi sähköpostiisi, niin saat jokaisen kirjeen ensimmäisenä.",
            "Tilaa nyt",
        ),
    ),
)
