"""Verse: poems, lyrics and couplets written with <br> or <pre>, a chorus rightly repeated."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page

PROBES = Probes()

# --- Spanish, a song's lyrics as <div> and <br> lines, the chorus repeated.
PROBES.add(
    "es_lyrics_br_repeated_chorus",
    "https://letras.example.com/los-faroleros/puerto-de-sal",
    page(
        "es",
        "Puerto de sal - Los Faroleros",
        "<div id='cabecera'><a href='/'>Letras Example</a><form><input name='q'></form></div>"
        "<div id='contenido'><div class='letra-cabecera'><h1>Puerto de sal</h1><h2><a "
        "href='/los-faroleros/'>Los Faroleros</a></h2></div><div class='lyric-original'>"
        "Amanece en el muelle viejo<br>y las redes secan al sol<br>mi abuela cuenta los "
        "barcos<br>que el invierno nunca devolvió<br><br>Ay, puerto de sal, puerto de sal<br>"
        "quien te deja siempre vuelve<br><br>Las gaviotas saben mi nombre<br>la marea sabe "
        "mi canción<br><br>Ay, puerto de sal, puerto de sal<br>quien te deja siempre vuelve"
        "</div><div class='compositores'>Compuesta por: Tomás Arenal</div><div "
        "class='mas-letras'><h3>Más letras de Los Faroleros</h3><ul><li><a href='/lf/1'>Farol "
        "de niebla</a></li><li><a href='/lf/2'>Marinero sin mar</a></li></ul></div></div>"
        "<div id='pie'>Letras Example © 2026</div>",
    ),
    (
        "Amanece en el muelle viejo",
        "que el invierno nunca devolvió",
        "Las gaviotas saben mi nombre",
        "quien te deja siempre vuelve",
    ),
    ("Farol de niebla", "Marinero sin mar"),
)

# --- Russian, a poem in stanzas of <br> lines inside a <div class='poem'>.
PROBES.add(
    "ru_poem_stanzas_br",
    "https://stihi.example.ru/avtor/lesnaya/pervyi-sneg",
    page(
        "ru",
        "Первый снег",
        "<div class='header'><a href='/'>Стихи и проза</a><a href='/avtory'>Авторы</a></div>"
        "<div class='main'><h1>Первый снег</h1><div class='author'><a "
        "href='/avtor/lesnaya'>Вера Лесная</a></div><div class='poem'><div class='stanza'>"
        "Ещё вчера шумели клёны,<br>и лужи пахли сентябрём,<br>а нынче двор, как лист "
        "вощёный,<br>лежит нетронутым листом.</div><div class='stanza'>Соседский кот ступает "
        "важно,<br>оставив строчку на снегу,<br>и я читаю, что не страшно,<br>и что я тоже "
        "так смогу.</div></div><div class='rating'>Рейтинг: 4,8 · 112 голосов</div><div "
        "class='recs'><h3>Другие стихи автора</h3><a href='/s/1'>Вокзал</a> <a "
        "href='/s/2'>Весна в Твери</a></div></div><div class='footer'>© Стихи и проза</div>",
    ),
    (
        "Ещё вчера шумели клёны,",
        "лежит нетронутым листом.",
        "Соседский кот ступает важно,",
        "и что я тоже так смогу.",
    ),
    ("Весна в Твери", "112 голосов"),
)

# --- Persian, a ghazal: couplets as pairs of <div>s in a poem container (Ganjoor-like).
PROBES.add(
    "fa_ghazal_couplets",
    "https://sher.example.ir/shaer/ghazal-12",
    page(
        "fa",
        "غزل شمارهٔ ۱۲",
        "<div id='header'><a href='/'>شعرستان</a><a href='/shaeran'>شاعران</a></div><div "
        "id='garticle'><h2><a href='/shaer'>مهتاب رودباری</a> » غزل شمارهٔ ۱۲</h2><div "
        "class='b'><div class='m1'><p>سحر که باد صبا از کنار رود گذشت</p></div><div "
        "class='m2'><p>هزار قصه ز شب‌های بی‌قرار گذشت</p></div></div><div class='b'><div "
        "class='m1'><p>به کوچه‌های قدیمی هنوز بوی گل است</p></div><div class='m2'><p>اگرچه "
        "عمر به سرعت چو روزگار گذشت</p></div></div><div class='b'><div class='m1'><p>نشان "
        "خانهٔ ما را ز ماه باید جست</p></div><div class='m2'><p>که هر چه بود در این شهر بی‌"
        "شمار گذشت</p></div></div></div><div id='navigation'><a href='/shaer/ghazal-11'>« "
        "غزل شمارهٔ ۱۱</a> <a href='/shaer/ghazal-13'>غزل شمارهٔ ۱۳ »</a></div><div "
        "id='footer'>شعرستان: گنجینهٔ شعر</div>",
        dir_="rtl",
    ),
    (
        "سحر که باد صبا از کنار رود گذشت",
        "هزار قصه ز شب‌های بی‌قرار گذشت",
        "به کوچه‌های قدیمی هنوز بوی گل است",
        "نشان خانهٔ ما را ز ماه باید جست",
    ),
    ("گنجینهٔ شعر",),
)

# --- Hindi, a song's lyrics as a <pre> block with the refrain repeated.
PROBES.add(
    "hi_lyrics_pre_refrain",
    "https://geet.example.in/lyrics/baarish-ki-chitthi",
    page(
        "hi",
        "बारिश की चिट्ठी - गीत के बोल",
        "<div class='topbar'><a href='/'>गीत संग्रह</a><a href='/new'>नए गाने</a></div><div "
        "class='wrap'><div class='main-col'><h1>बारिश की चिट्ठी</h1><div class='song-info'>"
        "गायक: <a href='/s/1'>अनुराग सेठी</a> | संगीत: <a href='/m/2'>रीमा दास</a></div><pre "
        "class='lyrics'>खिड़की पे बैठी बूँदें\nलिखती हैं नाम तेरा\nभीगी सी एक चिट्ठी\nलाई है "
        "शाम तेरा\n\nआ जा रे, आ जा रे\nसावन बुलाए रे\n\nमिट्टी की ख़ुशबू में\nबसती है याद तेरी"
        "\n\nआ जा रे, आ जा रे\nसावन बुलाए रे</pre><div class='share'>शेयर करें: <a "
        "href='#'>व्हाट्सऐप</a></div></div><div class='side-col'><h3>लोकप्रिय गीत</h3><ul><li>"
        "<a href='/l/1'>चाँदनी का मेला</a></li></ul></div></div><div class='foot'>© गीत "
        "संग्रह</div>",
    ),
    (
        "खिड़की पे बैठी बूँदें",
        "लाई है शाम तेरा",
        "सावन बुलाए रे",
        "बसती है याद तेरी",
    ),
    ("चाँदनी का मेला", "शेयर करें"),
)

# --- Chinese, a poet's collection index: a short introduction, then the list of poems, each
# a linked title and its first line, which is the page's text; popular poets beside it.
PROBES.add(
    "zh_poem_collection_index",
    "https://shici.example.cn/shiren/lin-qiushui/shiji",
    furnished(
        "zh",
        "林秋水诗集",
        "<p class='intro'>林秋水生于江南小镇，一生写了四百多首诗，多写河流、渡口与远行的人。"
        "本页按写作年代收录她的二十首代表作。</p><ul class='poem-list'><li><a "
        "href='/shi/101'>渡口</a><span class='first-line'>船走了，岸还在等</span></li><li><a "
        "href='/shi/102'>旧桥</a><span class='first-line'>石头记得每一双鞋</span></li><li><a "
        "href='/shi/103'>雨夜寄友</a><span class='first-line'>灯下的信写到第三页</span></li>"
        "<li><a href='/shi/104'>芦苇</a><span class='first-line'>风来时它们先低头</span></li>"
        "<li><a href='/shi/105'>远行</a><span class='first-line'>把门钥匙留在窗台上</span>"
        "</li></ul>",
        Furniture(
            cookie="本网站使用Cookie以改善浏览体验。",
            share="分享到",
            newsletter="订阅每日一诗，每天早上发送到你的邮箱。",
            comments_title="读者留言",
            comments=("小时候在课本里读过渡口，至今记得。",),
            related_title="热门诗人",
            related=("周远山", "沈碧云"),
        ),
    ),
    (
        "一生写了四百多首诗，多写河流、渡口与远行的人",
        "雨夜寄友",
        "船走了，岸还在等",
        "石头记得每一双鞋",
        "把门钥匙留在窗台上",
    ),
    ("使用Cookie", "订阅每日一诗", "至今记得", "周远山"),
)

# --- Chinese, one poem of that collection: the lines split by <br>, notes under it,
# previous and next poem links, more poems by the poet beside it.
PROBES.add(
    "zh_poem_page_notes",
    "https://shici.example.cn/shi/101",
    furnished(
        "zh",
        "渡口",
        "<p class='author'>林秋水</p><div class='poem-text'><p>船走了，岸还在等<br>"
        "等一盏灯从对面亮起<br>等一个人把名字<br>喊过整条河</p><p>船走了，岸还在等<br>"
        "芦苇替它数着浪<br>一浪是一天</p></div><div class='notes'><h2>注释</h2><p>此诗写于"
        "诗人离开故乡的前一年，渡口即镇东的老渡口，今已改建为桥。</p></div><div "
        "class='prev-next'><a href='/shi/100'>上一首：晚潮</a><a href='/shi/102'>下一首：旧桥"
        "</a></div>",
        Furniture(
            cookie="本网站使用Cookie以改善浏览体验。",
            share="分享到",
            newsletter="订阅每日一诗，每天早上发送到你的邮箱。",
            comments_title="读者留言",
            comments=("每次读到喊过整条河都想哭。",),
            related_title="林秋水的其他诗",
            related=("雨夜寄友", "芦苇"),
        ),
    ),
    (
        "等一盏灯从对面亮起",
        "等一个人把名字",
        "芦苇替它数着浪",
        "渡口即镇东的老渡口，今已改建为桥",
    ),
    ("使用Cookie", "订阅每日一诗", "都想哭", "上一首：晚潮"),
)

# --- Round 37. Greek, a poet's page of poems that are only links: a short introduction that
# announces the list, then the poems' titles, each linked to its page; other poets beside it.
PROBES.add(
    "el_poem_index_links_only",
    "https://poiisi.example.gr/poiites/eleni-marou",
    furnished(
        "el",
        "Ελένη Μαρού: Ποιήματα",
        "<p class='intro'>Η Ελένη Μαρού έγραψε για τα νησιά, τη θάλασσα και τους ανθρώπους που "
        "φεύγουν. Εδώ θα βρείτε τα ποιήματα της συλλογής «Αλάτι» με τη σειρά του βιβλίου:</p>"
        "<ul class='poems'><li><a href='/p/201'>Το λιμάνι τον Νοέμβρη</a></li><li><a "
        "href='/p/202'>Γράμμα στον αδερφό μου</a></li><li><a href='/p/203'>Ο φάρος της "
        "Κάβου</a></li><li><a href='/p/204'>Αλάτι στα χείλη</a></li><li><a href='/p/205'>Η "
        "τελευταία βάρκα</a></li></ul>",
        Furniture(
            cookie="Χρησιμοποιούμε cookies για την καλύτερη εμπειρία σας.",
            share="Κοινοποίηση",
            newsletter="Γραφτείτε για να λαμβάνετε ένα ποίημα κάθε Κυριακή.",
            comments_title="Σχόλια",
            comments=("Το «Αλάτι στα χείλη» το διαβάζω ξανά και ξανά.",),
            related_title="Άλλοι ποιητές",
            related=("Νίκος Βαρδάκης", "Άννα Σπανού"),
        ),
    ),
    (
        "έγραψε για τα νησιά, τη θάλασσα",
        "Το λιμάνι τον Νοέμβρη",
        "Ο φάρος της Κάβου",
        "Η τελευταία βάρκα",
    ),
    ("Χρησιμοποιούμε cookies", "Γραφτείτε", "το διαβάζω ξανά", "Νίκος Βαρδάκης"),
)
