"""The dbt docs are in the warehouse itself (table and column comments), so BI tools show them, and
marts.glossary explains the codes a BI user meets (a VO is org_level = 'omrade')."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _documented_models() -> dict[str, dict]:
    models = {}
    for path in (ROOT / "models" / "marts").glob("*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            models[model["name"]] = model
    return models


def test_every_mart_and_column_carries_its_dbt_description_as_a_comment(warehouse):
    models = _documented_models()
    tables = dict(
        warehouse.execute("select table_name, comment from duckdb_tables() where schema_name = 'marts'").fetchall()
    )
    assert set(tables) == set(models) and "glossary" in tables
    for name, model in models.items():
        assert tables[name].strip() == model["description"].strip(), name
        comments = dict(
            warehouse.execute(
                "select column_name, comment from duckdb_columns() where schema_name = 'marts' and table_name = ?",
                [name],
            ).fetchall()
        )
        for column in model["columns"]:
            assert comments[column["name"]].strip() == column["description"].strip(), (name, column["name"])
    # the contract's sign rule reaches a BI tool's column list
    value = warehouse.execute(
        "select comment from duckdb_columns() where schema_name = 'marts' "
        "and table_name = 'fct_costs' and column_name = 'value'"
    ).fetchone()[0]
    assert "costs as positive amounts" in value


def test_staging_views_intermediate_tables_and_sources_are_commented_too(warehouse):
    missing = warehouse.execute("""
        select schema_name || '.' || table_name from duckdb_tables()
        where schema_name in ('intermediate', 'marts') and comment is null
        union all
        select schema_name || '.' || view_name from duckdb_views()
        where schema_name = 'staging' and comment is null
        union all
        select schema_name || '.' || table_name from duckdb_tables()
        where schema_name = 'raw' and table_name in ('documents', 'table_cells', 'prose_facts', 'extraction_issues')
          and comment is null""").fetchall()
    assert missing == []
    n_columns, n_commented = warehouse.execute(
        "select count(*), count(comment) from duckdb_columns() where schema_name = 'staging'"
    ).fetchone()
    assert n_columns > 40 and n_commented == n_columns


def test_glossary_explains_org_levels_measures_units_signs_and_every_code_in_use(warehouse):
    meaning = dict(
        ((topic, term), text)
        for topic, term, text in warehouse.execute("select topic, term, meaning from marts.glossary").fetchall()
    )
    assert "VO" in meaning[("org_level", "omrade")] and "org_level = 'omrade'" in meaning[("org_level", "omrade")]
    assert "positive is better than budget" in meaning[("measure", "budget_deviation")]
    assert "mnkr" in meaning[("unit", "tkr")] and "5.3" in meaning[("unit", "pct")]
    assert "positive" in meaning[("sign", "costs")]
    used = warehouse.execute("""
        select distinct 'measure', measure from marts.fct_report_facts
        union select distinct 'unit', unit from marts.fct_report_facts
        union select distinct 'metric', metric_code from marts.fct_report_facts
        union select distinct 'org_level', org_level from marts.dim_org_unit""").fetchall()
    assert len(used) > 30 and [code for code in used if code not in meaning] == []
    # the dbt tests of the glossary ran in the build and passed
    checks = dict(
        warehouse.execute(
            "select check_name, status from audit.dq_results where check_name like '%glossary%'"
        ).fetchall()
    )
    assert any("glossary_explains_every_code" in name for name in checks)
    assert any("unique_combination_glossary" in name for name in checks)
    assert set(checks.values()) == {"passed"}


def test_documented_seeds_carry_their_descriptions_as_comments(warehouse):
    """persist_docs of the seeds (written in one pass at the end of dbt's run, macros/persist_built_docs.sql)
    reaches the table and every documented column, as it does for the models."""
    seeds = {}
    for path in (ROOT / "seeds").glob("_*.yml"):
        for seed in yaml.safe_load(path.read_text(encoding="utf-8")).get("seeds", []):
            seeds[seed["name"]] = seed
    assert len(seeds) >= 5
    tables = dict(
        warehouse.execute("select table_name, comment from duckdb_tables() where schema_name = 'raw'").fetchall()
    )
    for name, seed in seeds.items():
        assert (tables[name] or "").strip() == seed["description"].strip(), name
        comments = dict(
            warehouse.execute(
                "select column_name, comment from duckdb_columns() where schema_name = 'raw' and table_name = ?",
                [name],
            ).fetchall()
        )
        for column in seed.get("columns", []):
            assert (comments[column["name"]] or "").strip() == column.get("description", "").strip(), (name, column)
