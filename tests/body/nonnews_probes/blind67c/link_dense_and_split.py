"""The blind67c probe's fourth part, written after the first three were run and before this
part was: structure that looks like furniture — a Norwegian article split over two body
containers around a row of story cards, a Lithuanian glossary whose terms are all links, a
Latvian changelog whose entries end on pull request and user links, a Slovenian recipe of
an ingredients table and step ``<div>``s, a Bulgarian forum's first post in an old
vBulletin table with a quoted post, a Danish pros and cons table of sentences, a Serbian
interview of ``<h4>`` questions and bare ``<div>`` answers around an ad label, a Malay
story going on after an embedded ``<article>`` card of another story, and a Tamil manual
whose sections are collapsible ``<details>`` already open."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, paras, share
from ._kit import Site, add

NO = Site(
    lang="nb",
    name="Fjordposten",
    host="fjordposten.example.no",
    nav=("Nyheter", "Kultur", "Sport", "Debatt"),
    cookie="Vi bruker informasjonskapsler.",
    share="Del saken",
    newsletter="Meld deg på nyhetsbrevet vårt.",
    comment="Skriv en kommentar",
    related_title="Mest lest",
    related=("Ny ferje til Hareid", "Rekordår for turistene"),
    footer="Ansvarlig redaktør: Fjordposten AS.",
)


def _no_card(n: int, title: str) -> str:
    return (
        f"<article class='story-card'><a href='/s/{n}'><img src='/c{n}.jpg' alt=''><h3>{title}"
        "</h3></a></article>"
    )


add(
    "article_split_around_story_cards",
    NO,
    "Bygda som bygde sitt eget bibliotek",
    "<article class='article'><h1>Bygda som bygde sitt eget bibliotek</h1><div "
    "class='article-body'>"
    + paras(
        "Da kommunen la ned filialen i Vik, bestemte innbyggerne seg for å bygge et nytt "
        "bibliotek selv.",
        "Snekkere, pensjonister og skoleelever jobbet på dugnad hver lørdag i to år.",
    )
    + "</div><div class='story-cards-row'><h2>Les også</h2>"
    + _no_card(1, "Skolen som fikk nytt tak")
    + _no_card(2, "Kafeen som overlevde pandemien")
    + "</div><div class='article-body'>"
    + paras(
        "I dag har biblioteket over fire tusen bøker, alle gitt av bygdefolket.",
        "Neste prosjekt er en lesesal med utsikt over fjorden.",
    )
    + "</div>"
    + share(NO)
    + "</article>",
    (
        "bestemte innbyggerne seg for å bygge et nytt bibliotek selv.",
        "jobbet på dugnad hver lørdag i to år.",
        "I dag har biblioteket over fire tusen bøker, alle gitt av bygdefolket.",
        "Neste prosjekt er en lesesal med utsikt over fjorden.",
    ),
    ("Skolen som fikk nytt tak", "Kafeen som overlevde pandemien"),
)

LT = Site(
    lang="lt",
    name="Bitės žodynas",
    host="bitezodynas.example.lt",
    nav=("Pradžia", "Žodynas", "Straipsniai", "Apie"),
    cookie="Svetainė naudoja slapukus.",
    share="Dalintis puslapiu",
    newsletter="Užsiprenumeruokite naujienlaiškį.",
    comment="Parašykite komentarą",
    related_title="Susiję straipsniai",
    related=("Kaip prižiūrėti avilį žiemą", "Medaus rūšys"),
    footer="Visos teisės saugomos.",
)

add(
    "glossary_linked_terms",
    LT,
    "Bitininkystės terminai",
    "<article class='post'><h1 class='entry-title'>Bitininkystės terminai</h1><div "
    "class='entry-content'>"
    + paras("Trumpas žodynėlis pradedantiesiems bitininkams.")
    + "<dl><dt><a href='/t/avilys'>Avilys</a></dt><dd>Namelis, kuriame gyvena bičių šeima."
    "</dd><dt><a href='/t/korys'>Korys</a></dt><dd>Vaško plokštė iš šešiakampių akučių."
    "</dd><dt><a href='/t/motinele'>Motinėlė</a></dt><dd>Vienintelė šeimos patelė, dedanti "
    "kiaušinėlius.</dd><dt><a href='/t/spiecius'>Spiečius</a></dt><dd>Bičių būrys, "
    "paliekantis avilį su sena motinėle.</dd></dl></div>" + share(LT) + "</article>",
    (
        "Trumpas žodynėlis pradedantiesiems bitininkams.",
        "Korys",
        "Vaško plokštė iš šešiakampių akučių.",
        "Vienintelė šeimos patelė, dedanti kiaušinėlius.",
        "Bičių būrys, paliekantis avilį su sena motinėle.",
    ),
)

LV = Site(
    lang="lv",
    name="Dzintars",
    host="dzintars-dev.example.lv",
    nav=("Dokumentācija", "Lejupielāde", "Kopiena"),
    cookie="Šī vietne izmanto sīkdatnes.",
    share="Kopīgot",
    newsletter="Pierakstieties jaunumiem par laidieniem.",
    comment="Atstājiet atsauksmi",
    related_title="Saistītās lapas",
    related=("Uzstādīšana", "Bieži uzdotie jautājumi"),
    footer="Dzintars ir atvērtā pirmkoda projekts.",
)

add(
    "changelog_entries_with_pr_links",
    LV,
    "Izmaiņu žurnāls",
    "<main class='docs-main'><h1>Izmaiņu žurnāls</h1><h2>2.4.0</h2><ul><li>Pievienots "
    "latviešu datumu formāts (<a href='/pull/812'>#812</a>, <a href='/u/ilze'>@ilze</a>)"
    "</li><li>Labota kļūda, kas dublēja pēdējo rindu (<a href='/pull/809'>#809</a>, <a "
    "href='/u/janis'>@janis</a>)</li></ul><h2>2.3.2</h2><ul><li>Atjaunināta atkarība "
    "<a href='/pkg/saule'>saule</a> uz 1.9 (<a href='/pull/790'>#790</a>)</li></ul><h2>2.3.1"
    "</h2><ul><li>Paātrināta lielu failu ielāde (<a href='/pull/777'>#777</a>, <a "
    "href='/u/ilze'>@ilze</a>)</li></ul></main>",
    (
        "Pievienots latviešu datumu formāts",
        "Labota kļūda, kas dublēja pēdējo rindu",
        "Paātrināta lielu failu ielāde",
        "2.3.2",
    ),
    template="app",
    path="docs/changelog",
)

SL = Site(
    lang="sl",
    name="Babičina kuhinja",
    host="babicinakuhinja.example.si",
    nav=("Recepti", "Sladice", "Juhe", "O nas"),
    cookie="Spletna stran uporablja piškotke.",
    share="Deli recept",
    newsletter="Prijavite se na tedenske recepte.",
    comment="Napišite komentar",
    related_title="Podobni recepti",
    related=("Ajdovi žganci", "Jabolčni zavitek"),
    footer="Vse pravice pridržane.",
)

add(
    "recipe_table_and_step_divs",
    SL,
    "Prekmurska gibanica",
    "<article class='recipe'><h1>Prekmurska gibanica</h1>"
    + paras("Praznična sladica s štirimi nadevi, ki jo pri nas pečemo za vsako poroko.")
    + "<table class='ingredients'><tr><td>vlečeno testo</td><td>500 g</td></tr><tr><td>"
    "skuta</td><td>600 g</td></tr><tr><td>mleti mak</td><td>250 g</td></tr><tr><td>orehi"
    "</td><td>250 g</td></tr><tr><td>jabolka</td><td>1 kg</td></tr></table><div "
    "class='steps'><div class='step'><span class='n'>1</span><div class='t'>Pripravite "
    "štiri nadeve: skutnega, makovega, orehovega in jabolčnega.</div></div><div "
    "class='step'><span class='n'>2</span><div class='t'>V pekač izmenično nalagajte testo "
    "in nadeve, vsak sloj pokapajte s smetano.</div></div><div class='step'><span "
    "class='n'>3</span><div class='t'>Pecite eno uro pri 180 stopinjah, da se lepo "
    "zapeče.</div></div></div>" + share(SL) + "</article>" + comment_prompt(SL),
    (
        "Praznična sladica s štirimi nadevi",
        "mleti mak",
        "Pripravite štiri nadeve: skutnega, makovega, orehovega in jabolčnega.",
        "vsak sloj pokapajte s smetano.",
        "Pecite eno uro pri 180 stopinjah, da se lepo zapeče.",
    ),
)

BG = Site(
    lang="bg",
    name="Форум Пчелар",
    host="forum-pchelar.example.bg",
    nav=("Форум", "Правила", "Търсене", "Вход"),
    cookie="Този сайт използва бисквитки.",
    share="Сподели темата",
    newsletter="Абонирайте се за нови теми.",
    comment="Бърз отговор",
    related_title="Подобни теми",
    related=("Варроа през есента", "Зимно подхранване"),
    footer="Форум Пчелар работи с vBulletin.",
)

add(
    "vbulletin_first_post_with_quote",
    BG,
    "Пренасяне на кошери през зимата",
    "<table class='tborder' width='100%'><tr><td class='thead'>Пренасяне на кошери през "
    "зимата</td></tr><tr><td class='alt2'><div class='bigusername'>Стоян_Пчеларя</div><div "
    "class='smallfont'>Регистриран: 03.2011<br>Мнения: 2 304</div></td></tr><tr><td "
    "class='alt1' id='td_post_5511'><div id='post_message_5511'><div class='bbcode_quote'>"
    "<div class='bbcode_postedby'>Цитат на Митко</div><div class='message'>Може ли да се "
    "местят кошери през януари?</div></div>Може, но само в студен ден, когато пчелите са в "
    "кълбо.<br><br>Затворете входовете вечерта преди това и возете бавно, без "
    "друсане.<br><br>На новото място ги поставете на същата височина и не отваряйте до "
    "пролетта.</div><div class='signature'>Пчелар от 1998, Троянско</div></td></tr><tr><td "
    "class='alt1' id='td_post_5512'><div id='post_message_5512'>Благодаря!</div></td></tr>"
    "</table>",
    (
        "Може, но само в студен ден, когато пчелите са в кълбо.",
        "Затворете входовете вечерта преди това",
        "не отваряйте до пролетта.",
    ),
    ("Пчелар от 1998, Троянско", "Мнения: 2 304"),
    template="table",
    path="showthread.php?t=881",
)

DA = Site(
    lang="da",
    name="Cykelguiden",
    host="cykelguiden.example.dk",
    nav=("Tests", "Guides", "Tilbud", "Kontakt"),
    cookie="Vi bruger cookies.",
    share="Del artiklen",
    newsletter="Tilmeld dig vores nyhedsbrev.",
    comment="Skriv en kommentar",
    related_title="Relaterede guides",
    related=("Sådan vælger du cykellygter", "Vinterdæk til cyklen"),
    footer="Cykelguiden ApS.",
)

add(
    "pros_cons_table_of_sentences",
    DA,
    "Ladcykel eller cykelanhænger?",
    "<article class='post'><h1 class='entry-title'>Ladcykel eller cykelanhænger?</h1><div "
    "class='entry-content'>"
    + paras("Vi har kørt børn i begge dele hele vinteren.")
    + "<table><thead><tr><th>Fordele</th><th>Ulemper</th></tr></thead><tbody><tr><td>"
    "Ladcyklen er stabil, og børnene sidder lige foran dig.</td><td>Den fylder meget og er "
    "svær at parkere i byen.</td></tr><tr><td>Anhængeren kan kobles af, når du handler "
    "alene.</td><td>Den er lav og kan være svær at se for bilisterne.</td></tr></tbody>"
    "</table>"
    + paras("Bor du i lejlighed, vil vi anbefale anhængeren.")
    + "</div>"
    + share(DA)
    + "</article>",
    (
        "Vi har kørt børn i begge dele hele vinteren.",
        "børnene sidder lige foran dig.",
        "Den fylder meget og er svær at parkere i byen.",
        "Den er lav og kan være svær at se for bilisterne.",
        "Bor du i lejlighed, vil vi anbefale anhængeren.",
    ),
)

SR = Site(
    lang="sr",
    name="Културни преглед",
    host="kulturnipregled.example.rs",
    nav=("Интервјуи", "Књиге", "Позориште", "Контакт"),
    cookie="Овај сајт користи колачиће.",
    share="Подели интервју",
    newsletter="Пријавите се на наш билтен.",
    comment="Оставите коментар",
    related_title="Још интервјуа",
    related=("Вајарка из Ниша", "Гуслар са Златибора"),
    footer="Сва права задржана.",
)

add(
    "interview_h4_questions_bare_divs",
    SR,
    "Разговор са преводиоцем Марком Илићем",
    "<article class='interview'><h1>Разговор са преводиоцем Марком Илићем</h1><div "
    "class='body'><h4>Како сте почели да преводите?</h4><div>Као студент сам превео једну "
    "исландску сагу само за себе, а онда ју је издавач прочитао.</div><h4>Шта је најтеже у "
    "превођењу поезије?</h4><div>Ритам. Речи се могу наћи, али ритам се мора изнова "
    "измислити.</div><div class='ad-slot'><span>Оглас</span></div><h4>На чему радите "
    "сада?</h4><div>На збирци фарских балада, коју ћемо објавити на пролеће.</div></div>"
    + share(SR)
    + "</article>",
    (
        "Како сте почели да преводите?",
        "исландску сагу само за себе",
        "Ритам. Речи се могу наћи, али ритам се мора изнова измислити.",
        "На чему радите сада?",
        "На збирци фарских балада, коју ћемо објавити на пролеће.",
    ),
    ("Оглас",),
)

MS = Site(
    lang="ms",
    name="Berita Kampung",
    host="beritakampung.example.my",
    nav=("Tempatan", "Sukan", "Hiburan", "Pendapat"),
    cookie="Laman ini menggunakan kuki.",
    share="Kongsi berita",
    newsletter="Langgan surat berita kami.",
    comment="Tulis komen anda",
    related_title="Berita berkaitan",
    related=("Pasar malam baharu dibuka", "Jambatan gantung dibaiki"),
    footer="Hak cipta terpelihara Berita Kampung.",
)

add(
    "story_after_embedded_article_card",
    MS,
    "Sekolah kecil di hulu sungai menang pertandingan robotik",
    "<article class='news'><h1>Sekolah kecil di hulu sungai menang pertandingan robotik</h1>"
    "<div class='news-content'>"
    + paras(
        "Sekolah Kebangsaan Ulu Tembeling yang hanya mempunyai 48 murid menjuarai "
        "pertandingan robotik peringkat negeri.",
        "Robot mereka dibina daripada bahan terpakai, termasuk motor kipas lama.",
    )
    + "<article class='embedded-story'><a href='/b/77'><img src='/b77.jpg' alt=''><h4>Murid "
    "luar bandar cipta penapis air murah</h4><p>Ciptaan itu kini digunakan di tiga buah "
    "kampung berhampiran.</p></a></article>"
    + paras(
        "Guru pembimbing, Cikgu Rosnah, berkata kemenangan itu hasil latihan setiap petang "
        "selepas waktu sekolah.",
        "Pasukan itu akan mewakili negeri ke peringkat kebangsaan bulan depan.",
    )
    + "</div>"
    + share(MS)
    + "</article>",
    (
        "yang hanya mempunyai 48 murid menjuarai pertandingan robotik",
        "termasuk motor kipas lama.",
        "hasil latihan setiap petang selepas waktu sekolah.",
        "akan mewakili negeri ke peringkat kebangsaan bulan depan.",
    ),
    ("Ciptaan itu kini digunakan di tiga buah kampung berhampiran.",),
)

TA = Site(
    lang="ta",
    name="தமிழ் நிரலாக்க கையேடு",
    host="tamilnirai.example.in",
    nav=("தொடக்கம்", "கையேடு", "உதவி"),
    cookie="இந்த தளம் குக்கீகளைப் பயன்படுத்துகிறது.",
    share="பக்கத்தைப் பகிர்க",
    newsletter="புதிய பக்கங்களுக்கு பதிவு செய்யுங்கள்.",
    comment="கருத்தைப் பதிவிடுக",
    related_title="தொடர்புடைய பக்கங்கள்",
    related=("நிறுவுதல்", "அடிக்கடி கேட்கப்படும் கேள்விகள்"),
    footer="உரிமை தமிழ் நிரலாக்க குழு.",
)

add(
    "manual_open_details_sections",
    TA,
    "கோப்புகளைச் சேமித்தல்",
    "<main class='manual'><h1>கோப்புகளைச் சேமித்தல்</h1><p>இந்தப் பக்கம் கோப்புகளைச் "
    "சேமிக்கும் மூன்று வழிகளை விளக்குகிறது.</p><details open><summary>தானியங்கி சேமிப்பு"
    "</summary><p>ஒவ்வொரு ஐந்து நிமிடத்திற்கும் நிரல் தானாகவே கோப்பைச் சேமிக்கிறது.</p>"
    "</details><details open><summary>கைமுறைச் சேமிப்பு</summary><p>Ctrl மற்றும் S விசைகளை "
    "ஒன்றாக அழுத்தினால் உடனே சேமிக்கப்படும்.</p></details><details open><summary>மேகச் "
    "சேமிப்பு</summary><p>இணைய இணைப்பு இருந்தால் கோப்பின் நகல் மேகத்திலும் வைக்கப்படும்."
    "</p></details></main>",
    (
        "சேமிக்கும் மூன்று வழிகளை விளக்குகிறது.",
        "தானியங்கி சேமிப்பு",
        "ஒவ்வொரு ஐந்து நிமிடத்திற்கும் நிரல் தானாகவே கோப்பைச் சேமிக்கிறது.",
        "ஒன்றாக அழுத்தினால் உடனே சேமிக்கப்படும்.",
        "கோப்பின் நகல் மேகத்திலும் வைக்கப்படும்.",
    ),
    template="portal",
    path="manual/save",
)
