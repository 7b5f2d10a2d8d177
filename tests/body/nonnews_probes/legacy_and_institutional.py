"""Legacy markup and institutional pages (round 41): table-layout pages of the 1998-2008
kind (nested layout tables, ``<font>``, ``<center>``, ``<b>`` headings, ``<br><br>``
paragraphs, spacer gifs, a left column of links, a hit counter, a "last updated" line) where
one table may be real data; government and municipal notices and service pages (breadcrumb,
steps, a table of dates, "download PDF" links, "was this page helpful?", accessibility
menus); press releases (a wire dateline, the "About COMPANY" boilerplate that is part of
the release, media contacts, "###", a list of related releases); university news and an
academic abstract page; e-mail newsletters archived on the web; club, parish and
association pages; personal homepages."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

_SPACER = "<img src='/img/spacer.gif' width='1' height='10' alt=''>"


def table_layout(
    lang: str, title: str, nav: tuple[str, ...], content: str, footer: str, *, dir_: str = "ltr"
) -> str:
    """A page laid out in nested tables: a banner row, a left column of links, the content
    cell in <font>, a footer row with a counter and a "last updated" line."""
    links = "<br>".join(
        f"<a href='/p{n}.htm'><font size='2'>{t}</font></a>" for n, t in enumerate(nav)
    )
    return page(
        lang,
        title,
        "<table width='760' border='0' cellpadding='0' cellspacing='0' align='center'><tr><td "
        f"colspan='3' bgcolor='#003366'><img src='/img/banner.gif' alt='{title}'></td></tr>"
        f"<tr><td width='150' valign='top' bgcolor='#eeeeee'>{_SPACER}<br>{links}<br>{_SPACER}"
        f"</td><td width='10'>{_SPACER}</td><td width='600' valign='top'><table width='100%' "
        "border='0' cellpadding='4'><tr><td><font face='Verdana, Arial' size='2'>"
        f"{content}</font></td></tr></table></td></tr><tr><td colspan='3' align='center'>"
        f"<font size='1'>{footer}</font></td></tr></table>",
        dir_=dir_,
    )


def gov_page(
    lang: str,
    title: str,
    crumbs: tuple[str, ...],
    content: str,
    tools: str,
    *,
    dir_: str = "ltr",
) -> str:
    """A government site's page: skip link and accessibility menu, a header with search, a
    breadcrumb, the content, a "was this page helpful?" box and a footer of links."""
    crumb = " › ".join(f"<a href='/c{n}'>{c}</a>" for n, c in enumerate(crumbs))
    return page(
        lang,
        title,
        f"<a class='skip-link' href='#content'>{tools.split('|')[0]}</a><div "
        f"class='accessibility-bar'><ul><li><a href='#'>{tools.split('|')[1]}</a></li><li><a "
        f"href='#'>A+</a></li><li><a href='#'>A-</a></li></ul></div><header class='gov-header'>"
        "<a class='logo' href='/'><img src='/logo.svg' alt='Portal'></a><form role='search'>"
        "<input type='search'></form></header><nav class='breadcrumb' aria-label='breadcrumb'>"
        f"{crumb}</nav><main id='content'><h1>{title}</h1>{content}</main><div "
        f"class='feedback'><h2>{tools.split('|')[2]}</h2><button>{tools.split('|')[3]}</button>"
        f"<button>{tools.split('|')[4]}</button></div><footer><ul><li><a href='/a'>"
        f"{tools.split('|')[5]}</a></li></ul></footer>",
        dir_=dir_,
    )


# --- German, a club's history page of the 2002 kind: <b> headings, <br><br> paragraphs in
# <font>, a left column of links, a hit counter and a "last updated" line.
PROBES.add(
    "de_table_layout_club_history",
    "http://www.example-schuetzenverein.de/geschichte.htm",
    table_layout(
        "de",
        "Schützenverein Eichenhain 1921 e.V. - Geschichte",
        ("Startseite", "Vorstand", "Geschichte", "Termine", "Gästebuch", "Links"),
        "<center><b><font size='4' color='#003366'>Unsere Geschichte</font></b></center><br>"
        "<b>Die Gründung</b><br>Am 14. Mai 1921 trafen sich elf Männer im Gasthaus Zur Linde "
        "und gründeten den Verein mit dem Ziel, das alte Schützenfest wieder aufleben zu "
        "lassen.<br><br>Das erste Vereinsheim war eine umgebaute Scheune am Ortsrand, die die "
        "Mitglieder in zwei Sommern selbst herrichteten.<br><br><b>Nach dem Krieg</b><br>Erst "
        "1951 durfte der Verein wieder Schießsport betreiben; bis dahin traf man sich zum "
        "Kegeln und zur Pflege der Fahne.<br><br>1976 kam die Jugendabteilung hinzu, die heute "
        "über vierzig Mitglieder zählt.<br><br>",
        "Besucher seit 12.03.2001: <img src='/cgi-bin/counter.gif' alt='004711'> 4711<br>"
        "Letzte Aktualisierung: 03.02.2008 | <a href='mailto:web@example.de'>Webmaster</a>",
    ),
    (
        "trafen sich elf Männer im Gasthaus Zur Linde",
        "Mitglieder in zwei Sommern selbst herrichteten",
        "bis dahin traf man sich zum Kegeln und zur Pflege der Fahne",
        "die heute über vierzig Mitglieder zählt",
    ),
    ("Gästebuch", "Besucher seit", "Letzte Aktualisierung", "Webmaster"),
)

# --- French, a retired teacher's homepage: a layout of tables and one real table (his
# walks, with distances) between <br> paragraphs.
PROBES.add(
    "fr_table_layout_homepage_data_table",
    "http://perso.example.fr/jean.morel/randos.html",
    table_layout(
        "fr",
        "Mes randonnées dans le Vercors",
        ("Accueil", "Mes randonnées", "Photos", "Livre d'or", "Me contacter"),
        "<center><font size='5'><b>Mes randonnées dans le Vercors</b></font></center><br>"
        "Depuis ma retraite, je parcours le plateau chaque semaine avec deux anciens collègues "
        "du lycée.<br><br>Voici les sorties que je conseille aux débutants, avec la distance "
        "et le dénivelé que nous avons mesurés nous-mêmes.<br><br><table border='1' "
        "cellpadding='3' cellspacing='0'><tr bgcolor='#cccccc'><th>Sortie</th><th>Distance"
        "</th><th>Dénivelé</th></tr><tr><td>Pas de la Balme</td><td>9 km</td><td>420 m</td>"
        "</tr><tr><td>Cirque d'Archiane</td><td>12 km</td><td>610 m</td></tr><tr><td>Source "
        "des Fées</td><td>6 km</td><td>180 m</td></tr></table><br>Prenez toujours de l'eau : "
        "il n'y a aucune source sur les crêtes en été.<br><br><img src='/img/new.gif' alt=''>"
        " <a href='photos.html'>Voir les photos</a>",
        "Vous êtes le <b>2318</b><sup>e</sup> visiteur - Page mise à jour le 12/06/2006<br>"
        "<img src='/img/ie.gif' alt='Optimisé pour Internet Explorer 800x600'>",
    ),
    (
        "je parcours le plateau chaque semaine",
        "la distance et le dénivelé que nous avons mesurés nous-mêmes",
        "Cirque d'Archiane",
        "610 m",
        "il n'y a aucune source sur les crêtes en été",
    ),
    ("Livre d'or", "visiteur", "Page mise à jour", "Me contacter"),
)

# --- Japanese, a hobby homepage of the 2000s: a table layout, a railway timetable that is
# real data, an "access counter" and "since" line, a link back to the top.
PROBES.add(
    "ja_table_layout_hobby_timetable",
    "http://www.example.ne.jp/~tetsudou/yamabiko.html",
    table_layout(
        "ja",
        "山彦軽便鉄道の思い出",
        ("トップページ", "更新履歴", "写真館", "掲示板", "リンク集"),
        "<center><font size='4' color='#990000'><b>山彦軽便鉄道の思い出</b></font></center>"
        "<hr>子供のころ、祖父の家へ行くときはいつもこの小さな列車に乗りました。<br><br>"
        "昭和四十年の時刻表が手元に残っているので、ここに書き写しておきます。<br><br><table "
        "border='1' cellspacing='0'><tr><th>駅名</th><th>一番列車</th><th>最終列車</th></tr><tr>"
        "<td>山彦口</td><td>6:12</td><td>19:40</td></tr><tr><td>中の沢</td><td>6:31</td><td>"
        "19:59</td></tr><tr><td>奥山彦</td><td>6:55</td><td>20:23</td></tr></table><br>"
        "廃線から五十年たった今も、中の沢の駅舎だけは公民館として使われています。<br><br>"
        "<a href='#top'>▲ページの先頭へ</a>",
        "あなたは <img src='/cgi-bin/count.cgi' alt=''> 人目の訪問者です（since 2001.4.1）"
        "<br>最終更新日：2007年8月15日",
    ),
    (
        "いつもこの小さな列車に乗りました",
        "ここに書き写しておきます",
        "中の沢",
        "19:59",
        "公民館として使われています",
    ),
    ("人目の訪問者です", "最終更新日", "掲示板", "ページの先頭へ"),
)

# --- Russian, a narod.ru-like memoir page: the text in <font> with <br><br>, a guestbook
# link, counters as images and a "hosted by" strip.
PROBES.add(
    "ru_table_layout_village_memoir",
    "http://selo-example.narod.ru/istoriya.html",
    table_layout(
        "ru",
        "История нашего села",
        ("Главная", "История", "Фотоальбом", "Гостевая книга", "Ссылки"),
        "<center><b><font size='4'>История нашего села</font></b></center><br>Село "
        "Верхние Ключи основано в 1784 году переселенцами с реки Сура.<br><br>В середине "
        "девятнадцатого века здесь построили деревянную церковь, которая простояла до "
        "1937 года.<br><br><b>Школа</b><br>Первая школа открылась в 1896 году в доме "
        "купца Лаптева; в ней учились двадцать два ребёнка.<br><br>Сегодня в селе живут "
        "около трёхсот человек, и каждое лето сюда приезжают внуки бывших жителей.",
        "<img src='/counter/hits.gif' alt='Рейтинг@Mail.ru'> <img src='/li.gif' "
        "alt='LiveInternet'><br>Последнее обновление: 21.11.2005 © Пётр Кузьмин",
    ),
    (
        "основано в 1784 году переселенцами с реки Сура",
        "которая простояла до 1937 года",
        "в ней учились двадцать два ребёнка",
        "приезжают внуки бывших жителей",
    ),
    ("Гостевая книга", "Последнее обновление", "Фотоальбом"),
)

# --- Polish, a parish page in tables: the Mass times table (the content), parish notices
# as a numbered list, a left menu and the webmaster's line.
PROBES.add(
    "pl_parish_table_layout_notices",
    "http://www.example-parafia.pl/ogloszenia.php",
    table_layout(
        "pl",
        "Parafia św. Wojciecha - Ogłoszenia",
        ("Strona główna", "Historia parafii", "Ogłoszenia", "Intencje mszalne", "Kontakt"),
        "<b><font size='3'>Porządek Mszy Świętych</font></b><br><table border='1' "
        "cellpadding='2'><tr><td><b>Niedziele</b></td><td>7:30, 9:00, 10:30, 12:00, 18:00"
        "</td></tr><tr><td><b>Dni powszednie</b></td><td>7:00, 18:00</td></tr></table><br>"
        "<b><font size='3'>Ogłoszenia duszpasterskie - XX Niedziela Zwykła</font></b><br>"
        "<ol><li>W środę po Mszy wieczornej spotkanie rodziców dzieci przygotowujących się do "
        "Pierwszej Komunii.</li><li>Zbiórka do puszek na remont organów odbędzie się w "
        "przyszłą niedzielę.</li><li>Bóg zapłać wszystkim, którzy posprzątali kościół w "
        "sobotę.</li></ol>",
        "Odwiedzin: 98231 | Strona aktualizowana: 15.08.2008 | Administrator: ks. Marek",
    ),
    (
        "7:30, 9:00, 10:30, 12:00, 18:00",
        "Dni powszednie",
        "spotkanie rodziców dzieci przygotowujących się do Pierwszej Komunii",
        "Zbiórka do puszek na remont organów",
        "którzy posprzątali kościół w sobotę",
    ),
    ("Odwiedzin", "Strona aktualizowana", "Intencje mszalne"),
)

# --- Portuguese, a school's history page: a nested table per section (layout), <b>
# headings and <br> prose, a "voltar" link and a counter.
PROBES.add(
    "pt_table_layout_school_history_sections",
    "http://www.example-escola.pt/historia.htm",
    table_layout(
        "pt",
        "Escola Básica de Vale Frio - História",
        ("Início", "A Escola", "História", "Projetos", "Contactos"),
        "<table width='100%'><tr><td><b>Os primeiros anos</b><br>A escola abriu em 1958 numa "
        "casa emprestada pela junta de freguesia, com uma única sala e trinta alunos.<br><br>"
        "</td></tr></table><table width='100%'><tr><td><img src='/img/escola1958.jpg' "
        "alt=''></td></tr><tr><td><b>O edifício novo</b><br>Em 1979 mudou-se para o edifício "
        "atual, construído com a ajuda dos pais, que trabalharam ao fim de semana.<br><br>A "
        "cantina só chegou em 1992, depois de uma petição assinada por toda a aldeia.</td>"
        "</tr></table><br><a href='index.htm'>&lt;&lt; voltar</a>",
        "Visitante n.º 10233 desde 2002 · Última atualização: 2004-09-30",
    ),
    (
        "numa casa emprestada pela junta de freguesia",
        "construído com a ajuda dos pais",
        "depois de uma petição assinada por toda a aldeia",
    ),
    ("voltar", "Visitante n.º", "Última atualização", "Projetos"),
)

# --- German, a city's service page: steps as an ordered list, the documents as a list, a
# fee table, a "download PDF" link, a breadcrumb, "Leichte Sprache" and a helpful-box.
PROBES.add(
    "de_city_service_steps_fee_table",
    "https://www.example-stadt.de/buergerservice/anwohnerparkausweis",
    gov_page(
        "de",
        "Anwohnerparkausweis beantragen",
        ("Startseite", "Bürgerservice", "Verkehr"),
        "<p class='lead'>Wer in einer Parkzone wohnt, kann dort mit einem Ausweis ohne "
        "Parkschein parken.</p><h2>So gehen Sie vor</h2><ol><li>Füllen Sie das Formular "
        "online aus oder holen Sie es im Bürgerbüro ab.</li><li>Legen Sie den "
        "Fahrzeugschein und Ihren Personalausweis vor.</li><li>Der Ausweis wird Ihnen "
        "innerhalb von zehn Tagen zugeschickt.</li></ol><h2>Gebühren</h2><table><tr><th>"
        "Gültigkeit</th><th>Gebühr</th></tr><tr><td>1 Jahr</td><td>30,70 Euro</td></tr><tr>"
        "<td>2 Jahre</td><td>55,00 Euro</td></tr></table><h2>Formulare</h2><ul "
        "class='downloads'><li><a href='/antrag.pdf'>Antrag Anwohnerparken (PDF, 180 KB)"
        "</a></li></ul><p class='updated'>Stand: 12.01.2026</p>",
        "Zum Inhalt springen|Leichte Sprache|War diese Seite hilfreich?|Ja|Nein|Impressum",
    ),
    (
        "kann dort mit einem Ausweis ohne Parkschein parken",
        "Legen Sie den Fahrzeugschein und Ihren Personalausweis vor.",
        "innerhalb von zehn Tagen zugeschickt",
        "30,70 Euro",
        "2 Jahre",
    ),
    ("Zum Inhalt springen", "Leichte Sprache", "War diese Seite hilfreich?", "Impressum"),
)

# --- Finnish, a municipality's notice: a table of dates (road works by street), a map
# link, contact lines, a "print" and "share" row.
PROBES.add(
    "fi_municipal_notice_dates_table",
    "https://www.example-kunta.fi/tiedotteet/katutyot-kevat-2026",
    gov_page(
        "fi",
        "Kevään katutyöt alkavat huhtikuussa",
        ("Etusivu", "Ajankohtaista", "Tiedotteet"),
        "<p class='date'>Julkaistu 2.3.2026</p><div class='print-share'><a href='#'>Tulosta"
        "</a> <a href='#'>Jaa</a></div><p>Kunta uusii kolmen kadun vesijohdot ja päällysteen "
        "keväällä. Töiden aikana liikenne ohjataan kiertotielle.</p><table><caption>Työt "
        "kaduittain</caption><tr><th>Katu</th><th>Alkaa</th><th>Päättyy</th></tr><tr><td>"
        "Koulukatu</td><td>14.4.</td><td>30.5.</td></tr><tr><td>Myllytie</td><td>4.5.</td>"
        "<td>19.6.</td></tr></table><p>Asukkaille lähetetään kirje viikkoa ennen töiden "
        "alkua.</p><p><a href='/kartta.pdf'>Lataa kartta (PDF)</a></p>",
        "Siirry sisältöön|Saavutettavuus|Oliko sivusta apua?|Kyllä|Ei|Saavutettavuusseloste",
    ),
    (
        "Kunta uusii kolmen kadun vesijohdot",
        "Koulukatu",
        "19.6.",
        "Asukkaille lähetetään kirje viikkoa ennen töiden alkua.",
    ),
    ("Siirry sisältöön", "Oliko sivusta apua?", "Saavutettavuusseloste", "Tulosta"),
)

# --- Greek, a municipal announcement: numbered <p> points, a table of opening hours, the
# decision's PDF, "Ανακοινώσεις" breadcrumb.
PROBES.add(
    "el_municipal_announcement_hours_table",
    "https://www.example-dimos.gr/anakoinoseis/kolymvitirio-2026",
    gov_page(
        "el",
        "Έναρξη λειτουργίας του δημοτικού κολυμβητηρίου",
        ("Αρχική", "Ενημέρωση", "Ανακοινώσεις"),
        "<p>Ο Δήμος ενημερώνει ότι το δημοτικό κολυμβητήριο ανοίγει ξανά τη Δευτέρα 1 "
        "Ιουνίου, μετά την ανακαίνιση των αποδυτηρίων.</p><p>Οι εγγραφές γίνονται στη "
        "γραμματεία με ταυτότητα και ιατρική βεβαίωση.</p><table><tr><th>Ημέρες</th><th>"
        "Ώρες</th></tr><tr><td>Δευτέρα – Παρασκευή</td><td>07:00 – 21:00</td></tr><tr><td>"
        "Σάββατο</td><td>09:00 – 14:00</td></tr></table><p class='attachments'><a "
        "href='/apofasi.pdf'>Κατεβάστε την απόφαση (PDF)</a></p>",
        "Μετάβαση στο περιεχόμενο|Προσβασιμότητα|Σας βοήθησε αυτή η σελίδα;|Ναι|Όχι|Όροι χρήσης",
    ),
    (
        "το δημοτικό κολυμβητήριο ανοίγει ξανά τη Δευτέρα 1 Ιουνίου",
        "με ταυτότητα και ιατρική βεβαίωση",
        "07:00 – 21:00",
        "Σάββατο",
    ),
    ("Μετάβαση στο περιεχόμενο", "Σας βοήθησε αυτή η σελίδα;", "Όροι χρήσης"),
)

# --- Hindi, a government notice: the notice in <div>s, a table of exam dates, a "download
# notice (PDF)" link, a screen-reader link and a "last updated" line.
PROBES.add(
    "hi_gov_notice_exam_dates",
    "https://www.example-board.gov.in/hi/notices/practical-exam-2026",
    gov_page(
        "hi",
        "प्रायोगिक परीक्षा 2026 की समय-सारणी",
        ("मुख्य पृष्ठ", "सूचनाएँ"),
        "<div class='notice-body'><div>सभी संबद्ध विद्यालयों को सूचित किया जाता है कि कक्षा "
        "बारह की प्रायोगिक परीक्षाएँ फरवरी में आयोजित होंगी।</div><div>परीक्षार्थी अपना "
        "प्रवेश पत्र विद्यालय से प्राप्त करें।</div><table><tr><th>विषय</th><th>तिथि</th></tr>"
        "<tr><td>भौतिकी</td><td>05.02.2026</td></tr><tr><td>रसायन विज्ञान</td><td>"
        "07.02.2026</td></tr></table></div><p><a href='/notice.pdf'>सूचना डाउनलोड करें (PDF)"
        "</a></p><p class='last-updated'>अंतिम अद्यतन: 10.01.2026</p>",
        "मुख्य सामग्री पर जाएं|स्क्रीन रीडर|क्या यह पृष्ठ उपयोगी था?|हाँ|नहीं|वेबसाइट नीति",
    ),
    (
        "कक्षा बारह की प्रायोगिक परीक्षाएँ फरवरी में आयोजित होंगी",
        "प्रवेश पत्र विद्यालय से प्राप्त करें",
        "रसायन विज्ञान",
        "07.02.2026",
    ),
    ("मुख्य सामग्री पर जाएं", "स्क्रीन रीडर", "अंतिम अद्यतन", "क्या यह पृष्ठ उपयोगी था?"),
)

# --- Indonesian, a ministry's service page: requirements and procedure as <ul>/<ol>
# under headings, a service standard table, an "Unduh" link and a survey box.
PROBES.add(
    "id_gov_service_requirements",
    "https://www.example.go.id/layanan/izin-usaha-mikro",
    gov_page(
        "id",
        "Izin Usaha Mikro dan Kecil",
        ("Beranda", "Layanan"),
        "<p>Izin ini diberikan kepada pelaku usaha mikro dan kecil tanpa biaya.</p><h3>"
        "Persyaratan</h3><ul><li>Fotokopi KTP pemilik usaha</li><li>Surat pengantar dari "
        "kelurahan</li><li>Pas foto berwarna ukuran 4x6</li></ul><h3>Prosedur</h3><ol><li>"
        "Pemohon mengisi formulir di loket pelayanan.</li><li>Petugas memeriksa berkas dalam "
        "satu hari kerja.</li><li>Izin diterbitkan paling lama tiga hari kerja.</li></ol><h3>"
        "Standar Pelayanan</h3><table><tr><td>Biaya</td><td>Gratis</td></tr><tr><td>Waktu"
        "</td><td>3 hari kerja</td></tr></table><p><a href='/sp.pdf'>Unduh Standar Pelayanan"
        " (PDF)</a></p>",
        "Lewati ke konten|Aksesibilitas|Apakah halaman ini membantu?|Ya|Tidak|Kebijakan Privasi",
    ),
    (
        "diberikan kepada pelaku usaha mikro dan kecil tanpa biaya",
        "Surat pengantar dari kelurahan",
        "Petugas memeriksa berkas dalam satu hari kerja.",
        "3 hari kerja",
    ),
    ("Lewati ke konten", "Apakah halaman ini membantu?", "Kebijakan Privasi"),
)

# --- Ukrainian, a city council's notice: text with a <br>-separated address block, a
# table of reception hours, a "Версія для людей з порушенням зору" link.
PROBES.add(
    "uk_city_council_reception_hours",
    "https://www.example-rada.gov.ua/news/pryiom-hromadian",
    gov_page(
        "uk",
        "Графік особистого прийому громадян",
        ("Головна", "Новини", "Оголошення"),
        "<p>Міський голова та його заступники проводять особистий прийом громадян за "
        "попереднім записом.</p><p>Записатися можна за телефоном або в центрі надання "
        "адміністративних послуг.</p><table><tr><th>Посадова особа</th><th>День</th><th>"
        "Час</th></tr><tr><td>Міський голова</td><td>перший вівторок місяця</td><td>10:00–"
        "13:00</td></tr><tr><td>Секретар ради</td><td>щочетверга</td><td>14:00–17:00</td>"
        "</tr></table><p>Адреса:<br>вул. Соборна, 12, каб. 105</p>",
        "Перейти до змісту|Версія для людей з порушенням зору|Чи була ця сторінка корисною?|"
        "Так|Ні|Політика конфіденційності",
    ),
    (
        "проводять особистий прийом громадян за попереднім записом",
        "перший вівторок місяця",
        "щочетверга",
        "вул. Соборна, 12, каб. 105",
    ),
    ("Версія для людей з порушенням зору", "Чи була ця сторінка корисною?", "Перейти до змісту"),
)

# --- Persian, a municipality's service guide (RTL): steps as <p> with bold numbers, a
# documents list, an "دانلود فرم" link and a rating box.
PROBES.add(
    "fa_municipal_service_guide",
    "https://www.example-shahrdari.ir/services/parvaneh-sakht",
    gov_page(
        "fa",
        "راهنمای دریافت پروانه ساختمان",
        ("صفحه اصلی", "خدمات شهروندی"),
        "<p>برای ساخت یا تعمیر اساسی هر ساختمان، دریافت پروانه از شهرداری منطقه الزامی است."
        "</p><h2>مراحل</h2><p><b>۱.</b> ثبت درخواست در سامانه خدمات الکترونیک شهرداری.</p>"
        "<p><b>۲.</b> بازدید کارشناس از ملک در مدت یک هفته.</p><p><b>۳.</b> پرداخت عوارض و "
        "دریافت پروانه.</p><h2>مدارک لازم</h2><ul><li>سند مالکیت</li><li>نقشه‌های مصوب "
        "مهندس ناظر</li></ul><p><a href='/form.pdf'>دانلود فرم درخواست</a></p>",
        "پرش به محتوا|دسترسی‌پذیری|آیا این صفحه مفید بود؟|بله|خیر|نقشه سایت",
        dir_="rtl",
    ),
    (
        "دریافت پروانه از شهرداری منطقه الزامی است",
        "بازدید کارشناس از ملک در مدت یک هفته",
        "پرداخت عوارض و دریافت پروانه",
        "سند مالکیت",
    ),
    ("پرش به محتوا", "آیا این صفحه مفید بود؟", "نقشه سایت"),
)


def release(
    lang: str,
    title: str,
    paragraphs: tuple[str, ...],
    about: tuple[str, str],
    contact: tuple[str, str],
    related: tuple[str, tuple[str, ...]],
    chrome: str,
) -> str:
    """A newsroom's release page: logo, share row, the release (dateline in its first
    paragraph, "About COMPANY" at its end, media contacts, "###"), related releases beside."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    links = "".join(f"<li><a href='/r/{n}'>{t}</a></li>" for n, t in enumerate(related[1]))
    return page(
        lang,
        title,
        "<header class='newsroom-header'><a href='/'><img src='/logo.png' alt='Logo'></a><nav>"
        f"<a href='/news'>{chrome.split('|')[0]}</a></nav></header><main><article "
        f"class='press-release'><h1>{title}</h1><div class='share'><a href='#'>"
        f"{chrome.split('|')[1]}</a> <a href='#'>PDF</a></div><div class='release-body'>{body}"
        f"<h3>{about[0]}</h3><p>{about[1]}</p><p><b>{contact[0]}</b><br>{contact[1]}</p><p "
        "style='text-align:center'>###</p></div></article><aside class='related-releases'><h2>"
        f"{related[0]}</h2><ul>{links}</ul></aside></main><footer><p>{chrome.split('|')[2]}"
        "</p></footer>",
    )


# --- Spanish, a wire release: "MADRID, 3 de marzo de 2026 /PRNewswire/ --", a quote, the
# "Acerca de" boilerplate, a media contact, "###", related releases.
PROBES.add(
    "es_press_release_wire_dateline",
    "https://www.example-newswire.com/es/comunicados/aguaviva-planta-desaladora",
    release(
        "es",
        "Aguaviva inaugura su primera planta desaladora solar en Almería",
        (
            "ALMERÍA, España, 3 de marzo de 2026 /PRNewswire/ -- Aguaviva, empresa de "
            "tratamiento de agua, ha inaugurado hoy una planta desaladora alimentada solo "
            "con energía solar.",
            "La planta producirá doce mil metros cúbicos de agua al día para regar los "
            "invernaderos de la comarca.",
            '"Es la prueba de que la desalación puede ser limpia", dijo su consejera '
            "delegada, Lucía Ferrán.",
        ),
        (
            "Acerca de Aguaviva",
            "Aguaviva es una empresa española fundada en 2009 que diseña y opera plantas de "
            "tratamiento de agua en seis países.",
        ),
        ("Contacto de prensa:", "Marta Gil, prensa@aguaviva.example, +34 600 000 000"),
        (
            "Comunicados relacionados",
            ("Aguaviva cierra 2025 con un beneficio récord", "Aguaviva firma con Murcia"),
        ),
        "Sala de prensa|Compartir|© 2026 Example Newswire. Todos los derechos reservados.",
    ),
    (
        "ha inaugurado hoy una planta desaladora alimentada solo con energía solar",
        "doce mil metros cúbicos de agua al día",
        "la desalación puede ser limpia",
        "diseña y opera plantas de tratamiento de agua en seis países",
    ),
    ("Aguaviva cierra 2025 con un beneficio récord", "Todos los derechos reservados"),
)

# --- Italian, a company's "Comunicato stampa": dateline in bold, "Chi è" boilerplate,
# "Ufficio stampa" contacts, related releases.
PROBES.add(
    "it_comunicato_stampa_chi_e",
    "https://www.example-pastificio.it/media/comunicati/nuovo-stabilimento",
    release(
        "it",
        "Pastificio Valbruna apre un nuovo stabilimento a Foggia",
        (
            "<b>Foggia, 12 febbraio 2026</b> – Pastificio Valbruna ha aperto oggi il suo "
            "secondo stabilimento, che darà lavoro a centoventi persone.",
            "Il grano arriverà interamente da aziende agricole della provincia, con "
            "contratti di filiera di cinque anni.",
        ),
        (
            "Chi è Pastificio Valbruna",
            "Fondato nel 1931, Pastificio Valbruna produce pasta di semola trafilata al "
            "bronzo ed esporta in trenta paesi.",
        ),
        ("Ufficio stampa", "Giulia Neri – ufficiostampa@valbruna.example"),
        (
            "Altri comunicati",
            ("Valbruna al Salone del Gusto", "Bilancio di sostenibilità 2025"),
        ),
        "Media|Condividi|Pastificio Valbruna S.p.A. – P.IVA 00000000000",
    ),
    (
        "che darà lavoro a centoventi persone",
        "con contratti di filiera di cinque anni",
        "produce pasta di semola trafilata al bronzo",
    ),
    ("Valbruna al Salone del Gusto", "P.IVA"),
)

# --- Turkish, a "Basın bülteni": dateline "İSTANBUL –", boilerplate "Hakkında", contacts.
PROBES.add(
    "tr_basin_bulteni_hakkinda",
    "https://www.example-enerji.com.tr/basin-odasi/ruzgar-santrali",
    release(
        "tr",
        "Rüzgârlı Enerji, Çanakkale'de yeni santralini devreye aldı",
        (
            "İSTANBUL, 20 Ocak 2026 – Rüzgârlı Enerji, Çanakkale'deki 48 megavatlık rüzgâr "
            "santralini devreye aldığını duyurdu.",
            "Santral, yılda yaklaşık kırk bin hanenin elektrik ihtiyacını karşılayacak.",
        ),
        (
            "Rüzgârlı Enerji Hakkında",
            "2011 yılında kurulan Rüzgârlı Enerji, Ege ve Marmara'da yedi yenilenebilir "
            "enerji santrali işletmektedir.",
        ),
        ("Basın İletişim:", "Deniz Kaya, basin@ruzgarli.example"),
        ("İlgili Bültenler", ("Rüzgârlı Enerji 2025 sonuçları", "Yeni genel müdür atandı")),
        "Basın Odası|Paylaş|© 2026 Rüzgârlı Enerji A.Ş.",
    ),
    (
        "48 megavatlık rüzgâr santralini devreye aldığını duyurdu",
        "kırk bin hanenin elektrik ihtiyacını karşılayacak",
        "yedi yenilenebilir enerji santrali işletmektedir",
    ),
    ("Rüzgârlı Enerji 2025 sonuçları", "Yeni genel müdür atandı"),
)

# --- Simplified Chinese, a company's 新闻稿: dateline "（2026年4月8日，深圳）", "关于…"
# boilerplate, 媒体联系, related releases.
PROBES.add(
    "zh_hans_press_release_guanyu",
    "https://www.example-tech.cn/news/press/2026-04-08",
    release(
        "zh-Hans",
        "清源科技发布新一代家用储能电池",
        (
            "（2026年4月8日，深圳）清源科技今日发布新一代家用储能电池，容量比上一代提高百分之三十。",
            "新产品将于六月在华南地区首先上市，并提供十年质保。",
        ),
        ("关于清源科技", "清源科技成立于2015年，专注于储能与光伏设备的研发和制造，总部位于深圳。"),
        ("媒体联系：", "王女士 press@qingyuan.example"),
        ("相关新闻稿", ("清源科技荣获年度创新奖", "清源科技与三家电网企业签约")),
        "新闻中心|分享|© 2026 清源科技 粤ICP备00000000号",
    ),
    (
        "容量比上一代提高百分之三十",
        "并提供十年质保",
        "专注于储能与光伏设备的研发和制造",
    ),
    ("清源科技荣获年度创新奖", "粤ICP备"),
)

# --- Czech, a "Tisková zpráva" of a regional authority, dateline "Brno –", a data list.
PROBES.add(
    "cs_tiskova_zprava_list",
    "https://www.example-kraj.cz/tiskove-zpravy/nove-autobusy",
    release(
        "cs",
        "Kraj nakoupí čtyřicet nových autobusů",
        (
            "Brno – Krajská rada schválila nákup čtyřiceti nízkopodlažních autobusů pro "
            "regionální linky.",
            "Autobusy vyjedou na linky postupně od září a nahradí vozy starší patnácti let.",
            "<ul><li>25 autobusů na stlačený zemní plyn</li><li>15 elektrobusů pro "
            "městské části</li></ul>",
        ),
        (
            "O Jihomoravském integrovaném systému",
            "Systém spojuje vlaky a autobusy v celém kraji a denně přepraví asi dvě stě "
            "tisíc cestujících.",
        ),
        ("Kontakt pro média:", "Petra Malá, tisk@kraj.example, 541 000 000"),
        ("Další tiskové zprávy", ("Kraj opraví most v Tišnově", "Nové jízdní řády")),
        "Tiskové zprávy|Sdílet|© Krajský úřad",
    ),
    (
        "schválila nákup čtyřiceti nízkopodlažních autobusů",
        "nahradí vozy starší patnácti let",
        "15 elektrobusů pro městské části",
        "denně přepraví asi dvě stě tisíc cestujících",
    ),
    ("Kraj opraví most v Tišnově", "© Krajský úřad"),
)

# --- Dutch, a university's news item: a lead, sections under <h2>, a figure between them,
# a "Meer informatie" contact box, tags and "Gerelateerd nieuws".
PROBES.add(
    "nl_university_news_sections_figure",
    "https://www.example-universiteit.nl/nieuws/2026/03/veenmos-slaat-koolstof-op",
    page(
        "nl",
        "Veenmos slaat meer koolstof op dan gedacht",
        "<header class='uni-header'><a href='/'>Universiteit</a><nav><a href='/onderwijs'>"
        "Onderwijs</a><a href='/onderzoek'>Onderzoek</a><a href='/nieuws'>Nieuws</a></nav>"
        "</header><nav class='breadcrumbs'><a href='/'>Home</a> / <a href='/nieuws'>Nieuws"
        "</a></nav><main><article class='news-item'><h1>Veenmos slaat meer koolstof op dan "
        "gedacht</h1><p class='meta'>17 maart 2026</p><p class='intro'>Onderzoekers van de "
        "faculteit Bètawetenschappen hebben gemeten hoeveel koolstof drie soorten veenmos per "
        "jaar vastleggen.</p><h2>Metingen in het Drentse veen</h2><p>Twee jaar lang stonden "
        "er meetkasten op twaalf plekken in het veen.</p><figure><img src='/veen.jpg' alt=''>"
        "<figcaption>Een meetkast in het veen. Foto: Universiteit</figcaption></figure><p>"
        "De opname bleek in natte jaren bijna twee keer zo hoog als in droge.</p><h2>Wat "
        "betekent dit?</h2><p>Volgens de onderzoekers loont het om veen nat te houden, ook "
        "als het gebied klein is.</p><div class='contact-box'><h3>Meer informatie</h3><p>"
        "Afdeling Communicatie, pers@universiteit.example</p></div><ul class='tags'><li><a "
        "href='/t/klimaat'>klimaat</a></li><li><a href='/t/ecologie'>ecologie</a></li></ul>"
        "</article><section class='related'><h2>Gerelateerd nieuws</h2><ul><li><a "
        "href='/n/1'>Nieuwe leerstoel bodemecologie</a></li><li><a href='/n/2'>Subsidie "
        "voor onderzoek naar droogte</a></li></ul></section></main><footer><a "
        "href='/privacy'>Privacyverklaring</a></footer>",
    ),
    (
        "hoeveel koolstof drie soorten veenmos per jaar vastleggen",
        "Twee jaar lang stonden er meetkasten op twaalf plekken in het veen.",
        "bijna twee keer zo hoog als in droge",
        "loont het om veen nat te houden",
    ),
    ("Nieuwe leerstoel bodemecologie", "Privacyverklaring", "Subsidie voor onderzoek"),
)

# --- Portuguese, a journal article's abstract page: authors with affiliations, the
# abstract in sections, keywords, "Como citar", "Baixar PDF", metrics, a references list.
PROBES.add(
    "pt_journal_abstract_page",
    "https://revistas.example.br/index.php/rbea/article/view/4412",
    page(
        "pt",
        "Uso de cisternas no semiárido: efeitos na frequência escolar",
        "<header class='pkp_structure_head'><a href='/'>Revista Brasileira de Estudos "
        "Agrários</a><nav><a href='/issue/current'>Atual</a><a href='/issue/archive'>Arquivos"
        "</a><a href='/about'>Sobre</a></nav></header><div class='pkp_structure_main'><article "
        "class='obj_article_details'><h1 class='page_title'>Uso de cisternas no semiárido: "
        "efeitos na frequência escolar</h1><ul class='authors'><li><span class='name'>Ana "
        "Rocha</span><span class='affiliation'>Universidade Federal do Sertão</span></li><li>"
        "<span class='name'>Bruno Lima</span><span class='affiliation'>Instituto de Pesquisa "
        "Rural</span></li></ul><div class='item doi'>DOI: <a href='#'>10.0000/rbea.4412</a>"
        "</div><section class='item keywords'><h2 class='label'>Palavras-chave:</h2><span "
        "class='value'>cisternas, educação, semiárido</span></section><section class='item "
        "abstract'><h2 class='label'>Resumo</h2><p><b>Objetivo:</b> avaliar se a instalação de "
        "cisternas domésticas altera a frequência escolar de crianças no semiárido.</p><p><b>"
        "Método:</b> comparamos 214 famílias de doze municípios entre 2018 e 2023.</p><p><b>"
        "Resultados:</b> a frequência subiu em média onze dias por ano nas famílias com "
        "cisterna.</p></section><section class='item references'><h2 class='label'>"
        "Referências</h2><div class='value'><p>Almeida, C. (2015). Água e escola. Recife: "
        "Editora Norte.</p><p>Souza, D. (2019). Secas e migração. São Paulo: Campo.</p></div>"
        "</section></article><div class='entry_details'><div class='item galleys'><a "
        "class='obj_galley_link pdf' href='/download/4412'>Baixar PDF</a></div><div "
        "class='item citation'><h2 class='label'>Como Citar</h2><div class='csl-entry'>ROCHA, "
        "A.; LIMA, B. Uso de cisternas no semiárido. Revista Brasileira de Estudos Agrários, "
        "v. 12, 2026.</div></div><div class='item published'>Publicado: 2026-02-10</div>"
        "</div></div><footer class='pkp_structure_footer'>Plataforma e fluxo de trabalho OJS"
        "</footer>",
    ),
    (
        "avaliar se a instalação de cisternas domésticas altera a frequência escolar",
        "comparamos 214 famílias de doze municípios entre 2018 e 2023",
        "a frequência subiu em média onze dias por ano",
    ),
    ("Baixar PDF", "Como Citar", "Plataforma e fluxo de trabalho OJS", "Arquivos"),
)

# --- Traditional Chinese, a university's news page in a CMS of the 2010s: the text in
# <div>s and <br>, a photo between paragraphs, a "回上一頁" link, a hit count.
PROBES.add(
    "zh_hant_university_news_divs",
    "https://www.example.edu.tw/news/detail.php?id=8812",
    page(
        "zh-Hant",
        "本校師生研發海岸垃圾辨識系統 獲全國競賽首獎",
        "<div id='header'><a href='/'>國立範例大學</a><ul class='topmenu'><li><a "
        "href='/about'>認識本校</a></li><li><a href='/admission'>招生資訊</a></li></ul></div>"
        "<div id='container'><div id='left'><ul class='submenu'><li><a href='/news'>最新消息"
        "</a></li><li><a href='/events'>活動公告</a></li></ul></div><div id='main'><div "
        "class='news-title'>本校師生研發海岸垃圾辨識系統 獲全國競賽首獎</div><div "
        "class='news-info'>發布單位：秘書室 ｜ 點閱次數：1532</div><div class='news-content'>"
        "<div>本校資訊工程學系三名學生與指導老師，以空拍影像辨識海岸垃圾的系統，獲得全國"
        "智慧應用競賽首獎。</div><div><img src='/n/8812.jpg' alt=''></div><div>團隊在東北角"
        "海岸拍攝了兩萬多張影像，訓練模型分辨漁網、寶特瓶與保麗龍。<br>系統已提供給兩個"
        "淨灘團體試用，幫助他們決定清理的先後順序。</div></div><div class='news-back'><a "
        "href='javascript:history.back()'>回上一頁</a></div></div></div><div id='footer'>"
        "地址：範例市大學路1號 ｜ 電話：(02)0000-0000</div>",
    ),
    (
        "以空拍影像辨識海岸垃圾的系統",
        "訓練模型分辨漁網、寶特瓶與保麗龍",
        "幫助他們決定清理的先後順序",
    ),
    ("點閱次數", "回上一頁", "招生資訊", "大學路1號"),
)

# --- Hebrew, a research institute's news (RTL): sections under <h3>, a quote in a
# <blockquote>, the researchers' names in a list, "קראו עוד" related items.
PROBES.add(
    "he_research_institute_news",
    "https://www.example-institute.ac.il/he/news/2026/desert-bees",
    page(
        "he",
        "דבורי בר במדבר מתאימות את שעות הפעילות לחום",
        "<header><a href='/he'>המכון למחקר</a><nav><a href='/he/research'>מחקר</a><a "
        "href='/he/news'>חדשות</a><a href='/en'>English</a></nav></header><main><article>"
        "<h1>דבורי בר במדבר מתאימות את שעות הפעילות לחום</h1><p>מחקר חדש מצא כי דבורי בר "
        "בנגב מקדימות את יציאתן לאיסוף צוף בשעה שלמה בימים חמים במיוחד.</p><h3>איך נמדד?"
        "</h3><p>החוקרים הצמידו משדרים זעירים למאתיים דבורים ועקבו אחריהן במשך שלוש עונות."
        "</p><blockquote>הדבורים לומדות להימנע מהחום, אבל יש גבול למה שהן יכולות לעשות"
        '</blockquote><h3>צוות המחקר</h3><ul><li>ד"ר נועה לוי, המחלקה לאקולוגיה</li><li>'
        "פרופ' אבי כהן, המחלקה לזואולוגיה</li></ul></article><aside class='read-more'><h2>"
        "קראו עוד</h2><ul><li><a href='/n/1'>מלגות חדשות לסטודנטים לתואר שני</a></li></ul>"
        "</aside></main><footer>הצהרת נגישות · מדיניות פרטיות</footer>",
        dir_="rtl",
    ),
    (
        "מקדימות את יציאתן לאיסוף צוף בשעה שלמה",
        "ועקבו אחריהן במשך שלוש עונות",
        "הדבורים לומדות להימנע מהחום",
        "המחלקה לאקולוגיה",
    ),
    ("מלגות חדשות לסטודנטים לתואר שני", "הצהרת נגישות"),
)


def newsletter(lang: str, title: str, blocks: tuple[str, ...], top: str, bottom: str) -> str:
    """An e-mail newsletter's web copy: centred nested tables, a "view in browser" row, a
    logo row, a table per block, a footer row of why you get it and how to unsubscribe."""
    rows = "".join(
        "<tr><td style='padding:10px 20px'><table width='100%' cellpadding='0' "
        f"cellspacing='0'><tr><td class='text' style='font-family:Arial'>{block}</td></tr>"
        "</table></td></tr>"
        for block in blocks
    )
    return page(
        lang,
        title,
        "<center><table width='100%' bgcolor='#f4f4f4'><tr><td align='center'><table "
        "width='600' cellpadding='0' cellspacing='0' bgcolor='#ffffff'><tr><td "
        f"class='preheader' style='font-size:11px'>{top}</td></tr><tr><td align='center'><img "
        f"src='/logo.png' width='200' alt='Logo'></td></tr>{rows}<tr><td class='footer' "
        f"style='font-size:11px;color:#999'>{bottom}</td></tr></table></td></tr></table>"
        "</center>",
    )


# --- Vietnamese, a bookshop's monthly newsletter: blocks of text with a heading each, a
# book list, a button, "Xem trong trình duyệt" and "Hủy đăng ký".
PROBES.add(
    "vi_newsletter_archive_tables",
    "https://example-nhasach.vn/ban-tin/thang-5-2026",
    newsletter(
        "vi",
        "Bản tin tháng 5: sách mới cho mùa hè",
        (
            "<h1>Bản tin tháng 5: sách mới cho mùa hè</h1><p>Chào bạn đọc thân mến, tháng "
            "này nhà sách mở thêm một góc đọc cho thiếu nhi ở tầng hai.</p>",
            "<h2>Sách mới về</h2><ul><li>Những con đường ven sông – tản văn</li><li>Bếp "
            "của bà – sách nấu ăn</li></ul>",
            "<p>Chiều thứ bảy cuối tháng, tác giả Lê Minh sẽ đến trò chuyện và ký tặng "
            "sách.</p><a class='button' href='/su-kien'>Đăng ký tham dự</a>",
        ),
        "Email không hiển thị đúng? <a href='/web'>Xem trong trình duyệt</a>",
        "Bạn nhận email này vì đã đăng ký tại nhà sách.<br><a href='/unsub'>Hủy đăng ký</a> "
        "· <a href='/prefs'>Cập nhật tùy chọn</a>",
    ),
    (
        "mở thêm một góc đọc cho thiếu nhi ở tầng hai",
        "Những con đường ven sông – tản văn",
        "sẽ đến trò chuyện và ký tặng sách",
    ),
    ("Xem trong trình duyệt", "Hủy đăng ký", "Bạn nhận email này"),
)

# --- Thai, a foundation's newsletter archive: a table row per story, each with a
# picture cell beside its text cell, and the subscribe footer.
PROBES.add(
    "th_foundation_newsletter_two_columns",
    "https://www.example-mulanithi.or.th/newsletter/2026-02",
    newsletter(
        "th",
        "จดหมายข่าวมูลนิธิ ฉบับเดือนกุมภาพันธ์",
        (
            "<h1>จดหมายข่าวมูลนิธิ ฉบับเดือนกุมภาพันธ์</h1><p>เดือนนี้อาสาสมัครของเราปลูก"
            "ต้นไม้ริมคลองไปแล้วกว่าสามพันต้น</p>",
            "<table><tr><td width='200'><img src='/s1.jpg' alt=''></td><td><h3>ห้องสมุด"
            "เคลื่อนที่</h3><p>รถห้องสมุดเดินทางไปถึงโรงเรียนบนดอยอีกสี่แห่ง"
            "พร้อมหนังสือใหม่สองร้อยเล่ม</p></td></tr></table>",
            "<p>ขอขอบคุณผู้บริจาคทุกท่านที่ทำให้โครงการเหล่านี้เกิดขึ้นได้</p>",
        ),
        "<a href='/web'>ดูอีเมลนี้ในเบราว์เซอร์</a>",
        "คุณได้รับอีเมลนี้เพราะสมัครรับข่าวสารจากมูลนิธิ · <a href='/unsub'>ยกเลิกการรับข่าวสาร</a>",
    ),
    (
        "ปลูกต้นไม้ริมคลองไปแล้วกว่าสามพันต้น",
        "รถห้องสมุดเดินทางไปถึงโรงเรียนบนดอยอีกสี่แห่ง",
        "ขอขอบคุณผู้บริจาคทุกท่าน",
    ),
    ("ดูอีเมลนี้ในเบราว์เซอร์", "ยกเลิกการรับข่าวสาร"),
)

# --- Swahili, a parish's weekly notices: the notices as <p> with <strong> numbers, the
# Mass times in a table, the priest's signature, a sidebar of prayers.
PROBES.add(
    "sw_parish_weekly_notices",
    "https://www.example-parokia.or.tz/matangazo/dominika-ya-tatu",
    page(
        "sw",
        "Matangazo ya Dominika ya Tatu ya Kwaresima",
        "<div id='top'><a href='/'>Parokia ya Mt. Yosefu</a><ul class='menu'><li><a "
        "href='/historia'>Historia</a></li><li><a href='/matangazo'>Matangazo</a></li><li><a "
        "href='/sala'>Sala</a></li></ul></div><div id='content'><div class='post'><h2 "
        "class='post-title'>Matangazo ya Dominika ya Tatu ya Kwaresima</h2><div "
        "class='post-body'><p><strong>1.</strong> Jumatano ijayo kutakuwa na mkutano wa "
        "wazazi wa watoto wa kipaimara baada ya Misa ya jioni.</p><p><strong>2.</strong> "
        "Mchango wa ujenzi wa ukumbi utapokelewa ofisini kila Jumamosi.</p><table><tr><td>"
        "Misa ya kwanza</td><td>saa 1:00 asubuhi</td></tr><tr><td>Misa ya pili</td><td>saa "
        "3:30 asubuhi</td></tr></table><p>Padre Paulo Mushi, Paroko</p></div></div></div><div "
        "id='sidebar'><h3>Sala za kila siku</h3><ul><li><a href='/sala/asubuhi'>Sala ya "
        "asubuhi</a></li><li><a href='/sala/rozari'>Rozari Takatifu</a></li></ul></div><div "
        "id='footer'>Hakimiliki © Parokia ya Mt. Yosefu</div>",
    ),
    (
        "mkutano wa wazazi wa watoto wa kipaimara",
        "utapokelewa ofisini kila Jumamosi",
        "saa 3:30 asubuhi",
    ),
    ("Sala za kila siku", "Rozari Takatifu", "Hakimiliki"),
)

# --- Swedish, a sports club's page on a club-site builder: the season's news text, a
# training times table, the board as a definition list, sponsors' logos and a login box.
PROBES.add(
    "sv_sports_club_training_table",
    "https://www.example-ik.se/sida/?ID=41233",
    page(
        "sv",
        "Välkommen till säsongen 2026",
        "<div class='club-header'><img src='/emblem.png' alt='IK Example'><ul class='nav'>"
        "<li><a href='/'>Start</a></li><li><a href='/lag'>Lag</a></li><li><a href='/kalender'>"
        "Kalender</a></li></ul><div class='login'><a href='/login'>Logga in</a></div></div>"
        "<div class='page-content'><h1>Välkommen till säsongen 2026</h1><p>Nu drar "
        "utomhussäsongen igång och vi har fler ungdomslag än någonsin, hela fjorton stycken."
        "</p><p>Alla nya spelare är välkomna att prova på gratis i två veckor.</p><h2>"
        "Träningstider</h2><table><tr><th>Lag</th><th>Dag</th><th>Tid</th></tr><tr><td>P12"
        "</td><td>Måndag</td><td>17.30</td></tr><tr><td>F14</td><td>Onsdag</td><td>18.00"
        "</td></tr></table><h2>Styrelsen</h2><dl><dt>Ordförande</dt><dd>Karin Lind</dd><dt>"
        "Kassör</dt><dd>Olof Berg</dd></dl></div><div class='sponsors'><h3>Våra sponsorer"
        "</h3><img src='/s1.png' alt='Bygg AB'><img src='/s2.png' alt='ICA'></div><div "
        "class='footer'>Drivs med Example Föreningsverktyg</div>",
    ),
    (
        "vi har fler ungdomslag än någonsin, hela fjorton stycken",
        "prova på gratis i två veckor",
        "Onsdag",
        "Karin Lind",
    ),
    ("Våra sponsorer", "Logga in", "Drivs med Example"),
)

# --- Korean, a personal homepage: an "about me" page in a <table> layout with <font>,
# lists of interests and a small table of the owner's hiking records, a visitor counter.
PROBES.add(
    "ko_personal_homepage_table_layout",
    "http://example.kr/~jhpark/about.html",
    table_layout(
        "ko",
        "박정훈의 홈페이지 - 자기소개",
        ("처음으로", "자기소개", "산행기록", "방명록"),
        "<b><font size='3'>자기소개</font></b><br><br>안녕하세요. 저는 대전에서 고등학교 "
        "물리 교사로 일하고 있습니다.<br><br>주말에는 아내와 함께 전국의 산을 다니는 것이 "
        "취미입니다.<br><br><b>지금까지 오른 산</b><br><table border='1'><tr><td>계룡산</td>"
        "<td>845m</td><td>2003년</td></tr><tr><td>지리산</td><td>1915m</td><td>2005년</td>"
        "</tr></table><br>언젠가 백두대간 전 구간을 걷는 것이 꿈입니다.",
        "오늘 12 / 전체 30456 | 마지막 수정: 2006.10.02",
    ),
    (
        "고등학교 물리 교사로 일하고 있습니다",
        "전국의 산을 다니는 것이 취미입니다",
        "1915m",
        "백두대간 전 구간을 걷는 것이 꿈입니다",
    ),
    ("방명록", "마지막 수정", "전체 30456"),
)

# --- Arabic, a charity association's page (RTL): its aims as a list, a table of the
# year's projects, a "تبرع الآن" button, a partners strip.
PROBES.add(
    "ar_association_projects_table",
    "https://www.example-jamia.org/ar/about",
    page(
        "ar",
        "جمعية الأمل للتنمية الريفية",
        "<header><a href='/ar'>جمعية الأمل</a><nav><a href='/ar/news'>الأخبار</a><a "
        "href='/ar/contact'>اتصل بنا</a></nav><a class='btn-donate' href='/donate'>تبرع الآن"
        "</a></header><main><h1>جمعية الأمل للتنمية الريفية</h1><p>تأسست الجمعية عام ٢٠٠٤ "
        "على يد مجموعة من المعلمين لدعم القرى الجبلية في التعليم والمياه.</p><h2>أهدافنا"
        "</h2><ul><li>حفر الآبار في القرى التي لا تصلها شبكة المياه</li><li>توفير الكتب "
        "والدروس المسائية لطلاب المرحلة الإعدادية</li></ul><h2>مشاريع هذا العام</h2><table>"
        "<tr><th>المشروع</th><th>القرية</th></tr><tr><td>بئر جديدة</td><td>عين الصفا</td></tr>"
        "<tr><td>مكتبة مدرسية</td><td>وادي الزيتون</td></tr></table></main><div "
        "class='partners'><h3>شركاؤنا</h3><img src='/p1.png' alt='شريك'></div><footer>جميع "
        "الحقوق محفوظة © جمعية الأمل</footer>",
        dir_="rtl",
    ),
    (
        "لدعم القرى الجبلية في التعليم والمياه",
        "حفر الآبار في القرى التي لا تصلها شبكة المياه",
        "وادي الزيتون",
    ),
    ("تبرع الآن", "شركاؤنا", "جميع الحقوق محفوظة"),
)

# --- Japanese, a shop's newsletter web copy whose template names nothing (inline styles
# only): the "view in browser" line over the logo, the unsubscribe row under the text.
PROBES.add(
    "ja_newsletter_unnamed_cells",
    "https://example-chaya.jp/mailmag/vol-88.html",
    page(
        "ja",
        "茶屋だより vol.88 新茶のご案内",
        "<table width='100%' bgcolor='#eeeeee'><tr><td align='center'><table width='600' "
        "bgcolor='#ffffff'><tr><td style='font-size:10px;color:#999'>メールが正しく表示されない"
        "方は<a href='/web'>こちら</a></td></tr><tr><td align='center'><img src='/logo.png' "
        "alt='茶屋'></td></tr><tr><td style='padding:20px'><h1 style='font-size:20px'>茶屋だより "
        "vol.88 新茶のご案内</h1><p>いつもご愛顧いただきありがとうございます。今年も静岡の"
        "契約農家から新茶が届きました。</p><p>今年は春先の冷え込みで芽吹きが遅れましたが、"
        "そのぶん香りの強いお茶に仕上がっています。</p><p>五月末までにご注文の方には、"
        "茶葉の量を一割増やしてお届けします。</p></td></tr><tr><td style='font-size:10px;"
        "color:#999'>このメールは配信を希望された方にお送りしています。配信停止は<a "
        "href='/stop'>こちら</a>から。</td></tr></table></td></tr></table>",
    ),
    (
        "今年も静岡の契約農家から新茶が届きました",
        "香りの強いお茶に仕上がっています",
        "茶葉の量を一割増やしてお届けします",
    ),
    ("メールが正しく表示されない", "配信停止は"),
)

# --- Italian, an association's page of the 2004 kind: the text cell beside a right column
# of news in a <marquee>, <p> paragraphs misnested in <font> (the parser moves the last).
PROBES.add(
    "it_association_font_misnested_marquee",
    "http://www.example-proloco.it/chi_siamo.htm",
    page(
        "it",
        "Pro Loco di Montefiore - Chi siamo",
        "<table width='780' border='0' align='center'><tr><td colspan='2'><img "
        "src='img/testata.jpg' alt='Pro Loco'></td></tr><tr><td width='580' valign='top'><font "
        "face='Arial' size='2'><p><b>Chi siamo</b></p><p>La Pro Loco di Montefiore nasce nel "
        "1967 per far conoscere il borgo e le sue tradizioni.</p><p>Ogni anno organizziamo la "
        "sagra della castagna, il presepe vivente e la corsa dei carretti.</p><p>Il consiglio "
        "direttivo si riunisce il primo lunedì del mese nella sede di piazza Garibaldi.</p>"
        "</font></td><td width='200' valign='top' bgcolor='#ffffcc'><b>Ultime notizie</b><br>"
        "<marquee direction='up' scrollamount='2'><a href='n1.htm'>Tesseramento 2005 aperto"
        "</a><br><a href='n2.htm'>Gita a Siena il 12 giugno</a></marquee></td></tr><tr><td "
        "colspan='2' align='center'><font size='1'>Pro Loco Montefiore - C.F. 00000000000 - "
        "Sito realizzato da WebStudio</font></td></tr></table>",
    ),
    (
        "nasce nel 1967 per far conoscere il borgo",
        "la sagra della castagna, il presepe vivente e la corsa dei carretti",
        "si riunisce il primo lunedì del mese",
    ),
    ("Tesseramento 2005 aperto", "Gita a Siena", "Sito realizzato da"),
)

# --- Spanish, a ministry's press release whose "Related" list and share row
# sit inside the release's own container, after "###".
PROBES.add(
    "es_gov_press_release_related_inside",
    "https://www.example-ministerio.gob.es/prensa/notas/2026/0412",
    page(
        "es",
        "El Ministerio amplía las becas de transporte para estudiantes rurales",
        "<header><a href='/'>Ministerio</a><nav><a href='/prensa'>Prensa</a></nav></header>"
        "<main><div class='nota-prensa'><p class='fecha'>12 de abril de 2026</p><h1>El "
        "Ministerio amplía las becas de transporte para estudiantes rurales</h1><ul "
        "class='resumen'><li>Las ayudas llegarán a 40.000 alumnos más el próximo curso</li>"
        "<li>La cuantía media sube a 620 euros</li></ul><p>Madrid, 12 de abril de 2026.– El "
        "Consejo de Ministros ha aprobado hoy el real decreto que amplía las becas de "
        "transporte para el alumnado que vive a más de diez kilómetros de su centro.</p><p>"
        "Las solicitudes podrán presentarse del 1 al 30 de junio en la sede electrónica.</p>"
        "<p>###</p><div class='descargas'><a href='/nota.pdf'>Descargar nota de prensa (PDF)"
        "</a></div><div class='compartir'><span>Compartir:</span> <a href='#'>X</a> <a "
        "href='#'>Facebook</a></div><div class='relacionadas'><h2>Notas relacionadas</h2>"
        "<ul><li><a href='/n/1'>Convocadas las becas de comedor</a></li><li><a href='/n/2'>"
        "Nuevo plan de formación profesional</a></li></ul></div></div></main><footer>Aviso "
        "legal · Accesibilidad</footer>",
    ),
    # (the summary points under the headline are its lead written as points: the lead, not
    # the body, standfirst.headline_points; the text is both)
    (
        "Las ayudas llegarán a 40.000 alumnos más",
        "La cuantía media sube a 620 euros",
        "amplía las becas de transporte para el alumnado que vive a más de diez kilómetros",
        "del 1 al 30 de junio en la sede electrónica",
    ),
    ("Descargar nota de prensa", "Convocadas las becas de comedor", "Compartir:", "Aviso legal"),
)

# --- Russian, a research institute's abstract page in a 2000s CMS: the abstract in a table
# cell labelled "Аннотация", keywords and "Цитировать" in other rows, references after.
PROBES.add(
    "ru_institute_abstract_table_rows",
    "http://www.example-institut.ru/publ/trudy/2008/4/12",
    table_layout(
        "ru",
        "Труды института, 2008, № 4",
        ("О журнале", "Архив номеров", "Авторам", "Редакция"),
        "<h1>Сезонная динамика уровня грунтовых вод в пойме реки Мокши</h1><table "
        "border='0' cellpadding='3'><tr><td valign='top'><b>Авторы:</b></td><td>Иванова "
        "Е. П., Соколов А. В.</td></tr><tr><td valign='top'><b>Аннотация:</b></td><td>По "
        "данным наблюдений 2001–2007 годов на двадцати скважинах описан годовой ход уровня "
        "грунтовых вод. Показано, что весенний подъём уровня начинается в среднем на десять "
        "дней раньше, чем в 1970-е годы.</td></tr><tr><td valign='top'><b>Ключевые слова:"
        "</b></td><td>грунтовые воды, пойма, мониторинг</td></tr></table><p><a "
        "href='/pdf/12.pdf'>Полный текст (PDF, 420 КБ)</a> | <a href='#cite'>Цитировать</a>"
        "</p>",
        "© Институт, 1998–2008. Последнее обновление: 01.12.2008",
    ),
    (
        "описан годовой ход уровня грунтовых вод",
        "начинается в среднем на десять дней раньше",
    ),
    ("Полный текст (PDF", "Архив номеров", "Последнее обновление"),
)

# --- Korean, a university department's notice board post: the post's table (title,
# writer, date, views rows), the text in a cell, attachments, the previous/next rows.
PROBES.add(
    "ko_department_board_post_table",
    "https://www.example.ac.kr/dept/bbs/view.do?no=5521",
    page(
        "ko",
        "2026학년도 여름 현장실습 참가자 모집",
        "<div id='header'><a href='/'>예시대학교 환경공학과</a></div><div id='contents'><h2 "
        "class='sub-title'>학과공지</h2><table class='board-view'><tr><th>제목</th><td>2026학년도 "
        "여름 현장실습 참가자 모집</td></tr><tr><th>작성자</th><td>학과사무실</td></tr><tr><th>"
        "작성일</th><td>2026.05.02</td></tr><tr><th>조회수</th><td>412</td></tr><tr><td "
        "colspan='2' class='view-content'><p>여름방학 동안 수질 분석 기관에서 현장실습에 참가할 "
        "3학년 학생을 모집합니다.</p><p>실습 기간은 7월 1일부터 8월 9일까지이며, 실습비가 "
        "지급됩니다.</p><p>신청서는 5월 20일까지 학과사무실로 제출하시기 바랍니다.</p></td>"
        "</tr><tr><th>첨부파일</th><td><a href='/f/1.hwp'>신청서.hwp</a></td></tr></table><table "
        "class='board-nav'><tr><th>이전글</th><td><a href='/v/5520'>대학원 설명회 안내</a></td>"
        "</tr><tr><th>다음글</th><td><a href='/v/5522'>졸업논문 제출 일정</a></td></tr></table>"
        "<a class='btn' href='/list'>목록</a></div><div id='footer'>개인정보처리방침</div>",
    ),
    (
        "현장실습에 참가할 3학년 학생을 모집합니다",
        "실습비가 지급됩니다",
        "5월 20일까지 학과사무실로 제출하시기 바랍니다",
    ),
    ("대학원 설명회 안내", "졸업논문 제출 일정", "개인정보처리방침"),
)

# --- Dutch, a municipality's public notice (bekendmaking) in an official gazette page:
# the decision's text under numbered <h3>s, the objection procedure, a "Deel" row and
# "Meer bekendmakingen".
PROBES.add(
    "nl_gazette_notice_numbered_sections",
    "https://www.example-overheid.nl/gmb-2026-11234.html",
    gov_page(
        "nl",
        "Verleende omgevingsvergunning Kerkstraat 14",
        ("Home", "Bekendmakingen"),
        "<div class='gazette'><p>Burgemeester en wethouders maken bekend dat zij een "
        "omgevingsvergunning hebben verleend voor het verbouwen van een schuur tot woning.</p>"
        "<h3>1. Waar ligt het perceel?</h3><p>Kerkstraat 14, kadastraal bekend als sectie B, "
        "nummer 2210.</p><h3>2. Bezwaar maken</h3><p>Belanghebbenden kunnen binnen zes weken "
        "na de dag van verzending van het besluit bezwaar maken bij het college.</p></div><div "
        "class='share'>Deel: <a href='#'>LinkedIn</a> <a href='#'>E-mail</a></div><div "
        "class='more-notices'><h2>Meer bekendmakingen</h2><ul><li><a href='/b/1'>Kapvergunning "
        "Dorpsweg 3</a></li></ul></div>",
        "Direct naar inhoud|Voorlezen|Was deze informatie nuttig?|Ja|Nee|Toegankelijkheid",
    ),
    (
        "een omgevingsvergunning hebben verleend voor het verbouwen van een schuur tot woning",
        "kadastraal bekend als sectie B, nummer 2210",
        "binnen zes weken na de dag van verzending van het besluit bezwaar maken",
    ),
    ("Kapvergunning Dorpsweg 3", "Was deze informatie nuttig?", "Voorlezen"),
)

# --- German, a council's page of meeting dates: a table whose last column links each
# agenda's PDF, under a paragraph; the section menu beside it.
PROBES.add(
    "de_council_meeting_dates_linked_pdfs",
    "https://www.example-gemeinde.de/rathaus/gemeinderat/sitzungstermine",
    gov_page(
        "de",
        "Sitzungstermine des Gemeinderats 2026",
        ("Startseite", "Rathaus", "Gemeinderat"),
        "<p>Die Sitzungen sind öffentlich und beginnen jeweils um 19 Uhr im großen "
        "Sitzungssaal des Rathauses.</p><table><tr><th>Datum</th><th>Gremium</th><th>"
        "Unterlagen</th></tr><tr><td>22.01.2026</td><td>Gemeinderat</td><td><a "
        "href='/to1.pdf'>Tagesordnung (PDF)</a></td></tr><tr><td>19.02.2026</td><td>"
        "Bauausschuss</td><td><a href='/to2.pdf'>Tagesordnung (PDF)</a></td></tr><tr><td>"
        "26.03.2026</td><td>Gemeinderat</td><td><a href='/to3.pdf'>Tagesordnung (PDF)</a>"
        "</td></tr></table><p>Einwohnerinnen und Einwohner können zu Beginn jeder Sitzung "
        "Fragen an den Bürgermeister stellen.</p>",
        "Zum Inhalt springen|Gebärdensprache|War diese Seite hilfreich?|Ja|Nein|Datenschutz",
    ),
    (
        "beginnen jeweils um 19 Uhr im großen Sitzungssaal",
        "19.02.2026",
        "Bauausschuss",
        "Fragen an den Bürgermeister stellen",
    ),
    ("Gebärdensprache", "War diese Seite hilfreich?", "Datenschutz"),
)

# --- French, a sports club's news set in a table of the 2000s: a row per item, the date in
# one cell and a paragraph of news in the other.
PROBES.add(
    "fr_club_news_table_date_and_prose_cells",
    "http://www.example-usv-rugby.fr/actualites.php",
    table_layout(
        "fr",
        "US Valmont Rugby - Actualités",
        ("Accueil", "Le club", "Actualités", "Calendrier", "Partenaires"),
        "<b><font size='4'>Actualités du club</font></b><br><br><table width='100%' "
        "border='0' cellpadding='4'><tr><td valign='top' width='80'><b>12/10/2007</b></td><td>"
        "Belle victoire des cadets à Saint-Marcel (24-10) : trois essais en première mi-temps "
        "et une défense solide jusqu'au bout malgré la pluie.</td></tr><tr><td valign='top'><b>"
        "05/10/2007</b></td><td>L'assemblée générale aura lieu le vendredi 19 octobre à 20h "
        "au club-house ; tous les licenciés et les parents sont invités.</td></tr><tr><td "
        "valign='top'><b>28/09/2007</b></td><td>Les entraînements de l'école de rugby "
        "reprennent le mercredi à 14h, n'oubliez pas le certificat médical.</td></tr></table>",
        "Site mis à jour le 12/10/2007 - Vous êtes le 45210e visiteur",
    ),
    (
        "Belle victoire des cadets à Saint-Marcel",
        "tous les licenciés et les parents sont invités",
        "n'oubliez pas le certificat médical",
    ),
    ("Site mis à jour", "Partenaires"),
)

# --- Portuguese (Brazil), a wire release whose "Sobre" paragraph
# opens in <strong> inside a <p>, followed by "Logo -" and "Fonte:" lines, a source box.
PROBES.add(
    "pt_br_release_strong_about_paragraph",
    "https://www.example-wire.com.br/releases/cooperativa-cafe",
    page(
        "pt",
        "Cooperativa Serra Alta exporta primeiro lote de café certificado",
        "<header><a href='/'>Example Wire</a></header><main><div class='release'><h1>"
        "Cooperativa Serra Alta exporta primeiro lote de café certificado</h1><div "
        "class='release-meta'><span>NOTÍCIAS FORNECIDAS POR</span> <a href='/org/42'>"
        "Cooperativa Serra Alta</a> <span>08 abr, 2026, 09:00 BRT</span></div><div "
        "class='release-body'><p>VARGINHA, Brasil, 8 de abril de 2026 /PRNewswire/ -- A "
        "Cooperativa Serra Alta embarcou hoje o seu primeiro lote de café com certificação de "
        "origem para a Alemanha.</p><p>São dezoito toneladas colhidas por quarenta famílias "
        "de pequenos produtores do sul de Minas.</p><p><strong>Sobre a Cooperativa Serra "
        "Alta</strong><br>Fundada em 1994, a cooperativa reúne 310 produtores e oferece "
        "assistência técnica e armazenagem aos associados.</p><p>FONTE Cooperativa Serra "
        "Alta</p></div></div><aside class='more-from'><h2>Mais notícias de Cooperativa Serra "
        "Alta</h2><ul><li><a href='/r/1'>Serra Alta inaugura armazém</a></li></ul></aside>"
        "</main><footer>© 2026 Example Wire</footer>",
    ),
    (
        "embarcou hoje o seu primeiro lote de café com certificação de origem",
        "quarenta famílias de pequenos produtores",
        "reúne 310 produtores e oferece assistência técnica",
    ),
    ("Serra Alta inaugura armazém", "NOTÍCIAS FORNECIDAS POR"),
)

# --- Polish, a journal's article page with the abstract in <div class="abstract"> under
# <h2>, a long references list after it, and "Pobierz PDF"/"Cytuj" buttons in the article.
PROBES.add(
    "pl_journal_abstract_long_references",
    "https://czasopisma.example.edu.pl/ojs/article/view/9912",
    page(
        "pl",
        "Zmiany zasięgu bobra europejskiego w dolinie Narwi",
        "<header><a href='/'>Przegląd Przyrodniczy</a></header><main><article><h1>Zmiany "
        "zasięgu bobra europejskiego w dolinie Narwi</h1><p class='authors'>Jan Wiśniewski<sup>"
        "1</sup>, Ewa Zielińska<sup>2</sup></p><ol class='affiliations'><li>Uniwersytet "
        "Przykładowy, Wydział Biologii</li><li>Instytut Badawczy Lasów</li></ol><div "
        "class='buttons'><a class='btn' href='/pdf'>Pobierz PDF</a> <a class='btn' "
        "href='#cite'>Cytuj</a></div><h2>Streszczenie</h2><div class='abstract'><p>W latach "
        "2010–2024 zinwentaryzowano stanowiska bobra na odcinku rzeki długości 180 km.</p><p>"
        "Liczba rodzin wzrosła z 41 do 97, a nowe stanowiska powstawały głównie na "
        "dopływach.</p></div><p class='keywords'><b>Słowa kluczowe:</b> bóbr, Narew, "
        "monitoring</p><h2>Bibliografia</h2><ol class='references'>"
        + "".join(
            f"<li>Autor{n}, A. (20{n:02d}). Tytuł pracy numer {n}. Czasopismo {n}: 1–10.</li>"
            for n in range(1, 19)
        )
        + "</ol></article></main><footer>Licencja CC BY 4.0</footer>",
    ),
    (
        "zinwentaryzowano stanowiska bobra na odcinku rzeki długości 180 km",
        "Liczba rodzin wzrosła z 41 do 97",
    ),
    ("Pobierz PDF", "Cytuj", "Licencja CC BY 4.0"),
)

# --- Czech, a newsletter with four stories, each a row of an image cell and a text cell
# with a "Číst více" link; the footer cell unnamed, its unsubscribe line in words.
PROBES.add(
    "cs_newsletter_story_rows_read_more",
    "https://www.example-knihovna.cz/zpravodaj/2026-03",
    newsletter(
        "cs",
        "Zpravodaj knihovny – březen 2026",
        (
            "<h1>Zpravodaj knihovny – březen 2026</h1><p>Milí čtenáři, v březnu prodlužujeme "
            "otevírací dobu o sobotní odpoledne.</p>",
            "<table><tr><td><img src='/1.jpg' alt=''></td><td><h3>Beseda s ilustrátorkou</h3>"
            "<p>Ve čtvrtek 12. března přijde Anna Malá a ukáže dětem, jak vzniká obrázková "
            "kniha.</p><a href='/b'>Číst více</a></td></tr></table>",
            "<table><tr><td><img src='/2.jpg' alt=''></td><td><h3>Nové deskové hry</h3><p>Do "
            "herny přibylo dvacet nových her, půjčit si je můžete na dva týdny.</p><a "
            "href='/h'>Číst více</a></td></tr></table>",
        ),
        "Nezobrazuje se vám e-mail správně? <a href='/web'>Otevřít v prohlížeči</a>",
        "Tento e-mail dostáváte, protože jste se přihlásili k odběru zpravodaje.<br><a "
        "href='/odhlasit'>Odhlásit odběr</a>",
    ),
    (
        "prodlužujeme otevírací dobu o sobotní odpoledne",
        "jak vzniká obrázková kniha",
        "půjčit si je můžete na dva týdny",
    ),
    ("Otevřít v prohlížeči", "Odhlásit odběr", "Tento e-mail dostáváte"),
)

# --- Turkish, a municipality's 2006-style page: the text in <span class='metin'> with
# <br>s in a <td>, "Sayfa başı" and "Yazdır" links, a right column of announcements.
PROBES.add(
    "tr_municipal_span_br_text_right_column",
    "http://www.example-belediye.bel.tr/tarihce.asp",
    page(
        "tr",
        "Tarihçe - Example Belediyesi",
        "<table width='900' align='center' border='0'><tr><td colspan='3'><img "
        "src='/img/ust.jpg' alt=''></td></tr><tr><td width='180' valign='top'><a "
        "href='/'>Ana Sayfa</a><br><a href='/baskan.asp'>Başkan</a><br><a "
        "href='/meclis.asp'>Meclis Kararları</a></td><td width='540' valign='top'><span "
        "class='baslik'>Tarihçe</span><br><br><span class='metin'>İlçemizin bilinen ilk "
        "yerleşimi Bizans dönemine ait bir manastır çevresinde kurulmuştur.<br><br>Belediye "
        "1954 yılında kurulmuş, ilk belediye binası bugünkü çarşının ortasındaki iki katlı "
        "taş yapıdır.<br><br>1999 depreminden sonra ilçenin merkezi sahile doğru "
        "genişlemiştir.</span><br><br><a href='#'>Sayfa başı</a> | <a "
        "href='javascript:print()'>Yazdır</a></td><td width='180' valign='top'><b>Duyurular"
        "</b><br><a href='/d1.asp'>Su kesintisi duyurusu</a><br><a href='/d2.asp'>İhale "
        "ilanı 2006/14</a></td></tr><tr><td colspan='3' align='center'>Example Belediyesi "
        "© 2006 | Ziyaretçi: 88213</td></tr></table>",
    ),
    (
        "bir manastır çevresinde kurulmuştur",
        "iki katlı taş yapıdır",
        "merkezi sahile doğru genişlemiştir",
    ),
    ("Su kesintisi duyurusu", "Sayfa başı", "Yazdır", "Ziyaretçi"),
)


def plain_newsletter(lang: str, title: str, blocks: tuple[str, ...], top: str, bottom: str) -> str:
    """An e-mail newsletter's web copy from a sender whose template names no cell (inline
    styles only): its "view in browser" and unsubscribe lines known by their words."""
    rows = "".join(
        f"<tr><td style='padding:12px 24px;font-family:Georgia'>{block}</td></tr>"
        for block in blocks
    )
    return page(
        lang,
        title,
        "<table width='100%' cellpadding='0' cellspacing='0' bgcolor='#f0f0f0'><tr><td "
        "align='center'><table width='640' cellpadding='0' cellspacing='0' bgcolor='#fff'><tr>"
        f"<td align='right' style='font-size:11px'>{top}</td></tr>{rows}<tr><td "
        f"style='font-size:11px;color:#888;padding:24px'>{bottom}</td></tr></table></td></tr>"
        "</table>",
    )


# --- German, a regional theatre's newsletter: "Im Browser ansehen" over it, "Sie erhalten
# diesen Newsletter, weil…" with "Newsletter abbestellen" under it; no cell named.
PROBES.add(
    "de_newsletter_unnamed_cells_words",
    "https://www.example-theater.de/newsletter/archiv/2026-09",
    plain_newsletter(
        "de",
        "Spielzeitauftakt: unser Newsletter im September",
        (
            "<h1>Spielzeitauftakt: unser Newsletter im September</h1><p>Liebes Publikum, am "
            "26. September eröffnen wir die Spielzeit mit einer Komödie von Goldoni.</p>",
            "<h2>Theaterfest</h2><p>Am Samstag davor öffnen wir alle Werkstätten: Sie können "
            "beim Bau der Kulissen zusehen und Kostüme anprobieren.</p>",
            "<p>Karten für die Premiere gibt es ab sofort an der Theaterkasse.</p>",
        ),
        "<a href='/web'>Im Browser ansehen</a> | <a href='/fw'>Weiterleiten</a>",
        "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. "
        "<a href='/ab'>Newsletter abbestellen</a>",
    ),
    (
        "eröffnen wir die Spielzeit mit einer Komödie von Goldoni",
        "beim Bau der Kulissen zusehen und Kostüme anprobieren",
        "Karten für die Premiere gibt es ab sofort",
    ),
    ("Im Browser ansehen", "Sie erhalten diesen Newsletter", "Newsletter abbestellen"),
)

# --- Spanish, a cooperative's bulletin with unnamed cells: "Ver en el navegador" over it,
# "Recibes este correo porque…" under it.
PROBES.add(
    "es_newsletter_unnamed_cells_words",
    "https://www.example-cooperativa.es/boletin/octubre-2026",
    plain_newsletter(
        "es",
        "Boletín de octubre: empieza la vendimia",
        (
            "<h1>Boletín de octubre: empieza la vendimia</h1><p>Este año la vendimia empieza "
            "una semana antes por el calor de agosto.</p>",
            "<p>Necesitamos voluntarios para la jornada de puertas abiertas del día 18, con "
            "catas y visitas a la bodega.</p>",
            "<p>Los socios recibirán su vino de la cosecha anterior en noviembre.</p>",
        ),
        "¿No ves bien este correo? <a href='/web'>Ver en el navegador</a>",
        "Recibes este correo porque eres socio de la cooperativa. <a href='/baja'>Darte de "
        "baja</a>",
    ),
    (
        "la vendimia empieza una semana antes por el calor de agosto",
        "Necesitamos voluntarios para la jornada de puertas abiertas",
        "recibirán su vino de la cosecha anterior en noviembre",
    ),
    ("Ver en el navegador", "Recibes este correo porque"),
)

# --- Russian, a museum's mailing: "Открыть в браузере" over it, "Вы получили это письмо,
# потому что…" and "Отписаться от рассылки" under it; no cell named.
PROBES.add(
    "ru_newsletter_unnamed_cells_words",
    "https://www.example-muzei.ru/rassylka/2026-11",
    plain_newsletter(
        "ru",
        "Новости музея: ноябрь",
        (
            "<h1>Новости музея: ноябрь</h1><p>В ноябре мы открываем выставку старинных "
            "карт губернии из частной коллекции.</p>",
            "<p>По субботам в зале карт будут проходить экскурсии для школьников, запись "
            "по телефону.</p>",
            "<p>Вход для пенсионеров по средам бесплатный.</p>",
        ),
        "Письмо отображается некорректно? <a href='/web'>Открыть в браузере</a>",
        "Вы получили это письмо, потому что подписались на новости музея. <a "
        "href='/unsub'>Отписаться от рассылки</a>",
    ),
    (
        "открываем выставку старинных карт губернии",
        "экскурсии для школьников, запись по телефону",
        "Вход для пенсионеров по средам бесплатный.",
    ),
    ("Открыть в браузере", "Вы получили это письмо", "Отписаться от рассылки"),
)

# --- Finnish, a researcher's homepage of the old kind: a short bio, then the publications
# as a list whose titles link their PDFs, and the courses; the department's menu beside.
PROBES.add(
    "fi_researcher_homepage_linked_publications",
    "http://www.example-yliopisto.fi/~mvirtanen/",
    table_layout(
        "fi",
        "Matti Virtanen - kotisivu",
        ("Laitos", "Henkilökunta", "Opetus", "Tutkimus"),
        "<h2>Matti Virtanen</h2>Olen yliopistonlehtori ja tutkin järvien jääpeitteen "
        "muutoksia Itä-Suomessa.<br><br><b>Julkaisuja</b><ul><li>Virtanen, M. ja Laine, K. "
        "(2005). <a href='/pdf/jaa2005.pdf'>Jäänlähdön ajankohdan muutos Saimaalla "
        "1900-luvulla</a>. Geofysiikan lehti 12: 33–41.</li><li>Virtanen, M. (2003). <a "
        "href='/pdf/lumi2003.pdf'>Lumipeitteen vaikutus järvijään paksuuteen</a>. "
        "Vesitalous 4: 10–14.</li></ul><b>Opetus</b><ul><li>Hydrologian perusteet (syksy)"
        "</li><li>Kenttäkurssi Kuopiossa (kesä)</li></ul>Huone 214, puh. 017 000 000",
        "Päivitetty 3.3.2006",
    ),
    (
        "tutkin järvien jääpeitteen muutoksia Itä-Suomessa",
        "Jäänlähdön ajankohdan muutos Saimaalla 1900-luvulla",
        "Lumipeitteen vaikutus järvijään paksuuteen",
        "Hydrologian perusteet (syksy)",
    ),
    ("Henkilökunta", "Päivitetty 3.3.2006"),
)

# --- Italian, a parish bulletin typed as plain text in a <pre>: the week's times aligned
# with spaces, the notices as lines.
PROBES.add(
    "it_parish_bulletin_pre_block",
    "http://www.example-parrocchia.it/foglietto.htm",
    table_layout(
        "it",
        "Parrocchia San Rocco - Foglietto settimanale",
        ("Home", "Orari", "Foglietto", "Oratorio"),
        "<b>FOGLIETTO SETTIMANALE - 14/20 marzo</b><pre>\n"
        "Lunedì 15    ore 18.00  S. Messa (def. fam. Rossi)\n"
        "Mercoledì 17 ore 20.45  Incontro genitori cresimandi\n"
        "Venerdì 19   ore 15.00  Via Crucis in chiesa\n\n"
        "AVVISI\n"
        "- La raccolta per la Caritas di domenica ha dato 1.240 euro.\n"
        "- Sabato pulizia della chiesa: servono volontari.\n"
        "</pre>",
        "Webmaster: Luca - aggiornato il 13/03/2004",
    ),
    (
        "Incontro genitori cresimandi",
        "Via Crucis in chiesa",
        "La raccolta per la Caritas di domenica ha dato 1.240 euro.",
    ),
    ("Webmaster: Luca", "Oratorio"),
)

# --- Dutch, an association's board page: the members in a table whose e-mail column is
# links, a paragraph before it.
PROBES.add(
    "nl_association_board_table_mail_links",
    "https://www.example-imkervereniging.nl/bestuur",
    page(
        "nl",
        "Bestuur van de imkervereniging",
        "<header><a href='/'>Imkervereniging De Linde</a><nav><a href='/'>Home</a> <a "
        "href='/cursus'>Cursus</a> <a href='/bestuur'>Bestuur</a></nav></header><main><h1>"
        "Bestuur van de imkervereniging</h1><p>Het bestuur wordt elk jaar in maart gekozen "
        "door de ledenvergadering en vergadert zes keer per jaar.</p><table><tr><th>Functie"
        "</th><th>Naam</th><th>E-mail</th></tr><tr><td>Voorzitter</td><td>Henk de Vries</td>"
        "<td><a href='mailto:voorzitter@example.nl'>voorzitter@example.nl</a></td></tr><tr>"
        "<td>Secretaris</td><td>Anja Bakker</td><td><a href='mailto:secretaris@example.nl'>"
        "secretaris@example.nl</a></td></tr><tr><td>Penningmeester</td><td>Joost Smit</td><td>"
        "<a href='mailto:penningmeester@example.nl'>penningmeester@example.nl</a></td></tr>"
        "</table></main><footer>© Imkervereniging De Linde · KvK 00000000</footer>",
    ),
    (
        "wordt elk jaar in maart gekozen door de ledenvergadering",
        "Henk de Vries",
        "Penningmeester",
        "Joost Smit",
    ),
    ("KvK 00000000",),
)

# --- German, a university's press release: number and date line, the text, a photo with
# its caption and credit, "Kontakt" block, "Downloads" of press photos.
PROBES.add(
    "de_university_press_release_downloads",
    "https://www.example-uni.de/presse/pm/2026-045",
    page(
        "de",
        "Neues Verfahren macht Altpapier zu Dämmstoff",
        "<header class='uni'><a href='/'>Universität</a><nav><a href='/studium'>Studium</a> "
        "<a href='/forschung'>Forschung</a> <a href='/presse'>Presse</a></nav></header><main>"
        "<article class='press-release'><p class='pm-number'>Pressemitteilung Nr. 45/2026 · "
        "14.04.2026</p><h1>Neues Verfahren macht Altpapier zu Dämmstoff</h1><p><b>Ein Team "
        "der Fakultät für Maschinenbau hat einen Dämmstoff entwickelt, der zu neunzig Prozent "
        "aus Altpapier besteht.</b></p><p>Die Platten dämmen so gut wie Mineralwolle und "
        "lassen sich nach der Nutzung kompostieren.</p><figure><img src='/pm45.jpg' alt=''>"
        "<figcaption>Eine Probe des neuen Dämmstoffs. Foto: Universität/M. Roth</figcaption>"
        "</figure><p>Ein Hersteller aus der Region will das Verfahren ab dem kommenden Jahr "
        "erproben.</p><div class='contact'><h2>Kontakt</h2><p>Prof. Dr. Jana Roth<br>Institut "
        "für Werkstofftechnik<br>Tel. 0000 00-0000</p></div><div class='downloads'><h2>"
        "Downloads</h2><ul><li><a href='/pm45.jpg'>Pressefoto (JPG, 3 MB)</a></li></ul></div>"
        "</article><aside><h2>Weitere Pressemitteilungen</h2><ul><li><a href='/pm/44'>"
        "Ehrendoktorwürde für Physikerin</a></li></ul></aside></main><footer>Impressum · "
        "Barrierefreiheit</footer>",
    ),
    (
        "der zu neunzig Prozent aus Altpapier besteht",
        "lassen sich nach der Nutzung kompostieren",
        "will das Verfahren ab dem kommenden Jahr erproben",
    ),
    ("Pressefoto (JPG, 3 MB)", "Ehrendoktorwürde für Physikerin", "Barrierefreiheit"),
)
