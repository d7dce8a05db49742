"""Load extracted records into the raw schema of a DuckDB file (one table per record type)."""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date

import duckdb
import pyarrow as pa

from loaders.records import Document, ExtractionIssue, ProseFact, TableCell

RAW_TABLES = {
    "documents": Document,
    "table_cells": TableCell,
    "prose_facts": ProseFact,
    "extraction_issues": ExtractionIssue,
}
ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}


def _arrow_type(hint) -> pa.DataType:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return ARROW_TYPES[hint]


def records_to_arrow(record_type: type, records: list) -> pa.Table:
    """Records of one dataclass type -> an Arrow table with a column per field (typed even when empty)."""
    hints = typing.get_type_hints(record_type)
    names = [f.name for f in dataclasses.fields(record_type)]
    schema = pa.schema([(name, _arrow_type(hints[name])) for name in names])
    columns = {name: [getattr(r, name) for r in records] for name in names}
    return pa.Table.from_pydict(columns, schema=schema)


def write_raw(con: duckdb.DuckDBPyConnection, records_by_table: dict[str, list]) -> dict[str, int]:
    """Create raw.<table> for every record type and bulk-insert the records; returns row counts."""
    con.execute("create schema if not exists raw")
    counts = {}
    for table, record_type in RAW_TABLES.items():
        arrow = records_to_arrow(record_type, records_by_table.get(table, []))
        con.register("_incoming", arrow)
        con.execute(f"create or replace table raw.{table} as select * from _incoming")
        con.unregister("_incoming")
        counts[table] = arrow.num_rows
    return counts
