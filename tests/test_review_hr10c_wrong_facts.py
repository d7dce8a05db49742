"""Review s10 (HR10c): real economy text nobody tuned on (press releases, news and board summaries of 2004-2025 on
the results, forecasts and budget deviations of Uppsala's Akademiska sjukhus, Kalmar, Västra Götaland, Västerbotten,
Skåne, Östergötland and Stockholm, saved under /work/review10r/texts/), read by the reader and judged by hand
(/work/review10r/judgements.md); every clause it turned into a WRONG fact is a case.

Each case asserts precision only: every fact the reader emits from the clause must be one of the allowed readings
(a miss is fine; a wrong metric, measure, sign, period, value or unit is not). The clauses are verbatim (shortened
to the sentences that matter) and read as the documents give them: no title is added, so a text without a period
of its own gives undated facts. A case the reader still gets wrong is a strict xfail (WRONG); a fixed one runs as a
normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted, read

Y2004 = (date(2004, 1, 1), date(2004, 12, 31))
Y2017 = (date(2017, 1, 1), date(2017, 12, 31))


# (text, allowed facts: (metric, measure, value, period)); the reader's wrong reading in the comment
WRONG: list[tuple[str, set[tuple]]] = [
    # a preliminary closing of the books: the year's outcome and its budget deviation, no forecast; today forecast
    # 103 and forecast_deviation -249
    (
        "I dag presenterades det preliminära bokslutet i Region Skåne. Helårsresultatet landar på 103 miljoner "
        "kronor, vilket är 249 miljoner kronor sämre än budgeterat.",
        {
            ("resultat", "actual", 103.0, NONE),
            ("resultat", "budget_deviation", -249.0, NONE),
        },
    ),
]
FIXED: list[tuple[str, set[tuple]]] = [
    # (fixed in WV18: a comparison clause after the amount gives no sign, tests/test_review_wv18_wrong_facts.py)
    # 'förbättring' compares the forecast with earlier forecasts, not with the budget: the deviation's sign is not
    # given (a forecast of 50 against a budget of 145); was forecast_deviation +95
    (
        "Prognos på 50 miljoner för 2017\n\nPrognosen är en avvikelse mot budgeten med 95 miljoner kronor, vilket är "
        "en förbättring jämfört med tidigare prognoser i år.",
        {
            ("resultat", "forecast", 50.0, Y2017),
            ("resultat", "forecast_deviation", -95.0, Y2017),
        },
    ),
    # 'psykiatrin med 18 procent' leaves out the verb of the clause before ('har minskat'): a decrease; the
    # 'ökning' of the 'medan' clause after it is primary care's only (stop 15, _elliptic_item,
    # with smalanningen_kronoberg of review 12b); was psykiatrin +18
    (
        "Sjukhusen har minskat kostnaderna för hyrpersonal med 44 procent, psykiatrin med 18 procent medan "
        "primärvården visar en ökning på 4 procent.",
        {
            ("inhyrd_personal_kostnad", "change_pct", -44.0, NONE),
            ("inhyrd_personal_kostnad", "change_pct", -18.0, NONE),
            ("inhyrd_personal_kostnad", "change_pct", 4.0, NONE),
        },
    ),
    # 'budgeterat nollresultat' is the budget the operations' result is compared with, no outcome of zero (review
    # XF12: BUDGETED_COMPOUND_BEFORE_RE, with review HB12's press release of 2022); was resultat actual 0. Since UP17
    # 'för minus 395' is no narrowing (a sign word): the operations' result is read, and the budget is its budget
    (
        "Av totalresultatet på minus 110 miljoner kronor svarar verksamhetens resultat för minus 395 miljoner kronor, "
        "vilket kan jämföras med budgeterat nollresultat.",
        {
            ("resultat", "budget", 0.0, NONE),
            ("verksamhetens_resultat", "actual", -395.0, NONE),
            ("verksamhetens_resultat", "budget", 0.0, NONE),
        },
    ),
    # 'än under 2003' is the year compared with: the improvement is of the year after it; was a change of 2003.
    # Review XF11a, with Stockholms läns landsting's '821 färre än under 2016' (births of 2017,
    # tests/test_review_pw11.py): a period preposition may stand between the comparison word and its year. Since
    # PD16 'förra året ... än under 2003' dates the text 2004 (tests/test_review_pd16_periods.py); was undated
    (
        "Stockholms läns landsting gick med 905 miljoner kronor i överskott förra året. Det är 2,6 miljarder bättre "
        "än under 2003.",
        {
            ("resultat", "actual", 905.0, Y2004),
            ("resultat", "change_abs", 2.6, Y2004),
        },
    ),
    # a part the result holds ('inkluderar', like 'ingår' and 'innehåller': combined_amount_word), not the result:
    # was resultat actual 841
    (
        "Resultatet inkluderar en medfinansiering med 841 miljoner kronor till en omfattande kollektivtrafiksatsning "
        "i Göteborgsområdet inom ramen för Sverigeförhandlingen om höghastighetsbanor.",
        set(),
    ),
]

CASES = cases(WRONG, FIXED, "s10 (HR10c)")


@pytest.mark.parametrize("text,allowed", CASES)
def test_no_wrong_fact(text, allowed):
    assert emitted(text) <= allowed


# (text, value of the figure, the org unit it is of); a figure the reader gives no unit lands on the region's
WRONG_ORG: list[tuple[str, float, str]] = [
    # the unit named after 'resultat i' holds the result: today the region's
    (
        "Vårdens negativa resultat vägs till viss del upp av positiva resultat i Folktandvården på 21 miljoner kronor "
        "och Regionledningskontoret på 44 miljoner kronor.",
        21.0,
        "Folktandvården",
    ),
]
FIXED_ORG: list[tuple[str, float, str]] = [
    # a sentence in inverted word order (INVERTED_SUBJECT_RE): the word before the verb is no unit, the subject
    # after it is: was 'Ekonomiskt'
    ("Ekonomiskt redovisar VGR ett underskott på 452 miljoner kronor.", -452.0, ""),
    # was the region's
    (
        "Ekonomiskt redovisar VGR ett underskott på 452 miljoner kronor. Samtidigt prognostiserar sjukhusen ett "
        "underskott på 915 miljoner kronor.",
        -915.0,
        "Sjukhusen",
    ),
    # was the region's
    (
        "Samtidigt visar akutsjukhusen i regionen ett samlat underskott på 487 miljoner kronor.",
        -487.0,
        "Akutsjukhusen",
    ),
]
ORG_CASES = cases(WRONG_ORG, FIXED_ORG, "s10 (HR10c)")


@pytest.mark.parametrize("text,value,org", ORG_CASES)
def test_no_wrong_org_unit(text, value, org):
    """A figure of units the sentence's subject names is theirs, not the region's; a fronted adverb is no unit's
    name (an empty org unit is the region's in the marts)."""
    orgs = {f.org_unit for f in read(text) if f.value == value}
    assert orgs == {org}
