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
ARTICLES = 30
#: Seconds to wait for the crawl to store its first articles before giving up.
WAIT = 60


def counts(path: Path) -> dict[str, tuple[int, int]]:
    """Rows and distinct URLs (article ids for revisions) per table."""
    with sqlite3.connect(path) as db:
        return {
            table: db.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
            for table, key in (("articles", "url"), ("pages", "url"), ("revisions", "article_id"))
        }


def crawl(store: Path, site: NewsSite) -> subprocess.Popen[str]:
    return crawl_process.start(str(store), f"{site.url}/sitemap.xml")


def test_kill_9_then_rerun(tmp_path: Path, make_news_site: MakeNewsSite) -> None:
    site = make_news_site("127.0.0.51", stories(ARTICLES))
    # Slow enough that 30 pages take over a second at the crawl's politeness, so the kill
    # lands mid-way even when a loaded machine polls the store late (0.02 s did not).
    site.delay = 0.1
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
    assert 5 <= kept < ARTICLES, "the crawl should have been killed mid-way"
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
    try:
        return counts(store)["articles"][0]
    except sqlite3.OperationalError:  # the tables are not created yet
        return 0
