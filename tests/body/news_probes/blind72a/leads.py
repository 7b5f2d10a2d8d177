"""The blind72a probe's fourth part: a lead paragraph in bold set before and outside the
article's container (a ``lead`` or ``intro`` box under the headline, or bold text in a
cell of its own), the text after it; the lead is the article's text."""

from __future__ import annotations

from ._kit import ad, add, also, app, bio, comments, letter, paras, portal, related, share, tags
from .words import W

w = W["tl"]
add(
    "bold_lead_box_before_content",
    w,
    "Bagong pantalan sa Tagbilaran bubuksan sa Enero",
    portal(
        w,
        "Bagong pantalan sa Tagbilaran bubuksan sa Enero",
        "<div class='article-header'><h1>Bagong pantalan sa Tagbilaran bubuksan sa Enero</h1>"
        "<div class='lead'><b>Bubuksan sa publiko sa unang linggo ng Enero ang bagong pantalan "
        "ng Tagbilaran na kayang tumanggap ng limang barko nang sabay.</b></div></div>"
        f"{share(w)}<div class='article-content'>"
        + paras(
            "Ayon sa Philippine Ports Authority, natapos na ang pagtatayo ng bagong terminal "
            "na may silid-hintayan para sa dalawang libong pasahero.",
            "Sinabi ni Engr. Ramon Dagohoy na ililipat sa bagong pantalan ang lahat ng biyahe "
            "patungong Cebu at Dumaguete.",
        )
        + also(w, "Tulay sa Loboc ipinasara dahil sa bitak", shape="p")
        + paras(
            "Inaasahang mababawasan ang siksikan sa lumang pantalan tuwing Semana Santa at Pasko."
        )
        + f"</div>{tags(w, 'Bohol', 'pantalan')}{comments(w)}",
    ),
    (
        "Bubuksan sa publiko sa unang linggo ng Enero ang bagong pantalan ng Tagbilaran",
        "silid-hintayan para sa dalawang libong pasahero.",
        "ililipat sa bagong pantalan ang lahat ng biyahe patungong Cebu at Dumaguete.",
        "mababawasan ang siksikan sa lumang pantalan",
    ),
    ("Tulay sa Loboc ipinasara dahil sa bitak", w.read_also, w.share, w.tags, w.comments),
)

w = W["hy"]
add(
    "bold_intro_outside_text_column",
    w,
    "Գյումրիում կվերականգնեն Կումայրի արգելոց-թանգարանը",
    portal(
        w,
        "Գյումրիում կվերականգնեն Կումայրի արգելոց-թանգարանը",
        "<h1 class='title'>Գյումրիում կվերականգնեն Կումայրի արգելոց-թանգարանը</h1><p "
        "class='intro'><strong>Կառավարությունը հաստատել է Գյումրու պատմական կենտրոնի "
        "տասնհինգ շենքերի վերականգնման ծրագիրը, որը կիրականացվի երեք տարում։</strong></p>"
        "<div class='meta'>07.12.2026, 10:40</div><div class='news-body'>"
        + paras(
            "Ծրագրի առաջին փուլում կվերանորոգվեն Ռուսթավելի փողոցի տասնիններորդ դարի առանձնատները։",
            "Քաղաքապետարանի տվյալներով՝ աշխատանքների արժեքը կկազմի մոտ չորս միլիարդ դրամ։",
        )
        + ad(w)
        + paras(
            "Բնակիչները կարող են մնալ իրենց տներում աշխատանքների ընթացքում, քանի որ "
            "վերանորոգվելու են միայն ճակատները և տանիքները։"
        )
        + f"</div>{share(w)}"
        + related(w, "Շիրակի մարզում նոր դպրոց է բացվել", "Արթիկում ճանապարհ են ասֆալտապատում"),
    ),
    (
        "տասնհինգ շենքերի վերականգնման ծրագիրը, որը կիրականացվի երեք տարում։",
        "Ռուսթավելի փողոցի տասնիններորդ դարի առանձնատները։",
        "աշխատանքների արժեքը կկազմի մոտ չորս միլիարդ դրամ։",
        "վերանորոգվելու են միայն ճակատները և տանիքները։",
    ),
    (
        w.advert,
        w.share,
        w.related,
        "Շիրակի մարզում նոր դպրոց է բացվել",
        "Արթիկում ճանապարհ են ասֆալտապատում",
    ),
)

w = W["sr"]
add(
    "bold_lead_paragraph_and_procitajte_jos",
    w,
    "Ниш добија нову градску библиотеку",
    portal(
        w,
        "Ниш добија нову градску библиотеку",
        "<div class='single-news'><h1>Ниш добија нову градску библиотеку</h1><p class='lead'>"
        "<strong>Градска библиотека „Стеван Сремац” ускоро ће се преселити у обновљену зграду "
        "некадашње Дуванске индустрије, саопштено је из Градске управе.</strong></p></div><div "
        "class='single-news-text'>"
        + paras(
            "Реконструкција зграде почела је прошле године и требало би да буде завршена до "
            "краја фебруара.",
            "У новом простору биће читаоница са двеста места, дечје одељење и сала за "
            "књижевне вечери.",
        )
        + also(w, "Почиње обнова Нишке тврђаве", shape="p")
        + paras(
            "Директорка библиотеке Јелена Ристић рекла је да ће фонд од триста хиљада књига "
            "бити пресељен током зимског распуста."
        )
        + f"</div>{tags(w, 'Ниш', 'библиотека', 'култура')}{share(w)}{letter(w)}",
    ),
    (
        "ускоро ће се преселити у обновљену зграду некадашње Дуванске индустрије",
        "требало би да буде завршена до краја фебруара.",
        "читаоница са двеста места, дечје одељење",
        "фонд од триста хиљада књига бити пресељен током зимског распуста.",
    ),
    ("Почиње обнова Нишке тврђаве", w.read_also, w.tags, "култура", w.share, w.newsletter),
)

w = W["lv"]
add(
    "bold_lead_in_own_cell_and_bio",
    w,
    "Liepājā atjaunos Jūrmalas parka estrādi",
    portal(
        w,
        "Liepājā atjaunos Jūrmalas parka estrādi",
        "<div class='article-top'><h1>Liepājā atjaunos Jūrmalas parka estrādi</h1></div><div "
        "class='article-lead'><div class='lead-text'><b>Liepājas dome piešķīrusi 1,2 miljonus "
        "eiro Jūrmalas parka vecās estrādes atjaunošanai, darbi sāksies martā.</b></div></div>"
        "<div class='article-body'>"
        + paras(
            "Estrāde celta 1936. gadā un pēdējos desmit gadus nav izmantota sliktā stāvokļa dēļ.",
            "Projekts paredz atjaunot koka jumtu, skatītāju soliņus un ierīkot jaunu apgaismojumu.",
            "Pilsētas kultūras pārvalde cer, ka pirmie koncerti notiks nākamā gada jūlijā.",
        )
        + "</div>"
        + bio(
            "Ilze Kalniņa",
            "Ilze Kalniņa ir „Kurzemes Vārda” žurnāliste, kas raksta par kultūru un pilsētvidi.",
        )
        + f"{app(w)}{comments(w)}",
    ),
    (
        "piešķīrusi 1,2 miljonus eiro Jūrmalas parka vecās estrādes atjaunošanai",
        "Estrāde celta 1936. gadā",
        "atjaunot koka jumtu, skatītāju soliņus",
        "pirmie koncerti notiks nākamā gada jūlijā.",
    ),
    ("kas raksta par kultūru un pilsētvidi", w.app, w.comments),
)

w = W["et"]
add(
    "bold_lead_and_loe_ka_lines",
    w,
    "Kuressaare linnus saab uue katuse",
    portal(
        w,
        "Kuressaare linnus saab uue katuse",
        "<article><header><h1>Kuressaare linnus saab uue katuse</h1><div class='lead'><p>"
        "<strong>Saaremaa muuseum alustab kevadel Kuressaare piiskopilinnuse katuse "
        "vahetamisega, mis läheb maksma ligi kaks miljonit eurot.</strong></p></div></header>"
        "<div class='article-body'>"
        + paras(
            "Muuseumi direktori Tiina Saare sõnul on praegune katus pärit 1980. aastatest ja "
            "laseb mitmes kohas vett läbi.",
            "<b>Loe ka:</b> <a href='/l/1'>Saaremaa vallavalitsus kärbib teehoiu eelarvet</a>",
            "Tööde ajal jääb linnus külastajatele avatuks, kuid osa saale suletakse.",
            "<b>Loe ka:</b> <a href='/l/2'>Kuressaare spaahotellid ootavad rekordtalve</a>",
            "Katuse taastamisel kasutatakse traditsioonilist lubimörti ja käsitsi tehtud "
            "kivikatust.",
        )
        + f"</div>{share(w)}{letter(w)}</article>",
    ),
    (
        "alustab kevadel Kuressaare piiskopilinnuse katuse vahetamisega",
        "praegune katus pärit 1980. aastatest",
        "Tööde ajal jääb linnus külastajatele avatuks",
        "traditsioonilist lubimörti ja käsitsi tehtud kivikatust.",
    ),
    (
        "Saaremaa vallavalitsus kärbib teehoiu eelarvet",
        "Kuressaare spaahotellid ootavad rekordtalve",
        w.share,
        w.newsletter,
    ),
)

w = W["yo"]
add(
    "bold_lead_table_cell_before_text",
    w,
    "Ìjọba ṣí ọjà tuntun ní Bódìjà",
    portal(
        w,
        "Ìjọba ṣí ọjà tuntun ní Bódìjà",
        "<table class='story' width='100%'><tr><td><h1>Ìjọba ṣí ọjà tuntun ní Bódìjà</h1></td>"
        "</tr><tr><td class='summary'><b>Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti ṣí ọjà tuntun kan ní Bódìjà, "
        "Ìbàdàn, tí ó ní ṣọ́ọ̀bù tó ju ẹgbẹ̀rún kan lọ fún àwọn oníṣòwò.</b></td></tr><tr><td "
        "class='body'>"
        + paras(
            "Kọmíṣọ́nà fún ọ̀rọ̀ ajé sọ pé ọjà náà ní ilé ìtọ́jú oúnjẹ tútù àti ibùdó ọkọ̀ ńlá.",
            "Àwọn oníṣòwò tí wọ́n ń ta ọjà lẹ́gbẹ̀ẹ́ ọ̀nà ni a ti pàṣẹ fún láti kó lọ sínú ọjà "
            "tuntun náà ní oṣù tó ń bọ̀.",
            "Ọ̀pọ̀ àwọn oníṣòwò ló sọ pé owó ṣọ́ọ̀bù náà ṣì wọ́n jù.",
        )
        + f"</td></tr></table>{share(w)}{tags(w, 'Ìbàdàn', 'Ọjà')}",
    ),
    (
        "ti ṣí ọjà tuntun kan ní Bódìjà",
        "ilé ìtọ́jú oúnjẹ tútù àti ibùdó ọkọ̀ ńlá.",
        "láti kó lọ sínú ọjà tuntun náà ní oṣù tó ń bọ̀.",
        "owó ṣọ́ọ̀bù náà ṣì wọ́n jù.",
    ),
    (w.share, w.tags),
)
