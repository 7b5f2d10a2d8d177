"""Northern and western European languages: Swedish, Danish, Norwegian, Finnish, Icelandic,
Welsh, Irish, Maltese, Catalan, Basque, Galician, Portuguese, Italian."""

from __future__ import annotations

from .kit import (
    Probe,
    event_page,
    ghost,
    news_cms,
    news_page,
    personal_site,
    plain_blog,
    recipe,
    tag_line,
    tag_links,
    when,
    wordpress,
)
from .texts import CA, CY, DA, DE, EN, EU, FI, FR, GA, GL, IS, IT, MT, NB, NL, PT, SV

PROBES: tuple[Probe, ...] = (
    Probe(
        "sv_news_kl_dotted_time",
        "sv",
        news_cms(
            "sv",
            "Gång- och cykelbron över ån öppnar igen | Ådalens Tidning",
            "Gång- och cykelbron över ån öppnar igen",
            SV,
            site="Ådalens Tidning",
            standfirst="Efter nästan ett år av renovering kan boende återigen ta bron till centrum",
            meta='<span class="author">Av Anna Lindqvist</span>'
            '<span class="date">Publicerad 5 mars 2024 kl. 14.30</span>',
            after='<div class="tags">Ämnen: <a href="/amne/1">Trafik</a> <a href="/amne/2">Kommunen'
            "</a></div>",
            section="Lokalt",
        ),
        {
            "title": "Gång- och cykelbron över ån öppnar igen",
            "authors": ("Anna Lindqvist",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("Trafik", "Kommunen"),
            "publisher": "Ådalens Tidning",
            "language": "sv",
            "lead": "Efter nästan ett år av renovering kan boende återigen ta bron till centrum",
        },
    ),
    Probe(
        "sv_ghost",
        "sv",
        ghost(
            "sv",
            "Belysningen längs ån ses över",
            "Belysningen längs ån ses över",
            SV,
            site="Åbloggen",
            lead="Boende efterlyser bättre belysning på den nya bron.",
            author="Erik Sandberg",
            iso="2024-03-05",
            shown="5 mars 2024",
            tag="Stadsplanering",
        ),
        {
            "title": "Belysningen längs ån ses över",
            "authors": ("Erik Sandberg",),
            "published": when(2024, 3, 5),
            "publisher": "Åbloggen",
            "language": "sv",
            "lead": "Boende efterlyser bättre belysning på den nya bron.",
        },
    ),
    # --- Danish ------------------------------------------------------------------------
    Probe(
        "da_news_af",
        "da",
        news_cms(
            "da",
            "Nyt bibliotek åbner i bymidten | Vestegnens Avis",
            "Nyt bibliotek åbner i bymidten",
            DA,
            site="Vestegnens Avis",
            meta='<span class="author">Af Mette Jensen</span>'
            '<span class="date">5. marts 2024 kl. 14.30</span>',
            after='<div class="tags">Emner: <a href="/emne/1">Bibliotek</a> '
            '<a href="/emne/2">Kultur</a></div>',
            section="Lokalt",
        ),
        {
            "title": "Nyt bibliotek åbner i bymidten",
            "authors": ("Mette Jensen",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("Bibliotek", "Kultur"),
            "publisher": "Vestegnens Avis",
            "language": "da",
        },
    ),
    Probe(
        "da_wp_skrevet_af",
        "da",
        wordpress(
            "da",
            "Parkering ved det nye bibliotek &#8211; Byens Blog",
            "Parkering ved det nye bibliotek",
            DA,
            site="Byens Blog",
            meta='<span class="byline">Skrevet af <a href="/author/s/">Søren Holm</a></span> '
            '<span class="posted-on">d. 05.03.2024</span>',
            footer=tag_links("Tags:", ("parkering", "bibliotek")),
        ),
        {
            "title": "Parkering ved det nye bibliotek",
            "authors": ("Søren Holm",),
            "published": when(2024, 3, 5),
            "tags": ("parkering", "bibliotek"),
            "publisher": "Byens Blog",
            "language": "da",
        },
    ),
    # --- Norwegian Bokmål --------------------------------------------------------------
    Probe(
        "nb_news_publisert",
        "nb",
        news_cms(
            "nb",
            "Ny svømmehall åpnet i sentrum – Fjordposten",
            "Ny svømmehall åpnet i sentrum",
            NB,
            site="Fjordposten",
            meta='<span class="author">Av Ingrid Berg og Ola Haugen</span>'
            '<span class="date">Publisert 05.03.2024 14:30</span>',
            section="Nyheter",
        ),
        {
            "title": "Ny svømmehall åpnet i sentrum",
            "authors": ("Ingrid Berg", "Ola Haugen"),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "Fjordposten",
            "language": "nb",
        },
    ),
    Probe(
        "nb_wp_emneknagger",
        "nb",
        wordpress(
            "nb",
            "Rabatter for studenter vurderes | Bygdebloggen",
            "Rabatter for studenter vurderes",
            NB,
            site="Bygdebloggen",
            meta='<span class="posted-on">5. mars 2024</span> <span class="byline">av '
            '<a href="/author/k/">Kari Lunde</a></span>',
            footer=tag_links("Stikkord:", ("svømmehall", "priser")),
        ),
        {
            "title": "Rabatter for studenter vurderes",
            "authors": ("Kari Lunde",),
            "published": when(2024, 3, 5),
            "tags": ("svømmehall", "priser"),
            "publisher": "Bygdebloggen",
            "language": "nb",
        },
    ),
    # --- Finnish -----------------------------------------------------------------------
    Probe(
        "fi_news_klo",
        "fi",
        news_cms(
            "fi",
            "Uusi kirjasto avattiin keskustaan | Järviseudun Sanomat",
            "Uusi kirjasto avattiin keskustaan",
            FI,
            site="Järviseudun Sanomat",
            meta='<span class="author">Teksti: Matti Virtanen</span>'
            '<span class="date">5.3.2024 klo 14.30</span>',
            after='<div class="tags">Aiheet: <a href="/aihe/1">kirjastot</a> <a href="/aihe/2">'
            "kulttuuri</a></div>",
            section="Kotimaa",
        ),
        {
            "title": "Uusi kirjasto avattiin keskustaan",
            "authors": ("Matti Virtanen",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("kirjastot", "kulttuuri"),
            "publisher": "Järviseudun Sanomat",
            "language": "fi",
        },
    ),
    Probe(
        "fi_wp_julkaistu",
        "fi",
        wordpress(
            "fi",
            "Aukioloajat viikonloppuisin puhuttavat – Kaupunkiblogi",
            "Aukioloajat viikonloppuisin puhuttavat",
            FI,
            site="Kaupunkiblogi",
            meta='<span class="posted-on">Julkaistu 5. maaliskuuta 2024</span> '
            '<span class="byline">Kirjoittaja: <a href="/author/l/">Liisa Korhonen</a></span>',
            footer=tag_links("Avainsanat:", ("kirjasto", "aukioloajat")),
        ),
        {
            "title": "Aukioloajat viikonloppuisin puhuttavat",
            "authors": ("Liisa Korhonen",),
            "published": when(2024, 3, 5),
            "tags": ("kirjasto", "aukioloajat"),
            "publisher": "Kaupunkiblogi",
            "language": "fi",
        },
    ),
    Probe(
        "fi_relative_only",
        "fi",
        news_cms(
            "fi",
            "Kirjaston lastenosasto täyttyi heti | Paikallisuutiset",
            "Kirjaston lastenosasto täyttyi heti",
            FI,
            meta='<span class="author">Jussi Laine</span><span class="date">3 tuntia sitten</span>',
            section="Kaupunki",
        ),
        {
            "title": "Kirjaston lastenosasto täyttyi heti",
            "authors": ("Jussi Laine",),
            "published": None,
            "publisher": "Paikallisuutiset",
            "language": "fi",
        },
    ),
    Probe(
        "pt_por_name_em_town",
        "pt",
        news_page(
            "pt",
            "Novo parque abre junto ao rio",
            "Jornal do Minho Interior",
            PT,
            '<span class="author">Por João Ferreira Lima, em Barcelos</span>'
            '<span class="date">5 de março de 2024, 10:30</span>',
            section="Região",
        ),
        {
            "title": "Novo parque abre junto ao rio",
            "authors": ("João Ferreira Lima",),
            "published": when(2024, 3, 5, 10, 30),
            "language": "pt",
        },
    ),
    Probe(
        "it_di_name_da_town",
        "it",
        news_page(
            "it",
            "Inaugurato il nuovo parco lungo il fiume",
            "Cronache del Canavese",
            IT,
            '<span class="author">di Marco Bellini, da Ivrea</span>'
            '<span class="date">5 marzo 2024 ore 10:30</span>',
            section="Cronaca",
        ),
        {
            "title": "Inaugurato il nuovo parco lungo il fiume",
            "authors": ("Marco Bellini",),
            "published": when(2024, 3, 5, 10, 30),
            "language": "it",
        },
    ),
    Probe(
        "ca_per_name_des_de_town",
        "ca",
        news_page(
            "ca",
            "El nou parc obre a la vora del riu",
            "Diari del Ripollès",
            CA,
            '<span class="author">Per Núria Soler Vila, des de Ripoll</span>'
            '<span class="date">5 de març de 2024, 10:30</span>',
            section="Comarca",
        ),
        {
            "title": "El nou parc obre a la vora del riu",
            "authors": ("Núria Soler Vila",),
            "published": when(2024, 3, 5, 10, 30),
            "language": "ca",
        },
    ),
    Probe(
        "ca_wp_per_two_names",
        "ca",
        wordpress(
            "ca",
            "Obre el nou parc de la ribera – Veus del Lluçanès",
            "Obre el nou parc de la ribera",
            CA,
            site="Veus del Lluçanès",
            meta='<span class="byline">Per <a href="/autor/j/">Jordi Puig</a> i '
            '<a href="/autor/m/">Marta Vidal</a></span> '
            '<span class="posted-on">5 de març de 2024 a les 10:30</span>',
            footer=tag_links("Etiquetes:", ("parc", "ajuntament")),
        ),
        {
            "title": "Obre el nou parc de la ribera",
            "authors": ("Jordi Puig", "Marta Vidal"),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("parc", "ajuntament"),
            "language": "ca",
        },
    ),
    Probe(
        "eu_news_year_first",
        "eu",
        news_page(
            "eu",
            "Parke berria ireki dute ibaiaren ertzean",
            "Bailarako Berriak",
            EU,
            '<span class="author">Egilea: Miren Etxeberria</span>'
            '<span class="date">2024ko martxoaren 5a, 10:30</span>',
            after=tag_line("Gaiak:", "parkea", "udala"),
            section="Gizartea",
        ),
        {
            "title": "Parke berria ireki dute ibaiaren ertzean",
            "authors": ("Miren Etxeberria",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("parkea", "udala"),
            "language": "eu",
        },
    ),
    Probe(
        "gl_news_as_time_updated",
        "gl",
        news_page(
            "gl",
            "Abre o novo parque á beira do río",
            "Xornal da Mariña",
            GL,
            '<span class="author">Uxía Castro Pena</span>'
            '<span class="date">5 de marzo de 2024 ás 10:30 h</span>'
            '<span class="updated">Actualizado: 5 de marzo de 2024 ás 12:05 h</span>',
            after=tag_line("Etiquetas:", "parque", "concello"),
            section="Comarca",
        ),
        {
            "title": "Abre o novo parque á beira do río",
            "authors": ("Uxía Castro Pena",),
            "published": when(2024, 3, 5, 10, 30),
            "modified": when(2024, 3, 5, 12, 5),
            "tags": ("parque", "concello"),
            "language": "gl",
        },
    ),
    Probe(
        "cy_news_gan_mawrth",
        "cy",
        news_page(
            "cy",
            "Parc newydd yn agor ar lan yr afon",
            "Newyddion y Fro",
            CY,
            '<span class="author">Gan Elin Haf Jones</span>'
            '<span class="date">Dydd Mawrth, 5 Mawrth 2024 10:30</span>',
            after=tag_line("Tagiau:", "parc", "cyngor"),
            section="Newyddion",
        ),
        {
            "title": "Parc newydd yn agor ar lan yr afon",
            "authors": ("Elin Haf Jones",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("parc", "cyngor"),
            "language": "cy",
        },
    ),
    Probe(
        "ga_news_le",
        "ga",
        news_page(
            "ga",
            "Páirc nua ag oscailt cois na habhann",
            "Nuacht an Iarthair",
            GA,
            '<span class="author">Le Seán Ó Briain</span>'
            '<span class="date">5 Márta 2024 10:30</span>',
            after=tag_line("Clibeanna:", "páirc", "comhairle"),
            section="Nuacht",
        ),
        {
            "title": "Páirc nua ag oscailt cois na habhann",
            "authors": ("Seán Ó Briain",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("páirc", "comhairle"),
            "language": "ga",
        },
    ),
    Probe(
        "mt_news_minn",
        "mt",
        news_page(
            "mt",
            "Ġnien pubbliku ġdid ħdejn ix-xatt",
            "Aħbarijiet tan-Nofsinhar",
            MT,
            '<span class="author">Minn Maria Borg</span>'
            '<span class="date">5 ta\' Marzu 2024 – 10:30</span>',
            after=tag_line("Tikketti:", "ġnien", "kunsill lokali"),
            section="Aħbarijiet",
        ),
        {
            "title": "Ġnien pubbliku ġdid ħdejn ix-xatt",
            "authors": ("Maria Borg",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("ġnien", "kunsill lokali"),
            "language": "mt",
        },
    ),
    Probe(
        "is_news_kl",
        "is",
        news_page(
            "is",
            "Nýr almenningsgarður opnaður við ána",
            "Fréttablað Austurlands",
            IS,
            '<span class="author">Höfundur: Jón Gunnarsson</span>'
            '<span class="date">5. mars 2024 kl. 10:30</span>',
            after=tag_line("Efnisorð:", "garður", "bæjarstjórn"),
            section="Fréttir",
        ),
        {
            "title": "Nýr almenningsgarður opnaður við ána",
            "authors": ("Jón Gunnarsson",),
            "published": when(2024, 3, 5, 10, 30),
            "tags": ("garður", "bæjarstjórn"),
            "language": "is",
        },
    ),
    # --- Pages that are no news ---------------------------------------------------------
    Probe(
        "it_recipe_h2_ricetta_di",
        "it",
        recipe(
            "it",
            "Cucina di Casa - Torta di mele della nonna",
            "Torta di mele della nonna",
            ("3 mele", "200 g di farina", "150 g di zucchero", "3 uova", "100 g di burro"),
            (
                "Sbattere le uova con lo zucchero finché il composto è chiaro e spumoso.",
                "Unire il burro fuso e la farina, poi le mele tagliate a fettine sottili.",
                "Cuocere in forno a 180 gradi per quaranta minuti.",
            ),
            site="Cucina di Casa",
            credit='Ricetta di <a href="/autori/giulia/">Giulia Ferri</a>',
        ),
        {
            "title": "Torta di mele della nonna",
            "authors": ("Giulia Ferri",),
            "language": "it",
        },
    ),
    Probe(
        "pt_recipe_receita_por",
        "pt",
        recipe(
            "pt",
            "Bolo de laranja fofinho | Receitas da Vó",
            "Bolo de laranja fofinho",
            ("2 laranjas", "3 ovos", "2 xícaras de farinha", "1 xícara de açúcar"),
            (
                "Bata no liquidificador as laranjas com casca, os ovos e o óleo.",
                "Misture com a farinha e o açúcar e asse por quarenta minutos.",
            ),
            site="Receitas da Vó",
            credit="Receita por Helena Duarte",
        ),
        {"title": "Bolo de laranja fofinho", "authors": ("Helena Duarte",), "language": "pt"},
    ),
    Probe(
        "fi_event_site_section_title",
        "fi",
        event_page(
            "fi",
            "Kulttuuritalo Kajo | Tapahtumat | Kevätkonsertti kirkossa",
            "Kevätkonsertti kirkossa",
            (
                "Kaupungin kamarikuoro laulaa kevään lauluja ja virsiä. Vapaa pääsy, "
                "ohjelma 10 euroa.",
            ),
            site="Kulttuuritalo Kajo",
            when_where="La 23.3.2024 klo 18 · Keskustan kirkko",
            organiser="Järjestäjä: Kamarikuoro Kaiku ry",
        ),
        {"title": "Kevätkonsertti kirkossa", "authors": (), "language": "fi"},
    ),
    Probe(
        "ca_wp_role_after_name",
        "ca",
        wordpress(
            "ca",
            "La biblioteca obre els diumenges | Veus del Poble",
            "La biblioteca obre els diumenges",
            CA,
            site="Veus del Poble",
            meta='<span class="byline">Per <a href="/autor/m/">Marta Soler</a>, responsable '
            "de comunicació de l'Ajuntament</span>",
        ),
        {
            "title": "La biblioteca obre els diumenges",
            "authors": ("Marta Soler",),
            "language": "ca",
        },
    ),
    Probe(
        "sv_blog_postat_av",
        "sv",
        plain_blog(
            "sv",
            "Bron över ån – en promenad | Stadsvandraren",
            SV,
            blog="Stadsvandraren",
            heading="Bron över ån – en promenad",
            byline="Postat av Karin Holm den 5 mars 2024",
        ),
        {
            "title": "Bron över ån – en promenad",
            "authors": ("Karin Holm",),
            "published": when(2024, 3, 5),
            "language": "sv",
        },
    ),
    Probe(
        "fr_personal_site_owner",
        "fr",
        personal_site(
            "fr",
            "Le nouveau marché couvert – Marie Dupont",
            "Le nouveau marché couvert",
            (
                "Le marché couvert a rouvert mardi après deux ans de travaux. On y compte plus "
                "de cent étals de producteurs de la région.",
                "J'y suis allée tôt le matin : voici ce qu'il faut savoir avant d'y aller.",
            ),
            owner="Marie Dupont",
            shown="5 mars 2024",
        ),
        {"title": "Le nouveau marché couvert", "authors": ("Marie Dupont",), "language": "fr"},
    ),
    # --- Bylines of pages beyond news, credits naming no one, names joined in the language ----
    Probe(
        "fr_blog_ecrit_par",
        "fr",
        plain_blog(
            "fr",
            "Le nouveau parc au bord de l'eau — Carnet de Camille",
            FR,
            blog="Carnet de Camille",
            heading="Le nouveau parc au bord de l'eau",
            byline="Écrit par Camille Roux le 5 mars 2024",
        ),
        {"authors": ("Camille Roux",), "language": "fr"},
    ),
    Probe(
        "de_blog_geschrieben_von",
        "de",
        plain_blog(
            "de",
            "Der neue Park am Fluss | Stadtgeflüster",
            DE,
            blog="Stadtgeflüster",
            heading="Der neue Park am Fluss",
            byline="Geschrieben von Jonas Weber am 5. März 2024 · 2 Kommentare",
        ),
        {"authors": ("Jonas Weber",), "language": "de"},
    ),
    Probe(
        "de_text_and_photo_credits",
        "de",
        news_page(
            "de",
            "Der neue Park ist offen",
            "Talbote",
            DE,
            '<div class="article-author">Text: Anna Berger, Fotos: Lukas Weber</div>',
        ),
        {"authors": ("Anna Berger",), "title": "Der neue Park ist offen"},
    ),
    Probe(
        "de_desk_only",
        "de",
        news_page(
            "de",
            "Parkplätze am Fluss fehlen",
            "Talbote",
            DE,
            '<span class="author">Von Redaktion</span><span class="date">05.03.2024</span>',
        ),
        {"authors": (), "title": "Parkplätze am Fluss fehlen"},
    ),
    Probe(
        "nl_guest_blog_role_at_org",
        "nl",
        wordpress(
            "nl",
            "Een park voor iedereen - Buurtblog",
            "Een park voor iedereen",
            NL,
            site="Buurtblog",
            meta='<span class="byline">Gastblog door Sanne de Vries, beleidsadviseur bij '
            "Stichting Groene Stad</span>",
        ),
        {"authors": ("Sanne de Vries",), "language": "nl"},
    ),
    Probe(
        "en_guest_post_role_at_org",
        "en",
        wordpress(
            "en",
            "A park for everyone – Riverside Notes",
            "A park for everyone",
            EN,
            site="Riverside Notes",
            meta='<span class="byline">Guest post by Tom Reed, policy lead at Riverbank '
            "Trust</span>",
        ),
        {"authors": ("Tom Reed",), "language": "en"},
    ),
    Probe(
        "es_recipe_receta_de",
        "es",
        recipe(
            "es",
            "Tortilla de la abuela | Cocina Casera",
            "Tortilla de la abuela",
            ("6 huevos", "4 patatas", "1 cebolla"),
            ("Pela y corta las patatas.", "Fríelas a fuego lento.", "Añade los huevos."),
            site="Cocina Casera",
            credit="Receta de Lucía Ferrer",
        ),
        {"authors": ("Lucía Ferrer",), "language": "es"},
    ),
    Probe(
        "en_recipe_recipe_by",
        "en",
        recipe(
            "en",
            "Nan's apple crumble | Home Kitchen",
            "Nan's apple crumble",
            ("4 apples", "100 g flour", "75 g butter"),
            ("Slice the apples.", "Rub the butter into the flour.", "Bake for 40 minutes."),
            site="Home Kitchen",
            credit="Recipe by Jane Holt",
        ),
        {"authors": ("Jane Holt",), "language": "en"},
    ),
    Probe(
        "it_two_names_e",
        "it",
        news_page(
            "it",
            "Il nuovo parco sul fiume apre ai cittadini",
            "Gazzetta del Borgo",
            IT,
            '<span class="author">di Marco Rossi e Giulia Bianchi</span>',
        ),
        {"authors": ("Marco Rossi", "Giulia Bianchi")},
    ),
    Probe(
        "it_author_box_and_other_authors",
        "it",
        wordpress(
            "it",
            "Il parco sul fiume – Quaderni di quartiere",
            "Il parco sul fiume",
            IT,
            site="Quaderni di quartiere",
            footer='<div class="author-box"><h4>L\'autrice</h4><p class="author-name">Chiara '
            "Galli</p><p>Chiara Galli scrive di città e quartieri dal 2015.</p></div>"
            '<div class="other-authors"><h4>Altri autori</h4><ul><li><a href="/autore/pconti/">'
            'Paolo Conti</a></li><li><a href="/autore/sneri/">Sara Neri</a></li></ul></div>',
        ),
        {"authors": ("Chiara Galli",), "language": "it"},
    ),
    Probe(
        "pt_agency_byline",
        "pt",
        news_page(
            "pt",
            "Novo parque abre junto ao rio",
            "Jornal da Ribeira",
            PT,
            '<span class="author">Por Reuters</span>',
        ),
        {"authors": ("Reuters",)},
    ),
    Probe(
        "de_guest_contribution_title_and_role",
        "de",
        news_page(
            "de",
            "Warum der Park mehr Bäume braucht",
            "Talbote",
            DE,
            '<span class="author">Ein Gastbeitrag von Dr. Jana Roth, Referentin bei der '
            "Verbraucherzentrale</span>",
        ),
        {"authors": ("Dr. Jana Roth",)},
    ),
    Probe(
        "fr_newsroom_only",
        "fr",
        news_page(
            "fr",
            "Le parc au bord de l'eau ouvre ses portes",
            "Le Courrier du Val",
            FR,
            '<span class="author">Par La Rédaction</span><time datetime="2024-03-05">5 mars</time>',
        ),
        {"authors": ()},
    ),
    Probe(
        "en_writers_list_before_article",
        "en",
        '<html lang="en"><head><title>Riverside park opens | Valley Ledger</title></head><body>'
        '<aside class="sidebar"><h3>Our writers</h3><ul class="authors-list"><li><a href='
        '"/author/ruth-ames/">Ruth Ames</a></li><li><a href="/author/omar-haddad/">Omar Haddad'
        "</a></li></ul></aside><article><h1>Riverside park opens</h1>"
        + "".join(f"<p>{t}</p>" for t in EN)
        + '<div class="author-bio"><h4>About the author</h4><p><strong>Dana Whitlock</strong> '
        "covers the town hall for the Ledger.</p></div></article></body></html>",
        {"authors": ("Dana Whitlock",), "title": "Riverside park opens"},
    ),
    Probe(
        "en_agency_and_writer",
        "en",
        news_page(
            "en",
            "Riverside park opens after two years",
            "Valley Ledger",
            EN,
            '<span class="byline">By Ruth Ames and Reuters</span>',
        ),
        {"authors": ("Ruth Ames", "Reuters")},
    ),
    Probe(
        "it_post_line_time_alle",
        "it",
        wordpress(
            "it",
            "Il parco sul fiume – Diario di quartiere",
            "Il parco sul fiume",
            IT,
            site="Diario di quartiere",
            meta='<span class="posted-on">Pubblicato da Chiara Galli alle 10:30</span>',
        ),
        {"authors": ("Chiara Galli",)},
    ),
    Probe(
        "nl_post_line_gepost_door_op",
        "nl",
        wordpress(
            "nl",
            "Een park aan de rivier - Buurtblog",
            "Een park aan de rivier",
            NL,
            site="Buurtblog",
            meta='<span class="posted-on">Gepost door Sanne de Vries op 10:30</span>',
        ),
        {"authors": ("Sanne de Vries",)},
    ),
    Probe(
        "de_post_line_eingestellt_von_um",
        "de",
        wordpress(
            "de",
            "Der Park am Fluss | Stadtgeflüster",
            "Der Park am Fluss",
            DE,
            site="Stadtgeflüster",
            meta='<span class="posted-on">Eingestellt von Jonas Weber um 10:30</span>',
        ),
        {"authors": ("Jonas Weber",)},
    ),
    Probe(
        "pt_post_line_time_as",
        "pt",
        wordpress(
            "pt",
            "Um parque junto ao rio – Caderno do bairro",
            "Um parque junto ao rio",
            PT,
            site="Caderno do bairro",
            meta='<span class="posted-on">Postado por Rita Fonseca às 10:30</span>',
        ),
        {"authors": ("Rita Fonseca",)},
    ),
    Probe(
        "fi_post_line_lahettanyt_klo",
        "fi",
        wordpress(
            "fi",
            "Uusi puisto joen rannalla – Kaupunkiblogi",
            "Uusi puisto joen rannalla",
            FI,
            site="Kaupunkiblogi",
            meta='<span class="posted-on">Lähettänyt Aino Virtanen klo 10.30</span>',
        ),
        {"authors": ("Aino Virtanen",)},
    ),
)
