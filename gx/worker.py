"""Great Expectations in a process of its own, so that a build does not wait for it.

Importing great_expectations costs ~3.5 s and validating a layer about a second, all of it
Python on one core. A build starts one worker process at its beginning (`Validator`): the
worker imports GX and makes its context while the build reads the reports, validates the raw
layer while dbt runs, and the staging and marts layers after it. The build sends each layer's
frames (Arrow tables: cheap to read and to send) and the suite entries to check them against,
and gets CheckResults back, exactly those gx.runner.run_layer gives in one process.

The worker is spawned (a fresh interpreter: it inherits neither the warehouse lock nor DuckDB's
threads), exits when the build closes it, and exits by itself when the build process dies (even
by kill -9). Without a second CPU, or if the worker cannot start or dies, validation runs in the
build's own process.

Closing the worker waits for its pool's thread to end (the worker exits at once, see _start_worker):
a pool thread still running at interpreter exit races concurrent.futures' exit hook, which writes to
the thread's wakeup pipe without a lock (Python 3.11) while the thread closes it, and a traceback
`OSError: [Errno 9] Bad file descriptor` follows a published build (tests/test_gx_worker_exit.py).
The interpreter's exit joins that thread in any case, so waiting for it costs a build no time.

A process that runs many builds (the test suite: about twenty) can keep one worker for all of them
(`kept_worker()`): GX is imported once, not once per build (~3 s of CPU each). Each build still
validates in a GX context of its own, made when its Validator opens and dropped when it closes, so
two builds (even at the same time, in two threads) see the same results as with workers of their own.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from gx.suites import SUITES

PARENT_POLL_SECONDS = 0.5
_contexts: dict = {}  # in the worker: a GX context per build it validates for, one data source per layer
# in the build's process, within kept_worker(): [the worker kept for every build], [None] before the first
_kept: list[ProcessPoolExecutor | None] = []
_opened = itertools.count()  # names the builds' contexts in a kept worker


def _start_worker(parent_pid: int) -> None:
    """Worker initializer: exit when the build process is gone, then import GX.
    The worker exits without tearing down GX, pandas and scipy (a second the build would wait for):
    it holds nothing that needs closing, and its results are sent before it is told to stop."""
    atexit.register(os._exit, 0)

    def exit_with_parent() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=exit_with_parent, daemon=True).start()
    from vardlager.collector import collect_less

    collect_less()  # GX's import alone made ~700 collections (0.6 s of CPU)
    import gx.runner  # noqa: F401  (GX itself, while the build reads its reports)


def _open(build: int) -> bool:
    """Make the build's context (at its start, while it reads the reports)."""
    from gx.runner import new_context

    _contexts[build] = new_context()
    return True


def _close(build: int) -> None:
    _contexts.pop(build, None)


def _validate_in_worker(build: int, layer: str, entries: list, frames: dict) -> list:
    from gx.runner import new_context, validate_frames

    context = _contexts.get(build) or _contexts.setdefault(build, new_context())
    return validate_frames(layer, entries, frames, context)


def _new_pool() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker, initargs=(os.getpid(),)
    )


@contextlib.contextmanager
def kept_worker():
    """Within the block, every Validator that validates in a worker uses one worker process, started by
    the first of them (and again when it died), stopped at the end of the block."""
    _kept[:] = [None]
    try:
        yield
    finally:
        if _kept[0] is not None:
            _kept[0].shutdown(wait=True, cancel_futures=True)
        _kept.clear()


class Pending:
    """One layer's validation under way; result() waits for its CheckResults."""

    def __init__(self, future: Future | None, here):
        self._future, self._here = future, here

    def result(self) -> list:
        if self._future is not None:
            try:
                return self._future.result()
            except BrokenProcessPool:  # the worker died (killed, out of memory): validate here
                pass
        return self._here()


class Validator:
    """Validates layers with Great Expectations, in a worker process when `in_worker` (see module doc)."""

    def __init__(self, in_worker: bool = True):
        self._pool: ProcessPoolExecutor | None = None
        self._context = None  # for validation in this process: one context per build, as in the worker
        self._build = next(_opened)
        if in_worker:
            try:
                self._pool = self._worker()
                self._pool.submit(_open, self._build)  # starts the worker now, not at the first layer
            except (OSError, RuntimeError, ValueError):
                self._pool = None

    @staticmethod
    def _worker() -> ProcessPoolExecutor:
        """A worker of this build's own, or the kept one (kept_worker), started again if it broke."""
        if not _kept:
            return _new_pool()
        if _kept[0] is None or getattr(_kept[0], "_broken", False):  # the first build, or the worker died
            if _kept[0] is not None:
                _kept[0].shutdown(wait=True, cancel_futures=True)
            _kept[0] = _new_pool()
        return _kept[0]

    def submit(self, layer: str, frames: dict, entries: list | None = None) -> Pending:
        """Validate a layer's frames ({table: Arrow table}, gx.runner.frames_for_layer) against its
        suite (or `entries`) in the worker; in this process, when result() is asked, without one."""
        entries = SUITES[layer] if entries is None else entries
        future = None
        if self._pool is not None:
            try:
                future = self._pool.submit(_validate_in_worker, self._build, layer, entries, frames)
            except RuntimeError:  # the pool broke or was shut down
                self._pool = None
        return Pending(future, lambda: self._validate_here(layer, entries, frames))

    def _validate_here(self, layer: str, entries: list, frames: dict) -> list:
        from gx.runner import new_context, validate_frames

        self._context = self._context or new_context()
        return validate_frames(layer, entries, frames, self._context)

    def close(self) -> None:
        if self._pool is None:
            return
        if _kept and self._pool is _kept[0]:  # the kept worker goes on: only this build's context goes
            with contextlib.suppress(RuntimeError):
                self._pool.submit(_close, self._build)
        else:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def __enter__(self) -> Validator:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
