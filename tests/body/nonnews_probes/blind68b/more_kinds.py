"""The blind68b probe's third batch, written after the second ran: kinds no kit had yet, each
in a language the kits use little: a Slovak README under a code host's file list, a
Croatian crowdfunding campaign, a Latvian medicine leaflet, an Icelandic hiking trail, an
Irish staff profile with publications, a Slovenian statute article between article pagers,
an Estonian pet adoption profile, a Malay weather forecast, a Traditional Chinese library
record, a Macedonian election results page and an Albanian volunteer call."""

from __future__ import annotations

from ..blind66._kit import newsletter, paras, share
from ._kit import Site, add

SK = Site(
    lang="sk",
    name="KódDom",
    host="koddom.example.sk",
    nav=("Projekty", "Skupiny", "Preskúmať", "Pomoc"),
    cookie="Používame súbory cookie.",
    share="Skopírovať odkaz na repozitár",
    newsletter="Odoberajte novinky platformy KódDom.",
    comment="Nahlásiť problém",
    related_title="Podobné projekty",
    related=("rozvrh-skoly", "kniznica-katalog"),
    footer="KódDom, hosting pre otvorený softvér.",
)


def _file_row(name: str, message: str, age: str) -> str:
    return (
        f"<tr class='file-row'><td class='name'><a href='/f/{name}'>{name}</a></td><td"
        f" class='commit-msg'><a href='#'>{message}</a></td><td class='age'>{age}</td></tr>"
    )


add(
    "readme_under_file_list",
    SK,
    "cestovne-poriadky",
    "<div class='repo'><div class='repo-header'><h1><a href='#'>mestodata</a> /"
    " <strong>cestovne-poriadky</strong></h1><button>★ Hviezdička 48</button><button>Fork 6"
    "</button></div><table class='file-list'>"
    + _file_row("src", "Oprava časového pásma pri prestupoch", "pred 3 dňami")
    + _file_row("tests", "Testy pre nočné linky", "pred týždňom")
    + _file_row("README.md", "Doplnený návod na import", "pred 2 mesiacmi")
    + "</table><article class='markdown-body readme'><h1>cestovne-poriadky</h1>"
    + paras(
        "Knižnica načíta cestovné poriadky mestskej dopravy vo formáte GTFS a vypočíta"
        " najbližšie odchody z ľubovoľnej zastávky.",
    )
    + "<h2>Inštalácia</h2><pre><code>pip install cestovne-poriadky</code></pre><h2>Použitie"
    "</h2><pre><code>from cestovne_poriadky import Poriadok\np = Poriadok('gtfs.zip')\n"
    "p.odchody('Hlavná stanica')</code></pre>"
    + paras("Licencia: MIT. Dáta dopravcu sú dostupné pod licenciou CC BY.")
    + "</article></div>",
    (
        "najbližšie odchody z ľubovoľnej zastávky.",
        "pip install cestovne-poriadky",
        "p.odchody('Hlavná stanica')",
        "Licencia: MIT.",
    ),
    ("Oprava časového pásma pri prestupoch", "Testy pre nočné linky", "★ Hviezdička 48"),
    template="app",
    path="mestodata/cestovne-poriadky",
)

HR = Site(
    lang="hr",
    name="Zajedno.hr",
    host="zajedno.example.hr",
    nav=("Kampanje", "Pokreni kampanju", "Kako radi", "Blog"),
    cookie="Ova stranica koristi kolačiće.",
    share="Podijeli kampanju",
    newsletter="Primajte nove kampanje iz svoje županije.",
    comment="Napiši komentar podrške",
    related_title="Slične kampanje",
    related=("Novi krov za dom kulture", "Igralište u Brezju"),
    footer="Zajedno.hr, platforma za skupno financiranje.",
)

add(
    "crowdfunding_campaign",
    HR,
    "Obnovimo stari mlin na Korani",
    "<div class='campaign'><h1>Obnovimo stari mlin na Korani</h1><div class='campaign-stats'>"
    "<span>Prikupljeno 18.420 €</span><span>312 podržavatelja</span><span>Još 12 dana</span>"
    "<a class='btn back-project' href='#'>Podrži projekt</a></div><div class='campaign-story'>"
    "<h2>O projektu</h2>"
    + paras(
        "Mlin na Korani radio je od 1870. do 1965. godine i bio je srce sela Grabovac.",
        "Udruga mještana želi obnoviti krovište i mlinsko kolo te u mlinu urediti malu"
        " izložbu o povijesti mljevenja žita.",
    )
    + "<h2>Na što ćemo potrošiti novac</h2><ul><li>Krovište od hrastove šindre: 11.000 €</li>"
    "<li>Novo mlinsko kolo: 7.500 €</li></ul></div><div class='rewards'><h3>Nagrade</h3><div"
    " class='reward'><b>20 €</b> Razglednica mlina i zahvala na web stranici</div></div>"
    + share(HR)
    + "</div>",
    (
        "Mlin na Korani radio je od 1870. do 1965. godine",
        "urediti malu izložbu o povijesti mljevenja žita.",
        "Krovište od hrastove šindre: 11.000 €",
        "Novo mlinsko kolo: 7.500 €",
    ),
    ("Podrži projekt", "312 podržavatelja", "Još 12 dana"),
    template="theme",
    path="kampanje/mlin-korana",
)

LV = Site(
    lang="lv",
    name="Zāļu reģistrs",
    host="zalu-registrs.example.lv",
    nav=("Meklēt zāles", "Lietošanas instrukcijas", "Brīdinājumi", "Par mums"),
    cookie="Vietne izmanto sīkdatnes.",
    share="Kopīgot",
    newsletter="Saņemiet drošuma brīdinājumus e-pastā.",
    comment="Ziņot par blakusparādību",
    related_title="Citas zāles ar to pašu vielu",
    related=("Paracetamols 500 mg tabletes", "Paracetamola šķīdums bērniem"),
    footer="Zāļu reģistrs. Informācija neaizstāj ārsta konsultāciju.",
)

add(
    "medicine_leaflet_sections",
    LV,
    "Lietošanas instrukcija: Kalmeols 200 mg tabletes",
    "<div class='leaflet'><div class='leaflet-tools'><a href='#'>Lejupielādēt PDF</a><a"
    " href='#'>Drukāt</a></div><h1>Lietošanas instrukcija: Kalmeols 200 mg tabletes</h1>"
    "<h2>1. Kas ir Kalmeols un kādam nolūkam to lieto</h2>"
    + paras(
        "Kalmeols ir pretsāpju līdzeklis, ko lieto vieglu un vidēji stipru galvassāpju un"
        " zobu sāpju mazināšanai."
    )
    + "<h2>2. Kas jāzina pirms Kalmeola lietošanas</h2><p>Nelietojiet Kalmeolu šādos"
    " gadījumos:</p><ul><li>ja Jums ir alerģija pret ibuprofēnu;</li><li>ja Jums ir bijusi"
    " kuņģa asiņošana.</li></ul><h2>3. Kā lietot Kalmeolu</h2>"
    + paras("Pieaugušie: viena tablete ik pēc 6–8 stundām. Nepārsniedziet trīs tabletes diennaktī.")
    + "</div>",
    (
        "vieglu un vidēji stipru galvassāpju un zobu sāpju mazināšanai.",
        "2. Kas jāzina pirms Kalmeola lietošanas",
        "ja Jums ir alerģija pret ibuprofēnu;",
        "ja Jums ir bijusi kuņģa asiņošana.",
        "Nepārsniedziet trīs tabletes diennaktī.",
    ),
    ("Lejupielādēt PDF",),
    template="portal",
    path="zales/kalmeols-200/instrukcija",
)

IS = Site(
    lang="is",
    name="Gönguleiðir",
    host="gonguleidir.example.is",
    nav=("Leiðir", "Landshlutar", "Búnaður", "Um vefinn"),
    cookie="Vefurinn notar vafrakökur.",
    share="Deila leiðinni",
    newsletter="Fáðu nýjar gönguleiðir í tölvupósti.",
    comment="Skrifa athugasemd",
    related_title="Leiðir í nágrenninu",
    related=("Hengill um Marardal", "Reykjadalur"),
    footer="Gönguleiðir, upplýsingavefur um útivist.",
)

add(
    "hiking_trail_stats",
    IS,
    "Glymur um Botnsdal",
    "<div class='trail'><h1>Glymur um Botnsdal</h1><dl class='trail-stats'><dt>Vegalengd"
    "</dt><dd>7,2 km</dd><dt>Hækkun</dt><dd>360 m</dd><dt>Erfiðleikastig</dt><dd>Miðlungs"
    "</dd></dl><div class='map-widget'><div id='map'></div><a href='#'>Sækja GPX-skrá</a>"
    "<a href='#'>Opna í korti</a></div>"
    + paras(
        "Gengið er frá bílastæðinu innst í Botnsdal og yfir Botnsá á trjádrumbi.",
        "Leiðin liggur upp með gljúfrinu að vestanverðu þar sem sést niður að fossinum.",
        "Á vorin getur áin verið of vatnsmikil til að vaða hana efst; þá er snúið sömu leið"
        " til baka.",
    )
    + "</div>",
    (
        "Gengið er frá bílastæðinu innst í Botnsdal",
        "sést niður að fossinum.",
        "þá er snúið sömu leið til baka.",
    ),
    ("Sækja GPX-skrá", "Opna í korti"),
    template="theme",
    path="leidir/glymur",
)

GA = Site(
    lang="ga",
    name="Ollscoil an Chósta",
    host="ollscoil-chosta.example.ie",
    nav=("Staidéar", "Taighde", "Foireann", "Teagmháil"),
    cookie="Úsáideann an suíomh seo fianáin.",
    share="Roinn an leathanach seo",
    newsletter="Cláraigh le haghaidh nuachtlitir na scoile.",
    comment="Seol aiseolas",
    related_title="Baill foirne eile",
    related=("An Dr. Pádraig Ó Sé", "An tOllamh Máire Nic Aodha"),
    footer="Ollscoil an Chósta, Scoil na Mara.",
)

add(
    "staff_profile_publications",
    GA,
    "An Dr. Siobhán Ní Bhriain",
    "<div class='profile'><div class='profile-card'><img src='/p/snb.jpg' alt=''><p"
    " class='role'>Léachtóir Sinsearach</p><a class='btn' href='#'>Seol ríomhphost</a></div>"
    "<div class='profile-main'><h1>An Dr. Siobhán Ní Bhriain</h1><h2>Beathaisnéis</h2>"
    + paras(
        "Is éiceolaí mara í Siobhán a bhfuil spéis ar leith aici i bhfeamainn an chósta"
        " thiar agus san athrú atá ag teacht uirthi le téamh na farraige.",
    )
    + "<h2>Réimsí taighde</h2><ul><li>Foraoisí ceilpe</li><li>Saothrú feamainne"
    " inbhuanaithe</li></ul><h2>Foilseacháin roghnaithe</h2><ul><li>Ní Bhriain, S. (2024)."
    " <a href='#'>Ceilp faoi bhrú: teocht agus fás i gCuan na Gaillimhe</a>. Iris Éiceolaíochta"
    " Mara 12.</li><li>Ní Bhriain, S. agus Ó Cuív, D. (2021). <a href='#'>Feamainn sa"
    " stair</a>. Baile Átha Cliath: Cois Life.</li></ul></div></div>",
    (
        "spéis ar leith aici i bhfeamainn an chósta thiar",
        "Foraoisí ceilpe",
        "Saothrú feamainne inbhuanaithe",
        "Ceilp faoi bhrú: teocht agus fás i gCuan na Gaillimhe",
        "Feamainn sa stair",
    ),
    ("Seol ríomhphost",),
    template="portal",
    path="foireann/siobhan-ni-bhriain",
)

SL = Site(
    lang="sl",
    name="Pravni portal Zakonik",
    host="zakonik.example.si",
    nav=("Predpisi", "Sodna praksa", "Novice", "Naročnina"),
    cookie="Spletišče uporablja piškotke.",
    share="Deli člen",
    newsletter="Prejemajte obvestila o spremembah predpisov.",
    comment="Dodaj opombo",
    related_title="Povezani predpisi",
    related=("Zakon o ohranjanju narave", "Uredba o vodnih pravicah"),
    footer="Zakonik ne jamči za pravilnost prečiščenih besedil.",
)

add(
    "statute_article_pagers",
    SL,
    "Zakon o vodah, 37. člen",
    "<div class='predpis'><nav class='clen-pager'><a href='#'>« 36. člen</a><a href='#'>"
    "38. člen »</a></nav><h1>Zakon o vodah, 37. člen</h1><h2>(priobalno zemljišče)</h2><p"
    " class='odstavek'>(1) Priobalno zemljišče celinskih voda sega 15 metrov od meje vodnega"
    " zemljišča pri vodah prvega reda.</p><p class='odstavek'>(2) Na priobalnem zemljišču je"
    " prepovedano graditi objekte, razen objektov javne infrastrukture.</p><div"
    " class='clen-tools'><a href='#'>Natisni</a><a href='#'>Izvozi v Word</a></div><div"
    " class='zgodovina'><h3>Zgodovina sprememb</h3><ul><li>Uradni list 56/2024</li></ul>"
    "</div><nav class='clen-pager'><a href='#'>« 36. člen</a><a href='#'>38. člen »</a>"
    "</nav></div>",
    (
        "(1) Priobalno zemljišče celinskih voda sega 15 metrov",
        "(2) Na priobalnem zemljišču je prepovedano graditi objekte",
        "(priobalno zemljišče)",
    ),
    ("« 36. člen", "38. člen »", "Izvozi v Word"),
    template="theme",
    path="predpisi/zakon-o-vodah/clen-37",
)

ET = Site(
    lang="et",
    name="Kassikodu MTÜ",
    host="kassikodu.example.ee",
    nav=("Kodu ootavad", "Kuidas aidata", "Vabatahtlikele", "Kontakt"),
    cookie="Veebileht kasutab küpsiseid.",
    share="Jaga Muri lugu",
    newsletter="Liitu uudiskirjaga ja saa teada uutest hoolealustest.",
    comment="Jäta kommentaar",
    related_title="Teised kodu ootavad kassid",
    related=("Triibu, 2 aastat", "Lumi, 5 kuud"),
    footer="Kassikodu MTÜ, Tartu.",
)

add(
    "pet_adoption_profile",
    ET,
    "Muri, 4 aastat",
    "<div class='animal'><h1>Muri, 4 aastat</h1><ul class='facts'><li>Sugu: emane</li><li>"
    "Steriliseeritud: jah</li><li>Sobib lastega: jah</li></ul>"
    + paras(
        "Muri leiti sügisel ühe Annelinna maja keldrist koos kolme pojaga, kes on nüüdseks"
        " kodu leidnud.",
        "Ta on rahulik ja armastab aknalaual päikest võtta, aga teisi kasse ei talu.",
    )
    + "<a class='btn adopt' href='#'>Esita lapsendamise avaldus</a><div class='sponsor-box'>"
    "<p>Ei saa kassi koju võtta? Toeta Muri toitu 10 euroga kuus.</p></div></div>",
    (
        "koos kolme pojaga, kes on nüüdseks kodu leidnud.",
        "Ta on rahulik ja armastab aknalaual päikest võtta, aga teisi kasse ei talu.",
    ),
    ("Esita lapsendamise avaldus", "Ei saa kassi koju võtta? Toeta Muri toitu 10 euroga kuus."),
    template="app",
    path="kassid/muri",
)

MS = Site(
    lang="ms",
    name="Cuaca Semenanjung",
    host="cuaca.example.my",
    nav=("Ramalan", "Amaran", "Radar", "Iklim"),
    cookie="Laman ini menggunakan kuki.",
    share="Kongsi ramalan",
    newsletter="Langgan amaran cuaca untuk negeri anda.",
    comment="Hantar maklum balas",
    related_title="Bandar berdekatan",
    related=("Ramalan Kuala Terengganu", "Ramalan Kota Bharu"),
    footer="Data cuaca dikemas kini setiap jam.",
)

add(
    "weather_forecast_text",
    MS,
    "Ramalan cuaca Kuantan: 7 hari",
    "<div class='forecast-page'><h1>Ramalan cuaca Kuantan: 7 hari</h1><div"
    " class='app-promo'><p>Muat turun aplikasi kami untuk amaran segera.</p></div>"
    "<div class='forecast-summary'>"
    + paras(
        "Monsun timur laut membawa hujan lebat berterusan ke pesisir Pahang hingga hujung minggu.",
        "Penduduk di kawasan rendah di tebing Sungai Kuantan dinasihatkan berwaspada.",
    )
    + "</div><table class='forecast-table'><tr><th>Hari</th><th>Cuaca</th><th>Suhu</th>"
    "</tr><tr><td>Isnin</td><td>Hujan lebat</td><td>23–27 °C</td></tr><tr><td>Selasa</td>"
    "<td>Ribut petir</td><td>24–29 °C</td></tr></table></div>",
    (
        "Monsun timur laut membawa hujan lebat berterusan ke pesisir Pahang",
        "di tebing Sungai Kuantan dinasihatkan berwaspada.",
        "Ribut petir",
        "24–29 °C",
    ),
    ("Muat turun aplikasi kami untuk amaran segera.",),
    template="portal",
    path="ramalan/kuantan",
)

ZT = Site(
    lang="zh-Hant",
    name="港灣市立圖書館",
    host="lib.example.gov.tw",
    nav=("館藏查詢", "新書通報", "活動", "讀者服務"),
    cookie="本網站使用Cookie。",
    share="分享此書目",
    newsletter="訂閱新書通報電子報。",
    comment="撰寫書評",
    related_title="讀者也借閱",
    related=("台灣海岸植物圖鑑", "潮間帶觀察手冊"),
    footer="港灣市立圖書館 版權所有",
)

add(
    "library_record",
    ZT,
    "海邊的小村：一座漁港的百年故事",
    "<div class='record'><h1>海邊的小村：一座漁港的百年故事</h1><div class='record-actions'>"
    "<a href='#'>加入書單</a><a href='#'>預約</a><a href='#'>匯出書目</a></div><table"
    " class='bib'><tr><th>作者</th><td>林秋月</td></tr><tr><th>出版</th><td>潮聲出版社，2025"
    "</td></tr><tr><th>ISBN</th><td>9789860000000</td></tr></table><h2>內容簡介</h2>"
    + paras(
        "本書以一座東北角漁港為主角，從日治時期的石滬寫到今日的觀光漁市。",
        "作者訪問了三代漁民，記錄下即將消失的捕魚技術與港口信仰。",
    )
    + "<h2>目次</h2><ol><li>石滬與潮汐</li><li>鐵殼船來了</li><li>媽祖的船隊</li></ol>"
    "<h2>館藏</h2><table class='holdings'><tr><th>館別</th><th>狀態</th></tr><tr><td>總館"
    "</td><td>在架上</td></tr></table></div>",
    (
        "從日治時期的石滬寫到今日的觀光漁市。",
        "記錄下即將消失的捕魚技術與港口信仰。",
        "石滬與潮汐",
        "媽祖的船隊",
    ),
    ("加入書單", "匯出書目"),
    template="app",
    path="record/1180042",
)

MK = Site(
    lang="mk",
    name="Изборна комисија на општина Струга",
    host="izbori-struga.example.mk",
    nav=("Резултати", "Избирачки места", "Соопштенија", "Архива"),
    cookie="Оваа страница користи колачиња.",
    share="Сподели резултати",
    newsletter="Примајте соопштенија на е-пошта.",
    comment="Поднеси приговор",
    related_title="Претходни избори",
    related=("Локални избори 2021", "Локални избори 2017"),
    footer="Изборна комисија на општина Струга.",
)

add(
    "election_results_page",
    MK,
    "Конечни резултати за градоначалник, втор круг",
    "<div class='results'><div class='live-banner'>Последно ажурирање: 21:40 · Обработени"
    " 100% избирачки места</div><h1>Конечни резултати за градоначалник, втор круг</h1>"
    + paras(
        "Излезноста изнесуваше 48,6 отсто, што е за четири процентни поени помалку од првиот круг.",
    )
    + "<table class='results-table'><tr><th>Кандидат</th><th>Гласови</th><th>%</th></tr><tr>"
    "<td>Елена Поповска</td><td>11.204</td><td>53,1</td></tr><tr><td>Бујар Исмаили</td><td>"
    "9.897</td><td>46,9</td></tr></table>"
    + paras("Приговори може да се поднесат во рок од 48 часа од објавувањето на резултатите.")
    + "<a class='btn' href='#'>Преземи записник (PDF)</a></div>",
    (
        "Излезноста изнесуваше 48,6 отсто",
        "Елена Поповска",
        "11.204",
        "Приговори може да се поднесат во рок од 48 часа од објавувањето на резултатите.",
    ),
    ("Обработени 100% избирачки места", "Преземи записник (PDF)"),
    template="table",
    path="rezultati/2025/gradonacalnik-krug-2",
)

SQ = Site(
    lang="sq",
    name="Vullnetarët e Bregdetit",
    host="vullnetaret.example.al",
    nav=("Mundësi", "Organizata", "Histori", "Kontakt"),
    cookie="Kjo faqe përdor cookies.",
    share="Ndaje me miqtë",
    newsletter="Merr mundësitë e reja në email.",
    comment="Lër një koment",
    related_title="Mundësi të tjera",
    related=("Pastrimi i plazhit në Divjakë", "Mësues vullnetar në Sarandë"),
    footer="Vullnetarët e Bregdetit, Vlorë.",
)

add(
    "volunteer_call",
    SQ,
    "Numërimi i zogjve dimërorë në lagunën e Nartës",
    "<article class='opportunity'><h1>Numërimi i zogjve dimërorë në lagunën e Nartës</h1>"
    "<ul class='meta-list'><li>📅 16–17 janar 2027</li><li>📍 Nartë, Vlorë</li></ul><a"
    " class='btn apply' href='#'>Apliko si vullnetar</a>"
    + paras(
        "Çdo dimër, mijëra flamingo dhe rosa ndalojnë në lagunën e Nartës.",
        "Vullnetarët do të ndihmojnë ornitologët të numërojnë zogjtë nga pikat e vrojtimit"
        " përgjatë argjinaturës.",
    )
    + "<h2>Çfarë kërkojmë</h2><ul><li>Durim dhe veshje të ngrohtë</li><li>Dylbi, nëse i keni"
    "</li></ul>" + newsletter(SQ) + "</article>",
    (
        "mijëra flamingo dhe rosa ndalojnë në lagunën e Nartës.",
        "të numërojnë zogjtë nga pikat e vrojtimit përgjatë argjinaturës.",
        "Durim dhe veshje të ngrohtë",
        "Dylbi, nëse i keni",
    ),
    ("Apliko si vullnetar",),
    template="theme",
    path="mundesi/narta-zogjte",
)
