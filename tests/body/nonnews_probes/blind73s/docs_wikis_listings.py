"""The blind73s probe's third part: documentation pages (code blocks, admonitions, an "on
this page" list, edit and feedback strips, previous and next links), wiki entries
(infoboxes, a navigation box, categories, edit links), listings (a job ad, a flat to let,
a used car) and event and match pages with their facts box."""

from __future__ import annotations

from ._kit import SITES, add, paras, rows


def _doc_tail(edit: str, helpful: str, prev: str, next_: str) -> str:
    return (
        f"<div class='doc-footer'><a class='edit-this-page' href='#'>{edit}</a><div "
        f"class='feedback'><span>{helpful}</span><button>👍</button><button>👎</button></div>"
        f"<nav class='pagination-nav'><a class='pagination-nav__link--prev' href='#'>{prev}</a>"
        f"<a class='pagination-nav__link--next' href='#'>{next_}</a></nav></div>"
    )


def _toc(title: str, *entries: str) -> str:
    items = "".join(f"<li><a href='#s{n}'>{e}</a></li>" for n, e in enumerate(entries))
    return f"<div class='table-of-contents on-this-page'><p>{title}</p><ul>{items}</ul></div>"


def _navbox(title: str, *links: str) -> str:
    items = " · ".join(f"<a href='/w/{n}'>{link}</a>" for n, link in enumerate(links))
    return (
        f"<div class='navbox' role='navigation'><table><tr><th>{title}</th></tr><tr><td>"
        f"{items}</td></tr></table></div>"
    )


add(
    "docs_admonition_and_code",
    SITES["de"],
    "Dateien hochladen",
    "<div class='docs-layout'><nav class='docs-sidebar'><ul><li><a href='/d/1'>Installation</a>"
    "</li><li><a href='/d/2'>Erste Schritte</a></li></ul></nav><article class='markdown'>"
    "<h1>Dateien hochladen</h1>"
    + paras("Mit dem Befehl upload schicken Sie eine lokale Datei in einen Arbeitsbereich.")
    + "<pre><code>werkbank upload bericht.pdf --ziel team/berichte</code></pre><div "
    "class='admonition warning'><p class='admonition-title'>Achtung</p><p>Dateien über 2 GB "
    "müssen in Teilen hochgeladen werden.</p></div>"
    + paras("Nach dem Hochladen gibt der Befehl die Adresse der Datei aus.")
    + "</article>"
    + _toc("Auf dieser Seite", "Grundlagen", "Große Dateien")
    + _doc_tail(
        "Diese Seite bearbeiten",
        "War diese Seite hilfreich?",
        "« Installation",
        "Freigaben verwalten »",
    )
    + "</div>",
    (
        "Mit dem Befehl upload schicken Sie eine lokale Datei in einen Arbeitsbereich.",
        "werkbank upload bericht.pdf --ziel team/berichte",
        "Dateien über 2 GB müssen in Teilen hochgeladen werden.",
        "Nach dem Hochladen gibt der Befehl die Adresse der Datei aus.",
    ),
    (
        "Diese Seite bearbeiten",
        "War diese Seite hilfreich?",
        "Freigaben verwalten",
        "Auf dieser Seite",
    ),
    template="app",
    path="docs/upload",
)

add(
    "docs_japanese_api_parameters",
    SITES["ja"],
    "fetch_orders 関数",
    "<div class='document'><div class='body' role='main'><h1>fetch_orders 関数</h1>"
    + paras("指定した期間の注文を取得します。")
    + "<pre><code>fetch_orders(start, end, status=None)</code></pre><h2>引数</h2>"
    + rows(("start", "取得を始める日付"), ("end", "取得を終える日付"), head=("名前", "説明"))
    + "<div class='admonition note'><p class='admonition-title'>注記</p><p>期間は最大九十日です。"
    "</p></div></div><div class='sphinxsidebar'><h3>目次</h3><ul><li>引数</li></ul></div><div "
    "class='rst-footer-buttons'><a href='#' class='btn'>前へ</a><a href='#' class='btn'>次へ</a>"
    "</div><p class='edit-link'><a href='#'>GitHubで編集</a></p></div>",
    (
        "指定した期間の注文を取得します。",
        "fetch_orders(start, end, status=None)",
        "取得を始める日付",
        "期間は最大九十日です。",
    ),
    ("GitHubで編集",),
    path="api/fetch_orders.html",
)

add(
    "docs_greek_steps_and_tip",
    SITES["el"],
    "Ρύθμιση του δρομολογητή",
    "<main class='kb-article'><h1>Ρύθμιση του δρομολογητή</h1>"
    + paras("Ακολουθήστε τα βήματα για να συνδέσετε τον δρομολογητή στο δίκτυο.")
    + "<ol><li>Συνδέστε το καλώδιο στη θύρα WAN.</li><li>Ανοίξτε τη διεύθυνση 192.168.1.1 "
    "στον φυλλομετρητή.</li><li>Ορίστε νέο κωδικό διαχειριστή.</li></ol><aside class='callout "
    "callout-tip'><strong>Συμβουλή</strong><p>Κρατήστε τον κωδικό σε διαχειριστή κωδικών.</p>"
    "</aside><div class='kb-feedback'><p>Σας βοήθησε αυτό το άρθρο;</p><button>Ναι</button>"
    "<button>Όχι</button></div></main>",
    (
        "Συνδέστε το καλώδιο στη θύρα WAN.",
        "Ανοίξτε τη διεύθυνση 192.168.1.1 στον φυλλομετρητή.",
        "Κρατήστε τον κωδικό σε διαχειριστή κωδικών.",
    ),
    ("Σας βοήθησε αυτό το άρθρο;",),
    path="kb/router",
)

add(
    "docs_chinese_install_with_tabs",
    SITES["zh"],
    "安装命令行工具",
    "<article class='doc'><h1>安装命令行工具</h1>"
    + paras("命令行工具支持 Windows、macOS 和 Linux。")
    + "<div class='tabs'><ul role='tablist'><li role='tab'>macOS</li><li role='tab'>Linux</li>"
    "</ul><div role='tabpanel'><pre><code>brew install qiao-cli</code></pre></div><div "
    "role='tabpanel' hidden><pre><code>sudo apt install qiao-cli</code></pre></div></div>"
    "<blockquote class='tip'><p>提示：安装后运行 qiao --version 检查版本。</p></blockquote>"
    "<div class='page-meta'><a class='edit-link' href='#'>在 GitHub 上编辑此页</a><span>最后更新"
    "于: 2026/11/30</span></div><nav class='page-nav'><a href='#'>上一页 简介</a><a href='#'>"
    "下一页 配置</a></nav></article>",
    (
        "命令行工具支持 Windows、macOS 和 Linux。",
        "brew install qiao-cli",
        "安装后运行 qiao --version 检查版本。",
    ),
    ("在 GitHub 上编辑此页", "上一页 简介", "下一页 配置"),
    path="docs/install",
)

add(
    "wiki_infobox_and_navbox",
    SITES["cs"],
    "Hrad Zvíkov",
    "<div id='content' class='mw-body'><h1 id='firstHeading'>Hrad Zvíkov</h1><div "
    "id='mw-content-text'><table class='infobox'><tr><th colspan='2'>Hrad Zvíkov</th></tr><tr>"
    "<th>Založen</th><td>13. století</td></tr><tr><th>Sloh</th><td>gotika</td></tr><tr><th>"
    "Vlastník</th><td>Schwarzenbergové</td></tr></table>"
    + paras(
        "Zvíkov je gotický hrad na skalnatém ostrohu nad soutokem Vltavy a Otavy.",
        "Byl založen ve 13. století jako královský hrad a patří k nejcennějším stavbám v Čechách.",
    )
    + "<h2><span class='mw-headline'>Historie</span><span class='mw-editsection'>[<a href='#'>"
    "editovat</a>]</span></h2>"
    + paras("Za husitských válek hrad odolal obléhání a sloužil jako úkryt korunovačních klenotů.")
    + _navbox("Hrady v Jihočeském kraji", "Orlík", "Hluboká", "Kašperk")
    + "</div><div id='catlinks' class='catlinks'><a href='/k'>Kategorie</a>: <a href='/k/1'>"
    "Hrady v okrese Písek</a></div></div>",
    (
        "Zvíkov je gotický hrad na skalnatém ostrohu nad soutokem Vltavy a Otavy.",
        "Za husitských válek hrad odolal obléhání",
        "Schwarzenbergové",
    ),
    ("editovat", "Hrady v Jihočeském kraji", "Hrady v okrese Písek", "Kašperk"),
    path="wiki/Hrad_Zvikov",
)

add(
    "wiki_fandom_aside_infobox",
    SITES["fi"],
    "Kalevan miekka",
    "<main class='page__main'><h1 class='page-header__title'>Kalevan miekka</h1><div "
    "class='mw-parser-output'><aside class='portable-infobox pi-theme-default'><h2 "
    "class='pi-title'>Kalevan miekka</h2><div class='pi-item pi-data'><h3 class='pi-data-"
    "label'>Tyyppi</h3><div class='pi-data-value'>Taikamiekka</div></div><div class='pi-item "
    "pi-data'><h3 class='pi-data-label'>Omistaja</h3><div class='pi-data-value'>Kullervo</div>"
    "</div></aside>"
    + paras(
        "Kalevan miekka on pelin kolmannessa luvussa löytyvä ase.",
        "Miekka löytyy Pohjolan kellarista, kun pelaaja on ratkaissut kolme arvoitusta.",
    )
    + "</div><div class='page-footer'><div class='wds-tabs'><a>Kommentit</a></div><section "
    "class='rail-module recent-wiki-activity'><h2>Viimeisimmät muutokset</h2><ul><li>Sampo"
    "</li></ul></section></div></main>",
    (
        "Kalevan miekka on pelin kolmannessa luvussa löytyvä ase.",
        "Miekka löytyy Pohjolan kellarista",
        "Taikamiekka",
        "Kullervo",
    ),
    ("Viimeisimmät muutokset",),
    path="wiki/Kalevan_miekka",
)

add(
    "wiki_arabic_entry_with_references",
    SITES["ar"],
    "قلعة صلاح الدين",
    "<div class='mw-body'><h1>قلعة صلاح الدين</h1><div class='mw-parser-output'><table "
    "class='infobox'><tr><th>الموقع</th><td>القاهرة</td></tr><tr><th>بنيت</th><td>1176</td></tr>"
    "</table>"
    + paras(
        "قلعة صلاح الدين حصن بناه صلاح الدين الأيوبي على جبل المقطم.",
        "ظلت القلعة مقرا لحكم مصر قرابة سبعة قرون.",
    )
    + "<h2>انظر أيضا</h2><ul><li><a href='/w/1'>مسجد محمد علي</a></li></ul><div "
    "class='printfooter'>مأخوذة من الموقع</div></div></div>",
    (
        "قلعة صلاح الدين حصن بناه صلاح الدين الأيوبي على جبل المقطم.",
        "ظلت القلعة مقرا لحكم مصر",
        "القاهرة",
    ),
    ("مأخوذة من الموقع",),
    path="wiki/qalaa",
)

add(
    "listing_job_ad",
    SITES["nl"],
    "Vacature: monteur zonnepanelen (32-40 uur)",
    "<div class='vacancy'><h1>Vacature: monteur zonnepanelen (32-40 uur)</h1><ul "
    "class='vacancy-facts'><li>Locatie: Zwolle</li><li>Salaris: € 2.900 – € 3.600</li><li>"
    "Dienstverband: vast</li></ul><a class='btn apply' href='#'>Direct solliciteren</a>"
    "<h2>Wat ga je doen?</h2>"
    + paras("Je plaatst zonnepanelen op daken van woningen in de regio, samen met een collega.")
    + "<h2>Wat vragen wij?</h2><ul><li>Een mbo-diploma elektrotechniek</li><li>Rijbewijs B"
    "</li></ul><div class='share-job'><span>Deel deze vacature</span></div><section "
    "class='similar-jobs'><h2>Vergelijkbare vacatures</h2><ul><li><a href='#'>Installateur "
    "warmtepompen</a></li></ul></section></div>",
    ("Locatie: Zwolle", "Je plaatst zonnepanelen op daken", "Een mbo-diploma elektrotechniek"),
    (
        "Direct solliciteren",
        "Deel deze vacature",
        "Vergelijkbare vacatures",
        "Installateur warmtepompen",
    ),
    path="vacatures/monteur-zonnepanelen",
)

add(
    "listing_flat_to_let",
    SITES["pt"],
    "Apartamento T2 com varanda em Alvalade",
    "<div class='listing-detail'><h1>Apartamento T2 com varanda em Alvalade</h1><div "
    "class='listing-price'>1.150 €/mês</div><ul class='listing-features'><li>Área útil: 78 m²"
    "</li><li>Quartos: 2</li><li>Certificado energético: B</li></ul><div class='listing-"
    "description'><h2>Descrição</h2>"
    + paras(
        "Apartamento renovado num terceiro andar com elevador, a cinco minutos do metro.",
        "A varanda virada a sul recebe sol durante toda a tarde.",
    )
    + "</div><div class='contact-agent'><p>Contactar anunciante</p><form><input><button>"
    "Enviar mensagem</button></form></div><section class='similar-listings'><h2>Imóveis "
    "semelhantes</h2><ul><li><a href='#'>T1 em Arroios</a></li></ul></section></div>",
    ("Área útil: 78 m²", "Apartamento renovado num terceiro andar", "A varanda virada a sul"),
    ("Contactar anunciante", "Imóveis semelhantes", "T1 em Arroios"),
    path="imovel/t2-alvalade",
)

add(
    "listing_used_car_spec_dl",
    SITES["pl"],
    "Škoda Octavia III 1.6 TDI kombi, 2018",
    "<div class='offer'><h1>Škoda Octavia III 1.6 TDI kombi, 2018</h1><div class='offer-"
    "price'>42 900 PLN</div><dl class='offer-params'><dt>Przebieg</dt><dd>168 000 km</dd>"
    "<dt>Rodzaj paliwa</dt><dd>Diesel</dd><dt>Skrzynia biegów</dt><dd>Manualna</dd></dl><div "
    "class='offer-description'><h2>Opis</h2>"
    + paras(
        "Samochód kupiony w polskim salonie, serwisowany w ASO do końca.",
        "Rozrząd wymieniony przy 150 tys. km, opony zimowe w komplecie.",
    )
    + "</div><div class='seller-card'><p>Sprzedający: Auto-Handel Nowak</p><a>Pokaż numer</a>"
    "</div><p class='offer-id'>ID ogłoszenia: 6100234</p></div>",
    ("168 000 km", "Samochód kupiony w polskim salonie", "Rozrząd wymieniony przy 150 tys. km"),
    ("Pokaż numer", "ID ogłoszenia: 6100234"),
    path="oferta/octavia-1-6-tdi",
)

add(
    "match_report_with_facts_box",
    SITES["it"],
    "Pallavolo: la Virtus batte il Cus in quattro set",
    "<article class='match-report'><h1>Pallavolo: la Virtus batte il Cus in quattro set</h1>"
    "<div class='match-info'><ul><li>Serie B maschile</li><li>Sabato 5 dicembre, ore 18</li>"
    "<li>Palazzetto Comunale di Ferrara</li></ul><table class='score'><tr><td>Virtus</td><td>3"
    "</td></tr><tr><td>Cus</td><td>1</td></tr></table></div>"
    + paras(
        "La Virtus torna alla vittoria davanti al proprio pubblico dopo due sconfitte.",
        "Decisivo il terzo set, vinto ai vantaggi grazie a tre muri consecutivi.",
    )
    + "</article>",
    (
        "Palazzetto Comunale di Ferrara",
        "La Virtus torna alla vittoria davanti al proprio pubblico",
        "Decisivo il terzo set, vinto ai vantaggi",
    ),
    (),
    path="sport/pallavolo-virtus-cus",
)

add(
    "event_page_with_facts_and_ticket_button",
    SITES["sv"],
    "Julkonsert med Domkyrkans gosskör",
    "<div class='event'><h1>Julkonsert med Domkyrkans gosskör</h1><div class='event-facts'>"
    "<p><span class='label'>Datum:</span> 19 december 2026, kl. 16.00</p><p><span "
    "class='label'>Plats:</span> Domkyrkan, Uppsala</p></div><a class='btn ticket' href='#'>"
    "Köp biljett</a>"
    + paras(
        "Gosskören sjunger traditionella julsånger och nyskriven musik av Anna Berg.",
        "Konserten är cirka en timme lång och passar hela familjen.",
    )
    + "<div class='add-to-calendar'><a href='#'>Lägg till i kalendern</a></div></div>",
    (
        "Domkyrkan, Uppsala",
        "Gosskören sjunger traditionella julsånger",
        "Konserten är cirka en timme lång",
    ),
    ("Köp biljett", "Lägg till i kalendern"),
    path="evenemang/julkonsert",
)

add(
    "service_page_with_boxed_list",
    SITES["tr"],
    "Kapadokya'da rehberli yürüyüş turları",
    "<div class='page-content'><h1>Kapadokya'da rehberli yürüyüş turları</h1>"
    + paras(
        "Turlarımız Güvercinlik Vadisi'nden başlar ve Uçhisar'da gün batımıyla biter.",
        "Gruplar en fazla on iki kişiden oluşur, böylece rehber herkese zaman ayırabilir.",
    )
    + "<div class='frame'><div class='box-title'><h3>Fiyata dahil olanlar</h3></div><ul "
    "class='sc-list'><li>Profesyonel rehber</li><li>Otelden transfer</li><li>Öğle yemeği</li>"
    "</ul></div><div class='cta-box'><p>Hemen rezervasyon yapın</p><a href='#'>Rezervasyon"
    "</a></div></div>",
    (
        "Turlarımız Güvercinlik Vadisi'nden başlar",
        "Gruplar en fazla on iki kişiden oluşur",
        "Profesyonel rehber",
        "Otelden transfer",
    ),
    ("Hemen rezervasyon yapın",),
    path="turlar/kapadokya-yuruyus",
)

add(
    "hindi_scheme_listing_with_table",
    SITES["hi"],
    "प्रधानमंत्री आवास योजना: पात्रता और दस्तावेज़",
    "<div class='post-content'><h1>प्रधानमंत्री आवास योजना: पात्रता और दस्तावेज़</h1>"
    + paras("इस योजना में कम आय वाले परिवारों को घर बनाने के लिए सहायता मिलती है।")
    + rows(("आय सीमा", "3 लाख रुपये तक"), ("सहायता राशि", "1.2 लाख रुपये"), head=("विवरण", "जानकारी"))
    + "<h2>ज़रूरी दस्तावेज़</h2><ul><li>आधार कार्ड</li><li>आय प्रमाण पत्र</li></ul><div "
    "class='telegram-box'><p>हमारे टेलीग्राम चैनल से जुड़ें</p></div></div>",
    (
        "इस योजना में कम आय वाले परिवारों को घर बनाने के लिए सहायता मिलती है।",
        "3 लाख रुपये तक",
        "आय प्रमाण पत्र",
    ),
    ("हमारे टेलीग्राम चैनल से जुड़ें",),
    path="yojana/pmay",
)

add(
    "russian_docs_faq_details",
    SITES["ru"],
    "Частые вопросы о подписке",
    "<main class='help-center'><h1>Частые вопросы о подписке</h1><details><summary>Как "
    "отменить подписку?</summary><p>Откройте настройки профиля и нажмите «Отменить».</p>"
    "</details><details><summary>Вернут ли деньги?</summary><p>Деньги за неиспользованный "
    "месяц возвращаются в течение десяти дней.</p></details><div class='help-footer'><p>Не "
    "нашли ответ? Напишите в поддержку</p></div></main>",
    (
        "Как отменить подписку?",
        "Откройте настройки профиля и нажмите «Отменить».",
        "Деньги за неиспользованный месяц возвращаются в течение десяти дней.",
    ),
    ("Не нашли ответ? Напишите в поддержку",),
    path="help/subscription",
)

add(
    "korean_blog_review_with_comments",
    SITES["ko"],
    "제주 올레길 7코스 걷기 후기",
    "<div class='se-main-container'><h1>제주 올레길 7코스 걷기 후기</h1>"
    + paras(
        "외돌개에서 시작해 월평까지 약 17킬로미터를 다섯 시간 동안 걸었다.",
        "해안 절벽을 따라 걷는 구간이 가장 아름다웠다.",
    )
    + "<div class='post-btn'><span>공감 24</span><span>댓글 3</span></div></div><div "
    "class='comment-area'><ul><li><span class='nick'>바다</span><p>저도 다음 달에 가요!</p></li>"
    "</ul></div>",
    ("외돌개에서 시작해 월평까지 약 17킬로미터를", "해안 절벽을 따라 걷는 구간이 가장 아름다웠다."),
    ("공감 24", "저도 다음 달에 가요!"),
    path="olle-7",
)

add(
    "hebrew_forum_thread",
    SITES["he"],
    "איך מנקים עדשת מצלמה?",
    "<div class='forum-thread'><h1>איך מנקים עדשת מצלמה?</h1><div class='msg'><div "
    "class='msg-author'>דנה <span>הודעות: 14</span></div><div class='msg-body'><p>יש כתמים על "
    "העדשה אחרי טיול בחוף, ממה כדאי להיזהר?</p></div></div><div class='msg'><div "
    "class='msg-author'>צלם_ותיק <span>הודעות: 3,210</span></div><div class='msg-body'><p>קודם "
    "מעיפים חול במשאבת אוויר ורק אחר כך מנגבים במטלית מיקרופייבר.</p></div><div "
    "class='msg-sig'>בברכה, יוסי. צילום זה אור.</div></div></div>",
    ("יש כתמים על העדשה אחרי טיול בחוף", "קודם מעיפים חול במשאבת אוויר"),
    ("בברכה, יוסי. צילום זה אור.", "הודעות: 3,210"),
    path="forum/lens-cleaning",
)
