"""Stop 15 (TB15): tables of real report pages the reader was not written against (issue 14), from six fresh texts
annotated blind (/work/review15tb: SCB's statistics pages of the regions' costs and worked hours, news of
Kronoberg, Sörmland and Uppsala). Each case is a literal excerpt, read by the whole reader; the table cells read
are asserted: row label, column header, the number as printed and its value."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.reflow import markdown_row_cells, without_markup


def cells(text: str) -> dict[tuple[str, str], tuple[str, float | None]]:
    """(row label, column header) -> (the cell's text, its value), of every table cell the reader reads in `text`."""
    return {(c.row_label, c.column_header): (c.text, c.value) for c in extract_text("t.txt", text.encode()).cells}


# scb_regioner_kostnader_2022 (fresh): the page's table as its web copy gives it, in Markdown; the same table on
# the page of 2017-2021 (scb_regioner_kostnader_2021) is printed with spaces. Region Värmland's annual report of
# 2024 (varmland_arsredovisning_2024, dev) prints its goal table so too (`Effektmål | Bedömning | |`).
SCB_MARKDOWN = (
    "Kostnader per verksamhetsområde för regioner 2018–2022\n"
    "Löpande priser miljoner kronor\n"
    "VERKSAMHETSOMRÅDE | 2018 | 2019 | 2020 | 2021 | 2022 |\n"
    "---|---|---|---|---|---|\n"
    "HÄLSO- OCH SJUKVÅRD | 250 846 | 260 661 | 256 819 | 272 513 | 286 717 |\n"
    "Primärvård | 47 610 | 49 451 | 50 255 | 52 473 | 56 643 |\n"
    "Utbildning | 1 056 | 959 | 1 027 | 1 104 | 1 224 |\n"
    "JÄMFÖRELSESTÖRANDE POSTER | 452 | 220 | \u2011183 | 7 758 | \u2011452 |\n"
    "TOTALA KOSTNADER | 282 352 | 293 881 | 291 904 | 316 134 | 323 964 |\n"
)


def test_a_markdown_table_is_read_with_its_cells_where_the_pipes_put_them():
    read = cells(SCB_MARKDOWN)
    assert read[("HÄLSO- OCH SJUKVÅRD", "2018")] == ("250 846", 250846.0)
    assert read[("Primärvård", "2022")] == ("56 643", 56643.0)
    # the pipes decide the cells: `959 | 1 027` is never 959 1 | 027
    assert read[("Utbildning", "2019")] == ("959", 959.0)
    assert read[("Utbildning", "2020")] == ("1 027", 1027.0)
    assert read[("TOTALA KOSTNADER", "2022")] == ("323 964", 323964.0)


def test_a_markdown_row_is_its_cells_apart_and_its_rule_line_blank():
    assert markdown_row_cells("Primärvård | 47 610 | 49 451 |") == "Primärvård   47 610   49 451"
    assert markdown_row_cells("---|---|---|") == ""
    assert without_markup("Effektmål | Bedömning | |") == "Effektmål   Bedömning"
    # one pipe between two statements of a page's furniture is no table (skane_delarsrapport_2022, review12r)
    assert (
        without_markup("Publiceringsår: 2022 | Utgivare: Region Skåne")
        == "Publiceringsår: 2022 | Utgivare: Region Skåne"
    )


def test_a_non_breaking_hyphen_before_a_number_is_its_minus():
    # SCB prints its minus signs as U+2011 (all three of its pages here: `‑183` in both cost tables, `‑6,1` in the
    # table of worked hours); read as a hyphen the row keeps its five cells and the negative amount its sign
    read = cells(SCB_MARKDOWN)
    assert read[("JÄMFÖRELSESTÖRANDE POSTER", "2020")] == ("-183", -183.0)
    assert read[("JÄMFÖRELSESTÖRANDE POSTER", "2022")] == ("-452", -452.0)
    spaced = "".join(
        line + "\n"
        for line in (
            "Kostnader per verksamhetsområde för regioner 2017–2021",
            "",
            "Löpande priser miljoner kronor",
            "",
            "VERKSAMHETSOMRÅDE 2017 2018 2019 2020 2021",
            "HÄLSO- OCH SJUKVÅRD 240 010 250 846 260 661 256 819 272 513",
            "Primärvård 45 084 47 610 49 451 50 255 52 473",
            "Specialiserad somatisk vård 141 879 149 033 155 396 152 314 163 146",
            "Specialiserad psykiatrisk vård 22 479 23 172 24 012 24 331 26 162",
            "Tandvård 6 417 6 807 7 029 7 056 7 299",
            "Övrig hälso- och sjukvård 22 911 22 878 23 398 21 552 22 069",
            "Politisk verks. avseende hälso- och sjukvård 1 242 1 347 1 376 1 315 1 362",
            "REGIONAL UTVECKLING 29 918 31 054 33 000 35 268 35 863",
            "Utbildning 858 1 056 959 1 027 1 104",
            "Kultur 3 458 3 768 3 948 3 954 4 009",
            "Trafik och infrastruktur 23 561 24 211 26 058 28 200 28 406",
            "Allmän regional utveckling 1 755 1 705 1 760 1 797 2 036",
            "Politisk verks. avseende regional utveckling 285 312 273 290 307",
            "           ",
            "JÄMFÖRELSESTÖRANDE POSTER 1 601 452 220 \u2011183 7 758",
            "TOTALA KOSTNADER 271 529 282 352 293 881 291 904 316 134",
        )
    )
    read = cells(spaced)
    assert read[("JÄMFÖRELSESTÖRANDE POSTER", "2020")] == ("-183", -183.0)
    assert read[("JÄMFÖRELSESTÖRANDE POSTER", "2021")] == ("7 758", 7758.0)


def test_a_row_of_worked_hours_with_hyphen_minus_signs_keeps_its_six_cells():
    # scb_regioner_arbetade_timmar_2022 (fresh): hours (1 000-tal) of the monthly and hourly paid and their total,
    # then each one's change in percent; `‑6,1` read as text broke the row (`‑0,3` ran into the label)
    text = (
        "Antal arbetade timmar för anställda i regioner\n\n"
        "Månad Månadsavlönade Timavlönade Totalt Månadsavlönade Timavlönade Totalt\n"
        "dec 31 744 1 534 33 278 2,3 \u20116,1 1,9\n"
        "mars 36 787 1 470 38 257 \u20110,3 9,5 0,1\n"
    )
    rows: dict[str, list[float | None]] = {}
    for c in extract_text("t.txt", text.encode()).cells:
        rows.setdefault(c.row_label, []).append(c.value)
    assert rows["dec"] == [31744.0, 1534.0, 33278.0, 2.3, -6.1, 1.9]
    assert rows["mars"] == [36787.0, 1470.0, 38257.0, -0.3, 9.5, 0.1]


# A table flattened onto one line holds all its rows on that line. norrbotten_manadsrapport_2009 (dev) prints its
# income statement so (labels, then the values of three columns); vastmanland_hsf_delar1_2024's production page
# flattened as benchmarks/flattened.py flattens it holds `Vårddagar - somatik` and `Vårddagar - psykiatri` on one
# line. A cell was keyed by its line and column only: two rows of one line had one key (the build's unique test on
# stg_reports__table_cells failed and nothing was published), and two rows of one metric on one line were taken for
# one row stating two values (both dropped).
NORRBOTTEN_2009 = (
    "Månadsrapport januari–september 2009\n"
    "Resultaträkning (mkr) Verksamhetens intäkter Verksamhetens kostnader varav personalkostnader varav övriga "
    "kostnader varav avskrivningar Verksamhetens nettokostnad Skatteintäkter Generella statsbidrag och utjämning "
    "Resultat före finansiella poster Finansiella intäkter Finansiella kostnader Periodens resultat Ack utfall Ack "
    "utfall Avvikels e mot budget 0909 0909 0809 573 -5 067 -2 741 -2 143 -183 -4 494 3 343 1 264 552 -4 919 -2 670 "
    "-2 071 -178 -4 367 2 972 1 298 87 -47 0 -53 6 40 -57 26 113 140 -46 207 -97 28 -29 -98 9 86 -2 93 Nedanstående "
    "graf visar hur landstingets ackumulerade resultatkurva såg ut 2008.\n"
)


def test_the_cells_of_rows_on_one_line_have_a_key_each():
    read = extract_text("t.txt", NORRBOTTEN_2009.encode()).cells
    keys = [(c.table_id, c.line, c.row_index, c.column_index) for c in read]
    assert len({(t, line) for t, line, _, _ in keys}) < len(
        {(t, line, r) for t, line, r, _ in keys}
    )  # rows share a line
    assert len(keys) == len(set(keys))


VASTMANLAND_FLAT = (
    "Delårsrapport 1 januari–april 2024\n\n"
    "Produktionsdata – Egen produktion Ack utf Inn År Ack Bud Inn år Ack avv Bud % Ack utf Fg År Ack avv Fg år % "
    "Helår Prognos Helår Budget Bokslut Utf Fg år Läkarbesök 108 293 105 371 2,8% 106 519 1,7% 301 743 305 007 "
    "306 601 Vårddagar - somatik exkl perm (utskrivna) 59 567 59 067 0,8% 58 944 1,1% 174 834 178 186 173 998 "
    "Vårddagar - psykiatri exkl perm (belagda) 13 268 12 902 2,8% 12 846 3,3% 39 774 39 026 40 632 Operationer "
    "totalt 9 053 8 863 2,1% 8 778 3,1% 24 941 25 356 24 963 Analys Den totala öppenvårdsproduktionen ökade.\n"
)


def test_two_rows_of_one_metric_on_one_line_are_two_statements(tmp_path):
    from vardlager.single import facts_of_reports

    report = tmp_path / "vastmanland_flat.txt"
    report.write_text(VASTMANLAND_FLAT, encoding="utf-8")
    facts = facts_of_reports([report], say=lambda _: None)
    days = {f["value"] for f in facts if f["metric_code"] == "varddagar" and f["measure"] == "actual"}
    assert {59567.0, 13268.0} <= days


# vastmanland_hsf_delar1_2024's investment table (L1887-L1916) flattened onto one line, as benchmarks/flattened.py
# flattens the page: its `Summa` row and the six rows above it stand on one line. The tables' own arithmetic
# (macros/reconciliation_tests.sql) took a total's parts from the lines above it and so checked no flattened table;
# ordered by their place in the table it finds here what it finds in the printed page: the `1,5` of
# `Byggnadsinventarier 1,5   1,5` read into the forecast column (parts 189,6 against the printed 188,1).
VASTMANLAND_INVESTMENTS_FLAT = (
    "Delårsrapport 1 januari–april 2024\n\n"
    "Investeringar Investeringskategori, mnkr Budget 2024 inkl överförda medel Prognos utfall 2024 Prognos "
    "kvarvarande medel Datorutrustning 3,3 0,4 2,9 Medicinsk apparatur 209,1 116,3 92,8 Byggnadsinventarier "
    "1,5   1,5 Bilar och transportmedel 15,1  16,7 -1,6 Övriga maskiner och inventarier 6,4  2,9 3,5 Tekniska "
    "hjälpmedel  42,9  51,8 -8,9 Summa 278,3 188,1  90,2\n"
)


@pytest.mark.slow
def test_a_report_with_a_table_flattened_onto_one_line_is_published_and_its_totals_checked(tmp_path):
    # the cells' key had no row: `vardlager build` of norrbotten_manadsrapport_2009 failed stg_reports__table_cells'
    # unique test (36 cells) and published nothing; so did a build of the samples and dev texts flattened as
    # benchmarks/flattened.py flattens them (1 983 cells)
    import duckdb

    from vardlager.pipeline import build

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "norrbotten_2009.txt").write_text(NORRBOTTEN_2009, encoding="utf-8")
    (reports / "vastmanland_investments.txt").write_text(VASTMANLAND_INVESTMENTS_FLAT, encoding="utf-8")
    db = tmp_path / "vardlager.duckdb"
    result = build(reports, db, say=lambda _: None)
    assert result.published, result.errors
    with duckdb.connect(str(db), read_only=True) as con:
        sample = con.execute(
            """select sample from audit.dq_results
            where build_id = ? and check_name like 'dbt.parts_reconcile_to_total%'""",
            [result.build_id],
        ).fetchone()[0]
    assert "report_file=vastmanland_investments.txt" in sample and "parts_sum=189.6, n_parts=6" in sample
