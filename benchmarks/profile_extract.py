"""Extraction speed of the reader alone, in one process (issue 15).

    .venv/bin/python -m benchmarks.profile_extract                # MB/s, best of 3
    .venv/bin/python -m benchmarks.profile_extract --profile 30   # and a cProfile top 30 (by own time)

Two sets of texts: the five bundled samples (data/reports) and the dev documents of the field corpus
(tests/field/texts; the split as tests/field/README.md defines it). Every text is read into memory
first and extracted once as a warm-up (seeds, regexes and caches loaded), then each set is extracted
serially three times and the best CPU time counts. `--profile N` profiles one more pass over the
samples (or over the field texts with `--set "field dev"`).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import time
from pathlib import Path

from loaders.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "reports"
FIELD_TEXTS = ROOT / "tests" / "field" / "texts"


def _dev(path: Path) -> bool:
    return int(hashlib.sha1(path.stem.encode()).hexdigest(), 16) % 3 != 0


def texts() -> dict[str, list[tuple[str, bytes]]]:
    return {
        "samples": [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))],
        "field dev": [(p.name, p.read_bytes()) for p in sorted(FIELD_TEXTS.glob("*.txt")) if _dev(p)],
    }


def run(batch: list[tuple[str, bytes]]) -> float:
    """The CPU time of one pass (process time: on a shared machine, wall time also counts the others' work)."""
    started = time.process_time()
    for name, data in batch:
        extract_text(name, data)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", type=int, metavar="N", default=0, help="print a cProfile top N (own time)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--set", choices=["samples", "field dev"], default="samples", help="the texts to profile")
    args = parser.parse_args()
    sets = texts()
    for batch in sets.values():
        run(batch)  # warm-up
    for label, batch in sets.items():
        size = sum(len(data) for _, data in batch)
        best = min(run(batch) for _ in range(args.runs))
        mb_s = size / 1e6 / best
        print(f"{label:10} {len(batch):4} texts {size / 1e3:8.1f} kB  best {best:6.3f} s CPU  {mb_s:5.2f} MB/s")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, sets[args.set])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
