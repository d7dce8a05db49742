"""Read-only SQL against the published warehouse, for analysts.

A query runs on a connection that cannot change the warehouse (attached read-only)
and cannot touch the file system (external access disabled, configuration locked), so
`vardlager query` is safe to hand to anyone; temporary tables live in memory only. `marts` is on the
search path: `select * from fct_costs` works as well as `select * from marts.fct_costs`.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

SEARCH_PATH = "marts,main"
SIGNIFICANT_DIGITS = 12  # a double carries ~16; the last ones are noise of unit scaling (-16.1 * 1000)


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


def tidy_number(value: float) -> int | float:
    """A double as the warehouse means it: without the noise of binary arithmetic
    (-16100.000000000002 -> -16100, 41916.600000000006 -> 41916.6) and whole numbers as int."""
    if not math.isfinite(value) or value == 0:
        return value
    digits = SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(value)))
    rounded = round(value, digits)
    if rounded == int(rounded) and abs(rounded) < 10**SIGNIFICANT_DIGITS:
        return int(rounded)
    return rounded


def number_text(value: int | float) -> str:
    """The printed form of a number: 1811041, -16100, 41916.6, 0.0000012 (never 1.2e-06)."""
    value = tidy_number(value) if isinstance(value, float) else value
    if isinstance(value, float) and math.isfinite(value):
        text = format(Decimal(repr(value)), "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        return tidy_number(value)
    return value


def _text(value) -> str:
    if value is None:
        return ""
    value = _plain(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return str(value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([[_text(v) for v in row] for row in result.rows])
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    records = [{k: _plain(v) for k, v in r.items()} for r in result.records()]
    return json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n"


MIN_TEXT_COLUMN = 8  # narrower than this a wrapped text column is unreadable: print records instead


def to_rich_table(result: QueryResult, width: int = 100):
    """The result fitted to a console `width` characters wide: a table whose numbers are right-aligned
    and never wrapped and whose text columns share the width that is left, wrapping inside their
    cells; or, when the columns cannot fit that way, one block of `column  value` lines per row
    (as psql's expanded display)."""
    from rich import box
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    texts = [[_text(v) for v in row] for row in result.rows]
    numeric = [
        any(_is_number(row[i]) for row in result.rows)
        and all(row[i] is None or _is_number(row[i]) for row in result.rows)
        for i in range(len(result.columns))
    ]
    longest_cell = [max([0] + [len(row[i]) for row in texts]) for i in range(len(result.columns))]
    needed = 0
    for i, name in enumerate(result.columns):  # a column is its cells plus 2 of padding
        longest = max(len(name), longest_cell[i])
        needed += max(longest_cell[i], min(longest, MIN_TEXT_COLUMN)) if numeric[i] else min(longest, MIN_TEXT_COLUMN)
        needed += 2
    caption = f"{len(result.rows)} rows"
    if needed <= width:
        table = Table(caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for name, is_number, cell_width in zip(result.columns, numeric, longest_cell):
            if is_number:  # as wide as its longest number: only the header may wrap
                table.add_column(name, justify="right", overflow="fold", min_width=cell_width)
            else:
                table.add_column(name, overflow="fold")
        for row in texts:
            table.add_row(*row)
        return table
    blocks = []
    for n, row in enumerate(texts, 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for name, text in zip(result.columns, row):
            grid.add_row(name, text)
        blocks += [Rule(f"row {n}", align="left", characters="-"), grid]
    return Group(*blocks, Text(caption))
