"""The language of a page that does not declare one, read from its text.

Two cheap signals, both from what the library already has: the script (kana means Japanese,
Hangul Korean, Han alone Chinese...) and, for alphabets shared by many languages,
charset-normalizer's letter-frequency coherence, which names the language it measured.
It runs only when no source names the language, on the first few thousand characters.
"""

from __future__ import annotations

import re

_SAMPLE_CHARS = 3000
_MIN_CHARS = 200  # letters: below this, letter frequencies say little

# Country codes that pages put where a language code belongs ("jp" for Japanese).
COUNTRY_AS_LANGUAGE = {
    "jp": "ja",
    "cn": "zh",
    "kr": "ko",
    "gr": "el",
    "dk": "da",
    "cz": "cs",
    "ua": "uk",
    "vn": "vi",
    "il": "he",
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "rs": "sr",
    "br": "pt",
}

# Scripts that (nearly) name one language; checked in this order.
_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),  # hiragana, katakana
    (re.compile(r"[\uac00-\ud7af]"), "ko"),  # hangul
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),  # han without kana
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0900-\u097f]"), "hi"),
    (re.compile(r"[\u0b80-\u0bff]"), "ta"),
)
_NAMES = {
    "Arabic": "ar",
    "Bulgarian": "bg",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Estonian": "et",
    "Farsi": "fa",
    "Finnish": "fi",
    "French": "fr",
    "German": "de",
    "Hungarian": "hu",
    "Indonesian": "id",
    "Italian": "it",
    "Kazakh": "kk",
    "Lithuanian": "lt",
    "Norwegian": "no",
    "Polish": "pl",
    "Portuguese": "pt",
    "Romanian": "ro",
    "Russian": "ru",
    "Serbian": "sr",
    "Slovak": "sk",
    "Slovene": "sl",
    "Spanish": "es",
    "Swedish": "sv",
    "Turkish": "tr",
    "Ukrainian": "uk",
    "Vietnamese": "vi",
}
_SCRIPT_SHARE = 0.1  # of the letters, for a script to name the language


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < _MIN_CHARS:
        return None
    for pattern, code in _SCRIPTS:
        if len(pattern.findall(sample)) >= _SCRIPT_SHARE * letters:
            return code
    import charset_normalizer  # on first use: a page's own lang attribute usually says

    best = charset_normalizer.from_bytes(sample.encode("utf-8")).best()
    return _NAMES.get(best.language) if best is not None else None
