"""Course and syllabus pages (a description, a week-by-week table, the assessment and the
readings after it) and council minutes (numbered items, each a heading and its decision,
the closing of the meeting last)."""

from __future__ import annotations

from ._registry import PROBES, Frame, sections_page, table

NL_FRAME = Frame(
    site="Hogeschool Waterland",
    nav=("Opleidingen", "Studeren", "Onderzoek", "Contact"),
    footer="© Hogeschool Waterland · Cookieverklaring · Toegankelijkheid",
    side_title="Ook interessant",
    side=("Minor Circulaire bouw", "Open dag op 14 maart"),
)

PROBES.add(
    "nl_studiegids_vak",
    "https://hs-waterland.example.nl/studiegids/waterbouw-2",
    sections_page(
        "nl",
        "Waterbouwkunde 2: dijken en kaden",
        "<dl class='course-facts'><dt>Studiepunten</dt><dd>5 EC</dd><dt>Periode</dt><dd>"
        "Blok 3</dd><dt>Docent</dt><dd>ir. M. van Schaik</dd></dl><h2>Inhoud</h2><p>In dit "
        "vak ontwerp je een dijkversterking voor een fictief stuk rivierdijk, van "
        "grondonderzoek tot tekening.</p><h2>Weekplanning</h2>"
        + table(
            ("Week", "Onderwerp", "Werkvorm"),
            (
                ("1", "Faalmechanismen van dijken", "hoorcollege"),
                ("2", "Grondonderzoek en sonderingen", "practicum"),
                ("3", "Piping en kwelschermen", "werkcollege"),
                ("4", "Excursie naar de Lekdijk", "excursie"),
            ),
        )
        + "<h2>Toetsing</h2><p>Het eindcijfer bestaat voor zestig procent uit het "
        "ontwerprapport en voor veertig procent uit een mondelinge verdediging.</p><h2>"
        "Literatuur</h2><ul><li>Handboek Dijkontwerp, vierde druk</li><li>Readers die in "
        "week 1 op de leeromgeving worden gezet</li></ul>",
        frame=NL_FRAME,
    ),
    (
        "ontwerp je een dijkversterking voor een fictief stuk rivierdijk",
        "Piping en kwelschermen",
        "Excursie naar de Lekdijk",
        "voor zestig procent uit het ontwerprapport",
        "Readers die in week 1 op de leeromgeving worden gezet",
    ),
    NL_FRAME.furniture(),
)

RO_FRAME = Frame(
    site="Universitatea din Valea Mureșului",
    nav=("Admitere", "Facultăți", "Cercetare"),
    footer="© Universitatea din Valea Mureșului. Toate drepturile rezervate.",
)

PROBES.add(
    "ro_fisa_disciplinei",
    "https://univ-valeamuresului.example.ro/fise/istoria-artei-medievale",
    sections_page(
        "ro",
        "Fișa disciplinei: Istoria artei medievale",
        "<h2>1. Obiective</h2><p>Studenții învață să recunoască stilurile bisericilor de lemn "
        "și de piatră din Transilvania și să le așeze în timp.</p><h2>2. Conținut</h2><ol>"
        "<li>Arta romanică<ol><li>Portaluri și capiteluri</li><li>Pictura murală timpurie"
        "</li></ol></li><li>Arta gotică<ol><li>Bisericile fortificate</li><li>Altarele "
        "pictate</li></ol></li></ol><h2>3. Evaluare</h2><p>Nota finală se compune din "
        "examenul scris (70%) și o fișă de monument întocmită pe teren (30%).</p><h2>"
        "4. Bibliografie</h2><ul><li>Pop, Ana. Biserici de lemn din nordul țării. Cluj, 2011."
        "</li><li>Marin, Ioan. Frescele uitate. București, 2019.</li></ul>",
        frame=RO_FRAME,
    ),
    (
        "să recunoască stilurile bisericilor de lemn",
        "Bisericile fortificate",
        "o fișă de monument întocmită pe teren",
        "Marin, Ioan. Frescele uitate.",
    ),
    RO_FRAME.furniture(),
)

SV_FRAME = Frame(
    site="Björkviks kommun",
    nav=("Bo och leva", "Kommun och politik", "Kontakt"),
    footer="Björkviks kommun · Storgatan 1 · 000 00 Björkvik · Tel 0000-00 00 00",
    side_title="Genvägar",
    side=("Lediga jobb i kommunen", "Anmäl fel på gatubelysning"),
)

PROBES.add(
    "sv_protokoll_kommunstyrelsen",
    "https://bjorkvik.example.se/politik/protokoll/ks-2026-10-21",
    sections_page(
        "sv",
        "Protokoll från kommunstyrelsens sammanträde 21 oktober 2026",
        "<p class='meta'>Plats: Kommunhuset, sal Ekbacken. Tid: 13.00–15.40.</p><h2>§ 112 "
        "Mötets öppnande</h2><p>Ordföranden hälsade de närvarande välkomna och förklarade "
        "mötet öppnat.</p><h2>§ 113 Ny förskola i Lövnäs</h2><p>Kommunstyrelsen beslutade "
        "att ge förvaltningen i uppdrag att ta fram en förstudie för en förskola med sex "
        "avdelningar.</p><p>Reservation: Anna Lindqvist (L) reserverade sig mot beslutet "
        "till förmån för eget förslag om att bygga ut befintlig förskola.</p><h2>§ 114 "
        "Badplatsen vid Gransjön</h2><p>Ärendet bordlades till nästa sammanträde i väntan "
        "på miljöförvaltningens yttrande.</p><h2>§ 115 Mötets avslutande</h2><p>Ordföranden "
        "tackade för visat intresse och förklarade mötet avslutat klockan 15.40.</p><p "
        "class='signatures'>Vid protokollet: Karin Ek. Justeras: Olle Berg, Sara Nyström.</p>",
        frame=SV_FRAME,
    ),
    (
        "förklarade mötet öppnat",
        "en förstudie för en förskola med sex avdelningar",
        "reserverade sig mot beslutet",
        "i väntan på miljöförvaltningens yttrande",
        "förklarade mötet avslutat klockan 15.40",
    ),
    SV_FRAME.furniture(),
)

EL_FRAME = Frame(
    site="Δήμος Ελαιώνα",
    nav=("Αρχική", "Δημοτικό Συμβούλιο", "Ανακοινώσεις"),
    footer="© Δήμος Ελαιώνα — Όροι χρήσης — Προσβασιμότητα",
)

PROBES.add(
    "el_praktika_dimotikou",
    "https://dimos-elaiona.example.gr/symvoulio/praktika-2026-09",
    sections_page(
        "el",
        "Πρακτικά συνεδρίασης του Δημοτικού Συμβουλίου, 16 Σεπτεμβρίου 2026",
        "<p>Παρόντες 21 από τους 27 συμβούλους. Πρόεδρος: Ελένη Καραγιάννη.</p><ol "
        "class='agenda'><li><h3>Έγκριση προϋπολογισμού για τα σχολικά κτίρια</h3><p>Το "
        "συμβούλιο ενέκρινε ομόφωνα δαπάνη 85.000 ευρώ για τις στέγες δύο δημοτικών "
        "σχολείων.</p></li><li><h3>Ονοματοδοσία πλατείας</h3><p>Αποφασίστηκε η πλατεία "
        "της Άνω Συνοικίας να πάρει το όνομα της δασκάλας Μαρίας Λιόση.</p></li><li><h3>"
        "Αιτήματα πολιτών</h3><p>Κάτοικοι της οδού Κυπαρισσιών ζήτησαν φωτισμό στο "
        "μονοπάτι προς το νεκροταφείο· το αίτημα διαβιβάστηκε στην τεχνική υπηρεσία.</p>"
        "</li></ol><p>Η συνεδρίαση έληξε στις 21:10.</p>",
        frame=EL_FRAME,
    ),
    (
        "ενέκρινε ομόφωνα δαπάνη 85.000 ευρώ",
        "να πάρει το όνομα της δασκάλας Μαρίας Λιόση",
        "το αίτημα διαβιβάστηκε στην τεχνική υπηρεσία",
        "Η συνεδρίαση έληξε στις 21:10.",
    ),
    EL_FRAME.furniture(),
)

NB_FRAME = Frame(
    site="Fjellheim borettslag",
    nav=("Hjem", "For beboere", "Styret"),
    footer="Fjellheim borettslag · org.nr. 900 000 000",
)

PROBES.add(
    "nb_referat_arsmote",
    "https://fjellheim-brl.example.no/styret/referat-arsmote-2026",
    sections_page(
        "nb",
        "Referat fra årsmøtet 2026",
        "<h2>Sak 1: Godkjenning av innkalling</h2><p>Innkallingen ble godkjent uten "
        "merknader.</p><h2>Sak 2: Årsberetning</h2><p>Styrelederen gikk gjennom året, med "
        "vekt på utskiftingen av vinduene i blokk C.</p><h2>Sak 3: Budsjett</h2>"
        + table(
            ("Post", "2025", "2026"),
            (("Felleskostnader", "1 240 000", "1 310 000"), ("Vedlikehold", "400 000", "520 000")),
        )
        + "<p>Økningen skyldes i hovedsak at taket på blokk A skal legges om neste "
        "sommer.</p><h2>Sak 4: Valg</h2><p>Ingrid Solberg ble valgt til ny styreleder for "
        "to år.</p>",
        frame=NB_FRAME,
    ),
    (
        "Innkallingen ble godkjent uten",
        "utskiftingen av vinduene i blokk C",
        "taket på blokk A skal legges om neste",
        "Ingrid Solberg ble valgt til ny styreleder for",
    ),
    NB_FRAME.furniture(),
)
