"""Shared fixtures: the bundled reports built once per test session into a temporary warehouse.

Two tiers (README "Tests"): `make test-fast` runs every test not marked `slow` (`pytest -m "not slow"`),
`make test` runs them all. The rule: a test is `@pytest.mark.slow` (or its module has
`pytestmark = pytest.mark.slow`) when it runs dbt or Great Expectations itself (a build of its own,
in-process or as `vardlager build`, dbt docs, Dagster), a browser or a server (PostgreSQL). Tests of loaders,
functions, SQL on a small DuckDB and anything that reads the session's `built` warehouse are fast.
In the fast tier (`-m "not slow"`) an in-process build that gets as far as dbt fails its test with a
line saying so, so a test that belongs to the slow tier cannot slip into the fast one unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from vardlager.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"
_SESSION_BUILD: list[Path] = []  # the `built` fixture's warehouse while it is being built


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(BuildResult, db path) of the five bundled reports, built once for all tests."""
    db = tmp_path_factory.mktemp("warehouse") / "vardlager.duckdb"
    _SESSION_BUILD.append(db)
    try:
        result = build(REPORTS, db)
    finally:
        _SESSION_BUILD.clear()
    assert result.published, result.errors
    return result, db


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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """`make test` runs the suite in two processes (pytest-xdist, --dist loadgroup): the tests of one
    module stay in one process, so a module's expensive fixtures are made once; modules that share
    one (the scheduled night of test_kill and test_bad_input) name a group of their own."""
    for item in items:
        if not item.get_closest_marker("xdist_group"):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__ if item.module else item.nodeid))
