"""A blind probe (round 60, issue 11): furniture written as full sentences, the kind a
density-based extractor keeps by mistake, written without reading the extractor. Stories in
many languages and scripts, in six shells (WordPress, an Arc-like renderer, a bespoke
Bootstrap site, Drupal, a Ghost-like blog, a CSS-in-JS build whose classes are hashes), each
with prose furniture inside or beside its container: cookie and consent notices as
paragraphs, newsletter sign-up sentences between paragraphs, an author's bio paragraph
after the text, "why we publish this" and ethics-policy paragraphs, a standing disclaimer
printed under every story, affiliate disclosures, comments written as long paragraphs, a
paywall teaser, a company's "about" boilerplate, a site's mission statement, a long image
licence credit, accessibility notices, "translated by AI" notes, event promotions set
mid-story and donation appeals. All of those are must-nots.

Must-lines are the story's paragraphs and subheadings, a correction or editor's note on
the story (the paper's word on this story: content), and in several stories a real
paragraph that talks about cookies, subscriptions, donations or translation, so that
recall stays honest. Every name, place and sentence here is invented."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from .pages import Probes, page

PROBES = Probes()


@attrs.frozen
class Part:
    """A piece of a page: the story's own (``must``) or furniture (``out``)."""

    html: str
    must: tuple[str, ...] = ()
    out: tuple[str, ...] = ()


def p(text: str) -> Part:
    return Part(f"<p>{text}</p>", (text,))


def h(text: str) -> Part:
    return Part(f"<h2>{text}</h2>", (text,))


def correction(label: str, text: str) -> Part:
    """The paper's correction or editor's note on this story: content."""
    return Part(f"<p><em><strong>{label}</strong> {text}</em></p>", (label, text))


def prose(text: str, cls: str = "", tag: str = "p", em: bool = False) -> Part:
    """Furniture as one paragraph of sentences, with or without a class that names it."""
    attr = f" class='{cls}'" if cls else ""
    inner = f"<em>{text}</em>" if em else text
    return Part(f"<{tag}{attr}>{inner}</{tag}>", out=(text,))


def linked(text: str, link: str, cls: str = "", href: str = "/newsletters") -> Part:
    """Furniture as a sentence ending on a link (sign up, donate, see the event)."""
    attr = f" class='{cls}'" if cls else ""
    return Part(f"<p{attr}>{text} <a href='{href}'>{link}</a></p>", out=(text,))


def boxed(cls: str, title: str, text: str, button: str = "") -> Part:
    """Furniture as a titled box of prose."""
    btn = f"<a class='button' href='/x'>{button}</a>" if button else ""
    return Part(f"<div class='{cls}'><h3>{title}</h3><p>{text}</p>{btn}</div>", out=(title, text))


def bio(text: str, cls: str = "author-bio") -> Part:
    return Part(
        f"<div class='{cls}'><img src='/img/author.jpg' alt=''><p>{text}</p></div>", out=(text,)
    )


def comments(title: str, entries: tuple[tuple[str, str], ...]) -> Part:
    items = "".join(
        f"<li class='comment'><div class='comment-meta'><b>{who}</b> <time>2026-10-01"
        f"</time></div><div class='comment-body'><p>{text}</p></div></li>"
        for who, text in entries
    )
    return Part(
        f"<section class='comments'><h2>{title}</h2><ol>{items}</ol></section>",
        out=tuple(text for _, text in entries),
    )


def credit(text: str) -> Part:
    """A picture with a long licence credit under it."""
    return Part(
        f"<figure><img src='/img/p.jpg' alt=''><figcaption><small>{text}</small></figcaption>"
        "</figure>",
        out=(text,),
    )


# --- the shells


def wordpress(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<div id='page' class='site'><div id='content' class='site-content'><main id='main' "
        f"class='site-main'><article class='post hentry'><header class='entry-header'><h1 "
        f"class='entry-title'>{title}</h1><span class='posted-on'>2026-10-02</span></header>"
        f"<div class='entry-content'>{body}</div></article>{after}</main></div></div>",
        dir_=dir_,
    )


def arc(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    paras = body.replace("<p>", "<p class='c-paragraph'>")
    return page(
        lang,
        title,
        f"<main class='b-article'><article class='b-article-body'><h1 class='c-heading'>{title}"
        "</h1><div class='c-byline'>By Staff</div><div class='article-body-wrapper'>"
        f"{paras}</div></article>{after}</main>",
        dir_=dir_,
    )


def bespoke(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<div class='container'><div class='row'><div class='col-md-8'><div class='news-detail'>"
        f"<h1>{title}</h1><div class='news-date'>02.10.2026</div><div class='news-text'>{body}"
        f"</div></div>{after}</div><div class='col-md-4'><div class='widget'><h4>Top</h4><ul>"
        "<li><a href='/t/1'>Top 1</a></li><li><a href='/t/2'>Top 2</a></li></ul></div></div>"
        "</div></div>",
        dir_=dir_,
    )


def drupal(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<div class='layout-container'><main role='main'><div class='region region-content'>"
        f"<article class='node node--type-article'><h1 class='page-title'><span>{title}</span>"
        "</h1><div class='node__content'><div class='field field--name-body field--type-text-"
        f"with-summary'>{body}</div></div></article>{after}</div></main></div>",
        dir_=dir_,
    )


def ghost(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<main id='site-main' class='site-main'><article class='article post'><header "
        f"class='article-header gh-canvas'><h1 class='article-title'>{title}</h1></header>"
        f"<section class='gh-content gh-canvas'>{body}</section></article>{after}</main>",
        dir_=dir_,
    )


def hashed(lang: str, title: str, body: str, after: str, dir_: str) -> str:
    """A CSS-in-JS build: every class a hash, so only words and tags tell furniture."""
    n = [0]

    def cls() -> str:
        n[0] += 1
        return f"css-{(n[0] * 7919) % 99991:x}q"

    html = re.sub(r"class='[^']*'", lambda _m: f"class='{cls()}'", body + "\x00" + after)
    body2, after2 = html.split("\x00")
    return page(
        lang,
        title,
        f"<div id='__next'><main class='css-1a2b'><article class='css-9z8y'><h1 "
        f"class='css-h1x'>{title}</h1><div class='css-77aa'>{body2}</div></article>{after2}"
        "</main></div>",
        dir_=dir_,
    )


Shell = Callable[[str, str, str, str, str], str]


def adder(probes: Probes) -> Callable[..., None]:
    """The ``add`` of a probe module whose pages are a ``Shell`` around ``Part``s (this one's
    and ``furniture_words``'): each part's must and must-not lines go with its markup."""

    def add(
        name: str,
        url: str,
        lang: str,
        shell: Shell,
        title: str,
        parts: list[Part],
        after: tuple[Part, ...] = (),
        dir_: str = "ltr",
    ) -> None:
        body = "".join(part.html for part in parts)
        tail = "".join(part.html for part in after)
        must = tuple(line for part in parts for line in part.must)
        out = tuple(line for part in (*parts, *after) for line in part.out)
        probes.add(name, url, shell(lang, title, body, tail, dir_), must, out)

    return add


add = adder(PROBES)


# --- the stories

add(
    "en_wp_affiliate_disclosure_and_bio",
    "https://gearhollow.example.com/2026/10/best-trail-lanterns/",
    "en",
    wordpress,
    "We tested six trail lanterns through a wet autumn",
    [
        prose(
            "Gearhollow is reader-supported. When you buy through links on our site, we may "
            "earn an affiliate commission at no extra cost to you.",
            em=True,
        ),
        p(
            "Over six weeks of rain on the Marrowby ridge we carried six lanterns on every "
            "night walk, hung them in tents and dropped each one twice onto wet rock."
        ),
        p(
            "The Pellard Glow lasted longest on one charge, a little over nineteen hours on "
            "its middle setting, though its hook snapped in the cold on the fourth night."
        ),
        h("The one we would buy"),
        p(
            "The cheaper Wrenlight 2 was dimmer but survived every drop, and its dial is easy "
            "to turn with gloves, which matters more than lumens when your hands are numb."
        ),
        bio(
            "Tomasz Reeve is a senior reviewer at Gearhollow who has tested outdoor gear for "
            "eleven years. He lives in the hills with two dogs and too many tents."
        ),
    ],
)

add(
    "de_arc_newsletter_prose_between_paragraphs",
    "https://www.rheintaler-bote.example.de/lokales/bruecke-gesperrt-2026",
    "de",
    arc,
    "Alte Rheinbrücke bleibt bis März gesperrt",
    [
        p(
            "Die alte Rheinbrücke zwischen Lindhafen und Sommersdorf bleibt nach einem "
            "Gutachten bis mindestens Ende März für den Autoverkehr gesperrt."
        ),
        p(
            "Prüfer hatten im September Risse an zwei Stahlträgern gefunden, die nach Angaben "
            "der Stadt schneller gewachsen sind als erwartet."
        ),
        linked(
            "Sie möchten wissen, was in Ihrer Stadt passiert? Unser kostenloser Newsletter "
            "bringt Ihnen jeden Morgen um sechs Uhr die wichtigsten Nachrichten aus der Region "
            "direkt ins Postfach.",
            "Jetzt anmelden",
        ),
        p(
            "Fußgänger und Radfahrer dürfen die Brücke weiter nutzen, Busse fahren eine "
            "Umleitung über die Autobahnbrücke, die pro Fahrt etwa zwölf Minuten kostet."
        ),
        p(
            "Der Bürgermeister kündigte an, im Frühjahr über einen Neubau zu entscheiden, der "
            "nach ersten Schätzungen rund vierzig Millionen Euro kosten würde."
        ),
    ],
)

add(
    "fr_drupal_cookie_paragraph_in_body",
    "https://www.lecho-des-combes.example.fr/societe/2026/10/marche-couvert-rouvre",
    "fr",
    drupal,
    "Le marché couvert de Saint-Aulaire rouvre après deux ans de travaux",
    [
        p(
            "Le marché couvert de Saint-Aulaire a rouvert samedi matin après deux ans de "
            "travaux, avec quarante-deux étals au lieu des trente d'avant la rénovation."
        ),
        prose(
            "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. "
            "En cliquant sur « J'accepte », les cookies seront déposés et vous pourrez "
            "visualiser la vidéo.",
            cls="tarteaucitron-placeholder",
        ),
        p(
            "La halle, construite en 1911, a gardé sa charpente métallique, mais son toit a "
            "été refait et isolé, et des panneaux solaires couvrent désormais le versant sud."
        ),
        p(
            "« On a retrouvé nos clients dès sept heures », racontait une fromagère installée "
            "là depuis vingt ans, entre deux pesées de tomme."
        ),
    ],
)

add(
    "es_wp_standing_disclaimer_and_correction",
    "https://www.diariodelvalle.example.es/opinion/2026/10/el-agua-del-embalse",
    "es",
    wordpress,
    "El agua del embalse no es de nadie",
    [
        p(
            "El embalse de Valdecerro está al treinta y uno por ciento de su capacidad y los "
            "regantes ya han pedido que se adelante el reparto del próximo año."
        ),
        p(
            "Conviene recordar que esa agua abastece a tres ciudades antes que a ningún "
            "campo, y que la ley lo dice con claridad desde hace décadas."
        ),
        correction(
            "Corrección:",
            "Una versión anterior de este artículo decía que el embalse estaba al veintiuno "
            "por ciento. La cifra correcta es el treinta y uno por ciento.",
        ),
        prose(
            "Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores "
            "y no representan necesariamente la línea editorial de este periódico.",
            cls="disclaimer",
        ),
    ],
)

add(
    "it_bespoke_paywall_teaser_prose",
    "https://www.gazzettadelgolfo.example.it/cronaca/porto-nuove-gru",
    "it",
    bespoke,
    "Al porto arrivano tre nuove gru elettriche",
    [
        p(
            "Tre nuove gru elettriche sono arrivate martedì al porto di Castelmare, dopo un "
            "viaggio di sei settimane su una nave partita da Rotterdam."
        ),
        p(
            "Sostituiranno le gru a gasolio del molo sud, che secondo l'autorità portuale "
            "producevano da sole un quinto delle emissioni dello scalo."
        ),
        prose(
            "Questo articolo è riservato agli abbonati. Per continuare a leggere abbonati ora: "
            "il primo mese costa un euro e puoi disdire quando vuoi.",
            cls="paywall-msg",
        ),
    ],
)

add(
    "pt_ghost_donation_appeal_prose",
    "https://fronteira.example.pt/rios-secos-do-interior/",
    "pt",
    ghost,
    "Os rios secos do interior",
    [
        p(
            "Em agosto, pela primeira vez em quarenta anos, o rio Almança deixou de correr "
            "durante três semanas entre Vilar Seco e a foz."
        ),
        p(
            "Os agricultores da margem dizem que os furos ilegais multiplicaram-se desde a "
            "última seca, e a agência do ambiente admite que não tem fiscais suficientes."
        ),
        p(
            "Um estudo da universidade local estima que metade da água retirada no verão não "
            "consta de nenhum registo oficial."
        ),
        prose(
            "O Fronteira é um jornal independente, sem publicidade e sem dono. Só existimos "
            "porque os nossos leitores nos apoiam. Se este trabalho te parece importante, "
            "considera fazer um donativo mensal: cada contribuição conta.",
            cls="kg-callout-text",
        ),
    ],
)

add(
    "nl_hashed_ai_translation_note",
    "https://www.noorderkrant.example.nl/buitenland/grensbrug-open",
    "nl",
    hashed,
    "Nieuwe grensbrug tussen Eemsdal en Leerhoven open",
    [
        prose(
            "Dit artikel is oorspronkelijk in het Duits verschenen en met behulp van "
            "kunstmatige intelligentie vertaald. De redactie heeft de vertaling nagelezen.",
            cls="x",
            em=True,
        ),
        p(
            "De nieuwe fietsbrug over de Eems tussen Eemsdal en Leerhoven is zaterdag geopend "
            "door de burgemeesters van beide steden, die elkaar halverwege de brug de hand "
            "schudden."
        ),
        p(
            "Tot nu toe moesten fietsers elf kilometer omrijden via de snelwegbrug; de nieuwe "
            "verbinding kort de route voor ongeveer achthonderd scholieren per dag in."
        ),
    ],
)

add(
    "pl_wp_accessibility_notice_and_bio",
    "https://gazetaznadwisly.example.pl/2026/10/nowe-przystanki/",
    "pl",
    wordpress,
    "Nowe przystanki autobusowe na osiedlu Łąkowym",
    [
        p(
            "Na osiedlu Łąkowym stanęło sześć nowych przystanków z wiatami, ławkami i "
            "tablicami, które pokazują czas przyjazdu autobusów."
        ),
        p(
            "Mieszkańcy od lat skarżyli się, że najbliższy przystanek był oddalony o "
            "ponad kilometr od szkoły i przychodni."
        ),
        prose(
            "Dbamy o dostępność naszego serwisu. Jeśli korzystasz z czytnika ekranu i "
            "napotkasz problem z odczytaniem tego artykułu, napisz do nas, a postaramy się "
            "go rozwiązać.",
            cls="a11y-note",
        ),
        bio(
            "Katarzyna Wolańska jest dziennikarką działu miejskiego. Zajmuje się transportem "
            "publicznym i planowaniem przestrzennym, wcześniej pracowała w radiu.",
            cls="author-box",
        ),
    ],
)

add(
    "sv_drupal_why_we_wrote_this",
    "https://www.norrlandsposten.example.se/nyheter/vargen-i-byn",
    "sv",
    drupal,
    "Byn som lärde sig leva med vargen",
    [
        p(
            "I Östra Krokfors har tre vargar setts vid skolan sedan i våras, och föräldrarna "
            "har turats om att följa barnen till bussen."
        ),
        p(
            "Länsstyrelsen har satt upp kameror och säger att djuren än så länge inte visat "
            "något aggressivt beteende mot människor."
        ),
        boxed(
            "why-box",
            "Därför skriver vi om det här",
            "Vi får många frågor från läsare om rovdjur nära bebyggelse. Vi vill berätta om "
            "hur vardagen ser ut i byarna, utan att skrämma eller förminska. Läs mer om våra "
            "publicistiska principer på vår sida om etik.",
        ),
        p(
            "Till vintern ska kommunen bygga ett stängsel runt skolgården, betalt av ett "
            "statligt bidrag på 400 000 kronor."
        ),
    ],
)

add(
    "cs_bespoke_event_promo_mid_story",
    "https://www.jihovychodni-listy.example.cz/zpravy/vinobrani-2026",
    "cs",
    bespoke,
    "Vinobraní přilákalo rekordních dvacet tisíc lidí",
    [
        p(
            "Letošní vinobraní ve Valticích přilákalo podle pořadatelů rekordních dvacet "
            "tisíc návštěvníků, o čtvrtinu víc než loni."
        ),
        prose(
            "Přijďte na Podzimní fórum Jihovýchodních listů! Ve čtvrtek 12. listopadu od "
            "18 hodin v Městském divadle debatujeme s hejtmanem o budoucnosti regionu. Vstup "
            "je zdarma, registrujte se na našem webu.",
            cls="promo-box",
        ),
        p(
            "Vinaři si pochvalovali suché počasí, které podle nich dává naději na "
            "mimořádně kvalitní ročník, zejména u ryzlinku a veltlínu."
        ),
        p(
            "Město letos poprvé zavedlo vratné kelímky a podle radnice se tím podařilo "
            "snížit množství odpadu téměř o polovinu."
        ),
    ],
)

add(
    "tr_arc_company_boilerplate",
    "https://www.ekonomigundemi.example.com.tr/sirketler/yeni-fabrika",
    "tr",
    arc,
    "Kaya Tekstil Manisa'da yeni fabrika açtı",
    [
        p(
            "Kaya Tekstil, Manisa'daki yeni fabrikasını salı günü düzenlenen törenle açtı; "
            "tesiste ilk aşamada dört yüz kişi çalışacak."
        ),
        p(
            "Şirketin genel müdürü Selin Aydın, üretimin yüzde yetmişinin Avrupa'ya ihraç "
            "edileceğini ve enerjinin bir bölümünün çatıdaki güneş panellerinden "
            "sağlanacağını söyledi."
        ),
        p("Fabrikanın yatırım tutarı yaklaşık iki milyar lira olarak açıklandı."),
        prose(
            "Kaya Tekstil Hakkında: 1978 yılında kurulan Kaya Tekstil, ev tekstili alanında "
            "Türkiye'nin önde gelen üreticilerinden biridir ve ürünlerini otuz ülkeye ihraç "
            "etmektedir. Daha fazla bilgi için şirketin internet sitesini ziyaret edin.",
            cls="c-paragraph",
        ),
    ],
)

add(
    "ru_drupal_comments_long_paragraphs",
    "https://www.volzhskie-vesti.example.ru/gorod/naberezhnaya-2026",
    "ru",
    drupal,
    "Набережную достроят к весне",
    [
        p(
            "Строители завершили укладку плитки на второй очереди набережной в Заречном "
            "районе, осталось установить фонари и скамейки."
        ),
        p(
            "По словам подрядчика, работы задержались из-за летних дождей, но открыть "
            "участок для прогулок планируют к первому мая."
        ),
        p(
            "Третья очередь набережной пока существует только на бумаге: деньги на нее "
            "в бюджете следующего года не заложены."
        ),
    ],
    after=(
        comments(
            "Комментарии",
            (
                (
                    "Геннадий_В",
                    "Я живу в Заречном тридцать лет и помню, как эту набережную обещали ещё "
                    "в девяностые. Плитка, конечно, красивая, но к реке всё равно не "
                    "спуститься, лестницы так и не сделали, а пожилым людям без них никак.",
                ),
                (
                    "marina_k",
                    "Хорошо бы вместо очередных скамеек подумали о туалетах и о том, где "
                    "парковаться. Летом по выходным там невозможно пройти, все машины стоят "
                    "прямо на газонах, и никто за это не штрафует.",
                ),
            ),
        ),
    ),
)

add(
    "uk_wp_donation_and_mission_footer",
    "https://hromada-news.example.ua/2026/10/shkilni-avtobusy/",
    "uk",
    wordpress,
    "Громада отримала чотири нові шкільні автобуси",
    [
        p(
            "Чотири нові шкільні автобуси передали громаді в понеділок, і вже з "
            "наступного тижня вони возитимуть дітей із дванадцяти сіл до опорної школи."
        ),
        p(
            "Раніше частина учнів добиралася на уроки рейсовими маршрутками, які нерідко "
            "не зупинялися через переповненість."
        ),
        linked(
            "Ми — незалежне локальне медіа, і наша журналістика існує завдяки читачам. "
            "Підтримайте нас щомісячним внеском, щоб ми могли й далі писати про вашу громаду.",
            "Підтримати",
            cls="support-us",
            href="/donate",
        ),
    ],
    after=(
        prose(
            "Наша місія — чесно і незалежно розповідати про життя громад, давати слово "
            "людям і допомагати їм ухвалювати рішення на основі фактів.",
            cls="mission",
            tag="div",
        ),
    ),
)

add(
    "ar_bespoke_ethics_policy_paragraph",
    "https://www.sahil-news.example.com/local/2026/10/desalination",
    "ar",
    bespoke,
    "محطة تحلية جديدة تزود ثلاث مدن بالمياه",
    [
        p(
            "افتتحت وزارة المياه يوم الأحد محطة تحلية جديدة على الساحل الشمالي، قادرة على "
            "إنتاج مئة وعشرين ألف متر مكعب يوميا."
        ),
        p(
            "وقال مدير المشروع إن المحطة ستغطي احتياجات ثلاث مدن ساحلية، وإن الانقطاعات "
            "الصيفية في المياه يجب أن تتراجع بشكل ملحوظ."
        ),
        p(
            "وتعمل المحطة جزئيا بالطاقة الشمسية، ما يخفض كلفة التشغيل بنحو الربع وفق "
            "تقديرات الوزارة."
        ),
        prose(
            "تلتزم صحيفة الساحل بميثاق الشرف الصحفي، وتحرص على التحقق من المعلومات قبل "
            "نشرها. لمعرفة المزيد عن سياستنا التحريرية وطريقة تصحيح الأخطاء، يرجى زيارة "
            "صفحة المعايير.",
            cls="editorial-standards",
        ),
    ],
    dir_="rtl",
)

add(
    "he_ghost_ai_translation_and_newsletter",
    "https://mekomon.example.co.il/shuk-hadash/",
    "he",
    ghost,
    "השוק החדש בשכונת הגפן נפתח",
    [
        prose(
            "כתבה זו תורגמה מערבית באמצעות בינה מלאכותית ונבדקה על ידי עורך.",
            em=True,
        ),
        p(
            "השוק החדש בשכונת הגפן נפתח ביום שישי עם שלושים דוכנים של ירקות, תבלינים ומאפים, "
            "ומאות תושבים הגיעו כבר בשעות הבוקר."
        ),
        p(
            "העירייה אומרת כי השוק יפעל פעמיים בשבוע, וכי הדוכנים ניתנו בעדיפות לחקלאים "
            "מהכפרים הסמוכים."
        ),
        linked(
            "רוצים לקבל את החדשות המקומיות ישירות למייל? הירשמו לניוזלטר השבועי שלנו וקבלו "
            "כל יום חמישי סיכום של מה שקרה בשכונה.",
            "להרשמה",
        ),
    ],
    dir_="rtl",
)

add(
    "ja_hashed_image_licence_credit",
    "https://www.kitakaze-shinbun.example.jp/news/20261003-bridge",
    "ja",
    hashed,
    "旧木橋、百年ぶりに架け替えへ",
    [
        p(
            "市は二日、大正時代に造られた川沿いの木橋を来年度から架け替えると発表した。"
            "老朽化が進み、昨年から通行止めが続いていた。"
        ),
        credit(
            "写真：山野辺一郎、クリエイティブ・コモンズ 表示-継承 4.0 国際ライセンス"
            "（CC BY-SA 4.0）の下に提供されています。画像は一部トリミングしています。"
        ),
        p(
            "新しい橋も木造とし、地元の杉を使う。工事費は約三億円で、国の補助金を"
            "充てる予定だという。"
        ),
        p(
            "近くに住む八十代の女性は「子どものころから渡ってきた橋。形が残るなら"
            "うれしい」と話した。"
        ),
    ],
)

add(
    "zh_bespoke_standing_disclaimer",
    "https://www.nanfang-ribao.example.cn/city/2026/10/03/metro",
    "zh",
    bespoke,
    "地铁六号线南延段开通",
    [
        p(
            "地铁六号线南延段于三日上午正式开通运营，新增五座车站，全长约九公里，"
            "沿线居民到市中心的时间缩短了二十分钟。"
        ),
        p("运营方表示，开通初期高峰时段发车间隔为四分钟，之后将根据客流情况逐步调整。"),
        p("不少市民一早便赶来体验，在新车站拍照留念。"),
        prose(
            "免责声明：本网站刊载的内容仅供参考，不构成任何投资建议。转载请注明出处，"
            "如有侵权请联系本站删除。",
            cls="statement",
        ),
    ],
)

add(
    "ko_arc_subscribe_teaser_and_bio",
    "https://www.hanbit-ilbo.example.kr/society/2026/10/03/library",
    "ko",
    arc,
    "24시간 무인 도서관 문 열어",
    [
        p(
            "시청 앞 광장 지하에 24시간 운영되는 무인 도서관이 3일 문을 열었다. 시민들은 "
            "교통카드로 출입해 책을 빌리고 반납할 수 있다."
        ),
        p(
            "도서관에는 약 1만 권의 책이 비치돼 있으며, 시는 이용 현황을 살펴 다른 지하철역에도 "
            "설치를 검토할 계획이다."
        ),
        bio(
            "김하늘 기자는 사회부에서 교육과 도시 문제를 취재하고 있습니다. 제보는 "
            "이메일로 보내주세요.",
            cls="reporter-info",
        ),
    ],
)

add(
    "hi_wp_newsletter_and_donation",
    "https://www.gaonkhabar.example.in/2026/10/talab-safai/",
    "hi",
    wordpress,
    "गांव के तालाब की सफाई में जुटे युवा",
    [
        p(
            "रामपुर गांव के पचास से अधिक युवाओं ने रविवार को पुराने तालाब की सफाई की "
            "और उसमें से करीब दो ट्रैक्टर प्लास्टिक कचरा निकाला।"
        ),
        p("ग्राम प्रधान ने बताया कि बरसात से पहले तालाब को गहरा करने के लिए पंचायत ने पैसे मंजूर कर दिए हैं।"),
        linked(
            "गांव खबर एक स्वतंत्र मंच है जो सिर्फ पाठकों के सहयोग से चलता है। अगर आपको "
            "हमारी रिपोर्टिंग पसंद है, तो कृपया हमें आर्थिक सहयोग दें।",
            "सहयोग करें",
            href="/donate",
        ),
        p("युवाओं ने हर महीने के पहले रविवार को सफाई अभियान चलाने का फैसला किया है।"),
    ],
)

add(
    "th_drupal_cookie_notice_in_body",
    "https://www.khao-thongthin.example.co.th/news/2026/10/market",
    "th",
    drupal,
    "ตลาดน้ำเปิดใหม่ริมคลองบางแก้ว",
    [
        p("ตลาดน้ำริมคลองบางแก้วเปิดให้บริการเป็นวันแรกเมื่อวันเสาร์ มีเรือขายอาหารและผลไม้กว่าหกสิบลำ"),
        prose(
            "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน หากท่านใช้งานเว็บไซต์"
            "ต่อไป ถือว่าท่านยอมรับนโยบายความเป็นส่วนตัวของเรา",
            cls="cookie-text",
        ),
        p("นายกเทศมนตรีกล่าวว่าตลาดจะเปิดทุกวันหยุดสุดสัปดาห์ และคาดว่าจะช่วยสร้างรายได้ให้ชาวบ้านในชุมชน"),
    ],
)

add(
    "el_bespoke_paywall_and_ethics",
    "https://www.kathimerini-tou-notou.example.gr/koinonia/limani-2026",
    "el",
    bespoke,
    "Νέα αποβάθρα για τα πλοία της γραμμής",
    [
        p(
            "Η νέα αποβάθρα στο λιμάνι της Αγίας Μαρίνας παραδόθηκε την Πέμπτη, ένα χρόνο "
            "μετά την έναρξη των εργασιών."
        ),
        p(
            "Τα πλοία της γραμμής θα μπορούν πλέον να δένουν ακόμη και με ισχυρούς βοριάδες, "
            "κάτι που μέχρι τώρα προκαλούσε συχνές ακυρώσεις δρομολογίων."
        ),
        prose(
            "Για να διαβάσετε ολόκληρο το άρθρο, γίνετε συνδρομητής. Με τη συνδρομή σας "
            "στηρίζετε την ανεξάρτητη δημοσιογραφία και έχετε απεριόριστη πρόσβαση.",
            cls="premium-lock",
        ),
    ],
)

add(
    "fi_hashed_why_we_publish",
    "https://www.pohjolan-sanomat.example.fi/uutiset/kaivos-2026",
    "fi",
    hashed,
    "Kaivosyhtiö hakee lupaa laajennukselle",
    [
        p(
            "Kaivosyhtiö Revontuli Minerals hakee lupaa laajentaa Kuusivaaran avolouhosta "
            "noin kolmanneksella, kertoo aluehallintovirasto."
        ),
        p(
            "Lähikylien asukkaat ovat huolissaan pölystä ja melusta, ja kyläyhdistys on "
            "kerännyt laajennusta vastaan yli tuhat nimeä."
        ),
        boxed(
            "x",
            "Miksi teimme tämän jutun?",
            "Kaivosten luvat vaikuttavat tuhansien ihmisten arkeen, mutta päätökset tehdään "
            "usein hiljaisuudessa. Haluamme kertoa lukijoille, mitä lupahakemuksissa "
            "oikeasti lukee.",
        ),
        p(
            "Yhtiön mukaan laajennus loisi alueelle noin kuusikymmentä uutta työpaikkaa "
            "seuraavien viiden vuoden aikana."
        ),
    ],
)

add(
    "id_wp_affiliate_and_disclaimer",
    "https://www.kabarkota.example.id/2026/10/harga-beras-naik/",
    "id",
    wordpress,
    "Harga beras naik menjelang musim hujan",
    [
        p(
            "Harga beras medium di pasar tradisional Kota Lembah naik sekitar delapan persen "
            "dalam dua minggu terakhir, menurut pantauan dinas perdagangan."
        ),
        p(
            "Pedagang menyebut pasokan dari daerah sentra berkurang karena sebagian petani "
            "menunda panen akibat hujan yang datang lebih awal."
        ),
        p("Pemerintah kota berjanji menggelar operasi pasar mulai pekan depan di enam kecamatan."),
        prose(
            "Disclaimer: Artikel ini mengandung tautan afiliasi. Kami bisa mendapatkan komisi "
            "dari setiap pembelian melalui tautan tersebut tanpa biaya tambahan bagi Anda.",
            cls="affiliate-disclosure",
        ),
    ],
)

add(
    "vi_arc_event_promo_and_accessibility",
    "https://www.baomientay.example.vn/xa-hoi/cau-moi-2026",
    "vi",
    arc,
    "Cây cầu mới nối hai bờ sông Cái Lớn",
    [
        p(
            "Cây cầu bê tông mới bắc qua sông Cái Lớn đã thông xe sáng thứ Hai, thay cho "
            "chuyến phà mà người dân hai xã đã dùng suốt bốn mươi năm."
        ),
        prose(
            "Mời bạn đọc tham dự hội thảo Phát triển bền vững Đồng bằng do báo tổ chức vào "
            "sáng thứ Bảy tuần này tại hội trường tỉnh. Đăng ký miễn phí trên trang web.",
            cls="c-paragraph",
        ),
        p(
            "Theo ban quản lý dự án, cầu dài hơn năm trăm mét và có làn riêng cho xe máy và "
            "người đi bộ."
        ),
        p("Nhiều học sinh nay không còn phải dậy từ năm giờ sáng để kịp chuyến phà đầu tiên."),
    ],
)

add(
    "hu_drupal_translated_note_and_bio",
    "https://www.alfoldihirek.example.hu/kozelet/uj-rendelo",
    "hu",
    drupal,
    "Új orvosi rendelő nyílt Kisberekben",
    [
        p(
            "Új orvosi rendelő nyílt hétfőn Kisberekben, így a falu lakóinak nem kell többé "
            "a tizenöt kilométerre lévő városba utazniuk egy vérvételért."
        ),
        p(
            "A rendelőben hetente háromszor rendel háziorvos, kétszer pedig gyermekorvos, a "
            "felújítást uniós pályázatból fizették."
        ),
        bio(
            "Szabó Eszter a lap egészségügyi újságírója. Tíz éve ír a vidéki "
            "egészségügyről, korábban ápolóként dolgozott.",
            cls="field--name-field-author-bio",
        ),
    ],
)

add(
    "ro_bespoke_comments_and_mission",
    "https://www.gazetadebanat.example.ro/actualitate/piata-centrala",
    "ro",
    bespoke,
    "Piața Centrală se redeschide după renovare",
    [
        p(
            "Piața Centrală din Lugoșel s-a redeschis sâmbătă după un an de lucrări, cu "
            "acoperiș nou, tarabe din lemn și un parcaj subteran."
        ),
        p(
            "Producătorii locali au primit gratuit locurile pentru primele trei luni, a "
            "anunțat primăria."
        ),
    ],
    after=(
        comments(
            "Comentarii",
            (
                (
                    "ionel62",
                    "Am fost azi dimineață și arată foarte bine, dar prețurile au rămas la "
                    "fel de mari ca înainte. Sper să vină mai mulți țărani și nu doar "
                    "revânzători de la depozit.",
                ),
            ),
        ),
        prose(
            "Gazeta de Banat informează corect și echilibrat comunitatea din vestul țării "
            "din 1994, fără să fie afiliată vreunui partid politic.",
            cls="footer-about",
            tag="div",
        ),
    ),
)

add(
    "fa_ghost_donation_and_ai_note",
    "https://www.khabar-mahalli.example.ir/kitabkhane/",
    "fa",
    ghost,
    "کتابخانه محله پس از بازسازی باز شد",
    [
        p(
            "کتابخانه عمومی محله باغ‌نو پس از یک سال بازسازی روز شنبه دوباره به روی مردم "
            "باز شد و اکنون سالن ویژه کودکان هم دارد."
        ),
        p("مسئول کتابخانه می‌گوید بیش از دو هزار کتاب تازه را اهالی محله اهدا کرده‌اند."),
        prose(
            "خبر محلی رسانه‌ای مستقل است و تنها با حمایت خوانندگانش ادامه می‌دهد. اگر کار ما "
            "برایتان ارزشمند است، لطفاً با کمک مالی از ما حمایت کنید.",
            cls="kg-callout-card",
            tag="div",
        ),
    ],
    dir_="rtl",
)

add(
    "bn_bespoke_cookie_and_newsletter",
    "https://www.nodirpar.example.com.bd/desh/setu-2026",
    "bn",
    bespoke,
    "নদীর ওপর নতুন সেতুর কাজ শুরু",
    [
        p(
            "মধুমতী নদীর ওপর নতুন সেতুর নির্মাণকাজ বুধবার আনুষ্ঠানিকভাবে শুরু হয়েছে। "
            "সেতুটি দুই জেলার মধ্যে যোগাযোগ সহজ করবে।"
        ),
        prose(
            "আমাদের ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে। এই সাইট ব্যবহার "
            "চালিয়ে গেলে আপনি আমাদের কুকি নীতিতে সম্মত হচ্ছেন।",
        ),
        p("প্রকল্প পরিচালক জানান, সেতুর দৈর্ঘ্য হবে প্রায় এক কিলোমিটার এবং কাজ শেষ হতে তিন বছর লাগবে।"),
        linked(
            "প্রতিদিনের গুরুত্বপূর্ণ খবর পেতে আমাদের নিউজলেটারে সাবস্ক্রাইব করুন।",
            "সাবস্ক্রাইব",
        ),
    ],
)

add(
    "en_drupal_cookie_law_story_keeps_its_words",
    "https://www.harbourledger.example.co.uk/news/2026/10/cookie-banner-fine",
    "en",
    drupal,
    "Regulator fines shopping site over cookie banner",
    [
        p(
            "The data regulator has fined the shopping site Brambleway £1.2 million because "
            "its cookie banner made it far easier to accept tracking than to refuse it."
        ),
        p(
            "Investigators found that the banner's accept button was large and green while "
            "the option to reject cookies was hidden behind two further menus."
        ),
        p(
            "Brambleway said it would appeal and that it had already changed the banner so "
            "that both choices now appear side by side on the first screen."
        ),
        prose(
            "We use cookies to give you the best experience on our website. By continuing to "
            "browse, you agree to our use of cookies. You can change your settings at any "
            "time.",
            cls="notice",
        ),
    ],
)

add(
    "en_hashed_editors_note_kept_standing_note_not",
    "https://www.thecivicwire.example.com/politics/2026/10/school-board-vote",
    "en",
    hashed,
    "School board votes to keep four-day week",
    [
        p(
            "The Larch County school board voted 5-2 on Tuesday night to keep the four-day "
            "school week for another year, despite complaints from working parents."
        ),
        p(
            "Superintendent Dana Whitcombe said attendance and teacher retention had both "
            "improved since the change, though test scores were flat."
        ),
        correction(
            "Editor's note:",
            "This story has been updated to include the final vote count and a response "
            "from the parents' association.",
        ),
        prose(
            "The Civic Wire is a nonprofit newsroom. Our stories may be republished for free "
            "under a Creative Commons licence, as long as you credit the author and link back "
            "to the original.",
            cls="x",
            em=True,
        ),
    ],
)

add(
    "en_wp_press_release_about_boilerplate",
    "https://www.businessbeat.example.com/2026/10/ferrovia-hires-ceo/",
    "en",
    wordpress,
    "Ferrovia Logistics names new chief executive",
    [
        p(
            "Ferrovia Logistics said on Monday that Priya Nandakumar, its head of European "
            "operations, will become chief executive in January."
        ),
        p(
            "She replaces Martin Oakes, who led the freight company for nine years and will "
            "stay on the board as a non-executive director."
        ),
        p(
            "Shares in the company rose two per cent after the announcement, which analysts "
            "described as a safe choice."
        ),
        prose(
            "About Ferrovia Logistics: Ferrovia Logistics is a leading provider of rail and "
            "road freight solutions across Europe, serving more than 4,000 customers with a "
            "fleet of 900 trucks and 60 locomotives. For more information, visit its website.",
            em=True,
        ),
    ],
)

add(
    "de_ghost_subscription_story_keeps_its_words",
    "https://www.medienwoche.example.de/abo-preise-steigen/",
    "de",
    ghost,
    "Zeitungen erhöhen die Abo-Preise",
    [
        p(
            "Mehrere Regionalzeitungen erhöhen zum Jahreswechsel ihre Abo-Preise, einige um "
            "mehr als zehn Prozent, wie eine Umfrage des Verlegerverbands zeigt."
        ),
        p(
            "Wer ein Abonnement abschließt, zahlt für die gedruckte Ausgabe künftig im "
            "Schnitt 54 Euro im Monat; das digitale Abo bleibt meist deutlich günstiger."
        ),
        p("Die Verlage begründen die Erhöhung mit gestiegenen Papier- und Zustellkosten."),
        linked(
            "Gefällt Ihnen die Medienwoche? Dann abonnieren Sie unseren Newsletter und "
            "erhalten Sie jeden Freitag alle Branchennews kompakt in Ihr Postfach.",
            "Zum Newsletter",
            cls="kg-cta",
        ),
    ],
)

add(
    "fr_arc_ai_translation_and_bio",
    "https://www.lequotidiendesalpes.example.fr/montagne/glacier-recul",
    "fr",
    arc,
    "Le glacier de la Combe Blanche a perdu quarante mètres",
    [
        prose(
            "Cet article a été traduit de l'allemand à l'aide d'un outil de traduction "
            "automatique, puis relu par notre rédaction.",
            em=True,
        ),
        p(
            "Le glacier de la Combe Blanche a reculé de quarante mètres cet été, selon les "
            "mesures publiées vendredi par le réseau de surveillance des glaciers."
        ),
        p(
            "Les glaciologues attribuent cette perte aux vagues de chaleur de juillet et au "
            "peu de neige tombée l'hiver précédent."
        ),
        bio(
            "Julien Marchetti est journaliste à la rubrique Montagne. Il couvre le climat, "
            "l'alpinisme et la vie des vallées depuis 2015.",
            cls="c-author-bio",
        ),
    ],
)

add(
    "es_drupal_event_promo_and_paywall",
    "https://www.elnoticierodelsur.example.mx/ciudad/nueva-ciclovia",
    "es",
    drupal,
    "Inauguran ciclovía de doce kilómetros en el centro",
    [
        p(
            "La alcaldía inauguró el domingo una ciclovía de doce kilómetros que une el "
            "centro histórico con la estación de autobuses del norte."
        ),
        prose(
            "¿Te interesa el futuro de la movilidad? Acompáñanos en el Foro Ciudad Sostenible "
            "el próximo jueves a las 19:00 en el Teatro Municipal. La entrada es libre con "
            "registro previo.",
            cls="promo-inline",
        ),
        p(
            "Durante la primera semana, la ciclovía funcionará con agentes de tránsito en "
            "los cruces más concurridos para orientar a conductores y ciclistas."
        ),
        p(
            "Vecinos de la avenida Juárez se quejaron de la pérdida de lugares de "
            "estacionamiento frente a sus comercios."
        ),
    ],
)

add(
    "it_wp_comments_and_mission",
    "https://www.vocedelborgo.example.it/2026/10/scuola-nuova/",
    "it",
    wordpress,
    "La nuova scuola elementare sarà pronta a settembre",
    [
        p(
            "La nuova scuola elementare di Borgo Alto sarà pronta per il prossimo anno "
            "scolastico, ha confermato il sindaco durante il consiglio comunale."
        ),
        p(
            "L'edificio avrà dodici aule, una mensa e una palestra aperta anche alle "
            "associazioni sportive nel pomeriggio."
        ),
    ],
    after=(
        comments(
            "Commenti",
            (
                (
                    "Franca",
                    "Finalmente! Mia figlia ha fatto tre anni di lezioni nei container e non "
                    "se ne poteva più, d'inverno faceva freddo e d'estate si moriva di caldo. "
                    "Speriamo solo che rispettino davvero i tempi questa volta.",
                ),
            ),
        ),
        prose(
            "La Voce del Borgo è un giornale online indipendente nato per raccontare la vita "
            "delle nostre valli con serietà e passione.",
            cls="footer-mission",
            tag="div",
        ),
    ),
)

add(
    "pt_br_bespoke_affiliate_top",
    "https://www.tecnologiahoje.example.com.br/reviews/fone-sem-fio-2026",
    "pt",
    bespoke,
    "Testamos o fone sem fio mais barato do mercado",
    [
        prose(
            "Este conteúdo pode conter links de compra. Ao comprar por meio deles, o site "
            "pode receber uma comissão, sem custo extra para você.",
            cls="aviso-afiliados",
        ),
        p(
            "Durante três semanas usamos o fone Sonata Mini no ônibus, na academia e em "
            "reuniões de vídeo, e a bateria durou em média cinco horas por carga."
        ),
        p(
            "O som é aceitável para o preço, mas o microfone capta muito ruído do ambiente, "
            "o que atrapalha chamadas em lugares movimentados."
        ),
    ],
)

add(
    "ja_wp_donation_appeal_and_policy",
    "https://www.machi-journal.example.jp/2026/10/shotengai/",
    "ja",
    wordpress,
    "商店街にシェアオフィス開設",
    [
        p(
            "駅前商店街の空き店舗を改装したシェアオフィスが一日、開設された。"
            "机は二十席あり、月額八千円で利用できる。"
        ),
        p("運営する商店街振興組合は、若い世代が街に来るきっかけにしたいと話している。"),
        prose(
            "まちジャーナルは読者の皆さまからのご寄付で運営されている非営利メディアです。"
            "地域の報道を続けるため、ぜひ継続的なご支援をお願いいたします。",
            cls="support-box",
            tag="div",
        ),
    ],
)
