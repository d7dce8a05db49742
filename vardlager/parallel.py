"""Parse many reports at once: one worker process per core.

The loaders are pure Python and CPU-bound, so threads would not help; a process pool
does. Results come back in the order of the input. A report whose parse raises in a
worker comes back as None: the caller parses it again in its own process, where the
error is reported exactly as without workers (an issue naming the file, never a stop).

VARDLAGER_WORKERS=1 turns the pool off; the default is one worker per available CPU.

The build parses reports with map_limited: every report in a worker process under a time and
memory limit (ReportLimits, VARDLAGER_REPORT_SECONDS / VARDLAGER_REPORT_MEMORY_MB), even with one
worker, so that a report that explodes or kills its worker fails alone, with one line naming it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

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


# --- reading reports under a time and memory limit (issue 18) ---------------------------------------

SECONDS_ENV = "VARDLAGER_REPORT_SECONDS"
MEMORY_ENV = "VARDLAGER_REPORT_MEMORY_MB"


@dataclass(frozen=True)
class ReportLimits:
    """What reading one report may cost in its worker process: `seconds` of wall time (a deadline,
    then a CPU limit a little past it for code that cannot be interrupted) and `memory_mb` of address
    space over what the worker held before (RLIMIT_AS). A sample report takes well under a second and
    100 MB; the defaults leave room for reports a hundred times larger."""

    seconds: float = 300.0
    memory_mb: float = 4000.0

    def __post_init__(self):
        if not (0 < self.seconds < float("inf") and 0 < self.memory_mb < float("inf")):
            raise ValueError(f"report limits must be positive: {self.seconds} s, {self.memory_mb} MB")

    @classmethod
    def from_env(cls) -> ReportLimits:
        """VARDLAGER_REPORT_SECONDS and VARDLAGER_REPORT_MEMORY_MB when set to positive numbers, else the defaults."""
        return cls(_positive_env(SECONDS_ENV, cls.seconds), _positive_env(MEMORY_ENV, cls.memory_mb))

    def describe(self) -> str:
        return f"{self.seconds:g} s and {self.memory_mb:g} MB per report ({SECONDS_ENV}, {MEMORY_ENV})"


def _positive_env(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, "").strip() or default)
    except ValueError:
        return default
    return value if 0 < value < float("inf") else default


@dataclass(frozen=True)
class Failed:
    """A report that could not be read in its worker: why, in one line (it names the limit it passed)."""

    message: str
    kind: str = "extraction_failed"  # the raw.extraction_issues kind
    evidence: str = ""


class _OverTime(BaseException):
    """Raised in a worker by SIGALRM at the deadline (a BaseException: no `except Exception` in a loader hides it)."""


def _on_alarm(_signum, _frame):
    raise _OverTime()


CPU_GRACE_SECONDS = 10  # past the deadline, the kernel ends a worker stuck where SIGALRM cannot reach (RLIMIT_CPU)


class _Limited:
    """fn(*args) under the limits, in a worker: its result, or Failed naming the limit or the error."""

    def __init__(self, fn: Callable[..., T], limits: ReportLimits):
        self.fn, self.limits = fn, limits

    def __call__(self, args: tuple) -> T | Failed:
        import resource
        import signal

        limits = self.limits
        old_as = resource.getrlimit(resource.RLIMIT_AS)
        old_cpu = resource.getrlimit(resource.RLIMIT_CPU)
        ceiling = _address_space() + int(limits.memory_mb * 1024 * 1024)
        try:
            _lower(resource.RLIMIT_AS, ceiling, old_as)
            used = resource.getrusage(resource.RUSAGE_SELF)
            _lower(
                resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime + limits.seconds) + CPU_GRACE_SECONDS, old_cpu
            )
            signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, limits.seconds)
            try:
                return self.fn(*args)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _OverTime:
            return Failed(
                f"extraction failed: over the time limit of {limits.seconds:g} s per report "
                f"(set {SECONDS_ENV} to raise it)"
            )
        except (MemoryError, SystemError) as exc:
            if not _out_of_memory(exc, ceiling):
                return _failed_with(exc)
            return Failed(
                f"extraction failed: over the memory limit of {limits.memory_mb:g} MB per report "
                f"(set {MEMORY_ENV} to raise it)"
            )
        except Exception as exc:  # a loader's bug on one file: named, never a stop
            if isinstance(getattr(exc, "kind", None), str):  # the loaders' own verdict (UnreadableReport)
                return Failed(str(exc), exc.kind, str(getattr(exc, "evidence", "")))
            return _failed_with(exc)
        finally:
            resource.setrlimit(resource.RLIMIT_AS, old_as)
            resource.setrlimit(resource.RLIMIT_CPU, old_cpu)


# a SystemError this close to the address-space limit is an allocation that failed in C code which set no
# exception (`error return without exception set`, seen building a regex from a 1 MB row's phrases)
OUT_OF_MEMORY_SLACK = 32 * 1024 * 1024


def _out_of_memory(exc: BaseException, ceiling: int) -> bool:
    """Whether exc means the report passed its memory limit."""
    return isinstance(exc, MemoryError) or _address_space() >= ceiling - OUT_OF_MEMORY_SLACK


def _failed_with(exc: BaseException) -> Failed:
    """A loader's error on one report, named with where it was raised."""
    import traceback

    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return Failed(
        f"extraction failed: {type(exc).__name__}: {str(exc)[:300]} "
        f"(at {os.path.basename(frame.filename)}:{frame.lineno})"
    )


def _lower(which: int, soft: int, old: tuple[int, int]) -> None:
    """Set the soft limit (never above the hard one)."""
    import resource

    hard = old[1]
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (what RLIMIT_AS counts)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def map_limited(
    fn: Callable[..., T],
    items: list[tuple],
    workers: int,
    limits: ReportLimits | None = None,
    start_method: str = "fork",
    forked: Callable[[], None] | None = None,
) -> list[T | Failed]:
    """[fn(*item) for item in items], each in a worker process under `limits` (always in workers, so
    that no report can take this process down): a result, or Failed when the item passed a limit,
    raised, or its worker died (killed by the system, e.g. out of memory). When a worker dies, the
    items that were in the pool with it are run again one at a time, each in a pool of its own, so
    that only the item that kills its worker fails. fn must be a module-level function; `start_method`
    "spawn" once this process runs threads (a fork could copy a held lock). forked: called once the
    workers of the first pool exist, while they work (a build starts its threads there); the pools
    of a retry are spawned then."""
    limits = limits or ReportLimits.from_env()
    if not items:
        return []
    results: list[T | Failed | None] = [None] * len(items)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(start_method if start_method in methods else None)
    broken = _run_pool(
        fn, items, list(range(len(items))), max(1, min(workers, len(items))), limits, results, context, forked
    )
    if broken and forked is not None:  # the caller may run threads now
        context = multiprocessing.get_context("spawn")
    for i in broken:  # alone: a pool that breaks now was broken by this item
        if _run_pool(fn, items, [i], 1, limits, results, context):
            results[i] = Failed(
                f"extraction failed: the worker reading it died (killed by the system, e.g. out "
                f"of memory) within the limits of {limits.describe()}"
            )
    return results


def _run_pool(
    fn, items: list[tuple], indices: list[int], workers: int, limits: ReportLimits, results: list, context, forked=None
) -> list[int]:
    """Run items[indices] in one pool, filling results; returns the indices whose worker died.
    forked: called once the pool's workers exist (a fork context starts them all at the first submit)."""
    from concurrent.futures.process import BrokenProcessPool

    broken = []
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        futures = {i: pool.submit(_Limited(fn, limits), items[i]) for i in indices}
        if forked is not None:
            forked()
        for i, future in futures.items():
            try:
                results[i] = future.result()
            except BrokenProcessPool:
                broken.append(i)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return broken
