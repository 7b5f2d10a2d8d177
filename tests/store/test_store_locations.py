"""Store locations that are neither a path nor a URL a database can be opened at.

A PostgreSQL URL whose port is no number (``postgresql://u:pw@[::1``, ``...@host:abc/db``)
raised a bare ``ValueError`` from ``Store`` and ``store export``; a location holding a NUL
raised ``ValueError`` ("embedded null byte"), and a SQLite URL naming a host SQLAlchemy's
``ArgumentError``. Each is a ``StoreError`` now, the password hidden in its message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.cli import main
from newsextract.errors import StoreError
from newsextract.store import Store

BAD_URLS = ["postgresql://reader:hunter2@[::1", "postgresql://reader:hunter2@db:abc/news"]


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("location", BAD_URLS)
def test_a_url_whose_port_is_no_number_is_a_store_error(location: str, create: bool) -> None:
    with pytest.raises(StoreError, match="not a store location") as caught:
        Store(location, create=create)
    assert "hunter2" not in str(caught.value) and "hunter2" not in caught.value.location
    assert "reader:***@" in caught.value.location


@pytest.mark.parametrize("command", ["export", "stats"])
@pytest.mark.parametrize("location", BAD_URLS)
def test_store_commands_say_so_without_the_password(
    location: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["store", command, location]) == 2
    err = capsys.readouterr().err
    assert "StoreError: not a store location" in err and "hunter2" not in err


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("name", ["news\x00.db", "sqlite://\x00"])
def test_a_location_holding_a_nul_is_a_store_error(tmp_path: Path, name: str, create: bool) -> None:
    location = name if "://" in name else str(tmp_path / name)
    with pytest.raises(StoreError, match="no NUL"):
        Store(location, create=create)
    assert list(tmp_path.iterdir()) == []


def test_a_sqlite_url_naming_a_host_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a SQLite URL"):
        Store(f"sqlite://host/{tmp_path}/news.db")
    assert list(tmp_path.iterdir()) == []
