"""Small WARC files written by hand, byte by byte, for the reader's tests."""

from __future__ import annotations

import contextlib
import gzip
import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs


@attrs.frozen(kw_only=True)
class Record:
    """One WARC record: ``block`` is the HTTP message (or the resource's bytes)."""

    url: str
    block: bytes
    type: str = "response"
    content_type: str = "application/http; msgtype=response"
    date: str = "2024-01-02T03:04:05Z"

    def to_bytes(self) -> bytes:
        head = (
            f"WARC/1.1\r\n"
            f"WARC-Type: {self.type}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {self.date}\r\n"
            f"WARC-Target-URI: {self.url}\r\n"
            f"Content-Type: {self.content_type}\r\n"
            f"Content-Length: {len(self.block)}\r\n\r\n"
        ).encode()
        return head + self.block + b"\r\n\r\n"


def http_response(
    body: bytes,
    *,
    status: int = 200,
    content_type: str | None = "text/html; charset=utf-8",
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{name}: {value}" for name, value in headers]
    if not any(name.lower() == "transfer-encoding" for name, _ in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def page(url: str, body: bytes, **http: object) -> Record:
    """A ``response`` record of an HTTP answer with ``body``."""
    return Record(url=url, block=http_response(body, **http))  # type: ignore[arg-type]


def write_warc(path: Path, records: Iterable[Record], *, gzipped: bool) -> list[int]:
    """Write the records (one gzip member each when ``gzipped``); returns their offsets."""
    offsets = []
    with path.open("wb") as out:
        for record in records:
            offsets.append(out.tell())
            data = record.to_bytes()
            out.write(gzip.compress(data) if gzipped else data)
    return offsets


def article_html(title: str, paragraphs: int = 6, *, text: str = "") -> str:
    words = text or "The council voted on the new harbour plan after a long debate on costs."
    body = "".join(f"<p>{words} Paragraph {i} adds detail.</p>" for i in range(paragraphs))
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


@contextlib.contextmanager
def fifo_beside_a_page(folder: Path, name: str) -> Iterator[tuple[Path, Path]]:
    """A FIFO named ``name`` and a good page beside it. Should the FIFO be opened after all,
    a writer turns up 5 s later (a page, not a refusal), so the test fails, not hangs."""
    fifo = folder / name
    os.mkfifo(fifo)
    good = folder / "good.html"
    good.write_text(article_html("Good"))
    late_writer = threading.Timer(5, lambda: fifo.write_text(article_html("Late")))
    late_writer.start()
    try:
        yield fifo, good
    finally:
        late_writer.cancel()


def block_length(record: bytes) -> int:
    """The length a record's WARC header states (its HTTP head and payload)."""
    return int(record.partition(b"Content-Length: ")[2].partition(b"\r\n")[0])
