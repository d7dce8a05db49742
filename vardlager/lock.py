"""One writer per warehouse: an advisory lock file beside it (`vardlager.duckdb.lock`).

The lock is an `fcntl.flock` on the lock file, so the operating system releases it
when the holder exits, however it exits: a killed build never leaves a stale lock.
The holder writes who it is (pid, host, start time, command) into the file, so a
build that has to wait or give up can say which build is in its way.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

POLL_SECONDS = 0.2


class WarehouseBusy(RuntimeError):
    """Another build held the warehouse's lock for longer than this one would wait."""

    def __init__(self, db_path: Path, lock_path: Path, waited: float, holder: str):
        self.db_path, self.lock_path, self.waited, self.holder = db_path, lock_path, waited, holder
        waited_text = f"after waiting {waited:.1f} s" if waited >= 0.05 else "without waiting"
        super().__init__(
            f"{db_path} is being written by another build ({holder}); gave up {waited_text}. "
            f"Nothing was changed. Run again later, or pass --wait SECONDS to wait for it "
            f"(lock file {lock_path})."
        )


def lock_path_for(db_path: Path) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def describe_holder(lock_path: Path) -> str:
    """What the lock file says about its holder, in words ('pid 123 on host, since 21:40:02 UTC')."""
    try:
        info = json.loads(lock_path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info.get("pid"):
        return "holder unknown"
    text = f"pid {info['pid']} on {info.get('host', '?')}"
    return text + (f", since {info['started']}" if info.get("started") else "")


@contextmanager
def warehouse_lock(db_path: Path, wait: float = 0.0, say=lambda msg: None):
    """Hold the write lock of db_path for the duration of the block.

    wait: seconds to wait for another build to finish; 0 gives up at once. Raises
    WarehouseBusy (nothing changed) when the lock is still held after that.
    """
    db_path = Path(db_path).resolve()
    lock_path = lock_path_for(db_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    started = time.monotonic()
    announced = False
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                if waited >= wait:
                    raise WarehouseBusy(db_path, lock_path, waited, describe_holder(lock_path)) from None
                if not announced:
                    say(
                        f"[yellow]{db_path.name} is being written by another build "
                        f"({describe_holder(lock_path)}); waiting up to {wait:.0f} s[/]"
                    )
                    announced = True
                time.sleep(min(POLL_SECONDS, max(wait - waited, 0.01)))
        if announced:
            say(f"[dim]lock acquired after {time.monotonic() - started:.1f} s[/]")
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.ftruncate(fd, 0)
        os.pwrite(
            fd,
            json.dumps(
                {"pid": os.getpid(), "host": socket.gethostname(), "started": now, "command": " ".join(sys.argv)[:200]}
            ).encode(),
            0,
        )
        try:
            yield lock_path
        finally:
            os.ftruncate(fd, 0)  # the next holder writes its own; an empty file means nobody
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
