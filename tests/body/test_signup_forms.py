"""A sign-up box inside the article, found by its form, whatever its language: a small
container around a ``<form>`` that asks for an e-mail address and holds no paragraph of
prose goes whole, its heading and sentence with it ("Receba no seu e-mail as notícias de
Curitiba"). A shop's or a search form, which asks for more than an address, does not make
a box, nor does a form beside a paragraph of the text."""

from __future__ import annotations

import newsextract

_TEXT = """<p>A prefeitura de Curitiba inaugurou nesta segunda-feira a nova estação de ônibus do
bairro Boqueirão, que vai atender 40 mil passageiros por dia.</p>
<p>Segundo a secretaria de trânsito, a obra custou R$ 28 milhões e levou dois anos para
ficar pronta, com atrasos causados pelas chuvas.</p>"""


def _page(box: str) -> str:
    return f"""<!DOCTYPE html><html lang="pt-BR"><head><title>Nova estação</title></head><body>
<article><h1>Curitiba inaugura nova estação</h1><div class="article-content">{_TEXT}
{box}<p>A próxima estação, no bairro Pinheirinho, deve ser entregue no segundo semestre do
ano que vem, segundo a prefeitura.</p></div></article></body></html>"""


def test_a_signup_box_around_an_address_form_goes() -> None:
    box = """<div class="nl-inline"><h4>Boletim</h4><p>Receba no seu e-mail as notícias de
Curitiba. Cadastre-se gratuitamente.</p><form><input type="email"><button>OK</button></form>
</div>"""
    body = newsextract.extract(_page(box), url="https://example.org/estacao").body or ""
    assert "segundo semestre" in body
    assert "Receba no seu e-mail" not in body
    assert "Boletim" not in body


def test_a_search_form_beside_a_line_makes_no_box() -> None:
    box = """<div class="busca"><p>Consulte os horários das linhas de ônibus da cidade.</p>
<form><input type="search" name="q"><button>OK</button></form></div>"""
    body = newsextract.extract(_page(box), url="https://example.org/estacao").body or ""
    assert "Consulte os horários das linhas" in body
