"""Review FA22 (stop 22, issue 14): a deficit accumulated over the years is not the period's result.

'Det ackumulerade underskottet närmar sig en miljard kronor' (Läkartidningen on Region Jämtland Härjedalen, March
2018, field corpus jamtland_lakartidningen_2018) was read blind as the year's result, minus one billion. The
accumulated deficit is what earlier years left (Landstinget Dalarna's interim report of 2011, dalarna_delarsrapport_
2011: 'ett ackumulerat underskott på 898 mkr som skall återställas'); it is held back with its reason in raw. A
result accumulated to a month ('det ackumulerade underskottet per april', 'Regionens ackumulerade resultat efter
september', Region Halland 2017) is the period's own and is read.
"""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text

REASON = "a deficit accumulated over the years ('det ackumulerade underskottet'), not the period's"


def _read(sentence: str, title: str = "Region Jämtland Härjedalen årsredovisning 2017"):
    return extract_text("t.txt", (title + "\n\n" + sentence + "\n").encode())


def test_the_deficit_accumulated_over_the_years_is_held_with_its_reason():
    ex = _read("Det ackumulerade underskottet närmar sig en miljard kronor.")
    assert ex.prose_facts == []
    assert any(REASON in i.message for i in ex.issues)


def test_an_accumulated_deficit_on_the_same_line_as_the_years_result_leaves_that_result():
    ex = _read(
        "Under 2017 ökade underskottet och landade på 233 miljoner kronor. "
        "Det ackumulerade underskottet närmar sig en miljard kronor."
    )
    assert [(f.metric_code, f.measure, f.value) for f in ex.prose_facts] == [("resultat", "actual", -233.0)]


def test_a_deficit_accumulated_to_a_month_is_the_periods_result():
    ex = _read(
        "Det ackumulerade underskottet per april uppgick till 66 miljoner kronor.",
        title="Region Jämtland Härjedalen tertialrapport januari-april 2018",
    )
    (fact,) = ex.prose_facts
    assert (fact.metric_code, fact.measure, fact.value) == ("resultat", "actual", -66.0)
    assert (fact.period_start, fact.period_end) == (date(2018, 1, 1), date(2018, 4, 30))


def test_an_accumulated_result_to_a_month_is_read():
    ex = _read(
        "Regionens ackumulerade resultat efter september uppgår till 139 mnkr.",
        title="Region Halland månadsrapport januari-september 2017",
    )
    (fact,) = ex.prose_facts
    assert (fact.metric_code, fact.measure, fact.value) == ("resultat", "actual", 139.0)
