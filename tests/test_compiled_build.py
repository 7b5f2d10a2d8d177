"""The compiled build (mypyc, ``hatch_build.py``) against the pure-Python sources.

The comparison runs where the package is installed compiled (CI's compiled step,
``scripts/test_compiled.sh``): the same package's ``.py`` files, copied without their
extensions, extract every fixture and sample page in a subprocess, and each page's
``to_json()`` must be byte-identical to the compiled build's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsextract

ROOT = Path(__file__).parent.parent
PAGES = sorted([*(ROOT / "tests" / "fixtures").glob("*.html"), *(ROOT / "samples").glob("*.html")])
PACKAGE = Path(newsextract.__file__).parent
EXTENSIONS = ("*.so", "*.pyd")

# Extracts each page named on stdin (with the fixture's url when its expected file gives one)
# and prints one JSON string a page: the same code in either build.
_EXTRACT = """
import json, sys
from pathlib import Path
import newsextract
for name in sys.stdin.read().split("\\n"):
    page = Path(name)
    expected = page.with_name(page.stem + ".expected.json")
    url = json.loads(expected.read_text("utf-8")).get("url") if expected.exists() else None
    print(json.dumps(newsextract.extract(page.read_bytes(), url=url).to_json()))
print(json.dumps(newsextract.compiled))
"""


def _outputs(pythonpath: Path) -> tuple[list[str], bool]:
    """Every page's ``to_json()`` and whether the build was compiled, from a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONHASHSEED": "0"}
    run = subprocess.run(
        [sys.executable, "-c", _EXTRACT],
        input="\n".join(str(page) for page in PAGES),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    *pages, compiled = [json.loads(line) for line in run.stdout.splitlines()]
    return pages, compiled


@pytest.mark.skipif(not newsextract.compiled, reason="the pure build: nothing to compare")
def test_compiled_and_pure_builds_give_identical_outputs(tmp_path: Path) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(PACKAGE, pure / "newsextract", ignore=shutil.ignore_patterns(*EXTENSIONS))
    compiled_pages, compiled = _outputs(PACKAGE.parent)
    pure_pages, pure_is_compiled = _outputs(pure)
    assert (compiled, pure_is_compiled) == (True, False)
    assert len(compiled_pages) == len(PAGES)
    differ = [
        page.name for page, a, b in zip(PAGES, compiled_pages, pure_pages, strict=True) if a != b
    ]
    assert differ == []


def test_a_source_tree_holds_no_compiled_modules() -> None:
    """Python loads ``x.so`` before ``x.py``: an extension left in ``src/`` (a hand-run
    ``build_ext --inplace``) would run its old code after every edit of the source."""
    if PACKAGE.parent.name != "src":
        pytest.skip("an installed package, not a source tree")
    left = [path for pattern in EXTENSIONS for path in PACKAGE.rglob(pattern)]
    assert left == [], "remove them: editable installs run the sources"
    assert not newsextract.compiled
