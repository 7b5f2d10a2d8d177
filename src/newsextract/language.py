"""The language of a page's text, read from the text itself.

It answers two questions once the body is known: which language a page that declares none
is written in, and whether a declared language is plainly wrong (a CMS's default ``en`` left
on a page written in Zulu). Both are CLD2's answer (``pycld2``: a compact naive-Bayes
detector of over 80 languages, in microseconds, with the share of the text each language
takes), read from the first few thousand characters of the body.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from newsextract.language_codes import dateparser_code, file_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.origin import Origin

if TYPE_CHECKING:
    from newsextract.metadata.resolution import FieldResolution


class LanguageCodes(NamedTuple):
    """What ``data/language_codes.toml`` holds (see its comments)."""

    two_letter: frozenset[str]  # every ISO 639-1 code, the withdrawn ones too
    no_language: frozenset[str]  # "und", "zxx": codes that name no language
    also_countries: frozenset[str]  # "br": a language's code pages also write for a country
    country_as_language: MappingProxyType[str, str]  # "jp": "ja", "iw": "he"
    three_letter_as_language: MappingProxyType[str, str]  # "fil": "tl"
    close: MappingProxyType[str, frozenset[str]]  # "bs": {"sh", "hr", "bs", "sr", "cnr"}


@functools.cache
def _codes() -> LanguageCodes:
    """The code tables of ``data/language_codes.toml``, read on first use."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "language_codes.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return LanguageCodes(
        two_letter=frozenset(data["iso639_1"]),
        no_language=frozenset(data["no_language"]),
        also_countries=frozenset(data["also_written_for_countries"]),
        country_as_language=MappingProxyType(data["country_as_language"]),
        three_letter_as_language=MappingProxyType(data["three_letter_as_language"]),
        close=MappingProxyType(
            {code: frozenset(group) for group in data["close_languages"] for code in group}
        ),
    )


# Of the body: a language shows in its first paragraphs, and CLD2's time grows with the text
# (about 0.15 ms for this many characters).
SAMPLE_CHARS = 1500
# Text CLD2 reads (UTF-8 bytes of letters: one a Latin letter, three a Chinese character),
# below which a text says little of its language.
MIN_TEXT_BYTES = 200
# A declared language is overruled from this much text on: in a shorter text one quotation
# or one comment in another language can make most of it (but see WHOLE_TEXT_SHARE).
MIN_TEXT_BYTES_TO_OVERRULE = 1000
# ... and only when one other language makes at least this share of the text (percent): a
# page mixing languages keeps the language it declares.
MIN_SHARE_TO_OVERRULE = 90
# A shorter text overrules it too when it is wholly in the other language (CLD2's 99%, the
# most it gives): a quotation is set inside the declared language's text, not the whole of
# it (the dev pages it moved: an Albanian page and an English one left at "en" and "fr").
WHOLE_TEXT_SHARE = 99

# The provenance of a language read from the text: where the page declares none, and where
# the text plainly contradicts the declared language (ranked above the declarations).
DETECTED = "letters"
OVERRULING = "not-as-declared"
# ... and where the page's own declarations disagree ("en-US" in ``<html lang>``, "pl_PL" in
# ``og:locale``) and the text is in one of them: one of the two is a template's default, and
# the text only picks between the page's own claims, so it needs no more than CLD2's least.
AMONG_DECLARED = "among-declared"
# The page's own declarations of its language (not a site rule's or the caller's).
_DECLARING = frozenset({Origin.JSONLD, Origin.HTML, Origin.OPENGRAPH, Origin.META})
# The share of the text (percent) its language must make to pick between declarations: most.
MIN_SHARE_AMONG_DECLARED = 50
# Control characters and lone surrogates, which CLD2's UTF-8 reader refuses.
_UNREADABLE = LazyPattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


# CLD2 names Kurdish "ku" in either script: Kurmanji is written in Latin letters (Turkey,
# Syria), Central Kurdish, Sorani, in the Arabic script (Iraq, Iran), which has a file of its
# own ("ckb": its labels, its months' ezafe forms).
ARABIC_SCRIPT_KURDISH = "ckb"
_ARABIC_BLOCK = LazyPattern(r"[\u0600-\u06ff]")


def primary_code(value: str) -> str | None:
    """The language a language tag or locale names, as its ISO 639-1 code ("fr" of "fr_FR"),
    or its ISO 639-3 code where it has no two-letter one ("ceb", "haw"). A three-letter code
    of a language with a two-letter one ("deu", "fil-PH") becomes that ("de", "tl") by CLDR's
    aliases (babel's data); a country code used as a language ("jp") the language it means."""
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    if not primary.isascii() or not primary.isalpha():
        return None
    codes = _codes()
    if len(primary) == 3:
        primary = (
            codes.three_letter_as_language.get(primary) or _two_letter_alias(primary) or primary
        )
        return None if primary in codes.no_language else primary
    if len(primary) != 2:
        return None
    primary = codes.country_as_language.get(primary, primary)
    # a region written for a language ("AT", "us") names none: the next source tells
    return primary if primary in codes.two_letter else None


def _two_letter_alias(code: str) -> str | None:
    """The code CLDR gives a three-letter ISO 639-2/3 code ("ger", "deu": "de"; "tgl":
    "tl"), when it is another one; None for a language CLDR knows by no other code."""
    from babel.core import get_global  # on first use: only three-letter codes need it

    alias = get_global("language_aliases").get(code)
    if not alias:
        return None
    alias = str(alias).split("_")[0]
    return _codes().three_letter_as_language.get(alias, alias)


def detect_language(text: str) -> str | None:
    """The language code of ``text`` (ISO 639-1, or ISO 639-3 where there is none), or None
    when it is too short or unclear."""
    found = _languages(text)
    return found[0][0] if found else None


def body_language(text: str, declared: FieldResolution) -> list[Candidate]:
    """The body's language as a candidate: when the page declares none, when the page's own
    declaration (not the caller's or a rule's) is contradicted by nearly all the text, or when
    the page's declarations disagree and most of the text is in another of them."""
    chosen = declared.chosen
    if chosen is None:
        code = detect_language(text)
        return [_candidate(code, DETECTED)] if code else []
    if chosen.origin in (Origin.RULE, Origin.OPTION):
        return []
    found = _languages(text)
    if not found:
        return []
    code, share, text_bytes = found[0]
    declared_code = str(declared.value)
    if file_code(code) == file_code(declared_code) or code in _codes().close.get(declared_code, ()):
        return []  # the declared language's other code ("no" of "nb"), or a close form of it
    if (
        code != declared_code
        and share >= MIN_SHARE_TO_OVERRULE
        and (
            text_bytes >= MIN_TEXT_BYTES_TO_OVERRULE
            or share >= WHOLE_TEXT_SHARE
            or _other_scripts(declared_code, code)
            or primary_code(declared_code) in _codes().also_countries
        )
    ):
        return [_candidate(code, OVERRULING)]
    if code != declared_code and share > MIN_SHARE_AMONG_DECLARED and code in _declared(declared):
        return [_candidate(code, AMONG_DECLARED)]
    return []


def _declared(declared: FieldResolution) -> set[str]:
    """The languages the page's own declarations name, the chosen one and the others."""
    candidates = [declared.chosen, *(r.candidate for r in declared.rejected)]
    return {
        code
        for c in candidates
        if c is not None and c.origin in _DECLARING and (code := primary_code(str(c.value)))
    }


def _other_scripts(declared: str, found: str) -> bool:
    """Whether two languages are written in different scripts (English declared, the text
    Bulgarian): then a short text tells too, a quotation of another script being no page's
    most. Each language's script is that of its month names in dateparser's data, known only
    for a language written in one script there (not Serbian, Latin and Cyrillic)."""
    first, second = _script(declared), _script(found)
    return first is not None and second is not None and first != second


@functools.cache
def _script(code: str) -> str | None:
    """The script a language is written in ("LATIN", "CYRILLIC"), from dateparser's month
    names of the language and of its variants ("sr-Latn"); None when they differ or are
    not there."""
    from newsextract.dating.words import dateparser_data

    code = dateparser_code(code)
    scripts = {
        script
        for name, info in dateparser_data().items()
        if (name == code or name.startswith(f"{code}-")) and (script := _script_of(info))
    }
    return scripts.pop() if len(scripts) == 1 else None


def _script_of(info: Mapping[str, Any]) -> str | None:
    """The script of the first letter of a language's longest name for January ("1월":
    HANGUL)."""
    names = [str(n) for n in info.get("january", ())]
    letter = next((c for c in max(names, key=len, default="") if c.isalpha()), None)
    return unicodedata.name(letter, "").split(" ", 1)[0] or None if letter else None


def _candidate(code: str, detail: str) -> Candidate:
    return Candidate(field=ArticleField.LANGUAGE, value=code, origin=Origin.TEXT, detail=detail)


def _languages(text: str) -> list[tuple[str, int, int]]:
    """CLD2's reliable answer for ``text``: (code, percent of the text, bytes of text read)
    per language found, the largest share first; empty when the text is short or unclear."""
    sample = _UNREADABLE.sub("", text[:SAMPLE_CHARS])
    if len(sample) < MIN_TEXT_BYTES // 3:  # too short whatever its script: CLD2 not asked
        return []
    import pycld2  # on first use: pycld2 is imported by no other module

    try:
        reliable, text_bytes, details = pycld2.detect(sample)
    except pycld2.error:  # text CLD2's UTF-8 reader refuses
        return []
    if not reliable or text_bytes < MIN_TEXT_BYTES:
        return []
    found = []
    for _, code, percent, _ in details:
        primary = primary_code(str(code))
        if primary == "ku" and _in_arabic_script(sample):
            primary = ARABIC_SCRIPT_KURDISH
        if primary is not None and percent > 0:
            found.append((primary, int(percent), text_bytes))
    return found


def _in_arabic_script(text: str) -> bool:
    """Whether most of ``text``'s letters are of the Arabic script's block."""
    letters = sum(c.isalpha() for c in text)
    return 2 * len(_ARABIC_BLOCK.findall(text)) > letters
