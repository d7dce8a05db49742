"""Tables of whole reports in other regions' layouts, second set (issue 14): literal tables of the review set of
session 10 (numbers invented, layouts as Swedish region reports print them: result statements with a note column,
converter output one header cell per line, sick leave by age band), read by the table loader (extract_tables) and,
for what the cells become, by the build's loaders and dbt models in memory (vardlager.single.facts_of_reports)."""

from __future__ import annotations

from loaders.tables import extract_tables
from loaders.tables.headers import is_header_line
from loaders.tables.settings import DEFAULT_SETTINGS
from tests.excerpts import table_facts_of


def read(text: str) -> dict[str, list[tuple[str, float | None]]]:
    """row label -> [(column header, value)]."""
    cells, _ = extract_tables("x.txt", text.split("\n"))
    rows: dict[str, list[tuple[str, float | None]]] = {}
    for c in sorted(cells, key=lambda c: (c.line, c.column_index)):
        rows.setdefault(c.row_label, []).append((c.column_header, c.value))
    return rows


def table_facts(text: str) -> set[tuple]:
    return {
        (r["metric_code"], r["measure"], str(r["period_start"]), str(r["period_end"]), r["breakdown"], r["value"])
        for r in table_facts_of(text)
    }


# an annual report's result statement: a column of note references between the labels and the amounts
RESULT_WITH_NOTES = """Region Västernorrland
Årsredovisning 2019

Resultaträkning

Belopp i mnkr  Not  Utfall 2019  Utfall 2018  Budget 2019  Avvikelse
Verksamhetens intäkter  1  2 070  1 973  2 041  29
Verksamhetens kostnader  2  − 9 266  − 8 979  − 9 275  9
Verksamhetens nettokostnad  − 7 196  − 7 006  − 7 234  38
Skatteintäkter  4  5 864  5 612  5 835  29
Resultat  68  − 28  − 29  97
"""

# a result statement of two years: the note column before the outcomes
RESULT_TWO_YEARS_WITH_NOTES = """Region Sörmland
Årsredovisning 2023

Resultaträkning

Belopp i mnkr  Not  Utfall 2023  Utfall 2022
Verksamhetens intäkter  1  1 282  1 372
Verksamhetens kostnader  2  -12 453  -12 629
Skatteintäkter  3  9 923  9 951
"""


def test_a_column_headed_not_holds_note_references_not_amounts():
    facts = table_facts(RESULT_WITH_NOTES)
    # the note numbers 1, 2, 4 are no budget, and the note column is no org unit
    assert not {f for f in facts if f[-1] in (1000, 2000, 4000)}
    assert ("kostnader_totalt", "budget", "2019-01-01", "2019-12-31", "", 9275000) in facts
    # Utfall - Budget of the printed (negative) costs: 9 better than budget
    assert ("kostnader_totalt", "budget_deviation", "2019-01-01", "2019-12-31", "", 9000) in facts
    assert ("resultat", "budget_deviation", "2019-01-01", "2019-12-31", "", 97000) in facts
    facts = table_facts(RESULT_TWO_YEARS_WITH_NOTES)
    assert len(facts) == 6  # two outcomes a row, no note
    assert ("intakter_totalt", "actual", "2023-01-01", "2023-12-31", "", 1282000) in facts
    assert ("skatteintakter", "actual", "2022-01-01", "2022-12-31", "", 9951000) in facts


# converter output: one header cell per line, each row's label on the line above its values
ONE_CELL_PER_LINE = """Region Värmland
Årsredovisning 2020

Resultaträkning

Belopp i mnkr
Utfall
2020
Utfall
2019
Budget
2020
Avvikelse

Verksamhetens intäkter
1 178 1 144 1 196 – 18

Verksamhetens kostnader
– 12 444 – 12 245 – 12 419 – 25

Avskrivningar
– 477 – 453 – 482 5
"""

PRODUCTION_ONE_CELL_PER_LINE = """Region Dalarna
Delårsrapport januari–april 2023

Vårdproduktion, antal
Utfall
2023
Utfall
2022
Förändring

Läkarbesök
140 687 146 711 -6 024

Vårdtillfällen
12 400 12 100 300

Operationer
3 100 3 050 50
"""


def test_the_first_row_prints_its_label_above_its_values_as_every_later_row_does():
    rows = read(ONE_CELL_PER_LINE)
    assert rows["Verksamhetens intäkter"] == [
        ("Utfall 2020", 1178),
        ("Utfall 2019", 1144),
        ("Budget 2020", 1196),
        ("Avvikelse", -18),
    ]
    rows = read(PRODUCTION_ONE_CELL_PER_LINE)
    assert rows["Läkarbesök"] == [("Utfall 2023", 140687), ("Utfall 2022", 146711), ("Förändring", -6024)]
    facts = table_facts(ONE_CELL_PER_LINE)
    assert ("intakter_totalt", "budget_deviation", "2020-01-01", "2020-12-31", "", -18000) in facts
    assert ("kostnader_totalt", "actual", "2019-01-01", "2019-12-31", "", 12245000) in facts


def test_avvikelse_alone_on_a_line_is_a_header_line():
    # the last cell of a header printed one cell a line stays the header's column, not a section row
    assert is_header_line("Avvikelse", DEFAULT_SETTINGS)
    rows = read(ONE_CELL_PER_LINE)
    assert rows["Avskrivningar"][-1] == ("Avvikelse", 5)


SICK_LEAVE_BY_AGE = """Region Kalmar län
Årsredovisning 2020

Sjukfrånvaro i procent av ordinarie arbetstid

  2020  2019  Förändring
Kvinnor  6,8  7,1  -0,3
-29 år  9,5  10,1  -0,6
30-49 år  8,5  9,2  -0,7
50- år  7,9  8,5  -0,6
Anställda 50- år  7,8  8,4  -0,6
"""


def test_an_age_band_open_above_may_print_its_dash_before_the_word():
    facts = table_facts(SICK_LEAVE_BY_AGE)
    assert ("sjukfranvaro", "actual", "2020-01-01", "2020-12-31", "age=50-", 7.9) in facts
    assert ("sjukfranvaro", "change_pp", "2020-01-01", "2020-12-31", "age=50-", -0.6) in facts
    assert ("sjukfranvaro", "actual", "2019-01-01", "2019-12-31", "age=30-49", 9.2) in facts
    # no age band is left as the whole
    assert not {f for f in facts if f[4] == "" and f[5] in (7.9, 8.5, 7.8, 8.4)}


# a per-unit table of January-April in an annual report; a staff table of the first half year in an interim report
# of January-August
VISITS_PER_UNIT_TO_APRIL = """Region Halland
Verksamhetsberättelse 2024

Läkarbesök per vårdcentral, antal

Vårdcentral  Jan-apr 2024  Jan-apr 2023  Förändring %
Vårdcentralen Centrum  9 410  9 244  1,8
Vårdcentralen Norr  6 121  5 813  5,3
Totalt  15 531  15 057  3,1
"""

STAFF_TO_JUNE = """Region Dalarna
Delårsrapport januari–augusti 2023

Personal

  Utfall jan–jun 2023  Utfall jan–jun 2022  Förändring
Årsarbetare  6 310  6 242  68
Antal anställda  7 402  7 377  25
"""


def test_a_change_whose_header_names_no_period_is_the_change_of_the_outcome_it_compares():
    facts = table_facts(VISITS_PER_UNIT_TO_APRIL)
    assert ("lakarbesok", "change_pct", "2024-01-01", "2024-04-30", "", 3.1) in facts
    assert not {f for f in facts if f[1] == "change_pct" and f[3] == "2024-12-31"}
    facts = table_facts(STAFF_TO_JUNE)
    assert ("arsarbetare", "change_abs", "2023-01-01", "2023-06-30", "", 68) in facts
    assert ("anstallda", "actual", "2022-01-01", "2022-06-30", "", 7377) in facts
    assert not {f for f in facts if f[3] == "2023-08-31"}


# converter output one number a line, minus signs printed apart (`– 9 954`): the lines read as rows of their own,
# and `– 9 954` reads as well as a minus sign before 9 954 as an empty cell's dash, 9 and 954
ONE_NUMBER_PER_LINE = """Region Värmland
Årsredovisning 2022

Resultaträkning

Belopp i mnkr
Utfall
2022
Utfall
2021
Budget
2022
Avvikelse

Verksamhetens intäkter
1 602
1 559
1 580
22

Verksamhetens nettokostnad
– 9 954
– 9 424
– 10 039
85

Generella statsbidrag och utjämning
2 407
2 311
2 438
– 31
"""


def test_a_cell_that_equally_good_readings_disagree_on_is_no_fact():
    cells, _ = extract_tables("x.txt", ONE_NUMBER_PER_LINE.split("\n"))
    ambiguous = [c for c in cells if c.check.startswith("ambiguous")]
    assert ambiguous  # the cells stay in raw, with the reason
    facts = table_facts(ONE_NUMBER_PER_LINE)
    printed = {1602000, 1559000, 1580000, 22000, 9954000, 9424000, 10039000, 85000, 2407000, 2311000, 2438000, -31000}
    assert {f[-1] for f in facts} <= printed  # nothing of `– 9 954` read as 9 and 954


def org_units(text: str) -> dict[tuple, str]:
    return {
        (r["metric_code"], r["measure"], str(r["period_end"]), r["value"]): r["org_unit_name"]
        for r in table_facts_of(text)
    }


# `Verksamhet` heads the label column of a production table and of a key-figure list: the labels name the activity
PRODUCTION_BY_ACTIVITY = """Region Halland
Delårsrapport januari–april 2022

Tabell 2. Vårdproduktion, antal

Verksamhet  Utfall 2022  Utfall 2021  Förändring  Förändring %
Läkarbesök  176 142  171 916  4 226  2,5
Vårdtillfällen  22 138  22 807  -669  -2,9
Operationer  8 088  7 488  600  8,0
"""

KEY_FIGURES_BY_ACTIVITY = """Region Kronoberg
Årsredovisning 2023

Verksamheten i siffror

Verksamhet  2023  2022
Vårdtillfällen  31 411  30 302
Läkarbesök  412 512  405 488
Operationer  12 301  11 276
"""

UNITS_BY_ACTIVITY = """Region Kronoberg
Delårsrapport januari–augusti 2023

Nettokostnad, mnkr

Verksamhet  Utfall 2023  Utfall 2022
Akutsjukvård  1 411  1 302
Psykiatri  512  488
"""


def test_labels_naming_metrics_under_an_org_level_header_are_the_activity_not_org_units():
    orgs = org_units(PRODUCTION_BY_ACTIVITY)
    assert orgs[("lakarbesok", "actual", "2022-04-30", 176142)] == "Region Halland"
    assert orgs[("vardtillfallen", "change_pct", "2022-04-30", -2.9)] == "Region Halland"
    orgs = org_units(KEY_FIGURES_BY_ACTIVITY)
    assert orgs[("lakarbesok", "actual", "2022-12-31", 405488)] == "Region Kronoberg"
    # labels that name no metric under `Verksamhet` stay the table's units
    orgs = org_units(UNITS_BY_ACTIVITY)
    assert orgs[("nettokostnad", "actual", "2023-08-31", 512000)] == "Psykiatri"


# tables in tkr whose arithmetic verifies no cell (two years and no difference column; outcome and budget only)
RESULT_TWO_YEARS_IN_TKR = """Region Sörmland
Årsredovisning 2023

Resultaträkning

Belopp i tkr  Not  Utfall 2023  Utfall 2022
Verksamhetens intäkter  1  1 282 310  1 372 118
Skatteintäkter  3  9 923 700  9 951 203
"""

COSTS_IN_TKR = """Region Gävleborg
Delårsrapport januari–augusti 2023

Kostnader per kostnadsslag, tkr

Kostnadsslag  Utfall jan–aug 2023  Budget jan–aug 2023
Personalkostnader  2 411 305  2 398 000
Läkemedel  512 118  505 000
"""


def test_a_table_in_tkr_whose_arithmetic_verifies_no_cell_is_judged_by_its_printed_amounts():
    facts = table_facts(RESULT_TWO_YEARS_IN_TKR)
    assert ("intakter_totalt", "actual", "2023-01-01", "2023-12-31", "", 1282310) in facts
    assert ("skatteintakter", "actual", "2022-01-01", "2022-12-31", "", 9951203) in facts
    facts = table_facts(COSTS_IN_TKR)
    assert ("lakemedel", "actual", "2023-01-01", "2023-08-31", "", 512118) in facts
    assert ("personalkostnader", "budget", "2023-01-01", "2023-08-31", "", 2398000) in facts
    # amounts that all stay below 1 000 in a `tkr` table still sum like mnkr: not trusted
    small = COSTS_IN_TKR.replace("2 411 305  2 398 000", "241  239").replace("512 118  505 000", "51  50")
    assert not table_facts(small)
