"""Facts of a few reports in seconds, through the same loaders and the same dbt models as a build.

A build runs dbt and Great Expectations over a warehouse file: tens of seconds of fixed cost, which
someone checking what the reader makes of one text should not wait for. Here the reports go through
the build's loaders (vardlager.pipeline.extract_all, so a bad file gets the same one line) into an
in-memory DuckDB, and the models that `marts.fct_report_facts` is made of run there as dbt compiled
them: one definition of every transformation, no second copy of the SQL.

dbt compiles the models and loads the seeds once per dbt code (vardlager/cache.py dbt_fingerprint:
models, macros, seeds, dbt and DuckDB versions) into `target/extract/<fingerprint>/`: the models'
compiled SQL in dependency order (models.json) and the seed tables as dbt typed them (a DuckDB
file). Every later call only reads those. dbt's tests and the Great Expectations checks stay with
`vardlager build`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb

from loaders.records import ExtractionIssue
from vardlager.cache import ExtractionCache, dbt_fingerprint
from vardlager.dbt_runner import PROFILE_DB, PROJECT_DIR
from vardlager.parallel import available_workers
from vardlager.pipeline import extract_all, records_by_table, report_paths
from vardlager.raw import records_to_arrow, write_raw

COMPILED_ROOT = PROJECT_DIR / "target" / "extract"
# the database name the compiled SQL qualifies every relation with: the catalog of the file dbt's profile names
# in every build (the compile reads the project as parsed for the builds)
CATALOG = Path(PROFILE_DB).stem
SEEDS_FILE = "seeds.duckdb"  # the seed tables as dbt typed them, in the plan's folder
FINAL_MODEL = "model.vardlager.fct_report_facts"
UNDATED_FROM = "int_report_facts"  # where the facts of a text with no period stop (the marts require one)
PLAN_FILE = "models.json"
PLAN_FORMAT = 2  # bump when what models.json holds changes (2: the catalog of the builds' profile)
PROGRESS_AFTER_S = 1.0  # stage lines on stderr only for a call that takes longer than this
# DuckDB threads for the models in memory: a few reports' rows are too few to share out, and more threads
# only added CPU (the five samples: 0.66 s of CPU on two threads, 0.50 s on one, the same wall time)
MODEL_THREADS = 1


class ExtractError(Exception):
    """Nothing could be extracted; the message is one line for the user. said: every file's own line
    (why it could not be read) has already gone to `say`, so the message adds nothing for a terminal."""

    def __init__(self, message: str, said: bool = False):
        super().__init__(message)
        self.said = said


def facts_of_reports(paths, say=None, separately: bool = False) -> list[dict]:
    """The rows of marts.fct_report_facts (every column, in the table's order) that a build of these
    report files would publish, as dicts of Python values (dates as datetime.date).

    paths: report files and/or folders of them (a folder means its reports, as `build --reports`).
    say: gets one line per file that could not be read or was loaded with a warning (rich markup),
    and progress lines when the call takes longer than a second; default: stderr.
    separately: run the models once per report, as if each were built alone (its facts then do not
    depend on the other reports: org unit names, is_current and conflicts are per report); by
    default all reports go through the models together, as in one build of a folder holding them.
    Raises ExtractError (one line) when no file could be read."""
    return extract_facts(paths, say, separately)[1]


def extract_facts(paths, say=None, separately: bool = False) -> tuple[list[str], list[dict]]:
    """(column names, rows) of facts_of_reports."""
    say = say or _stderr_say()
    paths = list(paths)
    _convert_before_forking()  # an import in all but name: before the clock of the progress lines starts
    progress = Progress(say)
    try:
        files = _report_files([Path(p) for p in paths], say)
        progress.stage(f"reading {len(files)} report file(s) ...")
        # each report parsed in a worker under the report limits, as in a build (vardlager.parallel)
        with tempfile.TemporaryDirectory(prefix="vardlager-extract-") as tmp:
            cache = ExtractionCache(Path(tmp))
            cache.prefetch(files, available_workers())
            extractions, issues, _bad = extract_all(files, say, cache.extract)
        if not extractions:
            raise ExtractError(f"no readable report among {len(paths)} path(s) given", said=bool(paths))
        plan = compiled_models(progress)
        progress.stage(f"running {len(plan['models'])} models in memory ...")
        groups = [[e] for e in extractions] if separately else [extractions]
        columns, rows = [], []
        for group in groups:
            group_issues = (
                [i for i in issues if i.report_file in {e.document.report_file for e in group}]
                if separately
                else issues
            )
            columns, found = run_models(records_by_table(group, group_issues), plan)
            rows += found
        progress.stage(f"{len(rows)} facts")
        return columns, rows
    finally:
        progress.stop()


def _convert_before_forking() -> None:
    """pyarrow imports pandas at its first conversion of a Python list (about 0.3 s of CPU): make that
    conversion here, before the report workers fork, so they inherit it instead of each importing pandas
    again to turn their records into Arrow tables (for a text of a few kB, that import is most of a worker's work)."""
    records_to_arrow(ExtractionIssue, [])


def _report_files(paths: list[Path], say) -> list[Path]:
    """The files named, and the reports of the folders named, in the order given."""
    files = []
    for path in paths:
        if path.is_dir():
            found = report_paths(path)  # as a build reads the folder
            if not found:
                say(f"[red]{_escape(str(path))}: no report files in this folder[/]")
            files += found
        elif not path.exists() and not path.is_symlink():
            say(f"[red]{_escape(str(path))}: no such file or folder[/]")
        else:
            files.append(path)
    return files


# --- the models, compiled once per dbt code --------------------------------------------------------


def compiled_models(progress=None) -> dict:
    """{"models": [[relation, materialization, compiled SQL], ...] in dependency order, "seeds": path of
    the DuckDB file with the seed tables}; compiled by dbt when this dbt code has not been yet."""
    folder = COMPILED_ROOT / f"{dbt_fingerprint()[:24]}-{PLAN_FORMAT}"
    plan_file = folder / PLAN_FILE
    if not plan_file.exists():
        if progress:
            progress.stage(
                "compiling the dbt models and loading the seeds (once per change to models, macros, seeds or dbt) ...",
                now=True,
            )
        with _one_compiler(folder):  # another process compiling the same code: wait for its plan
            if not plan_file.exists():
                _compile(folder)
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    plan["seeds"] = str(folder / SEEDS_FILE)
    return plan


@contextlib.contextmanager
def _one_compiler(folder: Path):
    """An exclusive lock on the plan of one dbt code for the block (the kernel frees it if the holder dies):
    processes that start at once (two test processes, parallel extracts) compile it once, not once each
    (dbt seed and compile: about 4 s of CPU from the parse the builds share, 10 s without it)."""
    COMPILED_ROOT.mkdir(parents=True, exist_ok=True)
    with folder.with_name(f"{folder.name}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _compile(folder: Path) -> None:
    """`dbt seed` and `dbt compile` into a folder of this process, renamed into place when complete
    (another process compiling the same code at the same time does no harm). dbt reads the project as a
    build does, from a ParseSlot (vardlager/dbt_runner.py): the parse `make setup` or a build made, so a
    first extract does not parse the whole project again (~4 s of CPU); the seeds are written to the slot's
    profile path, as a build's models are, and moved into the plan's folder."""
    from dbt.cli.main import dbtRunner

    from vardlager.dbt_runner import ParseSlot, _close_duckdb_environment, cli_args
    from vardlager.pipeline import _freeze_objects_at_exit

    _freeze_objects_at_exit()  # a process that loaded dbt would otherwise spend seconds in its teardown

    work = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    slot = ParseSlot(work)
    seeds = slot.profile_path  # profiles.yml names it: the catalog of the compiled SQL (CATALOG)
    before = os.environ.get("VARDLAGER_BUILD_DB")
    try:
        seeds.parent.mkdir(parents=True, exist_ok=True)
        for left in (seeds, Path(f"{seeds}.wal")):  # a link a build that died left there: never write into it
            left.unlink(missing_ok=True)
        os.environ["VARDLAGER_BUILD_DB"] = str(seeds)
        try:
            for command in (["seed"], ["compile", "--select", "+" + FINAL_MODEL.rsplit(".", 1)[1]]):
                started = time.time()
                parsed = slot.parse_file.exists()  # else dbt parses the project here
                result = dbtRunner().invoke([*command, *cli_args(work), *(slot.parse_args() if parsed else [])])
                if not result.success:
                    raise ExtractError(
                        f"dbt {command[0]} failed: {_first_line(result.exception) or 'see `vardlager build`'}"
                    )
                slot.keep_parse_of(work, since=started)  # what dbt parsed (a slot without a parse: all) is the slot's
        finally:
            _close_duckdb_environment()
        os.replace(seeds, work / SEEDS_FILE)
        if Path(f"{seeds}.wal").exists():  # a write-ahead log DuckDB left belongs to the seeds file
            os.replace(f"{seeds}.wal", work / f"{SEEDS_FILE}.wal")
    finally:
        Path(f"{seeds}.wal").unlink(missing_ok=True)
        seeds.unlink(missing_ok=True)
        slot.release()
        if before is None:
            os.environ.pop("VARDLAGER_BUILD_DB", None)
        else:
            os.environ["VARDLAGER_BUILD_DB"] = before
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    plan = {"models": models_in_order(manifest["nodes"], FINAL_MODEL)}
    (work / PLAN_FILE).write_text(json.dumps(plan, ensure_ascii=False, indent=1), encoding="utf-8")
    for stale in COMPILED_ROOT.iterdir():  # other dbt code's plans and locks (and dead processes' work folders)
        if stale not in (work, folder) and not stale.name.startswith(folder.name):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
    try:
        os.rename(work, folder)
    except OSError:  # another process was first: its plan is the same
        shutil.rmtree(work, ignore_errors=True)


def models_in_order(nodes: dict, final: str) -> list[list[str]]:
    """[relation, materialization, compiled SQL] of `final` and every model it depends on, each after
    the models it reads (seeds and sources are tables already)."""
    needed, stack = set(), [final]
    while stack:
        uid = stack.pop()
        if uid not in needed and nodes.get(uid, {}).get("resource_type") == "model":
            needed.add(uid)
            stack += nodes[uid]["depends_on"]["nodes"]
    ordered, done = [], set()

    def visit(uid: str) -> None:
        if uid in done:
            return
        done.add(uid)
        for parent in sorted(nodes[uid]["depends_on"]["nodes"]):
            if parent in needed:
                visit(parent)
        node = nodes[uid]
        ordered.append([node["relation_name"], node["config"]["materialized"], node["compiled_code"]])

    for uid in sorted(needed):
        visit(uid)
    return ordered


def run_models(records: dict, plan: dict) -> tuple[list[str], list[dict]]:
    """Load the raw tables and the seeds into an in-memory DuckDB, run the compiled models as dbt-duckdb
    materializes them (view or table), and return (columns, rows) of the final model."""
    con = duckdb.connect(config={"threads": MODEL_THREADS})
    try:
        con.execute(f"attach ':memory:' as {CATALOG}")
        con.execute(f"use {CATALOG}")
        seeds = plan["seeds"].replace("'", "''")
        con.execute(f"attach '{seeds}' as compiled_seeds (read_only)")
        con.execute(f"copy from database compiled_seeds to {CATALOG}")
        con.execute("detach compiled_seeds")
        write_raw(con, records)
        schemas = set()
        for relation, materialized, sql in plan["models"]:
            schema = relation.rsplit(".", 1)[0]
            if schema not in schemas:
                con.execute(f"create schema if not exists {schema}")
                schemas.add(schema)
            kind = "view" if materialized == "view" else "table"
            con.execute(f"create {kind} {relation} as (\n{sql}\n)")
        cursor = con.execute(_with_undated_facts(con, plan))
        columns = [d[0] for d in cursor.description]
        return columns, [dict(zip(columns, row)) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        raise ExtractError(f"the models failed in memory: {_first_line(exc)} (does `vardlager build` pass?)") from exc
    finally:
        con.close()


def _with_undated_facts(con, plan: dict) -> str:
    """The final model's rows and the facts of texts that give no period at all: those stop at
    int_report_facts (the marts require a period), and extract prints the levels among them ('428 vårdplatser' of
    a fact page) with the period empty. A forecast, budget, deviation or change is of a time by nature (a year
    forecast, a period compared): undated it answers nothing, so it stays in int_report_facts, read and not
    published as every undated fact is (coverage: 'no report period'), and extract does not print it as a fact."""
    final = plan["models"][-1][0]
    undated = next(r for r, _, _ in plan["models"] if r.replace('"', "").endswith("." + UNDATED_FROM))
    columns = [d[0] for d in con.execute(f"select * from {final} limit 0").description]
    picked = ", ".join("null as period_key" if c == "period_key" else c for c in columns)
    return (
        f"select * from {final} union all "
        f"select {picked} from {undated} where period_start is null and measure = 'actual' "
        f"order by report_file, source_line, metric_code, measure, breakdown, period_end nulls first, fact_key"
    )


# --- stderr ----------------------------------------------------------------------------------------


class Progress:
    """Stage lines for the user, shown only once the call has taken longer than PROGRESS_AFTER_S: the
    stage under way when that second passes, and every stage after it."""

    def __init__(self, say, after: float = PROGRESS_AFTER_S):
        self.say, self.current, self.shown, self.lock = say, "", False, threading.Lock()
        self.started = time.perf_counter()
        self.timer = threading.Timer(after, self._late)
        self.timer.daemon = True
        self.timer.start()

    def stage(self, text: str, now: bool = False) -> None:
        """The stage under way; now: show it at once (it is known to be slow)."""
        with self.lock:
            self.current = text
            if now:
                self.shown = True
            if self.shown:
                self._say()

    def _late(self) -> None:
        with self.lock:
            if not self.shown and self.current:
                self.shown = True
                self._say()

    def _say(self) -> None:
        self.say(f"[dim]extract: {_escape(self.current)} ({time.perf_counter() - self.started:.1f} s)[/]")

    def stop(self) -> None:
        self.timer.cancel()


def _stderr_say():
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True).print


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(" ".join(text.splitlines()))


def _first_line(value) -> str:
    lines = str(value or "").strip().splitlines()
    return lines[0] if lines else ""


if __name__ == "__main__":  # python -m vardlager.single FILE...: the rows as JSON lines
    for fact in facts_of_reports(sys.argv[1:]):
        print(json.dumps(fact, ensure_ascii=False, default=str))
