"""vardlager query and the example SQL: read-only, readable errors, and answers known by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bi_warehouse import example_columns, example_sql, make_warehouse
from typer.testing import CliRunner

from vardlager.cli import app
from vardlager.query import QueryError, run_query

EXAMPLES = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "examples").glob("*.sql"))
runner = CliRunner()


@pytest.fixture(scope="module")
def hand(built, tmp_path_factory):
    return make_warehouse(built[1], tmp_path_factory.mktemp("hand") / "hand.duckdb")


def _records(db, name):
    return run_query(db, example_sql(name)).records()


def test_query_prints_csv_json_and_table(hand):
    sql = (
        "select org_unit_name, value from fct_production "
        "where metric_code = 'lakarbesok' and value > 20000 order by value"
    )
    csv_out = runner.invoke(app, ["query", sql, "--format", "csv", "--db", str(hand)])
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.stdout.splitlines() == ["org_unit_name,value", "Förvaltning Beta,30000", "Förvaltning Beta,88000"]
    json_out = runner.invoke(app, ["query", sql, "--format", "json", "--db", str(hand)])
    assert json_out.stdout.count('"value": 30000\n') == 1  # a whole number without .0
    assert json.loads(json_out.stdout) == [
        {"org_unit_name": "Förvaltning Beta", "value": 30000},
        {"org_unit_name": "Förvaltning Beta", "value": 88000},
    ]
    table_out = runner.invoke(app, ["query", sql, "--db", str(hand)])
    assert "Förvaltning Beta" in table_out.stdout and "88000" in table_out.stdout and "2 rows" in table_out.stdout
    assert "88000.0" not in table_out.stdout


def test_query_reads_sql_from_a_file(hand):
    out = runner.invoke(
        app, ["query", "--file", "examples/report_disagreements.sql", "--format", "csv", "--db", str(hand)]
    )
    assert out.exit_code == 0, out.output
    assert "alfa_tertial_2023-04.txt,11000,40,alfa_tertial_2024-04.txt,11500,40,500" in out.stdout


def test_bad_sql_is_one_readable_line_and_exit_1(hand):
    out = runner.invoke(app, ["query", "selec * from fct_costs", "--db", str(hand)])
    assert out.exit_code == 1
    assert out.stderr.strip() == 'query failed: Parser Error: syntax error at or near "selec"'
    out = runner.invoke(app, ["query", "select nope from fct_costs", "--db", str(hand)])
    assert out.exit_code == 1 and len(out.stderr.strip().splitlines()) == 1
    assert 'Referenced column "nope" not found' in out.stderr


def test_query_cannot_write_or_touch_files(hand, tmp_path):
    before = hand.read_bytes()
    with pytest.raises(QueryError, match="read-only"):
        run_query(hand, "delete from marts.fct_costs")
    with pytest.raises(QueryError, match="file system operations are disabled"):
        run_query(hand, f"copy (select 1) to '{tmp_path / 'x.csv'}'")
    with pytest.raises(QueryError, match="file system operations are disabled"):
        run_query(hand, "select * from read_csv('/etc/passwd')")
    with pytest.raises(QueryError, match="configuration"):
        run_query(hand, "set enable_external_access = true")
    assert hand.read_bytes() == before and not (tmp_path / "x.csv").exists()


def test_query_without_a_warehouse_says_so(tmp_path):
    out = runner.invoke(app, ["query", "select 1", "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code == 1
    assert "no warehouse; run `vardlager build` first" in out.stderr


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_answers_with_its_columns(name, hand, built):
    sql = example_sql(name)
    assert run_query(hand, sql).columns == example_columns(sql)
    assert run_query(built[1], sql).columns == example_columns(sql)  # the real build too


def test_production_per_region_and_period(hand):
    rows = _records(hand, "production_per_region_period")
    got = {
        (r["region_name"], r["org_unit_name"], r["period_label"], r["metric_code"]): (r["value"], r["report_file"])
        for r in rows
    }
    assert len(got) == len(rows) == 7
    # the newer report's restatement is the current one
    assert got[("Region Norrbotten", "Division Alfa", "T1 2023", "lakarbesok")] == (11500.0, "alfa_tertial_2024-04.txt")
    assert got[("Region Västmanland", "Förvaltning Beta", "helår 2023", "lakarbesok")] == (
        88000.0,
        "beta_delar1_2024.txt",
    )


def test_worked_time_against_production(hand):
    rows = _records(hand, "worked_time_vs_production")
    assert [
        (r["org_unit_name"], r["metric_code"], r["production"], r["arsarbetare"], r["production_per_arsarbetare"])
        for r in rows
    ] == [("Division Alfa", "lakarbesok", 12000.0, 400.0, 30.0), ("Division Alfa", "vardtillfallen", 800.0, 400.0, 2.0)]


def test_cost_per_kostnadsslag_against_budget(hand):
    rows = {r["metric_code"]: r for r in _records(hand, "cost_per_kostnadsslag_vs_budget")}
    assert set(rows) == {"kostnader_totalt", "lakemedel", "personalkostnader"}  # no budget: inhyrd not listed
    assert (rows["personalkostnader"]["computed_deviation"], rows["personalkostnader"]["actual_pct_of_budget"]) == (
        -5000.0,
        103.4,
    )
    assert rows["lakemedel"]["stated_deviation"] == rows["lakemedel"]["computed_deviation"] == 2000.0
    assert rows["kostnader_totalt"]["kostnadsslag"] == "Verksamhetens kostnader"


def test_budget_deviation_per_org_unit(hand):
    rows = _records(hand, "budget_deviation_per_org_unit")
    assert [(r["org_unit_name"], r["budget_deviation"], r["deviation_source"]) for r in rows] == [
        ("Förvaltning Beta", 3000.0, "computed"),
        ("Division Alfa", -3000.0, "computed"),
        ("Division Bravo", -1200.0, "stated"),
    ]


def test_hired_staff_over_time(hand):
    rows = _records(hand, "hired_staff_over_time")
    assert [(r["metric_code"], r["period_label"], r["value"], r["unit"]) for r in rows] == [
        ("inhyrd_personal_kostnad", "T1 2023", 7000.0, "tkr"),
        ("inhyrd_personal_kostnad", "T1 2024", 9000.0, "tkr"),
        ("inhyrda_arsarbetare", "T1 2023", 10.0, "fte"),
        ("inhyrda_arsarbetare", "T1 2024", 12.5, "fte"),
    ]


def test_where_two_reports_disagree(hand):
    rows = _records(hand, "report_disagreements")
    # lakarbesok T1 2023 differs by 500; vardtillfallen 760 vs 760.4 is within tolerance
    assert [
        (r["metric_code"], r["report_a"], r["value_a"], r["report_b"], r["value_b"], r["current_report"]) for r in rows
    ] == [
        (
            "lakarbesok",
            "alfa_tertial_2023-04.txt",
            11000.0,
            "alfa_tertial_2024-04.txt",
            11500.0,
            "alfa_tertial_2024-04.txt",
        )
    ]


FACT_TRACED = {
    "production_per_region_period": "value",
    "hired_staff_over_time": "value",
    "cost_development_per_kostnadsslag": "actual",
}


@pytest.mark.parametrize("name", sorted(FACT_TRACED))
def test_examples_on_the_real_build_trace_to_fct_report_facts(name, built, warehouse):
    """Every number an example lists is a current fact of fct_report_facts at its report and line."""
    rows = _records(built[1], name)
    assert rows, f"{name}: no rows from the bundled reports"
    for r in rows:
        hits = warehouse.execute(
            "select count(*) from marts.fct_report_facts where report_file = ? and source_line = ? "
            "and metric_code = ? and value = ? and is_current and period_start = ? and period_end = ?",
            [
                r["report_file"],
                r["source_line"],
                r["metric_code"],
                r[FACT_TRACED[name]],
                r["period_start"],
                r["period_end"],
            ],
        ).fetchone()[0]
        assert hits >= 1, r


def test_deviation_examples_on_the_real_build_are_their_facts_arithmetic(built):
    for r in _records(built[1], "cost_per_kostnadsslag_vs_budget"):
        if r["actual"] is not None and r["budget"] is not None:
            assert r["computed_deviation"] == pytest.approx(r["budget"] - r["actual"])
    for r in _records(built[1], "budget_deviation_per_org_unit"):
        if r["deviation_source"] == "computed":
            assert r["budget_deviation"] == pytest.approx(r["actual"] - r["budget"])


def test_cost_development_per_kostnadsslag(hand):
    rows = _records(hand, "cost_development_per_kostnadsslag")
    got = [(r["org_unit_name"], r["metric_code"], r["period_label"], r["actual"]) for r in rows]
    assert ("Division Alfa", "inhyrd_personal_kostnad", "T1 2023", 7000.0) in got
    assert ("Division Alfa", "inhyrd_personal_kostnad", "T1 2024", 9000.0) in got
    assert ("Förvaltning Beta", "kostnader_totalt", "helår 2023", 1400000.0) in got
    assert all(m not in {"resultat", "intakter_totalt"} for _, m, _, _ in got)  # cost types only
    assert len(got) == 6


def test_numbers_print_as_stored_without_float_noise(hand):
    sql = (
        "select -16.1 * 1000 as scaled, 1811041.0 as whole, 41916.6 * 1 + 0.000000000006 as noisy, "
        "0.0000012::double as small, 5.3::double as pct, 2.5::decimal(10, 2) as dec, 7 as n"
    )
    csv_out = runner.invoke(app, ["query", sql, "--format", "csv", "--db", str(hand)])
    assert csv_out.stdout.splitlines()[1] == "-16100,1811041,41916.6,0.0000012,5.3,2.5,7"
    assert json.loads(runner.invoke(app, ["query", sql, "--format", "json", "--db", str(hand)]).stdout) == [
        {"scaled": -16100, "whole": 1811041, "noisy": 41916.6, "small": 1.2e-06, "pct": 5.3, "dec": 2.5, "n": 7}
    ]
    table = runner.invoke(app, ["query", sql, "--db", str(hand)], env={"COLUMNS": "100"}).stdout
    assert "-16100 " in table and "1811041" in table and "41916.6 " in table and ".0 " not in table


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_query_output_fits_the_terminal(hand, columns):
    sql = "select * from marts.fct_report_facts order by fact_key"
    wide = runner.invoke(app, ["query", sql, "--db", str(hand)], env={"COLUMNS": str(columns)})
    assert wide.exit_code == 0, wide.output
    assert max(len(line) for line in wide.stdout.splitlines()) <= columns
    assert "alfa_tertial_2024-04.txt" in wide.stdout  # a file name is never cut when a row block fits it
    few = runner.invoke(
        app,
        ["query", "select metric_code, value from fct_costs order by 1, 2", "--db", str(hand)],
        env={"COLUMNS": str(columns)},
    )
    lines = few.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert any(line.split() == ["lakemedel", "40000"] for line in lines)  # two columns: one line per row


def test_version_and_flags_in_help():
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.strip().startswith("vardlager 0.")
    for command, flag in [("build", "--if-changed"), ("check", "--all")]:
        shown = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"}).stdout
        line = next(line for line in shown.splitlines() if line.strip().startswith(flag))
        assert "<bool>" not in shown and line.split()[1] != "<bool>", line
    assert "<path>" in runner.invoke(app, ["check", "--help"]).stdout  # options that take a value still say so
