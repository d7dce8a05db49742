"""Tables in the layouts of other regions' reports (issue 14, item 4: table headers and row labels): literal tables
of the review set of session 9 (numbers invented, layouts as Swedish region reports print them), read by the table
loader (extract_tables) and, for what the cells become, by the build's loaders and dbt models in memory
(vardlager.single.facts_of_reports)."""

from __future__ import annotations

from loaders.tables import extract_tables
from loaders.tables.headers import is_report_title
from tests.excerpts import table_facts_of


def read(text: str) -> tuple[dict[str, list[tuple[str, float | None, str]]], list]:
    """row label -> [(column header, value, unit)], and the issues."""
    cells, issues = extract_tables("x.txt", text.split("\n"))
    rows: dict[str, list[tuple[str, float | None, str]]] = {}
    for c in sorted(cells, key=lambda c: (c.line, c.column_index)):
        rows.setdefault(c.row_label, []).append((c.column_header, c.value, c.unit_raw))
    return rows, issues


def table_facts(text: str) -> set[tuple]:
    return {
        (r["metric_code"], r["measure"], str(r["period_start"]), str(r["period_end"]), r["value"], r["unit"])
        for r in table_facts_of(text)
    }


# the report's title, a section heading and a caption above a header, set apart by blank lines
COSTS_BY_MONTHS = """Region Värmland
Delårsrapport 2019

Kostnadsutveckling

Belopp i mnkr

Jan–apr 2019  Jan–apr 2018  Avvikelse
Personalkostnader  699,1  645,5  53,6
Köpt vård  61,8  57,9  3,9
Summa kostnader  760,9  703,4  57,5
"""

RESULT_TO_DATE = """Region Jönköpings län Hälso- och sjukvårdsförvaltningen
Delårsbokslut per augusti 2023

Resultat (tkr)

  Utfall ack  Budget ack  Budgetavvikelse  Utfall fg år
Verksamhetens intäkter  2 289 951  2 269 908  20 043  2 216 694
Personalkostnader  -1 482 435  -1 494 439  12 004  -1 456 761
Resultat  807 516  775 469  32 047  759 933
"""


def test_a_line_naming_the_report_is_its_title_not_a_line_of_the_table_header_below_it():
    # `Delårsrapport 2019` and `Delårsbokslut per augusti 2023` hold a year (and a month): read as header lines, the
    # wrapped header took them in and its columns shifted (`2019 Jan–apr`, `2018`; `augusti 2023`, `Resultat (tkr)`,
    # `Utfall`, `ack Budget` ...), so no column named its measure
    rows, issues = read(COSTS_BY_MONTHS)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Personalkostnader"] == [
        ("Jan–apr 2019", 699.1, "mnkr"),
        ("Jan–apr 2018", 645.5, "mnkr"),
        ("Avvikelse", 53.6, "mnkr"),
    ]
    rows, issues = read(RESULT_TO_DATE)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Resultat"][0] == ("Utfall ack", 807516, "tkr")
    # a column named `Tertial 1` (the word, then its number) is a column, not the report's title
    assert not is_report_title("Tertial 1 2024") and not is_report_title("Tertial 1 2024 Tertial 1 2023")
    assert is_report_title("Tertialrapport 1 2023") and is_report_title("Verksamhetsberättelse 2022")


# labels wrapped over two lines, the values on the second: the first right below the header
WRAPPED_LABELS = """Region Gotland
Verksamhetsberättelse 2022

Produktion, antal

Verksamhet  Utfall 2022  Utfall 2021  Diff  Procentuell förändring
Läkarbesök, öppen
specialiserad vård  103 411  102 546  865  0,8 %
Sjukvårdande
behandlingar  153 187  148 435  4 752  3,2 %
Ambulansuppdrag
(prio 1–3)  15 762  15 223  539  3,5 %
"""

# vastmanland_hsf_delar1_2024 L1454-1458 (the same shape between two rows of a sample)
DENTAL = """Led i sjukdomsbehandling 453 behandl. 384 behandl. 69 -  - - 4,0 3,1
Nödvändig tandvård 1 789 behandl. 1 809 behandl. -20 4 290 intyg 4 862 intyg 58 6,6 6,2
Tandvård vid långvarig
sjukdom 630 behandl. 621 behandl. 7 1 415 kort 1 239 kort 176 2,7 2,6
"""


def test_a_row_label_starting_lower_case_ends_the_label_printed_on_the_line_above():
    rows, issues = read(WRAPPED_LABELS)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert set(rows) == {
        "Läkarbesök, öppen specialiserad vård",
        "Sjukvårdande behandlingar",
        "Ambulansuppdrag (prio 1–3)",
    }
    assert rows["Sjukvårdande behandlingar"][0] == ("Utfall 2022", 153187, "")
    assert rows["Läkarbesök, öppen specialiserad vård"][3] == ("Procentuell förändring", 0.8, "")
    rows, _ = read(DENTAL)
    assert "Tandvård vid långvarig sjukdom" in rows and "sjukdom" not in rows
    # a part row (`varav`, `-män`) stays a row of its own under a line above it
    rows, _ = read("Utfall 2023  Utfall 2022\nLäkarbesök  1 200  1 100\nBesök\n-män  500  450\nvarav distans  40  30\n")
    assert {"-män", "varav distans"} <= set(rows)


# units printed after the row label: in a unit column, after a comma, or after the label
UNIT_COLUMN = """Region Dalarna
Delårsrapport 2023

Nyckeltal  Enhet  Tom april 2023  Tom april 2022  Förändring
Arbetad tid  timmar  1 821 906  1 801 791  20 115
Personalkostnader  tkr  742 331  708 003  34 328
Köpt vård  mnkr  73  70  3
"""

UNIT_AFTER_LABEL = """Region Blekinge
Årsredovisning 2019

Medarbetare

Personalnyckeltal  2019  2018  Förändring
Antal anställda  3 139  2 948  191
Sjukfrånvaro %  6,8  6,5  0,3
Inhyrd personal tkr  110 786  138 353  -27 567
Nettokostnad, mnkr  1 103  1 180  -77
"""


def test_a_unit_printed_after_a_row_label_is_the_rows_unit():
    rows, _ = read(UNIT_COLUMN)
    assert rows["Köpt vård (mnkr)"][0] == ("Tom april 2023", 73, "mnkr")
    assert rows["Personalkostnader (tkr)"][0] == ("Tom april 2023", 742331, "tkr")
    assert rows["Arbetad tid (timmar)"][0] == ("Tom april 2023", 1821906, "")
    rows, _ = read(UNIT_AFTER_LABEL)
    assert {"Sjukfrånvaro (%)", "Inhyrd personal (tkr)", "Nettokostnad (mnkr)", "Antal anställda"} <= set(rows)
    # a money unit that is not the table's leaves the row undecided: its label as printed, the table's unit
    text = "Belopp i tkr\n\nUtfall 2023  Utfall 2022\nNettokostnad, mnkr  1 103  1 180\nKöpt vård  73 000  70 000\n"
    rows, _ = read(text)
    assert rows["Nettokostnad, mnkr"] == [("Utfall 2023", 1103, "tkr"), ("Utfall 2022", 1180, "tkr")]
    # `Övertid timmar` and `arbetade timmar` are labels of their own: hours only after a column gap
    rows, _ = read("Utfall 2023  Utfall 2022\nÖvertid timmar  8 126  7 267\narbetade timmar  634 978  617 030\n")
    assert {"Övertid timmar", "arbetade timmar"} <= set(rows)
    facts = table_facts(UNIT_COLUMN)
    assert ("kopt_vard", "actual", "2023-01-01", "2023-04-30", 73000, "tkr") in facts
    assert ("personalkostnader", "change_abs", "2023-01-01", "2023-04-30", 34328, "tkr") in facts
    assert ("arbetad_tid", "actual", "2022-01-01", "2022-04-30", 1801791, "hours") in facts
    facts = table_facts(UNIT_AFTER_LABEL)
    assert ("sjukfranvaro", "actual", "2018-01-01", "2018-12-31", 6.5, "pct") in facts
    assert ("inhyrd_personal_kostnad", "actual", "2019-01-01", "2019-12-31", 110786, "tkr") in facts
    assert ("nettokostnad", "actual", "2019-01-01", "2019-12-31", 1103000, "tkr") in facts


FORECAST = """Region Kronoberg

Resultaträkning, mnkr

Bokslut 2018  Budget 2019  Prognos helår  Avv mot budget
Verksamhetens intäkter  852  878  916  38
Verksamhetens nettokostnad  -6 816  -7 097  -7 033  64
Resultat  34  25  142  117
"""


def test_a_gap_of_two_spaces_in_a_header_line_ends_a_column():
    # a converter that keeps the page's layout sets columns apart by runs of spaces: a qualifier after its measure
    # (`Prognos helår`, `Utfall ack`, `Budget ack`) stays in its column instead of opening the next one
    rows, _ = read(FORECAST)
    assert [h for h, _, _ in rows["Resultat"]] == ["Bokslut 2018", "Budget 2019", "Prognos helår", "Avv mot budget"]
    rows, _ = read(RESULT_TO_DATE)
    assert [h for h, _, _ in rows["Resultat"]] == ["Utfall ack", "Budget ack", "Budgetavvikelse", "Utfall fg år"]
    # the gaps of a row of numbers and words among the header lines are no column boundaries of the header
    rows, _ = read("Utfall 2023 Utfall 2022\nLäkarbesök  1 200  1 100\nVårdtillfällen  300  290\n")
    assert [h for h, _, _ in rows["Läkarbesök"]] == ["Utfall 2023", "Utfall 2022"]
    # `Budget ack` (seeds/column_headers.csv) is the budget of the months to date, not of the year
    facts = table_facts(RESULT_TO_DATE)
    assert ("intakter_totalt", "budget", "2023-01-01", "2023-08-31", 2269908, "tkr") in facts
    assert ("personalkostnader", "budget_deviation", "2023-01-01", "2023-08-31", 12004, "tkr") in facts


# a web copy of a PDF page: the table run into the line of text around it
FLATTENED = (
    "Region Örebro län Delårsrapport januari–augusti 2020 Sida 4 av 22 Ekonomiskt resultat Prognosen för helåret "
    "visar följande. Mnkr Budget Prognos Avvik Årets resultat -9 -36 -27 Nettokostnad 2 758 2 804 -46 "
    "Personalkostnader 1 383 1 380 3 Kommentar: prognosen bygger på utfallet per augusti.\n"
)


def test_a_table_flattened_into_a_line_of_text_is_read_as_the_table_it_was():
    rows, issues = read(FLATTENED)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Nettokostnad"] == [("Budget", 2758, "mnkr"), ("Prognos", 2804, "mnkr"), ("Avvik", -46, "mnkr")]
    assert rows["Personalkostnader"] == [("Budget", 1383, "mnkr"), ("Prognos", 1380, "mnkr"), ("Avvik", 3, "mnkr")]
    cells, _ = extract_tables("x.txt", FLATTENED.split("\n"))
    assert {c.line for c in cells} == {1}  # the source line, not a line of the table laid out again
    # the budget and forecast become facts; `Avvik` alone says no deviation from what, never a forecast: the
    # arithmetic (Avvik = Budget - Prognos on the cost rows) makes it the forecast deviation, better than budget
    # positive as printed (tests/test_tables_differences.py)
    facts = table_facts(FLATTENED)
    assert ("nettokostnad", "budget", "2020-01-01", "2020-12-31", 2758000, "tkr") in facts
    assert ("personalkostnader", "forecast", "2020-01-01", "2020-12-31", 1380000, "tkr") in facts
    assert ("nettokostnad", "forecast_deviation", "2020-01-01", "2020-12-31", -46000, "tkr") in facts
    assert ("personalkostnader", "forecast_deviation", "2020-01-01", "2020-12-31", 3000, "tkr") in facts
    assert not [f for f in facts if f[1] == "forecast" and abs(f[4]) in (46000, 3000)]
    # header words that no labelled rows of numbers follow stay text
    text = "I tabellen nedan visas Budget och Prognos för helåret 2020 samt utfallet, som kommenteras längre fram " * 2
    cells, _ = extract_tables("x.txt", [text])
    assert not cells


# income statements print negative amounts in parentheses
RESULT_IN_PARENTHESES = """Region Gotland Hälso- och sjukvårdsförvaltningen
Delårsbokslut per april 2022

Resultat (tkr)

  Utfall ack  Budget ack  Budgetavvikelse  Utfall fg år
Verksamhetens intäkter  1 927 151  1 955 036  (27 885)  1 856 004
Personalkostnader  (1 076 731)  (1 085 468)  8 737  (1 042 156)
Övriga kostnader  (850 420)  (869 568)  19 148  (833 772)
Resultat  0  0  0  (19 924)
"""

FORECAST_IN_PARENTHESES = """Resultaträkning, mnkr

Bokslut 2020  Budget 2021  Prognos helår  Avv mot budget
Verksamhetens intäkter  832  857  871  14
Verksamhetens kostnader  (7 296)  (7 588)  (7 608)  (20)
Verksamhetens nettokostnad  (6 464)  (6 731)  (6 737)  (6)
"""


def test_an_amount_in_parentheses_is_negative():
    rows, issues = read(RESULT_IN_PARENTHESES)
    assert not [i for i in issues if i.kind in ("table_header_mismatch", "unreadable_row")]
    assert [v for _, v, _ in rows["Personalkostnader"]] == [-1076731, -1085468, 8737, -1042156]
    assert [v for _, v, _ in rows["Verksamhetens intäkter"]] == [1927151, 1955036, -27885, 1856004]
    rows, _ = read(FORECAST_IN_PARENTHESES)
    assert [v for _, v, _ in rows["Verksamhetens kostnader"]] == [-7296, -7588, -7608, -20]
    assert [v for _, v, _ in rows["Verksamhetens nettokostnad"]] == [-6464, -6731, -6737, -6]
    facts = table_facts(RESULT_IN_PARENTHESES)
    assert ("intakter_totalt", "budget_deviation", "2022-01-01", "2022-04-30", -27885, "tkr") in facts
    assert ("personalkostnader", "actual", "2021-01-01", "2021-04-30", 1042156, "tkr") in facts  # a cost: positive
    # a remark in parentheses, a page number and a footnote mark are no negative amounts
    remark = "Operationer\ncirka 19 900 (oplanerade 4 160, planerade 15 760)\nFörlossningar\ncirka 2 700\n"
    assert not [c for c in extract_tables("x.txt", remark.split("\n"))[0] if c.value is not None and c.value < 0]
    cells, _ = extract_tables("x.txt", ["Text om inhyrd personal.", "", " Sida 10 (38) ", ""])
    assert not cells
    cells, _ = extract_tables("x.txt", ["ÄRENDE", "Regionstyrelsen 2018-05-02 Sida 1 (2)", "ANSVARIG AVDELNING", ""])
    assert not cells
    rows, _ = read("Utfall 2023  Utfall 2022\nLäkarbesök (1)  1 200  1 100\nVårdtillfällen  300  290\n")
    assert rows["Läkarbesök (1)"] == [("Utfall 2023", 1200, ""), ("Utfall 2022", 1100, "")]


STACKED_PRODUCTION = """Vårdproduktion, antal

                          Utfall          Utfall          Förändring
                          2023            2022            %
Läkarbesök                119 706         126 916         -5,7
Vårdtillfällen            17 331          18 511          -6,4
"""

STACKED_COSTS = """Kostnader, mnkr

                          Ack utfall      Ack budget      Avvikelse
                          jan-apr 2024    jan-apr 2024    mot budget
Personalkostnader         590,6           607,1           16,5
Läkemedel                 172,0           165,6           -6,4
"""


def test_header_cells_stacked_over_gapped_lines_are_joined_by_their_columns():
    # a converter that keeps the page's layout prints a header's cells stacked over lines, set apart by gaps: each
    # piece belongs to the column it stands over. Read word by word, `Utfall Utfall Förändring 2023 2022 %` gave
    # `Utfall` / `Förändring 2023` / `2022 %`, and `Ack utfall Ack budget Avvikelse jan-apr 2024 ...` columns that
    # the arithmetic then put in another order: outcome and budget swapped
    rows, _ = read(STACKED_PRODUCTION)
    assert rows["Läkarbesök"] == [("Utfall 2023", 119706, ""), ("Utfall 2022", 126916, ""), ("Förändring %", -5.7, "")]
    rows, issues = read(STACKED_COSTS)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Personalkostnader"] == [
        ("Ack utfall jan-apr 2024", 590.6, "mnkr"),
        ("Ack budget jan-apr 2024", 607.1, "mnkr"),
        ("Avvikelse mot budget", 16.5, "mnkr"),
    ]
    # a piece over two columns (`Utfall jan–aug` centred over two years) leaves the header to the word reading
    text = "        Utfall jan–aug     Förändring\n        2023      2022     %\nLäkarbesök  1 200  1 100  9,1\n"
    rows, _ = read(text)
    assert "Utfall jan–aug 2023" not in {h for h, _, _ in rows.get("Läkarbesök", [])}
