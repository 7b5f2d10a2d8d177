"""Site rules: fix a site's (or a CMS family's) quirks declaratively, tested and versioned.

Rules come from four places, strongest first: passed to ``extract(..., rules=...)``, a
directory (``load_rule_dir``), installed packages (the ``newsextract.rules`` entry point
group) and the built-in rules shipped here. ``default_registry()`` holds the last two.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsextract.rules.model import BodyRule, FieldRule, GoldenCase, SiteRule
from newsextract.rules.registry import Conflict, Level, RuleRegistry

if TYPE_CHECKING:
    from newsextract.rules.load import (
        ENTRY_POINT_GROUP,
        builtin_rules,
        entry_point_rules,
        load_rule_dir,
        load_rule_file,
        rule_from_mapping,
    )

# The loader reads TOML files by path (tomllib, pathlib: a tenth of the rest of the import):
# loaded by the first page's ``default_registry()`` or the first rule file, not by the import.
_LOADING = frozenset(
    {
        "ENTRY_POINT_GROUP",
        "builtin_rules",
        "entry_point_rules",
        "load_rule_dir",
        "load_rule_file",
        "rule_from_mapping",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _LOADING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from newsextract.rules import load

    value = getattr(load, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LOADING})


@lru_cache(maxsize=1)
def default_registry() -> RuleRegistry:
    """Built-in and installed rules, loaded once per process."""
    from newsextract.rules.load import builtin_rules, entry_point_rules

    registry = RuleRegistry()
    registry.add(entry_point_rules(), Level.ENTRY_POINT)
    registry.add(builtin_rules(), Level.BUILTIN)
    return registry


__all__ = [
    "ENTRY_POINT_GROUP",
    "BodyRule",
    "Conflict",
    "FieldRule",
    "GoldenCase",
    "Level",
    "RuleRegistry",
    "SiteRule",
    "builtin_rules",
    "default_registry",
    "entry_point_rules",
    "load_rule_dir",
    "load_rule_file",
    "rule_from_mapping",
]
