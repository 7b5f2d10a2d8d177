"""A company's legal name is not the publication readers know: "Helvetmedia AG" publishes the
Seeblatt, "Ediciones Mirador S.L." El Mirador. JSON-LD's ``publisher`` often gives the
former, ``og:site_name`` the latter.

The legal forms (AG, GmbH, S.L., A/S, Ltd, sp. z o.o., …, of some 80 countries) are cleanco's
table, a maintained library's data rather than a list typed here. cleanco is imported on the
first name tested: its table costs about 8 ms to build, which only pages with two publisher
names pay.
"""

from __future__ import annotations

import functools

from newsextract.lazy_regex import LazyPattern

# A legal name may be one part of a longer credit: "Macmillan Publishers Limited, part of
# Springer Nature", "Deutscher Feuerwehrverband e.V. (DFV)".
_PARTS = LazyPattern(r"\s*[,;(]\s*")
_WORD = LazyPattern(r"\w+")


@functools.lru_cache(maxsize=256)
def is_legal_name(name: str) -> bool:
    """True when a part of ``name`` ends with a company's legal form ("Helvetmedia AG")."""
    from cleanco import basename

    for part in _PARTS.split(name):
        words = _WORD.findall(part)
        # A legal form alone ("AG") or after one letter is no company's name.
        if len(words) < 2 or _last_word(part) not in _legal_form_endings():
            continue
        if len(_WORD.findall(basename(part))) < len(words):
            return True
    return False


def without_legal_form(name: str) -> str:
    """``name`` without the legal form it ends with ("Nordlicht Reisen GmbH": "Nordlicht
    Reisen"), as a host's label spells the company; ``name`` itself when it has none."""
    if not is_legal_name(name):
        return name
    from cleanco import basename

    return basename(name) or name


def _last_word(part: str) -> str:
    """The last word of ``part`` as cleanco compares it (normalised, no punctuation)."""
    from cleanco.clean import normalized, strip_punct, strip_tail

    found = normalized(strip_tail(part)).split()
    return strip_punct(found[-1]) if found else ""


@functools.cache
def _legal_form_endings() -> frozenset[str]:
    """The last word of every legal form: a name ending otherwise has none, and cleanco's
    test of its 321 forms one by one (0.2 ms a name) is skipped."""
    from cleanco.clean import prepare_default_terms

    return frozenset(parts[-1] for _, parts in prepare_default_terms())


# A brand written as an address or a path ("https://www.kurier-mitte.de", "ltg.ch/") is no name.
_NOT_A_NAME = LazyPattern(r"://|/$")
# A social-media handle ("@oe24News", "impulse_inside", from twitter:site) is an account.
_HANDLE = LazyPattern(r"^@|^\w*_\w*$")
# A brand with a tagline after a separator ("TACH! - Lokalnachrichten") is not the bare name.
_DECORATED = LazyPattern(r"\s[|–—-]\s|\|")
# A site name is a few words; longer, it is a description ("Frollein Herr | Information …").
MAX_BRAND_CHARS = 60


def is_brand(name: str) -> bool:
    """True when ``name`` reads as a publication's plain name: no address, no handle, no
    tagline, no legal form."""
    name = name.strip()
    return (
        0 < len(name) <= MAX_BRAND_CHARS
        and not _NOT_A_NAME.search(name)
        and not _HANDLE.search(name)
        and not _DECORATED.search(name)
        and not is_legal_name(name)
    )
