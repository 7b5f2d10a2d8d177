"""Lists of winners or results under category headings: a story of two paragraphs, a line
pointing down ("See the full list of winners below:"), then the categories, the first right
after that line, each a heading (an <h3>, a bold paragraph or an <h2>) over its nominees (a
<ul>, or lines split by <br>), the winner marked in words; an ad slot or a sign-up box may
stand between two categories.
Decided before running: the story, every category's heading and every nominee's line are the
text (must); the pointer line is neutral; the ad label, the sign-up box and the share row are
not (must-not)."""

from __future__ import annotations

from ._kit import ad, add, newsletter, paras, share, shell
from .words import WORDS

# (language, title, intro, pointer line, categories (heading, nominees))
Results = tuple[str, str, tuple[str, str], str, tuple[tuple[str, tuple[str, ...]], ...]]

RESULTS: tuple[Results, ...] = (
    (
        "en",
        "Northgate Music Awards 2026: the full list of winners",
        (
            "Singer Ada Quill was the big winner at the Northgate Music Awards on Saturday "
            "night, taking three prizes at the Corn Exchange.",
            "The ceremony, hosted by radio presenter Tom Elder, raised money for music lessons "
            "in the city's primary schools.",
        ),
        "See the full list of winners below:",
        (
            (
                "Song of the Year",
                (
                    "Ada Quill, “Paper Boats” – WINNER",
                    "The Linnets, “Harbour Lights”",
                    "Joe Farrant, “Late Train”",
                ),
            ),
            ("Best New Act", ("Moss & Mirren", "Ruby Kettle – WINNER", "Sunday Static")),
            (
                "Live Act of the Year",
                ("The Linnets", "Ada Quill – WINNER", "Kettle Drum Collective"),
            ),
        ),
    ),
    (
        "de",
        "Sportlerwahl im Rheintal: Das sind die Gewinner",
        (
            "Die Ruderin Lena Hartwig ist zur Sportlerin des Jahres im Rheintal gewählt "
            "worden, mehr als 12.000 Leserinnen und Leser haben abgestimmt.",
            "Die Preise wurden am Freitagabend in der Stadthalle vor 800 Gästen verliehen.",
        ),
        "Alle Preisträger im Überblick:",
        (
            (
                "Sportlerin des Jahres",
                (
                    "Lena Hartwig (Rudern) – Siegerin",
                    "Mira Sell (Leichtathletik)",
                    "Hanna Obst (Judo)",
                ),
            ),
            (
                "Sportler des Jahres",
                ("Timo Brandl (Radsport)", "Ole Vetter (Schwimmen) – Sieger", "Jan Reuß (Ringen)"),
            ),
            (
                "Mannschaft des Jahres",
                ("TV Rheinau Handball – Sieger", "FC Auenwald U19", "Volleys Neuhof"),
            ),
        ),
    ),
    (
        "fr",
        "Festival du film de Val-Sorne : le palmarès complet",
        (
            "Le long métrage « Les Saisons du phare » a remporté dimanche le Grand Prix du "
            "festival du film de Val-Sorne, qui fêtait sa vingtième édition.",
            "Le jury, présidé par la réalisatrice Claire Vautrin, a salué un film « d'une "
            "grande délicatesse ».",
        ),
        "Voici le palmarès complet :",
        (
            (
                "Grand Prix",
                (
                    "« Les Saisons du phare », de Paul Mercadier – lauréat",
                    "« Nuit blanche à Tanger », de Sofia Haddad",
                    "« Le Verger », de Luc Bras",
                ),
            ),
            (
                "Prix du public",
                (
                    "« Le Verger », de Luc Bras – lauréat",
                    "« Marée basse », d'Anne Colin",
                    "« Les Saisons du phare », de Paul Mercadier",
                ),
            ),
            (
                "Meilleure interprétation",
                ("Inès Morel – lauréate", "Bastien Roux", "Jeanne Lafitte"),
            ),
        ),
    ),
    (
        "es",
        "Premios de las Letras del Sur: todos los ganadores",
        (
            "La novelista Carmen Aldana ha ganado el premio de novela de las Letras del Sur "
            "con «La casa de los almendros», su tercer libro.",
            "El jurado eligió entre 240 obras presentadas, una cifra récord en la historia "
            "del certamen.",
        ),
        "Esta es la lista completa de premiados:",
        (
            (
                "Novela",
                (
                    "Carmen Aldana, «La casa de los almendros» – ganadora",
                    "Rubén Ortas, «El último tranvía»",
                    "Lucía Peñas, «Agua de mayo»",
                ),
            ),
            (
                "Poesía",
                (
                    "Martín Ibarra, «Cal y arena»",
                    "Elena Soto, «Norte» – ganadora",
                    "Pablo Gil, «Las horas»",
                ),
            ),
            (
                "Ensayo",
                (
                    "Tomás Rey, «Ciudades lentas» – ganador",
                    "Ana Lobo, «El mapa mudo»",
                    "Irene Vidal, «Oficios perdidos»",
                ),
            ),
        ),
    ),
    (
        "it",
        "Concorso dei vini di Valle: tutti i premiati",
        (
            "Il rosso «Poggio Alto» della cantina Ferri ha vinto la medaglia d'oro al "
            "concorso dei vini di Valle, giunto alla trentesima edizione.",
            "Gli assaggiatori hanno valutato oltre 400 etichette di 120 aziende della provincia.",
        ),
        "Ecco l'elenco completo dei vincitori:",
        (
            (
                "Rossi",
                (
                    "Cantina Ferri, «Poggio Alto» – oro",
                    "Tenuta Basso, «Rovere»",
                    "Fratelli Conti, «Sette Filari»",
                ),
            ),
            (
                "Bianchi",
                (
                    "Cantina Lodi, «Pietrabianca» – oro",
                    "Podere Sole, «Limo»",
                    "Tenuta Basso, «Brina»",
                ),
            ),
            (
                "Spumanti",
                ("Casa Vitali, «Perlage» – oro", "Cantina Ferri, «Bolla»", "Podere Sole, «Aurora»"),
            ),
        ),
    ),
    (
        "pt",
        "Prémios da Gastronomia da Ribeira: os vencedores",
        (
            "O restaurante O Moinho, em Vila Seca, foi eleito o melhor restaurante da "
            "região nos Prémios da Gastronomia da Ribeira.",
            "A cerimónia decorreu no mercado municipal e juntou mais de trezentos "
            "cozinheiros e produtores.",
        ),
        "Conheça a lista completa dos vencedores:",
        (
            (
                "Melhor Restaurante",
                (
                    "O Moinho, Vila Seca – vencedor",
                    "Casa da Azenha, Ribeira",
                    "Taberna do Largo, Fontelas",
                ),
            ),
            ("Melhor Chefe", ("Rita Valente – vencedora", "Nuno Pires", "Sara Leal")),
            (
                "Melhor Doce Regional",
                (
                    "Pastelaria Central, pão-de-ló – vencedor",
                    "Casa Lemos, queijadas",
                    "Confeitaria Rosa, bolo de mel",
                ),
            ),
        ),
    ),
    (
        "nl",
        "Gemeenteraadsverkiezingen Westerhaven: de uitslag per kern",
        (
            "De lokale partij Samen Westerhaven is bij de gemeenteraadsverkiezingen met zeven "
            "zetels de grootste geworden.",
            "De opkomst lag met 54 procent iets hoger dan vier jaar geleden.",
        ),
        "Hieronder de uitslag per kern:",
        (
            (
                "Westerhaven-centrum",
                (
                    "Samen Westerhaven: 1.840 stemmen – grootste",
                    "Groen Links Lokaal: 1.210 stemmen",
                    "Dorpsbelang: 640 stemmen",
                ),
            ),
            (
                "Oosterpolder",
                (
                    "Dorpsbelang: 910 stemmen – grootste",
                    "Samen Westerhaven: 870 stemmen",
                    "Groen Links Lokaal: 300 stemmen",
                ),
            ),
            (
                "Zandvoorde",
                (
                    "Samen Westerhaven: 530 stemmen – grootste",
                    "Dorpsbelang: 410 stemmen",
                    "Groen Links Lokaal: 220 stemmen",
                ),
            ),
        ),
    ),
    (
        "pl",
        "Wojewódzki konkurs wiedzy. Oto laureaci",
        (
            "Uczniowie z Nadwiśla zdobyli aż pięć nagród w wojewódzkim konkursie wiedzy, "
            "którego finał odbył się w sobotę.",
            "Do finału zakwalifikowało się 180 uczniów z 60 szkół województwa.",
        ),
        "Pełna lista laureatów poniżej:",
        (
            (
                "Matematyka",
                (
                    "Zofia Lis, SP nr 3 w Nadwiślu – I miejsce",
                    "Adam Kruk, SP nr 1 w Borkach",
                    "Ewa Maj, SP nr 5 w Nadwiślu",
                ),
            ),
            (
                "Historia",
                (
                    "Piotr Sowa, SP nr 2 w Lipnie – I miejsce",
                    "Julia Bąk, SP nr 3 w Nadwiślu",
                    "Igor Wrona, SP nr 4 w Borkach",
                ),
            ),
            (
                "Biologia",
                (
                    "Maja Czajka, SP nr 3 w Nadwiślu – I miejsce",
                    "Kacper Dudek, SP nr 1 w Lipnie",
                    "Oliwia Szpak, SP nr 2 w Borkach",
                ),
            ),
        ),
    ),
    (
        "sv",
        "Norrlandsgalan 2026: alla vinnare",
        (
            "Sångerskan Elin Berg blev kvällens stora vinnare på Norrlandsgalan med tre "
            "priser i Folkets hus.",
            "Galan sändes direkt i lokalradion och samlade över tusen gäster.",
        ),
        "Här är hela listan med vinnare:",
        (
            (
                "Årets låt",
                (
                    "Elin Berg – ”Isvatten” – vinnare",
                    "Kvarnbandet – ”Hemåt”",
                    "Nils Ek – ”Midnattsljus”",
                ),
            ),
            ("Årets nykomling", ("Sara Lund – vinnare", "Bröderna Älv", "Tova Ström")),
            ("Årets liveakt", ("Kvarnbandet", "Elin Berg – vinnare", "Norrsken Brass")),
        ),
    ),
    (
        "tr",
        "Ege Tiyatro Ödülleri sahiplerini buldu",
        (
            "Ege Tiyatro Ödülleri'nde bu yılın en iyi oyunu ödülünü «Deniz Feneri» aldı, "
            "tören Cumartesi akşamı Kültür Merkezi'nde yapıldı.",
            "Jüri, bu yıl 46 oyun arasından seçim yaptı.",
        ),
        "Ödül alanların tam listesi şöyle:",
        (
            ("En İyi Oyun", ("«Deniz Feneri» – kazanan", "«Kırık Saat»", "«Son Vapur»")),
            ("En İyi Kadın Oyuncu", ("Elif Tan – kazanan", "Derya Kaya", "Nur Aksoy")),
            ("En İyi Erkek Oyuncu", ("Can Yıldız", "Mert Acar – kazanan", "Ali Demir")),
        ),
    ),
)


def _category(shape: str, heading: str, nominees: tuple[str, ...]) -> str:
    """One category in the page's shape: an <h3> over a <ul>, a bold paragraph over lines
    split by <br>, or an <h2> over a <ul>."""
    items = "".join(f"<li>{line}</li>" for line in nominees)
    if shape == "h3":
        return f"<h3>{heading}</h3><ul>{items}</ul>"
    if shape == "bold":
        return f"<p><strong>{heading}</strong></p><p>{'<br>'.join(nominees)}</p>"
    return f"<h2>{heading}</h2><ul class='nominees'>{items}</ul>"


def _results(number: int, item: Results) -> None:
    lang, title, intro, pointer, categories = item
    w = WORDS[lang]
    shape = ("h3", "bold", "h2")[number % 3]
    parts = [_category(shape, heading, nominees) for heading, nominees in categories]
    if shape == "h2":
        parts.insert(2, ad(w))
        parts.insert(1, newsletter(w))
    content = f"{share(w)}<div class='story-body'>{paras(*intro, pointer)}{''.join(parts)}</div>"
    must = (*intro, *(line for heading, nominees in categories for line in (heading, *nominees)))
    add(
        w,
        f"b73f_results_{lang}_{shape}",
        f"https://{w.host}/culture/2026/03/02/{lang}-results-{number}",
        shell(w, title, content),
        must,
        (w.share, w.newsletter, w.advert),
    )


for _number, _item in enumerate(RESULTS):
    _results(_number, _item)
