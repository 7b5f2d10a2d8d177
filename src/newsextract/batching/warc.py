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

import logging
import zlib
from collections.abc import Container, Iterator
from datetime import datetime

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newsextract.batching.inputs import PageTask, open_binary
from newsextract.batching.results import Failure
from newsextract.errors import InputError

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_PAGE_BYTES = 32 * 1024 * 1024
"""Records with a larger payload are failures (``read``), not pages."""


def read_warc(
    path: str, *, skip: Container[str] = (), offset: int | None = None
) -> Iterator[PageTask | Failure]:
    """One ``PageTask`` for each HTML page in the archive at ``path`` (local or remote).

    With ``offset``, only the record that starts there. Records whose key is in ``skip`` are
    passed over without reading their payload. A truncated or oversized record is a
    ``Failure`` of its own; an archive that cannot be opened or parsed further is one
    ``Failure`` keyed by the archive's path (reported once: not again on a resumed run).
    """
    try:
        with open_binary(path) as stream:
            if offset is not None:
                stream.seek(offset)
            records = ArchiveIterator(
                stream,
                record_types=WarcRecordType.response | WarcRecordType.resource,
                parse_http=True,
                auto_decode="none",
            )
            for record in records:
                key = f"{path}#{record.stream_pos}"
                if key not in skip and is_page(record):
                    yield page_task(key, record)
                if offset is not None:
                    return
    except (OSError, ValueError, ImportError) as exc:
        if path not in skip:
            yield Failure.from_exception(path, "read", exc)
        return
    if offset is not None:
        yield Failure(
            input=f"{path}#{offset}",
            stage="read",
            error_type="LookupError",
            message=f"no response or resource record at offset {offset} of {path}",
        )


def page_keys(path: str) -> Iterator[str]:
    """The keys of the archive's pages (what ``read_warc`` yields), payloads left unread.

    An archive that cannot be read yields its own path, as ``read_warc`` yields a failure.
    """
    try:
        with open_binary(path) as stream:
            for record in ArchiveIterator(
                stream, record_types=WarcRecordType.response | WarcRecordType.resource
            ):
                if is_page(record):
                    yield f"{path}#{record.stream_pos}"
    except (OSError, ValueError):
        yield path


def is_page(record: WarcRecord) -> bool:
    """True for a 2xx HTTP response or a resource record whose content type is HTML.

    A record that does not state any content type counts as a page (the decoder refuses it
    if it is not HTML); Common Crawl's ``WARC-Identified-Payload-Type`` is asked then.
    """
    if record.record_type == WarcRecordType.response:
        if not record.is_http:
            return False
        status = record.http_headers.status_code
        if status is None or not 200 <= status < 300:
            return False
        declared = record.http_headers.get("Content-Type")
    else:
        declared = record.headers.get("Content-Type")
    media_type = _media_type(declared)
    if not media_type:
        media_type = _media_type(record.headers.get("WARC-Identified-Payload-Type"))
    return not media_type or media_type in HTML_TYPES


def page_task(key: str, record: WarcRecord) -> PageTask | Failure:
    """The page of an HTML record: its payload, URL, capture date, charset and codings."""
    content = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(content) > MAX_PAGE_BYTES:
        return Failure(
            input=key,
            stage="read",
            error_type="ResponseTooLargeError",
            message=f"the record's payload is over {MAX_PAGE_BYTES} bytes",
        )
    if len(content) < record.content_length:
        return Failure(
            input=key,
            stage="read",
            error_type="EOFError",
            message=f"truncated record: {len(content)} of {record.content_length} bytes",
        )
    if record.record_type == WarcRecordType.response:
        headers = record.http_headers
        charset = record.http_charset
        codings = _codings(headers.get("Content-Encoding")) + _codings(
            headers.get("Transfer-Encoding")
        )
    else:
        charset = _charset(record.headers.get("Content-Type"))
        codings = ()
    url = (record.headers.get("WARC-Target-URI") or "").strip("<> ") or None
    return PageTask(
        key=key, content=content, url=url, charset=charset, retrieved=_date(record), codings=codings
    )


def undo_codings(content: bytes, codings: tuple[str, ...]) -> bytes:
    """The payload with its HTTP codings undone, last applied first.

    Lenient: a payload that does not look encoded as its header says (many archivers store
    it decoded and keep the header) is returned as it is. Raises ``InputError`` for a coding
    this library cannot undo (``br``, ``zstd``) and ``zlib.error`` for a corrupt stream.
    """
    for coding in reversed(codings):
        if coding == "chunked":
            content = _dechunk(content)
        elif coding in ("gzip", "x-gzip") and content[:2] == b"\x1f\x8b":
            content = zlib.decompress(content, wbits=47)
        elif coding == "deflate" and content[:1] in (b"\x78", b"\x08", b"\x18", b"\x28"):
            content = zlib.decompress(content)
        elif coding not in ("identity", "gzip", "x-gzip", "deflate") and not _looks_like_text(
            content
        ):
            raise InputError(f"the payload is {coding}-encoded, which newsextract cannot undo")
    return content


def _dechunk(content: bytes) -> bytes:
    """HTTP/1.1 chunked transfer coding undone; a payload that is not chunked as it is."""
    out = bytearray()
    position = 0
    while True:
        line_end = content.find(b"\r\n", position)
        size_text = content[position:line_end].split(b";", 1)[0].strip() if line_end >= 0 else b""
        try:
            size = int(size_text, 16)
        except ValueError:
            return content if not out else bytes(out)
        if size == 0:
            return bytes(out)
        start = line_end + 2
        out += content[start : start + size]
        position = start + size + 2
        if position >= len(content):
            return bytes(out)


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
