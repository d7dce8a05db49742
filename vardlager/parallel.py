"""Parse many reports at once: one worker process per core.

The loaders are pure Python and CPU-bound, so threads would not help; a process pool
does. Results come back in the order of the input. A report whose parse raises in a
worker comes back as None: the caller parses it again in its own process, where the
error is reported exactly as without workers (an issue naming the file, never a stop).

VARDLAGER_WORKERS=1 turns the pool off; the default is one worker per available CPU.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, TypeVar

T = TypeVar("T")


def available_workers() -> int:
    """VARDLAGER_WORKERS if set, else the CPUs this process may run on."""
    configured = os.environ.get("VARDLAGER_WORKERS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Guarded:
    """fn(*args), or None when it raises (picklable, so a worker can run it)."""

    def __init__(self, fn: Callable[..., T]):
        self.fn = fn

    def __call__(self, args: tuple) -> T | None:
        try:
            return self.fn(*args)
        except Exception:  # the caller parses it again and reports the error in its own way
            return None


def map_in_workers(fn: Callable[..., T], items: list[tuple], workers: int) -> list[T | None]:
    """[fn(*item) for item in items] in `workers` processes (None where fn raised); fn must be a
    module-level function. Fewer than two workers or items: an empty list (nothing to gain)."""
    workers = min(workers, len(items))
    if workers < 2:
        return []
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_Guarded(fn), items, chunksize=1))
