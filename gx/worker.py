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
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from gx.suites import SUITES

PARENT_POLL_SECONDS = 0.5
_context = None  # the worker's GX context: one per build, one data source per layer


def _start_worker(parent_pid: int) -> None:
    """Worker initializer: exit when the build process is gone, then import GX and make a context.
    The worker exits without tearing down GX, pandas and scipy (a second the build would wait for):
    it holds nothing that needs closing, and its results are sent before it is told to stop."""
    global _context

    atexit.register(os._exit, 0)

    def exit_with_parent() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=exit_with_parent, daemon=True).start()
    from gx.runner import new_context

    _context = new_context()


def _ready() -> bool:
    return True


def _validate_in_worker(layer: str, entries: list, frames: dict) -> list:
    from gx.runner import validate_frames

    return validate_frames(layer, entries, frames, _context)


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
        if in_worker:
            try:
                self._pool = ProcessPoolExecutor(
                    1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(os.getpid(),),
                )
                self._pool.submit(_ready)  # starts the worker now, not at the first layer
            except (OSError, RuntimeError, ValueError):
                self._pool = None

    def submit(self, layer: str, frames: dict, entries: list | None = None) -> Pending:
        """Validate a layer's frames ({table: Arrow table}, gx.runner.frames_for_layer) against its
        suite (or `entries`) in the worker; in this process, when result() is asked, without one."""
        entries = SUITES[layer] if entries is None else entries
        future = None
        if self._pool is not None:
            try:
                future = self._pool.submit(_validate_in_worker, layer, entries, frames)
            except RuntimeError:  # the pool broke or was shut down
                self._pool = None
        return Pending(future, lambda: self._validate_here(layer, entries, frames))

    def _validate_here(self, layer: str, entries: list, frames: dict) -> list:
        from gx.runner import new_context, validate_frames

        self._context = self._context or new_context()
        return validate_frames(layer, entries, frames, self._context)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Validator:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
