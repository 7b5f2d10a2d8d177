"""Issue 11, wave 58: a reference page's inherited members each carry another page's
one-sentence summary closing with a "read more" link there ("Renvoie la longueur. Lire la
suite"): summaries of elsewhere, no sentence of this page, dropped with their headings. A
paragraph of the text with a link inside it, or a long one closing with such a link, stays;
and a summary a generator hides while its details are open ("hideme") is no text."""

from __future__ import annotations

import newsextract

_OWN = (
    "Un tampon circulaire de taille fixe qui écrase son plus ancien élément une fois plein, "
    "sans jamais allouer de mémoire après sa construction."
)
_OWN_MEMBER = "Crée un tampon vide qui contient au plus la capacité donnée."


def _member(name: str, summary: str) -> str:
    return f"<h4>fn {name}(&amp;self)</h4><div class='doc'>{summary}</div>"


def _body(inherited: str) -> str:
    html = (
        "<html lang='fr'><body><main><h1>Structure Anneau</h1><details class='toggle' open>"
        "<summary class='hideme'><span>Afficher la description</span></summary><div "
        f"class='doc'><p>{_OWN}</p></div></details><h2>Méthodes</h2>"
        f"{_member('avec_capacite', _OWN_MEMBER)}<h2>Implémentations génériques</h2>"
        f"{inherited}</main></body></html>"
    )
    url = "https://docs.exemple.fr/anneau/struct.Anneau.html"
    return newsextract.extract(html, url=url).body or ""


def _elsewhere(sentence: str) -> str:
    return f"{sentence} <a href='https://doc.exemple.org/core/trait.html#m'>Lire la suite</a>"


def test_summaries_closing_with_a_link_elsewhere_go() -> None:
    body = _body(
        _member("longueur", _elsewhere("Renvoie la longueur de la valeur."))
        + _member("emprunte", _elsewhere("Emprunte la valeur de façon immuable."))
    )
    assert _OWN in body
    assert _OWN_MEMBER in body
    assert "Renvoie la longueur" not in body
    assert "Emprunte la valeur" not in body
    assert "Lire la suite" not in body


def test_the_hidden_summary_of_an_open_details_is_no_text() -> None:
    assert "Afficher la description" not in _body("")


def test_a_link_inside_a_sentence_or_a_long_paragraph_stays() -> None:
    inside = (
        "Voir <a href='https://doc.exemple.org/core/trait.html'>la page du trait</a> pour "
        "les détails de cette méthode."
    )
    long = _elsewhere(
        "Cette implémentation générique vaut pour tout type qui remplit ses conditions, et "
        "elle fournit la méthode sans aucun code de plus de la part de l'auteur du type."
    )
    body = _body(_member("autre", inside) + _member("generique", long))
    assert "les détails de cette méthode." in body
    assert "sans aucun code de plus de la part de l'auteur du type. Lire la suite" in body
