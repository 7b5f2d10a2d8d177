"""The language of a page that does not declare one, read from its text.

py3langid (a maintained, pure-Python port of langid.py, fast once its model is loaded) runs
only when no source names the language, on the first few thousand characters of the body.
"""

from __future__ import annotations

_SAMPLE_CHARS = 3000
_MIN_CHARS = 40

# Country codes that pages put where a language code belongs ("jp" for Japanese).
COUNTRY_AS_LANGUAGE = {
    "jp": "ja", "cn": "zh", "kr": "ko", "gr": "el", "dk": "da", "cz": "cs", "ua": "uk",
    "vn": "vi", "il": "he", "iw": "he", "in": "id", "ji": "yi", "rs": "sr", "br": "pt",
}


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return None
    import py3langid  # deferred: its model loads on first use (~0.4 s)

    code, _ = py3langid.classify(sample)
    return str(code) if code else None
