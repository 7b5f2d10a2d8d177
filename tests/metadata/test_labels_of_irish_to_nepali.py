"""The labels of Irish, Welsh, Maltese, Mongolian, Pashto, Marathi and Nepali, as data: their
byline and tag labels are read (before these files, "Le Seán Ó Briain" kept its label, the
Maltese, Mongolian, Marathi ("वार्ताहर:") and Nepali ("संवाददाता:") bylines and the Irish,
Maltese, Marathi and Nepali tag lists were missed), and a Pashto name
opening with "و" ("ولي") is no two names joined by Arabic's prefix "and"."""

from __future__ import annotations

import pytest
from tests.metadata.pages import byline_page

import newsextract
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("language", "word", "byline", "tags", "author", "tag_list"),
    [
        (
            "ga", "Droichead", "Le Seán Ó Briain",
            'Clibeanna: <a href="/c/1">Gaillimh</a> <a href="/c/2">rothaíocht</a>',
            "Seán Ó Briain", ("Gaillimh", "rothaíocht"),
        ),
        (
            "cy", "Llyfrgell", "Gan Rhys Jones",
            'Tagiau: <a href="/t/1">Aberystwyth</a> <a href="/t/2">llyfrgelloedd</a>',
            "Rhys Jones", ("Aberystwyth", "llyfrgelloedd"),
        ),
        (
            "mt", "Moll", "Minn Maria Borg",
            'Tikketti: <a href="/t/1">Għawdex</a> <a href="/t/2">portijiet</a>',
            "Maria Borg", ("Għawdex", "portijiet"),
        ),
        (
            "mn", "Сургууль", "Сэтгүүлч: Б.Болормаа",
            'Шошго: <a href="/t/1">Дархан</a> <a href="/t/2">боловсрол</a>',
            "Б.Болормаа", ("Дархан", "боловсрол"),
        ),
        (
            "ps", "سړک", "لیکوال: احمد ولي ستانکزی",
            'ټګونه: <a href="/t/1">کندهار</a> <a href="/t/2">سړکونه</a>',
            "احمد ولي ستانکزی", ("کندهار", "سړکونه"),
        ),
        (
            "mr", "मेट्रो", "वार्ताहर: सुनील पाटील",
            'टॅग्स: <a href="/t/1">पुणे</a> <a href="/t/2">मेट्रो</a>',
            "सुनील पाटील", ("पुणे", "मेट्रो"),
        ),
        (
            "ne", "पोखरा", "संवाददाता: सीता गुरुङ",
            'ट्याग: <a href="/t/1">यात्रा</a> <a href="/t/2">पोखरा</a>',
            "सीता गुरुङ", ("यात्रा", "पोखरा"),
        ),
    ],
)  # fmt: skip
def test_byline_and_tags_of_the_language(
    language: str, word: str, byline: str, tags: str, author: str, tag_list: tuple[str, ...]
) -> None:
    tag_box = f'<div class="tags">{tags}</div>'
    article = newsextract.extract(byline_page(language, word, byline, tag_box))
    assert article.authors == (author,)
    assert article.tags == tag_list


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Le Seán Ó Briain agus Áine Nic Gearailt", "ga", ["Seán Ó Briain", "Áine Nic Gearailt"]),
        ("Gan Rhys Jones ac Elin Hughes", "cy", ["Rhys Jones", "Elin Hughes"]),
        ("Minn Maria Borg u Joseph Camilleri", "mt", ["Maria Borg", "Joseph Camilleri"]),
        ("लेखक: सीता गुरुङ र राम थापा", "ne", ["सीता गुरुङ", "राम थापा"]),
        ("Le Monde", None, ["Le Monde"]),  # French "the": a label on Irish pages only
        # "Published by" as WordPress themes print it, "written by", Icelandic "by"
        ("Publié par Camille Moreau", "fr", ["Camille Moreau"]),
        ("Pubblicato da Giulia Rossi", "it", ["Giulia Rossi"]),
        ("Gepubliceerd door Jan de Vries", "nl", ["Jan de Vries"]),
        ("Kirjoittanut Matti Virtanen", "fi", ["Matti Virtanen"]),
        ("Eftir Jón Sigurðsson og Önnu Jónsdóttur", "is", ["Jón Sigurðsson", "Önnu Jónsdóttur"]),
        ("Eftir Jón Sigurðsson", None, ["Eftir Jón Sigurðsson"]),  # "after": Icelandic pages only
    ],
)
def test_labels_and_joiners_on_their_language_pages(
    byline: str, language: str | None, names: list[str]
) -> None:
    assert split_byline(byline, language) == names
