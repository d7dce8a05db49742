"""Worst cases for the loaders: time and peak memory per MB of input.

    .venv/bin/python -m benchmarks.worst                 (part of `make bench`)
    .venv/bin/python -m benchmarks.worst --cases row-10,row-1000 --limit-mb 3000 --timeout 60

Generated inputs that used to make the loaders superlinear (issue 18):

- `row-N`: a table (a header, then one row) whose row holds N numbers of three digits
  separated by single spaces: every pair of neighbours could be one number with a thousands
  group, so the row reads in exponentially many ways (N = 10 ... 100 000);
- `page-5mb`: the five sample reports with every line break replaced by a space, repeated
  to 5 MB: a whole document flattened onto one line, as web copies of PDFs arrive.

Each case is extracted by `loaders.extract.extract_text` in a fresh process (benchmarks.worst
child) under RLIMIT_AS = --limit-mb and a --timeout, so a case that explodes is reported, not
fatal for the machine. Printed: input size, seconds, peak RSS, and the memory the case added
over the warmed-up process per MB of input.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "reports"
ROW_SIZES = (10, 100, 1_000, 10_000, 100_000)
PAGE_BYTES = 5_000_000


def row_text(n: int, seed: int = 18) -> str:
    """A report whose one table row holds n three-digit numbers (the most ambiguous spacing)."""
    rng = random.Random(seed)
    numbers = " ".join(str(rng.randint(100, 999)) for _ in range(n))
    return (
        "Delårsrapport 1 2024\nRegion Västmanland\n\nTabell 1. Kostnader, tkr\n"
        "Verksamhet Utfall 2024 Budget 2024 Avvikelse\n"
        f"Summa kostnader {numbers}\n\nSlut.\n"
    )


def page_text(size: int = PAGE_BYTES) -> str:
    """The sample reports on one line, repeated to about `size` bytes."""
    one = " ".join(" ".join(p.read_text(encoding="utf-8").split("\n")) for p in sorted(SAMPLES.glob("*.txt")))
    reps = max(1, -(-size // len(one.encode("utf-8"))))  # at least `size` bytes
    return " ".join([one] * reps) + "\n"


def case_text(name: str) -> str:
    if name.startswith("row-"):
        return row_text(int(name.removeprefix("row-")))
    if name.startswith("page-"):
        return page_text(int(float(name.removeprefix("page-").removesuffix("mb")) * 1e6))
    raise SystemExit(f"unknown case {name}")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, limit_mb: float) -> dict:
    """Extract one case in this process (called in a fresh interpreter) and return its figures."""
    if limit_mb:
        limit = int(limit_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from loaders.extract import extract_text

    data = case_text(name).encode("utf-8")
    extract_text("warm.txt", row_text(5).encode("utf-8"))  # imports, seeds, compiled patterns
    base = _rss_mb()
    started = time.perf_counter()
    extraction = extract_text(f"{name}.txt", data)
    seconds = time.perf_counter() - started
    peak = _rss_mb()
    return {
        "case": name,
        "bytes": len(data),
        "seconds": seconds,
        "peak_rss_mb": peak,
        "base_rss_mb": base,
        "cells": len(extraction.cells),
        "prose_facts": len(extraction.prose_facts),
        "issues": len(extraction.issues),
    }


def run_case(name: str, limit_mb: float, timeout: float) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.worst", "--child", name, "--limit-mb", str(limit_mb)]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": name, "failed": f"over the {timeout:g} s timeout"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1][:120]
        return {
            "case": name,
            "failed": f"exit {proc.returncode} after {time.perf_counter() - started:.0f} s "
            f"(limit {limit_mb:g} MB): {last}",
        }
    return json.loads(lines[-1])


def table(results: list[dict]) -> str:
    out = [
        "| Worst case | input KB | seconds | peak RSS MB | added MB per MB of input | cells | prose facts |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if "failed" in r:
            out.append(f"| {r['case']} | | | | | | {r['failed']} |")
            continue
        added = max(0.0, r["peak_rss_mb"] - r["base_rss_mb"])
        out.append(
            f"| {r['case']} | {r['bytes'] / 1e3:.1f} | {r['seconds']:.2f} | {r['peak_rss_mb']:.0f} | "
            f"{added / (r['bytes'] / 1e6):.0f} | {r['cells']} | {r['prose_facts']} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default=",".join([f"row-{n}" for n in ROW_SIZES] + ["page-5mb"]))
    parser.add_argument("--limit-mb", type=float, default=4000.0, help="RLIMIT_AS of each case's process")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per case")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.limit_mb)))
        return
    results = []
    for name in args.cases.split(","):
        print(f"{name} ...", file=sys.stderr, flush=True)
        results.append(run_case(name, args.limit_mb, args.timeout))
    print(table(results))


if __name__ == "__main__":
    main()
