"""Settings every test process shares."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_OWN_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """The batch command's regex cache (``newsextract.regex_cache``) goes to a folder of the
    run's own, not to the user's ``~/.cache``: the fork servers tests start inherit it. A run
    that sets the variable itself keeps its own."""
    if "NEWSEXTRACT_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="newsextract-test-cache-")
        _OWN_CACHE.append(folder)
        os.environ["NEWSEXTRACT_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("NEWSEXTRACT_CACHE_DIR", None)
