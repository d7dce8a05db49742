"""Stop 21 (TA21): tables of a region's own report pages printed one cell a line (issue 14).

A web copy of an HTML table, or of a PDF whose cells were text boxes, gives each header cell, each row label and
each value a line of its own. Two annotated pages of /work/review20tb print so, in two arrangements, and read blind
(main 6c7dc61) their tables gave no fact: regionfakta_lakare_2019 prints a row's label and then its values under
one line per header cell (`Landsting/Region` / `Antal anställda` / ... / `Region Stockholm` / `6 515` / `5 271` /
...), Skåne's Regionservice 2017 prints its result row's values under the header lines that name them
(`Utfall Budget diff.` / `Budget Prognos Bud.avvik` / `-13,7` / `11,8` / ... six values), below the header's upper
level of periods (`jan - apr` / `Helår 2017`) and the row's label (`Totalt resultat`). A line of one number was a
row of one cell to the block reader, so regionfakta's values became one-column tables whose labels took the number
above them, and Skåne's stayed unexplained.

The rule (loaders/tables/celllines.py): a run of one-value lines is a table's rows when the header gives its column
count: every row a label and the same number of values (two rows or more) under that many header lines (one more
naming the label column) set apart as the rows' lines are; or one row of values whose count the words of the
header lines right above it give. The rows are laid out with gaps between the values, so no number is split or
joined, and each cell keeps its own line. The reading is then the table reader's, arithmetic and all: Skåne's
row is confirmed by its two deviation columns (diff. = Utfall - Budget, Bud.avvik = Prognos - Budget).

Runs in any other arrangement stay as they were: Skåne's division panel (its row labels listed first, then each
panel's values row by row) is no table the header decides, and gives no fact (tests/test_review_tb20_tables.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.tables import extract_tables
from loaders.tables.celllines import cell_line_tables, is_value_line
from loaders.tables.settings import DEFAULT_SETTINGS
from tests.excerpts import report_facts
from tests.test_review_tb20_tables import REGIONFAKTA as TB20_REGIONFAKTA
from tests.test_review_tb20_tables import SKANE_PANELS

Y2017_TO_APRIL = (date(2017, 1, 1), date(2017, 4, 30))
Y2017 = (date(2017, 1, 1), date(2017, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))

# skane_regionservice_2017 (review20tb), its result row printed one cell a line: TB20's panels up to the divisions',
# under the page's title and unit
SKANE_TOTAL = "Månadssammanställning\n63 Regionservice\n" + SKANE_PANELS[: SKANE_PANELS.index("Division FM\n")]

# regionfakta_lakare_2019 (review20tb), TB20's excerpt, under a page of Region Uppsala for a report region and year
REGIONFAKTA = "Region Uppsala\nÅrsredovisning 2019\n\n" + TB20_REGIONFAKTA


def table_facts(text: str) -> set[tuple]:
    return {
        (f["metric_code"], f["measure"], f["value"], (f["period_start"], f["period_end"]))
        for f in report_facts(text)
        if f["fact_source"] == "table"
    }


def test_one_row_under_the_header_lines_that_name_its_values_is_read_and_confirmed_by_its_deviations():
    cells, _ = extract_tables("skane.txt", SKANE_TOTAL.splitlines())
    read = [(c.row_label, c.column_header, c.text, c.line, c.is_verified) for c in cells]
    assert read == [
        ("Totalt resultat", "Utfall", "-13,7", 13, True),
        ("Totalt resultat", "Budget", "11,8", 14, True),
        ("Totalt resultat", "diff.", "-25,6", 15, True),
        ("Totalt resultat", "Budget", "47,0", 16, True),
        ("Totalt resultat", "Prognos", "-14,8", 17, True),
        ("Totalt resultat", "Bud.avvik", "-61,8", 18, True),
    ]
    facts = table_facts("Region Skåne\n" + SKANE_TOTAL)
    assert ("resultat", "actual", -13700.0, Y2017_TO_APRIL) in facts
    assert ("resultat", "budget", 11800.0, Y2017_TO_APRIL) in facts
    assert ("resultat", "budget_deviation", -25600.0, Y2017_TO_APRIL) in facts
    assert ("resultat", "budget", 47000.0, Y2017) in facts
    assert ("resultat", "forecast", -14800.0, Y2017) in facts


@pytest.mark.xfail(
    strict=True,
    reason="RV21: the facts of the total row are given to the region; review20tb annotates them to Regionservice, "
    "the unit the page reports on (`63 Regionservice` above the table)",
)
def test_the_total_row_is_the_org_unit_the_page_reports_on():
    # a total row names its metric (seeds/metric_aliases.csv `Totalt resultat`), not an org unit: its facts are the
    # unit's the page reports on (review20tb skane_regionservice_2017: org_unit Regionservice on all of them)
    orgs = {f["org_unit_name"] for f in report_facts("Region Skåne\n" + SKANE_TOTAL) if f["fact_source"] == "table"}
    assert orgs and all("regionservice" in org.casefold() for org in orgs)


def test_rows_printed_a_label_then_its_values_are_laid_out_under_the_header_cells_each_on_its_line():
    (table,) = cell_line_tables(REGIONFAKTA.splitlines(), DEFAULT_SETTINGS)
    assert table.label_header == "Landsting/Region"
    assert table.headers == (
        "Antal anställda",
        "Antal årsarbetare",
        "Folkmängd 2019",
        "Antal årsarbetare per 1000 inv.",
    )
    cells, _ = extract_tables("regionfakta.txt", REGIONFAKTA.splitlines())
    lines = REGIONFAKTA.splitlines()
    # every value read whole (no thousands group split off) and on the line it stands on
    assert [(c.row_label, c.text) for c in cells][:4] == [
        ("Region Stockholm", "6 515"),
        ("Region Stockholm", "5 271"),
        ("Region Stockholm", "2 377 081"),
        ("Region Stockholm", "2,2"),
    ]
    assert all(lines[c.line - 1].strip() == c.text for c in cells)
    # the page's own region's row is its fact; the other regions' rows stay cells (TB20's rule)
    assert ("anstallda", "actual", 1810.0, Y2019) in table_facts(REGIONFAKTA)
    assert ("anstallda", "actual", 6515.0, Y2019) not in table_facts(REGIONFAKTA)


def test_a_run_of_one_value_lines_no_header_counts_stays_unread():
    # row labels listed first and then the values of a panel: which value is whose no header decides
    panel = "Division FM\nDivision Kund\nHK\nUtfall Budget\n-20,3\n9,5\n2,6\n-0,2\n4,0\n2,5\n"
    assert cell_line_tables(panel.splitlines(), DEFAULT_SETTINGS) == []
    # values under running text: no header
    prose = "Antalet besök ökade under året.\n1 234\n2 345\n"
    assert cell_line_tables(prose.splitlines(), DEFAULT_SETTINGS) == []


def test_a_value_line_holds_one_number_and_nothing_else():
    assert is_value_line("2 377 081") and is_value_line("-13,7") and is_value_line("2,2")
    assert not is_value_line("(1)")  # a page mark of a web copy
    assert not is_value_line("59 686 INVÅNARE") and not is_value_line("13:15") and not is_value_line("")


def test_values_one_a_line_that_no_header_places_stay_in_raw_with_their_reason():
    # Skåne's division panel (review20tb): its row labels listed above `Utfall Budget` and then six values
    panel = (
        "Resultat (mkr) motpart 1-4\nDivision FM\nDivision Kund\nHK\nUtfall Budget\n-20,3\n9,5\n2,6\n-0,2\n4,0\n2,5\n"
    )
    cells, issues = extract_tables("skane.txt", panel.splitlines())
    assert cells == []
    assert [(i.line, i.kind, i.text) for i in issues] == [
        (k, "unreadable_row", v) for k, v in zip(range(6, 12), ["-20,3", "9,5", "2,6", "-0,2", "4,0", "2,5"])
    ]
    # a pair of shares under a header line is as often a chart's legend: no issue claimed for it
    legend = "Andel utfall av plan Andel avvikelse mot plan\n\n65%\n35%\n"
    assert extract_tables("chart.txt", legend.splitlines())[1] == []
