"""Scheduled rebuilds: the extraction cache, a warehouse that mirrors its reports folder, stable keys,
and builds that start from the published warehouse (vardlager/pipeline.py published_readings).

The builds of one folder, run once for the module (a build costs 10-30 s):
1. cold: the five bundled reports plus a byte-identical copy of one under another name;
2. unchanged: from the published warehouse, with nothing to replace (the loaders are made to fail if
   called); then `--if-changed`, which does nothing;
3. added: one new report (another's text with a line added), from the published warehouse;
4. changed, with `--if-changed`: one report removed and one changed (a sentence added that names "VO
   Barnpsykiatri", which makes "Barnpsykiatrin" of two untouched reports of its region that unit: their
   statements are keyed anew), from the published warehouse that step 3 made; then the same folder built
   whole, which must give every raw, intermediate and mart table row for row (the added report's rows, kept
   from step 3, included: one whole build checks both steps, which saves CI two builds);
5. bad row: one more report whose reading holds a table cell twice (the same cell_id) and a cell of a report that is
   not in the folder, from the published warehouse: the checks of the per-report rows leave out the kept reports'
   rows only, and both fail the build (the orphan cell is of no changed report either).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

import vardlager.cache
import vardlager.pipeline
from loaders.records import LOADER_VERSION
from vardlager.cache import BuildStamp, ExtractionCache, cache_dir_for, loader_fingerprint
from vardlager.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
SMALLEST = min(REPORTS, key=lambda p: p.stat().st_size)
ORPHAN = "no_such_report.txt"  # a report file a bad reading names that no document row has
COPY = "zz_copy_of_first.txt"  # sorts after its original, so the original is the one loaded
FACT_COLUMNS = (
    "fact_key, report_file, org_unit_name, period_start, period_end, metric_code, measure, value, "
    "unit, source_line, source_quote, is_verified"
)


def facts(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"select {FACT_COLUMNS} from marts.fct_report_facts order by fact_key").fetchall()
    finally:
        con.close()


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# every table of these schemas, compared row for row between a build from the published warehouse and a
# whole one; raw.changed_reports differs by design (what each build replaced), audit holds each build's own checks
COMPARED_SCHEMAS = ("raw", "intermediate", "marts")
NOT_COMPARED = {("raw", "changed_reports")}


def tables_of(db: Path) -> dict[str, list[tuple]]:
    """{schema.table: its rows, sorted} of every table of COMPARED_SCHEMAS."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ? order by 1, 2",
            [list(COMPARED_SCHEMAS)],
        ).fetchall()
        return {
            f"{schema}.{table}": sorted(con.execute(f"select * from {schema}.{table}").fetchall(), key=repr)
            for schema, table in names
            if (schema, table) not in NOT_COMPARED
        }
    finally:
        con.close()


# a VO named by the changed report that takes in a unit two untouched reports name (int_org_units vo_forms)
NEW_VO_SENTENCE = "\nVårdtillfällena inom VO Barnpsykiatri har ökat med 3,5 procent jämfört med föregående år.\n"
MOVED_UNIT = "Barnpsykiatrin"


def models_built_incrementally(target: Path) -> set[str]:
    """The models of the last dbt run in target whose SQL read raw.changed_reports, or the reports they hold no
    rows of (macros/changed_reports.sql report_without_rows): built for some reports only."""
    import json

    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
    return {
        r["unique_id"].split(".")[-1]
        for r in results
        if r["unique_id"].startswith("model.")
        and any(mark in (r.get("compiled_code") or "") for mark in ("changed_reports", "kept.report_file"))
    }


def run_nodes(target: Path) -> set[str]:
    """The unique ids of the nodes the last dbt run in target ran (seeds, models, tests, ...)."""
    import json

    return {r["unique_id"] for r in json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]}


def code_only_models_of(target: Path) -> set[str]:
    """The models every input of which is a seed or such a model (manifest.json), and the data tests that read one."""
    import json

    parents = json.loads((target / "manifest.json").read_text(encoding="utf-8"))["parent_map"]
    known: dict[str, bool] = {}

    def code_only(uid: str) -> bool:
        if uid not in known:
            known[uid] = uid.startswith("seed.") or (
                uid.startswith("model.") and all(code_only(parent) for parent in parents[uid])
            )
        return known[uid]

    models = {uid for uid in parents if uid.startswith("model.") and code_only(uid)}
    return models | {uid for uid, ups in parents.items() if uid.startswith("test.") and set(ups) & models}


def seed_and_model_tests_of(target: Path) -> set[str]:
    """The data tests that read a seed and a model (manifest.json): an --exclude of the seeds would drop them."""
    import json

    parents = json.loads((target / "manifest.json").read_text(encoding="utf-8"))["parent_map"]
    return {
        uid
        for uid, ups in parents.items()
        if uid.startswith("test.")
        and any(u.startswith("seed.") for u in ups)
        and any(u.startswith("model.") for u in ups)
    }


@dataclass
class Builds:
    folder: Path
    db: Path
    cold: object
    cold_facts: list
    unchanged: object
    unchanged_facts: list
    skipped: object
    skipped_seconds: float
    skipped_kept_file: bool
    added_build: object
    added_facts: list
    changed: object
    changed_facts: list
    removed: str
    added: str
    edited: str
    dbt_json: dict  # {build: (manifest.json, run_results.json) modification times in its target folder}
    # {build: (the tables of the build from the published warehouse, of the whole build of the same folder)}
    compared: dict
    incremental: dict  # {build: the models its dbt run built for the changed reports only}
    ran: dict  # {build: the nodes its dbt run ran}
    bad: object  # the build of a report with a cell read twice
    seed_and_model_tests: set  # the data tests that read a seed and a model
    code_only_nodes: set  # the models of seeds alone, and the data tests that read one
    unchanged_tables: dict
    cold_tables: dict


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Builds:
    folder = tmp_path_factory.mktemp("reports")
    db = tmp_path_factory.mktemp("incremental") / "v.duckdb"
    for report in REPORTS:
        shutil.copyfile(report, folder / report.name)
    shutil.copyfile(REPORTS[0], folder / COPY)
    # this module's own record of the unit tests that passed (vardlager.pipeline.UNIT_TEST_RECORD): the
    # cold build has nothing to carry over from, whatever other builds of the checkout ran
    record = tmp_path_factory.mktemp("unit-test-record") / "unit_tests.json"
    isolated = pytest.MonkeyPatch()
    isolated.setattr(vardlager.pipeline, "UNIT_TEST_RECORD", record)
    # nor the install's file of seeds (dbt_runner.seeds_template): the cold build loads them and builds every model
    isolated.setattr(vardlager.pipeline, "seeds_template", lambda code: record.with_name("no-seeds.duckdb"))
    try:
        return _three_builds(folder, db, record)
    finally:
        isolated.undo()


def _three_builds(folder: Path, db: Path, record: Path) -> Builds:
    target = vardlager.pipeline.target_dir(db)
    dbt_json = {}

    def dbt_json_times() -> tuple[int, int]:
        return tuple((target / name).stat().st_mtime_ns for name in ("manifest.json", "run_results.json"))

    cold = build(folder, db)
    assert cold.published, cold.errors
    cold_facts = facts(db)
    cold_tables = tables_of(db)
    ran = {"cold": run_nodes(target)}
    dbt_json["cold"] = dbt_json_times()
    recorded = vardlager.pipeline.recorded_unit_tests(vardlager.cache.dbt_fingerprint(), record)
    assert recorded and {c.ran_in_build for c in recorded} == {cold.build_id}  # a new warehouse carries them

    def not_again(report_file, data):
        raise AssertionError(f"{report_file} was parsed again although its bytes did not change")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(vardlager.cache, "extract_text", not_again)
        unchanged = build(folder, db)
    assert unchanged.published, unchanged.errors
    unchanged_facts = facts(db)
    unchanged_tables = tables_of(db)
    dbt_json["unchanged"] = dbt_json_times()

    before = db.read_bytes()
    started = time.monotonic()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(vardlager.pipeline, "_build", lambda *args: pytest.fail("built although nothing changed"))
        skipped = build(folder, db, if_changed=True)
    skipped_seconds = time.monotonic() - started
    skipped_kept_file = db.read_bytes() == before

    compared, incremental = {}, {}

    def then_whole() -> None:
        """The tables of the build just made, and of the same folder built whole."""
        fast = tables_of(db)
        whole = build(folder, db, whole=True)
        assert whole.published, whole.errors
        compared["changed"] = (fast, tables_of(db))

    removed, source, edited = REPORTS[-1].name, REPORTS[1], REPORTS[2].name
    added = "aa_new_report.txt"
    (folder / added).write_bytes(source.read_bytes() + b"\nBilaga: ingen.\n")
    added_build = build(folder, db)
    assert added_build.published, added_build.errors
    added_facts = facts(db)
    incremental["added"] = models_built_incrementally(target)
    ran["added"] = run_nodes(target)

    (folder / removed).unlink()
    (folder / edited).write_bytes((folder / edited).read_bytes() + NEW_VO_SENTENCE.encode())
    changed = build(folder, db, if_changed=True)
    assert changed.published, changed.errors
    changed_facts = facts(db)
    incremental["changed"] = models_built_incrementally(target)
    then_whole()

    bad_row = "ab_bad_row.txt"
    (folder / bad_row).write_bytes(REPORTS[0].read_bytes() + b"\nBilaga: ingen.\n")
    real_extract = vardlager.cache.extract_text

    def with_a_cell_twice(report_file, data):
        extraction = real_extract(report_file, data)
        if report_file == bad_row:
            extraction.cells.append(extraction.cells[0])
            # and a cell of a report the folder has not (no document row): not one of the build's changed reports
            extraction.cells.append(dataclasses.replace(extraction.cells[0], report_file=ORPHAN))
        return extraction

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(vardlager.cache, "extract_text", with_a_cell_twice)
        bad = build(folder, db)
    # the folder and the cache as the published build left them (its reading is cached as it was read)
    key = vardlager.cache.entry_key(bad_row, hashlib.sha256((folder / bad_row).read_bytes()).hexdigest())
    for entry in cache_dir_for(db).rglob(key + "*"):
        entry.unlink()
    (folder / bad_row).unlink()
    return Builds(
        folder,
        db,
        cold,
        cold_facts,
        unchanged,
        unchanged_facts,
        skipped,
        skipped_seconds,
        skipped_kept_file,
        added_build,
        added_facts,
        changed,
        changed_facts,
        removed,
        added,
        edited,
        dbt_json,
        compared,
        incremental,
        ran,
        bad,
        seed_and_model_tests_of(target),
        code_only_models_of(target),
        unchanged_tables,
        cold_tables,
    )


@pytest.mark.slow
def test_a_cold_build_parses_every_report_and_fills_the_cache(builds):
    assert builds.cold.from_cache == 0
    entries = list((cache_dir_for(builds.db)).rglob("*.pickle"))
    assert len(entries) == len(REPORTS) + 1  # the copy is read too, to learn that it is a copy


@pytest.mark.slow
def test_an_unchanged_rebuild_reads_every_report_from_the_cache(builds):
    assert builds.unchanged.from_cache == len(REPORTS) + 1  # and the copy
    assert builds.unchanged.reports == len(REPORTS)


@pytest.mark.slow
def test_an_unchanged_rebuild_gives_the_same_warehouse(builds):
    assert builds.unchanged_facts == builds.cold_facts
    assert len(builds.cold_facts) > 100


@pytest.mark.slow
def test_unit_tests_run_once_per_dbt_code_and_are_carried_over_with_their_build(builds):
    """The cold build ran the unit tests and the data tests of the seeds; the unchanged rebuild (same models,
    macros, seeds, dbt) lists each as passed, carried over from the cold build, and runs every data test
    that reads a model or a raw table again."""
    ran = [c for c in builds.cold.checks if c.ran_in_build]
    assert ran == []  # nothing to carry over from: no warehouse before it
    carried = [c for c in builds.unchanged.checks if c.ran_in_build]
    assert len(carried) >= 5 and all(c.status == "passed" and c.ran_in_build == builds.cold.build_id for c in carried)
    assert all(f"carried over from build {builds.cold.build_id}" in c.sample for c in carried)
    carried_names = {c.check for c in carried}
    cold_dbt = {c.check for c in builds.cold.checks if c.check.startswith("dbt.")}
    unchanged_dbt = {c.check for c in builds.unchanged.checks if c.check.startswith("dbt.")}
    assert carried_names < cold_dbt and unchanged_dbt == cold_dbt  # every check has its audit row
    # a seed's checks read the seed only (a function of the dbt code): carried; a model's never are
    assert {"dbt.column_checks_month_names", "dbt.unique_combination_org_unit_aliases_region_code__alias"} <= (
        carried_names
    )
    assert not any(name.startswith(("dbt.column_checks_stg_", "dbt.column_checks_fct_")) for name in carried_names)
    # the latest build (changed reports, same code) carries them from the cold build still
    assert {r[0] for r in query(builds.db, "select distinct ran_in_build from audit.unit_tests")} == {
        builds.cold.build_id
    }
    audited = query(
        builds.db,
        f"select check_name, status, sample from audit.dq_results "
        f"where build_id = '{builds.changed.build_id}' and sample like 'carried over%'",
    )
    assert {name for name, _, _ in audited} == carried_names and {s for _, s, _ in audited} == {"passed"}


def test_a_warehouse_without_its_own_record_carries_the_unit_tests_that_passed_on_this_dbt_code(tmp_path):
    from vardlager.pipeline import CheckRow, record_unit_tests, recorded_unit_tests

    record = tmp_path / "parse" / "unit_tests.json"
    assert recorded_unit_tests("code-a", record) is None  # none ran yet: they run
    passed = [
        CheckRow("marts", "dbt.t1", "hard", "passed", 0, ""),
        CheckRow("intermediate", "dbt.t2", "hard", "passed", 0, ""),
    ]
    record_unit_tests(passed, "b1", "code-a", record)
    rows = recorded_unit_tests("code-a", record)
    assert [(r.layer, r.check, r.status, r.ran_in_build) for r in rows] == [
        ("marts", "dbt.t1", "passed", "b1"),
        ("intermediate", "dbt.t2", "passed", "b1"),
    ]
    assert all("carried over from build b1" in r.sample for r in rows)
    assert recorded_unit_tests("code-b", record) is None  # other dbt code: they run
    failed = [passed[0], CheckRow("marts", "dbt.t3", "hard", "failed", 1, "expected 1, got 2")]
    record_unit_tests(failed, "b2", "code-b", record)  # a failing unit test is never carried over
    assert recorded_unit_tests("code-b", record) is None and len(recorded_unit_tests("code-a", record)) == 2
    record.write_text("{not json", encoding="utf-8")
    assert recorded_unit_tests("code-a", record) is None  # a broken record: they run


@pytest.mark.slow
def test_the_install_runs_the_unit_tests_once_and_a_new_warehouse_carries_them(builds, tmp_path, monkeypatch):
    """`make setup` (python -m vardlager.dbt_runner parse: prepare_for_builds) runs every dbt unit test of the
    project once, on empty tables, and records them for this dbt code: the same tests the cold build ran."""
    record = tmp_path / "unit_tests.json"
    monkeypatch.setattr(vardlager.pipeline, "UNIT_TEST_RECORD", record)
    assert vardlager.pipeline.prepare_for_builds()
    recorded = vardlager.pipeline.recorded_unit_tests(vardlager.cache.dbt_fingerprint(), record)
    assert recorded and all(c.status == "passed" and c.ran_in_build.startswith("setup-") for c in recorded)
    audited = {r[0] for r in query(builds.db, "select check_name from audit.unit_tests")}
    assert {c.check for c in recorded} == audited  # every unit test the cold build ran, none more


def project_copy(tmp_path: Path) -> Path:
    """A copy of the dbt project (its files, models, macros, seeds and data tests) to break on purpose."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copyfile(ROOT / name, project / name)
    for folder in ("models", "macros", "seeds", "tests/dbt"):
        shutil.copytree(ROOT / folder, project / folder)
    return project


@pytest.mark.slow
def test_a_seed_test_that_fails_at_the_install_fails_there_and_is_not_recorded(tmp_path, monkeypatch):
    """The install runs the models with dbt's --empty, whose ref() of a seed reads no rows: the seeds' own data
    tests run without it, so a duplicated month name (seeds/month_names.csv: unique(word)) fails there, and
    nothing is recorded for the first build to carry over."""
    import vardlager.dbt_runner
    from vardlager.raw import write_raw

    project = project_copy(tmp_path)
    months = project / "seeds" / "month_names.csv"
    months.write_text(months.read_text(encoding="utf-8") + "januari,1,name\n", encoding="utf-8")
    monkeypatch.setattr(vardlager.dbt_runner, "PROJECT_DIR", project)
    monkeypatch.setattr(vardlager.dbt_runner, "PARSE_ROOT", tmp_path / "parse")
    parsed, outcome = vardlager.dbt_runner.parse_for_builds(make_raw_tables=lambda con: write_raw(con, {}))
    assert parsed and outcome is not None and not outcome.ok
    failed = {name for _, name, status, _, _ in outcome.tests if status in ("fail", "error")}
    assert failed == {"column_checks_month_names"}
    assert all(status == "pass" for _, name, status, _, _ in outcome.tests if name in outcome.unit_tests - failed)


def test_the_seeds_settings_are_part_of_the_dbt_code_and_of_the_project(tmp_path):
    """A seed's column types, tests and descriptions (seeds/_*.yml) change what dbt builds and checks."""
    from vardlager.cache import dbt_fingerprint, project_fingerprint

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "metrics.csv").write_text("metric_code\nx\n", encoding="utf-8")
    (tmp_path / "seeds" / "_metrics.yml").write_text("version: 2\n", encoding="utf-8")
    before = dbt_fingerprint(tmp_path), project_fingerprint(tmp_path)
    (tmp_path / "seeds" / "_metrics.yml").write_text("version: 2\nseeds: [{name: metrics}]\n", encoding="utf-8")
    after = dbt_fingerprint(tmp_path), project_fingerprint(tmp_path)
    assert before[0] != after[0] and before[1] != after[1]


def test_unit_tests_of_other_dbt_code_are_not_carried_over(tmp_path):
    from vardlager.pipeline import carried_unit_tests

    previous = tmp_path / "published.duckdb"
    con = duckdb.connect(str(previous))
    con.execute("create schema audit")
    con.execute(
        "create table audit.unit_tests as select 'marts' as layer, 'dbt.t' as check_name, "
        "'b1' as ran_in_build, 'code-a' as dbt_fingerprint"
    )
    con.close()
    con = duckdb.connect(str(tmp_path / "build.duckdb"))
    try:
        assert carried_unit_tests(con, previous, "code-b") is None
        [row] = carried_unit_tests(con, previous, "code-a")
        assert (row.layer, row.check, row.status, row.ran_in_build) == ("marts", "dbt.t", "passed", "b1")
        assert carried_unit_tests(con, tmp_path / "none.duckdb", "code-a") is None
    finally:
        con.close()


@pytest.mark.slow
def test_a_rebuild_on_the_same_dbt_code_keeps_the_manifest_and_writes_new_run_results(builds):
    # dbt's manifest.json is the same while the dbt code is (vardlager/dbt_runner.py ManifestStamp): the
    # rebuild does not write it again (~0.5 s of CPU), and still leaves the run_results.json of its own run
    # (the samples of failing dbt tests are read from it)
    (cold_manifest, cold_results), (manifest, results) = builds.dbt_json["cold"], builds.dbt_json["unchanged"]
    assert manifest == cold_manifest
    assert results > cold_results


@pytest.mark.slow
def test_builds_of_the_same_reports_agree_fact_by_fact(builds, built):
    """The session's build of data/reports and this folder's first build agree, keys included."""
    assert builds.cold_facts == facts(built[1])


@pytest.mark.slow
def test_the_same_content_under_two_names_is_one_report_and_logged(builds):
    loaded = [r[0] for r in query(builds.db, "select report_file from raw.documents order by 1")]
    assert REPORTS[0].name in loaded and COPY not in loaded
    issues = query(builds.db, f"select kind, message from raw.extraction_issues where report_file = '{COPY}'")
    assert [kind for kind, _ in issues] == ["duplicate_content"]
    assert REPORTS[0].name in issues[0][1]  # names the report that was loaded
    assert not any(row[1] == COPY for row in builds.cold_facts)


@pytest.mark.slow
def test_a_removed_report_takes_its_facts_with_it(builds):
    assert any(row[1] == builds.removed for row in builds.unchanged_facts)
    assert not any(row[1] == builds.removed for row in builds.changed_facts)
    documents = [r[0] for r in query(builds.db, "select report_file from raw.documents")]
    assert builds.removed not in documents


@pytest.mark.slow
def test_an_added_report_brings_its_facts(builds):
    source = REPORTS[1].name

    def readings(rows, report):
        return sorted(row[2:] for row in rows if row[1] == report)  # everything but key and file name

    new = readings(builds.added_facts, builds.added)
    assert new and new == readings(builds.unchanged_facts, source)


@pytest.mark.slow
def test_keys_of_untouched_reports_do_not_change(builds):
    """... but those of a unit that a changed report's new VO takes in (its org unit key is another)."""
    untouched = {r.name for r in REPORTS} - {builds.removed, builds.edited}

    def of_untouched(rows, moved):
        return sorted(row for row in rows if row[1] in untouched and (row[2] == MOVED_UNIT) == moved)

    assert of_untouched(builds.unchanged_facts, False) == of_untouched(builds.changed_facts, False)
    moved_before, moved_after = of_untouched(builds.unchanged_facts, True), of_untouched(builds.changed_facts, True)
    assert moved_before and len(moved_before) == len(moved_after)
    assert not {row[0] for row in moved_before} & {row[0] for row in moved_after}  # keyed anew: the VO's key


@pytest.mark.slow
def test_a_changed_folder_parses_only_the_new_report(builds):
    # the five reports and the copy come from the cache (or the published warehouse); the new one is parsed
    assert builds.added_build.from_cache == len(REPORTS) + 1
    assert builds.added_build.reports == len(REPORTS) + 1
    # then the changed one is parsed, the others are kept
    assert builds.changed.from_cache == len(REPORTS) + 1 - 1 - 1 + 1
    assert builds.changed.reports == len(REPORTS)
    entries = {p.name.split("-")[0] for p in cache_dir_for(builds.db).rglob("*.pickle")}
    removed_sha = hashlib.sha256(REPORTS[-1].read_bytes()).hexdigest()
    assert removed_sha not in entries  # the removed report's entry was pruned


def test_the_loader_fingerprint_follows_loader_code_and_seeds(tmp_path):
    (tmp_path / "loaders").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "loaders" / "tables.py").write_text("X = 1\n")
    (tmp_path / "seeds" / "metric_aliases.csv").write_text("alias,metric_code\nLäkarbesök,lakarbesok\n")
    first = loader_fingerprint(tmp_path)
    assert loader_fingerprint(tmp_path) == first
    (tmp_path / "loaders" / "tables.py").write_text("X = 2\n")
    second = loader_fingerprint(tmp_path)
    assert second != first
    (tmp_path / "seeds" / "metric_aliases.csv").write_text("alias,metric_code\nBesök,lakarbesok\n")
    assert loader_fingerprint(tmp_path) not in (first, second)
    (tmp_path / "notes.md").write_text("not loader input")
    assert loader_fingerprint(tmp_path) == loader_fingerprint(tmp_path)


# Each of the two tests below parses the report once in a worker forked by prefetch (as a build does) and once in
# the worker extract() spawns for a report prefetch did not parse (the only tests of that path): a spawned worker is
# a fresh interpreter that imports the loaders, about 1.2 s of CPU, so each test spawns one, not two, and reads the
# smallest sample.


def test_an_entry_of_other_loader_code_is_not_used(tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(SMALLEST.read_bytes())
    old = ExtractionCache(tmp_path / "cache", fingerprint="a" * 64)
    old.prefetch([report], 1)
    old.extract(report)
    assert old.misses == ["r.txt"]
    new = ExtractionCache(tmp_path / "cache", fingerprint="b" * 64)
    first = new.extract(report)  # (spawned: not prefetched)
    assert new.misses == ["r.txt"] and new.hits == []
    again = ExtractionCache(tmp_path / "cache", fingerprint="b" * 64)
    assert again.extract(report) == first and again.hits == ["r.txt"]
    again.prune()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["b" * 16]
    assert LOADER_VERSION  # part of every fingerprint


def test_a_corrupt_entry_is_parsed_again(tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(SMALLEST.read_bytes())
    cache = ExtractionCache(tmp_path / "cache", fingerprint="c" * 64)
    cache.prefetch([report], 1)
    expected = cache.extract(report)
    assert [p.suffix for p in cache.folder.iterdir()] == [".pickle"]
    for entry in cache.folder.iterdir():
        entry.write_bytes(b"not a pickle")
    again = ExtractionCache(tmp_path / "cache", fingerprint="c" * 64)
    assert again.extract(report) == expected and again.misses == ["r.txt"]  # (spawned: not prefetched)


@pytest.mark.slow
def test_if_changed_does_nothing_when_nothing_changed(builds):
    assert builds.skipped.up_to_date and not builds.skipped.published and not builds.skipped.errors
    assert builds.skipped_kept_file  # byte-identical
    assert builds.skipped_seconds < 5


@pytest.mark.slow
def test_if_changed_builds_when_the_folder_changed(builds):
    assert not builds.changed.up_to_date and builds.changed.published


def test_the_stamp_follows_reports_project_and_the_published_file(tmp_path, monkeypatch):
    report = tmp_path / "reports" / "r.txt"
    report.parent.mkdir()
    report.write_text("Region Testland\n")
    db = tmp_path / "v.duckdb"
    db.write_bytes(b"a warehouse")
    stamp = BuildStamp.of([report])
    assert not stamp.is_current(db)  # never recorded
    stamp.record(db)
    assert BuildStamp.of([report]).is_current(db)
    assert not BuildStamp.of([report], "['fct_costs']").is_current(db)  # other build options
    report.write_text("Region Testland\nmer text\n")
    assert not BuildStamp.of([report]).is_current(db)  # a report changed
    report.write_text("Region Testland\n")
    monkeypatch.setattr(vardlager.cache, "project_fingerprint", lambda: "models edited")
    assert not BuildStamp.of([report]).is_current(db)  # the project changed
    monkeypatch.undo()
    assert BuildStamp.of([report]).is_current(db)
    db.write_bytes(b"another warehouse, written by someone else")
    assert not BuildStamp.of([report]).is_current(db)  # the published file is not the one built


def test_a_build_starts_from_the_published_file_only_while_nothing_wrote_to_it(tmp_path, monkeypatch):
    """A hand edit of the published warehouse (a row changed, a table of one's own) must not survive into the
    next build: the build starts from it only when it is still the file the last build wrote; else it builds
    whole (the review of the nineteenth stop: edited raw.prose_facts rows were kept by an incremental build)."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "r.txt").write_text("Region Testland\n")
    db = tmp_path / "v.duckdb"
    duckdb.connect(str(db)).close()
    wholes: list[bool] = []

    def fake_build(reports_dir, db_path, say, dbt_select, whole=False):
        wholes.append(whole)
        return vardlager.pipeline.BuildResult(published=False, db_path=db_path)

    monkeypatch.setattr(vardlager.pipeline, "_build", fake_build)
    stamp = BuildStamp.of(vardlager.pipeline.report_paths(reports), "None")
    stamp.record(db)
    vardlager.pipeline._build_if_changed(reports, db, print, None, False, False)
    stamp.record(db)
    with duckdb.connect(str(db)) as con:
        con.execute("create table my_notes (note varchar)")
    vardlager.pipeline._build_if_changed(reports, db, print, None, False, False)
    assert wholes == [False, True]


@pytest.mark.slow
def test_an_unchanged_build_from_the_published_warehouse_keeps_every_table(builds):
    assert builds.unchanged_tables == builds.cold_tables
    assert len(builds.cold_tables["raw.numbers_seen"]) > 1000 and len(builds.cold_tables) > 20


@pytest.mark.slow
@pytest.mark.parametrize("step", ["added", "changed"])
def test_a_build_from_the_published_warehouse_rebuilds_the_per_report_models_for_its_reports_only(builds, step):
    assert builds.incremental[step] == {
        "int_table_cell_labels",
        "int_table_columns",
        "int_table_captions",
        "int_table_context",
        "int_table_facts",
        "int_prose_facts",
        "int_report_statements",
        # the marts of facts: a report's rows but is_current (macros/changed_reports.sql delete_reports_that_differ)
        "fct_report_facts",
        "fct_production",
        "fct_worked_time",
        "fct_costs",
    }


@pytest.mark.slow
def test_a_build_from_the_published_warehouse_keeps_the_models_its_seeds_alone_make(builds):
    """dim_metric, dim_region, glossary and int_metric_alias_keys read seeds only: their tables in the copy of the
    published warehouse are this code's (its tables equal a whole build's: the test below), so a build from it
    leaves them as they are. The data tests that read them (and seeds only) are, like the unit tests, a function
    of the dbt code: the cold build ran them, the build from it carries them over (dbt_runner.code_only_tests)."""
    nodes = builds.code_only_nodes
    models = {uid for uid in nodes if uid.startswith("model.")}
    assert {"model.vardlager.dim_metric", "model.vardlager.glossary"} <= models
    assert models <= builds.ran["cold"] and not models & builds.ran["added"]
    parents = json.loads((vardlager.pipeline.target_dir(builds.db) / "manifest.json").read_text("utf-8"))["parent_map"]
    of_code = {uid for uid in nodes - models if all(p in models or p.startswith("seed.") for p in parents[uid])}
    also_data = nodes - models - of_code  # also read a model of the reports (relationships to dim_metric, ...)
    assert "test.vardlager.column_checks_dim_region" in {uid.rsplit(".", 1)[0] for uid in of_code} and also_data
    assert of_code <= builds.ran["cold"] and not of_code & builds.ran["added"] and also_data <= builds.ran["added"]
    carried = {c.check for c in builds.added_build.checks if c.ran_in_build and c.status == "passed"}
    assert {f"dbt.{uid.split('.')[2]}" for uid in of_code} <= carried


@pytest.mark.slow
def test_a_build_from_the_published_warehouse_gives_the_tables_of_a_whole_build(builds):
    """Adding one report, then changing one and removing one, each from a copy of the published warehouse, with
    the raw rows of those reports only replaced and the per-report models rebuilt for them only, gives every raw,
    intermediate and mart table of the same folder built whole, row for row (the added report's rows among them,
    and the statements of the two untouched reports whose unit the changed report's new VO took in)."""
    fast, whole = builds.compared["changed"]
    assert sorted(fast) == sorted(whole)
    differ = [name for name in whole if fast[name] != whole[name]]
    assert differ == []
    assert len(whole["raw.documents"]) == len(REPORTS)
    assert any(builds.added in row for row in whole["raw.documents"])  # the added report, kept from its build


@pytest.mark.slow
def test_a_build_from_the_published_warehouse_keeps_its_seeds_and_runs_the_tests_that_read_them(builds):
    """The copy of the published warehouse holds the seeds of the same code (the project fingerprint covers their
    CSV and YAML): a build from it does not load them again, and still runs every data test that reads a seed and
    a model (its tables equal a whole build's: test_a_build_from_the_published_warehouse_gives_the_tables_...)."""
    seeds = {uid for uid in builds.ran["cold"] if uid.startswith("seed.")}
    assert len(seeds) > 10  # the cold build loads them
    assert not any(uid.startswith("seed.") for uid in builds.ran["added"])
    assert len(builds.seed_and_model_tests) >= 4 and builds.seed_and_model_tests <= builds.ran["added"]


@pytest.mark.slow
def test_a_bad_row_of_a_changed_report_fails_a_build_from_the_published_warehouse(builds):
    """The checks of per-report rows (config meta rows: changed_reports, macros/changed_reports.sql) leave out the kept
    reports' rows in a build from the published warehouse: a duplicated cell of the new report still fails
    unique(cell_id), a cell of a report no document row has (of no changed report: review s20) still fails the
    relationship to the documents, and the build publishes nothing."""
    assert not builds.bad.published
    failed = {c.check for c in builds.bad.checks if c.status == "failed"}
    assert "dbt.column_checks_stg_reports__table_cells" in failed
    [cells] = [c for c in builds.bad.checks if c.check == "dbt.column_checks_stg_reports__table_cells"]
    assert "ab_bad_row.txt" in cells.sample and ORPHAN in cells.sample
    assert cells.failing_rows == 3  # the cell and its copy, the orphan cell


def test_a_build_starts_from_the_published_warehouse_only_on_the_same_code(tmp_path):
    """published_readings: the readings a build may keep, recorded by a build of this very code; none (a whole
    build) for other code, a warehouse without the record, or no warehouse."""
    from vardlager.pipeline import published_readings, write_report_readings
    from vardlager.raw import KeptRows

    db = tmp_path / "v.duckdb"
    assert published_readings(db, "code-a") is None
    con = duckdb.connect(str(db))
    con.execute("create schema audit")
    write_report_readings(con, [("r.txt", "sha-r", "text-r", ["no period"])], "code-a")
    con.close()
    assert published_readings(db, "code-a") == {"sha-r": KeptRows("r.txt", "text-r", ["no period"])}
    assert published_readings(db, "code-b") is None
    con = duckdb.connect(str(db))
    con.execute("drop table audit.report_readings")
    con.close()
    assert published_readings(db, "code-a") is None
