"""Review PR11 (session 11): body text of region reports (delårsrapporter, tertial- and månadsrapporter,
årsredovisningar and the regions' own summaries of them, 2018-2025, Skåne, Västra Götaland, Uppsala, Gotland,
Halland, Stockholm, Jämtland Härjedalen, Norrbotten, Gävleborg, Kalmar), annotated by hand before the reader ran
(/work/review11p/facts.csv). Each case is a verbatim excerpt (shortened to the sentences that matter) of a
reading that at least two of those documents share; a reading the reader still gets wrong is a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.review_cases import read


def facts_of(text: str) -> set[tuple]:
    return {(f.metric_code, f.measure, f.value) for f in read(text)}


# A page title that names only a measure ('Prognos på plus 44 miljoner kronor') and the body that states the same
# figure under a named metric are one statement: the title's figure is the body's metric, not a second 'resultat'.
# Two documents: Region Uppsala's summaries of the forecast per augusti 2021 and per september 2021 (and of the
# forecasts per oktober 2021 and april 2022 of the same shape).
TITLE_RESTATED = [
    (
        "Prognos på plus 44 miljoner kronor\n\nRegion Uppsalas årsprognos enligt balanskravsresultat uppgår per "
        "augusti månad till plus 44 miljoner kronor. Detta är en förbättring med 181 miljoner kronor, jämfört med "
        "prognosen föregående månad.",
        44.0,
    ),
    (
        "Prognos om plus 266 miljoner kronor\n\nRegion Uppsalas årsprognos enligt balanskravet uppgår vid september "
        "månads slut till plus 266 miljoner kronor. Detta är en förbättring med 222 miljoner kronor sedan "
        "föregående månad.",
        266.0,
    ),
]


@pytest.mark.parametrize(("text", "value"), TITLE_RESTATED, ids=lambda v: str(v)[:40])
def test_a_title_that_names_a_measure_restates_the_bodys_metric(text: str, value: float) -> None:
    got = facts_of(text)
    assert ("balanskravsresultat", "forecast", value) in got
    assert ("resultat", "forecast", value) not in got
