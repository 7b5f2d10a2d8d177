"""Verse: poems, lyrics and couplets written with <br> or <pre>, a chorus rightly repeated."""

from __future__ import annotations

from .pages import Probes, page

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
