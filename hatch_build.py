"""The optional compiled build: the hot pure-Python modules compiled with mypyc into a wheel.

Off by default. ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .`` (or ``pip wheel .``) turns
this hook on: pip then installs mypy and setuptools into the isolated build environment (the
hook's ``dependencies`` in pyproject.toml), mypyc translates ``COMPILED`` to C, the C compiler
builds one extension a module beside the ``.py`` files, and the wheel is tagged for this
Python and platform. Without a C compiler, or if mypyc fails, the wheel stays pure Python and
says so on stderr: the pure package is always the fallback, and a build never fails for it.

Editable installs (``pip install -e``) are never compiled: the extensions would land beside
the sources in ``src/`` and Python imports an extension before a ``.py`` of the same name,
so an edited module would silently run its old compiled code. ``newsextract.compiled`` (and
``newsextract --version``) says which build runs.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = Path("src/newsextract")

# What mypyc compiles: the stages of extract() that run Python on every node or line of a
# page (the body walk, the metadata scans, the date readers and the text helpers they share)
# and the loops of the page's views over its elements (``page_walks.py``; ``page.py`` itself
# stays Python, as mypyc reads its ``functools.cached_property`` views as plain properties).
COMPILED = (
    "ancestry.py",
    "body/*.py",
    "metadata/*.py",
    "dating/*.py",
    "bidi.py",
    "dateparser_words.py",
    "dates.py",
    "decode.py",
    "jsonld.py",
    "label_lists.py",
    "label_openers.py",
    "labels.py",
    "language.py",
    "language_files.py",
    "name_lists.py",
    "page_walks.py",
    "paywall.py",
    "regex_words.py",
    "text.py",
)
# Left as Python, each for a reason mypyc gives (none today). ``metadata/fields.py`` was, while
# its ``Policy`` was an attrs class: mypyc cannot compile ``attrs.field(default=...)`` or
# ``factory=`` (mypy types the call as its default, which mypyc checks on attrs' field marker at
# import; python/mypy#15267) nor keep an ``@x.default`` method (mypy's attrs plugin removes the
# decorator from the tree mypyc builds from). A plain class since the 47th wave, compiled since
# the 48th (its ``rank`` is asked for every candidate resolution ranks).
LEFT_PURE: tuple[str, ...] = ()


def compiled_sources(root: Path) -> list[str]:
    """The modules to compile, as paths from ``root`` (mypyc's input)."""
    left = {PACKAGE / name for name in LEFT_PURE}
    found = {
        path.relative_to(root) for pattern in COMPILED for path in (root / PACKAGE).glob(pattern)
    }
    return sorted(str(path) for path in found - left)


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``compiled_sources`` into the wheel, or leave the wheel pure on any failure."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        if version == "editable":
            _say("editable install: pure Python (compiled modules would shadow edited sources)")
            return
        started = time.monotonic()
        self._out = Path(tempfile.mkdtemp(prefix="newsextract-mypyc-"))
        try:
            lib = _compile(Path(self.root), self._out)
        except (Exception, SystemExit) as error:  # mypyc exits (code 2) on its internal errors
            _say(f"compiling failed, the wheel stays pure Python: {error!r}")
            return
        built = [path for path in lib.rglob("*") if path.suffix in {".so", ".pyd"}]
        for path in built:  # the modules' extensions, and the one library they share
            build_data["force_include"][str(path)] = str(path.relative_to(lib))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        _say(f"compiled {len(built)} files in {time.monotonic() - started:.0f} s")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)


def _compile(root: Path, out: Path) -> Path:
    """Build the extensions under ``out``; the folder laid out as the wheel's root."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    _python_lower()
    os.chdir(root)  # mypycify reads pyproject.toml's [tool.mypy] and takes relative paths
    extensions = mypycify(
        compiled_sources(root),
        opt_level="3",
        multi_file=True,  # one C file a module, so the compiler runs on every core
        target_dir=str(out / "c"),
    )
    # A bare Distribution: setup() would read this pyproject.toml as a setuptools project.
    build = Distribution({"name": "newsextract", "ext_modules": extensions})
    command = build.get_command_obj("build_ext")
    command.build_lib = str(out / "lib")
    command.build_temp = str(out / "temp")
    command.parallel = os.cpu_count() or 1
    command.ensure_finalized()
    command.run()
    return out / "lib"


def _python_lower() -> None:
    """Compile ``str.lower()`` as a call of Python's own method, not mypyc's primitive.

    Before Python 3.13 mypyc lowers each character alone, so a capital sigma closing a word
    becomes "σ" where Python writes "ς" ("ΔΙΚΑΙΏΜΑΤΟΣ"), and a Greek line in capitals no
    longer matches its lower-case label (a differential test of mypyc's string primitives
    against Python's found no other difference). A mypyc without the primitive fails here
    loudly, so the wheel stays pure rather than compiled with a changed ``lower``.
    """
    from mypyc.primitives import registry, str_ops  # noqa: F401  (registers the primitives)

    ops = registry.method_call_ops["lower"]
    kept = [op for op in ops if op.c_function_name != "CPyStr_Lower"]
    if len(kept) == len(ops):
        raise RuntimeError("mypyc's str.lower primitive was not found: check _python_lower")
    registry.method_call_ops["lower"] = kept


def _say(message: str) -> None:
    print(f"newsextract build: {message}", file=sys.stderr)
