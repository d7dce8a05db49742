"""Stop 14 (EX14): the 'exklusive' guard (seeds/non_fact_cues.csv, "an adjusted figure ('exklusive ...'), not the
stated total"). It holds 17 numbers of the dev split, 4 of them annotated facts: a metric's own figure with a part
of it left out, 'exklusive' right after the metric's name (norrbotten_manadsrapport_2009 'Personalkostnaderna
exklusive pensionskostnader ... ökat med 35 mkr netto eller 1,5 procent', vastmanland_manadsrapport_2013
'Finansnettot exklusive förändrad diskonteringsränta ... uppgår till -29,5 mkr, vilket är 31 mkr bättre'). The
numbers it rightly holds have 'exklusive' before another word ('Ökningen exklusive skattehöjningen') or after
'jämförelsestörande' ('resultatet exklusive jämförelsestörande poster', vastmanland_manadsrapport_2013,
vastmanland_delarsrapport_2014).

The condition that tells them apart: 'exklusive' right after a metric's name narrows that metric, and a number
read under it is its figure; one read under a metric named inside the exclusion ('försäljningar', a revenue) stays
adjusted; 'jämförelsestörande' stays a cue of its own. Released on that condition, the four numbers still miss for
other reasons, so the release is not made yet (the cases below are strict xfails):
- norrbotten_manadsrapport_2009's sentence follows a chart flattened into it ('Utfall 2009 / Prognos 2009 okt nov
  dec Budget 2009'): the chart's 'Prognos' makes 35 mkr a full-year forecast's change (dated 2009-01-01..12-31, a
  wrong fact) and 1,5 procent a forecast no metric fits; read alone, 35 mkr comes out right and 1,5 procent is
  not paired across 'netto'.
- vastmanland_manadsrapport_2013's -29,5 mkr is held as 'a cost printed with a sign after a level verb' (the net
  of financial items has either sign), and 31 mkr bättre then has no placed figure to go on with.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import cases, emitted_under

JAN_SEP_2009 = (date(2009, 1, 1), date(2009, 9, 30))
JAN_NOV_2013 = (date(2013, 1, 1), date(2013, 11, 30))

NORRBOTTEN_2009 = "Månadsrapport januari–september 2009"
VASTMANLAND_2013 = "Månadsrapport januari–november 2013"
VASTMANLAND_2014 = "Delårsrapport januari–augusti 2014"

# (title, text, the facts it must give, the facts it may give besides)
WRONG: list[tuple] = [
    # the metric's own figure with a part left out ('exklusive' right after the metric's name): held as adjusted
    (
        "Personalkostnaderna exklusive pensionskostnader har under perioden ökat med 35 mkr netto eller 1,5 procent "
        "jämfört med samma period föregående år.",
        NORRBOTTEN_2009,
        {
            ("personalkostnader", "change_abs", 35.0, JAN_SEP_2009),
            ("personalkostnader", "change_pct", 1.5, JAN_SEP_2009),
        },
        set(),
    ),
    (
        "Finansnettot exklusive förändrad diskonteringsränta för pensioner och realisationsvinster vid försäljningar "
        "inom pensionsmedelsportföljen uppgår till -29,5 mkr, vilket är 31 mkr bättre jämfört med motsvarande period "
        "föregående år.",
        VASTMANLAND_2013,
        {
            ("finansnetto", "actual", -29.5, JAN_NOV_2013),
            ("finansnetto", "change_abs", 31.0, JAN_NOV_2013),
        },
        set(),
    ),
]

FIXED: list[tuple] = [
    # adjusted figures the guard rightly holds: 'exklusive' before another word than a metric's name, or with
    # 'jämförelsestörande' (the stated result is another number of the same sentence or the one before)
    (
        "Skatteintäkter och generella statsbidrag har ökat med 433 mkr (7,6 %). Ökningen exklusive skattehöjningen "
        "uppgår till 3,6 %.",
        VASTMANLAND_2013,
        set(),
        {
            ("skatter_statsbidrag", "change_abs", 433.0, JAN_NOV_2013),
            ("skatter_statsbidrag", "change_pct", 7.6, JAN_NOV_2013),
        },
    ),
    (
        "För motsvarande period 2012 var resultatet exklusive jämförelsestörande poster 57,9 mkr.",
        VASTMANLAND_2013,
        set(),
        set(),
    ),
    (
        "Exklusive jämförelsestörande poster är resultatet 201,5 mkr. Resultatet för motsvarande period föregående "
        "år, exklusive jämförelsestörande poster, var 236,5 mkr.",
        VASTMANLAND_2014,
        set(),
        set(),
    ),
]


@pytest.mark.parametrize("text,title,required,allowed", cases(WRONG, FIXED, "EX14"))
def test_exklusive_after_a_metric_name(text, title, required, allowed):
    got = emitted_under(title)(text)
    assert required <= got
    assert got <= required | allowed
