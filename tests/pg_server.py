"""A throwaway PostgreSQL 15 server for the tests: Debian's binaries, run as the `postgres` user
(PostgreSQL refuses root) with its data and a private socket directory in a temporary folder, a free
port and no TCP listener (listen_addresses=''), stopped at the end. No mocks: the real server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")
SUPERUSER = "postgres"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*args: str) -> None:
    subprocess.run(
        ["runuser", "-u", SUPERUSER, "--", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


@dataclass
class PgServer:
    root: Path  # holds data/ and sock/, owned by postgres
    port: int

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def env(self, database: str = "postgres", user: str = SUPERUSER) -> dict[str, str]:
        """The libpq variables a client (and `vardlager --target postgres`) connects with."""
        return {"PGHOST": str(self.socket_dir), "PGPORT": str(self.port), "PGUSER": user, "PGDATABASE": database}

    def dsn(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.socket_dir} port={self.port} user={user} dbname={database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run(
            [str(PG_BIN / "psql"), "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
            env={**os.environ, **self.env(database)},
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout

    def stop(self) -> None:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")


def available() -> bool:
    return (PG_BIN / "initdb").exists() and shutil.which("runuser") is not None


def start(root: Path) -> PgServer:
    """initdb (UTF-8, code point order and Unicode letters: C.UTF-8) and start a server under root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "sock").mkdir(exist_ok=True)
    shutil.chown(root, SUPERUSER)
    shutil.chown(root / "sock", SUPERUSER)
    os.chmod(root, 0o755)
    for parent in root.parents:  # postgres must reach its folder through every parent
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & 0o001:
            os.chmod(parent, mode | 0o001)
    port = _free_port()
    data = root / "data"
    _as_postgres(
        str(PG_BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust"
    )
    _as_postgres(
        str(PG_BIN / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(root / "server.log"),
        "-w",
        "-o",
        f"-p {port} -k {root / 'sock'} -c listen_addresses='' -c fsync=off -c max_connections=60",
        "start",
    )
    return PgServer(root, port)
