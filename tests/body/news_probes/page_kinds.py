"""News pages beyond the plain story: live tickers, galleries, video pages with a transcript,
interviews, sections with tables, paywalled teasers."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page

PROBES = Probes()

# --- Portuguese (Brazil), Brightspot: an Enhancement promo card and a paywall box.
PROBES.add(
    "pt_brightspot_enhancement_paywall",
    "https://noticias.example.com.br/cidades/2026/05/metro-linha-nova.html",
    page(
        "pt-BR",
        "Metrô inaugura linha até o aeroporto",
        "<main class='Page-main'><div class='Page-content'><h1 class='Page-headline'>Metrô "
        "inaugura linha até o aeroporto</h1><div class='RichTextArticleBody RichTextBody'>"
        "<p>A nova linha do metrô de Vila Serena começou a operar nesta segunda-feira e liga o "
        "centro ao aeroporto em vinte e dois minutos, com trens a cada quatro minutos.</p>"
        "<div class='Enhancement'><div class='Enhancement-item'><ps-promo class='PromoB'><div "
        "class='PromoB-content'><div class='PromoB-category'>Leia também</div><h3 "
        "class='PromoB-title'><a href='/cidades/onibus'>Prefeitura muda rotas de ônibus na zona "
        "norte</a></h3></div></ps-promo></div></div>"
        "<p>Segundo a companhia, a obra custou quatro bilhões de reais e criou três estações "
        "subterrâneas, uma delas sob o antigo mercado municipal.</p>"
        "<p>Passageiros ouvidos pela reportagem elogiaram a rapidez, mas reclamaram da falta de "
        "escadas rolantes na estação do terminal de cargas.</p></div>"
        "<div class='paywall-box'><h3>Este conteúdo é exclusivo para assinantes</h3><p>Assine "
        "por R$ 1,90 no primeiro mês e tenha acesso ilimitado.</p><a class='btn' "
        "href='/assine'>Assine já</a></div></div></main>",
    ),
    (
        "A nova linha do metrô de Vila Serena",
        "Segundo a companhia, a obra custou",
        "Passageiros ouvidos pela reportagem",
    ),
    ("Prefeitura muda rotas de ônibus", "exclusivo para assinantes", "Assine por R$ 1,90"),
)

# --- English, Arc: a live ticker with a summary and timestamped posts (the posts are the text).
PROBES.add(
    "en_arc_live_ticker",
    "https://www.example.com/live/2026/03/09/storm-live-updates/",
    page(
        "en",
        "Storm live: power cut to thousands",
        "<main><article class='live-blog'><h1>Storm live: power cut to thousands as winds "
        "reach the coast</h1><div class='live-summary'><h2>Key points</h2><ul><li>Winds of up "
        "to 120 km/h hit the northern coast overnight</li><li>About 40,000 homes are without "
        "power</li></ul></div><div class='live-feed'>"
        "<div class='live-post' id='post-3'><time datetime='2026-03-09T09:40'>09:40</time><h3>"
        "Ferries cancelled</h3><p>All crossings from Port Hallam are off until the afternoon, "
        "the operator said, and passengers will be moved to tomorrow's sailings.</p><div "
        "class='share-post'><button>Share this post</button></div></div>"
        "<div class='live-post' id='post-2'><time datetime='2026-03-09T09:10'>09:10</time><h3>"
        "Schools closed</h3><p>Thirty schools in the county will stay closed today after trees "
        "fell across roads near Millbeck and Southam.</p><div class='share-post'><button>Share "
        "this post</button></div></div>"
        "<div class='live-post' id='post-1'><time datetime='2026-03-09T08:30'>08:30</time><h3>"
        "Power company update</h3><p>Crews have reconnected 5,000 homes since dawn, the grid "
        "operator says, but warns some villages may wait until Thursday.</p><div "
        "class='share-post'><button>Share this post</button></div></div></div>"
        "<button class='load-more'>Load more updates</button></article></main>",
    ),
    (
        "All crossings from Port Hallam are off",
        "Thirty schools in the county will stay closed",
        "Crews have reconnected 5,000 homes",
    ),
    ("Share this post", "Load more updates"),
)

# --- Portuguese (Portugal): a live ticker as a list of entries under an intro.
PROBES.add(
    "pt_live_minuto_a_minuto",
    "https://www.example.pt/desporto/2026/04/12/direto-final-taca",
    page(
        "pt-PT",
        "Final da Taça em direto",
        "<main><section class='liveblog'><h1>Final da Taça: acompanhe em direto</h1><p "
        "class='liveblog-intro'>O Atlético de Ribamar e o Sporting de Vale Fundo disputam esta "
        "tarde a final no estádio nacional, com casa esgotada.</p><ol class='liveblog-entries'>"
        "<li class='entry'><span class='entry-time'>17:52</span><p>Golo do Vale Fundo! Cruzamento "
        "de Tiago Mendes e cabeçada certeira de Rui Paiva ao segundo poste.</p></li>"
        "<li class='entry'><span class='entry-time'>17:30</span><p>Intervalo no estádio "
        "nacional, com o marcador a zero e poucas oportunidades para as duas equipas.</p></li>"
        "<li class='entry'><span class='entry-time'>16:45</span><p>Já se conhecem os onzes: o "
        "Ribamar aposta em três centrais e deixa o capitão no banco.</p></li></ol>"
        "<div class='newsletter'><p>Receba as notícias do desporto no seu e-mail. Subscreva a "
        "nossa newsletter.</p><form><input type='email'><button>Subscrever</button></form></div>"
        "</section></main>",
    ),
    (
        "O Atlético de Ribamar e o Sporting de Vale Fundo",
        "Cruzamento de Tiago Mendes",
        "Intervalo no estádio nacional",
        "Já se conhecem os onzes",
    ),
    ("Subscreva a nossa newsletter",),
)

# --- Turkish photo gallery: slides with captions are the text; "Sonraki galeri" is not.
PROBES.add(
    "tr_gallery_captions",
    "https://www.example.com.tr/galeri/kapadokya-balon-festivali",
    page(
        "tr",
        "Balon festivalinden kareler",
        "<main><div class='gallery-page'><h1>Balon festivalinden kareler</h1><p "
        "class='gallery-spot'>Festivalin ilk gününde yüz elli balon aynı anda havalandı.</p>"
        "<div class='gallery-slides'>"
        "<figure class='slide'><img src='/g/1.jpg' alt=''><figcaption>Gün doğmadan önce "
        "pilotlar balonları ısıtmaya başladı ve ilk balon saat altıda yerden kalktı."
        "</figcaption></figure>"
        "<figure class='slide'><img src='/g/2.jpg' alt=''><figcaption>Vadinin üzerinde süzülen "
        "balonları izlemek için binlerce ziyaretçi tepelere çıktı.</figcaption></figure>"
        "<figure class='slide'><img src='/g/3.jpg' alt=''><figcaption>Festival pazar akşamı "
        "yapılacak gece gösterisiyle sona erecek.</figcaption></figure></div>"
        "<div class='next-gallery'><span>Sonraki galeri</span><a href='/galeri/2'>Sahilde kum "
        "heykeli yarışması</a></div></div></main>",
    ),
    (
        "pilotlar balonları ısıtmaya başladı",
        "binlerce ziyaretçi tepelere çıktı",
        "gece gösterisiyle sona erecek",
    ),
    ("Sahilde kum heykeli yarışması", "Sonraki galeri"),
)

# --- English video page with a transcript: the transcript is the text; "Up next" is not.
PROBES.add(
    "en_video_transcript",
    "https://www.example.com/video/2026/05/02/bridge-repairs-explained",
    page(
        "en",
        "Video: why the old bridge is closing",
        "<main><div class='video-page'><h1>Why the old bridge is closing</h1><div "
        "class='video-player'><video src='/v/1.mp4' controls></video></div><p "
        "class='video-description'>Our transport reporter explains the repairs and what they "
        "mean for commuters.</p><section class='transcript'><h2>Transcript</h2>"
        "<p>The Kellan Bridge has carried traffic across the estuary for ninety years, but "
        "engineers found corrosion in two of its main cables last winter.</p>"
        "<p>From June the bridge will close to cars for eighteen months, and a shuttle bus will "
        "run every ten minutes between the two ends of the closed section.</p>"
        "<p>The council says cyclists and walkers can keep using the footway during most of the "
        "work, except for six weekends when the deck is lifted.</p></section>"
        "<section class='up-next'><h2>Up next</h2><ul><li><a href='/video/1'>Tram extension "
        "opens early</a></li><li><a href='/video/2'>Inside the new bus depot</a></li></ul>"
        "</section></div></main>",
    ),
    (
        "The Kellan Bridge has carried traffic",
        "From June the bridge will close to cars",
        "The council says cyclists and walkers",
    ),
    ("Tram extension opens early", "Inside the new bus depot"),
)

# --- Polish interview: questions in bold, answers plain; both are the text.
PROBES.add(
    "pl_interview_bold_questions",
    "https://kultura.example.pl/wywiad/malarka-z-gor",
    page(
        "pl",
        "Maluję to, co widzę z okna",
        "<main><article class='article'><h1>Maluję to, co widzę z okna</h1><div "
        "class='article-lead'>Rozmowa z malarką Joanną Brzozą.</div><div class='article-body'>"
        "<p><strong>Dlaczego wróciła pani w góry po dwudziestu latach w mieście?</strong></p>"
        "<p>Bo w mieście przestałam widzieć światło. Tutaj każdy poranek wygląda inaczej i to "
        "mi wystarcza za temat na cały rok.</p>"
        "<p><strong>Czy sąsiedzi oglądają pani obrazy?</strong></p>"
        "<p>Przychodzą w niedziele, siadają w pracowni i komentują, czy dobrze namalowałam ich "
        "stodoły. To najlepsi krytycy, jakich miałam.</p>"
        "<div class='author-bio'><p>Piotr Lasek jest dziennikarzem działu kultury, wcześniej "
        "pracował w radiu.</p></div></div></article></main>",
    ),
    (
        "Dlaczego wróciła pani w góry",
        "Bo w mieście przestałam widzieć światło",
        "Czy sąsiedzi oglądają pani obrazy",
        "Przychodzą w niedziele",
    ),
    ("jest dziennikarzem działu kultury",),
)

# --- Dutch explainer with sections and a table: the table and headings are the text.
PROBES.add(
    "nl_sections_table",
    "https://www.example.nl/uitleg/energietarieven-2027",
    page(
        "nl",
        "Zo veranderen de energietarieven",
        "<main><article><h1>Zo veranderen de energietarieven volgend jaar</h1><div "
        "class='article__body'>"
        "<p>De meeste huishoudens gaan volgend jaar minder betalen voor stroom, maar meer voor "
        "gas, blijkt uit de nieuwe tarieven die leveranciers deze week bekendmaakten.</p>"
        "<h2>Wat betekent dit voor een gemiddeld huishouden?</h2>"
        "<p>Een gezin met een gemiddeld verbruik is ongeveer acht euro per maand goedkoper uit, "
        "rekende de consumentenorganisatie uit.</p>"
        "<table><thead><tr><th>Product</th><th>Tarief 2026</th><th>Tarief 2027</th></tr>"
        "</thead><tbody><tr><td>Stroom per kWh</td><td>0,31</td><td>0,27</td></tr><tr><td>Gas "
        "per m3</td><td>1,22</td><td>1,29</td></tr></tbody></table>"
        "<h2>Moet ik overstappen?</h2><p>Wie een vast contract heeft dat binnenkort afloopt, doet "
        "er goed aan de aanbiedingen te vergelijken voordat het nieuwe jaar begint.</p>"
        "<div class='article__related'><h3>Meer over dit onderwerp</h3><a href='/1'>Warmtepomp "
        "subsidie blijft</a><a href='/2'>Netbeheerder waarschuwt voor files op het net</a></div>"
        "</div></article></main>",
    ),
    (
        "De meeste huishoudens gaan volgend jaar",
        "Wat betekent dit voor een gemiddeld huishouden",
        "Stroom per kWh",
        "Wie een vast contract heeft",
    ),
    ("Warmtepomp subsidie blijft", "Netbeheerder waarschuwt voor files"),
)

# --- Swedish paywalled teaser: the visible opening is the text; the lock box is not.
PROBES.add(
    "sv_paywall_teaser",
    "https://www.example.se/ekonomi/bruket-sager-upp-personal",
    page(
        "sv",
        "Bruket varslar 120 anställda",
        "<main><article class='article article--premium'><h1>Bruket varslar 120 anställda</h1>"
        "<div class='article__body'><p>Pappersbruket i Älvdala varslar 120 anställda om "
        "uppsägning, meddelade ledningen på ett personalmöte i morse.</p><p>Orsaken är sjunkande "
        "efterfrågan på tidningspapper och höga energipriser, enligt vd:n Lars Holm.</p></div>"
        "<div class='paywall'><div class='paywall__inner'><h2>Läs vidare – bli prenumerant</h2>"
        "<p>Du har läst din gratisartikel. Prenumerera för att få tillgång till allt innehåll."
        "</p><a href='/prenumerera' class='button'>Köp prenumeration</a><p>Redan prenumerant? "
        "<a href='/login'>Logga in</a></p></div></div></article></main>",
    ),
    ("Pappersbruket i Älvdala varslar", "Orsaken är sjunkande efterfrågan"),
    ("Prenumerera för att få tillgång", "Redan prenumerant", "Köp prenumeration"),
)

# --- Russian interview with Q/A paragraphs marked by class, and a "Подпишитесь" box.
PROBES.add(
    "ru_interview_qa",
    "https://www.example.ru/interview/2026/02/03/architektor/",
    page(
        "ru",
        "Архитектор: старые дома можно спасти",
        "<main><article><h1>Архитектор: старые дома можно спасти</h1><div class='text'>"
        "<p class='question'>— Почему вы выступаете против сноса купеческих домов?</p>"
        "<p>— Потому что их можно отреставрировать дешевле, чем построить новые. Мы посчитали "
        "это на примере трёх зданий на Береговой улице.</p>"
        "<p class='question'>— Кто будет платить за реставрацию?</p>"
        "<p>— Часть денег даст область, остальное могут вложить арендаторы первых этажей, "
        "которым нужны помещения в центре.</p>"
        "<div class='subscribe-block'><p>Подпишитесь на нашу рассылку и получайте лучшие "
        "материалы недели</p><form><input type='email'><button>Подписаться</button></form>"
        "</div></div></article></main>",
    ),
    (
        "Почему вы выступаете против сноса",
        "Потому что их можно отреставрировать",
        "Кто будет платить за реставрацию",
        "Часть денег даст область",
    ),
    ("Подпишитесь на нашу рассылку",),
)

# --- Arabic live coverage: an intro and entries with times; a "تابعونا" social box.
PROBES.add(
    "ar_live_coverage",
    "https://www.example.net/ar/live/2026/11/01/intikhabat",
    page(
        "ar",
        "تغطية مباشرة: فرز الأصوات",
        "<main><article class='live'><h1>تغطية مباشرة: بدء فرز الأصوات في الانتخابات البلدية"
        "</h1><p class='live-intro'>أغلقت مراكز الاقتراع أبوابها في الساعة السابعة مساء، وبدأت "
        "اللجان فرز الأصوات في جميع الدوائر.</p><div class='live-entries'>"
        "<div class='entry'><span class='time'>21:15</span><p>أعلنت اللجنة العليا أن نسبة "
        "المشاركة بلغت اثنين وخمسين في المئة، وهي الأعلى منذ عشر سنوات.</p></div>"
        "<div class='entry'><span class='time'>20:30</span><p>وصلت الصناديق الأولى إلى مقر "
        "اللجنة في وسط المدينة تحت حراسة الشرطة.</p></div></div>"
        "<div class='social-follow'><p>تابعونا على منصات التواصل الاجتماعي</p><a "
        "href='#'>فيسبوك</a><a href='#'>إكس</a></div></article></main>",
        dir_="rtl",
    ),
    ("أغلقت مراكز الاقتراع أبوابها", "أعلنت اللجنة العليا أن نسبة", "وصلت الصناديق الأولى"),
    ("تابعونا على منصات التواصل",),
)

# --- Swedish live ticker with an intro and numbered entries; "Visa fler" button.
PROBES.add(
    "sv_live_ticker",
    "https://www.example.se/sport/live/skidor-vm-stafett",
    page(
        "sv",
        "Direkt: stafetten i skid-VM",
        "<main><article class='liveblog'><h1>Direkt: Sverige jagar medalj i stafetten</h1><p "
        "class='liveblog__intro'>Fyra åkare ska bära laget genom fyra sträckor på sammanlagt "
        "fyrtio kilometer i snöfallet i Bergstad.</p><div class='liveblog__posts'>"
        "<article class='liveblog-post'><time>14:52</time><p>Tredje sträckan klar och laget ligger "
        "tvåa, elva sekunder efter täten, när Erik Sandberg växlar ut.</p></article>"
        "<article class='liveblog-post'><time>14:20</time><p>Första växeln gick bra, Olle Berg "
        "kom in som fyra efter en lugn inledning i klassisk stil.</p></article></div><button "
        "class='liveblog__more'>Visa fler inlägg</button></article></main>",
    ),
    ("Fyra åkare ska bära laget", "Tredje sträckan klar", "Första växeln gick bra"),
    ("Visa fler inlägg",),
)

# --- Japanese gallery with captions under photos; a "次のギャラリー" link.
PROBES.add(
    "ja_gallery_captions",
    "https://www.example.jp/photo/2026/04/sakura",
    page(
        "ja",
        "写真特集：城跡の桜が満開",
        "<main><div class='photo-gallery'><h1>写真特集：城跡の桜が満開</h1><ul "
        "class='photo-list'><li><img src='/p/1.jpg' alt=''><p class='caption'>城跡公園では"
        "約千本の桜が満開となり、朝から多くの花見客が訪れた。</p></li><li><img "
        "src='/p/2.jpg' alt=''><p class='caption'>夜には石垣がライトアップされ、堀の水面に"
        "桜が映った。</p></li><li><img src='/p/3.jpg' alt=''><p class='caption'>地元の高校"
        "生が茶席を設け、観光客に抹茶をふるまった。</p></li></ul><div class='next-gallery'>"
        "<a href='/photo/2'>次のギャラリー：港まつりの山車</a></div></div></main>",
    ),
    ("城跡公園では約千本の桜が満開", "夜には石垣がライトアップ", "地元の高校生が茶席を設け"),
    ("港まつりの山車",),
)

# --- Chinese interview: 问/答 paragraphs; a "点击关注" line.
PROBES.add(
    "zh_interview_wen_da",
    "https://www.example.com.cn/culture/2026/03/fangtan.html",
    page(
        "zh-CN",
        "对话青年作家：写小城的日常",
        "<main><article class='content'><h1>对话青年作家：写小城的日常</h1><div "
        "class='content-body'>"
        "<p><strong>问：新书为什么选择写家乡的小城？</strong></p>"
        "<p>答：我在那里长大，街上每家店的老板我都认识。我想把这些普通人的日子记下来，因为"
        "小城变化太快了。</p>"
        "<p><strong>问：写作过程中最难的是什么？</strong></p>"
        "<p>答：最难的是保持耐心。有一章我改了十一遍，直到读起来像是邻居在聊天。</p>"
        "<p class='follow'>点击关注，获取更多文化资讯。</p></div></article></main>",
    ),
    ("新书为什么选择写家乡的小城", "我在那里长大", "写作过程中最难的是什么", "最难的是保持耐心"),
    ("点击关注",),
)

# --- Korean explainer with sections and a table; a "많이 본 뉴스" list after it.
PROBES.add(
    "ko_sections_table_most_read",
    "https://www.example.co.kr/economy/2026/01/jeonse-guide",
    page(
        "ko",
        "전세 계약 전 꼭 확인할 것",
        "<main><article><h1>전세 계약 전 꼭 확인할 것</h1><div class='article-txt'>"
        "<p>전세 사기 피해가 잇따르면서 계약 전에 확인해야 할 서류가 늘었다. 전문가들은 "
        "등기부등본과 세금 체납 여부를 반드시 살펴보라고 조언한다.</p>"
        "<h2>등기부등본에서 볼 것</h2><p>집주인의 이름과 근저당 금액을 확인하고, 계약 당일에도 "
        "다시 떼어 보는 것이 안전하다.</p>"
        "<table><tr><th>서류</th><th>발급처</th></tr><tr><td>등기부등본</td><td>인터넷 등기소"
        "</td></tr><tr><td>납세 증명서</td><td>세무서</td></tr></table>"
        "<h2>보증보험 가입</h2><p>보증보험에 가입하면 집주인이 보증금을 돌려주지 못할 때 보험사가 "
        "대신 지급한다.</p></div>"
        "<div class='most-viewed'><h3>많이 본 뉴스</h3><ol><li><a href='/1'>금리 동결에 대출 "
        "문의 증가</a></li><li><a href='/2'>신도시 분양 일정 발표</a></li></ol></div>"
        "</article></main>",
    ),
    ("전세 사기 피해가 잇따르면서", "등기부등본에서 볼 것", "납세 증명서", "보증보험에 가입하면"),
    ("금리 동결에 대출 문의 증가", "신도시 분양 일정 발표"),
)

# --- Russian photo gallery page with captions and a "Другие фотогалереи" block.
PROBES.add(
    "ru_gallery_captions",
    "https://www.example.ru/photo/2026/07/festival-ogney/",
    page(
        "ru",
        "Фестиваль огней на набережной",
        "<main><div class='gallery'><h1>Фестиваль огней на набережной</h1><div class='gallery__"
        "items'><figure><img src='/1.jpg' alt=''><figcaption>В субботу вечером набережную "
        "украсили тысячи фонарей, а над рекой прошёл парад лодок.</figcaption></figure><figure>"
        "<img src='/2.jpg' alt=''><figcaption>Художники из трёх городов показали световые "
        "инсталляции в старых складах у порта.</figcaption></figure></div><div "
        "class='gallery__more'><h2>Другие фотогалереи</h2><a href='/photo/1'>Ярмарка мёда в "
        "центре города</a></div></div></main>",
    ),
    ("набережную украсили тысячи фонарей", "Художники из трёх городов"),
    ("Ярмарка мёда в центре города",),
)

# --- Hindi interview with bold questions (सवाल) and answers (जवाब).
PROBES.add(
    "hi_interview_sawal_jawab",
    "https://www.example.in/hindi/interview/kisan-neta-2026",
    page(
        "hi",
        "किसान नेता से बातचीत",
        "<main><article><h1>किसान नेता से बातचीत: पानी सबसे बड़ा सवाल</h1><div "
        "class='article-body'>"
        "<p><strong>सवाल: इस साल किसानों की सबसे बड़ी परेशानी क्या है?</strong></p>"
        "<p>जवाब: सिंचाई का पानी। नहरें समय पर नहीं खुलतीं और बिजली रात में आती है, इसलिए "
        "किसान पूरी रात खेत में जागते हैं।</p>"
        "<p><strong>सवाल: सरकार से आपकी क्या मांग है?</strong></p>"
        "<p>जवाब: हम चाहते हैं कि दिन में आठ घंटे बिजली मिले और नहरों की सफ़ाई मानसून से पहले "
        "हो।</p>"
        "<div class='follow-us'><p>ताज़ा ख़बरों के लिए हमें फ़ॉलो करें</p></div></div>"
        "</article></main>",
    ),
    (
        "इस साल किसानों की सबसे बड़ी परेशानी",
        "सिंचाई का पानी",
        "सरकार से आपकी क्या मांग",
        "हम चाहते हैं कि दिन में आठ घंटे",
    ),
    ("हमें फ़ॉलो करें",),
)

# --- Italian, a match report: the report, then the line-ups and scorers in a table (the
# "tabellino"); other results in a table beside it.
PROBES.add(
    "it_match_report_lineups_table",
    "https://sport.example.it/calcio/serie-c/2026/03/15/pievefosca-borgo-lame-2-1",
    furnished(
        "it",
        "Pievefosca-Borgo Lame 2-1, decide Ferraris al novantesimo",
        "<p>Il Pievefosca batte il Borgo Lame in rimonta e torna al secondo posto, a tre "
        "punti dalla capolista.</p><p>Gli ospiti erano passati in vantaggio dopo dieci minuti "
        "con un colpo di testa di Monti su calcio d'angolo.</p><p>Nella ripresa il pareggio di "
        "Sala su rigore, poi al novantesimo il tiro da fuori area di Ferraris che si infila "
        "sotto la traversa.</p><h3>Il tabellino</h3><table class='tabellino'><tr><th>"
        "Pievefosca</th><td>Bruni; Costa, Villa, Greco, Fontana; Sala, Marchi, Leone; "
        "Ferraris, Rinaldi, Galli. All. Caruso</td></tr><tr><th>Borgo Lame</th><td>Ricci; "
        "Mancini, Lombardi, Moretti, Barbieri; Monti, Testa, Gentile; Conti, Pellegrini, "
        "Serra. All. Fabbri</td></tr><tr><th>Marcatori</th><td>10' Monti (B), 58' rig. Sala "
        "(P), 90' Ferraris (P)</td></tr><tr><th>Arbitro</th><td>Orlandi di Valmesa</td></tr>"
        "</table><div class='other-results'><h3>Gli altri risultati</h3><table><tr><td>"
        "Castelverde-Riomaggiore</td><td>0-0</td></tr><tr><td>Santa Lucia-Valdorio</td><td>"
        "3-2</td></tr></table></div>",
        Furniture(
            cookie="Questo sito utilizza cookie tecnici e di profilazione.",
            share="Condividi",
            newsletter="Iscriviti alla newsletter dello sport locale.",
            comments_title="Commenti",
            comments=("Finalmente una vittoria sofferta, forza Pieve!",),
            related_title="Leggi anche",
            related=("Serie C, la classifica dopo la ventottesima giornata",),
        ),
    ),
    (
        "torna al secondo posto, a tre punti dalla capolista",
        "con un colpo di testa di Monti su calcio d'angolo",
        "il tiro da fuori area di Ferraris",
        "Bruni; Costa, Villa, Greco, Fontana",
        "90' Ferraris (P)",
    ),
    (
        "utilizza cookie",
        "Iscriviti alla newsletter",
        "forza Pieve",
        "Castelverde-Riomaggiore",
        "la classifica dopo la ventottesima",
    ),
)

# --- Dutch, an obituary in a regional paper: the life told in paragraphs, a short line
# about the funeral, a condolence register and the paper's death notices beside it.
PROBES.add(
    "nl_obituary_condolences",
    "https://www.streekkrant.example.nl/regio/in-memoriam-jet-van-doorn",
    furnished(
        "nl",
        "In memoriam: Jet van Doorn (1931-2026), de stem van de veerpont",
        "<p class='intro'>Bijna veertig jaar riep Jet van Doorn de vertrektijden om op de "
        "veerpont van Halsteren. Ze werd vierennegentig.</p><p>Ze begon als kaartverkoopster "
        "in het jaar dat de pont een motor kreeg, en bleef tot de brug werd geopend.</p><p>"
        "Passagiers herinneren zich vooral haar gewoonte om bij mist een lied te zingen, zodat "
        "de schipper wist waar de steiger lag.</p><p>Na haar pensioen schreef ze een boekje "
        "over de geschiedenis van het veer, dat in de plaatselijke bibliotheek nog altijd "
        "wordt uitgeleend.</p><p><em>De uitvaart vindt zaterdag in besloten kring plaats.</em>"
        "</p>",
        Furniture(
            cookie="Wij gebruiken cookies om onze website te verbeteren.",
            share="Deel dit artikel",
            newsletter="Ontvang elke ochtend het nieuws uit de regio in je mailbox.",
            comments_title="Condoleanceregister",
            comments=("Veel sterkte aan de familie, wat een bijzondere vrouw.",),
            related_title="Overlijdensberichten",
            related=("Kees Bakker, 88 jaar", "Annie de Wit-Smits, 91 jaar"),
        ),
    ),
    (
        "riep Jet van Doorn de vertrektijden om op de veerpont",
        "bleef tot de brug werd geopend",
        "zodat de schipper wist waar de steiger lag",
        "nog altijd wordt uitgeleend",
        "De uitvaart vindt zaterdag in besloten kring plaats.",
    ),
    ("Wij gebruiken cookies", "Ontvang elke ochtend", "Veel sterkte", "Kees Bakker, 88 jaar"),
)

# --- Hindi, the web copy of a newsletter's issue in its archive: an opening note, sections
# under headings, each a few linked items with a line about them; earlier issues beside it.
PROBES.add(
    "hi_newsletter_archive_issue",
    "https://samachar.example.in/newsletter/archive/ank-48",
    furnished(
        "hi",
        "सुबह की चिट्ठी, अंक 48",
        "<p class='date'>शुक्रवार, 6 मार्च</p><p>नमस्ते! इस हफ़्ते की चिट्ठी में पानी की "
        "कमी से जूझते तीन गाँवों की कहानी और किसानों के लिए नई बीमा योजना की पूरी जानकारी है।"
        "</p><h2>इस हफ़्ते की बड़ी ख़बर</h2><p><a href='/gaon-pani'>तीन गाँवों ने मिलकर बनाया "
        "तालाब</a> — बरसात का पानी रोकने के लिए ग्रामीणों ने छह महीने तक हर रविवार श्रमदान "
        "किया।</p><h2>पढ़ने लायक</h2><ul><li><a href='/bima'>नई फसल बीमा योजना</a>: प्रीमियम "
        "अब दो किस्तों में भरा जा सकेगा।</li><li><a href='/mandi'>मंडी के भाव</a>: प्याज़ के "
        "दाम लगातार दूसरे हफ़्ते गिरे।</li></ul><h2>आख़िर में</h2><p>अगले अंक में हम बताएँगे "
        "कि स्कूलों में मिड-डे मील का मेन्यू कैसे तय होता है। पढ़ते रहिए।</p>",
        Furniture(
            cookie="यह वेबसाइट बेहतर अनुभव के लिए कुकीज़ का उपयोग करती है।",
            share="साझा करें",
            newsletter="सुबह की चिट्ठी हर शुक्रवार मुफ़्त पाने के लिए अपना ईमेल दें।",
            comments_title="पाठकों की राय",
            comments=("तालाब वाली ख़बर बहुत प्रेरक लगी।",),
            related_title="पिछले अंक",
            related=("अंक 47: शहर की बसें", "अंक 46: जंगल की आग"),
        ),
    ),
    (
        "पानी की कमी से जूझते तीन गाँवों की कहानी",
        "ग्रामीणों ने छह महीने तक हर रविवार श्रमदान किया",
        "प्रीमियम अब दो किस्तों में भरा जा सकेगा",
        "प्याज़ के दाम लगातार दूसरे हफ़्ते गिरे",
        "मिड-डे मील का मेन्यू कैसे तय होता है",
    ),
    ("कुकीज़ का उपयोग", "मुफ़्त पाने के लिए", "बहुत प्रेरक लगी", "अंक 47: शहर की बसें"),
)

# --- Czech, a story followed by a partner network's box: headlines linked plainly to the
# partners' sites, each over a line of its teaser (another site's link is no roundup's name
# when the text does not go on after it).
PROBES.add(
    "cs_partner_network_headlines_after_text",
    "https://www.zpravy.example.cz/domov/most-pres-radbuzu",
    page(
        "cs",
        "Nový most přes Radbuzu otevřou o měsíc dříve",
        "<main><article><h1>Nový most přes Radbuzu otevřou o měsíc dříve</h1><div "
        "class='article-body'><p>Stavbaři dokončili nosnou konstrukci nového mostu přes "
        "Radbuzu a řidiči by po něm mohli jezdit už v září.</p><p>Město původně počítalo s "
        "otevřením až v říjnu, práce ale urychlilo suché léto.</p><p>Starý most zůstane "
        "otevřený pro chodce a cyklisty, dokud nebude rozhodnuto o jeho opravě.</p></div>"
        "<div class='partner-box'><h2>Z našich partnerských webů</h2><h3><a "
        "href='https://www.auto-partner.example.com/testy/rodinne-kombi'>Test rodinného kombi"
        "</a></h3><p>Jak si vede v zimě a kolik doopravdy spotřebuje.</p><h3><a "
        "href='https://bydleni.example.net/zahrada/jarni-prace'>Co na zahradě v březnu</a>"
        "</h3><p>Deset prací, které se vyplatí nenechat na později.</p></div></article></main>",
    ),
    (
        "Stavbaři dokončili nosnou konstrukci nového mostu",
        "práce ale urychlilo suché léto",
        "zůstane otevřený pro chodce a cyklisty",
    ),
    ("Test rodinného kombi", "Co na zahradě v březnu"),
)

# --- German, a local paper's obituary opening with the life's dates as a line of their own
# and closing with the funeral's time and place.
PROBES.add(
    "de_obituary_life_dates_funeral",
    "https://www.tageblatt.example.de/lokales/nachruf-helga-brandt",
    furnished(
        "de",
        "Nachruf auf Helga Brandt",
        "<p class='lifespan'>* 12. April 1931 † 2. März 2026</p><p>Helga Brandt leitete "
        "dreißig Jahre lang die Stadtbücherei und gründete den ersten Lesekreis für Kinder im "
        "Ort.</p><p>Wer sie kannte, erinnert sich an ihre Geduld und an die Bücherkisten, die "
        "sie mit dem Fahrrad zu den Höfen brachte.</p><p>Sie hinterlässt zwei Töchter und "
        "fünf Enkel.</p><p><strong>Trauerfeier:</strong> Freitag, 14 Uhr, Friedhofskapelle "
        "Talheim</p>",
        Furniture(
            cookie="Wir verwenden Cookies, um unsere Website zu verbessern.",
            share="Artikel teilen",
            newsletter="Der Newsletter mit den wichtigsten Nachrichten aus der Region.",
            comments_title="Kondolenzen",
            comments=("Ohne sie hätte ich nie lesen gelernt. Danke.",),
            related_title="Traueranzeigen",
            related=("Werner Lutz, 87 Jahre", "Gisela Ott, 92 Jahre"),
        ),
    ),
    (
        "leitete dreißig Jahre lang die Stadtbücherei",
        "Bücherkisten, die sie mit dem Fahrrad",
        "zwei Töchter und fünf Enkel",
        "Freitag, 14 Uhr, Friedhofskapelle Talheim",
    ),
    ("Wir verwenden Cookies", "Newsletter mit den wichtigsten", "nie lesen gelernt", "Werner Lutz"),
)

# --- Swedish, a paper's memorial article (declared an article) with its guest book of
# readers' entries under it, named as a guest book and no comment section.
PROBES.add(
    "sv_memorial_article_guest_book",
    "https://www.lansbladet.example.se/familj/minnesord-gunnar-holm",
    furnished(
        "sv",
        "Minnesord: Gunnar Holm",
        "<p>Gunnar Holm, som i fyrtio år körde skolskjutsen mellan byarna längs älven, har "
        "avlidit i en ålder av 86 år.</p><p>Han kände varje barn vid namn och stannade "
        "alltid en extra minut när någon sprang för att hinna med.</p><p>På fritiden "
        "byggde han fågelholkar som han satte upp vid varje hållplats på linjen, och många "
        "av dem sitter kvar än i dag.</p><p>Han sörjs närmast av hustrun Maj, tre barn och "
        "åtta barnbarn.</p><div class='minnesbok'><h3>Minnesbok</h3><div "
        "class='minnesbok-post'><p class='meta'>Skrivet av Karin Ek, 4 mars 2026</p><p>Han "
        "väntade på mig varje morgon i tre år, även när jag var sen.</p></div><div "
        "class='minnesbok-post'><p class='meta'>Skrivet av Olle Berg, 5 mars 2026</p><p>Tack "
        "för alla åren på bussen, Gunnar.</p></div></div>",
        Furniture(
            cookie="Vi använder kakor för att förbättra webbplatsen.",
            share="Dela artikeln",
            newsletter="Få dagens viktigaste nyheter från länet i din inkorg.",
            comments_title="Kommentarer",
            comments=("Vilken fin text om en fin människa.",),
            related_title="Familj",
            related=("Högtidsdagar i veckan", "Dödsannonser"),
        ),
        head="<meta property='og:type' content='article'>",
    ),
    (
        "körde skolskjutsen mellan byarna längs älven",
        "stannade alltid en extra minut",
        "fågelholkar som han satte upp vid varje hållplats",
        "hustrun Maj, tre barn och åtta barnbarn",
    ),
    (
        "Vi använder kakor",
        "dagens viktigaste nyheter",
        "även när jag var sen",
        "Tack för alla åren på bussen",
        "Högtidsdagar i veckan",
    ),
)
