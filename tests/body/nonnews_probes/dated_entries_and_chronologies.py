"""Dated entries and chronologies (round 49): a story's timeline, a "key dates" box, a firm's
or a town's history year by year, an event's programme with its times, a match's minute by
minute, a law's or a product's history in dated steps, set as lists, runs of paragraphs,
tables and definition lists inside the text, each entry opening with its date (short
entries: "3 June 1910 – Fire."). Beside them the page's own dated furniture, which must stay
out: the byline's "Published 5 March 2024", an "Updated" stamp, a dateline line, a list of
related stories with their dates. And two losses of the same round: a one-row strip of
prices with an empty cell, and a short "About the company" box after a press release. The
languages and scripts are many (CJK, Arabic and Hebrew right to left, Cyrillic, Devanagari,
Greek, Thai). Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def story(
    lang: str,
    title: str,
    content: str,
    *,
    meta: str,
    related_title: str,
    related: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A news site's story: a header, the headline over a byline box with the date, the
    text, then a box of related stories, each linked with its date, and a footer."""
    items = "".join(
        f"<li><a href='/story/{n}'>{line}</a><span class='date'>{n + 3}.02.2024</span></li>"
        for n, line in enumerate(related)
    )
    return page(
        lang,
        title,
        "<header class='site-header'><a class='logo' href='/'>Example</a><nav><a href='/a'>"
        "Politics</a> <a href='/b'>Culture</a></nav></header><main><article class='story'>"
        f"<h1 class='story-title'>{title}</h1><div class='story-meta'>{meta}</div>"
        f"<div class='story-body'>{content}</div></article><aside class='related'>"
        f"<h2>{related_title}</h2><ul>{items}</ul></aside></main><footer class='site-footer'>"
        "<p>© 2024 Example Media</p></footer>",
        dir_=dir_,
    )


def dated_items(*entries: tuple[str, str], date_class: str = "date") -> str:
    """A list whose items open with a date in a span of their own."""
    return "".join(
        f"<li><span class='{date_class}'>{date}</span> {text}</li>" for date, text in entries
    )


PROBES.add(
    "en_timeline_list_short_dated_items",
    "https://news.example.com/local/2024/03/05/mill-history",
    story(
        "en",
        "The old mill turns 150",
        "<p>The brick mill on the east bank of the Lune has outlived three owners and a war, "
        "and this spring it reopens as a workshop for the town's carpenters.</p><ul "
        "class='timeline'>"
        + dated_items(
            ("12 March 1872", "Mill founded."),
            ("3 June 1910", "Fire."),
            ("1 May 1954", "Museum opens."),
        )
        + "</ul><p>The council bought the building in 2019 and has spent four years on "
        "the roof and the wheel, which turns again for visitors on Sundays.</p>",
        meta="<span class='byline'>By Ellen Marsh</span> <span class='posted'>Published "
        "5 March 2024</span>",
        related_title="More local news",
        related=("Bridge works to start in April", "New bus line for the valley"),
    ),
    ("12 March 1872 Mill founded.", "3 June 1910 Fire.", "1 May 1954 Museum opens."),
    ("Published 5 March 2024", "Bridge works to start in April"),
)

PROBES.add(
    "fr_chronologie_list_closes_the_text",
    "https://actu.example.fr/societe/2024/03/16/quatre-ans-apres-le-confinement",
    story(
        "fr",
        "Quatre ans après le premier confinement",
        "<p>Quatre ans plus tard, les commerçants de la rue des Tanneurs se souviennent des "
        "rideaux baissés et des livraisons faites à vélo par les enfants du quartier.</p>"
        "<p>Voici les dates qui ont rythmé cette période :</p><ul><li>12 mars 2020 : premier "
        "confinement.</li><li>11 mai 2020 : déconfinement.</li><li>30 octobre 2020 : deuxième "
        "confinement.</li></ul>",
        meta="<span class='auteur'>Par Camille Rouvier</span> <time>Publié le 16 mars 2024 "
        "à 10h12</time>",
        related_title="À lire aussi",
        related=("Les marchés couverts font le plein", "Le tramway prolongé jusqu'au port"),
    ),
    (
        "12 mars 2020 : premier confinement.",
        "11 mai 2020 : déconfinement.",
        "30 octobre 2020 : deuxième confinement.",
    ),
    ("Publié le 16 mars 2024", "Les marchés couverts font le plein"),
)

PROBES.add(
    "de_chronik_paragraph_run",
    "https://www.example.de/region/chronik-des-freibads-2024-06-01",
    story(
        "de",
        "Das Freibad am Mühlweg wird 100",
        "<p>Seit einem Jahrhundert schwimmen die Kinder des Ortes im Becken am Mühlweg, "
        "und zum Jubiläum lädt der Förderverein zu einem Fest mit Musik ein.</p><h2>Chronik"
        "</h2><p>14. Juni 1924 – Eröffnung.</p><p>2. August 1961 – Neues Sprungbecken.</p>"
        "<p>9. Mai 2003 – Sanierung.</p><p>Der Verein sucht noch Helfer für den Festtag und "
        "bittet um Anmeldung bis Ende des Monats.</p>",
        meta="<span class='autor'>Von Jonas Pfeiler</span> <span class='datum'>01.06.2024, "
        "08:15 Uhr</span>",
        related_title="Mehr aus der Region",
        related=("Neue Radwege am Stadtrand", "Markt zieht auf den Kirchplatz"),
    ),
    ("14. Juni 1924 – Eröffnung.", "2. August 1961 – Neues Sprungbecken.", "9. Mai 2003"),
    ("01.06.2024, 08:15 Uhr", "Neue Radwege am Stadtrand"),
)

PROBES.add(
    "es_cronologia_table_date_column",
    "https://www.example.es/cultura/2024/04/10/cronologia-del-teatro",
    story(
        "es",
        "El teatro Principal reabre tras la reforma",
        "<p>El teatro Principal vuelve a levantar el telón después de dos años de obras que "
        "han renovado las butacas, el escenario y la fachada de la plaza.</p><table "
        "class='cronologia'><tbody><tr><td>12 de mayo de 1890</td><td>Inauguración.</td></tr>"
        "<tr><td>3 de enero de 1936</td><td>Incendio.</td></tr><tr><td>20 de junio de 1988"
        "</td><td>Reapertura.</td></tr></tbody></table><p>La primera función será un concierto "
        "de la banda municipal el próximo sábado.</p>",
        meta="<span class='firma'>Lucía Ferrán</span> <span class='fecha'>Actualizado 10 abr "
        "2024 - 09:40</span>",
        related_title="Te puede interesar",
        related=("La feria del libro cambia de fecha", "Nuevo horario del museo"),
    ),
    ("12 de mayo de 1890", "Inauguración.", "Incendio.", "Reapertura."),
    ("Actualizado 10 abr 2024", "La feria del libro cambia de fecha"),
)

PROBES.add(
    "ja_nenpyo_list_short_entries",
    "https://www.example.jp/news/2024/05/20/shiro-nenpyo",
    story(
        "ja",
        "城跡公園、開園50年を迎える",
        "<p>市内の城跡公園は今年で開園50年を迎え、記念の催しが週末に開かれる。</p><h3>年表</h3>"
        "<ul><li>1974年4月1日 開園。</li><li>1990年10月3日 天守を復元。</li><li>2011年3月20日 "
        "石垣を修復。</li></ul><p>催しは入場無料で、雨天の場合は翌週に延期される。</p>",
        meta="<span class='author'>山田 花子</span> <time>2024年5月20日 7時00分</time>",
        related_title="関連記事",
        related=("駅前の再開発が始まる", "花火大会の日程決まる"),
    ),
    ("1974年4月1日 開園。", "1990年10月3日 天守を復元。", "2011年3月20日 石垣を修復。"),
    ("2024年5月20日 7時00分", "駅前の再開発が始まる"),
)

PROBES.add(
    "zh_dashiji_list_colon_entries",
    "https://news.example.cn/2024/06/12/qiao-dashiji",
    story(
        "zh",
        "跨江大桥通车十周年",
        "<p>跨江大桥通车十年来，两岸往来时间从一小时缩短到十分钟，沿线村镇也随之发展起来。</p>"
        "<p>大事记：</p><ul><li>2009年3月12日：项目获批。</li><li>2011年8月1日：主塔封顶。"
        "</li><li>2014年6月12日：正式通车。</li></ul><p>市交通局表示，明年将对桥面进行一次全面"
        "检修。</p>",
        meta="<span class='author'>记者 李明</span> <span class='time'>发布时间：2024-06-12 "
        "09:30</span>",
        related_title="相关新闻",
        related=("地铁三号线开通", "老城区改造启动"),
    ),
    ("2009年3月12日：项目获批。", "2011年8月1日：主塔封顶。", "2014年6月12日：正式通车。"),
    ("发布时间：2024-06-12", "地铁三号线开通"),
)

PROBES.add(
    "ru_khronologiya_list_dash_entries",
    "https://www.example.ru/society/2024/03/12/khronologiya",
    story(
        "ru",
        "Библиотека на Садовой отмечает юбилей",
        "<p>Городская библиотека на Садовой улице отмечает сто лет со дня открытия и "
        "приглашает читателей на выставку старых изданий.</p><ul class='chronology'><li>"
        "12 марта 1924 года — открытие.</li><li>5 июня 1956 года — переезд.</li><li>1 "
        "сентября 2001 года — новый зал.</li></ul><p>Выставка продлится до конца апреля, "
        "вход свободный.</p>",
        meta="<span class='author'>Ольга Светлова</span> <span class='date'>12 марта 2024, "
        "11:20</span>",
        related_title="Читайте также",
        related=("В парке высадят новые липы", "Мост закроют на ремонт"),
    ),
    ("12 марта 1924 года — открытие.", "5 июня 1956 года — переезд.", "новый зал."),
    ("12 марта 2024, 11:20", "В парке высадят новые липы"),
)

PROBES.add(
    "ar_timeline_list_rtl",
    "https://www.example.com.eg/news/2024/04/02/timeline",
    story(
        "ar",
        "مكتبة المدينة تحتفل بمرور مئة عام",
        "<p>تحتفل مكتبة المدينة هذا الأسبوع بمرور مئة عام على افتتاحها، وتنظم معرضا للكتب "
        "النادرة في قاعتها الكبرى.</p><ul><li>12 مارس 1924: الافتتاح.</li><li>5 يونيو 1960: "
        "توسعة المبنى.</li><li>1 سبتمبر 2005: قاعة جديدة.</li></ul><p>ويستمر المعرض حتى نهاية "
        "الشهر والدخول مجاني للجميع.</p>",
        meta="<span class='author'>بقلم سارة المنصور</span> <span class='date'>نشر في 2 "
        "أبريل 2024</span>",
        related_title="اقرأ أيضا",
        related=("افتتاح حديقة جديدة", "تجديد الطريق الساحلي"),
        dir_="rtl",
    ),
    ("12 مارس 1924: الافتتاح.", "5 يونيو 1960: توسعة المبنى.", "1 سبتمبر 2005: قاعة جديدة."),
    ("نشر في 2 أبريل 2024", "افتتاح حديقة جديدة"),
)

PROBES.add(
    "he_timeline_paragraphs_rtl",
    "https://www.example.co.il/news/2024/05/14/timeline",
    story(
        "he",
        "התיאטרון העירוני חוגג שבעים שנה",
        "<p>התיאטרון העירוני חוגג השבוע שבעים שנה להקמתו, ומזמין את הקהל לתערוכה של "
        "תלבושות ותפאורות ישנות.</p><p>14 במאי 1954 – פתיחה.</p><p>3 במרץ 1978 – שריפה.</p>"
        "<p>9 בינואר 2010 – אולם חדש.</p><p>התערוכה פתוחה בכל ימות השבוע עד סוף החודש.</p>",
        meta="<span class='author'>מאת נועה לביא</span> <span class='date'>פורסם 14.05.24 "
        "08:00</span>",
        related_title="עוד בנושא",
        related=("גן ציבורי חדש נפתח", "שיפוץ בתחנה המרכזית"),
        dir_="rtl",
    ),
    ("14 במאי 1954 – פתיחה.", "3 במרץ 1978 – שריפה.", "9 בינואר 2010 – אולם חדש."),
    ("פורסם 14.05.24", "גן ציבורי חדש נפתח"),
)

PROBES.add(
    "hi_timeline_list_devanagari",
    "https://www.example.in/hindi/news/2024/03/20/timeline",
    story(
        "hi",
        "शहर के पुराने पुल के सौ साल",
        "<p>नदी पर बना पुराना लोहे का पुल इस साल सौ साल का हो गया है और नगर निगम ने इसकी "
        "मरम्मत की योजना बनाई है।</p><ul><li>12 मार्च 1924 – पुल खुला।</li><li>5 जून 1965 – "
        "बाढ़।</li><li>1 सितंबर 2010 – मरम्मत।</li></ul><p>मरम्मत का काम अगले महीने शुरू होगा "
        "और छह महीने चलेगा।</p>",
        meta="<span class='author'>रीना शर्मा</span> <span class='date'>प्रकाशित: 20 मार्च "
        "2024</span>",
        related_title="ये भी पढ़ें",
        related=("नई बस सेवा शुरू", "बाज़ार में नई रोशनी"),
    ),
    ("12 मार्च 1924 – पुल खुला।", "5 जून 1965 – बाढ़।", "1 सितंबर 2010 – मरम्मत।"),
    ("प्रकाशित: 20 मार्च 2024", "नई बस सेवा शुरू"),
)

PROBES.add(
    "ko_yeonhyeok_list_short_entries",
    "https://www.example.kr/news/2024/04/15/history",
    story(
        "ko",
        "시립 도서관 개관 50주년",
        "<p>시립 도서관이 개관 50주년을 맞아 오래된 책과 사진을 모은 전시회를 연다.</p><ul>"
        "<li>1974년 4월 15일 개관.</li><li>1995년 9월 1일 신관 완공.</li><li>2018년 3월 2일 "
        "전자 열람실 개설.</li></ul><p>전시회는 이달 말까지 이어지며 입장료는 없다.</p>",
        meta="<span class='author'>김지현 기자</span> <span class='date'>입력 2024.04.15 "
        "10:30</span>",
        related_title="관련 기사",
        related=("공원에 새 산책로", "버스 노선 개편"),
    ),
    ("1974년 4월 15일 개관.", "1995년 9월 1일 신관 완공.", "2018년 3월 2일 전자 열람실 개설."),
    ("입력 2024.04.15", "공원에 새 산책로"),
)

PROBES.add(
    "tr_kronoloji_paragraphs",
    "https://www.example.com.tr/gundem/2024/03/11/kronoloji",
    story(
        "tr",
        "İlk vakadan bu yana dört yıl",
        "<p>Salgının ilk günlerinde kapanan dükkânların çoğu bugün yeniden açık, ama "
        "mahallenin esnafı o haftaları hâlâ unutmuyor.</p><p>11 Mart 2020 – İlk vaka.</p>"
        "<p>16 Mart 2020 – Okullar kapandı.</p><p>1 Haziran 2020 – Normalleşme.</p><p>Esnaf "
        "derneği bu hafta bir anma toplantısı düzenleyecek.</p>",
        meta="<span class='author'>Ayşe Kaplan</span> <span class='date'>Güncelleme: 11.03.2024 "
        "14:05</span>",
        related_title="İlgili haberler",
        related=("Sahil yolu yenileniyor", "Yeni kütüphane açıldı"),
    ),
    ("11 Mart 2020 – İlk vaka.", "16 Mart 2020 – Okullar kapandı.", "1 Haziran 2020"),
    ("Güncelleme: 11.03.2024", "Sahil yolu yenileniyor"),
)

PROBES.add(
    "uk_khronolohiya_list_closes_text",
    "https://www.example.ua/news/2024/02/24/khronolohiya",
    story(
        "uk",
        "Міський театр повертається на сцену",
        "<p>Міський театр знову грає вистави у власному приміщенні після тривалого ремонту "
        "даху й сцени.</p><p>Ось головні дати:</p><ul><li>24 лютого 2022 року — закриття.</li>"
        "<li>1 березня 2023 року — ремонт.</li><li>20 січня 2024 року — відкриття.</li></ul>",
        meta="<span class='author'>Ірина Коваль</span> <span class='date'>24 лютого 2024, "
        "12:00</span>",
        related_title="Читайте також",
        related=("Нові автобуси на лінії", "Парк відкрили після ремонту"),
    ),
    (
        "24 лютого 2022 року — закриття.",
        "1 березня 2023 року — ремонт.",
        "20 січня 2024 року — відкриття.",
    ),
    ("24 лютого 2024, 12:00", "Нові автобуси на лінії"),
)

PROBES.add(
    "it_date_chiave_box_in_text",
    "https://www.example.it/cronaca/2024/04/06/terremoto-date",
    story(
        "it",
        "Quindici anni dopo il terremoto",
        "<p>A quindici anni dal terremoto, il centro storico è tornato ad animarsi e molte "
        "botteghe hanno riaperto sotto i portici restaurati.</p><div class='box-date'><h3>Le "
        "date chiave</h3><p>6 aprile 2009 – La scossa.</p><p>10 luglio 2009 – Il vertice.</p>"
        "<p>2 ottobre 2015 – Riapre il duomo.</p></div><p>Il sindaco ha annunciato che "
        "entro l'anno saranno consegnate le ultime case ricostruite.</p>",
        meta="<span class='autore'>di Marco Bellini</span> <span class='data'>Pubblicato il "
        "6 aprile 2024</span>",
        related_title="Leggi anche",
        related=("Nuova pista ciclabile in città", "Riapre il mercato coperto"),
    ),
    ("6 aprile 2009 – La scossa.", "10 luglio 2009 – Il vertice.", "2 ottobre 2015"),
    ("Pubblicato il 6 aprile 2024", "Nuova pista ciclabile in città"),
)

PROBES.add(
    "pt_linha_do_tempo_list_years",
    "https://www.example.com.br/cidades/2024/05/02/linha-do-tempo",
    story(
        "pt-BR",
        "O mercado municipal faz 80 anos",
        "<p>O mercado municipal completa oitenta anos com festa, música e barracas de comida "
        "típica na praça em frente ao prédio.</p><ul><li>2 de maio de 1944: inauguração.</li>"
        "<li>15 de março de 1972: incêndio.</li><li>8 de agosto de 2001: reforma.</li></ul>"
        "<p>A festa começa no sábado às dez horas e vai até a noite.</p>",
        meta="<span class='autor'>Por Júlia Prado</span> <span class='data'>02/05/2024 "
        "08h30</span>",
        related_title="Leia também",
        related=("Nova linha de ônibus no bairro", "Parque ganha pista de skate"),
    ),
    ("2 de maio de 1944: inauguração.", "15 de março de 1972: incêndio.", "reforma."),
    ("02/05/2024 08h30", "Nova linha de ônibus no bairro"),
)

PROBES.add(
    "el_chronologio_list_greek",
    "https://www.example.gr/koinonia/2024/03/25/chronologio",
    story(
        "el",
        "Η δημοτική βιβλιοθήκη γίνεται εκατό ετών",
        "<p>Η δημοτική βιβλιοθήκη γιορτάζει εκατό χρόνια λειτουργίας με έκθεση παλιών βιβλίων "
        "και φωτογραφιών στην αίθουσα του ισογείου.</p><ul><li>25 Μαρτίου 1924: εγκαίνια.</li>"
        "<li>3 Ιουνίου 1967: μετακόμιση.</li><li>1 Οκτωβρίου 2008: νέα αίθουσα.</li></ul>"
        "<p>Η έκθεση θα διαρκέσει έως το τέλος του Απριλίου.</p>",
        meta="<span class='author'>Ελένη Παππά</span> <span class='date'>25.03.2024 | 10:15</span>",
        related_title="Διαβάστε επίσης",
        related=("Νέος ποδηλατόδρομος στην παραλία", "Ανακαίνιση στην κεντρική πλατεία"),
    ),
    ("25 Μαρτίου 1924: εγκαίνια.", "3 Ιουνίου 1967: μετακόμιση.", "1 Οκτωβρίου 2008: νέα αίθουσα."),
    ("25.03.2024 | 10:15", "Νέος ποδηλατόδρομος στην παραλία"),
)

PROBES.add(
    "vi_dong_thoi_gian_list",
    "https://www.example.vn/xa-hoi/2024/04/30/dong-thoi-gian",
    story(
        "vi",
        "Cây cầu sắt tròn 100 năm",
        "<p>Cây cầu sắt bắc qua sông đã tròn một trăm năm tuổi và vẫn là con đường quen thuộc "
        "của người dân hai bên bờ.</p><ul><li>30 tháng 4 năm 1924: khánh thành.</li><li>"
        "12 tháng 8 năm 1968: sửa chữa.</li><li>5 tháng 1 năm 2015: mở rộng.</li></ul><p>"
        "Thành phố dự kiến tổ chức lễ kỷ niệm vào cuối tuần này.</p>",
        meta="<span class='author'>Nguyễn Thu Hà</span> <span class='date'>30/04/2024 07:45</span>",
        related_title="Tin liên quan",
        related=("Mở tuyến xe buýt mới", "Chợ đêm trở lại"),
    ),
    ("30 tháng 4 năm 1924: khánh thành.", "12 tháng 8 năm 1968: sửa chữa.", "mở rộng."),
    ("30/04/2024 07:45", "Mở tuyến xe buýt mới"),
)

PROBES.add(
    "pl_kalendarium_definition_list",
    "https://www.example.pl/wiadomosci/2024/06/04/kalendarium",
    story(
        "pl",
        "Trzydzieści pięć lat od wyborów",
        "<p>Mieszkańcy miasta wspominają czerwcowe wybory sprzed trzydziestu pięciu lat, "
        "kiedy przed lokalami ustawiały się długie kolejki.</p><dl class='kalendarium'><dt>"
        "6 lutego 1989</dt><dd>Początek obrad.</dd><dt>4 czerwca 1989</dt><dd>Wybory.</dd><dt>"
        "24 sierpnia 1989</dt><dd>Nowy rząd.</dd></dl><p>W sobotę w ratuszu otwarta zostanie "
        "wystawa zdjęć z tamtych dni.</p>",
        meta="<span class='autor'>Anna Wiśniewska</span> <span class='data'>4 czerwca 2024, "
        "06:00</span>",
        related_title="Zobacz także",
        related=("Nowa linia tramwajowa", "Remont dworca ruszy latem"),
    ),
    ("6 lutego 1989", "Początek obrad.", "Wybory.", "Nowy rząd."),
    ("4 czerwca 2024, 06:00", "Nowa linia tramwajowa"),
)

PROBES.add(
    "en_conference_programme_times",
    "https://events.example.org/2024/09/harbour-forum-programme",
    story(
        "en",
        "Harbour Forum: the day's programme",
        "<p>The third Harbour Forum brings fishers, engineers and councillors together for a "
        "day of talks on the future of the old docks.</p><h2>Programme</h2><ul><li>09:00 "
        "Registration and coffee</li><li>09:30 Welcome</li><li>10:00 The dock walls</li><li>"
        "11:15 Panel on fishing quotas</li></ul><p>Tickets are free but places are limited, so "
        "please register by the end of August.</p>",
        meta="<span class='byline'>Forum team</span> <span class='posted'>Posted 2 September "
        "2024</span>",
        related_title="Other events",
        related=("Autumn lecture series", "Open day at the boatyard"),
    ),
    ("09:00 Registration and coffee", "09:30 Welcome", "10:00 The dock walls"),
    ("Posted 2 September 2024", "Autumn lecture series"),
)

PROBES.add(
    "en_match_minute_by_minute",
    "https://sport.example.co.uk/football/2024/04/20/rovers-report",
    story(
        "en",
        "Rovers edge past United in the rain",
        "<p>Rovers climbed to fourth with a narrow win on a wet afternoon, their keeper "
        "saving a late penalty to keep the lead.</p><h3>Key moments</h3><ul><li>12' Goal – "
        "Okafor heads in.</li><li>54' Red card – Brandt.</li><li>88' Penalty saved.</li></ul>"
        "<p>The sides meet again in the cup next month.</p>",
        meta="<span class='byline'>By Tom Reddy</span> <span class='posted'>20 April 2024, "
        "17:02</span>",
        related_title="More football",
        related=("United sack their coach", "Youth side reach the final"),
    ),
    ("12' Goal – Okafor heads in.", "54' Red card – Brandt.", "88' Penalty saved."),
    ("20 April 2024, 17:02", "United sack their coach"),
)

PROBES.add(
    "nl_tijdlijn_list_month_year",
    "https://www.example.nl/regio/2024/05/08/tijdlijn-brug",
    story(
        "nl",
        "Nieuwe brug na jaren van vertraging open",
        "<p>Na jaren van vertraging rijden sinds vanochtend de eerste auto's over de nieuwe "
        "brug tussen de twee dorpen.</p><h2>Tijdlijn</h2><ul><li>Maart 2017: plan "
        "goedgekeurd.</li><li>Juni 2019: eerste paal.</li><li>Mei 2024: opening.</li></ul><p>"
        "De oude pont blijft tot de zomer varen voor fietsers.</p>",
        meta="<span class='auteur'>Door Sanne de Wit</span> <span class='datum'>8 mei 2024, "
        "07:30</span>",
        related_title="Meer nieuws",
        related=("Nieuwe fietsroute langs de dijk", "Markt verhuist naar het plein"),
    ),
    ("Maart 2017: plan goedgekeurd.", "Juni 2019: eerste paal.", "Mei 2024: opening."),
    ("8 mei 2024, 07:30", "Nieuwe fietsroute langs de dijk"),
)

PROBES.add(
    "th_timeline_list_thai",
    "https://www.example.co.th/news/2024/06/24/timeline",
    story(
        "th",
        "ตลาดน้ำเก่าครบรอบร้อยปี",
        "<p>ตลาดน้ำเก่าริมคลองครบรอบหนึ่งร้อยปีในปีนี้ และชาวบ้านได้จัดงานฉลองตลอดสุดสัปดาห์</p>"
        "<ul><li>24 มิถุนายน 2467 – เปิดตลาด</li><li>3 มีนาคม 2510 – น้ำท่วมใหญ่</li><li>"
        "1 ตุลาคม 2553 – บูรณะ</li></ul><p>งานฉลองเปิดให้เข้าชมฟรีทุกวันจนถึงสิ้นเดือน</p>",
        meta="<span class='author'>สมศรี ใจดี</span> <span class='date'>24 มิ.ย. 2567 09:00</span>",
        related_title="ข่าวที่เกี่ยวข้อง",
        related=("ถนนสายใหม่เปิดใช้", "สวนสาธารณะปรับปรุงใหม่"),
    ),
    ("24 มิถุนายน 2467 – เปิดตลาด", "3 มีนาคม 2510 – น้ำท่วมใหญ่", "1 ตุลาคม 2553 – บูรณะ"),
    ("24 มิ.ย. 2567 09:00", "ถนนสายใหม่เปิดใช้"),
)

PROBES.add(
    "en_dateline_and_stamps_stay_out",
    "https://news.example.com/world/2024/03/05/port-strike",
    story(
        "en",
        "Port workers walk out over pay",
        "<p class='dateline'>5 March 2024</p><p>Dock workers at the northern port stopped "
        "work on Tuesday after talks over pay broke down late on Monday night.</p><p>The "
        "union said the strike would last until the employers returned with a better offer."
        "</p><p class='updated'>Updated 5 March 2024</p>",
        meta="<span class='byline'>By Priya Nand</span> <span class='posted'>Published "
        "5 March 2024</span>",
        related_title="Related",
        related=("Ferry services cut for a week", "Harbour fees to rise"),
    ),
    ("Dock workers at the northern port stopped", "until the employers returned"),
    ("Updated 5 March 2024", "Published 5 March 2024", "Ferry services cut for a week"),
)

PROBES.add(
    "sv_prices_strip_with_empty_cell",
    "https://www.example.se/kultur/2024/05/12/museet-oppnar",
    story(
        "sv",
        "Sjöfartsmuseet öppnar igen",
        "<p>Sjöfartsmuseet öppnar igen efter ombyggnaden med nya salar om fiske, fyrar och "
        "skeppsbyggen längs kusten.</p><table class='priser'><tr><td>Vuxna 120 kr</td><td>"
        "</td><td>Barn 60 kr</td><td>Pensionärer 90 kr</td></tr></table><p>Museet har öppet "
        "alla dagar utom måndag hela sommaren.</p>",
        meta="<span class='byline'>Av Karin Lund</span> <span class='datum'>Publicerad "
        "12 maj 2024</span>",
        related_title="Mer kultur",
        related=("Ny konsthall vid hamnen", "Sommarteatern är tillbaka"),
    ),
    ("Vuxna 120 kr", "Barn 60 kr", "Pensionärer 90 kr"),
    ("Publicerad 12 maj 2024", "Ny konsthall vid hamnen"),
)

PROBES.add(
    "en_press_release_boilerplate_sibling",
    "https://press.example.com/releases/2024/06/acme-opens-plant",
    page(
        "en",
        "Acme Tools opens a plant in Riverton",
        "<header class='site-header'><a href='/'>Newsroom</a></header><main><article "
        "class='release'><h1>Acme Tools opens a plant in Riverton</h1><p class='date'>"
        "June 4, 2024</p><div class='release-body'><p>Acme Tools today opened its third "
        "plant, which will make hand tools for the northern market and employ 140 people."
        "</p><p>The plant runs on power from the solar field beside it, the company said, "
        "and will train apprentices with the local college.</p></div><div "
        "class='boilerplate'><h3>About Acme Tools</h3><p>Acme Tools makes hand tools in "
        "Riverton since 1950.</p></div><div class='contact'><h3>Media contact</h3><p>Dana "
        "Ruiz, press@example.com</p></div></article></main><footer><p>© 2024 Acme Tools</p>"
        "</footer>",
    ),
    (
        "Acme Tools today opened its third plant",
        "About Acme Tools",
        "Acme Tools makes hand tools in Riverton since 1950.",
    ),
    ("© 2024 Acme Tools",),
)

PROBES.add(
    "en_timeline_div_entries_short_text",
    "https://news.example.com/business/2024/07/01/brewery-timeline",
    story(
        "en",
        "How the Harbour Brewery grew",
        "<p>From a shed behind the harbour master's house to a hall that ships across the "
        "country, the brewery has grown slowly and on its own money.</p><div "
        "class='timeline'><div class='timeline-item'><div class='timeline-date'>4 May 1998"
        "</div><div class='timeline-text'>First brew.</div></div><div class='timeline-item'>"
        "<div class='timeline-date'>2 June 2006</div><div class='timeline-text'>New hall."
        "</div></div><div class='timeline-item'><div class='timeline-date'>9 March 2019</div>"
        "<div class='timeline-text'>Exports begin.</div></div></div><p>The owners say the "
        "next step is a visitor centre with a small museum of the trade.</p>",
        meta="<span class='byline'>By Ruth Osei</span> <span class='posted'>Published 1 July "
        "2024</span>",
        related_title="More business",
        related=("Bakery chain opens in the valley", "Port fees to rise"),
    ),
    ("4 May 1998", "First brew.", "2 June 2006", "New hall.", "Exports begin."),
    ("Published 1 July 2024", "Bakery chain opens in the valley"),
)

PROBES.add(
    "ja_nenpyo_table_year_rows",
    "https://www.example.jp/culture/2024/08/01/gekijo-nenpyo",
    story(
        "ja",
        "市民劇場、建て替えへ",
        "<p>老朽化が進む市民劇場の建て替えが決まり、来年春から工事が始まる。劇場の歩みを振り返る。"
        "</p><table><tr><th>1965年4月</th><td>開館</td></tr><tr><th>1983年7月</th><td>大ホール増築"
        "</td></tr><tr><th>2004年10月</th><td>耐震改修</td></tr></table><p>新しい劇場は2028年の完成"
        "を予定している。</p>",
        meta="<span class='author'>佐藤 健</span> <time>2024年8月1日 6時30分</time>",
        related_title="関連記事",
        related=("図書館の開館時間を延長", "商店街に新しい広場"),
    ),
    ("1965年4月", "開館", "大ホール増築", "耐震改修"),
    ("2024年8月1日 6時30分", "図書館の開館時間を延長"),
)

PROBES.add(
    "ar_timeline_arabic_indic_digits",
    "https://www.example.com.sa/news/2024/05/10/timeline",
    story(
        "ar",
        "سوق المدينة القديم يعود إلى الحياة",
        "<p>عاد سوق المدينة القديم إلى الحياة بعد سنوات من الترميم، وفتحت المحلات أبوابها أمام "
        "الزوار هذا الأسبوع.</p><ul><li>١٢ مارس ١٩٥٠: افتتاح السوق.</li><li>٥ يونيو ١٩٨٠: حريق."
        "</li><li>١ سبتمبر ٢٠٢٠: بدء الترميم.</li></ul><p>ويفتح السوق يوميا من الصباح حتى منتصف "
        "الليل.</p>",
        meta="<span class='author'>خالد العتيبي</span> <span class='date'>١٠ مايو ٢٠٢٤</span>",
        related_title="أخبار ذات صلة",
        related=("مهرجان للتمور في الساحة", "طريق جديد إلى الميناء"),
        dir_="rtl",
    ),
    ("١٢ مارس ١٩٥٠: افتتاح السوق.", "٥ يونيو ١٩٨٠: حريق.", "١ سبتمبر ٢٠٢٠: بدء الترميم."),
    ("١٠ مايو ٢٠٢٤", "مهرجان للتمور في الساحة"),
)

PROBES.add(
    "de_jahr_fuer_jahr_bold_years_list",
    "https://www.example.at/wirtschaft/2024/09/02/seilbahn-chronik",
    story(
        "de",
        "Die Seilbahn am Hochkogel wird erneuert",
        "<p>Die alte Seilbahn auf den Hochkogel wird im Herbst durch eine neue Kabinenbahn "
        "ersetzt, die doppelt so viele Gäste befördern kann.</p><ul><li><time "
        "datetime='1958-12-20'>20. Dezember 1958</time> Erste Fahrt.</li><li><time "
        "datetime='1977-06-01'>1. Juni 1977</time> Neue Kabinen.</li><li><time "
        "datetime='2001-11-15'>15. November 2001</time> Letzte Sanierung.</li></ul><p>Während "
        "des Umbaus fährt ein Bus zur Mittelstation.</p>",
        meta="<span class='autor'>Von Lisa Gruber</span> <time>02.09.2024 um 09:12</time>",
        related_title="Mehr aus der Wirtschaft",
        related=("Molkerei baut neues Lager", "Skigebiet erhöht Preise"),
    ),
    ("20. Dezember 1958 Erste Fahrt.", "1. Juni 1977 Neue Kabinen.", "Letzte Sanierung."),
    ("02.09.2024 um 09:12", "Molkerei baut neues Lager"),
)

PROBES.add(
    "es_programa_table_times",
    "https://www.example.com.mx/cultura/2024/10/15/festival-programa",
    story(
        "es",
        "El festival de la ciudad presenta su programa",
        "<p>El festival de otoño regresa al centro histórico con tres escenarios, talleres para "
        "niños y un mercado de artesanos en la plaza mayor.</p><table class='programa'><tr><td>"
        "10:00</td><td>Apertura</td></tr><tr><td>12:30</td><td>Taller de barro</td></tr><tr><td>"
        "18:00</td><td>Concierto</td></tr></table><p>Todas las actividades son gratuitas y "
        "no requieren registro previo.</p>",
        meta="<span class='firma'>Por Diego Salas</span> <span class='fecha'>15 de octubre de "
        "2024</span>",
        related_title="Más cultura",
        related=("Reabre el museo de la ciudad", "Nuevo ciclo de cine al aire libre"),
    ),
    ("Apertura", "Taller de barro", "Concierto"),
    ("15 de octubre de 2024", "Reabre el museo de la ciudad"),
)

PROBES.add(
    "en_earlier_coverage_dated_links_close_the_text",
    "https://news.example.com/weather/2024/03/08/storm-aftermath",
    story(
        "en",
        "Coast road reopens after the storm",
        "<p>The coast road reopened on Friday morning after crews cleared the last of the "
        "fallen trees and checked the sea wall for damage.</p><p>Drivers are asked to keep "
        "to the lower speed limit while repairs to the barriers go on.</p><h3>Earlier "
        "coverage</h3><ul class='story-list'><li>5 March 2024 – <a href='/s/1'>Storm closes "
        "the coast road</a></li><li>6 March 2024 – <a href='/s/2'>Ferries stay in port</a>"
        "</li><li>7 March 2024 – <a href='/s/3'>Crews begin the clean-up</a></li></ul>",
        meta="<span class='byline'>By Sam Hale</span> <span class='posted'>Published 8 March "
        "2024</span>",
        related_title="More weather",
        related=("Frost warning for the hills", "A dry spring ahead"),
    ),
    ("crews cleared the last of the fallen trees", "keep to the lower speed limit"),
    ("Storm closes the coast road", "Ferries stay in port", "Published 8 March 2024"),
)
