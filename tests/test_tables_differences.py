"""What a difference column is, decided by the table's own arithmetic where its header leaves it open (issue 14:
the review set of session 9, layouts c, e, g, h, i): literal tables read by the build's loaders and dbt models in
memory (vardlager.single.facts_of_reports)."""

from __future__ import annotations

from tests.excerpts import table_facts_of


def table_facts(text: str) -> set[tuple]:
    return {
        (r["metric_code"], r["measure"], str(r["period_start"]), str(r["period_end"]), r["value"])
        for r in table_facts_of(text)
    }


# a bare `Budget` and a bare `Diff` / `Avvikelse`: Diff = Utfall - Budget on every row
OUTCOME_BUDGET_DIFF = """Region Sörmland
Delårsrapport januari–augusti 2023

Produktion och personal

Verksamhetsmått  Utfall  Budget  {deviation}
Läkarbesök  78 603  84 179  -5 576
Vårdtillfällen  5 484  5 844  -360
Operationer  3 246  3 192  54
"""

# `Avvikelse` between the same months of two years
TWO_YEARS_DEVIATION = """Region Värmland
Delårsrapport 2019

Kostnadsutveckling

Belopp i mnkr

Jan–apr 2019  Jan–apr 2018  Avvikelse
Personalkostnader  699,1  645,5  53,6
Köpt vård  61,8  57,9  3,9
Läkemedel  124,5  114,6  9,9
"""

# `Avv mot budget` = Prognos helår - Budget 2019 on every row: the forecast's deviation, not the outcome's
FORECAST_DEVIATION = """Region Kronoberg
Delårsrapport januari–augusti 2019

Ekonomisk sammanställning

Resultaträkning, mnkr

Bokslut 2018  Budget 2019  Prognos helår  Avv mot budget
Verksamhetens intäkter  852  878  916  38
Verksamhetens nettokostnad  -6 816  -7 097  -7 033  64
Skatteintäkter och statsbidrag  6 850  7 122  7 175  53
Resultat  34  25  142  117
"""

# a header that says what its difference is keeps its reading: what is left of a budget (Budget - Prognos) is no
# deviation of the contract
LEFT_OF_BUDGET = """Region Västmanland
Delårsrapport januari–april 2024

Investeringar, mnkr

Projekt  Budget 2024  Prognos utfall 2024  Prognos kvarvarande medel
Vårdbyggnad A  120,0  100,0  20,0
Vårdbyggnad B  80,0  75,0  5,0
Medicinteknik  40,0  38,0  2,0
"""

# costs printed as positive amounts, the deviation taken both ways
COSTS_DEVIATION = """Region Blekinge Division Medicin
Tertialrapport 2023 (januari–april)

Belopp i tkr

Kostnadsslag  Ack utfall  Ack budget  {deviation}
Personalkostnader  169 816  163 489  {first}
Läkemedel  20 721  21 400  {second}
Köpt vård  33 936  30 917  {third}
"""

STAFF_YEARS = """Region Blekinge
Årsredovisning 2019

Medarbetare

Personalnyckeltal  2019  2018  Förändring
Antal anställda  3 139  2 948  191
Årsarbetare  2 765  2 611  154
Sjukfrånvaro %  6,8  6,5  0,3
"""


def test_a_bare_budget_and_diff_are_the_periods_budget_and_its_deviation_by_the_tables_arithmetic():
    # `Utfall  Budget  Diff`: Diff = Utfall - Budget on every row, so the budget is the one of the outcome's months
    # and Diff the budget deviation; before, `Budget` was the year's and `Diff` a change against last year
    for deviation in ("Diff", "Avvikelse"):
        facts = table_facts(OUTCOME_BUDGET_DIFF.format(deviation=deviation))
        assert ("lakarbesok", "actual", "2023-01-01", "2023-08-31", 78603) in facts
        assert ("lakarbesok", "budget", "2023-01-01", "2023-08-31", 84179) in facts
        assert ("lakarbesok", "budget_deviation", "2023-01-01", "2023-08-31", -5576) in facts
        assert ("operationer", "budget_deviation", "2023-01-01", "2023-08-31", 54) in facts
        assert not {f for f in facts if f[1] == "change_abs" or f[3] == "2023-12-31"}


def test_a_deviation_between_two_years_is_the_change_of_the_later():
    facts = table_facts(TWO_YEARS_DEVIATION)
    assert ("personalkostnader", "change_abs", "2019-01-01", "2019-04-30", 53600) in facts
    assert ("lakemedel", "change_abs", "2019-01-01", "2019-04-30", 9900) in facts
    assert ("lakemedel", "actual", "2018-01-01", "2018-04-30", 114600) in facts


def test_a_deviation_of_the_forecast_from_the_budget_is_the_forecast_deviation_of_the_year():
    facts = table_facts(FORECAST_DEVIATION)
    assert ("resultat", "forecast_deviation", "2019-01-01", "2019-12-31", 117000) in facts
    assert ("resultat", "forecast", "2019-01-01", "2019-12-31", 142000) in facts
    assert ("resultat", "budget", "2019-01-01", "2019-12-31", 25000) in facts
    # the column `Bokslut 2018` is 2018's outcome; the report's period stays the title's (loaders/document.py)
    assert ("resultat", "actual", "2018-01-01", "2018-12-31", 34000) in facts
    assert not {f for f in facts if f[1] == "budget_deviation"}
    # costs printed negative: forecast minus budget is already better than budget positive
    assert ("nettokostnad", "forecast_deviation", "2019-01-01", "2019-12-31", 64000) in facts


def test_the_sign_of_a_cost_deviation_follows_its_parts():
    # the contract: a deviation is positive when better than budget. Costs printed positive: `Utfall - Budget` is
    # positive when over budget, so its sign turns; `Budget - Utfall` already is better-positive and stays
    over = table_facts(COSTS_DEVIATION.format(deviation="Diff", first="6 327", second="-679", third="3 019"))
    under = table_facts(COSTS_DEVIATION.format(deviation="Avvikelse", first="-6 327", second="679", third="-3 019"))
    for facts in (over, under):
        assert ("personalkostnader", "budget_deviation", "2023-01-01", "2023-04-30", -6327) in facts
        assert ("lakemedel", "budget_deviation", "2023-01-01", "2023-04-30", 679) in facts
        assert ("personalkostnader", "budget", "2023-01-01", "2023-04-30", 163489) in facts


def test_a_header_that_names_its_difference_keeps_its_reading():
    facts = table_facts(LEFT_OF_BUDGET)
    assert not {f for f in facts if f[1] in ("forecast_deviation", "budget_deviation")}


def test_the_change_of_a_percentage_is_in_percentage_points():
    # `Sjukfrånvaro %` under `Förändring`: the contract's change_pp, as the sentence reader's 'procentenheter'
    facts = table_facts(STAFF_YEARS)
    assert ("sjukfranvaro", "change_pp", "2019-01-01", "2019-12-31", 0.3) in facts
    assert ("sjukfranvaro", "actual", "2018-01-01", "2018-12-31", 6.5) in facts
    assert ("arsarbetare", "change_abs", "2019-01-01", "2019-12-31", 154) in facts
    assert not {f for f in facts if f[0] == "sjukfranvaro" and f[1] == "change_abs"}
