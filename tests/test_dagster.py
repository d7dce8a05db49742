"""The Dagster definitions, materialized in-process on the bundled reports into a temporary warehouse.

Needs the `orchestration` extra (dagster, dagster-dbt), which the `test` extra installs. Dagster is
imported by the tests that use it, not at collection: its import costs seconds in every test process,
and `make test-fast` (which leaves these slow tests out) collects this module too.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pytest

if TYPE_CHECKING:
    import dagster as dg

pytestmark = pytest.mark.slow  # Dagster materializes a whole build

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
FACT_COLUMNS = (
    "fact_key, report_file, org_unit_name, period_start, period_end, metric_code, measure, value, "
    "unit, source_line, source_quote, is_verified"
)


@dataclass
class Run:
    defs: dg.Definitions
    folder: Path
    db: Path
    result: object


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Run:
    import dagster as dg

    from vardlager.orchestration import build_definitions

    folder = tmp_path_factory.mktemp("dagster_reports")
    for report in REPORTS:
        shutil.copyfile(report, folder / report.name)
    db = tmp_path_factory.mktemp("dagster_warehouse") / "v.duckdb"
    defs = build_definitions(folder, db)
    result = defs.resolve_job_def("build_warehouse").execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False
    )
    return Run(defs, folder, db, result)


def facts(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"select {FACT_COLUMNS} from marts.fct_report_facts order by fact_key").fetchall()
    finally:
        con.close()


def test_the_job_materializes_extraction_dbt_models_and_the_warehouse(run):
    assert run.result.success, [e.message for e in run.result.all_events if e.is_failure]
    materialized = {
        e.asset_key.to_user_string()
        for e in run.result.get_asset_materialization_events()
        for e in [e.event_specific_data.materialization]
    }
    assert {
        "reports/documents",
        "reports/table_cells",
        "reports/prose_facts",
        "reports/extraction_issues",
    } <= materialized  # extraction
    assert {
        "marts/fct_report_facts",
        "marts/dim_report",
        "staging/stg_reports__documents",
        "raw/metric_aliases",
    } <= materialized  # dbt seeds and models
    assert "warehouse" in materialized


def test_the_published_warehouse_equals_the_cli_build(run, built):
    assert run.db.exists()
    assert facts(run.db) == facts(built[1])


def test_great_expectations_runs_as_blocking_asset_checks_of_every_layer(run):
    import dagster as dg

    evaluations = [
        e.event_specific_data for e in run.result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    gx = {(ev.asset_key.to_user_string(), ev.check_name): ev for ev in evaluations if ev.check_name.startswith("gx_")}
    assert ("reports/documents", "gx_raw") in gx
    assert ("staging/stg_reports__documents", "gx_staging") in gx
    assert ("marts/fct_report_facts", "gx_marts") in gx
    # hard expectations all pass on the bundled reports; soft ones may warn
    assert all(ev.passed or ev.severity == dg.AssetCheckSeverity.WARN for ev in gx.values())
    assert sum(ev.metadata["expectations"].value for ev in gx.values()) > 20
    graph = run.defs.resolve_asset_graph()
    specs = [graph.get_check_spec(key) for key in graph.asset_check_keys if key.name.startswith("gx_")]
    assert {spec.name for spec in specs} == {"gx_raw", "gx_staging", "gx_marts"}
    assert all(spec.blocking for spec in specs)  # a failed hard expectation stops the publish
    dbt_tests = [ev for ev in evaluations if not ev.check_name.startswith("gx_")]
    assert len(dbt_tests) > 20  # dbt's data tests are asset checks of their models too


def test_the_check_results_are_in_the_audit_table(run):
    con = duckdb.connect(str(run.db), read_only=True)
    try:
        layers = {r[0] for r in con.execute("select distinct layer from audit.dq_results").fetchall()}
    finally:
        con.close()
    assert {"raw", "staging", "marts"} <= layers


def test_a_daily_schedule_runs_the_build_job(run):
    from vardlager.orchestration import DAILY_CRON

    schedule = run.defs.resolve_schedule_def("daily_build")
    assert schedule.cron_schedule == DAILY_CRON == "0 6 * * *"
    assert schedule.job_name == "build_warehouse"


def test_the_sensor_asks_for_a_build_only_when_the_folder_changed(run):
    import dagster as dg

    from vardlager.orchestration import folder_fingerprint

    sensor = run.defs.resolve_sensor_def("reports_folder_sensor")
    first = sensor.evaluate_tick(dg.build_sensor_context(cursor=None))
    assert len(first.run_requests) == 1 and first.cursor == folder_fingerprint(run.folder)
    unchanged = sensor.evaluate_tick(dg.build_sensor_context(cursor=first.cursor))
    assert unchanged.run_requests == [] and "unchanged" in unchanged.skip_message
    (run.folder / "new_report.txt").write_text("Region Testland\nDelårsrapport januari-augusti 2025\n")
    try:
        added = sensor.evaluate_tick(dg.build_sensor_context(cursor=first.cursor))
    finally:
        (run.folder / "new_report.txt").unlink()
    assert len(added.run_requests) == 1
    assert added.run_requests[0].run_key == added.cursor != first.cursor
