"""End to end: the bundled reports become a published warehouse with right numbers in every domain."""
import hashlib
import shutil

import pytest

from tests.conftest import REPORTS
from vardlager.pipeline import build

# Facts checked by hand against the report text (file, line, what the line says).
HAND_CHECKED = [
    # vastmanland L1230 "Läkarbesök 108 293 105 371 2,8% 106 519 ...": Ack utfall jan-apr 2024
    ("vastmanland_hsf_delar1_2024.txt", "production", "lakarbesok", "actual", "2024-01-01", "2024-04-30", 108293, 1230),
    # vastmanland L2672 "Personalkostnader -1 723,4 ..." in a mnkr table: a cost, positive in tkr
    ("vastmanland_hsf_delar1_2024.txt", "costs", "personalkostnader", "actual", "2024-01-01", "2024-04-30", 1723400, 2672),
    # norrbotten L10 "Divisionen uppvisar en negativ budgetavvikelse på 129 mnkr per augusti"
    ("norrbotten_lanssjukvard1_delar_2023-08.txt", "costs", "resultat", "budget_deviation", "2023-01-01",
     "2023-08-31", -129000, 10),
    # norrbotten L268 "Divisionen har 1938 anställda, varav kvinnor 1606 och 332 män. Per augusti"
    ("norrbotten_lanssjukvard1_delar_2023-08.txt", "worked_time", "anstallda", "actual", "2023-01-01",
     "2023-08-31", 1938, 268),
]


def test_build_publishes_every_bundled_report(built, warehouse):
    result, _ = built
    assert result.reports == len(list(REPORTS.glob("*.txt"))) == 5
    assert not result.bad_files
    assert result.count("failed") == 0
    rows = dict(warehouse.execute("select report_file, region_code from marts.dim_report").fetchall())
    assert rows == {
        "jamtland_harjedalen_hsn_tertial_2024-04.txt": "23",
        "norrbotten_lanssjukvard1_delar_2023-08.txt": "25",
        "norrbotten_ovriga_lanet_tertial_2021-04.txt": "25",
        "vasterbotten_hsn_arsrapport_2023.txt": "24",
        "vastmanland_hsf_delar1_2024.txt": "19",
    }


def test_facts_in_all_three_domains(warehouse):
    domains = dict(warehouse.execute("select domain, count(*) from marts.fct_report_facts group by 1").fetchall())
    assert set(domains) == {"production", "worked_time", "costs"}
    for table, domain in [("fct_production", "production"), ("fct_worked_time", "worked_time"),
                          ("fct_costs", "costs")]:
        assert warehouse.execute(f"select count(*) from marts.{table}").fetchone()[0] == domains[domain]


@pytest.mark.parametrize("report, domain, metric, measure, start, end, value, line", HAND_CHECKED)
def test_hand_checked_fact(warehouse, report, domain, metric, measure, start, end, value, line):
    found = warehouse.execute("""
        select value, source_line, source_quote from marts.fct_report_facts
        where report_file = ? and domain = ? and metric_code = ? and measure = ?
          and period_start = ?::date and period_end = ?::date and abs(value - ?) < 0.5""",
        [report, domain, metric, measure, start, end, value]).fetchall()
    assert found, f"no {metric} {measure} {value} in {report}"
    assert any(source_line == line for _, source_line, _ in found)


def test_every_fact_has_line_and_quote_found_on_that_line(warehouse):
    rows = warehouse.execute(
        "select report_file, source_line, source_quote from marts.fct_report_facts").fetchall()
    texts = {p.name: p.read_text(encoding="utf-8").split("\n") for p in REPORTS.glob("*.txt")}
    for report, line, quote in rows:
        assert quote and quote.strip() in texts[report][line - 1] + " " + texts[report][min(line, len(texts[report]) - 1)], \
            (report, line, quote)


@pytest.mark.slow
def test_failed_expectation_blocks_publishing_and_keeps_file_identical(built, tmp_path, monkeypatch):
    import gx.suites

    published = tmp_path / "vardlager.duckdb"
    shutil.copyfile(built[1], published)
    before = hashlib.sha256(published.read_bytes()).hexdigest()
    impossible = ("fct_report_facts", "ExpectColumnValuesToBeBetween",
                  {"column": "value", "min_value": 0, "max_value": 0}, gx.suites.HARD)
    monkeypatch.setitem(gx.suites.SUITES, "marts", gx.suites.SUITES["marts"] + [impossible])
    result = build(REPORTS, published)
    assert not result.published
    failed = [c for c in result.checks if c.status == "failed"]
    assert [c.check for c in failed] == ["marts.fct_report_facts.ExpectColumnValuesToBeBetween(value)"]
    assert failed[0].failing_rows > 0
    assert hashlib.sha256(published.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.tmp-*"))
