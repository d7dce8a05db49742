"""Shared fixtures: the bundled reports built once per test session into a temporary warehouse."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from vardlager.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(BuildResult, db path) of the five bundled reports, built once for all tests."""
    db = tmp_path_factory.mktemp("warehouse") / "vardlager.duckdb"
    result = build(REPORTS, db)
    assert result.published, result.errors
    return result, db


@pytest.fixture()
def warehouse(built):
    """A read-only connection to the session's warehouse."""
    con = duckdb.connect(str(built[1]), read_only=True)
    yield con
    con.close()
