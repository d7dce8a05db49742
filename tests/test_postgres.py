"""The warehouse published to a real PostgreSQL 15 server (README: Shared server).

One server for the module (tests/pg_server.py: Debian's binaries as the postgres user, a private
socket directory, no TCP) and one build of the five sample reports on it, shared by the tests; the
last test rebuilds under 20 concurrent readers. Compared with the session's DuckDB build (`built`).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import threading
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests import pg_server
from tests.conftest import REPORTS, ROOT

pytestmark = [
    pytest.mark.slow,  # a server and builds of its own: left out of `make test-fast`
    pytest.mark.skipif(
        not pg_server.available(), reason="PostgreSQL 15 is not installed (.ci/run installs Debian's postgresql)"
    ),
]

READER_LOGIN = "bi_tool"
EXAMPLES = sorted((ROOT / "examples").glob("*.sql"))
# what DuckDB's SQL had and PostgreSQL lacks: none of it may reach the server (macros/portable/)
DUCKDB_ONLY = (
    "regexp_matches(",
    "regexp_extract(",
    "try_cast(",
    "qualify ",
    "group by all",
    "union all by name",
    "list_sort(",
    "arg_max(",
    "arg_min(",
    "any_value(",
    " exclude (",
    "* replace (",
    "contains(",
    "last_day(",
    "date_diff(",
    "//",
    "range(1, 13)",
    "as double)",
    "first(",
)


@pytest.fixture(scope="module")
def server():
    # not under pytest's basetemp: another pytest session of the same user may prune it while this one runs
    root = Path(tempfile.mkdtemp(prefix="vardlager-pg-"))
    server = pg_server.start(root / "pg")
    saved = {k: os.environ.get(k) for k in server.env()}
    os.environ.update(server.env())  # the libpq variables `vardlager --target postgres` reads
    yield server
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_built(server, built):
    """(BuildResult, seconds) of the five sample reports built and published on the server."""
    from vardlager.postgres import build

    started = time.perf_counter()
    result = build(REPORTS, built[1])  # shares the DuckDB build's extraction cache
    seconds = time.perf_counter() - started
    assert result.published, result.errors
    print(
        f"\npostgres build of the five samples: {seconds:.1f} s "
        f"({', '.join(f'{k} {v:.1f}' for k, v in result.timings.items())})"
    )
    server.psql(f"create role {READER_LOGIN} login; grant vardlager_reader to {READER_LOGIN}")
    return result, seconds


def pg(server, sql: str, user: str = "postgres"):
    import psycopg2

    conn = psycopg2.connect(server.dsn(user=user))
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return cur.fetchall()
    finally:
        conn.close()


def _plain(value):
    """A value as both engines should agree on it: numbers to 9 significant digits, dates as text."""
    if isinstance(value, (Decimal, float)):
        value = float(value)
        return 0.0 if value == 0 else round(value, 8 - int(math.floor(math.log10(abs(value)))))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _rows(rows) -> list[tuple]:
    return sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)


def _made_of_seeds(parents: dict) -> set[str]:
    """File names of the models every input of which is a seed or such a model (manifest.json's parent_map)."""
    known: dict[str, bool] = {}

    def of_seeds(uid: str) -> bool:
        if uid not in known:
            known[uid] = uid.startswith("seed.") or (
                uid.startswith("model.") and all(of_seeds(parent) for parent in parents[uid])
            )
        return known[uid]

    return {uid.split(".")[-1] + ".sql" for uid in parents if uid.startswith("model.") and of_seeds(uid)}


def test_models_compile_for_both_adapters(pg_built, built):
    """Every model compiled for PostgreSQL without DuckDB-only SQL, and the same models for DuckDB."""
    from vardlager.dbt_runner import target_dir
    from vardlager.postgres import server_name

    compiled = {}
    for name, target in (("postgres", target_dir(Path(f"postgres-{server_name()}"))), ("duckdb", target_dir(built[1]))):
        models = {
            p.name: p.read_text()
            for p in (target / "compiled" / "vardlager" / "models").rglob("*.sql")
            if "/_" not in str(p.relative_to(target))
        }
        compiled[name] = models
    models = {p.name for p in (ROOT / "models").rglob("*.sql")}
    # a new DuckDB warehouse starts from the install's file of seeds, which holds the models of seeds alone
    # (dbt_runner.seeds_template): its build compiles every other model
    parents = json.loads((target_dir(built[1]) / "manifest.json").read_text(encoding="utf-8"))["parent_map"]
    assert compiled["postgres"].keys() == models
    assert compiled["duckdb"].keys() == models - _made_of_seeds(parents)
    assert {"dim_region.sql", "glossary.sql"} <= _made_of_seeds(parents)
    offenders = {
        (model, token) for model, sql in compiled["postgres"].items() for token in DUCKDB_ONLY if token in sql.lower()
    }
    assert not offenders
    assert "regexp_matches(" in compiled["duckdb"]["int_table_facts.sql"]  # DuckDB keeps its own SQL


def test_postgres_build_publishes_the_same_warehouse(server, pg_built, warehouse):
    tables = [
        "fct_report_facts",
        "fct_costs",
        "fct_production",
        "fct_worked_time",
        "dim_org_unit",
        "dim_period",
        "dim_report",
        "dim_metric",
        "dim_region",
    ]
    for table in tables:
        duck = warehouse.execute(f"select count(*) from marts.{table}").fetchone()[0]
        assert pg(server, f"select count(*) from marts.{table}")[0][0] == duck, table
    # the same facts, with the same keys and values
    columns = (
        "fact_key, report_file, org_unit_key, period_key, metric_code, measure, value, unit, source_line, is_current"
    )
    duck = warehouse.execute(f"select {columns} from marts.fct_report_facts").fetchall()
    assert _rows(pg(server, f"select {columns} from marts.fct_report_facts")) == _rows(duck)
    # the same audit rows: every check of the DuckDB build ran on the server and passed or warned alike
    duck_checks = dict(
        warehouse.execute("""select check_name, status from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)""").fetchall()
    )
    pg_checks = dict(
        pg(server, f"select check_name, status from audit.dq_results where build_id = '{pg_built[0].build_id}'")
    )
    assert pg_checks.keys() >= {c for c in duck_checks if duck_checks[c] != "skipped"}
    assert {c: s for c, s in pg_checks.items() if c in duck_checks} == {
        c: s for c, s in duck_checks.items() if c in pg_checks
    }
    assert any(c.startswith("raw.") for c in pg_checks) and any(c.startswith("marts.") for c in pg_checks)
    # only the published schemas are left: the build's and the retired ones are gone
    schemas = {r[0] for r in pg(server, "select nspname from pg_namespace where nspname like 'vl\\_%'")}
    assert schemas == set()


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_give_the_same_rows_on_both_engines(pg_built, built, example):
    from vardlager.postgres import run_query as run_on_server
    from vardlager.query import run_query

    sql = example.read_text(encoding="utf-8")
    duck = run_query(built[1], sql)
    server = run_on_server(sql)
    assert server.columns == duck.columns
    assert len(server.rows) == len(duck.rows)
    assert _rows(server.rows) == _rows(duck.rows)


def test_descriptions_are_postgres_comments(server, pg_built):
    """dbt's persist_docs (dbt_project.yml) stores the model and column descriptions as comments."""
    if "persist_docs" not in (ROOT / "dbt_project.yml").read_text():
        pytest.skip("dbt_project.yml does not ask for persist_docs")
    table, column = pg(
        server,
        """select obj_description('marts.fct_report_facts'::regclass),
        col_description('marts.fct_report_facts'::regclass, 1)""",
    )[0]
    assert table and column


def test_reader_role_reads_the_marts_only(server, pg_built):
    import psycopg2

    assert pg(server, "select count(*) > 0 from marts.fct_report_facts", user=READER_LOGIN)[0][0]
    for sql in (
        "select count(*) from raw.documents",
        "select count(*) from audit.dq_results",
        "delete from marts.fct_costs",
    ):
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            pg(server, sql, user=READER_LOGIN)


def test_query_command_reads_the_server(server, pg_built):
    from typer.testing import CliRunner

    from vardlager.cli import app

    result = CliRunner().invoke(
        app,
        [
            "query",
            "--target",
            "postgres",
            "--pg-dsn",
            server.dsn(user=READER_LOGIN),
            "--format",
            "csv",
            "select count(*) as n from fct_report_facts",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", str(sum(pg_built[0].facts_by_domain.values()))]
    result = CliRunner().invoke(app, ["query", "--target", "postgres", "drop table marts.dim_region"])
    assert result.exit_code == 1


def test_failed_build_leaves_the_published_warehouse(server, pg_built, built, tmp_path):
    """A build whose dbt run fails half-way (the server ends its session in the middle of a model) and
    a build without a readable report publish nothing: the published marts and audit stay as they
    were, and the failed build's schemas are gone."""
    from vardlager.postgres import build

    published = """select (select count(*) from marts.fct_report_facts),
        (select min(fact_key) from marts.fct_report_facts),
        (select count(*) from audit.dq_results), (select count(*) from raw.documents)"""
    before = pg(server, published)
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(result=build(REPORTS, built[1])))
    thread.start()
    killed = []
    for _ in range(1200):  # at most 2 minutes: until the model int_table_facts is being built
        killed = pg(
            server,
            """select pg_terminate_backend(pid) from pg_stat_activity
            where query like '%int_table_facts%' and query like '%create%' and pid <> pg_backend_pid()""",
        )
        if killed or not thread.is_alive():
            break
        time.sleep(0.1)
    thread.join()
    assert killed, "the build finished before int_table_facts was seen"
    result = outcome["result"]
    assert not result.published and "dbt build failed" in result.errors
    assert pg(server, published) == before
    assert pg(server, "select count(*) from pg_namespace where nspname like 'vl\\_%'")[0][0] == 0

    bad = tmp_path / "reports"
    bad.mkdir()
    (bad / "scan.pdf").write_bytes(b"%PDF-1.4")
    # the killed build's advisory lock goes when its server process ends, a moment after the client closed
    # the session: wait for it rather than fail as busy (seen once under load)
    result = build(bad, tmp_path / "x.duckdb", wait=30)
    assert not result.published and "no readable reports" in result.errors[-1]
    assert pg(server, published) == before


READERS = 20
READER_SECONDS = 600  # the loop is bounded: it stops at this time or READER_QUERIES, whichever comes first
READER_QUERIES = 10000
SNAPSHOT_SQL = """select (select count(*) from marts.fct_report_facts), (select count(*) from marts.dim_report),
    (select count(*) from marts.fct_costs), (select round(sum(value)::numeric, 3) from marts.fct_report_facts)
    from marts.dim_region limit 1"""


def test_readers_see_one_warehouse_or_the_other_while_a_rebuild_publishes(server, pg_built, built, tmp_path):
    """20 readers query the marts in a loop while a rebuild (four of the five reports) publishes: every
    answer is the old warehouse's or the new one's, none is an error or a mix. Runs last: it leaves
    the four-report warehouse published."""
    import psycopg2

    from vardlager.postgres import build

    before = pg(server, SNAPSHOT_SQL, user=READER_LOGIN)[0]
    four = tmp_path / "four"
    four.mkdir()
    for report in sorted(REPORTS.iterdir())[:4]:
        shutil.copy(report, four / report.name)
    done = threading.Event()
    results: list[list] = [[] for _ in range(READERS)]
    errors: list[str] = []
    latencies: list[float] = []
    deadline = time.monotonic() + READER_SECONDS

    def read(slot: int) -> None:
        conn = psycopg2.connect(server.dsn(user=READER_LOGIN))
        conn.autocommit = True
        cur = conn.cursor()
        try:
            for _ in range(READER_QUERIES):
                if time.monotonic() > deadline or (
                    done.is_set() and len(results[slot]) and results[slot][-1] != before
                ):
                    break
                started = time.perf_counter()
                try:
                    cur.execute(SNAPSHOT_SQL)
                    results[slot].append(cur.fetchone())
                except psycopg2.Error as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append(time.perf_counter() - started)
                time.sleep(0.05)
        finally:
            conn.close()

    threads = [threading.Thread(target=read, args=(i,)) for i in range(READERS)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    messages: list[str] = []
    result = build(four, built[1], say=messages.append)
    rebuild_seconds = time.perf_counter() - started
    done.set()
    for thread in threads:
        thread.join(timeout=READER_SECONDS)
    assert result.published, result.errors
    after = pg(server, SNAPSHOT_SQL, user=READER_LOGIN)[0]
    answers = [row for rows in results for row in rows]
    print(
        f"\nreaders under rebuild: {READERS} readers, {len(answers)} queries in {rebuild_seconds:.1f} s of "
        f"rebuild, {sum(a == before for a in answers)} old / {sum(a == after for a in answers)} new answers, "
        f"{len(errors)} errors; latency median {sorted(latencies)[len(latencies) // 2] * 1000:.1f} ms, "
        f"max {max(latencies) * 1000:.0f} ms; {' '.join(m for m in messages if 'publish' in m)}"
    )
    assert before != after
    assert not errors, errors[:3]
    assert set(answers) <= {before, after}
    assert all(rows and rows[-1] == after for rows in results)  # every reader saw the new warehouse in the end
