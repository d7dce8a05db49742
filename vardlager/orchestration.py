"""Dagster definitions: the build as assets, on a daily schedule and a sensor on the reports folder.

Optional: `pip install -e '.[orchestration]'`, then `dagster dev -m vardlager.orchestration`
(set VARDLAGER_REPORTS and VARDLAGER_DB to point it at another folder or warehouse).

The asset graph is the same build as `vardlager build`, step by step, and its assets are thin wrappers
around the stage functions `vardlager build` calls (vardlager/pipeline.py: prefetch_reports, extract_stage,
check_layer, facts_by_domain, publish_file); only dbt runs through dagster-dbt, so that every model and
test is an asset or asset check of its own:

    reports/<table>       extraction (loaders, through the extraction cache) -> raw tables
      gx_raw              Great Expectations suite `raw` as blocking asset checks
    dbt seeds + models    dagster-dbt assets from the dbt manifest; dbt tests are their asset checks
      gx_staging, gx_marts  Great Expectations suites `staging` and `marts` as blocking asset checks
    warehouse             the published file, replaced atomically (under the warehouse lock)

Every step works on one build file beside the warehouse (`<db>.tmp-dagster`); the published
file changes only in the last asset, which runs only when no blocking check failed upstream.
The daily schedule and the sensor both launch the `build_warehouse` job; the sensor asks for a
run when the content of the reports folder changed (run key = hash of names and bytes), so an
unchanged folder never triggers a build. Run at most one build per warehouse at a time: limit
runs tagged `vardlager/warehouse` to 1 in dagster.yaml (concurrency: runs: tag_concurrency_limits);
the publish step takes the same lock as `vardlager build` in any case.
"""

import os
import re
import sys
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from vardlager.dbt_runner import PROJECT_DIR, _close_duckdb_environment, cli_args, target_dir
from vardlager.lock import warehouse_lock
from vardlager.pipeline import (
    carry_audit_history,
    check_layer,
    extract_stage,
    facts_by_domain,
    prefetch_reports,
    publish_file,
    record_checks,
)
from vardlager.raw import RAW_TABLES, write_changed_reports, write_raw

DBT_SOURCES = ("models", "macros", "seeds", "tests/dbt", "dbt_project.yml", "profiles.yml")
DAILY_CRON = "0 6 * * *"
TIMEZONE = "Europe/Stockholm"
PUBLISH_WAIT_SECONDS = 600.0
# a Great Expectations frame that is not a dbt model is checked on the model it is computed from
DERIVED_FRAME_MODEL = {"facts_per_report": "fct_report_facts"}
MARKUP = re.compile(r"\[/?[a-z ]*\]")


def default_reports_dir() -> Path:
    return Path(os.environ.get("VARDLAGER_REPORTS", PROJECT_DIR / "data" / "reports"))


def default_db_path() -> Path:
    return Path(os.environ.get("VARDLAGER_DB", PROJECT_DIR / "vardlager.duckdb"))


def build_file_for(db_path: Path) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".tmp-dagster")


def folder_fingerprint(reports_dir: Path) -> str:
    """A hash of the names and bytes of every report in the folder: changes exactly when its content does."""
    from vardlager.cache import folder_fingerprint as of_paths
    from vardlager.pipeline import report_paths

    return of_paths(report_paths(Path(reports_dir)) if Path(reports_dir).is_dir() else [])


def _newest_mtime(root: Path, names) -> float:
    newest = 0.0
    for name in names:
        path = root / name
        files = [path] if path.is_file() else list(path.rglob("*")) if path.is_dir() else []
        newest = max([newest, *(f.stat().st_mtime for f in files if f.is_file())])
    return newest


def ensure_manifest(project: DbtProject, build_file: Path) -> Path:
    """dbt's manifest.json for the asset graph, parsed again whenever a model, macro, seed or test changed.

    Parsed with the profile the build will use (its path is part of it), so that `dbt build` in the
    same target folder reuses this parse instead of parsing the whole project again.
    """
    manifest = project.manifest_path
    if manifest.exists() and manifest.stat().st_mtime >= _newest_mtime(project.project_dir, DBT_SOURCES):
        return manifest
    from dbt.cli.main import dbtRunner

    os.environ["VARDLAGER_BUILD_DB"] = str(build_file)

    target = project.project_dir / project.target_path
    result = dbtRunner().invoke(
        # (the project's folders: DbtProject is made with PROJECT_DIR as project and profiles folder)
        ["parse", *cli_args(target)]
    )
    _close_duckdb_environment()
    if not result.success or not manifest.exists():
        raise RuntimeError(f"dbt parse failed, no manifest for the Dagster definitions: {result.exception}")
    return manifest


class WarehousePaths(dg.ConfigurableResource):
    """Where the reports are and which warehouse file the build publishes."""

    reports_dir: str
    db_path: str

    @property
    def reports(self) -> Path:
        return Path(self.reports_dir)

    @property
    def db(self) -> Path:
        return Path(self.db_path).resolve()

    @property
    def build_file(self) -> Path:
        return build_file_for(self.db)


def _logger(context):
    return lambda msg: context.log.info(MARKUP.sub("", str(msg)))


def _check_result(layer: str, rows, asset_key: dg.AssetKey) -> dg.AssetCheckResult:
    failed = [r for r in rows if r.status == "failed"]
    warned = [r for r in rows if r.status == "warned"]
    worst = failed or warned
    return dg.AssetCheckResult(
        asset_key=asset_key,
        check_name=f"gx_{layer}",
        passed=not worst,
        severity=dg.AssetCheckSeverity.ERROR if failed else dg.AssetCheckSeverity.WARN,
        metadata={
            "expectations": len(rows),
            "failed": len(failed),
            "warned": len(warned),
            "problems": "\n".join(f"{r.status} {r.check}: {r.failing_rows} rows {r.sample}" for r in worst)[:4000],
        },
    )


def _gx_check(layer: str, table_keys: dict[str, dg.AssetKey], fallback: dg.AssetKey):
    """One blocking asset check per table the layer's suite validates, from one checkpoint run of the layer."""
    specs = [
        dg.AssetCheckSpec(
            f"gx_{layer}", asset=key, blocking=True, description=f"Great Expectations suite `{layer}` on this table"
        )
        for key in dict.fromkeys(table_keys.values())
    ]

    @dg.multi_asset_check(specs=specs, name=f"gx_{layer}", required_resource_keys={"paths"})
    def check(context):
        paths: WarehousePaths = context.resources.paths
        con = duckdb.connect(str(paths.build_file))
        try:
            rows = check_layer(con, layer)
            record_checks(con, context.run.run_id[:12], rows)
        finally:
            con.close()
        by_key: dict[dg.AssetKey, list] = {key: [] for key in table_keys.values()}
        for row in rows:
            table = row.check.split(".")[1]
            by_key[table_keys.get(table, fallback)].append(row)
        for key, key_rows in by_key.items():
            yield _check_result(layer, key_rows, key)

    return check


def build_definitions(reports_dir: Path | None = None, db_path: Path | None = None) -> dg.Definitions:
    """The definitions for one reports folder and one warehouse file (defaults: VARDLAGER_REPORTS, VARDLAGER_DB)."""
    from gx.suites import SUITES

    reports_dir = Path(reports_dir or default_reports_dir())
    db_path = Path(db_path or default_db_path()).resolve()
    # dbt's folder of this warehouse (as `vardlager build` uses), so builds of other files never share it
    project = DbtProject(project_dir=PROJECT_DIR, profiles_dir=PROJECT_DIR, target_path=target_dir(db_path) / "dagster")
    manifest = ensure_manifest(project, build_file_for(db_path))
    project_target = project.project_dir / project.target_path
    translator = DagsterDbtTranslator()

    raw_keys = {table: dg.AssetKey(["reports", table]) for table in RAW_TABLES}  # the dbt source `reports`

    @dg.multi_asset(
        specs=[
            dg.AssetSpec(
                key,
                group_name="extraction",
                kinds={"python", "duckdb"},
                description=f"raw.{table}: what the loaders read from every report",
            )
            for table, key in raw_keys.items()
        ],
        required_resource_keys={"paths"},
    )
    def extract_reports(context):
        """Every report of the folder through the loaders (cached by sha256 + loader fingerprint) into raw.*."""
        paths: WarehousePaths = context.resources.paths
        if not paths.reports.is_dir():
            raise dg.Failure(f"{paths.reports}: not a folder of reports")
        extracted = extract_stage(*prefetch_reports(paths.reports, paths.db), _logger(context))
        if not extracted.reports:
            raise dg.Failure(f"{paths.reports}: no readable reports")
        paths.build_file.unlink(missing_ok=True)
        Path(str(paths.build_file) + ".wal").unlink(missing_ok=True)
        con = duckdb.connect(str(paths.build_file))
        try:
            counts = write_raw(con, extracted.records)
            write_changed_reports(con, extracted.changed)  # every loaded report: the models are built whole
        finally:
            con.close()
        for table, key in raw_keys.items():
            yield dg.MaterializeResult(
                asset_key=key,
                metadata={
                    "rows": counts[table],
                    "reports": extracted.reports,
                    "from_cache": extracted.from_cache,
                    "unreadable": ", ".join(extracted.bad_files),
                },
            )

    @dbt_assets(
        manifest=manifest, project=project, dagster_dbt_translator=translator, required_resource_keys={"paths", "dbt"}
    )
    def dbt_models(context):
        """dbt seeds, models and tests (as asset checks) on the build file."""
        os.environ["VARDLAGER_BUILD_DB"] = str(context.resources.paths.build_file)
        # the manifest's own target folder: dbt reuses its partial parse instead of parsing the project again
        yield from context.resources.dbt.cli(["build"], context=context, target_path=project_target).stream()

    def model_key(name: str) -> dg.AssetKey:
        node = next(n for n in translator_nodes if n["name"] == name)
        return translator.get_asset_key(node)

    import json

    manifest_json = json.loads(Path(manifest).read_text(encoding="utf-8"))
    translator_nodes = [n for n in manifest_json["nodes"].values() if n["resource_type"] in ("model", "seed")]
    model_names = {n["name"] for n in translator_nodes}
    marts_keys = [
        translator.get_asset_key(n)
        for n in translator_nodes
        if n["resource_type"] == "model" and n["config"].get("schema") == "marts"
    ]

    checks = [
        _gx_check(
            "raw",
            {table: raw_keys[table] for table in dict.fromkeys(e[0] for e in SUITES["raw"]) if table in raw_keys},
            raw_keys["documents"],
        )
    ]
    for layer in ("staging", "marts"):
        tables = dict.fromkeys(e[0] for e in SUITES[layer])
        keys = {
            t: model_key(DERIVED_FRAME_MODEL.get(t, t)) for t in tables if DERIVED_FRAME_MODEL.get(t, t) in model_names
        }
        fallback = keys.get(next(iter(tables))) or marts_keys[0]
        checks.append(_gx_check(layer, keys, fallback))

    @dg.asset(deps=marts_keys, group_name="publish", kinds={"duckdb"}, required_resource_keys={"paths"})
    def warehouse(context) -> dg.MaterializeResult:
        """The published warehouse: the build file copied over it atomically, after every blocking check passed."""
        paths: WarehousePaths = context.resources.paths
        build_file, db = paths.build_file, paths.db
        with warehouse_lock(db, PUBLISH_WAIT_SECONDS, _logger(context)):
            con = duckdb.connect(str(build_file))
            try:
                carry_audit_history(con, db)
                facts = facts_by_domain(con)
                con.execute("checkpoint")
            finally:
                con.close()
            publish_file(build_file, db, keep_build_file=True)
        return dg.MaterializeResult(metadata={"path": str(db), **{f"facts_{d}": n for d, n in facts.items()}})

    build_job = dg.define_asset_job(
        "build_warehouse", selection=dg.AssetSelection.all(), tags={"vardlager/warehouse": db_path.name}
    )
    daily = dg.ScheduleDefinition(
        name="daily_build", job=build_job, cron_schedule=DAILY_CRON, execution_timezone=TIMEZONE
    )

    @dg.sensor(job=build_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
    def reports_folder_sensor(context: dg.SensorEvaluationContext):
        """A build whenever a report is added, removed, renamed or changed in the reports folder."""
        fingerprint = folder_fingerprint(reports_dir)
        if fingerprint == context.cursor:
            return dg.SkipReason(f"{reports_dir}: unchanged")
        context.update_cursor(fingerprint)
        return dg.RunRequest(run_key=fingerprint)

    dbt_executable = Path(sys.executable).with_name("dbt")
    return dg.Definitions(
        assets=[extract_reports, dbt_models, warehouse],
        asset_checks=checks,
        jobs=[build_job],
        schedules=[daily],
        sensors=[reports_folder_sensor],
        resources={
            "paths": WarehousePaths(reports_dir=str(reports_dir), db_path=str(db_path)),
            "dbt": DbtCliResource(
                project_dir=project, dbt_executable=str(dbt_executable) if dbt_executable.exists() else "dbt"
            ),
        },
        executor=dg.in_process_executor,
    )


@dg.definitions
def defs() -> dg.Definitions:
    """The entry point of `dagster dev -m vardlager.orchestration`: built on load, not on import."""
    return build_definitions()
