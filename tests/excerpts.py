"""The facts a literal excerpt gives through the build's loaders and dbt models in memory
(vardlager.single.facts_of_reports), as the table test files read them (test_tables_*.py, test_review_sm11.py).

Each excerpt is read once per test process: the same excerpt is often read twice (its table facts, then the
periods of all its facts), and a read runs the models in DuckDB, about 0.35 s of CPU (of the quick tier's 90
reads of an excerpt, 14 repeated one before them)."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from vardlager.single import facts_of_reports

NAME = "rapport.txt"  # the file name the excerpt is read under


def report_facts(text: str) -> list[dict]:
    """The rows (every column of marts.fct_report_facts, and the undated facts) that a build of a folder holding
    just this text publishes; a copy of its own for each caller."""
    return [dict(row) for row in _read(text)]


def table_facts_of(text: str) -> list[dict]:
    """report_facts() of the text's tables (fact_source 'table')."""
    return [row for row in report_facts(text) if row["fact_source"] == "table"]


@cache
def _read(text: str) -> tuple[dict, ...]:
    with tempfile.TemporaryDirectory(prefix="excerpt-") as folder:
        page = Path(folder) / NAME
        page.write_text(text, encoding="utf-8")
        return tuple(facts_of_reports([page], say=lambda msg: None))
