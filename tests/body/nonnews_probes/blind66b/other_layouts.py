"""The blind66b probe's pages that are not plain stories: a Romanian radio transcript, a
Hungarian listicle of numbered headings with images, a Finnish glossary, a Czech comparison
table review, a Hebrew how-to with left-to-right code, a Korean changelog and an Amharic
notice."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, add

RO = Site(
    lang="ro",
    name="Radio Cartier",
    host="radiocartier.example.ro",
    nav=("Emisiuni", "Podcasturi", "Echipa", "Program", "Contact"),
    cookie="Folosim cookie-uri pentru a îmbunătăți experiența ta pe site.",
    share="Distribuie episodul",
    newsletter="Abonează-te ca să afli primul când apare un episod nou.",
    comment="Lasă un comentariu",
    related_title="Alte episoade",
    related=("Piețele de cartier, între tradiție și parcare", "Cum se face o grădină pe bloc"),
    footer="Radio Cartier este un post comunitar independent.",
)


def _turn(speaker: str, text: str) -> str:
    return f"<p><span class='speaker'>{speaker}:</span> {text}</p>"


add(
    "radio_transcript",
    RO,
    "Transcriere: Orașul de lângă noi, episodul 14",
    "<article class='episode'><h1>Transcriere: Orașul de lângă noi, episodul 14</h1><div "
    "class='audio-player'><button class='play'>Redă episodul</button><span class='duration'>"
    "24:18</span></div><div class='transcript'>"
    + _turn("Ana Ionescu", "Bună seara și bine ați venit la emisiunea „Orașul de lângă noi”.")
    + _turn(
        "Mihai Pop",
        "Mulțumesc pentru invitație, mă bucur să vorbim despre parcurile din cartier.",
    )
    + _turn("Ana Ionescu", "Câți copaci ați plantat anul acesta?")
    + _turn(
        "Mihai Pop",
        "Aproape opt sute, iar voluntarii au venit în fiecare sâmbătă, chiar și pe ploaie.",
    )
    + _turn("Ana Ionescu", "Ce urmează pentru primăvară?")
    + _turn(
        "Mihai Pop",
        "Vrem să amenajăm o grădină de legume lângă școală, împreună cu elevii din clasa a patra.",
    )
    + "</div></article>"
    + share(RO)
    + comment_prompt(RO),
    (
        "Bună seara și bine ați venit la emisiunea „Orașul de lângă noi”.",
        "Mulțumesc pentru invitație, mă bucur să vorbim despre parcurile din cartier.",
        "Câți copaci ați plantat anul acesta?",
        "Aproape opt sute, iar voluntarii au venit în fiecare sâmbătă, chiar și pe ploaie.",
        "Ce urmează pentru primăvară?",
        "Vrem să amenajăm o grădină de legume lângă școală",
    ),
    ("Redă episodul",),
    path="emisiuni/orasul-de-langa-noi/14/transcriere",
)

HU = Site(
    lang="hu",
    name="Útravaló Magazin",
    host="utravalo.example.hu",
    nav=("Belföld", "Külföld", "Gasztro", "Szállás", "Tippek"),
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
    share="Oszd meg a barátaiddal",
    newsletter="Iratkozz fel hírlevelünkre, és heti egy úti tippet küldünk.",
    comment="Szólj hozzá",
    related_title="Ezek is érdekelhetnek",
    related=("Öt termálfürdő, ahol télen is jó", "Borospincék a Villányi-hegységben"),
    footer="Minden jog fenntartva.",
)


def _place(n: int, name: str, text: str) -> str:
    return (
        f"<h2 class='list-heading'>{n}. {name}</h2><figure class='list-image'><img "
        f"src='/list/{n}.jpg' alt='{name}'><figcaption>Fotó: Útravaló</figcaption></figure>"
        f"<p>{text}</p>"
    )


add(
    "listicle_numbered",
    HU,
    "Négy hazai táj, amiért nem kell külföldre utazni",
    "<article class='post'><h1 class='entry-title'>Négy hazai táj, amiért nem kell külföldre"
    " utazni</h1><div class='entry-content'>"
    + paras(
        "Nem kell messzire utazni, ha különleges tájakra vágyunk: összegyűjtöttük kedvenc"
        " hazai úti céljainkat."
    )
    + _place(
        1,
        "A tihanyi levendulamezők",
        "Júniusban lila tenger borítja a félszigetet, és a reggeli órákban szinte senki sincs"
        " a dombokon.",
    )
    + _place(
        2,
        "Az Őrség szerek falvai",
        "A szétszórt házcsoportok között gyalog vagy biciklivel érdemes barangolni.",
    )
    + _place(
        3,
        "A Zempléni-hegység várai",
        "Füzér vára felújítva várja a látogatókat, a kilátás tiszta időben messzire ér.",
    )
    + _place(
        4,
        "A Balaton-felvidék tanúhegyei",
        "A Szent György-hegy bazaltorgonái különösen naplementekor látványosak.",
    )
    + "</div>"
    + newsletter(HU)
    + share(HU)
    + related(HU)
    + "</article>",
    (
        "Nem kell messzire utazni, ha különleges tájakra vágyunk",
        "1. A tihanyi levendulamezők",
        "Júniusban lila tenger borítja a félszigetet",
        "2. Az Őrség szerek falvai",
        "A szétszórt házcsoportok között gyalog vagy biciklivel érdemes barangolni.",
        "3. A Zempléni-hegység várai",
        "Füzér vára felújítva várja a látogatókat",
        "4. A Balaton-felvidék tanúhegyei",
        "A Szent György-hegy bazaltorgonái különösen naplementekor látványosak.",
    ),
)

FI = Site(
    lang="fi",
    name="Säästäjän opas",
    host="saastajanopas.example.fi",
    nav=("Säästäminen", "Sijoittaminen", "Asuminen", "Laskurit", "Sanasto"),
    cookie="Käytämme evästeitä sivuston toiminnan parantamiseen.",
    share="Jaa sivu",
    newsletter="Tilaa kuukausikirjeemme ja saat vinkit suoraan sähköpostiisi.",
    comment="Kysy tai kommentoi",
    related_title="Lue myös",
    related=("Näin aloitat rahastosäästämisen", "Asuntolainan korot selitettynä"),
    footer="Sivuston sisältö ei ole sijoitusneuvontaa.",
)


def _term(term: str, meaning: str) -> str:
    return f"<dt id='{term.lower()}'>{term}</dt><dd>{meaning}</dd>"


add(
    "glossary_dl",
    FI,
    "Sijoittamisen sanasto",
    "<div class='page-content'><h1>Sijoittamisen sanasto</h1>"
    + paras("Kokosimme tähän yleisimmät sijoittamisen käsitteet lyhyesti ja selkeästi.")
    + "<dl class='glossary'>"
    + _term(
        "Osinko",
        "Yhtiön voitosta osakkeenomistajille maksettava osuus, yleensä kerran tai kahdesti"
        " vuodessa.",
    )
    + _term(
        "Indeksirahasto",
        "Rahasto, joka seuraa valittua markkinaindeksiä ja jonka kulut ovat yleensä pienet.",
    )
    + _term(
        "Hajauttaminen",
        "Varojen jakaminen useaan kohteeseen, jotta yksittäisen sijoituksen tappio ei kaada"
        " koko salkkua.",
    )
    + _term(
        "Volatiliteetti",
        "Mittaa, kuinka voimakkaasti arvopaperin hinta vaihtelee tietyllä aikavälillä.",
    )
    + "</dl></div>"
    + share(FI),
    (
        "Kokosimme tähän yleisimmät sijoittamisen käsitteet lyhyesti ja selkeästi.",
        "Osinko",
        "Yhtiön voitosta osakkeenomistajille maksettava osuus",
        "Indeksirahasto",
        "Rahasto, joka seuraa valittua markkinaindeksiä ja jonka kulut ovat yleensä pienet.",
        "Hajauttaminen",
        "Varojen jakaminen useaan kohteeseen",
        "Volatiliteetti",
        "Mittaa, kuinka voimakkaasti arvopaperin hinta vaihtelee tietyllä aikavälillä.",
    ),
    template="portal",
    path="sanasto",
)

CS = Site(
    lang="cs",
    name="Domácí test",
    host="domacitest.example.cz",
    nav=("Recenze", "Srovnání", "Novinky", "Návody", "O nás"),
    cookie="Tento web používá soubory cookie k analýze návštěvnosti.",
    share="Sdílet recenzi",
    newsletter="Přihlaste se k odběru a nenechte si ujít žádný test.",
    comment="Přidat komentář",
    related_title="Další srovnání",
    related=("Nejlepší tyčové vysavače do 5000 Kč", "Čističky vzduchu pro alergiky"),
    footer="Odkazy na obchody mohou být affiliate.",
)

add(
    "comparison_table_review",
    CS,
    "Srovnání: tři robotické vysavače do malého bytu",
    "<article class='review'><h1>Srovnání: tři robotické vysavače do malého bytu</h1><div "
    "class='review-body'>"
    + paras(
        "Testovali jsme tři levnější robotické vysavače v bytě s koberci, prahy a kočkou.",
    )
    + "<table class='compare-table'><thead><tr><th>Model</th><th>Výdrž baterie</th><th>"
    "Hlučnost</th><th>Cena</th><th></th></tr></thead><tbody><tr><td>Luna S3</td><td>110 min"
    "</td><td>62 dB</td><td>5 490 Kč</td><td><a class='btn-offer' href='/go/1'>Zobrazit "
    "nabídky</a></td></tr><tr><td>Vento Mini</td><td>90 min</td><td>58 dB</td><td>4 290 Kč"
    "</td><td><a class='btn-offer' href='/go/2'>Zobrazit nabídky</a></td></tr><tr><td>Orbix"
    " Go</td><td>130 min</td><td>65 dB</td><td>6 990 Kč</td><td><a class='btn-offer' "
    "href='/go/3'>Zobrazit nabídky</a></td></tr></tbody></table>"
    + paras(
        "Nejlépe si s prahy poradil Orbix Go, ale jeho hlučnost po večerech ocení málokdo.",
    )
    + "<h2>Verdikt</h2>"
    + paras(
        "Pro malý byt doporučujeme Vento Mini: je tichý, levný a jeho aplikace je přehledná.",
    )
    + "</div>"
    + share(CS)
    + related(CS)
    + "</article>",
    (
        "Testovali jsme tři levnější robotické vysavače v bytě s koberci, prahy a kočkou.",
        "Výdrž baterie",
        "Vento Mini",
        "58 dB",
        "4 290 Kč",
        "Nejlépe si s prahy poradil Orbix Go",
        "Verdikt",
        "Pro malý byt doporučujeme Vento Mini",
    ),
    ("Zobrazit nabídky",),
    template="app",
)

HE = Site(
    lang="he",
    name="טרמינל פתוח",
    host="terminal-patuach.example.co.il",
    nav=("מדריכים", "לינוקס", "רשתות", "כלים", "אודות"),
    cookie="האתר משתמש בעוגיות כדי לשפר את חוויית הגלישה.",
    share="שתפו את המדריך",
    newsletter="הירשמו לניוזלטר וקבלו מדריך חדש בכל שבוע.",
    comment="השאירו תגובה",
    related_title="מדריכים נוספים",
    related=("איך להגדיר מפתחות SSH", "ניהול הרשאות קבצים למתחילים"),
    footer="כל הזכויות שמורות לכותבי האתר.",
    dir_="rtl",
)

add(
    "rtl_howto_ltr_code",
    HE,
    "איך לגבות תיקייה עם rsync",
    "<article class='post'><h1 class='entry-title'>איך לגבות תיקייה עם rsync</h1><div "
    "class='entry-content'>"
    + paras(
        "בפוסט הזה נראה איך לגבות תיקיית עבודה לכונן חיצוני בפקודה אחת, בלי תוכנות נוספות.",
        "הפקודה הבסיסית נראית כך:",
    )
    + "<pre dir='ltr' class='wp-block-code'><code>rsync -av --delete ~/projects/ "
    "/mnt/backup/projects/</code></pre>"
    + paras(
        "הדגל delete מוחק מהגיבוי קבצים שנמחקו מהמקור, ולכן כדאי לבדוק קודם בהרצת ניסיון.",
        "אפשר גם להוסיף את הפקודה ל־cron כדי שהגיבוי ירוץ כל לילה:",
    )
    + "<pre dir='ltr' class='wp-block-code'><code>0 2 * * * rsync -a ~/projects/ "
    "/mnt/backup/projects/</code></pre></div>"
    + share(HE)
    + related(HE)
    + comment_prompt(HE)
    + "</article>",
    (
        "בפוסט הזה נראה איך לגבות תיקיית עבודה לכונן חיצוני בפקודה אחת, בלי תוכנות נוספות.",
        "הפקודה הבסיסית נראית כך:",
        "rsync -av --delete ~/projects/ /mnt/backup/projects/",
        "הדגל delete מוחק מהגיבוי קבצים שנמחקו מהמקור",
        "אפשר גם להוסיף את הפקודה ל־cron כדי שהגיבוי ירוץ כל לילה:",
        "0 2 * * * rsync -a ~/projects/ /mnt/backup/projects/",
    ),
)

KO = Site(
    lang="ko",
    name="메모나무",
    host="memonamu.example.kr",
    nav=("기능", "요금제", "문서", "블로그", "고객센터"),
    cookie="이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.",
    share="이 페이지 공유하기",
    newsletter="업데이트 소식을 이메일로 받아보세요.",
    comment="이 페이지가 도움이 되었나요?",
    related_title="관련 문서",
    related=("동기화 설정 방법", "데이터 백업과 복원"),
    footer="메모나무 주식회사. 모든 권리 보유.",
)


def _release(version: str, date: str, notes: tuple[str, ...]) -> str:
    items = "".join(f"<li>{note}</li>" for note in notes)
    return (
        f"<section class='release'><h2 id='v{version}'>버전 {version} ({date})</h2><ul>{items}"
        "</ul></section>"
    )


add(
    "changelog",
    KO,
    "변경 내역",
    "<div class='docs-layout'><nav class='docs-sidebar'><ul><li><a href='/docs/start'>시작하기"
    "</a></li><li><a href='/docs/sync'>동기화</a></li><li><a href='/docs/changelog'>변경 내역"
    "</a></li></ul></nav><div class='docs-content'><h1>변경 내역</h1>"
    + paras("메모나무 앱의 버전별 변경 사항을 최신순으로 정리했습니다.")
    + _release(
        "2.4.0",
        "2026-11-28",
        (
            "다크 모드에서 표의 테두리가 보이지 않던 문제를 수정했습니다.",
            "CSV 내보내기에 날짜 형식 옵션을 추가했습니다.",
        ),
    )
    + _release(
        "2.3.2",
        "2026-11-10",
        ("동기화 중 앱이 멈추는 현상을 해결했습니다.", "일본어 번역을 업데이트했습니다."),
    )
    + _release("2.3.0", "2026-10-21", ("태그별 필터 기능이 추가되었습니다.",))
    + "<div class='docs-feedback'><p>"
    + KO.comment
    + "</p><button>예</button><button>아니요</button></div></div></div>",
    (
        "메모나무 앱의 버전별 변경 사항을 최신순으로 정리했습니다.",
        "버전 2.4.0 (2026-11-28)",
        "다크 모드에서 표의 테두리가 보이지 않던 문제를 수정했습니다.",
        "CSV 내보내기에 날짜 형식 옵션을 추가했습니다.",
        "버전 2.3.2 (2026-11-10)",
        "동기화 중 앱이 멈추는 현상을 해결했습니다.",
        "일본어 번역을 업데이트했습니다.",
        "버전 2.3.0 (2026-10-21)",
        "태그별 필터 기능이 추가되었습니다.",
    ),
    ("시작하기",),
    template="app",
    path="docs/changelog",
)

AM = Site(
    lang="am",
    name="የከተማው አስተዳደር",
    host="ketema.example.gov.et",
    nav=("መነሻ", "አገልግሎቶች", "ማስታወቂያዎች", "ዜና", "ያግኙን"),
    cookie="ይህ ድረ-ገጽ አገልግሎቱን ለማሻሻል ኩኪዎችን ይጠቀማል።",
    share="ማስታወቂያውን ያጋሩ",
    newsletter="አዳዲስ ማስታወቂያዎችን በኢሜይል ለማግኘት ይመዝገቡ።",
    comment="አስተያየት ይስጡ",
    related_title="ሌሎች ማስታወቂያዎች",
    related=("የመንገድ ጥገና ሥራ ማስታወቂያ", "የግብር ክፍያ ጊዜ ተራዝሟል"),
    footer="የከተማው አስተዳደር ኮሙኒኬሽን ጽሕፈት ቤት።",
)

add(
    "water_notice",
    AM,
    "የውሃ አገልግሎት መቋረጥ ማስታወቂያ",
    "<div class='node node--type-notice'><h1 class='page-title'>የውሃ አገልግሎት መቋረጥ ማስታወቂያ</h1>"
    "<div class='field--name-field-date'>ታኅሣሥ 2019</div><div class='field--name-body'>"
    + paras(
        "በከተማው ምዕራብ ክፍል የሚገኙ ነዋሪዎች ከሰኞ ጀምሮ ለሁለት ቀናት የውሃ አገልግሎት እንደሚቋረጥ እናሳውቃለን።",
        "መቋረጡ የሚከሰተው በዋናው የውሃ መስመር ላይ በሚደረግ የጥገና ሥራ ምክንያት ነው።",
        "ነዋሪዎች አስቀድመው ውሃ እንዲያጠራቅሙ እንመክራለን።",
    )
    + "</div></div>"
    + share(AM),
    (
        "በከተማው ምዕራብ ክፍል የሚገኙ ነዋሪዎች ከሰኞ ጀምሮ ለሁለት ቀናት የውሃ አገልግሎት እንደሚቋረጥ እናሳውቃለን።",
        "መቋረጡ የሚከሰተው በዋናው የውሃ መስመር ላይ በሚደረግ የጥገና ሥራ ምክንያት ነው።",
        "ነዋሪዎች አስቀድመው ውሃ እንዲያጠራቅሙ እንመክራለን።",
    ),
    template="portal",
    path="notices/water-interruption",
)
