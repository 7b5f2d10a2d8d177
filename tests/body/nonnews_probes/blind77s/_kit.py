"""The blind77s probe's kit: blind66's frames (``Site``, ``frame``) with this set's own
``PROBES`` and ``add``, blind76s's sites and six more in languages no earlier kit held
(Kazakh, Hausa, Luxembourgish, Haitian Creole, Esperanto, Tajik), and the furniture the
kinds of page beside news carry inside their own column: a tag cloud, an author box, a
"related posts" strip, a "share this" row of words, a reply form."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe, comment_prompt, newsletter, paras, share, site_from
from ..blind73s._kit import rows
from ..blind74s._kit import bullets
from ..blind76s._kit import SITES as _SITES76
from ..pages import Probes

PROBES = Probes()
__all__ = [
    "PROBES",
    "SITES",
    "add",
    "author_box",
    "bullets",
    "comment_prompt",
    "newsletter",
    "paras",
    "related_posts",
    "rows",
    "share",
    "share_words",
    "tag_cloud",
]

add = functools.partial(add_probe, PROBES, "b77s")


def _site(lang: str, name: str, host: str, *lines: str, dir_: str = "ltr") -> Site:
    """A site from its menu (four entries) and its furniture's lines (``site_from``)."""
    return site_from(lang, name, host, lines[:4], lines[4:], dir_=dir_)


def tag_cloud(label: str, *tags: str) -> str:
    """A blog's tag cloud: a label and linked tags in sizes."""
    links = "".join(
        f"<a class='tag-cloud-link tag-link-{n}' style='font-size:{10 + n}pt' href='/t/{n}'>"
        f"{tag}</a> "
        for n, tag in enumerate(tags)
    )
    return f"<div class='tagcloud'><h4>{label}</h4>{links}</div>"


def author_box(name: str, bio: str) -> str:
    """An author box under a post: a photo, the name and a short bio."""
    return (
        "<div class='author-box'><img src='/a.jpg' alt=''><div class='author-info'>"
        f"<h4 class='author-name'>{name}</h4><p class='author-bio'>{bio}</p></div></div>"
    )


def related_posts(title: str, *items: str) -> str:
    """A "related posts" strip set inside the post's column."""
    cards = "".join(
        f"<div class='related-post'><a href='/p/{n}'><img src='/p{n}.jpg' alt=''>"
        f"<h5>{item}</h5></a></div>"
        for n, item in enumerate(items)
    )
    return f"<div class='jp-relatedposts'><h3>{title}</h3>{cards}</div>"


def share_words(label: str, *nets: str) -> str:
    """A "share this" row whose label and links are words of the page's language."""
    links = "".join(
        f"<li><a href='#' class='share-{n}'>{net}</a></li>" for n, net in enumerate(nets)
    )
    return (
        f"<div class='sharedaddy sd-sharing'><h3 class='sd-title'>{label}</h3><ul>{links}</ul>"
        "</div>"
    )


SITES: dict[str, Site] = {
    **_SITES76,
    "kk": _site(
        "kk",
        "Ауыл кітапханасы",
        "kitaphana.example.kz",
        "Басты бет",
        "Каталог",
        "Іс-шаралар",
        "Байланыс",
        "Бұл сайт cookie файлдарын пайдаланады.",
        "Бөлісу",
        "Жаңалықтарымызға жазылыңыз.",
        "Пікір қалдырыңыз",
        "Ұқсас кітаптар",
        "Абай жолы, 1-том",
        "Қазақ ертегілері",
        "Ауыл кітапханасы, барлық құқықтар қорғалған.",
    ),
    "ha": _site(
        "ha",
        "Girkin Gida",
        "girkingida.example.ng",
        "Gida",
        "Girke-girke",
        "Bidiyo",
        "Tuntuɓe mu",
        "Wannan shafin yana amfani da cookies.",
        "Raba",
        "Yi rajista don samun sabbin girke-girke.",
        "Bar sharhi",
        "Girke-girke masu alaƙa",
        "Miyan kuka",
        "Tuwon shinkafa",
        "Girkin Gida, duk haƙƙoƙi an kiyaye.",
    ),
    "lb": _site(
        "lb",
        "Veräin Sportfrënn Iechternach",
        "sportfrenn.example.lu",
        "Doheem",
        "Equippen",
        "Kalenner",
        "Kontakt",
        "Dës Websäit benotzt Cookien.",
        "Deelen",
        "Abonnéiert eisen Newsletter.",
        "Schreift e Commentaire",
        "Weider Artikelen",
        "Generalversammlung 2026",
        "Neie Trainer fir d'Jugend",
        "Veräin Sportfrënn Iechternach, all Rechter reservéiert.",
    ),
    "ht": _site(
        "ht",
        "Kwizin Lakay",
        "kwizinlakay.example.ht",
        "Akèy",
        "Resèt",
        "Videyo",
        "Kontak",
        "Sit sa a itilize bonbon (cookies).",
        "Pataje",
        "Enskri pou resevwa nouvo resèt yo.",
        "Kite yon kòmantè",
        "Lòt resèt ou ka renmen",
        "Diri ak djondjon",
        "Soup joumou",
        "Kwizin Lakay, tout dwa rezève.",
    ),
    "eo": _site(
        "eo",
        "Esperanta Retlisto-Arkivo",
        "arkivo.example.org",
        "Hejmo",
        "Listoj",
        "Serĉi",
        "Kontakto",
        "Ĉi tiu retejo uzas kuketojn.",
        "Kunhavigi",
        "Abonu nian informilon.",
        "Lasu komenton",
        "Similaj fadenoj",
        "Pri la akuzativo post prepozicioj",
        "Kongresa aliĝilo 2027",
        "Esperanta Retlisto-Arkivo, ĉiuj rajtoj rezervitaj.",
    ),
    "tg": _site(
        "tg",
        "Осорхонаи таърихӣ",
        "osorkhona.example.tj",
        "Саҳифаи асосӣ",
        "Коллексия",
        "Намоишгоҳҳо",
        "Тамос",
        "Ин сомона кукиҳоро истифода мебарад.",
        "Мубодила",
        "Ба хабарномаи мо обуна шавед.",
        "Назар гузоред",
        "Ашёҳои монанд",
        "Косаи мисин",
        "Тангаи нуқрагин",
        "Осорхонаи таърихӣ, ҳамаи ҳуқуқҳо ҳифз шудаанд.",
    ),
}
