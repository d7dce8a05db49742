"""Review s10 (HR10d): real report text nobody tuned on (press releases and news on the results, forecasts and
annual reports of 2016-2024 of Västmanland, Örebro, Uppsala, Blekinge and Norrbotten, saved under
/work/review10s/texts/), read by the reader and judged by hand (/work/review10s/judgements.md); every clause it
turned into a WRONG fact is a case.

Each case asserts precision only: every fact the reader emits from the clause must be one of the allowed readings
(a miss is fine; a wrong metric, measure, sign, period, value or org unit is not). The clauses are verbatim
(shortened to the sentences that matter) and read as the documents give them: no title is added, so a text without
a period of its own gives undated facts. A case the reader still gets wrong is a strict xfail (WRONG); a fixed one
runs as a normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted, read

Y2020 = (date(2020, 1, 1), date(2020, 12, 31))


# (text, allowed facts: (metric, measure, value, period)); the reader's wrong reading in the comment
WRONG: list[tuple[str, set[tuple]]] = [
    # the year after the compared figure is that figure's year, not the forecast's (the text names no other year,
    # so the document's year is taken from it): today the forecast of 2023
    (
        "Helårsprognosen för balanskravsresultatet uppgår till minus 600 miljoner kronor jämfört med minus 909 "
        "miljoner kronor för 2023.",
        {("balanskravsresultat", "forecast", -600.0, NONE)},
    ),
    # 'Ett annat sätt att räkna är det så kallade balanskravsresultatet ... resultat blev då': the result counted
    # the other way the sentence before names; today resultat actual 24 (the plain result was 114)
    (
        "Ett annat sätt att räkna är det så kallade balanskravsresultatet, där man korrigerat resultatet för upp- och "
        "nergångar i utvecklingen av värdepapper. Region Blekinges resultat blev då ett överskott på 24 miljoner "
        "kronor.",
        {("balanskravsresultat", "actual", 24.0, NONE)},
    ),
]

FIXED: list[tuple[str, set[tuple]]] = [
    # a comparative set off by a comma, then the amount: the amount is the level the year is expected to end on
    # (in apposition), not the size of the change (stop 15, _level_after_a_comparison, with two more documents): was
    # resultat change_abs -300
    (
        "Den sista juli i år redovisade Region Örebro län ett ekonomiskt resultat på 543 miljoner kronor. Resultatet "
        "vid årets slut väntas bli något lägre, 300 miljoner kronor.",
        {("resultat", "actual", 543.0, NONE), ("resultat", "forecast", 300.0, NONE)},
    ),
    # was intakter_totalt change_pct 6 (RESTATED_AS_PERCENT_RE: the percent after 'eller' restates the change of
    # the amount before it, so it is the same metric's)
    (
        "Intäkterna för såld vård har ökat med 33 miljoner kronor eller sex procent.",
        {("vardintakter", "change_abs", 33.0, NONE), ("vardintakter", "change_pct", 6.0, NONE)},
    ),
    # was a forecast of 45 under the heading of a forecast, an outcome without it (BUDGET_NOUN_BEFORE_RE: a year in
    # the noun phrase after 'budgeterade')
    (
        "Prognos på minus 502 miljoner kronor\n\nÅrets budgeterade resultat för Region Uppsala 2020 är 45 miljoner "
        "kronor.",
        {("resultat", "forecast", -502.0, Y2020), ("resultat", "budget", 45.0, Y2020)},
    ),
    (
        "Årets budgeterade resultat för Region Uppsala 2020 är 45 miljoner kronor.",
        {("resultat", "budget", 45.0, Y2020)},
    ),
]

CASES = cases(WRONG, FIXED, "s10 (HR10d)")


@pytest.mark.parametrize("text,allowed", CASES)
def test_no_wrong_fact(text, allowed):
    assert emitted(text) <= allowed


# (text, value of the figure, the org unit it is of); a figure the reader gives no unit lands on the region's
WRONG_ORG: list[tuple[str, float, str]] = []
FIXED_ORG: list[tuple[str, float, str]] = [
    # the unit a focus adverb singles out ('främst'), its amount right after its name in parentheses (review s12,
    # tests/test_review_hr12_wrong_facts.py: also 'främst Västmanlands sjukhus som redovisar ett underskott med'):
    # was the region's
    (
        "Några förvaltningar redovisar ett underskott 2018, främst Västmanlands sjukhus (-329 miljoner kronor) till "
        "följd av hög kostnadsutveckling.",
        -329.0,
        "Västmanlands sjukhus",
    ),
    # the hospital the sentence opens with ('För Akademiska sjukhuset fortsatte ...'; as 'Årsprognosen för
    # Akademiska sjukhuset', Region Uppsala 2021, tests/test_review_hr11_wrong_facts.py): was the region's
    (
        "För Akademiska sjukhuset fortsatte kräftgången och året slutade med ett totalt underskott på 377 miljoner "
        "kronor, vilket kan jämföras med den senaste prognosen på minus 300 miljoner som presenterades i slutet av "
        "november.",
        -377.0,
        "Akademiska sjukhuset",
    ),
    # was 'Region Uppsala 2020' (a year after a name is the time, never part of the name)
    ("Årets budgeterade resultat för Region Uppsala 2020 är 45 miljoner kronor.", 45.0, "Region Uppsala"),
]
ORG_CASES = cases(WRONG_ORG, FIXED_ORG, "s10 (HR10d)")


@pytest.mark.parametrize("text,value,org", ORG_CASES)
def test_no_wrong_org_unit(text, value, org):
    """A figure of a unit the sentence names is that unit's, not the region's (an empty org unit is the region's)."""
    orgs = {f.org_unit for f in read(text) if f.value == value}
    assert orgs <= {org}
