"""BI tools: the documented SQLAlchemy URL (duckdb-engine) opens the published file read-only, runs
the example queries, and a reader connected during `vardlager build` keeps working and sees the new
data after reconnecting (publish is an atomic os.replace of a finished file)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from bi_warehouse import example_columns, example_sql

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.sql"))


def bi_url(db: Path) -> str:
    """The URL the README documents for Superset, Metabase (duckdb driver) and SQLAlchemy clients."""
    return f"duckdb:///{db.resolve()}?access_mode=read_only"


@pytest.fixture()
def published(built, tmp_path):
    """A private copy of the session warehouse, as if published at tmp_path/vardlager.duckdb."""
    db = tmp_path / "vardlager.duckdb"
    shutil.copy(built[1], db)
    return db


def test_sqlalchemy_url_runs_every_example_read_only(published):
    engine = sa.create_engine(bi_url(published))
    before = published.read_bytes()
    with engine.connect() as con:
        for name in EXAMPLES:
            sql = example_sql(name)
            result = con.execute(sa.text(sql))
            assert list(result.keys()) == example_columns(sql), name
            result.fetchall()
        facts = con.execute(sa.text("select count(*) from marts.fct_report_facts")).scalar()
        assert facts > 0
        assert "fct_report_facts" in sa.inspect(con).get_table_names(schema="marts")
        with pytest.raises(sa.exc.DBAPIError, match="read-only"):
            con.execute(sa.text("delete from marts.fct_report_facts"))
    engine.dispose()
    assert published.read_bytes() == before


def test_the_plugin_url_puts_marts_on_the_search_path_for_pandas_read_sql(published):
    import pandas as pd

    plain = sa.create_engine(bi_url(published))
    with pytest.raises(pd.errors.DatabaseError, match="fct_costs does not exist"):  # what an analyst met before
        pd.read_sql("select count(*) as n from fct_costs", plain)
    plain.dispose()
    engine = sa.create_engine(f"{bi_url(published)}&plugin=vardlager")  # the README's URL
    unqualified = pd.read_sql("select region_code, count(*) as n from fct_costs group by 1 order by 1", engine)
    qualified = pd.read_sql("select region_code, count(*) as n from marts.fct_costs group by 1 order by 1", engine)
    assert len(unqualified) > 1 and unqualified.equals(qualified)
    assert pd.read_sql("select count(*) as n from audit.dq_results", engine)["n"][0] > 0
    with engine.connect() as con:  # every pooled connection, not only the first
        with engine.connect() as second:
            assert second.execute(sa.text("select current_setting('search_path')")).scalar() == "marts,main"
        assert con.execute(sa.text("select count(*) from dim_region")).scalar() == 21
        with pytest.raises(sa.exc.DBAPIError, match="read-only"):
            con.execute(sa.text("delete from fct_costs"))
    engine.dispose()
    audit_first = sa.create_engine(f"{bi_url(published)}&plugin=vardlager&search_path=audit,marts")
    assert pd.read_sql("select count(*) as n from dq_results", audit_first)["n"][0] > 0
    audit_first.dispose()


def _latest_build(con) -> str:
    return con.execute(sa.text("select build_id from audit.dq_results order by checked_at desc limit 1")).scalar()


@pytest.mark.slow
def test_reader_keeps_working_during_a_build_and_sees_new_data_after_reconnect(published, tmp_path):
    one_report = sorted(p for p in (ROOT / "data" / "reports").iterdir() if p.suffix == ".txt")[0]
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(one_report, reports / one_report.name)

    engine = sa.create_engine(bi_url(published))
    con = engine.connect()
    n_reports_before = con.execute(sa.text("select count(*) from marts.dim_report")).scalar()
    build_before = _latest_build(con)
    assert n_reports_before > 1

    build = subprocess.Popen(
        [sys.executable, "-m", "vardlager", "build", "--reports", str(reports), "--db", str(published)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    answers_during_build = []
    while build.poll() is None:
        answers_during_build.append(con.execute(sa.text("select count(*) from marts.dim_report")).scalar())
        time.sleep(0.2)
    output = build.stdout.read()
    assert build.returncode == 0, output
    assert answers_during_build and set(answers_during_build) == {n_reports_before}

    # the open connection still reads the file it opened: the old data, consistently
    assert con.execute(sa.text("select count(*) from marts.dim_report")).scalar() == n_reports_before
    assert _latest_build(con) == build_before
    con.close()
    engine.dispose()

    engine = sa.create_engine(bi_url(published))
    with engine.connect() as con:
        assert con.execute(sa.text("select report_file from marts.dim_report")).scalars().all() == [one_report.name]
        assert _latest_build(con) != build_before
    engine.dispose()


@pytest.mark.slow
def test_docs_site_has_dbt_lineage_and_gx_validations(docs_site):
    out, exit_code, output, unchanged = docs_site  # a copy of the session warehouse, a third of its cells null
    assert exit_code == 0, output
    assert unchanged  # documented from a private copy
    import json

    manifest = json.loads((out / "dbt" / "manifest.json").read_text())
    catalog = json.loads((out / "dbt" / "catalog.json").read_text())
    # lineage: the fact mart depends on the intermediate union, which depends on table and prose facts
    assert "model.vardlager.int_report_facts" in manifest["parent_map"]["model.vardlager.fct_report_facts"]
    assert "value" in catalog["nodes"]["model.vardlager.fct_report_facts"]["columns"]
    page = (out / "dbt" / "index.html").read_text()
    assert "model.vardlager.fct_report_facts" in page and not re.search(r"<script[^>]+src=\"http", page)
    landing = (out / "index.html").read_text()
    assert 'href="dbt/index.html"' in landing and 'href="gx/index.html"' in landing
    links = re.findall(r'href="(gx/validations/[^"]+)"', landing)
    assert any("/marts/fct_report_facts/" in link for link in links)
    assert all((out / link).is_file() for link in links)
    validation = (out / [link for link in links if "/raw/documents/" in link][0]).read_text()
    assert "ExpectColumnValuesToBeUnique" in validation or "values must be unique" in validation
    # GX's pages and the vardlager index say the same of every table: a table whose unmet
    # expectations are all soft is "warned" in both (GX alone would say "Failed")
    from vardlager.docs import GX_PAGE_FAILED, GX_PAGE_WARNED

    statuses = dict(re.findall(r'href="(gx/validations/[^"]+)">[^<]+</a></td><td class="(\w+)">', landing))
    assert len(statuses) == len(links) and set(statuses.values()) <= {"passed", "warned", "failed"}
    gx_index = (out / "gx" / "index.html").read_text()
    for link, status in statuses.items():
        page = (out / link).read_text()
        assert (GX_PAGE_WARNED in page) == (status == "warned"), link
        assert (GX_PAGE_FAILED in page) == (status == "failed"), link
        row = gx_index[gx_index.rfind("{'validation_success'", 0, gx_index.index(link.removeprefix("gx/"))) :]
        shown = re.search(r"'_validation_success_text': '(\w+)'", row).group(1)
        assert shown == {"passed": "Success", "warned": "Warned", "failed": "Failed"}[status], link
    assert [link for link, status in statuses.items() if status == "warned" and "/raw/table_cells/" in link]
