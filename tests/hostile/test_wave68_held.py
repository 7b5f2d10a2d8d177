"""Hostile input, wave 68: the attacks that held, kept as tests through the public entry
points (a real 127.0.0.1 server, ``extract``, the command line as a subprocess).

Expected outcome: a charset naming a codec that is no text encoding is ignored; a coding
chain split over three ``Content-Encoding`` headers is undone; JSON-LD of a million array
items costs under a second; a ``--rules-dir`` holding a FIFO or a device named ``*.toml``
is one ``RuleError`` line with exit status 2, within seconds."""

from __future__ import annotations

import gzip
import os
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
from tests.batching.warcs import article_html

import newsextract

from .second import cli
from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server, send
from .third import machine_pace


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


@pytest.mark.parametrize("codec", ["base64", "rot13", "zlib_codec", "uu", "hex"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_charset_naming_a_codec_that_is_no_text_encoding_is_ignored(
    codec: str, where: str, server: RawServer
) -> None:
    body = PAGE.replace(b"<head>", f"<head><meta charset={codec}>".encode(), 1)
    if where == "header":
        data = head(length=len(PAGE)).replace(b"charset=utf-8", f"charset={codec}".encode())
        data += PAGE
    else:
        data = head(length=len(body)).replace(b"; charset=utf-8", b"") + body
    server.routes["/p"] = send(data)
    page = newsextract.fetch(server.url("/p"), options=options())
    assert page.encoding == "utf-8"
    assert "harbour plan" in newsextract.extract(page.text, url=page.final_url).body


def test_a_coding_chain_over_three_headers_is_undone(server: RawServer) -> None:
    chained = zlib.compress(brotli.compress(gzip.compress(PAGE)))
    codings = "Content-Encoding: gzip", "Content-Encoding: br", "Content-Encoding: deflate"
    server.routes["/p"] = send(head("200 OK", *codings, length=len(chained)) + chained)
    page = newsextract.fetch(server.url("/p"), options=options())
    assert page.content == PAGE


@pytest.mark.parametrize(
    "value",
    [
        '{"@type": "NewsArticle", "headline": "Quay", "keywords": ['
        + ",".join(["1"] * 10**6)
        + "]}",
        '{"@type": "NewsArticle", "headline": "Quay", "author": ['
        + ",".join(['{"@type": "Person", "name": "Ann Lee"}'] * 300_000)
        + "]}",
        '{"@graph": [' + ",".join(['{"@type": "Thing"}'] * 500_000) + "]}",
    ],
    ids=["million-items", "authors", "graph"],
)
def test_json_ld_of_a_million_items_costs_under_a_second(value: str) -> None:
    page = article_html("Quay").replace(
        "</head>", f'<script type="application/ld+json">{value}</script></head>'
    )
    started = time.process_time()
    article = newsextract.extract(page, url="https://news.example/2024/05/02/quay")
    assert time.process_time() - started < 1.5 * machine_pace()  # 0.7 s here
    assert article.title == "Quay"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_rules_folder_holding_a_fifo_or_a_device_is_one_rule_error_line(
    kind: str, tmp_path: Path
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    if kind == "fifo":
        os.mkfifo(rules / "site.toml")  # opened for reading, it would block for ever
    else:
        (rules / "site.toml").symlink_to("/dev/zero")  # read, it would never end
    page = tmp_path / "page.html"
    page.write_text(article_html("Quay"), encoding="utf-8")
    status, _, err = cli("extract", str(page), "--rules-dir", str(rules), seconds=60)
    assert status == 2, err[-500:]
    (line,) = err.strip().splitlines()
    assert "RuleError" in line and "site.toml" in line and "not a regular file" in line
