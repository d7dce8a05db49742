"""One measured job, run in its own process so its peak memory (ru_maxrss) is its own.

    python -m benchmarks.child build REPORTS DB      -> JSON: timings per stage, wall, peak RSS, result
    python -m benchmarks.child extract REPORTS       -> JSON: bytes, seconds, cpu_seconds, reports (one core, no cache)

The JSON is the last line of stdout; everything the pipeline says goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB: of this process, or (RUSAGE_CHILDREN) of its largest finished child."""
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _one_core() -> None:
    """Pin this process to one CPU: throughput "on one core" means exactly that."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def run_build(reports: Path, db: Path) -> dict:
    from vardlager.pipeline import build

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    result = build(reports, db, say=lambda msg: print(msg, file=sys.stderr))
    wall = time.perf_counter() - started
    cpu = sum(
        getattr(resource.getrusage(who), field)
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        for field in ("ru_utime", "ru_stime")
    )
    return {
        "published": result.published,
        "reports": result.reports,
        "from_cache": getattr(result, "from_cache", None),
        "timings": result.timings,
        # the extract stage's report workers: wall of their parse, their CPU, how many (is the stage CPU-bound?)
        "extract_parse": getattr(result, "extract_parse", {}),
        # the one-minute load average before and after the build: other processes that shared the cores with it
        "loadavg": [load_before, os.getloadavg()[0]],
        "wall_s": wall,
        "cpu_s": cpu,  # user + system of the build process and its workers (imports included): what load changes least
        "peak_rss_mb": _peak_rss_mb(),
        "worker_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),  # the extraction workers
        "facts": result.facts_by_domain,
        "checks": {s: result.count(s) for s in ("passed", "warned", "failed")},
        "failed_checks": [
            f"{c.check}: {c.failing_rows} {c.sample}"[:300] for c in result.checks if c.status == "failed"
        ],
        "errors": [e[:300] for e in result.errors],
    }


def run_extract(reports: Path, profile: Path | None) -> dict:
    _one_core()
    from loaders.extract import extract_text

    paths = sorted(p for p in reports.iterdir() if p.suffix == ".txt")
    data = [(p.name, p.read_bytes()) for p in paths]  # reading files is not extraction
    extract_text(*data[0])  # warm: regex compilation, seed files, imports
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    per_report = []
    cells = verified = facts = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for name, blob in data:
        t = time.perf_counter()
        extraction = extract_text(name, blob)
        per_report.append(time.perf_counter() - t)
        cells += len(extraction.cells)
        verified += sum(1 for c in extraction.cells if c.is_verified)
        facts += len(extraction.prose_facts)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    return {
        "reports": len(data),
        "bytes": sum(len(b) for _, b in data),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,  # (user + system: what a shared machine's load changes least)
        "slowest_s": max(per_report),
        "cells": cells,
        "verified_cells": verified,
        "prose_facts": facts,
        "peak_rss_mb": _peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="job", required=True)
    b = sub.add_parser("build")
    b.add_argument("reports", type=Path)
    b.add_argument("db", type=Path)
    e = sub.add_parser("extract")
    e.add_argument("reports", type=Path)
    e.add_argument("--profile", type=Path, help="write cProfile stats here")
    args = parser.parse_args(argv)
    out = run_build(args.reports, args.db) if args.job == "build" else run_extract(args.reports, args.profile)
    sys.stdout.flush()
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    main()
