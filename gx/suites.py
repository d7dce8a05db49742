"""Expectation suites, one per layer, named after it.

dbt tests own keys, relationships and logic; these suites own ranges, sets,
distributions and row counts. `hard` expectations fail the build; `soft` warn.
Each entry: (table, expectation class name, kwargs, severity).
"""
from __future__ import annotations

MEASURES = ["actual", "budget", "budget_deviation", "forecast", "forecast_deviation", "target",
            "change_abs", "change_pct", "change_pp"]
UNITS = ["tkr", "count", "pct", "fte", "hours", "days"]
DOMAINS = ["production", "worked_time", "costs"]
REPORT_TYPES = ["delarsrapport", "tertialrapport", "arsrapport", "manadsrapport"]

HARD, SOFT = "hard", "soft"

SUITES: dict[str, list[tuple[str, str, dict, str]]] = {
    "raw": [
        ("documents", "ExpectTableRowCountToBeBetween", {"min_value": 1}, HARD),
        ("documents", "ExpectColumnValuesToBeUnique", {"column": "report_file"}, HARD),
        ("documents", "ExpectColumnValuesToMatchRegex", {"column": "sha256", "regex": "^[0-9a-f]{64}$"}, HARD),
        ("documents", "ExpectColumnValuesToBeInSet",
         {"column": "region_code", "value_set": [f"{c:02d}" for c in range(1, 26)] + [""]}, HARD),
        ("documents", "ExpectColumnValuesToNotBeNull", {"column": "period_end"}, SOFT),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "line"}, HARD),
        ("table_cells", "ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}, HARD),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "text"}, HARD),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "value", "mostly": 0.9}, SOFT),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "line"}, HARD),
        ("prose_facts", "ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}, HARD),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "quote"}, HARD),
        ("prose_facts", "ExpectColumnValuesToBeInSet", {"column": "measure", "value_set": MEASURES}, HARD),
        ("extraction_issues", "ExpectColumnValuesToNotBeNull", {"column": "kind"}, HARD),
    ],
    "staging": [
        ("stg_reports__documents", "ExpectColumnValuesToBeInSet",
         {"column": "report_type", "value_set": REPORT_TYPES}, SOFT),
        ("stg_reports__table_cells", "ExpectColumnValuesToBeInSet",
         {"column": "unit_raw", "value_set": ["", "mnkr", "tkr", "mkr", "kr", "%", "procent", "antal", "timmar",
                                              "årsarbetare", "dagar"]}, SOFT),
        ("stg_reports__prose_facts", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e9, "max_value": 1e9}, SOFT),
    ],
    "marts": [
        ("fct_report_facts", "ExpectColumnValuesToNotBeNull", {"column": "source_line"}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToNotBeNull", {"column": "source_quote"}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToBeInSet", {"column": "measure", "value_set": MEASURES}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": UNITS}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToBeInSet", {"column": "domain", "value_set": DOMAINS}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToNotBeNull", {"column": "period_start"}, HARD),
        ("fct_report_facts", "ExpectColumnPairValuesAToBeGreaterThanB",
         {"column_A": "period_end", "column_B": "period_start", "or_equal": True}, HARD),
        ("fct_production", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e8, "max_value": 1e8}, SOFT),
        ("fct_worked_time", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e8, "max_value": 1e9}, SOFT),
        ("fct_costs", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e9, "max_value": 1e9}, SOFT),
        ("dim_region", "ExpectTableRowCountToEqual", {"value": 21}, HARD),
    ],
}

# per-table row counts by report: every loaded report must yield at least one fact
REPORT_COUNT_TABLES = {"marts": "fct_report_facts"}
