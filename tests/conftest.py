"""Shared fixtures: the bundled reports built once per test run into a temporary warehouse.

Two tiers (README "Tests"): `make test-fast` runs every test not marked `slow` (`pytest -m "not slow"`),
`make test` runs them all. The rule: a test is `@pytest.mark.slow` (or its module has
`pytestmark = pytest.mark.slow`) when it runs dbt or Great Expectations itself (a build of its own,
in-process or as `vardlager build`, dbt docs, Dagster), a browser or a server (PostgreSQL), reads inputs
of megabytes, installs the project, or lints every model (sqlfluff; the quick tier lints the changed
SQL). Tests of loaders, functions, SQL on a small DuckDB and anything that reads the session's `built`
warehouse are fast.
In the fast tier (`-m "not slow"`) an in-process build that gets as far as dbt fails its test with a
line saying so, so a test that belongs to the slow tier cannot slip into the fast one unnoticed.

Both tiers run in two processes (pytest-xdist): `built` is made once for the whole run, by the first
process that needs it, and the other reads the same warehouse (read-only: a test that changes it fails).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import pickle
import shutil
from pathlib import Path

import duckdb
import pytest

from vardlager.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"
_SESSION_BUILD: list[Path] = []  # the `built` fixture's warehouse while it is being built


@pytest.fixture(scope="session", autouse=True)
def one_gx_worker():
    """Every in-process build of a test process validates in one Great Expectations worker (gx/worker.py
    kept_worker), started by the first build: GX is imported once per test process, not once per build
    (about twenty builds; each still has a GX context of its own)."""
    from gx.worker import kept_worker

    with kept_worker():
        yield


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(BuildResult, db path) of the five bundled reports, built once for all tests of the run (`once`).

    Tests read the warehouse or copy it; a test that changes the shared file fails at the end."""

    def build_samples(folder: Path):
        db = folder / "vardlager.duckdb"
        _SESSION_BUILD.append(db)
        try:
            result = build(REPORTS, db)
        finally:
            _SESSION_BUILD.clear()
        return result, db, _digest(db)

    result, db, digest = once(tmp_path_factory, "built", build_samples)
    assert result.published, result.errors
    yield result, db
    assert _digest(db) == digest, f"a test changed the shared warehouse {db}: copy it first"


@pytest.fixture(scope="session")
def night(tmp_path_factory, built):
    """The scheduled build's bad night (tests/scheduled_night.py) that test_kill, test_bad_input and test_bounded
    read, run once for the run (`once`)."""
    from scheduled_night import scheduled_night

    return once(tmp_path_factory, "night", lambda folder: scheduled_night(tmp_path_factory, built[1]))


@pytest.fixture(scope="session")
def docs_site(tmp_path_factory, built):
    """(site folder, exit code, output, warehouse unchanged) of `vardlager docs` run once for the run (`once`)
    on a copy of the session warehouse in which a third of the table cells have no value (a soft expectation
    unmet); test_bi and test_warehouse read the same site, so dbt docs are generated once, not twice."""

    def document(folder: Path):
        from typer.testing import CliRunner

        from vardlager.cli import app

        db = folder / "vardlager.duckdb"
        shutil.copyfile(built[1], db)
        con = duckdb.connect(str(db))
        con.execute("update raw.table_cells set value = null where rowid % 3 = 0")
        con.close()
        before = db.read_bytes()
        out = folder / "docs"
        result = CliRunner().invoke(app, ["docs", str(out), "--db", str(db)])
        return out, result.exit_code, result.output, db.read_bytes() == before

    return once(tmp_path_factory, "docs_site", document)


def once(tmp_path_factory, name: str, make):
    """make(folder)'s value, computed once for the whole run however many test processes ask for it.

    Under pytest-xdist the first process that asks computes it while holding a lock in the run's shared
    temp folder (the pattern pytest-xdist documents) and pickles it there; the others wait for the lock
    and read the pickle. Without xdist the folder is the session's own."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name
    folder.mkdir(exist_ok=True)
    saved = folder / "value.pickle"
    with _locked(folder / "lock"):
        if not saved.exists():
            saved.write_bytes(pickle.dumps(make(folder)))
        return pickle.loads(saved.read_bytes())


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on path for the block; the kernel frees it if the holder dies."""
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@pytest.fixture()
def warehouse(built):
    """A read-only connection to the session's warehouse."""
    con = duckdb.connect(str(built[1]), read_only=True)
    yield con
    con.close()


def pytest_configure(config):
    """The fast tier (`-m "not slow"`): a build other than `built` that gets as far as dbt fails its test."""
    if config.getoption("markexpr", "").replace(" ", "") != "notslow":
        return
    import vardlager.pipeline as pipeline

    run_dbt_build = pipeline.run_dbt_build

    def only_the_session_build(*args, **kwargs):
        if not _SESSION_BUILD:
            pytest.fail(
                "this test runs a build of its own as far as dbt: mark it @pytest.mark.slow, or read "
                "the session's `built` warehouse",
                pytrace=False,
            )
        return run_dbt_build(*args, **kwargs)

    pipeline.run_dbt_build = only_the_session_build


@pytest.hookimpl(trylast=True)  # after `-m` has deselected
def pytest_collection_modifyitems(items):
    """Both tiers run in two processes (pytest-xdist `--dist loadscope --no-loadscope-reorder`): the tests
    of one module stay in one process, so a module's fixtures are made once, and each process takes the
    next module in this order when it runs out of work. The first module that reads `built` comes first, so
    one process starts the session build at once while the other runs the modules that do not need it;
    modules with slow tests come before the others of their kind, so no long module is left for the end."""
    first_use = next((i for i, item in enumerate(items) if "built" in item.fixturenames), len(items))
    rank: dict[str, tuple[int, int]] = {}
    for item in items:
        module = _module_of(item)
        needs, slow = rank.get(module, (0, 1))
        rank[module] = (max(needs, "built" in item.fixturenames), min(slow, not item.get_closest_marker("slow")))
    first = _module_of(items[first_use]) if first_use < len(items) else None
    position = {item.nodeid: i for i, item in enumerate(items)}
    items.sort(
        key=lambda item: (
            _module_of(item) != first,
            *rank[_module_of(item)],
            position[item.nodeid],
        )
    )


def _module_of(item) -> str:
    return item.nodeid.split("::")[0]
