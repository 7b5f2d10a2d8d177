"""The blind67k third part, written after the first two were run: stories whose insert is
plain tags (every class hashed), only its words telling it from the text: an ad slot with
its "story continues below" line, a poll of links, a "read also" line inside a paragraph,
a podcast's "listen" line, an embedded X post and a gallery's link, in Welsh, Icelandic,
Maltese, Kazakh, Uzbek and Albanian."""

from __future__ import annotations

import functools

from ._kit import Site, add_story


def _site(lang: str, name: str, *words: str) -> Site:
    cookie, share_, letter, footer = words
    return Site(
        lang=lang,
        name=name,
        host=f"{lang}.news.example",
        nav=("1", "2", "3"),
        cookie=cookie,
        share=share_,
        newsletter=letter,
        comment=f"{name}: ?",
        related_title=f"{name} +",
        related=(f"{name} 1", f"{name} 2"),
        footer=footer,
    )


_add = functools.partial(add_story, template=None)  # hashed only


CY = _site(
    "cy",
    "Newyddion y Fro",
    "Mae'r wefan hon yn defnyddio cwcis.",
    "Rhannwch yr erthygl",
    "Cofrestrwch i gael ein cylchlythyr bob bore.",
    "Newyddion y Fro cedwir pob hawl",
)
IS = _site(
    "is",
    "Austurfréttir",
    "Þessi vefur notar vafrakökur.",
    "Deila fréttinni",
    "Skráðu þig á póstlistann og fáðu fréttir á hverjum morgni.",
    "Austurfréttir allur réttur áskilinn",
)
MT = _site(
    "mt",
    "Il-Gazzetta t'Għawdex",
    "Dan is-sit juża l-cookies.",
    "Aqsam l-artiklu",
    "Irreġistra għall-newsletter tagħna kull filgħodu.",
    "Il-Gazzetta t'Għawdex id-drittijiet kollha riżervati",
)
KK = _site(
    "kk",
    "Ертіс таңы",
    "Бұл сайт cookie файлдарын пайдаланады.",
    "Мақаланы бөлісу",
    "Жаңалықтар таратылымына жазылыңыз.",
    "Ертіс таңы барлық құқықтар қорғалған",
)
UZ = _site(
    "uz",
    "Farg'ona xabarlari",
    "Bu sayt cookie fayllardan foydalanadi.",
    "Maqolani ulashish",
    "Yangiliklarga obuna bo'ling va har kuni ertalab oling.",
    "Farg'ona xabarlari barcha huquqlar himoyalangan",
)
SQ = _site(
    "sq",
    "Lajmet e Jugut",
    "Kjo faqe përdor cookies.",
    "Shpërndaje lajmin",
    "Regjistrohu për buletinin tonë të mëngjesit.",
    "Lajmet e Jugut të gjitha të drejtat e rezervuara",
)

_add(
    "ad_continues_below",
    CY,
    "Pont newydd dros afon Teifi yn agor",
    (
        "Agorodd y bont newydd dros afon Teifi yn Llandysul fore Llun.",
        "Costiodd y gwaith dros bedair miliwn o bunnoedd a pharhaodd am ddwy flynedd.",
    ),
    "<div><p>Hysbyseb</p><div></div><p>Mae'r erthygl yn parhau isod</p></div>",
    (
        "Dywedodd y cyngor y bydd y bont yn lleihau tagfeydd yn y pentref.",
        "Bydd yr hen bont yn cael ei chadw ar gyfer cerddwyr yn unig.",
    ),
    ("Hysbyseb", "Mae'r erthygl yn parhau isod"),
)

_add(
    "poll_of_links",
    IS,
    "Tónleikar í Egilsbúð færðir vegna veðurs",
    (
        "Tónleikum sem áttu að fara fram í Egilsbúð á laugardag hefur verið frestað.",
        "Veðurstofan spáir stormi á Austfjörðum fram á sunnudag.",
    ),
    "<div><p><b>Könnun:</b> Ætlar þú að mæta á tónleikana?</p><ul><li><a href='#a'>Já</a>"
    "</li><li><a href='#b'>Nei</a></li><li><a href='#c'>Veit ekki</a></li></ul><a "
    "href='#v'>Kjósa</a></div>",
    (
        "Nýir tónleikar verða haldnir laugardaginn 19. desember.",
        "Miðar sem þegar hafa verið keyptir gilda áfram.",
    ),
    ("Ætlar þú að mæta á tónleikana", "Veit ekki", "Kjósa"),
)

_add(
    "read_also_in_paragraph",
    MT,
    "Il-lanċa tal-Imġarr terġa' tibda taħdem",
    (
        "Il-lanċa bejn l-Imġarr u Ċirkewwa reġgħet bdiet taħdem wara tliet ijiem ta' maltemp.",
        "Mijiet ta' passiġġieri kienu ilhom jistennew fil-port sa minn filgħodu.",
    ),
    "<p><strong>Aqra wkoll:</strong> <a href='/r/7'>Il-Gvern iwiegħed lanċa ġdida sal-2028</a></p>",
    (
        "Il-kumpanija qalet li se żżid vjaġġi oħra matul il-lejl.",
        "Is-sewwieqa tal-vetturi tqal ġew mitluba jużaw il-vjaġġi ta' wara nofsinhar.",
    ),
    ("Aqra wkoll", "Il-Gvern iwiegħed lanċa ġdida"),
)

_add(
    "podcast_line",
    KK,
    "Павлодарда жаңа көпір салынады",
    (
        "Павлодар әкімдігі Ертіс өзені арқылы жаңа көпір салатынын хабарлады.",
        "Құрылыс келесі жылдың көктемінде басталып, үш жылға созылады.",
    ),
    "<div><p>Подкаст</p><p><a href='/pod/12'>Ертіс бойындағы қалалар: 12-шығарылым</a></p>"
    "<p>28 мин</p></div>",
    (
        "Жаңа көпір қаланың солтүстік бөлігін орталықпен байланыстырады.",
        "Тұрғындар ескі көпірдегі кептелістің азаятынына үміттенеді.",
    ),
    ("Ертіс бойындағы қалалар", "28 мин"),
)

_add(
    "x_post_embed",
    UZ,
    "Marg'ilonda atlas festivali boshlandi",
    (
        "Marg'ilonda an'anaviy atlas va adras festivali ochildi.",
        "Festivalga o'ttizdan ortiq mamlakatdan mehmonlar tashrif buyurdi.",
    ),
    "<blockquote class='twitter-tweet'><p lang='uz'>Bugun Marg'ilondaman, ranglar shunchalik "
    "chiroyliki so'z bilan aytib bo'lmaydi</p>— Sayyoh (@sayyoh_uz) <a "
    "href='https://x.example/s/9'>5-dekabr, 2026</a></blockquote><script async "
    "src='https://platform.x.example/widgets.js'></script>",
    (
        "Hunarmandlar ko'rgazmasi uch kun davom etadi.",
        "Tashkilotchilar keyingi yil festivalni kengaytirishni rejalashtirmoqda.",
    ),
    ("ranglar shunchalik chiroyliki",),
)

_add(
    "gallery_link",
    SQ,
    "Festivali i ullirit mbush sheshin e Vlorës",
    (
        "Mijëra vizitorë morën pjesë të shtunën në festivalin e ullirit në Vlorë.",
        "Prodhuesit vendas sollën mbi njëqind lloje vaji ulliri.",
    ),
    "<div><a href='/foto/31'><img src='/f31.jpg' alt=''><span>FOTO</span><span>Shiko "
    "galerinë (15 foto)</span></a></div>",
    (
        "Organizatorët thanë se festivali do të zgjasë edhe një ditë.",
        "Bashkia premtoi një treg të përhershëm për prodhuesit e vegjël.",
    ),
    ("Shiko galerinë", "15 foto"),
)
