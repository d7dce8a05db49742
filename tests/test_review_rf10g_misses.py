"""Review RF10g (session 10): facts that fresh board and council papers of regions and landsting state and the
reader missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10g/texts; each
case asserts the fact that must be read, and that the reader emits nothing else for the sentence. Literal strings,
no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted_under

TITLE = "Årsredovisning 2000"
YEAR = (date(2000, 1, 1), date(2000, 12, 31))
emitted = emitted_under(TITLE)


CASES = [
    # a compound of 'året' after '<metric> för' is the year, not a part that narrows the metric
    # (Landstinget i Östergötland, protocol of the hälso- och sjukvårdsnämnd on its annual report 2000)
    (
        "Trots ett resurstillskott på cirka 178 mkr (150 mkr + 27,5 mkr av landstingsstyrelsen beslutade insatser), "
        "så blev resultatet för verksamhetsåret ett underskott på 78 mkr.",
        {("resultat", "actual", -78.0, YEAR)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_fact_is_read(text, expected):
    assert emitted(text) == expected


def test_a_compound_of_another_year_still_narrows():
    # 'för fjolåret' names the year before the report's: the reader must not put the figure on the report's year
    assert emitted("Resultatet för fjolåret blev ett underskott på 78 mkr.") == set()


def test_an_earlier_expectation_is_not_the_outcome():
    # 'såg ut att' is the past of the forecast verb 'ser ut att' (seeds past_forecast_verb), and a phrase led by 'med'
    # after a comma goes on with its clause (Läkartidningen on Landstinget Blekinge's board, February 2018: the
    # surplus 2018 once looked like, read as the year's result)
    text = (
        "Fjolåret innebar ett ekonomiskt underskott för Landstinget Blekinge. 2018 såg däremot ut att bli betydligt "
        "bättre, med ett välbehövligt överskott på dryga 13 miljoner kronor."
    )
    assert emitted(text, "Landstinget Blekinge 2018") == set()
