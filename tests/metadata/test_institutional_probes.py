"""Probes of legacy markup and institutional pages (issue 12): table-layout pages of the
1998-2008 kind (no ``<h1>``, the headline a ``<font size="+2"><b>`` or a ``td.title``, dates in
``<font size=1>``, a "Last modified:" footer), government and municipal notices dated in a
table of facts, press releases (a dateline, a contact who is no author), university news and
an abstract page (``citation_*`` and Dublin Core meta, "Received … Accepted … Published
online …"), a mail-list archive, association, parish and personal pages. In 25 languages;
every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.language_probes.kit import same_moment
from tests.metadata.title_pages import page, paragraphs

import newsextract

# A field not judged on a probe (the page leaves it open to reading).
SKIP = ...


def legacy(lang: str, title: str, inner: str, *, site: str, footer: str = "") -> str:
    """A table-layout page: a logo row, a left menu cell, the story cell (``inner``) and a
    footer row; no ``<h1>`` and no semantic element anywhere."""
    return page(
        lang,
        title,
        "",
        '<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
        f'<img src="/img/logo.gif" alt="{site}" width="760" height="80"></td></tr><tr>'
        '<td width="150" valign="top" bgcolor="#eeeeee"><a href="/">Home</a><br>'
        '<a href="/news/">News</a><br><a href="/links/">Links</a></td>'
        f'<td width="610" valign="top">{inner}</td></tr><tr><td colspan="2" align="center">'
        f'<font size="1">{footer or site}</font></td></tr></table>',
    )


def facts(rows: list[tuple[str, str]]) -> str:
    """A notice's table of facts: a label cell and a value cell a row."""
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f'<table class="info-table">{cells}</table>'


def notice(lang: str, title: str, headline: str, above: str, text: str, *, below: str = "") -> str:
    """A council's or ministry's notice: header, breadcrumb, the ``<h1>``, then ``above``
    (a table or line of facts), the text and ``below``."""
    return page(
        lang,
        title,
        "",
        '<div id="header"><a href="/"><img src="/logo.png" alt="logo"></a><ul class="menu">'
        '<li><a href="/a">I</a></li><li><a href="/b">II</a></li></ul></div>'
        '<div class="breadcrumb"><a href="/">⌂</a> › <a href="/n">…</a></div>'
        f'<div id="content"><h1>{headline}</h1>{above}{paragraphs(text)}{below}</div>'
        '<div id="footer">© 2024</div>',
    )


# A probe: name, url, page, then title, published, modified, authors (SKIP: not judged).
Probe = tuple[str, str, str, object, object, object, object]

EN = "The council will resurface the lane by the old mill during the spring holidays."
DE = "Die Gemeinde erneuert in den Osterferien den Belag der Mühlenstraße am alten Wehr."
FR = "La commune refera le revêtement du chemin du moulin pendant les vacances de printemps."

PROBES: list[Probe] = [
    # --- table layouts of the 1998-2008 kind -----------------------------------------------
    (
        "en_font_headline_posted",
        "http://www.millbrookgazette.com/local/story0412.html",
        legacy(
            "en",
            "Millbrook Gazette - Local News - Mill reopens after the flood",
            '<font face="Arial" size="+2"><b>Mill reopens after the flood</b></font><br>'
            '<font size="1" color="#666666">Posted 03/04/2005</font><br>'
            '<font size="2"><b>By Martha Ellison</b></font>'
            f'<p><font size="2">{EN} {EN}</font></p><p><font size="2">{EN}</font></p>',
            site="Millbrook Gazette",
        ),
        "Mill reopens after the flood",
        datetime(2005, 3, 4),
        SKIP,
        ("Martha Ellison",),
    ),
    (
        "de_td_title_stand",
        "http://www.lahntal-online.de/aktuell/meldung_218.htm",
        legacy(
            "de",
            "Lahntal Online - Aktuelles - Neue Brücke über die Lahn freigegeben",
            '<table width="100%"><tr><td class="title">Neue Brücke über die Lahn freigegeben'
            '</td></tr><tr><td class="date"><font size="1">Stand: 12.03.2004</font></td></tr>'
            f"<tr><td>{paragraphs(DE)}</td></tr></table>",
            site="Lahntal Online",
        ),
        "Neue Brücke über die Lahn freigegeben",
        datetime(2004, 3, 12),
        SKIP,
        (),
    ),
    (
        "fr_td_titre_publie",
        "http://www.mairie-saint-aubin.fr/actualites/art57.html",
        legacy(
            "fr",
            "Mairie de Saint-Aubin :: Actualités :: Travaux du chemin du moulin",
            '<table><tr><td class="titre"><b>Travaux du chemin du moulin</b></td></tr>'
            '<tr><td><font size="1"><i>Publié le 05/02/2006</i></font></td></tr>'
            f"<tr><td>{paragraphs(FR)}</td></tr></table>",
            site="Mairie de Saint-Aubin",
        ),
        "Travaux du chemin du moulin",
        datetime(2006, 2, 5),
        SKIP,
        (),
    ),
    (
        "en_homepage_last_modified",
        "http://www.physics.example.edu/~hwalden/hiking.html",
        legacy(
            "en",
            "Hannah Walden - Hiking in the Cairngorms",
            '<font size="+2"><b>Hiking in the Cairngorms</b></font>'
            "<p>Notes from three summers of walking the plateau, with the routes we took and "
            "the bothies we slept in. The weather turns in an hour up there; carry a map. "
            "Notes from three summers of walking the plateau.</p><p>The northern corries "
            "hold snow into June, and the path from the ski car park is badly eroded.</p>",
            site="Hannah Walden",
            footer="Last modified: Tue Mar 2 14:03:11 GMT 2004",
        ),
        "Hiking in the Cairngorms",
        None,
        datetime(2004, 3, 2),
        SKIP,
    ),
    (
        "sv_homepage_senast_andrad",
        "http://www.kth-example.se/~lundgren/fiske.html",
        legacy(
            "sv",
            "Per Lundgren: Flugfiske i Jämtland",
            '<font size="+2"><b>Flugfiske i Jämtland</b></font>'
            "<p>Här samlar jag anteckningar från tio somrar vid älvarna i Jämtland, med kartor "
            "och flugor som fungerat. Vattnet stiger snabbt efter regn i fjällen.</p><p>Harren "
            "tar bäst i skymningen, och öringen står under strömkanterna hela juli.</p>",
            site="Per Lundgren",
            footer="Senast ändrad: 2004-03-02",
        ),
        "Flugfiske i Jämtland",
        None,
        datetime(2004, 3, 2),
        SKIP,
    ),
    (
        "de_homepage_name_colon_title",
        "http://www.uni-example.de/~aberger/radtouren.html",
        page(
            "de",
            "Anna Berger: Radtouren im Allgäu",
            "",
            '<div id="kopf"><a href="/~aberger/">Startseite</a> | <a href="/~aberger/fotos/">'
            'Fotos</a></div><div id="inhalt"><h3>Radtouren im Allgäu</h3><p>Hier sammle ich '
            "die Touren der letzten Sommer, mit Karten und Höhenprofilen. Die Wege am Forggensee "
            "sind im Juni am schönsten.</p><p>Die Anstiege ins Tannheimer Tal sind steil, aber "
            "gut ausgeschildert; Wasser gibt es an jeder Alpe.</p></div>",
        ),
        "Radtouren im Allgäu",
        SKIP,
        SKIP,
        SKIP,
    ),
    # --- government and municipal notices: a table or line of facts ------------------------
    (
        "en_notice_date_of_publication",
        "https://www.harlowmere.gov.uk/notices/road-closure-mill-lane",
        notice(
            "en",
            "Road closure: Mill Lane | Harlowmere Borough Council",
            "Road closure: Mill Lane",
            facts([("Reference:", "TRO/2024/031"), ("Date of publication:", "4 March 2024")]),
            EN,
        ),
        "Road closure: Mill Lane",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "en_health_page_last_reviewed",
        "https://www.healthline-example.nhs.uk/conditions/chilblains/",
        notice(
            "en",
            "Chilblains - Health A to Z",
            "Chilblains",
            "",
            "Chilblains are small itchy swellings on the skin that occur as a reaction to cold.",
            below='<div class="page-review"><p>Page last reviewed: 03 January 2024<br>'
            "Next review due: 03 January 2027</p></div>",
        ),
        "Chilblains",
        SKIP,
        datetime(2024, 1, 3),
        (),
    ),
    (
        "de_notice_veroeffentlicht_am",
        "https://www.gemeinde-oberwiesen.de/rathaus/bekanntmachungen/sperrung-muehlenstrasse",
        notice(
            "de",
            "Sperrung der Mühlenstraße - Gemeinde Oberwiesen",
            "Sperrung der Mühlenstraße",
            facts([("Aktenzeichen", "32-141/2024"), ("Veröffentlicht am", "12.03.2024")]),
            DE,
        ),
        "Sperrung der Mühlenstraße",
        datetime(2024, 3, 12),
        SKIP,
        (),
    ),
    (
        "fr_notice_publie_le_dl",
        "https://www.ville-montclar.fr/actualites/travaux-chemin-du-moulin",
        notice(
            "fr",
            "Travaux chemin du Moulin - Ville de Montclar",
            "Travaux chemin du Moulin",
            '<dl class="infos"><dt>Publié le</dt><dd>5 mars 2024</dd><dt>Mis à jour le</dt>'
            "<dd>7 mars 2024</dd></dl>",
            FR,
        ),
        "Travaux chemin du Moulin",
        datetime(2024, 3, 5),
        datetime(2024, 3, 7),
        (),
    ),
    (
        "pl_bip_metryczka",
        "https://bip.gmina-zalesie.pl/artykul/obwieszczenie-wojta-3-2024",
        notice(
            "pl",
            "Obwieszczenie Wójta Gminy Zalesie - BIP Gmina Zalesie",
            "Obwieszczenie Wójta Gminy Zalesie",
            "",
            "Wójt Gminy Zalesie zawiadamia o wszczęciu postępowania w sprawie przebudowy drogi.",
            below='<div class="metryczka"><h3>Metryczka</h3>'
            + facts(
                [
                    ("Wytworzył:", "Referat Inwestycji"),
                    ("Data wytworzenia:", "2024-03-01"),
                    ("Opublikował:", "Administrator BIP"),
                    ("Data publikacji:", "2024-03-04 10:15"),
                    ("Data modyfikacji:", "2024-03-06 08:02"),
                ]
            )
            + "</div>",
        ),
        "Obwieszczenie Wójta Gminy Zalesie",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        SKIP,
    ),
    (
        "cs_uredni_deska_vyveseno",
        "https://www.obec-horni-lhota.cz/uredni-deska/oznameni-o-uzavirce",
        notice(
            "cs",
            "Oznámení o uzavírce silnice | Obec Horní Lhota",
            "Oznámení o uzavírce silnice",
            facts([("Vyvěšeno:", "4. 3. 2024"), ("Sejmuto:", "20. 3. 2024")]),
            "Obec oznamuje uzavírku silnice III. třídy z důvodu opravy mostu přes potok.",
        ),
        "Oznámení o uzavírce silnice",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "zh_hans_gov_fabu_shijian",
        "http://www.donghu-example.gov.cn/zwgk/tzgg/202403/t20240304_88121.html",
        page(
            "zh-CN",
            "关于开展春季植树活动的通知_东湖区人民政府",
            "",
            '<div class="header"><img src="/images/logo.png" alt="东湖区人民政府"></div>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
            '</a> &gt; 通知公告</div><div class="article"><div class="article-title">'
            '关于开展春季植树活动的通知</div><div class="article-info"><span>发布时间：'
            "2024-03-04 10:15</span><span>来源：区绿化办</span><span>浏览次数：</span></div>"
            '<div class="article-content">'
            + paragraphs("各街道、各部门：为改善城区生态环境，区政府决定开展春季植树活动。")
            + "</div></div>",
        ),
        "关于开展春季植树活动的通知",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "zh_hant_gov_roc_year",
        "https://www.example-district.gov.tw/News_Content.aspx?n=1207&s=88121",
        notice(
            "zh-Hant",
            "春季植樹活動公告-東湖區公所",
            "春季植樹活動公告",
            '<ul class="info"><li>發布日期：113-03-04</li><li>更新日期：113-03-06</li>'
            "<li>發布單位：秘書室</li></ul>",
            "為改善市區生態環境，本所將於三月中旬舉辦春季植樹活動，歡迎里民踴躍參加。",
        ),
        "春季植樹活動公告",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    (
        "zh_hant_archive_two_digit_roc_year",
        "https://www.example-township.gov.tw/News_Content.aspx?n=310&s=4127",
        notice(
            "zh-Hant",
            "防汛演練公告-河濱鄉公所",
            "防汛演練公告",
            '<table class="info"><tr><th>發布日期</th><td>：98-05-12</td></tr></table>'
            '<div class="meta">發布日期：98-05-12　更新時間：99/01/08</div>',
            "本所將於五月下旬舉辦防汛演練，請各村長協助通知村民，屆時請配合疏散指引。",
        ),
        "防汛演練公告",
        datetime(2009, 5, 12),
        SKIP,
        (),
    ),
    (
        "zh_hans_code_not_a_minguo_year",
        "https://www.example-news.cn/news/2024/0304/88121.html",
        notice(
            "zh-Hans",
            "河滨公园新设步道 - 河滨日报",
            "河滨公园新设步道",
            '<div class="meta">2024年03月04日 10:15 | 编号：98-12-05</div>',
            "市政府在河滨公园新设一条步道，全长约两公里，沿途种植了许多树木，假日游客众多。",
        ),
        "河滨公园新设步道",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "zh_hant_school_roc_slash_time",
        "https://www.example-es.tp.edu.tw/nss/p/news/88121",
        notice(
            "zh-Hant",
            "校園植樹日活動 - 河濱國小",
            "校園植樹日活動",
            '<div class="meta">發布時間：113/03/04 10:15 | 點閱：152</div>',
            "本校將於三月中旬舉辦校園植樹日，請各班導師協助宣導，歡迎家長一同參加。",
        ),
        "校園植樹日活動",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "zh_hant_news_not_a_minguo_number",
        "https://www.example-news.com.tw/news/88121",
        notice(
            "zh-Hant",
            "河濱公園新設步道 - 河濱日報",
            "河濱公園新設步道",
            '<div class="meta">2024/03/04 10:15 | 編號：110-12-05</div>',
            "市府在河濱公園新設一條步道，全長約兩公里，沿途種植了許多樹木，假日遊客眾多。",
        ),
        "河濱公園新設步道",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "ja_municipal_keisaibi_era",
        "https://www.city.example-kawabe.lg.jp/soshiki/kankyo/shokuju.html",
        notice(
            "ja",
            "春の植樹祭のお知らせ｜川辺市",
            "春の植樹祭のお知らせ",
            '<p class="update">掲載日：令和6年3月4日 更新日：令和6年3月6日</p>',
            "市では、緑豊かなまちづくりのため、三月中旬に春の植樹祭を開催します。",
        ),
        "春の植樹祭のお知らせ",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    (
        "ko_board_table_gesiil",
        "https://www.example-gu.go.kr/board/view.do?bbsId=notice&nttId=88121",
        page(
            "ko",
            "봄철 나무 심기 행사 안내 < 공지사항 < 알림마당 < 동호구청",
            "",
            '<div id="header"><img src="/img/logo.png" alt="동호구청"></div><div id="content">'
            '<h2 class="menu-title">공지사항</h2><table class="board-view"><tr><th>제목</th>'
            '<td colspan="3" class="subject">봄철 나무 심기 행사 안내</td></tr><tr><th>작성자'
            "</th><td>공원녹지과</td><th>게시일</th><td>2024-03-04</td></tr><tr><th>조회수</th>"
            '<td colspan="3">152</td></tr><tr><td colspan="4" class="view-content">'
            + paragraphs("구민 여러분의 많은 참여를 바랍니다. 행사는 3월 중순에 열립니다.")
            + "</td></tr></table></div>",
        ),
        "봄철 나무 심기 행사 안내",
        datetime(2024, 3, 4),
        SKIP,
        SKIP,
    ),
    (
        "ru_notice_data_publikatsii",
        "https://admin-zarechny.ru/news/ob-ogranichenii-dvizheniya",
        notice(
            "ru",
            "Об ограничении движения по улице Мельничной — Администрация города Заречный",
            "Об ограничении движения по улице Мельничной",
            '<div class="news-dates">Дата публикации: 04.03.2024<br>Дата изменения: 06.03.2024'
            "</div>",
            "Администрация сообщает о временном ограничении движения в связи с ремонтом моста.",
        ),
        "Об ограничении движения по улице Мельничной",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    (
        "uk_notice_data_publikatsii",
        "https://zarichna-gromada.gov.ua/news/obmezhennya-ruhu",
        notice(
            "uk",
            "Про обмеження руху вулицею Млиновою | Зарічна громада",
            "Про обмеження руху вулицею Млиновою",
            '<p class="dates">Дата публікації: 04.03.2024</p>',
            "Виконавчий комітет повідомляє про тимчасове обмеження руху через ремонт мосту.",
        ),
        "Про обмеження руху вулицею Млиновою",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "tr_belediye_yayin_tarihi",
        "https://www.derekoy.bel.tr/duyurular/degirmen-caddesi-trafige-kapatiliyor",
        notice(
            "tr",
            "Değirmen Caddesi Trafiğe Kapatılıyor - Dereköy Belediyesi",
            "Değirmen Caddesi Trafiğe Kapatılıyor",
            facts([("Yayın Tarihi", "04.03.2024"), ("Güncelleme Tarihi", "06.03.2024")]),
            "Köprü onarımı nedeniyle Değirmen Caddesi iki hafta boyunca trafiğe kapalı olacaktır.",
        ),
        "Değirmen Caddesi Trafiğe Kapatılıyor",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    (
        "el_diavgeia_imerominia",
        "https://www.dimos-example.gr/anakoinoseis/diakopi-kykloforias",
        notice(
            "el",
            "Διακοπή κυκλοφορίας στην οδό Μύλου - Δήμος Παραποτάμου",
            "Διακοπή κυκλοφορίας στην οδό Μύλου",
            facts([("Ημερομηνία δημοσίευσης:", "04/03/2024")]),
            "Ο Δήμος ενημερώνει ότι λόγω εργασιών στη γέφυρα η οδός Μύλου θα παραμείνει κλειστή.",
        ),
        "Διακοπή κυκλοφορίας στην οδό Μύλου",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "ar_ministry_tarikh_alnashr",
        "https://www.example-baladiya.gov.jo/ar/news/2024/road-closure",
        notice(
            "ar",
            "إغلاق شارع الطاحونة مؤقتا - بلدية الوادي",
            "إغلاق شارع الطاحونة مؤقتا",
            facts([("تاريخ النشر:", "04/03/2024")]),
            "تعلن البلدية عن إغلاق شارع الطاحونة مؤقتا بسبب أعمال صيانة الجسر لمدة أسبوعين.",
        ),
        "إغلاق شارع الطاحونة مؤقتا",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "he_municipal_taarich_pirsum",
        "https://www.example-iriya.org.il/news/sgirat-rehov",
        notice(
            "he",
            "סגירת רחוב הטחנה | עיריית עמק השקד",
            "סגירת רחוב הטחנה",
            '<div class="meta">תאריך פרסום: 04/03/2024</div>',
            "העירייה מודיעה על סגירת רחוב הטחנה לתנועה בשל עבודות בגשר במשך שבועיים.",
        ),
        "סגירת רחוב הטחנה",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "fa_shahrdari_solar_hijri",
        "https://www.example-shahrdari.ir/news/16211",
        notice(
            "fa",
            "انسداد موقت خیابان آسیاب - شهرداری دره سبز",
            "انسداد موقت خیابان آسیاب",
            '<div class="news-info">تاریخ انتشار: ۱۴۰۲/۱۲/۱۴</div>',
            "شهرداری اعلام کرد خیابان آسیاب به دلیل تعمیر پل به مدت دو هفته بسته خواهد بود.",
        ),
        "انسداد موقت خیابان آسیاب",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "en_in_bulletin_posted_on_by",
        "https://pressbureau-example.gov.in/PressReleasePage.aspx?PRID=2012345",
        notice(
            "en",
            "Minister inaugurates river bridge",
            "Minister inaugurates river bridge",
            '<div class="ReleaseDateSubHeaddateTime">Posted On: 04 MAR 2024 5:45PM by Press '
            "Bureau Delhi</div>",
            "The Union Minister today inaugurated the new bridge over the river near the town.",
        ),
        "Minister inaugurates river bridge",
        datetime(2024, 3, 4),
        SKIP,
        # the issuing bureau after "by": an institution's credit, an author by the library's
        # rule (``institutions``), which a reader may take either way
        SKIP,
    ),
    (
        "hi_bulletin_pravishti_tithi",
        "https://pressbureau-example.gov.in/PressReleaseIframePage.aspx?PRID=2012346",
        notice(
            "hi",
            "मंत्री ने नदी पुल का उद्घाटन किया",
            "मंत्री ने नदी पुल का उद्घाटन किया",
            '<div class="ReleaseDateSubHeaddateTime">प्रविष्टि तिथि: 04 MAR 2024 5:45PM by '
            "PIB Delhi</div>",
            "केंद्रीय मंत्री ने आज शहर के पास नदी पर बने नए पुल का उद्घाटन किया।",
        ),
        "मंत्री ने नदी पुल का उद्घाटन किया",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "th_gov_buddhist_year",
        "https://www.example-tessaban.go.th/news/detail/88121",
        notice(
            "th",
            "ประกาศปิดถนนโรงสีชั่วคราว - เทศบาลตำบลริมน้ำ",
            "ประกาศปิดถนนโรงสีชั่วคราว",
            '<div class="news-date">วันที่เผยแพร่: 4 มีนาคม 2567</div>',
            "เทศบาลขอประกาศปิดถนนโรงสีเป็นการชั่วคราวเนื่องจากการซ่อมแซมสะพานเป็นเวลาสองสัปดาห์",
        ),
        "ประกาศปิดถนนโรงสีชั่วคราว",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "vi_cong_thong_tin_ngay_dang",
        "https://example-huyen.gov.vn/tin-tuc/thong-bao-cam-duong",
        notice(
            "vi",
            "Thông báo cấm đường Cối Xay - Cổng thông tin huyện Sông Xanh",
            "Thông báo cấm đường Cối Xay",
            '<div class="date">Ngày đăng: 04/03/2024</div>',
            "Ủy ban nhân dân huyện thông báo cấm đường Cối Xay trong hai tuần để sửa cầu.",
        ),
        "Thông báo cấm đường Cối Xay",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "id_pemkab_diterbitkan",
        "https://example-kab.go.id/berita/penutupan-jalan-kincir",
        notice(
            "id",
            "Penutupan Jalan Kincir Sementara - Pemerintah Kabupaten Sungai Hijau",
            "Penutupan Jalan Kincir Sementara",
            '<div class="post-meta">Diterbitkan: Senin, 4 Maret 2024</div>',
            "Pemerintah kabupaten menutup Jalan Kincir selama dua minggu untuk perbaikan jembatan.",
        ),
        "Penutupan Jalan Kincir Sementara",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "pt_gov_publicado_em_atualizado",
        "https://www.example-ministerio.gov.br/pt-br/noticias/ponte-do-moinho",
        notice(
            "pt",
            "Ponte do Moinho é reaberta — Ministério dos Transportes",
            "Ponte do Moinho é reaberta",
            '<div class="documentByLine"><span class="documentPublished">Publicado em '
            '04/03/2024 10h15</span> <span class="documentModified">Atualizado em 06/03/2024 '
            "08h02</span></div>",
            "A ponte sobre o rio foi reaberta ao tráfego após duas semanas de obras de reparo.",
        ),
        "Ponte do Moinho é reaberta",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    (
        "it_albo_data_pubblicazione",
        "https://www.comune.example-valle.it/albo/avviso-chiusura-strada",
        notice(
            "it",
            "Avviso di chiusura di via del Mulino - Comune di Valleverde",
            "Avviso di chiusura di via del Mulino",
            facts([("Data di pubblicazione", "04/03/2024"), ("Data di scadenza", "20/03/2024")]),
            "Il Comune comunica la chiusura di via del Mulino per lavori sul ponte per due "
            "settimane.",
        ),
        "Avviso di chiusura di via del Mulino",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "es_ayto_fecha_publicacion",
        "https://www.ayto-villaverde-example.es/noticias/corte-calle-molino",
        notice(
            "es",
            "Corte de tráfico en la calle del Molino - Ayuntamiento de Villaverde",
            "Corte de tráfico en la calle del Molino",
            '<p class="fecha">Fecha de publicación: 04/03/2024</p>',
            "El Ayuntamiento informa del corte de tráfico en la calle del Molino por obras en el "
            "puente.",
        ),
        "Corte de tráfico en la calle del Molino",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "fi_kunta_julkaistu_paivitetty",
        "https://www.example-kunta.fi/ajankohtaista/myllytie-suljetaan",
        notice(
            "fi",
            "Myllytie suljetaan liikenteeltä - Jokilaakson kunta",
            "Myllytie suljetaan liikenteeltä",
            '<p class="dates">Julkaistu 4.3.2024 Päivitetty 6.3.2024</p>',
            "Myllytie suljetaan kahdeksi viikoksi sillan korjaustöiden vuoksi.",
        ),
        "Myllytie suljetaan liikenteeltä",
        datetime(2024, 3, 4),
        datetime(2024, 3, 6),
        (),
    ),
    # --- press releases: a dateline, a contact who is no author ----------------------------
    (
        "en_press_release_wire_dateline",
        "https://www.wire-example.com/news-releases/orchard-robotics-raises-series-a.html",
        page(
            "en",
            "Orchard Robotics Raises $12 Million Series A",
            "",
            '<div class="release"><p class="fir">FOR IMMEDIATE RELEASE</p><h1>Orchard Robotics '
            'Raises $12 Million Series A</h1><p class="sub">Funding to scale fruit-picking arms'
            "</p><p>AUSTIN, Texas, March 3, 2024 /PRNewswire/ -- Orchard Robotics, a maker of "
            "fruit-picking arms, today announced a $12 million Series A round. The company will "
            "use the funds to expand its engineering team and open a plant in Texas.</p><p>"
            "Orchard Robotics builds arms that pick apples and pears without bruising them, "
            "working through the night in orchards across the state.</p><p><b>Media Contact:"
            "</b><br>Jane Roe<br>press@orchard-example.com<br>512-555-0100</p>"
            '<p class="source">SOURCE Orchard Robotics</p></div>',
        ),
        "Orchard Robotics Raises $12 Million Series A",
        datetime(2024, 3, 3),
        SKIP,
        (),
    ),
    (
        "de_pressemitteilung_vom",
        "https://www.stadtwerke-example.de/presse/pm-12-2024",
        notice(
            "de",
            "Pressemitteilung: Neues Wasserwerk geht ans Netz - Stadtwerke Lahnau",
            "Neues Wasserwerk geht ans Netz",
            '<p class="pm-nummer">Pressemitteilung Nr. 12/2024 vom 4. März 2024</p>',
            DE,
            below="<p><b>Pressekontakt:</b><br>Sabine Krüger<br>Telefon 06421 555-100<br>"
            "presse@stadtwerke-example.de</p>",
        ),
        "Neues Wasserwerk geht ans Netz",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "es_nota_de_prensa_dateline",
        "https://www.example-consejeria.es/prensa/nota-puente-del-molino",
        notice(
            "es",
            "Nota de prensa - Reabre el puente del Molino",
            "Reabre el puente del Molino",
            '<p class="tipo">NOTA DE PRENSA</p><p><b>Sevilla, 4 de marzo de 2024.–</b> La '
            "Consejería ha reabierto hoy el puente del Molino tras dos semanas de obras.</p>",
            "El puente soporta de nuevo el tráfico de vehículos pesados y de autobuses.",
            below="<p>Contacto de prensa: Lucía Moreno, gabinete de comunicación.</p>",
        ),
        "Reabre el puente del Molino",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    # --- university news and an abstract page ---------------------------------------------
    (
        "en_university_news_office",
        "https://news.example-state.edu/2024/03/soil-microbes-drought",
        page(
            "en",
            "Soil microbes help crops survive drought | Example State University News",
            "",
            '<div class="site-header"><a href="/">Example State University</a></div>'
            '<div class="news-article"><h1>Soil microbes help crops survive drought</h1>'
            '<p class="byline">By Dana Whitfield, Office of Communications</p>'
            '<p class="date">March 4, 2024</p>'
            + paragraphs(
                "Researchers found that a family of soil bacteria helps wheat keep water in "
                "its roots during long dry spells."
            )
            + '<div class="contact"><h3>Media contact</h3><p>Robert Lane, 555-0142</p></div>'
            "</div>",
        ),
        "Soil microbes help crops survive drought",
        datetime(2024, 3, 4),
        SKIP,
        ("Dana Whitfield",),
    ),
    (
        "en_abstract_citation_meta",
        "https://journals.example.org/soil/article/view/8812",
        page(
            "en",
            "Root water retention under drought | Journal of Soil Ecology",
            '<meta name="citation_title" content="Root water retention under drought">'
            '<meta name="citation_author" content="Maria Lindqvist">'
            '<meta name="citation_author" content="Tomasz Zieliński">'
            '<meta name="citation_publication_date" content="2024/03/04">'
            '<meta name="citation_journal_title" content="Journal of Soil Ecology">',
            '<div class="header">Journal of Soil Ecology</div><div class="article-details">'
            '<h1 class="page_title">Root water retention under drought</h1><ul class="authors">'
            '<li>Maria Lindqvist</li><li>Tomasz Zieliński</li></ul><div class="history">'
            "Received 2 November 2023; Accepted 10 February 2024; Published online 4 March 2024"
            '</div><section class="abstract"><h2>Abstract</h2>'
            + paragraphs("We measured how soil bacteria change water retention in wheat roots.")
            + "</section></div>",
        ),
        "Root water retention under drought",
        datetime(2024, 3, 4),
        SKIP,
        ("Maria Lindqvist", "Tomasz Zieliński"),
    ),
    (
        "en_abstract_history_line_only",
        "https://www.example-press.org/journal/article/10.5555/jse.2024.881",
        page(
            "en",
            "Seed banks in flooded meadows - Journal of Meadow Studies",
            "",
            '<div class="header">Journal of Meadow Studies</div><div class="article">'
            '<h1>Seed banks in flooded meadows</h1><p class="authors">Ines Vogt and Pieter '
            'de Graaf</p><p class="history">Received: 12 October 2023 / Accepted: 15 January '
            "2024 / Published online: 4 March 2024</p><h2>Abstract</h2>"
            + paragraphs("We counted seeds in the soil of meadows flooded each winter.")
            + "</div>",
        ),
        "Seed banks in flooded meadows",
        datetime(2024, 3, 4),
        SKIP,
        SKIP,
    ),
    (
        "nl_repository_dublin_core",
        "https://repository.example-uni.nl/handle/1887/88121",
        page(
            "nl",
            "Repository Voorbeelduniversiteit: Waterbeheer in polders na 1950",
            '<meta name="DC.title" content="Waterbeheer in polders na 1950">'
            '<meta name="DC.creator" content="Bakker, Johanna">'
            '<meta name="DC.date" content="2024-03-04">'
            '<meta name="DC.type" content="Doctoral Thesis">',
            '<div class="ds-header">Repository</div><div class="item-summary">'
            "<h2>Waterbeheer in polders na 1950</h2><table><tr><td>Auteur</td><td>Bakker, "
            "Johanna</td></tr><tr><td>Datum</td><td>2024-03-04</td></tr></table>"
            + paragraphs("Dit proefschrift beschrijft het waterbeheer in Hollandse polders.")
            + "</div>",
        ),
        "Waterbeheer in polders na 1950",
        datetime(2024, 3, 4),
        SKIP,
        ("Johanna Bakker",),
    ),
    # --- a mail-list archive, association, parish pages ------------------------------------
    (
        "en_pipermail_message",
        "https://lists.example-garden.org/pipermail/growers/2024-March/001207.html",
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD>'
        '<TITLE> [Growers] Orchard work day on Saturday</TITLE></HEAD><BODY BGCOLOR="#ffffff">'
        "<H1>[Growers] Orchard work day on Saturday</H1><B>Ann Holloway</B> "
        '<A HREF="mailto:growers%40lists.example-garden.org" TITLE="[Growers] Orchard work day">'
        "ann at example-garden.org</A><BR><I>Mon Mar  4 10:15:02 CET 2024</I><P><UL><LI>"
        'Previous message: <A HREF="001206.html">[Growers] Seed swap</A></LI></UL><HR>'
        "<!--beginarticle--><PRE>Hello all,\n\nWe will prune the old apple trees on Saturday "
        "from nine. Bring gloves and loppers; soup will be served at noon.\n\nWe will prune "
        "the old apple trees on Saturday from nine.\n\nAnn\n</PRE><!--endarticle--><HR>"
        "</BODY></HTML>",
        "[Growers] Orchard work day on Saturday",
        datetime(2024, 3, 4),
        SKIP,
        ("Ann Holloway",),
    ),
    (
        "en_newsletter_campaign_archive",
        "https://us5.campaign-archive.example.com/?u=8f1e2d&id=4a7b9c",
        page(
            "en",
            "Spring newsletter: the orchard is planted",
            '<meta property="og:title" content="Spring newsletter: the orchard is planted">',
            '<center><table id="bodyTable" width="100%"><tr><td align="center" valign="top">'
            '<table class="templateContainer" width="600"><tr><td class="preheaderContainer">'
            '<a href="*|ARCHIVE|*">View this email in your browser</a></td></tr><tr><td '
            'class="headerContainer"><img src="/logo.png" alt="Linden Allotments" width="564">'
            '</td></tr><tr><td class="bodyContainer"><h1>Spring newsletter: the orchard is '
            "planted</h1>"
            + paragraphs(
                "Twelve apple and pear trees went in along the north fence on Saturday, "
                "and the pond now has a ramp for the frogs."
            )
            + '</td></tr><tr><td class="footerContainer"><em>Copyright © 2024 Linden '
            "Allotments, All rights reserved.</em><br>Want to change how you receive these "
            'emails? <a href="#">unsubscribe from this list</a></td></tr></table></td></tr>'
            "</table></center>",
        ),
        "Spring newsletter: the orchard is planted",
        SKIP,
        SKIP,
        (),
    ),
    (
        "nl_vereniging_geplaatst_door",
        "https://www.tuinvereniging-example.nl/nieuws/snoeidag-in-de-boomgaard",
        notice(
            "nl",
            "Snoeidag in de boomgaard - Tuinvereniging De Linde",
            "Snoeidag in de boomgaard",
            '<p class="meta">Geplaatst op 4 maart 2024 door Secretariaat</p>',
            "Op zaterdag snoeien we de oude appelbomen. Neem handschoenen mee; om twaalf uur "
            "is er soep.",
        ),
        "Snoeidag in de boomgaard",
        datetime(2024, 3, 4),
        SKIP,
        (),
    ),
    (
        "it_parrocchia_pubblicato_il",
        "https://www.parrocchia-example.it/avvisi/festa-patronale-2024",
        notice(
            "it",
            "Festa patronale 2024 - Parrocchia di San Lorenzo",
            "Festa patronale 2024",
            '<p class="data">Pubblicato il 4 marzo 2024</p>',
            "La festa patronale si terrà domenica con la processione e il pranzo comunitario "
            "nel cortile dell'oratorio.",
            below="<p>don Marco Rinaldi, parroco</p>",
        ),
        "Festa patronale 2024",
        datetime(2024, 3, 4),
        SKIP,
        SKIP,
    ),
]


# What the probes found and this library still misses, with why (each an open class).
_OPEN = {}

_FIELDS = ("title", "published", "modified", "authors")

_CASES = [
    pytest.param(
        url,
        html,
        field,
        want,
        id=f"{name}-{field}",
        marks=[pytest.mark.xfail(strict=True)] if (name, field) in _OPEN else [],
    )
    for name, url, html, *wants in PROBES
    for field, want in zip(_FIELDS, wants, strict=True)
    if want is not SKIP
]


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_institutional_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    if field in ("published", "modified"):
        assert isinstance(want, datetime | None)
        assert same_moment(got, want), f"{field}: {got!r}"
    else:
        assert got == want
