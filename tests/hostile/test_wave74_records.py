"""Hostile input, wave 74: records that cannot travel between processes.

A rule hook may return a ``datetime`` for ``published``, kept "as it is": one set in a zone
of the caller's own class holding a lock (or of a ``datetime`` subclass that refuses to be
pickled) made an Article no pickle takes. In ``batch`` with worker processes the whole chunk
holding that page failed (``TypeError: cannot pickle '_thread.lock' object``), the pages
beside it, which the rule did not touch, included: records lost. Such a value is now a
plain ``datetime`` at the same moment and offset (a ``ZoneInfo`` zone, which pickles, is
kept); a zone whose offset cannot be read costs the field, as a failing hook does."""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.hostile import wave74_hooks

import newsextract
from newsextract import FieldRule, SiteRule
from newsextract.batching.runner import batch
from newsextract.batching.tasks import PageTask
from newsextract.batching.workers import Dispatcher
from newsextract.options import ExtractOptions

WORDS = "Harbour works resumed on Monday after the strike ended. "
HTML = (
    "<html><head><title>Harbour works</title></head><body><h1>Harbour works</h1>"
    f"<p>{WORDS * 8}</p></body></html>"
)


def _rule(hook: object) -> SiteRule:
    return SiteRule(
        name="locked", domains=("example.org",), fields={"published": FieldRule(hook=hook)}
    )


@pytest.mark.parametrize("hook", [wave74_hooks.locked_date, wave74_hooks.moment])
def test_a_hooks_date_makes_an_article_that_pickles(hook: object) -> None:
    article = newsextract.extract(HTML, "https://example.org/a", rules=[_rule(hook)])
    assert article.published is not None
    assert type(article.published) is datetime
    assert article.published.replace(tzinfo=None) == datetime(2024, 5, 3, 9, 40)
    assert pickle.loads(pickle.dumps(article)) == article


def test_the_offset_is_kept() -> None:
    rule = _rule(wave74_hooks.locked_date)
    article = newsextract.extract(HTML, "https://example.org/a", rules=[rule])
    assert article.published == datetime(2024, 5, 3, 9, 40, tzinfo=timezone(timedelta(hours=1)))


def test_a_zone_without_an_offset_costs_the_field() -> None:
    rule = _rule(wave74_hooks.broken_zone_date)
    article = newsextract.extract(HTML, "https://example.org/a", rules=[rule])
    assert article.provenance.get("published") != "rule:locked"
    pickle.dumps(article)


def test_a_zoneinfo_date_is_kept_as_it_is() -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Paris")
    rule = SiteRule(
        name="paris",
        domains=("example.org",),
        fields={"published": FieldRule(hook=_paris)},
    )
    article = newsextract.extract(HTML, "https://example.org/a", rules=[rule])
    assert article.published is not None and article.published.tzinfo is zone


def _paris(page: object) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(2024, 5, 3, 9, 40, tzinfo=ZoneInfo("Europe/Paris"))


def test_a_batch_with_workers_loses_no_row(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    hosts = ["other.example", "example.org"] * 3
    rows.write_text(
        "".join(
            json.dumps({"url": f"https://{h}/a{i}", "html": HTML}) + "\n"
            for i, h in enumerate(hosts)
        )
    )
    items = list(batch([str(rows)], workers=2, rules=[_rule(wave74_hooks.locked_date)]))
    assert len(items) == len(hosts)
    assert all(item.article is not None for item in items), [i.failure for i in items]


def test_an_item_that_cannot_go_back_costs_its_page_alone() -> None:
    """Whatever makes one result unpicklable, the pages of its chunk are run again one by
    one: before, the chunk's eight pages were eight failures of the one's ``TypeError``."""
    keys = [f"page-{i}" for i in range(7)] + ["page-unsendable"]
    tasks = [PageTask(key=key, content=HTML.encode(), url=f"https://e.org/{key}") for key in keys]
    dispatcher = Dispatcher(
        options=ExtractOptions(),
        workers=2,
        chunksize=8,
        chunk_function=wave74_hooks.chunk_with_an_unsendable_item,
    )
    items = {item.input: item for item in dispatcher.run(iter(tasks))}
    assert sorted(items) == sorted(keys)
    assert all(items[key].article is not None for key in keys[:-1])
    failure = items["page-unsendable"].failure
    assert failure is not None and failure.error_type == "TypeError"
    assert "pickle" in failure.message
