"""``newsextract batch`` end to end on hostile rows: a URL list (``-i``) of grammar pages
served by a local HTTP server under odd content types, statuses and redirects, mixed with
lines that are no URL a fetcher can use (unparsable, refused ports, other schemes, 5,000
characters, a NUL, bytes that are no UTF-8, keys of records in missing files), and beside
it a hostile WARC archive and a JSONL file of grammar pages, written as JSONL, CSV or
Parquet (the workers' encoded rows, ``batching.encoded``).

The command ends with an exit status, never a traceback, and every listed line, every page
of the JSONL file and the archive each get their rows: an article or a failure.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from hostile.grammar import article_bytes
from hostile.profile import fuzz
from hostile.test_fuzz_warc import warc_archive
from newsextract.cli import main

_TYPES = [
    *["text/html; charset=utf-8", "text/html", "application/xhtml+xml", "text/plain"],
    *["application/pdf", "", "text/html; charset=x-bogus", "text/html; charset=base64"],
]


class _Pages(ThreadingHTTPServer):
    """Serves ``pages``: path -> (status, content type, body)."""

    pages: dict[str, tuple[int, str, bytes]]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Pages

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        status, content_type, body = self.server.pages.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[_Pages]:
    running = _Pages(("127.0.0.1", 0), _Handler)
    running.pages = {}
    running.handle_error = lambda request, address: None  # type: ignore[method-assign]
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def _odd_lines(base: str) -> list[str]:
    """Listed lines no fetcher can use as they are, each to become a failure row."""
    return [
        *["http://[::1", "http://127.0.0.1:9/refused", "http://127.0.0.1:99999/a"],
        *[f"{base}/missing", f"{base}/dump.warc.gz", f"{base}/rows.jsonl", f"{base}/loop"],
        *["ftp://127.0.0.1/a", "javascript:alert(1)", "file:///nonexistent/x.html"],
        *[f"{base}/" + "a" * 5000, f"{base}/p\x00x", f"{base}/é/ü?q=\u202e", "http://"],
        *["missing-notes.jsonl:12", "missing-crawl.warc.gz#18324", "no-such-page.html"],
    ]


@st.composite
def listing(draw: st.DrawFn) -> tuple[list[tuple[str, int, str, bytes]], list[int]]:
    """Served pages (path, status, content type, body) and which odd lines to list."""
    pages = []
    for index in range(draw(st.integers(0, 4))):
        status = draw(st.sampled_from([200, 200, 200, 404, 500, 204, 302]))
        body = draw(article_bytes())
        pages.append((f"/p/{index}", status, draw(st.sampled_from(_TYPES)), body))
    odd = draw(st.lists(st.integers(0, len(_odd_lines("")) - 1), max_size=6, unique=True))
    return pages, odd


def _rows(path: Path, fmt: str) -> list[str]:
    if not path.exists():
        return []
    if fmt == "jsonl":
        return [json.loads(line)["input"] for line in path.read_text().splitlines()]
    if fmt == "csv":
        csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # a body of 200 KB
        with path.open(newline="", encoding="utf-8") as stream:
            return [row["input"] for row in csv.DictReader(stream)]
    import pyarrow.parquet as pq

    return [str(key) for key in pq.read_table(path, columns=["input"]).column("input").to_pylist()]


def _quiet(call: Callable[[], int]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = call()
    return code, out.getvalue() + err.getvalue()


# Each case starts a batch run: a failing one is not shrunk (that took over five minutes),
# and its example (pages of up to 200 KB) is shown whole.
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
@settings(fuzz(3), phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(
    listing(),
    warc_archive(),
    st.lists(article_bytes(), max_size=3),
    st.sampled_from(["jsonl", "csv", "parquet"]),
    st.sampled_from(["1", "1", "2"]),  # two: rows encoded in worker processes and pickled
)
def test_batch_over_a_hostile_url_list_a_warc_and_jsonl(
    tmp_path_factory: pytest.TempPathFactory,
    server: _Pages,
    served: tuple[list[tuple[str, int, str, bytes]], list[int]],
    archive: tuple[bytes, bool],
    jsonl_pages: list[bytes],
    fmt: str,
    workers: str,
) -> None:
    folder = tmp_path_factory.mktemp("batch")
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages, odd = served
    server.pages = {path: (status, kind, body) for path, status, kind, body in pages}
    server.pages["/loop"] = (302, "", b"/loop")
    server.pages.update({f"/r{path}": (301, "", path.encode()) for path, *_ in pages})
    lines = [base + path for path, *_ in pages] + [f"{base}/r{path}" for path, *_ in pages]
    lines += [_odd_lines(base)[index] for index in odd]
    listed = folder / "urls.txt"
    listed.write_bytes(
        b"\xef\xbb\xbf# hostile list\n\n   \n"
        + b"".join(line.encode("utf-8", "surrogatepass") + b"\r\n" for line in lines)
        + b"\xff\xfe-no-utf8\n"
    )
    data, gzipped = archive
    warc = folder / ("crawl.warc.gz" if gzipped else "crawl.warc")
    warc.write_bytes(data)
    rows = folder / "rows.jsonl"
    rows.write_text(
        "".join(
            json.dumps({"url": f"https://example.org/{n}", "html": page.decode("latin-1")}) + "\n"
            for n, page in enumerate(jsonl_pages)
        )
    )
    out = folder / f"out.{fmt}"
    arguments = ["batch", "-i", str(listed), str(warc), str(rows), "-o", str(out)]
    arguments += ["-j", workers, "--no-progress", "--timeout", "3", "--delay", "0"]
    code, shown = _quiet(lambda: main(arguments))
    assert code in (0, 1, 2) and "Traceback" not in shown, shown[-2000:]
    keys = _rows(out, fmt)
    assert all(line.strip() in keys for line in lines), (sorted(set(lines) - set(keys)), keys)
    assert any("-no-utf8" in key for key in keys)
    assert any(key.startswith(str(warc)) for key in keys), keys
    assert all(f"{rows}:{n + 1}" in keys for n in range(len(jsonl_pages))), keys

    # Resumed, the run reads the output it wrote (whatever its rows hold) and loses none.
    code, shown = _quiet(lambda: main([*arguments, "--resume"]))
    assert code in (0, 1) and "Traceback" not in shown, shown[-2000:]
    assert set(keys) <= set(_rows(out, fmt))
