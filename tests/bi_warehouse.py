"""A small hand-made warehouse for the analyst-facing tests (query, export, BI, report).

The tables are created with the exact schema of a real build (so the tests follow the marts as
they grow) and filled with a few literal facts whose answers are known by hand: two reports of
one region (the later one restating, and once contradicting, the earlier one), a second region,
production, worked time, costs with budgets, and audit/extraction-issue rows.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import duckdb

T1_2023 = (date(2023, 1, 1), date(2023, 4, 30))
T1_2024 = (date(2024, 1, 1), date(2024, 4, 30))
YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))

# report_file -> (region_code, own org unit, report type, period)
REPORTS = {
    "alfa_tertial_2023-04.txt": ("25", "Division Alfa", "tertialrapport", T1_2023),
    "alfa_tertial_2024-04.txt": ("25", "Division Alfa", "tertialrapport", T1_2024),
    "beta_delar1_2024.txt": ("19", "Förvaltning Beta", "delårsrapport", T1_2024),
}
A23, A24, B24 = REPORTS

# (report, org unit, period, metric, measure, value, line)
FACTS = [
    (A23, "Division Alfa", T1_2023, "lakarbesok", "actual", 11000, 40),
    (A23, "Division Alfa", T1_2023, "vardtillfallen", "actual", 760, 41),
    (A23, "Division Alfa", T1_2023, "inhyrda_arsarbetare", "actual", 10.0, 60),
    (A23, "Division Alfa", T1_2023, "inhyrd_personal_kostnad", "actual", 7000, 80),
    (A24, "Division Alfa", T1_2024, "lakarbesok", "actual", 12000, 40),
    (A24, "Division Alfa", T1_2023, "lakarbesok", "actual", 11500, 40),  # restated: disagrees with A23
    (A24, "Division Alfa", T1_2024, "vardtillfallen", "actual", 800, 41),
    (A24, "Division Alfa", T1_2023, "vardtillfallen", "actual", 760.4, 41),  # within tolerance: agrees
    (A24, "Division Alfa", T1_2024, "arsarbetare", "actual", 400, 55),
    (A24, "Division Alfa", T1_2024, "inhyrda_arsarbetare", "actual", 12.5, 60),
    (A24, "Division Alfa", T1_2024, "inhyrd_personal_kostnad", "actual", 9000, 80),
    (A24, "Division Alfa", T1_2024, "personalkostnader", "actual", 150000, 81),
    (A24, "Division Alfa", T1_2024, "personalkostnader", "budget", 145000, 81),
    (A24, "Division Alfa", T1_2024, "lakemedel", "actual", 40000, 82),
    (A24, "Division Alfa", T1_2024, "lakemedel", "budget", 42000, 82),
    (A24, "Division Alfa", T1_2024, "lakemedel", "budget_deviation", 2000, 82),
    (A24, "Division Alfa", T1_2024, "resultat", "actual", -3000, 90),
    (A24, "Division Alfa", T1_2024, "resultat", "budget", 0, 90),
    (A24, "Division Bravo", T1_2024, "lakarbesok", "actual", 5000, 44),
    (A24, "Division Bravo", T1_2024, "resultat", "budget_deviation", -1200, 91),
    (B24, "Förvaltning Beta", T1_2024, "lakarbesok", "actual", 30000, 100),
    (B24, "Förvaltning Beta", YEAR_2023, "lakarbesok", "actual", 88000, 101),
    (B24, "Förvaltning Beta", T1_2024, "kostnader_totalt", "actual", 500000, 200),
    (B24, "Förvaltning Beta", T1_2024, "kostnader_totalt", "budget", 480000, 200),
    (B24, "Förvaltning Beta", YEAR_2023, "kostnader_totalt", "actual", 1400000, 201),
    (B24, "Förvaltning Beta", T1_2024, "resultat", "actual", 5000, 210),
    (B24, "Förvaltning Beta", T1_2024, "resultat", "budget", 2000, 210),
]

DQ_ROWS = [
    ("raw", "raw.documents.ExpectColumnValuesToBeUnique(report_file)", "hard", "passed", 0, ""),
    ("marts", "marts.fct_report_facts.ExpectColumnValuesToNotBeNull(value)", "hard", "passed", 0, ""),
    (
        "marts",
        "marts.fct_report_facts.ExpectColumnValuesToBeBetween(value)",
        "soft",
        "warned",
        2,
        "report_file=alfa_tertial_2024-04.txt, source_line=90",
    ),
]
ISSUES = [
    (A24, 120, "unplaced_number", "number without a metric", "Övrigt 1 234"),
    (B24, 300, "unplaced_number", "number without a metric", "Diverse 55"),
]


def _label(start: date, end: date) -> str:
    if start.month == 1 and end.month == 12:
        return f"helår {end.year}"
    if start.month == 1 and end.month == 4:
        return f"T1 {end.year}"
    return f"{start}..{end}"


def make_warehouse(built_db: Path, path: Path) -> Path:
    """Create the hand-made warehouse at path with the schema of the real warehouse built_db."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    con.execute(f"attach '{built_db}' as real (read_only)")
    for schema in ("marts", "audit", "raw"):
        con.execute(f"create schema {schema}")
    tables = con.execute(
        "select table_name from information_schema.tables where table_catalog = 'real' and table_schema = 'marts'"
    ).fetchall()
    for (table,) in tables:
        con.execute(f"create table marts.{table} as select * from real.marts.{table} limit 0")
    con.execute("create table audit.dq_results as select * from real.audit.dq_results limit 0")
    con.execute("create table raw.extraction_issues as select * from real.raw.extraction_issues limit 0")
    con.execute("insert into marts.dim_region select * from real.marts.dim_region")
    con.execute("insert into marts.dim_metric select * from real.marts.dim_metric")
    con.execute("insert into marts.dim_breakdown select * from real.marts.dim_breakdown where breakdown = ''")
    con.execute("detach real")

    metrics = dict(con.execute("select metric_code, domain || '|' || canonical_unit from marts.dim_metric").fetchall())
    rows = []
    for report, org_unit, (start, end), metric, measure, value, line in FACTS:
        region = REPORTS[report][0]
        domain, unit = metrics[metric].split("|")
        if measure in ("change_pct", "change_pp"):
            unit = "pct"
        key = hashlib.md5(f"{report}|{org_unit}|{start}|{end}|{metric}|{measure}|{line}".encode()).hexdigest()
        rows.append(
            dict(
                fact_key=key,
                report_file=report,
                region_code=region,
                org_unit_name=org_unit,
                org_unit_key=hashlib.md5(f"{region}|{org_unit}".encode()).hexdigest(),
                period_start=start,
                period_end=end,
                period_key=f"{start}..{end}",
                domain=domain,
                metric_code=metric,
                measure=measure,
                value=float(value),
                unit=unit,
                source_line=line,
                source_quote=f"{value:g}".replace(".", ","),
                fact_source="table",
                is_verified=True,
                breakdown="",
                rounding=0.5,
                row_label_unresolved=False,
            )
        )
    columns = list(rows[0])
    con.executemany(
        f"insert into marts.fct_report_facts ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
        [tuple(r[c] for c in columns) for r in rows],
    )
    # the statement across reports, as int_report_facts keys it (examples/report_disagreements.sql joins on it)
    con.execute(
        "update marts.fct_report_facts set statement_key = md5(concat_ws('|', org_unit_key, metric_code, measure, "
        "coalesce(breakdown, ''), period_start, period_end))"
    )
    # the newest report's statement of each org unit, metric, measure and period is current
    report_end = ", ".join(f"('{name}', date '{period[1]}')" for name, (_, _, _, period) in REPORTS.items())
    con.execute(f"""
        update marts.fct_report_facts as f set is_current = ranked.n = 1, has_conflict = ranked.values_seen > 1
        from (select fact_key,
                     row_number() over (partition by region_code, org_unit_name, metric_code, measure, period_key
                                        order by r.report_end desc, report_file desc) as n,
                     count(distinct value) over (partition by region_code, org_unit_name, metric_code, measure,
                                                 period_key) as values_seen
              from marts.fct_report_facts join (values {report_end}) as r(file, report_end) on r.file = report_file
             ) as ranked
        where ranked.fact_key = f.fact_key""")
    for domain in ("production", "worked_time", "costs"):
        cols = [
            r[0]
            for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ? "
                "order by ordinal_position",
                [f"fct_{domain}"],
            ).fetchall()
        ]
        con.execute(
            f"insert into marts.fct_{domain} ({', '.join(cols)}) select {', '.join(cols)} "
            f"from marts.fct_report_facts where domain = '{domain}'"
        )
    periods = {(start, end) for _, _, (start, end), *_ in FACTS}
    con.executemany(
        "insert into marts.dim_period (period_key, period_start, period_end, period_label, year) "
        "values (?, ?, ?, ?, ?)",
        [(f"{s}..{e}", s, e, _label(s, e), e.year) for s, e in sorted(periods)],
    )
    con.executemany(
        "insert into marts.dim_report (report_file, region_code, org_unit_name, report_type, "
        "period_start, period_end) values (?, ?, ?, ?, ?, ?)",
        [(name, region, unit, kind, p[0], p[1]) for name, (region, unit, kind, p) in REPORTS.items()],
    )
    con.execute(
        "insert into marts.dim_org_unit (org_unit_key, region_code, org_unit_name) "
        "select distinct org_unit_key, region_code, org_unit_name from marts.fct_report_facts"
    )
    con.executemany(
        "insert into audit.dq_results (build_id, checked_at, layer, check_name, severity, status, "
        "failing_rows, sample) values ('b1', timestamp '2024-05-01 10:00:00', ?, ?, ?, ?, ?, ?)",
        DQ_ROWS,
    )
    issue_columns = [r[0] for r in con.execute("describe raw.extraction_issues").fetchall()]
    wanted = [c for c in ("report_file", "line", "kind", "message", "text") if c in issue_columns]
    con.executemany(
        f"insert into raw.extraction_issues ({', '.join(wanted)}) values ({', '.join('?' * len(wanted))})",
        [tuple(dict(zip(("report_file", "line", "kind", "message", "text"), i))[c] for c in wanted) for i in ISSUES],
    )
    con.execute("checkpoint")
    con.close()
    return path


def example_sql(name: str) -> str:
    return (Path(__file__).resolve().parent.parent / "examples" / f"{name}.sql").read_text(encoding="utf-8")


def example_columns(sql: str) -> list[str]:
    """The columns an example promises in its `-- columns:` header line."""
    for line in sql.splitlines():
        if line.startswith("-- columns:"):
            return [c.strip() for c in line.split(":", 1)[1].split(",")]
    raise AssertionError("example without a -- columns: line")
