"""A synthetic corpus for the benchmark: N realistic variants of the sample reports.

Each variant is one sample report moved to another region, year and (for tertial
and delårs reports) another tertial:

- region: the source region's names (`name_pattern` of seeds/regions.csv), short
  name (also in genitive, `Norrbottens`) and hospitals/towns (`place_pattern`) are
  replaced by the target region's, so region detection finds the target;
- year: every year 2000-2039 (and two-digit years after a month word, `maj-24`)
  moves by the same delta, so periods, year columns and "jämfört med fg år" stay
  consistent;
- period: for half of the non-annual variants, april and augusti (apr/aug) swap,
  and so do tertial 1 and 2 (`Tertialrapport 1`, `Delårsrapport 1`, `T1`), so a
  January-April report becomes a January-August one and vice versa.

Numbers are left exactly as printed, so every table's arithmetic (deviation and
percent columns, totals, varav rows) holds in every variant as it does in its
source, and extraction verifies the same cells.

Variant i is a pure function of (i, seed): corpus N is the first N variants, and
variant N is "one more report" for the incremental benchmark. Corpora are written
to a folder outside git (benchmarks/corpus*/ is gitignored) and never committed.

    .venv/bin/python -m benchmarks.corpus --n 50 --out benchmarks/corpus-50
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "reports"
REGIONS_SEED = ROOT / "seeds" / "regions.csv"
YEAR_DELTAS = (-6, -5, -4, -3, -2, -1, 0, 1, 2)
YEAR_RE = re.compile(r"(?<![\d,.])(20[0-3]\d)(?![\d,])")
MONTH_ABBR = r"(?:jan|feb|mars?|apr|april|maj|juni?|juli?|aug|augusti|sept?|okt|nov|dec)"
SHORT_YEAR_RE = re.compile(rf"(?i)\b({MONTH_ABBR}\s?[-–]\s?|RF)(\d\d)\b")
# April <-> augusti, tertial 1 <-> 2 (a January-April report becomes January-August and back)
PERIOD_SWAP = {"april": "augusti", "augusti": "april", "apr": "aug", "aug": "apr"}
PERIOD_WORD_RE = re.compile(r"(?i)\b(april|augusti|apr|aug)\b")
ORDINAL_RE = re.compile(r"(?i)\b(tertial(?:rapport)?\s?|delårsrapport\s?|T\s?)([12])\b")
ANNUAL_RE = re.compile(r"(?i)(?<!\w)(?:årsrapport|årsredovisning|verksamhetsberättelse)")


@dataclass(frozen=True)
class Variant:
    index: int
    source: Path
    source_code: str
    target_code: str
    year_delta: int
    swap_period: bool

    def file_name(self, regions: dict[str, dict[str, str]], year: int | None) -> str:
        slug = _slug(regions[self.target_code]["short_name"])
        tag = self.source.stem.removeprefix(_slug(regions[self.source_code]["short_name"])).strip("_")
        tag = "_".join(t for t in tag.split("_") if not t[:1].isdigit())
        return f"{slug}_{tag}_{year or 'x'}{'_p' if self.swap_period else ''}_{self.index:04d}.txt"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def load_regions(path: Path = REGIONS_SEED) -> dict[str, dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["region_code"]: row for row in csv.DictReader(fh)}


def source_region(text: str, regions: dict[str, dict[str, str]]) -> str:
    """The region a sample report is about: the one its text names most (names weigh most)."""

    def score(row: dict[str, str]) -> int:
        return (
            10 * len(re.findall(rf"\b(?:{row['name_pattern']})", text))
            + 3 * len(re.findall(rf"\b{re.escape(row['short_name'])}", text))
            + len(re.findall(rf"\b(?:{row['place_pattern']})", text))
        )

    return max(regions, key=lambda code: score(regions[code]))


def _cased(replacement: str, original: str) -> str:
    return replacement[0].lower() + replacement[1:] if original[:1].islower() else replacement


def move_region(text: str, source: dict[str, str], target: dict[str, str]) -> str:
    """Replace the source region's names, short name and places by the target's (longest forms first)."""
    places = target["place_pattern"].split("|")
    mapping: dict[str, str] = {}
    for name in source["name_pattern"].split("|"):
        mapping[name] = target["region_name"]
    for i, place in enumerate(source["place_pattern"].split("|")):
        mapping[place] = places[i % len(places)]
    for short in {source["short_name"], *filter(None, source.get("short_pattern", "").split("|"))}:
        mapping[short] = target["short_name"]
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")", re.I)
    lower = {k.lower(): v for k, v in mapping.items()}
    return pattern.sub(lambda m: _cased(lower[m.group(1).lower()], m.group(1)), text)


def shift_years(text: str, delta: int) -> str:
    if not delta:
        return text
    text = YEAR_RE.sub(lambda m: str(int(m.group(1)) + delta), text)
    return SHORT_YEAR_RE.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) + delta) % 100:02d}", text)


def swap_period(text: str) -> str:
    def word(m: re.Match) -> str:
        original = m.group(1)
        new = PERIOD_SWAP[original.lower()]
        return new.capitalize() if original[0].isupper() else new

    text = PERIOD_WORD_RE.sub(word, text)
    return ORDINAL_RE.sub(lambda m: m.group(1) + ("2" if m.group(2) == "1" else "1"), text)


def main_year(text: str) -> int | None:
    """The year the text names most: the report's year, for the file name only."""
    years = Counter(YEAR_RE.findall(text))
    return int(years.most_common(1)[0][0]) if years else None


def variants(seed: int = 0, samples: Path = SAMPLES) -> list[Variant]:
    """Every distinct variant of the samples, in a seeded random order (the same order on every machine)."""
    regions = load_regions()
    sources = sorted(samples.glob("*.txt"))
    combos = []
    for source in sources:
        text = source.read_text(encoding="utf-8")
        own = source_region(text, regions)
        title = " ".join([line for line in text.splitlines() if line.strip()][:5])
        annual = bool(ANNUAL_RE.search(source.stem) or ANNUAL_RE.search(title))
        swaps = (False,) if annual else (False, True)
        for code, delta, swap in itertools.product(sorted(regions), YEAR_DELTAS, swaps):
            if code != own:
                combos.append((source, own, code, delta, swap))
    random.Random(seed).shuffle(combos)
    return [Variant(i, *combo) for i, combo in enumerate(combos)]


def render(variant: Variant, regions: dict[str, dict[str, str]]) -> tuple[str, str]:
    """(file name, text) of one variant."""
    text = variant.source.read_text(encoding="utf-8")
    text = move_region(text, regions[variant.source_code], regions[variant.target_code])
    text = shift_years(text, variant.year_delta)
    if variant.swap_period:
        text = swap_period(text)
    return variant.file_name(regions, main_year(text)), text


def generate(n: int, out: Path, start: int = 0, seed: int = 0) -> list[Path]:
    """Write variants start .. start+n-1 into out (created if missing); returns their paths."""
    regions = load_regions()
    everything = variants(seed)
    if start + n > len(everything):
        raise SystemExit(f"only {len(everything)} distinct variants of the samples; asked for {start + n}")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for variant in everything[start : start + n]:
        name, text = render(variant, regions)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of reports")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them to (never commit it)")
    parser.add_argument("--start", type=int, default=0, help="index of the first variant (default 0)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out, args.start, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} reports, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
