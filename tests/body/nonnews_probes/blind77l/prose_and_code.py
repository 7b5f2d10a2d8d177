"""The blind77l probe's fifth part: text outside ``<p>``: tutorials whose ``<pre>`` blocks
stand between paragraphs (and one whose steps are ``<h3>`` sections), course syllabi of
``<dl>`` weeks, and pages whose whole text is ``<div>`` and ``<br>`` lines (a village's
history, a monastery's rules, a temple's festival programme, a family chronicle), in
eleven languages. The musts are the last code line, the last week, the last line."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, pre, share


def _tutorial(title: str, parts: tuple[str, ...], tail: str) -> str:
    return f"<article class='post tutorial'><h1>{title}</h1>{''.join(parts)}{tail}</article>"


add(
    "tutorial_pre_blocks_between_paragraphs",
    SITES["de"],
    "Backups mit rsync automatisieren",
    _tutorial(
        "Backups mit rsync automatisieren",
        (
            paras(
                "In dieser Anleitung richten wir ein tägliches Backup eines Ordners auf eine"
                " externe Platte ein."
            ),
            "<h2>Schritt 1: Das Ziel einhängen</h2>",
            "<pre><code>sudo mkdir -p /mnt/backup\nsudo mount /dev/sdb1 /mnt/backup</code></pre>",
            paras("Prüfen Sie mit <code>df -h</code>, ob die Platte eingehängt ist."),
            "<h2>Schritt 2: Das Skript</h2>",
            "<pre><code>#!/bin/sh\nrsync -a --delete /home/anna/Dokumente/ /mnt/backup/dokumente/\n"
            'echo "Backup fertig: $(date)" &gt;&gt; /var/log/backup.log</code></pre>',
            paras(
                "Die Option <code>--delete</code> entfernt im Ziel Dateien, die in der Quelle"
                " gelöscht wurden."
            ),
            "<h2>Schritt 3: Zeitplan</h2>",
            "<pre><code>0 2 * * * /usr/local/bin/backup.sh</code></pre>",
            paras(
                "Damit läuft das Backup jede Nacht um zwei Uhr, auch wenn niemand angemeldet ist."
            ),
        ),
        share(SITES["de"]),
    ),
    (
        "tägliches Backup eines Ordners",
        "sudo mount /dev/sdb1 /mnt/backup",
        "rsync -a --delete /home/anna/Dokumente/ /mnt/backup/dokumente/",
        "die in der Quelle gelöscht wurden.",
        "0 2 * * * /usr/local/bin/backup.sh",
        "auch wenn niemand angemeldet ist.",
    ),
    path="anleitungen/rsync-backup",
)

add(
    "tutorial_highlighted_code_and_output",
    SITES["ca"],
    "Llegir un CSV amb pandas",
    _tutorial(
        "Llegir un CSV amb pandas",
        (
            paras("Veurem com carregar un fitxer de dades i calcular-ne algunes mitjanes."),
            pre(
                "import pandas as pd\ndades = pd.read_csv('temperatures.csv')\nprint(dades.head())"
            ),
            paras("La sortida mostra les cinc primeres files:"),
            "<pre class='output'>   dia  maxima  minima\n0    1    14.2     6.1\n1    2   "
            " 15.0     7.3</pre>",
            "<h2>Mitjanes per mes</h2>",
            pre(
                "dades['mes'] = pd.to_datetime(dades['data']).dt.month\nmitjanes ="
                " dades.groupby('mes')['maxima'].mean()"
            ),
            paras("Amb aquest resultat ja podem dibuixar un gràfic de barres per mesos."),
        ),
        "<div class='post-nav'><a rel='prev'>« Instal·lar pandas</a><a rel='next'>Gràfics amb"
        " matplotlib »</a></div>",
    ),
    (
        "calcular-ne algunes mitjanes.",
        "dades = pd.read_csv('temperatures.csv')",
        "0    1    14.2     6.1",
        "mitjanes = dades.groupby('mes')['maxima'].mean()",
        "un gràfic de barres per mesos.",
    ),
    ("« Instal·lar pandas", "Gràfics amb matplotlib »"),
    path="tutorials/pandas-csv",
)

add(
    "tutorial_steps_h3_with_terminal",
    SITES["uz"],
    "Git bilan birinchi loyiha",
    _tutorial(
        "Git bilan birinchi loyiha",
        (
            paras("Bu qo'llanmada yangi omborni yaratib, birinchi o'zgarishni saqlaymiz."),
            "<h3>1. Omborni yaratish</h3>",
            "<div class='terminal'><pre>$ mkdir loyiha &amp;&amp; cd loyiha\n$ git"
            " init</pre></div>",
            "<h3>2. Faylni qo'shish</h3>",
            paras("README faylini yozing va uni indeksga qo'shing."),
            "<div class='terminal'><pre>$ git add README.md\n$ git commit -m \"Birinchi"
            ' commit"</pre></div>',
            "<h3>3. Tarixni ko'rish</h3>",
            "<div class='terminal'><pre>$ git log --oneline</pre></div>",
            paras("Har bir commit o'z identifikatori bilan ro'yxatda ko'rinadi."),
        ),
        "<div class='lesson-nav'><a>Oldingi dars</a><a>Keyingi dars</a></div>",
    ),
    (
        "birinchi o'zgarishni saqlaymiz.",
        "$ git init",
        '$ git commit -m "Birinchi commit"',
        "$ git log --oneline",
        "o'z identifikatori bilan ro'yxatda ko'rinadi.",
    ),
    ("Oldingi dars", "Keyingi dars"),
    path="darslar/git-1",
)

add(
    "tutorial_sql_pre_and_result_table",
    SITES["nl"],
    "Gegevens groeperen met SQL",
    _tutorial(
        "Gegevens groeperen met SQL",
        (
            paras(
                "Met GROUP BY tel je rijen per categorie. We gebruiken een tabel met bestellingen."
            ),
            "<pre class='language-sql'><code>SELECT stad, COUNT(*) AS aantal\nFROM bestellingen\n"
            "GROUP BY stad\nORDER BY aantal DESC;</code></pre>",
            "<table class='result'><tr><th>stad</th><th>aantal</th></tr><tr><td>Utrecht</td>"
            "<td>42</td></tr><tr><td>Zwolle</td><td>17</td></tr></table>",
            "<h2>Filteren na het groeperen</h2>",
            paras("Gebruik HAVING om groepen weg te laten die te klein zijn."),
            "<pre class='language-sql'><code>SELECT stad, COUNT(*) AS aantal\nFROM bestellingen\n"
            "GROUP BY stad\nHAVING COUNT(*) &gt; 20;</code></pre>",
            paras("Nu blijft alleen Utrecht over in het resultaat."),
        ),
        "<div class='quiz-cta'><a>Maak de oefentoets</a></div>",
    ),
    (
        "Met GROUP BY tel je rijen per categorie.",
        "ORDER BY aantal DESC;",
        "Zwolle",
        "HAVING COUNT(*) &gt; 20;".replace("&gt;", ">"),
        "Nu blijft alleen Utrecht over in het resultaat.",
    ),
    ("Maak de oefentoets",),
    path="cursus/sql-groeperen",
)


def _syllabus(title: str, intro: str, weeks: tuple[tuple[str, str], ...], tail: str) -> str:
    return (
        f"<div class='course'><h1>{title}</h1>{paras(intro)}<dl class='weeks'>"
        + "".join(f"<dt>{w}</dt><dd>{d}</dd>" for w, d in weeks)
        + f"</dl>{tail}</div>"
    )


add(
    "syllabus_weeks_dl",
    SITES["ga"],
    "Siollabas: Stair na hÉireann 1800–1922",
    _syllabus(
        "Siollabas: Stair na hÉireann 1800–1922",
        "Pléann an cúrsa seo le hathruithe polaitiúla agus sóisialta na haoise.",
        (
            ("Seachtain 1", "An tAcht Aontaithe agus a iarmhairtí."),
            ("Seachtain 2", "An Gorta Mór: cúiseanna agus tionchar ar an daonra."),
            ("Seachtain 3", "Cogadh na Talún agus an Conradh Talún."),
            ("Seachtain 4", "Athbheochan na Gaeilge agus Conradh na Gaeilge."),
            ("Seachtain 5", "Éirí Amach na Cásca agus an Conradh Angla-Éireannach."),
        ),
        "<h2>Measúnú</h2>"
        + bullets("Aiste 3,000 focal: 50%", "Scrúdú deiridh: 50%")
        + "<div class='enrol'><a class='btn'>Cláraigh anois</a></div>",
    ),
    (
        "athruithe polaitiúla agus sóisialta na haoise.",
        "Seachtain 3",
        "cúiseanna agus tionchar ar an daonra.",
        "Seachtain 5",
        "Éirí Amach na Cásca agus an Conradh Angla-Éireannach.",
        "Scrúdú deiridh: 50%",
    ),
    ("Cláraigh anois",),
    template="portal",
    path="cursai/stair-1800-1922",
)

add(
    "syllabus_units_dl_with_readings",
    SITES["gl"],
    "Programa: Literatura galega contemporánea",
    _syllabus(
        "Programa: Literatura galega contemporánea",
        "A materia percorre a narrativa e a poesía galega desde 1950 ata hoxe.",
        (
            (
                "Unidade 1. A Nova Narrativa",
                "Lectura obrigatoria: un relato breve e comentario en clase.",
            ),
            ("Unidade 2. A poesía da posguerra", "Análise de poemas e traballo en grupo."),
            ("Unidade 3. A literatura de fin de século", "Debate sobre a novela histórica."),
            (
                "Unidade 4. Tendencias actuais",
                "Presentación oral dun libro publicado despois de 2010.",
            ),
        ),
        "<h2>Titorías</h2><p>Martes e xoves de 12:00 a 14:00, despacho 2.14.</p>",
    ),
    (
        "desde 1950 ata hoxe.",
        "Unidade 2. A poesía da posguerra",
        "Debate sobre a novela histórica.",
        "Unidade 4. Tendencias actuais",
        "Presentación oral dun libro publicado despois de 2010.",
        "despacho 2.14.",
    ),
    template="portal",
    path="materias/literatura-contemporanea",
)

add(
    "syllabus_sessions_dl_nested_lists",
    SITES["fr"],
    "Plan de cours : Introduction à l'économétrie",
    _syllabus(
        "Plan de cours : Introduction à l'économétrie",
        "Le cours présente les méthodes de régression appliquées aux données économiques.",
        (
            (
                "Séance 1",
                "Rappels de statistique" + bullets("espérance et variance", "tests d'hypothèse"),
            ),
            (
                "Séance 2",
                "Le modèle linéaire simple"
                + bullets("moindres carrés ordinaires", "interprétation des coefficients"),
            ),
            ("Séance 3", "Régression multiple et colinéarité"),
            (
                "Séance 4",
                "Variables instrumentales" + bullets("endogénéité", "doubles moindres carrés"),
            ),
        ),
        "<h2>Évaluation</h2><p>Un projet sur données réelles compte pour 60 % de la note.</p>"
        "<div class='course-actions'><a>Télécharger le plan (PDF)</a></div>",
    ),
    (
        "appliquées aux données économiques.",
        "tests d'hypothèse",
        "interprétation des coefficients",
        "Séance 4",
        "doubles moindres carrés",
        "compte pour 60 % de la note.",
    ),
    ("Télécharger le plan (PDF)",),
    template="portal",
    path="cours/econometrie",
)


def _br_page(title: str, blocks: tuple[tuple[str, ...], ...], tail: str = "") -> str:
    """A page whose text is ``<div>``s of ``<br>``-separated lines, blocks split by a
    double ``<br>``."""
    text = "<br><br>".join("<br>".join(lines) for lines in blocks)
    return (
        f"<div class='main-text'><div class='title'><b>{title}</b></div><div class='text'>"
        f"{text}</div>{tail}</div>"
    )


add(
    "br_lines_village_history",
    SITES["am"],
    "የመንደራችን ታሪክ",
    _br_page(
        "የመንደራችን ታሪክ",
        (
            ("መንደራችን የተመሰረተችው ከመቶ ሃምሳ ዓመታት በፊት ነው።", "የመጀመሪያዎቹ ነዋሪዎች ከሰሜን የመጡ ገበሬዎች ነበሩ።"),
            ("በ1950ዎቹ የመጀመሪያው ትምህርት ቤት ተከፈተ።", "ትምህርት ቤቱ በአንድ ክፍል ውስጥ ሠላሳ ተማሪዎችን ያስተምር ነበር።"),
            ("ዛሬ መንደራችን ክሊኒክ፣ ገበያና ሁለት ትምህርት ቤቶች አሏት።", "በየዓመቱ በመስቀል በዓል ሁሉም ነዋሪዎች በአደባባይ ይሰበሰባሉ።"),
        ),
        "<div class='counter'>ጎብኚዎች: 10234</div>",
    ),
    (
        "ከመቶ ሃምሳ ዓመታት በፊት ነው።",
        "የመጀመሪያው ትምህርት ቤት ተከፈተ።",
        "ሠላሳ ተማሪዎችን ያስተምር ነበር።",
        "በየዓመቱ በመስቀል በዓል ሁሉም ነዋሪዎች በአደባባይ ይሰበሰባሉ።",
    ),
    ("ጎብኚዎች: 10234",),
    template="table",
    path="tarik.html",
)

add(
    "br_lines_temple_festival_programme",
    SITES["km"],
    "កម្មវិធីបុណ្យភ្ជុំបិណ្ឌ",
    _br_page(
        "កម្មវិធីបុណ្យភ្ជុំបិណ្ឌ",
        (
            ("ថ្ងៃទី១៖ ម៉ោង ៦ ព្រឹក ដាក់បាត្រព្រះសង្ឃ", "ម៉ោង ៩ ព្រឹក ពិធីបង្សុកូល"),
            ("ថ្ងៃទី២៖ ម៉ោង ៤ ល្ងាច បោះបាយបិណ្ឌ", "ម៉ោង ៧ យប់ ស្តាប់ធម៌ទេសនា"),
            ("ថ្ងៃទី៣៖ ម៉ោង ៨ ព្រឹក ប្រគេនចង្ហាន់", "ម៉ោង ១១ ព្រឹក បញ្ចប់កម្មវិធី និងជូនពរ"),
        ),
    ),
    (
        "ដាក់បាត្រព្រះសង្ឃ",
        "បោះបាយបិណ្ឌ",
        "ថ្ងៃទី៣៖ ម៉ោង ៨ ព្រឹក ប្រគេនចង្ហាន់",
        "ម៉ោង ១១ ព្រឹក បញ្ចប់កម្មវិធី និងជូនពរ",
    ),
    template="table",
    path="pchum-ben.html",
)

add(
    "br_lines_monastery_rules",
    SITES["si"],
    "ආරාමයේ නීති රීති",
    _br_page(
        "ආරාමයේ නීති රීති",
        (
            ("1. ආරාම භූමියට ඇතුළු වන විට පාවහන් ඉවත් කරන්න.",),
            ("2. සුදු හෝ ලා පැහැති ඇඳුම් ඇඳීම සුදුසුය.",),
            ("3. භාවනා ශාලාවේ නිශ්ශබ්දතාව රකින්න.", "ජංගම දුරකථන නිහඬ කරන්න."),
            ("4. දානය සඳහා පෙර දින දැනුම් දෙන්න.", "විමසීම්: ආරාම කාර්යාලය, සවස 4 සිට 6 දක්වා."),
        ),
    ),
    (
        "පාවහන් ඉවත් කරන්න.",
        "සුදු හෝ ලා පැහැති ඇඳුම් ඇඳීම සුදුසුය.",
        "ජංගම දුරකථන නිහඬ කරන්න.",
        "විමසීම්: ආරාම කාර්යාලය, සවස 4 සිට 6 දක්වා.",
    ),
    template="table",
    path="rules.html",
)

add(
    "br_lines_family_chronicle_long",
    SITES["yo"],
    "Ìtàn Ìdílé Àdìsá",
    _br_page(
        "Ìtàn Ìdílé Àdìsá",
        (
            (
                "Bàbá-ńlá wa, Àdìsá Àkàndé, kúrò ní Ọ̀yọ́ ní nǹkan bí ọdún 1890.",
                "Ó dé sí ìlú yìí pẹ̀lú ìyàwó rẹ̀ àti àwọn ọmọ mẹ́ta.",
            ),
            (
                "Ó kọ́ ilé àkọ́kọ́ lẹ́bàá odò, ó sì ń ṣe iṣẹ́ àgbẹ̀.",
                "Àwọn ọmọ rẹ̀ kọ́ iṣẹ́ alágbẹ̀dẹ lọ́wọ́ rẹ̀.",
            ),
            (
                "Ní ọdún 1935, ọmọ rẹ̀ àgbà, Àyìnlá, di olórí ìdílé.",
                "Àyìnlá ló kọ́ ṣọ́ọ̀bù àkọ́kọ́ ní ọjà ìlú.",
            ),
            (
                "Lónìí, ìdílé Àdìsá ní ó ju ọgọ́rùn-ún ènìyàn lọ.",
                "A máa ń pàdé ní gbogbo ọdún ní oṣù Kejìlá láti rántí bàbá-ńlá wa.",
            ),
        ),
    ),
    (
        "kúrò ní Ọ̀yọ́ ní nǹkan bí ọdún 1890.",
        "Àwọn ọmọ rẹ̀ kọ́ iṣẹ́ alágbẹ̀dẹ lọ́wọ́ rẹ̀.",
        "Àyìnlá ló kọ́ ṣọ́ọ̀bù àkọ́kọ́ ní ọjà ìlú.",
        "A máa ń pàdé ní gbogbo ọdún ní oṣù Kejìlá láti rántí bàbá-ńlá wa.",
    ),
    path="itan-idile",
)
