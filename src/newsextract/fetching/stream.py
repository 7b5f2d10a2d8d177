"""Reading a body with a size cap that holds after decompression, whatever the coding.

httpx decodes each network chunk whole: one 64 KiB chunk of a gzip bomb is about 64 MiB, of
a brotli or stacked (``gzip, gzip``) bomb gigabytes. So the body is always read raw and
decoded here, one ``Content-Encoding`` layer after another (the last coding applied is the
first undone), each decoder call giving out at most about ``DECODE_STEP`` bytes that go
straight on to the next layer. The cap is counted on the decoded bytes as they come, and on
every layer between (no layer may decode to more than the cap either, so a stack cannot
spend its time inflating a layer that the next shrinks again). Memory stays a few steps
per layer, and the first byte over the cap stops the read.

Codings: gzip (``x-gzip``), deflate (zlib-wrapped or raw, as servers send both), br with
the ``brotli`` module (1.1 or later, whose decoder can bound its output) and zstd with the
``zstandard`` module; only the ones decodable here are asked for in ``Accept-Encoding``.
Any other coding is passed over, as browsers and httpx do (servers send ``utf-8`` or
``none`` there): the bytes are taken as they are, still counted against the cap, and a body
that is in fact compressed is then refused as not HTML. A corrupt body, or one that ends
inside a compressed stream, raises ``ContentDecodingError``.
"""

from __future__ import annotations

import importlib
import logging
import zlib
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from newsextract.errors import ContentDecodingError, ResponseTooLargeError

logger = logging.getLogger(__name__)

DECODE_STEP = 64 * 1024  # most bytes one decoder call may give out: memory per layer stays small
#: Codings undone for one body: servers send one, a misconfigured proxy stacks a second.
#: Each layer holds a decoder (zlib's window is 32 KiB) and a frame of the reading
#: recursion, so 3,000 stacked gzip layers (94 KB on the wire) raised RecursionError.
MAX_CODINGS = 4
ZSTD_SLICE = 64  # zstd input bytes per call; its decoder cannot bound output, and 64 bytes
# make at most a few MiB (a zstd block is 128 KiB at most and takes 4 bytes or more)


def _optional(module: str) -> Any:
    """An optional decoding module, or None when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


_BROTLI = _optional("brotli")
if _BROTLI is not None and not hasattr(_BROTLI.Decompressor, "can_accept_more_data"):
    _BROTLI = None  # before brotli 1.1 its decoder could not bound its output
_ZSTD = _optional("zstandard")


class _Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data``, in pieces of at most about ``DECODE_STEP`` bytes."""

    def finish(self) -> Iterator[bytes]:
        """What is left once the input has ended; raise if the stream is incomplete."""


class _ZlibDecoder:
    """gzip and deflate, through zlib's ``max_length`` (input beyond it waits its turn)."""

    def __init__(self, wbits: int, *, raw_fallback: bool = False) -> None:
        self._zlib = zlib.decompressobj(wbits)
        self._raw_fallback = raw_fallback  # "deflate" is sent both zlib-wrapped and raw
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        while True:
            out = self._step(data)
            data = self._zlib.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < DECODE_STEP:  # a full step may leave output pending
                return

    def finish(self) -> Iterator[bytes]:
        yield from self.decode(b"")
        if self._started and not self._zlib.eof:
            raise _Corrupt("the compressed body ends before its end marker")

    def _step(self, data: bytes) -> bytes:
        try:
            out = self._zlib.decompress(data, DECODE_STEP)
        except zlib.error as exc:
            if not (self._raw_fallback and not self._started):
                raise _Corrupt(str(exc)) from exc
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, DECODE_STEP)
        self._started = self._started or bool(data)
        return out


class _BrotliDecoder:
    def __init__(self) -> None:
        self._brotli = _BROTLI.Decompressor()
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        self._started = self._started or bool(data)
        yield self._step(data)
        while not self._brotli.can_accept_more_data():
            yield self._step(b"")

    def finish(self) -> Iterator[bytes]:
        while self._started and not self._brotli.is_finished():
            out = self._step(b"")
            if not out:
                raise _Corrupt("the brotli body ends before its last block")
            yield out

    def _step(self, data: bytes) -> bytes:
        try:
            return bytes(self._brotli.process(data, output_buffer_limit=DECODE_STEP))
        except _BROTLI.error as exc:
            raise _Corrupt(str(exc)) from exc


class _ZstdDecoder:
    def __init__(self) -> None:
        self._zstd = _ZSTD.ZstdDecompressor().decompressobj()
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        self._started = self._started or bool(data)
        for start in range(0, len(data), ZSTD_SLICE):
            try:
                out = self._zstd.decompress(data[start : start + ZSTD_SLICE])
            except _ZSTD.ZstdError as exc:
                raise _Corrupt(str(exc)) from exc
            if out:
                yield bytes(out)

    def finish(self) -> Iterator[bytes]:
        if self._started and not self._zstd.eof:
            raise _Corrupt("the zstd body ends inside its frame")
        yield from ()


_DECODERS: dict[str, Callable[[], _Decoder]] = {
    "gzip": lambda: _ZlibDecoder(zlib.MAX_WBITS | 16),
    "x-gzip": lambda: _ZlibDecoder(zlib.MAX_WBITS | 16),
    "deflate": lambda: _ZlibDecoder(zlib.MAX_WBITS, raw_fallback=True),
}
if _BROTLI is not None:
    _DECODERS["br"] = _BrotliDecoder
if _ZSTD is not None:
    _DECODERS["zstd"] = _ZstdDecoder

ACCEPT_ENCODING = ", ".join(name for name in _DECODERS if name != "x-gzip")


class _Corrupt(Exception):
    """A decoder's complaint, turned into ``ContentDecodingError`` with the URL."""


def check_declared_length(content_length: str | None, *, limit: int, url: str) -> None:
    """Refuse up front a body whose ``Content-Length`` (compressed size) is over the cap."""
    if content_length and content_length.strip().isdigit() and int(content_length) > limit:
        raise ResponseTooLargeError(
            f"{url} declares {int(content_length)} bytes, over the {limit}-byte limit",
            url=url,
            limit=limit,
        )


def decoders_for(content_encoding: str | None, *, url: str = "") -> list[_Decoder]:
    """One decoder per known coding of ``content_encoding``, in the order they are undone;
    unknown codings are passed over. More than ``MAX_CODINGS`` raise ContentDecodingError."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    known = [c for c in reversed(codings) if c in _DECODERS]
    if len(known) > MAX_CODINGS:
        raise ContentDecodingError(
            f"{url}: {len(known):,} content codings stacked, more than the {MAX_CODINGS} undone",
            url=url,
        )
    unknown = [c for c in codings if c and c != "identity" and c not in _DECODERS]
    if unknown:
        logger.debug("Content-Encoding %s passed over: not a coding decoded here", unknown[:10])
    return [_DECODERS[c]() for c in known]


class BodyReader:
    """Collects raw body chunks (``response.iter_raw()``) into at most ``limit`` decoded bytes.

    With ``truncate``, a longer body is cut at the limit instead of refused (``feed`` returns
    True once it is full, and reading can stop).
    """

    def __init__(
        self, *, url: str, limit: int, content_encoding: str | None, truncate: bool = False
    ) -> None:
        self._url = url
        self._limit = limit
        self._truncate = truncate
        self._full = False
        self._parts: list[bytes] = []
        self._layers = decoders_for(content_encoding, url=url)
        self._sizes = [0] * (len(self._layers) + 1)  # bytes out of each layer; the last: body

    def feed(self, chunk: bytes) -> bool:
        """Take one raw chunk; True when a truncating reader is full and reading can stop."""
        self._push(0, iter([chunk]))
        return self._full

    def finish(self) -> bytes:
        """The decoded body; raises if a compressed layer ended early."""
        for depth, layer in enumerate(self._layers):
            if not self._full:
                self._push(depth + 1, self._decoded(layer.finish))
        return b"".join(self._parts)

    def _push(self, depth: int, pieces: Iterator[bytes]) -> None:
        """Send ``pieces`` into layer ``depth`` (the raw body at 0) and on down to the body."""
        for piece in pieces:
            if self._full:  # stop pulling: the rest of a bomb's chunk is not decoded in vain
                return
            if not piece:
                continue
            if depth == len(self._layers):
                self._add(piece)
                continue
            if depth > 0:
                self._count(depth, piece)
            if not self._full:
                layer = self._layers[depth]
                self._push(depth + 1, self._decoded(layer.decode, piece))

    def _decoded(self, step: Callable[..., Iterator[bytes]], *data: bytes) -> Iterator[bytes]:
        """A decoder's output, its complaints made ``ContentDecodingError``."""
        try:
            yield from step(*data)
        except _Corrupt as exc:
            raise ContentDecodingError(
                f"{self._url}: invalid compressed body ({exc})", url=self._url
            ) from exc

    def _count(self, depth: int, piece: bytes) -> None:
        """A layer between the raw body and the page counts against the cap too."""
        self._sizes[depth] += len(piece)
        if self._sizes[depth] > self._limit:
            if not self._truncate:
                raise self._too_large()
            self._full = True

    def _add(self, chunk: bytes) -> None:
        if self._truncate and self._size + len(chunk) >= self._limit:
            self._parts.append(chunk[: self._limit - self._size])
            self._sizes[-1] = self._limit
            self._full = True
            return
        self._sizes[-1] += len(chunk)
        if self._size > self._limit:
            raise self._too_large()
        self._parts.append(chunk)

    @property
    def _size(self) -> int:
        return self._sizes[-1]

    def _too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{self._url} is over the {self._limit}-byte limit (after decompression)",
            url=self._url,
            limit=self._limit,
        )
