"""A closed Great Expectations worker leaves no pool thread running into interpreter exit.

At exit, concurrent.futures wakes every ProcessPoolExecutor thread still running by writing to its
wakeup pipe without the pool's lock (Python 3.11 `_python_exit`); a thread that closes that pipe at the
same moment makes the write fail: `OSError: [Errno 9] Bad file descriptor`, printed as a traceback after
`vardlager build` had published (seen once under a load of 8-12; a spawned pool of one worker shut down
with wait=False and the process ending 0-6 ms later printed it in 5 of 121 exits under load, with wait=True in
none). Closing the worker waits for its pool's thread, so none is left for that race. Both tests fail with
wait=False: the thread still runs when close() returns.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import _ExecutorManagerThread

import gx.worker


def _pool_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread)}


def _light_worker(monkeypatch) -> None:
    """The Validator's pool without GX (its import costs seconds): the pool's threads are what is tested."""
    monkeypatch.setattr(gx.worker, "_new_pool", lambda: ProcessPoolExecutor(1, multiprocessing.get_context("spawn")))
    monkeypatch.setattr(gx.worker, "_open", abs)


def test_closing_a_builds_own_worker_leaves_no_pool_thread_running(monkeypatch):
    _light_worker(monkeypatch)
    monkeypatch.setattr(gx.worker, "_kept", [])  # a build of its own (`vardlager build`), not the tests' kept worker
    before = _pool_threads()
    with gx.worker.Validator(in_worker=True) as validator:
        assert validator._pool is not None
    assert not _pool_threads() - before


def test_the_end_of_a_kept_worker_leaves_no_pool_thread_running(monkeypatch):
    _light_worker(monkeypatch)
    monkeypatch.setattr(gx.worker, "_kept", [])
    before = _pool_threads()
    with gx.worker.kept_worker(), gx.worker.Validator(in_worker=True):
        pass
    assert not _pool_threads() - before
