"""Parsing in worker processes gives exactly what parsing in the build's own process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from vardlager.cache import ExtractionCache, parse
from vardlager.parallel import OUT_OF_MEMORY_SLACK, _address_space, _out_of_memory, map_in_workers

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "data" / "reports").glob("*.txt"))[:2]


def _fails_on_b(name: str) -> str:
    if name == "b":
        raise ValueError("b is broken")
    return name.upper()


def test_workers_keep_order_and_turn_a_failure_into_none():
    assert map_in_workers(_fails_on_b, [("a",), ("b",), ("c",)], workers=2) == ["A", None, "C"]


def test_one_worker_or_one_item_means_no_pool():
    assert map_in_workers(_fails_on_b, [("a",), ("c",)], workers=1) == []
    assert map_in_workers(_fails_on_b, [("a",)], workers=2) == []


def test_prefetched_reports_equal_serial_parses_and_count_as_parsed(tmp_path):
    for report in SAMPLES:
        shutil.copyfile(report, tmp_path / report.name)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a report: left to the build to refuse
    paths = sorted(tmp_path.iterdir())
    cache = ExtractionCache(tmp_path / "cache")
    cache.prefetch(paths, workers=2)
    assert len(cache.prefetched) == len(SAMPLES)
    got = [cache.extract(p) for p in paths if p.suffix == ".txt"]
    assert got == [parse(p.name, p.read_bytes()) for p in paths if p.suffix == ".txt"]
    assert cache.misses == [p.name for p in paths if p.suffix == ".txt"] and cache.hits == []
    assert cache.prefetched == {}
    again = ExtractionCache(tmp_path / "cache")
    again.prefetch(paths, workers=2)  # everything is cached now: nothing to parse
    assert again.prefetched == {}


def test_a_system_error_at_the_memory_limit_is_the_limit_and_elsewhere_an_error():
    # CPython raises `SystemError: error return without exception set` where C code fails an allocation under
    # RLIMIT_AS without setting MemoryError (a 1 MB row's phrase regex, tests/test_bounded.py): near the ceiling
    # it is the memory limit, far below it a loader's error like any other
    error, now = SystemError("error return without exception set"), _address_space()
    assert _out_of_memory(error, now + OUT_OF_MEMORY_SLACK // 2)
    assert not _out_of_memory(error, now + 4 * OUT_OF_MEMORY_SLACK)
    assert _out_of_memory(MemoryError(), now + 4 * OUT_OF_MEMORY_SLACK)
