"""Probes of authors on pages outside news layouts (issue 12): invented recipe cards ("Recipe
by", "Rezept von", "Receta de"), documentation and wiki pages ("Written by", a footer's "last
edited … by NAME", which names the page's author where nothing else does), reviews ("Review
by"), how-tos, a forum's first post, academic pages ("Autor:in:", "Verfasst von"). Must-nots: a
comment's author, a press release's "Contact:" or "Kontakt:", a photographer's credit, a
health page's medical reviewer, a "Share by email" widget. In 12 languages; every site, name
and text here is invented. ``python -m tests.metadata.test_nonnews_author_probes`` prints
newsextract's and trafilatura's hits."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import page, paragraphs

import newsextract

TEXT = {
    "en": "Whisk the eggs with the sugar until pale, then fold in the flour in three parts.",
    "de": "Die Eier mit dem Zucker hell aufschlagen und das Mehl in drei Portionen unterheben.",
    "es": "Bate los huevos con el azúcar hasta que blanqueen y añade la harina en tres veces.",
    "fr": "Fouettez les œufs avec le sucre jusqu’à blanchiment, puis incorporez la farine.",
    "it": "Montate le uova con lo zucchero finché sono chiare, poi unite la farina in tre volte.",
    "pt": "Bata os ovos com o açúcar até clarear e junte a farinha em três partes.",
    "nl": "Klop de eieren met de suiker luchtig en spatel de bloem er in drie delen door.",
    "pl": "Ubij jajka z cukrem na jasną masę, a potem dodaj mąkę w trzech częściach.",
    "sv": "Vispa äggen med sockret tills det blir ljust och vänd sedan ner mjölet i tre omgångar.",
    "tr": "Yumurtaları şekerle açık renk alana kadar çırpın, sonra unu üç seferde ekleyin.",
    "cs": "Vejce vyšlehejte s cukrem do světlé pěny a potom ve třech dávkách vmíchejte mouku.",
    "da": "Pisk æggene med sukkeret, til massen er lys, og vend derefter melet i tre omgange.",
}


def doc(lang: str, headline: str, above: str = "", below: str = "", *, after: str = "") -> str:
    """A non-news page: the site's header, the ``<h1>``, ``above`` (a credit line or card),
    the text, ``below`` (a closing line), then ``after`` (outside the text: comments, a footer's
    page info)."""
    return page(
        lang,
        f"{headline} | Kitchen Notes",
        "",
        '<header class="site-header"><a class="logo" href="/">Kitchen Notes</a><nav><ul>'
        '<li><a href="/a/">I</a></li><li><a href="/b/">II</a></li></ul></nav></header>'
        f'<main><div class="content"><h1>{headline}</h1>{above}'
        f'<div class="text">{paragraphs(TEXT[lang], TEXT[lang])}{below}</div></div>{after}</main>'
        '<footer class="site-footer"><a href="/impressum">Impressum</a></footer>',
    )


def card(label: str, name: str) -> str:
    """A recipe card's credit line: the label, then the name in its own span."""
    return (
        f'<div class="recipe-card"><div class="recipe-meta"><span class="recipe-author">'
        f"{label} <span>{name}</span></span></div></div>"
    )


def line(text: str) -> str:
    return f'<p class="meta">{text}</p>'


def pageinfo(text: str) -> str:
    """A wiki's footer line of the page's last edit."""
    return f'<p id="pageinfo" class="info">{text}</p>'


def comments(name: str, text: str) -> str:
    return (
        '<section id="comments" class="comments"><h2>Comments</h2><ol class="comment-list">'
        f'<li class="comment"><div class="comment-author">{name}</div><p>{text}</p></li>'
        "</ol></section>"
    )


# (name, url, html, authors)
PROBES: list[tuple[str, str, str, object]] = [
    # --- recipe cards --------------------------------------------------------------------------
    (
        "en_recipe_by",
        "https://kitchen.example.com/sponge",
        doc("en", "Sponge cake", card("Recipe by", "Holly Brandt")),
        ["Holly Brandt"],
    ),
    (
        "de_rezept_von",
        "https://kueche.example.de/biskuit",
        doc("de", "Biskuitboden", card("Rezept von", "Jana Kohlhaas")),
        ["Jana Kohlhaas"],
    ),
    (
        "es_receta_de",
        "https://cocina.example.es/bizcocho",
        doc("es", "Bizcocho", card("Receta de", "Lucía Barral")),
        ["Lucía Barral"],
    ),
    (
        "fr_recette_de",
        "https://cuisine.example.fr/genoise",
        doc("fr", "Génoise", card("Recette de", "Manon Delorme")),
        ["Manon Delorme"],
    ),
    (
        "it_ricetta_di",
        "https://cucina.example.it/pan-di-spagna",
        doc("it", "Pan di Spagna", card("Ricetta di", "Giulia Ferretti")),
        ["Giulia Ferretti"],
    ),
    (
        "pt_receita_de",
        "https://cozinha.example.pt/pao-de-lo",
        doc("pt", "Pão de ló", card("Receita de", "Inês Carvalhal")),
        ["Inês Carvalhal"],
    ),
    (
        "nl_recept_van",
        "https://keuken.example.nl/biscuit",
        doc("nl", "Biscuitdeeg", card("Recept van", "Femke de Wit")),
        ["Femke de Wit"],
    ),
    (
        "sv_recept_av",
        "https://kok.example.se/sockerkaka",
        doc("sv", "Sockerkaka", card("Recept av", "Elin Strand")),
        ["Elin Strand"],
    ),
    (
        "da_opskrift_af",
        "https://koekken.example.dk/lagkage",
        doc("da", "Lagkagebunde", card("Opskrift af", "Mette Holm")),
        ["Mette Holm"],
    ),
    # --- documentation, wiki, how-to -------------------------------------------------------------
    (
        "en_doc_written_by",
        "https://docs.example.org/guide/install",
        doc("en", "Installing the tools", below=line("Written by Ravi Menon")),
        ["Ravi Menon"],
    ),
    (
        "en_wiki_last_edited_by",
        "https://wiki.example.org/Guide/Install",
        doc(
            "en",
            "Guide/Install",
            after=pageinfo(
                "Guide/Install (last edited 2021-04-02 10:12:40 by "
                '<a href="/wiki/OttoVance">OttoVance</a>)'
            ),
        ),
        ["OttoVance"],
    ),
    (
        "de_wiki_zuletzt_bearbeitet_von",
        "https://wiki.example.de/Anleitung",
        doc(
            "de",
            "Anleitung",
            after=pageinfo(
                'Zuletzt bearbeitet am 2. April 2021 von <a href="/wiki/Benutzer:Klaro">Klaro</a>'
            ),
        ),
        ["Klaro"],
    ),
    (
        "cs_howto_autor",
        "https://navody.example.cz/piskot",
        doc("cs", "Jak upéct piškot", line("Autor: Tereza Novotná")),
        ["Tereza Novotná"],
    ),
    (
        "pl_howto_autor_przepisu",
        "https://kuchnia.example.pl/biszkopt",
        doc("pl", "Biszkopt", line("Autorka przepisu: Zofia Lis")),
        ["Zofia Lis"],
    ),
    # --- reviews ---------------------------------------------------------------------------------
    (
        "en_review_by",
        "https://books.example.org/reviews/tide",
        doc("en", "The Tide Clock", line("Review by Nadia Foster")),
        ["Nadia Foster"],
    ),
    (
        "de_rezension_von",
        "https://buecher.example.de/rezension/gezeiten",
        doc("de", "Die Gezeitenuhr", '<p class="review-author">Eine Rezension von Paul Ebner</p>'),
        ["Paul Ebner"],
    ),
    # --- forum first post ------------------------------------------------------------------------
    (
        "tr_forum_gonderen",
        "https://forum.example.com.tr/konu/12",
        doc("tr", "Kek tarifi", line("Gönderen: Selin Aydın")),
        ["Selin Aydın"],
    ),
    # --- academic pages ---------------------------------------------------------------------------
    (
        "de_autorin_colon",
        "https://uni.example.de/lehre/skript",
        doc("de", "Skript zur Vorlesung", line("Autor:in: Dr. Lea Sommer")),
        ["Dr. Lea Sommer"],
    ),
    (
        "de_verfasst_von",
        "https://uni.example.de/lehre/hausarbeit",
        doc("de", "Hausarbeit", line("Verfasst von Jonas Bredow")),
        ["Jonas Bredow"],
    ),
    (
        "es_autora_colon",
        "https://univ.example.es/docencia/apuntes",
        doc("es", "Apuntes del curso", line("Autora: Carmen Ibarra")),
        ["Carmen Ibarra"],
    ),
    # --- must-nots -------------------------------------------------------------------------------
    (
        "en_wiki_editor_after_a_byline",
        "https://docs.example.org/guide/upgrade",
        doc(
            "en",
            "Upgrading the tools",
            below=line("Written by Ravi Menon"),
            after=pageinfo("Last modified: 2021/04/02 10:12 by <bdi>otto.vance</bdi>"),
        ),
        ["Ravi Menon"],
    ),
    (
        "pt_recipe_titles_open_with_the_label",
        "https://cozinha.example.pt/bolo",
        doc(
            "pt",
            "Receita de Bolo de Cenoura",
            below='<ul class="related"><li><a href="/pao">Receita de Pão de Queijo Mineiro</a>'
            '</li><li><a href="/tarte">Receita de Torta de Limão</a></li></ul>',
        ),
        [],
    ),
    (
        "es_recipe_title_line_opens_with_the_label",
        "https://cocina.example.es/tarta",
        doc("es", "Tarta de Santiago", line("Receta de Tarta de Santiago")),
        [],
    ),
    (
        "en_comment_author_only",
        "https://kitchen.example.com/scones",
        doc("en", "Scones", after=comments("Wendy Clarke", "Lovely recipe, thanks!")),
        [],
    ),
    (
        "de_press_release_kontakt",
        "https://presse.example.de/pm/12",
        doc(
            "de",
            "Neue Öffnungszeiten",
            below=line("Kontakt: Martin Reuter, Pressestelle, Tel. 0123 456"),
        ),
        [],
    ),
    (
        "en_press_release_contact",
        "https://press.example.com/release/12",
        doc(
            "en", "New opening hours", below=line("Contact: Laura Petty, press office, +1 555 0100")
        ),
        [],
    ),
    (
        "en_photo_credit",
        "https://kitchen.example.com/tart",
        doc("en", "Lemon tart", line("Photo: Sam Okafor")),
        [],
    ),
    (
        "en_medically_reviewed_by",
        "https://health.example.com/sleep",
        doc("en", "Sleep and diet", line("Medically reviewed by Dr. Karen Lowe")),
        [],
    ),
    (
        "fr_share_by_email",
        "https://cuisine.example.fr/tarte",
        doc(
            "fr", "Tarte au citron", line('<a href="mailto:?subject=Tarte">Partager par e-mail</a>')
        ),
        [],
    ),
]

_FIELDS = ("authors",)
# Probes the code does not yet pass.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, _FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_nonnews_author_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, _FIELDS)
