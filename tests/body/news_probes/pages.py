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


@attrs.frozen(kw_only=True)
class Furniture:
    """The furniture around a page's text, in the page's language: a cookie banner, a share
    bar, a newsletter sign-up, readers' comments and a box of related links."""

    cookie: str
    share: str
    newsletter: str
    comments_title: str
    comments: tuple[str, ...]
    related_title: str
    related: tuple[str, ...]


def furnished(
    lang: str, title: str, content: str, furniture: Furniture, *, dir_: str = "ltr", head: str = ""
) -> str:
    """A page whose text (``content``, the h1 before it) sits in an article with a share bar
    over it, a sign-up box and readers' comments after it, related links beside it and a
    cookie banner over all."""
    share = "".join(
        f"<li><a class='share-{net}' href='#'>{net}</a></li>" for net in ("facebook", "x", "email")
    )
    comments = "".join(
        f"<li class='comment'><div class='comment-author'>user{number}</div><div "
        f"class='comment-content'><p>{text}</p></div></li>"
        for number, text in enumerate(furniture.comments, 1)
    )
    related = "".join(
        f"<li><a href='/related/{number}'>{text}</a></li>"
        for number, text in enumerate(furniture.related, 1)
    )
    return page(
        lang,
        title,
        f"<div id='cookie-notice' class='cookie-banner'><p>{furniture.cookie}</p><button>OK"
        f"</button></div><div class='layout'><main class='content'><article class='entry'><h1>"
        f"{title}</h1><div class='share-bar'><span>{furniture.share}</span><ul>{share}</ul>"
        f"</div><div class='entry-body'>{content}</div><div class='newsletter-signup'><p>"
        f"{furniture.newsletter}</p><form><input type='email'><button>→</button></form></div>"
        f"</article><section id='comments' class='comments-area'><h2>"
        f"{furniture.comments_title}</h2><ol class='comment-list'>{comments}</ol></section>"
        f"</main><aside class='sidebar'><h3>{furniture.related_title}</h3><ul>{related}</ul>"
        "</aside></div>",
        dir_=dir_,
        head=head,
    )
