"""A blind round (wave 59, issue 11): articles whose own text is split over several
containers or structures, written without reading the extractor, in thirty-eight pages of
thirty-seven languages (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali,
Tamil, Thai, Georgian, Armenian, CJK and Hangul scripts), in four shells (WordPress, a
schema.org news template, a Next.js build without ``<article>``, and a loose page whose
text runs on outside its ``<article>``).

The splits: two- and three-column layouts of sibling divs; a magazine layout alternating
text blocks and full-width figures in their own wrappers; the text continued in a second
container ("content-part-2") after an ad, a newsletter box or a related block that closes
the first; a collapsed "continue reading" remainder present in the HTML (a CSS class, the
``hidden`` attribute, ``aria-hidden``, ``display:none``); tabbed sections and
``<details>`` sections that are the article's; footnotes, endnotes and a numbered
references list; a fact box and a timeline set inside the article (content) beside a
related box (not); the article's own list, table, code and quote between two text
containers; a paginated story with every page in the HTML; drop caps; each paragraph in
its own classed div; chapters as sibling sections; text beside figures.

Must-lines are the article's paragraphs, list items, cells, notes and box lines; must-nots
are the inserts (ads' labels, sign-ups, related stories, pagers, "continue reading"
buttons) and the furniture after the article. Tab labels and ``<summary>`` titles are left
neutral (a heading to some, a control to others). Every name, place and sentence here is
invented."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .pages import Probes, page

PROBES = Probes()


@attrs.frozen
class Part:
    """A piece of a page: the article's own lines (``must``) or an insert's (``out``)."""

    html: str
    must: tuple[str, ...] = ()
    out: tuple[str, ...] = ()


def p(text: str, attrs_: str = "") -> Part:
    return Part(f"<p{attrs_}>{text}</p>", (text,))


def ps(*texts: str) -> Part:
    return join(*(p(text) for text in texts))


def join(*parts: Part) -> Part:
    return Part(
        "".join(part.html for part in parts),
        tuple(line for part in parts for line in part.must),
        tuple(line for part in parts for line in part.out),
    )


def box(open_: str, *parts: Part, close: str = "</div>") -> Part:
    """The parts inside one wrapper (``open_`` its opening tag or tags)."""
    inner = join(*parts)
    return Part(open_ + inner.html + close, inner.must, inner.out)


def out(html: str, *lines: str) -> Part:
    return Part(html, (), lines)


def must(html: str, *lines: str) -> Part:
    return Part(html, lines, ())


def figure(caption: str, full: bool = False) -> Part:
    """A figure with its caption (the caption left neutral)."""
    wrap = "full-bleed media-wide" if full else "inline-media"
    return Part(
        f"<div class='{wrap}'><figure><img src='/img/photo.jpg' alt='' width='1600' "
        f"height='900'><figcaption>{caption}</figcaption></figure></div>"
    )


def ad(label: str) -> Part:
    return out(
        f"<div class='ad-container ad-mid'><span class='ad-label'>{label}</span><div "
        "id='gpt-ad-mid' style='min-height:280px'></div></div>",
        label,
    )


def newsletter(text: str, button: str) -> Part:
    return out(
        f"<div class='newsletter-box'><p class='newsletter-box__title'>{text}</p><form "
        f"action='/subscribe'><input type='email'><button>{button}</button></form></div>",
        text,
    )


def related(label: str, *titles: str) -> Part:
    links = "".join(f"<li><a href='/news/r{n}'>{t}</a></li>" for n, t in enumerate(titles))
    return out(
        f"<div class='related-box'><h3 class='related-box__title'>{label}</h3><ul>{links}</ul>"
        "</div>",
        label,
        *titles,
    )


# --- the shells: each places the parts as the article's text, the page's "more" after it

Shell = Callable[[str, str, str, str, str], str]


def more_list(label: str, title: str) -> str:
    return (
        f"<section class='more-stories'><h2>{label}</h2><ul><li><a href='/news/m1'>{title}"
        "</a></li></ul></section>"
    )


def wordpress(lang: str, title: str, body: str, more: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<main id='main' class='site-main'><article class='post type-post hentry'><header "
        f"class='entry-header'><h1 class='entry-title'>{title}</h1><div class='entry-meta'>"
        "<span class='byline'><a href='/author/desk'>Desk</a></span> <time "
        "datetime='2026-03-04T09:00:00Z'>2026-03-04</time></div></header><div "
        f"class='entry-content'>{body}</div></article>{more}</main>",
        dir_=dir_,
    )


def schema(lang: str, title: str, body: str, more: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<div class='page-wrap'><div class='container'><article class='article' itemscope "
        f"itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>{title}</h1><p "
        "class='article-meta'><span itemprop='author'>Desk</span> · <time "
        "itemprop='datePublished' datetime='2026-03-04T09:00:00Z'>04.03.2026</time></p>"
        f"{body}</article>{more}</div></div>",
        dir_=dir_,
    )


def nextjs(lang: str, title: str, body: str, more: str, dir_: str) -> str:
    return page(
        lang,
        title,
        "<div id='__next'><main class='Layout_main__k2'><div class='ArticleLayout_wrap__x1'>"
        f"<h1 class='Headline_h1__a9'>{title}</h1><div class='Byline_row__q3'>Desk · "
        f"2026-03-04</div>{body}</div>{more}</main></div>",
        dir_=dir_,
    )


def loose(lang: str, title: str, body: str, more: str, dir_: str) -> str:
    """The parts straight in ``<main>`` after the title: the page brings its own
    ``<article>`` (and text after it)."""
    return page(
        lang,
        title,
        f"<main class='content'><h1 class='headline'>{title}</h1><div class='meta'>Desk · "
        f"2026-03-04</div>{body}{more}</main>",
        dir_=dir_,
    )


def add(
    name: str,
    lang: str,
    shell: Shell,
    title: str,
    more: tuple[str, str],
    *parts: Part,
    dir_: str = "ltr",
) -> None:
    """One probe: the parts in order as the shell's text, ``more`` (a label and a story's
    title) as the related list after the article."""
    whole = join(*parts)
    outs = (*whole.out, *more)
    clash = [line for line in outs if any(line in kept for kept in (*whole.must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    html = shell(lang, title, whole.html, more_list(*more), dir_)
    url = f"https://news.example.{lang}/2026/03/04/{name}/"
    PROBES.add(f"split_{lang}_{name}", url, html, whole.must, outs)


# --- columns


add(
    "dos_columnas",
    "es",
    nextjs,
    "El barrio de Las Tejas estrena mercado cubierto",
    ("Más noticias", "La biblioteca municipal amplía su horario en verano"),
    box(
        "<div class='Columns_row__d4'><div class='Columns_col__p1'>",
        ps(
            "El nuevo mercado cubierto del barrio de Las Tejas abrió sus puertas el sábado "
            "con cuarenta y dos puestos de fruta, pescado, pan y flores.",
            "La obra costó cuatro millones de euros y tardó dos años, más de lo previsto por "
            "culpa de un hallazgo arqueológico en los cimientos.",
        ),
        close="</div>",
    ),
    box(
        "<div class='Columns_col__p1'>",
        ps(
            "Los vendedores del antiguo mercadillo al aire libre tuvieron preferencia para "
            "elegir puesto y pagarán un alquiler reducido durante el primer año.",
            "El ayuntamiento prevé abrir también los domingos por la mañana a partir de mayo "
            "si la afluencia de público lo justifica.",
        ),
        close="</div></div>",
    ),
)

add(
    "drei_spalten",
    "de",
    schema,
    "Fährverbindung nach Hallum wird eingestellt",
    ("Mehr aus der Region", "Neue Radwege entlang der Küste geplant"),
    box(
        "<div class='text-columns columns-3'><div class='text-column'>",
        ps(
            "Die Fähre zwischen Nordwarf und der Insel Hallum fährt ab dem Herbst nicht mehr, "
            "teilte die Reederei am Montag mit.",
            "Seit neunzig Jahren brachte das Schiff Schulkinder, Post und Handwerker über den "
            "Sund, zuletzt sechsmal am Tag.",
        ),
        close="</div>",
    ),
    box(
        "<div class='text-column'>",
        ps(
            "Als Grund nennt die Reederei die gestiegenen Kosten für Treibstoff und die "
            "Reparatur des Anlegers auf der Inselseite.",
            "Die Gemeinde will nun einen Wassertaxi-Dienst ausschreiben, der zumindest morgens "
            "und abends fahren soll.",
        ),
        close="</div>",
    ),
    box(
        "<div class='text-column'>",
        ps(
            "Auf Hallum leben noch zweihundertvierzig Menschen, viele von ihnen sind älter als "
            "siebzig Jahre und haben kein eigenes Boot.",
            "Eine Bürgerinitiative sammelt seit Sonntag Unterschriften für den Erhalt der "
            "Verbindung und will sie im Kreistag übergeben.",
        ),
        close="</div></div>",
    ),
)

add(
    "magazine",
    "fr",
    wordpress,
    "Sur la route des lavoirs oubliés du Haut-Vallon",
    ("À lire aussi", "Les moulins du Haut-Vallon reprennent du service"),
    box(
        "<div class='mag-block mag-text'>",
        ps(
            "Il reste dans le Haut-Vallon plus de soixante lavoirs, dont la moitié n'a pas vu "
            "une lavandière depuis un demi-siècle.",
            "Une association de bénévoles les recense depuis trois ans, carnet et mètre ruban "
            "à la main, village après village.",
        ),
    ),
    figure("Le lavoir de Saint-Arnoux, restauré au printemps dernier.", full=True),
    box(
        "<div class='mag-block mag-text'>",
        ps(
            "À Saint-Arnoux, le toit de tuiles s'était effondré en 2019 ; les habitants ont "
            "financé sa réfection par une souscription de quartier.",
            "Le bassin sert aujourd'hui de lieu de concerts l'été, et l'eau de la source y "
            "coule de nouveau depuis avril.",
        ),
    ),
    figure("Le carnet de relevés de l'association.", full=True),
    box(
        "<div class='mag-block mag-text'>",
        ps(
            "L'association publiera à l'automne une carte des lavoirs, avec pour chacun son "
            "histoire et l'état de sa charpente.",
        ),
    ),
)

# --- the text continued in a second container


add(
    "parte_due",
    "it",
    schema,
    "A Valmora il ponte romano riapre ai pedoni",
    ("Leggi anche", "Il museo civico cerca volontari per l'estate"),
    box(
        "<div class='content-part-1 article-text'>",
        ps(
            "Dopo diciotto mesi di lavori il ponte romano di Valmora è di nuovo aperto ai "
            "pedoni e alle biciclette da mercoledì mattina.",
            "Gli archeologi hanno consolidato le tre arcate e sostituito le lastre del "
            "camminamento con pietra della stessa cava.",
        ),
    ),
    newsletter("Iscriviti alla newsletter della sera: le notizie del giorno alle 19.", "Iscriviti"),
    box(
        "<div class='content-part-2 article-text'>",
        ps(
            "Durante lo scavo sono emerse monete del secondo secolo e un piccolo altare, ora "
            "in restauro nei laboratori della soprintendenza.",
            "Il traffico delle auto resterà invece deviato sulla circonvallazione, come "
            "deciso dal consiglio comunale nel 2024.",
        ),
    ),
)

add(
    "continuacao",
    "pt",
    wordpress,
    "Feira do livro de Ribamar bate recorde de visitantes",
    ("Mais lidas", "Porto de Ribamar recebe o maior navio da sua história"),
    box(
        "<div class='body-section body-section--1'>",
        ps(
            "A feira do livro de Ribamar recebeu cento e vinte mil visitantes em dez dias, o "
            "maior número desde a primeira edição, em 1987.",
            "As editoras independentes ocuparam pela primeira vez um pavilhão inteiro, com "
            "lançamentos todas as tardes.",
        ),
    ),
    related("Leia também", "Escritora de Ribamar vence prêmio nacional de poesia"),
    box(
        "<div class='body-section body-section--2'>",
        ps(
            "A organização atribui o sucesso ao horário alargado até à meia-noite e aos "
            "autocarros gratuitos a partir dos bairros periféricos.",
            "A próxima edição já tem data marcada: começa no último sábado de maio do ano que "
            "vem, no mesmo parque.",
        ),
    ),
)

add(
    "after_article",
    "ro",
    loose,
    "Podul de la Valea Sării intră în reparații",
    ("Cele mai citite", "Trenul de noapte spre litoral revine din iunie"),
    box(
        "<article class='story'><div class='story-body'>",
        ps(
            "Podul rutier de la Valea Sării va fi închis timp de patru luni, începând de luni, "
            "pentru înlocuirea grinzilor și a parapetului.",
            "Traficul greu va fi deviat prin Cornești, iar autoturismele vor circula pe un "
            "pod provizoriu montat de armată.",
        ),
        close="</div></article>",
    ),
    ad("Publicitate"),
    box(
        "<div class='story-body story-body--continued'>",
        ps(
            "Primăria spune că lucrările costă unsprezece milioane de lei și sunt plătite din "
            "fonduri europene pentru infrastructură.",
            "Localnicii se plâng că ocolul prin Cornești adaugă aproape o jumătate de oră la "
            "drumul spre spitalul județean.",
        ),
    ),
)

add(
    "itemprop_part",
    "el",
    schema,
    "Νέα γραμμή λεωφορείου για τα ορεινά χωριά",
    ("Περισσότερα", "Ανοίγει ξανά το κάστρο της Παλαιόχωρας"),
    box(
        "<div class='article-body' itemprop='articleBody'>",
        ps(
            "Από τη Δευτέρα ένα νέο λεωφορείο θα συνδέει τα έξι ορεινά χωριά της Ανατολικής "
            "Κορυφής με την πόλη, δύο φορές την ημέρα.",
            "Η γραμμή χρηματοδοτείται από την περιφέρεια για τρία χρόνια και το εισιτήριο θα "
            "κοστίζει ένα ευρώ.",
        ),
    ),
    out(
        "<div class='inline-promo'><a href='/promo'>Κατεβάστε την εφαρμογή μας για ειδήσεις "
        "σε πραγματικό χρόνο</a></div>",
        "Κατεβάστε την εφαρμογή μας για ειδήσεις σε πραγματικό χρόνο",
    ),
    box(
        "<div class='article-body'>",
        ps(
            "Οι κάτοικοι ζητούσαν τη σύνδεση εδώ και δέκα χρόνια, από τότε που έκλεισε το "
            "τελευταίο σχολείο της περιοχής.",
            "Ο δήμαρχος είπε ότι αν η γραμμή έχει επιβάτες, θα προστεθεί και ένα τρίτο "
            "δρομολόγιο τα Σαββατοκύριακα.",
        ),
    ),
)

add(
    "embed_then_part",
    "tr",
    nextjs,
    "Kıyı kasabasında deniz çayırları geri dönüyor",
    ("Daha fazla haber", "Liman yenileme ihalesi ertelendi"),
    box(
        "<div class='RichText_body__m1'>",
        ps(
            "Çamlıkoy körfezinde on yıl önce neredeyse yok olan deniz çayırları, dalgıçların "
            "ekim çalışmasıyla yeniden yayılıyor.",
            "Gönüllüler her yaz elle topladıkları filizleri kum torbalarıyla deniz tabanına "
            "sabitliyor.",
        ),
    ),
    out(
        "<div class='Embed_video__r2'><iframe src='https://www.youtube.com/embed/abc123' "
        "title='Video' width='640' height='360'></iframe><p class='Embed_caption__c1'>Video: "
        "Dalgıçlarla bir gün (02:41)</p></div>",
    ),
    box(
        "<div class='RichText_body__m1'>",
        ps(
            "Üniversitedeki biyologlar, çayır alanının üç yılda iki katına çıktığını ve "
            "balıkların yumurtlama için körfeze döndüğünü ölçtü.",
            "Belediye, çapa atmayı yasakladığı bölgeyi gelecek yıl genişletmeyi planlıyor.",
        ),
    ),
)

# --- collapsed remainders, tabs and details


add(
    "lees_verder",
    "nl",
    schema,
    "Dorpsschool in Beekveld krijgt groen schoolplein",
    ("Meer nieuws", "Gemeente zoekt nieuwe beheerder voor zwembad"),
    box(
        "<div class='article-intro'>",
        ps(
            "De basisschool in Beekveld vervangt haar stenen plein door een tuin met bomen, "
            "een moestuin en een beekje om in te spelen.",
            "Leerlingen mochten zelf tekeningen maken van hun droomplein; drie ideeën komen "
            "in het ontwerp terecht.",
        ),
    ),
    out(
        "<button class='read-more-toggle' aria-expanded='false' aria-controls='rest'>Lees "
        "het hele artikel</button>",
        "Lees het hele artikel",
    ),
    box(
        "<div id='rest' class='article-rest is-collapsed'>",
        ps(
            "De verbouwing kost honderdtachtigduizend euro, waarvan de provincie de helft "
            "betaalt uit een fonds voor klimaatbestendige dorpen.",
            "Het werk begint in de zomervakantie, zodat het plein na de herfstvakantie klaar "
            "is voor gebruik.",
        ),
    ),
)

add(
    "ukryty",
    "pl",
    wordpress,
    "Schronisko w Dolinie Białej szuka wolontariuszy",
    ("Czytaj więcej", "Nowy szlak rowerowy połączy trzy gminy"),
    ps(
        "Schronisko dla zwierząt w Dolinie Białej szuka osób, które w weekendy wyprowadzą "
        "psy na spacer i pomogą przy sprzątaniu boksów.",
        "Od początku roku trafiło tu ponad sto czterdzieści psów, dwa razy więcej niż w tym "
        "samym okresie rok temu.",
    ),
    out(
        "<div class='expand'><button type='button' class='expand__button'>Rozwiń "
        "artykuł</button></div>",
        "Rozwiń artykuł",
    ),
    box(
        "<div class='expand__content' hidden>",
        ps(
            "Kierowniczka schroniska mówi, że wiele zwierząt zostało porzuconych po świętach, "
            "gdy właściciele przestali sobie z nimi radzić.",
            "Chętni mogą się zgłaszać telefonicznie lub przyjść w sobotę o dziesiątej na "
            "krótkie szkolenie dla nowych wolontariuszy.",
        ),
    ),
)

add(
    "dold_rest",
    "sv",
    nextjs,
    "Isbanan på Norrsjön öppnar för säsongen",
    ("Läs också", "Skidbacken i Västerås får ny lift"),
    box(
        "<div class='prose max-w-prose'>",
        ps(
            "Den tolv kilometer långa isbanan på Norrsjön öppnade i helgen efter att isen "
            "uppmätts till femton centimeter.",
            "Banan plogas varje morgon av föreningen Norrsjöns Vänner, som också sköter "
            "mätningarna av isens tjocklek.",
        ),
        out(
            "<div class='fade-out'><button class='btn-read-more'>Läs hela artikeln</button></div>",
            "Läs hela artikeln",
        ),
        box(
            "<div class='hidden rest-of-article'>",
            ps(
                "Föreningen påminner om att åkarna ska bära ispikar och gå i sällskap, även "
                "när banan är markerad och kontrollerad.",
                "Förra vintern hade banan över trettiotusen besök, varav många kom med buss "
                "från grannkommunerna.",
            ),
        ),
    ),
)

add(
    "accordion",
    "fi",
    schema,
    "Kirjaston uusi siipi valmistuu syksyllä",
    ("Lue myös", "Torin remontti alkaa toukokuussa"),
    ps(
        "Järvelän kaupunginkirjaston uusi siipi valmistuu lokakuussa, kertoi rakennuttaja "
        "tiistaina.",
    ),
    box(
        "<div class='accordion'><div class='accordion-item'><h2 class='accordion-header'><button "
        "aria-expanded='true'>Mitä rakennetaan</button></h2><div class='accordion-panel'>",
        ps(
            "Siipeen tulee lastenosasto, äänitysstudio ja kaksi ryhmätyötilaa, jotka voi "
            "varata maksutta verkosta.",
        ),
        close="</div></div>",
    ),
    box(
        "<div class='accordion-item'><h2 class='accordion-header'><button "
        "aria-expanded='false'>Paljonko se maksaa</button></h2><div class='accordion-panel' "
        "aria-hidden='true'>",
        ps(
            "Hankkeen hinta on kuusi miljoonaa euroa, josta valtio maksaa kolmanneksen "
            "kirjastojen rakennusavustuksena.",
        ),
        close="</div></div>",
    ),
    box(
        "<div class='accordion-item'><h2 class='accordion-header'><button "
        "aria-expanded='false'>Milloin ovet avautuvat</button></h2><div "
        "class='accordion-panel' aria-hidden='true'>",
        ps(
            "Avajaisia vietetään marraskuun ensimmäisenä lauantaina, ja silloin kirjasto on "
            "auki aamusta iltaan.",
        ),
        close="</div></div></div>",
    ),
)

add(
    "tabs",
    "ru",
    wordpress,
    "Как изменится расписание электричек в области",
    ("Читайте также", "В Заречном открылся новый каток"),
    ps(
        "С первого апреля пригородные поезда на трёх направлениях пойдут по новому "
        "расписанию, сообщила пригородная компания.",
    ),
    out(
        "<div class='tabs' role='tablist'><button role='tab' aria-selected='true' "
        "aria-controls='t1'>Северное направление</button><button role='tab' "
        "aria-selected='false' aria-controls='t2'>Южное направление</button><button "
        "role='tab' aria-selected='false' aria-controls='t3'>Западное направление</button>"
        "</div>",
    ),
    box(
        "<div id='t1' role='tabpanel' class='tab-panel is-active'>",
        ps(
            "На северном направлении утренний поезд в 6:40 отменят, зато добавят рейс в "
            "7:15 до Озёрска с остановками на всех платформах.",
        ),
    ),
    box(
        "<div id='t2' role='tabpanel' class='tab-panel' hidden>",
        ps(
            "На южном направлении вечерние поезда будут ходить каждые двадцать минут вместо "
            "получаса до девяти вечера.",
        ),
    ),
    box(
        "<div id='t3' role='tabpanel' class='tab-panel' hidden>",
        ps(
            "На западном направлении на время ремонта моста через Сетунь поезда будут "
            "останавливаться в Липках по обоим путям.",
        ),
    ),
)

add(
    "details",
    "uk",
    schema,
    "Що треба знати про нові правила вивезення сміття",
    ("Читайте також", "У Підгірному відкрили сквер після реконструкції"),
    ps(
        "З травня у місті змінюються правила вивезення побутових відходів: пластик і папір "
        "забиратимуть окремо, раз на тиждень.",
    ),
    box(
        "<details class='faq-section' open><summary>Коли вивозитимуть пластик</summary>",
        ps("Пластик вивозитимуть щовівторка зранку, контейнери мають стояти біля воріт до сьомої."),
        close="</details>",
    ),
    box(
        "<details class='faq-section'><summary>Скільки це коштує</summary>",
        ps(
            "Тариф для приватного будинку становитиме сто двадцять гривень на місяць, для "
            "квартири в багатоповерхівці — дев'яносто."
        ),
        close="</details>",
    ),
    box(
        "<details class='faq-section'><summary>Куди звертатися зі скаргами</summary>",
        ps(
            "Скарги приймає комунальне підприємство за гарячою лінією або через форму на "
            "сайті міської ради."
        ),
        close="</details>",
    ),
)

# --- notes, references, boxes inside the article


add(
    "footnotes",
    "ar",
    schema,
    "مخطوطات الواحة الجنوبية تكشف طرق القوافل القديمة",
    ("اقرأ أيضاً", "افتتاح متحف جديد للحرف اليدوية في المدينة القديمة"),
    must(
        "<p>كشفت دراسة جديدة لمخطوطات عُثر عليها في الواحة الجنوبية عن طرق قوافل لم تكن "
        "معروفة من قبل<sup id='r1'><a href='#fn1'>1</a></sup>، تربط الواحة بموانئ الساحل.</p>",
        "كشفت دراسة جديدة لمخطوطات عُثر عليها في الواحة الجنوبية عن طرق قوافل لم تكن معروفة من قبل",
    ),
    must(
        "<p>وقال فريق البحث إن المخطوطات تذكر أسماء آبار وأسواق اندثرت منذ قرون<sup id='r2'><a "
        "href='#fn2'>2</a></sup>.</p>",
        "وقال فريق البحث إن المخطوطات تذكر أسماء آبار وأسواق اندثرت منذ قرون",
    ),
    box(
        "<div class='footnotes'><h2>الهوامش</h2><ol>",
        must(
            "<li id='fn1'>نُشرت الدراسة في مجلة التاريخ الصحراوي، العدد الثاني عشر. <a "
            "href='#r1'>↩</a></li>",
            "نُشرت الدراسة في مجلة التاريخ الصحراوي، العدد الثاني عشر.",
        ),
        must(
            "<li id='fn2'>تحفظ المخطوطات اليوم في مكتبة الجامعة الوطنية. <a href='#r2'>↩</a></li>",
            "تحفظ المخطوطات اليوم في مكتبة الجامعة الوطنية.",
        ),
        close="</ol></div>",
    ),
    dir_="rtl",
)

add(
    "references",
    "he",
    wordpress,
    "מחקר: הציפורים חוזרות לביצות העמק",
    ("עוד כתבות", "תערוכת צילום חדשה נפתחת בגלריה העירונית"),
    ps(
        "מספר הציפורים הנודדות שעוצרות בביצות העמק עלה פי שלושה מאז שוקמו הביצות, לפי סקר "
        "שפורסם השבוע.",
        "החוקרים ספרו במהלך החורף יותר משמונים אלף עגורים ושישה מינים של ברווזים שלא נראו "
        "באזור שנים רבות.",
    ),
    out("<h2 class='refs-title'>מקורות</h2>"),
    box(
        "<ol class='references'>",
        must(
            "<li>סקר הציפורים השנתי של עמותת טבע העמק, ינואר 2026.</li>",
            "סקר הציפורים השנתי של עמותת טבע העמק, ינואר 2026.",
        ),
        must(
            "<li>דוח רשות המים על שיקום הביצות, 2024.</li>",
            "דוח רשות המים על שיקום הביצות, 2024.",
        ),
        close="</ol>",
    ),
    dir_="rtl",
)

add(
    "endnotes",
    "sr",
    schema,
    "Стари млин на Белој реци поново меље жито",
    ("Прочитајте још", "Нови мост преко Мораве биће готов до јесени"),
    ps(
        "После тридесет година тишине, воденица на Белој реци поново меље жито, захваљујући "
        "тројици браће из оближњег села.",
        "Браћа су сама обновила точак и камење, по цртежима које је њихов деда оставио у "
        "старој свесци.",
    ),
    box(
        "<aside class='endnotes'><h3>Напомене</h3>",
        ps(
            "Воденица је уписана у регистар споменика културе 1978. године.",
            "Брашно се може купити суботом у самој воденици, од осам до подне.",
        ),
        close="</aside>",
    ),
)

add(
    "fact_box",
    "fa",
    wordpress,
    "بازگشایی کتابخانه تاریخی شهر پس از مرمت",
    ("بیشتر بخوانید", "جشنواره فیلم کوتاه شهر برندگانش را شناخت"),
    ps(
        "کتابخانه تاریخی شهر پس از دو سال مرمت، از شنبه دوباره به روی مردم باز می‌شود و "
        "ساعت کارش تا نه شب افزایش می‌یابد.",
    ),
    box(
        "<aside class='fact-box'><h4>در یک نگاه</h4><ul>",
        must("<li>سال ساخت: ۱۳۱۲</li>", "سال ساخت: ۱۳۱۲"),
        must("<li>تعداد کتاب‌ها: هشتاد هزار جلد</li>", "تعداد کتاب‌ها: هشتاد هزار جلد"),
        close="</ul></aside>",
    ),
    ps(
        "مرمت‌گران سقف چوبی تالار اصلی را بدون پیاده کردن آن تعمیر کردند و نقاشی‌های "
        "دیواری را با روش‌های قدیمی پاک کردند.",
    ),
    related("مطالب مرتبط", "موزه شهر میزبان نمایشگاه خوشنویسی می‌شود"),
    ps(
        "مدیر کتابخانه گفت بخش کودکان به طبقه همکف منتقل شده تا خانواده‌ها راحت‌تر به آن "
        "دسترسی داشته باشند.",
    ),
    dir_="rtl",
)

add(
    "timeline",
    "hi",
    schema,
    "नदी पर बना पुराना पुल फिर से खुला",
    ("और पढ़ें", "शहर में नई बस सेवा शुरू होगी"),
    ps(
        "शहर के बीचोंबीच नदी पर बना सौ साल पुराना लोहे का पुल तीन साल की मरम्मत के बाद "
        "सोमवार को पैदल यात्रियों के लिए खोल दिया गया।",
        "पुल पर अब रात में रोशनी रहेगी और दोनों सिरों पर बैठने के लिए बेंच लगाई गई हैं।",
    ),
    box(
        "<aside class='timeline-box'><h3>पुल का सफ़र</h3><ol class='timeline'>",
        must("<li><b>1924</b> — पुल बनकर तैयार हुआ</li>", "पुल बनकर तैयार हुआ"),
        must("<li><b>1978</b> — बाढ़ में एक खंभा टूटा</li>", "बाढ़ में एक खंभा टूटा"),
        must("<li><b>2023</b> — मरम्मत का काम शुरू</li>", "मरम्मत का काम शुरू"),
        close="</ol></aside>",
    ),
    ps(
        "नगर निगम ने कहा कि गाड़ियों को पुल पर जाने की अनुमति नहीं होगी ताकि इसका ढांचा सुरक्षित रहे।",
    ),
)

# --- the article's own blocks between text containers


add(
    "list_between",
    "bn",
    nextjs,
    "বর্ষার আগে শহরের খাল পরিষ্কারের কাজ শুরু",
    ("আরও পড়ুন", "নতুন পার্কে শিশুদের জন্য খেলার মাঠ"),
    box(
        "<div class='StoryText_block__z8'>",
        ps(
            "বর্ষা শুরুর আগে শহরের সাতটি খাল পরিষ্কারের কাজ শুরু করেছে পৌরসভা, যাতে এবার রাস্তায় পানি না জমে।",
        ),
    ),
    box(
        "<ul class='StoryList_list__b2'>",
        must("<li>উত্তর খাল: দুই সপ্তাহ</li>", "উত্তর খাল: দুই সপ্তাহ"),
        must("<li>বাজার খাল: তিন সপ্তাহ</li>", "বাজার খাল: তিন সপ্তাহ"),
        must("<li>নদীঘাট খাল: এক মাস</li>", "নদীঘাট খাল: এক মাস"),
        close="</ul>",
    ),
    box(
        "<div class='StoryText_block__z8'>",
        ps(
            "পৌরসভার প্রকৌশলী বলেন, খালের পাড়ে ময়লা ফেললে এখন থেকে জরিমানা করা হবে এবং "
            "নজরদারির জন্য ক্যামেরা বসানো হবে।",
        ),
    ),
)

add(
    "table_between",
    "ta",
    schema,
    "மாவட்டத்தில் மழை அளவு இயல்பை விட அதிகம்",
    ("மேலும் படிக்க", "புதிய பேருந்து நிலையம் திறப்பு"),
    box(
        "<div class='story-text'>",
        ps(
            "இந்த ஆண்டு வடகிழக்கு பருவமழை மாவட்டத்தில் இயல்பை விட முப்பது சதவீதம் அதிகமாகப் "
            "பெய்துள்ளது என்று வானிலை மையம் தெரிவித்தது.",
        ),
    ),
    box(
        "<div class='table-wrap'><table><thead><tr><th>வட்டம்</th><th>மழை (மி.மீ)</th></tr>"
        "</thead><tbody>",
        must("<tr><td>கடலூர் வட்டம்</td><td>812</td></tr>", "கடலூர் வட்டம்"),
        must("<tr><td>மலைப்பட்டி வட்டம்</td><td>655</td></tr>", "மலைப்பட்டி வட்டம்"),
        close="</tbody></table></div>",
    ),
    box(
        "<div class='story-text'>",
        ps(
            "ஏரிகள் நிரம்பியதால் அடுத்த ஆண்டு கோடையில் குடிநீர் தட்டுப்பாடு இருக்காது என்று "
            "அதிகாரிகள் நம்பிக்கை தெரிவித்தனர்.",
        ),
    ),
)

add(
    "code_between",
    "ja",
    wordpress,
    "市の公開データに新しいAPI、誰でも無料で利用可能に",
    ("関連記事", "図書館の蔵書検索がスマートフォンに対応"),
    box(
        "<div class='text-block'>",
        ps(
            "北川市は今月、バスの時刻表や公共施設の混雑状況を取得できる公開APIの提供を始めた。"
            "登録は不要で、誰でも無料で使える。",
        ),
    ),
    must(
        "<div class='code-block'><pre><code>curl https://api.kitagawa.example/v1/bus/stops"
        "</code></pre></div>",
        "curl https://api.kitagawa.example/v1/bus/stops",
    ),
    box(
        "<div class='text-block'>",
        ps(
            "市の担当者は、地元の学生や開発者がこのデータを使って便利なアプリを作ることを"
            "期待していると話した。",
        ),
    ),
)

add(
    "quote_between",
    "zh",
    schema,
    "古镇老茶馆重新开张 街坊回来喝早茶",
    ("相关阅读", "河边步道下月全线贯通"),
    box(
        "<div class='article-content-part'>",
        ps(
            "位于青石古镇东街的百年老茶馆经过一年修缮，上周六重新开张，许多老街坊一早就来排队喝早茶。",
            "茶馆保留了原来的木桌和铜壶，菜单上的点心也和三十年前几乎一样。",
        ),
    ),
    box(
        "<blockquote class='quote-block'>",
        ps("我小时候每天跟着爷爷来这里，现在带着孙子来，感觉什么都没变。"),
        out("<cite>老街坊 陈先生</cite>"),
        close="</blockquote>",
    ),
    box(
        "<div class='article-content-part'>",
        ps("镇政府表示，今年还将修复东街的另外三座老建筑，并在周末开放给游客参观。"),
    ),
)

# --- pages, drop caps, paragraph wrappers, chapters, text beside figures


add(
    "paginated",
    "ko",
    schema,
    "섬마을 분교, 30년 만에 신입생 맞아",
    ("다른 기사", "항구 수산시장 새 단장 마치고 재개장"),
    box(
        "<div class='article-page' id='page-1'>",
        ps(
            "남해의 작은 섬 보리도에 있는 분교가 30년 만에 신입생을 맞았다. 올해 입학한 학생은 "
            "모두 세 명이다.",
            "섬으로 이사 온 젊은 가족들이 늘면서 폐교 위기에 놓였던 학교가 다시 활기를 찾고 있다.",
        ),
    ),
    box(
        "<div class='article-page' id='page-2' style='display:none'>",
        ps(
            "교육청은 통학선을 하루 두 번으로 늘리고 학교 도서관을 새로 꾸미는 데 예산을 배정했다.",
            "학부모들은 아이들이 섬에서 자연과 함께 자랄 수 있다는 점이 가장 큰 장점이라고 말했다.",
        ),
    ),
    out(
        "<nav class='article-pager'><a href='?page=1' class='on'>1</a> <a "
        "href='?page=2'>2</a> <a href='?page=2' class='next'>다음 페이지</a></nav>",
        "다음 페이지",
    ),
)

add(
    "pages_hidden",
    "ka",
    wordpress,
    "ძველი თბილისის ეზოები ახალ ცხოვრებას იწყებს",
    ("სხვა სიახლეები", "ქალაქში ახალი საბავშვო ბაღი გაიხსნა"),
    box(
        "<section class='paged-article__page' data-page='1'>",
        ps(
            "ძველ უბანში ათამდე ეზო აღადგინეს მცხოვრებლებმა, რომლებმაც თავად შეაკეთეს "
            "ხის აივნები და კიბეები.",
        ),
        close="</section>",
    ),
    box(
        "<section class='paged-article__page is-hidden' data-page='2' aria-hidden='true'>",
        ps(
            "პროექტს მერია აფინანსებს და ყოველ ეზოს სარემონტო მასალისთვის ათი ათას ლარამდე ეძლევა.",
        ),
        close="</section>",
    ),
    box(
        "<section class='paged-article__page is-hidden' data-page='3' aria-hidden='true'>",
        ps(
            "მომავალ წელს პროექტი კიდევ ორ უბანში გაგრძელდება, მათ შორის მდინარის სანაპიროზე.",
        ),
        close="</section>",
    ),
    out(
        "<div class='paged-article__nav'><button>წინა</button><span>1 / 3</span><button>"
        "შემდეგი გვერდი</button></div>",
        "შემდეგი გვერდი",
        "1 / 3",
    ),
)

add(
    "dropcap_wrappers",
    "th",
    nextjs,
    "ตลาดน้ำบ้านคลองใหม่กลับมาคึกคักอีกครั้ง",
    ("ข่าวอื่นๆ", "เทศบาลเปิดสวนสาธารณะริมแม่น้ำแห่งใหม่"),
    must(
        "<div class='Paragraph_wrap__t1'><p><span class='DropCap_letter__d1'>ต</span>ลาดน้ำ"
        "บ้านคลองใหม่กลับมาคึกคักอีกครั้ง หลังจากชาวบ้านร่วมกันขุดลอกคลองและซ่อมสะพานไม้</p></div>",
        "ตลาดน้ำบ้านคลองใหม่กลับมาคึกคักอีกครั้ง หลังจากชาวบ้านร่วมกันขุดลอกคลองและซ่อมสะพานไม้",
    ),
    box(
        "<div class='Paragraph_wrap__t1'>",
        ps("แม่ค้าพายเรือขายผลไม้ ขนมไทย และก๋วยเตี๋ยวเรือทุกเช้าวันเสาร์และวันอาทิตย์"),
    ),
    box(
        "<div class='Paragraph_wrap__t1'>",
        ps("ผู้ใหญ่บ้านกล่าวว่ารายได้จากนักท่องเที่ยวจะนำไปใช้ดูแลคลองและปลูกต้นไม้ริมน้ำ"),
    ),
)

add(
    "dropcap_en",
    "en",
    wordpress,
    "The last lighthouse keeper of Gullrock Point",
    ("More from Features", "A ferry captain's forty winters on the sound"),
    must(
        "<p class='has-drop-cap'><span class='dropcap'>F</span>or thirty-one years, Maren "
        "Holt climbed the ninety-seven steps of the Gullrock Point lighthouse twice a night.</p>",
        "For thirty-one years, Maren Holt climbed the ninety-seven steps of the Gullrock Point "
        "lighthouse twice a night.",
    ),
    ps(
        "When the light was automated last spring, she was given a month to pack up the "
        "cottage at its foot, where she had raised two children.",
    ),
    out(
        "<div class='wp-block-group newsletter-cta'><p>Get the weekend features in your inbox "
        "every Saturday morning.</p><a class='wp-block-button__link' href='/join'>Sign up</a>"
        "</div>",
        "Get the weekend features in your inbox every Saturday morning.",
    ),
    box(
        "<div class='wp-block-group article-continued'>",
        ps(
            "She now lives in the village, and still wakes at two in the morning, listening "
            "for the foghorn that no longer sounds.",
            "The lighthouse trust plans to open the tower to visitors next summer, with Holt "
            "as its first guide.",
        ),
    ),
)

add(
    "div_paragraphs",
    "vi",
    schema,
    "Làng gốm ven sông mở lớp dạy nghề miễn phí",
    ("Tin liên quan", "Chợ nổi cuối tuần thu hút khách du lịch"),
    must(
        "<div class='para'>Làng gốm Bến Đá vừa mở lớp dạy nghề làm gốm miễn phí cho thanh niên "
        "trong xã, mỗi khóa kéo dài ba tháng.</div>",
        "Làng gốm Bến Đá vừa mở lớp dạy nghề làm gốm miễn phí cho thanh niên trong xã, mỗi "
        "khóa kéo dài ba tháng.",
    ),
    must(
        "<div class='para'>Các nghệ nhân lớn tuổi trực tiếp hướng dẫn cách nhào đất, nặn bình "
        "và nung trong lò củi truyền thống.</div>",
        "Các nghệ nhân lớn tuổi trực tiếp hướng dẫn cách nhào đất, nặn bình và nung trong lò "
        "củi truyền thống.",
    ),
    must(
        "<div class='para'>Sản phẩm của học viên sẽ được bày bán tại phiên chợ gốm vào rằm "
        "tháng Bảy hằng năm.</div>",
        "Sản phẩm của học viên sẽ được bày bán tại phiên chợ gốm vào rằm tháng Bảy hằng năm.",
    ),
)

add(
    "chapters",
    "id",
    nextjs,
    "Menyusuri jalur rempah di pesisir utara",
    ("Baca juga", "Festival kuliner pesisir digelar akhir pekan ini"),
    box(
        "<section class='Chapter_wrap__h3'><h2>Pelabuhan tua</h2>",
        ps(
            "Di pelabuhan tua Tanjung Sari, gudang-gudang cengkih peninggalan abad ke-18 masih "
            "berdiri, meski atapnya sebagian sudah runtuh.",
        ),
        close="</section>",
    ),
    figure("Gudang cengkih di Tanjung Sari.", full=True),
    box(
        "<section class='Chapter_wrap__h3'><h2>Kebun di lereng</h2>",
        ps(
            "Tiga jam ke arah gunung, para petani masih memetik cengkih dengan tangan dan "
            "menjemurnya di halaman rumah.",
        ),
        close="</section>",
    ),
    figure("Cengkih dijemur di halaman rumah petani.", full=True),
    box(
        "<section class='Chapter_wrap__h3'><h2>Generasi baru</h2>",
        ps(
            "Anak-anak muda desa kini menjual cengkih langsung ke pembeli di kota lewat "
            "koperasi yang mereka dirikan sendiri.",
        ),
        close="</section>",
    ),
)

add(
    "beside_figures",
    "sw",
    wordpress,
    "Wakulima wa Mlima Kijani wapanda miti elfu kumi",
    ("Habari zaidi", "Soko jipya la samaki lafunguliwa bandarini"),
    ps(
        "Wakulima wa Mlima Kijani wamepanda miti elfu kumi katika miezi sita, ili kulinda "
        "vyanzo vya maji vya kijiji chao.",
    ),
    box(
        "<div class='media-row'><div class='media-row__image'><figure><img src='/img/a.jpg' "
        "alt=''><figcaption>Miche ikisubiri kupandwa.</figcaption></figure></div><div "
        "class='media-row__text'>",
        ps(
            "Kila familia imepewa miche hamsini na mafunzo ya siku mbili kuhusu jinsi ya "
            "kuitunza wakati wa kiangazi.",
        ),
        close="</div></div>",
    ),
    box(
        "<div class='media-row media-row--reverse'><div class='media-row__text'>",
        ps(
            "Mwenyekiti wa kikundi alisema chemchemi mbili zilizokauka zimeanza kutoa maji "
            "tena tangu msimu uliopita.",
        ),
        close=(
            "</div><div class='media-row__image'><figure><img src='/img/b.jpg' alt=''>"
            "<figcaption>Chemchemi ya kijiji.</figcaption></figure></div></div>"
        ),
    ),
)

add(
    "interview_blocks",
    "cs",
    schema,
    "Kovářka z Lipové: Železo se nedá uspěchat",
    ("Další rozhovory", "Včelař z Podhradí: Letos bude medu málo"),
    ps(
        "Jana Veselá převzala kovárnu po svém dědovi před deseti lety a dnes v ní učí tři učně.",
    ),
    box(
        "<div class='qa-item'><div class='qa-question'>",
        ps("Jak jste se ke kovářství dostala?"),
        close="</div>",
    ),
    box(
        "<div class='qa-answer'>",
        ps(
            "Jako dítě jsem u dědy trávila každé prázdniny a nejvíc mě bavilo, když mi "
            "dovolil držet kleště.",
        ),
        close="</div></div>",
    ),
    box(
        "<div class='qa-item'><div class='qa-question'>",
        ps("Co vyrábíte nejčastěji?"),
        close="</div>",
    ),
    box(
        "<div class='qa-answer'>",
        ps(
            "Hlavně zábradlí, brány a kování na staré domy, ale čím dál víc lidí chce i "
            "obyčejné nože do kuchyně.",
        ),
        close="</div></div>",
    ),
)

add(
    "long_read",
    "hu",
    loose,
    "A Tisza-parti halászfalu utolsó nyara",
    ("Még több riport", "Újra jár a kisvasút a Bükkben"),
    box(
        "<article class='longform'><section class='longform__chapter'><h2>Hajnal</h2>",
        ps(
            "Hajnali négykor már a vízen van Szabó Lajos, ahogy az apja és a nagyapja is "
            "minden nyáron ötven éven át.",
        ),
        close="</section>",
    ),
    ad("Hirdetés"),
    box(
        "<section class='longform__chapter'><h2>A háló</h2>",
        ps(
            "A hálót télen maga köti, csomóról csomóra, a konyhaasztalnál, miközben a rádióban "
            "a vízállásjelentést hallgatja.",
        ),
        close="</section>",
    ),
    box(
        "<section class='longform__chapter'><h2>Búcsú</h2>",
        ps(
            "Jövőre a falu halászati engedélyei lejárnak, és a szövetkezet nem kéri a "
            "meghosszabbításukat.",
        ),
        close="</section></article>",
    ),
)

add(
    "grid_columns",
    "hy",
    schema,
    "Գյուղի դպրոցը ստացավ նոր գրադարան",
    ("Այլ լուրեր", "Քաղաքում բացվեց նոր մանկական այգի"),
    box(
        "<div class='grid'><div class='grid__col grid__col--text'>",
        ps(
            "Լեռնային գյուղի դպրոցը այս շաբաթ ստացավ նոր գրադարան, որտեղ կա ավելի քան երեք "
            "հազար գիրք։",
        ),
        close="</div>",
    ),
    box(
        "<div class='grid__col grid__col--text'>",
        ps(
            "Գրքերը հավաքել են նախկին աշակերտները, որոնք այժմ ապրում են տարբեր քաղաքներում "
            "և երկրներում։",
        ),
        close="</div>",
    ),
    out(
        "<div class='grid__col grid__col--rail'><div class='most-read'><h3>Ամենաընթերցվածը"
        "</h3><ol><li><a href='/n/1'>Ձմեռը կլինի ավելի տաք, քան սովորաբար</a></li></ol></div>"
        "</div></div>",
        "Ամենաընթերցվածը",
        "Ձմեռը կլինի ավելի տաք, քան սովորաբար",
    ),
)

add(
    "content_blocks",
    "de",
    nextjs,
    "Wie ein Dorf seine Bäckerei rettete",
    ("Weitere Reportagen", "Der letzte Schuster von Altmühlen"),
    box(
        "<div class='block block--rich-text'><div class='rich-text'>",
        ps(
            "Als der Bäcker von Kleinbrück in Rente ging, fand sich niemand, der den Laden "
            "übernehmen wollte.",
        ),
        close="</div></div>",
    ),
    out("<div class='block block--image'><picture><img src='/img/x.jpg' alt=''></picture></div>"),
    box(
        "<div class='block block--rich-text'><div class='rich-text'>",
        ps(
            "Also gründeten zweiundachtzig Dorfbewohner eine Genossenschaft, kauften den Ofen "
            "und stellten einen jungen Bäcker aus der Stadt ein.",
        ),
        close="</div></div>",
    ),
    out(
        "<div class='block block--teaser'><a href='/r/9'><span class='kicker'>Auch "
        "interessant</span><span class='teaser-title'>Dorfläden in Genossenschaftshand</span>"
        "</a></div>",
        "Dorfläden in Genossenschaftshand",
    ),
    box(
        "<div class='block block--rich-text'><div class='rich-text'>",
        ps(
            "Heute backt er jeden Morgen dreihundert Brötchen, und sonntags gibt es wieder "
            "Streuselkuchen wie früher.",
        ),
        close="</div></div>",
    ),
)

add(
    "fact_and_related",
    "hr",
    schema,
    "Otočni vodovod napokon dovršen",
    ("Pročitajte još", "Trajekt će ljeti voziti češće"),
    ps(
        "Nakon dvadeset godina čekanja, svih šest sela na otoku Velika Sika spojeno je na "
        "vodovod iz kopna.",
    ),
    box(
        "<div class='infobox'><h4>Brojke</h4>",
        ps("Dužina podmorskog cjevovoda: 9 kilometara.", "Cijena radova: 14 milijuna eura."),
    ),
    related("Povezane vijesti", "Otok dobiva novu ambulantu"),
    ps(
        "Mještani su do sada vodu skupljali u cisterne, a ljeti ju je dovozio brod jednom tjedno.",
    ),
)

add(
    "sections_ads",
    "ms",
    wordpress,
    "Nelayan Kuala Teduh cuba tangkapan mesra alam",
    ("Berita lain", "Jeti baharu siap dibina sebelum musim tengkujuh"),
    box(
        "<div class='entry-section'>",
        ps(
            "Sekumpulan nelayan di Kuala Teduh mula menggunakan pukat dengan lubang lebih "
            "besar supaya ikan kecil dapat terlepas.",
        ),
    ),
    ad("Iklan"),
    box(
        "<div class='entry-section'>",
        ps(
            "Hasil tangkapan mereka berkurang sedikit pada bulan pertama, tetapi harga ikan "
            "besar di pasar lebih tinggi.",
        ),
    ),
    newsletter("Langgan berita harian kami terus ke e-mel anda.", "Langgan"),
    box(
        "<div class='entry-section'>",
        ps(
            "Jabatan perikanan akan memantau projek itu selama dua tahun sebelum "
            "memperluasnya ke kampung lain.",
        ),
    ),
)

add(
    "read_more_fil",
    "tl",
    nextjs,
    "Bagong aklatan sa baryo ng San Roque",
    ("Iba pang balita", "Bagong tulay sa ilog binuksan na"),
    box(
        "<div class='ArticleBody_visible__v1'>",
        ps(
            "Binuksan noong Sabado ang unang aklatan sa baryo ng San Roque, na itinayo ng mga "
            "magulang at guro sa loob ng anim na buwan.",
        ),
    ),
    box(
        "<div class='ArticleBody_more__m2' style='display:none' aria-hidden='true'>",
        ps(
            "Karamihan sa mga libro ay donasyon ng mga dating mag-aaral na ngayon ay "
            "nagtatrabaho sa lungsod at sa ibang bansa.",
            "Bukas ang aklatan tuwing hapon pagkatapos ng klase at tuwing Sabado ng umaga.",
        ),
    ),
    out(
        "<button class='ArticleBody_toggle__t3' aria-expanded='false'>Magbasa pa</button>",
        "Magbasa pa",
    ),
)

add(
    "three_parts_it",
    "ca",
    schema,
    "El tren de la vall tornarà a circular a l'estiu",
    ("Més notícies", "La fira del formatge bat rècords"),
    box(
        "<div class='article-body__part'>",
        ps(
            "El tren turístic de la vall de Roca Alta tornarà a circular a partir de juliol, "
            "després de cinc anys aturat.",
        ),
    ),
    related("També et pot interessar", "Obre el nou refugi de muntanya del Pic Blanc"),
    box(
        "<div class='article-body__part'>",
        ps(
            "Els voluntaris de l'associació d'amics del tren han restaurat dues locomotores "
            "de vapor i tres vagons de fusta.",
        ),
    ),
    ad("Publicitat"),
    box(
        "<div class='article-body__part'>",
        ps(
            "Els bitllets es podran comprar a l'estació i per internet, i els infants menors "
            "de sis anys viatjaran gratis.",
        ),
    ),
)
