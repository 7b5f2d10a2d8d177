"""Which build runs: the hot modules compiled by mypyc, or the pure-Python sources.

A wheel built with the compile hook (``hatch_build.py``) carries an extension beside each hot
module's ``.py``, and Python loads the extension; every other install runs the sources.
"""

from __future__ import annotations

from importlib.machinery import ExtensionFileLoader

from newsextract.body import walk_records  # one of the modules the hook compiles


def runs_compiled() -> bool:
    """Whether the hot modules were loaded from compiled extensions (mypyc)."""
    return isinstance(walk_records.__spec__.loader, ExtensionFileLoader)
