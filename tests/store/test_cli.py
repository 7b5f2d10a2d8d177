"""``newsextract crawl --store`` and ``newsextract store export|stats``, as a user runs them."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from tests.store.newssite import FIRST_DAY, NewsSite, Story, stories

from newsextract.batching.rows import columns
from newsextract.cli import main

MakeNewsSite = Callable[[str, dict[str, Story]], NewsSite]
FAST = ["--delay", "0", "--timeout", "10"]


def crawl(site: NewsSite, store: Path, *more: str) -> int:
    return main(["crawl", f"{site.url}/sitemap.xml", "--store", str(store), *FAST, *more])


def test_crawl_then_export_and_stats(
    tmp_path: Path, make_news_site: MakeNewsSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site = make_news_site("127.0.0.71", stories(3))
    store = tmp_path / "news.db"
    assert crawl(site, store) == 0
    assert "3 fetched, 0 re-checked" in capsys.readouterr().err
    assert crawl(site, store, "--recheck-after", "0s") == 0
    err = capsys.readouterr().err
    assert "0 fetched, 3 re-checked" in err and "0 new, 0 revised, 3 unchanged" in err

    assert main(["store", "export", str(store)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [list(row) for row in rows] == [list(columns())] * 3
    assert {row["title"] for row in rows} == {f"The harbour report number {n}" for n in range(3)}
    assert all(row["status"] == "ok" and row["input"] == row["url"] for row in rows)

    assert main(["store", "export", str(store), "--revisions", "-o", str(tmp_path / "r.csv")]) == 0
    with (tmp_path / "r.csv").open(newline="", encoding="utf-8") as file:
        revisions = list(csv.DictReader(file))
    assert sorted(row["input"].rsplit("#", 1)[1] for row in revisions) == ["r1"] * 3

    assert main(["store", "stats", str(store)]) == 0
    stats = capsys.readouterr().out
    assert "articles    3" in stats and "127.0.0.71" in stats


def test_since_and_several_sites(
    tmp_path: Path, make_news_site: MakeNewsSite, capsys: pytest.CaptureFixture[str]
) -> None:
    old = make_news_site("127.0.0.74", stories(2))
    new = make_news_site("127.0.0.75", stories(2, topic="railway"))
    for story in new.stories.values():
        story.modified = FIRST_DAY + timedelta(days=5)
    store = str(tmp_path / "news.db")
    sitemaps = [f"{site.url}/sitemap.xml" for site in (old, new)]
    since = (FIRST_DAY + timedelta(days=1)).date().isoformat()
    assert main(["crawl", *sitemaps, "--store", store, "--since", since, *FAST]) == 0
    assert "2 URLs discovered" in capsys.readouterr().err
    assert main(["store", "export", store]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {row["url"] for row in rows} == {new.article_url(slug) for slug in new.stories}


def test_export_filters_and_parquet(
    tmp_path: Path, make_news_site: MakeNewsSite, capsys: pytest.CaptureFixture[str]
) -> None:
    pyarrow = pytest.importorskip("pyarrow.parquet")
    first = make_news_site("127.0.0.72", stories(2))
    second = make_news_site("127.0.0.73", stories(1, topic="railway"))
    store = tmp_path / "news.db"
    assert crawl(first, store) == 0
    assert crawl(second, store) == 0
    out = tmp_path / "second.parquet"
    assert main(["store", "export", str(store), "--site", "127.0.0.73", "-o", str(out)]) == 0
    table = pyarrow.read_table(out)
    assert table.column("title").to_pylist() == ["The railway report number 0"]
    assert main(["store", "export", str(store), "--language", "fr"]) == 0
    assert capsys.readouterr().out == ""


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "nwes.db"
    assert main(["store", "stats", str(typo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such store" in err
    assert not typo.exists()  # reading never makes an empty store
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    assert main(["store", "export", str(tmp_path / "other.db")]) == 2
    assert "not a newsextract store" in capsys.readouterr().err
    assert main(["store", "export", str(tmp_path / "news.db"), "-f", "csv"]) == 2
    assert "pass -o OUT" in capsys.readouterr().err
    assert main(["crawl", "http://127.0.0.1:9/"]) == 2
    assert "--store" in capsys.readouterr().err
    both = ["crawl", "http://127.0.0.1:9/", "--store", "x.db", "-o", "x.jsonl", "--resume"]
    assert main(both) == 2
    assert "--output, --resume: for -o OUT, not --store" in capsys.readouterr().err
    assert main(["crawl", "http://127.0.0.1:9/", "-o", "x.jsonl", "--recheck-after", "1h"]) == 2
    assert "--recheck-after is for --store" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["crawl", "http://127.0.0.1:9/", "--store", "x.db", "--recheck-after", "soon"])
    assert exit_.value.code == 2
    assert "not a duration" in capsys.readouterr().err


@pytest.mark.parametrize("duration", ["1000000000d", "99999999999999999w", "9" * 400 + "s"])
def test_a_duration_past_what_a_timedelta_holds_is_a_usage_error(
    duration: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # An OverflowError out of timedelta was a traceback before.
    with pytest.raises(SystemExit) as exit_:
        main(["crawl", "http://127.0.0.1:9/", "--store", "x.db", "--recheck-after", duration])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "too long a duration" in err
    assert "Traceback" not in err
