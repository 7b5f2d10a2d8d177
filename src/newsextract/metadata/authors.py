"""Author names: from bylines and structured data to clean, de-duplicated names.

"By Jane Doe and John Roe, Staff Writers | Updated 3 May" must become two names. The
prefixes, joiners and roles below cover the languages the library is used with; a value that
is a URL, an e-mail, a date or the publisher's own name is not an author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsextract.text import clean_text, compare_key

BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|text|texto|testo|tekst|ein|an|un|une|"
    r"artikel|beitrag|article|story|photos?|video|interview|kommentar|analyse|analysis)\s+)?"
    r"(?:by|par|von|vom|por|di(?=\s+\S+\s+\S)|door|av|af|przez|od|από|tarafından|oleh|bởi|"
    r"autor(?:a|in|en)?(?:/autor(?:in)?)?|author|auteur|autore|auteurs|authors|redakteur|redaktion|text|texte|"
    r"escrito por|publicado por|scritto da|geschrieben von|mit|with|reporting by|"
    r"words|from)\s*[:\-–—]?\s+",
    re.I,
)
_JOINERS = re.compile(
    r"\s*(?:,|;|\||&|\+|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\boch\b|\bog\b|\bi\b|"
    r"\bja\b|\bsowie\b|\bcon\b|\bwith\b|\bmit\b|、|・|•)\s*",
    re.I,
)
_ROLES = re.compile(
    r"(?:^|(?<=\s))(?:staff|senior|chief|deputy|managing|contributing|special|political|foreign|"
    r"business|sports?|science|technology|tech|health|news|editor(?:s|ial)?|reporter|"
    r"writer|correspondent|columnist|journalist|contributor|photographer|photos?|"
    r"\w*redakteur(?:in)?|\w*korrespondent(?:in)?|\w*reporter(?:in)?|autor(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|envoyée?s? spéciale?s?|"
    r"corresponsal|periodista|redactor(?:a)?|giornalista|inviat[oa]|verslaggever|redacteur|"
    r"기자|특파원|記者|特派員|记者|通讯员)(?=[\s,.;:]|$).*$"
    r"|(?<=\s)(?:in|at|for|en|à|für|bei|para|per|voor)(?=\s).*$",
    re.I,
)
_NOT_NAME = re.compile(
    r"https?://|www\.|@|\d{3,}|\b\d{1,2}[:.]\d{2}\b|[{}=<>\[\]:\\]|\.(?:svg|png|jpe?g|js)\b|"
    r"\b(?:getty|shutterstock|imago|istock|picture alliance)\b|"
    r"\b(?:posted on|updated|published|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|"
    r"publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b",
    re.I,
)
_DATE_TAIL = re.compile(
    r"\s*\b(?:stand|updated|aktualisiert|published|veröffentlicht|mis à jour|publié)\b.*$|"
    r"[,|•·\-–—]?\s*(?:le|am|on|el|il|op|den|the)?\s*\d{1,2}[./\s].*$|"
    r",\s*(?:le|am|on|el|il|op)\s*$",
    re.I,
)
_DEGREES = re.compile(
    r"^(?:ph\.?d|m\.?d|m\.?s|r\.?d|r\.?n|mba|msc|bsc|ma|ba|dr|prof|jr|sr|esq|mph|dds|cpa)\.?$", re.I
)
_SEE_ALL = re.compile(
    r"\s+(?:alle artikel|all articles|all stories|more from|mehr von|tous les articles|"
    r"follow|folgen|suivre|seguir|contact|kontakt|e-?mail|twitter|profil[e]?)\b.*$",
    re.I,
)
_ALL_POSTS = re.compile(
    r"^(?:view all posts by|all posts by|posts by|more posts by|zeige alle beiträge von|"
    r"alle beiträge von|beiträge von|voir tous les articles de|tous les articles de|"
    r"ver todas las entradas de|entradas de|artículos de|alle berichten van|tutti gli articoli di)"
    r"\s+(.+?)(?:\s+anzeigen)?$",
    re.I,
)
_CALENDAR_TAIL = re.compile(
    r"\s+(?:(?:am|on|le|el|il|op|den)\s+)?(?:"
    r"mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"mo|di|mi|do|fr|sa|so)\b\.?(?:\s.*)?$",
    re.I,
)
_NOT_A_NAME_WORDS = frozenset(
    {
        "by",
        "von",
        "par",
        "por",
        "di",
        "door",
        "av",
        "af",
        "przez",
        "autor",
        "autorin",
        "auteur",
        "text",
        "texte",
        "texto",
        "testo",
        "tekst",
        "no author",
        "author",
        "unknown",
        "admin",
        "redaktion",
        "editor",
        "staff",
        "anonymous",
    }
)
_HARD_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_HANDLE = re.compile(r"\s*\([^)]{0,12}\)?\s*$")
_URL = re.compile(r"^\s*(?:https?://|www\.)", re.I)
_TRAILING = re.compile(r"^[\s,.;:|\-–—•·()]+|[\s,.;:|\-–—•·()]+$")
_MAX_NAME_WORDS = 6

# News agencies, credited as authors or sources; generic knowledge, not tied to any page.
AGENCY_NAMES = frozenset(
    {
        "AFP",
        "AP",
        "Reuters",
        "dpa",
        "DPA",
        "EFE",
        "ANSA",
        "APA",
        "SDA",
        "ATS",
        "KNA",
        "epd",
        "Belga",
        "ANP",
        "TT",
        "NTB",
        "Ritzau",
        "PAP",
        "ČTK",
        "MTI",
        "Europa Press",
        "Lusa",
        "Agência Brasil",
        "Xinhua",
        "Kyodo",
        "Yonhap",
        "PTI",
        "IANS",
        "AAP",
        "Bloomberg",
        "UPI",
        "KAP",
        "sid",
        "SID",
        "Keystone-SDA",
        "Agerpres",
        "Anadolu",
        "TASS",
        "Interfax",
        "RIA Novosti",
        "Ukrinform",
        "CNA",
        "Bernama",
        "Antara",
        "dts",
        "AFX",
        "Colpisa",
        "Servimedia",
        "Adnkronos",
        "LaPresse",
        "JIJI",
        "Jiji Press",
        "AA",
        "IRNA",
        "WAFA",
    }
)


def split_byline(byline: str) -> list[str]:
    """The person names in one byline or author value, in order."""
    text = clean_text(byline)
    if _URL.match(text):
        return []
    text = _HARD_SEPARATOR.split(text, maxsplit=1)[0]
    text = BYLINE_PREFIX.sub("", text, count=1)
    text = _DATE_TAIL.sub("", text)
    names = []
    for part in _JOINERS.split(text):
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def clean_name(value: str) -> str | None:
    """One person's name, or None if the value is not a plausible name."""
    name = clean_text(value)
    posts = _ALL_POSTS.match(name)
    if posts:
        name = posts.group(1)
    name = BYLINE_PREFIX.sub("", name, count=1)
    name = _ROLES.sub("", name) if " " in name else name
    if not name:
        return None
    name = _HANDLE.sub("", name)
    name = _SEE_ALL.sub("", name)
    if " " in name:
        name = _CALENDAR_TAIL.sub("", name)
    name = _TRAILING.sub("", name)
    if not name or _NOT_NAME.search(name) or _DEGREES.match(name):
        return None
    if name.casefold() in _NOT_A_NAME_WORDS or _CALENDAR_TAIL.fullmatch(" " + name):
        return None
    parts = name.split()
    if len(parts) > _MAX_NAME_WORDS or len(name) < 2 or not any(c.isalpha() for c in name):
        return None
    if len(parts) == 1 and name.islower() and name not in AGENCY_NAMES:
        return None  # "red", "amw": newsroom initials and handles, not names
    if name.isupper() and len(name) > 5 and len(parts) > 1:
        name = name.title()
    return name


def unique_names(names: Iterable[str], *, exclude: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Names in order without duplicates (loosely compared) and without excluded values."""
    excluded = {compare_key(e) for e in exclude if e}
    seen: set[str] = set()
    out = []
    for name in names:
        key = compare_key(name)
        if not key or key in seen or key in excluded:
            continue
        seen.add(key)
        out.append(name)
    return tuple(out)


_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "zu",
        "du",
        "la",
        "le",
        "los",
        "las",
        "dos",
        "das",
        "do",
        "y",
        "e",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "op",
        "af",
        "och",
        "mc",
    }
)


def looks_like_name(name: str) -> bool:
    """For names guessed from visible text: 1-5 words, each capitalised unless a particle.

    Scripts without letter case (CJK, Arabic...) pass: the check cannot say anything there.
    """
    parts = name.split()
    if not 1 <= len(parts) <= 5:
        return False
    for part in parts:
        first = part[0]
        if first.isalpha() and first.islower() and part.casefold() not in _PARTICLES:
            return False
        if not first.isalpha() and first not in "'’":
            return False
    return True
