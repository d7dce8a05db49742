"""Read-only SQL against the published warehouse, for analysts.

A query runs on a connection that cannot change the warehouse (attached read-only)
and cannot touch the file system (external access disabled, configuration locked), so
`vardlager query` is safe to hand to anyone; temporary tables live in memory only. `marts` is on the search path: `select * from fct_costs`
works as well as `select * from marts.fct_costs`.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

SEARCH_PATH = "marts,main"


class QueryError(Exception):
    """A query the warehouse refused; str() is one readable line."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def one_line(error: BaseException) -> str:
    """DuckDB's multi-line message (with its LINE/caret excerpt) as one line."""
    parts = []
    for line in str(error).splitlines():
        line = line.strip()
        if not line or line.startswith("LINE ") or set(line) <= {"^", " "}:
            continue
        parts.append(line)
    return "; ".join(parts) or type(error).__name__


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published warehouse with marts on the search path."""
    db = Path(db)
    if not db.is_file():
        raise QueryError(f"{db}: no warehouse; run `vardlager build` first")
    # A private in-memory database attaches the warehouse read-only, so this connection's settings
    # never clash with other connections to the same file in this process.
    con = duckdb.connect(":memory:")
    path = str(db.resolve())
    try:
        con.execute(f"attach '{_sql_text(path)}' (read_only)")  # DuckDB's own catalog name: views rely on it
    except duckdb.Error as exc:
        con.close()
        raise QueryError(f"{db}: cannot open: {one_line(exc)}") from exc
    name = con.execute("select database_name from duckdb_databases() where path = ?", [path]).fetchone()[0]
    con.execute(f'use "{name}"')
    con.execute(f"set search_path = '{SEARCH_PATH}'")
    con.execute("set enable_external_access = false")
    con.execute("set lock_configuration = true")
    return con


def _sql_text(value) -> str:
    return str(value).replace("'", "''")


def run_query(db: Path, sql: str) -> QueryResult:
    """Run one SQL text (the last statement's result is returned) read-only against db."""
    if not sql.strip():
        raise QueryError("empty query")
    con = connect(db)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return QueryResult([], [])
        columns = [d[0] for d in cursor.description]
        return QueryResult(columns, cursor.fetchall())
    except duckdb.Error as exc:
        raise QueryError(one_line(exc)) from exc
    finally:
        con.close()


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else _plain(v) for v in row] for row in result.rows])
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    records = [{k: _plain(v) for k, v in r.items()} for r in result.records()]
    return json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n"


def to_rich_table(result: QueryResult):
    from rich.table import Table

    table = Table(*result.columns, caption=f"{len(result.rows)} rows")
    for row in result.rows:
        table.add_row(*("" if v is None else str(_plain(v)) for v in row))
    return table
