"""The layouts the probe pages share, and the record each probe is."""

from __future__ import annotations

import json

import attrs


@attrs.frozen(kw_only=True)
class Probe:
    """One invented page: what the body must and must not hold."""

    name: str
    url: str
    html: str
    must: tuple[str, ...]
    must_not: tuple[str, ...] = ()


class Probes(list[Probe]):
    """The probe pages of one kind, added as they are written."""

    def add(
        self, name: str, url: str, html: str, must: tuple[str, ...], must_not: tuple[str, ...]
    ) -> None:
        self.append(Probe(name=name, url=url, html=html, must=must, must_not=must_not))


def page(lang: str, title: str, main: str, *, head: str = "", dir_: str = "ltr") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
        f"<title>{title} | Example News</title>{head}</head><body>"
        "<header class='site-header'><a class='logo' href='/'>Example News</a><nav>"
        "<a href='/a'>A</a> <a href='/b'>B</a> <a href='/c'>C</a></nav></header>"
        f"{main}<footer class='site-footer'><p>© Example News</p><a href='/privacy'>"
        "Privacy</a></footer></body></html>"
    )


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def script_shell(lang: str, title: str, script: str) -> str:
    """A client-rendered page: the markup holds the headline and a skeleton, the text is
    script data."""
    return page(
        lang,
        title,
        f"<div id='root'><main><h1>{title}</h1><div class='skeleton'></div></main></div>{script}",
    )


def as_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


ARC_TEXT = [
    "La câmara municipal de Vale Serrano aprovou na quinta-feira um plano para plantar dez "
    "mil árvores nas ruas da cidade até ao fim da década.",
    "O plano custa três milhões de euros e dá prioridade aos bairros com menos sombra, onde "
    "as temperaturas no verão chegam a ser quatro graus mais altas.",
    "Os moradores podem sugerir ruas através de um formulário no sítio da câmara até ao fim "
    "do mês.",
]
