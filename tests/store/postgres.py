"""A real PostgreSQL server for the tests, started in a temporary folder.

``initdb`` refuses to run as root, and the tests (and CI) run as root: the server's folder
is then given to ``nobody`` and ``initdb``/``pg_ctl`` run as that user. It listens on
127.0.0.1 only, trusts local connections, runs without fsync (a test server's data need not
survive a power cut), and keeps its clock in Tokyo's zone, so code that counts days in the
server's zone instead of UTC fails.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

#: Seconds to wait for the server to start or stop.
STARTUP_TIMEOUT = 60
SUPERUSER = "newsextract"


def available() -> bool:
    return shutil.which("initdb") is not None and shutil.which("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One server: ``url(database)`` is a SQLAlchemy URL, ``create_database`` a fresh one."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="newsextract-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as = _unprivileged() if os.geteuid() == 0 else {}
        self.folder.chmod(0o755)
        self.data.mkdir()
        if self._as:
            uid = pwd.getpwnam(str(self._as["user"])).pw_uid
            os.chown(self.folder, uid, -1)
            os.chown(self.data, uid, -1)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--no-sync",
        )  # fmt: skip
        settings = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c full_page_writes=off -c synchronous_commit=off -c max_connections=50"
            " -c timezone=Asia/Tokyo"  # not UTC, so days counted in the server's zone show
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", settings, "-l", str(self.folder / "log"),
            "-w", "-t", str(STARTUP_TIMEOUT), "start",
        )  # fmt: skip

    def _run(self, *argv: str) -> None:
        done = subprocess.run(
            argv,
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=STARTUP_TIMEOUT + 10,
            check=False,
            **self._as,  # type: ignore[arg-type]
        )
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {done.stdout}{done.stderr}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new, empty database; its URL."""
        dsn = f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _unprivileged() -> dict[str, object]:
    return {"user": "nobody", "group": "nogroup" if _has_group("nogroup") else "nobody"}


def _has_group(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True
