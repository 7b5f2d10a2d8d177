"""Generic, multilingual knowledge about page furniture: tags, class names and lines.

Nothing here names a site: these are the words that templates in many languages use for
navigation, sharing, teasers, ads and credits, so a block or container carrying them is
boilerplate on any site.
"""

from __future__ import annotations

import functools
import re

# Subtrees never read: no article text lives in them, and skipping them saves the walk.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "map", "button", "select", "input", "textarea", "label",
        "option", "nav", "aside", "footer", "figure", "figcaption", "picture", "img", "head",
        "title", "meta", "link", "dialog", "source", "track", "menu", "fieldset", "legend",
        "#comment", "area", "param", "noembed", "noframes", "frame", "frameset", "applet",
        "progress", "meter", "output", "datalist", "slot", "portal", "time-ago",
    }
)  # fmt: skip

# Elements whose whole text is one paragraph-level block.
LEAF_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})

# Elements that start a new block when met among inline content.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "address", "hr", "center", "details", "summary",
        "body", "html", "form", "hgroup", "search", "colgroup", "col",
    }
) | SKIP_TAGS  # fmt: skip

# Inline elements: their text joins the running paragraph of the enclosing block.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "del", "ins", "strike", "big", "nobr", "#text",
    }
)  # fmt: skip

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# class/id words of boilerplate containers (matched on word-ish boundaries of the names).
_NEGATIVE_WORDS = (
    r"share|sharing|social|socials|related|relacionad[oa]s?|correlat[ie]|verwandt|"
    r"newsletter|subscribe|subscription|signup|sign-up|paywall|piano|premium-box|"
    r"comments?|commentaires?|kommentare?|disqus|respond|reply|replies|"
    r"cookie|consent|gdpr|banner|promo|promotion|teaser|teasers|recommend\w*|"
    r"outbrain|taboola|sponsor\w*|advert\w*|ads?|adslot|ad-?container|ad-?wrapper|adunit|"
    r"dfp|gpt|werbung|anzeige|publicite|pub|"
    r"sidebar|widget|breadcrumbs?|pagination|pager|tags?|tag-?list|keywords|topics|"
    r"byline|author|authors|autor|auteur|bio|caption|credit|credits|copyright|"
    r"meta|metadata|dateline|timestamp|date|"
    r"popup|modal|overlay|toolbar|tools|print|skip|hidden|visually-hidden|sr-only|"
    r"most-?read|most-?popular|trending|more-?stories|read-?more|readmore|see-?also|"
    r"also-?read|further-?reading|recirc\w*|next-?article|prev-?article|more-?from|"
    r"footer|masthead|navbar|nav|menu|header-?nav|jump-?link|toc|"
    r"video-?player|player|gallery|slideshow|carousel|embed|infobox|boilerplate|disclaimer"
)
_NEGATIVE = re.compile(rf"(?:^|[\s_-])(?:{_NEGATIVE_WORDS})(?:$|[\s_-])", re.IGNORECASE)
# Words never found inside an innocent name, so matched anywhere (camelCase, glued).
_NEGATIVE_ANYWHERE = re.compile(
    r"comment|kommentar|share|sharing|social|related|newsletter|subscri|paywall|"
    r"promo|sidebar|advert|cookie|teaser|recommend|outbrain|taboola|breadcrumb|"
    r"pagination|consent|sponsor|trending|mostread|most-read|popular|readmore|read-more|"
    r"widget|banner|byline|caption|copyright|disclaimer|footer|navigation|navbar|"
    r"twitter-tweet|instagram-media|tiktok-embed|social-embed",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|artikel|body|content|entry|main|post|story|text|texte|rich-?text|prose|"
    r"paragraph|copy|inhalt|corpo|cuerpo|contenu|materia|noticia",
    re.IGNORECASE,
)
_STRONG_POSITIVE = re.compile(
    r"article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|"
    r"(?:entry|post|news|main)[-_]?(?:body|content|text)|articlebody|rich-?text|body-?text|"
    r"artikel[-_]?(?:body|text|inhalt)|content[-_]?body|text[-_]?body|paywall-?content",
    re.IGNORECASE,
)


_STRONG_NEGATIVE = re.compile(
    r"comment|kommentar|disqus|related|recommend|outbrain|taboola|newsletter|social|"
    r"share|sharing|most-?read|mostpopular|most-?popular|trending|recirc|cookie|consent",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)  # templates repeat the same names on many elements
def class_weight(names: str) -> int:
    """-2 for names of furniture that may hold prose (comments, related stories), -1 for
    other boilerplate names, +1 for article-ish ones, +2 for body-ish, else 0.

    A name that is both (``article-related``) counts as boilerplate only when no positive
    word dominates it: ``article-share-bar`` is furniture, ``article-body`` is not.
    """
    if not names:
        return 0
    if _STRONG_POSITIVE.search(names):
        return 2
    if _STRONG_NEGATIVE.search(names):
        return -2
    if _NEGATIVE.search(names) or _NEGATIVE_ANYWHERE.search(names):
        return -1
    if _POSITIVE.search(names):
        return 1
    return 0


# Lines that are furniture whatever their container: ad labels, read-more links, credits,
# bylines, source and tag lines, share prompts. Only tested on short blocks.
_AD_LABEL = (
    r"advertisement|advertising|advertorial|anzeige|werbung|publicit[ée]|publicidad|"
    r"pubblicit[àa]|publicidade|reklama|reklame|annonce|annons|mainos|advertentie|"
    r"sponsored|gesponsert|sponsoris[ée]|patrocinado|reclame|hirdetés|реклама|广告|広告|광고"
)
_READ_MORE = (
    r"read more|read also|also read|see also|more on this|related|recommended|"
    r"lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weiterlesen|mehr dazu|"
    r"lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|sur le même sujet|"
    r"leia também|leia mais|veja também|saiba mais|lee también|leer más|lea también|"
    r"vea también|te puede interesar|leggi anche|leggi tutto|czytaj też|czytaj także|"
    r"czytaj więcej|zobacz też|zobacz także|läs också|läs mer|les også|les mer|læs også|"
    r"læs mere|lees ook|lees meer|lue myös|lue lisää|читайте также|čtěte také|"
    r"click here|tap here|follow us|folgen sie uns|suivez-nous|síguenos|seguici|"
    r"share this|share on|teilen|partager|compartir|condividi|compartilhe|udostępnij|"
    r"sign up|subscribe|abonnieren|s'abonner|abonnez-vous|suscríbete|assine|iscriviti|"
    r"download the app|get the app|listen to|hören sie|écouter"
)
_LABEL_LINE = re.compile(rf"^\W*(?:{_AD_LABEL})\W*$", re.IGNORECASE)
_READ_MORE_LINE = re.compile(rf"^\W*(?:{_READ_MORE})\b", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|od|от|från|fra|written by|text:?|texte:?|"
    r"reporting by|autor(?:in)?:?|auteur:?|author:?)\s+\S",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\W*(?:source|sources|quelle|quellen|fonte|fontes|fuente|bron|källa|kilde|lähde|"
    r"źródło|photo|photos|foto|fotos|bild|bilder|image|images|picture|credit|credits|"
    r"crédit|crédits|crédito|créditos|copyright|©|\(c\)|tags|schlagwörter|schlagworte|"
    r"stichwörter|themen|mots-clés|mots clés|thèmes|etiquetas|tópicos|temas|argomenti|"
    r"tag|keywords|topics|filed under|categories|kategorie|rubrik|mehr zu|plus sur|"
    r"updated|aktualisiert|mis à jour|actualizado|aggiornato|published|veröffentlicht|"
    r"publié|publicado|pubblicato|erstellt|stand)\s*[:|]|^\W*(?:©|\(c\)|copyright\b)",
    re.IGNORECASE,
)
_ALL_RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b|javascript|ad ?blocker|adblock", re.IGNORECASE)


def is_furniture_line(text: str) -> bool:
    """Whether a short block is an ad label, a read-more/share prompt, a byline or a credit."""
    n = len(text)
    if n > 160:
        return False
    if _LABEL_LINE.match(text):
        return True
    if n <= 100 and (_READ_MORE_LINE.match(text) or _CREDIT.match(text)):
        return True
    if n <= 80 and _BYLINE.match(text):
        return True
    if _ALL_RIGHTS.search(text):
        return True
    return n <= 160 and _COOKIE.search(text) is not None
