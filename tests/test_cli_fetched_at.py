"""``--fetched-at`` on ``extract``, ``explain`` and ``batch``: a saved page dated only by a
relative stamp ("3 hours ago") is dated back from when it was fetched, as ``extract(...,
fetched_at=...)`` does; an input that carries its own capture time (a WARC record, a fetched
URL) keeps it."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsextract.batching.tasks import FileTask, PageTask
from newsextract.batching.workers import process
from newsextract.cli import main, run_extract
from newsextract.errors import OptionError
from newsextract.options import ExtractOptions

# An invented local story whose only date is a relative stamp.
STORY = (
    '<html lang="en"><head><meta charset="utf-8"><title>Ferry returns</title></head><body>'
    '<article><h1>Ferry returns to the harbour</h1><div class="post-meta"><span '
    'class="posted-on">3 hours ago</span></div><p>The old ferry came back to the harbour on '
    "Tuesday after a winter in the dry dock, repainted and with a new engine.</p><p>Its first "
    "crossing of the season leaves at nine, the harbour master said.</p></article></body></html>"
)
FETCHED = "2024-03-05T14:47:30+00:00"
DATED = "2024-03-05T11:00:00+00:00"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.html"
    path.write_text(STORY, encoding="utf-8")
    return path


def _extract_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["extract", *argv]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert isinstance(row, dict)
    return row


def test_extract_dates_a_saved_page_from_its_fetch_time(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _extract_json([str(story)], capsys)["published"] is None
    row = _extract_json([str(story), "--fetched-at", FETCHED], capsys)
    assert row["published"] == DATED


def test_a_fetch_time_without_an_offset_is_utc(story: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    naive = datetime(2024, 3, 5, 14, 47, 30)
    assert run_extract([str(story)], "json", out, err, fetched_at=naive) == 0
    assert json.loads(out.getvalue())[0]["published"] == DATED


def test_explain_shows_the_relative_stamp_as_the_source(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", str(story), "--fetched-at", FETCHED]) == 0
    shown = capsys.readouterr().out
    assert "text:relative-stamp:hour" in shown


def test_a_bad_fetch_time_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(story), "--fetched-at", "yesterday"])
    assert stopped.value.code == 2
    assert "not an ISO 8601 date-time" in capsys.readouterr().err


def test_batch_gives_saved_files_the_fetch_time(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(story), "-o", str(out), "--workers", "1", "--fetched-at", FETCHED]
    assert main(argv) == 0
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["published"] == DATED


def test_an_input_with_its_own_capture_time_keeps_it(story: Path) -> None:
    """A WARC record's date beats the run's ``--fetched-at``: it is when that page was seen."""
    options = ExtractOptions(fetched_at=datetime(2024, 3, 5, 14, 47, 30, tzinfo=UTC))
    captured = datetime(2024, 3, 10, 9, 20, tzinfo=UTC)
    record = PageTask(key="r1", content=STORY.encode(), retrieved=captured)
    from_record = process(record, options).article
    from_file = process(FileTask(key="f", path=str(story)), options).article
    assert from_record is not None and from_file is not None
    assert from_record.published == datetime(2024, 3, 10, 6, 0, tzinfo=UTC)
    assert from_file.published == datetime(2024, 3, 5, 11, 0, tzinfo=UTC)


def test_a_fetch_time_outside_the_calendar_in_utc_is_refused(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An instant before year 1 in UTC failed every page's extraction; now the option is
    refused up front, in one line."""
    with pytest.raises(OptionError, match="fetched_at"):
        ExtractOptions(fetched_at=datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=14))))
    # argparse's usage error, naming the option (wave 76: it was the OptionError's repr)
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(story), "--fetched-at", "0001-01-01T05:00+14:00"])
    assert exit_.value.code == 2
    assert "--fetched-at" in capsys.readouterr().err
