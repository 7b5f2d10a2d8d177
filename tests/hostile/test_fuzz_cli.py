"""The command line on odd files: ``extract``, ``explain`` and ``batch`` given a random mix
of empty, binary and gzipped files, folders, FIFOs, dangling and looping links, names with
a newline or bytes that are no UTF-8, grammar-made pages, junk WARC and JSONL files.

Each command ends with an exit status, never a Python traceback, and every input that
names a file (not a folder) gets its row: an article or a failure.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hostile.grammar import article_bytes
from hostile.profile import fuzz
from newsextract.cli import main, run_extract

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")

_PAGE = (
    b"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    b"<p>The council voted on the harbour plan after a long debate on its costs.</p>"
    b"</article></body></html>"
)


def _file(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _folder(with_page: bool) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.mkdir()
        if with_page:
            (path / "inner.html").write_bytes(_PAGE)

    return make


def _link(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(path.parent / target if target != "self" else path)


# Each kind: the file's name ending and how it is made. Folders are marked: they expand to
# the pages inside them, and need no row of their own.
_KINDS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "empty": (".html", _file(b"")),
    "blank": (".html", _file(b" \n\t\r\n")),
    "binary": (".html", _file(bytes(range(256)) * 4)),
    "nuls": (".html", _file(b"\x00" * 500)),
    "page": (".html", _file(_PAGE)),
    "gzip-page": (".html.gz", _file(gzip.compress(_PAGE))),
    "gzip-junk": (".html.gz", _file(b"\x1f\x8b\x08junk")),
    "gzip-cut": (".html.gz", _file(gzip.compress(_PAGE)[:30])),
    "warc-junk": (".warc", _file(b"WARC/1.0\r\nContent-Length: 99\r\n\r\n<p>")),
    "warc-gz-junk": (".warc.gz", _file(b"\x1f\x8b\x08\x00junk")),
    "jsonl-junk": (
        ".jsonl",
        _file(b'{"html": 5}\n[1]\nnull\n{bad\n{"url": "http://[::1", "html": "<p>x</p>"}\n'),
    ),
    "folder": ("/", _folder(with_page=False)),
    "folder-with-page": ("/", _folder(with_page=True)),
    "fifo": (".html", lambda path: os.mkfifo(path)),
    "dangling": (".html", _link("nowhere.html")),
    "loop": (".html", _link("self")),
}
_NAMES = st.sampled_from(["page", "two words", "line\nbreak", "é", "-dash", "x" * 200])


@st.composite
def odd_inputs(draw: st.DrawFn) -> list[tuple[str, str, bytes | None]]:
    """(kind, name, grammar page or None) for each input."""
    chosen = draw(st.lists(st.sampled_from(sorted(_KINDS)), min_size=1, max_size=5))
    pages = [draw(st.none() | article_bytes()) if kind == "page" else None for kind in chosen]
    return [(kind, draw(_NAMES), page) for kind, page in zip(chosen, pages, strict=True)]


def _made(folder: Path, inputs: list[tuple[str, str, bytes | None]]) -> list[tuple[str, bool, str]]:
    """The inputs made in ``folder``: each path, whether it is a folder, and what its row's
    key holds (the path; a name that is no UTF-8 is written with its bytes as ``\\xNN``)."""
    made = []
    for index, (kind, name, page) in enumerate(inputs):
        ending, make = _KINDS[kind]
        path = folder / f"{index}-{name}{ending.rstrip('/')}"
        if page is not None:
            path.write_bytes(page)
        else:
            make(path)
        made.append((str(path), ending == "/", str(path)))
    if any(kind == "page" for kind, _, _ in inputs):  # a name of bytes that are no UTF-8
        raw = os.fsencode(folder) + b"/\xff\xfe-name.html"
        Path(os.fsdecode(raw)).write_bytes(_PAGE)
        made.append((os.fsdecode(raw), False, "\\xff\\xfe-name.html"))
    return made


def _quiet(call: Callable[[], int]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = call()
    return code, out.getvalue(), err.getvalue()


@fuzz(12)
@given(odd_inputs())
def test_extract_explain_and_batch_on_odd_files(
    tmp_path_factory: pytest.TempPathFactory, inputs: list[tuple[str, str, bytes | None]]
) -> None:
    folder = tmp_path_factory.mktemp("odd")
    made = _made(folder, inputs)
    paths = [path for path, _, _ in made]
    files = {marker for _, is_folder, marker in made if not is_folder}

    out, err = io.StringIO(), io.StringIO()
    code = run_extract(paths, "jsonl", out, err)
    assert code in (0, 1, 2) and "Traceback" not in err.getvalue()
    keys = {json.loads(line)["input"] for line in out.getvalue().splitlines()}
    assert all(any(marker in key for key in keys) for marker in files)

    for path in paths[:2]:
        code, _, shown = _quiet(lambda path=path: main(["explain", path]))  # type: ignore[misc]
        assert code in (0, 1, 2) and "Traceback" not in shown

    rows = folder / "rows.jsonl"
    arguments = ["batch", *paths, "-o", str(rows), "-j", "1", "--no-progress", "--overwrite"]
    code, _, shown = _quiet(lambda: main(arguments))
    assert code in (0, 1, 2) and "Traceback" not in shown
    written = {json.loads(line)["input"] for line in rows.read_text().splitlines()}
    assert all(any(marker in key for key in written) for marker in files)
