"""vardlager export: one Parquet per mart, facts partitioned by region, schema.json, safe replace."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from bi_warehouse import make_warehouse
from vardlager.cli import app
from vardlager.export import ExportError, export_parquet

runner = CliRunner()


@pytest.fixture(scope="module")
def hand(built, tmp_path_factory):
    return make_warehouse(built[1], tmp_path_factory.mktemp("hand") / "hand.duckdb")


def test_export_writes_every_mart_and_partitions_facts_by_region(hand, tmp_path):
    out = tmp_path / "parquet"
    result = runner.invoke(app, ["export", "--format", "parquet", str(out), "--db", str(hand)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(hand), read_only=True)
    marts = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
    schema = json.loads((out / "schema.json").read_text())
    assert sorted(schema) == marts
    assert (out / "dim_region.parquet").is_file() and (out / "dim_metric.parquet").is_file()
    assert sorted(p.name for p in (out / "fct_report_facts").iterdir()) == ["region_code=19", "region_code=25"]
    assert sorted(p.name for p in (out / "fct_worked_time").iterdir()) == ["region_code=25"]
    for mart in marts:
        files = str(out / schema[mart]["path"])
        n_parquet = duckdb.sql(f"select count(*) from read_parquet('{files}', hive_partitioning = false)").fetchone()[0]
        assert n_parquet == con.execute(f"select count(*) from marts.{mart}").fetchone()[0], mart
        assert list(schema[mart]["columns"]) == [r[0] for r in con.execute(f"describe marts.{mart}").fetchall()]
    # region_code stays text in the files ('19', not 19): codes like '01' keep their zero
    north = duckdb.sql(f"select distinct region_code, typeof(region_code) from read_parquet("
                       f"'{out}/fct_costs/region_code=25/*.parquet', hive_partitioning = false)").fetchall()
    assert north == [("25", "VARCHAR")]
    con.close()


def test_an_empty_fact_table_still_exports_its_schema(hand, tmp_path):
    emptied = tmp_path / "emptied.duckdb"
    emptied.write_bytes(hand.read_bytes())
    con = duckdb.connect(str(emptied))
    con.execute("delete from marts.fct_worked_time")
    con.close()
    schema = export_parquet(emptied, tmp_path / "out")
    rel = duckdb.sql(f"select * from read_parquet('{tmp_path / 'out' / schema['fct_worked_time']['path']}')")
    assert rel.fetchall() == [] and "metric_code" in rel.columns


def test_export_replaces_an_earlier_export_but_never_a_foreign_folder(hand, tmp_path):
    out = tmp_path / "out"
    export_parquet(hand, out)
    (out / "stale.parquet").write_bytes(b"old")
    export_parquet(hand, out)
    assert not (out / "stale.parquet").exists() and (out / "schema.json").exists()
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("keep me")
    with pytest.raises(ExportError, match="not an earlier export"):
        export_parquet(hand, foreign)
    assert (foreign / "thesis.docx").read_text() == "keep me"
    result = runner.invoke(app, ["export", "--format", "csv", str(tmp_path / "x"), "--db", str(hand)])
    assert result.exit_code == 2 and "only parquet" in result.stderr
