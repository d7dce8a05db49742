"""Review s20 (RV20): a table row is no heading. loaders/document.py heading_hospital takes the hospital that one of a
text's first five lines names for the text's own unit (a hospital's fact page: `Skaraborgs sjukhus` over its figures).
A table that opens right under a region's title has its rows among those lines, and a row naming a hospital (`Hallands
sjukhus      4 210      4 150`) made that hospital the report's own unit: the table's `Summa` row, the report's own
unit's figure, was read as the hospital's, beside the hospital's own row (two values for one key). The stop's reader
of metric-named columns (s20-tb) reads review12t's t15 layout (`Förvaltning  Årsarbetare  Sjukfrånvaro %  Övertid,
timmar` over `Hallands sjukhus`, `Närsjukvården Halland`, `Summa`; tests/test_tables_review12.py
STAFF_METRICS_AS_COLUMNS), whose annotation gives the Summa row to Region Halland; the excerpt below is that layout
under measure columns, which main reads already. A line with a column gap before an amount is a table's row
(TABLE_ROW_RE): no heading. Numbers invented, the layout of review12t's t15 (after a real page)."""

from __future__ import annotations

from tests.excerpts import report_facts

STAFF_PER_UNIT = """Region Halland
Årsredovisning 2023

Årsarbetare per förvaltning
Förvaltning                 Utfall 2023   Utfall 2022
Hallands sjukhus                  4 210         4 150
Närsjukvården Halland             1 930         1 900
Summa                             6 140         6 050
"""


def test_the_total_row_of_a_table_under_a_regions_title_is_the_regions():
    read = {(f["org_unit_name"], f["value"]) for f in report_facts(STAFF_PER_UNIT) if f["metric_code"] == "arsarbetare"}
    assert ("Region Halland", 6140.0) in read and ("Region Halland", 6050.0) in read
    assert ("Hallands sjukhus", 4210.0) in read
    assert ("Hallands sjukhus", 6140.0) not in read


def test_the_total_row_of_review12ts_metric_columns_is_the_regions():
    """t15 of review12t under metric-named columns (s20-tb): its annotation gives the Summa row to Region Halland."""
    from tests.test_tables_review12 import STAFF_METRICS_AS_COLUMNS

    read = {(f["org_unit_name"], f["metric_code"], f["value"]) for f in report_facts(STAFF_METRICS_AS_COLUMNS)}
    assert {("Region Halland", "arsarbetare", 6140.0), ("Region Halland", "sjukfranvaro", 6.5)} <= read
    assert not any(org == "Hallands sjukhus" and value in (6140.0, 6.5, 109700.0) for org, _, value in read)
