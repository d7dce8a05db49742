"""One writer per warehouse: a build that finds another writing waits or gives up, and says so."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vardlager.cli import app
from vardlager.lock import WarehouseBusy, lock_path_for, warehouse_lock
from vardlager.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys, time
from pathlib import Path
from vardlager.lock import warehouse_lock
with warehouse_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.fixture()
def other_build(tmp_path):
    """Another process holding the lock of tmp_path/v.duckdb (for up to 60 s)."""
    db = tmp_path / "v.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "60"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield db, proc
    proc.kill()
    proc.wait()


def test_a_build_gives_up_at_once_and_changes_nothing(other_build, tmp_path):
    db, proc = other_build
    db.write_bytes(b"the published warehouse")
    started = time.monotonic()
    result = build(ROOT / "data" / "reports", db)
    assert time.monotonic() - started < 5
    assert result.busy and not result.published
    message = result.errors[0]
    assert "being written by another build" in message
    assert f"pid {proc.pid}" in message  # who is in the way
    assert "gave up without waiting" in message
    assert "--wait SECONDS" in message and "Nothing was changed" in message
    assert db.read_bytes() == b"the published warehouse"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.duckdb", "v.duckdb.lock"]


def test_the_cli_exits_75_with_the_message_when_the_warehouse_is_busy(other_build):
    db, proc = other_build
    run = CliRunner().invoke(
        app, ["build", "--reports", str(ROOT / "data" / "reports"), "--db", str(db), "--wait", "0.5"]
    )
    assert run.exit_code == 75
    assert "being written by another build" in run.output
    assert "gave up" in run.output


def test_a_build_that_may_wait_goes_on_when_the_other_finishes(tmp_path):
    db = tmp_path / "v.duckdb"
    said: list[str] = []
    released = threading.Event()

    def hold_briefly():
        with warehouse_lock(db):
            holding.set()
            time.sleep(0.6)
        released.set()

    holding = threading.Event()
    holder = threading.Thread(target=hold_briefly)
    holder.start()
    assert holding.wait(5)
    with warehouse_lock(db, wait=10, say=said.append):
        assert released.is_set()  # it really waited for the other to finish
    holder.join()
    assert "waiting up to 10 s" in said[0] and "being written by another build" in said[0]
    assert said[-1].startswith("[dim]lock acquired after")


def test_a_wait_that_runs_out_raises_busy_naming_the_lock(other_build):
    db, _ = other_build
    started = time.monotonic()
    with pytest.raises(WarehouseBusy) as caught, warehouse_lock(db, wait=0.5):
        pass
    assert 0.4 < time.monotonic() - started < 5
    assert re.search(r"gave up after waiting \d+\.\d s", str(caught.value))
    assert str(lock_path_for(db)) in str(caught.value)


def test_a_killed_holder_leaves_no_stale_lock(other_build):
    db, proc = other_build
    proc.kill()
    proc.wait()
    with warehouse_lock(db, wait=0) as lock_file:  # the OS released it with the process
        assert '"pid"' in Path(lock_file).read_text()
    assert Path(lock_file).read_text() == ""  # released: nobody named
