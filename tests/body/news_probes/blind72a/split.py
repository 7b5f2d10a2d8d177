"""The blind72a probe's third part: a body split every two or three paragraphs by an ad
slot and a "read also" box, as regional portals of South Asia, the Caucasus, the Balkans,
the Baltics and East Africa set them; the subheadings, lists and tables of the text among
them."""

from __future__ import annotations

from ._kit import ad, add, also, app, bio, comments, letter, paras, portal, related, share, tags
from .words import W

w = W["ms"]
add(
    "ads_and_also_every_two_paragraphs",
    w,
    "Jeti baharu Kuala Terengganu siap Mac depan",
    portal(
        w,
        "Jeti baharu Kuala Terengganu siap Mac depan",
        "<article><h1>Jeti baharu Kuala Terengganu siap Mac depan</h1><div class='entry-content'>"
        + paras(
            "KUALA TERENGGANU: Pembinaan jeti baharu di Pulau Duyong dijangka siap sepenuhnya "
            "pada Mac tahun depan, kata Pengerusi Jawatankuasa Infrastruktur negeri.",
            "Beliau berkata kerja-kerja cerucuk telah selesai dan kontraktor kini memasang "
            "lantai konkrit sepanjang seratus dua puluh meter.",
        )
        + ad(w)
        + also(w, "Feri ke Pulau Redang ditangguh akibat ombak besar")
        + paras(
            "Jeti itu akan menempatkan dua puluh bot penumpang serta sebuah bangunan menunggu "
            "yang berhawa dingin.",
            "Nelayan tempatan pula diberi ruang khas untuk memunggah hasil tangkapan pada waktu"
            " pagi.",
        )
        + ad(w)
        + also(w, "Pasar Payang dibuka semula selepas diubah suai")
        + paras("Kos keseluruhan projek itu ialah RM14 juta yang dibiayai kerajaan negeri.")
        + f"</div>{share(w)}{comments(w)}</article>",
    ),
    (
        "Pembinaan jeti baharu di Pulau Duyong dijangka siap sepenuhnya",
        "lantai konkrit sepanjang seratus dua puluh meter.",
        "dua puluh bot penumpang serta sebuah bangunan menunggu",
        "ruang khas untuk memunggah hasil tangkapan",
        "Kos keseluruhan projek itu ialah RM14 juta",
    ),
    (
        "Feri ke Pulau Redang ditangguh akibat ombak besar",
        "Pasar Payang dibuka semula selepas diubah suai",
        w.advert,
        w.share,
        w.comments,
    ),
)

w = W["hi"]
add(
    "ads_also_boxes_subheads_and_list",
    w,
    "जबलपुर में नर्मदा घाटों का कायाकल्प",
    portal(
        w,
        "जबलपुर में नर्मदा घाटों का कायाकल्प",
        "<div class='story'><h1>जबलपुर में नर्मदा घाटों का कायाकल्प</h1><div class='story-content'>"
        + paras(
            "जबलपुर नगर निगम ने ग्वारीघाट और तिलवारा घाट के सौंदर्यीकरण की योजना को मंजूरी दे दी है।",
            "योजना पर करीब अठारह करोड़ रुपये खर्च होंगे और काम अगले महीने से शुरू होगा।",
        )
        + ad(w)
        + also(w, "भेड़ाघाट में नौका विहार फिर शुरू", shape="p")
        + "<h2>क्या-क्या बदलेगा</h2><ul><li>घाटों पर नई सीढ़ियां और रेलिंग लगेंगी</li><li>शाम की "
        "आरती के लिए अलग मंच बनेगा</li><li>श्रद्धालुओं के लिए चेंजिंग रूम बनाए जाएंगे</li></ul>"
        + ad(w)
        + paras(
            "नगर निगम आयुक्त ने बताया कि काम के दौरान घाटों पर स्नान बंद नहीं किया जाएगा।",
            "स्थानीय नाविकों ने मांग की है कि उनकी नावों के लिए भी अलग जेटी बनाई जाए।",
        )
        + also(w, "नर्मदा जयंती की तैयारियां तेज", shape="p")
        + "<h2>पिछली योजना का क्या हुआ</h2>"
        + paras("वर्ष 2019 में घोषित इसी तरह की योजना धन की कमी के कारण अधूरी रह गई थी।")
        + f"</div>{tags(w, 'जबलपुर', 'नर्मदा', 'ग्वारीघाट')}{app(w)}</div>",
    ),
    (
        "ग्वारीघाट और तिलवारा घाट के सौंदर्यीकरण की योजना को मंजूरी दे दी है।",
        "अठारह करोड़ रुपये खर्च होंगे",
        "क्या-क्या बदलेगा",
        "घाटों पर नई सीढ़ियां और रेलिंग लगेंगी",
        "श्रद्धालुओं के लिए चेंजिंग रूम बनाए जाएंगे",
        "घाटों पर स्नान बंद नहीं किया जाएगा।",
        "पिछली योजना का क्या हुआ",
        "धन की कमी के कारण अधूरी रह गई थी।",
    ),
    (
        "भेड़ाघाट में नौका विहार फिर शुरू",
        "नर्मदा जयंती की तैयारियां तेज",
        w.read_also,
        w.advert,
        w.tags,
        w.app,
    ),
)

w = W["mr"]
add(
    "hehi_vacha_lines_between_paragraphs",
    w,
    "कोल्हापुरात रंकाळा तलावाचे संवर्धन",
    portal(
        w,
        "कोल्हापुरात रंकाळा तलावाचे संवर्धन",
        "<div class='article'><h1>कोल्हापुरात रंकाळा तलावाचे संवर्धन</h1><div "
        "class='article-body'>"
        + paras(
            "कोल्हापूर महानगरपालिकेने रंकाळा तलावाच्या संवर्धनासाठी बारा कोटी रुपयांचा आराखडा तयार केला आहे.",
            "तलावात मिसळणारे सांडपाणी रोखण्यासाठी तीन ठिकाणी प्रक्रिया केंद्रे उभारली जाणार आहेत.",
            f"<strong>{w.read_also}</strong> <a href='/h/1'>पंचगंगा प्रदूषणावर उच्च न्यायालयाची नोटीस"
            "</a>",
            "तलावाच्या काठावरील जुन्या दगडी बांधकामाची दुरुस्तीही या आराखड्यात समाविष्ट आहे.",
        )
        + ad(w)
        + paras(
            "पर्यावरणप्रेमी संघटनांनी मात्र कामाच्या वेळापत्रकाबाबत शंका व्यक्त केली आहे.",
            f"<strong>{w.read_also}</strong> <a href='/h/2'>शाहू मिल परिसरात नवे उद्यान</a>",
        )
        + f"</div>{share(w)}{letter(w)}</div>",
    ),
    (
        "बारा कोटी रुपयांचा आराखडा तयार केला आहे.",
        "तीन ठिकाणी प्रक्रिया केंद्रे उभारली जाणार आहेत.",
        "जुन्या दगडी बांधकामाची दुरुस्तीही या आराखड्यात समाविष्ट आहे.",
        "कामाच्या वेळापत्रकाबाबत शंका व्यक्त केली आहे.",
    ),
    (
        "पंचगंगा प्रदूषणावर उच्च न्यायालयाची नोटीस",
        "शाहू मिल परिसरात नवे उद्यान",
        w.read_also,
        w.advert,
        w.share,
        w.newsletter,
    ),
)

w = W["az"]
add(
    "ads_and_also_boxes_with_quote",
    w,
    "Gəncədə içməli su xətti yenilənir",
    portal(
        w,
        "Gəncədə içməli su xətti yenilənir",
        "<div class='news-inner'><h1>Gəncədə içməli su xətti yenilənir</h1><div class='news-text'>"
        + paras(
            "Gəncə şəhərində otuz kilometrlik köhnə içməli su xəttinin dəyişdirilməsinə "
            "başlanılıb.",
            "Layihə çərçivəsində Kəpəz və Nizami rayonlarında iyirmi mindən çox mənzil fasiləsiz"
            " su ilə təmin olunacaq.",
        )
        + ad(w)
        + also(w, "Gəncə–Bakı qatarının hərəkət cədvəli dəyişdi")
        + "<blockquote><p>«Bu, şəhərin son qırx ildə ən böyük su layihəsidir», – deyə "
        "Su Təchizatı İdarəsinin rəisi Elnur Məmmədov bildirib.</p></blockquote>"
        + paras("İşlərin gələn ilin payızında başa çatdırılması nəzərdə tutulur.")
        + ad(w)
        + also(w, "Göygöldə turist mövsümü uzadıldı")
        + f"</div>{share(w)}"
        + related(w, "Samuxda yeni məktəb açıldı", "Naftalanda sanatoriya bərpa edilir")
        + "</div>",
    ),
    (
        "otuz kilometrlik köhnə içməli su xəttinin dəyişdirilməsinə başlanılıb.",
        "iyirmi mindən çox mənzil fasiləsiz su ilə təmin olunacaq.",
        "şəhərin son qırx ildə ən böyük su layihəsidir",
        "İşlərin gələn ilin payızında başa çatdırılması nəzərdə tutulur.",
    ),
    (
        "Gəncə–Bakı qatarının hərəkət cədvəli dəyişdi",
        "Göygöldə turist mövsümü uzadıldı",
        w.read_also,
        w.advert,
        w.share,
        w.related,
        "Samuxda yeni məktəb açıldı",
        "Naftalanda sanatoriya bərpa edilir",
    ),
)

w = W["el"]
add(
    "ads_also_subheads_and_table",
    w,
    "Ηράκλειο: Νέα δρομολόγια στις αστικές γραμμές",
    portal(
        w,
        "Ηράκλειο: Νέα δρομολόγια στις αστικές γραμμές",
        "<article class='post'><h1>Ηράκλειο: Νέα δρομολόγια στις αστικές γραμμές</h1><div "
        "class='post-content'>"
        + paras(
            "Από τη Δευτέρα τίθενται σε ισχύ τα νέα δρομολόγια των αστικών λεωφορείων του "
            "Ηρακλείου, με πυκνότερα δρομολόγια τις πρωινές ώρες.",
            "Η εταιρεία ανακοίνωσε ότι προστίθενται δώδεκα νέα λεωφορεία στον στόλο της.",
        )
        + ad(w)
        + also(w, "Έργα στη λεωφόρο Κνωσού μέχρι τον Μάρτιο", shape="p")
        + "<h2>Οι αλλαγές ανά γραμμή</h2><table><thead><tr><th>Γραμμή</th><th>Πριν</th><th>"
        "Τώρα</th></tr></thead><tbody><tr><td>2 Κνωσός</td><td>κάθε 20 λεπτά</td><td>κάθε 12 "
        "λεπτά</td></tr><tr><td>6 Αμμουδάρα</td><td>κάθε 30 λεπτά</td><td>κάθε 20 λεπτά</td>"
        "</tr></tbody></table>"
        + ad(w)
        + paras(
            "Οι επιβάτες μπορούν να ενημερώνονται για τις αφίξεις μέσω της εφαρμογής της "
            "εταιρείας και των πινακίδων στις στάσεις."
        )
        + f"</div>{share(w)}{comments(w)}</article>",
    ),
    (
        "τίθενται σε ισχύ τα νέα δρομολόγια των αστικών λεωφορείων",
        "προστίθενται δώδεκα νέα λεωφορεία στον στόλο της.",
        "Οι αλλαγές ανά γραμμή",
        "2 Κνωσός",
        "κάθε 12 λεπτά",
        "6 Αμμουδάρα",
        "μέσω της εφαρμογής της εταιρείας και των πινακίδων στις στάσεις.",
    ),
    ("Έργα στη λεωφόρο Κνωσού μέχρι τον Μάρτιο", w.read_also, w.advert, w.share, w.comments),
)

w = W["lt"]
add(
    "ads_also_boxes_and_author_bio",
    w,
    "Telšiuose atidarytas naujas baseinas",
    portal(
        w,
        "Telšiuose atidarytas naujas baseinas",
        "<article class='article'><h1>Telšiuose atidarytas naujas baseinas</h1><div "
        "class='article-content'>"
        + paras(
            "Telšiuose penktadienį atidarytas naujas dvidešimt penkių metrų baseinas, kurio "
            "statyba truko dvejus metus.",
            "Savivaldybės duomenimis, baseinas kainavo beveik šešis milijonus eurų.",
        )
        + ad(w)
        + also(w, "Mažeikių sporto arena laukia remonto")
        + paras(
            "Mokiniai plaukimo pamokas čia lankys nemokamai, o kitiems lankytojams bilietas "
            "kainuos penkis eurus.",
            "Baseinas dirbs kasdien nuo septintos ryto iki dešimtos vakaro.",
        )
        + ad(w)
        + also(w, "Rietave atnaujintas stadionas")
        + "</div>"
        + bio(
            "Rūta Jonaitienė",
            "Rūta Jonaitienė – „Žemaičių žinių“ žurnalistė, rašanti apie sportą ir švietimą "
            "nuo 2012 metų.",
        )
        + f"{share(w)}</article>",
    ),
    (
        "naujas dvidešimt penkių metrų baseinas",
        "baseinas kainavo beveik šešis milijonus eurų.",
        "plaukimo pamokas čia lankys nemokamai",
        "Baseinas dirbs kasdien nuo septintos ryto iki dešimtos vakaro.",
    ),
    (
        "Mažeikių sporto arena laukia remonto",
        "Rietave atnaujintas stadionas",
        w.read_also,
        w.advert,
        "rašanti apie sportą ir švietimą",
        w.share,
    ),
)

w = W["sw"]
add(
    "soma_pia_and_tangazo_slots",
    w,
    "Soko jipya la samaki lafunguliwa Tanga",
    portal(
        w,
        "Soko jipya la samaki lafunguliwa Tanga",
        "<div class='td-post-content'><h1>Soko jipya la samaki lafunguliwa Tanga</h1>"
        + paras(
            "Halmashauri ya Jiji la Tanga imefungua soko jipya la samaki lenye uwezo wa "
            "kuhudumia wafanyabiashara mia tatu kwa wakati mmoja.",
            "Mkurugenzi wa jiji alisema soko hilo lina vyumba vya baridi na maji safi ya "
            "kuoshea samaki.",
        )
        + ad(w)
        + also(w, "Wavuvi wa Pangani walalamikia bei ya mafuta", shape="p")
        + paras(
            "Wafanyabiashara waliokuwa wakiuza samaki kando ya barabara wametakiwa kuhamia "
            "sokoni ndani ya wiki mbili.",
            "Baadhi yao walisema kodi ya meza ya shilingi elfu tano kwa mwezi ni nafuu.",
        )
        + ad(w)
        + also(w, "Bandari ya Tanga yapokea meli kubwa", shape="p")
        + paras("Soko litakuwa wazi kila siku kuanzia saa kumi na moja alfajiri.")
        + f"{share(w)}{comments(w)}</div>",
    ),
    (
        "imefungua soko jipya la samaki lenye uwezo wa kuhudumia wafanyabiashara mia tatu",
        "lina vyumba vya baridi na maji safi ya kuoshea samaki.",
        "wametakiwa kuhamia sokoni ndani ya wiki mbili.",
        "kodi ya meza ya shilingi elfu tano kwa mwezi ni nafuu.",
        "Soko litakuwa wazi kila siku",
    ),
    (
        "Wavuvi wa Pangani walalamikia bei ya mafuta",
        "Bandari ya Tanga yapokea meli kubwa",
        w.read_also,
        w.advert,
        w.share,
        w.comments,
    ),
)
