"""The blind70q probe's glossaries (a <dl> of terms, a letter index above it) and
timetables and results tables (a <thead>, a row per entry, a note under the table): in
Georgian, Armenian, Persian, Bengali, Tamil, Mongolian, Greek and Sinhala."""

from __future__ import annotations

from ..blind66._kit import share
from ._kit import SITES, add, paras


def glossary(
    lang: str,
    name: str,
    title: str,
    *,
    intro: str,
    letters: str,
    terms: tuple[tuple[str, str], ...],
    back: str,
) -> None:
    """A glossary: the intro, every term and its definition are must-lines; the letter index
    (its letters joined by spaces) and a "back to top" link are must-nots."""
    site = SITES[lang]
    index = "".join(f"<a href='#l{n}'>{c}</a> " for n, c in enumerate(letters.split()))
    items = "".join(f"<dt id='t{n}'>{t}</dt><dd>{d}</dd>" for n, (t, d) in enumerate(terms))
    main = (
        f"<div class='page-content glossary'><h1>{title}</h1><p>{intro}</p>"
        f"<nav class='alpha-index'>{index}</nav><dl class='glossary-list'>{items}</dl>"
        f"<p class='back-top'><a href='#top'>{back}</a></p>{share(site)}</div>"
    )
    must = (intro, *(t for t, _ in terms), *(d for _, d in terms))
    add(name, site, title, main, must, (back,), template="portal", path=f"glossary/{name}")


def table_page(
    lang: str,
    name: str,
    title: str,
    *,
    intro: str,
    head: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    after: str,
    out: tuple[str, ...],
    extra: str = "",
) -> None:
    """A timetable or results table: the intro, each row (filled cells joined by " | ") and
    the note after the table are must-lines; ``out`` and ``extra``'s furniture are not."""
    site = SITES[lang]
    thead = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    main = (
        f"<article class='page'><h1>{title}</h1>{paras(intro)}<div class='table-wrap'>"
        f"<table class='schedule'><thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table>"
        f"</div>{paras(after)}{extra}{share(site)}</article>"
    )
    must = (intro, *(" | ".join(row) for row in rows), after)
    add(name, site, title, main, must, out, path=f"page/{name}")


glossary(
    "ka",
    "glossary_georgian",
    "მეღვინეობის ტერმინები",
    intro="ამ გვერდზე თავმოყრილია ქართული მეღვინეობის ძირითადი ტერმინები.",
    letters="ა ბ გ დ ე ვ",
    terms=(
        ("ქვევრი", "თიხის დიდი ჭურჭელი, რომელიც მიწაში ჩაფლავენ ღვინის დასაყენებლად."),
        ("ჭაჭა", "ყურძნის გამონაწური, რომელიც ღვინის დადუღების შემდეგ რჩება."),
        ("მარანი", "სათავსო, სადაც ქვევრები და ღვინის ინვენტარი ინახება."),
    ),
    back="გვერდის თავში",
)

glossary(
    "hy",
    "glossary_armenian",
    "Գորգագործության բառարան",
    intro="Այս բառարանը բացատրում է հայկական գորգագործության հիմնական եզրույթները։",
    letters="Ա Բ Գ Դ Ե Զ",
    terms=(
        ("Հանգույց", "Թելի կապը, որից կազմվում է գորգի խավը։"),
        ("Հենք", "Ուղղահայաց թելերը, որոնց վրա գործվում են հանգույցները։"),
        ("Որդան կարմիր", "Միջատից ստացվող կարմիր ներկ, որով ներկում էին բուրդը։"),
    ),
    back="Վերև",
)

glossary(
    "fa",
    "glossary_persian",
    "واژه‌نامهٔ خوشنویسی",
    intro="در این صفحه اصطلاحات رایج خوشنویسی ایرانی به ترتیب الفبا آمده است.",
    letters="آ ب پ ت ث ج",
    terms=(
        ("قلم‌تراش", "چاقوی کوچکی که خوشنویس با آن سر قلم نی را می‌تراشد."),
        ("مرکب", "جوهر سیاهی که از دوده و صمغ عربی ساخته می‌شود."),
        ("سیاه‌مشق", "صفحه‌ای که خوشنویس برای تمرین بارها روی آن می‌نویسد."),
    ),
    back="بازگشت به بالا",
)

table_page(
    "bn",
    "timetable_bengali",
    "সদরঘাট থেকে বরিশাল লঞ্চের সময়সূচি",
    intro="শীতকালীন সময়সূচি অনুযায়ী প্রতিদিন সন্ধ্যায় চারটি লঞ্চ বরিশালের উদ্দেশে ছেড়ে যায়।",
    head=("লঞ্চ", "ছাড়ার সময়", "পৌঁছানোর সময়"),
    rows=(
        ("এমভি সোনার তরী", "সন্ধ্যা ৭:০০", "ভোর ৪:৩০"),
        ("এমভি মেঘনা রানী", "সন্ধ্যা ৮:১৫", "ভোর ৫:৪৫"),
        ("এমভি কীর্তনখোলা", "রাত ৯:০০", "সকাল ৬:৩০"),
    ),
    after="কুয়াশার কারণে শীতে লঞ্চ ছাড়তে এক ঘণ্টা পর্যন্ত দেরি হতে পারে।",
    out=("টিকিট কিনুন",),
    extra="<div class='cta-box'><a class='btn' href='/tickets'>টিকিট কিনুন</a></div>",
)

table_page(
    "ta",
    "results_tamil",
    "மாவட்ட கபடிப் போட்டி முடிவுகள்",
    intro="மாவட்ட அளவிலான கபடிப் போட்டியின் இறுதிச் சுற்று முடிவுகள் கீழே தரப்பட்டுள்ளன.",
    head=("அணி", "வெற்றி", "தோல்வி", "புள்ளிகள்"),
    rows=(
        ("மேலூர் வீரர்கள்", "5", "1", "10"),
        ("திருமங்கலம் சிங்கங்கள்", "4", "2", "8"),
        ("உசிலம்பட்டி புலிகள்", "2", "4", "4"),
    ),
    after="மேலூர் அணி தொடர்ந்து மூன்றாவது ஆண்டாக கோப்பையை வென்றது.",
    out=("நேரலை மதிப்பெண்கள்",),
    extra="<div class='live-ticker'><b>நேரலை மதிப்பெண்கள்</b><span>மதுரை 23 - 19 தேனி</span></div>",
)

table_page(
    "mn",
    "timetable_mongolian",
    "Улаанбаатар–Эрдэнэт галт тэрэгний хуваарь",
    intro="Өвлийн хуваарийн дагуу Эрдэнэт рүү өдөр бүр хоёр галт тэрэг явна.",
    head=("Галт тэрэг", "Хөдлөх", "Хүрэх"),
    rows=(
        ("274", "17:20", "06:40"),
        ("276", "20:05", "09:15"),
    ),
    after="Тасалбарыг хөдлөхөөс гучин хоногийн өмнө худалдаж авах боломжтой.",
    out=("Тасалбар захиалах",),
    extra="<div class='cta-box'><a class='btn' href='/tickets'>Тасалбар захиалах</a></div>",
)

table_page(
    "el",
    "results_greek",
    "Αποτελέσματα Πανελλήνιου Πρωταθλήματος Κωπηλασίας",
    intro="Στον τελικό του μονού σκιφ ανδρών στη λίμνη Καστοριάς αγωνίστηκαν έξι αθλητές.",
    head=("Θέση", "Αθλητής", "Σύλλογος", "Χρόνος"),
    rows=(
        ("1", "Νίκος Λαμπράκης", "ΝΟ Βόλου", "7:02.15"),
        ("2", "Στέλιος Μαργαρίτης", "ΟΦΘ Ιωαννίνων", "7:05.40"),
        ("3", "Άρης Δημόπουλος", "ΝΟ Πατρών", "7:09.88"),
    ),
    after="Ο νικητής εξασφάλισε τη συμμετοχή του στο ευρωπαϊκό πρωτάθλημα της άνοιξης.",
    out=("Στοιχηματίστε τώρα",),
    extra="<div class='betting-box sponsored'><a href='/bet'>Στοιχηματίστε τώρα</a></div>",
)

table_page(
    "si",
    "timetable_sinhala",
    "කොළඹ සිට මහනුවරට දුම්රිය කාලසටහන",
    intro="සතියේ දිනවල කොළඹ කොටුවේ සිට මහනුවරට දුම්රිය තුනක් ධාවනය වේ.",
    head=("දුම්රිය", "පිටත්වීම", "පැමිණීම"),
    rows=(
        ("උඩරට මැණිකේ", "05:55", "08:40"),
        ("පොඩි මැණිකේ", "08:30", "11:15"),
        ("නගරාන්තර", "15:35", "18:05"),
    ),
    after="පොහොය දිනවල අමතර දුම්රියක් සවස ධාවනය කෙරේ.",
    out=("ටිකට් වෙන් කරන්න",),
    extra="<div class='cta-box'><a class='btn' href='/tickets'>ටිකට් වෙන් කරන්න</a></div>",
)
