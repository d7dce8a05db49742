"""How much of the reader's reading survives pages flattened onto one line (issue 14: "text flattened onto one
line read as well as line-broken text").

    .venv/bin/python -m benchmarks.flattened                    # the samples and the field corpus's dev split
    .venv/bin/python -m benchmarks.flattened --misses           # and the facts only the line-broken text gives
    .venv/bin/python -m benchmarks.flattened --page-lines 30    # shorter pages

Web copies of PDFs and old converters give a whole page, tables included, as one line. Each text is cut into
pages of `--page-lines` lines and every page is joined into one line with single spaces (a field text keeps its
`# source:` line). The line-broken and the flattened texts are read the same way (`vardlager extract`'s
in-memory run of the models) and scored against the same facts: the five samples against ../shared/gold and
tests/annotated (a gold fact is found as ../shared/tools/score_gold.py finds it: report, metric, measure, period,
breakdown, value within rounding), the field corpus's dev texts against tests/field/facts.csv (as
benchmarks/field.py scores them). The test split is left alone: tune on what this prints.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

from benchmarks.field import FIELD, KEY, match, read_annotations, score_line

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "reports"
SAMPLE_FACTS = [ROOT.parent / "shared" / "gold", ROOT / "tests" / "annotated"]
GOLD_KEY = KEY + ("breakdown",)
PAGE_LINES = 50  # lines of a printed page of the samples (a PDF page holds 40-60)


def flattened_pages(text: str, page_lines: int = PAGE_LINES) -> str:
    """The text with every `page_lines` lines joined into one line (single spaces, blank lines dropped); a first
    line `# source: ...` stays a line of its own."""
    lines = text.splitlines()
    head = [lines.pop(0)] if lines and lines[0].startswith("# source:") else []
    pages = [lines[i : i + page_lines] for i in range(0, len(lines), page_lines)]
    flat = [" ".join(s for s in (line.strip() for line in page) if s) for page in pages]
    return "\n".join(head + [p for p in flat if p]) + "\n"


def _sample_facts() -> list[dict]:
    """The gold and annotated facts of the samples, keyed like the field corpus's annotations."""
    rows = []
    for folder in SAMPLE_FACTS:
        for path in sorted(folder.glob("*.csv")):
            with path.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    rows.append(dict(row, document=Path(row["report_file"]).stem, source_quote=row.get("quote", "")))
    return rows


def _read(paths: list[Path]) -> list[dict]:
    from vardlager.single import facts_of_reports

    rows = facts_of_reports(paths, say=lambda msg: None)
    for row in rows:
        row["document"] = Path(row["report_file"]).stem
        for k in ("period_start", "period_end", "breakdown"):
            row[k] = "" if row.get(k) is None else str(row[k])
    return rows


def _write_flattened(paths: list[Path], folder: Path, page_lines: int) -> list[Path]:
    out = []
    for path in paths:
        flat = folder / path.name
        flat.write_text(flattened_pages(path.read_text(encoding="utf-8"), page_lines), encoding="utf-8")
        out.append(flat)
    return out


def score(name: str, paths: list[Path], facts: list[dict], key: tuple, page_lines: int, misses: bool) -> None:
    """Print the line-broken and the flattened reading's scores per document and in all."""
    with tempfile.TemporaryDirectory() as tmp:
        readings = {"lines": _read(paths), "flattened": _read(_write_flattened(paths, Path(tmp), page_lines))}
    documents = sorted({p.stem for p in paths})
    results = {}
    for kind, emitted in readings.items():
        results[kind] = found, missed, wrong = match(facts, emitted, key)
        for doc in documents if kind == "flattened" else []:
            f, a, w, e = ([r for r in rows if r["document"] == doc] for rows in (found, facts, wrong, emitted))
            print(f"flattened {score_line(doc, f, len(a), len(w), len(e))}")
        print(score_line(f"{name}, {kind}", found, len(facts), len(wrong), len(emitted)))
    if misses:
        ident = lambda f: tuple(f[k] for k in ("document", "value", "source_quote") + key)  # noqa: E731
        flat_found = {ident(f) for f in results["flattened"][0]}
        for fact in results["lines"][0]:
            if ident(fact) not in flat_found:
                print(
                    f"LOST  {fact['document']}: {fact['metric_code']} {fact['measure']} {fact['period_start']}.."
                    f"{fact['period_end']} {fact['value']} {fact['unit']}  «{fact['source_quote']}»"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page-lines", type=int, default=PAGE_LINES, help=f"lines per page (default {PAGE_LINES})")
    parser.add_argument("--misses", action="store_true", help="list the facts found in the lines but not flattened")
    args = parser.parse_args(argv)
    facts = _sample_facts()
    score("samples", sorted(SAMPLES.glob("*.txt")), facts, GOLD_KEY, args.page_lines, args.misses)
    dev = [a for a in read_annotations() if a["split"] == "dev"]
    texts = sorted(FIELD / "texts" / f"{d}.txt" for d in {a["document"] for a in dev})
    score("field dev", texts, dev, KEY, args.page_lines, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
