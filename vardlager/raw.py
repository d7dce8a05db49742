"""Load extracted records into the raw schema of a DuckDB file (one table per record type).

A report's records travel as `ReportRows`: an Arrow table per raw table. That is what the
extraction cache stores and what a build concatenates and loads; 500 reports' rows load in a
fraction of a second, where building their record objects and converting them took seconds.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date

import duckdb
import pyarrow as pa

from loaders.extract import Extraction
from loaders.records import Document, ExtractionIssue, NumberSeen, ProseFact, ReportFile, TableCell

RAW_TABLES = {
    "documents": Document,
    "table_cells": TableCell,
    "prose_facts": ProseFact,
    "extraction_issues": ExtractionIssue,
    "numbers_seen": NumberSeen,
    "report_files": ReportFile,  # written by the build from the files (never cached with a report's rows)
}
ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}
# issues that concern a whole loaded file: each such file gets one warning line on stderr
FILE_WARNING_KINDS = ("encoding_fallback", "encoding_errors", "possibly_truncated", "no_region", "no_period")
# DuckDB's row group: a table handed to DuckDB in chunks of this many rows is loaded by every thread at once;
# one chunk of half a million rows made two threads spend twice the CPU of one (raw.numbers_seen of 500 reports)
ROW_GROUP_ROWS = 122_880


@dataclasses.dataclass
class ReportRows:
    """One report's extraction as the raw tables get it."""

    document: Document
    tables: dict[str, pa.Table]  # raw table name -> this report's rows
    text_sha256: str = ""  # of the decoded text: the same report in another encoding or line ending is a duplicate
    file_warnings: list[str] = dataclasses.field(default_factory=list)  # messages of FILE_WARNING_KINDS issues


@dataclasses.dataclass
class KeptRows:
    """A report whose rows the warehouse a build starts from already holds (the same bytes, read by the same
    code: vardlager/pipeline.py published_readings): what the build needs of it without loading its reading."""

    report_file: str
    text_sha256: str
    file_warnings: list[str] = dataclasses.field(default_factory=list)


def report_rows(extraction: Extraction) -> ReportRows:
    """An Extraction (loaders/extract.py) as ReportRows."""
    records = {
        "documents": [extraction.document],
        "table_cells": extraction.cells,
        "prose_facts": extraction.prose_facts,
        "extraction_issues": extraction.issues,
        "numbers_seen": extraction.numbers,
    }
    return ReportRows(
        extraction.document,
        {table: records_to_arrow(RAW_TABLES[table], records[table]) for table in records},
        extraction.text_sha256,
        [i.message for i in extraction.issues if i.kind in FILE_WARNING_KINDS],
    )


def concat_rows(reports: list[ReportRows | KeptRows], extra_issues: list[ExtractionIssue]) -> dict[str, pa.Table]:
    """The raw tables of many reports (none of the kept ones: their rows are in raw already), plus issues
    about files that were not loaded."""
    tables = {
        table: [r.tables[table] for r in reports if isinstance(r, ReportRows) and table in r.tables]
        or [records_to_arrow(record_type, [])]
        for table, record_type in RAW_TABLES.items()
    }
    if extra_issues:
        tables["extraction_issues"].append(records_to_arrow(ExtractionIssue, extra_issues))
    # one chunk per column: DuckDB loads it a third faster than one chunk per report
    return {table: pa.concat_tables(parts).combine_chunks() for table, parts in tables.items()}


def report_files(paths, loaded: set[str]):
    """raw.report_files of the loaded reports among `paths`: name and modification time."""
    rows = [ReportFile(p.name, p.stat().st_mtime) for p in paths if p.name in loaded and p.is_file()]
    return records_to_arrow(ReportFile, rows)


def _arrow_type(hint) -> pa.DataType:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return ARROW_TYPES[hint]


@functools.cache
def arrow_schema(record_type: type) -> pa.Schema:
    """A column per field of the dataclass, typed from its annotations."""
    hints = typing.get_type_hints(record_type)
    return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(record_type)])


def records_to_arrow(record_type: type, records: list) -> pa.Table:
    """Records of one dataclass type -> an Arrow table with a column per field (typed even when empty)."""
    schema = arrow_schema(record_type)
    columns = {name: [getattr(r, name) for r in records] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def convert_before_forking() -> None:
    """pyarrow imports pandas at its first conversion of a Python list (0.3-0.5 s of CPU): make that
    conversion in this process before it forks report workers, so they inherit pandas instead of each
    importing it to turn their first report's records into Arrow tables (this process converts lists
    too, report_files, so it imports pandas either way)."""
    records_to_arrow(ExtractionIssue, [])


def in_row_groups(arrow: pa.Table) -> pa.Table:
    """The same rows, in order, as chunks of at most ROW_GROUP_ROWS rows (slices: no copy once combined)."""
    if arrow.num_rows <= ROW_GROUP_ROWS:
        return arrow
    return pa.Table.from_batches(arrow.combine_chunks().to_batches(max_chunksize=ROW_GROUP_ROWS), arrow.schema)


def write_raw(con: duckdb.DuckDBPyConnection, records_by_table: dict[str, list | pa.Table]) -> dict[str, int]:
    """Create raw.<table> for every record type and bulk-insert its rows (records or an Arrow table);
    returns row counts. One transaction (con: a connection in auto-commit): a commit each would sync
    DuckDB's log once per table."""
    con.begin()
    con.execute("create schema if not exists raw")
    counts = {}
    for table, record_type in RAW_TABLES.items():
        rows = records_by_table.get(table, [])
        arrow = rows if isinstance(rows, pa.Table) else records_to_arrow(record_type, rows)
        con.register("_incoming", in_row_groups(arrow))
        con.execute(f"create or replace table raw.{table} as select * from _incoming")
        con.unregister("_incoming")
        counts[table] = arrow.num_rows
    con.commit()
    return counts


def replace_raw(
    con: duckdb.DuckDBPyConnection, records_by_table: dict[str, pa.Table], kept: set[str]
) -> dict[str, int]:
    """The raw tables of a copy of the published warehouse made those of this build: the rows of every
    report not in `kept` deleted (changed, removed, or no longer loaded), this build's new rows appended,
    raw.report_files written whole (every loaded file's time); returns the rows added per table. The same
    rows as write_raw of all the reports, in another physical order (no model depends on it)."""
    con.begin()
    con.register("_kept", pa.table({"report_file": pa.array(sorted(kept), pa.string())}))
    counts = {}
    for table, record_type in RAW_TABLES.items():
        arrow = records_by_table.get(table)
        arrow = records_to_arrow(record_type, []) if arrow is None else arrow
        con.register("_incoming", in_row_groups(arrow))
        if table == "report_files":  # written whole: a kept file's modification time may have changed
            con.execute(f"delete from raw.{table}")
        else:
            con.execute(f"delete from raw.{table} where report_file not in (select report_file from _kept)")
        con.execute(f"insert into raw.{table} by name select * from _incoming")
        con.unregister("_incoming")
        counts[table] = arrow.num_rows
    con.unregister("_kept")
    con.commit()
    return counts


def write_changed_reports(con: duckdb.DuckDBPyConnection, report_files: set[str]) -> None:
    """raw.changed_reports: the report files whose raw rows this build wrote or deleted (every loaded one,
    unless it started from the published warehouse); the incremental models rebuild these reports' rows
    (macros/changed_reports.sql)."""
    con.register("_changed", pa.table({"report_file": pa.array(sorted(report_files), pa.string())}))
    con.execute("create or replace table raw.changed_reports as select * from _changed")
    con.unregister("_changed")
    con.execute(
        "comment on table raw.changed_reports is 'The report files whose raw rows the build that made this "
        "warehouse wrote or deleted (every loaded report, unless it started from the published warehouse).'"
    )
