"""Whether a byline's part is shaped like a person's name or an institution's."""

from __future__ import annotations

import functools

from newsextract.label_lists import LabelList
from newsextract.labels import lower_case_titles, words
from newsextract.lazy_regex import LazyPattern

# A word this long closing a longer word is that compound's head ("Innenministerium",
# "Socialdepartementet"): long enough that no name's word ends with it by chance.
_COMPOUND_INSTITUTION = 9
# An institution's name may be longer than a person's ("Federal Ministry of Labour and
# Social Affairs").
_MAX_INSTITUTION_WORDS = 8
_ELISION = "'"  # an article glued to the name ("l'Agence"), as the data writes it


@functools.cache
def institution_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The words opening an institution's name, those also read as a compound's head, the
    articles written before them, of every language; and the job titles opening with one (a
    press office's unit, "University Communications": a role, no author)."""
    found = words(LabelList.INSTITUTIONS)
    opening = frozenset(found)
    return (
        opening,
        tuple(w for w in found if len(w) >= _COMPOUND_INSTITUTION),
        frozenset(words(LabelList.INSTITUTION_ARTICLES)),
        tuple(r for r in words(LabelList.ROLES) if r.split(" ")[0] in opening),
    )


def institution(text: str) -> str | None:
    """``text`` without its article when it is an institution's name credited as an author
    ("the Ministry of Health" -> "Ministry of Health"): its first word, capitalised, is one
    that opens such a name; else None. The whole of it is the name, lower-case words and
    joiners inside ("Ministerstwo Rolnictwa i Rozwoju Wsi")."""
    opening, compounds, articles, roles = institution_words()
    text = text.strip()
    first, _, rest = text.partition(" ")
    lowered = first.lower().replace("’", _ELISION)
    if lowered in articles and rest:
        text = rest
        first, _, rest = rest.partition(" ")
        lowered = first.lower()
    elif (elided := lowered.find(_ELISION)) > 0 and lowered[: elided + 1] in articles:
        text = text[elided + 1 :]
        first = first[elided + 1 :]
        lowered = lowered[elided + 1 :]
    if not first[:1].isupper() or len(text.split()) > _MAX_INSTITUTION_WORDS:
        return None
    if (lowered in opening or lowered.endswith(compounds)) and not text.lower().startswith(roles):
        return text
    return None


@functools.cache
def name_particles() -> frozenset[str]:
    """``data/names/particles.txt``: the lower-case words a person's name holds between its
    capitalised ones ("van der", "bin", "ap"), case-folded."""
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "names", "particles.txt")
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line.casefold() for line in lines if line and not line.startswith("#"))


# Letters Unicode gives capitals that names are not written with: Georgian Mkhedruli (its
# capitals, Mtavruli, are for titles set in capitals), lower case to Python.
_UNCASED_IN_USE = LazyPattern("[\u10d0-\u10ff]")


# What joins a particle to the capitalised name it precedes: "al-Farsi", "el-Sayed", "d'Ors".
_PARTICLE_JOINERS = "-'’"


def _particle(part: str) -> bool:
    """Whether ``part``, in lower case, is a name's particle, alone ("bin") or joined to the
    capitalised rest of the name ("al-Farsi")."""
    particles = name_particles()
    if part.casefold() in particles:
        return True
    for joiner in _PARTICLE_JOINERS:
        head, found, rest = part.partition(joiner)
        if found and rest[:1].isupper() and (head.casefold() in particles or head == "d"):
            return True
    return False


# A name's words, and the particles besides them: two surnames each with its particle
# ("Juan Carlos Pérez de la Torre y del Valle" holds four particles).
_MAX_NAME_WORDS = 5
_MAX_PARTICLES = 4


def looks_like_name(name: str) -> bool:
    """For names guessed from visible text: 1-5 words, each capitalised unless a particle
    or a title written in lower case, first or after other titles ("dr. Pieter van der
    Wiel", "Conf. univ. dr. Elena Marin"); the particles are
    not counted, up to ``_MAX_PARTICLES`` ("María José García de los Santos", six words).

    Scripts without letter case (CJK, Arabic...) pass: the check cannot say anything there.
    """
    parts = name.split()
    if not 1 <= len(parts) <= _MAX_NAME_WORDS:
        counted = len(parts) - sum(1 for part in parts if part.islower() and _particle(part))
        sentence = any(len(part) > 2 and part.endswith(".") for part in parts[:-1])
        if sentence or not (
            1 <= counted <= _MAX_NAME_WORDS and len(parts) - counted <= _MAX_PARTICLES
        ):
            return bool(parts) and institution(name) is not None
    for index, part in enumerate(parts):
        first = part[0]
        if _UNCASED_IN_USE.match(first):
            continue
        if first.isalpha() and first.islower() and not _particle(part):
            if part in lower_case_titles() and all(p.endswith(".") for p in parts[:index]):
                # "dr. Pieter van der Wiel"; after other titles too, a rank's run of them
                # before the name ("Conf. univ. dr. Elena Marin", "Prof. dr. Jan de Vries")
                continue
            return institution(name) is not None  # "Ministry of Health"
        if not first.isalpha() and first not in "'’":
            return institution(name) is not None
    return True
