"""Inputs of every kind, expanded lazily into work items that each carry a stable key.

An input string is, in this order:

- a URL (``http://`` or ``https://``): a page to fetch, unless its path ends in ``.warc`` or
  ``.warc.gz``, which makes it a remote archive;
- a WARC record key (``crawl.warc.gz#18324``) or a JSONL row key (``pages.jsonl:12``) that is
  not itself an existing file: that one record or row again (a failure's key is a valid input);
- a folder: the pages (``.html``, ``.htm``, ``.xhtml``, each optionally ``.gz``) and WARC
  archives below it, in sorted order (JSONL files only when named, so an output written into
  the folder is never read back as input); the other files it holds are left out with a
  warning that counts them and names a few, since a page saved as ``story.php`` or ``42``
  would otherwise vanish without a word;
- a glob (``pages/**/*.html.gz``): the files it matches, sorted, each as if named;
- a file: a WARC archive (``.warc``, ``.warc.gz``), a JSONL file of ``{"url": ..., "html": ...}``
  rows (``.jsonl``, ``.ndjson``, optionally ``.gz``), or else one page.

Paths with a scheme other than http(s) (``s3://``, ``gs://``, ``file://``...) are opened with
fsspec (installed with the ``dask`` extra; ``s3fs`` and the like add the schemes).

Nothing here reads a page file: ``FileTask`` hands its path to a worker process, which reads
it there. WARC archives and JSONL files are read here, one record at a time. Every file is
opened through ``files``, which refuses FIFOs and devices and caps what a page may hold.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import reprlib
import threading
from collections.abc import Container, Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

import attrs

from newsextract.batching.jsonl import read_jsonl, row_keys
from newsextract.batching.own_files import OwnFiles
from newsextract.batching.results import Failure, read_error
from newsextract.batching.tasks import FileTask, UrlTask, WorkItem
from newsextract.batching.warc import page_keys, read_warc
from newsextract.errors import InputNameError, InputTooLargeError
from newsextract.files import is_remote

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
FOLDER_SUFFIXES = HTML_SUFFIXES + WARC_SUFFIXES
"""The files a folder input yields (JSONL only when named: an output is never read back)."""
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
NAMED_LEFT_OUT = 3
"""File names a warning about a folder's left-out files shows: enough to recognise them."""
_GLOB_CHARS = re.compile(r"[*?\[]")
_WARC_RECORD_KEY = re.compile(r"^(?P<path>.+\.warc(?:\.gz)?)#(?P<offset>\d+)$", re.I)
_JSONL_ROW_KEY = re.compile(r"^(?P<path>.+\.(?:jsonl|ndjson)(?:\.gz)?):(?P<line>\d+)$", re.I)

Kind = Literal["url", "warc", "jsonl", "page"]
NO_FILES = OwnFiles()
"""The files a run writes when it writes none (``batch()`` returns its items)."""

logger = logging.getLogger(__name__)


def iter_work(
    inputs: Iterable[str | os.PathLike[str]],
    skip: Container[str] = (),
    own_files: OwnFiles = NO_FILES,
) -> Iterator[WorkItem]:
    """Every work item of ``inputs``, lazily, leaving out those whose key is in ``skip`` and
    the files the run writes (``own_files``), which a folder or a glob may hold."""
    for source in iter_sources(inputs, own_files=own_files):
        if isinstance(source, Failure):
            if source.input not in skip:
                yield source
            continue
        yield from source_items(source, skip)


def iter_urls(urls: Iterable[object], skip: Container[str] = ()) -> Iterator[WorkItem]:
    """A page to fetch for each of ``urls`` (``crawl``'s, listed by a site), whatever its
    path: an address a site lists is never opened as an archive, a JSONL file or a glob
    (``iter_work`` read a listed ``…/dump.warc.gz`` through fsspec, past the fetcher's
    address guard, robots.txt and politeness)."""
    for url in urls:
        if not isinstance(url, str) or len(url) > MAX_INPUT_CHARS:
            yield _overlong(url) if isinstance(url, str) else _not_a_name(url)
        elif url not in skip:
            named = _named_in_text(url)
            yield UrlTask(key=url) if isinstance(named, str) else named


def iter_sources(
    inputs: Iterable[str | os.PathLike[str]],
    suffixes: tuple[str, ...] = FOLDER_SUFFIXES,
    *,
    warn: bool = True,
    own_files: OwnFiles = NO_FILES,
) -> Iterator[str | Failure]:
    """Folders and globs expanded to the files they hold; other inputs as they are.

    A folder yields its files whose names end in one of ``suffixes``; the others are counted
    in a logged warning (unless ``warn`` is false: a second pass, such as a count). A glob
    that matches nothing, a folder input holding no page, a folder or sub-folder that cannot
    be listed (permission denied) becomes a ``Failure`` (stage ``read``) naming it: no input
    is lost silently, a mistyped one included. A file of ``own_files`` is left out, with a
    logged warning.
    """
    for raw in inputs:
        item = os.fspath(raw) if isinstance(raw, (str, os.PathLike)) else raw
        if not isinstance(item, str):  # None, a number, bytes: from a database column, say
            yield _not_a_name(item)
            continue
        if len(item) > MAX_INPUT_CHARS:
            yield _overlong(item)
            continue
        try:
            for source in _expand(item, suffixes, warn):
                if isinstance(source, Failure):
                    yield _in_text(source)
                elif own_files.holds(source):
                    logger.warning("%s left out: this run writes it", _text_key(source))
                else:
                    yield _named_in_text(source)
        except (OSError, ImportError, ValueError) as exc:
            yield Failure.from_exception(_text_key(item), "read", read_error(exc))


MAX_INPUT_CHARS = 64 * 1024
"""The longest input name: 16 times ``PATH_MAX`` (4,096) and far longer than any URL a site
links to. A longer one is a mistake (a page given as a list of inputs, ``-i page.html``), and
its row held it twice: 10 MB of output for a 5 MB line, gigabytes for a file of one line."""


def _overlong(item: str) -> Failure:
    return Failure(
        input=f"{_text_key(item[:100])}…",
        stage="read",
        # The project's own type, as a name past a cap is everywhere else (a catch on
        # InputError or ValueError still matches it).
        error_type=InputTooLargeError.__name__,
        message=f"an input name of {len(item):,} characters or more, over the "
        f"{MAX_INPUT_CHARS:,} one may have: not read",
    )


def _not_a_name(item: object) -> Failure:
    """The failure of an input that is no path or URL string: before, one such input raised
    TypeError out of ``batch`` and ended it, every other input with it (its row then named
    Python's ``TypeError``: a row names the project's errors)."""
    return Failure(
        input=_text_key(reprlib.repr(item)),
        stage="read",
        error_type=InputNameError.__name__,
        message=f"an input is a path or URL string, not {type(item).__name__}: not read",
    )


def _named_in_text(path: str) -> str | Failure:
    """``path``, or a ``Failure`` when its name (a file's, a listed URL) holds bytes that are
    not UTF-8 (Python keeps them as lone surrogates, which no output file can store: one such
    name stopped a batch)."""
    key = _text_key(path)
    if key == path:
        return path
    return Failure(
        input=key,
        stage="read",
        error_type=InputNameError.__name__,
        message=f"{key}: the name is not UTF-8 (its bytes shown as \\xNN): not read",
    )


def _in_text(failure: Failure) -> Failure:
    """``failure`` with each byte of its input and message that is not UTF-8 written as
    ``\\xNN``: a glob holding such bytes that matched nothing (a line of a binary file given
    to ``-i``) was a row no output could store, and its write ended the batch."""
    key, message = _text_key(failure.input), _text_key(failure.message)
    if key == failure.input and message == failure.message:
        return failure
    return attrs.evolve(failure, input=key, message=message)


def _text_key(path: str) -> str:
    """``path`` with each byte that is not UTF-8 written as ``\\xNN``, and any other lone
    surrogate (one a caller's string holds, "\\ud800", which stands for no byte and ended the
    batch with a UnicodeEncodeError) as ``\\uNNNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(_shown_surrogate, path)
    return path


# The surrogates, which stand alone in a ``str`` (a pair would be one code point).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _shown_surrogate(match: re.Match[str]) -> str:
    """A byte that is not UTF-8, as ``surrogateescape`` holds it (U+DC80-U+DCFF), as
    ``\\xNN``; any other lone surrogate as ``\\uNNNN``."""
    point = ord(match.group())
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def _expand(item: str, suffixes: tuple[str, ...], warn: bool) -> Iterator[str | Failure]:
    if not item:
        # "" is no name: ``Path("")`` is the working folder, and walking it failed with an
        # error naming no file, a row keyed "?" that matched no input.
        yield Failure(
            input=item,
            stage="read",
            error_type="FileNotFoundError",
            message="an empty input name names no file or URL: not read",
        )
    elif kind_of(item) == "url" or _is_record_key(item):
        yield item
    elif is_dir(item):
        found = walk(item, suffixes, warn=warn)
        first = next(found, None)
        yield _pageless_folder(item, suffixes) if first is None else first
        yield from found
    elif _GLOB_CHARS.search(item) and not exists(item):
        matches = expand_glob(item)
        first = next(matches, None)
        if first is None:
            yield Failure(
                input=item,
                stage="read",
                error_type="FileNotFoundError",
                message=f"no file matches {item!r}",
            )
            return
        for match in (first, *matches):
            yield from walk(match, suffixes, warn=warn) if is_dir(match) else (match,)
    else:
        yield item


def _pageless_folder(folder: str, suffixes: tuple[str, ...]) -> Failure:
    """The row of a folder input holding no page (empty, or only files of other names): it
    gave no row at all, and an empty batch ended with status 0, as if all was read."""
    return Failure(
        input=folder,
        stage="read",
        error_type="EmptyInputError",
        message=f"folder holds no page (no file named *{', *'.join(suffixes)})",
    )


def source_items(source: str, skip: Container[str] = ()) -> Iterator[WorkItem]:
    """The work items of one source (a URL, a file, a record key; not a folder or glob)."""
    kind = kind_of(source)
    if kind == "url":
        if source not in skip:
            yield UrlTask(key=source)
        return
    record = _WARC_RECORD_KEY.match(source)
    if record and not exists(source):
        if source not in skip:
            yield from read_warc(record["path"], offset=int(record["offset"]))
        return
    row = _JSONL_ROW_KEY.match(source)
    if row and not exists(source):
        if source not in skip:
            yield from read_jsonl(row["path"], only_line=int(row["line"]))
        return
    if kind == "warc":
        yield from read_warc(source, skip=skip)
    elif kind == "jsonl":
        yield from read_jsonl(source, skip=skip)
    elif source not in skip:
        yield FileTask(key=source, path=source)


def files_read(inputs: Iterable[str]) -> Iterator[str]:
    """The local files ``inputs`` read (folders and globs expanded, a record key's archive or
    JSONL file), for a caller that must not write over any of them; remote ones left out."""
    for source in iter_sources([i for i in inputs if not is_remote(i)], warn=False):
        if isinstance(source, Failure):
            continue
        key = _WARC_RECORD_KEY.match(source) or _JSONL_ROW_KEY.match(source)
        yield key["path"] if key and not exists(source) else source


def kind_of(item: str) -> Kind:
    """What an input string names, from its form alone (nothing is opened)."""
    lower = item.lower()
    if lower.startswith(("http://", "https://")) and not lower.endswith(WARC_SUFFIXES):
        return "url"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "page"


def _is_record_key(item: str) -> bool:
    return bool(_WARC_RECORD_KEY.match(item) or _JSONL_ROW_KEY.match(item)) and not exists(item)


# ---------------------------------------------------------------- files, local or remote


def exists(path: str) -> bool:
    if not is_remote(path):
        return Path(path).exists()
    if _is_http(path):
        return False
    fs, inner = _fs(path)
    return bool(fs.exists(inner))


def is_dir(path: str) -> bool:
    if not is_remote(path):
        return Path(path).is_dir()
    if _is_http(path):
        return False
    fs, inner = _fs(path)
    return bool(fs.isdir(inner))


def _is_http(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def walk(
    folder: str, suffixes: tuple[str, ...] = FOLDER_SUFFIXES, *, warn: bool = True
) -> Iterator[str | Failure]:
    """The files below ``folder`` named ``*<suffix>``, sorted, directory by directory.

    A sub-folder that cannot be listed is a ``Failure`` keyed by its path, in its place. The
    other files are left out, with a warning (when ``warn``) once the folder is walked.
    """
    left_out: list[str] = []
    if is_remote(folder):
        fs, inner = _fs(folder)
        protocol = folder.split("://", 1)[0]
        for name in sorted(fs.find(inner)):
            if name.lower().endswith(suffixes):
                yield f"{protocol}://{name}"
            else:
                left_out.append(f"{protocol}://{name}")
    else:
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(folder, onerror=unreadable.append):
            while unreadable:
                yield _unreadable_folder(unreadable.pop(0), folder)
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)  # noqa: PTH118 (keeps the path as the user wrote it)
                if name.lower().endswith(suffixes):
                    yield path
                else:
                    left_out.append(path)
        for error in unreadable:
            yield _unreadable_folder(error, folder)
    if warn and left_out:
        logger.warning(left_out_warning(folder, left_out, suffixes))


def left_out_warning(folder: str, left_out: list[str], suffixes: tuple[str, ...]) -> str:
    """What a folder input left out and how to read such a file anyway."""
    count = len(left_out)
    shown = ", ".join(left_out[:NAMED_LEFT_OUT]) + (
        f" and {count - NAMED_LEFT_OUT} more" if count > NAMED_LEFT_OUT else ""
    )
    files = "file" if count == 1 else "files"
    return (
        f"{folder}: {count} {files} left out, their names not ending in "
        f"{', '.join(suffixes)}: {shown}; name a file as an input to read it as a page"
    )


def _unreadable_folder(error: OSError, folder: str) -> Failure:
    """The row of a folder that cannot be listed, keyed by its name (the folder given when
    the error names none)."""
    return Failure.from_exception(error.filename or folder, "read", error)


def expand_glob(pattern: str) -> Iterator[str]:
    if is_remote(pattern):
        fs, inner = _fs(pattern)
        protocol = pattern.split("://", 1)[0]
        for name in sorted(fs.glob(inner)):
            yield f"{protocol}://{name}"
        return
    parts = pattern.split(os.sep)  # noqa: PTH206 (the parts as written: "./", "//" kept)
    if "**" not in parts:
        yield from sorted(glob.glob(pattern))  # noqa: PTH207 (str patterns)
        return
    yield from sorted(_recursive_glob(parts))


def _recursive_glob(parts: list[str]) -> Iterator[str]:
    """The paths a pattern (split at its separators) with a ``**`` part matches, as
    ``glob.glob(recursive=True)`` finds them but that a ``**`` enters no linked folder
    (pathlib's way): glob's followed links, so a folder holding a link to its parent
    ("up -> ..") made the search endless (2**depth paths until the name grew too long).
    Names starting with "." are matched by a part that starts with "." only, as in glob."""
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    written = os.sep.join(parts[:first]) or (os.sep if first else "")  # noqa: PTH118 (as written)
    base = Path(written or ".")
    rest = [part for part in parts[first:] if part]
    hidden = any(part.startswith(".") for part in rest)
    # A closing "**" matches every file below (pathlib's matches folders only): glob's
    # matched the folders too, whose walk then gave each file a second time.
    files_only = rest[-1] == "**"
    for path in base.glob("/".join([*rest, "*"] if files_only else rest)):
        relative = path.relative_to(base)
        if files_only and path.is_dir():
            continue
        if hidden or not any(part.startswith(".") for part in relative.parts):
            yield os.path.join(written, relative) if written else str(relative)  # noqa: PTH118


def _fs(path: str) -> tuple[Any, str]:
    """The fsspec filesystem of a remote path and the path inside it."""
    try:
        import fsspec
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            f"reading {path} needs fsspec (pip install 'newsextract[dask]' and s3fs/gcsfs...)"
        ) from exc
    fs, inner = fsspec.core.url_to_fs(path)
    return fs, str(inner)


# ---------------------------------------------------------------- counting


def count_work(
    inputs: Iterable[str | os.PathLike[str]], skip: Container[str], stop: threading.Event
) -> int | None:
    """How many items ``iter_work(inputs, skip)`` will yield, without reading any page.

    WARC archives are read through (their payloads skipped) and JSONL files line by line.
    None when ``stop`` is set first, or when an input is a remote archive or JSONL file
    (counting it would mean downloading it twice).
    """
    total = 0
    for source in iter_sources(inputs, warn=False):
        if stop.is_set():
            return None
        if isinstance(source, Failure) or kind_of(source) in ("url", "page"):
            key = source.input if isinstance(source, Failure) else source
            total += key not in skip
            continue
        if is_remote(source):
            return None
        keys = page_keys(source) if kind_of(source) == "warc" else row_keys(source)
        for key in keys:
            if stop.is_set():
                return None
            total += key not in skip
    return total
