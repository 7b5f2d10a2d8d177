"""Reading input files safely: regular files only, pages capped, gzip inflated incrementally.

Every command (``extract``, ``batch``, ``rules``, ``explain``) and every batch reader (page
files, WARC archives, JSONL files) opens inputs through here, so that no input can hang a run
(a FIFO, a device), fill memory (a gzip bomb, ``/dev/zero``) or fail untyped (a corrupt gzip
file).
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Protocol

from newsextract.errors import CorruptInputError, InputTooLargeError, NotRegularFileError

MAX_PAGE_BYTES = 10 * 1024 * 1024
"""The most a page file may hold once gunzipped: the fetcher's default ``max_bytes``, so that a
saved page is allowed what a fetched one is (real news pages are well under 1 MiB)."""

_READ_CHUNK = 64 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


def is_remote(path: str) -> bool:
    """True for paths with a scheme (``s3://``, ``https://``...), which fsspec opens."""
    return "://" in path[:16]


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """A regular local file, or a remote one through fsspec (``ImportError`` without it).

    Raises ``NotRegularFileError`` for a FIFO, device or socket, without blocking: the file
    is opened non-blocking and checked before a byte is read.
    """
    local = path
    if is_remote(path):
        import fsspec
        from fsspec.implementations.local import LocalFileSystem

        filesystem, inner = fsspec.core.url_to_fs(path)
        if not isinstance(filesystem, LocalFileSystem):
            with fsspec.open(path, "rb") as remote:
                yield remote
            return
        # A local file named as a URL (file://, local://) is opened as a local one: fsspec
        # opened a FIFO so named blocking, and the batch waited for ever on it.
        local = inner
    descriptor = os.open(local, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        _require_regular(path, os.fstat(descriptor).st_mode)
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as stream:
        yield stream


def _require_regular(path: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    raise NotRegularFileError(f"{path} is {kind}, not a regular file: it is not read")


def read_page_file(path: str, *, limit: int = MAX_PAGE_BYTES) -> bytes:
    """A page file's bytes, gunzipped when its name ends in ``.gz``, at most ``limit`` of them.

    Raises ``InputTooLargeError`` past the limit (counted after gunzipping, without ever
    holding more than the limit), ``CorruptInputError`` for a corrupt or truncated gzip file,
    ``NotRegularFileError`` for a FIFO or device, and ``OSError`` when it cannot be opened.
    """
    with open_binary(path) as raw:
        if not path.lower().endswith(".gz"):
            return read_capped(raw, path, limit=limit)
        import gzip  # on first use: a plain ``extract`` reads no file (about 4 M instructions)

        compressed = _CountedReads(raw, path, limit=_gzip_limit(limit))
        with gzip.GzipFile(fileobj=compressed, mode="rb") as inflated:
            return read_capped(inflated, path, limit=limit)


def _gzip_limit(limit: int) -> int:
    """The most gzip data a page file within ``limit`` once gunzipped may hold: deflate adds
    5 bytes a stored block of 64 KiB to what does not compress, and each member its header
    and trailer. A larger file is padding (2 million empty members in 40 MB took 7 s of CPU
    to walk, a header name that never ends as long), not a page within the limit."""
    return limit + limit // 64 + 64 * 1024


class _CountedReads:
    """``stream``, raising ``InputTooLargeError`` once more than ``limit`` bytes were read
    from it: the cap on the gzip side of a page file (``_gzip_limit``)."""

    def __init__(self, stream: IO[bytes], name: str, *, limit: int) -> None:
        self._stream, self._name, self._limit, self._read = stream, name, limit, 0

    def seek(self, offset: int, /) -> object:
        """The file's own seek (``GzipFile`` rewinds only when asked to, which no reader is)."""
        return self._stream.seek(offset)

    def read(self, size: int = -1, /) -> bytes:
        data = self._stream.read(size)
        self._read += len(data)
        if self._read > self._limit:
            raise InputTooLargeError(f"{self._name} is over {self._limit} bytes of gzip data")
        return data


def _gzip_errors() -> tuple[type[Exception], ...]:
    """What a corrupt gzip stream raises: asked only when a read failed."""
    import gzip

    return (zlib.error, EOFError, gzip.BadGzipFile)


def read_capped(stream: Readable, name: str, *, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``stream``; over that, ``InputTooLargeError``.

    Decompression errors of a gzip stream become ``CorruptInputError``.
    """
    try:
        data = stream.read(limit + 1)
    except _gzip_errors() as exc:
        raise CorruptInputError(f"{name}: corrupt or truncated gzip data ({exc})") from exc
    if len(data) > limit:
        raise InputTooLargeError(f"{name} is over {limit} bytes (once decompressed)")
    return data


def inflate(data: bytes, *, wbits: int, limit: int, name: str) -> bytes:
    """``zlib.decompress(data, wbits)`` that stops at ``limit`` output bytes.

    Raises ``InputTooLargeError`` past the limit and ``CorruptInputError`` for a corrupt or
    truncated stream.
    """
    inflater = zlib.decompressobj(wbits=wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise CorruptInputError(f"{name}: corrupt compressed data ({exc})") from exc
    if len(out) > limit:
        raise InputTooLargeError(f"{name} is over {limit} bytes once decompressed")
    if not inflater.eof:
        raise CorruptInputError(f"{name}: truncated compressed data")
    return out


def read_lines(
    stream: IO[bytes], *, limit: int = MAX_PAGE_BYTES
) -> Iterator[tuple[int, bytes | InputTooLargeError]]:
    """The lines of ``stream`` that hold more than white space, each with its number from 1;
    a line over ``limit`` bytes is an error in its place.

    The long line is skipped a chunk at a time, never held whole. A run of blank lines is
    passed over a buffer at a time where the stream can be peeked (a file, a gzipped one):
    read a line at a time, a ``.jsonl.gz`` of 97 KB inflating to 100 million line breaks
    took 50 s, and one of 10 MB would have taken hours.
    """
    number = 0
    peek = getattr(stream, "peek", None)
    while True:
        if peek is not None:
            number += _skip_blank_lines(stream, peek)
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            if line.strip():
                yield number, line
            continue
        while (rest := stream.readline(_READ_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield number, InputTooLargeError(f"the line is over {limit} bytes")


def _skip_blank_lines(stream: IO[bytes], peek: Callable[[int], bytes]) -> int:
    """Reads past the blank lines (white space only) at the stream's position, as many as its
    buffer holds at a time; how many there were."""
    skipped = 0
    while True:
        ahead = peek(_READ_CHUNK)
        blank = len(ahead) - len(ahead.lstrip())
        end = ahead.rfind(b"\n", 0, blank) + 1  # the end of the last line break of the run
        if not end:
            return skipped
        skipped += ahead.count(b"\n", 0, end)
        stream.read(end)
