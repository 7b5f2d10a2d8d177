"""Decompression bombs: a few hundred kilobytes that decode to 1 GiB of zeros or more.

Built in well under a second: 16 MiB of zeros are deflated once, ended with a full flush (so
the piece stands alone, byte-aligned and with no back-reference before it), and the piece is
repeated; gzip and zlib wrap that raw stream with their real headers and trailers.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from functools import cache

import brotli

from newsextract.fetching.stream import ACCEPT_ENCODING

MiB = 1024 * 1024
SLICE = 16 * MiB
SLICES = 64  # 1 GiB decoded
DECODED = SLICE * SLICES


@cache
def _raw_deflate() -> tuple[bytes, int, int]:
    """Raw deflate of DECODED zeros, with their CRC-32 and Adler-32."""
    zeros = bytes(SLICE)
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    piece = squeezer.compress(zeros) + squeezer.flush(zlib.Z_FULL_FLUSH)
    crc, adler = 0, 1
    for _ in range(SLICES):
        crc, adler = zlib.crc32(zeros, crc), zlib.adler32(zeros, adler)
    final_empty_block = b"\x03\x00"
    return piece * SLICES + final_empty_block, crc, adler


@cache
def gzip_bomb() -> bytes:
    raw, crc, _ = _raw_deflate()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + raw + struct.pack("<II", crc, DECODED % 2**32)


@cache
def deflate_bomb() -> bytes:
    """``deflate`` as the RFC means it: zlib-wrapped."""
    raw, _, adler = _raw_deflate()
    return b"\x78\xda" + raw + struct.pack(">I", adler)


@cache
def stacked_gzip_bomb() -> bytes:
    """``Content-Encoding: gzip, gzip``: the gzip bomb gzipped again, about 4 KB."""
    return gzip.compress(gzip_bomb(), compresslevel=9)


@cache
def brotli_bomb() -> bytes:
    zeros = bytes(SLICE)
    squeezer = brotli.Compressor(quality=1)
    parts = [squeezer.process(zeros) for _ in range(SLICES)]
    return b"".join(parts) + squeezer.finish()


@cache
def zstd_bomb() -> bytes:
    import zstandard

    zeros = bytes(SLICE)
    squeezer = zstandard.ZstdCompressor(level=3).compressobj()
    parts = [squeezer.compress(zeros) for _ in range(SLICES)]
    return b"".join(parts) + squeezer.flush()


ZSTD_DECODABLE = "zstd" in ACCEPT_ENCODING

BOMBS = {
    "gzip": gzip_bomb,
    "deflate": deflate_bomb,
    "br": brotli_bomb,
    "gzip, gzip": stacked_gzip_bomb,
    "zstd": zstd_bomb,
}
