"""Run a layer's expectation suite through a real Great Expectations checkpoint.

Tables are read from the DuckDB file under construction as Arrow tables (`frames_for_layer`,
only the columns the suite names) and validated as pandas frames by an ephemeral GX context
(data source, asset, batch definition, suite, validation definition, checkpoint), so nothing is
written outside the warehouse. Reading and validating are separate steps so that a build can
validate in another process (gx/worker.py) while it goes on with dbt.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

import duckdb

from gx.suites import HARD, SUITES

# derived frames a suite may validate besides plain tables
DERIVED_SQL = {
    "facts_per_report": """
        select d.report_file, count(f.fact_key) as n_facts
        from marts.dim_report d left join marts.fct_report_facts f using (report_file)
        group by d.report_file
    """,
    # every value read, in its canonical unit, before the plausibility filter of int_report_facts, keyed
    # to the seed row that bounds it (`unit/measure`, else `unit/any`): see gx/suites.py PLAUSIBLE_RANGES
    "fact_values": """
        select facts.report_file, facts.source_line,
            facts.unit || '/' || coalesce(own_range.measure, 'any') as range_key, facts.value
        from (select report_file, source_line, unit, measure, value from intermediate.int_table_facts
              union all
              select report_file, source_line, unit, measure, value from intermediate.int_prose_facts) as facts
        left join raw.plausible_ranges as own_range
            on facts.unit = own_range.unit and facts.measure = own_range.measure
        where facts.value is not null
    """,
}
LAYER_SCHEMAS = ("raw", "staging", "intermediate", "marts")
SAMPLE_SIZE = 5
INDEX_COLUMNS = ("report_file", "line", "source_line")  # samples name the report and line of an offender


@dataclass(frozen=True)
class CheckResult:
    layer: str
    check: str  # suite.table.expectation(column)
    severity: str  # hard | soft
    status: str  # passed | warned | failed
    failing_rows: int
    sample: str  # a few offenders, naming report and line where the table has them


def _import_gx():
    """Great Expectations, with its logging and warnings kept out of the terminal."""
    import great_expectations as gx

    gx_logger = logging.getLogger("great_expectations")
    gx_logger.setLevel(logging.ERROR)
    gx_logger.propagate = False  # dbt may have configured the root logger: keep GX out of the terminal
    if not gx_logger.handlers:
        gx_logger.addHandler(logging.NullHandler())
    warnings.filterwarnings("ignore", module="great_expectations")
    return gx


def new_context(gx=None):
    """An ephemeral GX context (nothing written to disk) without progress bars."""
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = (gx or _import_gx()).get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def _frame(con: duckdb.DuckDBPyConnection, schema: str, table: str, kwargs_list: list[dict] | None = None):
    """The frame to validate, as an Arrow table: only the columns the table's expectations name (in
    `column`, `column_A`, a row_condition, ...) plus the columns samples are indexed by; pandas frames
    of every column of a 500-report table cost seconds to build and validate the same."""
    if table in DERIVED_SQL:  # written for the published schemas; a server build reads its own (vl_next_*)
        prefix = next((schema[: -len(layer)] for layer in LAYER_SCHEMAS if schema.endswith(layer)), "")
        sql = re.sub(rf"\b({'|'.join(LAYER_SCHEMAS)})\.", lambda m: f'"{prefix}{m.group(1)}".', DERIVED_SQL[table])
        return con.execute(sql).to_arrow_table()
    sql = f'select * from "{schema}"."{table}"'
    if kwargs_list is not None:
        names = [d[0] for d in con.execute(sql + " limit 0").description]
        text = " ".join(str(v) for kwargs in kwargs_list for v in kwargs.values())  # row conditions too
        keep = [n for n in names if n in INDEX_COLUMNS or re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", text)]
        sql = "select " + ", ".join(f'"{n}"' for n in (keep or names[:1])) + f' from "{schema}"."{table}"'
    return con.execute(sql).to_arrow_table()


def frames_for_layer(
    con: duckdb.DuckDBPyConnection, layer: str, schema: str | None = None, entries: list | None = None
) -> dict:
    """{table: Arrow table} of every table the layer's suite (or `entries`) validates."""
    entries = SUITES[layer] if entries is None else entries
    return {
        table: _frame(con, schema or layer, table, [entry[2] for entry in entries if entry[0] == table])
        for table in dict.fromkeys(entry[0] for entry in entries)
    }


def _pandas(arrow):
    """An Arrow table as the pandas frame DuckDB's .df() gives for the same rows (same dtypes: dates
    as datetime64, not objects), so results do not depend on where the frame was read. Narrow
    integers are widened to int64: GX compares int64 and float64 columns to bounds vectorised, but
    calls a Python function per value for any other dtype (int32 `line`: 370 000 calls a build)."""
    import numpy

    frame = duckdb.from_arrow(arrow).df()
    narrow = [
        c
        for c, dtype in frame.dtypes.items()
        if isinstance(dtype, numpy.dtype) and dtype.kind in "iu" and dtype != numpy.int64
    ]  # no NULLs
    return frame.astype({c: "int64" for c in narrow}) if narrow else frame


def _gx_kwargs(kwargs: dict) -> dict:
    """Suite kwargs with a (column, value) row_condition made a GX condition."""
    if "row_condition" not in kwargs:
        return kwargs
    from great_expectations.expectations.row_conditions import Column

    column, value = kwargs["row_condition"]
    return {**kwargs, "row_condition": Column(column) == value}


def _check_name(layer: str, table: str, expectation: str, kwargs: dict) -> str:
    column = kwargs.get("column") or kwargs.get("column_A") or ""
    condition = kwargs.get("row_condition")  # one table, one expectation per range (fact_values): named apart
    return (
        f"{layer}.{table}.{expectation}"
        + (f"({column})" if column else "")
        + (f"[{condition[0]}={condition[1]}]" if condition else "")
    )


def _sample(result: dict) -> str:
    indexes = (result.get("partial_unexpected_index_list") or [])[:SAMPLE_SIZE]
    values = (result.get("partial_unexpected_list") or [])[:SAMPLE_SIZE]
    if indexes and isinstance(indexes[0], dict):
        return "; ".join(", ".join(f"{k}={v}" for k, v in row.items()) for row in indexes)
    return "; ".join(repr(v) for v in values)


def run_layer(con: duckdb.DuckDBPyConnection, layer: str, schema: str | None = None, context=None) -> list[CheckResult]:
    """Validate every table of the layer's suite; one CheckResult per expectation.

    context: an ephemeral GX context to validate in (build_data_docs passes one to render its
    results); by default a fresh one."""
    return validate_frames(layer, SUITES[layer], frames_for_layer(con, layer, schema), context)


def validate_frames(layer: str, entries: list, frames: dict, context=None) -> list[CheckResult]:
    """Validate frames ({table: Arrow table}) against suite entries; one CheckResult per expectation.
    context: an ephemeral GX context to validate in (one per layer name); by default a fresh one."""
    gx = _import_gx()
    context = new_context(gx) if context is None else context
    source = context.data_sources.add_pandas(f"vardlager_{layer}")
    results: list[CheckResult] = []
    for table in dict.fromkeys(entry[0] for entry in entries):
        frame = _pandas(frames[table])
        index_columns = [c for c in INDEX_COLUMNS if c in frame.columns]
        asset = source.add_dataframe_asset(name=table)
        batch_definition = asset.add_batch_definition_whole_dataframe(f"{table}_all")
        suite = context.suites.add(gx.ExpectationSuite(name=f"{layer}.{table}"))
        table_entries = [entry for entry in entries if entry[0] == table]
        for _, expectation, kwargs, severity in table_entries:
            name = _check_name(layer, table, expectation, kwargs)
            suite.add_expectation(
                getattr(gx.expectations, expectation)(**_gx_kwargs(kwargs), meta={"severity": severity, "check": name})
            )
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"{layer}.{table}", data=batch_definition, suite=suite)
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=f"{layer}.{table}",
                validation_definitions=[validation],
                result_format={
                    "result_format": "SUMMARY",
                    "unexpected_index_column_names": index_columns,
                    "partial_unexpected_count": SAMPLE_SIZE,
                },
            )
        )
        run = checkpoint.run(batch_parameters={"dataframe": frame})
        for validation_result in run.run_results.values():
            for outcome in validation_result.results:
                meta = outcome.expectation_config.meta
                severity = meta["severity"]
                failing = int(outcome.result.get("unexpected_count") or (0 if outcome.success else 1))
                status = "passed" if outcome.success else ("failed" if severity == HARD else "warned")
                results.append(
                    CheckResult(
                        layer,
                        meta["check"],
                        severity,
                        status,
                        0 if outcome.success else failing,
                        "" if outcome.success else _sample(outcome.result),
                    )
                )
    return results


def build_data_docs(con: duckdb.DuckDBPyConnection, out_dir, layers=("raw", "staging", "marts")):
    """Validate the layers again in one ephemeral context and render its Data Docs (expectation
    suites and validation results) as a static site in out_dir; returns (index.html, results).

    Used by `vardlager docs` on the published warehouse; nothing is written outside out_dir."""
    from pathlib import Path

    out_dir = Path(out_dir)
    context = new_context()
    context.add_data_docs_site(
        site_name="vardlager",
        site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out_dir)},
        },
    )
    results: list[CheckResult] = []
    for layer in layers:
        results += run_layer(con, layer, context=context)
    context.build_data_docs(site_names=["vardlager"])
    return out_dir / "index.html", results
