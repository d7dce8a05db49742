"""vardlager export: one Parquet per mart, facts partitioned by region, schema.json, safe replace."""

from __future__ import annotations

import json

import duckdb
import pytest
from bi_warehouse import make_warehouse
from typer.testing import CliRunner

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
    marts = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
        ).fetchall()
    ]
    schema = json.loads((out / "schema.json").read_text())
    assert sorted(schema) == marts
    assert (out / "dim_region.parquet").is_file() and (out / "dim_metric.parquet").is_file()
    assert sorted(p.name for p in (out / "fct_report_facts").iterdir()) == ["region_19.parquet", "region_25.parquet"]
    assert sorted(p.name for p in (out / "fct_worked_time").iterdir()) == ["region_25.parquet"]
    for mart in marts:
        files = str(out / schema[mart]["path"])
        n_parquet = duckdb.sql(f"select count(*) from read_parquet('{files}')").fetchone()[0]
        assert n_parquet == con.execute(f"select count(*) from marts.{mart}").fetchone()[0], mart
        assert list(schema[mart]["columns"]) == [r[0] for r in con.execute(f"describe marts.{mart}").fetchall()]
    north = duckdb.sql(f"select distinct region_code, typeof(region_code) from '{out}/fct_costs/region_25.parquet'")
    assert north.fetchall() == [("25", "VARCHAR")]
    con.close()


@pytest.fixture(scope="module")
def export_with_region_01(hand, tmp_path_factory):
    """An export of the hand warehouse where region 19 is called '01' (Stockholm's code: a leading
    zero) and one cost fact has no region, as the README's readers would meet them."""
    db = tmp_path_factory.mktemp("r01") / "r01.duckdb"
    db.write_bytes(hand.read_bytes())
    con = duckdb.connect(str(db))
    for table in ("fct_report_facts", "fct_costs", "fct_production", "fct_worked_time"):
        con.execute(f"update marts.{table} set region_code = '01' where region_code = '19'")
    con.execute(
        "update marts.fct_costs set region_code = null where fact_key = (select min(fact_key) from marts.fct_costs)"
    )
    expected = {
        table: con.execute(f"select region_code, count(*) from marts.{table} group by all").fetchall()
        for table in ("fct_report_facts", "fct_costs")
    }
    con.close()
    out = tmp_path_factory.mktemp("r01out") / "export"
    export_parquet(db, out)
    return out, expected


def _counts(pairs) -> dict:
    return {code if isinstance(code, str) else None: n for code, n in pairs}  # pandas says nan for null


@pytest.mark.parametrize("table", ["fct_report_facts", "fct_costs"])
def test_each_reader_reads_the_export_as_the_readme_says_with_region_code_as_text(export_with_region_01, table):
    import pandas as pd
    import polars as pl

    out, expected = export_with_region_01
    assert sorted(p.name for p in (out / "fct_costs").iterdir()) == [
        "region_01.parquet",
        "region_25.parquet",
        "region_none.parquet",
    ]
    want = _counts(expected[table])
    assert "01" in want
    # exactly the README's lines, with each library's defaults
    frame = pd.read_parquet(out / table)
    assert pd.api.types.is_string_dtype(frame["region_code"])
    assert _counts(frame.groupby("region_code", dropna=False).size().items()) == want
    polars_frame = pl.read_parquet(f"{out}/{table}/*.parquet")
    assert polars_frame.schema["region_code"] == pl.String
    assert _counts(polars_frame.group_by("region_code").len().rows()) == want
    con = duckdb.connect()
    rel = con.sql(f"select region_code, count(*) from read_parquet('{out}/{table}/*.parquet') group by all")
    assert rel.types[0] == "VARCHAR"
    assert _counts(rel.fetchall()) == want
    # the dimensions are single files: region_code text there too
    assert pd.read_parquet(out / "dim_region.parquet")["region_code"].str.len().eq(2).all()
    assert pl.read_parquet(out / "dim_report.parquet").schema["region_code"] == pl.String


def test_an_empty_fact_table_still_exports_its_schema(hand, tmp_path):
    emptied = tmp_path / "emptied.duckdb"
    emptied.write_bytes(hand.read_bytes())
    con = duckdb.connect(str(emptied))
    con.execute("delete from marts.fct_worked_time")
    con.close()
    schema = export_parquet(emptied, tmp_path / "out")
    rel = duckdb.sql(f"select * from read_parquet('{tmp_path / 'out' / schema['fct_worked_time']['path']}')")
    assert rel.fetchall() == [] and "metric_code" in rel.columns
    assert [p.name for p in (tmp_path / "out" / "fct_worked_time").iterdir()] == ["region_none.parquet"]


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


def test_export_writes_rows_in_the_order_of_their_values_not_of_their_storage(hand, tmp_path):
    """A build from the published warehouse rewrites a changed report's mart rows at the end of the table; its
    export must still be the file a whole build writes."""
    reordered = tmp_path / "reordered.duckdb"
    reordered.write_bytes(hand.read_bytes())
    con = duckdb.connect(str(reordered))
    for table in ("fct_costs", "dim_metric"):
        con.execute(f"create table scratch as select * from marts.{table} order by all desc")
        con.execute(f"delete from marts.{table}")
        con.execute(f"insert into marts.{table} select * from scratch")
        con.execute("drop table scratch")
    con.close()
    for table in ("fct_costs", "dim_metric"):
        path = export_parquet(hand, tmp_path / "whole")[table]["path"]
        export_parquet(reordered, tmp_path / "rewritten")
        whole = duckdb.sql(f"select * from read_parquet('{tmp_path / 'whole' / path}')").fetchall()
        rewritten = duckdb.sql(f"select * from read_parquet('{tmp_path / 'rewritten' / path}')").fetchall()
        assert len(whole) > 1 and rewritten == whole, table
