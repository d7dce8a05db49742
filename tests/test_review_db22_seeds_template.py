"""A new warehouse starts from the install's file of seeds (vardlager/dbt_runner.py seeds_template): dbt loads no
seed and builds no model of seeds alone in it, and what it publishes equals a build that loads them itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

import vardlager.pipeline
from tests.test_incremental import project_copy
from vardlager.cache import dbt_fingerprint
from vardlager.dbt_runner import seeds_template, target_dir

ROOT = Path(__file__).resolve().parent.parent
SMALLEST = min((ROOT / "data" / "reports").glob("*.txt"), key=lambda p: p.stat().st_size)
SCHEMAS = ("raw", "intermediate", "marts")


def contents(db: Path) -> dict[str, object]:
    """Every table of SCHEMAS (raw.changed_reports aside) with its rows sorted, and every comment of them."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ? order by 1, 2", [list(SCHEMAS)]
        ).fetchall()
        tables: dict[str, object] = {
            f"{s}.{t}": sorted(con.execute(f'select * from {s}."{t}"').fetchall(), key=repr) for s, t in names
        }
        tables["comments"] = (
            con.execute(
                "select schema_name, table_name, comment from duckdb_tables() where schema_name in ? order by 1, 2",
                [list(SCHEMAS)],
            ).fetchall()
            + con.execute(
                "select schema_name, table_name, column_name, comment from duckdb_columns() "
                "where schema_name in ? order by 1, 2, 3",
                [list(SCHEMAS)],
            ).fetchall()
        )
        return tables
    finally:
        con.close()


def ran(db: Path) -> set[str]:
    results = json.loads((target_dir(db) / "run_results.json").read_text(encoding="utf-8"))["results"]
    return {r["unique_id"] for r in results}


@pytest.mark.slow
def test_a_new_warehouse_from_the_install_seeds_equals_one_that_loads_them(tmp_path, monkeypatch):
    monkeypatch.setattr(vardlager.pipeline, "UNIT_TEST_RECORD", tmp_path / "unit_tests.json")
    assert vardlager.pipeline.prepare_for_builds()  # the install: dbt's parse, the unit tests, the seeds' file
    template = seeds_template(dbt_fingerprint())
    assert template.exists()
    with duckdb.connect(str(template), read_only=True) as con:
        held = {r[0] for r in con.execute("select schema_name || '.' || table_name from duckdb_tables()").fetchall()}
    assert {"raw.metrics", "raw.month_names", "marts.dim_region", "marts.dim_metric"} <= held
    assert not any(name.startswith("staging.") or name in ("raw.documents", "marts.fct_report_facts") for name in held)

    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copyfile(SMALLEST, reports / SMALLEST.name)
    seeded, loaded = tmp_path / "seeded.duckdb", tmp_path / "loaded.duckdb"
    assert vardlager.pipeline.build(reports, seeded).published
    nodes = ran(seeded)
    assert not any(uid.startswith("seed.") for uid in nodes)
    assert not {"model.vardlager.dim_region", "model.vardlager.dim_metric", "model.vardlager.glossary"} & nodes
    assert "model.vardlager.fct_report_facts" in nodes and "test.vardlager.column_checks_dim_region" not in nodes

    with monkeypatch.context() as without:  # no file of seeds for this code: dbt loads them itself
        without.setattr(vardlager.pipeline, "seeds_template", lambda code: tmp_path / "none.duckdb")
        assert vardlager.pipeline.build(reports, loaded).published
    nodes = ran(loaded)
    assert "seed.vardlager.metrics" in nodes and "model.vardlager.dim_region" in nodes
    seeded_tables, loaded_tables = contents(seeded), contents(loaded)
    assert seeded_tables.keys() == loaded_tables.keys() and len(seeded_tables["marts.fct_report_facts"]) > 20
    for name in loaded_tables:
        if name != "raw.changed_reports":
            assert seeded_tables[name] == loaded_tables[name], name


@pytest.mark.slow
def test_a_failing_check_of_a_model_of_seeds_alone_at_the_install_keeps_no_seeds_file(tmp_path, monkeypatch):
    """dim_region's checks run at the install, on the seeds' file: a sjukvårdsregion that is none of the six
    (seeds/regions.csv) fails column_checks_dim_region there, and no file of seeds is kept."""
    import vardlager.dbt_runner
    from vardlager.raw import write_raw

    project = project_copy(tmp_path)
    regions = project / "seeds" / "regions.csv"
    text = regions.read_text(encoding="utf-8")
    regions.write_text(text.replace(",Stockholm-Gotland,", ",Gotland-Stockholm,", 1), encoding="utf-8")
    monkeypatch.setattr(vardlager.dbt_runner, "PROJECT_DIR", project)
    monkeypatch.setattr(vardlager.dbt_runner, "PARSE_ROOT", tmp_path / "parse")
    template = tmp_path / "parse" / "seeds-x.duckdb"
    parsed, outcome = vardlager.dbt_runner.parse_for_builds(lambda con: write_raw(con, {}), template)
    assert parsed and outcome is not None and not outcome.ok
    failed = {name for _, name, status, _, _ in outcome.tests if status in ("fail", "error")}
    assert "column_checks_dim_region" in failed
    assert not template.exists() and not list((tmp_path / "parse").rglob("seeds*.duckdb"))
