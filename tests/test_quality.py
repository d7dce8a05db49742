"""Data-quality gates: soft checks warn and publish, hard checks block publishing; audit and `check`."""

from __future__ import annotations

import hashlib
import shutil

import duckdb
import pyarrow as pa
import pytest
from typer.testing import CliRunner

import vardlager.pipeline as pipeline
from tests.conftest import REPORTS
from vardlager.cli import app

VASTMANLAND = "vastmanland_hsf_delar1_2024.txt"


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_raw_row_without_line_fails_the_build_and_leaves_the_published_file_untouched(built, tmp_path, monkeypatch):
    published = tmp_path / "v.duckdb"
    shutil.copyfile(built[1], published)
    before = _sha(published)
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copyfile(REPORTS / VASTMANLAND, reports / VASTMANLAND)

    real_write_raw = pipeline.write_raw

    def write_raw_with_a_lineless_cell(con, records):
        cells = records["table_cells"]  # an Arrow table
        lines = cells.column("line").to_pylist()
        lines[0] = None
        records["table_cells"] = cells.set_column(
            cells.schema.get_field_index("line"), "line", pa.array(lines, pa.int64())
        )
        return real_write_raw(con, records)

    monkeypatch.setattr(pipeline, "write_raw", write_raw_with_a_lineless_cell)
    # whole: raw written by write_raw (a build from the published file, of the same code, would keep this report's rows)
    result = pipeline.build(reports, published, whole=True)

    assert not result.published
    failed = [c for c in result.checks if c.status == "failed"]
    assert [c.check for c in failed] == ["raw.table_cells.ExpectColumnValuesToNotBeNull(line)"]
    assert failed[0].failing_rows == 1
    assert _sha(published) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("v.duckdb.tmp")) == []
    # `vardlager check` shows the build that was not published and fails
    shown = CliRunner().invoke(app, ["check", "--db", str(published)])
    assert shown.exit_code == 1
    assert "NOT PUBLISHED" in shown.output
    assert "raw.table_cells.ExpectColumnValuesToNotBeNull(line)" in shown.output


def test_check_prints_latest_results_and_exits_by_hard_failures(built, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["check", "--db", str(built[1])])
    assert ok.exit_code == 0, ok.output
    assert "passed" in ok.output and "failed" in ok.output  # the title counts

    db = tmp_path / "v.duckdb"
    shutil.copyfile(built[1], db)
    con = duckdb.connect(str(db))
    con.execute("""insert into audit.dq_results values ('later', now() + interval 1 hour, 'marts',
        'marts.fct_report_facts.ExpectColumnValuesToNotBeNull(source_line)', 'hard', 'failed', 3,
        'report_file=x.txt, source_line=None')""")
    con.close()
    bad = runner.invoke(app, ["check", "--db", str(db)])
    assert bad.exit_code == 1
    assert "ExpectColumnValuesToNotBeNull(source_line)" in bad.output
    assert "x.txt" in bad.output


def test_audit_has_one_row_per_check_per_build(built, warehouse):
    result, _ = built
    rows = warehouse.execute(
        """
        select layer, check_name, count(*) from audit.dq_results where build_id = ?
        group by all having count(*) > 1""",
        [result.build_id],
    ).fetchall()
    assert rows == []
    layers = {
        r[0]
        for r in warehouse.execute(
            "select distinct layer from audit.dq_results where build_id = ?", [result.build_id]
        ).fetchall()
    }
    assert {"raw", "staging", "intermediate", "marts"} <= layers
    n = warehouse.execute("select count(*) from audit.dq_results where build_id = ?", [result.build_id]).fetchone()[0]
    assert n == len(result.checks)


@pytest.mark.slow
def test_great_expectations_in_a_worker_process_gives_what_it_gives_here(built):
    from gx.runner import frames_for_layer, run_layer
    from gx.worker import Validator

    con = duckdb.connect(str(built[1]), read_only=True)
    try:
        here = {layer: run_layer(con, layer) for layer in ("raw", "staging", "marts")}
        with Validator(in_worker=True) as validator:
            pending = {layer: validator.submit(layer, frames_for_layer(con, layer)) for layer in here}
            there = {layer: p.result() for layer, p in pending.items()}
    finally:
        con.close()
    assert there == here
    assert sum(len(rows) for rows in here.values()) > 50
