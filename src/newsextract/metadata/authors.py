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
    r"^\s*(?:(?:written|posted|published|reported|text|texto|testo|tekst)\s+)?"
    r"(?:by|par|von|vom|por|di(?=\s+\S+\s+\S)|door|av|af|przez|od|από|tarafından|oleh|bởi|"
    r"autor(?:a|in)?|author|auteur|autore|auteurs|authors|redakteur|redaktion|text|texte|"
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
    r"\b(?:staff|senior|chief|deputy|managing|contributing|special|political|foreign|"
    r"business|sports?|science|technology|tech|health|news|editor(?:s|ial)?|reporter|"
    r"writer|correspondent|columnist|journalist|contributor|photographer|photos?|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|envoyée?s? spéciale?s?|"
    r"corresponsal|periodista|redactor(?:a)?|giornalista|inviat[oa]|verslaggever|redacteur|"
    r"in|at|for|en|à|für|bei|para|per|voor)\b.*$",
    re.I,
)
_NOT_NAME = re.compile(
    r"https?://|www\.|@|\d{3,}|\b\d{1,2}[:.]\d{2}\b|"
    r"\b(?:updated|published|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|"
    r"publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b",
    re.I,
)
_DATE_TAIL = re.compile(
    r"[,|•·\-–—]?\s*(?:le|am|on|el|il|op|den|the)?\s*\d{1,2}[./\s].*$|"
    r",\s*(?:le|am|on|el|il|op)\s*$",
    re.I,
)
_TRAILING = re.compile(r"^[\s,.;:|\-–—•·()]+|[\s,.;:|\-–—•·()]+$")
_MAX_NAME_WORDS = 6


def split_byline(byline: str) -> list[str]:
    """The person names in one byline or author value, in order."""
    text = clean_text(byline)
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
    name = BYLINE_PREFIX.sub("", name, count=1)
    name = _ROLES.sub("", name) if " " in name else name
    name = _TRAILING.sub("", name)
    if not name or _NOT_NAME.search(name):
        return None
    parts = name.split()
    if len(parts) > _MAX_NAME_WORDS or len(name) < 2 or not any(c.isalpha() for c in name):
        return None
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
