"""Forum threads whose posts are the content (the last reply included) and personal
homepages of the old web (a bio, interests, a list of writings, a contact line) with
their visitor counters."""

from __future__ import annotations

from ._registry import PROBES, Frame, forum_thread, homepage

PT_FRAME = Frame(
    site="Fórum Horta Urbana",
    nav=("Categorias", "Recentes", "Top"),
    footer="Fórum Horta Urbana · Regras da comunidade",
)

PROBES.add(
    "pt_br_forum_horta",
    "https://forum-hortaurbana.example.com.br/t/tomate-rachando/812",
    forum_thread(
        "pt-BR",
        "Meus tomates estão rachando antes de amadurecer",
        (
            (
                "lu_na_varanda",
                (
                    "Plantei tomate cereja em vaso na varanda e metade dos frutos racha quando "
                    "ainda está verde. Alguém sabe o que pode ser?",
                ),
            ),
            (
                "seu_dito",
                (
                    "Quase sempre é rega irregular: a terra seca demais e depois você rega "
                    "muito de uma vez.",
                    "Tenta regar pouco todo dia de manhã e cobrir a terra com palha.",
                ),
            ),
            (
                "lu_na_varanda",
                (
                    "Fiz o que o seu Dito falou e em duas semanas os frutos novos vieram "
                    "inteiros. Obrigada!",
                ),
            ),
        ),
        joined="Membro desde 2023",
        actions=("Curtir", "Responder"),
        frame=PT_FRAME,
    ),
    (
        "metade dos frutos racha quando ainda está verde",
        "Quase sempre é rega irregular",
        "cobrir a terra com palha",
        "em duas semanas os frutos novos vieram inteiros",
    ),
    ("Membro desde 2023", *PT_FRAME.furniture()),
)

VI_FRAME = Frame(
    site="Diễn đàn Nuôi Cá Cảnh",
    nav=("Diễn đàn", "Bài mới", "Thành viên"),
    footer="Diễn đàn Nuôi Cá Cảnh © 2026 · Nội quy",
    side_title="Chủ đề nổi bật",
    side=("Cách dựng hồ thủy sinh cho người mới", "Cá betta bị nấm đuôi phải làm sao"),
)

PROBES.add(
    "vi_dien_dan_ca_canh",
    "https://nuoicacanh.example.vn/t/ho-bi-duc-nuoc/4471",
    forum_thread(
        "vi",
        "Hồ mới dựng bị đục nước sau ba ngày",
        (
            (
                "minhtuan88",
                ("Em mới dựng hồ 60 phân, thả cá được ba ngày thì nước đục trắng như sữa.",),
            ),
            (
                "chu_ba_ca",
                (
                    "Đó là vi khuẩn bùng phát vì hồ chưa chạy đủ chu trình nitơ. Bạn đừng thay "
                    "nước nhiều, giảm cho ăn lại là được.",
                ),
            ),
            ("thuy_sinh_hn", ("Mình cũng bị y như vậy, khoảng một tuần sau nước tự trong lại.",)),
        ),
        joined="Tham gia: 03/2024",
        actions=("Thích", "Trả lời"),
        frame=VI_FRAME,
    ),
    (
        "thả cá được ba ngày thì nước đục trắng như sữa",
        "hồ chưa chạy đủ chu trình nitơ",
        "khoảng một tuần sau nước tự trong lại",
    ),
    ("Tham gia: 03/2024", *VI_FRAME.furniture()),
)

PROBES.add(
    "cs_domovska_stranka",
    "https://www.example.cz/~novotny/",
    homepage(
        "cs",
        "Jaroslav Novotný – domovská stránka",
        "<h1>Jaroslav Novotný</h1><p>Jsem učitel fyziky na gymnáziu v Lipové a ve volném "
        "čase stavím sluneční hodiny.</p><h2>Co mě zajímá</h2><ul><li>sluneční hodiny a "
        "jejich výpočet</li><li>staré meteorologické přístroje</li><li>turistika po "
        "Jeseníkách</li></ul><h2>Moje texty</h2><ul><li><a href='hodiny.html'>Jak spočítat "
        "svislé sluneční hodiny</a> (2004)</li><li><a href='barometr.html'>Oprava "
        "aneroidu po dědečkovi</a> (2009)</li></ul><h2>Kontakt</h2><p>Napište mi na adresu "
        "novotny zavináč example.cz, odpovídám obvykle do týdne.</p>",
        counter="Jste 004812. návštěvník. Stránka naposledy upravena 12. 3. 2011.",
    ),
    (
        "ve volném čase stavím sluneční hodiny",
        "staré meteorologické přístroje",
        "Oprava aneroidu po dědečkovi",
        "odpovídám obvykle do týdne",
    ),
    ("Jste 004812. návštěvník.",),
)

PROBES.add(
    "bn_byaktigato_pata",
    "https://www.example.in/~sarkar/index_bn.html",
    homepage(
        "bn",
        "অনিন্দ্য সরকারের পাতা",
        "<h1>অনিন্দ্য সরকার</h1><p>আমি একজন অবসরপ্রাপ্ত ডাকপিয়ন, এখন গ্রামের পুরনো চিঠি আর "
        "ডাকটিকিট সংগ্রহ করি।</p><h2>আমার সংগ্রহ</h2><ul><li>ব্রিটিশ আমলের পোস্টকার্ড</li><li>"
        "হাতে আঁকা খামের নকশা</li></ul><h2>লেখা</h2><p>আমার ছোট বই «ডাকঘরের দিনগুলি» এখানে পড়া "
        "যায়, প্রতি মাসে একটি করে অধ্যায় যোগ করি।</p>",
        counter="দর্শক সংখ্যা: ০০২৩৯১",
    ),
    (
        "এখন গ্রামের পুরনো চিঠি আর ডাকটিকিট সংগ্রহ করি",
        "হাতে আঁকা খামের নকশা",
        "প্রতি মাসে একটি করে অধ্যায় যোগ করি",
    ),
    ("দর্শক সংখ্যা",),
)

PROBES.add(
    "en_researcher_homepage",
    "https://people.example.ac.nz/~halloway/",
    homepage(
        "en-NZ",
        "Tamsin Halloway",
        "<h1>Tamsin Halloway</h1><p>I am a lecturer in marine ecology. My work is on how "
        "kelp forests recover after marine heatwaves.</p><h2>Students</h2><p>I am looking "
        "for a master's student for a project on sea urchin grazing in Foveaux Strait.</p>"
        "<h2>Selected papers</h2><ol><li>Halloway, T. and Reti, P. (2024) Kelp after the "
        "heat. <i>Journal of Southern Seas</i> 12: 44–61.</li><li>Halloway, T. (2021) "
        "Counting urchins by drone. <i>Coastal Methods</i> 3: 5–19.</li></ol><h2>Teaching"
        "</h2><p>MARI 204 Coastal Ecosystems, second semester.</p>",
        counter="You are visitor number 10293. Best viewed in any browser.",
    ),
    (
        "how kelp forests recover after marine heatwaves",
        "sea urchin grazing in Foveaux Strait",
        "Counting urchins by drone.",
        "MARI 204 Coastal Ecosystems, second semester.",
    ),
    ("You are visitor number 10293.",),
)
