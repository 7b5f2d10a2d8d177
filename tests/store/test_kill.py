"""``newsextract crawl --store`` killed with SIGKILL loses nothing: the rerun stores the
rest, and nothing twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tests.store import crawl_process
from tests.store.newssite import NewsSite, Story, stories

MakeNewsSite = Callable[[str, dict[str, Story]], NewsSite]
# More than the crawl holds in flight (with 2 workers, the dispatcher fetches and extracts
# up to 64 pages at once, the worker processes starting meanwhile): with fewer, every page
# could be fetched before the first is stored, and the kill could not land mid-way.
ARTICLES = 120
#: Seconds to wait for the crawl to store its first articles before giving up.
WAIT = 60


def counts(path: Path, *, wait: float = 5.0) -> dict[str, tuple[int, int]]:
    """Rows and distinct URLs (article ids for revisions) per table; ``wait``: seconds to
    wait for a writer's lock (sqlite3's default 5)."""
    with sqlite3.connect(path, timeout=wait) as db:
        return {
            table: db.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
            for table, key in (("articles", "url"), ("pages", "url"), ("revisions", "article_id"))
        }


def crawl(store: Path, site: NewsSite) -> subprocess.Popen[str]:
    """Two workers whatever the machine's cores: the pages in flight stay under ARTICLES."""
    return crawl_process.start(str(store), f"{site.url}/sitemap.xml", extra=("--workers", "2"))


def test_kill_9_then_rerun(tmp_path: Path, make_news_site: MakeNewsSite) -> None:
    site = make_news_site("127.0.0.51", stories(ARTICLES))
    # Slow enough that the crawl stores over seconds, so the kill after the first
    # articles lands mid-way on a loaded machine too.
    site.delay = 0.05
    store = tmp_path / "news.db"
    first = crawl(store, site)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if store.exists() and _stored(store) >= 5:
            break
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    kept = _stored(store)
    assert 5 <= kept < ARTICLES, f"the crawl should have been killed mid-way: {kept} stored"
    site.delay = 0.0
    rerun = crawl(store, site)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert crawl_process.new_articles(err) == ARTICLES - kept
    assert counts(store) == {
        "articles": (ARTICLES, ARTICLES),
        "pages": (ARTICLES, ARTICLES),
        "revisions": (ARTICLES, ARTICLES),
    }


def _stored(store: Path) -> int:
    """Articles stored so far, or 0 while the store is being created or locked: a poll must
    not wait seconds on the writer's lock while the crawl runs on (0.1 s, then poll again)."""
    try:
        return counts(store, wait=0.1)["articles"][0]
    except sqlite3.OperationalError:  # the tables are not created yet, or the store is locked
        return 0
