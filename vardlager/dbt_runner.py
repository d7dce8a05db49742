"""Run `dbt build` in-process against one DuckDB file and turn its results into check rows."""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PARSE_ROOT = PROJECT_DIR / "target" / "parse"  # dbt's parse of the project, shared by every build (ParseSlot)
PARSE_SLOTS = 4  # builds that share parses at the same time; more parse alone
# the file name dbt's profile gives every build's file, whatever the warehouse is called: the profile (and so
# dbt's parse) is the same for all. It names the DuckDB catalog only while dbt builds: ref() and source()
# leave the catalog out (macros/relations_in_own_catalog.sql), so the views of the published file read
# its own tables under any name.
PROFILE_DB = "vardlager.duckdb"


@dataclass(frozen=True)
class DbtOutcome:
    ok: bool  # every model built and no test of severity error failed
    errors: list[str]  # one line per model or hard test that failed
    tests: list[tuple[str, str, str, int, str]]  # (layer, test name, status, failures, message)
    models_built: int
    # names of the tests above whose result is a function of the dbt code alone: the unit tests and, in
    # run_dbt_build, the data tests that read seeds and models of seeds alone only (code_only_tests); a build on
    # the same code carries them
    unit_tests: frozenset[str] = frozenset()
    catalog: str = ""  # the database (DuckDB catalog) name the compiled SQL of the nodes qualifies relations with


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


def _profile_path(target: Path) -> Path:
    """The path dbt's profile names in every build of one warehouse without a ParseSlot (see _stable_path)."""
    return target / "build" / PROFILE_DB


class ParseSlot:
    """One of PARSE_SLOTS folders where dbt keeps its parse of the project (partial_parse.msgpack) for
    every build, held by one build at a time (a lock).

    dbt re-parses the whole project (~5 s of CPU) when the profile differs from its last parse, and the
    profile names a path. A build gives dbt the slot's stable path (a second name of its build file,
    PROFILE_DB whatever the warehouse is called), so a warehouse built for the first time (a test's, a
    new folder's, a new name's) parses only what changed since any build in the slot, or nothing when
    `python -m vardlager.dbt_runner parse` (make setup) parsed the project at install. When every slot
    is held (builds at the same time), the build uses its own target folder (`target`: the first build of
    a warehouse parses the whole project)."""

    def __init__(self, target: Path):
        self.folder, self._handle = target, None
        for slot in range(PARSE_SLOTS):
            folder = PARSE_ROOT / f"slot-{slot}"
            folder.mkdir(parents=True, exist_ok=True)
            handle = (folder / "lock").open("a")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                continue
            self.folder, self._handle = folder, handle
            break

    @property
    def shared(self) -> bool:
        return self._handle is not None

    @property
    def profile_path(self) -> Path:
        """The path dbt's profile names: the same in every build that holds this slot."""
        return self.folder / PROFILE_DB if self.shared else _profile_path(self.folder)

    @property
    def parse_file(self) -> Path:
        """Where the slot keeps dbt's parse of the project."""
        return self.folder / "partial_parse.msgpack"

    def parse_args(self) -> list[str]:
        """dbt arguments that read the slot's parse (dbt writes its parse to the target folder)."""
        return ["--partial-parse-file-path", str(self.parse_file)] if self.shared else []

    def keep_parse_of(self, target: Path, since: float = 0.0) -> None:
        """The parse dbt wrote to `target` (a build that parsed) as the slot's, replaced in one rename;
        since: only a file written at or after this time.time() (dbt writes none when nothing changed)."""
        made = target / "partial_parse.msgpack"
        if self.shared and made.exists() and made.stat().st_mtime >= since:
            staged = self.parse_file.with_name(f"{self.parse_file.name}.tmp-{os.getpid()}")
            staged.write_bytes(made.read_bytes())
            os.replace(staged, self.parse_file)

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)  # explicitly: a forked child may hold the file too
            self._handle.close()
            self._handle = None


def _stable_path(build_db: Path, target: Path, slot: ParseSlot | None = None) -> Path:
    """A path for dbt's profile that is the same in every build of one warehouse (of every warehouse,
    with a ParseSlot): a hard link named PROFILE_DB to this build's `<db>.tmp-<pid>` file. dbt re-parses
    the whole project whenever the profile changes (a new temporary path each build did: seconds per
    build); with a stable path it parses only what changed. A hard link, not a symlink: DuckDB names the
    catalog after the file it opens, and it resolves a symlink to the build file's name, which differs
    between warehouses. Without hard links (the build file on another file system), the build file itself."""
    link = slot.profile_path if slot else _profile_path(target)
    try:
        link.parent.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        Path(f"{link}.wal").unlink(missing_ok=True)  # left by a build that died: never replay it here
        os.link(build_db, link)
    except OSError:
        return build_db
    return link


def _release_stable_path(link: Path, build_db: Path) -> None:
    """Remove the link; a write-ahead log DuckDB left beside it belongs to the build file."""
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
    None when the parse failed (run_dbt_build then parses, and reports what is wrong). The parse is
    kept in a ParseSlot, held until `release()` of the returned function (after run_dbt_build), which
    gives run_dbt_build its `slot` (`.slot`)."""
    done: dict = {}
    target = target_dir(db_path)
    slot = ParseSlot(target)

    def parse() -> None:
        try:
            from dbt.cli.main import dbtRunner

            os.environ["VARDLAGER_BUILD_DB"] = str(slot.profile_path)  # as the build's
            # no manifest.json here: the build writes it when it is done; the parse is kept in the slot
            where = cli_args(slot.folder if slot.shared else target)
            result = dbtRunner().invoke(["parse", "--no-write-json", *where])
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

    def release() -> None:
        thread.join()
        slot.release()

    manifest.slot = slot  # type: ignore[attr-defined]
    manifest.release = release  # type: ignore[attr-defined]
    return manifest


# every node of a build but the seeds: the models and every data test, each selected by its type (an --exclude of
# the seeds would also drop, by dbt's indirect selection, the tests that read a seed and a model: relationships
# to a seed, the checks of a model against a seed's vocabulary); the unit tests are left out or not as ever
WITHOUT_SEEDS = ("resource_type:model", "resource_type:test")


def code_only_models(manifest) -> frozenset[str]:
    """Names of the models every input of which is a seed or such a model (dim_metric, glossary): like a seed,
    their table is a function of the dbt code (vardlager/cache.py dbt_fingerprint covers the seeds, models and
    macros). Empty without a manifest."""
    if manifest is None:
        return frozenset()
    nodes = manifest.nodes
    known: dict[str, bool] = {}

    def of_code_only(uid: str) -> bool:
        if uid.startswith("seed."):
            return True
        if uid not in known:
            node = nodes.get(uid)  # a source is no node: data
            known[uid] = node is not None and all(of_code_only(parent) for parent in node.depends_on.nodes)
        return known[uid]

    return frozenset(
        node.name
        for uid, node in nodes.items()
        if str(getattr(node.resource_type, "value", node.resource_type)) == "model" and of_code_only(uid)
    )


def without_code_only(manifest) -> tuple[str, ...]:
    """What a build on a copy of the published warehouse of the same code selects (WITHOUT_SEEDS), the models
    its seeds alone make (code_only_models) left out too: the copy holds their tables as this code builds them.
    Every data test is still selected by its type, so the tests that read such a model run on its kept table."""
    kept = code_only_models(manifest)
    if not kept:
        return WITHOUT_SEEDS
    built = sorted(
        node.name
        for node in manifest.nodes.values()
        if str(getattr(node.resource_type, "value", node.resource_type)) == "model" and node.name not in kept
    )
    return (*built, "resource_type:test")


def run_dbt_build(
    build_db: Path,
    target: Path,
    select: list[str] | None = None,
    unit_tests: bool = True,
    manifest=None,
    slot: ParseSlot | None = None,
    carried: frozenset[str] = frozenset(),
    code: str = "",
    seeds_loaded: bool = False,
) -> DbtOutcome:
    """`dbt build` of the project into build_db; unit_tests=False leaves out the unit tests (they test
    the SQL on fixed inputs, not the data: the caller knows they passed on this very code), and the data
    tests that read seeds and models of seeds alone only (code_only_tests) among `carried` (names of tests
    that passed on this code).
    manifest: the project as parse_in_background parsed it in `slot` (else dbt parses it here, from a
    ParseSlot of its own). code: the dbt code's fingerprint (vardlager/cache.py dbt_fingerprint), for
    ManifestStamp: the target's manifest.json is written again only when the code or selection changed.
    seeds_loaded: build_db already holds this code's seeds (a copy of the published warehouse of the same
    project fingerprint, which covers the seeds' CSV and YAML): they are not loaded again, nor the models they alone
    make built again (without_code_only)."""
    from dbt.cli.main import dbtRunner

    own_slot = slot is None
    slot = ParseSlot(target) if own_slot else slot
    try:
        profile_db = _stable_path(build_db, target, slot)
        if profile_db == build_db:
            manifest = None  # parsed for the stable path: the catalog names in it would not be this file's
        os.environ["VARDLAGER_BUILD_DB"] = str(profile_db)
        args = ["build", *cli_args(target), *slot.parse_args()]
        if select:
            args += ["--select", *select]
        elif seeds_loaded:
            args += ["--select", *without_code_only(manifest)]  # the manifest is the whole project's all the same
        code_only = code_only_tests(manifest)
        if not unit_tests:
            args += ["--exclude-resource-type", "unit_test"]
            if code_only & carried:
                args += ["--exclude", *sorted(code_only & carried)]
        stamp = ManifestStamp(target, f"{code}|{select!r}") if code and manifest is not None else None
        kept = stamp is not None and stamp.is_current()
        if kept:
            args += ["--no-write-json"]  # run_results.json is written below
        started = time.time()
        try:
            result = dbtRunner(manifest=manifest).invoke(args)
        finally:
            _close_duckdb_environment()
            _release_stable_path(profile_db, build_db)
        if kept and hasattr(result.result, "write"):
            result.result.write(str(target / "run_results.json"))
        elif stamp is not None:
            stamp.record(since=started)
        if manifest is None and profile_db != build_db:  # dbt parsed here, for the slot's path: keep it
            slot.keep_parse_of(target, since=started)
    finally:
        if own_slot:
            slot.release()
    outcome = outcome_of(result)
    ran = {name for _, name, _, _, _ in outcome.tests}
    return dataclasses.replace(outcome, unit_tests=outcome.unit_tests | (code_only & ran))


@dataclass(frozen=True)
class ManifestStamp:
    """Which dbt code and selection the manifest.json in a target folder describes. dbt writes the
    manifest after every build (~0.5 s of CPU at the end of it), the same again while the code is the
    same (only its invocation id and time differ); `vardlager docs` reads it (vardlager/docs.py). A
    build of a warehouse whose target already holds the manifest of this code leaves it as it is."""

    target: Path
    key: str  # dbt code fingerprint and selection

    @property
    def path(self) -> Path:
        return self.target / "manifest.json.code"

    def is_current(self) -> bool:
        try:
            return (self.target / "manifest.json").exists() and self.path.read_text(encoding="utf-8") == self.key
        except OSError:
            return False

    def record(self, since: float) -> None:
        """The key, when dbt wrote manifest.json at or after `since` (time.time()); else none."""
        manifest = self.target / "manifest.json"
        try:
            if manifest.stat().st_mtime >= since:
                self.path.write_text(self.key, encoding="utf-8")
                return
        except OSError:
            pass
        self.path.unlink(missing_ok=True)


def code_only_tests(manifest) -> frozenset[str]:
    """Names of the data tests every input of which is a seed or a model of seeds alone (code_only_models): a
    seed's column checks and unique keys, and the checks of dim_region, dim_metric, glossary. Like a unit test,
    such a test's result is a function of the dbt code (vardlager/cache.py dbt_fingerprint covers the seeds' CSV
    and YAML, the models, the macros and dbt), so a build on the same code carries it over instead of running
    it. Empty without a manifest (then every test runs)."""
    if manifest is None:
        return frozenset()
    kept = code_only_models(manifest)
    made_of_code = {
        uid
        for uid, node in manifest.nodes.items()
        if str(getattr(node.resource_type, "value", node.resource_type)) == "model" and node.name in kept
    }
    return frozenset(
        node.name
        for node in manifest.nodes.values()
        if str(getattr(node.resource_type, "value", node.resource_type)) == "test"
        and node.depends_on.nodes
        and all(uid.startswith("seed.") or uid in made_of_code for uid in node.depends_on.nodes)
    )


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
    errors, tests, built, unit_test_names, catalog = [], [], 0, set(), ""
    for r in result.result.results:
        node = r.node
        catalog = catalog or str(getattr(node, "database", "") or "")
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
    return DbtOutcome(result.success and not errors, errors, tests, built, frozenset(unit_test_names), catalog)


def parse_for_builds(make_raw_tables=None, template: Path | None = None) -> tuple[bool, DbtOutcome | None]:
    """dbt's parse of the project made ahead of any build, in the first free ParseSlot, exactly as a build
    makes it (parse_in_background): `make setup` runs it (`python -m vardlager.dbt_runner parse`), so the
    first build after install, of any warehouse, does not parse the project (~5 s of CPU). Later changes
    to the project are parsed by the builds as before (only what changed). Returns whether the slot holds
    a parse of the project as it is now, and, with make_raw_tables (a function that creates the raw
    tables, empty, on a DuckDB connection), the outcome of the dbt unit tests run once on that parse
    (unit_tests_on_empty_tables; None when they could not run); template: where to keep the seeds' file it makes
    (seeds_template)."""
    slot = ParseSlot(PARSE_ROOT / "install")
    try:
        if not slot.shared:  # every slot held by a build: they parse for themselves
            return False, None
        from dbt.cli.main import dbtRunner

        os.environ["VARDLAGER_BUILD_DB"] = str(slot.profile_path)
        parsed = dbtRunner().invoke(["parse", "--no-write-json", *cli_args(slot.folder)])
        if not parsed.success or make_raw_tables is None:
            return bool(parsed.success), None
        return True, unit_tests_on_empty_tables(slot, parsed.result, make_raw_tables, template)
    finally:
        _close_duckdb_environment()
        slot.release()


def seeds_template(code: str) -> Path:
    """Where the install keeps a DuckDB file of the seeds and of the models of seeds alone (code_only_models) as
    the dbt code `code` (vardlager/cache.py dbt_fingerprint) builds them, with their comments: a new warehouse
    starts from a copy of it instead of loading the 21 seeds again (vardlager/pipeline.py)."""
    return PARSE_ROOT / f"seeds-{code[:20]}.duckdb"


def unit_tests_on_empty_tables(slot: ParseSlot, manifest, make_raw_tables, template: Path | None = None) -> DbtOutcome:
    """The dbt unit tests and the data tests whose inputs are seeds and models of seeds alone (code_only_tests):
    the unit tests run on a scratch DuckDB file in the slot: the raw tables created empty, the seeds loaded and
    the models built empty (`--empty`: a unit test reads the columns of the relations its fixtures stand for,
    and its fixtures are all it reads); the seeds, the models of seeds alone and those data tests in a second run
    without `--empty` on a file of their own (with it, their ref() would read no rows and pass whatever the
    seeds hold). These are the tests whose result is a function of the dbt code alone, so their result here is
    their result in any build on the same code (a build carries the same set: run_dbt_build); the outcome's
    unit_tests name them. The scratch file is deleted; the second run's file is kept as `template` (seeds_template)
    when every node of it passed, else deleted."""
    import duckdb
    from dbt.cli.main import dbtRunner

    scratch = slot.folder / "unit-tests.duckdb"
    seeded = slot.folder / "seeds.duckdb"
    code_only = code_only_tests(manifest)
    runs = [(scratch, ["build", "--empty", "--exclude-resource-type", "test"])]
    runs.append(
        (
            seeded,
            [
                "build",
                "--select",
                "resource_type:seed",
                *sorted(code_only_models(manifest)),
                *sorted(code_only),
                "--indirect-selection",
                "cautious",  # no test of a model that is not built here
                "--exclude-resource-type",
                "unit_test",
            ],
        )
    )
    outcomes = []
    try:  # the scratch files are deleted whatever fails, their creation included
        for db, run in runs:
            for leftover in (db, Path(f"{db}.wal")):
                leftover.unlink(missing_ok=True)
            with duckdb.connect(str(db)) as con:
                if db == scratch:
                    make_raw_tables(con)
            profile_db = _stable_path(db, slot.folder, slot)
            os.environ["VARDLAGER_BUILD_DB"] = str(profile_db)
            try:
                args = [*run, "--no-write-json", *cli_args(slot.folder), *slot.parse_args()]
                outcomes.append(outcome_of(dbtRunner(manifest=manifest).invoke(args)))
            finally:
                _close_duckdb_environment()
                _release_stable_path(profile_db, db)
        if template is not None and all(outcome.ok for outcome in outcomes):
            with duckdb.connect(str(seeded)) as con:
                con.execute("checkpoint")
            for old in template.parent.glob("seeds-*.duckdb"):  # another dbt code's
                old.unlink(missing_ok=True)
            os.replace(seeded, template)
    finally:
        _close_duckdb_environment()
        for db, _ in runs:
            for leftover in (db, Path(f"{db}.wal")):
                leftover.unlink(missing_ok=True)
    tests = [test for outcome in outcomes for test in outcome.tests]
    return DbtOutcome(
        ok=all(outcome.ok for outcome in outcomes),
        errors=[error for outcome in outcomes for error in outcome.errors],
        tests=tests,
        models_built=sum(outcome.models_built for outcome in outcomes),
        unit_tests=outcomes[0].unit_tests
        | (code_only & {name for _, name, status, _, _ in tests if status != "skipped"}),
        catalog=outcomes[0].catalog,
    )


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["parse"]:
        raise SystemExit("usage: python -m vardlager.dbt_runner parse")
    from vardlager.pipeline import prepare_for_builds
    from vardlager.single import ExtractError, compiled_models

    if not prepare_for_builds():
        raise SystemExit(1)
    try:  # the plan `vardlager extract` runs, compiled from this parse: the first extract after install needs none
        compiled_models()
    except ExtractError as error:
        raise SystemExit(f"vardlager extract: {error}") from None
