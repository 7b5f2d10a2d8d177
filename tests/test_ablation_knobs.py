"""``benchmarks/ablate_body.py`` switches off named constants of the body code; a knob whose
name no longer exists would stop the script half-way (as when word lists moved to language
data and became cached functions), so each is checked against the code it patches, in
every module the knob names (a constant other modules import is bound in each)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_every_knob_names_a_constant_of_its_kind() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        ablate = importlib.import_module("ablate_body")
    finally:
        sys.path.remove(str(BENCHMARKS))
    for label, modules, name, replacement in ablate.KNOBS:
        for module in modules.split():
            patched = importlib.import_module(f"newsextract.body.{module}")
            assert hasattr(patched, name), f"{label}: newsextract.body.{module}.{name} is gone"
            original = getattr(patched, name)
            assert callable(original) == callable(replacement), f"{label}: {name} changed kind"
