"""TOML values written by hand, correctly escaped, for the rule files ``rules new`` writes.

The standard library reads TOML (``tomllib``) but does not write it, and a rule file is a
commented template no TOML writer would lay out; so the few values that come from the user
(a URL, a host, a rule name) go through ``basic_string``, which follows the TOML 1.0 rules for
basic strings: ``"`` and ``\\`` escaped, and every control character (U+0000 to U+001F,
U+007F) written as an escape. Text for comments goes through ``comment_text``.
"""

from __future__ import annotations

from collections.abc import Iterable

# The escapes TOML gives a short form; other control characters become \\uXXXX.
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def basic_string(value: str) -> str:
    """``value`` as a TOML basic string, quotes included.

    ``ValueError`` for a lone surrogate (from undecodable command-line bytes): TOML, and the
    UTF-8 file it lives in, cannot hold one.
    """
    return '"' + "".join(_escaped(char) for char in value) + '"'


def string_array(values: Iterable[str]) -> str:
    """``values`` as a one-line TOML array of basic strings."""
    return "[" + ", ".join(basic_string(value) for value in values) + "]"


def comment_text(value: str) -> str:
    """``value`` safe after a ``#``: TOML comments may hold no control character but tab, and
    a line break would end the comment, so each one is shown as a space (a lone surrogate as
    U+FFFD)."""
    return "".join(_commented(char) for char in value)


def _escaped(char: str) -> str:
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if _is_control(char):
        return f"\\u{ord(char):04X}"
    if _is_surrogate(char):
        raise ValueError(f"cannot write the lone surrogate \\u{ord(char):04X} in TOML")
    return char


def _commented(char: str) -> str:
    if _is_control(char):
        return " "
    return "\ufffd" if _is_surrogate(char) else char


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def _is_control(char: str) -> bool:
    return char < " " or char == "\x7f"
