"""Golden tests: the table reader on the five sample reports, asserting the reports' own invariants
and a few cells checked by hand against the text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loaders.tables import DEFAULT_SETTINGS, extract_tables, find_blocks

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
FILES = sorted(p.name for p in REPORTS.glob("*.txt"))


@cache
def read(name: str):
    lines = (REPORTS / name).read_text(encoding="utf-8").split("\n")
    cells, issues = extract_tables(name, lines)
    return lines, cells, issues


def cell(name: str, line: int, col: int):
    _, cells, _ = read(name)
    return next(c for c in cells if c.line == line and c.column_index == col)


@pytest.mark.parametrize("name", FILES)
def test_every_table_row_yields_cells_or_an_issue(name):
    lines, cells, issues = read(name)
    seen = {c.line for c in cells} | {i.line for i in issues}
    rows = [r.line for b in find_blocks(lines) for r in b.rows]
    assert all(line in seen for line in rows)


@pytest.mark.parametrize("name", FILES)
def test_cells_quote_the_text_of_their_line(name):
    # (a row whose values go on over the lines below it, loaders/tables/blocks.with_values_below, quotes its
    # line and those below: `Minskad hyrbemanning 70 000 -113` / `362` is the cell `-113 362` of its line)
    lines, cells, _ = read(name)

    def squashed(text: str) -> str:
        return text.replace(" ", "").replace("\u00a0", "")

    for c in cells:
        below = "".join(lines[c.line - 1 : c.line + DEFAULT_SETTINGS.max_values_below_lines])
        assert squashed(c.text) in squashed(lines[c.line - 1]) or squashed(c.text) in squashed(below)


def test_vastmanland_production_income_statement_and_appendix():
    f = "vastmanland_hsf_delar1_2024.txt"
    assert (cell(f, 1230, 7).value, cell(f, 1230, 7).column_header) == (306601, "Bokslut Utf Fg år")
    assert cell(f, 1230, 4).is_verified
    assert (cell(f, 1696, 1).value, cell(f, 1696, 1).unit_raw) == (-475, "mnkr")
    assert (cell(f, 2365, 8).value, cell(f, 2365, 8).row_label) == (306598, "Läkarbesök")
    assert cell(f, 2706, 0).column_header == "Innevarande År"  # printed header order differs
    assert cell(f, 2692, 6).value == -1235.0 and cell(f, 2692, 6).column_header == "Avv Bud mot Prog"


def test_norrbotten_scrambled_vo_tables_total_rows_confirmed_by_column_sums():
    f = "norrbotten_ovriga_lanet_tertial_2021-04.txt"
    total = [cell(f, 600, j) for j in range(6)]
    assert [c.value for c in total] == [12619, 1225, -12651, 1261, -230, 2224]
    assert all(c.is_verified and c.row_label == "Totalt" for c in total)
    assert cell(f, 598, 1).value == 1527 and cell(f, 598, 4).value == 326  # dropped cells placed
    assert cell(f, 842, 13).column_header == "Förändring 202004- 201904"
    assert cell(f, 842, 0).is_verified  # the total printed above its cost types (447 + 34 + ... = 741)


def test_jamtland_gender_rows_and_deviation_headers():
    f = "jamtland_harjedalen_hsn_tertial_2024-04.txt"
    assert cell(f, 1212, 0).value == 56785 and cell(f, 1212, 0).row_label == "-män"
    assert cell(f, 1589, 2).column_header == "Bud-Utf Diff" and cell(f, 1589, 2).value == -40624


def test_prose_only_annual_report_has_no_table_cells():
    _, cells, _ = read("vasterbotten_hsn_arsrapport_2023.txt")
    assert cells == []


def test_norrbotten_scrambled_rows_labelled_where_the_mnkr_table_decides():
    """Hand-checked against the notes: row totals equal the mnkr table's Resultat / Prognos column."""
    f = "norrbotten_ovriga_lanet_tertial_2021-04.txt"
    assert cell(f, 578, 5).value == -3526 and cell(f, 578, 5).row_label == "Akut omhänd"
    assert cell(f, 580, 4).value == -21548 and cell(f, 580, 4).row_label == "An/Op/IVA"
    assert cell(f, 586, 1).value == 1668 and cell(f, 586, 1).row_label == "Med/Rehab länsdelsjh"
    assert cell(f, 1055, 5).value == 1074 and cell(f, 1055, 5).row_label == "Spec. läkemed"
    assert cell(f, 1057, 5).value == 2752 and cell(f, 1057, 5).row_label == "Vuxen-psyk"
    # 2 058 and 1 853 both round to 2 mnkr in the Resultat column: the prognosis table, a sibling of the same
    # layout where Spec LM 1 and Vuxen-psyk 3 decide, names them
    assert cell(f, 596, 5).row_label == "Spec. läkemed" and cell(f, 598, 4).row_label == "Vuxen-psyk"
    assert "sibling table" in cell(f, 596, 5).check
    # PV anslag / PV kapitering / RD-uppdrag are named nowhere else: the eight decided rows stand in the sorted
    # order of their labels, and these three are the three that sort into the gap (Med/Rehab .. Riks & Region)
    assert [cell(f, line, 5).row_label for line in (588, 590, 592)] == ["PV anslag", "PV kapitering", "RD-uppdrag"]
    assert "sorted order" in cell(f, 588, 5).check
    # the Diff tables (no other table repeats their values) take the labels of the same rows of their siblings
    assert cell(f, 707, 5).value == 12200 and cell(f, 707, 5).row_label == "Akut omhänd"
    assert cell(f, 1137, 5).row_label == "Vuxen-psyk"


def test_jamtland_thousands_groups_are_not_split_into_cells():
    f = "jamtland_harjedalen_hsn_tertial_2024-04.txt"
    assert [cell(f, 1345, j).value for j in range(4)] == [927131, 1003869, 1024557, 2.1]
    assert [cell(f, 1439, j).value for j in range(6)] == [1970, 2079, 2308, 2420, 112, 5]
    _, cells, _ = read(f)
    assert max(abs(c.value or 0) for c in cells) < 1e10  # no run of numbers joined into one (was 4e16 at L1977)
