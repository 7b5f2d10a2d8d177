"""Resuming a run: the input keys an output already holds, and repairing a torn last record.

A run killed mid-way (SIGKILL, a power cut) leaves its output whole but for, at most, a last
record cut off in the middle. ``done_keys`` reads the keys of every complete record and cuts a
torn one off, so the run can append where it stopped; the torn record's input, not being
done, is extracted again. Failures and pages skipped as not articles count as done: a resumed
run does not retry them (run their keys again, into a new output, to do that: a failure's key
is a valid input).

Keys are kept as 64-bit hashes (``KeySet``): a few tens of bytes per input, so the keys of
millions of done inputs fit in memory.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from newsextract.batching.rows import columns
from newsextract.batching.writers import (
    Format,
    format_of,
    journal_path,
    undo_spreadsheet_safe,
)
from newsextract.errors import OptionError

logger = logging.getLogger(__name__)

_INPUT_FIELD = re.compile(rb'^\{"input":("(?:[^"\\]|\\.)*")')


class KeySet:
    """A set of input keys, stored as 64-bit BLAKE2 hashes (collisions: ~1e-8 in 1e6 keys)."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._hashes: set[int] = set()
        for key in keys:
            self.add(key)

    @staticmethod
    def _hash(key: str) -> int:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "little")

    def add(self, key: str) -> None:
        self._hashes.add(self._hash(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._hash(key) in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)


def done_keys(*paths: str | os.PathLike[str], first_format: Format | None = None) -> KeySet:
    """The input keys of the outputs in ``paths`` that exist, each repaired for appending.

    ``batch(inputs, skip=done_keys(out))`` then leaves out what an earlier run did. A torn
    last record is cut off the file; a Parquet output counts with its journal
    (``<OUT>.partial.jsonl``). Raises ``OptionError`` (a ``ValueError``) for a CSV file
    whose columns are not ``rows.columns()`` (not a batch output, or one of an older
    version). ``first_format`` is the first path's format when the run names it
    (``--format``): that output's name need not tell it.
    """
    done = KeySet()
    for index, path in enumerate(paths):
        fmt = first_format if index == 0 and first_format else format_of(path)
        for key in _keys_of(Path(path), fmt):
            done.add(key)
    return done


def _keys_of(path: Path, fmt: Format) -> Iterator[str]:
    _require_resumable(path)
    if fmt == "parquet":
        # its journal is read and appended to as well: a FIFO there held ``--resume`` for ever
        _require_resumable(journal_path(path))
        if path.exists():
            yield from parquet_keys(path)
        yield from jsonl_keys(journal_path(path))
    elif fmt == "csv":
        yield from csv_keys(path)
    else:
        yield from jsonl_keys(path)


def _require_resumable(path: Path) -> None:
    """Raises ``OptionError`` for a file a run may not read back and append to."""
    if path.exists() and not path.is_file():
        # Reading a FIFO waits for a writer for ever; a device (``-o /dev/stdout``) holds
        # nothing to resume.
        raise _not_resumable(f"{path} is not a regular file: there is no output to resume")
    if path.is_symlink() and not path.exists():
        # Appended to, it made a file wherever the link pointed (one planted in a shared
        # folder chose where a run's rows went).
        raise _not_resumable(f"{path} is a link to nothing: there is no output to resume")


def jsonl_keys(path: Path) -> Iterator[str]:
    """The ``input`` of every complete line; a torn last line is cut off the file.

    Raises ``OptionError`` (a ``ValueError``), leaving the file as it is, when it is no
    batch output: its first line has no input key, or a last line without its end is no
    row's beginning. Resuming into the wrong file (a typo in ``-o``, another tool's JSONL,
    binary data) cut off its end as a torn record and appended rows to it.
    """
    if not path.exists():
        return
    good = 0
    with path.open("rb") as lines:
        for line in lines:
            if not line.endswith(b"\n"):
                if not _ROW_START.startswith(line[: len(_ROW_START)]):  # torn anywhere
                    raise _not_resumable(
                        f"{path} is not a newsextract batch JSONL; not resuming it"
                    )
                break
            key = _jsonl_key(line)
            if key is None and not good:
                raise _not_resumable(
                    f"{path} is not a newsextract batch JSONL (its first line has no input "
                    "key); not resuming it"
                )
            good += len(line)
            if key is None:
                logger.warning("%s: a line without an input key (ignored)", path)
            else:
                yield key
    _truncate(path, good)


_ROW_START = b'{"input":'
"""How every row of a batch's JSONL output starts (the writer puts ``input`` first), torn
ones included."""


def _jsonl_key(line: bytes) -> str | None:
    match = _INPUT_FIELD.match(line)
    try:
        if match:
            key = json.loads(match.group(1))
        else:
            row = json.loads(line)
            key = row.get("input") if isinstance(row, dict) else None
    except (ValueError, RecursionError):  # a line of "[[[[...", nested past the decoder's depth
        return None
    return key if isinstance(key, str) else None


def csv_keys(path: Path) -> Iterator[str]:
    """The ``input`` of every complete row; a torn last row is cut off the file."""
    if not path.exists():
        return
    good = 0
    with path.open("rb") as raw:
        for key, end in _complete_rows(raw, path):
            good = end
            if key is not None:
                yield key
    _truncate(path, good)


# The longest CSV field the resume reads: the csv module's default, 131,072 characters, is
# less than a long article's body, and a CSV holding one was "malformed" to --resume. The
# limit is the process's: it is only ever raised, to the most a C long holds everywhere.
_FIELD_LIMIT = 2**31 - 1


def _allow_long_fields() -> None:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)


def _complete_rows(raw: IO[bytes], path: Path) -> Iterator[tuple[str | None, int]]:
    """The header (as None) and each complete row's input, with the offset where it ends.

    Stops before a torn last row. Raises ``OptionError`` (a ``ValueError``) for a file
    without an ``input`` column, or one damaged before its end (which must not be cut off).
    """
    lines = _CountingLines(raw)
    _allow_long_fields()
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return
    if not lines.complete:  # killed while writing the header
        return
    if "input" not in header:
        raise _not_resumable(f"{path} is not a newsextract batch CSV (no input column)")
    if tuple(header) != columns():
        raise _not_resumable(
            f"{path} has other columns than this version writes (an older newsextract's): "
            "rows appended to it would not line up; write to a new output"
        )
    column = header.index("input")
    yield None, lines.consumed
    end = lines.consumed
    try:
        for row in reader:
            if len(row) != len(header) or not lines.complete:
                break
            end = lines.consumed
            yield undo_spreadsheet_safe(row[column]), end
    except csv.Error:  # end of file inside a quoted field: the torn last row
        pass
    if raw.read(1):
        raise _not_resumable(f"{path}: malformed CSV after byte {end}; not resuming it")


class _CountingLines(Iterator[str]):
    """Decoded lines of a binary file, counting the bytes handed out so far."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.consumed = 0
        self.complete = True

    def __next__(self) -> str:
        line = self._raw.readline()
        if not line:
            raise StopIteration
        self.consumed += len(line)
        self.complete = line.endswith(b"\n")
        return self._decoder.decode(line)


def parquet_keys(path: Path) -> Iterator[str]:
    """The ``input`` column of a finished Parquet output."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["input"])
    for chunk in table.column("input").chunks:
        yield from (key for key in chunk.to_pylist() if isinstance(key, str))


def _truncate(path: Path, length: int) -> None:
    if path.stat().st_size > length:
        logger.warning("%s: cutting off a torn last record (keeping %d bytes)", path, length)
        with path.open("r+b") as stream:
            stream.truncate(length)


def _not_resumable(message: str) -> OptionError:
    """The error of an output ``--resume`` (``done_keys``) cannot go on from."""
    return OptionError(
        message, field="resume", allowed="a newsextract batch output (JSONL, CSV, Parquet)"
    )
