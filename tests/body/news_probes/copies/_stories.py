"""The stories the copies render: one a language, each as its own site published it (its
name, host, headline, authors, day and paragraphs). Every name, place and sentence here is
invented."""

from __future__ import annotations

from datetime import datetime

import attrs


@attrs.frozen(kw_only=True)
class Story:
    """An article as its site published it: what every copy of it must give back."""

    lang: str
    site: str
    host: str
    path: str
    title: str
    authors: tuple[str, ...]
    published: datetime
    paras: tuple[str, ...]
    section: str = ""

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"

    @property
    def iso(self) -> str:
        """The published moment as the site's markup writes it (09:30 local, an offset)."""
        return self.published.strftime("%Y-%m-%dT09:30:00+01:00")


EN = Story(
    lang="en",
    site="The Harbour Ledger",
    host="www.harbourledger.co.uk",
    path="/news/2024/03/12/gullsands-tidal-pool-reopens",
    title="Tidal pool at Gullsands reopens after two winters of storm repairs",
    authors=("Maren Holloway",),
    published=datetime(2024, 3, 12),
    section="Local news",
    paras=(
        "The tidal pool at Gullsands reopened to swimmers on Saturday morning, two winters "
        "after a storm tore a hole in its seaward wall and left it empty at every low tide.",
        "Volunteers from the town's swimming club raised most of the £180,000 the repairs "
        "cost, selling calendars, running a winter sea dip and knocking on the doors of every "
        "guest house along the front.",
        "Engineers rebuilt the wall with granite blocks set in lime mortar, the method the "
        "pool's Victorian builders used, because concrete patches laid in the 1970s had "
        "cracked within a decade.",
        "The club says the pool will be cleaned by hand once a month, and it is asking "
        "swimmers to report any loose stones to the lifeguard hut rather than trying to move "
        "them themselves.",
    ),
)

DE = Story(
    lang="de",
    site="Uferbote",
    host="www.uferbote.de",
    path="/region/seilbahn-kesselberg-faehrt-wieder-1184520",
    title="Alte Seilbahn am Kesselberg fährt nach Sanierung wieder",
    authors=("Jonas Weidinger",),
    published=datetime(2024, 4, 3),
    section="Region",
    paras=(
        "Nach achtzehn Monaten Stillstand hat die Seilbahn am Kesselberg am Mittwoch wieder "
        "ihren Betrieb aufgenommen, mit neuen Kabinen und einem Antrieb, der nur noch halb so "
        "viel Strom verbraucht.",
        "Die Gemeinde hatte lange gezögert, ob sich die Sanierung der fast siebzig Jahre alten "
        "Anlage überhaupt lohnt, bis ein Förderverein mehr als viertausend Unterschriften für "
        "ihren Erhalt sammelte.",
        "Bürgermeisterin Hanna Oswald sagte bei der ersten Fahrt, die Bahn sei für viele "
        "Familien im Tal ein Stück Heimat, und die Zahl der Wanderer im Sommer spreche "
        "ohnehin für sie.",
        "Die Tickets kosten künftig acht Euro für die Berg- und Talfahrt, Kinder unter zwölf "
        "Jahren fahren in Begleitung eines Erwachsenen kostenlos.",
    ),
)

FR = Story(
    lang="fr",
    site="Le Courrier des Causses",
    host="www.courrierdescausses.fr",
    path="/aveyron/2024/02/20/une-ecole-de-village-rouvre",
    title="Dans l'Aveyron, une école de village rouvre grâce à dix nouvelles familles",
    authors=("Élise Fabre", "Thomas Rouquié"),
    published=datetime(2024, 2, 20),
    section="Aveyron",
    paras=(
        "Fermée depuis six ans, l'école communale de Saint-Aubrac a accueilli lundi ses "
        "quatorze premiers élèves, arrivés avec des familles installées au village depuis "
        "l'été dernier.",
        "La mairie avait racheté deux maisons abandonnées du bourg pour les louer à bas prix "
        "à des couples avec enfants, à condition qu'ils s'engagent à rester au moins trois "
        "ans.",
        "« On ne pensait pas revoir un jour des cartables dans la rue principale », confie "
        "Marcelle Vidal, quatre-vingt-un ans, qui fut elle-même élève dans cette classe "
        "unique.",
        "L'institutrice, venue de Toulouse, fera cours à trois niveaux dans la même salle, "
        "comme le faisaient ses prédécesseurs jusqu'aux années soixante.",
    ),
)

ES = Story(
    lang="es",
    site="Diario del Segura",
    host="www.diariodelsegura.es",
    path="/comarcas/2024/05/08/acequia-medieval-huertos-comunales",
    title="Un pueblo de Murcia recupera su acequia medieval para regar los huertos comunales",
    authors=("Lucía Carrasco",),
    published=datetime(2024, 5, 8),
    section="Comarcas",
    paras=(
        "Los vecinos de Alcantarilla Alta han vuelto a abrir las compuertas de la acequia de "
        "la Noria, un canal de riego del siglo trece que llevaba casi cuarenta años cegado por "
        "la tierra y las cañas.",
        "La limpieza la hicieron ciento veinte voluntarios durante seis fines de semana, con "
        "la ayuda de un arqueólogo de la universidad que documentó cada tramo antes de tocar "
        "una sola piedra.",
        "El ayuntamiento repartirá el agua entre treinta huertos comunales que se adjudicarán "
        "por sorteo a familias del pueblo, con prioridad para quienes no tengan tierra propia.",
        "Los regantes más veteranos se han ofrecido a enseñar a los nuevos cómo se abre y se "
        "cierra cada tablacho, un oficio que temían que se perdiera con ellos.",
    ),
)

IT = Story(
    lang="it",
    site="La Gazzetta del Lario",
    host="www.gazzettadellario.it",
    path="/cronaca/2024/06/14/battello-a-vapore-concordia-torna-a-navigare",
    title="Como, il vecchio battello a vapore torna a navigare dopo il restauro",
    authors=("Giulia Ferrandi",),
    published=datetime(2024, 6, 14),
    section="Cronaca",
    paras=(
        "Il battello a vapore Concordia, varato nel 1926, è tornato a solcare le acque del "
        "lago sabato pomeriggio dopo quattro anni di restauro nel cantiere di Dervio.",
        "I lavori sono costati oltre due milioni di euro, in gran parte coperti da un bando "
        "regionale per il patrimonio industriale, e hanno richiesto la ricostruzione completa "
        "della caldaia.",
        "Il comandante Pietro Valsecchi ha raccontato che per trovare i pezzi originali dei "
        "pistoni il cantiere ha dovuto rivolgersi a un'officina svizzera che conservava ancora "
        "i disegni dell'epoca.",
        "Il battello farà servizio turistico la domenica fino a ottobre, con partenza da Como "
        "alle dieci e ritorno nel tardo pomeriggio.",
    ),
)

PT = Story(
    lang="pt",
    site="Correio da Planície",
    host="www.correiodaplanicie.pt",
    path="/sociedade/aldeia-volta-a-ter-padaria-ao-fim-de-quinze-anos",
    title="Aldeia alentejana volta a ter padaria ao fim de quinze anos",
    authors=("Rita Guerreiro",),
    published=datetime(2024, 1, 25),
    section="Sociedade",
    paras=(
        "A aldeia de Santa Vitória do Ameixial voltou a ter pão fresco todas as manhãs desde "
        "que um casal de jovens padeiros reabriu, em janeiro, o velho forno comunitário da "
        "praça.",
        "O forno a lenha, construído em 1931, estava fechado desde que a última padeira se "
        "reformou, e os habitantes dependiam de uma carrinha que passava só duas vezes por "
        "semana.",
        "A junta de freguesia cedeu o edifício por uma renda simbólica e ajudou a pagar a "
        "reparação da abóbada, que ameaçava ruir depois de anos de chuva a entrar pelo "
        "telhado.",
        "Aos sábados, a padaria coze também broas de milho por encomenda, e os mais velhos já "
        "vêm ensinar as receitas que aprenderam com as mães.",
    ),
)

HI = Story(
    lang="hi",
    site="नगर संवाद",
    host="www.nagarsamvad.in",
    path="/rajasthan/bhimpura-baori-water-returns-4471",
    title="पुरानी बावड़ी की सफ़ाई के बाद गाँव में लौटा पानी",
    authors=("सुनीता राठौर",),
    published=datetime(2024, 4, 22),
    section="राजस्थान",
    paras=(
        "राजसमंद ज़िले के भीमपुरा गाँव की तीन सौ साल पुरानी बावड़ी में इस बार गर्मियों से पहले ही "
        "पानी भर गया है, जिसे गाँव वालों ने पिछले साल दो महीने की मेहनत से साफ़ किया था।",
        "बावड़ी में दशकों से कचरा और मिट्टी जमा थी, और गाँव की औरतों को पानी लाने के लिए रोज़ "
        "तीन किलोमीटर दूर हैंडपंप तक जाना पड़ता था।",
        "पंचायत ने सफ़ाई के लिए कोई ठेका नहीं दिया, बल्कि हर परिवार से एक सदस्य ने हफ़्ते में दो "
        "दिन श्रमदान किया, और बुज़ुर्गों ने पुराने जल-मार्ग की जानकारी दी।",
        "अब गाँव के स्कूल के बच्चे हर महीने बावड़ी के जल-स्तर को नापते हैं और उसका हिसाब "
        "पंचायत भवन की दीवार पर लिखते हैं।",
    ),
)

JA = Story(
    lang="ja",
    site="みなと新報",
    host="www.minato-shinpo.jp",
    path="/news/20240305/kitahama-gym-shokudo.html",
    title="廃校の体育館が地域の食堂に生まれ変わる",
    authors=("佐伯 真理子",),
    published=datetime(2024, 3, 5),
    section="地域",
    paras=(
        "三年前に閉校した北浜小学校の体育館が、地域の住民が運営する食堂として生まれ変わり、"
        "今月から毎週土曜日に営業を始めた。",
        "食堂では地元の漁港で揚がった魚や近くの畑で採れた野菜を使い、一食三百円で子どもから"
        "お年寄りまで誰でも食事ができる。",
        "運営する市民団体の代表、大谷健一さんは「学校がなくなって集まる場所も消えたが、ここで"
        "また顔を合わせられるようになった」と話す。",
        "市は来年度、体育館の屋根の改修費を補助する方針で、食堂は将来的に平日の夕方にも開く"
        "予定だという。",
    ),
)

NL = Story(
    lang="nl",
    site="De Polderbode",
    host="www.polderbode.nl",
    path="/regio/laatste-veerpont-over-de-linge-krijgt-elektrische-motor",
    title="Laatste veerpont over de Linge krijgt elektrische motor",
    authors=("Sanne de Vries",),
    published=datetime(2024, 5, 30),
    section="Regio",
    paras=(
        "Het kleine pontje tussen Asperen en Heukelum vaart sinds maandag op stroom, nadat de "
        "oude dieselmotor na ruim veertig jaar trouwe dienst definitief de geest gaf.",
        "De vereniging die het veer in stand houdt, zamelde het geld voor de nieuwe motor in "
        "met een crowdfunding die binnen drie weken ruim zesduizend euro opbracht.",
        "Veerman Kees Verhoef zegt dat fietsers vooral het verschil horen: waar de diesel "
        "vroeger de hele overtocht ronkte, hoor je nu alleen nog het water langs de romp.",
        "De pont vaart van april tot oktober elke dag van negen tot zes, en een overtocht kost "
        "voor volwassenen een euro.",
    ),
)

PL = Story(
    lang="pl",
    site="Kurier Nadwiślański",
    host="www.kuriernadwislanski.pl",
    path="/region/zabytkowy-mlyn-nad-wkra-znow-miele-make",
    title="Zabytkowy młyn nad Wkrą znów miele mąkę",
    authors=("Katarzyna Mazur", "Piotr Zieliński"),
    published=datetime(2024, 7, 9),
    section="Region",
    paras=(
        "Po ponad trzydziestu latach przerwy drewniany młyn wodny w Sochocinie znów miele "
        "zboże, a pierwsze worki mąki trafiły w sobotę do okolicznych piekarni.",
        "Remont prowadziło stowarzyszenie miłośników dawnej techniki, które odkupiło budynek "
        "od gminy za symboliczną złotówkę i przez cztery lata odtwarzało koło i przekładnie.",
        "Młynarz Stanisław Kowalczyk, który pracował tu jeszcze jako chłopak, pokazywał "
        "młodym wolontariuszom, jak ustawiać kamienie, żeby mąka nie była zbyt gruba.",
        "Młyn będzie otwarty dla zwiedzających w każdą niedzielę, a szkoły mogą umawiać lekcje "
        "pokazowe przez stronę stowarzyszenia.",
    ),
)

RU = Story(
    lang="ru",
    site="Вестник Прионежья",
    host="vestnik-prionezhya.ru",
    path="/news/society/2024/03/12/biblioteka-v-zdanii-pochty",
    title="В карельской деревне открылась библиотека в бывшем здании почты",
    authors=("Анна Соколова",),
    published=datetime(2024, 3, 12),
    section="Общество",
    paras=(
        "В деревне Шелтозеро в субботу открылась новая сельская библиотека: под неё отдали "
        "бывшее здание почтового отделения, которое пустовало почти десять лет.",
        "Книги собирали всем районом, и за полгода жители принесли больше трёх тысяч томов, "
        "в том числе редкие издания на вепсском языке.",
        "Библиотекарь Ольга Мартынова говорит, что по вечерам сюда приходят не только читать: "
        "школьники делают уроки, а пенсионеры собираются на занятия по компьютерной "
        "грамотности.",
        "Районная администрация обещает к осени провести в здание отопление, чтобы библиотека "
        "могла работать и в зимние месяцы.",
    ),
)

TR = Story(
    lang="tr",
    site="Ege Postası",
    host="www.egepostasi.com.tr",
    path="/yasam/koy-okulunun-bahcesindeki-fidanlik-ilceye-golge-olacak-88213",
    title="Köy okulunun bahçesinde kurulan fidanlık ilçeye gölge olacak",
    authors=("Zeynep Aydın",),
    published=datetime(2024, 4, 17),
    section="Yaşam",
    paras=(
        "Ödemiş'e bağlı Bademli köyündeki ilkokulun bahçesinde kurulan fidanlıkta yetiştirilen "
        "üç bin zeytin ve çınar fidanı, önümüzdeki kış ilçenin cadde ve parklarına dikilecek.",
        "Projeyi başlatan fen bilgisi öğretmeni Murat Kaya, öğrencilerin her sabah derse "
        "girmeden önce fidanları suladığını ve büyümelerini bir deftere kaydettiğini anlattı.",
        "Belediye, fidanların dikimi için bir gönüllü günü düzenleyeceğini ve her öğrencinin "
        "kendi yetiştirdiği fidanı kendi eliyle toprağa koyacağını açıkladı.",
    ),
)

ID = Story(
    lang="id",
    site="Warta Pantura",
    host="www.wartapantura.id",
    path="/daerah/warga-tambaklorok-tanam-ribuan-bakau",
    title="Warga Desa Tambaklorok Tanam Ribuan Bakau untuk Menahan Abrasi",
    authors=("Dewi Lestari",),
    published=datetime(2024, 8, 2),
    section="Daerah",
    paras=(
        "Ratusan warga Desa Tambaklorok menanam lima ribu bibit bakau di sepanjang pantai pada "
        "Minggu pagi, berharap akar pohon itu kelak bisa menahan ombak yang setiap tahun "
        "menggerus daratan.",
        "Menurut kepala desa, garis pantai di kampung mereka sudah mundur hampir dua puluh "
        "meter dalam sepuluh tahun terakhir, dan beberapa rumah nelayan terpaksa dipindahkan.",
        "Bibit bakau disemai sendiri oleh kelompok ibu-ibu nelayan di kolam bekas tambak, dan "
        "setiap bibit diberi nama anak-anak desa yang ikut menanamnya.",
    ),
)

CS = Story(
    lang="cs",
    site="Posázavský deník",
    host="www.posazavskydenik.cz",
    path="/zpravy/obec-zachranila-starou-hasicskou-zbrojnici-20240208.html",
    title="Obec zachránila starou hasičskou zbrojnici, bude z ní kavárna",
    authors=("Tereza Horáková",),
    published=datetime(2024, 2, 8),
    section="Zprávy",
    paras=(
        "Stará hasičská zbrojnice v Kácově, která léta chátrala na okraji návsi, se na jaře "
        "promění v obecní kavárnu s malým muzeem požární techniky.",
        "Obec budovu získala od sboru dobrovolných hasičů výměnou za nový sklad u fotbalového "
        "hřiště a opravu střechy zaplatila z dotace na obnovu venkova.",
        "Místní hasiči slíbili, že do muzea zapůjčí i ruční stříkačku z roku 1894, kterou "
        "každoročně vozí na průvod při pouti.",
    ),
)

AR = Story(
    lang="ar",
    site="صدى الواحة",
    host="www.sadaalwaha.com",
    path="/local/2024/05/19/maktaba-mutanaqila",
    title="مكتبة متنقلة تجوب قرى الواحة كل أسبوع",
    authors=("ليلى حداد",),
    published=datetime(2024, 5, 19),
    section="محليات",
    paras=(
        "بدأت مكتبة متنقلة محملة بأكثر من ألفي كتاب جولاتها الأسبوعية على قرى الواحة، لتصل إلى "
        "أطفال لا توجد في قراهم مكتبة ولا مدرسة ثانوية.",
        "وتقول المشرفة على المشروع إن الحافلة القديمة التي تبرعت بها البلدية جرى تجهيزها برفوف "
        "خشبية ومكيف صغير، وتتوقف في كل قرية ثلاث ساعات.",
        "ويستطيع الأطفال استعارة كتابين في كل زيارة، على أن يعيدوهما في الأسبوع التالي، وقد سجل "
        "في الشهر الأول وحده أكثر من خمسمائة قارئ جديد.",
    ),
)

VI = Story(
    lang="vi",
    site="Tin Miền Sông Nước",
    host="tinmiensongnuoc.vn",
    path="/kinh-te/nong-dan-cu-lao-dung-nuoi-tom-xen-lua-20240910.html",
    title="Nông dân Cù Lao Dung chuyển sang nuôi tôm kết hợp trồng lúa",
    authors=("Nguyễn Thị Hạnh",),
    published=datetime(2024, 9, 10),
    section="Kinh tế",
    paras=(
        "Hơn hai trăm hộ nông dân ở huyện Cù Lao Dung đã chuyển từ độc canh lúa sang mô hình "
        "nuôi tôm xen lúa, giúp thu nhập mỗi héc-ta tăng gần gấp đôi so với trước.",
        "Theo cán bộ khuyến nông huyện, nước mặn xâm nhập ngày càng sâu khiến nhiều ruộng lúa "
        "mất mùa, trong khi con tôm lại phát triển tốt trong nước lợ vào mùa khô.",
        "Ông Trần Văn Lộc, một trong những hộ làm thử đầu tiên, cho biết gia đình ông đã trả "
        "xong nợ ngân hàng sau hai vụ tôm và đang tính mở rộng thêm diện tích.",
    ),
)

KO = Story(
    lang="ko",
    site="바닷가신문",
    host="www.badatga-news.kr",
    path="/news/articleView.html?idxno=20417",
    title="폐교된 분교, 마을 도서관으로 다시 문 열어",
    authors=("김서연",),
    published=datetime(2024, 6, 3),
    section="지역",
    paras=(
        "십 년 전 문을 닫은 섬마을 분교가 주민들이 직접 꾸민 작은 도서관으로 다시 태어나 지난 "
        "토요일 개관식을 열었다.",
        "주민들은 일 년 동안 교실 벽을 칠하고 책장을 짜 넣었으며, 육지에 사는 출향 인사들이 "
        "보내 온 책 삼천여 권으로 서가를 채웠다.",
        "도서관 운영을 맡은 이정숙 씨는 아이들이 배를 타고 육지 도서관까지 가지 않아도 되게 된 "
        "것이 가장 기쁘다고 말했다.",
    ),
)

ZH = Story(
    lang="zh",
    site="湖畔日报",
    host="www.hupanribao.cn",
    path="/city/2024-04/28/content_771204.html",
    title="老城区百年石桥完成修缮重新通行",
    authors=("王雪梅",),
    published=datetime(2024, 4, 28),
    section="城事",
    paras=(
        "位于老城区东门外的百年石桥经过八个月的修缮，于本周六重新向行人开放，附近居民又可以"
        "步行直达对岸的菜市场。",
        "据市文物部门介绍，这座石桥始建于清代，桥面石板多处断裂，此次修缮尽量使用原有石料，"
        "缺损部分则从附近旧采石场选取相同石材补配。",
        "施工期间，工人们还在桥墩下发现了一块刻有修桥捐款人姓名的石碑，目前已移交博物馆保存。",
    ),
)

SV = Story(
    lang="sv",
    site="Älvdalsposten",
    host="www.alvdalsposten.se",
    path="/nyheter/bystugan-i-nornas-far-nytt-liv",
    title="Bystugan i Nornäs får nytt liv som kafé och bibliotek",
    authors=("Karin Lindqvist",),
    published=datetime(2024, 8, 21),
    section="Nyheter",
    paras=(
        "Den gamla bystugan i Nornäs, som stått tom sedan skolan lades ner på åttiotalet, "
        "öppnade i lördags igen som kafé och bybibliotek.",
        "Byborna har under två somrar bytt tak, lagt in ny el och renoverat den stora "
        "kakelugnen, och det mesta av arbetet har gjorts ideellt på helgerna.",
        "Kaféet drivs av byalaget och håller öppet fredag till söndag, medan biblioteket är "
        "öppet dygnet runt för den som har en nyckel från affären.",
    ),
)


@attrs.frozen(kw_only=True)
class SiteWords:
    """The site's own words around the story on its desktop page: the byline's label, the
    related box's heading and two other stories' titles (must-nots in every copy), and how
    it shows a day."""

    by: str
    related: str
    others: tuple[str, str]
    day: str  # a strftime pattern


WORDS = {
    "en": SiteWords(
        by="By",
        related="More from Local news",
        others=(
            "Council approves new cycle lane along the promenade",
            "Lifeboat crew rescues two kayakers off Blackrock Point",
        ),
        day="%d %B %Y",
    ),
    "de": SiteWords(
        by="Von",
        related="Mehr aus der Region",
        others=(
            "Neuer Radweg entlang der Uferpromenade genehmigt",
            "Bergwacht rettet zwei Wanderer am Hochkopf",
        ),
        day="%d.%m.%Y",
    ),
    "fr": SiteWords(
        by="Par",
        related="À lire aussi",
        others=(
            "Le marché de Rignac s'agrandit avec douze nouveaux producteurs",
            "Une passerelle sur le Lot fermée après une crue",
        ),
        day="%d/%m/%Y",
    ),
    "es": SiteWords(
        by="Por",
        related="Más noticias de Comarcas",
        others=(
            "La feria del pimiento de Molina reúne a cuarenta productores",
            "Cortada la carretera del puerto por un desprendimiento",
        ),
        day="%d/%m/%Y",
    ),
    "it": SiteWords(
        by="Di",
        related="Leggi anche",
        others=(
            "Menaggio, riapre la passeggiata a lago dopo la frana",
            "Lecco, nuova linea di autobus per le frazioni alte",
        ),
        day="%d/%m/%Y",
    ),
    "pt": SiteWords(
        by="Por",
        related="Leia também",
        others=(
            "Feira do queijo de Serpa bate recorde de visitantes",
            "Estrada municipal cortada por causa das obras na ponte",
        ),
        day="%d/%m/%Y",
    ),
    "hi": SiteWords(
        by="लेखक:",
        related="यह भी पढ़ें",
        others=(
            "ज़िले में नई बस सेवा शुरू, बीस गाँव जुड़े",
            "मेले में इस बार ऊँटों की दौड़ देखने उमड़ी भीड़",
        ),
        day="%d-%m-%Y",
    ),
    "ja": SiteWords(
        by="記者：",
        related="関連記事",
        others=(
            "港の朝市、観光客向けに日曜日も営業へ",
            "北浜地区で路線バスの本数を増便",
        ),
        day="%Y/%m/%d",
    ),
    "nl": SiteWords(
        by="Door",
        related="Meer uit de regio",
        others=(
            "Nieuwe fietsbrug bij Leerdam eindelijk open",
            "Dijkversterking bij Gorinchem loopt vertraging op",
        ),
        day="%d-%m-%Y",
    ),
    "pl": SiteWords(
        by="Autorzy:",
        related="Czytaj także",
        others=(
            "Nowa ścieżka rowerowa połączy Płońsk z Sochocinem",
            "Gmina wyremontuje most na Wkrze jeszcze w tym roku",
        ),
        day="%d.%m.%Y",
    ),
    "ru": SiteWords(
        by="Автор:",
        related="Читайте также",
        others=(
            "В Петрозаводске запустили новый автобусный маршрут",
            "На Онежском озере открылась навигация",
        ),
        day="%d.%m.%Y",
    ),
    "tr": SiteWords(
        by="Haber:",
        related="İlgili haberler",
        others=(
            "İlçede yeni bisiklet yolu hizmete girdi",
            "Bademli'de zeytin hasadı erken başladı",
        ),
        day="%d.%m.%Y",
    ),
    "id": SiteWords(
        by="Penulis:",
        related="Baca juga",
        others=(
            "Jalan pantai utara kembali dibuka setelah banjir rob",
            "Nelayan Tambaklorok keluhkan harga solar",
        ),
        day="%d/%m/%Y",
    ),
    "cs": SiteWords(
        by="Autor:",
        related="Další zprávy",
        others=(
            "Nová cyklostezka spojí Kácov se Zručí",
            "Most přes Sázavu se bude opravovat celé léto",
        ),
        day="%d. %m. %Y",
    ),
    "ar": SiteWords(
        by="بقلم:",
        related="اقرأ أيضا",
        others=(
            "افتتاح سوق جديد للتمور في الواحة",
            "البلدية تعلن عن خط حافلات بين القرى",
        ),
        day="%d/%m/%Y",
    ),
    "vi": SiteWords(
        by="Tác giả:",
        related="Tin liên quan",
        others=(
            "Cù Lao Dung mở thêm tuyến phà mới sang Sóc Trăng",
            "Giá lúa tăng nhẹ trong tuần qua",
        ),
        day="%d/%m/%Y",
    ),
    "ko": SiteWords(
        by="기자:",
        related="관련 기사",
        others=(
            "섬마을 여객선 운항 횟수 늘린다",
            "해안 산책로 정비 공사 이달 마무리",
        ),
        day="%Y.%m.%d",
    ),
    "zh": SiteWords(
        by="记者：",
        related="相关新闻",
        others=(
            "老城区新增两条公交线路",
            "湖畔公园夜间开放时间延长",
        ),
        day="%Y-%m-%d",
    ),
    "sv": SiteWords(
        by="Av",
        related="Läs också",
        others=(
            "Ny busslinje ska knyta ihop byarna längs älven",
            "Skidbacken i Nornäs får ny lift till vintern",
        ),
        day="%Y-%m-%d",
    ),
}
