"""The warehouse published to a PostgreSQL server: `vardlager build --target postgres`.

The same flow as the DuckDB build (vardlager/pipeline.py), on a server many readers share:

    extract (the same stage: vardlager.pipeline.extract_stage) -> raw tables loaded with COPY -> checks(raw)
      -> dbt build (the same models and tests, dbt-postgres) -> checks(staging, marts) -> audit rows
      -> publish: the build's schemas swapped with the published ones in one transaction

A build writes fresh schemas `vl_next_raw`, `vl_next_staging`, `vl_next_intermediate`, `vl_next_marts`
and `vl_next_audit`. Only when every hard check passed, one transaction locks the published tables,
renames the published schemas to `vl_prev_*`, the build's to `raw`, `staging`, ... and grants the
read-only role `vardlager_reader` SELECT on `marts` (the only schema it sees). A reader never sees a
half-built warehouse: a query that starts during the swap waits for it (milliseconds) and then reads
the new tables; one under way finishes on the old ones first. A build that fails drops its own
schemas and leaves the published ones untouched. One build writes a server database at a time
(a PostgreSQL advisory lock, released by the server when the build's session ends, however it ends).

The connection comes from the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE,
PGSSLMODE, ~/.pgpass, ...) or a DSN (`--pg-dsn`), which is turned into those variables so that dbt
(profiles.yml, target `postgres`) and this module connect to the same server. No password is kept in
the project.
"""

from __future__ import annotations

import functools
import io
import os
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv

SCHEMAS = ("raw", "staging", "intermediate", "marts", "audit")
BUILD_PREFIX = "vl_next_"  # also in macros/portable/syntax.sql and models/staging/reports/_reports__sources.yml
RETIRED_PREFIX = "vl_prev_"
READER_ROLE = "vardlager_reader"
READER_SCHEMAS = ("marts",)
BUILD_LOCK_KEY = 0x76617264_6C616772 & 0x7FFFFFFFFFFFFFFF  # "vardlagr": one writer per database
SWAP_LOCK_TIMEOUT_MS = 500  # below deadlock_timeout (1 s): the swap gives way to readers, never a reader to it
SWAP_TRIES = 40
# the build's sessions (dbt's too, through libpq): PostgreSQL's planner guesses one row for many of the
# models' CTEs and then loops over regex-heavy subqueries thousands of times (minutes, where hash joins
# take a second); with nested loops only as a last resort and without JIT (which those guesses trigger)
# int_table_facts takes ~1 s
BUILD_SESSION_OPTIONS = "-c enable_nestloop=off -c jit=off"
DSN_TO_ENV = {
    "host": "PGHOST",
    "hostaddr": "PGHOSTADDR",
    "port": "PGPORT",
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "passfile": "PGPASSFILE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "options": "PGOPTIONS",
    "application_name": "PGAPPNAME",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "service": "PGSERVICE",
}
ARROW_TO_PG = {
    pa.string(): "text",
    pa.int64(): "bigint",
    pa.int32(): "integer",
    pa.float64(): "double precision",
    pa.bool_(): "boolean",
    pa.date32(): "date",
}


class ServerError(Exception):
    """The server could not be reached or refused what the build needs; str() is one line."""


def dsn_environment(dsn: str | None) -> dict[str, str]:
    """The PG* variables of a libpq DSN (`host=... dbname=...` or `postgresql://...`): what dbt's
    profile and psycopg2 both read."""
    if not dsn:
        return {}
    from psycopg2.extensions import parse_dsn

    try:
        params = parse_dsn(dsn)
    except Exception as exc:
        raise ServerError(f"--pg-dsn: {_one_line(exc)}") from exc
    unknown = sorted(set(params) - set(DSN_TO_ENV))
    if unknown:
        raise ServerError(f"--pg-dsn: parameters not supported here: {', '.join(unknown)}")
    return {DSN_TO_ENV[key]: value for key, value in params.items()}


@contextmanager
def environment(updates: dict[str, str]):
    """os.environ with updates for the duration of the block (dbt reads its connection from there)."""
    saved = {key: os.environ.get(key) for key in updates}
    os.environ.update(updates)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def connect(dsn: str | None = None):
    """A connection to the server of the DSN, else of the PG* variables."""
    import psycopg2

    try:
        return psycopg2.connect(dsn or "", application_name=os.environ.get("PGAPPNAME", "vardlager"))
    except psycopg2.Error as exc:
        raise ServerError(f"cannot connect to PostgreSQL ({server_name()}): {_one_line(exc)}") from exc


def server_name() -> str:
    """user@host:port/database of the PG* variables, for messages (never the password)."""
    env = os.environ
    return (
        f"{env.get('PGUSER', os.environ.get('USER', ''))}@{env.get('PGHOST', 'localhost')}:"
        f"{env.get('PGPORT', '5432')}/{env.get('PGDATABASE', env.get('PGUSER', ''))}"
    )


def _one_line(error: BaseException) -> str:
    return "; ".join(line.strip() for line in str(error).splitlines() if line.strip()) or type(error).__name__


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- raw: COPY ---------------------------------------------------------------------------------


def write_raw(cur, schema: str, tables: dict[str, pa.Table]) -> dict[str, int]:
    """Create schema.<table> for every raw table and load its rows with COPY (CSV: a quoted empty
    field is an empty text, an unquoted one NULL, as pyarrow writes them); returns row counts."""
    cur.execute(f"create schema if not exists {_ident(schema)}")
    counts = {}
    for table, arrow in tables.items():
        columns = ", ".join(f"{_ident(f.name)} {ARROW_TO_PG[f.type]}" for f in arrow.schema)
        cur.execute(f"create table {_ident(schema)}.{_ident(table)} ({columns})")
        if arrow.num_rows:
            buffer = io.BytesIO()
            pa_csv.write_csv(arrow, buffer, pa_csv.WriteOptions(include_header=False))
            buffer.seek(0)
            cur.copy_expert(f"copy {_ident(schema)}.{_ident(table)} from stdin with (format csv)", buffer)
        cur.execute(f"analyze {_ident(schema)}.{_ident(table)}")  # the planner's row counts for dbt's models
        counts[table] = arrow.num_rows
    return counts


# --- reading frames for Great Expectations ------------------------------------------------------

PG_TO_ARROW = {
    16: pa.bool_(),
    20: pa.int64(),
    21: pa.int64(),
    23: pa.int64(),
    700: pa.float64(),
    701: pa.float64(),
    1700: pa.float64(),
    1082: pa.date32(),
    1114: pa.timestamp("us"),
    1184: pa.timestamp("us", "UTC"),
}


class ArrowCursor:
    """A psycopg2 cursor with the two things gx/runner.py asks of a DuckDB result: description and
    to_arrow_table() (typed from the column types, also when there are no rows)."""

    def __init__(self, cur):
        self._cur = cur

    @property
    def description(self):
        return self._cur.description

    def fetchall(self):
        return self._cur.fetchall()

    def fetchone(self):
        return self._cur.fetchone()

    def to_arrow_table(self) -> pa.Table:
        rows = self._cur.fetchall()
        columns = list(zip(*rows)) if rows else [[] for _ in self._cur.description]
        arrays, names = [], []
        for column, values in zip(self._cur.description, columns):
            kind = PG_TO_ARROW.get(column.type_code, pa.string())
            if column.type_code == 1700:
                values = [None if v is None else float(v) for v in values]
            arrays.append(pa.array(list(values), type=kind))
            names.append(column.name)
        return pa.Table.from_arrays(arrays, names=names)


class ArrowConnection:
    """A psycopg2 connection as gx.runner.frames_for_layer reads it (execute(sql) -> ArrowCursor)."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql: str, params=None) -> ArrowCursor:
        cur = self._conn.cursor()
        cur.execute(sql, params)
        return ArrowCursor(cur)


# --- publish --------------------------------------------------------------------------------------


def existing_schemas(cur, names) -> set[str]:
    cur.execute("select nspname from pg_namespace where nspname = any(%s)", (list(names),))
    return {row[0] for row in cur.fetchall()}


def drop_schemas(cur, prefix: str) -> None:
    for name in sorted(existing_schemas(cur, [prefix + s for s in SCHEMAS])):
        cur.execute(f"drop schema {_ident(name)} cascade")


def ensure_reader_role(cur) -> None:
    """The read-only role BI tools log in through (`grant vardlager_reader to <login>`)."""
    cur.execute("select 1 from pg_roles where rolname = %s", (READER_ROLE,))
    if cur.fetchone() is None:
        try:
            cur.execute(f"create role {_ident(READER_ROLE)} nologin")
        except Exception as exc:
            raise ServerError(
                f"cannot create the role {READER_ROLE} ({_one_line(exc)}); "
                f"ask the DBA for `create role {READER_ROLE} nologin` or CREATEROLE"
            ) from exc


def swap_in(conn, say=lambda msg: None) -> float:
    """Make the build's schemas the published ones in one transaction; returns the seconds the
    published tables were locked. The transaction first takes every published table (readers
    queue behind it, then read the new tables); when readers hold them it gives up after
    SWAP_LOCK_TIMEOUT_MS and tries again, so no reader ever waits on a deadlock with it."""
    import psycopg2

    for attempt in range(SWAP_TRIES):
        cur = conn.cursor()
        try:
            cur.execute(f"set local lock_timeout = {SWAP_LOCK_TIMEOUT_MS}")
            published = sorted(existing_schemas(cur, SCHEMAS))
            cur.execute(
                """select format('%%I.%%I', n.nspname, c.relname) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = any(%s) and c.relkind in ('r', 'p', 'v', 'm') order by 1""",
                (published,),
            )
            relations = [row[0] for row in cur.fetchall()]
            locked_at = time.perf_counter()
            if relations:
                cur.execute(f"lock table {', '.join(relations)} in access exclusive mode")
            for schema in published:
                cur.execute(f"alter schema {_ident(schema)} rename to {_ident(RETIRED_PREFIX + schema)}")
            for schema in SCHEMAS:
                cur.execute(f"alter schema {_ident(BUILD_PREFIX + schema)} rename to {_ident(schema)}")
            for schema in READER_SCHEMAS:
                cur.execute(f"grant usage on schema {_ident(schema)} to {_ident(READER_ROLE)}")
                cur.execute(f"grant select on all tables in schema {_ident(schema)} to {_ident(READER_ROLE)}")
            conn.commit()
            return time.perf_counter() - locked_at
        except psycopg2.errors.LockNotAvailable:
            conn.rollback()
            say(f"[dim]publish: readers hold the published tables; trying again ({attempt + 1})[/]")
            time.sleep(0.05 * (attempt + 1))
    raise ServerError(
        f"could not lock the published tables in {SWAP_TRIES} tries (long-running readers?); nothing was published"
    )


def drop_retired(conn, say=lambda msg: None) -> None:
    """Drop the schemas the swap retired; a reader still on them keeps them until the next build."""
    import psycopg2

    cur = conn.cursor()
    try:
        cur.execute("set local lock_timeout = 5000")
        drop_schemas(cur, RETIRED_PREFIX)
        conn.commit()
    except psycopg2.errors.LockNotAvailable:
        conn.rollback()
        say("[yellow]the previous warehouse's schemas (vl_prev_*) are still read; the next build drops them[/]")


# --- audit -----------------------------------------------------------------------------------------


def carried_unit_tests(cur, dbt_code: str) -> list | None:
    """The published warehouse's dbt unit tests as passed checks of this build when they ran on this
    dbt code (vardlager/pipeline.py carried_unit_tests, for the server); None when they must run."""
    from vardlager.pipeline import carried_check_rows

    cur.execute("select 1 from pg_tables where schemaname = 'audit' and tablename = 'unit_tests'")
    if cur.fetchone() is None:
        return None
    cur.execute(
        """select layer, check_name, ran_in_build from audit.unit_tests
        where dbt_fingerprint = %s order by check_name""",
        (dbt_code,),
    )
    return carried_check_rows(cur.fetchall())


def write_audit(cur, schema: str, build_id: str, checks: list, unit_tests: list) -> None:
    """<schema>.dq_results: the published build's history, then this build's checks (as in DuckDB's
    audit.dq_results); <schema>.unit_tests: this build's dbt unit tests."""
    cur.execute(f"create schema if not exists {_ident(schema)}")
    cur.execute(f"""create table {_ident(schema)}.dq_results (
        build_id varchar, checked_at timestamptz, layer varchar, check_name varchar, severity varchar,
        status varchar, failing_rows bigint, sample varchar)""")
    cur.execute(f"""create table {_ident(schema)}.unit_tests (
        layer varchar, check_name varchar, ran_in_build varchar, dbt_fingerprint varchar)""")
    cur.execute("select 1 from pg_tables where schemaname = 'audit' and tablename = 'dq_results'")
    if cur.fetchone():
        cur.execute(f"insert into {_ident(schema)}.dq_results select * from audit.dq_results")
    from psycopg2.extras import execute_values

    now = datetime.now(UTC)
    execute_values(
        cur,
        f"insert into {_ident(schema)}.dq_results values %s",
        [(build_id, now, c.layer, c.check, c.severity, c.status, c.failing_rows, c.sample) for c in checks],
    )
    from vardlager.cache import dbt_fingerprint

    code = dbt_fingerprint()
    execute_values(
        cur,
        f"insert into {_ident(schema)}.unit_tests values %s",
        [(c.layer, c.check, c.ran_in_build or build_id, code) for c in unit_tests],
    )


# --- the build -------------------------------------------------------------------------------------


def build(reports_dir: Path, cache_db: Path, say=lambda msg: None, dsn: str | None = None, wait: float = 0.0):
    """Build the warehouse from a folder of reports into the server's build schemas and publish it
    (swap_in) only if every hard check passed. cache_db: the DuckDB warehouse path whose extraction
    cache (`<db>.cache/`) the build shares. Returns a vardlager.pipeline.BuildResult whose db_path
    names the server."""
    from vardlager.pipeline import BuildResult

    result = BuildResult(published=False, db_path=Path(cache_db), build_id=uuid.uuid4().hex[:12])
    try:
        updates = dsn_environment(dsn)
    except ServerError as exc:
        result.errors.append(str(exc))
        return result
    updates["PGOPTIONS"] = (
        f"{updates.get('PGOPTIONS', os.environ.get('PGOPTIONS', ''))} {BUILD_SESSION_OPTIONS}".strip()
    )
    with environment(updates):
        try:
            conn = connect()
        except ServerError as exc:
            result.errors.append(str(exc))
            return result
        return _build_locked(conn, reports_dir, Path(cache_db), say, result, wait)


def _build_locked(conn, reports_dir: Path, cache_db: Path, say, result, wait: float):
    try:
        if not _take_build_lock(conn, wait):
            result.busy = True
            result.errors.append(
                f"{server_name()} is being written by another build; gave up "
                f"{'after waiting ' + format(wait, '.1f') + ' s' if wait else 'without waiting'}"
            )
            return result
        return _build(conn, reports_dir, cache_db, say, result)
    finally:
        conn.close()  # the advisory lock goes with the session


def _take_build_lock(conn, wait: float) -> bool:
    cur = conn.cursor()
    deadline = time.monotonic() + wait
    while True:
        cur.execute("select pg_try_advisory_lock(%s)", (BUILD_LOCK_KEY,))
        if cur.fetchone()[0]:
            conn.commit()
            return True
        conn.rollback()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


def _build(conn, reports_dir: Path, cache_db: Path, say, result):
    from gx.worker import Validator
    from vardlager.cache import dbt_fingerprint
    from vardlager.dbt_runner import run_dbt_build_on_server, target_dir
    from vardlager.parallel import available_workers
    from vardlager.pipeline import (
        _dbt_checks,
        facts_by_domain,
        gx_check_rows,
        prefetch_reports,
        recorded_extract_stage,
        submit_checks,
    )

    def stage(name: str, started: float, earlier: float = 0.0) -> None:
        result.timings[name] = time.perf_counter() - started + earlier
        say(f"[dim]{name}: {result.timings[name]:.1f} s[/]")

    def fail(message: str):
        result.errors.append(message)
        try:
            conn.rollback()
            drop_schemas(conn.cursor(), BUILD_PREFIX)
            conn.commit()
        except Exception:  # the server went away: the next build drops what is left
            pass
        return result

    t = time.perf_counter()
    if not reports_dir.is_dir():
        return fail(f"{reports_dir}: not a folder of reports")
    cur = conn.cursor()
    drop_schemas(cur, BUILD_PREFIX)  # left by a build that did not finish
    drop_schemas(cur, RETIRED_PREFIX)
    try:
        ensure_reader_role(cur)
    except ServerError as exc:
        return fail(str(exc))
    conn.commit()
    cache, paths = prefetch_reports(reports_dir, cache_db)
    extract = functools.partial(recorded_extract_stage, cache, paths, say, result, stage, t)
    # no file could be read: fail before the GX worker starts, as vardlager/pipeline.py's build does
    extracted = None if cache.readings else extract()
    if extracted is not None and not extracted.reports:
        return fail(f"{reports_dir}: no readable reports")
    try:
        with Validator(in_worker=available_workers() > 1) as validator:
            if extracted is None:
                extracted = extract()
            if not extracted.reports:
                return fail(f"{reports_dir}: no readable reports")

            t = time.perf_counter()
            write_raw(cur, BUILD_PREFIX + "raw", extracted.records)
            conn.commit()
            stage("load raw (COPY)", t)

            t = time.perf_counter()
            reader = ArrowConnection(conn)
            raw_checks = submit_checks(validator, reader, "raw", BUILD_PREFIX + "raw")
            conn.commit()
            raw_seconds = time.perf_counter() - t
            t = time.perf_counter()
            carried = carried_unit_tests(cur, dbt_fingerprint())
            conn.commit()
            outcome = run_dbt_build_on_server(target_dir(Path(f"postgres-{server_name()}")), unit_tests=carried is None)
            dbt_seconds = time.perf_counter() - t
            t = time.perf_counter()
            result.checks += gx_check_rows(raw_checks.result())
            stage("checks raw", t, raw_seconds)
            if any(c.status == "failed" for c in result.checks):
                return fail("hard checks failed on raw")
            dbt_checks = _dbt_checks(outcome)
            result.checks += dbt_checks + (carried or [])
            stage("dbt build", t, dbt_seconds)
            if not outcome.ok:
                result.errors += outcome.errors
                return fail("dbt build failed")

            t = time.perf_counter()
            staging = submit_checks(validator, reader, "staging", BUILD_PREFIX + "staging")
            marts = submit_checks(validator, reader, "marts", BUILD_PREFIX + "marts")
            result.facts_by_domain = facts_by_domain(reader, BUILD_PREFIX + "marts")
            conn.commit()
            result.checks += gx_check_rows(staging.result()) + gx_check_rows(marts.result())
            stage("checks staging+marts", t)
            unit_tests = [c for c in dbt_checks if c.check.removeprefix("dbt.") in outcome.unit_tests] + (carried or [])
            write_audit(cur, BUILD_PREFIX + "audit", result.build_id, result.checks, unit_tests)
            conn.commit()
            if any(c.status == "failed" for c in result.checks):
                return fail("hard checks failed on staging or marts")
    except Exception as exc:  # the server went away, a query failed: the published schemas stay as they are
        return fail(f"build failed: {_one_line(exc)}")
    except BaseException:  # Ctrl-C, a signal: the same, then stop
        fail("build interrupted")
        raise

    t = time.perf_counter()
    locked = swap_in(conn, say)
    result.published = True
    drop_retired(conn, say)
    stage("publish", t)
    say(f"[dim]publish: published tables locked for {locked * 1000:.0f} ms[/]")
    return result


# --- read-only queries (`vardlager query --target postgres`) ----------------------------------------

QUERY_SEARCH_PATH = "marts, public"


def run_query(sql: str, dsn: str | None = None):
    """Run one SQL text read-only (a read-only transaction, rolled back) on the server, with marts on
    the search path as in DuckDB; returns a vardlager.query.QueryResult, raises QueryError."""
    import psycopg2

    from vardlager.query import QueryError, QueryResult

    if not sql.strip():
        raise QueryError("empty query")
    try:
        dsn_environment(dsn)  # says what is wrong with a bad DSN
        conn = connect(dsn)
    except ServerError as exc:
        raise QueryError(str(exc)) from exc
    try:
        conn.set_session(readonly=True)
        cur = conn.cursor()
        cur.execute(f"set search_path = {QUERY_SEARCH_PATH}")
        cur.execute(sql)
        if cur.description is None:
            return QueryResult([], [])
        return QueryResult([d.name for d in cur.description], cur.fetchall())
    except psycopg2.Error as exc:
        raise QueryError(_one_line(exc.pgerror or exc)) from exc
    finally:
        conn.rollback()
        conn.close()
