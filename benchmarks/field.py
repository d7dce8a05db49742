"""Score the reader on the field corpus: real report text from other regions and years.

    .venv/bin/python -m benchmarks.field            (or `make field`)
    .venv/bin/python -m benchmarks.field --split dev --misses    # what dev still misses, while tuning

tests/field/texts/<document>.txt are the texts exactly as found (first line `# source: <address>`);
tests/field/facts.csv holds every in-domain number of them, annotated by hand in the contract's terms
(document, domain, metric_code, measure, period_start, period_end, value, unit, org_unit, source_quote,
split). The reader runs on all texts at once; an annotated fact is found when an emitted fact of the
same document has its metric, measure, period and value (within the gold scorer's tolerance); each
emitted fact answers one annotated fact. Precision is the share of emitted facts that answer one.
The org unit is scored apart, as the gold scorer does it (loose: one name contains the other): *org right*
counts the found facts whose emitted org unit agrees with the annotated one.
Tune on `dev`; `test` is scored as measured.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELD = ROOT / "tests" / "field"
KEY = ("metric_code", "measure", "period_start", "period_end")


def close(a: float, b: float, unit: str) -> bool:
    """The tolerance of ../shared/tools/score_gold.py: rounding between two printings of one number."""
    if unit == "pct":
        return abs(a - b) <= 0.051
    if unit == "tkr":
        return abs(a - b) <= max(1.0, 0.001 * abs(b))
    return abs(a - b) <= max(0.5, 0.001 * abs(b))


def org_matches(annotated: str, emitted: str | None) -> bool:
    """The gold scorer's org test: after casefolding and keeping letters and digits, one name contains the other."""
    a, e = (re.sub(r"[^0-9a-zåäöé]+", " ", (s or "").casefold()).strip() for s in (annotated, emitted))
    return bool(a) and bool(e) and (a in e or e in a)


def read_annotations(path: Path = FIELD / "facts.csv") -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def match(annotated: list[dict], emitted: list[dict], key: tuple = KEY) -> tuple[list[dict], list[dict], list[dict]]:
    """(found annotations, missed annotations, emitted facts that answer none); a found annotation's
    `found_org` is the org unit of the emitted fact that answers it. Facts agree on the `key` columns."""
    pool = defaultdict(list)
    for fact in emitted:
        pool[(fact["document"],) + tuple(str(fact[k] or "") for k in key)].append(fact)
    found, missed, used = [], [], set()
    for ann in annotated:
        hit = next(
            (
                f
                for f in pool.get((ann["document"],) + tuple(ann[k] for k in key), [])
                if id(f) not in used and close(float(f["value"]), float(ann["value"]), ann["unit"])
            ),
            None,
        )
        if hit is None:
            missed.append(ann)
        else:
            used.add(id(hit))
            found.append(dict(ann, found_org=hit.get("org_unit_name") or ""))
    return found, missed, [f for f in emitted if id(f) not in used]


def emitted_facts(documents: list[str], db: Path | None = None, texts: Path | None = None) -> list[dict]:
    """Every fact the reader gives for the corpus texts (<document>.txt of `texts`, by default the field
    corpus's, through `vardlager extract`'s in-memory run of the models), or that a built warehouse holds, keyed
    by document."""
    if db:
        rows = _facts_of_warehouse(db)
    else:
        from vardlager.single import facts_of_reports

        folder = texts or FIELD / "texts"
        rows = facts_of_reports([folder / f"{d}.txt" for d in documents], say=lambda msg: None)
    for row in rows:
        row["document"] = Path(row["report_file"]).stem
        for k in ("period_start", "period_end"):
            row[k] = "" if row[k] is None else str(row[k])
    return rows


def _facts_of_warehouse(db: Path) -> list[dict]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("select * from marts.fct_report_facts")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def score_line(name: str, found: list[dict], annotated: int, wrong: int, emitted: int) -> str:
    recall = 100 * len(found) / annotated if annotated else 0.0
    precision = 100 * (emitted - wrong) / emitted if emitted else 0.0
    org = sum(org_matches(f["org_unit"], f["found_org"]) for f in found)
    return (
        f"{name:<45} recall {len(found):>4}/{annotated:<4} {recall:5.1f} %   "
        f"precision {emitted - wrong:>4}/{emitted:<4} {precision:5.1f} %   "
        f"org right {org:>4}/{len(found):<4}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list missed and unmatched facts")
    parser.add_argument("--db", type=Path, help="score the facts of this built warehouse instead of reading the texts")
    args = parser.parse_args(argv)
    annotations = [a for a in read_annotations() if args.split in ("all", a["split"])]
    split_of = {a["document"]: a["split"] for a in read_annotations()}
    documents = sorted({a["document"] for a in annotations})
    emitted = [f for f in emitted_facts(documents, args.db) if f["document"] in documents]
    found, missed, wrong = match(annotations, emitted)
    by = lambda rows: defaultdict(list, {d: [r for r in rows if r["document"] == d] for d in documents})  # noqa: E731
    f_doc, a_doc, w_doc, e_doc = by(found), by(annotations), by(wrong), by(emitted)
    for doc in documents:
        print(score_line(f"{doc} ({split_of[doc]})", f_doc[doc], len(a_doc[doc]), len(w_doc[doc]), len(e_doc[doc])))
    for split in ("dev", "test"):
        docs = [d for d in documents if split_of[d] == split]
        if docs:
            print(
                score_line(
                    f"split {split} ({len(docs)} documents)",
                    [f for d in docs for f in f_doc[d]],
                    sum(len(a_doc[d]) for d in docs),
                    sum(len(w_doc[d]) for d in docs),
                    sum(len(e_doc[d]) for d in docs),
                )
            )
    if args.misses:
        for ann in found:
            if not org_matches(ann["org_unit"], ann["found_org"]):
                print(
                    f"ORG     {ann['document']}: {ann['metric_code']} {ann['value']} «{ann['source_quote']}»: "
                    f"annotated {ann['org_unit']!r}, read {ann['found_org']!r}"
                )
        for ann in missed:
            print(
                f"MISSED  {ann['document']}: {ann['metric_code']} {ann['measure']} "
                f"{ann['period_start']}..{ann['period_end']} "
                f"{ann['value']} {ann['unit']}  «{ann['source_quote']}»"
            )
        for fact in wrong:
            print(
                f"UNMATCHED {fact['document']}:{fact['source_line']}: {fact['metric_code']} {fact['measure']} "
                f"{fact['period_start']}..{fact['period_end']} {fact['value']} {fact['unit']}  «{fact['source_quote']}»"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
