"""The build: extract -> raw -> checks(raw) -> dbt build -> checks(staging, marts) -> publish.

The warehouse is built in a temporary file beside the target and moved over it
with one atomic rename only when every hard check passed; otherwise the published
file is left exactly as it was.

The stages are functions of their own (the "stages" section below): `vardlager build` (build() here),
`vardlager build --target postgres` (vardlager/postgres.py) and the Dagster assets
(vardlager/orchestration.py) all call them, so a stage is written once.
"""

from __future__ import annotations

import atexit
import functools
import gc
import glob
import json
import os
import shutil
import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
from rich.markup import escape

from gx.runner import frames_for_layer
from gx.worker import Pending, Validator
from loaders.extract import REPORT_SUFFIXES, extract_report, report_name
from loaders.records import ExtractionIssue
from loaders.textio import UnreadableReport
from vardlager.cache import BuildStamp, ExtractionCache, dbt_fingerprint, project_fingerprint
from vardlager.collector import fewer_collections
from vardlager.dbt_runner import (
    PARSE_ROOT,
    parse_for_builds,
    parse_in_background,
    run_dbt_build,
    seeds_template,
    target_dir,
)
from vardlager.lock import WarehouseBusy, warehouse_lock
from vardlager.parallel import available_workers
from vardlager.raw import (
    KeptRows,
    ReportRows,
    concat_rows,
    replace_raw,
    report_files,
    report_rows,
    write_changed_reports,
    write_raw,
)
from vardlager.restatements import overlap_warnings


@dataclass
class CheckRow:
    layer: str
    check: str
    severity: str
    status: str  # passed | warned | failed
    failing_rows: int
    sample: str
    ran_in_build: str = ""  # a unit test carried over from an earlier build: that build's id


@dataclass
class BuildResult:
    published: bool
    db_path: Path
    reports: int = 0
    bad_files: list[str] = field(default_factory=list)
    facts_by_domain: dict[str, int] = field(default_factory=dict)
    checks: list[CheckRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    build_id: str = ""
    from_cache: int = 0  # reports whose extraction came from the cache (vardlager/cache.py)
    busy: bool = False  # another build held the warehouse's lock: nothing was done
    up_to_date: bool = False  # --if-changed and nothing changed since the published build: nothing was done
    # what the extract stage's report workers cost (ExtractionCache.parse_cost): {} when none ran
    extract_parse: dict[str, float] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for c in self.checks if c.status == status)

    def took_extraction(self, extracted: Extracted) -> None:
        """What the extract stage read, as the result reports it."""
        self.reports, self.from_cache, self.bad_files = extracted.reports, extracted.from_cache, extracted.bad_files


def report_paths(reports_dir: Path) -> list[Path]:
    """Every entry of the folder that could be a report, in a stable order (directories too: they are reported)."""
    return sorted(p for p in reports_dir.iterdir() if not p.name.startswith("."))


def extract_rows(path: Path) -> ReportRows:
    """Every loader on one file, without a cache."""
    return report_rows(extract_report(path))


def extract_all(
    paths: list[Path], say, extract=extract_rows
) -> tuple[list[ReportRows | KeptRows], list[ExtractionIssue], list[str]]:
    """Extract every report; a bad one becomes an issue and one line on stderr, never a stop.
    A file with issues about it as a whole (vardlager/raw.py FILE_WARNING_KINDS) gets one warning line."""
    extractions, issues, bad = [], [], []
    seen: dict[str, str] = {}
    for path in paths:
        name = report_name(path)
        try:
            extraction = extract_one(path, extract)
        except UnreadableReport as exc:
            say(f"[red]{_line(name)}: {_line(str(exc))}[/]")
            bad.append(name)
            issues.append(ExtractionIssue(name, None, exc.kind, str(exc), exc.evidence))
            continue
        first = seen.setdefault(text_key(extraction), name)
        if first != name:
            say(f"[yellow]{_line(name)}: same text as {_line(first)}; loaded once, from {_line(first)}[/]")
            issues.append(ExtractionIssue(name, None, "duplicate_content", f"same text as {first}; not loaded", ""))
            continue
        if extraction.file_warnings:
            say(f"[yellow]{_line(name)}: {_line('; '.join(extraction.file_warnings))}[/]")
        extractions.append(extraction)
    return extractions, issues, bad


def extract_one(path: Path, extract=extract_rows) -> ReportRows | KeptRows:
    """extract(path), with every way one file can fail turned into UnreadableReport."""
    if path.suffix.lower() not in REPORT_SUFFIXES and not path.is_dir():
        raise UnreadableReport(f"not a text report ({path.suffix or 'no extension'}); convert PDFs to text first")
    if report_name(path) != path.name:  # it could not be stored as text in the warehouse
        raise UnreadableReport("the file name is not valid UTF-8; rename the file")
    try:
        return extract(path)
    except UnreadableReport:
        raise
    except Exception as exc:  # a loader's bug on one file must not stop the build
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        raise UnreadableReport(
            f"extraction failed: {type(exc).__name__}: {str(exc)[:300]} "
            f"(at {Path(frame.filename).name}:{frame.lineno})",
            kind="extraction_failed",
        ) from exc


def _line(text: str) -> str:
    """Text for one stderr line: no line breaks, no rich markup."""
    return escape(" ".join(text.splitlines()))


def remove_stale_tmp(db_path: Path, say) -> None:
    """Delete `<db>.tmp-<pid>` files of builds that died before publishing (the caller holds the lock)."""
    for stale in db_path.parent.glob(f"{glob.escape(db_path.name)}.tmp-*"):
        pid = stale.name[len(db_path.name) + 5 :].removesuffix(".wal")
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            stale.unlink(missing_ok=True)
            say(f"[dim]removed {_line(stale.name)}, left by a build that did not finish[/]")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def loaded_name(extraction: ReportRows | KeptRows) -> str:
    return extraction.report_file if isinstance(extraction, KeptRows) else extraction.document.report_file


def text_key(extraction: ReportRows | KeptRows) -> str:
    """What the duplicate check compares: the decoded text's hash (the bytes' for a reading without one)."""
    if isinstance(extraction, KeptRows):
        return extraction.text_sha256
    return extraction.text_sha256 or extraction.document.sha256


def records_by_table(
    extractions: list[ReportRows | KeptRows], extra_issues: list[ExtractionIssue], paths: list[Path] = ()
) -> dict:
    """The raw tables of the loaded reports (Arrow tables; no rows of the kept ones, which raw holds), with
    the issues of files not loaded and the loaded files' modification times (raw.report_files: which of two
    reports of one period is newer)."""
    tables = concat_rows(extractions, extra_issues)
    loaded = {loaded_name(r) for r in extractions}
    tables["report_files"] = report_files(paths, loaded)
    return tables


# --- the stages -------------------------------------------------------------------------------------


@dataclass
class Extracted:
    """What the extract stage read: the raw tables and what became of each report."""

    records: dict  # {raw table: Arrow table} for vardlager.raw.write_raw; empty when no report could be read
    reports: int  # reports loaded
    from_cache: int  # of which the extraction cache had the reading
    bad_files: list[str]  # files that could not be read (each also an issue in raw.extraction_issues)
    # loaded reports whose rows the published warehouse holds (build_from_published): None when raw is written whole
    kept: set[str] | None = None
    # report files whose raw rows the build writes or deletes (raw.changed_reports)
    changed: set[str] = field(default_factory=set)
    # (report file, reading key, text sha256, file warnings) of every loaded report (audit.report_readings)
    readings: list[tuple] = field(default_factory=list)


def prefetch_reports(
    reports_dir: Path, cache_owner: Path, forked=None, published: dict[str, KeptRows] | None = None
) -> tuple[ExtractionCache, list[Path]]:
    """The folder's reports and the extraction cache of the warehouse `cache_owner`, with what the cache
    lacks parsed on every core at once. It forks: call it before the build starts any thread, or start
    them in `forked`, which is called once the workers exist, while they parse (when any report is parsed).
    published: the readings whose rows the warehouse the build starts from holds (published_readings)."""
    cache = ExtractionCache.for_warehouse(cache_owner)
    cache.published = published or {}
    paths = report_paths(reports_dir)
    cache.prefetch(paths, available_workers(), forked)
    return cache, paths


def extract_stage(cache: ExtractionCache, paths: list[Path], say) -> Extracted:
    """Every report through the loaders (by way of the cache) into raw tables; a bad file becomes an
    issue and one line, never a stop. The cache forgets readings of reports no longer there."""
    extractions, issues, bad = extract_all(paths, say, cache.extract)
    say(f"[dim]reports: {cache.summary()}[/]")
    cache.prune()
    records = records_by_table(extractions, issues, paths) if extractions else {}
    readings = [
        (loaded_name(r), cache.keys.get(loaded_name(r), ""), text_key(r), list(r.file_warnings)) for r in extractions
    ]
    new = {loaded_name(r) for r in extractions if isinstance(r, ReportRows)}
    if not cache.published:
        return Extracted(records, len(extractions), len(cache.hits), bad, None, new, readings)
    kept = {r.report_file for r in extractions if isinstance(r, KeptRows)}
    was_loaded = {r.report_file for r in cache.published.values()}
    return Extracted(records, len(extractions), len(cache.hits), bad, kept, new | (was_loaded - kept), readings)


def recorded_extract_stage(cache: ExtractionCache, paths: list[Path], say, result, stage, started: float) -> Extracted:
    """extract_stage, its counts and its time (since started) recorded in the build's result."""
    extracted = extract_stage(cache, paths, say)
    result.took_extraction(extracted)
    result.extract_parse = dict(cache.parse_cost)
    stage("extract", started)
    return extracted


def submit_checks(validator: Validator, con, layer: str, schema: str | None = None) -> Pending:
    """The layer's Great Expectations suite on its tables (in `schema`, by default the layer's name),
    validated in the validator's worker; result() gives the CheckResults (gx_check_rows: CheckRows)."""
    return validator.submit(layer, frames_for_layer(con, layer, schema))


def check_layer(con, layer: str, schema: str | None = None) -> list[CheckRow]:
    """submit_checks in this process, waiting for the result."""
    with Validator(in_worker=False) as validator:
        return gx_check_rows(submit_checks(validator, con, layer, schema).result())


def facts_by_domain(con, schema: str = "marts") -> dict[str, int]:
    """{domain: facts} of the built marts (con: anything whose execute(sql) has fetchall())."""
    return dict(
        con.execute(
            f"select domain, count(*) from {schema}.fct_report_facts group by domain order by domain"
        ).fetchall()
    )


def publish_file(build_file: Path, db_path: Path, keep_build_file: bool = False) -> None:
    """Make the build file the published warehouse with one atomic rename: a reader opens the old file
    or the new, never half of one. keep_build_file: publish a copy (beside the warehouse, then renamed)
    and keep the build file (Dagster's publish asset can run again on it)."""
    if keep_build_file:
        staged = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:6]}")
        shutil.copyfile(build_file, staged)
        build_file = staged
    os.replace(build_file, db_path)


def record_checks(con: duckdb.DuckDBPyConnection, build_id: str, checks: list) -> None:
    """Append check rows (anything with layer, check, severity, status, failing_rows, sample) to audit.dq_results."""
    con.execute("create schema if not exists audit")
    con.execute("""create table if not exists audit.dq_results (
        build_id varchar, checked_at timestamptz, layer varchar, check_name varchar, severity varchar,
        status varchar, failing_rows bigint, sample varchar)""")
    if checks:
        now = datetime.now(UTC)
        # one statement for all rows: executemany costs a round trip per row (0.2 s for a build's 240)
        con.execute(
            "insert into audit.dq_results values " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(checks)),
            [
                value
                for c in checks
                for value in (build_id, now, c.layer, c.check, c.severity, c.status, c.failing_rows, c.sample)
            ],
        )


def carry_audit_history(con: duckdb.DuckDBPyConnection, previous: Path) -> None:
    """The audit rows of the builds before this one, copied from the published file."""
    record_checks(con, "", [])
    if previous.exists():
        try:
            con.execute(f"attach '{previous}' as previous (read_only)")
            con.execute("insert into audit.dq_results select * from previous.audit.dq_results")
            con.execute("detach previous")
        except duckdb.Error:
            pass  # an older warehouse without audit history: start a new one


def write_audit(
    con: duckdb.DuckDBPyConnection,
    build_id: str,
    checks: list[CheckRow],
    previous: Path,
    unit_tests: list[CheckRow] = (),
    dbt_code: str = "",
) -> None:
    """audit.dq_results: this build's checks, after the rows of the builds before it; audit.unit_tests:
    the dbt unit tests behind this warehouse, the build each ran in and the dbt code they ran on."""
    carry_audit_history(con, previous)
    con.begin()  # one commit, one sync of DuckDB's log: not one per statement and unit test row
    record_checks(con, build_id, checks)
    con.execute("""create or replace table audit.unit_tests (
        layer varchar, check_name varchar, ran_in_build varchar, dbt_fingerprint varchar)""")
    if unit_tests:
        con.executemany(
            "insert into audit.unit_tests values (?, ?, ?, ?)",
            [(c.layer, c.check, c.ran_in_build or build_id, dbt_code) for c in unit_tests],
        )
    con.commit()


# --- a build from the published warehouse ----------------------------------------------------------


def published_readings(db_path: Path, code: str) -> dict[str, KeptRows] | None:
    """{reading key: KeptRows} of the reports whose rows the published warehouse holds, when a full build of
    this very code (vardlager/cache.py project_fingerprint: loaders, build, models, seeds, checks, tool
    versions) published it: a build can then start from a copy of it and replace the rows of the reports
    whose bytes changed, came or went only (build_from_published). None when it must build whole."""
    if not db_path.exists():
        return None
    try:
        with duckdb.connect(str(db_path), read_only=True) as con:
            rows = con.execute(
                """select reading_key, report_file, text_sha256, file_warnings from audit.report_readings
                where code_fingerprint = ?""",
                [code],
            ).fetchall()
    except duckdb.Error:  # a warehouse from before audit.report_readings, or no file DuckDB can read
        return None
    return {key: KeptRows(name, text, list(warnings)) for key, name, text, warnings in rows if key and text} or None


def write_report_readings(con: duckdb.DuckDBPyConnection, readings: list[tuple], code: str) -> None:
    """audit.report_readings: each loaded report's reading (its cache key: the bytes' hash and file name),
    the text hash the duplicate check compares and its file warnings, with the code that built the
    warehouse; what published_readings gives the next build. No rows: the next build builds whole."""
    con.execute("""create or replace table audit.report_readings (
        report_file varchar, reading_key varchar, text_sha256 varchar, file_warnings varchar[],
        code_fingerprint varchar)""")
    if readings:
        names, keys, texts, warnings = zip(*readings)
        con.register(
            "_readings",
            pa.table(
                {
                    "report_file": pa.array(names, pa.string()),
                    "reading_key": pa.array(keys, pa.string()),
                    "text_sha256": pa.array(texts, pa.string()),
                    "file_warnings": pa.array(warnings, pa.list_(pa.string())),
                }
            ),
        )
        con.execute("insert into audit.report_readings select *, ? from _readings", [code])
        con.unregister("_readings")


def start_from_published(con: duckdb.DuckDBPyConnection) -> None:
    """A copy of the published warehouse made the start of a build: its audit tables go (write_audit
    carries the history from the published file, as for any build)."""
    con.execute("drop schema if exists audit cascade")


def carried_unit_tests(con: duckdb.DuckDBPyConnection, previous: Path, dbt_code: str) -> list[CheckRow] | None:
    """The published warehouse's unit tests as passed checks of this build, when they ran on this dbt
    code (vardlager/cache.py dbt_fingerprint): unit tests check the SQL on fixed inputs, so on the same
    code they pass again. None when they must run (other code, or no record of them)."""
    if not previous.exists():
        return None
    path = str(previous).replace("'", "''")
    try:
        con.execute(f"attach '{path}' as previous (read_only)")
        try:
            rows = con.execute(
                """select layer, check_name, ran_in_build from previous.audit.unit_tests
                where dbt_fingerprint = ? order by check_name""",
                [dbt_code],
            ).fetchall()
        finally:
            con.execute("detach previous")
    except duckdb.Error:  # a warehouse from before audit.unit_tests
        return None
    return carried_check_rows(rows)


# the unit tests that last passed in this checkout and the dbt code they ran on: a warehouse without a
# published build of its own (a new file, a test's) carries them from here; beside dbt's shared parses, so
# whatever removes those (`make bench` before a cold build) makes the next build run them
UNIT_TEST_RECORD = PARSE_ROOT / "unit_tests.json"


def recorded_unit_tests(dbt_code: str, record: Path | None = None) -> list[CheckRow] | None:
    """The unit tests of UNIT_TEST_RECORD as passed checks of this build, when they ran on this dbt code
    (carried_unit_tests for a warehouse whose published file has none); None when they must run."""
    try:
        data = json.loads((record or UNIT_TEST_RECORD).read_text(encoding="utf-8"))
        if data["dbt_fingerprint"] != dbt_code:
            return None
        return carried_check_rows([(layer, name, ran_in) for layer, name, ran_in in data["tests"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_unit_tests(unit_tests: list[CheckRow], build_id: str, dbt_code: str, record: Path | None = None) -> None:
    """Keep the unit tests a build ran, when every one passed, as UNIT_TEST_RECORD (one atomic rename)."""
    if not unit_tests or any(c.status != "passed" for c in unit_tests):
        return
    record = record or UNIT_TEST_RECORD
    rows = [[c.layer, c.check, c.ran_in_build or build_id] for c in unit_tests]
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        staged = record.with_name(f"{record.name}.tmp-{os.getpid()}")
        staged.write_text(json.dumps({"dbt_fingerprint": dbt_code, "tests": rows}), encoding="utf-8")
        os.replace(staged, record)
    except OSError:
        pass  # the next new warehouse runs them again


def prepare_for_builds() -> bool:
    """What the install (`make setup`, `make build`: `python -m vardlager.dbt_runner parse`) makes for the
    builds after it: dbt's parse of the project (dbt_runner.parse_for_builds) and a run of the dbt unit tests
    on empty tables (dbt_runner.unit_tests_on_empty_tables), kept as UNIT_TEST_RECORD when every one passed,
    so that the first build of the installed code carries them over instead of running them (~5 s of CPU of
    a five-report build): they test the SQL on fixed inputs, not the data. A unit test that fails here is
    left unrecorded, and the first build runs it (and fails on it). True when the parse is made."""
    parsed, outcome = parse_for_builds(
        make_raw_tables=lambda con: write_raw(con, {}), template=seeds_template(dbt_fingerprint())
    )
    if outcome is not None and outcome.ok:
        ran = [c for c in _dbt_checks(outcome) if c.check.removeprefix("dbt.") in outcome.unit_tests]
        record_unit_tests(ran, f"setup-{uuid.uuid4().hex[:12]}", dbt_fingerprint())
    return parsed


def carried_check_rows(rows) -> list | None:
    """(layer, check_name, ran_in_build) rows of a previous build's unit tests as passed checks of this
    build; None when there are none (they must run)."""
    return [
        CheckRow(
            layer,
            name,
            "hard",
            "passed",
            0,
            f"carried over from build {ran_in}: ran there on the same models, macros, seeds and dbt",
            ran_in,
        )
        for layer, name, ran_in in rows
    ] or None


def failed_build_path(db_path: Path) -> Path:
    """Where the checks of the latest build that did not publish are kept (the warehouse stays untouched)."""
    return db_path.with_name(f"{db_path.name}.failed-build.json")


def write_failed_build(db_path: Path, build_id: str, checks: list[CheckRow], errors: list[str]) -> None:
    """The checks of a build that was not published, beside the warehouse, for `vardlager check`."""
    if not checks and not errors:
        return
    now = datetime.now(UTC).isoformat()
    rows = [
        dict(
            build_id=build_id,
            checked_at=now,
            layer=c.layer,
            check_name=c.check,
            severity=c.severity,
            status=c.status,
            failing_rows=c.failing_rows,
            sample=c.sample,
        )
        for c in checks
    ]
    failed_build_path(db_path).write_text(
        json.dumps(
            {"build_id": build_id, "checked_at": now, "errors": errors, "checks": rows}, ensure_ascii=False, indent=1
        ),
        encoding="utf-8",
    )


MAX_IMPLAUSIBLE_LINES = 20  # more are counted in one line (they are all in intermediate.int_implausible_values)


def warn_implausible(con: duckdb.DuckDBPyConnection, say) -> int:
    """One yellow line per value of implausible size (report, line, value, range); returns how many."""
    try:
        rows = con.execute("""select report_file, source_line, source_quote, value, unit, reason
            from intermediate.int_implausible_values order by report_file, source_line""").fetchall()
    except duckdb.Error:  # a partial build (dbt --select) without the model
        return 0
    for report, line, quote, value, unit, reason in rows[:MAX_IMPLAUSIBLE_LINES]:
        say(
            f"[yellow]{_line(report)}:{line}: {_line(quote or '')} read as {value:g} {_line(unit or '')}, "
            f"{_line(reason)}; kept in raw, not in the marts[/]"
        )
    if len(rows) > MAX_IMPLAUSIBLE_LINES:
        say(
            f"[yellow]{len(rows) - MAX_IMPLAUSIBLE_LINES} more values of implausible size: "
            "see intermediate.int_implausible_values[/]"
        )
    return len(rows)


def gx_check_rows(results) -> list[CheckRow]:
    """Great Expectations CheckResults (gx/runner.py) as check rows of the build."""
    return [CheckRow(r.layer, r.check, r.severity, r.status, r.failing_rows, r.sample) for r in results]


def _dbt_checks(outcome, db_file: Path | None = None, target: Path | None = None) -> list[CheckRow]:
    """One check row per dbt test; a failing test's sample names its offenders (report and line)."""
    status_map = {"pass": "passed", "success": "passed", "warn": "warned", "fail": "failed", "error": "failed"}
    failing = {name for _, name, status, _, _ in outcome.tests if status_map.get(status) in ("warned", "failed")}
    samples = _dbt_samples(db_file, target, failing, outcome.catalog) if db_file and target and failing else {}
    rows = []
    for layer, name, status, failures, message in outcome.tests:
        mapped = status_map.get(status, "skipped")
        rows.append(
            CheckRow(
                layer,
                f"dbt.{name}",
                "soft" if mapped == "warned" else "hard",
                mapped,
                failures,
                (samples.get(name) or message) if mapped != "passed" else "",
            )
        )
    return rows


DBT_SAMPLE_SIZE = 5
# columns that name an offender first in a sample, then up to DBT_SAMPLE_EXTRA others
DBT_SAMPLE_FIRST = (
    "failed_check",  # macros/column_checks.sql: which check of the model the row failed
    "report_file",
    "source_line",
    "line",
    "table_id",
    "row_label",
    "column_header",
    "cell_text",
)
DBT_SAMPLE_EXTRA = 4


def _dbt_samples(db_file: Path, target: Path, names: set[str], catalog: str = "") -> dict[str, str]:
    """A few offending rows of each failing dbt test, by re-running its compiled query (run_results.json)
    on db_file opened as `catalog`, the database name the query qualifies its relations with (the file
    name dbt's profile gave the build: vardlager/dbt_runner.py PROFILE_DB)."""
    try:
        results = json.loads((Path(target) / "run_results.json").read_text())["results"]
    except (OSError, ValueError, KeyError):
        return {}
    queries = {}
    for r in results:
        parts = str(r.get("unique_id", "")).split(".")
        if parts[0] == "test" and len(parts) > 2 and parts[2] in names and r.get("compiled_code"):
            queries[parts[2]] = r["compiled_code"]
    samples: dict[str, str] = {}
    if not queries:
        return samples
    con = duckdb.connect(":memory:")
    try:
        alias = '"' + (catalog or "build").replace('"', '""') + '"'
        path = str(db_file).replace("'", "''")
        con.execute(f"attach '{path}' as {alias}")
        con.execute(f"use {alias}")  # a singular test's ref() leaves the catalog out
        for name, sql in queries.items():
            try:
                cur = con.execute(f"select * from ({sql}) as offenders limit {DBT_SAMPLE_SIZE}")
                columns = [d[0] for d in cur.description]
                rows = cur.fetchall()
            except duckdb.Error:
                continue
            samples[name] = "; ".join(_describe_offender(dict(zip(columns, row))) for row in rows)
    finally:
        con.close()
    return samples


def _describe_offender(row: dict) -> str:
    first = [c for c in DBT_SAMPLE_FIRST if c in row and row[c] not in (None, "")]
    rest = [c for c in row if c not in DBT_SAMPLE_FIRST][:DBT_SAMPLE_EXTRA]
    return ", ".join(f"{c}={row[c]}" for c in first + rest)


@functools.cache
def _freeze_objects_at_exit() -> None:
    """At interpreter exit, move every object to the collector's permanent generation: the teardown
    of a process that ran a build (dbt's manifest, classes and compiled templates) otherwise runs
    collections over all of it, ~0.5 s that the user waits for after the build is done. Nothing
    changes before exit, so a long-running process (a scheduler, tests) collects as usual."""
    atexit.register(gc.freeze)


def build(
    reports_dir: Path,
    db_path: Path,
    say=lambda msg: None,
    dbt_select: list[str] | None = None,
    wait: float = 0.0,
    if_changed: bool = False,
    whole: bool = False,
) -> BuildResult:
    """Build the warehouse from a folder of reports; publish to db_path only if every hard check passed.

    Only one build writes a warehouse at a time (vardlager/lock.py): this one waits up to `wait`
    seconds for another to finish, then gives up with `busy` set and nothing changed.
    if_changed: do nothing (`up_to_date` set) when the reports, the project and the published file
    are those of the last published build (vardlager/cache.py BuildStamp).
    Unless `whole` (or dbt_select) is given, a build whose code is that of the published warehouse, and whose
    published file is still the one the last build wrote, starts from a copy of it and replaces the rows of the
    reports that changed only (published_readings).
    """
    _freeze_objects_at_exit()
    try:
        with fewer_collections(), warehouse_lock(db_path, wait, say):
            return _build_if_changed(reports_dir, Path(db_path).resolve(), say, dbt_select, if_changed, whole)
    except WarehouseBusy as exc:
        return BuildResult(published=False, db_path=Path(db_path).resolve(), errors=[str(exc)], busy=True)


def _build_if_changed(reports_dir: Path, db_path: Path, say, dbt_select, if_changed: bool, whole: bool) -> BuildResult:
    stamp = BuildStamp.of(report_paths(reports_dir), repr(dbt_select)) if reports_dir.is_dir() else None
    if if_changed and stamp and db_path.exists() and stamp.is_current(db_path):
        say("[green]up to date: the reports and the project are those of the published build; nothing to do[/]")
        return BuildResult(published=False, db_path=db_path, up_to_date=True)
    # a published file something wrote to after its build (a hand edit, a table of one's own) is no start:
    # its rows would be kept as they are now (review of the stop: edited prose facts survived)
    whole = whole or not BuildStamp.wrote(db_path)
    BuildStamp.forget(db_path)
    result = _build(reports_dir, db_path, say, dbt_select, whole)
    if result.published and stamp:
        stamp.record(db_path)
    return result


def _build(reports_dir: Path, db_path: Path, say, dbt_select: list[str] | None, whole: bool = False) -> BuildResult:
    db_path = db_path.resolve()
    result = BuildResult(published=False, db_path=db_path, build_id=uuid.uuid4().hex[:12])
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    remove_stale_tmp(db_path, say)

    def stage(name: str, started: float, earlier: float = 0.0) -> None:
        """The time of a stage: since started, plus `earlier` seconds spent on it before."""
        result.timings[name] = time.perf_counter() - started + earlier
        say(f"[dim]{name}: {result.timings[name]:.1f} s[/]")

    def fail(message: str) -> BuildResult:
        result.errors.append(message)
        write_failed_build(db_path, result.build_id, result.checks, result.errors)
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
        return result

    t = time.perf_counter()
    if not reports_dir.is_dir():
        return fail(f"{reports_dir}: not a folder of reports")
    # dbt is imported and parsed in a thread, begun as soon as no more forks follow: once the report
    # workers exist, while they parse (the import and parse are ~3 s of CPU this process would otherwise
    # only start after them), else after the prefetch
    parses: list = []

    def start_dbt_parse() -> None:
        if not parses:
            parses.append(parse_in_background(db_path))

    code = project_fingerprint()
    published = None if whole or dbt_select is not None else published_readings(db_path, code)
    cache, paths = prefetch_reports(reports_dir, db_path, forked=start_dbt_parse, published=published)
    extract = functools.partial(recorded_extract_stage, cache, paths, say, result, stage, t)
    # when no file could be read, the build fails here, before the GX worker starts and (unless a report's
    # worker ran) before dbt's parse (tests/test_bad_input.py: an empty file and a PDF; a folder of files not .txt)
    extracted = None if cache.readings else extract()
    if extracted is not None and not extracted.reports:
        for parse in parses:
            parse.release()
        return fail(f"{reports_dir}: no readable reports")
    # Great Expectations runs in a worker process, which imports GX while this process reads the
    # reports and validates the raw layer while dbt runs (gx/worker.py)
    start_dbt_parse()
    dbt_manifest = parses[0]
    try:
        with Validator(in_worker=available_workers() > 1) as validator:
            if extracted is None:
                extracted = extract()
            if not extracted.reports:
                return fail(f"{reports_dir}: no readable reports")
            try:
                error = _load_check_transform(
                    tmp, db_path, extracted, dbt_select, validator, dbt_manifest, result, stage, say, code
                )
            except BaseException:  # an error or Ctrl-C: no half-built file is left beside the warehouse
                fail("build interrupted")
                raise
            if error:
                return fail(error)
            with duckdb.connect(str(tmp), read_only=True) as con:
                for line in overlap_warnings(con):
                    say(f"[yellow]{_line(line)}[/]")
    finally:
        dbt_manifest.release()  # the parse never outlives its build: the next build in this process runs dbt too

    t = time.perf_counter()
    publish_file(tmp, db_path)
    result.published = True
    stage("publish", t)
    return result


def _load_check_transform(
    tmp: Path,
    db_path: Path,
    extracted: Extracted,
    dbt_select: list[str] | None,
    validator: Validator,
    dbt_manifest,
    result: BuildResult,
    stage,
    say=lambda msg: None,
    code: str = "",
) -> str | None:
    """raw tables -> checks(raw) -> dbt build -> checks(staging, marts) -> audit, all in tmp, with the
    checks and errors in result; None when every hard check passed, else why the build fails.
    When the extract stage kept reports of the published warehouse (Extracted.kept), tmp starts as a copy
    of it and only the changed reports' raw rows are replaced. code: the project's fingerprint, recorded
    with the readings (audit.report_readings) for the next build.

    The raw layer is validated in the GX worker while dbt runs; when a hard raw check failed, dbt's
    work is thrown away and the build fails on raw, as if dbt had not run."""
    target = target_dir(db_path)
    dbt_code = dbt_fingerprint()
    t = time.perf_counter()
    # a new file starts from the install's seeds and models of seeds alone of this very dbt code, as a copy of
    # the published warehouse does (dbt_runner.seeds_template): dbt neither loads the seeds again nor builds those
    template = seeds_template(dbt_code) if extracted.kept is None and dbt_select is None else None
    if extracted.kept is not None:
        shutil.copyfile(db_path, tmp)
    elif template is not None:
        try:
            shutil.copyfile(template, tmp)
        except OSError:  # none made for this code (no install since it changed): dbt loads the seeds
            tmp.unlink(missing_ok=True)
            template = None
    con = duckdb.connect(str(tmp))
    try:
        if extracted.kept is None:
            write_raw(con, extracted.records)
        else:
            start_from_published(con)
            replace_raw(con, extracted.records, extracted.kept)
            say(f"[dim]from the published warehouse: {len(extracted.changed)} reports' rows replaced[/]")
        write_changed_reports(con, extracted.changed)
        stage("load raw", t)

        t = time.perf_counter()
        raw_checks = submit_checks(validator, con, "raw")
        carried = (
            (carried_unit_tests(con, db_path, dbt_code) or recorded_unit_tests(dbt_code))
            if dbt_select is None
            else None
        )
        con.close()
        raw_seconds = time.perf_counter() - t

        t = time.perf_counter()
        outcome = run_dbt_build(
            tmp,
            target,
            dbt_select,
            unit_tests=carried is None,
            manifest=dbt_manifest(),
            slot=dbt_manifest.slot,
            carried=frozenset(c.check.removeprefix("dbt.") for c in carried or ()),
            code=dbt_code,
            # a copy of the published warehouse, or of the install's seeds, of this very code
            seeds_loaded=extracted.kept is not None or template is not None,
        )
        dbt_seconds = time.perf_counter() - t
        if carried:  # a carried test dbt ran after all (it could not tell which tests read seeds only) is its own
            ran = {name for _, name, _, _, _ in outcome.tests}
            carried = [c for c in carried if c.check.removeprefix("dbt.") not in ran]

        t = time.perf_counter()
        result.checks += gx_check_rows(raw_checks.result())
        stage("checks raw", t, raw_seconds)  # what this process spent on them: reading, sending, waiting
        if any(c.status == "failed" for c in result.checks):
            return "hard checks failed on raw"

        t = time.perf_counter()
        dbt_checks = _dbt_checks(outcome, tmp, target)
        result.checks += dbt_checks + (carried or [])
        stage("dbt build", t, dbt_seconds)
        if not outcome.ok:
            result.errors += outcome.errors
            return "dbt build failed"

        t = time.perf_counter()
        con = duckdb.connect(str(tmp))
        warn_implausible(con, say)
        staging = submit_checks(validator, con, "staging")
        marts = submit_checks(validator, con, "marts")
        result.facts_by_domain = facts_by_domain(con)
        result.checks += gx_check_rows(staging.result()) + gx_check_rows(marts.result())
        stage("checks staging+marts", t)
        unit_tests = [c for c in dbt_checks if c.check.removeprefix("dbt.") in outcome.unit_tests] + (carried or [])
        write_audit(con, result.build_id, result.checks, db_path, unit_tests if dbt_select is None else [], dbt_code)
        write_report_readings(con, extracted.readings if dbt_select is None else [], code)
        con.execute("checkpoint")
        con.close()
        if any(c.status == "failed" for c in result.checks):
            return "hard checks failed on staging or marts"
        if dbt_select is None and carried is None:
            record_unit_tests(unit_tests, result.build_id, dbt_code)
        return None
    finally:
        con.close()
