"""Export the marts as Parquet for tools that cannot read DuckDB.

Layout of DIR (schema.json lists every column and type):

    DIR/dim_region.parquet                 one file per dimension
    DIR/fct_costs/region_19.parquet        facts, one file per region_code
    DIR/fct_costs/region_none.parquet      facts without a region (and the zero-row file of an empty table)
    DIR/schema.json                        {mart: {"path": ..., "columns": {name: type}}}

The facts are partitioned by file, not by Hive folders (`region_code=19/`): every reader's default
then reads the folder as it is. With Hive folders pandas (pyarrow) refuses the folder (the path's
region_code, inferred as an integer, clashes with the file's text column) and DuckDB and polars read
region_code from the path as a number, so region '01' came back as 1. Here region_code is only in
the files, as text, and `pd.read_parquet(DIR/fct_costs)`, `pl.read_parquet(DIR/fct_costs/*.parquet)`
and DuckDB's `read_parquet('DIR/fct_costs/*.parquet')` all return it as written.

The export is written to a temporary folder beside DIR and moved into place at the end; an
earlier export in DIR (it has schema.json) is replaced.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import duckdb

SCHEMA_FILE = "schema.json"
PARTITION_COLUMN = "region_code"
NO_REGION_FILE = "region_none.parquet"  # facts whose region_code is null or ''
SAFE_CODE = re.compile(r"[0-9A-Za-z_-]+")


class ExportError(Exception):
    pass


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"
        ).fetchall()
    ]


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return {
        name: kind
        for name, kind in con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = ? order by ordinal_position",
            [table],
        ).fetchall()
    }


def region_file(code: str | None) -> str:
    """The file name of one region's facts: region_19.parquet; region_none.parquet without a region."""
    if not code:
        return NO_REGION_FILE
    if not SAFE_CODE.fullmatch(code):
        raise ExportError(f"region_code {code!r} cannot be a file name")
    return f"region_{code}.parquet"


def _region_filter(code: str | None) -> str:
    if not code:
        return f"coalesce({PARTITION_COLUMN}, '') = ''"
    return f"{PARTITION_COLUMN} = '{code}'"  # SAFE_CODE: no quote can be in it


def export_parquet(db: Path, out_dir: Path) -> dict[str, dict]:
    """Write every mart of db to out_dir as Parquet; returns the schema written to schema.json."""
    db, out_dir = Path(db), Path(out_dir)
    if not db.is_file():
        raise ExportError(f"{db}: no warehouse; run `vardlager build` first")
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / SCHEMA_FILE).exists():
        raise ExportError(f"{out_dir}: exists and is not an earlier export; choose an empty folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.with_name(f".{out_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    schema: dict[str, dict] = {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = mart_tables(con)
        if not tables:
            raise ExportError(f"{db}: has no marts schema")
        for table in tables:
            columns = columns_of(con, table)
            source = f'marts."{table}"'
            # rows in the order of their values (`order by all`), not of their storage: a build that rewrote some
            # reports' rows in place writes the same files as a whole build
            if table.startswith("fct_") and PARTITION_COLUMN in columns:
                target = tmp / table
                target.mkdir()
                files = {
                    region_file(code)
                    for (code,) in con.execute(f"select distinct {PARTITION_COLUMN} from {source}").fetchall()
                }
                for name in sorted(files or {NO_REGION_FILE}):  # no facts yet: one zero-row file keeps the schema
                    code = name[len("region_") : -len(".parquet")] if name != NO_REGION_FILE else None
                    con.execute(
                        f"copy (select * from {source} where {_region_filter(code)} order by all) "
                        f"to {_quote(target / name)} (format parquet)"
                    )
                schema[table] = {"path": f"{table}/*.parquet", "partitioned_by": PARTITION_COLUMN, "columns": columns}
            else:
                con.execute(
                    f"copy (select * from {source} order by all) "
                    f"to {_quote(tmp / (table + '.parquet'))} (format parquet)"
                )
                schema[table] = {"path": f"{table}.parquet", "columns": columns}
    except duckdb.Error as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(str(exc).splitlines()[0]) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        con.close()
    (tmp / SCHEMA_FILE).write_text(json.dumps(schema, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    os.replace(tmp, out_dir)
    return schema
