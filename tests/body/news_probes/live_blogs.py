"""Live blogs (round 51): a list of entries, newest first, each headed by a time alone
("10:32", "14h05", "14.05 Uhr", "il y a 5 min", "18:40 МСК", "오후 3:12"), sometimes a date
line between days, a pinned entry, a "Key events" summary, per-entry share buttons, a "Load
more" button and an "Auto-update" toggle. The entries' text and their headlines are the
story, down to the oldest entry (a region that stops early is the usual failure); the widgets
are not. A time header alone is left neutral (newsrooms differ). The languages are many.
Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def entries(
    *items: tuple[str, str, str],
    entry: str = "div class='live-entry'",
    time_tag: str = "time",
    head_tag: str = "h2",
    share: str = "",
) -> str:
    """Entries of (time, headline or '', paragraphs' markup), each headed by its time alone,
    with a share button when ``share`` names one."""
    tag = entry.split()[0]
    out = []
    for time, headline, text in items:
        head = f"<{head_tag}>{headline}</{head_tag}>" if headline else ""
        button = f"<div class='entry-share'><button>{share}</button></div>" if share else ""
        out.append(
            f"<{entry}><{time_tag} class='entry-time'>{time}</{time_tag.split()[0]}>{head}"
            f"{text}{button}</{tag}>"
        )
    return "".join(out)


def live(lang: str, title: str, inner: str, *, dir_: str = "ltr") -> str:
    """A live page: the headline, then ``inner`` (intro, summary, entries, widgets), with a
    box of other stories beside it."""
    return page(
        lang,
        title,
        f"<main><article class='live-page'><h1>{title}</h1>{inner}</article><aside "
        "class='most-read'><h3>Most read</h3><ul><li><a href='/x/1'>Ferry timetable changes "
        "for the winter season</a></li><li><a href='/x/2'>Nine new restaurants to try this "
        "month</a></li></ul></aside></main>",
        dir_=dir_,
    )


# --- English: key events, a pinned post, times alone, share buttons, load more, toggle.
PROBES.add(
    "en_live_key_events_pinned",
    "https://www.example.com/world/live/2026/feb/11/flood-live-updates",
    live(
        "en",
        "Flooding in the Arden valley: live updates",
        "<div class='live-toggle'><label><input type='checkbox' checked> Auto-update</label>"
        "<span>On</span></div><div class='key-events'><h2>Key events</h2><ul><li><a "
        "href='#b3'>Bridge at Kelham closed</a></li><li><a href='#b1'>Evacuation centre "
        "opens</a></li></ul></div><div class='live-entry pinned'><span class='pin'>Pinned"
        "</span><p>The river at Kelham is expected to peak at 4.8 metres on Wednesday "
        "night, the highest level since records began.</p></div><div class='live-feed'>"
        + entries(
            (
                "10:32",
                "Bridge at Kelham closed",
                "<p>Police have closed the old stone bridge at Kelham after water reached "
                "the arches, and drivers are being sent through Oakby instead.</p>",
            ),
            (
                "10:05",
                "",
                "<p>Rail services between Arden and Pelham are suspended until at least "
                "noon, the operator says.</p>",
            ),
            (
                "09:41",
                "Evacuation centre opens",
                "<p>The sports hall on Mill Lane is open for anyone who has to leave "
                "home, with beds for two hundred people.</p>",
            ),
            (
                "09:02",
                "Good morning",
                "<p>Welcome to our coverage of the floods in the Arden valley, where "
                "rain has fallen without a break for three days.</p>",
            ),
            share="Share",
        )
        + "</div><button class='load-more'>Load more entries</button>",
    ),
    (
        "Police have closed the old stone bridge at Kelham",
        "Rail services between Arden and Pelham are suspended",
        "Evacuation centre opens",
        "The sports hall on Mill Lane is open",
        "Welcome to our coverage of the floods",
        "The river at Kelham is expected to peak",
    ),
    ("Load more entries", "Auto-update", "Pinned", "Most read", "Ferry timetable changes"),
)

# --- German: "Das Wichtigste" list, times with "Uhr", a date line between days.
PROBES.add(
    "de_liveticker_uhr_date_lines",
    "https://www.example.de/politik/liveticker-landtag-haushalt-100.html",
    live(
        "de",
        "Haushaltsstreit im Landtag: Der Liveticker",
        "<div class='summary'><h2>Das Wichtigste</h2><ul><li>Die Koalition hat sich auf "
        "einen Nachtragshaushalt von zwei Milliarden Euro geeinigt.</li><li>Die Opposition "
        "kündigt eine Klage vor dem Verfassungsgericht an.</li></ul></div><div "
        "class='ticker-refresh'><button>Ticker aktualisieren</button></div><div "
        "class='ticker'><p class='ticker-day'>Donnerstag, 12. Februar</p>"
        + entries(
            (
                "14.05 Uhr",
                "Finanzminister verteidigt Kredite",
                "<p>Finanzminister Jens Talbach nannte die neuen Kredite im Plenum "
                "unvermeidlich, weil die Steuereinnahmen hinter der Planung zurückbleiben.</p>",
            ),
            (
                "11.20 Uhr",
                "",
                "<p>Die Sitzung beginnt mit einer Stunde Verspätung, weil der Ältestenrat "
                "noch über die Redezeiten beraten hat.</p>",
            ),
            entry="div class='ticker-item'",
            time_tag="span",
            head_tag="h3",
            share="Teilen",
        )
        + "<p class='ticker-day'>Mittwoch, 11. Februar</p>"
        + entries(
            (
                "21.40 Uhr",
                "Einigung in der Nacht",
                "<p>Nach sechs Stunden Verhandlungen treten die Fraktionschefs vor die "
                "Presse und verkünden einen Kompromiss.</p>",
            ),
            (
                "18.15 Uhr",
                "",
                "<p>Guten Abend, wir begleiten die Verhandlungen über den Haushalt hier im "
                "Liveticker.</p>",
            ),
            entry="div class='ticker-item'",
            time_tag="span",
            head_tag="h3",
            share="Teilen",
        )
        + "</div><button class='more'>Weitere Einträge laden</button>",
    ),
    (
        "Die Koalition hat sich auf einen Nachtragshaushalt",
        "Finanzminister Jens Talbach nannte die neuen Kredite",
        "Die Sitzung beginnt mit einer Stunde Verspätung",
        "Einigung in der Nacht",
        "Nach sechs Stunden Verhandlungen treten",
        "Guten Abend, wir begleiten die Verhandlungen",
    ),
    ("Ticker aktualisieren", "Weitere Einträge laden", "Teilen"),
)

# --- French: "14h05" and "il y a 5 min" headers, a "voir plus" button.
PROBES.add(
    "fr_direct_heures_et_il_y_a",
    "https://www.example.fr/societe/direct-greve-transports-12-fevrier",
    live(
        "fr",
        "Grève dans les transports : suivez la journée en direct",
        "<p class='chapo'>Les syndicats de la régie des transports de Valmont appellent à "
        "une journée de grève ce jeudi contre la réforme des horaires.</p><ul class='live'>"
        + entries(
            (
                "il y a 5 min",
                "",
                "<p>La préfecture annonce que trois lignes de tramway sur cinq circulent "
                "normalement en fin de matinée.</p>",
            ),
            (
                "14h05",
                "Le cortège s'élance",
                "<p>Plusieurs milliers de personnes défilent depuis la place de la Gare "
                "vers l'hôtel de ville, sous une pluie fine.</p>",
            ),
            (
                "8h30",
                "",
                "<p>Bonjour à tous et bienvenue dans ce direct consacré à la grève des "
                "transports à Valmont.</p>",
            ),
            entry="li class='post'",
            time_tag="span",
            head_tag="h3",
            share="Partager",
        )
        + "</ul><div class='live-more'><a href='?page=2'>Voir plus de posts</a></div>",
    ),
    (
        "Les syndicats de la régie des transports",
        "trois lignes de tramway sur cinq circulent",
        "Le cortège s'élance",
        "Plusieurs milliers de personnes défilent",
        "Bonjour à tous et bienvenue dans ce direct",
    ),
    ("Voir plus de posts", "Partager"),
)

# --- Spanish: "hace 5 minutos" headers, "Cargar más", share links per entry.
PROBES.add(
    "es_directo_hace_minutos",
    "https://www.example.es/deportes/directo-vuelta-etapa-9",
    live(
        "es",
        "Vuelta, etapa 9 en directo",
        "<div class='directo'>"
        + entries(
            (
                "hace 5 minutos",
                "",
                "<p>Quedan veinte kilómetros y el grupo de cabeza mantiene dos minutos de "
                "ventaja sobre el pelotón.</p>",
            ),
            (
                "hace 32 minutos",
                "Caída en el descenso",
                "<p>Varios corredores se van al suelo en una curva mojada, aunque todos "
                "vuelven a montar en la bicicleta.</p>",
            ),
            (
                "hace 1 hora",
                "",
                "<p>Arranca la novena etapa, con salida en Villaseca y llegada en alto "
                "tras 180 kilómetros.</p>",
            ),
            entry="article class='update'",
            time_tag="p",
            share="Compartir",
        )
        + "</div><button class='cargar'>Cargar más</button>",
    ),
    (
        "Quedan veinte kilómetros y el grupo de cabeza",
        "Caída en el descenso",
        "Varios corredores se van al suelo",
        "Arranca la novena etapa",
    ),
    ("Cargar más", "Compartir"),
)

# --- Russian: "18:40 МСК" headers in a list, "Показать ещё".
PROBES.add(
    "ru_onlain_msk",
    "https://www.example.ru/society/online/2026/02/12/moroz",
    live(
        "ru",
        "Аномальные морозы: онлайн-трансляция",
        "<div class='online'>"
        + entries(
            (
                "18:40 МСК",
                "",
                "<p>В Заречье открыли ещё два пункта обогрева, сообщили в администрации "
                "района.</p>",
            ),
            (
                "17:15 МСК",
                "Отменены электрички",
                "<p>Пригородные поезда до Ольховки не пойдут до утра из-за обледенения "
                "контактной сети.</p>",
            ),
            (
                "15:02 МСК",
                "",
                "<p>Синоптики обещают до минус сорока градусов ночью в северных районах "
                "области.</p>",
            ),
            entry="div class='online-item'",
            time_tag="div",
            head_tag="h3",
            share="Поделиться",
        )
        + "</div><button class='show-more'>Показать ещё</button>",
    ),
    (
        "В Заречье открыли ещё два пункта обогрева",
        "Отменены электрички",
        "Пригородные поезда до Ольховки не пойдут",
        "Синоптики обещают до минус сорока градусов",
    ),
    ("Показать ещё", "Поделиться"),
)

# --- Korean: "오후 3:12" headers, "더보기".
PROBES.add(
    "ko_live_ohu_times",
    "https://www.example.co.kr/news/live/20260212",
    live(
        "ko",
        "폭설 실시간 상황",
        "<div class='live-list'>"
        + entries(
            (
                "오후 3:12",
                "",
                "<p>한빛시는 오후 네 시부터 시내버스 운행을 단계적으로 재개한다고 밝혔다.</p>",
            ),
            (
                "오후 1:40",
                "고속도로 통제",
                "<p>동서고속도로 일부 구간이 눈으로 통제되면서 차량 수백 대가 멈춰 섰다.</p>",
            ),
            (
                "오전 9:05",
                "",
                "<p>밤사이 내린 눈으로 산간 지역에 최고 삼십 센티미터의 적설이 기록됐다.</p>",
            ),
            entry="div class='live-item'",
            time_tag="span",
            head_tag="strong",
            share="공유하기",
        )
        + "</div><button class='more'>더보기</button>",
    ),
    (
        "한빛시는 오후 네 시부터 시내버스 운행을",
        "고속도로 통제",
        "동서고속도로 일부 구간이 눈으로 통제되면서",
        "밤사이 내린 눈으로 산간 지역에",
    ),
    ("더보기", "공유하기"),
)

# --- Italian: times in <time>, a "Segui la diretta" heading, "Carica altri aggiornamenti".
PROBES.add(
    "it_diretta_aggiornamenti",
    "https://www.example.it/cronaca/diretta-elezioni-comunali",
    live(
        "it",
        "Elezioni comunali, la diretta dello spoglio",
        "<section class='diretta'>"
        + entries(
            (
                "23:48",
                "",
                "<p>A Montefiore il sindaco uscente è in vantaggio con il 54 per cento "
                "delle schede scrutinate.</p>",
            ),
            (
                "23:10",
                "Affluenza in calo",
                "<p>Alla chiusura dei seggi ha votato il 48 per cento degli aventi diritto, "
                "sei punti meno di cinque anni fa.</p>",
            ),
            (
                "22:58",
                "",
                "<p>Buonasera e benvenuti alla diretta dello spoglio delle elezioni comunali.</p>",
            ),
            entry="div class='aggiornamento'",
            share="Condividi",
        )
        + "</section><button class='altri'>Carica altri aggiornamenti</button>",
    ),
    (
        "A Montefiore il sindaco uscente è in vantaggio",
        "Affluenza in calo",
        "Alla chiusura dei seggi ha votato",
        "Buonasera e benvenuti alla diretta",
    ),
    ("Carica altri aggiornamenti", "Condividi"),
)

# --- Dutch: "5 minuten geleden", "Meer laden".
PROBES.add(
    "nl_liveblog_minuten_geleden",
    "https://www.example.nl/nieuws/liveblog-storm-kustprovincies",
    live(
        "nl",
        "Liveblog: storm trekt over de kustprovincies",
        "<ol class='liveblog'>"
        + entries(
            (
                "5 minuten geleden",
                "",
                "<p>In Zeeveld is een boom op een rijdende auto gevallen; de bestuurder "
                "raakte licht gewond.</p>",
            ),
            (
                "40 minuten geleden",
                "Code oranje verlengd",
                "<p>Het weerinstituut verlengt code oranje tot vanavond acht uur voor de "
                "hele kuststrook.</p>",
            ),
            (
                "2 uur geleden",
                "",
                "<p>De pont tussen Waalhoek en Dorst vaart vandaag niet vanwege de harde wind.</p>",
            ),
            entry="li class='liveblog-item'",
            time_tag="span",
            head_tag="h3",
            share="Delen",
        )
        + "</ol><button class='meer'>Meer laden</button>",
    ),
    (
        "In Zeeveld is een boom op een rijdende auto gevallen",
        "Code oranje verlengd",
        "Het weerinstituut verlengt code oranje",
        "De pont tussen Waalhoek en Dorst vaart vandaag niet",
    ),
    ("Meer laden", "Delen"),
)

# --- Polish: a match commentary with times, "Pokaż więcej wpisów".
PROBES.add(
    "pl_relacja_na_zywo",
    "https://www.example.pl/sport/relacja-na-zywo-puchar-polski",
    live(
        "pl",
        "Finał Pucharu Polski: relacja na żywo",
        "<div class='relacja'>"
        + entries(
            (
                "21:52",
                "Koniec meczu!",
                "<p>Warta Borki wygrywa dwa do jednego i po raz pierwszy w historii "
                "zdobywa puchar.</p>",
            ),
            (
                "21:05",
                "",
                "<p>Gol dla Odry! Marek Zieliński wykorzystuje rzut karny po faulu w polu "
                "karnym.</p>",
            ),
            (
                "20:30",
                "",
                "<p>Dzień dobry, zapraszamy na relację z finału na stadionie w Lesznowie.</p>",
            ),
            entry="div class='wpis'",
            time_tag="span",
            head_tag="h4",
            share="Udostępnij",
        )
        + "</div><button class='wiecej'>Pokaż więcej wpisów</button>",
    ),
    (
        "Koniec meczu!",
        "Warta Borki wygrywa dwa do jednego",
        "Gol dla Odry! Marek Zieliński",
        "zapraszamy na relację z finału",
    ),
    ("Pokaż więcej wpisów", "Udostępnij"),
)

# --- Brazilian Portuguese: "há 5 minutos", "Carregar mais".
PROBES.add(
    "pt_br_ao_vivo_ha_minutos",
    "https://www.example.com.br/politica/ao-vivo-votacao-reforma",
    live(
        "pt-BR",
        "Votação da reforma ao vivo",
        "<div class='ao-vivo'>"
        + entries(
            (
                "há 5 minutos",
                "",
                "<p>O presidente da Câmara encerrou a discussão e abriu o painel para a "
                "votação nominal.</p>",
            ),
            (
                "há 2 horas",
                "Acordo com os líderes",
                "<p>Os líderes dos partidos fecharam um acordo para votar o texto ainda "
                "nesta noite.</p>",
            ),
            (
                "há 4 horas",
                "",
                "<p>A sessão começou com meia hora de atraso e o plenário ainda estava vazio.</p>",
            ),
            entry="div class='post-ao-vivo'",
            time_tag="span",
            head_tag="h3",
            share="Compartilhe",
        )
        + "</div><button class='carregar'>Carregar mais</button>",
    ),
    (
        "O presidente da Câmara encerrou a discussão",
        "Acordo com os líderes",
        "Os líderes dos partidos fecharam um acordo",
        "A sessão começou com meia hora de atraso",
    ),
    ("Carregar mais", "Compartilhe"),
)

# --- Turkish: "5 dakika önce", "Daha fazla yükle".
PROBES.add(
    "tr_canli_dakika_once",
    "https://www.example.com.tr/gundem/canli-deprem-son-dakika",
    live(
        "tr",
        "Canlı: depremin ardından son durum",
        "<div class='canli-akis'>"
        + entries(
            (
                "5 dakika önce",
                "",
                "<p>Arama kurtarma ekipleri Yeşilköy mahallesinde iki kişiyi enkazdan "
                "sağ çıkardı.</p>",
            ),
            (
                "1 saat önce",
                "Okullar tatil edildi",
                "<p>Valilik, ildeki tüm okulların hafta sonuna kadar tatil edildiğini duyurdu.</p>",
            ),
            (
                "3 saat önce",
                "",
                "<p>Deprem sabah saat altıda hissedildi ve yaklaşık yirmi saniye sürdü.</p>",
            ),
            entry="div class='akis-item'",
            time_tag="span",
            head_tag="h3",
            share="Paylaş",
        )
        + "</div><button class='daha'>Daha fazla yükle</button>",
    ),
    (
        "Arama kurtarma ekipleri Yeşilköy mahallesinde",
        "Okullar tatil edildi",
        "Valilik, ildeki tüm okulların",
        "Deprem sabah saat altıda hissedildi",
    ),
    ("Daha fazla yükle", "Paylaş"),
)

# --- Arabic: "منذ 5 دقائق" headers, "تحميل المزيد".
PROBES.add(
    "ar_mubashir_mundhu",
    "https://www.example.net/ar/live/2026/02/12/asifa",
    live(
        "ar",
        "مباشر: العاصفة الرملية",
        "<div class='live-stream'>"
        + entries(
            (
                "منذ 5 دقائق",
                "",
                "<p>أعلنت هيئة الطيران المدني استئناف الرحلات في مطار الواحة بعد تحسن "
                "مدى الرؤية.</p>",
            ),
            (
                "منذ ساعة",
                "إغلاق الطريق الساحلي",
                "<p>أغلقت الشرطة الطريق الساحلي بين المدينتين حتى إشعار آخر بسبب "
                "الرمال المتراكمة.</p>",
            ),
            (
                "منذ 3 ساعات",
                "",
                "<p>بدأت العاصفة فجر اليوم وتراجعت الرؤية إلى أقل من مئة متر في عدة مناطق.</p>",
            ),
            entry="div class='live-card'",
            time_tag="span",
            head_tag="h3",
            share="مشاركة",
        )
        + "</div><button class='load'>تحميل المزيد</button>",
        dir_="rtl",
    ),
    (
        "أعلنت هيئة الطيران المدني استئناف الرحلات",
        "إغلاق الطريق الساحلي",
        "أغلقت الشرطة الطريق الساحلي",
        "بدأت العاصفة فجر اليوم",
    ),
    ("تحميل المزيد", "مشاركة"),
)

# --- Japanese: times alone in <time>, "もっと見る".
PROBES.add(
    "ja_live_times",
    "https://www.example.jp/news/live/20260212-taifu",
    live(
        "ja",
        "台風10号 最新情報",
        "<div class='live-timeline'>"
        + entries(
            (
                "15:12",
                "",
                "<p>気象台は午後三時、青浜市に暴風警報を発表しました。</p>",
            ),
            (
                "13:40",
                "鉄道の運休広がる",
                "<p>北海線は午後の全ての列車の運転を取りやめると発表しました。</p>",
            ),
            (
                "09:05",
                "",
                "<p>台風は午前九時現在、南の海上を時速二十キロで北へ進んでいます。</p>",
            ),
            entry="section class='live-post'",
            head_tag="h3",
            share="シェア",
        )
        + "</div><button class='more'>もっと見る</button>",
    ),
    (
        "気象台は午後三時、青浜市に暴風警報を発表しました",
        "鉄道の運休広がる",
        "北海線は午後の全ての列車の運転を取りやめる",
        "台風は午前九時現在、南の海上を",
    ),
    ("もっと見る", "シェア"),
)

# --- Czech: "před 5 minutami", "Načíst další", an auto-refresh toggle.
PROBES.add(
    "cs_online_pred_minutami",
    "https://www.example.cz/zpravy/online-volby-do-zastupitelstev",
    live(
        "cs",
        "Volby do zastupitelstev online",
        "<div class='auto-refresh'><span>Automatické obnovování</span><button>Vypnout"
        "</button></div><div class='online-reportaz'>"
        + entries(
            (
                "před 5 minutami",
                "",
                "<p>V Horní Lhotě je sečteno devadesát procent okrsků a vede sdružení "
                "nezávislých kandidátů.</p>",
            ),
            (
                "před 1 hodinou",
                "Účast nejvyšší za dvacet let",
                "<p>Volební účast přesáhla podle statistického úřadu padesát pět procent.</p>",
            ),
            (
                "před 3 hodinami",
                "",
                "<p>Volební místnosti se zavřely ve dvě hodiny odpoledne a začíná sčítání "
                "hlasů.</p>",
            ),
            entry="div class='zprava'",
            time_tag="span",
            head_tag="h3",
            share="Sdílet",
        )
        + "</div><button class='dalsi'>Načíst další</button>",
    ),
    (
        "V Horní Lhotě je sečteno devadesát procent",
        "Účast nejvyšší za dvacet let",
        "Volební účast přesáhla podle statistického úřadu",
        "Volební místnosti se zavřely ve dvě hodiny",
    ),
    ("Načíst další", "Automatické obnovování", "Sdílet"),
)

# --- Chinese: times alone, one-paragraph entries, "加载更多".
PROBES.add(
    "zh_zhibo_times",
    "https://www.example.cn/news/live/20260212",
    live(
        "zh",
        "春运首日直播",
        "<div class='zhibo'>"
        + entries(
            ("18:30", "", "<p>青河火车站今日共发送旅客十二万人次，比去年同期增加一成。</p>"),
            ("14:10", "", "<p>受大雾影响，北山机场上午有三十个航班延误起飞。</p>"),
            ("08:00", "", "<p>早上八点，第一趟春运加开列车从青河站准时出发。</p>"),
            entry="div class='zhibo-item'",
            time_tag="span",
            share="分享",
        )
        + "</div><button class='more'>加载更多</button>",
    ),
    (
        "青河火车站今日共发送旅客十二万人次",
        "受大雾影响，北山机场上午有三十个航班延误起飞",
        "第一趟春运加开列车从青河站准时出发",
    ),
    ("加载更多", "分享"),
)

# --- Hindi: times alone with "बजे", "और देखें".
PROBES.add(
    "hi_live_updates",
    "https://www.example.in/hindi/live/baadh-taaza-khabar",
    live(
        "hi",
        "बाढ़ लाइव अपडेट",
        "<div class='live-updates'>"
        + entries(
            (
                "4:15 PM",
                "",
                "<p>रामपुर जिले में प्रशासन ने बारह गांवों को खाली कराने का आदेश दिया है।</p>",
            ),
            (
                "1:30 PM",
                "नदी खतरे के निशान से ऊपर",
                "<p>सोनभद्र नदी का जलस्तर खतरे के निशान से दो मीटर ऊपर पहुंच गया है।</p>",
            ),
            (
                "10:00 AM",
                "",
                "<p>मौसम विभाग ने अगले दो दिनों तक भारी बारिश की चेतावनी जारी की है।</p>",
            ),
            entry="div class='update-card'",
            time_tag="span",
            head_tag="h3",
            share="शेयर करें",
        )
        + "</div><button class='more'>और देखें</button>",
    ),
    (
        "रामपुर जिले में प्रशासन ने बारह गांवों",
        "नदी खतरे के निशान से ऊपर",
        "सोनभद्र नदी का जलस्तर",
        "मौसम विभाग ने अगले दो दिनों तक",
    ),
    ("और देखें", "शेयर करें"),
)


def card(time: str, text: str, *, author: str = "", head: str = "", extra: str = "") -> str:
    """An entry set as a card: a header with its time as a permalink, the writer's name
    and a copy-link button, then its headline and text."""
    writer = f"<span class='card-author'>{author}</span>" if author else ""
    title = f"<h3 class='card-title'>{head}</h3>" if head else ""
    return (
        f"<article class='card live-card'><header class='card-header'><a class='permalink' "
        f"href='#e{len(text)}'><time>{time}</time></a>{writer}<button class='copy-link'>"
        f"🔗</button></header>{title}<div class='card-body'>{text}</div>{extra}</article>"
    )


# --- English: a match's minute by minute, short entries headed "45'" and "90+2'".
PROBES.add(
    "en_minute_by_minute_short_entries",
    "https://www.example.co.uk/sport/football/live/rovers-v-city",
    live(
        "en",
        "Rovers v City: live",
        "<div class='mbm'>"
        + entries(
            ("FT", "", "<p>Full time: Rovers 2, City 1. A first home win since October.</p>"),
            ("90+2'", "", "<p>Yellow card for Danny Roe after a late tackle.</p>"),
            ("67'", "GOAL!", "<p>Rovers lead again. Sam Kerrow heads in from a corner.</p>"),
            ("45'", "", "<p>Half time at Brook Lane with the score at one each.</p>"),
            ("12'", "", "<p>City score first through Leo Marsh on the break.</p>"),
            ("1'", "", "<p>We are under way in the rain.</p>"),
            entry="div class='mbm-entry'",
            time_tag="span",
            head_tag="strong",
        )
        + "</div>",
    ),
    (
        "Full time: Rovers 2, City 1.",
        "Yellow card for Danny Roe",
        "Sam Kerrow heads in from a corner",
        "Half time at Brook Lane",
        "City score first through Leo Marsh",
        "We are under way in the rain.",
    ),
    ("Ferry timetable changes",),
)

# --- Spanish: entries as cards with a permalink time, a writer and a copy-link button, an
# embedded post, a date line between the days.
PROBES.add(
    "es_cards_permalink_author",
    "https://www.example.com.mx/nacional/minuto-a-minuto-huracan",
    live(
        "es",
        "Huracán Delia, minuto a minuto",
        "<div class='feed'><h2 class='day'>Martes 11 de febrero</h2>"
        + card(
            "22:15",
            "<p>Protección Civil confirma que el huracán tocó tierra al sur de Puerto "
            "Alegre con vientos de 180 kilómetros por hora.</p>",
            author="Lucía Ferrer",
        )
        + card(
            "20:40",
            "<p>El gobernador pidió a la población no salir de los refugios hasta nuevo "
            "aviso.</p><blockquote class='embed-post'><p>Seguimos en el refugio de la "
            "escuela, todos bien.</p>— Vecinos de Palmar</blockquote>",
            author="Tomás Ruiz",
            head="Llamado a no salir",
        )
        + "<h2 class='day'>Lunes 10 de febrero</h2>"
        + card(
            "23:05",
            "<p>Las autoridades abren cuarenta refugios temporales en escuelas de la costa.</p>",
            author="Lucía Ferrer",
        )
        + card(
            "19:30",
            "<p>El centro de huracanes eleva a Delia a categoría tres mientras se acerca "
            "a la costa.</p>",
            author="Tomás Ruiz",
        )
        + "</div><div class='pagination'><a href='?p=2'>Entradas anteriores</a></div>",
    ),
    (
        "Protección Civil confirma que el huracán tocó tierra",
        "Llamado a no salir",
        "El gobernador pidió a la población no salir",
        "Las autoridades abren cuarenta refugios temporales",
        "El centro de huracanes eleva a Delia a categoría tres",
    ),
    ("Entradas anteriores",),
)

# --- German: a ticker whose older entries follow a "Mehr anzeigen" button in a second box.
PROBES.add(
    "de_ticker_older_entries_after_button",
    "https://www.example.at/sport/ski/live-abfahrt-kitzberg",
    live(
        "de",
        "Abfahrt am Kitzberg im Live-Ticker",
        "<div class='ticker-feed'>"
        + entries(
            (
                "12.58 Uhr",
                "",
                "<p>Der letzte Läufer ist im Ziel, damit steht der Sieg von Florian "
                "Brandtner fest.</p>",
            ),
            (
                "12.31 Uhr",
                "Bestzeit für Brandtner",
                "<p>Brandtner nimmt dem bisher Führenden im Zielhang vier Zehntel ab.</p>",
            ),
            entry="div class='ticker-entry'",
            time_tag="span",
            head_tag="h3",
        )
        + "</div><div class='ticker-more'><button>Mehr anzeigen</button></div><div "
        "class='ticker-feed ticker-feed--older'>"
        + entries(
            (
                "11.45 Uhr",
                "",
                "<p>Startnummer eins ist unterwegs, die Piste ist nach dem Neuschnee schnell.</p>",
            ),
            (
                "11.30 Uhr",
                "",
                "<p>Herzlich willkommen zum Live-Ticker von der Abfahrt am Kitzberg.</p>",
            ),
            entry="div class='ticker-entry'",
            time_tag="span",
            head_tag="h3",
        )
        + "</div>",
    ),
    (
        "damit steht der Sieg von Florian Brandtner fest",
        "Bestzeit für Brandtner",
        "Startnummer eins ist unterwegs",
        "Herzlich willkommen zum Live-Ticker",
    ),
    ("Mehr anzeigen",),
)

# --- Ukrainian: relative times, a pinned entry marked "Закріплено", one-sentence entries.
PROBES.add(
    "uk_online_pinned_short",
    "https://www.example.ua/news/online-2026-02-12",
    live(
        "uk",
        "Новини дня онлайн",
        "<div class='online-feed'><div class='post post--pinned'><span class='post-badge'>"
        "Закріплено</span><p>Усі головні події дня в місті Зеленогір'я ми збираємо в цій "
        "трансляції.</p></div>"
        + entries(
            ("5 хвилин тому", "", "<p>На вулиці Садовій відновили рух тролейбусів.</p>"),
            ("1 годину тому", "", "<p>Міська рада ухвалила бюджет на наступний рік.</p>"),
            ("3 години тому", "", "<p>Уночі в місті випало двадцять сантиметрів снігу.</p>"),
            entry="div class='post'",
            time_tag="span",
            share="Поширити",
        )
        + "</div>",
    ),
    (
        "Усі головні події дня в місті Зеленогір'я",
        "На вулиці Садовій відновили рух тролейбусів.",
        "Міська рада ухвалила бюджет на наступний рік.",
        "Уночі в місті випало двадцять сантиметрів снігу.",
    ),
    ("Поширити", "Закріплено"),
)

# --- Indonesian: "5 menit yang lalu" and a time with "WIB", headlines as links to the entry.
PROBES.add(
    "id_live_wib_linked_heads",
    "https://www.example.co.id/berita/live-banjir-kota-2026",
    live(
        "id",
        "Live: banjir di Kota Sungai Lima",
        "<div class='live-report'>"
        + "".join(
            f"<div class='live-report__item'><span class='live-report__time'>{time}</span>"
            f"<h2><a href='#item-{n}'>{head}</a></h2><p>{text}</p></div>"
            for n, (time, head, text) in enumerate(
                (
                    (
                        "5 menit yang lalu",
                        "Pengungsi bertambah",
                        "Jumlah warga yang mengungsi di balai desa Tanjung Sari bertambah "
                        "menjadi tiga ratus orang.",
                    ),
                    (
                        "14:20 WIB",
                        "Air mulai surut di Kampung Baru",
                        "Ketinggian air di Kampung Baru turun sekitar dua puluh sentimeter "
                        "sejak siang.",
                    ),
                    (
                        "09:05 WIB",
                        "Hujan deras sejak subuh",
                        "Hujan deras mengguyur kota sejak subuh dan membuat tiga sungai meluap.",
                    ),
                )
            )
        )
        + "</div>",
    ),
    (
        "Pengungsi bertambah",
        "Jumlah warga yang mengungsi di balai desa",
        "Air mulai surut di Kampung Baru",
        "Ketinggian air di Kampung Baru turun",
        "Hujan deras mengguyur kota sejak subuh",
    ),
    (),
)

# --- Greek: times in a heading alone (h3), text in paragraphs after it, no entry boxes.
PROBES.add(
    "el_live_flat_time_headings",
    "https://www.example.gr/eidiseis/live-ekloges",
    live(
        "el",
        "Εκλογές: όλες οι εξελίξεις live",
        "<div class='article-body'><p>Η καταμέτρηση των ψήφων συνεχίζεται σε όλη τη χώρα."
        "</p><h3>23:40</h3><p>Με το ενενήντα τοις εκατό των τμημάτων, το κόμμα του Νίκου "
        "Παππά προηγείται με έξι μονάδες.</p><h3>22:15</h3><p>Ο υπουργός Εσωτερικών "
        "ανακοίνωσε ότι η συμμετοχή ξεπέρασε το εξήντα τοις εκατό.</p><h3>19:00</h3><p>Έκλεισαν "
        "οι κάλπες και ξεκινά η καταμέτρηση στα εκλογικά τμήματα.</p></div>",
    ),
    (
        "Η καταμέτρηση των ψήφων συνεχίζεται",
        "το κόμμα του Νίκου Παππά προηγείται",
        "ανακοίνωσε ότι η συμμετοχή ξεπέρασε",
        "Έκλεισαν οι κάλπες και ξεκινά η καταμέτρηση",
    ),
    (),
)

# --- Hebrew: "לפני 5 דקות" headers, right to left, "טען עוד".
PROBES.add(
    "he_live_lifnei_dakot",
    "https://www.example.co.il/news/live/2026-02-12",
    live(
        "he",
        "עדכונים שוטפים: סערת החורף",
        "<div class='live-updates'>"
        + entries(
            ("לפני 5 דקות", "", "<p>חברת החשמל החזירה את האספקה לשכונות הצפוניות של העיר.</p>"),
            ("לפני שעה", "כבישים נסגרו", "<p>המשטרה סגרה את הכביש העולה להר בגלל שלג כבד.</p>"),
            ("לפני 3 שעות", "", "<p>הסערה הגיעה לחוף בשעות הלילה עם רוחות חזקות.</p>"),
            entry="div class='update'",
            time_tag="span",
            head_tag="h3",
            share="שתפו",
        )
        + "</div><button class='more'>טען עוד</button>",
        dir_="rtl",
    ),
    (
        "חברת החשמל החזירה את האספקה",
        "כבישים נסגרו",
        "המשטרה סגרה את הכביש העולה להר",
        "הסערה הגיעה לחוף בשעות הלילה",
    ),
    ("טען עוד", "שתפו"),
)

# --- Vietnamese: "5 phút trước", entries with an image and caption.
PROBES.add(
    "vi_truc_tiep_phut_truoc",
    "https://www.example.vn/thoi-su/truc-tiep-bao-so-3",
    live(
        "vi",
        "Trực tiếp: bão số 3 đổ bộ",
        "<div class='live-news'>"
        + entries(
            (
                "5 phút trước",
                "",
                "<figure><img src='/a.jpg' alt=''><figcaption>Cây đổ trên đường ven biển."
                "</figcaption></figure><p>Gió mạnh làm đổ hàng chục cây xanh ở thành phố Hải "
                "Lam.</p>",
            ),
            (
                "1 giờ trước",
                "Sơ tán dân ven biển",
                "<p>Chính quyền đã sơ tán hơn năm nghìn hộ dân khỏi vùng trũng.</p>",
            ),
            (
                "3 giờ trước",
                "",
                "<p>Bão mạnh cấp mười hai, cách bờ khoảng một trăm cây số.</p>",
            ),
            entry="div class='live-item'",
            time_tag="span",
            head_tag="h3",
            share="Chia sẻ",
        )
        + "</div><button class='more'>Xem thêm</button>",
    ),
    (
        "Gió mạnh làm đổ hàng chục cây xanh",
        "Sơ tán dân ven biển",
        "Chính quyền đã sơ tán hơn năm nghìn hộ dân",
        "Bão mạnh cấp mười hai",
    ),
    ("Xem thêm", "Chia sẻ"),
)

# --- French: the pinned post set apart before the stream, one sentence long.
PROBES.add(
    "fr_direct_epingle_hors_du_fil",
    "https://www.example.be/actu/direct-inondations-liege-vallee",
    live(
        "fr",
        "Inondations dans la vallée : le direct",
        "<div class='post post-pinned'><span class='post-flag'>Épinglé</span><p>Le numéro "
        "d'urgence de la province est le 1722.</p></div><div class='posts'>"
        + entries(
            (
                "11h20",
                "",
                "<p>La Meuse a atteint son niveau maximal à Vireux et commence lentement à "
                "baisser.</p>",
            ),
            (
                "10h02",
                "Écoles fermées",
                "<p>Les écoles de Herstal et de Visé restent fermées ce vendredi.</p>",
            ),
            entry="div class='post'",
            time_tag="span",
            head_tag="h3",
            share="Partager",
        )
        + "</div>",
    ),
    (
        "Le numéro d'urgence de la province est le 1722.",
        "La Meuse a atteint son niveau maximal",
        "Écoles fermées",
        "Les écoles de Herstal et de Visé restent fermées",
    ),
    ("Épinglé", "Partager"),
)


def social_entry(time: str, author: str, text: str) -> str:
    """An entry with its writer, its text and a row of share links to the networks."""
    links = "".join(
        f"<li><a href='https://{net}.example/share?u=x'>{net}</a></li>"
        for net in ("Facebook", "X", "WhatsApp", "E-mail")
    )
    return (
        f"<div class='liveblog-post'><div class='liveblog-post__meta'><time>{time}</time> "
        f"<span class='liveblog-post__author'>{author}</span></div><div "
        f"class='liveblog-post__text'>{text}</div><ul class='liveblog-post__share'>{links}</ul>"
        "</div>"
    )


# --- Italian: each entry with its writer and a row of share links to the networks.
PROBES.add(
    "it_diretta_share_links_per_entry",
    "https://www.example.it/sport/diretta-giro-tappa-12",
    live(
        "it",
        "Giro, la dodicesima tappa in diretta",
        "<div class='liveblog-posts'>"
        + social_entry(
            "16:48",
            "Marco Bellini",
            "<p>Vince Andrea Costa in volata davanti a due compagni di fuga.</p>",
        )
        + social_entry(
            "15:30",
            "Giulia Fontana",
            "<p>A trenta chilometri dall'arrivo il gruppo ha quattro minuti di ritardo.</p>",
        )
        + social_entry(
            "13:05",
            "Marco Bellini",
            "<p>Partiti da Valleverde: centottanta corridori al via sotto il sole.</p>",
        )
        + "</div>",
    ),
    (
        "Vince Andrea Costa in volata",
        "A trenta chilometri dall'arrivo",
        "Partiti da Valleverde",
    ),
    ("WhatsApp", "E-mail"),
)

# --- Brazilian Portuguese: a timeline list of one-sentence entries and a "Key events" box
# of linked times above it.
PROBES.add(
    "pt_br_timeline_key_events_links",
    "https://www.example.com.br/esportes/tempo-real-final-estadual",
    live(
        "pt-BR",
        "Final do estadual em tempo real",
        "<nav class='destaques'><h2>Lances principais</h2><ul><li><a href='#l3'>89' Gol do "
        "Ribeira</a></li><li><a href='#l1'>34' Gol do Serrano</a></li></ul></nav><ol "
        "class='timeline'>"
        + "".join(
            f"<li class='timeline-item' id='l{n}'><span class='minuto'>{minute}</span><p>"
            f"{text}</p></li>"
            for n, minute, text in (
                (3, "89'", "Gol do Ribeira! Pedro Lima empata de cabeça."),
                (2, "60'", "Cartão amarelo para Tiago Moura, do Serrano."),
                (1, "34'", "Gol do Serrano! Chute de fora da área de Caio Nunes."),
                (0, "1'", "Começa a final no estádio municipal."),
            )
        )
        + "</ol>",
    ),
    (
        "Pedro Lima empata de cabeça.",
        "Cartão amarelo para Tiago Moura",
        "Chute de fora da área de Caio Nunes.",
        "Começa a final no estádio municipal.",
    ),
    (),
)


# --- Round 52: a summary box right under the <h1> (the lead, not the body too: checked in
# tests/body/test_live_summary_lead.py) and times without a figure over entries ("an hour
# ago", "vor einer Stunde", "час назад"), cut as their figured forms are ("vor 2 Stunden").
PROBES.add(
    "de_ticker_wichtigste_unter_h1_vor_einer_stunde",
    "https://www.example.de/region/liveticker-sturm-nordkueste",
    live(
        "de",
        "Sturm an der Nordküste: Der Liveticker",
        "<div class='live-summary'><h2>Das Wichtigste</h2><ul><li>Der Fährverkehr zu den "
        "Inseln ruht bis mindestens Freitag.</li><li>In Hafenwerder steht die Uferstraße "
        "unter Wasser.</li></ul></div><div class='ticker'>"
        + entries(
            (
                "vor einer Minute",
                "",
                "<p>Die Feuerwehr meldet mehr als hundert Einsätze seit dem frühen Morgen.</p>",
            ),
            (
                "vor einer Stunde",
                "Deich bei Kolkum hält",
                "<p>Der Deichverband gibt Entwarnung: Die Sandsäcke am alten Siel halten "
                "dem Druck stand.</p>",
            ),
            (
                "vor 2 Stunden",
                "",
                "<p>Guten Morgen, wir berichten den ganzen Tag über den Sturm.</p>",
            ),
            entry="div class='ticker-item'",
            time_tag="span",
            head_tag="h3",
        )
        + "</div>",
    ),
    (
        "Der Fährverkehr zu den Inseln ruht",
        "Die Feuerwehr meldet mehr als hundert Einsätze",
        "Deich bei Kolkum hält",
        "Die Sandsäcke am alten Siel halten",
        "Guten Morgen, wir berichten",
    ),
    ("vor einer Minute", "vor einer Stunde"),
)

PROBES.add(
    "fr_direct_essentiel_il_y_a_une_heure",
    "https://www.example.fr/meteo/direct-canicule-sud-ouest",
    live(
        "fr",
        "Canicule dans le Sud-Ouest : le direct",
        "<section class='summary'><h2>L'essentiel</h2><ul><li>Quatre départements sont en "
        "vigilance rouge jusqu'à samedi.</li><li>Les piscines municipales de Lorgnac restent "
        "ouvertes jusqu'à minuit.</li></ul></section><ul class='live'>"
        + entries(
            (
                "il y a une minute",
                "",
                "<p>Météo Sud annonce 41 degrés à Lorgnac en fin d'après-midi.</p>",
            ),
            (
                "il y a une heure",
                "Les écoles ferment plus tôt",
                "<p>Le rectorat autorise les écoles à fermer à midi jeudi et vendredi.</p>",
            ),
            entry="li class='post'",
            time_tag="span",
            head_tag="h3",
        )
        + "</ul>",
    ),
    (
        "Quatre départements sont en vigilance rouge",
        "Météo Sud annonce 41 degrés",
        "Les écoles ferment plus tôt",
        "Le rectorat autorise les écoles",
    ),
    ("il y a une minute", "il y a une heure"),
)

PROBES.add(
    "en_live_an_hour_ago_and_in_prose",
    "https://www.example.com/uk/live/2026/jul/03/rail-strike-live",
    live(
        "en",
        "Rail strike: live updates",
        "<div class='live-feed'>"
        + entries(
            (
                "a minute ago",
                "",
                "<p>Union leaders will meet the rail minister at four o'clock.</p>",
            ),
            (
                "an hour ago",
                "Stations close early",
                "<p>Station staff at Brenfield closed the gates an hour ago after the last "
                "train left.</p>",
            ),
            (
                "2 hours ago",
                "",
                "<p>Good morning and welcome to our coverage of the rail strike.</p>",
            ),
            share="Share",
        )
        + "</div>",
    ),
    (
        "Union leaders will meet the rail minister",
        "Stations close early",
        "closed the gates an hour ago after the last train left.",
        "Good morning and welcome to our coverage",
    ),
    ("a minute ago\n", "an hour ago\n"),
)

PROBES.add(
    "es_directo_hace_una_hora",
    "https://www.example.es/deportes/directo-vuelta-etapa-9",
    live(
        "es",
        "La Vuelta, etapa 9: en directo",
        "<div class='directo'>"
        + entries(
            (
                "hace un minuto",
                "",
                "<p>El pelotón pasa por Villaseca a tres minutos de la fuga.</p>",
            ),
            (
                "hace una hora",
                "Caída en el descenso",
                "<p>Varios corredores se van al suelo en una curva mojada del puerto.</p>",
            ),
            entry="article class='entrada'",
            time_tag="span",
        )
        + "</div>",
    ),
    (
        "El pelotón pasa por Villaseca",
        "Caída en el descenso",
        "Varios corredores se van al suelo",
    ),
    ("hace un minuto", "hace una hora"),
)

PROBES.add(
    "ru_onlain_chas_nazad",
    "https://www.example.ru/society/online-navodnenie-zarechye",
    live(
        "ru",
        "Паводок в Заречье: онлайн",
        "<div class='online'>"
        + entries(
            (
                "минуту назад",
                "",
                "<p>Уровень воды в реке Светлой поднялся ещё на двадцать сантиметров.</p>",
            ),
            (
                "час назад",
                "Эвакуация в Заречье",
                "<p>Жителей трёх улиц у реки вывозят в школу на холме.</p>",
            ),
            entry="div class='online-item'",
            time_tag="span",
            head_tag="h3",
        )
        + "</div>",
    ),
    (
        "Уровень воды в реке Светлой поднялся",
        "Эвакуация в Заречье",
        "Жителей трёх улиц у реки вывозят",
    ),
    ("минуту назад", "час назад"),
)

PROBES.add(
    "ar_mubashir_mundhu_saa",
    "https://www.example.com/ar/live/elections-results",
    live(
        "ar",
        "نتائج الانتخابات البلدية: تغطية مباشرة",
        "<div class='live-feed'>"
        + entries(
            (
                "منذ دقيقة",
                "",
                "<p>أعلنت اللجنة العليا فرز أصوات نصف مراكز الاقتراع في المدينة.</p>",
            ),
            (
                "منذ ساعة",
                "إقبال مرتفع",
                "<p>بلغت نسبة المشاركة ستين في المئة بحسب الأرقام الأولية.</p>",
            ),
            entry="div class='live-post'",
            time_tag="span",
            head_tag="h3",
        )
        + "</div>",
        dir_="rtl",
    ),
    (
        "أعلنت اللجنة العليا فرز أصوات",
        "إقبال مرتفع",
        "بلغت نسبة المشاركة ستين في المئة",
    ),
    ("منذ دقيقة", "منذ ساعة"),
)

PROBES.add(
    "he_live_lifnei_shaa",
    "https://www.example.co.il/news/live-storm-coast",
    live(
        "he",
        "סערה בחוף: עדכונים שוטפים",
        "<div class='live-feed'>"
        + entries(
            (
                "לפני דקה",
                "",
                "<p>הנמל בעיר החוף נסגר לתנועת ספינות עד הודעה חדשה.</p>",
            ),
            (
                "לפני שעה",
                "",
                "<p>רשות הכבאות דיווחה על עשרות עצים שנפלו בכבישים.</p>",
            ),
            entry="div class='update'",
            time_tag="span",
        )
        + "</div>",
        dir_="rtl",
    ),
    (
        "הנמל בעיר החוף נסגר",
        "רשות הכבאות דיווחה על עשרות עצים",
    ),
    ("לפני דקה", "לפני שעה"),
)


# --- Round 53: the same stamps in languages whose number word dateparser's simplifications
# lack ("bir saat önce", "een uur geleden", "un'ora fa", "en timme sedan", "acum o oră"),
# with a line of prose holding the same words, which is kept.
def _unnumbered(
    name: str, lang: str, title: str, stamps: tuple[str, str], texts: tuple[str, str, str]
) -> None:
    """A live page of two entries headed by ``stamps`` (a minute ago, an hour ago); the
    second entry's text (``texts[2]``) says the hour stamp's words in a sentence."""
    PROBES.add(
        name,
        f"https://www.example.com/{lang}/live/{name}",
        live(
            lang,
            title,
            "<div class='live-feed'>"
            + entries(
                (stamps[0], "", f"<p>{texts[0]}</p>"),
                (stamps[1], texts[1], f"<p>{texts[2]}</p>"),
                entry="div class='live-post'",
                time_tag="span",
                head_tag="h3",
            )
            + "</div>",
        ),
        (texts[0], texts[1], texts[2]),
        (f"{stamps[0]}\n", f"{stamps[1]}\n"),
    )


_unnumbered(
    "tr_canli_bir_saat_once",
    "tr",
    "Kıyıda fırtına: canlı gelişmeler",
    ("bir dakika önce", "bir saat önce"),
    (
        "Liman idaresi Karaburun iskelesindeki bütün seferleri iptal etti.",
        "Sahil yolu kapandı",
        "Belediye ekipleri sahil yolunu bir saat önce trafiğe kapattı ve sürücüleri "
        "eski köprüye yönlendirdi.",
    ),
)
_unnumbered(
    "nl_liveblog_een_uur_geleden",
    "nl",
    "Storm aan de kust: liveblog",
    ("een minuut geleden", "een uur geleden"),
    (
        "De veerdienst naar Wierum ligt tot zeker vrijdagmiddag stil.",
        "Dijk bij Hoekstad houdt stand",
        "Het waterschap meldde een uur geleden dat de zandzakken bij de oude sluis het houden.",
    ),
)
_unnumbered(
    "it_diretta_un_ora_fa",
    "it",
    "Maltempo sulla costa: la diretta",
    ("un minuto fa", "un'ora fa"),
    (
        "La capitaneria di Portoscuro ha sospeso tutti i traghetti per le isole.",
        "Chiusa la strada del lungomare",
        "I vigili hanno chiuso la strada del lungomare un'ora fa, dopo che le onde "
        "avevano superato il muro.",
    ),
)
_unnumbered(
    "sv_direkt_en_timme_sedan",
    "sv",
    "Stormen över kusten: direktrapport",
    ("en minut sedan", "en timme sedan"),
    (
        "Färjetrafiken till Norrö är inställd åtminstone till fredag.",
        "Bron vid Strandby stängd",
        "Polisen stängde bron vid Strandby för en timme sedan när vattnet nådde valven.",
    ),
)
_unnumbered(
    "ro_live_acum_o_ora",
    "ro",
    "Furtună pe litoral: live",
    ("acum un minut", "acum o oră"),
    (
        "Căpitănia portului a oprit toate feriboturile spre insule.",
        "Drumul de pe faleză, închis",
        "Poliția a închis drumul de pe faleză acum o oră, după ce valurile au trecut de zid.",
    ),
)
_unnumbered(
    "el_live_prin_apo_mia_ora",
    "el",
    "Κακοκαιρία στην ακτή: live",
    ("πριν από ένα λεπτό", "πριν από μία ώρα"),
    (
        "Το λιμεναρχείο απαγόρευσε τον απόπλου όλων των πλοίων προς τα νησιά.",
        "Έκλεισε ο παραλιακός δρόμος",
        "Η αστυνομία έκλεισε τον παραλιακό δρόμο πριν από μία ώρα, όταν τα κύματα "
        "πέρασαν το τείχος.",
    ),
)
_unnumbered(
    "id_langsung_satu_jam_yang_lalu",
    "id",
    "Badai di pesisir: laporan langsung",
    ("satu menit yang lalu", "satu jam yang lalu"),
    (
        "Syahbandar menghentikan semua kapal penyeberangan ke pulau-pulau kecil.",
        "Jalan pantai ditutup",
        "Polisi menutup jalan pantai satu jam yang lalu setelah ombak melewati tanggul.",
    ),
)
_unnumbered(
    "pt_ao_vivo_uma_hora_atras",
    "pt",
    "Tempestade no litoral: ao vivo",
    ("um minuto atrás", "uma hora atrás"),
    (
        "A capitania suspendeu todas as travessias de barco para as ilhas.",
        "Estrada marginal fechada",
        "A polícia fechou a estrada marginal há uma hora, depois de as ondas passarem o muro.",
    ),
)
_unnumbered(
    "vi_truc_tiep_mot_gio_truoc",
    "vi",
    "Bão vào bờ biển miền Trung: trực tiếp",
    ("một phút trước", "một giờ trước"),
    (
        "Cảng cá Tân Hải đã cấm tàu thuyền ra khơi từ chiều nay.",
        "Đường ven biển bị đóng",
        "Cảnh sát đã đóng đường ven biển một giờ trước khi sóng tràn qua kè.",
    ),
)
_unnumbered(
    "da_live_et_minut_siden",
    "da",
    "Storm over kysten: live",
    ("et minut siden", "en time siden"),
    (
        "Færgerne til Sandø er aflyst resten af dagen.",
        "Broen ved Strandby er lukket",
        "Politiet lukkede broen ved Strandby for en time siden, da vandet nåede buerne.",
    ),
)
_unnumbered(
    "el_live_prin_mia_ora_xoris_apo",
    "el",
    "Πλημμύρες στον κάμπο: live",
    ("πριν ένα λεπτό", "πριν μία ώρα"),
    (
        "Η πυροσβεστική απομάκρυνε δεκαπέντε οικογένειες από τα σπίτια κοντά στο ποτάμι.",
        "Κλειστή η γέφυρα",
        "Η τροχαία έκλεισε τη γέφυρα πριν μία ώρα, όταν το νερό έφτασε στις καμάρες.",
    ),
)
