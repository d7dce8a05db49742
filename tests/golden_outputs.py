"""Golden outputs: what each sample report gives, as sorted CSV files checked in under tests/golden/.

`make golden` (= `python -m tests.golden_outputs`) builds the bundled reports and rewrites the files on
purpose; tests/test_golden.py compares a build with them, so every change that alters output shows its
diff in the commit. Surrogate keys (hashes of other columns) are left out: they change whenever what
they hash changes, and the diff of the columns says that already.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
REPORTS = ROOT / "data" / "reports"

# output file -> (warehouse relation, columns left out)
OUTPUTS = {
    "documents.csv": ("raw.documents", {"sha256", "loader_version"}),
    "cells.csv": ("raw.table_cells", set()),
    "prose.csv": ("raw.prose_facts", set()),
    "issues.csv": ("raw.extraction_issues", set()),
    "facts.csv": ("marts.fct_report_facts", {"fact_key", "org_unit_key", "period_key", "conflicts_with_fact_key"}),
}


def _text(value) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def golden_rows(con: duckdb.DuckDBPyConnection, relation: str, leave_out: set[str]) -> dict[str, list[list[str]]]:
    """Rows of one relation per report file, as text, sorted; the header first."""
    cursor = con.execute(f"select * from {relation}")
    names = [d[0] for d in cursor.description]
    keep = [i for i, n in enumerate(names) if n not in leave_out]
    per_report: dict[str, list[list[str]]] = {}
    report = names.index("report_file")
    for row in cursor.fetchall():
        per_report.setdefault(row[report], []).append([_text(row[i]) for i in keep])
    header = [names[i] for i in keep]
    return {r: [header] + sorted(rows) for r, rows in per_report.items()}


def golden_files(db: Path) -> dict[str, str]:
    """Relative path (`<report stem>/<output>.csv`) -> CSV text, for every report in the warehouse."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        reports = [r[0] for r in con.execute("select report_file from raw.documents").fetchall()]
        files = {}
        for name, (relation, leave_out) in OUTPUTS.items():
            rows = golden_rows(con, relation, leave_out)
            header = [
                d[0] for d in con.execute(f"select * from {relation} limit 0").description if d[0] not in leave_out
            ]
            for report in reports:
                out = io.StringIO()
                csv.writer(out, lineterminator="\n").writerows(rows.get(report, [header]))
                files[f"{Path(report).stem}/{name}"] = out.getvalue()
    finally:
        con.close()
    return files


def write_golden(db: Path, folder: Path = GOLDEN) -> int:
    """Replace the checked-in golden files with those of `db`; returns the number of files written."""
    files = golden_files(db)
    for old in folder.glob("*/*.csv"):
        if f"{old.parent.name}/{old.name}" not in files:
            old.unlink()
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return len(files)


def main() -> int:
    from vardlager.pipeline import build

    with tempfile.TemporaryDirectory(prefix="vardlager-golden-") as tmp:
        db = Path(tmp) / "golden.duckdb"
        result = build(REPORTS, db)
        if not result.published:
            print("build failed: " + "; ".join(result.errors), file=sys.stderr)
            return 1
        n = write_golden(db)
    print(f"wrote {n} golden files under {GOLDEN.relative_to(ROOT)}; review them with git diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
