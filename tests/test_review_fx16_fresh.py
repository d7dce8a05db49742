"""Review s16 (FX16): readings of the fresh texts of stop 16 (/work/review16{pd,nw,pt,wr,an,cn}, annotated before the
reader ran on them) that a rule with two documents fixes, as verbatim excerpts read with no title."""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted

Y2003 = (date(2003, 1, 1), date(2003, 12, 31))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))

# (text, facts as (metric, measure, value, period)); the reader's earlier reading in the comment
FORECAST_PARTICIPLE = [
    # 'det förväntade underskottet' is the expected figure, a forecast, as 'det beräknade underskottet' is
    # (seeds/reader_words.csv forecast_participle): was resultat/actual -195 (Sveriges Radio's item of 2004 on
    # the county council's preliminary accounts, review 16pt; the same phrase with 'resultatet' in
    # blekinge_pressmeddelande_2022_2 of dev, read as a forecast before by FORECAST_RE's own alternative)
    (
        "Det visar det preliminära bokslutet för 2003. Det är ändå bättre mot det förväntade underskottet på 195 "
        "miljoner kronor.",
        {("resultat", "forecast", -195.0, Y2003)},
    ),
    (
        "Region Blekinge fick ett överskott vid årets slut med 30 miljoner kronor. Det visar det preliminära "
        "bokslutet för år 2022. Överskottet ligger i nivå med det förväntade resultatet som var på 32 miljoner kronor.",
        {("resultat", "actual", 30.0, Y2022), ("resultat", "forecast", 32.0, Y2022)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_PARTICIPLE, ids=[c[0][:50] for c in FORECAST_PARTICIPLE])
def test_the_expected_figure_is_a_forecast(text: str, expected: set[tuple]) -> None:
    assert emitted(text) == expected
