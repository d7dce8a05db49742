"""Stop 14 (EX14): a bare result budget that the arithmetic of its result and deviation confirms (result - budget =
the stated deviation, loaders/prose.py budgets_closed_by_arithmetic), where no stage placed the deviation either:
'Myndighetens budget för 2020 låg på 100 miljoner kronor men det ekonomiska resultatet för 2020 landade på 323
miljoner kronor, vilket betyder att regionen gått plus med 223 miljoner' (jamtland_svt_2021, review 12h) and
'Överskottet vid årets slut ser ut att bli 127 miljoner, vilket är 60 miljoner kronor mer än väntat. – Vi har en
budget på 67 miljoner kronor' (a Gotland news item, review 14rs): the budget and the deviation were held back, the
deviation as a second value of the result or a difference from another figure, and the budget as an amount no
metric phrase fits. The deviation must stand in the result's own sentence, after it, and the pair must be the only
one the budget closes.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, emitted

Y2020 = (date(2020, 1, 1), date(2020, 12, 31))

CLOSED = [
    (
        "Myndighetens budget för 2020 låg på 100 miljoner kronor men det ekonomiska resultatet för 2020 landade på 323 "
        "miljoner kronor, vilket betyder att regionen gått plus med 223 miljoner.",
        {
            ("resultat", "actual", 323.0, Y2020),
            ("resultat", "budget", 100.0, Y2020),
            ("resultat", "budget_deviation", 223.0, Y2020),
        },
    ),
    (
        "Överskottet vid årets slut ser ut att bli 127 miljoner, vilket är 60 miljoner kronor mer än väntat.\n\n"
        "– Vi har en budget på 67 miljoner kronor.",
        {
            ("resultat", "forecast", 127.0, NONE),
            ("resultat", "forecast_deviation", 60.0, NONE),
            ("resultat", "budget", 67.0, NONE),
        },
    ),
]

OPEN = [
    # the arithmetic does not close (127 - 70 is not 60): the budget and the difference stay held
    (
        "Överskottet vid årets slut ser ut att bli 127 miljoner, vilket är 60 miljoner kronor mer än väntat.\n\n"
        "– Vi har en budget på 70 miljoner kronor.",
        {("resultat", "forecast", 127.0, NONE)},
    ),
    # 'budget på' after a deviation word is the deviation's link, read as before (Region Östergötland 2017, dev)
    (
        "Region Östergötlands totala resultat för 2017 är 142 miljoner kronor. Resultatet är 14 miljoner kronor bättre "
        "än beslutad budget på 128 miljoner kronor.",
        None,
    ),
]


@pytest.mark.parametrize("text,expected", CLOSED, ids=[c[0][:50] for c in CLOSED])
def test_a_bare_budget_the_arithmetic_closes(text, expected):
    assert emitted(text) == expected


@pytest.mark.parametrize("text,expected", OPEN, ids=[c[0][:50] for c in OPEN])
def test_no_budget_without_the_arithmetic(text, expected):
    got = emitted(text)
    if expected is None:
        assert ("resultat", "budget", 128.0, (date(2017, 1, 1), date(2017, 12, 31))) in got
        assert not any(f[1] == "actual" and f[2] == 128.0 for f in got)
    else:
        assert got == expected
