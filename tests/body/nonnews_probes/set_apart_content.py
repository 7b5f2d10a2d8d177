"""Content behind interaction or set apart in the markup (round 46): FAQ answers in
``<details>``, tab panels and accordion panels hidden until chosen (``hidden``,
``aria-hidden``, a class, a style), the rest of a text in a collapsed "read more" block,
footnotes and endnotes with their back-links, note and warning boxes of documentation,
text in custom elements and in a declarative shadow root's ``<template>``, a ``<noscript>``
copy of a script-drawn text, text slides of a carousel and pull quotes; beside furniture
hidden the same ways that a reader never sees as text (a closed menu drawer, a sign-up
dialog, a row template, a "enable JavaScript" note). What a reader can open decides: the
panels and notes are text, the dialogs and templates are not. In languages and scripts the
dev sets lack; every name, place and sentence is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# Lines that must appear exactly once in the body (a pull quote or a carousel's looped
# clone repeats them in the markup).
ONCE: dict[str, tuple[str, ...]] = {}


def site(
    lang: str,
    title: str,
    content: str,
    *,
    nav: tuple[str, ...],
    dialog: str,
    footer: str,
    related_title: str = "",
    related: tuple[str, ...] = (),
    dir_: str = "ltr",
) -> str:
    """A site's page with its hidden furniture: a header menu, the same menu again in a
    closed mobile drawer (``hidden``), the text in ``<main>``, a sidebar of linked titles,
    a sign-up dialog hidden until it pops up (``aria-hidden``) and a footer line."""
    menu = "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(nav))
    links = "".join(f"<li><a href='/r/{n}'>{item}</a></li>" for n, item in enumerate(related))
    sidebar = (
        f"<aside class='sidebar'><div class='widget'><h3>{related_title}</h3><ul>{links}</ul>"
        "</div></aside>"
        if related
        else ""
    )
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='logo' href='/'>{nav[0]}</a><nav "
        f"class='menu'><ul>{menu}</ul></nav><button class='burger' aria-controls='drawer'>"
        f"☰</button></header><nav id='drawer' class='mobile-drawer' hidden><ul>{menu}</ul>"
        f"</nav><div class='wrap'><main id='main'><h1 class='page-title'>{title}</h1>"
        f"{content}</main>{sidebar}</div><div class='modal fade' id='signup' role='dialog' "
        f"aria-modal='true' aria-hidden='true' tabindex='-1'><div class='modal-dialog'><div "
        f"class='modal-content'><p>{dialog}</p><form><input type='email'><button>OK</button>"
        f"</form></div></div></div><footer class='site-footer'><p>{footer}</p></footer>",
        dir_=dir_,
    )


# --- Swahili, a water utility's FAQ: each question a <summary>, the answer in the closed
# <details>; a closed drawer menu and a sign-up dialog around it.
PROBES.add(
    "sw_faq_details_beside_closed_drawer_and_dialog",
    "https://maji.example.go.tz/maswali-yanayoulizwa-mara-kwa-mara",
    site(
        "sw",
        "Maswali yanayoulizwa mara kwa mara",
        "<p>Hapa utapata majibu ya maswali ambayo wateja wetu huuliza mara nyingi kuhusu "
        "huduma ya maji na malipo.</p><div class='faq'><details><summary>Ninawezaje kulipa "
        "bili yangu ya maji?</summary><p>Unaweza kulipa kwa simu ya mkononi kwa kutumia namba "
        "ya kumbukumbu iliyo kwenye bili yako, au katika ofisi zetu za wilaya.</p></details>"
        "<details><summary>Nifanye nini maji yakikatika kwa zaidi ya siku moja?</summary><p>"
        "Piga simu kituo chetu cha huduma kwa wateja na utaje eneo lako ili fundi atumwe "
        "haraka iwezekanavyo.</p></details><details><summary>Je, naweza kuhamisha mita kwa "
        "jina jipya?</summary><p>Ndiyo, jaza fomu ya uhamisho na uambatanishe nakala ya hati "
        "ya umiliki wa nyumba pamoja na kitambulisho.</p></details></div>",
        nav=("Maji Safi", "Huduma", "Malipo", "Wasiliana nasi"),
        dialog="Jiandikishe upate taarifa za kukatika kwa maji moja kwa moja kwenye simu yako.",
        footer="© 2026 Mamlaka ya Maji Safi · Haki zote zimehifadhiwa",
    ),
    (
        "Ninawezaje kulipa bili yangu ya maji?",
        "kwa simu ya mkononi kwa kutumia namba ya kumbukumbu",
        "utaje eneo lako ili fundi atumwe",
        "jaza fomu ya uhamisho na uambatanishe nakala",
    ),
    ("Jiandikishe upate taarifa", "Haki zote zimehifadhiwa", "Wasiliana nasi"),
)

# --- Bengali, a course page of tabs: the tab list's buttons, then three role='tabpanel'
# panels, the second and third carrying the HTML ``hidden`` attribute until chosen.
PROBES.add(
    "bn_course_tabs_hidden_attribute_panels",
    "https://shikkha.example.com.bd/course/photography-basics",
    site(
        "bn",
        "ফটোগ্রাফির প্রাথমিক পাঠ",
        "<div class='tabs'><div role='tablist'><button role='tab' aria-selected='true' "
        "aria-controls='p1' id='t1'>পরিচিতি</button><button role='tab' aria-selected='false' "
        "aria-controls='p2' id='t2'>পাঠ্যসূচি</button><button role='tab' "
        "aria-selected='false' aria-controls='p3' id='t3'>ফি ও সময়</button></div><div "
        "role='tabpanel' id='p1' aria-labelledby='t1'><p>এই কোর্সে আপনি ক্যামেরার আলো, "
        "শাটার আর অ্যাপারচারের সম্পর্ক হাতে-কলমে শিখবেন।</p><p>প্রতিটি ক্লাসের শেষে ছোট "
        "একটি ছবি তোলার অনুশীলন থাকবে।</p></div><div role='tabpanel' id='p2' "
        "aria-labelledby='t2' hidden><ol><li>প্রথম সপ্তাহে ক্যামেরার মেনু ও মোড চেনা।</li>"
        "<li>দ্বিতীয় সপ্তাহে প্রাকৃতিক আলোয় প্রতিকৃতি তোলা।</li><li>তৃতীয় সপ্তাহে "
        "রাতের শহরের দীর্ঘ এক্সপোজার।</li></ol></div><div role='tabpanel' id='p3' "
        "aria-labelledby='t3' hidden><p>কোর্স ফি চার হাজার টাকা, ক্লাস হবে প্রতি শনিবার "
        "বিকেল চারটায়।</p></div></div>",
        nav=("শিক্ষাঘর", "কোর্স", "শিক্ষক", "যোগাযোগ"),
        dialog="নতুন কোর্সের খবর পেতে আপনার ইমেইল দিন।",
        footer="© ২০২৬ শিক্ষাঘর · সর্বস্বত্ব সংরক্ষিত",
    ),
    (
        "ক্যামেরার আলো, শাটার আর অ্যাপারচারের সম্পর্ক",
        "প্রাকৃতিক আলোয় প্রতিকৃতি তোলা",
        "রাতের শহরের দীর্ঘ এক্সপোজার",
        "কোর্স ফি চার হাজার টাকা",
    ),
    ("নতুন কোর্সের খবর পেতে", "সর্বস্বত্ব সংরক্ষিত"),
)

# --- Tamil, a temple's visitor page: an accordion whose closed panels carry
# aria-hidden='true' and a search overlay hidden the same way with its suggestions.
PROBES.add(
    "ta_accordion_aria_hidden_panels_and_search_overlay",
    "https://kovil.example.in/varugai-thagaval",
    site(
        "ta",
        "வருகையாளர் தகவல்",
        "<p>கோயிலுக்கு வரும் பக்தர்களுக்கான முக்கியத் தகவல்கள் கீழே தரப்பட்டுள்ளன.</p><div "
        "class='accordion'><h3><button aria-expanded='false' aria-controls='a1'>தரிசன "
        "நேரம்</button></h3><div id='a1' class='accordion-panel' aria-hidden='true'><p>காலை "
        "ஆறு மணி முதல் பகல் பன்னிரண்டு மணி வரையும், மாலை நான்கு மணி முதல் இரவு ஒன்பது மணி "
        "வரையும் நடை திறந்திருக்கும்.</p></div><h3><button aria-expanded='false' "
        "aria-controls='a2'>உடை விதிமுறை</button></h3><div id='a2' class='accordion-panel' "
        "aria-hidden='true'><p>ஆண்கள் வேட்டி அல்லது முழுக்கால் சட்டையும், பெண்கள் புடவை "
        "அல்லது சுடிதாரும் அணிந்து வர வேண்டும்.</p></div><h3><button aria-expanded='false' "
        "aria-controls='a3'>வாகன நிறுத்தம்</button></h3><div id='a3' "
        "class='accordion-panel' aria-hidden='true'><p>தெற்கு வாசலுக்கு அருகில் இருநூறு "
        "வாகனங்கள் நிறுத்த இலவச இடம் உள்ளது.</p></div></div><div class='search-overlay' "
        "aria-hidden='true'><input type='search'><p>பிரபல தேடல்கள்: திருவிழா நாட்காட்டி, "
        "அன்னதானம், நன்கொடை ரசீது</p></div>",
        nav=("திருக்கோயில்", "வரலாறு", "திருவிழாக்கள்", "தொடர்பு"),
        dialog="திருவிழா அறிவிப்புகளை உங்கள் மின்னஞ்சலில் பெறுங்கள்.",
        footer="© 2026 திருக்கோயில் நிர்வாகம்",
    ),
    (
        "காலை ஆறு மணி முதல் பகல் பன்னிரண்டு மணி வரையும்",
        "பெண்கள் புடவை அல்லது சுடிதாரும் அணிந்து வர வேண்டும்",
        "இருநூறு வாகனங்கள் நிறுத்த இலவச இடம் உள்ளது",
    ),
    ("பிரபல தேடல்கள்", "திருவிழா அறிவிப்புகளை உங்கள் மின்னஞ்சலில்"),
)

# --- Malay, a travel blog post: the first paragraphs shown, the rest in a Bootstrap
# collapse <div> opened by a "read more" button.
PROBES.add(
    "ms_read_more_bootstrap_collapse_rest",
    "https://jalan-jalan.example.my/2026/04/cameron-highlands",
    site(
        "ms",
        "Tiga hari di Cameron Highlands",
        "<div class='post-body'><p>Kami bertolak dari Ipoh pada pagi Jumaat dan tiba di "
        "Tanah Rata sebelum tengah hari, ketika kabus masih menyelubungi bukit.</p><p>Hari "
        "pertama kami habiskan di ladang teh, berjalan di antara barisan pokok teh yang "
        "tersusun rapi di lereng bukit.</p><div class='collapse' id='sambungan'><p>Pada "
        "hari kedua kami mendaki denai nombor sepuluh ke puncak Gunung Jasar, perjalanan "
        "yang mengambil masa hampir tiga jam.</p><p>Malam terakhir kami makan steamboat di "
        "pasar malam Brinchang sambil berbual dengan peniaga sayur tempatan.</p></div><a "
        "class='btn btn-link' data-bs-toggle='collapse' href='#sambungan' role='button' "
        "aria-expanded='false'>Baca selanjutnya</a></div>",
        nav=("Jalan-Jalan", "Destinasi", "Tips", "Hubungi"),
        dialog="Langgan surat berita kami untuk tawaran percutian setiap minggu.",
        footer="© 2026 Jalan-Jalan · Hak cipta terpelihara",
        related_title="Catatan lain",
        related=("Dua hari di Pulau Pangkor", "Makan sepanjang Jalan Alor"),
    ),
    (
        "tiba di Tanah Rata sebelum tengah hari",
        "mendaki denai nombor sepuluh ke puncak Gunung Jasar",
        "makan steamboat di pasar malam Brinchang",
    ),
    ("Baca selanjutnya", "Langgan surat berita", "Dua hari di Pulau Pangkor"),
)

# --- Tagalog, a parish history cut short by a max-height box with a fade and a "read more"
# link; the whole text is in the box.
PROBES.add(
    "tl_read_more_max_height_box",
    "https://parokya.example.ph/kasaysayan",
    site(
        "tl",
        "Kasaysayan ng Parokya",
        "<div class='text-truncate-box' style='max-height:180px;overflow:hidden' "
        "data-expandable='true'><p>Itinatag ang parokya noong 1887 ng mga misyonerong "
        "dumating mula sa Cebu sakay ng maliit na bangka.</p><p>Ang unang simbahan ay yari "
        "sa kawayan at pawid, at nasunog ito noong bagyo ng 1902.</p><p>Pagkatapos ng digmaan, "
        "nagtulong-tulong ang mga taga-baryo upang itayo ang kasalukuyang simbahang bato na "
        "may kampanaryong apat na palapag.</p></div><div class='fade-out'></div><a href='#' "
        "class='read-more-toggle'>Magbasa pa</a>",
        nav=("Parokya", "Misa", "Kasaysayan", "Makipag-ugnayan"),
        dialog="Mag-subscribe para sa lingguhang iskedyul ng misa.",
        footer="© 2026 Parokya ng San Isidro",
    ),
    (
        "Itinatag ang parokya noong 1887",
        "nasunog ito noong bagyo ng 1902",
        "kampanaryong apat na palapag",
    ),
    ("Magbasa pa", "Mag-subscribe para sa lingguhang"),
)

# --- Romanian, an essay converted by Pandoc: superscript note references and a
# section.footnotes list whose notes end in a back-link arrow.
PROBES.add(
    "ro_pandoc_footnotes_backlink_arrows",
    "https://eseuri.example.ro/2026/podurile-de-pe-somes",
    site(
        "ro",
        "Podurile de pe Someș",
        "<article><p>Primul pod de piatră de la Dej a fost ridicat abia în secolul al "
        "nouăsprezecelea<sup><a href='#fn1' class='footnote-ref' id='fnref1' "
        "role='doc-noteref'>1</a></sup>, deși trecerea era folosită de negustori cu mult "
        "înainte.</p><p>Localnicii își amintesc și azi de podul de lemn luat de apele mari "
        "din primăvara lui 1970<sup><a href='#fn2' class='footnote-ref' id='fnref2' "
        "role='doc-noteref'>2</a></sup>.</p><section class='footnotes footnotes-end-of-document'"
        " role='doc-endnotes'><hr><ol><li id='fn1'><p>Registrele primăriei păstrează contractul "
        "cu meșterii pietrari din Bistrița.<a href='#fnref1' class='footnote-back' "
        "role='doc-backlink'>↩︎</a></p></li><li id='fn2'><p>Mărturie culeasă de autor de la "
        "un fost paznic de pod, în vara lui 2019.<a href='#fnref2' class='footnote-back' "
        "role='doc-backlink'>↩︎</a></p></li></ol></section></article>",
        nav=("Eseuri", "Arhivă", "Despre", "Contact"),
        dialog="Abonează-te ca să primești eseurile noi pe e-mail.",
        footer="© 2026 Eseuri de provincie",
    ),
    (
        "Primul pod de piatră de la Dej",
        "podul de lemn luat de apele mari",
        "contractul cu meșterii pietrari din Bistrița",
        "Mărturie culeasă de autor de la un fost paznic de pod",
    ),
    ("↩", "Abonează-te ca să primești"),
)

# --- Hungarian, a wiki article's reference list: each note opens with a back-link
# caret ("↑") in a cite-backlink span, the note's text after it.
PROBES.add(
    "hu_wiki_references_caret_backlinks",
    "https://helytortenet.example.hu/wiki/Régi_malom",
    site(
        "hu",
        "Régi malom",
        "<div class='mw-parser-output'><p>A <b>régi malom</b> a falu északi szélén, a patak "
        "partján álló egykori vízimalom, amely 1958-ig őrölt gabonát<sup class='reference' "
        "id='cite_ref-1'><a href='#cite_note-1'>[1]</a></sup>.</p><p>Az épületet 2011-ben "
        "a helyi egyesület újította fel, ma falumúzeumként működik<sup class='reference' "
        "id='cite_ref-2'><a href='#cite_note-2'>[2]</a></sup>.</p><h2><span "
        "class='mw-headline' id='Jegyzetek'>Jegyzetek</span></h2><div class='reflist'><ol "
        "class='references'><li id='cite_note-1'><span class='mw-cite-backlink'><a "
        "href='#cite_ref-1'>↑</a></span> <span class='reference-text'>A megyei levéltár "
        "malomösszeírása szerint a kerék átmérője négy méter volt.</span></li><li "
        "id='cite_note-2'><span class='mw-cite-backlink'><a href='#cite_ref-2'>↑</a></span> "
        "<span class='reference-text'>Az egyesület évkönyve a felújítás költségeit is "
        "részletezi.</span></li></ol></div></div>",
        nav=("Helytörténet", "Kezdőlap", "Véletlen lap", "Kapcsolat"),
        dialog="Iratkozzon fel, és értesítjük az új szócikkekről.",
        footer="A lap utolsó módosítása: 2026. március 3.",
    ),
    (
        "egykori vízimalom, amely 1958-ig őrölt gabonát",
        "ma falumúzeumként működik",
        "a kerék átmérője négy méter volt",
        "a felújítás költségeit is részletezi",
    ),
    ("↑", "Iratkozzon fel", "A lap utolsó módosítása"),
)

# --- Greek, a Sphinx manual page: a note and a warning admonition inside the text, the
# sidebar's table of contents, "previous/next" links and a "show source" link.
PROBES.add(
    "el_sphinx_note_and_warning_admonitions",
    "https://docs.example.gr/odigos/egkatastasi.html",
    page(
        "el",
        "Εγκατάσταση — Οδηγός χρήσης 2.1",
        "<div class='document'><div class='documentwrapper'><div class='bodywrapper'><div "
        "class='body' role='main'><section id='egkatastasi'><h1>Εγκατάσταση<a "
        "class='headerlink' href='#egkatastasi'>¶</a></h1><p>Το πρόγραμμα εγκαθίσταται από "
        "τη γραμμή εντολών με τον διαχειριστή πακέτων του συστήματός σας.</p><div "
        "class='admonition note'><p class='admonition-title'>Σημείωση</p><p>Σε παλαιότερες "
        "εκδόσεις του συστήματος χρειάζεται πρώτα ενημέρωση της λίστας πακέτων.</p></div><p>"
        "Μετά την εγκατάσταση, ελέγξτε την έκδοση με την εντολή που δίνεται παρακάτω.</p><div "
        "class='admonition warning'><p class='admonition-title'>Προειδοποίηση</p><p>Μην "
        "εκτελείτε την εγκατάσταση ως διαχειριστής σε κοινόχρηστους υπολογιστές.</p></div>"
        "</section></div></div></div><div class='sphinxsidebar' role='navigation'><h3>"
        "Περιεχόμενα</h3><ul><li><a href='#'>Εγκατάσταση</a></li><li><a href='ris.html'>"
        "Ρυθμίσεις</a></li></ul><h4>Προηγούμενο θέμα</h4><p><a href='intro.html'>Εισαγωγή"
        "</a></p><h4>Επόμενο θέμα</h4><p><a href='ris.html'>Ρυθμίσεις</a></p><div "
        "role='note'><h3>Αυτή η σελίδα</h3><ul><li><a href='_sources/egk.rst.txt'>Εμφάνιση "
        "πηγαίου κώδικα</a></li></ul></div></div></div><div class='footer'>© Copyright 2026, "
        "Ομάδα τεκμηρίωσης. Δημιουργήθηκε με Sphinx.</div>",
    ),
    (
        "εγκαθίσταται από τη γραμμή εντολών",
        "χρειάζεται πρώτα ενημέρωση της λίστας πακέτων",
        "ελέγξτε την έκδοση με την εντολή",
        "Μην εκτελείτε την εγκατάσταση ως διαχειριστής",
    ),
    ("Εμφάνιση πηγαίου κώδικα", "Προηγούμενο θέμα", "Δημιουργήθηκε με Sphinx"),
)

# --- Bulgarian, a code host's README: GitHub's markdown alerts (a titled box with an
# icon), around them the repository's furniture.
PROBES.add(
    "bg_readme_markdown_alert_boxes",
    "https://code.example.bg/ivan/kalendar/blob/main/README.md",
    page(
        "bg",
        "kalendar/README.md",
        "<header class='repo-header'><a href='/ivan'>ivan</a> / <a href='/ivan/kalendar'>"
        "kalendar</a><nav><a href='/ivan/kalendar'>Код</a><a href='/ivan/kalendar/issues'>"
        "Задачи 4</a><a href='/ivan/kalendar/pulls'>Заявки 1</a></nav><span class='stars'>"
        "Звезди 27</span></header><div class='repository-content'><article class='markdown-body"
        " entry-content'><h1>Календар</h1><p>Малка библиотека за изчисляване на празниците по "
        "стар и нов стил за всяка година.</p><div class='markdown-alert markdown-alert-note' "
        "dir='auto'><p class='markdown-alert-title' dir='auto'><svg class='octicon' "
        "aria-hidden='true'></svg>Забележка</p><p dir='auto'>Датите на подвижните празници "
        "се изчисляват по Юлианския календар и се превръщат в Григориански.</p></div><h2>"
        "Инсталиране</h2><p>Библиотеката няма външни зависимости и се инсталира с една "
        "команда.</p><div class='markdown-alert markdown-alert-warning' dir='auto'><p "
        "class='markdown-alert-title' dir='auto'><svg class='octicon' aria-hidden='true'>"
        "</svg>Внимание</p><p dir='auto'>Версиите преди 2.0 връщат грешна дата за Великден в "
        "годините след 2099.</p></div></article></div><footer><ul><li>© 2026 Code</li><li><a "
        "href='/terms'>Условия</a></li><li><a href='/privacy'>Поверителност</a></li></ul>"
        "</footer>",
    ),
    (
        "изчисляване на празниците по стар и нов стил",
        "се изчисляват по Юлианския календар",
        "няма външни зависимости",
        "Версиите преди 2.0 връщат грешна дата за Великден",
    ),
    ("Задачи 4", "Звезди 27", "Поверителност"),
)

# --- Serbian (Cyrillic), a publisher's app shell: the story in custom elements
# (<article-body>, <x-paragraph>), a <related-stories> element of linked titles after it.
PROBES.add(
    "sr_custom_element_paragraphs",
    "https://putopis.example.rs/price/zlatibor-zimi",
    page(
        "sr",
        "Златибор зими",
        "<site-header><a href='/'>Путопис</a><site-nav><a href='/price'>Приче</a><a "
        "href='/mape'>Мапе</a></site-nav></site-header><main><h1>Златибор зими</h1>"
        "<article-body><x-paragraph>Стигли смо у Чајетину у сумрак, када су се на "
        "борове већ спустиле прве пахуље.</x-paragraph><x-paragraph>Следећег јутра кренули "
        "смо пешице ка Торнику, газећи снег до колена на последњем успону.</x-paragraph>"
        "<x-paragraph>У колиби на врху домаћин нас је послужио врућом ракијом и причом о "
        "вуку који је прошле зиме сишао до села.</x-paragraph></article-body><related-stories "
        "heading='Прочитајте још'><story-card><a href='/price/1'>Три дана на Тари без "
        "аутомобила</a></story-card><story-card><a href='/price/2'>Манастири уз Ибар у "
        "једном викенду</a></story-card></related-stories></main><site-footer><p>© 2026 "
        "Путопис. Сва права задржана.</p></site-footer>",
    ),
    (
        "Стигли смо у Чајетину у сумрак",
        "газећи снег до колена на последњем успону",
        "о вуку који је прошле зиме сишао до села",
    ),
    ("Три дана на Тари", "Сва права задржана"),
)

# --- Croatian, a news-like page built of web components: <story-text> holding
# <story-paragraph>s, an <ad-slot> with its label and a <newsletter-box> between them.
PROBES.add(
    "hr_story_text_web_components_with_slots",
    "https://otoci.example.hr/vijesti/trajekt-za-lastovo",
    page(
        "hr",
        "Novi trajekt za Lastovo od lipnja",
        "<main><h1>Novi trajekt za Lastovo od lipnja</h1><story-text><story-paragraph>Otok "
        "Lastovo od lipnja dobiva novi trajekt koji će ljeti ploviti dva puta dnevno iz "
        "Splita.</story-paragraph><story-paragraph>Brod je izgrađen u brodogradilištu u "
        "Kraljevici i prima sto dvadeset automobila.</story-paragraph><ad-slot "
        "data-label='Oglas'><span class='ad-label'>Oglas</span></ad-slot><story-paragraph>"
        "Otočani su godinama tražili bolju vezu, osobito zimi kada bura zna prekinuti promet na "
        "nekoliko dana.</story-paragraph><newsletter-box><p>Prijavite se na naš bilten i "
        "primajte vijesti s otoka svakog jutra.</p></newsletter-box></story-text></main>",
    ),
    (
        "od lipnja dobiva novi trajekt",
        "prima sto dvadeset automobila",
        "bura zna prekinuti promet na nekoliko dana",
    ),
    ("Prijavite se na naš bilten", "Oglas"),
)

# --- Slovak, a club's article: a comment row <template> with placeholders, a <noscript>
# asking for JavaScript and the comment form's loader: none of it read as text.
PROBES.add(
    "sk_template_rows_and_noscript_note_left_out",
    "https://turisti.example.sk/clanky/chata-pod-chopkom",
    site(
        "sk",
        "Víkend na chate pod Chopkom",
        "<article><p>V piatok večer sme vystúpili z lanovky a posledný kilometer k chate "
        "sme išli v hmle.</p><p>Chatár nám uvaril kapustnicu a ráno sme vyrazili na hrebeň "
        "smerom k Ďumbieru.</p><p>Cestou späť sme stretli stádo kamzíkov, ktoré sa pásli "
        "tesne pod chodníkom.</p></article><section class='comments'><div "
        "id='comment-list'></div><template id='comment-row'><div class='comment'><b>"
        "{{meno}}</b> napísal dňa {{datum}}: <p>{{text}}</p></div></template><noscript>Na "
        "zobrazenie komentárov si zapnite JavaScript vo svojom prehliadači.</noscript>"
        "</section>",
        nav=("Turisti", "Články", "Túry", "Kontakt"),
        dialog="Prihláste sa na odber noviniek z našich túr.",
        footer="© 2026 Klub turistov",
    ),
    (
        "posledný kilometer k chate sme išli v hmle",
        "vyrazili na hrebeň smerom k Ďumbieru",
        "stretli stádo kamzíkov",
    ),
    ("{{meno}}", "si zapnite JavaScript", "Prihláste sa na odber"),
)

# --- Lithuanian, a page drawn by script: the markup holds an empty app root, and the
# same text in a <noscript> block for readers and robots without script.
PROBES.add(
    "lt_noscript_copy_of_script_drawn_text",
    "https://muziejus.example.lt/parodos/gintaro-keliai",
    page(
        "lt",
        "Gintaro keliai",
        "<div id='app'></div><noscript><div class='static-page'><h1>Gintaro keliai</h1><p>"
        "Nauja paroda pasakoja, kaip gintaras iš Baltijos pakrantės keliavo į Romos imperijos "
        "miestus.</p><p>Lankytojai išvys daugiau kaip tris šimtus radinių, tarp jų ir "
        "karolius, rastus netoli Palangos.</p><p>Paroda veiks iki rugsėjo pabaigos, "
        "ekskursijos vyksta šeštadieniais.</p></div></noscript><script "
        "src='/static/app.js'></script>",
    ),
    (
        "kaip gintaras iš Baltijos pakrantės keliavo",
        "daugiau kaip tris šimtus radinių",
        "Paroda veiks iki rugsėjo pabaigos",
    ),
    (),
)

# --- Finnish, a carousel of text slides (a library's "five reading tips"): the slider
# loops, so it clones its first and last slides (aria-hidden, a duplicate class), and has
# previous/next buttons and a slide counter.
_FI_SLIDES = (
    "Lue ääneen lapsen kanssa joka ilta vähintään kymmenen minuuttia.",
    "Anna lapsen valita kirja itse, vaikka se olisi sama kuin eilen.",
    "Käy kirjastossa yhdessä ja tutustu satutuntien ohjelmaan.",
)


def _fi_slide(n: int, text: str, *, clone: bool = False) -> str:
    extra = " swiper-slide-duplicate' aria-hidden='true" if clone else ""
    return (
        f"<div class='swiper-slide{extra}' data-swiper-slide-index='{n}'><div "
        f"class='slide-text'><h3>Vinkki {n + 1}</h3><p>{text}</p></div></div>"
    )


PROBES.add(
    "fi_text_slides_looped_carousel",
    "https://kirjasto.example.fi/lukuvinkit/lukemaan-innostaminen",
    site(
        "fi",
        "Näin innostat lapsen lukemaan",
        "<p>Kirjaston lastenosaston väki kokosi vinkit, joilla lukemisesta tulee perheen "
        "yhteinen hetki.</p><div class='swiper text-slider'><div class='swiper-wrapper'>"
        + _fi_slide(2, _FI_SLIDES[2], clone=True)
        + "".join(_fi_slide(n, text) for n, text in enumerate(_FI_SLIDES))
        + _fi_slide(0, _FI_SLIDES[0], clone=True)
        + "</div><div class='swiper-pagination'>1 / 3</div><button "
        "class='swiper-button-prev'>Edellinen</button><button "
        "class='swiper-button-next'>Seuraava</button></div><p>Lisää vinkkejä saat "
        "kirjaston neuvonnasta.</p>",
        nav=("Kirjasto", "Tapahtumat", "Lukuvinkit", "Yhteystiedot"),
        dialog="Tilaa kirjaston uutiskirje ja saat tapahtumat ensimmäisenä.",
        footer="© 2026 Kaupunginkirjasto",
    ),
    (*_FI_SLIDES, "kokosi vinkit, joilla lukemisesta tulee"),
    ("Edellinen", "Seuraava", "Tilaa kirjaston uutiskirje"),
)
ONCE["fi_text_slides_looped_carousel"] = _FI_SLIDES

# --- Swedish, a feature with a pull quote that repeats a sentence of the text word for
# word, set in an <aside> between paragraphs.
_SV_QUOTED = "Vi fiskar inte för att bli rika, vi fiskar för att ön ska leva."
PROBES.add(
    "sv_pull_quote_repeating_the_text",
    "https://skargard.example.se/reportage/sista-fiskarna",
    site(
        "sv",
        "De sista fiskarna på Norrholmen",
        "<div class='article-body'><p>På Norrholmen bor i dag fjorton personer året runt, "
        "och tre av dem lever fortfarande på fisket.</p><p>Birger Ålund har lagt ut sina "
        f"nät i samma vik i fyrtio år. – {_SV_QUOTED} Utan oss finns ingen anledning att hålla "
        "färjan igång, säger han.</p><aside class='pullquote'><blockquote><p>"
        f"{_SV_QUOTED}</p></blockquote></aside><p>Kommunen har lovat att färjan ska gå året "
        "runt åtminstone till 2030.</p></div>",
        nav=("Skärgården", "Reportage", "Evenemang", "Kontakt"),
        dialog="Prenumerera på vårt nyhetsbrev om livet i skärgården.",
        footer="© 2026 Skärgårdsnytt",
    ),
    (_SV_QUOTED, "fjorton personer året runt", "färjan ska gå året runt"),
    ("Prenumerera på vårt nyhetsbrev",),
)
ONCE["sv_pull_quote_repeating_the_text"] = (_SV_QUOTED,)

# --- Danish, a quote set apart in a pull-quote box that appears nowhere else in the text:
# it is the text's own, so it stays; a share button after the text whose screen-reader
# sentence before it is read aloud, never shown: no "read more" rest.
PROBES.add(
    "da_set_apart_quote_said_once",
    "https://kulturhus.example.dk/nyheder/ny-leder",
    site(
        "da",
        "Kulturhuset får ny leder",
        "<div class='article-body'><p>Bestyrelsen har valgt Mette Storgaard som ny leder "
        "af kulturhuset fra første august.</p><p>Hun kommer fra en stilling som "
        "programchef på et spillested i Aarhus.</p><figure class='wp-block-pullquote'>"
        "<blockquote><p>Jeg vil gerne have, at huset er åbent også på de dage, hvor der ikke "
        "er koncerter.</p><cite>Mette Storgaard</cite></blockquote></figure><p>Hun begynder "
        "med et åbent møde for foreningerne i byen.</p><div><span "
        "class='visually-hidden'>Knappen åbner et vindue, hvor du kan dele artiklen med "
        "andre.</span><button type='button'>Del</button></div></div>",
        nav=("Kulturhuset", "Program", "Nyheder", "Kontakt"),
        dialog="Tilmeld dig nyhedsbrevet og få programmet hver måned.",
        footer="© 2026 Kulturhuset",
    ),
    (
        "valgt Mette Storgaard som ny leder",
        "også på de dage, hvor der ikke er koncerter",
        "et åbent møde for foreningerne",
    ),
    ("Tilmeld dig nyhedsbrevet", "Knappen åbner et vindue"),
)

# --- Georgian, a hotel page: Bootstrap tab panes (the inactive ones only lack the
# 'active show' classes), and a closed <dialog> element holding a log-in form.
PROBES.add(
    "ka_tab_panes_and_closed_dialog_element",
    "https://sastumro.example.ge/otakhebi",
    page(
        "ka",
        "ოთახები და ფასები",
        "<header><a href='/'>სასტუმრო მთა</a><nav><a href='/'>მთავარი</a><a "
        "href='/otakhebi'>ოთახები</a></nav></header><main><h1>ოთახები და ფასები</h1><ul "
        "class='nav nav-tabs' role='tablist'><li><button class='nav-link active' "
        "data-bs-toggle='tab' data-bs-target='#ormagi'>ორადგილიანი</button></li><li><button "
        "class='nav-link' data-bs-toggle='tab' data-bs-target='#ojakhi'>საოჯახო</button></li>"
        "</ul><div class='tab-content'><div class='tab-pane fade show active' id='ormagi' "
        "role='tabpanel'><p>ორადგილიანი ოთახი აივნით გადაჰყურებს ხეობას და აქვს ცალკე "
        "სააბაზანო.</p></div><div class='tab-pane fade' id='ojakhi' role='tabpanel'><p>"
        "საოჯახო ოთახში ოთხი ადამიანი თავისუფლად ეტევა, ბავშვებისთვის დამატებითი საწოლი "
        "უფასოა.</p></div></div></main><dialog id='login'><form method='dialog'><p>შედით "
        "ანგარიშზე, რომ ნახოთ თქვენი ჯავშნები.</p><input type='password'><button>შესვლა"
        "</button></form></dialog><footer><p>© 2026 სასტუმრო მთა</p></footer>",
    ),
    (
        "აივნით გადაჰყურებს ხეობას",
        "ბავშვებისთვის დამატებითი საწოლი უფასოა",
    ),
    ("შედით ანგარიშზე", "© 2026 სასტუმრო მთა"),
)

# --- Armenian, an essay with endnotes in a DPUB-ARIA <aside role='doc-endnotes'>, each
# note closing on a back-link ("↩") with role='doc-backlink'.
PROBES.add(
    "hy_doc_endnotes_aside_backlinks",
    "https://gorts.example.am/hodvatsner/kamurjner",
    site(
        "hy",
        "Քարե կամուրջները",
        "<article><p>Դեբեդի ձորում պահպանված քարե կամուրջը կառուցվել է տասներկուերորդ "
        "դարում<a href='#en1' role='doc-noteref' id='r1'><sup>1</sup></a>։</p><p>Կամրջի "
        "մոտ դեռ երևում են հին իջևանատան պատերի հետքերը<a href='#en2' role='doc-noteref' "
        "id='r2'><sup>2</sup></a>։</p><aside role='doc-endnotes' class='endnotes'><h2>"
        "Ծանոթագրություններ</h2><ol><li id='en1'>Թվականը նշված է կամրջի արևելյան կողմի "
        "արձանագրության մեջ։ <a href='#r1' role='doc-backlink'>↩</a></li><li id='en2'>"
        "Պեղումները կատարվել են երկու հազար տասնհինգին։ <a href='#r2' "
        "role='doc-backlink'>↩</a></li></ol></aside></article>",
        nav=("Գործ", "Հոդվածներ", "Մեր մասին", "Կապ"),
        dialog="Բաժանորդագրվեք և ստացեք նոր հոդվածները էլփոստով։",
        footer="© 2026 Գործ ամսագիր",
    ),
    (
        "կառուցվել է տասներկուերորդ դարում",
        "հին իջևանատան պատերի հետքերը",
        "Թվականը նշված է կամրջի արևելյան կողմի",
        "Պեղումները կատարվել են երկու հազար տասնհինգին",
    ),
    ("↩", "Բաժանորդագրվեք"),
)

# --- Amharic, a biography cut by a "show more" plug-in: the rest of the text in a span
# hidden by style, a "read more" link after it.
PROBES.add(
    "am_show_more_hidden_span_rest",
    "https://tarik.example.et/sewoch/ato-bekele",
    site(
        "am",
        "የአቶ በቀለ ታሪክ",
        "<div class='bio'><p>አቶ በቀለ በጎንደር ከተማ ተወልደው ያደጉ የእጅ ሥራ መምህር ነበሩ። "
        "<span class='morecontent'><span style='display:none'>በወጣትነታቸው ወደ አዲስ አበባ "
        "ሄደው የሽመና ሙያ ተማሩ። ከዚያም ተመልሰው በከተማቸው ለብዙ ወጣቶች ሙያውን አስተማሩ። "
        "</span><a href='#' class='morelink'>ተጨማሪ ያንብቡ</a></span></p></div>",
        nav=("ታሪክ", "ሰዎች", "ቦታዎች", "ያግኙን"),
        dialog="አዳዲስ ታሪኮችን በኢሜይል ለማግኘት ይመዝገቡ።",
        footer="© 2026 ታሪክ ድረ ገጽ",
    ),
    (
        "በጎንደር ከተማ ተወልደው ያደጉ የእጅ ሥራ መምህር",
        "የሽመና ሙያ ተማሩ",
        "ለብዙ ወጣቶች ሙያውን አስተማሩ",
    ),
    ("ተጨማሪ ያንብቡ", "በኢሜይል ለማግኘት ይመዝገቡ"),
)

# --- Burmese, a clinic's services page: an accordion of Elementor toggles, the answers
# in 'elementor-tab-content' blocks closed by the theme's style.
PROBES.add(
    "my_elementor_toggle_panels",
    "https://clinic.example.com.mm/services",
    site(
        "my",
        "ဆေးခန်း ဝန်ဆောင်မှုများ",
        "<div class='elementor-widget elementor-widget-toggle'><div "
        "class='elementor-toggle' role='tablist'><div class='elementor-toggle-item'><div "
        "class='elementor-tab-title' role='tab' aria-expanded='false'><a href=''>ကလေးကျန်းမာရေး"
        "</a></div><div class='elementor-tab-content elementor-clearfix' role='tabpanel' "
        "style='display:none'><p>ကလေးများအတွက် ကာကွယ်ဆေးထိုးခြင်းကို တနင်္လာနေ့တိုင်း "
        "နံနက်ပိုင်းတွင် ပြုလုပ်ပေးပါသည်။</p></div></div><div class='elementor-toggle-item'>"
        "<div class='elementor-tab-title' role='tab' aria-expanded='false'><a href=''>"
        "သွားဆေးခန်း</a></div><div class='elementor-tab-content elementor-clearfix' "
        "role='tabpanel' style='display:none'><p>သွားဆရာဝန်သည် အင်္ဂါနေ့နှင့် "
        "ကြာသပတေးနေ့များတွင် ညနေပိုင်း လူနာများကို ကြည့်ရှုပေးပါသည်။</p></div></div></div>"
        "</div>",
        nav=("ဆေးခန်း", "ဝန်ဆောင်မှု", "ဆရာဝန်များ", "ဆက်သွယ်ရန်"),
        dialog="ချိန်းဆိုမှု သတိပေးချက်များ ရယူရန် စာရင်းသွင်းပါ။",
        footer="© 2026 ဆေးခန်း",
    ),
    (
        "ကာကွယ်ဆေးထိုးခြင်းကို တနင်္လာနေ့တိုင်း",
        "ညနေပိုင်း လူနာများကို ကြည့်ရှုပေးပါသည်",
    ),
    ("စာရင်းသွင်းပါ",),
)

# --- Khmer, a cooperative's page: a CSS-only "read more" (a checkbox, the rest in a
# target span, a label as the button).
PROBES.add(
    "km_css_checkbox_read_more",
    "https://sahakor.example.com.kh/about",
    site(
        "km",
        "អំពីសហករណ៍",
        "<div class='about'><input type='checkbox' class='read-more-state' id='rm1'><p "
        "class='read-more-wrap'>សហករណ៍របស់យើងត្រូវបានបង្កើតឡើងដោយកសិករដាំស្រូវចំនួនម្ភៃគ្រួសារ។ "
        "<span class='read-more-target'>សព្វថ្ងៃនេះ យើងមានសមាជិកជាងបីរយគ្រួសារ "
        "និងលក់អង្ករសរីរាង្គទៅកាន់ទីផ្សារក្នុងរាជធានីភ្នំពេញ។</span></p><label for='rm1' "
        "class='read-more-trigger'>អានបន្ថែម</label></div>",
        nav=("សហករណ៍", "ផលិតផល", "ព័ត៌មាន", "ទំនាក់ទំនង"),
        dialog="ចុះឈ្មោះដើម្បីទទួលព័ត៌មានថ្មីៗពីសហករណ៍។",
        footer="© 2026 សហករណ៍កសិករ",
    ),
    (
        "កសិករដាំស្រូវចំនួនម្ភៃគ្រួសារ",
        "យើងមានសមាជិកជាងបីរយគ្រួសារ",
    ),
    ("អានបន្ថែម", "ចុះឈ្មោះដើម្បីទទួលព័ត៌មានថ្មីៗ"),
)

# --- Nepali, a WordPress post with the block editor's footnotes: a <sup> reference in
# the text, an ol.wp-block-footnotes after it whose notes end in "↩︎".
PROBES.add(
    "ne_wordpress_block_footnotes",
    "https://lekhan.example.com.np/2026/02/himal-ko-pani",
    site(
        "ne",
        "हिमालको पानी",
        "<div class='entry-content'><p>काठमाडौँ उपत्यकाका ढुङ्गेधारामध्ये आधाभन्दा बढी अहिले "
        "सुकेका छन्<sup data-fn='a1' class='fn'><a href='#a1' id='a1-link'>1</a></sup>।</p>"
        "<p>स्थानीय बासिन्दाहरू पुराना पोखरीहरू सफा गरेर पानीका मुहान फर्काउने प्रयास "
        "गरिरहेका छन्।</p><ol class='wp-block-footnotes'><li id='a1'>यो तथ्याङ्क "
        "उपत्यका खानेपानी बोर्डको दुई हजार बाइसको सर्वेक्षणबाट लिइएको हो। <a "
        "href='#a1-link' aria-label='Jump to footnote reference 1'>↩︎</a></li></ol></div>",
        nav=("लेखन", "लेखहरू", "हाम्रो बारेमा", "सम्पर्क"),
        dialog="नयाँ लेखहरू इमेलमा पाउन सदस्य बन्नुहोस्।",
        footer="© 2026 लेखन",
    ),
    (
        "आधाभन्दा बढी अहिले सुकेका छन्",
        "पुराना पोखरीहरू सफा गरेर",
        "दुई हजार बाइसको सर्वेक्षणबाट लिइएको हो",
    ),
    ("↩", "सदस्य बन्नुहोस्"),
)

# --- Sinhala, a Docusaurus docs page: a "tip" admonition (icon, heading, content), the
# "edit this page" link and the previous/next pager after the text.
PROBES.add(
    "si_docusaurus_admonition_and_pager",
    "https://docs.example.lk/docs/setup",
    page(
        "si",
        "සැකසුම | ලියවිලි",
        "<nav class='navbar'><a class='navbar__brand' href='/'>ලියවිලි</a><a "
        "class='navbar__item' href='/docs'>මාර්ගෝපදේශ</a></nav><div class='main-wrapper'>"
        "<aside class='theme-doc-sidebar-container'><ul class='menu__list'><li><a "
        "href='/docs/intro'>හැඳින්වීම</a></li><li><a href='/docs/setup'>සැකසුම</a></li>"
        "</ul></aside><main><article><div class='theme-doc-markdown markdown'><header><h1>"
        "සැකසුම</h1></header><p>ඔබේ පරිගණකයේ මෙවලම ස්ථාපනය කිරීමට පෙර නවතම අනුවාදය "
        "බාගත කරගන්න.</p><div class='theme-admonition theme-admonition-tip admonition_xJq3 "
        "alert alert--success'><div class='admonitionHeading_Gvgb'><span "
        "class='admonitionIcon_Rf37'><svg viewBox='0 0 12 16'></svg></span>ඉඟිය</div><div "
        "class='admonitionContent_BuS1'><p>ස්ථාපනයෙන් පසු පරිගණකය නැවත ආරම්භ කිරීමෙන් "
        "බොහෝ දෝෂ මඟහැරේ.</p></div></div><p>සැකසුම් ගොනුව ඔබේ ව්‍යාපෘතියේ මූල "
        "ෆෝල්ඩරයේ තබන්න.</p></div><footer class='theme-doc-footer'><a "
        "href='/edit/docs/setup.md' class='theme-edit-this-page'>මෙම පිටුව සංස්කරණය කරන්න"
        "</a></footer><nav class='pagination-nav'><a class='pagination-nav__link "
        "pagination-nav__link--prev' href='/docs/intro'><div class='pagination-nav__sublabel'>"
        "පෙර</div><div class='pagination-nav__label'>හැඳින්වීම</div></a></nav></article>"
        "</main></div>",
    ),
    (
        "නවතම අනුවාදය බාගත කරගන්න",
        "බොහෝ දෝෂ මඟහැරේ",
        "මූල ෆෝල්ඩරයේ තබන්න",
    ),
    ("මෙම පිටුව සංස්කරණය කරන්න",),
)

# --- Persian, a blog built with a web component whose text is in a declarative shadow
# root (<template shadowrootmode='open'>): the browser draws it, so it is the text.
PROBES.add(
    "fa_declarative_shadow_root_text",
    "https://daftar.example.ir/yaddasht/baran",
    page(
        "fa",
        "یادداشتی دربارهٔ باران",
        "<header><a href='/'>دفتر</a><nav><a href='/yaddasht'>یادداشت‌ها</a></nav></header>"
        "<main><h1>یادداشتی دربارهٔ باران</h1><blog-post><template shadowrootmode='open'>"
        "<style>p{line-height:2}</style><p>باران اول پاییز همیشه بوی خاک باغ پدربزرگ را با "
        "خودش می‌آورد.</p><p>آن سال‌ها زیر ایوان می‌نشستیم و صدای ناودان را می‌شمردیم تا "
        "خوابمان ببرد.</p><p>حالا در شهر، باران فقط ترافیک است و چترهایی که به هم می‌خورند."
        "</p></template></blog-post></main><footer><p>© ۱۴۰۵ دفتر</p></footer>",
        dir_="rtl",
    ),
    (
        "بوی خاک باغ پدربزرگ",
        "صدای ناودان را می‌شمردیم",
        "باران فقط ترافیک است",
    ),
    (),
)

# --- Hebrew, a municipal page whose closed accordion panels are <div hidden
# until-found> (findable by the browser's search, so text), beside a hidden cookie banner.
PROBES.add(
    "he_hidden_until_found_panels",
    "https://ir.example.org.il/shirutim/pinui-psolet",
    site(
        "he",
        "פינוי פסולת גושית",
        "<p>העירייה מפנה פסולת גושית מבתי התושבים ללא תשלום, לפי הזמנה מראש.</p><div "
        "class='accordion'><button aria-expanded='false'>איך מזמינים פינוי?</button><div "
        "hidden='until-found'><p>יש להתקשר למוקד העירוני או למלא טופס באתר לפחות יומיים "
        "לפני מועד הפינוי.</p></div><button aria-expanded='false'>מה אסור להניח ברחוב?"
        "</button><div hidden='until-found'><p>אין להניח פסולת בניין, צמיגים או חומרים "
        "מסוכנים ליד הפחים.</p></div></div>",
        nav=("העירייה", "שירותים", "חדשות", "צור קשר"),
        dialog="הירשמו לקבלת עדכונים על שינויים בימי הפינוי.",
        footer="© 2026 עיריית הגבעה",
        dir_="rtl",
    ),
    (
        "ללא תשלום, לפי הזמנה מראש",
        "למלא טופס באתר לפחות יומיים",
        "אין להניח פסולת בניין, צמיגים",
    ),
    ("הירשמו לקבלת עדכונים",),
)

# --- Thai, a recipe blog: a tip box (an admonition in a theme's 'callout' block) inside
# the steps and a "jump to recipe" button row above; a print/pin row after.
PROBES.add(
    "th_callout_box_in_steps",
    "https://khrua.example.co.th/recipe/tom-kha",
    site(
        "th",
        "ต้มข่าไก่แบบบ้านๆ",
        "<div class='entry-content'><p>ต้มข่าไก่หม้อนี้ใช้กะทิสดครึ่งหนึ่งและน้ำซุปไก่อีกครึ่งหนึ่ง "
        "รสชาติจึงไม่เลี่ยนเกินไป</p><div class='wp-block-group callout callout-tip'><p "
        "class='callout-title'>เคล็ดลับ</p><p>อย่าให้กะทิเดือดจัด เพราะจะทำให้กะทิแตกมัน</p>"
        "</div><p>ใส่ข่าและตะไคร้ลงไปก่อน แล้วจึงใส่ไก่เมื่อน้ำเริ่มหอม</p><div "
        "class='share-row'><a href='#'>พิมพ์</a> <a href='#'>ปักหมุด</a></div></div>",
        nav=("ครัวบ้าน", "สูตรอาหาร", "ของหวาน", "ติดต่อ"),
        dialog="สมัครรับสูตรใหม่ทุกสัปดาห์ทางอีเมล",
        footer="© 2026 ครัวบ้าน",
    ),
    (
        "ใช้กะทิสดครึ่งหนึ่ง",
        "อย่าให้กะทิเดือดจัด",
        "ใส่ข่าและตะไคร้ลงไปก่อน",
    ),
    ("สมัครรับสูตรใหม่", "ปักหมุด"),
)

# --- Vietnamese, a product page: the description in the active tab, the specification in
# a tab pane with aria-hidden='true', beside a mini cart drawer hidden the same way.
PROBES.add(
    "vi_tab_pane_aria_hidden_spec_and_cart_drawer",
    "https://cuahang.example.vn/san-pham/am-tra-gom",
    site(
        "vi",
        "Ấm trà gốm Bát Tràng",
        "<div class='product-tabs'><ul class='tabs' role='tablist'><li role='tab' "
        "aria-selected='true'>Mô tả</li><li role='tab' aria-selected='false'>Thông số</li>"
        "</ul><div class='tab-panel' role='tabpanel' aria-hidden='false'><p>Ấm được nặn "
        "tay và nung ở nhiệt độ cao nên giữ nhiệt rất lâu.</p></div><div class='tab-panel' "
        "role='tabpanel' aria-hidden='true'><p>Dung tích bốn trăm mililít, men rạn màu "
        "xanh ngọc, nắp có lỗ thoát hơi.</p></div></div><div class='mini-cart' "
        "aria-hidden='true'><p>Giỏ hàng của bạn đang trống.</p><a href='/cart'>Xem giỏ hàng"
        "</a></div>",
        nav=("Cửa hàng", "Sản phẩm", "Khuyến mãi", "Liên hệ"),
        dialog="Đăng ký nhận mã giảm giá cho đơn hàng đầu tiên.",
        footer="© 2026 Cửa hàng gốm",
    ),
    (
        "nặn tay và nung ở nhiệt độ cao",
        "Dung tích bốn trăm mililít",
    ),
    ("Giỏ hàng của bạn đang trống", "Đăng ký nhận mã giảm giá"),
)

# --- Indonesian, a guide whose sections are closed <details> with an <h2> in the
# summary, and a "table of contents" <details> of links above them.
PROBES.add(
    "id_details_sections_and_toc_details",
    "https://panduan.example.co.id/membuat-paspor",
    site(
        "id",
        "Panduan membuat paspor",
        "<details class='toc'><summary>Daftar isi</summary><ol><li><a href='#syarat'>"
        "Syarat</a></li><li><a href='#biaya'>Biaya</a></li></ol></details><details "
        "id='syarat'><summary><h2>Syarat</h2></summary><p>Siapkan KTP elektronik, kartu "
        "keluarga dan akta kelahiran asli beserta fotokopinya.</p></details><details "
        "id='biaya'><summary><h2>Biaya</h2></summary><p>Biaya paspor biasa empat puluh "
        "delapan halaman dibayar melalui bank atau kantor pos sebelum wawancara.</p>"
        "</details>",
        nav=("Panduan", "Dokumen", "Perjalanan", "Kontak"),
        dialog="Daftar untuk menerima panduan terbaru lewat surel.",
        footer="© 2026 Panduan Warga",
    ),
    (
        "Siapkan KTP elektronik, kartu keluarga",
        "dibayar melalui bank atau kantor pos",
    ),
    ("Daftar untuk menerima panduan",),
)

# --- Urdu, an explainer followed by a share sheet hidden until its button is pressed
# (``hidden``): its label and network names are no text.
PROBES.add(
    "ur_definition_tooltips_and_hidden_share_sheet",
    "https://samjho.example.pk/mazameen/mausam",
    site(
        "ur",
        "مون سون کیسے بنتا ہے",
        "<article><p>گرمیوں میں زمین سمندر سے زیادہ تیزی سے گرم ہوتی ہے اور ہوا کا دباؤ "
        "کم ہو جاتا ہے۔</p><p>اس کمی کو پورا کرنے کے لیے سمندر سے نم ہوائیں خشکی کی طرف "
        "چلتی ہیں اور بارش لاتی ہیں۔</p></article><div class='share-sheet' hidden><p>یہ "
        "مضمون شیئر کریں</p><a href='#'>فیس بک</a><a href='#'>واٹس ایپ</a></div>",
        nav=("سمجھو", "مضامین", "سوال جواب", "رابطہ"),
        dialog="نئے مضامین ای میل پر حاصل کرنے کے لیے سائن اپ کریں۔",
        footer="© 2026 سمجھو",
        dir_="rtl",
    ),
    (
        "زمین سمندر سے زیادہ تیزی سے گرم ہوتی ہے",
        "سمندر سے نم ہوائیں خشکی کی طرف",
    ),
    ("یہ مضمون شیئر کریں", "واٹس ایپ", "سائن اپ کریں"),
)

# --- Hungarian, a guest house's description set in a bare <div> (no <p>): the first
# sentence shown, the rest in a span hidden by a class, a button after it that shows it.
PROBES.add(
    "hu_div_text_hidden_rest_and_more_button",
    "https://vendeghaz.example.hu/rolunk",
    site(
        "hu",
        "A vendégházról",
        "<div class='description'>A vendégház a Balaton-felvidék egyik csendes zsákutcájában "
        "áll, a szőlőhegy lábánál. <span class='hidden more-text'>A régi parasztházat 2019-ben "
        "újítottuk fel, megtartva a boltíves pincét és a kemencét. A kertből tiszta időben "
        "a tóra is rálátni.</span> <button type='button' class='more-toggle'>Tovább "
        "olvasom</button></div>",
        nav=("Vendégház", "Szobák", "Árak", "Kapcsolat"),
        dialog="Iratkozzon fel, és elsőként értesül a kedvezményekről.",
        footer="© 2026 Szőlőhegy Vendégház",
    ),
    (
        "egyik csendes zsákutcájában",
        "megtartva a boltíves pincét és a kemencét",
        "a tóra is rálátni",
    ),
    ("Tovább olvasom", "Iratkozzon fel"),
)
