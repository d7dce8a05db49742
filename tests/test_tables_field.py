"""Tables in the shapes of the field corpus and the samples: literal excerpts, read by the table loader
(extract_tables) and, for what the cells become, by the build's loaders and dbt models in memory
(vardlager.single.facts_of_reports)."""

from __future__ import annotations

from loaders.tables import extract_tables, split_header
from tests.excerpts import report_facts, table_facts_of

# jamtland_harjedalen_hsn_tertial_2024-04 L1293-1318: the label column header, the column headers and the first
# row's label wrapped over lines with blank lines between
RADIOLOGY = """Egenproducerad verksam-
het

Utfall 2022-04 Utfall 2023-04 Utfall 2024-04
Procentuell
förändring
2023–2024

Röntgenavdelning (undersök-
ningar)

29 658 31 254 30 716 -1,7%

Kliniska mammografier (under-
sökningar)

2 051 2 709 2 412 -11,0%

Fysiologen (undersökningar) 5 296 5 727 5 773 0,8%
"""

# the same report L1405-1439: `Tom april -21` headers, hyphenated over lines, and a first row label `c-` / `op`
OPERATIONS = """Egenproducerad verk-
samhet Centaloperation

Tom
april -21

Tom
april-22

Tom
april -23

Tom
april -24

Föränd-
ring mot

fg år

Procen-
tuellför-
ändring

mot före-
gående

år

Antal operationstimmar c-
op

2 592 2 785 3 163 3 516 353 11%

Antal operationer c-op 1 970 2 079 2 308 2 420 112 5%
"""

# the same report L1332-1354: two-digit years and a month range split over lines
LABS = """Egenproducerad
verksamhet

Utfall 22 jan-april
Utfall 23 jan

- april
Utfall 24 jan-april

Procentuell
förändring
2023–2024

Klin kem lab (analyser) 927 131 1 003 869 1 024 557 2,1%

Plasma/trombocyter 336 386 414 7,3%
"""

# norrbotten_lanssjukvard1_delar_2023-08 L505-538: the first row's label `MT-` / `utrustning` above its values
INVESTMENTS = """Typ av

investering

Utfall beslut

före 2023

Utfall beslut

2023

Summa

utfall 2023
Prognos

MT-

utrustning
6 12 18 23

IT-utrustning 0 3 4 6
"""


def cells_by_row(text: str) -> tuple[dict[str, list[tuple[str, float | None]]], list]:
    cells, issues = extract_tables("x.txt", text.split("\n"))
    rows: dict[str, list[tuple[str, float | None]]] = {}
    for c in sorted(cells, key=lambda c: (c.line, c.column_index)):
        rows.setdefault(c.row_label, []).append((c.column_header, c.value))
    return rows, issues


def test_a_first_row_label_wrapped_above_its_values_belongs_to_the_row_not_the_header():
    rows, issues = cells_by_row(RADIOLOGY)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Röntgenavdelning (undersökningar)"] == [
        ("Utfall 2022-04", 29658),
        ("Utfall 2023-04", 31254),
        ("Utfall 2024-04", 30716),
        ("Procentuell förändring 2023–2024", -1.7),
    ]
    rows, _ = cells_by_row(INVESTMENTS)
    assert [v for _, v in rows["MT-utrustning"]] == [6, 12, 18, 23]  # an abbreviation keeps its hyphen
    assert [h for h, _ in rows["IT-utrustning"]] == [
        "Utfall beslut före 2023",
        "Utfall beslut 2023",
        "Summa utfall 2023",
        "Prognos",
    ]


def test_tom_month_and_two_digit_year_headers_wrapped_over_blank_lines_name_every_column():
    rows, issues = cells_by_row(OPERATIONS)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert rows["Antal operationstimmar c-op"] == [
        ("Tom april -21", 2592),
        ("Tom april-22", 2785),
        ("Tom april -23", 3163),
        ("Tom april -24", 3516),
        ("Förändring mot fg år", 353),
        ("Procentuellförändring mot föregående år", 11),
    ]
    rows, issues = cells_by_row(LABS)
    assert not [i for i in issues if i.kind == "table_header_mismatch"]
    assert [h for h, _ in rows["Plasma/trombocyter"]] == [
        "Utfall 22 jan-april",
        "Utfall 23 jan - april",
        "Utfall 24 jan-april",
        "Procentuell förändring 2023–2024",
    ]


def test_two_digit_years_month_ranges_and_year_spans_in_headers_give_each_column_its_period():
    head = "Tertialrapport 1 2024\n\n"
    facts = table_facts(head + OPERATIONS)
    hours = {(f[1], f[2]): f[3] for f in facts if f[0] == "operationstimmar"}
    assert hours[("actual", "2021-01-01")] == 2592 and hours[("actual", "2024-01-01")] == 3516
    assert hours[("change_abs", "2024-01-01")] == 353 and hours[("change_pct", "2024-01-01")] == 11
    facts = table_facts(head + LABS)
    periods = {f[3]: (f[1], f[2]) for f in facts if f[0] == "undersokningar"}
    assert periods[927131] == ("actual", "2022-01-01") and periods[1024557] == ("actual", "2024-01-01")
    assert periods[2.1] == ("change_pct", "2024-01-01")  # `förändring 2023–2024` is the later year's
    ends = {str(r["period_end"]) for r in report_facts(head + LABS)}
    assert ends == {"2022-04-30", "2023-04-30", "2024-04-30"}  # `jan-april` ends in April


def test_a_row_label_naming_a_unit_and_what_it_counts_in_parentheses_gives_the_unit_as_org_unit():
    # jamtland_harjedalen_hsn_tertial_2024-04: `Klin kem lab (analyser)` (L1345) and `Röntgenavdelning
    # (undersökningar)` (L1304) count the examinations of one unit, not the whole nämnd's; so do `Kliniska
    # mammografier (under-` / `sökningar)` and `Fysiologen (undersökningar)`, whose counted noun names the metric
    units = {LABS: {"Klin kem lab"}, RADIOLOGY: {"Röntgenavdelning", "Kliniska mammografier", "Fysiologen"}}
    for text, value, unit in ((LABS, 1024557, "Klin kem lab"), (RADIOLOGY, 30716, "Röntgenavdelning")):
        facts = table_facts_of("Tertialrapport 1 2024\n\n" + text)
        (fact,) = [r for r in facts if r["value"] == value]
        assert (fact["metric_code"], fact["org_unit_name"]) == ("undersokningar", unit)
        assert {r["org_unit_name"] for r in facts if r["metric_code"] == "undersokningar"} == units[text]


def table_facts(text: str) -> set[tuple]:
    return {
        (r["metric_code"], r["measure"], str(r["period_start"]), r["value"], r["unit"], r["breakdown"])
        for r in table_facts_of(text)
    }


def test_a_varav_row_naming_a_staff_category_is_a_breakdown_of_its_parents_quantity():
    # okand_hos_verksamhetsberattelse_2007 (thousands of hours in the row labels) and the shape of
    # vastmanland_hsf_delar1_2024's `Utförd arbetstid egen personal` / `- varav läkare`
    text = (
        "Verksamhetsberättelse för 2007\n\nFörvaltning: Hälso- och sjukvården\n\n"
        "Bokslut bokslut\n\n2007 2006\n\n"
        "Arbetad tid (1 000 tim) 7 163,0 7 031,0\n\n"
        "- varav övertid/fyllnadstid (1 000 tim) 127,0 137,0\n\n"
        "- varav timtid (1 000 tim) 245,0 262,0\n\n"
        "- varav timtid (%) 3,4% 3,7%\n\n"
        "- varav inhyrd personal (1 000 tim) 63,0 43,0\n\n"
        "- varav läkare (1 000 tim) 1 032,0 1 005,0\n\n"
        "- varav sjuksköterskor (1 000 tim) 2 699,0 2 617,0\n"
    )
    facts = table_facts(text)
    by_value = {f[3]: f for f in facts}
    assert by_value[1032000][:2] == ("arbetad_tid", "actual") and by_value[1032000][4] == "hours"
    assert by_value[1032000][5] == "staff=läkare"
    assert by_value[2617000][0] == "arbetad_tid" and by_value[2617000][2] == "2006-01-01"
    assert by_value[245000][0] == "arbetad_tid" and by_value[245000][5] == "employment=timavlönade"
    # the row label's unit picks the overtime metric in hours; a share is no level of the worked time
    assert by_value[127000][0] == "overtid_timmar"
    assert 3.4 not in by_value
    # hours are no cost of hired staff
    assert not any(f[0] == "inhyrd_personal_kostnad" for f in facts)


def test_a_staff_category_under_a_row_naming_no_metric_is_no_part_of_the_tables_whole():
    # vastmanland_hsf_delar1_2024 L2695-2726: `- varav sjuksköterskor` under `Utförd arbetstid resursenheten` (a
    # unit's hours, no metric of its own) is not the sjuksköterskor of the table's `Arbetad tid`
    text = (
        "Delårsrapport 1 2024\n\nArbetad tid (ack)\n\n"
        "Förändring Förändring %Föregeående ÅrInnevarande År\n\n"
        "Utförd arbetstid egen personal  2 160 830  37 229  1,75 2 123 601\n\n"
        "- varav läkare  283 621  347  0,12 283 274\n\n"
        "Utförd arbetstid resursenheten  23 665 -1 663 -6,57 25 328\n\n"
        "- varav sjuksköterskor  4 297 -28 -0,66 4 325\n"
    )
    facts = table_facts(text)
    staff = {(f[0], f[5], f[3]) for f in facts if f[5].startswith("staff=")}
    assert ("arbetad_tid_egen", "staff=läkare", 283621) in staff
    assert not [f for f in staff if f[1] == "staff=sjuksköterskor"]


# norrbotten_manadsrapport_2009 (a web copy, the page on one line): the labels and headers, then the values column
# by column, rows 1-8 first and rows 9-12 after them
COLUMNWISE_LABELS = (
    "Resultaträkning (mkr) Verksamhetens intäkter Verksamhetens kostnader varav personalkostnader varav övriga "
    "kostnader varav avskrivningar Verksamhetens nettokostnad Skatteintäkter Generella statsbidrag och utjämning "
    "Resultat före finansiella poster Finansiella intäkter Finansiella kostnader Periodens resultat Ack utfall Ack "
    "utfall Avvikels e mot budget 0909 0909 0809"
)
COLUMNWISE_VALUES = (
    "573 -5 067 -2 741 -2 143 -183 -4 494 3 343 1 264 552 -4 919 -2 670 -2 071 -178 -4 367 2 972 1 298 87 -47 0 "
    "-53 6 40 -57 26 113 140 -46 207 -97 28 -29 -98 9 86 -2 93"
)


def test_a_table_flattened_column_by_column_is_read_where_its_sums_decide_one_reading():
    cells, issues = extract_tables("x.txt", [COLUMNWISE_LABELS, "", COLUMNWISE_VALUES])
    rows: dict[str, list[float | None]] = {}
    for c in sorted(cells, key=lambda c: (c.row_index, c.column_index)):
        rows.setdefault(c.row_label, []).append(c.value)
    assert list(rows)[:3] == ["Verksamhetens intäkter", "Verksamhetens kostnader", "varav personalkostnader"]
    assert rows["Verksamhetens kostnader"] == [-5067, -4919, -47]
    assert rows["Skatteintäkter"] == [3343, 2972, -57]
    assert rows["Resultat före finansiella poster"] == [113, -97, 9]
    assert rows["Periodens resultat"] == [207, -98, 93]
    assert {c.column_header for c in cells} == {"Ack utfall", "Avvikelse mot budget"}
    assert {c.unit_raw for c in cells} == {"mkr"} and not issues
    verified = {c.row_label for c in cells if c.is_verified}
    assert "Verksamhetens kostnader" in verified and "Verksamhetens intäkter" not in verified  # in no sum
    # the same values in another order: no reading is confirmed by the sums, nothing is placed column by column
    shuffled = " ".join(reversed(COLUMNWISE_VALUES.replace(" 0", " 0,0").split()))
    cells, _ = extract_tables("x.txt", [COLUMNWISE_LABELS, "", shuffled])
    assert not [c for c in cells if c.row_label]


def test_of_two_columns_under_the_same_outcome_header_the_second_is_the_year_before():
    # norrbotten_manadsrapport_2009 (`Ack utfall Ack utfall Avvikelse mot budget`, period codes `0909 0909 0809`
    # flattened out of order) and norrbotten_manadsrapport_2011 (`Ack utfall Ack Utfall Avv utfall - budget`): a
    # result statement prints this year's outcome, then the same months a year before, then the deviation
    text = "Månadsrapport januari–september 2009\n\n" + COLUMNWISE_LABELS + "\n\n" + COLUMNWISE_VALUES + "\n"
    facts = table_facts(text)
    deviations = {f[0]: f[3] for f in facts if f[1] == "budget_deviation"}
    assert deviations["kostnader_totalt"] == -47000 and deviations["skatteintakter"] == -57000
    assert deviations["nettokostnad"] == 40000 and deviations["resultat"] == 93000
    assert len(deviations) == 12
    actuals = {(f[0], f[2]): f[3] for f in facts if f[1] == "actual"}
    assert actuals[("skatteintakter", "2009-01-01")] == 3343000 and actuals[("skatteintakter", "2008-01-01")] == 2972000
    assert actuals[("verksamhetens_resultat", "2009-01-01")] == 113000
    assert actuals[("verksamhetens_resultat", "2008-01-01")] == -97000
    ends = {str(r["period_end"]) for r in report_facts(text)}
    assert ends == {"2009-09-30", "2008-09-30"}
    text = (
        "Månadsrapport januari-oktober 2011\n\nResultaträkning (mkr) Ack utfall Ack Utfall Avv utfall - budget\n"
        "Skatteintäkter 3 343 2 972 -57\nGenerella statsbidrag och utjämning 1 264 1 298 26\n"
    )
    facts = table_facts(text)
    assert {(f[0], f[1], f[2], f[3]) for f in facts if f[0] == "skatteintakter"} == {
        ("skatteintakter", "actual", "2011-01-01", 3343000),
        ("skatteintakter", "actual", "2010-01-01", 2972000),
        ("skatteintakter", "budget_deviation", "2011-01-01", -57000),
    }
    # three columns under one header: which is which no convention says, no actual is stated
    three = text.replace("Ack Utfall Avv utfall - budget", "Ack utfall Ack utfall")
    assert not [f for f in table_facts(three) if f[0] == "skatteintakter"]
    # two panels (`Utfall Budget Utfall Budget`, month and year to date): the second `Utfall` is no year before
    panels = (
        "Månadsrapport januari-oktober 2011\n\nResultaträkning (mkr) Utfall Budget Utfall Budget\n"
        "Skatteintäkter 343 340 3 343 3 300\nGenerella statsbidrag och utjämning 126 130 1 264 1 298\n"
    )
    assert not [f for f in table_facts(panels) if f[2].startswith("2010")]
    # (the table is read: its cells are there; the row's two `Utfall` of one period leave it no fact)
    cells, _ = extract_tables("x.txt", panels.split("\n"))
    assert [c.value for c in cells if c.row_label == "Skatteintäkter" and c.column_header == "Utfall"] == [343, 3343]
    # a month panel, then the year to date with its forecast or target (`Utfall Budget Utfall Prognos`): one
    # header repeats, but a forecast, target or full-year column says it is no this-year / last-year statement
    for last, measure in (("Prognos", "forecast"), ("Mål", "target")):
        month_then_year = panels.replace("Utfall Budget Utfall Budget", "Utfall Budget Utfall " + last)
        facts = table_facts(month_then_year)
        assert not [f for f in facts if f[2].startswith("2010")], last
        assert (measure, "2011-01-01", 3300000) in {(f[1], f[2], f[3]) for f in facts if f[0] == "skatteintakter"}


def test_swedish_header_styles_give_each_column_its_measure_and_period():
    # the header styles of Swedish period reports (issue 14): `Jan–aug 2024`, `Ack augusti`, `Budget helår Prognos
    # helår` (the qualifier after the measure); a table under the report's title takes the end of its month range
    assert split_header("Jan–aug 2024 Jan–aug 2023 Förändring") == ["Jan–aug 2024", "Jan–aug 2023", "Förändring"]
    assert split_header("2023 jan-apr 2024 jan-apr") == ["2023 jan-apr", "2024 jan-apr"]
    assert split_header("Utfall Budget helår Prognos helår") == ["Utfall", "Budget helår", "Prognos helår"]
    assert split_header("Helår Budget Helår Prognos") == ["Helår Budget", "Helår Prognos"]
    rows = "\n\nLäkare 120,5 110,2 10,3\n\nPersonalkostnader totalt 320,6 300,2 20,4\n"
    title = "Delårsrapport januari–augusti 2024\n\nPersonalkostnader (mnkr)\n\n"
    facts = table_facts(title + "Jan–aug 2024 Jan–aug 2023 Förändring" + rows)
    assert {(f[1], f[2], f[3]) for f in facts if f[0] == "personalkostnader" and not f[5]} == {
        ("actual", "2024-01-01", 320600),
        ("actual", "2023-01-01", 300200),
        ("change_abs", "2024-01-01", 20400),
    }
    ends = {str(r["period_end"]) for r in report_facts(title + "Jan–aug 2024 Jan–aug 2023 Förändring" + rows)}
    assert ends == {"2024-08-31", "2023-08-31"}  # `Förändring` under the title `januari–augusti` ends in August
    facts = table_facts(title + "Ack augusti Ack augusti fg år Förändring" + rows)
    assert ("actual", "2024-01-01", 320600) in {(f[1], f[2], f[3]) for f in facts}
    # `Budget jan-aug 2024` is the budget of those months, not the year's
    text = title + "Utfall jan-aug 2024 Budget jan-aug 2024 Förändring" + rows
    facts = table_facts(text)
    assert ("budget", "2024-01-01", 300200) in {(f[1], f[2], f[3]) for f in facts}
    ends = {str(r["period_end"]) for r in report_facts(text)}
    assert ends == {"2024-08-31"}
    # `Avvikelse` alone names no measure, never the table's budget: the arithmetic (Avvikelse = Utfall - Budget on
    # every row) makes it the budget deviation, and a cost over its budget is a negative deviation (the contract:
    # positive is better than budget)
    facts = table_facts(title + "Utfall Budget Avvikelse" + rows)
    assert {(f[1], f[3]) for f in facts if f[0] == "personalkostnader" and not f[5]} == {
        ("actual", 320600),
        ("budget", 300200),
        ("budget_deviation", -20400),
    }


# stockholm_ambulansstatistik_2017 L2-16
AMBULANCE_YEARS = """Brand- och ambulansväsen 2005-2017
Fire and ambulance service
  2005 2010 2015 2016 2017
Brandväsen
Utryckningar vid räddningstjänst1 16 686 16 532 16 458 18 115 18 225
Brandtjänst 4 988 4 626 4 464 5 797 6 070
Automatlarm, ej brand 5 110 5 253 5 329 5 902 5 823
Hjälp till annan kommun vid brand 1 854 2 249 2 205 2 417 2 541
Annan räddningstjänst 4 734 4 404 4 460 3 999 3 791
Ambulansväsen (avser hela länet)
Utryckningsfordon2 55 55 71 71 76
Utryckningar1 134 874 156 383 194 163 210 004 210 717
Olycksfall (utryckning med påslagna sirener) 54 557 60 063 100 838 116 342 112 522
Sjukdomsfall 80 210 95 774 93 233 93 622 98 195
Källa: SLL/MSB/Sweco
"""


def test_a_page_of_year_columns_is_dated_by_its_columns_when_the_text_gives_no_period():
    # stockholm_ambulansstatistik_2017 (a statistics page titled with a range of years, no period of its own):
    # each column is the whole year it names; the footnote mark glued to a row label (`Utryckningar1`) is no
    # part of its name. A table whose columns are not all bare years (a chart's `2006 och` | `2010`) stays
    # without a period, as before
    facts = table_facts(AMBULANCE_YEARS)
    missions = {f[2]: f[3] for f in facts if f[0] == "ambulansuppdrag" and f[1] == "actual"}
    assert missions == {
        "2005-01-01": 134874,
        "2010-01-01": 156383,
        "2015-01-01": 194163,
        "2016-01-01": 210004,
        "2017-01-01": 210717,
    }
    ends = {str(r["period_end"]) for r in report_facts(AMBULANCE_YEARS)}
    assert ends == {"2005-12-31", "2010-12-31", "2015-12-31", "2016-12-31", "2017-12-31"}
    chart = "Självskattad hälsa\n\nProcent; 2002, 2006 och 2010\n\n49 49 51\n\n24 22 21\n\n2010 95\n\n24\n"
    assert table_facts(chart) == set()


def test_a_goal_tables_target_and_outcome_and_a_change_rows_percent_become_their_measures():
    # Norrbotten övriga länet T1 2021's goal table (tests/test_tables.py GOALS): `Mått för måluppfyllelse` is the
    # target, `Måluppfyllelse` the outcome (not the target `^mål` would read); a row stating a change
    # (`Procentuell förändring av ...`, `Nettokostnadsutveckling`) gives its outcome's percent as change_pct and
    # its target, a change target, no fact
    from tests.test_tables import GOALS

    facts = table_facts("Tertialrapport 1 2021\n\n" + GOALS)
    assert ("sjukfranvaro", "actual", "2021-01-01", 6.2, "pct", "") in facts
    assert ("sjukfranvaro", "target", "2021-01-01", 4.8, "pct", "") in facts
    assert ("inhyrda_lakare_arsarbetare", "change_pct", "2021-01-01", -6.5, "pct", "") in facts
    assert ("nettokostnad", "change_pct", "2021-01-01", -1.9, "pct", "") in facts
    assert not [f for f in facts if f[3] in (-20, -9)]  # change targets
    assert not [f for f in facts if f[0] in ("inhyrda_lakare_arsarbetare", "nettokostnad") and f[1] != "change_pct"]
