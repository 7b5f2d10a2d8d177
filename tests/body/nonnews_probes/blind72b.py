"""The blind72b round (wave 72): the rendering leads earlier rounds left (a table's
``<caption>``, a footnote mark, a table whose cells are all links) and more structure a
renderer can get wrong (headers of two rows, tables in layout tables and in figures, code in
a figure, reversed and split lists, several descriptions of a term, inline ``<kbd>``,
``<del>``, ``<mark>``, text that reads as Markdown), in several languages, each with the
Markdown ``body_markdown()`` must hold for it, decided before anything was run.

The probe form and conventions are blind69m's (``RenderProbe``: any one of ``markdown`` must
stand in the body's Markdown as whole blocks). Decided here: a table's caption renders as a
caption does, in italics, right before its table; a footnote mark (a ``<sup>`` holding a link
to a note on the page, or a number right after a sentence's punctuation) renders as
``[^1]`` in the Markdown; inline formatting (``<kbd>``, ``<samp>``, ``<mark>``, ``<del>``,
``<ins>``, inline code) is plain text, its words spaced as the page spaces them.
"""

from __future__ import annotations

from news_probes.pages import page

from nonnews_probes.blind69m import RenderProbe

# A paragraph before and after each probed structure, in the page's language.
_AROUND: dict[str, tuple[str, str]] = {
    "en": (
        "The rowing club published its season report on Thursday, with the race results, the "
        "training times and the rules new members are asked to follow on the water.",
        "The club said the report would be revised after the spring regatta, and asked members "
        "to send their corrections to the secretary before the end of April.",
    ),
    "de": (
        "Der Ruderverein hat am Donnerstag seinen Saisonbericht veröffentlicht, mit den "
        "Ergebnissen der Rennen, den Trainingszeiten und den Regeln für neue Mitglieder.",
        "Der Verein will den Bericht nach der Frühjahrsregatta überarbeiten und bittet die "
        "Mitglieder, Korrekturen bis Ende April an den Schriftführer zu senden.",
    ),
    "fr": (
        "Le club d'aviron a publié jeudi son bilan de la saison, avec les résultats des "
        "courses, les horaires d'entraînement et les règles demandées aux nouveaux membres.",
        "Le club a indiqué que le bilan serait révisé après la régate de printemps et invite "
        "les membres à envoyer leurs corrections au secrétaire avant la fin avril.",
    ),
    "es": (
        "El club de remo publicó el jueves su informe de la temporada, con los resultados de "
        "las regatas, los horarios de entrenamiento y las normas para los nuevos socios.",
        "El club dijo que revisará el informe después de la regata de primavera y pidió a los "
        "socios que envíen sus correcciones al secretario antes de finales de abril.",
    ),
    "it": (
        "Il circolo di canottaggio ha pubblicato giovedì il resoconto della stagione, con i "
        "risultati delle gare, gli orari degli allenamenti e le regole per i nuovi soci.",
        "Il circolo ha detto che il resoconto sarà rivisto dopo la regata di primavera e ha "
        "chiesto ai soci di inviare le correzioni al segretario entro la fine di aprile.",
    ),
    "nl": (
        "De roeivereniging heeft donderdag haar seizoensverslag gepubliceerd, met de "
        "wedstrijduitslagen, de trainingstijden en de regels voor nieuwe leden op het water.",
        "De vereniging zegt het verslag na de voorjaarsregatta te herzien en vraagt leden hun "
        "correcties voor eind april naar de secretaris te sturen.",
    ),
    "pl": (
        "Klub wioślarski opublikował w czwartek sprawozdanie z sezonu, z wynikami regat, "
        "godzinami treningów i zasadami, których mają przestrzegać nowi członkowie.",
        "Klub zapowiedział, że sprawozdanie zostanie poprawione po wiosennych regatach, i "
        "poprosił członków o przesyłanie poprawek do sekretarza do końca kwietnia.",
    ),
    "pt": (
        "O clube de remo publicou na quinta-feira o relatório da temporada, com os resultados "
        "das regatas, os horários dos treinos e as regras para os novos sócios.",
        "O clube disse que o relatório será revisto depois da regata de primavera e pediu aos "
        "sócios que enviem as suas correções ao secretário até ao fim de abril.",
    ),
    "ja": (
        "ボート部は木曜日、今季の活動報告を公開した。レースの結果、練習の時間、新しい部員が"
        "水上で守るべき決まりがまとめられている。報告は部のウェブサイトで誰でも読める。",
        "部は春のレガッタの後に報告を改訂するとしており、部員に対して四月末までに訂正を"
        "幹事へ送るよう呼びかけている。問い合わせは部の事務局で受け付ける。",
    ),
    "ru": (
        "Гребной клуб в четверг опубликовал отчёт о сезоне: результаты гонок, время "
        "тренировок и правила, которые новые члены клуба должны соблюдать на воде.",
        "В клубе сообщили, что отчёт будет исправлен после весенней регаты, и попросили "
        "членов клуба прислать поправки секретарю до конца апреля.",
    ),
    "hr": (
        "Veslački klub je u četvrtak objavio izvješće o sezoni, s rezultatima utrka, "
        "rasporedom treninga i pravilima kojih se novi članovi moraju držati na vodi.",
        "U klubu kažu da će izvješće doraditi nakon proljetne regate te mole članove da "
        "ispravke pošalju tajniku do kraja travnja.",
    ),
    "sv": (
        "Roddklubben publicerade på torsdagen sin säsongsrapport, med tävlingsresultaten, "
        "träningstiderna och reglerna som nya medlemmar ska följa på vattnet.",
        "Klubben säger att rapporten ska revideras efter vårregattan och ber medlemmarna "
        "skicka sina rättelser till sekreteraren före slutet av april.",
    ),
}

PROBES: list[RenderProbe] = []


def _add(name: str, lang: str, content: str, *markdown: str) -> None:
    title = name.replace("_", " ").capitalize()
    before, after = _AROUND[lang]
    PROBES.append(
        RenderProbe(
            name=f"b72b_{name}",
            html=page(
                lang,
                title,
                f"<main><article><h1>{title}</h1><p>{before}</p>{content}<p>{after}</p>"
                "</article></main>",
            ),
            markdown=markdown,
            url=f"https://rowing.example.org/{lang}/report/page",
        )
    )


# A table's caption (lead): in italics right before its table.
_add(
    "caption_with_thead",
    "de",
    "<table><caption>Tabelle 1: Ergebnisse der Herbstregatta</caption><thead><tr><th>Boot"
    "</th><th>Zeit</th></tr></thead><tbody><tr><td>Achter</td><td>6:02</td></tr><tr><td>"
    "Vierer</td><td>6:41</td></tr></tbody></table>",
    "*Tabelle 1: Ergebnisse der Herbstregatta*\n\n| Boot | Zeit |\n| --- | --- |\n"
    "| Achter | 6:02 |\n| Vierer | 6:41 |",
)
_add(
    "caption_japanese",
    "ja",
    "<table><caption>表2 練習時間</caption><thead><tr><th>曜日</th><th>時間</th></tr>"
    "</thead><tbody><tr><td>火曜日</td><td>6時から8時</td></tr><tr><td>土曜日</td><td>"
    "9時から12時</td></tr></tbody></table>",
    "*表2 練習時間*\n\n| 曜日 | 時間 |\n| --- | --- |\n| 火曜日 | 6時から8時 |\n"
    "| 土曜日 | 9時から12時 |",
)
_add(
    "caption_with_markup",
    "en",
    "<table><caption><strong>Table 3.</strong> Crews entered, by class</caption><thead><tr>"
    "<th>Class</th><th>Crews</th></tr></thead><tbody><tr><td>Junior</td><td>14</td></tr>"
    "<tr><td>Masters</td><td>9</td></tr></tbody></table>",
    "*Table 3. Crews entered, by class*\n\n| Class | Crews |\n| --- | --- |\n"
    "| Junior | 14 |\n| Masters | 9 |",
)

# A table whose every cell is a link (lead): the content, under its header row or caption.
_add(
    "schedule_all_links",
    "pt",
    "<table><thead><tr><th>Data</th><th>Regata</th><th>Local</th></tr></thead><tbody><tr>"
    "<td><a href='/pt/cal/0412'>12 de abril</a></td><td><a href='/pt/r/taca'>Taça de "
    "Primavera</a></td><td><a href='/pt/l/tejo'>Rio Tejo</a></td></tr><tr><td><a "
    "href='/pt/cal/0517'>17 de maio</a></td><td><a href='/pt/r/nacional'>Campeonato "
    "Nacional</a></td><td><a href='/pt/l/montemor'>Montemor-o-Velho</a></td></tr><tr><td>"
    "<a href='/pt/cal/0621'>21 de junho</a></td><td><a href='/pt/r/douro'>Regata do Douro"
    "</a></td><td><a href='/pt/l/porto'>Porto</a></td></tr></tbody></table>",
    "| Data | Regata | Local |\n| --- | --- | --- |\n"
    "| 12 de abril | Taça de Primavera | Rio Tejo |\n"
    "| 17 de maio | Campeonato Nacional | Montemor-o-Velho |\n"
    "| 21 de junho | Regata do Douro | Porto |",
)
_add(
    "results_linked_names",
    "pl",
    "<table><thead><tr><th>Miejsce</th><th>Osada</th><th>Czas</th></tr></thead><tbody>"
    "<tr><td>1</td><td><a href='/pl/osady/wisla'>AZS Wisła</a></td><td>5:58</td></tr><tr>"
    "<td>2</td><td><a href='/pl/osady/odra'>KW Odra</a></td><td>6:03</td></tr><tr><td>3"
    "</td><td><a href='/pl/osady/warta'>Warta Poznań</a></td><td>6:11</td></tr></tbody>"
    "</table>",
    "| Miejsce | Osada | Czas |\n| --- | --- | --- |\n| 1 | AZS Wisła | 5:58 |\n"
    "| 2 | KW Odra | 6:03 |\n| 3 | Warta Poznań | 6:11 |",
)
_add(
    "caption_all_links",
    "en",
    "<table><caption>Crew pages</caption><tr><td><a href='/en/crews/eight'>First eight</a>"
    "</td><td><a href='/en/coaches/hale'>Coach: R. Hale</a></td></tr><tr><td><a "
    "href='/en/crews/four'>Coxless four</a></td><td><a href='/en/coaches/ng'>Coach: T. Ng"
    "</a></td></tr><tr><td><a href='/en/crews/pair'>Pair</a></td><td><a "
    "href='/en/coaches/moss'>Coach: L. Moss</a></td></tr></table>",
    "*Crew pages*\n\n| First eight | Coach: R. Hale |\n| --- | --- |\n"
    "| Coxless four | Coach: T. Ng |\n| Pair | Coach: L. Moss |",
)

# Tables: a header of two rows, row headers without a header row, layout and figure tables.
_add(
    "two_row_header",
    "nl",
    "<table><thead><tr><th rowspan='2'>Ploeg</th><th colspan='2'>Tijd</th></tr><tr><th>"
    "voorrondes</th><th>finale</th></tr></thead><tbody><tr><td>Dames acht</td><td>6:31</td>"
    "<td>6:24</td></tr><tr><td>Heren vier</td><td>6:12</td><td>6:09</td></tr></tbody>"
    "</table>",
    "| Ploeg | Tijd |  |\n| --- | --- | --- |\n|  | voorrondes | finale |\n"
    "| Dames acht | 6:31 | 6:24 |\n| Heren vier | 6:12 | 6:09 |",
    "| Ploeg | Tijd | Tijd |\n| --- | --- | --- |\n|  | voorrondes | finale |\n"
    "| Dames acht | 6:31 | 6:24 |\n| Heren vier | 6:12 | 6:09 |",
)
_add(
    "row_headers_only",
    "pl",
    "<table><tbody><tr><th scope='row'>Założony</th><td>1921</td></tr><tr><th "
    "scope='row'>Członkowie</th><td>312</td></tr><tr><th scope='row'>Łodzie</th><td>48</td>"
    "</tr></tbody></table>",
    "| Założony | 1921 |\n| --- | --- |\n| Członkowie | 312 |\n| Łodzie | 48 |",
)
_add(
    "table_in_layout_table",
    "en",
    "<table class='layout' width='100%'><tr><td><table><thead><tr><th>Boat</th><th>Built"
    "</th></tr></thead><tbody><tr><td>Heron</td><td>1998</td></tr><tr><td>Kestrel</td>"
    "<td>2011</td></tr></tbody></table></td></tr></table>",
    "| Boat | Built |\n| --- | --- |\n| Heron | 1998 |\n| Kestrel | 2011 |",
)
_add(
    "table_in_figure",
    "fr",
    "<figure class='wp-block-table'><table><thead><tr><th>Bateau</th><th>Places</th></tr>"
    "</thead><tbody><tr><td>Yole</td><td>4</td></tr><tr><td>Skiff</td><td>1</td></tr>"
    "</tbody></table><figcaption>Source : registre du club</figcaption></figure>",
    "| Bateau | Places |\n| --- | --- |\n| Yole | 4 |\n| Skiff | 1 |\n\n"
    "*Source : registre du club*",
)
_add(
    "table_cell_star_and_hash",
    "sv",
    "<table><thead><tr><th>Båt</th><th>Not</th></tr></thead><tbody><tr><td>Måsen</td><td>"
    "*reserv</td></tr><tr><td># 4</td><td>_ny_</td></tr></tbody></table>",
    "| Båt | Not |\n| --- | --- |\n| Måsen | \\*reserv |\n| # 4 | \\_ny\\_ |",
    "| Båt | Not |\n| --- | --- |\n| Måsen | \\*reserv |\n| \\# 4 | \\_ny\\_ |",
)

# Code in a figure.
_add(
    "code_in_figure",
    "en",
    "<figure><pre><code class='language-python'>split = total / crews\nprint(split)</code>"
    "</pre><figcaption>Listing 1: the split per crew</figcaption></figure>",
    "```python\nsplit = total / crews\nprint(split)\n```\n\n*Listing 1: the split per crew*",
)

# Lists: reversed, split by an ad slot, items of paragraphs, several descriptions a term.
_add(
    "ol_reversed",
    "de",
    "<ol reversed><li>Bronze für den Vierer</li><li>Silber für den Zweier</li><li>Gold für "
    "den Achter</li></ol>",
    "3. Bronze für den Vierer\n2. Silber für den Zweier\n1. Gold für den Achter",
)
_add(
    "ol_start_reversed",
    "es",
    "<ol reversed start='10'><li>Remo de banco fijo</li><li>Remo indoor</li></ol>",
    "10. Remo de banco fijo\n9. Remo indoor",
)
_add(
    "ul_split_by_ad",
    "en",
    "<ul><li>Life jackets on at all times</li><li>Sign the boat book</li></ul><div "
    "class='ad-slot' data-ad='mid'><span>Advertisement</span></div><ul><li>Wash the hull "
    "after use</li></ul>",
    "- Life jackets on at all times\n- Sign the boat book\n- Wash the hull after use",
)
_add(
    "ol_split_by_ad_start",
    "it",
    "<ol><li>Riscaldamento a terra</li><li>Uscita in barca</li></ol><div class='adv "
    "banner'><ins class='adsbygoogle'></ins><span>Pubblicità</span></div><ol start='3'><li>"
    "Defaticamento</li></ol>",
    "1. Riscaldamento a terra\n2. Uscita in barca\n3. Defaticamento",
)
_add(
    "ol_items_paragraphs",
    "it",
    "<ol><li><p>Controllare lo scafo.</p><p>Segnalare ogni crepa al responsabile.</p></li>"
    "<li><p>Regolare i carrelli.</p></li></ol>",
    "1. Controllare lo scafo.\n\n    Segnalare ogni crepa al responsabile.\n\n"
    "2. Regolare i carrelli.",
)
_add(
    "dl_several_dd",
    "fr",
    "<dl><dt>Pelle</dt><dd>La partie large de l'aviron.</dd><dd>Par extension, l'aviron "
    "entier.</dd><dt>Nage</dt><dd>Le rameur assis à l'arrière.</dd></dl>",
    "Pelle\n:   La partie large de l'aviron.\n:   Par extension, l'aviron entier.\n\n"
    "Nage\n:   Le rameur assis à l'arrière.",
)
_add(
    "dd_paragraphs",
    "nl",
    "<dl><dt>Slag</dt><dd><p>Eén haal van de riemen door het water.</p><p>Het tempo telt "
    "de slagen per minuut.</p></dd></dl>",
    "Slag\n:   Eén haal van de riemen door het water.\n\n    Het tempo telt de slagen per minuut.",
    "Slag\n:   Eén haal van de riemen door het water.\n:   Het tempo telt de slagen per minuut.",
)

# Footnote marks (lead): "[^1]" in the Markdown, not glued to the word before.
_add(
    "footnote_linked_mark",
    "de",
    "<p>Das Boot wiegt leer 96 Kilogramm.<sup id='fnref1'><a href='#fn1' "
    "class='footnote-ref'>1</a></sup> Es ist damit das leichteste im Verein.</p>",
    "Das Boot wiegt leer 96 Kilogramm.[^1] Es ist damit das leichteste im Verein.",
)
_add(
    "footnote_bare_sup_after_period",
    "en",
    "<p>The crew trained twice a day for a week.<sup>1</sup> The coach said it paid off at "
    "the regatta.</p>",
    "The crew trained twice a day for a week.[^1] The coach said it paid off at the regatta.",
)
_add(
    "footnote_mark_after_word",
    "ru",
    "<p>Лодку построили на верфи в Петрозаводске<sup><a href='#note-2'>2</a></sup> в 1987 "
    "году.</p>",
    "Лодку построили на верфи в Петрозаводске[^2] в 1987 году.",
)
_add(
    "footnote_notes_list",
    "sv",
    "<p>Båten väger 96 kilo.<sup id='fnref1'><a href='#fn1'>1</a></sup></p><section "
    "class='footnotes' role='doc-endnotes'><ol><li id='fn1'><p>Vägd i mars, utan åror. <a "
    "href='#fnref1' class='footnote-back'>↩</a></p></li></ol></section>",
    "[^1]: Vägd i mars, utan åror.",
    "1. Vägd i mars, utan åror.",
)
_add(
    "exponent_not_a_note",
    "fr",
    "<p>Le hangar couvre 520 m<sup>2</sup> au bord du canal.</p>",
    "Le hangar couvre 520 m2 au bord du canal.",
    "Le hangar couvre 520 m² au bord du canal.",
)

# Inline formatting: plain text, spaced as on the page.
_add(
    "kbd_keys",
    "de",
    "<p>Mit <kbd>Strg</kbd>+<kbd>P</kbd> drucken Sie den Trainingsplan aus.</p>",
    "Mit Strg+P drucken Sie den Trainingsplan aus.",
)
_add(
    "samp_output",
    "en",
    "<p>The ergometer shows <samp>ERR 04</samp> when the chain slips.</p>",
    "The ergometer shows ERR 04 when the chain slips.",
)
_add(
    "del_ins_correction",
    "en",
    "<p>The regatta starts on <del>Saturday</del> <ins>Sunday</ins> at nine.</p>",
    "The regatta starts on Saturday Sunday at nine.",
    "The regatta starts on ~~Saturday~~ Sunday at nine.",
)
_add(
    "mark_highlight",
    "ja",
    "<p>集合時間は<mark>午前6時</mark>に変更された。</p>",
    "集合時間は午前6時に変更された。",
)
_add(
    "inline_code_backticks",
    "en",
    "<p>Type <code>`rig`</code> in the club chat to book the rigger.</p>",
    "Type \\`rig\\` in the club chat to book the rigger.",
)

# Text that reads as Markdown.
_add(
    "star_line_start",
    "it",
    "<p>* I prezzi delle quote includono l'assicurazione.</p>",
    "\\* I prezzi delle quote includono l'assicurazione.",
)
_add(
    "hashtag_line_start",
    "es",
    "<p>#RemoMadrid fue la etiqueta más usada durante la regata.</p>",
    "#RemoMadrid fue la etiqueta más usada durante la regata.",
    "\\#RemoMadrid fue la etiqueta más usada durante la regata.",
)
_add(
    "year_dot_line_start",
    "hr",
    "<p>2024. godine klub je dobio novi hangar.</p>",
    "2024\\. godine klub je dobio novi hangar.",
)
_add(
    "underscores_in_name",
    "sv",
    "<p>Filen heter regatta_2026_resultat.pdf och ligger på hemsidan.</p>",
    "Filen heter regatta\\_2026\\_resultat.pdf och ligger på hemsidan.",
)
_add(
    "heading_with_star",
    "pt",
    "<h2>*Novo* horário de inverno</h2><p>Os treinos passam a começar às sete da manhã.</p>",
    "## \\*Novo\\* horário de inverno\n\nOs treinos passam a começar às sete da manhã.",
)
_add(
    "quote_with_hash_line",
    "ru",
    "<blockquote><p># 1 в рейтинге — так нас теперь называют.</p></blockquote>",
    "> \\# 1 в рейтинге — так нас теперь называют.",
)
