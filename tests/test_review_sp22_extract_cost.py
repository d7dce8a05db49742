"""The extract stage's report workers report what their parse cost (issue 15: is the 500-report stage bound by the
workers' CPU, or does it wait on something else?): the wall seconds of the parse, the workers' CPU seconds, how
many workers ran and the bytes they read; nothing when every report came from the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vardlager.cache import ENTRY_SUFFIX, ExtractionCache, parse

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "reports"


def _two_reports(folder: Path) -> list[Path]:
    smallest = sorted(SAMPLES.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]
    return [Path(shutil.copy(p, folder / p.name)) for p in smallest]


def test_prefetch_records_the_workers_cost(tmp_path):
    paths = _two_reports(tmp_path)
    cache = ExtractionCache(tmp_path / "cache")
    cache.prefetch(paths, workers=2)
    cost = cache.parse_cost
    assert cost["workers"] == 2
    assert cost["bytes"] == sum(p.stat().st_size for p in paths)
    # each worker parsed a sample (a few tenths of a second of CPU each); the wall covers at least one of them
    assert 0.05 < cost["workers_cpu_s"] < 120
    assert cost["wall_s"] > 0.05
    assert len(cache.prefetched) == 2


def test_the_workers_write_the_cache_entries_and_extract_does_not_write_them_again(tmp_path):
    paths = _two_reports(tmp_path)
    cache = ExtractionCache(tmp_path / "cache")
    cache.prefetch(paths, workers=2)
    entries = sorted(cache.folder.glob("*" + ENTRY_SUFFIX))
    assert len(entries) == 2 and cache.stored == set(cache.prefetched)  # written by the workers, before extract()
    written = {e: e.stat().st_mtime_ns for e in entries}
    rows = {p.name: cache.extract(p) for p in paths}
    assert {e: e.stat().st_mtime_ns for e in entries} == written
    assert sorted(cache.misses) == sorted(rows)  # (still counted as parsed)
    # an entry holds what a parse in this process gives, and the next cache reads it
    again = ExtractionCache(tmp_path / "cache")
    for path in paths:
        assert again.extract(path) == rows[path.name] == parse(path.name, path.read_bytes())
    assert sorted(again.hits) == sorted(rows)


def test_prefetch_of_cached_reports_records_no_parse(tmp_path):
    paths = _two_reports(tmp_path)
    first = ExtractionCache(tmp_path / "cache")
    first.prefetch(paths, workers=2)
    for path in paths:
        first.extract(path)  # (stores the readings)
    again = ExtractionCache(tmp_path / "cache")
    again.prefetch(paths, workers=2)
    assert again.parse_cost == {}
    assert again.readings == 2 and not again.prefetched


@pytest.mark.slow
def test_a_bench_build_reports_its_workers_cost_and_the_load(tmp_path):
    from benchmarks.child import run_build

    folder = tmp_path / "reports"
    folder.mkdir()
    paths = _two_reports(folder)
    out = run_build(folder, tmp_path / "w.duckdb")
    assert out["published"] and out["reports"] == 2
    parse = out["extract_parse"]
    assert parse["bytes"] == sum(p.stat().st_size for p in paths)
    assert parse["workers"] >= 1 and parse["workers_cpu_s"] > 0.05
    # the extract stage's wall holds the parse's
    assert out["timings"]["extract"] >= parse["wall_s"] > 0
    assert len(out["loadavg"]) == 2 and all(x >= 0 for x in out["loadavg"])
