"""Review s16 (AN16): a region's result named by a verb or a sign word, not by a metric word (issue 14). The clauses
are verbatim (shortened to the sentences that matter) from the annotated review texts of stops 12 and 14
(/work/review12b, /work/review14gu, ...) and the fresh texts of this stop (/work/review16an/texts/, annotated before
the reader ran on them), read under a title that dates them as their documents are dated, with the facts they must
give as (metric, measure, value, period). A miss no two-document rule fixes yet is a strict xfail (MISSED); a fixed
one runs as a normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import cases, emitted

Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
Y2020 = (date(2020, 1, 1), date(2020, 12, 31))
JAN_AUG_2018 = (date(2018, 1, 1), date(2018, 8, 31))
INTERIM_2018 = "Delårsrapport januari-augusti 2018\n\n"
INTERIM_2020 = "Delårsrapport januari-augusti 2020\n\n"

# (text, facts that must be among those emitted: (metric, measure, value, period))
FIXED: list[tuple[str, set[tuple]]] = [
    # a verb of landing on a figure in the present or the infinitive ('landar på', 'lär hamna på') is where the year
    # ends: in an interim report the forecast, as a year-end word says it; with a sign word after it, the figure is
    # a whole result, whoever the sentence opened on ('Det ...') and with a result word after it agreeing.
    # jamtland_news_2018 (review14gu, dated September 2018; was 'no metric phrase fits', held by the opener 'Det'
    # and the later 'resultatet') and skane_sydsvenskan_2020 (review12b, dated September 2020; was read as the
    # outcome of January-August)
    (
        INTERIM_2018 + "Det nya budet är att man i stället lär hamna på minus 250 miljoner kronor, vilket i sådana "
        "fall skulle vara det sämsta resultatet någonsin.",
        {("resultat", "forecast", -250.0, Y2018)},
    ),
    (
        INTERIM_2020 + "– Då landar vi på plus 840 miljoner kronor, bara 60 miljoner saknas till budget.",
        {("resultat", "forecast", 840.0, Y2020)},
    ),
]

MISSED: list[tuple[str, set[tuple]]] = []


@pytest.mark.parametrize(("text", "expected"), cases(MISSED, FIXED, "AN16"))
def test_review_an16_reading(text: str, expected: set[tuple]) -> None:
    assert expected <= emitted(text)


def test_a_landing_verb_in_a_report_of_the_whole_year_is_the_outcome() -> None:
    # 'Region Västernorrlands ekonomiska resultat för 2019 landar på minus 60 miljoner kronor' (review12r): the year
    # has ended, so the figure it lands on is the outcome
    text = "Årsredovisning 2019\n\nRegionens resultat för 2019 landar på minus 60 miljoner kronor."
    assert emitted(text) == {("resultat", "actual", -60.0, Y2019)}


def test_a_landing_verb_on_the_months_counted_is_their_outcome() -> None:
    text = INTERIM_2018 + "Resultatet för perioden januari-augusti landar på minus 60 miljoner kronor."
    assert emitted(text) == {("resultat", "actual", -60.0, JAN_AUG_2018)}


def test_a_referring_opener_without_a_landing_verb_stays_refused() -> None:
    # 'Dessa uppgår till plus 16 mnkr': the items just named, not the result
    assert not emitted(INTERIM_2018 + "Dessa uppgår till plus 16 miljoner kronor.")
