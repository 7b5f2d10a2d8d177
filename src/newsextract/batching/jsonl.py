"""JSONL files of ``{"url": ..., "html": ...}`` rows (optionally gzipped) as pages to extract.

A row's key is ``<file>:<line>``, its line number from 1, and that key is a valid input again.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Container, Iterator
from typing import IO, cast

from newsextract.batching.results import Failure, read_error
from newsextract.batching.tasks import PageTask
from newsextract.errors import InputError, MalformedRowError, RecordNotFoundError
from newsextract.files import open_binary, read_lines
from newsextract.jsonld import mend_surrogate_escapes


def read_jsonl(
    path: str, *, skip: Container[str] = (), only_line: int | None = None
) -> Iterator[PageTask | Failure]:
    """One ``PageTask`` per row ``{"html": ..., "url": ...}``, keyed ``path:line``.

    A row that is not JSON, has no ``html`` string or is over the page cap is a ``Failure``
    (stage ``read``); so is a file that cannot be opened or gunzipped, or holds no row
    (keyed by its path).
    """
    rows = 0  # the file's rows, those of a run resumed included
    try:
        for number, line in numbered_lines(path):
            if only_line is not None and number != only_line:
                continue
            key = f"{path}:{number}"
            if isinstance(line, InputError) or line.strip():
                rows += 1
                if key not in skip:
                    yield _jsonl_task(key, line)
            if only_line is not None:
                return
    except (OSError, EOFError, zlib.error, InputError, ImportError) as exc:
        # A row key's failure is keyed as it was given (``pages.jsonl:12``), as its row is.
        key = path if only_line is None else f"{path}:{only_line}"
        if key not in skip:
            yield Failure.from_exception(key, "read", read_error(exc))
        return
    if only_line is None and not rows and path not in skip:
        # A batch has a row for each of its inputs: an empty file (or one of blank lines) too.
        yield Failure(
            input=path, stage="read", error_type="EmptyInputError", message="file holds no row"
        )
    if only_line is not None:
        yield Failure(
            input=f"{path}:{only_line}",
            stage="read",
            error_type=RecordNotFoundError.__name__,
            message=f"{path} has no row at line {only_line}",  # blank, or past its end
        )


def numbered_lines(path: str) -> Iterator[tuple[int, bytes | InputError]]:
    """The lines of a (possibly gzipped, possibly remote) file that are not blank, numbered
    from 1.

    A line over the page cap is an ``InputTooLargeError`` in its place.
    """
    with open_binary(path) as raw:
        stream = (
            cast(IO[bytes], gzip.GzipFile(fileobj=raw)) if path.lower().endswith(".gz") else raw
        )
        yield from read_lines(stream)


def _jsonl_task(key: str, line: bytes | InputError) -> PageTask | Failure:
    if isinstance(line, InputError):
        return Failure.from_exception(key, "read", line)
    try:
        # an escaped lone surrogate ("\\ud800") would reach the output, which no UTF-8
        # writer can store: mended to U+FFFD first (rows are UTF-8, as JSON Lines asks). A
        # BOM opening the file is dropped as ``json.loads`` drops it from bytes: decoded
        # without, a first row holding an escape failed where one without was read.
        row = json.loads(
            mend_surrogate_escapes(line.decode("utf-8-sig")) if b"\\u" in line else line,
            parse_int=_number_or_none,
        )
    except ValueError as exc:  # json's JSONDecodeError, or bytes that are no UTF-8
        return _malformed(key, f"row is not JSON: {exc}")
    except RecursionError:  # "[[[[..." 100,000 deep: json's decoder recurses per level
        return _malformed(key, "row nested too deeply to read")
    html = row.get("html") if isinstance(row, dict) else None
    if not isinstance(html, str):
        return _malformed(key, 'row has no "html" string')
    url = row.get("url")
    return PageTask(key=key, content=html, url=url if isinstance(url, str) else None)


def _number_or_none(digits: str) -> int | None:
    """A row's integer, None past Python's cap on reading one (4,300 digits): only the row's
    "url" and "html" strings are read, and such a number beside them failed the whole row
    with Python's advice to raise that cap."""
    try:
        return int(digits)
    except ValueError:
        return None


def _malformed(key: str, message: str) -> Failure:
    """The row of a line that is no page: named ``MalformedRowError``, where it named
    Python's ``KeyError`` or ``JSONDecodeError``."""
    return Failure.from_exception(key, "read", MalformedRowError(message))


def row_keys(path: str) -> Iterator[str]:
    """The keys of the file's rows (what ``read_jsonl`` yields), or its path if unreadable."""
    try:
        for number, line in numbered_lines(path):
            if isinstance(line, InputError) or line.strip():
                yield f"{path}:{number}"
    except (OSError, EOFError, zlib.error, InputError):
        yield path
