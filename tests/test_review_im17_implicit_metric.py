"""Review s17 (IM17): amounts whose own words name no metric (issue 14), held as 'no metric phrase fits a number in
{} ({})' (loaders/prose.py _metric_of): the metric is the subject of the sentence, what the sentence before gave, or
the region's economy itself. `make holds --list 'no metric phrase fits'` lists them on dev and on the annotated
review texts. Each case is a verbatim clause of a real text, read as the document gives it (no title added: a clause
without a period of its own gives undated facts); FIXED a reading a rule now gives, WRONG a held or wrong fact no
two-document rule reaches yet (strict xfail).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted

Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
Y2020Q1 = (date(2020, 1, 1), date(2020, 3, 31))
Y2012 = (date(2012, 1, 1), date(2012, 12, 31))
AUG2019 = (date(2019, 1, 1), date(2019, 8, 31))

# (text, the facts it gives)
FIXED: list[tuple[str, set[tuple]]] = [
    # a change noun that opens the sentence as its subject ('Kostnadsutvecklingen', 'Kostnadsökningen') makes the level
    # its verb gives the number the change itself, also when the verb is a change verb to a level ('har raskt stigit
    # till') or a relative clause set off by commas stands between; the rate is signed by the noun, not by the verb
    # (a rate that fell to 2,4 procent is no negative change): skane_nsk_2018 of review 12b and gavleborg_pandemin_2020
    # of review 16wr; the full year of the relative clause ('helåret 2019') is not the period of the main clause
    (
        "Region Skåne 2018. Kostnadsutvecklingen, som pressades ner mot ett par procent i slutet på förra året har "
        "raskt stigit till 5,7 procent, vilket är förödande för ekonomin.",
        {("kostnader_totalt", "change_pct", 5.7, Y2018)},
    ),
    (
        "Region Gävleborg 2020. Kostnadsökningen, som minskade från 5,0 procent helåret 2018 till 3,1 procent helåret "
        "2019, ligger nu nere på 2,4 procent för månaderna januari-mars 2020.",
        {
            ("kostnader_totalt", "change_pct", 5.0, Y2018),
            ("kostnader_totalt", "change_pct", 3.1, Y2019),
            ("kostnader_totalt", "change_pct", 2.4, Y2020Q1),
        },
    ),
]

FIXED += [
    # an amount better or worse than planned or expected ('beräknat', 'förväntat') in a clause that names no metric,
    # said of the region's economy itself, is the result's budget deviation: an impersonal 'har det gått'
    # (jamtland_lakartidningen_2019 of review 16nw; 'Fram till augusti' counts the months to August) or a 'Det var'
    # right after the outcome (halland_press_2013 of review 12b)
    (
        "date 2019-09 Fram till augusti i år har det gått 91 miljoner sämre än förväntat för Jämtland Härjedalen och "
        "den skuldtyngda regionen har fått låna ytterligare pengar.",
        {("resultat", "budget_deviation", -91.0, AUG2019)},
    ),
    (
        "Ekonomiskt slutade 2012 med ett överskott på 85 miljoner kronor. Det var 116 miljoner kronor bättre än "
        "beräknat.",
        {("resultat", "actual", 85.0, Y2012), ("resultat", "budget_deviation", 116.0, Y2012)},
    ),
    # a subject of its own compares with an earlier forecast, no deviation (gotland_sr_554529 of review 12h)
    (
        "Hälso- och sjukvården på Gotland redovisade vid årsskiftet ett underskott på 22 miljoner kronor. Men "
        "lagerinventering och dyrare räkningar för utomlänsvården än beräknat, har gjort att underskottet blev åtta "
        "miljoner större än beräknat.",
        {("resultat", "actual", -22.0, NONE)},
    ),
]

WRONG: list[tuple[str, set[tuple]]] = [
    # after a forecast what was reckoned may be the budget or an earlier forecast, so the rule leaves it; the text
    # (stockholm_mitti_oktober of review 15wr) set the forecast against the budget the sentence before ('ett större
    # överskott än budgeterat'), and its undated text takes the year of 'premier för åren 2007 och 2008'
    (
        "I prognosen för hela året räknas med ett större överskott än budgeterat, prognosen nu är plus 1 058 miljoner "
        "kronor.\n\nDet är 881 miljoner mer än beräknat.",
        {("resultat", "forecast", 1058.0, NONE), ("resultat", "forecast_deviation", 881.0, NONE)},
    ),
]


@pytest.mark.parametrize(("text", "facts"), cases(WRONG, FIXED, "IM17"))
def test_implicit_metric_cases(text, facts):
    assert emitted(text) == facts
