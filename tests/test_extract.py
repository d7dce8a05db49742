"""`vardlager extract`: the build's loaders and dbt models, run in memory, give the rows a build publishes."""

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPORTS, ROOT
from vardlager.cli import app
from vardlager.dbt_runner import PROFILE_DB
from vardlager.single import ExtractError, Progress, facts_of_reports, models_in_order

SMALLEST = min(REPORTS.glob("*.txt"), key=lambda p: p.stat().st_size)


def _built_rows(warehouse, where: str = "true", params=()) -> list[dict]:
    cursor = warehouse.execute(f"select * from marts.fct_report_facts where {where}", list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def test_extract_of_the_bundled_folder_equals_the_built_fact_table(warehouse):
    built = _built_rows(warehouse)
    assert len(built) > 1000
    assert facts_of_reports([REPORTS]) == built  # every row, every column, in the table's order


def test_extract_of_one_report_equals_its_rows_in_the_built_warehouse(warehouse):
    built = _built_rows(warehouse, "report_file = ?", [SMALLEST.name])
    assert built
    assert facts_of_reports([SMALLEST]) == built
    assert facts_of_reports([SMALLEST], separately=True) == built


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vardlager", "extract", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_extract_prints_every_column_of_the_fact_table_for_a_text_without_region(tmp_path, warehouse):
    report = tmp_path / "anteckning.txt"
    report.write_text("Divisionen uppvisar en negativ budgetavvikelse på 12 mnkr per april 2024.\n", encoding="utf-8")
    done = _extract(str(report), "--format", "csv")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.strip().splitlines()
    columns = [d[0] for d in warehouse.execute("select * from marts.fct_report_facts limit 0").description]
    assert header.split(",") == columns
    assert rows
    for row in rows:
        values = dict(zip(columns, row.split(",")))
        assert values["report_file"] == "anteckning.txt" and values["region_code"] == ""  # no region named
        assert values["metric_code"] == "resultat" and values["measure"] == "budget_deviation"
        assert float(values["value"]) == -12000  # mnkr in tkr, negative: "negativ budgetavvikelse"


def test_extract_prints_the_facts_of_a_text_that_gives_no_period_with_the_period_empty(tmp_path):
    page = tmp_path / "sjukhusfakta.txt"
    page.write_text("Sjukhuset har cirka 500 vårdplatser. Här arbetar 3 800 anställda.\n", encoding="utf-8")
    rows = facts_of_reports([page])
    assert [(r["metric_code"], r["value"], r["period_key"], r["period_start"]) for r in rows] == [
        ("anstallda", 3800, None, None),
        ("vardplatser", 500, None, None),
    ]


def test_a_fact_of_a_text_that_names_no_unit_is_its_regions_and_says_so(tmp_path):
    """The contract's org unit is "the report's own unit when the text names no other": a text found to be
    Norrbotten's by its towns alone gets the region's name, not an empty name."""
    report = tmp_path / "arsredovisning.txt"
    report.write_text(
        "Årsredovisning 2017\n\nI Gällivare, Kiruna och Kalix ökade nettokostnaderna med 3,1 procent under 2017.\n",
        encoding="utf-8",
    )
    rows = facts_of_reports([report])
    assert [(r["region_code"], r["org_unit_name"], r["metric_code"], r["value"]) for r in rows] == [
        ("25", "Region Norrbotten", "nettokostnad", 3.1)
    ]


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PDF")
    (tmp_path / "empty_folder").mkdir()
    for path, expected in [
        (tmp_path / "missing.txt", "missing.txt: no such file or folder"),
        (binary, "scan.txt: binary content"),
        (tmp_path / "empty_folder", "empty_folder: no report files in this folder"),
    ]:
        done = CliRunner().invoke(app, ["extract", str(path)])
        assert done.exit_code == 1 and isinstance(done.exception, SystemExit)  # no traceback
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], done.stderr


def test_a_bad_file_among_good_ones_gets_its_line_and_the_rest_is_extracted(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PDF")
    said = []
    rows = facts_of_reports([binary, SMALLEST], say=said.append)
    assert rows and {r["report_file"] for r in rows} == {SMALLEST.name}
    assert [line for line in said if "scan.txt" in line] == [
        "[red]scan.txt: binary content (NUL bytes), not report text[/]"
    ]
    with pytest.raises(ExtractError, match="no readable report"):
        facts_of_reports([binary], say=said.append)


def test_progress_lines_only_for_a_call_that_takes_longer_than_its_limit():
    said = []
    quiet = Progress(said.append, after=3600)
    quiet.stage("reading 1 report file(s) ...")
    quiet.stage("running 8 models in memory ...")
    quiet.stop()
    assert said == []
    late = Progress(said.append, after=3600)
    late.stage("reading 1 report file(s) ...")
    late._late()  # what the timer does when the limit passes
    late.stage("running 8 models in memory ...")
    late.stop()
    assert [line.split(" (")[0] for line in said] == [
        "[dim]extract: reading 1 report file(s) ...",
        "[dim]extract: running 8 models in memory ...",
    ]


def test_models_run_after_the_models_they_read_and_only_those_the_final_one_needs():
    def model(name, *parents):
        return {
            "resource_type": "model",
            "relation_name": name,
            "config": {"materialized": "table"},
            "compiled_code": f"select 1 -- {name}",
            "depends_on": {"nodes": list(parents)},
        }

    nodes = {
        "model.p.c": model("c", "model.p.a", "model.p.b", "seed.p.s"),
        "model.p.b": model("b", "model.p.a"),
        "model.p.a": model("a", "source.p.r.t"),
        "model.p.unused": model("unused", "model.p.c"),
        "seed.p.s": {"resource_type": "seed", "depends_on": {"nodes": []}},
    }
    assert [name for name, _, _ in models_in_order(nodes, "model.p.c")] == ["a", "b", "c"]


def test_the_compile_reads_the_parse_the_builds_share_and_keeps_the_seeds_in_its_plan(tmp_path, monkeypatch):
    # the first extract after install reads dbt's parse of the project from a parse slot, as a build does
    # (`make setup` made it): dbt is given the slot's parse and its profile path, and the seeds it loads
    # there move into the plan's folder; dbt itself is a stand-in that records what it is given
    import vardlager.dbt_runner as dbt_runner
    import vardlager.single as single

    monkeypatch.setattr(dbt_runner, "PARSE_ROOT", tmp_path / "parse")
    monkeypatch.setattr(dbt_runner, "_close_duckdb_environment", lambda: None)
    monkeypatch.setattr(single, "COMPILED_ROOT", tmp_path / "extract")
    slot = tmp_path / "parse" / "slot-0"
    slot.mkdir(parents=True)
    (slot / "partial_parse.msgpack").write_bytes(b"the install's parse")
    final = {
        "resource_type": "model",
        "relation_name": '"vardlager"."marts"."fct_report_facts"',
        "config": {"materialized": "table"},
        "compiled_code": "select 1 as n",
        "depends_on": {"nodes": []},
    }
    given = []

    class Dbt:
        def invoke(self, args):
            given.append((args[0], args[args.index("--partial-parse-file-path") + 1], os.environ["VARDLAGER_BUILD_DB"]))
            Path(os.environ["VARDLAGER_BUILD_DB"]).write_bytes(b"seed tables")
            target = Path(args[args.index("--target-path") + 1])
            (target / "manifest.json").write_text(json.dumps({"nodes": {single.FINAL_MODEL: final}}))
            return types.SimpleNamespace(success=True)

    monkeypatch.setitem(sys.modules, "dbt.cli.main", types.SimpleNamespace(dbtRunner=Dbt))
    plan = single.compiled_models()
    read_from = (str(slot / "partial_parse.msgpack"), str(slot / PROFILE_DB))
    assert given == [("seed", *read_from), ("compile", *read_from)]
    assert plan["models"] == [['"vardlager"."marts"."fct_report_facts"', "table", "select 1 as n"]]
    assert (
        Path(plan["seeds"]).read_bytes() == b"seed tables" and Path(plan["seeds"]).parent.parent == tmp_path / "extract"
    )
    assert not (slot / PROFILE_DB).exists()  # the slot's path is free for the next build
    assert Path(PROFILE_DB).stem == single.CATALOG  # the catalog the compiled SQL names
