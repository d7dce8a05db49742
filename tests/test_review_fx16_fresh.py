"""Review s16 (FX16): readings of the fresh texts of stop 16 (/work/review16{pd,nw,pt,wr,an,cn}, annotated before the
reader ran on them) that a rule with two documents fixes, as verbatim excerpts read with no title."""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted

Y2003 = (date(2003, 1, 1), date(2003, 12, 31))
Y2017 = (date(2017, 1, 1), date(2017, 12, 31))
Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
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


# (text read under a title line that dates the report, facts as (metric, measure, value, period))
DATED_PATHS = [
    # a rate of change that a change noun names ('kostnadsökningen') and a change verb moves 'från X till Y': X and Y
    # are values of that rate, as written, not levels nor negative changes: was nothing (a percent of the costs'
    # level fits no metric) and, with the verb's sign, -5,0 (gavleborg_bokslutsrapport_2019 of review 14rs, Region
    # Gävleborg's annual report of 2019; gavleborg_pandemin_2020 of review 16wr, its interim report of 2020)
    (
        "Årsredovisning 2019\n\nRapporten visar att kostnadsökningen för hela Region Gävleborg har minskat från 5,0 "
        "procent år 2018 till 3,1 procent år 2019.",
        {("kostnader_totalt", "change_pct", 5.0, Y2018), ("kostnader_totalt", "change_pct", 3.1, Y2019)},
    ),
    # each end of 'från X <year> till Y <year>' is of its own year ('helåret 2018' as '2018'), the older end too,
    # though it is two years before the report's: was nothing for 5,0 and 660 000 ('a value for 2018, named after
    # it, not the report's year'; gavleborg_pandemin_2020 of review 16wr, vgr_vardproduktion_2020 of review 15fs)
    (
        "Delårsrapport januari-mars 2020\n\nKostnadsökningen, som minskade från 5,0 procent helåret 2018 till 3,1 "
        "procent helåret 2019, ligger nu nere på 2,4 procent för månaderna januari-mars 2020.",
        # (and 2,4, the level the main clause gives the change noun: tests/test_review_im17_implicit_metric.py)
        {
            ("kostnader_totalt", "change_pct", 5.0, Y2018),
            ("kostnader_totalt", "change_pct", 3.1, Y2019),
            ("kostnader_totalt", "change_pct", 2.4, (date(2020, 1, 1), date(2020, 3, 31))),
        },
    ),
    (
        "Årsredovisning 2020\n\nInom den psykiatrisk öppenvården ökade antalet besök från 660 000 stycken 2017 till "
        "730 000 stycken 2019.",
        {("besok_totalt", "actual", 660000.0, Y2017), ("besok_totalt", "actual", 730000.0, Y2019)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_PATHS, ids=[c[0][:50] for c in DATED_PATHS])
def test_each_end_of_a_dated_path_is_of_its_own_year(text: str, expected: set[tuple]) -> None:
    assert emitted(text) == expected
