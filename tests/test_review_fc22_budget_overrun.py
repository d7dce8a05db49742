"""Review s22 (FC22): a unit over its own budget by the infinitive 'dra över sina budgetar', the verb after the
forecast's 'beräknas' and the subject (seeds budget_overrun_verb gains 'dra', forecast_verb 'beräknas dra', as it
holds 'beräknas förbruka'). The finite forms were read already ('drar', 'drog': kalmar_delarsrapport_2017 of review
14rs, kalmar_press_2019 of review 15pd); kalmar_pressmeddelande_2017 (fresh this stop, annotated before the reader
ran; a monthly report after July) says what the year's forecast is: 'beräknas verksamheten dra över sina budgetar
med totalt 212 miljoner', held as 'no metric phrase fits'. The clause is verbatim, read under the press release's
dateline and title.
"""

from __future__ import annotations

from datetime import date

from tests.review_cases import emitted

Y2017 = (date(2017, 1, 1), date(2017, 12, 31))
HEAD = (
    "Ekonomisk prognos på 125 miljoner\n\nPressmeddelande 2017-09-05\n\nLandstinget beräknas göra ett ekonomiskt "
    "resultat på 125 miljoner kronor i år. Det framgår av månadsrapporten efter juli.\n\n"
)


def test_a_forecast_overrun_of_the_units_own_budgets_is_the_forecast_deviation():
    facts = emitted(
        HEAD + "På kostnadssidan beräknas verksamheten dra över sina budgetar med totalt 212 miljoner, vilket dock är "
        "19 miljoner lägre än i prognosen efter delårsbokslutet."
    )
    assert {f for f in facts if f[2] == -212.0} == {("resultat", "forecast_deviation", -212.0, Y2017)}
    assert not any(f[2] in (19.0, -19.0) for f in facts)  # (a revision of the forecast, no figure of its own)


def test_the_infinitive_without_the_own_budget_is_no_overrun():
    facts = emitted(HEAD + "Förvaltningen beräknas dra ner kostnaderna för hyrpersonal med 20 miljoner.")
    assert not any(f[0] == "resultat" and f[1].endswith("deviation") for f in facts)
