"""Single lines of newsroom furniture set among the paragraphs: kickers, bylines, agency
credits and notes, captions, consent placeholders, ad-slot labels."""

from __future__ import annotations

import json

from .pages import Probes, page

PROBES = Probes()

# --- Polish, hashed-class markup: a chart under a heading waits for consent; its title, the
# consent heading, the notice and its buttons are no text (the heading over it is).
PROBES.add(
    "pl_chart_consent_placeholder",
    "https://www.example.pl/gospodarka/ceny-mieszkan-2026",
    page(
        "pl",
        "Ceny mieszkań rosną wolniej",
        "<main><article class='st-x7q'><h1 class='hd-k2'>Ceny mieszkań rosną wolniej</h1>"
        "<section class='sec-1'><p class='txt-4p'>Ceny mieszkań w dużych miastach wzrosły w "
        "drugim kwartale o dwa procent, najmniej od trzech lat, wynika z danych banku "
        "centralnego.</p></section><section class='sec-1'><h2 class='sub-8w'>Gdzie jest "
        "najdrożej?</h2></section><section class='sec-1'><figure class='embed-wrap'><p "
        "class='embed-head'>Średnia cena metra kwadratowego w miastach wojewódzkich</p><div "
        "class='embed-gate'><p class='gate-note'>Ten wykres pochodzi z serwisu zewnętrznego. "
        "Gdy go włączysz, Twój adres IP zostanie przesłany do tego serwisu.</p><p "
        "class='gate-heading'>Potrzebna zgoda na treści zewnętrzne</p><button>Akceptuję"
        "</button></div></figure></section>"
        "<section class='sec-1'><p class='txt-4p'>Najwięcej za metr kwadratowy płaci się w "
        "stolicy, gdzie średnia cena przekroczyła szesnaście tysięcy złotych, podają "
        "analitycy.</p><p class='txt-4p'>Ekonomiści tłumaczą spowolnienie wyższymi stopami "
        "procentowymi i końcem rządowego programu dopłat do kredytów, który przez rok "
        "napędzał popyt na mniejsze mieszkania.</p></section></article></main>",
    ),
    ("Ceny mieszkań w dużych miastach", "Gdzie jest najdrożej?", "Najwięcej za metr kwadratowy"),
    ("Potrzebna zgoda na treści zewnętrzne", "Twój adres IP", "Średnia cena metra"),
)

# --- Turkish: the same kind of placeholder for a map embed.
PROBES.add(
    "tr_map_consent_placeholder",
    "https://www.example.com.tr/yerel/deprem-toplanma-alanlari",
    page(
        "tr",
        "Toplanma alanları yenilendi",
        "<main><article><h1>Toplanma alanları yenilendi</h1><div class='content-text'>"
        "<p>Belediye, ilçedeki kırk iki deprem toplanma alanının tabelalarını yeniledi ve her "
        "alana içme suyu deposu yerleştirdi.</p><div class='embed-box'><div "
        "class='embed-box__title'>Harita: toplanma alanları</div><div "
        "class='embed-box__notice'><p class='notice-title'>Harici içerik için onayınız "
        "gerekli</p><p>Harita bir dış hizmetten yüklenir; yükleme sırasında IP adresiniz bu "
        "hizmetle paylaşılır.</p><button>Onaylıyorum</button></div></div>"
        "<p>Vatandaşlar en yakın alanı belediyenin internet sitesinden ve mobil uygulamasından "
        "öğrenebilecek.</p></div></article></main>",
    ),
    ("Belediye, ilçedeki kırk iki deprem", "Vatandaşlar en yakın alanı"),
    ("Harici içerik için onayınız gerekli", "IP adresiniz"),
)

# --- English, Arc: "MORE:" interstitial links in capitals between paragraphs.
PROBES.add(
    "en_arc_more_interstitial",
    "https://www.example.com/news/2026/02/11/city-budget-vote/",
    page(
        "en",
        "Council passes budget after all-night session",
        "<main><article><h1>Council passes budget after all-night session</h1><div "
        "class='article-body'>"
        "<p class='article-body__paragraph'>The city council approved a $2.1 billion budget at "
        "5 a.m. on Wednesday after a twelve-hour meeting in which residents lined up to speak "
        "about library hours and road repairs.</p>"
        "<p class='article-body__interstitial'><strong>MORE:</strong> <a href='/news/1'>Library "
        "branches to open on Sundays starting in spring</a></p>"
        "<p class='article-body__paragraph'>The budget adds forty bus drivers and restores "
        "funding for two swimming pools that were due to close this summer.</p>"
        "<p class='article-body__interstitial'><strong>RELATED:</strong> <a href='/news/2'>Pool "
        "closures spark petition with 8,000 signatures</a></p>"
        "<p class='article-body__paragraph'>Council member Ruth Abara, who voted against it, "
        "said the plan relies on a tax on parking that has not yet been approved by the state."
        "</p></div></article></main>",
    ),
    (
        "The city council approved a $2.1 billion budget",
        "The budget adds forty bus drivers",
        "Council member Ruth Abara",
    ),
    ("Library branches to open on Sundays", "Pool closures spark petition"),
)

# --- Swedish: a bare recirculation link as its own paragraph, no label, between paragraphs.
PROBES.add(
    "sv_bare_link_paragraph",
    "https://www.example.se/nyheter/inrikes/vargen-skjuten",
    page(
        "sv",
        "Länsstyrelsen tillåter skyddsjakt på varg",
        "<main><article><h1>Länsstyrelsen tillåter skyddsjakt på varg</h1><div "
        "class='article-body'>"
        "<p>Länsstyrelsen i Norrbo har beslutat om skyddsjakt på en varg som under sommaren "
        "dödat nio får på tre gårdar i kommunens norra del.</p>"
        "<p><a href='/nyheter/inrikes/fargardar'>Fårbönder kräver ersättning efter vargangrepp"
        "</a></p>"
        "<p>Jakten får pågå i två veckor inom en radie av tio kilometer från den senaste "
        "attacken, skriver länsstyrelsen i sitt beslut.</p>"
        "<p>Naturskyddsföreningen överväger att överklaga beslutet till förvaltningsrätten.</p>"
        "</div></article></main>",
    ),
    (
        "Länsstyrelsen i Norrbo har beslutat",
        "Jakten får pågå i två veckor",
        "Naturskyddsföreningen överväger",
    ),
    ("Fårbönder kräver ersättning",),
)

# --- Korean: a photo caption and credit inside the text, and a "[예시일보 홍길동 기자]" credit.
PROBES.add(
    "ko_caption_and_reporter_line",
    "https://www.example.co.kr/news/2026/06/festival",
    page(
        "ko",
        "강변 축제에 십만 명 몰려",
        "<main><article><h1>강변 축제에 십만 명 몰려</h1><div id='articleBody'>"
        "<p>[예시일보 이서준 기자] 주말 동안 열린 강변 빛 축제에 십만 명이 넘는 관람객이 "
        "몰렸다고 축제 조직위원회가 밝혔다.</p>"
        "<figure><img src='/f.jpg' alt=''><figcaption>지난 토요일 밤 강변에서 시민들이 불꽃놀이를 "
        "보고 있다. 사진=조직위원회 제공</figcaption></figure>"
        "<p>조직위는 올해 처음으로 강 위에 떠 있는 무대를 설치했으며, 지역 음식 장터에도 긴 줄이 "
        "이어졌다.</p><p>내년 축제는 기간을 사흘에서 닷새로 늘릴 예정이다.</p></div></article>"
        "</main>",
    ),
    ("주말 동안 열린 강변 빛 축제에", "조직위는 올해 처음으로", "내년 축제는 기간을"),
    ("사진=조직위원회 제공",),
)

# --- "The story goes on below the ad" lines set as paragraphs where an ad slot interrupts the
# text, in five languages; the slot's own label too.
for _lang, _line, _label, _texts in (
    (
        "pl",
        "Dalsza część artykułu pod reklamą",
        "Reklama",
        (
            "Straż pożarna z Lipowa dostała w piątek nowy wóz gaśniczy, pierwszy od dwudziestu "
            "lat, kupiony ze zbiórki mieszkańców i dotacji gminy.",
            "Komendant Tadeusz Mroczek powiedział, że stary wóz trafi do muzeum pożarnictwa w "
            "sąsiednim powiecie.",
        ),
    ),
    (
        "sv",
        "Artikeln fortsätter under annonsen",
        "Annons",
        (
            "Biblioteket i Granvik utökar sina öppettider till klockan tjugo på vardagar från "
            "och med nästa månad, meddelar kommunen.",
            "Bibliotekschefen Maja Ekholm säger att kvällarna är populära bland studenter som "
            "saknar en lugn plats att läsa på.",
        ),
    ),
    (
        "ru",
        "Продолжение статьи после рекламы",
        "Реклама",
        (
            "В посёлке Берёзовка открылась новая поликлиника, в которой будут принимать "
            "двенадцать врачей, сообщили в районной администрации.",
            "Раньше жителям приходилось ездить к специалистам в областной центр за сто километров.",
        ),
    ),
    (
        "ja",
        "記事の続きは広告の後で",
        "広告",
        (
            "北山市は、市内の小中学校の給食を来年度から無償化すると発表した。対象は約九千人"
            "で、年間の費用は約八億円を見込む。",
            "市長は記者会見で「子育て世帯の負担を少しでも減らしたい」と述べた。",
        ),
    ),
    (
        "id",
        "Scroll untuk melanjutkan membaca",
        "Iklan",
        (
            "Pemerintah desa Sukamaju membangun jembatan gantung baru yang menghubungkan dua "
            "dusun yang selama ini terpisah oleh sungai.",
            "Warga kini tidak perlu lagi menyeberang dengan rakit saat musim hujan, kata kepala "
            "desa Ahmad Fauzi.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_continues_after_ad",
        f"https://www.example.com/{_lang}/news/continues-after-ad",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><div class='ad-slot'><span class='ad-label'>{_label}</span><div "
            f"id='gpt-ad-1'></div></div><p>{_line}</p><p>{_texts[1]}</p></div></article></main>",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_line,),
    )

# --- Round 34: what the body kept that is not the article (issue 11's precision on news).
# A kicker set right above the headline, in the headline's own box, with no standfirst
# beside it to carry it away: a topic label or a badge ("Live"), not the text's first line.
for _lang, _kicker, _headline, _texts in (
    (
        "cs",
        "Po odstoupení starosty",
        "Zastupitelstvo Lipové zvolí nové vedení v pondělí",
        (
            "Zastupitelé obce Lipová se sejdou v pondělí večer, aby zvolili nového starostu "
            "poté, co dosavadní starosta Karel Mráz minulý týden nečekaně odstoupil.",
            "Podle místostarostky Jany Vlčkové má obec dva kandidáty a hlasovat se bude "
            "veřejně, jak to zastupitelstvo schválilo už loni na podzim.",
        ),
    ),
    (
        "it",
        "Diretta",
        "Maltempo, fiume Orba sorvegliato speciale nella notte",
        (
            "La protezione civile di Valmezzana ha chiuso tre ponti sul fiume Orba dopo che "
            "il livello dell'acqua è salito di due metri in poche ore.",
            "Il sindaco Paolo Ferri ha chiesto ai residenti delle zone basse di non uscire di "
            "casa fino a domattina, quando è previsto il picco della piena.",
        ),
    ),
    (
        "fi",
        "Selvitys",
        "Kirjaston aukioloajat pitenevät Koivulassa ensi vuonna",
        (
            "Koivulan kaupunginkirjasto on ensi vuodesta auki myös sunnuntaisin, kun "
            "kaupunginvaltuusto hyväksyi lisärahoituksen maanantain kokouksessaan.",
            "Kirjastonjohtaja Sari Lehtonen kertoo, että sunnuntain aukiolo on ollut "
            "asukaskyselyjen toivotuin muutos jo usean vuoden ajan.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_kicker_over_headline",
        f"https://www.example.com/{_lang}/news/kicker-over-headline",
        page(
            _lang,
            _headline,
            f"<main><article class='story'><div class='story-head'><div class='topline'>"
            f"{_kicker}</div><h1 class='story-title'>{_headline}</h1></div>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_kicker,),
    )

# A list article whose places are headed by links to their own pages, each with one line:
# the same shape as a card, but a run of them, of one template, is the text's list.
PROBES.add(
    "en_list_of_linked_places",
    "https://www.example.com/travel/2026/07/02/three-lakes",
    page(
        "en",
        "Three lakes for a quiet weekend",
        "<main><article><h1>Three lakes for a quiet weekend</h1><div class='entry-content'>"
        "<p>Summer crowds skip the small lakes north of Redmere, which is exactly why they are "
        "worth the longer drive on a Friday afternoon.</p><div class='place'><h2><a "
        "href='/places/lake-orm'>Lake Orm</a></h2><p>A shallow lake with a sandy shore and a "
        "café that rents rowing boats by the hour.</p></div><div class='place'><h2><a "
        "href='/places/tarn-vale'>Tarn Vale</a></h2><p>Cold, deep water below a pine wood, "
        "with a path around the shore that takes two hours.</p></div><div class='place'><h2><a "
        "href='/places/greyholm'>Greyholm</a></h2><p>The only one with a campsite, booked out "
        "in August but quiet in early June.</p></div><p>All three are signposted from the "
        "main road, and the car parks are free before nine.</p></div></article></main>",
    ),
    (
        "A shallow lake with a sandy shore",
        "Cold, deep water below a pine wood",
        "The only one with a campsite",
        "All three are signposted",
    ),
    (),
)

# A byline with a stamp of weeks, months or years ago, as themes write a post's age.
PROBES.add(
    "en_byline_months_ago",
    "https://www.example.com/community/2026/01/20/choir-festival",
    page(
        "en",
        "Choir festival fills the town hall",
        "<main><article><h1>Choir festival fills the town hall</h1><div class='post-body'>"
        "<p>Nadia Okoro|Published 3 months ago</p><p>Eleven choirs "
        "from across the valley sang at the Brackwell town hall on Saturday, the largest "
        "festival since it began in 1998.</p><p>The organisers said tickets sold out within a "
        "week and that next year's festival will add a second evening.</p></div></article>"
        "</main>",
    ),
    ("Eleven choirs from across the valley", "tickets sold out within a week"),
    ("Published 3 months ago",),
)

# The <h1> set in the breadcrumb for search engines, the headline the reader sees written as
# an <h2> over the standfirst (a kicker and the title in spans): the headline, not the text's
# first section heading.
for _lang, _kicker, _title, _texts in (
    (
        "de",
        "Nach dem Hochwasser",
        "Brücke in Talheim bleibt bis zum Sommer gesperrt",
        (
            "Die Brücke über die Lauter in Talheim bleibt nach den Schäden durch das Hochwasser "
            "mindestens bis Ende Juni für den Verkehr gesperrt.",
            "Ein Gutachten habe Risse an zwei Pfeilern gezeigt, teilte das Landratsamt am "
            "Mittwoch mit, die Reparatur werde rund zwei Millionen Euro kosten.",
        ),
    ),
    (
        "hu",
        "Közlekedés",
        "Új buszjárat köti össze Fenyvest és a vasútállomást",
        (
            "Hétfőtől új helyi buszjárat indul Fenyves lakótelepe és a vasútállomás között, "
            "hétköznap húszpercenként, hétvégén óránként.",
            "A város polgármestere szerint a járatot a lakók kérték egy tavalyi felmérésben, "
            "és az első fél évben ingyenes lesz.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_headline_as_h2_under_seo_h1",
        f"https://www.example.com/{_lang}/news/headline-as-h2",
        page(
            _lang,
            f"{_kicker}: {_title}",
            "<main><nav class='crumbs'><a href='/'>Start</a> | <h1 class='seo-title'>"
            f"{_kicker}: {_title}</h1></nav><article><div class='content-head'><h2><span>"
            f"{_kicker}</span><span> – </span><span>{_title}</span></h2><p>{_texts[0]}</p>"
            f"</div><div class='content-body'><p>{_texts[1]}</p></div></article>"
            "</main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_title,),
    )

# An agency's credit closing the story on a line of its own with the desk's code after it
# ("dpa/lnw"), or two agencies joined: the story's source, not a line of its text.
for _lang, _credit, _texts in (
    (
        "de",
        "dpa/lnw",
        (
            "Der Stadtrat von Kirchwald hat am Donnerstag den Bau eines neuen Hallenbads "
            "beschlossen, das im Herbst 2028 eröffnet werden soll.",
            "Die Kosten von rund 24 Millionen Euro teilen sich die Stadt und der Landkreis, "
            "wie die Bürgermeisterin nach der Sitzung mitteilte.",
        ),
    ),
    (
        "de-AT",
        "APA/AFP",
        (
            "In der Gemeinde Hinterbach ist am Sonntag eine neue Seilbahn in Betrieb gegangen, "
            "die das Dorf mit dem Skigebiet am Sonnkogel verbindet.",
            "Die Betreiber rechnen im ersten Winter mit rund 300.000 Fahrten, sagte der "
            "Geschäftsführer bei der Eröffnung.",
        ),
    ),
):
    PROBES.add(
        f"{_lang.lower().replace('-', '_')}_agency_desk_credit_line",
        f"https://www.example.com/{_lang}/news/agency-desk-credit",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><p>{_credit}</p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_credit,),
    )

# A closing note that the text draws on agencies' copy: about the article, not of it.
for _lang, _note, _texts in (
    (
        "de",
        "Mit Material von Agenturen.",
        (
            "Nach dem Sturm über der Nordsee sind am Montag auf den Inseln Lütthörn und Wiek "
            "alle Fährverbindungen ausgefallen, mehrere hundert Urlauber sitzen fest.",
            "Die Reederei will den Betrieb am Dienstagmorgen wieder aufnehmen, sofern der Wind "
            "wie vorhergesagt nachlässt.",
        ),
    ),
    (
        "es",
        "Con información de agencias.",
        (
            "El incendio declarado el domingo en la sierra de Valdelobos obligó a desalojar dos "
            "aldeas y a cortar la carretera comarcal durante toda la noche.",
            "Los bomberos dieron el fuego por estabilizado a primera hora del lunes, aunque "
            "seguirán vigilando la zona durante varios días.",
        ),
    ),
    (
        "pt-BR",
        "Com informações de agências.",
        (
            "A prefeitura de Rio Claro do Sul decretou estado de emergência depois que as "
            "chuvas da madrugada alagaram três bairros da zona norte.",
            "Segundo a Defesa Civil, cerca de duzentas famílias foram levadas para abrigos "
            "montados em escolas municipais.",
        ),
    ),
):
    PROBES.add(
        f"{_lang.lower().replace('-', '_')}_agency_copy_note",
        f"https://www.example.com/{_lang}/news/agency-copy-note",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><p><em>{_note}</em></p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_note,),
    )

# The author's name alone under the headline, without "By" (the structured data names the
# author): a byline, which belongs to ``authors``, not to the text.
for _lang, _name, _texts in (
    (
        "sv",
        "Ingrid Holmberg",
        (
            "Kommunen i Björkvik har beslutat att bygga en ny förskola i centrum, som ska stå "
            "klar hösten 2027 och ha plats för hundra barn.",
            "Enligt förvaltningschefen har kön till förskolan vuxit snabbt sedan två nya "
            "bostadsområden byggdes i norra delen av orten.",
        ),
    ),
    (
        "pl",
        "Tomasz Wróblewski",
        (
            "Radni gminy Dębowa Wola zdecydowali we wtorek o remoncie szkoły podstawowej, "
            "który ma się zakończyć przed nowym rokiem szkolnym.",
            "Jak poinformował wójt, prace obejmą wymianę dachu, okien i ogrzewania, a koszt "
            "wyniesie około czterech milionów złotych.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_author_name_line",
        f"https://www.example.com/{_lang}/news/author-name-line",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_name}</p><p>{_texts[0]}</p><p>{_texts[1]}</p></div></article></main>",
            head=(
                "<script type='application/ld+json'>"
                + json.dumps(
                    {
                        "@context": "https://schema.org",
                        "@type": "NewsArticle",
                        "headline": "Example headline",
                        "author": {"@type": "Person", "name": _name},
                    }
                )
                + "</script>"
            ),
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_name,),
    )

# A relative stamp of the post's age on a line of its own in the text, as news themes and blog
# platforms print it ("vor 4 Stunden", "3 saat önce", "3小时前"), alone or after the author's
# name: the page's date, no part of the text, in every language (dateparser's forms).
for _lang, _kind, _stamp, _texts in (
    (
        "de",
        "news",
        "Aktualisiert vor 4 Stunden",
        (
            "Der Gemeinderat von Birkenfeld hat am Dienstag beschlossen, das alte Freibad am "
            "Waldrand zu sanieren und im nächsten Sommer wieder zu öffnen.",
            "Die Arbeiten sollen im Herbst beginnen; die Kosten von rund drei Millionen Euro "
            "teilen sich Gemeinde und Landkreis.",
        ),
    ),
    (
        "fr",
        "blog",
        "Camille Arnaud · il y a 3 jours",
        (
            "Ce week-end, nous avons suivi le sentier des crêtes au-dessus de Valmorel, une "
            "boucle de quatorze kilomètres avec une vue dégagée sur le lac.",
            "Comptez cinq heures de marche et prévoyez de l'eau : il n'y a aucune source après "
            "le deuxième col.",
        ),
    ),
    (
        "es",
        "news",
        "hace 2 horas",
        (
            "El ayuntamiento de Villarreal del Monte abrió este lunes una biblioteca nueva en el "
            "antiguo mercado de abastos, con sala de estudio y talleres para niños.",
            "La obra costó un millón de euros y el edificio abrirá también los domingos por la "
            "mañana durante el curso escolar.",
        ),
    ),
    (
        "tr",
        "news",
        "3 saat önce",
        (
            "Belediye, sahil yolundaki bisiklet şeridini iki kilometre uzatarak limana kadar "
            "bağlayacağını açıkladı.",
            "Çalışmaların yaz başında tamamlanması ve şeridin gece de aydınlatılması planlanıyor.",
        ),
    ),
    (
        "ru",
        "blog",
        "Ольга Смирнова, 5 часов назад",
        (
            "В субботу мы съездили на ярмарку в Заречье, где местные пасечники продавали мёд "
            "двенадцати сортов и воск для свечей.",
            "Лучше приезжать до полудня: к обеду самые редкие сорта уже раскупают, а очередь к "
            "прилавкам растёт.",
        ),
    ),
    (
        "zh",
        "news",
        "3小时前",
        (
            "青山县政府周二宣布，将在老城区新建三座社区公园，预计明年春天对市民开放。",
            "公园将设有儿童游乐区和健身步道，建设资金由县财政和社会捐款共同承担。",
        ),
    ),
    (
        "ko",
        "blog",
        "2시간 전",
        (
            "지난 주말에 바닷가 마을의 작은 빵집을 찾았는데, 아침마다 굽는 보리빵이 "
            "금방 다 팔렸다.",
            "주인은 삼십 년째 같은 화덕을 쓰고 있다며 오후에는 문을 일찍 닫는다고 했다.",
        ),
    ),
    (
        "ar",
        "news",
        "قبل 3 ساعات",
        (
            "أعلنت بلدية المدينة الساحلية افتتاح سوق جديد للسمك في الميناء القديم بعد عامين من "
            "أعمال الترميم.",
            "وسيفتح السوق أبوابه كل يوم من السادسة صباحا حتى الظهر، مع مواقف مجانية للسيارات.",
        ),
    ),
    (
        "hi",
        "news",
        "3 घंटे पहले",
        (
            "नगर निगम ने मंगलवार को घोषणा की कि पुराने बाज़ार की सड़क पर अगले महीने से नई बस सेवा शुरू होगी।",
            "बसें हर बीस मिनट पर चलेंगी और पहले महीने में किराया आधा रहेगा।",
        ),
    ),
    (
        "vi",
        "blog",
        "Nguyễn Thu Hà - 3 ngày trước",
        (
            "Cuối tuần qua chúng tôi đạp xe dọc bờ sông từ chợ nổi đến làng gốm, quãng đường dài "
            "khoảng hai mươi cây số.",
            "Nên đi từ sáng sớm vì buổi trưa trời rất nắng và đoạn đường cuối gần như không có "
            "bóng cây.",
        ),
    ),
    (
        "pl",
        "news",
        "5 godzin temu",
        (
            "Rada gminy Sosnowa Góra zdecydowała o budowie nowej hali sportowej przy szkole, "
            "która ma być gotowa za dwa lata.",
            "Hala pomieści trzysta osób, a wieczorami będą z niej mogli korzystać mieszkańcy.",
        ),
    ),
    (
        "he",
        "blog",
        "לפני 3 שעות",
        (
            "בשבוע שעבר ביקרנו בשוק האיכרים החדש בעמק, שבו חקלאים מהאזור מוכרים ירקות ישר מהשדה.",
            "השוק פתוח בימי שישי בבוקר, וכדאי להגיע מוקדם כי הלחם הטרי נגמר מהר.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_{_kind}_relative_stamp_line",
        f"https://www.example.com/{_lang}/{_kind}/relative-stamp-line",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_stamp}</p><p>{_texts[0]}</p><p>{_texts[1]}</p></div></article></main>",
            dir_="rtl" if _lang in {"ar", "he"} else "ltr",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_stamp,),
    )

# A sentence telling an age ("Vor 3 Jahren …", "Il y a 3 jours, …") is text, not a stamp.
PROBES.add(
    "de_relative_age_sentence",
    "https://www.example.com/de/news/relative-age-sentence",
    page(
        "de",
        "Example",
        "<main><article><h1>Example headline</h1><div class='article-text'>"
        "<p>Vor 3 Jahren eröffnete sie das Café.</p><p>Heute arbeiten dort sechs Leute aus "
        "dem Dorf, und am Wochenende ist jeder Tisch schon mittags besetzt.</p>"
        "<p>Im Winter will sie einen zweiten Raum im Nachbarhaus öffnen.</p></div></article>"
        "</main>",
    ),
    ("Vor 3 Jahren eröffnete sie das Café.", "Heute arbeiten dort sechs Leute"),
    (),
)

# --- Round 35: what the text keeps that is not the article.


def _ld(**fields: object) -> str:
    """A NewsArticle's JSON-LD with ``fields``."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return "<script type='application/ld+json'>" + json.dumps(data) + "</script>"


def _note_text(markup: str) -> str:
    """The words of a link's note: an icon's title, or the bracketed note of a span."""
    if "<title>" in markup:
        return markup.split("<title>")[1].split("</title>")[0]
    return markup[markup.index("(") :].split("<")[0]


# A link's note for screen readers that it opens a new window or tab, set after its words in
# a span of the site's own hiding class (no framework's name), or as the title of the link's
# icon (an inline <svg>): the reader never sees it, and it is no word of the sentence.
for _lang, _before, _link, _note, _after, _rest in (
    (
        "de",
        "Die Stadtwerke Lindenau haben ihre Preise erhöht, wie aus einer",
        "Mitteilung auf der Website",
        "<span class='lnk-vh'>(öffnet in neuem Fenster)</span>",
        "hervorgeht, die am Montag erschienen ist.",
        "Ein Haushalt mit zwei Personen zahle künftig rund acht Euro mehr im Monat, teilte "
        "der Versorger mit.",
    ),
    (
        "fi",
        "Kaupunginhallitus hyväksyi maanantaina uuden pyörätiesuunnitelman, joka on luettavissa",
        "kaupungin sivuilla",
        "<span class='u-offscreen-note'>(avautuu uuteen ikkunaan)</span>",
        "koko laajuudessaan.",
        "Suunnitelman mukaan keskustaan rakennetaan neljä kilometriä uutta pyörätietä vuoteen "
        "2028 mennessä.",
    ),
    (
        "nl",
        "De gemeente Veldhoven publiceerde dinsdag",
        "het rapport over de nieuwe busbaan",
        "<svg class='icon icon-external' aria-hidden='true'><title>Opent in een nieuw venster"
        "</title><use href='#ext'></use></svg>",
        "op haar website, na maanden van vertraging.",
        "Volgens de wethouder kan de aanleg in het voorjaar beginnen en duurt die ongeveer een "
        "jaar.",
    ),
    (
        "pl",
        "Urząd miasta opublikował w środę",
        "harmonogram wywozu odpadów",
        "<span class='txt-hidden-x'>(otwiera się w nowym oknie)</span>",
        "na cały przyszły rok.",
        "Mieszkańcy domów jednorodzinnych będą mogli oddawać odpady zielone co dwa tygodnie od "
        "kwietnia do listopada.",
    ),
    (
        "es",
        "La consejería presentó el jueves",
        "el nuevo calendario escolar",
        "<span class='a11y-extra'>(se abre en una nueva ventana)</span>",
        "con dos días más de vacaciones en febrero.",
        "Los sindicatos de profesores valoraron el cambio, aunque piden más personal de apoyo en "
        "las aulas.",
    ),
):
    PROBES.add(
        f"{_lang}_link_opens_new_window_note",
        f"https://www.example.com/{_lang}/news/link-note",
        page(
            _lang,
            "Example headline",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_before} <a href='https://example.org/doc' target='_blank'>{_link}{_note}</a> "
            f"{_after}</p><p>{_rest}</p></div></article></main>",
        ),
        (f"{_link} {_after}", _rest[:40]),
        (_note_text(_note),),
    )

# The same note inside a link of a paragraph walked in parts (its lines broken by <br>):
# WordPress's "screen-reader-text" span, hidden as it is inside a paragraph read whole.
PROBES.add(
    "en_link_note_in_broken_paragraph",
    "https://www.example.com/en/news/link-note-broken",
    page(
        "en",
        "Example headline",
        "<main><article><h1>Example headline</h1><div class='entry-content'><p>The parish "
        "council's minutes are on <a href='https://example.org/minutes' target='_blank'>its "
        "website<span class='screen-reader-text'> (opens in a new tab)</span></a> from today."
        "<br>Residents may comment until the end of the month.</p><p>The next meeting is on 4 "
        "March in the village hall, where the budget for the playground will be set.</p></div>"
        "</article></main>",
    ),
    ("its website from today", "The next meeting is on 4 March"),
    ("(opens in a new tab)",),
)

# The author's name and the date on one line without "By" (the structured data names the
# author): a byline, not text, however long the name.
for _lang, _line, _name, _texts in (
    (
        "en",
        "Maria Teresa Okonkwo-Hale<span>|</span><span>Published <time>4 months ago</time></span>",
        "Maria Teresa Okonkwo-Hale",
        (
            "The Brackwell lifeboat crew rescued two kayakers off the headland on Sunday after "
            "their boats overturned in strong winds.",
            "Both were taken to hospital as a precaution and later released, the station said.",
        ),
    ),
    (
        "pt",
        "Ana Beatriz Souza de Lima · 12 de março de 2026",
        "Ana Beatriz Souza de Lima",
        (
            "A prefeitura de Vila Serena anunciou nesta quinta-feira a reforma do mercado "
            "municipal, fechado desde o incêndio do ano passado.",
            "As obras devem durar oito meses e custar cerca de quatro milhões de reais.",
        ),
    ),
    (
        "it",
        "Giulia Maria De Santis — 5 marzo 2026, 10:42",
        "Giulia Maria De Santis",
        (
            "Il consiglio comunale di Valdoro ha approvato martedì il nuovo piano del "
            "traffico, che chiude il centro storico alle auto nei fine settimana.",
            "I commercianti chiedono più parcheggi ai margini della zona pedonale.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_author_and_date_line",
        f"https://www.example.com/{_lang}/news/author-date-line",
        page(
            _lang,
            "Example headline",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<div class='attribution'>{_line}</div><p>{_texts[0]}</p><p>{_texts[1]}</p></div>"
            "</article></main>",
            head=_ld(headline="Example headline", author={"@type": "Person", "name": _name}),
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_name,),
    )

# A closing line asking readers to report a mistake ("Found an error? Tell us."), set after
# the text with a mail link: a note about the article, not its text.
for _lang, _prompt, _texts in (
    (
        "de",
        "Einen Fehler entdeckt? <a href='mailto:korrektur@example.com'>Schreiben Sie uns.</a>",
        (
            "Der Gemeinderat von Hohenfeld hat am Dienstag beschlossen, das alte Freibad zu "
            "sanieren statt es abzureißen.",
            "Die Arbeiten sollen im Herbst beginnen und rund sechs Millionen Franken kosten.",
        ),
    ),
    (
        "en",
        "Spotted an error? <a href='mailto:corrections@example.com'>Let us know.</a>",
        (
            "The county council has approved plans for a new footbridge over the river at "
            "Millford, replacing the one closed after last winter's floods.",
            "Work is due to start in the spring and take about eight months.",
        ),
    ),
    (
        "nl",
        "Fout gezien? <a href='mailto:redactie@example.com'>Laat het ons weten.</a>",
        (
            "De provincie trekt twee miljoen euro uit voor nieuwe fietspaden tussen de dorpen "
            "rond het meer.",
            "De eerste paden moeten volgend jaar klaar zijn, zegt de gedeputeerde.",
        ),
    ),
    (
        "sv",
        "Har du hittat ett fel? <a href='mailto:rattelse@example.com'>Skriv till oss.</a>",
        (
            "Regionen öppnar en ny vårdcentral i Lidbacka i augusti, efter flera års krav från "
            "invånarna.",
            "Vårdcentralen ska ha sex läkare och vara öppen även på lördagar.",
        ),
    ),
    (
        "cs",
        "Našli jste chybu? <a href='mailto:oprava@example.com'>Napište nám.</a>",
        (
            "Město Horní Lipová zahájí v dubnu opravu náměstí, která potrvá do konce léta.",
            "Během prací bude náměstí uzavřeno pro auta a autobusy pojedou objížďkou.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_report_an_error_note",
        f"https://www.example.com/{_lang}/news/report-error",
        page(
            _lang,
            "Example headline",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><p class='feedback'>{_prompt}</p></div>"
            "</article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_prompt.split("<")[0].strip(),),
    )

# The headline's group: a second headline (a deck) set as an <h2> with the <h1> in the
# article's <header>, before the byline; and a page that writes its <h1> for search engines
# in the breadcrumb and shows the headline the social cards give (og:title), a kicker inside
# its <h2>. Both are the headline, not the text's first section.
PROBES.add(
    "da_headline_deck_in_header",
    "https://www.example.dk/nyheder/faerge-aflyst",
    page(
        "da",
        "Færgen til Sandø aflyses i tre uger",
        "<main><article><div class='main-col'><header class='article-intro'><h1>Færgen til "
        "Sandø aflyses i tre uger</h1><h2 class='sub-heading'>Øboerne må sejle med en mindre "
        "båd</h2><section "
        "class='byline'><a href='/av/karen'>Karen Dahl</a></section><p class='stamp'>"
        "Publiceret 12.03.2026 09.14</p></header><p class='standfirst'>Værftet skal skifte "
        "færgens motorer.</p><p>Færgen mellem Havnby og Sandø skal på værft i "
        "tre uger, og i mellemtiden sejler en mindre båd med plads til 40 passagerer.</p>"
        "<h2>Ingen biler med</h2><p>Biler kan ikke komme med i perioden, oplyser kommunen, der "
        "har aftalt med købmanden på øen, at varer sendes med båden.</p></div></article>"
        "</main>",
    ),
    ("Færgen mellem Havnby og Sandø", "Ingen biler med", "Biler kan ikke komme med"),
    ("Øboerne må sejle med en mindre båd",),
)

PROBES.add(
    "de_display_headline_with_kicker",
    "https://www.example.ch/region/bruecke-gesperrt",
    page(
        "de",
        "Brücke in Talwil ab Montag gesperrt",
        "<nav class='breadcrumbs'><a href='/'>Home</a><h1 class='seotitle'>Brücke in Talwil "
        "ab Montag gesperrt</h1></nav><main><article><div class='ContentHead'><h2 "
        "class='title'><div class='TitleHeader'><span class='kicker'>Bauarbeiten</span><span "
        "aria-hidden='true'> – </span></div><span class='text'>Talwiler Brücke zu – Pendler "
        "müssen drei Monate umfahren</span></h2><p class='lead'>Die Brücke über die Sihl wird "
        "saniert.</p></div><p>Ab Montag ist die Brücke zwischen Talwil und Oberau für drei "
        "Monate für den Verkehr gesperrt, teilte der Kanton mit.</p><h2>Umleitung über Oberau"
        "</h2><p>Der Verkehr wird über die Kantonsstrasse umgeleitet, was für Pendler bis zu "
        "zehn Minuten mehr Fahrzeit bedeutet.</p></article></main>",
        head=(
            "<meta property='og:title' content='Talwiler Brücke zu – Pendler müssen drei "
            "Monate umfahren'>" + _ld(headline="Brücke in Talwil ab Montag gesperrt")
        ),
    ),
    ("Ab Montag ist die Brücke", "Umleitung über Oberau", "Der Verkehr wird über"),
    ("Pendler müssen drei Monate umfahren", "Bauarbeiten"),
)

# A wire story's dateline on a line of its own: the agency, a comma and the place in
# capitals, no sentence of the text.
for _lang, _dateline, _texts in (
    (
        "en",
        "AFP, PORT ELLIS",
        (
            "Thousands of people marched through the capital of the island on Saturday to "
            "protest against a planned rise in fuel prices.",
            "The government said the rise would fund new buses and would be phased in over two "
            "years.",
        ),
    ),
    (
        "es",
        "EFE, VALDEMORA",
        (
            "El ayuntamiento aprobó este lunes un plan para renovar el alumbrado público de "
            "todos los barrios antes del verano.",
            "La obra costará dos millones de euros y reducirá el consumo a la mitad, según el "
            "concejal de urbanismo.",
        ),
    ),
    (
        "pt",
        "Lusa, VILA SERENA",
        (
            "A câmara municipal decidiu na quarta-feira fechar o mercado antigo para obras "
            "durante seis meses.",
            "Os vendedores vão ocupar tendas provisórias na praça em frente, disse o vereador.",
        ),
    ),
    (
        "id",
        "Antara, TELUK HARAPAN",
        (
            "Pemerintah kabupaten mulai membangun jembatan baru di atas sungai pada Senin, "
            "menggantikan jembatan yang rusak akibat banjir.",
            "Jembatan itu ditargetkan selesai akhir tahun dan dapat dilalui truk bermuatan berat.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_agency_dateline_line",
        f"https://www.example.com/{_lang}/news/agency-dateline",
        page(
            _lang,
            "Example headline",
            "<main><article><h1>Example headline</h1><div class='story-body'>"
            f"<p>{_dateline}</p><p>{_texts[0]}</p><p>{_texts[1]}</p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_dateline,),
    )

# A sentence whose words are mostly one link, between two paragraphs of the text (each
# paragraph in a block of the page builder's template): a sentence of the text, not a link
# list.
for _lang, _texts, _own, _linked in (
    (
        "en",
        (
            "The alliance was founded after the war by twelve harbour towns that wanted to "
            "share the cost of keeping their channels dredged.",
            "Its members now pay into a common fund in proportion to the ships that call at "
            "their quays each year.",
        ),
        "It also",
        "runs a training school for pilots and holds a joint exercise every spring",
    ),
    (
        "de",
        (
            "Der Verbund wurde nach dem Krieg von zwölf Hafenstädten gegründet, die sich die "
            "Kosten für das Ausbaggern ihrer Fahrrinnen teilen wollten.",
            "Heute zahlen die Mitglieder in einen gemeinsamen Fonds ein, je nachdem, wie viele "
            "Schiffe im Jahr an ihren Kais anlegen.",
        ),
        "Er",
        "betreibt außerdem eine Lotsenschule und hält jedes Frühjahr eine gemeinsame Übung ab",
    ),
    (
        "tr",
        (
            "Birlik, savaştan sonra kanallarını temizletmenin maliyetini paylaşmak isteyen on "
            "iki liman kenti tarafından kuruldu.",
            "Üyeler bugün, her yıl rıhtımlarına yanaşan gemi sayısına göre ortak bir fona "
            "katkı ödüyor.",
        ),
        "Birlik ayrıca",
        "kılavuz kaptanlar için bir okul işletiyor ve her bahar ortak bir tatbikat yapıyor",
    ),
    (
        "ro",
        (
            "Alianța a fost înființată după război de douăsprezece orașe-port care voiau să "
            "împartă costul dragării canalelor lor.",
            "Membrii plătesc astăzi într-un fond comun, în funcție de numărul navelor care "
            "acostează la cheiurile lor în fiecare an.",
        ),
        "De asemenea,",
        "conduce o școală pentru piloți și organizează în fiecare primăvară un exercițiu comun",
    ),
):
    _block = "<div class='text-block'><div class='txt-inner'><p class='para'>{}</p></div></div>"
    PROBES.add(
        f"{_lang}_mostly_linked_sentence_in_text",
        f"https://www.example.com/{_lang}/news/linked-sentence",
        page(
            _lang,
            "Example headline",
            "<main><article><h1>Example headline</h1>"
            + _block.format(_texts[0])
            + _block.format(
                f"{_own} <a href='https://alliance.example.org/about' target='_blank'>"
                f"{_linked}</a>."
            )
            + _block.format(_texts[1])
            + "</article></main>",
        ),
        (_texts[0][:40], _linked, _texts[1][:40]),
        (),
    )

# The same sentence closing its section, right before the next section's heading.
PROBES.add(
    "cs_mostly_linked_sentence_before_heading",
    "https://www.example.cz/zpravy/svaz-pristavu",
    page(
        "cs",
        "Svaz přístavů slaví sedmdesát let",
        "<main><article><h1>Svaz přístavů slaví sedmdesát let</h1>"
        "<div class='blk-text'><p>Svaz založilo po válce dvanáct přístavních měst, která "
        "chtěla sdílet náklady na prohlubování svých plavebních kanálů.</p></div>"
        "<div class='blk-text'><p>Také <a href='https://svaz.example.org/skola' "
        "target='_blank'>provozuje školu pro lodivody a každé jaro pořádá společné cvičení"
        "</a>.</p></div><div class='blk-head'><h2>Kdo jsou členové?</h2></div>"
        "<div class='blk-text'><p>Dnes má svaz osmnáct členů na pobřeží i na řekách, "
        "posledním se loni stal přístav v Dolní Lhotě.</p></div></article></main>",
    ),
    ("Svaz založilo po válce", "provozuje školu pro lodivody", "Kdo jsou členové?"),
    (),
)
