"""Obituaries and lessons (round 37): a life's story beside condolences, candles and a
florist's button; a course's lesson beside its progress bar, lesson list and exercises with
their answers collapsed."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# --- Armenian, an obituary on a funeral home's site: the life story, the service's details,
# then readers' condolences (each signed and dated), a "send flowers" button, a share bar.
PROBES.add(
    "hy_obituary_condolences",
    "https://hishatak.example.am/mahazd/anahit-sargsyan",
    page(
        "hy",
        "Անահիտ Սարգսյան (1938–2026)",
        "<header><a href='/'>Հիշատակ</a><nav><a href='/mahazd'>Մահազդներ</a></nav></header>"
        "<main class='obituary'><div class='obit-header'><img src='/p/1.jpg' alt=''><h1>Անահիտ "
        "Սարգսյան</h1><p class='obit-dates'>1938 – 2026</p></div><div class='obit-actions'><a "
        "class='btn flowers' href='/flowers'>Ուղարկել ծաղիկներ</a> <a class='btn candle' "
        "href='#'>Վառել մոմ</a></div><div class='obit-text'><p>Անահիտ Սարգսյանը ծնվել է "
        "Գյումրիում, չորս երեխաներից ավագը։ Քառասուն տարի դասավանդել է մաթեմատիկա գյուղական "
        "դպրոցում։</p><p>Նրա աշակերտներից շատերը դարձան ինժեներներ և ուսուցիչներ, և ամեն "
        "ամառ նրանք այցելում էին նրա պարտեզը։</p><p>Նրան կհիշեն որդին՝ Արմենը, դուստրը՝ "
        "Լուսինեն, և յոթ թոռները։</p></div><div class='obit-service'><h2>Հուղարկավորություն"
        "</h2><p>Հրաժեշտի արարողությունը տեղի կունենա հոկտեմբերի 4-ին, ժամը 11:00-ին, Սուրբ "
        "Աստվածածին եկեղեցում։</p></div><section class='condolences'><h2>Ցավակցություններ"
        "</h2><div class='condolence'><p>Նա իմ առաջին ուսուցիչն էր, երբեք չեմ մոռանա։</p><p "
        "class='signed'>Գոռ Մ., 30.09.2026</p></div><div class='condolence'><p>Խորին "
        "ցավակցություն ընտանիքին։</p><p class='signed'>Նարե Ա., 30.09.2026</p></div><a "
        "class='btn' href='#'>Գրել ցավակցություն</a></section><div class='share'>Կիսվել՝ <a "
        "href='#'>Facebook</a></div></main><footer><p>© Հիշատակ</p></footer>",
    ),
    (
        "Քառասուն տարի դասավանդել է մաթեմատիկա",
        "ամեն ամառ նրանք այցելում էին նրա պարտեզը",
        "և յոթ թոռները",
        "Հրաժեշտի արարողությունը տեղի կունենա հոկտեմբերի 4-ին",
    ),
    (
        "Ուղարկել ծաղիկներ",
        "Վառել մոմ",
        "երբեք չեմ մոռանա",
        "Խորին ցավակցություն",
        "Գրել ցավակցություն",
    ),
)

# --- Latvian, an obituary in a memorial site's template: the text in a <div> of <br> lines,
# the farewell's time and place as labelled lines, then a wall of lit candles (each a name
# and a date) with a counter.
PROBES.add(
    "lv_obituary_candle_wall",
    "https://pieminai.example.lv/janis-ozols-1947",
    page(
        "lv",
        "Jānis Ozols 1947–2026",
        "<div id='top'><a href='/'>Piemiņai</a><form><input placeholder='Meklēt vārdu'></form>"
        "</div><div id='wrap'><div class='memorial'><h1>Jānis Ozols</h1><div class='years'>"
        "12.03.1947 – 21.09.2026</div><div class='memorial-text'>Jānis visu mūžu nostrādāja "
        "par mežsargu Gaujas krastos un pazina katru ozolu savā iecirknī.<br><br>Brīvajā laikā "
        "viņš taisīja putnu būrīšus, kas vēl šodien karājas pusē no ciema sētām.<br><br>Par "
        "viņu sēro sieva Inese, meitas Laura un Zane ar ģimenēm.</div><div "
        "class='farewell'><b>Atvadas:</b> 26. septembrī plkst. 13.00<br><b>Vieta:</b> "
        "Līgatnes kapu kapliča</div></div><div class='candles'><h2>Iedegtās sveces (38)</h2>"
        "<ul><li><span class='who'>Kaimiņi no Ozolkalna</span><span class='when'>22.09.2026"
        "</span></li><li><span class='who'>Skolas biedri</span><span class='when'>23.09.2026"
        "</span></li></ul><a class='button' href='#'>Iedegt sveci</a></div></div><div "
        "id='footer'>© Piemiņai · Sīkdatņu politika</div>",
    ),
    (
        "nostrādāja par mežsargu Gaujas krastos",
        "taisīja putnu būrīšus",
        "Par viņu sēro sieva Inese",
        "26. septembrī plkst. 13.00",
        "Līgatnes kapu kapliča",
    ),
    ("Iedegtās sveces", "Kaimiņi no Ozolkalna", "Iedegt sveci", "Sīkdatņu politika"),
)

# --- Tamil, a course's lesson page (LearnDash-like): the lesson's text and a worked example,
# exercises as an ordered list with each answer in a collapsed <details>; the progress bar,
# the list of the course's lessons and a "mark complete" button beside it.
PROBES.add(
    "ta_lesson_exercises_collapsed_answers",
    "https://kalvi.example.in/courses/tamil-ilakkanam/lessons/vinaiyechcham",
    page(
        "ta",
        "பாடம் 3: வினையெச்சம்",
        "<header><a href='/'>கல்வி</a></header><div class='ld-focus'><div "
        "class='ld-focus-sidebar'><div class='ld-course-navigation-heading'>தமிழ் இலக்கணம்"
        "</div><div class='ld-progress'><div class='ld-progress-percentage'>40% முடிந்தது"
        "</div></div><div class='ld-lesson-navigation'><a href='/l/1'>பாடம் 1: பெயர்ச்சொல்"
        "</a><a href='/l/2'>பாடம் 2: வினைச்சொல்</a><a href='/l/3'>பாடம் 3: வினையெச்சம்</a>"
        "</div></div><div class='ld-focus-main'><div class='ld-focus-content'><h1>பாடம் 3: "
        "வினையெச்சம்</h1><div class='ld-tabs-content'><p>வினையெச்சம் என்பது ஒரு வினைச்சொல்லைச் "
        "சார்ந்து நிற்கும் முற்றுப்பெறாத வினை ஆகும்.</p><h2>எடுத்துக்காட்டு</h2><p>"
        "<strong>படித்து</strong> முடித்தான் என்பதில், படித்து என்பது வினையெச்சம்.</p><h2>"
        "பயிற்சிகள்</h2><ol class='exercises'><li><p>ஓடி வந்தான் என்ற தொடரில் "
        "வினையெச்சம் எது?</p><details><summary>விடையைக் காட்டு</summary><p>ஓடி</p></details>"
        "</li><li><p>பாடிக் கொண்டிருந்தாள் என்பதில் வினையெச்சத்தைக் கண்டறிக.</p><details>"
        "<summary>விடையைக் காட்டு</summary><p>பாடி</p></details></li></ol></div><div "
        "class='ld-content-actions'><a class='ld-button' href='/l/2'>முந்தைய பாடம்</a><form>"
        "<button class='learndash_mark_complete_button'>முடிந்ததாகக் குறி</button></form><a "
        "class='ld-button' href='/l/4'>அடுத்த பாடம்</a></div></div></div></div>",
    ),
    (
        "சார்ந்து நிற்கும் முற்றுப்பெறாத வினை ஆகும்",
        "படித்து என்பது வினையெச்சம்",
        "ஓடி வந்தான் என்ற தொடரில் வினையெச்சம் எது?",
        "வினையெச்சத்தைக் கண்டறிக",
    ),
    ("40% முடிந்தது", "முடிந்ததாகக் குறி", "பாடம் 1: பெயர்ச்சொல்", "அடுத்த பாடம்"),
)

# --- Tagalog, a school's lesson page: the lesson in <div>s of text, a fill-in exercise as a
# table of sentences with blanks, a "check answers" button and the module's other lessons.
PROBES.add(
    "tl_lesson_fill_in_table",
    "https://aralin.example.ph/filipino-7/modyul-2/aralin-4",
    page(
        "tl",
        "Aralin 4: Mga Pang-abay na Pamanahon",
        "<nav class='breadcrumb'><a href='/'>Aralin</a> › <a href='/filipino-7'>Filipino 7"
        "</a> › <a href='/filipino-7/modyul-2'>Modyul 2</a></nav><div class='lesson'><h1>"
        "Aralin 4: Mga Pang-abay na Pamanahon</h1><div class='lesson-body'><div>Ang pang-abay "
        "na pamanahon ay nagsasabi kung kailan nangyari ang kilos.</div><div>Halimbawa: "
        "<em>Bukas</em> kami pupunta sa palengke.</div><h2>Pagsasanay</h2><div>Punan ang "
        "patlang ng angkop na pang-abay.</div><table class='exercise'><tr><td>1.</td><td>"
        "______ ay umulan nang malakas sa aming bayan.</td></tr><tr><td>2.</td><td>Tuwing "
        "______ kami nagsisimba.</td></tr></table><button class='check'>Suriin ang sagot"
        "</button></div></div><div class='module-lessons'><h3>Iba pang aralin sa modyul</h3>"
        "<ul><li><a href='/a/3'>Aralin 3: Pang-abay na Panlunan</a></li><li><a href='/a/5'>"
        "Aralin 5: Pang-abay na Pamaraan</a></li></ul></div><footer>© Aralin</footer>",
    ),
    (
        "nagsasabi kung kailan nangyari ang kilos",
        "kami pupunta sa palengke",
        "Punan ang patlang ng angkop na pang-abay.",
        "ay umulan nang malakas sa aming bayan.",
        "kami nagsisimba.",
    ),
    ("Suriin ang sagot", "Aralin 3: Pang-abay na Panlunan"),
)
