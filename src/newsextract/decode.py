"""Bytes to text, in the order a browser uses: BOM, HTTP charset, ``<meta>`` prescan, detection.

Many news pages are not UTF-8 (windows-1252, ISO-8859-x, Shift_JIS, GB18030...), and many
that declare a charset lie a little. The declared charset wins when it decodes; UTF-8 is
tried before the (slower) statistical detection of charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from newsextract.errors import EmptyInputError, NotHTMLError
from newsextract.lazy_regex import LazyPattern

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)

# WHATWG maps these labels to windows-1252; Python's latin-1 would mangle curly quotes.
_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "utf8": "utf-8",
    "unicode": "utf-8",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
}

# The WHATWG Encoding Standard's encodings, as Python codec names (plus ISO-8859-9, which
# WHATWG reads as its superset windows-1254). A browser decodes pages with nothing else, so a
# label naming any other codec (base64, rot13, hex, undefined, utf-7, idna...) is ignored, as
# a browser ignores it: those codecs raise on bytes, or turn markup into script (utf-7).
_WEB_CODECS = frozenset(
    {
        "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
        "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
        "iso8859-8", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
        "iso8859-16",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932",
        "euc_kr", "cp949",
    }
)  # fmt: skip

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_PRESCAN_BYTES = 8192
_DETECT_BYTES = 65536

# Magic numbers of formats that are surely not HTML, with a name for the error message.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary data"),
)

# WHATWG MIME sniffing's "binary data bytes": control bytes no text format uses (tab, line
# feeds, form feed and ESC, which ISO-2022-JP needs, are not among them), less NUL: broken
# pages carry NULs in their text (the pipeline drops them), and so does UTF-16 without a BOM.
_BINARY_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Browsers call a resource binary on one such byte; real pages carry a stray one or two, while
# random or compressed data has about 10% (25 of 256 byte values), so 1% tells them apart.
_MAX_BINARY_SHARE = 0.01
_SNIFF_BYTES = 4096  # enough to see past a text-looking file header, cheap on every page


class DecodedText(NamedTuple):
    """Text decoded from bytes, with the encoding used and why it was chosen."""

    text: str
    encoding: str
    reason: str
    lossless: bool = False
    """Decoded strictly from all the bytes (no BOM dropped, no byte replaced): for UTF-8,
    ``text.encode("utf-8")`` gives the bytes back, so a parser can read those instead."""


def normalize_encoding(label: str | None) -> str | None:
    """A Python codec name for an HTML charset label; None for a label no browser would use."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL or a lone surrogate in the label
        return None
    # A page cannot declare itself UTF-16 in its own ASCII-compatible markup.
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return "utf-8"
    return codec if codec in _WEB_CODECS else None


def sniff_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares near the start of the page, if any."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return normalize_encoding(match.group(1).decode("ascii", "ignore")) if match else None


def _with_article(kind: str) -> str:
    """``kind`` as the message says it: "gzip data" and "binary data" take no article (the
    message read "input is a gzip data"), "executable" takes "an"."""
    if kind.endswith(" data"):
        return kind
    return f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind}"


def check_is_html(data: bytes) -> None:
    """Raise ``NotHTMLError`` for data that is plainly not a web page."""
    head = data[:16].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"input is {_with_article(kind)}, not HTML", kind=kind)
    sample = data[:_SNIFF_BYTES]
    binary = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if sample and binary / len(sample) > _MAX_BINARY_SHARE:
        raise NotHTMLError("input looks like binary data, not HTML", kind="binary data")


def check_decodable(data: bytes) -> None:
    """Raise what ``decode_html`` would raise for ``data`` (``EmptyInputError``,
    ``NotHTMLError``) without decoding it: a fetcher refuses a body at once and leaves the
    decoding to whoever reads the text (a batch's worker process)."""
    if not data or data.isspace():  # what ``not data.strip()`` tells, without a copy
        raise EmptyInputError("input is empty")
    # A BOM says text, whatever follows; so do UTF-16's and UTF-32's NULs, beside which
    # characters such as "“" (U+201C) put bytes that are binary in an 8-bit page (0x1C).
    if not data.startswith(_BOM_PREFIXES) and _wide_order(data) is None:
        check_is_html(data)


def decode_html(data: bytes, *, declared: str | None = None) -> DecodedText:
    """Decode page bytes; ``declared`` is the charset of an HTTP ``Content-Type`` header."""
    check_decodable(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(
                text=data[len(bom) :].decode(encoding, "replace"), encoding=encoding, reason="bom"
            )
    wide = _wide_order(data) if declared is None or _names_wide(declared) else None
    if wide is not None:
        reason = "http-header" if declared else f"{wide[:6]}-sniffed"
        return DecodedText(text=data.decode(wide, "replace"), encoding=wide, reason=reason)
    header, meta = normalize_encoding(declared), sniff_charset(data)
    if header:
        decoded = _decode_declared(data, header, "http-header")
        if decoded.lossless or meta is None or meta == header:
            return decoded
        return _meta_over_lossy_header(data, meta) or decoded
    if meta:
        return _decode_declared(data, meta, "meta")
    try:
        return _strict_utf8(data)
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _meta_over_lossy_header(data: bytes, meta: str) -> DecodedText | None:
    """The page decoded by its ``<meta>`` charset when that decodes every byte, else None.

    Asked when the HTTP charset replaced bytes: a server's default (UTF-8, say) sent over a
    page saved in the legacy charset its markup declares (a WARC record, an old archive
    served by a new server). A browser keeps the header's and shows U+FFFD for every
    accented letter; the page's own declaration, clean on all its bytes, keeps the text.
    """
    try:
        return DecodedText(text=data.decode(meta), encoding=meta, reason="meta", lossless=True)
    except UnicodeDecodeError:
        return None


def _names_wide(label: str) -> bool:
    """Whether the label names UTF-16 or UTF-32 (a header may; WHATWG reads the latter as
    UTF-8, but bytes that are plainly UTF-32 are read as such whatever the label)."""
    try:
        return codecs.lookup(label.strip().strip("\"'")).name.startswith(("utf-16", "utf-32"))
    except (LookupError, ValueError):
        return False


# In UTF-16 text every character of the ASCII range (all of HTML's markup) is a NUL byte
# beside its code: the NULs fall on one side of each pair, in about half of the pairs of any
# page. A stray NUL in an 8-bit page is nowhere near that share.
_UTF16_SAMPLE = 1024
_UTF16_NUL_SHARE = 0.3


def _utf16_order(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes are UTF-16 text without a BOM.

    Asked when the HTTP header declares UTF-16, which WHATWG honours (only a ``<meta>``
    cannot declare it), and when nothing is declared: read as UTF-8 such a page loses all
    its text. A header that says UTF-16 over 8-bit bytes (a misconfigured server) is not
    believed: those bytes hold no such NULs.
    """
    sample = data[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if not pairs:
        return None
    high, low = sample[0::2].count(0), sample[1::2].count(0)  # NULs first or second in a pair
    # A page opens with its markup or white space, ASCII: in UTF-16 a NUL beside it. An 8-bit
    # page opens with none, whatever its tail holds (a short page before 100 KB of "\xc9\x00"
    # pairs was read as UTF-16 over its own <meta charset>: CJK, no markup, a lost record).
    if low >= _UTF16_NUL_SHARE * pairs and low > 4 * high and sample[1] == 0:
        return "utf-16-le"
    if high >= _UTF16_NUL_SHARE * pairs and high > 4 * low and sample[0] == 0:
        return "utf-16-be"
    return None


# In UTF-32 text every character of the Basic Multilingual Plane (all scripts of news pages)
# has its two high bytes NUL, and every ASCII one (all of the markup) its low byte non-NUL:
# 90% of the first units allows for emoji and stray supplementary characters, and no 8-bit or
# UTF-16 page has NUL pairs at a fixed place in nine of ten groups of four bytes.
_UTF32_SHARE = 0.9


def _wide_order(data: bytes) -> str | None:
    """``utf-32-le``/``-be`` or ``utf-16-le``/``-be`` when the bytes are UTF-32 or UTF-16
    text without a BOM, else None. UTF-32 without a BOM was read as an 8-bit page (every
    letter beside three U+FFFD) or, big-endian, refused as binary data."""
    sample = data[:_UTF16_SAMPLE]
    units = len(sample) // 4
    if units and sample[:4].count(0) >= 2:  # an 8-bit page has no NUL there: not counted
        at = [sample[i::4][:units].count(0) for i in range(4)]
        least, most = (1 - _UTF32_SHARE) * units, _UTF32_SHARE * units
        if at[2] >= most and at[3] >= most and at[0] <= least:
            return "utf-32-le"
        if at[0] >= most and at[1] >= most and at[3] <= least:
            return "utf-32-be"
    return _utf16_order(data)


def _strict_utf8(data: bytes, reason: str = "utf-8-valid") -> DecodedText:
    return DecodedText(text=data.decode("utf-8"), encoding="utf-8", reason=reason, lossless=True)


def _decode_declared(data: bytes, encoding: str, reason: str) -> DecodedText:
    if encoding != "utf-8" and (text := _multibyte_utf8(data)) is not None:
        # Valid UTF-8 with non-ASCII sequences is almost never legacy text by accident: the
        # declaration is stale (a CMS migrated, or a proxy re-encoded the page).
        return DecodedText(text=text, encoding="utf-8", reason="utf-8-valid", lossless=True)
    try:
        return DecodedText(
            text=data.decode(encoding), encoding=encoding, reason=reason, lossless=True
        )
    except UnicodeDecodeError:
        # Pages often declare one charset and hold a few bytes of another; keep the declared
        # one unless the bytes are clean UTF-8 (a common mislabelling after a CMS migration).
        try:
            return _strict_utf8(data)
        except UnicodeDecodeError:
            return DecodedText(
                text=data.decode(encoding, "replace"), encoding=encoding, reason=reason
            )


def _multibyte_utf8(data: bytes) -> str | None:
    """``data`` decoded when it is valid UTF-8 holding non-ASCII sequences, else None (the
    text kept: a page's decoding is its longest step after the parse)."""
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


_SINGLE_BYTE_LATIN = LazyPattern(r"^(?:cp125\d|iso8859_\d+|latin_\d|mac_\w+|cp8\d\d)$")


def _detect(data: bytes) -> DecodedText:
    import charset_normalizer  # on first use: most pages declare their charset

    results = charset_normalizer.from_bytes(data[:_DETECT_BYTES])
    best = results.best()
    encoding = normalize_encoding(best.encoding) if best is not None else None
    # Single-byte code pages are hard to tell apart on short texts; windows-1252 is by far
    # the most common of them on the web, so it wins whenever it decodes the bytes as well.
    if (
        encoding
        and encoding != "cp1252"
        and _SINGLE_BYTE_LATIN.match(encoding)
        and any(normalize_encoding(r.encoding) == "cp1252" for r in results)
    ):
        encoding = "cp1252"
    if encoding is None:
        encoding = "cp1252"
    return DecodedText(text=data.decode(encoding, "replace"), encoding=encoding, reason="detected")
