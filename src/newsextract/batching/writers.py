"""Output files that survive a crash: JSONL, CSV and Parquet.

Every record is flushed to the operating system as soon as it is written, so a process
killed with SIGKILL loses at most the line it was writing (``resume`` cuts such a torn last
line off); ``os.fsync`` runs every ``fsync_interval`` seconds and on close, bounding what a
power cut can take.

- JSONL: one ``BatchItem.to_dict()`` object per line, ``input`` first.
- CSV: the columns of ``results.columns()``, a header first; lists and the provenance as
  JSON text. A text cell that a spreadsheet would run as a formula gets a ``'`` in front
  (``spreadsheet_safe``); ``resume`` takes it off the input column again.
- Parquet (needs pyarrow): the same columns, lists as ``list<string>``, dates as ISO 8601
  strings (a page's own UTC offset is kept). Parquet cannot be appended to, so rows are
  journaled to ``<OUT>.partial.jsonl`` while the run goes (crash-safe and resumable like any
  JSONL output) and converted to ``OUT`` when the writer closes, in row groups, with the rows
  of an earlier finished ``OUT`` kept in front.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Protocol

from newsextract.article import Article
from newsextract.batching.results import BatchItem, columns, dumps
from newsextract.errors import OptionError

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = typing.get_args(Format)
ROW_GROUP_ROWS = 2000


class Writer(Protocol):
    """Writes batch items to one output; ``close`` makes everything durable."""

    path: Path

    def write(self, item: BatchItem) -> None: ...

    def write_encoded(self, data: bytes) -> None:
        """Append a row ``row_bytes`` encoded in this writer's format (by a worker)."""
        ...

    def close(self) -> None: ...


def format_of(path: str | os.PathLike[str]) -> Format:
    """The output format a file name asks for (``.jsonl``/``.ndjson``, ``.csv``, ``.parquet``)."""
    name = os.fspath(path).lower()
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise OptionError(
        f"cannot tell the format of {os.fspath(path)!r}: use .jsonl, .csv or .parquet",
        field="format",
        allowed=", ".join(FORMATS),
    )


def open_writer(path: str | os.PathLike[str], fmt: Format | None = None) -> Writer:
    """A writer appending to ``path`` (created if missing) in ``fmt`` (default: by suffix).

    Appending is what ``--resume`` needs; to start over, remove the file first.
    """
    fmt = fmt or format_of(path)
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    return ParquetWriter(path)


class _Durable:
    """A binary file opened for appending, flushed per record, fsynced on a cadence."""

    def __init__(self, path: str | os.PathLike[str], fsync_interval: float) -> None:
        self.path = Path(path)
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("ab")
        self._fsync_interval = fsync_interval
        self._synced = time.monotonic()

    @property
    def empty(self) -> bool:
        return self._file.tell() == 0

    def append(self, data: bytes) -> None:
        self._file.write(data)
        self._file.flush()
        now = time.monotonic()
        if now - self._synced >= self._fsync_interval:
            os.fsync(self._file.fileno())
            self._synced = now

    def close(self) -> None:
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


class JsonlWriter:
    """One JSON object per line, flushed per record."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_interval: float = 1.0) -> None:
        self._out = _Durable(path, fsync_interval)
        self.path = self._out.path

    def write(self, item: BatchItem) -> None:
        self._out.append(_jsonl_line(item))

    def write_encoded(self, data: bytes) -> None:
        self._out.append(data)

    def close(self) -> None:
        self._out.close()


def _jsonl_line(item: BatchItem) -> bytes:
    return (dumps(item.to_dict()) + "\n").encode()


class CsvWriter:
    """The columns of ``results.columns()``; lists and mappings as JSON text."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_interval: float = 1.0) -> None:
        self._out = _Durable(path, fsync_interval)
        self.path = self._out.path
        self._columns = columns()
        if self._out.empty:
            self._out.append(self._encode(list(self._columns)))

    def write(self, item: BatchItem) -> None:
        self._out.append(_csv_line(item))

    def write_encoded(self, data: bytes) -> None:
        self._out.append(data)

    def close(self) -> None:
        self._out.close()

    @staticmethod
    def _encode(cells: list[str]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(cells)
        return buffer.getvalue().encode()


def _csv_line(item: BatchItem) -> bytes:
    row = item.to_dict()
    return CsvWriter._encode([_csv_cell(row[name]) for name in columns()])


def row_bytes(item: BatchItem, fmt: Format) -> bytes:
    """The bytes a writer of ``fmt`` appends for ``item`` (a Parquet output's journal is
    JSONL): what a batch worker sends back in place of the item (``encoded``)."""
    return _csv_line(item) if fmt == "csv" else _jsonl_line(item)


# OWASP's CSV injection rule: Excel and LibreOffice run a cell starting with one of these as a
# formula (=HYPERLINK(...) leaks data when clicked, =cmd|... once ran programs), tab and CR
# included because a spreadsheet strips them and reads what follows; and their full-width
# forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel in CJK locales folds to the ASCII signs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(text: str) -> str:
    """``text`` with a ``'`` in front when a spreadsheet would read it as a formula: the
    quote makes the cell text (OWASP). A page's title or body is written by its site."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def undo_spreadsheet_safe(cell: str) -> str:
    """The text ``spreadsheet_safe`` was given, for a cell it wrote."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)  # starts with [ or {: no formula
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return str(value)  # numbers and booleans: "-3" is the number it says


class ParquetWriter:
    """Rows journaled to ``<path>.partial.jsonl``, converted to Parquet on ``close``."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_interval: float = 1.0) -> None:
        import pyarrow  # noqa: F401  (fail now, not after hours of work)

        self.path = Path(path)
        self.journal = journal_path(self.path)
        self._journal = JsonlWriter(self.journal, fsync_interval=fsync_interval)

    def write(self, item: BatchItem) -> None:
        self._journal.write(item)

    def write_encoded(self, data: bytes) -> None:
        self._journal.write_encoded(data)

    def close(self) -> None:
        self._journal.close()
        if self.journal.exists():
            finish_parquet(self.path, self.journal)


def journal_path(path: str | os.PathLike[str]) -> Path:
    """Where a Parquet output's rows wait until the run ends."""
    return Path(f"{os.fspath(path)}.partial.jsonl")


def finish_parquet(path: Path, journal: Path) -> None:
    """Write ``path`` from its earlier rows (if any) and the journal's, then drop the journal."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    staging = path.with_name(path.name + ".writing")
    if staging.is_symlink() or staging.is_file():
        # A killed run's leftover, or a link planted there: written through, the link sent
        # the rows outside the folder and then, renamed, made the output a link to them.
        staging.unlink()
    with pq.ParquetWriter(staging, schema) as out:
        if path.exists():
            for old in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP_ROWS):
                out.write_table(_conform(pa.Table.from_batches([old]), schema))
        for rows in _chunks(_journal_rows(journal), ROW_GROUP_ROWS):
            out.write_table(pa.Table.from_pylist(rows, schema=schema))
    staging.replace(path)
    journal.unlink()


def _conform(table: Any, schema: Any) -> Any:
    """Earlier rows in ``schema``: an older version's output may lack a column, which is then
    null (``status``, which came later, is told by ``error``), or hold one this version no
    longer writes (dropped)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if "status" not in table.column_names and "error" in table.column_names:
        status = pc.if_else(pc.is_null(table.column("error")), "ok", "error")
        table = table.append_column("status", status)
    arrays = [
        table.column(field.name).cast(field.type)
        if field.name in table.column_names
        else pa.nulls(table.num_rows, field.type)
        for field in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _journal_rows(journal: Path) -> Iterator[dict[str, Any]]:
    names = columns()
    with journal.open("rb") as lines:
        for line in lines:
            if line.endswith(b"\n"):
                row = json.loads(line)
                yield {name: _parquet_cell(name, row.get(name)) for name in names}


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parquet_cell(name: str, value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def parquet_schema() -> Any:
    """The ``pyarrow.Schema`` of Parquet outputs (and of Dask dataframes written as Parquet)."""
    import pyarrow as pa

    kinds = _column_kinds()
    types = {"list": pa.list_(pa.string()), "bool": pa.bool_(), "int": pa.int64()}
    types |= {"float": pa.float64(), "str": pa.string()}
    return pa.schema([pa.field(name, types[kinds[name]]) for name in columns()])


def _column_kinds() -> dict[str, str]:
    """``list``, ``bool``, ``int``, ``float`` or ``str`` for every column, from Article's types."""
    try:
        hints = typing.get_type_hints(Article)
    except Exception:  # an annotation that cannot be resolved: fall back to text
        hints = {}
    kinds = {}
    for name in columns():
        kinds[name] = _kind(hints.get(name))
    return kinds


def _kind(hint: Any) -> str:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) != 1:
            return "str"
        hint = options[0]
    target = typing.get_origin(hint) or hint
    if target in (tuple, list):
        return "list"
    for python, kind in ((bool, "bool"), (int, "int"), (float, "float")):
        if target is python:
            return kind
    return "str"  # text, and dates as ISO 8601 text (a page's own UTC offset is kept)


def cells(item: BatchItem) -> dict[str, Any]:
    """The Parquet cells of one item (lists as lists, mappings as JSON text)."""
    return {name: _parquet_cell(name, value) for name, value in item.to_dict().items()}
