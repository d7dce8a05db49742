"""`make bench` (benchmarks/run.py) checks issue 15's targets and prints every figure beside the previous run's."""

from __future__ import annotations

import copy
import json

from benchmarks.run import PREVIOUS, TARGETS, render


def _row(table: str, label: str, reports: int | None = None) -> list[str]:
    """The cells of the table row with this label (and number of reports)."""
    rows = ([cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines())
    return next(row for row in rows if row[0] == label and reports in (None, int(row[1])))


def test_the_targets_are_issue_15s():
    assert TARGETS["extract_mb_s"] == 2.0
    assert TARGETS["installed_5_s"] == 8.0  # the five samples cold after the install
    assert TARGETS["build_500_s"] == 25.0  # 500 reports cold
    assert TARGETS["incremental_s"] == 8.0  # one report added to 500


def test_each_figure_is_printed_beside_the_previous_runs_figure():
    previous = json.loads(PREVIOUS.read_text())  # committed: the last whole run's results
    now = copy.deepcopy(previous)
    now["environment"]["commit"] = "abc1234"
    five_hundred = next(b for b in now["builds"] if b["kind"] == "full" and b["n"] == 500)
    was = five_hundred["process_s"]
    five_hundred["process_s"] = 24.0
    now["extraction"]["seconds"] /= 20  # twenty times the throughput
    table = render(now, previous)

    assert f"commit {previous['environment']['commit']}; benchmarks/previous.json" in table
    row = _row(table, "full")  # the first full build: the five samples
    assert all("(" in cell for cell in row[2:13]), row  # every stage, wall, process, CPU and memory figure
    row = _row(table, "full", 500)
    assert row[9] == f"24.0 ({was:.1f})" and row[-1] == "<= 25 s: met"
    extraction = _row(table, "generated corpus")
    assert extraction[4].endswith(f"({previous['extraction']['bytes'] / 1e6 / previous['extraction']['seconds']:.2f})")
    assert ">= 2 MB/s: met" in extraction[-1]
    query = _row(table, "report_disagreements.sql")
    assert all("(" in cell for cell in query[2:6]), query


def test_without_a_previous_run_the_figures_stand_alone():
    previous = json.loads(PREVIOUS.read_text())
    table = render(previous)
    assert "In brackets" not in table
    assert "(" not in _row(table, "full")[9]
