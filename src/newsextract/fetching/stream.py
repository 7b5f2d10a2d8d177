"""Reading a body with a size cap that holds after decompression.

httpx inflates each network chunk whole, and one 64 KiB chunk of a gzip bomb inflates to
about 64 MiB. For gzip and deflate (the only codings newsextract asks for) the body is read
raw and inflated here with ``max_length``, so no more than the cap plus one byte is ever
produced; any other coding a server sends anyway goes through httpx's decoder, and the cap
is checked after each chunk.
"""

from __future__ import annotations

import zlib

from newsextract.errors import FetchError, ResponseTooLargeError

ACCEPT_ENCODING = "gzip, deflate"


def check_declared_length(content_length: str | None, *, limit: int, url: str) -> None:
    """Refuse up front a body whose ``Content-Length`` (compressed size) is over the cap."""
    if content_length and content_length.strip().isdigit() and int(content_length) > limit:
        raise ResponseTooLargeError(
            f"{url} declares {int(content_length)} bytes, over the {limit}-byte limit",
            url=url,
            limit=limit,
        )


class BodyReader:
    """Collects body chunks up to ``limit`` bytes of decompressed content.

    When ``wants_raw`` is True, feed it ``response.iter_raw()`` chunks (it inflates them);
    otherwise feed it ``response.iter_bytes()`` chunks. With ``truncate``, a longer body is
    cut at the limit instead of refused (``feed`` returns True once it is full).
    """

    def __init__(
        self, *, url: str, limit: int, content_encoding: str | None, truncate: bool = False
    ) -> None:
        self._url = url
        self._limit = limit
        self._truncate = truncate
        self._full = False
        self._parts: list[bytes] = []
        self._size = 0
        coding = (content_encoding or "identity").strip().lower()
        self._inflater: _Inflater | None = None
        if coding in ("gzip", "x-gzip"):
            self._inflater = _Inflater(zlib.MAX_WBITS | 16)
        elif coding == "deflate":
            self._inflater = _Inflater(zlib.MAX_WBITS, raw_fallback=True)
        self.wants_raw = self._inflater is not None or coding == "identity"

    def feed(self, chunk: bytes) -> bool:
        """Take one chunk; True when a truncating reader is full and reading can stop."""
        if self._inflater is not None:
            chunk = self._inflater.inflate(chunk, self._limit - self._size + 1, url=self._url)
        self._add(chunk)
        return self._full

    def finish(self) -> bytes:
        if self._inflater is not None and not self._full:
            self._add(self._inflater.flush(url=self._url))
        return b"".join(self._parts)

    def _add(self, chunk: bytes) -> None:
        if not chunk or self._full:
            return
        if self._truncate and self._size + len(chunk) >= self._limit:
            self._parts.append(chunk[: self._limit - self._size])
            self._size = self._limit
            self._full = True
            return
        self._size += len(chunk)
        if self._size > self._limit:
            raise ResponseTooLargeError(
                f"{self._url} is over the {self._limit}-byte limit (after decompression)",
                url=self._url,
                limit=self._limit,
            )
        self._parts.append(chunk)


class _Inflater:
    def __init__(self, wbits: int, *, raw_fallback: bool = False) -> None:
        self._decompressor = zlib.decompressobj(wbits)
        self._raw_fallback = raw_fallback  # "deflate" is sent both zlib-wrapped and raw
        self._started = False

    def inflate(self, data: bytes, room: int, *, url: str) -> bytes:
        # Input beyond ``room`` output bytes stays in ``unconsumed_tail``: the caller will
        # raise on the over-long output, so that input is never inflated.
        try:
            out = self._decompressor.decompress(data, room)
        except zlib.error as exc:
            if not (self._raw_fallback and not self._started):
                raise FetchError(f"{url}: invalid compressed body ({exc})", url=url) from exc
            self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._decompressor.decompress(data, room)
        self._started = True
        return out

    def flush(self, *, url: str) -> bytes:
        try:
            return self._decompressor.flush()
        except zlib.error as exc:
            raise FetchError(f"{url}: invalid compressed body ({exc})", url=url) from exc
