"""More of the same kinds in other languages and templates: a long guide of pooled
sections, a forum thread, a syllabus, council minutes, a changelog with nested lists, a
glossary, a manual and a lyrics page."""

from __future__ import annotations

from ._registry import (
    PROBES,
    Frame,
    anthology,
    changelog,
    forum_thread,
    glossary,
    handbook,
    sections_page,
    sidebar_box,
    table,
)
from .long_documents import _filler

_ES_SENTENCES = (
    "Quien se ocupe de {t} debe anotarlo en el cuaderno del refugio, con la fecha y el "
    "nombre de cada persona que participó.",
    "En la asamblea de primavera se revisa todo lo relativo a {t} y se decide qué cambiar "
    "para la temporada siguiente.",
    "Los socios con más años en el club conocen bien {t} y suelen acompañar a los nuevos "
    "en sus primeras salidas.",
    "Si algo de {t} no queda claro en esta guía, pregunte al guarda antes de improvisar en "
    "la montaña.",
    "La experiencia de otros refugios enseña que {t} sale mejor cuando se planifica con "
    "tiempo y sin prisas.",
    "El material necesario para {t} está en el almacén del sótano, ordenado por estantes y "
    "con etiquetas.",
    "Los gastos de {t} se pagan con la cuota anual y con lo que dejan los visitantes en la "
    "hucha del comedor.",
    "Cuando el tiempo empeora, todo lo que tenga que ver con {t} se aplaza sin discusión.",
    "Cada otoño el guarda redacta un breve informe sobre {t} que se lee en voz alta junto "
    "a la chimenea.",
)

_ES_TOPICS = tuple(
    (level, head, head.lower())
    for level, head in (
        (2, "El refugio"),
        (2, "Reservas"),
        (3, "Grupos grandes"),
        (3, "Cancelaciones"),
        (2, "La llegada"),
        (3, "El camino de invierno"),
        (4, "Raquetas y crampones"),
        (2, "Las habitaciones"),
        (2, "La cocina"),
        (3, "Turnos de limpieza"),
        (2, "El agua"),
        (2, "La leña"),
        (2, "Los perros"),
        (2, "Emergencias"),
        (3, "El botiquín"),
        (2, "La salida"),
    )
)


def _es_sections() -> tuple[tuple[int, str, str], ...]:
    out = []
    for n, (level, head, topic) in enumerate(_ES_TOPICS):
        inner = _filler(_ES_SENTENCES, topic, n, paras=4)
        if head == "Reservas":
            inner += (
                table(
                    ("Temporada", "Socios", "No socios"),
                    (("Invierno", "12 €", "20 €"), ("Verano", "10 €", "18 €")),
                )
                + "<p>Los menores de doce años acompañados no pagan pernocta.</p>"
            )
        if head == "La cocina":
            inner += (
                sidebar_box(
                    "Una costumbre antigua",
                    "El último en cenar deja preparada la leña para el desayuno.",
                )
                + "<p>La cocina de gas se apaga a las diez de la noche y se enciende a las "
                "seis.</p>"
            )
        if head == "La salida":
            inner += (
                "<p>Antes de marcharse, cada grupo barre su habitación y baja la basura al "
                "valle.</p>"
            )
        out.append((level, head, inner))
    return tuple(out)


ES_FRAME = Frame(
    site="Club Alpino Peña Blanca",
    nav=("Inicio", "Refugio", "Actividades", "Hazte socio"),
    footer="Club Alpino Peña Blanca · Todos los derechos reservados",
)

PROBES.add(
    "es_guia_refugio_larga",
    "https://clubpenablanca.example.es/refugio/guia",
    handbook(
        "es",
        "Guía del refugio de la Peña Blanca",
        _es_sections(),
        toc_title="Índice",
        notes=("Los precios se revisan cada año en la asamblea de primavera.",),
        notes_title="Notas",
        updated="Actualizado el 2 de octubre de 2026",
        frame=ES_FRAME,
    ),
    (
        "Los menores de doce años acompañados no pagan pernocta.",
        "La cocina de gas se apaga a las diez de la noche",
        "cada grupo barre su habitación y baja la basura al valle",
        "Los precios se revisan cada año en la asamblea de primavera.",
        "Raquetas y crampones",
    ),
    ("Actualizado el 2 de octubre de 2026", *ES_FRAME.furniture()),
)

JA_FRAME = Frame(
    site="自転車旅フォーラム",
    nav=("トピック一覧", "新着", "ルール"),
    footer="© 2026 自転車旅フォーラム 利用規約",
)

PROBES.add(
    "ja_forum_jitensha",
    "https://jitensha-tabi.example.jp/t/shimanami-ame/2290",
    forum_thread(
        "ja",
        "雨の日のしまなみ海道、走るべきか",
        (
            (
                "さいくる太郎",
                ("来週しまなみ海道を走る予定ですが、予報が雨です。中止すべきでしょうか。",),
            ),
            (
                "瀬戸の風",
                ("小雨なら走れますが、橋の上は横風が強いので、スピードは控えめにしてください。",),
            ),
            (
                "みかん号",
                ("雨の日は今治側のレンタサイクルが早めに閉まるので、返却時間に注意です。",),
            ),
        ),
        joined="登録日 2022年",
        actions=("いいね", "返信"),
        frame=JA_FRAME,
    ),
    (
        "予報が雨です",
        "橋の上は横風が強いので",
        "返却時間に注意です",
    ),
    ("登録日 2022年", *JA_FRAME.furniture()),
)

KO_FRAME = Frame(
    site="한빛대학교",
    nav=("대학소개", "입학", "학사안내"),
    footer="© 한빛대학교. 개인정보처리방침",
)

PROBES.add(
    "ko_gangui_gyehoekseo",
    "https://hanbit-univ.example.ac.kr/syllabus/kor-203",
    sections_page(
        "ko",
        "강의계획서: 한국 근대 소설 읽기",
        "<h2>강의 목표</h2><p>개화기부터 해방 전까지의 단편 소설을 읽고, 작품 속 도시와 "
        "시골의 모습을 비교한다.</p><h2>주차별 계획</h2>"
        + table(
            ("주차", "주제", "읽을거리"),
            (
                ("1", "근대 소설의 시작", "강의 자료"),
                ("2", "경성의 거리", "단편 두 편"),
                ("3", "고향을 떠나는 사람들", "단편 세 편"),
            ),
        )
        + "<h2>평가</h2><p>중간 보고서 30%, 기말 보고서 40%, 토론 참여 30%로 평가한다.</p>",
        frame=KO_FRAME,
    ),
    (
        "작품 속 도시와 시골의 모습을 비교한다",
        "고향을 떠나는 사람들",
        "토론 참여 30%로 평가한다",
    ),
    KO_FRAME.furniture(),
)

AR_FRAME = Frame(
    site="بلدية وادي الزيتون",
    nav=("الرئيسية", "المجلس البلدي", "الخدمات"),
    footer="© بلدية وادي الزيتون ٢٠٢٦",
    dir_="rtl",
)

PROBES.add(
    "ar_mahdar_majlis_baladi",
    "https://baladiyat-wadialzaytoun.example.jo/majlis/mahdar-14",
    sections_page(
        "ar",
        "محضر الجلسة الرابعة عشرة للمجلس البلدي",
        "<p>عُقدت الجلسة يوم الأحد في قاعة البلدية بحضور تسعة أعضاء.</p><h2>البند الأول: "
        "رصف طريق المدرسة</h2><p>وافق المجلس على رصف الطريق المؤدي إلى المدرسة الثانوية "
        "قبل بدء العام الدراسي.</p><h2>البند الثاني: السوق الأسبوعي</h2><p>تقرر نقل السوق "
        "الأسبوعي إلى الساحة الشرقية لتخفيف الازدحام.</p><h2>البند الثالث: ما يستجد من "
        "أعمال</h2><p>رُفعت الجلسة في الساعة الثامنة مساءً على أن يُحدد موعد الجلسة القادمة "
        "لاحقًا.</p>",
        frame=AR_FRAME,
    ),
    (
        "وافق المجلس على رصف الطريق المؤدي إلى المدرسة الثانوية",
        "تقرر نقل السوق الأسبوعي إلى الساحة الشرقية",
        "رُفعت الجلسة في الساعة الثامنة مساءً",
    ),
    AR_FRAME.furniture(),
)

EN_FRAME = Frame(
    site="tidewell",
    nav=("Docs", "Changelog", "GitHub"),
    footer="tidewell is released under the MIT licence.",
    side_title="On this site",
    side=("Getting started with tidewell", "Writing your first tide table"),
)

PROBES.add(
    "en_changelog_nested",
    "https://tidewell.example.dev/changelog/",
    changelog(
        "en",
        "Changelog",
        "All notable changes to tidewell are listed here, newest first.",
        (
            (
                "2.0.0",
                "2026-09-30",
                (
                    (
                        "Breaking",
                        (
                            "Heights are now returned in metres by default; pass "
                            "<code>units='ft'</code> for feet.",
                            "Dropped support for the old station file format:<ul><li>convert files "
                            "with <code>tidewell migrate</code></li><li>or pin tidewell below 2.0"
                            "</li></ul>",
                        ),
                    ),
                ),
            ),
            (
                "1.4.1",
                "2026-05-02",
                (("Fixed", ("Spring tides near the equinox were predicted one hour late.",)),),
            ),
            (
                "1.0.0",
                "2025-11-11",
                (("Added", ("First stable release with 212 harmonic stations.",)),),
            ),
        ),
        EN_FRAME,
    ),
    (
        "Heights are now returned in metres by default",
        "convert files with",
        "Spring tides near the equinox were predicted one hour late.",
        "First stable release with 212 harmonic stations.",
    ),
    EN_FRAME.furniture(),
)

ZH_FRAME = Frame(
    site="茶事小辭典",
    nav=("首頁", "辭典", "關於"),
    footer="© 2026 茶事小辭典 版權所有",
)

PROBES.add(
    "zh_tw_cha_cidian",
    "https://chashi.example.tw/cidian",
    glossary(
        "zh-TW",
        "茶葉名詞小辭典",
        (
            ("ㄅ", (("焙火", "用炭火或電焙籠烘烤茶葉，讓茶湯更溫潤，也更耐存放。"),)),
            ("ㄈ", (("發酵", "茶葉中的成分與空氣接觸而轉變的過程，決定了茶的顏色與香氣。"),)),
            ("ㄕ", (("殺青", "以高溫破壞茶葉中的酵素，停止發酵，綠茶的清香由此而來。"),)),
        ),
        ZH_FRAME,
    ),
    (
        "讓茶湯更溫潤，也更耐存放",
        "決定了茶的顏色與香氣",
        "綠茶的清香由此而來",
    ),
    ZH_FRAME.furniture(),
)

TR_FRAME = Frame(
    site="Evim Teknik",
    nav=("Ürünler", "Destek", "İletişim"),
    footer="© 2026 Evim Teknik A.Ş. Tüm hakları saklıdır.",
)

PROBES.add(
    "tr_kullanim_kilavuzu_firin",
    "https://evimteknik.example.com.tr/destek/kilavuz/mini-firin-mf20",
    sections_page(
        "tr",
        "Kullanım kılavuzu: Mini fırın MF20",
        "<h2>İlk kullanım</h2><p>Fırını boşken yirmi dakika en yüksek sıcaklıkta çalıştırın; "
        "hafif bir koku normaldir.</p><h2>Pişirme</h2><ol><li>Sıcaklık düğmesini istediğiniz "
        "dereceye getirin.</li><li>Zaman ayarını çevirin; ışık yanar.</li></ol><figure><img "
        "src='/mf20.png' alt=''><figcaption>Kontrol paneli</figcaption></figure><p>Kapak "
        "camı pişirme sırasında çok ısınır, yalnızca tutacağından tutun.</p><h2>Temizlik</h2>"
        "<p>Kırıntı tepsisini her kullanımdan sonra çıkarıp ılık sabunlu suyla yıkayın.</p>",
        wrapper="manual-content",
        frame=TR_FRAME,
    ),
    (
        "Fırını boşken yirmi dakika en yüksek sıcaklıkta",
        "Zaman ayarını çevirin; ışık yanar.",
        "yalnızca tutacağından tutun",
        "Kırıntı tepsisini her kullanımdan sonra",
    ),
    TR_FRAME.furniture(),
)

HE_FRAME = Frame(
    site="שירי עמק",
    nav=("ראשי", "שירים", "אודות"),
    footer="© שירי עמק. המילים מובאות לשימוש אישי בלבד.",
    dir_="rtl",
)

PROBES.add(
    "he_shirei_eres",
    "https://shirei-emek.example.co.il/osef/eres",
    anthology(
        "he",
        "שירי ערש",
        "שלושה שירי ערש שנאספו מסבתות בקיבוצי העמק.",
        (
            ("לילה בשדה", "מילים: נעמי ברק", (("שקט בשדה, הירח עולה,", "הכבשים כבר ישנות בדיר."),)),
            ("הרוח שרה", "מילים: עמוס דגן", (("הרוח שרה בין הברושים,", "ואמא שרה בין הקירות."),)),
            ("עד הבוקר", "עממי", (("עצום עיניים, הכוכבים שומרים,", "ועד הבוקר לא יקרה דבר."),)),
        ),
        share="שתפו",
        frame=HE_FRAME,
    ),
    (
        "הכבשים כבר ישנות בדיר.",
        "ואמא שרה בין הקירות.",
        "ועד הבוקר לא יקרה דבר.",
    ),
    HE_FRAME.furniture(),
)
