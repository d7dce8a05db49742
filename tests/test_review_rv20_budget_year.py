"""Review s20 (RV20): a regression of the stop's merged reader, guarded. Commit 3e9db66 let BUDGET_VALUE_BEFORE_RE take
the budget of a year as its clause's subject ('Budgeten för 2019 siktade på ett överskott på 97 miljoner kronor', a
news item on Region Västernorrland of 2020; 'budgeten för året låg på minus 14 miljoner', skas_mariestad_2014 of
review 12b), but AGAINST_BUDGET_VERB_RE, which keeps the budget compared with ('Resultatet jämfört med budget var minus
144 miljoner kronor', varmland_hsn_ikorthet_2024 of the dev split) from being that subject, took no year after the
noun: a deviation from 'budgeten för <year>' became the budget's own value, even where the clause's subject is
'Avvikelsen'. No text of the corpus words it so (a comparison with a year's budget followed by a level verb and the
figure): these sentences are made for the case, in the wording of the two readings they sit between, and assert the
reading the reader gave before that commit. Each fact emitted must be one of the allowed readings (metric, measure,
value, period), the required ones among them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, emitted

Y2022 = (date(2022, 1, 1), date(2022, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))

CASES: list[tuple[str, set[tuple], set[tuple]]] = [
    # the deviation from a year's budget: was read as the budget of that year
    (
        "Avvikelsen mot budgeten för 2023 ligger på minus 30 miljoner kronor.",
        {("resultat", "budget_deviation", -30.0, Y2023)},
        {("resultat", "budget_deviation", -30.0, Y2023)},
    ),
    (
        "Resultatet jämfört med budgeten för 2023 ligger på minus 25 miljoner kronor.",
        {("resultat", "budget_deviation", -25.0, Y2023)},
        {("resultat", "budget_deviation", -25.0, Y2023)},
    ),
    (
        "Resultatet i förhållande till budgeten för 2022 var minus 144 miljoner kronor.",
        {("resultat", "budget_deviation", -144.0, Y2022)},
        {("resultat", "budget_deviation", -144.0, Y2022)},
    ),
    (
        "Underskottet i förhållande till budgeten för 2023 ligger på 120 miljoner kronor.",
        {("resultat", "budget_deviation", -120.0, Y2023)},
        {("resultat", "budget_deviation", -120.0, Y2023)},
    ),
    # 'för året' as without a year (unchanged by the commit, kept beside the year's cases)
    (
        "Resultatet jämfört med budgeten för året ligger på minus 25 miljoner kronor.",
        {("resultat", "budget_deviation", -25.0, NONE)},
        {("resultat", "budget_deviation", -25.0, NONE)},
    ),
    # the year's budget as the subject still gives the budget's value (the commit's own cases)
    (
        "Budgeten för 2019 siktade på ett överskott på 97 miljoner kronor.",
        {("resultat", "budget", 97.0, (date(2019, 1, 1), date(2019, 12, 31)))},
        {("resultat", "budget", 97.0, (date(2019, 1, 1), date(2019, 12, 31)))},
    ),
]


@pytest.mark.parametrize("text,allowed,required", [pytest.param(*c, id=c[0][:60]) for c in CASES])
def test_a_deviation_from_a_years_budget_stays_a_deviation(text, allowed, required):
    facts = emitted(text)
    assert facts <= allowed and required <= facts
