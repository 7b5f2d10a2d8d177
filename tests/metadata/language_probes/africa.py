"""African languages: Swahili, Amharic, Yoruba, Hausa, Tigrinya, Somali, Oromo, Afrikaans."""

from __future__ import annotations

from .kit import (
    EAT,
    WAT,
    Probe,
    event_page,
    news_cms,
    news_page,
    plain_blog,
    portal_story,
    press,
    tag_line,
    when,
    wordpress,
)
from .texts import AF, AM, HA, OM, SO, SW, TI, YO

PROBES: tuple[Probe, ...] = (
    # --- Swahili -----------------------------------------------------------------------
    Probe(
        "sw_news_na",
        "sw",
        news_cms(
            "sw",
            "Soko jipya la mboga lazinduliwa | Habari za Pwani",
            "Soko jipya la mboga lazinduliwa",
            SW,
            site="Habari za Pwani",
            meta='<span class="author">Na Juma Mwinyi</span>'
            '<span class="date">Machi 5, 2024 14:30 EAT</span>',
            after='<div class="tags">Mada: <a href="/mada/1">soko</a> '
            '<a href="/mada/2">biashara</a></div>',
            section="Habari",
        ),
        {
            "title": "Soko jipya la mboga lazinduliwa",
            "authors": ("Juma Mwinyi",),
            "published": when(2024, 3, 5, 14, 30, tz=EAT),
            "tags": ("soko", "biashara"),
            "publisher": "Habari za Pwani",
            "language": "sw",
        },
    ),
    Probe(
        "sw_press_chanzo",
        "sw",
        press(
            "sw",
            "Taarifa kwa vyombo vya habari: Halmashauri yazindua soko jipya",
            "Halmashauri yazindua soko jipya",
            SW,
            kicker="Taarifa kwa vyombo vya habari",
            dateline="MOMBASA, 5 Machi 2024 –",
            closing="<p>Chanzo: Ofisi ya Mawasiliano ya Halmashauri</p>",
        ),
        {
            "title": "Halmashauri yazindua soko jipya",
            "authors": (),
            "published": when(2024, 3, 5),
            "language": "sw",
        },
    ),
    Probe(
        "am_ethiopian_calendar",
        "am",
        news_cms(
            "am",
            "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ | የአዲስ ዜና",
            "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ",
            AM,
            site="የአዲስ ዜና",
            meta='<span class="author">ዘጋቢ፡ አበበ ከበደ</span>'
            '<span class="date">ማክሰኞ የካቲት 26 ቀን 2016 ዓ.ም</span>',
            section="ዜና",
        ),
        {
            "title": "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ",
            "authors": ("አበበ ከበደ",),
            "published": when(2024, 3, 5),
            "publisher": "የአዲስ ዜና",
            "language": "am",
        },
    ),
    Probe(
        "am_ethiopian_calendar_slash",
        "am",
        wordpress(
            "am",
            "የመኪና ማቆሚያ እጥረት – የከተማ ድምፅ",
            "የመኪና ማቆሚያ እጥረት",
            AM,
            site="የከተማ ድምፅ",
            meta='<span class="posted-on">የካቲት 26/2016 ዓ.ም</span>',
        ),
        {
            "title": "የመኪና ማቆሚያ እጥረት",
            "published": when(2024, 3, 5),
            "publisher": "የከተማ ድምፅ",
            "language": "am",
        },
    ),
    # --- Swahili time (hours from 6 a.m.) and the Ethiopian clock ------------------------
    Probe(
        "sw_swahili_time_words",
        "sw",
        news_page(
            "sw",
            "Soko jipya lafunguliwa mjini",
            "Sauti ya Pwani",
            SW,
            '<span class="author">Na Halima Said</span>'
            '<span class="date">Jumanne, Machi 5, 2024 saa tatu asubuhi</span>',
            section="Habari",
        ),
        {
            "title": "Soko jipya lafunguliwa mjini",
            "authors": ("Halima Said",),
            "published": when(2024, 3, 5, 9, 0),
            "language": "sw",
        },
    ),
    Probe(
        "sw_swahili_time_digits",
        "sw",
        news_page(
            "sw",
            "Wafanyabiashara walalamikia kodi ya meza",
            "Mwangaza wa Kaskazini",
            SW,
            '<span class="date">Imechapishwa: Machi 5, 2024 saa 9:45 alasiri</span>',
            section="Biashara",
        ),
        {
            "title": "Wafanyabiashara walalamikia kodi ya meza",
            "published": when(2024, 3, 5, 15, 45),
            "language": "sw",
        },
    ),
    Probe(
        "sw_western_clock",
        "sw",
        news_page(
            "sw",
            "Halmashauri kupitia upya viwango vya kodi",
            "Jarida la Ziwa",
            SW,
            '<span class="date">Machi 5, 2024 saa 14:30</span>',
            section="Habari",
        ),
        {
            "title": "Halmashauri kupitia upya viwango vya kodi",
            "published": when(2024, 3, 5, 14, 30),
            "language": "sw",
        },
    ),
    Probe(
        "am_ethiopian_clock_day",
        "am",
        news_page(
            "am",
            "የከተማው አስተዳደር አዲስ መናፈሻ ከፈተ",
            "የሰሜን ዜና",
            AM,
            '<span class="date">የካቲት 26 ቀን 2016 ዓ.ም ከቀኑ 8:30</span>',
            section="ዜና",
        ),
        {
            "title": "የከተማው አስተዳደር አዲስ መናፈሻ ከፈተ",
            "published": when(2024, 3, 5, 14, 30),
            "language": "am",
        },
    ),
    Probe(
        "am_ethiopian_clock_morning",
        "am",
        wordpress(
            "am",
            "የመኪና ማቆሚያ ጥያቄ – የሰፈር ድምፅ",
            "የመኪና ማቆሚያ ጥያቄ",
            AM,
            site="የሰፈር ድምፅ",
            meta='<span class="posted-on">የካቲት 26 ቀን 2016 ዓ.ም ከጠዋቱ 3:00 ሰዓት</span>',
        ),
        {"title": "የመኪና ማቆሚያ ጥያቄ", "published": when(2024, 3, 5, 9, 0), "language": "am"},
    ),
    # --- languages no probe had --------------------------------------------------------
    Probe(
        "yo_news_lati_owo",
        "yo",
        news_page(
            "yo",
            "Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú",
            "Ìròyìn Òkè Ògùn",
            YO,
            '<span class="author">Láti ọwọ́ Adébáyọ̀ Ọlátúndé</span>'
            '<span class="date">Ẹrẹ̀nà 5, 2024 | 14:30 WAT</span>',
            after=tag_line("Àmì:", "ọjà", "ìjọba ìbílẹ̀"),
            section="Ìròyìn",
        ),
        {
            "title": "Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú",
            "authors": ("Adébáyọ̀ Ọlátúndé",),
            "published": when(2024, 3, 5, 14, 30, tz=WAT),
            "tags": ("ọjà", "ìjọba ìbílẹ̀"),
            "language": "yo",
        },
    ),
    Probe(
        "ha_news_daga",
        "ha",
        news_page(
            "ha",
            "An bude sabuwar kasuwa a tsakiyar gari",
            "Muryar Arewa",
            HA,
            '<span class="author">Daga Musa Abdullahi</span>'
            '<span class="date">5 Maris, 2024 10:30 WAT</span>',
            after=tag_line("Batutuwa:", "kasuwa", "haya"),
            section="Labarai",
        ),
        {
            "title": "An bude sabuwar kasuwa a tsakiyar gari",
            "authors": ("Musa Abdullahi",),
            "published": when(2024, 3, 5, 10, 30, tz=WAT),
            "tags": ("kasuwa", "haya"),
            "language": "ha",
        },
    ),
    # --- Pages that are no news ---------------------------------------------------------
    Probe(
        "sw_blog_written_by_two",
        "sw",
        plain_blog(
            "sw",
            "Soko jipya la samaki | Daftari la Pwani",
            SW,
            blog="Daftari la Pwani",
            heading="Soko jipya la samaki",
            byline="Imeandikwa na Amina Hassan na Juma Mwinyi",
        ),
        {
            "title": "Soko jipya la samaki",
            "authors": ("Amina Hassan", "Juma Mwinyi"),
            "language": "sw",
        },
    ),
    Probe(
        "am_event_site_section_title",
        "am",
        event_page(
            "am",
            "የባህል ማዕከል | ዝግጅቶች | የፀደይ ሙዚቃ ምሽት",
            "የፀደይ ሙዚቃ ምሽት",
            ("የከተማው የወጣቶች ባንድ ባህላዊና ዘመናዊ ሙዚቃዎችን ያቀርባል። መግቢያ ነፃ ነው።",),
            site="የባህል ማዕከል",
            when_where="መጋቢት 14 ቀን 2016 ዓ.ም. · ዋናው አዳራሽ",
            organiser="አዘጋጅ፦ የወጣቶች ማህበር",
        ),
        {"title": "የፀደይ ሙዚቃ ምሽት", "authors": (), "language": "am"},
    ),
    Probe(
        "sw_blog_imewekwa_na",
        "sw",
        plain_blog(
            "sw",
            "Soko jipya la samaki | Habari za Mtaa",
            SW,
            blog="Habari za Mtaa",
            heading="Soko jipya la samaki",
            byline="Imewekwa na Amina Hassan",
        ),
        {"title": "Soko jipya la samaki", "authors": ("Amina Hassan",), "language": "sw"},
    ),
    # --- Titles whose parts a reader tells apart by the page's other signals ---------------
    Probe(
        "sw_title_site_section_headline",
        "sw",
        portal_story(
            "sw",
            "Habari za Pwani › Biashara › Soko jipya la mboga lafunguliwa",
            SW,
            logo="Habari za Pwani",
            crumbs=("Nyumbani", "Biashara"),
            site="Habari za Pwani",
        ),
        {"title": "Soko jipya la mboga lafunguliwa"},
    ),
    Probe(
        "am_title_headline_section_site",
        "am",
        portal_story(
            "am",
            "አዲስ መናፈሻ በወንዙ ዳርቻ ተከፈተ | ዜና | የከተማ ድምፅ",
            AM,
            logo="የከተማ ድምፅ",
            crumbs=("መነሻ", "ዜና"),
        ),
        {"title": "አዲስ መናፈሻ በወንዙ ዳርቻ ተከፈተ"},
    ),
    # "በ" ("by") glued to the writer's name, as Ethiopian papers print it; a given name that
    # opens with that letter keeps it
    Probe(
        "am_glued_by",
        "am",
        news_cms(
            "am",
            "በከተማው አዲስ ቤተ መጻሕፍት ተከፈተ | የከተማ ዜና",
            "በከተማው አዲስ ቤተ መጻሕፍት ተከፈተ",
            AM,
            site="የከተማ ዜና",
            meta='<span class="author">በአበበ ከበደ</span>'
            '<span class="date">የካቲት 26 ቀን 2016 ዓ.ም</span>',
            section="ዜና",
        ),
        {
            "title": "በከተማው አዲስ ቤተ መጻሕፍት ተከፈተ",
            "authors": ("አበበ ከበደ",),
            "published": when(2024, 3, 5),
            "language": "am",
        },
    ),
    Probe(
        "am_glued_by_two_names",
        "am",
        wordpress(
            "am",
            "የገበያ ማዕከል ግንባታ ተጀመረ – የሰፈር ብሎግ",
            "የገበያ ማዕከል ግንባታ ተጀመረ",
            AM,
            site="የሰፈር ብሎግ",
            meta='<span class="byline">በበቀለ ገርባ እና በሰላም ታደሰ</span>',
        ),
        {"title": "የገበያ ማዕከል ግንባታ ተጀመረ", "authors": ("በቀለ ገርባ", "ሰላም ታደሰ"), "language": "am"},
    ),
    Probe(
        "am_name_opening_with_by",
        "am",
        news_cms(
            "am",
            "አዲስ የአውቶቡስ መስመር ተጀመረ | የከተማ ዜና",
            "አዲስ የአውቶቡስ መስመር ተጀመረ",
            AM,
            site="የከተማ ዜና",
            meta='<span class="author">በረከት ታደሰ</span>',
            section="ዜና",
        ),
        {"title": "አዲስ የአውቶቡስ መስመር ተጀመረ", "authors": ("በረከት ታደሰ",), "language": "am"},
    ),
    # Hausa's "ga" ("of") between the day and the month, "watan" ("the month of") maybe
    Probe(
        "ha_news_ga_watan",
        "ha",
        news_cms(
            "ha",
            "An bude sabuwar kasuwa a tsakiyar gari | Jaridar Arewa",
            "An bude sabuwar kasuwa a tsakiyar gari",
            HA,
            site="Jaridar Arewa",
            meta='<span class="author">Daga Aminu Bello</span>'
            '<span class="date">Talata, 5 ga watan Maris, 2024</span>',
            section="Labarai",
        ),
        {
            "title": "An bude sabuwar kasuwa a tsakiyar gari",
            "authors": ("Aminu Bello",),
            "published": when(2024, 3, 5),
            "language": "ha",
        },
    ),
    # --- Tigrinya ----------------------------------------------------------------------
    Probe(
        "ti_news_tsehafi_label",
        "ti",
        news_cms(
            "ti",
            "ኣብ ጥቓ ሩባ ሓድሽ መናፈሻ ተኸፊቱ | ዜና ከተማ",
            "ኣብ ጥቓ ሩባ ሓድሽ መናፈሻ ተኸፊቱ",
            TI,
            site="ዜና ከተማ",
            meta='<span class="author">ጸሓፊ፡ ሰናይት ተኽለ</span><span class="date">5 መጋቢት 2024</span>',
            section="ዜና",
        ),
        {
            "title": "ኣብ ጥቓ ሩባ ሓድሽ መናፈሻ ተኸፊቱ",
            "authors": ("ሰናይት ተኽለ",),
            "published": when(2024, 3, 5),
            "language": "ti",
        },
    ),
    # --- Somali ------------------------------------------------------------------------
    Probe(
        "so_news_qoraa_label",
        "so",
        news_cms(
            "so",
            "Mashruuc cusub oo biyo ah oo lagu furay suuqa | Wararka Magaalada",
            "Mashruuc cusub oo biyo ah oo lagu furay suuqa",
            SO,
            site="Wararka Magaalada",
            meta='<span class="author">Qoraa: Cabdiraxmaan Xasan</span>'
            '<span class="date">Maarso 5, 2024</span>',
            section="Wararka",
        ),
        {
            "title": "Mashruuc cusub oo biyo ah oo lagu furay suuqa",
            "authors": ("Cabdiraxmaan Xasan",),
            "published": when(2024, 3, 5),
            "language": "so",
        },
    ),
    # --- Oromo: CLDR's month names, which dateparser spells otherwise ---------------------
    Probe(
        "om_news_barreessaa_cldr_month",
        "om",
        news_cms(
            "om",
            "Gabaan haaraan magaalaa keessatti banameera | Oduu Magaalaa",
            "Gabaan haaraan magaalaa keessatti banameera",
            OM,
            site="Oduu Magaalaa",
            meta='<span class="author">Barreessaa: Caaltuu Gammachuu</span>'
            '<span class="date">Maxxanfame: Onkoloolessa 14, 2024</span>',
            section="Oduu",
        ),
        {
            "title": "Gabaan haaraan magaalaa keessatti banameera",
            "authors": ("Caaltuu Gammachuu",),
            "published": when(2024, 10, 14),
            "language": "om",
        },
    ),
    Probe(
        "om_wp_gabaasaa_and_joiner",
        "om",
        wordpress(
            "om",
            "Gabaan haaraan magaalaa keessatti banameera – Sagalee Ollaa",
            "Gabaan haaraan magaalaa keessatti banameera",
            OM,
            site="Sagalee Ollaa",
            meta='<span class="byline">Gabaasaa: Tolasaa Fufaa fi Hawwii Lammii</span> '
            '<span class="posted-on">Bitootessa 5, 2024</span>',
        ),
        {
            "title": "Gabaan haaraan magaalaa keessatti banameera",
            "authors": ("Tolasaa Fufaa", "Hawwii Lammii"),
            "published": when(2024, 3, 5),
            "language": "om",
        },
    ),
    # --- Afrikaans: byline labels and native dates --------------------------------------------
    Probe(
        "af_news_geskryf_deur",
        "af",
        news_cms(
            "af",
            "Nuwe park langs die rivier geopen | Dorpsnuus",
            "Nuwe park langs die rivier geopen",
            AF,
            site="Dorpsnuus",
            meta='<span class="author">Geskryf deur Pieter van Wyngaard</span>'
            '<span class="date">05 Maart 2024</span>',
            section="Dorpsnuus",
        ),
        {
            "title": "Nuwe park langs die rivier geopen",
            "authors": ("Pieter van Wyngaard",),
            "published": when(2024, 3, 5),
            "publisher": "Dorpsnuus",
            "language": "af",
        },
    ),
)
