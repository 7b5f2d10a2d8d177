"""Issue 11, wave 58: an API reference's short section after its parameters ("Odpowiedzi",
two status codes each with a line), headed by a heading of the parameters' own tag and
class, is the text's next section, though too short to join by its prose. A box after the
text headed otherwise, or a linked one headed alike (other endpoints), stays out."""

from __future__ import annotations

import newsextract

_INTRO = (
    "Zwraca przesyłki konta, od najnowszej do najstarszej, na stronach liczących najwyżej sto "
    "pozycji."
)
_MORE = (
    "Użyj wartości pola nastepna z odpowiedzi jako kursora następnego zapytania, aż "
    "odpowiedź przyjdzie bez niej; wtedy przeczytałeś już wszystkie strony wyników."
)
_CODE = "Brakuje klucza API albo klucz jest nieważny"


def _section(name: str, heading: str, inner: str, heading_class: str = "sekcja-tytul") -> str:
    return f"<section class='{name}'><h2 class='{heading_class}'>{heading}</h2>{inner}</section>"


def _responses(heading_class: str = "sekcja-tytul") -> str:
    return _section(
        "odpowiedzi",
        "Odpowiedzi",
        "<div><span class='kod'>200</span> Lista przesyłek</div><div><span class='kod'>401"
        f"</span> {_CODE}</div>",
        heading_class,
    )


def _body(after: str) -> str:
    params = _section(
        "parametry",
        "Parametry zapytania",
        "<table><thead><tr><th>Nazwa</th><th>Typ</th><th>Opis</th></tr></thead><tbody><tr><td>"
        "limit</td><td>integer</td><td>Ile przesyłek zwrócić, od 1 do 100.</td></tr><tr><td>"
        "kursor</td><td>string</td><td>Kursor strony, którą chcesz przeczytać.</td></tr><tr>"
        "<td>stan</td><td>string</td><td>Filtruje według stanu przesyłki.</td></tr></tbody>"
        "</table>",
    )
    html = (
        "<html lang='pl'><body><nav class='menu'><a href='/'>Przewodniki</a><a href='/api'>"
        "API</a></nav><main class='artykul'><h1>Lista przesyłek</h1><div class='opis'><p>"
        f"{_INTRO}</p><p>{_MORE}</p></div>{params}{after}<div class='glosy'><p>Czy ta strona "
        "pomogła?</p><button>Tak</button><button>Nie</button></div></main></body></html>"
    )
    url = "https://deweloperzy.example.pl/api/lista-przesylek"
    return newsextract.extract(html, url=url).body or ""


def test_a_section_headed_as_the_last_one_joins() -> None:
    body = _body(_responses())
    assert _INTRO in body
    assert _CODE in body


def test_a_section_headed_otherwise_stays_out() -> None:
    assert _CODE not in _body(_responses("boks-tytul"))


def test_a_linked_section_headed_alike_stays_out() -> None:
    links = "".join(
        f"<li><a href='/api/{n}'>Endpoint numer {n} dla przesyłek</a></li>" for n in range(4)
    )
    body = _body(_section("inne", "Inne endpointy", f"<ul>{links}</ul>"))
    assert "Endpoint numer" not in body
