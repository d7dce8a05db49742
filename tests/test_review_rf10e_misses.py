"""Review RF10e (session 10): facts that debate articles, union and political texts quoting a region's figures
state and the reader missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10e/texts and of
the session-9 review texts (/work/review9all/misses.csv); each case asserts the fact that must be read, and that
the reader emits nothing else for the sentence. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted_under

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))
Q1 = (date(2019, 1, 1), date(2019, 3, 31))
emitted = emitted_under(TITLE)


CASES = [
    # an amount a verb of paying takes is the cost of what its 'till'/'på' phrase names
    # (Moderaterna i Skåne on the hired staff cost, 2017)
    (
        "Under första kvartalet 2019 betalade Region Skåne ut hela 62,8 miljoner kronor till hyrpersonal.",
        {("inhyrd_personal_kostnad", "actual", 62.8, Q1)},
    ),
    # what the budget or finance plan says the result should be is the budget's figure, not a counterfactual
    # (Motala & Vadstena Tidning on an interpellation in Region Östergötland's council, 2017)
    ("Enligt finansplanen skulle underskottet vara 88 miljoner kronor.", {("resultat", "budget", -88.0, CUR)}),
    # a budget overrun is a negative deviation, whether the budget is the subject ('Budgeten överskrids med') or
    # stands after the passive verb; what a part 'står för' of it is no figure of the whole
    # (Moderaterna i Skåne on Region Skåne's first tertial, 2018)
    (
        "Budgeten överskrids enligt helårsprognosen med 921 miljoner kronor och vården står för sanslösa 1261 miljoner"
        " kronor i överdrag.",
        {("resultat", "forecast_deviation", -921.0, YEAR)},
    ),
    (
        "Enligt helårsprognosen överskrids budgeten med 921 miljoner kronor.",
        {("resultat", "forecast_deviation", -921.0, YEAR)},
    ),
    # (Piteå-Tidningen on Region Norrbotten's hired staff, 2017: review9all e11)
    (
        "Den sista augusti hade Region Norrbotten spenderat 193 miljoner kronor på inhyrd personal.",
        {("inhyrd_personal_kostnad", "actual", 193.0, CUR)},
    ),
]


@pytest.mark.parametrize(("text", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_fresh_text_fact_is_read(text, facts):
    assert emitted(text) == facts


def test_a_paid_amount_names_no_metric_when_its_till_phrase_names_none():
    assert emitted("Regionen betalade 40 miljoner kronor till kommunerna.") == set()


def test_a_figure_compared_with_earlier_years_is_read_and_the_earlier_years_not_misdated():
    # (Moderaterna i Skåne on the hired staff cost, September 2016: review RF10a a01) 'hyrkostnaden för personal'
    # names the hired staff cost; the figures 'efter september 2015' and 'efter september 2014' it is compared with
    # are of their own years, never the period read for them
    text = (
        "Efter årets första nio månader ligger hyrkostnaden för personal på 306 miljoner kronor, vilket ska jämföras"
        " med 247,8 miljoner kronor efter september 2015 och 152,3 miljoner kronor efter september 2014."
    )
    assert emitted(text, "Delårsrapport januari-september 2016") == {
        ("inhyrd_personal_kostnad", "actual", 306.0, (date(2016, 1, 1), date(2016, 9, 30)))
    }
