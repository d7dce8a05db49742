"""One report's facts, through the same loaders and dbt models as a build, in a throwaway warehouse."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import duckdb

from loaders.extract import read_report_bytes
from vardlager.pipeline import build

FACT_QUERY = """
    select report_file, coalesce(region_code, '') as region_code, org_unit_name,
           cast(period_start as varchar) as period_start, cast(period_end as varchar) as period_end,
           domain, metric_code, measure, value, unit, source_line, source_quote, is_verified
    from marts.fct_report_facts order by source_line, metric_code, measure, period_start
"""


def facts_of_report(path: Path) -> list[dict]:
    """Build the one file into a temporary warehouse and return its facts as dicts."""
    data = read_report_bytes(path)  # raises UnreadableReport with the reason
    with tempfile.TemporaryDirectory(prefix="vardlager-extract-") as tmp:
        reports = Path(tmp) / "reports"
        reports.mkdir()
        (reports / path.name).write_bytes(data)
        db = Path(tmp) / "one.duckdb"
        said: list[str] = []
        result = build(reports, db, say=said.append)
        if not result.published:
            raise RuntimeError(_why_not_built(path.name, said, result.errors))
        con = duckdb.connect(str(db), read_only=True)
        try:
            cursor = con.execute(FACT_QUERY)
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row)) for row in cursor.fetchall()]
        finally:
            con.close()
        shutil.rmtree(Path(tmp) / "reports", ignore_errors=True)
    return rows


def _why_not_built(name: str, said: list[str], errors: list[str]) -> str:
    """One line: the build's own red line about the file (`<name>: <problem>`, without the name), else its errors."""
    from rich.text import Text

    for message in said:
        if message.startswith("[red]"):
            plain = Text.from_markup(message).plain
            return plain.removeprefix(f"{name}: ")
    return "; ".join(" ".join(e.split()) for e in errors) or "not built"
