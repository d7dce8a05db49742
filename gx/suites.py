"""Expectation suites, one per layer, named after it.

dbt tests own keys, relationships and logic; these suites own ranges, sets,
distributions and row counts. `hard` expectations fail the build; `soft` warn.
No expectation here restates a dbt test on the same column (not_null, unique, accepted_values,
relationships in models/**/*.yml): a column's null, key and set checks live in dbt when the model
has them; GX keeps what dbt does not express (ranges, regexes, narrower sets per fact table,
row counts, checks on the raw tables, which have no dbt tests).
Each entry: (table, expectation class name, kwargs, severity). A `row_condition` is written
(column, value), "only rows where column = value", and becomes a GX condition in gx/runner.py:
this module imports nothing of Great Expectations, so a build can read the suites (to choose the
columns of each frame) without paying GX's import.
"""
from __future__ import annotations

MEASURES = ["actual", "budget", "budget_deviation", "forecast", "forecast_deviation", "target",
            "change_abs", "change_pct", "change_pp"]
REPORT_TYPES = ["delarsrapport", "tertialrapport", "arsrapport", "manadsrapport"]

HARD, SOFT = "hard", "soft"

REGION_CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
                "21", "22", "23", "24", "25"]
HOLDS_A_DIGIT = r"\d"

SUITES: dict[str, list[tuple[str, str, dict, str]]] = {
    "raw": [
        ("documents", "ExpectTableRowCountToBeBetween", {"min_value": 1}, HARD),
        ("documents", "ExpectColumnValuesToNotBeNull", {"column": "report_file"}, HARD),
        ("documents", "ExpectColumnValuesToBeUnique", {"column": "report_file"}, HARD),
        ("documents", "ExpectColumnValuesToMatchRegex", {"column": "sha256", "regex": "^[0-9a-f]{64}$"}, HARD),
        ("documents", "ExpectColumnValuesToBeBetween", {"column": "n_lines", "min_value": 1}, HARD),
        ("documents", "ExpectColumnValuesToBeInSet",
         {"column": "region_code", "value_set": [f"{c:02d}" for c in range(1, 26)] + [""]}, HARD),
        ("documents", "ExpectColumnValuesToBeInSet", {"column": "report_type", "value_set": REPORT_TYPES + [""]}, SOFT),
        ("documents", "ExpectColumnValuesToNotBeNull", {"column": "period_end"}, SOFT),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "report_file"}, HARD),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "line"}, HARD),
        ("table_cells", "ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}, HARD),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "text"}, HARD),
        ("table_cells", "ExpectColumnValuesToBeBetween", {"column": "column_index", "min_value": 0}, HARD),
        ("table_cells", "ExpectColumnValuesToMatchRegex", {"column": "text", "regex": HOLDS_A_DIGIT}, SOFT),
        ("table_cells", "ExpectColumnValuesToNotBeNull", {"column": "value", "mostly": 0.9}, SOFT),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "report_file"}, HARD),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "line"}, HARD),
        ("prose_facts", "ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}, HARD),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "quote"}, HARD),
        ("prose_facts", "ExpectColumnValuesToNotBeNull", {"column": "value"}, HARD),
        ("prose_facts", "ExpectColumnValuesToMatchRegex", {"column": "quote", "regex": HOLDS_A_DIGIT}, SOFT),
        ("prose_facts", "ExpectColumnValuesToBeInSet", {"column": "measure", "value_set": MEASURES}, HARD),
        ("extraction_issues", "ExpectColumnValuesToNotBeNull", {"column": "report_file"}, HARD),
        ("extraction_issues", "ExpectColumnValuesToNotBeNull", {"column": "kind"}, HARD),
    ],
    "staging": [
        ("stg_reports__documents", "ExpectColumnPairValuesAToBeGreaterThanB",
         {"column_A": "period_end", "column_B": "period_start", "or_equal": True,
          "ignore_row_if": "either_value_is_missing"}, HARD),
        ("stg_reports__table_cells", "ExpectColumnValuesToBeInSet",
         {"column": "unit_raw", "value_set": ["", "mnkr", "tkr", "mkr", "kr", "%", "procent", "antal", "timmar",
                                              "årsarbetare", "dagar"]}, SOFT),
        ("stg_reports__table_cells", "ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}, HARD),
        ("stg_reports__table_cells", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e9, "max_value": 1e9}, SOFT),
        ("stg_reports__prose_facts", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e9, "max_value": 1e9}, SOFT),
    ],
    "marts": [
        ("fct_report_facts", "ExpectColumnValuesToBeBetween", {"column": "source_line", "min_value": 1}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToMatchRegex", {"column": "source_quote", "regex": HOLDS_A_DIGIT}, SOFT),
        ("fct_report_facts", "ExpectColumnValuesToNotBeNull", {"column": "org_unit_key"}, HARD),
        # a part of a whole is `dimension=value` (contract: breakdown); '' is the whole
        ("fct_report_facts", "ExpectColumnValuesToMatchRegex", {"column": "breakdown", "regex": r"^$|^[a-z]+=\S+$"}, HARD),
        # no published fact names a placeholder unit: an unnamed row keeps its column's unit (row_label_unresolved)
        ("fct_report_facts", "ExpectColumnValuesToNotMatchRegex", {"column": "org_unit_name", "regex": r"(?i)okänd rad"}, HARD),
        ("fct_report_facts", "ExpectColumnPairValuesAToBeGreaterThanB",
         {"column_A": "period_end", "column_B": "period_start", "or_equal": True}, HARD),
        ("fct_report_facts", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1000, "max_value": 1000, "row_condition": ("unit", "pct")}, SOFT),
        ("fct_production", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e8, "max_value": 1e8}, SOFT),
        ("fct_production", "ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": ["count", "pct", "days", "hours"]},
         SOFT),
        ("fct_worked_time", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e8, "max_value": 1e9}, SOFT),
        ("fct_worked_time", "ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": ["hours", "fte", "count", "pct"]},
         SOFT),
        ("fct_costs", "ExpectColumnValuesToBeBetween",
         {"column": "value", "min_value": -1e9, "max_value": 1e9}, SOFT),
        ("fct_costs", "ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": ["tkr", "pct"]}, SOFT),
        ("facts_per_report", "ExpectColumnValuesToBeBetween", {"column": "n_facts", "min_value": 1}, SOFT),
        ("dim_region", "ExpectTableRowCountToEqual", {"value": 21}, HARD),
        ("dim_region", "ExpectColumnValuesToBeInSet", {"column": "region_code", "value_set": REGION_CODES}, HARD),
        ("dim_period", "ExpectColumnValuesToBeBetween", {"column": "n_months", "min_value": 1, "max_value": 24}, SOFT),
        ("dim_report", "ExpectColumnValuesToNotBeNull", {"column": "org_unit_key"}, SOFT),
        ("dim_report", "ExpectColumnValuesToNotBeNull", {"column": "period_key"}, SOFT),
    ],
}



def plausible_ranges(path=None) -> list[tuple[str, str, float, float]]:
    """(unit, measure, min, max) of seeds/plausible_ranges.csv: the seed int_report_facts filters by."""
    import csv
    from pathlib import Path

    path = path or Path(__file__).resolve().parent.parent / "seeds" / "plausible_ranges.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r["unit"], r["measure"], float(r["min_value"]), float(r["max_value"])) for r in csv.DictReader(fh)]


# the size of every value, per unit and measure, on the staging layer (a soft check: the build warns, naming
# report and line; the value stays in raw and int_report_facts leaves it out of the marts)
SUITES["staging"] += [
    ("fact_values", "ExpectColumnValuesToBeBetween",
     {"column": "value", "min_value": low, "max_value": high, "row_condition": ("range_key", f"{unit}/{measure}")}, SOFT)
    for unit, measure, low, high in plausible_ranges()
]

# per-table row counts by report: every loaded report must yield at least one fact
REPORT_COUNT_TABLES = {"marts": "fct_report_facts"}
