"""Review s20 (PE20): a deviation from budget set off by a dash right after a whole year's amount is of that
amount's year, not of a time a later clause of the sentence names. Literal excerpts (the sentence that matters) of
a news item on Region Jämtland Härjedalen of 2020 (review 14pe) and one on Region Norrbotten of 2017 (fresh text
of stop 20, review 20pe); each asserts the period of the deviation and that no other reading of it is emitted."""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted

CASES = [
    # was January to April 2020, the months of the clause after the dashes
    (
        "Även om resultatet för 2019 var 171 miljoner – 43 miljoner bättre än budget – så har kostnaderna ökat till "
        "och med april 2020, bland annat på grund av coronapandemin.",
        43.0,
        ("resultat", "budget_deviation", (date(2019, 1, 1), date(2019, 12, 31))),
    ),
    (
        "Den sista augusti hade Region Norrbotten spenderat 193 miljoner kronor på inhyrd personal under 2017.\n\n"
        "Totalt sett visar delårsrapporten ett positivt resultat på 293,9 miljoner kronor, vilket är 100,4 miljoner "
        "bättre än budget. Men prognosen säger att resultatet för helåret landar på 197,8 miljoner – 113,9 miljoner "
        "sämre än budgeterat resultat.",
        -113.9,
        ("resultat", "forecast_deviation", (date(2017, 1, 1), date(2017, 12, 31))),
    ),
]


@pytest.mark.parametrize(("text", "value", "reading"), CASES, ids=[c[0][:50] for c in CASES])
def test_dash_set_deviation_is_of_the_amount_before(text: str, value: float, reading: tuple) -> None:
    of_value = {(metric, measure, period) for metric, measure, v, period in emitted(text) if v == value}
    assert of_value == {reading}
