"""Run `dbt build` in-process against one DuckDB file and turn its results into check rows."""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class DbtOutcome:
    ok: bool  # every model built and no test of severity error failed
    errors: list[str]  # one line per model or hard test that failed
    tests: list[tuple[str, str, str, int, str]]  # (layer, test name, status, failures, message)
    models_built: int
    unit_tests: frozenset[str] = frozenset()  # names of the tests above that are unit tests


def _layer(node) -> str:
    path = str(getattr(node, "original_file_path", "") or "")
    for layer in ("staging", "intermediate", "marts"):
        if f"/{layer}/" in f"/{path}":
            return layer
    return "seeds" if path.startswith("seeds") else "dbt"


def target_dir(db_path: Path) -> Path:
    """A dbt target folder per warehouse path, so builds of different files never share one."""
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:10]
    return PROJECT_DIR / "target" / f"{db_path.stem}-{digest}"


def _close_duckdb_environment() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in this process after an in-process invocation.

    Left open, the next build in the same process (a scheduler, a test session) would get that
    database back from DuckDB's instance cache when it connects to the same `<db>.tmp-<pid>` path,
    i.e. the file the previous build already published, and write into it.
    """
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:
        return
    with DuckDBConnectionManager._LOCK:
        env, DuckDBConnectionManager._ENV = DuckDBConnectionManager._ENV, None
        if env is not None:
            env.close()


def _profile_path(target: Path, db_name: str) -> Path:
    """The path dbt's profile names in every build of one warehouse (see _stable_path)."""
    return target / "build" / db_name.split(".tmp-")[0]


def _stable_path(build_db: Path, target: Path) -> Path:
    """A path for dbt's profile that is the same in every build of one warehouse: a symlink in the
    target folder, named like the warehouse (so DuckDB gives it the same catalog name), to this
    build's `<db>.tmp-<pid>` file. dbt re-parses the whole project whenever the profile changes
    (a new temporary path each build did: seconds per build); with a stable path it parses only
    what changed. Without symlinks (some file systems), the build file itself."""
    link = _profile_path(target, build_db.name)
    try:
        link.parent.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        Path(f"{link}.wal").unlink(missing_ok=True)  # left by a build that died: never replay it here
        link.symlink_to(build_db.resolve())
    except OSError:
        return build_db
    return link


def _release_stable_path(link: Path, build_db: Path) -> None:
    """Remove the symlink; a write-ahead log DuckDB left beside it belongs to the build file."""
    if link == build_db:
        return
    wal = Path(f"{link}.wal")
    if wal.exists():
        os.replace(wal, f"{build_db}.wal")
    link.unlink(missing_ok=True)


def cli_args(target: Path, logs: Path | None = None) -> list[str]:
    """The arguments every dbt command of the project takes: project, profiles, target folder, logs (in the
    target folder unless given), quiet and without colours or usage statistics."""
    return [
        "--project-dir",
        str(PROJECT_DIR),
        "--profiles-dir",
        str(PROJECT_DIR),
        "--target-path",
        str(target),
        "--log-path",
        str(logs or target / "logs"),
        "--quiet",
        "--log-level",
        "none",
        "--log-level-file",
        "none",
        "--no-use-colors",
        "--no-send-anonymous-usage-stats",
    ]


def parse_in_background(db_path: Path):
    """Import dbt and parse the project in a thread, while the build reads its reports (dbt's import
    and parse are ~3 s of a build; the reading is mostly I/O, Arrow and DuckDB, which let the thread
    run). Returns a function that waits for the parse and gives the manifest for run_dbt_build, or
    None when the parse failed (run_dbt_build then parses, and reports what is wrong)."""
    done: dict = {}

    def parse() -> None:
        try:
            from dbt.cli.main import dbtRunner

            target = target_dir(db_path)
            os.environ["VARDLAGER_BUILD_DB"] = str(_profile_path(target, db_path.name))  # as the build's
            # no manifest.json here: the build writes it when it is done
            result = dbtRunner().invoke(["parse", "--no-write-json", *cli_args(target)])
            done["manifest"] = result.result if result.success else None
        except Exception:  # the build's own dbt run says what is wrong
            pass
        finally:
            _close_duckdb_environment()

    thread = threading.Thread(target=parse, name="dbt-parse", daemon=True)
    thread.start()

    def manifest():
        thread.join()
        return done.get("manifest")

    return manifest


def run_dbt_build(
    build_db: Path, target: Path, select: list[str] | None = None, unit_tests: bool = True, manifest=None
) -> DbtOutcome:
    """`dbt build` of the project into build_db; unit_tests=False leaves out the unit tests (they test
    the SQL on fixed inputs, not the data: the caller knows they passed on this very code).
    manifest: the project as parse_in_background parsed it (else dbt parses it here)."""
    from dbt.cli.main import dbtRunner

    profile_db = _stable_path(build_db, target)
    if profile_db == build_db:
        manifest = None  # parsed for the stable path: the catalog names in it would not be this file's
    os.environ["VARDLAGER_BUILD_DB"] = str(profile_db)
    args = ["build", *cli_args(target)]
    if select:
        args += ["--select", *select]
    if not unit_tests:
        args += ["--exclude-resource-type", "unit_test"]
    try:
        result = dbtRunner(manifest=manifest).invoke(args)
    finally:
        _close_duckdb_environment()
        _release_stable_path(profile_db, build_db)
    return outcome_of(result)


def run_dbt_build_on_server(target: Path, dbt_target: str = "postgres", unit_tests: bool = True) -> DbtOutcome:
    """`dbt build` of the whole project on a server target of profiles.yml (postgres: the libpq
    variables say which server); the models land in the build schemas (macros/portable/syntax.sql
    build_schema_prefix). unit_tests=False leaves out the unit tests, as in run_dbt_build."""
    from dbt.cli.main import dbtRunner

    args = ["build", "--target", dbt_target, *cli_args(target)]
    if not unit_tests:
        args += ["--exclude-resource-type", "unit_test"]
    return outcome_of(dbtRunner().invoke(args))


def outcome_of(result) -> DbtOutcome:
    """What a `dbt build` invocation did: models built, tests and their results, errors."""
    if result.result is None or not hasattr(result.result, "results"):
        return DbtOutcome(False, [f"dbt did not run: {result.exception}"], [], 0)
    errors, tests, built, unit_test_names = [], [], 0, set()
    for r in result.result.results:
        node = r.node
        status = str(r.status.value if hasattr(r.status, "value") else r.status)
        kind = str(node.resource_type.value if hasattr(node.resource_type, "value") else node.resource_type)
        if kind in ("model", "seed", "snapshot"):
            if status == "success":
                built += 1
            else:
                errors.append(f"{kind} {node.name}: {status}: {(r.message or '').splitlines()[0] if r.message else ''}")
        elif kind in ("test", "unit_test"):
            failures = int(r.failures or 0)
            tests.append((_layer(node), node.name, status, failures, (r.message or "")[:500]))
            if kind == "unit_test":
                unit_test_names.add(node.name)
            if status in ("fail", "error"):
                errors.append(f"{kind} {node.name}: {status} ({failures} rows)")
    return DbtOutcome(result.success and not errors, errors, tests, built, frozenset(unit_test_names))
