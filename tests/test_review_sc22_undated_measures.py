"""Review s22 (SC22): extract prints the undated facts of a text that names no period only when they are levels
(issue 14). A fact page's level with no time ('Sjukhuset har cirka 500 vårdplatser') is a fact of the page; a
forecast, a budget, a deviation from one, or a change against an earlier period is of a time by nature, and undated
it answers nothing. Such facts already stop at int_report_facts (the marts require a period; coverage counts them as
read, not published: 'no report period'); extract printed them with the period empty. On the field corpus's dev
split every undated non-actual fact extract printed was wrong (six, in two news items: gotland_tidningsartikel_2017_2,
dated only by '30 maj 2017 20:05', and gotland_tidningsartikel_2017, by 'sommaren'), and no dev annotation with an
empty period has another measure than actual."""

from __future__ import annotations

from vardlager.single import facts_of_reports

# gotland_tidningsartikel_2017_2 (dev), as printed: headline and lead
GOTLAND_FORECAST = (
    "Regionens prognos: 38 miljoner plus\n\n"
    "Region Gotlands årsresultat kommer enligt prognoserna att landa på 38 miljoner plus, vilket är 11 miljoner "
    "bättre än budget. Trots det är faran långt ifrån över.\n"
)
# gotland_tidningsartikel_2017 (dev), as printed
GOTLAND_VISITS = (
    "Antal läkarbesök ökade under sommaren jämfört med samma period året innan. Inom primärvården visar statistiken "
    "en ökning med fyra procent eller 406 personer.\n"
)
# an undated fact page (as tests/test_extract.py's): its levels are still printed
FACT_PAGE = "Sjukhuset har cirka 500 vårdplatser. Här arbetar 3 800 anställda.\n"


def _facts(tmp_path, name: str, text: str) -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(r["metric_code"], r["measure"], r["value"], r["period_start"]) for r in facts_of_reports([path])}


def test_an_undated_forecast_and_its_deviation_are_not_printed_as_facts(tmp_path):
    assert _facts(tmp_path, "prognos.txt", GOTLAND_FORECAST) == set()


def test_an_undated_change_is_not_printed_as_a_fact(tmp_path):
    assert not {f for f in _facts(tmp_path, "besok.txt", GOTLAND_VISITS) if f[1].startswith("change")}


def test_an_undated_level_of_a_fact_page_is_still_printed(tmp_path):
    assert _facts(tmp_path, "sjukhusfakta.txt", FACT_PAGE) == {
        ("anstallda", "actual", 3800, None),
        ("vardplatser", "actual", 500, None),
    }


def test_a_dated_forecast_is_still_printed(tmp_path):
    facts = _facts(tmp_path, "delarsrapport.txt", "Delårsrapport 2017\n\n" + GOTLAND_FORECAST)
    assert {f[:3] for f in facts} >= {("resultat", "forecast", 38000), ("resultat", "forecast_deviation", 11000)}
    assert all(f[3] is not None for f in facts)
