"""Round 56: an event's or a listing's fields, one labelled line each, inside its text
("Datum: 12. května 2026", "Místo: …", "Vstupné: …"), each field in a box named for it
("event-date", "event-place"): the dated field is the event's fact as its siblings are,
though its box's name and its date-labelled line read as a page's stamp; beside them a
post's own meta lines (a date beside its author and section) and a bare date line stay out.
"""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def _event(lang: str, title: str, content: str) -> str:
    """An events calendar's entry: the title, then the entry's fields and text in one box."""
    return page(
        lang,
        title,
        "<header class='site-header'><a href='/'>Kalendář</a><nav><a href='/akce'>Akce</a>"
        "<a href='/kontakt'>Kontakt</a></nav></header><main><article class='event-entry'>"
        f"<h1 class='event-title'>{title}</h1><div class='event-body'>{content}</div>"
        "</article></main><footer class='site-footer'><p>© Example</p></footer>",
    )


# --- Czech, each field a <div> named for it, the date's "event-date".
PROBES.add(
    "cs_event_fields_named_divs",
    "https://kultura.example.cz/akce/jarni-koncert-sboru",
    _event(
        "cs",
        "Jarní koncert sboru Lipová",
        "<div class='event-date'>Datum: 12. května 2026</div><div class='event-place'>Místo: "
        "Kulturní dům Lipová</div><div class='event-price'>Vstupné: 150 Kč</div><p>Pěvecký "
        "sbor Lipová zve na jarní koncert, na kterém zazní lidové písně v nových úpravách i "
        "skladby mladých autorů z regionu.</p><p>Po koncertě následuje posezení s muzikou ve "
        "foyer kulturního domu.</p>",
    ),
    (
        "Datum: 12. května 2026",
        "Místo: Kulturní dům Lipová",
        "Vstupné: 150 Kč",
        "zazní lidové písně v nových úpravách",
    ),
    ("© Example",),
)

# --- German, the fields as paragraphs with bold labels after the description.
PROBES.add(
    "de_event_fields_bold_labels_after_text",
    "https://www.example-verein.de/termine/sommerfest",
    _event(
        "de",
        "Sommerfest im Stadtpark",
        "<p>Der Bürgerverein lädt alle Nachbarn zum Sommerfest mit Musik, Spielen für Kinder "
        "und Kuchen vom Blech in den Stadtpark ein.</p><p>Bei Regen findet das Fest in der "
        "Turnhalle der Grundschule statt.</p><p class='field-date'><strong>Datum:</strong> "
        "14. Juni 2026</p><p class='field-location'><strong>Ort:</strong> Stadtpark "
        "Bergheim, an der Wiese beim Teich</p><p class='field-entry'><strong>Eintritt:"
        "</strong> frei</p>",
    ),
    (
        "Kuchen vom Blech in den Stadtpark",
        "Datum: 14. Juni 2026",
        "Ort: Stadtpark Bergheim",
        "Eintritt: frei",
    ),
    (),
)

# --- French, a list of practical details whose date item is named "date".
PROBES.add(
    "fr_event_fields_list_items",
    "https://www.example-mairie.fr/agenda/marche-de-noel",
    _event(
        "fr",
        "Marché de Noël sur la place",
        "<p>Une quarantaine d'artisans de la région présentent leurs créations sur la place de "
        "la Mairie, illuminée pour l'occasion.</p><ul class='infos-pratiques'><li "
        "class='info date'>Date : 6 décembre 2026</li><li class='info lieu'>Lieu : place de la "
        "Mairie</li><li class='info horaires'>Horaires : de 10 h à 19 h</li><li class='info "
        "tarif'>Tarif : entrée libre</li></ul><p>Les enfants pourront rencontrer le père Noël "
        "à partir de seize heures devant la fontaine.</p>",
    ),
    ("Date : 6 décembre 2026", "Lieu : place de la Mairie", "Tarif : entrée libre"),
    (),
)

# --- Polish, labels in <span>s, the fields wrapped in a box of details.
PROBES.add(
    "pl_event_fields_span_labels",
    "https://www.example-parafia.pl/wydarzenia/koncert-organowy",
    _event(
        "pl",
        "Koncert organowy u św. Anny",
        "<div class='event-details'><div class='event-date'><span class='label'>Data:</span> "
        "3 października 2026</div><div class='event-place'><span class='label'>Miejsce:"
        "</span> Kościół św. Anny</div><div class='event-price'><span class='label'>Wstęp:"
        "</span> wolny</div></div><p>W kościele świętej Anny wystąpi organista z Gdańska z "
        "programem utworów barokowych i współczesnych improwizacji.</p><p>Koncert jest "
        "częścią cyklu jesiennych wieczorów muzycznych.</p>",
    ),
    ("Data: 3 października 2026", "Miejsce: Kościół św. Anny", "Wstęp: wolny"),
    (),
)

# --- Spanish, a book fair's fields with the time its own dated field.
PROBES.add(
    "es_event_fields_date_and_time",
    "https://agenda.example.es/feria-del-libro",
    _event(
        "es",
        "Feria del libro de la comarca",
        "<p class='event-date'>Fecha: 23 de abril de 2026</p><p class='event-time'>Hora: "
        "11:00</p><p class='event-place'>Lugar: Plaza Mayor</p><p class='event-org'>"
        "Organiza: Asociación de Libreros</p><p>Más de treinta librerías y editoriales de la "
        "comarca montan sus casetas en la Plaza Mayor durante todo el fin de semana.</p><p>"
        "Habrá firmas de autores y cuentacuentos para los más pequeños.</p>",
    ),
    ("Fecha: 23 de abril de 2026", "Lugar: Plaza Mayor", "Organiza: Asociación de Libreros"),
    (),
)

# --- Czech, a village's news post: its own date line beside its author's and section's,
# and a bare date line over the text, stay out.
PROBES.add(
    "cs_post_meta_lines_not_fields",
    "https://www.example-obec.cz/aktuality/novy-chodnik",
    _event(
        "cs",
        "Nový chodník ke škole",
        "<div class='post-date'>Datum: 12. května 2026</div><div class='post-author'>Autor: "
        "Jana Nováková</div><div class='post-category'>Rubrika: Aktuality</div><p>Obec "
        "dokončila stavbu nového chodníku podél hlavní silnice k základní škole a mateřské "
        "škole.</p><p>Stavba stála dva miliony korun a pomohla ji zaplatit dotace kraje.</p>",
    ),
    ("dokončila stavbu nového chodníku", "dotace kraje"),
    ("Datum: 12. května 2026", "Jana Nováková"),
)

# --- English, a parish news post: a bare date line in a box named for it over the text.
PROBES.add(
    "en_post_bare_date_line",
    "https://www.example-parish.org.uk/news/new-footpath",
    _event(
        "en",
        "New footpath to the school",
        "<div class='entry-date'>18 April 2026</div><p>The parish council has finished the "
        "new footpath along the main road to the primary school and the nursery.</p><p>The "
        "work cost two hundred thousand pounds, half of it from a county grant.</p>",
    ),
    ("finished the new footpath", "half of it from a county grant"),
    ("18 April 2026",),
)
