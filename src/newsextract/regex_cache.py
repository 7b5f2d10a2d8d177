"""The compiled code of the warm-up's regexes, kept on disk from one batch run to the next.

A fresh process's warm-up compiles about 2,700 regexes (380,000 characters of pattern: every
language's labels, month names and given names): 0.7-0.8 s of one core, nearly all of it in
Python's regex compiler (``re._parser`` and ``re._compiler``, which handle every character
in Python). What they produce, a list of integers a pattern (the engine's code), is handed
to the C engine (``_sre.compile``), which checks it and makes the ``Pattern`` object in about
1 % of that time. This module keeps that code in a file, keyed by the pattern and its flags,
so that the next process with the same Python makes its ``Pattern`` objects from it instead:
the same object ``re.compile`` would return, as the code is the compiler's own output for the
same pattern, flags and Python.

It is used by the batch command's fork server (``batching.preload``), a process of ours
alone, around its imports and warm-up: the first run writes the file, later runs read it
(0.7 s less on the path to the first page of every worker). Nothing else in a user's
process changes: ``re``'s compiler is swapped only inside ``compiled_from_disk``.

The file: ``$NEWSEXTRACT_CACHE_DIR/regexes-<python tag>.marshal`` (by default
``$XDG_CACHE_HOME/newsextract``, else ``~/.cache/newsextract``); ``NEWSEXTRACT_CACHE_DIR=""``
turns it off. It is rewritten, atomically, when a run compiled a pattern it lacked, and then
holds that run's patterns only (a pattern no longer built drops out). It is read only when
written by the same Python build (its version, the engine's magic number and code size, the
Unicode data): any other file, an unreadable one or a code the engine refuses is ignored and
the pattern compiled as usual. Python's own ``re._compiler.compile`` is the same function in
3.11-3.13, which this copies; on any other version the module does nothing.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import re
import stat
import sys
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# The versions whose ``re._compiler.compile`` this module's ``_compile`` copies line for line.
_VERSIONS = ((3, 11), (3, 12), (3, 13))

# One entry: the flags the pattern ends with (its inline flags added), its code as machine
# words, its group count, its named groups, and their names by index.
_Entry = tuple[int, bytes | memoryview, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]
# In the file, the code of all the entries is one string of bytes (read as one block, one
# block freed: 4 MB of code in 2,000 strings left 5 MB of the server's heap unreturned, each
# worker's too), an entry giving its code's place in it instead.
_Stored = tuple[int, int, int, int, dict[str, int], tuple[str | None, ...]]


def _sre() -> Any:
    import _sre  # type: ignore[import-not-found]  # the C engine, without stubs

    return _sre


def _signature() -> tuple[object, ...]:
    """What the code depends on besides the pattern and its flags: the Python build."""
    sre = _sre()
    return (
        sys.version,
        sys.implementation.cache_tag,
        sre.MAGIC,
        sre.CODESIZE,
        sre.MAXREPEAT,
        sre.MAXGROUPS,
        unicodedata.unidata_version,
        sys.maxunicode,
    )


def cache_file() -> Path | None:
    """Where the code is kept, or None when turned off (``NEWSEXTRACT_CACHE_DIR=""``)."""
    folder = os.environ.get("NEWSEXTRACT_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser()
        folder = str(Path(base) / "newsextract")
    return Path(folder) / f"regexes-{sys.implementation.cache_tag}.marshal"


# The largest cache file read: the warm-up's code is about 4 MB; a bigger file is no file of
# ours, and marshal would hold all it claims (a sparse file of gigabytes) in memory.
MAX_FILE_BYTES = 64 * 1024 * 1024


def _read(path: Path) -> dict[_Key, _Entry]:
    try:
        # opened without blocking and read only if a regular file of a sane size: a FIFO (or
        # a link to one) in its place held the batch in ``open`` for ever, deaf to SIGTERM
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
                return {}
            os.set_blocking(descriptor, True)
            signature, stored, code = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):  # absent, or not a file of ours
        return {}
    if signature != _signature() or not isinstance(stored, dict) or not isinstance(code, bytes):
        return {}
    view = memoryview(code)
    try:
        return {
            key: (flags, view[start:end], groups, groupindex, indexgroup)
            for key, (flags, start, end, groups, groupindex, indexgroup) in stored.items()
        }
    except (TypeError, ValueError):  # not a file of ours
        return {}


def _write(path: Path, table: dict[_Key, _Entry]) -> None:
    """``table`` to ``path``, atomically (a concurrent run reads the old file or the new)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".regexes-")
        temporary = Path(name)
        try:
            with os.fdopen(handle, "wb") as file:
                stored: dict[_Key, _Stored] = {}
                code: list[bytes | memoryview] = []
                end = 0
                for key, (flags, words, groups, groupindex, indexgroup) in table.items():
                    start, end = end, end + len(words)
                    stored[key] = (flags, start, end, groups, groupindex, indexgroup)
                    code.append(words)
                contents: Any = (_signature(), stored, b"".join(code))  # (marshal's stubs)
                marshal.dump(contents, file)
            temporary.replace(path)
        except BaseException:
            temporary.unlink()
            raise
    except OSError as exc:  # a read-only home, a full disk: the next run compiles again
        logger.debug("the regex cache could not be written: %s", exc)


class _Compiler:
    """``re._compiler.compile`` taking a pattern's code from ``table`` when it is there, and
    keeping the code of every pattern it is asked for (``used``)."""

    def __init__(self, table: dict[_Key, _Entry], original: Callable[..., Any]) -> None:
        self.table = table
        self.original = original
        self.used: dict[_Key, _Entry] = {}
        self.compiled = 0  # patterns the table lacked

    def __call__(self, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        entry = self.table.get(key)
        if entry is not None:
            try:
                compiled = _make(pattern, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # refused code
                entry = None
            else:
                self.used[key] = entry
                return compiled
        entry = _compile(pattern, int(flags))
        self.compiled += 1
        self.used[key] = entry
        return _make(pattern, entry)


def _compile(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (its own steps)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I" if _sre().CODESIZE == 4 else "H", code).tobytes()
    final_flags = flags | parsed.state.flags
    return (final_flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _make(pattern: str, entry: _Entry) -> Any:
    final_flags, words, groups, groupindex, indexgroup = entry
    code = array("I" if _sre().CODESIZE == 4 else "H")
    code.frombytes(words)
    return _sre().compile(pattern, final_flags, code.tolist(), groups, dict(groupindex), indexgroup)


@contextlib.contextmanager
def compiled_from_disk() -> Iterator[None]:
    """Within the block, a regex compiled anew takes its code from the cache file when the
    file holds it (see the module docstring); on leaving it, the file is rewritten if a
    pattern was missing. For a process of ours alone: ``re``'s compiler is swapped for the
    whole process while the block runs."""
    path = cache_file()
    if path is None or sys.version_info[:2] not in _VERSIONS:
        yield
        return
    from re import _compiler  # type: ignore[attr-defined]

    original = _compiler.compile
    compiler = _Compiler(_read(path), original)
    _compiler.compile = compiler
    try:
        yield
    finally:
        _compiler.compile = original
    if compiler.compiled:
        _write(path, compiler.used)
