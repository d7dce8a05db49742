"""A build killed (SIGKILL) in the middle of dbt changes nothing that was published, and the next build succeeds.

The night itself (publish, kill, next build) runs once per run: tests/scheduled_night.py, conftest's `night`.
"""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow  # the night (conftest's `night`, shared with test_bad_input) runs builds


def test_the_kill_came_while_dbt_was_writing_models(night):
    assert night.dbt_was_running, f"the build ended before dbt ran a node:\n{night.killed_stderr}"
    assert not night.dbt_had_finished
    assert night.killed_returncode == -9


def test_killed_build_leaves_the_published_warehouse_byte_identical(night):
    assert night.sha_after_kill == night.published_sha
    # the dead build's half-built file is still there, beside (never in place of) the warehouse
    assert any(name.startswith("vardlager.duckdb.tmp-") for name in night.leftovers_after_kill)


def test_published_warehouse_is_queryable_after_the_kill(night, built):
    con = duckdb.connect(str(built[1]), read_only=True)
    try:
        published_facts = con.execute("select count(*) from marts.fct_report_facts").fetchone()[0]
    finally:
        con.close()
    assert night.facts_after_kill == published_facts > 0


def test_next_build_publishes_and_removes_the_dead_builds_tmp_file(night):
    assert night.next_returncode == 0, night.next_stderr
    assert "published" in night.next_stderr
    assert night.sha_after_next != night.published_sha
    assert night.leftovers_after_next == []
    assert "left by a build that did not finish" in night.next_stderr
    con = duckdb.connect(str(night.db), read_only=True)
    try:
        assert con.execute("select count(*) from marts.fct_report_facts").fetchone()[0] > 0
    finally:
        con.close()
