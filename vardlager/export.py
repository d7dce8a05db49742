"""Export the marts as Parquet for tools that cannot read DuckDB.

Layout of DIR (schema.json lists every column and type):

    DIR/dim_region.parquet                       one file per dimension
    DIR/fct_costs/region_code=19/data_0.parquet  facts, Hive-partitioned by region_code
    DIR/schema.json                              {mart: {"path": ..., "columns": {name: type}}}

Facts without a region go to region_code=__HIVE_DEFAULT_PARTITION__ (DuckDB's and Hive's name for
null); an empty fact table is one zero-row file there, so every glob finds the schema.

Fact files keep region_code as a column too, so a reader that ignores the Hive path
still sees the region. The export is written to a temporary folder beside DIR and
moved into place at the end; an earlier export in DIR (it has schema.json) is replaced.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb

SCHEMA_FILE = "schema.json"
PARTITION_COLUMN = "region_code"
EMPTY_PARTITION = f"{PARTITION_COLUMN}=__HIVE_DEFAULT_PARTITION__"  # where DuckDB puts null regions


class ExportError(Exception):
    pass


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"
    ).fetchall()]


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return {name: kind for name, kind in con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'marts' and table_name = ? order by ordinal_position", [table]).fetchall()}


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
            source = f'(select * from marts."{table}")'
            if table.startswith("fct_") and PARTITION_COLUMN in columns:
                target = tmp / table
                if con.execute(f"select count(*) from {source}").fetchone()[0]:
                    con.execute(f"copy {source} to {_quote(target)} (format parquet, "
                                f"partition_by ({PARTITION_COLUMN}), write_partition_columns true)")
                else:  # no facts yet: one empty file keeps the glob and the schema readable
                    (target / EMPTY_PARTITION).mkdir(parents=True)
                    con.execute(f"copy {source} to {_quote(target / EMPTY_PARTITION / 'data_0.parquet')} "
                                f"(format parquet)")
                schema[table] = {"path": f"{table}/{PARTITION_COLUMN}=*/*.parquet",
                                 "partitioned_by": PARTITION_COLUMN, "columns": columns}
            else:
                con.execute(f"copy {source} to {_quote(tmp / (table + '.parquet'))} (format parquet)")
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
