"""The codes that mean one language, in one place.

The language files (``data/languages``, ``data/places``) are named by a language's ISO 639-1
code; dateparser files some languages under another code (its Norwegian is Bokmål, "nb"),
and pages and detectors write still others ("nb-NO", "nn", "fil-PH", "prs"). Every lookup
of a language's data by code goes through ``file_code`` or ``dateparser_code``, so that each
file is read by every code that means its language (a wave found ``no.toml``'s relative
stamps never read: dateparser asked for "nb"). ``primary_code`` (``newsextract.language``)
has already made a tag a bare code and the withdrawn ISO codes ("iw", "in", "jw") current.
"""

from __future__ import annotations

from types import MappingProxyType

# Codes of a language whose data file is under another code, each with why.
_FILE_CODES = MappingProxyType(
    {
        # Norwegian: the file is the macrolanguage's ("no", what CLD2 and most pages say);
        # Bokmål is dateparser's code and many pages' ("nb-NO"), and Nynorsk ("nn") shares
        # nearly all of the file's labels (its own spellings are listed there beside them)
        "nb": "no",
        "nn": "no",
        # Filipino, the standard form of Tagalog: dateparser's code and pages' ("fil-PH")
        "fil": "tl",
        # Dari, Persian as Afghanistan writes it ("prs", "fa-AF" both on its pages): the
        # Persian file's labels, with the Afghan months in the Pashto and Persian files
        "prs": "fa",
        # Moldavian, a withdrawn code of Romanian (ISO 639 merged it in 2008)
        "mo": "ro",
    }
)

# The code dateparser files a language under, where it is not the language file's.
# Tagalog: dateparser's Filipino data, the standard form of Tagalog, is the fuller one (it
# has the relative dates); Norwegian: dateparser has Bokmål and Nynorsk, no "no".
_DATEPARSER_CODES = MappingProxyType({"no": "nb", "tl": "fil"})

# dateparser's own codes among the aliases above: a page that says "nn" is read with
# dateparser's Nynorsk, not its Bokmål.
_DATEPARSER_OWN = frozenset({"nb", "nn", "fil"})


def file_code(code: str) -> str:
    """The code of the language file for ``code`` (a bare code, as ``primary_code`` gives
    or dateparser names a language: "nb", "fil", "de"): itself where no other means it."""
    return _FILE_CODES.get(code, code)


def dateparser_code(code: str) -> str:
    """The code dateparser files ``code``'s language under ("no": "nb", "tl": "fil", "prs":
    "fa"), itself where dateparser uses the same."""
    if code in _DATEPARSER_OWN:
        return code
    own = file_code(code)
    return _DATEPARSER_CODES.get(own, own)


def aliases() -> MappingProxyType[str, str]:
    """Every other code read as a language file's, to the file's code (for the tests)."""
    return _FILE_CODES
