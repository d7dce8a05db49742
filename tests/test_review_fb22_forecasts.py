"""Review s22 (FB22): forecasts in fresh texts of stop 22 (tests/field: skane_verksamhetsuppfoljning_2018, an
opposition page on Region Skåne's follow-up after the first half of 2018, and uppsala_pressmeddelande_2014_2,
Akademiska sjukhuset's press release on its forecast of 2014), excerpts verbatim.

- The turn of the year's halves names the report's period ('månadsuppföljningen efter halvårsskiftet 2018'): it
  was not read, and 'Efter första halvåret 2015 var motsvarande prognos ...' further down made the follow-up one of
  2015 (five facts dated 2015).
- A forecast whose clause names an earlier year than the report's ('Efter första halvåret 2015 var motsvarande
  prognos för helåret -743 mkr, 2016 var den -46 mkr' in a follow-up of 2018) is that year's forecast, made then:
  dated the last year its clause names before it, not the report's year.
- The forecast as the subject of a change with its owner and kind before it ('Akademiska sjukhusets ekonomiska
  prognos för 2014 har försämrats med 100 miljoner kronor') is a revision of the forecast, like 'Prognosen för
  helåret har förbättrats med' (uppsala_ekonomirapport_2012 words it 'Prognosen är en förbättring med 10
  miljoner kronor jämfört med föregående prognos'): was read as the result's change from the year before.
"""

from __future__ import annotations

from datetime import date

from loaders.document import detect_period
from tests.review_cases import emitted_with_org as emitted

Y2018 = (date(2018, 1, 1), date(2018, 12, 31))

SKANE = (
    "VÄRNA SKÅNE. Så har då Region Skåne (15/8) publicerat månadsuppföljningen efter halvårsskiftet 2018. Denna "
    "uppvisar en prognos för helåret som är 772 miljoner kronor sämre än budget, alltså -377 mkr i stället för +395 "
    "mkr.\n\n"
    "Efter första halvåret 2015 var motsvarande prognos för helåret -743 mkr, 2016 var den -46 mkr och 2017 var den "
    "-376 mkr.\n\n"
    "För enbart hälso- och sjukvården pekar prognosen mot ett helårsresultat för 2018 på nästan -1,2 miljarder "
    "kronor, vilket bara är 12 miljoner kronor bättre än prognosen efter maj."
)


def test_the_turn_of_the_halves_names_the_first_half_of_its_year():
    lines = [
        "Så har då Region Skåne (15/8) publicerat månadsuppföljningen efter halvårsskiftet 2018.",
        "Efter första halvåret 2015 var motsvarande prognos för helåret -743 mkr, 2016 var den -46 mkr.",
    ]
    start, end, evidence = detect_period(lines)
    assert (start, end) == (date(2018, 1, 1), date(2018, 6, 30))
    assert "halvårsskiftet 2018" in evidence
    # (a quarter's or a tertial's turn names no one of them: no period from it alone)
    assert detect_period(["Efter kvartalsskiftet visar regionen ett underskott."]) == (None, None, "")


def test_a_follow_up_after_the_turn_of_the_halves_dates_its_forecasts_to_its_own_year():
    facts = emitted(SKANE)
    assert ("", "resultat", "forecast_deviation", -772.0, Y2018) in facts
    assert ("Hälso- och sjukvården", "resultat", "forecast", -1.2, Y2018) in facts
    # (only the forecast its own clause dates 2015 is of 2015: the report's figures are of 2018)
    assert {f[3] for f in facts if f[4][0] is not None and f[4][0].year == 2015} == {-743.0}


def test_a_forecast_of_an_earlier_year_is_dated_that_year_not_the_reports():
    facts = emitted(SKANE)
    for value, year in ((-743.0, 2015), (-46.0, 2016), (-376.0, 2017)):
        assert ("", "resultat", "forecast", value, (date(year, 1, 1), date(year, 12, 31))) in facts
    assert not any(f[3] in (-743.0, -46.0, -376.0) and f[4] == Y2018 for f in facts)


def test_a_revised_forecast_with_its_owner_before_it_is_no_change_of_the_result():
    text = (
        "Akademiska sjukhusets ekonomiska prognos för 2014 har försämrats med 100 miljoner kronor. Främsta orsakerna "
        "är minskade intäkter för riks- och regionvård, ökade kostnader för personal och medicinskt material samt en "
        "svagare ekonomisk utveckling under sommaren än beräknat."
    )
    assert emitted(text) == set()
    # (the forecast itself, stated as a level, is still read)
    level = "Den nya prognosen pekar mot ett minusresultat på cirka 290 miljoner kronor för 2014."
    assert any(f[1:4] == ("resultat", "forecast", -290.0) for f in emitted(level))
