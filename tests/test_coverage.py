"""Every number accounted for: the ledger of loaders/coverage.py on literal strings, and
`vardlager coverage` on the session's warehouse of the five sample reports."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from loaders.coverage import (
    REASONS,
    _unhyphenated,
    explain,
    line_ledger,
    load_non_fact_rules,
    metric_word_regex,
    numbers_seen,
    tables_out_of_domain,
)
from loaders.extract import extract_text
from loaders.lexicon import load_lexicon
from loaders.numbers import NUMBER_RE
from loaders.records import ExtractionIssue, ProseFact, TableCell
from loaders.tables import extract_tables
from vardlager.cli import app

RULES = load_non_fact_rules()
METRIC_RX = metric_word_regex(load_lexicon())


def why(text: str, number: str, occurrence: int = 0) -> str:
    """The reason the seed gives for the `occurrence`-th `number` in `text` ('' when none)."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(number, at + 1)
    return explain(text, at, at + len(number), RULES, METRIC_RX)[0]


@pytest.mark.parametrize(
    "text, number, reason",
    [
        ("Resultatet för 2023 blev bättre än väntat.", "2023", "year"),
        ("Sida 10 (38)", "38", "page"),
        ("Sida 7 av 42", "7", "page"),
        ("Uppgifterna avser 2024-04-30.", "04", "date"),
        ("Beslutet gäller från och med 4 mars.", "4", "date"),
        ("Utfall 2021-04 2022-04", "2022", "date"),
        ("Tom april -21", "-21", "date"),
        ("Mottagningen har öppet 07.30 till 16.30.", "16", "time"),
        ("Andelen patienter 65 år och äldre", "65", "age"),
        ("de som fyller 40, 50 och 60 år", "40", "age"),
        ("Tre av fem bedömer att 3 av 5 mål är uppfyllda", "3", "goal_count"),
        ("Minskad hyrbemanning (HSN/1237/2023)", "1237", "reference"),
        ("RF23-24. Delta i det nationella arbetet", "24", "reference"),
        ("Svårare fall av covid-19 vårdas", "19", "name_or_label"),
        ("Division Länssjukvård 1 uppvisar", "1", "name_or_label"),
        ("7.3.4 Framgångsfaktorer: En trygg verksamhet", "3", "heading_number"),
        ("minst 75% inom 30 dagar.", "30", "threshold"),
        ("Inflödet mätt som inkommande samtal har minskat med ca 4,0 %.", "4,0", "out_of_domain"),
    ],
)
def test_a_number_that_is_no_fact_is_explained(text, number, reason):
    assert why(text, number) == reason


@pytest.mark.parametrize(
    "text, number",
    [
        ("Tandvården producerade 2023 besök under perioden.", "2023"),  # a count of visits, not a year
        ("Nettokostnaden ökade med 4,0 % jämfört med föregående år.", "4,0"),
        ("Antalet läkarbesök minskade med 1 235.", "1 235"),
        ("Inkommande samtal ökade, och läkarbesöken ökade med 4,0 %.", "4,0"),  # a metric word: not out of domain
    ],
)
def test_a_number_that_may_be_a_fact_is_not_explained_away(text, number):
    assert why(text, number) == ""


def test_a_wrapped_table_header_is_read_across_its_lines():
    text = "Utfall\njan-april\n24\n\nBudget\n24"
    at = text.index("24")
    assert explain(text, at, at + 2, RULES, METRIC_RX)[0] in ("date", "year")
    last = text.rindex("24")
    assert explain(text, last, last + 2, RULES, METRIC_RX)[0] == "year"


def test_every_reason_of_the_seed_is_on_the_closed_list_and_a_bad_row_fails(tmp_path):
    assert {r.reason for r in RULES} <= set(REASONS)
    bad = tmp_path / "words.csv"
    bad.write_text(
        "reason,span,before,number,after,near,no_metric,example\nweather,,,\\d+,,,,sol 30\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="weather"):
        load_non_fact_rules(bad)
    bad.write_text("reason,span,before,number,after,near,no_metric,example\nyear,,,\\d{1,3},,,,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unquoted"):
        load_non_fact_rules(bad)


def _cell(text: str, col: int, line: int = 1) -> TableCell:
    return TableCell("t.txt", "t001", "", "", "", "Läkarbesök", "", col, text, None, line, False, "")


def _fact(quote: str, line: int = 1) -> ProseFact:
    return ProseFact("t.txt", line, "", quote, "", "nettokostnad", "change_pct", 0.0, "%", None, None, "", False)


def test_a_line_ledger_gives_each_number_one_disposition():
    row = "Läkarbesök 108 293 105 371 2,8% 106 519"
    ledger = line_ledger(
        "t.txt",
        1,
        row,
        [_cell("108 293", 0), _cell("105 371", 1), _cell("2,8%", 2), _cell("106 519", 3)],
        [],
        [],
        RULES,
        METRIC_RX,
    )
    assert [(n.text, n.disposition) for n in ledger] == [
        ("108 293", "table_cell"),
        ("105 371", "table_cell"),
        ("2,8%", "table_cell"),
        ("106 519", "table_cell"),
    ]

    sentence = "Under 2024 ökade nettokostnaden med 3,7 % och 12 enheter har svarat 5 gånger."
    issue = ExtractionIssue("t.txt", 1, "unplaced_number", "no metric phrase fits a number in no unit", sentence)
    ledger = line_ledger("t.txt", 1, sentence, [], [_fact("3,7")], [issue], RULES, METRIC_RX)
    assert [(n.text, n.disposition, n.reason) for n in ledger] == [
        ("2024", "explained", "year"),
        ("3,7", "prose_fact", "nettokostnad"),
        ("12", "issue", "unplaced_number"),
        ("5", "unexplained", ""),
    ]
    assert ledger[-1].note.startswith("unplaced_number: no metric phrase")  # what the loaders said about the line
    assert "[5]" in ledger[-1].context


def test_a_glued_minus_and_a_number_read_twice_are_one_number_each():
    row = "Avdrag arbetad tid under jour/beredskap -38 355 -1 576 4,29-36 779"
    cells = [_cell("-38 355", 0), _cell("-1 576", 1), _cell("4,29", 2), _cell("-36 779", 3)]
    ledger = line_ledger("t.txt", 1, row, cells, [], [], RULES, METRIC_RX)
    assert [n.text for n in ledger] == ["-38 355", "-1 576", "4,29", "-36 779"]
    assert all(n.note == "" for n in ledger)  # each found where the line prints it

    scorecard = "Andel digitala besök 40 % 20% Divisionen har legat stabilt"
    ledger = line_ledger(
        "t.txt", 1, scorecard, [_cell("40 %", 0), _cell("20%", 1)], [_fact("40"), _fact("20")], [], RULES, METRIC_RX
    )
    assert [(n.text, n.disposition) for n in ledger] == [("40 %", "table_cell"), ("20%", "table_cell")]


def test_the_cells_of_a_table_that_names_no_metric_are_explained():
    waits = [
        TableCell(
            "t.txt", "t001", "Väntetider", "", "", "Andel inom 90 dagar", "Utfall 2024", 0, "85 %", 85.0, 1, False, ""
        ),
        TableCell("t.txt", "t002", "Produktion", "", "", "Läkarbesök", "Utfall 2024", 0, "1 235", 1235.0, 2, False, ""),
    ]
    ledger = numbers_seen(
        "t.txt", ["Andel inom 90 dagar 85 %", "Läkarbesök 1 235"], [1, 2], waits, [], [], RULES, METRIC_RX
    )
    assert [(n.text, n.disposition, n.reason) for n in ledger] == [
        ("90", "explained", "threshold"),
        ("85 %", "explained", "table_out_of_domain"),
        ("1 235", "table_cell", "t002"),
    ]


def test_a_metric_word_the_pdf_broke_at_a_hyphen_keeps_its_table_in_the_domains():
    # Norrbotten division tertial ('Nettokost- nadsutveckl- ing'), Jämtland Härjedalen tertial ('inve- steringar')
    def cell(table_id, caption):
        return TableCell("t.txt", table_id, caption, "", "", "", "", 0, "-1,9 %", -1.9, 1, False, "")

    cells = [
        cell("t001", "Nettokost- nadsutveckl- ing"),
        cell("t002", "avslutade inve- steringar per ob- jekt"),
        cell("t003", "Andel hälso- och vårdcentraler med webbtidbok"),
    ]
    assert tables_out_of_domain(cells, METRIC_RX) == frozenset({"t003"})
    # a suspended compound keeps its hyphen: the words after it are the sentence joiner's (seeds suspended_next)
    assert _unhyphenated("Hälso- och sjukvård, läkar- resp sjuksköterskebesök, inve- steringar") == (
        "Hälso- och sjukvård, läkar- resp sjuksköterskebesök, investeringar"
    )


def test_a_table_in_a_unit_of_money_is_about_costs_whatever_its_rows():
    # 'Kostnad beman- ningsföretag i mkr' with staff-group rows (Jämtland Härjedalen tertial), the dental-care
    # table whose cost columns are '(mnkr)' (Västmanland delår): their cells are no table outside the domains
    def cell(table_id, unit_raw):
        return TableCell("t.txt", table_id, "", unit_raw, "", "Läkare", "2024-04", 0, "60,7", 60.7, 1, False, "")

    assert tables_out_of_domain([cell("t001", "mkr"), cell("t002", "")], METRIC_RX) == frozenset({"t002"})
    # money by its canonical unit (tkr), whatever word states it; a count is no money
    cells = [cell("t001", "tusen kronor"), cell("t002", "mdkr"), cell("t003", "st"), cell("t004", "dagar")]
    assert tables_out_of_domain(cells, METRIC_RX) == frozenset({"t003", "t004"})


def test_the_next_share_of_an_indicator_below_it_is_explained_like_the_first():
    # Norrbotten Länssjukvård (`... till första besök i specialiserad vård / 100% Utfall / månad / 58,3% /
    # Utfall / ack / 62 %`), Norrbotten övriga länet (`Andel riskbedömningar ... fall / 100 % / Inskrivning /
    # 62 % / Utskrivning / 55 %`): the shares after the first, short labels between them, are the indicator's
    lines = [
        "Andel av patienter som ",
        "står på väntelista, som ",
        "väntat 90 dagar eller ",
        "kortare till första besök i ",
        "specialiserad vård ",
        "100%  Utfall ",
        "månad ",
        "58,3% ",
        "Utfall ",
        "",
        "ack ",
        "62 % ",
        "Antalet läkarbesök ökade till",
        "12 %",
    ]
    ledger = numbers_seen("t.txt", lines, list(range(1, len(lines) + 1)), [], [], [], RULES, METRIC_RX)
    got = {(n.text, n.disposition, n.reason) for n in ledger}
    assert {("58,3%", "explained", "out_of_domain"), ("62 %", "explained", "out_of_domain")} <= got
    assert ("12 %", "unexplained", "") in got  # a share after a line of running text is no label's
    # a target is no indicator's outcome: only out_of_domain passes on
    lines = ["Sjukfrånvaro", "minst 75%", "Utfall", "5,2 %"]
    ledger = numbers_seen("t.txt", lines, [1, 2, 3, 4], [], [], [], RULES, METRIC_RX)
    assert [(n.text, n.disposition) for n in ledger] == [("75%", "explained"), ("5,2 %", "unexplained")]


def test_a_cell_whose_digits_go_on_below_its_row_is_read_on_every_line_it_stands_on():
    # Jämtland Härjedalen tertial: the cell `-113 362` of the row on line 1 is printed `-113` / `362`
    lines = ["Minskad hyrbemanning 70 000 -113 ", "362 ", "", "-106 ", "185 ", "", "-7177 "]
    cells, _ = extract_tables("t.txt", lines)
    ledger = numbers_seen("t.txt", lines, list(range(1, len(lines) + 1)), cells, [], [], RULES)
    assert [(n.line, n.text, n.disposition) for n in ledger] == [
        (1, "70 000", "table_cell"),
        (1, "-113", "table_cell"),
        (2, "362", "table_cell"),
        (4, "-106", "table_cell"),
        (5, "185", "table_cell"),
        (7, "-7177", "table_cell"),
    ]


def test_numbers_seen_names_the_source_line_of_a_split_line():
    lines = ["Resultatet för 2023", "", "Nettokostnaden ökade med 3,7 %", "Sida 2 av 9"]
    origin = [1, 1, 1, 2]
    ledger = numbers_seen("t.txt", lines, origin, [], [_fact("3,7")], [], RULES, METRIC_RX)
    assert [(n.line, n.seq, n.text, n.disposition) for n in ledger] == [
        (1, 1, "2023", "explained"),
        (1, 2, "3,7", "prose_fact"),
        (2, 1, "2", "explained"),
        (2, 2, "9", "explained"),
    ]


def test_extract_text_accounts_for_every_number_it_prints():
    text = (
        "Region Västmanland Delårsrapport 1 2024\n\nNettokostnaden ökade med 4,2 procent under perioden.\n"
        "Sida 3 (12)\nÅrsarbetare 2 310 2 298 0,5%\n"
    )
    extraction = extract_text("t.txt", text.encode())
    printed = sum(len(NUMBER_RE.findall(line)) for line in text.split("\n"))
    assert len(extraction.numbers) >= printed - 1  # a table row may be read as fewer, wider numbers than NUMBER_RE sees
    assert {n.disposition for n in extraction.numbers} <= {
        "table_cell",
        "prose_fact",
        "explained",
        "issue",
        "unexplained",
    }
    by_text = {n.text: n for n in extraction.numbers}
    assert by_text["12"].reason == "page"
    assert by_text["4,2"].disposition == "prose_fact"


def test_coverage_of_the_sample_reports_adds_up(built):
    db = built[1]
    result = CliRunner().invoke(app, ["coverage", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    reports = {r["report_file"]: r for r in out["reports"]}
    assert len(reports) == 6  # five reports and the total
    for r in out["reports"]:
        assert r["seen"] == r["fact"] + r["read_not_published"] + r["issue"] + r["explained"] + r["unexplained"] > 0
    total = reports.pop("total")
    assert total["seen"] == sum(r["seen"] for r in reports.values())
    assert total["fact"] > 1000  # the marts hold over a thousand facts, each backed by a number read
    assert len(out["unexplained"]) == total["unexplained"]

    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        page = con.execute("""select disposition, reason from raw.numbers_seen
            where report_file = 'norrbotten_ovriga_lanet_tertial_2021-04.txt' and line = 412""").fetchall()
        year = con.execute("""select disposition, reason from raw.numbers_seen
            where report_file = 'vasterbotten_hsn_arsrapport_2023.txt' and line = 480 and text = '2023'""").fetchall()
    finally:
        con.close()
    assert page == [("explained", "page"), ("explained", "page")]  # ' Sida 10 (38) '
    assert year == [("explained", "year")]  # 'Utbildningsinsatser har under 2023 skett ...'

    shown = CliRunner().invoke(app, ["coverage", "--db", str(db), "--limit", "5"])
    assert shown.exit_code == 0
    assert "total" in shown.output and "Unexplained numbers (5 of" in shown.output


def test_a_cell_of_a_table_whose_columns_are_not_named_is_explained_by_the_words_around_it():
    # Jämtland Härjedalen tertial 2024: a waiting-time share (`väntat 90 dagar`) and a sum of investment objects
    # read as rows of tables whose header was not found (table_header_mismatch) were cells read but not
    # published; the words around them say what they are. A cell that only the number's shape would explain
    # (`2080` as a year) stays a cell, and so does a cell of a table whose columns are named.
    def cell(table_id, header, text, value, line):
        caption = {"t001": lines[0], "t002": lines[2]}.get(table_id, "Läkarbesök")  # (metric words in each)
        return TableCell("t.txt", table_id, caption, "", "", "", header, 0, text, value, line, False, "")

    lines = [
        "Andel patienter som väntat 90 dagar eller kortare till första besök",
        "70 % 64%",
        "Summa investeringar per objekt",
        "2080 2115",
        "Läkarbesök 1 235",
    ]
    cells = [
        cell("t001", "", "70 %", 70.0, 2),
        cell("t001", "", "64%", 64.0, 2),
        cell("t002", "", "2080", 2080.0, 4),
        cell("t002", "", "2115", 2115.0, 4),
        cell("t003", "Utfall 2024", "1 235", 1235.0, 5),
    ]
    ledger = numbers_seen("t.txt", lines, [1, 2, 3, 4, 5], cells, [], [], RULES, METRIC_RX)
    got = [(n.line, n.text, n.disposition, n.reason) for n in ledger if n.line != 1]
    assert got == [
        (2, "70 %", "explained", "out_of_domain"),
        (2, "64%", "explained", "out_of_domain"),
        (4, "2080", "table_cell", "t002"),
        (4, "2115", "explained", "item_below_org_unit"),
        (5, "1 235", "table_cell", "t003"),
    ]
