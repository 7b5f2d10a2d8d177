"""WARC archives (your own crawls, Common Crawl's news collection) as pages to extract.

Read with FastWARC (see ``pyproject.toml`` for why). Every ``response`` record holding a
2xx HTTP answer with an HTML content type, and every ``resource`` record of HTML, is a page;
every other record (requests, metadata, revisits, redirects, errors, images, scripts...) is
skipped, as it is no article and no input of its own. The HTTP headers give the declared
charset and the transfer and content codings (undone in the worker, leniently: archives
that store decoded payloads but keep the original headers are common); the WARC headers give
the page's URL (``WARC-Target-URI``) and capture date (``WARC-Date``).

A record's key is ``<archive>#<offset>``, the byte offset of the record in the archive file
(of its gzip member, in a ``.warc.gz``), and that key is a valid input again.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zlib
from collections.abc import Container, Iterator
from datetime import datetime
from typing import IO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newsextract.batching.results import Failure, read_error
from newsextract.batching.tasks import PageTask
from newsextract.errors import (
    CorruptInputError,
    InputError,
    InputTooLargeError,
    NewsExtractError,
    RecordNotFoundError,
    TruncatedRecordError,
    UnreadableRecordError,
)
from newsextract.fetching.stream import MAX_CODINGS
from newsextract.files import inflate, open_binary

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MAYBE_HTTP = frozenset({"application/http", "", *HTML_TYPES})
"""The WARC ``Content-Type``s of a ``response`` record that may hold an HTTP answer FastWARC
did not read as one (``as_http``): it reads only ``application/http`` spelt in lower case."""
_READ_TYPES = (
    WarcRecordType.response,
    WarcRecordType.resource,
    WarcRecordType.unknown,
    WarcRecordType.no_type,
)
"""Pages, and what FastWARC makes of a record whose header was cut short (no or an unknown
type): such a record is damaged, and a failure of its own."""
MAX_PAGE_BYTES = 32 * 1024 * 1024
"""Records with a larger payload, as stored or once decoded, are failures, not pages."""
_CHUNK = 64 * 1024
_STATUS_MIN, _STATUS_MAX = 100, 999
"""An HTTP status is three digits (RFC 9110, 15); 600-999 are unassigned but seen (999)."""


def read_warc(
    path: str, *, skip: Container[str] = (), offset: int | None = None
) -> Iterator[PageTask | Failure]:
    """One ``PageTask`` for each HTML page in the archive at ``path`` (local or remote).

    With ``offset``, only the record that starts there. Records whose key is in ``skip`` are
    passed over without reading their payload. A truncated, damaged, unreadable or oversized
    record is a ``Failure`` of its own (an archive cut inside its last record included), and
    the records after it are read (see ``_Records``); an archive that cannot be opened, or
    holds no record at all, is one ``Failure`` keyed by the archive's path (reported once:
    not again on a resumed run).
    """
    try:
        with open_binary(path) as stream:
            if offset is not None:
                stream.seek(offset)
                yield from _one_record(path, stream, offset)
                return
            records = _Records(stream, compressed=path.lower().endswith(".gz"))
            last = None
            rows = 0  # the archive's rows, those of a run resumed included
            for last, record in records:
                key = f"{path}#{last}"
                if key in skip:
                    rows += 1
                    continue
                if record is None:
                    rows += 1
                    yield unreadable(key, records.member_fault(last))
                elif record.record_type in _READ_TYPES:
                    for item in _record_item(key, record):
                        if isinstance(item, PageTask) and (fault := records.member_fault(last)):
                            item = unreadable(key, fault)  # its payload inflated from junk
                        if (
                            isinstance(item, Failure)
                            and item.error_type == TruncatedRecordError.__name__
                        ):
                            records.cut = last  # its length may have run over the records after it
                        rows += 1
                        yield item
            tail = _unread_tail(path, stream, last)
            if tail is not None and f"{path}#{tail}" not in skip:
                rows += 1
                yield damaged(f"{path}#{tail}")
            if not rows and path not in skip:
                yield _no_page(path, any_record=last is not None)
    except (OSError, ValueError, ImportError) as exc:
        # A record key's failure is keyed as it was given (``crawl.warc.gz#18324``): keyed by
        # the archive, its row matched no input and a resumed run read it again.
        key = path if offset is None else f"{path}#{offset}"
        if key not in skip:
            yield Failure.from_exception(key, "read", _archive_error(exc))


def _archive_error(error: BaseException) -> BaseException:
    """An archive's read error as the project's: FastWARC's ``ValueError`` or ``OSError``
    (no WARC archive at all, a record it cannot parse with none after it) is a
    ``CorruptInputError``, which says what is wrong, not Python's error. FastWARC's OSError
    carries no ``errno``, the system's (no such file, no permission) does and is kept."""
    if isinstance(error, NewsExtractError):
        return error
    if isinstance(error, ValueError) or (isinstance(error, OSError) and error.errno is None):
        return CorruptInputError(f"not a readable WARC archive: {error}")
    return read_error(error)


# A record starts a line with its version ("WARC/1.0", "WARC/1.1"); in a ``.warc.gz`` each
# record is a gzip member of its own, which starts with gzip's magic and deflate's method.
_RECORD_START = b"WARC/1."
_MEMBER_START = b"\x1f\x8b\x08"
_SCAN = 1024 * 1024  # bytes read at a time looking for the next record
# Bytes of a member inflated to check it is whole: a page's record (its WARC and HTTP heads
# with the payload cap) is within it; a larger one FastWARC's read refuses as too large.
_MEMBER_CHECK_BYTES = 2 * MAX_PAGE_BYTES


class _Records:
    """``(offset, record)`` for each record FastWARC reads, and ``(offset, None)`` where it
    cannot: a record it cannot parse (a header over its limit, a broken one) ended the whole
    archive, and a record whose declared length runs past the archive's end swallowed every
    record after it. Reading starts again at the next record's start after such a record
    (after ``cut``, which the reader sets), so it costs that record only."""

    def __init__(self, stream: IO[bytes], *, compressed: bool) -> None:
        self.stream = stream
        self.compressed = compressed
        self.marker = _MEMBER_START if compressed else _RECORD_START
        self.cut: int | None = None

    def member_fault(self, start: int) -> str | None:
        """``member_fault`` of the record at ``start``; None in an uncompressed archive."""
        return member_fault(self.stream, start) if self.compressed else None

    def __iter__(self) -> Iterator[tuple[int, WarcRecord | None]]:
        start: int | None = 0
        while start is not None:
            self.stream.seek(start)
            last = None
            try:
                for record in ArchiveIterator(self.stream, parse_http=True, auto_decode="none"):
                    last = record.stream_pos
                    yield last, record
            except (OSError, ValueError):
                following = self._next_start((start if last is None else last) + 1)
                if following is None and (last is not None or start == 0):
                    raise  # no record after it to read (or none at all: no WARC archive)
                if last is not None:  # one after the last read (or its length misled FastWARC)
                    start = following
                    continue
                yield start, None  # the record at ``start`` itself cannot be parsed
                start = following
                continue
            start = None
            if last is not None and self.cut == last:
                start = self._next_start(last + 1)

    def _next_start(self, offset: int) -> int | None:
        """Where the next record after ``offset`` starts, if one does."""
        marker, stream = self.marker, self.stream
        stream.seek(offset)
        # Each chunk is searched with the marker's length of the one before it, so that a
        # marker across two chunks is found, and what precedes a marker can be read.
        base, carried = offset, b""
        while chunk := stream.read(_SCAN):
            data = carried + chunk
            found = data.find(marker, 1 if carried else 0)
            while found >= 0:
                at = base - len(carried) + found
                # A version line starts a line (or the archive); a gzip magic stands anywhere.
                if marker is _MEMBER_START or at == 0 or data[found - 1 : found] == b"\n":
                    return at
                found = data.find(marker, found + 1)
            carried = data[-len(marker) :]
            base += len(chunk)
        return None


def member_fault(stream: IO[bytes], start: int) -> str | None:
    """What is wrong with the gzip member at ``start`` of a ``.warc.gz``: "cut short" (its
    data runs out before the member's end) or "corrupt" (zlib's error), unless its record's
    bytes inflated whole and the next record's follow (an archive compressed as one gzip
    stream); None for a whole member, or when it cannot be told (a remote stream). FastWARC
    inflated a cut member on into the next member's bytes: the record was read as a page
    of junk, or, further on, as a WARC header that "cannot be parsed". Read with
    ``os.pread``, FastWARC's position untouched."""
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    inflater = zlib.decompressobj(wbits=31)
    offset, made, head, after = start, 0, b"", b""
    extent = float("inf")
    try:
        # a record inside one gzip stream of many starts at no member of its own
        if os.pread(descriptor, len(_MEMBER_START), start) != _MEMBER_START:
            return None
        while not inflater.eof:
            data = inflater.unconsumed_tail or os.pread(descriptor, _SCAN, offset)
            if not data:
                return None if _next_follows(after) else "cut short"
            if not inflater.unconsumed_tail:
                offset += len(data)
            out = inflater.decompress(data, _SCAN)
            if len(head) < _HEAD_BYTES:
                head += out[: _HEAD_BYTES - len(head)]
                extent = _record_bytes(head)
            if made + len(out) > extent and len(after) < _AFTER_BYTES:
                skip = max(int(extent) - made, 0)
                after += out[skip : skip + _AFTER_BYTES - len(after)]
                if _next_follows(after):
                    return None  # one stream of many records, this one whole
            made += len(out)
            if made > _MEMBER_CHECK_BYTES:
                return None  # FastWARC's own read finds it too large
    except zlib.error:
        return None if _next_follows(after) else "corrupt"
    except OSError:
        return None
    return None


# Inflated bytes after a record read to tell its end: its "\r\n\r\n" and the next "WARC/1.".
_AFTER_BYTES = 16


def _next_follows(after: bytes) -> bool:
    """Whether ``after``, the bytes inflated after a record, are the next record's start."""
    return after.lstrip(b"\r\n").startswith(_RECORD_START)


# Inflated bytes kept to read a record's WARC header (FastWARC's limit is 32 KB).
_HEAD_BYTES = 64 * 1024
_LENGTH_LINE = re.compile(rb"\r\ncontent-length:[ \t]*(\d{1,18})[ \t]*\r\n", re.IGNORECASE)


def _record_bytes(head: bytes) -> float:
    """Bytes of the record whose inflated start is ``head``: its WARC header and the block
    its ``Content-Length`` states; infinite when they cannot be read from it."""
    end = head.find(b"\r\n\r\n")
    found = _LENGTH_LINE.search(head, 0, end + 2) if end >= 0 else None
    return float("inf") if found is None else end + 4 + int(found.group(1))


def _no_page(path: str, *, any_record: bool) -> Failure:
    """The failure row of an archive that gave no row (an empty file, or one of only
    ``warcinfo`` or non-HTML records): a batch has a row for each of its inputs."""
    held = "no HTML page" if any_record else "no record"
    return Failure(
        input=path, stage="read", error_type="EmptyInputError", message=f"archive holds {held}"
    )


def unreadable(key: str, member_fault: str | None = None) -> Failure:
    """The failure row of a record FastWARC cannot parse (its header over FastWARC's limit,
    or no WARC header at all), or whose gzip member is ``member_fault`` ("cut short",
    "corrupt": ``_Records.member_fault``)."""
    cause = (
        f"its gzip member is {member_fault}" if member_fault else "its WARC header cannot be parsed"
    )
    return Failure(
        input=key,
        stage="read",
        error_type=UnreadableRecordError.__name__,
        message=f"unreadable record: {cause}",
    )


def _one_record(path: str, stream: IO[bytes], offset: int) -> Iterator[PageTask | Failure]:
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
            if record.record_type in _READ_TYPES:
                compressed = path.lower().endswith(".gz")
                for item in _record_item(f"{path}#{offset}", record):
                    fault = member_fault(stream, offset) if compressed else None
                    yield (
                        unreadable(item.key, fault)
                        if fault and isinstance(item, PageTask)
                        else item
                    )
                return
            break
    except (OSError, ValueError) as exc:  # FastWARC's "Invalid WARC header": no record there
        if isinstance(exc, OSError) and exc.errno is not None:
            raise  # the system's error reading the file, kept as it is
    yield Failure(
        input=f"{path}#{offset}",
        stage="read",
        error_type=RecordNotFoundError.__name__,
        message=f"no response or resource record at offset {offset} of {path}",
    )


def _record_item(key: str, record: WarcRecord) -> Iterator[PageTask | Failure]:
    """The page of a record, its failure, or nothing (a record that is no page)."""
    if is_damaged(record):
        yield damaged(key)
        return
    try:
        read = as_http(record)
    except UnreadableRecordError as exc:
        yield Failure.from_exception(key, "read", exc)
        return
    except InputTooLargeError:
        yield _too_large(key)
        return
    if read is None:
        yield damaged(key)
        return
    record = read
    if has_unreadable_http_head(record):
        yield Failure(
            input=key,
            stage="read",
            error_type=UnreadableRecordError.__name__,
            message="unreadable record: typed an HTTP response, it has no HTTP status line",
        )
    elif is_page(record):
        yield page_task(key, record)
    elif _is_cut(record):  # an archive cut inside the HTTP header leaves no telling type
        yield damaged(key)


def _unread_tail(path: str, stream: IO[bytes], last: int | None) -> int | None:
    """Where bytes that FastWARC read no record from start, after the last gzip member.

    An archive cut in the first bytes of a member inflates to nothing, and FastWARC ends
    without a word: the member after the last record read is that damaged record.
    Uncompressed archives need no check (FastWARC hands a cut record over, or raises).
    """
    if not path.lower().endswith(".gz") or last is None:
        return None
    stream.seek(last)
    inflater = zlib.decompressobj(wbits=31)
    pending, consumed = b"", 0
    while not inflater.eof:
        if not pending:
            pending = stream.read(_CHUNK)
            if not pending:
                return None  # the last member is cut: its record says so
            consumed += len(pending)
        try:
            inflater.decompress(pending, _CHUNK)
        except zlib.error:  # not a member per record (one gzip stream for the whole file)
            return None
        pending = inflater.unconsumed_tail
    rest = inflater.unused_data + pending
    if not rest.strip(b"\0\r\n\t ") and not stream.read(1):
        return None
    return last + consumed - len(rest)


def page_keys(path: str) -> Iterator[str]:
    """The keys of the archive's pages (what ``read_warc`` yields), payloads left unread.

    An archive that cannot be read yields its own path, as ``read_warc`` yields a failure.
    """
    try:
        with open_binary(path) as stream:
            records = _Records(stream, compressed=path.lower().endswith(".gz"))
            for offset, record in records:
                if record is None:
                    yield f"{path}#{offset}"
                elif record.record_type in _READ_TYPES and is_damaged(record):
                    if _is_cut(record):  # as ``read_warc`` finds it: what follows is read again
                        records.cut = offset
                    yield f"{path}#{offset}"
                elif record.record_type in _READ_TYPES:
                    try:
                        read = as_http(record)
                    except (UnreadableRecordError, InputTooLargeError):  # ``read_warc``'s row
                        yield f"{path}#{offset}"
                        continue
                    if read is None:  # cut short: ``read_warc``'s damaged row
                        records.cut = offset
                        yield f"{path}#{offset}"
                    elif has_unreadable_http_head(read) or is_page(read):
                        if _is_cut(read):
                            records.cut = offset
                        yield f"{path}#{offset}"
    except (OSError, ValueError):
        yield path


def is_damaged(record: WarcRecord) -> bool:
    """True for a record whose WARC header was cut short (an archive truncated inside it).

    FastWARC hands such a record over with what it could read (often as an ``unknown``
    type); without its ``Content-Length`` no record can be delimited, so it is no record.
    """
    length = record.headers.get("Content-Length") or ""
    return not length.strip().isdigit() or "WARC-Type" not in record.headers


def _is_cut(record: WarcRecord, read: int = 0) -> bool:
    """True when the record's block ends before its ``Content-Length`` (read, not kept),
    ``read`` bytes of it read already."""
    remaining = record.content_length - read
    while remaining > 0 and (chunk := record.reader.read(min(remaining, _CHUNK))):
        remaining -= len(chunk)
    return remaining > 0


def damaged(key: str) -> Failure:
    """The failure row of a record whose WARC header the archive's end cuts short, or which
    states no length."""
    return Failure(
        input=key,
        stage="read",
        error_type=TruncatedRecordError.__name__,
        message="damaged record: its WARC header is cut short or states no length",
    )


def as_http(record: WarcRecord) -> WarcRecord | None:
    """``record`` read again from its block when FastWARC did not read it as an HTTP answer
    while it is one: its WARC ``Content-Type`` names ``application/http`` in a spelling
    FastWARC does not take (media types are caseless: ``APPLICATION/HTTP``,
    ``application/http ; msgtype=response``), or names HTML or nothing while the block opens
    with an HTTP status line. A ``response`` record typed HTML without one is the page itself,
    as a ``resource`` record is. Each was passed over without a row. None for a block cut
    short (a damaged record); any other record as it is. An ``InputTooLargeError`` for a
    whole block over ``MAX_PAGE_BYTES``, an ``UnreadableRecordError`` for a block whose HTTP
    head FastWARC cannot parse."""
    if record.record_type != WarcRecordType.response or record.is_http:
        return record
    media_type = _media_type(record.headers.get("Content-Type"))
    if media_type not in _MAYBE_HTTP:
        return record
    if record.content_length == 0 and media_type != "application/http":
        return record  # an empty block holds no status line: it was rebuilt as it was
    block = record.reader.read(_read_limit(record))
    if len(block) != record.content_length:
        if len(block) > MAX_PAGE_BYTES and not _is_cut(record, len(block)):  # whole, too large
            # its row said "WARC header cut short", naming no cap
            raise InputTooLargeError(_too_large_message())
        return None
    http = media_type == "application/http" or block.startswith(b"HTTP/")
    replaced = (b"content-type", b"content-length") if http else (b"content-length",)
    head = [name + b": " + value for name, value in record.headers.items_bytes()]
    head = [line for line in head if line.split(b":", 1)[0].lower() not in replaced]
    if http:
        head.append(b"Content-Type: application/http; msgtype=response")
    head.append(b"Content-Length: %d" % len(block))
    data = b"\r\n".join([b"WARC/1.1", *head, b"", b""]) + block + _RECORD_END
    records = ArchiveIterator(io.BytesIO(data), parse_http=True, auto_decode="none")
    try:
        return next(iter(records), None)
    except (OSError, ValueError) as exc:  # a head over FastWARC's 32 KB limit, or garbled
        # raised here it ended the archive: every record after this one was lost
        raise UnreadableRecordError(
            "unreadable record: its HTTP head cannot be parsed (over FastWARC's header limit)"
        ) from exc


def _too_large_message() -> str:
    return f"the record's payload is over {MAX_PAGE_BYTES} bytes"


def _too_large(key: str) -> Failure:
    """The failure row of a record whose payload is over ``MAX_PAGE_BYTES``."""
    return Failure(
        input=key, stage="read", error_type="ResponseTooLargeError", message=_too_large_message()
    )


def _read_limit(record: WarcRecord) -> int:
    """Bytes to ask of ``record``'s reader: one past its stated length or ``MAX_PAGE_BYTES``,
    whichever is less (no reader holds more than the length states). FastWARC sets aside
    what is asked for: asked for ``MAX_PAGE_BYTES + 1`` (32 MB) each, a million empty
    records took 40 s to read, 108 s on a loaded machine; 2 MB of them."""
    return min(MAX_PAGE_BYTES, max(record.content_length, 0)) + 1


def has_unreadable_http_head(record: WarcRecord) -> bool:
    """True for a ``response`` record typed ``application/http`` whose block has no HTTP
    status line (a page stored without its head, a garbled head): it would else be passed
    over as no page, without a row, where it is a record the archive meant as one. A status
    that is no HTTP status (``HTTP/1.1 2``, a head a lying ``Content-Length`` cut; ``2000``;
    ``020``) is no status line either: read as a non-2xx answer, the record had no row."""
    if record.record_type != WarcRecordType.response or not record.is_http:
        return False
    status = record.http_headers.status_code
    return status is None or not _STATUS_MIN <= status <= _STATUS_MAX


def is_page(record: WarcRecord) -> bool:
    """True for a 2xx HTTP response or a resource record whose content type is HTML.

    A record that does not state any content type counts as a page (the decoder refuses it
    if it is not HTML); Common Crawl's ``WARC-Identified-Payload-Type`` is asked then.
    """
    if record.record_type == WarcRecordType.response and record.is_http:
        status = record.http_headers.status_code
        if status is None or not 200 <= status < 300:
            return False
        declared = record.http_headers.get("Content-Type")
    else:
        # A resource record; or a response record that is the page itself (``as_http``), or
        # no page (a DNS answer, an image): one that states no type is read as a resource
        # record is (raw HTML stored without its HTTP head was passed over without a row).
        declared = record.headers.get("Content-Type")
    media_type = _media_type(declared)
    if not media_type:
        media_type = _media_type(record.headers.get("WARC-Identified-Payload-Type"))
    return not media_type or media_type in HTML_TYPES


def _block_bytes(record: WarcRecord, payload_bytes: int) -> tuple[int, int]:
    """``payload_bytes`` of ``record``'s payload as bytes of its block, and the block's
    length its WARC ``Content-Length`` states: FastWARC's ``content_length`` is the
    payload's once it has read the HTTP head, a count the record nowhere states (a message
    said "1321 of 999956 bytes" of a record stating 1000000)."""
    try:
        declared = int(record.headers.get("Content-Length") or "")
    except ValueError:
        return payload_bytes, record.content_length
    head = max(declared - record.content_length, 0)
    return head + payload_bytes, declared


def page_task(key: str, record: WarcRecord) -> PageTask | Failure:
    """The page of an HTML record: its payload, URL, capture date, charset and codings."""
    content = record.reader.read(_read_limit(record))
    if len(content) > MAX_PAGE_BYTES:
        return _too_large(key)
    if len(content) < record.content_length:
        read, declared = _block_bytes(record, len(content))
        return Failure(
            input=key,
            stage="read",
            error_type=TruncatedRecordError.__name__,
            message=f"truncated record: {read} of the {declared} bytes it declares",
        )
    if (ends := _next_record_inside(content)) is not None:
        ends, declared = _block_bytes(record, ends)
        return Failure(
            input=key,
            stage="read",
            error_type=TruncatedRecordError.__name__,
            message=(
                f"truncated record: its block ends after {ends} of the "
                f"{declared} bytes it declares, where the next record starts"
            ),
        )
    if record.record_type == WarcRecordType.response and record.is_http:
        headers = record.http_headers
        charset = record.http_charset
        codings = _codings(headers.get("Content-Encoding")) + _codings(
            headers.get("Transfer-Encoding")
        )
    else:
        charset = _charset(record.headers.get("Content-Type"))
        codings = ()
    url = _target_uri(record.headers.get("WARC-Target-URI") or "")
    return PageTask(
        key=key, content=content, url=url, charset=charset, retrieved=_date(record), codings=codings
    )


def _target_uri(value: str) -> str | None:
    """The page's address a record's ``WARC-Target-URI`` names (WARC 1.0 wrote it in angle
    brackets), its spaces after the host escaped as ``%20``, as a browser sends them: a
    crawler that wrote ``/a b`` unescaped (the standard asks for a URI, which holds none)
    lost the page's address, ``page.web_address`` refusing a URL with a space. A space in
    the scheme or host is left, and so the address refused: it names no host."""
    value = value.strip("<> ")
    if " " in value:
        authority = _AUTHORITY.match(value)
        if authority is not None and " " not in authority.group():
            value = authority.group() + value[authority.end() :].replace(" ", "%20")
    return value or None


# The scheme and authority of an absolute address, up to its path, query or fragment.
_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")

# A record's block is followed by two CRLFs, and the next record by its version line.
_RECORD_END = b"\r\n\r\n"
_VERSION_LINES = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
_NEXT_RECORD = re.compile(rb"\r\n\r\nWARC/1\.[01]\r\n")


def _next_record_inside(content: bytes) -> int | None:
    """Where the block really ends when its ``Content-Length`` ran on into the next record,
    or None.

    FastWARC reads as many bytes as the length says and then finds the next record on its
    own, so the next record is read twice: once in full as itself, once (in part) as the
    end of this page. What follows the block's true end is the record terminator and the
    next record's version line, in full or cut by the declared length. A length over by at
    most the terminator's 4 bytes takes in CRLFs only: the page is whole, and it is kept.

    A page can quote a raw record, CRLFs and all (a page about web archives): a quote is
    followed by more of the page, where a record the length ran into is followed by the
    records after it only, up to where the length cut them (``_only_records_from``).
    """
    for found in _NEXT_RECORD.finditer(content):
        if _only_records_from(content, found.start() + len(_RECORD_END)):
            return found.start()
    end = content.rfind(_RECORD_END, max(0, len(content) - 16))  # a version line is 10 bytes
    rest = content[end + len(_RECORD_END) :]
    if end >= 0 and rest and any(line.startswith(rest) for line in _VERSION_LINES):
        return end
    return None


_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*([0-9]{1,18})[ \t]*\r?$", re.I | re.M)


def _only_records_from(content: bytes, at: int) -> bool:
    """Whether ``content[at:]`` is WARC records and nothing else, the last one maybe cut
    short: each a header that states its length, that many bytes, and the terminator."""
    while at < len(content):
        rest = content[at : at + len(_VERSION_LINES[0])]
        if not any(line.startswith(rest) for line in _VERSION_LINES):
            return False
        head_end = content.find(_RECORD_END, at)
        if head_end < 0:  # cut inside the header, or a quote's header the page's markup ends
            return b"</" not in content[at:]  # no URI holds a raw "<", no field an end tag
        length = _CONTENT_LENGTH.search(content, at, head_end)
        if length is None:
            return False  # no record states no length: a quote of one
        at = head_end + len(_RECORD_END) + int(length.group(1))
        terminator = content[at : at + len(_RECORD_END)]
        if not _RECORD_END.startswith(terminator):
            return False
        at += len(_RECORD_END)
    return True


def undo_codings(content: bytes, codings: tuple[str, ...]) -> bytes:
    """The payload with its HTTP codings undone, last applied first.

    Lenient: a payload that does not look encoded as its header says (many archivers store
    it decoded and keep the header) is returned as it is. Raises ``InputError`` for a coding
    this library cannot undo (``br``, ``zstd``), ``CorruptInputError`` for a corrupt stream
    and ``InputTooLargeError`` for one that inflates past ``MAX_PAGE_BYTES``; ``InputError``
    for more than ``MAX_CODINGS`` layers (each may inflate a full ``MAX_PAGE_BYTES``).
    """
    layers = [c for c in codings if c != "identity"]
    if len(layers) > MAX_CODINGS:
        raise InputError(
            f"the payload has {len(layers):,} codings stacked, more than the {MAX_CODINGS} undone"
        )
    for coding in reversed(codings):
        if coding == "chunked":
            content = _dechunk(content)
        elif coding in ("gzip", "x-gzip") and content[:2] == b"\x1f\x8b":
            content = inflate(content, wbits=47, limit=MAX_PAGE_BYTES, name="the gzip payload")
        elif coding == "deflate" and content[:1] in (b"\x78", b"\x08", b"\x18", b"\x28"):
            content = inflate(content, wbits=15, limit=MAX_PAGE_BYTES, name="the deflate payload")
        elif coding not in ("identity", "gzip", "x-gzip", "deflate") and not _looks_like_text(
            content
        ):
            raise InputError(f"the payload is {coding}-encoded, which newsextract cannot undo")
    return content


def _dechunk(content: bytes) -> bytes:
    """HTTP/1.1 chunked transfer coding undone; a payload that is not chunked as it is.

    A chunk size is hex digits only (``_CHUNK_SIZE``), as RFC 9112 writes it: ``int`` would
    also take ``-6``, and a negative size sent the reading position back to the start of
    the payload, so a record reading ``-6\\r\\n...`` grew its output without end (a batch
    worker stuck until the memory ran out). Every chunk read moves the position forward, so
    the output is never longer than the payload.
    """
    out = bytearray()
    position = 0
    while True:
        line_end = content.find(b"\r\n", position)
        size_text = content[position:line_end].split(b";", 1)[0].strip() if line_end >= 0 else b""
        if not _CHUNK_SIZE.fullmatch(size_text):
            return content if not out else bytes(out)
        size = int(size_text, 16)
        if size == 0:
            return bytes(out)
        start = line_end + 2
        out += content[start : start + size]
        position = start + size + 2
        if position >= len(content):
            return bytes(out)


_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
"""A chunk's size: hex digits (16 of them already name more than any payload holds)."""


def _looks_like_text(content: bytes) -> bool:
    return content.lstrip()[:1] == b"<"


def _date(record: WarcRecord) -> datetime | None:
    try:
        return record.record_date
    except (ValueError, OSError):
        return None


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _codings(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip().lower() for c in (value or "").split(",") if c.strip())
