"""The blind77l probe's third part: long-read features whose prose is interleaved with
full-width figures, pull quotes (a sentence of the text set again), video embeds, ad slots
and an inline "read also" teaser, under section headings, in six languages (two written
right to left). The musts are the last section's paragraph; the last figure's caption is checked in
``body_blocks`` (``LAST_CAPTIONS``)."""

from __future__ import annotations

from ._kit import SITES, ad_slot, add, embed, figure, paras, pullquote, share


def _feature(title: str, deck: str, parts: tuple[str, ...], *, read_also: tuple[str, str]) -> str:
    teaser = (
        f"<div class='related-inline'><strong>{read_also[0]}</strong> <a href='/r'>"
        f"{read_also[1]}</a></div>"
    )
    body = "".join(parts)
    return (
        f"<article class='longform'><header class='longform-header'><h1>{title}</h1><p "
        f"class='deck'>{deck}</p></header><div class='longform-body'>{body.replace('@T', teaser)}"
        "</div></article>"
    )


_PROBES = (
    (
        "es",
        "longread_salt_flats",
        "Los últimos salineros del altiplano",
        "Una familia mantiene vivo un oficio que la minería del litio amenaza.",
        (
            figure(
                "salar1",
                "El salar al amanecer, antes de que llegue el primer camión.",
                "Foto: Inés Quispe",
            ),
            "<h2>La costra</h2>",
            paras(
                "Don Aurelio corta la sal en bloques con una barra de hierro, como lo hacía su"
                " abuelo.",
                "Cada bloque pesa unos doce kilos y se seca durante tres días al sol.",
            ),
            pullquote("La sal no se vende, se cambia por maíz."),
            paras("En los pueblos del valle, dice, la sal no se vende, se cambia por maíz."),
            ad_slot("Publicidad"),
            "@T",
            "<h2>El agua que se va</h2>",
            paras("Los pozos de las empresas bajan el nivel de la laguna cada año un poco más."),
            embed("youtube", "Video: el salar desde el aire"),
            paras("Los flamencos ya no anidan en la orilla norte, donde el agua se ha retirado."),
            figure(
                "salar2",
                "Aurelio y su nieta cargan las llamas para el viaje de regreso.",
                "Foto: Inés Quispe",
            ),
            "<h2>El viaje</h2>",
            paras(
                "La caravana tarda once días en bajar a los valles, y el nieto ya sabe guiar a"
                " las llamas."
            ),
        ),
        ("Lea también:", "El litio y el agua: preguntas y respuestas"),
        (
            "como lo hacía su abuelo.",
            "se seca durante tres días al sol.",
            "En los pueblos del valle, dice, la sal no se vende, se cambia por maíz.",
            "donde el agua se ha retirado.",
            "el nieto ya sabe guiar a las llamas.",
        ),
        ("Publicidad", "Lea también:", "El litio y el agua: preguntas y respuestas"),
    ),
    (
        "el",
        "longread_island_school",
        "Το σχολείο με τους τρεις μαθητές",
        "Σε ένα μικρό νησί των Δωδεκανήσων, η δασκάλα διδάσκει όλες τις τάξεις μαζί.",
        (
            figure("nisi1", "Το σχολείο στέκεται πάνω από το λιμάνι, δίπλα στην εκκλησία."),
            paras("Κάθε πρωί η κυρία Ελένη ανοίγει το σχολείο στις οκτώ, πριν φτάσει το καΐκι."),
            "<h2>Μία τάξη, τρεις ηλικίες</h2>",
            paras("Ο Νίκος είναι στην πρώτη, η Μαρία στην τετάρτη και ο Γιώργος στην έκτη."),
            pullquote("Εδώ ο μεγάλος μαθαίνει τον μικρό."),
            paras(
                "«Εδώ ο μεγάλος μαθαίνει τον μικρό», λέει η δασκάλα, «και ο μικρός δεν φοβάται"
                " να ρωτήσει»."
            ),
            ad_slot("Διαφήμιση"),
            figure("nisi2", "Το διάλειμμα γίνεται στην παραλία όταν έχει καλό καιρό."),
            "<h2>Ο χειμώνας</h2>",
            paras("Όταν ο αέρας ξεπερνά τα οκτώ μποφόρ, τα μαθήματα γίνονται από την οθόνη."),
            "@T",
            paras("Η δασκάλα ελπίζει ότι του χρόνου θα έρθει και τέταρτος μαθητής στο νησί."),
        ),
        ("Διαβάστε επίσης:", "Τα μικρά σχολεία της άγονης γραμμής"),
        (
            "πριν φτάσει το καΐκι.",
            "ο Γιώργος στην έκτη.",
            "ο μικρός δεν φοβάται να ρωτήσει",
            "τα μαθήματα γίνονται από την οθόνη.",
            "θα έρθει και τέταρτος μαθητής στο νησί.",
        ),
        ("Διαφήμιση", "Διαβάστε επίσης:", "Τα μικρά σχολεία της άγονης γραμμής"),
    ),
    (
        "he",
        "longread_desert_observatory",
        "הלילה הארוך במצפה הכוכבים",
        "במדבר, הרחק מאורות העיר, צוות קטן סופר כוכבים מתפוצצים.",
        (
            paras("השמש שוקעת מאחורי המכתש, והטלסקופ הגדול מתחיל להסתובב לאט."),
            figure("mitspe1", "כיפת הטלסקופ נפתחת עם רדת החשכה."),
            "<h2>שש שעות של המתנה</h2>",
            paras("נועה בודקת את המצלמה פעם אחר פעם, כי רק לילה אחד בחודש השמים נקיים מספיק."),
            pullquote("כל תמונה היא אור שיצא לדרך לפני מיליוני שנים."),
            paras(
                "היא מסבירה שכל תמונה היא אור שיצא לדרך לפני מיליוני שנים, הרבה לפני שהיו כאן"
                " בני אדם."
            ),
            ad_slot("פרסומת"),
            embed("vimeo", "סרטון: לילה במצפה"),
            "<h2>הגילוי</h2>",
            paras("בשלוש לפנות בוקר מופיעה נקודה חדשה בגלקסיה רחוקה, והצוות מתעורר בבת אחת."),
            "@T",
            figure("mitspe2", "הנקודה הבהירה בפינה השמאלית היא הסופרנובה שהתגלתה באותו לילה."),
            paras("עד הבוקר נשלחת הודעה לכל המצפים בעולם, ונועה הולכת סוף סוף לישון."),
        ),
        ("קראו גם:", "איך מודדים מרחק לכוכב"),
        (
            "והטלסקופ הגדול מתחיל להסתובב לאט.",
            "השמים נקיים מספיק.",
            "הרבה לפני שהיו כאן בני אדם.",
            "והצוות מתעורר בבת אחת.",
            "ונועה הולכת סוף סוף לישון.",
        ),
        ("פרסומת", "קראו גם:", "איך מודדים מרחק לכוכב"),
    ),
    (
        "fa",
        "longread_carpet_weavers",
        "بافندگان فرش در روستای کوهستانی",
        "در روستایی نزدیک کاشان، زنان هنوز فرش را با دست و با نقشه‌های قدیمی می‌بافند.",
        (
            figure("farsh1", "دار قالی در اتاق روشن خانهٔ مریم خانم."),
            paras("مریم خانم از سیزده سالگی پشت دار نشسته است و هنوز هر گره را با دست می‌زند."),
            "<h2>نقشه‌ای که از مادر رسیده</h2>",
            paras("نقشهٔ این فرش را مادرش روی کاغذ شطرنجی کشیده و حالا کاغذ زرد شده است."),
            pullquote("هر فرش یک سال از عمر من است."),
            paras("او با خنده می‌گوید هر فرش یک سال از عمر من است و هیچ‌کدام شبیه دیگری نیست."),
            ad_slot("تبلیغات"),
            "<h2>بازار</h2>",
            paras(
                "خریداران شهری قیمت را پایین می‌آورند، اما دختران روستا هنوز بافتن را یاد می‌گیرند."
            ),
            "@T",
            figure("farsh2", "فرش تمام‌شده را برای شستن به کنار رودخانه می‌برند."),
            paras("پاییز امسال نخستین فرش دخترش از روی دار پایین آمد."),
        ),
        ("بیشتر بخوانید:", "رنگ‌های گیاهی در فرش ایرانی"),
        (
            "هنوز هر گره را با دست می‌زند.",
            "کاغذ زرد شده است.",
            "هیچ‌کدام شبیه دیگری نیست.",
            "دختران روستا هنوز بافتن را یاد می‌گیرند.",
            "نخستین فرش دخترش از روی دار پایین آمد.",
        ),
        ("تبلیغات", "بیشتر بخوانید:", "رنگ‌های گیاهی در فرش ایرانی"),
    ),
    (
        "af",
        "longread_karoo_railway",
        "Die laaste trein deur die Karoo",
        "Die spoorlyn na die dorpie sluit aan die einde van die jaar; ons het saamgery.",
        (
            figure("trein1", "Die trein vertrek om sesuur uit die stasie, met net twee waens."),
            paras("Oom Koos is al drie-en-dertig jaar treindrywer op hierdie lyn."),
            "<h2>Die vlakte</h2>",
            paras("Vir ure is daar niks behalwe bossies, windpompe en die lang reguit spoor nie."),
            embed("youtube", "Video: die rit deur die Karoo"),
            pullquote("Die stilte hier is nie leeg nie."),
            paras("Koos sê die stilte hier is nie leeg nie; dit is vol dinge wat jy leer hoor."),
            ad_slot("Advertensie"),
            "@T",
            "<h2>Aankoms</h2>",
            figure("trein2", "Die hele dorp staan op die perron om die laaste trein te groet."),
            paras("Toe die trein stilhou, het die kinders blomme op die enjin gesit."),
        ),
        ("Lees ook:", "Spoorlyne wat verdwyn het"),
        (
            "al drie-en-dertig jaar treindrywer",
            "windpompe en die lang reguit spoor nie.",
            "dit is vol dinge wat jy leer hoor.",
            "die kinders blomme op die enjin gesit.",
        ),
        ("Advertensie", "Lees ook:", "Spoorlyne wat verdwyn het"),
    ),
    (
        "sq",
        "longread_bunker_museum",
        "Nga bunkeri në muze",
        "Një bunker i vjetër në bregdet është kthyer në muze të kujtesës.",
        (
            paras("Muret janë një metër e gjysmë të trasha dhe brenda është gjithmonë ftohtë."),
            figure("bunker1", "Hyrja e bunkerit, e lyer tani me ngjyra nga nxënësit e shkollës."),
            "<h2>Kujtimet</h2>",
            paras("Vizitorët e moshuar tregojnë se si i ndërtonin këto bunkerë në rini."),
            pullquote("Askush nuk e dinte kundër kujt po ndërtonim."),
            paras(
                "«Askush nuk e dinte kundër kujt po ndërtonim», thotë Agimi, që punoi këtu dy vjet."
            ),
            ad_slot("Reklamë"),
            "<h2>E ardhmja</h2>",
            paras("Bashkia planifikon të hapë edhe tre bunkerë të tjerë për turistët."),
            "@T",
            figure("bunker2", "Nga dritarja e ngushtë shihet deti dhe ishulli përballë."),
            paras("Vitin e ardhshëm muzeu do të mbetet i hapur edhe gjatë dimrit."),
        ),
        ("Lexo edhe:", "Historia e fortifikimeve bregdetare"),
        (
            "brenda është gjithmonë ftohtë.",
            "si i ndërtonin këto bunkerë në rini.",
            "që punoi këtu dy vjet.",
            "edhe tre bunkerë të tjerë për turistët.",
            "do të mbetet i hapur edhe gjatë dimrit.",
        ),
        ("Reklamë", "Lexo edhe:", "Historia e fortifikimeve bregdetare"),
    ),
)

# The caption of each feature's last figure: a caption is kept out of ``body`` and in
# ``body_blocks`` marked as one (docs/body-boxes.md), so it is checked there
# (tests/body/test_blind77l_probes.py), not as a must-line of the body's text.
LAST_CAPTIONS = {
    "b77l_es_longread_salt_flats": "Aurelio y su nieta cargan las llamas para el viaje de regreso.",
    "b77l_el_longread_island_school": "Το διάλειμμα γίνεται στην παραλία όταν έχει καλό καιρό.",
    "b77l_he_longread_desert_observatory": (
        "הנקודה הבהירה בפינה השמאלית היא הסופרנובה שהתגלתה באותו לילה."
    ),
    "b77l_fa_longread_carpet_weavers": "فرش تمام‌شده را برای شستن به کنار رودخانه می‌برند.",
    "b77l_af_longread_karoo_railway": (
        "Die hele dorp staan op die perron om die laaste trein te groet."
    ),
    "b77l_sq_longread_bunker_museum": "Nga dritarja e ngushtë shihet deti dhe ishulli përballë.",
}

for lang, name, title, deck, parts, read_also, must, out in _PROBES:
    add(
        name,
        SITES[lang],
        title,
        _feature(title, deck, parts, read_also=read_also) + share(SITES[lang]),
        must,
        out,
        path=f"features/{name}",
    )
