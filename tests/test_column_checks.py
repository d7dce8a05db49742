"""The folded column checks (macros/column_checks.sql: a model's not_null, unique, accepted_values and
relationships checks in one dbt test) fail on bad rows, each failing row naming its check, column and row,
as the single tests did. Real dbt on a copy of the session's warehouse with rows made bad."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from vardlager import pipeline
from vardlager.dbt_runner import _close_duckdb_environment, cli_args, outcome_of

pytestmark = pytest.mark.slow

TESTS = ["column_checks_fct_costs", "column_checks_dim_org_unit", "column_checks_reader_words"]


def _spoil(db: Path) -> dict[str, set]:
    """Make rows of fct_costs, dim_org_unit and the reader_words seed bad, one per check kind; the failing
    rows expected of each test as (failed_check, failed_value, row name)."""
    con = duckdb.connect(str(db))
    try:
        rows = con.execute("""select fact_key, report_file, source_line, metric_code from marts.fct_costs
            where conflicts_with_fact_key is null order by fact_key limit 5""").fetchall()
        (k1, f1, l1, _), (k2, f2, l2, _), (k3, f3, l3, _), (k4, f4, l4, _), (k5, f5, l5, _) = rows
        con.execute("update marts.fct_costs set value = null where fact_key = ?", [k1])
        con.execute("update marts.fct_costs set measure = 'guess' where fact_key = ?", [k2])
        con.execute("update marts.fct_costs set metric_code = 'no_such_metric' where fact_key = ?", [k3])
        con.execute("update marts.fct_costs set conflicts_with_fact_key = 'nowhere' where fact_key = ?", [k4])
        con.execute("insert into marts.fct_costs select * from marts.fct_costs where fact_key = ?", [k5])
        # an org unit of no known region fails; one whose region the report did not say ('') is not checked
        (unit,) = con.execute("select org_unit_key from marts.dim_org_unit where region_code <> '' limit 1").fetchone()
        con.execute("update marts.dim_org_unit set region_code = '99' where org_unit_key = ?", [unit])
        con.execute("""update marts.dim_org_unit set region_code = '' where org_unit_key =
            (select min(org_unit_key) from marts.dim_org_unit where region_code not in ('', '99'))""")
        con.execute("insert into raw.reader_words (list, word) values ('no_such_list', 'ord')")
    finally:
        con.close()
    return {
        "column_checks_fct_costs": {
            ("not_null(value)", None, f1, l1),
            ("accepted_values(measure)", "guess", f2, l2),
            ("relationships(metric_code -> dim_metric.metric_code)", "no_such_metric", f3, l3),
            ("relationships(conflicts_with_fact_key -> fct_costs.fact_key)", "nowhere", f4, l4),
            ("unique(fact_key)", k5, f5, l5),  # both rows of the key
        },
        "column_checks_dim_org_unit": {("relationships(region_code -> dim_region.region_code)", "99", unit)},
        "column_checks_reader_words": {("accepted_values(list)", "no_such_list", "no_such_list", "ord")},
    }


def test_each_folded_check_fails_on_its_bad_row_and_names_check_column_and_row(built, tmp_path, monkeypatch):
    from dbt.cli.main import dbtRunner

    db = tmp_path / "spoilt.duckdb"
    shutil.copyfile(built[1], db)
    expected = _spoil(db)
    target = tmp_path / "target"
    monkeypatch.setitem(os.environ, "VARDLAGER_BUILD_DB", str(db))
    try:
        result = dbtRunner().invoke(["test", *cli_args(target), "--select", *TESTS])
    finally:
        _close_duckdb_environment()
    outcome = outcome_of(result)

    assert not outcome.ok
    assert sorted((name, status) for _, name, status, _, _ in outcome.tests) == [(t, "fail") for t in sorted(TESTS)]
    failures = {name: n for _, name, _, n, _ in outcome.tests}
    assert failures == {"column_checks_fct_costs": 6, "column_checks_dim_org_unit": 1, "column_checks_reader_words": 1}
    assert sorted(outcome.errors) == sorted(f"test {t}: fail ({failures[t]} rows)" for t in TESTS)

    # every failing row: the check and column, the bad value, the row (what the build's check sample shows)
    compiled = {
        r["unique_id"].split(".")[2]: r["compiled_code"]
        for r in json.loads((target / "run_results.json").read_text())["results"]
        if r["unique_id"].startswith("test.")
    }
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = {name: {tuple(row) for row in con.execute(sql).fetchall()} for name, sql in compiled.items()}
    finally:
        con.close()
    assert found == expected

    checks = {c.check: c for c in pipeline._dbt_checks(outcome, db, target)}
    assert {name: (c.status, c.severity) for name, c in checks.items()} == {
        f"dbt.{t}": ("failed", "hard") for t in TESTS
    }
    (unit_row,) = expected["column_checks_dim_org_unit"]
    assert checks["dbt.column_checks_dim_org_unit"].sample == (
        "failed_check=relationships(region_code -> dim_region.region_code), failed_value=99, "
        f"org_unit_key={unit_row[2]}"
    )
    assert "failed_check=accepted_values(measure), report_file=" in checks["dbt.column_checks_fct_costs"].sample
